"""The DuckLake warehouse: the same tables as the embedded file, in Parquet under a data path, with their
catalog in PostgreSQL (several machines, several concurrent runs) or in a DuckDB file (one machine).

Both extensions come from their PyPI packages (duckdb-extension-ducklake, duckdb-extension-postgres) and are
installed from those files into a private extension directory: DuckDB never downloads anything, and
autoloading stays off as for the embedded warehouse. After `attach_lake`, the connection's default catalog
is the lake (`USE lake`), so warehouse/load.py's SQL runs unchanged on both backends.
"""

from __future__ import annotations

import importlib.resources
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import duckdb

from warehouse.connection import OFFLINE_CONFIG

# (package, extension file stem, the name DuckDB knows it by once installed)
_EXTENSIONS = (
    ("duckdb_extension_ducklake", "ducklake", "ducklake"),
    ("duckdb_extension_postgres", "postgres", "postgres_scanner"),
)
# Concurrent runs commit to one catalog; DuckLake refuses the later of two conflicting commits. A few retries
# with a growing pause outlast any realistic collision (each commit takes well under a second).
COMMIT_ATTEMPTS = 8
_COMMIT_PAUSE_SECONDS = 0.2

T = TypeVar("T")


class LakeError(RuntimeError):
    """The lake cannot be opened (bad catalog string, unreachable PostgreSQL, missing extension)."""


@dataclass(frozen=True)
class LakeTarget:
    """Where a DuckLake warehouse lives. `catalog` is DuckLake's metadata connection string without the
    `ducklake:` prefix: `postgres:dbname=... host=...` or a path to a DuckDB file such as `meta.ducklake`."""

    catalog: str
    data_path: Path | None = None

    @classmethod
    def parse(cls, catalog: str, data_path: Path | str | None = None) -> LakeTarget:
        catalog = catalog.removeprefix("ducklake:").strip()
        if not catalog:
            raise LakeError("empty DuckLake catalog: pass e.g. 'postgres:dbname=lake host=127.0.0.1'")
        if not catalog.startswith("postgres:"):
            # A DuckDB-file catalog: absolute, so workers and later runs find the same file.
            catalog = str(Path(catalog).expanduser().resolve())
        return cls(catalog, Path(data_path).expanduser().resolve() if data_path is not None else None)

    @property
    def is_postgres(self) -> bool:
        return self.catalog.startswith("postgres:")

    def describe(self) -> str:
        """For summaries and logs: the catalog without a password, if the connection string holds one."""
        words = [w if not w.lower().startswith("password=") else "password=***" for w in self.catalog.split()]
        return "ducklake:" + " ".join(words)


def extension_directory() -> Path:
    """Per user, outside the checkout: INSTALL copies the packaged files here (DuckDB loads installed ones)."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "transcript-warehouse" / f"duckdb-{duckdb.__version__}-extensions"


def _packaged_extension(package: str, stem: str) -> Path:
    try:
        root = importlib.resources.files(package)
    except ModuleNotFoundError:
        raise LakeError(f"the {package.replace('_', '-')} package is missing; run `make install`") from None
    path = Path(str(root)) / "extensions" / f"v{duckdb.__version__}" / f"{stem}.duckdb_extension"
    if not path.is_file():
        # The packages ship one build per DuckDB release, and DuckDB refuses a build of another version.
        raise LakeError(f"{package} has no build for DuckDB {duckdb.__version__} ({path} is missing)")
    return path


def load_lake_extensions(con: duckdb.DuckDBPyConnection) -> None:
    """Install DuckLake and the PostgreSQL scanner from their package files and load them: never a download."""
    for package, stem, name in _EXTENSIONS:
        # INSTALL, LOAD and ATTACH take no bound parameters: the path is quoted, the name is our constant.
        for statement in (f"INSTALL {_quote(str(_packaged_extension(package, stem)))}", f"LOAD {name}"):
            con.execute(statement)


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def connect_lake(target: LakeTarget, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the lake attached as `lake` and selected as the default catalog."""
    directory = extension_directory()
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    con = duckdb.connect(config={**OFFLINE_CONFIG, "extension_directory": str(directory)})
    try:
        # DuckDB draws a progress bar on stdout for slow statements (a commit waiting on PostgreSQL).
        con.execute("SET enable_progress_bar = false")
        load_lake_extensions(con)
        options = []
        if target.data_path is not None:
            if not read_only:
                # Parquet files hold transcript text: owner-only, like the embedded warehouse file.
                target.data_path.mkdir(parents=True, exist_ok=True, mode=0o700)
            options.append(f"DATA_PATH {_quote(str(target.data_path) + os.sep)}")
        if read_only:
            options.append("READ_ONLY")
        if not target.is_postgres and not read_only:
            Path(target.catalog).parent.mkdir(parents=True, exist_ok=True)
        attach_options = f" ({', '.join(options)})" if options else ""
        # The user's catalog string and our data path, quoted: ATTACH takes no bound parameters.
        for statement in (f"ATTACH {_quote('ducklake:' + target.catalog)} AS lake{attach_options}", "USE lake"):
            con.execute(statement)
    except duckdb.Error as error:
        con.close()
        first = str(error).strip().splitlines()[0][:300] if str(error).strip() else type(error).__name__
        raise LakeError(f"cannot open DuckLake {target.describe()}: {first}") from None
    return con


@contextmanager
def open_lake(target: LakeTarget, *, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    con = connect_lake(target, read_only=read_only)
    try:
        yield con
    finally:
        con.close()


def data_path_of(con: duckdb.DuckDBPyConnection) -> Path:
    """The lake's data path as its catalog records it (set when the lake was created)."""
    row = con.execute("SELECT value FROM ducklake_options('lake') WHERE option_name = 'data_path'").fetchone()
    if row is None:
        raise LakeError("the lake records no data path")
    return Path(str(row[0]))


def is_commit_conflict(error: BaseException) -> bool:
    """DuckLake's refusal of a commit that collides with one another transaction made meanwhile."""
    return isinstance(error, duckdb.Error) and "conflict" in str(error).lower()


def with_commit_retry(work: Callable[[], T], *, attempts: int = COMMIT_ATTEMPTS) -> T:
    """Run `work` (one whole transaction, begun and ended inside it) again when DuckLake reports a conflict.

    Snapshot isolation: the retried transaction sees the other commit, so what it decides (which sources are
    already loaded, which sessions are duplicates) is decided again on the newer snapshot.
    """
    for attempt in range(1, attempts + 1):
        try:
            return work()
        except duckdb.Error as error:
            if not is_commit_conflict(error) or attempt == attempts:
                raise
            time.sleep(_COMMIT_PAUSE_SECONDS * attempt)
    raise AssertionError("unreachable")  # pragma: no cover
