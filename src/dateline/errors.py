"""dateline's named errors. Library code raises these; only the CLI turns them into exit codes."""


class DatelineError(Exception):
    """Base class of every error dateline raises on purpose."""


class InputError(DatelineError):
    """An input (file, line, record) cannot be read as a dated article."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


class UsageError(DatelineError):
    """The caller asked for something that cannot be done (bad option, unknown format)."""


class ModelNotFoundError(DatelineError):
    """No spaCy English model is installed."""


class StoreError(DatelineError):
    """The store cannot be opened, or is not a dateline store."""


class GoldDataError(DatelineError):
    """Gold data for an evaluation is missing or malformed."""
