"""Readers: every source format becomes the same ``Article`` (or a ``Reject`` saying why not)."""

from .article import article_id, make_article, parse_date

__all__ = ["article_id", "make_article", "parse_date"]
