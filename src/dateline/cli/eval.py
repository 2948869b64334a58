"""`dateline eval ...`: score extraction against gold data. One command per stage."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .app import app

eval_app = typer.Typer(help="Score dateline's extraction against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


@eval_app.command("quotes")
def quotes_command(
    split: Annotated[str, typer.Option(help="PolNeAR split: train/dev to develop, test to measure.")] = "dev",
    data: Annotated[Path | None, typer.Option(help="The PolNeAR folder (default: ../shared/...).")] = None,
    limit: Annotated[int | None, typer.Option(help="Score only the first N articles.")] = None,
) -> None:
    """Quote attribution (source, cue, content) against PolNeAR, as citron reports on PARC3."""
    from rich.console import Console
    from rich.table import Table

    from ..eval.quotes import default_data_dir, evaluate, load_split
    from ..nlp import build_pipeline

    root = data or default_data_dir()
    if root is None or not root.is_dir():
        raise typer.BadParameter("PolNeAR not found; pass --data PATH", param_hint="--data")
    docs = load_split(root, split, limit)
    nlp = build_pipeline()
    with nlp.select_pipes(disable=["dateline_events"]):
        score = evaluate(docs, nlp)
    table = Table(title=f"PolNeAR {split}: {score.documents} articles, "
                        f"{score.gold} gold / {score.predicted} predicted attributions")
    for col in ("span", "exact P", "exact R", "exact F1", "overlap P", "overlap R", "overlap F1"):
        table.add_column(col, justify="right" if col != "span" else "left")
    for name, counts in score.fields.items():
        cells = [f"{100 * v:.1f}" for v in (*counts.exact(), *counts.overlapping())]
        table.add_row(name, *cells)
    Console().print(table)
