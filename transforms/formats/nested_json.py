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
- Chat-app exports are sessions too: Telegram's `{name, type, id, messages: [...]}`, Messenger's
  `{participants, messages: [...], title}`, speech-to-text `{call_id, language, segments: [...]}`. A text
  given as a list of rich-text runs (Telegram's `["See ", {"type": "link", "text": "https://..."}]`) is read
  as their joined text (decodable_text, in place, so every line stays where it is). A turn of `type`
  `service` (a pin, a join) is no turn: the session's `service_messages` metadata lists each (line, action,
  actor, time). Where every turn of a session has a numeric timestamp (`timestamp_ms`, `start` seconds) the
  turns are put in time order (Messenger lists newest first), each keeping its own line. A session's speaker
  map (SPEAKER_MAP_KEYS: `{"spk_0": "Dana"}` or `[{"id": "spk_0", "name": "Dana"}]`) names its speaker ids.
- A file's sessions are read under one turn-list key, its first session's (a session that keeps its turns
  under another key gives none).
- Detected after every other JSON shape (detect.py), so chat `messages`, ShareGPT `conversations`, ESConv
  `dialog`, PsychEval, CACTUS and flat utterances keep their parsers.

`source_line`, as json_common places keys: JSON Lines, the session's line. Otherwise a session sits on the
line of its turn-list key (as chat_json's on `"messages"`), and a turn on the line where it starts: the
first (smallest) of its speaker key's line and its text key's line, so a pretty-printed Telegram or Messenger
message sits on its `"from"` / `"sender_name"` line, not on its text two lines further down (as text formats
point at the label line). A key the turn lacks (a turn without text) or that cannot be matched (it does not
occur once per turn in the file) is left out of that choice; with neither, the turn is on its session's
line. Keys are counted at the turns' depth only (two below the turn-list key), so a nested rich-text run's
`text` or a session-level `text` does not miscount.
"""

from __future__ import annotations

import json
import re
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
    LISTED_ROLE,
    broken_lines,
    finish,
    first_key,
    json_lines,
    json_object,
    key_depth_lines,
    merge_objects,
    place,
    records,
    skip_space,
    speaker_map,
    with_container,
    with_speaker_names,
    without_system_turns,
)

# Names a session's list of turns goes by, most specific first. `messages`, `conversations` and `dialog` are
# chat_json's and esconv's when their turns look like theirs; here they catch the rest (chat-app exports:
# Telegram's and Messenger's `messages`; speech-to-text output's `segments`).
_LOWER_TURN_LIST_KEYS = (
    "turns", "dialogue", "dialog", "utterances", "conversation", "conversations", "exchanges", "transcript",
    "messages", "chat", "dialogue_turns", "dialogueTurns", "segments",
    # A speech API's diarised output (Rev.ai): one monologue a speaker turn, its words under `elements`.
    "monologues",
)  # fmt: skip
# ... and each capitalised, as cloud services write them (Amazon Connect's `Transcript`).
TURN_LIST_KEYS = (*_LOWER_TURN_LIST_KEYS, *(key[:1].upper() + key[1:] for key in _LOWER_TURN_LIST_KEYS))
# A chat app's note of something that happened (Telegram: `{"type": "service", "action": "pin_message",
# "actor": "Sam"}`, a member joined, a call ended): not a turn, listed in the session's metadata instead.
TYPE_KEY = "type"
SERVICE_TYPES = ("service", "system")
SERVICE_KEYS = ("action", "actor")
TURN_KEYS = tuple(dict.fromkeys((*SPEAKER_KEYS, *TEXT_KEYS, *TIMESTAMP_KEYS, *LABEL_KEYS, TYPE_KEY, *SERVICE_KEYS)))
# Every key a turn may hold is decoded as text (numbers and booleans become their JSON spelling).
TURN = pl.Struct({key: pl.String for key in TURN_KEYS})
# A session's map from speaker ids to names (speech-to-text output: `{"speakers": {"spk_0": "Dana"}}`, or a
# list of `{"id": "spk_0", "name": "Dana"}`): turns are given the name.
SPEAKER_MAP_KEYS = ("speakers", "speaker_names", "speaker_map", "participants", "speaker_roles")
_MAP_ID_KEYS = (
    "id", "speaker_id", "speaker", "speaker_label", "label", "channel", "participant_id", "sender_id", "user_id",
)  # fmt: skip
_MAP_NAME_KEYS = ("name", "display_name", "speaker_name")
# ... whose entries may say what part each plays: a video call's `"role": "host"` (speakers.py's `participant:`
# aliases), or a role the alias table knows (`"role": "clinician"`).
_MAP_ROLE_KEYS = ("role", "participant_role", "user_role", "participant_type")
_SCALAR = (str, int, float, bool)
# A text key whose value is a list: rich text as chat apps export it (Telegram: `"text": ["See ", {"type":
# "link", "text": "https://..."}]`). Not preceded by a backslash: a key, not words inside a string.
# ... or a speech API's list of recognised words and punctuation (`"elements": [{"type": "text", "value": "Hi"},
# {"type": "punct", "value": ","}]`).
_WORD_LIST_KEYS = ("elements",)
_TEXT_LIST = re.compile(
    r'(?<!\\)"(' + "|".join(re.escape(k) for k in (*TEXT_KEYS, *_WORD_LIST_KEYS)) + r')"\s*:\s*(?=\[)'
)
_DECODER = json.JSONDecoder()
_scanstring = json.decoder.scanstring  # type: ignore[attr-defined]


def turn_list_key(record: dict[str, Any]) -> str | None:
    """The key under which a session object keeps its turns, or None.

    The first of TURN_LIST_KEYS whose value is a list that is empty or holds, among its first few items, an
    object with a speaker key (its text may be missing; a chat app's list may open with a service note);
    else the one key whose list starts with an object holding a speaker key and a text key (several such
    keys: which is the dialogue is anyone's guess). Only the first items are looked at, so this costs the
    same whatever the session's length."""
    for key in TURN_LIST_KEYS:
        value = record.get(key)
        if isinstance(value, list) and (not value or any(_is_turn(item, needs_text=False) for item in value[:8])):
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
    preflight decodes the file (as decodable_text gives it) to it alone, so a value of the wrong type
    quarantines one file, not a batch."""
    sessions = parsed if isinstance(parsed, list) else [parsed]
    key = file_turns_key(sessions)
    if key is None:
        return None
    record = pl.Struct({key: pl.List(TURN)})
    return pl.List(record) if isinstance(parsed, list) else record


def decodable_text(text: str) -> str:
    """The file with each rich-text list under a text key replaced by its plain text: the strings and the
    `text` of the objects, joined (`["See ", {"type": "link", "text": "https://x"}]` -> `"See https://x"`).

    The replacement is followed by as many line breaks as the list spanned (whitespace between JSON tokens),
    so every later key stays on its line and source lines still point into the file as it is. A list of
    anything else (turns, numbers) is left for the decode to judge. A loop per such list, in files that have
    one (a regex search finds them)."""
    out: list[str] = []
    done = 0
    for match in _TEXT_LIST.finditer(text):
        start = match.end()
        if start < done:
            continue  # inside a list already replaced
        try:
            value, end = _DECODER.raw_decode(text, start)
        except ValueError:
            continue
        plain = _rich_text(value)
        if plain is None:
            continue
        # (A word list becomes the turn's `text`, of the same length in lines.)
        key_start = match.start()
        out.append(
            text[done:key_start] + '"text": ' + "\n" * text.count("\n", key_start, start)
            if match.group(1) in _WORD_LIST_KEYS
            else text[done:start]
        )
        out.append(json.dumps(plain, ensure_ascii=False) + "\n" * text.count("\n", start, end))
        done = end
    return text if not out else "".join(out) + text[done:]


def wrapped_sessions_key(record: dict[str, Any]) -> str | None:
    """The key of a wrapper object's list of session objects (a speech API's batch: `{"batch_id": ..., "results":
    [{"recording": ..., "monologues": [...]}]}`), or None: its one list whose first item holds turns."""
    # (Under a turn-list name of ours only: a chat app's export that keeps its threads under some other key, Skype's
    # `conversations` of `MessageList`s, is generic_json's to read by its values.)
    found = [
        key
        for key, value in record.items()
        if isinstance(value, list)
        and value
        and all(isinstance(item, dict) for item in value)
        and turn_list_key(value[0]) in _LOWER_TURN_LIST_KEYS
    ]
    return found[0] if len(found) == 1 and turn_list_key(record) is None else None


def _top_level_value_span(text: str, key: str) -> tuple[int, int] | None:
    """Where the top-level object's value under `key` starts and ends in `text` (a key of the same name inside a
    nested object is not it)."""
    index = text.index("{") + 1
    while True:
        index = skip_space(text, index)
        if text.startswith("}", index) or not text.startswith('"', index):
            return None
        name, index = _scanstring(text, index + 1, False)
        index = skip_space(text, index)
        if not text.startswith(":", index):
            return None
        start = skip_space(text, index + 1)
        _, end = _DECODER.raw_decode(text, start)
        if name == key:
            return start, end
        index = skip_space(text, end)
        if not text.startswith(",", index):
            return None
        index += 1


def unwrapped_text(text: str) -> str:
    """A wrapper object's text with everything but its list of sessions blanked (line breaks kept), so the file
    reads as that list with every line where it was; other files as they are."""
    body = text.lstrip("\ufeff")
    if not body.lstrip().startswith("{"):
        return text
    try:
        record = json.loads(body)
    except ValueError:
        return text
    key = wrapped_sessions_key(record) if isinstance(record, dict) else None
    return text if key is None else only_wrapped_sessions(text, key)


def only_wrapped_sessions(text: str, key: str) -> str:
    """`text` (a wrapper object) with everything but its value under `key` blanked, line breaks kept."""
    span = _top_level_value_span(text, key)
    if span is None:
        return text
    start, end = span
    blank = re.compile(r"[^\n]")
    return blank.sub(" ", text[:start]) + text[start:end] + blank.sub(" ", text[end:])


def _rich_text(value: Any) -> str | None:
    """The plain text of a rich-text list, None for a list of anything else."""
    parts: list[str] = []
    words = False
    for item in value:
        if isinstance(item, str):
            parts.append(item)
        elif isinstance(item, dict) and isinstance(item.get("text"), str) and not _is_turn(item, needs_text=False):
            parts.append(item["text"])
        elif isinstance(item, dict) and isinstance(item.get("value"), str) and "type" in item:
            parts.append(item["value"])
            words = True
        else:
            return None
    # A speech API's word list spells its spaces as elements of their own; one without any is words to space out.
    if words and not any(part.isspace() for part in parts):
        return re.sub(r" ([,.!?;:])", r"\1", " ".join(parts))
    return "".join(parts)


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    # The same search without look-arounds, which polars' regex lacks: a cheap filter, decodable_text decides.
    has_text_list = pl.col("text").str.contains(_TEXT_LIST.pattern.removeprefix(r"(?<!\\)").replace("(?=\\[)", r"\["))
    files = files.with_columns(pl.col("text").map_elements(unwrapped_text, return_dtype=pl.String))
    files = with_container(files).with_columns(
        pl.when(has_text_list)
        .then(pl.col("text").map_elements(decodable_text, return_dtype=pl.String))
        .otherwise(pl.col("text"))
        .alias("text")
    )
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
            "_service",
            *SERVICE_KEYS,
        )
    )
    # Placed before `system` turns and service notes leave: their text keys are among the file's occurrences too.
    turns = _turn_lines(turns, files, file_keys)
    service = _service_notes(turns.filter(pl.col("_service")))
    turns = _chronological(turns.filter(~pl.col("_service")).drop("_service", *SERVICE_KEYS))
    turns = _with_listed_roles(with_speaker_names(turns, found, "speaker"), found)
    session_frame = (
        sessions.select("source_id", "segment", "record_line")
        .join(
            found.select("source_id", "segment", "other_keys"),
            on=["source_id", "segment"],
            how="left",
            maintain_order="left",
        )
        .join(service, on=["source_id", "segment"], how="left", maintain_order="left")
        .with_columns(merge_objects(pl.col("other_keys"), pl.col("service_messages")).alias("other_keys"))
        .drop("service_messages")
    )
    return finish_sessions(turns, session_frame, broken_lines(files))


def turn_fields(turns: pl.DataFrame) -> pl.DataFrame:
    """Turns with a String column per TURN_KEYS key they hold (the others are added as null) -> with `speaker`,
    `text`, `timestamp` and `source_labels` read from them (first match of each key list wins), `_text_key`
    and `_speaker_key`, the key each turn's text and speaker were found under, and `_service`, whether it is a
    chat app's service note (a pin, a join) rather than a message. yaml_records reads its turns with this too."""
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
        pl.col(TYPE_KEY).str.to_lowercase().is_in(SERVICE_TYPES).fill_null(False).alias("_service"),
    )


