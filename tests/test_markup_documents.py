"""RTF, LaTeX and org-mode transcripts (transforms/formats/markup_text.py, rtf_text.py, markup_records.py).

The dialogue is made up for these tests. Line numbers in the comments are the ones the tests rely on."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from flows.batch import process_batch
from tests.transforms._formats import files, loads, rows
from transforms.formats import parse_files
from transforms.formats.detect import HTML, MARKUP_TEXT, PLAIN_TEXT, detect_format
from transforms.formats.markup_records import latex_text
from transforms.formats.markup_text import LATEX, ORG, RTF, markup_kind
from transforms.formats.rtf_text import text_lines

_COLUMNS = ("session_index", "source_turn_index", "source_line", "speaker", "role", "text")


def turn_rows(text: str, path: str = "/data/t.txt") -> list[tuple[Any, ...]]:
    parsed = parse_files(files(text, paths=[path]))
    return rows(parsed.turns.join(parsed.sessions, on=["source_id", "segment"]), *_COLUMNS)


# --- RTF -------------------------------------------------------------------------------------------------------

# WordPad's layout: font and colour tables, a generator, one paragraph a line. Line 9 holds UTF-8 bytes written as
# \'hh (the mojibake stays), line 10 a \u escape with its fallback, a \line break and escaped braces.
RTF_DOC = (
    "{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}}\n"  # 1
    "{\\colortbl ;\\red0\\green0\\blue0;}\n"  # 2
    "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \n"  # 3
    "{\\info{\\title Client: not a turn}{\\author Counsellor: nor this}}\n"  # 4
    "\\pard\\sa200\\sl276\\slmult1\\b\\f0\\fs22\\lang9 Session 1\\b0\\par\n"  # 5
    "\\b Counsellor:\\b0  How was the week?\\par\n"  # 6
    "\\b Client:\\b0  Long. I didn\\rquote t sleep. The caf\\'e9 shifts\\emdash again.\\par\n"  # 7
    "\\b Counsellor:\\b0  What kept you up?\\par\n"  # 8
    "\\b Client:\\b0  My sister\\'e2\\'80\\'99s wedding.\\par\n"  # 9
    "\\b Counsellor:\\b0  That sounds \\u8220?big\\u8221?.\\line Tell me more \\{if you like\\}.\\par\n"  # 10
    "\\par\n"  # 11
    "\\b Session 2\\b0\\par\n"  # 12
    "\\b Counsellor:\\b0  Welcome back.\\par\n"  # 13
    "\\b Client:\\b0  Thanks.\\par\n"  # 14
    "}\n"
)


def test_rtf_paragraphs_read_as_turns_on_their_file_lines() -> None:
    assert detect_format("/data/notes.rtf", RTF_DOC) == MARKUP_TEXT
    assert turn_rows(RTF_DOC) == [
        (0, 0, 6, "Counsellor", "therapist", "How was the week?"),
        (0, 1, 7, "Client", "client", "Long. I didn\u2019t sleep. The caf\u00e9 shifts\u2014again."),
        (0, 2, 8, "Counsellor", "therapist", "What kept you up?"),
        # UTF-8 bytes written as Windows-1252 bytes: left as the file has them, for the repair step.
        (0, 3, 9, "Client", "client", "My sister\u00e2\u20ac\u2122s wedding."),
        (0, 4, 10, "Counsellor", "therapist", "That sounds \u201cbig\u201d.\nTell me more {if you like}."),
        (1, 0, 13, "Counsellor", "therapist", "Welcome back."),
        (1, 1, 14, "Client", "client", "Thanks."),
    ]
    parsed = parse_files(files(RTF_DOC))
    assert rows(parsed.sessions, "session_index", "source_line") == [(0, 5), (1, 12)]
    assert rows(parsed.header_lines, "line_no", "line") == [(5, "Session 1"), (12, "Session 2")]
    assert parsed.stray_lines.height == 0


def test_rtf_text_lines_skip_tables_and_decode_escapes() -> None:
    lines = text_lines(RTF_DOC)
    assert lines[0] == (5, "Session 1")
    assert (11, "") in lines  # an empty paragraph is a blank line
    assert not any("not a turn" in line or "Calibri" in line or "Riched" in line for _, line in lines)
    # A code page of its own, a fallback byte after \u, an undefined Windows-1252 byte kept as Latin-1 (U+009D), a
    # surrogate pair.
    doc = (
        "{\\rtf1\\ansi\\ansicpg1251 \\'cf\\'f0\\'e8\\par\n"
        "\\uc1\\u1055\\'3f x\\'e2\\'80\\'9d\\par \\u-10179?\\u-8704?\\par}"
    )
    assert text_lines(doc) == [(1, "\u041f\u0440\u0438"), (2, "\u041f x\u0432\u0402\u045c"), (2, "\U0001f600")]
    assert text_lines("{\\rtf1\\ansi \\'e2\\'80\\'9d\\par}") == [(1, "\u00e2\u20ac\u009d")]


def test_rtf_bytes_of_one_character_split_by_a_line_break_read_as_one() -> None:
    # RTF ignores line breaks; Word wraps long runs of `\'hh` escapes, even between a double-byte character's bytes.
    assert text_lines("{\\rtf1\\ansi\\ansicpg936 \\'c4\n\\'e3\\'ba\\'c3\\par}") == [(1, "\u4f60\u597d")]
    # A character whose bytes start on line 2 is on line 2.
    assert text_lines("{\\rtf1\\ansi\\ansicpg936\n\\'c4\\'e3\n\\'ba\\'c3\\par}") == [(2, "\u4f60\u597d")]


# --- LaTeX -----------------------------------------------------------------------------------------------------

LATEX_DOC = r"""\documentclass{article}
\usepackage[latin1]{inputenc}
\title{Appendix B: Excerpts}
\begin{document}
\maketitle
\section{Method}
Sessions were recorded with consent; 50\% took place online.

