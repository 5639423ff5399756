"""plain_text variants: label styles, timestamps, session headers, and header-or-stray text."""

from __future__ import annotations

import polars as pl
import pytest

from tests.transforms._formats import files, loads, rows
from transforms.formats.base import ParsedText
from transforms.formats.plain_text import parse_files


def _parse(text: str) -> ParsedText:
    return parse_files(files(text))


@pytest.mark.parametrize(
    ("therapist", "client"),
    [
        ("THERAPIST:", "CLIENT:"),
        ("**Therapist:**", "**Client:**"),
        ("T:", "C:"),
        ("Counselor:", "Patient:"),
        ("心理咨询师\uff1a", "来访者\uff1a"),
        ("咨询师\uff1a", "求助者\uff1a"),
        ("支持者:", "来访者:"),
    ],
)
def test_label_styles_map_to_roles(therapist: str, client: str) -> None:
    parsed = _parse(f"{therapist} How has the week been?\n{client} Long.\n{therapist} Long how?\n")
    assert rows(parsed.turns, "role", "text") == [
        ("therapist", "How has the week been?"),
        ("client", "Long."),
        ("therapist", "Long how?"),
    ]


def test_timestamps_before_labels_are_kept() -> None:
    parsed = _parse(
        "[00:01:23] Therapist: What happened next?\n"
        "(00:01:30) Client: I left.\n"
        "00:02:05 Therapist: And then?\n"
        "Client: Nothing.\n"
    )
    assert rows(parsed.turns, "timestamp", "speaker", "text") == [
        ("00:01:23", "Therapist", "What happened next?"),
        ("00:01:30", "Client", "I left."),
        ("00:02:05", "Therapist", "And then?"),
        (None, "Client", "Nothing."),
    ]


def test_dates_with_month_names_zones_and_a_colon_before_the_label_are_timestamps() -> None:
    parsed = _parse(
        "Mar 11, 2024, 9:02:00 PM Eastern Time: Counsellor: How are you feeling tonight?\n"
        "11 March 2024 at 21:05 UTC - Client: Tired.\n"
        "2024-03-11T21:09:34+01:00 Counsellor: What stuck with you?\n"
        "[Mar 11, 2024 9:14 PM EST] Client: Ronnie's story.\n"
    )
    assert rows(parsed.turns, "timestamp", "speaker", "text") == [
        ("Mar 11, 2024, 9:02:00 PM Eastern Time", "Counsellor", "How are you feeling tonight?"),
        ("11 March 2024 at 21:05 UTC", "Client", "Tired."),
        ("2024-03-11T21:09:34+01:00", "Counsellor", "What stuck with you?"),
        ("Mar 11, 2024 9:14 PM EST", "Client", "Ronnie's story."),
    ]


def test_numbered_speakers_stay_unknown() -> None:
    # Nothing in `Speaker 1` says who counsels: a speaker, role unknown (issue 3 may infer it).
    parsed = _parse("Speaker 1: How are you?\nSpeaker 2: Tired.\nSpeaker 1: Tell me more.\nSpeaker 2: Ok.\n")
    assert rows(parsed.turns, "speaker", "role") == [
        ("Speaker 1", "unknown"),
        ("Speaker 2", "unknown"),
        ("Speaker 1", "unknown"),
        ("Speaker 2", "unknown"),
    ]


def test_single_letter_unknown_labels_are_not_speakers() -> None:
    parsed = _parse(
        "Therapist: Which is closer?\nA: the first option\nB: the second option\nA: or both\nB: or neither\n"
        "Client: The first.\n"
    )
    assert rows(parsed.turns, "source_line", "role") == [(1, "therapist"), (6, "client")]


def test_two_lone_letters_taking_turns_through_a_session_are_speakers() -> None:
    qa = "".join(f"Q: Question {i}, what happened then?\nA: Answer {i}, it was hard.\n" for i in range(3))
    parsed = _parse("Interview 3, intake\n\n" + qa)
    assert rows(parsed.turns, "source_line", "speaker") == [(line, "QA"[line % 2 == 0]) for line in range(3, 9)]
    # Beside the alias table's `T:`, twice each is enough: a psychotherapy transcript's `P:` (the patient).
    parsed = _parse("T: How has the week been?\nP: Hard. I barely slept.\nT: What kept you up?\nP: Work, mostly.\n")
    assert rows(parsed.turns, "source_line", "speaker") == [(1, "T"), (2, "P"), (3, "T"), (4, "P")]
    # Options: four letters, or two among named speakers, or letters that do not take turns.
    options = "".join(f"Therapist: Which one?\nA: the first\nB: the second\nClient: {i}.\n" for i in range(3))
    quiz = "".join(f"{letter}: option {letter}\n" for _ in range(3) for letter in "ABCD")
    lists = "".join(f"{letter}: item {i}\n" for letter in "AB" for i in range(3))
    for text in (options, quiz, lists):
        parsed = _parse(text)
        # (`C:` is the alias table's client.)
        assert parsed.turns.filter(pl.col("speaker").is_in(["A", "B", "D"])).is_empty(), text


