"""SQL dumps of a chat platform's messages table (mysqldump, pg_dump --inserts) -> the rows csv_table reads.

A dump is recognised by an `INSERT INTO t ... VALUES (` line and a `CREATE TABLE` statement or an explicit
column list (`INSERT INTO t (a, b) VALUES`). A table's column names come from its CREATE TABLE column list
(bare, backquoted or double-quoted identifiers; `PRIMARY KEY`, `KEY`, `CONSTRAINT`... lines skipped), or from
the INSERT's own list when it has one. Only tables whose columns csv_table.resolve finds a speaker and a text
in (`sender_role`, `body`, `conversation_id`, `created_at`...) are read; other tables of a whole-database dump
are ignored. Their rows become a table of strings handed to csv_table.table_rows, so sessions, order,
`system` rows and labels are read as in a CSV export.

Rows: `INSERT INTO ... VALUES (...), (...);`, one or many tuples a statement (mysqldump's extended insert puts
many on one line). Values are SQL literals: single-quoted strings with MySQL escapes (`\\'`, `\\\\`, `\\n`,
`\\r`, `\\t`, `\\0`, `''`), numbers (kept as their text), NULL (a NULL text is an empty turn). A value that is
an expression (`now()`, `_binary '...'`) keeps its string literal if it has one, else its SQL text. Each row's
`source_line` is the file line where its tuple's `(` is.

SQL literals need a real scanner (a `;` or `),(` inside a message is no boundary), so each file is tokenised in
Python, once, by one regular expression; polars takes over from the rows on. pg_dump's dollar-quoted bodies and
its backslash-literal strings (standard_conforming_strings) are read with MySQL's escapes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats import csv_table
from transforms.formats.base import ParsedText, concat_parsed, empty_parsed

_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
    |(?P<comment>--[^\n]*|\#[^\n]*|/\*.*?(?:\*/|\Z))
    |(?P<string>'(?:[^'\\]|\\.|'')*(?:'|\Z))
    |(?P<ident>`(?:[^`]|``)*`|"(?:[^"]|"")*")
    |(?P<number>[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)
    |(?P<word>[A-Za-z_][A-Za-z_0-9$]*)
    |(?P<punct>.)
    """,
    re.S | re.X,
)
# Quick test before any scanning: an INSERT at a line start with VALUES after it.
_INSERT_LINE = re.compile(r"(?im)^[ \t]*INSERT[ \t]+(?:IGNORE[ \t]+)?INTO\b[^\n]*?\bVALUES\b")
_CREATE_TABLE = re.compile(r"(?i)\bCREATE[ \t]+(?:TEMPORARY[ \t]+)?TABLE\b")
_EXPLICIT_COLUMNS = re.compile(r"(?im)^[ \t]*INSERT[ \t]+(?:IGNORE[ \t]+)?INTO[ \t]+[^\s(]+[ \t]*\(")
_ESCAPES = {"0": "\0", "n": "\n", "r": "\r", "t": "\t", "b": "\b", "Z": "\x1a"}
_ESCAPE = re.compile(r"\\(.)|''", re.S)
# Lines of a CREATE TABLE column list that are no column.
_NOT_COLUMNS = {"primary", "key", "unique", "constraint", "index", "foreign", "check", "fulltext", "spatial", "exclude"}


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str
    line: int


@dataclass
class SqlTable:
    name: str
    columns: list[str]
    rows: list[tuple[int, list[str | None]]]  # (line of the tuple's `(`, values)


def looks_like_sql_dump(body: str) -> bool:
    """An INSERT INTO ... VALUES line, and a CREATE TABLE or an INSERT naming its columns."""
    return _INSERT_LINE.search(body) is not None and (
        _CREATE_TABLE.search(body) is not None or _EXPLICIT_COLUMNS.search(body) is not None
    )


def message_tables(text: str, mapping: dict[str, object] | None = None) -> list[SqlTable]:
    """The dump's tables whose columns resolve to a speaker and a text, with their rows, in file order."""
    return [t for t in tables_of(text) if csv_table.resolve(t.columns, mapping) is not None]


