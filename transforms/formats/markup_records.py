"""LaTeX and org-mode transcripts read line by line: the layout names each turn's speaker itself.

LaTeX (a thesis appendix, a paper's excerpts):

    \\section{Session 2}
    The client arrived late. % a comment, no text
    \\begin{description}
      \\item[Th:] What brought you in today?
      \\item[\\textbf{Cl:}] My GP said I should\\ldots{} come.
    \\end{description}
    \\textbf{Therapist:} And you? What do you think?

- `\\item[Label] text` in a list environment is a turn by `Label` (a trailing colon and `\\textbf{}` taken off); its
  text runs over the lines below to the next `\\item`, `\\end{...}` or heading (lines joined by a space, a blank line
  a paragraph break). `\\item \\textbf{Label:} text` reads the same. An `\\item` further along a line opens an
  item of its own (on the same line). An `itemize` or `enumerate` inside a turn is its text: each point a line of
  its own (a `[mark]` kept), and the turn goes on after the list. A paragraph opening `\\textbf{Label:} text`
  (or `\\textbf{Label}:`, `\\emph{}`, `\\textsc{}`, `{\\bf Label:}`) is a turn by `Label` that runs to the paragraph's
  end, when the label names a speaker (see Speakers: known, a role or speaker noun, or used twice); `\\textbf{Note:}`
  or `\\textbf{Table 2:}` is prose.
- In a list that holds turns, an `\\item` without a label, an `\\item[]`, an unclosed `\\item[...` or a line opening
  with a command that is neither text nor layout (`\\itme[Th:]`) cannot be read as a turn: a stray line (an
  `unparseable_line`), as are the lines that run on from it.
- `\\part`, `\\chapter`, `\\section`, `\\subsection`, `\\subsubsection` (starred too) open a session titled by the
  heading (`source_metadata` {"title": ...}); a heading without turns under it opens none.
- Prose before a session's first turn is its header (with the heading, as `## Title`); prose after a turn (the
  author's commentary between excerpts) is no turn, no header and no defect: it is dropped, as text outside the
  transcript. The preamble before `\\begin{document}` is no text but its `\\title{}` (the first session's header);
  text after `\\end{document}` is ignored, as LaTeX ignores it; `%` comments are no text.
- LaTeX's escapes are undone in labels and text: `\\& \\% \\$ \\# \\_ \\{ \\}`, `~` (a space), `\\\\` (a line break),
  ``` ``quoted'' ``` ("quoted"), `\\ldots`/`\\dots` (...), accents (`\\'e`), `\\textquoteright` and the like;
  `\\emph{x}`, `\\textit{x}`, `\\textbf{x}`... keep `x`; `\\label`, `\\cite`, `\\ref`, `\\footnote` go with their
  argument. `--` stays as written.

Org-mode (Emacs notes):

    #+TITLE: Supervision notes
    * Session 3
    :PROPERTIES:
    :DATE: 2024-03-02
    :END:
    - Counsellor :: How has the week been?
    - Client :: Long.
      I slept badly.
    ** Discussion
    - a point, not a turn

- `- Label :: text` (also `+`, `1.`, an indented `*` bullet) is a turn by `Label` (in a list of turns whatever the
  label; a list's first item when the label names a speaker, see Speakers, so a glossary's `- CBT :: ...` is
  prose); its text runs on over the lines
  indented below it (joined by a space, a blank line a paragraph break); a `[00:01:23]` before the label is its
  timestamp. Two blank lines, a heading, a block marker or an unindented line end it.
- `*` headings open a session titled by the heading (tags `:a:b:` taken off); a `:PROPERTIES:` drawer under it is
  the session's `properties` and, with the heading, its header; `#+KEY:` lines above the first heading are the
  file's header (the first session's) and `#+TITLE:` titles a session that has no heading of its own.
- Description items inside `#+BEGIN_QUOTE`, `#+BEGIN_EXAMPLE`, `#+BEGIN_VERSE`, `#+BEGIN_CENTER` blocks are turns
  too; `#+BEGIN_SRC`, `#+BEGIN_COMMENT` and export blocks are no text, nor are `# ` comment lines.
- In a list of turns, a plain item (`- no label here`), an item with an empty label (`- :: text`), or an unindented
  line between two turns with no blank line around it cannot be read as a turn: a stray line. Plain lists and
  prose elsewhere are not turns: before a session's first turn they are its header, after it they are dropped as
  in LaTeX. Org's emphasis (`*bold*`, `/italic/`) is markup the text keeps; a label loses it.

Every turn keeps its label as the speaker; transforms.formats.markup_text gives it its role (the alias table:
`Th` therapist, `Cl` client, anything else `unknown`). `source_line` is the line of the `\\item[...]`, the
`\\textbf{Label:}` or the `- Label ::`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from transforms.config import ParseConfig
from transforms.speakers import ROLE_BY_ALIAS, ROLE_NOUNS

# A turn's text: pieces of its lines, PARAGRAPH between paragraphs.
PARAGRAPH = "\n"


@dataclass
class Turn:
    segment: int
    line: int
    speaker: str
    pieces: list[str]
    timestamp: str | None = None
    # Leading spaces of an org item: a line indented deeper continues it.
    indent: int = 0
    _break: bool = False

    def add(self, piece: str) -> None:
        piece = piece.strip()
        if not piece:
            return
        if self._break and self.pieces:
            self.pieces.append(PARAGRAPH)
        self._break = False
        self.pieces.append(piece)

    def paragraph(self) -> None:
        self._break = True

    def text(self) -> str:
        out = ""
        for piece in self.pieces:
            out += piece if piece == PARAGRAPH or not out or out.endswith(PARAGRAPH) else " " + piece
        return re.sub(r"[ \t]*\n[ \t]*", "\n", out).strip()


@dataclass
class Document:
    """One file read: turns, header lines and stray lines, and what each segment's heading says."""

    turns: list[Turn] = field(default_factory=list)
    # (segment, line, text)
    headers: list[tuple[int, int, str]] = field(default_factory=list)
    strays: list[tuple[int, str]] = field(default_factory=list)
    # segment -> (heading line, metadata)
    segments: dict[int, tuple[int, dict[str, object]]] = field(default_factory=dict)
    # The file's own title (`\\title{}`, `#+TITLE:`): a session's title when its segment has no heading.
    title: str | None = None
    segment: int = 0

    def open_segment(self, line: int, title: str, header: str) -> None:
        self.segment += 1
        self.segments[self.segment] = (line, {"title": title} if title else {})
        self.headers.append((self.segment, line, header))

    def has_turn(self) -> bool:
        return bool(self.turns) and self.turns[-1].segment == self.segment


