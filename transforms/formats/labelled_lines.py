"""JSON lists of `Label: text` strings, one turn a string: the whole file (CPsyCounE: `["求助者\uff1a...",
"支持者\uff1a..."]`), or one list per session object (`[{"id": ..., "dialogue": ["Client: ...", "Counselor: ..."]}]`,
a translated corpus; JSON Lines too).

The strings are read with the plain-text rules (labels, aliases, continuation lines, separators), so a bare list
is one session unless a string is a separator line, and each session object starts a session of its own. A turn's
line is the line where its string starts: all line 1 in a one-line file, its own line in a pretty-printed one, its
object's line in JSON Lines. A session object's other keys (an id, a topic) are not read.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Any

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import SESSION_BREAK, ParsedText
from transforms.formats.nested_json import TURN_LIST_KEYS
from transforms.formats.plain_text import parse_lines
from transforms.lines import split_lines

# Where an element of the list starts. A quote inside a JSON string is escaped, so `[` or `,` followed by a
# quote (or a line that starts with one) can only be the start of an element.
_ELEMENT_START = r'(?:^[ \t]*|[\[,][ \t]*)"'
# A line holding one string of a list and nothing else (a pretty-printed session object's turn): a key's line
# goes on with a colon.
_STRING_ITEM_LINE = r'^[ \t]*"(?:[^"\\]|\\.)*"[ \t]*,?[ \t]*$'
# How many of a session list's first strings must open with a label (`Client:`, `来访者\uff1a`) for them to be turns.
_PROBE = 4
# (Python's re: it probes a few strings of each record, one record at a time.)
_LABEL_START = re.compile(r"^[ \t]*[^\s:\uff1a]{1,30}(?:[ \t][^\s:\uff1a]{1,20}){0,3}[ \t]*[:\uff1a]")


def session_strings_key(record: dict[str, Any]) -> str | None:
    """The key under which a session object keeps its turns as `Label: text` strings, or None: the first of
    nested_json's TURN_LIST_KEYS whose list starts with strings, most of them labelled."""
    for key in TURN_LIST_KEYS:
        value = record.get(key)
        probe = [item for item in value[:_PROBE] if item is not None] if isinstance(value, list) else []
        labelled = sum(isinstance(item, str) and _LABEL_START.match(item) is not None for item in probe)
        if probe and all(isinstance(item, str) for item in probe) and labelled * 2 > len(probe):
            return key
    return None


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    lines, unread = string_lines(files)
    return with_unread_records(parse_lines(lines, config), unread)


