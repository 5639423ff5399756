"""Who may write the warehouse, and when: one ingest at a time, short write windows, readers in between.

DuckDB lets one process hold a database file read-write and then refuses every other process, readers
included (POSIX `fcntl` locks: a writer takes an exclusive lock on the file, readers a shared one). We
design around that rule with **short write windows** rather than a staged copy swapped in:

- An ingest holds an *ingest lock* (`flock` on `<warehouse>.ingest.lock`) for its whole run, so two
  ingests never interleave their batches. A second ingest waits `--lock-timeout` seconds with a message,
  or exits at once with a one-line reason. The kernel drops the lock when its holder dies (even by
  SIGKILL), so a crashed run never leaves a stale lock behind.
- The DuckDB file itself is held read-write only while a batch commits (and for the run's bookkeeping at
  start and end); reading, decoding and transforming happen with the file closed. Between batches,
  readers (`transcripts query`, the dashboard) open it read-only through `open_reader`, which retries
  while a batch commits; the next commit in turn waits for readers to close (`reader_wait`).

Why not a staged copy swapped in atomically: every run would copy the whole warehouse first (a cost
that grows with the warehouse, paid even by a rerun that changes nothing), a killed run would lose all
the batches it had loaded, and the copy would have to be reconciled with the WAL. Short windows keep
each committed batch durable, cost one open/checkpoint per batch, and a reader waits at most one
batch's commit.

Holders are told apart with `F_GETLK` on the database file: a shared lock means readers (wait for
them, they are brief), an exclusive one a writer (another program, or an older version of this tool).
"""

from __future__ import annotations

import errno
import fcntl
import logging
import os
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

progress = logging.getLogger("transcripts.progress")

_RETRY_SECONDS = 0.25
# struct flock on Linux and the BSDs' field order differ; Linux is what we run on (short type, short
# whence, off_t start, off_t len, pid_t pid).
_FLOCK = "hhqqi"

_held: dict[str, int] = {}
_held_guard = threading.Lock()


class IngestLockedError(RuntimeError):
    """Another ingest is loading this warehouse."""


def lock_path(warehouse: Path | str) -> Path:
    path = Path(warehouse)
    return path.with_name(path.name + ".ingest.lock")


@contextmanager
def ingest_lock(warehouse: Path | str, *, timeout: float = 0.0) -> Iterator[None]:
    """Hold the warehouse's ingest lock; re-entrant within a process (the CLI takes it before Prefect
    starts, the runner again inside the flow)."""
    key = str(Path(warehouse).resolve())
    with _held_guard:
        if key in _held:
            _held[key] += 1
            reentered = True
        else:
            reentered = False
    if reentered:
        try:
            yield
        finally:
            with _held_guard:
                _held[key] -= 1
        return
    path = lock_path(warehouse)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _acquire(fd, path, Path(warehouse), timeout)
        # Say who holds it, for the message a waiting ingest prints; the lock is the flock, not this text.
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        with _held_guard:
            _held[key] = 1
        try:
            yield
        finally:
            with _held_guard:
                del _held[key]
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _acquire(fd: int, path: Path, warehouse: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    announced = False
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except OSError as error:
            if error.errno not in (errno.EAGAIN, errno.EACCES):
                raise
        holder = _holder_pid(path)
        if time.monotonic() >= deadline:
            raise IngestLockedError(
                f"warehouse {warehouse} is being loaded by another ingest ({holder}); wait for it to finish, "
                "pass --lock-timeout SECONDS to wait, or use --warehouse to write elsewhere"
            )
        if not announced:
            progress.warning(
                "warehouse %s is being loaded by another ingest (%s); waiting up to %.0f s",
                warehouse, holder, timeout,
            )  # fmt: skip
            announced = True
        time.sleep(min(_RETRY_SECONDS, max(deadline - time.monotonic(), 0.0)))


def _holder_pid(path: Path) -> str:
    try:
        pid = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        pid = ""
    return f"process {pid}" if pid.isdigit() else "another process"


def database_holder(database: Path | str) -> tuple[str, int] | None:
    """('reader' | 'writer', pid) of a process holding the DuckDB file, or None if it is free.

    Only asks (F_GETLK), never locks. The probe's descriptor is closed at once; POSIX drops a process's
    own locks on a file when any descriptor of it closes, so this is called only after DuckDB refused to
    open the file, i.e. when this process does not hold it.
    """
    try:
        fd = os.open(database, os.O_RDONLY)
    except OSError:
        return None
    try:
        probe = struct.pack(_FLOCK, fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0)
        kind, _, _, _, pid = struct.unpack(_FLOCK, fcntl.fcntl(fd, fcntl.F_GETLK, probe))
    except OSError:
        return None
    finally:
        os.close(fd)
    if kind == fcntl.F_UNLCK:
        return None
    return ("reader" if kind == fcntl.F_RDLCK else "writer", pid)
