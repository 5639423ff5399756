"""drop_empty_turns and drop_duplicate_turns."""

from __future__ import annotations

import polars as pl

from transforms.config import DedupeConfig
from transforms.dedupe import drop_duplicate_turns, drop_empty_turns


def _turns(*rows: tuple[str, int, str, str]) -> pl.DataFrame:
    """rows of (session_id, source_line, role, text); source_turn_index counts per session."""
    counters: dict[str, int] = {}
    indices = []
    for session_id, *_ in rows:
        indices.append(counters.get(session_id, 0))
        counters[session_id] = indices[-1] + 1
    return pl.DataFrame(
        {
            "session_id": [r[0] for r in rows],
            "source_turn_index": pl.Series(indices, dtype=pl.Int32),
            "source_line": pl.Series([r[1] for r in rows], dtype=pl.Int64),
            "role": [r[2] for r in rows],
            "text": [r[3] for r in rows],
        }
    )


REPEATED = "Honestly, not great. I keep waking up at three."


def test_exact_repeat_by_same_role_in_same_session_is_dropped() -> None:
    turns = _turns(
        ("s1", 1, "therapist", "How has your sleep been this week?"),
        ("s1", 2, "client", REPEATED),
        ("s1", 3, "therapist", "What goes through your mind?"),
        ("s1", 4, "client", REPEATED),
    )
    kept, dropped = drop_duplicate_turns(turns)
    assert kept["source_line"].to_list() == [1, 2, 3]
    assert kept.columns == turns.columns
    assert dropped.select("source_line", "role", "text", "repeats_line").rows() == [(4, "client", REPEATED, 2)]


def test_repeat_is_whitespace_insensitive_and_keeps_its_original_text() -> None:
    spaced = "  Honestly,  not great.\nI keep\twaking up at three. "
    turns = _turns(("s1", 2, "client", REPEATED), ("s1", 5, "client", spaced))
    kept, dropped = drop_duplicate_turns(turns)
    assert kept["source_line"].to_list() == [2]
    assert dropped.select("text", "repeats_line").rows() == [(spaced, 2)]


def test_every_later_repeat_points_at_the_first_occurrence() -> None:
    turns = _turns(
        ("s1", 3, "client", REPEATED),
        ("s1", 4, "therapist", "Mm-hmm."),
        ("s1", 7, "client", REPEATED),
        ("s1", 9, "client", REPEATED),
    )
    kept, dropped = drop_duplicate_turns(turns)
    assert kept["source_line"].to_list() == [3, 4]
    assert dropped.select("source_line", "repeats_line").rows() == [(7, 3), (9, 3)]


def test_short_backchannels_are_never_dropped() -> None:
    turns = _turns(
        ("s1", 1, "therapist", "Mm-hmm."),
        ("s1", 2, "client", "I just feel stuck at work."),
        ("s1", 3, "therapist", "Mm-hmm."),
        ("s1", 4, "therapist", "Okay."),
        ("s1", 5, "therapist", "Okay."),
        ("s1", 6, "client", "Yeah, I guess so."),
        ("s1", 7, "client", "Yeah, I guess so."),
    )
    kept, dropped = drop_duplicate_turns(turns)
    assert kept.height == 7
    assert dropped.height == 0


def test_min_words_boundary_is_inclusive() -> None:
    five_words = "I really don't know anymore."
    four_words = "I don't know anymore."
    turns = _turns(
        ("s1", 1, "client", five_words),
        ("s1", 2, "client", four_words),
        ("s1", 3, "client", five_words),
        ("s1", 4, "client", four_words),
    )
    kept, dropped = drop_duplicate_turns(turns)
    assert kept["source_line"].to_list() == [1, 2, 4]
    assert dropped["source_line"].to_list() == [3]


