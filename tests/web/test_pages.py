"""The UI pages on the hand-made store: they render, link their JSON twin, and link evidence."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

PAGES = ["/", "/?actor=TUR&group=story", "/graph", "/graph?from=2020-01-01", "/events", "/events?actor=TUR",
         "/quotes", "/quotes?speaker=erdogan", "/actors", "/actors/TUR", "/articles", "/articles/a-s400",
         "/search?q=Turkey"]


def twin(html: str) -> str:
    match = re.search(r'<link rel="alternate" type="application/json" href="([^"]+)">', html)
    assert match, "no JSON twin link"
    return match.group(1).replace("&amp;", "&")


@pytest.mark.parametrize("path", PAGES)
def test_pages_render_and_name_their_json_twin(client: TestClient, path: str) -> None:
    page = client.get(path)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    twin_url = twin(page.text)
    assert twin_url.startswith("/api/")
    json_twin = client.get(twin_url)
    assert json_twin.status_code == 200 and json_twin.headers["content-type"] == "application/json"


def test_pages_empty_search_form_has_no_twin(client: TestClient) -> None:
    html = client.get("/search").text
    assert 'rel="alternate"' not in html and 'name="q"' in html


def test_pages_event_evidence_is_highlighted_at_its_offsets(client: TestClient) -> None:
    event = client.get("/api/events?code=1312").json()["items"][0]
    html = client.get(f"/events/{event['id']}").text
    assert twin(html) == f"/api/events/{event['id']}"
    focus = re.findall(r'<span class="[^"]*hl-focus[^"]*"[^>]*>([^<]*)</span>', html)
    assert "".join(focus) == event["sentence"]
    assert re.search(r'class="[^"]*hl-arg-source[^"]*"[^>]*>United States<', html)
    assert re.search(r'class="[^"]*hl-arg-date[^"]*"[^>]*>Late last month<', html)
    assert 'id="focus"' in html and 'id="evidence"' in html


def test_pages_article_highlights_every_record(client: TestClient) -> None:
    article = client.get("/api/articles/a-s400").json()
    html = client.get("/articles/a-s400").text
    for kind, prefix in (("timexes", "t"), ("mentions", "m"), ("quotes", "q"), ("events", "e")):
        for record in article[kind]:
            assert f'id="{prefix}{record["id"]}"' in html
    # the text is intact once the markup is removed
    body = re.search(r'<div id="article-text" class="article-text">(.*?)</div>', html, re.S).group(1)
    assert re.sub(r"<[^>]+>", "", body).replace("&#34;", '"') == article["text"]


@pytest.mark.parametrize(("path", "evidence_links"), [("/events", 6), ("/actors/TUR", 3), ("/search?q=Turkey", 3)])
def test_pages_every_event_links_its_evidence(client: TestClient, path: str, evidence_links: int) -> None:
    html = client.get(path).text
    assert len(re.findall(r'href="/events/\d+"', html)) == evidence_links


@pytest.mark.parametrize(("path", "status"), [("/events/999999", 404), ("/articles/nope", 404),
                                              ("/actors/ZZZ", 404), ("/events?from=2019-02-30", 400),
                                              ("/events?limit=0", 400), ("/search?q=*", 400)])
def test_pages_errors_are_pages(client: TestClient, path: str, status: int) -> None:
    page = client.get(path)
    assert page.status_code == status and page.headers["content-type"].startswith("text/html")
    assert "<h1>" in page.text


def test_pages_pager_keeps_the_filters(client: TestClient) -> None:
    html = client.get("/events?actor=TUR&limit=1").text
    assert 'href="/events?actor=TUR&amp;limit=1&amp;offset=1"' in html


def test_pages_docs_use_local_assets(client: TestClient) -> None:
    html = client.get("/docs").text
    assert 'src="/static/vendor/swagger-ui-bundle.js"' in html and "cdn" not in html.lower()