class Speakers:
    """Which labels of a file name speakers where the layout alone does not say so (a bold paragraph's label, a
    description item outside a list of turns): one the alias table knows, one ending on a role or speaker noun
    (`Interpreter`, `Clinical Psychologist`), or one the file uses twice or more. `\\textbf{Table 2:}` or a glossary's
    `- CBT :: cognitive behavioural therapy` is prose."""

    def __init__(self, labels: list[str], config: ParseConfig) -> None:
        self._counts = Counter(_key(label) for label in labels)
        self._header_words = config.header_words
        self._nouns = ROLE_NOUNS | config.speaker_nouns

    def header_word(self, label: str) -> bool:
        return _key(label) in self._header_words

    def known(self, label: str) -> bool:
        key = _key(label)
        words = key.split()
        return (
            bool(words)
            and (key in ROLE_BY_ALIAS or words[-1] in self._nouns or self._counts[key] >= 2)
            and not self.header_word(label)
        )


def _key(label: str) -> str:
    """`**Counsellor** (crying)` -> `counsellor`, as speakers.normalise_label keys a label."""
    key = re.sub(r"\([^)]*\)|\[[^\]]*\]|[*_`/=~+]", "", label)
    return " ".join(key.split()).lower()


# --- LaTeX -----------------------------------------------------------------------------------------------------

