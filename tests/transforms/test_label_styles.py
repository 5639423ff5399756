"""Label styles met in exports the first parsers never saw: numbered turns, bracketed labels, timestamps after
the label or with AM/PM, multi-word role names, spaced scene breaks; and the roles of couple and group sessions."""

from __future__ import annotations

import polars as pl
import pytest

from tests.transforms.detector_frames import session
from transforms.formats.base import ParsedText
from transforms.formats.plain_text import parse_lines
from transforms.infer_roles import infer_roles
from transforms.lines import split_lines


def _parse(text: str) -> ParsedText:
    return parse_lines(split_lines(pl.DataFrame({"source_id": ["f"], "text": [text]})))


def _turns(parsed: ParsedText) -> list[tuple[int, str, str, str]]:
    return [(r["source_line"], r["speaker"], r["role"], r["text"]) for r in parsed.turns.iter_rows(named=True)]


def test_numbered_turns() -> None:
    parsed = _parse("1. T: How was the week?\n2. C: Long. 3. Not great.\n3) T: Tell me more.\n")
    assert _turns(parsed) == [
        (1, "T", "therapist", "How was the week?"),
        (2, "C", "client", "Long. 3. Not great."),
        (3, "T", "therapist", "Tell me more."),
    ]


def test_a_numbered_list_inside_a_turn_stays_text() -> None:
    parsed = _parse(
        "Therapist: Two things for this week:\n1. Sleep: lights out by eleven.\n2. Walk daily.\nClient: Okay.\n"
    )
    assert [t[1] for t in _turns(parsed)] == ["Therapist", "Client"]
    assert _turns(parsed)[0][3].endswith("2. Walk daily.")


def test_bracketed_labels_without_a_colon() -> None:
    parsed = _parse(
        "[Counsellor] Good morning. How are you?\n[Client] Tired. [laughs] But okay.\n"
        "[Unidentified speaker] Is this room free?\n[Counsellor] Sorry about that.\n"
    )
    assert [(t[1], t[2]) for t in _turns(parsed)] == [
        ("Counsellor", "therapist"),
        ("Client", "client"),
        ("Unidentified speaker", "unknown"),
        ("Counsellor", "therapist"),
    ]
    assert _turns(parsed)[1][3] == "Tired. [laughs] But okay."


def test_bracketed_stage_directions_are_no_labels() -> None:
    # No bracketed label the alias table knows: `[Laughs]` twice is a stage direction, not a speaker.
    parsed = _parse("Therapist: And then?\n[Laughs] I told him.\nClient: Yes.\n[Laughs] Again.\n")
    assert [t[1] for t in _turns(parsed)] == ["Therapist", "Client"]


@pytest.mark.parametrize(
    ("line", "speaker", "role", "stamp"),
    [
        ("Clinician [00:01:30]: How has it been?", "Clinician", "therapist", "00:01:30"),
        ("Patient (00:14): Better.", "Patient", "client", "00:14"),
        ("[3:41 PM] Ms Adeyemi (School Counselor): Hi Kai.", "Ms Adeyemi (School Counselor)", "therapist", "3:41 PM"),
        # Chat exports with the date first (WhatsApp on iPhone and on Android, ISO).
        ("[14/03/2024, 19:04:11] Counsellor: Hi.", "Counsellor", "therapist", "14/03/2024, 19:04:11"),
        ("3/14/24, 7:04 PM - Client: hey", "Client", "client", "3/14/24, 7:04 PM"),
        ("2024-03-14 19:04 Therapist: Hello.", "Therapist", "therapist", "2024-03-14 19:04"),
    ],
)
def test_timestamps_after_the_label_or_with_am_pm(line: str, speaker: str, role: str, stamp: str) -> None:
    parsed = _parse(line + "\n")
    assert parsed.turns.select("speaker", "role", "timestamp", "text").row(0) == (
        speaker,
        role,
        stamp,
        line.split(": ", 1)[1],
    )


def test_multi_word_role_names_in_lower_case() -> None:
    parsed = _parse("Counsellor: Welcome back.\nService user: Thanks.\nThe thing is: I lied.\n")
    assert _turns(parsed) == [
        (1, "Counsellor", "therapist", "Welcome back."),
        (2, "Service user", "client", "Thanks.\nThe thing is: I lied."),
    ]


def test_a_spaced_scene_break_separates_sessions() -> None:
    parsed = _parse("Therapist: Bye.\nClient: Bye.\n\n* * *\n\nTherapist: Hello again.\nClient: Hi.\n")
    assert parsed.sessions.height == 2


