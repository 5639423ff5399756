"""Instruction-tuning records holding a whole dialogue in one string (transforms/formats/instruction_records.py),
which were quarantined as JSON of an unknown shape.

The dialogue is made up for these tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from flows.batch import NO_TURNS_BY_FORMAT, process_batch
from tests.transforms._formats import files, loads, rows
from transforms.formats import parse_files
from transforms.formats.detect import (
    CHAT_JSON,
    ESCONV,
    FLAT_JSON,
    INSTRUCTION_RECORDS,
    LABELLED_LINES,
    NESTED_JSON,
    UNKNOWN_JSON,
    detect_format,
)

INSTRUCTION = "Continue this counselling session as the therapist."
RECORDS: list[dict[str, Any]] = [
    {
        "instruction": INSTRUCTION,
        "input": "",
        "output": "Therapist: Hi Sam, how has the week been?\nClient: Long.\nTherapist: Tell me more.",
    },
    {
        "instruction": INSTRUCTION,
        "input": "",
        "output": "Counsellor: What brought you here today?\nClient: My GP suggested it.\nI wasn't sure at first.",
    },
    {
        "instruction": "Write the next therapist turn.",
        "input": "",
        "output": "Therapist: Where would you like to start?\nClient: With the move, I think.",
    },
]
# (session, turn index, role, text), in order.
EXPECTED = [
    (0, 0, "therapist", "Hi Sam, how has the week been?"),
    (0, 1, "client", "Long."),
    (0, 2, "therapist", "Tell me more."),
    (1, 0, "therapist", "What brought you here today?"),
    (1, 1, "client", "My GP suggested it.\nI wasn't sure at first."),
    (2, 0, "therapist", "Where would you like to start?"),
    (2, 1, "client", "With the move, I think."),
]


def jsonl(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


def turn_rows(parsed_turns: Any) -> list[tuple[Any, ...]]:
    return rows(parsed_turns, "session_index", "source_turn_index", "role", "text")


def with_session_index(parsed: Any) -> Any:
    return parsed.turns.join(
        parsed.sessions.select("source_id", "segment", "session_index"), on=["source_id", "segment"]
    )


def test_json_lines_of_three_records_give_three_sessions_on_their_lines() -> None:
    text = jsonl(RECORDS)
    assert detect_format("/data/sft.jsonl", text) == INSTRUCTION_RECORDS
    parsed = parse_files(files(text))

    assert rows(parsed.sessions, "session_index", "source_line") == [(0, 1), (1, 2), (2, 3)]
    assert turn_rows(with_session_index(parsed)) == EXPECTED
    # Text inside one string has no lines of its own: every turn is on its record's line.
    assert parsed.turns["source_line"].to_list() == [1, 1, 1, 2, 2, 3, 3]
    # The instruction is kept; the empty input says nothing.
    assert [loads(m) for m in parsed.sessions["source_metadata"]] == [
        {"instruction": INSTRUCTION},
        {"instruction": INSTRUCTION},
        {"instruction": "Write the next therapist turn."},
    ]
    assert parsed.stray_lines.height == 0


def test_input_and_output_are_one_session_input_first() -> None:
    # The output key comes first in the record: the continuation is still read after the start.
    record = {
        "output": "Therapist: And when you felt that, what did you do?\nClient: I went for a walk.",
        "input": "Client: I couldn't face the meeting.\nTherapist: That sounds hard.",
        "system": "You are a counsellor.",
    }
    parsed = parse_files(files(jsonl([record])))
    assert parsed.sessions.height == 1
    assert rows(parsed.turns, "source_turn_index", "role", "text") == [
        (0, "client", "I couldn't face the meeting."),
        (1, "therapist", "That sounds hard."),
        (2, "therapist", "And when you felt that, what did you do?"),
        (3, "client", "I went for a walk."),
    ]
    assert loads(parsed.sessions["source_metadata"][0]) == {"system": "You are a counsellor."}


def test_a_pretty_printed_list_places_each_session_on_its_record_and_each_turn_on_its_key() -> None:
    text = json.dumps(RECORDS, indent=2)
    assert detect_format("/data/sft.json", text) == INSTRUCTION_RECORDS
    parsed = parse_files(files(text))

    lines = text.split("\n")
    assert turn_rows(with_session_index(parsed)) == EXPECTED
    assert [lines[n - 1] for n in parsed.sessions["source_line"]] == ["  {"] * 3
    # A turn sits where a reader finds its text: the line of the `"output":` key holding it.
    assert [lines[n - 1].split(":")[0].strip() for n in parsed.turns["source_line"]] == ['"output"'] * 7
    assert parsed.turns["source_line"].to_list() == [5, 5, 5, 10, 10, 15, 15]


def test_a_string_that_separates_sessions_gives_two() -> None:
    record = {"text": "Therapist: Hello.\nClient: Hi.\n---\nTherapist: Welcome back.\nClient: Thanks."}
    parsed = parse_files(files(json.dumps(record)))
    assert parsed.sessions["session_index"].to_list() == [0, 1]
    assert turn_rows(with_session_index(parsed)) == [
        (0, 0, "therapist", "Hello."),
        (0, 1, "client", "Hi."),
        (1, 0, "therapist", "Welcome back."),
        (1, 1, "client", "Thanks."),
    ]


def test_a_record_without_dialogue_is_no_session() -> None:
    records = [RECORDS[0], {"instruction": "Define active listening.", "output": "Paying full attention."}, RECORDS[2]]
    parsed = parse_files(files(jsonl(records)))
    assert rows(parsed.sessions, "session_index", "source_line") == [(0, 1), (1, 3)]
    assert parsed.turns.height == 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (jsonl([{"messages": [{"role": "user", "content": "Hi"}], "instruction": "x"}]), CHAT_JSON),
        (jsonl([{"dialog": [{"speaker": "usr", "text": "Hi"}], "prompt": "x"}]), ESCONV),
        (jsonl([{"session_id": "s1", "speaker": "client", "text": "Hi."}]), FLAT_JSON),
        (jsonl([{"session_id": "s1", "text": "notes", "turns": [{"who": "client", "said": "Hi."}]}]), NESTED_JSON),
        (json.dumps(["Therapist: Hi.", "Client: Hello."]), LABELLED_LINES),
        # A generic `text` key is this shape only when it holds `Label:` lines.
        (json.dumps([{"id": 1, "text": "a note"}]), UNKNOWN_JSON),
        (json.dumps([{"id": 1, "text": "Therapist: Hi.\nClient: Hello."}]), INSTRUCTION_RECORDS),
    ],
    ids=["chat", "esconv", "flat", "nested", "labelled-lines", "plain-note", "labelled-text"],
)
def test_detection_leaves_existing_shapes_to_their_parsers(text: str, expected: str) -> None:
    assert detect_format("/data/export.json", text) == expected


def _load(tmp_path: Path, name: str, text: str) -> Any:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return process_batch([str(path)], {})


def test_the_batch_loads_the_sessions_with_no_quarantine(tmp_path: Path) -> None:
    batch = _load(tmp_path, "sft.jsonl", jsonl(RECORDS))
    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"], source["turns_parsed"]) == ("loaded", 3, 7)
    assert batch.sessions.sort("session_index")["n_turns"].to_list() == [3, 2, 2]


def test_a_file_without_any_dialogue_is_quarantined_naming_the_shape(tmp_path: Path) -> None:
    text = jsonl([{"instruction": "Define active listening.", "output": "Paying full attention."}])
    batch = _load(tmp_path, "qa.jsonl", text)
    source = batch.sources.row(0, named=True)
    assert (source["status"], source["error"]) == ("quarantined", NO_TURNS_BY_FORMAT[INSTRUCTION_RECORDS])


def test_an_output_opening_with_a_generators_intro_is_still_a_session(tmp_path: Path) -> None:
    # Every line of a record's text sits on the record's line, the intro's too: the session once went missing with
    # it (its turns parsed, none kept), and the batch failed to reconcile.
    records = [
        {
            "instruction": "Write a counselling session.",
            "output": "Sure! Here's a realistic counselling session between a counsellor and a client:\n\n"
            "Counsellor: Where would you like to begin?\n\nClient: I don't really know.\n\n"
            "Counsellor: Take your time.",
        }
    ]
    path = tmp_path / "alpaca.json"
    path.write_text(json.dumps(records, indent=4), encoding="utf-8")
    batch = process_batch([str(path)], {})
    assert batch.sources.get_column("status").to_list() == ["loaded"]
    assert batch.sessions.height == 1
    assert batch.turns.height == 3


def test_a_record_that_answered_without_a_dialogue_is_reported_not_dropped(tmp_path: Path) -> None:
    records = [
        {
            "instruction": "Write a counselling session.",
            "output": "Counsellor: Hello.\nClient: Hi.\nCounsellor: Welcome.",
        },
        {
            "instruction": "Write a session about self-harm by a teenager.",
            "output": "I'm sorry, but I can't create a transcript that depicts self-harm by a minor.",
        },
        {"instruction": "Summarise the session.", "output": "The client felt low and agreed to walk daily."},
    ]
    path = tmp_path / "alpaca.json"
    text = json.dumps(records, indent=4)
    path.write_text(text, encoding="utf-8")
    batch = process_batch([str(path)], {})
    assert batch.sessions.height == 1
    lines = text.split("\n")
    rows_out = batch.defects.filter(pl.col("defect_type").is_in(["refusal", "unparseable_line"]))
    found = [(kind, lines[line - 1].strip()[:9]) for kind, line in rows_out.select("defect_type", "source_line").rows()]
    assert sorted(found) == [("refusal", '"output":'), ("unparseable_line", '"output":')]


def test_chat_completions_responses_saved_as_a_list_are_a_session_each_on_their_content_line() -> None:
    def response(n: int, content: str) -> dict[str, Any]:
        return {
            "id": f"chatcmpl-{n}",
            "object": "chat.completion",
            "model": "gpt-4o-2024-08-06",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
            "usage": {"total_tokens": 834},
        }

    text = json.dumps(
        [
            response(1, "Sure! Here's a session:\n\nTherapist: Hi Delphine. What brings you?\n\nClient: My brother."),
            response(2, "Therapist: Hello Anselm.\n\nClient: My aunt told me I was adopted.\n\nTherapist: That's big."),
        ],
        indent=2,
    )
    assert detect_format("/data/responses.json", text) == INSTRUCTION_RECORDS
    parsed = parse_files(files(text, paths=["/data/responses.json"]).with_columns(format=pl.lit(INSTRUCTION_RECORDS)))
    content_lines = [n for n, line in enumerate(text.split("\n"), start=1) if '"content":' in line]
    assert parsed.sessions.height == 2
    assert sorted(set(parsed.turns["source_line"].to_list())) == content_lines
    assert parsed.turns["speaker"].to_list() == ["Therapist", "Client", "Therapist", "Client", "Therapist"]
    assert loads(parsed.sessions["source_metadata"][0])["model"] == "gpt-4o-2024-08-06"


def test_a_next_reply_records_output_is_the_next_turn_under_the_other_roles_label() -> None:
    # "Read the conversation and write the counselor's next reply": the output has no label of its own.
    record = {
        "instruction": "Read the conversation between a counselor and a client and write the counselor's next reply.",
        "input": "Counselor: What brings you in?\nClient: Wasps. I freeze and then I flap.",
        "output": "That sounds frightening. What happens in your body when you see one?",
    }
    text = json.dumps(record) + "\n"
    parsed = parse_files(files(text, paths=["/data/next.jsonl"]).with_columns(format=pl.lit(INSTRUCTION_RECORDS)))
    assert rows(parsed.turns, "speaker", "role", "text") == [
        ("Counselor", "therapist", "What brings you in?"),
        ("Client", "client", "Wasps. I freeze and then I flap."),
        ("Counselor", "therapist", "That sounds frightening. What happens in your body when you see one?"),
    ]
    assert "output" not in loads(parsed.sessions["source_metadata"][0])


def test_a_records_label_of_the_conversation_is_no_turn() -> None:
    # "Classify ...": the output is the dataset's answer about the dialogue, kept as metadata.
    record = {
        "instruction": "Classify the support strategy of the counselor's last turn.",
        "input": "Client: I failed the exam again.\nCounselor: What do you think went wrong this time?",
        "output": "Question",
    }
    parsed = parse_files(
        files(json.dumps(record) + "\n", paths=["/data/c.jsonl"]).with_columns(format=pl.lit(INSTRUCTION_RECORDS))
    )
    assert parsed.turns.height == 2
    assert loads(parsed.sessions["source_metadata"][0])["output"] == "Question"
