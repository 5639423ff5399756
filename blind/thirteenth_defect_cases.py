# ruff: noqa: RUF001, RUF002  (curly quotes, dashes, full-width and garbled characters are the test data)
"""Thirteenth set of blind defect cases for the transcript-cleaning product.

Blind conditions: written without reading any detector, flow, synthetic-data, schema, SQL, CLI, warehouse, test or
benchmark code, the project README or its docs, and without grepping the repository or running the product or any
benchmark. The only things read were the first 15 lines of benchmarks/blind_defects.py, the twelve earlier case
writers in blind/ (for the interface, the truth conventions and the layouts they already used, none of which is
reused here) and /work/shared/README.md. Nothing was read from /work/shared/corpora; every transcript below was
written for this set. The truth was fixed from the text written here, before any run of the product, and the
product was never run. (Besides those, only the linter settings in pyproject.toml were looked at, so that this file
could be kept ruff-clean; ruff and mypy were run on this file alone.) Run as

    python blind/thirteenth_defect_cases.py OUT_DIR [--show]

to write 12 files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR (``--show`` also
prints every truth row next to the line it names).

Four files (01-04) are in COMMON shapes with conventions no earlier set used (a plain labelled transcript in the
f4/f5transkript convention, an R ``write.csv`` export, a Cohere chat fine-tuning set in JSON Lines, a Hugging Face
style JSON whose dialogues are held as parallel columns); the others are rarer: a Japanese LINE talk history, an HL7
v2 MDM message, an EXMARaLDA basic transcription, a 1996 Mac text file, an accessible (screen-reader) transcript, an
iCalendar file that is not a transcript, a Bot Framework Emulator ``.transcript`` and a Switchboard-style
dialogue-act file. One file is in Japanese (05); the rest is English. Encodings and line ends: 01 UTF-8, CRLF;
05 Shift-JIS (Windows code page 932), CRLF; 06 ISO-8859-1 (declared in MSH-18), segments ended by a bare CR and no
LF anywhere; 08 Mac OS Roman, bare CR line ends; 09 UTF-16 BE with a byte-order mark, CRLF; 10 UTF-8, CRLF; the
others UTF-8 without a BOM and LF.

Common shapes:

* ``01_f5_transcript_panic_s02.txt``: a student-counselling research transcript typed in f4transkript under the
  "simple transcription" rules: a header (recording, project, speakers, conventions), then one paragraph a turn,
  ``Counsellor: text #00:01:03-4#`` (the time stamp closes the paragraph), a blank line between paragraphs. Part of
  it was drafted by an AI tool and pasted in. Defects: a paragraph pasted from the transcriber's older ANSI draft
  (lone Windows-1252 bytes 0x92, 0x85, 0xE9: encoding_error), the counsellor's reflection under ``Client:``
  (role_inversion), a counsellor paragraph that still opens with the AI tool's ``Certainly! Here is the next part
  of the transcript ...`` (meta_text), a client paragraph pasted twice, time stamp and all (duplicate_turn), the last
  paragraph cut off with no closing time stamp (truncated_turn). Decoys: the header lines, ``/`` for a sentence
  broken off (twice, once where the counsellor comes in), ``(.)``/``(3)`` pauses, ``(unintelligible)``,
  ``(laughs)``, a stressed word in capitals, ``Mhm.`` twice, ``I can't even think about it``, the counsellor
  quoting the client's "what ifs".
* ``02_misc_coding_write_csv.csv``: a motivational-interviewing coding export written by R's ``write.csv``: the
  row-names column with an empty header, strings quoted, numbers bare, ``NA`` bare for a missing value,
  ``session_id,turn_no,speaker,utterance,misc_code,coder``. Session S04 is clean; S11 was merged in git by hand and
  kept a merge conflict: the three conflict marker lines (unparseable_line) and both versions of one client row,
  so its utterance stands twice (duplicate_turn); S11 also has an utterance read from a UTF-8 file as Windows-1252
  (mojibake), a client row entered twice with small changes (near_duplicate_turn), an ``NA`` utterance
  (empty_turn) and a counsellor's reflection coded under ``client`` (role_inversion). Session ``S04-r2`` is S04
  re-coded by the second coder: the same turns again (duplicate_session). Decoys: the row-names column, ``NA`` in
  the code column, doubled quotes in a cell, a cell over two physical lines, ``Mm.`` from both speakers, ``I can't
  promise`` (counsellor).
* ``03_cohere_chat_finetune.jsonl``: a Cohere chat fine-tuning set, one conversation a JSON Lines row
  ``{"messages": [{"role": "System"|"User"|"Chatbot", "content": ...}]}`` (``User`` is the client, ``Chatbot``
  the counsellor; the ``System`` message is not a turn). Defects: a hotline-only refusal (row 2), the generator's
  ``---`` / ``Word count: ... | Techniques: ...`` footer appended to a reply (meta_text, row 3), a user message with
  a lone Windows-1252 byte (encoding_error, row 3), a last reply cut by the token limit (truncated_turn, row 4),
  a row with the roles swapped throughout (role_inversion, row 5), row 6 a copy of row 1 (duplicate_session).
  Decoys: the system prompt in every row, the user complaining about the hotline reply, 988 inside real
  engagement, ``I can't switch off``, ``ok`` in two rows, lowercase user messages.
* ``04_peer_chat_columnar.json``: a synthetic peer-counselling set saved the way a Hugging Face ``datasets``
  dialogue set stores turns, as PARALLEL COLUMNS: each dialogue's ``turns`` has a ``speaker`` list of class ids on
  one line and an ``utterance`` list with one string a line; the ``features`` block names the ids (0 client,
  1 counsellor, 2 other). Defects: a counsellor line generated at three counsellor slots, the third with small edits
  (repetition_loop, duplicate_turn, near_duplicate_turn), a client utterance garbled as UTF-8 read as
  Windows-1252 (mojibake), an empty utterance (empty_turn), a shift mentor (id 2) writing into the chat
  (unknown_speaker). Decoys: the features block, the client complaining of the repeat, ``Yeah.`` twice, the
  counsellor quoting the client, ``I can't face`` (client).

Rarer layouts:

* ``05_line_talk_history_ja.txt``: a LINE talk history (Japanese) of a youth counselling service's LINE account,
  exported on a PC and re-saved by staff in Notepad as "ANSI" on a Japanese Windows, i.e. Shift-JIS (cp932), CRLF:
  ``[LINE] ...とのトーク履歴``, ``保存日時：``, a date line, then ``HH:MM<TAB>sender<TAB>message``; a message with
  line breaks is wrapped in double quotes over several lines. The service account (ひだまり相談室) is the counsellor
  role, also when its keyword auto-reply answers; ゆい is the client. Defects: the auto-reply's hotline-only refusal
  (refusal), a message the client copied from the web form she had filled in, garbled as UTF-8 read as Shift-JIS
  (the classic ``縺``/``繧`` 文字化け, its undecodable bytes shown as ``?``: mojibake), a message sent twice
  (duplicate_turn). Decoys: the header and date lines, the auto greeting, a quoted two-line message, ``[スタンプ]``
  and ``[写真]`` placeholders, the "unsent a message" notice, ``うん。`` twice, ``先生には言えない`` (the client
  cannot tell her teacher), the counsellor mentioning the garbled message, the client re-sending it cleanly, the
  counsellor's confidentiality statement, a 24-hour line inside real engagement, the client's thanks.
* ``06_camhs_mdm_t02.hl7``: an HL7 v2.5 ``MDM^T02`` message from a dictation system to a child and adolescent
  mental health service's record, ISO-8859-1 (``8859/1`` in MSH-18), segments ended by a bare CR (there is no LF
  in the file, so every physical line is a segment): ``MSH``, ``EVN``, ``PID``, ``PV1``, ``TXA``, ``NTE`` and one
  ``OBX|n|TX|...`` a paragraph ``Label: text`` (``Clinician:``, ``Sam:``, and ``Mother:`` for Sam's mother).
  HL7 escapes: ``\\T\\`` for ``&``, ``\\F\\`` for ``|``. Defects: a paragraph the speech engine sent as UTF-8 into the
  Latin-1 interface (``ZoÃ«``, ``cafÃ©``: mojibake), Sam's mother joining and speaking (unknown_speaker), a
  clinician paragraph cut at the interface's 200-character field limit (truncated_turn), ``Sam:`` with no words
  (empty_turn), a paragraph with a raw CR inside, whose second half stands on a line of its own that is no segment
  (unparseable_line). Decoys: the header segments and notes, correct Latin-1 ``Ní Bhriain`` and ``Zoë``, the
  escapes, ``Yeah.`` twice, ``I can't promise`` (clinician), the clinician naming the shrug.
* ``07_exmaralda_workstress.exb``: an EXMARaLDA basic transcription (HIAT): a speaker table (``TH``, ``CL``,
  ``RA`` with a ``role`` attribute), a common timeline of ``tli`` points, then one ``<tier>`` a speaker holding
  ``<event start= end=>`` elements, so that the file lists ALL the therapist's events, then all the client's: the
  dialogue order comes from the timeline. Comment tiers (``type="a"``) are not turns. Defects: a client utterance
  transcribed on the therapist's tier (role_inversion), the research assistant asking for a pause
  (unknown_speaker), a client event copied into the next timeline slot (duplicate_turn). Decoys: the head, the
  comment tier, ``((laughs))``, ``Mhm.`` from both speakers, ``I can't stop thinking about it``.
* ``08_practicum_tape7_1996.txt``: a counselling-practicum tape transcript typed in 1996 on a Mac and kept as
  Mac OS Roman text with bare CR line ends; ``COUNSELOR:``/``CLIENT:`` labels followed by a tab, a turn on one
  line, tape-counter lines. Defects: a paragraph re-typed in 2021 from emailed notes through an editor that read
  UTF-8 as Mac OS Roman (``I‚Äôd``: mojibake), a client turn typed twice (duplicate_turn), the file ending in the
  middle of the last turn (truncated_turn). Decoys: Mac Roman curly quotes, an em dash, an ellipsis and
  ``résumé`` (correct here), the counter lines, ``[inaudible]``, ``Uh-huh.`` twice, ``I can't tell them``.
* ``09_accessible_transcript_worry_time.txt``: an accessible, screen-reader transcript of a training video, saved
  from Notepad as "UTF-16 BE": a header, then ``At 2 minutes 14 seconds, Maya (counsellor) says:`` with the words
  on the next line, ``Sound:`` and ``Visual:`` lines, blank lines. It was made from automatic captions and
  tidied with an AI writing tool. Defects: a counsellor sentence the captions repeated three times
  (repetition_loop, duplicate_turn, near_duplicate_turn), the tool's ``Here is the passage rewritten in plain
  English, as requested:`` inside a turn (meta_text), the tool's refusal to rewrite a passage standing in the
  counsellor's place (refusal), a counsellor's reflection under Tom (role_inversion), a lone UTF-16 high surrogate
  (half an emoji: encoding_error), the last turn cut off (truncated_turn). Decoys: the header, ``Sound:`` and
  ``Visual:`` lines, Tom apologising for his phone, Samaritans inside real engagement, ``I can't do it straight
  after work``.
* ``10_counselling_room2_bookings.ics``: an iCalendar export of a counselling room's bookings (CRLF, folded lines)
  that was misfiled among the transcripts; it has ``SUMMARY:``/``DESCRIPTION:`` lines naming the client and the
  therapist but no dialogue (unparseable_file). Decoys: a folded line that starts ``Client:``, a description quoting
  the client.
* ``11_calmcoach_emulator.transcript``: a Bot Framework Emulator transcript (a JSON array of activities, indent 2,
  small objects on one line): ``message`` activities from the user (``"role": "user"``, the client) and from a CBT
  self-help bot (``"role": "bot"``, the counsellor role); ``conversationUpdate``, ``typing`` and
  ``endOfConversation`` activities are not turns. Defects: the bot's fallback reply given three times
  (repetition_loop, two duplicate_turn), a safety reply that only gives hotlines (refusal), a reply that opens
  with ``As a supportive CBT coach, here is my response:`` (meta_text), a bot message with empty text
  (empty_turn). Decoys: ``suggestedActions``, the typing activities, lowercase user messages, ``ok`` twice, the
  user clarifying after the refusal, ``hello?``.
* ``12_carers_line_dialogue_acts.utt``: a helpline call annotated in the Switchboard (SWBD-DAMSL) style: a header
  of ``KEY:<TAB>value`` lines and a ``=====`` rule, then one slash unit a line, ``sd          A.1 utt1: text /``
  (dialogue-act tag, speaker letter and turn number, utterance number), with ``{F uh, }`` fillers, ``[ he, + he ]``
  repairs, ``-/`` for an abandoned unit and ``<laughter>``. A turn is all the units of one ``A.n``/``B.n``; the
  header says A is the volunteer (counsellor role) and B the caller. Defects: the caller's son heard on the
  speakerphone (``C.10``: unknown_speaker), a line pasted from a Latin-1 file (a lone 0xE1 byte: encoding_error),
  the volunteer's reflection numbered as a caller turn (role_inversion), the file ending in the middle of a unit
  (truncated_turn). Decoys: the header, the rule, ``-/``, fillers and repairs, ``<laughter>``, ``Uh-huh. /``
  twice, the caller explaining the third voice.

Every line number is a 1-based physical line of the written file: the decoded text split on its line end (``\\r\\n``
for 01, 05, 09 and 10, a bare ``\\r`` for 06 and 08, ``\\n`` for the others; no other line-break character occurs in
any file), and is computed while the file is built:

* a turn-level row points at the line holding the turn's speaker label or its equivalent: in 01 and 08 the label
  line; in 02 the line the record starts on, the header being line 1; in 03 the conversation's row (its turns share
  it; several defects of one kind in a row count once); in 04 the line of the turn's string in the ``utterance``
  list (the speaker id is at the same index of the ``speaker`` list above it); in 05 the ``HH:MM<TAB>sender`` line;
  in 06 the ``OBX`` segment; in 07 the ``<event ...>`` line; in 09 the ``At ... says:`` line (the words are on the
  line below it); in 11 the activity's ``"from": {...}`` line (its ``"text"`` follows); in 12 the ``utt1`` line of
  the turn;
* meta text inside a turn is marked at the turn's line;
* ``unparseable_line`` is marked at a line that cannot be read as a record of its layout (02's conflict markers,
  06's segment tail); such a line is not a turn;
* ``encoding_error`` is marked at the turn whose text holds bytes that are not valid in the file's encoding (lone
  bytes in UTF-8 in 01, 03 and 12, a lone surrogate in UTF-16 in 09); text that decodes validly but was garbled
  upstream is ``mojibake`` (Windows-1252, Latin-1, Mac OS Roman and Shift-JIS readings of UTF-8), marked on every
  garbled turn; the file's own single-byte (06, 08) or double-byte (05) characters are decoys;
* a session-level row (a whole session with the roles swapped, a duplicate session) points at the line of the
  session's first turn in dialogue order; a single turn in the other role's voice is ``role_inversion`` at its own
  line; the file-level row (``unparseable_file``, 10) is at line 0, as the benchmark's docstring says;
* a repetition loop is marked as in the earlier writers: ``repetition_loop`` on the first occurrence, then
  ``duplicate_turn`` or ``near_duplicate_turn`` on every later copy; which copy of a duplicated session is marked:
  the later one.

Not turns: 01's header; 02's header; 03's ``System`` messages; 04's dataset fields and ``speaker`` lists; 05's
header, date lines and the unsend notice; 06's ``MSH``, ``EVN``, ``PID``, ``PV1``, ``TXA`` and ``NTE`` segments; 07's
head, timeline and comment tiers; 08's title and counter lines; 09's header, ``Sound:`` and ``Visual:`` lines; 11's
non-message activities and ``suggestedActions``; 12's header and rule. A speaker outside the therapist/client roles
(04's mentor, 06's mother, 07's research assistant, 12's ``C``) speaking a turn is ``unknown_speaker``; the LINE
account's auto-reply (05) and the bot (11) stand in the counsellor's role.

Turns and lines that look suspicious but are clean (decoys) carry a ``decoy: ...`` tag here; the tag never reaches
the truth, and the number of decoys is printed. Standard library only.
"""

