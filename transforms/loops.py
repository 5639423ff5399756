"""Repetition loops: a turn, or a block of turns, said three or more times in one session.

One `repetition_loop` row per loop, at the first line of the block's first occurrence; the repeats
themselves are dropped as (near-)duplicates by their own steps. A block is a run of turns that
always come together: every occurrence of a turn follows the same other repeated turn, which
repeats exactly as often.
"""

from __future__ import annotations

import polars as pl

from transforms.config import DEFAULT_CONFIG, LoopConfig
from transforms.defect_rows import turn_defects
from transforms.measures import normalised_loose

# A block has at most this many turns (the parent chain is resolved this many times).
_MAX_BLOCK = 4


def repetition_loops(turns: pl.DataFrame, config: LoopConfig = DEFAULT_CONFIG.loop) -> pl.DataFrame:
    """`turns` as parsed (before dedupe) -> one `repetition_loop` defect per loop."""
    ordered = (
        turns.sort("session_id", "source_turn_index")
        .with_columns(normalised_loose(pl.col("text")).alias("_key"))
        .with_columns(
            pl.col("_key").shift(1).over("session_id").alias("_prev_key"),
            pl.len().over("session_id", "_key").alias("_count"),
        )
    )
    repeated = ordered.filter(
        (pl.col("_count") >= config.min_repeats) & (pl.col("_key").str.count_matches(r"\S+") >= config.min_words)
    )
    if repeated.is_empty():
        return turn_defects(
            repeated, defect_type="repetition_loop", severity="warning", action="flagged", detail=pl.lit(""),
            excerpt=pl.col("text"),
        )  # fmt: skip
    units = repeated.group_by("session_id", "_key").agg(
        pl.col("source_id").first(),
        pl.col("_count").first(),
        pl.col("source_line").min().alias("first_line"),
        pl.col("source_line").sort().alias("lines"),
        pl.col("_prev_key").n_unique().alias("_n_prev"),
        pl.col("_prev_key").first().alias("_prev"),
        pl.col("text").first(),
        pl.col("speaker").first(),
        pl.col("source_turn_index").min().alias("source_turn_index"),
    )
    counts = units.select("session_id", pl.col("_key").alias("_prev"), pl.col("_count").alias("_prev_count"))
    with_parent = units.join(counts, on=["session_id", "_prev"], how="left").with_columns(
        pl.when((pl.col("_n_prev") == 1) & (pl.col("_prev_count") == pl.col("_count")))
        .then(pl.col("_prev"))
        .otherwise(pl.col("_key"))
        .alias("_root")
    )
    for _ in range(_MAX_BLOCK):
        parents = with_parent.select("session_id", pl.col("_key").alias("_root"), pl.col("_root").alias("_up"))
        with_parent = (
            with_parent.join(parents, on=["session_id", "_root"], how="left")
            .with_columns(pl.coalesce("_up", "_root").alias("_root"))
            .drop("_up")
        )
    loops = (
        with_parent.sort("source_turn_index")
        .group_by("session_id", "_root", maintain_order=True)
        .agg(
            pl.col("source_id").first(),
            pl.col("first_line").min().alias("source_line"),
            pl.len().alias("block_turns"),
            pl.col("_count").first().alias("repeats"),
            pl.col("lines").first(),
            pl.col("text").first(),
            pl.col("speaker").first(),
        )
    )
    return turn_defects(
        loops,
        defect_type="repetition_loop",
        severity="warning",
        action="flagged",
        detail=pl.format(
            "block of {} turn(s) repeated {} times, at lines {}",
            pl.col("block_turns"),
            pl.col("repeats"),
            pl.col("lines").cast(pl.List(pl.String)).list.join(", "),
        ),
        excerpt=pl.col("text"),
    )