def string_lines(files: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(`(source_id, line_no, line)`: the strings for parse_lines, at the lines where they start; the records
    without labelled strings, `(source_id, line_no, line)` each at its line)."""
    is_bare_list = pl.col("text").str.contains(r'^[\s\ufeff]*\[\s*"')
    bare, objects = files.filter(is_bare_list), files.filter(~is_bare_list)
    session_lines = _session_object_lines(objects)
    lines = pl.concat([_bare_list_lines(bare), session_lines.filter(pl.col("turns"))]).drop("turns")
    return lines, session_lines.filter(~pl.col("turns")).select("source_id", "line_no", "line")


def with_unread_records(parsed: ParsedText, unread: pl.DataFrame) -> ParsedText:
    """A record without labelled strings (or a JSON line that does not decode) is no session: text outside any, at
    its record's line, in a file that has sessions."""
    with_sessions = parsed.turns.select("source_id").unique()
    unread = unread.join(with_sessions, on="source_id", how="semi")
    return replace(
        parsed,
        stray_lines=pl.concat(
            [parsed.stray_lines, unread.select("source_id", "line_no", "line")], how="diagonal_relaxed"
        ),
    )


def _bare_list_lines(files: pl.DataFrame) -> pl.DataFrame:
    """A bare list's strings at the lines where they start (`turns`: True, as every string is read as text)."""
    starts = (
        split_lines(files.select("source_id", "text"))
        .with_columns(pl.col("line").str.count_matches(_ELEMENT_START).alias("n"))
        .filter(pl.col("n") > 0)
        .select("source_id", pl.col("line_no").repeat_by("n"))
        .explode("line_no")
        .with_columns(pl.int_range(pl.len()).over("source_id").alias("element"))
    )
    return (
        files.select("source_id", pl.col("text").str.json_decode(pl.List(pl.String)).alias("line"))
        .with_columns(pl.int_ranges(pl.col("line").list.len()).alias("element"))
        .explode("line", "element")
        .filter(pl.col("line").is_not_null())
        .join(starts, on=["source_id", "element"], how="left", maintain_order="left")
        .with_columns(pl.col("line_no").fill_null(1).cast(pl.Int64), pl.col("line").str.split("\n"))
        .explode("line")
        .select("source_id", "line_no", "line", pl.lit(True).alias("turns"))
    )


def _session_object_lines(files: pl.DataFrame) -> pl.DataFrame:
    """Each session object's strings, a break line before each session, at the lines where they start (`turns`); a
    record without them, or a line that is no JSON, as its text at its line (`turns` False)."""
    # (source_id, session, object's line, strings, whether they are turns or a record's JSON left as it is)
    rows: list[tuple[str, int, int, list[str], bool]] = []
    # One decode a file (a C loop); the strings are then laid out as columns.
    for source_id, text in files.select("source_id", "text").iter_rows():
        for session, (line_no, record) in enumerate(_session_objects(text)):
            if isinstance(record, str):  # a JSON line that does not decode: left for the text rules to report
                rows.append((source_id, session, line_no, [record], False))
                continue
            key = session_strings_key(record) if isinstance(record, dict) else None
            if key is None:
                # A record without labelled strings is no session; its JSON is reported where it stands, not lost.
                rows.append((source_id, session, line_no, [json.dumps(record, ensure_ascii=False)], False))
                continue
            # (A null in the list is nothing said; any other value is text as JSON writes it.)
            rows.append(
                (
                    source_id,
                    session,
                    line_no,
                    [item if isinstance(item, str) else json.dumps(item) for item in record[key] if item is not None],
                    True,
                )
            )
    schema: dict[str, pl.DataType] = {
        "source_id": pl.String(),
        "session": pl.Int64(),
        "object_line": pl.Int64(),
        "line": pl.List(pl.String),
        "turns": pl.Boolean(),
    }
    strings = (
        pl.DataFrame(rows, schema=schema, orient="row")
        .with_columns(pl.int_ranges(pl.col("line").list.len()).alias("in_session"))
        .explode("line", "in_session")
        .with_columns(pl.when(pl.col("turns")).then(pl.int_range(pl.len()).over("source_id", "turns")).alias("element"))
    )
    # A pretty-printed file has one string a line: those lines, in order, are the strings' lines (only inside a
    # turn list, from its `"dialogue": [` line to its `]`: another key's list of strings, tags, is no turn).
    opener = rf'^[ \t]*"(?:{"|".join(TURN_LIST_KEYS)})"[ \t]*:[ \t]*\[[ \t]*$'
    inside = (
        pl.when(pl.col("line").str.contains(opener))
        .then(True)
        .when(pl.col("line").str.contains(r"^[ \t]*\]"))
        .then(False)
        .forward_fill()
        .over("source_id")
        .fill_null(False)
    )
    item_lines = (
        split_lines(files.select("source_id", "text"))
        .filter(inside & pl.col("line").str.contains(_STRING_ITEM_LINE))
        .select("source_id", "line_no", pl.int_range(pl.len()).over("source_id").alias("element"))
    )
    one_a_line = (
        strings.filter(pl.col("turns"))
        .group_by("source_id")
        .len()
        .join(item_lines.group_by("source_id").len(), on="source_id", suffix="_items")
        .filter(pl.col("len") == pl.col("len_items"))
        .select("source_id")
    )
    placed = strings.join(
        item_lines.join(one_a_line, on="source_id", how="semi"), on=["source_id", "element"], how="left"
    ).with_columns(pl.coalesce("line_no", "object_line").cast(pl.Int64))
    breaks = placed.filter((pl.col("in_session") == 0) & pl.col("turns")).with_columns(
        pl.lit(SESSION_BREAK).alias("line"), pl.lit(-1, dtype=pl.Int64).alias("in_session")
    )
    return (
        pl.concat([breaks, placed.with_columns(pl.col("in_session").cast(pl.Int64))])
        .sort("source_id", "session", "in_session")
        .with_columns(pl.col("line").str.split("\n"))
        .explode("line")
        .select("source_id", "line_no", "line", "turns")
    )


def _session_objects(text: str) -> list[tuple[int, Any]]:
    """`(line, record)` of each top-level record: a JSON list's items, one object, or JSON Lines' lines (a line
    that does not decode given as its raw text)."""
    body = text.lstrip("\ufeff")
    try:
        parsed = json.loads(body)
    except ValueError:
        return [(i + 1, _record_or_line(line)) for i, line in enumerate(body.split("\n")) if line.strip()]
    return [(1, record) for record in parsed] if isinstance(parsed, list) else [(1, parsed)]


def _record_or_line(line: str) -> Any:
    try:
        return json.loads(line)
    except ValueError:
        return line
