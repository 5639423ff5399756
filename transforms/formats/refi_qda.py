"""REFI-QDA project files (`.qde`, the exchange format of NVivo, ATLAS.ti, MAXQDA, QDA Miner...) -> sessions and turns.

    <Project xmlns="urn:QDA-XML:project:1.0" name="Youth counselling study" origin="...">
      <Users>...</Users> <CodeBook><Codes><Code name="Coping" .../></Codes></CodeBook>
      <Sources>
        <TextSource guid="..." name="Interview P07" plainTextPath="internal://....txt">
          <Description>Second session, audio transcript</Description>
          <PlainTextContent>Counsellor: How has the week been?
    Client: Better than last week.
    </PlainTextContent>
          <PlainTextSelection name="Better than last week" startPosition="..." endPosition="...">
            <Coding ...><CodeRef targetGUID="..."/></Coding>
          </PlainTextSelection>
        </TextSource>
      </Sources>
      <Notes><Note name="Memo"><PlainTextContent>...</PlainTextContent></Note></Notes>
    </Project>

Each `<TextSource>`'s `<PlainTextContent>` is a transcript in plain text; its lines (XML references undone, or a
CDATA section as it stands) are read with the plain-text rules (plain_text.parse_lines), so labels, the alias table,
continuation lines, headers and stray lines mean what they mean in a text file. Each TextSource is a session (a
`---` line is put before its text: a separator inside the text still splits it, as in a text file); its `name` is
the session's `title` in `source_metadata`, with its `guid` and `<Description>`. Nothing else is transcript text:
the code book, users, the codings (`<PlainTextSelection name=...>` quotes a stretch of a turn: no turn), variables,
and memos (`<Notes>`, `<NoteRef>`, `<Description>`). A TextSource whose text is only in an external file
(`plainTextPath` without content; a `.qdpx` archive holds both) gives no turns.

`source_line`: the file line where each text line stands. The content's first line shares its line with the
`<PlainTextContent>` tag; the others follow line by line (a `&#10;` reference inside a line makes two text lines on
one file line). As in html_export.py, parse_lines numbers the text lines 1..n and the file's lines are put back
after parsing.

The file is read with regular expressions, not a strict XML parser (a cut project still gives its complete sources);
a project is a handful of sources, so the Python loop over them costs little.

Detection (detect.py, `looks_like_refi_qda`): an XML file whose root is a `<Project` in the REFI-QDA namespace
(`urn:QDA-XML:project:1.0`), or which holds `<TextSource` or `<PlainTextContent` elements.
"""

from __future__ import annotations

import json
import re

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.derived_lines import parse_derived_lines, record_id
from transforms.formats.instruction_records import RECORD_SPAN
from transforms.formats.sms_backup import unescape

_PREFIX = r"(?:[\w.\-]+:)?"
_PROJECT = re.compile(rf"(?:\s|<\?[^>]*\?>|<!--.*?-->)*<{_PREFIX}Project\b[^>]*urn:QDA-XML:project:", re.S)
_ATTRS = r"""(?:[^<>"']|"[^"]*"|'[^']*')*"""
_SOURCE = re.compile(rf"<{_PREFIX}TextSource\b({_ATTRS}?)(/?)>", re.S)
_SOURCE_END = re.compile(rf"</{_PREFIX}TextSource[ \t\r\n]*>")
_CONTENT = re.compile(rf"<{_PREFIX}PlainTextContent\b[^>]*?(/?)>")
_CONTENT_END = re.compile(rf"</{_PREFIX}PlainTextContent[ \t\r\n]*>")
_DESCRIPTION = re.compile(rf"<{_PREFIX}Description\b[^>]*>(.*?)</{_PREFIX}Description[ \t\r\n]*>", re.S)
_ATTR = re.compile(r"""([\w:.\-]+)[ \t\r\n]*=[ \t\r\n]*(?:"([^"]*)"|'([^']*)')""")
_CDATA = re.compile(r"<!\[CDATA\[(.*?)(?:\]\]>|\Z)", re.S)


def looks_like_refi_qda(text: str) -> bool:
    """Whether a decoded file is a REFI-QDA project (see the module docstring)."""
    body = text.lstrip("\ufeff \t\r\n")
    if not body.startswith("<"):
        return False
    return _PROJECT.match(body[:8192]) is not None or "<TextSource" in body or "<PlainTextContent" in body


