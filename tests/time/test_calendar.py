"""Calendar arithmetic: period values, shifts, recurring periods, holidays (facts)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.time import calendar as cal

d = dt.date


@pytest.mark.parametrize("day,gran,value", [
    (d(2021, 1, 1), "week", "2020-W53"),
    (d(2019, 12, 30), "week", "2020-W01"),
    (d(2016, 1, 3), "week", "2015-W53"),
    (d(2021, 1, 3), "weekend", "2020-W53-WE"),
    (d(2020, 6, 24), "quarter", "2020-Q2"),
    (d(2020, 12, 5), "season", "2021-WI"),
    (d(2020, 2, 5), "season", "2020-WI"),
    (d(2020, 6, 24), "decade", "202"),
    (d(2020, 6, 24), "century", "20"),
    (d(2020, 6, 24), "half", "2020-H1"),
])
def test_calendar_point_value(day, gran, value):
    assert cal.point_value(day, gran) == value


@pytest.mark.parametrize("day,gran,n,moved", [
    (d(2020, 3, 31), "month", -1, d(2020, 2, 29)),
    (d(2016, 2, 29), "year", -1, d(2015, 2, 28)),
    (d(2021, 1, 1), "week", -1, d(2020, 12, 25)),
    (d(2020, 11, 15), "quarter", 1, d(2021, 2, 15)),
    (d(2020, 6, 24), "decade", -1, d(2010, 6, 24)),
])
def test_calendar_shift(day, gran, n, moved):
    assert cal.shift(day, gran, n) == moved


@pytest.mark.parametrize("year,easter", [(2019, d(2019, 4, 21)), (2020, d(2020, 4, 12)),
                                         (2024, d(2024, 3, 31)), (2000, d(2000, 4, 23))])
def test_calendar_easter(year, easter):
    assert cal.easter(year) == easter


@pytest.mark.parametrize("year,month,weekday,n,day", [
    (2020, 11, 4, 4, d(2020, 11, 26)),   # Thanksgiving
    (2019, 11, 4, 4, d(2019, 11, 28)),
    (2020, 5, 1, -1, d(2020, 5, 25)),    # Memorial Day
    (2020, 9, 1, 1, d(2020, 9, 7)),      # Labor Day
])
def test_calendar_nth_weekday(year, month, weekday, n, day):
    assert cal.nth_weekday(year, month, weekday, n) == day


MONTHS_OF_MAY = [cal.month_period(y, 5) for y in (2019, 2020, 2021)]


@pytest.mark.parametrize("how,anchor,value", [
    ("past", d(2020, 6, 24), "2020-05"),
    ("future", d(2020, 6, 24), "2021-05"),
    ("last", d(2020, 5, 10), "2019-05"),
    ("next", d(2020, 5, 10), "2021-05"),
    ("this", d(2020, 5, 10), "2020-05"),
    ("near", d(2020, 12, 20), "2021-05"),
    ("near_past", d(2020, 12, 20), "2020-05"),
])
def test_calendar_choose_instance(how, anchor, value):
    chosen = cal.choose(MONTHS_OF_MAY, anchor, how)
    assert chosen is not None and chosen.value == value


def test_calendar_finer():
    assert cal.finer("day", "month") and not cal.finer("year", "month")


@pytest.mark.parametrize(
    ("day", "gran", "n"),
    [
        (dt.date(2019, 6, 1), "year", -130000),  # "130000 years ago"
        (dt.date(2019, 6, 1), "millennium", -3),
        (dt.date(2019, 6, 1), "month", 12 * 8000),
        (dt.date(2019, 6, 1), "day", -10**6),  # timedelta past year 1
        (dt.date(9999, 12, 1), "week", 10),
    ],
)
def test_calendar_shift_out_of_calendar(day, gran, n):
    with pytest.raises(cal.OutOfCalendar):
        cal.shift(day, gran, n)


def test_normalize_gives_no_value_out_of_calendar(monkeypatch):
    """A normalizer that runs off the calendar yields no reading, not an exception that
    would cost the article its whole analysis."""
    from dateline.time import normalize as norm

    def off_the_calendar(groups, rule, situation):
        return cal.shift(dt.date(2019, 6, 1), "year", -130000)

    monkeypatch.setitem(norm.NORMALIZERS, "offset", off_the_calendar)
    rule = type("R", (), {"norm": "offset"})()
    assert norm.normalize({}, rule, None) is None
