"""Readers map the SQLite file; the writer does not (its resident size would grow with the store)."""

from __future__ import annotations

from pathlib import Path

from dateline.api import Settings, create_app
from dateline.store.engine import open_engine
from dateline.store.query import StoreReader
from dateline.store.writer import StoreWriter


def mmap_size(engine) -> int:  # type: ignore[no-untyped-def]
    connection = engine.raw_connection()
    try:
        return int(connection.cursor().execute("PRAGMA mmap_size").fetchone()[0])
    finally:
        connection.close()


def test_the_writer_reads_through_its_page_cache_and_readers_through_a_map(tmp_path: Path) -> None:
    db = str(tmp_path / "store.db")
    writer = StoreWriter.open(db)
    assert mmap_size(writer.engine) == 0
    assert mmap_size(StoreReader.open(db).engine) > 0
    assert mmap_size(create_app(Settings(db=db)).state.store.engine) > 0
    assert mmap_size(open_engine(db, create=False)) == 0
