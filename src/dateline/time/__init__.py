"""Temporal expressions: recognition and TIMEX3 normalization against the article date."""

from .interval import interval
from .tagger import find_timexes

__all__ = ["find_timexes", "interval"]
