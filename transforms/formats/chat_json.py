"""Chat-format conversations: `{"messages": [{"role", "content"}, ...], ...}`, or ShareGPT's
`{"conversations": [{"from", "value"}, ...]}` (other message keys: json_common.SPEAKER_KEYS, TEXT_KEYS).

One conversation per JSON line, a JSON list of them, or a single object. Roles go through the alias
table (user -> client, assistant -> therapist); `system` messages are instructions to a model, kept
in the session's metadata rather than as turns. Every other key of a conversation (id, topic,
model...) is kept in `sessions.source_metadata`; extra keys of a message (`name`, `strategy`...) in
`turns.source_labels`. A turn's line is its record's line in JSON Lines, else its message's first line (its
`"role"` key, or `"content"` when that comes first).
"""

from __future__ import annotations

import json

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.json_common import (
    JSONL,
    MESSAGE_FIELDS,
    as_role_content,
    broken_lines,
    finish,
    json_lines,
    json_object,
    merge_objects,
    records,
    role_content_turns,
    turn_lines_by_text_key,
    with_container,
)

MESSAGE = pl.Struct({**MESSAGE_FIELDS, "name": pl.String, "strategy": pl.String})
# ShareGPT keeps the messages under `conversations`.
CONVERSATION_KEYS = ("messages", "conversations")
RECORD = pl.Struct({key: pl.List(MESSAGE) for key in CONVERSATION_KEYS})


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    files = with_container(files)
    # A list's records are placed at their conversation key, the one the file uses.
    uses_messages = pl.col("text").str.contains(r'"messages"[ \t]*:')
    parts = [
        records(group, RECORD, key)
        for key, group in (("messages", files.filter(uses_messages)), ("conversations", files.filter(~uses_messages)))
        if group.height
    ]
    conversations = (
        pl.concat(parts)
        .unnest("record")
        .with_columns(pl.coalesce(*CONVERSATION_KEYS).alias("messages"))
        .drop("conversations")
    )
    messages = (
        conversations.with_columns(pl.int_ranges(pl.col("messages").list.len(), dtype=pl.Int32).alias("position"))
        .explode("messages", "position")
        .filter(pl.col("messages").is_not_null())
        .unnest("messages")
        .pipe(as_role_content)
        .with_columns(pl.col("position").alias("source_turn_index"))
    )
    messages = turn_lines_by_text_key(messages, files)
    turns, system = role_content_turns(messages, json_object("name", "strategy"))
    sessions = (
        conversations.select("source_id", "segment", "record_line")
        .join(_other_keys(files), on=["source_id", "segment"], how="left", maintain_order="left")
        .join(system, on=["source_id", "segment"], how="left", maintain_order="left")
        .with_columns(merge_objects(pl.col("other_keys"), json_object("system_prompt")).alias("source_metadata"))
    )
    return finish(turns, sessions, stray_lines=broken_lines(files))


def _other_keys(files: pl.DataFrame) -> pl.DataFrame:
    """`(source_id, segment, other_keys)`: a conversation's keys besides `messages`, as a JSON object.

    Arbitrary keys cannot be declared to polars' decoder, so this reads each conversation record
    with the json module: a loop per record, never per turn. Segments are numbered as `records` does."""
    rows: list[tuple[str, int, str | None]] = []
    jsonl = json_lines(files)
    for source_id, segment, line in jsonl.select("source_id", "segment", "line").iter_rows():
        rows.append((source_id, segment, _rest(json.loads(line))))
    for source_id, text in files.filter(pl.col("container") != JSONL).select("source_id", "text").iter_rows():
        parsed = json.loads(text)
        values = [v for v in (parsed if isinstance(parsed, list) else [parsed]) if v is not None]
        rows.extend((source_id, segment, _rest(value)) for segment, value in enumerate(values))
    return pl.DataFrame(
        rows, schema={"source_id": pl.String, "segment": pl.Int64, "other_keys": pl.String}, orient="row"
    )


def _rest(value: object) -> str | None:
    rest = {k: v for k, v in value.items() if k not in CONVERSATION_KEYS} if isinstance(value, dict) else {}
    return json.dumps(rest, ensure_ascii=False, separators=(",", ":")) if rest else None
