"""Named entities that are not people: countries, capitals, organizations, media, objects.

Each entity span (from spaCy's NER, corrected by the entity ruler) is resolved through the
lexicon; names the lexicon does not hold are read as "country + body" ("Chinese Coast
Guard", "Iran's Foreign Ministry") or by the kind of body their last word names.
Capitals and seats stand for governments ("Ankara said") unless a preposition of place
makes them locations ("in Ankara").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .data import fold, norm
from .found import Found, country_label, country_of
from .lexicon import Entry, context_names, lexicon
from .places import (
    PlaceReading,
    city_inside,
    facility_heads,
    is_big_city,
    landmark_heads,
    place_noun_after,
    read_place,
)
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

#: Words of motion after which "to X" is a destination, a place ("a trip to Pyongyang",
#: "move the embassy to Jerusalem", "flew to Moscow").
_MOTION = {"trip", "visit", "travel", "fly", "return", "go", "come", "head", "journey", "arrive",
           "move", "relocate", "send", "deploy", "flight", "drive", "sail", "march", "rush",
           "dispatch", "transfer", "flee", "escape", "way", "bring", "take", "invite", "welcome",
           "deployment"}

#: Nouns of the parts of a city ("the streets of Havana"): the city after them is a place.
_CITY_PARTS = {"street", "streets", "outskirts", "suburbs", "suburb", "centre", "center", "heart",
               "downtown", "neighborhood", "neighborhoods", "neighbourhood", "district", "districts",
               "edge", "mayor", "residents", "airport", "skies", "city", "capital", "port", "north",
               "south", "east", "west", "parts", "part", "area", "areas"}

#: Nouns of what happens to a city as a place ("the status of Jerusalem", "the fall of Kabul",
#: "control of Aleppo"): the city after them is a place, not its government.
_CITY_FATES = {"status", "sovereignty", "control", "annexation", "capture", "division", "partition", "siege",
               "fall", "liberation", "occupation", "recapture", "encirclement", "bombing", "shelling"}

#: Units of distance ("steps from the Kremlin", "50 miles from Damascus").
_DISTANCES = {"step", "steps", "mile", "miles", "kilometer", "kilometers", "kilometre", "kilometres", "km",
              "meter", "meters", "metre", "metres", "yard", "yards", "block", "blocks", "feet", "minutes",
              "hours", "drive"}

#: Nouns of the parts of a building ("in front of the embassy", "the East Room of the White
#: House"): the building after them is a place.
_BUILDING_PARTS = {"front", "room", "lawn", "lawns", "grounds", "gate", "gates", "steps", "roof", "lobby",
                   "courtyard", "garden", "gardens", "wing", "balcony", "compound", "walls", "entrance",
                   "doorstep", "perimeter", "basement", "corridors", "halls"}

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
    # "In the capital Cairo, security forces ...": the name in apposition to a place noun
    # takes that noun's place in the sentence.
    while root.dep_ == "appos" and root.head.i < root.i and fold(root.head.lower_) in _CITY_PARTS:
        root = root.head
    # "to Benghazi and Tripoli", "in Paris and Berlin": a name coordinated with an earlier one
    # stands where that one stands.
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
        entry = lexicon().lookup(root.text)
        if not seat and entry is not None and entry.kind == "place" and entry.type == "location":
            return True  # "Benghazi and Tripoli": a capital listed with a city is a place too
    if root.dep_ == "pobj" and root.head.lower_ in (_SEAT_PREPS if seat else _PLACE_PREPS):
        return True
    # "steps from the Kremlin", "ten miles from Damascus": a distance from a place.
    if root.dep_ == "pobj" and root.head.lower_ == "from" and fold(root.head.head.lower_) in _DISTANCES:
        return True
    # "in front of the British Embassy", "the East Room of the White House": a part of a building.
    if root.dep_ == "pobj" and root.head.lower_ == "of" and fold(root.head.head.lower_) in _BUILDING_PARTS:
        return True
    if seat:
        return False
    if root.dep_ == "dobj" and root.head.lemma_ in _PLACE_VERBS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ in ("to", "from") and root.head.head.lemma_.lower() in _MOTION:
        return True
    # "a charter flight from Beijing to Wonsan": the start of a route is a place.
    if root.dep_ == "pobj" and root.head.lower_ == "from" and span.end < len(doc) and doc[span.end].lower_ == "to":
        return True
    if _modifies_thing(span):
        return True
    # "the streets of Havana", "the outskirts of Damascus": a part of the city; "Moshe
    # Davino, 20, of Jerusalem": where a person is from.
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        owner = root.head.head
        low = fold(owner.lower_)
        if low in _CITY_PARTS or low in _CITY_FATES or owner.ent_type_ == "PERSON" or owner.like_num:
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


def _modifies_thing(span: Span) -> bool:
    """A capital as the modifier of a noun that names no body: "the Jerusalem announcement",
    "the Beijing Olympics" are about the city. "the Tehran regime", "Moscow officials" and
    "Kremlin spokesman" keep the government (the noun is an agent or a title word)."""
    root = span.root
    head = root.head
    if root.dep_ != "compound" or head.i < span.end or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if head.ent_type_ and head.ent_iob_ != "O":
        return False  # "Moscow Times": part of a longer name
    words = title_words()
    low = fold(head.lower_)
    if low in _CITY_PARTS or low in ("police", "officer", "officers", "policeman", "policemen"):
        return True  # "a London police officer", "the Moscow mayor": the city's own
    return (low,) not in words.agents and low not in words.heads and low not in words.org_heads


def from_entry(entry: Entry, span: Span) -> Found | None:
    """The mention an entry makes at ``span`` (None for non-actors such as diseases)."""
    if entry.kind == "non_actor":
        return None
    if entry.kind in ("capital", "seat") or (entry.kind == "place" and entry.place):
        if _is_place(span, seat=entry.kind == "seat"):
            place = entry.place
            name = span_name(span) if entry.kind in ("capital", "seat") else entry.name
            return Found(span.start, span.end, place, name, "location")
    if entry.kind == "org" and entry.place and _is_place(span, seat=True):
        return Found(span.start, span.end, entry.place, span_name(span), "location")  # "at the Pentagon"
    if entry.kind == "capital":
        return Found(span.start, span.end, entry.code, entry.name, entry.type)
    if entry.kind == "object":
        return Found(span.start, span.end, None, entry.name, "object", role=entry.role)
    model = _model_after(span) if entry.kind == "org" and (entry.code or "").endswith("BUS") else None
    if model is not None:
        # "the Boeing 777 came down": a maker's name before a model number names the aircraft
        return Found(span.start, model + 1, None, span.doc[span.start : model + 1].text, "object", role="model")
    return Found(span.start, span.end, entry.code, entry.name, entry.type, role=entry.role)


#: A model designation after a maker's name ("777", "A320", "C-130", "737-800").
_MODEL = re.compile(r"^[A-Z]{0,3}-?\d{2,4}(?:-\d{1,4})?[A-Z]{0,3}$")


def _model_after(span: Span) -> int | None:
    """The index of a model designation right after a company's name, if one follows."""
    doc = span.doc
    if span.end >= len(doc) or not _MODEL.match(doc[span.end].text):
        return None
    if doc[span.end].text.isdigit() and 1900 <= int(doc[span.end].text) <= 2100:
        return None  # "Boeing 2015 profits": a year
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if after is not None and after.lower_ in ("million", "billion", "percent", "%", "people", "jobs", "workers"):
        return None  # "Boeing 777 million" is no model; nor "Apple 200 workers"
    return span.end


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
            name = f"{entry.name} {' '.join(rest)}"
            return Found(span.start, span.end, code, name, type_of(agent[0]), source="compound")
        head = title_words().org_heads.get(rest[-1])
        if head is not None:
            return Found(span.start, span.end, entry.code + head, tokens.text, type_of(head), source="compound")
        return None
    return None