_DOCUMENTCLASS = re.compile(r"^[ \t]*\\documentclass\b")
_BEGIN_DOCUMENT = re.compile(r"^[ \t]*\\begin\{document\}")
_END_DOCUMENT = re.compile(r"^[ \t]*\\end\{document\}")
_SECTION = re.compile(r"^[ \t]*\\(part|chapter|section|subsection|subsubsection)\*?[ \t]*(?:\[[^\]\n]*\])?[ \t]*\{")
_LEVELS = {"part": 1, "chapter": 1, "section": 2, "subsection": 3, "subsubsection": 4}
_TITLE = re.compile(r"^[ \t]*\\title[ \t]*\{")
_BEGIN = re.compile(r"^[ \t]*\\begin\{([A-Za-z*]+)\}(?:\[[^\]\n]*\])?")
_END = re.compile(r"^[ \t]*\\end\{([A-Za-z*]+)\}")
_LISTS = frozenset({"description", "itemize", "enumerate", "list", "compactdesc", "dialogue", "labeling"})
_VERBATIM = frozenset({"verbatim", "verbatim*", "lstlisting", "minted", "comment"})
# Lists of points, which a turn may hold (a description list holds turns: one opening ends the turn above it).
_POINT_LISTS = frozenset({"itemize", "enumerate"})
_ITEM = re.compile(r"^[ \t]*\\item\b[ \t]*")
# `\textbf{Label:} text`, `\textbf{Label}: text`, `{\bf Label:} text`, after an optional `\noindent`.
_BOLD_LABEL = re.compile(
    r"^[ \t]*(?:\\noindent\b[ \t]*)?(?:\\(?:textbf|textsc|emph|textit|underline)[ \t]*\{|\{\\(?:bf|sc|it|em)\b[ \t]*)"
    r"([^{}\n]{1,60}?)(?:[ \t]*:[ \t]*\}|\}[ \t]*:)[ \t]*(.*)$"
)
_COMMENT = re.compile(r"(?<!\\)%.*$")
# An `\item` further along a line (`\item[Th:] Hi. \item[Cl:] Hello.`): it opens an item of its own.
_LATER_ITEM = re.compile(r"(?<=\S)([ \t]*)(?<!\\)(?=\\item\b)")
_COMMAND = re.compile(r"^[ \t]*\\([A-Za-z]+)")
# Commands a line of text may open with (inside a turn list, any other opens a line no turn can be read from).
_TEXT_COMMANDS = frozenset(
    {
        "textbf", "textit", "emph", "textsc", "texttt", "textsl", "textrm", "textsf", "textup", "underline", "enquote",
        "ldots", "dots", "textellipsis", "textendash", "textemdash", "textquoteleft", "textquoteright",
        "textquotedblleft", "textquotedblright", "mbox", "text", "bf", "it", "em", "sc", "noindent", "indent", "par",
        "newline", "footnote", "label", "vspace", "hspace", "smallskip", "medskip", "bigskip", "small", "footnotesize",
        "large", "normalsize", "centering", "hline", "linebreak", "pagebreak", "newpage", "clearpage", "cite",
        "ref", "index", "marginpar", "ss", "ae", "oe", "aa", "o", "l", "i", "c", "v", "u", "H", "LaTeX", "TeX",
    }
)  # fmt: skip
_DROPPED_WITH_ARGUMENT = frozenset(
    {
        "label", "cite", "citep", "citet", "ref", "eqref", "pageref", "footnote", "index", "vspace", "hspace",
        "marginpar", "todo", "hypertarget", "url",
    }
)  # fmt: skip
_WORDS = {
    "ldots": "...", "dots": "...", "textellipsis": "...", "textendash": "\u2013", "textemdash": "\u2014",
    "textquoteleft": "\u2018", "textquoteright": "\u2019", "textquotedblleft": "\u201c",
    "textquotedblright": "\u201d", "ss": "\u00df", "ae": "\u00e6", "AE": "\u00c6", "oe": "\u0153", "OE": "\u0152",
    "aa": "\u00e5", "AA": "\u00c5", "o": "\u00f8", "O": "\u00d8", "l": "\u0142", "L": "\u0141", "i": "\u0131",
    "textbackslash": "\\", "textasciitilde": "~", "textbar": "|", "textless": "<", "textgreater": ">",
    "newline": "\n", "linebreak": "\n", "par": "\n", "LaTeX": "LaTeX", "TeX": "TeX", "euro": "\u20ac",
    "pounds": "\u00a3", "textdegree": "\u00b0", "S": "\u00a7",
}  # fmt: skip
_ACCENTS = {
    "'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304", ".": "\u0307",
    "c": "\u0327", "v": "\u030c", "u": "\u0306", "H": "\u030b", "r": "\u030a", "k": "\u0328",
}  # fmt: skip
_LATEX_TOKEN = re.compile(
    r"\\\\\*?(?:\[[^\]\n]*\])?"  # a line break
    r"|\\([%&$#_{} ,;:!@/\-|])"  # an escaped character or a spacing command
    r"|\\(['`^\"~=.])[ \t]*(?:\{\\?([A-Za-z])\}|\\?([A-Za-z]))"  # an accent on a letter
    r"|\\([cvuHrk])[ \t]*\{\\?([A-Za-z])\}"  # an accent command on a letter
    r"|\\([A-Za-z]+)\*?"  # a command
    r"|(``|''|`|~|[{}])"
)
_SPACED = {" ": " ", ",": " ", ";": " ", ":": " ", "!": "", "@": "", "/": "", "-": "", "|": "|"}


