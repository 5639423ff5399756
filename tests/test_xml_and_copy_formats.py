"""pg_dump COPY blocks (transforms/formats/sql_dump.py), Android SMS Backup & Restore XML (sms_backup.py) and
REFI-QDA projects (refi_qda.py).

The dialogue, numbers and identifiers are made up for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flows.batch import process_batch
from tests.transforms._formats import files, loads, rows
from transforms.formats import parse_files
from transforms.formats.detect import HTML, PLAIN_TEXT, REFI_QDA, SMS_BACKUP, SQL_DUMP, detect_format
from transforms.formats.sms_backup import unescape

# --- pg_dump COPY ----------------------------------------------------------------------------------------------

# Line numbers matter: the tests name them.
PG_COPY = (
    "--\n"  # 1
    "-- PostgreSQL database dump\n"  # 2
    "--\n"  # 3
    "SET statement_timeout = 0;\n"  # 4
    "SET client_encoding = 'UTF8';\n"  # 5
    "SELECT pg_catalog.set_config('search_path', '', false);\n"  # 6
    "CREATE FUNCTION public.stamp() RETURNS trigger\n"  # 7
    "    LANGUAGE plpgsql\n"  # 8
    "    AS $$\n"  # 9
    "BEGIN\n"  # 10
    "  INSERT INTO public.audit (speaker, text) VALUES ('client', 'no row; it''s a function');\n"  # 11
    "  RETURN NEW;\n"  # 12
    "END;\n"  # 13
    "$$;\n"  # 14
    "CREATE TABLE public.conversations (\n"  # 15
    "    id text NOT NULL,\n"  # 16
    "    channel text\n"  # 17
    ");\n"  # 18
    "CREATE TABLE public.messages (\n"  # 19
    "    id integer NOT NULL,\n"  # 20
    "    conversation_id text,\n"  # 21
    "    sender_role text,\n"  # 22
    "    body text,\n"  # 23
    "    sent_at timestamp with time zone\n"  # 24
    ");\n"  # 25
    "COPY public.conversations (id, channel) FROM stdin;\n"  # 26
    "cv-1\tsms\n"  # 27
    "cv-2\tweb\n"  # 28
    "\\.\n"  # 29
    "\n"  # 30
    "COPY public.messages (id, conversation_id, sender_role, body, sent_at) FROM stdin;\n"  # 31
    "1\tcv-1\ttexter\tis anyone there?\\nI can't sleep\t2024-03-01 22:00:00+00\n"  # 32
    "2\tcv-1\tcounsellor\tI'm here. What's keeping you up?\t2024-03-01 22:01:00+00\n"  # 33
    "3\tcv-2\ttexter\tcaf\\303\\251 \\\\ a\\ttab, \\x41\t\\N\n"  # 34
    "4\tcv-1\tsystem\tTexter left the conversation\t2024-03-01 22:30:00+00\n"  # 35
    "5\tcv-1\tsupervisor\tJoining to support.\t2024-03-01 22:05:00+00\n"  # 36
    "6 cv-1 texter a hand edit turned the tabs into spaces 2024-03-01 22:06:00+00\n"  # 37
    "7\tcv-2\tvolunteer\t\\N\t\\N\n"  # 38
    "\\.\n"  # 39
    "ALTER TABLE ONLY public.messages ADD CONSTRAINT messages_pkey PRIMARY KEY (id);\n"  # 40
)


def test_a_pg_dump_of_copy_blocks_is_a_sql_dump() -> None:
    assert detect_format("/data/helpline.sql", PG_COPY) == SQL_DUMP
    assert detect_format("/data/helpline.txt", PG_COPY) == SQL_DUMP
    # Only a COPY block, as `pg_dump --data-only --table=messages` writes it.
    data_only = "COPY public.messages (conversation_id, sender_role, body) FROM stdin;\nc1\ttexter\thi\n\\.\n"
    assert detect_format("/data/x.sql", data_only) == SQL_DUMP
    assert rows(parse_files(files(data_only)).turns, "source_line", "role", "text") == [(2, "client", "hi")]


def test_copy_rows_turns_roles_lines_and_sessions() -> None:
    parsed = parse_files(files(PG_COPY))
    turns = parsed.turns.sort("segment", "source_turn_index")
    assert rows(turns, "segment", "source_line", "speaker", "role", "text") == [
        (0, 32, "texter", "client", "is anyone there?\nI can't sleep"),
        (0, 33, "counsellor", "therapist", "I'm here. What's keeping you up?"),
        # A supervisor is neither counsellor nor client: kept, role unknown.
        (0, 36, "supervisor", "unknown", "Joining to support."),
        # COPY's escapes: octal bytes (UTF-8), `\\`, `\t`, hex.
        (1, 34, "texter", "client", "caf\u00e9 \\ a\ttab, A"),
        # `\N` text: an empty turn.
        (1, 38, "volunteer", "therapist", ""),
    ]
    assert turns["timestamp"].to_list()[:2] == ["2024-03-01 22:00:00+00", "2024-03-01 22:01:00+00"]
    assert rows(parsed.sessions, "segment", "session_index", "source_line") == [(0, 0, 32), (1, 1, 34)]
    metadata = [loads(m) for m in parsed.sessions["source_metadata"]]
    assert metadata[0]["conversation_id"] == "cv-1"
    # The system row is no turn: it goes to its conversation's metadata.
    assert metadata[0]["system_messages"] == ["Texter left the conversation"]


def test_a_copy_row_of_the_wrong_width_is_a_stray_line_and_other_blocks_are_no_turns() -> None:
    parsed = parse_files(files(PG_COPY))
    assert rows(parsed.stray_lines, "line_no") == [(37,)]
    assert parsed.stray_lines["line"][0].startswith("6 cv-1 texter a hand edit")
    # Neither the conversations table's rows nor the INSERT inside the function body are turns.
    assert not any(t in ("sms", "web", "no row; it's a function") for t in parsed.turns["text"])
    assert set(parsed.turns["source_line"]) == {32, 33, 34, 36, 38}


def test_a_cut_copy_block_keeps_its_rows() -> None:
    cut = PG_COPY[: PG_COPY.index("4\tcv-1\tsystem")]
    parsed = parse_files(files(cut))
    assert rows(parsed.turns, "source_line") == [(32,), (33,), (34,)]


# --- SMS Backup & Restore --------------------------------------------------------------------------------------


def _sms(kind: str, address: str, date: int, body: str, name: str) -> str:
    return (
        f'  <sms protocol="0" address="{address}" date="{date}" type="{kind}" subject="null" body="{body}" '
        f'toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="0" sub_id="1" '
        f'readable_date="14 Mar 2024 7:{date % 100:02d} pm" contact_name="{name}" />\n'
    )


TAMA, RIKI = "+64211234567", "+64279876543"
SMS = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"  # 1
    "<!--File Created By SMS Backup & Restore v10.20.002 on 14/03/2024 19:10:02-->\n"  # 2
    '<?xml-stylesheet type="text/xsl" href="sms.xsl"?>\n'  # 3
    '<smses count="9" backup_set="6a1e5c3e-0000-4000-8000-000000000001" backup_date="1710400202000" type="full">\n'  # 4
    + _sms("1", TAMA, 1710399000001, "hey is this the youth line?&#10;my mate gave me this number", "Tama")  # 5
    + _sms("1", RIKI, 1710399000002, "can u call me back", "(Unknown)")  # 6
    # Sent by the phone's owner; out of date order in the file (it was restored from another backup).
    + _sms("2", TAMA, 1710399000010, "Kia ora Tama, I&apos;m Jo &amp; I&apos;m here &#55357;&#56842;", "Tama")  # 7
    + _sms("3", TAMA, 1710399000004, "a draft never sent", "Tama")  # 8
    + _sms("2", TAMA, 1710399000003, "Hi, this is the youth line. Take your time.", "Tama")  # 9
    + '  <mms date="1710399000020" ct_t="application/vnd.wap.multipart.related" msg_box="1" '  # 10
    f'address="{TAMA}" read="1" readable_date="14 Mar 2024 7:20 pm" contact_name="Tama">\n'  # 10
    "    <parts>\n"  # 11
    '      <part seq="-1" ct="application/smil" text="&lt;smil&gt;&lt;/smil&gt;" />\n'  # 12
    '      <part seq="0" ct="text/plain" chset="106" text="this is my room &lt;3" />\n'  # 13
    '      <part seq="0" ct="image/jpeg" cl="IMG_0001.jpg" data="/9j/4AAQ" />\n'  # 14
    "    </parts>\n"  # 15
    "  </mms>\n"  # 16
     + '  <mms date="1710399000021" msg_box="1" address="+64211234567" contact_name="Tama">\n'  # 17
    '    <parts><part seq="0" ct="image/jpeg" cl="IMG_0002.jpg" data="/9j/4AAQ" /></parts>\n'  # 18
    "  </mms>\n"  # 19
    "  this line is no element\n"  # 20
    + _sms("1", TAMA, 1710399000030, "", "Tama")  # 21
    + _sms("1", TAMA, 1710399000040, "i just feel like nobody gets it", "Tama")  # 22
    + _sms("1", TAMA, 1710399000050, "i just feel like nobody gets it", "Tama")  # 23
    # The backup was cut off here: no `/>`, no `</smses>`.
    + f'  <sms protocol="0" address="{TAMA}" date="1710399000060" type="1" subject="null" body="and my mum'  # 24
)


def test_an_sms_backup_is_detected_by_its_root() -> None:
    assert detect_format("/data/sms-20240314.xml", SMS) == SMS_BACKUP
    assert detect_format("/data/backup.txt", SMS) == SMS_BACKUP
    # A fragment without the root still opens with an `<sms ` element.
    assert detect_format("/data/x.xml", _sms("1", TAMA, 1, "hi", "Tama")) == SMS_BACKUP
    assert detect_format("/data/page.html", "<html><body><p>Client: I get <sms> all day</p></body></html>") == HTML
    assert (
        detect_format("/data/s.txt", "Client: my phone backs up <smses> somewhere\nTherapist: Right.\n") == PLAIN_TEXT
    )


def test_sms_turns_roles_threads_and_date_order() -> None:
    parsed = parse_files(files(SMS))
    turns = parsed.turns.sort("segment", "source_turn_index")
    assert rows(turns, "segment", "source_turn_index", "source_line", "speaker", "role", "text") == [
        (0, 0, 5, "Tama", "client", "hey is this the youth line?\nmy mate gave me this number"),
        (0, 1, 9, "Me", "therapist", "Hi, this is the youth line. Take your time."),
        (0, 2, 7, "Me", "therapist", "Kia ora Tama, I'm Jo & I'm here \U0001f60a"),
        (0, 3, 10, "Tama", "client", "this is my room <3"),
        (0, 4, 21, "Tama", "client", ""),
        (0, 5, 22, "Tama", "client", "i just feel like nobody gets it"),
        (0, 6, 23, "Tama", "client", "i just feel like nobody gets it"),
        # An unknown contact: the address speaks.
        (1, 0, 6, RIKI, "client", "can u call me back"),
    ]
    assert turns["timestamp"][0] == "14 Mar 2024 7:01 pm"
    assert loads(turns["source_labels"][3]) == {"attachments": ["image/jpeg"]}
    assert rows(parsed.sessions, "segment", "session_index", "source_line") == [(0, 0, 5), (1, 1, 6)]
    metadata = [loads(m) for m in parsed.sessions["source_metadata"]]
    assert metadata[1] == {"address": RIKI}
    assert metadata[0]["address"] == TAMA and metadata[0]["contact_name"] == "Tama"
    # A draft and a picture without text are no turns, but the session says they were there.
    assert metadata[0]["skipped"] == [
        {"line": 8, "element": "sms", "reason": "draft"},
        {"line": 17, "element": "mms", "reason": "no text part", "parts": ["image/jpeg"]},
    ]


def test_sms_lines_that_are_no_element_and_the_cut_line_are_stray() -> None:
    parsed = parse_files(files(SMS))
    assert rows(parsed.stray_lines, "line_no") == [(20,), (24,)]
    assert parsed.stray_lines["line"][1].endswith('body="and my mum')
    assert not any("and my mum" in text for text in parsed.turns["text"])


def test_sms_unescape_joins_utf16_halves_and_keeps_other_text() -> None:
    assert unescape("a&#10;b &lt;&gt;&amp;&quot;&apos; &#x41;") == "a\nb <>&\"' A"
    assert unescape("&#55357;&#56842;") == "\U0001f60a"
    # A lone half is no character; an unknown entity stays as written (it is not XML's to undo).
    assert unescape("x&#55357;y") == "x\ufffdy"
    assert unescape("&copy; &nbsp") == "&copy; &nbsp"


# --- REFI-QDA -----------------------------------------------------------------------------------------------------

QDE = (
    '<?xml version="1.0" encoding="utf-8"?>\n'  # 1
    '<Project xmlns="urn:QDA-XML:project:1.0" name="School counselling pilot" origin="fixture">\n'  # 2
    "  <Users>\n"  # 3
    '    <User guid="11111111-0000-4000-8000-000000000001" name="RK"/>\n'  # 4
    "  </Users>\n"  # 5
    "  <CodeBook>\n"  # 6
    "    <Codes>\n"  # 7
    '      <Code guid="22222222-0000-4000-8000-000000000001" name="Exam stress" isCodable="true">\n'  # 8
    "        <Description>Client: talks about exams</Description>\n"  # 9
    "      </Code>\n"  # 10
    "    </Codes>\n"  # 11
    "  </CodeBook>\n"  # 12
    "  <Sources>\n"  # 13
    '    <TextSource guid="33333333-0000-4000-8000-000000000001" name="Session 1 - Aroha" '  # 14
    'plainTextPath="internal://33333333-0000-4000-8000-000000000001.txt">\n'  # 14
    "      <Description>First session &amp; intake</Description>\n"  # 15
    "      <PlainTextContent>Counsellor: Kia ora Aroha, how have things been?\n"  # 16
    "Client: Not great. Exams &lt;again&gt; and I&apos;m not sleeping much at all.\n"  # 17
    "Counsellor: That sounds exhausting.\n"  # 18
    "Client: Not great. Exams &lt;again&gt; and I&apos;m not sleeping much at all.\n"  # 19
    "Supervisor: Sorry to interrupt, room 4 is free now.\n"  # 20
    "Counsellor:\n"  # 21
    "</PlainTextContent>\n"  # 22
    '      <PlainTextSelection guid="44444444-0000-4000-8000-000000000001" name="Exams &lt;again&gt;" '  # 23
    'startPosition="69" endPosition="84" creatingUser="11111111-0000-4000-8000-000000000001">\n'  # 23
    '        <Coding guid="55555555-0000-4000-8000-000000000001">'  # 24
    '<CodeRef targetGUID="22222222-0000-4000-8000-000000000001"/></Coding>\n'  # 24
    "      </PlainTextSelection>\n"  # 25
    "    </TextSource>\n"  # 26
    '    <TextSource guid="33333333-0000-4000-8000-000000000002" name="Session 2 - Aroha">\n'  # 27
    "      <PlainTextContent>Interview transcript, second session\n"  # 28
    "Counsellor: Welcome back. How was the week?\n"  # 29
    "Client: Bit better.\n"  # 30
    "Client: I told Mum about the exams.\n"  # 31
    "</PlainTextContent>\n"  # 32
    "    </TextSource>\n"  # 33
    '    <TextSource guid="33333333-0000-4000-8000-000000000003" name="Audio only" plainTextPath="x.txt"/>\n'  # 34
    "  </Sources>\n"  # 35
    "  <Notes>\n"  # 36
    '    <Note guid="66666666-0000-4000-8000-000000000001" name="Memo">\n'  # 37
    "      <PlainTextContent>Counsellor: a memo, no turn</PlainTextContent>\n"  # 38
    "    </Note>\n"  # 39
    "  </Notes>\n"  # 40
    "</Project>\n"  # 41
)


def test_a_refi_qda_project_is_detected_by_its_namespace_or_its_sources() -> None:
    assert detect_format("/data/pilot.qde", QDE) == REFI_QDA
    assert detect_format("/data/pilot.xml", QDE) == REFI_QDA
    bare = "<Sources><TextSource name='a'><PlainTextContent>Client: hi\nCounsellor: hello</PlainTextContent>"
    assert detect_format("/data/part.xml", bare) == REFI_QDA
    assert detect_format("/data/s.txt", "Client: I had to code a <TextSource> today\nTherapist: Ok.\n") == PLAIN_TEXT


def test_refi_qda_turns_roles_lines_and_sessions() -> None:
    parsed = parse_files(files(QDE))
    turns = parsed.turns.sort("segment", "source_turn_index")
    assert rows(turns, "source_line", "speaker", "role", "text") == [
        # The first line of the text shares its line with the <PlainTextContent> tag.
        (16, "Counsellor", "therapist", "Kia ora Aroha, how have things been?"),
        (17, "Client", "client", "Not great. Exams <again> and I'm not sleeping much at all."),
        (18, "Counsellor", "therapist", "That sounds exhausting."),
        (19, "Client", "client", "Not great. Exams <again> and I'm not sleeping much at all."),
        (20, "Supervisor", "unknown", "Sorry to interrupt, room 4 is free now."),
        (21, "Counsellor", "therapist", ""),
        (29, "Counsellor", "therapist", "Welcome back. How was the week?"),
        (30, "Client", "client", "Bit better."),
        (31, "Client", "client", "I told Mum about the exams."),
    ]
    assert rows(parsed.sessions, "session_index", "source_line") == [(0, 16), (1, 28)]
    metadata = [loads(m) for m in parsed.sessions["source_metadata"]]
    assert metadata == [
        {
            "title": "Session 1 - Aroha",
            "guid": "33333333-0000-4000-8000-000000000001",
            "description": "First session & intake",
        },
        {"title": "Session 2 - Aroha", "guid": "33333333-0000-4000-8000-000000000002"},
    ]
    # A title above the first turn is the session's header, as in a text file.
    assert rows(parsed.header_lines, "line_no", "line") == [(28, "Interview transcript, second session")]


def test_refi_qda_codings_code_book_and_memos_are_no_turns() -> None:
    parsed = parse_files(files(QDE))
    texts = parsed.turns["text"].to_list()
    assert "Exams <again>" not in texts
    assert not any("memo" in t or "talks about exams" in t for t in texts)
    assert parsed.turns["source_line"].max() == 31


def test_refi_qda_text_before_a_sources_first_turn_is_its_header_as_at_the_top_of_a_file() -> None:
    # Each TextSource is a document of its own: what precedes its first turn is its preamble, never text
    # stranded between two sessions.
    text = QDE.replace(
        "Interview transcript, second session", "ok so this was recorded on my phone, sorry about the noise"
    )
    parsed = parse_files(files(text))
    assert parsed.stray_lines.is_empty()
    assert rows(parsed.header_lines, "line_no") == [(28,)]


# --- through the batch ---------------------------------------------------------------------------------------------


def _load(tmp_path: Path, name: str, text: str) -> Any:
    path = tmp_path / name
    path.write_bytes(text.encode())
    return process_batch([str(path)], {})


def _defects(batch: Any) -> set[tuple[str, int]]:
    return set(batch.defects.select("defect_type", "source_line").rows())


def test_a_copy_dump_through_the_batch(tmp_path: Path) -> None:
    repeated = "8\tcv-1\tcounsellor\tI'm here. What's keeping you up?\t2024-03-01 22:02:00+00\n"
    text = PG_COPY.replace("7\tcv-2\tvolunteer", repeated + "7\tcv-2\tvolunteer")
    batch = _load(tmp_path, "helpline.sql", text)
    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"]) == ("loaded", 2)
    assert {("unparseable_line", 37), ("unknown_speaker", 36), ("duplicate_turn", 38), ("empty_turn", 39)} <= _defects(
        batch
    )


def test_an_sms_backup_through_the_batch(tmp_path: Path) -> None:
    batch = _load(tmp_path, "sms-20240314.xml", SMS)
    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"]) == ("loaded", 2)
    assert {("unparseable_line", 20), ("unparseable_line", 24), ("empty_turn", 21), ("duplicate_turn", 23)} <= _defects(
        batch
    )
    assert 5 in set(batch.turns["source_line"])


def test_a_refi_qda_project_through_the_batch(tmp_path: Path) -> None:
    batch = _load(tmp_path, "pilot.qde", QDE)
    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"]) == ("loaded", 2)
    assert {("unknown_speaker", 20), ("duplicate_turn", 19), ("empty_turn", 21)} <= _defects(batch)


def test_a_project_whose_text_is_external_is_quarantined_with_a_reason(tmp_path: Path) -> None:
    text = '<?xml version="1.0"?>\n<Project xmlns="urn:QDA-XML:project:1.0"><Sources>\n' + (
        '<TextSource guid="g" name="Audio only" plainTextPath="x.txt"/>\n</Sources></Project>\n'
    )
    batch = _load(tmp_path, "external.qde", text)
    source = batch.sources.row(0, named=True)
    assert source["status"] == "quarantined"
    assert "REFI-QDA project without transcript text" in source["error"]
