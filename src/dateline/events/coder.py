"""A first event coder: a verb's subject and object actors, coded by the verb's lemma."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Token

from ..model import Event, Mention, Participant, RecordDate

# lemma -> (CAMEO code, label, Goldstein)
_VERBS = {
    "threaten": ("130", "Threaten, not specified below", -4.4),
    "sign": ("057", "Sign formal agreement", 8.0),
    "reject": ("120", "Reject, not specified below", -4.0),
    "visit": ("042", "Make a visit", 1.9),
    "urge": ("020", "Make an appeal or request, not specified below", 3.0),
    "criticize": ("111", "Criticize or denounce", -2.0),
    "meet": ("040", "Consult, not specified below", 1.0),
}


def _mention_for(token: Token, mentions: list[Mention]) -> Mention | None:
    start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
    return next((m for m in mentions if m.actor and start <= m.start and m.end <= end), None)


def find_events(doc: Doc, mentions: list[Mention], article_date: dt.date | None,
                article_id: str = "") -> tuple[list[Event], int]:
    events: list[Event] = []
    unresolved = 0
    date = RecordDate(value=article_date.isoformat() if article_date else "PRESENT_REF", basis="article")
    for token in doc:
        entry = _VERBS.get(token.lemma_)
        if entry is None or token.pos_ != "VERB":
            continue
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        objects = [c for c in token.children if c.dep_ in ("dobj", "dative")]
        objects += [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        source = next((m for m in (_mention_for(s, mentions) for s in subjects) if m), None)
        target = next((m for m in (_mention_for(o, mentions) for o in objects) if m), None)
        if source is None or target is None:
            unresolved += 1
            continue
        code, label, goldstein = entry
        sent = token.sent
        events.append(Event(
            article=article_id, code=code, label=label, root=code[:2], goldstein=goldstein, plover=None,
            source=Participant(source.text, source.start, source.end, source.actor, source.name),
            target=Participant(target.text, target.start, target.end, target.actor, target.name),
            object=None, date=date, modality="asserted", attributed_to=None, trigger=token.text,
            sentence=sent.text, start=sent.start_char, end=sent.end_char,
        ))
    return events, unresolved
