"""Reading TimeML (``.tml``) documents: the TEXT as plain text, its DCT and its TIMEX3 spans.

The TEXT element is flattened the way the TempEval-3 toolkit sees it: every tag removed,
XML entities unescaped, so that character offsets index the plain text that a tagger is
given. The document creation time (DCT) is the TIMEX3 with
``functionInDocument="CREATION_TIME"``; it is outside TEXT and never scored.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """One TIMEX3 of a TimeML TEXT: character offsets into the flattened text."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass(slots=True)
class TimeMLDoc:
    """A TimeML document: its name, DCT, flattened TEXT and the TIMEX3 in that TEXT."""

    name: str
    dct: dt.date | None
    text: str
    timexes: list[GoldTimex] = field(default_factory=list)


def _dct(root: ET.Element) -> dt.date | None:
    for el in root.iter("TIMEX3"):
        if el.get("functionInDocument") == "CREATION_TIME":
            value = (el.get("value") or "")[:10]
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                return None
    return None


def _flatten(el: ET.Element, parts: list[str], pos: list[int], out: list[GoldTimex]) -> None:
    """Append ``el``'s text (not its tail) to ``parts``, recording TIMEX3 spans."""
    start = pos[0]
    if el.text:
        parts.append(el.text)
        pos[0] += len(el.text)
    for child in el:
        _flatten(child, parts, pos, out)
        if child.tail:
            parts.append(child.tail)
            pos[0] += len(child.tail)
    if el.tag == "TIMEX3":
        # The text is cut from the finished document by read_timeml.
        out.append(GoldTimex(start, pos[0], "", el.get("type", ""), el.get("value", ""), el.get("mod")))


def read_timeml(path: Path) -> TimeMLDoc:
    """Read one ``.tml`` file."""
    root = ET.parse(path).getroot()
    text_el = root.find("TEXT")
    if text_el is None:
        return TimeMLDoc(path.stem, _dct(root), "")
    parts: list[str] = []
    spans: list[GoldTimex] = []
    pos = [0]
    if text_el.text:
        parts.append(text_el.text)
        pos[0] += len(text_el.text)
    for child in text_el:
        _flatten(child, parts, pos, spans)
        if child.tail:
            parts.append(child.tail)
            pos[0] += len(child.tail)
    text = "".join(parts)
    timexes = [GoldTimex(t.start, t.end, text[t.start:t.end], t.type, t.value, t.mod) for t in spans]
    timexes.sort(key=lambda t: (t.start, t.end))
    name = path.name.removesuffix(".tml")
    return TimeMLDoc(name, _dct(root), text, timexes)


def read_timeml_dir(directory: Path) -> list[TimeMLDoc]:
    """Every ``.tml`` file under ``directory`` (recursively), in path order."""
    return [read_timeml(p) for p in sorted(directory.rglob("*.tml"))]
