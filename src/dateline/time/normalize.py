"""Turning a grammar match into a TIMEX3 type, value and mod.

Each rule of patterns.yaml names a normalizer here; it reads the rule's named groups
(merged with the rule's fixed ``params``) and resolves them against the article date.
Expressions that need a direction ("in May": the May before or after?) ask the tense of
their clause, lazily, through ``Situation.tense``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Callable

from . import calendar as cal
from .context import FUTURE, PAST
from .grammar import Grammar, Rule
from .interval import granularity as granularity_of
from .words import day_number, key, parse_number, spoken_year

Groups = dict[str, str]


@dataclass(frozen=True, slots=True)
class Result:
    """A normalized expression (``type`` may differ from the rule's: "Friday night" is TIME)."""

    type: str
    value: str
    mod: str | None = None


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
    #: the value of the last date the text gave ("2019-Q3"), for "a year earlier"
    reference_value: str | None = None
    #: how precisely the text gave the reference time ("month" after "in June 1998")
    reference_granularity: str = "day"

    def coarsen(self, gran: str) -> str:
        """``gran``, or the reference's granularity if the text gave it less precisely
        ("in 2001 ... two days later" is only known to be in 2001)."""
        return self.reference_granularity if cal.finer(gran, self.reference_granularity) else gran


def _how(tense: str | None, default: str = "near_past") -> str:
    return {PAST: "past", FUTURE: "future"}.get(tense or "", default)


_REL_HOW = {-1: "last", 0: "this", 1: "next"}


def _rel(groups: Groups, s: Situation) -> tuple[int | None, bool]:
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


def _year(groups: Groups, s: Situation) -> int | None:
    for name in ("year", "year_of"):
        if groups.get(name):
            return int(groups[name])
    if groups.get("spoken_year"):
        return spoken_year(groups["spoken_year"], s.grammar.tables["numbers"])
    if groups.get("year2"):
        two = int(groups["year2"])
        # '98 is 1998 and '05 is 2005: the century that puts it nearest the article date.
        base = s.anchor.year if s.anchor else 2000
        candidates = [c + two for c in (1900, 2000, 2100)]
        return min(candidates, key=lambda y: (abs(y - base), -y))
    return None


def _instances(make: Callable[[int], cal.Period | None], anchor: dt.date) -> list[cal.Period]:
    out = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            p = make(year)
        except ValueError:  # February 29 of a common year
            p = None
        if p is not None:
            out.append(p)
    return out


def _pick(make: Callable[[int], cal.Period | None], groups: Groups, s: Situation,
          future: str = "future", month_name: bool = False) -> str | None:
    """The value of a yearless period: year from the relative word, else from the tense.

    ``future`` is how a future tense chooses ("near" for quarters: a company "will
    report" on the quarter just ended).
    """
    assert s.anchor is not None
    direction, anaphoric = _rel(groups, s)
    anchor = (s.reference or s.anchor) if anaphoric else s.anchor
    if direction is None and groups.get("rel_of"):
        direction = s.grammar.tables["relative_words"].get(key(groups["rel_of"]))
        if direction is not None:
            p = make(anchor.year + direction)
            return p.value if p else None
    periods = _instances(make, anchor)
    # Quarters ("reported third-quarter earnings") read the verb above a noun phrase.
    tense = s.tense(future == "near") if direction in (None, 0) else None
    if direction == 0:
        # "this May": the one containing the article date, else this calendar year's.
        chosen = cal.choose(periods, anchor, "this")
        if chosen is not None and not chosen.start <= anchor <= chosen.end and tense is None:
            same_year = [p for p in periods if p.start.year == anchor.year]
            chosen = same_year[0] if same_year else chosen
        elif chosen is not None and not chosen.start <= anchor <= chosen.end:
            chosen = cal.choose(periods, anchor, _how(tense)) or chosen
        return chosen.value if chosen else None
    if direction is not None:
        how = _REL_HOW[direction]
    else:
        how = _how(tense)
        if how == "future":
            how = future
    chosen = cal.choose(periods, anchor, how)
    if chosen is not None and direction in (-1, 1) and month_name:
        # "last February" said in March is February of last year ("last month" would
        # have said the other): skip an instance that ends or starts within a month.
        gap = (anchor - chosen.end).days if direction < 0 else (chosen.start - anchor).days
        if gap < 31:
            later = cal.choose(periods, chosen.start if direction < 0 else chosen.end, _REL_HOW[direction])
            chosen = later or chosen
    return chosen.value if chosen else None


# ---- the normalizers -------------------------------------------------------------------

def norm_calendar(g: Groups, rule: Rule, s: Situation) -> Result | None:
    t = s.grammar.tables
    year = _year(g, s)
    month = t["months"].get(key(g["month"])) if g.get("month") else None
    if g.get("month_num"):
        month = int(g["month_num"])
    day = None
    if g.get("day") or g.get("day_word"):
        day = day_number(g.get("day") or g["day_word"], t["ordinals"])
    quarter = None
    if g.get("quarter"):
        q = key(g["quarter"])
        quarter = 4 if q == "final" else int(q[0]) if q[0].isdigit() else t["ordinals"].get(q)
    if g.get("quarter_num"):
        quarter = int(g["quarter_num"])
    season = t["seasons"].get(key(g["season"])) if g.get("season") else None
    half = (1 if key(g["half"]) in ("first", "1st") else 2) if g.get("half") else None
    mod = g.get("mod")

    if quarter is not None:
        q = quarter
        if year is not None:
            return Result(rule.type, f"{year:04d}-Q{q}", mod)
        if s.anchor is None:
            return Result(rule.type, f"XXXX-Q{q}", mod)
        value = _pick(lambda y: cal.quarter_period(y, q), g, s, future="near")
        return Result(rule.type, value, mod) if value else None
    if half is not None:
        h = half
        if year is not None:
            return Result(rule.type, f"{year:04d}-H{h}", mod)
        if s.anchor is None:
            return Result(rule.type, f"XXXX-H{h}", mod)

        def half_period(y: int) -> cal.Period:
            first = 1 if h == 1 else 7
            return cal.Period(dt.date(y, first, 1), cal.last_day(y, first + 5), f"{y:04d}-H{h}")

        value = _pick(half_period, g, s, future="near")
        return Result(rule.type, value, mod) if value else None
    if season is not None:
        code = season
        if year is not None:
            return Result(rule.type, f"{year:04d}-{code}", mod)
        if s.anchor is None:
            return Result(rule.type, f"XXXX-{code}", mod)
        value = _pick(lambda y: cal.season_period(y, code), g, s)
        return Result(rule.type, value, mod) if value else None
    if month is not None and day is not None:
        m, d = month, day
        if year is not None:
            try:
                return Result(rule.type, dt.date(year, m, d).isoformat(), mod)
            except ValueError:
                return None
        if not 1 <= d <= 31:
            return None
        if s.anchor is None:
            return Result(rule.type, f"XXXX-{m:02d}-{d:02d}", mod)
        value = _pick(lambda y: cal.day_period(dt.date(y, m, d)), g, s)
        return Result(rule.type, value, mod) if value else None
    if month is not None:
        m = month
        if year is not None:
            return Result(rule.type, f"{year:04d}-{m:02d}", mod)
        if s.anchor is None:
            return Result(rule.type, f"XXXX-{m:02d}", mod)
        value = _pick(lambda y: cal.month_period(y, m), g, s, month_name=True)
        return Result(rule.type, value, mod) if value else None
    if year is not None:
        return Result(rule.type, f"{year:04d}", mod)
    return None


def norm_decade(g: Groups, rule: Rule, s: Situation) -> Result | None:
    if g.get("decade"):
        return Result(rule.type, g["decade"], g.get("mod"))
    digit = g.get("decade2")
    if digit is None and g.get("decade_word"):
        words = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                 "nineties"]
        digit = str(words.index(key(g["decade_word"])) + 2)
    if digit is None:
        return None
    # '90s: the latest such decade that has begun by the article date (the 1990s in 2020,
    # the 1920s in 2019, the 2020s in 2021).
    latest = (s.anchor.year if s.anchor else 2000) // 10
    decade = latest - ((latest % 10 - int(digit)) % 10)
    return Result(rule.type, f"{decade:03d}", g.get("mod"))


