"""Therapist turns of AnnoMI and ESConv with their human labels, split by transcript for training and testing.

Shared by the trainer (benchmarks/train_moves.py) and the benchmark (benchmarks/techniques.py), so both see
the same split: a transcript is in the test part when a hash of its id says so, never by chance per run.
"""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from transforms.moves_features import with_context

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
# One transcript in this many is held out for testing (AnnoMI; ESConv ships its own test file).
TEST_EVERY = 5


def _held_out(key: pl.Expr) -> pl.Expr:
    return key.cast(pl.String).hash(seed=5) % TEST_EVERY == 0


def annomi_turns(corpora: Path = CORPORA) -> pl.DataFrame:
    """`(corpus, transcript, turn_index, role, text, label, test)` and the context columns of
    `with_context` (previous_text, next_text, next_role) for every AnnoMI utterance."""
    raw = pl.read_csv(corpora / "annomi" / "AnnoMI-simple.csv", infer_schema=False)
    frame = (
        raw.with_columns(
            pl.col("transcript_id").cast(pl.Int64).alias("transcript"),
            pl.col("utterance_id").cast(pl.Int64).alias("turn_index"),
        )
        .sort("transcript", "turn_index")
        .select(
            pl.lit("annomi").alias("corpus"),
            pl.col("transcript").cast(pl.String),
            "turn_index",
            pl.col("interlocutor").alias("role"),
            pl.col("utterance_text").alias("text"),
            pl.when(pl.col("interlocutor") == "therapist").then(pl.col("main_therapist_behaviour")).alias("label"),
            _held_out(pl.col("transcript")).alias("test"),
        )
    )
    return with_context(frame, "transcript")


def esconv_turns(corpora: Path = CORPORA) -> pl.DataFrame:
    """Same columns for ESConv (fado_reformat): train and valid files train, the test file tests."""
    frames = []
    for part in ("train", "valid", "test"):
        lines = (corpora / "esconv" / "fado_reformat" / f"{part}.txt").read_text(encoding="utf-8").splitlines()
        rows = [
            (f"{part}-{n}", i, turn["speaker"], turn["text"], turn.get("strategy"))
            for n, line in enumerate(lines)
            if line.strip()
            for i, turn in enumerate(json.loads(line)["dialog"])
        ]
        frames.append(
            pl.DataFrame(
                rows,
                schema={"transcript": pl.String, "turn_index": pl.Int64, "speaker": pl.String, "text": pl.String,
                        "label": pl.String},
                orient="row",
            ).with_columns(pl.lit(part == "test").alias("test"))
        )  # fmt: skip
    frame = pl.concat(frames).select(
        pl.lit("esconv").alias("corpus"),
        "transcript",
        "turn_index",
        pl.col("speaker").replace_strict({"sys": "therapist", "usr": "client"}).alias("role"),
        "text",
        pl.when(pl.col("speaker") == "sys").then(pl.col("label")).alias("label"),
        "test",
    )
    return with_context(frame, "transcript")
