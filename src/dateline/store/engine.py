"""Opening a store: a SQLite file path (default) or a SQLAlchemy database URL."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, select, text
from sqlalchemy.exc import DatabaseError, OperationalError, SQLAlchemyError

from ..errors import StoreError
from . import schema

log = logging.getLogger(__name__)


def database_url(db: str) -> str:
    """``db`` as a SQLAlchemy URL: URLs pass through, anything else is a SQLite path."""
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser()}"


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def open_engine(db: str, *, create: bool) -> Engine:
    """An engine on a dateline store; creates the schema if ``create``, else it must exist."""
    url = database_url(db)
    if url.startswith("sqlite:///") and not create:
        path = Path(url.removeprefix("sqlite:///"))
        if not path.exists():
            raise StoreError(f"no store at {path} (create one with: dateline ingest PATH --db {path})")
    try:
        engine = create_engine(url, future=True)
    except (SQLAlchemyError, ImportError, ValueError) as err:
        raise StoreError(f"cannot open store {db}: {err}") from None
    if is_sqlite(engine):
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        _check_or_create(engine, db, create)
    except (DatabaseError, OperationalError) as err:
        raise StoreError(f"cannot open store {db}: {getattr(err, 'orig', err)}") from None
    return engine


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    # WAL: readers never block the writer, and a killed writer leaves the last committed
    # batch intact. NORMAL sync is durable against process crashes (not power loss).
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _check_or_create(engine: Engine, db: str, create: bool) -> None:
    tables = set(inspect(engine).get_table_names())
    if schema.meta.name in tables:
        with engine.connect() as conn:
            version = conn.execute(
                select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")
            ).scalar()
        if version is not None and int(version) > schema.SCHEMA_VERSION:
            raise StoreError(
                f"store {db} has schema version {version}; this dateline reads up to {schema.SCHEMA_VERSION}"
            )
        if set(schema.metadata.tables) - tables:
            # tables added since this store was made (changes are additive): create them
            schema.metadata.create_all(engine)
        return
    if tables - {"sqlite_sequence"}:
        listed = ", ".join(sorted(tables)[:5])
        raise StoreError(f"{db} is a database but not a dateline store (it has tables: {listed})")
    if not create:
        raise StoreError(f"{db} is empty: not a dateline store (create one with dateline ingest)")
    with engine.begin() as conn:
        schema.metadata.create_all(conn)
        if is_sqlite(engine):
            for statement in schema.SQLITE_FTS:
                conn.execute(text(statement))
        conn.execute(schema.meta.insert().values(key="schema_version", value=str(schema.SCHEMA_VERSION)))
    log.info("created dateline store %s", db)
