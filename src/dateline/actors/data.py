"""Reading the actor data files under ``dateline/data/actors/`` (loaded once, cached).

Every file carries its provenance in a header comment; README.md in that folder explains
the coding conventions. Functions here only read and lightly validate; the lookup tables
are built in :mod:`dateline.actors.lexicon` and :mod:`dateline.actors.gazetteer`.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

#: The folder of this stage's data files (shipped inside the package).
DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"

#: The data files of this stage (the schema test loads each of them).
DATA_FILES: tuple[str, ...] = (
    "countries.csv",
    "places.csv",
    "organizations.yaml",
    "media.yaml",
    "objects.yaml",
    "non_actors.yaml",
    "context_names.yaml",
    "home_bodies.yaml",
    "titles.yaml",
    "office_holders.csv",
    "cities.csv",
    "places_words.yaml",
    "first_names.yaml",
)

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_SPACE = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(?:'s|(?<=s)')$")  # "Reuters'" -> "reuters", not "reuter"


def _text(name: str) -> str:
    return (DATA_DIR / name).read_text(encoding="utf-8")


@functools.cache
def load_yaml(name: str) -> Any:
    """A YAML data file, parsed."""
    return yaml.safe_load(_text(name))


@functools.cache
def load_csv(name: str) -> tuple[dict[str, str], ...]:
    """A CSV data file as rows of strings; lines starting with ``#`` are comments."""
    lines = [line for line in _text(name).splitlines() if line.strip() and not line.startswith("#")]
    return tuple({k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines))


def split_list(value: str) -> list[str]:
    """A ``|``-separated cell as a list of non-empty, stripped items."""
    return [item.strip() for item in value.split("|") if item.strip()]


def fold(text: str) -> str:
    """Accents removed and typographic quotes and dashes made plain ("Erdoğan" -> "Erdogan")."""
    if text.isascii() and "`" not in text:
        return text  # nothing to fold (most names): this test saves a fifth of the actors stage
    text = text.translate(_QUOTES)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def norm(text: str) -> str:
    """The lookup key of a name: folded, lower case, one space, no leading "the", no possessive."""
    key = _SPACE.sub(" ", fold(text)).strip().lower()
    if key.startswith("the "):
        key = key[4:]
    key = _POSSESSIVE.sub("", key).rstrip(" '")
    return key


def iter_aliases(entry: dict[str, Any]) -> Iterator[str]:
    """The name and aliases of a YAML entry, without duplicates, in file order."""
    seen: set[str] = set()
    for alias in [entry.get("name"), *(entry.get("aliases") or [])]:
        if alias and alias not in seen:
            seen.add(alias)
            yield str(alias)