def looks_like_latex(head: str) -> bool:
    """Whether a decoded file's start is a LaTeX document or a bare appendix (see transforms.formats.markup_text)."""
    lines = _LATEX_LINE.findall(head)
    return any(line.startswith(("documentclass", "begin{document}")) for line in lines) or len(lines) >= 2


# A line that only LaTeX writes: the class, a list or quotation environment (not a formula's), a heading, a
# labelled item, a bold label.
_LATEX_LINE = re.compile(
    r"(?m)^[ \t]*\\(documentclass|begin\{(?:document|description|itemize|enumerate|quote|quotation|verse|center"
    r"|appendix|dialogue)\}|(?:sub)*section\*?[{\[]|chapter\*?[{\[]|item\["
    r"|(?:noindent[ \t]*\\)?textbf\{[^{}\n]{1,60}:\})"
)


def _argument(text: str, start: int) -> int:
    """The index just after the balanced `{...}` that opens at text[start] (spaces before it allowed), else start."""
    index = start
    while index < len(text) and text[index] in " \t":
        index += 1
    if index >= len(text) or text[index] != "{":
        return start
    depth = 0
    for position in range(index, len(text)):
        if text[position] == "{" and (position == 0 or text[position - 1] != "\\"):
            depth += 1
        elif text[position] == "}" and text[position - 1] != "\\":
            depth -= 1
            if depth == 0:
                return position + 1
    return len(text)


def latex_text(text: str) -> str:
    """LaTeX source (comments already off) -> the text it writes (see the module docstring)."""
    out: list[str] = []
    position = 0
    for match in _LATEX_TOKEN.finditer(text):
        if match.start() < position:
            continue
        out.append(text[position : match.start()])
        position = match.end()
        escaped, accent, braced, bare, accent_word, accent_letter, word, mark = match.groups()
        if escaped is not None:
            out.append(_SPACED.get(escaped, escaped))
        elif accent is not None:
            out.append(unicodedata.normalize("NFC", (braced or bare) + _ACCENTS[accent]))
        elif accent_word is not None:
            out.append(unicodedata.normalize("NFC", accent_letter + _ACCENTS[accent_word]))
        elif word is not None:
            if word in _DROPPED_WITH_ARGUMENT:
                position = _argument(text, position)
            elif word in _WORDS:
                out.append(_WORDS[word])
                if text.startswith("{}", position):
                    position += 2
            elif text.startswith(" ", position):
                # TeX takes the space after a command word as its end.
                position += 1
        elif mark is not None:
            out.append({"``": '"', "''": '"', "`": "'", "~": " "}.get(mark, ""))
        else:
            out.append("\n")
    out.append(text[position:])
    # Spaces in a row are one space to LaTeX (a dropped `\\cite{}` leaves two).
    return re.sub(r"[ \t]{2,}", " ", "".join(out))


