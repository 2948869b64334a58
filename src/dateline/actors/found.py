"""The working record of the resolver: a mention found in a Doc, in token offsets."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from .lexicon import country_name, lexicon
from .places import PlaceReading

#: Mention types that count towards an article's country focus.
_FOCUS_TYPES = {"country", "government", "military"}


@dataclass(slots=True)
class Found:
    """A mention under construction (token offsets into the Doc)."""

    start: int
    end: int
    actor: str | None
    name: str | None
    type: str
    role: str | None = None
    source: str = "entity"  # entity, person, description, nominal, pronoun
    person: str | None = None  # the in-article person cluster key, for persons
    place: PlaceReading | None = None  # a location whose country the context settles

    @property
    def country(self) -> str | None:
        """The country an actor code starts with, if it is a country code."""
        return country_of(self.actor)


def country_of(code: str | None) -> str | None:
    """ "TURGOV" -> "TUR"; None for codes that do not start with a known country code."""
    if not code or len(code) < 3:
        return None
    head = code[:3]
    return head if head in lexicon().country_names else None


def role_code(code: str | None) -> str:
    """The role part of an actor code ("TURGOVMIL" -> "GOVMIL", "TUR" -> "")."""
    return code[3:] if code and country_of(code) else ""


@dataclass(slots=True)
class Context:
    """What the resolver knows of the article while it works: date, focus, sentences."""

    day: dt.date | None
    focus: str | None = None
    home: str | None = None  # the country of the outlet that published the article, if known
    glued: frozenset[int] = frozenset()  # tokens of hover cards ("TrumpDem"), see entities.glued_tokens
    by_sentence: dict[int, list[Found]] = field(default_factory=dict)

    def sentence_country(self, sent_start: int) -> str | None:
        """The only country named in a sentence, if exactly one is."""
        kinds = _FOCUS_TYPES | {"location"}
        codes = {f.country for f in self.by_sentence.get(sent_start, ()) if f.type in kinds}
        codes.discard(None)
        return codes.pop() if len(codes) == 1 else None

    def country_for(self, sent_start: int) -> str | None:
        """The country a sentence is about: the one it names, else the article's focus."""
        return self.sentence_country(sent_start) or self.focus

    def body_country(self, role: str, position: int) -> str | None:
        """The country of the body of ``role`` ("JUD": a court) the article names nearest to
        ``position`` (a token offset), if any: the state a judge with no country in the
        title serves ("Judge Douglas Ginsburg" of "the U.S. Court of Appeals")."""
        bodies = [
            f
            for found in self.by_sentence.values()
            for f in found
            if f.source == "entity" and f.type != "person" and f.country and role_code(f.actor) == role
        ]
        nearest = min(bodies, key=lambda f: abs(f.start - position), default=None)
        return nearest.country if nearest is not None else None


def focus_country(found: list[Found]) -> str | None:
    """The country an article names most (as a country, government or military); first on ties."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for f in found:
        if f.type in _FOCUS_TYPES and f.country:
            counts[f.country] += 1
            first.setdefault(f.country, f.start)
    if not counts:
        return None
    return min(counts, key=lambda c: (-counts[c], first[c]))


def country_label(code: str | None) -> str | None:
    """The short country name for a code's country part, or None."""
    country = country_of(code)
    return country_name(country) if country else None
