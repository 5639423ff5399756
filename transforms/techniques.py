"""Techniques per session. Here: those a summary header names, as written."""

from __future__ import annotations

import polars as pl

TECHNIQUE_SCHEMA: dict[str, pl.DataType] = {
    "session_id": pl.String(),
    "source_id": pl.String(),
    "technique": pl.String(),
    "source": pl.String(),
    "source_line": pl.Int64(),
    "evidence": pl.String(),
    "confidence": pl.Float64(),
}


def techniques_from_summaries(sessions: pl.DataFrame) -> pl.DataFrame:
    """`sessions(session_id, source_id, summary)` -> one row per distinct technique a summary lists."""
    return (
        sessions.filter(pl.col("summary").is_not_null())
        .select("session_id", "source_id", pl.col("summary").struct.field("techniques").alias("evidence"))
        .explode("evidence")
        .filter(pl.col("evidence").is_not_null())
        .unique(["session_id", "evidence"], maintain_order=True)
        .select(
            "session_id",
            "source_id",
            pl.col("evidence").alias("technique"),
            pl.lit("summary").alias("source"),
            pl.lit(None, dtype=pl.Int64).alias("source_line"),
            "evidence",
            # The summary states the technique outright.
            pl.lit(1.0).alias("confidence"),
        )
        .cast(TECHNIQUE_SCHEMA)  # type: ignore[arg-type]
    )
