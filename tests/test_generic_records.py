"""JSON and XML of shapes no parser knows, read by the values of their records (record_discovery.py)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from flows.batch import process_batch
from schemas.validate import ValidatedBatch
from transforms.formats import generic_json, generic_table, generic_xml
from transforms.formats.detect import (
    GENERIC_TABLE,
    GENERIC_XML,
    HTML,
    PLAIN_TEXT,
    PYTHON_LITERALS,
    UNKNOWN_JSON,
    detect_format,
)
from transforms.formats.record_discovery import Field, Record, choose, parsed

FHIR = """{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Communication",
        "sender": {"reference": "Practitioner/p1", "display": "Therapist"},
        "sent": "2024-05-02T09:00:00Z",
        "payload": [{"contentString": "Welcome back. How did the breathing exercise go this week?"}]
      }
    },
    {
      "resource": {
        "resourceType": "Communication",
        "sender": {"reference": "Patient/x9", "display": "Patient"},
        "sent": "2024-05-02T09:01:00Z",
        "payload": [{"contentString": "I tried it twice and it helped a little on Tuesday."}]
      }
    },
    {
      "resource": {
        "resourceType": "Communication",
        "sender": {"reference": "Practitioner/p1", "display": "Therapist"},
        "sent": "2024-05-02T09:02:00Z",
        "payload": [{"contentString": "What was different about Tuesday?"}]
      }
    }
  ]
}
"""


def _message(n: int, day: str, sender: str, text: object) -> dict[str, object]:
    return {"id": n, "date": f"2024-02-0{day}T20:0{n}:00", "from": sender, "text": text}


# Two chats in one export: the chats list holds conversations, so it is no conversation itself.
TELEGRAM = {
    "about": "Here is the data you requested from this export.",
    "chats": {
        "list": [
            {
                "name": "Peer support evening line",
                "id": 4411,
                "messages": [
                    _message(1, "1", "Counsellor", "Hi, I'm here. How are you doing tonight?"),
                    _message(2, "1", "Ana", ["not great, ", {"type": "bold", "text": "everything"}, " feels heavy"]),
                    _message(3, "1", "Counsellor", "I'm sorry it feels so heavy right now."),
                ],
            },
            {
                "name": "Peer support day line",
                "id": 4412,
                "messages": [
                    _message(1, "2", "Counsellor", "Hello, what brings you here today?"),
                    _message(2, "2", "Ben", "My exams. I keep panicking about them."),
                ],
            },
        ]
    },
}


def _mongo_message(role: str, text: str, minute: int) -> dict[str, object]:
    return {"authorRole": role, "content": text, "ts": {"$date": f"2024-01-01T00:0{minute}:00Z"}}


# MongoDB extended JSON, one conversation a line: `ts` is an object where the chat layouts have a string.
MONGO = (
    "\n".join(
        json.dumps(
            {
                "_id": {"$oid": f"65f0a1{n}"},
                "conversationId": f"a{n}",
                "messages": [
                    _mongo_message("counselor", "Hi, what is going on for you today?", 0),
                    _mongo_message("seeker", f"I lost my job last week and it is case {n}.", 1),
                ],
            }
        )
        for n in (1, 2)
    )
    + "\n"
)

MESSAGES_XML = """<?xml version="1.0" encoding="ISO-8859-1"?>
<conversations>
  <participants>
    <participant id="1"><name>Dr Ana Ruiz</name><role>counsellor</role></participant>
    <participant id="2"><name>Sam Field</name><role>texter</role></participant>
  </participants>
  <conversation id="c1" channel="sms">
    <message>
      <sender>counsellor</sender>
      <sent>2024-03-01T10:00:00</sent>
      <body>Hi, thanks for reaching out tonight. What is on your mind?</body>
    </message>
    <message>
      <sender>texter</sender>
      <sent>2024-03-01T10:01:00</sent>
      <body>I just cannot sleep and my head will not stop.</body>
    </message>
    <message>
      <sender>counsellor</sender>
      <sent>2024-03-01T10:02:00</sent>
      <body>That sounds exhausting. What is going round in your head?</body>
    </message>
    <message>
      <sender>texter</sender>
      <sent>2024-03-01T10:03:00</sent>
      <body>I just cannot sleep and my head will not stop.</body>
    </message>
    <message>
      <sender>supervisor</sender>
      <sent>2024-03-01T10:04:00</sent>
      <body>Checking in on this conversation for quality review.</body>
    </message>
    <message>
      <sender>counsellor</sender>
      <sent>2024-03-01T10:05:00</sent>
      <body></body>
    </message>
  </conversation>
