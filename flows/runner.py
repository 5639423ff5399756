"""An ingest run without Prefect: discover files, process batches, load each in its own transaction.

The Prefect flow (flows/ingest.py) hands this its task-backed batch processor; tests hand it the
plain one. Progress goes to the `transcripts.progress` logger as counts, never transcript text.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import suppress
from dataclasses import asdict, dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

import duckdb
import polars as pl

from flows.batch import drop_sessions_seen_before, process_batch, skip_already_loaded
from flows.fast_check import split_by_stamp, unchanged_batch, work_first
from flows.gates import DEFAULT_GATES, breaches
from flows.read_raw import RawFile, discover, plan_batches
from schemas.validate import ValidatedBatch
from transforms.config import QualityGateConfig
from transforms.quality import QUALITIES
from transforms.stages import add_seconds
from warehouse.load import (
    KnownSource,
    duplicates_without_original,
    ensure_schema,
    finish_run,
    known_sources,
    load_batch,
    mark_interrupted_runs,
    sessions_with_content,
    start_run,
)
from warehouse.reconcile import check_reconciled, run_figures
from warehouse.targets import WRITER_WAITS_FOR_READERS, EmbeddedTarget, WriteTarget

progress = logging.getLogger("transcripts.progress")

MAX_BATCH_FILES = 256
# 16 MB: a batch's transform peaks near 30x its raw size, and with two in flight plus one loading, 32 MB batches
# peaked at 2.2 GB on a 100 MB corpus against 1.7 GB at 16 MB, for the same CPU time; ~32 tasks per 500 MB keep
# task overhead under 1%.
MAX_BATCH_BYTES = 16 * 1024 * 1024

# Given the planned batches (lists of paths) and the warehouse's known sources, yield processed
# batches in the same order.
BatchProcessor = Callable[[list[list[str]], Mapping[str, KnownSource]], Iterable[ValidatedBatch]]


def process_in_order(batches: list[list[str]], known: Mapping[str, KnownSource]) -> Iterator[ValidatedBatch]:
    for paths in batches:
        yield process_batch(paths, known)


@dataclass
class RunSummary:
    run_id: str
    flow_run_id: str | None
    warehouse: str
    source_dir: str
    status: str = "running"
    files_seen: int = 0
    files_loaded: int = 0
    files_unchanged: int = 0
    files_quarantined: int = 0
    # Of those, files not read again: the same bytes and the same reader as when they were quarantined.
    files_quarantined_kept: int = 0
    bytes_read: int = 0
    sessions_loaded: int = 0
    turns_parsed: int = 0
    turns_loaded: int = 0
    turns_dropped: int = 0
    defects_found: int = 0
    defects_by_type: dict[str, int] = field(default_factory=dict)
    sessions_by_quality: dict[str, int] = field(default_factory=dict)
    quarantined: list[tuple[str, str]] = field(default_factory=list)
    gate_failures: list[str] = field(default_factory=list)
    seconds: float = 0.0
    # Wall seconds per stage summed over batches (batches overlap, so the sum can exceed `seconds`).
    stage_seconds: dict[str, float] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        """The figures the `runs` table keeps."""
        names = (
            "files_seen", "files_loaded", "files_unchanged", "files_quarantined", "bytes_read",
            "sessions_loaded", "turns_parsed", "turns_loaded", "turns_dropped", "defects_found",
        )  # fmt: skip
        return {name: getattr(self, name) for name in names}

    def add(self, batch: ValidatedBatch, quarantined_before: frozenset[str] = frozenset()) -> None:
        """Running tallies (progress lines, and the `runs` row of a run that fails before its figures are counted
        from the warehouse). `quarantined_before`: source ids quarantined when the run began; an unchanged one is
        still quarantined."""
        sources = batch.sources
        kept = sum(1 for source_id in batch.unchanged if source_id in quarantined_before)
        self.files_unchanged += len(batch.unchanged) - kept
        self.files_quarantined += kept
        self.files_quarantined_kept += kept
        self.files_loaded += sources.filter(pl.col("status") == "loaded").height
        bad = sources.filter(pl.col("status") == "quarantined")
        self.files_quarantined += bad.height
        self.quarantined += list(bad.select("path", "error").iter_rows())
        self.bytes_read += int(sources.get_column("bytes").sum())
        self.sessions_loaded += batch.sessions.height
        self.turns_parsed += int(sources.get_column("turns_parsed").sum())
        self.turns_loaded += batch.turns.height
        self.turns_dropped = self.turns_parsed - self.turns_loaded
        self.defects_found += batch.defects.height
        by_quality = Counter(self.sessions_by_quality)
        by_quality.update(dict(batch.sessions.get_column("quality").value_counts().iter_rows()))
        self.sessions_by_quality = {q: by_quality[q] for q in QUALITIES if by_quality[q]}
        by_type = Counter(self.defects_by_type)
        by_type.update(dict(batch.defects.get_column("defect_type").value_counts().iter_rows()))
        self.defects_by_type = dict(sorted(by_type.items()))
        self.stage_seconds = add_seconds(self.stage_seconds, batch.stage_seconds)

    def adopt(self, figures: Mapping[str, Any]) -> None:
        """Replace the running tallies with figures counted from the warehouse's committed rows."""
        for name, value in figures.items():
            setattr(self, name, value)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def run_ingest(
    source_dir: Path | str,
    warehouse: Path | str | WriteTarget,
    *,
    process: BatchProcessor = process_in_order,
    flow_run_id: str | None = None,
    lock_timeout: float = 0.0,
    max_batch_files: int = MAX_BATCH_FILES,
    max_batch_bytes: int = MAX_BATCH_BYTES,
    fast_check: bool = False,
    retry_quarantined: bool = False,
    gates: QualityGateConfig = DEFAULT_GATES,
) -> RunSummary:
    """One run. The embedded warehouse file is open read-write only while a batch commits (warehouse/locks.py
    says why) and the ingest lock keeps other ingests out for the whole run; a DuckLake warehouse takes
    concurrent runs (warehouse/targets.py). `retry_quarantined`: read every quarantined file again, even one
    the same code and column mapping read before (flows/reader_fingerprint.py)."""
    started = time.monotonic()
    target = EmbeddedTarget(Path(warehouse), lock_timeout) if isinstance(warehouse, (str, Path)) else warehouse
    files = discover(source_dir)
    summary = RunSummary(
        run_id=uuid.uuid4().hex,
        flow_run_id=flow_run_id,
        warehouse=target.label,
        source_dir=str(Path(source_dir).resolve()),
        files_seen=len(files),
    )

    def begin(con: duckdb.DuckDBPyConnection) -> dict[str, KnownSource]:
        ensure_schema(con)
        if not target.concurrent:
            # Only one run at a time may write here, so any run still `running` was killed.
            mark_interrupted_runs(con)
        start_run(con, summary.run_id, flow_run_id, summary.source_dir)
        return known_sources(con)

    with target.held():
        known = target.write(begin)
        if retry_quarantined:
            known = {path: replace(k, reader=None) if k.status == "quarantined" else k for path, k in known.items()}
        quarantined_before = frozenset(k.source_id for k in known.values() if k.status == "quarantined")
        skipped, to_read = split_by_stamp(files, known) if fast_check else ([], work_first(files, known))
        batches = plan_batches(to_read, max_batch_files, max_batch_bytes)
        total_bytes = sum(f.size for f in to_read)
        progress.info("found %d files (%s) in %d batches", len(files), _megabytes(total_bytes), len(batches))
        try:
            if skipped:
                progress.info("fast check: %d files with unchanged size and mtime not read", len(skipped))
                target.write(lambda con: load_batch(con, unchanged_batch(skipped), summary.run_id))
                summary.add(unchanged_batch(skipped), quarantined_before)
            done_bytes = 0
            paths = [[f.path for f in batch] for batch in batches]
            # Unchanged files of batches that read nothing anew: marked with the next commit, not a commit each.
            deferred: list[str] = []
            for number, (planned, batch) in enumerate(zip(batches, process(paths, known), strict=True), start=1):
                loading = time.perf_counter()
                if batch.sources.is_empty() and number < len(batches):
                    deferred.extend(batch.unchanged)
                else:
                    batch = target.write(
                        partial(
                            commit_batch, batch=batch, run_id=summary.run_id, recheck=target.concurrent,
                            also_unchanged=tuple(deferred),
                        )
                    )  # fmt: skip
                    deferred.clear()
                summary.add(batch, quarantined_before)
                summary.stage_seconds = add_seconds(summary.stage_seconds, {"load": time.perf_counter() - loading})
                del batch  # not held while the next one is awaited
                done_bytes += sum(f.size for f in planned)
                _report(number, len(batches), done_bytes, total_bytes, summary, started)
            _reread_orphaned_duplicates(target, process, summary)

            def reconciled(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
                # The figures come from the committed rows, and every turn must be accounted for.
                check_reconciled(con)
                return run_figures(con, summary.run_id)

            summary.adopt(target.write(reconciled))
            summary.status = "completed"
        except BaseException as error:
            summary.status = "failed"
            failure = type(error).__name__
            # Best effort: if even this cannot reach the file, the next run marks this one interrupted.
            with suppress(Exception):
                target.write(lambda con: finish_run(con, summary.run_id, "failed", summary.counts(), error=failure))
            raise
        finally:
            summary.seconds = time.monotonic() - started
        # Over a quality gate the run keeps what it loaded but is recorded (and reported) as failed.
        summary.gate_failures = breaches(summary, gates)
        if summary.gate_failures:
            summary.status = "failed_quality_gate"
        target.write(
            lambda con: finish_run(
                con, summary.run_id, summary.status, summary.counts(),
                error="; ".join(summary.gate_failures) or None, stage_seconds=summary.stage_seconds,
            )
        )  # fmt: skip
    return summary


def commit_batch(
    con: duckdb.DuckDBPyConnection,
    *,
    batch: ValidatedBatch,
    run_id: str,
    recheck: bool = False,
    also_unchanged: tuple[str, ...] = (),
) -> ValidatedBatch:
    """Drop sessions the warehouse already holds from other files, then load the batch in one transaction.

    With `recheck` (a warehouse other runs write to at the same time), files another run has loaded since
    this run listed the warehouse's sources, with the same path and hash, are kept as that run loaded them.
    `also_unchanged`: unchanged files of earlier batches that read nothing anew, marked in this commit.
    Returns the batch as loaded (without `also_unchanged`, which their own batches counted).
    """
    if recheck:
        batch = skip_already_loaded(batch, known_sources(con))
    batch = drop_sessions_seen_before(batch, sessions_with_content(con, batch))
    load_batch(con, replace(batch, unchanged=(*also_unchanged, *batch.unchanged)), run_id)
    return batch


def _reread_orphaned_duplicates(target: WriteTarget, process: BatchProcessor, summary: RunSummary) -> None:
    """Files dropped as duplicates of a session whose own file changed this run are read again."""
    paths = [p for p in target.write(duplicates_without_original) if Path(p).exists()]
    if not paths:
        return
    progress.info("reading %d file(s) again: the sessions they duplicated have changed", len(paths))
    for batch in process([paths], {}):
        target.write(partial(commit_batch, batch=batch, run_id=summary.run_id, recheck=target.concurrent))


def _report(number: int, total: int, done: int, all_bytes: int, summary: RunSummary, started: float) -> None:
    elapsed = max(time.monotonic() - started, 1e-9)
    progress.info(
        "batch %d/%d: %s of %s, %d sessions, %d turns loaded so far, %.1f MB/s",
        number, total, _megabytes(done), _megabytes(all_bytes), summary.sessions_loaded,
        summary.turns_loaded, done / elapsed / 1e6,
    )  # fmt: skip


def _megabytes(n: int) -> str:
    return f"{n / 1e6:.1f} MB"


__all__ = [
    "WRITER_WAITS_FOR_READERS",
    "BatchProcessor",
    "RawFile",
    "RunSummary",
    "commit_batch",
    "process_in_order",
    "run_ingest",
]
