"""The JSON API (read only): articles, events, timeline, actors, quotes, graph, search.

Each route parses its parameters (``params.py``) and calls one store query; the web pages
call these same functions, so a page and its JSON twin always show the same data.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Annotated, Any, Literal, TypeVar

import orjson
from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response

from ..store.browse import EventQuery
from ..store.query import DateRange
from ..store.views import StoreViews
from . import models
from .cameo import cameo_roots, cooperation_roots, quad_classes, quad_of
from .errors import ERROR_RESPONSES, NOT_FOUND, ApiError
from .fast import FAST, FastRoute
from .params import ACTOR_CODE, ARTICLE_ID, TEXT_MAX, Paging, date_range, event_query, paging, words

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES, route_class=FastRoute)
F = TypeVar("F", bound=Callable[..., Any])


class JsonBytes(Response):
    """A JSON answer serialized in one call by orjson, without re-validating the model."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        try:
            return orjson.dumps(content)
        except TypeError:
            # Row keys may be str subclasses (SQLAlchemy's quoted_name): NON_STR_KEYS takes
            # them, but costs 40 % more on a timeline, whose keys are all plain str.
            return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS)


def api_get(path: str, **options: Any) -> Callable[[F], F]:
    """Register ``func`` as GET /api{path} and return it unchanged (the pages call it too).

    The endpoint answers ``JsonBytes(func(...))``: the response model documents the answer
    in OpenAPI and the tests (schemathesis) hold every answer to it, but it is not
    re-validated per request, which would double the time of a 500-item timeline.

    The endpoint is ``async`` though ``func`` blocks: each is a few milliseconds of CPU on
    SQLite, so the event loop runs them one after another. In FastAPI's thread pool, dozens
    of them would contend for the GIL and open a pooled connection each (those past the
    pool's five are opened and closed per request), for more CPU and no more throughput:
    ``dateline serve --workers`` is what uses the cores.
    """

    def register(func: F) -> F:
        @functools.wraps(func)
        async def endpoint(*args: Any, **kwargs: Any) -> Response:
            return JsonBytes(func(*args, **kwargs))

        setattr(endpoint, FAST, True)  # plainly valid query strings skip FastAPI's validation (fast.py)
        router.get(path, **options)(endpoint)
        return func

    return register


async def store(request: Request) -> StoreViews:  # async: no thread hop (params.py)
    views: StoreViews = request.app.state.store
    return views


Store = Annotated[StoreViews, Depends(store)]
Dates = Annotated[DateRange, Depends(date_range)]
Pages = Annotated[Paging, Depends(paging)]
Events = Annotated[EventQuery, Depends(event_query)]


@api_get("/stats", response_model=models.Stats, tags=["store"])
def stats(db: Store) -> dict[str, Any]:
    """Counts of articles, records and actors in the store."""
    return db.stats()


@api_get("/cameo", tags=["store"])
def cameo() -> dict[str, Any]:
    """The CAMEO roots with their names and quad classes (what the UI colours by)."""
    return cameo_roots()


@api_get("/articles", response_model=models.ArticlePage, tags=["articles"])
def articles(db: Store, dates: Dates, page: Pages,
             q: Annotated[str | None, Query(max_length=TEXT_MAX, description="Words in the title or text.")] = None,
             ) -> dict[str, Any]:
    """Articles by publication date; ``q`` searches their title and text."""
    return db.article_page(search=words(q), dates=dates, limit=page.limit, offset=page.offset).to_json()


@api_get("/articles/{article_id}", response_model=models.ArticleDetail, responses=NOT_FOUND, tags=["articles"])
def article(db: Store, article_id: Annotated[str, Path(max_length=64)]) -> dict[str, Any]:
    """One article: its text and every timex, mention, quote and event found in it, with offsets."""
    if not ARTICLE_ID.match(article_id) or not db.has_article(article_id):
        raise ApiError(404, f"no article {article_id!r}")
    return db.article(article_id)


@api_get("/events", response_model=models.EventPage, tags=["events"])
def events(db: Store, query: Events, page: Pages) -> dict[str, Any]:
    """Events ordered by their own dates (or by publication date with ``by=article``)."""
    return db.event_page(query, limit=page.limit, offset=page.offset).to_json()


@api_get("/events/{event_id}", response_model=models.EventDetail, responses=NOT_FOUND, tags=["events"])
def event(db: Store, event_id: Annotated[int, Path(ge=1, le=2**62)]) -> dict[str, Any]:
    """One event with its evidence: the sentence, its offsets, the article it comes from."""
    found = db.event(event_id)
    if found is None:
        raise ApiError(404, f"no event {event_id}")
    found["quad"] = quad_of(found["root"])
    return found


