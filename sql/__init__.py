"""SQL kept as files: `tables.sql` is the warehouse DDL (the column contract analysts rely on)."""

from __future__ import annotations

from importlib.resources import files


def read_sql(name: str) -> str:
    return files(__name__).joinpath(name).read_text(encoding="utf-8")
