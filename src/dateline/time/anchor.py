"""Dating events and statements: the temporal expression that governs a predicate.

"Moscow and Ankara signed a loan agreement ... in September 2017" is a 2017 event even
in a 2020 article. A predicate takes its date from a DATE or TIME expression of its own
clause: one whose chain of syntactic heads reaches the predicate, or reaches a verb of
the predicate's clause (the predicate itself, the verbs it complements: "decided to
suspend ... last year"), without crossing into another clause. Failing that, the article
date is the date, with ``basis="article"``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Token

from ..extensions import doc_text
from ..model import RecordDate, Timex

#: Dependencies that keep a verb in the clause of its head ("decided to suspend").
_SAME_CLAUSE = {"xcomp", "conj", "aux", "auxpass", "acomp", "oprd", "prt"}
#: Dependencies that open a clause of their own: a timex below them dates that clause.
_CLAUSE_EDGES = {"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj", "pcomp"}
_MAX_HOPS = 12


def article_fallback(article_date: dt.date | None) -> RecordDate:
    """The article date as the date of a record the text does not date."""
    value = article_date.isoformat() if article_date is not None else "PRESENT_REF"
    return RecordDate(value=value, basis="article")


def _clause_verbs(predicate: Token) -> set[int]:
    """The predicate and the verbs above it in the same clause (token indices)."""
    out = {predicate.i}
    token = predicate
    for _ in range(_MAX_HOPS):
        if token.dep_ not in _SAME_CLAUSE or token.head is token:
            break
        token = token.head
        out.add(token.i)
    return out


def _path_to_clause(root: Token, predicate: Token, clause: set[int]) -> int | None:
    """Hops from a timex's root up to the predicate or its clause, None if it never gets there.

    The walk stops at the first verb: a timex dates the clause of its nearest verb.
    """
    token = root
    for hops in range(_MAX_HOPS):
        if token.i == predicate.i or token.i in clause:
            return hops
        if token.i != root.i and token.pos_ in ("VERB", "AUX"):
            return None
        if token.i != root.i and token.pos_ in ("NOUN", "PROPN"):
            return None  # "a delay in April": the timex dates the noun, not the verb
        if token.dep_ in _CLAUSE_EDGES or token.head is token:
            return None
        token = token.head
    return None


def _datable(timex: Timex) -> bool:
    return timex.type in ("DATE", "TIME") and not timex.value.startswith("P")


def _record(timex: Timex) -> RecordDate:
    return RecordDate(value=timex.value, basis="text", text=timex.text, start=timex.start,
                      end=timex.end, mod=timex.mod)


def date_for(predicate: Token, timexes: Sequence[Timex], article_date: dt.date | None) -> RecordDate:
    """The date the text gives to the clause of ``predicate``, else the article date.

    ``timexes`` are the article's temporal expressions (the timex stage's output);
    ``predicate`` a token of the Doc they were found in (an event's verb, a quote's cue).
    """
    doc = predicate.doc
    if doc.has_annotation("SENT_START"):
        sent = predicate.sent
        lo, hi = sent.start_char, sent.end_char
    else:
        lo, hi = 0, len(doc_text(doc))
    candidates = [t for t in timexes if _datable(t) and lo <= t.start and t.end <= hi]
    if not candidates:
        return article_fallback(article_date)
    if not doc.has_annotation("DEP"):
        # No parse: the nearest expression of the sentence is the best guess there is.
        pos = predicate.idx
        return _record(min(candidates, key=lambda t: min(abs(t.start - pos), abs(t.end - pos))))
    clause = _clause_verbs(predicate)
    best: tuple[int, int, Timex] | None = None
    for timex in candidates:
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        hops = _path_to_clause(span.root, predicate, clause)
        if hops is None:
            continue
        distance = min(abs(timex.start - predicate.idx), abs(timex.end - predicate.idx))
        if best is None or (hops, distance) < best[:2]:
            best = (hops, distance, timex)
    return _record(best[2]) if best else article_fallback(article_date)
