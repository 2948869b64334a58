"""Schema of the actor data files: every file loads, every row has its keys and valid values."""

from __future__ import annotations

import datetime as dt
import re

import pycountry
import pytest

from dateline.actors.data import DATA_DIR, DATA_FILES, fold, load_csv, load_yaml, norm, split_list
from dateline.actors.lexicon import MENTION_TYPE, lexicon

CODE = re.compile(r"^[A-Z]{3,12}$")
ISO3 = {c.alpha_3 for c in pycountry.countries}
EXTRA_COUNTRIES = {"XKX", "USR"}  # Kosovo, the Soviet Union (see README.md)
CLASSES = {
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
    "legislator",
    "igo_head",
    "other",
}


def test_data_files_all_present_with_provenance() -> None:
    names = {p.name for p in DATA_DIR.iterdir()}
    assert set(DATA_FILES) <= names
    for name in DATA_FILES:
        head = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()[:12]
        assert any(line.startswith("#") and "ource" in line for line in head), (
            f"{name} has no provenance note"
        )


@pytest.mark.parametrize("name", [n for n in DATA_FILES if n.endswith(".yaml")])
def test_data_yaml_files_load(name: str) -> None:
    assert load_yaml(name)


def test_data_countries_rows() -> None:
    rows = load_csv("countries.csv")
    assert len(rows) > 190
    for row in rows:
        assert row["code"] in ISO3 | EXTRA_COUNTRIES, row
        assert row["name"], row


def test_data_places_rows() -> None:
    for row in load_csv("places.csv"):
        assert row["name"] and row["kind"], row
        assert not row["country"] or row["country"] in ISO3, row
        assert not row["metonym"] or CODE.match(row["metonym"]), row


@pytest.mark.parametrize("name", ["organizations.yaml"])
def test_data_organizations_rows(name: str) -> None:
    for item in load_yaml(name):
        assert CODE.match(item["code"]), item
        assert item["type"] in MENTION_TYPE, item
        assert item["name"], item
        # A comma inside an unquoted YAML list splits a name in two; no alias may be a stray part.
        for alias in item["aliases"]:
            assert isinstance(alias, str) and alias.strip() == alias and alias, item


def test_data_media_rows() -> None:
    for item in load_yaml("media.yaml"):
        assert item["country"] in ISO3, item
        assert item["aliases"], item


def test_data_objects_rows() -> None:
    for item in load_yaml("objects.yaml"):
        assert item["category"] and item["aliases"], item
        assert item.get("country") is None or item["country"] in ISO3 | {"EUR"}, item


def test_data_titles_keys() -> None:
    data = load_yaml("titles.yaml")
    for phrase, spec in data["titles"].items():
        assert phrase == phrase.lower(), phrase
        assert spec["class"] in CLASSES, phrase
        assert spec.get("code") is None or CODE.match(spec["code"]), phrase
        assert spec.get("country") is None or spec["country"] in ISO3, phrase
    for phrase, target in data["descriptions"].items():
        assert target in data["titles"], phrase
    for phrase, code in data["agents"].items():
        assert CODE.match(code), phrase
    for mapping in ("org_heads", "org_prefixes", "title_domains"):
        assert all(CODE.match(c) for c in data[mapping].values()), mapping


def test_data_office_holders_rows() -> None:
    rows = load_csv("office_holders.csv")
    assert len(rows) > 500
    for row in rows:
        start = dt.date.fromisoformat(row["valid_from"])
        end = dt.date.fromisoformat(row["valid_to"]) if row["valid_to"] else None
        assert end is None or end >= start, row
        assert start.year >= 1920, row  # founders of states (Atatürk, 1923) are the earliest listed
        assert row["class"] in CLASSES, row
        assert row["country"] in ISO3 | EXTRA_COUNTRIES or row["country"].startswith("IGO"), row
        assert not row["code"] or CODE.match(row["code"]), row
        assert row["approx"] in ("", "1"), row
        assert all(split_list(row["short"])) if row["short"] else True


def test_data_office_holders_no_overlapping_terms_in_one_office() -> None:
    """No two people hold a head-of-state/government or minister office of one country at once."""
    offices: dict[tuple[str, str], list[tuple[dt.date, dt.date, str]]] = {}
    for row in load_csv("office_holders.csv"):
        if (
            row["class"] not in ("head_of_government", "foreign_minister", "defence_minister")
            or row["approx"]
        ):
            continue
        end = dt.date.fromisoformat(row["valid_to"]) if row["valid_to"] else dt.date(2100, 1, 1)
        offices.setdefault((row["country"], row["class"]), []).append(
            (dt.date.fromisoformat(row["valid_from"]), end, row["name"])
        )
    for office, terms in offices.items():
        terms.sort()
        for (_, end, who), (start, _, other) in zip(terms, terms[1:], strict=False):
            # A handover day may be counted in both terms.
            assert start >= end - dt.timedelta(days=1), (office, who, other)


def test_data_lexicon_builds_and_has_ruler_patterns() -> None:
    lex = lexicon()
    assert len(lex.lower) > 5000
    assert lex.ruler
    assert all(label for _, label, _ in lex.ruler)


@pytest.mark.parametrize(("text", "folded"), [
    ("Erdogan", "Erdogan"),
    ("Erdoğan", "Erdogan"),
    ("Lavrov’s", "Lavrov's"),
    ("Lavrov`s", "Lavrov's"),  # a backtick is ASCII and still folds
    ("“Ankara”", '"Ankara"'),
    ("Jean-Yves Le Drian — France", "Jean-Yves Le Drian - France"),
    ("São Tomé", "Sao Tome"),
    ("", ""),
])
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(("text", "key"), [
    ("The  Kremlin", "kremlin"),
    ("Erdoğan’s", "erdogan"),
    ("Turkey`s", "turkey"),
    ("the United States'", "united states"),
])
def test_norm(text: str, key: str) -> None:
    assert norm(text) == key
