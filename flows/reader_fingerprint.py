"""What read a file: the product's code and libraries, and the column mapping beside the file.

A quarantine's reason may be ours (a parser that did not know the shape, a mapping that named the wrong
column), so a file is read again when either changes; the same bytes through the same reader give the same
verdict, so reading them again on every run would only cost time (a batch's fixed cost, ~0.7 s, for each batch
a retried file lands in). `sources.reader` keeps the fingerprint of the run that read each file.
"""

from __future__ import annotations

import hashlib
import importlib.util
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from transforms.formats.csv_table import COLUMN_MAPPING_FILE
from warehouse.load import KnownSource

# Every package whose code or data files decide how a file is decoded, parsed, checked and validated.
_PACKAGES = ("transforms", "flows", "schemas", "sql", "warehouse")
# Code and the data files it reads; not bytecode, nor what the default warehouse location (warehouse/) puts beside
# the code: the database file and its `.staging` folder of batches (Parquet and JSON that come and go).
_CODE_AND_DATA = frozenset({".py", ".sql", ".json", ".csv", ".tsv", ".parquet"})
# Libraries whose behaviour the verdicts depend on: decoding, regexes, validation.
_LIBRARIES = ("polars", "duckdb", "pandera", "ftfy", "charset-normalizer", "pyyaml")


@cache
def code_fingerprint() -> str:
    """A hash of the product's files and the versions of the libraries it reads with, once per process, when this
    module is imported (the code a process runs is the code it imported, not what is on disk later)."""
    digest = hashlib.sha256()
    for library in _LIBRARIES:
        try:
            digest.update(f"{library}=={version(library)}\n".encode())
        except PackageNotFoundError:
            digest.update(f"{library} missing\n".encode())
    for package in _PACKAGES:
        spec = importlib.util.find_spec(package)
        if spec is None or spec.origin is None:
            raise RuntimeError(f"package {package} not found: the product's installation is broken")
        root = Path(spec.origin).parent
        for path in sorted(root.rglob("*")):
            relative = path.relative_to(root)
            if path.suffix not in _CODE_AND_DATA or any(_beside_the_code(part) for part in relative.parts[:-1]):
                continue
            try:
                content = path.read_bytes()
            except (FileNotFoundError, IsADirectoryError):
                continue
            digest.update(f"{package}/{relative.as_posix()}\0".encode())
            digest.update(hashlib.sha256(content).digest())
    return digest.hexdigest()[:16]


def _beside_the_code(folder: str) -> bool:
    return folder == "__pycache__" or folder.endswith(".staging") or ".duckdb" in folder


def reader_fingerprints(paths: list[str]) -> list[str | None]:
    """The reader of each path: the code fingerprint, with the column mapping of the path's folder when it has
    one. None when the mapping cannot be read (such a file is always read again, and quarantined with why)."""
    by_folder: dict[Path, str | None] = {}
    fingerprints: list[str | None] = []
    for path in paths:
        folder = Path(path).parent
        if folder not in by_folder:
            by_folder[folder] = _with_mapping(folder / COLUMN_MAPPING_FILE)
        fingerprints.append(by_folder[folder])
    return fingerprints


def same_verdict_expected(previous: KnownSource, reader: str | None) -> bool:
    """A file with the same bytes as before keeps its rows; a quarantined one only when the same reader read it
    (the reason may have been ours: a bug, a mapping file)."""
    return previous.status != "quarantined" or (reader is not None and previous.reader == reader)


def _with_mapping(mapping: Path) -> str | None:
    try:
        text = mapping.read_bytes()
    except FileNotFoundError:
        return code_fingerprint()
    except OSError:
        return None
    return f"{code_fingerprint()}+{hashlib.sha256(text).hexdigest()[:16]}"


# Taken now: see code_fingerprint.
code_fingerprint()
