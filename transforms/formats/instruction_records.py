"""Instruction-tuning records that hold a whole dialogue in one string (JSON Lines, a list or one object):
`{"instruction": "Continue this session as the therapist.", "input": "", "output": "Therapist: Hi.\\nClient: ..."}`,
also under `response`, `completion`, `text`, `dialogue`, `conversation`, `transcript`, `prompt`...

- A string in a chat template (`{"text": "<|im_start|>system\\n..."}`, `{"text": "<s>[INST] ..."}`) is read as a
  text file in that template is (chat_template.py): its system message is the session's `system_prompt`.
- A string field is dialogue when the plain-text rules (plain_text.parse_lines) read turns in it alone; the
  turns themselves are read with those same rules, as labelled_lines reads a list of `Label: text` strings,
  so labels, aliases, continuation lines and separators mean what they mean in a text file.
- A record's dialogue fields are read as one text, continuation keys (`output`, `response`, `completion`...)
  after the others: an `input` holding the start of a session and an `output` its continuation are one
  session, in that order. The text is one session unless it separates sessions as plain text does.
- Its other scalar fields (instruction, input, system, id...) are `sessions.source_metadata`; an empty string
  says nothing and a long one that is not dialogue (a case essay) is no one fact about the session, so both
  are left out.
- A record without dialogue is no session; a file with none is quarantined (flows/batch.NO_TURNS_BY_FORMAT).
- Detected after every other JSON shape (detect.py), so those keep their parsers.

`source_line`: text inside one JSON string has no lines of its own in the file, so every turn of a record sits on
the line of the key holding its text (`"output": ...`, where a reader finds it) and the session on the record's
line: in JSON Lines both are the record's line; in a list or one object the key's and the record's first line.
"""

from __future__ import annotations

import json
import re
from typing import Any

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.json_common import (
    JSONL,
    broken_lines,
    json_string,
    key_lines,
    merge_objects,
    on_kth_key,
    with_container,
)
from transforms.formats.json_records import each_record
from transforms.formats.plain_text import parse_lines
from transforms.formats.record_discovery import Field, Record, choose_exchange

# Keys only instruction datasets keep text under: a record with a string under one is this shape.
INSTRUCTION_KEYS = (
    "instruction", "input", "output", "response", "completion", "prompt", "answer", "chosen", "system",
)  # fmt: skip
# Keys any export may use (`{"id": 1, "text": "a note"}` is no dialogue): they make a record this shape only
# when their string has a line that looks like `Label: text`.
DIALOGUE_KEYS = ("text", "dialogue", "dialog", "conversation", "transcript", "context")
# A cheap look for a `Label:` line (detection decodes one record; the parser decides what is a turn).
_LABEL_LIKE = re.compile(r"(?m)^[ \t]*[^\W\d_][^\n:\uff1a]{0,40}[:\uff1a]")
# ... or a chat template's markup at its start (ChatML, Llama-2: see chat_template.py).
_TEMPLATE_LIKE = re.compile(
    r"^\s*(?:<\|im_start\|>|<s>|\[INST\]|<\|begin_of_text\|>|<\|start_header_id\|>|(?:<bos>)?<start_of_turn>)"
)
# What a model is to produce: read after the other dialogue fields, the session's continuation.
_CONTINUATION_KEYS = frozenset({"output", "response", "completion", "answer", "chosen", "target"})
# A non-dialogue string longer than this is not kept as metadata.
_MAX_METADATA_CHARS = 500
_SCALAR = (str, int, float, bool)
# Joins a file's id to a record's (and a field's) position, so parse_lines numbers segments per record:
# a record is a session of its own, never glued to the previous record's last turn.
RECORD_SEP = "\x1f"
# A record's segments (its separator-delimited parts) are numbered within the record; across the file a
# session's segment is record * RECORD_SPAN + part, so segments stay in file order and distinct.
RECORD_SPAN = 1_000_000

_FIELDS_SCHEMA = {
    "source_id": pl.String,
    "record": pl.Int64,
    "record_line": pl.Int64,
    "order": pl.Int64,
    "key": pl.String,
    "value": pl.String,
    "encoded": pl.String,
}


