"""Where the timeline opens: the shortest stretch of days holding the wanted events."""

from __future__ import annotations

import pytest

from dateline.store.focus import densest_stretch

# A recalled 1944, a burst in June 2020, a plan for 2029: the stretch is the burst.
HISTORY = [("1944-06-06", 1), ("2020-06-01", 3), ("2020-06-03", 4), ("2020-06-20", 2), ("2029-01-01", 1)]


@pytest.mark.parametrize(("counts", "wanted", "stretch"), [
    ([], 5, None),
    ([("2020-01-01", 0)], 5, None),
    ([("2020-01-01", 2)], 1, ("2020-01-01", "2020-01-01")),
    (HISTORY, 6, ("2020-06-01", "2020-06-03")),
    (HISTORY, 7, ("2020-06-01", "2020-06-03")),
    (HISTORY, 4, ("2020-06-03", "2020-06-03")),  # one day holds four
    (HISTORY, 9, ("2020-06-01", "2020-06-20")),
    (HISTORY, 10, ("2020-06-01", "2029-01-01")),  # 1944 is further from the burst than 2029
    (HISTORY, 99, ("1944-06-06", "2029-01-01")),  # more than there are: all of them
    # Equally short: the one holding more events, then the later one.
    ([("2020-01-01", 1), ("2020-01-02", 1), ("2020-03-01", 1), ("2020-03-02", 2)], 2, ("2020-03-02", "2020-03-02")),
    ([("2020-01-01", 2), ("2020-03-01", 2)], 2, ("2020-03-01", "2020-03-01")),
    ([("2020-01-01", 1), ("2020-01-02", 1), ("2020-03-01", 1), ("2020-03-02", 1)], 2, ("2020-03-01", "2020-03-02")),
])
def test_focus_densest_stretch(counts: list[tuple[str, int]], wanted: int, stretch: tuple[str, str] | None) -> None:
    assert densest_stretch(counts, wanted) == stretch