\section{Session 1}
The client arrived late. % the recording starts here
% \item[Th:] a commented-out turn
\begin{description}
  \item[Th:] What brought you in today?
  \item[\textbf{Cl:}] My GP said I should\ldots{} ``Just go,'' she said --
    so I came.
  \item[Receptionist:] Sorry, your four o'clock is here.
  \item[Cl:]
  \item[Th:] R\&R, then~\emph{again}?\\ Tell me.
\end{description}
The excerpt shows the opening minutes.

\subsection*{Session 2}
\textbf{Therapist:} And this week? What changed?

\textbf{Client:} Not much, honestly.
\end{document}
Notes after the end are ignored.
"""


def test_latex_items_and_bold_paragraphs_are_turns_on_their_lines() -> None:
    assert detect_format("/data/appendix.tex", LATEX_DOC) == MARKUP_TEXT
    assert markup_kind(LATEX_DOC) == LATEX
    assert turn_rows(LATEX_DOC) == [
        (0, 0, 13, "Th", "therapist", "What brought you in today?"),
        (0, 1, 14, "Cl", "client", 'My GP said I should... "Just go," she said -- so I came.'),
        (0, 2, 16, "Receptionist", "unknown", "Sorry, your four o'clock is here."),
        (0, 3, 17, "Cl", "client", ""),
        (0, 4, 18, "Th", "therapist", "R&R, then again?\nTell me."),
        (1, 0, 23, "Therapist", "therapist", "And this week? What changed?"),
        (1, 1, 25, "Client", "client", "Not much, honestly."),
    ]
    parsed = parse_files(files(LATEX_DOC))
    # A heading opens a session titled by it; `Method` holds no turns, so it opens none.
    assert [
        (s, line, loads(m)) for s, line, m in rows(parsed.sessions, "session_index", "source_line", "source_metadata")
    ] == [
        (0, 9, {"title": "Session 1"}),
        (1, 22, {"title": "Session 2"}),
    ]
    # The document's title heads the first session; prose before a session's first turn is its header, prose after
    # its turns (commentary) and comments are nothing.
    assert rows(parsed.header_lines, "line_no", "line") == [
        (3, "# Appendix B: Excerpts"),
        (9, "## Session 1"),
        (10, "The client arrived late."),
        (22, "### Session 2"),
    ]
    assert parsed.stray_lines.height == 0


def test_latex_items_no_turn_can_be_read_from_are_stray_lines() -> None:
    text = (
        "\\section{Session 4}\n"  # 1
        "\\begin{description}\n"  # 2
        "\\item[Th:] How did the exercise go?\n"  # 3
        "\\item I did it twice.\n"  # 4: no label
        "  And once more on Sunday.\n"  # 5: runs on from the broken item
        "\\item[Cl: Twice, I think.\n"  # 6: the bracket never closes
        "\\itme[Th:] Good.\n"  # 7: no command LaTeX knows
        "\\item[Th:] Good.\n"  # 8
        "\\end{description}\n"
    )
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "source_line", "speaker", "text") == [
        (3, "Th", "How did the exercise go?"),
        (8, "Th", "Good."),
    ]
    assert rows(parsed.stray_lines, "line_no") == [(4,), (5,), (6,), (7,)]


def test_latex_items_on_one_line_are_turns_each() -> None:
    text = (
        "\\begin{description}\n"
        "\\item[Th:] Hi. \\item[Cl:] Hello. % \\item[Th:] a comment\n"  # 2: two items, then a comment
        "\\item[Th:] Go on.\n"  # 3
        "\\end{description}\n"
    )
    assert rows(parse_files(files(text)).turns, "source_line", "speaker", "text") == [
        (2, "Th", "Hi."),
        (2, "Cl", "Hello."),
        (3, "Th", "Go on."),
    ]


def test_a_list_inside_a_turn_is_the_turns_text() -> None:
    text = (
        "\\begin{description}\n"
        "\\item[Th:] Let's list them:\n"  # 2
        "  \\begin{itemize}\n"
        "    \\item sleep\n"
        "    \\item[--] work\n"
        "  \\end{itemize}\n"
        "  Which first?\n"
        "\\item[Cl:] Sleep.\n"  # 8
        "\\end{description}\n"
    )
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "source_line", "speaker", "text") == [
        (2, "Th", "Let's list them:\nsleep\n-- work\nWhich first?"),
        (8, "Cl", "Sleep."),
    ]
    assert parsed.stray_lines.height == 0


def test_a_plain_list_and_a_bare_appendix() -> None:
    # No preamble: a bare appendix is LaTeX by its list and items; an itemize of points holds no turns.
    text = (
        "\\subsection{Themes}\n"
        "\\begin{itemize}\n"
        "  \\item Sleep and work.\n"
        "\\end{itemize}\n"
        "\\subsection{Excerpt}\n"
        "\\begin{description}\n"
        "  \\item[Counsellor:] Where shall we start?\n"
        "  \\item[Client:] With my brother.\n"
        "\\end{description}\n"
    )
    assert markup_kind(text) == LATEX
    assert turn_rows(text) == [
        (0, 0, 7, "Counsellor", "therapist", "Where shall we start?"),
        (0, 1, 8, "Client", "client", "With my brother."),
    ]


def test_a_bold_label_that_names_no_speaker_is_prose() -> None:
    text = (
        "\\section{Session 6}\n"
        "\\textbf{Table 2:} scores by week.\n\n"  # 2: once, and no speaker's title: prose
        "\\textbf{Counsellor:} How are the scores?\n\n"
        "\\textbf{Sam:} Better.\n\n"  # 6: an unknown name, used twice
        "\\textbf{Sam:} Much better.\n\n"
        "\\textbf{Interpreter:} She agrees.\n"  # 10: once, but a speaker noun
    )
    assert rows(parse_files(files(text)).turns, "source_line", "speaker", "role") == [
        (4, "Counsellor", "therapist"),
        (6, "Sam", "unknown"),
        (8, "Sam", "unknown"),
        (10, "Interpreter", "unknown"),
    ]


def test_latex_text_undoes_escapes() -> None:
    assert (
        latex_text(r"\$5 \& 10\_000 \#2 \{x\} caf\'e na\"ive \c{c}a")
        == "$5 & 10_000 #2 {x} caf\u00e9 na\u00efve \u00e7a"
    )
    assert latex_text(r"\textit{really}\footnote{Field note.} \cite{smith} ok\dots") == "really ok..."
    assert latex_text(r"`single' ``double''") == "'single' \"double\""


# --- org-mode --------------------------------------------------------------------------------------------------

ORG_DOC = """#+TITLE: Supervision notes
#+AUTHOR: K. Ireland
# a comment, no text

