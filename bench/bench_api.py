"""Load benchmark of the HTTP API: p50/p99 latency and errors of /api/events and /api/timeline.

    .venv/bin/python bench/bench_api.py --db big.db                 # a store of >= 100k events
    .venv/bin/python bench/bench_api.py --db big.db --source real.db  # build big.db first (synth_store.py)

Starts `dateline serve` on 127.0.0.1 (a free port), then ``--clients`` asynchronous clients
(aiohttp, one connection each) send requests back to back (or with ``--think-ms`` between them) until
``--requests`` are done or ``--duration`` seconds have passed, whichever comes first. The
requests are what the UI sends: event lists filtered by a random actor, actor pair, CAMEO
root, modality or date range, and timeline windows of a random week to quarter, with their
parameters drawn (seeded) from the store's own actors, pairs and date span, so that no
answer is cached anywhere. The first ``--warmup`` requests are not counted.
Prints one JSON line.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import resource
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: str, port: int, workers: int) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "DATELINE_API_TOKEN"}  # read only
    return subprocess.Popen(
        [sys.executable, "-m", "dateline", "serve", "--db", db, "--port", str(port), "--workers", str(workers)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def wait_ready(base: str, process: subprocess.Popen[str], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"dateline serve exited: {process.stderr.read() if process.stderr else ''}")
        try:
            if httpx.get(f"{base}/api/stats", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    sys.exit("dateline serve did not answer in time")


def request_mix(base: str, n: int, seed: int) -> list[tuple[str, str]]:
    """``n`` (kind, path) pairs drawn from the store's own actors, pairs and dates."""
    rng = random.Random(seed)
    stats = httpx.get(f"{base}/api/stats", timeout=30).json()
    actors = [a["actor"] for a in httpx.get(f"{base}/api/actors?limit=200", timeout=30).json()["items"]
              if a["type"] != "person"]
    pairs = [(e["source"], e["target"]) for e in httpx.get(f"{base}/api/graph?edges=300", timeout=60).json()["edges"]
             if e["source"] != e["target"]]
    span = httpx.get(f"{base}/api/timeline?limit=1", timeout=60).json()["span"]
    first, last = dt.date.fromisoformat(span["first"]), dt.date.fromisoformat(span["last"])
    roots = [f"{i:02d}" for i in range(1, 21)]
    modalities = ["asserted", "reported", "planned", "hypothetical", "negated"]

    def window(days: int) -> tuple[str, str]:
        start = first + dt.timedelta(days=rng.randrange(max(1, (last - first).days - days)))
        return start.isoformat(), (start + dt.timedelta(days=days)).isoformat()

    out: list[tuple[str, str]] = []
    for _ in range(n):
        if rng.random() < 0.5:
            params: dict[str, Any] = {}
            choice = rng.randrange(6)
            if choice == 0:
                params["actor"] = rng.choice(actors)
            elif choice == 1 and pairs:
                params["pair"] = ",".join(rng.choice(pairs))
            elif choice == 2:
                params["root"] = rng.choice(roots)
                params["from"], params["to"] = window(rng.choice((90, 365)))
            elif choice == 3:
                params["modality"] = rng.choice(modalities)
                params["from"], params["to"] = window(365)
            elif choice == 4:
                params["from"], params["to"] = window(rng.choice((7, 30)))
            else:
                params["actor"] = rng.choice(actors)
                params["offset"] = rng.choice((0, 50, 100))
            out.append(("events", f"/api/events?{urlencode(params)}"))
        else:
            params = {"limit": 300}  # what the timeline page asks for
            params["from"], params["to"] = window(rng.choice((7, 30, 90)))
            if rng.random() < 0.3:
                params["actor"] = rng.choice(actors)
            params["group"] = rng.choice(("pair", "story"))
            out.append(("timeline", f"/api/timeline?{urlencode(params)}"))
    del stats
    return out


