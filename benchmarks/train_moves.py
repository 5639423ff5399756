"""Train the counselling-move model: `make train-moves` (reads ../shared/corpora, writes transforms/data).

Three logistic-regression heads over the same n-gram features (transforms/moves_features.py): AnnoMI's four
therapist behaviours, ESConv's eight strategies (as move codes, transforms/data/move_labels.csv), and which of
the two corpora a turn reads like (`style`), which decides how much each session trusts each head. Only
the training part of each corpus is read (benchmarks/move_corpora.py splits by transcript), so the
benchmark's test transcripts stay unseen; the settings below were chosen by cross-validation grouped by
transcript inside that training part (benchmarks/tune_moves.py). The weights ship as one small parquet
table `(head, label, feature, weight)`; ingest applies them with a join, no scikit-learn at run time.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np
import polars as pl
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression

from benchmarks.move_corpora import CORPORA, annomi_turns, esconv_turns
from transforms.moves import BIAS, WEIGHTS_PATH, WEIGHTS_SCHEMA, move_labels
from transforms.moves_features import REPLY_PREFIX, turn_features

# A feature seen in fewer training turns than this carries no weight (keeps the file small, the fit stable).
MIN_FEATURE_TURNS = 2
# Weights smaller than this change no decision; dropping them keeps the shipped table small.
MIN_ABS_WEIGHT = 1e-3
CONTEXT = ("text", "previous_text", "next_text", "next_role")


@dataclass(frozen=True)
class HeadSettings:
    # Inverse L2 strength of the logistic regression.
    C: float
    # "balanced" weighs each label by the inverse of its frequency: macro-F1 counts rare labels as much as
    # common ones, so a head that under-predicts AnnoMI's therapist_input loses more than it gains.
    class_weight: str | None
    # Whether the head reads the reply that follows the turn (transforms/moves_features.py): it helps on
    # AnnoMI's sessions, and costs a little on ESConv's, where the seeker often types on regardless.
    reply: bool = True
    # One-vs-rest heads over features scaled by their naive-Bayes log-count ratio (NB-LR, Wang & Manning
    # 2012): a feature frequent in one strategy and rare elsewhere starts out weighted, which the L2 penalty
    # would otherwise shrink. The scaled weights fold back into one weight per feature and label.
    nb: bool = False


class NBLogistic:
    """One-vs-rest logistic regressions over naive-Bayes-scaled features, exposing the fitted `classes_`,
    `coef_` and `intercept_` of a linear model over the unscaled features (the ratios folded in)."""

    def __init__(self, settings: HeadSettings) -> None:
        self.settings = settings

    def fit(self, x: sp.csr_matrix, labels: np.ndarray) -> NBLogistic:
        self.classes_ = np.unique(labels)
        present = (x > 0).astype(np.float64)
        coef, intercept = [], []
        for label in self.classes_:
            mine = labels == label
            # Add-one smoothed share of each feature among this label's turns and among the others'.
            inside = np.asarray(present[mine].sum(axis=0)).ravel() + 1.0
            outside = np.asarray(present[~mine].sum(axis=0)).ravel() + 1.0
            ratio = np.log(inside / inside.sum()) - np.log(outside / outside.sum())
            model = LogisticRegression(C=self.settings.C, class_weight=self.settings.class_weight, max_iter=3000)
            model.fit(x @ sp.diags(ratio), mine.astype(int))
            coef.append(model.coef_[0] * ratio)
            intercept.append(model.intercept_[0])
        self.coef_, self.intercept_ = np.vstack(coef), np.asarray(intercept)
        return self

    def predict(self, x: sp.csr_matrix) -> np.ndarray:
        scores: np.ndarray = x @ self.coef_.T + self.intercept_
        return np.asarray(self.classes_[scores.argmax(axis=1)])


# Chosen by `python benchmarks/tune_moves.py` (grouped 3-fold cross-validation on the training transcripts):
# AnnoMI macro-F1 0.734 without the reply, 0.741 with it (C=3; C=1 and 10 and balanced weights within 0.01,
# balanced ties at 0.741 with lower accuracy); ESConv 0.477 plain, 0.485 balanced (C=3), 0.479 with the reply
# (balanced; its strategies barely depend on the seeker's next message, which often continues their own).
# NB-LR: ESConv accuracy 0.534 -> 0.547, macro-F1 0.485 -> 0.489; AnnoMI macro-F1 0.741 -> 0.731, so only ESConv.
SETTINGS = {
    "annomi": HeadSettings(C=3.0, class_weight=None),
    "esconv": HeadSettings(C=3.0, class_weight="balanced", reply=False, nb=True),
    "style": HeadSettings(C=3.0, class_weight=None, reply=False),
}


def design(train: pl.DataFrame, reply: bool, vocab: pl.DataFrame | None = None) -> tuple[sp.csr_matrix, pl.DataFrame]:
    """`train(text, previous_text, next_text, next_role)` -> (turns x features matrix, vocabulary). Without a
    vocabulary, it is every feature seen in at least MIN_FEATURE_TURNS of these turns (without the reply's
    features unless `reply`: a head that has no weight for them ignores them at ingest)."""
    rows = train.select(*CONTEXT).with_row_index("row").with_columns(pl.col("row").cast(pl.Int64))
    feats = turn_features(rows)
    if not reply:
        feats = feats.filter(~pl.col("feature").str.starts_with(REPLY_PREFIX))
    if vocab is None:
        vocab = (
            feats.group_by("feature")
            .len()
            .filter(pl.col("len") >= MIN_FEATURE_TURNS)
            .sort("feature")
            .select("feature", pl.int_range(pl.len(), dtype=pl.Int64).alias("col"))
        )
    cells = feats.join(vocab, on="feature")
    x = sp.csr_matrix(
        (cells["value"].to_numpy(), (cells["row"].to_numpy(), cells["col"].to_numpy())),
        shape=(rows.height, vocab.height),
    )
    return x, vocab


def fit(x: sp.csr_matrix, labels: np.ndarray, settings: HeadSettings) -> LogisticRegression | NBLogistic:
    if settings.nb:
        return NBLogistic(settings).fit(x, labels)
    model = LogisticRegression(C=settings.C, class_weight=settings.class_weight, max_iter=3000)
    return model.fit(x, labels)


def fit_head(head: str, train: pl.DataFrame, settings: HeadSettings) -> pl.DataFrame:
    """`train(text, previous_text, next_text, next_role, label)` -> that head's rows of the weights table."""
    x, vocab = design(train, settings.reply)
    model = fit(x, train["label"].to_numpy(), settings)
    classes = [str(c) for c in model.classes_]
    coef = np.asarray(model.coef_, dtype=np.float32)
    intercept = np.asarray(model.intercept_, dtype=np.float32)
    if len(classes) == 2:  # a binary model keeps one row of weights (for the second class): log-odds = 2 rows
        coef = np.vstack([-coef[0] / 2, coef[0] / 2])
        intercept = np.asarray([-intercept[0] / 2, intercept[0] / 2], dtype=np.float32)
    features = vocab["feature"].to_list()
    table = pl.DataFrame(
        {
            "head": head,
            "label": np.repeat(classes, len(features)),
            "feature": features * len(classes),
            "weight": coef.reshape(-1),
        }
    ).filter(pl.col("weight").abs() >= MIN_ABS_WEIGHT)
    bias = pl.DataFrame({"head": head, "label": classes, "feature": BIAS, "weight": intercept})
    return pl.concat([table, bias]).cast(WEIGHTS_SCHEMA)  # type: ignore[arg-type]