def test_session_headers_separate_sessions_and_keep_their_title() -> None:
    parsed = _parse(
        "=== Session 1 ===\nTherapist: Hi.\nClient: Hi.\n"
        "=== Session 2: follow-up ===\nTherapist: Welcome back.\nClient: Thanks.\n"
        "--- session 3\nTherapist: Last one.\n"
    )
    assert rows(parsed.sessions, "segment", "session_index", "source_line") == [(1, 0, 2), (2, 1, 5), (3, 2, 8)]
    assert [loads(m) for m in parsed.sessions["source_metadata"]] == [
        {"title": "Session 1"},
        {"title": "Session 2: follow-up"},
        {"title": "session 3"},
    ]
    assert parsed.stray_lines.height == 0


@pytest.mark.parametrize(
    "header",
    [
        "Session Summary:\nThe client reviewed the week.",
        "1. Main topics:\nsleep and work",
        "- sleep\n- work",
        "## Intake\nReferred by GP.",
        "Date: 3 May\nLocation: clinic",
        "**Summary:** sleep and work",
        "Session 3 (14 March)\nWith R., online",
    ],
    ids=["summary-block", "numbered-title", "bullets", "heading", "title-words", "markdown-summary", "session-title"],
)
def test_text_before_the_first_turn_that_looks_like_a_header_is_the_header(header: str) -> None:
    parsed = _parse(f"{header}\n\nTherapist: Hi.\nClient: Hi.\n")
    assert parsed.header_lines.height == len(header.split("\n")) + 1
    assert parsed.stray_lines.height == 0
    assert parsed.sessions["source_line"].to_list() == [1]


def test_other_text_before_the_first_turn_is_stray() -> None:
    parsed = _parse("ok so this was recorded on my phone\nsorry about the noise\n\nTherapist: Hi.\nClient: Hi.\n")
    assert parsed.header_lines.height == 0
    assert rows(parsed.stray_lines, "line_no", "line") == [
        (1, "ok so this was recorded on my phone"),
        (2, "sorry about the noise"),
    ]
    # The session starts at its first turn, not at the stray text.
    assert parsed.sessions["source_line"].to_list() == [4]


def test_a_cast_list_gives_the_named_speakers_their_roles() -> None:
    parsed = _parse(
        "Therapist: Dr. Smith\nClient: Anna Kowalski\n\n"
        "Dr. Smith: What brought you in?\n"
        "Anna Kowalski: My brother's wedding. I dread it.\n"
        "Dr. Smith: Tell me about the dread.\n"
    )
    assert rows(parsed.turns, "speaker", "role", "text") == [
        ("Dr. Smith", "therapist", "What brought you in?"),
        ("Anna Kowalski", "client", "My brother's wedding. I dread it."),
        ("Dr. Smith", "therapist", "Tell me about the dread."),
    ]
    assert rows(parsed.header_lines, "line") == [("Therapist: Dr. Smith",), ("Client: Anna Kowalski",), ("",)]
    assert parsed.stray_lines.height == 0


def test_a_short_answer_that_is_no_ones_label_stays_a_turn() -> None:
    parsed = _parse("Therapist: Who did you call first?\nClient: Maria.\nTherapist: And then?\nClient: Nobody.\n")
    assert rows(parsed.turns, "role", "text")[1] == ("client", "Maria.")


def test_session_headings_without_rules_separate_sessions() -> None:
    parsed = _parse(
        "Session 1\nTherapist: Where shall we start?\nClient: With work.\n\n"
        "SESSION 2 - 19 March\nTherapist: How did the week go?\nClient: Better.\n"
        "Session 2 was easier than I expected, I think.\n"
    )
    assert rows(parsed.sessions, "session_index", "source_line") == [(0, 1), (1, 5)]
    assert rows(parsed.header_lines, "segment", "line") == [(0, "Session 1"), (1, "SESSION 2 - 19 March")]
    assert rows(parsed.turns, "segment", "text")[1:3] == [(0, "With work."), (1, "How did the week go?")]
    assert rows(parsed.turns, "text")[-1] == ("Better.\nSession 2 was easier than I expected, I think.",)


def test_a_zoom_saved_chat_reads_each_from_line_as_its_senders_label() -> None:
    text = (
        "19:00:10 From Dr Priya Nair to Everyone:\n"
        "\tHi Callum, shall we carry on here in the chat?\n"
        "19:00:50 From Callum Reid to Everyone:\n"
        "\tyeah sorry my mic's gone\n"
        "19:01:20 From Front Desk Account to Everyone:\n"
        "\tJust checking the room is working.\n"
        "19:01:35 From Dr Priya Nair to Everyone:\n"
        "\tNo need to apologise.\n"
    )
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "source_line", "speaker", "timestamp") == [
        (1, "Dr Priya Nair", "19:00:10"),
        (3, "Callum Reid", "19:00:50"),
        # Seen once, but the export says who wrote: a speaker, not text run into Callum's turn.
        (5, "Front Desk Account", "19:01:20"),
        (7, "Dr Priya Nair", "19:01:35"),
    ]


