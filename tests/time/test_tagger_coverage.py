"""Coverage probe: the categories of the TIMEX3 guidelines (TimeML 1.2.1) and the TimeML
annotation examples, crossed with English variants (modifiers x units x anchors), in our own
phrases. Expected values follow the guidelines and, where the TempEval-3 training data shows
the category, its annotators' convention ("around 7:15 p.m." keeps "around" with mod APPROX;
"30-year" bonds are P30Y; "the weekend" is the ISO week's WE; "recent months" ...). They were
decided before looking at the tagger's output; the rows the tagger still gets wrong are
marked xfail (strict), so that a fix shows up.

The article date is Wednesday 2020-06-24 (ISO week 2020-W26).
"""

from __future__ import annotations

import pytest

from .conftest import found

D = "2020-06-24"


def _gap(row: tuple, reason: str):  # type: ignore[no-untyped-def]
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason))


# (category, text, expected (text, type, value, mod) of every expression)
ROWS = [
    # ---- a part of a period: modifier x unit x anchor
    ("part", "Growth will slow in the first half of next year.",
     [("the first half of next year", "DATE", "2021-H1", None)]),
    ("part", "Stocks fell sharply in the closing days of 1999.",
     [("the closing days of 1999", "DATE", "1999", "END")]),
    ("part", "Stocks fell in the final days of 1999.", [("the final days of 1999", "DATE", "1999", "END")]),
    ("part", "Hiring slowed in the first weeks of 2019.", [("the first weeks of 2019", "DATE", "2019", "START")]),
    ("part", "The reforms came in the last months of 2018.",
     [("the last months of 2018", "DATE", "2018", "END")]),
    ("part", "Prices should stabilize by mid-decade.", [("mid-decade", "DATE", "202", "MID")]),
    ("part", "The market was quiet at midyear.", [("midyear", "DATE", "2020", "MID")]),
    ("part", "Emissions must fall to zero by mid-century.", [("mid-century", "DATE", "20", "MID")]),
    ("part", "Prices usually fall by summer's end.", [("summer's end", "DATE", "2020-SU", "END")]),
    ("part", "Prices rose earlier this month.", [("earlier this month", "DATE", "2020-06", "START")]),
    ("part", "The bill will pass later this week.", [("later this week", "DATE", "2020-W26", "END")]),
    ("part", "The report is due at the end of the month.", [("the end of the month", "DATE", "2020-06", "END")]),
    ("part", "The vote is set for mid-July.", [("mid-July", "DATE", "2020-07", "MID")]),
    ("part", "The talks resume in the middle of next week.",
     [("the middle of next week", "DATE", "2020-W27", "MID")]),
    ("part", "The plant opens at the beginning of 2021.", [("the beginning of 2021", "DATE", "2021", "START")]),
    ("part", "Sales rose in the latter part of the year.",
     [("the latter part of the year", "DATE", "2020", "END")]),
    ("part", "Prices peaked in early 2019.", [("early 2019", "DATE", "2019", "START")]),
    ("part", "The treaty expires at the end of the decade.", [("the end of the decade", "DATE", "202", "END")]),
    ("part", "Profits are expected to rise by year-end.", [("year-end", "DATE", "2020", "END")]),
    # ---- a month's week: the ISO week that holds it
    ("week", "It happened in the first week of July.", [("the first week of July", "DATE", "2019-W27", None)]),
    ("week", "It happened during the last week of May.", [("the last week of May", "DATE", "2020-W22", None)]),
    ("week", "The summit is planned for the second week of August.",
     [("the second week of August", "DATE", "2020-W33", None)]),
    # ---- decades and centuries
    ("decade", "The band was popular in the early '80s.", [("the early '80s", "DATE", "198", "START")]),
    ("decade", "Housing boomed in the late 1990s.", [("the late 1990s", "DATE", "199", "END")]),
    ("decade", "The treaty was signed in the mid-1980s.", [("the mid-1980s", "DATE", "198", "MID")]),
    ("decade", "The company was founded in the early 2000s.", [("the early 2000s", "DATE", "200", "START")]),
    ("decade", "The plant closed two decades ago.", [("two decades ago", "DATE", "200", None)]),
    ("decade", "GDP doubled over the past decade.", [("the past decade", "DATE", "201", None)]),
    ("century", "The challenges of the 21st century are new.", [("21st century", "DATE", "20", None)]),
    ("century", "The novel is set in the 19th century.", [("19th century", "DATE", "18", None)]),
    ("century", "The style dates from the early 20th century.",
     [("the early 20th century", "DATE", "19", "START")]),
    # ---- fiscal periods and reporting quarters
    ("fiscal", "Profit rose in the third quarter of fiscal 2001.",
     [("the third quarter of fiscal 2001", "DATE", "2001-Q3", None)]),
    ("fiscal", "Revenue fell in fiscal 1999.", [("fiscal 1999", "DATE", "1999", None)]),
    ("fiscal", "Earnings rose in the second quarter from the year-ago quarter.",
     [("the second quarter", "DATE", "2020-Q2", None), ("the year-ago quarter", "DATE", "2019-Q2", None)]),
    ("fiscal", "The company reported a loss for the fiscal year ending June 30.",
     [("the fiscal year", "DURATION", "P1Y", None), ("June 30", "DATE", "2020-06-30", None)]),
    # ---- anchored on the time the text last spoke of
    ("anaphoric", "The rebels attacked on June 2. The following morning, troops arrived.",
     [("June 2", "DATE", "2020-06-02", None), ("The following morning", "TIME", "2020-06-03TMO", None)]),
    ("anaphoric", "He arrived on June 2 and spoke that evening.",
     [("June 2", "DATE", "2020-06-02", None), ("that evening", "TIME", "2020-06-02TEV", None)]),
    ("anaphoric", "The vote came on June 10. The day before, protesters marched.",
     [("June 10", "DATE", "2020-06-10", None), ("The day before", "DATE", "2020-06-09", None)]),
    ("anaphoric", "He left on Monday and returned the day after.",
     [("Monday", "DATE", "2020-06-22", None), ("the day after", "DATE", "2020-06-23", None)]),
    ("anaphoric", "The vote came in 2019. The year before, protesters marched.",
     [("2019", "DATE", "2019", None), ("The year before", "DATE", "2018", None)]),
    ("anaphoric", "He left Rome in 2005. The next year, he moved to Paris.",
     [("2005", "DATE", "2005", None), ("The next year", "DATE", "2006", None)]),
    ("anaphoric", "He moved to Paris in 2010. The prior year, he had lived in Rome.",
     [("2010", "DATE", "2010", None), ("The prior year", "DATE", "2009", None)]),
    ("anaphoric", "The vote came on June 10. The next day, protesters marched.",
     [("June 10", "DATE", "2020-06-10", None), ("The next day", "DATE", "2020-06-11", None)]),
    ("anaphoric", "The vote came on June 10. The previous week, protesters marched.",
     [("June 10", "DATE", "2020-06-10", None), ("The previous week", "DATE", "2020-W23", None)]),
    # ---- counted from the article date
    ("deictic", "The vote will come a week from today.", [("a week from today", "DATE", "2020-W27", None)]),
    ("deictic", "The plant will open a year from now.", [("a year from now", "DATE", "2021", None)]),
    ("deictic", "He leaves the day after tomorrow.", [("the day after tomorrow", "DATE", "2020-06-26", None)]),
    ("deictic", "He left the day before yesterday.", [("the day before yesterday", "DATE", "2020-06-22", None)]),
    ("deictic", "The park reopens next spring.", [("next spring", "DATE", "2021-SP", None)]),
    ("deictic", "Snow fell heavily last winter.", [("last winter", "DATE", "2020-WI", None)]),
    ("deictic", "The storm hit over the weekend.", [("the weekend", "DATE", "2020-W25-WE", None)]),
    ("deictic", "The deadline passed last Friday.", [("last Friday", "DATE", "2020-06-19", None)]),
    ("deictic", "The ministers meet next Tuesday.", [("next Tuesday", "DATE", "2020-06-30", None)]),
    ("deictic", "The firm was founded 50 years ago.", [("50 years ago", "DATE", "1970", None)]),
    ("deictic", "Growth will slow over the next year.", [("the next year", "DATE", "2021", None)]),
    ("deictic", "The plant closed the year before last.", [("the year before last", "DATE", "2018", None)]),
    ("deictic", "They met the week before last.", [("the week before last", "DATE", "2020-W24", None)]),
    ("deictic", "Prices fell over the past weekend.", [("the past weekend", "DATE", "2020-W25-WE", None)]),
    ("deictic", "The company forecast a loss for the current year.",
     [("the current year", "DATE", "2020", None)]),
    ("deictic", "Sales dropped in the past year.", [("the past year", "DATE", "2019", None)]),
    _gap(("deictic", "The vote is on the 30th.", [("the 30th", "DATE", "2020-06-30", None)]),
         "a bare ordinal day of the month is not taken: 'the 30th' is as often a rank"),
    # ---- holidays
    ("holiday", "The family met on Christmas Eve.", [("Christmas Eve", "DATE", "2019-12-24", None)]),
    ("holiday", "The law takes effect on New Year's Day.", [("New Year's Day", "DATE", "2021-01-01", None)]),
    ("holiday", "The family met on Thanksgiving.", [("Thanksgiving", "DATE", "2019-11-28", None)]),
    ("holiday", "Parades were held on Memorial Day.", [("Memorial Day", "DATE", "2020-05-25", None)]),
    ("holiday", "The vote is after Labor Day.", [("Labor Day", "DATE", "2020-09-07", None)]),
    ("holiday", "Fireworks are planned for the Fourth of July.",
     [("the Fourth of July", "DATE", "2020-07-04", None)]),
    ("holiday", "The town celebrated Fourth of July with a parade.",
     [("Fourth of July", "DATE", "2019-07-04", None)]),
    ("holiday", "May Day protests turned violent.", [("May Day", "DATE", "2020-05-01", None)]),
    ("holiday", "The Sept. 11 attacks shocked the world.", [("Sept. 11", "DATE", "2001-09-11", None)]),
    ("holiday", "Churches were full on Easter.", [("Easter", "DATE", "2020-04-12", None)]),
    ("holiday", "Parties were held on New Year's Eve.", [("New Year's Eve", "DATE", "2019-12-31", None)]),
    # ---- times of day
    ("time", "The troops attacked at dawn.", [("dawn", "TIME", "2020-06-24TMO", None)]),
    ("time", "The convoy left before nightfall.", [("nightfall", "TIME", "2020-06-24TEV", None)]),
    ("time", "The troops attacked around noon.", [("around noon", "TIME", "2020-06-24T12:00", "APPROX")]),
    ("time", "He cooked around midnight.", [("around midnight", "TIME", "2020-06-24T24:00", "APPROX")]),
    ("time", "The blast came shortly after midnight.", [("midnight", "TIME", "2020-06-24T24:00", None)]),
    ("time", "Gunmen struck last night.", [("last night", "TIME", "2020-06-23TNI", None)]),
    ("time", "The vote was Tuesday afternoon.", [("Tuesday afternoon", "TIME", "2020-06-23TAF", None)]),
    ("time", "The market closes at 5 p.m. EST.", [("5 p.m. EST", "TIME", "2020-06-24T17:00", None)]),
    # "the night of Oct. 23": TimeBank and AQUAINT mark the day alone (2 of 2 in the training data)
    ("time", "The fire broke out on the night of June 5, 2019.", [("June 5, 2019", "DATE", "2019-06-05", None)]),
    ("time", "Polls close at 8 p.m. Eastern.", [("8 p.m. Eastern", "TIME", "2020-06-24T20:00", None)]),
    ("time", "The blast came at 7 a.m. Pacific Time.", [("7 a.m. Pacific Time", "TIME", "2020-06-24T07:00", None)]),
    ("time", "The speech is Thursday at 2 p.m.", [("Thursday at 2 p.m.", "TIME", "2020-06-25T14:00", None)]),
    ("time", "The fire started early Sunday morning.",
     [("early Sunday morning", "TIME", "2020-06-21TMO", "START")]),
    ("time", "Troops left the next morning.", [("the next morning", "TIME", "2020-06-25TMO", None)]),
    # ---- the period the text speaks of
    ("period", "The plant was idle for most of the year.", [("the year", "DATE", "2020", None)]),
    ("period", "The office is closed for the rest of the week.", [("the week", "DATE", "2020-W26", None)]),
    ("period", "Prices have risen 10% since the start of the year.",
     [("the start of the year", "DATE", "2020", "START")]),
    ("period", "A deal could come later in the week.", [("later in the week", "DATE", "2020-W26", "END")]),
    ("period", "Troops had left earlier that week.", [("earlier that week", "DATE", "2020-W26", "START")]),
    # ---- amounts of time
    ("duration", "A decision is expected within the next 48 hours.",
     [("the next 48 hours", "DURATION", "PT48H", None)]),
    ("duration", "He spent nearly a decade in prison.", [("nearly a decade", "DURATION", "P10Y", "LESS_THAN")]),
    ("duration", "It lasted about six months.", [("about six months", "DURATION", "P6M", "APPROX")]),
    ("duration", "The weeklong festival ended.", [("weeklong", "DURATION", "P1W", None)]),
    ("duration", "The stock hit a 52-week high.", [("52-week", "DURATION", "P52W", None)]),
    ("duration", "Sales rose 5% over the past 12 months.", [("the past 12 months", "DURATION", "P12M", None)]),
    ("duration", "Prices will rise over the next few years.", [("the next few years", "DURATION", "PXY", None)]),
    ("duration", "Prices fell for the first time in a decade.", [("a decade", "DURATION", "P10Y", None)]),
    ("duration", "The decade-long war ended.", [("decade-long", "DURATION", "P10Y", None)]),
    ("duration", "Workers began a 24-hour strike.", [("24-hour", "DURATION", "PT24H", None)]),
    ("duration", "The treasury sold 30-year bonds.", [("30-year", "DURATION", "P30Y", None)]),
    ("duration", "Prices rose over the past three decades.",
     [("the past three decades", "DURATION", "P30Y", None)]),
    ("duration", "Rain fell over the last 24 hours.", [("the last 24 hours", "DURATION", "PT24H", None)]),
    ("duration", "The war lasted three and a half years.",
     [("three and a half years", "DURATION", "P3Y6M", None)]),
    ("duration", "He has lived there for decades.", [("decades", "DURATION", "PXDE", None)]),
    # ---- a point a signal word bounds: the point is the expression
    ("signal", "Unemployment has fallen since 1995.", [("1995", "DATE", "1995", None)]),
    ("signal", "As of March, the fund held $2 billion.", [("March", "DATE", "2020-03", None)]),
    ("signal", "The city will be carbon-free by 2030.", [("2030", "DATE", "2030", None)]),
    ("signal", "Prices rose between 1990 and 1995.",
     [("1990", "DATE", "1990", None), ("1995", "DATE", "1995", None)]),
    ("signal", "The office will be closed from Monday to Friday.",
     [("Monday", "DATE", "2020-06-29", None), ("Friday", "DATE", "2020-07-03", None)]),
    ("signal", "Talks will run from Thursday through Tuesday.",
     [("Thursday", "DATE", "2020-06-25", None), ("Tuesday", "DATE", "2020-06-30", None)]),
    ("signal", "The office was closed from Monday to Friday.",
     [("Monday", "DATE", "2020-06-22", None), ("Friday", "DATE", "2020-06-26", None)]),
    ("signal", "The ban runs through 2022.", [("2022", "DATE", "2022", None)]),
    # ---- recurring times
    ("set", "The data are updated hourly.", [("hourly", "SET", "PT1H", None)]),
    ("set", "The club meets once a month.", [("once a month", "SET", "P1M", None)]),
    ("set", "The market is held every Monday.", [("every Monday", "SET", "XXXX-WXX-1", None)]),
    ("set", "Elections are held every two years.", [("every two years", "SET", "P2Y", None)]),
    ("set", "The board meets twice a week.", [("twice a week", "SET", "P1W", None)]),
    ("set", "The festival is held every other year.", [("every other year", "SET", "P2Y", None)]),
    ("set", "The firm reports quarterly.", [("quarterly", "SET", "P3M", None)]),
    ("set", "The index will be revised semiannually.", [("semiannually", "SET", "P6M", None)]),
    ("set", "The prize is awarded annually.", [("annually", "SET", "P1Y", None)]),
    ("set", "The fair is held each year.", [("each year", "SET", "P1Y", None)]),
    # ---- vague references
    ("vague", "Talks will continue in the coming weeks.", [("the coming weeks", "DATE", "FUTURE_REF", None)]),
    ("vague", "More rain is expected in the coming days.", [("the coming days", "DATE", "FUTURE_REF", None)]),
    ("vague", "Prices have risen in recent months.", [("recent months", "DATE", "PAST_REF", None)]),
    ("vague", "Nowadays few people write letters.", [("Nowadays", "DATE", "PRESENT_REF", None)]),
    ("vague", "He arrived a few days ago.", [("a few days ago", "DATE", "PAST_REF", None)]),
]

