"""The CAMEO codebook and its PLOVER mapping, loaded once from package data.

``cameo_codes.csv`` (code, name, Goldstein score) and ``cameo_plover.csv`` (code -> PLOVER
event type, mode, context) live in ``dateline/data/events/``; their provenance and
licenses are in that folder's README.
"""

from __future__ import annotations

import csv
import functools
import io
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True, slots=True)
class CodeInfo:
    """One CAMEO event code with its label, root, Goldstein score and PLOVER type."""

    code: str
    label: str
    root: str
    goldstein: float | None
    plover: str | None
    plover_mode: str | None = None
    plover_context: str | None = None


def read_data_text(*parts: str) -> str:
    """The text of a file under ``dateline/data/`` (works from a wheel or a checkout)."""
    ref = resources.files("dateline").joinpath("data")
    for part in parts:
        ref = ref.joinpath(part)
    return ref.read_text(encoding="utf-8")


def _rows(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(read_data_text("events", name))))


@functools.lru_cache(maxsize=1)
def codebook() -> dict[str, CodeInfo]:
    """CAMEO code -> CodeInfo, for every code of the codebook (roots included)."""
    plover = {r["code"]: r for r in _rows("cameo_plover.csv")}
    book: dict[str, CodeInfo] = {}
    for row in _rows("cameo_codes.csv"):
        code = row["code"]
        mapped = plover.get(code, {})
        goldstein = row.get("goldstein", "")
        book[code] = CodeInfo(
            code=code,
            label=row["name"],
            root=code[:2],
            goldstein=float(goldstein) if goldstein not in ("", "NA") else None,
            plover=mapped.get("plover") or None,
            plover_mode=mapped.get("mode") or None,
            plover_context=mapped.get("context") or None,
        )
    return book


def code_info(code: str) -> CodeInfo:
    """The CodeInfo of ``code``; raises KeyError for a code outside the codebook."""
    return codebook()[code]


def is_code(code: str) -> bool:
    """Whether ``code`` is a CAMEO code of the codebook."""
    return code in codebook()
