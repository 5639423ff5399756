"""The Dask task runner for `transcripts ingest --engine dask`: an existing cluster by address, or a
LocalCluster of worker processes on this machine, on loopback with its dashboard off."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from prefect.futures import PrefectFuture
    from prefect.task_runners import TaskRunner

# Dask's own INFO lines (workers starting, nannies restarting) would drown the progress lines; the variable
# is read by the workers too, which inherit this environment.
os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")

DEFAULT_WORKERS = 2


def local_cluster_kwargs(workers: int) -> dict[str, Any]:
    return {
        "n_workers": workers,
        # One batch per process at a time: the transforms are CPU-bound Python/polars, so processes scale.
        "threads_per_worker": 1,
        "processes": True,
        # Loopback only, no dashboard: nothing listens beyond this machine.
        "host": "127.0.0.1",
        "dashboard_address": None,
    }


def dask_task_runner(address: str | None, workers: int = DEFAULT_WORKERS) -> TaskRunner[PrefectFuture[Any]]:
    """Imported here: Dask and prefect-dask load only for `--engine dask`. Typed as the base class that
    `Flow.with_options` expects (DaskTaskRunner's futures are PrefectDaskFutures, a PrefectFuture)."""
    from prefect_dask.task_runners import DaskTaskRunner

    runner = (
        DaskTaskRunner(address=address)
        if address
        else DaskTaskRunner(cluster_class="distributed.LocalCluster", cluster_kwargs=local_cluster_kwargs(workers))
    )
    return cast("TaskRunner[PrefectFuture[Any]]", runner)


@contextmanager
def shared_prefect_api() -> Iterator[None]:
    """Without PREFECT_API_URL a flow run starts a temporary Prefect server for itself, and every Dask worker
    process, which has no such server in its environment, would start one of its own (seconds of CPU each,
    and its task runs recorded where nobody sees them). So start the temporary server here, before the
    cluster, and hand its address to this process and, through the environment, to the workers."""
    from prefect.server.api.server import SubprocessASGIServer
    from prefect.settings import PREFECT_API_URL, temporary_settings

    if PREFECT_API_URL.value():
        yield
        return
    server = SubprocessASGIServer()  # the one instance per process that a flow run would start itself
    server.start(timeout=int(os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")))
    previous = os.environ.get("PREFECT_API_URL")
    os.environ["PREFECT_API_URL"] = server.api_url
    try:
        with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
            yield
    finally:
        if previous is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = previous
        server.stop()
