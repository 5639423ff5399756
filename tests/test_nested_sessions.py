"""Session objects that hold their turns (transforms/formats/nested_json.py): a JSON list, JSON Lines or one
object of `{session_id, service, date, turns: [{who, said}, ...]}`, which were quarantined as JSON of an
unknown shape.

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
    CACTUS,
    CHAT_JSON,
    ESCONV,
    FLAT_JSON,
    NESTED_JSON,
    PSYCHEVAL,
    SMILECHAT,
    UNKNOWN_JSON,
    detect_format,
)

# Laid out as an export writes it by hand: one turn an object on its own line, so each turn starts, and its
# text with it, on the line its object is on.
PRETTY = """[
  {"session_id": "TN-01", "service": "audiology psychology", "date": "2024-04-09",
   "turns": [
     {"who": "counsellor", "said": "Hello Rob. How are you getting on?"},
     {"who": "client", "said": "Badly. The ringing kept me up most nights this week."},
     {"who": "counsellor", "said": "That sounds exhausting. What do you do when it wakes you?"}
   ]},
  {"session_id": "TN-02", "service": "audiology psychology", "date": "2024-04-16",
   "turns": [
     {"who": "client", "said": "I tried the sound generator you mentioned."},
     {"who": "counsellor", "said": "How did that go?"}
   ]}
]
"""
SESSIONS: list[dict[str, Any]] = json.loads(PRETTY)
METADATA = [
    {"session_id": "TN-01", "service": "audiology psychology", "date": "2024-04-09"},
    {"session_id": "TN-02", "service": "audiology psychology", "date": "2024-04-16"},
]
# (session, turn index, speaker, role, text), in list order.
EXPECTED_TURNS = [
    (0, 0, "counsellor", "therapist", "Hello Rob. How are you getting on?"),
    (0, 1, "client", "client", "Badly. The ringing kept me up most nights this week."),
    (0, 2, "counsellor", "therapist", "That sounds exhausting. What do you do when it wakes you?"),
    (1, 0, "client", "client", "I tried the sound generator you mentioned."),
    (1, 1, "counsellor", "therapist", "How did that go?"),
]


def jsonl(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


def turn_rows(parsed_turns: pl.DataFrame) -> list[tuple[Any, ...]]:
    return rows(parsed_turns, "segment", "source_turn_index", "speaker", "role", "text")


def assert_on_start_lines(parsed_turns: pl.DataFrame, text: str) -> None:
    """Each turn sits on the line where it starts, that of its `who` key, which comes before its `said` key:
    the text is on that line or the next."""
    lines = text.split("\n")
    for line_no, speaker, turn_text in rows(parsed_turns, "source_line", "speaker", "text"):
        assert f'"who": {json.dumps(speaker)}' in lines[line_no - 1], (line_no, speaker)
        said = f'"said": {json.dumps(turn_text)}'
        assert said in lines[line_no - 1] or said in lines[line_no], (line_no, turn_text)


# --- a JSON list ---------------------------------------------------------------------------------------


def test_a_list_of_two_sessions_gives_two_sessions_with_their_turns_in_order() -> None:
    assert detect_format("/data/tinnitus.json", PRETTY) == NESTED_JSON
    parsed = parse_files(files(PRETTY, paths=["/data/tinnitus.json"]))

    # A session sits on the line of its `"turns"` key, as chat_json's on `"messages"`.
    assert rows(parsed.sessions, "segment", "session_index", "source_line") == [(0, 0, 3), (1, 1, 9)]
    assert [loads(m) for m in parsed.sessions["source_metadata"]] == METADATA
    assert turn_rows(parsed.turns) == EXPECTED_TURNS
    assert parsed.turns["source_line"].to_list() == [4, 5, 6, 10, 11]
    assert_on_start_lines(parsed.turns, PRETTY)
    assert parsed.stray_lines.height == 0


def test_json_dumps_indentation_places_turns_on_their_who_lines() -> None:
    text = json.dumps(SESSIONS, indent=2)
    parsed = parse_files(files(text))

    assert turn_rows(parsed.turns) == EXPECTED_TURNS
    # Each turn object spans four lines here (`{`, `"who"`, `"said"`, `}`); the turn starts on `"who"`, the line
    # before its text.
    assert parsed.turns["source_line"].to_list() == [8, 12, 16, 27, 31]
    assert_on_start_lines(parsed.turns, text)
    assert [text.split("\n")[n - 1].strip() for n in parsed.sessions["source_line"]] == ['"turns": [', '"turns": [']


# --- JSON Lines and a single object --------------------------------------------------------------------


def test_json_lines_one_session_a_line() -> None:
    text = jsonl(SESSIONS)
    assert detect_format("/data/tinnitus.jsonl", text) == NESTED_JSON
    parsed = parse_files(files(text))

    assert rows(parsed.sessions, "segment", "session_index", "source_line") == [(0, 0, 1), (1, 1, 2)]
    assert [loads(m) for m in parsed.sessions["source_metadata"]] == METADATA
    assert turn_rows(parsed.turns) == EXPECTED_TURNS
    # A JSON line is one session: its turns are all on it.
    assert parsed.turns["source_line"].to_list() == [1, 1, 1, 2, 2]


def test_a_broken_json_line_is_stray_and_the_other_sessions_load() -> None:
    text = (
        json.dumps(SESSIONS[0])
        + "\n"
        + '{"session_id": "TN-09", "turns": [{"who": "cl'
        + "\n"
        + json.dumps(SESSIONS[1])
    )
    parsed = parse_files(files(text))
    assert rows(parsed.sessions, "segment", "source_line") == [(0, 1), (1, 3)]
    assert rows(parsed.stray_lines, "line_no") == [(2,)]
    assert turn_rows(parsed.turns) == EXPECTED_TURNS


def test_a_single_object_is_one_session() -> None:
    text = json.dumps(SESSIONS[1], indent=2)
    assert detect_format("/data/tn-02.json", text) == NESTED_JSON
    parsed = parse_files(files(text))

    # The file is the session: it starts on the first line, as json_common.records places a single object.
    assert rows(parsed.sessions, "segment", "session_index", "source_line") == [(0, 0, 1)]
    assert loads(parsed.sessions["source_metadata"][0]) == METADATA[1]
    assert rows(parsed.turns, "source_turn_index", "role", "text", "source_line") == [
        (0, "client", "I tried the sound generator you mentioned.", 7),
        (1, "therapist", "How did that go?", 11),
    ]
    assert_on_start_lines(parsed.turns, text)


# --- empty turns and sessions without turns ------------------------------------------------------------

WITH_EMPTY = {
    "session_id": "TN-03",
    "turns": [
        {"who": "counsellor", "said": "Where shall we start today?"},
        {"who": "client", "said": ""},
        {"who": "counsellor"},
        {"who": "client", "said": "Sorry. Sleep, I suppose."},
    ],
}


def test_a_turn_with_empty_or_missing_text_stays_a_turn_with_empty_text() -> None:
    text = json.dumps([WITH_EMPTY], indent=2)
    parsed = parse_files(files(text))
    lines = text.split("\n")

    assert rows(parsed.turns, "source_turn_index", "role", "text") == [
        (0, "therapist", "Where shall we start today?"),
        (1, "client", ""),
        (2, "therapist", ""),
        (3, "client", "Sorry. Sleep, I suppose."),
    ]
    placed = [lines[n - 1].strip() for n in parsed.turns["source_line"]]
    # Every turn starts on its `who` line: the one with empty text, the one without a `said`, and the others.
    assert placed == [
        '"who": "counsellor",',
        '"who": "client",',
        '"who": "counsellor"',
        '"who": "client",',
    ]
    # The empty text's `said` follows its `who`; the turn without one has nothing after.
    assert [lines[n].strip() for n in parsed.turns["source_line"]] == [
        '"said": "Where shall we start today?"',
        '"said": ""',
        "},",
        '"said": "Sorry. Sleep, I suppose."',
    ]


def test_sessions_without_turns_give_no_session() -> None:
    records = [{"session_id": "TN-00", "turns": []}, SESSIONS[0], {"session_id": "TN-99", "note": "cancelled"}]
    records.append(SESSIONS[1])
    for text in (json.dumps(records, indent=2), jsonl(records)):
        assert detect_format("/data/a.json", text) == NESTED_JSON
        parsed = parse_files(files(text))
        assert rows(parsed.sessions, "segment", "session_index") == [(1, 0), (3, 1)]
        assert [loads(m)["session_id"] for m in parsed.sessions["source_metadata"]] == ["TN-01", "TN-02"]
        assert turn_rows(parsed.turns) == [(s * 2 + 1, *rest) for s, *rest in EXPECTED_TURNS]


def test_a_single_session_without_turns_gives_nothing() -> None:
    parsed = parse_files(files(json.dumps({"session_id": "TN-00", "service": "audiology", "turns": []}, indent=2)))
    assert (parsed.sessions.height, parsed.turns.height) == (0, 0)


# --- other key names -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("list_key", "speaker_key", "text_key"),
    [
        ("turns", "who", "said"),
        ("turns", "role", "content"),
        ("dialogue", "speaker", "text"),
        ("utterances", "participant", "utterance"),
        ("exchanges", "author", "message"),
        ("transcript", "sender", "body"),
        ("conversation", "from", "value"),
        # Not a name on the list: the one key whose value is a list of speaker-and-text objects.
        ("session_log", "speaker", "said"),
    ],
)
def test_key_families(list_key: str, speaker_key: str, text_key: str) -> None:
    session = {
        "id": "s-7",
        "clinic": "north",
        list_key: [
            {speaker_key: "therapist", text_key: "What brings you in?"},
            {speaker_key: "patient", text_key: "My sister made me come."},
        ],
    }
    text = json.dumps([session], indent=4)
    assert detect_format("/data/export.json", text) == NESTED_JSON
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "role", "text") == [
        ("therapist", "What brings you in?"),
        ("client", "My sister made me come."),
    ]
    assert loads(parsed.sessions["source_metadata"][0]) == {"id": "s-7", "clinic": "north"}
    lines = text.split("\n")
    # Each turn starts on its speaker key's line; its text key is on the next.
    assert [lines[n - 1].strip() for n in parsed.turns["source_line"]] == [
        f'"{speaker_key}": "therapist",',
        f'"{speaker_key}": "patient",',
    ]
    assert all(f'"{text_key}":' in lines[n] for n in parsed.turns["source_line"])


def test_timestamps_labels_and_a_system_turn() -> None:
    session = {
        "session_id": "TN-04",
        "rating": 4,
        "consented": True,
        "client": {"age": 52},
        "turns": [
            {"role": "system", "content": "Play a warm audiology counsellor."},
            {
                "role": "assistant",
                "content": "What would help most today?",
                "timestamp": "00:00:04",
                "strategy": "Question",
            },
            {"role": "user", "content": "Just being able to sleep.", "timestamp": "00:00:09"},
        ],
    }
    parsed = parse_files(files(json.dumps(session, indent=2)))
    assert rows(parsed.turns, "source_turn_index", "role", "timestamp") == [
        (0, "therapist", "00:00:04"),
        (1, "client", "00:00:09"),
    ]
    assert loads(parsed.turns["source_labels"][0]) == {"strategy": "Question"}
    # The session's scalar keys are its metadata; the nested client profile is left out, the system turn added.
    assert loads(parsed.sessions["source_metadata"][0]) == {
        "session_id": "TN-04",
        "rating": 4,
        "consented": True,
        "system_prompt": "Play a warm audiology counsellor.",
    }


# --- detection -----------------------------------------------------------------------------------------

CHAT = {"id": "c1", "messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}]}
SHAREGPT = {"id": "a", "conversations": [{"from": "human", "value": "Hi"}, {"from": "gpt", "value": "Hello"}]}
ESCONV_RECORD = {"emotion_type": "anxiety", "dialog": [{"speaker": "usr", "text": "Hi"}]}
PSYCHEVAL_CASE = {"client_id": 1, "sessions": [{"session_number": 1, "session_dialogue": [{"role": "x", "text": "y"}]}]}
CACTUS_RECORD = {"AI_client": {"dialogue_history_init": "Counselor: Hi"}, "ground_truth_CBT": ["Reality Testing"]}
FLAT = [
    {"dialog_id": "d1", "turn": 1, "who": "client", "said": "Hi."},
    {"dialog_id": "d1", "turn": 2, "who": "counsellor", "said": "Hello."},
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (jsonl([CHAT]), CHAT_JSON),
        (json.dumps([CHAT], indent=2), CHAT_JSON),
        (json.dumps(SHAREGPT), CHAT_JSON),
        (json.dumps([ESCONV_RECORD]), ESCONV),
        (jsonl([ESCONV_RECORD]), ESCONV),
        (json.dumps(PSYCHEVAL_CASE, indent=2), PSYCHEVAL),
        (json.dumps([CACTUS_RECORD]), CACTUS),
        (json.dumps(CHAT["messages"]), SMILECHAT),
        (jsonl(FLAT), FLAT_JSON),
        (json.dumps(FLAT, indent=2), FLAT_JSON),
        # An utterance that also carries context turns is still one utterance a record.
        (jsonl([{"session_id": "s1", "speaker": "client", "text": "Hi.", "context": FLAT}]), FLAT_JSON),
        # A session whose metadata has a speaker-like key but no text of its own: its turns are the dialogue.
        (jsonl([{"session_id": "s1", "participant": "P-07", "turns": FLAT}]), NESTED_JSON),
        # Two lists of turns under names off the list: which is the session is anyone's guess.
        (json.dumps({"a": FLAT, "b": FLAT}), UNKNOWN_JSON),
        (json.dumps({"session_id": "s1", "notes": [{"date": "2024-01-01", "text": "follow up"}]}), UNKNOWN_JSON),
    ],
    ids=["chat-jsonl", "chat-list", "sharegpt", "esconv-list", "esconv-jsonl", "psycheval", "cactus", "message-list",
         "flat-jsonl", "flat-list", "utterance-with-context", "session-with-participant", "two-lists", "notes"],
)  # fmt: skip
def test_detection_leaves_existing_shapes_to_their_parsers(text: str, expected: str) -> None:
    assert detect_format("/data/export.txt", text) == expected


# --- the whole batch: preflight, cleaning, validation ----------------------------------------------------


def _load(tmp_path: Path, name: str, text: str) -> Any:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return process_batch([str(path)], {})


def test_a_list_through_the_batch_reports_its_empty_turns(tmp_path: Path) -> None:
    text = json.dumps([*SESSIONS, WITH_EMPTY], indent=2)
    batch = _load(tmp_path, "tinnitus.json", text)

    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"], source["turns_parsed"], source["turns_kept"]) == ("loaded", 3, 9, 7)
    assert batch.sessions.sort("session_index")["n_turns"].to_list() == [3, 2, 2]
    lines = text.split("\n")
    empty = batch.defects.filter(pl.col("defect_type") == "empty_turn")["source_line"].sort().to_list()
    # Both on their `who` lines: the client's empty `said` follows on the next, the counsellor's is missing.
    assert [lines[n - 1].strip() for n in empty] == ['"who": "client",', '"who": "counsellor"']
    assert [lines[n].strip() for n in empty] == ['"said": ""', "},"]


def test_an_object_where_text_belongs_is_quarantined_with_a_reason(tmp_path: Path) -> None:
    odd = {"session_id": "TN-05", "turns": [{"who": "client", "said": {"en": "Hello"}}]}
    batch = _load(tmp_path, "odd.json", json.dumps([SESSIONS[0], odd]))
    source = batch.sources.row(0, named=True)
    assert source["status"] == "quarantined"
    assert "nested_json" in source["error"]


def test_sessions_that_all_lack_turns_are_quarantined_with_the_reason(tmp_path: Path) -> None:
    batch = _load(tmp_path, "empty.json", json.dumps([{"session_id": "TN-00", "turns": []}]))
    source = batch.sources.row(0, named=True)
    assert (source["status"], source["error"]) == ("quarantined", NO_TURNS_BY_FORMAT[NESTED_JSON])


def test_a_speech_apis_batch_of_monologues_reads_each_recording_as_a_session() -> None:
    def words(*tokens: str) -> list[dict[str, object]]:
        return [{"type": "punct" if t in {" ", ",", "."} else "text", "value": t} for t in tokens]

    batch = {
        "batch_id": "b-1",
        "results": [
            {
                "recording": f"s{n}.wav",
                "speaker_roles": {"0": "counsellor", "1": "client"},
                "monologues": [
                    {"speaker": 0, "elements": words("Hi", ",", " ", "how", " ", "are", " ", "you", ".")},
                    {"speaker": 1, "elements": words("Tired", ".")},
                ],
            }
            for n in (1, 2)
        ],
    }
    text = json.dumps(batch, indent=2)
    assert detect_format("/data/batch.json", text) == NESTED_JSON
    parsed = parse_files(files(text, paths=["/data/batch.json"]))
    assert parsed.sessions.height == 2
    assert rows(parsed.turns, "speaker", "role", "text")[:2] == [
        ("counsellor", "therapist", "Hi, how are you."),
        ("client", "client", "Tired."),
    ]


def test_word_lists_without_space_elements_are_spaced_and_lines_do_not_drift() -> None:
    words = ", ".join(f'{{{{"type": "word", "value": "{w}"}}}}' for w in ("How", "are", "you"))
    monologue = '    {{"speaker": {s}, "elements":\n      [' + words + "]}}"
    text = '{"monologues": [\n' + ",\n".join(monologue.format(s=s) for s in (0, 1, 0)) + "\n]}\n"
    parsed = parse_files(files(text, paths=["/data/rev.json"]))
    assert rows(parsed.turns, "source_line", "text") == [(2, "How are you"), (4, "How are you"), (6, "How are you")]


def test_a_wrapper_key_inside_a_nested_object_is_not_the_sessions_list() -> None:
    text = json.dumps(
        {
            "config": {"results": []},
            "results": [{"turns": [{"speaker": "Client", "text": "Hi."}, {"speaker": "Therapist", "text": "Hello."}]}],
        }
    )
    assert parse_files(files(text, paths=["/data/w.json"])).turns.height == 2


VIDEO_CALL = """{
  "calls": [
    {
      "call_id": "c-1",
      "participants": [
        {"participant_id": "p1", "display_name": "Ada Okafor", "role": "host"},
        {"participant_id": "p2", "display_name": "Ben Lowe", "role": "guest"},
        {"participant_id": "p3", "display_name": "Cara Lowe", "role": "guest"}
      ],
      "transcript": [
        {"participant_id": "p1", "speaker": "Ada Okafor", "text": "Can you both hear me?"},
        {"participant_id": "p2", "speaker": "Ben Lowe", "text": "Yes, loud and clear."},
        {"participant_id": "p3", "speaker": "Cara Lowe", "text": "Me too."},
        {"participant_id": "p1", "speaker": "Ada Okafor", "text": "Good. What brings you here today?"}
      ]
    }
  ]
}
"""


def test_a_video_calls_participant_list_gives_each_named_speaker_a_role() -> None:
    parsed = parse_files(files(VIDEO_CALL, paths=["/data/calls.json"]))

    # Three named people, none of them an alias: the host leads the call, the guests joined it.
    assert rows(parsed.turns, "speaker", "role") == [
        ("Ada Okafor", "therapist"),
        ("Ben Lowe", "client"),
        ("Cara Lowe", "client"),
        ("Ada Okafor", "therapist"),
    ]


def test_a_listed_role_never_overrides_what_the_speakers_label_says() -> None:
    swapped = VIDEO_CALL.replace('"Ada Okafor", "role": "host"', '"Ada Okafor", "role": "guest"').replace(
        '"speaker": "Ben Lowe"', '"speaker": "Therapist"'
    )
    parsed = parse_files(files(swapped, paths=["/data/calls.json"]))

    assert rows(parsed.turns, "speaker", "role")[:2] == [("Ada Okafor", "client"), ("Therapist", "therapist")]


def test_a_participant_id_beside_the_speaker_id_does_not_hide_the_name() -> None:
    listed = VIDEO_CALL.replace(
        '"participant_id": "p1", "display_name"', '"participant_id": "p1", "speaker": "spk_0", "name"'
    )
    listed = listed.replace('{"participant_id": "p1", "speaker": "Ada Okafor"', '{"speaker": "spk_0"')
    parsed = parse_files(files(listed, paths=["/data/calls.json"]))

    assert rows(parsed.turns, "speaker", "role")[0] == ("Ada Okafor", "therapist")