def _with_listed_roles(turns: pl.DataFrame, found: pl.DataFrame) -> pl.DataFrame:
    """`_listed_role`: the role the session's speaker map gives the turn's speaker (by name, or by id), if any."""
    listed = speaker_map(found).drop_nulls("_role").rename({"_role": LISTED_ROLE})
    if not listed.height:
        return turns.with_columns(pl.lit(None, dtype=pl.String).alias(LISTED_ROLE))
    by_speaker = pl.concat(
        [listed.select("source_id", "segment", pl.col(key).alias("speaker"), LISTED_ROLE) for key in ("_name", "_id")]
    ).unique(["source_id", "segment", "speaker"], keep="first", maintain_order=True)
    return turns.join(by_speaker, on=["source_id", "segment", "speaker"], how="left", maintain_order="left")


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
            *[LISTED_ROLE] * (LISTED_ROLE in kept.columns),
        ),
        session_frame,
        stray_lines=stray_lines,
    )


def _service_notes(notes: pl.DataFrame) -> pl.DataFrame:
    """`(source_id, segment, service_messages)`: a session's service notes as `{"service_messages": [{line,
    action, actor, timestamp}, ...]}`, in file order; so what was dropped as no turn is still on record."""
    note = json_object(
        pl.col("source_line").alias("source_line"), *SERVICE_KEYS, "timestamp", pl.col("text").replace("", None)
    )
    return notes.group_by("source_id", "segment", maintain_order=True).agg(
        pl.concat_str(pl.lit('{"service_messages":['), note.str.join(","), pl.lit("]}")).alias("service_messages")
    )


