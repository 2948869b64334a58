"""The CAMEO root codebook the UI colours by: root -> name and quad class (cooperation/conflict)."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import yaml


@functools.lru_cache(maxsize=1)
def cameo_roots() -> dict[str, Any]:
    """``data/web/cameo_roots.yaml`` as loaded (see its header for where the facts come from)."""
    with resources.files("dateline").joinpath("data/web/cameo_roots.yaml").open(encoding="utf-8") as fh:
        data: dict[str, Any] = yaml.safe_load(fh)
    return data


def cooperation_roots() -> frozenset[str]:
    """Roots whose quad class is on the cooperation side (01-09)."""
    data = cameo_roots()
    quads = data["quads"]
    return frozenset(root for root, info in data["roots"].items() if quads[info["quad"]]["side"] == "cooperation")


def quad_of(root: str | None) -> int | None:
    """The quad class (1-4) of a CAMEO root, None for an unknown root."""
    return quad_classes().get(root or "")


@functools.cache
def quad_classes() -> dict[str, int]:
    """Root -> quad class."""
    # A plain dict: a timeline asks for hundreds of quads per request.
    return {root: int(info["quad"]) for root, info in cameo_roots()["roots"].items()}
