"""One shape for every defect, whichever step found it."""

from __future__ import annotations

from typing import Any, Literal

import polars as pl

from transforms.ids import stable_id

Severity = Literal["error", "warning", "info"]
Action = Literal["repaired", "dropped", "flagged", "quarantined"]
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
ACTIONS: tuple[str, ...] = ("repaired", "dropped", "flagged", "quarantined")
# The taxonomy of `defects.defect_type`; a step that finds a new kind adds it here first.
DEFECT_TYPES: tuple[str, ...] = (
    "mojibake",
    "encoding_error",
    "control_characters",
    "duplicate_turn",
    "near_duplicate_turn",
    "repetition_loop",
    "refusal",
    "truncated_turn",
    "role_inversion",
    "meta_text",
    "empty_turn",
    "unknown_speaker",
    "consecutive_speaker",
    "unparseable_line",
    "duplicate_session",
    "unparseable_file",
    "schema_violation",
)

DEFECT_SCHEMA: dict[str, pl.DataType] = {
    "defect_id": pl.String(),
    "source_id": pl.String(),
    "session_id": pl.String(),
    "source_line": pl.Int64(),
    # Position of the turn concerned among its session's parsed turns (lines are not unique in JSON
    # Lines, where a record's turns share its line); null above turn level.
    "source_turn_index": pl.Int32(),
    # The raw label of the turn concerned, so dropped turns can be rebuilt whole; null above turn level.
    "speaker": pl.String(),
    "defect_type": pl.String(),
    "severity": pl.String(),
    "action": pl.String(),
    "detail": pl.String(),
    # The original text the defect concerns: what was dropped, or the text before a repair.
    "excerpt": pl.String(),
    # The text after a repair; null when nothing was repaired.
    "repaired_text": pl.String(),
}


def empty_defects() -> pl.DataFrame:
    return pl.DataFrame(schema=DEFECT_SCHEMA)


def turn_defects(found: pl.DataFrame, **kind: Any) -> pl.DataFrame:
    """Defects about turns of `found` (a turns frame): session, line and speaker come from each turn."""
    return defect_rows(
        found,
        session_id=pl.col("session_id"),
        source_line=pl.col("source_line"),
        source_turn_index=pl.col("source_turn_index"),
        speaker=pl.col("speaker"),
        **kind,
    )


def defect_rows(
    found: pl.DataFrame,
    *,
    defect_type: str,
    severity: Severity,
    action: Action,
    detail: pl.Expr,
    excerpt: pl.Expr,
    source_line: pl.Expr | None = None,
    session_id: pl.Expr | None = None,
    repaired_text: pl.Expr | None = None,
    speaker: pl.Expr | None = None,
    source_turn_index: pl.Expr | None = None,
) -> pl.DataFrame:
    """Rows of `found` -> defects; `found` must carry `source_id`."""
    return found.select(
        pl.lit(None, dtype=pl.String).alias("defect_id"),
        pl.col("source_id").cast(pl.String),
        (session_id if session_id is not None else pl.lit(None)).cast(pl.String).alias("session_id"),
        (source_line if source_line is not None else pl.lit(None)).cast(pl.Int64).alias("source_line"),
        (source_turn_index if source_turn_index is not None else pl.lit(None))
        .cast(pl.Int32)
        .alias("source_turn_index"),
        (speaker if speaker is not None else pl.lit(None)).cast(pl.String).alias("speaker"),
        pl.lit(defect_type).alias("defect_type"),
        pl.lit(severity).alias("severity"),
        pl.lit(action).alias("action"),
        detail.cast(pl.String).alias("detail"),
        excerpt.cast(pl.String).alias("excerpt"),
        (repaired_text if repaired_text is not None else pl.lit(None)).cast(pl.String).alias("repaired_text"),
    )


def with_defect_ids(defects: pl.DataFrame) -> pl.DataFrame:
    """Ids from what the defect is about; the ordinal separates otherwise identical rows."""
    key = ["source_id", "session_id", "source_line", "source_turn_index", "defect_type", "detail"]
    return defects.with_columns(stable_id(*key, pl.int_range(pl.len()).over(key)).alias("defect_id")).select(
        list(DEFECT_SCHEMA)
    )