</conversations>
"""

ATTRIBUTE_TURNS_XML = """<transcript session="7" date="2024-04-02">
  <speakers><speaker id="T">Jane Lee, counsellor</speaker><speaker id="C">Mark</speaker></speakers>
  <turn speaker="Therapist" start="00:00:03">What would you like to work on today?</turn>
  <turn speaker="Client" start="00:00:07">I keep snapping at my kids and <emph>I hate it</emph>, honestly.</turn>
  <turn speaker="Therapist" start="00:00:15">When does the snapping tend to happen?</turn>
</transcript>
"""


def _parse(module: object, text: str) -> tuple[pl.DataFrame, pl.DataFrame]:
    result = module.parse_files(pl.DataFrame({"source_id": ["f"], "text": [text]}))  # type: ignore[attr-defined]
    return result.sessions, result.turns


def test_a_fhir_bundle_reads_the_display_name_and_the_payload_on_the_senders_line() -> None:
    assert detect_format("/x/bundle.json", FHIR) == UNKNOWN_JSON
    sessions, turns = _parse(generic_json, FHIR)
    assert sessions.height == 1
    assert turns.select("speaker", "role").rows() == [
        ("Therapist", "therapist"),
        ("Patient", "client"),
        ("Therapist", "therapist"),
    ]
    assert turns["text"][2] == "What was different about Tuesday?"
    assert turns["timestamp"][0] == "2024-05-02T09:00:00Z"
    # `"sender": {..., "display": "Therapist"}` is on line 8, the payload two lines below.
    lines = FHIR.splitlines()
    assert [lines[n - 1].strip()[:9] for n in turns["source_line"]] == ['"sender":'] * 3


def test_a_display_name_beside_an_account_id_names_the_speaker_on_its_own_line() -> None:
    # Skype's `messages.json`: `from` holds an account id, `displayName` the person's name, above the text.
    def message(n: int, name: str, account: str, text: str) -> dict[str, object]:
        return {
            "id": str(1710439600000 + n),
            "displayName": name,
            "messagetype": "RichText",
            "content": text,
            "from": account,
            "properties": None,
        }

    people = [("Fenella Drummond", "8:live:.cid.7be0c4a1d2f39e55"), ("Annika Strand", "8:live:.cid.2a91f0d6c3b87e14")]
    said = [
        "Hi Annika, how has the week been?",
        "Long. The audition is on Friday.",
        "What worries you most about it?",
        "That my hands will shake on the bow.",
    ]
    export = {
        "userId": "8:live:.cid.7be0c4a1d2f39e55",
        "conversations": [
            {
                "id": "8:live:.cid.2a91f0d6c3b87e14",
                "MessageList": [message(n, *people[n % 2], text) for n, text in enumerate(said)],
            }
        ],
    }
    text = json.dumps(export, indent=1)
    _, turns = _parse(generic_json, text)
    assert turns["speaker"].to_list() == ["Fenella Drummond", "Annika Strand"] * 2
    lines = text.splitlines()
    assert [lines[n - 1].strip()[:14] for n in turns["source_line"]] == ['"displayName":'] * 4


def test_diarised_speaker_numbers_stay_the_speaker() -> None:
    # Numbers are no account ids: `"speaker": 1` is a speech-to-text service's diarised speaker.
    def record(n: int) -> Record:
        return Record(n, {"speaker": Field(str(n % 2), n), "text": Field(f"sentence {n} of a few words here", n)})

    choice = choose([record(n) for n in range(1, 7)])
    assert choice is not None and choice.speaker == "speaker"


def test_a_telegram_export_of_two_chats_is_two_sessions_with_their_names() -> None:
    text = json.dumps(TELEGRAM, indent=1)
    sessions, turns = _parse(generic_json, text)
    assert sessions.height == 2
    assert [json.loads(m)["name"] for m in sessions["source_metadata"]] == [
        "Peer support evening line",
        "Peer support day line",
    ]
    assert turns.filter(pl.col("segment") == 0)["text"][1] == "not great, everything feels heavy"
    assert turns.group_by("segment").len().sort("segment")["len"].to_list() == [3, 2]
    # Each turn on its `"from"` line (json.dumps puts `"date"` before it, `"text"` after it).
    lines = text.splitlines()
    assert all(lines[n - 1].strip().startswith(('"from"', '"text"')) for n in turns["source_line"])


def test_mongodb_extended_json_lines_keep_a_session_a_line() -> None:
    sessions, turns = _parse(generic_json, MONGO)
    assert sessions["source_line"].to_list() == [1, 2]
    assert turns.select("source_line", "role").rows() == [
        (1, "therapist"),
        (1, "client"),
        (2, "therapist"),
        (2, "client"),
    ]


def test_xml_messages_become_turns_and_the_roster_does_not() -> None:
    assert detect_format("/x/export.xml", MESSAGES_XML) == GENERIC_XML
    sessions, turns = _parse(generic_xml, MESSAGES_XML)
    assert sessions.height == 1
    assert json.loads(sessions["source_metadata"][0])["channel"] == "sms"
    assert turns["speaker"].to_list() == ["counsellor", "texter", "counsellor", "texter", "supervisor", "counsellor"]
    assert turns["role"].to_list()[:2] == ["therapist", "client"]
    # A turn sits on its <sender> line.
    lines = MESSAGES_XML.splitlines()
    assert all("<sender>" in lines[n - 1] for n in turns["source_line"])


def test_xml_turns_read_from_attributes_and_their_own_text() -> None:
    sessions, turns = _parse(generic_xml, ATTRIBUTE_TURNS_XML)
    assert turns["speaker"].to_list() == ["Therapist", "Client", "Therapist"]
    # The text around an inline element is the turn's; the inline element's own text is not lost either.
    assert turns["text"][1].startswith("I keep snapping at my kids and")
    assert turns["source_line"].to_list() == [3, 4, 5]
    assert json.loads(sessions["source_metadata"][0])["session"] == "7"


@pytest.mark.parametrize(
    "text",
    [
        json.dumps({"name": "settings", "theme": "dark", "recent": [{"path": "a.txt"}, {"path": "b.txt"}]}),
        # Notes with text but nobody speaking.
        json.dumps([{"id": 1, "text": "a note about the week ahead"}, {"id": 2, "text": "another note for later on"}]),
        # Annotations quoting turns: one constant `from_name` is no speaker.
        json.dumps(
            [
                {"from_name": "strategy", "value": {"text": "So work gave you people, as well as something to do."}},
                {"from_name": "strategy", "value": {"text": "What would it be like to go for one drink this Friday?"}},
            ]
        ),
        # A roster: names, not sentences.
        json.dumps([{"role": "counsellor", "name": "Dr Ana Ruiz"}, {"role": "client", "name": "Sam Field"}]),
    ],
)
def test_json_without_a_conversation_gives_nothing(text: str) -> None:
    sessions, turns = _parse(generic_json, text)
    assert (sessions.height, turns.height) == (0, 0)


def test_html_and_text_keep_their_readers() -> None:
    tei = (
        '<TEI><text><body><u who="#T">Hello there, how are you today?</u>'
        '<u who="#C">Fine thanks, I suppose.</u></body></text></TEI>'
    )
    assert detect_format("/x/a.xml", tei) == HTML
    assert detect_format("/x/a.xml", "<notes><note>one</note><note>two</note></notes>") == PLAIN_TEXT


def test_a_speaker_field_needs_a_speaker_like_key_or_a_known_role() -> None:
    def record(n: int, colour: str) -> Record:
        return Record(n, {"colour": Field(colour, n), "said": Field("a sentence of a few words here", n)})

    assert choose([record(1, "red"), record(2, "blue"), record(3, "red")]) is None
    assert parsed([("f", [])]).turns.height == 0


def _batch(tmp_path: Path, name: str, text: str) -> ValidatedBatch:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return process_batch([str(path)], {})


def test_xml_through_the_batch_reports_defects_on_their_lines(tmp_path: Path) -> None:
    batch = _batch(tmp_path, "export.xml", MESSAGES_XML)
    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"], source["turns_parsed"]) == ("loaded", 1, 6)
    lines = MESSAGES_XML.splitlines()
    where = {
        kind: lines[line - 1].strip()
        for kind, line in batch.defects.select("defect_type", "source_line").rows()
        if kind in ("duplicate_turn", "unknown_speaker", "empty_turn")
    }
    assert where == {
        "duplicate_turn": "<sender>texter</sender>",
        "unknown_speaker": "<sender>supervisor</sender>",
        "empty_turn": "<sender>counsellor</sender>",
    }
    second_texter = [n for n, line in enumerate(lines, 1) if "<sender>texter" in line][1]
    assert batch.defects.filter(pl.col("defect_type") == "duplicate_turn")["source_line"].to_list() == [second_texter]


def test_a_json_file_its_layouts_parser_cannot_decode_is_read_by_its_values(tmp_path: Path) -> None:
    batch = _batch(tmp_path, "dump.jsonl", MONGO)
    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"], source["turns_kept"]) == ("loaded", 2, 4)


def test_json_without_a_conversation_is_quarantined_with_its_reason(tmp_path: Path) -> None:
    batch = _batch(tmp_path, "notes.json", json.dumps([{"id": 1, "text": "a note about the week ahead"}] * 2))
    source = batch.sources.row(0, named=True)
    assert source["status"] == "quarantined"
    assert "speaker" in source["error"]


WIDE_CSV = (
    "row,sess,ts,who_said,what,annotator_note\n"
    '1,A,00:01,counsellor,"So how was the week since we last spoke?",\n'
    '2,A,00:09,client,"Mixed. Monday was fine,\nthen it went downhill after the call.",multi-line\n'
    '3,A,00:21,counsellor,"What happened on the call with your brother?",\n'
    '4,A,00:30,client,"He said I was overreacting again, and I shut down.",\n'
)


def test_a_table_with_unknown_column_names_is_read_by_its_values(tmp_path: Path) -> None:
    assert detect_format("/x/export.csv", WIDE_CSV) == GENERIC_TABLE
    batch = _batch(tmp_path, "export.csv", WIDE_CSV)
    assert batch.sources.select("status", "turns_parsed").row(0) == ("loaded", 4)
    turns = batch.turns.sort("turn_index")
    assert turns.select("role", "source_line").rows() == [
        ("therapist", 2),
        ("client", 3),
        ("therapist", 5),
        ("client", 6),
    ]
    assert turns["text"][1] == "Mixed. Monday was fine,\nthen it went downhill after the call."


def test_a_transcript_whose_first_line_has_commas_is_no_table() -> None:
    text = "Therapist: Hi, how are you, really?\nClient: Fine, thanks, I think.\nTherapist: Good.\n"
    assert detect_format("/x/t.txt", text) == PLAIN_TEXT


# Question-and-answer datasets: one exchange a record, the client's words and the counsellor's answer under keys.
CONTEXT_RESPONSE = "\n".join(
    json.dumps(record)
    for record in [
        {"Context": "I barely sleep and all I think about is how useless I am.", "Response": "That sounds exhausting."},
        {"Context": "How can I stop dreading work every single morning?", "Response": "What happens as you wake?"},
    ]
)
QA_CSV = (
    "questionID,questionTitle,questionText,topic,answerText,upvotes\n"
    '0,Worthless,"I barely sleep, and I keep thinking I am worthless.",depression,"Who told you that first?",3\n'
    '1,Night worry,"Every night I replay the day,\nover and over. How can I stop?",anxiety,"Try writing it down.",1\n'
)
INSTRUCTION_EXCHANGES = [
    # A system-like instruction, the client in `input`.
    {
        "instruction": "You are a counselling assistant; answer the patient's description.",
        "input": "Since my dad died I can't enjoy anything at all anymore.",
        "output": "I'm so sorry. What does a day look like for you now?",
    },
    # Alpaca style: the question is the instruction, `input` empty.
    {
        "instruction": "I check the door lock ten times before I leave. What can I do?",
        "input": "",
        "output": "Check once, slowly, and say out loud that it is locked.",
    },
]


def test_records_of_one_exchange_each_are_sessions_of_a_client_turn_and_a_counsellor_turn(tmp_path: Path) -> None:
    assert detect_format("/x/pairs.jsonl", CONTEXT_RESPONSE) == UNKNOWN_JSON
    batch = _batch(tmp_path, "pairs.jsonl", CONTEXT_RESPONSE)
    assert batch.sources.select("status", "sessions", "turns_kept").row(0) == ("loaded", 2, 4)
    turns = batch.turns.sort("source_line", "turn_index")
    assert turns.select("source_line", "speaker", "role").rows() == [
        (1, "Context (client)", "client"),
        (1, "Response (counsellor)", "therapist"),
        (2, "Context (client)", "client"),
        (2, "Response (counsellor)", "therapist"),
    ]


def test_a_question_and_answer_table_keeps_its_other_columns_as_metadata(tmp_path: Path) -> None:
    assert detect_format("/x/qa.csv", QA_CSV) == GENERIC_TABLE
    batch = _batch(tmp_path, "qa.csv", QA_CSV)
    assert batch.turns.sort("source_line", "turn_index").select("source_line", "role").rows() == [
        (2, "client"),
        (2, "therapist"),
        (3, "client"),
        (3, "therapist"),
    ]
    assert "Every night I replay the day,\nover and over. How can I stop?" in batch.turns["text"].to_list()
    metadata = [json.loads(m) for m in batch.sessions.sort("source_line")["source_metadata"]]
    assert [(m["questionTitle"], m["topic"]) for m in metadata] == [
        ("Worthless", "depression"),
        ("Night worry", "anxiety"),
    ]


@pytest.mark.parametrize("record", INSTRUCTION_EXCHANGES)
def test_instruction_records_without_a_dialogue_are_one_exchange(tmp_path: Path, record: dict[str, str]) -> None:
    text = json.dumps(record) + "\n"
    assert detect_format("/x/i.jsonl", text) == UNKNOWN_JSON
    batch = _batch(tmp_path, "i.jsonl", text)
    turns = batch.turns.sort("turn_index")
    asked = record["input"] or record["instruction"]
    assert turns.select("role", "text").rows() == [("client", asked), ("therapist", record["output"])]


def test_short_question_and_answer_fields_are_no_exchange() -> None:
    quiz = json.dumps([{"question": "Q1", "answer": "B"}, {"question": "Q2", "answer": "D"}])
    assert _parse(generic_json, quiz)[1].height == 0
    # A labelled dialogue under instruction keys stays an instruction record.
    labelled = json.dumps({"instruction": "Continue.", "output": "Therapist: Hi, how are you?\nClient: Tired."})
    assert detect_format("/x/l.jsonl", labelled) != UNKNOWN_JSON


# LLaMA-Factory's alpaca layout: the earlier exchanges as [client, counsellor] pairs under `history`, below the
# last exchange's keys.
HISTORY_RECORDS = """[
  {
    "instruction": "可以试试\u3002不过我有点担心\uff0c这么简单的方法真的有用吗\uff1f",
    "input": "",
    "output": "有这样的怀疑很正常\u3002我们下次见面时可以一起看看你练习的感受\u3002",
    "history": [
      [
        "最近在准备考研\uff0c可是一到模拟考就脑子一片空白\u3002",
        "听起来你付出了很多努力\uff0c能说说脑子空白的时候\uff0c你心里在想什么吗\uff1f"
      ]
    ]
  }
]
"""


def test_earlier_exchanges_under_history_come_first_at_their_own_lines(tmp_path: Path) -> None:
    batch = _batch(tmp_path, "sft.json", HISTORY_RECORDS)
    turns = batch.turns.sort("turn_index")
    assert turns.select("source_line", "speaker", "role").rows() == [
        (8, "history (client)", "client"),
        (9, "history (counsellor)", "therapist"),
        (3, "instruction (client)", "client"),
        (5, "output (counsellor)", "therapist"),
    ]


def _graph_message(n: int, sender: str | None, html: str) -> dict[str, object]:
    return {
        "id": str(n),
        "createdDateTime": f"2024-03-20T09:{n:02d}:00.000Z",
        "from": None if sender is None else {"user": {"displayName": sender}},
        "body": {"contentType": "html", "content": html},
    }


def test_html_bodies_newest_first_and_system_events() -> None:
    # Microsoft Graph lists a chat newest first; bodies are HTML; a system event has no sender and no words.
    messages = [
        _graph_message(6, "Counsellor", "<p>See you then.</p>"),
        _graph_message(5, "Client", "<p>Thanks, that works for me.</p>"),
        _graph_message(4, "Client", "<p>Will do. Thanks</p>"),
        _graph_message(
            3, "Counsellor", '<blockquote itemtype="reply">Can we move it?</blockquote><p>Yes &amp; fine.</p>'
        ),
        _graph_message(2, "Client", "<p>Can we move it to 2pm?</p>"),
        _graph_message(1, None, "<systemEventMessage/>"),
    ]
    sessions, turns = _parse(generic_json, json.dumps({"value": messages}, indent=2))
    assert turns.select("speaker", "text").rows() == [
        ("Client", "Can we move it to 2pm?"),
        ("Counsellor", "Yes & fine."),
        ("Client", "Will do. Thanks"),
        ("Client", "Thanks, that works for me."),
        ("Counsellor", "See you then."),
    ]
    assert "systemEventMessage" in sessions["source_metadata"][0]


def test_escaped_bodies_without_tags_are_read_and_markup_only_event_records_are_no_turns() -> None:
    # A Skype export: `content` escaped (`&apos;`), and call events and shared photos whose content is an XML payload
    # under their own `messagetype`.
    def message(n: int, sender: str, kind: str, content: str) -> dict[str, object]:
        return {"id": str(n), "messagetype": kind, "content": content, "from": sender}

    messages = [
        message(1, "8:live:counsellor", "RichText", "Hi, it&apos;s Dana. Are you somewhere private?"),
        message(2, "8:live:client", "RichText", "yes, I&apos;m at home &amp; on my own"),
        message(3, "8:live:client", "Event/Call", '<partlist type="ended"><part><name>Sam</name></part></partlist>'),
        message(4, "8:live:counsellor", "RichText", "Good. What would you like to start with?"),
        message(5, "8:live:client", "RichText", "the exam on friday"),
    ]
    sessions, turns = _parse(generic_json, json.dumps({"conversations": [{"MessageList": messages}]}, indent=1))
    assert turns.get_column("text").to_list() == [
        "Hi, it's Dana. Are you somewhere private?",
        "yes, I'm at home & on my own",
        "Good. What would you like to start with?",
        "the exam on friday",
    ]
    assert "Event/Call" in sessions["source_metadata"][0]


def test_a_minority_of_html_messages_are_messages_not_events() -> None:
    # A Teams-style export: most bodies plain, a few `html` with `<p>`: every one is someone's words.
    messages = [
        {"id": str(n), "contentType": "html" if n % 7 == 0 else "text", "from": "counsellor" if n % 2 else "client",
         "content": f"<p>Message {n}, how are things?</p>" if n % 7 == 0 else f"Message {n}, fine thanks."}
        for n in range(20)
    ]  # fmt: skip
    _, turns = _parse(generic_json, json.dumps({"value": messages}, indent=1))
    assert turns.height == 20


def _phrase(speaker: int, display: str) -> dict[str, object]:
    return {"recognitionStatus": "Success", "speaker": speaker, "nBest": [{"confidence": 0.9, "display": display}]}


def test_diarised_speaker_numbers_name_the_speakers() -> None:
    phrases = [
        _phrase(1, "Okay, I think we're connected. Can you hear me all right?"),
        _phrase(2, "Yes, I can hear you. Sorry, I'm in the spare room."),
        _phrase(1, "That's fine. How has this week been for you?"),
    ]
    _, turns = _parse(generic_json, json.dumps({"recognizedPhrases": phrases}, indent=2))
    assert turns["speaker"].to_list() == ["Speaker 1", "Speaker 2", "Speaker 1"]


ROLE_COLUMNS_CSV = (
    "Timecode,Therapist,Client,Transcriber notes\r\n"
    '00:00:05,"Hi Lee, come in. How has the week been?",,\r\n'
    "00:00:11,,Up and down. Sunday was bad.,\r\n"
    "00:00:16,What happened on Sunday?,,\r\n"
    "00:00:19,,I slammed the car door.,voice breaks\r\n"
    "00:00:41,Mm.,,[crosstalk]\r\n"
    "00:02:36,I know I can't keep doing this to them\r\n"
    "00:02:48,Let's plan the next handover together.,,\r\n"
    "00:02:55,,Saturday at ten.,\r\n"
    "00:03:10,What's the first sign of the anger?,,\r\n"
    "00:03:22,,My jaw.,\r\n"
    "00:03:27,Then let's make your jaw the signal.,,\r\n"
)


def test_a_sheet_with_a_column_per_role_and_a_row_cut_short(tmp_path: Path) -> None:
    assert detect_format("/x/sheet.csv", ROLE_COLUMNS_CSV) == GENERIC_TABLE
    batch = _batch(tmp_path, "sheet.csv", ROLE_COLUMNS_CSV)
    turns = batch.turns.sort("turn_index")
    assert turns.select("source_line", "speaker", "role").rows() == [
        (2, "Therapist", "therapist"),
        (3, "Client", "client"),
        (4, "Therapist", "therapist"),
        (5, "Client", "client"),
        (6, "Therapist", "therapist"),
        (8, "Therapist", "therapist"),
        (9, "Client", "client"),
        (10, "Therapist", "therapist"),
        (11, "Client", "client"),
        (12, "Therapist", "therapist"),
    ]
    # Ten of eleven rows keep the header's four fields: the one with two is broken, not a turn.
    stray = batch.defects.filter(pl.col("defect_type") == "unparseable_line")
    assert stray["source_line"].to_list() == [7]


# A generation script's log: conversations printed by pprint (keys sorted, so the text comes before the role).
PPRINT_LOG = """2024-03-18 14:02:11,204 INFO generate: run rp-0318-b: 2 conversations
[{'content': 'You are a warm counsellor in a role-play. '
             'Never break character.',
  'role': 'system'},
 {'content': "Hello Arthur, thank you for coming in today. Where would you like "
             'to start?',
  'role': 'assistant'},
 {'content': "I don't really know why I'm here, if I'm honest.", 'role': 'user'}]
