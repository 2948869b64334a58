"""Where a timeline should open: the shortest stretch of days that holds most of its events.

A store's dates run far wider than its news: an article of 2020 recalls 1944 and plans for
2029, so a timeline opened on the whole span crowds the events into a few pixels. The
stretch chosen here is where the events are dense; the UI opens on it and zooms out from it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence


def densest_stretch(day_counts: Sequence[tuple[str, int]], wanted: int) -> tuple[str, str] | None:
    """The first and last day of the shortest stretch whose days hold at least ``wanted``
    events (all of them if there are fewer), from ``(ISO day, events starting that day)`` in
    day order. Of equally short stretches, the one holding more events wins, then the
    later one (the newer news). None when there are no events.
    """
    days = [(dt.date.fromisoformat(d), n) for d, n in day_counts if n > 0]
    if not days:
        return None
    wanted = max(1, min(wanted, sum(n for _, n in days)))
    best: tuple[int, int, int, int] | None = None  # (width, -events, -end index, start index)
    start, held = 0, 0
    for end, (last, n) in enumerate(days):
        held += n
        # Drop days from the left while what is left still holds enough.
        while held - days[start][1] >= wanted:
            held -= days[start][1]
            start += 1
        if held >= wanted:
            key = ((last - days[start][0]).days, -held, -end, start)
            if best is None or key < best:
                best = key
    assert best is not None  # the last end holds every event, so at least ``wanted``
    _, _, neg_end, first = best
    return days[first][0].isoformat(), days[-neg_end][0].isoformat()
