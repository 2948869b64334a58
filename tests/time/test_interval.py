"""What a TIMEX3 value covers: granularity and first/last day (ISO 8601 weeks, seasons)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.time import granularity, interval

d = dt.date

CASES = [
    ("2019", "year", (d(2019, 1, 1), d(2019, 12, 31))),
    ("2020-02", "month", (d(2020, 2, 1), d(2020, 2, 29))),
    ("2019-02", "month", (d(2019, 2, 1), d(2019, 2, 28))),
    ("2019-07-12", "day", (d(2019, 7, 12), d(2019, 7, 12))),
    ("2020-W26", "week", (d(2020, 6, 22), d(2020, 6, 28))),
    ("2020-W53", "week", (d(2020, 12, 28), d(2021, 1, 3))),
    ("2015-W53", "week", (d(2015, 12, 28), d(2016, 1, 3))),
    ("2020-W01", "week", (d(2019, 12, 30), d(2020, 1, 5))),
    ("2020-W26-WE", "weekend", (d(2020, 6, 27), d(2020, 6, 28))),
    ("2020-Q2", "quarter", (d(2020, 4, 1), d(2020, 6, 30))),
    ("2020-Q4", "quarter", (d(2020, 10, 1), d(2020, 12, 31))),
    ("2019-H2", "half", (d(2019, 7, 1), d(2019, 12, 31))),
    ("2019-SU", "season", (d(2019, 6, 1), d(2019, 8, 31))),
    ("2020-WI", "season", (d(2019, 12, 1), d(2020, 2, 29))),
    ("199", "decade", (d(1990, 1, 1), d(1999, 12, 31))),
    ("19", "century", (d(1900, 1, 1), d(1999, 12, 31))),
    ("2020-06-24TNI", "part_of_day", (d(2020, 6, 24), d(2020, 6, 24))),
    ("2020-06-24T10:30", "minute", (d(2020, 6, 24), d(2020, 6, 24))),
    ("2020-06-24T10", "hour", (d(2020, 6, 24), d(2020, 6, 24))),
]

NOT_POINTS = ["P3Y", "PT5H", "PXY", "PRESENT_REF", "PAST_REF", "FUTURE_REF", "XXXX-05", "XXXX-WXX-5",
              "2019-02-30", "2019-W53", "", "2020-13", "XXXX"]


@pytest.mark.parametrize("value,gran,span", CASES)
def test_interval_of_point_values(value, gran, span):
    assert interval(value) == span
    assert granularity(value) == gran


@pytest.mark.parametrize("value", NOT_POINTS)
def test_interval_none_for_non_points(value):
    assert interval(value) is None
    assert granularity(value) is None
