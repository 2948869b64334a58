"""Loaders for the quote stage's language data (``dateline/data/quotes/*.yaml``).

Each loader reads its file once per process (``functools.lru_cache``) and returns
immutable values, so there is no shared mutable state.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

#: What a cue verb may take as the content of a statement (see cues.yaml).
TAKES = frozenset({"clause", "quote", "infinitive", "object"})


def _load(name: str) -> Any:
    path = resources.files("dateline") / "data" / "quotes" / name
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@dataclass(frozen=True, slots=True)
class CueLexicon:
    """Cue words: verb lemma -> what it takes; reporting nouns; prepositional cues."""

    verbs: dict[str, frozenset[str]]
    nouns: frozenset[str]
    prepositions: tuple[tuple[str, ...], ...]
    surveys: frozenset[str]


@dataclass(frozen=True, slots=True)
class MediaLexicon:
    channels: frozenset[str]
    audiences: frozenset[str]
    outlet_verbs: frozenset[str]
    cited_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def cue_lexicon() -> CueLexicon:
    raw = _load("cues.yaml")
    verbs: dict[str, set[str]] = {}
    for group in raw["verbs"]:
        for lemma in group["lemmas"]:
            verbs.setdefault(lemma.lower(), set()).update(group["takes"])
    return CueLexicon(
        verbs={k: frozenset(v) for k, v in verbs.items()},
        nouns=frozenset(n.lower() for n in raw["nouns"]),
        prepositions=tuple(tuple(w.lower() for w in p) for p in raw["prepositions"]),
        surveys=frozenset(n.lower() for n in raw["surveys"]),
    )


@functools.lru_cache(maxsize=1)
def media_lexicon() -> MediaLexicon:
    raw = _load("media.yaml")
    return MediaLexicon(*(frozenset(w.lower() for w in raw[k])
                          for k in ("channels", "audiences", "outlet_verbs", "cited_verbs")))


@functools.lru_cache(maxsize=1)
def mark_pairs() -> tuple[tuple[str, str], ...]:
    return tuple((o, c) for o, c in _load("marks.yaml")["pairs"])


@functools.lru_cache(maxsize=1)
def pronouns() -> dict[str, str]:
    """Pronoun -> the kind of antecedent it takes (person, group, thing)."""
    raw = _load("pronouns.yaml")
    return {word.lower(): kind for kind, words in raw.items() for word in words}
