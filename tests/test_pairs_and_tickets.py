"""Preference pairs, model-evaluation runs and help-desk ticket exports (preference_pairs.py, eval_logs.py,
ticket_exports.py), which were quarantined as JSON of another shape.

The dialogue is made up for these tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from flows.batch import process_batch
from tests.transforms._formats import files, loads, rows
from transforms.formats import parse_files
from transforms.formats.detect import (
    CHAT_JSON,
    ESCONV,
    EVAL_LOGS,
    FLAT_JSON,
    INSTRUCTION_RECORDS,
    NESTED_JSON,
    PREFERENCE_PAIRS,
    TICKET_EXPORTS,
    detect_format,
)


def jsonl(records: list[Any]) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


def numbered(text: str) -> dict[str, int]:
    """The 1-based line of each line's stripped text (for finding a key's line in a pretty-printed fixture)."""
    return {line.strip(): n for n, line in enumerate(text.split("\n"), start=1)}


def turn_rows(parsed: Any) -> list[tuple[Any, ...]]:
    return rows(parsed.turns, "segment", "source_turn_index", "speaker", "role", "text")


def _load(tmp_path: Path, name: str, text: str) -> Any:
    path = tmp_path / name
    path.write_text(text)
    return process_batch([str(path)], {})


# --- preference pairs -------------------------------------------------------------------------------------

PAIRS: list[dict[str, Any]] = [
    {
        "id": "pp-1",
        "prompt": "I freeze whenever my manager asks me a question.",
        "chosen": "Freezing like that sounds stressful. What happens in your body when it starts?",
        "rejected": "Just answer the question.",
    },
    {
        "prompt": [{"role": "user", "content": "My flatmate never cleans up."}],
        "chosen": [{"role": "assistant", "content": "That sounds frustrating. Have you talked about it?"}],
        "rejected": [{"role": "assistant", "content": "Move out."}],
    },
    {
        "chosen": "\n\nHuman: I lost my job today.\n\nAssistant: I'm so sorry. How are you holding up?",
        "rejected": "\n\nHuman: I lost my job today.\n\nAssistant: Jobs come and go.",
    },
]


def test_string_message_and_hh_pairs_give_a_session_each_without_the_rejected_reply() -> None:
    text = jsonl(PAIRS)
    assert detect_format("/data/pairs.jsonl", text) == PREFERENCE_PAIRS
    parsed = parse_files(files(text))

    assert turn_rows(parsed) == [
        (0, 0, "prompt", "client", "I freeze whenever my manager asks me a question."),
        (0, 1, "chosen", "therapist", "Freezing like that sounds stressful. What happens in your body when it starts?"),
        (1, 0, "user", "client", "My flatmate never cleans up."),
        (1, 1, "assistant", "therapist", "That sounds frustrating. Have you talked about it?"),
        (2, 0, "Human", "client", "I lost my job today."),
        (2, 1, "Assistant", "therapist", "I'm so sorry. How are you holding up?"),
    ]
    # JSON Lines: every turn on its record's line.
    assert parsed.turns["source_line"].to_list() == [1, 1, 2, 2, 3, 3]
    assert rows(parsed.sessions, "session_index", "source_line") == [(0, 1), (1, 2), (2, 3)]
    # The rejected reply is no turn, but kept as given.
    metadata = [loads(m) for m in parsed.sessions["source_metadata"]]
    assert metadata[0] == {"id": "pp-1", "rejected": "Just answer the question."}
    assert metadata[1] == {"rejected": [{"role": "assistant", "content": "Move out."}]}
    assert metadata[2]["rejected"].endswith("Jobs come and go.")
    assert not any("Move out." in t or "Jobs come" in t for t in parsed.turns["text"])


def test_a_pretty_list_places_string_turns_on_their_keys_and_messages_on_their_content() -> None:
    text = json.dumps(PAIRS[:2], indent=2)
    assert detect_format("/data/pairs.json", text) == PREFERENCE_PAIRS
    parsed = parse_files(files(text))
    at = numbered(text)
    assert parsed.turns["source_line"].to_list() == [
        at['"prompt": "I freeze whenever my manager asks me a question.",'],
        at['"chosen": "Freezing like that sounds stressful. What happens in your body when it starts?",'],
        at['"content": "My flatmate never cleans up."'],
        at['"content": "That sounds frustrating. Have you talked about it?"'],
    ]


def test_a_prompt_ending_in_an_empty_assistant_label_continues_with_the_chosen_reply() -> None:
    record = {
        "prompt": "\n\nHuman: I can't stop crying.\n\nAssistant:",
        "chosen": " That sounds heavy.",
        "rejected": " Ok.",
    }
    parsed = parse_files(files(jsonl([record])))
    assert rows(parsed.turns, "role", "text") == [
        ("client", "I can't stop crying."),
        ("therapist", "That sounds heavy."),
    ]


def test_a_preference_pair_through_the_batch_reports_a_repeated_turn_on_its_line(tmp_path: Path) -> None:
    repeated = "I keep thinking I will fail the whole course."
    record = {
        "chosen": [
            {"role": "user", "content": repeated},
            {"role": "assistant", "content": "What makes you expect that?"},
            {"role": "user", "content": repeated},
            {"role": "assistant", "content": "It sounds like that thought comes back a lot."},
        ],
        "rejected": [{"role": "assistant", "content": "You will be fine."}],
    }
    text = json.dumps([record], indent=2)
    batch = _load(tmp_path, "pairs.json", text)
    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"], source["turns_parsed"], source["turns_kept"]) == ("loaded", 1, 4, 3)
    content_lines = [n for n, line in enumerate(text.split("\n"), start=1) if '"content"' in line]
    assert ("duplicate_turn", content_lines[2]) in batch.defects.select("defect_type", "source_line").rows()
    assert "You will be fine." in batch.sessions["source_metadata"][0]


# --- model-evaluation runs --------------------------------------------------------------------------------

RUNS: dict[str, Any] = {
    "suite": "wellbeing-eval",
    "runs": [
        {
            "run_id": "r-01",
            "model": "m-small",
            "scenario": "exam stress",
            "persona": "second-year student",
            "exchanges": [
                {"turn": 1, "prompt": "I can't concentrate on revision.", "completion": "What gets in the way?"},
                {"turn": 2, "prompt": "My phone, mostly.", "completion": "Could you tell me more about that?"},
            ],
        },
        {
            "run_id": "r-02",
            "model": "m-large",
            "exchanges": [{"input": "I feel lonely since the move.", "output": "Moving can be isolating."}],
        },
    ],
}


def test_runs_give_a_session_each_prompt_client_completion_therapist() -> None:
    text = json.dumps(RUNS, indent=2)
    assert detect_format("/data/eval.json", text) == EVAL_LOGS
    parsed = parse_files(files(text))
    assert turn_rows(parsed) == [
        (0, 0, "prompt", "client", "I can't concentrate on revision."),
        (0, 1, "completion", "therapist", "What gets in the way?"),
        (0, 2, "prompt", "client", "My phone, mostly."),
        (0, 3, "completion", "therapist", "Could you tell me more about that?"),
        (1, 0, "input", "client", "I feel lonely since the move."),
        (1, 1, "output", "therapist", "Moving can be isolating."),
    ]
    at = numbered(text)
    assert parsed.turns["source_line"].to_list() == [
        at['"prompt": "I can\'t concentrate on revision.",'],
        at['"completion": "What gets in the way?"'],
        at['"prompt": "My phone, mostly.",'],
        at['"completion": "Could you tell me more about that?"'],
        at['"input": "I feel lonely since the move.",'],
        at['"output": "Moving can be isolating."'],
    ]
    assert [loads(m) for m in parsed.sessions["source_metadata"]] == [
        {
            "suite": "wellbeing-eval",
            "run_id": "r-01",
            "model": "m-small",
            "scenario": "exam stress",
            "persona": "second-year student",
        },
        {"suite": "wellbeing-eval", "run_id": "r-02", "model": "m-large"},
    ]


def test_json_lines_runs_sit_on_their_lines() -> None:
    text = jsonl(RUNS["runs"])
    assert detect_format("/data/eval.jsonl", text) == EVAL_LOGS
    parsed = parse_files(files(text))
    assert parsed.turns["source_line"].to_list() == [1, 1, 1, 1, 2, 2]
    assert rows(parsed.sessions, "session_index", "source_line") == [(0, 1), (1, 2)]


def test_a_run_through_the_batch_reports_a_repeated_reply_on_its_completion_line(tmp_path: Path) -> None:
    reply = "Could you tell me more about that feeling?"
    run = {
        "run_id": "r-07",
        "model": "m-small",
        "exchanges": [
            {"prompt": "I dread Sunday evenings.", "completion": reply},
            {"prompt": "It's like a weight on my chest.", "completion": reply},
        ],
    }
    text = json.dumps([run], indent=2)
    batch = _load(tmp_path, "eval.json", text)
    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"], source["turns_kept"]) == ("loaded", 1, 3)
    completion_lines = [n for n, line in enumerate(text.split("\n"), start=1) if '"completion"' in line]
    assert ("duplicate_turn", completion_lines[1]) in batch.defects.select("defect_type", "source_line").rows()


# --- help-desk tickets ------------------------------------------------------------------------------------

USERS = [
    {"id": 5001, "name": "Robin Hale", "role": "end-user"},
    {"id": 7001, "name": "Dana Ortiz", "role": "agent"},
    {"id": 5002, "name": "Sam Okafor", "role": "end-user"},
]
TICKET_101: dict[str, Any] = {
    "id": 101,
    "subject": "Can't sleep",
    "requester_id": 5001,
    "comments": [
        {"author_id": 5001, "body": "I haven't slept properly in a week.", "public": True, "created_at": "2024-03-01"},
        {"author_id": 7001, "body": "Check the risk notes first.", "public": False, "created_at": "2024-03-01"},
        {"author_id": 7001, "body": "I'm sorry it's been so hard. What keeps you awake?", "public": True},
    ],
}
TICKET_102: dict[str, Any] = {
    "id": 102,
    "subject": "Worried about my son",
    "requester_id": 5002,
    "comments": [
        {"author_id": 5002, "body": "My son won't leave his room.", "public": True},
        {"author_id": 7001, "body": "That sounds worrying. How long has it been like this?", "public": True},
    ],
}


def test_a_page_gives_a_session_per_ticket_named_speakers_and_notes_in_metadata() -> None:
    page = {"tickets": [TICKET_101, TICKET_102], "users": USERS, "next_page": None, "count": 2}
    text = json.dumps(page, indent=2)
    assert detect_format("/data/tickets.json", text) == TICKET_EXPORTS
    parsed = parse_files(files(text))
    assert turn_rows(parsed) == [
        (0, 0, "Robin Hale", "client", "I haven't slept properly in a week."),
        (0, 1, "Dana Ortiz", "therapist", "I'm sorry it's been so hard. What keeps you awake?"),
        (1, 0, "Sam Okafor", "client", "My son won't leave his room."),
        (1, 1, "Dana Ortiz", "therapist", "That sounds worrying. How long has it been like this?"),
    ]
    at = numbered(text)
    assert parsed.turns["source_line"].to_list() == [
        at['"body": "I haven\'t slept properly in a week.",'],
        at['"body": "I\'m sorry it\'s been so hard. What keeps you awake?",'],
        at['"body": "My son won\'t leave his room.",'],
        at['"body": "That sounds worrying. How long has it been like this?",'],
    ]
    assert parsed.turns["timestamp"].to_list() == ["2024-03-01", None, None, None]
    # The internal note is no turn, but kept with its author.
    metadata = [loads(m) for m in parsed.sessions["source_metadata"]]
    assert metadata[0] == {
        "id": 101,
        "subject": "Can't sleep",
        "requester_id": 5001,
        "internal_notes": [{"author": "Dana Ortiz", "created_at": "2024-03-01", "text": "Check the risk notes first."}],
    }
    assert metadata[1] == {"id": 102, "subject": "Worried about my son", "requester_id": 5002}


def test_tickets_without_users_take_the_requester_as_client() -> None:
    text = jsonl([TICKET_102])
    assert detect_format("/data/tickets.jsonl", text) == TICKET_EXPORTS
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "speaker", "role", "source_line") == [("5002", "client", 1), ("7001", "unknown", 1)]


def test_overlapping_pages_through_the_batch(tmp_path: Path) -> None:
    repeated = "I still can't switch off at night, it goes round and round."
    ticket_101 = {
        **TICKET_101,
        "comments": [*TICKET_101["comments"], *[{"author_id": 5001, "body": repeated, "public": True}] * 2],
    }
    pages = [
        {"tickets": [ticket_101, TICKET_102], "users": USERS, "next_page": "page=2", "count": 3},
        # The export's second page starts again at ticket 102.
        {"tickets": [TICKET_102], "users": USERS, "next_page": None, "count": 3},
    ]
    text = json.dumps(pages, indent=2)
    batch = _load(tmp_path, "tickets.json", text)
    source = batch.sources.row(0, named=True)
    assert source["status"] == "loaded"
    # Three tickets read, the repeated one dropped as a duplicate session.
    assert source["sessions"] == 2
    defects = batch.defects.select("defect_type", "source_line").rows()
    assert [d for d, _ in defects].count("duplicate_session") == 1
    body_lines = [n for n, line in enumerate(text.split("\n"), start=1) if repeated in line]
    assert ("duplicate_turn", body_lines[1]) in defects
    # Public comments of the two kept tickets; the internal note is in the metadata, not a turn.
    assert "Check the risk notes first." not in batch.turns["text"].to_list()
    assert any("Check the risk notes first." in (m or "") for m in batch.sessions["source_metadata"])


# --- detection: the shapes other parsers read keep them ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (jsonl([{"messages": [{"role": "user", "content": "Hi"}], "chosen": "x", "rejected": "y"}]), CHAT_JSON),
        (jsonl([{"dialog": [{"speaker": "usr", "text": "Hi"}], "prompt": "x"}]), ESCONV),
        (jsonl([{"session_id": "s1", "speaker": "client", "text": "Hi."}]), FLAT_JSON),
        (jsonl([{"session_id": "s1", "turns": [{"who": "client", "said": "Hi."}]}]), NESTED_JSON),
        # Alpaca-style records keep prompt and output in the record itself: not a run.
        (jsonl([{"instruction": "x", "input": "", "output": "Therapist: Hi.\nClient: Hello."}]), INSTRUCTION_RECORDS),
        (json.dumps([{"prompt": "Client: Hi.", "completion": "Therapist: Hello."}]), INSTRUCTION_RECORDS),
        # Turns with speakers inside a run are a nested session's.
        (jsonl([{"run_id": "r", "turns": [{"speaker": "client", "text": "Hi"}]}]), NESTED_JSON),
        (jsonl([{"prompt": "Hi", "chosen": "Hello", "rejected": "Go away"}]), PREFERENCE_PAIRS),
        (jsonl([{"run_id": "r", "results": [{"prompt": "Hi", "completion": "Hello"}]}]), EVAL_LOGS),
        (jsonl([{"id": 1, "comments": [{"author_id": 2, "body": "Hi"}]}]), TICKET_EXPORTS),
    ],
    ids=[
        "chat",
        "esconv",
        "flat",
        "nested",
        "alpaca",
        "prompt-completion-list",
        "nested-run",
        "pairs",
        "run",
        "ticket",
    ],
)
def test_detection(text: str, expected: str) -> None:
    assert detect_format("/data/x.json", text) == expected
