"""Speech that looks like an export's furniture or a generator's artefact, and must stay speech: each file in
tests/fixtures/decoys/ is a case a review of the readers for research, messaging and other-language exports found
dropped or cut."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from flows.batch import process_batch
from schemas.validate import ValidatedBatch
from tests.transforms.detector_frames import session
from transforms.meta_text import strip_meta_text

DECOYS = Path(__file__).parent / "fixtures" / "decoys"


def _batch(name: str) -> ValidatedBatch:
    batch = process_batch([str(DECOYS / name)], {})
    assert batch.sources.item(0, "status") == "loaded", batch.sources.item(0, "error")
    return batch


def _text(batch: ValidatedBatch) -> str:
    return "\n".join(batch.turns.sort("source_line").get_column("text").to_list())


def test_a_rating_alone_on_its_line_in_an_email_is_no_page_number() -> None:
    batch = _batch("rating_on_its_own_line.txt")
    assert "Honestly about\n4/10\nmost days" in _text(batch)
    # ... and a header line like the file's first is no reprinted page header.
    assert batch.turns.height == 3


def test_read_by_monday_is_speech_outside_a_message_history() -> None:
    text = _text(_batch("read_by_monday.txt"))
    assert "Read by Monday, apparently." in text
    assert "Not yet read." in text


def test_a_received_picture_marked_read_is_an_empty_turn_not_a_delivery_row() -> None:
    batch = _batch("picture_marked_read.csv")
    # (The empty turn is dropped from the turns, with its defect row.)
    assert batch.turns.height == 4
    assert batch.defects.filter(pl.col("defect_type") == "empty_turn").get_column("source_line").to_list() == [4]


def test_media_bullets_outside_a_chat_file_are_stray_controls() -> None:
    batch = _batch("bullets_outside_chat.txt")
    assert not _text(batch).count("\x15")
    assert batch.defects.filter(pl.col("defect_type") == "control_characters").height == 1


def test_an_arabic_sentence_before_a_colon_is_no_speaker() -> None:
    batch = _batch("arabic_quote_before_colon.txt")
    assert set(batch.turns.get_column("role").to_list()) == {"therapist", "client"}
    assert "قالت لي أمي: أنت لا تفعل شيئا صحيحا." in _text(batch)


def test_a_clients_own_note_and_a_summary_in_a_nutshell_stay() -> None:
    text = _text(_batch("clients_own_note.txt"))
    assert "Note: a few lines of the diary were left out, they're about my sister and too private." in text
    assert "Here's the conversation, in a nutshell: he shouted" in text


def test_end_marks_and_drafted_replies_of_other_shapes_are_artefacts() -> None:
    for text, left in [
        ("That's all for today. [End of role play]", "That's all for today."),
        ("That's all for today. (End scene)", "That's all for today."),
        ("Draft reply: Hi Kit, thanks for writing.", "Hi Kit, thanks for writing."),
    ]:
        kept, found = strip_meta_text(session(("T", text)))
        assert found.height == 1, text
        assert kept.get_column("text").to_list() == [left]


def test_a_real_repeat_after_everyday_words_about_again_and_the_top() -> None:
    # "comes from the top", "Can we do this again next week?": no re-take asked for; the repeats are repeats.
    batch = _batch("repeat_after_next_week.txt")
    assert batch.defects.filter(pl.col("defect_type") == "duplicate_turn").get_column(
        "source_line"
    ).sort().to_list() == [
        3,
        7,
    ]


def test_an_intake_form_banner_is_no_take() -> None:
    assert _batch("intake_form_page.txt").sessions.height == 1


def test_uncased_speech_before_a_colon_after_a_cue_or_a_possessive_is_no_speaker() -> None:
    for name in ("arabic_quote_after_a_cue.txt", "arabic_patients_mother.txt"):
        batch = _batch(name)
        assert set(batch.turns.get_column("role").to_list()) == {"therapist", "client"}, name
        assert batch.defects.filter(pl.col("defect_type") == "unknown_speaker").is_empty(), name


def test_here_in_hindi_and_tagalog_and_sorry_in_thai_are_speech() -> None:
    for name in ("hindi_here.txt", "tagalog_here_is.txt", "thai_sorry.txt", "thai_ai_system.txt"):
        batch = _batch(name)
        kinds = batch.defects.get_column("defect_type").to_list()
        assert "meta_text" not in kinds and "refusal" not in kinds, name
    assert "यहाँ आकर बातचीत करने से" in _text(_batch("hindi_here.txt"))
