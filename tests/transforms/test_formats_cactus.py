"""cactus: intake records whose opening exchange is `Counselor: ...` text inside JSON."""

from __future__ import annotations

import json

from tests.transforms._formats import files, loads, rows
from transforms.formats.cactus import parse_files


def _record(opener: str, techniques: list[str]) -> dict[str, object]:
    return {
        "AI_client": {
            "intake_form": "Name:\nLaura\nAge:\n45",
            "attitude": "positive",
            "attitude_instruction": "Engage.",
            "dialogue_history_init": opener,
            "dialogue_history": None,
        },
        "AI_counselor": {
            "CBT": {"reason_counseling": "Running slump.", "dialogue_history_init": opener},
            "Response": {"cbt_plan": None},
        },
        "ground_truth_CBT": techniques,
    }


RECORDS = [
    _record("Counselor: Hi Laura, how can I help?\nClient: My running has stalled.", ["Alternative Perspective"]),
    _record("Counselor: ** That sounds like a plan.\n\n**Client:** Thanks, you too!", ["Reality Testing", "Pie Chart"]),
]


def test_records_are_sessions_and_openers_are_turns() -> None:
    text = json.dumps(RECORDS, indent=4)
    parsed = parse_files(files(text))
    lines = text.split("\n")

    assert rows(parsed.sessions, "segment", "session_index") == [(0, 0), (1, 1)]
    assert all('"AI_client"' in lines[n - 1] for n in parsed.sessions["source_line"])
    assert rows(parsed.turns, "segment", "source_turn_index", "speaker", "role", "text") == [
        (0, 0, "Counselor", "therapist", "Hi Laura, how can I help?"),
        (0, 1, "Client", "client", "My running has stalled."),
        (1, 0, "Counselor", "therapist", "That sounds like a plan."),
        (1, 1, "Client", "client", "Thanks, you too!"),
    ]
    # An opener is one JSON string: its turns share the line of the client's copy of it.
    for segment, line in rows(parsed.turns, "segment", "source_line"):
        assert '"dialogue_history_init"' in lines[line - 1]
        assert line < parsed.sessions["source_line"][segment] + 8


def test_planned_techniques_and_intake_are_session_metadata() -> None:
    parsed = parse_files(files(json.dumps(RECORDS)))
    metadata = loads(parsed.sessions["source_metadata"][1])
    assert metadata["planned_techniques"] == ["Reality Testing", "Pie Chart"]
    assert metadata["attitude"] == "positive" and metadata["reason_counseling"] == "Running slump."
    assert metadata["intake_form"].startswith("Name:")
