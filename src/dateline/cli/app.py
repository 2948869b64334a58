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


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"dateline {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
) -> None:
    """Turn dated news articles into a sourced timeline of actors, dates, quotes and events."""
