"""POST /api/articles: analyze one article and store it. Registered only when a token is set.

The caller must send ``Authorization: Bearer <token>``; the token is compared in constant
time. Analysis runs the same pipeline and writer as ``dateline ingest`` (dedup included).
"""

from __future__ import annotations

import hmac
import threading
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from spacy.language import Language

from ..ingest.article import make_article
from ..ingest.dedup import MemoryBandIndex, NearDuplicates
from ..model import Article
from ..run.pipeline import analyze_safely, sort_chunk
from ..store.writer import Batch, StoreWriter
from . import models
from .errors import ERROR_RESPONSES, ApiError, ErrorOut

_bearer = HTTPBearer(auto_error=False, description="The token given to `dateline serve` (--token-file or "
                                                   "DATELINE_API_TOKEN).")


class Ingester:
    """Analyzes and writes one article at a time (the pipeline is not shared across threads)."""

    def __init__(self, writer: StoreWriter, load_nlp: Callable[[], Language]) -> None:
        self.writer = writer
        self._load_nlp = load_nlp
        self._nlp: Language | None = None
        self._lock = threading.Lock()

    def ingest(self, article: Article) -> dict[str, Any]:
        with self._lock:
            if self._nlp is None:
                self._nlp = self._load_nlp()
            known = self.writer.known_ids([article.id])
            stale = self.writer.stale_ids([article.id] if not known else [])
            in_flight = MemoryBandIndex()
            dedup = NearDuplicates(in_flight, self.writer.band_index())
            chunk = sort_chunk([article], dedup, known, in_flight, stale)
            counts = {"timexes": 0, "mentions": 0, "quotes": 0, "events": 0}
            if chunk.already_known:
                return {"id": article.id, "status": "already stored", "duplicate_of": None, **counts}
            if chunk.duplicates:
                self.writer.write(None, Batch(duplicates=chunk.duplicates))
                return {"id": article.id, "status": "duplicate", "duplicate_of": chunk.duplicates[0].duplicate_of,
                        **counts}
            analyses, failed = analyze_safely([a for a, _ in chunk.to_analyze], self._nlp, 1)
            if failed:
                raise ApiError(400, f"the article could not be analyzed: {failed[0].reason}")
            fingerprints = {a.id: fp for a, fp in chunk.to_analyze}
            self.writer.write(None, Batch(analyses=[(a, fingerprints[a.article.id]) for a in analyses]))
            analysis = analyses[0]
            return {"id": article.id, "status": "re-analyzed" if stale else "stored", "duplicate_of": None,
                    "timexes": len(analysis.timexes), "mentions": len(analysis.mentions),
                    "quotes": len(analysis.quotes), "events": len(analysis.events)}


def ingest_router(token: str) -> APIRouter:
    """The write routes, guarded by ``token``."""
    expected = token.encode("utf-8")
    router = APIRouter(prefix="/api", tags=["ingest"])

    def authorized(credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> None:
        given = credentials.credentials.encode("utf-8") if credentials is not None else b""
        if not hmac.compare_digest(given, expected):
            raise ApiError(401, "a valid token is required (Authorization: Bearer <token>)")

    @router.post("/articles", response_model=models.IngestOut, status_code=201,
                 dependencies=[Depends(authorized)],
                 responses={**ERROR_RESPONSES, 401: {"model": ErrorOut, "description": "Missing or wrong token"}})
    def post_article(body: models.IngestIn, request: Request, response: Response) -> dict[str, Any]:
        """Analyze one article and add it to the store (201); 200 if it was already there
        (re-analyzed if another version of dateline had stored it)."""
        article = make_article(body.text, body.date, title=body.title, source=body.source, url=body.url,
                               ref=body.ref)
        ingester: Ingester = request.app.state.ingester
        out = ingester.ingest(article)
        if out["status"] != "stored":
            response.status_code = 200
        return out

    return router
