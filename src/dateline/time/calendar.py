"""Calendar arithmetic for TIMEX3 values: periods, shifts and their value strings.

A *period* is a calendar unit instance (the year 2019, the month 2020-05, ISO week
2020-W53, the quarter 2020-Q2, the summer of 2019, ...). Every function here is pure
and takes the dates it works on as arguments: nothing reads the clock.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
from dataclasses import dataclass

#: Granularities of point values, coarse to fine.
GRANULARITIES: tuple[str, ...] = (
    "millennium", "century", "decade", "year", "half", "quarter", "season", "month",
    "week", "weekend", "day", "part_of_day", "hour", "minute", "second",
)

#: Meteorological seasons: the months each one spans. Winter starts in December and
#: belongs to the year in which it ends (2020-WI is December 2019 to February 2020).
SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def finer(a: str, b: str) -> bool:
    """Whether granularity ``a`` is finer than ``b`` ("day" is finer than "month")."""
    order = {g: i for i, g in enumerate(GRANULARITIES)}
    return order.get(a, -1) > order.get(b, -1)


@dataclass(frozen=True, slots=True)
class Period:
    """One calendar period: its first and last day and its TIMEX3 value."""

    start: dt.date
    end: dt.date
    value: str


class OutOfCalendar(ValueError):
    """A date before year 1 or after 9999 ("130000 years ago"): Python's calendar has no
    such day, so the expression gets no point value."""


def last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, _cal.monthrange(year, month)[1])


def add_months(d: dt.date, months: int) -> dt.date:
    """``d`` moved by whole months, the day clipped to the target month's length."""
    total = d.year * 12 + (d.month - 1) + months
    year, month = divmod(total, 12)
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise OutOfCalendar(f"year {year} is outside the calendar")
    return dt.date(year, month + 1, min(d.day, _cal.monthrange(year, month + 1)[1]))


def add_years(d: dt.date, years: int) -> dt.date:
    return add_months(d, 12 * years)


def shift(d: dt.date, granularity: str, n: int) -> dt.date:
    """``d`` moved by ``n`` units of ``granularity`` (negative: back in time).

    Raises OutOfCalendar when the result falls outside years 1 to 9999."""
    try:
        return _shift(d, granularity, n)
    except OverflowError as err:  # timedelta arithmetic past the calendar's ends
        raise OutOfCalendar(str(err)) from err


def _shift(d: dt.date, granularity: str, n: int) -> dt.date:
    if granularity in ("day", "part_of_day"):
        return d + dt.timedelta(days=n)
    if granularity in ("week", "weekend"):
        return d + dt.timedelta(weeks=n)
    if granularity == "month":
        return add_months(d, n)
    if granularity == "quarter":
        return add_months(d, 3 * n)
    if granularity in ("half", "season"):
        return add_months(d, (6 if granularity == "half" else 3) * n)
    if granularity == "year":
        return add_years(d, n)
    if granularity == "decade":
        return add_years(d, 10 * n)
    if granularity == "century":
        return add_years(d, 100 * n)
    if granularity == "millennium":
        return add_years(d, 1000 * n)
    if granularity == "hour":
        return d + dt.timedelta(hours=n) if isinstance(d, dt.datetime) else d
    raise ValueError(f"cannot shift by {granularity}")


def season_of(d: dt.date) -> tuple[int, str]:
    """The (year, code) of the season ``d`` falls in (December is next year's winter)."""
    if d.month == 12:
        return d.year + 1, "WI"
    for code, (first, last) in SEASON_MONTHS.items():
        if code != "WI" and first <= d.month <= last:
            return d.year, code
    return d.year, "WI"


def season_period(year: int, code: str) -> Period:
    first, last = SEASON_MONTHS[code]
    if code == "WI":
        return Period(dt.date(year - 1, 12, 1), last_day(year, 2), f"{year:04d}-WI")
    return Period(dt.date(year, first, 1), last_day(year, last), f"{year:04d}-{code}")


def point_value(d: dt.date, granularity: str) -> str:
    """The TIMEX3 value of the period of ``granularity`` that contains ``d``."""
    if granularity == "millennium":
        return f"{d.year // 1000}"
    if granularity == "century":
        return f"{d.year // 100:02d}"
    if granularity == "decade":
        return f"{d.year // 10:03d}"
    if granularity == "year":
        return f"{d.year:04d}"
    if granularity == "half":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if granularity == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if granularity == "season":
        year, code = season_of(d)
        return f"{year:04d}-{code}"
    if granularity == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if granularity == "week":
        iso = d.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    if granularity == "weekend":
        iso = d.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}-WE"
    return d.isoformat()


def unknown_value(granularity: str) -> str:
    """The underspecified TIMEX3 value of a period when no article date is known."""
    return {
        "millennium": "X", "century": "XX", "decade": "XXX", "year": "XXXX",
        "half": "XXXX-HX", "quarter": "XXXX-QX", "season": "XXXX-XX", "month": "XXXX-XX",
        "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE",
    }.get(granularity, "XXXX-XX-XX")


def quarter_period(year: int, quarter: int) -> Period:
    first = 3 * (quarter - 1) + 1
    return Period(dt.date(year, first, 1), last_day(year, first + 2), f"{year:04d}-Q{quarter}")


def month_period(year: int, month: int) -> Period:
    return Period(dt.date(year, month, 1), last_day(year, month), f"{year:04d}-{month:02d}")


def day_period(d: dt.date) -> Period:
    return Period(d, d, d.isoformat())


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ``weekday`` (1=Monday) of the month; ``n=-1`` for the last one."""
    if n > 0:
        first = dt.date(year, month, 1)
        offset = (weekday - first.isoweekday()) % 7
        return first + dt.timedelta(days=offset + 7 * (n - 1))
    last = last_day(year, month)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def choose(periods: list[Period], anchor: dt.date, how: str) -> Period | None:
    """Pick the instance of a recurring period (a month name, a weekday, a season ...).

    ``how`` is ``last`` (the latest one wholly before the anchor), ``next`` (the first
    wholly after it), ``this`` (the one containing the anchor, else the nearest),
    ``past`` (the latest one that has started by the anchor), ``future`` (the first
    that has not ended by it), ``near`` (the one containing or nearest to the anchor) or
    ``near_past`` (like ``near``, but the future counts double: news mostly reports what
    has happened). ``periods`` must be sorted by start.
    """
    if not periods:
        return None
    if how == "last":
        before = [p for p in periods if p.end < anchor]
        return before[-1] if before else None
    if how == "next":
        after = [p for p in periods if p.start > anchor]
        return after[0] if after else None
    if how == "past":
        started = [p for p in periods if p.start <= anchor]
        return started[-1] if started else None
    if how == "future":
        pending = [p for p in periods if p.end >= anchor]
        return pending[0] if pending else None
    for p in periods:
        if p.start <= anchor <= p.end:
            return p

    weight = 2 if how == "near_past" else 1

    def distance(p: Period) -> int:
        if p.start > anchor:
            return weight * (p.start - anchor).days
        return (anchor - p.end).days

    return min(periods, key=distance)
