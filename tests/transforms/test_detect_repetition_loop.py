"""repetition_loops: one row per turn or block of turns said three or more times in a session."""

from __future__ import annotations

import polars as pl
import pytest

from tests.transforms.detector_frames import session
from transforms.dedupe import drop_duplicate_turns
from transforms.loops import repetition_loops
from transforms.near_duplicates import drop_near_duplicates

REFUSAL = "I'm sorry, but I can't continue this conversation. Please reach out to a professional."
PARAGRAPH = "I keep going back and forth about whether to call her or not."


def _find(turns: pl.DataFrame) -> pl.DataFrame:
    """The pipeline's wiring: loops are built on the repeats the dedupe steps found."""
    kept, exact = drop_duplicate_turns(turns)
    _, near = drop_near_duplicates(kept)
    return repetition_loops(turns, pl.concat([exact, near], how="diagonal"))


def _loops(*turns: tuple[str, str]) -> list[tuple[int, str, str]]:
    found = _find(session(*turns))
    assert set(found["action"]) <= {"flagged"} and set(found["defect_type"]) <= {"repetition_loop"}
    return [(int(r["source_line"]), r["speaker"], r["detail"]) for r in found.iter_rows(named=True)]


def test_one_turn_repeated_between_varied_replies() -> None:
    assert _loops(
        ("C", "Hi there, I need some help with my anxiety."),
        ("T", REFUSAL),
        ("C", "Please, I just want to talk."),
        ("T", REFUSAL),
        ("C", "Why won't you answer me?"),
        ("T", REFUSAL.upper()),
    ) == [(2, "Therapist", "block of 1 turn(s) repeated 3 times, at lines 2, 4, 6")]


def test_a_two_turn_block_is_one_loop() -> None:
    turns = [t for _ in range(3) for t in (("C", PARAGRAPH), ("T", REFUSAL))]
    assert _loops(*turns) == [(1, "Client", "block of 2 turn(s) repeated 3 times, at lines 1, 3, 5")]


def test_back_to_back_paragraph_repeats() -> None:
    assert _loops(*[("C", PARAGRAPH)] * 4) == [
        (1, "Client", "block of 1 turn(s) repeated 4 times, at lines 1, 2, 3, 4")
    ]


def test_two_loops_in_one_session() -> None:
    advice = "Please talk to someone you trust about this today."
    turns = [t for _ in range(3) for t in (("C", PARAGRAPH), ("T", REFUSAL))]
    turns += [("C", "Something entirely different this time around."), *[("T", advice)] * 3]
    assert _loops(*turns) == [
        (1, "Client", "block of 2 turn(s) repeated 3 times, at lines 1, 3, 5"),
        (8, "Therapist", "block of 1 turn(s) repeated 3 times, at lines 8, 9, 10"),
    ]


@pytest.mark.parametrize(
    "turns",
    [
        [("C", PARAGRAPH), ("T", "Mm."), ("C", PARAGRAPH)],  # twice is a duplicate, not a loop
        [t for _ in range(10) for t in (("C", "Yeah."), ("T", "Mm-hmm, okay."))],  # backchannels
        [("C", "I don't know."), ("T", "Okay.")] * 5,  # short stock replies
    ],
)
def test_no_loop(turns: list[tuple[str, str]]) -> None:
    assert _loops(*turns) == []


def test_loops_are_per_session() -> None:
    frames = [session(("T", REFUSAL), session_id=f"s{i}", first_line=i * 10) for i in range(3)]
    assert _find(pl.concat(frames)).is_empty()


# --- Misses and false alarms a demanding user would object to ------------------------------------------------


def test_loop_of_near_repeats_is_one_loop() -> None:
    assert _loops(
        ("T", REFUSAL),
        ("C", "Please."),
        ("T", REFUSAL.replace("I'm sorry", "I am sorry")),
        ("C", "Why?"),
        ("T", REFUSAL.replace("a professional", "a mental health professional")),
    ) == [(1, "Therapist", "block of 1 turn(s) repeated 3 times, at lines 1, 3, 5")]


def test_stock_question_spread_over_a_long_session_is_not_a_loop() -> None:
    question = "And how did that make you feel?"
    turns: list[tuple[str, str]] = []
    for i in range(3):
        turns += [("T", question)]
        turns += [(("C", "T")[j % 2], f"Talking about something else entirely, part {i}-{j}.") for j in range(7)]
    assert _loops(*turns) == []


def test_a_chinese_reply_said_three_times_is_a_loop() -> None:
    # Its words are counted as measures counts them (two characters a word), not as one word with no spaces.
    reply = "我们可以先试着把这些担心分开来看\uff0c你觉得它有多大可能是真的\uff1f"
    found = _loops(
        ("C", "嗯\u3002"), ("T", reply), ("C", "不知道\u3002"), ("T", reply), ("C", "好吧\u3002"), ("T", reply)
    )
    assert [line for line, _, _ in found] == [2]