def _braced(text: str, start: int) -> tuple[str, int] | None:
    """The content of the `{...}` or `[...]` opening at text[start] (brackets inside braces do not close it), and the
    index after it; None when it is not closed on the line."""
    close = "}" if text[start] == "{" else "]"
    depth = 0
    for position in range(start + 1, len(text)):
        char = text[position]
        if text[position - 1] == "\\":
            continue
        if char == "{":
            depth += 1
        elif char == "}" and depth:
            depth -= 1
        elif char == close and not depth:
            return text[start + 1 : position], position + 1
    return None


def _label(raw: str) -> str:
    """`\\textbf{Th:}` -> `Th`."""
    return re.sub(r"[ \t]*[:\uff1a]$", "", latex_text(raw).strip()).strip()


def _items_apart(lines: list[str]) -> list[tuple[int, str]]:
    """`(line number, line)` with a line holding several `\\item`s (before its comment) cut before each later one."""
    out: list[tuple[int, str]] = []
    for line_no, raw in enumerate(lines, start=1):
        comment = _COMMENT.search(raw)
        code = raw[: comment.start()] if comment else raw
        if "\\item" not in code or not _LATER_ITEM.search(code):
            out.append((line_no, raw))
            continue
        pieces = _LATER_ITEM.split(code)
        # split keeps each cut's spaces (the captured group) between the pieces: drop them.
        kept = pieces[0::2]
        kept[-1] += raw[len(code) :]
        out.extend((line_no, piece) for piece in kept)
    return out


