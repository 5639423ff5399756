"""A CSV/TSV table whose column names say nothing the CSV reader knows: its columns judged by their values.

`row,sess,ts,who_said,what,annotator_note`: no column is called speaker or text, so csv_table cannot place them;
record_discovery.py can, as it does for JSON and XML: the short, few-valued column under a speaker-like name or
holding role names is the speaker, the longest prose column the text, a `*_id`-like conversation column splits
sessions. Each row is a record at its first line (line breaks inside quoted cells counted); the columns the
choice does not use are dropped from the turn but kept in the file, as the other readers of unknown shapes do.
Tried only after every table reader with named columns (detect.py), on a header of two delimiters or more.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.csv_table import sniff_delimiter
from transforms.formats.record_discovery import (
    Choice,
    Exchange,
    Field,
    Record,
    RecordList,
    RoleColumns,
    choose,
    choose_exchange,
    choose_role_columns,
    parsed,
)

_MIN_COLUMNS = 2
# A row whose field count differs from the header's is broken when at least this share of this many rows or more
# keep the header's count (a spreadsheet's export writes every cell, empty ones too).
_MIN_ROWS_FOR_WIDTH = 5
_REGULAR_WIDTH_SHARE = 0.9
# Detection reads this many rows; the parser reads them all.
_SAMPLE_ROWS = 200


def _records(body: str, path: str, limit: int | None = None) -> tuple[list[Record], list[tuple[int, str]]]:
    """The table's rows as records, and the rows whose field count breaks the table's (`(line, text)`: a row cut
    short or split by a stray delimiter, when nearly every other row has the header's count)."""
    first = body.split("\n", 1)[0].removesuffix("\r")
    delimiter = sniff_delimiter(first, None, path)
    if first.count(delimiter) < _MIN_COLUMNS - 1:
        return [], []
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        return [], []
    names = [name.strip() or f"column_{k + 1}" for k, name in enumerate(header)]
    rows: list[tuple[Record, int]] = []
    last = reader.line_num
    try:
        for row in reader:
            start, last = last + 1, reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            fields = {name: Field(cell, start) for name, cell in zip(names, row, strict=False) if cell.strip()}
            rows.append((Record(start, fields), len(row)))
            if limit is not None and len(rows) >= limit:
                break
    except csv.Error:
        return [], []
    regular = sum(width == len(names) for _, width in rows)
    if len(rows) < _MIN_ROWS_FOR_WIDTH or regular < _REGULAR_WIDTH_SHARE * len(rows):
        return [record for record, _ in rows], []
    lines = body.split("\n")
    broken = [(r.line, lines[r.line - 1].removesuffix("\r")) for r, width in rows if width != len(names)]
    return [record for record, width in rows if width == len(names)], broken


# A header cell: a short name, no colon (`Therapist: Hi, how are you?` is a transcript's first line, not a header).
_HEADER_CELL = re.compile(r"^[\w .\-/#()]{1,40}$")
# Between tabs a name may hold a colon: ELAN's tab-delimited export names its time columns `Begin Time - hh:mm:ss.ms`.
_TAB_HEADER_CELL = re.compile(r"^[\w .\-/#():]{1,40}$")


def holds_conversation(body: str, path: str) -> bool:
    """Whether the text is a table of named columns whose values read as a conversation. The header test first:
    it is a few string operations, and most files that come this far are plain transcripts."""
    first = body.split("\n", 1)[0].removesuffix("\r")
    delimiter = sniff_delimiter(first, None, path)
    # (Without combining marks, which Python's \w leaves out: Tamil's `பேசுபவர்`, Hindi's `वक्ता` are names too.)
    cells = [
        "".join(ch for ch in cell.strip().strip('"') if not unicodedata.category(ch).startswith("M"))
        for cell in first.split(delimiter)
    ]
    if len(cells) < _MIN_COLUMNS:
        return False
    if all(_HEADER_CELL.match(cell) for cell in cells):
        return _choice(_records(body, path, _SAMPLE_ROWS)[0]) is not None
    # (With a colon in a name, only a column per side: a `Tier` column of speakers is the plain-text reader's
    # tab-separated labels, which knows a notes tier from a speaker.)
    if delimiter == "\t" and all(_TAB_HEADER_CELL.match(cell) for cell in cells):
        return choose_role_columns(_records(body, path, _SAMPLE_ROWS)[0]) is not None
    return False


def _choice(records: list[Record]) -> Choice | Exchange | RoleColumns | None:
    """A row a message (speaker and text columns), or the words under the speaker's role column (`Therapist`,
    `Client`), else a row an exchange (a question and its answer)."""
    return choose_role_columns(records) or choose(records) or choose_exchange(records)


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    """`files(source_id, path, text, ...)` -> the table's rows as turns, by the columns their values choose."""
    lists = []
    strays: list[tuple[str, int, str]] = []
    for source_id, path, text in files.select("source_id", "path", "text").iter_rows():
        records, broken = _records(text.lstrip("\ufeff"), path)
        choice = _choice(records)
        if isinstance(choice, Choice):
            # A note typed in a row of its own, neither speaker nor words, another cell filled (`Note: the line
            # dropped at 10:47`, in the first column): no turn, and not dropped unseen: a stray line at its row.
            speaker, said = choice.speaker, choice.text
            notes = [r for r in records if r.fields and speaker not in r.fields and said not in r.fields]
            if notes:
                lines = text.split("\n")
                broken += [(r.line, lines[r.line - 1].removesuffix("\r")) for r in notes]
                records = [r for r in records if not r.fields or speaker in r.fields or said in r.fields]
        lists.append((source_id, [] if choice is None else [RecordList(records[0].line, records, choice)]))
        strays += [(source_id, line, row) for line, row in broken] if choice is not None else []
    return parsed(lists, strays)
