"""The DuckLake warehouse (warehouse/lake.py) against the embedded one: same tables and views, same rows, reruns
and concurrent runs that neither lose nor double anything, batches staged as Parquet that a retry overwrites.

The PostgreSQL catalog is the one the issue names (a throwaway server, tests/pg.py); the DuckDB-file catalog
is the single-machine variant. No Prefect here: the runner is the same one the flow drives.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from cli.query import _run_lake
from flows.batch import process_batch, skip_already_loaded
from flows.read_raw import discover
from flows.runner import run_ingest
from flows.staging import MANIFEST, StagedBatchError, read_staged, remove_staged, write_staged
from sql import read_sql, view_files
from synth.generate import generate_corpus
from tests.conftest import REPO, SAMPLE, WAREHOUSE_TABLES, snapshot_of, table_snapshot
from tests.test_cli import TRANSCRIPTS
from warehouse.lake import LakeTarget, is_commit_conflict, open_lake, with_commit_retry
from warehouse.load import KnownSource, ensure_schema
from warehouse.targets import LakeWriteTarget


def _lake_snapshot(target: LakeTarget) -> dict[str, list[tuple[object, ...]]]:
    with open_lake(target, read_only=True) as con:
        return snapshot_of(con)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The bundled sample plus a small generated corpus of every synthetic format, in one folder."""
    folder = tmp_path / "corpus"
    shutil.copytree(SAMPLE, folder / "sample")
    generate_corpus(folder / "generated", 200_000, seed=5)
    return folder


def test_lake_tables_columns_and_views_are_the_embedded_ones(tmp_path: Path) -> None:
    embedded = duckdb.connect(str(tmp_path / "e.duckdb"))
    ensure_schema(embedded)
    with open_lake(LakeTarget.parse(str(tmp_path / "meta.ducklake"), tmp_path / "data")) as lake:
        ensure_schema(lake)
        ensure_schema(lake)  # a second run over an existing lake changes nothing and fails nothing

        def columns(con: duckdb.DuckDBPyConnection) -> list[tuple[object, ...]]:
            return con.execute(
                "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
                "WHERE table_catalog = current_database() AND table_schema = 'main' ORDER BY ALL"
            ).fetchall()

        def views(con: duckdb.DuckDBPyConnection) -> list[tuple[object, ...]]:
            return con.execute(
                "SELECT view_name, comment FROM duckdb_views() WHERE database_name = current_database() "
                "AND NOT internal ORDER BY ALL"
            ).fetchall()

        assert columns(lake) == columns(embedded)
        assert views(lake) == views(embedded)
        assert len(views(lake)) == len(view_files())
    embedded.close()


def test_view_column_comments_are_what_the_lake_leaves_out() -> None:
    # DuckLake cannot comment on a view's columns; sql.create_views drops those statements line by line.
    for name in view_files():
        text = read_sql(name)
        assert len(re.findall(r"COMMENT ON COLUMN", text)) == len(
            re.findall(r"^COMMENT ON COLUMN .*';[ \t]*$", text, re.MULTILINE)
        ), f"sql/{name}: each COMMENT ON COLUMN must be one line ending in ';"


def test_embedded_and_lake_hold_the_same_rows(pg_catalog: str, corpus: Path, tmp_path: Path) -> None:
    lake = LakeTarget.parse(pg_catalog, tmp_path / "lake-data")
    embedded = tmp_path / "e.duckdb"

    first_embedded = run_ingest(corpus, embedded, max_batch_files=3)
    first_lake = run_ingest(corpus, LakeWriteTarget(lake), max_batch_files=3)
    assert first_lake.files_loaded == first_embedded.files_loaded > 5
    assert first_lake.turns_loaded == first_embedded.turns_loaded > 1000
    expected = table_snapshot(embedded)
    assert _lake_snapshot(lake) == expected

    again = run_ingest(corpus, LakeWriteTarget(lake), max_batch_files=3)
    assert (again.files_loaded, again.turns_parsed) == (0, 0)
    assert again.files_unchanged == first_lake.files_loaded
    assert _lake_snapshot(lake) == expected, "a rerun changed the lake"
    with open_lake(lake, read_only=True) as con:
        runs = con.execute("SELECT status, files_loaded FROM runs ORDER BY started_at").fetchall()
        overview = con.execute("SELECT count(*) FROM session_overview").fetchone()
    assert first_lake.status == first_embedded.status
    assert runs == [(first_lake.status, first_lake.files_loaded), (again.status, 0)]
    assert overview == (len(expected["sessions"]),)


def test_a_staged_batch_is_content_keyed_and_overwritten_by_a_retry(tmp_path: Path) -> None:
    paths = [f.path for f in discover(SAMPLE)]
    batch = process_batch(paths, {})
    first = write_staged(batch, tmp_path / "staging")
    again = write_staged(process_batch(paths, {}), tmp_path / "staging")

    assert again.key == first.key and again.directory == first.directory
    assert [p.name for p in (tmp_path / "staging").iterdir()] == [first.key], "a retry must not add a copy"
    assert not list(Path(first.directory).glob("*.tmp")), "temporary files are renamed or removed"
    back = read_staged(again)
    for table in WAREHOUSE_TABLES:
        assert getattr(back, table).equals(getattr(batch, table)), table
    assert back.unchanged == batch.unchanged

    other = write_staged(process_batch(paths[:2], {}), tmp_path / "staging")
    assert other.key != first.key

    (Path(first.directory) / MANIFEST).unlink()
    with pytest.raises(StagedBatchError, match="unfinished"):
        read_staged(first)
    remove_staged(first)
    assert not Path(first.directory).exists()


