"""Query parameters shared by the JSON routes and the pages, checked before any query runs.

Each parameter is bounded (lengths, patterns, ranges) so that what reaches the store is a
plain value; anything else is a 400 with the parameter's name.

The dependencies are ``async def`` though they never await: FastAPI would run a plain
``def`` dependency in its thread pool, a thread hop per parameter group for nothing.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import Depends, Query

from ..model import MODALITIES
from ..store.browse import EventQuery
from ..store.query import DateRange
from .errors import ApiError

Modality = Literal["asserted", "reported", "planned", "hypothetical", "negated"]
assert set(MODALITIES) == set(Modality.__args__)  # type: ignore[attr-defined]

_DAY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
ACTOR_HELP = "An actor code prefix (TUR, USAGOV) or a name or alias (Turkey)."
TEXT_MAX = 200
MAX_OFFSET = 1_000_000_000


def day_bounds(value: str, *, last: bool) -> str:
    """The first (or last) day of ``2019``, ``2019-05`` or ``2019-05-14``, as an ISO date."""
    match = _DAY.match(value)
    if match is None:
        raise ApiError(400, f"not a date: {value!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = match.groups()
    try:
        y = int(year)
        if day:
            return dt.date(y, int(month), int(day)).isoformat()
        if month:
            m = int(month)
            return dt.date(y, m, calendar.monthrange(y, m)[1] if last else 1).isoformat()
        return dt.date(y, 12, 31).isoformat() if last else dt.date(y, 1, 1).isoformat()
    except ValueError:
        raise ApiError(400, f"impossible date: {value!r}") from None


async def date_range(
    date_from: Annotated[str | None, Query(alias="from", max_length=10, pattern=DATE_PATTERN,
                                           description="On or after this day (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    date_to: Annotated[str | None, Query(alias="to", max_length=10, pattern=DATE_PATTERN,
                                         description="On or before this day (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
) -> DateRange:
    first = day_bounds(date_from, last=False) if date_from else None
    last = day_bounds(date_to, last=True) if date_to else None
    if first and last and first > last:
        raise ApiError(400, f"'from' ({date_from}) is after 'to' ({date_to})")
    return DateRange(first, last)


@dataclass(frozen=True)
class Paging:
    limit: int
    offset: int


async def paging(
    limit: Annotated[int, Query(ge=1, le=500, description="At most this many items (1-500).")] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Skip this many items.")] = 0,
) -> Paging:
    return Paging(limit, offset)


def words(value: str | None, name: str = "q") -> str | None:
    """A text query, or None when blank; a query with no word in it is a 400."""
    if value is None or not value.strip():
        return None
    if not re.search(r"\w", value):
        raise ApiError(400, f"{name}: the search has no words")
    return value.strip()


def actor_pair(value: str | None) -> tuple[str, str] | None:
    if value is None or not value.strip():
        return None
    parts = [p.strip() for p in value.split(",")]
    if len(parts) != 2 or not all(parts):
        raise ApiError(400, f"pair: expected two actors separated by a comma (USA,TUR), got {value!r}")
    return parts[0], parts[1]


Text = Annotated[str | None, Query(max_length=TEXT_MAX)]


async def event_query(
    dates: Annotated[DateRange, Depends(date_range)],
    actor: Annotated[str | None, Query(max_length=TEXT_MAX, description=ACTOR_HELP + " Either side.")] = None,
    source: Annotated[str | None, Query(max_length=TEXT_MAX, description="The actor who acts. " + ACTOR_HELP)] = None,
    target: Annotated[str | None, Query(max_length=TEXT_MAX, description="The actor acted upon.")] = None,
    pair: Annotated[str | None, Query(
        max_length=2 * TEXT_MAX + 1, description="Two actors, comma-separated (USA,TUR), in either direction.")] = None,
    code: Annotated[str | None, Query(
        pattern=r"^\d{2,4}$", description="CAMEO code or prefix (13, 131, 1312).")] = None,
    root: Annotated[str | None, Query(pattern=r"^\d{2}$", description="CAMEO root (01-20).")] = None,
    plover: Annotated[str | None, Query(max_length=40, pattern=r"^[A-Za-z][A-Za-z_ -]*$",
                                        description="PLOVER event type (e.g. THREATEN).")] = None,
    modality: Annotated[Modality | None, Query(
        description="asserted, reported, planned, hypothetical or negated.")] = None,
    basis: Annotated[Literal["text", "article"] | None,
                     Query(description="text: dated by the text; article: by the publication date.")] = None,
    by: Annotated[Literal["event", "article"],
                  Query(description="Which date 'from'/'to' and the order use: the event's own date "
                                    "or the article's publication date.")] = "event",
    q: Annotated[str | None, Query(max_length=TEXT_MAX, description="Words in the sentence or the label.")] = None,
) -> EventQuery:
    return EventQuery(actor=_blank(actor), source=_blank(source), target=_blank(target), pair=actor_pair(pair),
                      code=code, root=root, plover=_blank(plover), modality=modality, basis=basis, dates=dates,
                      by=by, search=words(q))


def _blank(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


ACTOR_CODE = re.compile(r"^[A-Z0-9]{3,64}$")
ARTICLE_ID = re.compile(r"^[0-9A-Za-z_-]{1,64}$")