def is_instruction_record(record: dict[str, Any]) -> bool:
    """Whether a decoded first record keeps a dialogue in one string: text under an instruction dataset's keys,
    or a `Label:` line under a generic one, or in a Chat Completions response's message. A record of one exchange
    (`{"instruction", "input", "output"}` whose strings hold no dialogue of their own: a question and its answer) is
    generic_json's (record_discovery)."""
    completion = completion_content(record)
    if completion is not None:
        return _LABEL_LIKE.search(completion) is not None
    if _is_exchange(record):
        return False
    return any(isinstance(record.get(key), str) for key in INSTRUCTION_KEYS) or any(
        isinstance(value := record.get(key), str) and (_LABEL_LIKE.search(value) or _TEMPLATE_LIKE.match(value))
        for key in DIALOGUE_KEYS
    )


def completion_content(record: dict[str, Any]) -> str | None:
    """A Chat Completions response's first choice's message text (`{"object": "chat.completion", "choices":
    [{"message": {"role": "assistant", "content": "Therapist: ..."}}]}`, as a script saves what the API returned):
    a session a model was asked to write. None for any other record."""
    choices = record.get("choices")
    first = choices[0] if isinstance(choices, list) and choices else None
    message = first.get("message") if isinstance(first, dict) else None
    content = message.get("content") if isinstance(message, dict) else None
    return content if isinstance(content, str) else None


def _is_exchange(record: dict[str, Any]) -> bool:
    strings = {key: value for key, value in record.items() if isinstance(value, str)}
    # Two `Label:` lines are a dialogue; one is as often a sentence with a colon ("Here are three ideas: ...").
    if any(len(_LABEL_LIKE.findall(value)) >= 2 or _TEMPLATE_LIKE.match(value) for value in strings.values()):
        return False
    return choose_exchange([Record(1, {key: Field(value, 1) for key, value in strings.items()})]) is not None


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    files = with_container(files)
    fields = _fields(files)
    strings = fields.filter(pl.col("value").is_not_null())
    # Pass 1, each string field alone: which fields hold dialogue (parse_lines finds turns in them).
    alone = parse_lines(_lines(strings, ["record", "key"]), config)
    dialogue_ids = alone.turns.get_column("source_id").unique().implode()
    fields = fields.with_columns(
        pl.concat_str(pl.col("source_id"), pl.col("record").cast(pl.String), pl.col("key"), separator=RECORD_SEP)
        .is_in(dialogue_ids)
        .alias("is_dialogue")
    )
    fields = _with_next_replies(fields, alone.turns)
    # Pass 2, a record's dialogue fields as one text, continuations last (sort is stable: file order kept), each
    # on the line of its own key.
    fields = fields.pipe(_with_key_lines, files)
    dialogue = (
        fields.filter(pl.col("is_dialogue"))
        .sort("source_id", "record", pl.col("key").is_in(list(_CONTINUATION_KEYS)), "order", maintain_order=True)
        .with_columns(pl.col("key_line").alias("record_line"))
    )
    parsed = parse_lines(_lines(dialogue, ["record"]), config)

    metadata = (
        fields.filter(
            ~pl.col("is_dialogue")
            & (
                pl.col("value").is_null()
                | pl.col("value").str.strip_chars().str.len_chars().is_between(1, _MAX_METADATA_CHARS)
            )
        )
        .group_by("source_id", "record", maintain_order=True)
        .agg(
            pl.concat_str(json_string(pl.col("key")), pl.lit(":"), pl.col("encoded"))
            .str.join(",")
            .alias("_record_metadata")
        )
        .with_columns(pl.concat_str(pl.lit("{"), "_record_metadata", pl.lit("}")).alias("_record_metadata"))
    )
    records = fields.select("source_id", "record", "record_line").unique(maintain_order=True)
    sessions = (
        file_ids(parsed.sessions)
        .join(records, on=["source_id", "record"], how="left", maintain_order="left")
        .join(metadata, on=["source_id", "record"], how="left", maintain_order="left")
        .with_columns(
            (pl.col("segment").rank("dense").over("source_id") - 1).cast(pl.Int32).alias("session_index"),
            pl.col("record_line").alias("source_line"),
            # A separator's session title (plain text's metadata) beside the record's own fields.
            merge_objects(pl.col("source_metadata"), pl.col("_record_metadata")).alias("source_metadata"),
        )
    )
    # A record with no dialogue is no session, but what it answered with is not dropped unseen: its output (a
    # refusal where the session should be, a one-line reply) is reported at its key's line.
    undelivered = (
        fields.filter(
            pl.col("key").is_in(list(_CONTINUATION_KEYS)) & (pl.col("value").fill_null("").str.strip_chars() != "")
        )
        .join(
            fields.filter(pl.col("is_dialogue")).select("source_id", "record").unique(),
            on=["source_id", "record"],
            how="anti",
        )
        .select("source_id", pl.col("key_line").alias("line_no"), pl.col("value").alias("line"))
    )
    stray = pl.concat(
        [file_ids(parsed.stray_lines).drop("record"), broken_lines(files), undelivered], how="diagonal_relaxed"
    )
    return ParsedText(
        sessions=sessions,
        turns=file_ids(parsed.turns),
        header_lines=file_ids(parsed.header_lines),
        stray_lines=stray,
    ).conformed()


