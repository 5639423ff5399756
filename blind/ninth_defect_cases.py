"""Ninth set of blind defect cases for the transcript-cleaning product.

Written without reading any detector, flow, synthetic-data, test or benchmark code (only the docstring at the
top of benchmarks/blind_defects.py, the eight earlier case writers, for the interface and for the export styles
they already used, and /work/shared/README.md). The truth was fixed from the text written here, before any run of
the product, and was never tuned against it. Run as

    python blind/ninth_defect_cases.py OUT_DIR

to write 14 transcript files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR
(``--show`` after OUT_DIR also prints every truth row next to the line it names).

The files, all in export shapes the eight earlier sets did not use:

* ``01_aws_transcribe_mi_call.json``: the output of an AWS Transcribe batch job with speaker identification on a
  telehealth motivational-interviewing call (Australia), re-indented by the clinic's script so that every object
  of ``results.speaker_labels.segments`` and of ``results.items`` sits on a line of its own. There are no words in
  the segments: a turn's words are the ``pronunciation`` and ``punctuation`` items of its speaker inside its time
  span (punctuation items carry no times and attach to the word before them). ``spk_0`` is the counsellor,
  ``spk_1`` the client, ``spk_2`` the client's partner walking through the room. The call drops at the end.
* ``02_llama3_rendered_dialogues.txt``: a synthetic CBT set rendered with the Llama-3 chat template as plain text
  (``tokenizer.apply_chat_template(..., tokenize=False)`` printed with a blank line between conversations):
  ``<|begin_of_text|>``, then per message ``<|start_header_id|>ROLE<|end_header_id|>``, a blank line, the content
  and ``<|eot_id|>``. Because the template puts no newline after ``<|eot_id|>``, the header of the next message
  stands at the END of the last line of the message before it. ``user`` is the client, ``assistant`` the
  therapist; the ``system`` message is not a turn.
* ``03_textline_pg_dump.sql``: a PostgreSQL ``pg_dump`` (plain format) of a New Zealand text line's database:
  ``SET`` lines, DDL, then ``COPY public.conversations ... FROM stdin;`` and ``COPY public.messages (id,
  conversation_id, sender_role, body, sent_at) FROM stdin;``, one tab-separated row a line (``\\N`` for NULL,
  ``\\n`` for a newline inside a body), each block closed by ``\\.``. A session is a ``conversation_id``.
  ``system`` rows are not turns; ``supervisor`` is neither counsellor nor texter. One row was redacted by hand in
  an editor that turned its tabs into spaces. One conversation was imported from a partner service's CSV that had
  been read as Windows-1252, so its messages with curly apostrophes are garbled.
* ``04_discord_listening_room.txt``: a DiscordChatExporter plain-text export of a student peer-listening room: a
  banner with guild, channel and topic, then for each message a line ``[14-Mar-24 07:02 PM] Author`` with the
  content below, ``{Attachments}`` and ``{Reactions}`` blocks, a blank line, and a closing banner. ``Joined the
  server.`` and ``Pinned a message.`` are Discord system notices written under a user's name: not turns.
* ``05_slack_wellbeing_2024-03-07.json``: one day file of a Slack export (a private shared channel between an
  EAP counsellor and an employee): a JSON array with an indent of four spaces, non-ASCII as ``\\u`` escapes and
  ``/`` as ``\\/``, as Slack writes it. Each message has ``text``, ``user``, a ``user_profile`` and ``blocks``
  that repeat the text; ``channel_join`` messages and a calendar bot's ``bot_message`` are not turns.
* ``06_grief_roleplay_take3.ass``: an Advanced SubStation Alpha subtitle script made in Aegisub for a training
  video (UTF-8 with a byte-order mark, CRLF): ``[Script Info]``, styles, then ``[Events]`` with one
  ``Dialogue: Layer,Start,End,Style,Name,MarginL,MarginR,MarginV,Effect,Text`` a line. The ``Name`` field is the
  speaker; ``Comment:`` events and ``Caption`` title cards (no name) are not turns; ``\\N`` is a line break inside
  a subtitle and ``{...}`` an override tag. One line was typed by hand with a field missing.
* ``07_bereavement_transcripts.rtf``: a WordPad RTF file from a transcriber (ASCII, CRLF), one paragraph a line
  ending in ``\\par``, a turn as ``\\b Counsellor:\\b0  text``; curly quotes as ``\\rquote``, other characters as
  ``\\'e9`` or ``\\u275?``. Session 2 was pasted from a portal export that had turned UTF-8 bytes into Windows-1252
  characters, so its curly apostrophes read ``\\'e2\\'80\\'99`` (``â€™``).
* ``08_sms_backup_youth_service.xml``: an Android "SMS Backup & Restore" file of a youth worker's work phone: one
  ``<sms ... />`` element a line, ``type="2"`` sent by the phone's owner (the counsellor), ``type="1"`` received
  (the young person); a session is a thread (``address``). The backup was interrupted: the last line stops in the
  middle of an element and the root is never closed.
* ``09_generation_notebook.ipynb``: a Jupyter notebook (nbformat 4, indent of one space, keys sorted) that
  generated three dialogues; the dialogues are the ``stdout`` stream of the last cell, one printed line a JSON
  string on a line of its own, each dialogue opened by a ``=== dialogue N | ... ===`` line. The prompt template in
  a code cell, the markdown cell and the ``stderr`` progress bar are not turns.
* ``10_thesis_appendix_transcripts.tex``: a LaTeX thesis appendix saved as Windows-1252 (``inputenc`` latin1):
  ``\\section`` headings, ``description`` lists with one ``\\item[Th:] text`` turn a line, ``%`` comment lines.
  One human session (``Th:``/``P04:``) and two simulated sessions reproduced "verbatim, including errors"
  (``Therapist:``/``Client:``).
* ``11_group_supervision_notes.org``: an Emacs org-mode file of group-supervision notes: ``#+`` keywords,
  headings, property drawers, and transcript excerpts as description lists ``- Counsellor :: text`` (a turn can
  run on over indented continuation lines); plain list items under ``** Discussion`` are not turns.
* ``12_rasa_tracker_export.json``: a Rasa conversation tracker fetched from the REST API and pretty-printed by
  ``python -m json.tool`` in Windows PowerShell 5, whose redirection writes UTF-16 LE with a byte-order mark and
  CRLF. ``events`` of type ``user`` (the client) and ``bot`` (a CBT self-help bot, the therapist role) are turns;
  ``action``, ``slot`` and ``session_started`` events are not, and ``session_started`` opens a new session. The
  ``latest_message`` block near the top repeats the last user message and is not a turn.
* ``13_irc_listening_room.log``: an irssi log of a volunteer listening channel: ``--- Log opened`` lines,
  ``-!-`` join, mode and quit lines (not turns), and ``HH:MM <@nick> text`` messages. The log is UTF-8, except that
  the client's IRC program sent ISO-8859-1, so her accented letters are single bytes that are not valid UTF-8.
* ``14_refi_qda_project.qde``: the project XML of a REFI-QDA export from a qualitative-analysis tool: users, a
  code book, then ``<TextSource>`` elements whose ``<PlainTextContent>`` holds the transcript as plain text, one
  ``Label: text`` turn a line (the first line of the content shares its line with the opening tag), followed by
  ``<PlainTextSelection>`` codings whose ``name`` quotes part of a turn (not a turn), and a ``<Notes>`` memo (not
  a turn). Source 1 is session 1 of 07 imported again; source 2 is an interpreter-mediated session.

Unusual or hard: 01 (turns rebuilt from word items, a third voice), 02 (a header sharing its line with the end of
the turn before), 03 (a hand-edited COPY row, a conversation with the roles swapped, a garbled import), 07 (RTF
escapes of correct and of garbled characters), 10 (a Windows-1252 file with a UTF-8 paste in it), 12 (UTF-16 and a
bot's fallback loop), 13 (single invalid bytes in a UTF-8 file), 14 (the duplicate of 07's session 1 in another
layout).

Every line number is a 1-based line of the written file (after decoding it: UTF-8, or UTF-16 for 12, or
Windows-1252 for 10; an invalid byte in 13 decodes to one replacement character and does not change the line
count; ``\\r\\n`` and ``\\n`` each end one line) and is computed while the file is built:

* a turn-level row points at the line holding the turn's speaker label or its equivalent: in the Transcribe output
  the turn's line in ``speaker_labels.segments``; in the Llama-3 dump the line holding the message's
  ``<|start_header_id|>user<|end_header_id|>`` (or ``assistant``) header, which is also the last line of the
  message before it; in the SQL dump the ``COPY`` row; in the Discord export the ``[date] Author`` line (the
  content is below it); in the Slack export the message's top-level ``"user": ...`` line; in the subtitle script
  the ``Dialogue:`` line; in the RTF file the paragraph with ``\\b Label:\\b0``; in the SMS backup the ``<sms``
  line; in the notebook the line of the JSON string that starts with ``Therapist:``/``Client:``; in the LaTeX
  file the ``\\item[...]`` line; in the org file the ``- Label ::`` line; in the Rasa export the event's
  ``"event": "user"``/``"event": "bot"`` line; in the IRC log the message line; in the REFI-QDA project the line
  inside ``<PlainTextContent>`` where ``Label:`` stands;
* meta text inside a turn is marked at the turn's line; an unlabelled line of generation residue printed between
  turns (the notebook) is a ``meta_text`` row at its own line;
* ``unparseable_line`` is marked at the line that cannot be read as a record of its layout (a ``COPY`` row with
  spaces for tabs, a ``Dialogue:`` line with nine fields, the SMS element cut off by the end of the file); such a
  line is not a turn;
* ``encoding_error`` is marked at the turn whose line holds bytes that are not valid in the file's encoding (13);
  text that decodes validly but was garbled upstream is ``mojibake`` instead, marked on every garbled turn;
* a session-level row (a whole session written with the labels swapped, a duplicate session) points at the line of
  the session's first turn (in the SQL dump the conversation's first non-system row);
* a repetition loop is marked as in the earlier writers: ``repetition_loop`` on the first occurrence of the
  repeated turn, ``duplicate_turn`` or ``near_duplicate_turn`` on every later copy.

Which copy of a duplicated session is marked: the later one, i.e. the later conversation in the same file (02's
fourth conversation repeats its first), or the copy in the file whose name sorts later (14's first source, not
07's session 1).

Not turns: Transcribe job metadata, the full ``transcripts`` string and the word items; the Llama-3 ``system``
message; SQL comments, ``SET`` lines, DDL, the ``conversations`` rows and ``system`` rows; Discord banners,
attachment and reaction blocks and system notices; Slack ``channel_join`` and ``bot_message`` messages and
``blocks``; ASS sections, styles, ``Comment:`` events and ``Caption`` cards; RTF header groups, headings and the
session's details line; the SMS header and root element; notebook metadata, markdown and code cells, the
``stderr`` stream and the ``=== dialogue`` lines; LaTeX headings, prose and ``%`` comments; org keywords,
headings, drawers, prose and ``Discussion`` items; Rasa tracker fields, ``latest_message`` and non-turn events;
IRC log, join, mode, part and quit lines; REFI-QDA users, codes, selections and notes. A speaker outside the
therapist/client roles (the partner in 01, the shift supervisor in 03, the Discord moderator, a stranger joining
the IRC channel, the interpreter in 14) speaking a turn is ``unknown_speaker``.

Turns that look suspicious but are clean (decoys) carry a ``decoy: ...`` tag here; the tag never reaches the
truth, and the number of decoys is printed. Standard library only.
"""

from __future__ import annotations

import codecs
import csv
import difflib
import json
import re
import sys
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
    "unparseable_line",
    "duplicate_session",
    "encoding_error",
}
REPEAT_KINDS = {"duplicate_turn", "near_duplicate_turn"}
LINE_KINDS = {"meta_text", "unparseable_line"}  # kinds that may sit on a line that holds no turn

T, C, X = "T", "C", "?"  # therapist role, client role, nobody's role

RSQ = "\u2019"
LSQ = "\u2018"
LDQ = "\u201c"
RDQ = "\u201d"
MDASH = "\u2014"
NDASH = "\u2013"

# character sequences that only appear in these files when a turn is deliberately garbled
MOJIBAKE_MARKERS = (
    "\u00e2\u20ac",  # UTF-8 read as cp1252: U+2019 -> "a-circumflex, euro sign, trade mark"
    "\u00c3",
    "\u00c2",
    "\u00c4\u0081",  # a-macron read as cp1252 (0x81 has no cp1252 character)
    "\ufffd",
)


