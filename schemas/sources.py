from __future__ import annotations

import pandera.polars as pa
import polars as pl

from schemas.checks import id_column, non_empty_text, row_check

SOURCE_STATUSES = ("loaded", "unchanged", "quarantined")
# A batch carries only the files it read anew; unchanged ones are a list of ids (ValidatedBatch.unchanged).

SourcesSchema = pa.DataFrameSchema(
    {
        "source_id": id_column(unique=True),
        "path": pa.Column(pl.String, pa.Check.str_length(min_value=1), unique=True),
        "sha256": pa.Column(pl.String, pa.Check.str_matches(r"^[0-9a-f]{64}$"), nullable=True),
        "bytes": pa.Column(pl.Int64, pa.Check.ge(0)),
        "encoding": pa.Column(pl.String, nullable=True),
        "encoding_confidence": pa.Column(pl.Float64, pa.Check.in_range(0.0, 1.0), nullable=True),
        "status": pa.Column(pl.String, pa.Check.isin(SOURCE_STATUSES)),
        "error": non_empty_text(nullable=True),
        "sessions": pa.Column(pl.Int32, pa.Check.ge(0)),
        "turns_parsed": pa.Column(pl.Int64, pa.Check.ge(0)),
        "turns_kept": pa.Column(pl.Int64, pa.Check.ge(0)),
        "mtime_ns": pa.Column(pl.Int64, nullable=True),
        "reader": pa.Column(pl.String, nullable=True),
    },
    checks=[
        row_check((pl.col("status") == "quarantined") == pl.col("error").is_not_null(), "error_iff_quarantined"),
        row_check(pl.col("turns_kept") <= pl.col("turns_parsed"), "kept_at_most_parsed"),
        row_check((pl.col("status") == "quarantined") | pl.col("sha256").is_not_null(), "hash_unless_unreadable"),
    ],
    strict=True,
    name="sources",
)
