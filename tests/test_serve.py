"""`transcripts serve` for real: a local Prefect server, the flow served on a short interval, a folder that
gains files between runs; each scheduled run must load only the files that are new to it."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.test_cli import TRANSCRIPTS, _env, _run
from warehouse.connection import WarehouseLockedError, WarehouseMissingError, open_reader

REPO = Path(__file__).resolve().parents[1]
INTERVAL_SECONDS = 3
# Server start-up (migrations of a fresh database) dominates; on an idle 2-core machine the test takes ~40 s.
WAIT_SECONDS = 180


def _transcript(folder: Path, name: str, topic: str) -> None:
    text = (
        f"Therapist: What would you like to talk about today?\n\nClient: Mostly {topic}, it has been on my mind.\n\n"
        f"Therapist: Tell me more about {topic}.\n\nClient: It started a few weeks ago and has not let go since.\n"
    )
    # Written under a hidden name, then renamed: a run never sees half a file (hidden files are skipped).
    hidden = folder / f".{name}.part"
    hidden.write_text(text, encoding="utf-8")
    hidden.rename(folder / name)


def _runs(warehouse: Path) -> list[tuple[str, int, int, int]]:  # (status, seen, loaded, unchanged)
    try:
        with open_reader(warehouse, wait_seconds=5) as con:
            rows = con.execute(
                "SELECT status, files_seen, files_loaded, files_unchanged FROM runs "
                "WHERE status <> 'running' ORDER BY started_at"
            ).fetchall()
    except (WarehouseMissingError, WarehouseLockedError):
        return []
    except Exception as error:  # the first run has not created the tables yet
        if "does not exist" in str(error):
            return []
        raise
    return [(str(s), int(a), int(b), int(c)) for s, a, b, c in rows]


def _wait_for_run_loading(
    warehouse: Path, after: int, process: subprocess.Popen[str]
) -> list[tuple[str, int, int, int]]:
    """Finished runs once a run after the first `after` ones has loaded something."""
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stdout.read() if process.stdout else "serve exited"
        runs = _runs(warehouse)
        if any(loaded for _, _, loaded, _ in runs[after:]):
            return runs
        time.sleep(0.5)
    pytest.fail(f"no scheduled run loaded the new file within {WAIT_SECONDS} s; runs so far: {_runs(warehouse)}")


@pytest.mark.prefect
def test_served_flow_loads_only_new_files_each_run(tmp_path: Path) -> None:
    folder = tmp_path / "incoming"
    folder.mkdir()
    warehouse = tmp_path / "w.duckdb"
    _transcript(folder, "a.txt", "sleep")
    env = _env({
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_RUNNER_POLL_FREQUENCY": "1",
        "PREFECT_SERVER_UI_ENABLED": "false",
    })  # fmt: skip
    process = subprocess.Popen(
        [str(TRANSCRIPTS), "serve", str(folder), "--interval", str(INTERVAL_SECONDS), "--warehouse", str(warehouse)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        first = _wait_for_run_loading(warehouse, 0, process)
        _transcript(folder, "b.txt", "work")
        second = _wait_for_run_loading(warehouse, len(first), process)
        _transcript(folder, "c.txt", "family")
        third = _wait_for_run_loading(warehouse, len(second), process)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    assert all(status == "completed" for status, *_ in third)
    # Every file was loaded once, by the first run that saw it; runs in between found nothing new.
    assert sum(loaded for _, _, loaded, _ in third) == 3
    loading = [(seen, loaded, unchanged) for _, seen, loaded, unchanged in third if loaded]
    assert loading == [(1, 1, 0), (2, 1, 1), (3, 1, 2)]
    assert all(seen == unchanged for _, seen, loaded, unchanged in third if not loaded)
    assert "serving ingest of" in (process.stdout.read() if process.stdout else "")


def test_serve_rejects_a_bad_cron_in_one_line(tmp_path: Path) -> None:
    result = _run("serve", str(tmp_path), "--cron", "every quarter hour", "--warehouse", str(tmp_path / "w.duckdb"))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == ["transcripts: not a valid cron schedule: 'every quarter hour' "
                                                  "(expected e.g. '*/15 * * * *')"]  # fmt: skip


def test_prefect_yaml_deploys_the_ingest_flow() -> None:
    from prefect.client.schemas.schedules import CronSchedule
    from prefect.flows import load_flow_from_entrypoint

    config = yaml.safe_load((REPO / "prefect.yaml").read_text(encoding="utf-8"))
    deployments = config["deployments"]
    assert deployments
    for deployment in deployments:
        flow: Any = load_flow_from_entrypoint(str(REPO / deployment["entrypoint"]))
        assert flow.name == "ingest-transcripts"
        accepted = set(flow.parameters.properties)
        assert set(deployment["parameters"]) <= accepted
        assert {"source_dir", "warehouse"} <= set(deployment["parameters"])
        for schedule in deployment["schedules"]:
            CronSchedule(cron=schedule["cron"])  # raises on an invalid expression
        assert deployment["work_pool"]["name"]
        assert deployment.get("concurrency_limit") == 1  # one writer at a time
