"""Hostile input: thousands of generated bad files, the nasty single files, files that vanish or change
mid-run, unreadable files and folders, symlink loops. Zero crashed runs; every bad file quarantined in
`sources` with its reason; the good files beside them loaded.

The 200 MB single line lives in benchmarks/soak.py (writing it costs seconds of disk); here an 8 MB line
takes the same path (over the 4 MiB line limit).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.hostile import KINDS, make_bad_files
from benchmarks.kill import child_env
from benchmarks.synthetic import make_corpus
from flows.batch import process_batch
from flows.read_raw import discover
from flows.runner import process_in_order, run_ingest
from tests.conftest import query
from warehouse.load import KnownSource

BAD_FILES = 10_000


def test_ten_thousand_bad_files_are_quarantined_and_the_good_ones_load(tmp_path: Path) -> None:
    source = tmp_path / "in"
    made = make_bad_files(source / "bad", BAD_FILES, seed=1)
    good = make_corpus(source / "good", 30, seed=2)
    warehouse = tmp_path / "w.duckdb"

    summary = run_ingest(source, warehouse, max_batch_files=2_500)

    # Nothing crashed and everything was loaded; a folder that is almost all junk trips quality gates after.
    assert summary.status == "failed_quality_gate"
    assert "unparseable_file" in {reason.split()[0] for reason in summary.gate_failures}
    rows = query(warehouse, "SELECT path, status, error FROM sources")
    sources = pl.DataFrame(rows, schema=["path", "status", "error"], orient="row")
    assert sources.height == BAD_FILES + len(good)
    bad = sources.filter(pl.col("path").is_in(list(made))).with_columns(
        pl.col("path").replace_strict(made).alias("kind")
    )
    must = [kind for kind, (_, quarantined) in KINDS.items() if quarantined]
    not_quarantined = bad.filter(pl.col("kind").is_in(must) & (pl.col("status") != "quarantined"))
    assert not_quarantined.is_empty(), not_quarantined.head()
    # Every quarantined file says why; the rest (random bytes that decode to something, truncated UTF-16
    # that still holds turns) loaded what they could, reconciled like any file.
    quarantined = sources.filter(pl.col("status") == "quarantined")
    assert quarantined.get_column("error").null_count() == 0
    assert quarantined.get_column("error").str.len_chars().min() > 10  # type: ignore[operator]
    # The good files: all loaded except the few the generator made bad on purpose (binary, empty, prose).
    good_rows = sources.filter(pl.col("path").is_in([str(p) for p in good]))
    meant_bad = {str(p) for p in good if p.name.startswith(("scan_", "empty_", "notes_"))}
    assert set(good_rows.filter(pl.col("status") == "loaded").get_column("path")) == {str(p) for p in good} - meant_bad
    assert summary.files_quarantined >= sum(1 for k in made.values() if k in must)


def test_a_line_over_the_limit_is_quarantined_fast(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    with open(source / "one_line.txt", "wb") as handle:
        handle.write(b"Client: ")
        for _ in range(8):
            handle.write(b"word " * 200_000 + b"x" * 48_576)
        handle.write(b"\n")
    (source / "ok.txt").write_text("Therapist: How are you?\n\nClient: Tired, but fine.\n", encoding="utf-8")
    batch = process_batch([str(p) for p in sorted(source.iterdir())], {})
    status = dict(batch.sources.select("path", "error").iter_rows())
    assert "a line of 8,388,616 bytes" in str(status[str(source / "one_line.txt")])
    assert status[str(source / "ok.txt")] is None


def test_files_that_vanish_or_change_mid_run(tmp_path: Path) -> None:
    source = tmp_path / "in"
    make_corpus(source, 12, seed=4)
    files = sorted(p for p in source.rglob("*") if p.is_file())
    vanishing, changing = files[0], files[1]
    changed = b"Therapist: What changed?\n\nClient: The file did, while you were reading it.\n"

    def meddling(batches: list[list[str]], known: dict[str, KnownSource]) -> Iterator[object]:
        # After discovery planned the batches: one file is deleted, another rewritten.
        vanishing.unlink()
        changing.write_bytes(changed)
        yield from process_in_order(batches, known)

    warehouse = tmp_path / "w.duckdb"
    summary = run_ingest(source, warehouse, process=meddling)  # type: ignore[arg-type]

    assert summary.status == "completed"
    gone = query(warehouse, "SELECT status, error FROM sources WHERE path = ?", [str(vanishing)])
    assert gone == [("quarantined", "cannot read file: No such file or directory")]
    texts = query(
        warehouse, "SELECT t.text FROM turns t JOIN sources s USING (source_id) WHERE s.path = ? ORDER BY 1",
        [str(changing)],
    )  # fmt: skip
    assert texts == [("The file did, while you were reading it.",), ("What changed?",)]
    assert query(warehouse, "SELECT sha256 FROM sources WHERE path = ?", [str(changing)]) == [
        (hashlib.sha256(changed).hexdigest(),)
    ]


def test_symlink_loops_outside_links_and_fifos_are_not_followed(tmp_path: Path) -> None:
    source = tmp_path / "in"
    make_corpus(source, 4, seed=6)
    outside = tmp_path / "private.txt"
    outside.write_text("Therapist: This lives outside.\n\nClient: Do not read me.\n", encoding="utf-8")
    (source / "loop_a").symlink_to(source / "loop_b")
    (source / "loop_b").symlink_to(source / "loop_a")
    (source / "self").symlink_to(source)  # a folder loop
    (source / "escape.txt").symlink_to(outside)
    (source / "escape_dir").symlink_to(tmp_path)
    os.mkfifo(source / "pipe.txt")  # opening it would block for ever

    listed = {Path(f.path).name for f in discover(source)}
    assert not listed & {"loop_a", "loop_b", "self", "escape.txt", "escape_dir", "pipe.txt"}
    warehouse = tmp_path / "w.duckdb"
    summary = run_ingest(source, warehouse)
    assert summary.status == "completed"
    assert query(warehouse, "SELECT count(*) FROM turns WHERE text LIKE '%outside%' OR text LIKE '%read me%'") == [(0,)]


@pytest.mark.skipif(os.geteuid() == 0 and shutil.which("setpriv") is None, reason="root without setpriv")
def test_unreadable_files_and_folders_are_quarantined_or_reported(tmp_path: Path) -> None:
    source = tmp_path / "in"
    make_corpus(source, 4, seed=8)
    secret = source / "secret.txt"
    secret.write_text("Therapist: Hello.\n\nClient: Hi.\n", encoding="utf-8")
    locked = source / "locked"
    locked.mkdir()
    (locked / "inside.txt").write_text("Therapist: Hello.\n\nClient: Hi.\n", encoding="utf-8")
    secret.chmod(0)
    locked.chmod(0)
    script = (
        "import logging, sys; logging.basicConfig(level=logging.INFO, format='%(message)s');"
        "from flows.runner import run_ingest; s = run_ingest(sys.argv[1], sys.argv[2]); print(s.status)"
    )
    # Root reads everything: without the two capabilities that let it, root obeys file modes like anyone.
    drop = ["--inh-caps=-dac_override,-dac_read_search", "--bounding-set=-dac_override,-dac_read_search", "--"]
    prefix = ["setpriv", *drop] if os.geteuid() == 0 else []
    try:
        result = subprocess.run(
            [*prefix, sys.executable, "-c", script, str(source), str(tmp_path / "w.duckdb")],
            capture_output=True, text=True, timeout=300, env=child_env(),
        )  # fmt: skip
    finally:
        secret.chmod(0o600)
        locked.chmod(0o700)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "completed"
    assert f"skipped folder {locked}: Permission denied" in result.stderr
    rows = query(tmp_path / "w.duckdb", "SELECT status, error FROM sources WHERE path = ?", [str(secret)])
    assert rows == [("quarantined", "cannot read file: Permission denied")]
    loaded = query(tmp_path / "w.duckdb", "SELECT count(*) >= 3 FROM sources WHERE status = 'loaded'")
    assert loaded == [(True,)]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2_000), name=st.sampled_from(["x.txt", "x.json", "x.csv", "x.tsv", "x"]))
def test_any_bytes_load_or_are_quarantined_with_a_reason(tmp_path: Path, data: bytes, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    batch = process_batch([str(path)], {})
    (status, error) = batch.sources.select("status", "error").row(0)
    assert status in {"loaded", "quarantined"}
    assert (status == "quarantined") == (error is not None)
    if status == "loaded":
        parsed, kept = batch.sources.select("turns_parsed", "turns_kept").row(0)
        assert parsed >= kept >= 0 and parsed > 0