def training_turns(corpora: Path = CORPORA) -> dict[str, pl.DataFrame]:
    """The labelled therapist turns of each head's training transcripts: `(transcript, text, context..., label)`."""
    esconv_to_move = dict(zip(move_labels()["esconv"], move_labels()["move"], strict=True))
    esconv_to_move |= {"Question": "question", "Reflection of feelings": "reflection"}
    annomi = annomi_turns(corpora).filter(pl.col("role") == "therapist", ~pl.col("test"), pl.col("label").is_not_null())
    esconv = (
        esconv_turns(corpora)
        .filter(pl.col("role") == "therapist", ~pl.col("test"), pl.col("label").is_not_null())
        .with_columns(pl.col("label").replace_strict(esconv_to_move))
    )
    # Which corpus a turn reads like (transcribed speech or typed chat): each session trusts the head trained
    # on text like its own, the other head only breaks ties within a group.
    style = pl.concat(
        [annomi.with_columns(pl.lit("annomi").alias("label")), esconv.with_columns(pl.lit("esconv").alias("label"))]
    )
    return {"annomi": annomi, "esconv": esconv, "style": style}


def main(corpora: Path = CORPORA, out: Path = WEIGHTS_PATH) -> None:
    started = time.perf_counter()
    heads = training_turns(corpora)
    weights = pl.concat([fit_head(head, turns, SETTINGS[head]) for head, turns in heads.items()])
    out.parent.mkdir(parents=True, exist_ok=True)
    weights.sort("head", "label", "feature").write_parquet(out, compression="zstd", compression_level=19)
    print(
        f"trained on {heads['annomi'].height} AnnoMI and {heads['esconv'].height} ESConv therapist turns in "
        f"{time.perf_counter() - started:.0f} s: {weights.height} weights, {out.stat().st_size / 1e6:.1f} MB -> {out}"
    )


if __name__ == "__main__":
    main()