def norm_century(g: Groups, rule: Rule, s: Situation) -> Result | None:
    n = day_number(g["century_ord"], s.grammar.tables["ordinals"])
    if not n:
        return None
    return Result(rule.type, f"{n - 1:02d}", g.get("mod"))


def norm_holiday(g: Groups, rule: Rule, s: Situation) -> Result | None:
    spec = s.grammar.tables["holidays"].get(key(g["holiday"]))
    if spec is None:
        return None

    def day_in(y: int) -> cal.Period:
        if isinstance(spec, tuple):
            return cal.day_period(cal.easter(y) + dt.timedelta(days=int(spec[1])))
        if len(spec) == 2:
            return cal.day_period(dt.date(y, spec[0], spec[1]))
        return cal.day_period(cal.nth_weekday(y, spec[0], spec[1], spec[2]))

    year = _year(g, s)
    if year is not None:
        return Result(rule.type, day_in(year).value, g.get("mod"))
    if s.anchor is None:
        if isinstance(spec, tuple) or len(spec) != 2:
            return Result(rule.type, "XXXX-XX-XX", g.get("mod"))
        return Result(rule.type, f"XXXX-{spec[0]:02d}-{spec[1]:02d}", g.get("mod"))
    value = _pick(day_in, g, s)
    return Result(rule.type, value, g.get("mod")) if value else None


