"""The stand-off gold reader: AllSides leads with TIMEX3 offsets become TimeML documents."""

from __future__ import annotations

import gzip
import json

import pytest

from dateline.errors import InputError
from dateline.eval.standoff import read_gold, read_standoff

TEXT = "The bill passed on Monday.\nIt takes effect next year.\nMore text that is not labelled."


def _corpus(tmp_path, gold_items):
    allsides = tmp_path / "allsides"
    allsides.mkdir()
    with gzip.open(allsides / "articles_2019.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"ID": "a1", "date": "2019-03-06", "content_original": TEXT}) + "\n")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(i) + "\n" for i in gold_items), encoding="utf-8")
    return gold, allsides


def test_standoff_reads_the_lead_and_its_timexes(tmp_path):
    lead, monday, year = TEXT.index("More"), TEXT.index("Monday"), TEXT.index("next year")
    item = {"article": "a1", "date": "2019-03-06", "end": lead, "timexes": [
        {"start": monday, "end": monday + 6, "text": "Monday", "type": "DATE", "value": "2019-03-04", "mod": None},
        {"start": year, "end": year + 9, "text": "next year", "type": "DATE", "value": "2020", "mod": None}]}
    gold, allsides = _corpus(tmp_path, [item])
    (doc,) = read_standoff(gold, allsides)
    assert doc.name == "a1" and doc.dct.isoformat() == "2019-03-06" and doc.text == TEXT[:lead]
    assert [(t.text, t.value) for t in doc.timexes] == [("Monday", "2019-03-04"), ("next year", "2020")]


def test_standoff_rejects_offsets_that_miss_their_text(tmp_path):
    item = {"article": "a1", "date": "2019-03-06", "end": 50, "timexes": [
        {"start": 18, "end": 24, "text": "Monday", "type": "DATE", "value": "2019-03-04", "mod": None}]}
    gold, allsides = _corpus(tmp_path, [item])
    with pytest.raises(InputError):
        read_standoff(gold, allsides)


def test_read_gold_takes_a_folder_of_tml(tmp_path):
    (tmp_path / "d.tml").write_text(
        '<?xml version="1.0" ?>\n<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" '
        'functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>\nThey met <TIMEX3 tid="t1" '
        'type="DATE" value="2013-03-21">yesterday</TIMEX3>.\n</TEXT></TimeML>\n', encoding="utf-8")
    (doc,) = read_gold(tmp_path)
    assert [t.value for t in doc.timexes] == ["2013-03-21"]


REUTERS = """<LEWIS>
<REUTERS NEWID="7"><DATE>26-FEB-1987 15:01:01.79</DATE><TEXT><TITLE>COCOA</TITLE>
<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued throughout the
week in the cocoa zone.
    Arrivals are expected next month.
 Reuter
</BODY></TEXT></REUTERS>
</LEWIS>
"""


def test_standoff_reads_reuters_stories_as_dateline_reads_them(tmp_path):
    folder = tmp_path / "reuters21578"
    folder.mkdir()
    (folder / "reut2-000.xml").write_text(REUTERS, encoding="latin-1")
    text = "SALVADOR, Feb 26 - Showers continued throughout the\nweek in the cocoa zone."
    week = text.index("the\nweek")
    item = {"corpus": "reuters21578", "article": "reuters-7", "date": "1987-02-26", "end": len(text), "timexes": [
        {"start": 10, "end": 16, "text": "Feb 26", "type": "DATE", "value": "1987-02-26", "mod": None},
        {"start": week, "end": week + 8, "text": "the\nweek", "type": "DATE", "value": "1987-W09", "mod": None}]}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(item) + "\n", encoding="utf-8")
    (doc,) = read_standoff(gold, reuters=folder)
    assert doc.name == "reuters-7" and doc.text == text
    assert [t.value for t in doc.timexes] == ["1987-02-26", "1987-W09"]


def test_standoff_rejects_an_unknown_corpus(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"corpus": "nyt", "article": "x", "date": "2019-03-06", "end": 1, "timexes": []}) + "\n",
                    encoding="utf-8")
    with pytest.raises(InputError):
        read_standoff(gold)