def _chronological(turns: pl.DataFrame) -> pl.DataFrame:
    """Turns in time order where every turn of the session has a numeric timestamp (Unix milliseconds, seconds
    into a recording): Messenger lists messages newest first, a two-channel recognition lists one channel after the
    other. A stable sort, so a session already in order, or with equal times, keeps its list order; other timestamps
    (dates, clock times) are not compared. A session nearly in list order already keeps it: a segment the recogniser
    emitted again with its clock rewound stands where the file has it, the repeat after what it repeats. Each turn
    keeps its own `source_line`."""
    number = pl.col("timestamp").str.strip_chars().cast(pl.Float64, strict=False)
    session = ["source_id", "segment"]
    timed = turns.with_row_index("_row").with_columns(
        pl.col("_row").min().over(session).alias("_first"),
        pl.when(number.is_not_null().all().over(session)).then(number).alias("_time"),
    )
    # How far back in time the list steps, all told, against the session's span: about the whole span when it runs
    # newest first or one channel after the other, a few seconds when a segment was emitted again.
    # (Two steps: a window over a column that is itself a window's result sums to nothing in polars.)
    step_back = (pl.col("_time").shift(1) - pl.col("_time")).clip(lower_bound=0).over(session)
    span = pl.col("_time").max() - pl.col("_time").min()
    nearly_ordered = (pl.col("_step_back").sum() <= _MAX_STEP_BACK_SHARE * span).over(session).fill_null(False)
    return (
        timed.with_columns(step_back.alias("_step_back"))
        .with_columns(pl.when(nearly_ordered).then(None).otherwise(pl.col("_time")).alias("_time"))
        .sort("_first", "_time", "_row", nulls_last=True, maintain_order=True)
        .drop("_row", "_first", "_time", "_step_back")
    )


