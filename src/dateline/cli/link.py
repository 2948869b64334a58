"""`dateline link`: group articles into stories and reports into events; flag disagreements."""

from __future__ import annotations

import typer

from .app import app
from .common import DB_OPTION, err, errors_to_exit, out


@app.command()
def link(
    db: str = DB_OPTION,
    threshold: float = typer.Option(0.2, "--threshold", min=0.0, max=1.0,
                                    help="Similarity (TF-IDF cosine) for an article to join a story."),
    window: int = typer.Option(7, "--window", min=0, help="Days a story stays open for new articles."),
) -> None:
    """Link across articles: stories, the same event reported many times, claims that disagree.

    Example: [bold]dateline link --db dateline.db[/]

    Recomputes the stories, event_groups and contradictions tables from the whole store
    in one transaction; run it after ingesting.
    """
    with errors_to_exit():
        from ..link.run import link_store
        from ..store.engine import open_engine

        engine = open_engine(db, create=False)
        with err.status("linking..."):
            summary = link_store(engine, threshold=threshold, window_days=window)
        stories = "story" if summary.stories == 1 else "stories"
        out.print(
            f"{summary.stories} {stories} ({summary.multi_article_stories} with several articles), "
            f"{summary.event_groups} distinct event(s) ({summary.events_reported_more_than_once} reported in "
            f"several articles), {summary.disagreements} disagreement(s)"
        )
