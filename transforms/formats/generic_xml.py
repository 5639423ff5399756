"""XML of a shape no parser knows: the conversations found by looking at its values (record_discovery.py).

`<conversation id="c1"><message><sender>counsellor</sender><body>...</body></message>...`, `<turn speaker="T"
start="00:01">...</turn>`, `<Utterance><Speaker>Client</Speaker><Text>...</Text></Utterance>`: wherever an element
has two or more children of one tag that each name a speaker and say something, those children are a
conversation. A child is flattened to its attributes (`@speaker`), its own text (`#text`, the text between its
children) and its children's text and attributes, two levels down (`sender`, `sender@role`, `text.seg`).

Lines come from the parser: a turn sits on the first of its speaker's and its text's lines (an attribute's or
the element's own text: the element's start tag), a session on its container's start tag; the container's
attributes are the session's metadata. Files that HTML reads (`<html>`, TEI's `<u who=...>`) never come here
(detect.py tries this after the HTML test). Entities are the document's own: nothing is fetched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.parsers import expat

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.record_discovery import Field, Record, RecordList, choose, parsed

_MAX_DEPTH = 2
# An XML declaration's encoding: the text is decoded already, and expat would decode it again.
_DECLARED_ENCODING = re.compile(r"""^(\ufeff?<\?xml[^>]*?)\s+encoding\s*=\s*["'][^"']*["']""")


@dataclass
class _Element:
    tag: str
    attrs: dict[str, str]
    line: int
    children: list[_Element] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)

    @property
    def own_text(self) -> str:
        return "".join(self.parts).strip()


def _local(name: str) -> str:
    return name.rsplit(":", 1)[-1].rsplit("}", 1)[-1]


def tree(text: str) -> _Element | None:
    """The document's elements with their start lines; None if it is not well-formed XML."""
    root = _Element("", {}, 1)
    stack = [root]
    parser = expat.ParserCreate()

    def start(name: str, attrs: dict[str, str]) -> None:
        element = _Element(_local(name), {_local(k): v for k, v in attrs.items()}, parser.CurrentLineNumber)
        stack[-1].children.append(element)
        stack.append(element)

    def end(name: str) -> None:
        stack.pop()

    def data(chunk: str) -> None:
        stack[-1].parts.append(chunk)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = data
    try:
        parser.Parse(_DECLARED_ENCODING.sub(r"\1", text, count=1), True)
    except (expat.ExpatError, RecursionError):
        return None
    return root


def record_lists(text: str) -> list[RecordList]:
    """Every innermost group of same-tag sibling elements in `text` that reads as a conversation."""
    root = tree(text)
    return [] if root is None else _walk(root)


def _walk(element: _Element) -> list[RecordList]:
    by_tag: dict[str, list[_Element]] = {}
    for child in element.children:
        by_tag.setdefault(child.tag, []).append(child)
    found: list[RecordList] = []
    for siblings in by_tag.values():
        # Siblings that hold conversations are their containers (chats, sessions), not turns.
        inner = [lists for child in siblings for lists in _walk(child)]
        if inner or len(siblings) < 2:
            found += inner
            continue
        records = [Record(child.line, _flatten(child)) for child in siblings]
        choice = choose(records)
        if choice is not None:
            found.append(RecordList(element.line, records, choice, dict(element.attrs)))
    return found


def _flatten(element: _Element, prefix: str = "", depth: int = 0) -> dict[str, Field]:
    out: dict[str, Field] = {}
    for name, attr in element.attrs.items():
        out[f"{prefix}@{name}"] = Field(attr, element.line)
    if element.own_text:
        out[f"{prefix}#text" if prefix else "#text"] = Field(element.own_text, element.line)
    if depth < _MAX_DEPTH:
        for child in element.children:
            path = f"{prefix}.{child.tag}" if prefix else child.tag
            if path in out or f"{path}#text" in out:
                continue  # a repeated child: its first is read
            for key, found in _flatten(child, path, depth + 1).items():
                # A child's own text is its path's value (`sender`, not `sender#text`).
                out.setdefault(key.removesuffix("#text") if key == f"{path}#text" else key, found)
    return out


def holds_conversation(text: str) -> bool:
    return bool(record_lists(text))


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    """`files(source_id, text, ...)` -> the conversations found in each."""
    return parsed(
        [(source_id, record_lists(text)) for source_id, text in files.select("source_id", "text").iter_rows()]
    )
