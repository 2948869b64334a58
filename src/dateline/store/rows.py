"""Records to table rows and back: participants and dates flattened to columns."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..model import Article, Event, Mention, Participant, Quote, RecordDate, Timex
from .dates import day_range


def participant_columns(role: str, p: Participant | None) -> dict[str, Any]:
    if p is None:
        return {f"{role}_text": None, f"{role}_actor": None, f"{role}_name": None,
                f"{role}_start": None, f"{role}_end": None}
    return {f"{role}_text": p.text, f"{role}_actor": p.actor, f"{role}_name": p.name,
            f"{role}_start": p.start, f"{role}_end": p.end}


def date_columns(d: RecordDate) -> dict[str, Any]:
    first, last = day_range(d.value)
    return {"date_value": d.value, "date_basis": d.basis, "date_text": d.text, "date_mod": d.mod,
            "date_start": d.start, "date_end": d.end, "date_first": first, "date_last": last}


def article_row(article: Article, run_id: int | None, minhash: bytes | None, analysis: str | None = None
                ) -> dict[str, Any]:
    return {"id": article.id, "ref": article.ref, "date": article.date.isoformat(), "title": article.title,
            "source": article.source, "url": article.url, "text": article.text,
            "duplicate_of": article.duplicate_of, "minhash": minhash, "run_id": run_id, "analysis": analysis}


def timex_row(t: Timex) -> dict[str, Any]:
    first, last = day_range(t.value) if t.type == "DATE" else (None, None)
    return {"article": t.article, "start": t.start, "end": t.end, "text": t.text, "extractor": t.extractor,
            "type": t.type, "value": t.value, "mod": t.mod, "first": first, "last": last}


def mention_row(m: Mention) -> dict[str, Any]:
    return {"article": m.article, "start": m.start, "end": m.end, "text": m.text, "extractor": m.extractor,
            "actor": m.actor, "name": m.name, "type": m.type, "role": m.role}


def quote_row(q: Quote) -> dict[str, Any]:
    return {"article": q.article, "start": q.start, "end": q.end, "text": q.text, "extractor": q.extractor,
            "direct": q.direct, **participant_columns("speaker", q.speaker), "cue": q.cue, "medium": q.medium,
            **date_columns(q.date)}


def event_row(e: Event) -> dict[str, Any]:
    return {"article": e.article, "code": e.code, "label": e.label, "root": e.root, "goldstein": e.goldstein,
            "plover": e.plover, **participant_columns("source", e.source), **participant_columns("target", e.target),
            "object": e.object, **date_columns(e.date), "modality": e.modality,
            **participant_columns("attributed", e.attributed_to), "trigger": e.trigger, "sentence": e.sentence,
            "start": e.start, "end": e.end, "extractor": e.extractor}


def _participant_keys(role: str) -> tuple[str, str, str, str, str]:
    return f"{role}_text", f"{role}_start", f"{role}_end", f"{role}_actor", f"{role}_name"


# Column names by role, made once: an events page reads them for every row.
_PARTICIPANT_KEYS = {role: _participant_keys(role) for role in ("source", "target", "attributed", "speaker")}


def participant_from(row: Mapping[str, Any], role: str) -> dict[str, Any] | None:
    text, start, end, actor, name = _PARTICIPANT_KEYS.get(role) or _participant_keys(role)
    if row.get(text) is None:
        return None
    return {"text": row[text], "start": row[start], "end": row[end], "actor": row[actor], "name": row[name]}


def date_from(row: Mapping[str, Any]) -> dict[str, Any]:
    return {"value": row["date_value"], "basis": row["date_basis"], "text": row["date_text"],
            "start": row["date_start"], "end": row["date_end"], "mod": row["date_mod"],
            "first": row["date_first"], "last": row["date_last"]}


def event_json(row: Mapping[str, Any]) -> dict[str, Any]:
    """An events row in the JSON form of the output contract (plus its store id)."""
    return {"kind": "event", "id": row["id"], "article": row["article"], "code": row["code"], "label": row["label"],
            "root": row["root"], "goldstein": row["goldstein"], "plover": row["plover"],
            "source": participant_from(row, "source"), "target": participant_from(row, "target"),
            "object": row["object"], "date": date_from(row), "modality": row["modality"],
            "attributed_to": participant_from(row, "attributed"), "trigger": row["trigger"],
            "sentence": row["sentence"], "start": row["start"], "end": row["end"], "extractor": row["extractor"]}


def quote_json(row: Mapping[str, Any]) -> dict[str, Any]:
    return {"kind": "quote", "id": row["id"], "article": row["article"], "text": row["text"], "start": row["start"],
            "end": row["end"], "direct": bool(row["direct"]), "speaker": participant_from(row, "speaker"),
            "cue": row["cue"], "medium": row["medium"], "date": date_from(row), "extractor": row["extractor"]}
