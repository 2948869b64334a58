"""Cutting an article's text into segments at the offsets of its annotations.

Annotations overlap (a mention inside a quote inside an event's sentence), so the text is
cut at every start and end, and each piece lists all the annotations that cover it. The
template renders each piece as one escaped ``<span>``: no markup ever comes from the text.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)
RECORD_KINDS = frozenset({"timex", "mention", "quote", "event"})  # the rest mark parts of a focused event


@dataclass(frozen=True)
class Mark:
    """One annotation: its kind (timex, mention, quote, event, ...), a ref and its offsets."""

    kind: str
    ref: str
    start: int
    end: int


@dataclass
class Segment:
    text: str
    start: int
    marks: list[Mark] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)  # refs of the marks that begin here

    @property
    def kinds(self) -> list[str]:
        return sorted({m.kind for m in self.marks})

    @property
    def refs(self) -> list[str]:
        return sorted({m.ref for m in self.marks})

    @property
    def begins_focus(self) -> bool:
        return any(m.kind == "focus" for m in self.marks if m.start == self.start)


def segments(text: str, marks: Iterable[Mark]) -> list[Segment]:
    """The text as consecutive segments, each with the marks covering all of it.

    Marks with offsets outside the text or empty are skipped (and logged): a bad record
    must not lose the rest of the article.
    """
    valid: list[Mark] = []
    for mark in marks:
        if 0 <= mark.start < mark.end <= len(text):
            valid.append(mark)
        else:
            log.warning("skipping %s %s with offsets %s-%s outside the text (%d chars)",
                        mark.kind, mark.ref, mark.start, mark.end, len(text))
    cuts = sorted({0, len(text), *(m.start for m in valid), *(m.end for m in valid)})
    by_start = sorted(valid, key=lambda m: (m.start, -m.end))
    active: list[Mark] = []
    out: list[Segment] = []
    i = 0
    for a, b in zip(cuts, cuts[1:], strict=False):
        active = [m for m in active if m.end > a]
        while i < len(by_start) and by_start[i].start <= a:
            if by_start[i].end > a:
                active.append(by_start[i])
            i += 1
        anchors = sorted({m.ref for m in active if m.start == a and m.kind in RECORD_KINDS})
        out.append(Segment(text[a:b], a, list(active), anchors))
    return out


def article_marks(article: dict[str, Any], focus: dict[str, Any] | None = None) -> list[Mark]:
    """Every annotation of an article (the JSON of /api/articles/{id}) as marks.

    With a ``focus`` event, its sentence, its source, target and date are marked too.
    """
    marks = [Mark("timex", f"t{t['id']}", t["start"], t["end"]) for t in article["timexes"]]
    marks += [Mark("mention", f"m{m['id']}", m["start"], m["end"]) for m in article["mentions"]]
    marks += [Mark("quote", f"q{q['id']}", q["start"], q["end"]) for q in article["quotes"]]
    marks += [Mark("event", f"e{e['id']}", e["start"], e["end"]) for e in article["events"]]
    if focus is not None:
        marks.append(Mark("focus", f"e{focus['id']}", focus["start"], focus["end"]))
        for role in ("source", "target", "attributed_to"):
            p = focus.get(role)
            if p and p.get("start") is not None and p.get("end") is not None:
                marks.append(Mark(f"arg-{role.split('_')[0]}", f"e{focus['id']}", p["start"], p["end"]))
        date = focus["date"]
        if date.get("start") is not None and date.get("end") is not None:
            marks.append(Mark("arg-date", f"e{focus['id']}", date["start"], date["end"]))
    return marks


def annotation_index(article: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """What the article view shows about each mark when it is clicked, by ref."""
    index: dict[str, dict[str, Any]] = {}
    for t in article["timexes"]:
        index[f"t{t['id']}"] = {"kind": "timex", "text": t["text"], "type": t["type"], "value": t["value"],
                                "mod": t["mod"]}
    for m in article["mentions"]:
        index[f"m{m['id']}"] = {"kind": "mention", "text": m["text"], "actor": m["actor"], "name": m["name"],
                                "type": m["type"], "role": m["role"]}
    for q in article["quotes"]:
        speaker = q["speaker"] or {}
        index[f"q{q['id']}"] = {"kind": "quote", "text": _clip(q["text"]), "direct": q["direct"],
                                "speaker": speaker.get("name") or speaker.get("text"),
                                "speaker_actor": speaker.get("actor"), "cue": q["cue"], "date": q["date"]["value"],
                                "basis": q["date"]["basis"]}
    for e in article["events"]:
        index[f"e{e['id']}"] = {"kind": "event", "id": e["id"], "label": e["label"], "code": e["code"],
                                "source": _name(e["source"]), "target": _name(e["target"]),
                                "modality": e["modality"], "date": e["date"]["value"], "basis": e["date"]["basis"],
                                "link": f"/events/{e['id']}"}
    return index


def _name(p: dict[str, Any] | None) -> str | None:
    return None if p is None else (p.get("name") or p.get("text"))


def _clip(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