def test_bracketed_placeholders_label_turns_only_before_a_colon() -> None:
    text = (
        "[HOSPITAL] Staff Counselling Service\nNames replaced with [BRACKETED] placeholders.\n\n"
        "Counsellor: Welcome back, [CLIENT NAME].\n[CLIENT NAME]: I kept the diary.\n"
        "[NAME]: Sorry, is this room booked?\nCounsellor: It is, sorry. You kept the diary.\n"
    )
    parsed = _parse(text)
    assert [(line, speaker, role) for line, speaker, role, _ in _turns(parsed)] == [
        (4, "Counsellor", "therapist"),
        (5, "CLIENT NAME", "client"),
        (6, "NAME", "unknown"),
        (7, "Counsellor", "therapist"),
    ]
    assert parsed.stray_lines.height == 0


def test_a_family_member_who_speaks_once_is_a_speaker() -> None:
    parsed = _parse("Therapist: What goes through your mind?\nClient: The canteen.\nDad: He's always been like this.\n")
    assert _turns(parsed)[-1] == (3, "Dad", "unknown", "He's always been like this.")


def test_an_underlined_heading_opens_the_session_below_it() -> None:
    text = (
        "Generated conversations - batch B\n\nConversation 1\n==============\n\nTherapist: How are you?\n\n"
        "Client: Tired. She never listens.\n\nConversation 2\n--------------\n\nTherapist: Welcome back.\n"
    )
    parsed = _parse(text)
    # The heading is no part of the last turn above it; it names the next session.
    assert [t for _, _, _, t in _turns(parsed)] == ["How are you?", "Tired. She never listens.", "Welcome back."]
    assert parsed.sessions["source_metadata"].to_list() == ['{"title":"Conversation 1"}', '{"title":"Conversation 2"}']
    assert parsed.stray_lines.height == 0


def test_a_group_session_with_a_named_facilitator() -> None:
    frame = session(
        ("Facilitator", "Welcome, everyone."),
        ("Grace", "Thanks for having us."),
        ("Lou", "Hi all."),
        ("Grace", "It has been a hard month."),
        ("Receptionist", "Sorry, wrong room."),
        ("Lou", "Same here."),
    )
    frame = frame.with_columns(
        pl.when(pl.col("speaker") == "Facilitator").then(pl.lit("therapist")).otherwise("role").alias("role")
    )
    inferred, rows = infer_roles(frame)
    roles = dict(inferred.select("speaker", "role").unique().iter_rows())
    assert roles == {"Facilitator": "therapist", "Grace": "client", "Lou": "client", "Receptionist": "unknown"}
    assert sorted(rows["speaker"].to_list()) == ["Grace", "Lou"]


@pytest.mark.parametrize(
    "text",
    [
        "<Therapist> How was the week?\n<Client> Long.\n<Therapist> Tell me more.\n",
        "TH\tHow was the week?\nCL\tLong.\nTH\tTell me more.\n",
        "Therapist > How was the week?\nClient > Long.\nTherapist > Tell me more.\n",
        "19:03 - Therapist: How was the week?\n19:04 - Client: Long.\n19:05 - Therapist: Tell me more.\n",
        "Terapeuta: How was the week?\nPaciente: Long.\nTerapeuta: Tell me more.\n",
    ],
    ids=["angle-brackets", "tab", "arrow", "clock-dash", "spanish-labels"],
)
def test_more_label_styles(text: str) -> None:
    parsed = _parse(text)
    assert [(t[2], t[3]) for t in _turns(parsed)] == [
        ("therapist", "How was the week?"),
        ("client", "Long."),
        ("therapist", "Tell me more."),
    ]


def test_a_tab_label_with_nothing_after_it_is_an_empty_turn() -> None:
    parsed = _parse("TH\tHow was the week?\nCL\t\nTH\tTake your time.\n")
    assert [(t[1], t[3]) for t in _turns(parsed)] == [
        ("TH", "How was the week?"),
        ("CL", ""),
        ("TH", "Take your time."),
    ]


def test_an_arrow_in_a_sentence_is_no_label() -> None:
    parsed = _parse(
        "Therapist > What matters more?\nClient > Honestly > everything else.\nCosts > benefits, I guess.\n"
    )
    assert [t[1] for t in _turns(parsed)] == ["Therapist", "Client"]


def test_chat_handles_are_speakers_even_once() -> None:
    parsed = _parse(
        "@dr.lee: hi Sam, how did lunch go?\n@sam_k: ok\n@r.haddad: wrong thread, sorry\n@dr.lee: no problem\n"
    )
    assert [t[1] for t in _turns(parsed)] == ["@dr.lee", "@sam_k", "@r.haddad", "@dr.lee"]


