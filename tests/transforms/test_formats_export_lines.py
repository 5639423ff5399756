"""Caption files and quoted chat exports: the wrappers go, the turns under them are read as plain text."""

from __future__ import annotations

from tests.transforms._formats import files, rows
from transforms.formats.base import ParsedText
from transforms.formats.plain_text import parse_files


def _parse(text: str) -> ParsedText:
    return parse_files(files(text))


def test_webvtt_cue_numbers_and_timings_stay_out_of_the_text() -> None:
    parsed = _parse(
        "WEBVTT\n\n"
        "1\n00:00:01.250 --> 00:00:04.900\nTherapist: How was the drive in?\n\n"
        "2\n00:00:05.100 --> 00:00:09.000 align:start\nClient: Slow. I nearly turned back.\n\n"
        "3\n00:00:09.500 --> 00:00:12.000\nThe roadworks again.\n"
    )
    assert rows(parsed.turns, "role", "text", "timestamp", "source_line") == [
        ("therapist", "How was the drive in?", "00:00:01.250", 5),
        # A cue without a label goes on with the previous speaker.
        ("client", "Slow. I nearly turned back.\n\nThe roadworks again.", "00:00:05.100", 9),
    ]
    assert parsed.stray_lines.height == 0


def test_subrip_blocks_with_comma_milliseconds() -> None:
    parsed = _parse(
        "1\n00:02:06,000 --> 00:02:11,500\nTHERAPIST: Where shall we start?\n\n"
        "2\n00:02:12,000 --> 00:02:17,500\nCLIENT: With the letter from the bank.\n"
    )
    assert rows(parsed.turns, "role", "text", "timestamp") == [
        ("therapist", "Where shall we start?", "00:02:06,000"),
        ("client", "With the letter from the bank.", "00:02:12,000"),
    ]
    assert parsed.stray_lines.height == 0


def test_teams_voice_tags_name_the_speaker() -> None:
    parsed = _parse(
        "WEBVTT\n\n"
        "a1b2/0\n00:01:10.000 --> 00:01:13.500\n<v Counsellor>What brings you here today?</v>\n\n"
        "a1b2/1\n00:01:14.000 --> 00:01:18.500\n<v Client>My GP suggested it.</v>\n"
    )
    assert rows(parsed.turns, "speaker", "role", "text") == [
        ("Counsellor", "therapist", "What brings you here today?"),
        ("Client", "client", "My GP suggested it."),
    ]


def test_a_quoted_chat_export_is_read_through_its_quote_markers() -> None:
    parsed = _parse(
        "> **Therapist:** What would help most this week?\n>\n"
        "> **Client:** Sleeping more than four hours.\n> Even five would do.\n"
    )
    assert rows(parsed.turns, "role", "text") == [
        ("therapist", "What would help most this week?"),
        ("client", "Sleeping more than four hours.\nEven five would do."),
    ]


def test_a_lone_quote_in_an_ordinary_transcript_is_left_as_written() -> None:
    parsed = _parse(
        "Therapist: What did the note say?\nClient: It said:\n> back by six\nTherapist: And were you?\nClient: No.\n"
    )
    assert rows(parsed.turns, "text")[1] == ("It said:\n> back by six",)


def test_an_arrow_inside_a_turn_is_not_a_cue_timing() -> None:
    parsed = _parse("Therapist: So the order was 12:30 --> lunch, then the call?\nClient: Yes.\n")
    assert rows(parsed.turns, "text")[0] == ("So the order was 12:30 --> lunch, then the call?",)


def test_otter_speaker_lines_name_the_speaker_and_time_the_turn() -> None:
    parsed = _parse(
        "Therapist  0:03\nHow have you been sleeping since we last met?\n\n"
        "Client  0:09\nNot well. I wake at four.\nThen I lie there.\n\n"
        "Therapist  1:02:15\nWhat goes through your mind then?\n"
    )
    assert rows(parsed.turns, "role", "text", "timestamp", "source_line") == [
        ("therapist", "How have you been sleeping since we last met?", "0:03", 1),
        ("client", "Not well. I wake at four.\nThen I lie there.", "0:09", 4),
        ("therapist", "What goes through your mind then?", "1:02:15", 8),
    ]


