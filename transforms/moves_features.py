"""Bag-of-n-gram features of a turn, built in polars so training and ingest share one code path.

Each turn becomes a set of string features (words, word pairs, its first words, its end punctuation,
how much it repeats the client's previous turn). Values are binary and L2-normalised per turn, so a
turn's score under a linear model is a join with the weights table and a sum per turn.
"""

from __future__ import annotations

import polars as pl

_APOSTROPHES = r"[\u2018\u2019\u02bc`]"
_TOKEN = r"[a-z0-9]+(?:'[a-z]+)?|[?!]"


def straight_apostrophes(text: pl.Expr) -> pl.Expr:
    """Curly and modifier apostrophes as `'`, so lexicon cues written with `'` match every transcript."""
    return text.str.replace_all(_APOSTROPHES, "'")


def tokens(text: pl.Expr) -> pl.Expr:
    """Lower-cased words, with `?` and `!` kept as tokens: a question mark is the strongest cue there is."""
    return straight_apostrophes(text.str.to_lowercase()).str.extract_all(_TOKEN)


def _overlap_bucket(words: pl.Expr, previous: pl.Expr) -> pl.Expr:
    """Share of the turn's distinct words found in the previous turn, in fifths: restatements repeat."""
    share = words.list.set_intersection(previous).list.len() / words.list.unique().list.len().clip(1)
    return pl.concat_str(pl.lit("ovl="), (share * 5).floor().cast(pl.Int32).cast(pl.String))


def turn_features(turns: pl.DataFrame) -> pl.DataFrame:
    """`turns(row, text, previous_text)` -> `(row, feature, value)`, one row per distinct feature of a turn.

    `row` is any integer key; `previous_text` (the turn before, usually the client's) may be null.
    """
    toks = turns.select(
        "row",
        tokens(pl.col("text")).alias("t"),
        tokens(pl.col("previous_text").fill_null("")).alias("p"),
    )
    # Word pairs: each token joined with the next one; "^" marks the start so "^do you" differs from "so do you".
    with_bounds = toks.with_columns(pl.concat_list(pl.lit(["^"]), pl.col("t"), pl.lit(["$"])).alias("b"))
    words = pl.col("t").list.eval(pl.element().filter(~pl.element().is_in(["?", "!"])))
    feats = with_bounds.select(
        "row",
        pl.concat_list(
            pl.col("t"),
            pl.col("b")
            .list.eval(pl.element() + " " + pl.element().shift(-1))
            .list.slice(0, pl.col("b").list.len() - 1),
            pl.concat_list(
                pl.concat_str(pl.lit("first3="), pl.col("t").list.slice(0, 3).list.join(" ")),
                pl.concat_str(pl.lit("last="), pl.col("t").list.last().fill_null("")),
                pl.concat_str(
                    pl.lit("len="),
                    pl.col("t").list.len().log1p().mul(2).floor().cast(pl.Int32).cast(pl.String),
                ),
                pl.concat_str(pl.lit("nq="), pl.col("t").list.count_matches("?").clip(0, 3).cast(pl.String)),
                _overlap_bucket(words, pl.col("p")),
            ),
        ).alias("feature"),
    )
    # Distinct features within each list before exploding: a frame-wide unique over (row, feature) strings
    # costs ten times as much.
    distinct = pl.col("feature").list.drop_nulls().list.unique()
    return (
        feats.select("row", distinct, (1.0 / distinct.list.len().cast(pl.Float64).sqrt()).alias("value"))
        .explode("feature")
        .filter(pl.col("feature").is_not_null())
    )
