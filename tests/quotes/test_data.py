"""Schema of the quote stage's data files: every file loads, every entry is well formed."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from dateline.quotes import data

DATA = resources.files("dateline") / "data" / "quotes"


@pytest.mark.parametrize("name", ["cues.yaml", "media.yaml", "marks.yaml", "pronouns.yaml", "README.md"])
def test_data_file_exists(name: str) -> None:
    assert (DATA / name).is_file()


def test_data_cues_schema() -> None:
    raw = yaml.safe_load((DATA / "cues.yaml").read_text(encoding="utf-8"))
    assert set(raw) == {"verbs", "nouns", "prepositions", "surveys"}
    for group in raw["verbs"]:
        assert set(group) == {"class", "takes", "lemmas"}
        assert group["takes"] and set(group["takes"]) <= data.TAKES
        assert all(isinstance(w, str) and w == w.lower() and w.strip() == w and w for w in group["lemmas"])
    for key in ("nouns", "surveys"):
        assert all(isinstance(w, str) and w == w.lower() and w for w in raw[key])
    for phrase in raw["prepositions"]:
        assert isinstance(phrase, list) and phrase and all(isinstance(w, str) for w in phrase)


def test_data_media_schema() -> None:
    raw = yaml.safe_load((DATA / "media.yaml").read_text(encoding="utf-8"))
    assert set(raw) == {"channels", "audiences", "outlet_verbs", "cited_verbs"}
    for words in raw.values():
        assert words and all(isinstance(w, str) and w for w in words)


def test_data_marks_and_pronouns_schema() -> None:
    marks = yaml.safe_load((DATA / "marks.yaml").read_text(encoding="utf-8"))
    assert all(len(pair) == 2 and all(isinstance(m, str) and m for m in pair) for pair in marks["pairs"])
    pron = yaml.safe_load((DATA / "pronouns.yaml").read_text(encoding="utf-8"))
    assert set(pron) == {"person", "group", "thing"}


def test_data_loaders_build_lexicons() -> None:
    lex = data.cue_lexicon()
    assert lex.verbs["say"] >= {"clause", "quote"}
    assert "object" in lex.verbs["deny"]
    assert ("according", "to") in lex.prepositions
    assert "twitter" in data.media_lexicon().channels
    assert data.pronouns()["him"] == "person"
