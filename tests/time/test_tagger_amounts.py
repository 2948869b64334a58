"""Durations, sets (recurring times), vague references and times of day.

Values follow the TIMEX3 guidelines (TimeML 1.2.1): durations "P3Y", "PT5H", unknown
amounts "PXY"; sets carry the period ("every week" is P1W); references PRESENT_REF,
PAST_REF, FUTURE_REF; times "2020-06-24T10:30" or a part of the day ("TNI").
"""

from __future__ import annotations

import pytest

from .conftest import found

D = "2020-06-24"

DURATIONS = [
    ("The war lasted for three years.", D, [("three years", "DURATION", "P3Y", None)]),
    ("He spent 18 months in prison.", D, [("18 months", "DURATION", "P18M", None)]),
    ("The talks lasted five hours.", D, [("five hours", "DURATION", "PT5H", None)]),
    ("The flight takes 90 minutes.", D, [("90 minutes", "DURATION", "PT90M", None)]),
    ("The blast was heard for 30 seconds.", D, [("30 seconds", "DURATION", "PT30S", None)]),
    ("Rescuers worked for 24 hours.", D, [("24 hours", "DURATION", "PT24H", None)]),
    ("She stayed for a week.", D, [("a week", "DURATION", "P1W", None)]),
    ("The project will take a decade.", D, [("a decade", "DURATION", "P10Y", None)]),
    ("The conflict has lasted two decades.", D, [("two decades", "DURATION", "P20Y", None)]),
    ("The drought has lasted several years.", D, [("several years", "DURATION", "PXY", None)]),
    ("Repairs will take a few days.", D, [("a few days", "DURATION", "PXD", None)]),
    ("Negotiators spent many months on the text.", D, [("many months", "DURATION", "PXM", None)]),
    ("They signed a three-year contract.", D, [("three-year", "DURATION", "P3Y", None)]),
    ("Output has grown over the past two years.", D, [("the past two years", "DURATION", "P2Y", None)]),
    ("Prices rose in the last three months.", D, [("the last three months", "DURATION", "P3M", None)]),
    ("Talks will continue over the next five days.", D, [("the next five days", "DURATION", "P5D", None)]),
    # A single calendar unit after "the past" is the period before the article's, a DATE
    # (as TimeBank and AQUAINT mark it); with a number it is a DURATION.
    ("Profits doubled over the past year.", D, [("the past year", "DATE", "2019", None)]),
    ("The economy shrank in the past decade.", D, [("the past decade", "DATE", "201", None)]),
    ("It took two and a half years to build.", D, [("two and a half years", "DURATION", "P2Y6M", None)]),
    ("The reactor was shut for a year and a half.", D, [("a year and a half", "DURATION", "P1Y6M", None)]),
    ("The hearing lasted 5 1/2 hours.", D, [("5 1/2 hours", "DURATION", "PT5H30M", None)]),
    ("The truce held for more than two years.", D, [("more than two years", "DURATION", "P2Y", "MORE_THAN")]),
    ("Voting lasted about three weeks.", D, [("about three weeks", "DURATION", "P3W", "APPROX")]),
    ("The crisis has lasted nearly a decade.", D, [("nearly a decade", "DURATION", "P10Y", "LESS_THAN")]),
    ("The ban will last at least 30 days.", D, [("at least 30 days", "DURATION", "P30D", "EQUAL_OR_MORE")]),
    ("Detainees can be held for up to six months.", D,
     [("up to six months", "DURATION", "P6M", "EQUAL_OR_LESS")]),
    ("The meeting lasted less than an hour.", D, [("less than an hour", "DURATION", "PT1H", "LESS_THAN")]),
    ("The repairs took a week or so.", D, [("a week or so", "DURATION", "P1W", "APPROX")]),
    ("Sales fell in the first six months.", D, [("the first six months", "DURATION", "P6M", None)]),
    ("He has lived there for years.", D, [("years", "DURATION", "PXY", None)]),
    ("The situation could change within days.", D, [("days", "DURATION", "PXD", None)]),
    ("It was a day-long meeting.", D, [("day-long", "DURATION", "P1D", None)]),
    ("The fast lasts a month.", D, [("a month", "DURATION", "P1M", None)]),
    ("The twenty-four hours after the blast were chaos.", D,
     [("twenty-four hours", "DURATION", "PT24H", None)]),
    ("The program ran for a fortnight.", D, [("a fortnight", "DURATION", "P2W", None)]),
    ("Sales rose 4% in the fiscal year ended in March.", D,
     [("the fiscal year", "DURATION", "P1Y", None), ("March", "DATE", "2020-03", None)]),
]