def _attributes(text: str) -> dict[str, str]:
    return {m.group(1): unescape(m.group(2) if m.group(2) is not None else m.group(3)) for m in _ATTR.finditer(text)}


def _text_of(raw: str) -> str:
    """An element's character data: CDATA sections as they stand, the rest XML-unescaped."""
    parts: list[str] = []
    position = 0
    for match in _CDATA.finditer(raw):
        parts.append(unescape(raw[position : match.start()]))
        parts.append(match.group(1))
        position = match.end()
    parts.append(unescape(raw[position:]))
    return "".join(parts)


def text_sources(text: str) -> list[tuple[int, dict[str, object], list[tuple[int, str]]]]:
    """`(line of the <TextSource> tag, session metadata, [(file line, text line)])` of each TextSource, in order."""
    sources: list[tuple[int, dict[str, object], list[tuple[int, str]]]] = []
    line = 1
    counted = 0
    position = 0
    while True:
        match = _SOURCE.search(text, position)
        if match is None:
            return sources
        line += text.count("\n", counted, match.start())
        counted = match.start()
        attributes = _attributes(match.group(1))
        end = _SOURCE_END.search(text, match.end()) if not match.group(2) else None
        stop = match.end() if match.group(2) else (end.start() if end is not None else len(text))
        body_start = match.end()
        position = end.end() if end is not None else stop
        metadata: dict[str, object] = {"title": attributes.get("name")}
        if attributes.get("guid"):
            metadata["guid"] = attributes["guid"]
        lines: list[tuple[int, str]] = []
        content = _CONTENT.search(text, body_start, stop)
        description = _DESCRIPTION.search(text, body_start, content.start() if content is not None else stop)
        if description is not None and _text_of(description.group(1)).strip():
            metadata["description"] = _text_of(description.group(1)).strip()
        if content is not None and not content.group(1):
            closing = _CONTENT_END.search(text, content.end(), stop)
            raw = text[content.end() : closing.start() if closing is not None else stop]
            first = line + text.count("\n", match.start(), content.end())
            for offset, raw_line in enumerate(raw.split("\n")):
                lines.extend((first + offset, piece) for piece in _text_of(raw_line.removesuffix("\r")).split("\n"))
        sources.append((line, metadata, lines))


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    """`files(source_id, text, ...)` of REFI-QDA projects: each TextSource's text read as plain text."""
    # Each TextSource is read as a document of its own: its opening lines are its preamble, as at the top of a
    # file, not text stranded between two sessions of one document.
    rows: list[tuple[str, int, str]] = []
    metadata: list[tuple[str, int, str]] = []
    for source_id, text in files.select("source_id", "text").iter_rows():
        for number, (_, source_metadata, lines) in enumerate(text_sources(text.lstrip("\ufeff")), 1):
            metadata.append((source_id, number, json.dumps(source_metadata, ensure_ascii=False)))
            rows.extend((record_id(source_id, number), file_line, line) for file_line, line in lines)
    parsed = parse_derived_lines(rows, config, records=True)
    of_source = pl.DataFrame(
        metadata, schema={"source_id": pl.String, "_record": pl.Int64, "_source_metadata": pl.String}, orient="row"
    )
    sessions = parsed.sessions.with_columns((pl.col("segment") // RECORD_SPAN).alias("_record")).join(
        of_source, on=["source_id", "_record"], how="left", maintain_order="left"
    )
    merged = [
        _merged(own, source) for own, source in sessions.select("source_metadata", "_source_metadata").iter_rows()
    ]
    sessions = sessions.with_columns(pl.Series("source_metadata", merged, dtype=pl.String)).drop(
        "_record", "_source_metadata"
    )
    return ParsedText(
        sessions=sessions, turns=parsed.turns, header_lines=parsed.header_lines, stray_lines=parsed.stray_lines
    ).conformed()


def _merged(own: str | None, source: str | None) -> str | None:
    """The TextSource's metadata, with what the text itself said (a section title, a system prompt) kept beside."""
    base: dict[str, object] = json.loads(source) if source else {}
    if own:
        for key, value in json.loads(own).items():
            base["section_title" if key == "title" else key] = value
    return json.dumps(base, ensure_ascii=False) if base else None
