"""Causes found on the hand-labelled wire development set (1987 Reuters stories,
tests/time/data/README.md), each tested on sentences written for these tests: split fiscal
years, "end-" dates, half years, "year-to-date", a dateline before a capitalized expression,
the Japanese "current profit", "this year and next", a possessive's weekend, a deadline after
"could", "said in <month>", monthly figures' "year-ago period", ranges of months, days
spelled as words ("April Six"), "reported that third-quarter ...", "April of that year" and "the week ended".
"""

from __future__ import annotations

import pytest

from .conftest import found

CASES = [
    # a fiscal or crop year named by the two calendar years it spans: the first one
    ("The budget for fiscal 1991/92 shows a smaller deficit.", "1991-03-01",
     [("fiscal 1991/92", "DATE", "1991", None)]),
    ("Coffee exports in 1990/91 fell short of the quota.", "1991-10-02",
     [("1990/91", "DATE", "1990", None)]),
    ("Output for 1999/2000 is forecast higher.", "1999-05-04", [("1999/2000", "DATE", "1999", None)]),
    # not two consecutive years: an identifier or a ratio
    ("The resolution 1990/77 was adopted by the council.", "1991-03-01", []),
    # "end-" before a year or a month: its end
    ("Reserves stood at 4.1 billion dlrs at end-1990.", "1991-03-01",
     [("end-1990", "DATE", "1990", "END")]),
    ("The bank expects the loan to be signed by end-June.", "1991-03-01",
     [("end-June", "DATE", "1991-06", "END")]),
    # half years: with "year" or "of" they are no game's halves
    ("The group paid no dividend for the first half year ending April 30.", "1991-05-02",
     [("the first half year", "DATE", "1991-H1", None), ("April 30", "DATE", "1991-04-30", None)]),
    ("Profit rose in the second half\nof 1989/90, the company said.", "1991-05-02",
     [("the second half\nof 1989/90", "DATE", "1989-H2", None)]),
    ("The visitors scored twice in the first half.", "1991-05-02", []),
    # "year-to-date": the article date's year
    ("Year-to-date sales of trucks were up 4.1 pct.", "1988-04-05",
     [("Year-to-date", "DATE", "1988", None)]),
    ("Shipments year to date are 12 pct lower.", "1988-04-05", [("year to date", "DATE", "1988", None)]),
    # a wire dateline: what follows " - " starts a sentence, so a capital is no title
    ("TOKYO, May 14 - Next year will be harder for exporters, the ministry said.", "1991-05-14",
     [("May 14", "DATE", "1991-05-14", None), ("Next year", "DATE", "1992", None)]),
    ("OSLO, June 3 - This month's auction drew few bids.", "1991-06-03",
     [("June 3", "DATE", "1991-06-03", None), ("This month", "DATE", "1991-06", None)]),
    # "current profit" (Japanese accounts' pretax profit) and "current loss" are no times
    ("The firm forecast a current profit of 12 billion yen.", "1991-05-14", []),
    ("It expects a parent company current loss this year.", "1991-05-14",
     [("this year", "DATE", "1991", None)]),
    ("Current market conditions are weak.", "1991-05-14", [("Current", "DATE", "PRESENT_REF", None)]),
    # "this year and next": the bare "next" is the next year
    ("The country needs no new loans this year and next, officials said.", "1991-05-14",
     [("this year", "DATE", "1991", None), ("next", "DATE", "1992", None)]),
    ("Growth will slow this year and next year.", "1991-05-14",
     [("this year", "DATE", "1991", None), ("next year", "DATE", "1992", None)]),
    # a month's day "this year" is one expression
    ("The bonds were launched on March 3 this year.", "1991-05-14",
     [("March 3 this year", "DATE", "1991-03-03", None)]),
    # "the same year-ago period", "the comparable year-ago quarter": the whole phrase
    ("Sales in its third quarter rose from the same year-ago period.", "1991-11-14",
     [("third quarter", "DATE", "1991-Q3", None), ("the same year-ago period", "DATE", "1990-Q3", None)]),
    # "for the full year of about ..." names an amount, not a year
    ("It expects a profit for the full year of about 150 mln dlrs.", "1991-06-01",
     [("the full year", "DATE", "1991", None)]),
    ("Sales for the full year of 1990 rose.", "1991-06-01", [("1990", "DATE", "1990", None)]),
    # "per day (BPD)": a rate before a bracket
    ("Output is 420,000 barrels per day (BPD) at the field.", "1991-06-01",
     [("per day", "SET", "P1D", None)]),
    # a possessive's weekend
    ("Bonds fell after the company's weekend filing for bankruptcy.", "1991-06-03",
     [("weekend", "DATE", "1991-W22-WE", None)]),
    ("She hosts the network's weekend show.", "1991-06-03", []),
    # a deadline after "could" is still ahead; "said in January" dates the saying
    ("Officials said the line could be repaired by Saturday.", "1991-06-04",
     [("Saturday", "DATE", "1991-06-08", None)]),
    ("The firm, due to be sold later, said in January it was planning a share issue.", "1991-06-04",
     [("January", "DATE", "1991-01", None)]),
    # monthly figures: "the year-ago period" is the month in question a year back, unless a
    # quarter was named (earnings news)
    ("Dealers said late May truck sales rose, against the year-ago period.", "1990-06-04",
     [("late May", "DATE", "1990-05", "END"), ("the year-ago period", "DATE", "1989-05", None)]),
    ("Exports fell in April from the same 1989 month.", "1990-05-20",
     [("April", "DATE", "1990-04", None), ("the same 1989 month", "DATE", "1989-04", None)]),
    ("Orders in October rose from the year earlier month.", "1990-11-20",
     [("October", "DATE", "1990-10", None), ("the year earlier month", "DATE", "1989-10", None)]),
    ("Net rose in the second quarter. In June alone sales fell, but the year-ago period was weak.",
     "1990-07-20", [("the second quarter", "DATE", "1990-Q2", None), ("June", "DATE", "1990-06", None),
                    ("the year-ago period", "DATE", "1989-Q2", None)]),
    # the first end of a range of months is a date of its own
    ("Shipments were 350,000 tonnes for Oct 1988-March 1989.", "1989-04-06",
     [("Oct 1988", "DATE", "1988-10", None), ("March 1989", "DATE", "1989-03", None)]),
    ("Imports for April-Sept 1988 rose.", "1989-04-06",
     [("April", "DATE", "1988-04", None), ("Sept 1988", "DATE", "1988-09", None)]),
    # "the" before "mid-"/"late-" stays out when a noun follows: it is that noun's
    ("Truck sales in the mid-June sales period fell.", "1989-07-06",
     [("mid-June", "DATE", "1989-06", "MID")]),
    ("Prices rose in the late 1970s.", "1989-07-06", [("the late 1970s", "DATE", "197", "END")]),
    # wire style spells a day under ten as a capitalized number word
    ("The company will redeem the notes on April Six.", "1988-03-06",
     [("April Six", "DATE", "1988-04-06", None)]),
    ("Trading resumes May One, 1989, the exchange said.", "1988-03-06",
     [("May One, 1989", "DATE", "1989-05-01", None)]),
    ("Prices fell in March and two analysts said so.", "1988-04-06", [("March", "DATE", "1988-03", None)]),
    # "that" after a reporting verb is the conjunction, not "that quarter"
    ("Earlier, the company reported that third-quarter profit fell.", "1990-10-20",
     [("third-quarter", "DATE", "1990-Q3", None)]),
    ("In that third quarter, sales fell.", "1990-10-20", [("that third quarter", "DATE", "1990-Q3", None)]),
    # "April of that year": the year the text last spoke of
    ("Rates last rose in June 1984 after a discount rate rise in April of that year.", "1987-03-31",
     [("June 1984", "DATE", "1984-06", None), ("April of that year", "DATE", "1984-04", None)]),
    ("He joined in 1979 and left in May of the same year.", "1987-03-31",
     [("1979", "DATE", "1979", None), ("May of the same year", "DATE", "1979-05", None)]),
    # "the week ended March 4" (weekly figures), as TimeBank marks "the year ended Sept. 30"
    ("M-1 rose 200 mln dlrs in week ended March 4, the bank said.", "1987-03-12",
     [("week", "DURATION", "P1W", None), ("March 4", "DATE", "1987-03-04", None)]),
    ("Stocks fell in the week ended Friday.", "1987-03-12",
     [("the week", "DURATION", "P1W", None), ("Friday", "DATE", "1987-03-06", None)]),
    ("The week ended with a rally.", "1987-03-12", []),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "date", "expected"), CASES)
def test_wire_causes(parser, text, date, expected):
    assert found(parser, text, date) == expected
