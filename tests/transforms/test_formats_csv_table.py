"""csv_table: one utterance a row, columns found by name or by the folder's mapping file."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from flows.batch import process_batch
from flows.read_raw import discover
from tests.transforms._formats import files, loads, rows
from transforms import formats
from transforms.formats.csv_table import COLUMN_MAPPING_FILE, parse_files

ANNOMI_LIKE = (
    "transcript_id,mi_quality,topic,utterance_id,interlocutor,timestamp,utterance_text,main_therapist_behaviour,"
    "client_talk_type\n"
    "7,high,smoking,1,client,00:00:05,Hi.,n/a,neutral\n"
    "7,high,smoking,0,therapist,00:00:01,Welcome. How are things?,question,n/a\n"
    '7,high,smoking,2,therapist,00:00:09,"So, two lines:\nfirst, second.",reflection,n/a\n'
    "3,low,diet,0,therapist,00:00:02,Let's talk food.,therapist_input,n/a\n"
    "3,low,diet,1,client,00:00:04,Okay.,n/a,change\n"
)


def test_rows_become_turns_in_utterance_order_with_their_own_lines() -> None:
    parsed = parse_files(files(ANNOMI_LIKE, paths=["/data/annomi.csv"]))

    assert rows(parsed.sessions, "segment", "session_index", "source_line") == [(0, 0, 2), (1, 1, 6)]
    assert rows(
        parsed.turns, "segment", "source_turn_index", "source_line", "speaker", "role", "text", "timestamp"
    ) == [
        (0, 0, 3, "therapist", "therapist", "Welcome. How are things?", "00:00:01"),
        (0, 1, 2, "client", "client", "Hi.", "00:00:05"),
        (0, 2, 4, "therapist", "therapist", "So, two lines:\nfirst, second.", "00:00:09"),
        # The quoted line break above pushes the next row to line 6.
        (1, 0, 6, "therapist", "therapist", "Let's talk food.", "00:00:02"),
        (1, 1, 7, "client", "client", "Okay.", "00:00:04"),
    ]


def test_columns_constant_in_a_session_are_metadata_the_rest_are_labels() -> None:
    parsed = parse_files(files(ANNOMI_LIKE, paths=["/data/annomi.csv"]))
    assert loads(parsed.sessions["source_metadata"][0]) == {
        "transcript_id": "7",
        "mi_quality": "high",
        "topic": "smoking",
    }
    assert loads(parsed.turns["source_labels"][0]) == {
        "main_therapist_behaviour": "question",
        "client_talk_type": "n/a",
    }


def test_tsv_without_session_column_is_one_session() -> None:
    text = "speaker\ttext\nT\tHello, Sam.\nC\tHi.\n"
    parsed = parse_files(files(text, paths=["/data/call.tsv"]))
    assert parsed.sessions.height == 1
    assert rows(parsed.turns, "source_line", "speaker", "role", "text") == [
        (2, "T", "therapist", "Hello, Sam."),
        (3, "C", "client", "Hi."),
    ]


def test_one_row_per_annotator_gives_one_turn_with_every_annotation() -> None:
    text = (
        "transcript_id,utterance_id,interlocutor,utterance_text,annotator_id,main_therapist_behaviour\n"
        "1,0,therapist,How are you?,3,question\n"
        "1,0,therapist,How are you?,5,question\n"
        "1,1,client,Fine.,3,n/a\n"
    )
    parsed = parse_files(files(text, paths=["/data/full.csv"]))
    assert rows(parsed.turns, "source_turn_index", "source_line", "text") == [(0, 2, "How are you?"), (1, 4, "Fine.")]
    assert loads(parsed.turns["source_labels"][0]) == {
        "annotations": [
            {"annotator_id": "3", "main_therapist_behaviour": "question"},
            {"annotator_id": "5", "main_therapist_behaviour": "question"},
        ]
    }


def test_mapping_points_our_roles_at_other_columns() -> None:
    text = "conv;n;who;said;code;clinic\nA;2;Client;Fine.;x;north\nA;1;Counsellor;How are you?;q;north\n"
    mapping = json.dumps(
        {"session": "conv", "order": "n", "speaker": "who", "text": "said", "labels": ["code"], "metadata": ["clinic"]}
    )
    frame = files(text, paths=["/data/export.txt"]).with_columns(pl.lit(mapping).alias("column_mapping"))
    parsed = parse_files(frame)
    assert rows(parsed.turns, "role", "text", "source_labels") == [
        ("therapist", "How are you?", '{"code":"q"}'),
        ("client", "Fine.", '{"code":"x"}'),
    ]
    assert loads(parsed.sessions["source_metadata"][0]) == {"conv": "A", "clinic": "north"}


@pytest.mark.parametrize(
    "mapping",
    ['["speaker"]', '{"speaker": "who", "colour": "red"}'],
    ids=["not-an-object", "unknown-key"],
)
def test_a_broken_mapping_is_an_error(mapping: str) -> None:
    frame = files("who,said\nT,Hi\n").with_columns(pl.lit(mapping).alias("column_mapping"))
    with pytest.raises(ValueError, match=COLUMN_MAPPING_FILE):
        parse_files(frame)


def test_the_mapping_file_is_read_beside_the_csv_and_never_ingested(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "calls.csv").write_text("call,who,said\n9,T,Hello.\n9,C,Hi.\n9,T,What brings you in?\n")
    (folder / COLUMN_MAPPING_FILE).write_text(json.dumps({"session": "call", "speaker": "who", "text": "said"}))

    found = [Path(f.path).name for f in discover(tmp_path)]
    assert found == ["calls.csv"]
    batch = process_batch([str(folder / "calls.csv")], {})
    assert batch.sources.select("status", "turns_parsed").rows() == [("loaded", 3)]
    assert batch.turns.get_column("role").to_list() == ["therapist", "client", "therapist"]


def test_without_the_mapping_file_the_same_csv_is_quarantined(tmp_path: Path) -> None:
    path = tmp_path / "calls.csv"
    path.write_text("call,who,said\n9,T,Hello.\n")
    batch = process_batch([str(path)], {})
    assert batch.sources.select("status").item() == "quarantined"


def test_a_row_with_more_fields_than_the_header_stops_the_file_rather_than_losing_text(tmp_path: Path) -> None:
    path = tmp_path / "calls.csv"
    path.write_text("speaker,text\ntherapist,Hello\nclient,Fine,thanks,really\n")
    batch = process_batch([str(path)], {})
    assert batch.sources.select("status").item() == "quarantined"
    assert str(batch.sources.select("error").item()).startswith("a table that cannot be read: found more fields")


def test_a_rare_row_with_a_field_too_many_is_an_unparseable_line_and_the_rest_loads(tmp_path: Path) -> None:
    path = tmp_path / "calls.csv"
    good = [f'{"therapist" if n % 2 else "client"},"Turn {n}, said in full."' for n in range(12)]
    rows_ = [*good[:5], 'client,"multi\nline",oops,extra', *good[5:]]
    path.write_text("speaker,text\n" + "\n".join(rows_) + "\n")
    batch = process_batch([str(path)], {})
    assert batch.sources.select("status", "turns_parsed").row(0) == ("loaded", 12)
    stray = batch.defects.filter(pl.col("defect_type") == "unparseable_line")
    # The row starts on line 7 (header, five rows) and keeps its text, both lines, in the excerpt.
    assert stray.select("source_line", "excerpt").rows() == [(7, 'client,"multi\nline",oops,extra')]
    assert sorted(batch.turns["source_line"].to_list()) == [2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 14, 15]


def test_column_names_as_a_spreadsheet_writes_them() -> None:
    sheet = (
        "Session ID,Speaker Role,Dialogue\n"
        "S1,Therapist,What would you like from today?\n"
        "S1,Client,Some idea of where to start.\n"
        "S2,Therapist,How did the week go?\n"
    )
    parsed = parse_files(files(sheet, paths=["/data/sheet.csv"]))
    assert rows(parsed.turns, "segment", "role", "text") == [
        (0, "therapist", "What would you like from today?"),
        (0, "client", "Some idea of where to start."),
        (1, "therapist", "How did the week go?"),
    ]


def test_a_markdown_table_without_its_alignment_row_and_outer_bars() -> None:
    table = (
        "| Speaker | Text |\n"
        "|:---|---|\n"
        "| Therapist | Where are you with the letter? |\n"
        "| Client | Still unopened on the table. |\n"
    )
    parsed = parse_files(files(table, paths=["/notes/session.md"]))
    assert rows(parsed.turns, "role", "text", "source_line", "source_labels") == [
        ("therapist", "Where are you with the letter?", 3, None),
        ("client", "Still unopened on the table.", 4, None),
    ]
    assert rows(parsed.sessions, "source_metadata") == [(None,)]


def test_a_chat_export_without_chat_ids_splits_where_the_platform_says_a_chat_ended() -> None:
    text = (
        "timestamp,user_type,message\n"
        "2024-03-14 21:04,peer_supporter,Hi. What's on your mind tonight?\n"
        "2024-03-14 21:05,member,not sure really\n"
        "2024-03-14 21:28,system,Member left the chat\n"
        "2024-03-15 19:41,peer_supporter,Hi. What's on your mind tonight?\n"
        "2024-03-15 19:42,member,my daughter hasnt been to school since october\n"
    )
    parsed = parse_files(files(text, paths=["/x/chats.csv"]))
    assert rows(parsed.turns, "segment", "source_line", "role", "text") == [
        (0, 2, "therapist", "Hi. What's on your mind tonight?"),
        (0, 3, "client", "not sure really"),
        (1, 5, "therapist", "Hi. What's on your mind tonight?"),
        (1, 6, "client", "my daughter hasnt been to school since october"),
    ]
    # The platform's row is kept with the chat it closed, not lost.
    assert json.loads(parsed.sessions["source_metadata"][0])["system_messages"] == ["Member left the chat"]


def test_r_write_csv_missing_values_are_no_ones_words() -> None:
    # R quotes every string and writes a missing value as a bare NA; a quoted "NA" would be text, a bare one is not.
    text = (
        '"","session_id","speaker","utterance","code"\n'
        '"1","S1","therapist","Where are you with it?","OQ"\n'
        '"2","S1","client",NA,NA\n'
        '"3","S1","therapist","Take your time.",NA\n'
    )
    parsed = parse_files(files(text, paths=["/data/coded.csv"]))
    assert rows(parsed.turns, "source_line", "speaker", "text") == [
        (2, "therapist", "Where are you with it?"),
        (3, "client", ""),
        (4, "therapist", "Take your time."),
    ]


def test_excels_separator_line_is_the_files_header_and_names_the_delimiter() -> None:
    text = (
        "sep=;\r\n"  # 1
        "Sesja;Nr;Osoba;Wypowiedź;Uwagi\r\n"  # 2
        "S07;1;Terapeutka;Dzień dobry. Jak minął pani tydzień?;\r\n"  # 3
        "S07;2;Klientka;Szczerze? Średnio, ale lepiej niż w zeszłym tygodniu, naprawdę.;\r\n"  # 4
        "S07;3;Terapeutka;Co było inaczej w tym tygodniu?;\r\n"  # 5
    )
    parsed = formats.parse_files(files(text, paths=["/data/sesje.csv"]))
    assert rows(parsed.turns, "source_line", "role") == [(3, "therapist"), (4, "client"), (5, "therapist")]
    assert rows(parsed.header_lines, "line_no", "line") == [(1, "sep=;")]


def test_a_help_desk_export_reads_html_bodies_as_text_and_its_own_parts_as_metadata() -> None:
    # Intercom's conversation parts: HTML bodies; assignments, closes and internal notes are the platform's, not speech.
    text = (
        "conversation_id,part_id,part_type,author_type,author_name,body\n"
        '184302,1,comment,user,Ellie R.,"<p>hi, the booking link doesnt work</p>"\n'  # 2
        "184302,2,assignment,bot,Fin,\n"  # 3
        '184302,3,note,admin,Priya,"<p>Known to service &amp; booked before.</p>"\n'  # 4
        '184302,4,comment,admin,Priya,"<p>Sorry about that &amp; thanks for waiting.<br>I\'ve sent a new link.</p>"\n'
        "184302,5,close,admin,Priya,\n"  # 6
    )
    parsed = parse_files(files(text, paths=["/data/parts.csv"]))
    assert rows(parsed.turns, "source_line", "speaker", "role", "text") == [
        (2, "user", "client", "hi, the booking link doesnt work"),
        (5, "admin", "therapist", "Sorry about that & thanks for waiting.\nI've sent a new link."),
    ]
    assert loads(parsed.sessions["source_metadata"][0])["system_messages"] == [
        "assignment",
        "<p>Known to service &amp; booked before.</p>",
        "close",
    ]


def test_a_coding_sheets_type_column_is_a_label_not_a_platform_part() -> None:
    # An MI coding sheet's `type` says whether a question was open or closed: the rows are turns.
    text = (
        "session_id,speaker,text,type\n"
        "S1,therapist,What brings you in today?,open\n"
        "S1,client,My mood mostly.,\n"
        "S1,therapist,Is it worse on Mondays?,closed\n"
    )
    parsed = parse_files(files(text, paths=["/data/coded.csv"]))
    assert parsed.turns.height == 3


def test_excels_separator_line_does_not_quarantine_the_file(tmp_path: Path) -> None:
    path = tmp_path / "sesje.csv"
    path.write_bytes(
        "sep=;\r\nsession;speaker;text\r\n1;terapeutka;Jak minął tydzień?\r\n1;klientka;Średnio, szczerze.\r\n"
        "1;terapeutka;Co było najtrudniejsze?\r\n".encode("cp1250")
    )
    batch = process_batch([str(path)], {})
    assert batch.sources["status"].to_list() == ["loaded"]
    assert batch.turns.select("source_line", "role").rows() == [(3, "therapist"), (4, "client"), (5, "therapist")]


# A phone's Messages exported as a table (iMazing): the owner's sent rows name no sender.
MESSAGES_CSV = (
    "\ufeffChat Session,Message Date,Service,Type,Sender ID,Sender Name,Status,Text\r\n"
    'Jo Ames,2025-01-14 15:31:07,SMS,Outgoing,,,Read,"Hi Jo, it\'s Hester. How are you feeling about Friday?"\r\n'
    "Jo Ames,2025-01-14 15:40:52,iMessage,Incoming,+15065550143,Jo Ames,Read,Honestly? Wound up.\r\n"
    "Jo Ames,2025-01-14 15:44:03,iMessage,Outgoing,,,Read,That's understandable. What's the plan?\r\n"
    "Jo Ames,2025-01-14 15:51:29,iMessage,Incoming,+15065550143,,Read,Sit in the car and breathe.\r\n"
)


def test_a_messages_export_names_the_sent_rows_me_and_the_received_ones_by_sender_or_chat() -> None:
    parsed = parse_files(files(MESSAGES_CSV, paths=["/data/messages.csv"]))
    assert rows(parsed.turns, "source_line", "speaker") == [(2, "Me"), (3, "Jo Ames"), (4, "Me"), (5, "Jo Ames")]
    # The direction column is read, not kept as a label of each turn.
    assert "Type" not in (loads(parsed.turns["source_labels"][0]) or {})


@pytest.mark.parametrize(
    ("column", "values", "read"),
    [
        ("is_from_me", ("1", "0"), True),
        ("type", ("open", "closed"), False),  # an MI coding sheet's question type
        ("direction", ("sent", "received"), True),
    ],
)
def test_a_direction_column_is_read_only_when_its_values_say_sent_or_received(
    column: str, values: tuple[str, str], read: bool
) -> None:
    table = f"speaker,{column},text\n,{values[0]},How was the week?\nSam,{values[1]},Long.\n"
    parsed = parse_files(files(table, paths=["/data/t.csv"]))
    assert parsed.turns["speaker"].to_list() == (["Me", "Sam"] if read else [None, "Sam"])
    labels = loads(parsed.turns["source_labels"][0]) or {}
    assert (column in labels) is not read


def test_a_direction_column_after_one_that_says_something_else_is_still_read() -> None:
    # iMessage exports: `message_type` says iMessage or SMS, `is_from_me` who sent it.
    table = (
        "chat_identifier,message_type,is_from_me,sender,text\n"
        "+15550143,iMessage,1,,How was the handover?\n"
        "+15550143,iMessage,0,Des,Rough.\n"
        "+15550143,SMS,1,,What made it rough?\n"
    )
    parsed = parse_files(files(table, paths=["/data/imsg.csv"]))
    assert parsed.turns["speaker"].to_list() == ["Me", "Des", "Me"]
    assert loads(parsed.turns["source_labels"][0])["message_type"] == "iMessage"


def test_a_korean_research_spreadsheets_columns_are_found_by_name() -> None:
    text = "회기,순번,화자,발화,비고\n3,1,상담자,안녕하세요.,\n3,2,내담자,그냥 그랬어요.,(한숨)\n"
    parsed = parse_files(files(text, paths=["/data/ko.csv"]))
    assert rows(parsed.turns, "source_line", "role", "text") == [
        (2, "therapist", "안녕하세요."),
        (3, "client", "그냥 그랬어요."),
    ]


PER_CLIENT_SESSIONS = (
    "record_id,session,seq,speaker,text\n"
    "R-01,1,1,Coach,Welcome to our first call.\n"
    "R-01,1,2,Client,Thanks for having me.\n"
    "R-01,2,1,Coach,Welcome back.\n"
    "R-01,2,2,Client,Good to be back.\n"
    "R-02,1,1,Coach,Hello and welcome.\n"
    "R-02,1,2,Client,Hi there.\n"
)


def test_sessions_numbered_per_record_are_told_apart_by_the_record() -> None:
    parsed = parse_files(files(PER_CLIENT_SESSIONS, paths=["/data/calls.csv"]))

    # R-02's session 1 is not R-01's: three sessions, not two.
    assert rows(parsed.sessions, "segment", "source_line") == [(0, 2), (1, 4), (2, 6)]
    assert parsed.turns.group_by("segment").len().sort("segment")["len"].to_list() == [2, 2, 2]
    assert set(parsed.turns["role"]) == {"therapist", "client"}


def test_an_id_that_changes_every_row_does_not_split_a_session() -> None:
    per_row_ids = (
        "message_id,session,speaker,text\n"
        "m1,1,Therapist,Hello.\nm2,1,Client,Hi.\nm3,1,Therapist,How are you?\nm4,1,Client,Fine.\n"
        "m5,2,Therapist,Welcome back.\nm6,2,Client,Thanks.\n"
    )
    parsed = parse_files(files(per_row_ids, paths=["/data/calls.csv"]))

    assert parsed.sessions.height == 2


def test_norwegian_columns_and_a_helplines_roles_are_read() -> None:
    chat = (
        "\ufeffSamtale-ID;Nr;Tidspunkt;Rolle;Melding;Kommentar\r\n"
        "NP-7;1;14.03.2024 22:42;Veileder;Hei, og velkommen. Hva har du på hjertet?;\r\n"
        "NP-7;2;14.03.2024 22:44;Bruker;vet ikke helt hvor jeg skal begynne;\r\n"
    )
    parsed = parse_files(files(chat, paths=["/chats/uke11.csv"]))

    assert rows(parsed.turns, "source_line", "role", "timestamp") == [
        (2, "therapist", "14.03.2024 22:42"),
        (3, "client", "14.03.2024 22:44"),
    ]


def test_a_redcap_export_reads_each_records_event_as_a_session() -> None:
    export = (
        "Record ID,Event Name,Repeat Instrument,Repeat Instance,Turn speaker,Turn text\n"
        "101,Session 1,Transcript Turn,1,Study counsellor,How have you been?\n"
        "101,Session 1,Transcript Turn,2,Participant,Jumpy.\n"
        "101,Session 1,Transcript Turn,3,Study counsellor,Still on alert.\n"
        "102,Session 1,Transcript Turn,1,Study counsellor,How have you been?\n"
        "102,Session 1,Transcript Turn,2,Participant,Tired.\n"
        "102,Session 1,Transcript Turn,3,Study counsellor,Worn out.\n"
    )
    parsed = parse_files(files(export, paths=["/study/redcap.csv"]))

    # Both records' event is `Session 1`: the record tells the two sessions apart.
    assert rows(parsed.sessions, "source_line") == [(2,), (5,)]
    assert rows(parsed.turns, "segment", "role", "text")[2:4] == [
        (0, "therapist", "Still on alert."),
        (1, "therapist", "How have you been?"),
    ]
    assert rows(parsed.turns, "speaker", "role")[0] == ("Study counsellor", "therapist")


def test_a_header_repeated_partway_down_is_layout_not_a_turn() -> None:
    joined = (
        "Hablante\tIntervención\tSesión\n"
        "Orientadora\tHola.\tSesión 1\nParticipante\tHola.\tSesión 1\n"
        "Hablante\tIntervención\tSesión\n"
        "Orientadora\t¿Qué tal?\tSesión 2\n"
    )
    parsed = parse_files(files(joined, paths=["/sheets/p07.tsv"]))

    assert rows(parsed.turns, "source_line", "speaker") == [(2, "Orientadora"), (3, "Participante"), (5, "Orientadora")]
    assert parsed.stray_lines.height == 0


def test_a_conversation_exported_twice_in_one_file_is_two_sessions() -> None:
    one = "EAP-1,{n},counsellor,Turn {n} of the counsellor.\nEAP-1,{m},member,Turn {m} of the member.\n"
    week = "".join(one.format(n=n, m=n + 1) for n in (1, 3))
    joined = "chat_id,seq,role,message\n" + week + "EAP-2,1,counsellor,Hello.\nEAP-2,2,member,Hi.\n" + week
    parsed = parse_files(files(joined, paths=["/exports/wk14_wk15.csv"]))

    # EAP-1's numbering starts again at line 8: a second copy, read as a session of its own (then a duplicate).
    assert rows(parsed.sessions, "source_line") == [(2,), (6,), (8,)]
    assert parsed.turns.group_by("segment").len().sort("segment")["len"].to_list() == [4, 2, 4]


def test_a_sheet_with_a_row_per_conversation_and_numbered_turn_columns() -> None:
    sheet = (
        "Check-in ID,Volunteer,T1 vol,T2 guest,T3 vol,T4 guest,Outcome\n"
        'WT-1,Bex,"Hiya, sit down.",I lost my mate.,What is her name?,,found\n'
        "WT-2,Odhran,Hey. You're safe here.,,Slow it down with me.,Okay.,calm\n"
    )
    parsed = parse_files(files(sheet, paths=["/tent/checkins.csv"]))

    # Each row a session; its turns in column order on the row's line, spoken by the column's role word; an empty
    # cell at the end of a short conversation is no turn, one before its last turn an empty turn.
    assert rows(parsed.sessions, "segment", "source_line") == [(0, 2), (1, 3)]
    assert rows(parsed.turns, "segment", "source_line", "speaker", "text") == [
        (0, 2, "vol", "Hiya, sit down."),
        (0, 2, "guest", "I lost my mate."),
        (0, 2, "vol", "What is her name?"),
        (1, 3, "vol", "Hey. You're safe here."),
        (1, 3, "guest", ""),
        (1, 3, "vol", "Slow it down with me."),
        (1, 3, "guest", "Okay."),
    ]


def test_a_coders_block_of_the_same_turns_is_their_codes_not_a_copy() -> None:
    sheet = (
        "session_id,turn,speaker,text,coder,code\n"
        "S1,1,therapist,Hello there,A,greeting\nS1,2,client,Not great,A,sustain\n"
        "S1,1,therapist,Hello there,B,greeting\nS1,2,client,Not great,B,change\n"
    )
    parsed = parse_files(files(sheet, paths=["/coding/double.csv"]))

    assert parsed.sessions.height == 1
    assert [loads(labels)["annotations"][1]["code"] for labels in parsed.turns["source_labels"]] == [
        "greeting",
        "change",
    ]


def test_a_session_recorded_in_two_parts_is_not_split_by_its_recording_id() -> None:
    sheet = "session_id,recording_id,turn,speaker,text\n" + "".join(
        f"S{s},REC-{r},{t},{'therapist' if t % 2 else 'client'},Turn {t}.\n"
        for s, r, turns in ((1, "A", (1, 2, 3)), (1, "B", (4, 5, 6)), (2, "C", (1, 2, 3, 4, 5, 6)))
        for t in turns
    )
    parsed = parse_files(files(sheet, paths=["/calls/parts.csv"]))

    # S1's numbering runs on from REC-A into REC-B: one session, as S2.
    assert parsed.turns.group_by("segment").len().sort("segment")["len"].to_list() == [6, 6]


def test_redcaps_raw_export_names_its_event_and_instance_columns() -> None:
    raw = (
        "record_id,redcap_event_name,redcap_repeat_instance,turn_speaker,turn_text\n"
        "1,session_1_arm_1,1,counsellor,Hello.\n1,session_1_arm_1,2,client,Hi.\n"
        "1,session_2_arm_1,1,counsellor,Welcome back.\n1,session_2_arm_1,2,client,Thanks.\n"
        "2,session_1_arm_1,1,counsellor,Nice to meet you.\n2,session_1_arm_1,2,client,Hello.\n"
    )
    parsed = parse_files(files(raw, paths=["/study/raw.csv"]))

    assert rows(parsed.sessions, "source_line") == [(2,), (4,), (6,)]


def test_numbered_columns_of_scores_are_no_conversation() -> None:
    scores = (
        "participant_id,site,T1 PHQ9,T2 PHQ9,T3 PHQ9,T1 GAD7,T2 GAD7,T3 GAD7\n"
        "P1,A,12,9,7,10,8,6\nP2,B,15,14,12,11,11,9\n"
    )
    parsed = parse_files(files(scores, paths=["/study/scores.csv"]))

    assert parsed.turns.height == 0


def test_a_numbered_sheets_header_repeated_partway_down_is_layout() -> None:
    header = "Check-in ID,T1 vol,T2 guest,T3 vol\n"
    sheet = (
        header
        + "WT-1,Hiya there.,I lost my mate.,What is her name?\n"
        + header
        + "WT-2,Hey you.,I'm cold.,Have a blanket.\n"
    )
    parsed = parse_files(files(sheet, paths=["/tent/joined.csv"]))

    assert rows(parsed.sessions, "source_line") == [(2,), (4,)]
