"""`transcripts ingest --engine dask --lake`: batches as Prefect tasks on a 2-worker Dask LocalCluster, staged
as Parquet and committed to a DuckLake with a PostgreSQL catalog. One worker is killed in the middle of a
batch: Dask reruns the task on a worker that lives, and the lake ends up with exactly the rows the embedded
warehouse gets from the same files, nothing lost and nothing doubled.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from flows.runner import run_ingest
from synth.generate import generate_corpus
from tests.conftest import REPO, SAMPLE, snapshot_of, table_snapshot
from tests.test_cli import TRANSCRIPTS
from warehouse.lake import LakeTarget, open_lake

pytestmark = pytest.mark.prefect

BATCH_FILES = 2


def test_dask_ingest_with_a_worker_killed_mid_batch_equals_embedded(pg_catalog: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLE, corpus / "sample")
    generate_corpus(corpus / "generated", 200_000, seed=21)
    embedded = tmp_path / "e.duckdb"
    expected = run_ingest(corpus, embedded, max_batch_files=BATCH_FILES)
    # Generated corpora may exceed a quality gate (unknown speakers): the rows load all the same, and the
    # run must end the same way in both modes.
    assert expected.status in {"completed", "failed_quality_gate"}

    marker = tmp_path / "killed"
    env = {
        **os.environ,
        "DASK_DISTRIBUTED__WORKER__PRELOAD": json.dumps([str(REPO / "tests" / "dask_kill_preload.py")]),
        "TW_TEST_KILL_MARKER": str(marker),
    }
    lake_data = tmp_path / "lake-data"
    result = subprocess.run(
        [TRANSCRIPTS, "ingest", str(corpus), "--engine", "dask", "--batch-files", str(BATCH_FILES),
         "--lake", pg_catalog, "--lake-data", str(lake_data)],
        capture_output=True, text=True, env=env, timeout=900,
    )  # fmt: skip
    assert result.returncode == (0 if expected.status == "completed" else 1), result.stderr[-3000:]
    if result.returncode:
        assert result.stderr.splitlines()[-1].startswith("transcripts: quality gate exceeded"), result.stderr[-3000:]
    assert marker.read_text().startswith("stage_batch_task"), "no worker was killed: the test proved nothing"
    assert f"files     seen {expected.files_seen}" in result.stdout

    lake = LakeTarget.parse(pg_catalog)
    with open_lake(lake, read_only=True) as con:
        assert snapshot_of(con) == table_snapshot(embedded)
        runs = con.execute("SELECT status, files_loaded, turns_loaded FROM runs").fetchall()
    assert runs == [(expected.status, expected.files_loaded, expected.turns_loaded)]
    # Every staged batch was committed and then removed; nothing is left to be committed twice.
    assert list((lake_data / "_staging").iterdir()) == []