def read_latex(text: str, config: ParseConfig) -> Document:
    doc = Document()
    lines = text.lstrip("\ufeff").split("\n")
    speakers = Speakers([_label(m.group(1)) for line in lines if (m := _BOLD_LABEL.match(line))], config)
    in_document = not any(_DOCUMENTCLASS.match(line) for line in lines[:200])
    # Open list environments: whether each holds a turn; the turn (or stray run) being read.
    lists: list[bool] = []
    verbatim: str | None = None
    turn: Turn | None = None
    stray = False
    bold_turn = False
    # Lists opened inside a turn (`\\item[Th:] ... \\begin{itemize} \\item sleep ...`): their items are its text.
    inner = 0
    for line_no, raw in _items_apart(lines):
        if verbatim is not None:
            end = _END.match(raw)
            if end and end.group(1) == verbatim:
                verbatim = None
            continue
        line = _COMMENT.sub("", raw).rstrip()
        if not line.strip():
            if raw.strip():
                # A comment line: no text, and no paragraph break either.
                continue
            if bold_turn and not inner:
                turn, bold_turn = None, False
            elif turn is not None:
                turn.paragraph()
            continue
        if inner and turn is not None:
            if _inner_line(turn, line):
                inner += _inner_depth(line)
                continue
            # A heading or another environment: read as anywhere else (it ends the turn).
            inner = 0
        if not in_document:
            if _BEGIN_DOCUMENT.match(line):
                in_document = True
            elif _TITLE.match(line):
                named = _braced(line, line.index("{"))
                if named:
                    doc.title = " ".join(latex_text(named[0]).split())
                    doc.headers.append((0, line_no, "# " + doc.title))
            continue
        if _END_DOCUMENT.match(line):
            break
        section = _SECTION.match(line)
        if section:
            turn, stray, bold_turn = None, False, False
            lists.clear()
            braced = _braced(line, section.end() - 1)
            title = " ".join(latex_text(braced[0] if braced else line[section.end() :]).split())
            doc.open_segment(line_no, title, "#" * _LEVELS[section.group(1)] + " " + title)
            continue
        begin = _BEGIN.match(line)
        if begin and turn is not None and begin.group(1) in _POINT_LISTS:
            inner = 1
            turn.add(latex_text(line[begin.end() :]))
            continue
        if begin:
            name = begin.group(1)
            turn, stray, bold_turn = None, False, False
            if name in _VERBATIM:
                verbatim = name
                continue
            if name in _LISTS:
                lists.append(False)
            line = line[begin.end() :]
            if not line.strip():
                continue
        end = _END.match(line)
        if end:
            turn, stray, bold_turn = None, False, False
            if end.group(1) in _LISTS and lists:
                lists.pop()
            continue
        item = _ITEM.match(line)
        if item and not lists:
            # Items with no list around them (an excerpt pasted without its `\\begin{description}`).
            lists.append(False)
        if item:
            turn, stray, bold_turn = None, False, False
            rest = line[item.end() :]
            label: str | None = None
            if rest.startswith("["):
                content = _braced(rest, 0)
                if content is not None:
                    label, rest = _label(content[0]), rest[content[1] :]
            else:
                bold = _BOLD_LABEL.match(rest)
                if bold:
                    label, rest = _label(bold.group(1)), bold.group(2)
            if label and not speakers.header_word(label):
                lists[-1] = True
                turn = Turn(doc.segment, line_no, label, [])
                turn.add(latex_text(rest))
                doc.turns.append(turn)
            elif label == "" or (label is None and (lists[-1] or rest.startswith("["))):
                # In a list of turns, an item no label can be read from.
                stray = True
                doc.strays.append((line_no, raw))
            elif not doc.has_turn():
                doc.headers.append((doc.segment, line_no, latex_text(rest).strip()))
            continue
        bold = _BOLD_LABEL.match(line)
        if bold and speakers.known(_label(bold.group(1))):
            turn, stray, bold_turn = Turn(doc.segment, line_no, _label(bold.group(1)), []), False, True
            turn.add(latex_text(bold.group(2)))
            doc.turns.append(turn)
            continue
        command = _COMMAND.match(line)
        unknown_command = command is not None and command.group(1) not in _TEXT_COMMANDS
        if lists and lists[-1] and (stray or unknown_command):
            # A line in a list of turns that no turn can be read from, or one running on from such a line.
            turn, stray = None, True
            doc.strays.append((line_no, raw))
            continue
        if unknown_command:
            # Layout (`\maketitle`, `\includegraphics{...}`): no text, and the end of a paragraph's turn.
            if bold_turn:
                turn, bold_turn = None, False
            continue
        if turn is not None:
            turn.add(latex_text(line))
            continue
        if not doc.has_turn():
            doc.headers.append((doc.segment, line_no, latex_text(line).strip()))
    return doc


def _inner_line(turn: Turn, line: str) -> bool:
    """A line of a list inside `turn` added to its text: each item a line of its own (its `[mark]` kept as text),
    the text after the list on a line of its own too. False for a line that is no part of the list."""
    end = _END.match(line)
    if end:
        if end.group(1) not in _POINT_LISTS:
            return False
        turn.paragraph()
        return True
    begin = _BEGIN.match(line)
    if begin:
        if begin.group(1) not in _POINT_LISTS:
            return False
        turn.add(latex_text(line[begin.end() :]))
        return True
    if _SECTION.match(line):
        return False
    item = _ITEM.match(line)
    rest = line[item.end() :] if item else line
    if item:
        turn.paragraph()
        mark = _braced(rest, 0) if rest.startswith("[") else None
        if mark is not None:
            rest = mark[0] + " " + rest[mark[1] :]
    turn.add(latex_text(rest))
    return True


def _inner_depth(line: str) -> int:
    """How a line read by _inner_line changes the depth of lists inside a turn."""
    if _END.match(line):
        return -1
    return 1 if _BEGIN.match(line) else 0


# --- org-mode --------------------------------------------------------------------------------------------------

