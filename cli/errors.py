"""What every `transcripts` command shares: exit codes and the one-line user error."""

from __future__ import annotations

import argparse
import math

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UserError(Exception):
    """Something the user can fix; reported as one line, no traceback."""


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
