"""Eighth set of blind defect cases for the transcript-cleaning product.

Written without reading any detector, flow, synthetic-data, test or benchmark code (only the docstring at the
top of benchmarks/blind_defects.py, the seven earlier case writers, for the interface and for the export styles
they already used, and /work/shared/README.md). The truth was fixed from the text written here, before any run of
the product, and was never tuned against it. Run as

    python blind/eighth_defect_cases.py OUT_DIR

to write 13 transcript files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR
(``--show`` after OUT_DIR also prints every truth row next to the line it names).

The files, all in export shapes the earlier sets did not use:

* ``01_teams_meeting_transcript.txt``: a Microsoft Teams meeting transcript downloaded as .docx and saved as plain
  text on Windows (CRLF): the meeting title, date and duration, ``Helen Marsh started transcription``, then for each
  entry a line ``Helen Marsh   4:07`` (name, three spaces, elapsed time) with the words on the next line and a
  blank line after. Teams splits one speaker's talk into several entries, so the same name can follow itself. A
  telehealth CBT session for social anxiety. Clean.
* ``02_telegram_bot_chat.json``: a Telegram Desktop "Export chat history" in machine-readable JSON (indent of one
  space, UTF-8): a chat with a CBT companion bot. Every message is a multi-line object (``id``, ``type``, ``date``,
  ``date_unixtime``, ``from``, ``from_id``, ``text``, ``text_entities``); ``text`` is a string, or a list of plain
  strings and entity objects when the message holds a link; a ``"type": "service"`` object (a pinned message) is
  not a turn.
* ``03_counselling_corpus_tei.xml``: a TEI-style XML corpus release: a ``teiHeader`` whose ``listPerson`` gives
  every speaker id a role, then ``<div type="session">`` elements with one ``<u who="#ID">`` utterance a line,
  ``<note>`` and ``<incident>`` elements (not turns). Session 1 is an interpreter-mediated refugee counselling
  session (Brisbane), session 2 is the Teams session of 01 encoded again, session 3 a simulated (LLM-generated)
  session kept for comparison.
* ``04_sfbt_school_counselling.cha``: a CHAT (CHILDES/TalkBank) transcript of a solution-focused session in an
  Auckland school: ``@`` header lines, ``*THE:``/``*CLI:`` main tiers (tab after the colon, CHAT spacing before the
  terminator, ``&-um`` fillers, ``xxx`` for unintelligible speech, ``+...`` trailing off, ``0 .`` for an action
  without speech), ``%com:``/``%act:`` dependent tiers (not turns). A long tier wraps onto tab-indented
  continuation lines. The file stops in the middle of the last tier and has no ``@End``.
* ``05_eap_helpdesk_export.json``: an Employee Assistance Programme's e-counselling tickets exported from a
  helpdesk API (Zendesk-like): ``{"export": ..., "tickets": [...], "users": [...]}``; each ticket has ``comments``
  with an ``author_id`` that the ``users`` list, given at the END of the file, resolves to an ``agent``
  (counsellor) or an ``end-user`` (client). Every comment object sits on a line of its own. A comment with
  ``"public": false`` is an internal note, not a turn. The export merged two API pages that overlap by one ticket.
* ``06_chat_platform_mysqldump.sql``: a ``mysqldump --skip-extended-insert`` of a text-counselling platform's
  ``messages`` table: one ``INSERT INTO `messages` VALUES (id,conversation_id,'sender_role','body','created_at');``
  a line, MySQL backslash escaping. A session is a ``conversation_id``; two conversations running at the same time
  interleave row by row. ``system`` rows are not turns. The table was declared ``latin1`` while the app wrote
  UTF-8, so every message that held a non-ASCII character comes out of the dump garbled.
* ``07_imessage_dbt_coaching.txt``: an iMessage conversation exported to text (imessage-exporter style): a
  timestamp line (with a read receipt on the psychologist's own messages), the sender on the next line (``Me`` is
  the psychologist, the client by contact name), the text below, a blank line between messages. Between-session
  DBT skills coaching, Melbourne.
* ``08_preference_pairs.jsonl``: a Hugging Face preference dataset (DPO style), one row a line:
  ``{"id", "source", "prompt": [messages], "chosen": [one assistant message], "rejected": [one assistant
  message], "score_chosen", "score_rejected"}``. The session of a row is its ``prompt`` (without the ``system``
  message) followed by the ``chosen`` reply; the ``rejected`` reply is an alternative that was not said, not a turn.
* ``09_helpline_call_analytics.json``: the output of a call-analytics speech-to-text job on a rural support line
  (en-AU): job metadata, then ``"Transcript"``, one segment object a line with ``ParticipantRole`` ``AGENT``
  (the counsellor) or ``CUSTOMER`` (the caller) and its ``Content``, then ``ConversationCharacteristics``. The call
  drops out at the end.
* ``10_roleplay_scripts_caps_period.txt``: three role-play scripts from a counselling-skills course booklet, the
  speaker in capitals followed by a full stop (``COUNSELLOR. text``, ``MR OKONJO. text``); titles, ``Setting:``
  lines, stage directions in brackets on lines of their own and ``Points for discussion`` lists are not turns.
* ``11_journal_appendix_two_column.txt``: a transcript excerpt from a journal article's appendix, copied out of
  the PDF: a two-column table (speaker | utterance) with ragged spacing, the utterance wrapped under its column,
  a hyphenated line break, ``ﬁ``/``ﬂ`` ligatures kept from the PDF, a page footer and running header between two
  turns. The copy stops in the middle of the last utterance. Emotion-focused two-chair work.
* ``12_messenger_page_inbox.json``: a Facebook "Download your information" ``message_1.json`` of a peer-support
  page's inbox (indent of two spaces, newest message FIRST). Facebook writes every non-ASCII character as
  ``\\u00XX`` escapes of its UTF-8 bytes, so after JSON decoding each such message reads as UTF-8 decoded as
  Latin-1 (``I\\u00e2\\u0080\\u0099ve``); every such message is mojibake, the ASCII-only ones are clean.
* ``13_counsellor_model_eval_runs.json``: the log of an evaluation of a counsellor model against simulated
  clients (indent of two spaces): ``runs``, each with ``turns``, each turn an object with ``i``, ``prompt`` (the
  simulated client's message), ``completion`` (the model's reply, the therapist turn) and ``finish_reason``.

Unusual or hard: 03 (XML, an interpreter in the speaker list, the duplicate of 01 in another layout), 04 (CHAT
conventions that look like defects and are not: ``0 .``, ``+...``, ``xxx``), 06 (interleaved sessions, a session
written with the roles swapped, latin1 double encoding), 08 (a refusal that is only in a ``rejected`` reply),
11 (ligatures and page furniture from a PDF) and 12 (reverse order and Facebook's escaping).

Every line number is a 1-based line of the written file (after decoding it; ``\\r\\n`` and ``\\n`` each end one
line) and is computed while the file is built:

* a turn-level row points at the line holding the turn's speaker label: in the Teams transcript the
  ``Name   m:ss`` line (the words are on the line below); in the Telegram export the message's ``"from": ...``
  line; in the TEI file the ``<u who=...>`` line; in the CHAT file the ``*THE:``/``*CLI:`` main-tier line (not a
  continuation line); in the helpdesk export the comment's line (the object holds ``author_id`` and ``body``); in
  the SQL dump the ``INSERT`` line; in the iMessage export the sender line (``Me`` or the contact name; the
  timestamp is on the line above, the text below); in the preference set, which holds one conversation a row, the
  row's line (several defects of one kind in a row count once); in the call-analytics file the segment's line; in
  the scripts the ``NAME.`` line; in the journal appendix the line where the speaker stands in the left column; in
  the Messenger export the message's ``"sender_name": ...`` line (``"timestamp_ms"`` and ``"content"`` follow); in the
  evaluation log the ``"prompt": ...`` line for the client's turn and the ``"completion": ...`` line for the
  therapist's turn;
* meta text inside a turn is marked at the turn's line;
* a session-level row (a whole session written with the labels swapped, a duplicate session) points at the line
  of the session's first turn (in the SQL dump the conversation's first non-system row; in the preference set the
  row);
* a repetition loop is marked as in the earlier writers: ``repetition_loop`` on the first occurrence of the
  repeated turn, ``duplicate_turn`` or ``near_duplicate_turn`` on every later copy;
* ``mojibake`` is marked on every turn whose text is garbled.

Which copy of a duplicated session is marked: the later one, i.e. the later ticket or row in the same file, or the
copy in the file whose name sorts later (03's session 2, not 01).

Not turns: the Teams title, date, duration and ``started/stopped transcription`` lines; Telegram service messages
and the export's chat metadata; TEI header, ``<head>``, ``<note>`` and ``<incident>``; CHAT ``@`` headers and
``%`` dependent tiers; helpdesk internal notes (``"public": false``), ticket fields and the ``users`` list; SQL
comments, DDL and ``system`` rows; iMessage timestamp lines; ``system`` messages and ``rejected`` replies in the
preference set; call-analytics metadata and ``ConversationCharacteristics``; script titles, settings, bracketed
stage directions and discussion points; the appendix title, column header, page footer and running header; the
Messenger ``participants`` and thread fields; evaluation metadata. A speaker outside the therapist/client roles
(an interpreter, an unidentified ``UNK`` speaker, an observer, an author the ``users`` list does not know) speaking
a turn is ``unknown_speaker``.

Turns that look suspicious but are clean (decoys) carry a ``decoy: ...`` tag here; the tag never reaches the
truth, and the number of decoys is printed. Standard library only.
"""

from __future__ import annotations

import csv
import difflib
import json
import re
import sys
import textwrap
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

KINDS = {
    "mojibake",
    "duplicate_turn",
    "near_duplicate_turn",
    "repetition_loop",
    "refusal",
    "truncated_turn",
    "role_inversion",
    "meta_text",
    "empty_turn",
    "unknown_speaker",
    "duplicate_session",
}
REPEAT_KINDS = {"duplicate_turn", "near_duplicate_turn"}

T, C, X = "T", "C", "?"  # counsellor role, client role, nobody's role

RSQ = "\u2019"
LSQ = "\u2018"
MDASH = "\u2014"

# character sequences that only appear in these files when a turn is deliberately garbled
MOJIBAKE_MARKERS = (
    "\u00e2\u20ac",  # UTF-8 read as cp1252: U+2019 -> "a-circumflex, euro sign, trade mark"
    "\u00e2\u0080",  # UTF-8 read as Latin-1: U+2019 -> "a-circumflex" and two C1 controls
    "\u00f0\u009f",  # an emoji read as Latin-1
    "\u00c4\u0081",  # ā read as Latin-1
    "\u00c3",
    "\u00c2",
    "\ufffd",  # replaced upstream
)


