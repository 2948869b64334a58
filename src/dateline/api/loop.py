"""The server's event loop: workers that already hold more connections accept new ones later.

With ``--workers N`` all uvicorn processes wait on one listening socket. asyncio accepts
every pending connection whenever the socket is readable, so the first worker to wake takes
a whole burst: 50 clients connecting at once were split 39/11, 29/21 and 33/17 between two
workers (``x-pid`` of the answers counted per connection). A worker answers its requests
one at a time, so the clients of the crowded one waited two to three times as long: with
keep-alive the split lasts as long as the connections do, and it made the p99 latency of
``bench_api.py`` three to five times its median.

Here a worker accepts one connection per readiness event, after waiting a moment that
grows with the connections it already holds (nothing to wait with none). When every worker
is idle the one with fewer connections wins the race; a busy one gets to the socket only
after the requests it is answering anyway. No connection waits more than ``MAX_WAIT_S``.
Measured on 2 cores at load average 3-4 (50 connections opened at once, six times): 25/25
five times and 28/22 once with 2 ms a connection; 27/23 to 30/20 with 0.5 ms; 33/17 to
40/10 with uvloop (uvicorn's default loop, which this replaces for ``--workers`` > 1),
44/6 with uvloop and libuv's ``UV_TCP_SINGLE_ACCEPT``.

The loop also turns Nagle's algorithm off on every accepted TCP connection, as uvloop does:
asyncio means to (``_set_nodelay``) but skips sockets whose ``proto`` is 0, which is what
``accept()`` gives on a socket made without a protocol number (uvicorn's). Without it, the
end of a 50 KB answer waited for the client's delayed ACK: 43 ms (the median) between the
server's first byte and the client's last on /api/events.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from typing import Any

#: How long a worker waits per connection it already holds before it accepts another.
WAIT_PER_CONNECTION_S = 0.002
#: The longest a pending connection waits on a worker's account.
MAX_WAIT_S = 0.05


def accept_wait(open_connections: int) -> float:
    """Seconds to wait before accepting, for a worker holding ``open_connections``."""
    return min(open_connections * WAIT_PER_CONNECTION_S, MAX_WAIT_S)


class FairAcceptLoop(asyncio.SelectorEventLoop):
    """A selector event loop whose listening sockets accept one connection at a time, later
    the more connections this process already serves. uvicorn's ``loop=`` hook takes the class."""

    # asyncio calls this (a private method, the same from Python 3.7 to 3.13) whenever a
    # listening socket is readable; ``backlog`` is how many connections it takes then, and
    # ``server._active_count`` is the number of connections the server holds.
    def _accept_connection(self, protocol_factory: Callable[[], asyncio.BaseProtocol], sock: socket.socket,
                           sslcontext: Any = None, server: Any = None, backlog: int = 100,
                           *args: Any) -> None:
        wait = accept_wait(getattr(server, "_active_count", 0))
        accept_one = super()._accept_connection  # type: ignore[misc]
        if not wait:
            accept_one(protocol_factory, sock, sslcontext, server, 1, *args)
            return
        fd = sock.fileno()
        self._remove_reader(fd)  # type: ignore[attr-defined]  # no spinning on the readable socket meanwhile

        def accept_later() -> None:
            if sock.fileno() == -1 or (server is not None and not server.is_serving()):
                return  # closed while waiting
            accept_one(protocol_factory, sock, sslcontext, server, 1, *args)
            self._add_reader(fd, self._accept_connection, protocol_factory, sock,  # type: ignore[attr-defined]
                             sslcontext, server, backlog, *args)

        self.call_later(wait, accept_later)

    # asyncio makes the transport of every accepted connection here (private too, the same
    # from 3.7 to 3.13).
    def _make_socket_transport(self, sock: socket.socket, protocol: asyncio.BaseProtocol,
                               *args: Any, **kwargs: Any) -> asyncio.Transport:
        if sock.family in (socket.AF_INET, socket.AF_INET6) and sock.type == socket.SOCK_STREAM:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        transport: asyncio.Transport = super()._make_socket_transport(  # type: ignore[misc]
            sock, protocol, *args, **kwargs)
        return transport
