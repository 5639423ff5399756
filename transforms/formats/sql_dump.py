"""SQL dumps of a chat platform's messages table (mysqldump, pg_dump) -> the rows csv_table reads.

A dump is recognised by an `INSERT INTO t ... VALUES (` line and a `CREATE TABLE` statement or an explicit
column list (`INSERT INTO t (a, b) VALUES`), or by a pg_dump `COPY t (a, b) FROM stdin;` line. A table's column
names come from its CREATE TABLE column list (bare, backquoted or double-quoted identifiers; `PRIMARY KEY`, `KEY`,
`CONSTRAINT`... lines skipped), or from the INSERT's (or COPY's) own list when it has one. Only tables whose columns
csv_table.resolve finds a speaker and a text in (`sender_role`, `body`, `conversation_id`, `created_at`...) are read;
other tables of a whole-database dump are ignored. Their rows become a table of strings handed to
csv_table.table_rows, so sessions, order, `system` rows and labels are read as in a CSV export.

Rows: `INSERT INTO ... VALUES (...), (...);`, one or many tuples a statement (mysqldump's extended insert puts
many on one line). Values are SQL literals: single-quoted strings with MySQL escapes (`\\'`, `\\\\`, `\\n`,
`\\r`, `\\t`, `\\0`, `''`), numbers (kept as their text), NULL (a NULL text is an empty turn). A value that is
an expression (`now()`, `_binary '...'`) keeps its string literal if it has one, else its SQL text. Each row's
`source_line` is the file line where its tuple's `(` is.

pg_dump's plain format (without --inserts) gives a table's rows as a COPY block instead: `COPY public.messages
(id, conversation_id, sender_role, body) FROM stdin;`, then one row a line, its values separated by tabs, up to a
line `\\.` (or the end of a cut file). A value is COPY's text format: `\\N` is NULL, and the backslash escapes
`\\n`, `\\r`, `\\t`, `\\b`, `\\f`, `\\v`, `\\\\`, octal `\\123` and hex `\\x41` bytes (a run of them
decoded as UTF-8) are undone; nothing else in the text is touched. A row's `source_line` is its own line. A row of a
message table with more or fewer values than the COPY's columns (tabs turned to spaces by a hand edit) is no row: it
goes to `stray_lines` at its line, an `unparseable_line` defect. The other tables' COPY blocks (a conversations table
without a text column) are read past like their INSERTs.

SQL literals need a real scanner (a `;` or `),(` inside a message is no boundary), so each file is tokenised in
Python, once, by one regular expression; polars takes over from the rows on. pg_dump's dollar-quoted bodies
(`AS $$ ... $$`, `$body$ ... $body$`: functions, DO blocks) are one token, so an INSERT or a `;` inside a function is
no statement of the dump; its backslash-literal strings (standard_conforming_strings) are read with MySQL's escapes.
A COPY block is cut out of the text whole when its `COPY ... FROM stdin;` statement ends, so the scanner never reads
its rows as SQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

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
    |(?P<dollar>\$(?P<tag>(?:[A-Za-z_][A-Za-z_0-9]*)?)\$.*?(?:\$(?P=tag)\$|\Z))
    |(?P<number>[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)
    |(?P<word>[A-Za-z_][A-Za-z_0-9$]*)
    |(?P<punct>.)
    """,
    re.S | re.X,
)
# Quick test before any scanning: an INSERT at a line start with VALUES after it.
_INSERT_LINE = re.compile(r"(?im)^[ \t]*INSERT[ \t]+(?:IGNORE[ \t]+)?INTO\b[^\n]*?\bVALUES\b")
_CREATE_TABLE = re.compile(r"(?i)\bCREATE[ \t]+(?:TEMPORARY[ \t]+)?TABLE\b")
# pg_dump's COPY statement, its rows on the lines after it up to a `\.` line.
_COPY_LINE = re.compile(r"(?im)^[ \t]*COPY[ \t]+[^\s(;]+[^\n;]*?[ \t]FROM[ \t]+stdin\b[^\n]*;")
_COPY_END = re.compile(r"(?m)^\\\.[ \t]*\r?$")
# COPY's text format: escapes of one character, and octal or hex bytes (a run of them is one UTF-8 sequence).
_COPY_ESCAPES = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
_COPY_ESCAPE = re.compile(r"((?:\\(?:[0-7]{1,3}|x[0-9A-Fa-f]{1,2}))+)|\\(.)", re.S)
_COPY_BYTE = re.compile(r"\\(?:([0-7]{1,3})|x([0-9A-Fa-f]{1,2}))")
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
    # COPY lines that are no row of the table (another number of values): (line, the line as written).
    stray: list[tuple[int, str]] = field(default_factory=list)


