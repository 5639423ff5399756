"""Text lines derived from a file (an HTML export's paragraphs, an RTF document's, a notebook's printed output, a
QDA source's content) read with the plain-text rules, every line number put back on the file line it came from.

One place for what four readers need: number the derived lines, run plain_text.parse_lines, map the numbers back.
A `source_id` of the form `<file id><RECORD_SEP><n>` reads each record as a document of its own (its opening lines
are its own header); rows come back under the file's id with segments made file-wide (instruction_records.file_ids)
and sessions numbered across the file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.instruction_records import RECORD_SEP, file_ids
from transforms.formats.plain_text import parse_lines

DERIVED_LINES_SCHEMA = {"source_id": pl.String, "file_line": pl.Int64, "line": pl.String}


def record_id(source_id: str, record: int) -> str:
    """The id under which one record of a file is read as a document of its own."""
    return f"{source_id}{RECORD_SEP}{record}"


def parse_derived_lines(
    rows: list[tuple[str, int, str]], config: ParseConfig = DEFAULT_CONFIG.parse, *, records: bool = False
) -> ParsedText:
    """`rows` of `(source_id, file line, text line)` in reading order -> sessions and turns on the file's lines.
    `records`: the source ids are record ids (`record_id`)."""
    lines = pl.DataFrame(rows, schema=DERIVED_LINES_SCHEMA, orient="row").with_columns(
        pl.int_range(1, pl.len() + 1, dtype=pl.Int64).over("source_id").alias("line_no")
    )
    parsed = parse_lines(lines.select("source_id", "line_no", "line"), config)
    to_file = lines.select("source_id", "line_no", "file_line")

    def on_file(frame: pl.DataFrame, column: str) -> pl.DataFrame:
        placed = (
            frame.join(to_file.rename({"line_no": column}), on=["source_id", column], how="left", maintain_order="left")
            .with_columns(pl.col("file_line").alias(column))
            .drop("file_line")
        )
        return file_ids(placed).drop("record") if records else placed

    sessions = on_file(parsed.sessions, "source_line")
    if records:
        sessions = sessions.with_columns(
            (pl.col("segment").rank("dense").over("source_id") - 1).cast(pl.Int32).alias("session_index")
        )
    return ParsedText(
        sessions=sessions,
        turns=on_file(parsed.turns, "source_line"),
        header_lines=on_file(parsed.header_lines, "line_no"),
        stray_lines=on_file(parsed.stray_lines, "line_no"),
    ).conformed()


def parse_each_text(
    texts: Iterable[tuple[str, str]], lines_of: Callable[[str], list[tuple[int, str]]], config: ParseConfig
) -> ParsedText:
    """`texts` of `(source_id, text)`, each turned into `(file line, text line)` by `lines_of` (an HTML page's
    paragraphs, an RTF document's, a console log's turns), read with the plain-text rules."""
    return parse_derived_lines(
        [(source_id, file_line, line) for source_id, text in texts for file_line, line in lines_of(text)], config
    )
