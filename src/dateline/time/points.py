"""Normalizers of points in time: calendar dates, decades, centuries, holidays, days
named from the article date, weekdays, relative periods, report quarters, clock times."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from . import calendar as cal
from .context import DEADLINE, FUTURE, PAST
from .grammar import Rule
from .interval import granularity as granularity_of
from .situation import REL_HOW, Groups, Result, Situation, pick, rel_direction, year_of
from .words import day_number, key, parse_number


def norm_calendar(g: Groups, rule: Rule, s: Situation) -> Result | None:
    t = s.grammar.tables
    year = year_of(g, s)
    month = t["months"].get(key(g["month"])) if g.get("month") else None
    if g.get("month_num"):
        month = int(g["month_num"])
    day = None
    if g.get("day") or g.get("day_word"):
        day = day_number(g.get("day") or g["day_word"], t["ordinals"])
    if g.get("day_cardinal"):  # "April Six"
        day = int(t["numbers"][key(g["day_cardinal"])])
    if g.get("week_ord") and month is not None:
        # "the first week of July", "the last week of May": the ISO week that holds the
        # middle day of the month's n-th (or last) seven days
        word = key(g["week_ord"])
        n = -1 if word in ("last", "final") else t["ordinals"].get(word)
        if n is None or (n != -1 and not 1 <= int(n) <= 4):
            return None
        day = (25 if month == 2 else 28) if n == -1 else 7 * int(n) - 3
    quarter: int | None = None
    if g.get("quarter"):
        word = key(g["quarter"])
        quarter = 4 if word == "final" else int(word[0]) if word[0].isdigit() else t["ordinals"].get(word)
    if g.get("quarter_num"):
        quarter = int(g["quarter_num"])
    first, last = g.get("q_month") or g.get("q_month_b"), g.get("q_month2") or g.get("q_month2_b")
    if first and last:  # "the October/December quarter": a calendar quarter, or nothing
        m1, m2 = t["months"].get(key(first)), t["months"].get(key(last))
        if not m1 or not m2 or m1 % 3 != 1 or m2 != m1 + 2:
            return None
        quarter = (m1 + 2) // 3
    season = t["seasons"].get(key(g["season"])) if g.get("season") else None
    half = (1 if key(g["half"]) in ("first", "1st") else 2) if g.get("half") else None
    mod = g.get("mod")

    if quarter is not None:
        q: int = quarter
        return _named_period(f"Q{q}", lambda y: cal.quarter_period(y, q), year, g, rule, s, mod, future="near")
    if half is not None:
        h: int = half

        def half_period(y: int) -> cal.Period:
            first = 1 if h == 1 else 7
            return cal.Period(dt.date(y, first, 1), cal.last_day(y, first + 5), f"{y:04d}-H{h}")

        return _named_period(f"H{h}", half_period, year, g, rule, s, mod, future="near")
    if season is not None:
        code: str = season
        return _named_period(code, lambda y: cal.season_period(y, code), year, g, rule, s, mod)
    if month is not None and day is not None:
        m, d = month, day
        if year is not None:
            try:
                day_value = dt.date(year, m, d).isoformat()
            except ValueError:
                return None
        elif not 1 <= d <= 31:
            return None
        elif s.anchor is None:
            return Result(rule.type, f"XXXX-{m:02d}-{d:02d}" if not g.get("week_of") else "XXXX-WXX", mod)
        else:
            picked = pick(lambda y: cal.day_period(dt.date(y, m, d)), g, s, day_date=True)
            if picked is None:
                return None
            day_value = picked
        if g.get("week_of"):  # "the week of March 6": the week that holds the day
            day_value = cal.point_value(dt.date.fromisoformat(day_value), "week")
        return Result(rule.type, day_value, mod)
    if month is not None:
        m = month
        if year is not None:
            return Result(rule.type, f"{year:04d}-{m:02d}", mod)
        if s.anchor is None:
            return Result(rule.type, f"XXXX-{m:02d}", mod)
        value = pick(lambda y: cal.month_period(y, m), g, s, month_name=True)
        return Result(rule.type, value, mod) if value else None
    if year is not None:
        return Result(rule.type, f"{year:04d}", mod)
    return None



def _named_period(suffix: str, make: Callable[[int], cal.Period | None], year: int | None, g: Groups, rule: Rule,
                  s: Situation, mod: str | None, future: str = "future") -> Result | None:
    """A quarter, half or season: of its stated year, else unanchored, else the year the context picks."""
    if year is not None:
        return Result(rule.type, f"{year:04d}-{suffix}", mod)
    if s.anchor is None:
        return Result(rule.type, f"XXXX-{suffix}", mod)
    value = pick(make, g, s, future=future)
    return Result(rule.type, value, mod) if value else None

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

    # "the day after Thanksgiving", "the day before Christmas": a day from the holiday
    shift = dt.timedelta(days={"before": -1, "after": 1}.get(key(g.get("day_shift") or ""), 0))

    def day_in(y: int) -> cal.Period:
        if isinstance(spec, tuple):
            return cal.day_period(cal.easter(y) + dt.timedelta(days=int(spec[1])) + shift)
        if len(spec) == 2:
            return cal.day_period(dt.date(y, spec[0], spec[1]) + shift)
        # an optional fourth number counts days after that weekday (Election Day is the
        # Tuesday after the first Monday of November)
        after = dt.timedelta(days=int(spec[3]) if len(spec) > 3 else 0)
        return cal.day_period(cal.nth_weekday(y, spec[0], spec[1], spec[2]) + after + shift)

    year = year_of(g, s)
    if year is not None:
        return Result(rule.type, day_in(year).value, g.get("mod"))
    if s.anchor is None:
        if isinstance(spec, tuple) or len(spec) != 2 or shift:
            return Result(rule.type, "XXXX-XX-XX", g.get("mod"))
        return Result(rule.type, f"XXXX-{spec[0]:02d}-{spec[1]:02d}", g.get("mod"))
    value = pick(day_in, g, s)
    return Result(rule.type, value, g.get("mod")) if value else None


def part_code(g: Groups, s: Situation) -> str | None:
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
    part = part_code(g, s)
    if part is None and g.get("part"):
        return None
    if s.anchor is None and part is None and offset == 0:
        return Result("DATE", "PRESENT_REF", g.get("mod"))
    # "in the morning": of the day the text speaks of (the article date if none).
    base = s.day() if g.get("deictic") == "reference" else s.anchor
    offset += int(g.get("days") or 0)
    day = base + dt.timedelta(days=offset) if base else None
    return Result("TIME" if part else "DATE", _day_value(day, part), g.get("mod"))


def _weekday_date(weekday: int, g: Groups, s: Situation, default: str) -> dt.date | None:
    assert s.anchor is not None
    direction, anaphoric = rel_direction(g, s)
    anchor = (s.reference or s.anchor) if anaphoric else s.anchor
    days = [anchor + dt.timedelta(days=k) for k in range(-14, 15)]
    periods = [cal.day_period(d) for d in days if d.isoweekday() == weekday]
    if direction is not None:
        how = REL_HOW[direction]
    else:
        tense = s.tense()
        how = ("future" if tense in (FUTURE, "present") else "past" if tense == PAST
               else "near" if tense == DEADLINE else default)
    chosen = cal.choose(periods, anchor, how)
    return chosen.start if chosen else None


def norm_weekday(g: Groups, rule: Rule, s: Situation) -> Result | None:
    weekday = s.grammar.tables["weekdays"].get(key(g["weekday"]))
    if weekday is None:
        return None
    part = part_code(g, s)
    kind = "TIME" if part else "DATE"
    if s.anchor is None:
        return Result(kind, f"XXXX-WXX-{weekday}" + (f"T{part}" if part else ""), g.get("mod"))
    # Without a clue, a weekday in news is the latest one (the story reports it).
    day = _weekday_date(weekday, g, s, default="past")
    return Result(kind, _day_value(day, part), g.get("mod")) if day else None


def unit_of(g: Groups, s: Situation) -> dict | None:
    return s.grammar.tables["units"].get(key(g["unit"])) if g.get("unit") else None


def norm_relative(g: Groups, rule: Rule, s: Situation) -> Result | None:
    unit = unit_of(g, s)
    if unit is None:
        return None
    gran = unit["granularity"]
    direction, anaphoric = rel_direction(g, s)
    if s.anchor is None:
        return Result(rule.type, cal.unknown_value(gran), g.get("mod"))
    if direction == 1 and not anaphoric and _narrative_next(g, s, gran):
        anaphoric = True
    anchor = (s.reference or s.anchor) if anaphoric else s.anchor
    out_gran = s.coarsen(gran) if anaphoric else gran
    if direction is None:  # "the weekend": the latest one, or the coming one
        if gran != "weekend":
            direction = 0
        else:
            tense = s.tense()
            on_weekend = anchor.isoweekday() >= 6
            direction = 0 if (tense in (FUTURE, "present") or on_weekend) else -1
    elif direction == 0 and gran == "week" and not anaphoric and anchor.isoweekday() == 7 and s.tense() == FUTURE:
        # "will vote this week" written on a Sunday: the ISO week ends that day, so the
        # week still to come is the one that starts tomorrow.
        direction = 1
    return Result(rule.type, cal.point_value(cal.shift(anchor, gran, direction), out_gran), g.get("mod"))


def _narrative_next(g: Groups, s: Situation, gran: str) -> bool:
    """"He left Rome in 2005. The next year, he moved": in a past narrative "the next
    year" follows the year the text speaks of, not the article date's."""
    if not key(g.get("_text") or "").startswith("the next ") or gran not in ("year", "month", "week"):
        return False
    if s.anchor is None or s.reference is None or s.tense() != PAST:
        return False
    return cal.point_value(s.reference, gran) < cal.point_value(cal.shift(s.anchor, gran, -1), gran)


