"""What every `transcripts` command shares: exit codes and the one-line user error."""

from __future__ import annotations

import argparse
import math
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from flows.read_raw import SourceDirError
from warehouse.connection import WarehouseLockedError, WarehouseOpenError
from warehouse.locks import IngestLockedError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UserError(Exception):
    """Something the user can fix; reported as one line, no traceback."""


@contextmanager
def source_and_warehouse_errors(warehouse: Path) -> Iterator[None]:
    """A missing source folder, a busy or unreadable warehouse: one line for the user, no traceback."""
    try:
        yield
    except (SourceDirError, WarehouseLockedError, WarehouseOpenError, IngestLockedError) as error:
        raise UserError(str(error)) from None
    except OSError as error:
        raise UserError(f"cannot open warehouse {warehouse}: {error.strerror or error}") from None


def non_negative_seconds(value: str) -> float:
    seconds = float(value)
    if not math.isfinite(seconds) or seconds < 0:
        raise argparse.ArgumentTypeError(f"expected a number of seconds >= 0, got {value!r}")
    return seconds


def safe_detail(error: Exception) -> str:
    """Our own errors say what to do and carry no transcript text; others are named by type only."""
    own = error.__class__.__module__.split(".")[0] in {"flows", "warehouse", "schemas", "transforms", "cli"}
    prefect_api = "Failed to reach API" in str(error)
    return f": {str(error).splitlines()[0]}" if own or prefect_api else ""
