"""The event scorers: actor prefixes, P/R/F1 per story, PLV marks, and the evaluation gate."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from dateline.eval.events import PRF, GsrStory, PlvRow, _gsr_date, _spans, actor_prefix, predict_plv, score_gsr

from ..conftest import shared_path
from .conftest import HERE


@pytest.mark.parametrize("code, prefix", [
    ("TURGOV", "TUR"), ("TUR", "TUR"), ("USAMILGOV", "USA"), ("IGOUNOMIL", "IGOUNO"), ("IGOEUREEC", "IGOEUR"),
    ("---GOV", "---"), (None, "---"), ("", "---"), ("rus", "RUS"),
])
def test_eval_actor_prefix(code, prefix):
    assert actor_prefix(code) == prefix


@pytest.mark.parametrize("predicted, gold, tp, p, r", [
    ([("A", "B", "1")], [("A", "B", "1")], 1, 1.0, 1.0),
    ([("A", "B", "1"), ("A", "B", "1")], [("A", "B", "1")], 1, 0.5, 1.0),
    ([], [("A", "B", "1")], 0, 0.0, 0.0),
    ([("B", "A", "1")], [("A", "B", "1")], 0, 0.0, 0.0),
])
def test_eval_prf_counts_multisets(predicted, gold, tp, p, r):
    prf = PRF()
    prf.add(predicted, gold)
    assert (prf.tp, prf.precision, prf.recall) == (tp, p, r)


@pytest.mark.parametrize("marked, plain, source, target", [
    ("<s>Iran</s> attacked <t>Iraq</t>.", "Iran attacked Iraq.", (0, 4), (14, 18)),
    ("Talks: <t>Iraq</t> was hit by <s>Iran</s>", "Talks: Iraq was hit by Iran", (23, 27), (7, 11)),
])
def test_eval_plv_marks_become_spans(marked, plain, source, target):
    assert _spans(marked) == (plain, source, target)


@pytest.mark.parametrize("text, date", [("20080804", dt.date(2008, 8, 4)), ("121108", dt.date(2012, 11, 8))])
def test_eval_gsr_dates(text, date):
    assert _gsr_date(text) == date


@pytest.mark.model
def test_eval_gsr_scores_a_story(nlp):
    stories = [GsrStory("s1", dt.date(2020, 1, 1), "Russia attacked Ukraine.", [("RUSMIL", "UKR", "190")]),
               GsrStory("s2", dt.date(2020, 1, 1), "The weather was fine in Paris.", [])]
    report = score_gsr(stories, nlp)
    assert (report.code.tp, report.code.predicted, report.code.gold) == (1, 1, 1)
    assert report.sentences == 2 and report.events_per_sentence == 0.5


@pytest.mark.model
def test_eval_gsr_skips_records_without_text(nlp):
    stories = [GsrStory("s1", dt.date(2020, 1, 1), "Russia attacked Ukraine.", [("RUSMIL", "UKR", "190")]),
               GsrStory("s2", dt.date(2020, 1, 1), "", [("RUS", "UKR", "190")])]
    report = score_gsr(stories, nlp)
    assert (report.code.tp, report.code.gold, report.sentences) == (1, 1, 1)
    assert (report.skipped, report.skipped_gold) == (1, 1)


@pytest.mark.model
@pytest.mark.parametrize("marked, gold", [
    ("<s>The rebels</s> said they would release <t>the hostages</t> next week.", "AGREE"),
    ("<s>The ministry</s> refused to extend the visa of <t>the reporter</t>.", "REJECT"),
    ("<s>Troops</s> opened fire on <t>the crowd</t>.", "ASSAULT"),
])
def test_eval_plv_prediction_uses_marked_spans(bare_nlp, marked, gold):
    text, s, t = _spans(marked)
    assert predict_plv(PlvRow("x", text, s, t, gold), bare_nlp(text)) == gold


@pytest.mark.slow
@pytest.mark.model
def test_eval_gate_events_scores_stay_above_floors(nlp, bare_nlp):
    """The evaluation gate: PLV test accuracy and GSR F1 must not fall below the pinned floors."""
    from dateline.eval.events import load_gsr, load_plv, score_plv

    floors = json.loads((HERE / "floors.json").read_text(encoding="utf-8"))
    plv = score_plv(load_plv(shared_path("data", "events", "zsp_plv", "PLV_test.tsv")), bare_nlp)
    gsr = score_gsr(load_gsr(shared_path("data", "events", "petrarch_validation", "derived",
                                         "PETR2_GSR_validation.gold.jsonl")), nlp)
    assert plv.accuracy >= floors["plv_test_root_accuracy"]
    assert gsr.root.f1 >= floors["gsr_root_f1"]
    assert gsr.code.f1 >= floors["gsr_code_f1"]
