"""Where a statement was made: "on Twitter", "in a statement", "told reporters",
"TASS reported", "cited by the newspaper Milliyet as saying"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cues import Candidate, is_channel
from .data import MediaLexicon
from .spans import trimmed

_CHANNEL_PREPS = frozenset({"on", "in", "via", "during", "at", "through", "to"})


def _phrase(doc: Doc, text: str, token: Token) -> str | None:
    """The noun phrase of ``token`` without a leading article: "a statement" -> "statement"."""
    start, end = token.left_edge.i, token.right_edge.i + 1
    while start < end and doc[start].dep_ == "det" and doc[start].lower_ in ("a", "an", "the"):
        start += 1
    chars = trimmed(doc, start, end, keep_quotes=False)
    return text[chars[0]:chars[1]] if chars else None


def find_medium(doc: Doc, text: str, cand: Candidate, media: MediaLexicon,
                source_is_outlet: bool) -> str | None:
    if cand.medium is not None:
        chars = trimmed(doc, cand.medium[0], cand.medium[1], keep_quotes=False)
        if chars:
            return text[chars[0]:chars[1]]
    verb = cand.anchor
    if cand.kind != "verb":
        return None
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    for prep in (p for h in heads for p in h.children):
        if prep.dep_ != "prep" or prep.lower_ not in _CHANNEL_PREPS:
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and is_channel(pobj, media):
                return _phrase(doc, text, pobj)
    lemma = verb.lemma_.lower()
    if lemma == "tell":
        for obj in verb.children:
            if obj.dep_ in ("dobj", "dative") and (obj.lower_ in media.audiences or obj.ent_type_ == "ORG"):
                return _phrase(doc, text, obj)
    if lemma in media.outlet_verbs and source_is_outlet and cand.source_head is not None:
        return _phrase(doc, text, cand.source_head)
    return None
