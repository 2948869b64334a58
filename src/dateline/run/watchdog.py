"""A time limit on the analysis of articles, in whatever thread runs it.

One article that sends a stage into an endless loop must not stall a run of millions:
in-process it would hold up every article after it, on a Dask cluster it would occupy a
worker for good and keep the ingest waiting on its batch. Signals (``SIGALRM``) only reach
the main thread, and Dask runs tasks in worker threads, so the limit is a timer thread
that raises :class:`AnalysisTimeout` in the analyzing thread (CPython's
``PyThreadState_SetAsyncExc``). The exception arrives at the next Python bytecode: a loop in
Python code stops at once; a long call into compiled code (a spaCy model) finishes first.
"""

from __future__ import annotations

import contextlib
import ctypes
import threading
from collections.abc import Iterator


class AnalysisTimeout(BaseException):
    """The analysis ran past its time limit and was stopped. A BaseException, like
    KeyboardInterrupt, so that no ``except Exception`` inside a stage swallows it."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`AnalysisTimeout` in this thread if the block runs longer than ``seconds``."""
    thread_id = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def expire() -> None:
        with lock:
            if state["done"]:
                return
            state["fired"] = True
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(AnalysisTimeout))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["done"] = True
            fired = state["fired"]
        timer.cancel()
        if fired:
            # The exception may still be pending (the block ended between the timer's call and
            # the next bytecode): take it back so it cannot land in the caller's code later.
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), None)
    if fired:
        raise AnalysisTimeout(f"stopped after {seconds:.0f} s")
