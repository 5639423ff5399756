"""esconv: ESConv dialogues in FADO's JSON Lines and in the original JSON list."""

from __future__ import annotations

import json

from tests.transforms._formats import files, loads, rows
from transforms.formats.esconv import parse_files

FADO = {
    "emotion_type": "anxiety",
    "problem_type": "job crisis",
    "situation": "I might lose my job.",
    "dialog": [
        {"text": "Hello.", "speaker": "usr"},
        {"text": "Hi, how are you feeling today?", "speaker": "sys", "strategy": "Question"},
        {"text": "Worried about work.", "speaker": "usr"},
        {"text": "That sounds stressful.", "speaker": "sys", "strategy": "Reflection of feelings"},
    ],
}
ORIGINAL = {
    "experience_type": "Current Experience",
    "emotion_type": "depression",
    "problem_type": "ongoing depression",
    "situation": "Lonely since moving.",
    "survey_score": {"seeker": {"initial_emotion_intensity": "5", "empathy": "4"}, "supporter": {}},
    "dialog": [
        {"speaker": "speaker", "annotation": {}, "content": "Hi there\n"},
        {"speaker": "listener", "annotation": {"strategy": "Questions"}, "content": "Hello, what's up?"},
        {"speaker": "seeker", "annotation": {"feedback": "4"}, "content": "I feel alone."},
        {"speaker": "supporter", "annotation": {"strategy": "Affirmation"}, "content": "I hear you."},
    ],
}


def test_fado_json_lines() -> None:
    parsed = parse_files(files(json.dumps(FADO) + "\n" + json.dumps(FADO) + "\n"))

    assert rows(parsed.sessions, "segment", "session_index", "source_line") == [(0, 0, 1), (1, 1, 2)]
    assert rows(parsed.turns.head(4), "source_turn_index", "source_line", "speaker", "role", "text") == [
        (0, 1, "usr", "client", "Hello."),
        (1, 1, "sys", "therapist", "Hi, how are you feeling today?"),
        (2, 1, "usr", "client", "Worried about work."),
        (3, 1, "sys", "therapist", "That sounds stressful."),
    ]
    assert [loads(v) for v in parsed.turns.head(2)["source_labels"]] == [None, {"strategy": "Question"}]
    assert loads(parsed.sessions["source_metadata"][0]) == {
        "emotion_type": "anxiety",
        "problem_type": "job crisis",
        "situation": "I might lose my job.",
    }


def test_original_layout_content_annotation_and_collection_speaker_words() -> None:
    text = json.dumps([ORIGINAL], indent=1)
    parsed = parse_files(files(text))
    lines = text.split("\n")

    # speaker/listener are the collection platform's words for seeker/supporter (scoped aliases).
    assert rows(parsed.turns, "speaker", "role", "text") == [
        ("speaker", "client", "Hi there"),
        ("listener", "therapist", "Hello, what's up?"),
        ("seeker", "client", "I feel alone."),
        ("supporter", "therapist", "I hear you."),
    ]
    assert [loads(v) for v in parsed.turns["source_labels"]] == [
        None,
        {"strategy": "Questions"},
        {"feedback": "4"},
        {"strategy": "Affirmation"},
    ]
    assert all('"content"' in lines[n - 1] for n in parsed.turns["source_line"])
    metadata = loads(parsed.sessions["source_metadata"][0])
    assert metadata["experience_type"] == "Current Experience"
    assert metadata["survey_score"]["seeker"]["empathy"] == "4"