def type_of(role: str) -> str:
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
        type_of(agent[0]),
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
    outlet = _credited_outlet(text)
    if outlet is not None:
        return Found(span.start, span.end, outlet.code, outlet.name, outlet.type)
    found = compound(span) or bare_body(span, context_country) or _known_tail(span)
    if found is not None:
        return found
    region = _region_of(span) if span.label_ in _UNKNOWN_TYPES else None
    if region is not None:
        return region
    tokens = name_tokens(span)
    if span.label_ in ("GPE", "LOC", "FAC"):
        reading = read_place(tokens)
        if reading is None and span.label_ == "FAC" and not place_noun_after(span.doc, span.end):
            return None  # "the Boston Marathon": a facility name that names no place
        return _place(span, text, reading or PlaceReading(None))
    if span.label_ == "ORG":
        if norm(text) in context_names():
            return Found(span.start, span.end, None, text, "organization")  # "the North": in context
        # "Sambisa Forest", "Bamako": an organization tag on a place's name.
        if fold(tokens[-1].lower_) in landmark_heads() or (len(tokens) == 1 and is_big_city(text, 1_000_000)):
            reading = read_place(tokens)
            if reading is not None:
                return _place(span, text, reading)
        after = span.doc[span.end] if span.end < len(span.doc) else None
        if len(tokens) == 1 and after is not None and after.is_lower and fold(after.lower_) in landmark_heads():
            # "the Sambisa forest": the landmark word left out of the tag in lower case (a
            # longer name is a body's: "the Islamic Society of Boston mosque").
            return _place(span, text, read_place(tokens) or PlaceReading(None))
        if _CALL_SIGN.match(text):
            return Found(span.start, span.end, "USAMED", text, "media")  # "According to WABC"
        if _facility_as_place(tokens):
            return _place(span, text, city_inside(tokens))
        return _org_by_head(span, context_country)
    if span.label_ == "NORP" and norm(text) in context_names():
        # "Tory MPs", "the Conservatives": a party in an article about its country (the
        # resolver drops the mention when the article names no such country).
        return Found(span.start, span.end, None, text, "organization")
    return None


