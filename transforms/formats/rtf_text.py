"""RTF documents (WordPad, Word's "Rich Text Format") -> text lines, each with the file line it starts on.

    {\\rtf1\\ansi\\ansicpg1252\\deff0 {\\fonttbl{\\f0 Calibri;}}{\\*\\generator Riched20 10.0}\\viewkind4\\uc1
    \\pard\\b Counsellor:\\b0  How was the week?\\par
    \\b Client:\\b0  Long. I didn\\rquote t sleep much.\\par

One linear pass over the file's tokens (a small state machine, no per-turn work):

- `\\par` (and `\\` before a line break, `\\sect`, `\\page`, `\\row`) ends a paragraph: one text line; `\\line` ends a
  line inside it (a continuation line of the same turn); an empty paragraph is a blank line;
- `\\'hh` is a byte of the document's ANSI code page (`\\ansicpgNNNN`, `\\mac`, `\\pc`, `\\pca`; Windows-1252 when it
  names none); a run of them is decoded together, so double-byte pages read right and UTF-8 bytes written as
  `\\'e2\\'80\\'99` read as `â€™`, the mojibake the file really holds (repair_encoding reports and repairs it later;
  bytes the page leaves undefined read as the Latin-1 character, as Windows reads them, so that repair still works);
- `\\uN` is the UTF-16 code unit N (signed), followed by `\\ucN` fallback characters that are skipped;
- `\\rquote \\lquote \\rdblquote \\ldblquote \\emdash \\endash \\bullet \\emspace \\enspace \\~ \\_` are their
  characters, `\\tab` and `\\cell` a tab, `\\\\ \\{ \\}` the character escaped; other control words
  are formatting, no text;
- groups that are no text are skipped whole: `\\fonttbl`, `\\colortbl`, `\\stylesheet`, `\\info`, `\\pict`, headers
  and footers, footnotes, shapes, and every `{\\*\\...}` destination (`\\generator`, field instructions...);
- `\\outlinelevelN` (a Word heading) makes the paragraph a Markdown heading line (`# `, `## `...).

A text line's number is the file line where its first character is written (where the speaker's label is, for a
turn); a blank line's, where its `\\par` is. transforms.formats.markup_text reads the lines with the plain-text rules.
"""

from __future__ import annotations

import codecs
import re

# A control word (letters, an optional signed number, one space eaten as its delimiter), a hex byte, a control
# symbol (`\\{`, `\\~`, `\\` before a line break), a brace, a line break, or a run of text.
_TOKEN = re.compile(
    r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|(\n)|([^\\{}\n]+)|(\\)", re.DOTALL
)
# Groups (destinations) whose content is not the document's text.
_SKIPPED = frozenset(
    {
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "headerl", "headerr", "headerf",
        "footer", "footerl", "footerr", "footerf", "footnote", "fldinst", "themedata", "colorschememapping",
        "latentstyles", "datastore", "xmlnstbl", "listtable", "listoverridetable", "rsidtbl", "generator", "filetbl",
        "revtbl", "pgdsctbl", "private", "xe", "tc", "bkmkstart", "bkmkend", "nonshppict", "shp", "shpinst",
        "shptxt", "userprops", "docvar", "operator", "author", "title", "ftnsep", "ftnsepc", "aftnsep", "aftnsepc",
        "mmathPr", "wgrffmtfilter", "panose", "falt", "protusertbl", "blipuid",
    }
)  # fmt: skip
_CHARACTERS = {
    "rquote": "\u2019", "lquote": "\u2018", "rdblquote": "\u201d", "ldblquote": "\u201c", "emdash": "\u2014",
    "endash": "\u2013", "bullet": "\u2022", "emspace": "\u2003", "enspace": "\u2002", "qmspace": "\u2005",
    "tab": "\t", "cell": "\t", "zwj": "\u200d", "zwnj": "\u200c", "ltrmark": "\u200e", "rtlmark": "\u200f",
}  # fmt: skip
_SYMBOLS = {"\\": "\\", "{": "{", "}": "}", "~": "\u00a0", "_": "\u2011", "-": ""}
# Control words that end the paragraph (one text line) or a line inside it.
_PARAGRAPH_ENDS = frozenset({"par", "sect", "page", "row"})
_CODE_PAGES = {"mac": "mac_roman", "pc": "cp437", "pca": "cp850"}
_ERRORS = "rtf_text.latin1"


