"""Named entities that are not people: countries, capitals, organizations, media, objects.

Each entity span (from spaCy's NER, corrected by the entity ruler) is resolved through the
lexicon; names the lexicon does not hold are read as "country + body" ("Chinese Coast
Guard", "Iran's Foreign Ministry") or by the kind of body their last word names.
Capitals and seats stand for governments ("Ankara said") unless a preposition of place
makes them locations ("in Ankara").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .data import fold, norm
from .found import Found, country_label, country_of
from .lexicon import Entry, lexicon
from .titles import find_phrase, title_words

#: Entity labels this module resolves (PERSON has its own module).
LABELS = {"GPE", "NORP", "ORG", "LOC", "FAC", "PRODUCT", "LAW", "EVENT", "WORK_OF_ART", "DISEASE"}

#: Labels whose unknown names still make a mention (with no actor code).
_UNKNOWN_TYPES = {"GPE": "location", "LOC": "location", "ORG": "organization"}

#: Prepositions after which a capital is a place, not its government ("in Ankara").
_PLACE_PREPS = {
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "around",
    "across",
    "throughout",
    "within",
    "into",
    "via",
}

#: Prepositions after which a seat of government is a building ("at the White House").
_SEAT_PREPS = {"at", "outside", "inside", "near"}

#: Verbs whose object is a place ("visiting Washington").
_PLACE_VERBS = {"visit", "tour", "reach", "leave"}

_POSSESSIVES = {"'s", "’s", "'", "’"}


def _is_dateline(span: Span) -> bool:
    """A place name that opens a paragraph as a dateline: "WASHINGTON (Reuters) -", "MOSCOW —"."""
    doc = span.doc
    at_start = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws or doc[span.start - 1].is_space
    if not at_start or span.end >= len(doc):
        return False
    nxt = doc[span.end].text
    return nxt in ("(", "—", "–", "-", ":") or (
        nxt == "," and span.end + 1 < len(doc) and doc[span.end + 1].is_title
    )


def name_tokens(span: Span) -> Span:
    """The span without a leading determiner and a trailing possessive or punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while end > start + 1 and (doc[end - 1].text in _POSSESSIVES or doc[end - 1].is_punct):
        end -= 1
    while end - start > 1 and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    return doc[start:end]


def _is_place(span: Span, seat: bool = False) -> bool:
    """Whether a capital, city or seat of government is used as a location, not as an actor.

    "in Ankara", "visiting Washington", "Ankara, Turkey", "Moscow-based" and a dateline
    ("WASHINGTON (Reuters) -") are places; "Ankara said" and "a deal with Moscow" are actors.
    A seat ("the White House") is a place only after "at", "in", "outside" and the like.
    """
    doc = span.doc
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in (_SEAT_PREPS if seat else _PLACE_PREPS):
        return True
    if seat:
        return False
    if root.dep_ == "dobj" and root.head.lemma_ in _PLACE_VERBS:
        return True
    if _is_dateline(span):
        return True
    # "Ankara, Turkey" and "Moscow-based": a place name, not an actor.
    if span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].ent_type_ == "GPE":
        return True
    if (
        span.end < len(doc)
        and doc[span.end].text == "-"
        and span.end + 1 < len(doc)
        and doc[span.end + 1].lower_ == "based"
    ):
        return True
    return False


def from_entry(entry: Entry, span: Span) -> Found | None:
    """The mention an entry makes at ``span`` (None for non-actors such as diseases)."""
    if entry.kind == "non_actor":
        return None
    if entry.kind in ("capital", "seat") or (entry.kind == "place" and entry.place):
        if _is_place(span, seat=entry.kind == "seat"):
            place = entry.place
            name = span_name(span) if entry.kind in ("capital", "seat") else entry.name
            return Found(span.start, span.end, place, name, "location")
    if entry.kind == "capital":
        return Found(span.start, span.end, entry.code, entry.name, entry.type)
    if entry.kind == "object":
        return Found(span.start, span.end, None, entry.name, "object", role=entry.role)
    return Found(span.start, span.end, entry.code, entry.name, entry.type)


def span_name(span: Span) -> str:
    return name_tokens(span).text


def _agent_code(words: list[str]) -> tuple[str, int] | None:
    """The role code of a body named by ``words`` ("defence ministry" -> GOVMIL) and where it starts."""
    lex = title_words()
    hit = find_phrase(words, lex.agents, end=len(words))
    if hit is not None:
        return lex.agents[tuple(words[hit[0] : hit[1]])], hit[0]
    return None


