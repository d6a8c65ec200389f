"""Land outlines for the SVG maps, decoded from the vendored world-atlas TopoJSON."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

LAND = Path(__file__).resolve().parent / "static" / "vendor" / "world-atlas" / "land-110m.json"


def _decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """Quantised, delta-encoded arcs → lists of (lon, lat)."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def _ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[tuple[float, float]]:
    pts: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(arc[1:] if pts else arc)
    return pts


@lru_cache(maxsize=4)
def land_path(width: int, height: int) -> str:
    """The SVG path data of all land, equirectangular, for a map of this size."""
    topo = json.loads(LAND.read_text(encoding="utf-8"))
    arcs = _decode_arcs(topo)
    parts = []
    for geom in topo["objects"]["land"]["geometries"]:
        polys = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
        for poly in polys:
            for ring in poly:
                pts = _ring(arcs, ring)
                if len(pts) > 2:
                    parts.append(_subpath(pts, width, height))
    return "".join(parts)


def _subpath(pts: list[tuple[float, float]], width: int, height: int) -> str:
    """One ring as path data; a jump across the antimeridian starts a new segment, not a line."""
    out, prev = [], None
    for lon, lat in pts:
        cmd = "M" if prev is None or abs(lon - prev) > 180 else "L"
        out.append(f"{cmd}{(lon + 180) / 360 * width:.1f},{(90 - lat) / 180 * height:.1f}")
        prev = lon
    return "".join(out) + "Z"