async def run_clients(base: str, mix: list[tuple[str, str]], clients: int, duration: float, warmup: int,
                      think_ms: float, samples: list[str]) -> tuple[list[tuple[str, float, int]], float]:
    """Run the clients (aiohttp: its C parser keeps the client's share of the 2 cores small)."""
    import aiohttp

    results: list[tuple[str, float, int]] = []
    queue = iter(enumerate(mix))
    deadline = time.monotonic() + duration
    started = 0.0
    connector = aiohttp.TCPConnector(limit=clients, keepalive_timeout=60)
    timeout = aiohttp.ClientTimeout(total=30)

    async with aiohttp.ClientSession(base, connector=connector, timeout=timeout) as session:
        async def one() -> None:
            nonlocal started
            for i, (kind, path) in queue:
                if time.monotonic() > deadline:
                    return
                if i == warmup:
                    started = time.perf_counter()
                t0 = time.perf_counter()
                try:
                    async with session.get(path) as response:
                        body = await response.read()
                        status = response.status
                    if status != 200 and len(samples) < 5:
                        samples.append(f"{status} {path}: {body[:200]!r}")
                except (TimeoutError, aiohttp.ClientError) as error:
                    status = -1
                    if len(samples) < 5:
                        samples.append(f"{type(error).__name__} {path}: {error}")
                elapsed = (time.perf_counter() - t0) * 1000
                if i >= warmup:
                    results.append((kind, elapsed, status))
                if think_ms:
                    await asyncio.sleep(think_ms / 1000)

        await asyncio.gather(*(one() for _ in range(clients)))
    return results, time.perf_counter() - started


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def summary(results: list[tuple[str, float, int]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for kind in sorted({k for k, _, _ in results}):
        times = [t for k, t, _ in results if k == kind]
        errors = sum(1 for k, _, s in results if k == kind and s != 200)
        out[kind] = {"requests": len(times), "errors": errors, "p50_ms": round(percentile(times, 0.50), 1),
                     "p90_ms": round(percentile(times, 0.90), 1), "p99_ms": round(percentile(times, 0.99), 1),
                     "max_ms": round(max(times), 1)}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="The store to serve (>= 100k events).")
    parser.add_argument("--source", help="Build --db first from this store of real extractions (synth_store.py).")
    parser.add_argument("--events", type=int, default=100_000, help="Events to build with --source.")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=6000, help="At most this many requests (after warm-up).")
    parser.add_argument("--duration", type=float, default=120, help="At most this many seconds.")
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument("--think-ms", type=float, default=0, help="Pause of each client between its requests.")
    parser.add_argument("--workers", type=int, default=2, help="Server processes (dateline serve --workers).")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    if args.source:
        import synth_store

        if Path(args.db).exists():
            sys.exit(f"{args.db} exists: drop --source to use it, or remove it")
        synth_store.build(args.source, args.db, args.events, 20, 1)
    if not Path(args.db).exists():
        sys.exit(f"no store at {args.db} (give --source to build one)")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(args.db, port, args.workers)
    try:
        wait_ready(base, server)
        events = httpx.get(f"{base}/api/stats", timeout=30).json()["events"]
        if events < 100_000:
            print(f"warning: the store has {events} events (the benchmark asks for >= 100k)", file=sys.stderr)
        mix = request_mix(base, args.requests + args.warmup, args.seed)
        load_before = os.getloadavg()[0]
        client_cpu = resource.getrusage(resource.RUSAGE_SELF)
        samples: list[str] = []  # the first few failures, to say what went wrong
        results, seconds = asyncio.run(run_clients(base, mix, args.clients, args.duration, args.warmup, args.think_ms,
                                                   samples))
        client_cpu_after = resource.getrusage(resource.RUSAGE_SELF)
    finally:
        server.terminate()
        server.wait(timeout=30)
    server_cpu = resource.getrusage(resource.RUSAGE_CHILDREN)  # the server's whole life, start-up included
    cpu = {"client_s": round(client_cpu_after.ru_utime + client_cpu_after.ru_stime - client_cpu.ru_utime
                             - client_cpu.ru_stime, 1),
           "server_s": round(server_cpu.ru_utime + server_cpu.ru_stime, 1)}
    per_kind = summary(results)
    errors = sum(v["errors"] for v in per_kind.values())
    p99 = max((v["p99_ms"] for v in per_kind.values()), default=float("nan"))
    print(json.dumps({
        "bench": "api", "store_events": events, "clients": args.clients, "think_ms": args.think_ms,
        "server_workers": args.workers, "requests": len(results), "seconds": round(seconds, 1),
        "requests_per_s": round(len(results) / seconds, 1) if seconds else None, "errors": errors,
        "endpoints": per_kind, "target": {"errors": 0, "p99_ms": 200}, "target_met": errors == 0 and p99 < 200,
        "error_samples": samples, "cpu": cpu, "load_average_before": round(load_before, 2), "cpus": os.cpu_count(),
    }))


if __name__ == "__main__":
    main()
