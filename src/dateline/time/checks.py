"""Filters that reject a grammar match on its context: false positives are as bad as misses.

"May" the modal verb, "March" the noun, a four-digit amount or identifier that looks
like a year, "in her 60s" (an age), "the first half" of a match, a newspaper called
the Daily ... Each check looks at a few characters around the match and, when the Doc
is parsed, at the tokens there.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from .context import DocView
from .grammar import Grammar
from .words import key

_PREV_WORD = re.compile(r"([\w'’.-]+)[\s,]*$")
_NEXT_WORD = re.compile(r"^[\s,]*([\w'’-]+)")
# Entity labels that make a number an amount or a name, not a date.
_NOT_DATE_ENTS = {"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "PRODUCT", "ORG", "FAC", "LAW",
                  "WORK_OF_ART", "EVENT", "NORP", "ORDINAL", "GPE", "LOC"}


def prev_word(text: str, start: int) -> str:
    m = _PREV_WORD.search(text, max(0, start - 40), start)
    return key(m.group(1)) if m else ""


def next_word(text: str, end: int) -> str:
    m = _NEXT_WORD.match(text[end:end + 40])
    return m.group(1) if m else ""


def _ent_type(doc: DocView, start: int, end: int) -> str | None:
    if not doc.has_ents:
        return None
    span = doc.span(start, end)
    if span is None:
        return None
    types = {t.ent_type_ for t in span if t.ent_type_}
    return types.pop() if len(types) == 1 else ("DATE" if "DATE" in types else None)


def _is_sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 4):start].rstrip(" \t\"'“‘(`")
    if re.search(r"\s[-–—]$", before):
        return True  # a wire dateline: "AMSTERDAM, June 16 - Next year is ..."
    return not before or before[-1] in ".!?:;\n"


def check_bare_month(text: str, start: int, end: int, doc: DocView, g: Grammar) -> bool:
    word = key(text[start:end])
    prev = prev_word(text, start)
    cue = prev in g.tables["date_cues"] and prev not in ("the", "that", "as", "and", "or", "to")
    if doc.tagged:
        span = doc.span(start, end)
        if span is not None and len(span) and _month_before_noun(span[0], text, end):
            return True  # "May housing starts fell", "the March figures": the month's figures
        if span is not None and span[0].tag_ == "MD":
            return False
    ent = _ent_type(doc, start, end)
    if word in g.tables["ambiguous_months"]:
        if cue:
            return True
        nxt = next_word(text, end)
        if nxt.lower() in ("on", "for", "to", "madness", "of"):
            return False  # "the March on Washington", "May I ...", "March Madness"
        return ent == "DATE"
    if cue or ent is None or ent == "DATE":
        return True
    # "April Ryan", "June Carter": a given name, not a month.
    return ent not in ("PERSON", "ORG", "WORK_OF_ART", "FAC", "GPE", "PRODUCT")


def _month_before_noun(token: Token, text: str, end: int) -> bool:
    """Whether a month name is a compound before a lower-case common noun that it dates
    ("May housing starts", "the March trade figures"): the modal verb "may" is followed by
    a verb, and a name ("May Day", "March Madness") by a capitalized word."""
    if token.dep_ != "compound" or token.head is token or token.head.i <= token.i:
        return False
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (nxt is not None and nxt.tag_ in ("NN", "NNS") and nxt.text[:1].islower()
            and token.head.tag_ in ("NN", "NNS") and text[end:end + 1] == " ")


def check_year(text: str, start: int, end: int, doc: DocView, g: Grammar) -> bool:
    before = text[max(0, start - 6):start]
    if re.search(r"\d[-–]$", before):
        # "555-2020": a phone number or an identifier; but "2008-2009" is a range of years
        first = re.search(r"(?<!\d)(\d{4})[-–]$", before)
        if first is None or not 0 < int(text[start:end]) - int(first.group(1)) <= 20:
            return False
    prev = prev_word(text, start)
    nxt = next_word(text, end).lower()
    if prev in ("no", "number", "flight", "route", "room", "model", "suite", "box", "page", "pp",
                "p", "code", "version", "highway", "interstate", "unit", "apartment", "windows"):
        return False
    if nxt in ("people", "troops", "votes", "soldiers", "workers", "jobs", "times", "percent",
               "points", "feet", "meters", "metres", "miles", "kilometers", "km", "tons", "acres",
               "pounds", "dollars", "euros", "members", "cases", "deaths", "units", "students",
               "residents", "employees", "rounds", "calories", "hp", "cc", "mm", "kg", "lbs", "m"):
        return False
    ent = _ent_type(doc, start, end)
    if ent is not None:
        if prev == "least":  # "since at least 1918", "dating to at least 2016"
            m = re.search(r"([\w'’]+)\s+at\s+least\s*$", text[max(0, start - 40):start], re.IGNORECASE)
            prev = key(m.group(1)) if m else prev
        return (ent not in _NOT_DATE_ENTS or prev in g.tables["date_cues"]
                or (ent in ("CARDINAL", "ORG") and _year_before_singular_noun(doc, start, end)))
    return True


def _year_before_singular_noun(doc: DocView, start: int, end: int) -> bool:
    """Whether a year-like number modifies a singular common noun after it ("Trump's 2016
    campaign", "a 2015 study", "the crowded 2020 presidential race"), which the NER often
    calls CARDINAL or ORG: an amount counts a plural ("2000 cars", "1998 points")."""
    if not doc.parsed:
        return False
    span = doc.span(start, end)
    if span is None or len(span) != 1:
        return False
    token = span[0]
    head = token.head
    return (token.dep_ in ("nummod", "compound", "amod") and head.i > token.i
            and head.tag_ == "NN" and head.text[:1].islower())


def check_decade(text: str, start: int, end: int, doc: DocView, g: Grammar) -> bool:
    core = text[start:end]
    if re.search(r"\d{4}", core):
        return True
    words = re.findall(r"[\w'’]+", text[max(0, start - 30):start])
    words = [key(w) for w in words if key(w) not in ("mid", "early", "late", "the")]
    return not (words and words[-1] in g.tables["age_cues"])


def check_half_year(text: str, start: int, end: int, doc: DocView, g: Grammar) -> bool:
    core = text[start:end].lower()
    # "the first half" alone may be a game's or a speech's; "half year" and "of 1989" are not
    return bool(re.search(r"\sof\s", core)) or core.endswith("year") or prev_word(text, start) == "fiscal"


def check_split_year(text: str, start: int, end: int, doc: DocView, g: Grammar) -> bool:
    # "1987/88", "1999/2000" name a year and the next; "1987/63" is an identifier or a ratio
    m = re.search(r"(\d{4})/(\d\d(?:\d\d)?)$", text[start:end])
    if m is None:
        return False
    following = int(m.group(1)) + 1
    return int(m.group(2)) == (following if len(m.group(2)) == 4 else following % 100)


def check_duration(text: str, start: int, end: int, doc: DocView, g: Grammar) -> bool:
    core = key(text[start:end])
    # "a second term", "one second": the ordinal, not the unit.
    if re.search(r"\b(?:a|one|the) second$", core):
        return bool(re.match(r"\s*(?:[.,;)]|later|ago|earlier)", text[end:end + 12]))
    # "three-quarters", "three quarters of the vote": a fraction, not a time.
    if re.search(r"quarters?$", core):
        if re.search(r"\w-quarters?$", core) or re.match(r"\s+of\b", text[end:end + 4]):
            return False
    # "24-hour news", "a 24-hour hotline": always open, not an amount of time
    if re.fullmatch(r"(?:24|twenty-four)[\s-]hours?", core) \
            and next_word(text, end).lower() in g.tables["always_nouns"]:
        return False
    # "One day, his office got a call", "he hopes he one day follows", "will one day be":
    # some day, no amount (rule one_day_future gives the last its FUTURE_REF)
    if core == "one day" and (
            (_is_sentence_start(text, start) and text[end:end + 1] == ",")
            or prev_word(text, start) in ("he", "she", "they", "we", "i", "you", "it", "will",
                                          "would", "could", "might", "may", "can", "should", "must")):
        return False
    return True


def check_per_unit(text: str, start: int, end: int, doc: DocView, g: Grammar) -> bool:
    if key(text[start:end]).startswith("per "):
        return True
    # "a year" is a frequency after an amount: "$50,000 a year", "10 percent a year".
    before = text[max(0, start - 30):start]
    return bool(re.search(r"(?:\d|percent|%|times|once|twice|dollars|cents)\W*\w*\W*$", before))


def check_frequency(text: str, start: int, end: int, doc: DocView, g: Grammar) -> bool:
    # "the Daily Mail", "the Weekly Standard": a title, not a frequency.
    core = text[start:end]
    nxt = next_word(text, end)
    if core[0].isupper() and nxt[:1].isupper():
        return False
    if key(core) in g.tables["adverb_only_frequency"]:
        # "reports quarterly", not "its quarterly dividend"
        span = doc.span(start, end) if doc.tagged else None
        if span is not None and len(span) == 1:
            return bool(span[0].tag_ == "RB")
        return bool(re.match(r"\s*(?:[.,;:)]|$)", text[end:end + 3]))
    if doc.tagged and core.islower():
        span = doc.span(start, end)
        if (span is not None and len(span) == 1 and span[0].tag_ in ("NN", "NNP")
                and span[0].dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "appos", "conj")
                and re.search(r"[A-Z][\w'’-]*\s+$", text[max(0, start - 40):start])):
            return False  # "in today's Handelsblatt daily": the newspaper, not a frequency
    return not (core[0].isupper() and not _is_sentence_start(text, start))


def check_ref(text: str, start: int, end: int, doc: DocView, g: Grammar) -> bool:
    core = key(text[start:end])
    if core == "soon" and key(text[max(0, start - 3):start]) == "as" \
            and re.match(r"\s+as\b", text[end:end + 4]):
        return False  # "as soon as"
    if core == "current":
        # the adjective before its noun ("current conditions"), not the finance term
        # ("current account") nor the noun ("ocean currents" never matches)
        nxt = next_word(text, end).lower()
        if not re.match(r"[a-z]", nxt) or nxt in ("account", "accounts", "affairs", "and", "or"):
            return False
        if nxt in ("profit", "profits", "loss", "losses"):
            return False  # "current profit": Japanese accounts' pretax profit, not a time
        if doc.tagged:
            span = doc.span(start, end)
            return span is not None and len(span) > 0 and span[0].pos_ == "ADJ"
        return True
    if core in ("the past", "the present", "the future"):
        nxt = next_word(text, end).lower()
        if not nxt or nxt in ("of", "and", "or", "is", "was", "will", "as", "that", "when"):
            return True
        if doc.tagged:
            span = doc.span(end, end + len(nxt) + 2)
            if span is not None and len(span) and span[0].pos_ in ("NOUN", "ADJ", "PROPN", "NUM"):
                return False  # "the past decade", "the future king"
            return True
        return not re.match(r"\s+[a-z]", text[end:end + 3])
    return True


def _common_words(g: Grammar) -> set[str]:
    words: set[str] = set()
    for table in ("units", "day_parts", "deictic_days", "relative_words", "frequency_words"):
        words |= set(g.tables[table])
    for phrase in g.tables["refs"]:
        words |= set(phrase.split())
    return words - {"the", "a", "an"}


def not_a_title(text: str, start: int, end: int, g: Grammar) -> bool:
    """False for a common time word capitalized inside a sentence: a title or a name
    ("High Noon", CBS's "60 Minutes", ABC's "This Week", "VOA Today")."""
    common = _common_words(g)
    for m in re.finditer(r"[A-Za-z]+", text[start:end]):
        word = m.group()
        if not word[0].isupper() or word.lower() not in common:
            continue
        at = start + m.start()
        if at == start and _is_sentence_start(text, at):
            continue
        if word == "Time" and re.search(r"(?:Eastern|Pacific)\s+$", text[max(0, at - 9):at]):
            continue  # "7 a.m. Pacific Time": a time zone's name
        return False
    return True


CHECKS: dict[str, Callable[[str, int, int, DocView, Grammar], bool]] = {
    "bare_month": check_bare_month,
    "year": check_year,
    "decade": check_decade,
    "half_year": check_half_year,
    "split_year": check_split_year,
    "duration": check_duration,
    "per_unit": check_per_unit,
    "frequency": check_frequency,
    "ref": check_ref,
}
