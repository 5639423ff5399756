"""Every turn accounted for: parsed = kept + dropped, per file, per session and per run, each dropped turn
with its original text, checked on the committed rows of every corpus in ../shared/corpora; a warehouse
that does not add up fails the run loudly."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from flows.runner import process_in_order, run_ingest
from schemas.validate import ValidatedBatch
from tests.conftest import query, shared_path
from transforms.config import QualityGateConfig
from warehouse import reconcile
from warehouse.load import KnownSource
from warehouse.reconcile import ReconciliationError, reconciliation_problems

CORPORA = ("annomi", "esconv", "cpsycoun", "muspsy", "cactus", "psycheval", "smilechat")


@pytest.mark.shared
@pytest.mark.parametrize("corpus", CORPORA)
def test_every_turn_of_every_corpus_is_accounted_for(corpus: str, tmp_path: Path) -> None:
    folder = shared_path("corpora", corpus)
    warehouse = tmp_path / "w.duckdb"
    # Gates are not the subject: a corpus folder's LICENSE and README count as unparseable files.
    summary = run_ingest(folder, warehouse, gates=QualityGateConfig(gates=()))

    assert summary.status == "completed"
    assert summary.turns_parsed > 0 and summary.bytes_read > 0
    assert summary.turns_parsed == summary.turns_loaded + summary.turns_dropped
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert reconciliation_problems(con) == []
        run = con.execute("SELECT status, bytes_read, turns_parsed, turns_loaded, turns_dropped FROM runs").fetchall()
        assert run == [
            ("completed", summary.bytes_read, summary.turns_parsed, summary.turns_loaded, summary.turns_dropped)
        ]
        # Independent of the run's own figures: the files' parsed turns are the kept turns plus the dropped
        # ones, each dropped turn a defect row that carries its text (a dropped session: its turns as JSON).
        parsed = con.execute("SELECT sum(turns_parsed) FROM sources").fetchone()
        kept = con.execute("SELECT count(*) FROM turns").fetchone()
        dropped = con.execute(
            """SELECT count(*) FILTER (WHERE action = 'dropped' AND defect_type <> 'duplicate_session'
                                       AND excerpt IS NOT NULL),
                      coalesce(sum(json_array_length(CASE WHEN defect_type = 'duplicate_session' THEN excerpt END)), 0)
               FROM defects"""
        ).fetchone()
        assert parsed is not None and kept is not None and dropped is not None
        assert parsed[0] == kept[0] + dropped[0] + dropped[1] == summary.turns_parsed
    finally:
        con.close()


def test_a_warehouse_that_does_not_add_up_is_reported_by_file(sample_dir: Path, warehouse_path: Path) -> None:
    run_ingest(sample_dir, warehouse_path)
    con = duckdb.connect(str(warehouse_path))
    try:
        assert reconciliation_problems(con) == []
        con.execute("DELETE FROM turns WHERE rowid = (SELECT min(rowid) FROM turns)")
        problems = reconciliation_problems(con)
    finally:
        con.close()
    assert problems and problems[0].startswith("parsed != kept + dropped: ")
    assert any("turn positions missing or doubled" in p for p in problems)


def test_checks_in_chunks_of_files_find_the_same_problems(
    sample_dir: Path, warehouse_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The scoped checks run a chunk of files at a time (memory stays that of a chunk); one file a chunk must report
    # what one chunk of every file reports.
    run_ingest(sample_dir, warehouse_path)
    con = duckdb.connect(str(warehouse_path))
    try:
        con.execute("DELETE FROM turns WHERE rowid IN (SELECT min(rowid) FROM turns GROUP BY source_id)")
        whole = reconciliation_problems(con)
        monkeypatch.setattr(reconcile, "CHECK_CHUNK_FILES", 1)
        chunked = reconciliation_problems(con)
    finally:
        con.close()
    assert whole and chunked == whole
    assert len(whole[0].split(": ", 1)[1].split(", ")) > 1


def test_a_run_whose_turns_do_not_add_up_fails_loudly(sample_dir: Path, warehouse_path: Path) -> None:
    def losing_a_turn(batches: list[list[str]], known: Mapping[str, KnownSource]) -> Iterator[ValidatedBatch]:
        # A bug that drops a turn without its defect row, after the batch's own check.
        for batch in process_in_order(batches, known):
            yield replace(batch, turns=batch.turns.slice(1)) if batch.turns.height else batch

    with pytest.raises(ReconciliationError, match="parsed != kept \\+ dropped"):
        run_ingest(sample_dir, warehouse_path, process=losing_a_turn)
    assert query(warehouse_path, "SELECT status, error FROM runs") == [("failed", "ReconciliationError")]


def test_a_run_checks_what_a_killed_run_left_not_only_its_own_files(sample_dir: Path, warehouse_path: Path) -> None:
    run_ingest(sample_dir, warehouse_path)
    con = duckdb.connect(str(warehouse_path))
    try:
        # As if the run had been killed after its commits, with one of its turns lost on the way.
        con.execute("UPDATE runs SET status = 'interrupted'")
        con.execute("DELETE FROM turns WHERE rowid = (SELECT min(rowid) FROM turns)")
        assert reconciliation_problems(con, unchecked_only=True) != []
        # Files a completed run checked are not checked again (that is what keeps a rerun cheap).
        con.execute("UPDATE runs SET status = 'completed'")
        assert reconciliation_problems(con, unchecked_only=True) == []
        con.execute("UPDATE runs SET status = 'interrupted'")
    finally:
        con.close()

    # The next run reads nothing new, yet fails on the rows the interrupted run left.
    with pytest.raises(ReconciliationError, match="parsed != kept \\+ dropped"):
        run_ingest(sample_dir, warehouse_path)