def test_a_meeting_transcripts_attendees_are_speakers_even_when_heard_once() -> None:
    text = (
        "Weekly session - Transcript\n"
        "Attendees\n"
        "Aisling Byrne, Grace Mulligan, Kwame Asante\n"
        "Transcript\n"
        "\n"
        "Aisling Byrne: Hi Kwame, can you hear me?\n"
        "Kwame Asante: Yes, I can hear you fine.\n"
        "Grace Mulligan: Sorry, wrong meeting.\n"
        "Aisling Byrne: No problem. Where were we?\n"
        "Kwame Asante: The speech for the wedding.\n"
        "\n"
        "Meeting ended after 00:12:41\n"
    )
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "source_line", "speaker") == [
        (6, "Aisling Byrne"),
        (7, "Kwame Asante"),
        (8, "Grace Mulligan"),
        (9, "Aisling Byrne"),
        (10, "Kwame Asante"),
    ]
    # The tool's closing notice is bookkeeping, not the last speaker's words.
    assert parsed.turns["text"][-1] == "The speech for the wedding."


def test_a_court_reporters_titled_capitals_are_speakers_even_when_heard_once() -> None:
    text = (
        "          DR. HALVORSEN:  Is that still okay with you?\n"
        "          MR. WHITCOMB:  Yes, that's fine.\n"
        "          MR. PIKE:  I object to this line of questioning.\n"
        "          DR. HALVORSEN:  Noted.\n"
        "          MR. WHITCOMB:  Can I get some water?\n"
    )
    assert rows(parse_files(files(text)).turns, "speaker") == [
        ("DR. HALVORSEN",),
        ("MR. WHITCOMB",),
        ("MR. PIKE",),
        ("DR. HALVORSEN",),
        ("MR. WHITCOMB",),
    ]


def test_samples_between_angle_bracket_banners_are_sessions() -> None:
    text = (
        "<<< sample 1/2 | id=cs-01 | topic=sleep >>>\n\nHuman: I can't sleep.\n\nAssistant: Tell me more.\n\n"
        "<<< sample 2/2 | id=cs-02 | topic=work >>>\n\nHuman: Work is too much.\n\nAssistant: In what way?\n"
    )
    parsed = parse_files(files(text))
    assert parsed.sessions.height == 2
    first, second = sorted(set(parsed.turns["segment"]))
    assert rows(parsed.turns, "segment", "source_line") == [(first, 3), (first, 5), (second, 9), (second, 11)]


def test_a_chat_apps_dated_notice_above_the_first_message_is_header() -> None:
    text = (
        "14/3/24, 17:01 - Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat "
        "puede leerlos. Toca para obtener más información.\n"
        "14/3/24, 17:02 - Lucía Orientadora IES: Hola Dani, ¿cómo estás?\n"
        "14/3/24, 17:08 - Dani: hola\n"
        "14/3/24, 17:09 - Dani: bien... bueno no mucho\n"
    )
    parsed = parse_files(files(text))
    assert parsed.stray_lines.height == 0
    assert rows(parsed.turns, "source_line", "role") == [(2, "therapist"), (3, "unknown"), (4, "unknown")]


def test_teams_surname_comma_firstname_speaker_lines_are_labels() -> None:
    text = (
        "Lee, Jane (Counsellor)   0:03\n"
        "So how was the week since we last spoke?\n"
        "\n"
        "Field, Sam   0:09\n"
        "Mixed. Monday was fine, then it went downhill.\n"
        "\n"
        "Lee, Jane (Counsellor)   0:21\n"
        "What happened after Monday?\n"
    )
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "source_line", "speaker", "role", "timestamp") == [
        (1, "Lee Jane (Counsellor)", "therapist", "0:03"),
        (4, "Field Sam", "unknown", "0:09"),
        (7, "Lee Jane (Counsellor)", "therapist", "0:21"),
    ]


def test_initials_and_a_clock_before_a_wide_gap_are_a_label_and_its_time() -> None:
    text = (
        "JL 00:00:03   So how was the week since we last spoke?\n"
        "SF 00:00:09   Mixed. Monday was fine, then it went downhill.\n"
        "JL 00:00:21   What happened after Monday 10:30 exactly?\n"
    )
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "speaker", "timestamp") == [("JL", "00:00:03"), ("SF", "00:00:09"), ("JL", "00:00:21")]
    assert parsed.turns["text"][2] == "What happened after Monday 10:30 exactly?"


def test_page_numbers_and_footers_of_a_printed_transcript_are_not_speech() -> None:
    text = (
        "Therapist: How did the week go with the diary?\n"
        "Client: I filled it in on most days, but the weekend was\n"
        "\n"
        "Page 2 of 5\n"
        "\n"
        "harder than I thought it would be.\n"
        "                                                  3\n"
        "Therapist: What made the weekend harder?\n"
        "Client: Being at home alone.\n"
    )
    parsed = parse_files(files(text))
    assert (
        parsed.turns["text"][1]
        == "I filled it in on most days, but the weekend was\n\n\nharder than I thought it would be."
    )
    assert rows(parsed.turns, "source_line") == [(1,), (2,), (8,), (9,)]
    assert parsed.stray_lines.height == 0


