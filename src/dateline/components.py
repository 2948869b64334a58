"""Imports every dateline spaCy component so that its ``@Language.factory`` is registered.

spaCy also finds them through the ``spacy_factories`` entry points in pyproject.toml.
"""

from .actors.component import ActorsComponent
from .events.component import EventsComponent
from .quotes.component import QuotesComponent
from .time.component import TimexComponent

__all__ = ["ActorsComponent", "EventsComponent", "QuotesComponent", "TimexComponent"]