def test_a_once_seen_name_in_the_files_bold_label_style_is_a_speaker() -> None:
    parsed = _parse(
        "**Dr. Osei:** Welcome back.\n\n**Claude:** Thanks.\n\n**Kwame:** Sorry, your four o'clock rang.\n\n"
        "**Dr. Osei:** Where were we?\n\n**Claude:** The letter.\n\n**Step 1:** is not a speaker\n"
    )
    assert [t[1] for t in _turns(parsed)] == ["Dr. Osei", "Claude", "Kwame", "Dr. Osei", "Claude"]


def test_a_short_metadata_preamble_is_the_files_header() -> None:
    parsed = _parse(
        "CareLink secure messaging - conversation export\n"
        "Participants - @dr.lee (clinician), @sam_k (patient)\n"
        "Exported 12/06/2024 08:41\n\n"
        "@dr.lee: hi Sam\n@sam_k: hiya\n"
    )
    assert parsed.stray_lines.height == 0
    # (The `Participants` line now marks the part above the turns as a header, its blank line included.)
    assert parsed.header_lines.filter(pl.col("line").str.strip_chars() != "").height == 3


@pytest.mark.parametrize(
    "text",
    [
        "Therapist \u2014 How was the week?\nClient \u2014 Long.\nTherapist \u2014 Tell me more.\n",
        "Dr. Lee [Therapist]: How was the week?\nAnna [Client]: Long.\nDr. Lee [Therapist]: Tell me more.\n",
    ],
    ids=["spaced-dash", "role-in-brackets"],
)
def test_dash_separators_and_roles_in_brackets(text: str) -> None:
    parsed = _parse(text)
    assert [(t[2], t[3]) for t in _turns(parsed)] == [
        ("therapist", "How was the week?"),
        ("client", "Long."),
        ("therapist", "Tell me more."),
    ]


def test_numbered_clients_of_a_group_are_clients() -> None:
    parsed = _parse("Therapist: Welcome, both.\nClient 1: Thanks.\nClient B: Hi.\nPatient 2: Hello.\n")
    assert [(t[1], t[2]) for t in _turns(parsed)] == [
        ("Therapist", "therapist"),
        ("Client 1", "client"),
        ("Client B", "client"),
        ("Patient 2", "client"),
    ]


def test_a_dash_inside_speech_is_no_label() -> None:
    parsed = _parse("Therapist: How was it?\nClient: Work - it has been hard.\nWork - more hard.\n")
    assert [t[1] for t in _turns(parsed)] == ["Therapist", "Client"]


def test_initials_in_parentheses_take_their_roles_from_the_key() -> None:
    parsed = _parse(
        "Key: JM = Jo Mensah (counsellor); RB = Rosa Bianchi (client).\n\n"
        "(JM) How have the last weeks been?\n\n(RB) Up and down.\n\n(JM) Tell me more.\n\n(RB) (sighs) Mostly down.\n"
    )
    assert [(t[1], t[2], t[3]) for t in _turns(parsed)] == [
        ("JM", "therapist", "How have the last weeks been?"),
        ("RB", "client", "Up and down."),
        ("JM", "therapist", "Tell me more."),
        ("RB", "client", "(sighs) Mostly down."),
    ]
    assert parsed.stray_lines.height == 0


@pytest.mark.parametrize(
    "break_line",
    ["#### sample 02/04 | modality: DBT | temperature: 0.9 ####", "[Transcript 2 of 3 follows]", "=== Case 3 ==="],
)
def test_banners_and_bracketed_headings_between_transcripts_separate_sessions(break_line: str) -> None:
    parsed = _parse(f"Therapist: Bye.\nClient: Bye.\n\n{break_line}\n\nTherapist: Hello again.\nClient: Hi.\n")
    assert parsed.sessions.height == 2
    assert parsed.stray_lines.height == 0
    assert [t[3] for t in _turns(parsed)] == ["Bye.", "Bye.", "Hello again.", "Hi."]


def test_a_part_heading_inside_a_session_stays_text() -> None:
    parsed = _parse("Therapist: Bye.\n=== Part 2 ===\nClient: Bye.\n")
    assert parsed.sessions.height == 1


def test_new_chat_lines_between_pasted_chats_separate_sessions_under_a_lower_case_title() -> None:
    parsed = _parse(
        "roleplays batch 2 - pasted from chat\n\nNew chat\n\nCounsellor: Hi.\nClient: Hello.\n\nNew chat\n\n"
        "Counsellor: Welcome back.\nClient: Thanks.\n"
    )
    assert parsed.sessions.height == 2
    assert parsed.stray_lines.height == 0
    assert [t[3] for t in _turns(parsed)] == ["Hi.", "Hello.", "Welcome back.", "Thanks."]


