"""Office holders with time-bounded roles: who held which office on a given date.

A role is valid from ``valid_from`` (inclusive) to ``valid_to`` (exclusive; empty means
still held when the data was compiled). "Kerry" on 2013-06-01 is the US Secretary of State;
"the president" of Turkey on 2020-06-24 is Recep Tayyip Erdogan.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .data import load_csv, load_yaml, norm, split_list

#: When several people answer to one short name on a date ("Kim"), the higher office wins.
CLASS_RANK = {
    "head_of_state": 0,
    "head_of_government": 1,
    "foreign_minister": 2,
    "defence_minister": 3,
    "igo_head": 4,
    "legislator": 5,
    "other": 6,
}


#: Title classes specific enough to tell namesakes apart ("President", "Prime Minister",
#: "Foreign Minister"); "other" and "legislator" titles are too loose to.
_NARROWING_CLASSES = frozenset({"head_of_state", "head_of_government", "foreign_minister", "defence_minister"})


@dataclass(frozen=True, slots=True)
class Holder:
    """One person in one office for one period."""

    name: str
    country: str
    role: str
    role_class: str
    code: str | None
    valid_from: dt.date
    valid_to: dt.date | None
    approx: bool = False

    def valid_on(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day < self.valid_to)


@dataclass(frozen=True, slots=True)
class PersonMatch:
    """What the gazetteer knows of a name on a date.

    ``holder`` is the office held on the date, or the last one held before it when
    ``former`` is true; None when the person held no listed office by then.
    """

    name: str
    holder: Holder | None
    former: bool = False


class Gazetteer:
    """Indexes of the office holders by name, short name and office."""

    def __init__(self, holders: list[Holder], names: dict[str, set[str]], shorts: dict[str, set[str]]):
        self.by_person: dict[str, list[Holder]] = defaultdict(list)
        self.by_office: dict[tuple[str, str], list[Holder]] = defaultdict(list)
        for holder in holders:
            self.by_person[holder.name].append(holder)
            self.by_office[(holder.country, holder.role_class)].append(holder)
        self.names = names  # norm(full name or alias) -> canonical names
        self.written: set[str] = set()  # full names and aliases as written
        self.shorts = shorts  # norm(short name) -> canonical names

    def names_as_written(self) -> list[str]:
        """Every full name and alias as the data file spells it."""
        return list(self.written)

    def candidates(self, text: str) -> set[str]:
        """Canonical names a full name, alias or short name may stand for."""
        key = norm(text)
        return self.names.get(key) or self.shorts.get(key) or set()

    def person(
        self, text: str, day: dt.date | None, countries: Sequence[str] = (), office: str | None = None
    ) -> PersonMatch | None:
        """The person a name stands for on ``day`` (the most senior one if several).

        ``countries``, most preferred first, narrow namesakes to those who held an office of
        that country ("King Abdullah" after "Saudi"); ``office``, the class of the title the
        text gives, to those who held an office of that class ("President Carter" in 2016 is
        Jimmy Carter, not the Secretary of Defense Ash Carter).
        """
        names = self.candidates(text)
        if not names:
            return None
        for country in countries:
            narrowed = {n for n in names if any(h.country == country for h in self.by_person[n])}
            if narrowed:
                names = narrowed
                break
        if office in _NARROWING_CLASSES and len(names) > 1:
            narrowed = {n for n in names if any(h.role_class == office for h in self.by_person[n])}
            names = narrowed or names
        matches = [self._match(name, day) for name in sorted(names)]
        if len(matches) == 1:
            return matches[0]

        # Prefer people in office that day, then the most senior office, then the latest term.
        def rank(m: PersonMatch) -> tuple[int, int, str]:
            if m.holder is None:
                return (2, 9, "")
            return (
                1 if m.former else 0,
                CLASS_RANK.get(m.holder.role_class, 9),
                _neg_date(m.holder.valid_to or m.holder.valid_from),
            )

        return min(matches, key=rank)

    def _match(self, name: str, day: dt.date | None) -> PersonMatch:
        terms = sorted(self.by_person[name], key=lambda h: h.valid_from)
        if day is None:
            return PersonMatch(name, terms[-1])
        current = [h for h in terms if h.valid_on(day)]
        if current:
            return PersonMatch(name, min(current, key=lambda h: CLASS_RANK.get(h.role_class, 9)))
        past = [h for h in terms if h.valid_to is not None and h.valid_to <= day]
        if past:
            return PersonMatch(name, max(past, key=lambda h: h.valid_to or h.valid_from), former=True)
        return PersonMatch(name, None)

    def holder(self, country: str, role_class: str, day: dt.date | None) -> Holder | None:
        """Who held an office (country and class) on ``day``."""
        terms = self.by_office.get((country, role_class), [])
        if day is None:
            return max(terms, key=lambda h: h.valid_from, default=None)
        current = [h for h in terms if h.valid_on(day)]
        return max(current, key=lambda h: h.valid_from, default=None)


def _neg_date(day: dt.date) -> str:
    # Sort key that puts later dates first in an ascending sort.
    return str(99999999 - int(day.strftime("%Y%m%d")))


def _date(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The office holders from ``office_holders.csv``, indexed once per process."""
    holders: list[Holder] = []
    names: dict[str, set[str]] = defaultdict(set)
    shorts: dict[str, set[str]] = defaultdict(set)
    written: set[str] = set()
    for row in load_csv("office_holders.csv"):
        start = _date(row["valid_from"])
        assert start is not None
        holder = Holder(
            name=row["name"],
            country=row["country"],
            role=row["role"],
            role_class=row["class"],
            code=row["code"] or None,
            valid_from=start,
            valid_to=_date(row["valid_to"]),
            approx=row.get("approx") == "1",
        )
        holders.append(holder)
        for form in [row["name"], *split_list(row["aliases"])]:
            names[norm(form)].add(row["name"])
            written.add(form)
        for form in split_list(row["short"]) or [row["name"].split()[-1]]:
            shorts[norm(form)].add(row["name"])
    _add_short_forms(names)
    gaz = Gazetteer(holders, dict(names), dict(shorts))
    gaz.written = written
    return gaz


def _add_short_forms(names: dict[str, set[str]]) -> None:
    """Index each full name also under the other forms of its first name ("bob mueller" for
    Robert Mueller, first_names.yaml), unless that form is already someone's name."""
    variants: dict[str, set[str]] = defaultdict(set)
    for group in load_yaml("first_names.yaml")["groups"]:
        for word in group:
            variants[word].update(w for w in group if w != word)
    taken = set(names)
    for key, people in list(names.items()):
        first, _, rest = key.partition(" ")
        if not rest:
            continue
        for other in variants.get(first, ()):
            form = f"{other} {rest}"
            if form not in taken:
                names.setdefault(form, set()).update(people)