_ORG_HEADING = re.compile(r"^(\*+)[ \t]+(.*?)[ \t]*$")
_ORG_TAGS = re.compile(r"[ \t]+:[\w@#%:]+:$")
_ORG_KEYWORD = re.compile(r"^[ \t]*#\+([A-Za-z_]+):[ \t]*(.*?)[ \t]*$")
_ORG_BLOCK = re.compile(r"(?i)^[ \t]*#\+(BEGIN|END)_([A-Za-z]+)\b")
_ORG_COMMENT = re.compile(r"^[ \t]*#(?:[ \t]|$)")
_ORG_DRAWER = re.compile(r"^[ \t]*:([A-Za-z][\w-]*):[ \t]*$")
_ORG_PROPERTY = re.compile(r"^[ \t]*:([^:\s]+):[ \t]*(.*?)[ \t]*$")
_ORG_ITEM = re.compile(r"^([ \t]*)(?:[-+]|(?<=[ \t])\*|\d{1,3}[.)])[ \t]+(?:\[[ Xx-]\][ \t]+)?(.*)$")
# The `::` of a description item: after the label and a space, before a space or the line's end.
_ORG_TAG_SEPARATOR = re.compile(r"(?:^|[ \t]+)::(?:[ \t]+|$)")
_ORG_STAMP = re.compile(r"^[\[<(]?(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)[\]>)]?[ \t]+(.+)$")
_ORG_EMPHASIS = "*/=~_+"
# Blocks whose lines are read (their description items are turns) and blocks that are no text.
_ORG_SKIPPED_BLOCKS = frozenset({"src", "comment", "export", "html", "latex"})
_ORG_DETECT = re.compile(
    r"(?im)^(?:#\+(?:title|author|date|options|startup|filetags|begin_\w+|property|setupfile|language):"
    r"|#\+begin_\w+|:properties:[ \t]*$)"
)
_ORG_DETECT_HEADING = re.compile(r"(?m)^\*+[ \t]+\S")
_ORG_DETECT_ITEM = re.compile(r"(?m)^[ \t]*[-+][ \t]+\S[^\n]{0,60}?[ \t]::(?:[ \t]|$)")


def looks_like_org(head: str) -> bool:
    """Whether a decoded file's start is an org-mode document: `#+TITLE:`-like keywords or a `:PROPERTIES:` drawer,
    or `*` headings over `- Label :: text` items."""
    return _ORG_DETECT.search(head) is not None or (
        _ORG_DETECT_HEADING.search(head) is not None and len(_ORG_DETECT_ITEM.findall(head)) >= 2
    )


def _org_label(raw: str) -> tuple[str, str | None]:
    """`[00:01:23] *Counsellor*` -> (`Counsellor`, `00:01:23`)."""
    stamp = _ORG_STAMP.match(raw)
    label, timestamp = (stamp.group(2), stamp.group(1)) if stamp else (raw, None)
    label = label.strip()
    if len(label) > 2 and label[0] == label[-1] and label[0] in _ORG_EMPHASIS:
        label = label[1:-1]
    return re.sub(r"[ \t]*[:\uff1a]$", "", label).strip(), timestamp


def _next_is_item(lines: list[str], start: int) -> bool:
    """Whether the line at `start` (0-based) is a description item."""
    if start >= len(lines):
        return False
    item = _ORG_ITEM.match(lines[start])
    return item is not None and _ORG_TAG_SEPARATOR.search(item.group(2)) is not None


