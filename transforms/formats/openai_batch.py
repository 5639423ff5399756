"""OpenAI Batch API output files (JSON Lines, one request's result a row) -> sessions and turns.

    {"id": "batch_req_...", "custom_id": "dlg-0412/t03/client", "response": {"status_code": 200, "body": {...,
     "choices": [{"message": {"role": "assistant", "content": "..."}, "finish_reason": "stop"}]}}, "error": null}

Every message the API returns is the `assistant`'s, so who speaks is in the caller's `custom_id`:
- a two-agent simulation asks for each turn apart (`dlg-0412/t03/client`, `.../t04/counsellor`): where a part of the
  `custom_id` after its first is a role word the alias table knows, the row is that speaker's turn, and the rows whose
  `custom_id` starts with the same first part are one session;
- otherwise the row asked for a whole session (`session-17`): its content is read with the plain-text rules
  (`Therapist: ...` lines), a session a row, every turn on the row's line.
A row without a message (a request that failed: `"response": null`, an `error`) is no turn: the session lists its
`custom_id` under `failed_requests` (a row that would leave no trace, a dialogue whose every request failed or a
whole-session request that failed or holds no turn, is stray text). A structured-output refusal (`message.refusal`,
no content) is the turn's text. The Batch API does not keep the input's order: a dialogue's rows go by the number in
the `custom_id`'s second part (`t03`). A row that is not JSON (a download cut off) is stray text. The choice's
`finish_reason` other than `stop` (`length`: the token limit cut the reply) is kept in the turn's `source_labels`.

Detection (detect.py): a first record holding `custom_id` beside `response` or `error`.
"""

from __future__ import annotations

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.derived_lines import parse_derived_lines
from transforms.formats.instruction_records import RECORD_SEP
from transforms.lines import split_lines
from transforms.speakers import with_label_roles

_CONTENT = "$.response.body.choices[0].message.content"
_FINISH = "$.response.body.choices[0].finish_reason"
_REFUSAL = "$.response.body.choices[0].message.refusal"


