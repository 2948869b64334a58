"""Causes found on the second hand-labelled wire development set (1987 Reuters stories on
the economy and diplomacy, tests/time/data/README.md), each tested on sentences written
for these tests: quarters named by their months ("the October/December quarter"), a
quarter followed by "last year", "the previous November", "last June 6", "the
corresponding period", "the same period in 1986", a year's possessive, "end January",
"end-Aug", "the weeks ahead", "the fiscal year beginning ...", monthly figures "a year
ago", "per day" before a noun, "a three-year period", an index's base year, a dateline's
day, and what is no time: "overnight rates", "a quarter percentage point", a newspaper
called a daily, "May" the modal verb.
"""

from __future__ import annotations

import pytest

from .conftest import found

CASES = [
    # a calendar quarter named by its first and last months, with or without "quarter"
    ("Output grew 0.6 pct in the July/September quarter.", "1991-12-10",
     [("the July/September quarter", "DATE", "1991-Q3", None)]),
    ("Sales in the April/June period will rise, the agency said.", "1991-03-10",
     [("the April/June period", "DATE", "1991-Q2", None)]),
    ("Spending rose 1.2 pct from July/September.", "1991-12-10",
     [("July/September", "DATE", "1991-Q3", None)]),
    # two months that do not make a quarter are left alone
    ("The May/June issue of the review is out.", "1991-12-10", []),
    # a quarter with "last year" after it: one expression
    ("Exports fell in the third quarter last year.", "1991-03-10",
     [("the third quarter last year", "DATE", "1990-Q3", None)]),
    ("Profits should recover in the second quarter this year.", "1991-03-10",
     [("the second quarter this year", "DATE", "1991-Q2", None)]),
    # "the previous November": the November before the time the text speaks of
    ("Gold rose in March 1989 after a low the previous November.", "1991-03-10",
     [("March 1989", "DATE", "1989-03", None), ("the previous November", "DATE", "1988-11", None)]),
    ("The talks began in June 1990 and ended the following January.", "1991-03-10",
     [("June 1990", "DATE", "1990-06", None), ("the following January", "DATE", "1991-01", None)]),
    # ... and so is a weekday's: "the" belongs to the expression
    ("Stocks fell Thursday after a rally the previous Friday.", "1989-10-30",
     [("Thursday", "DATE", "1989-10-26", None), ("the previous Friday", "DATE", "1989-10-20", None)]),
    ("The talks opened Tuesday and ended the following Friday.", "1989-10-30",
     [("Tuesday", "DATE", "1989-10-24", None), ("the following Friday", "DATE", "1989-10-27", None)]),
    # "last June 6": the day, in the year the relative word picks
    ("The record was set last June 6, dealers said.", "1991-03-10",
     [("last June 6", "DATE", "1990-06-06", None)]),
    # "the corresponding ..." is "the same ..."; "the same period in 1986" is one expression
    ("Imports rose to 7.1 billion from 5.3 billion in the same period in 1990.", "1991-04-07",
     [("the same period in 1990", "DATE", "1990-Q1", None)]),
    ("The deficit was 3.2 billion in May against 1.5 billion in the corresponding month of 1990.",
     "1991-06-18", [("May", "DATE", "1991-05", None), ("the corresponding month of 1990", "DATE", "1990-05", None)]),
    ("Coal output in October was lower than in the corresponding 1990 month.", "1991-11-18",
     [("October", "DATE", "1991-10", None), ("the corresponding 1990 month", "DATE", "1990-10", None)]),
    # a year's possessive is the year ("1990's" stays the decade's spelling)
    ("The plan would double 1989's aid to Africa.", "1991-04-17", [("1989", "DATE", "1989", None)]),
    # "end January" without the hyphen, after a preposition; "end-Aug" with an abbreviation
    ("Money supply rose in the three months to end January 1991.", "1991-03-18",
     [("the three months", "DURATION", "P3M", None), ("end January 1991", "DATE", "1991-01", "END")]),
    ("Licences will run to end-Aug, traders said.", "1991-03-18", [("end-Aug", "DATE", "1991-08", "END")]),
    ("We will end January with a surplus.", "1991-01-18", [("January", "DATE", "1991-01", None)]),
    # "the weeks ahead": an unspecified stretch of weeks from now
    ("Rates could fall in the weeks ahead.", "1991-03-05", [("the weeks ahead", "DURATION", "PXW", None)]),
    # "the fiscal year beginning April 1", like "the year ended": a duration and a date
    ("Growth in the fiscal year beginning April 1 will be 3 pct.", "1991-03-12",
     [("the fiscal year", "DURATION", "P1Y", None), ("April 1", "DATE", "1991-04-01", None)]),
    # monthly figures "a year ago": the month the sentence's figures are for, a year before
    ("Exports were 2.9 billion dlrs in May against 2.8 billion in April and 2.1 billion a year ago.",
     "1991-06-20", [("May", "DATE", "1991-05", None), ("April", "DATE", "1991-04", None),
                    ("a year ago", "DATE", "1990-05", None)]),
    ("Unemployment fell to 5.1 pct in March from 6.2 pct a year earlier.", "1991-04-20",
     [("March", "DATE", "1991-03", None), ("a year earlier", "DATE", "1990-03", None)]),
    # ... but a year ago in a story is just a year ago
    ("In May he visited Paris. He was elected a year ago, the paper said.", "1991-06-20",
     [("May", "DATE", "1991-05", None), ("a year ago", "DATE", "1990", None)]),
    # "per day" before the noun it rates; "a day" there is no rate
    ("Output is near the 16.6 mln barrel per day level it set.", "1991-06-01",
     [("per day", "SET", "P1D", None)]),
    # "a three-year period": the period is the duration
    ("Growth will average two pct during the seven-year period to 1993.", "1991-06-19",
     [("the seven-year period", "DURATION", "P7Y", None), ("1993", "DATE", "1993", None)]),
    ("Prices rose over a three-year period.", "1991-06-19", [("a three-year period", "DURATION", "P3Y", None)]),
    # an index's base year is not the time the text speaks of
    ("In 1990 the index, base 1963, stood at 166 against 159 the previous year.", "1991-03-09",
     [("1990", "DATE", "1990", None), ("1963", "DATE", "1963", None), ("the previous year", "DATE", "1989", None)]),
    # a wire dateline's day is the story's today when the time stamp is a day later
    ("LIMA, April 3 - President Garcia said tonight he would limit payments.", "1991-04-04",
     [("April 3", "DATE", "1991-04-03", None), ("tonight", "TIME", "1991-04-03TNI", None)]),
    ("WASHINGTON, March 16 - Ministers will meet again tomorrow.", "1991-03-15",
     [("March 16", "DATE", "1991-03-16", None), ("tomorrow", "DATE", "1991-03-17", None)]),
    # ... also with the agency after the day, as Xinhua writes it
    ("WASHINGTON, August 13 (Xinhua) -- The president said today he would act.", "1998-08-14",
     [("August 13", "DATE", "1998-08-13", None), ("today", "DATE", "1998-08-13", None)]),
    # a date far from the time stamp is no dateline of that day
    ("LIMA, April 1 - President Garcia said tonight he would limit payments.", "1991-04-04",
     [("April 1", "DATE", "1991-04-01", None), ("tonight", "TIME", "1991-04-04TNI", None)]),
    # money-market "overnight" rates and a quarter of a point are no times
    ("The bank raised overnight rates by a quarter percentage point.", "1991-03-26", []),
    ("Overnight call money eased to 7.5 pct.", "1991-03-26", []),
    ("The talks went on overnight.", "1991-03-26", [("overnight", "TIME", "1991-03-26TNI", None)]),
    # a newspaper called a daily is no frequency; the adjective is
    ("In an interview with the Tokyo daily, he said so.", "1991-03-04", []),
    ("The daily auction was the biggest ever.", "1991-03-04", [("daily", "SET", "P1D", None)]),
    # a month before the noun whose figures it dates, even where the tagger reads a modal
    ("The department said May housing starts were at the lowest rate.", "1991-06-16",
     [("May", "DATE", "1991-05", None)]),
    ("May prices rise further?", "1991-06-16", []),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "date", "expected"), CASES)
def test_wire2_causes(parser, text, date, expected):
    assert found(parser, text, date) == expected
