import datetime as dt

import pytest

from dateline.model import Event, Mention, Participant, Quote, RecordDate, Timex, from_json, to_json

RECORDS = [
    Timex("a1", "Late last month", 1, 16, "DATE", "2020-05", "END"),
    Mention("a1", "Ankara", 18, 24, "TURGOV", "Turkey", "government"),
    Quote("a1", "They have the right", 5, 24, True, Participant("Borisov", 30, 37, "RUSGOV", "Yury Borisov"),
          "told", RecordDate("2020-06-24", "text", "on Wednesday", 50, 62)),
    Event("a1", "1312", "Threaten with sanctions", "13", -5.8, "THREATEN",
          Participant("The White House", 0, 15, "USAGOV"),
          Participant("Turkey", 20, 26, "TUR"), "S-400", RecordDate("2020-06-24", "article"), "asserted", None,
          "threatened", "The White House has repeatedly threatened ...", 0, 40),
]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r.kind)
def test_model_json_round_trip(record):
    data = to_json(record)
    assert next(iter(data)) == "kind" and data["kind"] == record.kind
    assert from_json(type(record), data) == record


def test_model_json_has_evidence_offsets():
    for record in RECORDS:
        data = to_json(record)
        assert {"article", "start", "end", "extractor"} <= data.keys()
        assert isinstance(data["start"], int) and data["start"] < data["end"]


def test_model_article_json_date_is_iso():
    from dateline.ingest.article import make_article

    article = make_article("Some text.", "2020-06-24", ref="x.txt")
    assert article.to_json()["date"] == "2020-06-24"
    assert article.date == dt.date(2020, 6, 24)
