"""The FastAPI application: the JSON API under /api, the web UI, OpenAPI docs at /docs.

``create_app`` builds everything from explicit settings (no module-level state), so tests
make as many apps as they like, each on its own store.
"""

from __future__ import annotations

import gc
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI
from spacy.language import Language
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..errors import UsageError
from ..store.engine import open_engine
from ..store.views import StoreViews
from ..store.writer import StoreWriter
from .errors import install_error_handlers
from .ingest import Ingester, ingest_router
from .routes import router

log = logging.getLogger(__name__)
TOKEN_ENV = "DATELINE_API_TOKEN"
MIN_TOKEN_CHARS = 16
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")

# Pages may load scripts, styles and data only from this server; nothing inline runs.
# (Styles may be inline: the timeline and graph libraries position elements with them.)
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
       "form-action 'self'")


@dataclass(frozen=True)
class Settings:
    """What ``dateline serve`` was told."""

    db: str
    token: str | None = None  # write routes exist only when set
    allowed_hosts: tuple[str, ...] | None = None  # Host headers accepted; None accepts any
    web: bool = True  # serve the UI pages too


def read_token(token_file: str | None) -> str | None:
    """The write token from ``token_file``, else from $DATELINE_API_TOKEN, else None (read only)."""
    token: str | None
    if token_file:
        try:
            with open(token_file, encoding="utf-8") as fh:
                token = fh.read().strip()
        except OSError as error:
            raise UsageError(f"cannot read the token file {token_file}: {error.strerror}") from None
    else:
        token = os.environ.get(TOKEN_ENV, "").strip() or None
    if token is not None and len(token) < MIN_TOKEN_CHARS:
        raise UsageError(f"the API token must be at least {MIN_TOKEN_CHARS} characters")
    return token


def create_app(settings: Settings, *, load_nlp: Callable[[], Language] | None = None) -> FastAPI:
    """The app on ``settings.db``. ``load_nlp`` gives the pipeline for POST /api/articles."""
    engine = open_engine(settings.db, create=settings.token is not None, mapped=True)
    app = FastAPI(
        title="dateline",
        version=__version__,
        description="Events, quotes, actors and dates found in news articles, each with its evidence. "
                    "Every UI page has a JSON twin here. Errors are JSON: 400 bad parameters, 404 unknown ids.",
        docs_url=None,  # served from local assets by the web UI (no CDN): see web/pages.py
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store = StoreViews(engine)
    app.include_router(router)
    if settings.token is not None:
        if load_nlp is None:
            from ..nlp import shared_pipeline

            load_nlp = shared_pipeline
        app.state.ingester = Ingester(StoreWriter(engine), load_nlp)
        app.include_router(ingest_router(settings.token))
    html_errors = None
    if settings.web:
        from ..web.pages import install_pages

        html_errors = install_pages(app)
    install_error_handlers(app, html_errors)
    app.add_middleware(SecurityHeaders)
    if settings.allowed_hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(settings.allowed_hosts))
    _drop_422(app)
    return app


def settle_heap() -> None:
    """Move everything alive now (the app, its modules, spaCy's) out of the garbage
    collector's sight: a server process keeps them to the end, and otherwise every full
    collection walks them all again (a tenth of the CPU of a request, measured)."""
    gc.collect()
    gc.freeze()


class SecurityHeaders:
    """Adds CSP, nosniff and friends to every answer (pure ASGI: no per-request task overhead)."""

    HEADERS = [
        (b"content-security-policy", CSP.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
        (b"x-frame-options", b"DENY"),
    ]

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + self.HEADERS
            await send(message)

        await self.app(scope, receive, with_headers)


def _drop_422(app: FastAPI) -> None:
    """Parameter errors answer 400 (see errors.py): say so in the OpenAPI document."""
    original = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = original()
            for path in spec.get("paths", {}).values():
                for operation in path.values():
                    operation.get("responses", {}).pop("422", None)
            schemas = spec.get("components", {}).get("schemas", {})
            schemas.pop("HTTPValidationError", None)
            schemas.pop("ValidationError", None)
            app.openapi_schema = spec
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