def compound(span: Span) -> Found | None:
    """A "country + body" name: "Chinese Coast Guard", "Russia's Defence Ministry", "U.S. Army"."""
    tokens = name_tokens(span)
    words = [fold(t.lower_) for t in tokens]
    lex = lexicon()
    # The longest leading run of tokens that names a country (or its people).
    for cut in range(min(len(tokens) - 1, 4), 0, -1):
        entry = lex.lookup(tokens[:cut].text)
        if entry is None or entry.kind not in ("country", "demonym") or entry.code is None:
            continue
        rest = words[cut:]
        if rest and rest[0] in ("'s", "'"):
            rest = rest[1:]
        if not rest:
            return None
        body = lex.lookup(" ".join(rest))
        if body is not None and body.code and country_of(body.code) == entry.code:
            return Found(span.start, span.end, body.code, body.name, body.type)
        agent = _agent_code(rest)
        if agent is not None:
            code = entry.code + agent[0]
            return Found(span.start, span.end, code, f"{entry.name} {' '.join(rest)}", _type_of(agent[0]))
        head = title_words().org_heads.get(rest[-1])
        if head is not None:
            return Found(span.start, span.end, entry.code + head, tokens.text, _type_of(head))
        return None
    return None


def _type_of(role: str) -> str:
    """The mention type of a role code."""
    if role.startswith("GOV") or role in ("LEG", "JUD", "COP", "SPY"):
        return "government"
    if role.startswith("MIL"):
        return "military"
    if role == "MED":
        return "media"
    return "organization"


def bare_body(span: Span, country: str | None) -> Found | None:
    """An unqualified body ("the Foreign Ministry", "Ministry of Health") of the context's country."""
    words = [fold(t.lower_) for t in name_tokens(span)]
    if country is None or not words:
        return None
    agent = _agent_code(words)
    if agent is None or agent[1] != 0:
        head = title_words().org_heads.get(words[0])
        if head is None or not head.startswith("GOV") or len(words) < 3 or words[1] != "of":
            return None
        agent = (head, 0)
    return Found(
        span.start,
        span.end,
        country + agent[0],
        f"{country_label(country)} {' '.join(words)}",
        _type_of(agent[0]),
    )


def resolve_entity(span: Span, context_country: str | None) -> Found | None:
    """The mention an entity span makes, or None when it names no actor, place or object."""
    lex = lexicon()
    entry = lex.by_key.get(span.ent_id_) if span.ent_id_ else None
    text = name_tokens(span).text
    if entry is None:
        entry = lex.lookup(text)
    if entry is not None:
        return from_entry(entry, span)
    found = compound(span) or bare_body(span, context_country)
    if found is not None:
        return found
    kind = _UNKNOWN_TYPES.get(span.label_)
    if kind is None:
        return None
    region = _region_of(span)
    if region is not None:
        return region
    if span.label_ == "ORG":
        return _org_by_head(span, context_country)
    return Found(span.start, span.end, None, text, kind)


_DIRECTIONS = {"eastern", "western", "northern", "southern", "central", "east", "west", "north", "south",
               "northeastern", "northwestern", "southeastern", "southwestern"}


def _region_of(span: Span) -> Found | None:
    """ "Eastern Ukraine", "northern Syria": a location in the country named after the direction."""
    tokens = name_tokens(span)
    if len(tokens) < 2 or fold(tokens[0].lower_) not in _DIRECTIONS:
        return None
    entry = lexicon().lookup(tokens[1:].text)
    if entry is None or entry.kind not in ("country", "place") or not (entry.place or entry.code):
        return None
    return Found(span.start, span.end, entry.place or entry.code, tokens.text, "location")


def _org_by_head(span: Span, context_country: str | None) -> Found:
    """An unknown organization: a country named inside it and its head word give a code."""
    tokens = name_tokens(span)
    prefix = title_words().org_prefixes.get(fold(tokens[0].lower_))
    if prefix is not None and len(tokens) > 1:
        return Found(span.start, span.end, prefix, tokens.text, _type_of(prefix[3:]))
    head = title_words().org_heads.get(fold(tokens[-1].lower_))
    country = None
    for token in tokens:
        entry = lexicon().lookup(token.text)
        if entry is not None and entry.kind in ("country", "demonym"):
            country = entry.code
            break
        if entry is not None and entry.kind in ("place", "capital") and entry.place:
            country = entry.place  # "Boston Police": a city's body is of the city's country
            break
    if head and country:
        return Found(span.start, span.end, country + head, tokens.text, _type_of(head))
    return Found(span.start, span.end, None, tokens.text, "organization" if head != "MED" else "media")


def inner_country(span: Span, outer: Found) -> Found | None:
    """The country word a body's name starts with ("Turkish" in "Turkish Defence Ministry")."""
    if outer.type not in ("government", "military") or len(span) < 2:
        return None  # "Russia Today" and "China Daily" are outlets, not Russia and China
    tokens = name_tokens(span)
    lex = lexicon()
    for cut in range(min(len(tokens) - 1, 3), 0, -1):
        entry = lex.lookup(tokens[:cut].text)
        if entry is not None and entry.kind in ("country", "demonym"):
            return Found(tokens.start, tokens.start + cut, entry.code, entry.name, "country")
    return None


def is_possessive(token: Token) -> bool:
    return token.text in _POSSESSIVES or token.tag_ == "POS"


def norm_name(text: str) -> str:
    return norm(text)
