"""Preference-pair datasets (DPO / RLHF, Hugging Face style): a client's message(s), an accepted and a rejected reply.

    {"prompt": "I can't sleep before exams.", "chosen": "That sounds exhausting...", "rejected": "Just relax."}
    {"prompt": [{"role": "user", "content": "..."}], "chosen": [{"role": "assistant", ...}], "rejected": [...]}
    {"chosen": [whole conversation], "rejected": [whole conversation]}            (implicit prompt)
    {"chosen": "\\n\\nHuman: ...\\n\\nAssistant: ...", "rejected": "\\n\\nHuman: ..."}     (Anthropic HH)

JSON Lines, a list or one object; a record with both `chosen` and `rejected` (detect.py, before instruction
records, which would read the rejected reply as more dialogue).

- A record is one session: its `prompt` then its `chosen` (the accepted conversation), in that order.
- A field holding a list is chat messages (`{role, content}`, json_common's key lists); a string holding
  `Label: text` lines (`Human:` / `Assistant:`) is read with the plain-text rules (plain_text.parse_lines);
  any other string is one turn, the client's under `prompt`, the therapist's under `chosen` (the speaker is
  the key's name). An empty `Assistant:` closing a prompt is the label the chosen reply continues, no turn.
  A `system` message is the session's `system_prompt`, not a turn.
- `rejected` is NOT a turn: it is the reply the dataset says a counsellor should not give, an alternative to
  the chosen one rather than something said after it (as a turn it would answer the client twice and feed
  the refusal, move and technique steps a reply the data marks as wrong). Dropping it would lose the
  dataset's one label, so it is kept as given (a string, or its message list) under `rejected` in
  `sessions.source_metadata`, beside the record's other scalar keys.

`source_line`: JSON Lines, the record's line. Otherwise a string field's turns sit on the line of its key
(`"prompt":`, `"chosen":`; text inside one string has no lines of its own) and a message on the line of its
text key (`"content":`, counted over the whole file, rejected messages included); a key that does not occur
once per field (or message) in the file leaves its turns on their record's line.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.json_common import (
    MESSAGE_FIELDS,
    SPEAKER_KEYS,
    TEXT_KEYS,
    broken_lines,
    finish,
    first_key,
    json_object,
    merge_objects,
    with_container,
    without_system_turns,
)
from transforms.formats.json_records import each_record, encoded, key_line, scalars, with_given_roles
from transforms.formats.plain_text import parse_lines

# The session's fields, in the order its turns are read; `rejected` is placed (for line counts) but no turn.
SESSION_KEYS = ("prompt", "chosen")
REJECTED = "rejected"
ROLE_OF_KEY = {"prompt": "client", "chosen": "therapist"}
MESSAGE = pl.Struct(MESSAGE_FIELDS)
_SEP = "\x1f"

_FIELDS_SCHEMA = {
    "source_id": pl.String,
    "segment": pl.Int64,
    "record_line": pl.Int64,
    "order": pl.Int64,
    "key": pl.String,
    "string": pl.String,
    "messages": pl.String,
}
_RECORDS_SCHEMA = {"source_id": pl.String, "segment": pl.Int64, "record_line": pl.Int64, "record_metadata": pl.String}


def is_preference_pair(record: dict[str, Any]) -> bool:
    return "chosen" in record and REJECTED in record


def _read(files: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(one row per string or message-list field of a record, in record order; one row per record with its
    metadata, `rejected` included)."""
    fields: list[tuple[str, int, int, int, str, str | None, str | None]] = []
    records: list[tuple[str, int, int, str | None]] = []
    for source_id, segment, line, value in each_record(files):
        if not isinstance(value, dict):
            continue
        for order, (key, field) in enumerate(value.items()):
            if key in (*SESSION_KEYS, REJECTED) and isinstance(field, str | list):
                string, messages = (field, None) if isinstance(field, str) else (None, encoded(field))
                fields.append((source_id, segment, line, order, key, string, messages))
        metadata = scalars(value, set(SESSION_KEYS))
        if REJECTED in value:
            metadata[REJECTED] = value[REJECTED]
        records.append((source_id, segment, line, encoded(metadata) if metadata else None))
    return (
        pl.DataFrame(fields, schema=_FIELDS_SCHEMA, orient="row"),
        pl.DataFrame(records, schema=_RECORDS_SCHEMA, orient="row"),
    )


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    files = with_container(files)
    fields, records = _read(files)
    # Each field on its key's line (the k-th `"chosen":` of a file is its k-th record's), else its record's.
    fields = (
        fields.with_columns(pl.int_range(pl.len(), dtype=pl.Int64).over("source_id").alias("_file_field"))
        .pipe(key_line, files, "key", "_file_field")
        .with_columns(pl.coalesce("_key_line", "record_line").alias("field_line"))
        .drop("_key_line")
    )
    turns = pl.concat([_string_turns(fields, config), _message_turns(fields, files)], how="diagonal_relaxed")
    turns = (
        turns.filter(pl.col("key") != REJECTED)
        # prompt before chosen whatever the record's key order; within a field, its own order.
        .sort("source_id", "segment", pl.col("key").replace_strict({"prompt": 0, "chosen": 1}), "position")
        .select("source_id", "segment", "source_line", "speaker", "text", "given_role")
    )
    kept, system = without_system_turns(turns)
    sessions = records.join(system, on=["source_id", "segment"], how="left", maintain_order="left").with_columns(
        merge_objects(pl.col("record_metadata"), json_object("system_prompt")).alias("source_metadata")
    )
    parsed = finish(
        kept.select("source_id", "segment", "source_turn_index", "source_line", "speaker", "text"),
        sessions.select("source_id", "segment", "record_line", "source_metadata"),
        stray_lines=broken_lines(files),
    )
    return with_given_roles(parsed, kept.select("source_id", "segment", "source_turn_index", "given_role"))


