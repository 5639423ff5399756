"""A JSON list of `Label: text` strings, one turn a string (CPsyCounE: `["求助者\uff1a...", "支持者\uff1a..."]`).

The strings are read with the plain-text rules (labels, aliases, continuation lines, separators), so the
file is one session unless a string is a separator line. A turn's line is the line where its string
starts: all line 1 in a one-line file, its own line in a pretty-printed one.
"""

from __future__ import annotations

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.plain_text import parse_lines
from transforms.lines import split_lines

# Where an element of the list starts. A quote inside a JSON string is escaped, so `[` or `,` followed by a
# quote (or a line that starts with one) can only be the start of an element.
_ELEMENT_START = r'(?:^[ \t]*|[\[,][ \t]*)"'


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    starts = (
        split_lines(files.select("source_id", "text"))
        .with_columns(pl.col("line").str.count_matches(_ELEMENT_START).alias("n"))
        .filter(pl.col("n") > 0)
        .select("source_id", pl.col("line_no").repeat_by("n"))
        .explode("line_no")
        .with_columns(pl.int_range(pl.len()).over("source_id").alias("element"))
    )
    elements = (
        files.select("source_id", pl.col("text").str.json_decode(pl.List(pl.String)).alias("line"))
        .with_columns(pl.int_ranges(pl.col("line").list.len()).alias("element"))
        .explode("line", "element")
        .filter(pl.col("line").is_not_null())
        .join(starts, on=["source_id", "element"], how="left", maintain_order="left")
        .with_columns(pl.col("line_no").fill_null(1).cast(pl.Int64), pl.col("line").str.split("\n"))
        .explode("line")
    )
    return parse_lines(elements.select("source_id", "line_no", "line"), config)