def test_a_running_header_printed_at_each_page_break_is_not_speech() -> None:
    text = (
        "Session 4 transcript - CONFIDENTIAL\n"  # 1: the title, first printed away from any page mark
        "\n"
        "Therapist: How did the week go with the diary?\n"  # 3
        "Client: I filled it in on most days, but the weekend was\n"  # 4
        "\n"
        "Page 1 of 3\n"
        "\f\n"
        "Session 4 transcript - CONFIDENTIAL\n"  # 8: the running header
        "\n"
        "harder than I thought it would be.\n"
        "Therapist: What made the weekend harder?\n"  # 11
        "Client: Being at home alone. Session 4 was the one I dreaded.\n"  # 12
        "\n"
        "Page 2 of 3\n"
        "Session 4 transcript - CONFIDENTIAL\n"
        "Therapist: Alone with the diary, too.\n"  # 16
    )
    parsed = parse_files(files(text))
    assert (
        parsed.turns["text"][1]
        == "I filled it in on most days, but the weekend was\n\n\nharder than I thought it would be."
    )
    assert rows(parsed.turns, "source_line") == [(3,), (4,), (11,), (12,), (16,)]
    assert parsed.stray_lines.height == 0
    # A line said twice in a dialogue without page marks is speech.
    plain = "Therapist: And then?\nClient: I don't know.\nI don't know.\nTherapist: Okay.\nClient: I don't know.\n"
    assert parse_files(files(plain)).turns["text"].to_list() == [
        "And then?",
        "I don't know.\nI don't know.",
        "Okay.",
        "I don't know.",
    ]


def test_a_screen_reader_transcript_names_each_speech_in_a_sentence() -> None:
    text = (
        "Accessible transcript: Worry time\n"
        "\n"
        "At 0 minutes 4 seconds, Maya (counsellor) says:\n"  # 3
        "Hi Tom, thanks for coming back. How did you get on?\n"
        "\n"
        "At 0 minutes 17 seconds, Tom (client) says:\n"  # 6
        "Honestly, mixed.\n"
        "\n"
        "Maya (counsellor) asks:\n"  # 9
        "What happened when a worry turned up?\n"
    )
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "source_line", "speaker", "role", "timestamp", "text") == [
        (
            3,
            "Maya (counsellor)",
            "therapist",
            "0 minutes 4 seconds",
            "Hi Tom, thanks for coming back. How did you get on?",
        ),
        (6, "Tom (client)", "client", "0 minutes 17 seconds", "Honestly, mixed."),
        (9, "Maya (counsellor)", "therapist", None, "What happened when a worry turned up?"),
    ]
    # One such sentence in a story is speech, not a speaker line.
    story = "Client: My boss came in and said:\nYou're late again.\nTherapist: How did that land?\n"
    assert parse_files(files(story)).turns["text"].to_list() == [
        "My boss came in and said:\nYou're late again.",
        "How did that land?",
    ]


def test_f4_time_marks_closing_each_paragraph_are_the_turns_times() -> None:
    text = (
        "Counsellor: How did that go? #00:00:16-6#\n"
        "\n"
        "Client: Monday was fine, and then I kind of/ I forgot, honestly. #00:00:26-8#\n"
        "\n"
        "Counsellor: What did you notice on Monday?\n"
    )
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "text", "timestamp") == [
        ("How did that go?", "00:00:16-6"),
        ("Monday was fine, and then I kind of/ I forgot, honestly.", "00:00:26-8"),
        ("What did you notice on Monday?", None),
    ]


def test_a_process_recordings_key_names_the_pupil_and_a_titled_walk_on_speaks() -> None:
    text = (
        "PROCESS RECORDING - School counselling placement - Session 3\n"
        "Key: Me = me (trainee counsellor), K = pupil. [ ] = what I was thinking at the time.\n"
        "\n"
        "Me: Said hi and asked how the week had been.\n"  # 4
        "K: Fine. Shrugged.\n"  # 5
        "Me: That's ok. We can just see what comes up.\n"  # 6
        "Mrs P: Sorry to interrupt, can you pop to reception when you're done?\n"  # 7
        "K: Great. Now everyone's going to know I'm in here.\n"  # 8
    )
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "source_line", "speaker", "role") == [
        (4, "Me", "therapist"),
        (5, "K", "client"),
        (6, "Me", "therapist"),
        (7, "Mrs P", "unknown"),
        (8, "K", "client"),
    ]


def test_a_header_that_numbers_its_page_is_furniture_even_printed_once() -> None:
    text = (
        "Jo: What does a week look like for you?\n"  # 1
        "Ruth: On Thursdays Dad goes to the day centre, so I get from ten till three.\n"  # 2
        "\n"
        "Page 2 of 4\n"
        "CONFIDENTIAL - R.T. (ref. 0417) - Session 4 - page 3\n"
        "Jo: And what's left for you?\n"  # 6
        "Ruth: Not much.\n"
    )
    parsed = parse_files(files(text))
    assert parsed.turns["text"].to_list() == [
        "What does a week look like for you?",
        "On Thursdays Dad goes to the day centre, so I get from ten till three.",
        "And what's left for you?",
        "Not much.",
    ]


def test_a_short_turn_near_two_page_breaks_is_speech_not_a_running_header() -> None:
    text = (
        "THERAPIST: How was the week?\n"  # 1
        "CLIENT: Yeah.\n"  # 2
        "Page 1 of 3\n"
        "THERAPIST: And the weekend?\n"  # 4
        "CLIENT: Yeah.\n"  # 5
        "Page 2 of 3\n"
        "THERAPIST: Tell me more.\n"  # 7
    )
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "source_line") == [(1,), (2,), (4,), (5,), (7,)]


def test_the_name_head_prints_above_each_file_starts_a_session() -> None:
    parsed = _parse(
        "==> dialogue_021.txt <==\nCounselor: How have the nights been?\nClient: Better.\n\n"
        "==> dialogue_022.txt <==\nCounselor: Which step did you try?\nClient: The door handles.\n"
    )
    assert parsed.sessions.height == 2
    assert parsed.stray_lines.is_empty()


