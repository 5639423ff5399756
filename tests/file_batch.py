"""One batch over a few small files a test writes, and each file's rows of it: for tests that read several shapes
through flows.batch.process_batch in one go (no warehouse, no Prefect)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from flows.batch import process_batch
from schemas.validate import ValidatedBatch


@dataclass(frozen=True)
class FileBatch:
    batch: ValidatedBatch
    folder: Path

    def of(self, name: str) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
        """(sessions, turns in order, defects) of the file `name`, which must have been loaded (its reason if not)."""
        source = self.batch.sources.filter(pl.col("path") == str(self.folder / name)).row(0, named=True)
        assert source["status"] == "loaded", source["error"]
        own = pl.col("source_id") == source["source_id"]
        return (
            self.batch.sessions.filter(own),
            self.batch.turns.filter(own).sort("session_id", "turn_index"),
            self.batch.defects.filter(own),
        )


def file_batch(folder: Path, files: Mapping[str, str]) -> FileBatch:
    """Writes `files` (name -> UTF-8 text) into `folder` and runs one batch over them."""
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return FileBatch(process_batch(sorted(str(folder / name) for name in files), {}), folder)
