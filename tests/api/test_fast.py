"""The fast parameter path (api/fast.py) answers exactly what FastAPI's validation would.

The reference is the same app with a dependency override set: FastRoute then leaves every
request to FastAPI. Each URL is asked of both; status, content type and body must agree.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import fastapi.routing
import pytest
from fastapi.testclient import TestClient

from dateline.api import Settings, create_app
from dateline.api.params import TEXT_MAX


def _unused() -> None:  # the override's key: a dependency no route has
    return None


@pytest.fixture(scope="module")
def reference(small_db: str) -> TestClient:
    app = create_app(Settings(db=small_db))
    app.dependency_overrides[_unused] = _unused
    return TestClient(app, raise_server_exceptions=False)


PLAIN = [
    "/api/events", "/api/events?actor=TUR", "/api/events?actor=Turkey&from=2019&to=2020-06",
    "/api/events?pair=USA,TUR&limit=2&offset=1", "/api/events?root=13&modality=asserted&by=article",
    "/api/events?code=1312&plover=THREATEN&basis=text", "/api/events?source=USA&target=TUR&q=sanctions",
    "/api/events?from=2019-07-01&to=2019-07-31&unknown=1", "/api/timeline", "/api/timeline?group=story&limit=2000",
    "/api/timeline?group=none&actor=RUS&by=article", "/api/search?q=S-400&limit=3", "/api/quotes?speaker=Erdogan",
    "/api/articles?q=missiles&from=2020", "/api/actors?q=tur&limit=1", "/api/graph?edges=5&min_weight=1",
    "/api/stats", "/api/cameo",
]
DOUBTFUL = [
    # errors FastAPI reports
    "/api/events?limit=0", "/api/events?limit=501", "/api/events?limit=ten", "/api/events?offset=-1",
    "/api/events?offset=1000000001", "/api/events?from=yesterday", "/api/events?modality=Asserted",
    "/api/events?code=13%25", "/api/events?root=1", "/api/events?by=today", "/api/timeline?group=lane",
    "/api/events?actor=" + "x" * (TEXT_MAX + 1), "/api/search", "/api/search?q=",
    # errors the route or its dependencies raise, after valid parameters
    "/api/events?from=2019-02-30", "/api/events?from=2020-01-01&to=2019-01-01", "/api/events?pair=USA",
    "/api/events?q=%22%22%22", "/api/search?q=%20", "/api/search?q=*",
    # forms the fast path leaves to FastAPI, whatever FastAPI makes of them
    "/api/events?limit=050", "/api/events?limit=%2B5", "/api/events?limit=%EF%BC%95", "/api/events?limit=5&limit=6",
    "/api/events?root=13%0A", "/api/events?code=%D9%A1%D9%A3", "/api/events?actor=", "/api/events?from=",
    "/api/events?modality=", "/api/timeline?limit=+300", "/api/events?actor=TUR&actor=USA",
    "/api/events?actor=%20", "/api/events?pair=USA,%20", "/api/events?q=%C3%A9lys%C3%A9e",
    "/api/events?offset=1000000000", "/api/graph?min_weight=1000000", "/api/graph?min_weight=1000001",
]


@pytest.fixture
def full_path_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """How many times FastAPI's own dependency solving ran."""
    calls: list[int] = []
    original = fastapi.routing.solve_dependencies

    async def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return await original(*args, **kwargs)

    monkeypatch.setattr(fastapi.routing, "solve_dependencies", counting)
    yield calls


@pytest.mark.parametrize("url", PLAIN + DOUBTFUL)
def test_fast_answers_as_fastapi_does(client: TestClient, reference: TestClient, url: str) -> None:
    fast, full = client.get(url), reference.get(url)
    assert (fast.status_code, fast.headers["content-type"]) == (full.status_code, full.headers["content-type"])
    assert fast.json() == full.json()
    assert fast.status_code != 500


@pytest.mark.parametrize("url", PLAIN)
def test_fast_path_taken_for_plain_parameters(client: TestClient, full_path_calls: list[int], url: str) -> None:
    assert client.get(url).status_code == 200
    assert not full_path_calls


@pytest.mark.parametrize("url", ["/api/events?limit=ten", "/api/events?limit=050", "/api/events?actor=",
                                 "/api/events?root=13%0A", "/api/events?limit=5&limit=6"])
def test_fast_path_leaves_doubtful_parameters_to_fastapi(client: TestClient, full_path_calls: list[int],
                                                          url: str) -> None:
    client.get(url)
    assert full_path_calls


def test_fast_reference_is_fastapis_own_path(reference: TestClient, full_path_calls: list[int]) -> None:
    assert reference.get("/api/events").status_code == 200
    assert full_path_calls
