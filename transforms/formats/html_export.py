"""HTML transcript exports (a clinical-record system's "export as web page") -> sessions and turns.

`<p><b>Dr. Rao:</b> How have you been?</p>`, `<div class="turn"><span class="speaker">Client</span>: text</div>`,
headings and `<hr>` between sessions. The markup is turned into text lines, and those are read with the
plain-text rules (plain_text.parse_lines), so labels, aliases, continuation lines, separators and session
headings mean exactly what they mean in a text file:

- block elements (`<p>`, `<div>`, `<li>`, `<tr>`, `<h1>`...`<h6>`, `<blockquote>`...) end a line; `<br>` ends a
  line inside the turn (a continuation line); `<td>`/`<th>` cells are joined by a tab (`Therapist<tab>text`),
  and a row of `<th>` cells only (column names) is a heading;
- `<hr>` is a `---` line, a session separator; a heading `<h2>Session 3</h2>` is the Markdown line
  `## Session 3`, so it opens a session (after turns) or heads the file, as in plain text;
- `<head>`, `<title>`, `<style>`, `<script>`, `<template>`, `<noscript>` and comments are no text;
- entities (`&rsquo;`, `&amp;`, `&eacute;`, `&#8217;`) are unescaped (html.unescape, by html.parser); runs of
  white space inside a block are one space, except in `<pre>`, whose lines stay lines;
- a `<span class="speaker">Client</span>` not followed by a colon gets one, so `Client` is read as a label;
- TEI, the XML of spoken-language corpora, reads the same way: `<u who="#AY">text</u>` is the line `AY: text`,
  each `<person xml:id="AY" role="counsellor"><persName>..</persName></person>` of the header a key line
  (`AY = counsellor; Dr Amina Yusuf`) that gives `AY:` its role, `<div type="session">` a `---` separator, a
  `<head>` inside `<text>` a heading; `<note>`, `<incident>`, `<vocal>`, `<pause>`, `<gap>` are annotations,
  dropped like `<script>` (they are not speech, and glued to a turn they would be taken for its words).

`source_line`: each text line keeps the line of the file where its block starts (the `<p>` or `<div>` tag;
after a `<br>` or outside any block, where its text starts). A one-line export puts every turn on line 1.
parse_lines numbers the text lines 1..n (two of them may share a file line) and the file's lines are put back
after parsing.

The markup is read by one html.parser pass per file, in Python: the tags must be matched in order to know
which text is inside `<head>` or `<script>`, which no per-line regex can tell. HTML exports are rare in a
batch, so the loop costs little; everything after it (parse_lines) is vectorised polars.

Detection (detect.py, `looks_like_html`): `<!DOCTYPE html>` or `<html>` at the start of the file, or at least
three lines that open with a block tag (`<p>`, `<div>`, `<li>`, `<tr>`, `<h1>`...) in a file that closes one of
them. A transcript that mentions `<b>` or writes `<Client> text` labels has neither.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.derived_lines import parse_each_text

_CDATA_WRAPPER = re.compile(r"<!\[CDATA\[|\]\]>")
_BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "html",
        "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    }
)  # fmt: skip
# Elements whose content is not the transcript's text.
_DROPPED = frozenset({"head", "title", "style", "script", "template", "noscript"})
_CELLS = frozenset({"td", "th"})
_SPACE = re.compile(r"\s+")
# The element naming who speaks: `class="speaker"`, and a chat page's `msg__author`, `sender-name`, `from_name`.
_SPEAKER_CLASS = re.compile(r"(?i)speaker|author|sender|(?:from|user|display)[-_ ]?name")
_COLONS = (":", "\uff1a")
# Where the document says it is HTML: a doctype or an `<html>` tag before any text.
_HTML_START = re.compile(r"^(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|tei)\b", re.IGNORECASE | re.DOTALL)
# TEI, the XML of spoken-language corpora: `<u who="#AY">` is an utterance by the person `AY` of the header's
# `<listPerson>` (`<person xml:id="AY" role="counsellor">`), a `<div type="session">` one session, a `<head>` in the
# text its heading; incidents, vocal noises, pauses and transcribers' notes are annotations, not speech.
_TEI_ANNOTATIONS = frozenset({"note", "incident", "vocal", "kinesic", "pause", "gap", "shift", "desc"})
_TEI_UNITS = frozenset({"session", "conversation", "dialogue", "transcript", "interview", "recording"})
# A line that opens with a block tag, and a closing block tag anywhere.
_BLOCK_LINE = re.compile(r"(?im)^[ \t]*<(?:p|div|li|tr|h[1-6])(?:[ \t][^>\n]*)?>")
_BLOCK_CLOSE = re.compile(r"(?i)</(?:p|div|li|tr|h[1-6])[ \t]*>")
_MIN_BLOCK_LINES = 3


def looks_like_html(text: str) -> bool:
    """Whether a decoded file is an HTML document (see the module docstring)."""
    body = text.lstrip("\ufeff")
    if _HTML_START.match(body[:4096]):
        return True
    return len(_BLOCK_LINE.findall(body, 0, 1 << 20)) >= _MIN_BLOCK_LINES and _BLOCK_CLOSE.search(body) is not None


class _TextLines(HTMLParser):
    """The text lines of one document, each with the file line its block starts on."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[int, str]] = []
        self._parts: list[str] = []
        self._line = 0
        # The line of the block tag that opened the line to come; None after `<br>` or a closing tag.
        self._block_line: int | None = None
        self._prefix = ""
        self._dropped = 0
        self._pre = 0
        self._speakers: list[str] = []
        self._after_speaker = False
        # Whether the speaker's element opened its line (`Text conversation with: <cite class="sender">Sam</cite>`
        # names a participant inside a sentence, no label).
        self._speaker_opens_line = False
        # A `<time>` after a speaker's element is being skipped.
        self._clock_dropped = False
        # The cells (`td`/`th`) of the line so far: a row of `<th>` only is a table's heading.
        self._cells: list[str] = []
        # Inside the document's body (HTML `<body>`, TEI `<text>`): a `<head>` there is a heading, not metadata.
        self._in_text = False
        # A TEI document (its `<title>` is the corpus's title, not a browser tab's), and the person being read.
        self._tei = False
        self._person: tuple[int, str, str, list[str]] | None = None
        # The line of the speaker's element being read (TEI `<u who=..>`, TTML `<p ttm:agent=..>`), until it ends.
        self._speech: int | None = None
        # Telegram Desktop's HTML export: what each open `<div>` is (see _telegram_div), the message being read (its
        # line, its sender, whether its text has started) and the last sender named (a joined message names none).
        self._divs: list[str] = []
        self._message_line = 0
        self._sender: str | None = None
        self._last_sender: str | None = None
        self._message_open = False
        self._capture: list[str] | None = None

    def _telegram_div(self, classes: set[str]) -> str:
        """What a `<div>` of a Telegram export is: a message, its sender's name, its text, a forwarded part, or
        furniture whose text is nobody's words (dates, avatars' initials, "In reply to this message")."""
        in_forwarded = "forwarded" in self._divs
        if {"message", "default"} <= classes:
            return "message"
        if classes & {"date", "details", "userpic", "userpic_wrap", "initials", "reply_to", "service"}:
            return "furniture"
        if "from_name" in classes:
            return "furniture" if in_forwarded else "sender"
        if "forwarded" in classes:
            return "forwarded"
        if "text" in classes and "message" in self._divs:
            return "forwarded_text" if in_forwarded else "text"
        return ""

    def _annotation(self, tag: str) -> bool:
        """A TEI annotation, no speech. (`<note>` only in TEI or inside a speaker's element: an Evernote export's
        `<note>` holds the whole note.)"""
        return tag in _TEI_ANNOTATIONS and (tag != "note" or self._tei or self._speech is not None)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = dict(attrs)
        if tag == "div":
            kind = self._telegram_div(set((named.get("class") or "").lower().split()))
            self._divs.append(kind)
            if kind == "furniture":
                self._dropped += 1
                return
            if kind == "message" and not self._dropped:
                self._end_line()
                self._message_line = self.getpos()[0]
                self._sender = self._last_sender if "joined" in (named.get("class") or "") else None
                self._message_open = True
            elif kind == "sender" and not self._dropped:
                self._end_line()
                self._capture = []
                return
        if tag == "tei":
            self._tei = True
        if tag == "time" and self._after_speaker:
            # A chat page's clock beside the sender's name: no one's words (a `<time>` inside a message stays).
            self._clock_dropped = True
            self._dropped += 1
            return
        if (tag in _DROPPED and not (tag == "head" and self._in_text) and not (tag == "title" and self._tei)) or (
            self._annotation(tag)
        ):
            self._dropped += 1
            return
        if tag in ("body", "text"):
            # A `<head>` left open ends where the body starts.
            self._dropped = 0
            self._in_text = True
        if self._dropped:
            return
        line = self.getpos()[0]
        if tag == "person" and named.get("xml:id") and named.get("role"):
            # Becomes a key line the plain-text rules read (`AY = counsellor; Dr Amina Yusuf`), so `AY:` turns
            # get that role; the name inside is gathered until the person ends.
            self._end_line()
            self._person = (line, str(named["xml:id"]), str(named["role"]), [])
        elif tag == "u" or (tag == "p" and named.get("ttm:agent")):
            self._end_line()
            self._block_line = line
            who = named.get("who") if tag == "u" else named.get("ttm:agent")
            self._prefix = f"{(who or '').lstrip('#').strip() or 'Unknown'}: "
            self._speech = line
        elif tag == "div" and (named.get("type") or "").lower() in _TEI_UNITS:
            self._end_line()
            self.lines.append((line, "---"))
        elif tag == "head" and self._in_text:
            self._end_line()
            self._block_line = line
            self._prefix = "## "
        elif tag == "br":
            self._end_line()
        elif tag == "hr":
            self._end_line()
            self.lines.append((line, "---"))
        elif tag in _BLOCK:
            self._end_line()
            self._block_line = line
            if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
                self._prefix = "#" * int(tag[1]) + " "
        elif tag in _CELLS:
            if self._parts:
                self._parts.append("\t")
            self._cells.append(tag)
        if tag == "pre":
            self._pre += 1
        if any(name == "class" and value and _SPEAKER_CLASS.search(value) for name, value in attrs):
            self._speakers.append(tag)
            self._speaker_opens_line = not "".join(self._parts).strip()
        if tag == "div" and self._divs[-1] in ("text", "forwarded_text"):
            if self._message_open:
                # The message's first text is a turn of its sender, on the message's line.
                self._message_open = False
                self._block_line = self._message_line
                self._prefix = f"{self._sender or 'Unknown'}: "
            if self._divs[-1] == "forwarded_text":
                # What the sender passed on, in the sender's turn (in lower case: no label of its own).
                self._prefix += "forwarded: "

    def handle_endtag(self, tag: str) -> None:
        if tag == "div" and self._divs:
            kind = self._divs.pop()
            if kind == "furniture":
                self._dropped = max(0, self._dropped - 1)
                return
            if kind == "sender" and self._capture is not None:
                self._sender = _SPACE.sub(" ", "".join(self._capture)).strip() or None
                self._last_sender = self._sender
                self._capture = None
                return
        if tag == "person" and self._person is not None:
            line, key, role, name = self._person
            self._person = None
            self.lines.append((line, f"{key} = {role}; {_SPACE.sub(' ', ''.join(name)).strip()}"))
            return
        if tag == "time" and self._clock_dropped:
            self._clock_dropped = False
            self._dropped = max(0, self._dropped - 1)
            return
        if (tag in _DROPPED and not (tag == "head" and self._in_text) and not (tag == "title" and self._tei)) or (
            self._annotation(tag)
        ):
            self._dropped = max(0, self._dropped - 1)
            return
        if self._dropped:
            return
        if self._speech is not None and not self._parts and tag in ("u", "p"):
            # A speaker's element with no words is still that speaker's turn: an empty one.
            self.lines.append((self._speech, self._prefix.rstrip()))
        if tag in ("u", "p"):
            self._speech = None
        if tag in _BLOCK or tag in ("br", "u", "head", "person"):
            self._end_line()
        if tag == "pre":
            self._pre = max(0, self._pre - 1)
        if self._speakers and self._speakers[-1] == tag:
            self._speakers.pop()
            self._after_speaker = bool(self._parts) and not "".join(self._parts).rstrip().endswith(_COLONS)

    def handle_data(self, data: str) -> None:
        if self._dropped:
            return
        if self._capture is not None:
            self._capture.append(data)
            return
        if self._person is not None:
            self._person[3].append(data)
            return
        line = self.getpos()[0]
        pieces = data.split("\n") if self._pre else [data]
        for number, piece in enumerate(pieces):
            if number:
                self._end_line()
            self._add(piece, line + number)

    def _add(self, data: str, line: int) -> None:
        text = _SPACE.sub(" ", data)
        if not text.strip():
            if self._parts and text:
                self._parts.append(" ")
            return
        if self._after_speaker:
            self._after_speaker = False
            if not text.lstrip().startswith(_COLONS):
                self._parts.append(": ")
        if not self._parts:
            stripped = data.lstrip()
            self._line = (
                self._block_line
                if self._block_line is not None
                else line + data.count("\n", 0, len(data) - len(stripped))
            )
            self._block_line = None
            text = self._prefix + text.lstrip()
            self._prefix = ""
        self._parts.append(text)

    def _end_line(self) -> None:
        if self._parts and self._after_speaker and self._speaker_opens_line:
            # A speaker's element alone in its block (`<header><span class="msg__author">Dervla</span></header>`,
            # the message below it): a label on a line of its own.
            self._parts = ["".join(self._parts).rstrip(), ":"]
        if self._parts:
            text = re.sub(r" {2,}", " ", re.sub(r" *\t *", "\t", "".join(self._parts)).strip(" "))
            if self._cells and all(cell == "th" for cell in self._cells):
                # `Speaker<tab>Said` would read as a tab-style label: a column heading is a heading.
                text = "### " + text.replace("\t", " | ")
            self.lines.append((self._line, text))
        self._parts = []
        self._block_line = None
        self._prefix = ""
        self._after_speaker = False
        self._cells = []

    def finish(self) -> list[tuple[int, str]]:
        self.close()
        self._end_line()
        return self.lines


def text_lines(text: str) -> list[tuple[int, str]]:
    """`(file line, text line)` of an HTML document, in document order."""
    reader = _TextLines()
    # Markup wrapped in CDATA is markup to read (an Evernote export's note, `<content><![CDATA[<en-note><div>...`):
    # html.parser would hand it over as one unread declaration. The wrapper's own characters go, the lines stay.
    reader.feed(_CDATA_WRAPPER.sub("", text.lstrip("\ufeff")))
    return reader.finish()


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    """`files(source_id, text, ...)` of HTML exports: their text lines, read as plain text."""
    return parse_each_text(files.select("source_id", "text").iter_rows(), text_lines, config)
