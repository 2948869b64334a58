"""Bad input answers a JSON 400, unknown ids a JSON 404, and nothing a user sends is a 500."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient


@pytest.mark.parametrize(
    ("url", "mentions"),
    [
        ("/api/events?limit=0", "limit"),
        ("/api/events?limit=501", "limit"),
        ("/api/events?limit=ten", "limit"),
        ("/api/events?offset=-1", "offset"),
        ("/api/events?offset=99999999999999999999999", "offset"),
        ("/api/events?from=2019-02-30", "impossible date"),
        ("/api/events?from=yesterday", "from"),
        ("/api/events?from=2020-01-01&to=2019-01-01", "after"),
        ("/api/events?modality=certain", "modality"),
        ("/api/events?code=13%25", "code"),
        ("/api/events?root=1", "root"),
        ("/api/events?plover=DROP%20TABLE;", "plover"),
        ("/api/events?pair=USA", "pair"),
        ("/api/events?pair=USA,TUR,RUS", "pair"),
        ("/api/events?by=today", "by"),
        ("/api/events?q=%22%22%22", "no words"),
        ("/api/events?actor=" + "x" * 201, "actor"),
        ("/api/timeline?group=lane", "group"),
        ("/api/timeline?limit=2001", "limit"),
        ("/api/graph?edges=0", "edges"),
        ("/api/search", "q"),
        ("/api/search?q=%20", "empty"),
        ("/api/search?q=*", "no words"),
        ("/api/events/0", "event_id"),
        ("/api/events/abc", "event_id"),
        ("/api/events/99999999999999999999", "event_id"),
    ],
)
def test_errors_bad_parameters_are_json_400(client: TestClient, url: str, mentions: str) -> None:
    response = client.get(url)
    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/json"
    error = response.json()["error"]
    assert error["status"] == 400
    assert mentions in error["message"] + str(error["detail"])


@pytest.mark.parametrize(
    "url",
    ["/api/events/999999", "/api/articles/nope", "/api/articles/" + "%3Cscript%3E", "/api/actors/ZZZ",
     "/api/actors/tur", "/api/actors/%25", "/api/nothing"],
)
def test_errors_unknown_ids_are_json_404(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 404, response.text
    assert response.json()["error"]["status"] == 404


@pytest.mark.parametrize(
    "url",
    [
        "/api/events?q=NEAR(a b)", "/api/events?q=a OR b AND NOT c", "/api/events?q=\"unbalanced",
        "/api/articles?q=title:turkey*", "/api/quotes?q=^back", "/api/quotes?speaker=%25%5F",
        "/api/events?actor=%25", "/api/events?actor=' OR 1=1 --", "/api/actors?q=%25_%5C",
        "/api/events?pair=%00,%00", "/api/events?q=%00turkey", "/api/search?q=%F0%9F%98%80 turkey",
    ],
)
def test_errors_hostile_text_is_data_not_syntax(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code in (200, 400), response.text
    assert response.headers["content-type"] == "application/json"


def test_errors_openapi_documents_400_not_422(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    events = spec["paths"]["/api/events"]["get"]["responses"]
    assert "400" in events and "422" not in events
    assert "404" in spec["paths"]["/api/events/{event_id}"]["get"]["responses"]
