"""A task that kills its worker process on a marked article (for the cluster tests)."""

import os

from dateline.run.cluster import analyze_batch

MARK = "POISONPILL"


def analyze_or_die(articles, model, batch_size):
    if any(MARK in article.text for article in articles):
        os._exit(1)  # what a segfault or the OOM killer does to a worker
    return analyze_batch(articles, model, batch_size)
