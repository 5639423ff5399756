"""The Prefect flow: the ingest run with each batch of files as a Prefect task.

Tasks work on whole batches (each task run costs ~10 ms), two in flight so both cores stay busy
while the flow loads the previous batch. Results are not cached: a batch's identity is its
files' hashes, which the warehouse already compares (unchanged files are skipped).
"""

from __future__ import annotations

import gc
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar, cast

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.client.schemas.objects import State
from prefect.futures import PrefectFuture
from prefect.runtime import flow_run
from prefect.states import Failed
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from flows.batch import process_batch
from flows.gates import gate_message
from flows.report import MARKDOWN_KEY, TABLE_KEY, quality_markdown, quality_table
from flows.runner import MAX_BATCH_FILES, BatchProcessor, run_ingest
from flows.staging import StagedBatch, read_staged, remove_staged, write_staged
from schemas.validate import ValidatedBatch
from warehouse.lake import LakeTarget
from warehouse.load import KnownSource
from warehouse.targets import EmbeddedTarget, LakeWriteTarget, WriteTarget

BATCHES_IN_FLIGHT = 2
# Prefect retries of a batch that raised (a worker that died is rerun by Dask itself).
STAGE_RETRIES = 2
R = TypeVar("R")


@task(name="process-batch", cache_policy=NO_CACHE, task_run_name="process-batch-{number}")
def process_batch_task(number: int, paths: list[str], known: Mapping[str, KnownSource]) -> ValidatedBatch:
    try:
        return process_batch(paths, known)
    except Exception as error:
        # Library messages can quote the data (a polars value, a pandera failure case); Prefect logs task
        # failures at ERROR, so only the kind of error travels on.
        raise BatchFailedError(f"batch {number} failed: {type(error).__name__}") from None


class BatchFailedError(RuntimeError):
    """A batch failed; the message names the error type only, never transcript text."""


@task(
    name="stage-batch",
    cache_policy=NO_CACHE,
    task_run_name="stage-batch-{number}",
    retries=STAGE_RETRIES,
    retry_delay_seconds=1,
)
def stage_batch_task(number: int, paths: list[str], known: Mapping[str, KnownSource], staging_root: str) -> StagedBatch:
    """On a cluster worker: process the batch and write its frames as Parquet where the committer reads them.

    A worker that dies mid-batch is replaced by Dask, which runs the task again elsewhere; a batch that raises
    is retried by Prefect. Either way the content-keyed folder is written again, never a second copy.
    """
    try:
        return write_staged(process_batch(paths, known), staging_root)
    except Exception as error:
        raise BatchFailedError(f"batch {number} failed: {type(error).__name__}") from None


def _in_order(
    submit: Callable[[int, list[str]], PrefectFuture[R]],
    batches: list[list[str]],
    in_flight: int,
    held_frames: Callable[[R], bool] = lambda _: True,
) -> Iterator[R]:
    """Results in the order of `batches`, with up to `in_flight` tasks submitted ahead; `held_frames` says whether
    a result carried frames worth a cyclic collection once committed."""
    futures: deque[PrefectFuture[R]] = deque()
    pending = iter(enumerate(batches, start=1))
    for number, paths in pending:
        futures.append(submit(number, paths))
        if len(futures) >= in_flight:
            break
    while futures:
        result = futures.popleft().result()
        yield result
        # Prefect's thread-pool futures leave reference cycles (tracebacks of its internal queue waits, holding
        # the frames that passed the result on), so a committed batch stayed alive until Python's cyclic
        # collector happened to run: 40-50 MB of frames and their buffers per batch, two or three batches at a
        # time. Collected here, once per batch (about 0.2 s of CPU, ~1.5% of a run), a 500 MB ingest through the CLI
        # peaked at 1.45-1.47 GB instead of 1.90. Not after a batch that read nothing new: an unchanged rerun of 500 MB
        # (42 batches) spent 9 s in collections of nothing.
        if held_frames(result):
            gc.collect()
        # The next batch starts once the caller has committed this one: two transforms beside a commit peaked
        # over 2 GB on a 500 MB corpus. The commit is DuckDB's own threads, so both cores stay busy meanwhile.
        following = next(pending, None)
        if following is not None:
            futures.append(submit(*following))


