"""The load layer: idempotent, replaces changed files, all-or-nothing per batch, owner-only, lock-aware."""

from __future__ import annotations

import hashlib
import stat
import time
from dataclasses import replace
from pathlib import Path

import duckdb
import polars as pl
import pytest

import flows.batch
import flows.reader_fingerprint
import flows.runner
import transforms.pipeline
import warehouse.load
from flows.batch import process_batch
from flows.runner import run_ingest
from schemas.validate import ValidatedBatch
from tests.conftest import query, table_snapshot
from transforms.config import PipelineConfig
from transforms.formats.csv_table import COLUMN_MAPPING_FILE
from transforms.pipeline import TransformedBatch
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
    # The two quarantined files are tried again (the reason may have been ours); the rest is skipped.
    assert (second.files_unchanged, second.files_loaded, second.files_quarantined, second.turns_parsed) == (4, 0, 2, 0)
    assert table_snapshot(warehouse_path) == snapshot
    assert _hashes(sample_dir) == before_files, "raw input files must never be modified"


def test_an_unchanged_rerun_transforms_nothing_and_marks_every_file_in_few_commits(
    sample_dir: Path, warehouse_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_ingest(sample_dir, warehouse_path, max_batch_files=1)
    quarantined = {str(p) for (p,) in query(warehouse_path, "SELECT path FROM sources WHERE status = 'quarantined'")}
    snapshot = table_snapshot(warehouse_path)
    unchanged = sorted(str(p) for p in sample_dir.rglob("*") if p.is_file() and str(p) not in quarantined)
    assert len(unchanged) == 4
    transformed: list[int] = []
    real_transform = transforms.pipeline.transform_texts

    def counting_transform(files: pl.DataFrame, config: PipelineConfig) -> TransformedBatch:
        transformed.append(files.height)
        return real_transform(files, config)

    commits: list[int] = []
    real_load = warehouse.load.load_batch

    def counting_load(con: duckdb.DuckDBPyConnection, batch: ValidatedBatch, run_id: str) -> None:
        commits.append(batch.sources.height)
        real_load(con, batch, run_id)

    monkeypatch.setattr(flows.batch, "transform_texts", counting_transform)
    monkeypatch.setattr(flows.runner, "load_batch", counting_load)

    second = run_ingest(sample_dir, warehouse_path, max_batch_files=1)

    # The quarantined files have the same bytes and the same code reads them: their verdict stands unread.
    assert transformed == []
    # Six one-file batches that read nothing anew: one commit marks them all.
    assert commits == [0]
    assert (second.files_unchanged, second.files_quarantined, second.files_quarantined_kept) == (4, 2, 2)
    assert sorted(p for p, _ in second.quarantined) == sorted(quarantined)
    marked = query(
        warehouse_path, "SELECT path FROM sources WHERE run_id = ? AND status = 'unchanged'", [second.run_id]
    )
    assert sorted(str(p) for (p,) in marked) == unchanged
    assert table_snapshot(warehouse_path) == snapshot

    # Asked to, or once the code or the folder's column mapping changes, they are read again: of the two, only
    # the one that decodes reaches the pipeline (the other is not text).
    third = run_ingest(sample_dir, warehouse_path, max_batch_files=1, retry_quarantined=True)
    assert transformed == [1]
    # The two quarantined files planned first (flows/fast_check.work_first): their two commits, then one that
    # marks the four unchanged files.
    assert commits == [0, 1, 1, 0]
    assert (third.files_unchanged, third.files_quarantined, third.files_quarantined_kept) == (4, 2, 0)
    monkeypatch.setattr(flows.reader_fingerprint, "code_fingerprint", lambda: "another version")
    run_ingest(sample_dir, warehouse_path, max_batch_files=1)
    assert transformed == [1, 1]
    checklist = next(Path(p) for p in quarantined if p.endswith(".txt"))
    (checklist.parent / COLUMN_MAPPING_FILE).write_text('{"speaker": "who"}', encoding="utf-8")
    run_ingest(sample_dir, warehouse_path, max_batch_files=1)
    assert len(transformed) == 3
    run_ingest(sample_dir, warehouse_path, max_batch_files=1, fast_check=True)
    assert len(transformed) == 3, "the fast check keeps a quarantined file's verdict as a full run does"


def test_changed_file_replaces_its_rows(sample_dir: Path, warehouse_path: Path) -> None:
    run_ingest(sample_dir, warehouse_path)
    target = sample_dir / "clinic_a" / "daniel_sessions.txt"
    first_part = target.read_text(encoding="utf-8").split("-----")[0]
    target.write_text(first_part, encoding="utf-8")

    rerun = run_ingest(sample_dir, warehouse_path)

    assert (rerun.files_loaded, rerun.files_unchanged, rerun.files_quarantined) == (1, 3, 2)
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


def test_wal_is_owner_only_while_loading(warehouse_path: Path) -> None:
    with open_warehouse(warehouse_path) as con:
        con.execute("CREATE TABLE t AS SELECT range AS x FROM range(1000)")
        wal = warehouse_path.with_name(warehouse_path.name + ".wal")
        if wal.exists():
            assert stat.S_IMODE(wal.stat().st_mode) == 0o600
    assert stat.S_IMODE(warehouse_path.stat().st_mode) == 0o600


def test_a_duplicate_is_read_again_when_its_original_changes(tmp_path: Path, warehouse_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    session = "Therapist: What would you like to focus on today?\n\nClient: My sleep, it has been awful lately.\n"
    (folder / "a.txt").write_text(session, encoding="utf-8")
    (folder / "b.txt").write_text(session, encoding="utf-8")
    run_ingest(folder, warehouse_path)
    assert query(warehouse_path, "SELECT count(*) FROM sessions") == [(1,)]
    assert query(warehouse_path, "SELECT count(*) FROM defects WHERE defect_type = 'duplicate_session'") == [(1,)]

    (folder / "a.txt").write_text(
        "Therapist: Shall we start?\n\nClient: Yes, let's talk about work.\n", encoding="utf-8"
    )
    run_ingest(folder, warehouse_path)

    # b.txt did not change, but the session it copied is gone: its own session is loaded now.
    assert query(warehouse_path, "SELECT count(*) FROM sessions") == [(2,)]
    assert query(warehouse_path, "SELECT count(*) FROM defects WHERE defect_type = 'duplicate_session'") == [(0,)]
    texts = query(warehouse_path, "SELECT text FROM turns WHERE text LIKE 'My sleep%'")
    assert texts == [("My sleep, it has been awful lately.",)]


def test_a_copy_of_a_loaded_session_leaves_no_flags_on_a_session_no_table_holds(
    tmp_path: Path, warehouse_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    cut = (
        "Therapist: What has been on your mind since we last met, and how has your week been going?\n\n"
        "Client: Mostly the move. I keep making lists and then losing them somewhere in the boxes.\n\n"
        "Therapist: That sounds like a lot to carry. What would help most this week, do you think?\n\n"
        "Client: Honestly I think if I could just get the kitchen unpacked then I would be able to\n"
    )
    (folder / "a.txt").write_text(cut, encoding="utf-8")
    run_ingest(folder, warehouse_path)
    (folder / "b.txt").write_text(cut, encoding="utf-8")
    run_ingest(folder, warehouse_path)
    assert query(warehouse_path, "SELECT defect_type FROM defects ORDER BY ALL") == [
        ("duplicate_session",),
        ("truncated_turn",),
    ]
    orphans = (
        "SELECT count(*) FROM defects WHERE action = 'flagged' AND session_id NOT IN (SELECT session_id FROM sessions)"
    )
    assert query(warehouse_path, orphans) == [(0,)]


def test_two_copies_in_one_batch_of_a_loaded_session_both_name_the_loaded_one(tmp_path: Path) -> None:
    # The batch drops c as a copy of b; the warehouse then drops b as a copy of a: c must name a, not b (which no table
    # will hold), or the run would have to read c's file again to mend it.
    session = "Therapist: What would you like to focus on today?\n\nClient: My sleep, it has been awful lately.\n"
    paths = []
    for name in ("b.txt", "c.txt"):
        (tmp_path / name).write_text(session, encoding="utf-8")
        paths.append(str(tmp_path / name))
    batch = process_batch(paths, {})
    (content_hash,) = batch.sessions["content_hash"].to_list()
    earlier = pl.DataFrame(
        {"content_hash": [content_hash], "original_session_id": ["a0a0a0a0a0a0a0a0"], "original_path": ["/in/a.txt"]}
    )
    thinner = flows.batch.drop_sessions_seen_before(batch, earlier)
    details = thinner.defects.filter(pl.col("defect_type") == "duplicate_session")["detail"].to_list()
    assert details == ["same content as session a0a0a0a0a0a0a0a0 from /in/a.txt"] * 2
