"""The TempEval-3 Task A scorer: TimeML reading, one-to-one overlap pairing, the figures."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.eval.timeml import GoldTimex, TimeMLDoc, read_timeml
from dateline.eval.timex import pair, score
from dateline.model import Timex

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>doc1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" temporalFunction="false"
functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TEXT>
Talks <EVENT eid="e1" class="OCCURRENCE">ended</EVENT> <TIMEX3 tid="t1" type="DATE" \
value="2013-03-21">Thursday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3D" \
mod="MORE_THAN">more than three days</TIMEX3> &amp; nights.
</TEXT>
</TimeML>
"""


def test_timeml_read_flattens_text_and_offsets(tmp_path):
    path = tmp_path / "doc1.tml"
    path.write_text(TML, encoding="utf-8")
    doc = read_timeml(path)
    assert doc.dct == dt.date(2013, 3, 22)
    assert doc.text == "\nTalks ended Thursday after more than three days & nights.\n"
    assert [(t.text, t.type, t.value, t.mod) for t in doc.timexes] == [
        ("Thursday", "DATE", "2013-03-21", None), ("more than three days", "DURATION", "P3D", "MORE_THAN")]
    for t in doc.timexes:
        assert doc.text[t.start:t.end] == t.text


def _g(start, end, value="2013", type_="DATE"):
    return GoldTimex(start, end, "x" * (end - start), type_, value)


def _s(start, end, value="2013", type_="DATE"):
    return Timex("d", "x" * (end - start), start, end, type_, value)


@pytest.mark.parametrize("gold,system,pairs", [
    ([_g(0, 5)], [_s(0, 5)], [(0, 0)]),
    ([_g(0, 5)], [_s(3, 9)], [(0, 0)]),                     # overlap: relaxed match
    ([_g(0, 5)], [_s(5, 9)], [(0, None), (None, 0)]),       # touching is not overlapping
    ([_g(0, 5), _g(6, 9)], [_s(0, 9)], [(0, 0), (1, None)]),  # one system span pairs once
    ([_g(0, 9)], [_s(0, 3), _s(4, 9)], [(0, 0), (None, 1)]),
    ([], [_s(0, 3)], [(None, 0)]),
])
def test_timex_pair_one_to_one_in_document_order(gold, system, pairs):
    got = pair("d", gold, system)
    index = [(gold.index(p.gold) if p.gold else None, system.index(p.system) if p.system else None)
             for p in got]
    assert index == pairs


def test_timex_score_figures():
    doc = TimeMLDoc("d", dt.date(2013, 3, 22), "", [_g(0, 5), _g(10, 20, "P3D", "DURATION"), _g(30, 35)])
    system = [_s(0, 5), _s(12, 20, "P3D", "DATE"), _s(40, 45)]
    s = score([(doc, system)])
    assert (s.gold, s.system, s.strict, s.relaxed, s.type_match, s.value_match) == (3, 3, 1, 2, 1, 2)
    assert s.relaxed_f1 == pytest.approx(2 / 3)
    assert s.strict_f1 == pytest.approx(1 / 3)
    assert s.value_f1 == pytest.approx(1.0 * 2 / 3)   # value accuracy 2/2 times relaxed F1
    assert s.type_f1 == pytest.approx(0.5 * 2 / 3)
    assert s.as_dict()["relaxed_f1"] == 66.67


def test_timex_score_empty():
    s = score([])
    assert s.relaxed_f1 == 0.0 and s.value_f1 == 0.0
