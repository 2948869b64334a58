"""`dateline serve`: the HTTP API and the web UI on a store (FastAPI + uvicorn)."""

from __future__ import annotations

import ipaddress

import typer

from .app import app
from .common import DB_OPTION, err, errors_to_exit, setup_logging

# Idle keep-alive connections are kept this long: a busy client reusing its connection
# must not race the server closing it (uvicorn's default is 5 s).
KEEP_ALIVE_S = 30
# Workers share the listening socket: each takes one new connection at a time, later the
# more it already holds, so that keep-alive clients spread evenly (see api/loop.py).
FAIR_LOOP = "dateline.api.loop:FairAcceptLoop"  # uvicorn calls it to make the loop


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@app.command()
def serve(
    db: str = DB_OPTION,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on. Anything but loopback exposes "
                                                        "the store to the network: do so on purpose."),
    port: int = typer.Option(8765, "--port", min=1, max=65535, help="Port to listen on."),
    token_file: str = typer.Option(None, "--token-file", help="A file holding the write token; with it (or "
                                   "$DATELINE_API_TOKEN) POST /api/articles exists and requires the token."),
    workers: int = typer.Option(1, "--workers", min=1, max=64, help="Server processes."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log every request."),
) -> None:
    """Serve the store as a JSON API and a web UI (timeline, actor graph, evidence).

    Example: [bold]dateline serve --db dateline.db[/] then open http://127.0.0.1:8765/

    OpenAPI docs at /docs. Read only unless a token is given; loopback only unless --host says otherwise.
    """
    setup_logging(verbose)
    with errors_to_exit():
        import uvicorn

        from ..api.app import LOOPBACK_HOSTS, Settings, create_app, read_token, settle_heap

        token = read_token(token_file)
        # On loopback, only requests addressed to loopback names are served: a web page
        # elsewhere cannot reach the API through a rebound DNS name.
        allowed = LOOPBACK_HOSTS if _is_loopback(host) else None
        settings = Settings(db=db, token=token, allowed_hosts=allowed)
        application = create_app(settings)  # opens the store now: errors show before listening
        settle_heap()
        mode = "read-write (POST /api/articles needs the token)" if token else "read only"
        err.print(f"serving {db} ({mode}) on http://{host}:{port}/  · API docs: http://{host}:{port}/docs")
        if workers > 1:
            import os

            from ..api.factory import settings_to_env

            os.environ.update(settings_to_env(settings))  # read by each worker's app factory
            uvicorn.run("dateline.api.factory:app", factory=True, host=host, port=port, workers=workers,
                        access_log=verbose, log_level="info" if verbose else "warning",
                        timeout_keep_alive=KEEP_ALIVE_S, loop=FAIR_LOOP)
        else:
            uvicorn.run(application, host=host, port=port, access_log=verbose,
                        log_level="info" if verbose else "warning", timeout_keep_alive=KEEP_ALIVE_S)
