"""Rule selection and frames, without the model: (features) -> code."""

from __future__ import annotations

import pytest

from dateline.events.patterns import best_rule, load_patterns


def _pick(table: str, lemma: str, words: set[str], preps: set[str] = frozenset(), comp: str | None = None,
          clause: bool = False) -> str | None:
    patterns = load_patterns()
    rules = (patterns.verbs if table == "verb" else patterns.nouns)[lemma]
    words = set(words) | ({"@dobj"} if words else set())
    rule = best_rule(rules, frozenset(words), frozenset(preps), comp, clause)
    return rule.code if rule else None


@pytest.mark.parametrize("table, lemma, words, preps, code", [
    ("verb", "suspend", {"delivery", "jet", "fighter"}, set(), "1622"),
    ("verb", "suspend", {"aid"}, set(), "162"),
    ("verb", "suspend", {"talk"}, set(), "164"),
    ("verb", "suspend", {"relation"}, set(), "161"),
    ("verb", "suspend", {"flight"}, set(), "160"),
    ("verb", "impose", {"sanction"}, {"on"}, "163"),
    ("verb", "impose", {"curfew"}, set(), "1723"),
    ("verb", "impose", {"tax"}, set(), "none"),
    ("verb", "lift", {"sanction"}, set(), "085"),
    ("verb", "lift", {"curfew"}, set(), "0813"),
    ("verb", "release", {"prisoner"}, set(), "0841"),
    ("verb", "release", {"report"}, set(), "none"),
    ("verb", "release", {"vessel"}, set(), "0842"),
    ("verb", "sign", {"agreement"}, {"with"}, "057"),
    ("verb", "sign", {"law"}, set(), "none"),
    ("verb", "accuse", {"corruption"}, {"of"}, "1121"),
    ("verb", "accuse", {"genocide"}, {"of"}, "1124"),
    ("verb", "accuse", set(), set(), "112"),
    ("verb", "deliver", {"missile"}, {"to"}, "062"),
    ("verb", "deliver", {"food"}, {"to"}, "073"),
    ("verb", "deliver", {"speech"}, set(), None),
    ("verb", "provide", {"loan"}, set(), "071"),
    ("verb", "provide", {"asylum"}, set(), "075"),
    ("verb", "send", {"troop"}, set(), "074"),
    ("verb", "send", {"peacekeeper"}, set(), "074"),
    ("verb", "expel", {"diplomat"}, set(), "161"),
    ("verb", "expel", {"inspector"}, set(), "1662"),
    ("verb", "expel", {"journalist"}, set(), "174"),
    ("verb", "call", {"ceasefire"}, {"for"}, "0256"),
    ("verb", "call", set(), {"on"}, "020"),
    ("verb", "declare", {"ceasefire"}, set(), "0871"),
    ("verb", "declare", {"emergency"}, set(), "1724"),
    ("verb", "withdraw", {"troop"}, {"from"}, "087"),
    ("verb", "withdraw", {"talk"}, {"from"}, "164"),
    ("verb", "attack", {"drone"}, set(), "195"),
    ("noun", "strike", {"air"}, {"on"}, "195"),
    ("noun", "strike", {"hunger"}, set(), "142"),
    ("noun", "strike", set(), {"for"}, "143"),
    ("noun", "attack", {"chemical"}, {"on"}, "2041"),
    ("noun", "delivery", {"missile"}, {"to"}, "062"),
    ("noun", "talk", set(), {"with"}, "046"),  # codebook: holding talks is negotiating
    ("noun", "agreement", set(), {"with"}, "057"),
])
def test_patterns_best_rule(table, lemma, words, preps, code):
    assert _pick(table, lemma, words, preps) == code


@pytest.mark.parametrize("frame_lemma, complement, code", [
    ("threaten", "163", "1312"),
    ("threaten", "1622", "1311"),
    ("threaten", "161", "1313"),
    ("threaten", "190", "1384"),
    ("threaten", "195", "1384"),
    ("threaten", "1723", "1323"),
    ("threaten", None, "130"),
    ("agree", "0841", "0353"),
    ("agree", "085", "0354"),
    ("agree", "040", "036"),
    ("agree", "062", "0312"),
    ("agree", "073", "0333"),
    ("agree", "057", "030"),
    ("agree", None, "030"),
    ("vow", "190", "138"),
    ("refuse", "0841", "1243"),
    ("refuse", "040", "125"),
    ("refuse", "085", "1244"),
    ("refuse", "086", "1245"),
    ("refuse", "087", "1246"),
    ("refuse", "190", None),
    ("refuse", "010", "011"),
    ("urge", "0841", "0253"),
    ("urge", "046", "026"),
    ("urge", "087", "0256"),
    ("urge", "073", "0233"),
    ("urge", None, "020"),
    ("demand", "0841", "1053"),
    ("demand", "085", "1054"),
    ("demand", "087", "1056"),
    ("demand", "040", "106"),
    ("demand", None, "100"),
])
def test_patterns_frame_code_for_complement(frame_lemma, complement, code):
    assert load_patterns().frames[frame_lemma].code_for(complement) == code