def looks_like_sql_dump(body: str) -> bool:
    """An INSERT INTO ... VALUES line, and a CREATE TABLE or an INSERT naming its columns; or a pg_dump COPY
    statement, `COPY t (a, b) FROM stdin;`, at a line start."""
    if _INSERT_LINE.search(body) is not None and (
        _CREATE_TABLE.search(body) is not None or _EXPLICIT_COLUMNS.search(body) is not None
    ):
        return True
    return _COPY_LINE.search(body) is not None


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
        if word == "copy":
            i, name, columns, data = _copy(tokens, i + 1)
            names = (columns if columns is not None else created.get(name, [])) if name is not None else []
            if names and data is not None:
                table = tables.setdefault((str(name), tuple(names)), SqlTable(str(name), names, []))
                _copy_rows(data, len(names), table)
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
    stray: list[tuple[int, str]] = []
    for table in message_tables(text.lstrip("\ufeff"), mapping):
        columns = csv_table.resolve(table.columns, mapping)
        stray.extend(table.stray)
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
    stacked = _stacked(parts)
    if not stray:
        return stacked
    lines = pl.DataFrame(
        {"source_id": [source_id] * len(stray), "line_no": [n for n, _ in stray], "line": [t for _, t in stray]},
        schema={"source_id": pl.String, "line_no": pl.Int64, "line": pl.String},
    ).sort("line_no")
    return ParsedText(stacked.sessions, stacked.turns, stacked.header_lines, lines).conformed()


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
    """The file's tokens; a COPY block's rows are one `copy` token, on the line of its first row."""
    tokens: list[_Token] = []
    line = 1
    position = 0
    while True:
        # The statement so far: its first word, and whether it has said `FROM stdin`.
        first: str | None = None
        previous = ""
        from_stdin = False
        data_after: int | None = None
        for match in _TOKEN.finditer(text, position):
            kind = match.lastgroup or "punct"
            value = match.group()
            if kind not in ("space", "comment"):
                tokens.append(_Token(kind, value, line))
                if kind == "word":
                    lowered = value.lower()
                    first = first or lowered
                    from_stdin = from_stdin or (previous == "from" and lowered == "stdin")
                    previous = lowered
                elif kind == "punct" and value == ";":
                    if first == "copy" and from_stdin:
                        data_after = match.end()
                        break
                    first, previous, from_stdin = None, "", False
            line += value.count("\n")
        if data_after is None:
            return tokens
        # The rows start on the line after the statement and run up to a `\.` line, or to the end of a cut file.
        newline = text.find("\n", data_after)
        if newline < 0:
            return tokens
        start = newline + 1
        line += 1
        end = _COPY_END.search(text, start)
        stop = end.start() if end is not None else len(text)
        tokens.append(_Token("copy", text[start:stop], line))
        line += text.count("\n", start, stop)
        position = end.end() if end is not None else len(text)


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


def _column_list(tokens: list[_Token], i: int) -> tuple[int, list[str] | None]:
    """An optional `(col, ...)` list after a table name (INSERT or COPY): its names, or None without one."""
    if not _is(tokens, i, "("):
        return i, None
    columns: list[str] = []
    i += 1
    while i < len(tokens) and not _is(tokens, i, ")"):
        if tokens[i].kind in ("word", "ident"):
            columns.append(_identifier(tokens[i]))
        i += 1
    return i + 1, columns


def _insert(
    tokens: list[_Token], i: int
) -> tuple[int, str | None, list[str] | None, list[tuple[int, list[str | None]]]]:
    while _word(tokens, i) in ("ignore", "into"):
        i += 1
    i, name = _name(tokens, i)
    i, columns = _column_list(tokens, i)
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


def _copy(tokens: list[_Token], i: int) -> tuple[int, str | None, list[str] | None, _Token | None]:
    """`COPY name [(columns)] FROM stdin;` and its rows' token; other COPY statements (`TO stdout`) have none."""
    i, name = _name(tokens, i)
    i, columns = _column_list(tokens, i)
    i = _skip_statement(tokens, i)
    if i < len(tokens) and tokens[i].kind == "copy":
        return i + 1, name, columns, tokens[i]
    return i, name, columns, None


def _copy_rows(data: _Token, width: int, table: SqlTable) -> None:
    """A COPY block's lines -> the table's rows (tab-separated values) or its stray lines (another count)."""
    for offset, raw in enumerate(data.text.split("\n")):
        line = raw.removesuffix("\r")
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) != width:
            table.stray.append((data.line + offset, line))
            continue
        table.rows.append((data.line + offset, [None if f == "\\N" else _copy_text(f) for f in fields]))


def _copy_text(value: str) -> str:
    if "\\" not in value:
        return value
    return _COPY_ESCAPE.sub(_copy_escape, value)


def _copy_escape(match: re.Match[str]) -> str:
    if match.group(1) is None:
        char = match.group(2)
        return _COPY_ESCAPES.get(char, char)
    data = bytes(int(octal, 8) & 0xFF if octal else int(hexa, 16) for octal, hexa in _COPY_BYTE.findall(match.group(1)))
    return data.decode("utf-8", errors="replace")


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
    strings = [t for t in tokens if t.kind in ("string", "dollar")]
    if strings:
        last = strings[-1].text
        if strings[-1].kind == "dollar":
            # `$tag$text$tag$`: the text as it stands, no escapes.
            tag = last[: last.index("$", 1) + 1]
            return last[len(tag) : -len(tag)] if len(last) >= 2 * len(tag) and last.endswith(tag) else last[len(tag) :]
        return _unquote(last)
    if len(tokens) == 1 and tokens[0].kind == "word" and tokens[0].text.lower() == "null":
        return None
    return " ".join(t.text for t in tokens) if tokens else None


def _unquote(literal: str) -> str:
    inner = literal[1:-1] if len(literal) > 1 and literal.endswith("'") else literal[1:]
    return _ESCAPE.sub(lambda m: "'" if m.group(1) is None else _ESCAPES.get(m.group(1), m.group(1)), inner)
