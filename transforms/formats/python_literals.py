"""Conversations printed as Python literals: a generation script's log where each conversation is a list of
`{'role': ..., 'content': ...}` dicts as `print()` or `pprint` wrote them (single quotes, a long string split into
adjacent literals on several lines, keys sorted so `'content'` may come before `'role'`), between its own log lines.

```
2024-03-18 14:02:12,204 INFO roleplay.generate: conversation 1/4 persona=grief_widower
[{'content': 'You are a warm, person-centred counsellor. '
             'Respond in two to four sentences.',
  'role': 'system'},
 {'content': "Hello Arthur, thank you for coming in today.", 'role': 'assistant'},
 ...]
```

Each literal is read with `ast.literal_eval`'s parser (the `ast` tree keeps each key's line); a list of dicts is
a list of records for record_discovery, which picks the speaker and text fields by their values, so a dump that
calls them `speaker` / `utterance` reads too. Each list is a session; the lines between literals (the script's log)
are kept in the next session's metadata as `log_lines`, not reported as stray text. A literal that does not
parse (a list cut off mid-write) is reported line by line as stray text.

Python's parser runs per literal, not per turn, and only files whose lines open a list of dicts come here.
"""

from __future__ import annotations

import ast
import re

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.record_discovery import Field, Record, RecordList, choose, parsed

# A line that opens a printed list of dicts or a dict: `[{'content': ...`, `{'role': ...`.
_OPENS = re.compile(r"^\[?\{\s*['\"][\w .-]{1,40}['\"]\s*:")
# A literal longer than this many lines is no printed conversation (or is cut off): read no further.
_MAX_LITERAL_LINES = 5000
_MAX_LOG_LINES = 50


def looks_like_python_literals(body: str) -> bool:
    """Whether a line opens a printed list of dicts that parses as a Python literal of dicts with string values."""
    lines = body.split("\n")
    for start, line in enumerate(lines[:200]):
        if _OPENS.match(line):
            found = _literal_at(lines, start)
            return found is not None and bool(_dicts(found[0]))
    return False


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    lists: list[tuple[str, list[RecordList]]] = []
    strays: list[tuple[str, int, str]] = []
    for source_id, text in files.select("source_id", "text").iter_rows():
        found, broken = _read(text.lstrip("\ufeff"))
        lists.append((source_id, found))
        strays += [(source_id, line, content) for line, content in broken]
    return parsed(lists, strays)


def _read(text: str) -> tuple[list[RecordList], list[tuple[int, str]]]:
    lines = text.split("\n")
    found: list[RecordList] = []
    broken: list[tuple[int, str]] = []
    log: list[str] = []
    i = 0
    while i < len(lines):
        if not _OPENS.match(lines[i]):
            if lines[i].strip():
                log.append(lines[i].rstrip("\r"))
            i += 1
            continue
        literal = _literal_at(lines, i)
        if literal is None:
            # Cut off or not Python: its lines are text that no turn holds.
            broken += [(i + 1, lines[i].rstrip("\r"))]
            i += 1
            continue
        tree, end = literal
        records = [_record(node, first_line=i + 1) for node in _dicts(tree)]
        choice = choose(records)
        if choice is not None:
            meta = {"log_lines": "\n".join(log[-_MAX_LOG_LINES:])} if log else {}
            found.append(RecordList(i + 1, records, choice, meta))
            log = []
        i = end
    return found, broken


def _literal_at(lines: list[str], start: int) -> tuple[ast.expr, int] | None:
    """The literal that opens at line `start` and the index of the line after it, or None."""
    for end in range(start + 1, min(len(lines), start + _MAX_LITERAL_LINES) + 1):
        # Only where the brackets could close: a cheap test before the parser.
        if not lines[end - 1].rstrip().endswith(("]", "}")):
            continue
        try:
            tree = ast.parse("\n".join(lines[start:end]), mode="eval").body
        except (SyntaxError, ValueError):
            continue
        return tree, end
    return None


def _dicts(tree: ast.expr) -> list[ast.Dict]:
    nodes = tree.elts if isinstance(tree, ast.List | ast.Tuple) else [tree]
    return [n for n in nodes if isinstance(n, ast.Dict)]


def _record(node: ast.Dict, first_line: int) -> Record:
    """A dict's string and number fields, each at its key's line in the file."""
    fields: dict[str, Field] = {}
    for key, value in zip(node.keys, node.values, strict=True):
        if not isinstance(key, ast.Constant) or not isinstance(key.value, str):
            continue
        if isinstance(value, ast.Constant) and isinstance(value.value, str | int | float) and value.value is not True:
            fields[key.value] = Field(str(value.value), first_line + key.lineno - 1)
    return Record(first_line + node.lineno - 1, fields)
