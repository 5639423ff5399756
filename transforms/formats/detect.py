"""Which parser reads a file: decided by content first, the file name only as a tie-breaker.

JSON is recognised by its first character and its shape (the keys of the first record, whether the
file is one value, a list or JSON Lines); a table by a header row whose columns name at least a speaker
and a text (see csv_table.DEFAULT_COLUMNS or the folder's column-mapping file); anything else is plain
text. The file name only settles what content cannot: which delimiter a header that holds as many tabs
as commas uses (`.tsv` or `.csv`).
"""

from __future__ import annotations

import json
from typing import Any

from transforms.formats import csv_table

PLAIN_TEXT = "plain_text"
CHAT_JSON = "chat_json"
ESCONV = "esconv"
SMILECHAT = "smilechat"
PSYCHEVAL = "psycheval"
CACTUS = "cactus"
CSV_TABLE = "csv_table"
LABELLED_LINES = "labelled_lines"
# JSON whose shape no parser knows: parsed to nothing, so the file is quarantined with that reason.
UNKNOWN_JSON = "unknown_json"


def detect_format(path: str, text: str, column_mapping: str | None = None) -> str:
    """The format name of a decoded file (a key of transforms.formats.PARSERS)."""
    body = text.lstrip("\ufeff \t\n")
    if body[:1] in ("{", "["):
        shape = _json_shape(body)
        if shape is not None:
            return shape
    if _is_table(body, path, column_mapping):
        return CSV_TABLE
    return PLAIN_TEXT


def _json_shape(body: str) -> str | None:
    """The JSON format of the text, UNKNOWN_JSON for JSON of another shape, None if it is not JSON."""
    try:
        value: Any = json.loads(body)
    except ValueError:
        # JSON Lines: the first line is a whole value of its own.
        try:
            value = json.loads(body.split("\n", 1)[0])
        except ValueError:
            return None
    first = value
    if isinstance(value, list):
        first = next((v for v in value if v is not None), None)
        if isinstance(first, dict) and _is_message(first):
            return SMILECHAT
        if isinstance(first, str) and all(isinstance(v, str) for v in value):
            return LABELLED_LINES
    if not isinstance(first, dict):
        return UNKNOWN_JSON
    keys = set(first)
    if isinstance(first.get("messages"), list):
        return CHAT_JSON
    if isinstance(first.get("dialog"), list):
        return ESCONV
    if isinstance(first.get("sessions"), list) and any(
        isinstance(s, dict) and "session_dialogue" in s for s in first["sessions"]
    ):
        return PSYCHEVAL
    if {"AI_client", "ground_truth_CBT"} <= keys:
        return CACTUS
    return UNKNOWN_JSON


def _is_message(item: dict[str, Any]) -> bool:
    return "role" in item and "content" in item


def _is_table(body: str, path: str, column_mapping: str | None) -> bool:
    mapping = csv_table.read_mapping(column_mapping) if column_mapping else {}
    return csv_table.resolve(csv_table.header_of(body, mapping, path), mapping) is not None
