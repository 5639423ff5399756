"""`transcripts query "SQL"`: run one analyst query against the warehouse, read-only, even during a load.

The warehouse is opened read-only through `open_reader`, which retries while an ingest commits a batch
(warehouse/locks.py: loads hold the file only for their short write windows). The connection is also
sandboxed before the user's SQL runs: no access to other files (no COPY TO, ATTACH, read_csv of
arbitrary paths), and that setting locked so the query cannot turn it back on. Results are written by
polars, never by SQL, so `--out` is the only file the command writes.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cli.errors import EXIT_OK, UserError, non_negative_seconds
from warehouse.connection import (
    DEFAULT_WAREHOUSE,
    READER_WAIT_SECONDS,
    WarehouseLockedError,
    WarehouseMissingError,
    WarehouseOpenError,
    open_reader,
)

if TYPE_CHECKING:
    import duckdb

FORMATS = ("table", "csv", "json", "parquet")
# Run after connecting, before the user's SQL: a read-only database can still write and read other files.
_SANDBOX = ("SET enable_external_access = false", "SET lock_configuration = true")


def add_parser(commands: Any) -> None:
    query = commands.add_parser("query", help="run a read-only SQL query against the warehouse")
    query.add_argument("sql", metavar="SQL", help='the query, e.g. "SELECT role, count(*) FROM turns GROUP BY 1"')
    query.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    query.add_argument("--warehouse", type=Path, default=DEFAULT_WAREHOUSE, help=f"default: {DEFAULT_WAREHOUSE}")
    query.add_argument(
        "--lake", metavar="CATALOG",
        help="query a DuckLake warehouse (the catalog given to `ingest --lake`) instead of --warehouse, read-only",
    )  # fmt: skip
    query.add_argument("--out", type=Path, help="write the result to this file instead of standard output")
    query.add_argument(
        "--wait", type=non_negative_seconds, default=READER_WAIT_SECONDS, metavar="SECONDS",
        help=f"wait this long while an ingest commits a batch (default: {READER_WAIT_SECONDS:.0f})",
    )  # fmt: skip
    query.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    query.set_defaults(run=_query)


def _query(args: argparse.Namespace) -> int:
    if args.format == "parquet" and args.out is None and sys.stdout.isatty():
        raise UserError("parquet is binary: pass --out FILE (or redirect standard output)")
    import duckdb  # here, so `transcripts --help` stays quick

    try:
        result = _fetch(args)
    except (WarehouseMissingError, WarehouseLockedError, WarehouseOpenError) as error:
        raise UserError(str(error)) from None
    except duckdb.Error as error:
        # DuckDB's own first line: the user's SQL is wrong, or tried to write.
        raise UserError(f"query failed: {_first_line(error)}") from None
    _write(result, args.format, args.out)
    return EXIT_OK


def _fetch(args: argparse.Namespace) -> Any:
    if args.lake:
        from warehouse.lake import LakeError

        try:
            return _run_lake(args.lake, args.sql)
        except LakeError as error:
            raise UserError(str(error)) from None
    try:
        return _run(args.warehouse, args.sql, wait_seconds=0.0)
    except WarehouseLockedError:
        if args.wait <= 0:
            raise
    print(f"transcripts: an ingest is committing a batch; waiting up to {args.wait:.0f} s", file=sys.stderr)
    return _run(args.warehouse, args.sql, wait_seconds=args.wait)


def _run(warehouse: Path, sql: str, *, wait_seconds: float) -> Any:
    with open_reader(warehouse, wait_seconds=wait_seconds) as con:
        # Fetched whole, so the file is released before the (possibly slow) formatting and writing.
        return _sandboxed_fetch(con, sql)


def _run_lake(catalog: str, sql: str) -> Any:
    """DuckLake readers never wait: snapshot isolation lets them read while ingests commit. The sandbox lets
    DuckDB read the lake's own Parquet files (its data path) and nothing else on disk."""
    from warehouse.lake import LakeTarget, data_path_of, open_lake

    with open_lake(LakeTarget.parse(catalog), read_only=True) as con:
        con.execute("SET allowed_directories = ?", [[str(data_path_of(con))]])
        return _sandboxed_fetch(con, sql)


def _sandboxed_fetch(con: duckdb.DuckDBPyConnection, sql: str) -> Any:
    """The user's query, after the sandbox settings, as one polars frame."""
    for statement in _SANDBOX:
        con.execute(statement)
    relation = con.sql(sql)
    if relation is None:
        raise UserError("the query returned no rows to show (only SELECT-like statements are useful here)")
    return relation.pl()


def _write(frame: Any, fmt: str, out: Path | None) -> None:
    import polars as pl

    assert isinstance(frame, pl.DataFrame)
    if fmt == "parquet":
        target: Any = out if out is not None else sys.stdout.buffer
        frame.write_parquet(target)
        return
    if fmt == "csv":
        text = frame.write_csv()
    elif fmt == "json":
        buffer = io.StringIO()
        frame.write_json(buffer)
        text = buffer.getvalue() + "\n"
    else:
        with pl.Config(
            tbl_rows=-1, tbl_cols=-1, fmt_str_lengths=80, tbl_hide_dataframe_shape=False, tbl_width_chars=200
        ):
            text = f"{frame}\n"
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")


def _first_line(error: Exception) -> str:
    lines = str(error).strip().splitlines()
    return lines[0][:300] if lines else type(error).__name__
