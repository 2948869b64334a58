"""The UI in a real browser: Playwright driving Debian's Chromium against `dateline serve`.

The store is built by the real pipeline from the example article and 200 real AllSides
articles (../shared), plus the hand-made hostile article of tests/browse_store.py. The
server runs as a subprocess with a write token. Screenshots go to tests/screenshots/.
"""

from __future__ import annotations

import gzip
import json
import re
import urllib.request
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browse_store import SCRIPT, hostile
from tests.conftest import EXAMPLE, REPO, shared_path
from tests.serve import running_server

pytestmark = [pytest.mark.slow, pytest.mark.model]

CHROMIUM = "/usr/bin/chromium"
# Headless, no GPU, and none of Chromium's own network traffic (this machine has no network).
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
SHOTS = REPO / "tests" / "screenshots"
TOKEN = "browser-test-token-0123456789abcdef"
TOPICS = {"world", "middle_east", "foreign_policy", "russia", "north_korea", "china", "europe", "israel",
          "terrorism", "isis", "defense_and_security", "trade"}


def allsides_rows(n: int) -> list[dict[str, Any]]:
    """The first ``n`` world/foreign-affairs articles of 2019 and 2020, in file order."""
    folder = shared_path("data", "news", "allsides-article-bias")
    rows: list[dict[str, Any]] = []
    for year in (2019, 2020):
        with gzip.open(folder / f"articles_{year}.jsonl.gz", "rt", encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                if row.get("topic") in TOPICS:
                    rows.append(row)
                    if len(rows) == n:
                        return rows
    return rows


@pytest.fixture(scope="module")
def real_db(tmp_path_factory: pytest.TempPathFactory, nlp) -> Path:  # type: ignore[no-untyped-def]
    from dateline.ingest.options import ReadOptions
    from dateline.run.ingest import ingest
    from dateline.store.writer import Batch, StoreWriter

    folder = tmp_path_factory.mktemp("real")
    articles = folder / "allsides.jsonl"
    articles.write_text("".join(json.dumps(r) + "\n" for r in allsides_rows(200)), encoding="utf-8")
    db = folder / "real.db"
    writer = StoreWriter.open(str(db))
    summary = ingest([str(EXAMPLE), str(articles)], writer, nlp, ReadOptions(), command="test_browser")
    assert summary.articles + summary.duplicates == 201, summary
    writer.write(None, Batch(analyses=[(hostile(), None)]))
    return db


@pytest.fixture(scope="module")
def server(real_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    token_file = tmp_path_factory.mktemp("token") / "token"
    token_file.write_text(TOKEN)
    with running_server(str(real_db), "--token-file", str(token_file)) as (base, _):
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"needs Debian's Chromium at {CHROMIUM} (apt-get install chromium; .ci/run installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Watched:
    """A page that records console errors, page errors and dialogs (an alert means XSS)."""

    def __init__(self, browser: Any) -> None:
        self.page = browser.new_page(viewport={"width": 1360, "height": 860})
        self.problems: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.problems.append(f"console {m.text}") if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        self.page.on("dialog", self._dialog)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def shot(self, name: str) -> Path:
        SHOTS.mkdir(parents=True, exist_ok=True)
        path = SHOTS / f"{name}.png"
        self.page.screenshot(path=str(path))
        return path

    def xss(self) -> Any:
        return self.page.evaluate("() => window.__xss")


@pytest.fixture
def watched(browser: Any) -> Iterator[Watched]:
    w = Watched(browser)
    yield w
    w.page.close()


def get_json(base: str, path: str) -> Any:
    with urllib.request.urlopen(base + path, timeout=10) as response:
        return json.loads(response.read())


PAGES = [("timeline", "/", ".vis-item"), ("graph", "/graph", "#graph canvas"), ("events", "/events", "table"),
         ("quotes", "/quotes", "table"), ("actors", "/actors", "table"), ("articles", "/articles", "table"),
         ("search", "/search?q=Turkey", "h2"), ("docs", "/docs", ".swagger-ui .info")]


@pytest.mark.parametrize(("name", "path", "selector"), PAGES)
def test_browser_page_loads_without_errors(server: str, watched: Watched, name: str, path: str,
                                           selector: str) -> None:
    watched.page.goto(server + path)
    watched.page.wait_for_selector(selector, timeout=15_000)
    watched.page.wait_for_load_state("networkidle")
    watched.shot(name)
    assert watched.problems == []


def test_browser_example_article_shows_its_records(server: str, watched: Watched) -> None:
    example = get_json(server, "/api/articles?q=S-400&from=2020-06-24&to=2020-06-24")["items"][0]
    article = get_json(server, f"/api/articles/{example['id']}")
    watched.page.goto(f"{server}/articles/{example['id']}")
    for kind, prefix in (("timexes", "t"), ("mentions", "m"), ("quotes", "q")):
        for record in article[kind][:5]:
            assert watched.page.locator(f"#{prefix}{record['id']}").count() == 1
    # Clicking a highlighted mention says what was found there.
    mention = article["mentions"][0]
    watched.page.locator(f"#m{mention['id']} ~ span.hl").first.click()
    panel = watched.page.locator("#selection")
    assert "mention" in panel.inner_text() and mention["text"] in panel.inner_text()
    watched.shot("article")
    assert watched.problems == []


def test_browser_timeline_event_opens_its_highlighted_evidence(server: str, watched: Watched) -> None:
    watched.page.goto(server + "/")
    item = watched.page.locator(".vis-item:not(.vis-cluster)").first
    item.wait_for(timeout=15_000)
    watched.shot("timeline")
    item.click()
    watched.page.wait_for_url(re.compile(r"/events/\d+$"), timeout=10_000)
    event_id = int(watched.page.url.rsplit("/", 1)[1])
    event = get_json(server, f"/api/events/{event_id}")
    focus = watched.page.locator("#focus")
    assert focus.is_visible()
    # The highlighted sentence is the event's evidence, at its offsets.
    highlighted = watched.page.eval_on_selector_all(".hl-focus", "els => els.map(e => e.textContent).join('')")
    assert highlighted == event["sentence"]
    assert event["label"] in watched.page.locator("#evidence").inner_text()
    watched.shot("evidence")
    assert watched.problems == []


def test_browser_timeline_controls_switch_placing_and_lanes(server: str, watched: Watched) -> None:
    watched.page.goto(server + "/")
    watched.page.locator(".vis-item").first.wait_for(timeout=15_000)
    watched.page.check("input[name=place][value=article]")
    watched.page.wait_for_url(re.compile(r"place=article"))
    watched.page.check("input[name=group][value=story]")
    watched.page.wait_for_url(re.compile(r"group=story"))
    watched.page.wait_for_function("() => document.querySelector('#timeline-status').textContent.includes(' lane')")
    watched.page.locator(".vis-item").first.wait_for(timeout=15_000)
    twin = watched.page.get_attribute('link[rel="alternate"]', "href")
    assert twin is not None and "by=article" in twin and "group=story" in twin
    assert watched.problems == []


def url_window(url: str) -> tuple[date, date]:
    """The from and to days of a timeline page's URL."""
    query = parse_qs(urlsplit(url).query)
    return date.fromisoformat(query["from"][0]), date.fromisoformat(query["to"][0])


def search(watched: Watched) -> str:
    return str(watched.page.evaluate("() => location.search"))


def wait_for_window(watched: Watched, previous: str | None = None) -> tuple[date, date]:
    """The window the timeline shows once it has loaded it (a new one if ``previous`` is given)."""
    watched.page.wait_for_function(
        """(previous) => /[?&]from=.*&to=/.test(location.search) && location.search !== previous
             && /from \\d{4}-\\d{2}-\\d{2} to/.test(document.querySelector('#timeline-status').textContent)""",
        arg=previous, timeout=15_000)
    return url_window(watched.page.url)


def test_browser_timeline_opens_where_the_events_are(server: str, watched: Watched) -> None:
    """Not on the store's whole span (decades, from recalled history to planned years), where
    the events would be a few pixels wide: on the days where half of them start."""
    whole = get_json(server, "/api/timeline")
    span = (date.fromisoformat(whole["span"]["first"]), date.fromisoformat(whole["span"]["last"]))
    focus = (date.fromisoformat(whole["focus"]["first"]), date.fromisoformat(whole["focus"]["last"]))
    watched.page.goto(server + "/")
    first, last = wait_for_window(watched)
    assert first <= focus[0] <= focus[1] <= last
    assert (last - first) * 10 < span[1] - span[0], (first, last, span)
    watched.page.locator(".vis-item").first.wait_for(timeout=15_000)
    # Every event the page shows is in its window, and the JSON twin asks for the same window.
    twin = watched.page.get_attribute('link[rel="alternate"]', "href")
    assert twin is not None and url_window(twin) == (first, last)
    shown = get_json(server, twin)
    assert shown["items"] and all(i["date"]["first"] <= last.isoformat() and i["date"]["last"] >= first.isoformat()
                                  for i in shown["items"])
    # Zooming out widens the window around its middle; "All dates" shows the whole span.
    before = search(watched)
    watched.page.click("#zoom-out")
    wider = wait_for_window(watched, before)
    assert wider[0] < first and wider[1] > last
    before = search(watched)
    watched.page.click("#zoom-all")
    everything = wait_for_window(watched, before)
    assert everything[0] <= span[0] and everything[1] >= span[1]
    assert watched.problems == []


def test_browser_timeline_url_reopens_its_window(server: str, watched: Watched) -> None:
    whole = get_json(server, "/api/timeline")
    day = whole["focus"]["first"]
    watched.page.goto(f"{server}/?from={day}&to={day}&group=story")
    assert wait_for_window(watched) == (date.fromisoformat(day), date.fromisoformat(day))
    assert f"from {day} to {day}" in watched.page.locator("#timeline-status").inner_text()
    assert watched.page.is_checked("input[name=group][value=story]")
    # Other lanes reopen the timeline where the events are.
    before = search(watched)
    watched.page.check("input[name=group][value=pair]")
    first, last = wait_for_window(watched, before)
    assert "group=" not in watched.page.url
    assert first <= date.fromisoformat(whole["focus"]["first"]) <= date.fromisoformat(whole["focus"]["last"]) <= last
    assert watched.problems == []


def test_browser_graph_node_opens_the_actor_page(server: str, watched: Watched) -> None:
    watched.page.goto(server + "/graph")
    watched.page.wait_for_function("() => window.datelineGraph && window.datelineGraph.nodes().length > 0",
                                   timeout=15_000)
    node = watched.page.evaluate("""() => { const n = window.datelineGraph.nodes()[0];
        const p = n.renderedPosition(); const box = document.getElementById('graph').getBoundingClientRect();
        return {id: n.id(), x: box.left + p.x, y: box.top + p.y}; }""")
    watched.page.mouse.click(node["x"], node["y"])
    watched.page.wait_for_url(re.compile(f"/actors/{node['id']}$"), timeout=10_000)
    assert watched.page.locator("h1").is_visible()
    assert watched.problems == []


HOSTILE_PAGES = ["/articles/a-xss", "/search?q=Mallory", "/events?actor=MAL", "/actors/MAL", "/quotes?actor=MAL",
                 "/?actor=MAL", "/?actor=MAL&group=story", "/graph?actor=MAL", "/search?q=" + SCRIPT]


@pytest.mark.parametrize("path", HOSTILE_PAGES)
def test_browser_hostile_article_renders_inert(server: str, watched: Watched, path: str) -> None:
    watched.page.goto(server + path)
    watched.page.wait_for_load_state("networkidle")
    # Hover and click what the page offers (tooltips, highlights) to give payloads every chance.
    for selector in (".vis-item", "span.hl", "table a"):
        for element in watched.page.locator(selector).all()[:6]:
            if element.is_visible():
                element.hover()
    for element in watched.page.locator("span.hl").all()[:6]:
        element.click()
    assert watched.xss() is None
    assert watched.dialogs == []
    assert watched.problems == []


def test_browser_hostile_text_is_shown_as_text(server: str, watched: Watched) -> None:
    event = get_json(server, "/api/events?actor=MAL")["items"][0]
    watched.page.goto(f"{server}/events/{event['id']}")
    assert SCRIPT in watched.page.locator("#article-text").inner_text()
    assert SCRIPT in watched.page.locator("h1").inner_text()
    # The javascript: URL of the article is not made a link.
    assert watched.page.locator("a[href^='javascript']").count() == 0
    watched.page.locator(".vis-item, span.hl-focus").first.click()
    assert watched.xss() is None and watched.dialogs == []
    watched.shot("hostile")


def post_from_page(watched: Watched, server: str, token: str | None) -> dict[str, Any]:
    headers = {"Content-Type": "application/json"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    body = {"text": "Russia and Turkey signed a loan agreement in September 2017.", "date": "2020-06-24",
            "title": f"From the browser {SCRIPT}"}
    watched.page.goto(server + "/")
    return watched.page.evaluate(
        """async ([headers, body]) => { const r = await fetch('/api/articles', {method: 'POST', headers,
             body: JSON.stringify(body)}); return {status: r.status, body: await r.json()}; }""", [headers, body])


@pytest.mark.parametrize(("token", "status"), [(None, 401), ("wrong-token-wrong-token-wrong", 401),
                                               (TOKEN, 201)])
def test_browser_write_route_needs_the_token(server: str, watched: Watched, token: str | None,
                                             status: int) -> None:
    answer = post_from_page(watched, server, token)
    assert answer["status"] in ((status, 200) if status == 201 else (status,)), answer
    if token == TOKEN:
        watched.page.goto(f"{server}/articles/{answer['body']['id']}")
        assert SCRIPT in watched.page.locator("h1").inner_text()
        assert watched.xss() is None
