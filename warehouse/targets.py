"""Where a run writes: the embedded DuckDB file or a DuckLake catalog. The run (flows/runner.py) is the same
for both; a target only says how to get a connection for one unit of work and who else may be writing.

- Embedded: one ingest at a time (the ingest lock), and the file is held read-write only while a unit of
  work runs, so readers get in between batches (warehouse/locks.py).
- DuckLake: several runs and machines commit to one catalog with snapshot isolation. No lock; one
  connection for the whole run; a unit of work that DuckLake refuses for a conflicting concurrent commit
  is run again on the newer snapshot (warehouse/lake.py: with_commit_retry).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, TypeVar

import duckdb

from warehouse.connection import open_warehouse
from warehouse.lake import LakeTarget, connect_lake, data_path_of, with_commit_retry
from warehouse.locks import ingest_lock

T = TypeVar("T")

# A batch commit waits this long for readers (one query each) to close the warehouse.
WRITER_WAITS_FOR_READERS = 120.0


class WriteTarget(Protocol):
    @property
    def label(self) -> str:
        """What the summary names as the warehouse."""
        ...

    @property
    def concurrent(self) -> bool:
        """Other runs may be writing at the same time (so a run still `running` is not necessarily dead)."""
        ...

    def held(self) -> AbstractContextManager[object]:
        """Held for the whole run: the ingest lock, or the run's connection."""
        ...

    def write(self, work: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
        """Run one unit of work (whole transactions only) with a read-write connection."""
        ...

    def staging_root(self) -> Path:
        """A folder every worker can write and the committing process can read: batches staged as Parquet."""
        ...


@dataclass
class EmbeddedTarget:
    path: Path
    lock_timeout: float = 0.0

    @property
    def label(self) -> str:
        return str(self.path)

    @property
    def concurrent(self) -> bool:
        return False

    def held(self) -> AbstractContextManager[object]:
        return ingest_lock(self.path, timeout=self.lock_timeout)

    def write(self, work: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
        with open_warehouse(self.path, lock_timeout=self.lock_timeout, reader_wait=WRITER_WAITS_FOR_READERS) as con:
            return work(con)

    def staging_root(self) -> Path:
        return self.path.parent / f"{self.path.name}.staging"


@dataclass
class LakeWriteTarget:
    lake: LakeTarget
    _con: duckdb.DuckDBPyConnection | None = field(default=None, init=False, repr=False)

    @property
    def label(self) -> str:
        return self.lake.describe()

    @property
    def concurrent(self) -> bool:
        return True

    def held(self) -> AbstractContextManager[object]:
        return self._connected()

    @contextmanager
    def _connected(self) -> Iterator[None]:
        if self._con is not None:  # re-entrant: the CLI and the runner both hold it
            yield
            return
        self._con = connect_lake(self.lake)
        try:
            yield
        finally:
            self._con.close()
            self._con = None

    def write(self, work: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
        with self._connected() if self._con is None else nullcontext():
            con = self._con
            assert con is not None
            return with_commit_retry(lambda: work(con))

    def staging_root(self) -> Path:
        data = self.lake.data_path if self.lake.data_path is not None else self.write(data_path_of)
        # Beside the lake's own files, so a cluster that shares the data path shares the staging area.
        return data / "_staging"
