"""The raw edge of the flow: find files under SOURCE_DIR and read their bytes. Never writes."""

from __future__ import annotations

import hashlib
import logging
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from transforms.formats.csv_table import COLUMN_MAPPING_FILE
from transforms.ids import sha256_hex


@dataclass(frozen=True)
class RawFile:
    path: str
    size: int
    # Last modification time when discovered; with the size, what the fast check compares.
    mtime_ns: int = 0


@dataclass(frozen=True)
class ReadResult:
    path: str
    source_id: str
    data: bytes | None
    sha256: str | None
    error: str | None
    # Taken before the bytes are read: a write during the read leaves a newer time, so the next fast check hashes again.
    mtime_ns: int | None = None


class SourceDirError(ValueError):
    """SOURCE_DIR is missing or not a folder."""


def source_id_for(path: str) -> str:
    # From the path alone, so a changed file keeps its id and replaces its own rows.
    return sha256_hex(path)


def discover(source_dir: Path | str) -> list[RawFile]:
    """Regular files under source_dir, recursively, sorted; hidden files and folders are skipped.

    A column-mapping file (`transcripts-columns.json`) is configuration for the tables beside it,
    not a transcript, so it is not listed.

    Symlinks to files inside source_dir are read; links that lead outside it, and linked
    folders (which can loop), are not followed.
    """
    return sorted(_walk(source_root(source_dir)), key=lambda f: f.path)


def source_root(source_dir: Path | str) -> Path:
    """The source folder, resolved; SourceDirError (saying what to pass instead) when it is missing or a file."""
    root = Path(source_dir)
    if not root.exists():
        raise SourceDirError(f"source folder {root} does not exist")
    if not root.is_dir():
        raise SourceDirError(f"{root} is a file; pass the folder that holds the transcripts")
    return root.resolve()


def _walk(root: Path) -> Iterator[RawFile]:
    for folder, dirs, names in os.walk(root, followlinks=False, onerror=_report_unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if name.startswith(".") or name == COLUMN_MAPPING_FILE:
                continue
            path = os.path.join(folder, name)
            try:
                found = os.lstat(path)
                # Only a link needs resolving (a regular file under the walked root is inside it): resolving every
                # path cost 1 s of a 500 MB corpus's unchanged rerun.
                if stat.S_ISLNK(found.st_mode):
                    resolved = Path(path).resolve(strict=True)
                    if not resolved.is_relative_to(root) or not resolved.is_file():
                        continue
                    found = resolved.stat()
                elif not stat.S_ISREG(found.st_mode):
                    continue
            except (OSError, RuntimeError):
                # Broken links and loops are not transcripts; a file that vanished is gone.
                continue
            yield RawFile(path, found.st_size, found.st_mtime_ns)


def _report_unreadable(error: OSError) -> None:
    # Not silent: the user sees which folder was skipped and why (a path, never file content).
    logging.getLogger("transcripts.progress").warning(
        "skipped folder %s: %s", error.filename, error.strerror or type(error).__name__
    )


def read_file(path: str) -> ReadResult:
    source_id = source_id_for(path)
    try:
        with open(path, "rb") as handle:
            mtime_ns = os.fstat(handle.fileno()).st_mtime_ns
            data = handle.read()
    except OSError as error:
        return ReadResult(path, source_id, None, None, f"cannot read file: {error.strerror or error}")
    return ReadResult(path, source_id, data, hashlib.sha256(data).hexdigest(), None, mtime_ns)


def plan_batches(files: list[RawFile], max_files: int, max_bytes: int) -> list[list[RawFile]]:
    """Consecutive groups of files, each at most max_files and (unless one file is bigger) max_bytes."""
    batches: list[list[RawFile]] = []
    current: list[RawFile] = []
    size = 0
    for raw in files:
        if current and (len(current) >= max_files or size + raw.size > max_bytes):
            batches.append(current)
            current, size = [], 0
        current.append(raw)
        size += raw.size
    if current:
        batches.append(current)
    return batches


def read_column_mapping(path: str) -> str | None:
    """The text of the column-mapping file in the folder of `path`, if there is one (see csv_table.py)."""
    mapping = Path(path).parent / COLUMN_MAPPING_FILE
    try:
        return mapping.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise ValueError(f"cannot read {mapping}: {error}") from None