# A session whose list steps back in time by at most this share of its span, all told, keeps its list order.
_MAX_STEP_BACK_SHARE = 0.2


def _read_sessions(files: pl.DataFrame) -> pl.DataFrame:
    """`(source_id, segment, turns_key, other_keys, speaker_names)`: per session object, the key its turns are
    under, its other scalar keys as a JSON object and its speaker map as `[[id, name], ...]`.

    Arbitrary keys cannot be declared to polars' decoder, so each session is read with the json module (as
    chat_json reads its conversations' other keys): a loop per session, never per turn. Segments are
    numbered as json_common.records numbers them."""
    rows: list[tuple[str, int, str | None, str | None, str | None]] = []
    for source_id, segment, line in json_lines(files).select("source_id", "segment", "line").iter_rows():
        rows.append((source_id, segment, *session_keys(json.loads(line))))
    for source_id, text in files.filter(pl.col("container") != JSONL).select("source_id", "text").iter_rows():
        parsed = json.loads(text)
        values = [v for v in (parsed if isinstance(parsed, list) else [parsed]) if v is not None]
        rows.extend((source_id, segment, *session_keys(value)) for segment, value in enumerate(values))
    schema = {
        "source_id": pl.String,
        "segment": pl.Int64,
        "turns_key": pl.String,
        "other_keys": pl.String,
        "speaker_names": pl.String,
    }
    return pl.DataFrame(rows, schema=schema, orient="row")