#: Verbs whose object is a building one goes to or from ("left Beth Israel Deaconess Medical Center").
_FACILITY_VERBS = {"leave", "visit", "enter", "reach", "storm", "attack", "evacuate"}


def _facility_as_place(tokens: Span) -> bool:
    """An institution used as a place: "at Walter Reed military hospital", "left Beth Israel
    Deaconess Medical Center", "10 miles from Garissa University"."""
    doc = tokens.doc
    low = fold(tokens[-1].lower_)
    root = tokens.root
    if root.dep_ == "compound" and root.head.i == tokens.end and fold(root.head.lower_) in facility_heads():
        root = root.head  # "Walter Reed hospital": the place is the hospital
    elif low not in facility_heads() or len(tokens) < 2:
        return False
    if root.dep_ == "pobj":
        return root.head.lower_ in _PLACE_PREPS or root.head.lower_ == "from"
    return root.dep_ == "dobj" and root.head.lemma_.lower() in _FACILITY_VERBS and doc[root.head.i].pos_ == "VERB"


#: A US broadcast station's call sign ("WABC", "KTLA", "WJLA-TV"): four letters starting with
#: K or W (the FCC's prefixes for the US), for a name the lexicon does not know.
_CALL_SIGN = re.compile(r"^[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT))?$")

_DOMAIN = re.compile(r"\.(?:com|org|net|co\.uk|co|tv)$", re.IGNORECASE)


def _credited_outlet(text: str) -> Entry | None:
    """The outlet of a photo credit or web address: "Cheryl Ravelo/Reuters/Landov",
    "REUTERS/Stoyan Nenov", "NPR.org"."""
    if "/" not in text and not _DOMAIN.search(text):
        return None
    for part in re.split(r"\s*/\s*", _DOMAIN.sub("", text)):
        entry = lexicon().lookup(part) if part else None
        if entry is not None and entry.kind == "media":
            return entry
    return None


def _known_tail(span: Span) -> Found | None:
    """A known body after words that describe it: "the Islamist Muslim Brotherhood", "the
    militant Islamic State", "the Shiite Hezbollah". Only organizations and outlets: a
    place or country at the end ("Greater Damascus") is not the whole name's reading."""
    if span.label_ != "ORG":
        return None
    tokens = name_tokens(span)
    lex = lexicon()
    for cut in range(1, min(len(tokens), 3)):
        if not _describes(tokens[cut - 1]):
            return None  # "The Bangkok Post" is not the Post
        entry = lex.lookup(tokens[cut:].text)
        if entry is None or entry.kind not in ("org", "media") or not entry.code:
            continue
        if entry.type not in ("group", "location"):
            return Found(span.start, span.end, entry.code, entry.name, entry.type)
    return None


def _describes(token: Token) -> bool:
    """A word that describes a body rather than names it: lower case ("militant"), a
    nationality ("Lebanese") or a community ("Islamist", "Shiite")."""
    if token.is_lower:
        return True
    entry = lexicon().lookup(token.text)
    return entry is not None and (entry.kind == "demonym" or entry.type == "group")


def _place(span: Span, text: str, reading: PlaceReading) -> Found:
    """A location whose country :func:`dateline.actors.places.choose` settles in context."""
    return Found(span.start, span.end, reading.country, text, "location", place=reading)


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


