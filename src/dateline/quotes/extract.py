"""A first quote extractor: direct quotes whose sentence has a speech verb with a subject."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc

from ..model import Mention, Participant, Quote, RecordDate

_QUOTED = re.compile(r"“([^”]{2,})”|\"([^\"]{2,})\"")
_CUES = {"say", "tell", "state", "add", "announce", "write"}


def find_quotes(doc: Doc, mentions: list[Mention], article_date: dt.date | None, article_id: str = "") -> list[Quote]:
    date = RecordDate(value=article_date.isoformat() if article_date else "PRESENT_REF", basis="article")
    quotes: list[Quote] = []
    for m in _QUOTED.finditer(doc.text):
        group = 1 if m.group(1) is not None else 2
        start, end = m.start(group), m.end(group)
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        cue = next((t for t in span.sent if t.lemma_ in _CUES and not (start <= t.idx < end)), None)
        speaker = None
        if cue is not None:
            subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                s0, s1 = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
                hit = next((x for x in mentions if x.start >= s0 and x.end <= s1), None)
                speaker = Participant(doc.text[s0:s1], s0, s1, hit.actor if hit else None, hit.name if hit else None)
        quotes.append(Quote(article_id, doc.text[start:end], start, end, True, speaker,
                            cue.text if cue is not None else None, date))
    return quotes
