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
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "date", "expected"), CASES)
def test_value_side(parser, text, date, expected):
    assert found(parser, text, date) == expected
