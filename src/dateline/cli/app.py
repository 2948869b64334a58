"""The Typer application that every command module attaches its commands to."""

from __future__ import annotations

import inspect
import re

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


def reflow_help(*apps: typer.Typer) -> None:
    """Give each command of ``apps`` its docstring with every paragraph on one line.

    Typer's rich mode keeps a docstring's single line breaks, so source lines wrapped at our
    line length came out broken twice on an 80-column terminal; joined, rich wraps each
    paragraph to the terminal's width.
    """
    for typer_app in apps:
        for command in typer_app.registered_commands:
            if command.help is None and command.callback is not None:
                doc = inspect.getdoc(command.callback) or ""
                command.help = re.sub(r"(?<!\n)\n(?!\n)", " ", doc)
