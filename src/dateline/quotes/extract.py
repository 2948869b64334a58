"""Quotes and reported statements with their speakers: ``find_quotes(doc, ...)``.

1. Candidates: every cue the parse shows with its source and, where the parse gives
   one, its content (cues.py).
2. Resolution, outer cue first: a content made of quoted text becomes the whole
   quotation (all its paragraphs, and the other half of a quote split around the cue);
   a cue with no content takes the quotation next to it ("“...”, Borisov told
   reporters"); a cue inside another statement's content or inside quotation marks is
   not a statement of its own (each word belongs to at most one statement).
3. Quotations still unattributed take the cue that governs them in the parse
   (described by Erdogan as a “done” deal).

A sentence that fails is logged and skipped; the rest of the article goes on.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import re
from collections.abc import Sequence

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from ..extensions import doc_text
from ..model import Mention, Quote, Timex
from ..time.anchor import date_for
from .cues import SIGNING_DASHES, colon_candidate, dash_candidate, noun_candidate, preposition_candidate
from .data import CueLexicon, cue_lexicon, media_lexicon
from .marks import QuoteSpan, quote_spans
from .medium import find_medium
from .predicates import predicate_candidate
from .spans import overlaps, trimmed
from .speaker import resolve_speaker
from .syntax import Candidate
from .verbs import verb_candidate

log = logging.getLogger(__name__)

EXTRACTOR = "dateline.quotes.v1"
#: What may stand between a quotation and its cue: "“...”, Borisov said", "said: “...”".
_GAP = re.compile(r"[\s,;:—–-]*")
_OUTLET_TYPES = frozenset({"media"})


class _Quotes:
    """The quotation marks of one Doc, indexed for lookups by character offset."""

    def __init__(self, doc: Doc) -> None:
        self.text = doc_text(doc)
        self.spans = quote_spans(self.text)
        self.starts = [s.outer_start for s in self.spans]
        self.groups: dict[int, list[QuoteSpan]] = {}
        for s in self.spans:
            self.groups.setdefault(s.group, []).append(s)

    def at(self, pos: int) -> QuoteSpan | None:
        """The quotation whose marks enclose character ``pos``."""
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and self.spans[i].outer_start <= pos < self.spans[i].outer_end:
            return self.spans[i]
        return None

    def before(self, pos: int, text: str) -> QuoteSpan | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        while i >= 0 and self.spans[i].outer_end > pos:
            i -= 1
        if i >= 0 and _near(text, self.spans[i].outer_end, pos, colon_ok=False):
            return self.spans[i]
        return None

    def after(self, pos: int, text: str) -> QuoteSpan | None:
        i = bisect.bisect_left(self.starts, pos)
        if i < len(self.spans) and _near(text, pos, self.spans[i].outer_start, colon_ok=True):
            return self.spans[i]
        return None


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    """Character extent of the line (paragraph) around ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, (len(text) if end < 0 else end)


def _near(text: str, start: int, end: int, colon_ok: bool) -> bool:
    """Whether only punctuation stands between a cue clause and a quotation; a paragraph
    break only after a colon ("Parker Eaton said:" then the quoted paragraph)."""
    if not _GAP.fullmatch(text, start, end):
        return False
    gap = text[start:end]
    after_colon = gap.strip().endswith(":") or text[start - 1:start] == ":"
    return "\n" not in gap or (colon_ok and after_colon)


#: (LOWER, LEMMA) hashes -> whether such a token may be a cue word. Hashes are the strings'
#: own (the same in every vocabulary), so the memo holds across Docs and pipelines.
_MAY_CUE: dict[tuple[int, int], bool] = {}


def _possible_cues(doc: Doc, lex: CueLexicon, first_words: frozenset[str]) -> list[int]:
    """Indices of the tokens that may be cue words, read from the Doc's columns: a loop
    over the Doc would build a Token object for every word of the article."""
    if not len(doc):
        return []
    if len(_MAY_CUE) > 500_000:
        _MAY_CUE.clear()
    strings = doc.vocab.strings
    out: list[int] = []
    for i, (lower, lemma) in enumerate(doc.to_array([LOWER, LEMMA]).tolist()):
        may = _MAY_CUE.get((lower, lemma))
        if may is None:
            word = strings[lower]
            base = lex.lemma_of(word, strings[lemma] if lemma else "")
            may = (base in lex.verbs or base in lex.nouns or word in first_words or word in lex.adjectives
                   or base in lex.stance_nouns)
            _MAY_CUE[(lower, lemma)] = may
        if may:
            out.append(i)
    return out


