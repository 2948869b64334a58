"""Temporal expressions: recognition and TIMEX3 normalization against the article date.

``find_timexes`` tags a Doc; ``interval`` and ``granularity`` say what a TIMEX3 value
covers; ``date_for`` dates an event or statement by the expression that governs it.
"""

from .anchor import article_fallback, date_for
from .interval import granularity, interval
from .tagger import EXTRACTOR, find_timexes

__all__ = ["EXTRACTOR", "article_fallback", "date_for", "find_timexes", "granularity", "interval"]
