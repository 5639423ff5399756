"""YAML sessions holding their turns (transforms/formats/yaml_records.py), which were quarantined as having no
speaker-labelled turns: a list of sessions, one session, a mapping of sessions, one session a document; turns
written `- counsellor: ...` or `{speaker, text}`.

The dialogue is made up for these tests."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from flows.batch import NO_TURNS, NO_TURNS_BY_FORMAT, process_batch
from tests.transforms._formats import files, loads, rows
from transforms.formats import parse_files
from transforms.formats.detect import NESTED_JSON, PLAIN_TEXT, YAML_RECORDS, detect_format
from transforms.formats.yaml_records import MAX_DEPTH

# A list of sessions: one-key turns in every way YAML writes a text, a comment between turns, an empty and a
# null text; then a session whose turns are keyed.
SESSIONS = """\
# Intake and second session, typed up by hand.
- id: GR-01
  approach: person-centred
  presenting_issue: grief after a house move
  date: 2024-05-02
  sessions_planned: 6
  turns:
    - counsellor: "Hello Maureen. Where would you like to begin?"
    - client: It's the garden, really. I left forty years of it behind.
    # a long pause in the recording
    - Counsellor: 'Forty years. That''s a lot to leave.'
    - client: |
        It is. I planted the apple tree
        the week my son was born.
    - counsellor: >
        So the garden holds
        more than plants.
    - client: ""
    - client:
- id: GR-02
  approach: person-centred
  date: 2024-05-09
  dialogue:
    - speaker: Therapist
      text: How has the week been?
    - speaker: client
      text: Better. I bought a pot of rosemary for the balcony.
"""
# (session, turn index, speaker, role, text), in list order.
EXPECTED = [
    (0, 0, "counsellor", "therapist", "Hello Maureen. Where would you like to begin?"),
    (0, 1, "client", "client", "It's the garden, really. I left forty years of it behind."),
    (0, 2, "Counsellor", "therapist", "Forty years. That's a lot to leave."),
    (0, 3, "client", "client", "It is. I planted the apple tree\nthe week my son was born."),
    (0, 4, "counsellor", "therapist", "So the garden holds more than plants."),
    (0, 5, "client", "client", ""),
    (0, 6, "client", "client", ""),
    (1, 0, "Therapist", "therapist", "How has the week been?"),
    (1, 1, "client", "client", "Better. I bought a pot of rosemary for the balcony."),
]


def turn_rows(parsed_turns: pl.DataFrame) -> list[tuple[Any, ...]]:
    return rows(parsed_turns, "segment", "source_turn_index", "speaker", "role", "text")


def assert_on_item_lines(parsed_turns: pl.DataFrame, text: str) -> None:
    """Each turn sits on a line that starts a list item holding its speaker."""
    lines = text.split("\n")
    for line_no, speaker in rows(parsed_turns, "source_line", "speaker"):
        assert lines[line_no - 1].lstrip().startswith("- "), (line_no, lines[line_no - 1])
        assert speaker in lines[line_no - 1], (line_no, speaker)


def test_a_list_of_sessions_with_one_key_and_keyed_turns() -> None:
    assert detect_format("/data/grief.yaml", SESSIONS) == YAML_RECORDS
    parsed = parse_files(files(SESSIONS, paths=["/data/grief.yaml"]))

    assert turn_rows(parsed.turns) == EXPECTED
    # A turn sits on the line where its list item starts; a session where its mapping does.
    assert parsed.turns["source_line"].to_list() == [8, 9, 11, 12, 15, 18, 19, 24, 26]
    assert_on_item_lines(parsed.turns, SESSIONS)
    assert rows(parsed.sessions, "segment", "session_index", "source_line") == [(0, 0, 2), (1, 1, 20)]
    assert [loads(m) for m in parsed.sessions["source_metadata"]] == [
        {
            "id": "GR-01",
            "approach": "person-centred",
            "presenting_issue": "grief after a house move",
            "date": "2024-05-02",
            "sessions_planned": 6,
        },
        {"id": "GR-02", "approach": "person-centred", "date": "2024-05-09"},
    ]
    assert parsed.stray_lines.height == 0


def test_the_same_text_in_a_txt_file_is_read_as_yaml() -> None:
    # No `.yaml` name: the `turns:` line is what sends the file to be read as YAML.
    assert detect_format("/data/grief.txt", SESSIONS) == YAML_RECORDS
    assert turn_rows(parse_files(files(SESSIONS)).turns) == EXPECTED


# --- one session, a mapping of sessions, one session a document --------------------------------------------

SINGLE = """\
id: GR-05
approach: CBT
utterances:
  - Therapist: What would you like from today?
  - Client: To stop replaying the argument with my sister.
