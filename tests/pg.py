"""A throwaway PostgreSQL server for the DuckLake tests: initdb in a temp folder, started on a free loopback
port, stopped and removed at the end. Debian's `postgresql` package provides the binaries (`make test`
installs it when missing); PostgreSQL refuses to run as root, so as root it runs as the `postgres` user."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from cli.serve import free_loopback_port


def postgres_bin() -> Path | None:
    """Debian keeps the server binaries in /usr/lib/postgresql/<major>/bin (not on PATH); the newest wins."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    return Path(versions[-1]).parent if versions else None


@dataclass
class PostgresServer:
    bin: Path
    root: Path
    port: int
    run_as: list[str]

    def _run(self, *args: str) -> None:
        subprocess.run([*self.run_as, *args], check=True, capture_output=True, timeout=120)

    def create_database(self) -> str:
        """A new empty database; returns the DuckLake catalog string for it."""
        name = f"lake_{uuid.uuid4().hex[:12]}"
        self._run(str(self.bin / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", name)
        return f"postgres:dbname={name} host=127.0.0.1 port={self.port} user=postgres"

    def stop(self) -> None:
        subprocess.run(
            [*self.run_as, str(self.bin / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "stop"],
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(self.root, ignore_errors=True)


def start_postgres() -> PostgresServer:
    bin_dir = postgres_bin()
    if bin_dir is None:
        raise FileNotFoundError("PostgreSQL server binaries (initdb, pg_ctl) not found; `make postgres` installs them")
    # /tmp rather than pytest's folder: as root, the server runs as `postgres`, who cannot enter root's 0700 dirs.
    root = Path(tempfile.mkdtemp(prefix="tw-postgres-"))
    run_as: list[str] = []
    if os.getuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(root, user.pw_uid, user.pw_gid)
        run_as = ["runuser", "-u", "postgres", "--"]
    server = PostgresServer(bin_dir, root, free_loopback_port(), run_as)
    try:
        server._run(str(bin_dir / "initdb"), "-D", str(root / "data"), "-A", "trust", "-U", "postgres", "--no-sync",
                    "-E", "UTF8")  # fmt: skip
        options = (
            f"-p {server.port} -k {root} -c listen_addresses=127.0.0.1 "
            # A test server: durability buys nothing here and costs seconds.
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        server._run(str(bin_dir / "pg_ctl"), "-D", str(root / "data"), "-o", options, "-l", str(root / "log"), "-w",
                    "start")  # fmt: skip
    except BaseException:
        server.stop()
        raise
    return server
