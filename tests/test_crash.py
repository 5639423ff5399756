"""Crash safety: SIGKILL the ingest anywhere, many times; the finished warehouse equals one clean run.

Each kill is aimed at a random moment of the work, or at the k-th write window as it opens (mid-load),
as it closes (COMMIT done, checkpoint under way) or just after (processing the next batch). After every
kill the warehouse must hold whole batches only, every turn reconciled; after the last, one run to the
end must leave every table (run lineage columns aside) as one uninterrupted run leaves it.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.kill import AIMS, Kill, check_no_partial_batch, child_env, kill_once, run_to_end, windows_of_run
from benchmarks.synthetic import make_corpus
from tests.conftest import query, table_snapshot
from tests.test_cli import TRANSCRIPTS

BATCH_FILES = 6
FILES = 24
KILLS_PER_CYCLE = 7
CYCLES = 3  # 21 kills in all


def test_sigkill_at_random_points_then_one_run_equals_a_clean_run(tmp_path: Path) -> None:
    source = tmp_path / "in"
    make_corpus(source, FILES, seed=11)
    clean = tmp_path / "clean.duckdb"
    work_seconds = run_to_end(source, clean, BATCH_FILES)
    expected = table_snapshot(clean)
    batches = -(-FILES // BATCH_FILES)
    rng = random.Random(20261123)

    kills: list[Kill] = []
    for cycle in range(CYCLES):
        warehouse = tmp_path / f"killed{cycle}.duckdb"
        landed = held = 0
        for attempt in range(KILLS_PER_CYCLE * 3):
            if landed == KILLS_PER_CYCLE:
                break
            aim = AIMS[attempt % len(AIMS)]
            # Aimed at a window the run will open: fewer once earlier attempts committed batches.
            kill = kill_once(source, warehouse, BATCH_FILES, rng, aim, work_seconds, windows_of_run(batches, held))
            held = check_no_partial_batch(source, warehouse, BATCH_FILES)
            if kill is not None:
                kills.append(kill)
                landed += 1
        run_to_end(source, warehouse, BATCH_FILES)

        assert table_snapshot(warehouse) == expected, f"cycle {cycle}: tables differ from the clean run"
        statuses = [s for (s,) in query(warehouse, "SELECT status FROM runs ORDER BY started_at")]
        assert statuses[-1] == "completed" and set(statuses[:-1]) <= {"interrupted", "completed"}, statuses

    phases = Counter(k.landed for k in kills)
    assert len(kills) >= 20, phases
    # The kills must have hit the moments that matter, not only start-up.
    assert phases["loading"] >= 3 and phases["checkpoint"] >= 3 and phases["processing"] >= 3, phases


@pytest.mark.prefect
def test_killing_the_prefect_cli_mid_run_then_rerunning_equals_a_clean_run(tmp_path: Path) -> None:
    source = tmp_path / "in"
    make_corpus(source, 24, seed=5)
    clean = tmp_path / "clean.duckdb"
    run_to_end(source, clean, 256)
    warehouse = tmp_path / "killed.duckdb"

    # Its own process group: SIGKILL takes the CLI and the temporary Prefect server it started.
    cli = subprocess.Popen(
        [str(TRANSCRIPTS), "ingest", str(source), "--warehouse", str(warehouse)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
        start_new_session=True,
    )
    assert cli.stderr is not None
    try:
        for line in cli.stderr:
            if line.startswith("found "):
                break
        time.sleep(random.Random(3).uniform(0.0, 0.5))
    finally:
        os.killpg(cli.pid, signal.SIGKILL)
        cli.wait(timeout=60)
    assert cli.returncode == -signal.SIGKILL
    check_no_partial_batch(source, warehouse, 256)

    finish = subprocess.run(
        [str(TRANSCRIPTS), "ingest", str(source), "--warehouse", str(warehouse), "--engine", "local"],
        capture_output=True,
        text=True,
        timeout=300,
        env=child_env(),
    )
    assert finish.returncode == 0, finish.stderr
    assert table_snapshot(warehouse) == table_snapshot(clean)
