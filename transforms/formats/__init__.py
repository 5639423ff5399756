"""Decoded files -> sessions and turns, whatever shape each file has.

`detect.py` names a format per file; each format's parser takes the batch's files of that format
and returns a `ParsedText`; the parts are stacked so every later step sees one shape.
"""

from __future__ import annotations

from collections.abc import Callable

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats import plain_text
from transforms.formats.base import ParsedText, concat_parsed
from transforms.formats.detect import PLAIN_TEXT, detect_format

Parser = Callable[[pl.DataFrame, ParseConfig], ParsedText]

PARSERS: dict[str, Parser] = {
    PLAIN_TEXT: plain_text.parse_files,
}


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    """`files(source_id, path, text)` -> sessions, turns, header and stray lines of all of them."""
    formats = [detect_format(path, text) for path, text in files.select("path", "text").iter_rows()]
    with_format = files.with_columns(pl.Series("format", formats, dtype=pl.String))
    parts = [
        PARSERS[name](group.drop("format"), config)
        for (name,), group in with_format.group_by("format", maintain_order=True)
    ]
    return concat_parsed(parts)


__all__ = ["PARSERS", "ParsedText", "parse_files"]
