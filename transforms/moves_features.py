"""Bag-of-n-gram features of a turn, built in polars so training and ingest share one code path.

Each turn becomes a set of string features (words, word pairs, its first words, its end punctuation,
how much it repeats the client's previous turn) and a few of the reply that follows it (who speaks next,
how long and how the reply starts, whether it asks back): a client who answers "yeah, exactly" was
reflected, one who answers at length was asked. Values are binary and L2-normalised per group (the turn's
own words, the reply), so a turn's score under a linear model is a join with the weights table and a sum
per turn.
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


def with_context(turns: pl.DataFrame, session: str) -> pl.DataFrame:
    """Adds `previous_text`, `next_text` and `next_role` (the turns around each one within its session,
    by `turn_index`; null at the session's edges) to `turns(<session>, turn_index, role, text)`."""
    return turns.with_columns(
        pl.col("text").shift(1).over(session, order_by="turn_index").alias("previous_text"),
        pl.col("text").shift(-1).over(session, order_by="turn_index").alias("next_text"),
        pl.col("role").shift(-1).over(session, order_by="turn_index").alias("next_role"),
    )


# Features of the reply: always exactly this many per turn, so each weighs 1/sqrt(REPLY_FEATURES).
REPLY_FEATURES = 5
REPLY_PREFIX = "n:"


def _reply_features(next_text: pl.Expr, next_role: pl.Expr) -> pl.Expr:
    """Who speaks next, how long the reply is, its first word and first two, and whether it asks back."""
    reply = tokens(next_text.fill_null(""))
    return pl.concat_list(
        pl.concat_str(pl.lit("n:role="), next_role.fill_null("none")),
        pl.concat_str(pl.lit("n:len="), reply.list.len().log1p().mul(2).floor().cast(pl.Int32).cast(pl.String)),
        pl.concat_str(pl.lit("n:first="), reply.list.first().fill_null("")),
        pl.concat_str(pl.lit("n:first2="), reply.list.slice(0, 2).list.join(" ")),
        pl.concat_str(pl.lit("n:q="), reply.list.contains("?").cast(pl.String)),
    )


def turn_features(turns: pl.DataFrame) -> pl.DataFrame:
    """`turns(row, text, previous_text, next_text, next_role)` -> `(row, feature, value)`, one row per
    distinct feature of a turn.

    `row` is any integer key; the context columns (`with_context`) may be null at a session's edges.
    """
    # Lazy throughout: the eager API does not share common sub-expressions (the reply's tokens were computed
    # four times), and the lazy plan runs independent columns in parallel.
    toks = turns.lazy().select(
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
    own = (
        feats.select("row", distinct, (1.0 / distinct.list.len().cast(pl.Float64).sqrt()).alias("value"))
        .explode("feature")
        .filter(pl.col("feature").is_not_null())
    )
    reply = turns.lazy().select("row", _reply_features(pl.col("next_text"), pl.col("next_role")).alias("feature"))
    return pl.concat(
        [own, reply.explode("feature").with_columns(pl.lit(REPLY_FEATURES**-0.5).alias("value"))]
    ).collect()
