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
from dataclasses import replace
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np
import polars as pl

from benchmarks.move_corpora import annomi_turns
from benchmarks.score_labels import agreement
from benchmarks.train_moves import SETTINGS, HeadSettings, design, fit, fit_head, training_turns
from transforms.config import DEFAULT_CONFIG
from transforms.moves import load_weights, model_moves, move_labels

CANDIDATES = [
    HeadSettings(C=c, class_weight=w, reply=r)
    for r in (False, True)
    for w in (None, "balanced")
    for c in (1.0, 3.0, 10.0)
] + [HeadSettings(C=c, class_weight="balanced", reply=False, nb=True) for c in (3.0, 10.0)]


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


def tune_minority_weight(k: int, candidates: tuple[float, ...] = (0.0, 0.05, 0.1, 0.2, 0.4)) -> None:
    """AnnoMI macro-F1 of the whole move step (both heads, style, mapping) for each `minority_head_weight`,
    out of fold: the AnnoMI head is refitted without each fold's transcripts and run on them. The ESConv head
    never saw AnnoMI; the shipped style head did see these transcripts (it only says they are speech)."""
    turns = annomi_turns().filter(~pl.col("test")).rename({"transcript": "session_id"})
    labelled = training_turns()["annomi"]
    shipped = load_weights().filter(pl.col("head") != "annomi")
    mapping = move_labels().select("move", pl.col("annomi").alias("mapped"))
    fold = folds_of(turns["session_id"], k)
    scored: dict[float, list[pl.DataFrame]] = {w: [] for w in candidates}
    for f in range(k):
        test = turns.filter(pl.Series(fold == f))
        train = labelled.filter(~pl.col("transcript").is_in(test["session_id"].unique().implode()))
        weights = pl.concat([fit_head("annomi", train, SETTINGS["annomi"]), shipped])
        for w in candidates:
            config = replace(DEFAULT_CONFIG.moves, minority_head_weight=w)
            moves = test.with_columns(model_moves(test, config, weights).get_column("move"))
            scored[w].append(moves.filter(pl.col("role") == "therapist", pl.col("label").is_not_null()))
    for w, parts in scored.items():
        both = pl.concat(parts).join(mapping, on="move", how="left", maintain_order="left")
        result = agreement(both["label"], both["mapped"])
        print(f"minority_head_weight={w:<5g} AnnoMI accuracy {result.accuracy:.3f}  macro-F1 {result.macro_f1:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--heads", nargs="+", default=["annomi", "esconv"])
    parser.add_argument("--only", type=int, nargs="*", help="indices of CANDIDATES to try (default: all)")
    parser.add_argument("--joint", action="store_true", help="tune MovesConfig.minority_head_weight instead")
    args = parser.parse_args()
    if args.joint:
        tune_minority_weight(args.folds)
        return
    heads = training_turns()
    for head in args.heads:
        for settings in [CANDIDATES[i] for i in args.only] if args.only else CANDIDATES:
            started = time.process_time()
            accuracy, macro_f1 = cross_validate(heads[head], settings, args.folds)
            print(
                f"{head:7s} C={settings.C:<5g} class_weight={settings.class_weight!s:9s} reply={settings.reply!s:5s}"
                f" nb={settings.nb!s:5s}"
                f" accuracy {accuracy:.3f}"
                f"  macro-F1 {macro_f1:.3f}  ({time.process_time() - started:.0f} s CPU)",
                flush=True,
            )


if __name__ == "__main__":
    main()
