"""psycheval: one case a file, its sessions and their dialogue, skills and summaries."""

from __future__ import annotations

import json

from tests.transforms._formats import files, loads, rows
from transforms.formats.psycheval import parse_files

COUNSELLOR = (
    "<think><assessment>First meeting.</assessment><skill>32:Show empathy; 658603:Give time</skill>"
    "<strategy>Welcome and ask for a name.</strategy></think>Welcome. What should I call you?"
)
CASE = {
    "theoretical": "cbt",
    "client_id": 7,
    "client_info": {"static_traits": {"age": "22"}},
    "global_plan": [{"stage_number": 1}],
    "sessions": [
        {
            "session_number": 1,
            "session_goals": {"overall_stage": "assessment", "session_focus": {}},
            "suggest_skills": [{"meta_skill": "intake", "micro_skills": [{"skill_id": "32", "skill_name": "empathy"}]}],
            "session_dialogue": [{"role": "Counselor", "text": COUNSELLOR}, {"role": "Client", "text": "Sam."}],
            "session_summary": {"session_summary_abstract": "First session.", "homework": ["sleep diary"]},
        },
        {
            "session_number": 2,
            "session_dialogue": [{"role": "Counselor", "text": "How was the diary?"}, {"role": "Client", "text": "Ok"}],
        },
    ],
}


def test_sessions_turns_and_their_lines() -> None:
    text = json.dumps(CASE, indent=4)
    parsed = parse_files(files(text))
    lines = text.split("\n")

    assert rows(parsed.sessions, "segment", "session_index") == [(0, 0), (1, 1)]
    assert all('"session_number"' in lines[n - 1] for n in parsed.sessions["source_line"])
    assert rows(parsed.turns, "segment", "source_turn_index", "speaker", "role") == [
        (0, 0, "Counselor", "therapist"),
        (0, 1, "Client", "client"),
        (1, 0, "Counselor", "therapist"),
        (1, 1, "Client", "client"),
    ]
    assert all('"text"' in lines[n - 1] for n in parsed.turns["source_line"])
    # The leaked reasoning stays in the text (issue 3 flags it); its skills and strategy are labels.
    assert parsed.turns["text"][0] == COUNSELLOR
    assert loads(parsed.turns["source_labels"][0]) == {
        "skill_ids": ["32", "658603"],
        "strategy": "Welcome and ask for a name.",
    }
    assert parsed.turns["source_labels"][1] is None


def test_session_metadata() -> None:
    parsed = parse_files(files(json.dumps(CASE)))
    assert loads(parsed.sessions["source_metadata"][0]) == {
        "theoretical": "cbt",
        "client_id": "7",
        "session_number": "1",
        "stage": "assessment",
        "suggested_skills": ["empathy"],
        "summary": "First session.",
        "homework": ["sleep diary"],
    }
    assert loads(parsed.sessions["source_metadata"][1]) == {
        "theoretical": "cbt",
        "client_id": "7",
        "session_number": "2",
    }