def read_org(text: str, config: ParseConfig) -> Document:
    doc = Document()
    lines = text.lstrip("\ufeff").split("\n")
    speakers = Speakers(
        [
            _org_label(item.group(2)[: tag.start()])[0]
            for line in lines
            if (item := _ORG_ITEM.match(line)) and (tag := _ORG_TAG_SEPARATOR.search(item.group(2)))
        ],
        config,
    )
    turn: Turn | None = None
    # The list being read holds turns; the line before was blank; a stray run; a block of no text; a drawer.
    in_turn_list = False
    blanks = 0
    stray = False
    skipped_block: str | None = None
    drawer: str | None = None
    properties: dict[str, str] = {}
    for index, line in enumerate(lines):
        line_no = index + 1
        if skipped_block is not None:
            block = _ORG_BLOCK.match(line)
            if block and block.group(1).lower() == "end" and block.group(2).lower() == skipped_block:
                skipped_block = None
            continue
        if drawer is not None:
            if line.strip().lower() == ":end:":
                drawer = None
                if properties:
                    heading_line, metadata = doc.segments.get(doc.segment, (line_no, {}))
                    known = metadata.get("properties")
                    metadata["properties"] = {**(known if isinstance(known, dict) else {}), **properties}
                    doc.segments[doc.segment] = (heading_line, metadata)
                    properties = {}
            elif drawer == "properties":
                prop = _ORG_PROPERTY.match(line)
                if prop:
                    properties[prop.group(1)] = prop.group(2)
            if not doc.has_turn():
                doc.headers.append((doc.segment, line_no, line.strip()))
            continue
        if not line.strip():
            blanks += 1
            if blanks >= 2:
                turn, in_turn_list, stray = None, False, False
            elif turn is not None:
                turn.paragraph()
            continue
        adjacent = blanks == 0
        blanks = 0
        if _ORG_COMMENT.match(line):
            continue
        heading = _ORG_HEADING.match(line)
        if heading:
            turn, in_turn_list, stray = None, False, False
            title = _ORG_TAGS.sub("", heading.group(2)).strip()
            doc.open_segment(line_no, title, line.strip())
            continue
        block = _ORG_BLOCK.match(line)
        if block:
            turn, in_turn_list, stray = None, False, False
            if block.group(1).lower() == "begin" and block.group(2).lower() in _ORG_SKIPPED_BLOCKS:
                skipped_block = block.group(2).lower()
            continue
        keyword = _ORG_KEYWORD.match(line)
        if keyword:
            turn, in_turn_list, stray = None, False, False
            if keyword.group(1).lower() == "title" and doc.segment == 0:
                doc.title = keyword.group(2)
            if not doc.has_turn():
                doc.headers.append((doc.segment, line_no, line.strip()))
            continue
        drawer_start = _ORG_DRAWER.match(line)
        if drawer_start and drawer_start.group(1).lower() != "end":
            turn, stray = None, False
            drawer = drawer_start.group(1).lower()
            if not doc.has_turn():
                doc.headers.append((doc.segment, line_no, line.strip()))
            continue
        indent = len(line) - len(line.lstrip(" \t"))
        item = _ORG_ITEM.match(line)
        tag = _ORG_TAG_SEPARATOR.search(item.group(2)) if item else None
        if turn is not None and indent > turn.indent and tag is None:
            # Indented under the item: its text runs on (a nested plain list too).
            turn.add(line)
            continue
        if stray and indent > 0 and tag is None:
            doc.strays.append((line_no, line))
            continue
        if item:
            turn, stray = None, False
            rest = item.group(2)
            label, timestamp = _org_label(rest[: tag.start()]) if tag else ("", None)
            # In a list of turns any label is a speaker; elsewhere one that speakers.known says is.
            if label and (speakers.known(label) or (in_turn_list and not speakers.header_word(label))):
                in_turn_list = True
                turn = Turn(doc.segment, line_no, label, [], timestamp, len(item.group(1)))
                turn.add(rest[tag.end() :] if tag else "")
                doc.turns.append(turn)
            elif not label and (in_turn_list or tag is not None):
                # An item among turns that names no speaker.
                stray = True
                doc.strays.append((line_no, line))
            elif not doc.has_turn():
                doc.headers.append((doc.segment, line_no, line.strip()))
            continue
        if in_turn_list and adjacent and _next_is_item(lines, index + 1):
            # An unindented line between two turns, no blank line around it: a broken item, not commentary.
            turn, stray = None, False
            doc.strays.append((line_no, line))
            continue
        turn, in_turn_list, stray = None, False, False
        if not doc.has_turn():
            doc.headers.append((doc.segment, line_no, line.strip()))
    return doc
