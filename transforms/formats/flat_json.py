"""One utterance a record: JSON Lines (or a JSON list) whose every record is ONE turn and names its conversation.

    {"dialog_id": "esc-0417", "turn": 1, "speaker": "seeker", "utterance": "I can't sleep."}
    {"dialog_id": "esc-0417", "turn": 2, "speaker": "supporter", "utterance": "That sounds hard."}

The shape exports take when a conversation is flattened to a table of utterances. Keys are found by name,
first match wins per record (SESSION_KEYS, ORDER_KEYS, SPEAKER_KEYS, TEXT_KEYS, TIMESTAMP_KEYS; each in
snake_case and camelCase, `dialog_id` / `dialogId`). Only a speaker key is needed to recognise the shape
(detect.py: a speaker and a text or conversation key in the first record).

- Each distinct conversation id is a session, in order of first appearance. Without a conversation key
  the file is one session; a record that lacks the key belongs to the conversation of the record before it
  (an export's missing cell, not a new conversation).
- Within a conversation, turns follow the numeric order key when there is one (records without it last),
  else the file; `source_turn_index` is that order, `source_line` stays where the record is.
- Every record is a turn: one without text, or with an empty one, is kept with empty text so the
  empty_turn step reports it. A `system` record is instructions to a model: the session's `system_prompt`
  metadata, as in chat_json.
- A JSON Lines line that is not JSON, or not an object, is a stray line (an `unparseable_line` defect),
  as in the other JSON Lines parsers; the other records load.

`source_line`: JSON Lines, the record's line. A list: the line of the record's text key (where its text
starts, as in smilechat), or of its speaker or conversation key when the text key does not occur once per
record in the file; the file's first line when none does.
"""

from __future__ import annotations

import re
from typing import Any

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats import json_common
from transforms.formats.base import ParsedText
from transforms.formats.json_common import (
    ARRAY,
    OBJECT,
    broken_lines,
    finish,
    first_key,
    first_line,
    json_lines,
    json_object,
    json_string,
    key_lines,
    merge_objects,
    with_container,
    without_system_turns,
)


def _spellings(*names: str) -> tuple[str, ...]:
    """Each snake_case key and its camelCase and PascalCase spellings (`dialog_id`, `dialogId`, `DialogId`):
    JavaScript exports use the second, cloud services' JSON (Amazon Connect's `ParticipantRole`, `Content`) the
    third. Order kept, so first match still means the same."""
    camel = [re.sub(r"_([a-z])", lambda m: m.group(1).upper(), name) for name in names]
    pascal = [name[:1].upper() + name[1:] for name in camel]
    return tuple(dict.fromkeys(key for spelt in zip(names, camel, pascal, strict=True) for key in spelt))


