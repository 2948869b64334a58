"""The README documents every command and every option (sqlite-utils/datasette style docs test)."""

import click
import pytest
import typer.main

from dateline.cli import app

from .conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "dateline"):
    for name, command in group.commands.items():
        path = f"{prefix} {name}"
        if isinstance(command, click.Group):
            yield from _commands(command, path)
        else:
            yield path, command


COMMANDS = sorted(_commands(typer.main.get_command(app)), key=lambda c: c[0])


@pytest.mark.parametrize("path, command", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_docs_readme_documents_command_and_options(path, command):
    assert f"`{path}" in README or f"    {path}" in README, f"README does not show {path}"
    for param in command.params:
        for option in getattr(param, "opts", []):
            if option.startswith("--") and option != "--help":
                assert option in README, f"README does not mention {option} of {path}"
