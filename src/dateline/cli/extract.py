"""`dateline extract`: analyze articles and print the records, without a store."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable
from typing import Any

import typer
from rich.markup import escape
from rich.table import Table

from ..model import Analysis, Article, Reject, to_json
from .app import app
from .common import (
    DATE_OPTION,
    EXIT_REJECTS,
    FIELD_OPTION,
    INPUT_FORMAT_OPTION,
    MAX_CHARS_OPTION,
    VERBOSE_OPTION,
    errors_to_exit,
    out,
    print_reject,
    print_reject_summary,
    read_options,
    setup_logging,
)

FORMATS = ("jsonl", "json", "table")


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Files, directories, globs, or - for stdin."),
    format: str = typer.Option("jsonl", "--format", "-f", help="jsonl (the output contract), json or table."),
    date: str = DATE_OPTION,
    field: list[str] = FIELD_OPTION,
    max_chars: int = MAX_CHARS_OPTION,
    input_format: str = INPUT_FORMAT_OPTION,
    verbose: bool = VERBOSE_OPTION,
) -> None:
    """Print the timexes, mentions, quotes and events of each article.

    Example: [bold]dateline extract examples/s400-turkey-2020-06-24.txt --format jsonl[/]

    JSONL prints one record per line: each article record, then its records. Rejected
    inputs are reported on stderr and make the exit code 1.
    """
    setup_logging(verbose)
    with errors_to_exit():
        if format not in FORMATS:
            raise typer.BadParameter(f"choose from {', '.join(FORMATS)}", param_hint="--format")
        options = read_options(date, field, max_chars, input_format)
        from ..nlp import shared_pipeline
        from ..run.extract import extract as run_extract

        nlp = shared_pipeline()
        rejects: list[Reject] = []
        json_array = _JsonArrayPrinter()
        printer: Callable[[Analysis | Article], None] = (
            _print_jsonl if format == "jsonl" else json_array if format == "json" else _print_table
        )
        for item in run_extract(paths, nlp, options):
            if isinstance(item, Reject):
                print_reject(item)
                rejects.append(item)
            else:
                printer(item)
        if format == "json":
            json_array.close()
        print_reject_summary(Counter(r.reason_kind() for r in rejects))
    if rejects:
        raise typer.Exit(EXIT_REJECTS)


def _objects(item: Analysis | Article) -> list[dict[str, Any]]:
    if isinstance(item, Article):
        return [item.to_json()]
    return list(item.to_jsonl_objects())


def _print_jsonl(item: Analysis | Article) -> None:
    for obj in _objects(item):
        sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


class _JsonArrayPrinter:
    """One JSON array of articles, each with its records nested by kind; streamed."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, item: Analysis | Article) -> None:
        if isinstance(item, Article):
            obj = item.to_json()
        else:
            obj = item.article.to_json()
            for kind in ("timexes", "mentions", "quotes", "events"):
                obj[kind] = [to_json(r) for r in getattr(item, kind)]
        sys.stdout.write(("[" if self.count == 0 else ",") + json.dumps(obj, ensure_ascii=False, indent=2) + "\n")
        self.count += 1

    def close(self) -> None:
        sys.stdout.write("[]\n" if self.count == 0 else "]\n")


def _print_table(item: Analysis | Article) -> None:
    if isinstance(item, Article):
        out.print(f"[bold]{escape(item.ref or '')}[/] {item.date}: near duplicate of {item.duplicate_of}")
        return
    article = item.article
    out.rule(escape(f"{article.ref or article.id} · {article.date} · {article.title or ''}"))
    table = Table("kind", "text", "at", "details", show_lines=False, expand=True)
    for t in item.timexes:
        table.add_row("timex", escape(t.text), f"{t.start}-{t.end}",
                      f"{t.type} {t.value}" + (f" {t.mod}" if t.mod else ""))
    for m in item.mentions:
        table.add_row("mention", escape(m.text), f"{m.start}-{m.end}",
                      escape(f"{m.actor or '-'} {m.name or ''} ({m.type})"))
    for q in item.quotes:
        who = q.speaker.name or q.speaker.text if q.speaker else "?"
        table.add_row("quote", escape(_short(q.text)), f"{q.start}-{q.end}",
                      escape(f"{who} · {q.cue or ''} · {q.date.value}"))
    for e in item.events:
        table.add_row("event", f"{e.source.actor} {e.code} {e.target.actor}", f"{e.start}-{e.end}",
                      f"{e.label} · {e.date.value} ({e.date.basis}) · {e.modality}")
    out.print(table)


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
