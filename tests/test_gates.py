"""Quality gates: a run over a threshold still loads, then ends failed with the reason (runner, flow, CLI),
and every flow run publishes its quality summary as Prefect artifacts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from flows.gates import breaches
from flows.report import quality_markdown, quality_table
from flows.runner import RunSummary, run_ingest
from tests.conftest import query
from tests.test_cli import _env, _run
from transforms.config import QualityGate, QualityGateConfig

GOOD = "Therapist: What brings you in today?\nClient: I have not been sleeping well for weeks.\n"


def _summary(**counts: object) -> RunSummary:
    summary = RunSummary(run_id="r", flow_run_id=None, warehouse="w", source_dir="s")
    for name, value in counts.items():
        setattr(summary, name, value)
    return summary


def test_a_gate_fires_only_above_its_share() -> None:
    gates = QualityGateConfig((QualityGate("mojibake", "turn", 0.1), QualityGate("unparseable_file", "file", 0.5)))
    at_limit = _summary(turns_parsed=50, files_seen=2, files_loaded=1, files_quarantined=1,
                        defects_by_type={"mojibake": 5, "unparseable_file": 1})  # fmt: skip
    assert breaches(at_limit, gates) == []
    over = _summary(turns_parsed=50, files_seen=3, files_loaded=1, files_quarantined=2,
                    defects_by_type={"mojibake": 6, "unparseable_file": 2, "refusal": 40})  # fmt: skip
    assert breaches(over, gates) == [
        "mojibake 6 of 50 turns (12.0% > 10.0%)",
        "unparseable_file 2 of 3 files (66.7% > 50.0%)",
    ]  # refusal has no gate in this config
    # A rerun reads only the quarantined files again: their share is of the whole folder, so it passes.
    rerun = _summary(files_seen=6, files_unchanged=4, files_quarantined=2, defects_by_type={"unparseable_file": 2})
    assert breaches(rerun, gates) == []


def test_the_default_gates_pass_the_sample(sample_dir: Path, warehouse_path: Path) -> None:
    summary = run_ingest(sample_dir, warehouse_path)
    assert (summary.status, summary.gate_failures) == ("completed", [])
    markdown = quality_markdown(summary.as_dict())
    assert "All quality gates passed." in markdown and "| duplicate_turn | 2 | 4.26% | 47 turns | ≤ 25.0% |" in markdown


def _mostly_unreadable(folder: Path) -> Path:
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    for n in range(3):
        (folder / f"scan_{n}.bin").write_bytes(bytes(range(256)) * 4)
    return folder


def test_over_a_gate_the_run_loads_then_fails(tmp_path: Path, warehouse_path: Path) -> None:
    summary = run_ingest(_mostly_unreadable(tmp_path / "in"), warehouse_path)
    assert summary.status == "failed_quality_gate"
    assert summary.gate_failures == ["unparseable_file 3 of 4 files (75.0% > 50.0%)"]
    assert query(warehouse_path, "SELECT count(*) FROM turns") == [(2,)]  # the good file is loaded all the same
    assert query(warehouse_path, "SELECT status, error FROM runs") == [
        ("failed_quality_gate", "unparseable_file 3 of 4 files (75.0% > 50.0%)")
    ]
    assert query(warehouse_path, "SELECT status, error FROM run_history") == query(
        warehouse_path, "SELECT status, error FROM runs"
    )
    table = {row["defect_type"]: row for row in quality_table(summary.as_dict())}
    assert table["unparseable_file"] | {} == {
        "defect_type": "unparseable_file", "count": 3, "per": "file", "units": 4, "share": 0.75,
        "max_share": 0.5, "gate": "exceeded",
    }  # fmt: skip
    assert "**Failed a quality gate**" in quality_markdown(summary.as_dict())


_READ_ARTIFACTS = """
import asyncio, json, sys
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

async def main():
    async with get_client() as client:
        runs = await client.read_flow_runs()
        out = {"runs": [[r.state.type.value, r.state.message] for r in runs], "artifacts": {}}
        for key in sys.argv[1:]:
            found = await client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[key])))
            out["artifacts"][key] = [[a.type, a.data] for a in found]
        print(json.dumps(out))

asyncio.run(main())
"""


@pytest.mark.prefect
def test_cli_over_a_gate_exits_1_with_one_line_and_publishes_artifacts(tmp_path: Path, warehouse_path: Path) -> None:
    home = tmp_path / "prefect-home"
    env = {"PREFECT_HOME": str(home)}
    folder = _mostly_unreadable(tmp_path / "in")
    result = _run("ingest", str(folder), "--warehouse", str(warehouse_path), env=env)
    assert result.returncode == 1
    assert "files     seen 4 · loaded 1 · skipped unchanged 0 · quarantined 3" in result.stdout
    reason = "transcripts: quality gate exceeded: unparseable_file 3 of 4 files (75.0% > 50.0%)"
    assert result.stderr.strip().splitlines()[-1] == reason
    assert "Traceback" not in result.stderr

    read = subprocess.run(
        [sys.executable, "-c", _READ_ARTIFACTS, "ingest-quality-summary", "ingest-defect-rates"],
        capture_output=True, text=True, timeout=180, env=_env(env),
    )  # fmt: skip
    assert read.returncode == 0, read.stderr
    found = json.loads(read.stdout.strip().splitlines()[-1])
    assert [tuple(run) for run in found["runs"]] == [("FAILED", reason.removeprefix("transcripts: "))]
    assert {kind for kind, _ in found["artifacts"]["ingest-quality-summary"]} == {"markdown"}
    markdowns = [data for _, data in found["artifacts"]["ingest-quality-summary"]]
    assert len(markdowns) == 1 and "**Failed a quality gate**: unparseable_file 3 of 4 files" in markdowns[0]
    tables = [json.loads(d) if isinstance(d, str) else d for _, d in found["artifacts"]["ingest-defect-rates"]]
    assert len(tables) == 1
    assert any({"defect_type": "unparseable_file", "count": 3, "gate": "exceeded"}.items() <= row.items()
               for table in tables for row in table)  # fmt: skip
