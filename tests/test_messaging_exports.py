"""Text counselling as messaging systems log it: an SMS gateway's CSV and a FHIR server's Communication resources."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from tests.file_batch import file_batch

SERVICE, TEXTER, OTHER = "+447700900450", "+447700908118", "+447700907020"


def _sms(when: str, sid: str, inbound: bool, texter: str, status: str, body: str) -> str:
    sender, recipient = (texter, SERVICE) if inbound else (SERVICE, texter)
    direction = "inbound" if inbound else "outbound-api"
    return f'{when},{sid},{direction},{sender},{recipient},{status},1,0,,"{body}"'


def test_sms_gateway_log_a_session_per_texter_and_delivery_rows_no_turns(tmp_path: Path) -> None:
    rows = [
        "logged_at,message_sid,direction,from,to,status,num_segments,num_media,error_code,body",
        _sms("21:13", "SM01", True, TEXTER, "received", "hi is this the text service from the poster at college"),
        _sms("21:15", "SM02", False, TEXTER, "queued", "Hi, I'm Ossie, a volunteer. You've found us. What's going on?"),
        _sms("21:15", "SM02", False, TEXTER, "sent", ""),
        _sms("21:15", "SM02", False, TEXTER, "delivered", ""),
        _sms("21:17", "SM03", True, TEXTER, "received", "i owe money on four pay later apps and cant open my bank app"),
        _sms("22:30", "SM04", True, OTHER, "received", "Is anyone there? I can't sleep and the baby won't settle"),
        _sms("22:31", "SM05", False, OTHER, "queued", "I'm here. That sounds like a long night. How are you doing?"),
        _sms("22:31", "SM05", False, OTHER, "delivered", ""),
        # A picture alone: received, no body: a turn, empty.
        _sms("22:33", "SM06", True, OTHER, "received", ""),
        _sms("22:34", "SM07", False, OTHER, "queued", "I can only see text here. Did you mean to send a picture?"),
    ]
    _, turns, defects = file_batch(tmp_path, {"gateway.csv": "\n".join(rows) + "\n"}).of("gateway.csv")
    by_session = turns.group_by("session_id").agg(pl.col("source_line").sort()).get_column("source_line").to_list()
    assert sorted(by_session) == [[2, 3, 6], [7, 8, 11]]
    assert defects.filter(pl.col("defect_type") == "empty_turn").get_column("source_line").to_list() == [10]


def _communication(encounter: str, sender: str, text: str) -> str:
    return json.dumps(
        {
            "resourceType": "Communication",
            "status": "completed",
            "encounter": {"reference": f"Encounter/{encounter}"},
            "sender": {"reference": sender},
            "recipient": [{"reference": "Patient/pt-1" if sender.startswith("Practitioner") else "Practitioner/pr-1"}],
            "payload": [{"contentString": text}],
        }
    )


def test_fhir_communications_a_session_per_encounter_roles_from_references(tmp_path: Path) -> None:
    lines = [
        _communication("enc-1", "Practitioner/pr-1", "Hi Kit, it's Mairi. How did the walk to the school gate go?"),
        _communication("enc-1", "Patient/pt-1", "got to the gate. didnt go in. stood by the bins and went home"),
        _communication("enc-1", "Device/reminders", "Reminder: you have an appointment on Tuesday at 16:00."),
        _communication(
            "enc-1", "Practitioner/pr-1", "Getting to the gate is further than last week. What did you notice?"
        ),
        _communication("enc-2", "Practitioner/pr-1", "How was the library this morning, Kit?"),
        _communication("enc-2", "Patient/pt-1", "it was ok. library is quiet. i sat by the window."),
    ]
    sessions, turns, defects = file_batch(tmp_path, {"comms.ndjson": "\n".join(lines) + "\n"}).of("comms.ndjson")
    assert sessions.height == 2
    # The device's reminder is the system's, no one's turn.
    assert turns.sort("source_line").select("source_line", "speaker", "role").rows() == [
        (1, "pr-1 (Practitioner)", "therapist"),
        (2, "pt-1 (Patient)", "client"),
        (4, "pr-1 (Practitioner)", "therapist"),
        (5, "pr-1 (Practitioner)", "therapist"),
        (6, "pt-1 (Patient)", "client"),
    ]
    assert defects.filter(pl.col("severity") != "info").is_empty()


MESSAGE_HISTORY = """Lowther Online Counselling
Message history
Client: Bernard M. (LOC-8028)
Counsellor: Bryony S.
Exported: 20/03/2025 14:59 by Bryony S.

Bryony S. (Counsellor) \u00b7 Mon 10 Mar 2025, 09:14
Hello Bernard, welcome to your message space. Would you like to tell me how
things have been since Maureen moved into Ashgrove?

Bernard M. (Client) \u00b7 Mon 10 Mar 2025, 17:40
Dear Bryony, the house is very quiet. I visit every day at two o'clock.
Read by Bryony S.

Bryony S. (Counsellor) \u00b7 Tue 11 Mar 2025, 09:05
'The house is very quiet' stayed with me. What is the quiet like in the evenings?

Bernard M. (Client) \u00b7 Tue 11 Mar 2025, 19:22
The evenings are the worst. I have not put the radio on since.
Not yet read
"""


def test_message_history_a_turn_under_each_name_and_day_read_receipts_no_words(tmp_path: Path) -> None:
    _, turns, defects = file_batch(tmp_path, {"history.txt": MESSAGE_HISTORY}).of("history.txt")
    assert turns.select("source_line", "role").rows() == [
        (7, "therapist"),
        (11, "client"),
        (15, "therapist"),
        (18, "client"),
    ]
    assert not turns.get_column("text").str.contains("(?i)read").any()
    assert defects.filter(pl.col("severity") != "info").is_empty()


GMAIL_PRINT = """14/03/2025, 10:06
Wayfarer Counselling Mail - Re: crossword
Tom Cleeve <tom@wayfarer.example>
Re: crossword
3 messages

Ada Fennick <ada@example.org>
3 March 2025 at 20:14
To: Tom Cleeve <tom@wayfarer.example>

Dear Tom, Gareth had a bad day and I felt absolutely nothing. I feel like his nurse, not his wife.

Ada

Tom Cleeve <tom@wayfarer.example>
4 March 2025 at 11:02
To: Ada Fennick <ada@example.org>

Dear Ada, thank you for writing. What do you miss most about being his wife?

Tom
[Quoted text hidden]

https://mail.google.com/mail/u/0/?ik=9e82937b49&view=pt&search=all
1/2
14/03/2025, 10:06
Wayfarer Counselling Mail - Re: crossword

Ada Fennick <ada@example.org>
5 March 2025 at 21:30
To: Tom Cleeve <tom@wayfarer.example>

Talking. We used to do the crossword together, and now I do it on my own at the kitchen table.
"""


def test_gmail_print_all_a_turn_per_message_page_furniture_dropped(tmp_path: Path) -> None:
    _, turns, _ = file_batch(tmp_path, {"print.txt": GMAIL_PRINT}).of("print.txt")
    assert turns.select("source_line", "speaker").rows() == [
        (7, "Ada Fennick"),
        (15, "Tom Cleeve"),
        (29, "Ada Fennick"),
    ]
    text = "\n".join(turns.get_column("text").to_list())
    assert "mail.google.com" not in text and "1/2" not in text and "Quoted text hidden" not in text
    assert "Wayfarer Counselling Mail" not in text
