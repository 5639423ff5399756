from __future__ import annotations

import pandera.polars as pa
import polars as pl

from schemas.checks import id_column, line_number, non_empty_text, row_check

TechniquesSchema = pa.DataFrameSchema(
    {
        "session_id": id_column(),
        "source_id": id_column(),
        "technique": non_empty_text(),
        "source": pa.Column(pl.String, pa.Check.isin(["summary", "dialogue"])),
        "source_line": line_number(nullable=True),
        "evidence": non_empty_text(),
        "confidence": pa.Column(pl.Float64, [pa.Check.ge(0.0), pa.Check.le(1.0)]),
    },
    checks=[
        row_check(
            (pl.col("source") == "dialogue") == pl.col("source_line").is_not_null(),
            "dialogue_evidence_has_a_line",
        )
    ],
    # Two summary phrases may map to one code (or stay unmapped): the phrase tells them apart.
    unique=["session_id", "technique", "source", "source_line", "evidence"],
    strict=True,
    name="techniques",
)
