"""JSON of a shape no parser knows: the conversations found by looking at its values (record_discovery.py).

A FHIR bundle of `Communication` resources (`sender.display`, `payload[0].contentString`), a Telegram export of
several chats (`chats.list[].messages[]`), a MongoDB dump in extended JSON (`{"ts": {"$date": ...}}`), an
exporter nobody has shown the parsers: wherever a JSON array holds objects that name a speaker and say something,
that array is a conversation. The document (one value, JSON Lines, or values one after another) is read with its
positions, so each field keeps the line of its key: a turn sits on the first of its speaker's and its text's
lines, as nested_json places turns; a session on the line of the key that holds its list (a JSON Lines file of one
message a line: the first record's line).

Objects are flattened to dotted paths three levels deep; a list of one object is read through (`payload`), a list
of strings and `{text}` runs is its joined text (rich text); a list of several objects is a list of its own.
"""

from __future__ import annotations

import bisect
import json
import re
from typing import Any

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.record_discovery import (
    Field,
    Record,
    RecordList,
    choose,
    choose_exchange,
    parsed,
)

_WS = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")
_LITERALS: tuple[tuple[str, Any], ...] = (("true", True), ("false", False), ("null", None))
_scanstring = json.decoder.scanstring  # type: ignore[attr-defined]
_MAX_DEPTH = 3
_MAX_META = 20


class _Obj(dict[str, Any]):
    """A JSON object that knows where it and each of its keys start."""

    __slots__ = ("key_at", "start")

    def __init__(self, start: int) -> None:
        super().__init__()
        self.start = start
        self.key_at: dict[str, int] = {}


class _Arr(list[Any]):
    """A JSON array that knows where it and each of its items start."""

    __slots__ = ("item_at", "start")

    def __init__(self, start: int) -> None:
        super().__init__()
        self.start = start
        self.item_at: list[int] = []


def _value(text: str, i: int) -> tuple[Any, int]:
    i = _WS.match(text, i).end()  # type: ignore[union-attr]
    char = text[i : i + 1]
    if char == '"':
        return _scanstring(text, i + 1, False)  # type: ignore[no-any-return]
    if char == "{":
        return _object(text, i)
    if char == "[":
        return _array(text, i)
    for literal, value in _LITERALS:
        if text.startswith(literal, i):
            return value, i + len(literal)
    number = _NUMBER.match(text, i)
    if number is None or number.end() == i:
        raise ValueError(f"no JSON value at offset {i}")
    token = number.group()
    return (float(token) if any(c in token for c in ".eE") else int(token)), number.end()


def _object(text: str, start: int) -> tuple[_Obj, int]:
    obj = _Obj(start)
    i = _WS.match(text, start + 1).end()  # type: ignore[union-attr]
    if text.startswith("}", i):
        return obj, i + 1
    while True:
        if not text.startswith('"', i):
            raise ValueError(f"expected a key at offset {i}")
        key_at = i
        key, i = _scanstring(text, i + 1, False)
        i = _WS.match(text, i).end()  # type: ignore[union-attr]
        if not text.startswith(":", i):
            raise ValueError(f"expected ':' at offset {i}")
        value, i = _value(text, i + 1)
        obj[key] = value
        obj.key_at[key] = key_at
        i = _WS.match(text, i).end()  # type: ignore[union-attr]
        if text.startswith("}", i):
            return obj, i + 1
        if not text.startswith(",", i):
            raise ValueError(f"expected ',' or '}}' at offset {i}")
        i = _WS.match(text, i + 1).end()  # type: ignore[union-attr]


def _array(text: str, start: int) -> tuple[_Arr, int]:
    arr = _Arr(start)
    i = _WS.match(text, start + 1).end()  # type: ignore[union-attr]
    if text.startswith("]", i):
        return arr, i + 1
    while True:
        i = _WS.match(text, i).end()  # type: ignore[union-attr]
        arr.item_at.append(i)
        value, i = _value(text, i)
        arr.append(value)
        i = _WS.match(text, i).end()  # type: ignore[union-attr]
        if text.startswith("]", i):
            return arr, i + 1
        if not text.startswith(",", i):
            raise ValueError(f"expected ',' or ']' at offset {i}")
        i += 1