def tables_of(text: str) -> list[SqlTable]:
    """Every table with INSERT rows and known column names, in order of its first INSERT."""
    tokens = _tokens(text)
    created: dict[str, list[str]] = {}
    tables: dict[tuple[str, tuple[str, ...]], SqlTable] = {}
    i = 0
    while i < len(tokens):
        token = tokens[i]
        word = token.text.lower() if token.kind == "word" else ""
        if word == "create" and _word(tokens, i + 1) in ("table", "temporary"):
            i, name, defined = _create_table(tokens, i + 1)
            if name is not None:
                created[name] = defined
            continue
        if word == "insert" and _word(tokens, i + 1) in ("into", "ignore"):
            i, name, columns, rows = _insert(tokens, i + 1)
            if name is not None:
                names = columns if columns is not None else created.get(name, [])
                if names:
                    table = tables.setdefault((name, tuple(names)), SqlTable(name, names, []))
                    table.rows.extend(rows)
            continue
        i += 1
    return list(tables.values())


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    """`files(source_id, path, text[, column_mapping])`: each dump's message tables, read as csv_table reads rows."""
    mappings = (
        files.get_column("column_mapping").to_list() if "column_mapping" in files.columns else [None] * files.height
    )
    parts = [
        parse_dump(source_id, text, csv_table.read_mapping(mapping))
        for (source_id, text), mapping in zip(files.select("source_id", "text").iter_rows(), mappings, strict=True)
    ]
    return concat_parsed(parts)


def parse_dump(source_id: str, text: str, mapping: dict[str, object]) -> ParsedText:
    parts: list[ParsedText] = []
    for table in message_tables(text.lstrip("\ufeff"), mapping):
        columns = csv_table.resolve(table.columns, mapping)
        if columns is None or not table.rows:
            continue
        width = len(table.columns)
        # A tuple with more or fewer values than columns is padded or cut: its line still shows where it was.
        frame = pl.DataFrame(
            {
                **{
                    name: [(values + [None] * width)[k] for _, values in table.rows]
                    for k, name in enumerate(table.columns)
                },
                "_line": [line for line, _ in table.rows],
            },
            schema={**dict.fromkeys(table.columns, pl.String), "_line": pl.Int64},
        )
        parts.append(csv_table.table_rows(source_id, frame, table.columns, columns))
    return _stacked(parts)


def _stacked(parts: list[ParsedText]) -> ParsedText:
    """Several message tables of one file: their sessions numbered on from the previous table's."""
    if not parts:
        return empty_parsed()
    shifted = [parts[0]]
    segments, sessions = _extent(parts[0])
    for part in parts[1:]:
        shifted.append(
            ParsedText(
                sessions=part.sessions.with_columns(
                    pl.col("segment") + segments, (pl.col("session_index") + sessions).cast(pl.Int32)
                ),
                turns=part.turns.with_columns(pl.col("segment") + segments),
                header_lines=part.header_lines,
                stray_lines=part.stray_lines,
            )
        )
        more_segments, more_sessions = _extent(part)
        segments += more_segments
        sessions += more_sessions
    return concat_parsed(shifted)


def _extent(part: ParsedText) -> tuple[int, int]:
    if part.sessions.is_empty():
        return 0, 0
    return int(part.sessions["segment"].max()) + 1, part.sessions.height  # type: ignore[arg-type]


# --- scanner ---------------------------------------------------------------------------------------------


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    line = 1
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "punct"
        value = match.group()
        if kind not in ("space", "comment"):
            tokens.append(_Token(kind, value, line))
        line += value.count("\n")
    return tokens


def _word(tokens: list[_Token], i: int) -> str:
    return tokens[i].text.lower() if i < len(tokens) and tokens[i].kind == "word" else ""


def _is(tokens: list[_Token], i: int, punct: str) -> bool:
    return i < len(tokens) and tokens[i].kind == "punct" and tokens[i].text == punct


def _identifier(token: _Token) -> str:
    if token.kind == "ident":
        quote = token.text[0]
        return token.text[1:-1].replace(quote * 2, quote)
    return token.text