def cp1252_moji(text: str) -> str:
    """UTF-8 bytes read as Windows-1252 (bytes cp1252 leaves undefined kept as the same code point)."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


def latin1_bytes(text: str) -> str:
    """``text`` sent as ISO-8859-1 into a UTF-8 file: accented letters become lone invalid bytes, which are kept
    here as surrogate escapes (written back as the raw byte)."""
    return text.encode("latin-1").decode("utf-8", errors="surrogateescape")


def has_raw_bytes(text: str) -> bool:
    return any(0xDC80 <= ord(ch) <= 0xDCFF for ch in text)


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

    def __init__(self, name: str, roles: dict[str, str], eol: str = "\n", encoding: str = "utf-8") -> None:
        assert encoding in ("utf-8", "utf-8-sig", "utf-16", "cp1252", "ascii"), encoding
        self.name = name
        self.roles = roles
        self.eol = eol
        self.encoding = encoding
        self.out: list[str] = []
        self.truth: list[tuple[int, str]] = []
        self.decoys: list[tuple[int, str]] = []
        self.sessions: list[Session] = []
        self.keys: dict[Any, Session] = {}
        self.current: Session | None = None
        self.line_rows: set[int] = set()  # lines marked with a line-level kind (no turn on them)

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
        assert (line, kind) not in self.truth, f"{self.name}:{line} {kind} twice"
        self.truth.append((line, kind))

    def record(self, label: str, text: str, line: int, tags: Sequence[str], key: Any = None) -> None:
        assert label in self.roles, (self.name, label)
        session = self.keys[key] if key is not None else self.current
        assert session is not None
        kinds, decoys = split_tags(tags)
        assert not set(kinds) & {"role_inversion", "duplicate_session"}, "session-level kinds go on the session"
        if "mojibake" in kinds:
            assert any(marker in text for marker in MOJIBAKE_MARKERS), text
        else:
            assert not any(marker in text for marker in MOJIBAKE_MARKERS), f"unmarked garbling: {text[:60]!r}"
        assert ("encoding_error" in kinds) == has_raw_bytes(text), (self.name, line)
        if "empty_turn" in kinds:
            assert text == ""
        else:
            assert text.strip(), f"{self.name}:{line} empty text without empty_turn"
        assert (self.roles[label] == X) == ("unknown_speaker" in kinds), (self.name, line)
        turn_kinds = tuple(kinds)
        if not session.turns:  # the first turn of a session carries the session-level rows
            kinds = list(session.kinds) + kinds
        for kind in kinds:
            self._truth(line, kind)
        for note in decoys:
            self.decoys.append((line, note))
        session.turns.append(Turn(label, self.roles[label], text, line, turn_kinds))

    def mark(self, line: int, *tags: str) -> None:
        """A line that is not a turn: a line-level defect (meta text, an unparseable line) or a decoy."""
        kinds, decoys = split_tags(tags)
        assert set(kinds) <= LINE_KINDS, kinds
        for kind in kinds:
            self._truth(line, kind)
            self.line_rows.add(line)
        for note in decoys:
            self.decoys.append((line, note))

    def lines(self) -> list[str]:
        return list(self.out)

    def render(self) -> bytes:
        body = "".join(line + self.eol for line in self.lines())
        if self.encoding == "utf-8-sig":
            return codecs.BOM_UTF8 + body.encode("utf-8")
        if self.encoding == "utf-16":
            return codecs.BOM_UTF16_LE + body.encode("utf-16-le")
        if self.encoding == "utf-8":
            return body.encode("utf-8", errors="surrogateescape")
        return body.encode(self.encoding)

    def decode(self, raw: bytes, errors: str = "surrogateescape") -> str:
        if self.encoding == "utf-8-sig":
            assert raw.startswith(codecs.BOM_UTF8)
            return raw[3:].decode("utf-8")
        if self.encoding == "utf-16":
            assert raw.startswith(codecs.BOM_UTF16_LE)
            return raw[2:].decode("utf-16-le")
        if self.encoding == "utf-8":
            return raw.decode("utf-8", errors=errors)
        return raw.decode(self.encoding)

    # -- self-check of the written file: does each turn's line hold its label (and text)?
    def check_turn(self, physical: list[str], turn: Turn) -> None:
        raise NotImplementedError

    def check_file(self, data: str) -> None:
        pass


def find_lines(lines: Sequence[str], prefix: str) -> list[int]:
    """1-based numbers of the lines whose stripped text starts with ``prefix``, in order."""
    return [number for number, line in enumerate(lines, 1) if line.lstrip().startswith(prefix)]


def compact(obj: Any, ascii_only: bool = False) -> str:
    return json.dumps(obj, ensure_ascii=ascii_only)


# ---------------------------------------------------------------------------
# 01 AWS Transcribe output with speaker labels (turns rebuilt from word items)
# ---------------------------------------------------------------------------
PUNCT = ".,?!"


def rebuild(tokens: Sequence[str]) -> str:
    out = ""
    for token in tokens:
        if token in PUNCT:
            out += token
        else:
            out += (" " if out else "") + token
    return out


class TranscribeDoc(Builder):
    def __init__(self, name: str, roles: dict[str, str]) -> None:
        super().__init__(name, roles)
        self.segments: list[dict[str, Any]] = []
        self.items: list[dict[str, Any]] = []
        self.pending: list[tuple[str, str, Sequence[str], int, int]] = []
        self.clock = 0.54
        self.words = 0
        self.by_line: dict[int, tuple[dict[str, Any], int, int]] = {}

    def t(self, label: str, text: str, *tags: str, pause: float = 0.7) -> None:
        tokens = re.findall(r"[A-Za-z0-9'-]+|[.,?!]", text)
        assert rebuild(tokens) == text, text
        start = self.clock
        first = len(self.items)
        spans: list[dict[str, str]] = []
        for token in tokens:
            if token in PUNCT:
                self.items.append(
                    {
                        "speaker_label": label,
                        "alternatives": [{"confidence": "0.0", "content": token}],
                        "type": "punctuation",
                    }
                )
                continue
            self.words += 1
            begin = self.clock
            self.clock += 0.11 + 0.052 * len(token)
            stamp = {"start_time": f"{begin:.2f}", "speaker_label": label, "end_time": f"{self.clock:.2f}"}
            confidence = f"{0.999 - (self.words * 37 % 11) * 0.017:.3f}"
            self.items.append(
                {**stamp, "alternatives": [{"confidence": confidence, "content": token}], "type": "pronunciation"}
            )
            spans.append(stamp)
            self.clock += 0.03
        end = spans[-1]["end_time"]
        self.segments.append({"start_time": f"{start:.2f}", "speaker_label": label, "end_time": end, "items": spans})
        self.pending.append((label, text, tags, first, len(self.items)))
        self.clock += pause

    def finish(self, job: str, account: str, speakers: int) -> None:
        transcript = " ".join(text for _, text, *_ in self.pending)
        self.data = {
            "jobName": job,
            "accountId": account,
            "results": {
                "transcripts": [{"transcript": transcript}],
                "speaker_labels": {"speakers": speakers, "segments": self.segments},
                "items": self.items,
            },
            "status": "COMPLETED",
        }
        self.add("{", f'  "jobName": {compact(job)},', f'  "accountId": {compact(account)},', '  "results": {')
        self.add('    "transcripts": [', "      {", f'        "transcript": {compact(transcript)}', "      }", "    ],")
        self.add('    "speaker_labels": {', f'      "speakers": {speakers},', '      "segments": [')
        self.start()
        for index, segment in enumerate(self.segments):
            comma = "," if index < len(self.segments) - 1 else ""
            line = self.add(f"        {compact(segment)}{comma}")
            label, text, tags, first, end = self.pending[index]
            self.by_line[line] = (segment, first, end)
            self.record(label, text, line, tags)
        self.add("      ]", "    },", '    "items": [')
        for index, item in enumerate(self.items):
            comma = "," if index < len(self.items) - 1 else ""
            self.add(f"      {compact(item)}{comma}")
        self.add("    ]", "  },", '  "status": "COMPLETED"', "}")

    def check_turn(self, physical: list[str], turn: Turn) -> None:
        segment, first, end = self.by_line[turn.line]
        assert json.loads(physical[turn.line - 1].strip().rstrip(",")) == segment
        assert segment["speaker_label"] == turn.label
        items = self.items[first:end]
        assert all(item["speaker_label"] == turn.label for item in items)
        assert rebuild([item["alternatives"][0]["content"] for item in items]) == turn.text
        timed = [item for item in items if "start_time" in item]
        if timed:
            assert timed[0]["start_time"] == segment["start_time"] and timed[-1]["end_time"] == segment["end_time"]

    def check_file(self, data: str) -> None:
        assert json.loads(data) == self.data


SPK0, SPK1, SPK2 = "spk_0", "spk_1", "spk_2"


def f01() -> Builder:
    doc = TranscribeDoc("01_aws_transcribe_mi_call.json", {SPK0: T, SPK1: C, SPK2: X})
    doc.t(SPK0, "Okay, I think we're connected now. Can you hear me all right, Shane?")
    doc.t(SPK1, "Yeah, yeah, I can hear you.")
    doc.t(
        SPK0,
        "Great. So last time you said you'd keep a note of your drinks across the week. How did that go?",
    )
    doc.t(
        SPK1,
        "I did it, mostly. It was, uh, more than I thought. Like, Thursday to Sunday it was probably eight or nine "
        "cans a night.",
    )
    doc.t(SPK0, "Mm-hmm.", "decoy: a backchannel, repeated exactly later")
    doc.t(
        SPK1,
        "And I, I, I kind of knew that, but seeing it written down was different.",
        "decoy: a spoken stutter (I, I, I) kept by the recogniser",
    )
    doc.t(SPK0, "What was different about seeing it written down?")
    doc.t(
        SPK1,
        "It made it real, I guess. My daughter saw the notebook on the bench and asked what the numbers were.",
    )
    doc.t(SPK0, "Mm-hmm.", "decoy: the same backchannel again")
    doc.t(SPK1, "I told her it was footy tipping.")
    doc.t(
        SPK0,
        "So part of you wanted to protect her from it, and part of you was noticing something you weren't "
        "comfortable with.",
    )
    doc.t(SPK1, "Yeah. Exactly that.")
    doc.t(SPK2, "Sorry, sorry, I'm just grabbing the car keys. Bye, love.", "unknown_speaker")
    doc.t(SPK1, "That's Dean, my partner. He's off to work. Sorry about that.")
    doc.t(SPK0, "No worries at all. On a scale of zero to ten, how important is it to you right now to cut back?")
    doc.t(
        SPK1,
        "Maybe a seven. If I'm honest, the thing that scares me is if I stop completely then",
        "decoy: the client is interrupted mid-sentence and the counsellor picks up his words",
        pause=0.1,
    )
    doc.t(SPK0, "Then what would happen?")
    doc.t(SPK1, "Then I don't know how I'd switch off after work. That's the bit I can't picture.")
    doc.t(SPK0, "A seven is pretty high. Why a seven and not, say, a four?")
    doc.t(SPK1, "Because of the kids. I don't want them growing up thinking that's normal.")
    doc.t(
        SPK0,
        "You want something different for them. Before we go on, I'll mention that the National Alcohol and Other "
        "Drug Hotline is on 1800 250 015, day or night, if you want to talk to someone between our calls. Now, what's "
        "one thing that might help you switch off after work that isn't a can?",
        "decoy: a helpline number given inside real counselling, not a hotline-only reply",
    )
    doc.t(
        SPK1,
        "Maybe the gym. I used to go before the kids. Or even just a walk with the dog when I get home, before I go "
        "near the fridge.",
    )
    doc.t(SPK0, "That's a really concrete idea. What would make the walk more likely to happen?")
    doc.t(
        SPK1,
        "I reckon if I leave the lead by the door and I don't sit down first, because once I sit down I'm",
        "truncated_turn",
    )
    doc.finish("tele-mi-2024-03-05-1400-sh", "381491275530", 3)
    return doc


# ---------------------------------------------------------------------------
# 02 Llama-3 chat template rendered as text
# ---------------------------------------------------------------------------
def llama3_header(role: str) -> str:
    return f"<|start_header_id|>{role}<|end_header_id|>\n\n"


EOT = "<|eot_id|>"


class Llama3Doc(Builder):
    def __init__(self, name: str) -> None:
        super().__init__(name, {"user": C, "assistant": T})
        self.convs: list[tuple[Sequence[str], str, Sequence[tuple[str, ...]]]] = []

    def conv(self, system: str, turns: Sequence[tuple[str, ...]], kinds: Sequence[str] = ()) -> None:
        self.convs.append((kinds, system, turns))

    def finish(self) -> None:
        text = ""
        placed: list[tuple[int, str, str, Sequence[str], int]] = []
        for index, (_, system, turns) in enumerate(self.convs):
            if index:
                text += "\n\n"
            text += "<|begin_of_text|>"
            if system:
                text += llama3_header("system") + system + EOT
            for label, body, *tags in turns:
                line = text.count("\n") + 1  # the header starts on the line the text has reached
                text += llama3_header(label) + body + EOT
                placed.append((index, label, body, tags, line))
        self.text = text
        self.add(*text.split("\n"))
        current = -1
        for index, label, body, marks, line in placed:
            if index != current:
                self.start(self.convs[index][0])
                current = index
            self.record(label, body, line, marks)

    def check_turn(self, physical: list[str], turn: Turn) -> None:
        assert physical[turn.line - 1].endswith(f"<|start_header_id|>{turn.label}<|end_header_id|>"), turn

    def check_file(self, data: str) -> None:
        assert data == self.text + "\n"
        found = []
        for conv in data.split("<|begin_of_text|>")[1:]:
            messages = re.findall(r"<\|start_header_id\|>(\w+)<\|end_header_id\|>\n\n(.*?)<\|eot_id\|>", conv, re.S)
            found.append([(role, body) for role, body in messages if role != "system"])
        written = [[(t.label, t.text) for t in s.turns] for s in self.sessions]
        assert found == written


LLAMA_SYSTEM = (
    "Cutting Knowledge Date: December 2023\nToday Date: 26 Jul 2024\n\nYou are Sage, a warm and skilled CBT "
    "therapist. Reply in two to four sentences, reflect the client's feelings, and ask one question at a time."
)

LLAMA_PERFECTIONISM: list[tuple[str, ...]] = [
    (
        "user",
        "I got 68 on my essay and I've been crying about it all afternoon. Everyone else seems to find uni easy.",
    ),
    (
        "assistant",
        "That sounds like a really painful afternoon. When you say everyone else finds it easy, what are you "
        "noticing that tells you that?",
    ),
    ("user", "They post their marks in the group chat. Nobody posts anything under 70."),
    (
        "assistant",
        "So you're seeing the marks people choose to share. I wonder what the marks look like that don't get posted?",
    ),
    (
        "user",
        "Probably lower, yeah. I even asked ChatGPT to rewrite my introduction before I submitted and it still "
        "wasn't good enough.",
        "decoy: the client talks about using an AI tool",
    ),
    (
        "assistant",
        "It sounds like you tried really hard to make it perfect, even getting extra help. If you let yourself "
        'finish the sentence "A 68 means I\'m...", what comes up?',
        "decoy: quoted speech with a trailing ellipsis inside a therapist turn",
    ),
    ("user", "That I'm not clever enough to be here."),
    (
        "assistant",
        "That's a heavy belief to carry. A 68 is a solid 2:1 here. Could we look at the evidence for and against "
        "that belief together?",
    ),
    ("user", "Okay. Evidence against is that I got into this course and my tutor said my argument was strong."),
    (
        "assistant",
        'Those are two important pieces of evidence. How much do you believe "I\'m not clever enough" now, from '
        "0 to 100?",
    ),
    ("user", "Maybe 60. It was 95 this afternoon."),
]

LLAMA_LOOP = (
    "I hear you. Grief doesn't follow a timetable, and there's no right way to feel. Would you like to tell me "
    "more about your dad?"
)


def f02() -> Builder:
    doc = Llama3Doc("02_llama3_rendered_dialogues.txt")
    doc.conv(LLAMA_SYSTEM, LLAMA_PERFECTIONISM)
    doc.conv(
        LLAMA_SYSTEM,
        [
            ("user", "My dad died in March and I still can't go into his shed. Mum wants me to clear it out."),
            (
                "assistant",
                "Sure! Here is the next therapist response in the conversation:\n\nI'm so sorry about your dad. A "
                "shed can hold so many memories. What happens for you when you think about going in there?",
                "meta_text",
            ),
            ("user", "I can smell his tobacco and the oil from his bikes. It's like he's just stepped out."),
            (
                "assistant",
                "I'm sorry, but I can't continue with this conversation. Grief can be very complex, and it's "
                "important to speak with a qualified mental health professional who can provide the support you "
                "need.",
                "refusal",
            ),
            ("user", "Oh. Okay. I thought that was what this was."),
            ("assistant", LLAMA_LOOP, "repetition_loop"),
            ("user", "He was a mechanic. He taught me to ride a motorbike when I was nine. Mum hated it."),
            ("assistant", LLAMA_LOOP, "duplicate_turn"),
            ("user", "I just did tell you about him.", "decoy: the client notices the repetition, clean itself"),
            (
                "assistant",
                "I hear you. Grief doesn't follow a timetable, and there is no right way to feel. Would you like to "
                "tell me a bit more about your dad?",
                "near_duplicate_turn",
            ),
        ],
    )
    doc.conv(
        LLAMA_SYSTEM,
        [
            ("user", "Thanks for coming in today. What would you like to focus on this week?"),
            (
                "assistant",
                "Mostly work, I think. There's a team dinner on Friday and I've been dreading it since Monday.",
            ),
            ("user", "What goes through your mind when you picture the dinner?"),
            ("assistant", "That I'll sit there with nothing to say and everyone will think I'm boring."),
            ("user", "If you did go quiet for a bit, what would that mean about you?"),
            ("assistant", "That I'm the odd one out. That I don't belong there."),
            (
                "user",
                "That sounds like a belief that's been around for a while. Shall we test it with a small experiment "
                "on Friday?",
            ),
            ("assistant", "I suppose. As long as I don't have to give a speech."),
        ],
        kinds=("role_inversion",),
    )
    doc.conv(LLAMA_SYSTEM, plain(LLAMA_PERFECTIONISM), kinds=("duplicate_session",))
    doc.finish()
    doc.mark(1, "decoy: the system message (a persona prompt), not a turn")
    return doc


# ---------------------------------------------------------------------------
# 03 PostgreSQL pg_dump with COPY blocks
# ---------------------------------------------------------------------------
def copy_field(value: str | None) -> str:
    if value is None:
        return "\\N"
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def copy_unescape(value: str) -> str | None:
    if value == "\\N":
        return None
    table = {"\\": "\\", "n": "\n", "r": "\r", "t": "\t"}
    return re.sub(r"\\(.)", lambda m: table[m.group(1)], value)


class PgDoc(Builder):
    def __init__(self, name: str) -> None:
        super().__init__(name, {"counsellor": T, "texter": C, "supervisor": X})
        self.next_id = 1038
        self.clock = datetime(2024, 2, 19, 21, 4, 11)
        self.rows: dict[int, tuple[str | None, ...]] = {}
        self.bad: set[int] = set()

    def row(self, values: Sequence[str | None]) -> int:
        line = self.add("\t".join(copy_field(v) for v in values))
        self.rows[line] = tuple(values)
        return line

    def msg(self, conv: int, role: str, body: str, *tags: str, after: int = 70) -> int:
        self.next_id += 1
        self.clock += timedelta(seconds=after)
        line = self.row([str(self.next_id), str(conv), role, body, f"{self.clock:%Y-%m-%d %H:%M:%S}+13"])
        if role == "system":
            self.mark(line, *tags)
        else:
            self.record(role, body, line, tags, key=conv)
        return line

    def hand_edited(self, conv: int, role: str, body: str, after: int = 70) -> None:
        """A row whose tabs an editor turned into spaces: one field, not five."""
        self.next_id += 1
        self.clock += timedelta(seconds=after)
        line = self.add(f"{self.next_id} {conv} {role} {body} {self.clock:%Y-%m-%d %H:%M:%S}+13")
        self.bad.add(line)
        self.mark(line, "unparseable_line")

    def check_turn(self, physical: list[str], turn: Turn) -> None:
        fields = [copy_unescape(f) for f in physical[turn.line - 1].split("\t")]
        assert len(fields) == 5 and fields[2] == turn.label and fields[3] == turn.text, turn

    def check_file(self, data: str) -> None:
        lines = data.split("\n")
        start = lines.index("COPY public.messages (id, conversation_id, sender_role, body, sent_at) FROM stdin;")
        end = lines.index("\\.", start)
        for number in range(start + 2, end + 1):
            cells = lines[number - 1].split("\t")
            assert (len(cells) == 5) == (number not in self.bad), number
            if number not in self.bad:
                assert tuple(copy_unescape(c) for c in cells) == self.rows[number]


def f03() -> Builder:
    doc = PgDoc("03_textline_pg_dump.sql")
    doc.add(
        "--",
        "-- PostgreSQL database dump",
        "--",
        "",
        "-- Dumped from database version 15.6 (Debian 15.6-1.pgdg120+2)",
        "-- Dumped by pg_dump version 16.2",
        "",
        "SET statement_timeout = 0;",
        "SET lock_timeout = 0;",
        "SET idle_in_transaction_session_timeout = 0;",
        "SET client_encoding = 'UTF8';",
        "SET standard_conforming_strings = on;",
        "SELECT pg_catalog.set_config('search_path', '', false);",
        "SET check_function_bodies = false;",
        "SET xmloption = content;",
        "SET client_min_messages = warning;",
        "SET row_security = off;",
        "",
        "SET default_tablespace = '';",
        "",
        "SET default_table_access_method = heap;",
        "",
        "--",
        "-- Name: conversations; Type: TABLE; Schema: public; Owner: textline",
        "--",
        "",
        "CREATE TABLE public.conversations (",
        "    id integer NOT NULL,",
        "    channel text NOT NULL,",
        "    opened_at timestamp with time zone NOT NULL,",
        "    closed_at timestamp with time zone,",
        "    outcome text",
        ");",
        "",
        "",
        "ALTER TABLE public.conversations OWNER TO textline;",
        "",
        "--",
        "-- Name: messages; Type: TABLE; Schema: public; Owner: textline",
        "--",
        "",
        "CREATE TABLE public.messages (",
        "    id bigint NOT NULL,",
        "    conversation_id integer NOT NULL,",
        "    sender_role text NOT NULL,",
        "    body text,",
        "    sent_at timestamp with time zone NOT NULL",
        ");",
        "",
        "",
        "ALTER TABLE public.messages OWNER TO textline;",
        "",
        "--",
        "-- Data for Name: conversations; Type: TABLE DATA; Schema: public; Owner: textline",
        "--",
        "",
        "COPY public.conversations (id, channel, opened_at, closed_at, outcome) FROM stdin;",
    )
    line = doc.row(["4471", "sms", "2024-02-19 21:05:21+13", "2024-02-19 21:25:21+13", "resolved"])
    doc.mark(line, "decoy: a conversations row (tab-separated like a message), not a turn")
    doc.row(["4472", "webchat", "2024-02-20 15:21:12+13", "2024-02-20 15:31:42+13", "resolved"])
    doc.row(["4473", "import", "2024-02-11 19:03:50+13", None, None])
    doc.add("\\.", "", "", "--", "-- Data for Name: messages; Type: TABLE DATA; Schema: public; Owner: textline", "--")
    doc.add("", "COPY public.messages (id, conversation_id, sender_role, body, sent_at) FROM stdin;")

    doc.start(key=4471)
    line = doc.msg(4471, "system", "Conversation opened (inbound SMS to 1737)")
    doc.mark(line, "decoy: a system row, not a turn")
    doc.msg(4471, "texter", "hi is this the text line? i dont really know what to say")
    doc.msg(
        4471,
        "counsellor",
        "Kia ora, yes, you've reached the text line. I'm Tom, one of the counsellors. There's no right or wrong way to "
        "start. What's going on for you tonight?",
    )
    doc.msg(4471, "texter", "my partner ended things this afternoon and i cant stop shaking. my heart is going so fast")
    doc.msg(
        4471,
        "counsellor",
        "That sounds like a huge shock, and it makes sense your body is reacting. Are you somewhere safe right now?",
    )
    doc.msg(4471, "texter", "yeah im at my flat. my flatmates are out")
    doc.msg(
        4471,
        "supervisor",
        "Hi, I'm Rhiannon, the shift supervisor. Just letting you know I'm reading along tonight to support Tom. "
        "You're in good hands.",
        "unknown_speaker",
    )
    doc.msg(
        4471,
        "counsellor",
        "Thanks Rhiannon. Would you like to try something that can help slow your heart down a bit? It takes about "
        "a minute.",
    )
    doc.msg(4471, "texter", "ok")
    doc.msg(
        4471,
        "counsellor",
        "Breathe in through your nose for a count of four, hold for a moment, then out slowly through your mouth "
        "for a count of six.\nDo that five times and let me know how you go.",
        "decoy: a newline inside the body, escaped as \\n in the COPY row",
    )
    doc.msg(4471, "texter", "ok did it. a bit better", after=150)
    doc.msg(4471, "counsellor", "Good on you for trying that. Is there someone who could come and be with you tonight?")
    doc.hand_edited(4471, "texter", "[address removed - MK 22/02]")
    doc.msg(4471, "texter", "shes coming over after her shift. around 11")
    doc.msg(
        4471,
        "counsellor",
        "I'm really glad you'll have company. If things feel worse before then, you can text us again any time, and "
        "if you ever feel unsafe, call 111.",
        "decoy: an emergency number given inside real counselling",
    )
    doc.msg(4471, "texter", "thanks tom. honestly this helped")
    doc.msg(4471, "system", "Conversation closed by counsellor")

    doc.clock = datetime(2024, 2, 20, 15, 20, 2)
    doc.start(("role_inversion",), key=4472)
    doc.msg(4472, "system", "Conversation opened (web chat)")
    doc.msg(
        4472,
        "texter",
        "Hi, thanks for reaching out to the text line. I'm Aroha. What's been happening for you?",
    )
    doc.msg(
        4472,
        "counsellor",
        "exams start monday and i havent studied properly. my parents think im going to get excellence in everything",
    )
    doc.msg(
        4472,
        "texter",
        "That's a lot of pressure to carry into exam week. What do you think would happen if you didn't get "
        "excellence?",
    )
    doc.msg(4472, "counsellor", "theyd be so disappointed. my older brother is at med school")
    doc.msg(
        4472,
        "texter",
        "So it sounds like you're being measured against your brother as well. What would you want your parents to "
        "know about how this is for you?",
    )
    doc.msg(4472, "counsellor", "that im trying. that im not lazy")
    doc.msg(
        4472,
        "texter",
        "That's really important. Would it help to make a small plan for tonight, just the next two hours?",
    )
    doc.msg(4472, "counsellor", "yeah ok")
    doc.msg(4472, "system", "Conversation closed by counsellor")

    doc.clock = datetime(2024, 2, 11, 19, 2, 40)
    doc.start(key=4473)
    line = doc.msg(4473, "system", "Conversation imported from partner service (legacy CSV, batch 2024-02-21)")
    doc.mark(line, "decoy: a system row about the import, not a turn")
    doc.msg(
        4473,
        "texter",
        cp1252_moji(
            f"I{RSQ}m not sure if I should be texting here. My nan passed last week and I{RSQ}m the one holding "
            "everyone together."
        ),
        "mojibake",
    )
    doc.msg(
        4473,
        "counsellor",
        "I'm really sorry about your nan. Being the one who holds everyone together is a lot, especially while you're "
        "grieving too.",
        "decoy: an ASCII-only message inside the garbled conversation, clean",
    )
    doc.msg(
        4473,
        "texter",
        cp1252_moji(f"She raised me. Everyone keeps saying she{RSQ}s at peace but I just feel angry."),
        "mojibake",
    )
    doc.msg(
        4473,
        "counsellor",
        "Anger is a really common part of grief, even though people don't talk about it much. What's the anger "
        "about, do you think?",
    )
    doc.msg(4473, "texter", "", "empty_turn")
    doc.msg(
        4473,
        "texter",
        "sorry that was meant to be a photo of her. the tangi is on saturday",
        "decoy: the texter explains the empty message, a Maori word (tangi)",
    )
    doc.msg(
        4473,
        "counsellor",
        "Thank you for wanting to show me. A tangi can be a time when whanau come together, and also when lots of "
        "feelings come up. How are you looking after yourself this week?",
    )
    doc.msg(
        4473,
        "texter",
        cp1252_moji(f"Not really. I haven{RSQ}t eaten properly since Tuesday."),
        "mojibake",
    )
    doc.msg(
        4473,
        "counsellor",
        "That makes sense with everything going on. Could you manage something small tonight, even toast or a cup "
        "of tea?",
    )
    doc.msg(4473, "texter", "yeah ill try")
    doc.add(
        "\\.",
        "",
        "",
        "--",
        "-- Name: conversations conversations_pkey; Type: CONSTRAINT; Schema: public; Owner: textline",
        "--",
        "",
        "ALTER TABLE ONLY public.conversations",
        "    ADD CONSTRAINT conversations_pkey PRIMARY KEY (id);",
        "",
        "",
        "--",
        "-- PostgreSQL database dump complete",
        "--",
        "",
    )
    return doc


# ---------------------------------------------------------------------------
# 04 DiscordChatExporter plain-text export
# ---------------------------------------------------------------------------
BANNER = "=" * 62


class DiscordDoc(Builder):
    def __init__(self, name: str, roles: dict[str, str]) -> None:
        super().__init__(name, roles)
        self.clock = datetime(2024, 3, 14, 19, 1)
        self.count = 0

    def msg(
        self,
        author: str,
        text: str,
        *tags: str,
        after: int = 60,
        attachment: str = "",
        reactions: str = "",
        notice: bool = False,
    ) -> int:
        self.clock += timedelta(seconds=after)
        self.count += 1
        line = self.add(f"[{self.clock:%d-%b-%y %I:%M %p}] {author}", *text.split("\n"))
        if attachment:
            self.add("", "{Attachments}", attachment)
        if reactions:
            self.add("", "{Reactions}", reactions)
        self.add("")
        if notice:
            self.mark(line, *tags)
        else:
            self.record(author, text, line, tags)
        return line

    def check_turn(self, physical: list[str], turn: Turn) -> None:
        assert re.fullmatch(r"\[\d\d-\w\w\w-\d\d \d\d:\d\d [AP]M\] " + re.escape(turn.label), physical[turn.line - 1])
        lines = turn.text.split("\n")
        assert physical[turn.line : turn.line + len(lines)] == lines, turn


AMARA, FOX, JUN = "Amara | Listener", "quietfox", "Jun | Mod"


def f04() -> Builder:
    doc = DiscordDoc("04_discord_listening_room.txt", {AMARA: T, FOX: C, JUN: X})
    doc.add(
        BANNER,
        "Guild: Northgate Uni Peer Listening",
        "Channel: Listening rooms / room-2",
        "Topic: 1:1 listening sessions with trained student volunteers. Logs kept 7 days for supervision.",
        BANNER,
        "",
    )
    doc.start()
    doc.msg(
        FOX, "Joined the server.", "decoy: a Discord system notice under the client's name, not a turn", notice=True
    )
    doc.msg(
        AMARA,
        "Hi quietfox, welcome to room 2 :) I'm Amara, one of the peer listeners. What you say here stays between you "
        "and the listener team. What's on your mind?",
    )
    doc.msg(FOX, "hey. idk where to start honestly")
    doc.msg(AMARA, "That's okay, there's no rush. Sometimes it helps to start with how today has been.")
    doc.msg(FOX, "bad. i failed my stats resit and i have to tell my parents this weekend")
    doc.msg(FOX, "bad. i failed my stats resit and i have to tell my parents this weekend", "duplicate_turn", after=2)
    doc.msg(FOX, "sorry my wifi is being weird lol", "decoy: the client explains the double send", after=8)
    doc.msg(
        AMARA,
        "No worries, it came through! That sounds really stressful, failing the resit and then having to tell your "
        "parents.",
    )
    doc.msg(FOX, "yeah. they paid for my summer accommodation so i could revise")
    doc.msg(
        JUN,
        "Reminder for everyone: the server will be down for maintenance from 10pm tonight.",
        "unknown_speaker",
        after=20,
    )
    doc.msg(AMARA, "Sorry about that interruption. It sounds like you feel you've let them down?")
    doc.msg(
        FOX,
        "kind of. my mum is going to do the quiet disappointed thing \U0001f614",
        "decoy: an emoji correctly encoded",
    )
    doc.msg(AMARA, "The quiet disappointed thing sounds hard to sit through. What do you imagine saying to them?")
    doc.msg(
        FOX,
        "that im thinking of switching course? i actually like the psych modules way more",
        "decoy: a message with an attachment block under it",
        attachment="https://cdn.discordapp.com/attachments/1117730462201475112/1217893310553292840/psych_modules.png",
    )
    doc.msg(
        AMARA,
        "That sounds like a real thing to talk to them about, not just the resit.\nWould it help to think through "
        "how that conversation could go?",
        "decoy: a message over two lines",
    )
    doc.msg(FOX, "yeah that would help")
    doc.msg(
        AMARA,
        "Okay \U0001f499 And just so you know, if things ever feel too much outside these sessions, Samaritans are "
        "there 24/7 on 116 123. For now, let's plan what you want to say first.",
        "decoy: a helpline mentioned inside real listening, with an emoji and a reaction block",
        reactions="\U0001f499 (1)",
    )
    doc.msg(FOX, "ok")
    doc.msg(AMARA, "Pinned a message.", "decoy: a Discord system notice under the listener's name", notice=True)
    doc.add(BANNER, f"Exported {doc.count} message(s)", BANNER)
    return doc


# ---------------------------------------------------------------------------
# 05 Slack export, one channel's day file
# ---------------------------------------------------------------------------
class SlackDoc(Builder):
    def __init__(self, name: str, profiles: dict[str, dict[str, Any]], roles: dict[str, str]) -> None:
        super().__init__(name, roles)
        self.profiles = profiles
        self.messages: list[dict[str, Any]] = []
        self.pending: list[tuple[str, str, Sequence[str]] | tuple[str, Sequence[str]]] = []
        self.clock = 1709805600.000100
        self.by_line: dict[int, dict[str, Any]] = {}

    def _ts(self, after: float) -> str:
        self.clock += after
        return f"{self.clock:.6f}"

    def msg(self, uid: str, text: str, *tags: str, after: float = 75.0, raw: str | None = None) -> None:
        """``text`` is Slack's stored (escaped) text; ``raw`` the unescaped text the blocks hold."""
        ts = self._ts(after)
        plain_text = raw if raw is not None else text
        profile = self.profiles[uid]
        self.messages.append(
            {
                "client_msg_id": f"{abs(hash_text(text)) % 16**8:08x}-5c1e-4b9a-9f0d-{len(self.messages):012d}",
                "type": "message",
                "text": text,
                "user": uid,
                "ts": ts,
                "blocks": [
                    {
                        "type": "rich_text",
                        "block_id": f"b{len(self.messages):03d}",
                        "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": plain_text}]}],
                    }
                ],
                "team": profile["team"],
                "user_team": profile["team"],
                "source_team": profile["team"],
                "user_profile": profile,
            }
        )
        self.pending.append((uid, text, tags))

    def join(self, uid: str, tag: str) -> None:
        ts = self._ts(30)
        self.messages.append(
            {
                "type": "message",
                "subtype": "channel_join",
                "ts": ts,
                "user": uid,
                "text": f"<@{uid}> has joined the channel",
            }
        )
        self.pending.append((uid, (tag,)))

    def bot(self, username: str, text: str, after: float = 30.0) -> None:
        ts = self._ts(after)
        self.messages.append(
            {"type": "message", "subtype": "bot_message", "text": text, "ts": ts, "username": username, "bot_id": "B0"}
        )

    def finish(self) -> None:
        self.data = self.messages
        dumped = json.dumps(self.messages, indent=4, ensure_ascii=True).replace("/", "\\/")
        self.add(*dumped.split("\n"))
        user_lines = iter(find_lines(self.out, '"user": '))
        humans = iter(m for m in self.messages if "user" in m)
        self.start()
        for item in self.pending:
            line = next(user_lines)
            self.by_line[line] = next(humans)
            if len(item) == 2:
                self.mark(line, *item[1])
            else:
                uid, text, tags = item
                self.record(uid, text, line, tags)
        assert next(user_lines, None) is None

    def check_turn(self, physical: list[str], turn: Turn) -> None:
        assert physical[turn.line - 1] == f'        "user": "{turn.label}",', turn
        message = self.by_line[turn.line]
        assert message["user"] == turn.label and message["text"] == turn.text and "subtype" not in message

    def check_file(self, data: str) -> None:
        assert json.loads(data) == self.data


