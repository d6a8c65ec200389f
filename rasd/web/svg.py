"""Charts drawn on the server as SVG: a timeline, a map of places and the actor network.

No JavaScript library and no map tiles: the dashboard works offline, and every
label passes through escaping.
"""
from __future__ import annotations

import math
from typing import Any

from markupsafe import Markup, escape

QUAD_COLOURS = {"verbal_cooperation": "#2b8a3e", "material_cooperation": "#1971c2",
                "verbal_conflict": "#e8590c", "material_conflict": "#c92a2a"}


def timeline(points: list[dict[str, Any]], key: str = "mentions", width: int = 640, height: int = 140) -> Markup:
    """Bars of counts per day."""
    if not points:
        return Markup('<svg class="chart" width="%d" height="40" role="img"><text x="10" y="25">—</text></svg>' % width)
    top = max(p[key] for p in points) or 1
    bar = max(2.0, (width - 40) / len(points))
    parts = [f'<svg class="chart timeline" viewBox="0 0 {width} {height}" role="img" aria-label="timeline">']
    for i, p in enumerate(points):
        h = (height - 30) * p[key] / top
        x, y = 20 + i * bar, height - 20 - h
        parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar * 0.8:.1f}" height="{h:.1f}">'
                     f'<title>{escape(p["date"])}: {p[key]}</title></rect>')
    parts.append(f'<text x="20" y="{height - 5}">{escape(points[0]["date"])}</text>')
    parts.append(f'<text x="{width - 20}" y="{height - 5}" text-anchor="end">{escape(points[-1]["date"])}</text></svg>')
    return Markup("".join(parts))


def world_map(places: list[dict[str, Any]], width: int = 640, height: int = 320) -> Markup:
    """Places as circles on an equirectangular graticule, sized by event count."""
    def xy(lat: float, lon: float) -> tuple[float, float]:
        return (lon + 180) / 360 * width, (90 - lat) / 180 * height

    from rasd.web.worldmap import land_path

    parts = [f'<svg class="chart map" viewBox="0 0 {width} {height}" role="img" aria-label="map">',
             f'<rect width="{width}" height="{height}" class="sea"/>',
             f'<path d="{land_path(width, height)}" class="land"/>']
    for lon in range(-180, 181, 30):
        x = xy(0, lon)[0]
        parts.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height}" class="grid"/>')
    for lat in range(-60, 61, 30):
        y = xy(lat, 0)[1]
        parts.append(f'<line x1="0" y1="{y:.1f}" x2="{width}" y2="{y:.1f}" class="grid"/>')
    for p in places:
        x, y = xy(p["lat"], p["lon"])
        r = 3 + 2 * math.sqrt(p.get("events", 1))
        parts.append(f'<a href="/entities/{escape(p["id"])}"><circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" class="place">'
                     f'<title>{escape(p["name_en"])}: {p.get("events", 1)}</title></circle></a>')
    parts.append("</svg>")
    return Markup("".join(parts))


def network(graph: dict[str, Any], size: int = 560) -> Markup:
    """Actors on a circle; arrows coloured by cooperation/conflict, thicker with more events."""
    nodes = graph["nodes"]
    if not nodes:
        return Markup(f'<svg class="chart" width="{size}" height="40"><text x="10" y="25">—</text></svg>')
    c, r = size / 2, size / 2 - 70
    pos = {n["id"]: (c + r * math.cos(2 * math.pi * i / len(nodes)), c + r * math.sin(2 * math.pi * i / len(nodes)))
           for i, n in enumerate(nodes)}
    parts = [f'<svg class="chart network" viewBox="0 0 {size} {size}" role="img" aria-label="actor network">',
             '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" '
             'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z"/></marker></defs>']
    for e in graph["edges"]:
        (x1, y1), (x2, y2) = pos[e["source"]], pos[e["target"]]
        colour = QUAD_COLOURS.get(e["quad"], "#666")
        parts.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{colour}" '
                     f'stroke-width="{1 + math.log2(1 + e["count"]):.1f}" marker-end="url(#arrow)" '
                     f'class="edge {escape(e["quad"])}"><title>{escape(e["type"])} × {e["count"]}</title></line>')
    for n in nodes:
        x, y = pos[n["id"]]
        parts.append(f'<a href="/entities/{escape(n["id"])}"><circle cx="{x:.1f}" cy="{y:.1f}" r="7" class="node"/>'
                     f'<text x="{x:.1f}" y="{y - 11:.1f}" text-anchor="middle">{escape(n["name_en"])}</text></a>')
    parts.append("</svg>")
    return Markup("".join(parts))
