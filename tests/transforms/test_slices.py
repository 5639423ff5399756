"""Steps run a slice at a time (transforms/slices.py) give the rows they give on the whole frame."""

from __future__ import annotations

from functools import partial

import polars as pl
import pytest
from polars.testing import assert_frame_equal, assert_series_equal

from tests.transforms.detector_frames import session
from transforms import moves, near_duplicates, role_inversion
from transforms.slices import in_slices

TURNS = pl.concat(
    [
        session(
            ("C", "I keep fighting with my sister about money and it wears me out."),
            ("T", "What usually happens when the fighting starts?"),
            ("C", "She says I never pay her back, which is not even true."),
            ("T", "It sounds like part of you wants to walk away, even though she matters a lot to you."),
            ("C", "Yeah, exactly."),
            ("T", "Maybe you could try writing down what you want to say before you call her."),
            session_id="s1",
        ),
        session(
            ("T", "How have you been feeling since we last met? It sounds like the week was hard."),
            ("C", "I don\u2019t know, I just feel tired all the time and my boss keeps piling work on me."),
            ("T", "You feel tired and your boss keeps piling work on you."),
            ("C", "Mm-hmm."),
            ("T", "When I was your age I had the same trouble with a boss."),
            session_id="s2",
        ),
    ]
)


def test_slices_are_stacked_in_order() -> None:
    frame = pl.DataFrame({"x": list(range(10))})
    doubled = in_slices(frame, lambda part: part.select((pl.col("x") * 2).alias("y"), pl.len().alias("n")), rows=4)
    assert doubled["y"].to_list() == [2 * x for x in range(10)]
    # The step saw slices of 4, 4 and 2 rows, never the whole frame.
    assert doubled["n"].to_list() == [4] * 8 + [2] * 2
    assert in_slices(frame.head(0), lambda part: part, rows=4).height == 0


@pytest.mark.parametrize("rows", [1, 2, 3])
def test_moves_in_slices_equal_moves_at_once(monkeypatch: pytest.MonkeyPatch, rows: int) -> None:
    whole = moves.model_moves(TURNS)
    monkeypatch.setattr(moves, "in_slices", partial(in_slices, rows=rows))
    assert_frame_equal(moves.model_moves(TURNS), whole)
    assert whole["move"].drop_nulls().len() == TURNS.filter(pl.col("role") == "therapist").height


@pytest.mark.parametrize("rows", [1, 2, 4])
def test_voice_scores_in_slices_equal_scores_at_once(monkeypatch: pytest.MonkeyPatch, rows: int) -> None:
    texts = TURNS["text"]
    whole = role_inversion.voice_scores(texts)
    monkeypatch.setattr(role_inversion, "in_slices", partial(in_slices, rows=rows))
    assert_series_equal(role_inversion.voice_scores(texts), whole)
    assert whole.len() == texts.len() and whole.n_unique() > 1


NEAR_REPEATS = pl.concat(
    [
        session(
            ("C", "I just feel like nobody at work listens to me when I talk."),
            ("T", "Mm."),
            ("C", "I feel like nobody at work listens to me when I talk."),
            ("T", "It sounds like the move has been really hard on the whole family."),
            ("C", "Yeah."),
            ("T", "It sounds like the move has been so hard on the whole family."),
            session_id="s1",
        ),
        session(
            ("C", "I just feel like nobody at work listens to me when I talk."),
            ("T", "I feel like nobody at work listens to you when you talk."),
            ("C", "I don't feel like nobody at work listens to me when I talk."),
            session_id="s2",
        ),
    ]
)


@pytest.mark.parametrize("rows", [1, 2, 5])
def test_near_duplicates_in_slices_equal_search_at_once(monkeypatch: pytest.MonkeyPatch, rows: int) -> None:
    kept, dropped = near_duplicates.drop_near_duplicates(NEAR_REPEATS)
    # Two repeats in the first session; across sessions, across roles and with a negation nothing is.
    assert dropped.select("session_id", "source_turn_index").rows() == [("s1", 2), ("s1", 5)]
    monkeypatch.setattr(near_duplicates, "in_slices", partial(in_slices, rows=rows))
    sliced_kept, sliced_dropped = near_duplicates.drop_near_duplicates(NEAR_REPEATS)
    assert_frame_equal(sliced_kept, kept)
    assert_frame_equal(sliced_dropped, dropped)
