"""The per-article analysis: ``analyze(article, nlp) -> Analysis``, a pure function.

No I/O and no state beyond the loaded pipeline: what makes batching, multiprocessing
and distributed runs trivial.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .model import Analysis, Article, Event, Mention, Quote, Timex, from_json


def make_doc(nlp: Language, article: Article) -> Doc:
    """A tokenized Doc carrying the article's id and date for the dateline components."""
    doc = nlp.make_doc(article.text)
    doc._.dl_date = article.date.isoformat()
    doc._.dl_article = article.id
    doc._.dl_source = article.source
    return doc


def analysis_from_doc(article: Article, doc: Doc) -> Analysis:
    """Collect the records the dateline components left on a processed Doc."""
    return Analysis(
        article=article,
        timexes=[from_json(Timex, r) for r in doc._.dl_timexes or ()],
        mentions=[from_json(Mention, r) for r in doc._.dl_mentions or ()],
        quotes=[from_json(Quote, r) for r in doc._.dl_quotes or ()],
        events=[from_json(Event, r) for r in doc._.dl_events or ()],
        unresolved_events=doc._.dl_unresolved_events or 0,
    )


def analyze(article: Article, nlp: Language) -> Analysis:
    """Analyze one article with a pipeline from :func:`dateline.nlp.build_pipeline`."""
    return analysis_from_doc(article, nlp(make_doc(nlp, article)))


def analyze_many(articles: Iterable[Article], nlp: Language, batch_size: int = 16) -> Iterator[Analysis]:
    """Analyze articles in order, batching the spaCy work with ``nlp.pipe``."""
    pending: deque[Article] = deque()  # articles whose docs nlp.pipe has taken but not yet returned

    def docs() -> Iterator[Doc]:
        for article in articles:
            pending.append(article)
            yield make_doc(nlp, article)

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        yield analysis_from_doc(pending.popleft(), doc)
