"""Tables of one session a row, the whole dialogue in one multi-line cell (transforms/formats/cell_dialogues.py).

The dialogue is made up for these tests."""

from __future__ import annotations

from pathlib import Path

from flows.batch import process_batch
from tests.transforms._formats import files, loads, rows
from transforms.formats import parse_files
from transforms.formats.detect import CELL_DIALOGUES, CSV_TABLE, PLAIN_TEXT, detect_format

# Line 1 header; row S-01 on lines 2-4; row S-02 on lines 5-9, with a quoted comma, doubled quotes and a blank
# line inside its dialogue; an empty age cell.
SESSIONS = """session_id,client_age,presenting_problem,dialogue
S-01,34,insomnia,"Therapist: What brings you in today?
Client: I can't sleep, maybe four hours a night.
Therapist: Since when?"
S-02,,"grief, recent","Counsellor: How has the week been?
Client: Hard. ""Quiet"", my sister says.

It was the anniversary.
Counsellor: I'm sorry."
"""
# (session, turn index, source line, speaker, role, text)
EXPECTED = [
    (0, 0, 2, "Therapist", "therapist", "What brings you in today?"),
    (0, 1, 3, "Client", "client", "I can't sleep, maybe four hours a night."),
    (0, 2, 4, "Therapist", "therapist", "Since when?"),
    (1, 0, 5, "Counsellor", "therapist", "How has the week been?"),
    (1, 1, 6, "Client", "client", 'Hard. "Quiet", my sister says.\n\nIt was the anniversary.'),
    (1, 2, 9, "Counsellor", "therapist", "I'm sorry."),
]
_COLUMNS = ("session_index", "source_turn_index", "source_line", "speaker", "role", "text")


def turn_rows(text: str, path: str = "/data/sessions.csv") -> list[tuple[object, ...]]:
    parsed = parse_files(files(text, paths=[path]))
    return rows(parsed.turns.join(parsed.sessions, on=["source_id", "segment"]), *_COLUMNS)


def test_each_row_is_a_session_and_each_turn_sits_on_its_line_inside_the_cell() -> None:
    assert detect_format("/data/sessions.csv", SESSIONS) == CELL_DIALOGUES
    parsed = parse_files(files(SESSIONS, paths=["/data/sessions.csv"]))

    assert rows(parsed.turns.join(parsed.sessions, on=["source_id", "segment"]), *_COLUMNS) == EXPECTED
    assert rows(parsed.sessions, "session_index", "source_line") == [(0, 2), (1, 5)]
    assert parsed.stray_lines.height == 0


def test_the_other_columns_are_session_metadata_an_empty_cell_left_out() -> None:
    parsed = parse_files(files(SESSIONS, paths=["/data/sessions.csv"]))
    assert [loads(m) for m in parsed.sessions["source_metadata"]] == [
        {"session_id": "S-01", "client_age": "34", "presenting_problem": "insomnia"},
        {"session_id": "S-02", "presenting_problem": "grief, recent"},
    ]


def test_line_breaks_in_cells_before_the_dialogue_push_its_lines_down() -> None:
    # id,transcript,notes with the notes first in the row: tab-separated, a two-line note before the dialogue.
    text = (
        "id\tnotes\ttranscript\n"
        'A7\t"Referred by GP.\nSecond visit."\t"T: Welcome back.\nC: Thanks. Still anxious.\nT: About work?"\n'
        'A8\tnone\t"T: Shall we begin?\nC: Yes."\n'
    )
    assert detect_format("/data/export.tsv", text) == CELL_DIALOGUES
    assert [r[:3] + r[4:5] for r in turn_rows(text, "/data/export.tsv")] == [
        (0, 0, 3, "therapist"),
        (0, 1, 4, "client"),
        (0, 2, 5, "therapist"),
        (1, 0, 6, "therapist"),
        (1, 1, 7, "client"),
    ]
    parsed = parse_files(files(text, paths=["/data/export.tsv"]))
    assert loads(parsed.sessions["source_metadata"][0]) == {"id": "A7", "notes": "Referred by GP.\nSecond visit."}