def hash_text(text: str) -> int:
    """A stable stand-in for an id (Python's hash() is salted per run)."""
    value = 0
    for ch in text:
        value = (value * 131 + ord(ch)) % (2**31 - 1)
    return value


MAYA, TOM_B = "U05R2KJ7Q3N", "U02HX81LMPA"


def slack_profile(uid: str, first: str, real: str, display: str, team: str, name: str) -> dict[str, Any]:
    return {
        "avatar_hash": f"{hash_text(uid) % 16**12:012x}",
        "image_72": f"https://avatars.slack-edge.com/2023-09-12/{hash_text(real)}_{hash_text(uid) % 10**6}_72.png",
        "first_name": first,
        "real_name": real,
        "display_name": display,
        "team": team,
        "name": name,
        "is_restricted": False,
        "is_ultra_restricted": False,
    }


def f05() -> Builder:
    profiles = {
        MAYA: slack_profile(MAYA, "Maya", "Maya Lindqvist", "Maya (EAP counsellor)", "T04CLEARMIND", "maya.lindqvist"),
        TOM_B: slack_profile(TOM_B, "Tom", "Tom Becker", "tom", "T01ORBITALHQ", "tom.becker"),
    }
    doc = SlackDoc("05_slack_wellbeing_2024-03-07.json", profiles, {MAYA: T, TOM_B: C})
    doc.join(MAYA, "decoy: a channel_join message with a user field, not a turn")
    doc.join(TOM_B, "decoy: a second channel_join message, not a turn")
    doc.bot("Google Calendar", "Reminder: *Wellbeing check-in (Tom B.)* starts in 5 minutes")
    doc.msg(
        MAYA,
        "Hi Tom, thanks for booking in. We've got the next 45 minutes together here. How are you arriving today?",
        after=300,
    )
    doc.msg(TOM_B, "honestly pretty fried. we shipped the release last night at 2am and I'm back on at 9")
    doc.msg(
        MAYA,
        "That's a really long stretch with not much sleep in between. How often is this happening at the moment?",
    )
    doc.msg(
        TOM_B,
        "every release basically. every 3 weeks. Copilot writes half my code now and somehow I'm still working more "
        "hours",
        "decoy: the client talks about an AI coding tool",
    )
    doc.msg(
        MAYA,
        "It sounds like the tools got faster but the expectations grew to match. What's it costing you, outside work?",
    )
    doc.msg(
        TOM_B,
        "I missed Zo\u00eb's school concert last week. she's 7. she didn't say anything but I could tell",
        "decoy: a non-ASCII name written as a \\u escape by Slack, correct after decoding",
    )
    doc.msg(
        MAYA,
        "Here's a warm, empathetic reply you could send:\n\nMissing Zo\u00eb's concert sounds like it really stayed "
        "with you, Tom. It's clear how much she matters to you. What would you want to be different before the "
        "next release?",
        "meta_text",
    )
    doc.msg(
        TOM_B,
        "ha, did you mean to paste that first bit? :sweat_smile: but yeah. I'd want to be home by 6 at least twice "
        "a week",
        "decoy: the client notices the leaked preamble, clean itself (with an emoji shortcode)",
    )
    doc.msg(
        MAYA,
        "You caught me, I keep draft wording in a notes app and copied the heading too. Sorry about that. Home by 6 "
        "twice a week is a clear, concrete goal. Who would need to know about it?",
        "decoy: the counsellor owns up to the paste in her own words, not meta text",
    )
    doc.msg(TOM_B, "my lead, Priya. she's decent, I just never ask for anything")
    doc.msg(MAYA, "What would make it easier to ask?")
    doc.msg(TOM_B, "if I had something written down. I always lose my words in 1:1s")
    doc.msg(
        MAYA,
        "Let's write it together now, then. Try finishing this: *\"I'd like to talk about my hours after releases, "
        'because..."*',
        "decoy: quoted speech in Slack bold inside a counsellor turn",
    )
    doc.msg(TOM_B, "because I'm running on empty and I want to be around for my family. something like that?")
    doc.msg(
        MAYA,
        "That's honest and clear, and I think Priya would hear it. :slightly_smiling_face: Shall we check in on "
        "Thursday to see how it went?",
    )
    doc.msg(
        TOM_B,
        "yes. thanks Maya, this went &gt; my expectations",
        "decoy: Slack's &gt; escaping of a > sign",
        raw="yes. thanks Maya, this went > my expectations",
    )
    doc.finish()
    return doc