def _part_code(g: Groups, s: Situation) -> str | None:
    part = g.get("part")
    if not part:
        return None
    code = s.grammar.tables["day_parts"].get(key(part))
    return code if code and ":" not in code else None


def _day_value(day: dt.date | None, part: str | None) -> str:
    base = day.isoformat() if day else "XXXX-XX-XX"
    return f"{base}T{part}" if part else base


def norm_deictic(g: Groups, rule: Rule, s: Situation) -> Result | None:
    t = s.grammar.tables
    if g.get("around"):
        offset = -2 if key(g["around"]).startswith("before") else 2
    else:
        word = key(g["deictic"])
        offset = {"this": 0, "last": -1, "overnight": 0}.get(word, t["deictic_days"].get(word, 0))
    part = _part_code(g, s)
    if part is None and g.get("part"):
        return None
    if s.anchor is None and part is None and offset == 0:
        return Result("DATE", "PRESENT_REF", g.get("mod"))
    # "in the morning": of the day the text speaks of (the article date if none).
    from_reference = g.get("deictic") == "reference"
    base = (s.reference or s.anchor) if from_reference else s.anchor
    offset += int(g.get("days") or 0)
    day = base + dt.timedelta(days=offset) if base else None
    if from_reference and day is not None and s.coarsen("day") != "day":
        return Result("DATE", cal.point_value(day, s.coarsen("day")), g.get("mod"))
    return Result("TIME" if part else "DATE", _day_value(day, part), g.get("mod"))


def _weekday_date(weekday: int, g: Groups, s: Situation, default: str) -> dt.date | None:
    assert s.anchor is not None
    direction, anaphoric = _rel(g, s)
    anchor = (s.reference or s.anchor) if anaphoric else s.anchor
    days = [anchor + dt.timedelta(days=k) for k in range(-14, 15)]
    periods = [cal.day_period(d) for d in days if d.isoweekday() == weekday]
    if direction is not None:
        how = _REL_HOW[direction]
    else:
        tense = s.tense()
        how = "future" if tense in (FUTURE, "present") else "past" if tense == PAST else default
    chosen = cal.choose(periods, anchor, how)
    return chosen.start if chosen else None


def norm_weekday(g: Groups, rule: Rule, s: Situation) -> Result | None:
    weekday = s.grammar.tables["weekdays"].get(key(g["weekday"]))
    if weekday is None:
        return None
    part = _part_code(g, s)
    kind = "TIME" if part else "DATE"
    if s.anchor is None:
        return Result(kind, f"XXXX-WXX-{weekday}" + (f"T{part}" if part else ""), g.get("mod"))
    # Without a clue, a weekday in news is the latest one (the story reports it).
    day = _weekday_date(weekday, g, s, default="past")
    return Result(kind, _day_value(day, part), g.get("mod")) if day else None


def _unit(g: Groups, s: Situation) -> dict | None:
    return s.grammar.tables["units"].get(key(g["unit"])) if g.get("unit") else None


def norm_relative(g: Groups, rule: Rule, s: Situation) -> Result | None:
    unit = _unit(g, s)
    if unit is None:
        return None
    gran = unit["granularity"]
    direction, anaphoric = _rel(g, s)
    if s.anchor is None:
        return Result(rule.type, cal.unknown_value(gran), g.get("mod"))
    anchor = (s.reference or s.anchor) if anaphoric else s.anchor
    out_gran = s.coarsen(gran) if anaphoric else gran
    if direction is None:  # "the weekend": the latest one, or the coming one
        if gran != "weekend":
            direction = 0
        else:
            tense = s.tense()
            on_weekend = anchor.isoweekday() >= 6
            direction = 0 if (tense in (FUTURE, "present") or on_weekend) else -1
    return Result(rule.type, cal.point_value(cal.shift(anchor, gran, direction), out_gran), g.get("mod"))


