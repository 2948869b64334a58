"""Reading the words of a match: numbers, month and weekday names, units."""

from __future__ import annotations

import re
from typing import Any

_SPACES = re.compile(r"[\s\-]+")


def key(text: str) -> str:
    """A lexicon key: lower case, single spaces, no apostrophes, no final period."""
    k = _SPACES.sub(" ", text.lower().replace("’", "").replace("'", "")).strip()
    return k[:-1] if k.endswith(".") else k


def keyed(table: dict[str, Any]) -> dict[str, Any]:
    """A lexicon table re-keyed with ``key`` so that ``table[key(text)]`` finds any form."""
    return {key(name): value for name, value in table.items()}


def parse_number(text: str, numbers: dict[str, float]) -> float | None:
    """The value of a number written in figures or words ("24", "5 1/2", "twenty-four",
    "two hundred", "a couple of"); None if it is not one."""
    k = _SPACES.sub(" ", text.lower()).strip()
    if not k:
        return None
    if k in numbers:
        return float(numbers[k])
    k = k.replace(",", "")
    half = 0.0
    if k.endswith(" and a half"):
        inner = parse_number(k.removesuffix(" and a half"), numbers)
        return None if inner is None else inner + 0.5
    if k.endswith(" 1/2") or k.endswith("½"):
        half, k = 0.5, k.removesuffix(" 1/2").removesuffix("½").strip()
    try:
        return float(k) + half
    except ValueError:
        pass
    total = 0.0
    current = 0.0
    for word in k.split(" "):
        if word in ("hundred", "thousand"):
            current = (current or 1.0) * (100.0 if word == "hundred" else 1000.0)
            if word == "thousand":
                total, current = total + current, 0.0
        elif word in numbers:
            current += float(numbers[word])
        elif word == "and":
            continue
        else:
            return None
    return total + current + half


def day_number(text: str, ordinals: dict[str, int]) -> int | None:
    """The day of the month in "12", "12th", "twelfth", "the 1st"."""
    k = _SPACES.sub(" ", text.lower()).strip().removeprefix("the ").strip()
    digits = re.match(r"\d+", k)
    if digits:
        return int(digits.group())
    value = ordinals.get(k)
    return value if value and value > 0 else None


def spoken_year(text: str, numbers: dict[str, float]) -> int | None:
    """The year in "nineteen ninety-six", "two thousand one", "nineteen hundred"."""
    words = _SPACES.sub(" ", text.lower()).strip().split(" ")
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        tail = parse_number(" ".join(rest), numbers) if rest else 0.0
        return None if tail is None else 2000 + int(tail)
    century = numbers.get(words[0])
    if century is None or len(words) < 2:
        return None
    if words[1:] == ["hundred"]:
        return int(century) * 100
    tail = parse_number(" ".join(words[1:]), numbers)
    return None if tail is None or tail >= 100 else int(century) * 100 + int(tail)
