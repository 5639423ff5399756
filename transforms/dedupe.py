"""Drop empty turns and exact repeats of an earlier turn of the same role in the same session."""

from __future__ import annotations

import polars as pl

from transforms.config import DEFAULT_CONFIG, DedupeConfig
from transforms.defect_rows import turn_defects
from transforms.measures import normalised_for_compare, word_count


def drop_empty_turns(turns: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Turns whose label carries no text; returns (kept, dropped)."""
    empty = pl.col("text") == ""
    return turns.filter(~empty), turns.filter(empty)


# The turn before says the question is coming again ("Let me ask the same question as before."): a counsellor
# repeating a scaling question on purpose, to compare the answers.
_REPEAT_ANNOUNCED = (
    r"(?i)\bask(?:ing)?\b[^.?!\n]{0,30}\b(?:same question|that again|(?:it|this|you) again|again|once more)\b"
    r"|\bsame question (?:as|again)\b"
    # ... or asks for it again: "Could you repeat the question?", "Sorry, say that again?".
    r"|\brepeat (?:the|that|your) question\b|\b(?:say|ask) (?:that|it) again\b"
    # ... or, in skills practice, a re-take asked for: "Sorry, can I go again?", "Can you say your first bit again?",
    # a tutor's "Now the same exchange again" (a question ending on "again", not "can we do this again next week?").
    r"|\b(?:can|could|may|shall) (?:i|we) (?:go|do|try|start|run) (?:it |that |this )?(?:again|once more)\s*\?"
    r"|\bsay (?:your|the) [a-z ]{1,20}? again\b|\bthe same (?:exchange|bit|part|question|scene)\s+again\b"
).replace(r"\b", r"(?-u:\b)")


def announced_by_turn_before() -> pl.Expr:
    """Does the turn before, in a frame sorted by session and turn, ask for this one again? Then a repeat is meant."""
    return pl.col("text").shift(1).over("session_id").str.contains(_REPEAT_ANNOUNCED).fill_null(False)


def drop_duplicate_turns(
    turns: pl.DataFrame, config: DedupeConfig = DEFAULT_CONFIG.dedupe
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """`turns(session_id, source_turn_index, source_line, role, text, ...)` -> (kept, dropped).

    Dropped rows carry `repeats_line` and `repeats_turn_index`, the first turn they repeat. Short
    backchannels ("Mm-hmm.", "Okay.") repeat legitimately and are never dropped, nor is a repeat the turn before
    announces ("Let me ask the same question as before."). A turn is known by its source_turn_index: source_line
    need not be unique (all turns of a JSON Lines record share one).
    """
    group = ["session_id", "role", "_norm"]
    marked = (
        turns.sort("session_id", "source_turn_index")
        .with_columns(normalised_for_compare(pl.col("text")).alias("_norm"))
        .with_columns(
            pl.col("source_line").first().over(group).alias("repeats_line"),
            pl.col("source_turn_index").first().over(group).alias("repeats_turn_index"),
        )
        .with_columns(
            (
                (pl.col("repeats_turn_index") != pl.col("source_turn_index"))
                & (word_count(pl.col("_norm")) >= config.min_words)
                & ~announced_by_turn_before()
            ).alias("_is_repeat")
        )
    )
    kept = marked.filter(~pl.col("_is_repeat")).drop("_norm", "_is_repeat", "repeats_turn_index", "repeats_line")
    dropped = marked.filter(pl.col("_is_repeat")).drop("_norm", "_is_repeat")
    return kept, dropped


def empty_turn_defects(dropped: pl.DataFrame) -> pl.DataFrame:
    return turn_defects(
        dropped,
        defect_type="empty_turn",
        severity="info",
        action="dropped",
        # A blank row of a table has no speaker either; a null here would fail the defects model.
        detail=pl.format("label '{}' with no text", pl.col("speaker").fill_null("")),
        excerpt=pl.col("text"),
    )


def duplicate_turn_defects(dropped: pl.DataFrame) -> pl.DataFrame:
    return turn_defects(
        dropped,
        defect_type="duplicate_turn",
        severity="warning",
        action="dropped",
        detail=pl.when(pl.col("repeats_line") != pl.col("source_line"))
        .then(pl.format("exact repeat of the {} turn at line {}", pl.col("role"), pl.col("repeats_line")))
        # Turns of one JSON record share its line: name the earlier turn by its position instead.
        .otherwise(
            pl.format(
                "exact repeat of the {} turn at line {} (turn {} of the session)",
                pl.col("role"),
                pl.col("repeats_line"),
                pl.col("repeats_turn_index") + 1,
            )
        ),
        excerpt=pl.col("text"),
    )
