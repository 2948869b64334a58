"""`dateline eval ...`: score extraction against gold data. One command per stage."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .app import app

eval_app = typer.Typer(help="Score dateline's extraction against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


GoldOption = Annotated[Path, typer.Option(help="hand-labelled mentions (JSONL)")]
AllsidesOption = Annotated[
    Path, typer.Option(help="folder of the AllSides articles the gold items point into")
]


@eval_app.command("actors")
def eval_actors(
    gold: GoldOption = Path("tests/actors/data/allsides_mentions.jsonl"),
    allsides: AllsidesOption = Path("../shared/data/news/allsides-article-bias"),
    errors: Annotated[bool, typer.Option(help="list the mentions read wrong")] = False,
) -> None:
    """Score actor resolution against hand-labelled mentions in AllSides articles."""
    from rich.console import Console
    from rich.table import Table

    from ..eval.actors import load_articles, load_gold, score
    from ..nlp import build_pipeline

    items = load_gold(gold)
    articles = load_articles(allsides, {i["article"] for i in items})
    result = score(items, build_pipeline(), articles)
    table = Table(title=f"actors: {gold}")
    for column in ("gold type", "correct", "total", "accuracy"):
        table.add_column(column, justify="right" if column != "gold type" else "left")
    for kind, (right, total) in sorted(result.by_type.items()):
        table.add_row(kind, str(right), str(total), f"{right / total:.3f}")
    table.add_row("all", str(result.correct), str(result.total), f"{result.accuracy:.3f}", style="bold")
    console = Console()
    console.print(table)
    if errors:
        for error in result.errors:
            console.print(error)
