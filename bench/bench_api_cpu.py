"""CPU milliseconds per API request, by request kind: what the load benchmark's p99 comes down to.

    .venv/bin/python bench/bench_api_cpu.py --db big.db [--requests 1000]

bench_api.py's latencies depend on how much of the machine the server gets: on a busy
machine they say little. This calls the app in-process (ASGI, no sockets, no client),
one request at a time, with bench_api.py's request mix, and measures the process's CPU
time around each call, which other jobs on the machine hardly change. At 50 closed-loop
clients, p99 latency is about 50 x (mean CPU per request) / (cores), so the p99 < 200 ms
target of issue 7 needs a mean near 3 ms on 2 cores. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

import bench_api  # noqa: E402

from dateline.api import Settings, create_app  # noqa: E402
from dateline.api.app import LOOPBACK_HOSTS, settle_heap  # noqa: E402


async def call(app: Any, path: str) -> tuple[int, bytes]:
    """One GET through the ASGI app, as uvicorn would send it."""
    parts = urlsplit(path)
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": parts.path, "raw_path": parts.path.encode(), "query_string": parts.query.encode(),
             "root_path": "", "headers": [(b"host", b"127.0.0.1:8765")], "client": ("127.0.0.1", 50000),
             "server": ("127.0.0.1", 8765)}
    status, body = 0, []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            body.append(message.get("body", b""))

    await app(scope, receive, send)
    return status, b"".join(body)


def kind_of(path: str) -> str:
    """The request's kind, finer than bench_api.py's: which filters it has."""
    parts = urlsplit(path)
    q = parse_qs(parts.query)
    if parts.path.endswith("/timeline"):
        return "timeline:" + q["group"][0] + (":actor" if "actor" in q else "")
    for name, kind in (("pair", "pair"), ("root", "root+dates"), ("modality", "modality+dates"),
                       ("offset", "actor+offset"), ("actor", "actor")):
        if name in q:
            return f"events:{kind}"
    return "events:dates"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="The store (>= 100k events for issue 7).")
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--warmup", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    app = create_app(Settings(db=args.db, allowed_hosts=LOOPBACK_HOSTS))
    settle_heap()  # as dateline serve does
    loop = asyncio.new_event_loop()

    def get(url: str, timeout: float = 0) -> httpx.Response:
        parts = urlsplit(url)
        status, body = loop.run_until_complete(call(app, f"{parts.path}?{parts.query}"))
        return httpx.Response(status, content=body)

    bench_api.httpx.get = get  # type: ignore[assignment]  # request_mix reads the store through the app
    mix = bench_api.request_mix("http://127.0.0.1", args.requests + args.warmup, args.seed)
    times: dict[str, list[float]] = {}
    errors = 0
    for i, (_, path) in enumerate(mix):
        t0 = time.process_time()
        status, _body = loop.run_until_complete(call(app, path))
        ms = (time.process_time() - t0) * 1000
        errors += status != 200
        if i >= args.warmup:
            times.setdefault(kind_of(path), []).append(ms)

    def stats(values: list[float]) -> dict[str, float]:
        return {"n": len(values), "mean_ms": round(statistics.mean(values), 2),
                "p99_ms": round(bench_api.percentile(values, 0.99), 2)}

    groups = {group: [t for kind, ts in times.items() if kind.startswith(group) for t in ts]
              for group in ("events", "timeline")}
    print(json.dumps({"bench": "api_cpu", "db": args.db, "errors": errors,
                      "all": stats([t for ts in times.values() for t in ts]),
                      **{group: stats(ts) for group, ts in groups.items() if ts},
                      "kinds": {kind: stats(ts) for kind, ts in sorted(times.items())}}))


if __name__ == "__main__":
    main()
