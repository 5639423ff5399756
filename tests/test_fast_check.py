"""`ingest --fast-check`: unchanged size and mtime skip reading and hashing; anything else is read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import flows.batch
from flows.fast_check import split_by_stamp, work_first
from flows.read_raw import RawFile, ReadResult, read_file
from flows.reader_fingerprint import code_fingerprint
from flows.runner import run_ingest
from tests.conftest import table_snapshot
from warehouse.load import KnownSource

SESSION = "Therapist: How have the evenings been this week?\n\nClient: Calmer than last week, honestly.\n"


def _corpus(folder: Path) -> list[Path]:
    folder.mkdir()
    files = [folder / "a.txt", folder / "b.txt"]
    files[0].write_text(SESSION, encoding="utf-8")
    files[1].write_text(SESSION.replace("Calmer", "Louder"), encoding="utf-8")
    return files


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    reads: list[str] = []
    real = read_file

    def counting(path: str) -> ReadResult:
        reads.append(path)
        return real(path)

    monkeypatch.setattr(flows.batch, "read_file", counting)
    return reads


def test_fast_check_skips_reading_unchanged_files(
    tmp_path: Path, warehouse_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = _corpus(tmp_path / "in")
    run_ingest(tmp_path / "in", warehouse_path)
    snapshot = table_snapshot(warehouse_path)
    reads = _count_reads(monkeypatch)

    fast = run_ingest(tmp_path / "in", warehouse_path, fast_check=True)
    assert reads == []
    assert (fast.files_seen, fast.files_unchanged, fast.files_loaded, fast.bytes_read) == (2, 2, 0, 0)
    assert table_snapshot(warehouse_path) == snapshot

    # Without the fast check every file is read and hashed, and still found unchanged.
    full = run_ingest(tmp_path / "in", warehouse_path)
    assert sorted(reads) == sorted([str(a), str(b)])
    assert (full.files_unchanged, full.files_loaded) == (2, 0)


def test_fast_check_reads_a_file_whose_size_or_mtime_changed(
    tmp_path: Path, warehouse_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = _corpus(tmp_path / "in")
    run_ingest(tmp_path / "in", warehouse_path)
    reads = _count_reads(monkeypatch)
    a.write_text(SESSION + "\nTherapist: What helped most?\n", encoding="utf-8")  # new size
    stamp = b.stat()
    os.utime(b, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 1_000_000_000))  # touched, same bytes

    fast = run_ingest(tmp_path / "in", warehouse_path, fast_check=True)
    assert sorted(reads) == sorted([str(a), str(b)])
    # The touched file's hash still matches, so it stays unchanged; the edited one is reloaded.
    assert (fast.files_loaded, fast.files_unchanged, fast.turns_loaded) == (1, 1, 3)


def test_fast_check_trusts_size_and_mtime(tmp_path: Path, warehouse_path: Path) -> None:
    """The documented trade-off: same size and mtime are taken as unchanged; the default run compares hashes."""
    a, _ = _corpus(tmp_path / "in")
    run_ingest(tmp_path / "in", warehouse_path)
    stamp = a.stat()
    a.write_text(SESSION.replace("evenings", "mornings"), encoding="utf-8")  # same length
    os.utime(a, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))

    assert run_ingest(tmp_path / "in", warehouse_path, fast_check=True).files_loaded == 0
    assert run_ingest(tmp_path / "in", warehouse_path).files_loaded == 1


def test_a_full_rerun_reads_new_changed_and_quarantined_files_first() -> None:
    files = [RawFile(f"/c/{name}.txt", 10, 5) for name in "abcdef"]
    known = {
        "/c/a.txt": KnownSource("a", "h", "loaded", 10, 5),  # same stamp: likely unchanged
        "/c/b.txt": KnownSource("b", "h", "quarantined", 10, 5, "an older reader"),  # read again
        "/c/c.txt": KnownSource("c", "h", "loaded", 10, 4),  # touched
        "/c/e.txt": KnownSource("e", "h", "unchanged", 10, 5),
        "/c/f.txt": KnownSource("f", "h", "quarantined", 10, 5, code_fingerprint()),  # the same verdict
    }
    assert [f.path[3] for f in work_first(files, known)] == ["b", "c", "d", "a", "e", "f"]
    assert split_by_stamp(files, known) == (["a", "e", "f"], [files[1], files[2], files[3]])
