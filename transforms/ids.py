"""Deterministic identifiers from content, stable across runs, machines and library versions.

polars' own hash is not promised stable across versions, so ids use SHA-256. This runs once per
session or defect row, never per turn.
"""

from __future__ import annotations

import hashlib

import polars as pl

ID_HEX_CHARS = 16


def sha256_hex(value: str, length: int = ID_HEX_CHARS) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:length]


def stable_id(*parts: pl.Expr | str) -> pl.Expr:
    """An id column from the given columns, joined with a unit separator (never in ids or paths)."""
    columns = [pl.col(p) if isinstance(p, str) else p for p in parts]
    joined = pl.concat_str([c.cast(pl.String).fill_null("\x00") for c in columns], separator="\x1f")
    return joined.map_batches(
        lambda values: pl.Series([sha256_hex(v) for v in values], dtype=pl.String),
        return_dtype=pl.String,
    )