def documents(text: str) -> tuple[_Arr, list[tuple[int, str]]] | None:
    """The file's top-level values (one, or one a line / one after another) and the lines that are no JSON value
    (in a file of one value a line: a record cut off mid-write); None if it is not JSON."""
    body_start = len(text) - len(text.lstrip("\ufeff"))
    values = _Arr(0)
    try:
        i = _WS.match(text, body_start).end()  # type: ignore[union-attr]
        while i < len(text):
            value, i = _value(text, i)
            values.append(value)
            i = _WS.match(text, i).end()  # type: ignore[union-attr]
        return values, []
    except (ValueError, RecursionError):
        pass
    # One value a line, some broken: each line alone.
    values = _Arr(0)
    broken: list[tuple[int, str]] = []
    offset = body_start
    for number, line in enumerate(text[body_start:].split("\n"), 1):
        if line.strip():
            try:
                value, end = _value(text, offset)
                if text[end : offset + len(line)].strip():
                    raise ValueError("more after the value")
                values.append(value)
            except (ValueError, RecursionError):
                broken.append((number, line))
        offset += len(line) + 1
    return (values, broken) if values and len(broken) <= len(values) else None


class _Lines:
    def __init__(self, text: str) -> None:
        self._breaks = [m.start() for m in re.finditer("\n", text)]

    def of(self, offset: int) -> int:
        return bisect.bisect_left(self._breaks, offset) + 1


def read(text: str) -> tuple[list[RecordList], list[tuple[int, str]]]:
    """Every innermost JSON array of objects in `text` that reads as a conversation, and the lines that are no
    JSON (reported only when a conversation was found)."""
    found = documents(text)
    if found is None:
        return [], []
    top, broken = found
    lines = _Lines(text)
    if len(top) == 1 and not broken:
        if not isinstance(top[0], (_Obj, _Arr)):
            return [], []
        start = lines.of(top[0].start)
        # One object that holds no conversation may be one exchange (a file of a single record).
        return _walk(top[0], lines, start, {}) or (
            _as_list([top[0]], lines, start, {}) if isinstance(top[0], _Obj) else []
        ), []
    # JSON Lines: the records a line are the list.
    first = next((v for v in top if isinstance(v, _Obj)), None)
    lists = _walk(top, lines, lines.of(first.start) if first is not None else 1, {})
    return lists, broken if lists else []


def record_lists(text: str) -> list[RecordList]:
    return read(text)[0]


def _walk(
    value: Any, lines: _Lines, line: int, meta: dict[str, str], names: dict[str, list[str]] | None = None
) -> list[RecordList]:
    if names is None:
        names = _class_names(value)
    if isinstance(value, _Obj):
        own = _scalars(value)
        columns = _columns_as_records(value, names)
        if columns:
            found = _as_list(columns, lines, lines.of(value.start), own)
            if found:
                return found
        found = []
        for key, item in value.items():
            if isinstance(item, (_Obj, _Arr)):
                found += _walk(item, lines, lines.of(value.key_at[key]), own, names)
        return found
    if not isinstance(value, _Arr):
        return []
    inner: list[RecordList] = []
    for item in value:
        if isinstance(item, (_Obj, _Arr)):
            inner += _walk(item, lines, lines.of(item.start), {}, names)
    if inner:
        return inner
    return _as_list([item for item in value if isinstance(item, _Obj)], lines, line, meta)


def _columns_as_records(obj: _Obj, names: dict[str, list[str]]) -> list[_Obj]:
    """A dialogue stored by column, as Hugging Face datasets write a sequence feature (`"turns": {"speaker": [0, 1],
    "utterance": ["...", "..."]}`): lists of the same length, one of them of strings, read as one object per
    position. Each sits at its longest text's line; a number under a key the file's `features` give class names for
    (`"speaker": {"names": ["client", "counsellor"]}`) is read as its name."""
    lists = {
        key: value
        for key, value in obj.items()
        if isinstance(value, _Arr)
        and len(value) >= 2
        and all(isinstance(item, (str, int)) and not isinstance(item, bool) for item in value)
    }
    texts = {key: value for key, value in lists.items() if all(isinstance(item, str) for item in value)}
    if len(lists) < 2 or not texts:
        return []
    text_key = max(texts, key=lambda key: sum(len(item) for item in texts[key]))
    columns = {key: value for key, value in lists.items() if len(value) == len(texts[text_key])}
    if len(columns) < 2:
        return []
    records = []
    for i, at in enumerate(columns[text_key].item_at):
        record = _Obj(at)
        for key, column in columns.items():
            item = column[i]
            labels = names.get(key)
            record[key] = labels[item] if isinstance(item, int) and labels and 0 <= item < len(labels) else item
            record.key_at[key] = at
        records.append(record)
    return records


