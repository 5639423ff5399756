"""Session objects that hold their turns: `{session_id, service, date, turns: [{who, said}, ...]}`.

One session an object: JSON Lines (one a line), a JSON list of them, or a single object. A session's turns
are the list under the first of TURN_LIST_KEYS it has (`turns`, `dialogue`, `utterances`, `transcript`...),
else under the one key whose value is a list of objects holding a speaker key and a text key. Within a
turn the speaker, text and timestamp are read with flat_json's key lists (SPEAKER_KEYS: `speaker`, `role`,
`author`, `sender`, `participant`, `who`...; TEXT_KEYS: `text`, `utterance`, `content`, `message`, `body`,
`said`...; TIMESTAMP_KEYS), first match wins; its LABEL_KEYS (strategy, emotion...) go to
`turns.source_labels`.

- The session's other scalar keys (`session_id`, `service`, `date`...) are its `sessions.source_metadata`,
  as in chat_json; a `system` turn is instructions to a model, the session's `system_prompt`.
- Turns keep their list order. A turn without text, or with an empty one, stays a turn with empty text
  (the empty_turn step reports it); a session without turns gives no session.
- A file's sessions are read under one turn-list key, its first session's (a session that keeps its turns
  under another key gives none).
- Detected after every other JSON shape (detect.py), so chat `messages`, ShareGPT `conversations`, ESConv
  `dialog`, PsychEval, CACTUS and flat utterances keep their parsers.

`source_line`, as json_common places keys: JSON Lines, the session's line. Otherwise a session sits on the
line of its turn-list key (as chat_json's on `"messages"`), and a turn on the line of its text key (where
its text starts), or of its speaker key when the text key does not occur once per turn in the file (a
turn without text), else on its session's line.
"""

from __future__ import annotations

import json
from typing import Any

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.flat_json import (
    LABEL_KEYS,
    SPEAKER_KEYS,
    TEXT_KEYS,
    TIMESTAMP_KEYS,
    present_keys,
)
from transforms.formats.json_common import (
    JSONL,
    broken_lines,
    finish,
    first_key,
    json_lines,
    json_object,
    key_lines,
    merge_objects,
    place,
    records,
    with_container,
    without_system_turns,
)

# Names a session's list of turns goes by, most specific first. `messages`, `conversations` and `dialog` are
# chat_json's and esconv's when their turns look like theirs; here they catch the rest.
TURN_LIST_KEYS = (
    "turns", "dialogue", "dialog", "utterances", "conversation", "conversations", "exchanges", "transcript",
    "messages", "chat", "dialogue_turns", "dialogueTurns",
)  # fmt: skip
TURN_KEYS = tuple(dict.fromkeys((*SPEAKER_KEYS, *TEXT_KEYS, *TIMESTAMP_KEYS, *LABEL_KEYS)))
# Every key a turn may hold is decoded as text (numbers and booleans become their JSON spelling).
TURN = pl.Struct({key: pl.String for key in TURN_KEYS})
_SCALAR = (str, int, float, bool)


def turn_list_key(record: dict[str, Any]) -> str | None:
    """The key under which a session object keeps its turns, or None.

    The first of TURN_LIST_KEYS whose value is a list that is empty or starts with an object holding a
    speaker key (its text may be missing); else the one key whose list starts with an object holding a
    speaker key and a text key (several such keys: which is the dialogue is anyone's guess). Only a list's
    first item is looked at, so this costs the same whatever the session's length."""
    for key in TURN_LIST_KEYS:
        value = record.get(key)
        if isinstance(value, list) and (not value or _is_turn(value[0], needs_text=False)):
            return key
    found = [key for key, value in record.items() if isinstance(value, list) and value and _is_turn(value[0])]
    return found[0] if len(found) == 1 else None


def _is_turn(item: object, needs_text: bool = True) -> bool:
    return (
        isinstance(item, dict)
        and any(key in item for key in SPEAKER_KEYS)
        and (not needs_text or any(key in item for key in TEXT_KEYS))
    )


def file_turns_key(sessions: list[Any]) -> str | None:
    """The turn-list key a file's sessions are read under: its first session's that has one."""
    return next((key for value in sessions if isinstance(value, dict) and (key := turn_list_key(value))), None)