def is_batch_output(record: dict[str, object]) -> bool:
    return "custom_id" in record and ("response" in record or "error" in record)


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    rows = (
        split_lines(files.select("source_id", pl.col("text").str.strip_prefix("\ufeff")))
        .with_columns(pl.col("line").str.strip_suffix("\r"))
        .filter(pl.col("line").str.strip_chars() != "")
        .with_columns(
            pl.col("line").str.json_path_match("$.custom_id").alias("custom_id"),
            # A structured-output refusal has no content but a `refusal`: the refusal is what the model said.
            pl.coalesce(
                pl.col("line").str.json_path_match(_CONTENT), pl.col("line").str.json_path_match(_REFUSAL)
            ).alias("content"),
            pl.col("line").str.json_path_match(_FINISH).alias("finish_reason"),
        )
    )
    strays = rows.filter(pl.col("custom_id").is_null()).select("source_id", "line_no", "line")
    requests = rows.filter(pl.col("custom_id").is_not_null())
    parts = pl.col("custom_id").str.split("/")
    # The role word among the custom_id's later parts, if any (`client` in `dlg-0412/t03/client/retry1`).
    candidates = (
        requests.select("source_id", "line_no", parts.list.slice(1).alias("part"))
        .explode("part")
        # Words only: `t03` is a turn number, though the alias table reads `T3` as a numbered therapist.
        .filter(pl.col("part").str.contains(r"^[A-Za-z][A-Za-z_ -]{2,}$"))
        .pipe(with_label_roles, "part", "role")
        .filter(pl.col("role").is_in(["therapist", "client"]))
        .group_by("source_id", "line_no")
        .agg(pl.col("part").first().alias("speaker"), pl.col("role").first())
    )
    requests = requests.join(candidates, on=["source_id", "line_no"], how="left").with_columns(
        parts.list.first().alias("_dialogue")
    )
    per_turn = requests.filter(pl.col("speaker").is_not_null())
    whole = requests.filter(pl.col("speaker").is_null())

    # Dialogues asked for a turn at a time: a segment per first part of the custom_id, in order of appearance.
    dialogue_ids = (
        per_turn.group_by("source_id", "_dialogue")
        .agg(pl.col("line_no").min().alias("_first_line"))
        .sort("source_id", "_first_line")
        .with_columns(pl.int_range(pl.len(), dtype=pl.Int64).over("source_id").alias("segment"))
    )
    # The Batch API does not keep the input's order: a dialogue's turns go by the number in the custom_id's second
    # part (`t03`, natural order), then by line (a retry after its failed request).
    turn_number = parts.list.get(1, null_on_oob=True).str.extract(r"(\d+)", 1).cast(pl.Int64, strict=False)
    per_turn = (
        per_turn.join(dialogue_ids, on=["source_id", "_dialogue"])
        .with_columns(turn_number.alias("_turn_number"))
        .sort("source_id", "segment", "_turn_number", "line_no", nulls_last=True)
    )
    failed = (
        per_turn.filter(pl.col("content").is_null())
        .group_by("source_id", "segment")
        .agg(pl.col("custom_id").alias("failed_requests"))
    )
    turns = (
        per_turn.filter(pl.col("content").is_not_null())
        .with_columns(pl.int_range(pl.len(), dtype=pl.Int32).over("source_id", "segment").alias("source_turn_index"))
        .select(
            "source_id",
            "segment",
            "source_turn_index",
            pl.col("line_no").alias("source_line"),
            "speaker",
            "role",
            pl.col("content").alias("text"),
            pl.when(pl.col("finish_reason").is_not_null() & (pl.col("finish_reason") != "stop"))
            .then(pl.struct("custom_id", "finish_reason").struct.json_encode())
            .otherwise(pl.struct("custom_id").struct.json_encode())
            .alias("source_labels"),
        )
    )
    sessions = (
        dialogue_ids.join(turns.select("source_id", "segment").unique(), on=["source_id", "segment"], how="semi")
        .join(failed, on=["source_id", "segment"], how="left")
        .select(
            "source_id",
            "segment",
            pl.col("_first_line").alias("source_line"),
            pl.when(pl.col("failed_requests").is_null())
            .then(pl.struct(pl.col("_dialogue").alias("dialogue")).struct.json_encode())
            .otherwise(pl.struct(pl.col("_dialogue").alias("dialogue"), "failed_requests").struct.json_encode())
            .alias("source_metadata"),
        )
    )

    # Sessions asked for whole: each content read as plain text, a record of its own, every line on the row's line
    # (derived_lines numbers a record's segments from `line * RECORD_SPAN`, past the turn-by-turn dialogues' 0, 1...).
    pieces = (
        whole.filter(pl.col("content").is_not_null())
        .with_columns(
            pl.format("{}{}{}", "source_id", pl.lit(RECORD_SEP), "line_no").alias("_record_id"),
            pl.col("content").str.split("\n").alias("piece"),
        )
        .explode("piece")
        .select("_record_id", "line_no", pl.col("piece").str.strip_suffix("\r"))
    )
    whole_parsed = parse_derived_lines(pieces.rows(), config, records=True)
    whole_sessions = whole_parsed.sessions.join(
        whole.select("source_id", pl.col("line_no").alias("source_line"), "custom_id"), on=["source_id", "source_line"]
    ).with_columns(pl.struct("custom_id").struct.json_encode().alias("source_metadata"))
    all_sessions = pl.concat([sessions, whole_sessions.select(sessions.columns)], how="vertical_relaxed").with_columns(
        (pl.col("segment").rank("dense").over("source_id") - 1).cast(pl.Int32).alias("session_index")
    )
    # Rows that would leave no trace are stray text (`unparseable_line`): a dialogue whose every request failed, a
    # whole-session request that failed, and one whose content holds no turn.
    read_whole = whole_sessions.select("source_id", pl.col("source_line").alias("line_no"))
    untraced = pl.concat(
        [
            per_turn.join(turns.select("source_id", "segment").unique(), on=["source_id", "segment"], how="anti"),
            whole.join(read_whole, on=["source_id", "line_no"], how="anti"),
        ],
        how="diagonal_relaxed",
    ).select("source_id", "line_no", "line")
    return ParsedText(
        sessions=all_sessions,
        turns=pl.concat([turns, whole_parsed.turns.select(turns.columns)], how="vertical_relaxed"),
        header_lines=whole_parsed.header_lines,
        stray_lines=pl.concat(
            [
                strays,
                untraced,
                whole_parsed.stray_lines,
            ],
            how="diagonal_relaxed",
        ).sort("source_id", "line_no"),
    ).conformed()