def test_a_speaker_line_with_nothing_under_it_is_an_empty_turn_not_text_of_the_turn_above() -> None:
    parsed = _parse(
        "00:08:32 Shelley Dunphy\nWhat if there's a storm warning?\n\n"
        "00:08:40 Aidan Cormier\nNobody can promise that.\n\n"
        "00:09:01 Shelley Dunphy\n\n\n"
        "00:09:09 Shelley Dunphy\nOkay. I'll try it.\n"
    )
    assert rows(parsed.turns, "speaker", "text", "source_line") == [
        ("Shelley Dunphy", "What if there's a storm warning?", 1),
        ("Aidan Cormier", "Nobody can promise that.", 4),
        ("Shelley Dunphy", "", 7),
        ("Shelley Dunphy", "Okay. I'll try it.", 10),
    ]


def test_a_bare_role_line_above_the_speech_is_its_label() -> None:
    parsed = _parse(
        "THERAPIST\nWhat would you like to work on today?\n\n"
        "**Client**\nMy temper with the kids.\n\n"
        "THERAPIST\nTell me about the last time.\n"
    )
    assert rows(parsed.turns, "role", "text") == [
        ("therapist", "What would you like to work on today?"),
        ("client", "My temper with the kids."),
        ("therapist", "Tell me about the last time."),
    ]


def test_a_lone_clock_or_role_word_inside_a_turn_stays_text() -> None:
    # One such line in the file is not a layout: it stays part of the turn (or a stray line), never a label.
    parsed = _parse(
        "Therapist: When is the appointment?\n"
        "Client: It says\n\nMonday 10:30\nin the letter.\n"
        "Therapist: And who is going with you?\n"
        "Client: My sister, she is a\n\nNurse\nat the hospital.\n"
    )
    assert [r[0] for r in rows(parsed.turns, "role")] == ["therapist", "client", "therapist", "client"]
    assert "Monday 10:30" in rows(parsed.turns, "text")[1][0]


def test_one_word_paragraphs_that_name_no_role_stay_text() -> None:
    # Two short lines above paragraphs make the layout, but only words the alias table knows are labels.
    parsed = _parse(
        "Therapist: How did the week go?\n"
        "Client: Mixed.\n\nHonestly\nthe first days were hard.\n\nOkay\nthe weekend was better.\n"
        "Therapist: What changed at the weekend?\n"
    )
    assert [r[0] for r in rows(parsed.turns, "speaker")] == ["Therapist", "Client", "Therapist"]
    assert "Okay\nthe weekend was better." in rows(parsed.turns, "text")[1][0]


def test_names_above_indented_speech_are_labels() -> None:
    parsed = _parse(
        "Consultation transcript\n\nDr Lena Berg\n\tHow is the knee today?\n\n"
        "Sam Okafor\n\tFine, physically.\n\tBut I still flinch.\n\nDr Lena Berg\n\tTell me about the flinch.\n"
    )
    assert rows(parsed.turns, "speaker", "text") == [
        ("Dr Lena Berg", "How is the knee today?"),
        ("Sam Okafor", "Fine, physically.\n\tBut I still flinch."),
        ("Dr Lena Berg", "Tell me about the flinch."),
    ]


def test_a_screenplay_reads_its_centred_names_as_labels_and_its_scene_as_header() -> None:
    parsed = _parse(
        "RESULTS\n\nINT. COUNSELLING ROOM - DAY\n\nA small room. MIRIAM holds the door open.\n"
        "KIT hesitates, then comes in.\n\n"
        "                         MIRIAM\n          Come in, sit wherever you like.\n\n"
        "                         KIT\n                  (perching on the chair)\n          Thanks.\n\n"
        "                         MIRIAM\n          What brings you in?\n"
    )
    assert [r[0] for r in rows(parsed.turns, "speaker")] == ["MIRIAM", "KIT", "MIRIAM"]
    assert parsed.stray_lines.height == 0


