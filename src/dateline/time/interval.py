"""What a TIMEX3 value covers: its granularity and its first and last day.

``interval("2020-05")`` is (2020-05-01, 2020-05-31); ``interval("2020-W53")`` is the
ISO week (Monday 2020-12-28 to Sunday 2021-01-03). Values that are not points on the
calendar (durations, sets, PAST_REF, anything with an X) have no interval.
"""

from __future__ import annotations

import datetime as dt
import re

from .calendar import last_day, quarter_period, season_period

_POINT = re.compile(
    r"""^(?:
      (?P<millennium>\d)
    | (?P<century>\d\d)
    | (?P<decade>\d\d\d)
    | (?P<year>\d{4})
      (?: -H(?P<half>[12])
        | -Q(?P<quarter>[1-4])
        | -(?P<season>SP|SU|FA|WI)
        | -W(?P<week>\d\d)(?P<weekend>-WE)?
        | -(?P<month>\d\d)(?:-(?P<day>\d\d)(?:T(?P<time>.+))?)?
      )?
    )$""",
    re.VERBOSE,
)
_CLOCK = re.compile(r"^\d\d(?::\d\d(?::\d\d)?)?$")


def _parse(value: str) -> tuple[str, dt.date, dt.date] | None:
    m = _POINT.match(value)
    if m is None:
        return None
    g = m.groupdict()
    if g["millennium"]:
        n = int(g["millennium"])
        return "millennium", dt.date(max(1, n * 1000), 1, 1), dt.date(n * 1000 + 999, 12, 31)
    if g["century"]:
        n = int(g["century"])
        return "century", dt.date(max(1, n * 100), 1, 1), dt.date(n * 100 + 99, 12, 31)
    if g["decade"]:
        n = int(g["decade"])
        return "decade", dt.date(max(1, n * 10), 1, 1), dt.date(n * 10 + 9, 12, 31)
    year = int(g["year"])
    if year < 1:
        return None
    if g["half"]:
        first = 1 if g["half"] == "1" else 7
        return "half", dt.date(year, first, 1), last_day(year, first + 5)
    if g["quarter"]:
        p = quarter_period(year, int(g["quarter"]))
        return "quarter", p.start, p.end
    if g["season"]:
        p = season_period(year, g["season"])
        return "season", p.start, p.end
    if g["week"]:
        monday = dt.date.fromisocalendar(year, int(g["week"]), 1)
        if g["weekend"]:
            return "weekend", monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return "week", monday, monday + dt.timedelta(days=6)
    if g["month"]:
        month = int(g["month"])
        if g["day"]:
            day = dt.date(year, month, int(g["day"]))
            time = g["time"]
            if time is None:
                return "day", day, day
            if time in ("MO", "AF", "EV", "NI", "DT"):
                return "part_of_day", day, day
            if _CLOCK.match(time):
                return ("hour", "minute", "second")[time.count(":")], day, day
            return None
        return "month", dt.date(year, month, 1), last_day(year, month)
    return "year", dt.date(year, 1, 1), dt.date(year, 12, 31)


def interval(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day a TIMEX3 point value covers, or None if it is not a point."""
    try:
        parsed = _parse(value)
    except ValueError:  # a day or week that does not exist: 2019-02-30, 2019-W53
        return None
    return None if parsed is None else (parsed[1], parsed[2])


def granularity(value: str) -> str | None:
    """The granularity of a TIMEX3 point value ("year", "month", "week", "day", ...).

    None for durations, sets, references and values with unknown (X) parts.
    """
    try:
        parsed = _parse(value)
    except ValueError:
        return None
    return None if parsed is None else parsed[0]
