"""The same event reported many times, and claims that disagree.

Events are grouped when they have the same source actor, target actor and CAMEO code and
their dates are compatible: each group keeps a *core* interval, the intersection of its
members' intervals, and an event joins a group only if its interval overlaps that core.
So "met in 2019" and "met on 2019-05-03" are one event, while meetings on 2019-05-03 and
2019-11-10 stay two, even though both fall in 2019. Specific dates are placed first so
that vague ones join the group they fit rather than bridging two.

Two events disagree when the same source is said to do the same thing (same code) over
overlapping dates, once as negated and once as happening (asserted, reported or planned),
e.g. "will be fully operational by April 2020" against "was unable to deploy in April".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

HAPPENING = frozenset({"asserted", "reported", "planned"})


@dataclass(frozen=True)
class EventFacts:
    """What linking needs of one stored event."""

    id: int
    article: str
    source: str
    target: str
    code: str
    first: dt.date | None
    last: dt.date | None
    modality: str
    attributed: str | None = None


@dataclass
class EventGroup:
    key: tuple[str, str, str]
    core_first: dt.date
    core_last: dt.date
    members: list[EventFacts] = field(default_factory=list)

    @property
    def first(self) -> dt.date:
        return min(m.first for m in self.members if m.first)

    @property
    def last(self) -> dt.date:
        return max(m.last for m in self.members if m.last)

    @property
    def articles(self) -> int:
        return len({m.article for m in self.members})

    def fits(self, event: EventFacts) -> bool:
        first, last = _span(event)
        return first <= self.core_last and self.core_first <= last

    def add(self, event: EventFacts) -> None:
        first, last = _span(event)
        self.members.append(event)
        self.core_first, self.core_last = max(self.core_first, first), min(self.core_last, last)


def _span(event: EventFacts) -> tuple[dt.date, dt.date]:
    """The interval of an event known to be dated."""
    assert event.first is not None and event.last is not None
    return event.first, event.last


def group_events(events: Iterable[EventFacts]) -> list[EventGroup]:
    """Groups of one (source, target, code) key; events without a date stay alone."""
    groups: list[EventGroup] = []
    dated = []
    for event in events:
        if event.first is None or event.last is None:
            continue
        dated.append(event)
    dated.sort(key=lambda e: ((_span(e)[1] - _span(e)[0]).days, _span(e)[0], e.id))  # most specific first
    for event in dated:
        target = next((g for g in groups if g.fits(event)), None)
        if target is None:
            target = EventGroup((event.source, event.target, event.code), *_span(event))
            groups.append(target)
        target.add(event)
    return groups


@dataclass(frozen=True)
class Disagreement:
    event_a: int
    event_b: int
    reason: str


def disagreements(events: Iterable[EventFacts]) -> Iterator[Disagreement]:
    """Pairs of one (source, code) key where one says it happened and the other that it did not."""
    negated = []
    happening = []
    for event in events:
        if event.first is None or event.last is None:
            continue
        if event.modality == "negated":
            negated.append(event)
        elif event.modality in HAPPENING:
            happening.append(event)
    for no in negated:
        for yes in happening:
            assert yes.first and yes.last and no.first and no.last
            if yes.first <= no.last and no.first <= yes.last:
                who_yes = yes.attributed or "the text"
                who_no = no.attributed or "the text"
                yield Disagreement(
                    yes.id, no.id,
                    f"{who_yes} says it is {yes.modality}; {who_no} says it did not happen "
                    f"({max(yes.first, no.first)} to {min(yes.last, no.last)})",
                )
