"""The Python API: ``dateline.extract`` for one text, ``dateline.open`` for a store."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .analyze import analyze
from .ingest.article import make_article
from .model import Analysis

if TYPE_CHECKING:
    from .store.query import StoreReader


def extract(text: str, date: str | dt.date, *, title: str | None = None, model: str | None = None) -> Analysis:
    """Analyze one article text published on ``date`` and return all its records."""
    from .nlp import shared_pipeline

    article = make_article(text, date, title=title)
    return analyze(article, shared_pipeline(model))


def open(db: str) -> StoreReader:  # noqa: A001  (dateline.open mirrors sqlite3.connect)
    """Query access to a dateline store: a SQLite path or a SQLAlchemy URL."""
    from .store.query import StoreReader

    return StoreReader.open(db)
