"""The speaker of a statement: the source span, resolved to an actor through the mentions
that the actors stage left on the Doc.

The actors stage may give a mention for a pronoun or a description ("him", "the
secretary") already resolved to the earlier full mention; then it is used as is. When it
gives none, a personal pronoun is resolved here to the nearest earlier mention of a
person (for "he", "she", "him", "her") or of a group (for "they", "it"), a relative
pronoun ("who") to the noun its clause modifies.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..model import Mention, Participant
from .data import pronouns
from .spans import trimmed

_GROUP_TYPES = frozenset({"country", "government", "organization", "military", "media", "group"})
#: How far back (in characters) a pronoun may find its antecedent.
_PRONOUN_REACH = 1500


def _covering(mentions: Sequence[Mention], start: int, end: int) -> Mention | None:
    """The mention that covers the character range, else None."""
    best: Mention | None = None
    for m in mentions:
        if m.start <= start and end <= m.end:
            if best is None or (m.end - m.start) < (best.end - best.start):
                best = m  # the tightest: "him" inside a longer span
    return best


def _inside(mentions: Sequence[Mention], start: int, end: int) -> Mention | None:
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    people = [m for m in inside if m.type == "person"]
    best = people or inside
    return best[0] if best else None


def _antecedent(mentions: Sequence[Mention], before: int, kind: str) -> Mention | None:
    for m in reversed(mentions):
        if m.end > before:
            continue
        if before - m.end > _PRONOUN_REACH:
            return None
        if kind == "person" and m.type == "person":
            return m
        if kind != "person" and m.type in _GROUP_TYPES:
            return m
    return None


def resolve_speaker(doc: Doc, text: str, source: tuple[int, int], head: Token,
                    mentions: Sequence[Mention]) -> Participant | None:
    """The Participant for the source token range [start, end) with head word ``head``
    (``text`` is ``doc.text``, which spaCy rebuilds on every access)."""
    chars = trimmed(doc, source[0], source[1], keep_quotes=False)
    if chars is None:
        return None
    s0, s1 = chars
    source_text = text[s0:s1]
    h0, h1 = head.idx, head.idx + len(head.text)
    hit = _covering(mentions, h0, h1)
    if hit is None or hit.name is None:
        kind = pronouns().get(head.lower_)
        if kind is not None and hit is None:
            hit = _antecedent(mentions, s0, kind)
        elif head.lower_ in ("who", "that", "which") and head.head.dep_ == "relcl":
            # "a statement that said ...": the speaker is the noun the clause modifies. The span
            # stays the pronoun (as PolNeAR marks it); the name is the noun's phrase.
            noun = head.head.head
            hit = _covering(mentions, noun.idx, noun.idx + len(noun.text))
            if hit is None:
                return Participant(source_text, s0, s1, name=text[noun.left_edge.idx : noun.idx + len(noun.text)])
        elif hit is None:
            hit = _inside(mentions, s0, s1)
    if hit is None:
        return Participant(source_text, s0, s1)
    return Participant(source_text, s0, s1, actor=hit.actor, name=hit.name)
