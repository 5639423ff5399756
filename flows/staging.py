"""A processed batch as Parquet files on a path the workers and the committing process share.

Workers on a cluster process batches; only the committing process writes the warehouse. So a worker
writes its batch's validated frames under `<root>/<key>/` and hands back a small manifest, not the frames.
The key is the batch's content (its files' paths and hashes), so a batch run twice (a retry after its worker
died, a rerun) writes the same folder again rather than a second copy; every file is written under a
temporary name and renamed, so a reader never sees half a file, and the manifest is renamed last: a folder
without one is an unfinished write and is never read.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from schemas.validate import ValidatedBatch

STAGED_TABLES = ("sources", "sessions", "turns", "defects", "techniques")
MANIFEST = "manifest.json"


@dataclass(frozen=True)
class StagedBatch:
    """What a worker hands back for a batch: where its frames are, and the little that is not a frame."""

    key: str
    directory: str
    unchanged: tuple[str, ...]
    stage_seconds: dict[str, float]
    rows: dict[str, int]


def batch_key(batch: ValidatedBatch) -> str:
    """Content key: the files read (path and hash) and the files found unchanged."""
    digest = hashlib.sha256()
    for path, sha in sorted(batch.sources.select("path", "sha256").iter_rows(), key=lambda r: (r[0], r[1] or "")):
        digest.update(f"{path}\0{sha or ''}\n".encode())
    for source_id in sorted(batch.unchanged):
        digest.update(f"unchanged\0{source_id}\n".encode())
    return digest.hexdigest()[:32]


def _replace_atomically(write: Callable[[Path], object], final: Path) -> None:
    temporary = final.with_name(f".{final.name}.{uuid.uuid4().hex}.tmp")
    try:
        write(temporary)
        os.replace(temporary, final)
    finally:
        temporary.unlink(missing_ok=True)


def write_staged(batch: ValidatedBatch, root: Path | str) -> StagedBatch:
    key = batch_key(batch)
    directory = Path(root) / key
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    # The manifest goes first (away) and last (back): while the frames are rewritten the folder is unfinished.
    (directory / MANIFEST).unlink(missing_ok=True)
    frames = {name: getattr(batch, name) for name in STAGED_TABLES}
    for name, frame in frames.items():
        _replace_atomically(frame.write_parquet, directory / f"{name}.parquet")
    staged = StagedBatch(
        key=key,
        directory=str(directory),
        unchanged=tuple(batch.unchanged),
        stage_seconds=dict(batch.stage_seconds),
        rows={name: frame.height for name, frame in frames.items()},
    )
    manifest = json.dumps(
        {"key": key, "unchanged": list(staged.unchanged), "stage_seconds": staged.stage_seconds, "rows": staged.rows}
    )
    _replace_atomically(lambda path: path.write_text(manifest, encoding="utf-8"), directory / MANIFEST)
    return staged


class StagedBatchError(RuntimeError):
    """A staged batch is missing or unfinished."""


def read_staged(staged: StagedBatch) -> ValidatedBatch:
    directory = Path(staged.directory)
    if not (directory / MANIFEST).is_file():
        raise StagedBatchError(f"staged batch {staged.key} is unfinished (no {MANIFEST})")
    manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    frames = {name: pl.read_parquet(directory / f"{name}.parquet") for name in STAGED_TABLES}
    for name, frame in frames.items():
        if frame.height != manifest["rows"][name]:
            raise StagedBatchError(
                f"staged batch {staged.key}: {name} has {frame.height} rows, not {manifest['rows'][name]}"
            )
    return ValidatedBatch(
        **frames, unchanged=tuple(manifest["unchanged"]), stage_seconds=dict(manifest["stage_seconds"])
    )


def remove_staged(staged: StagedBatch) -> None:
    """After the commit: the warehouse holds the rows now."""
    shutil.rmtree(staged.directory, ignore_errors=True)