def test_a_chatgpt_page_copied_heads_each_message_you_said_and_chatgpt_said() -> None:
    parsed = _parse(
        "# Panic on the Tube\n\n**You said:**\n\ncan you act as a CBT therapist?\n\n**ChatGPT said:**\n\n"
        "Of course. What brings you in today?\n\n**You said:**\n\npanic on the tube\n"
    )
    assert rows(parsed.turns, "role") == [("client",), ("therapist",), ("client",)]


def test_review_marks_copied_out_of_a_document_are_no_ones_words() -> None:
    parsed = _parse(
        "Jo: How has the week been?\n\nRuth: Long. My brother rang twice.\n"
        "Commented [JH1]: Ruth asked for her brother's name to be changed - done 14/03.\n\n"
        "Jo: What did he want?\n[edited by PN: 00:21:40-00:24:05 removed at the client's request]\n"
        "Ruth: Money, as usual.\n\n[a]Checked against the audio up to 00:30:00 only - Maria\n"
        "[b]Keep his words exactly as he said them\n"
    )
    assert rows(parsed.turns, "text") == [
        ("How has the week been?",),
        ("Long. My brother rang twice.",),
        ("What did he want?",),
        ("Money, as usual.",),
    ]
    # The margin comment and the editor's note are stray lines (reported); Google Docs' comment list is the file's.
    assert sorted(parsed.stray_lines.get_column("line_no").to_list()) == [4, 7]


def test_a_diarisers_bracketed_speaker_ids_are_labels() -> None:
    parsed = _parse(
        "# SPEAKER_00 = counsellor, SPEAKER_01 = client\n"
        "[SPEAKER_00]: Where would you like to start?\n[SPEAKER_01]: Probably the job in February.\n"
        "[SPEAKER_00]: Mm-hmm.\n[SPEAKER_01]: That's when it got bad.\n"
    )
    assert rows(parsed.turns, "speaker") == [("SPEAKER_00",), ("SPEAKER_01",), ("SPEAKER_00",), ("SPEAKER_01",)]


def test_a_pasted_log_of_bare_clocks_stays_in_the_turn_that_pastes_it() -> None:
    parsed = _parse(
        "Therapist: Did you keep the mood log?\nClient: Yes, here it is.\n9:15: Mood: 3 out of 10, tired and flat\n"
        "14:00: Mood: 5 out of 10\nTherapist: Thank you.\n"
    )
    assert rows(parsed.turns, "speaker") == [("Therapist",), ("Client",), ("Therapist",)]


@pytest.mark.parametrize(
    "divider", ["Tuesday 11 March 2025", "Mar 14, 2024", "2025-03-11", "— Today —", "Sunday, 12th May"]
)
def test_a_day_divider_between_messages_is_no_part_of_the_message_above(divider: str) -> None:
    parsed = _parse(
        "Therapist: How did the week go?\n"
        "Client: Better than the last one, thanks.\n"
        f"{divider}\n"
        "Therapist: Good to hear. What changed?\n"
        "Client: I slept.\n"
    )
    assert parsed.turns["text"][1] == "Better than the last one, thanks."
    assert parsed.stray_lines.is_empty()
    assert divider in parsed.header_lines["line"].to_list()


def test_a_date_inside_a_message_stays_in_it() -> None:
    parsed = _parse("Therapist: When is the hearing?\nClient: It's on\n14 March 2025\nso not long now.\n")
    assert parsed.turns["text"][1] == "It's on\n14 March 2025\nso not long now."


def test_a_clock_opening_every_turn_is_its_time() -> None:
    # Zoom's saved captions: `[Name] hh:mm:ss text`. The clock is the turn's time: a repeat is a repeat.
    parsed = _parse(
        "[Ottoline Farrant] 18:02:14 Hi Barnaby, can you hear me all right?\n"
        "[Barnaby Quist] 18:02:26 Yes, loud and clear.\n"
        "[Ottoline Farrant] 18:02:47 How have the days been?\n"
        "[Barnaby Quist] 18:03:15 Up and down.\n"
    )
    assert rows(parsed.turns, "timestamp", "text")[:2] == [
        ("18:02:14", "Hi Barnaby, can you hear me all right?"),
        ("18:02:26", "Yes, loud and clear."),
    ]


def test_one_turn_opening_with_a_time_keeps_it() -> None:
    parsed = _parse(
        "Therapist: When would suit you next week?\nClient: 10:30 on Tuesday works for me.\n"
        "Therapist: Tuesday at 10:30 it is.\nClient: Thanks.\n"
    )
    assert parsed.turns["text"][1] == "10:30 on Tuesday works for me."


