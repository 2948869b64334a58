"""The web UI's pages. Each calls the JSON route of the same path under /api (its twin)
and renders the answer with autoescaping Jinja2 templates; the timeline and the graph are
drawn in the browser from their twin by vis-timeline and Cytoscape.js.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from ..api import routes
from ..api.cameo import cameo_roots, quad_of
from ..api.errors import HtmlErrors
from ..api.params import TEXT_MAX, Paging, paging
from ..api.routes import Dates, Events, Store
from ..model import MODALITIES
from ..store.browse import MARK_END, MARK_START, EventQuery
from .highlight import annotation_index, article_marks, segments

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
VENDOR = STATIC / "vendor"
NAV = [("/", "Timeline"), ("/graph", "Graph"), ("/events", "Events"), ("/quotes", "Quotes"),
       ("/actors", "Actors"), ("/articles", "Articles"), ("/docs", "API")]


def assets_built() -> bool:
    """Whether `make` has copied the browser libraries into static/vendor/."""
    return (VENDOR / "versions.json").is_file()


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an http(s) link, else None: a ``javascript:`` URL never becomes a link."""
    if not url:
        return None
    return url if urlsplit(url.strip()).scheme.lower() in ("http", "https") else None


def marked(snippet: str | None) -> list[tuple[bool, str]]:
    """An FTS snippet as (matched?, text) pieces, for the template to escape one by one."""
    if not snippet:
        return []
    pieces: list[tuple[bool, str]] = []
    for i, part in enumerate(snippet.split(MARK_START)):
        if i == 0:
            pieces.append((False, part))
            continue
        hit, _, rest = part.partition(MARK_END)
        pieces += [(True, hit), (False, rest)]
    return [p for p in pieces if p[1]]


def make_templates() -> Jinja2Templates:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(nav=NAV, modalities=MODALITIES, cameo=cameo_roots(), quad_of=quad_of,
                       assets_built=assets_built, safe_url=safe_url, marked=marked, side=routes.side)
    env.filters["tojson_attr"] = lambda value: json.dumps(value, ensure_ascii=True)
    return Jinja2Templates(env=env)


def twin_of(request: Request) -> str:
    """The JSON twin of a page: the same path and query under /api (/ is the timeline)."""
    path = request.url.path
    twin = "/api" + ("/timeline" if path == "/" else path)
    return twin + (f"?{request.url.query}" if request.url.query else "")


def install_pages(app: FastAPI) -> HtmlErrors:
    """Mount the static files and the pages on ``app``; returns the HTML error renderer."""
    templates = make_templates()
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    pages = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

    def render(request: Request, template: str, status: int = 200, **context: Any) -> Response:
        context.setdefault("twin", twin_of(request))
        context.setdefault("query", dict(request.query_params))
        return templates.TemplateResponse(request, template, context, status_code=status)

    def page_link(request: Request, **changes: Any) -> str:
        """This page's URL with some query parameters changed (None removes one)."""
        params = dict(request.query_params)
        for key, value in changes.items():
            if value is None:
                params.pop(key, None)
            else:
                params[key] = str(value)
        return request.url.path + ("?" + urlencode(params) if params else "")

    templates.env.globals["page_link"] = page_link

    @pages.get("/")
    def timeline_page(request: Request) -> Response:
        return render(request, "timeline.html", title="Timeline")

    @pages.get("/graph")
    def graph_page(request: Request) -> Response:
        return render(request, "graph.html", title="Actor graph")

    @pages.get("/docs")
    def docs_page(request: Request) -> Response:
        return render(request, "docs.html", title="API", twin="/openapi.json")

    @pages.get("/events")
    def events_page(request: Request, db: Store, query: Events, page: Annotated[Paging, Depends(paging)]) -> Response:
        found = routes.events(db, query, page)
        return render(request, "events.html", title="Events", page=found, filters=_filters(query))

    @pages.get("/events/{event_id}")
    def event_page(request: Request, db: Store, event_id: Annotated[int, PathParam(ge=1, le=2**62)]) -> Response:
        event = routes.event(db, event_id)
        article = routes.article(db, event["article"])
        return render(request, "article.html", title=event["label"], article=article, focus=event,
                      segments=segments(article["text"], article_marks(article, event)),
                      annotations=annotation_index(article))

    @pages.get("/articles")
    def articles_page(request: Request, db: Store, dates: Dates, page: Annotated[Paging, Depends(paging)],
                      q: Annotated[str | None, Query(max_length=TEXT_MAX)] = None) -> Response:
        found = routes.articles(db, dates, page, q)
        return render(request, "articles.html", title="Articles", page=found)

    @pages.get("/articles/{article_id}")
    def article_page(request: Request, db: Store, article_id: Annotated[str, PathParam(max_length=64)]) -> Response:
        article = routes.article(db, article_id)
        return render(request, "article.html", title=article["title"] or article["id"], article=article,
                      focus=None, segments=segments(article["text"], article_marks(article)),
                      annotations=annotation_index(article))

    @pages.get("/quotes")
    def quotes_page(request: Request, db: Store, dates: Dates, page: Annotated[Paging, Depends(paging)],
                    speaker: Annotated[str | None, Query(max_length=TEXT_MAX)] = None,
                    actor: Annotated[str | None, Query(max_length=TEXT_MAX)] = None,
                    q: Annotated[str | None, Query(max_length=TEXT_MAX)] = None) -> Response:
        found = routes.quotes(db, dates, page, speaker, actor, q)
        return render(request, "quotes.html", title="Quotes", page=found)

    @pages.get("/actors")
    def actors_page(request: Request, db: Store, page: Annotated[Paging, Depends(paging)],
                    q: Annotated[str | None, Query(max_length=TEXT_MAX)] = None) -> Response:
        found = routes.actors(db, page, q)
        return render(request, "actors.html", title="Actors", page=found)

    @pages.get("/actors/{code}")
    def actor_page(request: Request, db: Store, code: Annotated[str, PathParam(max_length=64)],
                   limit: Annotated[int, Query(ge=1, le=500)] = 50) -> Response:
        found = routes.actor(db, code, limit)
        return render(request, "actor.html", title=found["name"] or code, actor=found)

    @pages.get("/search")
    def search_page(request: Request, db: Store,
                    q: Annotated[str | None, Query(max_length=TEXT_MAX)] = None,
                    limit: Annotated[int, Query(ge=1, le=100)] = 10) -> Response:
        if not (q and q.strip()):  # the empty form shows no data, so it has no twin
            return render(request, "search.html", title="Search", results=None, twin=None)
        return render(request, "search.html", title="Search", results=routes.search(db, q, limit))

    app.include_router(pages)

    def html_error(request: Request, status: int, message: str) -> Response:
        return render(request, "error.html", status=status, title=f"Error {status}", status_code=status,
                      message=message, twin=None)

    return html_error


def _filters(query: EventQuery) -> dict[str, Any]:
    """The event filters in force, for the template to show."""
    shown: dict[str, Any] = {}
    for name in ("actor", "source", "target", "code", "root", "plover", "modality", "basis", "search"):
        if getattr(query, name):
            shown[name] = getattr(query, name)
    if query.pair:
        shown["pair"] = " & ".join(query.pair)
    return shown

