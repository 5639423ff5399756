"""Rasa conversation trackers, as the REST API gives them (`GET /conversations/<sender_id>/tracker`).

    {"sender_id": "a91f...", "slots": {...}, "latest_message": {"text": "...", "intent": {...}},
     "latest_event_time": 1712311260.41, "followup_action": null, "paused": false,
     "events": [
        {"event": "action", "timestamp": 1712311200.1, "name": "action_session_start", ...},
        {"event": "session_started", "timestamp": 1712311200.1},
        {"event": "user", "timestamp": 1712311203.7, "text": "I feel low", "parse_data": {"intent": {...}}, ...},
        {"event": "bot", "timestamp": 1712311204.2, "text": "I'm sorry to hear that.", "data": {...},
         "metadata": {"utter_action": "utter_empathy"}},
        ...],
     "latest_input_channel": "rest", "active_loop": {}, "latest_action_name": "action_listen"}

One tracker an object: one object, a list of trackers, or JSON Lines of trackers (a tracker store dump). A file
saved as UTF-16 with a BOM and CRLF line ends is decoded upstream (decode.py normalises the line ends), so its
lines count as in any other file.

- A `user` event is the client's turn, a `bot` event the therapist's (a self-help bot counsels); the speakers are
  `user` and `bot`. The roles come from the event type, not the alias table.
- A `session_started` event opens a new session: a tracker holds one session per start (events before the first
  start, as older trackers have them, are a session of their own). Each session's metadata: the tracker's
  `sender_id` and `latest_input_channel`, and when the session started.
- Other events (`action`, `slot`, `user_featurization`, `active_loop`, `followup`, `reminder`...) are no turns,
  and neither is `latest_message`, which repeats the last user message.
- Text as given. An empty string is an empty turn (the empty_turn step reports it). A `user` or `bot` event
  whose text is null or missing said nothing in words: a bot's buttons, image or custom payload, an intent
  triggered from outside. It is no turn, but listed (line, event, time, what it carried) under
  `events_without_text` in its session's metadata.
- A turn's labels: the user message's recognised `intent` and the bot's `utter_action` and button titles.
- JSON Lines lines that are not JSON, or records that are no tracker, are stray lines (`unparseable_line`).

`source_line`: the line of the event's `"event": "user"` / `"event": "bot"` key (the k-th `"event":` key at the
depth of a tracker's events is the file's k-th event, when the counts agree; else the tracker's line). JSON Lines
events sit on their tracker's line. A session sits on its `session_started` event's line, else its tracker's.
"""

from __future__ import annotations

import json
from typing import Any

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.json_common import (
    JSONL,
    broken_lines,
    finish,
    key_depth_lines,
    merge_objects,
    on_kth_key,
    with_container,
)
from transforms.formats.json_records import each_record, encoded, with_given_roles
from transforms.formats.slack_export import file_lines_at

ROLE_BY_EVENT = {"user": "client", "bot": "therapist"}
# A tracker's sessions are numbered tracker * SESSION_SPAN + the session's place in it: file-wide and in order.
SESSION_SPAN = 1_000_000


def is_tracker(record: dict[str, Any]) -> bool:
    """A Rasa tracker: an `events` list (of `{"event": ...}` objects when it has any) beside a `sender_id`, or a
    list whose first event names its type under `event`."""
    events = record.get("events")
    if not isinstance(events, list):
        return False
    first = next((e for e in events[:8] if isinstance(e, dict)), None)
    if first is None:
        return "sender_id" in record
    return isinstance(first.get("event"), str) and ("sender_id" in record or "latest_message" in record)


def _obj(value: dict[str, Any], key: str) -> dict[str, Any]:
    """`value[key]` when it is an object, else an empty one."""
    found = value.get(key)
    return found if isinstance(found, dict) else {}


def _str(value: dict[str, Any], key: str) -> str | None:
    """`value[key]` when it is a string, else None."""
    found = value.get(key)
    return found if isinstance(found, str) else None


