"""Drop near repeats: an earlier turn of the same role in the session said again with other case,
punctuation, quotes or whitespace, or with a word or two changed.

Pairs are only compared inside one session and role, and only when their lengths are within the
allowed difference, so the work grows with session length, never with the corpus.
"""

from __future__ import annotations

import polars as pl

from transforms.config import DEFAULT_CONFIG, NearDuplicateConfig
from transforms.defect_rows import turn_defects
from transforms.measures import normalised_loose

_KEY = ["session_id", "role"]


def drop_near_duplicates(
    turns: pl.DataFrame, config: NearDuplicateConfig = DEFAULT_CONFIG.near_duplicate
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(kept, dropped): dropped rows carry `repeats_line`, the line of the earlier turn they repeat."""
    marked = (
        turns.sort("session_id", "source_turn_index")
        .with_columns(normalised_loose(pl.col("text")).alias("_loose"))
        .with_columns(pl.col("_loose").str.count_matches(r"\S+").cast(pl.Int64).alias("_words"))
        .with_columns(pl.col("source_turn_index").first().over(*_KEY, "_loose").alias("_first"))
    )
    loose_repeats = marked.filter(
        (pl.col("_first") != pl.col("source_turn_index")) & (pl.col("_words") >= config.min_words_normalised)
    ).select("session_id", "source_turn_index", pl.col("_first").alias("repeats_turn_index"))
    remaining = marked.join(loose_repeats, on=["session_id", "source_turn_index"], how="anti")
    fuzzy = _fuzzy_repeats(remaining, config)
    repeats = pl.concat([loose_repeats, fuzzy])
    lines = turns.select("session_id", pl.col("source_turn_index").alias("repeats_turn_index"),
                         pl.col("source_line").alias("repeats_line"))  # fmt: skip
    repeats = repeats.join(lines, on=["session_id", "repeats_turn_index"], how="left")
    key = ["session_id", "source_turn_index"]
    dropped = turns.join(repeats, on=key, how="inner", maintain_order="left")
    kept = turns.join(repeats, on=key, how="anti", maintain_order="left")
    return kept, dropped


def near_duplicate_defects(dropped: pl.DataFrame) -> pl.DataFrame:
    return turn_defects(
        dropped,
        defect_type="near_duplicate_turn",
        severity="warning",
        action="dropped",
        detail=pl.format("near repeat of the {} turn at line {}", pl.col("role"), pl.col("repeats_line")),
        excerpt=pl.col("text"),
    )


def _fuzzy_repeats(marked: pl.DataFrame, config: NearDuplicateConfig) -> pl.DataFrame:
    """Turns whose words, counted as a bag, differ from an earlier same-role turn's by a word or two."""
    turn = "source_turn_index"
    candidates = marked.filter(pl.col("_words") >= config.min_words_fuzzy).select(*_KEY, turn, "_words", "_loose")
    pairs = (
        candidates.join(candidates, on=_KEY, suffix="_b")
        .filter(
            (pl.col(turn) < pl.col(f"{turn}_b"))
            & (
                (pl.col("_words").cast(pl.Int64) - pl.col("_words_b").cast(pl.Int64)).abs()
                <= config.max_word_difference
            )
        )
        .select("session_id", turn, f"{turn}_b", "_words", "_words_b")
    )
    if pairs.is_empty():
        return pl.DataFrame(schema={"session_id": pl.String, turn: pl.Int32, "repeats_turn_index": pl.Int32})
    tokens = (
        candidates.select("session_id", turn, pl.col("_loose").str.split(" ").alias("token"))
        .explode("token")
        .group_by("session_id", turn, "token")
        .agg(pl.len().cast(pl.Int64).alias("n"))
    )
    shared = (
        pairs.join(tokens, on=["session_id", turn])
        .join(tokens.rename({turn: f"{turn}_b", "n": "n_b"}), on=["session_id", f"{turn}_b", "token"])
        .group_by("session_id", turn, f"{turn}_b")
        .agg(pl.min_horizontal("n", "n_b").sum().alias("common"))
    )
    difference = pl.col("_words") + pl.col("_words_b") - 2 * pl.col("common").fill_null(0)
    return (
        pairs.join(shared, on=["session_id", turn, f"{turn}_b"], how="left")
        .filter(
            (difference <= config.max_word_difference)
            & (difference <= config.max_difference_share * pl.max_horizontal("_words", "_words_b"))
        )
        .group_by("session_id", f"{turn}_b")
        .agg(pl.col(turn).min().alias("repeats_turn_index"))
        .select("session_id", pl.col(f"{turn}_b").alias(turn), "repeats_turn_index")
    )
