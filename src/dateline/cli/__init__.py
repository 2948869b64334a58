"""The command line. Each module parses options for its commands and calls the library."""

from __future__ import annotations

import os
import sys

from . import eval as _eval  # noqa: F401  (each import registers its commands on the app)
from . import export as _export  # noqa: F401
from . import extract as _extract  # noqa: F401
from . import ingest as _ingest  # noqa: F401
from . import link as _link  # noqa: F401
from . import query as _query  # noqa: F401
from . import serve as _serve  # noqa: F401
from .app import app, reflow_help
from .eval import eval_app

reflow_help(app, eval_app)


def main() -> None:
    try:
        app()
    except BrokenPipeError:
        # `dateline extract ... | head`: the reader went away; exit quietly like other tools.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)


__all__ = ["app", "main"]