def _amount(g: Groups, s: Situation) -> float | None:
    """The number of units; NaN for a vague amount ("several"), None if unreadable."""
    if g.get("vague") and not g.get("num"):
        return math.nan
    if not g.get("num"):  # "day-long", "decades-long": one unit, or an unknown number
        unit = _unit(g, s)
        return math.nan if unit and unit.get("plural") else 1.0
    n = parse_number(g.get("num") or "", s.grammar.tables["numbers"])
    if n is None:
        return None
    # "a year and a half": the half comes after the unit ("two and a half" is read above).
    if "and a half" in key(g.get("_text", "")) and "and a half" not in key(g.get("num", "")):
        n += 0.5
    return n


_FINER = {"Y": ("M", 12), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60), "M": ("S", 60)}


def _duration_value(n: float, unit: dict) -> str:
    letter = unit["letter"]
    time = bool(unit.get("time"))
    prefix = "PT" if time else "P"
    if math.isnan(n):
        if unit.get("scale") == 10:
            return "PXDE"
        if unit.get("scale") == 100:
            return "PXCE"
        return f"{prefix}X{letter}"
    n *= unit.get("scale", 1)
    if n != int(n) and letter in _FINER and not (letter == "M" and not time):
        finer, factor = _FINER[letter]
        whole = int(n)
        rest = round((n - whole) * factor)
        if whole == 0:
            return f"{prefix}{rest}{finer}"
        if letter == "D" and finer == "H":
            return f"P{whole}DT{rest}H"
        return f"{prefix}{whole}{letter}{rest}{finer}"
    number = f"{int(n)}" if n == int(n) else f"{n:g}"
    return f"{prefix}{number}{letter}"


def norm_duration(g: Groups, rule: Rule, s: Situation) -> Result | None:
    unit = _unit(g, s)
    n = _amount(g, s)
    if unit is None or n is None or (not math.isnan(n) and n <= 0):
        return None
    return Result("DURATION", _duration_value(n, unit), g.get("mod"))


