from __future__ import annotations

import pandera.polars as pa
import polars as pl

from schemas.checks import id_column, json_object, line_number, non_empty_text, row_check
from transforms.quality import QUALITIES
from transforms.summary_header import SUMMARY_DTYPE

counts = ["n_therapist_turns", "n_client_turns", "n_unknown_turns"]

SessionsSchema = pa.DataFrameSchema(
    {
        "session_id": id_column(unique=True),
        "source_id": id_column(),
        "source_path": non_empty_text(),
        "session_index": pa.Column(pl.Int32, pa.Check.ge(0)),
        "source_line": line_number(),
        "n_turns": pa.Column(pl.Int32, pa.Check.ge(0)),
        "n_turns_parsed": pa.Column(pl.Int32, pa.Check.ge(1)),
        "n_therapist_turns": pa.Column(pl.Int32, pa.Check.ge(0)),
        "n_client_turns": pa.Column(pl.Int32, pa.Check.ge(0)),
        "n_unknown_turns": pa.Column(pl.Int32, pa.Check.ge(0)),
        "summary_text": non_empty_text(nullable=True),
        "summary": pa.Column(SUMMARY_DTYPE, nullable=True),
        "source_metadata": json_object(),
        "content_hash": id_column(),
        "quality": pa.Column(pl.String, pa.Check.isin(QUALITIES)),
        "n_defects": pa.Column(pl.Int32, pa.Check.ge(0)),
    },
    checks=[
        row_check(pl.col("n_turns") <= pl.col("n_turns_parsed"), "kept_turns_at_most_parsed"),
        row_check(pl.sum_horizontal(counts) == pl.col("n_turns"), "role_counts_add_up"),
    ],
    unique=["source_id", "session_index"],
    strict=True,
    name="sessions",
)
