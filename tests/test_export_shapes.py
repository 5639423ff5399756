"""Export shapes the twelfth blind set showed unread or misread, each in a small file written here: read through the
whole batch, with the roles, lines and defects they should give."""

from __future__ import annotations

import json

import polars as pl
import pytest

from tests.file_batch import FileBatch, file_batch

FILES: dict[str, str] = {
    # Turn-counted labels, a bracketed book page between two lines of one turn.
    "workbook.txt": (
        "Transcript 2.4: a first session\n\n"
        "T1: Hello, come in. What would you like to talk about today?\n"
        "C1: My sleep, mostly. I lie awake going over everything I said at work and I cannot\n"
        "[p. 12]\n"
        "switch it off.\n"
        "T2: Going over everything you said. What does that sound like in your head?\n"
        "C2: Like a replay that never finishes.\n"
    ),
    # ChatGPT Exporter: a title, bold date fields, `## Prompt:` / `## Response:` headings, the tool's credit.
    "exporter.md": (
        "# Worry before exams\n\n"
        "**Created:** 3/4/2024 21:10:04  \n"
        "**Exported:** 3/5/2024 8:00:12  \n\n"
        "## Prompt:\nmy exam is tomorrow and i cant stop panicking\n\n"
        "## Response:\nThat sounds really stressful. What goes through your mind when you picture tomorrow?\n\n"
        "## Prompt:\nthat i will forget everything\n\n"
        "## Response:\nForgetting everything is a frightening thought. What has helped you recall things before?\n\n"
        "---\n\nPowered by [ChatGPT Exporter](https://www.chatgptexporter.com)\n"
    ),
    # Whisper with diarised speakers: a span, then SPEAKER_NN; the same speaker's next segment carries on.
    "whisper.txt": (
        "[00:00:01.000 --> 00:00:04.200] SPEAKER_00: Okay, we're recording. How has the week been for you?\n"
        "[00:00:04.600 --> 00:00:09.900] SPEAKER_01: Not bad actually. I went to the gym twice and I\n"
        "[00:00:10.000 --> 00:00:12.100] SPEAKER_01: even enjoyed it a bit, which surprised me.\n"
        "[00:00:12.500 --> 00:00:16.800] SPEAKER_00: You enjoyed it. What do you think made it different this time?\n"
        "[00:00:17.200 --> 00:00:22.900] SPEAKER_01: I went with my brother, so I couldn't back out of it.\n"
        "[00:00:23.300 --> 00:00:27.500] SPEAKER_00: Having someone with you made it easier to keep going.\n"
    ),
    # A chat tool's HTML table: time, sender (`Name (Role)`, a visitor number), message; platform rows have no sender.
    "webchat.html": (
        "<!DOCTYPE html>\n<html><head><title>Chat 17</title></head><body>\n<table>\n"
        "<tr><th>Time</th><th>From</th><th>Message</th></tr>\n"
        "<tr><td>20:01:00</td><td></td><td>Chat started</td></tr>\n"
        "<tr><td>20:01:30</td><td>Sam (Counsellor)</td><td>Hi, I'm Sam. What's on your mind tonight?</td></tr>\n"
        "<tr><td>20:02:10</td><td>Visitor 302</td><td>my flatmate keeps having parties and i cant sleep</td></tr>\n"
        "<tr><td>20:03:00</td><td>Sam (Counsellor)</td><td>That sounds exhausting. How long has it been?</td></tr>\n"
        "<tr><td>20:03:40</td><td>Visitor 302</td><td>since january</td></tr>\n"
        "<tr><td>20:20:00</td><td></td><td>Visitor left the chat</td></tr>\n"
        "</table></body></html>\n"
    ),
    # A CSV row whose quoted cell closes and runs on (quotes not doubled).
    "export.csv": (
        "conversation,author,body\n"
        "c1,counsellor,\"Hi, you're through to the text line. What's happening for you?\"\n"
        "c1,client,my boss shouted at me in front of everyone\n"
        'c1,counsellor,"When he said you were "useless", what went through your mind?"\n'
        "c1,client,that he is right\n"
        'c1,counsellor,"It sounds like part of you believes him. What would a friend say?"\n'
    ),
    # A Gemini tuning row whose model turn leaked its reasoning.
    "gemini.jsonl": json.dumps(
        {
            "contents": [
                {"role": "user", "parts": [{"text": "I keep cancelling plans with friends because I feel too tired."}]},
                {
                    "role": "model",
                    "parts": [
                        {
                            "text": "<think>\nValidate, then ask about the tiredness.\n</think>\n\nThat sounds "
                            "hard. What does the tiredness feel like when a plan comes up?"
                        }
                    ],
                },
                {"role": "user", "parts": [{"text": "Heavy. Like everything takes twice the effort."}]},
            ]
        }
    )
    + "\n",
    # A NIST STM reference: comments, segments with labels, a gap, a walk-on speaker, a segment missing its times.
    "reference.stm": (
        ";; reference for the pilot, session 3\n"
        "s3 1 counsellor_AB 1.00 4.50 <o,f0,female> how has your week been\n"
        "s3 1 client_3 5.00 9.20 <o,f0,male> better i went for two walks\n"
        "s3 1 inter_segment_gap 9.20 10.00 <o,,unknown>\n"
        "s3 1 counsellor_AB 10.00 13.10 <o,f0,female> two walks what helped you get out\n"
        "s3 1 neighbour_3 13.50 15.00 <o,f0,male> sorry wrong door\n"
        "s3 1 client_3 15.20 and my dog needed it\n"
        "s3 1 client_3 16.00 20.40 <o,f0,male> my dog needed it and so did i\n"
    ),
    # Second read of the change: a known speaker answering with a date, a table row that continues its sender with the
    # sender cell empty, a client's aside about her role at work, senders named User1/User2.
    "plain.txt": (
        "Therapist: When is the hearing, do you know the date yet?\n"
        "Client: 14/03/2024\n"
        "Therapist: That's soon. How are you feeling about it?\n"
        "Client: It was a lot (in my role at work I manage twelve people) and I just froze when they told me.\n"
    ),
    "table.html": (
        "<!DOCTYPE html>\n<html><body><table>\n"
        "<tr><th>Time</th><th>From</th><th>Message</th></tr>\n"
        "<tr><td>20:01:30</td><td>Sam (Counsellor)</td><td>How are the weekends for you at the moment?</td></tr>\n"
        "<tr><td>20:02:10</td><td>Visitor 302</td><td>they are the worst part of the week for me</td></tr>\n"
        "<tr><td>20:02:15</td><td></td><td>especially sunday evenings when everyone goes home</td></tr>\n"
        "<tr><td>20:03:00</td><td>Sam (Counsellor)</td><td>Sunday evenings sound lonely. What happens then?</td></tr>\n"
        "</table></body></html>\n"
    ),
    # A telephone STM reference: each party on its own channel, listed one channel after the other.
    "call.stm": (
        "c7 A caller_7 0.50 3.00 <o,f0,male> hi i wasnt sure whether to ring\n"
        "c7 A caller_7 8.10 11.00 <o,f0,male> just the nights mostly\n"
        "c7 B counsellor_JP 3.40 7.90 <o,f0,female> im glad you did what has been happening\n"
        "c7 B counsellor_JP 11.40 14.00 <o,f0,female> the nights tell me about them\n"
    ),
    # Dutch labels, sessions headed `=== Gesprek N ===`.
    "gesprekken.txt": (
        "=== Gesprek 1 === thema: slapen\n\n"
        "Hulpverlener: Waar wil je het vandaag over hebben?\n"
        "Cliënt: Ik slaap slecht sinds mijn nieuwe baan.\n"
        "Hulpverlener: Wat houdt je wakker?\n"
        "Cliënt: Ik blijf piekeren over mijn werk.\n\n"
        "=== Gesprek 2 === thema: rouw\n\n"
        "Hulpverlener: Hoe gaat het sinds vorige keer?\n"
        "Cliënt: Niet zo goed, ik mis mijn oma.\n"
        "Hulpverlener: Wat mis je het meest aan haar?\n"
        "Cliënt: Haar stem op zondag.\n"
    ),
}


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> FileBatch:
    return file_batch(tmp_path_factory.mktemp("shapes"), FILES)