from __future__ import annotations

import codecs
import csv
import difflib
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

KINDS = {
    "mojibake",
    "encoding_error",
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
    "unparseable_file",
}
SESSION_KINDS = {"role_inversion", "duplicate_session"}
REPEAT_KINDS = {"duplicate_turn", "near_duplicate_turn"}
LINE_KINDS = {"meta_text", "unparseable_line"}

T, C, X = "T", "C", "?"  # therapist role, client role, nobody's role
ENCODINGS = ("utf-8", "cp932", "latin-1", "mac_roman", "utf-16-be")
OTHER_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


# ---------------------------------------------------------------------------
# garbling and bad bytes
# ---------------------------------------------------------------------------
MADE_GARBLED: set[str] = set()


def moji(text: str, codec: str) -> str:
    """UTF-8 bytes of ``text`` read with ``codec``; for cp932 the undecodable bytes show as ``?``, as a browser
    that had read them and a save to Shift-JIS leave them."""
    raw = text.encode("utf-8")
    if codec == "cp1252":
        out = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in raw)
    elif codec == "cp932":
        out = raw.decode("cp932", errors="replace").replace("\ufffd", "?")
    else:
        out = raw.decode(codec)
    assert out != text
    MADE_GARBLED.add(out)
    return out


def lone_bytes(text: str, codec: str = "cp1252") -> str:
    """``text`` written in a single-byte code page into a UTF-8 file: its non-ASCII characters become lone invalid
    bytes, held here as surrogate escapes."""
    return text.encode(codec).decode("utf-8", errors="surrogateescape")


def has_bad_units(text: str, encoding: str) -> bool:
    if encoding == "utf-8":
        return any(0xDC80 <= ord(ch) <= 0xDCFF for ch in text)
    if encoding == "utf-16-be":
        return any(0xD800 <= ord(ch) <= 0xDFFF for ch in text)
    return False


def _undo(text: str, codec: str) -> str | None:
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode(codec)
        except UnicodeEncodeError:
            if ord(ch) < 256 and codec == "cp1252":
                out.append(ord(ch))
            else:
                return None
    try:
        fixed = out.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return fixed if fixed != text else None


def garbled(text: str) -> bool:
    """A self-check only: the text was made by ``moji`` or reads back as UTF-8 through a single-byte code page."""
    if text in MADE_GARBLED:
        return True
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        return False
    return any(_undo(text, codec) is not None for codec in ("cp1252", "latin-1", "mac_roman"))


# ---------------------------------------------------------------------------
# the document builder
# ---------------------------------------------------------------------------
@dataclass
class Turn:
    label: str
    role: str
    text: str
    line: int
    kinds: tuple[str, ...]
    anchor: str
    probe: str | None
    end: int


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


class Doc:
    PROBE_SPAN = 3

    def __init__(
        self,
        name: str,
        roles: dict[str, str],
        *,
        encoding: str = "utf-8",
        eol: str = "\n",
        bom: bool = False,
        row_sessions: bool = False,
    ) -> None:
        assert encoding in ENCODINGS and eol in ("\n", "\r\n", "\r")
        self.name = name
        self.roles = roles
        self.encoding = encoding
        self.eol = eol
        self.bom = bom
        self.row_sessions = row_sessions
        self.out: list[str] = []
        self.truth: list[tuple[int, str]] = []
        self.decoys: list[tuple[int, str]] = []
        self.sessions: list[Session] = []
        self.current: Session | None = None
        self.line_rows: set[int] = set()
        self.file_level = False

    # lines ------------------------------------------------------------------
    def add(self, *lines: str) -> int:
        first = len(self.out) + 1
        for line in lines:
            assert "\n" not in line and "\r" not in line, (self.name, line[:60])
            assert not any(ch in line for ch in OTHER_BREAKS), (self.name, line[:60])
            self.out.append(line)
        return first

    @property
    def next_line(self) -> int:
        return len(self.out) + 1

    # truth ------------------------------------------------------------------
    def _truth(self, line: int, kind: str) -> None:
        assert (line, kind) not in self.truth, f"{self.name}:{line} {kind} twice"
        self.truth.append((line, kind))

    def start(self, *kinds: str) -> Session:
        assert set(kinds) <= SESSION_KINDS, kinds
        session = Session(tuple(kinds))
        self.sessions.append(session)
        self.current = session
        return session

    def turn(
        self,
        label: str,
        text: str,
        line: int,
        tags: Sequence[str] = (),
        *,
        anchor: str,
        probe: str | None = None,
        end: int | None = None,
    ) -> None:
        assert label in self.roles, (self.name, label)
        session = self.current
        assert session is not None
        kinds, decoys = split_tags(tags)
        assert not set(kinds) & {"duplicate_session", "unparseable_file", "unparseable_line"}
        assert ("mojibake" in kinds) == garbled(text), (self.name, line, text[:60])
        assert ("encoding_error" in kinds) == has_bad_units(text, self.encoding), (self.name, line)
        if "empty_turn" in kinds:
            assert text.strip() == "", (self.name, line)
        else:
            assert text.strip(), f"{self.name}:{line} empty text without empty_turn"
        assert (self.roles[label] == X) == ("unknown_speaker" in kinds), (self.name, line)
        row_kinds = list(kinds)
        if not session.turns:
            row_kinds = list(session.kinds) + row_kinds
        for kind in row_kinds:
            self._truth(line, kind)
        for note in decoys:
            self.decoys.append((line, note))
        session.turns.append(
            Turn(label, self.roles[label], text, line, tuple(kinds), anchor, probe, line if end is None else end)
        )

    def mark(self, line: int, *tags: str) -> None:
        kinds, decoys = split_tags(tags)
        assert set(kinds) <= LINE_KINDS, kinds
        for kind in kinds:
            self._truth(line, kind)
            self.line_rows.add(line)
        for note in decoys:
            self.decoys.append((line, note))

    def mark_file(self, *tags: str) -> None:
        kinds, decoys = split_tags(tags)
        assert kinds == ["unparseable_file"], kinds
        self._truth(0, "unparseable_file")
        self.file_level = True
        for note in decoys:
            self.decoys.append((0, note))

    def decoy(self, line: int, note: str) -> None:
        self.decoys.append((line, "decoy: " + note))

    # bytes ------------------------------------------------------------------
    def render(self) -> bytes:
        body = "".join(line + self.eol for line in self.out)
        if self.encoding == "utf-16-be":
            return codecs.BOM_UTF16_BE + body.encode("utf-16-be", errors="surrogatepass")
        errors = "surrogateescape" if self.encoding == "utf-8" else "strict"
        data = body.encode(self.encoding, errors=errors)
        return codecs.BOM_UTF8 + data if self.bom else data

    def decode(self, raw: bytes) -> str:
        if self.encoding == "utf-16-be":
            assert raw.startswith(codecs.BOM_UTF16_BE)
            return raw[2:].decode("utf-16-be", errors="surrogatepass")
        if self.bom:
            assert raw.startswith(codecs.BOM_UTF8)
            raw = raw[3:]
        else:
            assert not raw.startswith(codecs.BOM_UTF8)
        errors = "surrogateescape" if self.encoding == "utf-8" else "strict"
        return raw.decode(self.encoding, errors=errors)

    def check_file(self, data: str) -> None:
        """A format-specific check of the whole written text."""


