"""The web stage's data file: the CAMEO root codebook the UI colours by."""

from __future__ import annotations

from dateline.api.cameo import cameo_roots, cooperation_roots, quad_of


def test_data_cameo_roots_schema() -> None:
    data = cameo_roots()
    assert set(data) == {"quads", "roots"}
    assert set(data["quads"]) == {1, 2, 3, 4}
    for quad in data["quads"].values():
        assert set(quad) == {"name", "side"} and quad["side"] in ("cooperation", "conflict")
    assert sorted(data["roots"]) == [f"{n:02d}" for n in range(1, 21)]
    for info in data["roots"].values():
        assert set(info) == {"name", "quad"} and info["quad"] in data["quads"] and info["name"]
    # quads are contiguous runs of roots, in order
    quads = [data["roots"][r]["quad"] for r in sorted(data["roots"])]
    assert quads == sorted(quads)


def test_data_cooperation_is_roots_01_to_09() -> None:
    assert cooperation_roots() == frozenset(f"{n:02d}" for n in range(1, 10))
    assert (quad_of("05"), quad_of("06"), quad_of("14"), quad_of("15"), quad_of(None), quad_of("99")) == (
        1, 2, 3, 4, None, None)
