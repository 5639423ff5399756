"""One conversation as a JSON list of turns `[{role, content}, ...]` (SMILECHAT, bare chat-message lists).

The speaker and text may be under other keys (`speaker`/`utterance`, `from`/`value`: see
json_common.SPEAKER_KEYS and TEXT_KEYS).

The file is one session. `role` is the speaker (client/counselor, user/assistant...); a `system`
message is instructions to a model, not a turn, and goes to the session's metadata. SMILECHAT's
per-sentence `annotation` labels are kept in `source_labels` when any is non-empty. A turn's line is
the line of its text key (where its text starts).
"""

from __future__ import annotations

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.json_common import (
    ARRAY,
    MESSAGE_FIELDS,
    as_role_content,
    finish,
    first_line,
    json_object,
    role_content_turns,
    turn_lines_by_text_key,
)

TURN = pl.Struct(
    {
        **MESSAGE_FIELDS,
        "annotation": pl.List(pl.Struct({"sentence": pl.String, "label": pl.String})),
    }
)


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    files = files.with_columns(pl.lit(ARRAY).alias("container"))
    starts = first_line(files).rename({"line_no": "record_line"})
    messages = (
        files.select("source_id", pl.col("text").str.json_decode(pl.List(TURN)).alias("turn"))
        .with_columns(pl.int_ranges(pl.col("turn").list.len(), dtype=pl.Int64).alias("position"))
        .explode("turn", "position")
        .filter(pl.col("turn").is_not_null())
        .unnest("turn")
        .pipe(as_role_content)
        .join(starts, on="source_id", how="left", maintain_order="left")
        .with_columns(pl.lit(0, dtype=pl.Int64).alias("segment"))
    )
    labelled = pl.col("annotation").list.eval(pl.element().filter(pl.element().struct.field("label") != ""))
    messages = turn_lines_by_text_key(
        messages.with_columns(pl.col("position").alias("source_turn_index")), files
    ).with_columns(
        pl.when(labelled.list.len() > 0)
        .then(labelled.list.eval(pl.element().struct.json_encode()).list.join(","))
        .alias("_labels")
    )
    turns, system = role_content_turns(
        messages,
        pl.when(pl.col("_labels").is_not_null()).then(
            pl.concat_str(pl.lit('{"annotation":['), pl.col("_labels"), pl.lit("]}"))
        ),
    )
    sessions = (
        starts.with_columns(pl.lit(0, dtype=pl.Int64).alias("segment"))
        .join(system, on=["source_id", "segment"], how="left", maintain_order="left")
        .with_columns(json_object("system_prompt").alias("source_metadata"))
    )
    return finish(turns, sessions)
