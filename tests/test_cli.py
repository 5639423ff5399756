"""`transcripts ingest` as a user runs it: a real Prefect flow in a subprocess, summary on stdout."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, query

TRANSCRIPTS = Path(sys.executable).parent / "transcripts"


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The command imports this checkout's code, not whatever checkout the venv was installed from."""
    path = os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, **(extra or {}), "PYTHONPATH": path}


def _run(*args: str, env: dict[str, str] | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(TRANSCRIPTS), *args], capture_output=True, text=True, timeout=timeout, env=_env(env))


@pytest.mark.prefect
def test_ingest_sample_twice(sample_dir: Path, warehouse_path: Path) -> None:
    first = _run("ingest", str(sample_dir), "--warehouse", str(warehouse_path))
    assert first.returncode == 0, first.stderr
    assert "files     seen 6 · loaded 4 · skipped unchanged 0 · quarantined 2" in first.stdout
    assert "turns     45 loaded of 47 parsed (2 dropped)" in first.stdout
    assert "sessions  5 loaded (clean 4 · flagged 1)" in first.stdout
    assert (
        "defects   consecutive_speaker 1 · duplicate_turn 2 · mojibake 1 · repetition_loop 1 · unparseable_file 2"
        in first.stdout
    )
    assert re.search(r"batch 1/1: .* 5 sessions, 45 turns loaded so far", first.stderr)
    for stream in (first.stdout, first.stderr):
        assert "Traceback" not in stream and "ERROR" not in stream
    # Nothing a client said reaches the terminal: progress and summary are counts only.
    assert "Priya" not in first.stdout + first.stderr

    second = _run("ingest", str(sample_dir), "--warehouse", str(warehouse_path))
    assert second.returncode == 0, second.stderr
    assert "loaded 0 · skipped unchanged 4 · quarantined 2" in second.stdout

    flow_runs = query(warehouse_path, "SELECT flow_run_id, status FROM runs ORDER BY started_at")
    assert [status for _, status in flow_runs] == ["completed", "completed"]
    assert all(re.fullmatch(r"[0-9a-f-]{36}", str(flow_run_id)) for flow_run_id, _ in flow_runs)


@pytest.mark.prefect
@pytest.mark.skipif(shutil.which("unshare") is None or os.geteuid() != 0, reason="needs root and unshare")
def test_ingest_runs_with_no_network(sample_dir: Path, warehouse_path: Path) -> None:
    # A private network namespace with only loopback: any call outside the machine would fail.
    script = f'ip link set lo up && exec "{TRANSCRIPTS}" ingest "{sample_dir}" --warehouse "{warehouse_path}"'
    result = subprocess.run(
        ["unshare", "-n", "sh", "-c", script], capture_output=True, text=True, timeout=300, env=_env()
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "ERROR" not in result.stderr


def test_missing_folder_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = _run("ingest", str(tmp_path / "nope"), "--warehouse", str(tmp_path / "w.duckdb"))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"transcripts: source folder {tmp_path / 'nope'} does not exist"]


def test_locked_warehouse_is_one_line_and_exit_2(sample_dir: Path, warehouse_path: Path, warehouse_held: int) -> None:
    result = _run("ingest", str(sample_dir), "--warehouse", str(warehouse_path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and f"is in use by process {warehouse_held}" in lines[0]


@pytest.mark.prefect
def test_configured_prefect_api_is_used(sample_dir: Path, warehouse_path: Path) -> None:
    # Nothing listens on port 9: if the flow used it, the run must fail rather than start its own server.
    env = {"PREFECT_API_URL": "http://127.0.0.1:9/api", "PREFECT_CLIENT_MAX_RETRIES": "0"}
    result = _run("ingest", str(sample_dir), "--warehouse", str(warehouse_path), env=env, timeout=120)
    assert result.returncode == 1
    assert "Starting temporary server" not in result.stdout + result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("transcripts: the run failed")


def test_a_file_that_is_no_warehouse_is_one_line_and_exit_2(sample_dir: Path, tmp_path: Path) -> None:
    not_a_database = tmp_path / "notes.txt"
    not_a_database.write_text("not a database", encoding="utf-8")
    result = _run("ingest", str(sample_dir), "--warehouse", str(not_a_database))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"transcripts: cannot open {not_a_database} as a DuckDB warehouse")


def test_the_cli_mirrors_of_runner_and_cluster_constants_agree() -> None:
    # cli/ingest.py repeats them so a usage error need not import polars, Prefect or Dask.
    import cli.ingest
    import flows.cluster
    import flows.runner

    assert cli.ingest.MAX_BATCH_FILES == flows.runner.MAX_BATCH_FILES
    assert cli.ingest.MAX_BATCH_MB * 1024 * 1024 == flows.runner.MAX_BATCH_BYTES
    assert cli.ingest.DEFAULT_WORKERS == flows.cluster.DEFAULT_WORKERS
    assert cli.ingest.WRITER_WAITS_FOR_READERS == flows.runner.WRITER_WAITS_FOR_READERS
