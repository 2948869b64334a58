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
from spacy.tokens import Token

#: What a cue verb may take as the content of a statement (see cues.yaml).
TAKES = frozenset({"clause", "quote", "infinitive", "object", "regard"})
#: What a verb of the ``phrasal`` list takes: the object of one of its prepositions.
PREPOSITIONAL = "preposition"


def _load(name: str) -> Any:
    path = resources.files("dateline") / "data" / "quotes" / name
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@dataclass(frozen=True, slots=True)
class CueLexicon:
    """Cue words: verb lemma -> what it takes; verb lemma -> the prepositions that
    introduce its content; reporting nouns; prepositional cues."""

    verbs: dict[str, frozenset[str]]
    phrasal: dict[str, frozenset[str]]
    forms: dict[str, str]
    adjectives: dict[str, frozenset[str]]
    stance_nouns: dict[str, frozenset[str]]
    manners: frozenset[str]
    nouns: frozenset[str]
    prepositions: tuple[tuple[str, ...], ...]
    surveys: frozenset[str]

    def lemma(self, token: Token) -> str:
        """The token's lemma, corrected where the model is known to get it wrong."""
        return self.lemma_of(token.lower_, token.lemma_)

    def lemma_of(self, lower: str, model_lemma: str) -> str:
        """:meth:`lemma` from a word's lower-case form and the model's lemma."""
        return self.forms.get(lower) or model_lemma.lower()


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
    phrasal = {verb.lower(): frozenset(p.lower() for p in preps) for verb, preps in raw["phrasal"].items()}
    for verb in phrasal:
        verbs.setdefault(verb, set()).add(PREPOSITIONAL)
    return CueLexicon(
        verbs={k: frozenset(v) for k, v in verbs.items()},
        phrasal=phrasal,
        forms={form.lower(): lemma.lower() for form, lemma in raw["forms"].items()},
        adjectives={adj.lower(): frozenset(t.lower() for t in takes) for adj, takes in raw["adjectives"].items()},
        manners=frozenset(w.lower() for w in raw["manners"]),
        stance_nouns={n.lower(): frozenset(p.lower() for p in preps) for n, preps in raw["stance_nouns"].items()},
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
