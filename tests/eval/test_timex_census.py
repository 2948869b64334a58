"""The error census of the timex stage: each wrong pair in exactly one class, by cause."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.eval.timeml import GoldTimex
from dateline.eval.timex import Pair
from dateline.eval.timex_census import CLASSES, census, classify
from dateline.model import Timex

DCT = dt.date(1998, 8, 20)  # a Thursday


def _gold(text: str, type_: str, value: str, start: int = 10) -> GoldTimex:
    return GoldTimex(start, start + len(text), text, type_, value)


def _sys(text: str, type_: str, value: str, start: int = 10) -> Timex:
    return Timex("d", text, start, start + len(text), type_, value)


@pytest.mark.parametrize("gold, system, expected", [
    (_gold("Friday", "DATE", "1998-08-14"), _sys("Friday", "DATE", "1998-08-14"), None),
    (_gold("Friday", "DATE", "1998-08-14"), None, "missed"),
    (None, _sys("now", "DATE", "PRESENT_REF"), "spurious"),
    (_gold("five hours", "DURATION", "PT5H", 16), _sys("about five hours", "DURATION", "PT5H"), "span"),
    (_gold("today", "TIME", "1998-08-20"), _sys("today", "DATE", "1998-08-20"), "type"),
    (_gold("daily", "SET", "XXXX-XX-XX"), _sys("daily", "SET", "P1D"), "set"),
    (_gold("recent years", "DURATION", "PXY"), _sys("recent years", "DATE", "PAST_REF"), "duration vs date"),
    (_gold("Friday morning", "DATE", "1998-08-14"), _sys("Friday morning", "TIME", "1998-08-14TMO"),
     "part of day"),
    (_gold("last week", "DATE", "1998-WXX"), _sys("last week", "DATE", "1998-W33"), "gold convention"),
    (_gold("recently", "DATE", "PAST_REF"), _sys("recently", "DATE", "1998-08"), "gold convention"),
    (_gold("13 years", "DURATION", "P12Y"), _sys("13 years", "DURATION", "P13Y"), "duration amount"),
    (_gold("a year ago", "DATE", "1997"), _sys("a year ago", "DATE", "1997-Q3"), "granularity"),
    # the coming Friday against the last one: the two sides of the article date
    (_gold("Friday", "DATE", "1998-08-14"), _sys("Friday", "DATE", "1998-08-21"), "direction"),
    # both before the article date: counted from another time than the DCT
    (_gold("Tuesday", "DATE", "1998-08-11"), _sys("Tuesday", "DATE", "1998-08-18"), "anchor"),
])
def test_timex_census_classify(gold, system, expected):
    assert classify(Pair("d", gold, system), DCT) == expected


def test_timex_census_counts_every_class_once():
    pairs = [
        Pair("d", _gold("Friday", "DATE", "1998-08-14"), _sys("Friday", "DATE", "1998-08-14")),
        Pair("d", None, _sys("now", "DATE", "PRESENT_REF")),
        Pair("d", None, _sys("now", "DATE", "PRESENT_REF", 40)),
        Pair("d", _gold("soon", "DATE", "FUTURE_REF"), None),
    ]
    result = census(pairs, {"d": DCT})
    assert result.counts == {"spurious": 2, "missed": 1}
    rows = result.rows()
    assert [c for c, _ in rows] == ["spurious", "missed", *[c for c in CLASSES if c not in ("spurious", "missed")]]
    assert sum(n for _, n in rows) == 3
