"""Accuracy and macro-F1 of predicted labels against gold labels (polars; no scikit-learn needed)."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl


@dataclass(frozen=True)
class Agreement:
    n: int
    accuracy: float
    macro_f1: float
    per_label: pl.DataFrame  # label, support, precision, recall, f1


def agreement(gold: pl.Series, predicted: pl.Series) -> Agreement:
    """Macro-F1 averages over the gold labels (a label never predicted scores 0)."""
    pairs = pl.DataFrame({"gold": gold, "pred": predicted.fill_null("(none)")})
    labels = pairs.select(pl.col("gold").unique().sort()).to_series()
    rows = []
    for label in labels:
        tp = pairs.filter((pl.col("gold") == label) & (pl.col("pred") == label)).height
        support = pairs.filter(pl.col("gold") == label).height
        predicted_n = pairs.filter(pl.col("pred") == label).height
        precision = tp / predicted_n if predicted_n else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows.append((label, support, precision, recall, f1))
    per_label = pl.DataFrame(
        rows, schema={"label": pl.String, "support": pl.Int64, "precision": pl.Float64, "recall": pl.Float64,
                      "f1": pl.Float64}, orient="row",
    )  # fmt: skip
    accuracy = pairs.filter(pl.col("gold") == pl.col("pred")).height / max(pairs.height, 1)
    macro_f1 = sum(per_label["f1"].to_list()) / max(per_label.height, 1)
    return Agreement(pairs.height, accuracy, macro_f1, per_label)