def test_youtube_sbv_cues_with_broadcast_speaker_marks() -> None:
    parsed = _parse(
        "0:00:00.000,0:00:01.200\n[SOFT MUSIC]\n\n"
        "0:00:01.500,0:00:05.300\n>> THERAPIST: Hi Tom, come in,\nhave a seat.\n\n"
        "0:00:05.400,0:00:09.600\nBefore we start, a word on confidentiality.\n\n"
        "0:00:09.800,0:00:11.000\n>> CLIENT: Yeah, sure.\n"
    )
    assert rows(parsed.turns, "role", "text", "source_line") == [
        ("therapist", "Hi Tom, come in,\nhave a seat.\n\nBefore we start, a word on confidentiality.", 5),
        ("client", "Yeah, sure.", 12),
    ]


def test_a_chat_tools_markdown_export_heads_each_message_with_its_role() -> None:
    parsed = _parse(
        "# Chat export\n\n### User\nI have been anxious about work.\n\n### Assistant\nWhat weighs on you most?\n\n"
        "### User\nMy manager.\n\n**ChatGPT:** And how do you respond?\n"
    )
    assert rows(parsed.turns, "source_line", "role", "text") == [
        (3, "client", "I have been anxious about work."),
        (6, "therapist", "What weighs on you most?"),
        (9, "client", "My manager."),
        (12, "therapist", "And how do you respond?"),
    ]


def test_speaker_lines_with_the_clock_bracketed_after_a_dash_or_first() -> None:
    for head in ("Therapist - {}", "Therapist [{}]", "[{}] Therapist", "{} Therapist"):
        text = "".join(
            f"{head.format(clock).replace('Therapist', who)}\n{said}\n\n"
            for who, clock, said in (
                ("Therapist", "00:00:05", "How has the week been?"),
                ("Client", "00:00:09", "Hard. I barely slept."),
                ("Therapist", "00:00:14", "What kept you up?"),
            )
        )
        parsed = _parse(text)
        assert rows(parsed.turns, "source_line", "role", "text", "timestamp") == [
            (1, "therapist", "How has the week been?", "00:00:05"),
            (4, "client", "Hard. I barely slept.", "00:00:09"),
            (7, "therapist", "What kept you up?", "00:00:14"),
        ], head


def test_a_zoom_cues_own_label_is_a_speaker_even_when_seen_once() -> None:
    parsed = _parse(
        "WEBVTT\n\n"
        "1\n00:00:01.000 --> 00:00:04.000\nPriya Nair: How has the week been?\n\n"  # 5
        "2\n00:00:04.500 --> 00:00:08.000\nTom Ellison: Long. I kept doubting myself.\n\n"  # 9
        "3\n00:00:08.500 --> 00:00:10.000\nGalaxy S21: Sorry, sorry. Tom, the man's here about the boiler.\n\n"  # 13
        "4\n00:00:10.500 --> 00:00:12.000\nTom Ellison: Sorry Priya. Two minutes.\n"  # 17
    )
    assert rows(parsed.turns, "source_line", "speaker") == [
        (5, "Priya Nair"),
        (9, "Tom Ellison"),
        (13, "Galaxy S21"),
        (17, "Tom Ellison"),
    ]
    # Inside a cue, a colon in speech is no label: `Note: ...` in a client's words stays theirs.
    said = _parse("WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nClient: It said: be careful.\n")
    assert rows(said.turns, "speaker", "text") == [("Client", "It said: be careful.")]


def test_a_sentence_before_a_colon_in_a_cue_is_speech() -> None:
    parsed = _parse(
        "WEBVTT\n\n"
        "1\n00:00:01.000 --> 00:00:04.000\nClient: I wasn't sure I'd come.\n\n"
        "2\n00:00:04.500 --> 00:00:08.000\nThanks. Honestly: I nearly didn't.\n"
    )
    assert rows(parsed.turns, "speaker", "text") == [
        ("Client", "I wasn't sure I'd come.\n\nThanks. Honestly: I nearly didn't.")
    ]