def file_dtype(parsed: Any) -> pl.DataType | None:
    """The polars type a whole (non-JSON-Lines) file is decoded to, or None when no session holds turns:
    preflight decodes the file to it alone, so a value of the wrong type quarantines one file, not a batch."""
    sessions = parsed if isinstance(parsed, list) else [parsed]
    key = file_turns_key(sessions)
    if key is None:
        return None
    record = pl.Struct({key: pl.List(TURN)})
    return pl.List(record) if isinstance(parsed, list) else record


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    files = with_container(files)
    found = _read_sessions(files)
    # Only the turn keys the batch's files hold are decoded (flat_json's present_keys): fewer columns, and an
    # unused key whose name a session also uses for something else cannot make the decode raise.
    present = present_keys(files, TURN_KEYS)
    turn = pl.Struct({key: pl.String for key in TURN_KEYS if key in present} or {TEXT_KEYS[0]: pl.String})
    file_keys = (
        found.drop_nulls("turns_key").group_by("source_id", maintain_order=True).agg(pl.col("turns_key").first())
    )
    # One decode per turn-list key the batch uses (a loop per key, not per file or record); a list's
    # sessions are placed on the line of that key, as json_common.records does for `messages` or `dialog`.
    parts = [
        records(files.join(group, on="source_id", how="semi"), pl.Struct({str(key): pl.List(turn)}), str(key))
        .with_columns(pl.col("record").struct.field(str(key)).alias("turns"))
        .drop("record")
        for (key,), group in file_keys.group_by("turns_key", maintain_order=True)
    ]
    schema = {"source_id": pl.String(), "segment": pl.Int64(), "record_line": pl.Int64(), "turns": pl.List(turn)}
    sessions = pl.concat(parts) if parts else pl.DataFrame(schema=schema)
    turns = (
        sessions.select("source_id", "segment", "record_line", "turns")
        .explode("turns")
        # An empty list explodes to one null row, a session without the key is null: neither is a turn.
        .filter(pl.col("turns").is_not_null())
        .unnest("turns")
        .pipe(turn_fields)
        .select(
            "source_id",
            "segment",
            "record_line",
            "speaker",
            "text",
            "timestamp",
            "source_labels",
            "_text_key",
            "_speaker_key",
        )
    )
    # Placed before `system` turns leave: their text keys are among the file's occurrences too.
    turns = _turn_lines(turns, files)
    session_frame = sessions.select("source_id", "segment", "record_line").join(
        found.select("source_id", "segment", "other_keys"),
        on=["source_id", "segment"],
        how="left",
        maintain_order="left",
    )
    return finish_sessions(turns, session_frame, broken_lines(files))


def turn_fields(turns: pl.DataFrame) -> pl.DataFrame:
    """Turns with a String column per TURN_KEYS key they hold (the others are added as null) -> with `speaker`,
    `text`, `timestamp` and `source_labels` read from them (first match of each key list wins), and `_text_key`
    and `_speaker_key`, the key each turn's text and speaker were found under. yaml_records reads its turns
    with this too."""
    return turns.with_columns(
        [pl.lit(None, dtype=pl.String).alias(key) for key in TURN_KEYS if key not in turns.columns]
    ).with_columns(
        pl.coalesce(*SPEAKER_KEYS).str.strip_chars().alias("speaker"),
        # A turn without text is still a turn: "" (not null) is what the empty_turn step reports.
        pl.coalesce(*TEXT_KEYS).fill_null("").str.strip_chars().alias("text"),
        pl.coalesce(*TIMESTAMP_KEYS).alias("timestamp"),
        json_object(*LABEL_KEYS).alias("source_labels"),
        first_key(TEXT_KEYS).alias("_text_key"),
        first_key(SPEAKER_KEYS).alias("_speaker_key"),
    )


