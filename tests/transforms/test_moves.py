"""Counselling moves: the rules on hand-written turns, the label table, and the shipped model on held-out data."""

from __future__ import annotations

import polars as pl
import pytest

from benchmarks.move_corpora import annomi_turns, esconv_turns
from benchmarks.score_labels import agreement
from tests.conftest import shared_path
from tests.transforms.detector_frames import session
from transforms.moves import (
    COARSE_MOVES,
    MOVE_CODES,
    coarse_of,
    label_moves,
    load_weights,
    model_moves,
    move_labels,
    rule_moves,
)
from transforms.moves_features import REPLY_PREFIX


def _moves(frame: pl.DataFrame) -> list[tuple[str | None, list[str] | None]]:
    return list(rule_moves(frame).select("move", "moves").rows())


def test_rules_on_hand_written_turns() -> None:
    turns = session(
        ("C", "I keep fighting with my sister about money."),
        ("T", "What usually happens when the fighting starts?"),
        ("C", "She says I never pay her back."),
        ("T", "Do you pay her back?"),
        ("C", "Mostly. I feel so angry and stuck."),
        ("T", "You feel angry and stuck."),
        ("C", "Yes, and tired of it."),
        ("T", "It sounds like part of you wants to walk away, even though she matters a lot to you."),
        ("T", "Maybe you could try writing down what you want to say before you call her."),
        ("T", "When I was your age I had the same fights with my brother."),
        ("T", "Good morning!"),
    )
    moves = _moves(turns)
    assert [m for m, _ in moves] == [
        None, "question_open", None, "question_closed", None, "reflection_simple", None, "reflection_complex",
        "suggestion", "self_disclosure", "other",
    ]  # fmt: skip
    # A reflection that ends with a question contains both moves, the reflection first.
    both = session(("C", "I hate my job."), ("T", "It sounds like work drains you. What keeps you there?"))
    assert _moves(both)[1] == ("reflection_complex", ["reflection_complex", "question_open"])


def test_every_move_maps_to_both_label_schemes() -> None:
    table = move_labels()
    assert set(table["move"]) == set(MOVE_CODES) and table.height == len(MOVE_CODES)
    assert set(table["annomi"]) == {"question", "reflection", "therapist_input", "other"}
    assert set(table["esconv"]) == {
        "Question", "Restatement or Paraphrasing", "Reflection of feelings", "Self-disclosure",
        "Affirmation and Reassurance", "Providing Suggestions", "Information", "Others",
    }  # fmt: skip
    assert set(table.select(coarse_of(pl.col("move")))["move"]) == set(COARSE_MOVES)


def test_model_weights_load_and_label_every_therapist_turn() -> None:
    weights = load_weights()
    assert set(weights["head"]) == {"annomi", "esconv", "style"}
    # Only the AnnoMI head was trained with the reply's features (benchmarks/train_moves.py SETTINGS).
    replies = weights.filter(pl.col("feature").str.starts_with(REPLY_PREFIX))
    assert set(replies["head"]) == {"annomi"} and replies.height > 20
    turns = session(
        ("T", "Hi, thanks for coming in. What would you like to talk about today?"),
        ("C", "My drinking, I guess. My wife is worried."),
        ("T", "Your wife is worried about your drinking."),
        ("C", "She thinks I drink too much on weekends."),
        ("T", "The recommended limit is fourteen units a week, spread over several days."),
    )
    labelled = label_moves(turns.with_columns(pl.lit(None, pl.String).alias("move"), pl.lit(None).alias("moves")))
    moves = labelled["move"].to_list()
    assert moves[1] is None and moves[3] is None
    assert moves[0] in {"question_open", "other"}
    assert moves[2] in {"reflection_simple", "reflection_complex", "restatement"}
    assert moves[4] == "information"


def test_turns_without_latin_words_are_left_uncoded() -> None:
    # Written for this test: a Chinese session. The English model and lexicons cannot read it, so its
    # therapist turns stay uncoded (null) instead of all being called `other`.
    chinese = session(
        ("C", "我最近总是睡不着。工作压力很大。"),
        ("T", "你能多说说工作上的压力吗"),
        ("C", "老板每天都催我。"),
        ("T", "听起来你感到很疲惫。"),
        session_id="zh",
    )
    # A turn with no letters at all and one mixing scripts are still coded: only non-Latin letters skip.
    english = session(
        ("C", "I can't sleep."),
        ("T", "..."),
        ("C", "Work is too much."),
        ("T", "我们试试 CBT breathing, okay?"),
        ("T", "What keeps you awake?"),
        session_id="en",
    )
    for method in (model_moves, rule_moves):
        both = method(pl.concat([chinese, english]))
        assert both["move"].to_list()[:4] == [None] * 4 and both["moves"].to_list()[:4] == [None] * 4
        assert all(both["move"][i] is not None for i in (5, 7, 8))
        # Uncoded Chinese turns change nothing for the English session's moves.
        assert both.slice(4).equals(method(english))


@pytest.mark.shared
@pytest.mark.parametrize(
    ("name", "scheme", "floor"),
    # Floors sit a little under what benchmarks/techniques.py measures (AnnoMI 0.70, ESConv 0.50), so a
    # retrained or broken model that loses ground fails here.
    [("annomi", "annomi", 0.66), ("esconv", "esconv", 0.47)],
)
def test_model_agrees_with_held_out_labels(name: str, scheme: str, floor: float) -> None:
    corpora = shared_path("corpora")
    turns = (annomi_turns if name == "annomi" else esconv_turns)(corpora)
    held_out = turns.filter(pl.col("test")).rename({"transcript": "session_id"})
    mapping = move_labels().select("move", pl.col(scheme).alias("mapped"))
    scores = {}
    for method in (model_moves, rule_moves):
        scored = (
            held_out.with_columns(method(held_out).get_column("move"))
            .filter(pl.col("role") == "therapist", pl.col("label").is_not_null())
            .join(mapping, on="move", how="left", maintain_order="left")
        )
        scores[method.__name__] = agreement(scored["label"], scored["mapped"]).macro_f1
    assert scores["model_moves"] >= floor
    assert scores["model_moves"] > scores["rule_moves"] + 0.1
