"""The Typer application that every command module attaches its commands to."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="dateline",
    help="Turn dated news articles into a sourced timeline of actors, dates, quotes and events.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)
