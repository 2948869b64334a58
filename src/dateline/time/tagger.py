"""Finding temporal expressions in a Doc and normalizing them to TIMEX3.

The grammar's rules run as regular expressions over ``doc.text``; the parse is consulted
only around matches (checks against false positives, the tense of partial dates). Where
matches overlap the longest wins. Modifiers before ("late", "the end of", "about") and
after ("or so") join the expression. The article date is an explicit argument: the
clock is never read.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from ..model import Timex
from . import calendar as cal
from .calendar import finer
from .checks import CHECKS, not_a_title
from .context import DocView, dates_simple_past, tense_at
from .grammar import Grammar, Rule, grammar
from .interval import granularity, interval
from .normalize import Result, Situation, normalize
from .words import key

log = logging.getLogger(__name__)

EXTRACTOR = "dateline.time.v1"
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\S+\.(?:com|org|net|gov|edu|co\.uk)/\S*")
#: Granularities fine enough to anchor "two days later" or "the following week".
_REFERENCE_GRANULARITIES = {"day", "part_of_day", "hour", "minute", "second", "week", "month", "year"}


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    rule: Rule
    order: int
    groups: dict[str, str]
    mod: str | None = None


def _groups(m: re.Match[str], rule: Rule) -> tuple[int, int, dict[str, str]]:
    """The expression's offsets (group ``t``/``t2`` if the rule marks one) and its parts."""
    start, end = m.start(), m.end()
    for name in ("t", "t2"):
        if name in rule.regex.groupindex and m.group(name) is not None:
            start, end = m.start(name), m.end(name)
            break
    groups = {k: v for k, v in m.groupdict().items() if v is not None}
    groups = {**rule.params, **groups}
    return start, end, groups


#: How far a match may start before its anchor and end after it (characters).
_BEFORE, _AFTER = 80, 60


