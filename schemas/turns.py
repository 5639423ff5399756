from __future__ import annotations

import pandera.polars as pa
import polars as pl

from schemas.checks import id_column, json_object, line_number, non_empty_text, row_check
from transforms.moves import MOVE_CODES
from transforms.speakers import ROLES

TurnsSchema = pa.DataFrameSchema(
    {
        "session_id": id_column(),
        "source_id": id_column(),
        "turn_index": pa.Column(pl.Int32, pa.Check.ge(0)),
        "source_turn_index": pa.Column(pl.Int32, pa.Check.ge(0)),
        "source_line": line_number(),
        "speaker": non_empty_text(),
        "role": pa.Column(pl.String, pa.Check.isin(ROLES)),
        "text": non_empty_text(),
        "char_count": pa.Column(pl.Int32, pa.Check.ge(1)),
        "word_count": pa.Column(pl.Int32, pa.Check.ge(0)),
        "timestamp": non_empty_text(nullable=True),
        "source_labels": json_object(),
        "move": pa.Column(pl.String, pa.Check.isin(MOVE_CODES), nullable=True),
        "moves": pa.Column(pl.List(pl.String), nullable=True),
    },
    checks=[
        row_check(pl.col("turn_index") <= pl.col("source_turn_index"), "kept_index_at_most_parsed_index"),
        row_check(pl.col("char_count") == pl.col("text").str.len_chars(), "char_count_matches_text"),
    ],
    unique=["session_id", "turn_index"],
    strict=True,
    name="turns",
)