"""

MAPPING_OF_SESSIONS = """\
client_id: C-0192
service: community bereavement
sessions:
  - session: 1
    turns:
      - counsellor: Tell me about him.
      - client: He whistled all the time. The house is so quiet now.
  - session: 2
    turns:
      - counsellor: How has the quiet been this week?
      - client: Louder than ever.
"""

DOCUMENTS = """\
---
id: GR-03
turns:
  - counsellor: Welcome back.
  - client: I slept through the night twice this week.
---
# the next week
id: GR-04
turns:
  - client: The rosemary is doing well.
  - counsellor: And how are you doing?
...
"""


def test_a_single_session_mapping() -> None:
    assert detect_format("/data/gr-05.yml", SINGLE) == YAML_RECORDS
    parsed = parse_files(files(SINGLE))
    assert rows(parsed.turns, "source_turn_index", "speaker", "role", "text", "source_line") == [
        (0, "Therapist", "therapist", "What would you like from today?", 4),
        (1, "Client", "client", "To stop replaying the argument with my sister.", 5),
    ]
    assert rows(parsed.sessions, "session_index", "source_line") == [(0, 1)]
    assert loads(parsed.sessions["source_metadata"][0]) == {"id": "GR-05", "approach": "CBT"}


def test_a_mapping_holding_a_list_of_sessions_lends_them_its_keys() -> None:
    assert detect_format("/data/c-0192.txt", MAPPING_OF_SESSIONS) == YAML_RECORDS
    parsed = parse_files(files(MAPPING_OF_SESSIONS))
    assert turn_rows(parsed.turns) == [
        (0, 0, "counsellor", "therapist", "Tell me about him."),
        (0, 1, "client", "client", "He whistled all the time. The house is so quiet now."),
        (1, 0, "counsellor", "therapist", "How has the quiet been this week?"),
        (1, 1, "client", "client", "Louder than ever."),
    ]
    assert parsed.turns["source_line"].to_list() == [6, 7, 10, 11]
    assert rows(parsed.sessions, "session_index", "source_line") == [(0, 4), (1, 8)]
    shared = {"client_id": "C-0192", "service": "community bereavement"}
    assert [loads(m) for m in parsed.sessions["source_metadata"]] == [
        {**shared, "session": 1},
        {**shared, "session": 2},
    ]


def test_one_session_a_document() -> None:
    assert detect_format("/data/gr-03.yaml", DOCUMENTS) == YAML_RECORDS
    parsed = parse_files(files(DOCUMENTS))
    assert turn_rows(parsed.turns) == [
        (0, 0, "counsellor", "therapist", "Welcome back."),
        (0, 1, "client", "client", "I slept through the night twice this week."),
        (1, 0, "client", "client", "The rosemary is doing well."),
        (1, 1, "counsellor", "therapist", "And how are you doing?"),
    ]
    assert parsed.turns["source_line"].to_list() == [4, 5, 10, 11]
    assert_on_item_lines(parsed.turns, DOCUMENTS)
    # A document's session starts at its first key, below the `---` and the comment.
    assert rows(parsed.sessions, "session_index", "source_line") == [(0, 2), (1, 8)]
    assert [loads(m) for m in parsed.sessions["source_metadata"]] == [{"id": "GR-03"}, {"id": "GR-04"}]


# --- what a turn holds ----------------------------------------------------------------------------------------


def test_texts_and_metadata_are_kept_as_written() -> None:
    text = """\
- id: 007
  rating: 4.5
  visits: 3
  consented: true
  referral: "yes"
  note: ~
  turns:
    - client: yes
    - counsellor: 007
    - client: 'null'
    - counsellor: 2024-05-02
"""
    parsed = parse_files(files(text, paths=["/data/x.yaml"]))
    # YAML 1.1 would make these true, 7, null and a date; a transcript means what it says.
    assert parsed.turns["text"].to_list() == ["yes", "007", "null", "2024-05-02"]
    # Numbers and booleans as JSON writes them, anything else as text; a null key is left out.
    assert loads(parsed.sessions["source_metadata"][0]) == {
        "id": "007",
        "rating": 4.5,
        "visits": 3,
        "consented": True,
        "referral": "yes",
    }


def test_timestamps_labels_a_system_turn_and_capitalised_keys() -> None:
    text = """\
