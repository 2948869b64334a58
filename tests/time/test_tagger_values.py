"""Values round (dates round 8): the side of the article date a found expression falls on,
where the clause's tense misleads. Each row is a sentence written for these tests after a
wrong value counted on the development sets; the look-alikes next to them keep their side.
"""

from __future__ import annotations

import pytest

from .conftest import found

CASES = [
    # "as soon as" looks ahead even where the tagger reads the participle after "get" as a past
    ("He said Monday he wants to get the reform bill passed as soon as this summer.", "2013-01-30",
     [("Monday", "DATE", "2013-01-28", None), ("this summer", "DATE", "2013-SU", None)]),
    ("The vote could come as early as Friday, officials said.", "2013-01-30",
     [("Friday", "DATE", "2013-02-01", None)]),
    # a guess about the past still looks back
    ("The leak may have started as early as November.", "2013-01-30", [("November", "DATE", "2012-11", None)]),
    # a deadline at the close of a day is still ahead, as "until Thursday" is
    ("The board has given bidders until close of business on Thursday to reply.", "1987-10-20",
     [("Thursday", "DATE", "1987-10-22", None)]),
    ("The firm extended the offer until the end of trading Friday.", "1987-10-20",
     [("Friday", "DATE", "1987-10-23", None)]),
    ("Shares closed lower at the end of trading Friday.", "1987-10-20", [("Friday", "DATE", "1987-10-16", None)]),
    # a participle on a noun ("bonds pledged on April 22", tagged as a past) is at most about
    # ten months back, as a tagged participle is; "the quarter ended Oct. 31" is over
    ("Banks must buy back securities pledged on April 22.", "1987-03-24", [("April 22", "DATE", "1987-04-22", None)]),
    ("The bank bought back bonds on April 22.", "1987-03-24", [("April 22", "DATE", "1986-04-22", None)]),
    ("In the year-ago quarter, the second quarter ended Oct. 31, the firm lost money.", "1989-10-27",
     [("the year-ago quarter", "DATE", "1988-Q3", None), ("the second quarter", "DATE", "1989-Q2", None),
      ("Oct. 31", "DATE", "1988-10-31", None)]),
    # "the full year 1986" is the year it names, one expression
    ("For the full year 1986 the index rose four pct.", "1987-03-09", [("the full year 1986", "DATE", "1986", None)]),
    ("Profit for the full year rose.", "1987-03-09", [("the full year", "DATE", "1987", None)]),
    # "a rare weekend caucus meeting": the weekend the story speaks of; a weekend that modifies
    # a noun is no amount ("a weekend edition"), one spent is
    ("The plan came out of a rare weekend party caucus meeting.", "2013-09-28",
     [("weekend", "DATE", "2013-W39-WE", None)]),
    ("Ministers met at a weekend summit in Brussels.", "2013-09-28", [("weekend", "DATE", "2013-W39-WE", None)]),
    ("The paper prints a weekend edition.", "2013-09-28", []),
    ("He spent a weekend in jail.", "2013-09-28", [("a weekend", "DURATION", "P1WE", None)]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "date", "expected"), CASES)
def test_value_side(parser, text, date, expected):
    assert found(parser, text, date) == expected