def _org_by_head(span: Span, context_country: str | None) -> Found | None:
    """An unknown organization: a country named inside it and its head word give a code.

    The head is the last word, or the word before "of" ("University of Minnesota"). A name
    with no word that says it is an organization (no head such as "Ministry" or "Society",
    not an acronym) makes no mention: spaCy's small model tags slogans, laws, programmes and
    headline fragments as ORG ("Extreme Vetting Program", "America First").
    """
    tokens = name_tokens(span)
    words = title_words()
    low = [fold(t.lower_) for t in tokens]
    prefix = words.org_prefixes.get(low[0])
    if prefix is not None and len(tokens) > 1:
        return Found(span.start, span.end, prefix, tokens.text, type_of(prefix[3:]))
    head = words.org_heads.get(low[-1])
    if head is None and "of" in low[1:]:
        head = words.org_heads.get(low[low.index("of", 1) - 1])
    country = _country_inside(tokens)
    if head and country and not _community(tokens):
        return Found(span.start, span.end, country + head, tokens.text, type_of(head))
    if not (head or _is_acronym(tokens) or any(w in words.org_words or w in words.org_heads for w in low)):
        return None
    return Found(span.start, span.end, None, tokens.text, "organization" if head != "MED" else "media")


def _community(tokens: Span) -> bool:
    """Whether a name names a religious or ethnic community ("the Representative Council of
    French Jewish Institutions", "the French Council of the Muslim Faith"): its council or
    committee speaks for the community, not for the state."""
    lex = lexicon()
    for token in tokens:
        entry = lex.lookup(token.text) if token.is_title else None
        if entry is not None and entry.type == "group":
            return True
    return False


def _country_inside(tokens: Span) -> str | None:
    """The country of the longest country or place name inside a name ("New South Wales
    Police" is Australian, not British; "Boston Police" is American)."""
    lex = lexicon()
    for size in range(min(len(tokens), 4), 0, -1):
        for start in range(0, len(tokens) - size + 1):
            entry = lex.lookup(tokens[start : start + size].text)
            if entry is None:
                continue
            if entry.kind in ("country", "demonym") and entry.code:
                return entry.code
            if entry.kind in ("place", "capital") and entry.place:
                return entry.place
    return None


def _is_acronym(tokens: Span) -> bool:
    """ "AIIB", "AVLG", "U.N.": a name of capitals (and dots) only, two to six letters."""
    letters = [c for c in tokens.text if c.isalpha()]
    return len(tokens) == 1 and 2 <= len(letters) <= 6 and all(c.isupper() for c in letters)


def inner_country(span: Span, outer: Found) -> Found | None:
    """The country word a body's name starts with ("Turkish" in "Turkish Defence Ministry").

    Other bodies ("American companies", "Chinese oil companies") name it too when their code
    is that country's; outlets do not ("Russia Today" and "China Daily" are not Russia and China).
    """
    if outer.type == "media" or len(span) < 2:
        return None
    tokens = name_tokens(span)
    lex = lexicon()
    for cut in range(min(len(tokens) - 1, 3), 0, -1):
        entry = lex.lookup(tokens[:cut].text)
        if entry is not None and entry.kind in ("country", "demonym"):
            state = outer.type in ("government", "military")
            if state or outer.source == "compound" or country_of(outer.actor) == entry.code:
                return Found(tokens.start, tokens.start + cut, entry.code, entry.name, "country")
            return None
    return None


#: A name glued to the first word of a headline ("TrumpDem" of "Trump Donald John TrumpDem
#: lawmaker says ..."): a capitalized word run into another capitalized word.
_GLUED = re.compile(r"\b([A-Z][a-z]+)[A-Z][a-z]+\b")


def glued_tokens(doc: Doc, text: str) -> frozenset[int]:
    """The tokens of ``doc`` (whose text is ``text``) that are a name glued to the next
    text, as the web pages of some outlets print a person's hover card: "Trump Donald John
    TrumpDem lawmaker says Nunes ...", "Pelosi Nancy PelosiOvernight Defense: ...". The
    glued name repeats a word a few words before it (so "McConnell", "DeSantis" or
    "YouTube" are no such tokens). Read from the text once per Doc: most have none."""
    out: set[int] = set()
    for match in _GLUED.finditer(text):
        before = text[max(0, match.start() - 60) : match.start()].split()[-4:]
        if match.group(1) in before:
            span = doc.char_span(match.start(), match.end())
            if span is not None and len(span) == 1:
                out.add(span.start)
    return frozenset(out)


def is_possessive(token: Token) -> bool:
    return token.text in _POSSESSIVES or token.tag_ == "POS"


def norm_name(text: str) -> str:
    return norm(text)