def session_keys(value: object) -> tuple[str | None, str | None, str | None]:
    """A session object's turn-list key, its other scalar keys as a JSON object and its speaker map as
    `[[id, name], ...]` (each null when none)."""
    if not isinstance(value, dict):
        return None, None, None
    key = turn_list_key(value)
    # Scalars only: a nested object (a client profile, the turns themselves) is not one fact about the session.
    scalars = {k: v for k, v in value.items() if k != key and isinstance(v, _SCALAR)}
    names = _speaker_names(value)
    return (
        key,
        json.dumps(scalars, ensure_ascii=False, separators=(",", ":")) if scalars else None,
        json.dumps(names, ensure_ascii=False) if names else None,
    )


def _speaker_names(session: dict[str, Any]) -> list[list[str]]:
    """`[[id, name], ...]` from the first of SPEAKER_MAP_KEYS that maps ids to names: an object of names, or a
    list of objects with an id and a name (Messenger's `participants`, names only, map nothing), each with the
    role the object gives as a third item (`[id, name, role]`) when it gives one."""
    for key in SPEAKER_MAP_KEYS:
        value = session.get(key)
        if isinstance(value, dict):
            pairs = [[str(k), v] for k, v in value.items() if isinstance(v, str)]
        elif isinstance(value, list):
            pairs = [
                [str(ident), name, *[item[k] for k in _MAP_ROLE_KEYS if isinstance(item.get(k), str)][:1]]
                for item in value
                if isinstance(item, dict)
                and (ident := next((item[k] for k in _MAP_ID_KEYS if isinstance(item.get(k), (str, int))), None))
                is not None
                and isinstance(
                    name := next((item[k] for k in _MAP_NAME_KEYS if isinstance(item.get(k), str)), None), str
                )
            ]
        else:
            continue
        if pairs:
            return pairs
    return []


