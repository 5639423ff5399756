"""Choose the move heads' settings without looking at the test transcripts: `python benchmarks/tune_moves.py`.

For each labelled head (AnnoMI behaviours, ESConv strategies as move codes) and each candidate setting,
grouped k-fold cross-validation over the training transcripts only (a transcript's turns are all in one
fold, as at test time), printing accuracy and macro-F1 of the out-of-fold predictions. The winner goes into
benchmarks/train_moves.py's SETTINGS; benchmarks/techniques.py then measures it once on the test part.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np
import polars as pl

from benchmarks.score_labels import agreement
from benchmarks.train_moves import HeadSettings, design, fit, training_turns

CANDIDATES = [
    HeadSettings(C=c, class_weight=w, reply=r)
    for r in (False, True)
    for w in (None, "balanced")
    for c in (1.0, 3.0, 10.0)
]


def folds_of(transcripts: pl.Series, k: int) -> np.ndarray:
    """Fold number of each turn: whole transcripts, spread by a hash of their id (stable across runs)."""
    return (transcripts.cast(pl.String).hash(seed=11) % k).to_numpy()


def cross_validate(turns: pl.DataFrame, settings: HeadSettings, k: int) -> tuple[float, float]:
    """Out-of-fold (accuracy, macro-F1) of one head's setting over `turns(transcript, ..., label)`."""
    fold = folds_of(turns["transcript"], k)
    predicted = np.empty(turns.height, dtype=object)
    for f in range(k):
        train, test = turns.filter(pl.Series(fold != f)), turns.filter(pl.Series(fold == f))
        x, vocab = design(train, settings.reply)
        model = fit(x, train["label"].to_numpy(), settings)
        predicted[fold == f] = model.predict(design(test, settings.reply, vocab)[0])
    result = agreement(turns["label"], pl.Series(predicted.astype(str)))
    return result.accuracy, result.macro_f1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--heads", nargs="+", default=["annomi", "esconv"])
    parser.add_argument("--only", type=int, nargs="*", help="indices of CANDIDATES to try (default: all)")
    args = parser.parse_args()
    heads = training_turns()
    for head in args.heads:
        for settings in [CANDIDATES[i] for i in args.only] if args.only else CANDIDATES:
            started = time.process_time()
            accuracy, macro_f1 = cross_validate(heads[head], settings, args.folds)
            print(
                f"{head:7s} C={settings.C:<5g} class_weight={settings.class_weight!s:9s} reply={settings.reply!s:5s}"
                f" accuracy {accuracy:.3f}"
                f"  macro-F1 {macro_f1:.3f}  ({time.process_time() - started:.0f} s CPU)",
                flush=True,
            )


if __name__ == "__main__":
    main()
