"""The interval of days a TIMEX3 date value covers."""

from __future__ import annotations

import calendar
import datetime as dt
import re

_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})|-Q([1-4]))?$")


def interval(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day covered by a DATE value (``2019``, ``2019-07``, ``2020-W26``, ``2020-Q2``)."""
    match = _VALUE.match(value)
    if match is None:
        return None
    year, month, day, week, quarter = match.groups()
    y = int(year)
    try:
        if day:
            d = dt.date(y, int(month), int(day))
            return d, d
        if month:
            m = int(month)
            return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])
        if week:
            first = dt.date.fromisocalendar(y, int(week), 1)
            return first, first + dt.timedelta(days=6)
        if quarter:
            q = int(quarter)
            last_month = 3 * q
            return dt.date(y, last_month - 2, 1), dt.date(y, last_month, calendar.monthrange(y, last_month)[1])
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    except ValueError:
        return None
