"""The Prefect flow: the ingest run with each batch of files as a Prefect task.

Tasks work on whole batches (each task run costs ~10 ms), two in flight so both cores stay busy
while the flow loads the previous batch. Results are not cached: a batch's identity is its
files' hashes, which the warehouse already compares (unchanged files are skipped).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Mapping
from typing import Any, cast

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
from flows.runner import run_ingest
from schemas.validate import ValidatedBatch
from warehouse.load import KnownSource

BATCHES_IN_FLIGHT = 2


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


def _process_with_tasks(batches: list[list[str]], known: Mapping[str, KnownSource]) -> Iterator[ValidatedBatch]:
    in_flight: deque[PrefectFuture[ValidatedBatch]] = deque()
    pending = iter(enumerate(batches, start=1))
    for number, paths in pending:
        in_flight.append(process_batch_task.submit(number, paths, known))
        if len(in_flight) >= BATCHES_IN_FLIGHT:
            break
    while in_flight:
        yield in_flight.popleft().result()
        # The next batch starts once the caller has committed this one: two transforms beside a commit peaked
        # over 2 GB on a 500 MB corpus. The commit is DuckDB's own threads, so both cores stay busy meanwhile.
        following = next(pending, None)
        if following is not None:
            in_flight.append(process_batch_task.submit(following[0], following[1], known))


_TASK_RUNNER = cast("TaskRunner[PrefectFuture[Any]]", ThreadPoolTaskRunner(max_workers=BATCHES_IN_FLIGHT))


@flow(name="ingest-transcripts", task_runner=_TASK_RUNNER)
def ingest_flow(
    source_dir: str, warehouse: str, lock_timeout: float = 0.0, fast_check: bool = False
) -> dict[str, Any] | State[Any]:
    summary = run_ingest(
        source_dir,
        warehouse,
        process=_process_with_tasks,
        flow_run_id=str(flow_run.get_id()),
        lock_timeout=lock_timeout,
        fast_check=fast_check,
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
