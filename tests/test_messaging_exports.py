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