def _name(tokens: list[_Token], i: int) -> tuple[int, str | None]:
    """A table name, `schema.table` read as `table` (pg_dump's `public.messages`), lower-cased."""
    name = None
    while i < len(tokens) and tokens[i].kind in ("word", "ident"):
        name = _identifier(tokens[i]).lower()
        i += 1
        if not _is(tokens, i, "."):
            break
        i += 1
    return i, name


def _skip_statement(tokens: list[_Token], i: int) -> int:
    while i < len(tokens) and not _is(tokens, i, ";"):
        i += 1
    return i + 1


def _create_table(tokens: list[_Token], i: int) -> tuple[int, str | None, list[str]]:
    while _word(tokens, i) in ("temporary", "table", "if", "not", "exists"):
        i += 1
    i, name = _name(tokens, i)
    if name is None or not _is(tokens, i, "("):
        return _skip_statement(tokens, i), None, []
    columns: list[str] = []
    depth = 0
    expect_name = True
    while i < len(tokens):
        token = tokens[i]
        if token.kind == "punct" and token.text == "(":
            depth += 1
            expect_name = depth == 1
        elif token.kind == "punct" and token.text == ")":
            depth -= 1
            if depth == 0:
                break
        elif token.kind == "punct" and token.text == "," and depth == 1:
            expect_name = True
        elif expect_name and depth == 1:
            if token.kind == "ident" or (token.kind == "word" and token.text.lower() not in _NOT_COLUMNS):
                columns.append(_identifier(token))
            expect_name = False
        i += 1
    return _skip_statement(tokens, i), name, columns


def _insert(
    tokens: list[_Token], i: int
) -> tuple[int, str | None, list[str] | None, list[tuple[int, list[str | None]]]]:
    while _word(tokens, i) in ("ignore", "into"):
        i += 1
    i, name = _name(tokens, i)
    columns: list[str] | None = None
    if _is(tokens, i, "("):
        columns = []
        i += 1
        while i < len(tokens) and not _is(tokens, i, ")"):
            if tokens[i].kind in ("word", "ident"):
                columns.append(_identifier(tokens[i]))
            i += 1
        i += 1
    if name is None or _word(tokens, i) not in ("values", "value"):
        return _skip_statement(tokens, i), None, None, []
    i += 1
    rows: list[tuple[int, list[str | None]]] = []
    while _is(tokens, i, "("):
        line = tokens[i].line
        i, values = _tuple(tokens, i + 1)
        rows.append((line, values))
        if not _is(tokens, i, ","):
            break
        i += 1
    return _skip_statement(tokens, i), name, columns, rows


def _tuple(tokens: list[_Token], i: int) -> tuple[int, list[str | None]]:
    """The values of one `(...)` tuple from just inside it; the index after its `)`."""
    values: list[str | None] = []
    current: list[_Token] = []
    depth = 0
    while i < len(tokens):
        token = tokens[i]
        if token.kind == "punct" and token.text == ";" and depth == 0:
            break  # a tuple cut off by the statement's end
        if token.kind == "punct" and token.text in ",)" and depth == 0:
            values.append(_value(current))
            current = []
            i += 1
            if token.text == ")":
                return i, values
            continue
        if token.kind == "punct" and token.text == "(":
            depth += 1
        elif token.kind == "punct" and token.text == ")":
            depth -= 1
        current.append(token)
        i += 1
    if current:
        values.append(_value(current))
    return i, values


def _value(tokens: list[_Token]) -> str | None:
    strings = [t for t in tokens if t.kind == "string"]
    if strings:
        return _unquote(strings[-1].text)
    if len(tokens) == 1 and tokens[0].kind == "word" and tokens[0].text.lower() == "null":
        return None
    return " ".join(t.text for t in tokens) if tokens else None


def _unquote(literal: str) -> str:
    inner = literal[1:-1] if len(literal) > 1 and literal.endswith("'") else literal[1:]
    return _ESCAPE.sub(lambda m: "'" if m.group(1) is None else _ESCAPES.get(m.group(1), m.group(1)), inner)
