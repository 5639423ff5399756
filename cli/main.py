"""`transcripts`: the command line.

User errors (a missing folder, a locked warehouse) end in one line on stderr and exit code 2;
a run that itself failed exits 1; a finished run exits 0 even when files were quarantined.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from cli import dashboard, generate, ingest, query, serve
from cli.errors import EXIT_FAILED, EXIT_USAGE, UserError

# One module per command; each adds its own subparser. Add a command by adding its module here.
COMMANDS = (ingest, query, generate, serve, dashboard)

# Offline and quiet unless the user says otherwise: set before Prefect is imported.
_PREFECT_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "DO_NOT_TRACK": "1",
}


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
    for command in COMMANDS:
        command.add_parser(commands)
    return parser


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


if __name__ == "__main__":
    raise SystemExit(main())
