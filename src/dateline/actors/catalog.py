"""The catalog of actor codes: canonical name, type and aliases of every code the data knows.

The store's ``actors`` table and ``dateline actors`` read it. Codes the resolver builds from
a country and a role ("TURGOVMIL", "RUSMED") are named by :func:`actor_name` even when no
data file lists them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from .data import load_yaml
from .found import country_of
from .lexicon import country_name, lexicon

#: What a CAMEO role code adds to a country's name.
ROLE_NAMES = {
    "": "",
    "GOV": "government",
    "GOVMIL": "defence establishment",
    "MIL": "military",
    "LEG": "legislature",
    "JUD": "judiciary",
    "COP": "police",
    "SPY": "intelligence services",
    "MED": "media",
    "BUS": "business",
    "OPP": "opposition",
    "REB": "rebels",
    "CVL": "civilians",
    "ELI": "elites",
    "EDU": "education",
    "REF": "refugees",
    "REL": "religious figures",
    "LAB": "labour",
    "PTY": "political party",
}

_ROLE_TYPES = {"": "country", "GOV": "government", "GOVMIL": "government", "MIL": "military", "MED": "media"}


@dataclass(slots=True)
class CatalogEntry:
    """One actor code."""

    code: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)


def actor_name(code: str) -> str:
    """A readable name for any actor code ("TURGOV" -> "Turkey government")."""
    catalog = actor_catalog()
    if code in catalog:
        return catalog[code].name
    return _derived_name(code)


def _derived_name(code: str) -> str:
    """ "TURGOVMIL" -> "Turkey defence establishment": the country's name and the role's."""
    country = country_of(code)
    if country is None:
        return code
    role = code[3:]
    label = ROLE_NAMES.get(role, role.lower())
    return f"{country_name(country)} {label}".strip()


@functools.lru_cache(maxsize=1)
def actor_catalog() -> dict[str, CatalogEntry]:
    """Every actor code of the data files: countries, their governments, bodies, media, groups."""
    lex = lexicon()
    out: dict[str, CatalogEntry] = {}

    def add(code: str | None, name: str, kind: str, alias: str) -> None:
        if not code:
            return
        entry = out.setdefault(code, CatalogEntry(code, name, kind))
        if alias not in entry.aliases:
            entry.aliases.append(alias)

    for code, name in lex.country_names.items():
        out[code] = CatalogEntry(code, name, "country", [name])
        out[code + "GOV"] = CatalogEntry(code + "GOV", f"{name} government", "government", [])
    for alias, entry in lex.forms:
        if entry.kind in ("country", "demonym"):
            add(entry.code, entry.name, "country", alias)
        elif entry.kind in ("capital", "seat"):
            add(entry.code, f"{entry.name} government", "government", alias)
        elif entry.kind == "media":
            country = country_of(entry.code)
            add(entry.code, f"{country_name(country)} media" if country else "media", "media", alias)
        elif entry.kind == "org" or (entry.kind == "place" and entry.code and entry.type != "location"):
            if (
                entry.code
                and country_of(entry.code)
                and entry.code[3:] in _ROLE_TYPES
                and entry.code not in out
            ):
                add(entry.code, _derived_name(entry.code), entry.type, alias)
            else:
                add(entry.code, entry.name, entry.type, alias)
    for item in load_yaml("organizations.yaml"):
        out[item["code"]].name = out[item["code"]].name or item["name"]
    for item in out.values():
        item.aliases.sort()
    return out


@functools.lru_cache(maxsize=1)
def object_catalog() -> dict[str, dict[str, object]]:
    """Named objects (weapon systems, treaties, ...) -> category, maker, country and aliases."""
    return {
        item["name"]: {
            "category": item["category"],
            "maker": item.get("maker"),
            "country": item.get("country"),
            "aliases": list(item.get("aliases") or []),
        }
        for item in load_yaml("objects.yaml")
    }