# Which conversation a record belongs to. Only id-like keys: a bare `conversation` or `session` is as often
# a whole nested conversation as its name.
SESSION_KEYS = _spellings(
    "conversation_id", "dialog_id", "dialogue_id", "conv_id", "session_id", "thread_id", "chat_id",
    "transcript_id", "conversation_ref", "dialog_ref", "dialogue_ref", "session_ref", "thread_ref",
    "conversation_uuid", "session_uuid", "call_id",
    # Speech-to-text segments name the recording they came from (not `audio_file`: one clip a segment, as often);
    # generated sets their simulation or sample.
    "recording", "recording_id", "sim_id", "episode_id", "sample_id", "case_id",
)  # fmt: skip
# (Speech segments' recording: a session key only where records share it, see parse_files.)
_RECORDING_KEYS = _spellings("recording", "recording_id")
# Position of the record in its conversation; only numeric values order (`u-03` cannot be compared safely).
ORDER_KEYS = _spellings(
    "turn", "turn_id", "turn_index", "turn_idx", "turn_no", "turn_number", "turn_num", "seq", "seq_no", "seq_num",
    "sequence", "sequence_number", "sequence_no", "utterance_index", "utterance_idx", "utterance_no",
    "message_index", "message_idx", "message_no", "msg_index", "index", "idx", "position", "order",
    "seg", "segment_index", "segment_no", "segment_id",
    # (Turn in Malay and Indonesian, Portuguese and Spanish.)
    "giliran", "urutan", "turno", "vez",
)  # fmt: skip
# The chat keys first (role/content before speaker/utterance, as json_common reads them), then the names
# other exports give the same two things (`who`/`said` last: interview and coding tools' plain-English keys).
# nested_json reads the turns inside a session object with these same lists.
SPEAKER_KEYS = _spellings(
    *json_common.SPEAKER_KEYS, "speaker_role", "participant", "participant_role", "author", "author_role", "sender",
    "sender_role", "sender_type", "interlocutor", "speaker_name", "speaker_type", "who", "sender_name",
    "speaker_label", "speaker_id",
    # ... or only an id, which a participant list beside the messages may name (`"sender_id": "v_0219"`; not a help
    # desk's `author_id`, whose tickets ticket_exports reads, nor an evaluation run's `user_id` of a persona).
    "sender_id", "from_id",
    # ... and in the dataset's own language: role or speaker in Portuguese and Spanish, Malay and Indonesian, German.
    "papel", "rol", "hablante", "falante", "peranan", "penutur", "peran", "pembicara", "rolle", "sprecher",
)  # fmt: skip
TEXT_KEYS = _spellings(
    *json_common.TEXT_KEYS, "message", "message_text", "utterance_text", "body", "message_body", "msg",
    "transcript_text", "said", "transcript",
    # ... text in Portuguese, Spanish, French, Malay and Indonesian, Dutch and Scandinavian, German.
    "texto", "texte", "teks", "tekst", "inhalt",
)  # fmt: skip
TIMESTAMP_KEYS = _spellings(
    "timestamp", "time", "ts", "created_at", "sent_at", "sent_at_utc", "timestamp_utc", "datetime", "date_time",
    "start_time", "start", "timestamp_ms", "date", "begin_offset_millis",
)  # fmt: skip
# Per-utterance annotations kept in `turns.source_labels` (ESConv strategies, emotion or intent tags).
LABEL_KEYS = ("strategy", "emotion", "intent", "label", "dialog_act")
ALL_KEYS = tuple(dict.fromkeys((*SESSION_KEYS, *ORDER_KEYS, *SPEAKER_KEYS, *TEXT_KEYS, *TIMESTAMP_KEYS, *LABEL_KEYS)))
# Every key a list may hold is decoded as text (numbers and booleans become their JSON spelling).
RECORD = pl.Struct({key: pl.String for key in ALL_KEYS})

_SCALAR = (str, int, float)


def is_utterance_record(record: dict[str, Any]) -> bool:
    """Whether a decoded first record is one utterance: a speaker label beside its text or its conversation."""
    has_speaker = any(isinstance(record.get(key), str) for key in SPEAKER_KEYS)
    return has_speaker and (has_text(record) or has_session_key(record))


def has_text(record: dict[str, Any]) -> bool:
    """Whether a record holds a text of its own (a scalar under a text key)."""
    return any(key in record and not isinstance(record[key], (dict, list)) for key in TEXT_KEYS)