# Where a record says what it wants, and words that ask for a reply.
_ASKING_KEYS = frozenset({"instruction", "system", "prompt", "task"})
_ASKS_FOR_REPLY = (
    r"(?i)\b(?:repl\w*|respon\w*|continu\w*|next (?:turn|message|line)|answer\w*|what (?:\w+ )?would say)\b"
)
_MIN_REPLY_WORDS = 5


def _with_next_replies(fields: pl.DataFrame, turns: pl.DataFrame) -> pl.DataFrame:
    """A "next reply" record (`input`: the conversation so far, `output`: the reply to write, without a label) has its
    output read as the next turn, under the label the conversation uses for the other role than its last turn's, and
    counted as dialogue (so it is no metadata): the reply is what the record was made for, and a refusal or a cut
    there is a defect of a turn."""
    if turns.is_empty():
        return fields
    field_id = pl.concat_str(pl.col("source_id"), pl.col("record").cast(pl.String), pl.col("key"), separator=RECORD_SEP)
    said = turns.filter(pl.col("role").is_in(["therapist", "client"]))
    last_role = said.group_by("source_id", maintain_order=True).agg(pl.col("role").last().alias("_last_role"))
    labels = said.group_by("source_id", "role").agg(pl.col("speaker").mode().first().alias("_label"))
    next_label = (
        last_role.join(labels, on="source_id")
        .filter(pl.col("role") != pl.col("_last_role"))
        .select(pl.col("source_id").alias("_field_id"), "_label")
    )
    # Only a record whose dialogue sits in other fields (not the output itself), with an output that holds no turns.
    answered = (
        fields.with_columns(field_id.alias("_field_id"))
        .join(next_label, on="_field_id", how="left")
        .with_columns(
            pl.col("_label").drop_nulls().last().over("source_id", "record").alias("_next_label"),
            pl.col("is_dialogue").any().over("source_id", "record").alias("_has_dialogue"),
        )
    )
    # What the record asks for: a reply ("write the counselor's next reply", "respond as the therapist"), not a
    # summary or a label of the conversation ("Classify the last turn's strategy": an output `Question`). Without an
    # instruction, an output of a sentence or more.
    asks = pl.col("value").filter(pl.col("key").is_in(list(_ASKING_KEYS))).str.join(" ").over("source_id", "record")
    asked = pl.when(pl.col("key").is_in(list(_ASKING_KEYS)).any().over("source_id", "record"))
    reply = (
        pl.col("key").is_in(list(_CONTINUATION_KEYS))
        & ~pl.col("is_dialogue")
        & pl.col("_has_dialogue")
        & pl.col("_next_label").is_not_null()
        & (pl.col("value").fill_null("").str.strip_chars() != "")
        & asked.then(asks.str.contains(_ASKS_FOR_REPLY))
        .otherwise(pl.col("value").str.count_matches(r"\S+") >= _MIN_REPLY_WORDS)
        .fill_null(False)
    )
    return answered.with_columns(
        pl.when(reply).then(pl.format("{}: {}", "_next_label", "value")).otherwise(pl.col("value")).alias("value"),
        (pl.col("is_dialogue") | reply).alias("is_dialogue"),
    ).drop("_field_id", "_label", "_next_label", "_has_dialogue")


