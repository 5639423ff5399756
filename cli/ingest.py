"""`transcripts ingest SOURCE_DIR`: load every transcript file under a folder into the warehouse."""

from __future__ import annotations

import argparse
import sys
import time
from contextlib import AbstractContextManager, ExitStack, nullcontext
from pathlib import Path
from typing import Any

from cli.errors import (
    EXIT_FAILED,
    EXIT_OK,
    UserError,
    non_negative_seconds,
    safe_detail,
    source_and_warehouse_errors,
)
from flows.gates import gate_message
from flows.read_raw import source_root
from warehouse.connection import DEFAULT_WAREHOUSE, WarehouseLockedError, WarehouseOpenError, open_warehouse
from warehouse.locks import IngestLockedError, ingest_lock

ENGINES = ("prefect", "local", "dask")
OVERHEAD = {
    "prefect": "Prefect start-up and bookkeeping",
    "local": "start-up",
    "dask": "Prefect and Dask start-up and bookkeeping",
}
DEFAULT_WORKERS = 2  # flows.cluster.DEFAULT_WORKERS, without importing Dask for a usage error
MAX_BATCH_FILES = 256  # flows.runner.MAX_BATCH_FILES, without importing the runner for a usage error
MAX_BATCH_MB = 16  # flows.runner.MAX_BATCH_BYTES in MiB, likewise
# Mirrors flows.runner.WRITER_WAITS_FOR_READERS without importing the runner (and polars) for a usage error.
WRITER_WAITS_FOR_READERS = 120.0


def add_parser(commands: Any) -> None:
    ingest = commands.add_parser("ingest", help="load every transcript file under SOURCE_DIR into the warehouse")
    ingest.add_argument("source_dir", metavar="SOURCE_DIR", type=Path)
    ingest.add_argument("--warehouse", type=Path, default=DEFAULT_WAREHOUSE, help=f"default: {DEFAULT_WAREHOUSE}")
    ingest.add_argument(
        "--lock-timeout", type=non_negative_seconds, default=0.0, metavar="SECONDS",
        help="wait this long for another process to release the warehouse (default: fail at once)",
    )  # fmt: skip
    ingest.add_argument(
        "--engine", choices=ENGINES, default="prefect",
        help="prefect: a Prefect flow run (default); local: the same batches in this process, no Prefect; "
        "dask: a Prefect flow run whose batches run on a Dask cluster (see --cluster, --workers)",
    )  # fmt: skip
    ingest.add_argument(
        "--cluster", metavar="ADDRESS",
        help="with --engine dask: the scheduler of a running Dask cluster (e.g. tcp://10.0.0.5:8786); its workers "
        "must see SOURCE_DIR and the staging folder (--lake-data) at the same paths. Default: a LocalCluster",
    )  # fmt: skip
    ingest.add_argument(
        "--workers", type=_positive_int, default=DEFAULT_WORKERS, metavar="N",
        help=f"with --engine dask: worker processes of the LocalCluster (default {DEFAULT_WORKERS}); "
        "2 x N batches are in flight",
    )  # fmt: skip
    ingest.add_argument(
        "--batch-files", type=_positive_int, default=MAX_BATCH_FILES, metavar="N",
        help=f"at most N files per batch (default {MAX_BATCH_FILES}; batches are also cut at {MAX_BATCH_MB} MB): "
        "smaller batches spread a small folder over more workers",
    )  # fmt: skip
    ingest.add_argument(
        "--lake", metavar="CATALOG",
        help="write to a DuckLake warehouse instead of --warehouse: its catalog, 'postgres:dbname=NAME host=HOST "
        "port=PORT user=USER' (several machines and concurrent ingests) or a path to a DuckDB catalog file "
        "such as lake.ducklake (one machine)",
    )  # fmt: skip
    ingest.add_argument(
        "--lake-data", type=Path, metavar="DIR",
        help="with --lake: the folder of the lake's Parquet files (needed when the lake is created; later runs "
        "read it from the catalog). Batches are staged under DIR/_staging",
    )  # fmt: skip
    ingest.add_argument(
        "--fast-check", action="store_true",
        help="skip reading and hashing files whose size and modification time match the warehouse's record",
    )  # fmt: skip
    ingest.add_argument(
        "--retry-quarantined", action="store_true",
        help="read every quarantined file again (by default only those whose bytes, column mapping or the "
        "product's code changed since they were quarantined)",
    )  # fmt: skip
    ingest.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    ingest.set_defaults(run=_ingest)


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 1, got {value!r}")
    return number


def _ingest(args: argparse.Namespace) -> int:
    if args.engine != "dask" and args.cluster:
        raise UserError("--cluster needs --engine dask")
    if args.lake_data is not None and not args.lake:
        raise UserError("--lake-data needs --lake")
    if args.lake:
        return _ingest_lake(args)
    with ExitStack() as held:
        with source_and_warehouse_errors(args.warehouse):
            source_root(args.source_dir)
            # Held for the whole command (the runner takes it again, re-entrantly): a second ingest waits or
            # stops here, before Prefect spends seconds starting.
            held.enter_context(ingest_lock(args.warehouse, timeout=args.lock_timeout))
            with open_warehouse(args.warehouse, lock_timeout=args.lock_timeout, reader_wait=WRITER_WAITS_FOR_READERS):
                pass
        return _run(args)


