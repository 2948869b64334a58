"""How ``dateline serve --workers N`` spreads keep-alive connections over its workers.

    .venv/bin/python bench/bench_api_split.py --db big.db [--connections 50] [--rounds 6]

Each round opens ``--connections`` connections at once (as bench_api.py's clients do), sends
one request on each and reads the answers, then counts from /proc which worker process holds
each connection. A worker answers its requests one at a time, so its share of the
connections sets how long its clients wait: an even split is what a low p99 needs. Counting
is exact and hardly depends on the machine's load, unlike latencies. Linux only (/proc).
Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

import bench_api  # noqa: E402


def workers_of(pid: int) -> list[int]:
    """The server's worker processes: its children but multiprocessing's resource tracker."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                command = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if int(fields[1]) == pid and b"resource_tracker" not in command:
                found.append(int(entry.name))
    return found


def established_inodes(port: int) -> set[str]:
    """Socket inodes of established TCP connections whose local port is ``port``."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if int(fields[1].rsplit(":", 1)[1], 16) == port and fields[3] == "01":
                inodes.add(fields[9])
    return inodes


def held(pid: int, inodes: set[str]) -> int:
    """How many of ``inodes`` process ``pid`` has open."""
    count = 0
    try:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                target = os.readlink(f"/proc/{pid}/fd/{fd}")
            except OSError:
                continue
            if target.startswith("socket:[") and target[8:-1] in inodes:
                count += 1
    except OSError:
        pass
    return count


def one_round(port: int, connections: int, workers: list[int]) -> list[int]:
    clients = [socket.create_connection(("127.0.0.1", port), timeout=60) for _ in range(connections)]
    try:
        for client in clients:
            client.sendall(b"GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        for client in clients:
            if not client.recv(65536).startswith(b"HTTP/1.1 200"):
                sys.exit("the server did not answer 200")
        inodes = established_inodes(port)
        return sorted((held(pid, inodes) for pid in workers), reverse=True)
    finally:
        for client in clients:
            client.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="The store to serve.")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    port = bench_api.free_port()
    base = f"http://127.0.0.1:{port}"
    server = bench_api.start_server(args.db, port, args.workers)
    try:
        bench_api.wait_ready(base, server)
        deadline = time.monotonic() + 60
        while len(workers := workers_of(server.pid)) < args.workers and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(2)  # every worker listening, not only the first to answer
        load_before = os.getloadavg()[0]
        splits = []
        for _ in range(args.rounds):
            splits.append(one_round(port, args.connections, workers))
            time.sleep(0.5)  # closed connections gone from the tables
    finally:
        server.terminate()
        server.wait(timeout=30)
    even = -(-args.connections // args.workers)
    print(json.dumps({"bench": "api_split", "connections": args.connections, "workers": args.workers,
                      "splits": splits, "most_on_one_worker": max(max(s) for s in splits), "even": even,
                      "load_average_before": round(load_before, 2), "cpus": os.cpu_count()}))


if __name__ == "__main__":
    main()
