"""The JSON routes on the hand-made store: every answer follows from tests/browse_store.py."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient


def ids(body: dict) -> list[str]:
    return [f"{e['source']['actor']}>{e['target']['actor']}:{e['code']}" for e in body["items"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Ordered by the events' own dates; PAST_REF (no days) last.
        ("", ["CHN>USA:040", "MAL>BOB:180", "USA>TUR:1312", "TUR>USA:111", "RUS>TUR:061", "USA>CHN:190"]),
        ("actor=TUR", ["USA>TUR:1312", "TUR>USA:111", "RUS>TUR:061"]),
        ("actor=Turkey", ["USA>TUR:1312", "TUR>USA:111", "RUS>TUR:061"]),
        ("actor=tur", ["USA>TUR:1312", "TUR>USA:111", "RUS>TUR:061"]),
        ("actor=Atlantis", []),
        ("source=USA", ["USA>TUR:1312", "USA>CHN:190"]),
        ("target=USA", ["CHN>USA:040", "TUR>USA:111"]),
        ("pair=USA,TUR", ["USA>TUR:1312", "TUR>USA:111"]),
        ("pair=TUR,USA", ["USA>TUR:1312", "TUR>USA:111"]),
        ("code=13", ["USA>TUR:1312"]),
        ("code=131", ["USA>TUR:1312"]),
        ("root=06", ["RUS>TUR:061"]),
        ("modality=negated", ["TUR>USA:111"]),
        ("basis=text&modality=planned", ["RUS>TUR:061"]),
        ("from=2020-05-15&to=2020-05-15", ["USA>TUR:1312"]),  # inside "late last month" (2020-05)
        ("from=2020-06", ["TUR>USA:111", "RUS>TUR:061"]),  # "late last month" (2020-05) ends before June
        ("from=2021-01-01", ["RUS>TUR:061"]),
        ("to=2019", ["CHN>USA:040"]),
        # By publication date: the article's events in the order they were found.
        ("by=article&from=2020-06-24&to=2020-06-24", ["USA>TUR:1312", "RUS>TUR:061", "TUR>USA:111"]),
        ("q=sanctions", ["USA>TUR:1312"]),
        ("q=tariffs analyst", ["USA>CHN:190"]),
    ],
)
def test_routes_events_filters(client: TestClient, query: str, expected: list[str]) -> None:
    response = client.get(f"/api/events?{query}")
    assert response.status_code == 200, response.text
    body = response.json()
    assert ids(body) == expected
    assert body["total"] == len(expected)


@pytest.mark.parametrize(("limit", "offset", "count"), [(2, 0, 2), (2, 4, 2), (2, 6, 0), (4, 3, 3), (50, 0, 6)])
def test_routes_events_pages_carry_the_total(client: TestClient, limit: int, offset: int, count: int) -> None:
    body = client.get(f"/api/events?limit={limit}&offset={offset}").json()
    assert (len(body["items"]), body["total"], body["limit"], body["offset"]) == (count, 6, limit, offset)


def test_routes_event_has_its_evidence(client: TestClient) -> None:
    first = client.get("/api/events?code=1312").json()["items"][0]
    event = client.get(f"/api/events/{first['id']}").json()
    article = client.get(f"/api/articles/{event['article']}").json()
    assert article["text"][event["start"]:event["end"]] == event["sentence"]
    assert article["text"][event["source"]["start"]:event["source"]["end"]] == "United States"
    assert article["text"][event["date"]["start"]:event["date"]["end"]] == "Late last month"
    assert event["quad"] == 3 and event["article_title"] == "Turkey and the S-400"


def test_routes_article_has_every_record(client: TestClient) -> None:
    article = client.get("/api/articles/a-s400").json()
    counts = {kind: len(article[kind]) for kind in ("timexes", "mentions", "quotes", "events")}
    assert counts == {"timexes": 3, "mentions": 5, "quotes": 1, "events": 3}
    for kind in ("timexes", "mentions", "quotes"):
        for record in article[kind]:
            assert article["text"][record["start"]:record["end"]] == record["text"]


@pytest.mark.parametrize(
    ("query", "lanes"),
    [
        ("group=pair", {"TUR|USA": 2, "RUS|TUR": 1, "CHN|USA": 1, "BOB|MAL": 1}),
        ("group=story", {"a-s400": 3, "a-trade": 1, "a-xss": 1}),
        ("group=none", {"all": 5}),
        ("group=pair&actor=CHN", {"CHN|USA": 1}),
    ],
)
def test_routes_timeline_lanes(client: TestClient, query: str, lanes: dict[str, int]) -> None:
    body = client.get(f"/api/timeline?{query}").json()
    # The PAST_REF event has no place on a time axis.
    assert {g["id"]: g["count"] for g in body["groups"]} == lanes
    assert {i["group"] for i in body["items"]} == set(lanes)
    assert body["total"] == sum(lanes.values()) and not body["truncated"]


@pytest.mark.parametrize(
    ("query", "total", "truncated", "first_id_code"),
    [("limit=2", None, True, "040"), ("limit=5", 5, False, "040"), ("by=article&limit=1", None, True, "040"),
     ("by=article&limit=6", 6, False, "040")],
)
def test_routes_timeline_truncates_in_date_order(client: TestClient, query: str, total: int | None, truncated: bool,
                                                 first_id_code: str) -> None:
    body = client.get(f"/api/timeline?{query}").json()
    assert (body["total"], body["truncated"], body["items"][0]["code"]) == (total, truncated, first_id_code)


@pytest.mark.parametrize(
    ("query", "span"),
    [("", {"first": "2019-03-08", "last": "2021-01-01"}), ("actor=CHN", {"first": "2019-03-08", "last": "2019-03-08"}),
     ("from=2019-01-01", None)],
)
def test_routes_timeline_span(client: TestClient, query: str, span: dict | None) -> None:
    assert client.get(f"/api/timeline?{query}").json()["span"] == span


@pytest.mark.parametrize(
    ("query", "focus"),
    [
        # Half of the five placed events (three), on the fewest days: January to June 2020.
        ("", {"first": "2020-01-06", "last": "2020-06-24"}),
        ("limit=4", {"first": "2020-05-01", "last": "2020-06-24"}),  # two: no more than half the limit
        ("actor=CHN", {"first": "2019-03-08", "last": "2019-03-08"}),
        ("by=article", {"first": "2020-06-24", "last": "2020-06-24"}),  # four of six published that day
        ("from=2019-01-01", None),  # a window was asked for
        ("actor=NOBODY", None),
    ],
)
def test_routes_timeline_focus(client: TestClient, query: str, focus: dict | None) -> None:
    assert client.get(f"/api/timeline?{query}").json()["focus"] == focus


def test_routes_timeline_items_carry_both_dates(client: TestClient) -> None:
    item = next(i for i in client.get("/api/timeline").json()["items"] if i["code"] == "1312")
    assert (item["date"]["first"], item["date"]["last"], item["article_date"]) == ("2020-05-01", "2020-05-31",
                                                                                  "2020-06-24")
    assert (item["modality"], item["quad"], item["date"]["basis"]) == ("asserted", 3, "text")


@pytest.mark.parametrize(
    ("query", "edges"),
    [
        ("", {"USA>TUR": ("conflict", 1), "RUS>TUR": ("cooperation", 1), "TUR>USA": ("conflict", 1),
              "CHN>USA": ("cooperation", 1), "USA>CHN": ("conflict", 1), "MAL>BOB": ("conflict", 1)}),
        ("actor=CHN", {"CHN>USA": ("cooperation", 1), "USA>CHN": ("conflict", 1)}),
        ("from=2020-05-01&to=2020-12-31", {"USA>TUR": ("conflict", 1), "TUR>USA": ("conflict", 1)}),
    ],
)
def test_routes_graph_edges(client: TestClient, query: str, edges: dict[str, tuple[str, int]]) -> None:
    body = client.get(f"/api/graph?{query}").json()
    assert {e["id"]: (e["side"], e["weight"]) for e in body["edges"]} == edges
    assert {n["id"] for n in body["nodes"]} == {c for key in edges for c in key.split(">")}


def test_routes_graph_nodes_have_names_and_weights(client: TestClient) -> None:
    nodes = {n["id"]: n for n in client.get("/api/graph").json()["nodes"]}
    assert (nodes["TUR"]["name"], nodes["TUR"]["weight"]) == ("Turkey", 3)
    assert nodes["USA"]["weight"] == 4


def test_routes_actor_page(client: TestClient) -> None:
    actor = client.get("/api/actors/TUR").json()
    assert (actor["name"], actor["type"], actor["mentions"], actor["articles"]) == ("Turkey", "country", 3, 1)
    partners = {p["code"]: (p["events"], p["to"], p["from"], p["cooperation"]) for p in actor["partners"]}
    assert partners == {"USA": (2, 1, 1, 0), "RUS": (1, 0, 1, 1)}
    assert [p["name"] for p in actor["people"]] == ["Recep Tayyip Erdogan"]
    assert actor["events"]["total"] == 3 and actor["quotes"]["total"] == 1  # TUR covers TURGOV's quote
    assert actor["aliases"] == ["Turkey"]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/api/quotes", 2),
        ("/api/quotes?speaker=erdogan", 1),
        ("/api/quotes?actor=TUR", 1),
        ("/api/quotes?q=back down", 1),
        ("/api/quotes?from=2021-01-01", 0),
        ("/api/articles", 3),
        ("/api/articles?q=tariffs", 1),
        ("/api/articles?from=2020-01-01&to=2020-01-31", 1),
        ("/api/actors", 7),
        ("/api/actors?q=tu", 2),
        ("/api/actors?q=china", 1),
    ],
)
def test_routes_lists_filter(client: TestClient, url: str, expected: int) -> None:
    body = client.get(url).json()
    assert body["total"] == expected and len(body["items"]) == expected


def test_routes_search_across_kinds(client: TestClient) -> None:
    body = client.get("/api/search?q=Turkey").json()
    assert (body["articles"]["total"], body["quotes"]["total"], body["events"]["total"]) == (1, 0, 3)
    snippet = body["articles"]["items"][0]["snippet"]
    assert "\x02Turkey\x03" in snippet


def test_routes_stats_and_codebook(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert (stats["articles"], stats["events"], stats["quotes"]) == (3, 6, 2)
    roots = client.get("/api/cameo").json()["roots"]
    assert len(roots) == 20 and roots["13"]["quad"] == 3


@pytest.mark.parametrize(
    ("query", "total"),
    [("actor=TUR&limit=1", 3), ("actor=USA&limit=2", 4), ("pair=USA,TUR&limit=1", 2), ("pair=TUR,USA&limit=1", 2),
     ("actor=CHN&limit=1&offset=1", 2), ("actor=USA&pair=USA,TUR&limit=1", 2), ("actor=TUR&limit=1&offset=5", 3),
     ("actor=TUR&from=2020-06-01&limit=1", 2)],
)
def test_routes_event_totals_with_either_side_filters(client: TestClient, query: str, total: int) -> None:
    body = client.get(f"/api/events?{query}").json()
    assert body["total"] == total


@pytest.mark.parametrize(("query", "codes"), [("actor=USA&limit=2", ["040", "1312"]),
                                              ("actor=USA&limit=2&offset=2", ["111", "190"]),
                                              ("pair=CHN,USA&limit=1&offset=1", ["190"])])
def test_routes_event_pages_of_either_side_filters_keep_the_order(client: TestClient, query: str,
                                                                 codes: list[str]) -> None:
    assert [e["code"] for e in client.get(f"/api/events?{query}").json()["items"]] == codes


def test_routes_timeline_story_lanes_follow_linked_stories(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from dateline.api import Settings, create_app
    from dateline.store import schema
    from dateline.store.engine import open_engine
    from tests.browse_store import build_store

    db = build_store(tmp_path / "linked.db")
    with open_engine(str(db), create=False).begin() as conn:
        conn.execute(schema.stories.insert(), [{"id": 7, "label": "Turkey, China and the US",
                                                "first_date": "2019-03-10", "last_date": "2020-06-24", "articles": 2}])
        conn.execute(schema.story_articles.insert(), [{"article": "a-s400", "story": 7},
                                                      {"article": "a-trade", "story": 7}])
    body = TestClient(create_app(Settings(db=str(db)))).get("/api/timeline?group=story").json()
    assert {g["id"]: (g["label"], g["count"]) for g in body["groups"]} == {
        "story:7": ("Turkey, China and the US", 4), "a-xss": (body["groups"][1]["label"], 1)}
    assert {i["story"]["id"] if i["story"] else None for i in body["items"]} == {7, None}
