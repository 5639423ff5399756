"""transform_texts on a small batch: sessions, turns, defects, techniques, reconciliation counts, ids."""

from __future__ import annotations

import re

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from transforms.defect_rows import DEFECT_SCHEMA
from transforms.ids import sha256_hex
from transforms.pipeline import SESSION_SCHEMA, TURN_SCHEMA, TransformedBatch, transform_texts

SHA_A = "a1" * 32
SHA_B = "b2" * 32

# Line numbers matter: the assertions below refer to them.
FILE_A = (
    "Session Summary:\n"  # 1
    "1. Main topics discussed:\n"  # 2
    "- Sleep problems since the promotion\n"  # 3
    "2. Techniques/exercises introduced:\n"  # 4
    "- Box breathing\n"  # 5
    "- Thought record\n"  # 6
    "\n"  # 7
    "Therapist: Welcome back. How has your sleep been this week?\n"  # 8
    "Client: Honestly, not great. I keep waking up at three.\n"  # 9
    "Therapist: What goes through your mind when you wake up?\n"  # 10
    "Client: Lists, mostly.\n"  # 11
    "It was everything\u00e2\u20ac\u201dschool, work, my mum.\n"  # 12 (mojibake)
    "Therapist: Mm-hmm.\n"  # 13
    "Client: Honestly, not great.  I keep waking up at three.\n"  # 14 (duplicate of 9)
    "Therapist: Mm-hmm.\n"  # 15 (backchannel: kept)
    "Client:\n"  # 16 (empty turn)
    "Therapist: Let's try the breathing exercise together.\n"  # 17
    "---\n"  # 18
    "Therapist: Good to see you again. Where would you like to start today?\n"  # 19
    "Client: Honestly, not great. I keep waking up at three.\n"  # 20 (other session: kept)
    "Therapist: That sounds really draining for you.\n"  # 21
)
FILE_B = (
    "Therapist: What brings you in today?\n"  # 1
    "Client: My GP suggested I talk to someone about the panic attacks.\n"  # 2
    "Therapist: When did you first notice them?\n"  # 3
    "Client: About six months ago, on the train. I couldn\ufffdt breathe.\n"  # 4 (undecodable byte)
    "===\n"  # 5
    "Recording stopped by the therapist.\n"  # 6 (stray)
)


def _files(*items: tuple[str, str, str]) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "source_id": [i[0] for i in items],
            "path": [f"raw/{i[0]}.txt" for i in items],
            "sha256": [i[1] for i in items],
            "text": [i[2] for i in items],
        }
    )


FILES = _files(("a", SHA_A, FILE_A), ("b", SHA_B, FILE_B))


@pytest.fixture(scope="module")
def batch() -> TransformedBatch:
    return transform_texts(FILES)


def _session_id(batch: TransformedBatch, source_id: str, session_index: int) -> str:
    ids = batch.sessions.filter((pl.col("source_id") == source_id) & (pl.col("session_index") == session_index))[
        "session_id"
    ]
    assert ids.len() == 1
    return str(ids.item())


def _turns_of(batch: TransformedBatch, source_id: str, session_index: int) -> pl.DataFrame:
    return batch.turns.filter(pl.col("session_id") == _session_id(batch, source_id, session_index)).sort("turn_index")


def test_schemas(batch: TransformedBatch) -> None:
    assert batch.sessions.schema == pl.Schema(SESSION_SCHEMA)
    assert batch.turns.schema == pl.Schema(TURN_SCHEMA)
    assert batch.defects.schema == pl.Schema(DEFECT_SCHEMA)


def test_sessions_and_their_counts(batch: TransformedBatch) -> None:
    rows = batch.sessions.select(
        "source_id",
        "source_path",
        "session_index",
        "source_line",
        "n_turns",
        "n_turns_parsed",
        "n_therapist_turns",
        "n_client_turns",
        "n_unknown_turns",
    ).rows()
    assert rows == [
        ("a", "raw/a.txt", 0, 1, 7, 9, 5, 2, 0),
        ("a", "raw/a.txt", 1, 19, 3, 3, 2, 1, 0),
        ("b", "raw/b.txt", 0, 1, 4, 4, 2, 2, 0),
    ]


def test_session_ids_are_content_addressed(batch: TransformedBatch) -> None:
    assert _session_id(batch, "a", 0) == sha256_hex(f"a\x1f{SHA_A}\x1f0")
    assert _session_id(batch, "a", 1) == sha256_hex(f"a\x1f{SHA_A}\x1f1")
    assert _session_id(batch, "b", 0) == sha256_hex(f"b\x1f{SHA_B}\x1f0")
    changed = transform_texts(_files(("a", "c3" * 32, FILE_A)))
    assert set(changed.sessions["session_id"]).isdisjoint(batch.sessions["session_id"])


def test_summary_only_on_the_session_with_a_header(batch: TransformedBatch) -> None:
    assert batch.sessions["summary_text"].to_list() == [FILE_A.split("\n\n")[0], None, None]
    summary = batch.sessions["summary"][0]
    assert summary["topics"] == ["Sleep problems since the promotion"]
    assert summary["techniques"] == ["Box breathing", "Thought record"]
    assert batch.sessions["summary"][1] is None