def jstr(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def jrow(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False)


# ---------------------------------------------------------------------------
# 01 f4/f5transkript paragraphs: "Label: text #hh:mm:ss-f#", blank line between paragraphs
# ---------------------------------------------------------------------------
def f5_stamp(tenths: int) -> str:
    seconds, tenth = divmod(tenths, 10)
    return f"#{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}-{tenth}#"


class F5Doc(Doc):
    def __init__(self) -> None:
        super().__init__("01_f5_transcript_panic_s02.txt", {"Counsellor": T, "Client": C}, eol="\r\n")
        self.clock = 52  # tenths of a second
        self.stamps: dict[int, str] = {}

    def p(self, label: str, text: str, *tags: str, stamp: str | None = None, closed: bool = True) -> int:
        words = len(text.split())
        self.clock += 18 + words * 4
        stamp = stamp or f5_stamp(self.clock)
        body = f"{label}: {text} {stamp}" if closed else f"{label}: {text}"
        line = self.add(body, "") if closed else self.add(body)
        self.stamps[line] = stamp
        self.turn(label, text, line, tags, anchor=f"{label}: ", probe=text[:24])
        return line


def f01() -> Doc:
    doc = F5Doc()
    doc.add("Recording: ST14_s02_2024-02-27.m4a (48 min)")
    doc.add("Project: Student counselling process study, wave 2 - recorded and transcribed with written consent")
    doc.add("Transcription: f4transkript, simple rules; a time stamp #hh:mm:ss-f# closes each paragraph")
    line = doc.add("Speakers: Counsellor (Niamh), Client (Jordan, second-year engineering)")
    doc.decoy(line, "a header line naming both labels, not a turn")
    line = doc.add(
        "Conventions: (.) short pause, (3) pause in seconds, / word or sentence broken off, (unintelligible), "
        "(laughs), CAPITALS = stressed"
    )
    doc.decoy(line, "the conventions line, not a turn")
    doc.add("")
    doc.start()
    doc.p(
        "Counsellor",
        "Welcome back, Jordan. Last week we finished with the idea of keeping a note of when the panic shows up. "
        "How did that go?",
    )
    doc.p(
        "Client",
        "Um (.) I did it, sort of. I did it Monday and Tuesday and then I kind of/ I forgot, honestly.",
        "decoy: '/' marks a sentence broken off by the speaker (a transcription convention), not a cut turn",
    )
    doc.p("Counsellor", "That's okay. Two days is two days. What did you notice on Monday and Tuesday?")
    doc.p(
        "Client",
        "Both times it was in the library. Second floor, where the silent study is. (2) It's so quiet you can hear "
        "your own heart, and then I start listening to it, and then it goes faster.",
        "decoy: a (2) pause marker inside the turn",
    )
    doc.p("Counsellor", "Mhm.", "decoy: a backchannel that comes twice")
    doc.p("Client", "And then I have to leave. I just leave my stuff on the desk and go and stand by the bike racks.")
    doc.p("Counsellor", "Mhm.")
    doc.p(
        "Client",
        lone_bytes(
            "I’ve started going to the café on the ground floor instead… it’s louder there and I don’t notice my "
            "heart as much."
        ),
        "encoding_error",
    )
    doc.p("Counsellor", "So the louder café feels safer, because there's less room to notice what your body is doing.")
    doc.p(
        "Client",
        "Yeah. EXACTLY. (laughs) That sounds daft when you say it back to me.",
        "decoy: a stressed word in capitals and (laughs)",
    )
    doc.p(
        "Client",
        "So what I'm hearing is that the quiet gives the worry something to latch on to, and leaving is the "
        "quickest way you've found of turning it down again. Does that fit?",
        "role_inversion",
    )
    doc.p(
        "Client",
        "It does. It's like (.) if I stay, something bad will happen, but I never find out what, because I've "
        "always gone by then.",
    )
    doc.p(
        "Counsellor", "You never get to find out. (3) What do you guess would happen if you stayed five more minutes?"
    )
    doc.p(
        "Client",
        "I'd faint, probably. Or be sick. In front of everyone. I can't even think about it properly.",
        "decoy: the client says I can't even think about it, not a refusal",
    )
    doc.p(
        "Counsellor",
        "Certainly! Here is the next part of the transcript with the filler words tidied up: That fear of fainting "
        "is really common with panic, and it makes sense you'd want to avoid it. Can I share a bit about what "
        "happens to blood pressure during a panic attack?",
        "meta_text",
    )
    doc.p("Client", "Go on.")
    doc.p(
        "Counsellor",
        "During panic your heart rate and blood pressure usually go UP, not down, and fainting generally needs "
        "blood pressure to drop. So the feeling is horrible, but it's working against fainting, not towards it.",
    )
    mum = (
        "Huh. Nobody's ever told me that. My mum faints at the sight of blood, so I always assumed it ran in the "
        "family."
    )
    first = doc.p("Client", mum)
    doc.p(
        "Counsellor",
        "That's a different reaction, and a good one to be curious about. (unintelligible) (.) something we could "
        "test, maybe.",
        "decoy: an (unintelligible) note inside a complete turn",
    )
    doc.p("Client", mum, "duplicate_turn", stamp=doc.stamps[first])
    doc.p(
        "Client",
        "And what if it's not panic though, what if it's actually/",
        "decoy: a turn broken off with '/' where the counsellor comes in, not a truncation",
    )
    doc.p(
        "Counsellor",
        "Can I come in there? I notice the 'what ifs' speeding up as we talk about it. What's happening in your "
        "body right now?",
        "decoy: the counsellor quotes the client's 'what ifs'",
    )
    doc.p("Client", "Bit of a flutter. It's fine. It's going.")
    doc.p(
        "Counsellor",
        "What if this week we tried something a bit different: you go up to the second floor, sit for ten minutes, "
        "and instead of leaving when your heart speeds up you jot down what the",
        "truncated_turn",
        closed=False,
    )
    return doc


# ---------------------------------------------------------------------------
# 02 R write.csv: row names, strings quoted, numbers and NA bare; a git merge conflict left in
# ---------------------------------------------------------------------------
def r_cell(value: str | int | None) -> str:
    if value is None:
        return "NA"
    if isinstance(value, int):
        return str(value)
    return '"' + value.replace('"', '""') + '"'


class RCsvDoc(Doc):
    def __init__(self) -> None:
        super().__init__("02_misc_coding_write_csv.csv", {"therapist": T, "client": C})
        self.add(
            ",".join(r_cell(v) for v in ("", "session_id", "turn_no", "speaker", "utterance", "misc_code", "coder"))
        )
        self.rowname = 0

    def row(
        self,
        sid: str,
        turn_no: int,
        speaker: str,
        utterance: str | None,
        code: str | None,
        coder: str,
        *tags: str,
        rowname: int | None = None,
    ) -> int:
        if rowname is None:
            self.rowname += 1
            rowname = self.rowname
        cells = [r_cell(str(rowname)), r_cell(sid), r_cell(turn_no), r_cell(speaker), r_cell(utterance)]
        cells += [r_cell(code), r_cell(coder)]
        physical = ",".join(cells).split("\n")
        line = self.add(*physical)
        anchor = ",".join(cells[:4])
        text = utterance if utterance is not None else ""
        probe = None if utterance is None else utterance.replace('"', '""')[:20]
        self.turn(speaker, text, line, tags, anchor=anchor, probe=probe, end=line + len(physical) - 1)
        return line


S04 = [
    ("therapist", "Hi Dev, thanks for coming in again. How has the week been with the vaping?", "OQ"),
    ("client", "Honestly? About the same. I'm on maybe two of those disposable ones a week.", "ST"),
    ("therapist", "About the same, and you sound a bit fed up saying it.", "CR"),
    ("client", "Mm.", "FN"),
    (
        "client",
        'My girlfriend calls it my "little cloud". She says I disappear into it.\nWhich, fair.',
        "FN",
    ),
    ("therapist", "Mm.", None),
    ("therapist", "What do you make of her saying that?", "OQ"),
    (
        "client",
        "I think she's right. I go out to the balcony every time something's annoying at work. I'd like to not need "
        "it so much.",
        "CT",
    ),
    (
        "therapist",
        "Part of you wants to keep it as your way out, and part of you would like not to need it. Before we go "
        "on, I can't promise I'll never pass things on: if I'm worried about your safety, I'd have to. Otherwise "
        "this stays between us.",
        "CR",
    ),
    ("client", "Yeah, that's fine. That's what the form said.", "FN"),
]


def f02() -> Doc:
    doc = RCsvDoc()
    doc.decoy(1, "the header with its empty row-names column, not a turn")
    doc.start()
    for n, (speaker, text, code) in enumerate(S04, 1):
        tags: list[str] = []
        if text == "Mm." and speaker == "client":
            tags.append("decoy: Mm. from both speakers")
        if code is None:
            tags.append("decoy: NA in the code column, the utterance is there")
        if "little cloud" in text:
            tags.append("decoy: doubled quotes inside a cell that runs over two physical lines")
        if "can't promise" in text:
            tags.append("decoy: the counsellor's I can't promise confidentiality statement, not a refusal")
        doc.row("S04", n, speaker, text, code, "RK", *tags)

    doc.start()
    doc.row(
        "S11",
        1,
        "therapist",
        "Last time you said you'd think about the drinking on weeknights. Where are you with it?",
        "OQ",
        "RK",
    )
    doc.row(
        "S11",
        2,
        "client",
        "I did three dry nights. Monday to Wednesday. Then Thursday was my sister's leaving do and that was that.",
        "CT",
        "RK",
    )
    doc.row("S11", 3, "therapist", "Three dry nights in a row. How was that for you?", "SR", "RK")
    doc.row(
        "S11",
        4,
        "client",
        moji(
            "Weird. I slept better, which I didn’t expect. I went to the café by the station on Tuesday instead of "
            "the pub – felt a bit naïve, like a kid on a school trip.",
            "cp1252",
        ),
        "CT",
        "RK",
        "mojibake",
    )
    doc.row("S11", 5, "therapist", "You slept better. That's not nothing.", "AF", "RK")
    doc.row(
        "S11",
        6,
        "client",
        "So it sounds like the quiet nights surprised you, and part of you is wondering whether you could have more "
        "of them without feeling you're missing out.",
        "CR",
        "RK",
        "role_inversion",
    )
    doc.row("S11", 7, "client", "Yeah. I didn't miss it as much as I thought I would.", "CT", "RK")
    doc.row("S11", 8, "therapist", "What made Thursday different?", "OQ", "RK")
    line = doc.add("<<<<<<< HEAD")
    doc.mark(line, "unparseable_line")
    leaving = "Everyone was drinking and I didn't want to be the boring one at her leaving do. She's moving to Leeds."
    doc.row("S11", 9, "client", leaving, "ST", "RK", rowname=doc.rowname + 1)
    line = doc.add("=======")
    doc.mark(line, "unparseable_line")
    doc.row("S11", 9, "client", leaving, "FN", "JT", "duplicate_turn")
    line = doc.add(">>>>>>> coder-jt")
    doc.mark(line, "unparseable_line")
    doc.row("S11", 10, "therapist", "Not wanting to be the boring one.", "SR", "RK")
    doc.row("S11", 11, "client", None, None, "RK", "empty_turn")
    doc.row("S11", 12, "therapist", "Take your time.", "GI", "RK")
    doc.row(
        "S11",
        13,
        "client",
        "I think I'm scared that if I stop, I'll find out I'm not actually fun without it.",
        "ST",
        "RK",
    )
    doc.row(
        "S11",
        14,
        "client",
        "I think I'm scared that if I stop I'll find out I'm not really fun without it.",
        "ST",
        "RK",
        "near_duplicate_turn",
    )
    doc.row("S11", 15, "therapist", "That sounds like an important fear to look at together.", "CR", "RK")

    doc.start("duplicate_session")
    for n, (speaker, text, code) in enumerate(S04, 1):
        doc.row("S04-r2", n, speaker, text, code, "JT")
    return doc


# ---------------------------------------------------------------------------
# 03 Cohere chat fine-tuning JSON Lines: {"messages": [{"role": "System"|"User"|"Chatbot", "content"}]}
# ---------------------------------------------------------------------------
COHERE_SYSTEM = (
    "You are a counsellor on a student wellbeing service. Reply warmly and briefly, in a person-centred way, and ask "
    "at most one question per reply."
)

COHERE_ROW1 = [
    ("User", "i can't switch off at night. exams start in three weeks and my brain just keeps going", ()),
    (
        "Chatbot",
        "That sounds exhausting, lying there with your mind running while you need the rest. What tends to go "
        "through your head when you can't switch off?",
        (),
    ),
    ("User", "mostly lists. what i haven't revised yet. then what happens if i fail and have to resit", ()),
    (
        "Chatbot",
        "So the lists start, and then they turn into what-ifs about failing. That's a lot to carry into bed. Have "
        "you found anything, even briefly, that quietens it?",
        (),
    ),
    (
        "User",
        "writing it down sometimes helps. then i can tell myself it's on paper and not my problem till morning",
        (),
    ),
    (
        "Chatbot",
        "That's a really useful thing to have noticed. Putting it on paper gives it somewhere to wait. Would you like "
        "to think about making that a regular part of winding down?",
        (),
    ),
]


class CohereDoc(Doc):
    def __init__(self) -> None:
        super().__init__("03_cohere_chat_finetune.jsonl", {"User": C, "Chatbot": T}, row_sessions=True)

    def conversation(self, turns: Sequence[tuple[str, str, Sequence[str]]], *session_kinds: str) -> int:
        messages = [{"role": "System", "content": COHERE_SYSTEM}]
        messages += [{"role": role, "content": text} for role, text, _ in turns]
        line = self.add(jrow({"messages": messages}))
        self.decoy(line, "the System prompt in the row, not a turn")
        self.start(*session_kinds)
        for role, text, tags in turns:
            self.turn(role, text, line, tags, anchor=jstr(text)[1:31])
        return line


def f03() -> Doc:
    doc = CohereDoc()
    doc.conversation(
        [
            (r, t, ("decoy: the user says i can't switch off",) if n == 0 else g)
            for n, (r, t, g) in enumerate(COHERE_ROW1)
        ]
    )
    doc.conversation(
        [
            (
                "User",
                "ok so i failed my driving test again today. third time",
                ("decoy: a user message opening with ok",),
            ),
            (
                "Chatbot",
                "Third time, and today of all days. That's really disappointing. How are you feeling about it now?",
                (),
            ),
            ("User", "honestly like whats the point of trying anything. i always mess it up", ()),
            (
                "Chatbot",
                "I'm really sorry you're feeling this way. It sounds like you're going through a lot right now, and I "
                "think it would be best to talk to someone who can offer the right support. You can call or text 988 "
                "(the Suicide & Crisis Lifeline) any time, or text HOME to 741741. You don't have to go through this "
                "alone.",
                ("refusal",),
            ),
            (
                "User",
                "i didnt mean it like that. i meant driving. i just feel stupid",
                ("decoy: the user pushes back on the hotline reply; a client turn, not a role inversion",),
            ),
            (
                "Chatbot",
                "Thank you for telling me, and I'm sorry I jumped ahead. Feeling stupid after failing something three "
                "times makes a lot of sense. What happened in the test?",
                (),
            ),
            ("User", "i stalled at the roundabout and panicked. the examiner had to brake", ()),
            (
                "Chatbot",
                "That sounds frightening in the moment. If the 'what's the point' feeling ever becomes more than "
                "frustration, 988 is there day and night, and it's always okay to say so here too. For now, what do "
                "you think the panic at the roundabout was about?",
                ("decoy: 988 given inside real engagement, not a hotline-only reply",),
            ),
        ]
    )
    doc.conversation(
        [
            (
                "User",
                lone_bytes("I work 9–5 at the call centre and then I look after my nan in the evenings. I'm so tired."),
                ("encoding_error",),
            ),
            (
                "Chatbot",
                "That's a long day, every day, with not much of it for you. What does tiredness look like for you at "
                "the "
                "moment?\n\n---\nWord count: 31 | Techniques: reflection, open question | Empathy score: 4/5",
                ("meta_text",),
            ),
            ("User", "falling asleep on the bus. snapping at my nan and then feeling awful about it", ()),
            (
                "Chatbot",
                "Snapping at someone you love and then feeling awful sounds like a sign of how stretched you are, not "
                "of who you are. Is there anyone who could take even one evening a week?",
                (),
            ),
        ]
    )
    doc.conversation(
        [
            ("User", "my best friend has stopped replying to my messages and i don't know what i did", ()),
            (
                "Chatbot",
                "That silence can be really painful, especially when you don't know the reason. How long has it been?",
                (),
            ),
            ("User", "about two weeks. she's posting stuff online so i know she's fine", ()),
            (
                "Chatbot",
                "So you can see she's around, which maybe makes the silence feel more personal. I'm wondering what "
                "you've been telling yourself about why she hasn't replied, and whether there might be other ways of "
                "looking at it that",
                ("truncated_turn",),
            ),
        ]
    )
    doc.conversation(
        [
            (
                "User",
                "It sounds like starting at the new school has been harder than you expected. What's been the "
                "toughest part so far?",
                (),
            ),
            ("Chatbot", "Lunchtimes. Everyone already has their group and I just walk round the field.", ()),
            ("User", "Walking round the field on your own every lunchtime. That sounds lonely.", ()),
            ("Chatbot", "It is. I pretend I'm on my phone so nobody notices.", ()),
            (
                "User",
                "Pretending so nobody notices takes a lot of energy. Is there anyone you've spoken to, even briefly?",
                (),
            ),
            ("Chatbot", "There's a girl in art who likes the same bands. ok maybe her.", ("decoy: ok inside a turn",)),
        ],
        "role_inversion",
    )
    doc.conversation([(r, t, ()) for r, t, _ in COHERE_ROW1], "duplicate_session")
    return doc


# ---------------------------------------------------------------------------
# 04 Hugging Face style dialogue set with parallel columns: "speaker": [ids], "utterance": [one string a line]
# ---------------------------------------------------------------------------
SPEAKER_NAMES = ["client", "counsellor", "other"]


class ColumnarDoc(Doc):
    def __init__(self) -> None:
        super().__init__("04_peer_chat_columnar.json", {"client": C, "counsellor": T, "other": X})
        self.add("{")
        self.add('  "dataset": "peer-counselling-synth",')
        self.add('  "version": "2.1.0",')
        self.add('  "split": "train",')
        line = self.add(
            '  "features": {"dialogue_id": {"dtype": "string"}, "topic": {"dtype": "string"}, "turns": {"speaker": '
            '{"_type": "ClassLabel", "names": ["client", "counsellor", "other"]}, "utterance": {"dtype": "string"}}},'
        )
        self.decoy(line, "the features block naming client and counsellor, not a turn")
        self.add('  "rows": [')
        self.dialogues = 0

    def dialogue(self, ident: str, topic: str, turns: Sequence[tuple[int, str, Sequence[str]]], last: bool) -> None:
        self.dialogues += 1
        self.add("    {", f'      "dialogue_id": {jstr(ident)},', f'      "topic": {jstr(topic)},', '      "turns": {')
        ids = ", ".join(str(speaker) for speaker, _, _ in turns)
        self.add(f'        "speaker": [{ids}],')
        self.add('        "utterance": [')
        self.start()
        for n, (speaker, text, tags) in enumerate(turns):
            comma = "," if n < len(turns) - 1 else ""
            line = self.add(f"          {jstr(text)}{comma}")
            self.turn(SPEAKER_NAMES[speaker], text, line, tags, anchor=jstr(text)[:40])
        self.add("        ]", "      }", "    }" + ("" if last else ","))

    def finish(self) -> None:
        self.add("  ]", "}")

    def check_file(self, data: str) -> None:
        parsed = json.loads(data)
        got = [
            [(SPEAKER_NAMES[s], u) for s, u in zip(row["turns"]["speaker"], row["turns"]["utterance"], strict=True)]
            for row in parsed["rows"]
        ]
        want = [[(t.label, t.text) for t in session.turns] for session in self.sessions]
        assert got == want, self.name


FIRST_STEP = (
    "It sounds like you're carrying a lot of this on your own. What would feel like a small first step this week?"
)


def f04() -> Doc:
    doc = ColumnarDoc()
    doc.dialogue(
        "pcs-0412",
        "loneliness after moving city",
        [
            (0, "I moved here for work four months ago and I still don't really know anyone outside the office.", ()),
            (1, "Four months is a long time to feel on your own. What are evenings like for you at the moment?", ()),
            (0, "Quiet. I eat dinner watching videos my friends post from back home.", ()),
            (1, FIRST_STEP, ("repetition_loop",)),
            (0, "Yeah.", ("decoy: a one-word client turn that comes twice",)),
            (
                0,
                moji(
                    "I tried the climbing café thing near work – it’s nice, but everyone already knows each other.",
                    "cp1252",
                ),
                ("mojibake",),
            ),
            (1, FIRST_STEP, ("duplicate_turn",)),
            (
                0,
                "You asked me that already. I don't know. Maybe going back to the climbing place on a beginners' "
                "night?",
                ("decoy: the client complains of the repeat; a client turn, not a duplicate",),
            ),
            (
                1,
                "It sounds like you're carrying a lot of this on your own. What might feel like one small first step "
                "this week?",
                ("near_duplicate_turn",),
            ),
            (0, "Yeah.", ()),
            (
                1,
                "A beginners' night sounds like a good fit: everyone there is new. What would help you actually go?",
                ("decoy: the counsellor picks up the client's words",),
            ),
        ],
        last=False,
    )
    doc.dialogue(
        "pcs-0577",
        "falling out with a housemate",
        [
            (0, "My housemate and I had a huge row about the bins and now we're not speaking.", ()),
            (1, "A row about the bins that's turned into silence. How long has it been like that?", ()),
            (
                0,
                "Since Sunday. I can't face going into the kitchen when she's there.",
                ("decoy: I can't face, said by the client",),
            ),
            (
                1,
                "Avoiding the kitchen sounds uncomfortable in your own home. What do you think she's making of it?",
                (),
            ),
            (0, "", ("empty_turn",)),
            (
                2,
                "Hi both, I'm Sam, the shift mentor. Just checking in because this chat was picked for a quality "
                "review. Carry on as you were!",
                ("unknown_speaker",),
            ),
            (
                0,
                "Sorry, that was weird. I think she's probably embarrassed too. We used to get on really well.",
                (),
            ),
            (1, "You used to get on really well. What might a first, small conversation with her look like?", ()),
        ],
        last=True,
    )
    doc.finish()
    return doc


# ---------------------------------------------------------------------------
# 05 LINE talk history (Japanese), re-saved as Shift-JIS (cp932), CRLF: "HH:MM<TAB>sender<TAB>message"
# ---------------------------------------------------------------------------
ACCOUNT, YUI = "ひだまり相談室", "ゆい"


class LineDoc(Doc):
    def __init__(self) -> None:
        super().__init__("05_line_talk_history_ja.txt", {ACCOUNT: T, YUI: C}, encoding="cp932", eol="\r\n")

    def msg(self, time: str, sender: str, text: str, *tags: str) -> int:
        parts = text.split("\n")
        if len(parts) > 1:
            physical = [f'{time}\t{sender}\t"{parts[0]}', *parts[1:-1], f'{parts[-1]}"']
        else:
            physical = [f"{time}\t{sender}\t{text}"]
        line = self.add(*physical)
        self.turn(sender, text, line, tags, anchor=f"{time}\t{sender}\t", probe=parts[0][:8], end=line + len(parts) - 1)
        return line


def f05() -> Doc:
    doc = LineDoc()
    doc.add(f"[LINE] {YUI}とのトーク履歴", "保存日時：2024/03/06 00:12", "")
    line = doc.add("2024/03/05(火)")
    doc.decoy(line, "a date line, not a turn")
    doc.start()
    doc.msg(
        "21:58",
        YUI,
        "こんばんは\n相談したいことがあります",
        "decoy: a message over two physical lines in double quotes, one turn",
    )
    doc.msg(
        "21:58",
        ACCOUNT,
        "メッセージありがとうございます。ひだまり相談室です。ただいま相談員が順番に対応しています。"
        "つながるまで少しお待ちください。（受付時間 17:00～22:30）",
        "decoy: the account's automatic greeting, a complete counsellor-side turn",
    )
    doc.msg("21:59", YUI, "母とけんかして、もう家にいたくない。消えたい")
    doc.msg(
        "21:59",
        ACCOUNT,
        "申し訳ありませんが、このトークではその内容にお答えすることができません。"
        "つらいお気持ちのときは、いのちの電話（0570-783-556）やよりそいホットライン（0120-279-338）にご相談ください。",
        "refusal",
    )
    doc.msg(
        "22:01",
        ACCOUNT,
        "相談員のはるです。お待たせしました。さっきは自動の返信が先に届いてしまってごめんなさい。"
        "お母さんとけんかして、家にいたくない気持ちなんだね。よかったら、何があったのか教えてもらえますか？",
        "decoy: the counsellor apologises for the auto-reply and reflects the client's words",
    )
    doc.msg("22:02", YUI, "学校のことで言い合いになった。行けてないから")
    form = "フォームにも書いたんですけど、先月から夜になると涙が止まらなくて、朝起きられない日が増えています。"
    doc.msg("22:04", YUI, moji(form, "cp932"), "mojibake")
    doc.msg(
        "22:05",
        ACCOUNT,
        "ごめんなさい、今のメッセージが文字化けしてしまって読めませんでした。もう一度送ってもらえますか？",
        "decoy: the counsellor mentions the garbled message (文字化け) in clean text",
    )
    doc.msg("22:06", YUI, form, "decoy: the client re-sends the garbled message cleanly; not a repeat of its text")
    doc.msg("22:07", ACCOUNT, "夜になると涙が止まらない…それはとてもつらいね。夜は眠れている？")
    line = doc.add(f"22:07\t{YUI}\t[スタンプ]")
    doc.decoy(line, "a sticker placeholder")
    doc.turn(YUI, "[スタンプ]", line, anchor=f"22:07\t{YUI}\t")
    doc.msg("22:08", YUI, "あんまり。3時くらいまでスマホ見てる")
    doc.msg("22:08", ACCOUNT, "うん。", "decoy: a backchannel that comes twice")
    teacher = "先生には言えない。担任に言ったら親に連絡されるから"
    doc.msg("22:10", YUI, teacher, "decoy: the client says she cannot tell her teacher, not a refusal")
    doc.msg("22:10", ACCOUNT, "うん。")
    doc.msg("22:11", YUI, teacher, "duplicate_turn")
    line = doc.add(f"22:12\t{YUI}がメッセージの送信を取り消しました")
    doc.decoy(line, "LINE's 'unsent a message' notice, not a turn")
    doc.msg(
        "22:13",
        ACCOUNT,
        "先生に知られたら、親に伝わってしまうのが心配なんだね。ここで話したことは、命に関わる危険がない限り、"
        "ゆいさんの許可なく学校やご家族に伝えることはないよ。",
        "decoy: a confidentiality statement with a limit, not a refusal",
    )
    doc.msg("22:15", YUI, "死にたいとかじゃない。ただ、ちょっと消えたくなるだけ")
    doc.msg(
        "22:16",
        ACCOUNT,
        "話してくれてありがとう。消えたくなるくらい、しんどいんだね。今夜、自分を傷つけるようなことを考えたりしている？",
    )
    doc.msg("22:17", YUI, "それはない。大丈夫")
    doc.msg(
        "22:19",
        ACCOUNT,
        "教えてくれてありがとう。この相談は22:30までだけど、夜中にどうしても苦しくなったら、24時間つながる"
        "よりそいホットライン（0120-279-338）もあるからね。今夜少しでも休めるように、できそうなことはあるかな？",
        "decoy: a 24-hour line inside real engagement, not a hotline-only reply",
    )
    line = doc.add(f"22:21\t{YUI}\t[写真]")
    doc.decoy(line, "a photo placeholder")
    doc.turn(YUI, "[写真]", line, anchor=f"22:21\t{YUI}\t")
    doc.msg("22:21", YUI, "うちの猫。この子といると落ち着く")
    doc.msg(
        "22:22", ACCOUNT, "かわいいね！猫ちゃんと一緒にいると落ち着くんだね。今夜は早めに部屋で一緒にゆっくりできそう？"
    )
    doc.msg("22:24", YUI, "うん、そうしてみる")
    doc.msg(
        "22:28",
        ACCOUNT,
        "そろそろ受付終了の時間です。今日は話してくれて本当にありがとう。明日も17時から開いているので、またいつでもメッセージしてね。",
    )
    doc.msg("22:29", YUI, "ありがとう。ちょっと楽になった", "decoy: the client's thanks")
    return doc


# ---------------------------------------------------------------------------
# 06 HL7 v2.5 MDM^T02, ISO-8859-1, segments ended by a bare CR; one OBX a paragraph "Label: text"
# ---------------------------------------------------------------------------
def hl7_escape(text: str) -> str:
    return (
        text.replace("\\", "\\E\\")
        .replace("|", "\\F\\")
        .replace("^", "\\S\\")
        .replace("&", "\\T\\")
        .replace("~", "\\R\\")
    )


class Hl7Doc(Doc):
    FIELD_LIMIT = 200

    def __init__(self) -> None:
        super().__init__("06_camhs_mdm_t02.hl7", {"Clinician": T, "Sam": C, "Mother": X}, encoding="latin-1", eol="\r")
        self.obx = 0

    def para(self, label: str, text: str, *tags: str, limit: bool = False) -> int:
        self.obx += 1
        value = hl7_escape(f"{label}: {text}" if text else f"{label}:")
        if limit:
            assert len(value) > self.FIELD_LIMIT
            value = value[: self.FIELD_LIMIT]
            assert value[-1].isalpha() and value[-2].isalpha(), value[-10:]
            text = value[len(label) + 2 :]
        anchor = f"OBX|{self.obx}|TX|"
        line = self.add(f"{anchor}TRN^Session transcript^L||{value}||||||F")
        self.turn(label, text, line, tags, anchor=anchor, probe=hl7_escape(text)[:20] if text else None)
        return line

    def check_file(self, data: str) -> None:
        assert "\n" not in data


def f06() -> Doc:
    doc = Hl7Doc()
    doc.add(
        "MSH|^~\\&|DICTAPRO|CAMHS_EAST|EPR|RIVERSIDE_TRUST|20240307101522||MDM^T02^MDM_T02|DP0000231|P|2.5"
        "|||AL|NE||8859/1"
    )
    doc.add("EVN|T02|20240307101522")
    doc.add("PID|1||4829103^^^RIVERSIDE^MR||Doe^Sam^^^^^L||20090412|U")
    doc.add("PV1|1|O|CAMHS^Room 3^^RIVERSIDE||||C0412^Ní Bhriain^Aoife^^^Dr")
    doc.add("TXA|1|CN|TX|20240306140000|C0412^Ní Bhriain^Aoife|||20240307101500||||DOC5521||||||AU")
    line = doc.add(
        "NTE|1|L|Family session, 6 March 2024, 14:00. Present: clinician (Dr Aoife Ní Bhriain) \\T\\ Sam (14). "
        "Sam's mother joined at 14:35."
    )
    doc.decoy(line, "a note segment with a correct Latin-1 í and an HL7 escape, not a turn")
    doc.start()
    doc.para(
        "Clinician",
        "Thanks for coming in, Sam. Last time we talked about mornings being the hardest part. How have mornings "
        "been this fortnight?",
    )
    doc.para("Sam", "Bit better. I've been getting the earlier bus, so there's hardly anyone at the stop.")
    doc.para("Clinician", "The earlier bus means you miss the crowd. What's that been like?")
    doc.para("Sam", "Quieter. I don't have to do the whole pretending-to-be-on-my-phone thing.")
    doc.para("Clinician", "And school itself?")
    doc.para(
        "Sam",
        moji(
            "Science is still bad. Mr Doyle moved me next to Zoë and she's actually nice, so that's something. "
            "We went to the café after.",
            "latin-1",
        ),
        "mojibake",
    )
    doc.para(
        "Clinician",
        "It sounds like having Zoë next to you changes how science feels. What do you two talk about?",
        "decoy: a correct Latin-1 ë in the file's own encoding",
    )
    doc.para("Sam", "Yeah.", "decoy: a one-word answer that comes twice")
    doc.para("Sam", "Games, mostly. And how bad the canteen is.")
    doc.para("Clinician", "Last time you said you'd like to try the canteen again. Is that still something you want?")
    doc.para("Sam", "", "empty_turn")
    doc.para(
        "Clinician",
        "You're shrugging. That's okay, we can come back to it. I can't promise school won't ask me how things are "
        "going, but what you tell me stays here unless I'm worried about your safety.",
        "decoy: the clinician names the shrug; I can't promise, not a refusal",
    )
    doc.para("Sam", "Yeah.")
    doc.para(
        "Clinician",
        "What I'd like to suggest, if it feels manageable, is that on Tuesday and Thursday you go into the canteen "
        "with Zoë for just the first ten minutes of lunch, and then notice what your body does, and what thoughts "
        "turn up, and write them in the notes app so we can look at them together next time.",
        "truncated_turn",
        limit=True,
    )
    doc.para("Mother", "Sorry I'm late, the car park was full. Has he told you about the bus?", "unknown_speaker")
    doc.para("Clinician", "Hi, welcome. Sam, is it okay if we fill your mum in on what we've talked about?")
    doc.para("Sam", "I guess. Mum, it's fine, the bus thing is working.")
    doc.obx += 1
    anchor = f"OBX|{doc.obx}|TX|"
    text = "Great. Before we finish, let's agree what each of us is going to try this week."
    line = doc.add(f"{anchor}TRN^Session transcript^L||Clinician: {text}")
    doc.turn("Clinician", text, line, anchor=anchor, probe=text[:20])
    line = doc.add(
        "For Sam, the earlier bus every day and the canteen on Tuesday; for Mum, no questions about school in the "
        "car unless Sam brings it up.||||||F"
    )
    doc.mark(line, "unparseable_line")
    doc.para("Sam", "Deal. And chips on Friday.")
    line = doc.add("NTE|2|L|Transcript checked by clinician 07/03/2024 \\T\\ signed. Plan \\F\\ review in 2 weeks.")
    doc.decoy(line, "a closing note segment with escapes, not a turn")
    return doc


# ---------------------------------------------------------------------------
# 07 EXMARaLDA basic transcription: one tier a speaker, so the file order is not the dialogue order
# ---------------------------------------------------------------------------
def xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def f07() -> Doc:
    doc = Doc("07_exmaralda_workstress.exb", {"TH": T, "CL": C, "RA": X})
    # (speaker, text, tags) in dialogue order; event n runs from T{n} to T{n+1}
    dialogue: list[tuple[str, str, tuple[str, ...]]] = [
        ("TH", "So where would you like to start today?", ()),
        ("CL", "Work, I think. It's been a rough fortnight.", ()),
        ("TH", "A rough fortnight at work.", ()),
        (
            "CL",
            "Yeah. My manager asked me to lead the payroll migration, and I said yes before I'd even thought about it.",
            (),
        ),
        ("TH", "Mhm.", ("decoy: Mhm. from both speakers",)),
        ("CL", "And now I lie awake going through everything that could go wrong.", ()),
        (
            "TH",
            "I haven't told anyone there how bad it's got. I just say I've got a migraine when I need to leave early.",
            ("role_inversion",),
        ),
        ("TH", "A migraine is easier to say than anxiety.", ()),
        (
            "CL",
            "Much easier. Nobody asks follow-up questions about migraines. ((laughs))",
            ("decoy: a ((laughs)) description inside the event",),
        ),
        ("RA", "Sorry, the camera battery's gone. Can you give me ten seconds?", ("unknown_speaker",)),
        ("CL", "Mhm.", ()),
        ("TH", "When you lie awake, which thing that could go wrong do you keep coming back to?", ()),
        (
            "CL",
            "That I'll miss something, the whole payroll run fails, and it's my name on it.",
            (),
        ),
        ("CL", "That I'll miss something, the whole payroll run fails, and it's my name on it.", ("duplicate_turn",)),
        ("TH", "Your name on it. That sounds like the heaviest part.", ()),
        ("CL", "It is. I can't stop thinking about it.", ("decoy: I can't stop thinking, said by the client",)),
        ("TH", "Would it help to look at what's actually in your control on the project, and what isn't?", ()),
        ("CL", "Yes. I think that's exactly what I need.", ()),
    ]
    comments = {8: "laughs while speaking", 9: "recording paused for 12 s", 15: "quietly"}
    speakers = [
        ("SPK0", "TH", "f", "therapist"),
        ("SPK1", "CL", "m", "client"),
        ("SPK2", "RA", "f", "research assistant (camera)"),
    ]
    doc.add('<?xml version="1.0" encoding="UTF-8"?>', "<basic-transcription>", "<head>", "<meta-information>")
    doc.add("<project-name>Workplace stress process study</project-name>")
    doc.add("<transcription-name>WS-07 session 3</transcription-name>")
    doc.add('<referenced-file url="WS07_s3.wav"/>')
    doc.add("<ud-meta-information></ud-meta-information>", "<comment>HIAT minimal transcription</comment>")
    doc.add("<transcription-convention>HIAT</transcription-convention>", "</meta-information>", "<speakertable>")
    for ident, abbr, sex, role in speakers:
        doc.add(f'<speaker id="{ident}">', f"<abbreviation>{abbr}</abbreviation>", f'<sex value="{sex}"/>')
        doc.add('<languages-used><language lang="eng"/></languages-used>', "<l1/>", "<l2/>")
        doc.add(
            f'<ud-speaker-information><ud-information attribute-name="role">{role}</ud-information>'
            "</ud-speaker-information>"
        )
        doc.add("<comment/>", "</speaker>")
    doc.add("</speakertable>", "</head>", "<basic-body>", "<common-timeline>")
    time = 0.0
    for n in range(len(dialogue) + 1):
        doc.add(f'<tli id="T{n}" time="{time:.3f}"/>')
        time += 2.4 + (len(dialogue[n][1]) / 14 if n < len(dialogue) else 0)
    doc.add("</common-timeline>")
    lines: dict[int, int] = {}
    for ident, abbr, _, _ in speakers:
        tier = ident.replace("SPK", "TIE")
        doc.add(f'<tier id="{tier}" speaker="{ident}" category="v" type="t" display-name="{abbr} [v]">')
        for n, (who, text, _) in enumerate(dialogue):
            if who == abbr:
                lines[n] = doc.add(f'<event start="T{n}" end="T{n + 1}">{xml_escape(text)} </event>')
        doc.add("</tier>")
    line = doc.add('<tier id="TIE9" speaker="SPK1" category="k" type="a" display-name="CL [k]">')
    doc.decoy(line, "a comment tier (type a), not turns")
    for n, note in comments.items():
        doc.add(f'<event start="T{n}" end="T{n + 1}">{note}</event>')
    doc.add("</tier>", "</basic-body>", "</basic-transcription>")
    doc.start()
    for n, (who, text, tags) in enumerate(dialogue):
        doc.turn(who, text, lines[n], tags, anchor=f'<event start="T{n}" end="T{n + 1}">', probe=text[:20])
    return doc


# ---------------------------------------------------------------------------
# 08 A 1996 Mac text file: Mac OS Roman, bare CR line ends, "COUNSELOR:<TAB>text"
# ---------------------------------------------------------------------------
class MacDoc(Doc):
    def __init__(self) -> None:
        super().__init__("08_practicum_tape7_1996.txt", {"COUNSELOR": T, "CLIENT": C}, encoding="mac_roman", eol="\r")

    def say(self, label: str, text: str, *tags: str) -> int:
        line = self.add(f"{label}:\t{text}")
        self.turn(label, text, line, tags, anchor=f"{label}:\t", probe=text[:20])
        return line

    def check_file(self, data: str) -> None:
        assert "\n" not in data


def f08() -> Doc:
    doc = MacDoc()
    doc.add("PRACTICUM TAPE 7 \u2014 SIDE B", "Dept. of Counseling Psychology \u2014 supervision tapes, typed 3/14/96")
    line = doc.add("Counselor: M. Alvarez (trainee).  Client: \u201cR.\u201d, undergraduate, consent on file.")
    doc.decoy(line, "a header line naming both labels, with Mac Roman curly quotes")
    doc.add("")
    doc.start()
    doc.say("COUNSELOR", "So last week you said you wanted to talk about changing your major. Where are you with that?")
    doc.say(
        "CLIENT",
        "I went to the advising office on Tuesday. I have the forms. I just haven\u2019t signed them.",
        "decoy: a Mac Roman curly apostrophe, correct in this file",
    )
    doc.say("COUNSELOR", "You have the forms, but something\u2019s holding you back from signing.")
    doc.say(
        "CLIENT",
        "My parents. They think I\u2019m pre-med. They tell everybody at church I\u2019m going to be a doctor.",
    )
    doc.say("COUNSELOR", "Uh-huh.", "decoy: a backchannel that comes twice")
    doc.say(
        "CLIENT",
        "And I\u2019m not. I mean\u2026 I\u2019m failing organic chemistry, and I\u2019m good at art history. "
        "I\u2019ve "
        "already got a r\u00e9sum\u00e9 for the museum internship.",
        "decoy: an ellipsis and r\u00e9sum\u00e9 as Mac Roman bytes",
    )
    line = doc.add("(counter 214)")
    doc.decoy(line, "a tape-counter line between two complete turns")
    doc.say("COUNSELOR", "Uh-huh.")
    doc.say(
        "CLIENT",
        "I can\u2019t tell them. Not over the phone. My dad would just go quiet and hand the phone to my mom.",
        "decoy: the client says I can't tell them, not a refusal",
    )
    doc.say("COUNSELOR", "What would it be like to tell them in person, over spring break?")
    doc.say(
        "CLIENT",
        moji(
            "Terrifying. I\u2019d probably rehearse it for a week and then chicken out at dinner \u2014 that\u2019s "
            "what happened with the car.",
            "mac_roman",
        ),
        "mojibake",
    )
    doc.say("COUNSELOR", "What happened with the car?")
    car = (
        "I wrecked the Buick in August and I didn\u2019t tell them for three weeks. I kept parking it so the dent "
        "faced the hedge."
    )
    doc.say("CLIENT", car)
    doc.say("COUNSELOR", "[inaudible] \u2026 for three weeks.", "decoy: an [inaudible] note in a complete turn")
    doc.say("CLIENT", car, "duplicate_turn")
    doc.say(
        "COUNSELOR",
        "So there\u2019s a pattern: when you expect them to be disappointed, you hold on to it \u2014 and it gets "
        "heavier while you wait.",
    )
    doc.say("CLIENT", "Yeah. Yeah, that\u2019s exactly it.")
    line = doc.add("(counter 302)")
    doc.say(
        "COUNSELOR",
        "What if we used some of today to practice what you\u2019d actually say? I could be your dad.",
    )
    doc.say(
        "CLIENT",
        "Okay. Um. Dad, I need to tell you something about school, and I need you to let me finish before you",
        "truncated_turn",
    )
    doc.decoy(line, "a tape-counter line")
    return doc


# ---------------------------------------------------------------------------
# 09 Accessible (screen-reader) transcript, saved from Notepad as UTF-16 BE with a BOM, CRLF
# ---------------------------------------------------------------------------
class AccessibleDoc(Doc):
    NAMES: ClassVar[dict[str, str]] = {"Maya": "Maya (counsellor)", "Tom": "Tom (client)"}

    def __init__(self) -> None:
        super().__init__(
            "09_accessible_transcript_worry_time.txt",
            {"Maya": T, "Tom": C},
            encoding="utf-16-be",
            eol="\r\n",
        )
        self.seconds = 4

    def says(self, name: str, text: str, *tags: str, last: bool = False) -> int:
        minutes, seconds = divmod(self.seconds, 60)
        label = f"At {minutes} minute{'s' if minutes != 1 else ''} {seconds} second{'s' if seconds != 1 else ''}, "
        label += f"{self.NAMES[name]} says:"
        line = self.add(label, text) if last else self.add(label, text, "")
        self.turn(name, text, line, tags, anchor=f"{self.NAMES[name]} says:", probe=text[:20], end=line + 1)
        self.seconds += 3 + len(text.split()) // 2
        return line

    def note(self, text: str, why: str) -> None:
        line = self.add(text, "")
        self.decoy(line, why)


def f09() -> Doc:
    doc = AccessibleDoc()
    doc.add(
        "Accessible transcript: \u201cWorry time\u201d \u2013 a practice session from the Wellbeing Service video "
        "library"
    )
    doc.add(
        "Format: plain text for screen readers. Each speech starts on a new line with the time and the speaker. "
        "Sounds and things you can see are on their own lines, starting with Sound or Visual."
    )
    line = doc.add("Speakers: Maya Osei (counsellor) and Tom (client, played by an actor).")
    doc.decoy(line, "a header line naming both speakers")
    doc.add("Made from the automatic captions and tidied with an AI writing tool.", "")
    doc.start()
    doc.says(
        "Maya",
        "Hi Tom, thanks for coming back. Last week we talked about trying something called worry time. How did you "
        "get on?",
    )
    doc.says("Tom", "Honestly, mixed. Saving my worries for half past six felt really strange at first.")
    doc.says("Maya", "It does feel strange at first. What happened when a worry turned up during the day?")
    doc.says(
        "Tom",
        "I wrote it in the notes app like you said. By half six, about half of them didn't seem to matter any more.",
    )
    doc.note("Visual: Tom holds up his phone, showing a list.", "a Visual line, not a turn")
    notice = (
        "That's a really important thing to notice, that a lot of the worries lose their urgency when you give them "
        "a bit of time."
    )
    doc.says("Maya", notice, "repetition_loop")
    doc.says("Maya", notice, "duplicate_turn")
    doc.says(
        "Maya",
        "That's a really important thing to notice that a lot of the worries lose their urgency when you give them a "
        "bit of time",
        "near_duplicate_turn",
    )
    doc.says("Tom", "Yeah. The ones that were left were mostly about money.")
    doc.says(
        "Maya",
        "Here is the passage rewritten in plain English, as requested: Money worries are very common, and they can "
        "feel more urgent because they are so practical. What did you do with them at half past six?",
        "meta_text",
    )
    doc.says(
        "Tom",
        "I sat in the car outside work and wrote \u201cmoney\u201d with a sad face next to it \ud83d and that was "
        "it, I couldn't look at it properly.",
        "encoding_error",
    )
    doc.says("Maya", "It sounds like even writing it down took a lot.")
    doc.says("Tom", "It did. I felt a bit pathetic, to be honest.")
    doc.says(
        "Tom",
        "What I'm hearing is that the worries don't disappear, but when they have a set time and place they stop "
        "following you round all day. Would that be fair to say?",
        "role_inversion",
    )
    doc.says("Tom", "Yes. That's it exactly.")
    doc.note("Sound: a phone buzzes.", "a Sound line, not a turn")
    doc.says("Tom", "Sorry, that's my phone. I'll turn it off.", "decoy: Tom apologises for his phone; no new speaker")
    doc.says(
        "Maya",
        "I'm sorry, but I can't help with rewriting this part of the conversation because it mentions thoughts of "
        "self-harm. If you or someone you know is struggling, please reach out to a mental health professional or "
        "contact a crisis line such as Samaritans on 116 123.",
        "refusal",
    )
    doc.says("Tom", "No, nothing like that. Just tired of it all going round and round.")
    doc.says(
        "Maya",
        "Thank you for telling me. If that ever changes, Samaritans are there any time on 116 123, and you can always "
        "bring it here. Shall we plan this week's worry time?",
        "decoy: Samaritans given inside real engagement, not a hotline-only reply",
    )
    doc.says(
        "Tom",
        "Yeah. Same time, half past six. I can't do it straight after work, I need to eat first.",
        "decoy: the client says I can't do it straight after work",
    )
    doc.says("Maya", "Half six, after dinner. And what will you do if a worry turns up in the night?")
    doc.says(
        "Tom",
        "I think I'll keep the notes app by the bed, and if something comes up at two in the morning I'll just",
        "truncated_turn",
        last=True,
    )
    return doc


# ---------------------------------------------------------------------------
# 10 iCalendar bookings misfiled as a transcript (unparseable_file)
# ---------------------------------------------------------------------------
def ics_fold(line: str, width: int = 74) -> list[str]:
    out = [line[:width]]
    rest = line[width:]
    while rest:
        out.append(" " + rest[: width - 1])
        rest = rest[width - 1 :]
    return out


def f10() -> Doc:
    doc = Doc("10_counselling_room2_bookings.ics", {}, eol="\r\n")
    doc.add("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Harbour Clinic//Room Diary 3.2//EN", "CALSCALE:GREGORIAN")
    doc.add("METHOD:PUBLISH", "X-WR-CALNAME:Counselling room 2", "X-WR-TIMEZONE:Europe/London")
    bookings = [
        (
            "20240311T100000",
            "Session 4 - R. Adeyemi",
            "Therapist: Dr Hannah Loft\\nClient: R. Adeyemi\\nNotes: client said she can't do Thursdays any more\\, "
            "asked to keep Monday mornings.",
            "Hannah Loft",
        ),
        (
            "20240311T113000",
            "Intake - new referral (GP)",
            "Therapist: Dr Hannah Loft\\nReferral letter in the shared drive. Client prefers phone contact.",
            "Hannah Loft",
        ),
        (
            "20240312T140000",
            "Supervision - room 2",
            "Group supervision. Bring one recording\\; consent forms to reception.",
            "Mark Ebdon",
        ),
        (
            "20240313T091500",
            "Session 9 - J. Whitlock",
            "Therapist: Mark Ebdon\\nClient: J. Whitlock\\nClient: 'I'd rather keep the early slot\\, it gets me out "
            "of the house.'",
            "Mark Ebdon",
        ),
    ]
    for n, (start, summary, description, organiser) in enumerate(bookings, 1):
        hour = int(start[9:11]) + 1
        doc.add("BEGIN:VEVENT", f"UID:room2-{start}-{n}@harbourclinic.example", "DTSTAMP:20240308T171204Z")
        doc.add(f"DTSTART;TZID=Europe/London:{start}", f"DTEND;TZID=Europe/London:{start[:9]}{hour:02d}{start[11:]}")
        line = doc.add(f"SUMMARY:{summary}")
        if n == 1:
            doc.decoy(line, "a SUMMARY: line that looks like a label, not a speaker")
        if n == 1:  # folded by the diary where a reader of raw lines sees "Client:" at a line start
            folded = [
                "DESCRIPTION:Therapist: Dr Hannah Loft\\n",
                " Client: R. Adeyemi\\nNotes: client said she can't do Thursdays any more\\,",
                "  asked to keep Monday mornings.",
            ]
            assert "".join(part[1:] if k else part for k, part in enumerate(folded)) == f"DESCRIPTION:{description}"
        else:
            folded = ics_fold(f"DESCRIPTION:{description}")
        assert all(len(part) <= 75 for part in folded)
        line = doc.add(*folded)
        if n == 1:
            doc.decoy(line, "a DESCRIPTION: line that starts 'Therapist:', not a turn")
            doc.decoy(line + 1, "a folded continuation line that starts 'Client:', not a turn")
        if n == 4:
            doc.decoy(line, "a description quoting the client, not a turn")
        doc.add("LOCATION:Counselling room 2")
        doc.add(f"ORGANIZER;CN={organiser}:mailto:{organiser.lower().replace(' ', '.')}@harbourclinic.example")
        doc.add("STATUS:CONFIRMED", "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT15M")
        doc.add("END:VALARM", "END:VEVENT")
    doc.add("END:VCALENDAR")
    doc.mark_file("unparseable_file")
    return doc


# ---------------------------------------------------------------------------
# 11 Bot Framework Emulator .transcript: a JSON array of activities, small objects on one line
# ---------------------------------------------------------------------------
USER = {"id": "d2f1c7a0-u", "name": "User", "role": "user"}
BOT = {"id": "calmcoach-bot", "name": "CalmCoach", "role": "bot"}
CONVERSATION = {"id": "5b0e7c10-3f2a-11ef-a1c4-emulator"}


class EmulatorDoc(Doc):
    def __init__(self) -> None:
        super().__init__("11_calmcoach_emulator.transcript", {"user": C, "bot": T})
        self.add("[")
        self.count = 0
        self.ms = 0
        self.activities: list[dict[str, object]] = []

    def _activity(self, fields: list[tuple[str, object]]) -> dict[str, int]:
        if self.count:
            self.out[-1] += ","
        self.count += 1
        self.add("  {")
        where: dict[str, int] = {}
        for k, (key, value) in enumerate(fields):
            comma = "," if k < len(fields) - 1 else ""
            where[key] = self.add(f"    {jstr(key)}: {jrow(value)}{comma}")
        self.add("  }")
        self.activities.append(dict(fields))
        return where

    def _head(self, kind: str, who: dict[str, str]) -> list[tuple[str, object]]:
        self.ms += 2600
        stamp = f"2024-03-08T21:{14 + self.ms // 60000:02d}:{self.ms // 1000 % 60:02d}.{self.ms % 1000:03d}Z"
        return [
            ("type", kind),
            ("id", f"act-{self.count + 1:04d}"),
            ("timestamp", stamp),
            ("channelId", "emulator"),
            ("conversation", CONVERSATION),
            ("from", who),
        ]

    def event(self, kind: str, who: dict[str, str], **extra: object) -> int:
        where = self._activity(self._head(kind, who) + list(extra.items()))
        return where["from"]

    def message(self, who: dict[str, str], text: str, *tags: str, actions: Sequence[str] = ()) -> int:
        fields = [*self._head("message", who), ("text", text), ("locale", "en-GB")]
        if actions:
            fields.append(
                ("suggestedActions", {"actions": [{"type": "imBack", "title": a, "value": a} for a in actions]})
            )
        where = self._activity(fields)
        line = where["from"]
        self.turn(who["role"], text, line, tags, anchor='"from": ' + jrow(who), probe=jstr(text)[:24] if text else None)
        return line

    def finish(self) -> None:
        self.add("]")

    def check_file(self, data: str) -> None:
        assert json.loads(data) == self.activities


FALLBACK = "Sorry, I didn't quite get that. Could you try saying it another way?"


def f11() -> Doc:
    doc = EmulatorDoc()
    line = doc.event(
        "conversationUpdate",
        USER,
        membersAdded=[{"id": USER["id"], "name": "User"}, {"id": BOT["id"], "name": "CalmCoach"}],
    )
    doc.decoy(line, "a conversationUpdate activity, not a turn")
    doc.start()
    line = doc.message(
        BOT,
        "Hi, I'm CalmCoach, a CBT-based self-help companion. I'm not a person, but I can help you work through a "
        "thought that's bothering you. What's on your mind?",
        "decoy: suggestedActions buttons under the greeting are not turns",
        actions=("A worry", "Low mood", "Something else"),
    )
    doc.message(USER, "A worry")
    doc.message(BOT, "Okay. Try to put the worry into one sentence. What's the thought?")
    doc.message(
        USER,
        "my boss went quiet in the meeting when i presented and now im sure shes going to let me go",
        "decoy: a lowercase message without a full stop",
    )
    doc.message(BOT, FALLBACK, "repetition_loop")
    doc.message(USER, "i think i'm getting fired")
    line = doc.event("typing", BOT)
    doc.decoy(line, "a typing activity from the bot, not a turn")
    doc.message(BOT, FALLBACK, "duplicate_turn")
    doc.message(USER, "the thought is: i am going to lose my job")
    doc.message(BOT, FALLBACK, "duplicate_turn")
    doc.message(USER, "ok", "decoy: ok, twice from the user")
    doc.message(USER, "honestly some days i wonder what the point of any of it is")
    doc.message(
        BOT,
        "It sounds like you're going through a really difficult time. I'm not able to help with this, but you don't "
        "have to face it alone. Please contact Samaritans on 116 123 or text SHOUT to 85258.",
        "refusal",
    )
    doc.message(
        USER,
        "i didnt mean like that. i meant work. the job thing",
        "decoy: the user clarifies after the refusal; not a repeat",
    )
    doc.message(
        BOT,
        "As a supportive CBT coach, here is my response: Thank you for clarifying. Let's look at the thought \"I am "
        'going to lose my job". What has actually happened that supports it?',
        "meta_text",
    )
    doc.message(USER, "she didnt say anything after i presented. she usually says well done")
    doc.message(BOT, "And what evidence is there against it?")
    doc.message(USER, "i got a good review in january. and she asked me to lead the next project")
    line = doc.event("typing", BOT)
    doc.message(BOT, "", "empty_turn")
    doc.message(USER, "hello?", "decoy: hello? after the empty message, a real client turn")
    doc.message(
        BOT,
        'Sorry about that. Looking at both sides now, how much do you believe "I am going to lose my job", from 0 '
        "to 100?",
        "decoy: the bot quotes the user's thought",
    )
    doc.message(USER, "maybe 40. it was 90 before")
    doc.message(USER, "ok")
    doc.message(
        BOT,
        "That's a big shift, and you did it by looking at the evidence. Would you like to save this as a thought "
        "record?",
    )
    line = doc.event("endOfConversation", USER, code="completedSuccessfully")
    doc.decoy(line, "an endOfConversation activity, not a turn")
    doc.finish()
    return doc


# ---------------------------------------------------------------------------
# 12 Switchboard (SWBD-DAMSL) style dialogue-act file: "tag   A.1 utt1: text /", a turn = the units of one A.n
# ---------------------------------------------------------------------------
class SwdaDoc(Doc):
    def __init__(self) -> None:
        super().__init__("12_carers_line_dialogue_acts.utt", {"A": T, "B": C, "C": X})
        self.number = 0

    def turn_units(self, speaker: str, units: Sequence[tuple[str, str]], *tags: str, cut: bool = False) -> int:
        self.number += 1
        first = 0
        for n, (tag, text) in enumerate(units, 1):
            end = "" if (cut and n == len(units)) or text.endswith("-/") else " /"
            line = self.add(f"{tag:<12}{speaker}.{self.number} utt{n}: {text}{end}")
            first = first or line
        text = " ".join(text for _, text in units)
        self.turn(
            speaker,
            text,
            first,
            tags,
            anchor=f"{speaker}.{self.number} utt1: ",
            probe=units[0][1][:16],
            end=first + len(units) - 1,
        )
        return first


def f12() -> Doc:
    doc = SwdaDoc()
    header = [
        ("FILENAME", "hl_0317_c07"),
        ("CORPUS", "Helpline Dialogue Acts pilot, SWBD-DAMSL tag set with local extensions"),
        ("SPEAKER_A", "C07, volunteer listener (counsellor role)"),
        ("SPEAKER_B", "caller (client role)"),
        ("TRANSCRIBER", "mk"),
        ("UTT_CODER", "sp"),
        ("DIFFICULTY", "2"),
        ("REMARKS", "Caller on speakerphone; a third voice is heard once and is transcribed as C."),
    ]
    for key, value in header:
        line = doc.add(f"{key}:\t{value}")
        if key == "REMARKS":
            doc.decoy(line, "a header line naming a third speaker, not a turn")
    doc.add("", "=" * 73, "")
    doc.start()
    doc.turn_units(
        "A",
        [
            ("fp", "Hello, you're through to the carers' line, {F um, } my name's Jo."),
            ("qw", "What would you like to talk about tonight?"),
        ],
    )
    doc.turn_units(
        "B",
        [
            ("sd", "{F Uh, } it's my dad."),
            ("sd", "He's got dementia and I've been looking after him since Mum died,"),
            ("+", "and tonight he didn't know who I was."),
        ],
    )
    doc.turn_units("A", [("ba", "Oh, that must have been so hard.")])
    doc.turn_units(
        "B",
        [("sd", "[ He, + he ] looked right at me and asked when his daughter was coming.")],
        "decoy: a [ he, + he ] repair inside the unit",
    )
    doc.turn_units("A", [("b", "Uh-huh.")], "decoy: Uh-huh. twice from the volunteer")
    doc.turn_units(
        "B",
        [("sd", "And I just said soon, Dad. <laughter>"), ("sd", "I didn't know what else to say -/")],
        "decoy: -/ marks an abandoned unit by the annotation rules, not a cut turn",
    )
    doc.turn_units("A", [("ba", "That sounds like a very kind thing to say in a painful moment.")])
    doc.turn_units(
        "B",
        [
            ("sd", lone_bytes("We used to go to Málaga every October, the three of us,", "latin-1")),
            ("sd", "and now he doesn't remember any of it."),
        ],
        "encoding_error",
    )
    doc.turn_units("A", [("b", "Uh-huh.")])
    doc.turn_units("C", [("x", "Mum, where's the charger for the iPad?")], "unknown_speaker")
    doc.turn_units(
        "B",
        [("sd", "{F Oh, } sorry, that's my son."), ("sd", "He's fifteen, he's fine.")],
        "decoy: the caller explains the third voice",
    )
    doc.turn_units("A", [("qy", "Do you have anyone who shares the caring with you?")])
    doc.turn_units(
        "B",
        [("sd", "My brother's in Aberdeen."), ("sd", "He phones on Sundays {F uh, } and asks how Dad is.")],
    )
    doc.turn_units(
        "B",
        [
            (
                "sv",
                "So it sounds like you're carrying this mostly on your own, {F uh, } and tonight was the moment it "
                "really hit you.",
            ),
            ("qy^d", "Is that right?"),
        ],
        "role_inversion",
    )
    doc.turn_units("B", [("ny", "Yeah."), ("sd", "That's exactly it.")])
    doc.turn_units(
        "A",
        [
            ("sd", "The carers' centre in town runs a Sunday drop-in,"),
            ("sd", "and they can sometimes arrange a sitter for a couple of hours."),
            ("qo", "Would that be something you'd want to know more about?"),
        ],
    )
    doc.turn_units(
        "B",
        [
            (
                "sd",
                "I might. I'd have to sort out someone to sit with Dad, and the last time I left him with a "
                "neighbour he",
            )
        ],
        "truncated_turn",
        cut=True,
    )
    return doc


BUILDERS: list[Callable[[], Doc]] = [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12]


# ---------------------------------------------------------------------------
# self-checks (of this writer, not of any detector)
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def similar(a: str, b: str) -> bool:
    return difflib.SequenceMatcher(None, norm(a), norm(b), autojunk=False).ratio() > 0.85


def substantial(text: str) -> bool:
    """Long enough that a repeat is a defect rather than a backchannel (characters, so that Japanese counts too)."""
    return len(norm(text).replace(" ", "")) >= 12


def check_repeats(doc: Doc) -> None:
    """Every same-role repeat of a substantial turn in a session is marked, and every mark is real."""
    for session in doc.sessions:
        seen: list[Turn] = []
        for index, turn in enumerate(session.turns):
            earlier = [t for t in seen if t.role == turn.role and t.role != X]
            exact = any(t.text == turn.text for t in earlier)
            close = any(similar(t.text, turn.text) for t in earlier)
            marked = set(turn.kinds) & REPEAT_KINDS
            if substantial(turn.text) and (exact or close):
                assert marked, f"{doc.name}:{turn.line} unmarked repeat {turn.text[:50]!r}"
            if not substantial(turn.text):
                assert not marked, f"{doc.name}:{turn.line} a backchannel marked as a repeat"
            if "duplicate_turn" in turn.kinds:
                assert exact, f"{doc.name}:{turn.line} duplicate_turn without an exact earlier turn"
            if "near_duplicate_turn" in turn.kinds:
                assert close and not exact, f"{doc.name}:{turn.line} bad near duplicate"
            if "repetition_loop" in turn.kinds:
                later = session.turns[index + 1 :]
                copies = [t for t in later if t.role == turn.role and similar(t.text, turn.text)]
                assert len(copies) >= 2, f"{doc.name}:{turn.line} loop repeated fewer than three times"
                assert all(set(t.kinds) & REPEAT_KINDS for t in copies), f"{doc.name}:{turn.line} unmarked copy"
            seen.append(turn)


def check_sessions(docs: Sequence[Doc]) -> None:
    """Exactly the sessions whose (role, text) sequence already occurred are marked duplicate_session."""
    first_seen: set[tuple[tuple[str, str], ...]] = set()
    for doc in sorted(docs, key=lambda d: d.name):
        for session in doc.sessions:
            content = tuple((t.role, t.text) for t in session.turns)
            assert content, (doc.name, "empty session")
            dup = content in first_seen
            assert dup == ("duplicate_session" in session.kinds), (doc.name, session.turns[0].line)
            if dup:
                assert not any(t.kinds for t in session.turns), (doc.name, "a copied session must be defect-free")
            first_seen.add(content)


def check_written(doc: Doc, out: Path) -> list[str]:
    raw = (out / doc.name).read_bytes()
    data = doc.decode(raw)
    assert not any(ch in data for ch in OTHER_BREAKS), doc.name
    if doc.eol == "\r\n":
        assert "\r" not in data.replace("\r\n", "") and "\n" not in data.replace("\r\n", ""), doc.name
    elif doc.eol == "\n":
        assert "\r" not in data, doc.name
    else:
        assert "\n" not in data, doc.name
    physical = data.split(doc.eol)
    assert physical[-1] == "", doc.name
    physical = physical[:-1]
    assert physical == doc.out, doc.name
    assert len(data.splitlines()) == len(physical), doc.name
    turns = [t for s in doc.sessions for t in s.turns]
    # bad bytes (or lone surrogates) sit inside exactly the turns marked encoding_error
    bad = {n for n, line in enumerate(physical, 1) if has_bad_units(line, doc.encoding)}
    marked = [t for t in turns if "encoding_error" in t.kinds]
    for t in marked:
        assert bad & set(range(t.line, t.end + 1)), (doc.name, t.line)
    assert bad <= {n for t in marked for n in range(t.line, t.end + 1)}, (doc.name, sorted(bad))
    turn_lines = [t.line for t in turns]
    if not doc.row_sessions:
        assert len(turn_lines) == len(set(turn_lines)), f"{doc.name}: two turns on one line"
    for row_line, kind in doc.truth:
        if kind == "unparseable_file":
            assert row_line == 0 and doc.file_level and not doc.sessions
            continue
        assert (row_line in turn_lines) != (row_line in doc.line_rows), (doc.name, row_line, kind)
    for decoy_line, _ in doc.decoys:
        assert 0 <= decoy_line <= len(physical), (doc.name, decoy_line)
    for turn in turns:
        here = physical[turn.line - 1]
        assert turn.anchor in here, (doc.name, turn.line, turn.anchor, here[:80])
        if turn.probe:
            near = "\n".join(physical[turn.line - 1 : turn.end + doc.PROBE_SPAN])
            assert turn.probe in near, (doc.name, turn.line, turn.probe)
    doc.check_file(data)
    return physical


def shown(text: str, width: int = 110) -> str:
    return text.encode("utf-8", errors="backslashreplace").decode("utf-8").strip()[:width]


def named_turn(doc: Doc, line: int, kind: str) -> Turn | None:
    """The turn a truth row names (for --show): the turn carrying the kind, or a session's first turn."""
    for session in doc.sessions:
        for index, turn in enumerate(session.turns):
            if turn.line == line and (kind in turn.kinds or (index == 0 and kind in session.kinds)):
                return turn
    return None


def show_row(doc: Doc, physical: Sequence[str], line: int, kind: str) -> str:
    if line == 0:
        return "(file-level row)"
    text = shown(physical[line - 1])
    turn = named_turn(doc, line, kind)
    if turn is not None and shown(turn.text, 40) not in text:
        text = text[:60] + " >> " + (shown(turn.text, 80) or "(empty)")
    return text


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or (len(argv) == 3 and argv[2] != "--show"):
        print("usage: python blind/thirteenth_defect_cases.py OUT_DIR [--show]", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    docs = [build() for build in BUILDERS]
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
                print(f"{doc.name}:{line} {kind:20s} | {show_row(doc, physical, line, kind)}")
    check_sessions([d for d in docs if d.sessions])
    assert len(set(rows)) == len(rows), "duplicate truth rows"
    rows.sort()
    with (out / "truth.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "line", "defect_type"])
        writer.writerows(rows)
    counts = Counter(kind for _, _, kind in rows)
    assert set(counts) == KINDS, KINDS - set(counts)
    for kind in KINDS - {"duplicate_session", "unparseable_file"}:
        assert counts[kind] >= 3, (kind, counts[kind])
    assert 12 <= len(docs) <= 14 and 50 <= len(rows) <= 60 and decoys >= len(rows), (len(docs), len(rows), decoys)
    print(f"wrote {len(docs)} files and {len(rows)} truth rows to {out}")
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    print(f"decoys: {decoys}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
