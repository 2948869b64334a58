"""dateline: dated news articles in; actors, normalized dates, quotes and events out.

>>> import dateline
>>> analysis = dateline.extract("Moscow and Ankara signed a deal in September 2017.", date="2020-06-24")
"""

from __future__ import annotations

import logging

from .model import Analysis, Article, Event, Mention, Quote, Timex
from .python_api import extract, open

logging.getLogger(__name__).addHandler(logging.NullHandler())

__version__ = "0.1.0"
__all__ = ["Analysis", "Article", "Event", "Mention", "Quote", "Timex", "extract", "open", "__version__"]
