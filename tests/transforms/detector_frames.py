"""Small turns frames for the detector tests: one session per call, one turn a line."""

from __future__ import annotations

import polars as pl

ROLES = {"T": "therapist", "C": "client"}
LABELS = {"T": "Therapist", "C": "Client"}


def session(
    *turns: tuple[str, str], session_id: str = "s1", source_id: str = "src", first_line: int = 1
) -> pl.DataFrame:
    """`("T" | "C" | any other label, text)` pairs -> a turns frame; turn i sits at line first_line + i."""
    n = len(turns)
    return pl.DataFrame(
        {
            "source_id": [source_id] * n,
            "session_id": [session_id] * n,
            "source_turn_index": list(range(n)),
            "turn_index": list(range(n)),
            "source_line": [first_line + i for i in range(n)],
            "speaker": [LABELS.get(who, who) for who, _ in turns],
            "role": [ROLES.get(who, "unknown") for who, _ in turns],
            "text": [text for _, text in turns],
        },
        schema={
            "source_id": pl.String,
            "session_id": pl.String,
            "source_turn_index": pl.Int32,
            "turn_index": pl.Int32,
            "source_line": pl.Int64,
            "speaker": pl.String,
            "role": pl.String,
            "text": pl.String,
        },
    )


def lines(defects: pl.DataFrame) -> list[int]:
    """The flagged source_lines, sorted."""
    return sorted(int(x) for x in defects["source_line"].drop_nulls().to_list())
