"""Recall round (dates round 7): forms of 2010s news that the grammar did not propose, found by
counting, in the TempEval-3 training data, how often each form is marked, and by reading the
second hand-labelled AllSides set and unlabelled AP and Reuters stories of AllSides (all
development data). Each row is a sentence written for these tests; the look-alikes next to
them must stay unmarked.
"""

from __future__ import annotations

import pytest

from .conftest import found

CASES = [
    # a year that modifies a singular noun is a date even where the NER calls it a number
    # or part of a name; an amount counts a plural
    ("Investigators looked at Trump's 2016 campaign and its contacts.", "2019-05-16",
     [("2016", "DATE", "2016", None)]),
    ("The court read a 2015 study written by a strategist.", "2019-05-16",
     [("2015", "DATE", "2015", None)]),
    ("The mayor entered the crowded 2020 presidential race on Thursday.", "2019-05-16",
     [("2020", "DATE", "2020", None), ("Thursday", "DATE", "2019-05-16", None)]),
    ("The company sold 2000 cars last year.", "2019-05-16", [("last year", "DATE", "2018", None)]),
    ("The crashes date to at least 2016, the agency said.", "2019-05-16", [("2016", "DATE", "2016", None)]),
    ("The firm employs at least 2000 people.", "2019-05-16", []),
    # a bare plural amount before "after"/"before": an unknown number of units
    ("The president tweeted minutes after the verdict.", "2019-05-16",
     [("minutes", "DURATION", "PTXM", None)]),
    ("Hours after the dismissals were announced, protesters gathered.", "2019-05-16",
     [("Hours", "DURATION", "PTXH", None)]),
    ("The statement came days before the deadline.", "2019-05-16", [("days", "DURATION", "PXD", None)]),
    ("It was a matter of days before he returned.", "2019-05-16", []),
    ("Better days will come, she said.", "2019-05-16", []),
    # "within hours of" something, "takes them months"
    ("Within hours of the judge's death, the leader spoke.", "2019-05-16",
     [("hours", "DURATION", "PTXH", None)]),
    ("He probably died within weeks or months of his capture.", "2019-05-16",
     [("weeks or months", "DURATION", "PXW", None)]),
    ("It takes them months to decide a case.", "2019-05-16", [("months", "DURATION", "PXM", None)]),
    # "after months of talks": as "after three days of questioning" is three days
    ("After months of talks, the deal was signed.", "2019-05-16", [("months", "DURATION", "PXM", None)]),
    ("The bill triggered weeks of protests.", "2019-05-16", [("weeks", "DURATION", "PXW", None)]),
    ("It took hundreds of years of work.", "2019-05-16", [("hundreds of years", "DURATION", "PXY", None)]),
    ("After weeks of the standoff, they met.", "2019-05-16", []),
    # "the days (weeks) before" an event: a date around the time the text speaks of
    ("The car was seen near his house in the weeks before the shooting.", "2019-05-16",
     [("weeks", "DATE", "2019-05", None)]),
    ("In the months before the vote, the party split.", "2019-05-16",
     [("the months", "DURATION", "PXM", None)]),
    # the first or last units of something that is not a time
    ("Prisoners were taken in the first hours of the ground war.", "2019-05-16",
     [("the first hours", "DURATION", "PTXH", None)]),
    ("Tensions rose during the final days of the campaign.", "2019-05-16",
     [("the final days", "DURATION", "PXD", None)]),
    ("Police arrested him in the early hours of Thursday morning.", "2019-05-16",
     [("Thursday morning", "TIME", "2019-05-16TMO", None)]),
    ("In the first days after the announcement, markets fell.", "2019-05-16", []),
    # "for the month" in a market or data report: the month the text speaks of
    ("The index is down 4.5% for the month.", "2019-08-23", [("the month", "DATE", "2019-08", None)]),
    ("Retail sales rose in July. For the month, car sales fell.", "2019-08-23",
     [("July", "DATE", "2019-07", None), ("the month", "DATE", "2019-07", None)]),
    # the year of a superlative; a title is no date
    ("For the president, the biggest speech of the year is tonight.", "2019-05-16",
     [("the year", "DATE", "2019", None), ("tonight", "TIME", "2019-05-16TNI", None)]),
    ("The magazine named her its Person of the Year.", "2019-05-16", []),
    # the n-th day of something, said of the day the text speaks of
    ("It's the second day of an offensive by the army.", "2019-05-16",
     [("the second day", "DATE", "2019-05-16", None)]),
    ("The shutdown, now in its 21st day, has hurt the agents.", "2019-01-11",
     [("now", "DATE", "PRESENT_REF", None), ("21st day", "DATE", "2019-01-11", None)]),
    ("Workers went unpaid as the shutdown hit its 33rd day.", "2019-01-24",
     [("33rd day", "DATE", "2019-01-24", None)]),
    ("Stocks fell for a second straight day.", "2019-01-24", [("a second straight day", "DATE", "2019-01-24", None)]),
    ("He won a second term in 2012.", "2019-01-24", [("2012", "DATE", "2012", None)]),
    # a decade keeps its article, as "the late 1970s" does
    ("Prices were lower in the 1990s.", "2019-05-16", [("the 1990s", "DATE", "199", None)]),
    # "come spring", "not long ago", "right now" (the training data marks "now", 2 of 3)
    ("The castle will be open again come spring.", "2020-01-02", [("spring", "DATE", "2020-SP", None)]),
    ("She was, not long ago, polling in single digits.", "2020-02-12",
     [("not long ago", "DATE", "PAST_REF", None)]),
    ("We should be at work right now.", "2019-01-13", [("now", "DATE", "PRESENT_REF", None)]),
    # "one day": some day to come after a modal, no amount in a narrative
    ("Islam will one day be the second largest religion there.", "1998-03-03",
     [("one day", "DATE", "FUTURE_REF", None)]),
    ("One day, his office got a call from a grandparent.", "2015-02-19", []),
    ("The sale closed after one day.", "2015-02-19", [("one day", "DURATION", "P1D", None)]),
    # holidays counted from a weekday: Election Day (the Tuesday after the first Monday of
    # November), Black Friday, Mother's Day; Holy Saturday from Easter
    ("Turnout on Election Day may be low.", "1998-10-26", [("Election Day", "DATE", "1998-11-03", None)]),
    ("Stores opened early on Black Friday.", "2013-12-02", [("Black Friday", "DATE", "2013-11-29", None)]),
    ("Flowers sold out before Mother's Day.", "2019-05-16", [("Mother's Day", "DATE", "2019-05-12", None)]),
    ("Pilgrims gathered on Holy Saturday.", "2013-04-02", [("Holy Saturday", "DATE", "2013-03-30", None)]),
    # a day from a holiday
    ("Stores will open early on the day after Thanksgiving.", "2019-11-20",
     [("the day after Thanksgiving", "DATE", "2019-11-29", None)]),
    ("The office closed the day before Christmas.", "2019-12-27",
     [("the day before Christmas", "DATE", "2019-12-24", None)]),
    # round 9: the second day of "April 24 and 25" is a date of its own; a number that goes
    # on to a noun is none
    ("The ministers meet on May 5 and 6 in Geneva.", "1999-02-10",
     [("May 5", "DATE", "1999-05-05", None), ("6", "DATE", "1999-05-06", None)]),
    ("Talks are set for June 2 or 3, 2000, officials said.", "1999-02-10",
     [("June 2", "DATE", "1999-06-02", None), ("3, 2000", "DATE", "2000-06-03", None)]),
    ("On March 3 and 15 people died.", "1999-02-10", [("March 3", "DATE", "1998-03-03", None)]),
    ("Prices on May 4 and 25 percent gains.", "1999-02-10", [("May 4", "DATE", "1999-05-04", None)]),
    # "the latest fiscal year": the last one that has ended, as "the latest quarter"
    ("The group had sales of $6 billion in the latest fiscal year.", "1989-11-02",
     [("the latest fiscal year", "DATE", "1988", None)]),
    ("Sales rose in the most recent fiscal year.", "1989-11-02",
     [("the most recent fiscal year", "DATE", "1988", None)]),
    # "the day after his death": the day of an event, counted from the time the text last
    # spoke of; not before a clause, nor before a time the grammar reads itself
    ("Slepian was shot on Oct. 23. Two men came to his house the day after his death.", "1998-11-21",
     [("Oct. 23", "DATE", "1998-10-23", None), ("the day", "DATE", "1998-10-24", None)]),
    ("She voted the day before the election.", "1998-11-21", [("the day", "DATE", "1998-11-20", None)]),
    ("He was last seen Nov. 3, the day before authorities issued a warrant.", "1998-11-21",
     [("Nov. 3", "DATE", "1998-11-03", None)]),
    ("He left later in the day before returning home.", "1998-11-21", []),
    # "a high for the year of $42.875": an amount after "of" leaves "the year" a date
    ("The stock rose to a high for the year of $42.875 a share in June.", "1989-11-02",
     [("the year", "DATE", "1989", None), ("June", "DATE", "1989-06", None)]),
    ("It was the best month for the year of the dragon.", "1989-11-02", []),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "date", "expected"), CASES)
def test_recall_forms(parser, text, date, expected):
    assert found(parser, text, date) == expected
