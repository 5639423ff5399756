"""Turns found in structured files of a shape no parser knows: lists of records, which field is whose words.

generic_json.py and generic_xml.py walk a file into candidate lists (a JSON array of objects, an XML element's
repeated children), each record flattened to `path -> Field` (`sender.display`, `payload.contentString`,
`@who`, `body`, `#text`). Here each list is judged on its own values, not on the names a known exporter uses:

- the **speaker** field is a short one-line value in (nearly) every record, taking few distinct values, that is
  not a number or a time, and that either sits under a speaker-like key (SPEAKER_HINT: `from`, `sender`,
  `author`, `role`, `who`...) or names a role the alias table knows (`Counsellor`, `seeker`);
- the **text** field is the longest prose field (values with spaces, most records): a key that says text
  (TEXT_HINT) counts double;
- a list is a session only if both are found and no record holds such a list itself (the innermost lists
  are the conversations: Telegram's `chats.list` holds chats, each chat's `messages` the turns);
- a field under a conversation-id-like key (`thread_id`, `roomId`) with several values splits the list into a
  session per value, in order of first appearance; a time-like field is the turn's timestamp.

A record without the speaker field is still a turn (an unknown speaker), one without text a turn with empty
text (the empty_turn step reports it): nothing in a chosen list is dropped silently. The list's container's
scalar fields (a chat's `name`, a conversation element's attributes) are its session's metadata.

Slow next to the format parsers (a Python walk of the whole document), so only files no parser reads come here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

import polars as pl

from transforms.formats.base import ParsedText
from transforms.formats.nested_json import finish_sessions
from transforms.speakers import role_of

# Last key of a path (lower-cased, `_`/`-` dropped) that names who speaks / what was said / when / which talk.
SPEAKER_HINT = re.compile(
    r"(speaker|sender|from|author|role|who|user(name)?|name|display(name)?|participant|actor|by|person|agent|party)$"
)
TEXT_HINT = re.compile(r"(text|content(string)?|body|message|msg|utterance|said|transcript|value|string|words?|u)")
TIME_HINT = re.compile(r"(time(stamp)?|date(time)?|ts|sent(at)?|created(at)?|start(time)?|when|at)")
SESSION_HINT = re.compile(r"(conversation|session|thread|dialog(ue)?|chat|room|channel|call)(id|ref|uuid|key)")
# Values that are identifiers, numbers or times, never a speaker's name or a sentence.
_NOT_A_NAME = re.compile(r"^[\d\s:.,\-+/TZ]*$|^[0-9a-f]{8,}$|^https?://")
_MAX_SPEAKER_CHARS = 60


@dataclass(frozen=True)
class Field:
    value: str
    line: int


@dataclass(frozen=True)
class Record:
    line: int
    fields: dict[str, Field]


@dataclass
class RecordList:
    # Where the list starts (its key's or element's line) and what its container says about it.
    line: int
    records: list[Record]
    metadata: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Choice:
    speaker: str
    text: str
    timestamp: str | None
    session: str | None


def _last_key(path: str) -> str:
    return re.sub(r"[_\-\s]", "", re.split(r"[.@]", path)[-1]).lower().lstrip("#$")


def _known_roles(values: set[str]) -> set[str]:
    """Which of `values` the alias table maps to a role."""
    if not values:
        return set()
    frame = pl.DataFrame({"v": sorted(values)}).with_columns(role_of(pl.col("v")).alias("role"))
    return set(frame.filter(pl.col("role") != "unknown").get_column("v").to_list())


def choose(records: list[Record]) -> Choice | None:
    """The speaker, text, timestamp and session fields of a list's records; None if it is not a conversation."""
    n = len(records)
    if n < 2:
        return None
    values: dict[str, list[str]] = {}
    for record in records:
        for path, found in record.fields.items():
            values.setdefault(path, []).append(found.value)
    text = _text_field(values, n)
    if text is None:
        return None
    speaker = _speaker_field({p: v for p, v in values.items() if p != text}, n)
    if speaker is None:
        return None
    others = {p: v for p, v in values.items() if p not in (text, speaker)}
    timestamp = next((p for p, v in others.items() if TIME_HINT.fullmatch(_last_key(p)) and len(v) >= n / 2), None)
    session = next(
        (p for p, v in others.items() if SESSION_HINT.fullmatch(_last_key(p)) and len(v) == n and len(set(v)) > 1),
        None,
    )
    return Choice(speaker, text, timestamp, session)


