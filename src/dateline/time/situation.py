"""What a normalizer resolves an expression against, and the helpers they share.

``Situation`` carries the article date, the time the text last spoke of and the tense of
the expression's clause (asked lazily); ``pick`` chooses the instance of a recurring
period ("May", "the third quarter", "Friday") from a relative word or the tense.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from . import calendar as cal
from .context import DEADLINE, FUTURE, PAST, PRESENT
from .grammar import Grammar
from .words import key, spoken_year

Groups = dict[str, str]


@dataclass(frozen=True, slots=True)
class Result:
    """A normalized expression (``type`` may differ from the rule's: "Friday night" is TIME)."""

    type: str
    value: str
    mod: str | None = None
    #: the value compares with the time the text speaks of ("a year earlier" after "the
    #: third quarter"): it does not become that time, so a second comparison ("... up
    #: from a year ago") counts from the same period, not from the first comparison
    comparison: bool = False
    #: the point a DURATION leads to ("Three days later" is P3D, and the text's time is
    #: then the day three days on): the reference for what follows
    point: str | None = None


@dataclass(slots=True)
class Situation:
    """What one expression is resolved against.

    ``anchor`` is the article date (None if unknown: values are then underspecified);
    ``reference`` the day the text last spoke of, for "two years later", "the following
    week"; ``tense`` returns the tense of the expression's clause (computed on demand).
    """

    grammar: Grammar
    anchor: dt.date | None
    reference: dt.date | None
    tense: Callable[..., str | None]
    #: the last quarter the text named ("2019-Q3"): the period in question of earnings
    #: news, for "a year earlier", "the latest quarter", "the 1988 period"
    reference_value: str | None = None
    #: how precisely the text gave the reference time ("month" after "in June 1998")
    reference_granularity: str = "day"
    #: the last month the text named ("1987-03"): the period of monthly figures (car sales,
    #: output), for "the year-ago period", "the same 1986 month" when no quarter was named
    period_month: str | None = None
    #: whether the expression dates a simple past verb ("collapsed on July 12"), asked lazily
    simple_past: Callable[[], bool] = lambda: True

    def day(self) -> dt.date | None:
        """The day the text speaks of, for "in the morning", "at 10 p.m.": the reference
        time if the text gave it to the day, else the article date."""
        if self.reference is not None and not cal.finer("day", self.reference_granularity):
            return self.reference
        return self.anchor

    def coarsen(self, gran: str) -> str:
        """``gran``, or the reference's granularity if the text gave it less precisely
        ("in 2001 ... two days later" is only known to be in 2001)."""
        return self.reference_granularity if cal.finer(gran, self.reference_granularity) else gran


def how_for(tense: str | None, default: str = "near_past") -> str:
    """How ``calendar.choose`` picks an instance for a tense; a present tense ("the law
    takes effect Jan. 1", "sales in March are up") takes the nearest one."""
    return {PAST: "past", FUTURE: "future", PRESENT: "near", DEADLINE: "near"}.get(tense or "", default)


REL_HOW = {-1: "last", 0: "this", 1: "next"}


def rel_direction(groups: Groups, s: Situation) -> tuple[int | None, bool]:
    """The direction of a relative word and whether it counts from the reference time."""
    word = groups.get("rel")
    if not word:
        return None, False
    k = key(word)
    if k == "this past":
        return -1, False
    if k == "this coming":
        return 1, False
    return s.grammar.tables["relative_words"].get(k), k in s.grammar.tables["anaphoric_relative_words"]


def year_of(groups: Groups, s: Situation) -> int | None:
    for name in ("year", "year_of"):
        if groups.get(name):
            return int(groups[name])
    if groups.get("the_year") and s.anchor is not None:
        return s.anchor.year  # "the second half of the year": the year of the article date
    spoken_of = s.reference or s.anchor
    if groups.get("that_year") and spoken_of is not None:
        return spoken_of.year  # "April of that year": the year the text last spoke of
    if groups.get("spoken_year"):
        return spoken_year(groups["spoken_year"], s.grammar.tables["numbers"])
    if groups.get("year2"):
        two = int(groups["year2"])
        # '98 is 1998 and '05 is 2005: the century that puts it nearest the article date.
        base = s.anchor.year if s.anchor else 2000
        candidates = [c + two for c in (1900, 2000, 2100)]
        return min(candidates, key=lambda y: (abs(y - base), -y))
    return None


def instances(make: Callable[[int], cal.Period | None], anchor: dt.date) -> list[cal.Period]:
    out = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            p = make(year)
        except ValueError:  # February 29 of a common year
            p = None
        if p is not None:
            out.append(p)
    return out


#: A past tense picks a day at most this many days back when the day comes again within
#: ``_NEAR_AHEAD`` days: a day eleven months back would have been written with its year.
_FAR_PAST, _NEAR_AHEAD = 300, 62


def pick(make: Callable[[int], cal.Period | None], groups: Groups, s: Situation,
          future: str = "future", month_name: bool = False, day_date: bool = False) -> str | None:
    """The value of a yearless period: year from the relative word, else from the tense.

    ``future`` is how a future tense chooses ("near" for quarters: a company "will
    report" on the quarter just ended).
    """
    assert s.anchor is not None
    direction, anaphoric = rel_direction(groups, s)
    anchor = (s.reference or s.anchor) if anaphoric else s.anchor
    rel_of = groups.get("rel_of") or groups.get("rel_of2")  # "of last year", "the fourth quarter last year"
    if direction is None and rel_of:
        direction = s.grammar.tables["relative_words"].get(key(rel_of))
        if direction is not None:
            p = make(anchor.year + direction)
            return p.value if p else None
    periods = instances(make, anchor)
    # Quarters ("reported third-quarter earnings") read the verb above a noun phrase.
    tense = s.tense(future == "near") if direction in (None, 0) else None
    if direction == 0:
        # "this May": the one containing the article date, else this calendar year's.
        chosen = cal.choose(periods, anchor, "this")
        if chosen is not None and not chosen.start <= anchor <= chosen.end and tense is None:
            same_year = [p for p in periods if p.start.year == anchor.year]
            chosen = same_year[0] if same_year else chosen
        elif chosen is not None and not chosen.start <= anchor <= chosen.end:
            chosen = cal.choose(periods, anchor, how_for(tense)) or chosen
        return chosen.value if chosen else None
    if direction is not None:
        how = REL_HOW[direction]
    else:
        how = how_for(tense)
        if how == "future":
            how = future
    chosen = cal.choose(periods, anchor, how)
    if chosen is not None and direction is None and how == "past" and not anaphoric and day_date \
            and (anchor - chosen.end).days > _FAR_PAST and not s.simple_past():
        # "has set Nov. 10 as the deadline" written on Nov. 2: news leaves out the year
        # of a day in the coming weeks, not of one eleven months back; but a simple past
        # verb dated by it ("collapsed on July 12") says it is past
        ahead = [p for p in periods if 0 < (p.start - anchor).days <= _NEAR_AHEAD]
        chosen = ahead[0] if ahead else chosen
    if chosen is not None and direction in (-1, 1) and month_name:
        # "last February" said in March is February of last year ("last month" would
        # have said the other): skip an instance that ends or starts within a month.
        gap = (anchor - chosen.end).days if direction < 0 else (chosen.start - anchor).days
        if gap < 31:
            later = cal.choose(periods, chosen.start if direction < 0 else chosen.end, REL_HOW[direction])
            chosen = later or chosen
    return chosen.value if chosen else None


# ---- the normalizers -------------------------------------------------------------------