* Session 3                                                         :week4:
:PROPERTIES:
:DATE: 2024-03-02
:END:
Context before the excerpt.
- Counsellor :: How has the week been?
- Client :: Long.
  I slept badly.

  Mostly on Sunday.
- [00:04:10] Interpreter :: He says it was the noise.
- Client ::
#+BEGIN_QUOTE
- Counsellor :: Noise from where?
#+END_QUOTE

The client looked away here.

- Client :: The flat upstairs.
** Discussion
- sleep is the main theme
- Homework :: keep a sleep diary
#+BEGIN_SRC python
- Counsellor :: not a turn
#+END_SRC
* Session 4
- Counsellor :: Welcome back.
- Client :: Thanks. It was a hard week, but better.
"""


def test_org_description_items_are_turns_under_their_headings() -> None:
    assert detect_format("/data/notes.org", ORG_DOC) == MARKUP_TEXT
    assert markup_kind(ORG_DOC) == ORG
    assert turn_rows(ORG_DOC) == [
        (0, 0, 10, "Counsellor", "therapist", "How has the week been?"),
        (0, 1, 11, "Client", "client", "Long. I slept badly.\nMostly on Sunday."),
        (0, 2, 15, "Interpreter", "unknown", "He says it was the noise."),
        (0, 3, 16, "Client", "client", ""),
        (0, 4, 18, "Counsellor", "therapist", "Noise from where?"),
        (0, 5, 23, "Client", "client", "The flat upstairs."),
        (1, 0, 31, "Counsellor", "therapist", "Welcome back."),
        (1, 1, 32, "Client", "client", "Thanks. It was a hard week, but better."),
    ]
    parsed = parse_files(files(ORG_DOC))
    assert rows(parsed.turns, "timestamp")[2] == ("00:04:10",)
    assert [(line, loads(m)) for line, m in rows(parsed.sessions, "source_line", "source_metadata")] == [
        (5, {"title": "Session 3", "properties": {"DATE": "2024-03-02"}}),
        (30, {"title": "Session 4"}),
    ]
    assert rows(parsed.header_lines, "segment", "line_no") == [
        (1, 1),
        (1, 2),
        (1, 5),
        (1, 6),
        (1, 7),
        (1, 8),
        (1, 9),
        (3, 30),
    ]
    # Commentary after a blank line, the Discussion's list and the source block are no turns and no defects.
    assert parsed.stray_lines.height == 0


def test_an_org_glossary_is_no_turns_but_an_unknown_name_among_turns_is() -> None:
    text = (
        "* Terms\n"
        "- CBT :: cognitive behavioural therapy\n"
        "- PHQ-9 :: a depression questionnaire\n"
        "* Session 2\n"
        "- Counsellor :: Who came with you?\n"
        "- Dev :: I'm her brother.\n"  # 6: seen once, but in a list of turns
        "- Client :: My brother.\n"
    )
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "source_line", "speaker", "role") == [
        (5, "Counsellor", "therapist"),
        (6, "Dev", "unknown"),
        (7, "Client", "client"),
    ]
    assert parsed.stray_lines.height == 0


def test_an_org_file_of_many_sessions_is_read_in_linear_time() -> None:
    # 20,000 headings: a pass over the turns per session took over a minute; one pass takes about a second.
    text = "".join(f"* Session {i}\n- Counsellor :: Hi.\n- Client :: Hello.\n" for i in range(20_000))
    started = time.perf_counter()
    parsed = parse_files(files(text))
    assert time.perf_counter() - started < 15
    assert parsed.sessions.height == 20_000
    assert rows(parsed.sessions.tail(1), "session_index", "source_line") == [(19_999, 59_998)]


def test_org_items_among_turns_that_name_no_speaker_are_stray() -> None:
    text = (
        "* Session 5\n"  # 1
        "- Counsellor :: What did you try?\n"  # 2
        "- the breathing, mostly\n"  # 3: a plain item among turns
        "  twice a day\n"  # 4: runs on from it
        "- :: and walking\n"  # 5: an empty label
        "Client says nothing\n"  # 6: unindented, between two turns
        "- Client :: It helped.\n"  # 7
    )
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "source_line", "speaker") == [(2, "Counsellor"), (7, "Client")]
    assert rows(parsed.stray_lines, "line_no") == [(3,), (4,), (5,), (6,)]


# --- detection -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("\ufeff{\\rtf1\\ansi Client: hi\\par}", RTF),
        ("\\begin{document}\nTherapist: hi\n\\end{document}\n", LATEX),
        ("\\section{A}\n\\begin{description}\n\\item[T:] hi\n\\end{description}\n", LATEX),
        ("#+title: notes\nCounsellor: hi\n", ORG),
        ("* Session 1\n- Counsellor :: hi\n- Client :: hello\n", ORG),
    ],
)
def test_markup_is_recognised_by_its_content(text: str, kind: str) -> None:
    assert markup_kind(text.lstrip("\ufeff")) == kind
    assert detect_format("/data/x.txt", text) == MARKUP_TEXT


@pytest.mark.parametrize(
    "text",
    [
        # A transcript that quotes one LaTeX command, a `::` or a `*` bullet.
        "Therapist: You wrote \\section{Intro} in the essay?\nClient: Yes, in LaTeX.\n",
        "Therapist: What does the :: mean there?\nClient: A scope, in C++.\n",
        "* Session notes\n* Therapist: Hello.\n* Client: Hi.\n",
        # A Markdown note with formulas.
        "# Notes\nThe score: $\\begin{aligned} x \\end{aligned}$\nTherapist: ok\nClient: ok\n",
    ],
)
def test_text_that_mentions_markup_stays_plain_text(text: str) -> None:
    assert detect_format("/data/t.txt", text) == PLAIN_TEXT


def test_html_stays_html() -> None:
    assert detect_format("/data/x.html", "<!DOCTYPE html><html><body><p>Client: \\item[x]</p></body></html>") == HTML


# --- through the batch -----------------------------------------------------------------------------------------


def _load(tmp_path: Path, name: str, data: bytes) -> Any:
    path = tmp_path / name
    path.write_bytes(data)
    return process_batch([str(path)], {})


def _defects(batch: Any) -> set[tuple[str, int]]:
    return set(batch.defects.select("defect_type", "source_line").rows())


def test_an_rtf_file_through_the_batch(tmp_path: Path) -> None:
    # WordPad writes CRLF; the client's answer is pasted twice (line 9), a receptionist speaks once (line 10), an
    # empty answer (line 11). (Not a "Visitor": chat tools call their client that.)
    extra = (
        "\\b Client:\\b0  Long. I didn\\rquote t sleep. The caf\\'e9 shifts\\emdash again.\\par\n"
        "\\b Receptionist:\\b0  Sorry, wrong room.\\par\n"
        "\\b Client:\\b0\\par\n"
    )
    text = RTF_DOC.replace("\\b Client:\\b0  My sister", extra + "\\b Client:\\b0  My sister")
    batch = _load(tmp_path, "session.rtf", text.replace("\n", "\r\n").encode("ascii"))
    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"]) == ("loaded", 2)
    defects = _defects(batch)
    assert {("duplicate_turn", 9), ("empty_turn", 11), ("mojibake", 12)} <= defects
    assert ("unknown_speaker", 10) in defects
    assert not any(kind == "unparseable_line" for kind, _ in defects)
    # The repaired text is the apostrophe the writer meant.
    assert "My sister\u2019s wedding." in batch.turns["text"].to_list()


def test_a_latex_file_through_the_batch(tmp_path: Path) -> None:
    # Windows-1252 bytes (the decoder reads them); a repeated turn on line 19, the receptionist (line 16), an empty
    # item (line 17), and a broken item (line 20).
    text = LATEX_DOC.replace(
        "\\end{description}\n",
        "\\item[Th:] R\\&R, then~\\emph{again}?\\\\ Tell me.\n\\item no label\n\\end{description}\n",
        1,
    ).replace("Sessions were", "S\u00e9ances were")
    batch = _load(tmp_path, "appendix.tex", text.encode("cp1252"))
    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"]) == ("loaded", 2)
    defects = _defects(batch)
    assert {("duplicate_turn", 19), ("unknown_speaker", 16), ("empty_turn", 17), ("unparseable_line", 20)} <= defects
    assert not {kind for kind, line in defects if line in (7, 10, 21)}


def test_an_org_file_through_the_batch(tmp_path: Path) -> None:
    batch = _load(
        tmp_path,
        "notes.org",
        # The client's last answer sent twice (line 33), then a plain item among the turns (line 34).
        ORG_DOC.replace(
            "better.\n", "better.\n- Client :: Thanks. It was a hard week, but better.\n- stray point\n"
        ).encode(),
    )
    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"]) == ("loaded", 2)
    defects = _defects(batch)
    assert {("duplicate_turn", 33), ("unknown_speaker", 15), ("empty_turn", 16), ("unparseable_line", 34)} <= defects
    assert not any(kind == "unparseable_line" and line != 34 for kind, line in defects)


def test_a_document_without_turns_is_quarantined_with_a_reason(tmp_path: Path) -> None:
    batch = _load(
        tmp_path, "essay.tex", b"\\documentclass{article}\n\\begin{document}\nJust an essay.\n\\end{document}\n"
    )
    source = batch.sources.row(0, named=True)
    assert source["status"] == "quarantined"
    assert "LaTeX" in source["error"]
