"""`transcripts generate`: deterministic by seed, about the size asked, every format readable, defects found."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from cli.main import main
from flows.batch import process_batch
from synth.generate import FORMAT_WEIGHTS, generate_corpus, parse_size


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_same_seed_same_corpus_other_seed_other_corpus(tmp_path: Path) -> None:
    generate_corpus(tmp_path / "a", 400_000, seed=5)
    generate_corpus(tmp_path / "b", 400_000, seed=5)
    generate_corpus(tmp_path / "c", 400_000, seed=6)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    assert _files(tmp_path / "a") != _files(tmp_path / "c")


def test_size_is_reached_and_not_overshot_by_more_than_a_file(tmp_path: Path) -> None:
    stats = generate_corpus(tmp_path, 1_500_000, seed=1)
    files = _files(tmp_path)
    written = sum(len(data) for data in files.values())
    assert written == stats.bytes and len(files) == stats.files
    assert 1_500_000 <= written < 1_500_000 + max(len(data) for data in files.values())


def test_every_format_parses_with_the_defects_it_was_given(tmp_path: Path) -> None:
    stats = generate_corpus(tmp_path, 1_500_000, seed=11)
    assert set(stats.by_format) >= set(FORMAT_WEIGHTS)
    paths = [str(p) for p in sorted(tmp_path.rglob("*")) if p.is_file()]
    batch = process_batch(paths, {})

    quarantined = batch.sources.filter(pl.col("status") == "quarantined").get_column("path").to_list()
    assert all(Path(p).name.startswith("notes_") for p in quarantined), quarantined
    loaded_turns = int(batch.sources.get_column("turns_parsed").sum())
    assert loaded_turns >= 0.95 * stats.turns
    found = set(batch.defects.get_column("defect_type").to_list())
    assert {"duplicate_turn", "mojibake", "truncated_turn", "empty_turn"} <= found


def test_cli_writes_the_corpus_and_rejects_a_bad_size(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["generate", "--out", str(tmp_path / "out"), "--size", "200KB", "--seed", "3"]) == 0
    assert "wrote" in capsys.readouterr().out
    assert sum(len(d) for d in _files(tmp_path / "out").values()) >= 200_000
    with pytest.raises(SystemExit):
        main(["generate", "--out", str(tmp_path / "x"), "--size", "lots"])


@pytest.mark.parametrize(
    ("text", "expected"), [("500MB", 500_000_000), ("2GB", 2_000_000_000), ("64KiB", 65_536), ("1000", 1000)]
)
def test_parse_size(text: str, expected: int) -> None:
    assert parse_size(text) == expected
