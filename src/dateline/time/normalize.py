"""Turning a grammar match into a TIMEX3 type, value and mod.

Each rule of patterns.yaml names a normalizer (``norm``); it reads the rule's named groups
(merged with the rule's fixed ``params``) and resolves them against the article date
(``Situation``). The normalizers live in ``points`` and ``amounts``.
"""

from __future__ import annotations

from collections.abc import Callable

from . import calendar as cal
from .amounts import norm_duration, norm_offset, norm_ref, norm_set
from .grammar import Rule
from .points import (
    norm_calendar,
    norm_century,
    norm_clock,
    norm_decade,
    norm_deictic,
    norm_holiday,
    norm_quarter_ref,
    norm_relative,
    norm_weekday,
)
from .situation import Groups, Result, Situation

__all__ = ["NORMALIZERS", "Result", "Situation", "normalize"]

NORMALIZERS: dict[str, Callable[[Groups, Rule, Situation], Result | None]] = {
    "calendar": norm_calendar,
    "decade": norm_decade,
    "century": norm_century,
    "holiday": norm_holiday,
    "deictic": norm_deictic,
    "weekday": norm_weekday,
    "relative": norm_relative,
    "offset": norm_offset,
    "duration": norm_duration,
    "set": norm_set,
    "clock": norm_clock,
    "ref": norm_ref,
    "quarter_ref": norm_quarter_ref,
}


def normalize(groups: Groups, rule: Rule, s: Situation) -> Result | None:
    """The TIMEX3 reading of one match of ``rule``, or None if it has none."""
    try:
        return NORMALIZERS[rule.norm](groups, rule, s)
    except cal.OutOfCalendar:
        # "130000 years ago": no day of the calendar to name; better no value than losing
        # the whole article's analysis to the error.
        return None
