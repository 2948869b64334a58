"""The country of a group the text names without one ("police", "rebels", "the army").

PETRARCH-style coding gives such an agent a country before its role: the noun phrase's own
("Iraqi police", "Israel's army", "the government of Syria", read by ``arguments.np_actor``),
else where the sentence says things happen ("arrested protesters in Baghdad", "in northern
Iraq" -> IRQ), else the country the story is about: the article's focus, else the country the
story so far (up to the group's own noun phrase) names most. Where none of them is unambiguous
the group stays of unknown country ("---"). The coder asks only after its own readings of the
predicate ("expelled journalists from Qatar", a protest's other side) have placed what they can.
"""

from __future__ import annotations

import functools
from collections import Counter

import pycountry
from spacy.tokens import Doc, Span, Token

from ..model import Participant
from .actor_index import ActorIndex, role_of, span_of
from .patterns import load_patterns

#: Dependencies of a place phrase's parts that name the place too ("in East Timor's capital Dili").
_PLACE_PARTS = frozenset({"compound", "appos", "poss", "nmod", "amod"})


@functools.lru_cache(maxsize=1)
def _place_preps() -> frozenset[str]:
    return load_patterns().classes.get("place_preps", frozenset())


@functools.lru_cache(maxsize=512)
def _country(code: str | None) -> str | None:
    """The ISO country prefix of an actor code; None for international bodies, militant groups
    ("IMGMUSALQ"), religions ("MOS"), NGOs and unknowns, which are no country a group belongs to."""
    prefix = (code or "").upper()[:3]
    if len(prefix) < 3 or not prefix.isalpha() or pycountry.countries.get(alpha_3=prefix) is None:
        return None
    return prefix


def place_country(sent: Span, index: ActorIndex) -> str | None:
    """The one country of the places a sentence names after a place preposition, or None
    when it names none or several."""
    preps = _place_preps()
    found: set[str] = set()
    for token in sent:
        if token.dep_ != "pobj" or token.head.dep_ != "prep" or token.head.lower_ not in preps:
            continue
        for place in (token, *token.conjuncts):  # "in Baghdad and Cairo": two places, no one country
            parts = [place, *(t for c in place.children if c.dep_ in _PLACE_PARTS for t in c.subtree)]
            for t in parts:
                hit = index.actor_at(t.i)
                country = _country(hit.actor) if hit is not None else None
                if country is not None:
                    found.add(country)
                    break
    return found.pop() if len(found) == 1 else None


def story_country(token: Token, index: ActorIndex) -> str | None:
    """The country the text names most up to the end of ``token``'s noun phrase (each actor
    phrase once), if no other country is named as often.

    "So far" is what a reader has seen: "Militants loyal to Iraq's Al-Qaeda frontman" are
    Iraq's, "Soldiers attacked Lebanon" does not make the soldiers Lebanese.
    """
    end = max(token.right_edge.i, token.i)
    counts: Counter[str] = Counter(country for i, country in _story_actors(token.doc, index) if i <= end)
    ranked = counts.most_common(2)
    unique = bool(ranked) and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])
    return ranked[0][0] if unique else None


def _story_actors(doc: Doc, index: ActorIndex) -> list[tuple[int, str]]:
    """(first token, country) of every distinct actor phrase of the Doc with a country, cached on the index."""
    if index.story is None:
        found: dict[tuple[int, int], tuple[int, str]] = {}
        for i, p in index.by_token.items():
            country = _country(p.actor)
            key = (p.start, p.end)
            if country is not None and (key not in found or i < found[key][0]):
                found[key] = (i, country)
        index.story = sorted(found.values())
    return index.story


def group_country(token: Token, index: ActorIndex) -> str | None:
    """The country of a group noun whose own phrase names none: the sentence's place, the
    article's focus, the story so far's most-named country; None if all are ambiguous."""
    start = token.sent.start
    if start not in index.places:
        index.places[start] = place_country(token.sent, index)
    return index.places[start] or index.focus or story_country(token, index)


def place_groups(participants: list[Participant], doc: Doc, index: ActorIndex) -> list[Participant]:
    """Give each group of unknown country ("---COP") the country ``group_country`` finds, keeping
    its role; people ("---GOV" for a president nobody placed) and groups with no country found
    stay as they are."""
    if not index.roles:
        return participants
    out: list[Participant] = []
    for p in participants:
        code = p.actor or ""
        span = span_of(doc, p.start, p.end) if code.startswith("---") and len(code) > 3 else None
        head = _group_head(span.root, code[3:]) if span is not None else None
        if head is not None and not any(t.i in index.people for t in span or ()):
            country = group_country(head, index)
            if country is not None:
                p = Participant(p.text, p.start, p.end, country + code[3:], p.name)
        out.append(p)
    return out


def _group_head(token: Token, role: str) -> Token | None:
    """The group noun a participant stands on: itself, or for a pronoun that took a group's
    actor ("militants ... said they attempted"), the nearest earlier noun of that role in its
    sentence or the one before (not the pronoun's own place in the story: "the hostages whom
    they had kidnapped" says nothing of whose the kidnappers are)."""
    if token.pos_ != "PRON":
        return token if token.pos_ in ("NOUN", "PROPN") else None
    sent = token.sent
    first = token.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return next((t for t in reversed(token.doc[first:token.i]) if t.pos_ in ("NOUN", "PROPN") and role_of(t) == role),
                None)