def _ingest_lake(args: argparse.Namespace) -> int:
    """No ingest lock: DuckLake takes concurrent runs. The lake is opened once first, so a wrong catalog or an
    unreachable PostgreSQL ends in one line before Prefect or Dask start."""
    from warehouse.lake import LakeError, LakeTarget, open_lake

    with source_and_warehouse_errors(args.warehouse):
        source_root(args.source_dir)
    try:
        with open_lake(LakeTarget.parse(args.lake, args.lake_data)):
            pass
    except LakeError as error:
        raise UserError(str(error)) from None
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    started = time.monotonic()
    try:
        if args.engine == "local":
            from flows.runner import run_ingest
            from warehouse.lake import LakeTarget
            from warehouse.targets import LakeWriteTarget

            target = LakeWriteTarget(LakeTarget.parse(args.lake, args.lake_data)) if args.lake else args.warehouse
            summary = run_ingest(
                args.source_dir, target, lock_timeout=args.lock_timeout, fast_check=args.fast_check,
                max_batch_files=args.batch_files, retry_quarantined=args.retry_quarantined,
            ).as_dict()  # fmt: skip
            failure = gate_message(summary["gate_failures"]) if summary["gate_failures"] else None
        else:
            from flows.ingest import ingest_flow  # Prefect is imported only for commands that run a flow

            flow = ingest_flow
            in_flight = 0
            prefect_api: AbstractContextManager[None] = nullcontext()
            if args.engine == "dask":
                from flows.cluster import dask_task_runner, shared_prefect_api

                flow = ingest_flow.with_options(task_runner=dask_task_runner(args.cluster, args.workers))
                in_flight = 2 * args.workers
                prefect_api = shared_prefect_api()
            with prefect_api:
                state = flow(
                    str(args.source_dir), str(args.warehouse), args.lock_timeout, args.fast_check,
                    lake=args.lake, lake_data=str(args.lake_data) if args.lake_data else None,
                    staged_in_flight=in_flight, max_batch_files=args.batch_files,
                    retry_quarantined=args.retry_quarantined, return_state=True,
                )  # fmt: skip
                # Inside: the result is read while the temporary Prefect server (if we started it) is up.
                result = state.result(raise_on_failure=False)
            if isinstance(result, BaseException):
                raise result
            if not isinstance(result, dict):
                raise TypeError(f"the flow returned {type(result).__name__}, not its summary")
            summary = result
            failure = state.message if state.is_failed() else None
    except (WarehouseLockedError, WarehouseOpenError, IngestLockedError) as error:
        raise UserError(str(error)) from None
    except Exception as error:
        # The type only: messages from libraries can quote transcript text.
        print(f"transcripts: the run failed: {type(error).__name__}{safe_detail(error)}", file=sys.stderr)
        return EXIT_FAILED
    _print_summary(summary, time.monotonic() - started, args.engine)
    if failure:
        # Over a quality gate: the rows are loaded, the run failed; the reason in one line.
        print(f"transcripts: {failure}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _breakdown(counts: dict[str, int]) -> str:
    return " (" + " · ".join(f"{name} {n:,}" for name, n in counts.items()) + ")" if counts else ""


def _kept(s: dict[str, Any]) -> str:
    kept = s.get("files_quarantined_kept", 0)
    return f" ({kept:,} as before: same bytes and code, not read again; --retry-quarantined reads them)" if kept else ""


def _print_summary(s: dict[str, Any], wall_seconds: float, engine: str) -> None:
    overhead = max(wall_seconds - s["seconds"], 0.0)
    defects = " · ".join(f"{kind} {n:,}" for kind, n in s["defects_by_type"].items()) or "none"
    lines = [
        f"run {s['run_id']} {s['status']} in {wall_seconds:.1f} s "
        f"({s['seconds']:.1f} s of work, {overhead:.1f} s {OVERHEAD[engine]})",
        f"  files     seen {s['files_seen']:,} · loaded {s['files_loaded']:,} · "
        f"skipped unchanged {s['files_unchanged']:,} · quarantined {s['files_quarantined']:,}{_kept(s)}",
        f"  sessions  {s['sessions_loaded']:,} loaded" + _breakdown(s["sessions_by_quality"]),
        f"  turns     {s['turns_loaded']:,} loaded of {s['turns_parsed']:,} parsed ({s['turns_dropped']:,} dropped)",
        f"  defects   {defects}",
    ]
    if s.get("stage_seconds"):
        stages = " · ".join(f"{name} {seconds:.1f}" for name, seconds in s["stage_seconds"].items())
        lines.append(f"  stages    {stages} (seconds, summed over batches)")
    lines += [f"  quarantined {path}: {reason}" for path, reason in s["quarantined"]]
    lines.append(f"  warehouse {s['warehouse']}")
    print("\n".join(lines))