def _above_info(defects: pl.DataFrame) -> list[tuple[int | None, str]]:
    return sorted(defects.filter(pl.col("severity") != "info").select("source_line", "defect_type").rows())


def test_turn_counted_labels_and_a_book_page(batch: FileBatch) -> None:
    _, turns, defects = batch.of("workbook.txt")
    assert turns.select("speaker", "role").rows() == [
        ("T1", "therapist"), ("C1", "client"), ("T2", "therapist"), ("C2", "client")
    ]  # fmt: skip
    # The page mark is no part of the turn it interrupts.
    assert "p. 12" not in turns["text"][1] and turns["text"][1].endswith("I cannot\nswitch it off.")
    assert _above_info(defects) == []


def test_chatgpt_exporter_headings_fields_and_credit(batch: FileBatch) -> None:
    _, turns, defects = batch.of("exporter.md")
    assert turns.select("speaker", "role").rows() == [
        ("Prompt", "client"), ("Response", "therapist"), ("Prompt", "client"), ("Response", "therapist")
    ]  # fmt: skip
    # Neither the dated fields nor the exporter's credit are turns or stray lines.
    assert _above_info(defects) == []


def test_whisper_segments_with_diarised_speakers(batch: FileBatch) -> None:
    _, turns, defects = batch.of("whisper.txt")
    assert turns.height == 6
    assert turns["timestamp"][0] == "00:00:01.000"
    assert turns.select("speaker", "role").unique(maintain_order=True).rows() == [
        ("SPEAKER_00", "therapist"), ("SPEAKER_01", "client")
    ]  # fmt: skip
    # "...and I" carried on by the same speaker's next segment is not a cut turn.
    assert "truncated_turn" not in defects["defect_type"].to_list()