id: TS-01
turns:
  - system: Play a calm, warm counsellor.
  - Speaker: counsellor
    Text: What brought you in today?
    time: "00:00:04"
    strategy: Question
  - client: My GP suggested it.
    timestamp: "00:00:09"
    emotion: anxious
"""
    parsed = parse_files(files(text, paths=["/data/ts.yaml"]))
    assert rows(parsed.turns, "source_turn_index", "role", "text", "timestamp", "source_line") == [
        (0, "therapist", "What brought you in today?", "00:00:04", 4),
        (1, "client", "My GP suggested it.", "00:00:09", 8),
    ]
    assert [loads(labels) for labels in parsed.turns["source_labels"]] == [
        {"strategy": "Question"},
        {"emotion": "anxious"},
    ]
    assert loads(parsed.sessions["source_metadata"][0]) == {
        "id": "TS-01",
        "system_prompt": "Play a calm, warm counsellor.",
    }


def test_a_speaker_key_without_text_beside_keyed_turns_is_an_empty_turn() -> None:
    # `- who: client` among `who`/`said` turns is a turn without text, not a speaker called `who`.
    text = """\
- session_id: WS-01
  turns:
    - who: counsellor
      said: Where shall we start?
    - who: client
    - participant: client
      said: Sorry. Sleep, I suppose.
"""
    parsed = parse_files(files(text, paths=["/data/ws.yaml"]))
    assert rows(parsed.turns, "speaker", "text", "source_line") == [
        ("counsellor", "Where shall we start?", 3),
        ("client", "", 5),
        ("client", "Sorry. Sleep, I suppose.", 6),
    ]


def test_items_that_are_no_turns_are_stray_lines_and_sessions_without_turns_give_none() -> None:
    text = """\
- id: ST-00
  note: cancelled
- id: ST-01
  turns:
    - counsellor: Shall we start?
    - "[recording paused]"
    - client: Yes, sorry.
- id: ST-02
  turns: []
