"""Dating a predicate: the expression of its own clause, else the article date."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.time import date_for, find_timexes

D = dt.date(2020, 6, 24)

# (sentence, predicate, expected (basis, text, value))
CASES = [
    ("Borisov told reporters on Wednesday that a deal was possible.", "told",
     ("text", "Wednesday", "2020-06-24")),
    ("Moscow and Ankara signed a loan agreement in September 2017.", "signed",
     ("text", "September 2017", "2017-09")),
    ("Last year Turkey decided to suspend the purchase.", "suspend", ("text", "Last year", "2019")),
    ("Last year Turkey decided to suspend the purchase.", "decided", ("text", "Last year", "2019")),
    # The date belongs to the saying, not to the signing reported in another clause.
    ("On Monday, officials said that Turkey signed the deal.", "said", ("text", "Monday", "2020-06-22")),
    ("On Monday, officials said that Turkey signed the deal.", "signed", ("article", None, "2020-06-24")),
    # A date inside a noun phrase dates the noun, not the verb of the clause.
    ("Ankara is sticking to the deal despite a delay in April.", "sticking", ("article", None, "2020-06-24")),
    ("The White House has repeatedly threatened to sanction Turkey.", "threatened",
     ("article", None, "2020-06-24")),
    ("Turkey will deploy the systems at a later date.", "deploy", ("text", "a later date", "FUTURE_REF")),
    # A duration does not date an event.
    ("The talks lasted three days.", "lasted", ("article", None, "2020-06-24")),
]


@pytest.mark.model
@pytest.mark.parametrize("text,predicate,expected", CASES, ids=[f"{c[1]}:{c[0][:30]}" for c in CASES])
def test_anchor_date_for_clause(parser, text, predicate, expected):
    doc = parser(text)
    timexes = find_timexes(doc, D, "a")
    token = next(t for t in doc if t.text == predicate)
    date = date_for(token, timexes, D)
    assert (date.basis, date.text, date.value) == expected


def test_anchor_without_article_date_falls_back_to_present_ref():
    import spacy

    doc = spacy.blank("en")("Nothing dated here.")
    date = date_for(doc[1], [], None)
    assert (date.basis, date.value) == ("article", "PRESENT_REF")


def test_anchor_without_parse_takes_the_nearest_expression_of_the_sentence():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("The minister resigned yesterday. He left today.")
    timexes = find_timexes(doc, D, "a")
    date = date_for(doc[2], timexes, D)
    assert (date.basis, date.text, date.value) == ("text", "yesterday", "2020-06-23")
