"""What the JSON record parsers share (instruction_records, preference_pairs, eval_logs, ticket_exports): each
record read once with the json module, a key's k-th occurrence as a line, roles given by the source rather than a
label.

Those shapes keep their turns under keys whose meaning depends on the record (`chosen` is the counsellor's,
`prompt` the client's; a comment's author is a user id), so records are read with the json module, a loop
per record and field (as nested_json and instruction_records read theirs), never per turn: a field's list is
re-encoded and polars decodes and explodes all of them at once.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import polars as pl

from transforms.formats.base import ParsedText
from transforms.formats.json_common import ARRAY, JSONL, OBJECT, json_lines, key_lines, place, skip_space

_NO_LINES = pl.DataFrame(schema={"source_id": pl.String(), "line_no": pl.Int64()})


def each_record(files: pl.DataFrame) -> Iterator[tuple[str, int, int, Any]]:
    """`(source_id, record, record_line, value)` for every record of `files(source_id, text, container)`,
    numbered and placed as json_common.records does: JSON Lines by line (broken lines skipped, see
    broken_lines), a list by the line each element starts on, one object at its first line."""
    for source_id, segment, line_no, line in json_lines(files).iter_rows():
        yield source_id, segment, line_no, json.loads(line)
    for source_id, text, container in files.select("source_id", "text", "container").iter_rows():
        if container == ARRAY:
            for record, (line, value) in enumerate(list_elements(text)):
                yield source_id, record, line, value
        elif container == OBJECT:
            body = text.lstrip("\ufeff \t\r\n")
            yield source_id, 0, text.count("\n", 0, len(text) - len(body)) + 1, json.loads(body)


def list_elements(text: str) -> list[tuple[int, Any]]:
    """A JSON list's non-null elements with the line each starts on, decoded one by one (raw_decode gives
    where each ends, so a record's first line is counted, not guessed from its keys)."""
    decoder = json.JSONDecoder()
    body = text.lstrip("\ufeff")
    out: list[tuple[int, Any]] = []
    index = skip_space(body, body.index("[") + 1)
    # Newlines are counted from the previous element's start only: linear in the file, not per element.
    line, counted = 1 + body.count("\n", 0, index), index
    while index < len(body) and body[index] != "]":
        line += body.count("\n", counted, index)
        counted = index
        value, end = decoder.raw_decode(body, index)
        if value is not None:
            out.append((line, value))
        index = skip_space(body, end)
        if body.startswith(",", index):
            index = skip_space(body, index + 1)
    return out


def encoded(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def scalars(value: dict[str, Any], leave_out: set[str]) -> dict[str, Any]:
    """A record's scalar keys (not `leave_out`): one fact each about the session, its metadata."""
    return {k: v for k, v in value.items() if k not in leave_out and isinstance(v, str | int | float | bool)}


def key_line(rows: pl.DataFrame, files: pl.DataFrame, key_column: str, order: str) -> pl.DataFrame:
    """`rows` with `_key_line`: for a row whose `key_column` names key K, the line of the file's k-th `"K":`
    where the row is the k-th (by `order`) of its file's rows naming K, when the file (not JSON Lines) holds
    exactly as many; null otherwise (JSON Lines rows stay on their record's line)."""
    pretty = files.filter(pl.col("container") != JSONL)
    indexed = rows.with_row_index("_row")
    placeable = indexed.join(pretty.select("source_id"), on="source_id", how="semi").drop_nulls(key_column)
    located = [
        place(group, key_lines(pretty.join(group, on="source_id", how="semi"), str(key)), order, _NO_LINES)
        for (key,), group in placeable.group_by(key_column, maintain_order=True)
    ]
    if not located:
        return rows.with_columns(pl.lit(None, dtype=pl.Int64).alias("_key_line"))
    lines = pl.concat([frame.select("_row", pl.col("line_no").alias("_key_line")) for frame in located])
    return indexed.join(lines, on="_row", how="left", maintain_order="left").drop("_row")


def with_given_roles(parsed: ParsedText, roles: pl.DataFrame) -> ParsedText:
    """`parsed` with the role the source itself gives a turn (`roles(source_id, segment, source_turn_index,
    given_role)`, null where it gives none) in place of the one its speaker label names."""
    turns = (
        parsed.turns.join(roles, on=["source_id", "segment", "source_turn_index"], how="left", maintain_order="left")
        .with_columns(pl.coalesce("given_role", "role").alias("role"))
        .drop("given_role")
    )
    return replace(parsed, turns=turns).conformed()
