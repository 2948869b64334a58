"""Schema test of the events stage's data files: every file loads, every rule parses, every
code is a CAMEO code, every class a rule names exists, no YAML key is given twice."""

from __future__ import annotations

import csv
import io
import re

import pytest
import yaml

from dateline.events.codebook import codebook, read_data_text
from dateline.events.patterns import PatternError, load_patterns, parse_rule

YAML_FILES = ["verbs.yaml", "nouns.yaml", "verbs_codebook.yaml", "nouns_codebook.yaml", "classes.yaml", "frames.yaml",
              "cues.yaml"]


class _UniqueKeyLoader(yaml.SafeLoader):
    """A YAML loader that refuses a key given twice (PyYAML keeps the last one silently)."""


def _no_duplicates(loader, node, deep=False):
    keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
    dupes = {k for k in keys if keys.count(k) > 1}
    if dupes:
        raise yaml.constructor.ConstructorError(None, None, f"duplicate keys {sorted(dupes)}", node.start_mark)
    return loader.construct_mapping(node, deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)


@pytest.mark.parametrize("name", YAML_FILES)
def test_data_yaml_loads_without_duplicate_keys(name):
    data = yaml.load(read_data_text("events", name), Loader=_UniqueKeyLoader)
    assert isinstance(data, dict) and data


@pytest.mark.parametrize("name", ["verbs.yaml", "nouns.yaml", "verbs_codebook.yaml", "nouns_codebook.yaml"])
def test_data_every_rule_is_a_quoted_string_with_a_known_code(name):
    data = yaml.safe_load(read_data_text("events", name))
    classes = load_patterns().classes
    for lemma, rules in data.items():
        assert isinstance(lemma, str) and lemma == lemma.lower(), lemma
        for rule in rules:
            assert isinstance(rule, str), f"{lemma}: {rule!r} must be quoted"
            parse_rule(rule, classes, f"{name}:{lemma}")


@pytest.mark.parametrize("rule, error", [
    ("999", "not a CAMEO code"),
    ("057 obj=@nosuchclass", "unknown class"),
    ("057 when=always", "cannot read"),
    ("", "empty rule"),
])
def test_data_bad_rules_are_refused(rule, error):
    with pytest.raises(PatternError, match=error):
        parse_rule(rule, load_patterns().classes)


def test_data_classes_are_lists_of_lowercase_words():
    for name, words in yaml.safe_load(read_data_text("events", "classes.yaml")).items():
        assert re.fullmatch(r"[a-z_]+", name), name
        assert words and all(isinstance(w, str) and w == w.lower() for w in words), name


def test_data_frames_map_to_codes_and_cues_are_word_lists():
    patterns = load_patterns()
    assert {f.name for f in patterns.frames.values()} == {"intent", "threat", "refusal", "appeal", "demand"}
    cues = yaml.safe_load(read_data_text("events", "cues.yaml"))
    for key, words in cues.items():
        assert isinstance(words, list) and all(isinstance(w, str) for w in words), key


def test_data_codebook_has_every_cameo_code_once():
    rows = list(csv.DictReader(io.StringIO(read_data_text("events", "cameo_codes.csv"))))
    codes = [r["code"] for r in rows]
    assert len(codes) == len(set(codes)) == 312
    assert {c for c in codes if len(c) == 2} == {f"{i:02d}" for i in range(1, 21)}
    for r in rows:
        assert re.fullmatch(r"\d{2,4}", r["code"]) and r["name"]
        assert -10.0 <= float(r["goldstein"]) <= 10.0


def test_data_plover_mapping_covers_every_event_code():
    book = codebook()
    rows = list(csv.DictReader(io.StringIO(read_data_text("events", "cameo_plover.csv"))))
    mapped = {r["code"] for r in rows}
    assert mapped == {c for c in book if len(c) > 2}
    for r in rows:
        assert r["basis"], r
        if r["code"][:2] not in ("01",):
            assert r["plover"], r


def test_data_actor_fallback_codes_are_cameo_shaped():
    lines = [ln for ln in read_data_text("events", "actor_fallback.csv").splitlines() if not ln.startswith("#")]
    rows = list(csv.DictReader(io.StringIO("\n".join(lines))))
    assert len(rows) > 200
    for r in rows:
        assert r["text"] == r["text"].lower().strip()
        assert re.fullmatch(r"[A-Z]{3}[A-Z]*", r["code"]), r
