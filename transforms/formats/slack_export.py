"""Slack export day files: a channel folder's `YYYY-MM-DD.json`, a JSON list of message objects.

    [
        {
            "user": "U04ABCD12",
            "type": "message",
            "ts": "1712311200.000200",
            "text": "I can\u2019t sleep before exams &amp; I don\u2019t know why",
            "user_profile": {"real_name": "Sam Okafor", "display_name": "sam", ...},
            "blocks": [{"type": "rich_text", ...}],
            "thread_ts": "1712311200.000200", "reply_count": 2, "replies": [{"user": "...", "ts": "..."}]
        },
        ...
    ]

Written by Slack with indent 4, non-ASCII as `\\u` escapes and `/` as `\\/` (the JSON decoder undoes both).

- A file is one session (a channel's day); its messages are turns in file order, thread replies included (a reply
  keeps its `thread_ts` in `turns.source_labels`, beside the author's user id and a subtype such as
  `thread_broadcast`). The folder name is the session's `channel`, a `YYYY-MM-DD` file name its `date`.
- The speaker is the author's `user_profile.real_name`, else its `display_name`, else the `user` id; a user whose
  profile one message of the file carries is named so in all of them. Roles: the alias table, then inference.
- `blocks` (rich text repeating `text`), `attachments`, `files` and `replies` are no second turn.
- Not utterances: a message with a `subtype` other than UTTERANCE_SUBTYPES (`channel_join`, `channel_topic`,
  `bot_message`, `pinned_item`...) or from a bot (`bot_id`). They are listed under `system_messages` in the
  session's metadata (line, subtype, user, ts, text), not dropped silently.
- Text: Slack's markup made readable (`<@U04ABCD12>` -> `@U04ABCD12`, `<@U04ABCD12|sam>` -> `@sam`,
  `<#C01|general>` -> `#general`, `<!here>` -> `@here`, `<https://x.org|the form>` -> `the form (https://x.org)`,
  `<https://x.org>` -> `https://x.org`), then its three escapes undone (`&lt;`, `&gt;`, `&amp;`). Nothing else
  is touched: mojibake and artefacts are for later steps. An empty `text` (a file share) is an empty turn.
- An element of the list that is no message object (a number, a string, an object without `type`, `ts` or
  `text`) is a stray line at the line it starts on (an `unparseable_line` defect).

`source_line`: the line of the message's own (top-level) `"user":` key, where the speaker is named; not its text
line nor the `user` keys inside `user_profile`, `replies` or `blocks`. A message without one (or a file whose
`"user":` keys at message depth do not match its messages one to one) sits on the line its object starts on. JSON
Lines of messages (not Slack's own layout) sit on their lines.

users.json, channels.json and integration_logs.json beside the day files hold no message objects: they are not
detected as this layout (their shape is no other parser's either, so they are quarantined as unknown JSON).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from typing import Any

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.flat_json import SPEAKER_KEYS
from transforms.formats.json_common import (
    ARRAY,
    JSONL,
    broken_lines,
    finish,
    first_line,
    key_depth_lines,
    on_kth_key,
    with_container,
)
from transforms.formats.json_records import each_record, encoded
from transforms.lines import split_lines

# Subtypes that are still something a person wrote in the channel: a reply also sent to the channel, a `/me`
# message, a message with a file attached. Every other subtype is a notice (joins, topic changes, pins, bots).
UTTERANCE_SUBTYPES = frozenset({"thread_broadcast", "me_message", "file_share", "reply_broadcast"})
_DATE_NAME = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# `<target>` or `<target|label>`: Slack's markup for mentions, channels, special mentions and links.
_MARKUP = re.compile(r"<([^<>|\n]+)(?:\|([^<>\n]*))?>")


def is_slack_message(record: dict[str, Any]) -> bool:
    """A Slack message object: `"type": "message"` with a string `ts` (Slack's message id and time), an author
    as Slack names one (`user`, `bot_id`) or a `subtype`, and none of the speaker keys other exports use (a record
    with `speaker` or `role` beside a `type` stays one utterance a record, flat_json.py)."""
    return (
        record.get("type") == "message"
        and isinstance(record.get("ts"), str)
        and any(key in record for key in ("user", "bot_id", "subtype"))
        and not any(key in record for key in SPEAKER_KEYS)
    )


def _readable(text: str) -> str:
    """Slack markup as a reader sees it, then Slack's three HTML escapes undone (`&amp;` last)."""
    if "<" in text:
        text = _MARKUP.sub(_markup, text)
    if "&" in text:
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return text


def _markup(match: re.Match[str]) -> str:
    target, label = match.group(1), match.group(2)
    if target.startswith("@"):
        return f"@{label}" if label else target
    if target.startswith("#"):
        return f"#{label}" if label else target
    if target.startswith("!"):
        # `<!here>`, `<!channel>`; `<!subteam^S01|@counsellors>` and `<!date^...|fallback>` by their label.
        return label if label else "@" + target[1:].split("^", 1)[0]
    if label and label != target:
        return f"{label} ({target})"
    return target


def _obj(value: dict[str, Any], key: str) -> dict[str, Any]:
    """`value[key]` when it is an object, else an empty one."""
    found = value.get(key)
    return found if isinstance(found, dict) else {}


def _str(value: dict[str, Any], key: str) -> str | None:
    """`value[key]` when it is a string, else None."""
    found = value.get(key)
    return found if isinstance(found, str) else None


def _name(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


_TURN_SCHEMA = {
    "source_id": pl.String,
    "_element": pl.Int64,
    "_line": pl.Int64,
    "_user_k": pl.Int64,
    "user": pl.String,
    "_profile_name": pl.String,
    "text": pl.String,
    "timestamp": pl.String,
    "source_labels": pl.String,
}
_NOTE_SCHEMA = {"source_id": pl.String, "_element": pl.Int64, "_line": pl.Int64, "_user_k": pl.Int64, "note": pl.String}
_STRAY_SCHEMA = {"source_id": pl.String, "line_no": pl.Int64}


def _read(files: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """(messages that are turns, notices, positions of elements that are no message, how many objects of each file
    hold a top-level `user` key): turns and notices with the element's order in its file, the line it starts on
    and, for one holding a `user` key, which one it is in the file. A loop per message, as json_records reads
    records: Slack's per-message keys (a profile object, a subtype) are read with the json module."""
    turns: list[tuple[Any, ...]] = []
    notes: list[tuple[Any, ...]] = []
    strays: list[tuple[str, int]] = []
    user_count: dict[str, int] = {}
    for source_id, element, line, value in each_record(files):
        user_k = None
        if isinstance(value, dict) and "user" in value:
            user_k = user_count[source_id] = user_count.get(source_id, -1) + 1
        if not isinstance(value, dict) or not (
            value.get("type") == "message" or ("ts" in value and ("text" in value or "user" in value))
        ):
            strays.append((source_id, line))
            continue
        user, subtype, ts = _str(value, "user"), _str(value, "subtype"), _str(value, "ts")
        text = _str(value, "text") or ""
        if (subtype is not None and subtype not in UTTERANCE_SUBTYPES) or value.get("bot_id") is not None:
            note = {
                "subtype": subtype or "bot_message",
                "user": user,
                "username": _name(value.get("username")),
                "ts": ts,
                "text": _readable(text) or None,
            }
            notes.append(
                (
                    source_id,
                    element,
                    line,
                    user_k,
                    encoded({k: v for k, v in note.items() if v is not None}),
                )
            )
            continue
        profile = _obj(value, "user_profile")
        thread_ts = _str(value, "thread_ts")
        labels = {
            "user": user,
            "subtype": subtype,
            # A reply names the message it answers; a thread's parent names itself and needs no label.
            "thread_ts": thread_ts if thread_ts is not None and thread_ts != ts else None,
        }
        labels = {k: v for k, v in labels.items() if v is not None}
        turns.append(
            (
                source_id,
                element,
                line,
                user_k,
                user,
                _name(profile.get("real_name")) or _name(profile.get("display_name")) or _name(value.get("username")),
                _readable(text),
                ts,
                encoded(labels) if labels else None,
            )
        )
    return (
        pl.DataFrame(turns, schema=_TURN_SCHEMA, orient="row"),
        pl.DataFrame(notes, schema=_NOTE_SCHEMA, orient="row"),
        pl.DataFrame(strays, schema=_STRAY_SCHEMA, orient="row"),
        pl.DataFrame(
            list(user_count.items()), schema={"source_id": pl.String, "_n_users": pl.Int64}, orient="row"
        ).with_columns(pl.col("_n_users") + 1),
    )


def file_lines_at(files: pl.DataFrame, positions: pl.DataFrame) -> pl.DataFrame:
    """`positions(source_id, line_no)` with the file's text of each line: stray lines as base.STRAY_LINE_SCHEMA."""
    if not positions.height:
        return pl.DataFrame(schema={"source_id": pl.String, "line_no": pl.Int64, "line": pl.String})
    lines = split_lines(files.join(positions.select("source_id").unique(), on="source_id").select("source_id", "text"))
    return positions.join(lines, on=["source_id", "line_no"], how="left", maintain_order="left").select(
        "source_id", "line_no", "line"
    )


def _user_lines(rows: pl.DataFrame, files: pl.DataFrame, users: pl.DataFrame) -> pl.DataFrame:
    """`rows` with `source_line`: the line of the k-th top-level `"user":` key of the file (depth 2 in a list of
    messages, 1 in one message object) for the row whose message holds the k-th, when the file has as many such
    keys as messages with one (`users(source_id, _n_users)`); else the line the message starts on. JSON Lines rows
    stay on their lines."""
    pretty = files.filter(pl.col("container") != JSONL)
    depth = pl.when(pl.col("container") == ARRAY).then(2).otherwise(1)
    keys = (
        key_depth_lines(pretty, "user")
        .join(pretty.select("source_id", depth.alias("_depth")), on="source_id")
        .filter(pl.col("depth") == pl.col("_depth"))
        .with_columns(pl.int_range(pl.len(), dtype=pl.Int64).over("source_id").alias("_user_k"))
        .select("source_id", "_user_k", pl.col("line_no").alias("_key_line"))
        if pretty.height
        else pl.DataFrame(schema={"source_id": pl.String, "_user_k": pl.Int64, "_key_line": pl.Int64})
    )
    return on_kth_key(rows, keys, users.rename({"_n_users": "_expected"}), "_user_k", "_line")


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    files = with_container(files)
    turns, notes, strays, users = _read(files)
    turns = _user_lines(turns, files, users)
    notes = _user_lines(notes, files, users)
    # One name per user id in a file: the first profile name any of its messages carries.
    names = (
        turns.drop_nulls(["user", "_profile_name"])
        .group_by("source_id", "user", maintain_order=True)
        .agg(pl.col("_profile_name").first().alias("_known_name"))
    )
    turns = (
        turns.join(names, on=["source_id", "user"], how="left", maintain_order="left")
        .with_columns(
            pl.lit(0, dtype=pl.Int64).alias("segment"),
            pl.coalesce("_known_name", "_profile_name", "user").alias("speaker"),
            pl.int_range(pl.len(), dtype=pl.Int32).over("source_id").alias("source_turn_index"),
        )
        .select(
            "source_id", "segment", "source_turn_index", "source_line", "speaker", "text", "timestamp", "source_labels"
        )
    )
    sessions = _sessions(files, notes)
    stray_lines = pl.concat([broken_lines(files), file_lines_at(files, strays)])
    return finish(turns, sessions, stray_lines=stray_lines)


def _sessions(files: pl.DataFrame, notes: pl.DataFrame) -> pl.DataFrame:
    """A session a file, at its first line: the channel (the folder's name) and date (a `YYYY-MM-DD` name), and
    the notices that were no turns under `system_messages`, in file order."""
    meta: list[tuple[str, str | None]] = []
    for source_id, path in files.select("source_id", "path").iter_rows():
        name = PurePosixPath(str(path).replace("\\", "/"))
        values = {"channel": name.parent.name or None, "date": name.stem if _DATE_NAME.match(name.stem) else None}
        kept = {k: v for k, v in values.items() if v}
        meta.append((source_id, encoded(kept) if kept else None))
    listed = notes.group_by("source_id", maintain_order=True).agg(
        pl.concat_str(
            pl.lit('{"source_line":'), pl.col("source_line").cast(pl.String), pl.lit(","), pl.col("note").str.slice(1)
        )
        .str.join(",")
        .alias("_notes")
    )
    return (
        pl.DataFrame(meta, schema={"source_id": pl.String, "_meta": pl.String}, orient="row")
        .join(first_line(files), on="source_id", how="left", maintain_order="left")
        .join(listed, on="source_id", how="left", maintain_order="left")
        .select(
            "source_id",
            pl.lit(0, dtype=pl.Int64).alias("segment"),
            pl.col("line_no").alias("record_line"),
            _with_notes(pl.col("_meta"), pl.col("_notes")).alias("source_metadata"),
        )
    )


def _with_notes(meta: pl.Expr, notes: pl.Expr) -> pl.Expr:
    listed = pl.concat_str(pl.lit('"system_messages":['), notes, pl.lit("]"))
    return (
        pl.when(notes.is_null())
        .then(meta)
        .when(meta.is_null())
        .then(pl.concat_str(pl.lit("{"), listed, pl.lit("}")))
        .otherwise(pl.concat_str(meta.str.strip_suffix("}"), pl.lit(","), listed, pl.lit("}")))
    )
