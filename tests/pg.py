"""PostgreSQL for the tests: a fresh database per test on the server DATELINE_TEST_PG_URL names.

`.ci/run` starts a throwaway server (`.ci/postgres start DIR`) and sets the variable; without
it, the PostgreSQL tests skip with that reason and the SQLite ones run as always.
Import the fixtures into a directory's conftest.py.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator

import pytest

PG_ENV = "DATELINE_TEST_PG_URL"


def pg_admin_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"needs a PostgreSQL server: set {PG_ENV} (e.g. eval \"export {PG_ENV}=$(.ci/postgres start "
                    "/tmp/dateline-pg)\"; .ci/run does this)")
    return url


def _admin_connect(url: str):  # type: ignore[no-untyped-def]
    import psycopg
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return psycopg.connect(host=parsed.query.get("host", parsed.host), port=parsed.port, user=parsed.username,
                           password=parsed.password, dbname=parsed.database or "postgres", autocommit=True)


@contextlib.contextmanager
def new_pg_database() -> Iterator[str]:
    """The URL of a new empty database on the test server, dropped afterwards."""
    from sqlalchemy.engine import make_url

    admin = pg_admin_url()
    name = f"dateline_test_{uuid.uuid4().hex[:12]}"
    with _admin_connect(admin) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(admin).set(database=name).render_as_string(hide_password=False)
    finally:
        with _admin_connect(admin) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url() -> Iterator[str]:
    """The URL of a new empty database, dropped after the test."""
    with new_pg_database() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request, tmp_path) -> str:
    """A new store location on each backend: a SQLite path, then a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return request.getfixturevalue("pg_url")