def cp1252_moji(text: str) -> str:
    """UTF-8 bytes read as Windows-1252 (what a latin1 MySQL column holding UTF-8 gives back)."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


def latin1_moji(text: str) -> str:
    """UTF-8 bytes read as Latin-1 (Facebook's export escaping, once the JSON is decoded)."""
    return text.encode("utf-8").decode("latin-1")


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------
@dataclass
class Turn:
    label: str
    role: str
    text: str
    line: int
    kinds: tuple[str, ...]


@dataclass
class Session:
    kinds: tuple[str, ...]
    turns: list[Turn] = field(default_factory=list)


def split_tags(tags: Sequence[str]) -> tuple[list[str], list[str]]:
    kinds = [tag for tag in tags if not tag.startswith("decoy:")]
    decoys = [tag for tag in tags if tag.startswith("decoy:")]
    for kind in kinds:
        assert kind in KINDS, kind
    return kinds, decoys


def plain(turns: Sequence[tuple[str, ...]]) -> list[tuple[str, str]]:
    """The same turns without their decoy tags (for verbatim copies: a decoy is counted once)."""
    out: list[tuple[str, str]] = []
    for label, text, *tags in turns:
        assert not split_tags(tags)[0], "a copied session must be defect-free"
        out.append((label, text))
    return out


class Builder:
    """Physical lines, truth rows, decoys and sessions of one file."""

    row_level = False  # several turns share one physical line (one conversation a JSON Lines row)

    def __init__(self, name: str, roles: dict[str, str], eol: str = "\n") -> None:
        self.name = name
        self.roles = roles
        self.eol = eol
        self.out: list[str] = []
        self.truth: list[tuple[int, str]] = []
        self.decoys: list[tuple[int, str]] = []
        self.sessions: list[Session] = []
        self.keys: dict[Any, Session] = {}
        self.current: Session | None = None

    # -- physical lines
    def add(self, *lines: str) -> int:
        first = len(self.out) + 1
        for line in lines:
            assert "\n" not in line and "\r" not in line, line
            self.out.append(line)
        return first

    def blank(self) -> None:
        if self.out and self.out[-1] != "":
            self.add("")

    # -- sessions and truth
    def start(self, kinds: Sequence[str] = (), key: Any = None) -> Session:
        for kind in kinds:
            assert kind in KINDS, kind
        session = Session(tuple(kinds))
        self.sessions.append(session)
        self.current = session
        if key is not None:
            assert key not in self.keys
            self.keys[key] = session
        return session

    def _truth(self, line: int, kind: str) -> None:
        if (line, kind) in self.truth:
            assert self.row_level, f"{self.name}:{line} {kind} twice"
            return
        self.truth.append((line, kind))

    def record(self, label: str, text: str, line: int, tags: Sequence[str], key: Any = None) -> None:
        assert label in self.roles, (self.name, label)
        session = self.keys[key] if key is not None else self.current
        assert session is not None
        kinds, decoys = split_tags(tags)
        if "mojibake" in kinds:
            assert any(marker in text for marker in MOJIBAKE_MARKERS), text
        else:
            assert not any(marker in text for marker in MOJIBAKE_MARKERS), f"unmarked garbling: {text[:60]!r}"
        if "empty_turn" in kinds:
            assert text == ""
        else:
            assert text.strip(), f"{self.name}:{line} empty text without empty_turn"
        if self.roles[label] == X:
            assert "unknown_speaker" in kinds, (self.name, line)
        else:
            assert "unknown_speaker" not in kinds
        turn_kinds = tuple(kinds)
        if not session.turns:  # the first turn of a session carries the session-level rows
            kinds = list(session.kinds) + kinds
        for kind in kinds:
            self._truth(line, kind)
        for note in decoys:
            self.decoys.append((line, note))
        session.turns.append(Turn(label, self.roles[label], text, line, turn_kinds))

    def mark(self, line: int, *tags: str) -> None:
        """A line that is not a turn, tagged as a decoy (a header, a note, a system row...)."""
        kinds, decoys = split_tags(tags)
        assert not kinds, kinds
        for note in decoys:
            self.decoys.append((line, note))

    def lines(self) -> list[str]:
        return list(self.out)

    def render(self) -> bytes:
        return "".join(line + self.eol for line in self.lines()).encode("utf-8")

    # -- self-check of the written file: does each turn's line hold its label (and text)?
    def check_turn(self, physical: list[str], turn: Turn) -> None:
        raise NotImplementedError

    def check_file(self, data: str) -> None:
        pass


def find_lines(lines: Sequence[str], prefix: str) -> list[int]:
    """1-based numbers of the lines whose stripped text starts with ``prefix``, in order."""
    return [number for number, line in enumerate(lines, 1) if line.lstrip().startswith(prefix)]


# ---------------------------------------------------------------------------
# 01 Microsoft Teams meeting transcript (.docx saved as text)
# ---------------------------------------------------------------------------
class TeamsDoc(Builder):
    def __init__(self, name: str, roles: dict[str, str]) -> None:
        super().__init__(name, roles, eol="\r\n")
        self.seconds = 0

    @staticmethod
    def stamp(seconds: int) -> str:
        hours, rest = divmod(seconds, 3600)
        minutes, secs = divmod(rest, 60)
        return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"

    def t(self, label: str, text: str, *tags: str, secs: int = 0) -> int:
        self.seconds += secs or 4 + 2 * len(text.split()) // 5
        line = self.add(f"{label}   {self.stamp(self.seconds)}", text)
        self.add("")
        self.record(label, text, line, tags)
        return line

    def check_turn(self, physical: list[str], turn: Turn) -> None:
        assert re.fullmatch(rf"{re.escape(turn.label)}   (\d+:)?\d+:\d\d", physical[turn.line - 1]), turn
        assert physical[turn.line] == turn.text


HM, JP = "Helen Marsh", "Jordan Price"

TEAMS_SESSION: list[tuple[str, ...]] = [
    (HM, "Hi Jordan, can you hear me OK? I think your microphone was on mute for a second there."),
    (JP, "Yeah, sorry, got it now. Can you hear me?"),
    (HM, "Loud and clear. So last time we set up the experiment for the team lunch on Thursday. How did it go?"),
    (
        JP,
        "I went. I nearly didn't, I was stood outside the café for about five minutes pretending to be on my phone.",
        "decoy: an accented letter (café) correctly encoded",
    ),
    (HM, "Mm-hmm.", "decoy: a backchannel, repeated exactly later"),
    (JP, "And then I thought, well, Helen's going to ask, so I went in."),
    (HM, "I'll take that. What did your anxiety predict would happen once you sat down?"),
    (
        JP,
        "That I'd have nothing to say and everyone would notice and sort of\u2014",
        "decoy: a spoken trail-off with a dash, the therapist finishes the thought",
    ),
    (HM, "Notice and judge you?"),
    (JP, "Yeah. Think I'm weird. That was the big one, like ninety per cent."),
    (HM, "Mm-hmm.", "decoy: the same backchannel again"),
    (HM, "And what actually happened?", "decoy: Teams splits one speaker's talk into two entries"),
    (
        JP,
        "Honestly, not much. Priya asked me about the football and I talked for a bit. Nobody looked at me funny. "
        "I did go red, though.",
    ),
    (
        HM,
        "You went red, and the disaster still didn't happen. If you re-rate it now, how strongly do you believe that "
        "people think you're weird when you blush?",
    ),
    (JP, "Maybe fifty. It's still there."),
    (
        HM,
        "Fifty is a big drop from ninety in one experiment. One thing before we plan the next one: you mentioned last "
        "week that the evenings get very low. If things ever feel unsafe, you can ring NHS 111 and choose the mental "
        "health option, or text SHOUT to 85258, but I'd like us to keep talking about the evenings here too. How have "
        "they been?",
        "decoy: crisis numbers given alongside real engagement, not a hotline-only reply",
    ),
    (JP, "Better this week, to be fair. I've been going to the climbing wall with my cousin."),
    (
        HM,
        "That's great to hear. For the next experiment, could you try dropping one of your safety behaviours, like "
        "rehearsing sentences in your head before you speak?",
    ),
    (JP, "I can't promise I won't rehearse, but I'll try.", "decoy: a client's \"I can't\", not a refusal"),
    (HM, "That's all I'm asking. Let's write it down on the worksheet before we finish, and I'll email you a copy."),
]


def f01() -> Builder:
    doc = TeamsDoc("01_teams_meeting_transcript.txt", {HM: T, JP: C})
    line = doc.add("Riverside Psychology - telehealth CBT (J. Price)-20240514_140312-Meeting Recording")
    doc.mark(line, "decoy: the meeting title line, not a turn")
    doc.add("May 14, 2024, 1:03PM", "47m 12s", "")
    line = doc.add(f"{HM} started transcription")
    doc.mark(line, "decoy: a Teams 'started transcription' line naming the therapist, not a turn")
    doc.add("")
    doc.start()
    for label, text, *tags in TEAMS_SESSION:
        doc.t(label, text, *tags)
    doc.add(f"{HM} stopped transcription")
    return doc


# ---------------------------------------------------------------------------
# 02 Telegram Desktop JSON export (a chat with a bot)
# ---------------------------------------------------------------------------
class TelegramDoc(Builder):
    """Built as data, dumped with an indent of one space, then each message's ``"from"`` line is located."""

    def __init__(self, name: str, roles: dict[str, str], ids: dict[str, str]) -> None:
        super().__init__(name, roles)
        self.ids = ids
        self.messages: list[dict[str, Any]] = []
        self.pending: list[tuple[str, str, Sequence[str]] | None] = []  # None for a service message
        self.clock = datetime(2024, 2, 11, 2, 9, 40)
        self.next_id = 48211

    def _head(self, after: int) -> dict[str, Any]:
        self.clock += timedelta(seconds=after)
        self.next_id += 1
        stamp = self.clock.replace(tzinfo=UTC)
        return {
            "id": self.next_id,
            "type": "message",
            "date": self.clock.strftime("%Y-%m-%dT%H:%M:%S"),
            "date_unixtime": str(int(stamp.timestamp())),
        }

    def t(self, label: str, text: str | list[Any], *tags: str, after: int = 40) -> None:
        message = self._head(after)
        message["from"] = label
        message["from_id"] = self.ids[label]
        message["text"] = text
        if isinstance(text, str):
            message["text_entities"] = [{"type": "plain", "text": text}]
            flat = text
        else:
            message["text_entities"] = [
                part if isinstance(part, dict) else {"type": "plain", "text": part} for part in text
            ]
            flat = "".join(part if isinstance(part, str) else part["text"] for part in text)
        self.messages.append(message)
        self.pending.append((label, flat, tags))

    def service(self, actor: str, action: str, **extra: Any) -> None:
        message = self._head(20)
        message["type"] = "service"
        message.update({"actor": actor, "actor_id": self.ids[actor], "action": action, **extra})
        message["text"] = ""
        message["text_entities"] = []
        self.messages.append(message)
        self.pending.append(None)

    def finish(self, chat: dict[str, Any], kinds: Sequence[str] = ()) -> None:
        self.data = {**chat, "messages": self.messages}
        text = json.dumps(self.data, indent=1, ensure_ascii=False)
        self.add(*text.split("\n"))
        from_lines = iter(find_lines(self.out, '"from": '))
        service_lines = iter(find_lines(self.out, '"type": "service"'))
        self.start(kinds)
        for item in self.pending:
            if item is None:
                self.mark(next(service_lines), "decoy: a Telegram service message (pinned message), not a turn")
                continue
            label, flat, tags = item
            self.record(label, flat, next(from_lines), tags)
        assert next(from_lines, None) is None

    def check_turn(self, physical: list[str], turn: Turn) -> None:
        assert physical[turn.line - 1] == f'   "from": {json.dumps(turn.label, ensure_ascii=False)},', turn

    def check_file(self, data: str) -> None:
        assert json.loads(data) == self.data


DK, MIRA = "Daniel Kowalski", "Mira | CBT companion"

LOOP_02 = "It sounds like tonight has been really hard. Would you like to try a short grounding exercise together?"


def f02() -> Builder:
    doc = TelegramDoc("02_telegram_bot_chat.json", {DK: C, MIRA: T}, {DK: "user5512309", MIRA: "user6123456789"})
    doc.t(DK, "hey. can't sleep again", after=0)
    doc.t(
        MIRA,
        "Hi Daniel, I'm here. It's a rough time of night to be lying awake. What's keeping your mind busy?",
        after=3,
    )
    doc.t(DK, "work stuff. I have a presentation on friday and I keep running through everything that could go wrong")
    doc.t(
        MIRA,
        "<think>The user describes anticipatory anxiety about a presentation. I should validate first, then move "
        "gently towards cognitive restructuring.</think>That sounds exhausting, replaying every way Friday could go "
        "wrong. What's the worst outcome your mind keeps coming back to?",
        "meta_text",
        after=4,
    )
    doc.t(DK, "that I freeze and my manager sees I don't actually know what I'm doing")
    doc.t(
        MIRA,
        "That's a painful fear, being \u2018found out\u2019. If a friend told you they had this worry, what might you "
        "say to them?",
        "decoy: curly quotes correctly encoded",
        after=4,
    )
    doc.t(
        DK, "that everyone freezes sometimes. and that they wouldn't have been given the project if they were useless"
    )
    doc.t(
        MIRA,
        "That's a kind and balanced answer. How much do you believe it when you say it to yourself, from 0 to 100?",
        after=3,
    )
    doc.t(DK, "maybe 30 \U0001f605", "decoy: an emoji correctly encoded")
    doc.t(
        MIRA,
        [
            "Thirty is a start. If you'd like, try this 4-7-8 breathing guide: ",
            {"type": "link", "text": "https://mira.example/breathing/478"},
            " and tell me how it goes.",
        ],
        "decoy: a message whose text is a list of strings and a link entity",
        after=5,
    )
    doc.service(DK, "pin_message", message_id=doc.next_id)
    doc.t(DK, "ok trying it", after=25)
    doc.t(
        DK,
        "done. heart's a bit slower. but honestly sometimes I think everyone would be better off if I just disappeared",
        after=260,
    )
    doc.t(
        MIRA,
        "I'm really sorry you're feeling this way, but I'm not able to help with that. Please contact a mental "
        "health professional or a crisis line, such as 988 in the US or 116 123 in the UK.",
        "refusal",
        after=2,
    )
    doc.t(DK, "wow ok. I didn't mean like that. forget it")
    doc.t(MIRA, LOOP_02, "repetition_loop", after=2)
    doc.t(MIRA, LOOP_02, "duplicate_turn", after=2)
    doc.t(MIRA, LOOP_02 + " \U0001f642", "near_duplicate_turn", after=2)
    doc.t(DK, "you're just repeating yourself. goodnight", "decoy: the client remarks on the loop, clean itself")
    doc.finish({"name": MIRA, "type": "bot_chat", "id": 6123456789})
    return doc


# ---------------------------------------------------------------------------
# 03 TEI-style XML corpus release
# ---------------------------------------------------------------------------
class TeiDoc(Builder):
    def __init__(self, name: str, roles: dict[str, str]) -> None:
        super().__init__(name, roles)
        self.session_no = 0
        self.u_no = 0

    def session(self, head: str, kinds: Sequence[str] = ()) -> None:
        if self.session_no:
            self.add("   </div>")
        self.session_no += 1
        self.u_no = 0
        self.add(f'   <div type="session" n="{self.session_no}" xml:id="s{self.session_no}">')
        line = self.add(f"    <head>{xml_escape(head)}</head>")
        self.mark(line, "decoy: a session heading, not a turn")
        self.start(kinds)

    def u(self, who: str, text: str, *tags: str) -> int:
        self.u_no += 1
        line = self.add(f'    <u who="#{who}" xml:id="s{self.session_no}.u{self.u_no}">{xml_escape(text)}</u>')
        self.record(who, text, line, tags)
        return line

    def note(self, text: str, tag: str) -> None:
        line = self.add(f'    <note type="transcriber">{xml_escape(text)}</note>')
        self.mark(line, tag)

    def incident(self, text: str, tag: str) -> None:
        line = self.add(f"    <incident><desc>{xml_escape(text)}</desc></incident>")
        self.mark(line, tag)

    def lines(self) -> list[str]:
        return [*self.out, "   </div>", "  </body>", " </text>", "</TEI>"]

    def check_turn(self, physical: list[str], turn: Turn) -> None:
        head = physical[turn.line - 1]
        assert head.startswith(f'    <u who="#{turn.label}" ') and head.endswith(f">{xml_escape(turn.text)}</u>")

    def check_file(self, data: str) -> None:
        root = ET.fromstring(data.encode("utf-8"))
        ns = "{http://www.tei-c.org/ns/1.0}"
        said = [(u.get("who"), "".join(u.itertext())) for u in root.iter(f"{ns}u")]
        written = [(f"#{t.label}", t.text) for s in self.sessions for t in s.turns]
        assert said == written
        people = {p.get("{http://www.w3.org/XML/1998/namespace}id"): p.get("role") for p in root.iter(f"{ns}person")}
        for who, _ in said:
            assert who is not None
            role = {"counsellor": T, "therapist": T, "client": C}.get(people[who[1:]] or "", X)
            assert role == self.roles[who[1:]], who


TEI_PEOPLE = [
    ("AY", "counsellor", "Dr Amina Yusuf"),
    ("FA", "client", "Farid (pseudonym)"),
    ("SO", "interpreter", "Soraya (Dari interpreter)"),
    ("HM", "therapist", "Helen Marsh"),
    ("JP", "client", "Jordan Price (pseudonym)"),
    ("SC", "counsellor", "simulated counsellor"),
    ("SK", "client", "simulated client"),
]


def f03() -> Builder:
    roles = {pid: {"counsellor": T, "therapist": T, "client": C}.get(role, X) for pid, role, _ in TEI_PEOPLE}
    doc = TeiDoc("03_counselling_corpus_tei.xml", roles)
    doc.add(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<TEI xmlns="http://www.tei-c.org/ns/1.0">',
        " <teiHeader>",
        "  <fileDesc>",
        "   <titleStmt><title>Counselling Interaction Corpus (CIC), sample release 0.3</title></titleStmt>",
        "   <publicationStmt><p>Restricted research release. Names are pseudonyms.</p></publicationStmt>",
        "   <sourceDesc><p>Audio recordings transcribed by the project team; session 3 generated.</p></sourceDesc>",
        "  </fileDesc>",
        "  <profileDesc>",
        "   <particDesc>",
        "    <listPerson>",
    )
    for pid, role, name in TEI_PEOPLE:
        line = doc.add(f'     <person xml:id="{pid}" role="{role}"><persName>{xml_escape(name)}</persName></person>')
        if pid == "SO":
            doc.mark(line, "decoy: the interpreter declared in the speaker list, not a turn")
    doc.add("    </listPerson>", "   </particDesc>", "  </profileDesc>", " </teiHeader>", " <text>", "  <body>")

    # session 1: interpreter-mediated counselling, Brisbane
    doc.session("Session 1. Refugee trauma counselling service, Brisbane, 9 April 2024 (interpreted)")
    doc.note(
        "The client's turns are the interpreter's English renderings; her Dari renderings are not transcribed.",
        "decoy: a transcriber's note inside the session, not a turn",
    )
    doc.u(
        "AY",
        "Farid, thank you for coming back this week. Before we start, is the room okay for you? I can open the blind "
        "if you'd like more light.",
    )
    doc.u("FA", "It is okay. Last time it felt small, but today it is okay.")
    doc.u("AY", "Last time you told me the nights are the hardest. What has sleep been like since we met?")
    doc.u("FA", "Two or three hours. I wake up and I check the door. Then I check it again.")
    doc.u(
        "AY",
        "Checking the door is one way your body is trying to keep you safe. It makes sense after everything that "
        "happened on the journey.",
    )
    doc.u(
        "SO",
        "Sorry, counsellor, as the interpreter I need to check one word with him before I go on. The word he used "
        "can mean door or gate.",
        "unknown_speaker",
    )
    doc.u("FA", "The gate. At the camp there was a gate, and the guards closed it at night.")
    doc.incident("mobile phone vibrates; client turns it over", "decoy: an <incident> element, not a turn")
    doc.u(
        "AY",
        "Thank you, both of you. So when you check the door here in Brisbane, part of you might still be at that gate.",
    )
    doc.u("FA", "Yes. My head knows it is Brisbane. My body does not know.")
    doc.u(
        "AY",
        "That's a really clear way to put it. Would you be willing to try something small with me, a grounding "
        "exercise, where we notice five things in this room?",
    )
    doc.u("FA", "I can try. I am not sure.", "decoy: a short, hesitant client turn")
    doc.u("AY", "We'll go slowly, and you can stop at any time. What is one thing you can see right now?")
    doc.u("FA", "The green chair. And the picture of the beach, with the boats.")

    # session 2: the Teams session of 01 encoded again
    doc.session("Session 2. Telehealth CBT, 14 May 2024 (imported from the Teams transcript)", ("duplicate_session",))
    ids = {HM: "HM", JP: "JP"}
    for label, text in plain(TEAMS_SESSION):
        doc.u(ids[label], text)

    # session 3: simulated
    doc.session("Session 3. Simulated session (LLM-generated), ACT for perfectionism, kept for comparison")
    doc.u("SC", "Here's a continuation of the counseling session, picking up after the values exercise:", "meta_text")
    doc.u("SK", "I keep thinking about what you said, that the perfectionism is trying to protect me from something.")
    doc.u("SC", "What do you think it might be protecting you from?")
    doc.u("SK", "Being found out. Like, everyone in my cohort will realize I got into the program by accident.")
    doc.u(
        "SC",
        "That sounds like a painful thought to carry around. Let's try holding "
        "it a little more lightly. Could you say, "
        "'I'm having the thought that I got in by accident'?",
        "decoy: single quotes and an apostrophe inside XML text",
    )
    doc.u("SK", "I'm having the thought that I got in by accident. Huh. It does feel a tiny bit different.")
    doc.u("SC", "What shifted, even a little?")
    doc.u("SK", "It's like the thought is a thing in the room instead of, you know, the room.")
    doc.u(
        "SC",
        "That's a lovely way to describe it. What would you do this week if that thought came along for the ride, but "
        "didn't get to drive?",
    )
    doc.u("SK", "Submit the draft chapter to my advisor. Even though it's not perfect.")
    doc.u("SC", "That sounds like a values-based step. Let's make it specific: which day, and what time?")
    return doc


# ---------------------------------------------------------------------------
# 04 CHAT (CHILDES/TalkBank) transcript
# ---------------------------------------------------------------------------
class ChatDoc(Builder):
    WIDTH = 72

    def t(self, code: str, text: str, *tags: str, wrap: bool = False) -> int:
        parts = textwrap.wrap(text, self.WIDTH, break_on_hyphens=False) if wrap else [text]
        line = self.add(f"*{code}:\t{parts[0]}", *(f"\t{part}" for part in parts[1:]))
        self.record(code, text, line, tags)
        return line

    def dep(self, tier: str, text: str, tag: str) -> None:
        line = self.add(f"%{tier}:\t{text}")
        self.mark(line, tag)

    def check_turn(self, physical: list[str], turn: Turn) -> None:
        head = physical[turn.line - 1]
        assert head.startswith(f"*{turn.label}:\t"), turn
        parts = [head.split("\t", 1)[1]]
        for line in physical[turn.line :]:
            if not line.startswith("\t"):
                break
            parts.append(line[1:])
        assert " ".join(parts) == turn.text, turn


def f04() -> Builder:
    doc = ChatDoc("04_sfbt_school_counselling.cha", {"THE": T, "CLI": C, "UNK": X})
    doc.add(
        "@UTF8",
        "@Begin",
        "@Languages:\teng",
        "@Participants:\tTHE Rangi Therapist, CLI Aroha Participant, UNK Unidentified",
        "@ID:\teng|schoolcounsel|THE|||||Therapist|||",
        "@ID:\teng|schoolcounsel|CLI|16;|female|||Participant|||",
        "@ID:\teng|schoolcounsel|UNK|||||Unidentified|||",
        "@Date:\t03-APR-2024",
        "@Location:\tAuckland, New Zealand",
        "@Situation:\tsolution-focused brief therapy, third session, school counselling room",
        "@Comment:\trecorded with the consent of the student and her caregiver",
    )
    doc.start()
    doc.t("THE", "kia ora Aroha , come in , grab whichever seat you like .", "decoy: te reo Maori greeting")
    doc.t("CLI", "kia ora .")
    doc.t(
        "THE",
        "last time you said mornings are the worst part of the day . suppose tonight , while you're asleep , a "
        "miracle happens and the thing that brought you here is sorted . what's the first thing you'd notice "
        "tomorrow morning ?",
        "decoy: a long main tier wrapped onto tab-indented continuation lines",
        wrap=True,
    )
    doc.t("CLI", "&-um I'd actually get up when my alarm goes , not like the fifth time .", "decoy: CHAT &-um filler")
    doc.t("THE", "what else ?")
    doc.t("CLI", "I'd eat breakfast with my nan instead of hiding in my room .")
    doc.dep("com", "CLI smiles", "decoy: a %com dependent tier, not a turn")
    doc.t("THE", "what would your nan notice that tells her something's different ?")
    doc.t("CLI", "she'd probably say &-um +...", "decoy: CHAT +... trailing off, a spoken trail-off not a truncation")
    doc.t("THE", "say what ?")
    doc.t("CLI", "she'd say I'm back to being me . she'd do that face , the proud one .")
    doc.t("THE", "yeah .", "decoy: a backchannel")
    doc.t(
        "THE",
        "on a scale from zero to ten , where ten is the morning you just described and zero is the worst it's been , "
        "where would you put things right now ?",
        wrap=True,
    )
    doc.t("CLI", "three . maybe three and a half on a good day .")
    doc.t(
        "CLI",
        "three and a half . so what's already happening that makes it a three and a half and not a zero ?",
        "role_inversion",
    )
    doc.t("CLI", "my friend Mere walks to school with me on Tuesdays and Thursdays .")
    doc.t("THE", "so Mere walking with you helps . what would one point higher look like ?")
    doc.t("CLI", "0 .", "decoy: CHAT 0 marks an action without speech, not an empty turn")
    doc.dep("act", "shrugs and looks at the window", "decoy: an %act dependent tier, not a turn")
    doc.t("THE", "take your time , there's no wrong answer .")
    doc.t("UNK", "sorry to interrupt , Aroha your nan's on the phone at the front office .", "unknown_speaker")
    doc.t("THE", "thanks , can you tell her we'll be five more minutes ?")
    doc.t(
        "CLI",
        "maybe I'd walk with Mere on the other days too . xxx text her tonight .",
        "decoy: CHAT xxx for unintelligible words",
    )
    doc.t("THE", "that sounds like a really doable step . what would help you remember to text her ?")
    doc.t(
        "CLI",
        "I'll put a reminder in my phone . and then maybe I could ask Whaea Lisa if I can sit in the",
        "truncated_turn",
    )
    return doc


# ---------------------------------------------------------------------------
# 05 helpdesk (Zendesk-like) ticket export, users resolved at the end
# ---------------------------------------------------------------------------
class HelpdeskDoc(Builder):
    def __init__(self, name: str, roles: dict[str, str]) -> None:
        super().__init__(name, roles)
        self.tickets: list[dict[str, Any]] = []
        self.comment_id = 770_112_001
        self.clock = datetime(2024, 3, 4, 9, 12, 0)

    def ticket(
        self,
        fields: dict[str, Any],
        comments: Sequence[tuple[Any, ...]],
        kinds: Sequence[str] = (),
        again: dict[str, Any] | None = None,
    ) -> None:
        """``comments``: (author_id, body, *tags) for public comments, ("note", author_id, body, tag) for notes.
        ``again``: an earlier ticket dict to write out once more (a page overlap)."""
        self.start(kinds)
        if again is not None:
            ticket = again
        else:
            built: list[dict[str, Any]] = []
            for comment in comments:
                self.clock += timedelta(hours=3, minutes=17 * (len(built) % 3))
                if comment[0] == "note":
                    _, author, body, _tag = comment
                    public = False
                else:
                    author, body, *_ = comment
                    public = True
                self.comment_id += 1
                built.append(
                    {
                        "id": self.comment_id,
                        "author_id": author,
                        "public": public,
                        "created_at": self.clock.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        "body": body,
                    }
                )
            ticket = {**fields, "comments": built}
        self.tickets.append(ticket)
        if len(self.tickets) > 1:
            assert self.out[-1] == "    }"
            self.out[-1] = "    },"
        self.add("    {")
        for key, value in ticket.items():
            if key != "comments":
                self.add(f"      {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},")
        self.add('      "comments": [')
        for index, (comment, spec) in enumerate(zip(ticket["comments"], comments, strict=True)):
            comma = "," if index < len(ticket["comments"]) - 1 else ""
            line = self.add(f"        {json.dumps(comment, ensure_ascii=False)}{comma}")
            if spec[0] == "note":
                self.mark(line, spec[3])
            else:
                _, body, *tags = spec
                self.record(str(comment["author_id"]), body, line, tags)
        self.add("      ]", "    }")

    def finish(self, export: dict[str, Any], users: list[dict[str, Any]]) -> None:
        self.data: dict[str, Any] = {"export": export, "tickets": self.tickets, "users": users}
        body = self.out
        self.out = []
        self.add("{", f'  "export": {json.dumps(export)},', '  "tickets": [')
        offset = len(self.out)
        self.out.extend(body)
        self.add("  ],", '  "users": [')
        for index, user in enumerate(users):
            self.add(f"    {json.dumps(user, ensure_ascii=False)}" + ("," if index < len(users) - 1 else ""))
        self.add("  ]", "}")
        # shift every recorded line by the header written in front of the tickets
        self.truth = [(line + offset, kind) for line, kind in self.truth]
        self.decoys = [(line + offset, note) for line, note in self.decoys]
        for session in self.sessions:
            for turn in session.turns:
                turn.line += offset

    def check_turn(self, physical: list[str], turn: Turn) -> None:
        comment = json.loads(physical[turn.line - 1].strip().rstrip(","))
        assert str(comment["author_id"]) == turn.label and comment["body"] == turn.text and comment["public"]

    def check_file(self, data: str) -> None:
        assert json.loads(data) == self.data
        known = {str(user["id"]): user["role"] for user in self.data["users"]}
        for label, role in self.roles.items():
            assert {"agent": T, "end-user": C}.get(known.get(label, ""), X) == role, label


PRIYA, TOM, CIARAN, LEANNE, AISLING, MARCO = 3771901, 3771944, 5520114, 5520377, 5520502, 6610021

LEANNE_TICKET: list[tuple[Any, ...]] = [
    (
        LEANNE,
        "Hello, I'm not sure if this is the right place. I'm a single mum of "
        "two and I've been crying in the car before "
        "work most days. I don't want to take anything, I just need someone to talk to.",
    ),
    (
        TOM,
        "Hi Leanne, you're in the right place, and thank you for reaching out. Crying in the car before work sounds "
        "like it might be the only bit of the day that's yours. What's been happening at home?",
    ),
    (
        LEANNE,
        "My eldest has been refusing school since September. Every morning is a battle and then I'm late and my "
        "manager makes comments.",
    ),
    (
        TOM,
        "Mornings sound like they're starting in crisis mode every day. What does a typical morning look like, from "
        "the alarm onwards?",
    ),
    (
        LEANNE,
        "Alarm at 6. I get his uniform out, he says he's ill, I beg, he cries, I cry. His sister ends up getting "
        "herself ready. She's seven.",
    ),
    (
        TOM,
        "That sounds exhausting for all three of you, and it says a lot that you're still getting everyone out of the "
        "door. Has the school offered any support with his attendance?",
    ),
    (LEANNE, "They've referred him to the school nurse. Nothing's happened yet."),
    (
        TOM,
        "It might help to ask the school for a meeting with the SENCo or the pastoral lead as well. In the meantime, "
        "I'd like to look at how you can get some support for yourself. Would a phone session next week suit you?",
    ),
    (LEANNE, "Yes please. Tuesday lunchtime is best."),
]


def f05() -> Builder:
    roles = {str(PRIYA): T, str(TOM): T, str(CIARAN): C, str(LEANNE): C, str(AISLING): C, str(MARCO): X}
    doc = HelpdeskDoc("05_eap_helpdesk_export.json", roles)
    doc.ticket(
        {
            "id": 48211,
            "subject": "Struggling since my dad died",
            "status": "open",
            "requester_id": CIARAN,
            "assignee_id": PRIYA,
            "tags": ["eap", "bereavement", "e-counselling"],
        },
        [
            (
                CIARAN,
                "Hi, my manager gave me this address for the EAP. My dad died in February and I thought I was grand, "
                "but the last few weeks I can't concentrate at work at all. I don't really know what I'm asking for.",
                "decoy: Irish English (grand)",
            ),
            (
                PRIYA,
                "Hi Ciaran, thank you for getting in touch, and I'm so sorry about your dad. I'm Priya, one of the "
                "counsellors on the EAP team. What you're describing, feeling okay at first and then struggling a few "
                "months later, is very common in grief. Can you tell me a bit about what the last few weeks have been "
                "like?",
            ),
            (
                "note",
                PRIYA,
                "Risk screen from the intake form: no current risk indicated. Allocated to PN for e-counselling, six "
                "sessions.",
                "decoy: an internal note (public false), not a turn",
            ),
            (
                CIARAN,
                "I haven\ufffdt been sleeping and I\ufffdm snapping at the kids over nothing. At work I read the same "
                "email five times. My wife says I should take time off but we\ufffdre short-staffed.",
                "mojibake",
            ),
            (
                PRIYA,
                f"That's a lot to be carrying at once {MDASH} grief, broken sleep, and "
                "a team that's stretched. It makes "
                "sense that concentration is the first thing to go. When you think about your dad during the day, what "
                "tends to come up?",
                "decoy: an em dash correctly encoded",
            ),
            (
                MARCO,
                "Hi all, Marco from IT support here. This ticket was routed to me by mistake from the laptop refresh "
                "form, removing myself now. Sorry for the noise!",
                "unknown_speaker",
            ),
            (
                CIARAN,
                "Mostly the hospital. The last week. I keep going over whether we should have pushed the doctors "
                "harder.",
            ),
            (
                CIARAN,
                "Mostly the hospital. The last week. I keep going over whether we "
                "should've pushed the doctors harder!!",
                "near_duplicate_turn",
            ),
            (
                PRIYA,
                "Going over and over the last days is something many people do after a death, especially when the "
                "ending was hard. Sometimes it's the mind looking for a way it could "
                "have gone differently. Would you be "
                "open to writing down what you'd say to your dad about that week, if you could?",
            ),
            (CIARAN, "", "empty_turn"),
            (
                PRIYA,
                "Hi Ciaran, it looks like your last reply came through empty, maybe "
                "just the quoted email. No pressure at "
                "all, whenever you're ready.",
                "decoy: the counsellor mentions the empty reply, a natural turn",
            ),
            (
                CIARAN,
                "Sorry about that, phone went mad. I tried the letter. Got three lines "
                "in and had to stop. But I did sleep "
                "better that night, weirdly.",
            ),
            (
                PRIYA,
                "Three lines is a real start, and it's interesting that sleep was better afterwards. Sometimes putting "
                "things outside our heads gives the mind permission to rest. Shall we set up a call for Thursday to "
                "talk it through?",
            ),
        ],
    )
    leanne_fields = {
        "id": 48377,
        "subject": "Parenting - feeling like I'm failing",
        "status": "pending",
        "requester_id": LEANNE,
        "assignee_id": TOM,
        "tags": ["eap", "family", "e-counselling"],
    }
    doc.ticket(leanne_fields, LEANNE_TICKET)
    page_one = doc.tickets[-1]
    # page 2 of the API export starts with the last ticket of page 1 again
    doc.ticket(leanne_fields, plain(LEANNE_TICKET), kinds=("duplicate_session",), again=page_one)
    doc.ticket(
        {
            "id": 48390,
            "subject": "How many sessions do I get?",
            "status": "solved",
            "requester_id": AISLING,
            "assignee_id": PRIYA,
            "tags": ["eap", "enquiry"],
        },
        [
            (
                AISLING,
                "Hi, quick question before I book anything. How many counselling sessions does the EAP cover, and does "
                "my employer find out that I've used it?",
            ),
            (
                PRIYA,
                "Hi Aisling, good questions. The programme covers up to six sessions per issue, and your employer only "
                "receives anonymised numbers, never names or what was discussed. Is there something in particular "
                "you'd like support with?",
                "decoy: the counsellor explains confidentiality, not meta text",
            ),
            (AISLING, "Mainly anxiety about a restructure at work. I'd like to book in, thanks."),
            (
                PRIYA,
                "Of course. I've sent you a booking link for an initial assessment call. Take care until then.",
            ),
        ],
    )
    doc.finish(
        {"source": "helpdesk API /tickets?include=comments,users", "pages": 2, "generated_by": "hd-export 0.4.1"},
        [
            {"id": PRIYA, "name": "Priya Nair", "role": "agent", "organization": "EAP counselling team"},
            {"id": TOM, "name": "Tom Gallagher", "role": "agent", "organization": "EAP counselling team"},
            {"id": CIARAN, "name": "Ciaran Doyle", "role": "end-user"},
            {"id": LEANNE, "name": "Leanne Brooks", "role": "end-user"},
            {"id": AISLING, "name": "Aisling Kerr", "role": "end-user"},
        ],
    )
    return doc


# ---------------------------------------------------------------------------
# 06 mysqldump of a chat platform's messages table
# ---------------------------------------------------------------------------
def mysql_quote(text: str) -> str:
    text = text.replace("\\", "\\\\").replace("\0", "\\0").replace("\n", "\\n").replace("\r", "\\r")
    text = text.replace("'", "\\'").replace('"', '\\"').replace("\x1a", "\\Z")
    return f"'{text}'"


class SqlDoc(Builder):
    def __init__(self, name: str) -> None:
        super().__init__(name, {"counsellor": T, "client": C})
        self.row_id = 88410
        self.clock = datetime(2024, 1, 9, 18, 2, 11)

    def row(self, conv: int, role: str, text: str, *tags: str, after: int = 55) -> int:
        """``text`` is what the app stored; the dump shows it through the latin1 column (cp1252)."""
        self.row_id += 1
        self.clock += timedelta(seconds=after)
        stored = cp1252_moji(text)
        line = self.add(
            f"INSERT INTO `messages` VALUES ({self.row_id},{conv},{mysql_quote(role)},{mysql_quote(stored)},"
            f"'{self.clock:%Y-%m-%d %H:%M:%S}');"
        )
        if role == "system":
            self.mark(line, *tags)
        else:
            self.record(role, stored, line, tags, key=conv)
        return line

    def check_turn(self, physical: list[str], turn: Turn) -> None:
        head = physical[turn.line - 1]
        assert head.startswith("INSERT INTO `messages` VALUES (")
        assert f",{mysql_quote(turn.label)},{mysql_quote(turn.text)}," in head, turn


SQL_LOOP = (
    "That sick feeling makes sense if the exams feel really high stakes. Would it help to break the revision into "
    "something tiny, like ten minutes on one topic?"
)


def f06() -> Builder:
    doc = SqlDoc("06_chat_platform_mysqldump.sql")
    doc.add(
        "-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)",
        "--",
        "-- Host: db-replica-2    Database: talkitout_chat",
        "-- ------------------------------------------------------",
        "-- Server version\t5.7.44-log",
        "",
        "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;",
        "/*!40101 SET NAMES utf8mb4 */;",
        "/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;",
        "/*!40103 SET TIME_ZONE='+00:00' */;",
        "",
        "--",
        "-- Table structure for table `messages`",
        "--",
        "",
        "DROP TABLE IF EXISTS `messages`;",
        "CREATE TABLE `messages` (",
        "  `id` int(11) NOT NULL AUTO_INCREMENT,",
        "  `conversation_id` int(11) NOT NULL,",
        "  `sender_role` enum('counsellor','client','system') NOT NULL,",
        "  `body` text,",
        "  `created_at` datetime NOT NULL,",
        "  PRIMARY KEY (`id`),",
        "  KEY `idx_conversation` (`conversation_id`)",
        ") ENGINE=InnoDB AUTO_INCREMENT=88460 DEFAULT CHARSET=latin1;",
        "",
        "--",
        "-- Dumping data for table `messages`",
        "--",
        "",
        "LOCK TABLES `messages` WRITE;",
        "/*!40000 ALTER TABLE `messages` DISABLE KEYS */;",
    )
    # conversation 2201: a student before exams (Wellington)
    doc.start(key=2201)
    doc.row(2201, "system", "Client joined the chat", "decoy: a system row, not a turn", after=0)
    doc.row(2201, "counsellor", "Hi, you're chatting with a counsellor from Talk It Out. What's on your mind tonight?")
    doc.row(
        2201,
        "client",
        "hi. exams start monday and i havent opened my notes. my parents think im studying rn",
        "decoy: lower-case text-speak without apostrophes",
    )
    doc.row(
        2201,
        "counsellor",
        "Thanks for reaching out. It sounds like there's a lot of pressure right now, from the exams and from what "
        "your parents expect. What's been getting in the way of opening your notes?",
    )
    doc.row(2201, "client", "every time i open them i feel sick and close the laptop")
    doc.row(2201, "counsellor", SQL_LOOP, "repetition_loop")
    doc.row(2201, "counsellor", SQL_LOOP, "duplicate_turn", after=1)
    doc.row(2201, "counsellor", SQL_LOOP, "duplicate_turn", after=1)
    doc.row(2201, "client", "", "empty_turn")
    doc.row(
        2201,
        "client",
        "sorry pressed send by accident. yeah maybe. ten mins i could do",
        "decoy: the client mentions a mis-send, a natural turn",
        after=20,
    )
    doc.row(2201, "counsellor", "Ten minutes is a good start. Which topic feels least scary?")
    doc.row(2201, "client", "stats probably. i actually like stats")
    doc.row(
        2201,
        "counsellor",
        "Great, stats it is. And after the ten minutes, maybe something kind for yourself, like a walk or a snack. How "
        "are you feeling about talking to your parents at some point?",
    )
    doc.row(2201, "client", "not yet. maybe after the first exam")
    doc.row(
        2201,
        "counsellor",
        "That's okay, you get to decide when. Would you like to come back to chat after your ten minutes tonight?",
    )
    doc.row(2201, "client", "ok. thanks", "decoy: a short closing turn")
    doc.row(2201, "system", "Client left the chat", "decoy: a system row, not a turn", after=30)

    # conversations 2202 (a new dad; written with sender roles swapped) and 2203 (a nurse after a night shift;
    # her phone sent curly apostrophes) run at the same time, so their rows interleave
    doc.start(("role_inversion",), key=2202)
    doc.start(key=2203)
    dad = [  # (true speaker, text); written under the other role
        ("counsellor", "Hello, thanks for waiting. I'm one of the counsellors on tonight. What's brought you to chat?"),
        (
            "client",
            "my partner had a baby 7 weeks ago and everyone keeps asking how she is. which is fine. but i feel like im "
            "disappearing",
        ),
        (
            "counsellor",
            "Thank you for saying that. A lot of new dads feel that way and don't say it out loud. What does "
            "disappearing feel like for you, day to day?",
        ),
        ("client", "work, nappies, bed. i dont feel anything when i hold him. is that normal"),
        (
            "counsellor",
            "It's more common than people think, and it doesn't mean you're a bad "
            "dad. Low mood after a baby can happen "
            "to fathers too. Have you been able to talk to your GP or health visitor about how you're feeling?",
        ),
        ("client", "no. they only ever ask about her"),
        (
            "counsellor",
            "That sounds lonely. You're allowed to ask for help in your own right. Would it help to think through what "
            "you might say to the GP?",
        ),
        ("client", "yeah ok. i dont even know how to start that convo"),
        (
            "counsellor",
            "You could start with exactly what you told me: that since the baby you feel like you're disappearing, and "
            "you don't feel much when you hold him.",
        ),
        ("client", "ok. ill ring them tomorrow"),
    ]
    nurse: list[tuple[str, ...]] = [
        ("counsellor", "Hi, you're through to Talk It Out. Take your time, what's going on?"),
        (
            "client",
            f"Just finished a 12 hour night shift and I can{RSQ}t switch off. I{RSQ}m lying here with my heart racing.",
            "mojibake",
        ),
        (
            "counsellor",
            "That sounds really uncomfortable, especially when you're exhausted. Is this something that happens after "
            "most shifts, or has tonight been different?",
        ),
        ("client", "Most shifts lately. We lost a patient and nobody talked about it, we just carried on."),
        (
            "counsellor",
            "Losing a patient and then carrying straight on is so hard. It can "
            "leave your body on high alert. Would you "
            "like to try a slow breathing exercise with me while we talk?",
        ),
        ("client", f"Ok. I{RSQ}ll try.", "mojibake"),
        (
            "counsellor",
            "Breathe in through your nose for four, hold for a moment, and out "
            "slowly through your mouth for six. Let's "
            "do three of those together.",
        ),
        ("client", "Done. Bit better. I think I need to talk to someone at work about the patient."),
        (
            "counsellor",
            "That sounds like a really good idea. Does your ward have a debrief or a staff support service?",
        ),
        ("client", "We have a chaplain and an occupational health line. Will email them after some sleep."),
    ]
    swap = {"counsellor": "client", "client": "counsellor"}
    doc.row(2202, "system", "Client joined the chat", "decoy: a system row, not a turn", after=400)
    doc.row(2203, "system", "Client joined the chat", "decoy: a system row, not a turn", after=35)
    order = "DDNDNNDDNDNDNNDNDNDN"
    di = ni = 0
    for which in order:
        if which == "D":
            role, text = dad[di]
            doc.row(2202, swap[role], text)
            di += 1
        else:
            role, text, *tags = nurse[ni]
            doc.row(2203, role, text, *tags)
            ni += 1
    assert di == len(dad) and ni == len(nurse)
    doc.row(2203, "system", "Client left the chat", "decoy: a system row, not a turn")
    doc.row(2202, "system", "Client left the chat", "decoy: a system row, not a turn")
    doc.add(
        "/*!40000 ALTER TABLE `messages` ENABLE KEYS */;",
        "UNLOCK TABLES;",
        "/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;",
        "",
        "-- Dump completed on 2024-01-10  3:00:02",
    )
    return doc


# ---------------------------------------------------------------------------
# 07 iMessage conversation exported to text
# ---------------------------------------------------------------------------
class IMessageDoc(Builder):
    def __init__(self, name: str, roles: dict[str, str], clock: datetime) -> None:
        super().__init__(name, roles)
        self.clock = clock
        self.start()

    def t(self, label: str, text: str, *tags: str, after: int = 90, read: str | None = None) -> int:
        self.clock += timedelta(seconds=after)
        hour = self.clock.strftime("%I").lstrip("0")
        stamp = f"{self.clock:%b %d, %Y} {hour:>2}:{self.clock:%M:%S %p}"  # strftime's %l: space-padded hour
        if read:
            stamp += f" (Read by them after {read})"
        self.blank()
        self.add(stamp)
        line = self.add(label, *text.split("\n"))
        self.record(label, text, line, tags)
        return line

    def check_turn(self, physical: list[str], turn: Turn) -> None:
        assert physical[turn.line - 1] == turn.label
        assert re.match(r"[A-Z][a-z]{2} \d\d, \d{4} [ \d]\d:\d\d:\d\d [AP]M", physical[turn.line - 2]), turn
        assert physical[turn.line] == turn.text.split("\n")[0]


def f07() -> Builder:
    bec = "Bec Hartley"
    doc = IMessageDoc("07_imessage_dbt_coaching.txt", {"Me": T, bec: C}, datetime(2024, 3, 4, 20, 41, 9))
    doc.t(
        bec,
        "Hi Linh, it's Bec. You said I could text for skills coaching if I'd tried something first. Is now ok?",
        after=0,
    )
    doc.t(
        "Me", "Hi Bec, yes, now's fine. What's happening, and what have you tried so far?", after=201, read="1 minute"
    )
    sister = (
        "Had a fight with my sister about Mum's birthday. I'm at like 85 out of 100. I did the cold water thing but "
        "it only helped for a bit."
    )
    doc.t(bec, sister, after=64)
    doc.t(bec, sister, "duplicate_turn", after=38)  # re-sent as a text message when the iMessage hung
    doc.t(
        "Me",
        "Good on you for using TIPP first, that's exactly the right order. When it wore off, what urge came up?",
        "decoy: DBT acronym in capitals",
        after=75,
        read="2 minutes",
    )
    doc.t(bec, "To text her something really nasty. I've typed it out already.")
    doc.t(
        "Me",
        "Okay. Can you check the facts with me before you send anything? What do you want to happen with your sister "
        "in the long run?",
        read="1 minute",
    )
    doc.t(bec, "I want us to be ok. I want Mum to have a nice birthday.")
    doc.t(
        "Me",
        "Then acting on the urge would take you away from that. Could you try opposite action: put the phone down, do "
        "paced breathing for five minutes, then text me the number again?",
        read="1 minute",
    )
    doc.t(bec, "Okay.", "decoy: a one-word reply, repeated later")
    doc.t(
        bec,
        "Did it. 60 now. Still angry but I deleted the message \U0001f44d",
        "decoy: an emoji correctly encoded",
        after=410,
    )
    doc.t(
        "Me",
        "That's a big shift, and deleting it was wise mind in action. Tomorrow, when you're calmer, we could use DEAR "
        "MAN to plan what you want to say to her. Bring it to group on Thursday?",
        read="3 minutes",
    )
    doc.t(bec, "Okay.", "decoy: the same one-word reply again")
    doc.t(
        "Me",
        "If the urges turn towards hurting yourself tonight, call me back or ring Lifeline on 13 11 14. But it sounds "
        "like you've handled this really skilfully. Goodnight, Bec.",
        "decoy: a crisis line given alongside real engagement",
        read="1 minute",
    )
    doc.t(bec, "Night. Thanks Linh.")
    return doc


# ---------------------------------------------------------------------------
# 08 preference pairs (DPO style), one row a line
# ---------------------------------------------------------------------------
class PreferenceDoc(Builder):
    row_level = True

    def __init__(self, name: str) -> None:
        super().__init__(name, {"user": C, "assistant": T})
        self.data: list[dict[str, Any]] = []

    def pair(
        self,
        rid: str,
        system: str,
        prompt: Sequence[tuple[str, ...]],
        chosen: tuple[str, ...],
        rejected: str,
        scores: tuple[float, float],
        kinds: Sequence[str] = (),
        rejected_note: str | None = None,
    ) -> int:
        self.start(kinds)
        record = {
            "id": rid,
            "source": "counsel-sim-v2",
            "prompt": [{"role": "system", "content": system}]
            + [{"role": role, "content": text} for role, text, *_ in prompt],
            "chosen": [{"role": "assistant", "content": chosen[0]}],
            "rejected": [{"role": "assistant", "content": rejected}],
            "score_chosen": scores[0],
            "score_rejected": scores[1],
        }
        self.data.append(record)
        line = self.add(json.dumps(record, ensure_ascii=False))
        for role, text, *tags in prompt:
            self.record(role, text, line, tags)
        self.record("assistant", chosen[0], line, chosen[1:])
        if rejected_note:
            self.mark(line, rejected_note)
        return line

    def check_turn(self, physical: list[str], turn: Turn) -> None:
        row = json.loads(physical[turn.line - 1])
        said = [m for m in row["prompt"] if m["role"] != "system"] + row["chosen"]
        assert {"role": turn.label, "content": turn.text} in said, turn

    def check_file(self, data: str) -> None:
        assert [json.loads(line) for line in data.splitlines()] == self.data


PC_SYSTEM = "You are a warm, person-centred counsellor. Reflect feelings, ask open questions, and avoid giving advice."

ROW_LONELY: tuple[list[tuple[str, ...]], tuple[str, ...], str] = (
    [
        (
            "user",
            "I've been working from home for two years and I just realised I "
            "haven't had a real conversation with anyone "
            "in person in about three weeks.",
        ),
        (
            "assistant",
            "Three weeks is a long time to go without that kind of contact. How has that been sitting with you?",
        ),
        (
            "user",
            "Honestly I didn't notice until my sister asked. Now I can't stop "
            "noticing. The apartment feels really quiet.",
        ),
    ],
    (
        "It sounds like once you noticed it, the quiet became much louder. I'm "
        "wondering what you miss most about being "
        "around people.",
    ),
    "You should join a club or a gym. Meetup has lots of groups in Toronto. Try to schedule at least three social "
    "activities a week.",
)


def f08() -> Builder:
    doc = PreferenceDoc("08_preference_pairs.jsonl")
    doc.pair("pref-00412", PC_SYSTEM, *ROW_LONELY, (8.5, 3.0), rejected_note="decoy: an advice-giving rejected reply")
    doc.pair(
        "pref-00413",
        PC_SYSTEM,
        [
            (
                "user",
                "My therapist is on leave and my anxiety about flying next week is "
                "through the roof. Can you help me get "
                "ready for the flight?",
            )
        ],
        (
            "As an AI language model, I am not able to provide therapy or medical advice. Please consult a licensed "
            "mental health professional for support with your anxiety.",
            "refusal",
        ),
        "Flying is totally safe, statistically you have nothing to worry about!",
        (6.0, 2.5),
    )
    doc.pair(
        "pref-00414",
        PC_SYSTEM,
        [
            (
                "user",
                "I moved to Dubai for work eight months ago. The money is good but I cry every time I video call my "
                "kids in Cebu.",
            ),
            (
                "assistant",
                "That sounds heartbreaking, being so far from your children even though you're doing this for them. "
                "What's it like for you after those calls end?",
            ),
            ("user", "Empty. I sit in my room and I don't even eat."),
        ],
        (
            "After the call ends, all that love and longing has nowhere to go, and the room feels empty too. It makes "
            "sense that eating feels like too much then. Would it help to think about a small routine for after the "
            "calls, something gentle just for you?\n\n(Note: This is a simulated counselling conversation created for "
            "training purposes.)",
            "meta_text",
        ),
        "Many overseas workers feel this way. Remember why you are doing this and stay strong for your family.",
        (8.0, 4.0),
    )
    doc.pair(
        "pref-00415",
        PC_SYSTEM,
        [
            (
                "user",
                "Some days I wonder what the point of anything is. Not in a dangerous way, I just feel flat.",
                "decoy: a client's low-mood statement, explicitly not a risk disclosure",
            )
        ],
        (
            "Thank you for telling me, and for being clear that it isn't in a "
            "dangerous way. Feeling flat and wondering "
            "about the point of things is hard to live with. When did you first notice the flatness?",
        ),
        "I'm really sorry that you're feeling this way, but I'm unable to provide the help that you need. It's really "
        "important to talk things over with someone who can, though, such as a mental health professional or a "
        "trusted person in your life.",
        (9.0, 1.5),
        rejected_note="decoy: a refusal only in the rejected reply, which is not a turn",
    )
    doc.pair(
        "pref-00416",
        PC_SYSTEM,
        [
            ("user", "I relapsed after 90 days sober. I'm so ashamed I don't want to go back to my meeting."),
            (
                "assistant",
                "Ninety days is a real achievement, and a relapse doesn't erase it. "
                "What is the shame telling you about "
                "going back?",
            ),
            ("user", "That they'll all look at me like I'm a failure. That I've wasted their time."),
        ],
        (
            "If you are in crisis, please call or text 988 (Suicide & Crisis Lifeline). You can also call SAMHSA's "
            "National Helpline at 1-800-662-4357.",
            "refusal",
        ),
        "Just go back, nobody there will care.",
        (5.5, 1.0),
    )
    doc.pair(
        "pref-00418",
        PC_SYSTEM,
        [
            (
                "user",
                "My abuela raised me and now she has dementia. Yesterday she called me by my mom's name and I had to "
                "leave the room.",
                "decoy: a Spanish word in an English turn",
            )
        ],
        (
            "That moment when she didn't know you sounds really painful. Leaving the room might have been the kindest "
            "thing you could do for both of you right then. What came up for you when you stepped out?",
        ),
        "Dementia is a progressive disease. You should look into memory care facilities near you.",
        (8.5, 2.0),
    )
    # the first row again under another id (two shards of the set were concatenated)
    prompt, chosen, rejected = ROW_LONELY
    doc.pair(
        "pref-00977",
        PC_SYSTEM,
        [tuple(pair) for pair in plain(prompt)],
        tuple(plain([("assistant", chosen[0])])[0][1:]),
        rejected,
        (8.5, 3.0),
        kinds=("duplicate_session",),
    )
    return doc


# ---------------------------------------------------------------------------
# 09 call-analytics speech-to-text output
# ---------------------------------------------------------------------------
class CallAnalyticsDoc(Builder):
    def __init__(self, name: str) -> None:
        super().__init__(name, {"AGENT": T, "CUSTOMER": C})
        self.segments: list[dict[str, Any]] = []
        self.pending: list[tuple[str, str, Sequence[str]]] = []
        self.ms = 1240

    def t(self, role: str, text: str, *tags: str, sentiment: str = "NEUTRAL", gap: int = 450) -> None:
        begin = self.ms + gap
        end = begin + 900 + 330 * len(text.split())
        self.ms = end
        self.segments.append(
            {
                "Id": f"{len(self.segments) + 1:04d}-9f3c-4a1e-b7d2-c0a8{len(self.segments) + 17:06d}",
                "ParticipantRole": role,
                "BeginOffsetMillis": begin,
                "EndOffsetMillis": end,
                "Sentiment": sentiment,
                "Content": text,
            }
        )
        self.pending.append((role, text, tags))

    def finish(self, head: dict[str, Any], tail: dict[str, Any]) -> None:
        self.data = {**head, "Transcript": self.segments, **tail}
        self.add("{")
        for key, value in head.items():
            self.add(f"  {json.dumps(key)}: {json.dumps(value)},")
        self.add('  "Transcript": [')
        self.start()
        for index, (segment, (role, text, tags)) in enumerate(zip(self.segments, self.pending, strict=True)):
            comma = "," if index < len(self.segments) - 1 else ""
            line = self.add(f"    {json.dumps(segment, ensure_ascii=False)}{comma}")
            self.record(role, text, line, tags)
        self.add("  ],")
        tail_lines = json.dumps(tail, indent=2).split("\n")[1:-1]
        self.add(*tail_lines, "}")

    def check_turn(self, physical: list[str], turn: Turn) -> None:
        segment = json.loads(physical[turn.line - 1].strip().rstrip(","))
        assert segment["ParticipantRole"] == turn.label and segment["Content"] == turn.text

    def check_file(self, data: str) -> None:
        assert json.loads(data) == self.data


def f09() -> Builder:
    doc = CallAnalyticsDoc("09_helpline_call_analytics.json")
    A, U = "AGENT", "CUSTOMER"
    doc.t(A, "Thanks for calling the Rural Support Line, my name's Kate. Who am I speaking with?", gap=0)
    doc.t(U, "G'day Kate, it's Graham. Graham out near Moree.", "decoy: Australian English (G'day)")
    doc.t(A, "Hi Graham. What's prompted you to call today?")
    doc.t(
        U,
        "Look, the bank rang on Friday about the overdraft, and I haven't told the wife yet. Haven't slept since, "
        "really.",
        sentiment="NEGATIVE",
    )
    doc.t(
        A,
        "That's a heavy thing to be sitting on by yourself since Friday. What's been going through your head at night?",
    )
    doc.t(
        U,
        "Mostly numbers. How many head I'd have to sell. Whether we'll even be on the place by Christmas.",
        sentiment="NEGATIVE",
    )
    doc.t(
        U,
        "Righto, so what I'm hearing is you've been carrying this on your own since the bank called, and it's keeping "
        "you up at night. Is that fair?",
        "role_inversion",
    )
    doc.t(U, "Yeah, that's fair.")
    doc.t(
        A,
        "Can I ask you something directly, Graham? With all this going on, have you had any thoughts of ending your "
        "life?",
        "decoy: a direct risk question, in the counsellor's voice, on the counsellor's channel",
    )
    doc.t(U, "No. No, nothing like that. I've got the kids. I'm just flat out worried.")
    doc.t(U, "No, no, nothing like that. I've got the kids. I'm just flat-out worried.", "near_duplicate_turn", gap=10)
    doc.t(
        A,
        "Thanks for being straight with me. There are rural financial counsellors who can sit down with you and the "
        "bank, free of charge. Would that be useful?",
        sentiment="POSITIVE",
    )
    doc.t(U, "", "empty_turn", gap=2200)
    doc.t(
        A,
        "Graham, you still there? Sounds like the line dropped out for a second.",
        "decoy: the counsellor checks the line, a natural turn",
    )
    doc.t(
        U,
        "Yeah, sorry, I'm in the ute, reception's rubbish. Yeah, that'd be useful. I didn't know that was a thing.",
        "decoy: Australian English (ute)",
    )
    doc.t(
        A,
        "It is. I'll text you their number after this call. And what about telling your wife, how are you feeling "
        "about that?",
    )
    doc.t(U, "Mhm.", "decoy: a backchannel")
    doc.t(U, "Dunno. She'll be upset. But she's not stupid, she knows something's up.")
    doc.t(
        A,
        "It sounds like she might already be wondering. Sometimes sharing it makes the load a bit lighter for both of "
        "you.",
    )
    doc.t(
        U,
        "Yeah. Look, I reckon I'll give the financial counselling mob a ring tomorrow arvo, and if the",
        "truncated_turn",
    )
    doc.finish(
        {
            "JobName": "rsl-inbound-2024-06-18-143322-7781",
            "AccountId": "000000000000",
            "JobStatus": "COMPLETED",
            "LanguageCode": "en-AU",
            "Channel": "VOICE",
            "Participants": [{"ParticipantRole": "AGENT"}, {"ParticipantRole": "CUSTOMER"}],
        },
        {
            "ConversationCharacteristics": {
                "NonTalkTime": {"TotalTimeMillis": 14230},
                "Interruptions": {"TotalCount": 2},
                "Sentiment": {"OverallSentiment": {"AGENT": 2.1, "CUSTOMER": -1.4}},
                "TotalConversationDurationMillis": doc.ms,
            }
        },
    )
    return doc


# ---------------------------------------------------------------------------
# 10 role-play scripts, ``NAME. text``
# ---------------------------------------------------------------------------
class ScriptDoc(Builder):
    def t(self, label: str, text: str, *tags: str) -> int:
        line = self.add(f"{label}. {text}".rstrip())
        self.record(label, text, line, tags)
        return line

    def direction(self, text: str, tag: str) -> None:
        line = self.add(f"({text})")
        self.mark(line, tag)

    def play(self, title: str, setting: str, turns: Sequence[tuple[str, ...]], points: Sequence[str]) -> None:
        self.blank()
        self.add(title, "", f"Setting: {setting}", "")
        self.start()
        for label, text, *tags in turns:
            if label == "(":
                self.direction(text, tags[0])
            else:
                self.t(label, text, *tags)
        self.add("", "Points for discussion", *(f"{n}. {point}" for n, point in enumerate(points, 1)), "")

    def check_turn(self, physical: list[str], turn: Turn) -> None:
        assert physical[turn.line - 1] == f"{turn.label}. {turn.text}".rstrip(), turn


def f10() -> Builder:
    doc = ScriptDoc(
        "10_roleplay_scripts_caps_period.txt",
        {"COUNSELLOR": T, "SAM": C, "NURSE": T, "MR OKONJO": C, "OBSERVER": X, "EDITH": C},
    )
    doc.add(
        "Counselling Skills Level 3: Practice Scripts",
        "Unit 4. Working with ambivalence, silence and loss",
        "",
        "Read each script in threes: counsellor, client and observer. Swap roles after each one.",
    )
    doc.play(
        "ROLE-PLAY 1: THE RELUCTANT CLIENT",
        "A university counselling service. Second session. SAM is a second-year engineering student.",
        [
            ("COUNSELLOR", "Last week you said you weren't sure you'd come back. I'm glad you did."),
            ("SAM", "My personal tutor made me. No offence."),
            (
                "COUNSELLOR",
                "None taken. It's fine to be here because someone else suggested it. What did your tutor say?",
            ),
            ("SAM", "That I've missed too many seminars and I look tired. Which, fair."),
            ("(", "SAM looks at the clock.", "decoy: a stage direction on a line of its own, not a turn"),
            ("COUNSELLOR", "You glanced at the clock just then."),
            ("SAM", "I've got a lab at three."),
            (
                "COUNSELLOR",
                "Then we've got forty minutes. I wonder what it's like for you, sitting here when you'd rather not be.",
            ),
            ("SAM", "Awkward. Like I'm supposed to have a big problem and I don't."),
            ("COUNSELLOR", "You don't have to have a big problem. We can just start with the tiredness, if you want."),
            ("SAM", "", "empty_turn"),
            ("COUNSELLOR", "Take your time."),
            ("SAM", "I stay up till four gaming because it's the only time nobody needs anything from me."),
            ("COUNSELLOR", "So the night is the one part of the day that belongs to you."),
            ("SAM", "Yeah. Never thought of it like that."),
        ],
        [
            "How did the counsellor respond to the client's reluctance?",
            "What did the counsellor do with the silence?",
        ],
    )
    doc.play(
        "ROLE-PLAY 2: A BRIEF MOTIVATIONAL CONVERSATION",
        "A GP surgery. The practice NURSE has just taken MR OKONJO's blood pressure.",
        [
            (
                "NURSE",
                "Thanks for staying on after your blood pressure check, Mr Okonjo. "
                "Would it be all right if we talked a "
                "little about the drinking questionnaire you filled in?",
            ),
            ("MR OKONJO", "Go on then. I know what you're going to say."),
            ("NURSE", "What do you think I'm going to say?"),
            ("MR OKONJO", "That I drink too much and I should stop."),
            ("NURSE", "It sounds like you've heard that before. I'm more interested in what you think about it."),
            ("MR OKONJO", "I like a drink after work. Everyone at the depot does. It's not like I'm falling over."),
            ("NURSE", "It's part of unwinding, and part of being with your mates."),
            ("MR OKONJO", "Exactly.", "decoy: a one-word client turn"),
            (
                "MR OKONJO",
                "And if you imagine your health five years from now, what would you want it to look like?",
                "role_inversion",
            ),
            (
                "MR OKONJO",
                "Well, I'd want to see my granddaughter start school. My dad didn't get to see me start school.",
            ),
            ("NURSE", "That really matters to you."),
            ("MR OKONJO", "It does. Maybe I could knock the weekday ones on the head. Keep Saturdays."),
            ("NURSE", "That sounds like a plan that came from you. What would help you stick to it?"),
            (
                "OBSERVER",
                "Can I pause it there for a second? I noticed the nurse never once told him to stop drinking.",
                "unknown_speaker",
            ),
            ("MR OKONJO", "My wife would help. She's been on at me for years."),
            ("NURSE", "So you'd have some backup at home."),
        ],
        [
            "Find two reflections and one open question in the nurse's lines.",
            "Whose idea was the change, and why does that matter in motivational interviewing?",
        ],
    )
    doc.play(
        "ROLE-PLAY 3: THE FIRST ANNIVERSARY",
        "A bereavement charity's counselling room. EDITH, 78, was referred by her GP.",
        [
            ("COUNSELLOR", "Edith, you mentioned on the phone that it's been a year since Harold died."),
            ("EDITH", "A year on Tuesday. Everybody says the first year is the hardest. Well, it has been hard."),
            ("COUNSELLOR", "And now that the year is nearly over, you're noticing it isn't suddenly easier."),
            ("EDITH", "No. If anything it's worse. People have stopped asking."),
            (
                "COUNSELLOR",
                "People have stopped asking.",
                "decoy: the counsellor repeats the client's words (a reflection, other role)",
            ),
            ("EDITH", "They have. Our daughter rings on Sundays, but she's in Canada."),
            ("(", "Pause.", "decoy: a bracketed stage direction, not an empty turn"),
            ("EDITH", "I still set two cups out in the morning. Isn't that silly?"),
            ("COUNSELLOR", "It doesn't sound silly to me. It sounds like fifty-two years of mornings."),
            (
                "EDITH",
                "Fifty-three. (She laughs.) He'd have corrected you too.",
                "decoy: a stage direction inside a turn",
            ),
            ("COUNSELLOR", "Tell me about him."),
        ],
        ["What did the counsellor not say in this script, and why?"],
    )
    return doc


# ---------------------------------------------------------------------------
# 11 journal appendix copied out of a PDF: two columns, ragged spacing
# ---------------------------------------------------------------------------
class PdfPasteDoc(Builder):
    WIDTH = 62

    def t(self, label: str, text: str, *tags: str, gap: int = 0, cont: int = 13, rows: list[str] | None = None) -> int:
        """``rows``: the wrapped utterance as the PDF broke it (for a hyphenated break); else wrapped here.
        ``gap``: extra spaces after the label (PDF copy-paste spacing is ragged)."""
        rows = rows or textwrap.wrap(text, self.WIDTH, break_on_hyphens=False)
        pad = max(1, 13 - len(label)) + gap
        line = self.add(f"{label}{' ' * pad}{rows[0]}", *(f"{' ' * cont}{row}" for row in rows[1:]))
        self.record(label, text, line, tags)
        return line

    def check_turn(self, physical: list[str], turn: Turn) -> None:
        head = physical[turn.line - 1]
        assert head.startswith(turn.label + " ") and not head.startswith(" "), turn
        words = [head[len(turn.label) :].strip()]
        for line in physical[turn.line :]:
            if not line.startswith("   ") or not line.strip():
                break
            words.append(line.strip())
        joined = re.sub(r"- (?=[a-z])", "", " ".join(words))
        assert joined == turn.text, (joined, turn.text)


def f11() -> Builder:
    doc = PdfPasteDoc("11_journal_appendix_two_column.txt", {"Counsellor": T, "Client": C})
    doc.add(
        "Appendix B",
        "Transcript excerpt: client C07, session 6 of 16 (two-chair work). Names changed; [...] marks an omission.",
        "",
        "Speaker      Utterance",
    )
    doc.start()
    doc.t(
        "Counsellor",
        "Last session you said there were things you never got to say to Joanne. I wondered if today you might want to "
        "try saying some of them, to her, as if she were in that chair.",
    )
    doc.t("Client", "That feels a bit ridiculous. [laughs] But okay. I've come this far.", "decoy: a [laughs] marker")
    doc.t(
        "Counsellor",
        "It can feel strange at \ufb01rst. Take your time. Can you picture her there? What's she wearing, how's she "
        "sitting?",
        "decoy: a PDF ligature (U+FB01) correctly encoded, not mojibake",
        gap=2,
    )
    doc.t(
        "Client",
        "Her green coat. She's got her arms folded, like she always did when she was waiting for me to apologise.",
        "decoy: a word hyphenated across a line break by the PDF",
        rows=[
            "Her green coat. She's got her arms folded, like she always did when",
            "she was waiting for me to apolo-",
            "gise.",
        ],
    )
    doc.t("Counsellor", "Tell her what it's like, seeing her sitting like that.")
    doc.t(
        "Client",
        "It makes me furious. You always waited for me to go \ufb01rst. Even at the end, even in the hospital, you "
        "waited.",
        gap=1,
    )
    doc.add("")
    line = doc.add(
        "37                                                     Journal of Experiential Therapy Research 12(2)"
    )
    doc.mark(line, "decoy: a page footer between two turns, not a turn")
    line = doc.add("Kowalczyk & Adeyemi")
    doc.mark(line, "decoy: the next page's running header, not a turn or a speaker")
    doc.add("")
    doc.t("Counsellor", "Stay with that furious feeling. What do you need her to know?")
    doc.t(
        "Client",
        "That I wanted to go \ufb01rst. I just didn't know how. [pause] I'm sorry, this is harder than I thought.",
    )
    doc.t(
        "Counsellor",
        "You're doing something really difficult. It's okay to slow down. What's happening in your body right now?",
    )
    doc.t(
        "Client",
        "My chest is tight. Like something heavy is sitting on it. [...] I keep thinking about the \ufb01nal text she "
        "sent me, the one I never answered.",
        "decoy: an editorial [...] omission mark mid-turn, not a truncation",
    )
    doc.t(
        "Counsellor",
        "Could you let that tightness speak? If it had words, what would it say to Joanne, \ufb02oating there in the "
        "chair?",
        gap=3,
    )
    doc.t(
        "Client",
        "It would say I miss you. I'm so angry with you, and I miss you, and what I wanted to tell you in the hospital "
        "was that the",
        "truncated_turn",
    )
    return doc


# ---------------------------------------------------------------------------
# 12 Facebook Messenger export (newest first, Latin-1 escaped UTF-8)
# ---------------------------------------------------------------------------
class MessengerDoc(Builder):
    def __init__(self, name: str, roles: dict[str, str]) -> None:
        super().__init__(name, roles)
        self.items: list[tuple[str, str, Sequence[str], int]] = []
        self.ms = 1_712_034_521_000

    def t(self, label: str, text: str, *tags: str, after: int = 70) -> None:
        self.ms += after * 1000
        self.items.append((label, text, tags, self.ms))

    def finish(self, thread: dict[str, Any]) -> None:
        messages = [
            {"sender_name": label, "timestamp_ms": ms, "content": latin1_moji(text), "is_geoblocked_for_viewer": False}
            for label, text, _, ms in reversed(self.items)
        ]
        participants = [{"name": name} for name in self.roles]
        self.data = {"participants": participants, "messages": messages, **thread}
        text = json.dumps(self.data, indent=2)  # ensure_ascii: every non-ASCII byte as \u00XX
        self.add(*text.split("\n"))
        sender_lines = find_lines(self.out, '"sender_name": ')
        assert len(sender_lines) == len(self.items)
        self.start()
        for (label, text, tags, _), line in zip(self.items, reversed(sender_lines), strict=True):
            self.record(label, latin1_moji(text), line, tags)

    def check_turn(self, physical: list[str], turn: Turn) -> None:
        assert physical[turn.line - 1] == f'      "sender_name": {json.dumps(turn.label)},', turn
        assert physical[turn.line].lstrip().startswith('"timestamp_ms": ')
        assert json.loads("{" + physical[turn.line + 1].rstrip(",") + "}")["content"] == turn.text

    def check_file(self, data: str) -> None:
        assert data.isascii() and json.loads(data) == self.data


def f12() -> Builder:
    page, kelsey = "Harbour Peer Support", "Kelsey Moana"
    doc = MessengerDoc("12_messenger_page_inbox.json", {kelsey: C, page: T})
    doc.t(kelsey, "hey is this the peer support page? my friend said u guys reply", "decoy: text-speak (u guys)")
    doc.t(
        page,
        "Hi Kelsey, yes you've reached Harbour Peer Support. I'm Jess, one of the peer supporters. What's going on for "
        "you today?",
        "decoy: a message with straight apostrophes only, so Facebook's escaping leaves it clean",
        after=240,
    )
    doc.t(
        kelsey,
        f"I{RSQ}ve been having a really rough week with my flatmates, they{RSQ}re basically ignoring me",
        "mojibake",
    )
    doc.t(page, "That sounds really isolating, especially in your own home. How long has it been like this?")
    doc.t(kelsey, "since i asked them to do the dishes lol. like 2 weeks", "decoy: lol, ASCII only")
    doc.t(
        page,
        "Two weeks of feeling shut out at home is a long time. Have you been able to talk to anyone else about it?",
    )
    doc.t(
        kelsey,
        f"not really. my mum{RSQ}s in Whang\u0101rei and i don{RSQ}t want to worry her \U0001f614",
        "mojibake",
    )
    doc.t(
        page,
        "It's kind of you to want to protect your mum. It also sounds like you could use someone in your corner right "
        "now. Is there a friend you trust nearby?",
    )
    doc.t(kelsey, f"my mate from uni maybe. she{RSQ}s nice", "mojibake")
    doc.t(page, "That could be a good start. Would you like to think together about what you might say to her?")
    doc.t(kelsey, "ok yeah")
    doc.t(page, "Great. We're here until 10pm tonight, so take your time.")
    doc.finish(
        {
            "title": "Kelsey Moana",
            "is_still_participant": True,
            "thread_path": "inbox/kelseymoana_7731094482217653",
            "magic_words": [],
        }
    )
    return doc


# ---------------------------------------------------------------------------
# 13 evaluation log of a counsellor model against simulated clients
# ---------------------------------------------------------------------------
class EvalDoc(Builder):
    def __init__(self, name: str) -> None:
        super().__init__(name, {"prompt": C, "completion": T})
        self.runs: list[dict[str, Any]] = []
        self.pending: list[tuple[Sequence[str], list[tuple[str, str, Sequence[str]]]]] = []

    def run(self, head: dict[str, Any], turns: Sequence[tuple[Any, ...]], kinds: Sequence[str] = ()) -> None:
        """``turns``: (prompt, prompt tags, completion, completion tags, finish_reason)."""
        items = []
        flat: list[tuple[str, str, Sequence[str]]] = []
        for index, (prompt, ptags, completion, ctags, finish) in enumerate(turns):
            items.append({"i": index, "prompt": prompt, "completion": completion, "finish_reason": finish})
            flat.append(("prompt", prompt, ptags))
            flat.append(("completion", completion, ctags))
        self.runs.append({**head, "turns": items})
        self.pending.append((kinds, flat))

    def finish(self, head: dict[str, Any]) -> None:
        self.data = {**head, "runs": self.runs}
        self.add(*json.dumps(self.data, indent=2, ensure_ascii=False).split("\n"))
        lines = iter(sorted(find_lines(self.out, '"prompt": ') + find_lines(self.out, '"completion": ')))
        for kinds, flat in self.pending:
            self.start(kinds)
            for label, text, tags in flat:
                self.record(label, text, next(lines), tags)
        assert next(lines, None) is None

    def check_turn(self, physical: list[str], turn: Turn) -> None:
        head = physical[turn.line - 1].strip().rstrip(",")
        assert json.loads("{" + head + "}") == {turn.label: turn.text}, turn

    def check_file(self, data: str) -> None:
        assert json.loads(data) == self.data


EVAL_LOOP = (
    "That's completely understandable. Let's think about what might make it a little easier. What feels like the "
    "smallest possible first step?"
)


def f13() -> Builder:
    doc = EvalDoc("13_counsellor_model_eval_runs.json")
    model = "acme-counsel-13b-sft-ep3"
    params = {"temperature": 0.7, "max_tokens": 96}
    doc.run(
        {"run_id": "r-0007", "model": model, "params": params, "persona": "postnatal low mood, 31, Manchester"},
        [
            (
                "I had my baby four months ago and everyone says I should be enjoying it. I'm not. I just feel grey.",
                (),
                "Thank you for telling me that. Feeling grey when everyone expects you to be glowing can feel very "
                "isolating. What does a grey day look like for you?",
                (),
                "stop",
            ),
            (
                "Feed, change, rock him, repeat. I don't leave the house most days. I "
                "used to love going to the market.",
                (),
                "It sounds like the things that used to give you a lift have quietly dropped away. In CBT we sometimes "
                "look at small activities that bring a bit of pleasure or a sense of achievement. What did you enjoy "
                "about the market?",
                (),
                "stop",
            ),
            (
                "The noise, the food stalls. Chatting to the fish man. He always called me 'love'.",
                ("decoy: a quoted word inside a client turn",),
                "Would it be possible to take the baby to the market one morning this week, just for twenty minutes?",
                (),
                "stop",
            ),
            ("Maybe. The pram's a nightmare on the bus though.", (), EVAL_LOOP, ("repetition_loop",), "stop"),
            ("I suppose I could walk there. It's about twenty minutes.", (), EVAL_LOOP, ("duplicate_turn",), "stop"),
            (
                "Why do you keep saying the same thing?",
                ("decoy: the simulated client notices the loop, clean itself",),
                "That's completely understandable! Let's think about what might make it a little bit easier. What "
                "feels like the smallest possible first step?",
                ("near_duplicate_turn",),
                "stop",
            ),
        ],
    )
    doc.run(
        {"run_id": "r-0008", "model": model, "params": params, "persona": "panic on the MRT, 22, Singapore"},
        [
            (
                "My heart starts pounding on the MRT and I'm sure I'm going to faint. I've started taking the bus "
                "instead, even though it takes forty minutes longer.",
                (),
                "Sure! Here's how the therapist might respond:\n\nIt sounds like the MRT has become linked with a "
                "really frightening feeling, and avoiding it makes sense in the short term. What do you think would "
                "happen if you stayed on the train when your heart started pounding?",
                ("meta_text",),
                "stop",
            ),
            (
                "I'd faint. Or have a heart attack. My doctor checked my heart and said it's fine, but still.",
                (),
                "That's a really important piece of information. Your doctor has checked, and your heart is healthy. "
                "In panic, the racing heart is the body's alarm system: uncomfortable, but not dangerous. Have you "
                "ever actually fainted during one of these episodes?",
                (),
                "stop",
            ),
            (
                "No. Never. I always get off at the next station.",
                (),
                "So getting off might be doing a lot of work in keeping the fear going, because you never get to find "
                "out what happens if you stay. One thing we could try together is",
                ("truncated_turn",),
                "length",
            ),
            (
                "Try what? Sorry, I think your message got cut off.",
                ("decoy: the simulated client mentions the cut, clean itself",),
                "Sorry about that. We could try staying on for one extra stop, and noticing what your body does, "
                "without getting off. How does that sound?",
                (),
                "stop",
            ),
            (
                "Scary lah. But okay, one stop.",
                ("decoy: Singapore English (lah)",),
                "One stop is a brave experiment. Afterwards, write down what you predicted and what actually happened, "
                "and we'll look at it together next time.",
                (),
                "stop",
            ),
        ],
    )
    doc.run(
        {"run_id": "r-0009", "model": model, "params": params, "persona": "anger at work, 38, Lagos"},
        [
            (
                "My boss humiliated me in front of the whole team again today. I wanted to throw my laptop at him. I'm "
                "scared of how angry I get.",
                (),
                "As an AI language model, I cannot provide counselling or mental health support. If you are concerned "
                "about your anger, please consult a qualified professional.",
                ("refusal",),
                "stop",
            ),
            (
                "Okay. I just needed to talk to someone before I go home to my wife.",
                (),
                "I'm glad you told me. Feeling that angry after being humiliated in front of others makes sense. What "
                "did you do with the anger after the meeting?",
                (),
                "stop",
            ),
            (
                "I went to the car park and sat in the car for thirty minutes. I didn't say anything to him.",
                (),
                "So even while you were furious, you chose to step away. That took real self-control. What helped you "
                "do that?",
                (),
                "stop",
            ),
            (
                "I thought of my daughter. I don't want her to see me the way I saw my father.",
                (),
                "That's a powerful reason. It sounds like being a different kind of father really matters to you. As a "
                "therapist I can't tell you how to handle your boss, but we can look at what you want to do the next "
                "time this happens.",
                ("decoy: 'I can't' inside an engaged therapist reply, not a refusal",),
                "stop",
            ),
        ],
    )
    doc.finish({"eval_name": "counsel-sim-v3", "created": "2024-05-02T10:14:55Z", "judge": None})
    return doc


BUILDERS = [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13]


# ---------------------------------------------------------------------------
# self-checks (of this writer, not of any detector)
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    text = text.lower().replace(RSQ, "'").replace(LSQ, "'")
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def similar(a: str, b: str) -> bool:
    return difflib.SequenceMatcher(None, norm(a), norm(b), autojunk=False).ratio() > 0.85


def check_repeats(doc: Builder) -> None:
    """Every same-role repeat of a turn longer than three words in a session is marked, and every mark is real."""
    for session in doc.sessions:
        seen: list[Turn] = []
        for turn in session.turns:  # in spoken order (the Messenger file is written newest first)
            if turn.role == X:
                continue
            earlier = [t for t in seen if t.role == turn.role]
            exact = any(t.text == turn.text for t in earlier)
            close = any(similar(t.text, turn.text) for t in earlier)
            marked = set(turn.kinds) & REPEAT_KINDS
            if len(norm(turn.text).split()) > 3 and (exact or close):
                assert marked, f"{doc.name}:{turn.line} unmarked repeat {turn.text[:50]!r}"
            if "duplicate_turn" in turn.kinds:
                assert exact, f"{doc.name}:{turn.line} duplicate_turn without an exact earlier turn"
            if "near_duplicate_turn" in turn.kinds:
                assert close and not exact, f"{doc.name}:{turn.line} bad near duplicate"
            if "repetition_loop" in turn.kinds:
                later = session.turns[session.turns.index(turn) + 1 :]
                copies = [t for t in later if t.role == turn.role and similar(t.text, turn.text)]
                assert len(copies) >= 2, f"{doc.name}:{turn.line} loop repeated fewer than three times"
                assert all(set(t.kinds) & REPEAT_KINDS for t in copies), f"{doc.name}:{turn.line} unmarked copy"
            seen.append(turn)


def check_sessions(docs: Sequence[Builder]) -> None:
    """Exactly the sessions whose (role, text) sequence already occurred (earlier in the file, or in a file whose
    name sorts earlier) are marked duplicate_session."""
    first_seen: set[tuple[tuple[str, str], ...]] = set()
    for doc in sorted(docs, key=lambda d: d.name):
        for session in doc.sessions:
            content = tuple((t.role, t.text) for t in session.turns)
            assert content, (doc.name, "empty session")
            assert (content in first_seen) == ("duplicate_session" in session.kinds), (doc.name, session.turns[0].line)
            first_seen.add(content)


def check_written(doc: Builder, out: Path) -> list[str]:
    """Re-read the written file and check that every turn's line holds that turn's label (and text)."""
    data = (out / doc.name).read_bytes().decode("utf-8")
    assert data.endswith(doc.eol)
    if doc.eol == "\r\n":
        assert "\n" not in data.replace("\r\n", "")
    else:
        assert "\r" not in data
    physical = data[: -len(doc.eol)].split(doc.eol)
    assert physical == doc.lines(), doc.name
    assert len(data.splitlines()) == len(physical), f"{doc.name}: a character splits lines unexpectedly"
    turn_lines = {t.line for s in doc.sessions for t in s.turns}
    for line, kind in doc.truth:
        assert line in turn_lines, (doc.name, line, kind)
    for session in doc.sessions:
        for turn in session.turns:
            doc.check_turn(physical, turn)
    doc.check_file(data)
    return physical


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or (len(argv) == 3 and argv[2] != "--show"):
        print("usage: python blind/eighth_defect_cases.py OUT_DIR [--show]", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    docs: list[Builder] = [build() for build in BUILDERS]
    assert len({doc.name for doc in docs}) == len(docs)
    rows: list[tuple[str, int, str]] = []
    decoys = 0
    for doc in docs:
        (out / doc.name).write_bytes(doc.render())
        check_repeats(doc)
        physical = check_written(doc, out)
        rows.extend((doc.name, line, kind) for line, kind in doc.truth)
        decoys += len(doc.decoys)
        if len(argv) == 3:
            for line, kind in sorted(doc.truth):
                print(f"{doc.name}:{line} {kind:20s} | {physical[line - 1][:110]}")
    check_sessions(docs)
    assert len(set(rows)) == len(rows), "duplicate truth rows"
    rows.sort()
    with (out / "truth.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "line", "defect_type"])
        writer.writerows(rows)
    counts = Counter(kind for _, _, kind in rows)
    assert set(counts) == KINDS and min(counts.values()) >= 3, counts
    assert 12 <= len(docs) <= 13 and 40 <= len(rows) <= 55 and decoys >= len(rows), (len(docs), len(rows), decoys)
    print(f"wrote {len(docs)} files and {len(rows)} truth rows to {out}")
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    print(f"decoys: {decoys}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
