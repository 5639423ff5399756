"""session_quality: clean / repaired / flagged / rejected from a session's defects."""

from __future__ import annotations

import polars as pl

from transforms.defect_rows import DEFECT_SCHEMA
from transforms.quality import session_quality


def _defect(session_id: str, line: int | None, kind: str, severity: str, action: str) -> dict[str, object]:
    return {
        "defect_id": None, "source_id": "src", "session_id": session_id, "source_line": line,
        # Here each turn is on its own line, so the line doubles as the turn's position.
        "source_turn_index": line, "speaker": None,
        "defect_type": kind, "severity": severity, "action": action, "detail": "", "excerpt": "",
        "repaired_text": None,
    }  # fmt: skip


def _quality(n_turns_parsed: int, *defects: tuple[int | None, str, str, str]) -> tuple[str, int]:
    sessions = pl.DataFrame({"session_id": ["s1", "other"], "n_turns_parsed": [n_turns_parsed, 4]})
    frame = pl.DataFrame([_defect("s1", *d) for d in defects], schema=DEFECT_SCHEMA, orient="row")
    out = session_quality(sessions, frame)
    assert out.filter(pl.col("session_id") == "other").select("quality", "n_defects").row(0) == ("clean", 0)
    row = out.filter(pl.col("session_id") == "s1").row(0, named=True)
    return row["quality"], row["n_defects"]


def test_clean_when_only_info() -> None:
    assert _quality(10) == ("clean", 0)
    assert _quality(10, (3, "consecutive_speaker", "info", "flagged"), (4, "empty_turn", "info", "dropped")) == (
        "clean",
        0,
    )


def test_repaired_when_something_was_changed() -> None:
    assert _quality(10, (3, "mojibake", "warning", "repaired"), (5, "duplicate_turn", "warning", "dropped")) == (
        "repaired",
        2,
    )


def test_flagged_when_a_defect_was_left_in_place() -> None:
    assert _quality(10, (3, "mojibake", "warning", "repaired"), (7, "truncated_turn", "warning", "flagged")) == (
        "flagged",
        2,
    )


def test_rejected_when_half_the_turns_are_bad() -> None:
    bad = [(line, "refusal", "error", "flagged") for line in (2, 4, 6)]
    bad += [(8, "duplicate_turn", "warning", "dropped"), (8, "repetition_loop", "warning", "flagged")]
    assert _quality(8, *bad) == ("rejected", 5)
    assert _quality(9, *bad) == ("flagged", 5)


def test_rejected_when_labels_are_swapped() -> None:
    assert _quality(20, (None, "role_inversion", "error", "flagged")) == ("rejected", 1)
