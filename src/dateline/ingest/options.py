"""What readers need to know beyond the bytes: fallback date, field names, size limit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..errors import UsageError
from .article import DEFAULT_MAX_CHARS

#: Article field -> the column/key names tried in order (case-insensitive) in JSONL and CSV.
DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "doc_id", "uuid", "guid"),
    "date": ("date", "published", "publish_date", "published_at", "pubdate", "publication_date", "datetime"),
    "title": ("title", "headline"),
    "text": ("text", "body", "content", "content_original", "article", "full_text"),
    "url": ("url", "link"),
    "source": ("source", "publisher", "outlet", "site", "source_name"),
}


@dataclass(frozen=True)
class ReadOptions:
    """Options shared by all readers.

    ``date`` is the publication date for inputs that carry none (plain text; HTML and feeds
    whose pages give no date). ``fields`` overrides DEFAULT_FIELDS per article field.
    ``input_format`` forces a reader instead of choosing by file extension or content.
    """

    date: dt.date | None = None
    fields: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: dict(DEFAULT_FIELDS))
    max_chars: int = DEFAULT_MAX_CHARS
    input_format: str | None = None

    def pick(self, row: Mapping[str, Any], name: str) -> Any:
        """The value of article field ``name`` in ``row`` (first matching key), or None."""
        lowered = {str(k).lower(): v for k, v in row.items()}
        for key in self.fields[name]:
            value = lowered.get(key.lower())
            if value not in (None, ""):
                return value
        return None


def parse_field_overrides(specs: list[str]) -> dict[str, tuple[str, ...]]:
    """``["text=content_original", "id=ID"]`` -> DEFAULT_FIELDS with those names tried first."""
    fields = dict(DEFAULT_FIELDS)
    for spec in specs:
        name, sep, keys = spec.partition("=")
        name = name.strip()
        if not sep or name not in DEFAULT_FIELDS or not keys.strip():
            raise UsageError(
                f"bad --field {spec!r}: expected FIELD=NAME[,NAME...] with FIELD one of {', '.join(DEFAULT_FIELDS)}"
            )
        fields[name] = tuple(k.strip() for k in keys.split(",") if k.strip()) + fields[name]
    return fields
