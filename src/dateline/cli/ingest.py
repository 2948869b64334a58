"""`dateline ingest`: analyze articles into a store, with a progress bar and a summary."""

from __future__ import annotations

import contextlib
import logging
import shlex
import sys
import time

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeRemainingColumn

from ..model import Reject
from .app import app
from .common import (
    DATE_OPTION,
    DB_OPTION,
    EXIT_REJECTS,
    FIELD_OPTION,
    INPUT_FORMAT_OPTION,
    MAX_CHARS_OPTION,
    VERBOSE_OPTION,
    err,
    errors_to_exit,
    print_reject_summary,
    read_options,
    setup_logging,
)


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, directories, globs, or - for stdin."),
    db: str = DB_OPTION,
    date: str = DATE_OPTION,
    field: list[str] = FIELD_OPTION,
    max_chars: int = MAX_CHARS_OPTION,
    input_format: str = INPUT_FORMAT_OPTION,
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Articles per transaction and spaCy batch."),
    workers: int = typer.Option(
        1, "--workers", min=0,
        help="Analyze on N local worker processes (a Dask LocalCluster); 0 = one per core; 1 = in this process."),
    scheduler: str = typer.Option(
        None, "--scheduler",
        help="Send the analysis to a Dask cluster: its scheduler address, e.g. tcp://10.0.0.5:8786."),
    verbose: bool = VERBOSE_OPTION,
) -> None:
    """Analyze articles and store everything found in them.

    Example: [bold]dateline ingest examples/ --db dateline.db[/]

    Each batch is one transaction: stop it at any moment and run it again to resume.
    Articles already in the store are skipped, unless another version of dateline stored
    them: those are analyzed again and their records replaced. Near duplicates are linked,
    not analyzed.
    Rejected inputs are listed, recorded in the store's rejects table, and make the exit code 1.

    With --workers N or --scheduler ADDRESS the analysis runs on Dask workers (model loaded
    once per worker); reading, dedup and the store writes stay here. A killed worker's
    articles are analyzed again elsewhere.
    """
    setup_logging(verbose)
    with errors_to_exit():
        options = read_options(date, field, max_chars, input_format)
        from ..ingest.sources import count_items
        from ..nlp import shared_pipeline
        from ..run.ingest import IngestSummary
        from ..run.ingest import ingest as run_ingest
        from ..store.writer import StoreWriter

        writer = StoreWriter.open(db)
        with contextlib.ExitStack() as stack:
            nlp, analyzer = None, None
            if scheduler or workers != 1:
                from ..run.cluster import DaskAnalyzer, dask_client

                if not verbose:  # Dask's scheduler logs every worker's comings and goings at INFO
                    logging.getLogger("distributed").setLevel(logging.WARNING)

                where = scheduler or f"{workers or 'one per core'} local worker process(es)"
                with err.status(f"starting Dask ({where}) and loading the language model on each worker..."):
                    client = stack.enter_context(dask_client(workers=workers, scheduler=scheduler))
                analyzer = DaskAnalyzer(client, batch_size=batch_size)
            else:
                with err.status("loading the language model..."):
                    nlp = shared_pipeline()
            total = count_items(paths, options)
            started = time.perf_counter()
            columns = [SpinnerColumn(), TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
                       TextColumn("{task.fields[rate]} articles/s"), TextColumn("ETA"), TimeRemainingColumn()]
            with Progress(*columns, console=err, transient=True) as progress:
                task = progress.add_task("ingest", total=total, rate="-")

                def on_batch(summary: IngestSummary, rejects: list[Reject]) -> None:
                    for reject in rejects:
                        progress.console.print(f"[red]rejected[/] {reject.message()}", highlight=False)
                    elapsed = time.perf_counter() - started
                    progress.update(task, completed=summary.seen, rate=f"{summary.seen / max(elapsed, 1e-9):.1f}")

                command = "dateline ingest " + " ".join(shlex.quote(a) for a in sys.argv[2:])
                summary = run_ingest(paths, writer, nlp, options, command=command, batch_size=batch_size,
                                     on_batch=on_batch, analyzer=analyzer)
        elapsed = time.perf_counter() - started
        reanalyzed = (f" ({summary.reanalyzed} of them stored by another version of dateline: analyzed again, "
                      "their records replaced)" if summary.reanalyzed else "")
        err.print(
            f"[green]ingested[/] {summary.articles} article(s) with {summary.events} event(s) into {db} "
            f"in {elapsed:.1f}s{reanalyzed}; {summary.duplicates} near duplicate(s) linked, "
            f"{summary.already_stored} already stored, {summary.rejected} rejected (run {summary.run_id})"
        )
        print_reject_summary(summary.reject_reasons)
    if summary.rejected:
        raise typer.Exit(EXIT_REJECTS)
