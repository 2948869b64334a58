"""`dateline timeline`, `stats`, `actors`, `quotes`: answers from the store."""

from __future__ import annotations

import json
import sys
from typing import Any

import typer
from rich.markup import escape
from rich.table import Table

from ..model import MODALITIES
from .app import app
from .common import DB_OPTION, errors_to_exit, out

FROM_OPTION = typer.Option(None, "--from", help="Only what happened on or after this date (YYYY-MM-DD).")
TO_OPTION = typer.Option(None, "--to", help="Only what happened on or before this date (YYYY-MM-DD).")
LIMIT_OPTION = typer.Option(100, "--limit", "-n", min=1, help="At most this many rows.")
JSON_OPTION = typer.Option(False, "--json", help="Print JSON lines instead of a table.")


def _reader(db: str):  # type: ignore[no-untyped-def]
    from ..store.query import StoreReader

    return StoreReader.open(db)


def _range(date_from: str | None, date_to: str | None):  # type: ignore[no-untyped-def]
    from ..errors import InputError, UsageError
    from ..ingest.article import parse_date
    from ..store.query import DateRange

    try:
        first = parse_date(date_from).isoformat() if date_from else None
        last = parse_date(date_to).isoformat() if date_to else None
    except InputError as error:
        raise UsageError(f"--from/--to: {error.reason}") from None
    return DateRange(first, last)


def _print_json_lines(rows: list[dict]) -> None:  # type: ignore[type-arg]
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


def _article_label(event: dict[str, Any]) -> str:
    """The article's headline, else the last part of its path or URL (no room for directories)."""
    if event.get("article_title"):
        return str(event["article_title"])
    ref = event.get("article_ref")
    return ref.rstrip("/").rsplit("/", 1)[-1] if ref else str(event["article"])


