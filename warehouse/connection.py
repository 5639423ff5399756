"""Opening the DuckDB warehouse: offline, owner-only, with a clear error when another process holds it."""

from __future__ import annotations

import os
import re
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from warehouse.locks import database_holder

# Editable installs keep this next to the code: `warehouse/transcripts.duckdb` in the checkout.
DEFAULT_WAREHOUSE = Path(__file__).resolve().parent / "transcripts.duckdb"

# Nothing may reach the network at run time: no extension is installed or loaded on demand.
OFFLINE_CONFIG: dict[str, str | bool | int | float | list[str]] = {
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
}
# Short: a reader waits for one batch commit at most, and should get in as soon as it ends.
_LOCK_RETRY_SECONDS = 0.1


class WarehouseLockedError(RuntimeError):
    """Another process has the warehouse file open for writing."""


class WarehouseOpenError(RuntimeError):
    """The path exists but is not a DuckDB database this version can open (a folder, another file...)."""


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0][:200] if str(error).strip() else type(error).__name__


class WarehouseMissingError(FileNotFoundError):
    """A read-only open of a warehouse that does not exist."""


@contextmanager
def open_warehouse(
    path: Path | str, *, read_only: bool = False, lock_timeout: float = 0.0, reader_wait: float = 0.0
) -> Iterator[duckdb.DuckDBPyConnection]:
    # DuckDB creates its WAL at the first write, long after connect: keep new files owner-only throughout.
    previous_umask = os.umask(0o077)
    try:
        con = connect(path, read_only=read_only, lock_timeout=lock_timeout, reader_wait=reader_wait)
        try:
            yield con
        finally:
            con.close()
    finally:
        os.umask(previous_umask)


def connect(
    path: Path | str, *, read_only: bool = False, lock_timeout: float = 0.0, reader_wait: float = 0.0
) -> duckdb.DuckDBPyConnection:
    """Open the warehouse, retrying for `lock_timeout` seconds while another process holds it.

    A writer that finds only readers in the way (see warehouse/locks.py) waits up to `reader_wait` instead,
    if that is longer: readers hold the file for one query, and an ingest must not fail because an analyst
    ran one between two batches.
    """
    path = Path(path)
    if read_only and not path.exists():
        raise WarehouseMissingError(f"no warehouse at {path}; run `transcripts ingest` first")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    deadline = started + lock_timeout
    while True:
        try:
            # Files DuckDB creates (the database, its WAL) are readable by their owner only.
            previous_umask = os.umask(0o077)
            try:
                con = duckdb.connect(str(path), read_only=read_only, config=OFFLINE_CONFIG)
            finally:
                os.umask(previous_umask)
            break
        except duckdb.IOException as error:
            if "lock" not in str(error).lower():
                raise WarehouseOpenError(f"cannot open {path} as a DuckDB warehouse ({_first_line(error)})") from None
            # Readers, or a holder gone since DuckDB's refusal: worth the longer wait. A writer is not.
            patient = not read_only and reader_wait > 0 and _not_held_by_a_writer(path)
            if time.monotonic() >= max(deadline, started + reader_wait if patient else deadline):
                raise WarehouseLockedError(_lock_message(path, str(error))) from None
            # A writer waiting for readers polls faster: between their short queries the file is free briefly.
            time.sleep(_LOCK_RETRY_SECONDS / 4 if patient else _LOCK_RETRY_SECONDS)
    if not read_only:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    return con


def _not_held_by_a_writer(path: Path) -> bool:
    holder = database_holder(path)
    return holder is None or holder[0] == "reader"


def _lock_message(path: Path, error: str) -> str:
    pid = re.search(r"PID (\d+)", error)
    holder = f"process {pid.group(1)}" if pid else "another process"
    return (
        f"warehouse {path} is in use by {holder}; wait for it to finish, "
        "pass --lock-timeout SECONDS to wait, or use --warehouse to write elsewhere"
    )


# Readers (`transcripts query`, the dashboard) wait this long by default for a load's short write window.
READER_WAIT_SECONDS = 30.0


@contextmanager
def open_reader(path: Path | str, *, wait_seconds: float = READER_WAIT_SECONDS) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection for analysts and dashboards, retrying while a load holds the file.

    Keep it open only for the queries at hand: while a reader holds the file, a load waits for it.
    """
    with open_warehouse(path, read_only=True, lock_timeout=wait_seconds) as con:
        yield con