"""
    parsed = parse_files(files(text, paths=["/data/st.yaml"]))
    assert rows(parsed.sessions, "segment", "session_index", "source_line") == [(1, 0, 3)]
    assert rows(parsed.turns, "text", "source_line") == [("Shall we start?", 5), ("Yes, sorry.", 7)]
    assert rows(parsed.stray_lines, "line_no", "line") == [(6, '    - "[recording paused]"')]


def test_line_breaks_yaml_counts_but_an_editor_does_not_leave_lines_as_the_file_numbers_them() -> None:
    # YAML breaks lines at U+2028 too; source_line counts `\n`s, as for every other format.
    text = '- id: LS-01\n  turns:\n    - client: "one\u2028two"\n    - counsellor: Go on.\n'
    parsed = parse_files(files(text, paths=["/data/ls.yaml"]))
    assert parsed.turns["source_line"].to_list() == [3, 4]


# --- detection --------------------------------------------------------------------------------------------------

PLAIN = "Therapist: Hello there. What brings you in?\nClient: My sleep, mostly.\nTherapist: Tell me more.\n"


@pytest.mark.parametrize(
    ("path", "text"),
    [
        # `Therapist: Hello` lines are a valid YAML mapping, of labels: no session with a turn list.
        ("/data/session.txt", PLAIN),
        ("/data/session.yaml", PLAIN),
        # A heading that happens to be a turn-list key opens nothing.
        ("/data/session.txt", "Transcript:\n" + PLAIN),
        # A list of one-key mappings under a name that is no turn list is metadata, not a dialogue.
        ("/data/plan.yaml", "id: P-1\ngoals:\n  - short: sleep better\n  - long: go back to work\n"),
    ],
    ids=["labels-txt", "labels-yaml", "heading", "goals"],
)
def test_labelled_lines_and_other_yaml_are_not_yaml_sessions(path: str, text: str) -> None:
    assert detect_format(path, text) == PLAIN_TEXT


def test_json_named_yaml_stays_json() -> None:
    text = json.dumps([{"session_id": "J-1", "turns": [{"who": "client", "said": "Hi."}]}], indent=2)
    assert detect_format("/data/j.yaml", text) == NESTED_JSON


BROKEN = """\
- id: BR-01
  turns:
    - counsellor: "Hello, how has the week been?
    - client: "Long."
   oops: [
"""


def test_yaml_that_does_not_read_falls_back_to_plain_text() -> None:
    assert detect_format("/data/broken.yaml", BROKEN) == PLAIN_TEXT


# --- the whole batch -------------------------------------------------------------------------------------------


def _load(tmp_path: Path, name: str, text: str) -> Any:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return process_batch([str(path)], {})


def test_a_repeated_turn_is_a_duplicate_at_its_own_line(tmp_path: Path) -> None:
    text = """\
# follow-up session
- id: DP-01
  approach: integrative
  turns:
    - counsellor: What has been on your mind since we last met?
    - client: I keep thinking I should have called my brother back sooner.
    - counsellor: That thought seems to follow you around.
    - client: I keep thinking I should have called my brother back sooner.
    - counsellor: It comes back even now, as we talk.
    - client: ""
"""
    batch = _load(tmp_path, "dp-01.yaml", text)

    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"], source["turns_parsed"], source["turns_kept"]) == ("loaded", 1, 6, 4)
    duplicate = batch.defects.filter(pl.col("defect_type") == "duplicate_turn").row(0, named=True)
    assert duplicate["source_line"] == 8
    assert duplicate["detail"] == "exact repeat of the client turn at line 6"
    empty = batch.defects.filter(pl.col("defect_type") == "empty_turn")["source_line"].to_list()
    assert empty == [10]
    assert batch.turns.sort("turn_index")["source_line"].to_list() == [5, 6, 7, 9]


def test_a_plain_text_transcript_named_yaml_still_loads(tmp_path: Path) -> None:
    batch = _load(tmp_path, "session.yaml", PLAIN)
    assert batch.sources.row(0, named=True)["status"] == "loaded"
    assert batch.turns.height == 3


def test_broken_yaml_is_quarantined_with_where_it_broke(tmp_path: Path) -> None:
    source = _load(tmp_path, "broken.yaml", BROKEN).sources.row(0, named=True)
    assert source["status"] == "quarantined"
    assert source["error"].startswith("YAML that cannot be read: ")
    assert "(line 4, column" in source["error"]
    # Positions and kinds only: nothing of the file's text.
    assert "Hello" not in source["error"] and "Long" not in source["error"]
    assert source["error"].endswith(f"; as plain text, {NO_TURNS}")


def test_a_mapping_where_text_belongs_is_quarantined_with_a_reason(tmp_path: Path) -> None:
    text = "- id: WT-01\n  turns:\n    - speaker: client\n      text:\n        en: Hello\n"
    source = _load(tmp_path, "wt.yaml", text).sources.row(0, named=True)
    assert source["status"] == "quarantined"
    assert (
        source["error"]
        == "YAML values of the wrong type: a list or mapping as a turn's speaker, text, time or label (line 5)"
    )


def test_sessions_that_all_lack_turns_are_quarantined_with_the_reason(tmp_path: Path) -> None:
    source = _load(tmp_path, "empty.yaml", "- id: E-1\n  turns: []\n").sources.row(0, named=True)
    assert (source["status"], source["error"]) == ("quarantined", NO_TURNS_BY_FORMAT[YAML_RECORDS])


# --- hostile files --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # libyaml's own composer overflows the C stack on these (the process dies); ours stops at MAX_DEPTH.
        "turns:\n" + "- " * 200_000 + "x\n",
        "turns: " + "[" * 200_000 + "\n",
    ],
    ids=["block", "flow"],
)
def test_yaml_nested_beyond_reason_is_quarantined_quickly(tmp_path: Path, text: str) -> None:
    started = time.perf_counter()
    source = _load(tmp_path, "deep.yaml", text).sources.row(0, named=True)
    assert time.perf_counter() - started < 30
    assert source["status"] == "quarantined"
    assert f"nested more than {MAX_DEPTH} deep" in source["error"]


def test_aliases_that_repeat_a_turn_list_over_and_over_are_quarantined(tmp_path: Path) -> None:
    turns = "[" + ", ".join("{client: hi}" for _ in range(500)) + "]"
    text = f"shared: &t {turns}\nsessions:\n" + "".join(f"  - {{id: {i}, turns: *t}}\n" for i in range(500))
    source = _load(tmp_path, "bomb.yaml", text).sources.row(0, named=True)
    assert (source["status"], source["error"]) == (
        "quarantined",
        "YAML whose aliases repeat more turns than the file could hold",
    )