def _own(known: Mapping[str, KnownSource], paths: list[str]) -> dict[str, KnownSource]:
    """Only the batch's own entries of the warehouse's map go to its task: the whole map grows with the warehouse,
    and Prefect walks a task's inputs (an unchanged 500 MB rerun spent ~20 s walking 42 copies of 7,642 entries)."""
    return {path: known[path] for path in paths if path in known}


def _process_with_tasks(batches: list[list[str]], known: Mapping[str, KnownSource]) -> Iterator[ValidatedBatch]:
    return _in_order(
        lambda number, paths: process_batch_task.submit(number, paths, _own(known, paths)),
        batches,
        BATCHES_IN_FLIGHT,
        held_frames=lambda batch: batch.turns.height > 0,
    )


def staged_processor(staging_root: Path, in_flight: int) -> BatchProcessor:
    """Batches run as `stage-batch` tasks (on a Dask cluster); each is read back from its Parquet files for
    the commit and its folder removed once the commit is done (the generator resumes only after it)."""

    def process(batches: list[list[str]], known: Mapping[str, KnownSource]) -> Iterator[ValidatedBatch]:
        def submit(number: int, paths: list[str]) -> PrefectFuture[StagedBatch]:
            return stage_batch_task.submit(number, paths, _own(known, paths), str(staging_root))

        for staged in _in_order(submit, batches, in_flight):
            yield read_staged(staged)
            remove_staged(staged)

    return process


_TASK_RUNNER = cast("TaskRunner[PrefectFuture[Any]]", ThreadPoolTaskRunner(max_workers=BATCHES_IN_FLIGHT))


@flow(name="ingest-transcripts", task_runner=_TASK_RUNNER)
def ingest_flow(
    source_dir: str,
    warehouse: str,
    lock_timeout: float = 0.0,
    fast_check: bool = False,
    lake: str | None = None,
    lake_data: str | None = None,
    staged_in_flight: int = 0,
    max_batch_files: int = MAX_BATCH_FILES,
    retry_quarantined: bool = False,
) -> dict[str, Any] | State[Any]:
    """`lake`: write to that DuckLake catalog instead of the `warehouse` file. `staged_in_flight` > 0: batches
    are `stage-batch` tasks handing back Parquet (for a Dask task runner, `with_options(task_runner=...)`),
    that many submitted ahead."""
    target: WriteTarget = (
        LakeWriteTarget(LakeTarget.parse(lake, lake_data)) if lake else EmbeddedTarget(Path(warehouse), lock_timeout)
    )
    process = staged_processor(target.staging_root(), staged_in_flight) if staged_in_flight else _process_with_tasks
    summary = run_ingest(
        source_dir,
        target,
        process=process,
        flow_run_id=str(flow_run.get_id()),
        lock_timeout=lock_timeout,
        fast_check=fast_check,
        max_batch_files=max_batch_files,
        retry_quarantined=retry_quarantined,
    )
    result = summary.as_dict()
    # Visible in the Prefect UI under the flow run (and Artifacts, by key); counts only, no transcript text.
    create_markdown_artifact(quality_markdown(result), key=MARKDOWN_KEY, description="ingest quality summary")
    create_table_artifact(quality_table(result), key=TABLE_KEY, description="defects per type against their gates")
    if summary.gate_failures:
        # After the load: the rows stay, the flow run ends Failed (its message the reasons) so notifications
        # fire; a returned state carries the summary without a traceback in the logs.
        return Failed(message=gate_message(summary.gate_failures), data=result)
    return result