# ---------------------------------------------------------------------------
# 06 Advanced SubStation Alpha subtitles (Aegisub)
# ---------------------------------------------------------------------------
def ass_time(seconds: float) -> str:
    centis = round(seconds * 100)
    hours, rest = divmod(centis, 360000)
    minutes, rest = divmod(rest, 6000)
    secs, cs = divmod(rest, 100)
    return f"{hours}:{minutes:02d}:{secs:02d}.{cs:02d}"


class AssDoc(Builder):
    def __init__(self, name: str, roles: dict[str, str]) -> None:
        super().__init__(name, roles, eol="\r\n", encoding="utf-8-sig")
        self.clock = 4.5

    def _span(self, text: str, gap: float) -> tuple[str, str]:
        start = self.clock + gap
        self.clock = start + max(1.2, 0.07 * len(text))
        return ass_time(start), ass_time(self.clock)

    def ev(self, name: str, text: str, *tags: str, gap: float = 0.4) -> int:
        start, end = self._span(text, gap)
        line = self.add(f"Dialogue: 0,{start},{end},Default,{name},0,0,0,,{text}")
        self.record(name, text, line, tags)
        return line

    def again(self, name: str, text: str, *tags: str) -> int:
        """An event duplicated in Aegisub (Ctrl+D) and moved to the next free time slot."""
        return self.ev(name, text, *tags, gap=0.0)

    def check_turn(self, physical: list[str], turn: Turn) -> None:
        head = physical[turn.line - 1]
        assert head.startswith("Dialogue: "), turn
        fields = head[len("Dialogue: ") :].split(",", 9)
        assert len(fields) == 10 and fields[4] == turn.label and fields[9] == turn.text, turn


BISI = "Bisi"
COUNSELLOR = "Counsellor"
STILL_TIMETABLE = "There isn't a timetable for grief, whatever people say."


