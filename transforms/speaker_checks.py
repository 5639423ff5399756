"""Speaker-level checks on kept turns: labels the alias table cannot map, the same role twice in a row."""

from __future__ import annotations

import polars as pl

from transforms.defect_rows import turn_defects


def unknown_speaker_defects(turns: pl.DataFrame) -> pl.DataFrame:
    return turn_defects(
        turns.filter(pl.col("role") == "unknown"),
        defect_type="unknown_speaker",
        severity="warning",
        action="flagged",
        detail=pl.format("label '{}' is not in the alias table (transforms/speakers.py)", pl.col("speaker")),
        excerpt=pl.col("text").str.slice(0, 200),
    )


def consecutive_speaker_defects(turns: pl.DataFrame) -> pl.DataFrame:
    """Info: a therapist or client turn right after another of the same role, once repeats are gone."""
    ordered = turns.sort("session_id", "turn_index").with_columns(
        pl.col("role").shift(1).over("session_id").alias("_previous_role"),
        pl.col("source_line").shift(1).over("session_id").alias("_previous_line"),
    )
    found = ordered.filter((pl.col("role") == pl.col("_previous_role")) & (pl.col("role") != "unknown"))
    return turn_defects(
        found,
        defect_type="consecutive_speaker",
        severity="info",
        action="flagged",
        detail=pl.format("second {} turn in a row (previous at line {})", pl.col("role"), pl.col("_previous_line")),
        excerpt=pl.col("text").str.slice(0, 200),
    )
