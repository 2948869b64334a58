"""The ids and near-duplicate index of one `dateline extract` run, on disk.

`ingest` keeps both in the store; `extract` has no store, and holding every article's id and
MinHash signature in memory would grow with the corpus (about 1 KB an article). A temporary
SQLite file holds them instead (its page cache is bounded), removed when the run ends.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

_CHUNK = 500  # bound parameters per statement


class DiskIndex:
    """A BandIndex (see ingest.dedup) plus the set of article ids seen, in a temporary file."""

    def __init__(self) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="dateline-extract-")
        self.conn = sqlite3.connect(Path(self._dir.name) / "index.db")
        # A scratch file: no journal, no fsync; it is thrown away with the run.
        self.conn.executescript("""
            PRAGMA journal_mode=OFF;
            PRAGMA synchronous=OFF;
            CREATE TABLE ids (id TEXT PRIMARY KEY) WITHOUT ROWID;
            CREATE TABLE signatures (article TEXT PRIMARY KEY, sig BLOB NOT NULL) WITHOUT ROWID;
            CREATE TABLE bands (key INTEGER NOT NULL, article TEXT NOT NULL);
            CREATE INDEX bands_by_key ON bands (key);
        """)

    def __enter__(self) -> DiskIndex:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()
        self._dir.cleanup()

    def known(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` this run has seen."""
        wanted = list(set(ids))
        found: set[str] = set()
        for i in range(0, len(wanted), _CHUNK):
            chunk = wanted[i : i + _CHUNK]
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in self.conn.execute(f"SELECT id FROM ids WHERE id IN ({marks})", chunk))
        return found

    def remember(self, ids: Iterable[str]) -> None:
        self.conn.executemany("INSERT OR IGNORE INTO ids VALUES (?)", ((i,) for i in ids))

    def candidates(self, keys: list[int]) -> list[tuple[str, bytes]]:
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        return list(self.conn.execute(
            f"SELECT DISTINCT s.article, s.sig FROM bands b JOIN signatures s ON s.article = b.article "
            f"WHERE b.key IN ({marks})", keys))

    def add(self, article_id: str, keys: list[int], sig: bytes) -> None:
        self.conn.execute("INSERT OR IGNORE INTO signatures VALUES (?, ?)", (article_id, sig))
        self.conn.executemany("INSERT INTO bands VALUES (?, ?)", ((k, article_id) for k in keys))