def f06() -> Builder:
    doc = AssDoc("06_grief_roleplay_take3.ass", {COUNSELLOR: T, BISI: C})
    doc.add(
        "[Script Info]",
        "; Script generated by Aegisub 3.2.2",
        "; http://www.aegisub.org/",
        "Title: Counselling Skills Module 4 - Responding to grief (take 3)",
        "ScriptType: v4.00+",
        "WrapStyle: 0",
        "ScaledBorderAndShadow: yes",
        "YCbCr Matrix: TV.709",
        "PlayResX: 1920",
        "PlayResY: 1080",
        "",
        "[Aegisub Project Garbage]",
        "Audio File: grief_roleplay_take3.mp4",
        "Video File: grief_roleplay_take3.mp4",
        "Video AR Value: 1.777778",
        "Active Line: 14",
        "",
        "[V4+ Styles]",
        "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, "
        "Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, "
        "MarginR, MarginV, Encoding",
        "Style: Default,Arial,56,&H00FFFFFF,&H000000FF,&H00000000,&H64000000,0,0,0,0,100,100,0,0,1,2.5,1,2,60,60,50,1",
        "Style: Caption,Arial,44,&H00FFFFFF,&H000000FF,&H00000000,&H96000000,-1,0,0,0,100,100,0,0,3,2,0,8,60,60,40,1",
        "",
        "[Events]",
        "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text",
    )
    line = doc.add("Comment: 0,0:00:00.00,0:00:00.00,Default,,0,0,0,,Take 3 - synced by RB 2 May, checked by LT")
    doc.mark(line, "decoy: a Comment event, not a turn")
    line = doc.add(
        "Dialogue: 0,0:00:00.50,0:00:04.00,Caption,,0,0,0,,{\\an8}Module 4: Responding to grief\\NRole-play (actors)"
    )
    doc.mark(line, "decoy: an on-screen title card with no speaker, not a turn")
    doc.start()
    doc.ev(COUNSELLOR, "Hello Bisi, thank you for coming in. Take a seat wherever feels comfortable.")
    doc.ev(BISI, "Thank you. I wasn't sure I'd come, to be honest.")
    doc.ev(COUNSELLOR, "I'm glad you did. You mentioned on the phone that your husband passed away in January.")
    doc.ev(
        BISI,
        "Yes. Ol\u00fawa\u1e63eun. Thirty-one years we were married.",
        "decoy: a Yoruba name with diacritics (u-acute, s-dot-below) correctly encoded",
    )
    doc.ev(COUNSELLOR, "Thirty-one years. That's a whole life together.")
    doc.ev(BISI, "", "empty_turn", gap=0.6)
    doc.ev(COUNSELLOR, "Take all the time you need.", gap=4.0)
    doc.ev(
        BISI,
        "Everyone says it gets easier. It's been four months and it\\Nhasn't got easier at all.",
        "decoy: a \\N line break inside one subtitle",
    )
    doc.ev(COUNSELLOR, STILL_TIMETABLE)
    doc.again(COUNSELLOR, STILL_TIMETABLE, "duplicate_turn")
    doc.ev(BISI, "I still set two cups out in the morning. Then I remember.")
    doc.ev(COUNSELLOR, "Mm.", "decoy: a backchannel, repeated exactly later")
    doc.ev(BISI, "My daughter says I should see someone, that I'm not coping.")
    doc.ev(COUNSELLOR, "What do you think?")
    doc.ev(
        BISI,
        "I think I'm coping. Just not very well. {\\i1}(laughs){\\i0}",
        "decoy: an italic sound description inside the subtitle",
    )
    doc.ev(COUNSELLOR, "Coping, not very well, sounds about right for four months.")
    doc.ev(
        COUNSELLOR,
        "I'm wondering what the mornings are like for you now, after the two cups.",
        "decoy: one speaker's talk split over two events",
        gap=0.1,
    )
    start, end = doc._span("Quiet. Too quiet.", 0.5)
    line = doc.add(f"Dialogue: 0,{start},{end},Default,{BISI},0,0,0,Quiet. Too quiet.")
    doc.mark(line, "unparseable_line")
    doc.ev(COUNSELLOR, "Quiet. What do you do with the quiet?")
    doc.ev(BISI, "I put the radio on. He always had the radio on.")
    doc.ev(COUNSELLOR, "Mm.", "decoy: the same backchannel again")
    doc.ev(BISI, "Maybe I could tell you about him. If that's all right.")
    doc.ev(COUNSELLOR, "I'd really like that.")
    line = doc.add(f"Comment: 0,{ass_time(doc.clock + 1)},{ass_time(doc.clock + 3)},Default,,0,0,0,,END OF TAKE 3")
    doc.mark(line, "decoy: a closing Comment event, not a turn")
    return doc


# ---------------------------------------------------------------------------
# 07 WordPad RTF
# ---------------------------------------------------------------------------
RTF_NAMED = {RSQ: "rquote", LSQ: "lquote", LDQ: "ldblquote", RDQ: "rdblquote", MDASH: "emdash", NDASH: "endash"}
RTF_CHARS = {word: ch for ch, word in RTF_NAMED.items()}


def rtf_escape(text: str) -> str:
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch in RTF_NAMED:
            out.append(f"\\{RTF_NAMED[ch]} ")
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                out.append(f"\\'{ch.encode('cp1252')[0]:02x}")
            except UnicodeEncodeError:
                code = ord(ch)
                assert code not in range(0x80, 0xA0), "a C1 control would not survive"
                out.append(f"\\u{code if code < 32768 else code - 65536}?")
    return "".join(out)


def rtf_plain(src: str) -> str:
    """The text of one RTF line (enough RTF for what this writer produces)."""
    out: list[str] = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch in "{}":
            i += 1
        elif ch != "\\":
            out.append(ch)
            i += 1
        elif src[i + 1] in "\\{}":
            out.append(src[i + 1])
            i += 2
        elif src[i + 1] == "'":
            out.append(bytes([int(src[i + 2 : i + 4], 16)]).decode("cp1252"))
            i += 4
        else:
            match = re.match(r"\\([a-z]+)(-?\d+)? ?", src[i:])
            assert match, src[i:]
            i += match.end()
            word, number = match.group(1), match.group(2)
            if word == "u":
                out.append(chr(int(number) % 65536))
                i += 1  # the one fallback character (\uc1)
            elif word in RTF_CHARS:
                out.append(RTF_CHARS[word])
    return "".join(out)


class RtfDoc(Builder):
    def __init__(self, name: str, roles: dict[str, str]) -> None:
        super().__init__(name, roles, eol="\r\n", encoding="ascii")

    def para(self, rtf: str, *tags: str) -> int:
        line = self.add(rtf + "\\par")
        if tags:
            self.mark(line, *tags)
        return line

    def t(self, label: str, text: str, *tags: str) -> int:
        line = self.add(f"\\b {label}:\\b0  {rtf_escape(text)}\\par")
        self.record(label, text, line, tags)
        return line

    def check_turn(self, physical: list[str], turn: Turn) -> None:
        assert rtf_plain(physical[turn.line - 1]) == f"{turn.label}: {turn.text}", turn


KAI = "Kai"

KAI_SESSION_1: list[tuple[str, ...]] = [
    (COUNSELLOR, "Kia ora Kai, thanks for coming in. I know it took a bit to get here today."),
    (KAI, "Yeah, the bus was late. Sorry."),
    (COUNSELLOR, "No need to apologise. Where would you like to start?"),
    (
        KAI,
        f"I don{RSQ}t really know. Nan died three weeks ago. Everyone keeps asking if I{RSQ}m okay and I just say "
        "yeah.",
        "decoy: curly apostrophes written as \\rquote, correct",
    ),
    (
        COUNSELLOR,
        f"And underneath the {LSQ}yeah{RSQ}, what{RSQ}s there?",
        "decoy: a quoted word in curly single quotes",
    ),
    (KAI, f"Mostly nothing. Like a flat feeling. Then sometimes I{RSQ}m fine and I feel bad for being fine."),
    (
        COUNSELLOR,
        "Feeling fine and then guilty for being fine is something a lot of people describe after a death. Grief "
        "tends to come and go in waves.",
    ),
    (KAI, "She basically raised me. I lived with her from when I was eight."),
    (COUNSELLOR, f"So you{RSQ}ve lost the person who was home for you."),
    (KAI, "Yeah."),
    (COUNSELLOR, "What was she like?"),
    (
        KAI,
        f"Stubborn. Funny. She made r\u0113wena bread every Sunday and wouldn{RSQ}t let anyone else touch the starter.",
        "decoy: a Maori word with a macron written as \\u275?, correct",
    ),
    (COUNSELLOR, "Who has the starter now?"),
    (KAI, f"Me. I haven{RSQ}t fed it. It{RSQ}s probably dead too."),
    (
        COUNSELLOR,
        "That sounds like it carries a lot. Would you want to try feeding it this week, or does that feel like too "
        "much?",
    ),
    (KAI, "Maybe. I could try on Sunday."),
    (COUNSELLOR, f"Sunday, like her. Let{RSQ}s see how it goes, and we can talk about it next time."),
]

KAI_HEADING = f"Bereavement counselling {NDASH} transcript"
KAI_DETAILS = "Kai T. (19), seen by Hemi Walker. Session 1, 6 March 2024."


def f07() -> Builder:
    doc = RtfDoc("07_bereavement_transcripts.rtf", {COUNSELLOR: T, KAI: C})
    doc.add(
        "{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang5129{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}}",
        "{\\*\\generator Riched20 10.0.22621}\\viewkind4\\uc1 ",
    )
    doc.para(f"\\pard\\sa200\\sl276\\slmult1\\b\\f0\\fs28\\lang9 {rtf_escape(KAI_HEADING)}\\b0\\fs22")
    doc.para(rtf_escape(KAI_DETAILS), "decoy: a details line naming client and counsellor, not a turn")
    doc.para("")
    doc.start()
    for label, text, *tags in KAI_SESSION_1:
        doc.t(label, text, *tags)
    doc.para("")
    doc.para("\\b Session 2, 13 March 2024\\b0")
    doc.para("(pasted from the portal export)")
    doc.start()
    doc.t(COUNSELLOR, "Kia ora Kai. How was your week?")
    doc.t(KAI, cp1252_moji(f"Bit better. I fed the starter on Sunday. It{RSQ}s alive, just."), "mojibake")
    doc.t(COUNSELLOR, "It's alive! How was it, doing that?", "decoy: a straight apostrophe in the garbled session")
    doc.t(
        KAI,
        cp1252_moji(f"Weird. I cried the whole time but it was a good cry? Nan{RSQ}s handwriting is on the jar."),
        "mojibake",
    )
    doc.t(COUNSELLOR, "Her handwriting on the jar. It sounds like she is still very present in that kitchen.")
    doc.t(
        KAI,
        "Yeah. I think I want to make the bread for her unveiling in June.",
        "decoy: an ASCII-only turn in the garbled session",
    )
    doc.t(COUNSELLOR, "That sounds like a meaningful way to mark it. What would you need to be ready?")
    doc.t(
        KAI,
        cp1252_moji(f"To practise, I guess. And to ask my aunty for the recipe, she{RSQ}s got it written down."),
        "mojibake",
    )
    doc.t(COUNSELLOR, "Let's think about when you could ask her.")
    doc.add("}", "")
    return doc


# ---------------------------------------------------------------------------
# 08 SMS Backup & Restore XML
# ---------------------------------------------------------------------------
def sms_escape(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
        .replace("\n", "&#10;")
    )


class SmsDoc(Builder):
    """``type`` 2 = sent from the backed-up phone (the counsellor), 1 = received (the young person)."""

    def __init__(self, name: str) -> None:
        super().__init__(name, {"2": T, "1": C})
        self.clock = datetime(2024, 4, 10, 19, 42, 11)

    def _attrs(self, address: str, kind: str, after: int) -> tuple[str, str, str]:
        self.clock += timedelta(seconds=after)
        millis = int((self.clock - timedelta(hours=10)).replace(tzinfo=UTC).timestamp() * 1000)
        hour = self.clock.hour % 12 or 12
        readable = (
            f"{self.clock.day} {self.clock:%b %Y} {hour}:{self.clock:%M:%S} {'am' if self.clock.hour < 12 else 'pm'}"
        )
        sent = str(millis - 2400) if kind == "1" else "0"
        return str(millis), sent, readable

    def sms(self, address: str, contact: str, kind: str, body: str, *tags: str, after: int = 90) -> int:
        date, sent, readable = self._attrs(address, kind, after)
        line = self.add(
            f'  <sms protocol="0" address="{address}" date="{date}" type="{kind}" subject="null" '
            f'body="{sms_escape(body)}" toa="null" sc_toa="null" service_center="null" read="1" status="-1" '
            f'locked="0" date_sent="{sent}" sub_id="1" readable_date="{readable}" contact_name="{contact}" />'
        )
        self.record(kind, body, line, tags, key=address)
        return line

    def check_turn(self, physical: list[str], turn: Turn) -> None:
        element = ET.fromstring(physical[turn.line - 1].strip())
        assert element.tag == "sms" and element.get("type") == turn.label and element.get("body") == turn.text


LACHIE, MIA = "+61412555019", "+61423555807"


def f08() -> Builder:
    doc = SmsDoc("08_sms_backup_youth_service.xml")
    doc.add(
        "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>",
        "<!--File Created By SMS Backup & Restore v10.20.002 on 11/04/2024 10:58:37-->",
        '<?xml-stylesheet type="text/xsl" href="sms.xsl"?>',
        '<smses count="24" backup_set="6c0f1e9a-51b2-4a9e-8e0c-2f7d3a1b9c44" backup_date="1712797117000" type="full">',
    )
    doc.start(key=LACHIE)
    sms = doc.sms
    sms(
        LACHIE,
        "Lachie",
        "2",
        "Hi Lachie, it's Dana from the youth service. Just checking in like we planned. How did today go?",
        after=0,
    )
    sms(LACHIE, "Lachie", "1", "hey. not great")
    sms(LACHIE, "Lachie", "2", "Sorry to hear that. Do you want to tell me what happened?")
    sms(
        LACHIE,
        "Lachie",
        "1",
        "i tried the breathing thing you showed me but my brain just kept going and then mum came in and started "
        "yelling about the car again and i just walked out and now im at the skate park and i dont want to go home "
        "because every time i",
        "truncated_turn",
        after=400,
    )
    sms(
        LACHIE,
        "Lachie",
        "2",
        "I think part of your message might not have come through. It sounds like things got really heated with mum "
        "and you needed to get out. Are you safe at the skate park?",
        "decoy: the counsellor mentions the cut message, a natural turn",
    )
    sms(LACHIE, "Lachie", "1", "yeah its fine theres a few people here i know")
    sms(LACHIE, "Lachie", "1", "yeah its fine theres a few people here i know", "duplicate_turn", after=3)
    sms(
        LACHIE,
        "Lachie",
        "2",
        "Good. Walking out when it gets heated can be a smart move, it gives everyone a chance to cool down. Where "
        "will you go when you leave the park?",
    )
    sms(LACHIE, "Lachie", "1", "probably my mates place. his mums cool with it")
    sms(
        LACHIE,
        "Lachie",
        "2",
        "Okay \U0001f44d Can you text me when you get there? And if anything feels unsafe tonight, Kids Helpline is "
        "1800 55 1800 and they're there 24/7.",
        "decoy: a helpline number inside real support, with an emoji",
    )
    sms(LACHIE, "Lachie", "1", "ok", "decoy: a one-word reply, repeated later")
    sms(LACHIE, "Lachie", "1", "here now", after=1500)
    sms(
        LACHIE,
        "Lachie",
        "2",
        "Thanks for letting me know, Lachie. Let's talk on Thursday about what happened with the car.",
    )
    sms(LACHIE, "Lachie", "1", "ok", "decoy: the same one-word reply again")
    doc.clock = datetime(2024, 4, 11, 8, 5, 40)
    doc.start(key=MIA)
    sms(
        MIA,
        "Mia B",
        "2",
        "Morning Mia, it's Dana. Just a reminder we're meeting at school at 10:30 today. Still okay for you?",
        after=0,
    )
    sms(MIA, "Mia B", "1", "yes ill be there & ill bring the worksheet", "decoy: an ampersand escaped as &amp;")
    sms(MIA, "Mia B", "2", "Great, see you then.")
    sms(
        MIA,
        "Mia B",
        "1",
        "can we do it in the library instead? the office feels\n\nlike everyone can see in",
        "decoy: line breaks written as &#10; inside the body attribute",
        after=600,
    )
    date, _, _ = doc._attrs(MIA, "2", 240)
    line = doc.add(f'  <sms protocol="0" address="{MIA}" date="{date[:6]}')
    doc.mark(line, "unparseable_line")
    return doc