def test_a_video_editors_text_export_reads_each_cues_speaker_and_opens_a_session_per_sequence() -> None:
    # Premiere's Text panel: SMPTE timecodes with frames, the speaker's name alone, the words below.
    cue = "{start} - {end}\n{name}\n{said}\n\n"
    script = [
        ("Delphine", "Hi Ximena, come on in."),
        ("Ximena", "Thanks. This one's fine."),
        ("Delphine", "How has the tremor been this week?"),
        ("Ximena", "Worse when people watch me."),
    ]
    text = "Sequence: Demo_S1 (session 1)\nExported from Premiere Pro (Text panel).\n\n"
    for n, (name, said) in enumerate(script):
        text += cue.format(start=f"00:00:{n * 5:02d}:00", end=f"00:00:{n * 5 + 4:02d}:12", name=name, said=said)
    text += (
        "Sequence: Demo_S2 (session 2)\n\n"
        + cue.format(start="00:00:01:00", end="00:00:03:00", name="Delphine", said="Welcome back.")
        + cue.format(start="00:00:03:05", end="00:00:05:00", name="Ximena", said="Thanks.")
    )
    parsed = _parse(text)
    assert rows(parsed.turns, "speaker", "timestamp", "text")[:2] == [
        ("Delphine", "00:00:00:00", "Hi Ximena, come on in."),
        ("Ximena", "00:00:05:00", "Thanks. This one's fine."),
    ]
    assert parsed.sessions.height == 2
    assert parsed.turns.group_by("segment", maintain_order=True).len()["len"].to_list() == [4, 2]
    assert "Sequence" not in parsed.turns["speaker"].to_list()


def test_a_chinese_label_with_an_aside_in_full_width_brackets_starts_a_turn() -> None:
    # Couple counselling: each client named in full-width brackets; a parent speaking in family counselling.
    parsed = _parse(
        "\u54a8\u8be2\u5e08\uff1a\u4f60\u4eec\u597d\u3002\n"
        "\u6765\u8bbf\u8005\uff08\u59da\u5148\u751f\uff09\uff1a\u6211\u5e0c\u671b\u6709\u4e00\u4e2a\u5b89\u9759\u7684\u5bb6\u3002\n"
        "\u6765\u8bbf\u8005\uff08\u7a0b\u5973\u58eb\uff09\uff1a\u6211\u6709\u4e9b\u62c5\u5fc3\u3002\n"
        "\u7236\u6bcd\uff1a\u4ed6\u4ece\u5c0f\u5c31\u8fd9\u6837\u3002\n"
        "\u54a8\u8be2\u5e08\uff1a\u8c22\u8c22\u4f60\u4eec\u7684\u5206\u4eab\u3002\n"
    )
    assert parsed.turns["role"].to_list() == ["therapist", "client", "client", "client", "therapist"]


@pytest.mark.parametrize("answer", ["Yesterday", "Maybe 5", "14 March", "May 2024"])
def test_a_short_answer_that_names_a_day_stays_the_clients(answer: str) -> None:
    parsed = _parse(f"THERAPIST:\nWhen did it start?\nCLIENT:\n{answer}\nTHERAPIST:\nI see.\nCLIENT:\nYes.\n")
    assert parsed.turns["text"][1] == answer


def test_a_date_that_is_a_turns_only_words_stays_its_text() -> None:
    parsed = _parse("THERAPIST:\nWhen was the hearing?\nCLIENT:\nTuesday 11 March 2025\nTHERAPIST:\nI see.\n")
    assert parsed.turns["text"][1] == "Tuesday 11 March 2025"


def test_subtitles_whose_cues_open_with_a_word_alone_have_no_speakers_by_it() -> None:
    # SubRip cues with "Okay." or "Right." as their first line: words said, not a speaker named.
    cues = [("Hello, thanks for coming.", "Okay."), ("Right.", "So how has it been?"), ("Okay.", "Not great.")]
    text = "".join(
        f"{n}\n00:00:{n * 4:02d},000 --> 00:00:{n * 4 + 3:02d},000\n{first}\n{second}\n\n"
        for n, (first, second) in enumerate(cues, start=1)
    )
    parsed = _parse(text)
    assert "Okay." not in parsed.turns["speaker"].to_list()


def test_a_header_naming_each_role_with_a_title_maps_the_turns_that_use_title_and_surname() -> None:
    text = (
        "Clinician: Dr M. Achterberg, Clinical Psychologist, Shrewsbury\n"
        "Client: Ms V. Fairweather (consent on file)\n"
        "\n"
        "Dr Achterberg: How has the week been?\n"
        "Ms Fairweather: Long.\n"
    )
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "source_line", "speaker", "role", "text") == [
        (4, "Dr Achterberg", "therapist", "How has the week been?"),
        (5, "Ms Fairweather", "client", "Long."),
    ]


def test_a_bold_name_with_its_time_in_brackets_is_a_label() -> None:
    text = (
        "**Emrys** (19:02): Hi Tobiah, how are you doing?\n\n**Tobiah** (19:04): bit all over the place\n\n"
        "**Emrys** (19:05): That's fair.\n\n**Tobiah** (19:06): thanks\n"
    )
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "source_line", "speaker", "text") == [
        (1, "Emrys", "Hi Tobiah, how are you doing?"),
        (3, "Tobiah", "bit all over the place"),
        (5, "Emrys", "That's fair."),
        (7, "Tobiah", "thanks"),
    ]


def test_russian_and_korean_labels_have_roles() -> None:
    text = "Психолог: Как прошла неделя?\nКлиентка: По-разному.\n상담자: 어떠셨어요?\n내담자: 그냥 그랬어요.\n"  # noqa: RUF001
    parsed = parse_files(files(text))
    assert parsed.turns["role"].to_list() == ["therapist", "client", "therapist", "client"]


