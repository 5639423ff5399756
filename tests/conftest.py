"""Shared fixtures. Tests that need ../shared/ fail under CI=true when it is missing, else skip."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from tests.pg import PostgresServer, start_postgres

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLE = REPO / "sample" / "transcripts"
WAREHOUSE_TABLES = ("sources", "sessions", "turns", "defects", "techniques")
# Lineage columns that legitimately differ between two runs over the same data.
RUN_COLUMNS = {"run_id", "loaded_run_id", "loaded_at", "status"}


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        where = "../shared/" + "/".join(parts)
        if os.environ.get("CI") == "true":
            pytest.fail(f"{where} is missing: CI runs with ../shared/ beside the checkout", pytrace=False)
        pytest.skip(f"{where} not found beside the checkout (real-data tests skip outside CI)")
    return path


@pytest.fixture
def seeds_dir() -> Path:
    return shared_path("seeds")


@pytest.fixture
def sample_dir(tmp_path: Path) -> Path:
    """A private copy of the bundled sample, so tests may change files freely."""
    target = tmp_path / "sample"
    shutil.copytree(SAMPLE, target)
    return target


@pytest.fixture
def warehouse_path(tmp_path: Path) -> Path:
    return tmp_path / "wh" / "test.duckdb"


@pytest.fixture(autouse=True)
def _private_prefect_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    # Keep any Prefect state the tests create away from the user's ~/.prefect.
    home = tmp_path_factory.getbasetemp() / "prefect-home"
    monkeypatch.setenv("PREFECT_HOME", str(home))
    monkeypatch.setenv("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    monkeypatch.setenv("PREFECT_LOGGING_LEVEL", "WARNING")


def table_snapshot(warehouse: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows in a stable order, lineage columns aside."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return snapshot_of(con)
    finally:
        con.close()


def snapshot_of(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple[object, ...]]]:
    """table_snapshot for an open connection: the tables of its default catalog (the embedded file or a lake)."""
    snapshot: dict[str, list[tuple[object, ...]]] = {}
    for table in WAREHOUSE_TABLES:
        columns = [c for (c,) in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_catalog = current_database() "
            "AND table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
            [table],
        ).fetchall() if c not in RUN_COLUMNS]  # fmt: skip
        listed = ", ".join(columns)
        snapshot[table] = con.execute(f"SELECT {listed} FROM {table} ORDER BY ALL").fetchall()
    return snapshot


def query(warehouse: Path, sql: str, params: list[object] | None = None) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


@pytest.fixture
def warehouse_held(warehouse_path: Path) -> Iterator[int]:
    """Another process holding the warehouse open for writing; yields its pid."""
    warehouse_path.parent.mkdir(parents=True, exist_ok=True)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True); "
         "time.sleep(120)", str(warehouse_path)],
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        yield holder.pid
    finally:
        holder.kill()
        holder.wait()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One throwaway PostgreSQL server for the session (tests/pg.py); fails under CI=true when missing."""
    try:
        server = start_postgres()
    except (FileNotFoundError, subprocess.CalledProcessError, KeyError) as error:
        detail = str(error)
        if isinstance(error, subprocess.CalledProcessError):
            detail = error.stderr.decode(errors="replace")[-500:]
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is needed for the DuckLake tests: {detail}", pytrace=False)
        pytest.skip(f"no PostgreSQL server to test DuckLake with: {detail}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_catalog(postgres_server: PostgresServer) -> str:
    """A DuckLake catalog string for a fresh, empty PostgreSQL database."""
    return postgres_server.create_database()