def _undefined_as_latin1(error: UnicodeError) -> tuple[str, int]:
    """Bytes the code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D in Windows-1252) read as Windows reads
    them, the C1 character of that number."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error(_ERRORS, _undefined_as_latin1)


def looks_like_rtf(body: str) -> bool:
    """Whether a decoded file (BOM and leading space taken off) is an RTF document."""
    return body.startswith("{\\rtf")


def _code_page(number: int) -> str:
    name = f"cp{number}"
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"
    return name


class _Lines:
    """The text lines being written, and the line of the first character of the one being written."""

    def __init__(self) -> None:
        self.lines: list[tuple[int, str]] = []
        self.parts: list[str] = []
        self.start: int | None = None
        self.heading = ""

    def add(self, text: str, line: int) -> None:
        if not text:
            return
        if self.start is None:
            self.start = line
        self.parts.append(text)

    def end(self, line: int, paragraph: bool) -> None:
        """End the current line: at a paragraph's end (`\\par`) or inside it (`\\line`)."""
        text = "".join(self.parts)
        if any("\ud800" <= ch <= "\udfff" for ch in text):
            # `\\u-10179?\\u-8704?`: a pair of UTF-16 surrogates is one character.
            text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        if self.heading and text.strip():
            text = self.heading + text.lstrip()
        if text or paragraph:
            self.lines.append((self.start if self.start is not None else line, text.rstrip("\t ")))
        self.parts = []
        self.start = None
        if paragraph:
            self.heading = ""


def text_lines(text: str) -> list[tuple[int, str]]:
    """`(file line, text line)` of an RTF document, in document order."""
    out = _Lines()
    line = 1
    # Per group: (skipped, unicode fallback count); the current group's values are `skipped` and `uc`.
    stack: list[tuple[bool, int]] = []
    skipped = False
    uc = 1
    code_page = "cp1252"
    # Fallback characters still to skip after a `\\u`, and a run of `\\'hh` bytes still to decode.
    fallback = 0
    pending = bytearray()
    pending_line = 1
    started = False

    def flush() -> None:
        if pending:
            out.add(bytes(pending).decode(code_page, _ERRORS), pending_line)
            pending.clear()

    body = text.lstrip("\ufeff")
    for match in _TOKEN.finditer(body):
        word, number, byte, symbol, brace, newline, run, lone = match.groups()
        if byte is not None:
            if fallback:
                fallback -= 1
                continue
            if not skipped:
                if not pending:
                    pending_line = line
                pending.append(int(byte, 16))
            continue
        if newline is not None:
            # No text in RTF: a run of `\\'hh` bytes goes on over it (Word wraps long runs mid-character).
            line += 1
            continue
        flush()
        if brace is not None:
            fallback = 0
            if brace == "{":
                stack.append((skipped, uc))
                started = True
            else:
                if not stack:
                    break
                skipped, uc = stack.pop()
                if not stack and started:
                    # The document's own group is closed: anything after it is no part of it.
                    break
            continue
        if run is not None:
            if fallback:
                taken = min(fallback, len(run))
                fallback -= taken
                run = run[taken:]
            if not skipped:
                out.add(run, line)
            continue
        if symbol is not None or lone is not None:
            if fallback:
                fallback -= 1
                continue
            if symbol == "*":
                skipped = True
            elif symbol in ("\n", "\r"):
                # `\\` before a line break is a `\\par`.
                if not skipped:
                    out.end(line, paragraph=True)
                line += 1
            elif not skipped and symbol is not None:
                out.add(_SYMBOLS.get(symbol, ""), line)
            continue
        # A control word.
        fallback = 0
        if word in _SKIPPED:
            skipped = True
            continue
        if word == "ansicpg" and number:
            code_page = _code_page(int(number))
        elif word in _CODE_PAGES:
            code_page = _CODE_PAGES[word]
        elif word == "uc" and number:
            uc = max(0, int(number))
        if skipped:
            continue
        if word == "u" and number:
            value = int(number)
            out.add(chr(value + 65536 if value < 0 else value), line)
            fallback = uc
        elif word in _PARAGRAPH_ENDS:
            out.end(line, paragraph=True)
        elif word == "line":
            out.end(line, paragraph=False)
        elif word in _CHARACTERS:
            out.add(_CHARACTERS[word], line)
        elif word == "outlinelevel" and number:
            out.heading = "#" * (min(int(number), 5) + 1) + " "
        elif word == "pard":
            out.heading = ""
    flush()
    out.end(line, paragraph=False)
    return out.lines