def _candidates(doc: Doc, quotes: _Quotes) -> list[Candidate]:
    lex, media = cue_lexicon(), media_lexicon()
    out: list[Candidate] = []

    def quoted(tok: Token) -> bool:
        return quotes.at(tok.idx) is not None

    # A cheap look at each word first: only possible cue words go on to the parse.
    first_words = frozenset({p[0] for p in lex.prepositions} | {"in", ":"} | SIGNING_DASHES)
    failed: set[int] = set()  # sentences (first token) whose parse broke a cue reader
    for i in _possible_cues(doc, lex, first_words):
        tok = doc[i]
        if quotes.at(tok.idx) is not None:
            continue  # words inside quotation marks are the quoted person's
        if failed and tok.sent.start in failed:
            continue
        try:
            cand = (verb_candidate(tok, lex, media, quoted) or noun_candidate(tok, lex)
                    or predicate_candidate(tok, lex, quoted)
                    or preposition_candidate(tok, lex) or colon_candidate(tok)
                    or dash_candidate(tok))
        except Exception:  # a bad parse must not lose the article
            sent = tok.sent
            failed.add(sent.start)
            log.warning("quote cues skipped in sentence at %d", sent.start_char, exc_info=True)
            continue
        if cand is not None:
            out.append(cand)
    return out


def _region(cand: Candidate, quotes: _Quotes) -> tuple[int, int]:
    """Character extent of the cue clause (the cue's subtree outside quotation marks)."""
    if cand.kind in ("colon", "dash"):
        return cand.anchor.idx, cand.anchor.idx + 1
    para = _paragraph(quotes.text, cand.anchor.idx)
    toks = [t for t in cand.anchor.subtree if quotes.at(t.idx) is None and not t.is_punct]
    if cand.source is not None:
        toks += list(cand.anchor.doc[cand.source[0]:cand.source[1]])
    toks = [t for t in toks if para[0] <= t.idx < para[1]] or [cand.anchor]
    lo = min(t.idx for t in toks)
    hi = max(t.idx + len(t.text) for t in toks)
    return lo, hi


class _Resolver:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.quotes = _Quotes(doc)
        self.taken: list[tuple[int, int]] = []  # contents accepted so far (chars)
        self.used_groups: set[int] = set()

    def free(self, span: tuple[int, int]) -> bool:
        return not any(overlaps(span, t) for t in self.taken)

    def group_parts(self, group: int) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in self.quotes.groups[group]]

    def content(self, cand: Candidate) -> tuple[list[tuple[int, int]], bool] | None:
        """The content parts (chars) of a candidate and whether it is a direct quote."""
        text = self.quotes.text
        para = _paragraph(text, cand.anchor.idx)
        parts = [c for c in (trimmed(self.doc, a, b) for a, b in cand.content) if c is not None]
        # The parser may run a sentence over a paragraph break; a content does not.
        parts = [self.balanced(max(a, para[0]), min(b, para[1]))
                 for a, b in parts if a < para[1] and b > para[0]]
        groups: list[int] = []
        if parts:
            first, last = self.quotes.at(parts[0][0]), self.quotes.at(parts[-1][1] - 1)
            if first is not None and last is not None and first.group == last.group:
                groups.append(first.group)  # the clause is quoted text: take the whole quote
        if groups or (not parts and cand.takes_quote):
            # The quotation next to the cue clause, on either side: "“...”, Borisov told
            # reporters", "Kerry said: “...”", and both halves of "“A,” he said, “B.”"
            lo, hi = _region(cand, self.quotes)
            for near in (self.quotes.before(lo, text), self.quotes.after(hi, text)):
                if near is not None and near.group not in groups:
                    groups.append(near.group)
        groups = [g for g in groups if g not in self.used_groups]
        if groups:
            return [p for g in groups for p in self.group_parts(g)], True
        if parts:
            return parts, False
        return None

    def balanced(self, start: int, end: int) -> tuple[int, int]:
        """A content that cuts a quotation short takes it whole: "will “compete vigorously
        for the nomination.”" keeps its final words and closing mark."""
        last = self.quotes.at(end - 1)
        if last is not None and start <= last.outer_start and last.outer_end > end:
            end = last.outer_end
        first = self.quotes.at(start)
        if first is not None and first.outer_start < start and first.outer_end <= end:
            start = first.outer_start
        return start, end

    def accept(self, parts: list[tuple[int, int]]) -> None:
        for p in parts:
            self.taken.append(p)
            for s in self.quotes.spans:
                if p[0] <= s.outer_start and s.outer_end <= p[1] + 1 or p[0] <= s.start and s.end <= p[1]:
                    self.used_groups.add(s.group)


