"""A first actor resolver: countries by name through pycountry; other entities unresolved."""

from __future__ import annotations

import functools

import pycountry
from spacy.tokens import Doc

from ..model import Mention

_TYPES = {"GPE": "country", "NORP": "country", "PERSON": "person", "ORG": "organization"}


@functools.lru_cache(maxsize=1)
def _country_codes() -> dict[str, tuple[str, str]]:
    """Lower-cased country name -> (alpha-3 code, canonical name)."""
    table: dict[str, tuple[str, str]] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(c, attr, None)
            if name:
                table[name.lower()] = (c.alpha_3, getattr(c, "common_name", None) or c.name)
    return table


def find_mentions(doc: Doc, article_id: str = "") -> list[Mention]:
    countries = _country_codes()
    mentions: list[Mention] = []
    for ent in doc.ents:
        kind = _TYPES.get(ent.label_)
        if kind is None:
            continue
        actor, name = None, None
        if kind == "country":
            actor, name = countries.get(ent.text.lower(), (None, None))
        mentions.append(Mention(article_id, ent.text, ent.start_char, ent.end_char, actor, name or ent.text, kind))
    return mentions