def test_min_words_comes_from_config() -> None:
    turns = _turns(("s1", 1, "therapist", "Mm-hmm."), ("s1", 2, "therapist", "Mm-hmm."))
    kept, dropped = drop_duplicate_turns(turns, DedupeConfig(min_words=1))
    assert kept["source_line"].to_list() == [1]
    assert dropped.select("source_line", "repeats_line").rows() == [(2, 1)]


def test_same_text_by_the_other_role_is_kept() -> None:
    echo = "So you feel like nobody listens to you."
    turns = _turns(("s1", 1, "therapist", echo), ("s1", 2, "client", echo))
    kept, dropped = drop_duplicate_turns(turns)
    assert kept["source_line"].to_list() == [1, 2]
    assert dropped.height == 0


def test_same_text_in_another_session_is_kept() -> None:
    turns = _turns(("s1", 2, "client", REPEATED), ("s2", 2, "client", REPEATED))
    kept, dropped = drop_duplicate_turns(turns)
    assert kept.select("session_id", "source_line").sort("session_id").rows() == [("s1", 2), ("s2", 2)]
    assert dropped.height == 0


def test_case_differences_are_not_exact_repeats() -> None:
    turns = _turns(("s1", 1, "client", REPEATED), ("s1", 2, "client", REPEATED.lower()))
    kept, _ = drop_duplicate_turns(turns)
    assert kept.height == 2


def test_first_occurrence_is_decided_by_source_turn_index_not_row_order() -> None:
    turns = _turns(("s1", 10, "client", REPEATED), ("s1", 20, "client", REPEATED)).reverse()
    kept, dropped = drop_duplicate_turns(turns)
    assert kept["source_line"].to_list() == [10]
    assert dropped.select("source_line", "repeats_line").rows() == [(20, 10)]


def test_drop_empty_turns_splits_on_empty_text() -> None:
    turns = _turns(
        ("s1", 1, "therapist", "Let's try the breathing exercise."),
        ("s1", 2, "client", ""),
        ("s1", 3, "client", "Okay."),
    )
    kept, dropped = drop_empty_turns(turns)
    assert kept["source_line"].to_list() == [1, 3]
    assert dropped["source_line"].to_list() == [2]


def test_repeats_are_found_when_turns_share_a_line() -> None:
    # All turns of a JSON Lines record sit on the record's line: the turn index tells them apart.
    turns = pl.DataFrame(
        {
            "session_id": ["s"] * 3,
            "source_turn_index": pl.Series([0, 1, 2], dtype=pl.Int32),
            "source_line": pl.Series([7, 7, 7], dtype=pl.Int64),
            "role": ["client", "therapist", "client"],
            "text": [REPEATED, "Tell me more about that.", REPEATED],
        }
    )
    kept, dropped = drop_duplicate_turns(turns)
    assert kept["source_turn_index"].to_list() == [0, 1]
    assert dropped.select("source_turn_index", "repeats_line").rows() == [(2, 7)]


def test_a_repeat_the_turn_before_announces_is_kept() -> None:
    scale = "On a scale of zero to ten, how confident are you that you could do it tonight?"
    turns = _turns(
        ("s1", 1, "therapist", scale),
        ("s1", 2, "client", "Three, maybe."),
        ("s1", 3, "therapist", "Let me ask the same question as before."),
        ("s1", 4, "therapist", scale),
        ("s1", 5, "client", "Six now."),
        ("s1", 6, "therapist", scale),
    )
    kept, dropped = drop_duplicate_turns(turns)
    assert kept["source_line"].to_list() == [1, 2, 3, 4, 5]
    assert dropped["source_line"].to_list() == [6]


def test_a_repeat_asked_for_by_the_other_speaker_is_kept() -> None:
    question = "On a scale of zero to ten, how confident are you that you could do it tonight?"
    turns = _turns(
        ("s1", 1, "therapist", question),
        ("s1", 2, "client", "Sorry, could you repeat the question?"),
        ("s1", 3, "therapist", question),
    )
    kept, dropped = drop_duplicate_turns(turns)
    assert kept["source_line"].to_list() == [1, 2, 3]
    assert dropped.height == 0
