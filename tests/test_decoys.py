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


# Stop 29: a review of the day's readers (a chat with a model read as the frame around generated sessions, clause
# words in more languages, Windows-1254, Chinese session numbers, HTML lines) reproduced these; each stays speech.


def test_a_chatbot_that_counsels_keeps_its_turns_whatever_it_lists() -> None:
    # Its tips (`Sleep:`, `Movement:`), a script it suggests (`You:` / `Mom:`): no generated session inside.
    for name, speakers in (
        ("chatbot_lists_tips.txt", {"You said", "ChatGPT said"}),
        ("chatbot_suggests_a_script.txt", {"User", "AI"}),
    ):
        batch = _batch(name)
        assert speakers <= set(batch.turns.get_column("speaker").to_list()), name
        assert batch.defects.filter(pl.col("defect_type") == "meta_text").is_empty(), name


def test_a_session_pasted_by_the_user_for_feedback_stays_a_session() -> None:
    batch = _batch("user_pastes_a_session_for_feedback.txt")
    assert {"Counsellor", "Client", "User", "Assistant"} <= set(batch.turns.get_column("speaker").to_list())
    assert batch.defects.filter(pl.col("defect_type").is_in(["meta_text", "unknown_speaker"])).is_empty()


def test_a_sentence_opening_with_a_consultation_number_is_no_session_heading() -> None:
    batch = _batch("chinese_first_consultation_in_a_sentence.txt")
    assert batch.sessions.height == 1
    assert "第一次咨询之后我其实很紧张" in _text(batch)


def test_a_counsellors_versions_and_a_clients_chatgpt_are_speech() -> None:
    batch = _batch("version_offers_and_a_chatgpt_mention.txt")
    assert batch.defects.filter(pl.col("defect_type").is_in(["meta_text", "consecutive_speaker"])).is_empty()
    text = _text(batch)
    assert "Here's a longer version: breathe in for four" in text
    assert "a different version of the worksheet" in text
    assert "ChatGPT can make mistakes, so I checked" in text


def test_sentences_ending_on_a_pronoun_or_a_verb_are_not_cut() -> None:
    # Spanish "ama" (loves) is no Turkish "but"; Russian "и что" (so what), Greek "του" (his), Hebrew "את" (you).
    for name in (
        "spanish_que_ya_no_me_ama.txt",
        "russian_so_what.txt",
        "greek_with_his_wife.txt",
        "hebrew_you_too.txt",
        "comma_signoff.txt",
    ):
        batch = _batch(name)
        assert batch.defects.filter(pl.col("defect_type") == "truncated_turn").is_empty(), name


def test_intros_in_more_languages_need_a_generators_words() -> None:
    # "Here is what I suggest to continue our work:", "here is the conversation I had with Dad:", "continuing
    # today's session I want to ask:".
    for name in (
        "russian_here_is_what_i_suggest.txt",
        "hebrew_here_is_the_conversation.txt",
        "persian_continuing_today.txt",
    ):
        batch = _batch(name)
        assert batch.defects.filter(pl.col("defect_type") == "meta_text").is_empty(), name


def test_icelandic_names_in_a_windows_1252_file_stay_icelandic() -> None:
    batch = _batch("icelandic_names_cp1252.txt")
    assert batch.sources.item(0, "encoding") == "cp1252"
    assert "Guðmundur and Sigurður stayed four nights, and Þorsteinn" in _text(batch)


def test_html_tags_inside_a_turn_stay_in_it() -> None:
    batch = _batch("tags_inside_a_turn.txt")
    assert batch.defects.filter(pl.col("defect_type") == "unparseable_line").is_empty()
    assert "<b>\nI miss you" in _text(batch)


def test_a_field_read_as_a_speaker_in_one_session_is_not_spread_to_the_next() -> None:
    batch = _batch("update_lines_over_two_sessions.txt")
    second = batch.sessions.sort("source_line").get_column("session_id")[1]
    assert batch.defects.filter(
        (pl.col("session_id") == second) & (pl.col("defect_type") == "unknown_speaker")
    ).is_empty()


# ... and a second review, of the chat-page furniture and the generation frame (cbe4e8e).


def test_furniture_words_are_speech_outside_a_copied_chat_page() -> None:
    # A counsellor called Claude above her words; "Share" and "Library" on lines of their own in a turn.
    batch = _batch("counsellor_named_claude_above_her_words.txt")
    assert batch.turns.get_column("speaker").to_list().count("Claude") == 3
    assert "Library" in _text(batch)
    text = _text(_batch("share_and_library_in_a_turn.txt"))
    assert "Maybe\nShare" in text and "in the\nLibrary" in text


def test_a_speaker_named_link_is_no_exporters_field() -> None:
    batch = _batch("dr_link.txt")
    assert batch.turns.get_column("role").to_list() == ["therapist", "client"] * 3


def test_a_further_session_and_a_persons_preamble_are_no_artefacts() -> None:
    for name in ("a_further_session.txt", "below_is_the_transcript.txt"):
        batch = _batch(name)
        assert batch.defects.filter(pl.col("defect_type") == "meta_text").is_empty(), name


def test_a_title_and_setting_in_a_models_answer_are_the_sessions_not_its_frame() -> None:
    batch = _batch("title_and_setting_in_a_models_answer.txt")
    assert batch.defects.filter(pl.col("defect_type") == "meta_text").get_column("source_line").to_list() == [2]
