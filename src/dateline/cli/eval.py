"""`dateline eval ...`: score extraction against gold data. One command per stage."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from .app import app
from .common import errors_to_exit, out

if TYPE_CHECKING:
    from ..eval.timex import Pair

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


@eval_app.command("events")
def events(
    gsr: Path = typer.Option(
        Path("../shared/data/events/petrarch_validation/derived/PETR2_GSR_validation.gold.jsonl"), "--gsr",
        help="GSR gold JSONL: sentences with (source, target, CAMEO) events."),
    plv: Path = typer.Option(Path("../shared/data/events/zsp_plv/PLV_test.tsv"), "--plv",
                             help="PLV TSV: sentences with a marked source/target pair and its PLOVER root."),
    manual: list[Path] = typer.Option(
        [Path("../shared/data/events/plover_gsr/PLOVER_GSR_CAMEO.json"),
         Path("../shared/data/events/ontology/icews_cameo-codes.csv")], "--manual",
        help="Files of CAMEO-manual example sentences; PLV accuracy is also given without them."),
    errors: bool = typer.Option(False, "--errors", help="List the GSR stories coded differently from the gold."),
) -> None:
    """Score event coding: CAMEO code/root P/R/F1 on GSR, PLOVER root accuracy on PLV.

    Example: [bold]dateline eval events --plv ../shared/data/events/zsp_plv/PLV_test.tsv[/]
    """
    with errors_to_exit():
        from ..eval.events import NONE, load_gsr, load_plv, manual_examples, score_gsr, score_plv
        from ..nlp import build_pipeline, load_model

        report = score_gsr(load_gsr(gsr), build_pipeline())
        table = Table("level", "precision", "recall", "F1", "predicted", "gold",
                      title=f"CAMEO events on {gsr.name} ({report.stories} stories, actors by country/IGO prefix)")
        for level, prf in (("code", report.code), ("root", report.root)):
            table.add_row(level, f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}", str(prf.predicted),
                          str(prf.gold))
        out.print(table)
        out.print(f"events per sentence: {report.events_per_sentence:.2f} "
                  f"(gold {report.gold_events_per_sentence:.2f}); "
                  f"coded predicates without both actors: {report.unresolved}")
        if report.skipped:
            out.print(f"skipped {report.skipped} record(s) without text ({report.skipped_gold} gold events)")
        if errors:
            from ..eval.events import actor_prefix

            for d in report.details:
                gold = sorted((actor_prefix(a), actor_prefix(b), c) for a, b, c in d["gold"])
                predicted = sorted((actor_prefix(a), actor_prefix(b), c) for a, b, c in d["predicted"])
                if gold != predicted:
                    out.print(f"{d['id']}: gold {d['gold']} predicted {d['predicted']}", markup=False)

        from ..extensions import register_extensions

        register_extensions()
        plv_report = score_plv(load_plv(plv), load_model(), manual_examples(manual))
        out.print(f"PLOVER root accuracy on {plv.name}: {plv_report.accuracy:.3f} "
                  f"({plv_report.correct}/{plv_report.rows}); "
                  f"without CAMEO-manual examples: {plv_report.subset_accuracy:.3f} "
                  f"({plv_report.subset_correct}/{plv_report.subset_rows}); predicted a type for "
                  f"{plv_report.coverage:.1%}")
        labels = sorted({g for g, _ in plv_report.confusion} | {p for _, p in plv_report.confusion} - {NONE}) + [NONE]
        matrix = Table(title="PLV confusion matrix (rows gold, columns predicted)", padding=(0, 1))
        for name in ["gold", *[lab[:3] for lab in labels]]:
            matrix.add_column(name, no_wrap=True, min_width=3 if name != "gold" else 4)
        for g in labels[:-1]:
            matrix.add_row(g[:3], *[str(plv_report.confusion.get((g, p), "")) for p in labels])
        out.print(matrix)


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


@eval_app.command("actors")
def actors(
    gold: Path = typer.Option(Path("tests/actors/data/allsides_mentions.jsonl"), "--gold",
                              help="Hand-labelled mentions (JSONL)."),
    allsides: Path = typer.Option(Path("../shared/data/news/allsides-article-bias"), "--allsides",
                                  help="The AllSides folder the gold items point into."),
    errors: bool = typer.Option(False, "--errors", help="List the mentions read wrong."),
) -> None:
    """Score actor resolution against hand-labelled mentions in AllSides articles.

    Example: [bold]dateline eval actors --gold tests/actors/data/allsides_mentions.jsonl[/]
    """
    with errors_to_exit():
        from ..eval.actors import load_articles, load_gold, score
        from ..nlp import build_pipeline

        if not allsides.is_dir():
            raise typer.BadParameter("AllSides data not found; pass --allsides PATH", param_hint="--allsides")
        items = load_gold(gold)
        result = score(items, build_pipeline(), load_articles(allsides, {i["article"] for i in items}))
        table = Table("gold type", "correct", "total", "accuracy", title=f"actors: {gold}")
        for kind, (right, total) in sorted(result.by_type.items()):
            table.add_row(kind, str(right), str(total), f"{right / total:.3f}")
        table.add_row("all", str(result.correct), str(result.total), f"{result.accuracy:.3f}", style="bold")
        out.print(table)
        if errors:
            for error in result.errors:
                out.print(error)


GoldDir = Annotated[Path, typer.Argument(exists=True, help="Folder of TimeML .tml files, or a stand-off "
                                         ".jsonl gold file over AllSides or Reuters-21578 news (needs "
                                         "DATELINE_SHARED).")]
Errors = Annotated[bool, typer.Option("--errors", help="Also list every miss, spurious and wrong value.")]
AsJson = Annotated[bool, typer.Option("--json", help="Print the figures as one JSON line instead.")]
Census = Annotated[bool, typer.Option("--census", help="Also count the errors by cause (missed, span, "
                                      "direction, anchor, granularity, ...) and list each class.")]


@eval_app.command("timex")
def timex(gold_dir: GoldDir, errors: Errors = False, as_json: AsJson = False, census: Census = False) -> None:
    """Score the timex stage with the official TempEval-3 Task A figures (strict and relaxed
    match, value and type F1) over TimeML .tml files.

    Example: [bold]dateline eval timex ../shared/data/temporal/tempeval3/platinum[/]
    or [bold]dateline eval timex tests/time/data/allsides_timex_dev.jsonl[/]
    """
    with errors_to_exit():
        from ..eval.timex import evaluate_dir

        scores = evaluate_dir(gold_dir)
        figures = scores.as_dict()
        if as_json:
            typer.echo(json.dumps(figures))
            return
        table = Table("=== Timex Performance ===", "F1", "P", "R", title=f"TempEval-3 Task A: {gold_dir}")
        table.add_row("Strict Match", *(f"{figures[k]:.2f}" for k in ("strict_f1", "strict_p", "strict_r")))
        table.add_row("Relaxed Match", *(f"{figures[k]:.2f}" for k in ("relaxed_f1", "relaxed_p", "relaxed_r")))
        attributes = Table("Attribute F1", "Value", "Type")
        attributes.add_row("", f"{figures['value_f1']:.2f}", f"{figures['type_f1']:.2f}")
        out.print(table)
        out.print(attributes)
        out.print(f"gold {scores.gold}, system {scores.system}, strict {scores.strict}, "
                  f"relaxed {scores.relaxed}, type {scores.type_match}, value {scores.value_match}")
        if errors and not census:
            for p in scores.pairs:
                g, s = p.gold, p.system
                if g is not None and s is not None and (g.value, g.start, g.end) == (s.value, s.start, s.end):
                    continue
                gold = f"{g.text!r} {g.type} {g.value}" if g else "-"
                system = f"{s.text!r} {s.type} {s.value}" if s else "-"
                typer.echo(f"{p.doc}\tgold: {gold}\tsystem: {system}")
        if census:
            _print_census(gold_dir, scores.pairs, listing=errors)


def _print_census(gold_dir: Path, pairs: list[Pair], listing: bool) -> None:
    """The error census of a timex run: a count per cause, then (with --errors) each class's pairs."""
    from ..eval.standoff import read_gold
    from ..eval.timex_census import census

    result = census(pairs, {d.name: d.dct for d in read_gold(gold_dir)})
    table = Table("cause", "errors", title="Timex errors by cause")
    for cause, count in result.rows():
        table.add_row(cause, str(count))
    table.add_row("all", str(sum(result.counts.values())), style="bold")
    out.print(table)
    if listing:
        for cause, _ in result.rows():
            for p in result.pairs.get(cause, []):
                g, s = p.gold, p.system
                gold = f"{g.text!r} {g.type} {g.value}" if g else "-"
                system = f"{s.text!r} {s.type} {s.value}" if s else "-"
                typer.echo(f"[{cause}]\t{p.doc}\tgold: {gold}\tsystem: {system}")