def finish_sessions(turns: pl.DataFrame, sessions: pl.DataFrame, stray_lines: pl.DataFrame) -> ParsedText:
    """The shared frames from `turns(source_id, segment, source_line, speaker, text, timestamp, source_labels)`,
    in file order, and `sessions(source_id, segment, record_line, other_keys)`: `system` turns become their
    session's `system_prompt`, merged into its other keys as `source_metadata`."""
    kept, system = without_system_turns(turns)
    session_frame = sessions.join(system, on=["source_id", "segment"], how="left", maintain_order="left").with_columns(
        merge_objects(pl.col("other_keys"), json_object("system_prompt")).alias("source_metadata")
    )
    return finish(
        kept.select(
            "source_id",
            "segment",
            "source_turn_index",
            "source_line",
            "speaker",
            "text",
            "timestamp",
            "source_labels",
        ),
        session_frame,
        stray_lines=stray_lines,
    )


def _read_sessions(files: pl.DataFrame) -> pl.DataFrame:
    """`(source_id, segment, turns_key, other_keys)`: per session object, the key its turns are under and its
    other scalar keys as a JSON object.

    Arbitrary keys cannot be declared to polars' decoder, so each session is read with the json module (as
    chat_json reads its conversations' other keys): a loop per session, never per turn. Segments are
    numbered as json_common.records numbers them."""
    rows: list[tuple[str, int, str | None, str | None]] = []
    for source_id, segment, line in json_lines(files).select("source_id", "segment", "line").iter_rows():
        rows.append((source_id, segment, *session_keys(json.loads(line))))
    for source_id, text in files.filter(pl.col("container") != JSONL).select("source_id", "text").iter_rows():
        parsed = json.loads(text)
        values = [v for v in (parsed if isinstance(parsed, list) else [parsed]) if v is not None]
        rows.extend((source_id, segment, *session_keys(value)) for segment, value in enumerate(values))
    schema = {"source_id": pl.String, "segment": pl.Int64, "turns_key": pl.String, "other_keys": pl.String}
    return pl.DataFrame(rows, schema=schema, orient="row")


def session_keys(value: object) -> tuple[str | None, str | None]:
    """A session object's turn-list key and its other scalar keys as a JSON object (null when none)."""
    if not isinstance(value, dict):
        return None, None
    key = turn_list_key(value)
    # Scalars only: a nested object (a client profile, the turns themselves) is not one fact about the session.
    scalars = {k: v for k, v in value.items() if k != key and isinstance(v, _SCALAR)}
    return key, json.dumps(scalars, ensure_ascii=False, separators=(",", ":")) if scalars else None


def _turn_lines(turns: pl.DataFrame, files: pl.DataFrame) -> pl.DataFrame:
    """Adds `source_line` to `turns` (in file order, with `_text_key` and `_speaker_key`: the key each turn's
    text and speaker are under).

    As json_common.place matches them: the k-th `"said":` of a file is the k-th of its turns whose text is
    under `said`, when the file has exactly as many. So a turn sits on the line where its text starts; one
    without text on its speaker key's line (likewise matched); and when a key also occurs elsewhere in the
    file (a session-level `text`), on its session's line, as JSON Lines turns always do."""
    ordered = turns.with_row_index("_row")
    pretty = files.filter(pl.col("container") != JSONL)
    placeable = ordered.join(pretty.select("source_id"), on="source_id", how="semi")
    # place() falls back to a file's line given here: none, so an unmatched key leaves null for the next one.
    no_fallback = pl.DataFrame(schema={"source_id": pl.String(), "line_no": pl.Int64()})
    for key_column in ("_text_key", "_speaker_key"):
        # One key_lines scan per key name the batch's turns use, not per file or turn.
        located = [
            place(group, key_lines(pretty.join(group, on="source_id", how="semi"), str(key)), "_row", no_fallback)
            for (key,), group in placeable.drop_nulls(key_column).group_by(key_column, maintain_order=True)
        ]
        lines = pl.concat([frame.select("_row", "line_no") for frame in located]) if located else None
        ordered = (
            ordered.join(lines, on="_row", how="left", maintain_order="left")
            if lines is not None
            else ordered.with_columns(pl.lit(None, dtype=pl.Int64).alias("line_no"))
        ).rename({"line_no": f"{key_column}_line"})
    return ordered.with_columns(
        pl.coalesce("_text_key_line", "_speaker_key_line", "record_line").alias("source_line")
    ).drop("_row", "_text_key", "_speaker_key", "_text_key_line", "_speaker_key_line")
