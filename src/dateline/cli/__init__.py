"""The command line. Parses options and calls the library; no logic of its own."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="dateline",
    help="Turn dated news articles into a sourced timeline of actors, dates, quotes and events.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)


def main() -> None:
    app()