def _string_turns(fields: pl.DataFrame, config: ParseConfig) -> pl.DataFrame:
    """Turns of string fields: `Label: text` lines by the plain-text rules, else the whole string one turn."""
    strings = fields.filter(pl.col("string").is_not_null() & (pl.col("key") != REJECTED))
    field_id = pl.concat_str(
        pl.col("source_id"), pl.col("segment").cast(pl.String), pl.col("key"), separator=_SEP
    ).alias("source_id")
    lines = (
        strings.select(field_id, pl.col("field_line").alias("line_no"), pl.col("string").str.split("\n").alias("line"))
        .explode("line")
        .with_columns(pl.col("line").str.strip_suffix("\r"))
    )
    parsed = parse_lines(lines, config).turns
    parts = pl.col("source_id").str.split(_SEP)
    labelled = (
        parsed.with_columns(
            parts.list.get(0).alias("source_id"),
            parts.list.get(1).cast(pl.Int64).alias("segment"),
            parts.list.get(2).alias("key"),
            # A field's own sessions (separators inside the string) stay in order, as one session.
            pl.int_range(pl.len(), dtype=pl.Int64).over("source_id").alias("position"),
        )
        # `...\n\nAssistant:` closing a prompt is the label of the chosen reply to come, not a turn of its own.
        .filter(
            ~(
                (pl.col("key") == "prompt")
                & (pl.col("text") == "")
                & (pl.col("position") == pl.col("position").max().over("source_id", "segment", "key"))
            )
        )
        .select("source_id", "segment", "key", "position", "source_line", "speaker", "text",
                pl.lit(None, dtype=pl.String).alias("given_role"))
    )  # fmt: skip
    whole = strings.join(labelled.select("source_id", "segment", "key").unique(), on=["source_id", "segment", "key"],
                         how="anti", maintain_order="left").select(
        "source_id",
        "segment",
        "key",
        pl.lit(0, dtype=pl.Int64).alias("position"),
        pl.col("field_line").alias("source_line"),
        pl.col("key").alias("speaker"),
        pl.col("string").str.strip_chars().alias("text"),
        pl.col("key").replace_strict(ROLE_OF_KEY, default=None, return_dtype=pl.String).alias("given_role"),
    )  # fmt: skip
    return pl.concat([labelled, whole], how="diagonal_relaxed")


def _message_turns(fields: pl.DataFrame, files: pl.DataFrame) -> pl.DataFrame:
    """Turns of message-list fields, each on its text key's line: the k-th `"content":` of the file is its k-th
    message, counting every field's (rejected too) in file order."""
    messages = (
        fields.filter(pl.col("messages").is_not_null())
        .select(
            "source_id",
            "segment",
            "key",
            "_file_field",
            "field_line",
            pl.col("messages").str.json_decode(pl.List(MESSAGE)),
        )
        .with_columns(pl.int_ranges(pl.col("messages").list.len(), dtype=pl.Int64).alias("position"))
        .explode("messages", "position")
        .filter(pl.col("messages").is_not_null())
        .unnest("messages")
        .sort("source_id", "_file_field", "position")
        .with_columns(
            pl.int_range(pl.len(), dtype=pl.Int64).over("source_id").alias("_file_message"),
            first_key(TEXT_KEYS).alias("_text_key"),
        )
        .pipe(key_line, files, "_text_key", "_file_message")
    )
    return messages.select(
        "source_id",
        "segment",
        "key",
        "position",
        pl.coalesce("_key_line", "field_line").alias("source_line"),
        pl.coalesce(*SPEAKER_KEYS).str.strip_chars().alias("speaker"),
        pl.coalesce(*TEXT_KEYS).fill_null("").str.strip_chars().alias("text"),
        pl.lit(None, dtype=pl.String).alias("given_role"),
    )
