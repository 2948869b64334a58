"""Normalizers of amounts of time: durations, offsets ("two years ago"), sets, and the
vague references (PRESENT_REF, PAST_REF, FUTURE_REF)."""

from __future__ import annotations

import math

from . import calendar as cal
from .grammar import Rule
from .interval import granularity as granularity_of
from .points import part_code, unit_of
from .situation import Groups, Result, Situation
from .words import key, parse_number


def _amount(g: Groups, s: Situation) -> float | None:
    """The number of units; NaN for a vague amount ("several"), None if unreadable."""
    if g.get("vague") and not g.get("num"):
        return math.nan
    if not g.get("num"):  # "day-long", "decades-long": one unit, or an unknown number
        unit = unit_of(g, s)
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
    unit = unit_of(g, s)
    n = _amount(g, s)
    if unit is None or n is None or (not math.isnan(n) and n <= 0):
        return None
    mod = g.get("mod")
    if mod is None and "couple" in key(g.get("num") or ""):
        mod = "APPROX"  # "a couple of years": about two
    return Result("DURATION", _duration_value(n, unit), mod)


def norm_offset(g: Groups, rule: Rule, s: Situation) -> Result | None:
    unit = unit_of(g, s)
    n = _amount(g, s)
    spec = s.grammar.tables["offset_words"].get(key(g.get("offset") or ""))
    if unit is None or n is None or spec is None:
        return None
    sign = int(spec["sign"])
    mod = g.get("mod")
    if mod:
        mod = s.grammar.tables["offset_mods"].get(key(mod), mod)
    # "Three days later": the amount, unless it is the comparison of results news ("up
    # from $5 million a year earlier"), which is the date compared with
    as_duration = bool(spec.get("duration")) and not (unit["granularity"] == "year" and n == 1 and sign < 0)
    if math.isnan(n):
        if as_duration:
            return Result("DURATION", _duration_value(n, unit), mod)
        return Result("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod)
    amount = _duration_value(n, unit)
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
        return Result("DATE", f"{int(ref[:4]) + sign * int(n):04d}-{ref[5:]}", mod, comparison=True)
    if gran == "year" and n == int(n) and ref and granularity_of(ref) == "year":
        # "a year earlier" after "for the nine months": year-to-date figures compare
        # with the year before (TimeBank: 6 of 10 such comparisons; 2 the quarter)
        return Result("DATE", f"{int(ref[:4]) + sign * int(n):04d}", mod, comparison=True)
    month = g.get("_compared_month")
    if gran == "year" and n == 1 and sign < 0 and month and not ref:
        # "exports were 2.9 billion in February against 2.2 billion a year ago": monthly
        # figures compare with the same month a year before, as the year-ago quarter does
        return Result("DATE", f"{int(month[:4]) - 1:04d}{month[4:7]}", mod, comparison=True)
    try:
        if gran in ("decade", "century", "millennium"):
            moved = cal.add_years(anchor, sign * round(n * scale))
        elif n != int(n) and gran == "year":
            moved, gran = cal.add_months(anchor, sign * round(n * 12)), "month"
        elif n != int(n):
            moved = cal.shift(anchor, "day", sign * round(n * {"month": 30, "week": 7}.get(gran, 1)))
            gran = "day"
        else:
            moved = cal.shift(anchor, gran, sign * int(n) * scale)
    except cal.OutOfCalendar:  # "ten thousand years ago": before year 1, which values cannot write
        return Result("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod)
    # "a year ago", "a year earlier": the comparison of news on results ("up from $5 million
    # a year earlier"), not a move of the story's time ("two years later" moves it).
    comparison = sign < 0 and gran == "year" and n == 1
    point = cal.point_value(moved, s.coarsen(gran) if out_gran != gran else gran)
    if as_duration:
        return Result("DURATION", amount, mod, point=point)
    return Result("DATE", point, mod, comparison=comparison)


def norm_set(g: Groups, rule: Rule, s: Situation) -> Result | None:
    t = s.grammar.tables
    if g.get("freq_word"):
        value = t["frequency_words"].get(key(g["freq_word"]))
        return Result("SET", value) if value else None
    if g.get("weekday"):
        weekday = t["weekdays"].get(key(g["weekday"]).removesuffix("s"))
        part = part_code(g, s)
        return Result("SET", f"XXXX-WXX-{weekday}" + (f"T{part}" if part else "")) if weekday else None
    if g.get("part") or g.get("t"):
        code = t["day_parts"].get(key(g.get("part") or g["t"]))
        return Result("SET", f"XXXX-XX-XXT{code}") if code else None
    if g.get("season"):
        return Result("SET", f"XXXX-{t['seasons'][key(g['season'])]}")
    if g.get("month"):
        month = t["months"].get(key(g["month"]))
        return Result("SET", f"XXXX-{month:02d}") if month else None
    unit = unit_of(g, s)
    if unit is None:
        return None
    n = 1.0
    if g.get("vague"):  # "every few years"
        return Result("SET", _duration_value(math.nan, unit))
    if g.get("num"):
        n = 2.0 if key(g["num"]) == "other" else parse_number(g["num"], t["numbers"]) or 1.0
    return Result("SET", _duration_value(n, unit))


def norm_ref(g: Groups, rule: Rule, s: Situation) -> Result | None:
    value = rule.params.get("value") or s.grammar.tables["refs"].get(key(g.get("ref") or ""))
    return Result("DATE", value, g.get("mod")) if value else None


