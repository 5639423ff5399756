"""Documents written in a markup language -> sessions and turns: RTF, LaTeX and org-mode transcripts.

- RTF (`{\\rtf1...`, WordPad and Word): the markup becomes text lines (rtf_text.py), read with the plain-text rules
  (plain_text.parse_lines), as HTML exports are (html_export.py): labels, aliases, continuation lines, separators and
  session headings mean what they mean in a text file. Each text line keeps the file line its paragraph's text
  starts on, so a turn's `source_line` is the line of the paragraph that holds its label.
- LaTeX (`\\item[Th:] text` in a description list, `\\textbf{Therapist:} text` paragraphs, `\\section{}` sessions) and
  org-mode (`- Counsellor :: text` items under `*` headings) name each turn's speaker in the markup itself, so
  their lines are read here (markup_records.py), as chat_cha.py reads CHAT tiers: every labelled item is a turn,
  whether its label is known, repeated or seen once (the plain-text rules would glue a lone `\\item[Receptionist:]`
  into the turn above), and the author's prose between excerpts is neither a turn nor an `unparseable_line`.
  `source_line` is the line of the `\\item[...]`, `\\textbf{Label:}` or `- Label ::`.

One Python pass over each file's lines or tokens (these documents are rare in a batch); roles, the line mapping and
everything after are polars.

Detection (detect.py, `markup_kind`), by content only: RTF by `{\\rtf` at the start; LaTeX by a `\\documentclass` or
`\\begin{document}` line, or by two lines or more opening with a list or quotation's `\\begin{description}`
(`itemize`, `enumerate`, `quote`...; not a formula's), `\\section{`, `\\chapter{`, `\\item[` or
`\\textbf{Label:}`; org-mode by a `#+TITLE:`-like keyword line, a `#+BEGIN_` block or a `:PROPERTIES:` drawer, or by
a `*` heading over two `- Label :: text` items. A transcript that quotes one command, or a Markdown note with a
formula, has none of these.
"""

from __future__ import annotations

import json

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText, concat_parsed
from transforms.formats.chat_cha import TURN_COLUMNS, build_parsed
from transforms.formats.derived_lines import parse_each_text
from transforms.formats.markup_records import Document, looks_like_latex, looks_like_org, read_latex, read_org
from transforms.formats.rtf_text import looks_like_rtf, text_lines

RTF = "rtf"
LATEX = "latex"
ORG = "org"
# How much of a file detection looks at.
_HEAD = 200_000
_LATEX_STRONG = ("\\documentclass", "\\begin{document}")


def markup_kind(body: str) -> str | None:
    """RTF, LATEX, ORG or None for a decoded file (BOM and leading white space off; see the module docstring)."""
    if looks_like_rtf(body):
        return RTF
    head = body[:_HEAD]
    latex = "\\" in head and looks_like_latex(head)
    if latex and any(word in head for word in _LATEX_STRONG):
        return LATEX
    org = ("#+" in head or "::" in head or ":PROPERTIES:" in head or ":properties:" in head) and looks_like_org(head)
    if org:
        return ORG
    return LATEX if latex else None


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    """`files(source_id, text, ...)` of RTF, LaTeX and org-mode documents."""
    rtf: list[tuple[str, str]] = []
    sessions: list[tuple[str, int, int, int, str | None]] = []
    turns: list[dict[str, object]] = []
    headers: list[tuple[str, int, int, str]] = []
    strays: list[tuple[str, int, str]] = []
    for source_id, text in files.select("source_id", "text").iter_rows():
        kind = markup_kind(text.lstrip("\ufeff \t\n"))
        if kind == RTF:
            rtf.append((source_id, text))
            continue
        doc = read_latex(text, config) if kind == LATEX else read_org(text, config)
        _rows(source_id, doc, sessions, turns, headers, strays)
    parts = [build_parsed(sessions, turns, headers, strays, TURN_COLUMNS)] if turns else []
    if rtf:
        parts.append(_parse_rtf(rtf, config))
    return concat_parsed(parts)


def _rows(
    source_id: str,
    doc: Document,
    sessions: list[tuple[str, int, int, int, str | None]],
    turns: list[dict[str, object]],
    headers: list[tuple[str, int, int, str]],
    strays: list[tuple[str, int, str]],
) -> None:
    """One read document -> rows of the frames. A file without turns gives none (it is quarantined whole)."""
    if not doc.turns:
        return
    order = list(dict.fromkeys(turn.segment for turn in doc.turns))
    first = order[0]
    # The file's own header (its title, `#+` keywords) heads its first session when no turn stands under it.
    header_rows = [
        (first if segment == 0 and 0 not in order else segment, line, text) for segment, line, text in doc.headers
    ]
    # Each segment's first header line and first turn line, in one pass each (not one pass per segment).
    first_lines: dict[int, int] = {}
    for segment, line, _ in doc.headers:
        first_lines[segment] = min(line, first_lines.get(segment, line))
    for turn in doc.turns:
        first_lines[turn.segment] = min(turn.line, first_lines.get(turn.segment, turn.line))
    for index, segment in enumerate(order):
        lines = [first_lines[segment]]
        opening, metadata = doc.segments.get(segment, (None, {}))
        if opening is not None and segment:
            lines.append(opening)
        if "title" not in metadata and doc.title:
            metadata = {"title": doc.title, **metadata}
        sessions.append(
            (source_id, segment, index, min(lines), json.dumps(metadata, ensure_ascii=False) if metadata else None)
        )
    kept = set(order)
    headers.extend((source_id, segment, line, text) for segment, line, text in header_rows if segment in kept)
    counts: dict[int, int] = {}
    for turn in doc.turns:
        number = counts.get(turn.segment, 0)
        counts[turn.segment] = number + 1
        turns.append(
            {
                "source_id": source_id,
                "segment": turn.segment,
                "source_turn_index": number,
                "source_line": turn.line,
                "speaker": turn.speaker,
                "_role_word": turn.speaker,
                "text": turn.text(),
                "timestamp": turn.timestamp,
                "source_labels": None,
            }
        )
    strays.extend((source_id, line, text) for line, text in doc.strays)


def _parse_rtf(files: list[tuple[str, str]], config: ParseConfig) -> ParsedText:
    """RTF documents: their text lines read with the plain-text rules, line numbers put back on the file's lines."""
    return parse_each_text(files, text_lines, config)
