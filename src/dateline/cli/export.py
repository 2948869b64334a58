"""`dateline export`: tables of the store as JSON lines, CSV or Parquet."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from ..errors import UsageError
from .app import app
from .common import DB_OPTION, err, errors_to_exit


@app.command()
def export(
    format: str = typer.Option("jsonl", "--format", "-f", help="jsonl, csv or parquet."),
    kind: str = typer.Option("events", "--kind", "-k",
                             help="articles, timexes, mentions, quotes, events or rejects."),
    output: Path = typer.Option(None, "--output", "-o", help="Write here instead of stdout (required for parquet)."),
    db: str = DB_OPTION,
) -> None:
    """Export one table of the store.

    Example: [bold]dateline export --kind events --format parquet -o events.parquet --db dateline.db[/]

    JSON lines give events and quotes in the output contract's form; CSV and Parquet give
    the store's flat columns.
    """
    with errors_to_exit():
        from ..store.export import EXPORT_FORMATS, write_csv, write_jsonl, write_parquet
        from ..store.query import EXPORT_KINDS, StoreReader

        if format not in EXPORT_FORMATS:
            raise UsageError(f"--format: choose from {', '.join(EXPORT_FORMATS)}")
        if kind not in EXPORT_KINDS:
            raise UsageError(f"--kind: choose from {', '.join(EXPORT_KINDS)}")
        reader = StoreReader.open(db)
        if format == "parquet":
            if output is None:
                raise UsageError("parquet needs a file: give --output FILE.parquet")
            n = write_parquet(reader, kind, output)
        else:
            writer = write_jsonl if format == "jsonl" else write_csv
            if output is None:
                n = writer(reader, kind, sys.stdout)
            else:
                with output.open("w", encoding="utf-8", newline="") as stream:
                    n = writer(reader, kind, stream)
        err.print(f"exported {n} {kind} row(s)" + (f" to {output}" if output else ""))