def norm_quarter_ref(g: Groups, rule: Rule, s: Situation) -> Result | None:
    """"the quarter", "the latest quarter", "the year-ago quarter": the quarter the text
    last named, else the last one completed by the article date (earnings reports)."""
    shift = int(g.get("shift") or 0)
    which = key(g.get("which") or g.get("which2") or "")
    if s.anchor is None:
        return Result("DATE", "XXXX-QX", g.get("mod"))
    last_completed = cal.point_value(cal.shift(s.anchor, "quarter", -1), "quarter")
    named = s.reference_value if s.reference_value and granularity_of(s.reference_value) == "quarter" else None
    said = key(g.get("_text") or "")
    if s.reference_value and granularity_of(s.reference_value) == "year" and "quarter" not in said.split() \
            and "month" not in said.split() and not which:
        # "the 1988 period", "the year-ago period" after "for the nine months": the year
        named_year = int(s.reference_value[:4])
        year = int(g["year"]) if g.get("year") else named_year + shift
        return Result("DATE", f"{year:04d}", g.get("mod"), comparison=year != named_year)
    if named is None and "quarter" not in said and not which and s.period_month:
        # monthly figures ("car sales in late March ... the year-ago period"): that month
        named_year = int(s.period_month[:4])
        month_year = int(g["year"]) if g.get("year") else named_year + shift
        return Result("DATE", f"{month_year:04d}{s.period_month[4:7]}", g.get("mod"),
                      comparison=month_year != named_year)
    if "month" in said.split():
        return None  # "the same 1986 month" with no month named: no value to give
    if which == "current":
        base = cal.point_value(s.anchor, "quarter")
    elif named and which in ("latest", "most recent", "just ended", "just-ended", "recent"):
        # the latest quarter has ended: a quarter still under way is a forecast's
        base = named if named <= last_completed else last_completed
    else:
        base = named or last_completed
    year, quarter = int(base[:4]), int(base[-1])
    if g.get("year"):  # "the 1988 period": that year's instance of the quarter in question
        shift += int(g["year"]) - year
    if g.get("quarter"):
        q = key(g["quarter"])
        quarter = 4 if q == "final" else int(q[0]) if q[0].isdigit() else s.grammar.tables["ordinals"][q]
    return Result("DATE", f"{year + shift:04d}-Q{quarter}", g.get("mod"), comparison=shift != 0)


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
    return s.day(), False


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



_NO_RULE = Rule("internal", "DATE", "calendar", re.compile(""))