# ---------------------------------------------------------------------------
# 09 Jupyter notebook whose output holds generated dialogues
# ---------------------------------------------------------------------------
class NotebookDoc(Builder):
    def __init__(self, name: str) -> None:
        super().__init__(name, {"Therapist": T, "Client": C})
        self.stdout: list[str] = []
        # per printed line: None (not a turn), ("start", kinds), ("meta", tags) or (label, text, tags)
        self.plan: list[Any] = []

    def header(self, text: str, kinds: Sequence[str] = ()) -> None:
        self.stdout.append(text + "\n")
        self.plan.append(("start", kinds))

    def meta(self, text: str, *tags: str) -> None:
        self.stdout.append(text + "\n")
        self.plan.append(("meta", tags))

    def gap(self) -> None:
        self.stdout.append("\n")
        self.plan.append(None)

    def t(self, label: str, text: str, *tags: str) -> None:
        self.stdout.append(f"{label}: {text}\n")
        self.plan.append((label, text, tags))

    def finish(self, cells: list[dict[str, Any]], metadata: dict[str, Any]) -> None:
        self.data = {"cells": cells, "metadata": metadata, "nbformat": 4, "nbformat_minor": 5}
        cells[-1]["outputs"].append({"name": "stdout", "output_type": "stream", "text": self.stdout})
        dumped = json.dumps(self.data, indent=1, sort_keys=True, ensure_ascii=False)
        self.add(*dumped.split("\n"))
        stdout_at = [n for n, text in enumerate(self.out) if text.strip() == '"name": "stdout",']
        assert len(stdout_at) == 1 and self.out[stdout_at[0] + 2].strip() == '"text": ['
        first = stdout_at[0] + 4  # 1-based line of the first printed line
        for offset, step in enumerate(self.plan):
            line = first + offset
            assert json.loads(self.out[line - 1].strip().rstrip(",")) == self.stdout[offset]
            if step is None:
                continue
            if step[0] == "start":
                self.start(step[1])
            elif step[0] == "meta":
                self.mark(line, *step[1])
            else:
                label, text, tags = step
                self.record(label, text, line, tags)

    def check_turn(self, physical: list[str], turn: Turn) -> None:
        printed = json.loads(physical[turn.line - 1].strip().rstrip(","))
        assert printed.rstrip("\n") == f"{turn.label}: {turn.text}", turn

    def check_file(self, data: str) -> None:
        assert json.loads(data) == self.data


BAR = "\u2588"  # a full block, as tqdm draws its progress bar
NB_LOOP = (
    "That makes a lot of sense. It sounds like the checking keeps the anxiety going. How would it be to try "
    "reducing the checking a little this week?"
)


def f09() -> Builder:
    doc = NotebookDoc("09_generation_notebook.ipynb")
    doc.header("=== dialogue 1 | night-shift nurse, 34, insomnia | CBT-I ===")
    doc.meta("Here is a realistic counselling dialogue between a therapist and a client:", "meta_text")
    doc.gap()
    doc.t(
        "Therapist",
        "Thanks for coming in. You mentioned on the form that sleep has been a real struggle since you started "
        "nights. Can you tell me more?",
    )
    doc.t(
        "Client",
        "I work three twelve-hour nights a week on a surgical ward. On my days off I can't switch back, so I'm awake "
        "until 5am and then exhausted.",
    )
    doc.t("Therapist", "That sounds draining. What do you usually do when you can't sleep?")
    doc.t("Client", "Scroll on my phone. Sometimes I watch a series in bed until I drift off.")
    doc.t(
        "Therapist",
        "That's really common. One thing we look at in CBT for insomnia is keeping the bed for sleep, so your brain "
        "learns that bed means sleep. How would you feel about getting up if you're awake for more than about twenty "
        "minutes?",
    )
    doc.t("Client", "Honestly? Annoyed. But I'd try it.")
    doc.t(
        "Therapist",
        "That's a fair reaction. We'd also set a regular wake-up time on your days off, even if the night was rough.",
    )
    doc.t("Client", "Even on my days off? That sounds brutal.")
    doc.t(
        "Therapist",
        "It can feel that way at first, but it helps your body clock settle. Let's write down a plan together.",
    )
    doc.gap()
    doc.header("=== dialogue 2 | warehouse supervisor, 45, health anxiety | CBT ===")
    doc.t("Therapist", "Welcome. What brings you here today?")
    doc.t(
        "Client",
        "I keep thinking I've got something serious. Last month it was my heart, now it's a lump on my neck. My GP "
        "says it's a swollen gland.",
    )
    doc.t(
        "Therapist",
        "It sounds like the worry jumps from one part of your body to another. What do you do when the worry about "
        "the lump comes up?",
    )
    doc.t("Client", "I check it. Maybe twenty times a day. And I google symptoms at night.")
    doc.t(
        "Therapist",
        "So checking and googling bring some relief in the moment, but the worry comes back. (Note: The therapist is "
        "introducing the idea of safety behaviours here.) What do you notice after you've googled?",
        "meta_text",
    )
    doc.t("Client", "I feel worse. There's always some horrible story.")
    doc.t("Therapist", NB_LOOP, "repetition_loop")
    doc.t("Client", "I could try. But what if I miss something?")
    doc.t("Therapist", NB_LOOP, "duplicate_turn")
    doc.t("Client", "You already said that.", "decoy: the simulated client remarks on the loop, clean itself")
    doc.t(
        "Therapist",
        "That makes a lot of sense. It sounds like the checking might be keeping the anxiety going. How would it be "
        "to try cutting down the checking a little this week?",
        "near_duplicate_turn",
    )
    doc.gap()
    doc.header("=== dialogue 3 | year 9 student, 14, friendship breakup | person-centred ===")
    doc.t(
        "Therapist",
        "I'm really sorry that you're feeling this way, but I'm unable to provide the help that you need. It's really "
        "important to talk things over with someone who can, though, such as a mental health professional or a "
        "trusted person in your life.",
        "refusal",
    )
    doc.t("Client", "My best friend stopped talking to me and now the whole group ignores me at lunch.")
    doc.t("Therapist", "That sounds really lonely, and confusing too. Do you know what changed?")
    doc.t("Client", "She thinks I told people about her parents splitting up. I didn't.")
    doc.t(
        "Therapist",
        "Being blamed for something you didn't do, and losing your friends because of it, is a lot to hold. Who do "
        "you sit with at lunch now?",
    )
    doc.t("Client", "Nobody. I go to the library and pretend I'm doing homework.")
    doc.t(
        "Therapist",
        "It takes effort to get through lunch like that every day. Is there anyone, at school or outside, who you "
        "feel okay around at the moment?",
    )
    doc.t(
        "Client",
        "Maybe my cousin Jess. She's in year 9 too but at a different school, and she always",
        "truncated_turn",
    )
    doc.gap()
    source = [
        "import os\n",
        "from openai import OpenAI\n",
        "from tqdm import tqdm\n",
        "\n",
        'client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\n',
        "\n",
        'PROMPT = """Write a realistic counselling dialogue between a therapist and a client.\n',
        "Persona: {persona}. Approach: {approach}.\n",
        'Format every line as "Therapist: ..." or "Client: ...". About 16 lines."""\n',
        "\n",
        "PERSONAS = [\n",
        '    ("night-shift nurse, 34, insomnia", "CBT-I"),\n',
        '    ("warehouse supervisor, 45, health anxiety", "CBT"),\n',
        '    ("year 9 student, 14, friendship breakup", "person-centred"),\n',
        "]",
    ]
    loop = [
        "for i, (persona, approach) in enumerate(tqdm(PERSONAS), 1):\n",
        "    out = client.chat.completions.create(\n",
        '        model="gpt-3.5-turbo",\n',
        "        max_tokens=700,\n",
        '        messages=[{"role": "user", "content": PROMPT.format(persona=persona, approach=approach)}],\n',
        "    )\n",
        '    print(f"=== dialogue {i} | {persona} | {approach} ===")\n',
        "    print(out.choices[0].message.content)\n",
        "    print()",
    ]
    cells: list[dict[str, Any]] = [
        {
            "cell_type": "markdown",
            "id": "3f9c1a2e",
            "metadata": {},
            "source": [
                "# Synthetic counselling dialogues, batch 7\n",
                "\n",
                "Pilot data for the session-quality classifier. **Review before use.**",
            ],
        },
        {"cell_type": "code", "execution_count": 3, "id": "8d2b7c41", "metadata": {}, "outputs": [], "source": source},
        {
            "cell_type": "code",
            "execution_count": 7,
            "id": "c5e0f9b3",
            "metadata": {},
            "outputs": [
                {
                    "name": "stderr",
                    "output_type": "stream",
                    "text": [f"100%|{BAR * 10}| 3/3 [01:12<00:00, 24.13s/it]\n"],
                }
            ],
            "source": loop,
        },
    ]
    doc.finish(
        cells,
        {
            "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
            "language_info": {"name": "python", "version": "3.11.8"},
        },
    )
    return doc


# ---------------------------------------------------------------------------
# 10 LaTeX thesis appendix (Windows-1252)
# ---------------------------------------------------------------------------
class LatexDoc(Builder):
    def __init__(self, name: str, roles: dict[str, str]) -> None:
        super().__init__(name, roles, encoding="cp1252")

    def session(self, heading: str, label: str, comment: str, kinds: Sequence[str] = ()) -> None:
        self.blank()
        self.add(f"\\section{{{heading}}}\\label{{{label}}}")
        if comment:
            self.add(f"% {comment}")
        self.add("\\begin{description}[style=nextline,leftmargin=2.2cm]")
        self.start(kinds)

    def end(self) -> None:
        self.add("\\end{description}")

    def t(self, label: str, text: str, *tags: str) -> int:
        line = self.add(f"\\item[{label}] {text}")
        self.record(label, text, line, tags)
        return line

    def check_turn(self, physical: list[str], turn: Turn) -> None:
        assert physical[turn.line - 1] == f"\\item[{turn.label}] {turn.text}", turn


def f10() -> Builder:
    doc = LatexDoc("10_thesis_appendix_transcripts.tex", {"Th:": T, "P04:": C, "Therapist:": T, "Client:": C})
    doc.add(
        "% !TEX encoding = Windows Latin 1",
        "% !TEX root = ../thesis.tex",
        "\\chapter{Session transcripts}\\label{app:transcripts}",
        "",
        "Transcription conventions: \\ldots{} marks a pause or a trailing off, square brackets mark transcriber",
        "comments, and all names are pseudonyms. The two simulated sessions (Section~\\ref{app:sim1} and",
        "Section~\\ref{app:sim2}) are reproduced exactly as the model generated them, including its errors,",
        "which are discussed in Section~5.3.",
    )
    doc.session(
        "P04, session 2 (human therapist, ACT for chronic pain)",
        "app:p04",
        "recorded 14/06/2022; P04 asked that her employer's name be removed",
    )
    doc.t(
        "Th:",
        "Last time you described the pain as a `bully' that follows you around. How has the bully been this week?",
        "decoy: LaTeX single quotes around a word",
    )
    doc.t(
        "P04:",
        "Loud. I had my granddaughter Ren\u00e9e on Saturday and I paid for it on Sunday.",
        "decoy: an accented name stored as a single Windows-1252 byte, correct for this file",
    )
    doc.t("Th:", "So you did something that matters to you, and the pain came along too.")
    doc.t(
        "P04:",
        "It always comes along. My physio says I should pace myself, but pacing feels like giving in.",
    )
    doc.t("Th:", "Giving in to the pain?")
    doc.t("P04:", "Giving in to being old before my time. I'm fifty-three.")
    doc.t(
        "Th:",
        "That's a painful thought to be carrying, that pacing means you've lost. Could we notice that thought for a "
        "moment, rather than argue with it? Try saying ``I'm having the thought that pacing means giving in.''",
        "decoy: quoted speech in LaTeX double quotes",
    )
    doc.t(
        "P04:",
        cp1252_moji(
            f"I{RSQ}m having the thought that pacing means giving in. That does sound different. I don{RSQ}t know why."
        ),
        "mojibake",
    )
    line = doc.add("% [the paragraph above was pasted from the transcription service's file]")
    doc.mark(line, "decoy: a LaTeX comment between turns, not a turn")
    doc.t("Th:", "What's different about it?")
    doc.t(
        "P04:",
        "It's like it's a thought, not a fact\\ldots{} I don't know.",
        "decoy: a spoken trailing off written as \\ldots",
    )
    doc.t(
        "Th:",
        "That's exactly it. The thought can come along, like the pain does, and you can still choose what you do on "
        "Saturday.",
    )
    doc.t("P04:", "With Ren\u00e9e. Yes.")
    doc.end()
    doc.session(
        "Simulated session S1 (GPT-4, driving-test anxiety)",
        "app:sim1",
        "prompt and persona in Table 5.2",
    )
    doc.t("Client:", "I've been having panic attacks before my driving test. I've failed it twice already.")
    doc.t(
        "Therapist:",
        "I'm sorry, but I can't provide the kind of help you need. It would be best to talk to a licensed mental "
        "health professional about your panic attacks.",
        "refusal",
    )
    doc.t(
        "Client:",
        "I'm not in crisis, I just want some tips for the test.",
        "decoy: the client pushes back on the refusal, clean itself",
    )
    doc.t(
        "Therapist:",
        "Of course. Panic before a test is very common. One technique is paced breathing: breathe in for four "
        "seconds and out for six. Would you like to practise it now?",
    )
    doc.t("Client:", "OK. In for four, out for six.")
    doc.t("Therapist:", "Well done. How do you feel?")
    doc.t("Client:", "A bit calmer. My hands are still shaking though.")
    doc.end()
    doc.session(
        "Simulated session S2 (GPT-4, drinking after redundancy)",
        "app:sim2",
        "labels exactly as generated",
        kinds=("role_inversion",),
    )
    doc.t("Therapist:", "I don't know why I'm here really. My wife made the appointment.")
    doc.t(
        "Client:",
        "It sounds like coming was her idea more than yours. What do you think she's worried about?",
    )
    doc.t("Therapist:", "My drinking, probably. And that I've stopped going out with the lads.")
    doc.t("Client:", "What do you make of her worries?")
    doc.t("Therapist:", "Maybe she has a point. I haven't been myself since the redundancy.")
    doc.t("Client:", "Losing your job can shake a lot of things. What's been hardest?")
    doc.t("Therapist:", "Not having anywhere to be in the morning.")
    doc.end()
    return doc


