"""What the command modules share: consoles, error handling, common options."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sys
from collections import Counter
from collections.abc import Iterator

import click
import typer
from rich.console import Console
from rich.logging import RichHandler
from rich.markup import escape

from ..errors import DatelineError, InputError, ModelNotFoundError, StoreError, UsageError
from ..ingest.article import DEFAULT_MAX_CHARS, parse_date
from ..ingest.options import ReadOptions, parse_field_overrides
from ..model import Reject

# Piped or captured output (make run, logs) gets room for the tables instead of rich's 80 columns.
_WIDTH = None if sys.stdout.isatty() or "COLUMNS" in os.environ else 120
out = Console(highlight=False, soft_wrap=True, width=_WIDTH)
err = Console(stderr=True, highlight=False, soft_wrap=True)

#: Exit codes, documented in the README.
EXIT_OK, EXIT_REJECTS, EXIT_USAGE, EXIT_STORE, EXIT_MODEL, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 70, 130
_EXIT_FOR = {UsageError: EXIT_USAGE, InputError: EXIT_USAGE, StoreError: EXIT_STORE, ModelNotFoundError: EXIT_MODEL}

DB_OPTION = typer.Option("dateline.db", "--db", help="Store: a SQLite file, or a database URL (postgresql://...).")


@contextlib.contextmanager
def errors_to_exit() -> Iterator[None]:
    """Turn dateline's named errors into a one-line message and an exit code."""
    try:
        yield
    except DatelineError as error:
        err.print(f"[bold red]error:[/] {error}")
        raise typer.Exit(next((c for t, c in _EXIT_FOR.items() if isinstance(error, t)), EXIT_USAGE)) from None
    except KeyboardInterrupt:
        err.print("[yellow]interrupted:[/] what was committed is kept; run the same command again to resume")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except (typer.Exit, typer.Abort, click.exceptions.ClickException, BrokenPipeError):
        raise
    except Exception as error:  # a bug: one clear line, the traceback only with --verbose
        logging.getLogger("dateline").debug("internal error", exc_info=True)
        err.print(f"[bold red]internal error:[/] {type(error).__name__}: {error} (run with --verbose for details)")
        raise typer.Exit(EXIT_INTERNAL) from None


def setup_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(message)s",
        handlers=[RichHandler(console=err, show_time=False, show_path=False)],
        force=True,
    )


def read_options(date: str | None, fields: list[str] | None, max_chars: int, input_format: str | None) -> ReadOptions:
    """ReadOptions from the command line, with clear errors for bad values."""
    day: dt.date | None = None
    if date is not None:
        try:
            day = parse_date(date)
        except InputError as error:
            raise UsageError(f"--date: {error.reason}") from None
    if max_chars <= 0:
        raise UsageError("--max-chars must be positive")
    return ReadOptions(date=day, fields=parse_field_overrides(fields or []), max_chars=max_chars,
                       input_format=input_format)


def print_reject(reject: Reject) -> None:
    err.print(f"[red]rejected[/] {escape(reject.message())}", markup=True, highlight=False)


def print_reject_summary(reasons: Counter[str]) -> None:
    """One line: how many inputs were rejected, by kind of reason (the five commonest, then the rest)."""
    total = sum(reasons.values())
    if not total:
        return
    shown = reasons.most_common(5)
    listed = ", ".join(f"{n} {reason}" for reason, n in shown)
    rest = total - sum(n for _, n in shown)
    if rest:
        listed += f", {rest} other"
    err.print(f"[red]{total} input(s) rejected[/] ({listed})")


# Options shared by extract and ingest.
DATE_OPTION = typer.Option(None, "--date", help="Publication date (YYYY-MM-DD) for inputs that carry none.")
FIELD_OPTION = typer.Option(
    None, "--field", help="JSONL/CSV field names: FIELD=NAME[,NAME], e.g. --field text=content_original. Repeatable."
)
MAX_CHARS_OPTION = typer.Option(DEFAULT_MAX_CHARS, "--max-chars", help="Reject articles longer than this.")
INPUT_FORMAT_OPTION = typer.Option(
    None, "--input-format",
    help="Force a reader: text, jsonl, csv, tsv, html, feed, warc, reuters (default: by extension).",
)
VERBOSE_OPTION = typer.Option(False, "--verbose", "-v", help="Log what happens.")
