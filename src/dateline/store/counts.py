"""Events counted by (source actor, target actor), read in one statement per store generation.

Choosing a plan for an actor or a pair (browse.py: ``_source_unindexed``, ``_common``) and the
total of an actor's or a pair's unfiltered page need how many events name it, on which side.
A COUNT per actor and side reads the actor's whole index range (milliseconds for a big one,
a hundred cold misses per server worker); the store has far fewer actor pairs (727 on the
100k-event store) than events, and one GROUP BY over a covering index (about 15 ms) gives
every such count by set lookups over the pairs.

The counts follow :meth:`StoreBrowser.actor_match` through :class:`ActorTest`, a test of one
code with the same rules. Code prefixes are compared as Python strings, which is SQLite's
BINARY order; other databases compare by their collation, so browse.py uses this on SQLite only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Literal

from sqlalchemy import Engine, func, select

from . import schema

#: Whether a code (a column's value, None for NULL) is one an actor filter names.
ActorTest = Callable[[str | None], bool]
Side = Literal["source_actor", "target_actor"]


@dataclass(frozen=True)
class PairCounts:
    """(source actor, target actor, events, events with a day) for every pair in the store."""

    rows: tuple[tuple[str | None, str | None, int, int], ...]

    @classmethod
    def read(cls, engine: Engine) -> PairCounts:
        e = schema.events.c
        query = (select(e.source_actor, e.target_actor, func.count(), func.count(e.date_first))
                 .group_by(e.source_actor, e.target_actor))
        with engine.connect() as conn:
            rows = conn.execute(query).all()
        return cls(tuple((source, target, int(n), int(placed)) for source, target, n, placed in rows))

    @cached_property
    def codes(self) -> frozenset[str | None]:
        """Every code in the store, either side (made once: each count tests them all)."""
        return frozenset(code for source, target, _, _ in self.rows for code in (source, target))

    def _matched(self, test: ActorTest) -> frozenset[str | None]:
        """The codes in the store (either side) that ``test`` accepts."""
        return frozenset(code for code in self.codes if test(code))

    def side(self, test: ActorTest, column: Side) -> int:
        """How many events have a code ``test`` accepts in ``column``."""
        matched = self._matched(test)
        if column == "source_actor":
            return sum(n for source, _, n, _ in self.rows if source in matched)
        return sum(n for _, target, n, _ in self.rows if target in matched)

    def either(self, test: ActorTest, placed_only: bool = False) -> int:
        """How many events name the actor on either side (with a day, for ``placed_only``)."""
        matched = self._matched(test)
        return sum(placed if placed_only else n for source, target, n, placed in self.rows
                   if source in matched or target in matched)

    def pair(self, one: ActorTest, two: ActorTest, placed_only: bool = False) -> int:
        """How many events go from one actor to the other, either direction."""
        first, second = self._matched(one), self._matched(two)
        return sum(placed if placed_only else n for source, target, n, placed in self.rows
                   if (source in first and target in second) or (source in second and target in first))


def no_code(_value: Any) -> bool:
    """The test of an actor filter that names nothing."""
    return False
