"""`dateline eval ...`: score extraction against gold data. One command per stage."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from .app import app

eval_app = typer.Typer(help="Score dateline's extraction against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


GoldDir = Annotated[Path, typer.Argument(exists=True, file_okay=False, help="Folder of TimeML .tml files.")]
Errors = Annotated[bool, typer.Option("--errors", help="Also list every miss, spurious and wrong value.")]
AsJson = Annotated[bool, typer.Option("--json", help="Print the figures as one JSON line instead.")]


@eval_app.command("timex")
def timex(gold_dir: GoldDir, errors: Errors = False, as_json: AsJson = False) -> None:
    """TempEval-3 Task A scoring of the timex stage (official toolkit's figures)."""
    from ..eval.timex import evaluate_dir

    scores = evaluate_dir(gold_dir)
    console = Console()
    if as_json:
        console.print_json(json.dumps(scores.as_dict()))
        return
    figures = scores.as_dict()
    table = Table(title=f"=== Timex Performance === ({gold_dir})")
    for column in ("", "F1", "P", "R"):
        table.add_column(column, justify="right" if column else "left")
    table.add_row("Strict Match", *(f"{figures[k]:.2f}" for k in ("strict_f1", "strict_p", "strict_r")))
    table.add_row("Relaxed Match", *(f"{figures[k]:.2f}" for k in ("relaxed_f1", "relaxed_p", "relaxed_r")))
    attributes = Table(title="Attribute F1")
    attributes.add_column("Value", justify="right")
    attributes.add_column("Type", justify="right")
    attributes.add_row(f"{figures['value_f1']:.2f}", f"{figures['type_f1']:.2f}")
    console.print(table)
    console.print(attributes)
    console.print(f"gold {scores.gold}, system {scores.system}, strict {scores.strict}, "
                  f"relaxed {scores.relaxed}, type {scores.type_match}, value {scores.value_match}")
    if errors:
        for p in scores.pairs:
            g, s = p.gold, p.system
            if g is not None and s is not None and (g.value, g.start, g.end) == (s.value, s.start, s.end):
                continue
            gold = f"{g.text!r} {g.type} {g.value}" if g else "-"
            system = f"{s.text!r} {s.type} {s.value}" if s else "-"
            typer.echo(f"{p.doc}\tgold: {gold}\tsystem: {system}")