def _turn_lines(turns: pl.DataFrame, files: pl.DataFrame, file_keys: pl.DataFrame) -> pl.DataFrame:
    """Adds `source_line` to `turns` (in file order, with `_text_key` and `_speaker_key`: the key each turn's
    text and speaker are under).

    As json_common.place matches them: the k-th `"said":` of a file at the depth of its turns (two below its
    turn-list key: the list, then the turn object) is the k-th of its turns whose text is under `said`, when
    the file has exactly as many. A key nested deeper (a rich-text run's `text`, an attachment's `content`)
    or shallower (a session-level `text`) is not counted. The speaker key is matched likewise. So a turn sits
    on the line where it starts, the first of its speaker key's and its text key's lines (`"from"` before
    `"text"` in a Telegram message); on whichever of the two matched when only one did (a turn without text:
    its speaker key's); else on its session's line, as JSON Lines turns always do."""
    ordered = turns.with_row_index("_row")
    pretty = files.filter(pl.col("container") != JSONL)
    placeable = ordered.join(pretty.select("source_id"), on="source_id", how="semi")
    turn_depth = pl.concat(
        [
            key_depth_lines(pretty.join(group, on="source_id", how="semi"), str(key))
            .group_by("source_id")
            .agg((pl.col("depth").min() + 2).alias("_turn_depth"))
            for (key,), group in file_keys.join(pretty.select("source_id"), on="source_id", how="semi").group_by(
                "turns_key", maintain_order=True
            )
        ]
        or [pl.DataFrame(schema={"source_id": pl.String(), "_turn_depth": pl.Int64()})]
    )
    # place() falls back to a file's line given here: none, so an unmatched key leaves null for the next one.
    no_fallback = pl.DataFrame(schema={"source_id": pl.String(), "line_no": pl.Int64()})
    for key_column in ("_text_key", "_speaker_key"):
        # One key scan per key name the batch's turns use, not per file or turn.
        located = [
            place(
                group,
                _keys_at_turn_depth(pretty.join(group, on="source_id", how="semi"), str(key), turn_depth),
                "_row",
                no_fallback,
            )
            for (key,), group in placeable.drop_nulls(key_column).group_by(key_column, maintain_order=True)
        ]
        lines = pl.concat([frame.select("_row", "line_no") for frame in located]) if located else None
        ordered = (
            ordered.join(lines, on="_row", how="left", maintain_order="left")
            if lines is not None
            else ordered.with_columns(pl.lit(None, dtype=pl.Int64).alias("line_no"))
        ).rename({"line_no": f"{key_column}_line"})
    return ordered.with_columns(
        pl.coalesce(pl.min_horizontal("_text_key_line", "_speaker_key_line"), "record_line").alias("source_line")
    ).drop("_row", "_text_key", "_speaker_key", "_text_key_line", "_speaker_key_line")


def _keys_at_turn_depth(files: pl.DataFrame, key: str, turn_depth: pl.DataFrame) -> pl.DataFrame:
    """key_lines for the occurrences of `key` at each file's turn depth, renumbered."""
    return (
        key_depth_lines(files, key)
        .join(turn_depth, on="source_id", how="left")
        .filter(pl.col("_turn_depth").is_null() | (pl.col("depth") == pl.col("_turn_depth")))
        .with_columns(pl.int_range(pl.len(), dtype=pl.Int64).over("source_id").alias("occurrence"))
        .select("source_id", "occurrence", "line_no")
    )