def test_a_cell_with_a_separator_holds_two_sessions() -> None:
    text = 'id,conversation\n1,"Therapist: Hi.\nClient: Hello.\n---\nTherapist: Welcome back.\nClient: Thanks."\n'
    assert [(r[0], r[2]) for r in turn_rows(text)] == [(0, 2), (0, 3), (1, 5), (1, 6)]


def test_a_one_utterance_a_row_table_stays_a_csv_table() -> None:
    # A speaker column: each row is one utterance, even when its text holds a `Label:` line or two.
    text = (
        "session_id,speaker,text\n"
        'S-1,therapist,"What did she say?"\n'
        'S-1,client,"She said: leave it.\nMum: yes, leave it."\n'
    )
    assert detect_format("/data/rows.csv", text) == CSV_TABLE


def test_a_text_column_of_one_line_notes_is_no_dialogue_table() -> None:
    text = "id,text,notes\n1,Client: arrived late,ok\n2,Therapist: on leave,none\n"
    assert detect_format("/data/notes.csv", text) == PLAIN_TEXT


def test_a_table_without_turns_in_its_cells_is_quarantined_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    # Two `Label:` lines make detection take the cell for dialogue, but the plain-text rules accept no lone-letter
    # labels (`A:`/`B:` are options as often as speakers): no turns, so the file is quarantined, not loaded empty.
    path.write_text('id,dialogue\n1,"A: yes\nB: no"\n', encoding="utf-8")
    source = process_batch([str(path)], {}).sources.row(0, named=True)
    assert source["status"] == "quarantined"
    assert "dialogue a row" in source["error"]


def test_the_table_through_the_batch_reports_a_repeated_turn_at_its_line(tmp_path: Path) -> None:
    # S-01's client repeats herself word for word on line 5, inside the quoted cell.
    text = SESSIONS.replace(
        'Therapist: Since when?"', "Therapist: Since when?\nClient: I can't sleep, maybe four hours a night.\"", 1
    )
    path = tmp_path / "sessions.csv"
    path.write_text(text, encoding="utf-8")
    batch = process_batch([str(path)], {})

    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"], source["turns_parsed"], source["turns_kept"]) == ("loaded", 2, 7, 6)
    duplicates = batch.defects.filter(batch.defects["defect_type"] == "duplicate_turn")
    assert duplicates["source_line"].to_list() == [5]
    assert batch.turns.sort("source_line")["source_line"].to_list() == [2, 3, 4, 6, 7, 10]
    assert {loads(m)["session_id"] for m in batch.sessions["source_metadata"]} == {"S-01", "S-02"}


def test_a_list_column_saved_by_pandas_is_one_turn_a_string_all_on_the_rows_line() -> None:
    # pandas' to_csv writes a list cell as its repr: single quotes, double quotes where the string holds an apostrophe.
    listed = (
        "id,n_turns,dialogue\n"
        's1,3,"[\'Therapist: How has the week been?\', ""Client: Rough. I didn\'t sleep."", '
        "'Therapist: What kept you up?']\"\n"
        "s2,2,\"['Counsellor: Welcome back.', 'Client: Thanks.']\"\n"
    )
    assert detect_format("/data/synthetic.csv", listed) == CELL_DIALOGUES
    assert turn_rows(listed, "/data/synthetic.csv") == [
        (0, 0, 2, "Therapist", "therapist", "How has the week been?"),
        (0, 1, 2, "Client", "client", "Rough. I didn't sleep."),
        (0, 2, 2, "Therapist", "therapist", "What kept you up?"),
        (1, 0, 3, "Counsellor", "therapist", "Welcome back."),
        (1, 1, 3, "Client", "client", "Thanks."),
    ]