def test_a_once_seen_name_in_the_files_brackets_is_a_speaker_but_a_stage_direction_is_not() -> None:
    parsed = _parse(
        "(JM) Hello.\n(RB) Hi.\n(JM) How are you?\n(RB) Fine.\n(DL) Sorry, wrong room.\n(Laughs) Anyway.\n(JM) Go on.\n"
    )
    assert [t[1] for t in _turns(parsed)] == ["JM", "RB", "JM", "RB", "DL", "JM"]


def test_end_of_text_tokens_between_generated_samples_separate_sessions() -> None:
    parsed = _parse("Therapist: Bye.\nClient: Bye.\n\n<|endoftext|>\n\nTherapist: Hello again.\nClient: Hi.\n")
    assert parsed.sessions.height == 2
    assert parsed.stray_lines.height == 0


def test_email_header_lines_are_no_speakers() -> None:
    parsed = _parse("From: Ailsa <a@example.net>\nTo: Kath <k@example.org>\nSubject: my brother\n\nHi,\n")
    assert parsed.turns.height == 0


def test_a_preamble_sentence_about_the_transcript_is_header() -> None:
    parsed = _parse(
        "Staff Counselling Service\nNames, places and dates replaced with [BRACKETED] placeholders.\n\n"
        "Counsellor: Welcome.\nClient: Thanks.\n"
    )
    assert parsed.stray_lines.height == 0
    assert parsed.header_lines.height == 2


def test_de_identified_bracketed_labels_with_a_colon() -> None:
    parsed = _parse(
        "Counsellor: Welcome.\n[CLIENT NAME]: Thanks.\nCounsellor: How was the ward?\n[CLIENT NAME]: Hard.\n"
    )
    assert [(t[1], t[2], t[3]) for t in _turns(parsed)] == [
        ("Counsellor", "therapist", "Welcome."),
        ("CLIENT NAME", "client", "Thanks."),
        ("Counsellor", "therapist", "How was the ward?"),
        ("CLIENT NAME", "client", "Hard."),
    ]


def test_a_label_with_nothing_after_it_introduces_no_quote() -> None:
    parsed = _parse("Facilitator: What happens when you stop?\nTomasz:\nTomasz: Sorry. I was thinking.\n")
    assert [(line, speaker, text) for line, speaker, _, text in _turns(parsed)] == [
        (1, "Facilitator", "What happens when you stop?"),
        (2, "Tomasz", ""),
        (3, "Tomasz", "Sorry. I was thinking."),
    ]


def test_margin_line_numbers_a_field_row_and_a_key_with_role_phrases() -> None:
    text = (
        "Stepwise Service - assessment interview\n"
        "Participant: P07    Interviewer: LM    Date: 09/04/2024\n"
        "Key: I = assessing clinician; P = patient\n"
        "\n"
        "   1  I:  Thanks for coming in. Is that\n"
        "   2      okay?\n"
        "   3  P:  Yes, that's fine.\n"
        "   4  I:  Good.\n"
    )
    parsed = _parse(text)
    assert _turns(parsed) == [
        (5, "I", "therapist", "Thanks for coming in. Is that\nokay?"),
        (7, "P", "client", "Yes, that's fine."),
        (8, "I", "therapist", "Good."),
    ]
    assert parsed.stray_lines.height == 0


def test_a_clock_alone_on_its_line_is_a_time_mark_not_text() -> None:
    parsed = _parse(
        "[00:00:00]\nTherapist: How was it?\nClient: I drove the rest of the way.\n[00:02:00]\nTherapist: Good.\n"
    )
    assert [(line, text) for line, _, _, text in _turns(parsed)] == [
        (2, "How was it?"),
        (3, "I drove the rest of the way."),
        (5, "Good."),
    ]
    assert parsed.turns["timestamp"].to_list() == ["00:00:00", None, "00:02:00"]


def test_a_meeting_tools_transcription_notice_is_no_text() -> None:
    text = (
        "Helen Marsh started transcription\n\nHelen Marsh   0:11\nHi Jordan, can you hear me?\n\n"
        "Jordan Price   0:18\nYes, I can.\n\nHelen Marsh   0:25\nGood, I'll email you a copy.\n\n"
        "Helen Marsh stopped transcription\n"
    )
    assert [t for _, _, _, t in _turns(_parse(text))] == [
        "Hi Jordan, can you hear me?",
        "Yes, I can.",
        "Good, I'll email you a copy.",
    ]


