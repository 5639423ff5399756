"""Llama-3, Gemma and Mistral chat templates (transforms/formats/chat_template.py), as `apply_chat_template(...,
tokenize=False)` prints them: in text files and inside JSON Lines records' strings.

The dialogue is made up for these tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from flows.batch import process_batch
from tests.transforms._formats import files, loads, rows
from transforms.formats import parse_files
from transforms.formats.detect import INSTRUCTION_RECORDS, PLAIN_TEXT, detect_format

# Two conversations, each opened by `<|begin_of_text|>`, a blank line between them. No newline follows
# `<|eot_id|>`, so each header after the first stands at the end of the previous message's last line.
# Line numbers (the tests rely on them):
LLAMA3 = (
    # 1
    "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n"
    "\n"
    "Cutting Knowledge Date: December 2023\n"
    "You are a counsellor at a student wellbeing service.<|eot_id|><|start_header_id|>user<|end_header_id|>\n"
    "\n"
    # 6
    "I can't sleep before my exams.\n"
    "It's been weeks.<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n"
    "\n"
    "That sounds exhausting.\n"
    "\n"
    # 11
    "What goes through your mind at night?<|eot_id|><|start_header_id|>user<|end_header_id|>\n"
    "\n"
    "<|eot_id|><|start_header_id|>supervisor<|end_header_id|>\n"
    "\n"
    "Remember to check in about sleep hygiene.<|eot_id|>\n"
    # 16
    "\n"
    "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n"
    "\n"
    "My sister moved abroad last month.<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n"
    "\n"
    # 21
    "How has that been for you?<|eot_id|><|start_header_id|>user<|end_header_id|>\n"
    "\n"
    "Quiet. See you then.<|eot_id|>"
)
# (session, turn index, source line, speaker, role, text)
LLAMA3_TURNS = [
    (0, 0, 4, "user", "client", "I can't sleep before my exams.\nIt's been weeks."),
    (0, 1, 7, "assistant", "therapist", "That sounds exhausting.\n\nWhat goes through your mind at night?"),
    (0, 2, 11, "user", "client", ""),
    (0, 3, 13, "supervisor", "unknown", "Remember to check in about sleep hygiene."),
    (1, 0, 17, "user", "client", "My sister moved abroad last month."),
    (1, 1, 19, "assistant", "therapist", "How has that been for you?"),
    (1, 2, 21, "user", "client", "Quiet. See you then."),
]
SYSTEM = "Cutting Knowledge Date: December 2023\nYou are a counsellor at a student wellbeing service."

GEMMA = (
    "<bos><start_of_turn>user\n"
    "I keep arguing with my dad.<end_of_turn>\n"
    "<start_of_turn>model\n"
    "What are the arguments usually about?<end_of_turn>\n"
    "<start_of_turn>user\n"
    "Money, mostly.\n"
    "And my course.<end_of_turn>\n"
    "<bos><start_of_turn>user\n"
    "New week, new worries.<end_of_turn>\n"
    "<start_of_turn>model\n"
    "Where shall we start?<end_of_turn>\n"
)
GEMMA_TURNS = [
    (0, 0, 1, "user", "client", "I keep arguing with my dad."),
    (0, 1, 3, "model", "therapist", "What are the arguments usually about?"),
    (0, 2, 5, "user", "client", "Money, mostly.\nAnd my course."),
    (1, 0, 8, "user", "client", "New week, new worries."),
    (1, 1, 10, "model", "therapist", "Where shall we start?"),
]

# Mistral: `<s>` once per conversation, `</s>` after each reply and the next `[INST]` straight after it.
MISTRAL = (
    "<s>[INST] I failed my driving test again. [/INST] That sounds discouraging.</s>[INST] Fourth time. [/INST] "
    "What happens on the day?</s>\n"
    "<s>[INST] I feel lonely at uni. [/INST] Tell me about your week.</s>\n"
)
MISTRAL_TURNS = [
    (0, 0, 1, "user", "client", "I failed my driving test again."),
    (0, 1, 1, "assistant", "therapist", "That sounds discouraging."),
    (0, 2, 1, "user", "client", "Fourth time."),
    (0, 3, 1, "assistant", "therapist", "What happens on the day?"),
    (1, 0, 2, "user", "client", "I feel lonely at uni."),
    (1, 1, 2, "assistant", "therapist", "Tell me about your week."),
]


def turn_rows(parsed: Any) -> list[tuple[Any, ...]]:
    joined = parsed.turns.join(
        parsed.sessions.select("source_id", "segment", "session_index"), on=["source_id", "segment"]
    )
    return rows(joined, "session_index", "source_turn_index", "source_line", "speaker", "role", "text")


# --- Llama-3 -------------------------------------------------------------------------------------------------------


def test_llama3_text_turns_roles_lines_and_sessions() -> None:
    assert detect_format("/data/dump.txt", LLAMA3) == PLAIN_TEXT
    parsed = parse_files(files(LLAMA3))

    assert turn_rows(parsed) == LLAMA3_TURNS
    # A session opens at its system message, else at its first message.
    assert rows(parsed.sessions, "session_index", "source_line") == [(0, 1), (1, 17)]
    assert [loads(m) for m in parsed.sessions["source_metadata"]] == [{"system_prompt": SYSTEM}, None]
    assert parsed.stray_lines.height == 0
    assert parsed.header_lines.height == 0
    # No token is left in any text, and no header is glued to the message it follows.
    assert not any("<|" in text for text in parsed.turns["text"])


def test_llama3_text_between_messages_is_stray() -> None:
    text = (
        "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nHi.<|eot_id|>\n"
        "### sample 2 of 40\n"
        "<|start_header_id|>assistant<|end_header_id|>\n\nHello.<|eot_id|>\n"
    )
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "source_line", "role", "text") == [(1, "client", "Hi."), (5, "therapist", "Hello.")]
    assert rows(parsed.stray_lines, "line_no", "line") == [(4, "### sample 2 of 40")]


def test_llama3_message_text_on_the_header_line_and_a_label_inside_a_message() -> None:
    # The blank line after a header is the template's; text right after it still belongs to the message. A `Client:`
    # inside a message is what the message says.
    text = (
        "<|start_header_id|>user<|end_header_id|>Mum said:\nClient: you never call.<|eot_id|>"
        "<|start_header_id|>assistant<|end_header_id|>\n\nHow did that land?<|eot_id|>"
    )
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "source_line", "speaker", "text") == [
        (1, "user", "Mum said:\nClient: you never call."),
        (2, "assistant", "How did that land?"),
    ]


def test_llama3_in_json_lines_records() -> None:
    records = [{"id": "a", "text": LLAMA3.split("\n\n<|begin_of_text|>")[0]}, {"id": "b", "text": GEMMA}]
    text = "".join(json.dumps(record) + "\n" for record in records)
    assert detect_format("/data/dump.jsonl", text) == INSTRUCTION_RECORDS
    parsed = parse_files(files(text, paths=["/data/dump.jsonl"]))
    assert rows(parsed.turns, "source_line", "speaker", "role") == [
        (1, "user", "client"),
        (1, "assistant", "therapist"),
        (1, "user", "client"),
        (1, "supervisor", "unknown"),
        (2, "user", "client"),
        (2, "model", "therapist"),
        (2, "user", "client"),
        (2, "user", "client"),
        (2, "model", "therapist"),
    ]
    assert rows(parsed.sessions, "session_index", "source_line") == [(0, 1), (1, 2), (2, 2)]
    assert loads(parsed.sessions["source_metadata"][0]) == {"system_prompt": SYSTEM, "id": "a"}


# --- Gemma, Mistral ------------------------------------------------------------------------------------------------


def test_gemma_text_model_is_the_counsellor() -> None:
    assert detect_format("/data/gemma.txt", GEMMA) == PLAIN_TEXT
    parsed = parse_files(files(GEMMA))
    assert turn_rows(parsed) == GEMMA_TURNS
    assert rows(parsed.sessions, "session_index", "source_line") == [(0, 1), (1, 8)]
    assert parsed.stray_lines.height == 0


def test_a_model_label_in_a_plain_transcript_is_not_a_counsellor() -> None:
    # Only Gemma's markup makes `model` the counsellor: in plain text `Model:` is a generation's metadata.
    text = "Model: gpt-4o\nTherapist: How are you?\nClient: Tired.\n"
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "speaker", "role") == [("Therapist", "therapist"), ("Client", "client")]
    # ... and so is a `Model:` field naming anything when no `User:` speaks opposite it; with one, it speaks.
    text = "Model: Gibbs reflective cycle.\nTherapist: How are you?\nClient: Tired.\n"
    assert rows(parse_files(files(text)).turns, "speaker") == [("Therapist",), ("Client",)]
    text = "User: I can't sleep.\nModel: That sounds exhausting. What keeps you up?\nUser: Work.\n"
    assert rows(parse_files(files(text)).turns, "speaker", "role") == [
        ("User", "client"),
        ("Model", "therapist"),
        ("User", "client"),
    ]


def test_mistral_text_a_session_per_conversation() -> None:
    assert detect_format("/data/mistral.txt", MISTRAL) == PLAIN_TEXT
    parsed = parse_files(files(MISTRAL))
    assert turn_rows(parsed) == MISTRAL_TURNS
    assert rows(parsed.sessions, "session_index", "source_line") == [(0, 1), (1, 2)]


def test_mistral_system_prompt_block() -> None:
    text = "<s>[SYSTEM_PROMPT]You are a calm counsellor.[/SYSTEM_PROMPT][INST] Hi. [/INST] Hello.</s>[INST] Ok. [/INST]"
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "speaker", "text") == [
        ("user", "Hi."),
        ("assistant", "Hello."),
        ("user", "Ok."),
        ("assistant", ""),
    ]
    assert loads(parsed.sessions["source_metadata"][0]) == {"system_prompt": "You are a calm counsellor."}


# --- the whole batch -----------------------------------------------------------------------------------------------


def test_llama3_through_the_batch_reports_defects_at_their_lines(tmp_path: Path) -> None:
    # The assistant's reply is pasted twice (the header on line 23 opens a copy of the turn on line 19); an empty user
    # message on line 11 and a supervisor on line 13, who is neither counsellor nor client.
    repeated = LLAMA3.replace(
        "Quiet. See you then.<|eot_id|>",
        "Quiet. See you then.<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\nHow has that been for you?"
        "<|eot_id|>",
    )
    path = tmp_path / "dump.txt"
    path.write_text(repeated, encoding="utf-8")
    batch = process_batch([str(path)], {})

    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"], source["turns_parsed"]) == ("loaded", 2, 8)

    def lines_of(defect: str) -> list[int]:
        found = batch.defects.filter(batch.defects["defect_type"] == defect)
        return sorted(found["source_line"].to_list())

    assert lines_of("empty_turn") == [11]
    assert lines_of("unknown_speaker") == [13]
    assert lines_of("duplicate_turn") == [23]
    assert lines_of("unparseable_line") == []
    assert lines_of("meta_text") == []
