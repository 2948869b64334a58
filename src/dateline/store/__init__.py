"""The store: SQLite by default, PostgreSQL for shared use; the only code that writes SQL."""

from .engine import open_engine
from .writer import Batch, StoreWriter

__all__ = ["Batch", "StoreWriter", "open_engine"]
