"""Row-wise steps run a slice of the batch at a time, so their peak memory follows the slice, not the batch.

Steps that explode each turn into its words or n-grams (the moves model, the voice model, near-duplicate
prefixes) hold intermediates of about 2-5 KB per turn: 0.2-0.4 GB for a 16 MB batch, which made them the
batch's memory peak. Any step whose rows depend only on their own input row gives the same rows in slices.
"""

from __future__ import annotations

from collections.abc import Callable

import polars as pl

# Turns per slice: the exploding steps' peak falls about in proportion (measured on a 16 MB batch of 137k
# turns), while slices stay large enough that polars' per-call overhead and its threads are not wasted.
SLICE_ROWS = 20_000


def in_slices(
    frame: pl.DataFrame, step: Callable[[pl.DataFrame], pl.DataFrame], rows: int = SLICE_ROWS
) -> pl.DataFrame:
    """`step` on consecutive slices of `frame` of at most `rows` rows, the results stacked in slice order.

    Only for steps whose output rows for an input row depend on that row alone (no group, window or
    frame-wide statistic across rows)."""
    if frame.height <= rows:
        return step(frame)
    return pl.concat([step(frame.slice(start, rows)) for start in range(0, frame.height, rows)], how="vertical")