def _with_key_lines(fields: pl.DataFrame, files: pl.DataFrame) -> pl.DataFrame:
    """`fields` with `key_line`: the line of the field's own key (`"output": ...`) in a JSON list or object, where a
    reader finds the text (the k-th record holding a key holds its k-th occurrence in the file: json_common's
    on_kth_key); the record's line in JSON Lines, and where a file's count of that key differs from its records'
    (the key nested elsewhere too)."""
    spread = files.filter(pl.col("container") != JSONL)
    if spread.is_empty() or fields.is_empty():
        return fields.with_columns(pl.col("record_line").alias("key_line"))
    numbered = fields.with_columns(
        pl.int_range(pl.len()).alias("_row"),
        (pl.col("record").rank("dense").over("source_id", "key").cast(pl.Int64) - 1).alias("occurrence"),
    )
    placed = [
        on_kth_key(
            group,
            key_lines(spread, key).rename({"line_no": "_key_line"}),
            group.group_by("source_id").agg(pl.len().alias("_expected")),
            "occurrence",
            "record_line",
        )
        for (key,), group in numbered.group_by("key")
    ]
    return (
        pl.concat(placed)
        .sort("_row")
        .with_columns(pl.col("source_line").alias("key_line"))
        .drop("_row", "occurrence", "source_line")
    )


def _lines(fields: pl.DataFrame, id_columns: list[str]) -> pl.DataFrame:
    """`(source_id, line_no, line)` for parse_lines: each field's lines, all on its record's line, under an
    id that joins the file's to `id_columns`, so the plain-text rules see each record (or field) alone."""
    return (
        fields.select(
            pl.concat_str(
                pl.col("source_id"), *[pl.col(c).cast(pl.String) for c in id_columns], separator=RECORD_SEP
            ).alias("source_id"),
            pl.col("record_line").alias("line_no"),
            pl.col("value").str.split("\n").alias("line"),
        )
        .explode("line")
        .with_columns(pl.col("line").str.strip_suffix("\r"))
    )


def file_ids(frame: pl.DataFrame) -> pl.DataFrame:
    """parse_lines' per-record ids back to the file's id, `record` beside it; a segment becomes file-wide."""
    parts = pl.col("source_id").str.split(RECORD_SEP)
    out = frame.with_columns(parts.list.get(0).alias("source_id"), parts.list.get(1).cast(pl.Int64).alias("record"))
    if "segment" in out.columns:
        out = out.with_columns((pl.col("record") * RECORD_SPAN + pl.col("segment")).alias("segment"))
    return out


def _fields(files: pl.DataFrame) -> pl.DataFrame:
    """`(source_id, record, record_line, order, key, value, encoded)`: each record's scalar fields, `value` the
    text of a string (null otherwise), `encoded` its JSON spelling for the metadata.

    A record's keys are arbitrary, so each record is read with the json module (as nested_json reads its
    sessions' other keys): a loop per record and field, never per turn. Records are numbered as
    json_common.records numbers them (JSON Lines: json_lines' segments)."""
    rows: list[tuple[str, int, int, int, str, str | None, str]] = []

    def add(source_id: str, record: int, line: int, value: object) -> None:
        if not isinstance(value, dict):
            return
        for order, (key, field) in enumerate(value.items()):
            if isinstance(field, _SCALAR) and field is not None:
                text = field if isinstance(field, str) else None
                rows.append((source_id, record, line, order, str(key), text, json.dumps(field, ensure_ascii=False)))
        # A Chat Completions response keeps its text two lists down: read as the record's `content` field.
        completion = completion_content(value)
        if completion is not None:
            rows.append(
                (source_id, record, line, len(value), "content", completion, json.dumps(completion, ensure_ascii=False))
            )

    for source_id, record, line, value in each_record(files):
        add(source_id, record, line, value)
    return pl.DataFrame(rows, schema=_FIELDS_SCHEMA, orient="row")
