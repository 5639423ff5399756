"""The load layer: idempotent, replaces changed files, all-or-nothing per batch, owner-only, lock-aware."""

from __future__ import annotations

import hashlib
import stat
import time
from dataclasses import replace
from pathlib import Path

import polars as pl
import pytest

from flows.batch import process_batch
from flows.runner import run_ingest
from tests.conftest import query, table_snapshot
from warehouse.connection import WarehouseLockedError, connect, open_warehouse
from warehouse.load import load_batch


def _hashes(folder: Path) -> dict[str, tuple[str, float]]:
    return {
        str(p): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_sample_loads_and_reruns_identically(sample_dir: Path, warehouse_path: Path) -> None:
    before_files = _hashes(sample_dir)
    first = run_ingest(sample_dir, warehouse_path)
    snapshot = table_snapshot(warehouse_path)
    second = run_ingest(sample_dir, warehouse_path)

    assert (first.files_seen, first.files_loaded, first.files_quarantined) == (6, 4, 2)
    assert (first.sessions_loaded, first.turns_loaded, first.turns_dropped) == (5, 45, 2)
    assert first.defects_by_type == {
        "consecutive_speaker": 1,
        "duplicate_turn": 2,
        "mojibake": 1,
        "repetition_loop": 1,
        "unparseable_file": 2,
    }
    assert (second.files_unchanged, second.files_loaded, second.turns_parsed) == (6, 0, 0)
    assert table_snapshot(warehouse_path) == snapshot
    assert _hashes(sample_dir) == before_files, "raw input files must never be modified"


def test_changed_file_replaces_its_rows(sample_dir: Path, warehouse_path: Path) -> None:
    run_ingest(sample_dir, warehouse_path)
    target = sample_dir / "clinic_a" / "daniel_sessions.txt"
    first_part = target.read_text(encoding="utf-8").split("-----")[0]
    target.write_text(first_part, encoding="utf-8")

    rerun = run_ingest(sample_dir, warehouse_path)

    assert (rerun.files_loaded, rerun.files_unchanged) == (1, 5)
    rows = query(
        warehouse_path,
        "SELECT count(DISTINCT s.session_id), count(*) FROM sessions s JOIN turns t USING (session_id) "
        "WHERE s.source_path LIKE '%daniel_sessions.txt'",
    )
    assert rows == [(1, 12)]
    assert query(warehouse_path, "SELECT count(*) FROM sources WHERE path LIKE '%daniel_sessions.txt'") == [(1,)]


def test_a_failing_batch_leaves_the_warehouse_as_it_was(sample_dir: Path, warehouse_path: Path) -> None:
    run_ingest(sample_dir, warehouse_path)
    before = table_snapshot(warehouse_path)
    (sample_dir / "clinic_a" / "new.txt").write_text("Therapist: Hello.\n\nClient: Hi there.\n", encoding="utf-8")
    paths = [str(p) for p in sorted(sample_dir.rglob("*.txt"))]
    batch = process_batch(paths, {})
    # Turns whose columns do not fit the table: the INSERT fails after the DELETEs ran.
    broken = replace(batch, turns=batch.turns.with_columns(pl.lit("x").alias("turn_index")))

    with open_warehouse(warehouse_path) as con, pytest.raises(Exception, match=r"(?i)conversion|cast|convert"):
        load_batch(con, broken, "r" * 32)

    assert table_snapshot(warehouse_path) == before


def test_warehouse_file_is_owner_only(sample_dir: Path, warehouse_path: Path) -> None:
    run_ingest(sample_dir, warehouse_path)
    mode = stat.S_IMODE(warehouse_path.stat().st_mode)
    assert mode == 0o600


def test_locked_warehouse_gives_one_clear_error(warehouse_path: Path, warehouse_held: int) -> None:
    started = time.monotonic()
    with pytest.raises(WarehouseLockedError, match=rf"in use by process {warehouse_held}"):
        connect(warehouse_path, lock_timeout=1.0)
    assert time.monotonic() - started >= 1.0