def test_html_chat_table_with_role_asides_and_platform_rows(batch: FileBatch) -> None:
    sessions, turns, defects = batch.of("webchat.html")
    assert turns.select("speaker", "role").rows() == [
        ("Sam (Counsellor)", "therapist"), ("Visitor 302", "client"),
        ("Sam (Counsellor)", "therapist"), ("Visitor 302", "client"),
    ]  # fmt: skip
    assert json.loads(sessions["source_metadata"][0])["system_messages"] == ["Chat started", "Visitor left the chat"]
    assert _above_info(defects) == []


def test_csv_row_with_a_quoted_cell_that_runs_on_is_unparseable(batch: FileBatch) -> None:
    _, turns, defects = batch.of("export.csv")
    assert turns.height == 4
    assert _above_info(defects) == [(4, "unparseable_line")]


def test_leaked_reasoning_in_a_json_body_is_meta_text(batch: FileBatch) -> None:
    _, turns, defects = batch.of("gemini.jsonl")
    assert turns.select("speaker", "role").rows() == [("user", "client"), ("model", "therapist"), ("user", "client")]
    assert turns["text"][1].startswith("That sounds hard.")
    assert "meta_text" in defects["defect_type"].to_list()


def test_stm_reference_segments(batch: FileBatch) -> None:
    sessions, turns, defects = batch.of("reference.stm")
    assert sessions.height == 1
    assert turns.select("speaker", "role", "timestamp").rows() == [
        ("counsellor_AB", "therapist", "1.00"), ("client_3", "client", "5.00"),
        ("counsellor_AB", "therapist", "10.00"), ("neighbour_3", "unknown", "13.50"), ("client_3", "client", "16.00"),
    ]  # fmt: skip
    # The walk-on speaker is reported, the segment without its times is not read into anyone's turn.
    assert {(6, "unknown_speaker"), (7, "unparseable_line")} <= set(_above_info(defects))


def test_second_read_of_the_plain_text_rules(batch: FileBatch) -> None:
    _, turns, defects = batch.of("plain.txt")
    # A known speaker's answer that is a date is a turn, not a record field.
    assert turns.select("role", "text").row(1) == ("client", "14/03/2024")
    # An aside about a role at work is speech, not a stage note of a model stepping into its part.
    assert "(in my role at work I manage twelve people)" in turns["text"][3]
    assert "meta_text" not in defects["defect_type"].to_list()


def test_a_senderless_table_row_of_words_carries_on_its_turn(batch: FileBatch) -> None:
    sessions, turns, _ = batch.of("table.html")
    assert turns["role"].to_list() == ["therapist", "client", "therapist"]
    assert "especially sunday evenings" in turns["text"][1]
    assert sessions["source_metadata"][0] is None or "system_messages" not in sessions["source_metadata"][0]


def test_a_telephone_stm_is_one_call_in_time_order(batch: FileBatch) -> None:
    sessions, turns, _ = batch.of("call.stm")
    assert sessions.height == 1
    assert turns.select("speaker", "timestamp").rows() == [
        ("caller_7", "0.50"), ("counsellor_JP", "3.40"), ("caller_7", "8.10"), ("counsellor_JP", "11.40")
    ]  # fmt: skip
    assert turns["role"].to_list() == ["client", "therapist", "client", "therapist"]


def test_dutch_labels_and_session_headings(batch: FileBatch) -> None:
    sessions, turns, defects = batch.of("gesprekken.txt")
    assert sessions.height == 2
    assert set(turns["role"]) == {"therapist", "client"}
    assert _above_info(defects) == []
