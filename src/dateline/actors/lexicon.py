"""The name lexicon: every known name of a country, place, organization, outlet or object.

Built once per process from the data files (``lexicon()`` is cached) and read-only after.
A name is looked up by its :func:`~dateline.actors.data.norm` key; short all-capital
acronyms ("US", "WHO", "IS") only match in capitals, so "us" and "who" never resolve.
When two files give the same name, the first kind loaded wins, in this order: countries,
their seats and capitals, organizations, media, objects, places, US states.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

import pycountry

from .data import fold, iter_aliases, load_csv, load_yaml, norm, split_list

#: Types of organization entries that name a part of a government rather than a body of its own.
ORG_TYPES = {
    "organization",
    "government",
    "military",
    "legislature",
    "judiciary",
    "police",
    "intelligence",
    "armed_group",
    "ngo",
    "party",
    "group",
    "region",
}

#: Mention type of each organization entry type (the contract's types; see README.md).
MENTION_TYPE = {
    "organization": "organization",
    "government": "government",
    "military": "military",
    "legislature": "government",
    "judiciary": "government",
    "police": "government",
    "intelligence": "government",
    "armed_group": "organization",
    "ngo": "organization",
    "party": "organization",
    "group": "group",
    "region": "location",
}


@dataclass(frozen=True, slots=True)
class Entry:
    """What a name stands for.

    ``code`` and ``type`` are the reading as an actor; ``place`` is the country code when
    the name, read as a location ("in Ankara"), is a place rather than an actor.
    """

    key: str  # unique id, also the entity ruler pattern id
    code: str | None
    name: str
    type: str
    kind: str  # country, demonym, capital, seat, place, org, media, object, non_actor
    place: str | None = None
    role: str | None = None  # objects: their category; a body of an entry named for a kind of body: the kind


@dataclass(slots=True)
class Lexicon:
    """Lookup tables from names to entries (filled once by :func:`lexicon`)."""

    exact: dict[str, Entry] = field(default_factory=dict)
    lower: dict[str, Entry] = field(default_factory=dict)
    by_key: dict[str, Entry] = field(default_factory=dict)
    # entry key -> the surface forms that go to the entity ruler, with their label
    ruler: list[tuple[str, str, str]] = field(default_factory=list)
    country_names: dict[str, str] = field(default_factory=dict)  # ISO3 -> short name
    agents: dict[str, str] = field(default_factory=dict)  # agent noun phrase -> role code
    forms: list[tuple[str, Entry]] = field(default_factory=list)  # every (name as written, entry)
    _ruled: dict[str, str] = field(default_factory=dict)  # a ruler name -> its entry's key

    def add(self, alias: str, entry: Entry, ruler_label: str | None = None) -> None:
        self.by_key.setdefault(entry.key, entry)
        folded = fold(alias).strip()
        exact_key = norm(alias)
        if not exact_key:
            return
        self.forms.append((alias, entry))
        if _is_acronym(folded) or (folded.startswith("The ") and entry.kind in ("media", "org")):
            # "US" and "WHO" only in capitals; "The Hill" only with its article ("Hill" is not it).
            self.exact.setdefault(folded, entry)
        else:
            self.lower.setdefault(exact_key, entry)
        if ruler_label:
            # One entry per name, the one ``lookup`` gives (the first added): two entries for
            # one name would leave the ruler's choice to the order of hashes.
            if self._ruled.setdefault(alias, entry.key) != entry.key:
                return
            self.ruler.append((alias, ruler_label, entry.key))
            titled = " ".join(
                w[:1].upper() + w[1:] if w.islower() and len(w) > 3 else w for w in alias.split()
            )
            if titled != alias:
                self.ruler.append((titled, ruler_label, entry.key))

    def lookup(self, text: str) -> Entry | None:
        """The entry a name stands for, or None."""
        folded = fold(text).strip()
        bare = folded[4:] if folded.lower().startswith("the ") else folded
        for candidate in (folded, _POSSESSIVE.sub("", folded), bare, _POSSESSIVE.sub("", bare)):
            if candidate in self.exact:
                return self.exact[candidate]
        return self.lower.get(norm(text))


_POSSESSIVE = re.compile(r"(?:'s|')$")


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return 0 < len(letters) <= 4 and all(c.isupper() for c in letters) and " " not in text


def _ruler_ok(alias: str, excluded: set[str]) -> bool:
    """Only capitalized names that are not on the exclusion list go to the entity ruler."""
    return alias not in excluded and (alias[0].isupper() or alias[0].isdigit()) and len(alias) > 1


def _country_rows() -> Iterable[dict[str, str]]:
    return load_csv("countries.csv")


def _load_countries(lex: Lexicon) -> None:
    rows = {row["code"]: row for row in _country_rows()}
    names: dict[str, str] = {}
    for country in pycountry.countries:
        row = rows.get(country.alpha_3)
        names[country.alpha_3] = (
            (row or {}).get("name") or getattr(country, "common_name", None) or country.name
        )
    for code, row in rows.items():
        names.setdefault(code, row["name"])
    lex.country_names.update(names)
    # Names first (all countries), then demonyms, then seats and capitals: a country name never
    # loses to a capital of the same spelling.
    for code, name in names.items():
        entry = Entry(f"country:{code}", code, name, "country", "country")
        forms = [name]
        record = pycountry.countries.get(alpha_3=code)
        if record is not None:
            forms += [getattr(record, a, None) or "" for a in ("name", "common_name", "official_name")]
        forms += split_list(rows.get(code, {}).get("aliases", ""))
        for form in forms:
            if form and "," not in form:
                lex.add(form, entry)
    for code, row in rows.items():
        entry = Entry(f"country:{code}", code, names[code], "country", "demonym")
        for form in split_list(row.get("demonyms", "")):
            lex.add(form, entry)
    for code, row in rows.items():
        gov = Entry(f"seat:{code}", f"{code}GOV", names[code], "government", "seat", place=code)
        for form in split_list(row.get("seats", "")):
            lex.add(form, gov, "ORG")
        cap = Entry(f"capital:{code}", f"{code}GOV", names[code], "government", "capital", place=code)
        for form in split_list(row.get("capital", "")):
            lex.add(form, cap)


#: Last words of an entry named for a kind of body ("American companies": Boeing, Twitter...).
#: Each of its aliases is a body of its own, named by itself; the kind is its role, and names
#: the code in the store's actors table (USABUS is every American company, not Boeing).
_KINDS_OF_BODY = frozenset({"companies", "ministries", "agencies", "services"})


def _load_organizations(lex: Lexicon, excluded: set[str]) -> None:
    for i, item in enumerate(load_yaml("organizations.yaml")):
        kind = item["type"]
        entry = Entry(f"org:{i}", item["code"], item["name"], MENTION_TYPE[kind], "org", place=item.get("building"))
        label = "NORP" if kind in ("group", "region", "party") else "ORG"
        several = item["name"].split()[-1].lower() in _KINDS_OF_BODY
        for j, alias in enumerate(iter_aliases(item)):
            ok = kind not in ("group", "region", "party") and _ruler_ok(alias, excluded)
            own = replace(entry, key=f"org:{i}:{j}", name=alias, role=item["name"]) if several else entry
            lex.add(alias, own, label if ok else None)


def _load_media(lex: Lexicon, excluded: set[str]) -> None:
    for i, item in enumerate(load_yaml("media.yaml")):
        entry = Entry(f"media:{i}", f"{item['country']}MED", item["name"], "media", "media")
        for alias in iter_aliases(item):
            lex.add(alias, entry, "ORG" if _ruler_ok(alias, excluded) else None)


def _load_objects(lex: Lexicon, excluded: set[str]) -> None:
    for i, item in enumerate(load_yaml("objects.yaml")):
        entry = Entry(f"object:{i}", None, item["name"], "object", "object", role=item["category"])
        for alias in iter_aliases(item):
            forms = [alias, alias + "s"] if item.get("plural") else [alias]
            for form in forms:
                lex.add(form, entry, "PRODUCT" if _ruler_ok(form, excluded) else None)


def _load_non_actors(lex: Lexicon) -> None:
    for i, item in enumerate(load_yaml("non_actors.yaml")["non_actors"]):
        entry = Entry(f"non_actor:{i}", None, item["label"], "non_actor", "non_actor")
        for alias in item["aliases"]:
            lex.add(alias, entry, item["label"] if alias[0].isupper() else None)


def _load_places(lex: Lexicon) -> None:
    for i, row in enumerate(load_csv("places.csv")):
        country = row["country"] or None
        if row["metonym"]:
            metonym = row["metonym"]
            kind_type = "organization" if metonym.startswith(("IGO", "NGO")) else "government"
            entry = Entry(f"place:{i}", metonym, row["name"], kind_type, "place", place=country)
        else:
            entry = Entry(f"place:{i}", country, row["name"], "location", "place", place=country)
        lex.add(row["name"], entry)
    # Subdivisions (ISO 3166-2): US states, provinces, governorates. A name two countries use
    # for a subdivision is left out; a name the lexicon already has keeps its first meaning.
    # US states come first ("Maryland" is also a county of Liberia).
    generic = {norm(w) for w in load_yaml("non_actors.yaml")["generic_places"]}
    owners: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        owners.setdefault(norm(sub.name), set()).add(sub.country_code)
    subdivisions = sorted(pycountry.subdivisions, key=lambda s: s.country_code != "US")
    for sub in subdivisions:
        key = norm(sub.name)
        if key in generic or key in lex.lower or (len(owners[key]) > 1 and sub.country_code != "US"):
            continue
        owner = pycountry.countries.get(alpha_2=sub.country_code)
        if owner is None:
            continue
        code = owner.alpha_3
        lex.add(sub.name, Entry(f"place:{sub.code}", code, sub.name, "location", "place", place=code))


def _load_agents(lex: Lexicon) -> None:
    lex.agents.update({k.lower(): v for k, v in load_yaml("titles.yaml")["agents"].items()})


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon, built once per process from the data files."""
    lex = Lexicon()
    excluded = set(load_yaml("non_actors.yaml")["ruler_exclude"])
    _load_countries(lex)
    _load_organizations(lex, excluded)
    _load_media(lex, excluded)
    _load_objects(lex, excluded)
    _load_non_actors(lex)
    _load_places(lex)
    _load_agents(lex)
    return lex


