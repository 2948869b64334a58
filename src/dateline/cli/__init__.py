"""The command line. Each module parses options for its commands and calls the library."""

from __future__ import annotations

from . import eval as _eval  # noqa: F401,E402  (registers `dateline eval ...`)
from .app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
