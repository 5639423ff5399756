"""CSV / TSV with one session a row, its whole dialogue in one (multi-line, quoted) cell -> sessions and turns.

    session_id,client_age,presenting_problem,dialogue
    S-01,34,insomnia,"Therapist: What brings you in?
    Client: I can't sleep.
    Therapist: Since when?"

- Recognised (detect.py, after the one-utterance-a-row test of csv_table) by a header of two or more columns
  with a dialogue-like column (`dialogue`, `transcript`, `conversation`, `session_text`, `text`... see
  DIALOGUE_COLUMNS) and no speaker column, where a cell of that column in the first records holds at least two
  `Label: text` lines. A table with a speaker column is csv_table's (one utterance a row); a `text` column of
  one-line notes is no dialogue, so such a file stays plain text as before.
- Each row's cell is read with the plain-text rules (plain_text.parse_lines, as instruction_records reads a
  string field): labels, aliases, continuation lines mean what they mean in a text file; a row is one session
  (more if its cell separates sessions as plain text does). A row without turns is no session.
- The row's other non-empty cells are `sessions.source_metadata` (beside a separator's session title).

`source_line`: the physical line of the file a turn's label sits on inside the quoted cell: the row's first
line (the header is line 1, earlier rows may span many lines) plus the line breaks in the row's cells before
the dialogue and in the dialogue above the turn. A session's `source_line` is its row's first line.

The rows are read by Python's csv module, one pass per file: it is what tells where each record starts (polars'
reader gives rows, not their lines). Everything after that pass (parse_lines) is vectorised polars.
"""

from __future__ import annotations

import ast
import csv
import io
import json
import re

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats import csv_table
from transforms.formats.base import ParsedText
from transforms.formats.instruction_records import RECORD_SEP, file_ids
from transforms.formats.json_common import merge_objects
from transforms.formats.plain_text import parse_lines

# Column names (after csv_table.column_key) a whole dialogue is found under, first match wins.
DIALOGUE_COLUMNS = (
    "dialogue", "dialog", "transcript", "conversation", "session_text", "dialogue_text", "dialog_text",
    "transcript_text", "conversation_text", "session_transcript", "full_transcript", "text", "content",
)  # fmt: skip
# A `Label:` line (a cheap look; parse_lines decides what is a turn). Two make a cell a dialogue.
_LABEL_LIKE = re.compile(r"(?m)^[ \t]*[^\W\d_][^\n:\uff1a]{0,40}[:\uff1a][ \t]*\S")
_MIN_LABEL_LINES = 2
# Detection reads this many records at most.
_SAMPLE_RECORDS = 5
_LINES_SCHEMA = {"source_id": pl.String, "line_no": pl.Int64, "line": pl.String}
_ROWS_SCHEMA = {"source_id": pl.String, "record": pl.Int64, "record_line": pl.Int64, "_row_metadata": pl.String}


def cell_pieces(cell: str) -> tuple[list[str], bool]:
    """The cell's lines, and whether it was a list: a dialogue saved by pandas' `to_csv` from a list column is the
    list's repr, `['Therapist: ...', "Client: ..."]`, one string a turn, all on the cell's line."""
    stripped = cell.strip()
    if stripped.startswith("[") and stripped.endswith("]") and ("'" in stripped or '"' in stripped):
        try:
            value = ast.literal_eval(stripped)
        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
            value = None
        if isinstance(value, list) and value and all(isinstance(item, str) for item in value):
            return [piece for item in value for piece in item.split("\n")], True
    return cell.split("\n"), False


def records(text: str, delimiter: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header and each non-blank record with the file line it starts on (header on line 1)."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter)
    header = next(reader, [])
    out: list[tuple[int, list[str]]] = []
    read = reader.line_num
    for row in reader:
        start, read = read + 1, reader.line_num
        if any(cell.strip() for cell in row):
            out.append((start, row))
    return header, out


def dialogue_column(text: str, path: str = "", mapping: dict[str, object] | None = None) -> int | None:
    """The index of the column holding whole dialogues, or None when the file is no such table."""
    body = text.lstrip("\ufeff")
    header = csv_table.header_of(body, mapping, path)
    keys = [csv_table.column_key(name) for name in header]
    speaker = mapping.get("speaker") if mapping else None
    if len(header) < 2 or isinstance(speaker, str) or any(k in csv_table.DEFAULT_COLUMNS["speaker"] for k in keys):
        return None
    candidates = [keys.index(name) for name in DIALOGUE_COLUMNS if name in keys]
    if not candidates:
        return None
    delimiter = csv_table.sniff_delimiter(body.split("\n", 1)[0], mapping, path)
    reader = csv.reader(io.StringIO(body), delimiter=delimiter)
    next(reader, None)
    sample = [row for _, row in zip(range(_SAMPLE_RECORDS), reader, strict=False)]
    return next(
        (
            index
            for index in candidates
            if any(
                index < len(row) and len(_LABEL_LIKE.findall("\n".join(cell_pieces(row[index])[0]))) >= _MIN_LABEL_LINES
                for row in sample
            )
        ),
        None,
    )


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    """`files(source_id, path, text[, column_mapping])`: one csv pass per file, the dialogues read as plain text."""
    mappings = (
        files.get_column("column_mapping").to_list() if "column_mapping" in files.columns else [None] * files.height
    )
    lines: list[tuple[str, int, str]] = []
    row_facts: list[tuple[str, int, int, str | None]] = []
    for (source_id, path, text), mapping_text in zip(
        files.select("source_id", "path", "text").iter_rows(), mappings, strict=True
    ):
        mapping = csv_table.read_mapping(mapping_text)
        column = dialogue_column(text, path, mapping)
        if column is None:
            continue
        header, rows = records(text, csv_table.sniff_delimiter(text.lstrip("\ufeff").split("\n", 1)[0], mapping, path))
        for record, (start, row) in enumerate(rows):
            cell = row[column] if column < len(row) else ""
            first = start + sum(row[i].count("\n") for i in range(min(column, len(row))))
            record_id = f"{source_id}{RECORD_SEP}{record}"
            pieces, listed = cell_pieces(cell)
            lines.extend(
                (record_id, first if listed else first + k, piece.removesuffix("\r")) for k, piece in enumerate(pieces)
            )
            metadata = {
                name: row[i] for i, name in enumerate(header) if i != column and i < len(row) and row[i].strip()
            }
            row_facts.append((source_id, record, start, json.dumps(metadata, ensure_ascii=False) if metadata else None))
    parsed = parse_lines(pl.DataFrame(lines, schema=_LINES_SCHEMA, orient="row"), config)
    facts = pl.DataFrame(row_facts, schema=_ROWS_SCHEMA, orient="row")
    sessions = (
        file_ids(parsed.sessions)
        .join(facts, on=["source_id", "record"], how="left", maintain_order="left")
        .with_columns(
            (pl.col("segment").rank("dense").over("source_id") - 1).cast(pl.Int32).alias("session_index"),
            pl.col("record_line").alias("source_line"),
            merge_objects(pl.col("source_metadata"), pl.col("_row_metadata")).alias("source_metadata"),
        )
    )
    return ParsedText(
        sessions=sessions,
        turns=file_ids(parsed.turns),
        header_lines=file_ids(parsed.header_lines),
        stray_lines=file_ids(parsed.stray_lines),
    ).conformed()
