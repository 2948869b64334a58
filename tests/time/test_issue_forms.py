"""Every relative form issue 3 names, with the article date Wednesday 2020-06-24."""

from __future__ import annotations

import pytest

from .conftest import found

D = "2020-06-24"

FORMS = [
    ("The minister resigned yesterday.", [("yesterday", "DATE", "2020-06-23", None)]),
    ("Borisov told reporters on Wednesday.", [("Wednesday", "DATE", "2020-06-24", None)]),
    ("Sales rose last week.", [("last week", "DATE", "2020-W25", None)]),
    ("Late last month, Ankara said it is sticking to the deal.",
     [("Late last month", "DATE", "2020-05", "END")]),
    ("Exports collapsed earlier this year.", [("earlier this year", "DATE", "2020", "START")]),
    ("The army withdrew two weeks ago.", [("two weeks ago", "DATE", "2020-W24", None)]),
    ("The court will rule next Tuesday.", [("next Tuesday", "DATE", "2020-06-30", None)]),
    ("Tourism collapsed this spring.", [("this spring", "DATE", "2020-SP", None)]),
    ("A deal could come before the end of this year.", [("the end of this year", "DATE", "2020", "END")]),
    ("The economy grew in the past decade.", [("the past decade", "DURATION", "P10Y", None)]),
    ("The war lasted for three years.", [("three years", "DURATION", "P3Y", None)]),
    ("The committee meets every week.", [("every week", "SET", "P1W", None)]),
    ("The minister recently visited Moscow.", [("recently", "DATE", "PAST_REF", None)]),
    ("The S-400s are now fully operational.", [("now", "DATE", "PRESENT_REF", None)]),
    ("Turkey will deploy them at a later date.", [("a later date", "DATE", "FUTURE_REF", None)]),
    ("Prices rose in early March.", [("early March", "DATE", "2020-03", "START")]),
    ("Prices rose in mid-March.", [("mid-March", "DATE", "2020-03", "MID")]),
    ("Prices rose in late March.", [("late March", "DATE", "2020-03", "END")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", FORMS, ids=[t[:40] for t, _ in FORMS])
def test_tagger_issue_forms(parser, text, expected):
    assert found(parser, text, D) == expected