@api_get("/timeline", response_model=models.Timeline, tags=["events"])
def timeline(
    db: Store,
    query: Events,
    group: Annotated[Literal["pair", "story", "none"],
                     Query(description="One lane per actor pair, per story (from `dateline link`; an "
                                       "article no story holds is a lane of its own), or none.")] = "pair",
    limit: Annotated[int, Query(ge=1, le=2000, description="At most this many events (1-2000).")] = 300,
) -> dict[str, Any]:
    """Events placed by their own dates (``by=event``) or publication dates (``by=article``), in lanes."""
    out = db.timeline_view(query, group=group, limit=limit)
    quads = quad_classes()
    for item in out["items"]:
        item["quad"] = quads.get(item["root"])
    return out


@api_get("/actors", response_model=models.ActorPage, tags=["actors"])
def actors(db: Store, page: Pages,
           q: Annotated[str | None, Query(max_length=TEXT_MAX, description="A code prefix or part of a name.")] = None,
           ) -> dict[str, Any]:
    """Actors (countries, governments, organizations, people) by how often they are mentioned."""
    return db.actor_page(search=q.strip() if q and q.strip() else None, limit=page.limit,
                         offset=page.offset).to_json()


@api_get("/actors/{code}", response_model=models.ActorDetail, responses=NOT_FOUND, tags=["actors"])
def actor(db: Store, code: Annotated[str, Path(max_length=64)],
          limit: Annotated[int, Query(ge=1, le=500, description="Events and quotes to list.")] = 50,
          ) -> dict[str, Any]:
    """An actor and its sub-codes (TUR covers TURGOV): events, quotes, partners, people, aliases."""
    found = db.actor(code, cooperation_roots(), limit=limit) if ACTOR_CODE.match(code) else None
    if found is None:
        raise ApiError(404, f"no actor {code!r}")
    return found


@api_get("/quotes", response_model=models.QuotePage, tags=["quotes"])
def quotes(
    db: Store, dates: Dates, page: Pages,
    speaker: Annotated[str | None, Query(max_length=TEXT_MAX, description="Part of the speaker's name.")] = None,
    actor: Annotated[str | None, Query(max_length=TEXT_MAX, description="The speaker's actor (code or name).")] = None,
    q: Annotated[str | None, Query(max_length=TEXT_MAX, description="Words in the quote.")] = None,
) -> dict[str, Any]:
    """Who said what, and when (by the date the text gives the statement)."""
    return db.quote_page(speaker=_blank(speaker), actor=_blank(actor), dates=dates, search=words(q),
                         limit=page.limit, offset=page.offset).to_json()


@api_get("/graph", response_model=models.Graph, tags=["actors"])
def graph(
    db: Store, dates: Dates,
    actor: Annotated[str | None, Query(max_length=TEXT_MAX, description="Only edges touching this actor.")] = None,
    edges: Annotated[int, Query(ge=1, le=1000, description="At most this many edges, heaviest first.")] = 150,
    min_weight: Annotated[int, Query(ge=1, le=1_000_000, description="Only edges with this many events.")] = 1,
) -> dict[str, Any]:
    """Actors as nodes, coded interactions (source to target) as edges weighted by event count."""
    out = db.graph(cooperation_roots(), dates=dates, actor=_blank(actor), edges=edges, min_weight=min_weight)
    for edge in out["edges"]:
        edge["side"] = side(edge["cooperation"], edge["weight"])
    return out


@api_get("/search", response_model=models.SearchResults, tags=["search"])
def search(
    db: Store,
    q: Annotated[str, Query(min_length=1, max_length=TEXT_MAX, description="Words to find.")],
    limit: Annotated[int, Query(ge=1, le=100, description="At most this many of each kind.")] = 10,
) -> dict[str, Any]:
    """Articles, quotes and events containing these words."""
    needle = words(q)
    if needle is None:
        raise ApiError(400, "q: the search is empty")
    found = db.search(needle, limit=limit)
    return {"q": needle, **{kind: page.to_json() for kind, page in found.items()}}


def side(cooperation: int, weight: int) -> Literal["cooperation", "conflict", "mixed"]:
    """How an edge is coloured: mostly cooperation (>= 60 %), mostly conflict, or mixed."""
    share = cooperation / weight if weight else 0.5
    return "cooperation" if share >= 0.6 else "conflict" if share <= 0.4 else "mixed"


def _blank(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None
