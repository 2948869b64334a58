"""Titles of people: what "Russia's Deputy Prime Minister" says about the person it names.

:func:`title_words` reads ``titles.yaml`` once. :func:`read_title` takes the words of a
title (already split from the affiliations the resolver recognised as mentions) and finds
the title phrase, its role code and class, and whether the person is a former holder.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass

from .data import load_yaml


@dataclass(frozen=True, slots=True)
class TitleDef:
    """One title phrase of ``titles.yaml``."""

    phrase: str
    code: str | None  # CAMEO role code (GOV, GOVMIL, LEG, MIL, ...)
    role_class: str
    country: str | None  # the country the title implies when the text names none


@dataclass(frozen=True, slots=True)
class Title:
    """A title read from text."""

    role: str  # the title as written, lower case, without affiliation ("deputy prime minister")
    key: str  # the title phrase it was recognised by ("prime minister")
    code: str | None
    role_class: str
    country: str | None
    former: bool
    past: bool = False  # "then-Secretary of State", "then the top U.S. commander": held at the time told


@dataclass(frozen=True, slots=True)
class TitleLexicon:
    titles: dict[tuple[str, ...], TitleDef]
    max_len: int
    vocab: frozenset[str]  # every word that may stand in a title
    heads: frozenset[str]  # last words of title phrases
    honorifics: dict[str, str | None]
    modifiers: frozenset[str]
    former: frozenset[str]
    lower_ranks: frozenset[str]
    descriptions: dict[tuple[str, ...], str]
    agents: dict[tuple[str, ...], str]
    org_heads: dict[str, str]
    org_prefixes: dict[str, str]
    org_words: frozenset[str]
    owners: frozenset[str]
    relations: frozenset[str]  # "aide" in "aide to X": a title of someone else
    title_domains: dict[tuple[str, ...], str]
    speech_verbs: frozenset[str]


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(phrase.lower().split())


@functools.lru_cache(maxsize=1)
def title_words() -> TitleLexicon:
    """The title lexicon, built once per process."""
    data = load_yaml("titles.yaml")
    titles = {
        _words(phrase): TitleDef(phrase, spec.get("code"), spec["class"], spec.get("country"))
        for phrase, spec in data["titles"].items()
    }
    descriptions = {_words(k): v for k, v in data["descriptions"].items()}
    agents = {_words(k): v for k, v in data["agents"].items()}
    vocab: set[str] = set()
    for phrase in [*titles, *descriptions]:
        vocab.update(phrase)
    vocab.update(w.lower() for w in data["title_words"])
    vocab.update(w.lower() for w in data["modifiers"])
    vocab.update(w.lower() for w in data["former"])
    return TitleLexicon(
        titles=titles,
        max_len=max(len(k) for k in [*titles, *descriptions, *agents, *map(_words, data["title_domains"])]),
        vocab=frozenset(vocab),
        heads=frozenset(k[-1] for k in [*titles, *descriptions]),
        honorifics={k.lower(): v for k, v in data["honorifics"].items()},
        modifiers=frozenset(w.lower() for w in data["modifiers"]),
        former=frozenset(w.lower() for w in data["former"]),
        lower_ranks=frozenset(w.lower() for w in data["lower_ranks"]),
        descriptions=descriptions,
        agents=agents,
        org_heads={k.lower(): v for k, v in data["org_heads"].items()},
        org_prefixes={k.lower(): v for k, v in data["org_prefixes"].items()},
        org_words=frozenset(w.lower() for w in data["org_words"]),
        owners=frozenset(w.lower() for w in data["owners"]),
        relations=frozenset(w.lower() for w in data.get("relations", [])),
        title_domains={_words(k): v for k, v in data["title_domains"].items()},
        speech_verbs=frozenset(w.lower() for w in data["speech_verbs"]),
    )


def find_phrase(
    words: list[str], table: Mapping[tuple[str, ...], object], end: int | None = None
) -> tuple[int, int] | None:
    """The longest phrase of ``table`` in ``words``, as (start, end).

    On ties the phrase before the first "of"/"for" wins ("Minister of Justice" is a minister,
    not a justice), else the rightmost one. With ``end`` given, only phrases ending there count.
    """
    lex = title_words()
    cut = next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))
    best: tuple[int, int] | None = None
    best_key: tuple[int, int, int] | None = None
    ends = [end] if end is not None else range(len(words), 0, -1)
    for stop in ends:
        for size in range(min(lex.max_len, stop), 0, -1):
            if tuple(words[stop - size : stop]) in table:
                key = (size, stop <= cut, stop)
                if best_key is None or key > best_key:
                    best, best_key = (stop - size, stop), key
                break
    return best


def read_title(words: list[str]) -> Title | None:
    """The title in ``words`` (lower case, affiliations removed), or None if there is none."""
    lex = title_words()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    former = any(w in lex.former or w.startswith("ex-") for w in words)
    span = find_phrase(words, lex.titles)
    described_span = find_phrase(words, lex.descriptions)
    described = None
    if described_span is not None and (
        span is None or described_span[1] - described_span[0] > span[1] - span[0]
    ):
        span = described_span
        described = lex.descriptions[tuple(words[span[0] : span[1]])]
        definition = lex.titles[_words(described)]
    elif span is not None:
        definition = lex.titles[tuple(words[span[0] : span[1]])]
    else:
        return _honorific_title(words, former)
    role_class = definition.role_class
    if any(w in lex.lower_ranks for w in words[: span[0]]):
        role_class = "other"
    kept = [w for w in words if w not in lex.honorifics and w not in lex.former and w not in ("then", "-")]
    role = described or " ".join(kept) or definition.phrase
    code = definition.code
    domain = find_phrase(words, lex.title_domains)
    if domain is not None and code == "GOV":
        code = lex.title_domains[tuple(words[domain[0] : domain[1]])]
    past = any(w == "then" or w.startswith("then-") for w in words)
    return Title(role, definition.phrase, code, role_class, definition.country, former, past)


def _honorific_title(words: list[str], former: bool) -> Title | None:
    """A title given only by an honorific with a role ("Gen.", "Sen."), if any."""
    lex = title_words()
    for word in reversed(words):
        code = lex.honorifics.get(word)
        if code:
            definition = lex.titles.get((word,))
            country = definition.country if definition else None
            return Title(word.rstrip("."), word, code, "other", country, former)
    return None
