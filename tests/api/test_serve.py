"""`dateline serve`: its help, its refusals, and where it listens."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.cli.serve import _is_loopback
from tests.serve import running_server

runner = CliRunner()


def test_serve_has_help_with_example() -> None:
    result = runner.invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and "dateline serve" in result.output
    assert "127.0.0.1" in result.output and "8765" in result.output


@pytest.mark.parametrize(("host", "loopback"), [("127.0.0.1", True), ("127.0.0.2", True), ("localhost", True),
                                                ("::1", True), ("[::1]", True), ("0.0.0.0", False),
                                                ("192.168.1.5", False), ("example.org", False)])
def test_serve_knows_loopback_addresses(host: str, loopback: bool) -> None:
    assert _is_loopback(host) is loopback


def test_serve_refuses_a_missing_store(tmp_path: Path) -> None:
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "none.db"), "--port", "1"])
    assert result.exit_code == 3
    assert "no store" in result.output


def test_serve_refuses_a_bad_token_file(tmp_path: Path, small_db: str) -> None:
    result = runner.invoke(app, ["serve", "--db", small_db, "--token-file", str(tmp_path / "missing")])
    assert result.exit_code == 2
    assert "token file" in result.output


def test_serve_defaults_to_loopback(monkeypatch: pytest.MonkeyPatch, small_db: str) -> None:
    seen: dict = {}

    def fake_run(application, **options):  # type: ignore[no-untyped-def]
        seen.update(options)

    import uvicorn

    monkeypatch.setattr(uvicorn, "run", fake_run)
    monkeypatch.delenv("DATELINE_API_TOKEN", raising=False)
    result = runner.invoke(app, ["serve", "--db", small_db])
    assert result.exit_code == 0, result.output
    assert (seen["host"], seen["port"]) == ("127.0.0.1", 8765)
    assert "read only" in result.output


@pytest.mark.slow  # two server processes start (~5-15 s)
def test_serve_with_two_workers_answers_every_connection(small_db: str) -> None:
    """Two worker processes on the fair-accept loop (api/loop.py): 20 connections opened at
    once, each asking on its own keep-alive connection, all answered."""
    import socket

    with running_server(small_db, "--workers", "2") as (_, port):
        clients = [socket.create_connection(("127.0.0.1", port), timeout=30) for _ in range(20)]
        for client in clients:
            client.sendall(b"GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        for client in clients:
            head = client.recv(65536)
            assert head.startswith(b"HTTP/1.1 200"), head[:100]
            client.close()
