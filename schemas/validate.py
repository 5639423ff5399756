"""Check a batch's frames against the models; failing rows become `schema_violation` defects.

A row that fails is not loaded, but it is not lost either: its full content goes to the defect's
`excerpt` as JSON. Turns and techniques must point at a session of the same batch.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import pandera.errors
import pandera.polars as pa
import polars as pl

from schemas.defects import DefectsSchema
from schemas.sessions import SessionsSchema
from schemas.sources import SourcesSchema
from schemas.techniques import TechniquesSchema
from schemas.turns import TurnsSchema
from transforms.defect_rows import defect_rows, with_defect_ids

_ROW = "_row"


@dataclass(frozen=True)
class ValidatedBatch:
    sources: pl.DataFrame
    sessions: pl.DataFrame
    turns: pl.DataFrame
    defects: pl.DataFrame
    techniques: pl.DataFrame
    # source_ids of files whose path and hash match what the warehouse holds: not re-read.
    unchanged: tuple[str, ...] = ()
    # Wall seconds per stage of processing this batch (transforms/stages.py).
    stage_seconds: dict[str, float] = field(default_factory=dict)


class SchemaBugError(RuntimeError):
    """The frame's shape itself is wrong (a missing column, a wrong type): a bug, not bad data."""


def validate_batch(batch: ValidatedBatch) -> ValidatedBatch:
    """Returns the batch with every failing row moved to `defects` as a schema_violation."""
    _raise_on_failures(SourcesSchema, batch.sources)
    sessions, bad_sessions = split_valid(SessionsSchema, batch.sessions)
    known = sessions.select("session_id")
    turns, bad_turns = split_valid(TurnsSchema, batch.turns)
    turns, orphan_turns = _split_orphans(turns, known)
    techniques, bad_techniques = split_valid(TechniquesSchema, batch.techniques)
    techniques, orphan_techniques = _split_orphans(techniques, known)
    violations = [
        _violations("sessions", bad_sessions),
        _violations("turns", bad_turns),
        _violations("turns", orphan_turns),
        _violations("techniques", bad_techniques),
        _violations("techniques", orphan_techniques),
    ]
    defects = pl.concat([batch.defects, *violations], how="vertical")
    defects, bad_defects = split_valid(DefectsSchema, with_defect_ids(defects))
    if bad_defects.height:
        # The defect row itself was malformed: keep it as a violation of its own, which is well formed.
        again = with_defect_ids(_violations("defects", bad_defects))
        _raise_on_failures(DefectsSchema, again)
        defects = pl.concat([defects, again], how="vertical")
    return replace(batch, sessions=sessions, turns=turns, techniques=techniques, defects=defects)


def split_valid(schema: pa.DataFrameSchema, frame: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(rows that pass, rows that fail with a `_failed` column naming each failed check)."""
    try:
        schema.validate(frame, lazy=True)
        return frame, frame.clear().with_columns(pl.lit(None, dtype=pl.String).alias("_failed"))
    except pandera.errors.SchemaErrors as errors:
        cases = errors.failure_cases
    if cases.filter(pl.col("index").is_null()).height:
        raise SchemaBugError(f"{schema.name}: {_describe(cases.filter(pl.col('index').is_null()))}")
    reasons = (
        cases.with_columns(pl.col("index").cast(pl.UInt32).alias(_ROW))
        .group_by(_ROW)
        .agg(
            pl.format("{} failed {}", pl.col("column"), pl.col("check")).unique().sort().str.join("; ").alias("_failed")
        )
    )
    indexed = frame.with_row_index(_ROW)
    valid = indexed.join(reasons, on=_ROW, how="anti", maintain_order="left").drop(_ROW)
    invalid = indexed.join(reasons, on=_ROW, how="inner", maintain_order="left").drop(_ROW)
    return valid, invalid


def _split_orphans(frame: pl.DataFrame, known_sessions: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    valid = frame.join(known_sessions, on="session_id", how="semi", maintain_order="left")
    orphans = frame.join(known_sessions, on="session_id", how="anti", maintain_order="left").with_columns(
        pl.lit("session_id has no valid session in this batch").alias("_failed")
    )
    return valid, orphans


def _violations(table: str, bad: pl.DataFrame) -> pl.DataFrame:
    row = bad.drop("_failed")
    line = pl.col("source_line") if "source_line" in row.columns else None
    session = pl.col("session_id") if "session_id" in row.columns else None
    if table == "defects":
        # A malformed defect keeps only the fields that are safe to trust.
        line, session = None, None
    return defect_rows(
        bad.with_columns(pl.struct(row.columns).struct.json_encode().alias("_row_json")),
        defect_type="schema_violation",
        severity="error",
        action="quarantined",
        session_id=session,
        source_line=line,
        detail=pl.format("{} row not loaded: {}", pl.lit(table), pl.col("_failed")),
        excerpt=pl.col("_row_json"),
    )


def _raise_on_failures(schema: pa.DataFrameSchema, frame: pl.DataFrame) -> None:
    try:
        schema.validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as errors:
        raise SchemaBugError(f"{schema.name}: {_describe(errors.failure_cases)}") from None


def _describe(cases: pl.DataFrame) -> str:
    return "; ".join(sorted({f"{c} failed {k}" for c, k in cases.select("column", "check").iter_rows()}))