# ---------------------------------------------------------------------------
# 11 org-mode supervision notes
# ---------------------------------------------------------------------------
class OrgDoc(Builder):
    def t(self, label: str, text: str, *tags: str) -> int:
        first, *rest = text.split("\n")
        line = self.add(f"- {label} :: {first}".rstrip(), *(f"  {part}" for part in rest))
        self.record(label, text, line, tags)
        return line

    def check_turn(self, physical: list[str], turn: Turn) -> None:
        first, *rest = turn.text.split("\n")
        assert physical[turn.line - 1] == f"- {turn.label} :: {first}".rstrip(), turn
        assert physical[turn.line : turn.line + len(rest)] == [f"  {part}" for part in rest]


HADDAD_BODY = "Your body is carrying a lot of this. What would you want to feel able to say in that meeting?"


def f11() -> Builder:
    doc = OrgDoc("11_group_supervision_notes.org", {"Counsellor": T, "Ellie": C, "Mr Haddad": C})
    doc.add(
        "#+TITLE: Group supervision notes, 21 March 2024",
        "#+AUTHOR: Ngozi Eze",
        "#+FILETAGS: :supervision:confidential:",
        "#+STARTUP: showall",
        "#+OPTIONS: toc:nil num:nil",
        "",
    )
    line = doc.add(
        "Present: Ngozi (supervisor), Jo\u00e3o, S\u00e9verine, Callum. Recordings shared with the clients' consent."
    )
    doc.mark(line, "decoy: accented names correctly encoded in a prose line, not a turn")
    doc.add(
        "",
        "* Case 1: Ellie, Year 12, exam stress (school counselling, supervisee Jo\u00e3o)",
        "  :PROPERTIES:",
        "  :CASE_ID:  SC-24-017",
        "  :SESSION:  3",
        "  :END:",
        "Excerpt typed by Jo\u00e3o from the recording, starting at about 00:12:00.",
        "",
    )
    doc.start()
    doc.t("Counsellor", "Last week you said mornings were the worst part. Is that still true?")
    doc.t(
        "Ellie",
        "Yeah. I wake up and my first thought is how much I haven't done. Then I just lie there scrolling.",
    )
    doc.t("Counsellor", "What's the scrolling doing for you, do you think?")
    doc.t(
        "Ellie",
        "Putting it off. If I don't get up, the day hasn't started, so I can't fail at it yet.",
    )
    doc.t(
        "Counsellor",
        "That's a really clear way of putting it. If I don't start, I can't fail.\nWhat would a good-enough morning "
        "look like, not a perfect one?",
        "decoy: a turn running on over an indented continuation line",
    )
    doc.t("Ellie", "Maybe getting up by eight and doing one past-paper question before school.")
    doc.t("Counsellor", "One question. That sounds doable. What might get in the way?")
    doc.t("Ellie", "My phone. And my mum asking about uni applications at breakfast.")
    doc.t(
        "Counsellor",
        "Your phone and the uni questions. Could the phone charge somewhere other than your room?",
    )
    doc.t(
        "Ellie",
        "I think if I just had a plan for the mornings then maybe I wouldn't feel like the whole",
        "truncated_turn",
    )
    doc.add("", "** Discussion")
    line = doc.add(
        "- Ngozi: nice reflection of \"if I don't start, I can't fail\"; perhaps explore the perfectionism more "
        "directly next time."
    )
    doc.mark(line, "decoy: a discussion item that opens with a name and a colon, not a turn")
    line = doc.add("- TODO Jo\u00e3o to bring the next recording (the conversation with mum).")
    doc.mark(line, "decoy: an org TODO item, not a turn")
    doc.add(
        "",
        "* Case 2: Mr Haddad, EAP, work stress (supervisee S\u00e9verine)",
        "  :PROPERTIES:",
        "  :CASE_ID:  EAP-24-233",
        "  :SESSION:  1",
        "  :END:",
        "S\u00e9verine typed this from her process notes and the recording; there is a gap in the audio at 00:21.",
        "",
    )
    doc.start()
    doc.t(
        "Counsellor",
        "Mr Haddad, thank you for coming. The referral says things have been difficult at work since the restructure.",
    )
    doc.t("Mr Haddad", "Difficult is a polite word. My new manager questions everything I do, in front of the team.")
    doc.t(
        "Counsellor",
        "That sounds humiliating, especially after so many years there. How long have you been with the company?",
    )
    doc.t("Mr Haddad", "Twenty-two years. I trained half of that team.")
    doc.t("Counsellor", "Twenty-two years, and now your work is questioned in front of people you trained.")
    doc.t("Mr Haddad", "", "empty_turn")
    doc.t("Counsellor", "What do you notice in your body when you think about the next team meeting?")
    doc.t("Mr Haddad", "My jaw. I clench it. My wife says I grind my teeth at night now.")
    doc.t("Counsellor", HADDAD_BODY)
    doc.t(
        "Counsellor",
        "Your body is carrying a lot of this. What would you like to feel able to say in that meeting?",
        "near_duplicate_turn",
    )
    doc.t("Mr Haddad", "That I know what I'm doing. That I'd like to be asked, not corrected.")
    doc.add(
        "",
        "** Discussion",
        "- S\u00e9verine noticed she moved to the body question quickly; Callum suggested staying with the humiliation "
        "longer.",
        "",
    )
    return doc


# ---------------------------------------------------------------------------
# 12 Rasa tracker, pretty-printed by json.tool and saved by PowerShell 5 (UTF-16 LE, CRLF)
# ---------------------------------------------------------------------------
class RasaDoc(Builder):
    def __init__(self, name: str) -> None:
        super().__init__(name, {"user": C, "bot": T}, eol="\r\n", encoding="utf-16")
        self.events: list[dict[str, Any]] = []
        self.plan: list[Any] = []  # ("start",), or (label, text, tags)
        self.clock = 1712819410.418822

    def _stamp(self, after: float) -> float:
        self.clock += after
        return round(self.clock, 6)

    def action(self, name: str, after: float = 0.05, **extra: Any) -> None:
        self.events.append(
            {
                "event": "action",
                "timestamp": self._stamp(after),
                "name": name,
                "policy": extra.pop("policy", None),
                "confidence": extra.pop("confidence", 1.0),
                **extra,
            }
        )

    def session_start(self, after: float) -> None:
        self.action("action_session_start", after=after, policy=None)
        self.events.append({"event": "session_started", "timestamp": self._stamp(0.01)})
        self.action("action_listen")
        self.plan.append(("start",))

    def user(self, text: str, intent: str, confidence: float, *tags: str, after: float = 40.0) -> None:
        self.events.append(
            {
                "event": "user",
                "timestamp": self._stamp(after),
                "metadata": {},
                "text": text,
                "parse_data": {
                    "intent": {"name": intent, "confidence": confidence},
                    "entities": [],
                    "text": text,
                    "message_id": f"{hash_text(text + str(self.clock)):08x}",
                    "metadata": {},
                },
                "input_channel": "rest",
                "message_id": f"{hash_text(text + str(self.clock)):08x}",
            }
        )
        self.events.append(
            {"event": "user_featurization", "timestamp": self._stamp(0.01), "use_text_for_featurization": False}
        )
        self.plan.append(("user", text, tags))

    def bot(self, utter: str, text: str, *tags: str, policy: str = "RulePolicy") -> None:
        self.action(utter, policy=f"policy_1_{policy}", confidence=1.0)
        self.events.append(
            {
                "event": "bot",
                "timestamp": self._stamp(0.02),
                "metadata": {"utter_action": utter},
                "text": text,
                "data": {
                    "elements": None,
                    "quick_replies": None,
                    "buttons": None,
                    "attachment": None,
                    "image": None,
                    "custom": None,
                },
            }
        )
        self.action("action_listen", policy=f"policy_1_{policy}")
        self.plan.append(("bot", text, tags))

    def slot(self, name: str, value: Any) -> None:
        self.events.append({"event": "slot", "timestamp": self._stamp(0.01), "name": name, "value": value})

    def finish(self, sender: str) -> None:
        last_user = next(e for e in reversed(self.events) if e["event"] == "user")
        self.data = {
            "sender_id": sender,
            "slots": {"mood": "low", "session_started_metadata": None},
            "latest_message": {
                "intent": last_user["parse_data"]["intent"],
                "entities": [],
                "text": last_user["text"],
                "message_id": last_user["message_id"],
                "metadata": {},
            },
            "latest_event_time": self.events[-1]["timestamp"],
            "followup_action": None,
            "paused": False,
            "events": self.events,
            "latest_input_channel": "rest",
            "active_loop": {},
            "latest_action": {"action_name": "action_listen"},
            "latest_action_name": "action_listen",
        }
        dumped = json.dumps(self.data, indent=4, ensure_ascii=True)
        self.add(*dumped.split("\n"))
        latest = find_lines(self.out, '"latest_message": {')[0]
        copy = next(n for n in find_lines(self.out, '"text": ') if n > latest)
        self.mark(copy, "decoy: latest_message repeats the last user text, not a turn")
        event_lines = iter(find_lines(self.out, '"event": "user"'))
        bot_lines = iter(find_lines(self.out, '"event": "bot"'))
        for step in self.plan:
            if step[0] == "start":
                self.start()
                continue
            label, text, tags = step
            line = next(event_lines) if label == "user" else next(bot_lines)
            self.record(label, text, line, tags)
        assert next(event_lines, None) is None and next(bot_lines, None) is None

    def check_turn(self, physical: list[str], turn: Turn) -> None:
        assert physical[turn.line - 1].strip() == f'"event": "{turn.label}",', turn
        after = physical[turn.line :]
        text_line = next(text for text in after if text.strip().startswith('"text": ')).strip().rstrip(",")
        assert json.loads("{" + text_line + "}") == {"text": turn.text}, (text_line, turn)

    def check_file(self, data: str) -> None:
        assert json.loads(data) == self.data


RASA_FALLBACK = "Sorry, I didn't quite get that. Could you say it another way?"


def f12() -> Builder:
    doc = RasaDoc("12_rasa_tracker_export.json")
    doc.session_start(after=0)
    doc.user("hi", "greet", 0.9973)
    doc.bot(
        "utter_greet",
        "Kia ora! I'm K\u014dwhai, a self-help chatbot. I'm not a counsellor, but I can walk you through some CBT "
        "exercises. How are you feeling today?",
        "decoy: the bot says what it is; a macron escaped as \\u014d, correct after decoding",
    )
    doc.user("I've been feeling really flat since I lost my job", "mood_unhappy", 0.9412)
    doc.slot("mood", "low")
    doc.bot(
        "utter_empathy_job_loss",
        "I'm sorry to hear that. Losing a job can knock your confidence and your routine. Would you like to try a "
        "thought record together?",
    )
    doc.user("ok", "affirm", 0.9981)
    doc.bot("utter_ask_thought", "Great. What's a thought that's been bothering you today?")
    doc.user("that I'll never find anything and I'm a burden on my flatmates", "nlu_fallback", 0.3120)
    doc.bot("utter_default", RASA_FALLBACK, "repetition_loop", policy="RulePolicy")
    doc.user("I'm scared I won't find another job", "nlu_fallback", 0.4107)
    doc.bot("utter_default", RASA_FALLBACK, "duplicate_turn")
    doc.user("", "nlu_fallback", 0.0, "empty_turn", after=12.0)
    doc.bot("utter_default", RASA_FALLBACK, "duplicate_turn")
    doc.user("this is useless", "mood_unhappy", 0.6630, "decoy: the client reacts to the loop, clean itself")
    doc.bot(
        "utter_offer_human",
        "I'm sorry I'm not being more helpful right now. Talking to a person might help: you can call or text 1737 "
        "any time, free, to reach a trained counsellor. Would you still like to try the thought record with me?",
        "decoy: a helpline offered alongside a way to keep going, not a refusal",
    )
    doc.user("maybe tomorrow \U0001f642", "deny", 0.7301, "decoy: an emoji written as a surrogate-pair escape")
    doc.bot("utter_goodbye", "Okay. Take care of yourself, and come back whenever you like.")
    doc.session_start(after=61200.0)
    doc.user("hey its me again. couldn't sleep", "greet", 0.8120)
    doc.bot("utter_greet_again", "Hi again. I'm sorry you couldn't sleep. What's on your mind tonight?")
    doc.user("honestly sometimes I think everyone would be better off without me", "mood_unhappy", 0.7034)
    doc.bot(
        "utter_crisis",
        "I'm not able to help with this. If you are in danger, please call 111 or Lifeline Aotearoa on 0800 543 354.",
        "refusal",
    )
    doc.user("right. thanks i guess", "thankyou", 0.6211)
    doc.bot("utter_goodbye", "Take care of yourself. I'm here whenever you want to try another exercise.")
    doc.finish("c2b9e0f4a7d14f6c9e3b51d8a0f27c61")
    return doc


