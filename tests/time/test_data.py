"""The grammar's data files: every file loads, has its provenance, the right keys, and
every pattern and anchor compiles (after word classes are expanded)."""

from __future__ import annotations

import re

import pytest
import yaml

from dateline.time.grammar import CHECKS, DATA_DIR, NORMS, TYPES, build_macros, compile_rule, grammar

LEXICON_TABLES = {
    "months": dict, "ambiguous_months": list, "weekdays": dict, "numbers": dict,
    "vague_numbers": list, "ordinals": dict, "units": dict, "seasons": dict, "day_parts": dict,
    "deictic_days": dict, "relative_words": dict, "anaphoric_relative_words": list,
    "offset_words": dict, "refs": dict, "frequency_words": dict, "modifiers": dict,
    "offset_mods": dict, "suffix_modifiers": dict, "holidays_fixed": dict,
    "holidays_nth_weekday": dict, "holidays_easter": dict, "timezones": list, "date_cues": list,
    "age_cues": list, "adverb_only_frequency": list, "always_nouns": list,
}
RULE_KEYS = {"name", "type", "norm", "pattern", "anchor", "params", "checks", "needs_mod"}


def _yaml(name):
    return yaml.safe_load((DATA_DIR / name).read_text(encoding="utf-8"))


def test_data_files_have_provenance():
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8")
    assert "License" in readme or "license" in readme
    for name in ("lexicon.yaml", "patterns.yaml", "tense.yaml"):
        head = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()[:3]
        assert any("Provenance" in line for line in head), name


def test_data_lexicon_schema():
    lex = _yaml("lexicon.yaml")
    assert set(lex) == set(LEXICON_TABLES)
    for name, kind in LEXICON_TABLES.items():
        assert isinstance(lex[name], kind), name
    assert sorted(set(lex["months"].values())) == list(range(1, 13))
    assert sorted(set(lex["weekdays"].values())) == list(range(1, 8))
    for unit, spec in lex["units"].items():
        assert {"letter", "granularity"} <= set(spec), unit
    for value in lex["refs"].values():
        assert value in ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
    for word, spec in lex["modifiers"].items():
        assert set(spec["for"]) <= {"point", "amount"}, word
    for word, spec in lex["offset_words"].items():
        assert spec["sign"] in (-1, 1) and spec["anchor"] in ("article", "reference"), word
    for name, (month, day) in lex["holidays_fixed"].items():
        assert 1 <= month <= 12 and 1 <= day <= 31, name
    for name, (month, weekday, n, *after) in lex["holidays_nth_weekday"].items():
        assert 1 <= month <= 12 and 1 <= weekday <= 7 and n in (-1, 1, 2, 3, 4), name
        assert after in ([], [1], [2], [3], [4], [5], [6]), name


TENSE_LISTS = {"future_auxiliaries", "modal_future", "plan_verbs", "expecting_verbs",
               "scheduling_verbs", "scheduled_present_verbs", "reporting_verbs", "reported_forms",
               "endpoint_words", "ahead_words", "future_cues", "past_cues"}


def test_data_tense_schema():
    words = _yaml("tense.yaml")
    assert set(words) == TENSE_LISTS
    for name, items in words.items():
        assert items and all(isinstance(w, str) and w == w.lower() for w in items), name
        assert len(set(items)) == len(items), name


@pytest.mark.parametrize("raw", _yaml("patterns.yaml")["rules"], ids=lambda r: r["name"])
def test_data_rule_compiles(raw):
    assert set(raw) <= RULE_KEYS
    assert raw["type"] in TYPES and raw["norm"] in NORMS
    assert set(raw.get("checks", [])) <= set(CHECKS)
    rule = compile_rule(raw, build_macros(_yaml("lexicon.yaml")))
    assert isinstance(rule.regex, re.Pattern) and rule.anchor is not None


def test_data_rule_names_unique_and_grammar_loads():
    names = [r["name"] for r in _yaml("patterns.yaml")["rules"]]
    assert len(names) == len(set(names))
    assert len(grammar().rules) == len(names)
