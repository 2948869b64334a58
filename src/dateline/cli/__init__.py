"""The command line. Each module parses options for its commands and calls the library."""

from __future__ import annotations

from .app import app
from . import eval as _eval  # noqa: F401,E402  (registers `dateline eval ...`)


def main() -> None:
    app()


__all__ = ["app", "main"]
