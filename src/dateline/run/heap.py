"""Giving freed memory back to the operating system between batches.

glibc's malloc keeps memory a process has freed for its own reuse. A batch's analysis
allocates large short-lived buffers (spaCy's arrays for a long article) among small objects
that live on (vocabulary strings); the freed space between them stays in the process, so its
resident size climbs with the number of articles even though what it uses does not.
``malloc_trim(0)`` returns the free pages to the kernel (a few milliseconds, once a batch).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
from collections.abc import Callable


@functools.lru_cache(maxsize=1)
def _malloc_trim() -> Callable[[int], int] | None:
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name).malloc_trim if name else None  # type: ignore[no-any-return]
    except (OSError, AttributeError):  # not glibc (musl, macOS): nothing to do
        return None


def release_free_memory() -> None:
    """Return the memory malloc holds free to the operating system, where malloc can (glibc)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
