"""Application exports read by app_json.py: AWS Transcribe job output (transcribe_json.py), Slack export day files
(slack_export.py) and Rasa conversation trackers (rasa_tracker.py), which were quarantined as JSON of another shape.

The fixtures are written for these tests (made-up people and words), laid out as the services write their files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from flows.batch import process_batch
from tests.transforms._formats import files, loads, rows
from transforms.formats import parse_files
from transforms.formats.detect import APP_JSON, NESTED_JSON, UNKNOWN_JSON, detect_format


def line_of(text: str, needle: str, nth: int = 0) -> int:
    """The 1-based line of the nth line holding `needle`."""
    found = [n for n, line in enumerate(text.split("\n"), start=1) if needle in line]
    return found[nth]


def _load(tmp_path: Path, name: str, data: bytes) -> Any:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return process_batch([str(path)], {})


def _defects(batch: Any, defect_type: str) -> list[int]:
    return sorted(batch.defects.filter(pl.col("defect_type") == defect_type)["source_line"].to_list())


# --- AWS Transcribe ---------------------------------------------------------------------------------------

PUNCTUATION = {".", ",", "?", "!"}


def transcribe(
    segments: list[tuple[str, float, str]], speaker_items: bool = True, extra: dict[str, Any] | None = None
) -> str:
    """A job's output as Transcribe writes it pretty-printed, a segment and an item a line. Each segment is
    (speaker, start, words); a word is timed 0.3 s with 0.1 s gaps, punctuation (its own token) has no time."""
    segs: list[dict[str, Any]] = []
    items: list[dict[str, Any]] = []
    for speaker, start, words in segments:
        clock, timed = start, []
        for token in words.split():
            label = {"speaker_label": speaker} if speaker_items else {}
            if token in PUNCTUATION:
                items.append(
                    {"alternatives": [{"confidence": "0.0", "content": token}], "type": "punctuation", **label}
                )
                continue
            begin, end = f"{clock:.2f}", f"{clock + 0.3:.2f}"
            items.append(
                {
                    "start_time": begin,
                    "end_time": end,
                    "alternatives": [{"confidence": "0.98", "content": token}],
                    "type": "pronunciation",
                    **label,
                }
            )
            timed.append({"start_time": begin, "speaker_label": speaker, "end_time": end})
            clock += 0.4
        end_time = timed[-1]["end_time"] if timed else f"{start + 0.5:.2f}"
        segs.append({"start_time": f"{start:.2f}", "speaker_label": speaker, "end_time": end_time, "items": timed})
    spoken = " ".join(words for _, _, words in segments)
    head = [
        "{",
        '  "jobName": "intake-0412",',
        '  "accountId": "123456789012",',
        *(f"  {json.dumps(k)}: {json.dumps(v)}," for k, v in (extra or {}).items()),
        '  "results": {',
        '    "transcripts": [{"transcript": ' + json.dumps(spoken) + "}],",
        '    "speaker_labels": {',
        f'      "speakers": {len({s for s, _, _ in segments})},',
        '      "segments": [',
    ]
    middle = ["      ]", "    },", '    "items": [']
    tail = ["    ]", "  },", '  "status": "COMPLETED"', "}"]
    return (
        "\n".join(
            [
                *head,
                *(f"        {json.dumps(s)}{',' if n < len(segs) - 1 else ''}" for n, s in enumerate(segs)),
                *middle,
                *(f"      {json.dumps(i)}{',' if n < len(items) - 1 else ''}" for n, i in enumerate(items)),
                *tail,
            ]
        )
        + "\n"
    )


REPEATED = "I have not been sleeping well for weeks now ."
TRANSCRIBE_SEGMENTS = [
    ("spk_0", 0.5, "Thanks for coming in today . What brings you here ?"),
    ("spk_1", 5.0, REPEATED),
    ("spk_0", 10.0, "How long has that been going on ?"),
    ("spk_1", 14.0, REPEATED),
    ("spk_2", 19.0, "Sorry , wrong room ."),
    ("spk_0", 21.0, ""),
]
TRANSCRIBE = transcribe(TRANSCRIBE_SEGMENTS)


def segment_line(text: str, start: float) -> int:
    return line_of(text, f'{{"start_time": "{start:.2f}", "speaker_label"')


def test_transcribe_a_turn_per_speaker_segment_with_its_words_and_punctuation() -> None:
    assert detect_format("/data/job.json", TRANSCRIBE) == APP_JSON
    parsed = parse_files(files(TRANSCRIBE))
    assert rows(parsed.turns, "source_turn_index", "speaker", "role", "text", "timestamp") == [
        (0, "spk_0", "unknown", "Thanks for coming in today. What brings you here?", "0.50"),
        (1, "spk_1", "unknown", "I have not been sleeping well for weeks now.", "5.00"),
        (2, "spk_0", "unknown", "How long has that been going on?", "10.00"),
        (3, "spk_1", "unknown", "I have not been sleeping well for weeks now.", "14.00"),
        (4, "spk_2", "unknown", "Sorry, wrong room.", "19.00"),
        # A segment without words: an empty turn, for the empty_turn step to report.
        (5, "spk_0", "unknown", "", "21.00"),
    ]
    # Each turn on its segment's line (where its speaker_label is), not on a word item's.
    assert parsed.turns["source_line"].to_list() == [segment_line(TRANSCRIBE, s) for _, s, _ in TRANSCRIBE_SEGMENTS]
    assert parsed.sessions.height == 1
    assert loads(parsed.sessions["source_metadata"][0]) == {
        "jobName": "intake-0412",
        "accountId": "123456789012",
        "status": "COMPLETED",
        "speakers": 3,
    }
    assert parsed.stray_lines.is_empty()


def test_transcribe_multi_line_segments_sit_on_their_own_speaker_label_key() -> None:
    # Pretty-printed by a tool with indent 2: a segment over many lines, its items' speaker_label keys below it
    # and the word items' beside the segments list, at the same depth as the segments' own keys.
    text = json.dumps(json.loads(TRANSCRIBE), indent=2)
    parsed = parse_files(files(text))
    # Segment keys are 10 spaces in (results > speaker_labels > segments > segment); their items' keys 14, the
    # word items' 8.
    segment_keys = [
        n for n, line in enumerate(text.split("\n"), start=1) if line.startswith(" " * 10 + '"speaker_label"')
    ]
    assert len(segment_keys) == len(TRANSCRIBE_SEGMENTS)
    assert parsed.turns["source_line"].to_list() == segment_keys
    assert parsed.turns["text"][0] == "Thanks for coming in today. What brings you here?"


def test_transcribe_older_items_without_speakers_a_speaker_map_and_stray_words() -> None:
    # Older outputs label only the segments: words are joined to them by time alone. A `speakers` map names ids.
    segments = [("spk_0", 0.5, "Hello , I'm Priya ."), ("spk_1", 3.0, "Hi . Thanks for seeing me .")]
    text = transcribe(segments, speaker_items=False, extra={"speakers": {"spk_0": "Priya (counsellor)"}})
    job = json.loads(text)
    # A word after the last segment ended belongs to no segment: counted, not glued onto a turn.
    job["results"]["items"].append(
        {"start_time": "30.00", "end_time": "30.30", "alternatives": [{"content": "bye"}], "type": "pronunciation"}
    )
    parsed = parse_files(files(json.dumps(job, indent=1)))
    assert rows(parsed.turns, "speaker", "role", "text") == [
        ("Priya (counsellor)", "therapist", "Hello, I'm Priya."),
        ("spk_1", "unknown", "Hi. Thanks for seeing me."),
    ]
    assert loads(parsed.sessions["source_metadata"][0])["words_outside_segments"] == 1


def test_transcribe_audio_segments_when_there_are_no_speaker_segments() -> None:
    job = {
        "jobName": "call-7",
        "results": {
            "transcripts": [{"transcript": "Lifeline, this is Ana. Hi, I need to talk to someone."}],
            "items": [],
            "audio_segments": [
                {"id": 0, "transcript": "Lifeline, this is Ana.", "start_time": "0.2", "end_time": "1.9",
                 "speaker_label": "spk_0", "items": [0, 1, 2, 3]},
                {"id": 1, "transcript": "Hi, I need to talk to someone.", "start_time": "2.4", "end_time": "4.8",
                 "speaker_label": "spk_1", "items": [4, 5, 6]},
            ],
        },
        "status": "COMPLETED",
    }  # fmt: skip
    text = json.dumps(job, indent=2)
    assert detect_format("/data/call-7.json", text) == APP_JSON
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "speaker", "text", "source_line") == [
        ("spk_0", "Lifeline, this is Ana.", line_of(text, '"speaker_label": "spk_0"')),
        ("spk_1", "Hi, I need to talk to someone.", line_of(text, '"speaker_label": "spk_1"')),
    ]


def test_transcribe_through_the_batch(tmp_path: Path) -> None:
    batch = _load(tmp_path, "job.json", TRANSCRIBE.encode())
    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"], source["turns_parsed"], source["turns_kept"]) == ("loaded", 1, 6, 4)
    lines = [segment_line(TRANSCRIBE, s) for _, s, _ in TRANSCRIBE_SEGMENTS]
    assert _defects(batch, "duplicate_turn") == [lines[3]]
    assert _defects(batch, "empty_turn") == [lines[5]]
    # No roles in the file and too little speech to infer them: every kept turn's speaker is reported.
    assert _defects(batch, "unknown_speaker") == [lines[0], lines[1], lines[2], lines[4]]


# --- Slack ------------------------------------------------------------------------------------------------


def profile(real_name: str, display_name: str) -> dict[str, Any]:
    return {
        "avatar_hash": "g1a2b3",
        "image_72": "https://avatars.slack-edge.com/2024-01-01/a1_72.png",
        "first_name": real_name.split()[0],
        "real_name": real_name,
        "display_name": display_name,
        "team": "T012AB3C4",
        "name": display_name.lower(),
        "is_restricted": False,
        "is_ultra_restricted": False,
    }


def blocks(text: str) -> list[dict[str, Any]]:
    section = {"type": "rich_text_section", "elements": [{"type": "text", "text": text}]}
    return [{"type": "rich_text", "block_id": "Xy1z", "elements": [section]}]


SAM_SAYS = "Not great. Exams &amp; work \u2014 it\u2019s all piling up &lt;again&gt;"
SLACK_MESSAGES: list[Any] = [
    {"type": "message", "subtype": "channel_join", "ts": "1712311100.000100", "user": "U01COUNS",
     "text": "<@U01COUNS> has joined the channel"},
    {"client_msg_id": "5b1e", "type": "message", "text": "Hi Sam, thanks for reaching out. How are you today?",
     "user": "U01COUNS", "ts": "1712311200.000200", "blocks": blocks("Hi Sam, thanks for reaching out."),
     "team": "T012AB3C4", "user_team": "T012AB3C4", "user_profile": profile("Dana Whitfield (Counsellor)", "Dana"),
     "thread_ts": "1712311200.000200", "reply_count": 1,
     "replies": [{"user": "U03FAMILY", "ts": "1712311300.000600"}]},
    {"client_msg_id": "77aa", "type": "message", "text": SAM_SAYS, "user": "U02CLIENT", "ts": "1712311260.000300",
     "blocks": blocks("Not great."), "team": "T012AB3C4", "user_profile": profile("Sam Okafor", "sam")},
    {"type": "message", "subtype": "bot_message", "text": "Reminder: this channel is not monitored after 6pm.",
     "ts": "1712311270.000400", "bot_id": "B0REMIND", "username": "reminder-bot"},
    {"client_msg_id": "9c0d", "type": "message", "text": "I filled in <https://forms.example.org/intake|the form>",
     "user": "U02CLIENT", "ts": "1712311290.000500"},
    {"client_msg_id": "0e4f", "type": "message", "text": "<@U01COUNS> can I join the next session too?",
     "user": "U03FAMILY", "ts": "1712311300.000600", "thread_ts": "1712311200.000200", "parent_user_id": "U01COUNS",
     "user_profile": profile("Jo Okafor", "jo")},
    {"client_msg_id": "1a2b", "type": "message", "text": SAM_SAYS, "user": "U02CLIENT", "ts": "1712311320.000700",
     "user_profile": profile("Sam Okafor", "sam")},
    {"type": "message", "text": "", "user": "U02CLIENT", "ts": "1712311330.000800", "upload": True,
     "files": [{"id": "F07AB", "name": "sleep-diary.pdf"}], "user_profile": profile("Sam Okafor", "sam")},
    {"type": "message", "subtype": "channel_topic", "ts": "1712311340.000900", "user": "U01COUNS",
     "text": "set the channel topic: Weekly check-in", "topic": "Weekly check-in"},
]  # fmt: skip


def slack(messages: list[Any]) -> str:
    """As Slack writes a day file: indent 4, non-ASCII escaped, `/` as `\\/`."""
    return json.dumps(messages, indent=4).replace("/", "\\/") + "\n"


SLACK = slack(SLACK_MESSAGES)
SLACK_PATH = "/exports/acme/sam-checkins/2024-04-05.json"


def user_key_line(text: str, user: str, nth: int = 0) -> int:
    """The line of the nth message-level `"user": "<id>"` key (8 spaces in: the message's own, not a reply's)."""
    found = [n for n, line in enumerate(text.split("\n"), start=1) if line.startswith(f'        "user": "{user}"')]
    return found[nth]


def test_slack_messages_are_turns_named_from_profiles_on_their_user_key_lines() -> None:
    assert detect_format(SLACK_PATH, SLACK) == APP_JSON
    parsed = parse_files(files(SLACK, paths=[SLACK_PATH]))
    sam = "Not great. Exams & work \u2014 it\u2019s all piling up <again>"
    assert rows(parsed.turns, "source_turn_index", "speaker", "role", "text", "timestamp") == [
        (0, "Dana Whitfield (Counsellor)", "therapist", "Hi Sam, thanks for reaching out. How are you today?",
         "1712311200.000200"),
        (1, "Sam Okafor", "unknown", sam, "1712311260.000300"),
        # No profile on this message: the name another message of the same user carries.
        (2, "Sam Okafor", "unknown", "I filled in the form (https://forms.example.org/intake)", "1712311290.000500"),
        (3, "Jo Okafor", "unknown", "@U01COUNS can I join the next session too?", "1712311300.000600"),
        (4, "Sam Okafor", "unknown", sam, "1712311320.000700"),
        (5, "Sam Okafor", "unknown", "", "1712311330.000800"),
    ]  # fmt: skip
    assert parsed.turns["source_line"].to_list() == [
        user_key_line(SLACK, "U01COUNS", 1),
        user_key_line(SLACK, "U02CLIENT", 0),
        user_key_line(SLACK, "U02CLIENT", 1),
        user_key_line(SLACK, "U03FAMILY", 0),
        user_key_line(SLACK, "U02CLIENT", 2),
        user_key_line(SLACK, "U02CLIENT", 3),
    ]
    assert loads(parsed.turns["source_labels"][3]) == {"user": "U03FAMILY", "thread_ts": "1712311200.000200"}


def test_slack_notices_and_bots_are_session_metadata_not_turns() -> None:
    parsed = parse_files(files(SLACK, paths=[SLACK_PATH]))
    assert parsed.sessions.height == 1
    metadata = loads(parsed.sessions["source_metadata"][0])
    assert metadata["channel"] == "sam-checkins"
    assert metadata["date"] == "2024-04-05"
    assert [(m["subtype"], m["source_line"]) for m in metadata["system_messages"]] == [
        ("channel_join", user_key_line(SLACK, "U01COUNS", 0)),
        # No user key: on the line its object opens.
        ("bot_message", line_of(SLACK, '"ts": "1712311270.000400"') - 4),
        ("channel_topic", user_key_line(SLACK, "U01COUNS", 2)),
    ]
    assert metadata["system_messages"][1]["text"] == "Reminder: this channel is not monitored after 6pm."


def test_slack_an_element_that_is_no_message_is_a_stray_line() -> None:
    text = slack([*SLACK_MESSAGES[:3], "oops, a string", *SLACK_MESSAGES[3:]])
    parsed = parse_files(files(text, paths=[SLACK_PATH]))
    assert rows(parsed.stray_lines, "line_no", "line") == [(line_of(text, '"oops, a string"'), '    "oops, a string",')]
    # The other messages keep their lines.
    assert parsed.turns["source_line"][1] == user_key_line(text, "U02CLIENT", 0)


def test_slack_users_and_channels_files_are_not_transcripts() -> None:
    users = [
        {
            "id": "U01COUNS",
            "team_id": "T012AB3C4",
            "name": "dana",
            "deleted": False,
            "real_name": "Dana W",
            "profile": profile("Dana Whitfield", "Dana"),
            "is_admin": True,
            "is_bot": False,
        }
    ]
    channels = [{"id": "C01", "name": "sam-checkins", "created": 1712311000, "creator": "U01COUNS",
                 "is_archived": False, "members": ["U01COUNS", "U02CLIENT"],
                 "topic": {"value": "Weekly check-in", "creator": "U01COUNS", "last_set": 1712311340},
                 "purpose": {"value": "", "creator": "", "last_set": 0}}]  # fmt: skip
    assert detect_format("/exports/acme/users.json", slack(users)) == UNKNOWN_JSON
    assert detect_format("/exports/acme/channels.json", slack(channels)) == UNKNOWN_JSON


def test_slack_through_the_batch(tmp_path: Path) -> None:
    batch = _load(tmp_path, "sam-checkins/2024-04-05.json", SLACK.encode())
    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"], source["turns_parsed"], source["turns_kept"]) == ("loaded", 1, 6, 4)
    assert _defects(batch, "duplicate_turn") == [user_key_line(SLACK, "U02CLIENT", 2)]
    assert _defects(batch, "empty_turn") == [user_key_line(SLACK, "U02CLIENT", 3)]
    # Dana is the counsellor by her title, Sam the client by inference; Jo, a third person, stays unknown.
    assert _defects(batch, "unknown_speaker") == [
        user_key_line(SLACK, "U02CLIENT", 0),
        user_key_line(SLACK, "U03FAMILY", 0),
    ]
    roles = dict(batch.turns.select("speaker", "role").unique().iter_rows())
    assert roles == {"Dana Whitfield (Counsellor)": "therapist", "Sam Okafor": "client", "Jo Okafor": "unknown"}


# --- Rasa -------------------------------------------------------------------------------------------------


def user_event(ts: float, text: str | None, intent: str) -> dict[str, Any]:
    parse = {"intent": {"name": intent, "confidence": 0.97}, "entities": [], "text": text, "message_id": f"m{ts}",
             "metadata": {}, "intent_ranking": [{"name": intent, "confidence": 0.97}]}  # fmt: skip
    return {"event": "user", "timestamp": ts, "metadata": {}, "text": text, "parse_data": parse,
            "input_channel": "rest", "message_id": f"m{ts}"}  # fmt: skip


def bot_event(ts: float, text: str | None, action: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    empty = {
        "elements": None,
        "quick_replies": None,
        "buttons": None,
        "attachment": None,
        "image": None,
        "custom": None,
    }
    return {"event": "bot", "timestamp": ts, "metadata": {"utter_action": action}, "text": text, "data": data or empty}


def action(ts: float, name: str) -> dict[str, Any]:
    return {"event": "action", "timestamp": ts, "metadata": {}, "name": name, "policy": "RulePolicy",
            "confidence": 1.0, "action_text": None, "hide_rule_turn": False}  # fmt: skip


AGAIN = "It is still the same as last week, honestly."


def tracker(sender: str = "c0ffee42") -> dict[str, Any]:
    return {
        "sender_id": sender,
        "slots": {"mood": "low", "session_started_metadata": None},
        "latest_message": {"intent": {"name": "mood_unhappy", "confidence": 0.97}, "entities": [], "text": AGAIN,
                           "message_id": "m1712311400.0", "metadata": {}},
        "latest_event_time": 1712311401.2,
        "followup_action": None,
        "paused": False,
        "events": [
            action(1712311200.01, "action_session_start"),
            {"event": "session_started", "timestamp": 1712311200.02, "metadata": {"model_id": "a1b2"}},
            action(1712311200.03, "action_listen"),
            user_event(1712311203.5, "I feel really low today", "mood_unhappy"),
            {"event": "user_featurization", "timestamp": 1712311203.6, "use_text_for_featurization": False},
            action(1712311203.7, "utter_empathy"),
            bot_event(1712311203.8, "I'm sorry you're feeling low. Would you like to try a breathing exercise?",
                      "utter_empathy", {"buttons": [{"title": "Yes", "payload": "/affirm"},
                                                    {"title": "No", "payload": "/deny"}]}),
            {"event": "slot", "timestamp": 1712311203.9, "name": "mood", "value": "low"},
            # Only an image: no words, so no turn (listed in the session's metadata).
            bot_event(1712311204.0, None, "utter_breathing_gif", {"image": "https://example.org/breathe.gif"}),
            action(1712311204.1, "action_listen"),
            user_event(1712311260.0, "", "nlu_fallback"),
            action(1712311300.0, "action_session_start"),
            {"event": "session_started", "timestamp": 1712311300.1},
            user_event(1712311303.0, AGAIN, "mood_unhappy"),
            bot_event(1712311304.0, "Thanks for telling me. What has been the hardest part?", "utter_ask_hardest"),
            user_event(1712311400.0, AGAIN, "mood_unhappy"),
        ],
        "latest_input_channel": "rest",
        "active_loop": {},
        "latest_action": {"action_name": "action_listen"},
        "latest_action_name": "action_listen",
    }  # fmt: skip


RASA = json.dumps(tracker(), indent=2) + "\n"


def event_line(text: str, kind: str, nth: int) -> int:
    return line_of(text, f'"event": "{kind}"', nth)


def test_rasa_user_and_bot_events_are_turns_and_a_session_start_opens_a_session() -> None:
    assert detect_format("/data/tracker.json", RASA) == APP_JSON
    parsed = parse_files(files(RASA))
    assert rows(parsed.turns, "segment", "source_turn_index", "speaker", "role", "text") == [
        (1, 0, "user", "client", "I feel really low today"),
        (1, 1, "bot", "therapist", "I'm sorry you're feeling low. Would you like to try a breathing exercise?"),
        (1, 2, "user", "client", ""),
        (2, 0, "user", "client", AGAIN),
        (2, 1, "bot", "therapist", "Thanks for telling me. What has been the hardest part?"),
        (2, 2, "user", "client", AGAIN),
    ]
    assert parsed.turns["source_line"].to_list() == [
        event_line(RASA, "user", 0),
        event_line(RASA, "bot", 0),
        event_line(RASA, "user", 1),
        event_line(RASA, "user", 2),
        event_line(RASA, "bot", 2),
        event_line(RASA, "user", 3),
    ]
    assert loads(parsed.turns["source_labels"][1]) == {"utter_action": "utter_empathy", "buttons": ["Yes", "No"]}
    assert loads(parsed.turns["source_labels"][0]) == {"intent": "mood_unhappy"}
    assert parsed.turns["timestamp"][0] == "1712311203.5"
    sessions = parsed.sessions
    assert sessions["source_line"].to_list() == [
        event_line(RASA, "session_started", 0),
        event_line(RASA, "session_started", 1),
    ]
    first = loads(sessions["source_metadata"][0])
    assert first["sender_id"] == "c0ffee42"
    assert first["session_started"] == "1712311200.02"
    assert first["events_without_text"] == [
        {"source_line": event_line(RASA, "bot", 1), "event": "bot", "timestamp": "1712311204.0", "data": ["image"],
         "utter_action": "utter_breathing_gif"}
    ]  # fmt: skip
    assert parsed.stray_lines.is_empty()


def test_rasa_a_list_of_trackers_and_json_lines_with_a_broken_line() -> None:
    listed = json.dumps([tracker("a"), tracker("b")], indent=2)
    parsed = parse_files(files(listed))
    assert parsed.sessions.height == 4
    by_speaker = parsed.turns.partition_by("speaker", as_dict=True)
    assert by_speaker[("user",)]["source_line"].to_list() == [event_line(listed, "user", n) for n in range(8)]
    # The second bot event of each tracker has no text: no turn.
    assert by_speaker[("bot",)]["source_line"].to_list() == [event_line(listed, "bot", n) for n in (0, 2, 3, 5)]

    jsonl = (
        json.dumps(tracker("a"))
        + "\n"
        + '{"sender_id": "b", "events": [{"event": "user", "te\n'
        + json.dumps(tracker("c"))
    )
    assert detect_format("/data/trackers.jsonl", jsonl) == APP_JSON
    parsed = parse_files(files(jsonl))
    assert set(parsed.turns["source_line"].to_list()) == {1, 3}
    assert rows(parsed.stray_lines, "line_no") == [(2,)]
    assert parsed.sessions.height == 4


def test_rasa_utf16_with_crlf_through_the_batch(tmp_path: Path) -> None:
    data = RASA.replace("\n", "\r\n").encode("utf-16")  # with its BOM
    batch = _load(tmp_path, "tracker.json", data)
    source = batch.sources.row(0, named=True)
    assert (source["status"], source["encoding"], source["sessions"]) == ("loaded", "utf-16-le", 2)
    assert (source["turns_parsed"], source["turns_kept"]) == (6, 4)
    assert _defects(batch, "empty_turn") == [event_line(RASA, "user", 1)]
    assert _defects(batch, "duplicate_turn") == [event_line(RASA, "user", 3)]
    assert _defects(batch, "unknown_speaker") == []
    assert sorted(batch.turns["source_line"].to_list()) == [
        event_line(RASA, "user", 0),
        event_line(RASA, "bot", 0),
        event_line(RASA, "user", 2),
        event_line(RASA, "bot", 2),
    ]


# --- detection: these shapes, and their neighbours that keep their parsers ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TRANSCRIBE, APP_JSON),
        # The `results` object saved alone; with newer outputs' `audio_segments` nested_json read it already.
        (json.dumps(json.loads(TRANSCRIBE)["results"]), APP_JSON),
        (json.dumps({**json.loads(TRANSCRIBE)["results"], "audio_segments": [
            {"id": 0, "transcript": "Hi.", "start_time": "0.5", "end_time": "0.8", "speaker_label": "spk_0"}]}),
         NESTED_JSON),
        (SLACK, APP_JSON),
        (slack(SLACK_MESSAGES[1:2]).replace("\n", ""), APP_JSON),
        (RASA, APP_JSON),
        (json.dumps([tracker(), tracker("b")]), APP_JSON),
        ("[]", UNKNOWN_JSON),
        # Speech-to-text output of another service, and Amazon Connect's: still sessions holding their turns.
        (json.dumps({"call_id": "C-1", "segments": [{"speaker": "AGENT", "start": 0.4, "transcript": "Hello"}]}),
         NESTED_JSON),
        ('{"JobName": "j", "Transcript": [{"ParticipantRole": "AGENT", "Content": "Hi"}]}', NESTED_JSON),
        # A message list that is no Slack day file, an events list that is no tracker.
        (json.dumps([{"type": "note", "ts": "1", "text": "Therapist: hi"}]), "instruction_records"),
        (json.dumps([{"type": "message", "ts": "1", "speaker": "client", "text": "Hi"}]), "smilechat"),
        (json.dumps([{"type": "message", "ts": "1", "user": "U1", "sender": "client", "text": "Hi"}]), "flat_json"),
        (json.dumps({"events": [{"name": "login", "at": 3}]}), UNKNOWN_JSON),
    ],
    ids=["transcribe", "transcribe-results", "transcribe-results-audio-segments", "slack", "slack-one-line", "rasa",
         "rasa-list", "empty-list", "call-segments", "amazon-connect", "not-slack", "typed-chat-messages",
         "typed-utterances", "not-rasa"],
)  # fmt: skip
def test_detection(text: str, expected: str) -> None:
    assert detect_format("/data/export.json", text) == expected


def test_a_day_of_notices_only_is_quarantined_with_the_reason(tmp_path: Path) -> None:
    batch = _load(tmp_path, "sam-checkins/2024-04-06.json", slack([SLACK_MESSAGES[0], SLACK_MESSAGES[-1]]).encode())
    source = batch.sources.row(0, named=True)
    assert source["status"] == "quarantined"
    assert "application export without utterances" in source["error"]
