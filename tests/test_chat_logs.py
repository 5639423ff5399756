"""Chat logs and subtitle scripts: DiscordChatExporter text exports (transforms/formats/discord_export.py), IRC client
logs (irc_log.py) and ASS/SSA subtitles (ass_subtitles.py).

The dialogue, names, servers and channels are made up for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl
import pytest

from flows.batch import NO_TURNS_BY_FORMAT, process_batch
from tests.transforms._formats import files, loads, rows
from transforms.formats import parse_files
from transforms.formats.ass_subtitles import unescape
from transforms.formats.detect import ASS_SUBTITLES, CSV_TABLE, DISCORD_EXPORT, IRC_LOG, PLAIN_TEXT, detect_format
from transforms.formats.irc_log import role_word

RULE = "=" * 62
# Line numbers matter: the tests name them.
DISCORD = "\n".join(
    [
        RULE,  # 1
        "Guild: Peer Support Hub",  # 2
        "Channel: Support / evening-chat",  # 3
        "Topic: A listener is on from 7pm",  # 4
        RULE,  # 5
        "",  # 6
        "[14-Mar-24 07:00 PM] sam.k",  # 7
        "Joined the server.",  # 8
        "",  # 9
        "",  # 10
        "[14-Mar-24 07:02 PM] ListenerAna#2207",  # 11
        "Hi Sam, I'm here.",  # 12
        "What's on your mind tonight?",  # 13
        "",  # 14
        "",  # 15
        "[14-Mar-24 07:03 PM] sam.k",  # 16
        "I can't sleep again, every night this week.",  # 17
        "",  # 18
        "{Reactions}",  # 19
        "\u2764\ufe0f (2)",  # 20
        "",  # 21
        "",  # 22
        "[14-Mar-24 07:04 PM] sam.k",  # 23
        "",  # 24
        "",  # 25
        "{Attachments}",  # 26
        "https://cdn.example.org/attachments/1/2/notes.png",  # 27
        "",  # 28
        "",  # 29
        "[14-Mar-24 07:05 PM] ModBot",  # 30
        "Reminder: this channel is not a crisis line.",  # 31
        "",  # 32
        "",  # 33
        "[14-Mar-24 07:06 PM]",  # 34: a message line that lost its author
        "",  # 35
        "[14-Mar-24 07:07 PM] sam.k (pinned)",  # 36
        "I can't sleep again, every night this week.",  # 37
        "",  # 38
        "",  # 39
        RULE,  # 40
        "Exported 7 message(s)",  # 41
        RULE,  # 42
        "",
    ]
)


def test_discord_export_is_detected_by_content() -> None:
    assert detect_format("/data/evening-chat.txt", DISCORD) == DISCORD_EXPORT
    assert detect_format("/data/evening-chat.log", DISCORD) == DISCORD_EXPORT
    # Without the banner: message lines in another locale's date format.
    banner_less = "[3/14/2024 7:02 PM] ListenerAna\nHi Sam.\n\n[3/14/2024 7:03 PM] sam.k\nhi\n"
    assert detect_format("/data/x.txt", banner_less) == DISCORD_EXPORT


def test_discord_messages_are_turns_at_their_author_line() -> None:
    parsed = parse_files(files(DISCORD))
    assert rows(parsed.turns, "source_line", "speaker", "role", "text", "timestamp") == [
        (11, "ListenerAna#2207", "therapist", "Hi Sam, I'm here.\nWhat's on your mind tonight?", "14-Mar-24 07:02 PM"),
        (16, "sam.k", "unknown", "I can't sleep again, every night this week.", "14-Mar-24 07:03 PM"),
        # Only an attachment: an empty turn, its file in the labels.
        (23, "sam.k", "unknown", "", "14-Mar-24 07:04 PM"),
        (30, "ModBot", "unknown", "Reminder: this channel is not a crisis line.", "14-Mar-24 07:05 PM"),
        (36, "sam.k", "unknown", "I can't sleep again, every night this week.", "14-Mar-24 07:07 PM"),
    ]
    assert [loads(labels) for labels in parsed.turns["source_labels"]] == [
        None,
        {"reactions": ["\u2764\ufe0f (2)"]},
        {"attachments": ["https://cdn.example.org/attachments/1/2/notes.png"]},
        None,
        {"pinned": True},
    ]


def test_discord_banner_notices_and_strays() -> None:
    parsed = parse_files(files(DISCORD))
    assert rows(parsed.sessions, "session_index", "source_line") == [(0, 1)]
    assert loads(parsed.sessions["source_metadata"][0]) == {
        "guild": "Peer Support Hub",
        "channel": "Support / evening-chat",
        "topic": "A listener is on from 7pm",
        "exported_messages": 7,
        "notices": [
            {"author": "sam.k", "timestamp": "14-Mar-24 07:00 PM", "source_line": 7, "notice": "Joined the server."}
        ],
    }
    assert parsed.header_lines["line_no"].to_list() == [1, 2, 3, 4, 5]
    assert rows(parsed.stray_lines, "line_no", "line") == [(34, "[14-Mar-24 07:06 PM]")]


def test_discord_exports_in_one_file_are_sessions_and_locales_vary() -> None:
    second = (
        f"{RULE}\nGuild: Peer Support Hub\nChannel: Support / daytime\n{RULE}\n\n"
        "[14.03.2024 19:02] Counsellor Dee\nGood afternoon.\n\n\n"
        "[2024-03-14 19:03] sam.k\nHi.\nStarted a thread.\n\n\n"
        f"{RULE}\nExported 2 message(s)\n{RULE}\n"
    )
    parsed = parse_files(files(DISCORD + second))
    assert rows(parsed.sessions, "segment", "session_index", "source_line") == [(0, 0, 1), (1, 1, 43)]
    assert rows(parsed.turns.filter(pl.col("segment") == 1), "source_line", "speaker", "role", "text") == [
        (48, "Counsellor Dee", "therapist", "Good afternoon."),
        # Two lines, one of them a notice's words: a message, not a notice.
        (52, "sam.k", "unknown", "Hi.\nStarted a thread."),
    ]
    assert loads(parsed.sessions["source_metadata"][1])["channel"] == "Support / daytime"


def test_a_discord_topic_may_run_over_lines() -> None:
    text = f"{RULE}\nGuild: G\nChannel: Support / c\nTopic: Be kind.\nNo crisis talk here.\n{RULE}\n\n"
    parsed = parse_files(files(text + "[14-Mar-24 07:02 PM] Ana\nhi\n\n\n[14-Mar-24 07:03 PM] Bo\nhey\n"))
    assert loads(parsed.sessions["source_metadata"][0])["topic"] == "Be kind.\nNo crisis talk here."
    assert parsed.header_lines["line_no"].to_list() == [1, 2, 3, 4, 5, 6]
    assert parsed.stray_lines.height == 0


def test_a_discord_export_without_banner_keeps_its_title_as_header() -> None:
    # A title and a note above the first message (as detection allows) head the session: no unparseable text.
    text = (
        "Chat with Sam\nsaved 14 March\n\n[3/14/2024 7:02 PM] ListenerAna\nHi Sam.\n\n[3/14/2024 7:03 PM] sam.k\nhi\n"
    )
    assert detect_format("/data/x.txt", text) == DISCORD_EXPORT
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "source_line", "speaker", "text") == [(4, "ListenerAna", "Hi Sam."), (7, "sam.k", "hi")]
    assert rows(parsed.sessions, "session_index", "source_line") == [(0, 1)]
    assert rows(parsed.header_lines, "line_no", "line") == [(1, "Chat with Sam"), (2, "saved 14 March")]
    assert parsed.stray_lines.height == 0


@pytest.mark.parametrize(
    "text",
    [
        # WhatsApp: a colon after the name.
        "[14/03/2024, 19:04:11] Counsellor: Hi.\n[14/03/2024, 19:05:11] Client: Hello.\n",
        # One dated note.
        "[14-Mar-24 07:02 PM] Sam\nFelt low today.\n",
        # A clock without a date before a name: a transcript's time marks.
        "[00:01:23] Therapist\nHow was the week?\n\n[00:01:40] Client\nLong.\n",
    ],
)
def test_discord_near_misses_stay_plain_text(text: str) -> None:
    assert detect_format("/data/x.txt", text) == PLAIN_TEXT


# --- IRC ------------------------------------------------------------------------------------------------------------

IRSSI = (
    "--- Log opened Thu Mar 14 19:00:01 2024\n"  # 1
    "19:00 -!- sam_visitor [~sam@host.example] has joined #support\n"  # 2
    "19:00 -!- mode/#support [+o volunteer_ana] by ChanServ\n"  # 3
    "19:02 <@volunteer_ana> Hi Sam, what's on your mind tonight?\n"  # 4
    "19:03 < sam_visitor> I can't sleep again, every night this week.\n"  # 5
    "19:03 < sam_visitor> work is a mess\n"  # 6
    "19:05  * sam_visitor sighs\n"  # 7
    "19:06 <+helper_bot> Reminder: this channel is not a crisis line.\n"  # 8
    "19:07 < sam_visitor>\n"  # 9
    "19:08 this line lost its nick\n"  # 10
    "19:09 < sam_visitor> I can't sleep again, every night this week.\n"  # 11
    "19:10 -!- sam_visitor is now known as sam_away\n"  # 12
    "--- Day changed Fri Mar 15 2024\n"  # 13
    "--- Log closed Fri Mar 15 00:10:44 2024\n"  # 14
    "--- Log opened Fri Mar 15 19:00:00 2024\n"  # 15
    "19:01 <@volunteer_ana> Welcome back, Sam.\n"  # 16
    "19:02 < sam_visitor> Thanks, a bit better today.\n"  # 17
)


def test_irc_log_is_detected_by_content() -> None:
    assert detect_format("/logs/#support.log", IRSSI) == IRC_LOG
    assert detect_format("/logs/support.txt", IRSSI) == IRC_LOG


def test_irssi_messages_and_actions_are_turns_on_their_line() -> None:
    parsed = parse_files(files(IRSSI))
    assert rows(parsed.turns, "segment", "source_line", "speaker", "role", "text", "timestamp") == [
        (0, 4, "volunteer_ana", "therapist", "Hi Sam, what's on your mind tonight?", "19:02"),
        (0, 5, "sam_visitor", "client", "I can't sleep again, every night this week.", "19:03"),
        # One nick's lines stay apart, as IRC sent them.
        (0, 6, "sam_visitor", "client", "work is a mess", "19:03"),
        (0, 7, "sam_visitor", "client", "sighs", "19:05"),
        (0, 8, "helper_bot", "unknown", "Reminder: this channel is not a crisis line.", "19:06"),
        (0, 9, "sam_visitor", "client", "", "19:07"),
        (0, 11, "sam_visitor", "client", "I can't sleep again, every night this week.", "19:09"),
        (1, 16, "volunteer_ana", "therapist", "Welcome back, Sam.", "19:01"),
        (1, 17, "sam_visitor", "client", "Thanks, a bit better today.", "19:02"),
    ]
    assert [loads(labels) for labels in parsed.turns["source_labels"]][:4] == [
        {"mode": "@"},
        None,
        None,
        {"action": True},
    ]


def test_irc_logging_sessions_events_and_strays() -> None:
    parsed = parse_files(files(IRSSI))
    assert rows(parsed.sessions, "segment", "session_index", "source_line") == [(0, 0, 1), (1, 1, 15)]
    first, second = (loads(m) for m in parsed.sessions["source_metadata"])
    assert first == {
        "channel": "#support",
        "opened": "Thu Mar 14 19:00:01 2024",
        "closed": "Fri Mar 15 00:10:44 2024",
        "events": [
            {"source_line": 2, "event": "-!- sam_visitor [~sam@host.example] has joined #support"},
            {"source_line": 3, "event": "-!- mode/#support [+o volunteer_ana] by ChanServ"},
            {"source_line": 12, "event": "-!- sam_visitor is now known as sam_away"},
        ],
    }
    assert second == {"channel": "#support", "opened": "Fri Mar 15 19:00:00 2024"}
    # Joins, modes, nick changes and date marks are neither turns nor stray; a line without its nick is stray.
    assert rows(parsed.stray_lines, "line_no", "line") == [(10, "19:08 this line lost its nick")]


WEECHAT = (
    "2024-03-14 19:00:01\t-->\tsam_visitor (~sam@host.example) has joined #support\n"
    "2024-03-14 19:00:01\t--\tMode #support [+o volunteer_ana] by ChanServ\n"
    "2024-03-14 19:02:10\t@volunteer_ana\tHi Sam, what's on your mind tonight?\n"
    "2024-03-14 19:03:00\tsam_visitor\tI can't sleep again.\n"
    "2024-03-14 19:05:00\t *\tsam_visitor sighs\n"
    "2024-03-14 19:09:00\t<--\tsam_visitor (~sam@host.example) has quit (Ping timeout)\n"
)
HEXCHAT = (
    "**** BEGIN LOGGING AT Thu Mar 14 19:00:01 2024\n"
    "\n"
    "Mar 14 19:00:01 *\tNow talking on #support\n"
    "Mar 14 19:00:02 *\tsam_visitor (~sam@host.example) has joined #support\n"
    "Mar 14 19:02:10 <volunteer_ana>\tHi Sam, what's on your mind tonight?\n"
    "Mar 14 19:03:00 <sam_visitor>\tI can't sleep again.\n"
    "Mar 14 19:05:00 *\tsam_visitor sighs\n"
    "**** ENDING LOGGING AT Thu Mar 14 20:00:00 2024\n"
)
MIRC = (
    "Session Start: Thu Mar 14 19:00:01 2024\n"
    "Session Ident: #support\n"
    "[19:00] * Now talking in #support\n"
    "[19:00] * Joins: sam_visitor (~sam@host.example)\n"
    "[19:02] <@volunteer_ana> Hi Sam, what's on your mind tonight?\n"
    "[19:03] <sam_visitor> I can't sleep again.\n"
    "[19:05] * sam_visitor sighs\n"
    "[19:06] * volunteer_ana sets mode: +v sam_visitor\n"
    "Session Close: Thu Mar 14 20:00:00 2024\n"
)


@pytest.mark.parametrize(
    ("text", "lines", "stamp"),
    [(WEECHAT, [3, 4, 5], "2024-03-14 19:02:10"), (HEXCHAT, [5, 6, 7], "Mar 14 19:02:10"), (MIRC, [5, 6, 7], "19:02")],
    ids=["weechat", "hexchat", "mirc"],
)
def test_other_irc_clients(text: str, lines: list[int], stamp: str) -> None:
    assert detect_format("/logs/support.log", text) == IRC_LOG
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "source_line", "speaker", "role", "text") == [
        (lines[0], "volunteer_ana", "therapist", "Hi Sam, what's on your mind tonight?"),
        (lines[1], "sam_visitor", "client", "I can't sleep again."),
        (lines[2], "sam_visitor", "client", "sighs"),
    ]
    assert parsed.turns["timestamp"][0] == stamp
    assert loads(parsed.sessions["source_metadata"][0])["channel"] == "#support"
    assert parsed.stray_lines.height == 0


def test_a_bare_timestamped_nick_log_is_irc() -> None:
    text = "[19:02] <volunteer_ana> Hi Sam.\n[19:03] <sam_visitor> Hi.\n[19:04] <volunteer_ana> How are you?\n"
    assert detect_format("/logs/x.txt", text) == IRC_LOG


@pytest.mark.parametrize(
    "text",
    [
        "<Therapist> How was the week?\n<Client> Long.\n<Therapist> Tell me more.\n",
        "[00:01:23] <Therapist> How was the week?\n[00:01:40] <Client> Long.\n[00:02:00] <Therapist> Go on.\n",
        "Therapist: Hello.\n* a note in a bullet\nClient: Hi.\n",
    ],
)
def test_irc_near_misses_stay_plain_text(text: str) -> None:
    assert detect_format("/data/x.txt", text) == PLAIN_TEXT


def test_a_table_with_a_time_column_is_no_weechat_log() -> None:
    # Tab-separated rows `time<tab>speaker<tab>text` under a header row: a table (csv_table reads it), not WeeChat's
    # `time<tab>nick<tab>text`, which has no header row.
    text = (
        "time\tspeaker\ttext\n"
        "00:00:01\ttherapist\tHello there.\n"
        "00:00:05\tclient\tHi.\n"
        "00:00:09\ttherapist\tHow are you?\n"
        "00:00:12\tclient\tFine.\n"
        "00:00:15\ttherapist\tGood.\n"
    )
    assert detect_format("/data/session.tsv", text) == CSV_TABLE
    assert detect_format("/data/session.txt", text) == CSV_TABLE


@pytest.mark.parametrize(
    ("nick", "word"),
    [
        ("volunteer_ana", "volunteer"),
        ("ListenerSam", "listener"),
        # A crisis-chat platform's visitor is the person who came for help.
        ("sam_visitor", "visitor"),
        ("sam_away", "sam_away"),
        ("ModBot", "ModBot"),
    ],
)
def test_role_words_inside_nicks(nick: str, word: str) -> None:
    assert role_word(nick) == word


# --- ASS / SSA subtitles --------------------------------------------------------------------------------------------

ASS = "\ufeff" + "\r\n".join(
    [
        "[Script Info]",  # 1
        "; Script generated by Aegisub",  # 2
        "Title: Role-play 3",  # 3
        "ScriptType: v4.00+",  # 4
        "",  # 5
        "[V4+ Styles]",  # 6
        "Format: Name, Fontname, Fontsize, PrimaryColour",  # 7
        "Style: Default,Arial,20,&H00FFFFFF",  # 8
        "Style: Title,Arial,28,&H00FFFFFF",  # 9
        "",  # 10
        "[Events]",  # 11
        "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text",  # 12
        r"Dialogue: 0,0:00:00.00,0:00:03.00,Title,,0,0,0,,Role-play 3\Nfirst appointment",  # 13
        "Dialogue: 0,0:00:03.50,0:00:06.00,Default,Counsellor,0,0,0,,Come in, sit wherever you like.",  # 14
        "Comment: 0,0:00:06.00,0:00:06.50,Default,Counsellor,0,0,0,,check the timing here",  # 15
        r"Dialogue: 0,0:00:06.50,0:00:09.00,Default,Client,0,0,0,,{\i1}Thanks.{\i0} Sorry,\Nthe bus was late.",  # 16
        "Dialogue: 0,0:00:09.50,0:00:12.00,Default,Receptionist,0,0,0,,Your car is blocking the entrance.",  # 17
        "Dialogue: 0,0:00:12.00,0:00:13.00,Default,Client",  # 18: cut short
        "Dialogue: 0,0:00:13.00,0:00:14.00,Default,Counsellor,0,0,0,,",  # 19
        r"Dialogue: 0,0:00:14.50,0:00:18.00,Default,Client,0,0,0,,Thanks. Sorry,\Nthe bus was late.",  # 20
        "",
    ]
)


def test_ass_is_detected_by_content() -> None:
    assert detect_format("/subs/session.ass", ASS) == ASS_SUBTITLES
    assert detect_format("/subs/session.txt", ASS) == ASS_SUBTITLES
    # Captions stay with the plain-text reader.
    vtt = "WEBVTT\n\n1\n00:00:01.250 --> 00:00:04.900\nTherapist: How was the drive in?\n"
    srt = "1\n00:02:06,000 --> 00:02:11,500\nTHERAPIST: Where shall we start?\n"
    assert detect_format("/subs/a.vtt", vtt) == PLAIN_TEXT
    assert detect_format("/subs/a.srt", srt) == PLAIN_TEXT


def test_ass_dialogue_events_are_turns_on_their_line() -> None:
    parsed = parse_files(files(ASS))
    assert rows(parsed.turns, "source_line", "speaker", "role", "text", "timestamp") == [
        (14, "Counsellor", "therapist", "Come in, sit wherever you like.", "0:00:03.50"),
        (16, "Client", "client", "Thanks. Sorry, the bus was late.", "0:00:06.50"),
        (17, "Receptionist", "unknown", "Your car is blocking the entrance.", "0:00:09.50"),
        (19, "Counsellor", "therapist", "", "0:00:13.00"),
        (20, "Client", "client", "Thanks. Sorry, the bus was late.", "0:00:14.50"),
    ]


def test_ass_title_cards_comments_and_strays() -> None:
    parsed = parse_files(files(ASS))
    assert rows(parsed.sessions, "session_index", "source_line") == [(0, 1)]
    assert loads(parsed.sessions["source_metadata"][0]) == {
        "script_info": {"Title": "Role-play 3", "ScriptType": "v4.00+"},
        "title_cards": [
            {"source_line": 13, "start": "0:00:00.00", "style": "Title", "text": "Role-play 3 first appointment"}
        ],
        "comments": [{"source_line": 15, "start": "0:00:06.00", "name": "Counsellor", "text": "check the timing here"}],
    }
    # A Dialogue line with fewer fields than the Format names is stray, never a turn.
    assert rows(parsed.stray_lines, "line_no", "line") == [(18, "Dialogue: 0,0:00:12.00,0:00:13.00,Default,Client")]


def test_ass_fields_follow_the_format_line() -> None:
    # SSA v4: `Marked` first; Name before Style here, to show positions come from the Format line.
    text = (
        "[Events]\n"
        "Format: Marked, Start, End, Name, Style, MarginL, MarginR, MarginV, Effect, Text\n"
        "Dialogue: Marked=0,0:00:01.00,0:00:02.00,Therapist,Default,0000,0000,0000,,So, where were we?\n"
        "Dialogue: Marked=0,0:00:02.00,0:00:03.00,,Default,0000,0000,0000,,Client: Well,\\hthe usual.\n"
    )
    assert detect_format("/subs/old.ssa", text) == ASS_SUBTITLES
    assert rows(parse_files(files(text)).turns, "source_line", "speaker", "role", "text", "timestamp") == [
        (3, "Therapist", "therapist", "So, where were we?", "0:00:01.00"),
        # No Name: a label opening the text names the speaker.
        (4, "Client", "client", "Well, the usual.", "0:00:02.00"),
    ]


def test_ass_unescape() -> None:
    assert unescape(r"{\an8}Line one\Nline two\nthree{\b1}!{\b0}") == "Line one line two three!"
    assert unescape(r"a\hb") == "a b"


# --- the whole batch -----------------------------------------------------------------------------------------------


def _load(tmp_path: Path, name: str, data: str) -> Any:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8"))
    return process_batch([str(path)], {})


def _defects(batch: Any) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for kind, line in batch.defects.select("defect_type", "source_line").iter_rows():
        found.setdefault(kind, []).append(line)
    return {kind: sorted(lines) for kind, lines in found.items()}


def _warnings(batch: Any, kind: str) -> list[int]:
    flagged = batch.defects.filter((pl.col("defect_type") == kind) & (pl.col("severity") == "warning"))
    return sorted(flagged.get_column("source_line").to_list())


def test_discord_export_through_the_batch(tmp_path: Path) -> None:
    batch = _load(tmp_path, "evening-chat.txt", DISCORD)
    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"], source["turns_parsed"]) == ("loaded", 1, 5)
    defects = _defects(batch)
    assert defects["duplicate_turn"] == [36]
    assert defects["empty_turn"] == [23]
    assert defects["unparseable_line"] == [34]
    # sam.k takes the client's role beside the listener; the bot, once, stays unknown.
    assert _warnings(batch, "unknown_speaker") == [30]


def test_irc_log_through_the_batch(tmp_path: Path) -> None:
    batch = _load(tmp_path, "support.log", IRSSI)
    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"], source["turns_parsed"]) == ("loaded", 2, 9)
    defects = _defects(batch)
    assert defects["duplicate_turn"] == [11]
    assert defects["empty_turn"] == [9]
    assert defects["unparseable_line"] == [10]
    assert _warnings(batch, "unknown_speaker") == [8]


def test_ass_subtitles_through_the_batch(tmp_path: Path) -> None:
    batch = _load(tmp_path, "session.ass", ASS)
    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"], source["turns_parsed"]) == ("loaded", 1, 5)
    defects = _defects(batch)
    assert defects["duplicate_turn"] == [20]
    assert defects["empty_turn"] == [19]
    assert defects["unparseable_line"] == [18]
    assert _warnings(batch, "unknown_speaker") == [17]


EMPTY_ASS = "[Script Info]\nTitle: nothing yet\n\n[Events]\nFormat: Layer, Start, End, Text\n"
EMPTY_DISCORD = f"{RULE}\nGuild: G\nChannel: C / c\n{RULE}\n\n{RULE}\nExported 0 message(s)\n{RULE}\n"


@pytest.mark.parametrize(
    ("name", "text", "format_name"),
    [("empty.ass", EMPTY_ASS, ASS_SUBTITLES), ("empty.txt", EMPTY_DISCORD, DISCORD_EXPORT)],
)
def test_a_file_without_turns_is_quarantined_with_its_format_reason(
    tmp_path: Path, name: str, text: str, format_name: str
) -> None:
    assert detect_format(name, text) == format_name
    source = _load(tmp_path, name, text).sources.row(0, named=True)
    assert (source["status"], source["error"]) == ("quarantined", NO_TURNS_BY_FORMAT[format_name])


LINE_EXPORT = (
    "[LINE] ゆいとのトーク履歴\n"  # 1
    "保存日時\uff1a2024/03/06 00:12\n"  # 2
    "\n"
    "2024/03/05(火)\n"  # 4
    '21:58\tゆい\t"こんばんは\n'  # 5: a message of two lines, quoted
    '相談したいことがあります"\n'
    "21:59\tひだまり相談室\tメッセージありがとうございます。\n"  # 7
    "22:12\tゆいがメッセージの送信を取り消しました\n"  # 8: a notice, no sender column
    "22:13\tゆい\t学校のことで言い合いになった\n"  # 9
    "2024/03/06(水)\n"
    "00:05\tひだまり相談室\t今日は話してくれてありがとう。\n"  # 11
)


def test_a_line_chat_export_is_read_with_its_quoted_messages_notices_and_day_lines(tmp_path: Path) -> None:
    assert detect_format("/exports/talk.txt", LINE_EXPORT) == IRC_LOG
    parsed = parse_files(files(LINE_EXPORT))
    assert rows(parsed.turns, "source_line", "speaker", "text") == [
        (5, "ゆい", "こんばんは\n相談したいことがあります"),
        (7, "ひだまり相談室", "メッセージありがとうございます。"),
        (9, "ゆい", "学校のことで言い合いになった"),
        (11, "ひだまり相談室", "今日は話してくれてありがとう。"),
    ]
    assert parsed.stray_lines.height == 0
    # The counselling account's title names the counsellor; role inference makes the other speaker the client.
    batch = _load(tmp_path, "talk.txt", LINE_EXPORT)
    assert rows(batch.turns, "speaker", "role")[:2] == [("ゆい", "client"), ("ひだまり相談室", "therapist")]


def test_an_irc_message_that_opens_a_quote_never_swallows_the_lines_after_it() -> None:
    # Only a LINE export's quoted message runs over its lines.
    text = (
        "--- Log opened Thu Mar 14 19:00:01 2024\n"
        "19:03 < sam_visitor> \"worthless, that's what he called me\n"
        "19:04 <@volunteer_ana> That must have hurt.\n"
        "19:05 < sam_visitor> it did\n"
        "--- Log closed Thu Mar 14 20:00:00 2024\n"
    )
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "source_line", "text") == [
        (2, "\"worthless, that's what he called me"),
        (3, "That must have hurt."),
        (4, "it did"),
    ]
