"""Opening a store: a SQLite file path (default) or a SQLAlchemy database URL (PostgreSQL).

Several processes may open the same store at once (e.g. concurrent ``dateline ingest``
runs): creating the schema is serialized (SQLite: an immediate transaction; PostgreSQL:
an advisory lock), so the second process finds the store the first one made. A store of an
older schema version is migrated when opened, by readers too (its queries need the new
columns), under the same lock.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect, select, text, update
from sqlalchemy.exc import DatabaseError, OperationalError, SQLAlchemyError
from sqlalchemy.schema import CreateColumn

from ..errors import StoreError
from . import schema

log = logging.getLogger(__name__)

#: PostgreSQL advisory lock key held while a store's schema is checked and created.
_SCHEMA_LOCK = 0x646C696E65  # "dline"

#: Execution option naming the statement that begins a SQLite transaction (see _sqlite_begin).
SQLITE_BEGIN = "dateline_sqlite_begin"


def database_url(db: str) -> str:
    """``db`` as a SQLAlchemy URL: URLs pass through, anything else is a SQLite path.

    ``postgresql://`` and ``postgres://`` mean the psycopg (v3) driver, the one dateline's
    ``postgres`` extra installs (SQLAlchemy's own default would be psycopg2).
    """
    if "://" not in db:
        return f"sqlite:///{Path(db).expanduser()}"
    for prefix in ("postgresql://", "postgres://"):
        if db.startswith(prefix):
            return "postgresql+psycopg://" + db.removeprefix(prefix)
    return db


def is_sqlite(engine: Engine | Connection) -> bool:
    return engine.dialect.name == "sqlite"


def is_postgresql(engine: Engine | Connection) -> bool:
    return engine.dialect.name == "postgresql"


def open_engine(db: str, *, create: bool, mapped: bool = False) -> Engine:
    """An engine on a dateline store; creates the schema if ``create``, else it must exist.
    ``mapped``: SQLite reads through a memory map (for readers: the API, queries)."""
    url = database_url(db)
    if url.startswith("sqlite:///") and not create:
        path = Path(url.removeprefix("sqlite:///"))
        if not path.exists():
            raise StoreError(f"no store at {path} (create one with: dateline ingest PATH --db {path})")
    try:
        engine = create_engine(url, pool_pre_ping=not url.startswith("sqlite"))
    except (SQLAlchemyError, ImportError, ValueError) as err:
        hint = " (install PostgreSQL support with: pip install 'dateline[postgres]')" if "psycopg" in str(err) else ""
        raise StoreError(f"cannot open store {db}: {err}{hint}") from None
    if is_sqlite(engine):
        event.listen(engine, "connect", _sqlite_connect)
        if mapped:
            event.listen(engine, "connect", _sqlite_map)
        event.listen(engine, "begin", _sqlite_begin)
    try:
        _check_or_create(engine, db, create)
    except (DatabaseError, OperationalError) as err:
        raise StoreError(f"cannot open store {db}: {getattr(err, 'orig', err)}") from None
    return engine


def _sqlite_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # SQLAlchemy, not the sqlite3 module, begins transactions (_sqlite_begin), so that DDL
    # and the reads of a write batch are inside the transaction too.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # WAL: readers never block the writer, and a killed writer leaves the last committed
    # batch intact. NORMAL sync is durable against process crashes (not power loss).
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=60000")
    cursor.close()


def _sqlite_map(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # Reads straight from the OS page cache, shared by every connection and server worker,
    # instead of copying pages into each connection's own 2 MB cache (a quarter less CPU
    # for a timeline's rows on a 250 MB store). Only for engines that read: every page a
    # process touches through the map counts in its resident size, so a writer's would
    # grow with the store it fills, for the few lookups a write batch makes.
    dbapi_connection.execute("PRAGMA mmap_size=1073741824")


def _sqlite_begin(conn: Connection) -> None:
    # Writers ask for BEGIN IMMEDIATE: the write lock is taken up front, so two processes
    # never both read a snapshot and then fail to upgrade it (SQLITE_BUSY_SNAPSHOT).
    conn.exec_driver_sql(conn.get_execution_options().get(SQLITE_BEGIN, "BEGIN"))


def write_transaction(engine: Engine):  # type: ignore[no-untyped-def]
    """``engine.begin()`` for a transaction that will write (immediate on SQLite)."""
    if is_sqlite(engine):
        return engine.execution_options(**{SQLITE_BEGIN: "BEGIN IMMEDIATE"}).begin()
    return engine.begin()


def _check_or_create(engine: Engine, db: str, create: bool) -> None:
    if _check(engine, db, set(inspect(engine).get_table_names()), create):
        return
    # Create under a lock, re-checking first: another process may have just made it.
    with write_transaction(engine) as conn:
        if is_postgresql(conn):
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SCHEMA_LOCK})
        if _check(conn, db, set(inspect(conn).get_table_names()), create):
            return
        schema.metadata.create_all(conn)
        for statement in schema.SQLITE_FTS if is_sqlite(conn) else schema.POSTGRES_FTS:
            conn.execute(text(statement))
        conn.execute(schema.meta.insert().values(key="schema_version", value=str(schema.SCHEMA_VERSION)))
    log.info("created dateline store %s", db)


def _check(bind: Engine | Connection, db: str, tables: set[str], create: bool) -> bool:
    """True if ``tables`` are a complete dateline store; False if the schema must be created."""
    if schema.meta.name in tables:
        with bind.connect() if isinstance(bind, Engine) else contextlib.nullcontext(bind) as conn:
            version = conn.execute(
                select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")
            ).scalar()
        if version is None:
            return False  # created by a process that is still inside its transaction (PostgreSQL)
        if int(version) > schema.SCHEMA_VERSION:
            raise StoreError(
                f"store {db} has schema version {version}; this dateline reads up to {schema.SCHEMA_VERSION}"
            )
        if int(version) < schema.SCHEMA_VERSION:
            _migrate(bind, db)
        if set(schema.metadata.tables) - tables:
            # tables added since this store was made (changes are additive): create them
            schema.metadata.create_all(bind)
        if create:  # a writer opening an older store adds the indexes added since
            _create_missing_indexes(bind)
        return True
    if tables - {"sqlite_sequence"}:
        listed = ", ".join(sorted(tables)[:5])
        raise StoreError(f"{db} is a database but not a dateline store (it has tables: {listed})")
    if not create:
        raise StoreError(f"{db} is empty: not a dateline store (create one with dateline ingest)")
    return False


def _migrate(bind: Engine | Connection, db: str) -> None:
    """Bring a store of an older schema version up to this one, in one transaction under the
    schema lock (another process may be migrating it too: the version is re-read inside)."""
    if isinstance(bind, Engine):
        with write_transaction(bind) as conn:
            if is_postgresql(conn):
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SCHEMA_LOCK})
            _migrate(conn, db)
        return
    version = int(bind.execute(select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")).scalar_one())
    if version >= schema.SCHEMA_VERSION:
        return
    log.info("migrating store %s from schema version %s to %s", db, version, schema.SCHEMA_VERSION)
    # 1 -> 2: the events' generated date_span and date_scale, and the indexes on them. The
    # database computes them for the rows already there (SQLite: on read and into the
    # indexes; PostgreSQL: the table is rewritten once).
    present = {c["name"] for c in inspect(bind).get_columns(schema.events.name)}
    for name in ("date_span", "date_scale"):
        if name not in present:
            spec = CreateColumn(schema.events.c[name]).compile(dialect=bind.dialect)
            bind.execute(text(f"ALTER TABLE {schema.events.name} ADD COLUMN {spec}"))
    # 2 -> 3: the articles' analysis; older rows keep NULL (analyzed by an unknown version).
    present = {c["name"] for c in inspect(bind).get_columns(schema.articles.name)}
    if "analysis" not in present:
        spec = CreateColumn(schema.articles.c.analysis).compile(dialect=bind.dialect)
        bind.execute(text(f"ALTER TABLE {schema.articles.name} ADD COLUMN {spec}"))
    _create_missing_indexes(bind)
    bind.execute(update(schema.meta).where(schema.meta.c.key == "schema_version")
                 .values(value=str(schema.SCHEMA_VERSION)))


def _create_missing_indexes(bind: Engine | Connection) -> None:
    inspector = inspect(bind)
    for table in schema.metadata.sorted_tables:
        present = {index["name"] for index in inspector.get_indexes(table.name)}
        for index in table.indexes:
            if index.name not in present:
                index.create(bind, checkfirst=True)
