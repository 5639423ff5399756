"""Chat-app JSON exports (Telegram Desktop, Facebook/Instagram Messenger) and speech-to-text output, read by
nested_json (transforms/formats/nested_json.py); they were quarantined as JSON of another shape, or misread
as chat-format messages.

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
from transforms.formats.detect import CHAT_JSON, NESTED_JSON, detect_format
from transforms.formats.nested_json import decodable_text

# Telegram Desktop's result.json for one chat, one-space indent as it writes it. A service note opens the
# list; message 3's text is a list of rich-text runs (its entities' `text` keys nest deeper); messages 4 and 5
# repeat the same text.
TELEGRAM = """{
 "name": "Tom",
 "type": "personal_chat",
 "id": 4410021,
 "messages": [
  {
   "id": 1,
   "type": "service",
   "date": "2024-03-01T19:00:02",
   "actor": "Mira",
   "actor_id": "user100",
   "action": "pin_message",
   "text": ""
  },
  {
   "id": 2,
   "type": "message",
   "date": "2024-03-01T19:04:11",
   "from": "Mira",
   "from_id": "user100",
   "text": "Hi Tom, it's Mira from the support line. How has the week been?"
  },
  {
   "id": 3,
   "type": "message",
   "date": "2024-03-01T19:06:40",
   "from": "Tom",
   "from_id": "user200",
   "text": [
    "Honestly ",
    {
     "type": "bold",
     "text": "rough"
    },
    ". I read this: ",
    {
     "type": "link",
     "text": "https://example.org/sleep"
    }
   ],
   "text_entities": [
    {
     "type": "plain",
     "text": "Honestly "
    },
    {
     "type": "bold",
     "text": "rough"
    }
   ]
  },
  {
   "id": 4,
   "type": "message",
   "date": "2024-03-01T19:07:02",
   "from": "Tom",
   "from_id": "user200",
   "text": "I keep waking at four."
  },
  {
   "id": 5,
   "type": "message",
   "date": "2024-03-01T19:07:05",
   "from": "Tom",
   "from_id": "user200",
   "text": "I keep waking at four."
  },
  {
   "id": 6,
   "type": "message",
   "date": "2024-03-01T19:08:30",
   "from": "Mira",
   "from_id": "user100",
   "text": ""
  }
 ]
}
"""
TELEGRAM_TURNS = [
    (0, "Mira", "Hi Tom, it's Mira from the support line. How has the week been?"),
    (1, "Tom", "Honestly rough. I read this: https://example.org/sleep"),
    (2, "Tom", "I keep waking at four."),
    (3, "Tom", "I keep waking at four."),
    (4, "Mira", ""),
]


def line_of(text: str, needle: str, nth: int = 0) -> int:
    """1-based line of the nth line of `text` that contains `needle`."""
    return [n for n, line in enumerate(text.split("\n"), start=1) if needle in line][nth]


def test_telegram_detected_and_read_as_one_session() -> None:
    assert detect_format("/data/result.json", TELEGRAM) == NESTED_JSON
    parsed = parse_files(files(TELEGRAM, paths=["/data/result.json"]))

    assert parsed.sessions.height == 1
    assert rows(parsed.turns, "source_turn_index", "speaker", "text") == TELEGRAM_TURNS
    assert parsed.turns["timestamp"].to_list() == [
        "2024-03-01T19:04:11",
        "2024-03-01T19:06:40",
        "2024-03-01T19:07:02",
        "2024-03-01T19:07:05",
        "2024-03-01T19:08:30",
    ]
    # Names say nothing of roles: role inference settles them later.
    assert set(parsed.turns["role"]) == {"unknown"}


def test_telegram_lines_are_the_messages_start_lines_not_the_rich_text_runs() -> None:
    parsed = parse_files(files(TELEGRAM))
    # Each message starts on its `"from":` line, two lines above its own `"text":` (a list's too), and never on
    # an entity's `"text":`.
    assert parsed.turns["source_line"].to_list() == [
        line_of(TELEGRAM, '"from": "Mira"', 0),
        line_of(TELEGRAM, '"from": "Tom"', 0),
        line_of(TELEGRAM, '"from": "Tom"', 1),
        line_of(TELEGRAM, '"from": "Tom"', 2),
        line_of(TELEGRAM, '"from": "Mira"', 1),
    ]
    assert [n + 2 for n in parsed.turns["source_line"]] == [
        line_of(TELEGRAM, '"text": "Hi Tom'),
        line_of(TELEGRAM, '"text": ['),
        line_of(TELEGRAM, '"text": "I keep', 0),
        line_of(TELEGRAM, '"text": "I keep', 1),
        line_of(TELEGRAM, '"text": ""', 1),
    ]


def test_telegram_service_notes_are_session_metadata_not_turns() -> None:
    parsed = parse_files(files(TELEGRAM))
    metadata = loads(parsed.sessions["source_metadata"][0])
    assert {k: metadata[k] for k in ("name", "type", "id")} == {"name": "Tom", "type": "personal_chat", "id": 4410021}
    assert metadata["service_messages"] == [
        {
            "source_line": line_of(TELEGRAM, '"text": ""', 0),
            "action": "pin_message",
            "actor": "Mira",
            "timestamp": "2024-03-01T19:00:02",
        }
    ]


def test_rich_text_lists_flatten_in_place_keeping_every_line() -> None:
    flat = decodable_text(TELEGRAM)
    assert flat.count("\n") == TELEGRAM.count("\n")
    assert json.loads(flat)["messages"][2]["text"] == "Honestly rough. I read this: https://example.org/sleep"
    # Later keys stay on their lines.
    assert line_of(flat, '"text_entities"') == line_of(TELEGRAM, '"text_entities"')
    # A list of anything else (turns) is left alone.
    turns = '{"turns": [{"speaker": "a", "text": "hi"}]}'
    assert decodable_text(turns) == turns


def test_telegram_json_lines_and_a_one_line_text_list() -> None:
    chat = json.loads(TELEGRAM)
    text = json.dumps(chat) + "\n"
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "source_turn_index", "speaker", "text") == TELEGRAM_TURNS
    assert set(parsed.turns["source_line"]) == {1}


# Messenger: newest first, timestamps in milliseconds, non-ASCII written as UTF-8 bytes escaped one by one
# (`\u00e2\u0080\u0099` for a curly apostrophe).
MESSENGER = r"""{
  "participants": [
    {
      "name": "Ana"
    },
    {
      "name": "Sam Reyes"
    }
  ],
  "messages": [
    {
      "sender_name": "Ana",
      "timestamp_ms": 1709320200000,
      "content": "Thank you. I\u00e2\u0080\u0099ll try the breathing tonight.",
      "type": "Generic"
    },
    {
      "sender_name": "Sam Reyes",
      "timestamp_ms": 1709320100000,
      "content": "That makes a lot of sense to me.",
      "type": "Generic"
    },
    {
      "sender_name": "Sam Reyes",
      "timestamp_ms": 1709320000000,
      "content": "That makes a lot of sense to me.",
      "type": "Generic"
    },
    {
      "sender_name": "Ana",
      "timestamp_ms": 1709319851000,
      "content": "I haven\u00e2\u0080\u0099t told anyone else this.",
      "type": "Generic"
    }
  ],
  "title": "Ana",
  "is_still_participant": true,
  "thread_path": "inbox/ana_1234567890"
}
"""


def test_messenger_turns_come_in_time_order_each_on_its_own_line() -> None:
    assert detect_format("/data/message_1.json", MESSENGER) == NESTED_JSON
    parsed = parse_files(files(MESSENGER))

    # Each message starts on its `"sender_name"` line, two above its `"content"`.
    sender_lines = [line_of(MESSENGER, '"sender_name"', k) for k in range(4)]
    assert rows(parsed.turns, "source_turn_index", "speaker", "timestamp", "source_line") == [
        (0, "Ana", "1709319851000", sender_lines[3]),
        (1, "Sam Reyes", "1709320000000", sender_lines[2]),
        (2, "Sam Reyes", "1709320100000", sender_lines[1]),
        (3, "Ana", "1709320200000", sender_lines[0]),
    ]
    # Decoded as written: the mojibake is left for the repair step.
    assert parsed.turns["text"][0] == "I haven\u00e2\u0080\u0099t told anyone else this."
    assert loads(parsed.sessions["source_metadata"][0]) == {
        "title": "Ana",
        "is_still_participant": True,
        "thread_path": "inbox/ana_1234567890",
    }


def test_chat_messages_without_times_still_go_to_chat_json() -> None:
    chat = {"messages": [{"role": "user", "content": "Hi."}, {"role": "assistant", "content": "Hello."}]}
    assert detect_format("/data/chat.json", json.dumps(chat)) == CHAT_JSON


# Speech-to-text of a helpline call: segments with start/end seconds, AGENT/CUSTOMER speakers.
CALL = """{
  "call_id": "C-20240301-0042",
  "language": "en-AU",
  "duration": 31.5,
  "segments": [
    {"speaker": "AGENT", "start": 0.4, "end": 3.9, "transcript": "Thanks for calling, it's Priya. What's up?"},
    {"speaker": "CUSTOMER", "start": 4.6, "end": 9.8, "transcript": "I just needed to talk to someone, I think."},
    {"speaker": "CUSTOMER", "start": 10.2, "end": 12.0, "transcript": "I just needed to talk to someone, I think."},
    {"speaker": "AGENT", "start": 12.5, "end": 16.1, "transcript": ""},
    {"speaker": "AGENT", "start": 16.3, "end": 20.0, "transcript": "I'm glad you rang. I'm here."}
  ]
}
"""


def test_call_segments_with_agent_and_customer_roles() -> None:
    assert detect_format("/data/call.json", CALL) == NESTED_JSON
    parsed = parse_files(files(CALL))

    assert rows(parsed.turns, "source_turn_index", "speaker", "role", "timestamp", "source_line") == [
        (0, "AGENT", "therapist", "0.4", 6),
        (1, "CUSTOMER", "client", "4.6", 7),
        (2, "CUSTOMER", "client", "10.2", 8),
        (3, "AGENT", "therapist", "12.5", 9),
        (4, "AGENT", "therapist", "16.3", 10),
    ]
    assert parsed.turns["text"][3] == ""
    assert loads(parsed.sessions["source_metadata"][0]) == {
        "call_id": "C-20240301-0042",
        "language": "en-AU",
        "duration": 31.5,
    }


def test_a_cloud_services_pascal_case_keys() -> None:
    # Amazon Connect's contact-analysis output: `Transcript`, `ParticipantRole`, `Content`, `BeginOffsetMillis`.
    text = (
        '{\n  "JobName": "inbound-7781",\n  "LanguageCode": "en-AU",\n  "Transcript": [\n'
        '    {"ParticipantRole": "AGENT", "BeginOffsetMillis": 1240, "Content": "Thanks for calling. Go on?"},\n'
        '    {"ParticipantRole": "CUSTOMER", "BeginOffsetMillis": 7540, "Content": "I have not slept in days."}\n'
        "  ]\n}\n"
    )
    assert detect_format("/data/call.json", text) == NESTED_JSON
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "speaker", "role", "timestamp", "source_line") == [
        ("AGENT", "therapist", "1240", 5),
        ("CUSTOMER", "client", "7540", 6),
    ]


def test_speaker_ids_take_the_names_the_export_maps_them_to() -> None:
    call: dict[str, Any] = {
        "job": "j-7",
        "speakers": [{"id": "spk_0", "name": "Priya (counsellor)"}, {"id": "spk_1", "name": "Caller"}],
        "utterances": [
            {"speaker_label": "spk_0", "start_time": "0.5", "text": "Lifeline, Priya speaking."},
            {"speaker_label": "spk_1", "start_time": "2.1", "text": "Hi. Sorry, this is hard."},
            {"speaker_label": "spk_2", "start_time": "5.0", "text": "(background voice)"},
        ],
    }
    text = json.dumps(call, indent=2)
    assert detect_format("/data/job.json", text) == NESTED_JSON
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "speaker", "role") == [
        ("Priya (counsellor)", "therapist"),
        ("Caller", "client"),
        ("spk_2", "unknown"),
    ]
    as_map = {**call, "speakers": {"spk_0": "Priya", "spk_1": "Jo"}}
    parsed = parse_files(files(json.dumps(as_map, indent=2)))
    assert parsed.turns["speaker"].to_list() == ["Priya", "Jo", "spk_2"]


# --- the whole batch: detection, preflight, repair, dedupe --------------------------------------------


def _load(tmp_path: Path, name: str, text: str) -> Any:
    path = tmp_path / name
    path.write_bytes(text.encode())
    return process_batch([str(path)], {})


def _defects(batch: Any, defect_type: str) -> list[int]:
    return sorted(batch.defects.filter(pl.col("defect_type") == defect_type)["source_line"].to_list())


@pytest.mark.parametrize(
    ("name", "text", "repeated"),
    [
        # The repeat is the later message: in Telegram the second "I keep waking", in Messenger (newest first) the
        # first "That makes a lot of sense", each on its sender line.
        ("result.json", TELEGRAM, line_of(TELEGRAM, '"from": "Tom"', 2)),
        ("message_1.json", MESSENGER, line_of(MESSENGER, '"sender_name": "Sam Reyes"', 0)),
        ("call.json", CALL, 8),
    ],
    ids=["telegram", "messenger", "call"],
)
def test_through_the_batch_a_repeated_turn_is_a_duplicate_at_its_line(
    tmp_path: Path, name: str, text: str, repeated: int
) -> None:
    batch = _load(tmp_path, name, text)
    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"]) == ("loaded", 1), source["error"]
    assert _defects(batch, "duplicate_turn") == [repeated]


def test_telegram_and_call_empty_turns_are_reported(tmp_path: Path) -> None:
    # Message 6's empty text: the turn is on its `"from"` line (the service note's `"text": ""` is no turn).
    assert _defects(_load(tmp_path, "result.json", TELEGRAM), "empty_turn") == [line_of(TELEGRAM, '"from": "Mira"', 1)]
    assert _defects(_load(tmp_path, "call.json", CALL), "empty_turn") == [9]


def test_messenger_mojibake_is_repaired_and_reported(tmp_path: Path) -> None:
    batch = _load(tmp_path, "message_1.json", MESSENGER)
    texts = batch.turns.sort("turn_index")["text"].to_list()
    assert texts[0] == "I haven\u2019t told anyone else this."
    assert texts[-1] == "Thank you. I\u2019ll try the breathing tonight."
    # Ana's two messages, each on its sender line.
    assert _defects(batch, "mojibake") == [
        line_of(MESSENGER, '"sender_name": "Ana"', 0),
        line_of(MESSENGER, '"sender_name": "Ana"', 1),
    ]


def test_a_recognisers_replayed_segment_keeps_its_place_in_a_transcript_already_in_time_order() -> None:
    # Speech-to-text output in time order but for one segment emitted again with its clock rewound: the repeat stays
    # after what it repeats (in time order it would stand first, and the original would read as the repeat).
    said = [
        ("A", 1000, "How have you been sleeping since the call?"),
        ("B", 4000, "Badly. I hear myself counting at night."),
        ("A", 9000, "That is a really common thing after a call like that."),
        ("B", 12000, "Does it ever stop? Is this going to be my life now?"),
        ("A", 8500, "That is a really common thing after a call like that."),
        ("B", 16000, "I just want one night of proper sleep."),
        ("A", 19000, "Let's look at what might help with that."),
        ("B", 22000, "Okay."),
        ("A", 25000, "What time do you usually get to bed?"),
        ("B", 28000, "Around two, after the night shift."),
        ("A", 31000, "And what do you do in the hour before?"),
        ("B", 34000, "Scroll the news, mostly."),
    ]
    transcript = {
        "id": "5551",
        "status": "completed",
        "utterances": [
            {"speaker": who, "start": start, "end": start + 2000, "text": text} for who, start, text in said
        ],
    }
    parsed = parse_files(files(json.dumps(transcript, indent=2), paths=["/data/call.json"]))
    assert parsed.turns["text"].to_list() == [text for _, _, text in said]