def test_a_third_lone_letter_saying_a_sentence_among_t_and_c_turns_is_someone_else() -> None:
    turns = "T: How was it?\nC: Hard.\nT: Why so?\nC: I was tired.\nT: And then?\nC: I slept.\n"
    parsed = _parse(turns + "R: Sorry to barge in, is anyone driving a silver Astra?\nT: Not us.\n")
    assert rows(parsed.turns, "source_line", "speaker", "role")[6] == (7, "R", "unknown")
    # An option list's letters stay text.
    parsed = _parse(turns + "A: the first option here\nB: the second option here\nT: Which one?\n")
    assert "A" not in parsed.turns["speaker"].to_list()


def test_an_alpaca_rendered_dataset_reads_each_records_response_as_a_session() -> None:
    record = (
        "Below is an instruction that describes a task. Write a response that completes the request.\n\n"
        "### Instruction:\nWrite a counselling session between a Counselor and a Client.\n\n"
        "### Input:\nClient profile: a shop owner losing trade.\n\n"
        "### Response:\nCounselor: What brings you in?\nClient: Takings are down by a third.\n\n<|endoftext|>\n\n"
    )
    parsed = _parse(record + record.replace("shop owner", "nurse"))
    assert parsed.sessions.height == 2
    assert rows(parsed.turns, "source_line", "speaker") == [
        (10, "Counselor"),
        (11, "Client"),
        (24, "Counselor"),
        (25, "Client"),
    ]
    # The prompt, the headings and the end token are no one's words and no stray text.
    assert parsed.stray_lines.height == 0


def test_an_evaluation_logs_bracketed_index_and_underscored_labels_are_read() -> None:
    text = "".join(
        f"[ep 1 | t {2 * n + 1:02d}] CLIENT_SIM: worry number {n}, honestly.\n"
        f"[ep 1 | t {2 * n + 2:02d}] COUNSELOR: Tell me more.\n"
        for n in range(3)
    )
    parsed = _parse(text)
    assert rows(parsed.turns, "speaker", "role")[:2] == [("CLIENT_SIM", "client"), ("COUNSELOR", "therapist")]
    assert parsed.turns.height == 6


def test_a_client_addressing_the_titled_counsellor_by_name_is_no_cast_line() -> None:
    text = "Dr Smith: Hello, come in.\nClient: Dr Smith, I don't really know where to start.\nDr Smith: Go on.\n"
    parsed = _parse(text)
    assert rows(parsed.turns, "source_line", "role") == [(1, "unknown"), (2, "client"), (3, "unknown")]
    # ... nor is a one-letter answer a cast line for `T:` or `C:`.
    parsed = _parse("T: Which one?\nC: B.\nT: Why B?\nC: It felt right.\n")
    assert rows(parsed.turns, "source_line", "text") == [
        (1, "Which one?"),
        (2, "B."),
        (3, "Why B?"),
        (4, "It felt right."),
    ]


def test_a_label_typed_with_combining_accents_is_the_alias_tables_word() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "Nhà tham vấn: Chào chị.\nThân chủ: Chào em.\n")
    assert _parse(text).turns["role"].to_list() == ["therapist", "client"]


@pytest.mark.parametrize(
    ("timing", "line_break"),
    [("{:.6f}\t{:.6f}\t", " "), ("{{{:.0f}}}{{{:.0f}}}", "|")],
)
def test_a_label_tracks_or_microdvd_files_cue_timing_is_taken_off_each_line(timing: str, line_break: str) -> None:
    said = [("Counsellor", "How have things been?"), ("Participant", f"Grand, mostly.{line_break}Busy at work.")] * 3
    text = "".join(timing.format(10.0 * n, 10.0 * n + 5) + f"{who}: {what}\n" for n, (who, what) in enumerate(said))
    parsed = _parse(text)
    assert rows(parsed.turns, "speaker", "text")[:2] == [
        ("Counsellor", "How have things been?"),
        ("Participant", "Grand, mostly." + ("\n" if line_break == "|" else " ") + "Busy at work."),
    ]


def test_danish_role_words_and_a_notes_tier_in_an_annotation_export() -> None:
    rows_ = ["Rådgiver\t00:00:02.7\tHvordan har ugen været?", "Klient\t00:00:08.2\tTung.", "Noter\t00:00:09.0\t[pause]"]
    parsed = _parse("\n".join(rows_ * 3) + "\n")
    assert set(parsed.turns["role"].to_list()) == {"therapist", "client"}


def test_second_review_of_the_new_readers() -> None:
    # An Alpaca record whose Input holds the dialogue so far: that history is read, its prompt is not.
    record = (
        "Below is an instruction that describes a task.\n\n### Instruction:\nContinue as the counsellor.\n\n"
        "### Input:\nClient: I can't stop worrying.\nCounsellor: What goes through your mind?\n"
        "Client: That I'll fail.\n\n"
        "### Response:\nCounsellor: It runs ahead to failing.\n\n"
    )
    parsed = _parse(record * 2)
    assert parsed.sessions.height == 2 and parsed.turns.height == 8
    # A MicroDVD caption holding two speakers is two turns, its style code taken off.
    dvd = "".join(f"{{{n}0}}{{{n}5}}{{y:i}}Therapist: Was it work?|Client: Yes, the interview.\n" for n in range(1, 4))
    assert _parse(dvd).turns["speaker"].to_list() == ["Therapist", "Client"] * 3
    # An Audacity track's spectral-selection lines are no text; its start times are the turns' times.
    track = "".join(
        f"{10.5 + n}\t{11.0 + n}\t{who}: Line {n}.\n\\\t120.000000\t3400.000000\n"
        for n, who in enumerate(["Counsellor", "Client"] * 2)
    )
    assert rows(_parse(track).turns, "source_line", "timestamp")[:2] == [(1, "0:00:10.500"), (3, "0:00:11.500")]
    # A diary's `SLEEP_ONSET:` field is no speaker.
    diary = "Client: I slept badly.\nSLEEP_ONSET: 23:40 Monday\nSLEEP_ONSET: 00:10 Tuesday\n"
    diary += "Therapist: Late.\nClient: Yes.\n"
    assert _parse(diary).turns["speaker"].to_list() == ["Client", "Therapist", "Client"]


