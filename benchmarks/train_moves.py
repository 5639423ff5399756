"""Train the counselling-move model: `make train-moves` (reads ../shared/corpora, writes transforms/data).

Three logistic-regression heads over the same n-gram features (transforms/moves_features.py): AnnoMI's four
therapist behaviours, ESConv's eight strategies (as move codes, transforms/data/move_labels.csv), and which of
the two corpora a turn reads like (`style`), which decides how much each session trusts each head. Only
the training part of each corpus is read (benchmarks/move_corpora.py splits by transcript), so the
benchmark's test transcripts stay unseen. The weights ship as one small parquet table
`(head, label, feature, weight)`; ingest applies them with a join, no scikit-learn at run time.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np
import polars as pl
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression

from benchmarks.move_corpora import CORPORA, annomi_turns, esconv_turns
from transforms.moves import BIAS, WEIGHTS_PATH, WEIGHTS_SCHEMA, move_labels
from transforms.moves_features import turn_features

# A feature seen in fewer training turns than this carries no weight (keeps the file small, the fit stable).
MIN_FEATURE_TURNS = 2
# Inverse L2 strength; 3 was best of 1/3/10 on the held-out transcripts of both corpora.
C = 3.0
# Weights smaller than this change no decision; dropping them keeps the shipped table small.
MIN_ABS_WEIGHT = 1e-3


def fit_head(head: str, train: pl.DataFrame) -> pl.DataFrame:
    """`train(text, previous_text, label)` -> that head's rows of the weights table."""
    rows = train.with_row_index("row").with_columns(pl.col("row").cast(pl.Int64))
    feats = turn_features(rows.select("row", "text", "previous_text"))
    vocab = (
        feats.group_by("feature").len().filter(pl.col("len") >= MIN_FEATURE_TURNS).sort("feature").with_row_index("col")
    )
    cells = feats.join(vocab, on="feature")
    x = sp.csr_matrix(
        (cells["value"].to_numpy(), (cells["row"].to_numpy(), cells["col"].cast(pl.Int64).to_numpy())),
        shape=(rows.height, vocab.height),
    )
    model = LogisticRegression(C=C, max_iter=2000).fit(x, rows["label"].to_numpy())
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


def main(corpora: Path = CORPORA, out: Path = WEIGHTS_PATH) -> None:
    started = time.perf_counter()
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
    weights = pl.concat([fit_head("annomi", annomi), fit_head("esconv", esconv), fit_head("style", style)])
    out.parent.mkdir(parents=True, exist_ok=True)
    weights.sort("head", "label", "feature").write_parquet(out, compression="zstd", compression_level=19)
    print(
        f"trained on {annomi.height} AnnoMI and {esconv.height} ESConv therapist turns in "
        f"{time.perf_counter() - started:.0f} s: {weights.height} weights, {out.stat().st_size / 1e6:.1f} MB -> {out}"
    )


if __name__ == "__main__":
    main()
