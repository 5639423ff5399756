"""unknown_speaker_defects and consecutive_speaker_defects on kept turns."""

from __future__ import annotations

import polars as pl

from tests.transforms.detector_frames import session
from transforms.speaker_checks import consecutive_speaker_defects, unknown_speaker_defects


def test_unknown_labels_are_flagged_with_the_label() -> None:
    turns = session(("T", "Hello."), ("Interviewer 2", "Can I add something?"), ("C", "Sure."), ("Mum", "Hi."))
    found = unknown_speaker_defects(turns)
    assert found.select("source_line", "speaker", "severity", "action", "detail", "excerpt").rows() == [
        (2, "Interviewer 2", "warning", "flagged", "label 'Interviewer 2' is not in the alias table "
         "(transforms/speakers.py)", "Can I add something?"),
        (4, "Mum", "warning", "flagged", "label 'Mum' is not in the alias table (transforms/speakers.py)", "Hi."),
    ]  # fmt: skip


def test_known_roles_are_not_unknown() -> None:
    assert unknown_speaker_defects(session(("T", "Hello."), ("C", "Hi."))).is_empty()


def test_same_role_twice_in_a_row_is_info() -> None:
    turns = session(
        ("T", "How was the week?"),
        ("C", "Long."),
        ("C", "Really long, actually."),
        ("T", "Tell me."),
        ("T", "Take your time."),
        ("T", "There's no rush."),
    )
    found = consecutive_speaker_defects(turns)
    assert found.select("source_line", "severity", "action", "detail").rows() == [
        (3, "info", "flagged", "second client turn in a row (previous at line 2)"),
        (5, "info", "flagged", "second therapist turn in a row (previous at line 4)"),
        (6, "info", "flagged", "second therapist turn in a row (previous at line 5)"),
    ]


def test_unknown_turns_and_session_boundaries_break_the_run() -> None:
    turns = pl.concat(
        [
            session(("T", "Hello."), ("Mum", "Hi."), ("Mum", "Hi again."), ("T", "Welcome.")),
            session(("T", "Next session."), session_id="s2", first_line=10),
        ]
    )
    assert consecutive_speaker_defects(turns).is_empty()


def test_alternating_session_is_quiet() -> None:
    assert consecutive_speaker_defects(session(("T", "Hi."), ("C", "Hi."), ("T", "So."), ("C", "So."))).is_empty()
