"""Conventions of TimeBank and AQUAINT (the TempEval-3 training data) that the grammar
follows where the TIMEX3 guidelines leave a choice, and the tense cues that choose the
year of a partial date. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import found

# Earnings news: "a year ago" and "the year-earlier period" compare with the quarter the
# story is about; a second comparison counts from that quarter again, not from the first
# comparison.
COMPARISONS = [
    ("Profit rose 5% in the third quarter from a year earlier. Sales fell 2% from a year earlier.",
     "1989-10-26",
     [("the third quarter", "DATE", "1989-Q3", None), ("a year earlier", "DATE", "1988-Q3", None),
      ("a year earlier", "DATE", "1988-Q3", None)]),
    ("Net income fell in the third quarter. In the year-earlier period, the company earned $4 million. "
     "Revenue in the latest quarter rose.", "1989-10-26",
     [("the third quarter", "DATE", "1989-Q3", None), ("the year-earlier period", "DATE", "1988-Q3", None),
      ("the latest quarter", "DATE", "1989-Q3", None)]),
    ("Output rose 8% from a year ago. Costs were higher than a year earlier.", "1989-10-26",
     [("a year ago", "DATE", "1988", None), ("a year earlier", "DATE", "1988", None)]),
    # "the latest quarter" has ended; "the 1988 period" is that year's quarter in question
    ("It expects a fourth-quarter charge. Profit fell 59% in the latest quarter.", "1989-11-02",
     [("fourth-quarter", "DATE", "1989-Q4", None), ("the latest quarter", "DATE", "1989-Q3", None)]),
    ("Sales rose in the quarter ended Sept. 30. In the 1988 period, the company earned $20 million. "
     "The year-ago results were restated.", "1989-10-26",
     [("the quarter", "DATE", "1989-Q3", None), ("Sept. 30", "DATE", "1989-09-30", None),
      ("the 1988 period", "DATE", "1988-Q3", None), ("year-ago", "DATE", "1988-Q3", None)]),
    # figures "for the nine months" (the year so far) compare with the year before, not
    # with the quarter named before them; a quarter named again is the reference again
    ("Profit rose in the third quarter. For the nine months, net was $9 million, compared with "
     "$7 million a year earlier.", "1989-10-26",
     [("the third quarter", "DATE", "1989-Q3", None), ("the nine months", "DURATION", "P9M", None),
      ("a year earlier", "DATE", "1988", None)]),
    ("In the first nine months, net fell to $30 million from $40 million in the 1988 period. "
     "The year-ago results included a gain.", "1989-10-26",
     [("the first nine months", "DURATION", "P9M", None), ("the 1988 period", "DATE", "1988", None),
      ("year-ago", "DATE", "1988", None)]),
    ("For the six months, sales rose 4% from a year ago. In the fourth quarter, sales fell from a year ago.",
     "1990-01-20",
     [("the six months", "DURATION", "P6M", None), ("a year ago", "DATE", "1988", None),
      ("the fourth quarter", "DATE", "1989-Q4", None), ("a year ago", "DATE", "1988-Q4", None)]),
    ("He left Boston in 1990. Two years later he moved to Ohio, and the following year to Utah.",
     "1999-03-01",
     [("1990", "DATE", "1990", None), ("Two years", "DURATION", "P2Y", None),
      ("the following year", "DATE", "1993", None)]),
]

# "the past year" is the year before the article's; "for the year" the article's year.
PERIODS = [
    ("Hate groups grew over the past year.", "1998-03-03", [("the past year", "DATE", "1997", None)]),
    ("Wages lost ground to inflation in the last decade.", "1998-02-06",
     [("the last decade", "DATE", "198", None)]),
    ("The plant will close over the next year or so.", "1989-11-02",
     [("the next year or so", "DATE", "1990", "APPROX")]),
    ("Sales for the full year rose 13%.", "1989-11-02", [("the full year", "DATE", "1989", None)]),
    ("For the year, volume was flat.", "1989-11-02", [("the year", "DATE", "1989", None)]),
    ("Earnings will be lower for the fiscal year.", "1989-11-02", [("the fiscal year", "DATE", "1989", None)]),
    ("It expects higher sales in the current fiscal year.", "1989-11-02",
     [("the current fiscal year", "DATE", "1989", None)]),
    ("The index fell 2% on Friday. For the week, it dropped 3.8%.", "1989-10-30",
     [("Friday", "DATE", "1989-10-27", None), ("the week", "DATE", "1989-W43", None)]),
    ("Revenue fell 9% through the first nine months of the year.", "1989-10-30",
     [("the first nine months", "DURATION", "P9M", None), ("the year", "DATE", "1989", None)]),
    ("It was the week's most active session.", "1989-10-30", [("the week", "DATE", "1989-W44", None)]),
    # not the period in question: a duration ended on a day, or a comparison
    ("Revenue was $76 million for the year ended March 31.", "1989-11-01",
     [("the year", "DURATION", "P1Y", None), ("March 31", "DATE", "1989-03-31", None)]),
    ("Sales rose from the year before.", "1989-11-01", []),
    ("She was named person of the year in 1995.", "1999-03-01", [("1995", "DATE", "1995", None)]),
]

# Vague amounts and references that TimeBank marks.
VAGUE = [
    ("Over the next couple of years we expect growth.", "1989-10-26",
     [("the next couple of years", "DURATION", "P2Y", "APPROX")]),
    ("Over the years many patients waited.", "1998-03-31", [("the years", "DURATION", "PXY", None)]),
    ("In the years that followed, the group grew.", "2000-04-01", [("the years", "DURATION", "PXY", None)]),
    ("It may take years to sort out the claims.", "2013-11-14", [("years", "DURATION", "PXY", None)]),
    ("Losses will cut tax payments in future quarters.", "1989-10-30",
     [("future quarters", "DATE", "FUTURE_REF", None)]),
    ("It does not bode well for coming quarters.", "1989-10-26", [("coming quarters", "DATE", "FUTURE_REF", None)]),
    ("Orders rose from the low levels of the early summer.", "1989-10-26",
     [("the early summer", "DATE", "1989-SU", "START")]),
    ("It delayed construction because of current market conditions.", "1989-10-30",
     [("current", "DATE", "PRESENT_REF", None)]),
    ("Holders may buy shares at the then current market price.", "1989-10-26",
     [("then current", "DATE", "PAST_REF", None)]),
    # the finance term is not a time
    ("The current account deficit widened.", "1989-10-26", []),
    ("The years of war left scars.", "1999-03-01", []),
]

# Formats of wire and British news.
FORMATS = [
    ("The explosion happened at 0700 GMT.", "2013-03-22", [("0700 GMT", "TIME", "2013-03-22T07:00", None)]),
    ("The blast came at about 10:30.", "2013-03-22", [("about 10:30", "TIME", "2013-03-22T10:30", "APPROX")]),
    ("The financial crisis of 2008-2009 hit exports.", "2013-03-22",
     [("2008", "DATE", "2008", None), ("2009", "DATE", "2009", None)]),
    ("Growth slowed in 2012's fourth quarter.", "2013-03-21", [("2012's fourth quarter", "DATE", "2012-Q4", None)]),
    ("It could be effective as early as next year's first quarter.", "2013-03-21",
     [("next year's first quarter", "DATE", "2014-Q1", None)]),
    ("Sales fell in last year's second half.", "2013-03-21", [("last year's second half", "DATE", "2012-H2", None)]),
    ("Call 555-2020 for tickets.", "2013-03-22", []),
    ("The score was 10:30 at halftime.", "2013-03-22", []),
    ("Homes cost $891 a month to $1,437 a month.", "2013-12-02",
     [("a month", "SET", "P1M", None), ("a month", "SET", "P1M", None)]),
]

# The year of a partial date: the tense of its own clause, not of a clause it hangs from.
TENSE = [
    # an adjective inside a noun phrase: the split was authorized, the payment is ahead
    ("Directors authorized a 3-for-2 split, payable Dec. 7 to stock of record Nov. 22.", "1989-10-27",
     [("Dec. 7", "DATE", "1989-12-07", None), ("Nov. 22", "DATE", "1989-11-22", None)]),
    # a deadline set in the past may still be ahead
    ("The offer was extended to Nov. 16.", "1989-10-30", [("Nov. 16", "DATE", "1989-11-16", None)]),
    ("The bank extended the loans through January.", "1989-10-30", [("January", "DATE", "1990-01", None)]),
    # ... a weekday or a clock time on it too: the nearest one, which is mostly ahead
    ("The agency has given the family until 9 a.m. Tuesday to sign.", "2000-04-03",
     [("9 a.m. Tuesday", "TIME", "2000-04-04T09:00", None)]),
    ("The board extended the deadline until Friday.", "1991-03-12", [("Friday", "DATE", "1991-03-15", None)]),
    ("By Monday, the officials had hardened their stand.", "2000-04-03", [("Monday", "DATE", "2000-04-03", None)]),
    # the end of a range is no deadline
    ("It bought 254,200 shares from Sept. 14 to Thursday.", "1989-10-30",
     [("Sept. 14", "DATE", "1989-09-14", None), ("Thursday", "DATE", "1989-10-26", None)]),
    # a past tense does not send a day of the coming weeks eleven months back: news
    # would have written that day's year
    ("Dunkin' has set Nov. 10 as the deadline for bids.", "1989-11-02", [("Nov. 10", "DATE", "1989-11-10", None)]),
    ("The company declared a dividend, payable Dec. 1.", "1989-10-27", [("Dec. 1", "DATE", "1989-12-01", None)]),
    ("The plant closed on Dec. 20.", "1990-01-05", [("Dec. 20", "DATE", "1989-12-20", None)]),
    ("The plant closed on June 20.", "1990-01-05", [("June 20", "DATE", "1989-06-20", None)]),
    # "the week of March 6": the ISO week that holds the day
    ("A court hearing the week of March 6 may settle it.", "2000-02-24",
     [("the week of March 6", "DATE", "2000-W10", None)]),
    ("The talks were held the week of Jan. 9, 2012.", "2013-03-20",
     [("the week of Jan. 9, 2012", "DATE", "2012-W02", None)]),
    # a past perfect plan looks back
    ("The offer had been due to expire Friday evening.", "1989-10-30",
     [("Friday evening", "TIME", "1989-10-27TEV", None)]),
    # a plan told in the past is still ahead when reported
    ("The team planned to leave Nairobi on Thursday.", "1998-09-30", [("Thursday", "DATE", "1998-10-01", None)]),
    # a participle clause takes the tense of its clause
    ("The stock has slumped, closing unchanged Friday at $29.", "1989-10-30",
     [("Friday", "DATE", "1989-10-27", None)]),
    # a noun phrase in a future clause
    ("Collins will command the shuttle on a mission in December.", "1998-03-04",
     [("December", "DATE", "1998-12", None)]),
]


@pytest.mark.model
@pytest.mark.parametrize("text,date,expected", COMPARISONS, ids=[t[:40] for t, _, _ in COMPARISONS])
def test_tagger_comparisons_keep_the_reference_period(parser, text, date, expected):
    assert found(parser, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,date,expected", PERIODS, ids=[t[:40] for t, _, _ in PERIODS])
def test_tagger_periods_of_the_text(parser, text, date, expected):
    assert found(parser, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,date,expected", TENSE, ids=[t[:40] for t, _, _ in TENSE])
def test_tagger_partial_dates_read_their_own_clause(parser, text, date, expected):
    assert found(parser, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,date,expected", VAGUE, ids=[t[:40] for t, _, _ in VAGUE])
def test_tagger_vague_amounts_and_references(parser, text, date, expected):
    assert found(parser, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,date,expected", FORMATS, ids=[t[:40] for t, _, _ in FORMATS])
def test_tagger_wire_formats(parser, text, date, expected):
    assert found(parser, text, date) == expected