def norm_offset(g: Groups, rule: Rule, s: Situation) -> Result | None:
    unit = _unit(g, s)
    n = _amount(g, s)
    spec = s.grammar.tables["offset_words"].get(key(g.get("offset") or ""))
    if unit is None or n is None or spec is None:
        return None
    sign = int(spec["sign"])
    mod = g.get("mod")
    if mod:
        mod = s.grammar.tables["offset_mods"].get(key(mod), mod)
    if math.isnan(n):
        return Result("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod)
    gran = unit["granularity"]
    if unit.get("time"):  # "two hours ago": the day is all the article date tells
        gran, n = "day", n / (24 if unit["letter"] == "H" else 1440)
    anchor = s.anchor if spec["anchor"] == "article" else (s.reference or s.anchor)
    if anchor is None:
        return Result("DATE", cal.unknown_value(gran), mod)
    out_gran = gran if spec["anchor"] == "article" else s.coarsen(gran)
    scale = unit.get("scale", 1)
    ref = s.reference_value
    if gran == "year" and n == int(n) and ref and granularity_of(ref) == "quarter":
        # "a year ago" after "the third quarter": the same quarter a year before.
        return Result("DATE", f"{int(ref[:4]) + sign * int(n):04d}-{ref[5:]}", mod)
    if gran in ("decade", "century", "millennium"):
        moved = cal.add_years(anchor, sign * round(n * scale))
    elif n != int(n) and gran == "year":
        moved, gran = cal.add_months(anchor, sign * round(n * 12)), "month"
    elif n != int(n):
        moved = anchor + dt.timedelta(days=sign * round(n * {"month": 30, "week": 7}.get(gran, 1)))
        gran = "day"
    else:
        moved = cal.shift(anchor, gran, sign * int(n) * scale)
    return Result("DATE", cal.point_value(moved, s.coarsen(gran) if out_gran != gran else gran), mod)


def norm_set(g: Groups, rule: Rule, s: Situation) -> Result | None:
    t = s.grammar.tables
    if g.get("freq_word"):
        value = t["frequency_words"].get(key(g["freq_word"]))
        return Result("SET", value) if value else None
    if g.get("weekday"):
        weekday = t["weekdays"].get(key(g["weekday"]).removesuffix("s"))
        part = _part_code(g, s)
        return Result("SET", f"XXXX-WXX-{weekday}" + (f"T{part}" if part else "")) if weekday else None
    if g.get("part") or g.get("t"):
        code = t["day_parts"].get(key(g.get("part") or g["t"]))
        return Result("SET", f"XXXX-XX-XXT{code}") if code else None
    if g.get("season"):
        return Result("SET", f"XXXX-{t['seasons'][key(g['season'])]}")
    if g.get("month"):
        month = t["months"].get(key(g["month"]))
        return Result("SET", f"XXXX-{month:02d}") if month else None
    unit = _unit(g, s)
    if unit is None:
        return None
    n = 1.0
    if g.get("num"):
        n = 2.0 if key(g["num"]) == "other" else parse_number(g["num"], t["numbers"]) or 1.0
    return Result("SET", _duration_value(n, unit))


def norm_quarter_ref(g: Groups, rule: Rule, s: Situation) -> Result | None:
    """"the quarter", "the latest quarter", "the year-ago quarter": the quarter the text
    last named, else the last one completed by the article date (earnings reports)."""
    shift = int(g.get("shift") or 0)
    which = key(g.get("which") or g.get("which2") or "")
    if s.anchor is None:
        return Result("DATE", "XXXX-QX", g.get("mod"))
    if which == "current":
        base = cal.point_value(s.anchor, "quarter")
    elif s.reference_value and granularity_of(s.reference_value) == "quarter":
        base = s.reference_value
    else:
        base = cal.point_value(cal.shift(s.anchor, "quarter", -1), "quarter")
    year, quarter = int(base[:4]), int(base[-1])
    if g.get("quarter"):
        q = key(g["quarter"])
        quarter = 4 if q == "final" else int(q[0]) if q[0].isdigit() else s.grammar.tables["ordinals"][q]
    return Result("DATE", f"{year + shift:04d}-Q{quarter}", g.get("mod"))


def _clock_day(g: Groups, s: Situation) -> tuple[dt.date | None, bool]:
    """The day a clock time is on, and whether the text said which."""
    t = s.grammar.tables
    if g.get("year") and (g.get("month_num") or g.get("month")):
        r = norm_calendar(g, _NO_RULE, s)
        return (dt.date.fromisoformat(r.value) if r and "X" not in r.value else None), True
    weekday = g.get("weekday") or g.get("lead_weekday")
    if weekday and s.anchor is not None:
        wd = t["weekdays"].get(key(weekday))
        if wd:
            return _weekday_date(wd, {}, s, default="past"), True
    if g.get("deictic") and s.anchor is not None:
        return s.anchor + dt.timedelta(days=t["deictic_days"].get(key(g["deictic"]), 0)), True
    month, day = g.get("month") or g.get("month2"), g.get("day") or g.get("day2")
    if month and day:
        r = norm_calendar({"month": month, "day": day}, _NO_RULE, s)
        return (dt.date.fromisoformat(r.value) if r and "X" not in r.value else None), True
    return (s.reference or s.anchor), False


def norm_clock(g: Groups, rule: Rule, s: Situation) -> Result | None:
    t = s.grammar.tables
    minute = int(g.get("minute") or 0)
    if g.get("named"):
        hhmm = t["day_parts"][key(g["named"])]
        hour, minute = int(hhmm[:2]), int(hhmm[3:])
    elif g.get("hour24"):
        hour = int(g["hour24"])
    else:
        raw = g.get("hour") or g.get("hour_word") or ""
        number = parse_number(raw, t["numbers"])
        if number is None or not 1 <= number <= 12:
            return None
        hour = int(number)
        ampm = key(g.get("ampm") or "").replace(".", "").replace(" ", "")
        part = key(g.get("part") or "")
        pm = ampm == "pm" or part in ("afternoon", "evening", "at night")
        if pm and hour < 12:
            hour += 12
        if (ampm == "am" or part == "morning") and hour == 12:
            hour = 0
    day, _ = _clock_day(g, s)
    clock = f"{hour:02d}:{minute:02d}" + (f":{g['second']}" if g.get("second") else "")
    return Result("TIME", _day_value(day, clock), g.get("mod"))


def norm_ref(g: Groups, rule: Rule, s: Situation) -> Result | None:
    value = rule.params.get("value") or s.grammar.tables["refs"].get(key(g.get("ref") or ""))
    return Result("DATE", value, g.get("mod")) if value else None


_NO_RULE = Rule("internal", "DATE", "calendar", re.compile(""))

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
    return NORMALIZERS[rule.norm](groups, rule, s)
