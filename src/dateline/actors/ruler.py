"""The entity ruler that corrects spaCy's NER with dateline's actor data.

It runs before ``ner`` so that the statistical model keeps the spans it sets: "Milliyet"
becomes an ORG (not a NORP), "S-400" a PRODUCT (not an ORG), "COVID-19" a DISEASE (not a
PERSON). Each pattern carries the lexicon key of its entry as its id, so the resolver
reads the entry straight from ``span.ent_id_``.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from .lexicon import lexicon
from .titles import title_words

RULER_NAME = "dateline_entity_ruler"

#: Bodies that, after a country's name or adjective, make one ORG ("Turkish Defence Ministry").
_BODIES = (
    "foreign ministry",
    "defence ministry",
    "defense ministry",
    "interior ministry",
    "finance ministry",
    "foreign office",
    "armed forces",
    "air force",
    "navy",
    "army",
    "coast guard",
    "embassy",
    "ministry of foreign affairs",
    "ministry of defence",
    "ministry of defense",
    "military",
    "national guard",
    "special forces",
    "border guards",
    "border guard",
    "revolutionary guards",
    "state department",
    "defense department",
    "justice department",
    "parliament",
    "government",
    "central bank",
    "intelligence agency",
    "security service",
    "security services",
    "news agency",
)


def ruler_patterns() -> list[dict[str, Any]]:
    """Phrase patterns for every ruler-worthy name, and token patterns for "country + body"."""
    lex = lexicon()
    patterns: list[dict[str, Any]] = [
        {"label": label, "pattern": alias, "id": key} for alias, label, key in lex.ruler
    ]
    adjectives = sorted(
        {
            alias
            for alias, entry in lex.forms
            if entry.kind in ("country", "demonym") and " " not in alias and alias[:1].isupper()
        }
    )
    for body in _BODIES:
        words = body.split()
        if tuple(words) not in title_words().agents:
            continue
        body_tokens = [{"LOWER": w, "IS_TITLE": True} for w in words]
        patterns.append({"label": "ORG", "pattern": [{"ORTH": {"IN": adjectives}}, *body_tokens]})
        patterns.append(
            {
                "label": "ORG",
                "pattern": [{"ORTH": {"IN": adjectives}}, {"ORTH": {"IN": ["'s", "’s"]}}, *body_tokens],
            }
        )
    return patterns


def add_entity_ruler(nlp: Language) -> None:
    """Insert the entity ruler before ``ner`` (or last, in a pipeline without one)."""
    if RULER_NAME in nlp.pipe_names:
        return
    before = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe(
        "entity_ruler",
        name=RULER_NAME,
        config={"phrase_matcher_attr": "ORTH", "validate": False},
        before=before,
    )
    ruler.add_patterns(ruler_patterns())  # type: ignore[attr-defined]
