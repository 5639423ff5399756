"""Kill an ingest with SIGKILL at chosen or random points (tests/test_crash.py, benchmarks/soak.py).

The child is the plain runner (`flows.runner.run_ingest`, what `transcripts ingest --engine local` runs),
started as its own process. It prints a marker to stderr as each write window opens, starts closing
(COMMIT done, checkpoint and close under way) and has closed, so a kill can be aimed at loading, at the
checkpoint, or at the processing between windows, and each kill is reported with where it landed.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb

from flows.read_raw import discover, plan_batches
from warehouse.reconcile import reconciliation_problems

REPO = Path(__file__).resolve().parents[1]

CHILD = r"""
import logging, sys
from contextlib import contextmanager
logging.basicConfig(stream=sys.stderr, level=logging.INFO, format="%(message)s")
import flows.runner as runner
import warehouse.targets as targets  # the embedded target opens each write window through open_warehouse
real_open = targets.open_warehouse

@contextmanager
def marked_open(*args, **kwargs):
    with real_open(*args, **kwargs) as con:
        print("MARK open", file=sys.stderr, flush=True)
        yield con
        print("MARK closing", file=sys.stderr, flush=True)
    print("MARK closed", file=sys.stderr, flush=True)

targets.open_warehouse = marked_open
runner.run_ingest(sys.argv[1], sys.argv[2], max_batch_files=int(sys.argv[3]))
print("MARK done", file=sys.stderr, flush=True)
"""

# Where a kill is aimed: a random moment of the run, or the k-th window's open / closing / closed marker.
AIMS = ("random", "open", "closing", "closed")


@dataclass
class Kill:
    aim: str
    landed: str  # the phase the child was in: start-up, processing, loading, checkpoint, finished
    windows_seen: int


def child_command(source: Path, warehouse: Path, batch_files: int) -> list[str]:
    return [sys.executable, "-c", CHILD, str(source), str(warehouse), str(batch_files)]


def child_env() -> dict[str, str]:
    path = os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "PYTHONPATH": path}


def run_to_end(source: Path, warehouse: Path, batch_files: int, timeout: float = 300) -> float:
    """Run the child to its end; returns the seconds of work (from discovery to exit, start-up aside),
    the span a random kill is drawn from."""
    child = subprocess.Popen(
        child_command(source, warehouse, batch_files), stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
        env=child_env(),
    )  # fmt: skip
    assert child.stderr is not None
    found: float | None = None
    lines = []
    for line in child.stderr:
        lines.append(line)
        if found is None and line.startswith("found "):
            found = time.monotonic()
    returncode = child.wait(timeout=timeout)
    if returncode != 0 or found is None or "MARK done\n" not in lines:
        raise AssertionError(f"ingest failed ({returncode}): {''.join(lines)[-2000:]}")
    return time.monotonic() - found


def windows_of_run(batches: int, held: int) -> int:
    """The write windows a run opens when the warehouse already holds the first `held` of its `batches`: its
    start, one per batch that reads a file anew (a batch of unchanged files rides with the next commit; the last
    batch always commits), the re-read check for orphaned duplicates, the reconciliation and its finish."""
    return max(batches - held, 1) + 4


def kill_once(
    source: Path, warehouse: Path, batch_files: int, rng: random.Random, aim: str, work_seconds: float, windows: int
) -> Kill | None:
    """Start the child and SIGKILL it at the aimed point; None when it finished before the kill."""
    child = subprocess.Popen(
        child_command(source, warehouse, batch_files),
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=child_env(),
    )
    assert child.stderr is not None
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert child.stderr is not None
        for line in child.stderr:
            lines.put(line.strip())
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    target = rng.randint(1, windows)
    seen_windows = 0
    phase = "start-up"
    deadline: float | None = None
    try:
        while True:
            timeout = None if deadline is None else max(deadline - time.monotonic(), 0.0)
            try:
                line = lines.get(timeout=timeout if timeout is not None else 120)
            except queue.Empty:
                if deadline is not None:
                    break  # the random moment has come
                raise AssertionError("the child printed nothing for 120 s") from None
            if line is None:
                child.wait(timeout=60)
                return None  # it finished first
            phase = _phase_after(line, phase)
            if line == "MARK open":
                seen_windows += 1
            if aim == "random" and line.startswith("found ") and deadline is None:
                deadline = time.monotonic() + rng.uniform(0, work_seconds)
            elif aim != "random" and line == f"MARK {aim}" and seen_windows >= target:
                # A checkpoint of these small warehouses lasts a few milliseconds: a longer wait lets the kill land
                # after it, in processing, so the checkpoint would go unhit on a fast or quiet machine.
                time.sleep(rng.uniform(0, 0.002 if aim == "closing" else 0.02))
                break
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    # Everything the child printed before it died tells where it was.
    while True:
        try:
            line = lines.get(timeout=5)
        except queue.Empty:
            break
        if line is None:
            break
        phase = _phase_after(line, phase)
        seen_windows += line == "MARK open"
    if phase == "finished":
        return None
    return Kill(aim, phase, seen_windows)


def _phase_after(line: str, phase: str) -> str:
    return {
        "MARK open": "loading",
        "MARK closing": "checkpoint",
        "MARK closed": "processing",
        "MARK done": "finished",
    }.get(line, "processing" if line.startswith("found ") else phase)


def check_no_partial_batch(source: Path, warehouse: Path, batch_files: int) -> int:
    """The warehouse after a kill: every turn reconciled, and the files it holds are exactly the first m
    planned batches (batches commit in order, whole or not at all). Returns m."""
    if not warehouse.exists():
        return 0
    planned = [[f.path for f in batch] for batch in plan_batches(discover(source), batch_files, 1 << 40)]
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        tables = {name for (name,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "sources" not in tables:
            return 0
        problems = reconciliation_problems(con)
        held = {path for (path,) in con.execute("SELECT path FROM sources").fetchall()}
    finally:
        con.close()
    assert problems == [], problems
    prefix: set[str] = set()
    for count, batch in enumerate(planned):
        if prefix == held:
            return count
        prefix |= set(batch)
    assert prefix == held, f"the warehouse holds a partial batch: {sorted(held ^ prefix)[:5]}"
    return len(planned)
