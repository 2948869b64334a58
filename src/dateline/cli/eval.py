"""`dateline eval ...`: score extraction against gold data. One command per stage."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from .app import app
from .common import errors_to_exit, out

eval_app = typer.Typer(help="Score dateline's extraction against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


@eval_app.command("stories")
def stories(
    gold: Path = typer.Argument(Path("../shared/data/clustering/ecbplus"), help="The ECB+ folder (or its JSONL)."),
    part: str = typer.Option("test", "--part", help="dev (odd topics), test (even topics) or all."),
    threshold: float = typer.Option(0.2, "--threshold", help="Story similarity threshold."),
) -> None:
    """Score story clustering on ECB+ with B-cubed precision, recall and F1.

    Example: [bold]dateline eval stories ../shared/data/clustering/ecbplus --part test[/]
    """
    with errors_to_exit():
        from ..eval.stories import load_ecb, score_stories, split

        if part not in ("dev", "test", "all"):
            raise typer.BadParameter("choose dev, test or all", param_hint="--part")
        scores = score_stories(split(load_ecb(gold), part), threshold)
        table = Table("part", "threshold", "B3 precision", "B3 recall", "B3 F1", "clusters", "gold clusters",
                      title="story clustering on ECB+")
        table.add_row(part, f"{threshold:.2f}", f"{scores.bcubed_precision:.3f}", f"{scores.bcubed_recall:.3f}",
                      f"{scores.bcubed_f1:.3f}", str(scores.clusters), str(scores.gold_clusters))
        out.print(table)