def _add_article_column(table: Table) -> None:
    # A long headline takes one line, cut to a sixth of the terminal (rich does not narrow
    # a column that does not wrap).
    table.add_column("article", max_width=max(12, min(40, out.width // 6)), no_wrap=True, overflow="ellipsis")


def _article_cell(row: dict[str, Any]) -> str:
    """The record's article: its headline (or file name), and its publication date under it."""
    return f"{escape(_article_label(row))}\n[dim]{row['article_date']}[/]"


def _actor_cell(p: dict[str, Any] | None) -> str:
    """A participant: its name (else its words) and, dimmed, its actor code."""
    p = p or {}
    return f"{escape(p.get('name') or p.get('text') or '?')} [dim]{p.get('actor') or ''}[/]"


def _date_cell(date: dict[str, Any]) -> str:
    """A record's own date; "(article)" on a line of its own when it is the publication date."""
    cell = date["value"] + (f" {date['mod']}" if date.get("mod") else "")
    return cell if date["basis"] == "text" else cell + "\n[dim](article)[/]"


@app.command()
def timeline(
    actor: str = typer.Option(None, "--actor", help="An actor code prefix (TUR, USAGOV) or a name (Turkey)."),
    date_from: str = FROM_OPTION,
    date_to: str = TO_OPTION,
    modality: str = typer.Option(None, "--modality", help=f"One of: {', '.join(MODALITIES)}."),
    limit: int = LIMIT_OPTION,
    as_json: bool = JSON_OPTION,
    db: str = DB_OPTION,
) -> None:
    """Events in the order they happened (by the date the text gives them).

    Example: [bold]dateline timeline --actor TUR --from 2019-01-01 --db dateline.db[/]

    The date column is the event's own date; "(article)" marks events the text does not
    date, placed at their article's publication date.
    """
    with errors_to_exit():
        if modality and modality not in MODALITIES:
            raise typer.BadParameter(f"choose from {', '.join(MODALITIES)}", param_hint="--modality")
        rows = _reader(db).events(actor=actor, dates=_range(date_from, date_to), modality=modality, limit=limit)
        if as_json:
            _print_json_lines(rows)
            return
        table = Table(title=f"timeline ({len(rows)} events)")
        table.add_column("date", no_wrap=True)
        table.add_column("what")
        table.add_column("who")
        table.add_column("to whom")
        table.add_column("modality")
        _add_article_column(table)
        for e in rows:
            attributed = e["attributed_to"]
            modality = e["modality"]
            if attributed:
                modality += f" ({escape(attributed['name'] or attributed['text'])})"
            table.add_row(
                _date_cell(e["date"]),
                f"{e['label']} [dim]({e['code']})[/]",
                _actor_cell(e["source"]),
                _actor_cell(e["target"]),
                modality,
                _article_cell(e),
            )
        out.print(table)


@app.command()
def stats(db: str = DB_OPTION, as_json: bool = JSON_OPTION) -> None:
    """Counts of articles, records, actors and rejects in the store.

    Example: [bold]dateline stats --db dateline.db[/]
    """
    with errors_to_exit():
        numbers = _reader(db).stats()
        if as_json:
            _print_json_lines([numbers])
            return
        table = Table("what", "count", title=f"store {db}")
        for key, value in numbers.items():
            if isinstance(value, dict):
                value = ", ".join(f"{k}: {v}" for k, v in value.items()) or "-"
            table.add_row(key.replace("_", " "), str(value))
        out.print(table)


@app.command()
def actors(db: str = DB_OPTION, limit: int = LIMIT_OPTION, as_json: bool = JSON_OPTION) -> None:
    """Actors found in the store, most mentioned first.

    Example: [bold]dateline actors --db dateline.db -n 20[/]
    """
    with errors_to_exit():
        rows = _reader(db).actors(limit=limit)
        if as_json:
            _print_json_lines(rows)
            return
        table = Table("actor", "name", "type", "mentions", "articles", title="actors")
        for r in rows:
            table.add_row(r["actor"], escape(r["name"] or ""), r["type"], str(r["mentions"]), str(r["articles"]))
        out.print(table)


@app.command()
def quotes(
    speaker: str = typer.Option(None, "--speaker", help="Part of the speaker's name or words (Erdogan)."),
    actor: str = typer.Option(None, "--actor", help="The speaker's actor: a code prefix or a name."),
    search: str = typer.Option(None, "--search", "-s", help="Words in the quote (full-text search)."),
    date_from: str = FROM_OPTION,
    date_to: str = TO_OPTION,
    limit: int = LIMIT_OPTION,
    as_json: bool = JSON_OPTION,
    db: str = DB_OPTION,
) -> None:
    """Who said what, and when.

    Example: [bold]dateline quotes --speaker Erdogan --search S-400 --db dateline.db[/]
    """
    with errors_to_exit():
        rows = _reader(db).quotes(speaker=speaker, actor=actor, search=search,
                                  dates=_range(date_from, date_to), limit=limit)
        if as_json:
            _print_json_lines(rows)
            return
        table = Table("date", "speaker", "cue", "quote", title=f"quotes ({len(rows)})", expand=True)
        _add_article_column(table)
        for q in rows:
            table.add_row(
                _date_cell(q["date"]),
                _actor_cell(q["speaker"]),
                escape(q["cue"] or ""),
                escape(("“" if q["direct"] else "") + q["text"] + ("”" if q["direct"] else "")),
                _article_cell(q),
            )
        out.print(table)


@app.command()
def rejects(
    run: int = typer.Option(None, "--run", help="Only the rejects of this run (see dateline stats)."),
    limit: int = LIMIT_OPTION,
    as_json: bool = JSON_OPTION,
    db: str = DB_OPTION,
) -> None:
    """Inputs that could not be read as dated articles, and why.

    Example: [bold]dateline rejects --db dateline.db[/]
    """
    with errors_to_exit():
        rows = _reader(db).rejects(run_id=run, limit=limit)
        if as_json:
            _print_json_lines(rows)
            return
        table = Table("run", "input", "line", "reason", title=f"rejects ({len(rows)})", expand=True)
        for r in rows:
            table.add_row(str(r["run_id"] or ""), escape(r["source"]), str(r["line"] or ""), escape(r["reason"]))
        out.print(table)
