"""Dask worker preload for tests/test_scale.py (test-only; the product never loads it): the first worker that
starts a `stage-batch` task (flows/ingest.py: stage_batch_task) dies shortly after, mid-batch, as a machine
lost under a running task would.

Loaded by path through DASK_DISTRIBUTED__WORKER__PRELOAD, which the CLI's LocalCluster workers inherit. The
marker file, created exclusively, makes it once per test however many workers there are, and records the
task that was running.
"""

from __future__ import annotations

import os
import threading
from typing import Any

from distributed import WorkerPlugin

MARKER_ENV = "TW_TEST_KILL_MARKER"
# Long enough that the task has started its work, short enough that a batch of files is still running.
DELAY_SECONDS = 0.3


class DieOnceMidBatch(WorkerPlugin):
    def __init__(self, marker: str) -> None:
        self.marker = marker

    def transition(self, key: Any, start: str, finish: str, **kwargs: Any) -> None:
        # Dask names the task after the function prefect-dask submits: `stage_batch_task-<token>`.
        if finish != "executing" or not str(key).startswith("stage_batch_task"):
            return
        try:
            fd = os.open(self.marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            return
        os.write(fd, f"{key} pid {os.getpid()}\n".encode())
        os.close(fd)
        threading.Timer(DELAY_SECONDS, os._exit, args=(70,)).start()


async def dask_setup(worker: Any) -> None:
    marker = os.environ.get(MARKER_ENV)
    if marker:
        await worker.plugin_add(plugin=DieOnceMidBatch(marker), name="die-once-mid-batch")
