"""`dateline eval ...`: score extraction against gold data. One command per stage."""

from __future__ import annotations

import typer

from .app import app

eval_app = typer.Typer(help="Score dateline's extraction against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