def has_session_key(record: dict[str, Any]) -> bool:
    """Whether a record names its conversation with a scalar id (a list of such records holds several)."""
    return any(isinstance(record.get(key), _SCALAR) and not isinstance(record.get(key), bool) for key in SESSION_KEYS)


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    files = with_container(files).with_row_index("_file")
    present = present_keys(files, ALL_KEYS)
    rows = pl.concat(
        [_line_records(files, present), _list_records(files, present)], how="diagonal_relaxed"
    ).with_columns([pl.lit(None, dtype=pl.String).alias(key) for key in ALL_KEYS if key not in present])
    records = rows.filter(pl.col("_is_object")).drop("_is_object", "line")
    strays = pl.concat(
        [
            broken_lines(files),
            # Valid JSON that is not an object (`42`, `["a"]`) names no speaker or text: a stray, not a turn.
            rows.filter(~pl.col("_is_object")).select("source_id", pl.col("record_line").alias("line_no"), "line"),
        ]
    ).sort("source_id", "line_no")
    # A recording names a session only when records share it: one clip a segment (`call42_seg000.wav`) names none.
    strong = [key for key in SESSION_KEYS if key not in _RECORDING_KEYS]
    recording = pl.coalesce(*_RECORDING_KEYS)
    shared = recording.n_unique().over("source_id") < recording.count().over("source_id")
    record_keys = records.with_columns(
        pl.coalesce(*strong, pl.when(shared).then(recording)).alias("_conversation"),
        first_key(SESSION_KEYS).alias("_conversation_key"),
        pl.coalesce(*ORDER_KEYS).str.strip_chars().cast(pl.Float64, strict=False).alias("_order"),
        pl.coalesce(*SPEAKER_KEYS).str.strip_chars().alias("speaker"),
        # A record without text is still a turn: "" (not null) is what the empty_turn step reports.
        pl.coalesce(*TEXT_KEYS).fill_null("").str.strip_chars().alias("text"),
        pl.coalesce(*TIMESTAMP_KEYS).alias("timestamp"),
        json_object(*LABEL_KEYS).alias("source_labels"),
    )
    numbered = (
        record_keys.join(files.select("source_id", "_file"), on="source_id", maintain_order="left")
        .with_columns(
            # A record without an id continues the conversation before it; a file without ids is one session.
            pl.col("_conversation").forward_fill().over("source_id").fill_null(""),
            pl.col("_conversation_key").forward_fill().over("source_id"),
        )
        .with_columns(
            # Conversations numbered in order of first appearance: by the first record of each.
            pl.col("_record").min().over("source_id", "_conversation").rank("dense").over("source_id").alias("segment")
        )
        .with_columns((pl.col("segment").cast(pl.Int64) - 1).alias("segment"))
        .sort("_file", "segment", "_order", "_record", nulls_last=True, maintain_order=True)
    )
    turns, system = without_system_turns(numbered)
    turns = turns.with_columns(pl.col("record_line").alias("source_line"))
    sessions = (
        numbered.group_by("source_id", "segment", maintain_order=True)
        .agg(
            pl.col("record_line").min(),
            pl.col("_conversation").first(),
            pl.col("_conversation_key").drop_nulls().first(),
        )
        .join(system, on=["source_id", "segment"], how="left", maintain_order="left")
        .with_columns(merge_objects(_conversation_object(), json_object("system_prompt")).alias("source_metadata"))
    )
    return finish(
        turns.select(
            "source_id",
            "segment",
            "source_turn_index",
            "source_line",
            "speaker",
            "text",
            "timestamp",
            "source_labels",
        ),
        sessions,
        stray_lines=strays,
    )


def present_keys(files: pl.DataFrame, keys: tuple[str, ...]) -> set[str]:
    """The candidate `keys` that occur anywhere in the batch's files: only those are read from each record
    (a JSON path query per key per line), so an unused key costs one scan of the text, not one per record."""
    if not files.height:
        return set()
    found = files.select([_has_key(key).any().alias(key) for key in keys]).row(0, named=True)
    return {key for key, hit in found.items() if hit}


def _line_records(files: pl.DataFrame, present: set[str]) -> pl.DataFrame:
    """`(source_id, _record, record_line, line, _is_object, key...)` for JSON Lines files (one record a
    valid line) and single objects (the file is one record, at its first non-blank line)."""
    jsonl = json_lines(files).select("source_id", "segment", pl.col("line_no").alias("record_line"), "line")
    objects = files.filter(pl.col("container") == OBJECT)
    single = (
        objects.select("source_id", pl.lit(0, dtype=pl.Int64).alias("segment"), pl.col("text").alias("line"))
        .join(first_line(objects).rename({"line_no": "record_line"}), on="source_id")
        .select("source_id", "segment", "record_line", "line")
    )
    # json_path_match reads one key of each line and gives any scalar as text, so an odd value (a number
    # where text belongs, a nested object) cannot make the batch raise as a typed decode would.
    return pl.concat([jsonl, single]).select(
        "source_id",
        pl.col("segment").alias("_record"),
        "record_line",
        "line",
        pl.col("line").str.strip_chars().str.starts_with("{").alias("_is_object"),
        *[pl.col("line").str.json_path_match(f"$['{key}']").alias(key) for key in ALL_KEYS if key in present],
    )