def _stamp(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    return value if isinstance(value, str) else json.dumps(value)


def _encoded(value: dict[str, Any]) -> str | None:
    kept = {k: v for k, v in value.items() if v is not None and v != [] and v != {}}
    return encoded(kept) if kept else None


_TURN_SCHEMA = {
    "source_id": pl.String,
    "segment": pl.Int64,
    "record_line": pl.Int64,
    "_event_k": pl.Int64,
    "speaker": pl.String,
    "text": pl.String,
    "timestamp": pl.String,
    "source_labels": pl.String,
}
_MARK_SCHEMA = {
    "source_id": pl.String,
    "segment": pl.Int64,
    "record_line": pl.Int64,
    "_event_k": pl.Int64,
    "kind": pl.String,
    "detail": pl.String,
}


def _read(files: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """(turns, session marks, stray positions, how many events each file holds). A mark is a session start (`kind`
    `start`, its time and the tracker's keys), or an event without text (`kind` `silent`). Every event is numbered
    in its file (`_event_k`) so its `"event":` key can be matched. A loop per tracker and event, as json_records
    reads records: events hold objects of any shape (`parse_data`, `data`) that a typed decode would choke on."""
    turns: list[tuple[Any, ...]] = []
    marks: list[tuple[Any, ...]] = []
    strays: list[tuple[str, int]] = []
    event_count: dict[str, int] = {}
    for source_id, tracker, line, value in each_record(files):
        if not isinstance(value, dict) or not isinstance(value.get("events"), list):
            strays.append((source_id, line))
            continue
        keys = {
            "sender_id": value.get("sender_id"),
            "latest_input_channel": value.get("latest_input_channel"),
        }
        keys = {k: v for k, v in keys.items() if isinstance(v, str | int | float) and not isinstance(v, bool)}
        session = tracker * SESSION_SPAN
        marks.append((source_id, session, line, None, "start", _encoded(keys)))
        for event in value["events"]:
            if not isinstance(event, dict) or "event" not in event:
                continue
            k = event_count[source_id] = event_count.get(source_id, -1) + 1
            kind = event.get("event")
            stamp = _stamp(event.get("timestamp"))
            if kind == "session_started":
                session += 1
                marks.append((source_id, session, line, k, "start", _encoded({**keys, "session_started": stamp})))
            elif kind in ROLE_BY_EVENT:
                text = event.get("text")
                if isinstance(text, str):
                    turns.append((source_id, session, line, k, kind, text, stamp, _labels(event)))
                else:
                    carried = sorted(key for key, v in _obj(event, "data").items() if v not in (None, [], {}, ""))
                    detail = {"event": kind, "timestamp": stamp, "data": carried, **json.loads(_labels(event) or "{}")}
                    marks.append((source_id, session, line, k, "silent", _encoded(detail)))
    return (
        pl.DataFrame(turns, schema=_TURN_SCHEMA, orient="row"),
        pl.DataFrame(marks, schema=_MARK_SCHEMA, orient="row"),
        pl.DataFrame(strays, schema={"source_id": pl.String, "line_no": pl.Int64}, orient="row"),
        pl.DataFrame(
            list(event_count.items()), schema={"source_id": pl.String, "_n_events": pl.Int64}, orient="row"
        ).with_columns(pl.col("_n_events") + 1),
    )


def _labels(event: dict[str, Any]) -> str | None:
    """The user message's intent; the bot's response name and button titles."""
    buttons = _obj(event, "data").get("buttons")
    return _encoded(
        {
            "intent": _str(_obj(_obj(event, "parse_data"), "intent"), "name"),
            "utter_action": _str(_obj(event, "metadata"), "utter_action"),
            "buttons": [b["title"] for b in buttons or [] if isinstance(b, dict) and isinstance(b.get("title"), str)],
        }
    )


def _event_lines(rows: pl.DataFrame, files: pl.DataFrame, events: pl.DataFrame) -> pl.DataFrame:
    """`rows` with `source_line`: the line of the file's k-th `"event":` key at its events' depth (two below its
    `"events":` keys) for the k-th event, when the file holds exactly as many as it has events
    (`events(source_id, _n_events)`); else the row's tracker line (always for JSON Lines). Rows without an event
    (a tracker's opening) stay on the tracker's line."""
    pretty = files.filter(pl.col("container") != JSONL)
    keys = pl.DataFrame(schema={"source_id": pl.String, "_event_k": pl.Int64, "_key_line": pl.Int64})
    if pretty.height:
        depth = key_depth_lines(pretty, "events").group_by("source_id").agg((pl.col("depth").min() + 2).alias("_d"))
        keys = (
            key_depth_lines(pretty, "event")
            .join(depth, on="source_id")
            .filter(pl.col("depth") == pl.col("_d"))
            .with_columns(pl.int_range(pl.len(), dtype=pl.Int64).over("source_id").alias("_event_k"))
            .select("source_id", "_event_k", pl.col("line_no").alias("_key_line"))
        )
    return on_kth_key(rows, keys, events.rename({"_n_events": "_expected"}), "_event_k", "record_line")


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    files = with_container(files)
    turns, marks, strays, events = _read(files)
    turns = _event_lines(turns, files, events).with_columns(
        pl.int_range(pl.len(), dtype=pl.Int32).over("source_id", "segment").alias("source_turn_index")
    )
    marks = _event_lines(marks, files, events)
    silent = (
        marks.filter(pl.col("kind") == "silent")
        .group_by("source_id", "segment", maintain_order=True)
        .agg(
            pl.concat_str(
                pl.lit('{"source_line":'),
                pl.col("source_line").cast(pl.String),
                pl.lit(","),
                pl.col("detail").str.slice(1),
            )
            .str.join(",")
            .alias("_silent")
        )
    )
    sessions = (
        marks.filter(pl.col("kind") == "start")
        .join(silent, on=["source_id", "segment"], how="left", maintain_order="left")
        .select(
            "source_id",
            "segment",
            pl.col("source_line").alias("record_line"),
            merge_objects(
                pl.col("detail"), pl.concat_str(pl.lit('{"events_without_text":['), "_silent", pl.lit("]}"))
            ).alias("source_metadata"),
        )
    )
    parsed = finish(
        turns.select(
            "source_id", "segment", "source_turn_index", "source_line", "speaker", "text", "timestamp", "source_labels"
        ),
        sessions,
        stray_lines=pl.concat([broken_lines(files), file_lines_at(files, strays)]),
    )
    return with_given_roles(
        parsed,
        turns.select(
            "source_id",
            "segment",
            "source_turn_index",
            pl.col("speaker").replace_strict(ROLE_BY_EVENT, default=None, return_dtype=pl.String).alias("given_role"),
        ),
    )
