"""One quality verdict per session, so analysts and exports can filter.

- rejected: the session's labels are swapped, or at least half of its parsed turns were dropped or
  flagged as refusal or role inversion (what is left is not a usable counselling dialogue);
- flagged:  otherwise, any warning or error the product could not fix (action `flagged`);
- repaired: otherwise, the product changed something (a repair, or a dropped turn);
- clean:    nothing but info-level notes.
"""

from __future__ import annotations

import polars as pl

from transforms.config import DEFAULT_CONFIG, QualityConfig

QUALITIES = ("clean", "repaired", "flagged", "rejected")
_DEFECTIVE_TURN = (pl.col("action") == "dropped") | pl.col("defect_type").is_in(["refusal", "role_inversion"])


def session_quality(
    sessions: pl.DataFrame, defects: pl.DataFrame, config: QualityConfig = DEFAULT_CONFIG.quality
) -> pl.DataFrame:
    """`sessions(session_id, n_turns_parsed, ...)` + its defects -> sessions with `quality`, `n_defects`."""
    per_session = (
        defects.filter(pl.col("session_id").is_not_null() & (pl.col("severity") != "info"))
        .group_by("session_id")
        .agg(
            pl.len().alias("n_defects"),
            (pl.col("action") == "flagged").any().alias("_flagged"),
            pl.col("source_turn_index")
            .filter(_DEFECTIVE_TURN & pl.col("source_turn_index").is_not_null())
            .n_unique()
            .alias("_bad"),
            ((pl.col("defect_type") == "role_inversion") & pl.col("source_turn_index").is_null())
            .any()
            .alias("_swapped"),
        )
    )
    joined = sessions.join(per_session, on="session_id", how="left", maintain_order="left")
    bad_share = pl.col("_bad").fill_null(0) / pl.max_horizontal(pl.col("n_turns_parsed"), pl.lit(1))
    return joined.with_columns(
        pl.when(pl.col("_swapped").fill_null(False) | (bad_share >= config.max_defective_turn_share))
        .then(pl.lit("rejected"))
        .when(pl.col("_flagged").fill_null(False))
        .then(pl.lit("flagged"))
        .when(pl.col("n_defects").fill_null(0) > 0)
        .then(pl.lit("repaired"))
        .otherwise(pl.lit("clean"))
        .alias("quality"),
        pl.col("n_defects").fill_null(0).cast(pl.Int32),
    ).drop("_flagged", "_bad", "_swapped")