def _list_records(files: pl.DataFrame, present: set[str]) -> pl.DataFrame:
    """The same for JSON lists: one record an element, placed on the line of one of its keys."""
    arrays = files.filter(pl.col("container") == ARRAY)
    keys = [key for key in ALL_KEYS if key in present]
    dtype = pl.List(pl.Struct({key: pl.String for key in keys}))
    exploded = (
        arrays.select("source_id", pl.col("text").str.json_decode(dtype).alias("record"))
        .explode("record")
        .filter(pl.col("record").is_not_null())
        .with_columns(pl.int_range(pl.len(), dtype=pl.Int64).over("source_id").alias("_record"))
        .unnest("record")
    )
    return _place_list_records(exploded, arrays).with_columns(
        pl.lit(None, dtype=pl.String).alias("line"), pl.lit(True).alias("_is_object")
    )


def _place_list_records(records: pl.DataFrame, arrays: pl.DataFrame) -> pl.DataFrame:
    """Adds `record_line`: the k-th record sits on the k-th occurrence of the file's text key, else of its
    speaker key, else of its conversation key, taking the first that occurs exactly once per record (a key
    a record lacks, or one also used in a nested object, miscounts); else the file's first line."""
    anchors: list[pl.DataFrame] = []
    for rank, candidates in enumerate((TEXT_KEYS, SPEAKER_KEYS, SESSION_KEYS)):
        # The key of this kind each file uses: the first candidate its text holds (a loop per key, not per record).
        used = arrays.select("source_id", _first_key_in_text(candidates).alias("_key")).drop_nulls("_key")
        for (key,), group in used.group_by("_key", maintain_order=True):
            located = key_lines(arrays.join(group, on="source_id", how="semi"), str(key))
            anchors.append(located.with_columns(pl.lit(rank).alias("_rank")))
    n_records = records.group_by("source_id").agg(pl.len().alias("_n"))
    schema = {"source_id": pl.String(), "occurrence": pl.Int64(), "line_no": pl.Int64(), "_rank": pl.Int32()}
    located_all = pl.concat([a.cast(schema) for a in anchors]) if anchors else pl.DataFrame(schema=schema)  # type: ignore[arg-type]
    best = (
        located_all.group_by("source_id", "_rank")
        .agg(pl.len().alias("_count"))
        .join(n_records, on="source_id")
        .filter(pl.col("_count") == pl.col("_n"))
        .group_by("source_id")
        .agg(pl.col("_rank").min())
    )
    lines = located_all.join(best, on=["source_id", "_rank"], how="semi").select(
        "source_id", pl.col("occurrence").alias("_record"), pl.col("line_no").alias("_key_line")
    )
    return (
        records.join(lines, on=["source_id", "_record"], how="left", maintain_order="left")
        .join(first_line(arrays), on="source_id", how="left", maintain_order="left")
        .with_columns(pl.coalesce("_key_line", "line_no").alias("record_line"))
        .drop("_key_line", "line_no")
    )


def _has_key(key: str) -> pl.Expr:
    """Whether the file's text holds `key` as a JSON key (`"key":`)."""
    return pl.col("text").str.contains(rf'"{re.escape(key)}"[ \t]*:')


def _first_key_in_text(keys: tuple[str, ...]) -> pl.Expr:
    """The first of `keys` that occurs as a key anywhere in the file's text."""
    return pl.coalesce(*[pl.when(_has_key(key)).then(pl.lit(key)) for key in keys])


def _conversation_object() -> pl.Expr:
    """`{"<the file's conversation key>": "<id>"}`, so a session can be traced to its export; null without one."""
    encoded = json_string(pl.col("_conversation"))
    return pl.when(pl.col("_conversation_key").is_not_null()).then(
        pl.concat_str(pl.lit('{"'), pl.col("_conversation_key"), pl.lit('":'), encoded, pl.lit("}"))
    )
