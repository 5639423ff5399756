"""Markdown tables further down a text file (a role-play script under its title and scenario) -> sessions and turns.

A file that is a table from its first line is csv_table's (detect.py tries that first). This reads files where
the table starts lower: a run of at least three consecutive lines that start and end with `|`, whose first line
names a speaker and a text column (csv_table.DEFAULT_COLUMNS, or the folder's mapping file) and whose second
line is an alignment row (`|---|:---:|`). A `|` in a sentence, or a table of other columns (a homework plan),
makes no such run.

Each table is handed to csv_table as if it were a file of its own, so its columns, order, metadata and labels
are read exactly as a table at the top of a file is; its lines are then moved down to where the table stands
(`source_line` is the row's own line in the file). Each table becomes its own session(s), in file order.

Lines outside the tables:
- above a table (from the file's start, or from the end of the table before): the header of the table's
  first session, as a plain-text preamble is (the title, the scenario, the heading of each table);
- after the last table (a closing note): stray lines. They are not a summary of the session above (header lines
  are what comes before a session's first turn, and feed its `summary`), so they are reported as the other
  parsers report text outside turns: verbatim, with their line, as `unparseable_line` (or `meta_text`) defects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats import csv_table
from transforms.formats.base import ParsedText, concat_parsed, empty_parsed
from transforms.lines import split_lines

_BAR_LINE = r"[ \t]*\|[^\n]*\|[ \t\r]*"
# An alignment cell as Markdown allows it: `---`, `:--`, `:-:`, even `-` (csv_table's own check wants three).
_ALIGNMENT_CELL = r"[ \t]*:?-+:?[ \t]*"
# Header, alignment row, then every bar line that follows (a table ends at the first line that is not one).
_TABLE = re.compile(
    rf"^(?P<header>{_BAR_LINE})\n[ \t]*\|(?:{_ALIGNMENT_CELL}\|)+[ \t\r]*(?:\n{_BAR_LINE})+$",
    re.MULTILINE,
)
# Indentation and trailing blanks (a CRLF file's `\r`) would read as cells of their own.
_LINE_EDGES = re.compile(r"^[ \t]+|[ \t\r]+$", re.MULTILINE)
_BAR: dict[str, object] = {"delimiter": "|"}
# A cell's own bar is written `\|` (GitHub's tables): held as a private-use character while the row is split on bars.
_ESCAPED_BAR = "\ue01c"


@dataclass(frozen=True)
class Table:
    # 1-based lines of the header row and the last row in the file.
    first_line: int
    last_line: int
    # The table's lines, trimmed, as csv_table reads a file (header on its first line).
    text: str


def tables_in(text: str, mapping: dict[str, object] | None = None) -> list[Table]:
    """The transcript tables in `text`, in file order (one regex pass; a loop per table, never per row)."""
    if "|" not in text:
        return []
    mapping = mapping or {}
    found: list[Table] = []
    for match in _TABLE.finditer(text):
        start = match.start()
        # The header opens its run of bar lines: a bar line right above it makes the run some other table.
        if start > 0 and re.fullmatch(_BAR_LINE, text[text.rfind("\n", 0, start - 1) + 1 : start - 1]):
            continue
        header = csv_table.header_of(match.group("header").strip(), _BAR)
        if csv_table.resolve(header, mapping, wide=True) is None:
            continue
        first_line = text.count("\n", 0, start) + 1
        header_row, alignment, rows = _LINE_EDGES.sub("", match.group(0)).split("\n", 2)
        # Widened to csv_table's `---` so it drops the row as layout, as it does in a table at the top of a file.
        block = "\n".join((header_row, re.sub("-+", "---", alignment), rows)).replace("\\|", _ESCAPED_BAR)
        found.append(Table(first_line, first_line + block.count("\n"), block))
    return found


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    """`files(source_id, path, text[, column_mapping])` that hold transcript tables below their first line."""
    mappings = (
        files.get_column("column_mapping").to_list() if "column_mapping" in files.columns else [None] * files.height
    )
    parts: list[ParsedText] = []
    spans: list[tuple[str, int, int, int]] = []
    for (source_id, path, text), mapping_text in zip(
        files.select("source_id", "path", "text").iter_rows(), mappings, strict=True
    ):
        mapping = csv_table.read_mapping(mapping_text)
        for table_no, table in enumerate(tables_in(text, mapping)):
            spans.append((source_id, table_no, table.first_line, table.last_line))
            part = csv_table.parse_table(source_id, path, table.text, {**mapping, **_BAR}, wide=True)
            # The table's line 1 is the file's `first_line`; `table_no` keeps its sessions apart from the next's.
            shift = pl.col("source_line") + (table.first_line - 1)
            parts.append(
                ParsedText(
                    sessions=_with_bars(part.sessions).with_columns(shift, pl.lit(table_no).alias("table_no")),
                    turns=_with_bars(part.turns).with_columns(shift, pl.lit(table_no).alias("table_no")),
                    header_lines=_with_bars(part.header_lines),
                    stray_lines=_with_bars(part.stray_lines),
                )
            )
    if not parts:
        return empty_parsed()
    tables = pl.DataFrame(
        spans,
        schema={"source_id": pl.String, "table_no": pl.Int32, "first_line": pl.Int64, "last_line": pl.Int64},
        orient="row",
    )
    return _in_file_order(parts, tables, split_lines(files.select("source_id", "text")))


def _with_bars(frame: pl.DataFrame) -> pl.DataFrame:
    """Escaped bars back as the `|` they stand for, in every text column."""
    return frame.with_columns(pl.col(pl.String).str.replace_all(_ESCAPED_BAR, "|", literal=True))


def _in_file_order(parts: list[ParsedText], tables: pl.DataFrame, lines: pl.DataFrame) -> ParsedText:
    """The tables' sessions numbered through the file, and the lines around the tables as header or stray."""
    key = ["source_id", "table_no", "segment"]
    sessions = (
        pl.concat([p.sessions.with_columns(pl.col("table_no").cast(pl.Int32)) for p in parts])
        # Tables come in file order and a table's sessions in order of first appearance: the row order is the file's.
        .with_columns(pl.int_range(pl.len(), dtype=pl.Int64).over("source_id").alias("_file_segment"))
    )
    turns = (
        pl.concat([p.turns.with_columns(pl.col("table_no").cast(pl.Int32)) for p in parts])
        .join(sessions.select(*key, "_file_segment"), on=key, maintain_order="left")
        .with_columns(pl.col("_file_segment").alias("segment"))
        .drop("table_no", "_file_segment")
    )
    # Each line belongs to the table below it (or is one of its rows): from the line after the previous table
    # down to the table's last row. Lines after the last table belong to none.
    regions = (
        tables.with_columns((pl.col("last_line").shift(1, fill_value=0).over("source_id") + 1).alias("_from"))
        .join(
            sessions.group_by("source_id", "table_no").agg(pl.col("_file_segment").min().alias("_first_segment")),
            on=["source_id", "table_no"],
            how="left",
        )
        .select(
            "source_id",
            "first_line",
            "_first_segment",
            pl.int_ranges("_from", pl.col("last_line") + 1, dtype=pl.Int64).alias("line_no"),
        )
        .explode("line_no")
    )
    placed = lines.join(regions, on=["source_id", "line_no"], how="left", maintain_order="left").with_columns(
        pl.col("line").str.strip_suffix("\r")
    )
    above_table = pl.col("line_no") < pl.col("first_line")
    header_lines = placed.filter(above_table & pl.col("_first_segment").is_not_null()).select(
        "source_id", pl.col("_first_segment").alias("segment"), "line_no", "line"
    )
    # After the last table, or above a table that gave no turn (every row blank): text outside any session.
    stray_lines = placed.filter(
        (pl.col("first_line").is_null() | (above_table & pl.col("_first_segment").is_null()))
        & (pl.col("line").str.strip_chars() != "")
    ).select("source_id", "line_no", "line")
    # A session starts at its first non-blank line, its header's when it has one (as a plain-text session does).
    header_start = (
        header_lines.filter(pl.col("line").str.strip_chars() != "")
        .group_by("source_id", "segment")
        .agg(pl.col("line_no").min().alias("_header_line"))
    )
    sessions = (
        sessions.with_columns(pl.col("_file_segment").alias("segment"))
        .join(header_start, on=["source_id", "segment"], how="left", maintain_order="left")
        .with_columns(
            pl.col("segment").cast(pl.Int32).alias("session_index"),
            pl.min_horizontal("_header_line", "source_line").alias("source_line"),
        )
    )
    return concat_parsed(
        [ParsedText(sessions=sessions, turns=turns, header_lines=header_lines, stray_lines=stray_lines)]
    )
