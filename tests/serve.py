"""`dateline serve` as a subprocess on a free loopback port, for tests that need a real server."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_server(db: str, *options: str) -> Iterator[tuple[str, int]]:
    """(base URL, port) of ``dateline serve --db DB OPTIONS`` once it answers /api/stats;
    stopped on exit. The environment's write token is not passed on: ``options`` give one."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "DATELINE_API_TOKEN"}
    process = subprocess.Popen([sys.executable, "-m", "dateline", "serve", "--db", db, "--port", str(port), *options],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/stats", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    out = process.stdout.read() if process.stdout else ""
                    pytest.fail(f"dateline serve {' '.join(options)} did not start: {out}")
                time.sleep(0.3)
        yield base, port
    finally:
        process.terminate()
        process.wait(timeout=30)
