"""Concurrency with real processes: readers query while an ingest loads; a second ingest waits or stops.

DuckDB lets one process hold the file read-write and no other process read it meanwhile, so a load holds
it only while a batch commits (warehouse/locks.py). Here a writer loads many small batches while reader
processes query in a loop and `transcripts query` runs; a second ingest started meanwhile exits 2 with a
one-line reason, a third with --lock-timeout waits, then loads, and the result equals one clean run.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.kill import child_command, child_env, run_to_end
from benchmarks.synthetic import make_corpus
from flows.read_raw import discover, plan_batches
from tests.conftest import table_snapshot
from tests.test_cli import TRANSCRIPTS

BATCH_FILES = 3
FILES = 30

READER = r"""
import json, sys, time
from pathlib import Path
from warehouse.connection import open_reader
from warehouse.reconcile import reconciliation_problems
warehouse, stop = sys.argv[1], Path(sys.argv[2])
while not stop.exists():
    started = time.monotonic()
    try:
        with open_reader(warehouse, wait_seconds=60) as con:
            sources = con.execute("SELECT count(*) FROM sources").fetchone()[0]
            turns = con.execute("SELECT count(*) FROM turns").fetchone()[0]
            problems = reconciliation_problems(con)
        print(json.dumps({"sources": sources, "turns": turns, "problems": problems,
                          "waited": time.monotonic() - started}), flush=True)
    except Exception as error:
        print(json.dumps({"error": f"{type(error).__name__}: {error}"}), flush=True)
    time.sleep(0.2)
"""


def test_readers_and_a_second_ingest_during_a_load(tmp_path: Path) -> None:
    source = tmp_path / "in"
    make_corpus(source, FILES, seed=3)
    clean = tmp_path / "clean.duckdb"
    run_to_end(source, clean, BATCH_FILES)
    warehouse = tmp_path / "shared.duckdb"
    # The warehouse exists (schema only) before readers start, as it would for an analyst.
    (tmp_path / "empty").mkdir()
    run_to_end(tmp_path / "empty", warehouse, BATCH_FILES)
    prefix_sizes = _prefix_sizes(source)
    stop = tmp_path / "stop"

    writer = subprocess.Popen(
        child_command(source, warehouse, BATCH_FILES), stderr=subprocess.PIPE, text=True, env=child_env()
    )
    readers = [
        subprocess.Popen(
            [sys.executable, "-c", READER, str(warehouse), str(stop)],
            stdout=subprocess.PIPE,
            text=True,
            env=child_env(),
        )
        for _ in range(2)
    ]
    try:
        assert writer.stderr is not None
        for line in writer.stderr:
            if line.startswith("batch 1/"):
                break
        second = _ingest(source, warehouse)
        assert writer.poll() is None, "the writer finished before the second ingest could meet it"
        waiting = subprocess.Popen(
            [str(TRANSCRIPTS), "ingest", str(source), "--warehouse", str(warehouse), "--engine", "local",
             "--lock-timeout", "300"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env(),
        )  # fmt: skip
        analyst = subprocess.run(
            [str(TRANSCRIPTS), "query", "SELECT count(*) AS n FROM turns", "--warehouse", str(warehouse),
             "--format", "json"],
            capture_output=True, text=True, timeout=120, env=child_env(),
        )  # fmt: skip
        writer_still_running = writer.poll() is None
        writer_err = writer.stderr.read()
        assert writer.wait(timeout=300) == 0, writer_err
        waited_out, waited_err = waiting.communicate(timeout=300)
    finally:
        stop.touch()
        for process in (writer, *readers):
            if process.poll() is None:
                process.wait(timeout=120)
    reads = [json.loads(line) for r in readers for line in (r.stdout.read() if r.stdout else "").splitlines()]

    # The second ingest stopped at once with one line naming the ingest holding the warehouse.
    assert second.returncode == 2, second.stderr
    assert second.stderr.strip().splitlines() == [
        f"transcripts: warehouse {warehouse} is being loaded by another ingest (process {writer.pid}); wait for it "
        "to finish, pass --lock-timeout SECONDS to wait, or use --warehouse to write elsewhere"
    ]
    # The third waited with a message, then ran over the same files: nothing new, nothing doubled.
    assert waiting.returncode == 0, waited_err
    assert "being loaded by another ingest" in waited_err and "waiting up to 300 s" in waited_err
    assert "loaded 0 · skipped unchanged" in waited_out
    assert table_snapshot(warehouse) == table_snapshot(clean)

    # Readers never failed, never saw a partial batch or an unreconciled turn, and read during the load.
    assert reads and not [r for r in reads if "error" in r], [r for r in reads if "error" in r][:3]
    assert all(r["problems"] == [] for r in reads)
    assert {r["sources"] for r in reads} <= prefix_sizes
    mid_load = [r for r in reads if 0 < r["sources"] < max(prefix_sizes)]
    assert len(mid_load) >= 3, f"only {len(mid_load)} reads landed during the load"
    if writer_still_running:
        assert analyst.returncode == 0, analyst.stderr
        assert json.loads(analyst.stdout)[0]["n"] >= 0


def _ingest(source: Path, warehouse: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(TRANSCRIPTS), "ingest", str(source), "--warehouse", str(warehouse), "--engine", "local"],
        capture_output=True, text=True, timeout=120, env=child_env(),
    )  # fmt: skip


def _prefix_sizes(source: Path) -> set[int]:
    sizes, total = {0}, 0
    for batch in plan_batches(discover(source), BATCH_FILES, 1 << 40):
        total += len(batch)
        sizes.add(total)
    return sizes


def test_a_reader_waits_for_a_commit_and_a_commit_waits_for_readers(tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    source = tmp_path / "in"
    make_corpus(source, 3, seed=1)
    run_to_end(source, warehouse, 256)
    # A reader process holding the file: a write window waits for it (instead of failing at once).
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], read_only=True); "
         "print('held', flush=True); time.sleep(2)", str(warehouse)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    started = time.monotonic()
    result = _ingest(source, warehouse)
    holder.wait()
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - started < 60
