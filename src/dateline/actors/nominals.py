"""Groups and bodies named by a common noun: "Turkish officials", "the Russian government".

A noun from the ``agents`` table of ``titles.yaml`` makes a mention when a country or a
person qualifies it ("U.S. troops", "the Trump administration", "the government of Iran").
A bare institution ("the government", "the foreign ministry") takes the country the
sentence names, else the article's focus; bare plural groups ("officials") make none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .data import fold
from .entities import type_of
from .found import Context, Found, country_label
from .titles import find_phrase, title_words

#: Institutions that, with "the" and no qualifier, stand for the country in focus.
_INSTITUTIONS = {
    "government",
    "regime",
    "administration",
    "military",
    "army",
    "navy",
    "foreign ministry",
    "defense ministry",
    "defence ministry",
    "cabinet",
    "parliament",
    "foreign office",
    "ministry of foreign affairs",
    "ministry of defense",
    "ministry of defence",
    "armed forces",
}


def nominals(doc: Doc, heads: list[Token], at: dict[int, Found], context: Context) -> list[Found]:
    """Mentions for qualified agent nouns ending at each of ``heads``."""
    lex = title_words()
    out: list[Found] = []
    for head in heads:
        if head.i in at or head.pos_ not in ("NOUN", "PROPN"):
            continue
        if head.i + 1 < len(doc) and (head.i + 1) in at and at[head.i + 1].source != "pronoun":
            continue  # "the Turkish newspaper Milliyet": the name is the mention
        start = head.left_edge.i
        if start > head.i:
            continue
        # "the Defense Department and intelligence agencies": the noun's phrase starts after
        # the last coordination, so a body named before "and" keeps its own mention.
        for i in range(head.i - 1, start - 1, -1):
            if doc[i].lower_ in ("and", "or", ",") and i - 1 in at and at[i - 1].type != "country":
                start = i + 1
                break
        words = [fold(t.lower_) for t in doc[start : head.i + 1]]
        hit = find_phrase(words, lex.agents, end=len(words))
        if hit is None:
            continue
        phrase = " ".join(words[hit[0] : hit[1]])
        role = lex.agents[tuple(words[hit[0] : hit[1]])]
        country = _qualifier(doc, start, start + hit[0], head, at)
        if country is None:
            if phrase not in _INSTITUTIONS or doc[start].lower_ != "the" or hit[0] != 1:
                continue
            country = context.country_for(head.sent.start)
            if country is None:
                continue
        out.append(
            Found(
                start,
                head.i + 1,
                country + role,
                f"{country_label(country)} {phrase}",
                type_of(role),
                source="nominal",
            )
        )
    return out


def _qualifier(doc: Doc, start: int, end: int, head: Token, at: dict[int, Found]) -> str | None:
    """The country a noun's modifiers name ("Turkish", "Iran's", "Trump"), or "of Iran" after it."""
    for i in range(end - 1, start - 1, -1):
        found = at.get(i)
        if found is not None and found.country and found.type != "object":
            return found.country
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                found = at.get(obj.i)
                if obj.dep_ == "pobj" and found is not None and found.type in ("country", "government"):
                    return found.country
    return None
