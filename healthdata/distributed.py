"""Run the per-file extraction on a Dask cluster (``healthdata build --engine dask``).

:func:`dask_results` submits the build's per-file function for every raw file to a
``dask.distributed`` cluster and yields the results in file order, so the build that consumes
them writes exactly the same bytes as a local build.  The cluster is the scheduler named by
``$HEALTHDATA_DASK_SCHEDULER`` (``healthdata build --scheduler tcp://host:8786`` sets it), or else
a ``LocalCluster`` of two single-threaded worker processes started here and closed afterwards.

Workers need healthdata installed (the same version) and must see the raw files at the same
path as the machine that runs the build (a shared or copied folder): tasks carry paths, not
bytes.  At most a few tasks per worker are in flight, so results never pile up in memory.

This module does not import :mod:`healthdata.build` (the build imports it, one direction only):
the per-file function and the row of a failed task are passed in.
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

SCHEDULER_ENV = "HEALTHDATA_DASK_SCHEDULER"
TASKS_PER_WORKER = 4


def WorkerGuard():
    """A worker plugin that makes each worker of a LocalCluster started here die with the build
    (also workers the nanny restarts later)."""
    from distributed import WorkerPlugin

    from healthdata.workers import die_with_parent

    class _WorkerGuard(WorkerPlugin):
        def setup(self, worker):
            die_with_parent()

    return _WorkerGuard()


def _client(stack: ExitStack):
    """A client on $HEALTHDATA_DASK_SCHEDULER, or on a LocalCluster this function starts."""
    from distributed import Client, LocalCluster

    address = os.environ.get(SCHEDULER_ENV)
    if address:
        return stack.enter_context(Client(address, set_as_default=False))
    from healthdata.workers import worker_memory_bytes

    # Dask's own memory guard: the nanny restarts a worker over its budget (its task then fails
    # and the file becomes an error row); the workers die with this process (WorkerGuard)
    memory = worker_memory_bytes() or "auto"
    cluster = stack.enter_context(LocalCluster(processes=True, n_workers=2, threads_per_worker=1,
                                               dashboard_address=None, memory_limit=memory))
    client = stack.enter_context(Client(cluster, set_as_default=False))
    client.register_plugin(WorkerGuard(), name="healthdata-worker-guard")
    return client


def dask_results(files: list[Path], raw_dir: Path, work: Callable, failed: Callable) -> Iterator:
    """``work(path, raw_dir)`` for every file, computed on Dask, yielded in file order.

    A task that fails (its worker killed, e.g. out of memory) yields ``failed(path, raw_dir, exc)``
    instead (the build's ``error`` manifest row).
    """
    raw_dir = Path(os.path.abspath(raw_dir))
    files = [Path(os.path.abspath(f)) for f in files]  # not resolve(): symlinks stay under raw_dir
    with ExitStack() as stack:
        client = _client(stack)
        n_workers = len(client.scheduler_info().get("workers", {})) or 1
        window = TASKS_PER_WORKER * n_workers
        todo = deque(files)
        pending: deque = deque()
        while todo or pending:
            while todo and len(pending) < window:
                path = todo.popleft()
                # pure=False: a fresh task per call, never a cached result of an earlier build
                pending.append((path, client.submit(work, path, raw_dir, pure=False)))
            path, future = pending.popleft()
            try:
                result = future.result()
            except Exception as exc:
                result = failed(path, raw_dir, exc)
            future.release()
            yield result
