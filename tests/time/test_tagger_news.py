"""Causes found on the hand-labelled news development set (tests/time/data/README.md),
each tested on sentences written for these tests: a guess about the past made "as early
as" a month, a date "ahead of" which a present clause stands, "more/most recently",
"the few hours", and a bare plural unit "just days after" or "months into" something.
"""

from __future__ import annotations

import pytest

from .conftest import found

CASES = [
    # "as early as" looks ahead, unless the verb guesses about the past
    ("The virus may have reached the city as early as December.", "2021-02-10",
     [("December", "DATE", "2020-12", None)]),
    ("Officials might have known as early as October, the report said.", "2019-03-04",
     [("October", "DATE", "2018-10", None)]),
    ("The vote could come as early as Thursday.", "2019-03-04",
     [("Thursday", "DATE", "2019-03-07", None)]),
    ("The plant could reopen as early as June.", "2019-03-04",
     [("June", "DATE", "2019-06", None)]),
    # a present clause "ahead of" a dated event: the event is still to come
    ("The report comes ahead of a Senate vote on Thursday.", "2019-03-04",
     [("Thursday", "DATE", "2019-03-07", None)]),
    ("Protesters gather in the square in advance of the summit on Friday.", "2018-06-05",
     [("Friday", "DATE", "2018-06-08", None)]),
    # with a past clause "ahead of" says nothing of the event's side of the article date
    ("Shares rose on Monday ahead of the results.", "2019-03-06",
     [("Monday", "DATE", "2019-03-04", None)]),
    # a day known by its date
    ("Since 9/11, the agency has doubled in size.", "2011-09-10",
     [("9/11", "DATE", "2001-09-11", None)]),
    ("The form was dated 9/11/2019.", "2019-10-01", [("9/11/2019", "DATE", "2019-09-11", None)]),
    # "this week" on a Sunday: in a future clause, the week that starts tomorrow
    ("The Senate will vote on the bill this week.", "2019-03-10",
     [("this week", "DATE", "2019-W11", None)]),
    ("She is going to testify before the panel this week.", "2016-03-13",
     [("this week", "DATE", "2016-W11", None)]),
    ("The Senate voted on the bill this week.", "2019-03-10",
     [("this week", "DATE", "2019-W10", None)]),
    ("The Senate will vote on the bill this week.", "2019-03-08",
     [("this week", "DATE", "2019-W10", None)]),
    # vague references with a degree
    ("Most recently, he served as ambassador to Chile.", "2015-05-05",
     [("Most recently", "DATE", "PAST_REF", None)]),
    ("More recently the court has ruled against them.", "2015-05-05",
     [("More recently", "DATE", "PAST_REF", None)]),
    # "the few hours": the determiner belongs to the expression
    ("In the few hours since the storm, crews cleared the roads.", "2017-09-11",
     [("the few hours", "DURATION", "PTXH", None)]),
    ("Over the several weeks of talks, little changed.", "2017-09-11",
     [("the several weeks", "DURATION", "PXW", None)]),
    # a bare plural unit next to "just ... after" or "into": an unknown number of units
    ("The law was repealed just months after it passed.", "2017-09-11",
     [("months", "DURATION", "PXM", None)]),
    ("Only weeks before the election, the mayor resigned.", "2017-09-11",
     [("weeks", "DURATION", "PXW", None)]),
    ("Months into the strike, the union has not given in.", "2017-09-11",
     [("Months", "DURATION", "PXM", None)]),
    ("Two months into the strike, the union has not given in.", "2017-09-11",
     [("Two months", "DURATION", "P2M", None)]),
    ("The crew turned back 3 days into the voyage.", "2017-09-11",
     [("3 days", "DURATION", "P3D", None)]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "date", "expected"), CASES)
def test_news_causes(parser, text, date, expected):
    assert found(parser, text, date) == expected
