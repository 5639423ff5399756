"""smilechat: one conversation as a JSON list of `{role, content}` turns."""

from __future__ import annotations

import json

from tests.transforms._formats import files, loads, rows
from transforms.formats.smilechat import parse_files

TURNS = [
    {"role": "client", "content": "我最近总是失眠。", "annotation": [{"sentence": "我最近总是失眠。", "label": ""}]},
    {"role": "counselor", "content": "能说说是从什么时候开始的吗", "annotation": []},
    {"role": "client", "content": "一个月前。", "annotation": [{"sentence": "一个月前。", "label": "onset"}]},
]


def test_each_file_is_one_session_with_turns_on_their_messages_first_lines() -> None:
    text = json.dumps(TURNS, ensure_ascii=False, indent=2)
    parsed = parse_files(files(text, text))
    lines = text.split("\n")

    assert rows(parsed.sessions, "source_id", "session_index", "source_line") == [("f0", 0, 1), ("f1", 0, 1)]
    assert rows(parsed.turns.filter(parsed.turns["source_id"] == "f0"), "source_turn_index", "speaker", "role") == [
        (0, "client", "client"),
        (1, "counselor", "therapist"),
        (2, "client", "client"),
    ]
    for line_no, turn_text in rows(parsed.turns, "source_line", "text"):
        assert lines[line_no - 1].strip().startswith('"role"') and turn_text in lines[line_no]


def test_only_non_empty_sentence_labels_are_kept() -> None:
    parsed = parse_files(files(json.dumps(TURNS, ensure_ascii=False)))
    assert [loads(v) for v in parsed.turns["source_labels"]] == [
        None,
        None,
        {"annotation": [{"sentence": "一个月前。", "label": "onset"}]},
    ]


def test_a_bare_chat_message_list_with_a_system_prompt() -> None:
    messages = [
        {"role": "system", "content": "Be kind."},
        {"role": "user", "content": "Hi."},
        {"role": "assistant", "content": "Hello, what brings you here?"},
    ]
    parsed = parse_files(files(json.dumps(messages)))
    assert rows(parsed.turns, "source_turn_index", "role") == [(0, "client"), (1, "therapist")]
    assert loads(parsed.sessions["source_metadata"][0]) == {"system_prompt": "Be kind."}


def test_a_list_of_speaker_and_utterance_turns() -> None:
    turns = [
        {"speaker": "Therapist", "utterance": "What would you like to focus on?"},
        {"speaker": "Client", "utterance": "My temper with the kids."},
    ]
    text = json.dumps(turns, indent=2)
    parsed = parse_files(files(text))
    lines = text.split("\n")

    assert rows(parsed.turns, "role", "text") == [
        ("therapist", "What would you like to focus on?"),
        ("client", "My temper with the kids."),
    ]
    for line_no, turn_text in rows(parsed.turns, "source_line", "text"):
        assert lines[line_no - 1].strip().startswith('"speaker"') and turn_text in lines[line_no]
