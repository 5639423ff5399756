"""CACTUS evaluation records: a client intake form, the opening exchange, the planned CBT techniques.

`[{AI_client: {intake_form, attitude, dialogue_history_init, ...}, AI_counselor: {CBT: {...}, Response:
{...}}, ground_truth_CBT: [technique, ...]}, ...]`. Each record is a session; its opening exchange
(`dialogue_history_init`, `Counselor: ...\\nClient: ...` text) is split into turns with the plain-text
label rules. The planned techniques, the client's attitude, intake form and reason for counselling go to
`sessions.source_metadata`. The opener is one JSON string, so all its turns share the line of its key.
"""

from __future__ import annotations

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.json_common import ARRAY, finish, json_object, key_lines, records
from transforms.formats.plain_text import parse_lines

RECORD = pl.Struct(
    {
        "AI_client": pl.Struct({"intake_form": pl.String, "attitude": pl.String, "dialogue_history_init": pl.String}),
        "AI_counselor": pl.Struct({"CBT": pl.Struct({"reason_counseling": pl.String})}),
        "ground_truth_CBT": pl.List(pl.String),
    }
)


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    files = files.with_columns(pl.lit(ARRAY).alias("container"))
    cases = records(files, RECORD, "AI_client").unnest("record")
    client = pl.col("AI_client")
    sessions = cases.select(
        "source_id",
        "segment",
        "record_line",
        json_object(
            pl.col("ground_truth_CBT").alias("planned_techniques"),
            client.struct.field("attitude").alias("attitude"),
            pl.col("AI_counselor").struct.field("CBT").struct.field("reason_counseling").alias("reason_counseling"),
            client.struct.field("intake_form").alias("intake_form"),
        ).alias("source_metadata"),
    )
    # Each opener is parsed as its own little plain-text file: one row per line, keyed by record.
    openers = cases.select(
        pl.concat_str("source_id", pl.lit("\x1f"), pl.col("segment").cast(pl.String)).alias("source_id"),
        client.struct.field("dialogue_history_init").fill_null("").str.split("\n").alias("line"),
    ).explode("line")
    lines = openers.with_columns(
        pl.col("line").fill_null(""),
        pl.int_range(1, pl.len() + 1, dtype=pl.Int64).over("source_id").alias("line_no"),
    ).select("source_id", "line_no", "line")
    opener_turns = parse_lines(lines, config).turns
    key_line = (
        key_lines(files, "dialogue_history_init")
        # The key appears under AI_client first and again under AI_counselor.CBT: even occurrences are ours.
        .filter(pl.col("occurrence") % 2 == 0)
        .with_columns((pl.col("occurrence") // 2).alias("segment"))
        .select("source_id", "segment", pl.col("line_no").alias("key_line"))
    )
    split_id = pl.col("source_id").str.split_exact("\x1f", 1)
    turns = (
        opener_turns.with_columns(
            split_id.struct.field("field_0").alias("source_id"),
            split_id.struct.field("field_1").cast(pl.Int64).alias("segment"),
        )
        .join(cases.select("source_id", "segment", "record_line"), on=["source_id", "segment"], how="left")
        .join(key_line, on=["source_id", "segment"], how="left", maintain_order="left")
        .with_columns(pl.coalesce("key_line", "record_line").alias("source_line"))
        .select("source_id", "segment", "source_turn_index", "source_line", "speaker", "text")
    )
    return finish(turns, sessions)