def _windows(anchor: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Merged stretches of ``text`` around the occurrences of ``anchor``."""
    out: list[tuple[int, int]] = []
    for m in anchor.finditer(text):
        start, end = max(0, m.start() - _BEFORE), min(len(text), m.end() + _AFTER)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _matches(rule: Rule, view: DocView, windows: dict[re.Pattern[str], list[tuple[int, int]]]):  # type: ignore[no-untyped-def]
    """The rule's matches in the text, searched only around its anchor."""
    text = view.text
    if rule.anchor is None:
        yield from rule.regex.finditer(text)
        return
    if rule.anchor not in windows:
        if rule.anchor_cased:
            windows[rule.anchor] = _windows(rule.anchor, text)
        elif view.lower:
            windows[rule.anchor] = _windows(rule.anchor, view.lower)
        else:  # lower-casing changed the length (rare letters): scan the text as is
            windows[rule.anchor] = _windows(re.compile(rule.anchor.pattern, re.IGNORECASE), text)
    last_end = -1
    for ws, we in windows[rule.anchor]:
        for m in rule.regex.finditer(text, ws, we):
            # Re-match on the whole text: the window's end may have cut the match short.
            full = rule.regex.match(text, m.start())
            if full is not None and full.start() >= last_end:
                last_end = full.end()
                yield full


def _candidates(view: DocView, g: Grammar) -> list[Candidate]:
    text = view.text
    urls = [(m.start(), m.end()) for m in _URL.finditer(text)]
    windows: dict[re.Pattern[str], list[tuple[int, int]]] = {}
    found: list[Candidate] = []
    for order, rule in enumerate(g.rules):
        for m in _matches(rule, view, windows):
            start, end, groups = _groups(m, rule)
            if start == end or any(s <= start < e for s, e in urls):
                continue
            try:
                if not all(CHECKS[c](text, start, end, view, g) for c in rule.checks):
                    continue
                if rule.norm != "holiday" and not not_a_title(text, start, end, g):
                    continue
            except Exception:  # a check must never lose the article
                log.exception("check failed on %r (rule %s)", text[start:end], rule.name)
                continue
            found.append(Candidate(start, end, rule, order, groups))
    return found


def _kind(rule: Rule) -> str:
    return "amount" if rule.type == "DURATION" or rule.norm == "offset" else "point"


def _complementizer_at(view: DocView, start: int) -> bool:
    """Whether the word at ``start`` is a subordinating conjunction ("said that ...")."""
    if not view.tagged:
        return False
    span = view.span(start, start + 4)
    return span is not None and len(span) > 0 and span[0].tag_ == "IN"


def _noun_follows(view: DocView, end: int) -> bool:
    """Whether the word right after ``end`` is a noun the expression modifies ("the
    mid-March sales period", "the late-November meeting")."""
    if not view.tagged or not re.match(r"[ \t]+[a-z]", view.text[end:end + 3]):
        return False
    span = view.span(end + 1, min(len(view.text), end + 40))
    return span is not None and len(span) > 0 and span[0].pos_ in ("NOUN", "PROPN")


def _attach_modifiers(c: Candidate, text: str, g: Grammar, view: DocView | None = None) -> None:
    """Extend ``c`` over a modifier right before it and an "or so" right after it. A
    "the" before the modifier stays out when a noun follows: it belongs to that noun."""
    if "mod" in c.groups:
        return
    m = g.prefix_mod.search(text, max(0, c.start - 30), c.start)
    if m is not None:
        word = m.group("mod") or m.group("hmod")
        spec = g.tables["modifiers"].get(key(word))
        core = text[c.start:c.end].lower()
        if spec and _kind(c.rule) in spec["for"] and c.rule.type != "SET":
            amount_ok = _kind(c.rule) != "amount" or not core.startswith("the ")
            if spec.get("before_number") and _kind(c.rule) == "point" and not core[:1].isdigit() \
                    and not _CLOCK_WORD.match(core):
                amount_ok = False
            if amount_ok:
                c.mod, c.start = spec["mod"], m.start()
                the = re.match(r"the\s+(?=\S)", text[c.start:c.start + 8], re.IGNORECASE)
                if the and view is not None and key(word) in ("the early", "the mid", "the late") \
                        and _noun_follows(view, c.end):
                    c.start += the.end()
    s = g.suffix_mod.match(text, c.end)
    if s is not None and c.rule.type in ("DURATION", "DATE") and c.mod is None:
        c.mod = g.tables["suffix_modifiers"].get(key(s.group("smod")))
        c.end = s.end()


# Named times of day that "around", "about" join like a clock time ("around noon", TimeBank's
# "around 7:15 p.m.")
_CLOCK_WORD = re.compile(r"(?:noon|midnight|midday|dawn|daybreak|dusk|sunrise|sunset|nightfall)\b")


def _select(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: the longest first, then the earlier rule."""
    kept: list[Candidate] = []
    # At equal length, a rule that matched the whole expression beats one that a
    # modifier extended ("the second half of 2019" is a half year, not 2019 END).
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.mod is not None, c.order, c.start)):
        if all(c.end <= k.start or k.end <= c.start for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def find_timexes(doc: Doc, article_date: dt.date | None, article_id: str = "") -> list[Timex]:
    """The temporal expressions of ``doc``, normalized against ``article_date``.

    ``article_date`` None gives underspecified values ("XXXX-05" for "in May").
    Expressions whose value cannot be resolved are left out.
    """
    g = grammar()
    view = DocView.of(doc)
    text = view.text
    cands = _candidates(view, g)
    for c in cands:
        _attach_modifiers(c, text, g, view)
    cands = [c for c in cands if not c.rule.needs_mod or c.mod is not None]
    out: list[Timex] = []
    article_date = _dateline_day(text, article_date, g)
    reference = (article_date, "day") if article_date else None
    reference_value: str | None = None
    period_month: str | None = None
    for c in _select(cands):
        groups = dict(c.groups)
        if c.mod is not None and "mod" not in groups:
            groups["mod"] = c.mod
        that = re.match(r"that\s+", text[c.start:c.end], re.IGNORECASE)
        if that and key(groups.get("rel") or "") == "that" and groups.get("quarter") \
                and _complementizer_at(view, c.start):
            # "reported that third-quarter profit fell": the conjunction, not "that quarter"
            del groups["rel"]
            c.start += that.end()
        groups["_text"] = text[c.start:c.end]
        if c.rule.norm == "offset" and _AMOUNT_BEFORE.search(text, max(0, c.start - 40), c.start):
            month = _first_month_of_sentence(text, c.start, out)
            if month:
                groups["_compared_month"] = month
        situation = Situation(g, article_date, reference[0] if reference else None,
                              _lazy_tense(view, c.start, c.end), reference_value,
                              reference[1] if reference else "day", period_month,
                              _lazy_simple_past(view, c.start, c.end))
        try:
            result = normalize(groups, c.rule, situation)
        except Exception:  # one bad expression must not lose the rest of the article
            log.exception("cannot normalize %r (rule %s)", text[c.start:c.end], c.rule.name)
            continue
        if result is None or not result.value:
            continue
        if c.rule.norm == "weekday" and out and _range_end_before_start(text, out[-1], c.start, result.value):
            # "from Monday to Friday": the end of a range of weekdays comes after its start
            day = dt.date.fromisoformat(result.value[:10]) + dt.timedelta(days=7)
            result = replace(result, value=day.isoformat() + result.value[10:])
        if result.type == "DURATION" and c.rule.norm == "offset":
            # "Three days later": the amount is the expression, "later" its signal
            signal = _SIGNAL_AFTER.search(text, c.start, c.end)
            if signal is not None and signal.start() > c.start:
                c.end = signal.start()
        out.append(Timex(article_id, text[c.start:c.end], c.start, c.end, result.type,
                         result.value, result.mod, EXTRACTOR))
        if result.comparison or _BASE_YEAR.search(text, max(0, c.start - 12), c.start):
            continue  # a comparison, or an index's base year ("base 1980"), is not the time spoken of
        reference = _new_reference(result, reference)
        if result.type == "DATE" and granularity(result.value) == "quarter":
            reference_value = result.value  # the quarter in question (earnings news)
        elif result.type == "DURATION" and result.value in _YEAR_TO_DATE and article_date is not None:
            # "for the nine months": figures for the year so far, whose comparisons ("a
            # year earlier", "the 1988 period") take the year before, not the quarter
            quarter = reference_value or cal.point_value(cal.shift(article_date, "quarter", -1), "quarter")
            reference_value = quarter[:4]
        elif result.type == "DATE" and granularity(result.value) == "month":
            period_month = result.value  # the month in question (monthly figures)
    return out


_RANGE_LINK = re.compile(r"\s*(?:to|through|until|till|thru|and|-|–)\s*$", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)


def _range_end_before_start(text: str, start_timex: Timex, start: int, value: str) -> bool:
    """Whether ``value`` closes a range "from <start_timex> to ..." on a day before its start."""
    if not (_DAY_VALUE.match(value) and _DAY_VALUE.match(start_timex.value)):
        return False
    if not _RANGE_LINK.fullmatch(text[start_timex.end:start]) or start - start_timex.end > 12:
        return False
    if not _RANGE_OPEN.search(text[max(0, start_timex.start - 10):start_timex.start]):
        return False
    return value[:10] < start_timex.value[:10]


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


# A wire story's dateline: "LIMA, April 3 - President Alan Garcia said ... tonight".
# An agency may follow the day: "WASHINGTON, August 13 (Xinhua) --".
_DATELINE = re.compile(r"\s*[A-Z][A-Za-z .'’-]{1,40},\s+(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})\s+"
                       r"(?:\([A-Z][A-Za-z .]{1,20}\)\s*)?(?:[-–—]{1,2}|_)\s")


def _dateline_day(text: str, article_date: dt.date | None, g: Grammar) -> dt.date | None:
    """The day a wire story's dateline gives, when it is within two days of the article
    date: the story's "today" and "tonight" are that day, which a late story's time stamp
    (the next day in GMT) passes by; otherwise the article date."""
    if article_date is None:
        return None
    m = _DATELINE.match(text, 0, 80)
    month = g.tables["months"].get(key(m.group("month"))) if m else None
    if m is None or not month:
        return article_date
    for year in (article_date.year, article_date.year - 1, article_date.year + 1):
        try:
            day = dt.date(year, month, int(m.group("day")))
        except ValueError:
            continue
        if abs((day - article_date).days) <= 2:
            return day
    return article_date


#: Year-to-date periods of earnings news ("the first nine months", "the six months").
_YEAR_TO_DATE = {"P6M", "P9M"}

#: The signal word that ends an anchored amount ("Three days later").
_SIGNAL_AFTER = re.compile(r"\s+(?:later|earlier|before|after)\b", re.IGNORECASE)

_BASE_YEAR = re.compile(r"\bbase(?:\s+year)?[\s,:=]*$", re.IGNORECASE)

# An amount right before "a year ago" ("against 2.2 billion a year ago", "from 5.1 pct a
# year earlier"): the comparison of figures, which takes the period they are for.
_AMOUNT_BEFORE = re.compile(
    r"(?:\d|\b(?:mln|million|billion|bln|pct|percent|cent|dlrs|dollars|yen|marks|francs|stg|pounds|lire|units|"
    r"tonnes|tons|barrels|points|level|figure|rate))\s+(?:(?:in|from|for|of)\s+)?$", re.IGNORECASE)


def _first_month_of_sentence(text: str, start: int, found: list[Timex]) -> str | None:
    """The first month the sentence before ``start`` names: the period its figures are for
    ("in February ... from 582 mln in January ... a year ago" compares February's)."""
    ends = [m.end() for m in re.finditer(r"[.!?]\s", text[max(0, start - 400):start])]
    lo = max(0, start - 400) + ends[-1] if ends else max(0, start - 400)
    for t in found:
        if lo <= t.start < start and t.type == "DATE" and granularity(t.value) == "month" and t.mod is None:
            return t.value
    return None


def _new_reference(result: Result, reference: tuple[dt.date, str] | None) -> tuple[dt.date, str] | None:
    """The time the text speaks of after ``result``: its first day and granularity.

    A coarser expression that contains the current reference leaves it ("On May 5 ...
    later that year": still May 5, 2019, for "that same day"); a duration that leads to
    a point ("Three days later") moves it there.
    """
    if result.type not in ("DATE", "TIME") and result.point is None:
        return reference
    value = result.point or result.value
    gran = granularity(value)
    if gran not in _REFERENCE_GRANULARITIES:
        return reference
    span = interval(value)
    if span is None:
        return reference
    if reference is not None and span[0] <= reference[0] <= span[1] and finer(reference[1], gran):
        return reference
    return span[0], gran


def _lazy_tense(view: DocView, start: int, end: int):  # type: ignore[no-untyped-def]
    cache: dict[bool, str | None] = {}

    def tense(through_noun: bool = False) -> str | None:
        if through_noun not in cache:
            cache[through_noun] = tense_at(view, start, end, through_noun)
        return cache[through_noun]

    return tense


def _lazy_simple_past(view: DocView, start: int, end: int) -> Callable[[], bool]:
    return lambda: dates_simple_past(view, start, end)