# Look-alikes: names, titles, amounts and adjectives that are no temporal expression here.
NOT_TIMEX = [
    "The Sunday Times reported the story.",
    "She appeared on the Today show.",
    "He watched 24-hour news channels.",
    "Call the 24-hour hotline for help.",
    "A 10-year-old boy was hurt.",
    "He writes for the Financial Times.",
    "The Weekly Standard closed.",
    "He spoke on Good Morning America.",
    "She starred in Friday Night Lights.",
    "She watched Saturday Night Live.",
    "Apollo 11 landed on the moon.",
    "He lives on Spring Street.",
    "He is in his 70s.",
    "The first half ended goalless.",
    "The Summer Olympics were postponed.",
    "Windows 2000 was released.",
    "The Winter Palace was stormed.",
    "The firm paid its quarterly dividend.",
    "The sunset clause expires.",
    "The company employs 1,990 workers.",
    "He won the 100-meter dash.",
    "Revenue was down from $450 million the year before.",
    "They sold mid-century modern furniture.",
    "It is time to act.",
    "The plane departed on time.",
    "Full-time jobs rose.",
    "The first time he saw it, he cried.",
    "March Madness began.",
    "The stock rose in after-hours trading.",
    "The 60 Minutes report aired.",
]


@pytest.mark.model
@pytest.mark.parametrize(("category", "text", "expected"), ROWS,
                         ids=[f"{r.values[0] if hasattr(r, 'values') else r[0]}-{i}" for i, r in enumerate(ROWS)])
def test_coverage(parser, category, text, expected):
    assert found(parser, text, D) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", NOT_TIMEX)
def test_coverage_lookalikes(parser, text):
    assert found(parser, text, D) == []
