"""The date grammar, loaded from ``dateline/data/time/``: word tables and compiled rules.

``lexicon.yaml`` holds the words and what they mean; ``patterns.yaml`` the rules, whose
regular expressions name word classes as ``{MONTH}``, ``{UNIT}``, ... (built here from the
lexicon). Both are read once per process (``grammar()`` is cached).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .words import key, keyed

TYPES = ("DATE", "TIME", "DURATION", "SET")
NORMS = ("calendar", "decade", "century", "holiday", "deictic", "weekday", "relative",
         "offset", "duration", "set", "clock", "ref", "quarter_ref")
CHECKS = ("bare_month", "year", "decade", "half_year", "split_year", "duration", "per_unit", "frequency", "ref")

# Every rule match must start and end at a word edge; "mid-", "pre-" and "post-" may
# stand right before it ("mid-1990s"). A match may not continue into a word, a percent
# sign, or a hyphenated word ("two-year-old"), nor follow a sign that makes it an amount
# or an identifier ("$2019", "S-400", "#1990", "/2019/").
_LEFT = r"(?<![\w$£€#@/.])"
_RIGHT = r"(?![\w%])(?!-[^\W\d_])(?!/\w)"
_MACRO = re.compile(r"\{([A-Z_]+)\}")
_TABLES = ("months", "weekdays", "numbers", "ordinals", "units", "seasons", "day_parts",
           "deictic_days", "relative_words", "offset_words", "refs", "frequency_words",
           "modifiers", "suffix_modifiers", "offset_mods")


@dataclass(frozen=True, slots=True)
class Rule:
    """One grammar rule (see patterns.yaml for the meaning of each field)."""

    name: str
    type: str
    norm: str
    regex: re.Pattern[str]
    params: dict[str, str] = field(default_factory=dict)
    checks: tuple[str, ...] = ()
    needs_mod: bool = False
    #: what every match contains (the rule runs only around it); rules sharing an
    #: anchor share the compiled object
    anchor: re.Pattern[str] | None = None
    #: whether the anchor reads the text as is (else the lower-cased text: faster)
    anchor_cased: bool = False


@dataclass(frozen=True, slots=True)
class Grammar:
    """The lexicon (plain dicts from lexicon.yaml), the rules and the modifier regexes."""

    lexicon: dict[str, Any]
    rules: tuple[Rule, ...]
    #: matches a modifier that ends right before an expression (search text[:start])
    prefix_mod: re.Pattern[str]
    #: matches a modifier that starts right after an expression (match at end)
    suffix_mod: re.Pattern[str]
    macros: dict[str, str]
    #: lexicon tables re-keyed with ``words.key`` (any case, apostrophes, final period)
    tables: dict[str, dict[str, Any]]


#: The folder of the grammar's data files (shipped as package data).
DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "time"


def _data(name: str) -> Any:
    return yaml.safe_load((DATA_DIR / name).read_text(encoding="utf-8"))


def _trie(words: list[str]) -> str:
    """A regex matching exactly ``words``, factored as a trie of common prefixes.

    Python's engine tries the branches of an alternation one by one at every position;
    a trie lets it give up after a character or two, which keeps the grammar fast.
    """
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict[str, dict]) -> str:
        end = "" in node
        branches = []
        for ch in sorted(c for c in node if c):
            if ch == " ":
                piece = r"\s+"
            elif ch in "'’":
                piece = "['’]?"
            else:
                piece = re.escape(ch)
            branches.append(piece + render(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
        return body

    return render(root)


def _alt(words: list[str], case_sensitive: bool = False) -> str:
    """A non-capturing alternation of ``words`` (spaces match any white space)."""
    body = _trie(sorted({w.replace("’", "'") for w in words}))
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


def _cased(words: list[str]) -> list[str]:
    """Capitalized and upper-case forms of lower-case words (names of months, days)."""
    out: list[str] = []
    for w in words:
        out += [w.capitalize(), w.upper()]
    return out


def _abbreviated(words: list[str], full: set[str]) -> list[str]:
    """Abbreviations may carry a period ("Jan.", "Sept."); full names may not."""
    out: list[str] = []
    for w in words:
        out.append(w)
        if w.lower() not in full:
            out.append(w + ".")
    return out


def _number_regex(lex: dict[str, Any]) -> str:
    numbers: dict[str, float] = lex["numbers"]
    units = [w for w, v in numbers.items() if 1 <= v <= 9 and " " not in w and w not in ("a", "an", "couple")]
    tens = [w for w, v in numbers.items() if v in (20, 30, 40, 50, 60, 70, 80, 90)]
    others = [w for w in numbers if w not in tens]
    compound = f"{_alt(tens)}(?:[\\s-]{_alt(units)})?"
    # "a hundred thousand", "ten thousand", "twenty-five hundred": the number starts at its
    # first word, not at "thousand" ("ten thousand years ago" is not "thousand years ago").
    small = [w for w, v in numbers.items() if 1 <= v <= 19 and v == int(v) and " " not in w
             and w not in ("a", "an", "couple", "dozen")]
    multiplier = f"(?:{compound}|{_alt(small + ['a'])})"
    hundreds = f"(?:{multiplier}\\s+(?:hundred(?:\\s+thousand)?|thousand))"
    digits = r"\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s+1/2|½)?"
    return f"(?:{digits}|{hundreds}|{compound}|{_alt(others)})"


def build_macros(lex: dict[str, Any]) -> dict[str, str]:
    """The word classes patterns.yaml can name, as regular expressions."""
    months: dict[str, int] = lex["months"]
    full_months = {w for w in months if len(w) > 4 or w in ("may", "june", "july")}
    weekdays: dict[str, int] = lex["weekdays"]
    full_days = {w for w in weekdays if w.endswith("day")}
    units: dict[str, dict[str, Any]] = lex["units"]
    calendar_units = ["year", "month", "week", "weekend", "quarter", "decade", "century"]
    holidays = (list(lex["holidays_fixed"]) + list(lex["holidays_nth_weekday"])
                + list(lex["holidays_easter"]))
    ordinals = [w for w, v in lex["ordinals"].items() if v > 0]
    return {
        "MONTH": _alt(_abbreviated(_cased(list(months)), full_months), case_sensitive=True),
        "MONTH_FULL": _alt(_cased(sorted(full_months)), case_sensitive=True),
        "WEEKDAY": _alt(_cased(sorted(full_days))
                        + [w.capitalize() + "." for w in weekdays if w not in full_days],
                        case_sensitive=True),
        "WEEKDAY_PLURAL": _alt([w + "s" for w in _cased(sorted(full_days))], case_sensitive=True),
        "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)",
        "YEAR": r"(?:1[5-9]\d\d|20\d\d)(?!\d)",
        "ORDINAL_DAY": _alt(ordinals),
        "QUARTER_ORD": r"(?:first|second|third|fourth|final|1st|2nd|3rd|4th)",
        "SEASON": _alt(list(lex["seasons"])),
        "REL": _alt(list(lex["relative_words"])),
        "HOLIDAY": _alt(holidays, case_sensitive=True),
        "DAY_PART": r"(?:morning|afternoon|evening|night)",
        "UNIT": _alt(list(units)),
        "UNIT_CALENDAR": _alt(calendar_units),
        "UNIT_SINGULAR": _alt([u for u, d in units.items() if not d.get("plural")]),
        "UNIT_PLURAL": _alt([u for u, d in units.items() if d.get("plural")]),
        "NUM": _number_regex(lex),
        "VAGUE": _alt(list(lex["vague_numbers"])),
        "FREQUENCY": _alt(list(lex["frequency_words"])),
        "TIMEZONE": _alt(list(lex["timezones"]), case_sensitive=True),
        "REF": _alt(list(lex["refs"])),
        # "nineteen ninety-six", "two thousand and one" (transcribed speech)
        "SPOKEN_YEAR": (r"(?:(?:nineteen|twenty)[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty"
                        r"|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven"
                        r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)"
                        r"|two\s+thousand(?:\s+and)?(?:[\s-]+(?:one|two|three|four|five|six|seven|eight"
                        r"|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
                        r"|nineteen|twenty))?)"),
    }


def expand(pattern: str, macros: dict[str, str]) -> str:
    """``pattern`` with every ``{NAME}`` replaced by its word class."""
    def sub(m: re.Match[str]) -> str:
        if m.group(1) not in macros:
            raise KeyError(f"unknown word class {{{m.group(1)}}}")
        return macros[m.group(1)]

    return _MACRO.sub(sub, pattern)


def compile_rule(raw: dict[str, Any], macros: dict[str, str],
                 anchors: dict[str, re.Pattern[str]] | None = None) -> Rule:
    """One rule of patterns.yaml, validated and compiled (``anchors`` caches anchors)."""
    if raw["type"] not in TYPES:
        raise ValueError(f"rule {raw['name']}: type {raw['type']!r} is not one of {TYPES}")
    if raw["norm"] not in NORMS:
        raise ValueError(f"rule {raw['name']}: norm {raw['norm']!r} is not one of {NORMS}")
    for check in raw.get("checks", []):
        if check not in CHECKS:
            raise ValueError(f"rule {raw['name']}: unknown check {check!r}")
    body = expand(raw["pattern"], macros)
    regex = re.compile(f"{_LEFT}(?:{body}){_RIGHT}", re.IGNORECASE)
    params = {k: str(v) for k, v in (raw.get("params") or {}).items()}
    anchor = None
    if raw.get("anchor"):
        anchors = {} if anchors is None else anchors
        source = expand(raw["anchor"], macros)
        if source not in anchors:
            anchors[source] = re.compile(source)
        anchor = anchors[source]
    return Rule(raw["name"], raw["type"], raw["norm"], regex, params,
                tuple(raw.get("checks", [])), bool(raw.get("needs_mod", False)), anchor,
                "(?-i:" in (anchor.pattern if anchor else ""))


def _modifier_regexes(lex: dict[str, Any]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    mods: dict[str, dict[str, Any]] = lex["modifiers"]
    spaced = [w for w, d in mods.items() if not d.get("hyphen")]
    hyphened = [w for w, d in mods.items() if d.get("hyphen")]
    prefix = re.compile(
        rf"(?<![\w-])(?:(?P<mod>{_alt(spaced)})[\s-]+|(?P<hmod>{_alt(hyphened)})-)$", re.IGNORECASE)
    suffix = re.compile(rf"\s*,?\s+(?P<smod>{_alt(list(lex['suffix_modifiers']))})(?!\w)", re.IGNORECASE)
    return prefix, suffix


@functools.lru_cache(maxsize=1)
def grammar() -> Grammar:
    """The grammar, read and compiled once per process."""
    lex = _data("lexicon.yaml")
    macros = build_macros(lex)
    anchors: dict[str, re.Pattern[str]] = {}
    rules = tuple(compile_rule(r, macros, anchors) for r in _data("patterns.yaml")["rules"])
    names = [r.name for r in rules]
    if len(set(names)) != len(names):
        raise ValueError("patterns.yaml: rule names must be unique")
    prefix, suffix = _modifier_regexes(lex)
    tables = {name: keyed(lex[name]) for name in _TABLES}
    tables["holidays"] = {**keyed(lex["holidays_fixed"]), **keyed(lex["holidays_nth_weekday"]),
                          **{k: ("easter", v) for k, v in keyed(lex["holidays_easter"]).items()}}
    for name in ("date_cues", "age_cues", "ambiguous_months", "anaphoric_relative_words",
                 "adverb_only_frequency", "always_nouns"):
        tables[name] = {key(w): True for w in lex[name]}
    return Grammar(lex, rules, prefix, suffix, macros, tables)
