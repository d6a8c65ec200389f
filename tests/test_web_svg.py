"""Server-side charts: well-formed SVG, labels escaped, the land layer drawn."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from rasd.web import svg
from rasd.web.worldmap import land_path


def test_map_has_land_and_places_escaped() -> None:
    out = str(svg.world_map([{"id": "x", "name_en": "<b>Khartoum</b>", "lat": 15.5, "lon": 32.5, "events": 3}]))
    root = ET.fromstring(out)  # well-formed
    assert root.find("{*}path") is not None or "class=\"land\"" in out
    assert "<b>" not in out and "&lt;b&gt;Khartoum" in out


def test_land_path_is_drawn_inside_the_frame() -> None:
    d = land_path(640, 320)
    assert d.startswith("M") and d.count("Z") > 100
    nums = [float(v) for part in d.replace("M", " ").replace("L", " ").replace("Z", " ").split() for v in part.split(",")]
    assert min(nums) >= -1 and max(nums) <= 641


def test_network_and_timeline_are_well_formed() -> None:
    g = {"nodes": [{"id": "a", "name_en": "A<"}, {"id": "b", "name_en": "B"}],
         "edges": [{"source": "a", "target": "b", "type": "ASSAULT", "quad": "material_conflict", "count": 3}]}
    ET.fromstring(str(svg.network(g)))
    ET.fromstring(str(svg.timeline([{"date": "2024-01-01", "mentions": 2}, {"date": "2024-01-02", "mentions": 5}])))
