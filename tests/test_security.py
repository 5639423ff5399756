"""Security: `transcripts query` is read-only and sandboxed; SQL is never built from file content; the
warehouse and its lock are owner-only; transcript text never reaches logs or the terminal at INFO+."""

from __future__ import annotations

import ast
import json
import logging
import stat
import subprocess
from pathlib import Path

import polars as pl
import pytest

from benchmarks.hostile import make_bad_files
from benchmarks.kill import child_env
from flows.runner import run_ingest
from tests.conftest import REPO, query, table_snapshot
from tests.test_cli import TRANSCRIPTS
from warehouse.locks import lock_path

MARKER = "Zebrafinch"  # a word that appears only inside transcript text
SQL_CALLS = {"execute", "sql", "executemany"}
# Names that may be interpolated into SQL: table and column names from our own constants, checks and
# statements defined in code, and the analyst's own query (on a read-only, sandboxed connection).
# Functions returning the text of the package's own .sql files (view_sql: a view file, maybe less its column comments).
SQL_FILE_READERS = {"read_sql", "view_sql"}
SQL_NAMES_ALLOWED = {"table", "columns", "listed", "sql", "statement", "mine", "_DROPPED_TURNS"}


def _query(warehouse: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(TRANSCRIPTS), "query", *args, "--warehouse", str(warehouse)],
        capture_output=True, text=True, timeout=120, env=child_env(),
    )  # fmt: skip


def test_query_is_read_only_and_cannot_reach_other_files(
    sample_dir: Path, warehouse_path: Path, tmp_path: Path
) -> None:
    run_ingest(sample_dir, warehouse_path)
    before = table_snapshot(warehouse_path)
    outside = tmp_path / "leak.csv"
    attempts = {
        "DELETE FROM turns": "read-only mode",
        "CREATE TABLE x AS SELECT 1": "read-only mode",
        f"COPY turns TO '{outside}'": "disabled by configuration",
        f"ATTACH '{tmp_path / 'other.duckdb'}' AS other": "disabled by configuration",
        "SELECT * FROM read_text('/etc/hostname')": "disabled by configuration",
        "SET enable_external_access = true": "configuration has been locked",
    }
    for sql, reason in attempts.items():
        result = _query(warehouse_path, sql)
        assert result.returncode == 2, (sql, result.stdout)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("transcripts: query failed: ") and reason in lines[0], sql
    assert not outside.exists() and not (tmp_path / "other.duckdb").exists()
    assert table_snapshot(warehouse_path) == before


def test_query_formats(sample_dir: Path, warehouse_path: Path, tmp_path: Path) -> None:
    run_ingest(sample_dir, warehouse_path)
    sql = "SELECT role, count(*) AS n FROM turns GROUP BY role ORDER BY role"
    expected = query(warehouse_path, sql)
    as_json = _query(warehouse_path, sql, "--format", "json")
    assert as_json.returncode == 0, as_json.stderr
    assert [(r["role"], r["n"]) for r in json.loads(as_json.stdout)] == expected
    as_csv = _query(warehouse_path, sql, "--format", "csv")
    assert as_csv.stdout.splitlines() == ["role,n", *[f"{r},{n}" for r, n in expected]]
    table = _query(warehouse_path, sql)
    assert all(str(role) in table.stdout for role, _ in expected) and "shape: (2, 2)" in table.stdout
    out = tmp_path / "result.parquet"
    as_parquet = _query(warehouse_path, sql, "--format", "parquet", "--out", str(out))
    assert as_parquet.returncode == 0 and as_parquet.stdout == ""
    assert pl.read_parquet(out).rows() == expected
    missing = _query(tmp_path / "none.duckdb", "SELECT 1")
    assert missing.returncode == 2 and "run `transcripts ingest` first" in missing.stderr


def _sql_interpolations(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in SQL_CALLS):
            continue
        if not node.args:
            continue
        first = node.args[0]
        parts = (
            [first]
            if not isinstance(first, ast.JoinedStr)
            else [v.value for v in first.values if isinstance(v, ast.FormattedValue)]
        )
        for part in parts:
            if isinstance(part, ast.Constant) and isinstance(part.value, str):
                continue
            if isinstance(part, ast.Call) and isinstance(part.func, ast.Name) and part.func.id in SQL_FILE_READERS:
                continue  # DDL from the package's own .sql files
            if isinstance(part, ast.Name) and part.id in SQL_NAMES_ALLOWED:
                continue
            found.append((node.lineno, ast.unparse(part)))
    return found


def test_no_sql_is_built_from_anything_but_our_own_names() -> None:
    offenders = []
    for package in ("cli", "flows", "transforms", "schemas", "warehouse", "sql"):
        for path in sorted((REPO / package).rglob("*.py")):
            for line, expression in _sql_interpolations(ast.parse(path.read_text(encoding="utf-8"))):
                offenders.append(f"{path.relative_to(REPO)}:{line}: {expression}")
    assert offenders == [], "SQL built from values (bind them as parameters instead):\n" + "\n".join(offenders)
    # The rule bites: an f-string with a value in it is reported.
    assert _sql_interpolations(ast.parse("con.execute(f\"SELECT * FROM t WHERE x = '{value}'\")")) == [(1, "value")]


def test_sql_in_names_and_text_is_data(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    hostile = "'; DROP TABLE turns; --"
    (source / "x'); DROP TABLE sessions; --.txt").write_text(
        f"Therapist: {hostile}\n\nClient: Robert'); DELETE FROM sources WHERE ('1'='1\n", encoding="utf-8"
    )
    warehouse = tmp_path / "w.duckdb"
    run_ingest(source, warehouse)
    assert query(warehouse, "SELECT text FROM turns ORDER BY turn_index") == [
        (hostile,),
        ("Robert'); DELETE FROM sources WHERE ('1'='1",),
    ]
    assert query(warehouse, "SELECT count(*) FROM sessions") == [(1,)]


def test_warehouse_wal_and_lock_are_owner_only(sample_dir: Path, warehouse_path: Path) -> None:
    run_ingest(sample_dir, warehouse_path)
    for path in (warehouse_path, lock_path(warehouse_path)):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_no_transcript_text_in_logs_or_terminal(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    source = tmp_path / "in"
    source.mkdir()
    (source / "good.txt").write_text(
        f"Therapist: Tell me about the {MARKER}.\n\nClient: The {MARKER} sings every morning.\n", encoding="utf-8"
    )
    (source / "notes.txt").write_text(f"Only a note about the {MARKER}.\n", encoding="utf-8")
    (source / "cut.json").write_text(f'[{{"role": "user", "content": "{MARKER}"', encoding="utf-8")
    (source / "odd.json").write_text(f'[{{"role": "user", "content": ["{MARKER}"]}}]', encoding="utf-8")
    make_bad_files(source / "bad", 60, seed=9)
    with caplog.at_level(logging.INFO):
        run_ingest(source, tmp_path / "w.duckdb")
    assert caplog.records and not [r for r in caplog.records if MARKER in r.getMessage()]

    cli = subprocess.run(
        [str(TRANSCRIPTS), "ingest", str(source), "--warehouse", str(tmp_path / "cli.duckdb"), "--engine", "local"],
        capture_output=True, text=True, timeout=300, env=child_env(),
    )  # fmt: skip
    # Exit 1 is the quality gate (a folder that is mostly junk); its one-line reason carries counts only.
    assert cli.returncode == 0 or "quality gate exceeded" in cli.stderr, cli.stderr
    assert "quarantined" in cli.stdout and MARKER not in cli.stdout + cli.stderr
