"""Flat exports: JSON Lines / JSON lists with one utterance a record that names its conversation
(transforms/formats/flat_json.py), and CSV chat exports with their own column names (csv_table.py).

The dialogue is made up for these tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from flows.batch import process_batch
from tests.transforms._formats import files, loads, rows
from transforms.formats import parse_files
from transforms.formats.detect import CSV_TABLE, FLAT_JSON, SMILECHAT, UNKNOWN_JSON, detect_format

# Two conversations interleaved as an export may write them; esc-0417's turns 2 and 3 are swapped in the file,
# its turn 4 has an empty utterance and its turn 5 no utterance key at all.
_MISSING = object()
RECORDS: list[dict[str, Any]] = [
    {"dialog_id": dialog, "turn": turn, "speaker": speaker, **({} if text is _MISSING else {"utterance": text})}
    for dialog, turn, speaker, text in [
        ("esc-0417", 1, "seeker", "I haven't slept properly in weeks."),
        ("esc-0417", 3, "seeker", "Mostly the exams, and my flatmate."),
        ("esc-0417", 2, "supporter", "That sounds draining. What keeps you up?"),
        ("esc-0502", 1, "seeker", "My dad is in hospital again."),
        ("esc-0417", 4, "supporter", ""),
        ("esc-0502", 2, "supporter", "I'm sorry. How are you holding up?"),
        ("esc-0417", 5, "seeker", _MISSING),
        ("esc-0502", 3, "seeker", "Badly, honestly. I can't focus at work."),
    ]
]
# (session, turn index, speaker, role, text) as the sessions read, in turn order.
EXPECTED_TURNS = [
    (0, 0, "seeker", "client", "I haven't slept properly in weeks."),
    (0, 1, "supporter", "therapist", "That sounds draining. What keeps you up?"),
    (0, 2, "seeker", "client", "Mostly the exams, and my flatmate."),
    (0, 3, "supporter", "therapist", ""),
    (0, 4, "seeker", "client", ""),
    (1, 0, "seeker", "client", "My dad is in hospital again."),
    (1, 1, "supporter", "therapist", "I'm sorry. How are you holding up?"),
    (1, 2, "seeker", "client", "Badly, honestly. I can't focus at work."),
]
# The file line of each of those turns' records, JSON Lines with one record a line.
EXPECTED_LINES = [1, 3, 2, 5, 7, 4, 6, 8]


def jsonl(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


def turn_rows(parsed_turns: pl.DataFrame) -> list[tuple[Any, ...]]:
    return rows(parsed_turns, "segment", "source_turn_index", "speaker", "role", "text")


# --- JSON Lines ----------------------------------------------------------------------------------------


def test_jsonl_conversations_become_sessions_with_turns_in_turn_order() -> None:
    parsed = parse_files(files(jsonl(RECORDS), paths=["/data/export.jsonl"]))

    assert rows(parsed.sessions, "segment", "session_index", "source_line") == [(0, 0, 1), (1, 1, 4)]
    assert [loads(m) for m in parsed.sessions["source_metadata"]] == [
        {"dialog_id": "esc-0417"},
        {"dialog_id": "esc-0502"},
    ]
    assert turn_rows(parsed.turns) == EXPECTED_TURNS
    # Each turn stays on its record's line, whatever its place in the conversation.
    assert parsed.turns["source_line"].to_list() == EXPECTED_LINES
    assert parsed.stray_lines.height == 0


def test_without_a_turn_key_the_file_order_holds() -> None:
    records = [{k: v for k, v in r.items() if k != "turn"} for r in RECORDS]
    parsed = parse_files(files(jsonl(records)))
    assert rows(parsed.turns, "segment", "source_turn_index", "source_line") == [
        (0, 0, 1), (0, 1, 2), (0, 2, 3), (0, 3, 5), (0, 4, 7), (1, 0, 4), (1, 1, 6), (1, 2, 8),
    ]  # fmt: skip


def test_a_broken_line_is_reported_like_other_json_lines_files_and_the_rest_loads() -> None:
    lines = jsonl(RECORDS).splitlines()
    text = "\n".join([*lines[:3], '{"dialog_id": "esc-0417", "turn": 9, "speak', *lines[3:]]) + "\n"
    parsed = parse_files(files(text))

    assert rows(parsed.stray_lines, "line_no", "line") == [(4, '{"dialog_id": "esc-0417", "turn": 9, "speak')]
    assert turn_rows(parsed.turns) == EXPECTED_TURNS
    assert parsed.turns["source_line"].to_list() == [n + (n >= 4) for n in EXPECTED_LINES]


def test_a_flat_jsonl_without_conversation_ids_is_one_session() -> None:
    records = [
        {"speaker": "Therapist", "utterance": "Where would you like to start?"},
        {"speaker": "Client", "text": "Work."},
    ]
    parsed = parse_files(files(jsonl(records)))
    assert parsed.sessions.height == 1
    assert rows(parsed.turns, "source_line", "role", "text") == [
        (1, "therapist", "Where would you like to start?"),
        (2, "client", "Work."),
    ]


def test_other_key_names_and_numeric_ids() -> None:
    records = [
        {"conversationId": 12, "seq": "2", "author": "practitioner", "body": "And since then?", "sent_at": "t2"},
        {"conversationId": 12, "seq": "1", "author": "client", "body": "It started in May.", "sent_at": "t1"},
        {"conversationId": 13, "seq": "1", "author": "client", "body": "Hello?", "sent_at": "t3"},
    ]
    parsed = parse_files(files(jsonl(records)))
    assert rows(parsed.turns, "segment", "source_line", "role", "text", "timestamp") == [
        (0, 2, "client", "It started in May.", "t1"),
        (0, 1, "therapist", "And since then?", "t2"),
        (1, 3, "client", "Hello?", "t3"),
    ]
    assert loads(parsed.sessions["source_metadata"][0]) == {"conversationId": "12"}


# --- JSON list -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("indent", [None, 2], ids=["one-line", "pretty"])
def test_a_json_list_of_the_same_records_gives_the_same_sessions(indent: int | None) -> None:
    text = json.dumps(RECORDS, indent=indent)
    parsed = parse_files(files(text, paths=["/data/export.json"]))

    assert parsed.sessions.height == 2
    assert turn_rows(parsed.turns) == EXPECTED_TURNS
    lines = text.split("\n")
    if indent is None:
        assert set(parsed.turns["source_line"]) == {1}
        return
    # Not every record has an `utterance`, so each is placed on its own record's `speaker` key.
    speaker_lines = [n for n, line in enumerate(lines, start=1) if '"speaker":' in line]
    assert parsed.turns["source_line"].to_list() == [speaker_lines[record - 1] for record in EXPECTED_LINES]


def test_a_list_whose_records_all_have_text_places_turns_on_their_text() -> None:
    records = [r for r in RECORDS if "utterance" in r]
    text = json.dumps(records, indent=2)
    parsed = parse_files(files(text))
    lines = text.split("\n")
    assert all('"utterance":' in lines[n - 1] for n in parsed.turns["source_line"])


def test_a_flat_list_without_conversation_ids_is_still_one_smilechat_session() -> None:
    records = [{"speaker": "Therapist", "utterance": "Hello."}, {"speaker": "Client", "utterance": "Hi."}]
    text = json.dumps(records)
    assert detect_format("/data/a.json", text) == SMILECHAT
    assert parse_files(files(text)).sessions.height == 1


# --- detection -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (jsonl(RECORDS), FLAT_JSON),
        (json.dumps(RECORDS), FLAT_JSON),
        (json.dumps(RECORDS, indent=4), FLAT_JSON),
        (jsonl([{"role": "user", "content": "Hi."}]), FLAT_JSON),
        (jsonl([{"thread_id": "a", "sender": "client", "message": "Hi."}]), FLAT_JSON),
        # Not utterances: a speaker but neither a text nor a conversation; a text but no speaker.
        (jsonl([{"speaker": "client", "score": 3}]), UNKNOWN_JSON),
        (jsonl([{"session_id": "s1", "note": "follow up"}]), UNKNOWN_JSON),
    ],
    ids=["jsonl", "list", "pretty-list", "chat-messages-jsonl", "other-keys", "no-text", "no-speaker"],
)
def test_detection(text: str, expected: str) -> None:
    assert detect_format("/data/export.txt", text) == expected


# --- CSV -----------------------------------------------------------------------------------------------

CSV_ROWS = [
    ["conversation_ref", "seq", "participant", "message_text", "sent_at_utc"],
    ["CX-2291", "1", "practitioner", "Hello Jo, thanks for writing in. What brings you here?", "2024-03-05T19:00:00Z"],
    ["CX-2291", "2", "client", 'Work, mostly.\r\nMy boss called me "not a team player".', "2024-03-05T19:01:10Z"],
    ["CX-3004", "1", "practitioner", "Hi, welcome back.", "2024-03-06T09:00:00Z"],
    ["CX-2291", "4", "client", "Maybe, yes.", "2024-03-05T19:03:30Z"],
    ["CX-2291", "3", "practitioner", "That sounds like it hurt. Did it feel unfair?", "2024-03-05T19:02:00Z"],
    ["CX-3004", "2", "client", "Thanks. This week was better.", "2024-03-06T09:00:40Z"],
]  # fmt: skip


def csv_text(table: list[list[str]]) -> str:
    """CRLF rows, every field quoted only when it must be (commas, quotes, line breaks)."""

    def field(value: str) -> str:
        if any(c in value for c in ',"\r\n'):
            return '"' + value.replace('"', '""') + '"'
        return value

    return "".join(",".join(field(v) for v in row) + "\r\n" for row in table)


def test_a_crlf_chat_export_csv_gives_one_session_per_conversation() -> None:
    text = csv_text(CSV_ROWS)
    assert detect_format("/data/export.csv", text) == CSV_TABLE
    parsed = parse_files(files(text, paths=["/data/export.csv"]))

    # Header on line 1; the quoted line break in row 2 pushes every later row down one line.
    assert rows(parsed.sessions, "segment", "source_line") == [(0, 2), (1, 5)]
    assert [loads(m)["conversation_ref"] for m in parsed.sessions["source_metadata"]] == ["CX-2291", "CX-3004"]
    assert rows(parsed.turns, "segment", "source_turn_index", "source_line", "speaker", "role", "timestamp") == [
        (0, 0, 2, "practitioner", "therapist", "2024-03-05T19:00:00Z"),
        (0, 1, 3, "client", "client", "2024-03-05T19:01:10Z"),
        (0, 2, 7, "practitioner", "therapist", "2024-03-05T19:02:00Z"),
        (0, 3, 6, "client", "client", "2024-03-05T19:03:30Z"),
        (1, 0, 5, "practitioner", "therapist", "2024-03-06T09:00:00Z"),
        (1, 1, 8, "client", "client", "2024-03-06T09:00:40Z"),
    ]
    assert parsed.turns["text"][1].splitlines() == [
        "Work, mostly.",
        'My boss called me "not a team player".',
    ]


@pytest.mark.parametrize(
    "header",
    [
        "conversation_id,turn,speaker,message",
        "dialog_id,turn_index,role,content",
        "thread,seq,author,body",
        "session_id,sequence,sender,text",
        "Conversation Ref,Seq,From,Utterance",
    ],
)
def test_other_chat_export_headers(header: str) -> None:
    text = header + "\nA,2,client,Fine.\nA,1,counsellor,How are you?\nB,1,client,Hello.\n"
    parsed = parse_files(files(text, paths=["/data/export.csv"]))
    assert rows(parsed.turns, "segment", "source_line", "role") == [
        (0, 3, "therapist"),
        (0, 2, "client"),
        (1, 4, "client"),
    ]


def test_practitioner_supporter_and_seeker_roles() -> None:
    text = "speaker,text\npractitioner,Hello.\nPractitioner (Sam),Hello again.\nsupporter,Hi.\nseeker,Hey.\n"
    parsed = parse_files(files(text, paths=["/data/roles.csv"]))
    assert parsed.turns["role"].to_list() == ["therapist", "therapist", "therapist", "client"]


# --- the whole batch: decoding, preflight, cleaning and validation -------------------------------------


def _load(tmp_path: Path, name: str, data: bytes) -> Any:
    path = tmp_path / name
    path.write_bytes(data)
    return process_batch([str(path)], {})


def test_jsonl_through_the_batch(tmp_path: Path) -> None:
    lines = jsonl(RECORDS).splitlines()
    text = "\n".join([*lines[:3], "not json at all", *lines[3:]]) + "\n"
    batch = _load(tmp_path, "export.jsonl", text.encode())

    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"], source["turns_parsed"], source["turns_kept"]) == ("loaded", 2, 8, 6)
    assert batch.sessions.sort("session_index")["n_turns"].to_list() == [3, 3]
    defects = batch.defects.select("defect_type", "source_line").sort("source_line").rows()
    # The two empty turns (records on lines 6 and 8 once the broken line 4 is counted) and the broken line.
    assert ("unparseable_line", 4) in defects
    assert {("empty_turn", 6), ("empty_turn", 8)} <= set(defects)


def test_a_list_through_the_batch(tmp_path: Path) -> None:
    batch = _load(tmp_path, "export.json", json.dumps(RECORDS, indent=2).encode())
    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"], source["turns_kept"]) == ("loaded", 2, 6)


def test_a_list_with_an_object_where_text_belongs_is_read_by_its_values(tmp_path: Path) -> None:
    # flat_json cannot decode an object where its layout has text; generic_json reads the file instead, and the
    # nested text is the turn's (not an empty turn).
    records = [dict(RECORDS[0]), {**RECORDS[2], "utterance": {"en": "That sounds draining."}}]
    batch = _load(tmp_path, "odd.json", json.dumps(records).encode())
    source = batch.sources.row(0, named=True)
    assert (source["status"], source["turns_kept"]) == ("loaded", 2)
    assert batch.turns.sort("turn_index")["text"].to_list() == [RECORDS[0]["utterance"], "That sounds draining."]
    assert batch.turns.sort("turn_index")["role"].to_list() == ["client", "therapist"]


def test_the_crlf_csv_through_the_batch(tmp_path: Path) -> None:
    batch = _load(tmp_path, "export.csv", csv_text(CSV_ROWS).encode())
    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"], source["turns_kept"]) == ("loaded", 2, 6)
    turns = batch.turns.sort("session_id", "turn_index")
    assert dict(turns.group_by("role").len().iter_rows()) == {"therapist": 3, "client": 3}
    # Decoding turned CRLF into LF, inside the quoted message too.
    assert "\r" not in "".join(turns["text"])
    assert set(batch.turns["source_line"]) == {2, 3, 5, 6, 7, 8}


def test_speech_segments_are_split_into_sessions_by_their_recording() -> None:
    records = [
        {"recording": f"s{r}.m4a", "seg": n, "speaker": speaker, "start": n * 2.0, "text": f"Line {n} of {r}."}
        for r in (3, 4)
        for n, speaker in enumerate(("Therapist", "Client", "Therapist"), start=1)
    ]
    parsed = parse_files(files("\n".join(json.dumps(r) for r in records) + "\n", paths=["/data/segments.jsonl"]))
    assert parsed.sessions.height == 2
    assert parsed.turns["source_line"].to_list() == [1, 2, 3, 4, 5, 6]


def test_records_keyed_in_malay_with_a_localised_system_message() -> None:
    records = [
        {"dialog_id": "d1", "giliran": 0, "peranan": "sistem", "teks": "Anda ialah kaunselor."},
        {"dialog_id": "d1", "giliran": 1, "peranan": "kaunselor", "teks": "Selamat petang. Apa khabar?"},
        {"dialog_id": "d1", "giliran": 2, "peranan": "klien", "teks": "Saya penat sangat minggu ini."},
    ]
    parsed = parse_files(files("\n".join(json.dumps(r) for r in records) + "\n", paths=["/data/ms.jsonl"]))
    assert rows(parsed.turns, "role", "text") == [
        ("therapist", "Selamat petang. Apa khabar?"),
        ("client", "Saya penat sangat minggu ini."),
    ]
    assert "Anda ialah kaunselor." not in parsed.turns["text"].to_list()


def test_a_recording_named_once_per_segment_is_no_session() -> None:
    records = [
        {"recording": f"call42_seg{n:03d}.wav", "speaker": s, "text": f"Line {n}."}
        for n, s in enumerate(["Therapist", "Client"] * 2)
    ]
    parsed = parse_files(files("\n".join(json.dumps(r) for r in records) + "\n", paths=["/data/segments.jsonl"]))
    assert parsed.sessions.height == 1
