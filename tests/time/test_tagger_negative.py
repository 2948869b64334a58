"""False positives are as bad as misses: words and numbers that look like dates but are not,
and what the tagger gives when no article date is known (underspecified values, never the
clock)."""

from __future__ import annotations

import pytest

from .conftest import found

NOT_DATES = [
    "May I ask you a question?",
    "She may leave the party.",
    "Protesters will march to the capital.",
    "The March on Washington drew thousands.",
    "He paid $2019 for the car.",
    "The firm employs 2019 people.",
    "A 55-year-old man was arrested.",
    "He is 40 years old.",
    "Turkey bought the S-400 system.",
    "COVID-19 cases rose sharply.",
    "Read more at https://example.com/news/2019/07/12/story.html",
    "Write to press@example.org for details.",
    "She is in her 60s.",
    "Flight 2020 landed safely.",
    "The Daily Mail reported the story.",
    "He won a second term.",
    "Three-quarters of voters agreed.",
    "The team led in the first half.",
    "April Ryan asked a question.",
    "The spring in the mattress broke.",
    "Call 555-2020 for details.",
    "The march of history continues.",
    "Sun Microsystems was sold.",
    "The soldiers will march on.",
    "Room 1999 was empty.",
    "He scored 2,019 points.",
    "David Jackson, USA TODAY, reported from Washington.",
    "He spoke to CBS's 60 Minutes about the case.",
    "The film High Noon won four Oscars.",
]

D = "2020-06-24"


@pytest.mark.model
@pytest.mark.parametrize("text", NOT_DATES)
def test_tagger_rejects_lookalikes(parser, text):
    assert found(parser, text, D) == []


WITHOUT_DATE = [
    ("Demir said in May that deployment continues.", [("May", "DATE", "XXXX-05", None)]),
    ("The minister resigned on Friday.", [("Friday", "DATE", "XXXX-WXX-5", None)]),
    ("The ceasefire collapsed on July 12.", [("July 12", "DATE", "XXXX-07-12", None)]),
    ("Turkey obtained the systems last year.", [("last year", "DATE", "XXXX", None)]),
    ("Sales rose last week.", [("last week", "DATE", "XXXX-WXX", None)]),
    ("The minister resigned yesterday.", [("yesterday", "DATE", "XXXX-XX-XX", None)]),
    ("Today the market rallied.", [("Today", "DATE", "PRESENT_REF", None)]),
    ("The factory opened five years ago.", [("five years ago", "DATE", "XXXX", None)]),
    ("The deal was signed on July 12, 2019.", [("July 12, 2019", "DATE", "2019-07-12", None)]),
    ("The war lasted for three years.", [("three years", "DURATION", "P3Y", None)]),
    ("The committee meets every week.", [("every week", "SET", "P1W", None)]),
    ("Tourism collapsed this spring.", [("this spring", "DATE", "XXXX-SP", None)]),
    ("Spending will rise next quarter.", [("next quarter", "DATE", "XXXX-QX", None)]),
    ("Gunmen attacked the village Friday night.", [("Friday night", "TIME", "XXXX-WXX-5TNI", None)]),
    ("The blast occurred at 10:30 a.m.", [("10:30 a.m.", "TIME", "XXXX-XX-XXT10:30", None)]),
    ("The S-400s are now fully operational.", [("now", "DATE", "PRESENT_REF", None)]),
    ("Profits fell in the first quarter.", [("the first quarter", "DATE", "XXXX-Q1", None)]),
    ("The festival returns this September.", [("this September", "DATE", "XXXX-09", None)]),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", WITHOUT_DATE, ids=[t[:40] for t, _ in WITHOUT_DATE])
def test_tagger_without_article_date_is_underspecified(parser, text, expected):
    assert found(parser, text, None) == expected