def test_a_two_column_table_copied_from_a_pdf() -> None:
    text = (
        "Speaker      Utterance\n"
        "Counsellor   Last session you said there were things\n"
        "             you never got to say.\n"
        "Client       That feels a bit ridiculous.\n"
    )
    parsed = _parse(text)
    assert _turns(parsed) == [
        # (Continuation lines keep their indent, as written.)
        (2, "Counsellor", "therapist", "Last session you said there were things\n             you never got to say."),
        (4, "Client", "client", "That feels a bit ridiculous."),
    ]


def test_french_labels_with_a_no_break_space_before_the_colon() -> None:
    parsed = _parse(
        "Séance 1 \u2014 mardi 5 mars\n\nPsy\u00a0: Bonjour, installez-vous.\nPatiente\u00a0: Pas terrible.\n\n"
        "Séance 2 \u2014 mardi 12 mars\n\nPsy\u202f: Comment allez-vous\u00a0?\nPatiente : Mieux.\n"
    )
    assert [(t[1], t[2]) for t in _turns(parsed)] == [
        ("Psy", "therapist"),
        ("Patiente", "client"),
        ("Psy", "therapist"),
        ("Patiente", "client"),
    ]
    assert parsed.sessions.height == 2


def test_a_markdown_list_of_bold_labels_before_a_dash() -> None:
    parsed = _parse(
        "### Session 7 \u00b7 2024-03-05\n\n- **T** \u2014 How has the week been?\n* **C** \u2014 Worse on Monday.\n"
        "- **T** \u2014 Mm.\n\n### Session 8 \u00b7 2024-03-12\n\n- **Therapist:** Welcome back.\n"
    )
    assert [(t[0], t[2], t[3]) for t in _turns(parsed)] == [
        (3, "therapist", "How has the week been?"),
        (4, "client", "Worse on Monday."),
        (5, "therapist", "Mm."),
        (9, "therapist", "Welcome back."),
    ]
    assert parsed.sessions.height == 2


def test_a_notes_yaml_front_matter_is_its_header_not_turns() -> None:
    parsed = _parse(
        "---\ntitle: R.K. sessions\nclient: R.K.\ntherapist: Dr Sunita Bhatt\n---\n\n# ACT for back pain\n\n"
        "Therapist: How has the week been?\nClient: Better.\n"
    )
    assert [(t[0], t[1]) for t in _turns(parsed)] == [(9, "Therapist"), (10, "Client")]
    assert parsed.stray_lines.is_empty()
    assert set(parsed.header_lines["line_no"]) >= {1, 2, 3, 4, 5}


def test_a_live_chat_export_with_elapsed_times_and_banners() -> None:
    chat = (
        "==== LiveChatTranscript 00004821 | Case 00190233 ====\n"
        "Chat Started: Thursday, March 14, 2024, 21:03:44 (+0000)\n"
        "( 1s ) Wellbeing Bot: Hi, how can I help?\n( 31s ) Visitor: i feel low\n"
        "( 2m 14s ) Hannah K: Hi, I'm Hannah. Are you safe right now?\n( 1h 2m 50s ) Visitor: yeah\n"
        "( 1h 3m 2s ) Hannah K: Thank you.\n\n"
        "==== LiveChatTranscript 00004829 | Case 00190251 ====\n"
        "Chat Started: Thursday, March 14, 2024, 22:17:09 (+0000)\n"
        "( 1s ) Wellbeing Bot: Hi, how can I help?\n( 20s ) Visitor: can i talk to a person\n"
    )
    parsed = _parse(chat)
    assert parsed.sessions.height == 2
    assert parsed.stray_lines.is_empty()
    assert [(t[0], t[1]) for t in _turns(parsed)] == [
        (3, "Wellbeing Bot"),
        (4, "Visitor"),
        (5, "Hannah K"),
        (6, "Visitor"),
        (7, "Hannah K"),
        (11, "Wellbeing Bot"),
        (12, "Visitor"),
    ]
    assert parsed.turns["timestamp"].to_list()[:4] == ["1s", "31s", "2m 14s", "1h 2m 50s"]


def test_initials_among_initials_are_a_speaker_even_once() -> None:
    parsed = _parse(
        "CO = counsellor; CL = client.\n\n"
        "CO: so how have things been.\nCL: not great.\nCO: mm.\n"
        "NU: oh sorry, I thought the room was free.\nCO: sorry about that.\nCL: yeah.\n"
    )
    assert [(t[0], t[1]) for t in _turns(parsed)] == [(3, "CO"), (4, "CL"), (5, "CO"), (6, "NU"), (7, "CO"), (8, "CL")]
