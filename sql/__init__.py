"""SQL kept as files: `tables.sql` is the warehouse DDL (the column contract analysts rely on); `staging/`
then `marts/` hold the analysts' views, layered like a dbt project (marts read staging views and tables)."""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from typing import Protocol

# Created in this order: a mart may read any staging view; staging reads only tables.
VIEW_LAYERS = ("staging", "marts")


def read_sql(name: str) -> str:
    return files(__name__).joinpath(name).read_text(encoding="utf-8")


def view_files() -> list[str]:
    """The view files, layer by layer, alphabetical within a layer (names relative to this package)."""
    names: list[str] = []
    for layer in VIEW_LAYERS:
        folder = files(__name__).joinpath(layer)
        names += sorted(f"{layer}/{entry.name}" for entry in folder.iterdir() if entry.name.endswith(".sql"))
    return names


class _Executes(Protocol):
    def execute(self, query: str, /) -> object: ...


# Each is one line ending `';` in every view file (tests/test_lake.py checks it).
_COLUMN_COMMENT = re.compile(r"^COMMENT ON COLUMN .*';[ \t]*$", re.MULTILINE)


def view_sql(name: str, *, column_comments: bool = True) -> str:
    text = read_sql(name)
    return text if column_comments else _COLUMN_COMMENT.sub("", text)


@cache
def views_in_order() -> tuple[str, ...]:
    """The view files in an order that creates each view after those it reads: the order create_views finds
    on an empty schema in memory (for callers that cannot retry a failed statement, as inside a transaction)."""
    import duckdb

    with duckdb.connect() as scratch:
        scratch.execute(read_sql("tables.sql"))
        return tuple(create_views(scratch))


def create_views(con: _Executes, *, column_comments: bool = True) -> list[str]:
    """Run every view file (CREATE OR REPLACE and COMMENT ON: safe to run again); returns the files in the
    order they ran. A mart may read another mart: a file whose view reads one not created yet is retried
    after the others, so no manifest has to list the order.

    `column_comments=False` leaves out `COMMENT ON COLUMN`, which DuckLake does not support on views (the
    views and their own comments are the same; docs/data_dictionary.md has every column's)."""
    pending, done = view_files(), []
    while pending:
        failed: list[tuple[str, Exception]] = []
        for name in pending:
            try:
                con.execute(view_sql(name, column_comments=column_comments))
                done.append(name)
            except Exception as error:  # a missing view is a CatalogException; anything else fails below
                failed.append((name, error))
        if len(failed) == len(pending):
            name, first = failed[0]
            raise RuntimeError(f"sql/{name}: {first}") from first
        pending = [name for name, _ in failed]
    return done
