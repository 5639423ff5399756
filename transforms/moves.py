"""Counselling moves of therapist turns: `turns.move` (the primary move) and `turns.moves` (all it contains).

Two parts, both vectorised over the batch:
- a learned linear model over n-gram features of the turn and of the reply that follows it
  (transforms/moves_features.py) with two heads trained on human labels (benchmarks/train_moves.py,
  `make train-moves`): one over AnnoMI's four behaviours, one over ESConv's eight strategies. A third head
  says which corpus a session's therapist reads like (transcribed speech or typed chat); a turn's coarse
  move maximises the two heads' log-probabilities weighted by that style, so the head trained on text like
  the session's leads and the other breaks ties;
- transparent rules over the lexicon in transforms/data/move_lexicon.json: the moves a turn contains besides
  its primary one, and the distinctions the labelled corpora do not make (open or closed question, simple or
  complex reflection). `rule_moves` alone is the rules-only baseline the benchmark compares against.

How moves map to AnnoMI's and ESConv's labels is the one table transforms/data/move_labels.csv. Therapist
turns whose letters are all outside the Latin script (the Chinese corpora) are left uncoded: move null.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import polars as pl

from transforms.config import DEFAULT_CONFIG, MovesConfig
from transforms.measures import has_latin_letter
from transforms.moves_features import straight_apostrophes, turn_features, with_context
from transforms.slices import in_slices

DATA = Path(__file__).resolve().parent / "data"
WEIGHTS_PATH = DATA / "move_weights.parquet"
BIAS = "__bias__"
# Every code `turns.move` may hold (transforms/data/move_labels.csv maps each onto AnnoMI and ESConv).
MOVE_CODES = (
    "question_open", "question_closed", "reflection_simple", "reflection_complex", "restatement", "affirmation",
    "suggestion", "information", "self_disclosure", "other",
)  # fmt: skip
# Moves the model tells apart; the finer codes below split two of them by rule.
COARSE_MOVES = (
    "question", "reflection", "restatement", "affirmation", "suggestion", "information", "self_disclosure", "other",
)  # fmt: skip
WEIGHTS_SCHEMA: dict[str, pl.DataType] = {
    "head": pl.String(),
    "label": pl.String(),
    "feature": pl.String(),
    "weight": pl.Float32(),
}


@cache
def move_labels() -> pl.DataFrame:
    """The documented table: move -> AnnoMI behaviour, ESConv strategy, description."""
    return pl.read_csv(DATA / "move_labels.csv")


@cache
def lexicon() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / "move_lexicon.json").read_text(encoding="utf-8"))
    return data


def coarse_of(move: pl.Expr) -> pl.Expr:
    """Fine move code -> the coarse move the model predicts."""
    return move.replace({"question_open": "question", "question_closed": "question"}).replace(
        {"reflection_simple": "reflection", "reflection_complex": "reflection"}
    )


def _heads_table() -> pl.DataFrame:
    """(move, head, label): which label of each head a coarse move stands for."""
    labels = move_labels().with_columns(coarse_of(pl.col("move")).alias("move")).unique("move")
    return pl.concat(
        [
            labels.select("move", pl.lit("annomi").alias("head"), pl.col("annomi").alias("label")),
            labels.select("move", pl.lit("esconv").alias("head"), pl.col("move").alias("label")),
        ]
    )


@cache
def load_weights(path: Path = WEIGHTS_PATH) -> pl.DataFrame:
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: run `make train-moves` to build it from ../shared/corpora")
    return pl.read_parquet(path).cast(WEIGHTS_SCHEMA)  # type: ignore[arg-type]


def _wide_weights(weights: pl.DataFrame) -> pl.DataFrame:
    """One row per feature, one column per `head|label`: the join then keeps one row per feature of a turn
    instead of one per feature and label (8.7M rows for ESConv's 18k therapist turns, 4x slower)."""
    return (
        weights.with_columns(pl.concat_str("head", pl.lit("|"), "label").alias("column"))
        .pivot("column", index="feature", values="weight", sort_columns=True)
        .fill_null(0.0)
    )


@cache
def _default_wide_weights() -> pl.DataFrame:
    return _wide_weights(load_weights())


def _cue(move: str) -> pl.Expr:
    """Does the turn show any cue of `move` from the lexicon?"""
    pattern = "(?i)" + "|".join(f"(?:{p})" for p in lexicon()[move])
    return pl.col("_clean").str.contains(pattern)


def _with_cues(frame: pl.DataFrame) -> pl.DataFrame:
    cues = [*COARSE_MOVES, "question_open", "complex_reflection"]
    return (
        frame.lazy()
        .with_columns(straight_apostrophes(pl.col("text")).str.strip_chars().alias("_clean"))
        .with_columns(*[_cue(m).alias(f"_cue_{m}") for m in cues])
        .collect()
    )


def _refine(coarse: pl.Expr, simple_overlap: pl.Expr) -> pl.Expr:
    """Coarse move -> fine code: questions open or closed, reflections simple or complex, by the lexicon."""
    return (
        pl.when(coarse == "question")
        .then(pl.when(pl.col("_cue_question_open")).then(pl.lit("question_open")).otherwise(pl.lit("question_closed")))
        .when(coarse == "reflection")
        .then(
            pl.when(pl.col("_cue_complex_reflection") | ~simple_overlap)
            .then(pl.lit("reflection_complex"))
            .otherwise(pl.lit("reflection_simple"))
        )
        .otherwise(coarse)
    )


def _overlap_share(config: MovesConfig) -> pl.Expr:
    """Most of the turn's words come from the previous turn: a simple reflection repeats, a complex one adds."""
    words = pl.col("_clean").str.to_lowercase().str.extract_all(r"[a-z']+").list.unique()
    previous = pl.col("previous_text").fill_null("").str.to_lowercase().str.extract_all(r"[a-z']+")
    share = words.list.set_intersection(previous).list.len() / words.list.len().clip(1)
    return share >= config.simple_reflection_overlap


def _contained(primary: pl.Expr, simple_overlap: pl.Expr) -> pl.Expr:
    """Primary move first, then every other coarse move whose cue the turn shows, refined like the primary."""
    others = [
        pl.when(pl.col(f"_cue_{m}") & (coarse_of(primary) != m)).then(_refine(pl.lit(m), simple_overlap))
        for m in COARSE_MOVES
        if m != "other"
    ]
    return pl.concat_list(primary, *others).list.drop_nulls()


def _coded(frame: pl.DataFrame) -> pl.DataFrame:
    """The therapist turns that get a move. A turn with letters but none of the Latin script (the Chinese
    corpora) is left uncoded (move null): the model and the lexicons are English, so running them only
    spends time to call every such turn `other`. A turn with no letters at all ("...") is still coded."""
    latin_or_no_letters = has_latin_letter(pl.col("text")) | ~pl.col("text").str.contains(r"\p{L}")
    return frame.filter(pl.col("role") == "therapist", latin_or_no_letters)


def _framed(turns: pl.DataFrame) -> pl.DataFrame:
    return with_context(turns.with_columns(pl.int_range(pl.len(), dtype=pl.Int64).alias("_row")), "session_id")


def rule_moves(turns: pl.DataFrame, config: MovesConfig = DEFAULT_CONFIG.moves) -> pl.DataFrame:
    """Rules only: the first move in the lexicon's precedence whose cue the turn shows. Returns `(move, moves)`."""
    frame = _framed(turns)
    therapist = _with_cues(_coded(frame))
    order = lexicon()["precedence"]
    coarse = pl.coalesce(*[pl.when(pl.col(f"_cue_{m}")).then(pl.lit(m)) for m in order], pl.lit("other"))
    return _finish(frame, therapist.with_columns(coarse.alias("_coarse")), config)


def model_moves(
    turns: pl.DataFrame, config: MovesConfig = DEFAULT_CONFIG.moves, weights: pl.DataFrame | None = None
) -> pl.DataFrame:
    """`turns(session_id, turn_index, role, text)` -> `(move, moves)` per row; null for turns that are not
    the therapist's, and for therapist turns without Latin-script words (`_coded`)."""
    frame = _framed(turns)
    therapist = _coded(frame)
    wide = _default_wide_weights() if weights is None else _wide_weights(weights)
    columns = [c for c in wide.columns if c != "feature"]

    def scores(rows: pl.DataFrame) -> pl.DataFrame:
        feats = turn_features(rows)
        bias = rows.select("row", pl.lit(BIAS).alias("feature"), pl.lit(1.0).alias("value"))
        return (
            pl.concat([feats, bias], how="vertical_relaxed")
            .lazy()
            .join(wide.lazy(), on="feature")
            .select("row", *[(pl.col("value") * pl.col(c)).alias(c) for c in columns])
            .group_by("row")
            .sum()
            .collect()
        )

    # A turn's features depend on its own row (its context is already in columns): scored in slices, the
    # exploded features (some 50 rows a turn) never exist for the whole batch at once.
    sums = in_slices(
        therapist.select(pl.col("_row").alias("row"), "text", "previous_text", "next_text", "next_role"), scores
    )
    # Log-softmax within each head, across its columns (one row per turn: no long frame, no group-by).
    heads = sorted({c.split("|", 1)[0] for c in columns})
    logp = sums.select(
        "row",
        *[
            (pl.col(c) - pl.sum_horizontal([pl.col(o).exp() for o in columns if o.startswith(f"{head}|")]).log()).alias(
                c
            )
            for head in heads
            for c in columns
            if c.startswith(f"{head}|")
        ],
    )
    # How much each session reads like AnnoMI's transcribed speech rather than ESConv's typed chat, averaged
    # over its therapist turns; the head trained on that style leads, the other breaks ties within a group.
    spoken = (
        pl.col("style|annomi").exp().mean().over("session_id") if "style|annomi" in columns else pl.lit(0.5)
    ).alias("_spoken")
    tie_break = config.minority_head_weight
    weight = {"annomi": pl.col("_spoken") + tie_break, "esconv": 1.0 - pl.col("_spoken") + tie_break}
    # Each coarse move's joint score: its label's log-probability under each head that has it, weighted.
    terms: dict[str, list[pl.Expr]] = {}
    for move, head, label in _heads_table().iter_rows():
        if f"{head}|{label}" in columns and head in weight:
            terms.setdefault(move, []).append(pl.col(f"{head}|{label}") * weight[head])
    moves = sorted(terms)  # the first of equal scores wins: the move first by name, as ever
    best = (
        logp.join(therapist.select(pl.col("_row").alias("row"), "session_id"), on="row")
        .with_columns(spoken)
        .select(
            pl.col("row").alias("_row"),
            pl.concat_list([pl.sum_horizontal(terms[m]) for m in moves])
            .list.arg_max()
            .replace_strict(list(range(len(moves))), moves, return_dtype=pl.String)
            .alias("_coarse"),
        )
    )
    return _finish(frame, _with_cues(therapist.join(best, on="_row", how="left", maintain_order="left")), config)


def _finish(frame: pl.DataFrame, therapist: pl.DataFrame, config: MovesConfig) -> pl.DataFrame:
    """Moves of the therapist rows (cues are matched on those alone), back in `frame`'s row order; null for
    every other role."""
    # A column, not a shared expression: the overlap share appears in every refined move, and the lazy
    # engine's common-subexpression pass did not compute it once (0.7 s of a 10 MB batch's 1.8 s).
    simple_overlap = pl.col("_simple_overlap")
    primary = pl.col("move")
    labelled = (
        therapist.with_columns(_overlap_share(config).alias("_simple_overlap"))
        .select(
            "_row",
            _refine(pl.col("_coarse"), simple_overlap).alias("move"),
            *[pl.col(c) for c in therapist.columns if c.startswith("_cue_")],
            "_simple_overlap",
        )
        .select("_row", "move", _contained(primary, simple_overlap).alias("moves"))
    )
    return frame.select("_row").join(labelled, on="_row", how="left", maintain_order="left").drop("_row")


def label_moves(turns: pl.DataFrame, config: MovesConfig = DEFAULT_CONFIG.moves) -> pl.DataFrame:
    """The pipeline step: fill `move`/`moves` of the kept turns (the model, or the rules alone when configured)."""
    labelled = model_moves(turns, config) if config.use_model else rule_moves(turns, config)
    return turns.with_columns(labelled.get_column("move"), labelled.get_column("moves"))
