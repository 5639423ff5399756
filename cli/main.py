"""`transcripts`: the command line.

User errors (a missing folder, a locked warehouse) end in one line on stderr and exit code 2;
a run that itself failed exits 1; a finished run exits 0 even when files were quarantined.
"""

from __future__ import annotations

import argparse
import logging
import math
import os
import sys
import time
from pathlib import Path
from typing import Any

from flows.read_raw import SourceDirError, discover
from warehouse.connection import DEFAULT_WAREHOUSE, WarehouseLockedError, WarehouseOpenError, open_warehouse

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

# Offline and quiet unless the user says otherwise: set before Prefect is imported.
_PREFECT_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "DO_NOT_TRACK": "1",
}


class UserError(Exception):
    """Something the user can fix; reported as one line, no traceback."""


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    _configure_logging(args.verbose)
    try:
        result: int = args.run(args)
        return result
    except UserError as error:
        print(f"transcripts: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("transcripts: interrupted; batches not committed were rolled back", file=sys.stderr)
        return EXIT_FAILED


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="transcripts", description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("-v", "--verbose", action="store_true", help="show Prefect's logs at INFO")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    ingest = commands.add_parser("ingest", help="load every transcript file under SOURCE_DIR into the warehouse")
    ingest.add_argument("source_dir", metavar="SOURCE_DIR", type=Path)
    ingest.add_argument("--warehouse", type=Path, default=DEFAULT_WAREHOUSE, help=f"default: {DEFAULT_WAREHOUSE}")
    ingest.add_argument(
        "--lock-timeout", type=_non_negative_seconds, default=0.0, metavar="SECONDS",
        help="wait this long for another process to release the warehouse (default: fail at once)",
    )  # fmt: skip
    ingest.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    ingest.set_defaults(run=_ingest)
    return parser


def _safe_detail(error: Exception) -> str:
    """Our own errors say what to do and carry no transcript text; others are named by type only."""
    own = error.__class__.__module__.split(".")[0] in {"flows", "warehouse", "schemas", "transforms", "cli"}
    prefect_api = "Failed to reach API" in str(error)
    return f": {str(error).splitlines()[0]}" if own or prefect_api else ""


def _non_negative_seconds(value: str) -> float:
    seconds = float(value)
    if not math.isfinite(seconds) or seconds < 0:
        raise argparse.ArgumentTypeError(f"expected a number of seconds >= 0, got {value!r}")
    return seconds


def _configure_logging(verbose: bool) -> None:
    for name, value in _PREFECT_DEFAULTS.items():
        if verbose and name == "PREFECT_LOGGING_LEVEL":
            continue
        os.environ.setdefault(name, value)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    progress = logging.getLogger("transcripts.progress")
    progress.addHandler(handler)
    progress.setLevel(logging.INFO)
    progress.propagate = False


def _ingest(args: argparse.Namespace) -> int:
    try:
        discover(args.source_dir)
        # Fail fast, before Prefect spends seconds starting, if another process holds the warehouse.
        with open_warehouse(args.warehouse, lock_timeout=args.lock_timeout):
            pass
    except (SourceDirError, WarehouseLockedError, WarehouseOpenError) as error:
        raise UserError(str(error)) from None
    except OSError as error:
        raise UserError(f"cannot open warehouse {args.warehouse}: {error.strerror or error}") from None

    started = time.monotonic()
    from flows.ingest import ingest_flow  # Prefect is imported only for commands that run a flow

    try:
        summary = ingest_flow(str(args.source_dir), str(args.warehouse), args.lock_timeout)
    except WarehouseLockedError as error:
        raise UserError(str(error)) from None
    except WarehouseOpenError as error:
        raise UserError(str(error)) from None
    except Exception as error:
        # The type only: messages from libraries can quote transcript text.
        print(f"transcripts: the run failed: {type(error).__name__}{_safe_detail(error)}", file=sys.stderr)
        return EXIT_FAILED
    _print_summary(summary, time.monotonic() - started)
    return EXIT_OK


def _breakdown(counts: dict[str, int]) -> str:
    return " (" + " · ".join(f"{name} {n:,}" for name, n in counts.items()) + ")" if counts else ""


def _print_summary(s: dict[str, Any], wall_seconds: float) -> None:
    overhead = max(wall_seconds - s["seconds"], 0.0)
    defects = " · ".join(f"{kind} {n:,}" for kind, n in s["defects_by_type"].items()) or "none"
    lines = [
        f"run {s['run_id']} {s['status']} in {wall_seconds:.1f} s "
        f"({s['seconds']:.1f} s of work, {overhead:.1f} s Prefect start-up and bookkeeping)",
        f"  files     seen {s['files_seen']:,} · loaded {s['files_loaded']:,} · "
        f"skipped unchanged {s['files_unchanged']:,} · quarantined {s['files_quarantined']:,}",
        f"  sessions  {s['sessions_loaded']:,} loaded" + _breakdown(s["sessions_by_quality"]),
        f"  turns     {s['turns_loaded']:,} loaded of {s['turns_parsed']:,} parsed ({s['turns_dropped']:,} dropped)",
        f"  defects   {defects}",
    ]
    lines += [f"  quarantined {path}: {reason}" for path, reason in s["quarantined"]]
    lines.append(f"  warehouse {s['warehouse']}")
    print("\n".join(lines))


if __name__ == "__main__":
    raise SystemExit(main())
