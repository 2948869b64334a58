"""Why the timex stage gets an expression wrong: every error of a TempEval-3 run, by cause.

The scorer says how many values are wrong; this says which fix would pay. Each pair of
the scorer is put in exactly one class, the first that fits in this order:

- ``missed`` / ``spurious``: a gold expression without system partner, or the reverse;
- ``span``: value and type right, extent different (costs strict match only);
- ``type``: value right, type different;
- ``set``: either side is a SET;
- ``duration vs date``: one side a DURATION, the other a DATE or TIME;
- ``part of day``: "Friday night" as the day (DATE) on one side, a TIME on the other;
- ``gold convention``: a value the guidelines leave open: an X in the gold value, a
  PAST/PRESENT/FUTURE_REF on one side only, a vague duration (``PXY``) against a number;
- ``duration amount``: two durations of different length;
- ``granularity``: two points of different granularity ("1998" against "1998-Q3");
- ``direction``: the same granularity, one side before the article date (DCT) and the
  other after it ("Friday" read as the coming one instead of the last one);
- ``anchor``: the same granularity and side of the DCT, another instance: the gold counts
  from a time the narrative speaks of, or from another day than the DCT;
- ``other``: anything else (two values that are not calendar points).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..time.interval import granularity, interval
from .timex import Pair

CLASSES = ("missed", "spurious", "span", "type", "set", "duration vs date", "part of day",
           "gold convention", "duration amount", "granularity", "direction", "anchor", "other")
_REFS = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")


def _side(value: str, dct: dt.date) -> int | None:
    """-1 if the point ``value`` ends before ``dct``, 1 if it starts after it, 0 if it holds it."""
    span = interval(value)
    if span is None:
        return None
    return -1 if span[1] < dct else 1 if span[0] > dct else 0


def classify(p: Pair, dct: dt.date | None) -> str | None:
    """The cause of the error in pair ``p`` (None if the pair is right in every respect)."""
    g, s = p.gold, p.system
    if s is None:
        return "missed"
    if g is None:
        return "spurious"
    if g.value == s.value:
        if g.type != s.type:
            return "type"
        return None if (g.start, g.end) == (s.start, s.end) else "span"
    if "SET" in (g.type, s.type):
        return "set"
    if (g.type == "DURATION") != (s.type == "DURATION"):
        return "duration vs date"
    if {g.type, s.type} == {"DATE", "TIME"} and g.value[:10] == s.value[:10]:
        return "part of day"
    if ("X" in g.value and "X" not in s.value) or ((g.value in _REFS) != (s.value in _REFS)):
        return "gold convention"
    if g.type == "DURATION":
        return "duration amount"
    gg, sg = granularity(g.value), granularity(s.value)
    if gg is None or sg is None:
        return "other"
    if gg != sg:
        return "granularity"
    if dct is not None and _side(g.value, dct) != _side(s.value, dct):
        return "direction"
    return "anchor"


@dataclass(slots=True)
class Census:
    """The count of each error class and the pairs in it."""

    counts: Counter[str] = field(default_factory=Counter)
    pairs: dict[str, list[Pair]] = field(default_factory=dict)

    def rows(self) -> list[tuple[str, int]]:
        """(class, count) for every class, largest first (ties in ``CLASSES`` order)."""
        return sorted(((c, self.counts[c]) for c in CLASSES), key=lambda r: (-r[1], CLASSES.index(r[0])))


def census(pairs: list[Pair], dcts: Mapping[str, dt.date | None]) -> Census:
    """Classify every erroneous pair; ``dcts`` maps a document name to its creation date."""
    out = Census()
    for p in pairs:
        cause = classify(p, dcts.get(p.doc))
        if cause is not None:
            out.counts[cause] += 1
            out.pairs.setdefault(cause, []).append(p)
    return out