def _class_names(value: Any, depth: int = 0) -> dict[str, list[str]]:
    """`{"speaker": {"_type": "ClassLabel", "names": [...]}}` anywhere in the first levels: key -> class names."""
    found: dict[str, list[str]] = {}
    if depth > _MAX_DEPTH + 2:
        return found
    if isinstance(value, _Obj):
        for key, item in value.items():
            if isinstance(item, _Obj) and isinstance(item.get("names"), _Arr):
                labels = item["names"]
                if labels and all(isinstance(label, str) for label in labels):
                    found[key] = list(labels)
            elif isinstance(item, _Obj):
                found |= _class_names(item, depth + 1)
    elif isinstance(value, _Arr):
        for item in value[:1]:
            found |= _class_names(item, depth + 1)
    return found


def _as_list(objects: list[_Obj], lines: _Lines, line: int, meta: dict[str, str]) -> list[RecordList]:
    """The objects as a conversation of one message each, or as exchanges of one session each, or nothing."""
    if not objects:
        return []
    records = [Record(lines.of(obj.start), _flatten(obj, lines)) for obj in objects]
    choice = choose(records) or choose_exchange(records)
    return [] if choice is None else [RecordList(line, records, choice, meta)]


def _scalars(obj: _Obj) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in obj.items():
        if isinstance(value, (str, int, float)) and not isinstance(value, bool) and len(out) < _MAX_META:
            out[key] = str(value)[:200]
    return out


def _flatten(obj: _Obj, lines: _Lines, prefix: str = "", depth: int = 0) -> dict[str, Field]:
    out: dict[str, Field] = {}
    for key, value in obj.items():
        path = f"{prefix}.{key}" if prefix else key
        line = lines.of(obj.key_at[key])
        if isinstance(value, str):
            out[path] = Field(value, line)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            out[path] = Field(str(value), line)
        elif isinstance(value, _Obj) and depth < _MAX_DEPTH:
            out.update(_flatten(value, lines, path, depth + 1))
        elif isinstance(value, _Arr):
            rich = _rich_text(value)
            if rich is not None:
                out[path] = Field(rich, line)
            elif value and all(_is_pair(item) for item in value):
                # Earlier exchanges as `[question, answer]` pairs (LLaMA-Factory's `history`): each string at its
                # own line, `path.k.0` the client's and `path.k.1` the counsellor's (record_discovery.Exchange).
                for k, pair in enumerate(value):
                    for j, said in enumerate(pair):
                        out[f"{path}.{k}.{j}"] = Field(said, lines.of(pair.item_at[j]))
            elif len(value) == 1 and isinstance(value[0], _Obj) and depth < _MAX_DEPTH:
                out.update(_flatten(value[0], lines, path, depth + 1))
    return out


def _is_pair(item: Any) -> bool:
    return isinstance(item, _Arr) and 1 <= len(item) <= 2 and all(isinstance(said, str) for said in item)


def _rich_text(items: _Arr) -> str | None:
    """A list of strings and `{..., "text": ...}` runs (Telegram's rich text), or of typed content parts
    (`[{"type": "text", "text": ...}]`, as chat APIs write a message's content), as its joined text. (A list of
    other objects with a `text` is a list of messages, not one message's text.)"""
    typed = all(isinstance(item, dict) and str(item.get("type", "")).endswith("text") for item in items)
    if not items or not (typed or any(isinstance(item, str) for item in items)):
        return None
    parts: list[str] = []
    for item in items:
        if isinstance(item, str):
            parts.append(item)
        elif isinstance(item, dict) and isinstance(item.get("text"), str):
            parts.append(item["text"])
        else:
            return None
    return "".join(parts)


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    """`files(source_id, text, ...)` -> the conversations found in each; a file without any gives nothing (its
    reason is the batch's)."""
    lists: list[tuple[str, list[RecordList]]] = []
    strays: list[tuple[str, int, str]] = []
    for source_id, text in files.select("source_id", "text").iter_rows():
        found, broken = read(text)
        lists.append((source_id, found))
        strays += [(source_id, line, content) for line, content in broken]
    return parsed(lists, strays)
