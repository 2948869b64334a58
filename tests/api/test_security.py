"""Security: hostile article text stays data, write routes need a token, loopback by default."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from dateline.api import Settings, create_app
from dateline.api.app import read_token
from dateline.errors import UsageError
from tests.browse_store import IMG, SCRIPT, XSS_NAME, build_store

TOKEN = "s3cret-token-for-tests-0123456789"
ARTICLE = {"text": "Russia and Turkey signed a loan agreement in September 2017.", "date": "2020-06-24",
           "title": "A loan"}


def test_security_api_returns_hostile_text_as_json_data(client: TestClient) -> None:
    response = client.get("/api/articles/a-xss")
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert SCRIPT in body["text"] and IMG in body["text"] and SCRIPT in body["title"]
    assert body["events"][0]["source"]["name"] == XSS_NAME


@pytest.mark.parametrize("path", ["/articles/a-xss", "/articles", "/events", "/quotes", "/actors", "/actors/MAL",
                                  "/search?q=Mallory", "/search?q=" + SCRIPT, "/events?actor=" + SCRIPT])
def test_security_pages_escape_hostile_text(client: TestClient, path: str) -> None:
    html = client.get(path).text
    # No payload survives as markup: its tags and attributes only appear escaped.
    assert "<script>window.__xss" not in html
    assert not re.search(r"<img[^>]*onerror", html)
    assert "<b onmouseover" not in html
    assert 'href="javascript:' not in html


def test_security_event_page_escapes_and_shows_the_payload_as_text(client: TestClient) -> None:
    event = client.get("/api/events?actor=MAL").json()["items"][0]
    html = client.get(f"/events/{event['id']}").text
    assert "&lt;script&gt;window.__xss" in html
    assert 'href="javascript:' not in html
    assert "<script>window" not in html


def test_security_pages_send_a_strict_content_security_policy(client: TestClient) -> None:
    for path in ("/", "/articles/a-xss", "/api/events", "/docs"):
        csp = client.get(path).headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
        assert "object-src 'none'" in csp


def test_security_pages_load_no_inline_script(client: TestClient) -> None:
    for path in ("/", "/graph", "/articles/a-xss", "/events", "/docs"):
        html = client.get(path).text
        for tag in re.findall(r"<script\b[^>]*>", html):
            assert "src=" in tag or 'type="application/json"' in tag, (path, tag)


def test_security_write_route_absent_without_a_token(client: TestClient) -> None:
    response = client.post("/api/articles", json=ARTICLE)
    assert response.status_code == 405  # GET /api/articles exists; POST does not
    assert "post" not in client.get("/openapi.json").json()["paths"]["/api/articles"]


@pytest.fixture(scope="module")
def writable(tmp_path_factory: pytest.TempPathFactory, nlp) -> TestClient:  # type: ignore[no-untyped-def]
    db = build_store(tmp_path_factory.mktemp("writable") / "w.db")
    app = create_app(Settings(db=str(db), token=TOKEN), load_nlp=lambda: nlp)
    return TestClient(app, raise_server_exceptions=False)


@pytest.mark.model
@pytest.mark.parametrize(
    ("headers", "status"),
    [({}, 401), ({"Authorization": "Bearer wrong-token-of-some-length"}, 401),
     ({"Authorization": f"Basic {TOKEN}"}, 401), ({"Authorization": f"Bearer {TOKEN}x"}, 401),
     ({"Authorization": f"Bearer {TOKEN[:-1]}"}, 401)],
)
def test_security_write_route_refuses_without_the_token(writable: TestClient, headers: dict, status: int) -> None:
    response = writable.post("/api/articles", json=ARTICLE, headers=headers)
    assert response.status_code == status
    assert response.headers.get("www-authenticate") == "Bearer"
    assert writable.get("/api/articles?q=loan").json()["total"] == 0


@pytest.mark.model
def test_security_write_route_stores_with_the_token(writable: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    first = writable.post("/api/articles", json=ARTICLE, headers=auth)
    assert first.status_code == 201, first.text
    stored = first.json()
    assert stored["status"] == "stored"
    article = writable.get(f"/api/articles/{stored['id']}").json()
    assert article["text"] == ARTICLE["text"] and article["title"] == "A loan"
    assert len(article["mentions"]) == stored["mentions"] and len(article["events"]) == stored["events"]
    again = writable.post("/api/articles", json=ARTICLE, headers=auth)
    assert (again.status_code, again.json()["status"]) == (200, "already stored")
    # Stored by another version of dateline: analyzed again, its records replaced.
    with writable.app.state.ingester.writer.engine.begin() as conn:  # type: ignore[attr-defined]
        conn.execute(text("UPDATE articles SET analysis = '0.0.1+older' WHERE id = :id"), {"id": stored["id"]})
    redone = writable.post("/api/articles", json=ARTICLE, headers=auth)
    assert (redone.status_code, redone.json()["status"]) == (200, "re-analyzed")
    assert {k: redone.json()[k] for k in ("mentions", "events")} == {k: stored[k] for k in ("mentions", "events")}
    article = writable.get(f"/api/articles/{stored['id']}").json()
    assert len(article["mentions"]) == stored["mentions"] and len(article["events"]) == stored["events"]


@pytest.mark.model
@pytest.mark.parametrize("body", [{"text": "", "date": "2020-01-01"}, {"text": "x", "date": "2020-02-30"},
                                  {"text": "x", "date": "June"}, {"date": "2020-01-01"}, {"text": "x" * 10}])
def test_security_write_route_rejects_bad_articles(writable: TestClient, body: dict) -> None:
    response = writable.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 400, response.text


def test_security_write_route_is_documented_with_its_auth(tmp_path: Path) -> None:
    app = create_app(Settings(db=str(build_store(tmp_path / "t.db")), token=TOKEN), load_nlp=lambda: None)
    spec = TestClient(app).get("/openapi.json").json()
    post = spec["paths"]["/api/articles"]["post"]
    assert "401" in post["responses"] and post["security"]


@pytest.mark.parametrize(("host", "status"), [("127.0.0.1:8765", 200), ("localhost", 200), ("[::1]:8765", 200),
                                               ("evil.example", 400), ("127.0.0.1.evil.example", 400)])
def test_security_loopback_server_refuses_foreign_host_names(small_db: str, host: str, status: int) -> None:
    app = create_app(Settings(db=small_db, allowed_hosts=("127.0.0.1", "localhost", "::1", "[::1]")))
    response = TestClient(app, base_url="http://127.0.0.1").get("/api/stats", headers={"Host": host})
    assert response.status_code == status


@pytest.mark.parametrize(("content", "expected"), [("  abcdefghijklmnopq \n", "abcdefghijklmnopq"), ("", None),
                                                   ("short\n", None)])
def test_security_token_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str,
                             expected: str | None) -> None:
    monkeypatch.delenv("DATELINE_API_TOKEN", raising=False)
    path = tmp_path / "token"
    path.write_text(content)
    if expected is None:  # a token file that gives no usable token is a mistake, not "read only"
        with pytest.raises(UsageError):
            read_token(str(path))
    else:
        assert read_token(str(path)) == expected


def test_security_no_token_means_read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATELINE_API_TOKEN", raising=False)
    assert read_token(None) is None


def test_security_token_must_be_long(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATELINE_API_TOKEN", "short")
    with pytest.raises(UsageError):
        read_token(None)
    monkeypatch.setenv("DATELINE_API_TOKEN", TOKEN)
    assert read_token(None) == TOKEN
