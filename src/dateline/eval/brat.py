"""Reading attribution annotations in brat standoff form (PolNeAR).

An ``.ann`` file has T-lines ``T1<TAB>Source 10 20<TAB>text`` (discontinuous spans as
``10 20;25 30``) and E-lines ``E1<TAB>Attribution:T4 Source:T1 Cue:T2 Content:T3`` that
tie the parts of one attribution together.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Attribution:
    """Source, cue and content of one attribution, each a list of character spans."""

    source: tuple[Span, ...] = ()
    cue: tuple[Span, ...] = ()
    content: tuple[Span, ...] = ()


@dataclass(slots=True)
class GoldDoc:
    name: str
    text: str
    date: str | None
    attributions: list[Attribution] = field(default_factory=list)


_ROLES = {"Source": "source", "Cue": "cue", "Content": "content"}


def parse_ann(content: str) -> list[Attribution]:
    """The attributions of one ``.ann`` file (lines of other kinds are ignored)."""
    spans: dict[str, list[Span]] = {}
    events: list[dict[str, list[str]]] = []
    for line in content.splitlines():
        cols = line.split("\t")
        if len(cols) < 2:
            continue
        if line.startswith("T"):
            label, _, offsets = cols[1].partition(" ")
            if not offsets:
                continue
            try:
                spans[cols[0]] = [(int(a), int(b)) for a, b in (p.split() for p in offsets.split(";"))]
            except ValueError:
                continue
        elif line.startswith("E"):
            roles: dict[str, list[str]] = {}
            for arg in cols[1].split():
                role, _, ref = arg.partition(":")
                roles.setdefault(role, []).append(ref)
            events.append(roles)
    out: list[Attribution] = []
    for roles in events:
        parts: dict[str, tuple[Span, ...]] = {}
        for role, key in _ROLES.items():
            found = [s for ref in roles.get(role, ()) for s in spans.get(ref, ())]
            parts[key] = tuple(sorted(found))
        out.append(Attribution(**parts))
    return out
