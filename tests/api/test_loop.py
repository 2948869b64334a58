"""The server's fair-accept event loop (api/loop.py): one connection per readiness event,
later the more connections the worker holds, and no connection lost on the way."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Iterator

import pytest

from dateline.api.loop import MAX_WAIT_S, WAIT_PER_CONNECTION_S, FairAcceptLoop, accept_wait


@pytest.mark.parametrize(("connections", "wait"), [
    (0, 0.0),
    (1, WAIT_PER_CONNECTION_S),
    (10, 10 * WAIT_PER_CONNECTION_S),
    (10_000, MAX_WAIT_S),
])
def test_accept_wait_grows_with_connections_up_to_a_cap(connections: int, wait: float) -> None:
    assert accept_wait(connections) == pytest.approx(wait)


class CountingSocket(socket.socket):
    """A listening socket that counts the connections taken from it."""

    taken = 0

    def accept(self) -> tuple[socket.socket, object]:
        found = super().accept()
        self.taken += 1
        return found


@pytest.fixture
def listener() -> Iterator[CountingSocket]:
    sock = CountingSocket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    sock.setblocking(False)
    yield sock
    sock.close()


def connect(listener: socket.socket, n: int) -> list[socket.socket]:
    """``n`` connections waiting in the listener's queue (the kernel completes them)."""
    return [socket.create_connection(listener.getsockname()) for _ in range(n)]


@pytest.mark.parametrize(("loop_class", "per_event"), [(FairAcceptLoop, 1), (asyncio.SelectorEventLoop, 3)])
def test_one_connection_per_readiness_event(listener: CountingSocket, loop_class: type, per_event: int) -> None:
    loop = loop_class()
    made: list[asyncio.Protocol] = []

    def protocol() -> asyncio.Protocol:
        made.append(asyncio.Protocol())
        return made[-1]

    server = loop.run_until_complete(loop.create_server(protocol, sock=listener))
    clients = connect(listener, 3)
    try:
        # What the selector does when the socket is readable (asyncio's plain loop takes all three).
        loop._accept_connection(protocol, listener, None, server, 100)
        assert listener.taken == per_event
        deadline = time.monotonic() + 10
        while len(made) < 3 and time.monotonic() < deadline:
            loop.run_until_complete(asyncio.sleep(0.005))
        assert len(made) == 3 and listener.taken == 3  # the others come on later events: none lost
    finally:
        for client in clients:
            client.close()
        server.close()
        loop.run_until_complete(server.wait_closed())
        loop.close()


def test_a_worker_holding_connections_waits_then_accepts(listener: CountingSocket) -> None:
    loop = FairAcceptLoop()
    server = loop.run_until_complete(loop.create_server(asyncio.Protocol, sock=listener))
    server._active_count = 20  # type: ignore[attr-defined]  # as if it served 20 connections
    clients = connect(listener, 2)
    try:
        loop._accept_connection(asyncio.Protocol, listener, None, server, 100)
        assert listener.taken == 0  # it leaves the connection to a less busy worker for a while
        loop.run_until_complete(asyncio.sleep(accept_wait(20) * 4))
        assert listener.taken >= 1  # then takes it itself
        deadline = time.monotonic() + 10
        while listener.taken < 2 and time.monotonic() < deadline:
            loop.run_until_complete(asyncio.sleep(0.01))
        assert listener.taken == 2
    finally:
        for client in clients:
            client.close()
        server._active_count = 0  # type: ignore[attr-defined]
        server.close()
        loop.run_until_complete(server.wait_closed())
        loop.close()


def test_closing_the_server_while_waiting_is_quiet(listener: CountingSocket) -> None:
    loop = FairAcceptLoop()
    server = loop.run_until_complete(loop.create_server(asyncio.Protocol, sock=listener))
    server._active_count = 20  # type: ignore[attr-defined]
    clients = connect(listener, 1)
    try:
        loop._accept_connection(asyncio.Protocol, listener, None, server, 100)
        server._active_count = 0  # type: ignore[attr-defined]
        server.close()  # closes the listening socket during the wait
        loop.run_until_complete(asyncio.sleep(accept_wait(20) * 4))
        assert listener.taken == 0 and listener.fileno() == -1
    finally:
        for client in clients:
            client.close()
        loop.run_until_complete(server.wait_closed())
        loop.close()


def test_accepted_connections_send_without_waiting_for_acks(listener: CountingSocket) -> None:
    """TCP_NODELAY on every accepted connection: asyncio skips sockets whose proto is 0 (as
    uvicorn's are), and the end of an answer then waited for the client's delayed ACK."""
    loop = FairAcceptLoop()
    transports: list[asyncio.BaseTransport] = []

    class Keep(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            transports.append(transport)

    server = loop.run_until_complete(loop.create_server(Keep, sock=listener))
    clients = connect(listener, 1)
    try:
        deadline = time.monotonic() + 10
        while not transports and time.monotonic() < deadline:
            loop.run_until_complete(asyncio.sleep(0.005))
        sock = transports[0].get_extra_info("socket")
        assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 1
    finally:
        for client in clients:
            client.close()
        for transport in transports:
            transport.close()
        server.close()
        loop.run_until_complete(server.wait_closed())
        loop.close()
