"""LLM training dumps in chat-template markup (transforms/formats/chat_template.py): ChatML and Llama-2 chat,
as text files and as strings inside JSON Lines records, which were quarantined for having no labelled turns.

The dialogue is made up for these tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from flows.batch import process_batch
from tests.transforms._formats import files, loads, rows
from transforms.formats import parse_files
from transforms.formats.detect import INSTRUCTION_RECORDS, PLAIN_TEXT, detect_format

# Three conversations: split by a blank line between messages, then by `<|endoftext|>`, then by a new system block.
# The second message's text starts on the role's line; the first conversation ends on an empty assistant message.
CHATML = """<|im_start|>system
You are a counsellor at a student wellbeing service.
Listen first.
<|im_end|>
<|im_start|>user
I can't sleep before my exams.
<|im_end|>
<|im_start|>assistant That sounds exhausting.

What goes through your mind at night?<|im_end|>
<|im_start|>user
Mostly that I'll fail.<|im_end|>
<|im_start|>assistant
<|im_end|>

<|im_start|>user
My sister moved abroad last month.<|im_end|>
<|im_start|>assistant
How has that been for you?<|im_end|>
<|endoftext|>
<|im_start|>user
I snapped at my manager today.<|im_end|>
<|im_start|>assistant
What happened just before?<|im_end|>
<|im_start|>system
You are a bereavement counsellor.<|im_end|>
<|im_start|>user
It's a year since Dad died.<|im_end|>
<|im_start|>assistant
Anniversaries can bring it all back.<|im_end|>
"""
# (session, turn index, source line, speaker, role, text)
CHATML_TURNS = [
    (0, 0, 5, "user", "client", "I can't sleep before my exams."),
    (0, 1, 8, "assistant", "therapist", "That sounds exhausting.\n\nWhat goes through your mind at night?"),
    (0, 2, 11, "user", "client", "Mostly that I'll fail."),
    (0, 3, 13, "assistant", "therapist", ""),
    (1, 0, 16, "user", "client", "My sister moved abroad last month."),
    (1, 1, 18, "assistant", "therapist", "How has that been for you?"),
    (2, 0, 21, "user", "client", "I snapped at my manager today."),
    (2, 1, 23, "assistant", "therapist", "What happened just before?"),
    (3, 0, 27, "user", "client", "It's a year since Dad died."),
    (3, 1, 29, "assistant", "therapist", "Anniversaries can bring it all back."),
]

SYSTEM = "You are a supportive counsellor."
LLAMA_RECORDS: list[dict[str, Any]] = [
    {
        "id": "l-1",
        "text": f"<s>[INST] <<SYS>>\n{SYSTEM}\n<</SYS>>\n\nI keep failing my driving test. [/INST] "
        "That sounds discouraging. </s><s>[INST] Four times now. [/INST] What happens on the day? </s>",
    },
    {"id": "l-2", "text": "<s>[INST] I feel lonely at uni. [/INST] Tell me about your week. </s>"},
]
LLAMA_TURNS = [
    (0, 0, 1, "user", "client", "I keep failing my driving test."),
    (0, 1, 1, "assistant", "therapist", "That sounds discouraging."),
    (0, 2, 1, "user", "client", "Four times now."),
    (0, 3, 1, "assistant", "therapist", "What happens on the day?"),
    (1, 0, 2, "user", "client", "I feel lonely at uni."),
    (1, 1, 2, "assistant", "therapist", "Tell me about your week."),
]


def jsonl(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


def turn_rows(parsed_turns: Any) -> list[tuple[Any, ...]]:
    return rows(parsed_turns, "session_index", "source_turn_index", "source_line", "speaker", "role", "text")


def with_session_index(parsed: Any) -> Any:
    return parsed.turns.join(
        parsed.sessions.select("source_id", "segment", "session_index"), on=["source_id", "segment"]
    )


# --- ChatML ------------------------------------------------------------------------------------------------------


def test_chatml_text_is_plain_text_with_a_session_per_conversation() -> None:
    assert detect_format("/data/dump.txt", CHATML) == PLAIN_TEXT
    parsed = parse_files(files(CHATML))

    assert turn_rows(with_session_index(parsed)) == CHATML_TURNS
    # A session opens at its system message, else at its first message.
    assert rows(parsed.sessions, "session_index", "source_line") == [(0, 1), (1, 16), (2, 21), (3, 25)]
    assert [loads(m) for m in parsed.sessions["source_metadata"]] == [
        {"system_prompt": "You are a counsellor at a student wellbeing service.\nListen first."},
        None,
        None,
        {"system_prompt": "You are a bereavement counsellor."},
    ]
    assert parsed.stray_lines.height == 0
    assert parsed.header_lines.height == 0


def test_chatml_blank_lines_between_every_message_split_nothing() -> None:
    text = (
        "<|im_start|>user\nHi.<|im_end|>\n\n<|im_start|>assistant\nHello, what brings you here?<|im_end|>\n\n"
        "<|im_start|>user\nMy job.<|im_end|>\n"
    )
    parsed = parse_files(files(text))
    assert parsed.sessions.height == 1
    assert rows(parsed.turns, "source_line", "role", "text") == [
        (1, "client", "Hi."),
        (4, "therapist", "Hello, what brings you here?"),
        (7, "client", "My job."),
    ]


def test_a_whole_chatml_conversation_on_one_line() -> None:
    text = "<|im_start|>user I can't sleep<|im_end|><|im_start|>assistant That's hard.<|im_end|>\n"
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "source_line", "speaker", "text") == [
        (1, "user", "I can't sleep"),
        (1, "assistant", "That's hard."),
    ]


def test_text_between_messages_is_stray() -> None:
    text = "<|im_start|>user\nHi.<|im_end|>\nscraped at 10:04\n<|im_start|>assistant\nHello.<|im_end|>\n"
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "text") == [("Hi.",), ("Hello.",)]
    assert rows(parsed.stray_lines, "line_no", "line") == [(3, "scraped at 10:04")]


def test_markup_inside_a_message_is_text_not_structure() -> None:
    # A rule or a label inside a message is what the message says; another template's token stays for meta_text.
    text = "<|im_start|>user\nTwo lists:\n---\nClient: me\n<|im_end|>\n<|im_start|>assistant\nOk [INST] go<|im_end|>\n"
    parsed = parse_files(files(text))
    assert parsed.sessions.height == 1
    assert rows(parsed.turns, "role", "text") == [
        ("client", "Two lists:\n---\nClient: me"),
        ("therapist", "Ok [INST] go"),
    ]


def test_chatml_in_json_lines_records() -> None:
    records = [
        {"text": CHATML.split("\n\n<|im_start|>user\nMy sister")[0]},
        {"text": "<|im_start|>user\nHi.<|im_end|>"},
    ]
    text = jsonl(records)
    assert detect_format("/data/dump.jsonl", text) == INSTRUCTION_RECORDS
    parsed = parse_files(files(text, paths=["/data/dump.jsonl"]))
    assert rows(parsed.turns, "source_line", "role") == [
        (1, "client"),
        (1, "therapist"),
        (1, "client"),
        (1, "therapist"),
        (2, "client"),
    ]
    assert rows(parsed.sessions, "session_index", "source_line") == [(0, 1), (1, 2)]
    assert loads(parsed.sessions["source_metadata"][0])["system_prompt"].startswith("You are a counsellor")


# --- Llama-2 -------------------------------------------------------------------------------------------------------


def test_llama2_json_lines_a_session_per_record() -> None:
    text = jsonl(LLAMA_RECORDS)
    assert detect_format("/data/llama.jsonl", text) == INSTRUCTION_RECORDS
    parsed = parse_files(files(text, paths=["/data/llama.jsonl"]))

    assert turn_rows(with_session_index(parsed)) == LLAMA_TURNS
    assert [loads(m) for m in parsed.sessions["source_metadata"]] == [
        {"system_prompt": SYSTEM, "id": "l-1"},
        {"id": "l-2"},
    ]
    assert parsed.stray_lines.height == 0


def test_llama2_text_file_keeps_line_numbers() -> None:
    text = (
        "<s>[INST] <<SYS>>\nYou are a calm counsellor.\n<</SYS>>\n\nMy flatmate ignores me. [/INST] That hurts.</s>\n"
        "<s>[INST] It does. [/INST]</s>\n"
        "\n"
        "<s>[INST] New here. [/INST] Welcome. </s>\n"
    )
    assert detect_format("/data/llama.txt", text) == PLAIN_TEXT
    parsed = parse_files(files(text))
    assert turn_rows(with_session_index(parsed)) == [
        (0, 0, 3, "user", "client", "My flatmate ignores me."),
        (0, 1, 5, "assistant", "therapist", "That hurts."),
        (0, 2, 6, "user", "client", "It does."),
        (0, 3, 6, "assistant", "therapist", ""),
        (1, 0, 8, "user", "client", "New here."),
        (1, 1, 8, "assistant", "therapist", "Welcome."),
    ]
    assert loads(parsed.sessions["source_metadata"][0]) == {"system_prompt": "You are a calm counsellor."}


# --- a leaked token in an ordinary transcript ----------------------------------------------------------------------


LEAKED = (
    "Therapist: How was the week?\n"
    "Client: Better, I think. [INST] Continue the session as the client. [/INST] I went for a walk.\n"
    "Therapist: That's a good step.\n"
)


def test_a_leaked_inst_token_in_a_plain_transcript_is_text() -> None:
    parsed = parse_files(files(LEAKED))
    assert rows(parsed.turns, "speaker") == [("Therapist",), ("Client",), ("Therapist",)]
    assert "[INST]" in parsed.turns["text"][1]


# --- the whole batch -----------------------------------------------------------------------------------------------


def _load(tmp_path: Path, name: str, data: str) -> Any:
    path = tmp_path / name
    path.write_text(data, encoding="utf-8")
    return process_batch([str(path)], {})


def _defect_types(batch: Any) -> set[str]:
    return set(batch.defects.get_column("defect_type").to_list())


def test_chatml_through_the_batch(tmp_path: Path) -> None:
    batch = _load(tmp_path, "dump.txt", CHATML)
    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"], source["turns_parsed"]) == ("loaded", 4, 10)
    assert sorted(batch.sessions["n_turns"].to_list()) == [2, 2, 2, 3]
    assert not _defect_types(batch) & {"meta_text", "unparseable_line"}
    assert "empty_turn" in _defect_types(batch)


def test_llama2_json_lines_through_the_batch(tmp_path: Path) -> None:
    batch = _load(tmp_path, "llama.jsonl", jsonl(LLAMA_RECORDS))
    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"], source["turns_parsed"], source["turns_kept"]) == ("loaded", 2, 6, 6)
    assert not _defect_types(batch) & {"meta_text", "unparseable_line"}


def test_a_leaked_inst_token_is_still_meta_text(tmp_path: Path) -> None:
    batch = _load(tmp_path, "session.txt", LEAKED)
    meta = batch.defects.filter(batch.defects["defect_type"] == "meta_text")
    assert meta.height == 1
    assert meta["source_line"].to_list() == [2]
