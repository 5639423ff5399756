"""chat_json: `{"messages": [...]}` conversations as JSON Lines, a list, or one object."""

from __future__ import annotations

import json

from tests.transforms._formats import files, loads, rows
from transforms.formats.chat_json import parse_files

FIRST = {
    "id": "c-1",
    "topic": "sleep",
    "messages": [
        {"role": "system", "content": "You are a warm, careful counsellor."},
        {"role": "user", "content": "I keep waking at 4 a.m."},
        {"role": "assistant", "content": "That sounds exhausting. What goes through your mind then?"},
    ],
}
SECOND = {"messages": [{"role": "user", "content": " Work, mostly. "}, {"role": "assistant", "content": "Tell me."}]}


def test_json_lines_one_conversation_a_line() -> None:
    parsed = parse_files(files(json.dumps(FIRST) + "\n\n" + json.dumps(SECOND) + "\n"))

    assert rows(parsed.sessions, "segment", "session_index", "source_line") == [(0, 0, 1), (1, 1, 3)]
    assert rows(parsed.turns, "segment", "source_turn_index", "source_line", "speaker", "role", "text") == [
        (0, 0, 1, "user", "client", "I keep waking at 4 a.m."),
        (0, 1, 1, "assistant", "therapist", "That sounds exhausting. What goes through your mind then?"),
        (1, 0, 3, "user", "client", "Work, mostly."),
        (1, 1, 3, "assistant", "therapist", "Tell me."),
    ]
    # The system prompt and the conversation's other keys are the session's metadata, not turns.
    assert loads(parsed.sessions["source_metadata"][0]) == {
        "id": "c-1",
        "topic": "sleep",
        "system_prompt": "You are a warm, careful counsellor.",
    }
    assert parsed.sessions["source_metadata"][1] is None


def test_a_pretty_printed_list_places_turns_on_their_messages_first_lines() -> None:
    text = json.dumps([FIRST, SECOND], indent=2)
    parsed = parse_files(files(text))
    lines = text.split("\n")

    for line_no, turn_text in rows(parsed.turns, "source_line", "text"):
        # The message's first line, where its role is, the text on the line below.
        assert '"role"' in lines[line_no - 1] and turn_text.split()[0] in lines[line_no]
    assert [lines[n - 1].strip() for n in parsed.sessions["source_line"]] == ['"messages": [', '"messages": [']


def test_a_single_object_is_one_session() -> None:
    parsed = parse_files(files(json.dumps(SECOND, indent=1)))
    assert parsed.sessions.height == 1
    assert parsed.turns["role"].to_list() == ["client", "therapist"]


def test_extra_message_keys_are_source_labels() -> None:
    record = {"messages": [{"role": "assistant", "content": "How are you?", "strategy": "Question"}]}
    parsed = parse_files(files(json.dumps(record)))
    assert loads(parsed.turns["source_labels"][0]) == {"strategy": "Question"}


def test_a_conversation_without_messages_gives_no_session() -> None:
    parsed = parse_files(files(json.dumps({"messages": []}) + "\n" + json.dumps(SECOND)))
    assert rows(parsed.sessions, "segment", "session_index") == [(1, 0)]


def test_a_broken_json_line_is_stray_and_the_other_records_load() -> None:
    text = json.dumps(FIRST) + "\n" + '{"messages": [{"role": "user", "cont' + "\n" + json.dumps(SECOND) + "\n"
    parsed = parse_files(files(text))
    assert rows(parsed.sessions, "segment", "source_line") == [(0, 1), (1, 3)]
    assert rows(parsed.stray_lines, "line_no") == [(2,)]
    assert loads(parsed.sessions["source_metadata"][0])["id"] == "c-1"


def test_sharegpt_conversations_of_from_and_value() -> None:
    records = [
        {
            "id": "c1",
            "conversations": [
                {"from": "system", "value": "Be kind."},
                {"from": "human", "value": "I can't sleep."},
                {"from": "gpt", "value": "How long has that been going on?"},
            ],
        }
    ]
    text = json.dumps(records, indent=2)
    parsed = parse_files(files(text))
    lines = text.split("\n")

    assert rows(parsed.turns, "speaker", "role", "text") == [
        ("human", "client", "I can't sleep."),
        ("gpt", "therapist", "How long has that been going on?"),
    ]
    for line_no, turn_text in rows(parsed.turns, "source_line", "text"):
        assert lines[line_no - 1].strip().startswith('"from"') and json.dumps(turn_text) in lines[line_no]
    assert loads(parsed.sessions.get_column("source_metadata")[0]) == {"id": "c1", "system_prompt": "Be kind."}
