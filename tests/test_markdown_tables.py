"""Markdown tables below a title or preamble (transforms/formats/markdown_table.py): role-play scripts and notes
that open with a heading and a scenario, then give the dialogue as `| # | Speaker | Line |`.

The dialogue is made up for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl
import pytest

from flows.batch import process_batch
from tests.transforms._formats import files, rows
from transforms.formats import csv_table, parse_files
from transforms.formats.detect import MARKDOWN_TABLE, PLAIN_TEXT, detect_format

SCRIPT = (
    "# Role-play script: social anxiety at university (draft 3)\n"
    "\n"
    "Scenario: second-year student, first appointment. For the skills-practice module, week 7.\n"
    "\n"
    "| # | Speaker | Line |\n"
    "|---|---------|------|\n"
    "| 1 | Counsellor | Hi Ferdi, come on in. How are you doing today? |\n"
    "| 2 | Ferdi | Fine. Bit nervous. |\n"
    "| 3 | Counsellor | I'm glad you did. What made you book the appointment? |\n"
    "| 4 | ? | Sorry, is this room free at two? |\n"
    "| 5 | Ferdi |  |\n"
)
# (source_line, speaker, text): each row at its own line of the file, the empty cell an empty turn.
SCRIPT_TURNS = [
    (7, "Counsellor", "Hi Ferdi, come on in. How are you doing today?"),
    (8, "Ferdi", "Fine. Bit nervous."),
    (9, "Counsellor", "I'm glad you did. What made you book the appointment?"),
    (10, "?", "Sorry, is this room free at two?"),
    (11, "Ferdi", ""),
]
CLOSING_NOTE = "\nNote for the observer: stop the scene here and swap roles.\n"

TWO_SCENES = (
    "# Practice scripts, week 8\n"
    "\n"
    "## Scene A: exam stress\n"
    "\n"
    "| Speaker | Text |\n"
    "|:--|:--|\n"
    "| Therapist | What has the week been like? |\n"
    "| Client | Long. I keep rereading the same page. |\n"
    "\n"
    "## Scene B: a new flat\n"
    "\n"
    "  | Turn | Speaker | Text |\n"
    "  |---:|:---:|---|\n"
    "  | 1 | Therapist | How are you settling in? |\n"
    "  | 2 | Client | The flat is nice but nobody talks. |\n"
)


def _load(tmp_path: Path, name: str, text: str) -> Any:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return process_batch([str(path)], {})


# --- the script with a preamble ------------------------------------------------------------------------


def test_a_table_below_a_preamble_is_recognised() -> None:
    assert detect_format("/scripts/ferdi.md", SCRIPT) == MARKDOWN_TABLE


def test_its_rows_are_turns_at_their_own_lines() -> None:
    parsed = parse_files(files(SCRIPT, paths=["/scripts/ferdi.md"]))
    assert rows(parsed.turns, "source_line", "speaker", "text") == SCRIPT_TURNS
    assert rows(parsed.turns, "segment", "source_turn_index") == [(0, i) for i in range(5)]
    # `Counsellor` is an alias; `Ferdi` is a name that role inference settles later, `?` no one.
    assert parsed.turns.get_column("role").to_list()[:1] == ["therapist"]
    assert rows(parsed.sessions, "segment", "session_index", "source_line") == [(0, 0, 1)]


def test_the_lines_above_the_table_are_the_sessions_header() -> None:
    parsed = parse_files(files(SCRIPT, paths=["/scripts/ferdi.md"]))
    header = parsed.header_lines.filter(pl.col("line") != "")
    assert rows(header, "segment", "line_no", "line") == [
        (0, 1, "# Role-play script: social anxiety at university (draft 3)"),
        (0, 3, "Scenario: second-year student, first appointment. For the skills-practice module, week 7."),
    ]
    assert parsed.stray_lines.height == 0


def test_the_script_through_the_batch(tmp_path: Path) -> None:
    batch = _load(tmp_path, "ferdi.md", SCRIPT)
    assert rows(batch.sources, "status", "sessions", "turns_parsed", "turns_kept") == [("loaded", 1, 5, 4)]
    assert rows(batch.turns, "source_line", "speaker", "text") == [t for t in SCRIPT_TURNS if t[2]]
    assert batch.turns.filter(pl.col("speaker") == "Counsellor").get_column("role").unique().to_list() == ["therapist"]
    empty = batch.defects.filter(pl.col("defect_type") == "empty_turn")
    assert rows(empty, "source_line") == [(11,)]
    # The preamble is the session's summary, not text the parser could not place.
    assert batch.defects.filter(pl.col("defect_type") == "unparseable_line").height == 0
    assert rows(batch.sessions, "source_line") == [(1,)]
    summary = batch.sessions.get_column("summary_text").item()
    assert summary.startswith("# Role-play script") and "Scenario: second-year student" in summary


def test_a_closing_note_after_the_table_is_a_stray_line(tmp_path: Path) -> None:
    text = SCRIPT + CLOSING_NOTE
    parsed = parse_files(files(text, paths=["/scripts/ferdi.md"]))
    assert rows(parsed.stray_lines, "line_no", "line") == [
        (13, "Note for the observer: stop the scene here and swap roles.")
    ]
    assert rows(parsed.turns, "source_line", "speaker", "text") == SCRIPT_TURNS
    batch = _load(tmp_path, "ferdi.md", text)
    stray = batch.defects.filter(pl.col("defect_type") == "unparseable_line")
    assert rows(stray, "source_line", "excerpt") == [(13, "Note for the observer: stop the scene here and swap roles.")]


def test_a_row_with_a_cell_too_many_quarantines_the_file_with_the_tables_line(tmp_path: Path) -> None:
    text = SCRIPT.replace("| 2 | Ferdi | Fine. Bit nervous. |", "| 2 | Ferdi | Fine. | Bit nervous. |")
    batch = _load(tmp_path, "ferdi.md", text)
    assert batch.sources.get_column("status").item() == "quarantined"
    assert batch.sources.get_column("error").item().startswith("a Markdown table that cannot be read (table at line 5)")


# --- several tables ------------------------------------------------------------------------------------


def test_two_tables_under_two_headings_are_two_sessions() -> None:
    parsed = parse_files(files(TWO_SCENES, paths=["/scripts/week8.md"]))
    assert rows(parsed.turns, "segment", "source_turn_index", "source_line", "role", "text") == [
        (0, 0, 7, "therapist", "What has the week been like?"),
        (0, 1, 8, "client", "Long. I keep rereading the same page."),
        (1, 0, 14, "therapist", "How are you settling in?"),
        (1, 1, 15, "client", "The flat is nice but nobody talks."),
    ]
    # Each session starts at its header: the file's title and first heading, then the second heading.
    assert rows(parsed.sessions, "segment", "session_index", "source_line") == [(0, 0, 1), (1, 1, 10)]
    header = parsed.header_lines.filter(pl.col("line") != "")
    assert rows(header, "segment", "line_no") == [(0, 1), (0, 3), (1, 10)]
    assert parsed.stray_lines.height == 0


def test_two_tables_through_the_batch(tmp_path: Path) -> None:
    batch = _load(tmp_path, "week8.md", TWO_SCENES)
    assert rows(batch.sources, "status", "sessions", "turns_kept") == [("loaded", 2, 4)]
    assert batch.sessions.sort("source_line").get_column("summary_text").to_list() == [
        "# Practice scripts, week 8\n\n## Scene A: exam stress",
        "## Scene B: a new flat",
    ]


def test_crlf_lines_read_the_same() -> None:
    lf = parse_files(files(TWO_SCENES, paths=["/scripts/week8.md"]))
    crlf = parse_files(files(TWO_SCENES.replace("\n", "\r\n"), paths=["/scripts/week8.md"]))
    assert crlf.turns.equals(lf.turns)
    assert crlf.header_lines.equals(lf.header_lines)


# --- what must not change ------------------------------------------------------------------------------


def test_a_table_from_line_one_reads_as_csv_table_reads_it() -> None:
    table = SCRIPT.split("\n\n", 2)[2]
    assert table.startswith("| # | Speaker | Line |")
    assert detect_format("/scripts/ferdi.md", table) == MARKDOWN_TABLE
    parsed = parse_files(files(table, paths=["/scripts/ferdi.md"]))
    direct = csv_table.parse_files(files(table, paths=["/scripts/ferdi.md"]))
    assert parsed.turns.equals(direct.turns) and parsed.sessions.equals(direct.sessions)
    assert rows(parsed.turns, "source_line", "speaker", "text") == [(line - 4, s, t) for line, s, t in SCRIPT_TURNS]


@pytest.mark.parametrize(
    "text",
    [
        # A `|` in a turn.
        "Therapist: Is it this | or that?\nClient: That, I think.\n",
        # Bar lines without an alignment row.
        "Notes\n| Speaker | Text |\n| Therapist | Hi |\nTherapist: Hello.\nClient: Hi.\n",
        # A table of other columns (a homework plan) below the turns.
        "Therapist: Shall we plan it?\nClient: Yes.\n\n| Goal | Step |\n|---|---|\n| Sleep | No phone after ten |\n",
        # A speaker-and-text table of only two lines: a header and its alignment row, no row.
        "Therapist: Hello.\nClient: Hi.\n| Speaker | Text |\n|---|---|\n",
    ],
)
def test_plain_text_with_bars_stays_plain_text(text: str) -> None:
    assert detect_format("/notes/session.txt", text) == PLAIN_TEXT


def test_a_plain_text_turn_with_a_bar_keeps_its_text() -> None:
    parsed = parse_files(files("Therapist: Is it this | or that?\nClient: That, I think.\n"))
    assert rows(parsed.turns, "role", "text") == [("therapist", "Is it this | or that?"), ("client", "That, I think.")]


def test_a_bar_line_above_the_header_makes_it_some_other_table() -> None:
    text = "Title\n\n| Cast list |\n| Speaker | Text |\n|---|---|\n| Therapist | Hi. |\n"
    assert detect_format("/notes/cast.md", text) == PLAIN_TEXT


def test_a_closing_note_under_a_table_from_line_one_is_kept_as_a_stray_line() -> None:
    table = SCRIPT.split("\n\n", 2)[2].rstrip("\n") + "\n\nEnd of the role-play; debrief in class.\n"
    parsed = parse_files(files(table, paths=["/scripts/ferdi.md"]))
    assert rows(parsed.stray_lines, "line") == [("End of the role-play; debrief in class.",)]


def test_a_wide_table_with_a_column_per_speaker_gives_a_turn_per_filled_cell(tmp_path: Path) -> None:
    text = (
        "# Carer support, session 3\n\nThe words stand in the column of the person speaking.\n\n"
        "| Time | Counsellor | Client | Notes |\n|------|------------|--------|-------|\n"
        "| 00:00 | How has this fortnight been? |  |  |\n"
        "| 00:12 |  | Long. Dad's had two falls. |  |\n"
        "| 00:31 | That must have been frightening. |  |  |\n"
        "| 00:44 |  | It was the not recognising that got me. | laughs |\n"
    )
    path = tmp_path / "session3.md"
    path.write_text(text, encoding="utf-8")
    batch = process_batch([str(path)], {})
    assert batch.turns.select("source_line", "role", "text").rows() == [
        (7, "therapist", "How has this fortnight been?"),
        (8, "client", "Long. Dad's had two falls."),
        (9, "therapist", "That must have been frightening."),
        (10, "client", "It was the not recognising that got me."),
    ]


def test_a_cells_escaped_bar_is_a_bar_in_its_text_not_a_new_cell() -> None:
    notes = (
        "Typed from the audio.\n\n"
        "| Turn | Speaker | Utterance | Comment |\n|---|---|---|---|\n"
        "| 1 | Counsellor | Either way \\| both ways, it is yours to choose. | |\n"
        "| 2 | Client | Fine. | pause \\| tearful |\n"
    )
    parsed = parse_files(files(notes, paths=["/notes/s3.md"]))

    assert rows(parsed.turns, "source_line", "text") == [
        (5, "Either way | both ways, it is yours to choose."),
        (6, "Fine."),
    ]
    assert "pause | tearful" in (parsed.turns.get_column("source_labels")[1] or "")
