"""`transcripts serve SOURCE_DIR --cron "*/15 * * * *"`: run the ingest flow on a schedule until stopped.

Each scheduled run is an ordinary `ingest-transcripts` flow run: files whose path and hash the warehouse
already holds are skipped, so a run loads only what is new or changed since the last one. Schedules need a
Prefect server (the temporary one `ingest` starts has no scheduler): with PREFECT_API_URL set, runs go to
that server; without it, a local server is started on 127.0.0.1 for as long as `serve` runs.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from cli.errors import EXIT_OK, UserError, non_negative_seconds, source_and_warehouse_errors
from flows.read_raw import source_root
from warehouse.connection import DEFAULT_WAREHOUSE, open_warehouse

DEPLOYMENT_NAME = "scheduled-ingest"
SERVER_START_SECONDS = 120.0


def add_parser(commands: Any) -> None:
    serve = commands.add_parser("serve", help="ingest SOURCE_DIR on a schedule (Prefect flow.serve) until stopped")
    serve.add_argument("source_dir", metavar="SOURCE_DIR", type=Path)
    when = serve.add_mutually_exclusive_group(required=True)
    when.add_argument("--cron", help='cron schedule, e.g. "*/15 * * * *" (UTC)')
    when.add_argument("--interval", type=_positive_seconds, metavar="SECONDS", help="run every SECONDS instead")
    serve.add_argument("--warehouse", type=Path, default=DEFAULT_WAREHOUSE, help=f"default: {DEFAULT_WAREHOUSE}")
    serve.add_argument("--name", default=DEPLOYMENT_NAME, help=f"deployment name (default: {DEPLOYMENT_NAME})")
    serve.add_argument(
        "--lock-timeout", type=non_negative_seconds, default=300.0, metavar="SECONDS",
        help="how long a run waits for a reader or another writer to release the warehouse (default: 300)",
    )  # fmt: skip
    serve.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    serve.set_defaults(run=_serve)


def _positive_seconds(value: str) -> float:
    seconds = non_negative_seconds(value)
    if seconds <= 0:
        raise argparse.ArgumentTypeError(f"expected a number of seconds > 0, got {value!r}")
    return seconds


def _serve(args: argparse.Namespace) -> int:
    with source_and_warehouse_errors(args.warehouse):
        source_root(args.source_dir)
        with open_warehouse(args.warehouse, lock_timeout=0.0):
            pass
    if args.cron:
        _check_cron(args.cron)

    with _prefect_api():
        from prefect.types.entrypoint import EntrypointType

        from flows.ingest import ingest_flow  # after PREFECT_API_URL is set: Prefect reads it at import

        schedule = f"cron {args.cron!r}" if args.cron else f"every {args.interval:g} s"
        print(f"serving ingest of {args.source_dir} into {args.warehouse}, {schedule}; Ctrl-C stops", flush=True)
        with suppress(KeyboardInterrupt):
            ingest_flow.serve(
                name=args.name,
                cron=args.cron,
                interval=args.interval,
                parameters={
                    "source_dir": str(args.source_dir.resolve()),
                    "warehouse": str(args.warehouse.resolve()),
                    "lock_timeout": args.lock_timeout,
                },
                # One run at a time: DuckDB has one writer, and a run that overlaps the next would only wait.
                limit=1,
                pause_on_shutdown=True,
                print_starting_message=False,
                # The runner imports the flow by module, so it works from any working directory.
                entrypoint_type=EntrypointType.MODULE_PATH,
            )
    print("stopped", flush=True)
    return EXIT_OK


def _check_cron(expression: str) -> None:
    from prefect.client.schemas.schedules import CronSchedule

    try:
        CronSchedule(cron=expression)
    except ValueError:
        raise UserError(f"not a valid cron schedule: {expression!r} (expected e.g. '*/15 * * * *')") from None


@contextmanager
def _prefect_api() -> Iterator[None]:
    """Use PREFECT_API_URL when set; otherwise a local Prefect server on a free loopback port."""
    if os.environ.get("PREFECT_API_URL"):
        yield
        return
    port = free_loopback_port()
    url = f"http://127.0.0.1:{port}/api"
    prefect = Path(sys.executable).parent / "prefect"
    command = [str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(port)]
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    print(f"starting a local Prefect server at {url.removesuffix('/api')} (set PREFECT_API_URL to use yours)")
    # The server's own log goes to a file nobody has to drain (a pipe left unread would stall it).
    with tempfile.TemporaryDirectory(prefix="transcripts-serve-") as scratch:
        log = Path(scratch) / "prefect-server.log"
        with log.open("w", encoding="utf-8") as sink:
            server = subprocess.Popen(command, env=env, stdout=sink, stderr=subprocess.STDOUT, text=True)
        try:
            _wait_healthy(url, server, log)
            os.environ["PREFECT_API_URL"] = url
            yield
        finally:
            os.environ.pop("PREFECT_API_URL", None)
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def free_loopback_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now (the tests' servers use it too)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_healthy(url: str, server: subprocess.Popen[str], log: Path) -> None:
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            last = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-1:] or ["no output"]
            raise UserError(f"the local Prefect server exited ({server.returncode}): {last[0][:200]}")
        with suppress(OSError), urllib.request.urlopen(f"{url}/health", timeout=2) as response:
            if response.status == 200:
                return
        time.sleep(0.5)
    raise UserError(f"the local Prefect server did not answer within {SERVER_START_SECONDS:.0f} s")
