"""`transcripts dashboard [--warehouse PATH] [--port N]`: the data-quality dashboard on localhost.

Runs Streamlit in a child process bound to 127.0.0.1, headless (no browser is opened) and with usage
statistics off, so nothing leaves the machine. The page reads the warehouse read-only, one short
connection per query, so loads and scheduled runs keep working while it is open.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from cli.errors import EXIT_FAILED, EXIT_OK, UserError
from warehouse.connection import DEFAULT_WAREHOUSE

APP = Path(__file__).resolve().parents[1] / "dashboard" / "app.py"
DEFAULT_PORT = 8501

# Streamlit settings as environment variables: offline, quiet, nothing opened or watched.
STREAMLIT_ENV = {
    "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
    "STREAMLIT_SERVER_HEADLESS": "true",
    "STREAMLIT_SERVER_FILE_WATCHER_TYPE": "none",
    "STREAMLIT_SERVER_RUN_ON_SAVE": "false",
    "STREAMLIT_GLOBAL_DEVELOPMENT_MODE": "false",
    "STREAMLIT_CLIENT_TOOLBAR_MODE": "viewer",
    "STREAMLIT_LOGGER_LEVEL": "warning",
}


def add_parser(commands: Any) -> None:
    dashboard = commands.add_parser("dashboard", help="serve the data-quality dashboard on localhost")
    dashboard.add_argument("--warehouse", type=Path, default=DEFAULT_WAREHOUSE, help=f"default: {DEFAULT_WAREHOUSE}")
    dashboard.add_argument("--port", type=_port, default=DEFAULT_PORT, help=f"default: {DEFAULT_PORT}")
    dashboard.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    dashboard.set_defaults(run=_dashboard)


def _port(value: str) -> int:
    port = int(value)
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"expected a port between 1 and 65535, got {value!r}")
    return port


def command(warehouse: Path, port: int) -> list[str]:
    return [
        sys.executable, "-m", "streamlit", "run", str(APP),
        "--server.address", "127.0.0.1", "--server.port", str(port),
        "--", "--warehouse", str(warehouse.resolve()),
    ]  # fmt: skip


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _dashboard(args: argparse.Namespace) -> int:
    if not args.warehouse.exists():
        raise UserError(f"no warehouse at {args.warehouse}; run `transcripts ingest` first")
    print(f"dashboard at http://127.0.0.1:{args.port} for {args.warehouse} (Ctrl-C stops)", flush=True)
    child = subprocess.Popen(command(args.warehouse, args.port), env={**os.environ, **STREAMLIT_ENV})
    # Stopped by a service manager (SIGTERM) as by Ctrl-C: the Streamlit child goes too.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        return EXIT_OK if child.wait() == 0 else EXIT_FAILED
    except KeyboardInterrupt:
        child.terminate()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        return EXIT_OK
