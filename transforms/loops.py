"""Repetition loops: a turn, or a block of turns, said three or more times in one session.

Built on what the dedupe steps found: every dropped repeat names the earlier turn it repeats, so a
turn and its repeats (verbatim or near-verbatim) form one group. A group of three or more is a loop.
Groups that come together (all but at most one occurrence of one directly follow an occurrence of
the other, which repeats as often, give or take one) form one block, reported once. One
`repetition_loop` row per loop, at the first line of the block's first occurrence; the repeats keep
their own duplicate rows.
"""

from __future__ import annotations

import polars as pl

from transforms.config import DEFAULT_CONFIG, LoopConfig
from transforms.defect_rows import turn_defects
from transforms.measures import word_count

# A block has at most this many turns (the parent chain is resolved this many times).
_MAX_BLOCK = 4
# A loop repeats within a few turns: an occurrence counts only when another of its group is at most this many
# turns away (a block of _MAX_BLOCK turns and a reply or two between). A stock question asked now and then
# across a long session is no loop.
_MAX_GAP = _MAX_BLOCK + 2


def repetition_loops(
    turns: pl.DataFrame, repeats: pl.DataFrame, config: LoopConfig = DEFAULT_CONFIG.loop
) -> pl.DataFrame:
    """`turns` before dedupe; `repeats(session_id, source_turn_index, repeats_turn_index)` from the dedupe
    steps. Groups are named by the turn index of their first turn."""
    key = ["session_id", "source_turn_index"]
    # Only sessions where some turn is repeated often enough can hold a loop; the window passes below run on
    # those alone (exact: groups and blocks never cross sessions).
    looping = (
        repeats.group_by("session_id", "repeats_turn_index")
        .agg(pl.len())
        .filter(pl.col("len") + 1 >= config.min_repeats)
        .select("session_id")
        .unique()
    )
    members = (
        turns.join(looping, on="session_id", how="semi")
        .join(repeats.select(*key, "repeats_turn_index"), on=key, how="left")
        .with_columns(pl.coalesce("repeats_turn_index", "source_turn_index").alias("_group"))
        .sort("session_id", "source_turn_index")
        .with_columns(
            pl.col("_group").shift(1).over("session_id").alias("_prev_group"),
            (pl.col("source_turn_index").diff().over("session_id", "_group") <= _MAX_GAP).fill_null(False)
            .alias("_near_prev"),
        )
        .with_columns(
            (pl.col("_near_prev") | pl.col("_near_prev").shift(-1).over("session_id", "_group").fill_null(False))
            .alias("_close")
        )
        .with_columns(pl.col("_close").sum().over("session_id", "_group").alias("_count"))
    )  # fmt: skip
    first = members.filter(pl.col("source_turn_index") == pl.col("_group"))
    groups = (
        members.filter((pl.col("_count") >= config.min_repeats) & pl.col("_close"))
        .group_by("session_id", "_group")
        .agg(
            pl.col("source_id").first(),
            pl.col("_count").first(),
            pl.col("source_line").sort().alias("lines"),
            # The group that most often comes right before this one, and how often it does.
            pl.col("_prev_group").drop_nulls().mode().first().alias("_prev"),
            (pl.col("_prev_group") == pl.col("_prev_group").drop_nulls().mode().first()).sum().alias("_after_prev"),
            pl.col("source_turn_index").min().alias("_position"),
        )
        .join(
            first.select(
                "session_id",
                "_group",
                "text",
                "speaker",
                "source_line",
                word_count(pl.col("text")).alias("_w"),
            ),
            on=["session_id", "_group"],
        )
        .filter(pl.col("_w") >= config.min_words)
    )
    counts = groups.select(
        "session_id",
        pl.col("_group").alias("_prev"),
        pl.col("_count").alias("_prev_count"),
        pl.col("_position").alias("_prev_position"),
    )
    with_root = groups.join(counts, on=["session_id", "_prev"], how="left").with_columns(
        # Together in (almost) every occurrence: one varied copy that dedupe did not catch must not split a block.
        pl.when(
            (pl.col("_after_prev") >= pl.col("_count") - 1)
            & ((pl.col("_prev_count").cast(pl.Int64) - pl.col("_count").cast(pl.Int64)).abs() <= 1)
            # A block starts with its earliest group: A B C A B C ... never makes A follow C.
            & (pl.col("_prev_position") < pl.col("_position"))
        )
        .then(pl.col("_prev"))
        .otherwise(pl.col("_group"))
        .alias("_root")
    )
    for _ in range(_MAX_BLOCK):
        parents = with_root.select("session_id", pl.col("_group").alias("_root"), pl.col("_root").alias("_up"))
        with_root = (
            with_root.join(parents, on=["session_id", "_root"], how="left")
            .with_columns(pl.coalesce("_up", "_root").alias("_root"))
            .drop("_up")
        )
    loops = (
        with_root.sort("_position")
        .group_by("session_id", "_root", maintain_order=True)
        .agg(
            pl.col("source_id").first(),
            pl.col("_group").min().alias("source_turn_index"),
            pl.col("source_line").first(),
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
