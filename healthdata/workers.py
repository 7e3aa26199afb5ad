"""Guards for the processes and threads that run the per-file work of a build.

* Workers die with their build: a pool or Dask worker process asks the kernel (Linux
  ``prctl(PR_SET_PDEATHSIG)``) to be killed when the process that started it dies, so a build
  killed with SIGKILL or SIGTERM leaves no orphaned worker behind.
* A memory budget per worker process (``RLIMIT_AS``): a file that needs more fails with
  MemoryError in that worker and becomes an ``error`` row.
* A wall-clock budget per file: a file still running when it runs out raises :class:`FileTimeout`
  in the thread working on it (between two Python steps), and becomes an ``error`` row.

Budgets come from ``$HEALTHDATA_FILE_SECONDS`` (default 300) and ``$HEALTHDATA_WORKER_MEMORY_MB``
(default 4096; 0 turns the guard off).
"""
from __future__ import annotations

import contextlib
import os
import signal
import threading

FILE_SECONDS_ENV = "HEALTHDATA_FILE_SECONDS"
WORKER_MEMORY_ENV = "HEALTHDATA_WORKER_MEMORY_MB"
DEFAULT_FILE_SECONDS = 300.0  # a report page takes well under a second; this is a runaway guard
DEFAULT_WORKER_MEMORY_MB = 4096  # address space of one worker (a worker idles at ~0.6 GB of it)


class FileTimeout(BaseException):
    """A file went over its wall-clock budget.  A BaseException, so the per-file code's own
    ``except Exception`` does not turn it into an ordinary failure and carry on."""


def file_seconds() -> float:
    """The wall-clock budget of one file, in seconds (0: no budget)."""
    return float(os.environ.get(FILE_SECONDS_ENV, DEFAULT_FILE_SECONDS))


def worker_memory_bytes() -> int:
    """The address-space budget of one worker process, in bytes (0: no budget)."""
    return int(float(os.environ.get(WORKER_MEMORY_ENV, DEFAULT_WORKER_MEMORY_MB)) * 1024 * 1024)


def die_with_parent() -> None:
    """Have the kernel kill this process when the process that started it dies (Linux; elsewhere
    nothing).  If that process is already gone, exit now."""
    parent = os.getppid()
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # it died before the request took effect
        os._exit(1)


def limit_memory(n_bytes: int) -> None:
    """Cap this process's address space at ``n_bytes`` (0: leave it)."""
    if n_bytes <= 0:
        return
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            n_bytes = min(n_bytes, hard)
        resource.setrlimit(resource.RLIMIT_AS, (n_bytes, hard))


def init_worker() -> None:
    """Set up a worker process this build started: dies with the build, memory budget."""
    from healthdata import compilecache

    import gc

    from healthdata.build import GC_YOUNG_THRESHOLD

    die_with_parent()
    limit_memory(worker_memory_bytes())
    young, *older = gc.get_threshold()  # (a forked worker has the build's already: see build.fewer_collections)
    gc.set_threshold(max(young, GC_YOUNG_THRESHOLD), *older)
    compilecache.install()  # a worker not forked from the build compiles from the cache too


def _set_async_exc(thread_id: int, exc_type) -> None:
    """Raise ``exc_type`` in thread ``thread_id`` at its next Python step (None: cancel a pending one)."""
    import ctypes

    arg = ctypes.py_object(exc_type) if exc_type is not None else None
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), arg)


@contextlib.contextmanager
def time_budget(seconds: float):
    """Raise FileTimeout in this thread if the block runs longer than ``seconds`` (0: no budget).

    In the main thread a real-time interval timer (SIGALRM) does it; in another thread (a Dask
    worker's task thread) a timer thread raises the exception asynchronously in it."""
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        def on_alarm(signum, frame):
            raise FileTimeout(f"over the {seconds:g}-second budget for one file")

        previous = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        return
    lock, state, target = threading.Lock(), {"active": True, "fired": False}, threading.get_ident()

    def fire():
        with lock:
            if state["active"]:
                state["fired"] = True
                _set_async_exc(target, FileTimeout)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with lock:
            state["active"] = False
            if state["fired"]:
                _set_async_exc(target, None)  # not delivered yet: the block is over, cancel it
