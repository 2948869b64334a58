"""Fingerprints of the API's answers to bench_api.py's requests: a rewritten query must not change them.

    .venv/bin/python bench/api_answers.py --db big.db --out before.json           # at the old commit
    .venv/bin/python bench/api_answers.py --db big.db --against before.json       # after the change

Asks the app in-process (as bench_api_cpu.py does) bench_api.py's request mix (seeded), plus
variants it lacks (publication-date order, lanes of all events, short pages, unwindowed and deep
requests), and keeps each answer's status, size and SHA-256. With ``--against``, prints how many
answers differ from the saved ones and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

import bench_api  # noqa: E402
import bench_api_cpu  # noqa: E402

from dateline.api import Settings, create_app  # noqa: E402
from dateline.api.app import LOOPBACK_HOSTS  # noqa: E402

EXTRA = ["/api/timeline", "/api/timeline?group=story", "/api/timeline?by=article&limit=2000", "/api/events",
         "/api/events?limit=200&offset=99900", "/api/timeline?limit=2000&from=2015-01-01&to=2015-12-31"]


def requests(mix: list[str]) -> list[str]:
    """The mix, then variants of its first 120 requests, then EXTRA."""
    variants = []
    for path in mix[:120]:
        if "/timeline" in path:
            variants += [path + "&by=article", path.replace("group=pair", "group=none")]
        else:
            variants += [path + "&by=article", path + "&limit=10"]
    return mix + variants + EXTRA


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--requests", type=int, default=600, help="Requests of bench_api.py's mix.")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--out", help="Save the fingerprints here.")
    parser.add_argument("--against", help="Compare with fingerprints saved by --out.")
    args = parser.parse_args()

    app = create_app(Settings(db=args.db, allowed_hosts=LOOPBACK_HOSTS))
    loop = asyncio.new_event_loop()

    def get(url: str, timeout: float = 0) -> httpx.Response:
        parts = urlsplit(url)
        status, body = loop.run_until_complete(bench_api_cpu.call(app, f"{parts.path}?{parts.query}"))
        return httpx.Response(status, content=body)

    bench_api.httpx.get = get  # type: ignore[assignment]  # request_mix reads the store through the app
    mix = [path for _, path in bench_api.request_mix("http://127.0.0.1", args.requests, args.seed)]
    found: dict[str, Any] = {}
    for path in requests(mix):
        status, body = loop.run_until_complete(bench_api_cpu.call(app, path))
        found[path] = [status, len(body), hashlib.sha256(body).hexdigest()]
    if args.out:
        Path(args.out).write_text(json.dumps(found, indent=0), encoding="utf-8")
    errors = sum(1 for status, _, _ in found.values() if status != 200)
    report: dict[str, Any] = {"bench": "api_answers", "db": args.db, "requests": len(found), "errors": errors}
    if args.against:
        saved = json.loads(Path(args.against).read_text(encoding="utf-8"))
        differ = [path for path in found if saved.get(path) != found[path]]
        report.update(differ=len(differ), examples=differ[:5])
    print(json.dumps(report))
    if report.get("differ"):
        sys.exit(1)


if __name__ == "__main__":
    main()
