"""The days a TIMEX3 value covers, as ISO strings for range queries in the store."""

from __future__ import annotations

from ..time import interval


def day_range(value: str | None) -> tuple[str | None, str | None]:
    """(first day, last day) of a TIMEX3 value, or (None, None) for PAST_REF, P2Y, ..."""
    if not value:
        return None, None
    span = interval(value)
    if span is None:
        return None, None
    return span[0].isoformat(), span[1].isoformat()