def find_quotes(doc: Doc, mentions: Sequence[Mention], article_date: dt.date | None,
                article_id: str = "", timexes: Sequence[Timex] = ()) -> list[Quote]:
    """Every statement in ``doc`` with its speaker, cue, content, date and medium."""
    res = _Resolver(doc)
    cands = _candidates(doc, res.quotes)
    cands.sort(key=lambda c: (c.depth, c.anchor.i))
    mentions = sorted(mentions, key=lambda m: (m.start, m.end))
    accepted: list[tuple[Candidate, list[tuple[int, int]], bool]] = []
    pending: dict[int, Candidate] = {}
    for cand in cands:
        cue_chars = (doc[cand.cue[0]].idx, doc[cand.cue[1] - 1].idx + len(doc[cand.cue[1] - 1]))
        if not res.free(cue_chars):
            continue
        found = res.content(cand)
        if found is None or not all(res.free(p) for p in found[0]):
            pending[cand.anchor.i] = cand
            continue
        res.accept(found[0])
        accepted.append((cand, found[0], found[1]))
    # Quotations no cue took: the cue that governs them in the parse ("described ... as a
    # “done” deal"), if it has a source.
    for group, segs in res.quotes.groups.items():
        if group in res.used_groups:
            continue
        parts = [(s.start, s.end) for s in segs]
        if not all(res.free(p) for p in parts):
            continue
        span = doc.char_span(segs[0].start, segs[0].end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        governor = next((a for a in span.root.ancestors if a.i in pending), None)
        if governor is None:
            continue
        cand = pending.pop(governor.i)
        res.accept(parts)
        accepted.append((cand, parts, True))
    _continue_quotes(doc, res, accepted)
    return sorted((_record(doc, res.quotes.text, c, p, d, mentions, article_date, article_id, timexes)
                   for c, p, d in accepted), key=lambda q: (q.start, q.end))


def _continue_quotes(doc: Doc, res: _Resolver,
                    accepted: list[tuple[Candidate, list[tuple[int, int]], bool]]) -> None:
    """A statement goes on in the quotations that follow it with no cue of their own:
    "“A,” Trump said. “B.”" (the rest of the paragraph after the cue's sentence) and
    paragraphs that are nothing but a quotation, right after the statement's paragraph."""
    text = res.quotes.text
    spans = res.quotes.spans
    for cand, parts, direct in sorted(accepted, key=lambda a: a[1][-1][1]):
        closing = res.quotes.at(parts[-1][1])  # the closing mark of a direct quote
        last_end = closing.outer_end if closing is not None else parts[-1][1]
        end = max(last_end, min(cand.anchor.sent.end_char, _paragraph(text, parts[-1][1] - 1)[1]))
        i = bisect.bisect_left(res.quotes.starts, parts[-1][1])
        grown = list(parts)
        while i < len(spans):
            q = spans[i]
            gap = text[end:q.outer_start]
            if q.group in res.used_groups or not res.free((q.start, q.end)):
                break
            same_paragraph = gap.strip() == "" and "\n" not in gap
            next_paragraph = gap.strip() == "" and gap.count("\n") >= 1 and _alone(text, q)
            if not (same_paragraph or next_paragraph):
                break
            seg = res.group_parts(q.group)
            res.accept(seg)
            grown.extend(seg)
            last = res.quotes.groups[q.group][-1]
            stop = min(_sentence_end(doc, last.outer_end), _paragraph(text, last.outer_end - 1)[1])
            end = max(last.outer_end, stop)
            i = bisect.bisect_left(res.quotes.starts, last.outer_end)
        if len(grown) > len(parts):
            idx = accepted.index((cand, parts, direct))
            accepted[idx] = (cand, grown, direct)


def _alone(text: str, q: QuoteSpan) -> bool:
    """Whether the quotation is all there is of its paragraph (up to final punctuation)."""
    line_end = text.find("\n", q.outer_end)
    rest = text[q.outer_end: line_end if line_end >= 0 else len(text)]
    line_start = text.rfind("\n", 0, q.outer_start) + 1
    return not text[line_start:q.outer_start].strip() and not rest.strip(" \t.,;:”\"’")


def _sentence_end(doc: Doc, pos: int) -> int:
    span = doc.char_span(max(pos - 1, 0), pos, alignment_mode="expand")
    if span is None or len(span) == 0:
        return pos
    return span[0].sent.end_char


def _record(doc: Doc, text: str, cand: Candidate, parts: list[tuple[int, int]], direct: bool,
            mentions: Sequence[Mention], article_date: dt.date | None, article_id: str,
            timexes: Sequence[Timex]) -> Quote:
    speaker = None
    if cand.source is not None and cand.source_head is not None:
        speaker = resolve_speaker(doc, text, cand.source, cand.source_head, mentions)
    outlet = False
    head = cand.source_head
    if speaker is not None and head is not None:
        hit = next((m for m in mentions if m.start <= head.idx < m.end), None)
        outlet = (hit is not None and hit.type in _OUTLET_TYPES) or head.ent_type_ == "ORG"
    cue_start = doc[cand.cue[0]].idx
    cue_end = doc[cand.cue[1] - 1].idx + len(doc[cand.cue[1] - 1])
    content = " ".join(text[a:b] for a, b in parts)
    return Quote(
        article=article_id, text=content, start=parts[0][0], end=parts[-1][1], direct=direct,
        speaker=speaker, cue=text[cue_start:cue_end],
        date=date_for(cand.anchor, timexes, article_date),
        medium=find_medium(doc, text, cand, media_lexicon(), outlet), extractor=EXTRACTOR,
        cue_start=cue_start, cue_end=cue_end, parts=[[a, b] for a, b in parts],
    )
