"""Places the other data files do not name: cities, landmarks and "X Province".

A span spaCy tags as a place (GPE, LOC, FAC), or an unknown name whose last word says it is
one ("Sambisa Forest", "London Bridge"), is a location. Its country comes from, in order:
a known place inside the name or after a comma ("Canberra, Australia", "Idlib Province",
"London Bridge"); the city table (``cities.csv``, GeoNames), preferring a city in the
country the sentence or the article is about ("Cambridge" in a story about Boston); else
the country the sentence or the article is about. Waters ("the Gulf of Aden", "Caspian
Sea") are no country's: a location with no code.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from .data import fold, load_csv, load_yaml, norm, split_list
from .lexicon import Entry, lexicon

#: Cities below this population are not trusted to turn a PERSON or ORG span into a place.
BIG_CITY = 100_000


@dataclass(frozen=True, slots=True)
class City:
    """One row of ``cities.csv``."""

    name: str
    country: str
    population: int
    alias: bool  # matched through an alternate name, not the city's own


@functools.lru_cache(maxsize=1)
def cities() -> dict[str, tuple[City, ...]]:
    """Cities by lookup key, own names before alternate names, then by population."""
    table: dict[str, list[City]] = {}
    for row in load_csv("cities.csv"):
        population = int(row["population"] or 0)
        table.setdefault(norm(row["name"]), []).append(City(row["name"], row["country"], population, False))
        for alias in split_list(row["aliases"]):
            table.setdefault(norm(alias), []).append(City(row["name"], row["country"], population, True))
    return {
        key: tuple(sorted(found, key=lambda c: (c.alias, -c.population))) for key, found in table.items()
    }


@functools.lru_cache(maxsize=1)
def _place_words() -> dict[str, frozenset[str]]:
    data = load_yaml("places_words.yaml")
    keys = ("suffixes", "landmarks", "prefixes", "waters", "facilities", "nouns", "gangs")
    return {key: frozenset(fold(w).lower() for w in data[key]) for key in keys}


def suffixes() -> frozenset[str]:
    """Words after a place name that keep it a place of the same country ("Idlib Province")."""
    return _place_words()["suffixes"]


def landmark_heads() -> frozenset[str]:
    """Last words of names of buildings, streets and natural features ("Gate", "Forest")."""
    return _place_words()["landmarks"]


def landmark_prefixes() -> frozenset[str]:
    """First words of such names ("Fort", "Camp")."""
    return _place_words()["prefixes"]


def place_nouns() -> frozenset[str]:
    """Common nouns after "the" and a name that make the name a place ("the Balaclava region")."""
    return _place_words()["nouns"]


def place_noun_after(doc: Doc, end: int) -> bool:
    """Whether a place's common noun follows token ``end``, after at most two lower-case
    words ("[the Belbek] military airport", "[the Tal al Hawa] neighborhood")."""
    nouns = place_nouns()
    for i in range(end, min(end + 3, len(doc))):
        word = doc[i]
        if not (word.is_alpha and word.is_lower):
            return False
        if word.lower_ in nouns:
            return True
    return False


def gang_noun_after(doc: Doc, end: int) -> bool:
    """Whether a criminal group's noun follows token ``end``, after at most two lower-case
    words ("[Sinaloa] drug gang", "[the Gulf] cartel")."""
    for i in range(end, min(end + 3, len(doc))):
        word = doc[i]
        if not (word.is_alpha and word.is_lower):
            return False
        if word.lower_ in _place_words()["gangs"]:
            return True
    return False


def facility_heads() -> frozenset[str]:
    """Last words of institutions that are also places ("University", "Hospital")."""
    return _place_words()["facilities"]


def city_inside(words: Span) -> PlaceReading:
    """The country of a city named inside an institution's name ("Garissa University"),
    else no country (the caller takes the one in context)."""
    for token in words:
        found = city_countries(token.text, BIG_CITY) if token.is_title else ()
        if found:
            return PlaceReading(None, found)
    return PlaceReading(None)


def water_heads() -> frozenset[str]:
    """Words that name seas, gulfs and straits, which lie in no one country."""
    return _place_words()["waters"]


def city_countries(text: str, min_population: int = 0) -> tuple[str, ...]:
    """The countries of the cities a name may stand for, the likeliest first ("" if none)."""
    out: list[str] = []
    for city in cities().get(norm(text), ()):
        if city.population >= min_population and city.country not in out:
            out.append(city.country)
    return tuple(out)


def is_big_city(text: str, population: int = BIG_CITY) -> bool:
    """A city of at least ``population`` people, by its own name (not an alternate one)."""
    return any(not c.alias and c.population >= population for c in cities().get(norm(text), ()))


def _place_entry(text: str) -> Entry | None:
    """A lexicon entry that is a place, a country or a capital ("Idlib", "Australia", "DC")."""
    entry = lexicon().lookup(text)
    if entry is None or entry.kind in ("org", "media", "object", "non_actor"):
        return None
    if entry.kind in ("country", "demonym"):
        return entry if entry.code else None
    return entry if entry.place else None


def _entry_country(entry: Entry) -> str | None:
    return entry.code if entry.kind in ("country", "demonym") else entry.place


@dataclass(frozen=True, slots=True)
class PlaceReading:
    """What a place name says about its country: a known one, or candidates to choose from."""

    country: str | None  # known from the name itself
    candidates: tuple[str, ...] = ()  # cities of that name, likeliest first
    water: bool = False


def read_place(words: Span) -> PlaceReading | None:
    """The country a place name (without its article) lies in, as far as the name says.

    None when the name says nothing of a place (the caller decides whether the span is one).
    """
    tokens = [t for t in words]
    if not tokens:
        return None
    low = [fold(t.lower_) for t in tokens]
    if any(w in water_heads() for w in low):
        return PlaceReading(None, water=True)
    text = words.text
    # "Canberra, Australia", "Washington, DC": the most specific known part.
    if "," in text:
        parts = [p.strip() for p in text.split(",") if p.strip()]
        for part in parts:
            entry = _place_entry(part)
            if entry is not None:
                return PlaceReading(_entry_country(entry))
        for part in parts:
            found = city_countries(part)
            if found:
                return PlaceReading(None, found)
    # "Idlib Province", "Kandahar City": the name without its suffix.
    end = len(tokens)
    while end > 1 and low[end - 1] in suffixes():
        end -= 1
    core = words[:end].text if end < len(tokens) else text
    entry = _place_entry(core) if end < len(tokens) else None
    if entry is not None:
        return PlaceReading(_entry_country(entry))
    found = city_countries(core)
    if found:
        return PlaceReading(None, found)
    # "London Bridge", "Brandenburg Gate": a known place inside a landmark's name.
    if low[-1] in landmark_heads() or (low[0] in landmark_prefixes() and len(low) > 1) or end < len(tokens):
        for size in range(len(tokens) - 1, 0, -1):
            for start in range(0, len(tokens) - size + 1):
                part = words[start : start + size].text
                entry = _place_entry(part)
                if entry is not None:
                    return PlaceReading(_entry_country(entry))
        for size in range(len(tokens) - 1, 0, -1):
            for start in range(0, len(tokens) - size + 1):
                found = city_countries(words[start : start + size].text, BIG_CITY)
                if found:
                    return PlaceReading(None, found[:1])
        return PlaceReading(None)
    return None


def choose(reading: PlaceReading, preferred: list[str | None]) -> str | None:
    """The country of a place: the one its name gives, else a city in a preferred country
    (the sentence's, the article's), else the likeliest city, else the first preferred."""
    if reading.water:
        return None
    if reading.country:
        return reading.country
    for country in preferred:
        if country and country in reading.candidates:
            return country
    if reading.candidates:
        return reading.candidates[0]
    return next((c for c in preferred if c), None)
