"""A table printed in fixed-width columns: pandas' `DataFrame.to_string()`, `print(df)`, a report's text dump.

    dialogue_id  turn       role                                   text
0       cs-0107     0     client   I've been lying awake until three...
1       cs-0107     1  therapist        That sounds exhausting. What...

The first non-blank line names the columns, two spaces or more apart; the rows below start with their index (a
number) as pandas prints them. A column's values are right-aligned under its name (pandas' default), so a value is
the text between the end of the column before and the end of its own name; a column whose values start where its
name starts (`justify="left"`, `formatters`) is read left-aligned instead, up to the next column's start. The
columns are then those of a CSV export: the same names (csv_table.resolve: `role`, `text`, `dialogue_id`, `turn`...)
give speaker, text, session and order, and the rows are read as csv_table reads rows, each at its own line.
`NaN`, `None` and `<NA>` (pandas' missing values) are empty. A line that is no row (no index, or shorter than the
table's first column) is an `unparseable_line`.
"""

from __future__ import annotations

import re

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText, concat_parsed
from transforms.formats.csv_table import resolve, table_rows

_NAME = re.compile(r"\S+(?: \S+)*")
_ROW = re.compile(r"^(\d+)\s")
_MISSING = frozenset({"NaN", "None", "<NA>", "NaT", "nan"})
_MIN_ROWS = 2


def _columns(header: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each column name in the header line: names are two spaces or more apart."""
    return [(m.group(), m.start(), m.end()) for m in _NAME.finditer(header)]


def _split_header(body: str) -> tuple[int, str] | None:
    lines = body.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None
    return first, lines[first].rstrip("\r")


def looks_like_fixed_width(body: str) -> bool:
    """A header of column names naming a speaker and a text column, then rows that open with an index."""
    found = _split_header(body[:20000])
    if found is None:
        return False
    first, header = found
    # pandas leaves the index column's name blank: the header starts with spaces.
    if not header.startswith(" "):
        return False
    columns = _columns(header)
    if len(columns) < 2 or resolve([name for name, _, _ in columns]) is None:
        return False
    following = [line for line in body[:20000].split("\n")[first + 1 : first + 6] if line.strip()]
    return len(following) >= _MIN_ROWS and all(_ROW.match(line) for line in following)


def _read(source_id: str, text: str) -> ParsedText | None:
    body = text.lstrip("\ufeff")
    found = _split_header(body)
    if found is None:
        return None
    first, header = found
    columns = _columns(header)
    names = [name for name, _, _ in columns]
    mapping = resolve(names)
    if mapping is None:
        return None
    lines = body.split("\n")
    rows = [(n, line.rstrip("\r")) for n, line in enumerate(lines[first + 1 :], first + 2) if line.strip()]
    table_lines = [(n, line) for n, line in rows if _ROW.match(line)]
    stray = [(source_id, n, line) for n, line in rows if not _ROW.match(line)]
    left = _left_aligned(columns, [line for _, line in table_lines])
    values: dict[str, list[str | None]] = {name: [] for name in names}
    for _, line in table_lines:
        index_end = _ROW.match(line).end() - 1  # type: ignore[union-attr]
        for k, (name, start, end) in enumerate(columns):
            if left[k]:
                stop = columns[k + 1][1] if k + 1 < len(columns) else len(line)
                cell = line[start:stop]
            else:
                begin = max(index_end, columns[k - 1][2]) if k else index_end
                cell = line[begin:end] if k + 1 < len(columns) else line[begin:]
            cell = cell.strip()
            values[name].append(None if cell in _MISSING or cell == "" else cell)
    table = pl.DataFrame(values, schema={name: pl.String for name in names}).with_columns(
        pl.Series("_line", [n for n, _ in table_lines], dtype=pl.Int64)
    )
    parsed = table_rows(source_id, table, names, mapping)
    strays = pl.DataFrame(stray, schema={"source_id": pl.String, "line_no": pl.Int64, "line": pl.String}, orient="row")
    return ParsedText(parsed.sessions, parsed.turns, parsed.header_lines, strays)


def _left_aligned(columns: list[tuple[str, int, int]], lines: list[str]) -> list[bool]:
    """Per column: whether its values start under its name's first letter (left-aligned) rather than ending under
    its last (pandas' right alignment), judged on the rows where the two differ."""
    flags = []
    for _, start, end in columns:
        starts = sum(1 for line in lines if len(line) > start and line[start] != " " and line[start - 1 : start] == " ")
        ends = sum(
            1 for line in lines if len(line) >= end and line[end - 1] != " " and line[end : end + 1] in ("", " ")
        )
        flags.append(starts > ends)
    return flags


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    """`files(source_id, text, ...)` -> each file's table read as a CSV export's rows."""
    parts = [_read(source_id, text) for source_id, text in files.select("source_id", "text").iter_rows()]
    return concat_parsed([part for part in parts if part is not None])
