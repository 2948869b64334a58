"""The records dateline produces, and their JSON form (the output contract of DESIGN.md).

Every record that comes from text carries ``article`` (the article id), ``start`` and
``end`` (character offsets into the article text as read) and ``extractor`` (the
versioned name of the code that made it), so that any fact can be traced to its evidence
and the store can be re-derived.

The JSON form is a plain dict whose first key is ``kind``. ``from_json`` reads it back,
so records survive a trip through spaCy's Doc extensions, a Dask worker or the store.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, TypeVar

Modality = Literal["asserted", "reported", "planned", "hypothetical", "negated"]
MODALITIES: tuple[str, ...] = ("asserted", "reported", "planned", "hypothetical", "negated")
DateBasis = Literal["text", "article"]


@dataclass(frozen=True, slots=True)
class Article:
    """One dated news article as read from a source."""

    kind: ClassVar[str] = "article"
    id: str
    date: dt.date
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    ref: str | None = None
    duplicate_of: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "id": self.id,
            "ref": self.ref,
            "date": self.date.isoformat(),
            "title": self.title,
            "source": self.source,
            "url": self.url,
        }
        if self.duplicate_of is not None:
            out["duplicate_of"] = self.duplicate_of
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any], text: str = "") -> Article:
        return cls(
            id=data["id"],
            date=dt.date.fromisoformat(data["date"]),
            text=data.get("text", text),
            title=data.get("title"),
            source=data.get("source"),
            url=data.get("url"),
            ref=data.get("ref"),
            duplicate_of=data.get("duplicate_of"),
        )


@dataclass(frozen=True, slots=True)
class Timex:
    """A TIMEX3 temporal expression, normalized against the article date."""

    kind: ClassVar[str] = "timex"
    article: str
    text: str
    start: int
    end: int
    type: str  # DATE, TIME, DURATION, SET
    value: str  # TIMEX3 value: 2019, 2019-07, 2020-W26, PAST_REF, P2Y, ...
    mod: str | None = None  # START, MID, END, BEFORE, AFTER, APPROX, ...
    extractor: str = "dateline.time.v1"


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity mention resolved to a canonical actor.

    For a person, ``name`` is the person's canonical name, ``role`` the office and
    ``actor`` the code of whom they act for (e.g. RUSGOV for Russia's deputy prime minister).
    For a body the data lists under a kind of body, ``name`` is the body ("Boeing") and
    ``role`` the kind its code stands for ("American companies", USABUS).
    """

    kind: ClassVar[str] = "mention"
    article: str
    text: str
    start: int
    end: int
    actor: str | None
    name: str | None
    type: str  # country, government, military, organization, media, person, object, ...
    role: str | None = None
    extractor: str = "dateline.actors.v1"


@dataclass(frozen=True, slots=True)
class Participant:
    """The speaker of a quote or an argument (source, target) of an event."""

    text: str
    start: int
    end: int
    actor: str | None = None
    name: str | None = None


@dataclass(frozen=True, slots=True)
class RecordDate:
    """When an event happened or a statement was made, and on what basis.

    ``basis`` is ``text`` when a temporal expression in the text gives the date and
    ``article`` when the article date is the fallback.
    """

    value: str
    basis: DateBasis
    text: str | None = None
    start: int | None = None
    end: int | None = None
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct or indirect statement with its speaker and cue."""

    kind: ClassVar[str] = "quote"
    article: str
    text: str
    start: int
    end: int
    direct: bool
    speaker: Participant | None
    cue: str | None
    date: RecordDate
    medium: str | None = None
    extractor: str = "dateline.quotes.v1"
    # Offsets of the cue word(s) ("told", "according to"); None when no cue was found.
    cue_start: int | None = None
    cue_end: int | None = None
    # The content as [start, end] pieces: a quote split around its cue or running over
    # several paragraphs has several; ``start``/``end`` span them all.
    parts: list[list[int]] | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """A coded interaction: who did what to whom, when, how sure, according to whom."""

    kind: ClassVar[str] = "event"
    article: str
    code: str  # CAMEO code, e.g. "1312"
    label: str
    root: str  # CAMEO root, e.g. "13"
    goldstein: float | None
    plover: str | None
    source: Participant
    target: Participant
    object: str | None
    date: RecordDate
    modality: Modality
    attributed_to: Participant | None
    trigger: str  # the predicate word(s) that selected the code
    sentence: str
    start: int  # offsets of the sentence that carries the event
    end: int
    extractor: str = "dateline.events.v1"


@dataclass(frozen=True, slots=True)
class Reject:
    """An input that could not become an article, and why."""

    kind: ClassVar[str] = "reject"
    source: str
    reason: str
    line: int | None = None

    def message(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"

    def reason_kind(self) -> str:
        """The reason without its particulars ("impossible date", not "impossible date: 2020-13-45")."""
        return self.reason.split(":")[0].split(" (")[0]


TextRecord = Timex | Mention | Quote | Event
R = TypeVar("R", Timex, Mention, Quote, Event)

_NESTED: dict[str, type] = {
    "speaker": Participant,
    "source": Participant,
    "target": Participant,
    "attributed_to": Participant,
    "date": RecordDate,
}


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    """A dataclass's field names, read once per class (``dataclasses.fields`` builds them on
    every call, and records are converted tens of thousands of times per 100 articles)."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def _flat(value: Participant | RecordDate) -> dict[str, Any]:
    """A nested record as a dict (its fields are plain values: what ``dataclasses.asdict``
    gives, without its deep copy)."""
    return {name: getattr(value, name) for name in _field_names(type(value))}


def to_json(record: TextRecord | Reject) -> dict[str, Any]:
    """The JSON form of a record: ``kind`` first, nested records as dicts, Nones kept."""
    out: dict[str, Any] = {"kind": record.kind}
    for name in _field_names(type(record)):
        value = getattr(record, name)
        if isinstance(value, (Participant, RecordDate)):
            value = _flat(value)
        out[name] = value
    return out


def from_json(cls: type[R], data: dict[str, Any]) -> R:
    """Rebuild a record of type ``cls`` from its JSON form (unknown keys are ignored)."""
    kwargs: dict[str, Any] = {}
    for name in _field_names(cls):
        if name not in data:
            continue
        value = data[name]
        nested = _NESTED.get(name)
        if nested is not None and isinstance(value, dict):
            value = nested(**value)
        kwargs[name] = value
    return cls(**kwargs)


@dataclass(slots=True)
class Analysis:
    """Everything the per-article analysis found in one article."""

    article: Article
    timexes: list[Timex] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # Event candidates that lacked a source or a target actor (kept as a count only).
    unresolved_events: int = 0

    def records(self) -> Iterator[TextRecord]:
        """The text records in contract order: timexes, mentions, quotes, events."""
        yield from self.timexes
        yield from self.mentions
        yield from self.quotes
        yield from self.events

    def to_jsonl_objects(self) -> Iterator[dict[str, Any]]:
        """The article record followed by its records, as the JSONL contract prints them."""
        yield self.article.to_json()
        for record in self.records():
            yield to_json(record)