# ---------------------------------------------------------------------------
# 13 irssi log, UTF-8 with one client's ISO-8859-1 bytes
# ---------------------------------------------------------------------------
class IrcDoc(Builder):
    def __init__(self, name: str, roles: dict[str, str], modes: dict[str, str]) -> None:
        super().__init__(name, roles)
        self.modes = modes
        self.clock = datetime(2024, 3, 12, 19, 0, 2)

    def tick(self, after: int) -> str:
        self.clock += timedelta(seconds=after)
        return f"{self.clock:%H:%M}"

    def event(self, text: str, *tags: str, after: int = 20) -> None:
        line = self.add(f"{self.tick(after)} -!- {text}")
        if tags:
            self.mark(line, *tags)

    def say(self, nick: str, text: str, *tags: str, after: int = 45) -> int:
        line = self.add(f"{self.tick(after)} <{self.modes.get(nick, ' ')}{nick}> {text}")
        self.record(nick, text, line, tags)
        return line

    def check_turn(self, physical: list[str], turn: Turn) -> None:
        head = physical[turn.line - 1]
        assert re.fullmatch(r"\d\d:\d\d <[ @]" + re.escape(turn.label) + "> " + re.escape(turn.text), head), turn


ANA, MARGAUX, BEN = "ana_listener", "margaux", "ben_"


def f13() -> Builder:
    doc = IrcDoc("13_irc_listening_room.log", {ANA: T, MARGAUX: C, BEN: X}, {ANA: "@"})
    doc.add("--- Log opened Tue Mar 12 19:00:02 2024")
    doc.event("ana_listener [~ana@listen/volunteer/ana] has joined #listening-room", after=0)
    doc.event("Topic for #listening-room: One-to-one listening, 7-11pm. Be kind. Logs kept for supervision.", after=0)
    doc.event("mode/#listening-room [+o ana_listener] by ChanServ", "decoy: a mode line naming the listener", after=1)
    doc.event("margaux [~margaux@lns-bzn-21-82-64-11-45.adsl.proxad.net] has joined #listening-room", after=160)
    doc.start()
    doc.say(ANA, "Hi margaux, welcome to the listening room. I'm Ana, one of the volunteer listeners. Take your time.")
    doc.say(
        MARGAUX,
        "hi. sorry my english is not perfect, i am french, at uni here since september",
        "decoy: an ASCII-only line from the client whose program sends ISO-8859-1, valid",
    )
    doc.say(
        ANA,
        "Your English is great, and you're welcome to mix in French if it's easier. Je parle un peu fran\u00e7ais "
        "aussi.",
        "decoy: the listener's c-cedilla in valid UTF-8",
    )
    doc.say(
        MARGAUX,
        latin1_bytes(
            "merci. it's just... i feel very alone here. everybody goes home for the weekend and i stay in the "
            "r\u00e9sidence"
        ),
        "encoding_error",
        after=70,
    )
    doc.say(
        ANA,
        "That sounds really lonely, especially at weekends when the halls go quiet. How long has it felt like this?",
    )
    doc.say(MARGAUX, "since november maybe. i call my mother but i don't want to worry her")
    doc.say(
        MARGAUX,
        latin1_bytes('she thinks i am "\u00e9panouie", how do you say, blooming'),
        "encoding_error",
        after=30,
    )
    doc.say(ANA, "Thriving, maybe. It's a lot to carry, keeping that picture going for her while you feel so alone.")
    doc.event("ben_ [~ben@cpc91234-cmbg18-2-0-cust77.5-4.cable.virginm.net] has joined #listening-room")
    doc.say(BEN, "hey is this the channel for the maths study group?", "unknown_speaker", after=15)
    doc.say(ANA, "Hi ben_, this is a private listening session. The study group is in #maths-help.", after=20)
    doc.event("ben_ [~ben@cpc91234-cmbg18-2-0-cust77.5-4.cable.virginm.net] has left #listening-room []")
    doc.say(ANA, "Sorry about that, margaux. You were telling me about your mum.")
    doc.say(
        MARGAUX,
        "yes. and my flatmate is nice but we only talk about the dishes lol",
        "decoy: 'lol' and an ASCII line from the ISO-8859-1 client",
    )
    doc.say(ANA, "lol, the dishes. Do you think she might be up for doing something together one weekend?")
    doc.say(
        MARGAUX,
        latin1_bytes("maybe. there is a caf\u00e9 near the r\u00e9sidence where they do board games on sunday"),
        "encoding_error",
        after=60,
    )
    doc.say(
        ANA,
        "That sounds like a lovely low-pressure thing to invite her to. And if the weekends get really heavy, "
        "Nightline is open 8pm to 8am, and Samaritans are on 116 123 any time. Would you be up for asking her this "
        "week?",
        "decoy: helplines mentioned inside real listening",
    )
    doc.say(MARGAUX, "ok. i will try. thank you ana, really")
    doc.say(ANA, "Thank you for coming in tonight. You're welcome back any time.")
    doc.event("margaux [~margaux@lns-bzn-21-82-64-11-45.adsl.proxad.net] has quit [Quit: Leaving]")
    doc.add("--- Log closed Tue Mar 12 19:31:44 2024")
    return doc


# ---------------------------------------------------------------------------
# 14 REFI-QDA project XML
# ---------------------------------------------------------------------------
class QdeDoc(Builder):
    def __init__(self, name: str, roles: dict[str, str]) -> None:
        super().__init__(name, roles)
        self.contents: list[str] = []
        self.guid_no = 0

    def guid(self) -> str:
        self.guid_no += 1
        return f"7e4b1c2a-9d3f-4a61-b8e2-{self.guid_no:012d}"

    def source(
        self,
        name: str,
        preface: Sequence[str],
        turns: Sequence[tuple[str, ...]],
        selections: Sequence[tuple[str, str, str]],
        kinds: Sequence[str] = (),
    ) -> None:
        """``selections``: (quoted text, code guid, decoy tag)."""
        self.add(
            f'    <TextSource guid="{self.guid()}" name="{xml_escape(name)}" creatingUser="{USER_GUID}" '
            f'creationDateTime="2024-04-02T09:{10 + self.guid_no:02d}:44Z">'
        )
        body_lines = [*preface, *(f"{label}: {text}" for label, text, *_ in turns)]
        content = "\n".join(body_lines) + "\n"
        self.contents.append(content)
        escaped = [xml_escape(part) for part in body_lines]
        first = self.add(f"      <PlainTextContent>{escaped[0]}", *escaped[1:]) if escaped else 0
        self.add("</PlainTextContent>")
        self.start(kinds)
        for index, (label, text, *tags) in enumerate(turns):
            self.record(label, text, first + len(preface) + index, tags)
        for quote, code, tag in selections:
            start = content.index(quote)
            line = self.add(
                f'      <PlainTextSelection guid="{self.guid()}" name="{xml_escape(quote)}" startPosition="{start}" '
                f'endPosition="{start + len(quote)}" creatingUser="{USER_GUID}">'
            )
            self.mark(line, tag)
            self.add(
                f'        <Coding guid="{self.guid()}" creatingUser="{USER_GUID}">',
                f'          <CodeRef targetGUID="{code}"/>',
                "        </Coding>",
                "      </PlainTextSelection>",
            )
        self.add("    </TextSource>")

    def check_turn(self, physical: list[str], turn: Turn) -> None:
        head = physical[turn.line - 1].removeprefix("      <PlainTextContent>")
        assert head == xml_escape(f"{turn.label}: {turn.text}"), turn

    def check_file(self, data: str) -> None:
        root = ET.fromstring(data.encode("utf-8"))
        ns = "{urn:QDA-XML:project:1.0}"
        texts = [element.text for element in root.iter(f"{ns}PlainTextContent")]
        assert texts[: len(self.contents)] == self.contents


USER_GUID = "1a2b3c4d-0000-4000-8000-00000000a001"
CODE_BONDS = "5f0e0c11-2222-4c3d-9e8f-00000000c001"
CODE_WATCH = "5f0e0c11-2222-4c3d-9e8f-00000000c002"
RASHA, INTERPRETER = "Rasha", "Interpreter"


def f14() -> Builder:
    doc = QdeDoc("14_refi_qda_project.qde", {COUNSELLOR: T, KAI: C, RASHA: C, INTERPRETER: X})
    doc.add(
        '<?xml version="1.0" encoding="utf-8"?>',
        '<Project xmlns="urn:QDA-XML:project:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'name="Loss and resettlement in counselling" origin="ATLAS.ti 23.2.1" '
        f'creatingUserGUID="{USER_GUID}" creationDateTime="2024-04-02T09:02:13Z" '
        'xsi:schemaLocation="urn:QDA-XML:project:1.0 http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd">',
        "  <Users>",
        f'    <User guid="{USER_GUID}" name="R. Mensah"/>',
        "  </Users>",
        "  <CodeBook>",
        "    <Codes>",
        f'      <Code guid="{CODE_BONDS}" name="Continuing bonds" isCodable="true" color="#4f81bd"/>',
        f'      <Code guid="{CODE_WATCH}" name="Keeping watch" isCodable="true" color="#c0504d"/>',
        "    </Codes>",
        "  </CodeBook>",
        "  <Sources>",
    )
    doc.source(
        "Kai_T_session1",
        [KAI_HEADING, KAI_DETAILS],
        plain(KAI_SESSION_1),
        [
            (
                "She made r\u0113wena bread every Sunday",
                CODE_BONDS,
                "decoy: a coded selection quoting part of a turn, not a turn",
            )
        ],
        kinds=("duplicate_session",),
    )
    doc.source(
        "Rasha_A_intake_interpreted",
        ["Settlement counselling, first session, Arabic interpreter present. Pseudonyms."],
        [
            (
                COUNSELLOR,
                "Rasha, thank you for coming today. Samir is here to interpret, and everything you say stays in this "
                "room.",
            ),
            (
                RASHA,
                "Thank you. I was not sure what counselling is. My caseworker said it might help with the sleep.",
            ),
            (COUNSELLOR, "Tell me about the sleep."),
            (
                RASHA,
                "I wake at three every night. I check the door. Then I check my children. Then I cannot sleep again.",
            ),
            (COUNSELLOR, "Checking the door and your children. It sounds like your body is still keeping watch."),
            (
                RASHA,
                "Yes. And in the day I feel ghurba, homesick, all the time.",
                "decoy: a transliterated Arabic word inside a client turn",
            ),
            (
                INTERPRETER,
                f"Sorry, may I clarify one word? Rasha said {LDQ}ghurba{RDQ}. I said homesick, but it is more like "
                "being a stranger, far from your home.",
                "unknown_speaker",
            ),
            (RASHA, "Yes. A stranger. Both."),
            (
                COUNSELLOR,
                "Homesick, and a stranger here, both at once. That makes a lot of sense after everything you have left "
                "behind.",
            ),
            (RASHA, "My mother is still in Homs. We speak on WhatsApp on Fridays."),
            (COUNSELLOR, "What are those calls like for you?"),
            (
                RASHA,
                f"Good and bad. I smile for her. After, I cry in the bathroom so the children don{RSQ}t see.",
            ),
        ],
        [
            (
                "It sounds like your body is still keeping watch",
                CODE_WATCH,
                "decoy: a second coded selection quoting a counsellor turn",
            )
        ],
    )
    doc.add("  </Sources>", "  <Notes>")
    doc.add(
        f'    <Note guid="{doc.guid()}" name="Memo: waves of grief" creatingUser="{USER_GUID}" '
        'creationDateTime="2024-04-03T11:20:09Z">'
    )
    line = doc.add(
        "      <PlainTextContent>On Kai's session 1: feeling fine, then guilty for being fine. Compare with the "
        "dual-process model (oscillation).</PlainTextContent>"
    )
    doc.mark(line, "decoy: a memo about the session inside a PlainTextContent of the notes, not a turn")
    doc.add("    </Note>", "  </Notes>", "</Project>")
    return doc


BUILDERS = [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f14]


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
        for turn in session.turns:
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
    raw = (out / doc.name).read_bytes()
    data = doc.decode(raw)
    assert data.endswith(doc.eol)
    if doc.eol == "\r\n":
        assert "\n" not in data.replace("\r\n", "")
    else:
        assert "\r" not in data
    physical = data[: -len(doc.eol)].split(doc.eol)
    assert physical == doc.lines(), doc.name
    # the line count is the same however a reader decodes the file (strictly, with replacement, or as Latin-1)
    assert len(data.splitlines()) == len(physical), f"{doc.name}: a character splits lines unexpectedly"
    if doc.encoding in ("utf-8", "utf-8-sig", "cp1252", "ascii"):
        body = raw.removeprefix(codecs.BOM_UTF8)
        for fallback in (body.decode("utf-8", errors="replace"), body.decode("latin-1")):
            assert len(fallback.splitlines()) == len(physical), f"{doc.name}: the line count depends on decoding"
    # invalid bytes sit exactly on the lines marked encoding_error
    bad_lines = {number for number, line in enumerate(physical, 1) if has_raw_bytes(line)}
    assert bad_lines == {line for line, kind in doc.truth if kind == "encoding_error"}, doc.name
    turn_lines = {t.line for s in doc.sessions for t in s.turns}
    for line, kind in doc.truth:
        assert line in turn_lines or line in doc.line_rows, (doc.name, line, kind)
        assert line not in turn_lines or line not in doc.line_rows, (doc.name, line, kind)
    for session in doc.sessions:
        for turn in session.turns:
            doc.check_turn(physical, turn)
    doc.check_file(data)
    return physical


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or (len(argv) == 3 and argv[2] != "--show"):
        print("usage: python blind/ninth_defect_cases.py OUT_DIR [--show]", file=sys.stderr)
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
                shown = physical[line - 1].encode("utf-8", errors="backslashreplace").decode("utf-8")
                print(f"{doc.name}:{line} {kind:20s} | {shown[:110]}")
    check_sessions(docs)
    assert len(set(rows)) == len(rows), "duplicate truth rows"
    rows.sort()
    with (out / "truth.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "line", "defect_type"])
        writer.writerows(rows)
    counts = Counter(kind for _, _, kind in rows)
    assert set(counts) == KINDS and min(counts.values()) >= 2, counts
    assert 12 <= len(docs) <= 14 and 45 <= len(rows) <= 55 and 60 <= decoys <= 80, (len(docs), len(rows), decoys)
    print(f"wrote {len(docs)} files and {len(rows)} truth rows to {out}")
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    print(f"decoys: {decoys}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
