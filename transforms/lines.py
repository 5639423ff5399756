"""Decoded file texts -> one row per line, numbered from 1 as an editor shows them."""

from __future__ import annotations

import polars as pl


def split_lines(files: pl.DataFrame) -> pl.DataFrame:
    """`files(source_id, text)` -> `lines(source_id, line_no, line)`."""
    return (
        files.select("source_id", pl.col("text").str.split("\n").alias("line"))
        .explode("line")
        .with_columns(
            pl.col("line").fill_null(""),
            pl.int_range(1, pl.len() + 1, dtype=pl.Int64).over("source_id").alias("line_no"),
        )
        .select("source_id", "line_no", "line")
    )