def _text_field(values: dict[str, list[str]], n: int) -> str | None:
    best: tuple[float, str] | None = None
    for path, found in values.items():
        # Four words or more in some: names and titles (`Jane Lee, counsellor`) are not what anyone said.
        prose = [v for v in found if len(v.split()) >= 4]
        if len(found) < n / 2 or len(prose) < max(1, len(found) * 0.3):
            continue
        key = _last_key(path)
        if TIME_HINT.fullmatch(key) or SESSION_HINT.fullmatch(key) or key.endswith("id") or key.endswith("url"):
            continue
        mean = sum(len(v) for v in found) / len(found)
        if mean < 8:
            continue
        score = mean * (2 if TEXT_HINT.fullmatch(key) else 1) * len(found) / n
        if best is None or score > best[0]:
            best = (score, path)
    return None if best is None else best[1]


def _speaker_field(values: dict[str, list[str]], n: int) -> str | None:
    best: tuple[int, str] | None = None
    for path, found in values.items():
        stripped = [v.strip() for v in found]
        if len(found) < 0.8 * n or any(not v or len(v) > _MAX_SPEAKER_CHARS or "\n" in v for v in stripped):
            continue
        distinct = set(stripped)
        if len(distinct) > max(3, 0.6 * n) or (n >= 4 and len(distinct) < 2):
            continue
        if all(_NOT_A_NAME.match(v) for v in distinct):
            continue
        key = _last_key(path)
        score = (2 if SPEAKER_HINT.search(key) and not key.endswith("id") else 0) + (4 if _known_roles(distinct) else 0)
        if score and (best is None or score > best[0]):
            best = (score, path)
    return None if best is None else best[1]


def parsed(source_lists: list[tuple[str, list[RecordList]]]) -> ParsedText:
    """The shared frames from each file's record lists (`(source_id, lists)`): a session per chosen list (or per
    conversation id within it), a turn per record, in file order."""
    turns: dict[str, list[object]] = {
        k: [] for k in ("source_id", "segment", "source_line", "speaker", "text", "timestamp")
    }
    sessions: dict[str, list[object]] = {k: [] for k in ("source_id", "segment", "record_line", "other_keys")}
    for source_id, lists in source_lists:
        segment = 0
        for found in lists:
            choice = choose(found.records)
            if choice is None:
                continue
            for group in _split(found.records, choice.session):
                sessions["source_id"].append(source_id)
                sessions["segment"].append(segment)
                sessions["record_line"].append(found.line if choice.session is None else group[0].line)
                meta = dict(found.metadata)
                if choice.session is not None:
                    meta[choice.session] = group[0].fields[choice.session].value
                meta["fields_read"] = f"speaker={choice.speaker}, text={choice.text}"
                sessions["other_keys"].append(json.dumps(meta, ensure_ascii=False))
                for record in group:
                    speaker = record.fields.get(choice.speaker)
                    said = _field(record, choice.text)
                    when = record.fields.get(choice.timestamp) if choice.timestamp else None
                    lines = [f.line for f in (speaker, said) if f is not None]
                    turns["source_id"].append(source_id)
                    turns["segment"].append(segment)
                    turns["source_line"].append(min(lines) if lines else record.line)
                    turns["speaker"].append(None if speaker is None else speaker.value.strip())
                    turns["text"].append("" if said is None else said.value.strip())
                    turns["timestamp"].append(None if when is None else when.value)
                segment += 1
    turn_frame = pl.DataFrame(
        turns,
        schema={
            "source_id": pl.String,
            "segment": pl.Int64,
            "source_line": pl.Int64,
            "speaker": pl.String,
            "text": pl.String,
            "timestamp": pl.String,
        },
    ).with_columns(pl.lit(None, dtype=pl.String).alias("source_labels"))
    session_frame = pl.DataFrame(
        sessions,
        schema={"source_id": pl.String, "segment": pl.Int64, "record_line": pl.Int64, "other_keys": pl.String},
    )
    stray = pl.DataFrame(schema={"source_id": pl.String, "line_no": pl.Int64, "line": pl.String})
    return finish_sessions(turn_frame, session_frame, stray)


def _field(record: Record, path: str) -> Field | None:
    """The record's field at `path`, or the first below it (`utterance.en` where the others have `utterance`)."""
    found = record.fields.get(path)
    if found is not None:
        return found
    return next((f for p, f in record.fields.items() if p.startswith((f"{path}.", f"{path}@"))), None)


def _split(records: list[Record], session: str | None) -> list[list[Record]]:
    if session is None:
        return [records]
    groups: dict[str, list[Record]] = {}
    for record in records:
        groups.setdefault(record.fields[session].value, []).append(record)
    return list(groups.values())


def holds_conversation(lists: list[RecordList]) -> bool:
    return any(choose(found.records) is not None for found in lists)


__all__ = ["Choice", "Field", "Record", "RecordList", "choose", "holds_conversation", "parsed"]