2024-03-18 14:02:40,604 INFO generate: finish_reason=stop turns=2
[{'content': 'Hi Leon, how are things at the moment?', 'role': 'assistant'},
 {'content': 'Bad. It is due in six weeks.', 'role': 'user'}
"""


def test_a_log_of_printed_python_lists_is_read_turn_by_turn(tmp_path: Path) -> None:
    assert detect_format("/x/run.log", PPRINT_LOG) == PYTHON_LITERALS
    batch = _batch(tmp_path, "run.log", PPRINT_LOG)
    turns = batch.turns.sort("source_line")
    # Each turn at its role's line; the system message is the session's prompt, not a turn.
    assert turns.select("source_line", "role").rows() == [(7, "therapist"), (8, "client")]
    assert turns["text"][0] == "Hello Arthur, thank you for coming in today. Where would you like to start?"
    metadata = json.loads(batch.sessions["source_metadata"][0])
    assert metadata["system_prompt"].startswith("You are a warm counsellor")
    assert "run rp-0318-b" in metadata["log_lines"]
    # The second list never closes: its lines are reported, not lost.
    stray = batch.defects.filter(pl.col("defect_type") == "unparseable_line")["source_line"].to_list()
    assert stray == [10]


def test_an_empathy_dataset_table_by_conversation_with_numbered_speakers() -> None:
    # EmpatheticDialogues' layout: a situation (`prompt`) repeated down each conversation, worker ids as speakers.
    header = "conv_id,utterance_idx,context,prompt,speaker_idx,utterance\n"
    said = ["I have been scared about losing my job.", "That sounds frightening. What makes you think so?"]
    rows = [
        f"hit:{c}_conv:{c},{i + 1},afraid,I was scared about my job and it felt like a wall.,{(c * 7 + i % 2) % 40},"
        f"{said[i % 2]} ({c}.{i})\n"
        for c in range(6)
        for i in range(4)
    ]
    assert detect_format("/x/ed.csv", header + "".join(rows)) == GENERIC_TABLE
    files = pl.DataFrame({"source_id": ["f"], "path": ["/x/ed.csv"], "text": [header + "".join(rows)]})
    parsed_table = generic_table.parse_files(files)
    sessions, turns = parsed_table.sessions, parsed_table.turns
    assert sessions.height == 6
    assert turns["text"][0] == "I have been scared about losing my job. (0.0)"
    assert turns["speaker"][:2].to_list() == ["Speaker 0", "Speaker 1"]


def test_content_given_as_typed_parts_in_some_messages(tmp_path: Path) -> None:
    # A chat API's log: one message's content a string, the next a list of `{"type": "text", "text": ...}` parts.
    record = {
        "system": "You are a counsellor.",
        "messages": [
            {"role": "user", "content": "I feel lonely at uni."},
            {"role": "assistant", "content": [{"type": "text", "text": "That sounds hard. How long has it been?"}]},
        ],
    }
    batch = _batch(tmp_path, "log.json", json.dumps(record))
    assert batch.sources.select("status").item() == "loaded"
    assert batch.turns.sort("turn_index").select("role", "text").rows() == [
        ("client", "I feel lonely at uni."),
        ("therapist", "That sounds hard. How long has it been?"),
    ]


COLUMNAR = """{
  "features": {"turns": {"speaker": {"_type": "ClassLabel", "names": ["client", "counsellor"]},
                         "utterance": {"dtype": "string"}}},
  "rows": [
    {
      "dialogue_id": "d1",
      "turns": {
        "speaker": [0, 1, 0],
        "utterance": [
          "I moved here for work and I still don't know anyone.",
          "That sounds lonely. What are your evenings like?",
          "Quiet, mostly."
        ]
      }
    },
    {
      "dialogue_id": "d2",
      "turns": {"speaker": ["client", "counsellor"], "utterance": ["We had a row about the bins.", "Tell me more."]}
    }
  ]
}
"""


def test_a_dialogue_stored_by_column_is_read_one_turn_per_position(tmp_path: Path) -> None:
    # As Hugging Face datasets write a sequence feature: parallel lists, class labels as numbers with their names
    # under `features`, or as strings.
    batch = _batch(tmp_path, "dataset.json", COLUMNAR)
    assert batch.sources["status"].to_list() == ["loaded"]
    turns = batch.turns.sort("source_line")
    assert turns.select("source_line", "speaker", "role").rows() == [
        (10, "client", "client"),
        (11, "counsellor", "therapist"),
        (12, "client", "client"),
        (18, "client", "client"),
        (18, "counsellor", "therapist"),
    ]
    assert turns["text"][1] == "That sounds lonely. What are your evenings like?"
    assert batch.sessions.height == 2


def test_messages_naming_their_writer_in_a_nested_object_are_read_by_values(tmp_path: Path) -> None:
    # A Google Chat export: `messages` of `text` look like chat JSON, but the writer is `creator.name`, no role key.
    # The chat reader finds no turn; read by values instead, rather than quarantined.
    people = [("Reuben Ilori", "Hi Efua, it's Reuben from Student Wellbeing. How are you doing today?"),
              ("Efua Boateng", "not great tbh. i got my resit results this morning"),
              ("Reuben Ilori", "I'm sorry to hear that. What did the results say?"),
              ("Efua Boateng", "failed stats again. 38 and the pass is 40")]  # fmt: skip
    export = {"messages": [{"creator": {"name": name, "user_type": "Human"}, "text": text} for name, text in people]}
    path = tmp_path / "messages.json"
    path.write_text(json.dumps(export, indent=2), encoding="utf-8")
    batch = process_batch([str(path)], {})
    assert batch.sources.get_column("status").to_list() == ["loaded"]
    assert batch.turns.get_column("speaker").to_list() == [name for name, _ in people]


def test_account_ids_alone_still_name_the_speakers() -> None:
    def record(n: int) -> Record:
        return Record(n, {"user": Field(f"u_{1042 if n % 2 else 2291}", n), "text": Field(f"sentence {n} of words", n)})

    choice = choose([record(n) for n in range(1, 7)])
    assert choice is not None and choice.speaker == "user"


def test_a_simulations_id_column_splits_a_table_read_by_its_values_into_sessions() -> None:
    table = "sim_id,turn,agent,utterance\n" + "".join(
        f"sim-{n},{t},{'therapist' if t % 2 else 'client'},This is turn {t} of simulation {n} in words.\n"
        for n in (1, 2)
        for t in range(1, 5)
    )
    assert detect_format("/x/sims.csv", table) == GENERIC_TABLE
    parsed = generic_table.parse_files(pl.DataFrame({"source_id": ["f"], "path": ["/x/sims.csv"], "text": [table]}))
    assert parsed.sessions.height == 2
    assert parsed.turns.height == 8
