"""The example article: every temporal expression with its right value (issue 3)."""

from __future__ import annotations

import pytest

# (text as it stands in the article, type, value, mod); the article date is 2020-06-24.
EXPECTED = [
    ("Late last month", "DATE", "2020-05", "END"),
    ("April", "DATE", "2020-04", None),
    ("the end of this year", "DATE", "2020", "END"),
    ("Wednesday", "DATE", "2020-06-24", None),
    ("earlier in June", "DATE", "2020-06", "START"),
    ("May", "DATE", "2020-05", None),
    ("April", "DATE", "2020-04", None),
    ("last year", "DATE", "2019", None),
    ("a later date", "DATE", "FUTURE_REF", None),
    ("Friday, July 12, 2019", "DATE", "2019-07-12", None),
    ("September 2017", "DATE", "2017-09", None),
    ("late July 2019", "DATE", "2019-07", "END"),
    ("April 2020", "DATE", "2020-04", None),
]


@pytest.mark.model
def test_tagger_example_article_values(parser, example_article):
    from dateline.time import find_timexes

    doc = parser(example_article.text)
    timexes = find_timexes(doc, example_article.date, example_article.id)
    assert [(t.text, t.type, t.value, t.mod) for t in timexes] == EXPECTED
    for t in timexes:
        assert example_article.text[t.start:t.end] == t.text
        assert t.article == example_article.id


@pytest.mark.model
@pytest.mark.parametrize("predicate,text,value", [
    ("told", "Wednesday", "2020-06-24"),
    ("signed", "September 2017", "2017-09"),
    ("completed", "late July 2019", "2019-07"),
    ("obtained", "last year", "2019"),
    ("deploy", "April", "2020-04"),
])
def test_anchor_example_article_events_take_their_dates(parser, example_article, predicate, text, value):
    from dateline.time import date_for, find_timexes

    doc = parser(example_article.text)
    timexes = find_timexes(doc, example_article.date, example_article.id)
    token = next(t for t in doc if t.text == predicate)
    date = date_for(token, timexes, example_article.date)
    assert (date.basis, date.text, date.value) == ("text", text, value)


@pytest.mark.model
def test_anchor_example_article_undated_clause_falls_back(parser, example_article):
    from dateline.time import date_for, find_timexes

    doc = parser(example_article.text)
    timexes = find_timexes(doc, example_article.date, example_article.id)
    token = next(t for t in doc if t.text == "threatened")
    date = date_for(token, timexes, example_article.date)
    assert (date.basis, date.value, date.text) == ("article", "2020-06-24", None)