def test_turns_after_drops_have_contiguous_turn_index(batch: TransformedBatch) -> None:
    turns = _turns_of(batch, "a", 0)
    assert turns.select("turn_index", "source_turn_index", "source_line", "role").rows() == [
        (0, 0, 8, "therapist"),
        (1, 1, 9, "client"),
        (2, 2, 10, "therapist"),
        (3, 3, 11, "client"),
        (4, 4, 13, "therapist"),
        (5, 6, 15, "therapist"),
        (6, 8, 17, "therapist"),
    ]
    assert batch.turns.height == 14
    for session_id, group in batch.turns.group_by("session_id"):
        assert sorted(group["turn_index"].to_list()) == list(range(group.height)), session_id


def test_turn_text_is_repaired_and_measured(batch: TransformedBatch) -> None:
    turn = _turns_of(batch, "a", 0).filter(pl.col("source_line") == 11).row(0, named=True)
    assert turn["text"] == "Lists, mostly.\nIt was everything\u2014school, work, my mum."
    assert turn["speaker"] == "Client"
    assert turn["word_count"] == 8
    assert turn["char_count"] == len(turn["text"])


def test_repeats_across_sessions_and_backchannels_are_kept(batch: TransformedBatch) -> None:
    second = _turns_of(batch, "a", 1)
    assert second["text"].to_list() == [
        "Good to see you again. Where would you like to start today?",
        "Honestly, not great. I keep waking up at three.",
        "That sounds really draining for you.",
    ]
    assert _turns_of(batch, "a", 0)["text"].to_list().count("Mm-hmm.") == 2


def test_defect_rows(batch: TransformedBatch) -> None:
    rows = batch.defects.select(
        "source_id", "source_line", "defect_type", "severity", "action", "excerpt", "repaired_text"
    ).rows()
    assert sorted(rows, key=lambda r: (r[0], r[1])) == [
        (
            "a",
            11,
            "mojibake",
            "warning",
            "repaired",
            "Lists, mostly.\nIt was everything\u00e2\u20ac\u201dschool, work, my mum.",
            "Lists, mostly.\nIt was everything\u2014school, work, my mum.",
        ),
        ("a", 14, "duplicate_turn", "warning", "dropped", "Honestly, not great.  I keep waking up at three.", None),
        # Once the repeat at 14 and the empty turn at 16 are gone, the same role speaks twice in a row.
        ("a", 15, "consecutive_speaker", "info", "flagged", "Mm-hmm.", None),
        ("a", 16, "empty_turn", "info", "dropped", "", None),
        ("a", 17, "consecutive_speaker", "info", "flagged", "Let's try the breathing exercise together.", None),
        (
            "b",
            4,
            "encoding_error",
            "warning",
            "repaired",
            "About six months ago, on the train. I couldn\ufffdt breathe.",
            None,
        ),
        ("b", 6, "unparseable_line", "warning", "flagged", "Recording stopped by the therapist.", None),
    ]


def _defect(batch: TransformedBatch, defect_type: str) -> dict[str, object]:
    found = batch.defects.filter(pl.col("defect_type") == defect_type)
    assert found.height == 1
    return found.row(0, named=True)


def test_duplicate_turn_defect_details(batch: TransformedBatch) -> None:
    defect = _defect(batch, "duplicate_turn")
    assert defect["session_id"] == _session_id(batch, "a", 0)
    assert defect["detail"] == "exact repeat of the client turn at line 9"


def test_mojibake_defect_points_at_the_owning_turn(batch: TransformedBatch) -> None:
    defect = _defect(batch, "mojibake")
    assert defect["session_id"] == _session_id(batch, "a", 0)
    assert defect["source_line"] == 11  # label line of the turn that owns line 12
    assert defect["detail"] == "text decoded with the wrong codec, repaired with ftfy"


def test_encoding_error_and_stray_defect_details(batch: TransformedBatch) -> None:
    encoding = _defect(batch, "encoding_error")
    assert encoding["session_id"] == _session_id(batch, "b", 0)
    assert encoding["detail"] == "1 byte sequence(s) no codec explains, replaced with U+FFFD"
    # A stray line after a session's turns is that session's: its quality counts it.
    stray = _defect(batch, "unparseable_line")
    assert stray["session_id"] == _session_id(batch, "b", 0)
    empty = _defect(batch, "empty_turn")
    assert empty["detail"] == "label 'Client' with no text"


def test_defect_ids_are_unique_hex(batch: TransformedBatch) -> None:
    ids = batch.defects["defect_id"].to_list()
    assert len(set(ids)) == len(ids) == 7
    assert all(re.fullmatch(r"[0-9a-f]{16}", i) for i in ids)


