"""Scale-out: the same corpus through the embedded warehouse and through Dask workers into a DuckLake.

    .venv/bin/python benchmarks/scale_out.py [--size MB] [--batch-files N] [--catalog postgres:...] [--keep DIR]

A corpus of --size MB is generated (`transcripts generate`'s generator, seed 0) in a temp folder, then
loaded four ways, each into a fresh warehouse, each process warmed first (imports and lexicons loaded, as
in a standing cluster):
- embedded: `run_ingest` in this process (the `--engine local` path: serial batches, one DuckDB file);
- lake, local: the same, committing to a DuckLake with a PostgreSQL catalog (the cost of the lake alone);
- lake, Dask 1 / 2 workers: the Prefect flow with prefect-dask's DaskTaskRunner on a LocalCluster of that
  many worker processes (started before the clock, as a standing cluster would be), batches staged as Parquet
  and committed by the flow.
Printed per mode: wall seconds of the run (Prefect's server start-up excluded), MB/s and sessions/s on the
wall clock, CPU seconds of this process and of the Dask workers, MB per CPU-second (the figure that does not
depend on what else the machine runs), batches and the DuckLake (or DuckDB) commit seconds per batch.

PostgreSQL: a throwaway server as in the tests (tests/pg.py), unless --catalog names a database to use
(each mode then needs a fresh one: the benchmark creates a schema-free database per mode only when it
starts its own server). The machine's two cores are shared with other work: compare CPU figures.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Offline and quiet, before Prefect or Dask are imported.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "error")

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import psutil  # noqa: E402

from flows.runner import run_ingest  # noqa: E402
from synth.generate import generate_corpus  # noqa: E402
from tests.pg import PostgresServer, start_postgres  # noqa: E402
from warehouse.lake import LakeTarget  # noqa: E402
from warehouse.targets import LakeWriteTarget  # noqa: E402


@dataclass
class Result:
    mode: str
    wall: float
    cpu_here: float
    cpu_workers: float
    batches: int
    commit_seconds: float
    sessions: int
    turns: int
    status: str


def _cpu(process: psutil.Process) -> float:
    times = process.cpu_times()
    return float(times.user + times.system)


def _local(mode: str, corpus: Path, target: Any, batch_files: int) -> Result:
    _warm_worker()  # the same warm start as the Dask workers get
    here = psutil.Process()
    cpu, started = _cpu(here), time.perf_counter()
    summary = run_ingest(corpus, target, max_batch_files=batch_files)
    return _result(mode, summary.as_dict(), time.perf_counter() - started, _cpu(here) - cpu, 0.0, corpus, batch_files)


def _dask(workers: int, corpus: Path, catalog: str, data: Path, batch_files: int) -> Result:
    from distributed import Client, LocalCluster

    from flows.cluster import dask_task_runner, local_cluster_kwargs
    from flows.ingest import ingest_flow

    with (
        LocalCluster(**local_cluster_kwargs(workers)) as cluster,  # type: ignore[no-untyped-call]
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        # A standing cluster has its imports and lexicons loaded: so do these workers before the clock starts.
        client.run(_warm_worker)
        pids = [psutil.Process(w.process.pid) for w in cluster.workers.values() if w.process and w.process.pid]
        flow = ingest_flow.with_options(task_runner=dask_task_runner(cluster.scheduler_address))
        here = psutil.Process()
        cpu_here, cpu_workers, started = _cpu(here), sum(_cpu(p) for p in pids), time.perf_counter()
        state = flow(
            str(corpus), str(data / "unused.duckdb"), lake=catalog, lake_data=str(data),
            staged_in_flight=2 * workers, max_batch_files=batch_files, return_state=True,
        )  # fmt: skip
        wall = time.perf_counter() - started
        spent_workers = sum(_cpu(p) for p in pids) - cpu_workers
        spent_here = _cpu(here) - cpu_here
    result: Any = state.result(raise_on_failure=False)
    if not isinstance(result, dict):
        raise RuntimeError(f"the flow ended {state.type} without a summary")
    return _result(f"lake, Dask {workers} worker(s)", result, wall, spent_here, spent_workers, corpus, batch_files)


def _warm_worker() -> None:
    from flows.batch import process_batch
    from flows.read_raw import discover

    process_batch([f.path for f in discover(REPO / "sample" / "transcripts")], {})


def _start_prefect() -> None:
    """Prefect's temporary server starts with the first flow run of the process and serves the later ones:
    start it with an empty flow, so no Dask figure carries its start-up."""
    from prefect import flow

    @flow(name="scale-out-warm-up")
    def warm_up() -> None:
        return None

    warm_up()


def _result(
    mode: str, s: dict[str, Any], wall: float, cpu_here: float, cpu_workers: float, corpus: Path, batch_files: int
) -> Result:
    files = sum(1 for p in corpus.rglob("*") if p.is_file())
    batches = max(1, -(-files // batch_files))
    return Result(
        mode, wall, cpu_here, cpu_workers, batches, s["stage_seconds"].get("load", 0.0),
        s["sessions_loaded"], s["turns_loaded"], s["status"],
    )  # fmt: skip


def _print(results: list[Result], megabytes: float) -> None:
    print(f"\ncorpus {megabytes:.1f} MB; wall = the run (Prefect server start-up excluded); CPU = user+system")
    header = (
        f"{'mode':28} {'wall s':>7} {'MB/s':>6} {'sess/s':>7} {'CPU here':>9} {'CPU wrk':>8} {'MB/CPU-s':>9} "
        f"{'batches':>7} {'commit s/batch':>14}"
    )
    print(header)
    for r in results:
        cpu = r.cpu_here + r.cpu_workers
        print(
            f"{r.mode:28} {r.wall:7.1f} {megabytes / r.wall:6.2f} {r.sessions / r.wall:7.0f} {r.cpu_here:9.1f} "
            f"{r.cpu_workers:8.1f} {megabytes / cpu:9.2f} {r.batches:7d} {r.commit_seconds / r.batches:14.3f}"
        )
    print("statuses:", ", ".join(f"{r.mode}: {r.status}" for r in results))
    print("sessions/turns loaded:", ", ".join(f"{r.sessions}/{r.turns}" for r in results))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--size", type=float, default=30.0, help="corpus size in MB (default 30)")
    parser.add_argument("--batch-files", type=int, default=8, help="files per batch (default 8: ~1.6 MB batches)")
    parser.add_argument("--catalog", help="a PostgreSQL DuckLake catalog to use instead of a throwaway server")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args(argv)

    work = args.keep or Path(tempfile.mkdtemp(prefix="tw-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PREFECT_HOME", str(work / "prefect-home"))
    corpus = work / "corpus"
    if not corpus.exists():
        stats = generate_corpus(corpus, int(args.size * 1e6), seed=0)
        print(f"generated {stats}", flush=True)
    megabytes = sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file()) / 1e6

    server: PostgresServer | None = None if args.catalog else start_postgres()
    try:

        def catalog() -> str:
            assert server is not None or args.catalog
            return server.create_database() if server is not None else str(args.catalog)

        results = [_local("embedded", corpus, work / "embedded.duckdb", args.batch_files)]
        print(f"done: {results[-1].mode}", flush=True)
        lake = LakeWriteTarget(LakeTarget.parse(catalog(), work / "lake-local"))
        results.append(_local("lake, local (no Dask)", corpus, lake, args.batch_files))
        print(f"done: {results[-1].mode}", flush=True)
        from flows.cluster import shared_prefect_api

        # One temporary Prefect server, its address in the environment the workers inherit.
        with shared_prefect_api():
            _start_prefect()
            for workers in (1, 2):
                results.append(_dask(workers, corpus, catalog(), work / f"lake-dask-{workers}", args.batch_files))
                print(f"done: {results[-1].mode}", flush=True)
    finally:
        if server is not None:
            server.stop()
    _print(results, megabytes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