SETS = [
    ("The committee meets every week.", D, [("every week", "SET", "P1W", None)]),
    ("The paper is published every day.", D, [("every day", "SET", "P1D", None)]),
    ("Elections are held every four years.", D, [("every four years", "SET", "P4Y", None)]),
    ("The festival takes place each year.", D, [("each year", "SET", "P1Y", None)]),
    ("Bins are emptied every other week.", D, [("every other week", "SET", "P2W", None)]),
    ("The board meets twice a year.", D, [("twice a year", "SET", "P1Y", None)]),
    ("Patients take the pill three times a day.", D, [("three times a day", "SET", "P1D", None)]),
    ("He calls his mother once a week.", D, [("once a week", "SET", "P1W", None)]),
    ("The index is updated daily.", D, [("daily", "SET", "P1D", None)]),
    ("The magazine appears weekly.", D, [("weekly", "SET", "P1W", None)]),
    ("The fee is paid annually.", D, [("annually", "SET", "P1Y", None)]),
    ("The monthly report was released.", D, [("monthly", "SET", "P1M", None)]),
    ("The market is open every Monday.", D, [("every Monday", "SET", "XXXX-WXX-1", None)]),
    ("The shop closes on Sundays.", D, [("Sundays", "SET", "XXXX-WXX-7", None)]),
    ("She runs every morning.", D, [("every morning", "SET", "XXXX-XX-XXTMO", None)]),
    ("Tourists flock here every summer.", D, [("every summer", "SET", "XXXX-SU", None)]),
    ("Orangemen march each July.", D, [("each July", "SET", "XXXX-07", None)]),
    ("The job pays $50,000 a year.", D, [("a year", "SET", "P1Y", None)]),
    ("The plant emits 5 tons per day.", D, [("per day", "SET", "P1D", None)]),
    ("Elections are held every few years.", D, [("every few years", "SET", "PXY", None)]),
]

REFERENCES = [
    ("The S-400s are now fully operational.", D, [("now", "DATE", "PRESENT_REF", None)]),
    ("Turkey currently operates the systems.", D, [("currently", "DATE", "PRESENT_REF", None)]),
    ("The minister recently visited Moscow.", D, [("recently", "DATE", "PAST_REF", None)]),
    ("Such deals were rare in the past.", D, [("the past", "DATE", "PAST_REF", None)]),
    ("Turkey will deploy them at a later date.", D, [("a later date", "DATE", "FUTURE_REF", None)]),
    ("More sales are possible in the future.", D, [("the future", "DATE", "FUTURE_REF", None)]),
    ("The two sides will meet in the near future.", D, [("the near future", "DATE", "FUTURE_REF", None)]),
    ("Few people read newspapers nowadays.", D, [("nowadays", "DATE", "PRESENT_REF", None)]),
    ("These days the city is quiet.", D, [("These days", "DATE", "PRESENT_REF", None)]),
    ("Tensions have risen in recent years.", D, [("recent years", "DATE", "PAST_REF", None)]),
    ("Prices may rise in the coming weeks.", D, [("the coming weeks", "DATE", "FUTURE_REF", None)]),
    # "right" stays outside, as the training annotators mark it (2 of 3)
    ("Right now the talks are stalled.", D, [("now", "DATE", "PRESENT_REF", None)]),
    ("Investors fear losses in the short term.", D, [("the short term", "DATE", "FUTURE_REF", None)]),
]

TIMES = [
    ("The blast occurred at 10:30 a.m.", D, [("10:30 a.m.", "TIME", "2020-06-24T10:30", None)]),
    ("The polls close at 8 p.m.", D, [("8 p.m.", "TIME", "2020-06-24T20:00", None)]),
    ("The meeting starts at 3pm.", D, [("3pm", "TIME", "2020-06-24T15:00", None)]),
    ("The curfew begins at midnight.", D, [("midnight", "TIME", "2020-06-24T24:00", None)]),
    ("Lunch is served at noon.", D, [("noon", "TIME", "2020-06-24T12:00", None)]),
    ("The deadline expired at 9 a.m. Tuesday.", D, [("9 a.m. Tuesday", "TIME", "2020-06-23T09:00", None)]),
    ("The rocket launched at 14:30 GMT.", D, [("14:30 GMT", "TIME", "2020-06-24T14:30", None)]),
    ("He woke at 6 in the morning.", D, [("6 in the morning", "TIME", "2020-06-24T06:00", None)]),
    ("The shop opens at 8 o'clock.", D, [("8 o'clock", "TIME", "2020-06-24T08:00", None)]),
    ("The train left at 7 o'clock in the evening.", D,
     [("7 o'clock in the evening", "TIME", "2020-06-24T19:00", None)]),
    ("The alarm rang at 12 a.m.", D, [("12 a.m.", "TIME", "2020-06-24T00:00", None)]),
    ("Talks resumed at 12:15 p.m. on Monday.", D,
     [("12:15 p.m. on Monday", "TIME", "2020-06-22T12:15", None)]),
    ("Fighting stopped by mid afternoon.", D, [("mid afternoon", "TIME", "2020-06-24TAF", "MID")]),
    ("Around 7:15 p.m., shots were fired.", D, [("Around 7:15 p.m.", "TIME", "2020-06-24T19:15", "APPROX")]),
]


def _ids(rows):
    return [text[:48] for text, _, _ in rows]


@pytest.mark.model
@pytest.mark.parametrize("text,date,expected", DURATIONS, ids=_ids(DURATIONS))
def test_tagger_durations(parser, text, date, expected):
    assert found(parser, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,date,expected", SETS, ids=_ids(SETS))
def test_tagger_sets(parser, text, date, expected):
    assert found(parser, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,date,expected", REFERENCES, ids=_ids(REFERENCES))
def test_tagger_vague_references(parser, text, date, expected):
    assert found(parser, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,date,expected", TIMES, ids=_ids(TIMES))
def test_tagger_times_of_day(parser, text, date, expected):
    assert found(parser, text, date) == expected
