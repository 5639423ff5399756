"""Jupyter notebooks (`.ipynb`, nbformat 4) whose printed output holds the transcripts -> sessions and turns.

A generation notebook prints its dialogues: the transcript is in the code cells' outputs, not in the notebook's
own structure. Read as text:

- a code cell's `stream` outputs named `stdout`, and the `text/plain` of its `execute_result` and `display_data`
  outputs, in order: their `text` is a list of strings (one printed line each, as nbformat writes it) or one
  string. Markdown and raw cells, a code cell's `source`, `stderr` streams (progress bars, warnings) and other
  outputs (images, HTML, errors) are no transcript;
- the printed lines are read with the plain-text rules (plain_text.parse_lines), so `Therapist: ...` /
  `Client: ...` labels, continuation lines, separators and banners (`=== dialogue 2 | model=... ===`: a new
  session, its title in the metadata), session headings and chat-template markup mean what they mean in a text
  file; a printed line that is none of those is a continuation or a stray line as there;
- each code cell's output is read alone (a session never runs from one cell into the next, and a cell that
  prints no dialogue, `Saved 40 dialogues`, is no transcript, as a record without dialogue is none in
  instruction_records).

JSON escapes are undone (`\\n`, `\\"`, `\\u2019`); nothing else in the text is changed.

`source_line`: the file line of the JSON string where the printed line starts (its label's, for a turn): nbformat
writes each string of a `text` list on its own line, so each printed line keeps its own file line; the lines of
one string (`"text": "Therapist: Hi.\\nClient: Hello.\\n"`) share that string's line. Printed lines are numbered
1..n per cell for parse_lines, and the file's lines are put back after parsing (as html_export does).

A notebook's strings and their lines come from one linear scan of the file's JSON tokens, in Python (the json
module gives no positions); notebooks are few and their tokens a small share of a batch, and everything after the
scan (parse_lines) is vectorised polars.

Detection (detect.py): a JSON object with a `cells` list and an `nbformat` key.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.derived_lines import parse_derived_lines, record_id

# A JSON string (no raw newline can stand in one), a structural character, or a number / literal.
_TOKEN = re.compile(r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"|[{}\[\]:,]|[^\s{}\[\]:,"]+')
# Outputs whose `data` may hold printed text, and the one MIME type that is text.
_RICH_OUTPUTS = frozenset({"execute_result", "display_data"})
_TEXT_PLAIN = "text/plain"


def is_notebook(record: dict[str, Any]) -> bool:
    """Whether a decoded JSON object is a Jupyter notebook: a `cells` list and an `nbformat` key."""
    return isinstance(record.get("cells"), list) and "nbformat" in record


class _Located(str):
    """A JSON string and the 1-based file line it stands on."""

    line: int


def _decode(text: str) -> Any:
    """The JSON value of `text` with each string a `_Located` (ValueError if it is not one JSON value)."""
    body_start = len(text) - len(text.lstrip("\ufeff"))
    tokens = _tokens(text, body_start)
    value = _value(tokens, next(tokens, None))
    if next(tokens, None) is not None:
        raise ValueError("text after the notebook's JSON value")
    return value


def _tokens(text: str, start: int) -> Iterator[tuple[str, int]]:
    line, last = 1, 0
    for match in _TOKEN.finditer(text, start):
        line += text.count("\n", last, match.start())
        last = match.start()
        yield match.group(), line


def _value(tokens: Iterator[tuple[str, int]], token: tuple[str, int] | None) -> Any:
    if token is None:
        raise ValueError("unexpected end of JSON")
    word, line = token
    if word == "{":
        obj: dict[str, Any] = {}
        token = next(tokens, None)
        while token is not None and token[0] != "}":
            key = _value(tokens, token)
            if next(tokens, (None, 0))[0] != ":" or not isinstance(key, str):
                raise ValueError(f"bad object key on line {line}")
            obj[str(key)] = _value(tokens, next(tokens, None))
            token = next(tokens, None)
            if token is not None and token[0] == ",":
                token = next(tokens, None)
        return obj
    if word == "[":
        items: list[Any] = []
        token = next(tokens, None)
        while token is not None and token[0] != "]":
            items.append(_value(tokens, token))
            token = next(tokens, None)
            if token is not None and token[0] == ",":
                token = next(tokens, None)
        return items
    if word.startswith('"'):
        located = _Located(json.loads(word) if "\\" in word else word[1:-1])
        located.line = line
        return located
    if word in ("}", "]", ":", ","):
        raise ValueError(f"unexpected {word!r} on line {line}")
    return json.loads(word)


def _output_strings(output: Any) -> list[_Located]:
    """The printed strings of one output, in order (see the module docstring)."""
    if not isinstance(output, dict):
        return []
    kind = output.get("output_type")
    if kind == "stream" and output.get("name") == "stdout":
        text = output.get("text")
    elif kind in _RICH_OUTPUTS and isinstance(output.get("data"), dict):
        text = output["data"].get(_TEXT_PLAIN)
    else:
        return []
    pieces = text if isinstance(text, list) else [text]
    return [piece for piece in pieces if isinstance(piece, _Located)]


def printed_lines(text: str) -> list[tuple[int, int, str]]:
    """`(cell, file line, printed line)` of a notebook's code-cell output, in document order. A printed line starts
    on the line of the string that starts it (a string without a newline runs on into the next one); an output
    ends its last line."""
    try:
        notebook = _decode(text)
    except (ValueError, RecursionError):
        return []
    cells = notebook.get("cells") if isinstance(notebook, dict) else None
    found: list[tuple[int, int, str]] = []
    for cell_index, cell in enumerate(cells if isinstance(cells, list) else []):
        if not isinstance(cell, dict) or cell.get("cell_type") != "code" or not isinstance(cell.get("outputs"), list):
            continue
        for output in cell["outputs"]:
            current: str | None = None
            start = 0
            for piece in _output_strings(output):
                parts = piece.split("\n")
                for index, part in enumerate(parts):
                    last = index == len(parts) - 1
                    if current is None:
                        # (After a string's final newline nothing is printed yet: the next string starts the line.)
                        if last and part == "":
                            continue
                        current, start = part, piece.line
                    else:
                        current += part
                    if not last:
                        found.append((cell_index, start, current))
                        current = None
            if current:
                found.append((cell_index, start, current))
    return found


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    """`files(source_id, text, ...)` of notebooks: each code cell's printed lines, read as plain text."""
    rows = [
        (record_id(source_id, cell), file_line, line)
        for source_id, text in files.select("source_id", "text").iter_rows()
        for cell, file_line, line in printed_lines(text)
    ]
    return parse_derived_lines(rows, config, records=True)
