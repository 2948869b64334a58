"""The name lexicon: countries, demonyms, capitals, seats, bodies, media, objects."""

from __future__ import annotations

import pytest

from dateline.actors.catalog import actor_catalog, actor_name, object_catalog
from dateline.actors.lexicon import lexicon


@pytest.mark.parametrize(
    ("name", "code", "kind"),
    [
        ("Turkey", "TUR", "country"),
        ("Türkiye", "TUR", "country"),
        ("Turkish", "TUR", "demonym"),
        ("U.S.", "USA", "country"),
        ("US", "USA", "country"),
        ("America's", "USA", "country"),
        ("the United States", "USA", "country"),
        ("Russian", "RUS", "demonym"),
        ("North Korea's", "PRK", "country"),
        ("DPRK", "PRK", "country"),
        ("Iran", "IRN", "country"),
        ("Ankara", "TURGOV", "capital"),
        ("Pyongyang", "PRKGOV", "capital"),
        ("Kremlin", "RUSGOV", "seat"),
        ("the White House", "USAGOV", "seat"),
        ("Downing Street", "GBRGOV", "seat"),
        ("NATO", "IGOWSTNAT", "org"),
        ("United Nations", "IGOUNO", "org"),
        ("EU", "IGOEUREEC", "org"),
        ("Pentagon", "USAGOVMIL", "org"),
        ("Hezbollah", "LBNREBHEZ", "org"),
        ("Milliyet", "TURMED", "media"),
        ("TASS", "RUSMED", "media"),
        ("The Hill", "USAMED", "media"),
        ("S-400s", None, "object"),
        ("F-35", None, "object"),
        ("COVID-19", None, "non_actor"),
        ("Aleppo", "SYR", "place"),
        ("California", "USA", "place"),
    ],
)
def test_lexicon_lookup(name: str, code: str | None, kind: str) -> None:
    entry = lexicon().lookup(name)
    assert entry is not None
    assert (entry.code, entry.kind) == (code, kind)


@pytest.mark.parametrize("name", ["us", "who", "Hill", "is", "North"])
def test_lexicon_no_false_friends(name: str) -> None:
    """Pronouns and words that share spelling with an acronym or a partial name resolve to nothing."""
    assert lexicon().lookup(name) is None


@pytest.mark.parametrize(
    ("code", "name", "kind", "alias"),
    [
        ("TUR", "Turkey", "country", "Turkish"),
        ("TURGOV", "Turkey government", "government", "Ankara"),
        ("IGOWSTNAT", "NATO", "organization", "North Atlantic Treaty Organization"),
        ("RUSMED", "Russia media", "media", "TASS"),
    ],
)
def test_catalog_entries(code: str, name: str, kind: str, alias: str) -> None:
    entry = actor_catalog()[code]
    assert (entry.name, entry.type) == (name, kind)
    assert alias in entry.aliases


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("TURGOVMIL", "Turkey defence establishment"),
        ("USAELI", "United States elites"),
        ("IGOUNO", "United Nations"),
    ],
)
def test_catalog_actor_name(code: str, name: str) -> None:
    assert actor_name(code) == name


def test_catalog_objects() -> None:
    s400 = object_catalog()["S-400"]
    assert (s400["category"], s400["maker"], s400["country"]) == ("air defence system", "Almaz-Antey", "RUS")


@pytest.mark.parametrize(
    ("alias", "name", "role"),
    [
        # an entry named for a kind of body: each alias is a body named by itself, the kind is its role
        ("Boeing", "Boeing", "American companies"),
        ("Twitter", "Twitter", "American companies"),
        ("Gazprom", "Gazprom", "Russian companies"),
        ("FSB", "FSB", "Russian intelligence services"),
        # an entry for one body keeps its name for every alias
        ("North Atlantic Treaty Organization", "NATO", None),
    ],
)
def test_lexicon_bodies_of_a_kind_are_named_by_themselves(alias: str, name: str, role: str | None) -> None:
    entry = lexicon().lookup(alias)
    assert entry is not None and (entry.name, entry.role) == (name, role)
