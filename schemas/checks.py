"""Checks several table models share."""

from __future__ import annotations

import pandera.polars as pa
import polars as pl

ID_PATTERN = r"^[0-9a-f]{16}$"


def row_check(expr: pl.Expr, name: str) -> pa.Check:
    """A check over whole rows, failing exactly the rows where `expr` is false."""
    return pa.Check(lambda data: data.lazyframe.select(expr.fill_null(False)), name=name)


def id_column(*, unique: bool = False, nullable: bool = False) -> pa.Column:
    return pa.Column(pl.String, pa.Check.str_matches(ID_PATTERN), nullable=nullable, unique=unique)


def non_empty_text(*, nullable: bool = False) -> pa.Column:
    return pa.Column(pl.String, pa.Check.str_length(min_value=1), nullable=nullable)


def line_number(*, nullable: bool = False) -> pa.Column:
    return pa.Column(pl.Int64, pa.Check.ge(1), nullable=nullable)


def json_object() -> pa.Column:
    """A nullable JSON object kept as text (source labels and metadata, as the source had them)."""
    return pa.Column(pl.String, pa.Check.str_matches(r"^\{.*\}$"), nullable=True)
