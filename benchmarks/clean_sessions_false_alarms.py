"""Defect false alarms on sessions written to be clean: the hand-labelled technique sets.

    python benchmarks/clean_sessions_false_alarms.py

Every labelled session in benchmarks/labelled_sessions*.py was written (most by helpers who never saw the detectors)
as an ordinary, defect-free counselling session: a CBT hour, a crisis text line, a spoken transcript with fillers, an
LLM-generated session with headings. So every defect row above info level the pipeline reports on them is a false
alarm. This prints, per set, the turns read and each such row with its line, for reading rather than for a score:
the sets also hold deliberate near misses of the technique cues (a counsellor's own boundaries, a client voicing
kind words when asked to), which are exactly the turns defect detectors trip on.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import polars as pl

from benchmarks.labelled_sessions import LABELLED_SESSIONS, LabelledSession
from benchmarks.labelled_sessions_blind import BLIND_SESSIONS
from benchmarks.techniques import BLIND_SETS
from transforms.pipeline import transform_texts

SETS: dict[str, dict[str, LabelledSession]] = {
    "labelled": LABELLED_SESSIONS,
    "blind": BLIND_SESSIONS,
    **{key: sessions for key, _, sessions in BLIND_SETS},
}


def false_alarms(sessions: dict[str, LabelledSession]) -> tuple[int, pl.DataFrame]:
    """(turns read, defect rows above info level) for one set's sessions, each session a file of its own."""
    files = pl.DataFrame(
        {
            "source_id": list(sessions),
            "path": list(sessions),
            "sha256": list(sessions),
            "text": [session.text for session in sessions.values()],
        }
    )
    batch = transform_texts(files)
    rows = batch.defects.filter(pl.col("severity") != "info").select(
        "source_id", "source_line", "defect_type", "detail"
    )
    return batch.turns.height, rows


def main() -> None:
    total_turns = total_rows = 0
    for name, sessions in SETS.items():
        turns, rows = false_alarms(sessions)
        total_turns += turns
        total_rows += rows.height
        print(f"{name:10s} {len(sessions):3d} sessions {turns:5d} turns  {rows.height} defect rows above info level")
        for source_id, line, kind, detail in rows.iter_rows():
            text = sessions[source_id].text.split("\n")[line - 1] if line else ""
            print(f"    {kind:16s} {source_id}:{line}  {detail[:80]}\n        {text[:150]}")
    share = total_rows / total_turns if total_turns else 0.0
    print(f"all sets: {total_rows} false rows over {total_turns} turns ({share:.2%})")


if __name__ == "__main__":
    main()