def test_files_another_run_loaded_meanwhile_are_not_loaded_twice() -> None:
    paths = [f.path for f in discover(SAMPLE)]
    batch = process_batch(paths, {})
    loaded = batch.sources.filter(batch.sources["status"] == "loaded").row(0, named=True)
    known = {
        loaded["path"]: KnownSource(loaded["source_id"], loaded["sha256"], "loaded"),
        # Same path, another hash: the file changed, so this batch's rows replace the other run's.
        paths[-1]: KnownSource("x", "0" * 64, "loaded"),
    }
    kept = skip_already_loaded(batch, known)

    assert loaded["source_id"] in kept.unchanged
    for table in WAREHOUSE_TABLES:
        frame = getattr(kept, table)
        assert loaded["source_id"] not in frame["source_id"].to_list(), table
    assert kept.sources.height == batch.sources.height - 1
    assert skip_already_loaded(batch, {}) is batch


def test_a_conflicting_commit_is_retried_on_the_newer_snapshot(pg_catalog: str, tmp_path: Path) -> None:
    target = LakeTarget.parse(pg_catalog, tmp_path / "data")
    with open_lake(target) as first, open_lake(target) as second:
        ensure_schema(first)
        first.execute("BEGIN")
        second.execute("BEGIN")
        first.execute("CREATE OR REPLACE VIEW probe AS SELECT 1 AS n")
        second.execute("CREATE OR REPLACE VIEW probe AS SELECT 2 AS n")
        first.execute("COMMIT")
        with pytest.raises(duckdb.Error) as refused:
            second.execute("COMMIT")
        assert is_commit_conflict(refused.value)

        attempts: list[int] = []

        def replace_view() -> None:
            attempts.append(1)
            second.execute("BEGIN")
            second.execute("CREATE OR REPLACE VIEW probe AS SELECT 2 AS n")
            if len(attempts) == 1:  # a third session commits in between, as a concurrent run would
                first.execute("CREATE OR REPLACE VIEW probe AS SELECT 3 AS n")
            second.execute("COMMIT")

        with_commit_retry(replace_view)
        assert len(attempts) == 2
        assert first.execute("SELECT n FROM probe").fetchone() == (2,)

    with pytest.raises(ValueError):
        with_commit_retry(lambda: (_ for _ in ()).throw(ValueError("not a conflict")))


_CONCURRENT_INGEST = textwrap.dedent(
    """
    import sys
    from flows.runner import run_ingest
    from warehouse.lake import LakeTarget
    from warehouse.targets import LakeWriteTarget
    summary = run_ingest(sys.argv[1], LakeWriteTarget(LakeTarget.parse(sys.argv[2], sys.argv[3])), max_batch_files=1)
    print(summary.status, summary.files_loaded)
    """
)


def test_two_ingests_of_different_folders_at_once_both_land(pg_catalog: str, tmp_path: Path) -> None:
    folders = [tmp_path / "a", tmp_path / "b"]
    generate_corpus(folders[0], 150_000, seed=11)
    generate_corpus(folders[1], 150_000, seed=12, first_file=1000)
    embedded = tmp_path / "e.duckdb"
    for folder in folders:
        run_ingest(folder, embedded)
    lake = LakeTarget.parse(pg_catalog, tmp_path / "lake-data")
    with open_lake(lake) as con:
        ensure_schema(con)  # both runs then race on the views, the catalog and every table, one batch per file

    runs = [
        subprocess.Popen(
            [sys.executable, "-c", _CONCURRENT_INGEST, str(folder), pg_catalog, str(tmp_path / "lake-data")],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for folder in folders
    ]
    outputs = [run.communicate(timeout=300) for run in runs]
    for run, (out, err) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, err[-2000:]
        assert out.split()[0] in {"completed", "failed_quality_gate"}

    assert _lake_snapshot(lake) == table_snapshot(embedded)
    with open_lake(lake, read_only=True) as con:
        assert con.execute(
            "SELECT count(*), count(DISTINCT run_id) FROM runs WHERE status = 'completed'"
        ).fetchone() == (
            2,
            2,
        )


def test_a_duckdb_file_catalog_holds_the_same_rows_and_query_reads_it_only(tmp_path: Path) -> None:
    catalog = str(tmp_path / "m.ducklake")
    run_ingest(SAMPLE, tmp_path / "e.duckdb")
    run_ingest(SAMPLE, LakeWriteTarget(LakeTarget.parse(catalog, tmp_path / "data")))
    assert _lake_snapshot(LakeTarget.parse(catalog)) == table_snapshot(tmp_path / "e.duckdb")

    read = subprocess.run(
        [TRANSCRIPTS, "query", "--lake", catalog, "--format", "csv", "SELECT count(*) AS n FROM turns"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert read.returncode == 0, read.stderr
    assert read.stdout.splitlines() == ["n", "45"]

    for sql in ("DELETE FROM turns", "SELECT * FROM read_csv('/etc/passwd')", f"COPY turns TO '{tmp_path}/out.csv'"):
        with pytest.raises(duckdb.Error):
            _run_lake(catalog, sql)
    assert not (tmp_path / "out.csv").exists()


def test_an_unreachable_catalog_is_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [TRANSCRIPTS, "ingest", str(SAMPLE), "--lake", "postgres:dbname=none host=127.0.0.1 port=1"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.startswith("transcripts: cannot open DuckLake ducklake:postgres:dbname=none")
    assert len(result.stderr.strip().splitlines()) == 1
