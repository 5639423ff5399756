"""content_hashes, find_duplicate_sessions and duplicate_session_defects: a session whose normalised
content was already seen, in the batch or in the warehouse, is dropped with its turns kept as JSON."""

from __future__ import annotations

import json

import polars as pl

from tests.transforms.detector_frames import session
from transforms.duplicate_sessions import (
    content_hashes,
    duplicate_session_defects,
    find_duplicate_sessions,
    without_flags_of,
)
from transforms.pipeline import transform_texts

BASE = [("T", "What brings you in today?"), ("C", "My GP said I should talk to someone.")]
NO_EARLIER = pl.DataFrame(
    schema={"content_hash": pl.String, "original_session_id": pl.String, "original_path": pl.String}
)


def _sessions(*variants: list[tuple[str, str]]) -> tuple[pl.DataFrame, pl.DataFrame]:
    turns = pl.concat([session(*v, session_id=f"s{i}", source_id=f"f{i}") for i, v in enumerate(variants)])
    sessions = pl.DataFrame(
        {
            "session_id": [f"s{i}" for i in range(len(variants))],
            "source_id": [f"f{i}" for i in range(len(variants))],
            "source_path": [f"raw/f{i}.txt" for i in range(len(variants))],
            "session_index": [0] * len(variants),
        }
    ).join(content_hashes(turns), on="session_id", maintain_order="left")
    return sessions, turns


def _duplicates(*variants: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    sessions, _ = _sessions(*variants)
    return find_duplicate_sessions(sessions, NO_EARLIER).rows()


def test_same_content_in_another_shape_is_a_duplicate() -> None:
    reshaped = [("T", "what brings you in today"), ("C", "My GP said  I should talk to someone!")]
    assert _duplicates(BASE, reshaped, BASE) == [
        ("s1", "s0", "raw/f0.txt (session 0)"),
        ("s2", "s0", "raw/f0.txt (session 0)"),
    ]


def test_different_content_roles_or_order_is_not_a_duplicate() -> None:
    swapped_roles = [("C", BASE[0][1]), ("T", BASE[1][1])]
    reordered = [BASE[1], BASE[0]]
    longer = [*BASE, ("T", "Okay.")]
    assert _duplicates(BASE, swapped_roles, reordered, longer) == []


def test_a_session_already_in_the_warehouse() -> None:
    sessions, _ = _sessions(BASE)
    earlier = pl.DataFrame(
        {"content_hash": sessions["content_hash"], "original_session_id": ["old"], "original_path": ["raw/old.txt"]}
    )
    assert find_duplicate_sessions(sessions, earlier).rows() == [("s0", "old", "raw/old.txt")]


def test_the_dropped_copy_keeps_its_turns_as_json() -> None:
    sessions, turns = _sessions(BASE, BASE)
    duplicates = find_duplicate_sessions(sessions, NO_EARLIER)
    found = duplicate_session_defects(duplicates, sessions, turns)
    row = found.row(0, named=True)
    # The row sits where the dropped copy starts: its first turn's line.
    assert (row["session_id"], row["source_line"], row["action"], row["detail"]) == (
        "s1",
        1,
        "dropped",
        "same content as session s0 from raw/f0.txt (session 0)",
    )
    assert json.loads(row["excerpt"]) == [
        {"source_line": 1, "speaker": "Therapist", "text": BASE[0][1]},
        {"source_line": 2, "speaker": "Client", "text": BASE[1][1]},
    ]


def test_a_copy_with_mojibake_is_still_a_duplicate() -> None:
    # The same session saved once as UTF-8 and once mis-decoded: the flow repairs the mojibake, then should see
    # the same content (hashes are taken once mojibake is repaired).
    clean = "Therapist: What\u2019s been on your mind?\nClient: I can\u2019t sleep \u2014 not since May.\n"
    mangled = clean.encode("utf-8").decode("cp1252", errors="replace")
    files = pl.DataFrame(
        {"source_id": ["a", "b"], "path": ["raw/a.txt", "raw/b.txt"], "sha256": ["a" * 64, "b" * 64],
         "text": [clean, mangled]}
    )  # fmt: skip
    batch = transform_texts(files)
    assert "mojibake" in batch.defects["defect_type"].to_list()
    assert batch.defects.filter(pl.col("defect_type") == "duplicate_session").height == 1


def test_a_dropped_copy_takes_its_flags_with_it_and_keeps_its_dropped_turns() -> None:
    # A copy of a session with a cut turn (flagged) and an exact repeat (dropped): the copy's flag would point at a
    # session no table holds and count the cut twice; its repeat's row keeps the text the file had.
    text = (
        "Therapist: What has been on your mind since we last met, and how has your week been going?\n"
        "Client: Mostly the move. I keep making lists and then losing them somewhere in the boxes.\n"
        "Client: Mostly the move. I keep making lists and then losing them somewhere in the boxes.\n"
        "Therapist: That sounds like a lot to carry. What would help most this week, do you think?\n"
        "Client: Honestly I think if I could just get the kitchen unpacked then I would be able to\n"
    )
    files = pl.DataFrame(
        {"source_id": ["a", "b"], "path": ["raw/a.txt", "raw/b.txt"], "sha256": ["a" * 64, "b" * 64],
         "text": [text, text]}
    )  # fmt: skip
    batch = transform_texts(files)
    kinds = batch.defects.group_by("source_id", "defect_type").len().sort("source_id", "defect_type").rows()
    assert ("a", "truncated_turn", 1) in kinds and ("a", "duplicate_turn", 1) in kinds
    assert [(kind, n) for source, kind, n in kinds if source == "b"] == [
        ("duplicate_session", 1),
        ("duplicate_turn", 1),
    ]
    assert batch.sessions["source_id"].to_list() == ["a"]


def test_rows_of_no_session_stay_when_a_duplicate_is_dropped() -> None:
    defects = pl.DataFrame(
        {
            "session_id": ["s0", "s1", "s1", None],
            "action": ["flagged", "flagged", "dropped", "flagged"],
            "defect_type": ["truncated_turn", "truncated_turn", "duplicate_turn", "unparseable_line"],
        }
    )
    kept = without_flags_of(defects, pl.DataFrame({"session_id": ["s1"]}))
    assert kept.rows() == [
        ("s0", "flagged", "truncated_turn"),
        ("s1", "dropped", "duplicate_turn"),
        (None, "flagged", "unparseable_line"),
    ]
