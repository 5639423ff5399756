from __future__ import annotations

import pandera.polars as pa
import polars as pl

from schemas.checks import id_column, line_number, non_empty_text
from transforms.defect_rows import ACTIONS, DEFECT_TYPES, SEVERITIES

DefectsSchema = pa.DataFrameSchema(
    {
        "defect_id": id_column(unique=True),
        "source_id": id_column(),
        "session_id": id_column(nullable=True),
        "source_line": line_number(nullable=True),
        "source_turn_index": pa.Column(pl.Int32, pa.Check.ge(0), nullable=True),
        "speaker": pa.Column(pl.String, nullable=True),
        "defect_type": pa.Column(pl.String, pa.Check.isin(DEFECT_TYPES)),
        "severity": pa.Column(pl.String, pa.Check.isin(SEVERITIES)),
        "action": pa.Column(pl.String, pa.Check.isin(ACTIONS)),
        "detail": non_empty_text(),
        "excerpt": pa.Column(pl.String, nullable=True),
        "repaired_text": pa.Column(pl.String, nullable=True),
    },
    strict=True,
    name="defects",
)