def test_a_headers_lists_of_members_and_their_counsellor_give_the_speakers_roles() -> None:
    text = (
        "Carers Group - Session 3\n\nFacilitator: Lowenna Hext. Members: Fitzroy, Marjorie and Eunice.\n\n"
        "Lowenna: Welcome back, everyone.\nFitzroy: Two out of ten.\nMarjorie: Five.\nLowenna: Thank you.\n"
        "Eunice: Tired.\nLowenna: Mm.\n"
    )
    parsed = _parse(text)
    roles = dict(rows(parsed.turns.unique("speaker"), "speaker", "role"))
    assert {k: roles[k] for k in ("Lowenna", "Fitzroy", "Marjorie", "Eunice")} == {
        "Lowenna": "therapist",
        "Fitzroy": "client",
        "Marjorie": "client",
        "Eunice": "client",
    }


def test_a_key_naming_the_role_before_the_person_explains_a_lone_letter() -> None:
    text = (
        "Key: F = facilitator (Dr Odette Marchant, clinical psychologist). Members: GK, RB.\n\n"
        "F: Welcome back, everyone.\nGK: Tired.\nF: Mm.\nRB: Same.\nF: Thank you.\n"
    )
    assert rows(_parse(text).turns, "speaker", "role")[:2] == [("F", "therapist"), ("GK", "client")]


def test_a_verbatim_records_numbered_labels_and_persian_roles() -> None:
    parsed = _parse("Co1：今日もよろしくお願いします。\nCl1：はい。\nCo2：どうでしたか。\nCl2：少し楽でした。\n")  # noqa: RUF001
    assert parsed.turns["role"].to_list() == ["therapist", "client", "therapist", "client"]
    parsed = _parse("مشاور: سلام، حالتان چطور است؟\nمراجع: خسته‌ام.\n")  # noqa: RUF001
    assert parsed.turns["role"].to_list() == ["therapist", "client"]


def test_a_header_names_who_the_initials_and_the_lone_initial_stand_for() -> None:
    text = (
        "Counsellor:\tClemency Hart\n"
        "Client: K. (stage manager) \u2014 recorded with consent\n"
        "\n"
        "CH: So, session three. How did the week go?\n"
        "Kerenza: Badly, then better.\n"
        "CH: Tell me about the better part.\n"
    )
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "source_line", "speaker", "role") == [
        (4, "CH", "therapist"),
        (5, "Kerenza", "client"),
        (6, "CH", "therapist"),
    ]


def test_a_counsellor_greeting_the_client_by_name_is_a_turn_not_a_cast_line() -> None:
    text = (
        "Counsellor: Rasha, thank you for coming today.\n"
        "Rasha: Thank you.\n"
        "Counsellor: Rasha (pause) what brings you here?\n"
        "Rasha: The sleep.\n"
    )
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "source_line", "speaker") == [
        (1, "Counsellor"),
        (2, "Rasha"),
        (3, "Counsellor"),
        (4, "Rasha"),
    ]


def test_line_numbers_in_the_margin_are_taken_off_the_lines_they_number() -> None:
    text = (
        "1 Interviewer: Thanks for doing this again. Is it okay if I\n"
        "2 start the recorder?\n"
        "3 Participant: Yes, go ahead.\n"
        "\n"
        "4 Interviewer: How have the night shifts been?\n"
        "5 Participant: Long. 12 hours, most weeks.\n"
    )
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "source_line", "speaker", "text") == [
        (1, "Interviewer", "Thanks for doing this again. Is it okay if I\nstart the recorder?"),
        (3, "Participant", "Yes, go ahead."),
        (5, "Interviewer", "How have the night shifts been?"),
        (6, "Participant", "Long. 12 hours, most weeks."),
    ]


def test_a_turn_opening_with_a_number_is_no_margin_number() -> None:
    text = "Therapist: How many nights?\nClient: 3 nights.\nTherapist: And last week?\nClient: 4 or 5.\n"
    parsed = parse_files(files(text))
    assert parsed.turns["text"].to_list()[1] == "3 nights."


@pytest.mark.parametrize("banner", ["=== trial output 2 ===", "--- generation 3 ---", "### run 4 ###"])
def test_a_generation_scripts_banner_between_samples_starts_a_session(banner: str) -> None:
    parsed = _parse(f"Therapist: Hi Priya.\nClient: Hi.\n\n{banner}\n\nTherapist: Hi Niamh.\nClient: Hello.\n")
    assert parsed.sessions.height == 2
    assert parsed.stray_lines.is_empty()
