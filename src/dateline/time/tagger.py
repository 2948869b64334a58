"""A first TIMEX3 tagger: absolute dates and the commonest relative ones.

The article date is an explicit argument; the clock is never read.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc

from ..model import Timex

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
_PATTERNS = [
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2}),\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<mod>[Ee]arly|[Mm]id|[Ll]ate)?\s*" + _MONTH + r"\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?:in|since|by) (?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<rel>[Yy]esterday|[Tt]oday|[Ll]ast year|[Tt]his year)\b"),
]
_MODS = {"early": "START", "mid": "MID", "late": "END"}


def find_timexes(doc: Doc, article_date: dt.date | None, article_id: str = "") -> list[Timex]:
    text = doc.text
    found: list[Timex] = []
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            groups = m.groupdict()
            if groups.get("year") and text[start:start + 3] in ("in ", "sin", "by "):
                start = m.start("year")
            if any(s < end and start < e for s, e in taken):
                continue
            value = _value(groups, article_date)
            if value is None:
                continue
            mod = _MODS.get((groups.get("mod") or "").lower())
            if groups.get("mod") is None:
                start = m.start("month") if groups.get("month") and not groups.get("day") else start
            taken.append((start, end))
            found.append(Timex(article_id, text[start:end], start, end, "DATE", value, mod))
    return sorted(found, key=lambda t: t.start)


def _value(groups: dict[str, str | None], article_date: dt.date | None) -> str | None:
    if groups.get("rel"):
        if article_date is None:
            return None
        rel = groups["rel"].lower()
        if rel == "yesterday":
            return (article_date - dt.timedelta(days=1)).isoformat()
        if rel == "today":
            return article_date.isoformat()
        return str(article_date.year - (1 if rel == "last year" else 0))
    year = groups["year"]
    if groups.get("month"):
        month = _MONTHS.index(groups["month"].lower()) + 1
        if groups.get("day"):
            try:
                return dt.date(int(year), month, int(groups["day"])).isoformat()
            except ValueError:
                return None
        return f"{year}-{month:02d}"
    return year
