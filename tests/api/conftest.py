"""Fixtures of the API tests: the hand-made store (tests/browse_store.py) and clients on it."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from dateline.api import Settings, create_app
from tests.browse_store import build_store


@pytest.fixture(scope="session")
def small_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(build_store(tmp_path_factory.mktemp("store") / "small.db"))


@pytest.fixture(scope="session")
def client(small_db: str) -> TestClient:
    # raise_server_exceptions=False: a bug must show as the 500 a user would get, so the
    # "never a 500" tests see it.
    return TestClient(create_app(Settings(db=small_db)), raise_server_exceptions=False)
