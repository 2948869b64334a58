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


@eval_app.command("quotes")
def quotes(
    split: str = typer.Option("dev", "--split", help="PolNeAR split: train or dev to develop, test to measure."),
    data: Path | None = typer.Option(None, "--data", help="The PolNeAR folder (default: ../shared/...)."),
    limit: int | None = typer.Option(None, "--limit", help="Score only the first N articles."),
) -> None:
    """Score quote attribution (source, cue, content) on PolNeAR, with citron's metrics.

    Example: [bold]dateline eval quotes --split dev --data ../shared/data/quotes/polnear[/]
    """
    with errors_to_exit():
        from ..eval.quotes import default_data_dir, evaluate, load_split
        from ..nlp import build_pipeline

        root = data or default_data_dir()
        if root is None or not root.is_dir():
            raise typer.BadParameter("PolNeAR not found; pass --data PATH", param_hint="--data")
        if split not in ("train", "dev", "test"):
            raise typer.BadParameter("choose train, dev or test", param_hint="--split")
        docs = load_split(root, split, limit)
        nlp = build_pipeline()
        with nlp.select_pipes(disable=["dateline_events"]):
            score = evaluate(docs, nlp)
        table = Table("span", "exact P", "exact R", "exact F1", "overlap P", "overlap R", "overlap F1",
                      title=f"PolNeAR {split}: {score.documents} articles, "
                            f"{score.gold} gold / {score.predicted} predicted attributions")
        for name, counts in score.fields.items():
            table.add_row(name, *(f"{100 * v:.1f}" for v in (*counts.exact(), *counts.overlapping())))
        out.print(table)