def country_name(code: str) -> str:
    """The short name of a country code ("TUR" -> "Turkey"); the code itself if unknown."""
    return lexicon().country_names.get(code, code)


def actor_name(code: str | None, kind: str, name: str | None) -> str | None:
    """The name of the actor a mention stands for. A place ("Ohio", "in Vienna": type
    location, its country's code, as the labelling conventions and CAMEO's country
    dictionaries code cities and states) stands for its country: "Ohio sued China" is an
    event of the United States, not of an actor named Ohio. Its own name stays the mention's."""
    if kind == "location" and code and code in lexicon().country_names:
        return lexicon().country_names[code]
    return name


def entry_json(entry: Entry) -> dict[str, Any]:
    """A plain-dict view of an entry (for the catalog and debugging)."""
    return {"code": entry.code, "name": entry.name, "type": entry.type, "kind": entry.kind}


@functools.lru_cache(maxsize=1)
def home_bodies() -> dict[str, dict[str, Any]]:
    """Names of bodies many states have ("Supreme Court"), by lookup key (home_bodies.yaml)."""
    return {norm(item["name"]): item for item in load_yaml("home_bodies.yaml")}


@functools.lru_cache(maxsize=1)
def context_names() -> dict[str, list[dict[str, Any]]]:
    """Names that stand for an actor only in context ("the North"), by lookup key: the rules
    for each name, in file order."""
    out: dict[str, list[dict[str, Any]]] = {}
    for item in load_yaml("context_names.yaml"):
        out.setdefault(norm(item["name"]), []).append(item)
    return out