def test_techniques_come_from_the_summary_and_the_dialogue(batch: TransformedBatch) -> None:
    session = _session_id(batch, "a", 0)
    assert batch.techniques.select(
        "session_id", "technique", "source", "source_line", "evidence", "confidence"
    ).rows() == [
        (session, "breathing_exercise", "summary", None, "Box breathing", 1.0),
        (session, "thought_record", "summary", None, "Thought record", 1.0),
        # "Let's try ... together": proposed and practised, so the strong confidence.
        (session, "breathing_exercise", "dialogue", 17, "breathing exercise", 0.9),
    ]


def test_therapist_turns_get_moves(batch: TransformedBatch) -> None:
    turns = batch.turns.filter(pl.col("source_id") == "a").sort("session_id", "turn_index")
    roles_moves = turns.select("role", "move").rows()
    assert all((move is None) == (role != "therapist") for role, move in roles_moves)
    by_text = dict(turns.select("text", "move").rows())
    assert by_text["What goes through your mind when you wake up?"] == "question_open"
    assert by_text["Mm-hmm."] == "other"


def test_turns_parsed_counts_before_drops(batch: TransformedBatch) -> None:
    assert dict(batch.turns_parsed.sort("source_id").rows()) == {"a": 12, "b": 4}
    assert batch.files_without_turns == []


def test_file_without_labels_is_listed_and_produces_nothing() -> None:
    notes = "Meeting notes\nBring the consent forms next time.\n"
    result = transform_texts(_files(("b", SHA_B, FILE_B), ("n", "d4" * 32, notes)))
    assert result.files_without_turns == ["n"]
    assert result.sessions["source_id"].to_list() == ["b"]
    assert set(result.turns["source_id"]) == {"b"}
    assert "n" not in set(result.defects["source_id"])
    assert result.turns_parsed.rows() == [("b", 4)]


def test_batch_with_only_clean_text_has_an_empty_typed_defects_frame() -> None:
    clean = "Therapist: How are you today?\nClient: A bit better, thanks.\n"
    result = transform_texts(_files(("c", "e5" * 32, clean)))
    assert result.defects.height == 0
    assert result.defects.schema == pl.Schema(DEFECT_SCHEMA)
    assert result.turns["turn_index"].to_list() == [0, 1]


def test_same_input_twice_gives_identical_frames() -> None:
    first, second = transform_texts(FILES), transform_texts(FILES.clone())
    assert_frame_equal(first.sessions, second.sessions)
    assert_frame_equal(first.turns, second.turns)
    assert_frame_equal(first.defects, second.defects)
    assert_frame_equal(first.techniques, second.techniques)
    # turns_parsed comes from an unordered group_by: same content, row order not promised.
    assert_frame_equal(first.turns_parsed.sort("source_id"), second.turns_parsed.sort("source_id"))
    assert first.files_without_turns == second.files_without_turns


def test_replacement_characters_already_in_the_file_are_mojibake_and_lost_apostrophes_come_back() -> None:
    text = (
        "Therapist: How was the week?\n"
        "Client: My partner\ufffds daughter won\ufffdt speak to me.\n"  # 2: lost apostrophes
        "Therapist: That sounds painful.\n"
        "Client: We went to the caf\ufffd anyway.\n"  # 4: a lost letter nothing can restore
    )
    # The decoder replaced nothing in "up" (valid UTF-8): any U+FFFD came with the file. In "own" it replaced one.
    files = _files(("up", SHA_A, text), ("own", SHA_B, text)).with_columns(
        pl.Series("replaced_sequences", [0, 1], dtype=pl.Int64)
    )
    batch = transform_texts(files)
    rows = batch.defects.filter(pl.col("defect_type").is_in(["mojibake", "encoding_error"])).sort(
        "source_id", "source_line"
    )
    assert rows.select("source_id", "source_line", "defect_type", "action").rows() == [
        ("own", 2, "encoding_error", "repaired"),
        ("own", 4, "encoding_error", "repaired"),
        ("up", 2, "mojibake", "repaired"),
        ("up", 4, "mojibake", "flagged"),
    ]
    up = _turns_of(batch, "up", 0)["text"].to_list()
    assert up[1] == "My partner\u2019s daughter won\u2019t speak to me."
    assert up[3] == "We went to the caf\ufffd anyway."


def test_a_generators_announcement_above_the_first_turn_is_meta_text_not_header() -> None:
    text = (
        "Session 3, sleep\n"
        "Here is a realistic counselling dialogue between a therapist and a client:\n"
        "Therapist: How has the sleep been?\n"
        "Client: Worse since Tuesday.\n"
    )
    batch = transform_texts(_files(("g", SHA_A, text)))
    assert batch.defects.select("source_line", "defect_type").rows() == [(2, "meta_text")]
    assert batch.sessions["summary_text"].to_list() == ["Session 3, sleep"]


def test_a_files_own_furniture_above_a_session_stays_its_header() -> None:
    text = "[Transcript 2 of 3 follows]\nTherapist: How has the sleep been?\nClient: Worse since Tuesday.\n"
    batch = transform_texts(_files(("f", SHA_A, text)))
    assert batch.defects.is_empty()
    assert batch.sessions["summary_text"].to_list() == ["[Transcript 2 of 3 follows]"]
