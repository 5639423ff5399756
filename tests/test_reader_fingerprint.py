from __future__ import annotations

from pathlib import Path

import pytest

import flows.reader_fingerprint
from flows.reader_fingerprint import code_fingerprint, reader_fingerprints, same_verdict_expected
from transforms.formats.csv_table import COLUMN_MAPPING_FILE
from warehouse.load import KnownSource


def test_the_code_fingerprint_ignores_a_warehouse_kept_beside_the_code(tmp_path: Path) -> None:
    before = code_fingerprint()
    code_fingerprint.cache_clear()
    warehouse_folder = Path(flows.reader_fingerprint.__file__).parents[1] / "warehouse"
    stray = warehouse_folder / "fingerprint-test.duckdb"
    staged = warehouse_folder / "fingerprint-test.duckdb.staging" / "batch-1"
    try:
        stray.write_bytes(b"rows change on every run")
        # A batch staged for the load, as Parquet and a JSON manifest: data, not code.
        staged.mkdir(parents=True)
        (staged / "turns.parquet").write_bytes(b"PAR1")
        (staged / "manifest.json").write_text("{}", encoding="utf-8")
        assert code_fingerprint() == before
    finally:
        stray.unlink(missing_ok=True)
        for part in (staged / "turns.parquet", staged / "manifest.json"):
            part.unlink(missing_ok=True)
        for folder in (staged, staged.parent):
            if folder.exists():
                folder.rmdir()
        code_fingerprint.cache_clear()


def test_a_column_mapping_is_part_of_the_reader_of_its_folder_only(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    paths = [str(tmp_path / "a" / "1.csv"), str(tmp_path / "a" / "2.csv"), str(tmp_path / "b" / "3.csv")]
    plain = reader_fingerprints(paths)
    assert plain == [code_fingerprint()] * 3

    (tmp_path / "a" / COLUMN_MAPPING_FILE).write_text('{"speaker": "who"}', encoding="utf-8")
    mapped = reader_fingerprints(paths)
    assert mapped[0] == mapped[1] != plain[0]
    assert mapped[2] == plain[2]

    (tmp_path / "a" / COLUMN_MAPPING_FILE).write_text('{"speaker": "author"}', encoding="utf-8")
    assert reader_fingerprints(paths)[0] not in (plain[0], mapped[0])


def test_an_unreadable_mapping_means_the_file_is_always_read_again(tmp_path: Path) -> None:
    (tmp_path / COLUMN_MAPPING_FILE).mkdir()  # a folder where the mapping file should be: reading it fails
    [reader] = reader_fingerprints([str(tmp_path / "chat.csv")])
    assert reader is None
    assert not same_verdict_expected(KnownSource("x", "h", "quarantined", reader=None), reader)


@pytest.mark.parametrize(
    ("status", "previous_reader", "reader", "expected"),
    [
        ("loaded", None, "r1", True),  # rows stay until the bytes change, whatever reads them now
        ("unchanged", "r0", "r1", True),
        ("quarantined", "r1", "r1", True),
        ("quarantined", "r0", "r1", False),  # a new reader may accept it
        ("quarantined", None, "r1", False),  # quarantined before readers were recorded
    ],
)
def test_only_a_quarantine_depends_on_the_reader(
    status: str, previous_reader: str | None, reader: str, expected: bool
) -> None:
    previous = KnownSource("x", "h", status, reader=previous_reader)
    assert same_verdict_expected(previous, reader) is expected
