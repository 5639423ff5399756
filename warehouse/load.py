"""Validated frames -> warehouse tables, one transaction per batch of files.

A batch either lands whole or not at all: if anything fails (or the process dies) before COMMIT,
the warehouse is exactly as it was before the batch.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import duckdb
import polars as pl

from schemas.validate import ValidatedBatch
from sql import create_views, read_sql, view_sql, views_in_order
from transforms.techniques import technique_catalog

# Tables whose rows belong to one source file; a reloaded file replaces all of them.
SOURCE_OWNED_TABLES = ("techniques", "defects", "turns", "sessions")


@dataclass(frozen=True)
class KnownSource:
    source_id: str
    sha256: str | None
    status: str
    bytes: int | None = None
    mtime_ns: int | None = None
    # flows/reader_fingerprint.py: the code (and column mapping) that read the file
    reader: str | None = None


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    if is_ducklake(con):
        _ensure_lake_schema(con)
        return
    con.execute(read_sql("tables.sql"))
    load_technique_catalog(con)
    # Views are replaced every time, so a warehouse always has the views of the code that last wrote it.
    create_views(con)


def _ensure_lake_schema(con: duckdb.DuckDBPyConnection) -> None:
    """The same DDL, catalog and views in one DuckLake transaction: each statement outside one would be a
    snapshot of its own (a catalog round trip each), and concurrent runs would see a half-made schema.
    The views run in the order create_views found on an empty embedded schema, as a failed statement would
    abort the transaction; DuckLake cannot comment on view columns (sql.create_views says so)."""
    with _registered(con, batch_catalog=technique_catalog()), _transaction(con):
        con.execute(read_sql("tables.sql"))
        _replace_catalog(con)
        for name in views_in_order():
            con.execute(view_sql(name, column_comments=False))


def is_ducklake(con: duckdb.DuckDBPyConnection) -> bool:
    """The connection's default catalog is a DuckLake (warehouse/lake.py), not the embedded file."""
    row = con.execute("SELECT type FROM duckdb_databases() WHERE database_name = current_database()").fetchone()
    return row is not None and row[0] == "ducklake"


def load_technique_catalog(con: duckdb.DuckDBPyConnection) -> None:
    """Replace the catalog with sql/technique_catalog.json's, so every run sees the file as it is now."""
    with _registered(con, batch_catalog=technique_catalog()), _transaction(con):
        _replace_catalog(con)


def _replace_catalog(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("DELETE FROM technique_catalog")
    con.execute("INSERT INTO technique_catalog BY NAME SELECT * FROM batch_catalog")


def known_sources(con: duckdb.DuckDBPyConnection) -> dict[str, KnownSource]:
    rows = con.execute("SELECT path, source_id, sha256, status, bytes, mtime_ns, reader FROM sources").fetchall()
    return {path: KnownSource(*rest) for path, *rest in rows}


def sessions_with_content(con: duckdb.DuckDBPyConnection, batch: ValidatedBatch) -> pl.DataFrame:
    """Warehouse sessions whose content hash a batch session shares, outside the files the batch reloads."""
    with _registered(
        con, batch_hashes=batch.sessions.select("content_hash"), batch_reloaded=batch.sources.select("source_id")
    ):
        return con.execute(
            """
            SELECT content_hash, session_id AS original_session_id,
                   source_path || ' (session ' || session_index || ')' AS original_path
            FROM sessions
            WHERE content_hash IN (SELECT content_hash FROM batch_hashes)
              AND source_id NOT IN (SELECT source_id FROM batch_reloaded)
            ORDER BY source_path, session_index
            """
        ).pl()


def duplicates_without_original(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Paths of files whose sessions were dropped as copies of a session that is no longer loaded (its file
    changed since): they must be read again, or their sessions would live only in `defects`."""
    rows = con.execute(
        """
        SELECT DISTINCT s.path
        FROM defects d JOIN sources s USING (source_id)
        WHERE d.defect_type = 'duplicate_session'
          AND regexp_extract(d.detail, 'same content as session ([0-9a-f]{16})', 1)
              NOT IN (SELECT session_id FROM sessions)
        ORDER BY s.path
        """
    ).fetchall()
    return [path for (path,) in rows]


def start_run(con: duckdb.DuckDBPyConnection, run_id: str, flow_run_id: str | None, source_dir: str) -> None:
    con.execute(
        "INSERT INTO runs (run_id, flow_run_id, started_at, status, source_dir) VALUES (?, ?, ?, 'running', ?)",
        [run_id, flow_run_id, utc_now(), source_dir],
    )


def mark_interrupted_runs(con: duckdb.DuckDBPyConnection) -> None:
    """Runs still `running` were killed (the caller holds the ingest lock, so none is alive): say so."""
    con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")


def finish_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    status: str,
    counts: Mapping[str, int],
    error: str | None = None,
    stage_seconds: Mapping[str, float] | None = None,
) -> None:
    columns = ", ".join(f"{name} = ?" for name in counts)
    stages = json.dumps({name: round(seconds, 3) for name, seconds in (stage_seconds or {}).items()})
    con.execute(
        f"UPDATE runs SET finished_at = ?, status = ?, error = ?, stage_seconds = ?, {columns} WHERE run_id = ?",
        [utc_now(), status, error, stages, *counts.values(), run_id],
    )


def load_batch(con: duckdb.DuckDBPyConnection, batch: ValidatedBatch, run_id: str) -> None:
    """Replace the rows of every file the batch read anew; mark unchanged files as seen by this run."""
    reloaded = batch.sources.select("source_id")
    unchanged = pl.DataFrame({"source_id": list(batch.unchanged)}, schema={"source_id": pl.String})
    sources = batch.sources.with_columns(
        pl.lit(run_id).alias("run_id"),
        pl.lit(run_id).alias("loaded_run_id"),
        pl.lit(utc_now()).alias("loaded_at"),
    )
    with (
        _registered(
            con,
            batch_reloaded=reloaded,
            batch_unchanged=unchanged,
            batch_sources=sources,
            batch_sessions=batch.sessions,
            batch_turns=batch.turns,
            batch_defects=batch.defects,
            batch_techniques=batch.techniques,
        ),
        _transaction(con),
    ):
        # Only files the warehouse already holds have rows to replace. A new file's DELETE would still scan every
        # table's source_id column (ids are hashes: no zone map prunes them), a cost that grew with the
        # warehouse at every batch of a first load.
        held = con.execute("SELECT count(*) FROM sources WHERE source_id IN (SELECT source_id FROM batch_reloaded)")
        if held.fetchone() != (0,):
            for table in (*SOURCE_OWNED_TABLES, "sources"):
                con.execute(f"DELETE FROM {table} WHERE source_id IN (SELECT source_id FROM batch_reloaded)")
        for table in ("sources", "sessions", "turns", "defects", "techniques"):
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM batch_{table}")
        con.execute(
            """
            UPDATE sources
            SET run_id = ?, status = CASE WHEN status = 'quarantined' THEN status ELSE 'unchanged' END
            WHERE source_id IN (SELECT source_id FROM batch_unchanged)
            """,
            [run_id],
        )


@contextmanager
def _transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


@contextmanager
def _registered(con: duckdb.DuckDBPyConnection, **frames: Any) -> Iterator[None]:
    for name, frame in frames.items():
        con.register(name, frame)
    try:
        yield
    finally:
        for name in frames:
            con.unregister(name)
