# ruff: noqa: RUF001  (curly quotes and dashes are the test data)
"""Twelfth set of blind defect cases for the transcript-cleaning product.

Blind conditions: written without reading any detector, flow, synthetic-data, schema, SQL, CLI, warehouse, test or
benchmark code, the project README or its docs, and without grepping the repository or running the product or any
benchmark. The only things read were the docstring at the top of benchmarks/blind_defects.py (its first 15 lines),
the eleven earlier case writers in blind/ (for the interface, the truth conventions and the layouts they already
used, none of which is reused here) and /work/shared/README.md. Nothing was read from /work/shared/corpora; every
transcript below was written for this set. The truth was fixed from the text written here, before any run of the
product. Run as

    python blind/twelfth_defect_cases.py OUT_DIR [--show]

to write 13 files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR (``--show`` also
prints every truth row next to the line it names).

Nine files (01-09) are in COMMON shapes with conventions no earlier set used (plain text with numbered turn labels,
a ChatGPT Markdown export, a Gemini tuning set in JSON Lines, an Excel "Unicode Text" sheet, a Whisper + pyannote
text transcript, an OpenAI Assistants thread, a Dutch plain-text file, an HTML chat transcript and a Twilio CSV
export); they carry most of the defects. Four (10-13) are rarer: TTML captions, a NIST STM reference, an mbox
mailbox and a file that is not a transcript at all. One file is in Dutch (07); the rest is English. Encodings:
01 UTF-8 with a BOM and CRLF; 04 UTF-16 LE with a BOM and CRLF (bare LF inside a quoted cell); 07 Windows-1252 and
CRLF; 08 UTF-8 and CRLF; 13 UTF-8 with a BOM and CRLF; the others UTF-8 and LF.

Common shapes:

* ``01_skills_workbook_numbered_turns.txt``: two transcripts typed up from a counselling-skills workbook for a
  skills-lab corpus: ``T1:``/``C1:`` labels whose numbers count each speaker's turns (a ``Key:`` line says T is the
  trainee counsellor and C the client), ``[p. 47]`` page markers, ``[Commentary: ...]`` lines. Defects: a
  counsellor's reflection typed under a ``C`` label (role_inversion), a client turn pasted from the old edition's
  Windows-1252 file (lone 0x92 bytes: encoding_error), a client turn typed twice (duplicate_turn), a client turn cut
  where the typist turned the page (truncated_turn). Decoys: the key and commentary lines, a page marker between
  complete turns, ``Mm-hmm.`` twice, a turn ending in a dash where the counsellor cuts in, ``I can't
  concentrate`` and ``I can't believe`` (client), a client asking the counsellor a question, Samaritans inside real
  engagement, a client thanking the counsellor warmly.
* ``02_chatgpt_exporter_exam_stress.md``: a conversation with a university's wellbeing custom GPT saved with the
  "ChatGPT Exporter" browser extension: title, ``**User:**``/``**Created:**`` lines, then ``## Prompt:`` (the
  student, client role) and ``## Response:`` (the GPT, counsellor role) headings with the text below, a footer.
  Defects: a reply given three times (repetition_loop, duplicate_turn, near_duplicate_turn), a hotline-only
  refusal, a reply written in the student's voice (role_inversion), a reply opening with ``*(Stepping back into the
  role of your wellbeing coach:)*`` (meta_text), the last reply cut mid-list (truncated_turn). Decoys: the header and
  footer, lowercase prompts without full stops, a Markdown list, ``ok`` twice, the student complaining of the
  repeat, a reply giving Samaritans and Papyrus inside real engagement, the student asking the GPT ``are you ok``.
* ``03_vertex_gemini_tuning_set.jsonl``: a Vertex AI Gemini supervised-tuning set, one conversation a JSON Lines row
  ``{"systemInstruction": {...}, "contents": [{"role": "user"|"model", "parts": [{"text": ...}]}]}`` (``user`` is
  the client, ``model`` the therapist). Defects: a model turn holding leaked ``<think>`` reasoning (meta_text), a
  refusal, a whole row with the roles swapped (role_inversion), a last model turn cut by the token limit
  (truncated_turn), row 6 a copy of row 1 (duplicate_session). Decoys: the system instruction in every row,
  ``Yeah...`` short turns in two rows, ``I know I shouldn't``, a client quoting her own automatic thought, a client
  telling the model she was not asking it to do anything, a 988 line inside real engagement.
* ``04_yp_coding_sheet_unicode.txt``: a school-counselling research team's coding sheet saved by Excel as "Unicode
  Text": UTF-16 LE with a BOM, tab-separated, CRLF rows, ``Session, Time, Speaker, Utterance, Theme, Coder note``,
  ``Counsellor``/``YP`` (young person) speakers. Defects: a cell pasted from an auto-transcript draft that had read
  UTF-8 as Windows-1252 (mojibake), a counsellor's reflection under ``YP`` (role_inversion), a row typed twice
  with small changes (near_duplicate_turn), a ``YP`` row with no words (empty_turn), a row typed with spaces
  instead of tabs (unparseable_line), the last utterance cut where the audio cut out (truncated_turn). Decoys: a
  theme cell ``refusal to engage``, doubled quotes in a cell, a cell holding a line break, ``Whatever.``, the
  counsellor's ``I can't promise`` confidentiality statement, coder notes.
* ``05_whisper_pyannote_session3.txt``: the text output of a clinic's Whisper + pyannote diarisation script: one
  comment line, then ``[00:00:03.120 --> 00:00:07.880] SPEAKER_00: text`` segments with no role mapping (SPEAKER_00
  is plainly the counsellor, SPEAKER_01 the client). Defects: the counsellor's question diarised as SPEAKER_01
  (role_inversion), the receptionist (SPEAKER_02) putting her head round the door (unknown_speaker), a counsellor
  sentence transcribed twice across a window boundary (near_duplicate_turn), Whisper repeating a client sentence
  over the following silence in 30-second windows (repetition_loop + two duplicate_turn), the recording ending
  mid-sentence (truncated_turn). Decoys: the comment line, ``Mm-hmm.`` and ``Okay.`` twice each, a client segment
  ending without punctuation that the next segment completes, two counsellor segments in a row, ``I can't face
  the bus yet``, the client thanking the counsellor.
* ``06_assistants_thread_messages.json``: an OpenAI Assistants API ``GET /threads/{id}/messages`` response
  (indent 2, NEWEST FIRST) from a synthetic-data pipeline in which a simulated client (``user``) talks to a counsellor
  assistant (``assistant``). Defects: the seeded first message read from a CSV with the wrong codec (mojibake), a
  simulated-client message opening ``Sure! Here's the client's next message:`` (meta_text), an assistant message in
  the client's voice (role_inversion), the simulated client re-sending an earlier message with one word added
  (near_duplicate_turn), a refusal, an ``incomplete`` message cut by ``max_tokens`` (truncated_turn). Decoys: the
  list and message fields (``status``, ``incomplete_details``, ``metadata``), a correct em dash, ``I can't switch
  off``, the counsellor quoting the client's ``should`` and repeating her words, Samaritans inside engagement,
  ``Thanks.`` twice.
* ``07_gegenereerde_gesprekken_nl.txt``: two generated Dutch training dialogues, Windows-1252, CRLF,
  ``Hulpverlener:``/``Cliënt:`` labels (the ``ë`` a single 0xEB byte), ``=== Gesprek N ===`` lines. Defects: a
  client turn pasted from a UTF-8 source (``Ã©Ã©n``: mojibake), the generator's ``(Noot: dit gesprek is fictief
  ...)`` at the end of a turn (meta_text), a Dutch AI refusal. Decoys: correct ``ë``, ``ï``, ``é`` and an en dash as
  single bytes, ``Hm.`` twice, ``Ik kan dat niet zomaar ...`` (client), a role-play in which the client rehearses
  what she will say to her manager, 113 inside real engagement, ``'s ochtends``.
* ``08_webchat_transcript_48213.html``: a youth web-chat transcript as the chat tool emails it: HTML (UTF-8 declared
  in a ``<meta>`` tag, CRLF), one ``<tr>`` a message with time, sender and message cells; ``class="sys"`` rows are
  system notices. Defects: the shift supervisor typing into the chat (unknown_speaker), a message that reached the
  tool through its legacy Windows-1252 form (bytes 0xE9, 0x92: encoding_error), an empty message cell (empty_turn),
  a long message cut off mid-phrase (truncated_turn). Decoys: system rows, ``ok`` twice, ``&amp;`` and ``&#39;``,
  ``Amélie`` correctly encoded, Childline inside engagement, the counsellor quoting the cut message and the rest
  of it arriving as a new message, lowercase messages without full stops, ``:)``.
* ``09_twilio_conversations_export.csv``: a text line's Twilio Conversations messages exported by a script to CSV
  (``conversation_sid,index,author,body,date_created``; the texter's author is a phone number, the volunteer's an
  identity, ``system`` messages are not turns). Defects: a message through a gateway that read UTF-8 as
  Windows-1252 (mojibake), a message sent twice (duplicate_turn), a row hand-edited with unescaped quotes
  (unparseable_line), conversation 3 a re-import of conversation 2 under a new SID (duplicate_session). Decoys: the
  system rows, a body over two physical lines, ``i can't stop crying``, ``ok`` twice, an emoji, the texter's
  thanks, 999 inside engagement.

Rarer layouts:

* ``10_mi_demo_captions.ttml``: TTML (DFXP) captions of a motivational-interviewing demonstration video, speakers
  declared as ``ttm:agent`` elements in the head and named by ``ttm:agent`` on each ``<p>``; ``<p>`` elements
  without an agent are sound captions. Defects: a counsellor reflection captioned three times (repetition_loop,
  near_duplicate_turn, duplicate_turn), the counsellor's question under the client agent (role_inversion), an empty
  client caption (empty_turn). Decoys: the metadata, ``[door closes]``, ``Mm.`` twice, a turn ending ``so.``, an
  italic ``(laughs)`` span, a dash interruption, the client picking up the counsellor's words, ``Q&amp;A`` in the
  title.
* ``11_health_anxiety_reference.stm``: a NIST STM reference transcript of a telehealth session (lowercase, no
  punctuation, as scoring references are): ``;;`` comments, ``file channel speaker begin end <labels> text``
  records, ``inter_segment_gap`` records. Defects: the client's partner speaking (unknown_speaker), a record with
  its end time and label missing (unparseable_line). Decoys: the comment lines, gap records, ``(%hesitation)``,
  ``mm hm`` twice, ``i can't stop googling``, the counsellor's ``i can't promise you it's nothing``, the client
  echoing the counsellor's ``thirty minutes``, turns that end without punctuation.
* ``12_ecounselling_thread.mbox``: a Thunderbird mbox of one e-counselling thread (``From - `` envelope lines,
  headers, ``format=flowed`` bodies with soft line breaks, quoted replies, a signature). Defects: a message
  declared UTF-8 whose body is Windows-1252 (encoding_error), the client's message delivered twice a minute apart
  (duplicate_turn). Decoys: the envelope and headers, quoted earlier messages, the signature with a helpline on every
  counsellor message, the counsellor quoting the client's ``a bit``, a body line escaped as ``>From``, ``Sent from
  my iPhone``, the client's warm thanks.
* ``13_appointments_march_2024.csv``: an appointment-booking export (Excel CSV UTF-8: a BOM, CRLF) that was
  misfiled among the transcripts; its columns are named ``Client`` and ``Counsellor`` but it holds no dialogue
  (unparseable_file). Decoys: a note cell that reads like speech.

Every line number is a 1-based line of the written file: the bytes split on ``\\n`` (a CRLF line and a bare LF each
count once), or for the UTF-16 file 04 the decoded text split on ``\\n``; it is computed while the file is built:

* a turn-level row points at the line holding the turn's speaker label or its equivalent: in 01 the ``T1:`` line;
  in 02 the ``## Prompt:``/``## Response:`` heading (the text is below it); in 03 the conversation's row (several
  turns share it; one row per kind); in 04 and 09 the line the record starts on, the header being line 1; in 05 the
  segment line; in 06 the message's ``"role": ...`` line (the ``"value"`` follows it); in 07 the label line; in 08
  the ``<tr>`` line; in 10 the ``<p ... ttm:agent=...>`` line; in 11 the record line; in 12 the message's ``From:``
  header line (the body is below it); in 13 (the file-level row) line 1;
* meta text inside a turn is marked at the turn's line;
* ``unparseable_line`` is marked at a line that cannot be read as a record of its layout (04, 09, 11); such a line
  is not a turn;
* ``encoding_error`` is marked at the turn whose text holds bytes invalid in the file's encoding (01, 08: on the
  turn's line; 12: in the body below the ``From:`` line); text that decodes validly but was garbled upstream is
  ``mojibake``, marked on every garbled turn; in 07 Windows-1252 is the file's encoding, so its single-byte
  accented letters are decoys;
* a session-level row (a whole session with the roles swapped, a duplicate session) points at the line of the
  session's first turn; a single turn in the other role's voice is ``role_inversion`` at its own line;
* a repetition loop is marked as in the earlier writers: ``repetition_loop`` on the first occurrence, then
  ``duplicate_turn`` or ``near_duplicate_turn`` on every later copy; "later" is later in time (in 06, newest first,
  later copies stand higher in the file); which copy of a duplicated session is marked: the later one.

Not turns: 01's title, key, page and commentary lines; 02's header, footer and horizontal rules; 03's
``systemInstruction``; 04's header; 05's comment line; 06's list and message fields; 07's title and ``Gesprek``
lines; 08's head, heading, summary paragraph, table header and ``sys`` rows; 09's header and ``system`` rows;
10's head and agentless ``<p>``; 11's comments and ``inter_segment_gap`` records; 12's envelopes, headers, quoted
text and signatures. A speaker outside the counsellor/client roles (05's SPEAKER_02, 08's shift supervisor, 11's
partner) speaking a turn is ``unknown_speaker``.

Turns and lines that look suspicious but are clean (decoys) carry a ``decoy: ...`` tag here; the tag never reaches
the truth, and the number of decoys is printed. Standard library only.
"""

from __future__ import annotations

import codecs
import csv
import difflib
import hashlib
import io
import json
import re
import sys
import textwrap
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
TURN_KINDS = KINDS - {"duplicate_session", "unparseable_file"}
REPEAT_KINDS = {"duplicate_turn", "near_duplicate_turn"}
LINE_KINDS = {"meta_text", "unparseable_line", "unparseable_file"}  # kinds that may sit on a line with no turn

T, C, X = "T", "C", "?"  # therapist role, client role, nobody's role

# characters that make str.splitlines() break a line where a byte split on \n would not
EXTRA_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


# ---------------------------------------------------------------------------
# garbling
# ---------------------------------------------------------------------------
def cp1252_moji(text: str) -> str:
    """UTF-8 bytes read as Windows-1252 (bytes cp1252 leaves undefined kept as the same code point)."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


def cp1252_bytes(text: str) -> str:
    """``text`` written as Windows-1252 into a UTF-8 file: its non-ASCII characters become lone invalid bytes, kept
    here as surrogate escapes (written back as the raw byte)."""
    return text.encode("cp1252").decode("utf-8", errors="surrogateescape")


def has_raw_bytes(text: str) -> bool:
    return any(0xDC80 <= ord(ch) <= 0xDCFF for ch in text)


def _undo(text: str, encoding: str) -> str | None:
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode(encoding)
        except UnicodeEncodeError:
            if ord(ch) < 256:
                out.append(ord(ch))
            else:
                return None
    try:
        fixed = out.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return fixed if fixed != text else None


def garbled(text: str) -> bool:
    """True when the text reads as UTF-8 decoded with a single-byte code page (a self-check only)."""
    if has_raw_bytes(text):
        return False
    return any(_undo(text, enc) is not None for enc in ("cp1252", "latin-1"))


# ---------------------------------------------------------------------------
# builder
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


def plain(turns: Sequence[tuple[str, ...]]) -> list[tuple[str, str]]:
    """The same turns without their decoy tags (for a verbatim copy: a decoy is counted once)."""
    out = []
    for label, text, *tags in turns:
        assert not split_tags(tags)[0], "a copied session must be defect-free"
        out.append((label, text))
    return out


class Builder:
    PROBE_SPAN = 4
    ROW_SESSIONS = False  # one session a physical line (JSON Lines): its turns share the line

    def __init__(self, name: str, roles: dict[str, str], eol: str = "\n", bom: bool = False, encoding: str = "utf-8"):
        assert encoding in ("utf-8", "cp1252", "utf-16-le")
        self.name = name
        self.roles = roles
        self.eol = eol
        self.bom = bom
        self.encoding = encoding
        self.out: list[str] = []
        self.eols: list[str] = []
        self.truth: list[tuple[int, str]] = []
        self.decoys: list[tuple[int, str]] = []
        self.sessions: list[Session] = []
        self.current: Session | None = None
        self.line_rows: set[int] = set()

    def add(self, *lines: str, eol: str | None = None) -> int:
        first = len(self.out) + 1
        for line in lines:
            assert "\n" not in line and "\r" not in line, line
            self.out.append(line)
            self.eols.append(self.eol if eol is None else eol)
        return first

    @property
    def next_line(self) -> int:
        return len(self.out) + 1

    def start(self, kinds: Sequence[str] = ()) -> Session:
        for kind in kinds:
            assert kind in ("role_inversion", "duplicate_session"), kind
        session = Session(tuple(kinds))
        self.sessions.append(session)
        self.current = session
        return session

    def _truth(self, line: int, kind: str) -> None:
        assert (line, kind) not in self.truth, f"{self.name}:{line} {kind} twice"
        self.truth.append((line, kind))

    def record(
        self,
        label: str,
        text: str,
        line: int,
        tags: Sequence[str],
        anchor: str,
        probe: str | None = None,
        end: int | None = None,
        session: Session | None = None,
    ) -> None:
        assert label in self.roles, (self.name, label)
        session = session or self.current
        assert session is not None
        kinds, decoys = split_tags(tags)
        assert not set(kinds) & {"duplicate_session", "unparseable_file"}
        assert ("mojibake" in kinds) == garbled(text), (self.name, line, text[:60])
        assert ("encoding_error" in kinds) == has_raw_bytes(text), (self.name, line)
        if has_raw_bytes(text):
            assert self.encoding == "utf-8"
        if "empty_turn" in kinds:
            assert text == ""
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

    def render(self) -> bytes:
        body = "".join(line + eol for line, eol in zip(self.out, self.eols, strict=True))
        if self.encoding == "utf-16-le":
            return codecs.BOM_UTF16_LE + body.encode("utf-16-le")
        errors = "surrogateescape" if self.encoding == "utf-8" else "strict"
        data = body.encode(self.encoding, errors=errors)
        return codecs.BOM_UTF8 + data if self.bom else data

    def decode(self, raw: bytes) -> str:
        if self.encoding == "utf-16-le":
            assert raw.startswith(codecs.BOM_UTF16_LE)
            return raw[2:].decode("utf-16-le")
        if self.bom:
            assert raw.startswith(codecs.BOM_UTF8)
            raw = raw[3:]
        else:
            assert not raw.startswith(codecs.BOM_UTF8)
        errors = "surrogateescape" if self.encoding == "utf-8" else "strict"
        return raw.decode(self.encoding, errors=errors)

    def check_file(self, data: str) -> None:
        """A format-specific check of the whole written text."""


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def find_lines(lines: Sequence[str], predicate: Any, start: int = 0) -> list[int]:
    return [n for n, line in enumerate(lines[start:], start + 1) if predicate(line)]


# ---------------------------------------------------------------------------
# 01 Skills workbook typed up: "T1:" / "C1:" numbered turn labels, page markers, commentary lines
# ---------------------------------------------------------------------------
class WorkbookDoc(Builder):
    def session(self, *header: str) -> None:
        if self.out and self.out[-1] != "":
            self.add("")
        self.add(*header, "")
        self.start()
        self.counts = {"T": 0, "C": 0}

    def t(self, letter: str, text: str, *tags: str) -> int:
        self.counts[letter] += 1
        label = f"{letter}{self.counts[letter]}: "
        line = self.add(label + text)
        self.record(letter, text, line, tags, anchor=label, probe=text[:20])
        return line


def f01() -> Builder:
    doc = WorkbookDoc("01_skills_workbook_numbered_turns.txt", {"T": T, "C": C}, eol="\r\n", bom=True)
    doc.add(
        "Counselling Skills in Practice – Chapter 3 transcripts (typed up for the skills-lab corpus, March 2024)",
    )
    line = doc.add(
        "Key: T = trainee counsellor, C = client. The numbers count each speaker's turns. [p. 47] marks a page of "
        "the printed workbook. Some passages were pasted in from the 2019 edition's files."
    )
    doc.mark(line, "decoy: a key line naming both labels, not a turn")
    doc.session("Transcript 3.1 – Opening a first session (client: 'Dana', 22, final-year student)")
    doc.t(
        "T",
        "Hi Dana, I'm Alex, one of the trainee counsellors here. Have a seat wherever's comfortable. We've got about "
        "fifty minutes today. What's brought you along?",
    )
    doc.t("C", "Um, my GP said I should come. I haven't really been sleeping, and I've stopped going to lectures.")
    doc.t("T", "You've stopped going to lectures. Can you tell me a bit more about that?")
    doc.t(
        "C",
        "It started in January, I think. I just couldn't face walking into the big lecture theatre. Everyone's "
        "already sat with their friends and I'm just –",
        "decoy: a turn ending in a dash where the counsellor cuts in, not a truncation",
    )
    doc.t("T", "On your own.")
    doc.t(
        "C",
        "Yeah. On my own at the back. And then I can't concentrate anyway, so what's the point",
        "decoy: the client says I can't concentrate; a spoken turn without a full stop",
    )
    doc.t("T", "Mm-hmm.", "decoy: a backchannel that repeats twice below")
    doc.t(
        "C",
        "My mum thinks I'm being lazy. She keeps sending me links to study apps, like that's going to fix it.",
    )
    doc.t(
        "C",
        "So it sounds like part of you feels really alone there, and part of you is wondering whether it's even "
        "worth trying any more.",
        "role_inversion",
    )
    doc.t(
        "C",
        "Yeah. I used to love my course. I used to be the one who organised the study group, which is kind of funny "
        "now.",
    )
    doc.t("T", "What changed, do you think?")
    doc.t("C", "I don't really know. After Christmas it was like someone had turned the volume down on everything.")
    doc.t("T", "Mm-hmm.")
    doc.t(
        "C",
        cp1252_bytes(
            "I sleep till two most days and then I’m up till four in the morning scrolling. My flatmate’s started "
            "leaving notes on my door."
        ),
        "encoding_error",
    )
    line = doc.add("[p. 47]")
    doc.mark(line, "decoy: a page marker between two complete turns, not a cut")
    doc.t(
        "T",
        "That sounds exhausting. When you say the volume's been turned down, I'm wondering how low things have got. "
        "Have you had any thoughts of harming yourself, or that you'd be better off not here?",
    )
    doc.t("C", "No. Not like that. I just want to sleep and not think for a bit.")
    doc.t(
        "T",
        "Thank you for telling me. If that ever changes, you can ring Samaritans any time on 116 123, and you can "
        "always tell me. Would it be okay if we looked at what a day looks like for you right now?",
        "decoy: a helpline given inside real engagement, not a refusal",
    )
    doc.t("C", "Okay. Yeah, that's fine.")
    doc.t("T", "Let's take yesterday. What time did you get up, and what happened next?")
    doc.t(
        "C",
        "Half one. I made toast and watched the first episode of something and then it was dark again. Thanks for "
        "not telling me off about it, honestly.",
        "decoy: the client thanks the counsellor warmly",
    )
    line = doc.add(
        "[Commentary: notice that T does not rush to problem-solve at T3; reflecting 'on your own' lets C finish the "
        "sentence she broke off.]"
    )
    doc.mark(line, "decoy: a bracketed commentary line naming T3 and C, not a turn")

    doc.session("Transcript 3.2 – Reviewing a between-session task (client: 'Mr Okoro', 58, bereavement)")
    doc.t(
        "T",
        "Good to see you again, Mr Okoro. Last time you said you'd try writing down one memory of Grace each evening. "
        "How did that go?",
    )
    doc.t("C", "I did it four nights out of seven. The first night I sat there for an hour before I wrote anything.")
    doc.t("T", "An hour. What was that hour like?")
    doc.t(
        "C",
        "Heavy. I kept thinking that if I wrote it down, that would make it real. That she's really gone.",
    )
    doc.t("T", "Writing it down made it feel more final.")
    laughed = (
        "Yes. But on the Thursday I wrote about our first dance at my cousin's wedding in 1989 and I laughed out "
        "loud. I haven't laughed since the funeral."
    )
    doc.t("C", laughed)
    doc.t("C", laughed, "duplicate_turn")
    doc.t("T", "You laughed out loud. I'm noticing you're smiling now as you tell me.")
    doc.t(
        "C",
        "She had two left feet, Grace. Everybody knew it. I can't believe I'd forgotten that. Is it normal, to "
        "laugh like that so soon?",
        "decoy: the client says I can't believe, not a refusal",
        "decoy: a client asking the counsellor a question, not a role inversion",
    )
    doc.t("T", "Very normal. Grief and laughter often sit side by side.")
    doc.t(
        "C",
        "But then on Sunday my daughter asked whether I'd thought about clearing out the wardrobe, and I told her I'm "
        "not ready, and we had words, and ever since I keep thinking that maybe she's right and I'm only holding on "
        "because",
        "truncated_turn",
    )
    doc.add("[p. 48]")
    doc.t("T", "What would 'ready' look like for you, if it came?")
    doc.t(
        "C",
        "I don't know. Maybe keeping a few things. Her blue scarf. The rest could go to the hospice shop, she'd like "
        "that.",
    )
    doc.t("T", "That's a lovely thought. Shall we think about how you might talk to your daughter about it?")
    doc.t("C", "Yes. Yes, I'd like that.")
    return doc


# ---------------------------------------------------------------------------
# 02 ChatGPT Exporter Markdown: "## Prompt:" / "## Response:" headings, the text below
# ---------------------------------------------------------------------------
class ChatGptMdDoc(Builder):
    def turn(self, label: str, text: str, *tags: str) -> int:
        line = self.add(f"## {label}:")
        paras = text.split("\n")
        end = self.add(*paras) + len(paras) - 1
        self.add("")
        self.record(label, text, line, tags, anchor=f"## {label}:", probe=paras[0][:30], end=end)
        return line


MOCKS_REPLY = (
    "That sounds really frightening, and it makes sense that the memory of the mocks is still with you. When our "
    "minds go blank under pressure, it's usually because the stress response is taking over, not because the "
    "knowledge has gone.\n"
    "\n"
    "Here are a few things that can help in the moment:\n"
    "\n"
    "- **Slow your breathing**: breathe in for 4, hold for 4, out for 6.\n"
    "- **Start with a question you find easy** to build some momentum.\n"
    "- **Write something down**, even a keyword, to get your pen moving.\n"
    "\n"
    "Would you like to practise one of these together now?"
)
MOCKS_REPLY_3 = (
    "That sounds really frightening, and it makes sense that the memory of your mocks is still with you. When our "
    "minds go blank under pressure, it's usually because the stress response takes over, not because the "
    "knowledge has gone.\n"
    "\n"
    "Here are a few things that can help in the moment:\n"
    "\n"
    "- **Slow your breathing**: breathe in for 4, hold for 4, out for 6.\n"
    "- **Start with a question you find easy** to build momentum.\n"
    "- **Write something down**, even a keyword, to get your pen moving.\n"
    "\n"
    "Would you like to try one of these together now?"
)


def f02() -> Builder:
    doc = ChatGptMdDoc("02_chatgpt_exporter_exam_stress.md", {"Prompt": C, "Response": T})
    doc.add("# Exam Stress Before Finals", "")
    first = doc.add(
        "**User:** Anonymous (shared with consent, Student Wellbeing pilot)  ",
        "**Created:** 5/2/2024 22:14:03  ",
        "**Updated:** 5/2/2024 22:51:40  ",
        "**Exported:** 5/3/2024 9:02:17  ",
        "",
    )
    doc.mark(first, "decoy: the exporter's header block (User, Created ...), not turns")
    doc.start()
    doc.turn(
        "Prompt",
        "hi. i have my first final on thursday and i genuinely cant stop shaking",
        "decoy: a lowercase prompt without a full stop, complete",
    )
    doc.turn(
        "Response",
        "I'm really glad you reached out. Shaking before a big exam is your body's alarm system going off. It's "
        "uncomfortable, but it isn't dangerous.\n"
        "\n"
        "Can I ask what goes through your mind when you think about Thursday?",
    )
    doc.turn(
        "Prompt",
        "that i'll sit down and my mind will go blank. it happened in my mocks, i just stared at the paper for like "
        "20 minutes",
    )
    doc.turn(
        "Response",
        MOCKS_REPLY,
        "repetition_loop",
        "decoy: a Markdown list inside a reply, not separate turns",
    )
    doc.turn("Prompt", "ok", "decoy: ok, repeated below")
    doc.turn(
        "Response",
        "Great. Let's start with the breathing. In for 4... hold for 4... and out for 6. Do that three times, then "
        "tell me how your body feels.",
    )
    doc.turn("Prompt", "a bit better i think. my hands are still cold")
    doc.turn(
        "Response",
        "Cold hands are really common when you're anxious, because blood moves towards your big muscles. Holding "
        "something warm, like a mug of tea, can help your body get the message that it's safe.",
    )
    doc.turn("Prompt", "what if it happens anyway though. what if i go blank in the actual exam")
    doc.turn("Response", MOCKS_REPLY, "duplicate_turn")
    doc.turn(
        "Prompt",
        "you literally just said that lol. i mean it though, my brain actually stops",
        "decoy: the client complains of the repeat, not itself a repeat",
    )
    doc.turn("Response", MOCKS_REPLY_3, "near_duplicate_turn")
    doc.turn(
        "Prompt",
        "my parents paid so much for this degree. sometimes i think everyone would be better off if i just wasnt "
        "around to disappoint them",
    )
    doc.turn(
        "Response",
        "I'm really sorry that you're feeling this way, but I'm unable to provide the help that you need. It's "
        "really important to talk things over with someone who can, though, such as a mental health professional "
        "or a trusted person in your life.",
        "refusal",
    )
    doc.turn(
        "Prompt",
        "thats not what i meant. im not going to do anything. i just feel like a burden sometimes",
    )
    doc.turn(
        "Response",
        "Thank you for telling me that, and for explaining what you meant. Feeling like a burden is a heavy thing to "
        "carry, especially when you're exhausted and scared about exams.\n"
        "\n"
        "If those thoughts ever get stronger, you can call Samaritans on 116 123 or text Papyrus HOPELINE247 on "
        "07786 209697, day or night. For now, I'd like to understand more. When do you notice the 'burden' "
        "feeling most?",
        "decoy: helplines given inside real engagement, not a refusal",
    )
    doc.turn("Prompt", "ok")
    doc.turn(
        "Response",
        "Yeah, I guess. Honestly I just feel like everyone else on my course has it all figured out and I'm the only "
        "one who panics. My mum keeps saying I'll be fine but she doesn't get it.",
        "role_inversion",
    )
    doc.turn(
        "Prompt",
        "wait thats what i was going to say?? are you ok",
        "decoy: the client speaks warmly to the assistant",
    )
    doc.turn(
        "Response",
        "*(Stepping back into the role of your wellbeing coach:)*\n"
        "\n"
        "Sorry about that! Let's bring it back to you. You said your mum keeps telling you you'll be fine. What would "
        "you want her to say instead?",
        "meta_text",
    )
    doc.turn(
        "Prompt",
        "idk. maybe just that its ok if it doesnt go perfectly. can you help me make a plan for wednesday night",
    )
    doc.turn(
        "Response",
        "Of course. Here's a simple plan for Wednesday evening:\n"
        "\n"
        "1. **6pm**: Eat a proper meal, ideally something with slow-release energy like pasta or",
        "truncated_turn",
    )
    line = doc.add("---", "", "Powered by [ChatGPT Exporter](https://www.chatgptexporter.com)")
    doc.mark(line + 2, "decoy: the exporter's footer line, not a turn")
    return doc


# ---------------------------------------------------------------------------
# 03 Vertex AI Gemini supervised tuning set: {"systemInstruction", "contents": [{"role", "parts"}]}
# ---------------------------------------------------------------------------
GEMINI_SYS = "You are a warm, collaborative CBT therapist. Keep replies under 120 words and ask one question at a time."


class GeminiDoc(Builder):
    ROW_SESSIONS = True

    def row(self, turns: Sequence[tuple[str, ...]], kinds: Sequence[str] = ()) -> int:
        obj = {
            "systemInstruction": {"role": "system", "parts": [{"text": GEMINI_SYS}]},
            "contents": [{"role": t[0], "parts": [{"text": t[1]}]} for t in turns],
        }
        line = self.add(dumps(obj))
        self.start(kinds)
        for label, text, *tags in turns:
            self.record(label, text, line, tags, anchor=f'"role": "{label}"', probe=dumps(text)[1:30])
        return line

    def check_file(self, data: str) -> None:
        for line in data.split("\n")[:-1]:
            json.loads(line)


INSOMNIA = [
    ("user", "I've been waking up at 4am every night for about three weeks now."),
    ("model", "That sounds exhausting. When you wake at 4, what tends to go through your mind?"),
    (
        "user",
        "Work, mostly. The restructure. I lie there rehearsing conversations that haven't happened yet.",
    ),
    (
        "model",
        "Rehearsing conversations that haven't happened yet is a lot of effort at 4am. What do you usually do next: "
        "stay in bed, or get up?",
        "decoy: the model repeats the client's words inside a reflection",
    ),
    ("user", "I stay in bed and scroll on my phone. I know I shouldn't.", "decoy: I know I shouldn't, not a refusal"),
    (
        "model",
        "Lots of people do. Would you be open to trying something different this week? If you're awake for more than "
        "about twenty minutes, get up, go to another room and do something calm until you feel sleepy again.",
    ),
    ("user", "Yeah. I can try that.", "decoy: a short agreement that recurs in another row"),
]


def f03() -> Builder:
    doc = GeminiDoc("03_vertex_gemini_tuning_set.jsonl", {"user": C, "model": T})
    line = doc.row(INSOMNIA)
    doc.mark(line, "decoy: the systemInstruction, repeated in every row, not a turn")
    doc.row(
        [
            ("user", "I had a panic attack on the train again yesterday. I got off two stops early and walked."),
            (
                "model",
                "<think>\nThe user describes panic on the train and escaping early. I should validate first, then "
                "ask about what they noticed in their body, and keep it under 120 words.\n</think>\n\n"
                "That sounds really frightening, and getting off early makes complete sense in the moment. What did "
                "you notice in your body just before you decided to get off?",
                "meta_text",
            ),
            ("user", "My heart was going crazy and my hands went numb. I thought I was going to faint."),
            (
                "model",
                "Those sensations are really intense. Did you faint, or did the feelings pass once you were off the "
                "train?",
            ),
            ("user", "They passed after about ten minutes. I felt stupid afterwards."),
            (
                "model",
                "It's not stupid at all. Your body was reacting as if there was real danger. Next time, would you be "
                "willing to stay on for one more stop and notice whether the feelings peak and fade on their own?",
            ),
        ]
    )
    doc.row(
        [
            (
                "user",
                "My ex keeps turning up outside my flat. Last night he was there at midnight and I didn't sleep at "
                "all.",
            ),
            (
                "model",
                "I'm sorry, but I can't assist with this request. If you feel unsafe, please contact your local "
                "emergency services or a domestic abuse helpline.",
                "refusal",
            ),
            (
                "user",
                "I wasn't asking you to do anything. I just needed to say it out loud to someone.",
                "decoy: the client says she was not asking the model to do anything",
            ),
            (
                "model",
                "Thank you for telling me. Not sleeping because someone keeps turning up outside your home sounds "
                "frightening. How are you feeling today?",
            ),
            ("user", "Shaky. I keep checking the window."),
        ]
    )
    doc.row(
        [
            (
                "user",
                "Welcome back, Marcus. Last week we talked about keeping a drinking diary. How did it go?",
            ),
            (
                "model",
                "Honestly, I only filled it in for three days. On Friday I had six pints and I didn't want to write it "
                "down.",
            ),
            ("user", "It takes courage to tell me that. What made Friday different from the other days?"),
            ("model", "It was my dad's birthday. The first one since he died."),
            (
                "user",
                "That's a really hard day. It makes sense that Friday felt different. What did the drinking do for "
                "you that night?",
            ),
            ("model", "Numbed it, I suppose. Stopped me thinking about the hospital."),
        ],
        kinds=("role_inversion",),
    )
    doc.row(
        [
            ("user", "Every time my manager emails me I assume I've done something wrong."),
            (
                "model",
                "That sounds stressful. What's the first thought that pops into your head when you see her name?",
            ),
            (
                "user",
                "'What have I messed up now.' Even when it's just a meeting invite.",
                "decoy: the client quotes her own automatic thought",
            ),
            (
                "model",
                "That's a very common thinking trap called jumping to conclusions. One thing that can help is to "
                "write the thought down and then ask yourself, 'What would I say to a friend who",
                "truncated_turn",
            ),
        ]
    )
    doc.row(plain(INSOMNIA), kinds=("duplicate_session",))
    doc.row(
        [
            ("user", "Some days I think about just not waking up."),
            (
                "model",
                "Thank you for trusting me with that. I want to check in carefully: are you having thoughts of ending "
                "your life, or is it more a wish for the tiredness to stop? If you ever feel unsafe, you can call or "
                "text 988 any time, and I'm still here to talk it through with you.",
                "decoy: a crisis line given inside real engagement, not a refusal",
            ),
            ("user", "More the tiredness. I wouldn't do anything, I've got my cat to look after."),
            ("model", "I'm glad you have her. What does looking after her give you on the hard days?"),
            ("user", "Yeah. A reason to get up, I suppose."),
        ]
    )
    return doc


# ---------------------------------------------------------------------------
# 04 Excel "Unicode Text": UTF-16 LE with a BOM, tab-separated, CRLF, a bare LF inside a quoted cell
# ---------------------------------------------------------------------------
def tsv_record(values: Sequence[str]) -> list[str]:
    buf = io.StringIO()
    csv.writer(buf, delimiter="\t", lineterminator="\r\n").writerow(values)
    text = buf.getvalue()
    assert text.endswith("\r\n")
    return text[:-2].split("\n")


class UnicodeSheetDoc(Builder):
    HEADER = ("Session", "Time", "Speaker", "Utterance", "Theme", "Coder note")

    def __init__(self, name: str, roles: dict[str, str]):
        super().__init__(name, roles, eol="\r\n", encoding="utf-16-le")
        self.add(*tsv_record(self.HEADER))

    def row(self, time: str, speaker: str, text: str, *tags: str, theme: str = "", note: str = "") -> int:
        physical = tsv_record(["YP07", time, speaker, text, theme, note])
        line = self.add(*physical[:-1], eol="\n") if len(physical) > 1 else self.next_line
        self.add(physical[-1])
        self.record(speaker, text, line, tags, anchor=f"YP07\t{time}\t{speaker}\t", probe=text.split("\n")[0][:20])
        return line

    def check_file(self, data: str) -> None:
        rows = list(csv.reader(io.StringIO(data, newline=""), delimiter="\t"))
        assert rows[0] == list(self.HEADER)
        assert sum(len(row) != len(self.HEADER) for row in rows) == len(self.line_rows), self.name


def f04() -> Builder:
    doc = UnicodeSheetDoc("04_yp_coding_sheet_unicode.txt", {"Counsellor": T, "YP": C})
    doc.start()
    doc.row(
        "00:00:12",
        "Counsellor",
        "Hi Kayden, thanks for coming. Mrs Hale said you might want to talk about what happened at lunch on Tuesday.",
    )
    doc.row(
        "00:00:20",
        "YP",
        "Not really. She made me come.",
        "decoy: a theme cell reading 'refusal to engage', not an AI refusal",
        theme="refusal to engage",
    )
    doc.row(
        "00:00:26",
        "Counsellor",
        "That's fair. You don't have to talk about anything you don't want to. We could just sit for a bit if you "
        "like.",
    )
    doc.row("00:00:35", "YP", "Whatever.", "decoy: a one-word reply, complete")
    doc.row(
        "00:00:58",
        "Counsellor",
        "Before we start, one thing: what you say here stays between us. I can't promise I'd never have to share "
        "something if you were at risk, but I'd always tell you first.",
        "decoy: the counsellor's confidentiality statement says I can't promise, not a refusal",
    )
    doc.row("00:01:15", "YP", "Yeah ok.")
    doc.row("00:01:20", "Counsellor", "So how have lunchtimes been lately?")
    doc.row(
        "00:01:24",
        "YP",
        "Rubbish. Jayden and them keep taking my phone and passing it round. Then they post stuff from it.",
        theme="bullying; online",
    )
    doc.row("00:01:37", "Counsellor", "They take your phone and post things from it. That sounds really humiliating.")
    doc.row(
        "00:01:44",
        "YP",
        cp1252_moji(
            "Yeah. Last week they put a picture on my story saying I’d wet myself. I didn’t even know till my "
            "cousin messaged me."
        ),
        "mojibake",
        theme="bullying; online",
        note="pasted from the auto-transcript draft",
    )
    doc.row("00:02:01", "Counsellor", "What did you do when you found out?")
    doc.row("00:02:05", "YP", "Nothing. Went in the toilets and stayed there till the bell.", theme="avoidance")
    doc.row(
        "00:02:14",
        "YP",
        "It sounds like you felt there was nowhere safe to go, so you found the one place you could be on your own.",
        "role_inversion",
    )
    doc.row("00:02:22", "YP", "Yeah, basically.")
    doc.row("00:02:30", "Counsellor", "Has anyone at home noticed anything?")
    doc.row(
        "00:02:34",
        "YP",
        "My mum said I've been \"a nightmare\" since half term. She doesn't know about the phone thing.",
        "decoy: a quoted phrase, written by Excel as doubled quotes in a quoted cell",
        theme="family",
    )
    doc.row(
        "00:02:34",
        "YP",
        "My mum says I've been \"a nightmare\" since half-term. She doesn't know about the phone thing.",
        "near_duplicate_turn",
        theme="family",
    )
    doc.row(
        "00:02:50",
        "Counsellor",
        "Would it help if we thought together about who you could tell, at school or at home?",
    )
    doc.row("00:03:02", "YP", "", "empty_turn", note="")
    line = doc.add("00:03:10   YP   i dunno, maybe my nan")
    doc.mark(line, "unparseable_line")
    doc.row("00:03:14", "Counsellor", "Your nan. Tell me about her.")
    doc.row(
        "00:03:18",
        "YP",
        "She's alright.\nShe stays with us at weekends. She doesn't go on at me like mum does.",
        "decoy: a cell holding a line break (a bare LF inside the quoted cell), one row over two lines",
        theme="support",
        note="two lines in the draft",
    )
    doc.row(
        "00:03:31",
        "Counsellor",
        "It sounds like she could be a safe person to start with. Could you imagine telling her about the phone?",
    )
    doc.row(
        "00:03:42",
        "YP",
        "Maybe. But if I told her she'd probably go up the school and then everyone would know it was me who",
        "truncated_turn",
        note="audio cuts out",
    )
    doc.mark(1, "decoy: the header row, not a turn")
    return doc


# ---------------------------------------------------------------------------
# 05 Whisper + pyannote diarised text: "[hh:mm:ss.mmm --> hh:mm:ss.mmm] SPEAKER_NN: text"
# ---------------------------------------------------------------------------
def stamp(seconds: float) -> str:
    ms = round(seconds * 1000)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


class WhisperDoc(Builder):
    def __init__(self, name: str, roles: dict[str, str]):
        super().__init__(name, roles)
        self.clock = 0.0

    def seg(self, spk: str, text: str, *tags: str, gap: float = 0.4, dur: float | None = None) -> int:
        begin = self.clock + gap
        end = begin + (dur if dur is not None else 0.9 + 0.33 * len(text.split()))
        self.clock = end
        prefix = f"[{stamp(begin)} --> {stamp(end)}] {spk}: "
        line = self.add(prefix + text)
        self.record(spk, text, line, tags, anchor=f"] {spk}: ", probe=text[:20])
        return line


def f05() -> Builder:
    doc = WhisperDoc("05_whisper_pyannote_session3.txt", {"SPEAKER_00": T, "SPEAKER_01": C, "SPEAKER_02": X})
    line = doc.add(
        "# transcribe.py 0.4 | whisper large-v3 + pyannote/speaker-diarization-3.1 | 2024-03-05_session3.wav | en"
    )
    doc.mark(line, "decoy: the script's comment line, not a turn")
    doc.start()
    a, b, r = "SPEAKER_00", "SPEAKER_01", "SPEAKER_02"
    doc.seg(a, "Okay, so we're recording now. How have things been since last Tuesday?", gap=2.1)
    doc.seg(b, "Um, a bit better actually. I did the, the walking thing three times.")
    doc.seg(a, "Three times. That's great. How did you feel afterwards?")
    doc.seg(
        b,
        "Lighter, I guess. The first time I nearly turned back at the end of the road, but I kept going.",
    )
    doc.seg(a, "Mm-hmm.", "decoy: a backchannel that repeats below")
    doc.seg(
        b,
        "And on Saturday I went with my sister, which was nice. We haven't done anything together in ages.",
    )
    doc.seg(a, "It sounds like something shifted there. What do you think made the difference?")
    doc.seg(b, "Just not overthinking it. I put my shoes on before I could talk myself out of it.")
    doc.seg(
        b,
        "That's a really useful strategy. What do you notice in your body when you think about doing it again this "
        "week?",
        "role_inversion",
    )
    doc.seg(b, "Less dread than before. Still some, but less.")
    doc.seg(
        r,
        "Sorry to interrupt. Your eleven o'clock is here early, I'll tell them you're in session.",
        "unknown_speaker",
        gap=1.5,
    )
    doc.seg(a, "Thanks, Pam.")
    doc.seg(
        a,
        "Sorry about that. So, less dread. Let's think about what might get in the way this week, because there will "
        "be days when it's raining or you're tired.",
        "decoy: two counsellor segments in a row, not a repeat",
    )
    doc.seg(
        a,
        "Let's think about what might get in the way this week, because there'll be days when it's raining, or "
        "you're tired.",
        "near_duplicate_turn",
        gap=0.0,
    )
    doc.seg(
        b,
        "Work, probably. If I've had a late shift I just want to lie on the sofa. And I can't face the bus yet.",
        "decoy: the client says I can't face, not a refusal",
    )
    doc.seg(a, "Okay.", "decoy: Okay, repeated below")
    doc.seg(b, "Like last Thursday I got in at ten and I just", "decoy: a segment the next segment completes")
    doc.seg(b, "didn't even take my coat off. I sat there in it till midnight.", gap=0.1)
    doc.seg(a, "That makes sense. What if, on late-shift days, the goal was just ten minutes round the block?")
    ten = "I think ten minutes I can probably do, yeah."
    doc.seg(b, ten, "repetition_loop")
    doc.seg(b, ten, "duplicate_turn", gap=0.0, dur=30.0)
    doc.seg(b, ten, "duplicate_turn", gap=0.0, dur=30.0)
    doc.seg(a, "Okay.")
    doc.seg(a, "Shall we write that down as the plan, and next week we can see how it went?")
    doc.seg(b, "Yeah. Thank you, honestly. I was dreading coming today and I'm glad I did.", "decoy: warm thanks")
    doc.seg(a, "Mm-hmm.")
    doc.seg(a, "I'm glad you came too. Before we finish, is there anything else on your mind?", gap=0.2)
    doc.seg(
        b,
        "Just that my mum's coming to stay next month, and I'm a bit worried that when she's here I'll",
        "truncated_turn",
    )
    return doc


# ---------------------------------------------------------------------------
# 06 OpenAI Assistants API thread messages (newest first), a simulated client and a counsellor assistant
# ---------------------------------------------------------------------------
class AssistantsDoc(Builder):
    PROBE_SPAN = 7  # the "value" stands five lines below the "role" line
    THREAD = "thread_Q8vXk2fLmR4tN7pW1sYb3cJd"
    ASSISTANT = "asst_H3nR6wK9pT2mV5xZ8qL1cF4a"

    def build(self, messages: list[tuple[Any, ...]]) -> None:
        """messages in time order: (role, text, tags, extra)."""
        objs = []
        created = 1_710_093_600
        for i, (role, text, _tags, extra) in enumerate(messages):
            created += 37 + 11 * (i % 5)
            mid = "msg_" + hashlib.sha1(f"twelfth-06-{i}".encode()).hexdigest()[:24]
            run = "run_" + hashlib.sha1(f"twelfth-06-run-{i}".encode()).hexdigest()[:24]
            obj: dict[str, Any] = {
                "id": mid,
                "object": "thread.message",
                "created_at": created,
                "assistant_id": self.ASSISTANT if role == "assistant" else None,
                "thread_id": self.THREAD,
                "run_id": run if role == "assistant" else None,
                "status": extra.get("status", "completed"),
                "incomplete_details": extra.get("incomplete_details"),
                "incomplete_at": created + 9 if extra.get("status") == "incomplete" else None,
                "completed_at": None if extra.get("status") == "incomplete" else created + 4,
                "role": role,
                "content": [{"type": "text", "text": {"value": text, "annotations": []}}],
                "attachments": [],
                "metadata": extra.get("metadata", {}),
            }
            objs.append(obj)
        listing = {
            "object": "list",
            "data": list(reversed(objs)),
            "first_id": objs[-1]["id"],
            "last_id": objs[0]["id"],
            "has_more": False,
        }
        lines = json.dumps(listing, ensure_ascii=False, indent=2).split("\n")
        assert self.add(*lines) == 1
        self.start()
        for obj, (role, text, tags, _extra) in zip(objs, messages, strict=True):
            id_line = find_lines(lines, lambda s, o=obj: s == f'      "id": "{o["id"]}",')[0]
            role_line = find_lines(lines, lambda s: s.startswith('      "role": '), id_line)[0]
            self.record(role, text, role_line, tags, anchor=f'"role": "{role}"', probe=dumps(text)[1:20])

    def check_file(self, data: str) -> None:
        json.loads(data)


def f06() -> Builder:
    doc = AssistantsDoc("06_assistants_thread_messages.json", {"user": C, "assistant": T})
    sim = {"metadata": {"pipeline": "simclient-v2", "persona_id": "p-0412"}}
    job = "It's my job mostly. I'm a ward manager and we're three nurses down. I go home and I can't switch off."
    doc.build(
        [
            (
                "user",
                cp1252_moji(
                    "Hi. I’ve never done anything like this before. My GP gave me a leaflet and I thought I’d try. I’m "
                    "41 and I’ve been crying in the car before work most mornings."
                ),
                ("mojibake", "decoy: the message's metadata (pipeline, persona), not text"),
                {"metadata": {"pipeline": "simclient-v2", "persona_id": "p-0412", "seed_row": "417"}},
            ),
            (
                "assistant",
                "Thank you for reaching out — it takes courage to take that first step. Crying in the car before work "
                "sounds really painful. What's been happening at work, or in life more generally, that feels so "
                "heavy right now?",
                ("decoy: a correct em dash",),
                {},
            ),
            ("user", job, ("decoy: the client says I can't switch off, not a refusal",), sim),
            (
                "assistant",
                "Three nurses down is a huge amount of pressure to carry, and it makes sense that it follows you "
                "home. When you can't switch off in the evening, what does your mind keep going back to?",
                (),
                {},
            ),
            (
                "user",
                "Sure! Here's the client's next message:\n\nThat I should be coping better. Everyone else on the ward "
                "seems to manage.",
                ("meta_text",),
                sim,
            ),
            (
                "assistant",
                "'I should be coping better' is a heavy sentence to carry around. Where do you think that 'should' "
                "comes from?",
                ("decoy: the counsellor quotes the client's words",),
                {},
            ),
            ("user", "My dad, probably. He never took a sick day in his life.", (), sim),
            (
                "assistant",
                "I know. I just feel like if I take any time off, I'm letting the whole team down, and my dad would "
                "think I was weak.",
                ("role_inversion",),
                {},
            ),
            (
                "user",
                "It's my job mostly. I'm a ward manager and we're three nurses down. I go home and I just can't "
                "switch off.",
                ("near_duplicate_turn",),
                sim,
            ),
            (
                "assistant",
                "It sounds like work takes up almost all the room you've got at the moment. Is there anything outside "
                "work that used to give you a break from it?",
                (),
                {},
            ),
            (
                "user",
                "Not really. Some nights I sit in the hospital car park and think it would be easier to just drive "
                "into a wall.",
                (),
                sim,
            ),
            (
                "assistant",
                "I'm sorry, but I can't help with that. If you are struggling, please reach out to a qualified mental "
                "health professional or contact a helpline such as Samaritans.",
                ("refusal",),
                {},
            ),
            ("user", "I didn't mean I'd do it. I just wanted someone to hear it.", (), sim),
            (
                "assistant",
                "Thank you for telling me that. I did hear it, and I'm glad you said it. If those thoughts ever feel "
                "closer, Samaritans are there day or night on 116 123, and your GP can help too. Would you be willing "
                "to tell me more about those evenings in the car park?",
                ("decoy: a helpline given inside real engagement",),
                {},
            ),
            (
                "user",
                "It's the only place nobody needs anything from me. Ten minutes before I drive home.",
                (),
                sim,
            ),
            (
                "assistant",
                "Ten minutes where nobody needs anything from you. That sounds like something you really need, even if "
                "the car park isn't the kindest place to get it.",
                ("decoy: the counsellor repeats the client's words (the other role), not a duplicate",),
                {},
            ),
            ("user", "Thanks.", ("decoy: Thanks, repeated below",), sim),
            ("user", "Thanks.", (), sim),
            (
                "assistant",
                "You're welcome. Before we finish, here are three small things you could try this week:\n\n"
                "1. **Name one thing** you did well at the end of each shift, however small.\n"
                "2. **Take your full break** at least twice this week, away from the ward.\n"
                "3. **Notice the 'should'** when it shows up, and ask yourself whether you'd say the same to a "
                "colleague who",
                ("truncated_turn", "decoy: the message's status and incomplete_details fields, not turns"),
                {"status": "incomplete", "incomplete_details": {"reason": "max_tokens"}},
            ),
        ]
    )
    return doc


# ---------------------------------------------------------------------------
# 07 Dutch generated dialogues, Windows-1252, CRLF, "Hulpverlener:" / "Cliënt:"
# ---------------------------------------------------------------------------
class DutchDoc(Builder):
    def gesprek(self, *header: str) -> None:
        if self.out and self.out[-1] != "":
            self.add("")
        self.add(*header, "")
        self.start()

    def t(self, label: str, text: str, *tags: str) -> int:
        line = self.add(f"{label}: {text}")
        self.record(label, text, line, tags, anchor=f"{label}: ", probe=text[:20])
        return line


def f07() -> Builder:
    hv, cl = "Hulpverlener", "Cliënt"
    doc = DutchDoc("07_gegenereerde_gesprekken_nl.txt", {hv: T, cl: C}, eol="\r\n", encoding="cp1252")
    line = doc.add("Gegenereerde oefengesprekken – module Gespreksvaardigheden, jaar 2 (export 12-03-2024)")
    doc.mark(line, "decoy: a title line with an en dash stored as one Windows-1252 byte")
    doc.gesprek("=== Gesprek 1 === thema: werkstress")
    doc.t(hv, "Goedemiddag, fijn dat je er bent. Waar wil je het vandaag over hebben?")
    doc.t(
        cl,
        "Over mijn werk, denk ik. Ik slaap slecht sinds mijn team is gereorganiseerd.",
        "decoy: the label's e-diaeresis stored as one Windows-1252 byte",
    )
    doc.t(hv, "Sinds de reorganisatie slaap je slecht. Wat is er voor jou veranderd?")
    doc.t(
        cl,
        cp1252_moji(
            "Ik heb een nieuwe leidinggevende die alles twee keer controleert. Ik voel me één grote fout, "
            "elke dag weer."
        ),
        "mojibake",
    )
    doc.t(hv, "Hm.", "decoy: a backchannel that repeats below")
    doc.t(cl, "En thuis merkt mijn vriendin het ook. Ik ben snel geïrriteerd.", "decoy: a correct i-diaeresis")
    doc.t(hv, "Hm.")
    doc.t(hv, "Wat zou je van je leidinggevende nodig hebben om je weer wat zekerder te voelen?")
    doc.t(
        cl,
        "Ik kan dat niet zomaar aan haar vragen, ze is pas net begonnen.",
        "decoy: the client says ik kan dat niet, not a refusal",
    )
    doc.t(
        hv,
        "Zullen we samen oefenen hoe je het zou kunnen zeggen? Jij begint, ik ben je leidinggevende.",
        "decoy: the counsellor announces a role-play, not a role inversion",
    )
    doc.t(
        cl,
        "Goed. Eh... Ik merk dat ik onzeker word als mijn werk steeds opnieuw wordt nagekeken.",
        "decoy: the client rehearses her own words to her manager inside the role-play",
    )
    doc.t(
        hv,
        "Dat klonk helder en rustig. Dan spreken we af dat je dit gesprek volgende week met haar aangaat. Tot "
        "volgende week! (Noot: dit gesprek is fictief en gegenereerd voor trainingsdoeleinden.)",
        "meta_text",
    )
    doc.gesprek("=== Gesprek 2 === thema: rouw en somberheid")
    doc.t(hv, "Hoi Sanne, hoe gaat het sinds vorige keer?")
    doc.t(
        cl,
        "Niet zo goed. Het is nu een jaar geleden dat mijn oma is overleden en ik word steeds somberder.",
    )
    doc.t(hv, "Een jaar alweer. Hoe merk je dat je somberder wordt?")
    doc.t(
        cl,
        "Ik kom mijn bed bijna niet meer uit. Soms denk ik dat het voor iedereen beter zou zijn als ik er niet meer "
        "was.",
    )
    doc.t(
        hv,
        "Het spijt me, maar als AI-taalmodel kan ik je hierbij niet helpen. Neem alsjeblieft contact op met een "
        "professionele hulpverlener of bel 113 Zelfmoordpreventie via 0800-0113.",
        "refusal",
    )
    doc.t(cl, "Ik wil niks doen hoor. Ik ben gewoon zo moe.")
    doc.t(
        hv,
        "Dank je dat je dat zegt. Als die gedachten sterker worden, kun je altijd 113 bellen, ook 's nachts. Nu wil "
        "ik graag met je kijken naar wat je het afgelopen jaar het meest hebt gemist aan je oma.",
        "decoy: the 113 line given inside real engagement, not a refusal",
    )
    doc.t(cl, "Haar stem. Ze belde me elke zondag om half tien.")
    doc.t(hv, "Wat zou ze nu tegen je zeggen, denk je?")
    doc.t(
        cl,
        "Dat ik 's ochtends gewoon moet opstaan en een rondje moet lopen. Dat zei ze altijd.",
        "decoy: 's ochtends with a straight apostrophe, correct",
    )
    return doc


# ---------------------------------------------------------------------------
# 08 Web-chat transcript emailed as HTML: one <tr> a message, UTF-8 declared, CRLF
# ---------------------------------------------------------------------------
def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")


class HtmlChatDoc(Builder):
    def __init__(self, name: str, roles: dict[str, str]):
        super().__init__(name, roles, eol="\r\n")

    def sys_row(self, ts: str, text: str, *tags: str) -> int:
        line = self.add(
            f'<tr class="sys"><td class="ts">{ts}</td><td class="from"></td><td class="msg">{text}</td></tr>'
        )
        self.mark(line, *tags)
        return line

    def msg(self, ts: str, name: str, text: str, *tags: str) -> int:
        body = esc(text)
        line = self.add(
            f'<tr><td class="ts">{ts}</td><td class="from">{esc(name)}</td><td class="msg">{body}</td></tr>'
        )
        self.record(name, text, line, tags, anchor=f'<td class="from">{esc(name)}</td>', probe=body[:20] or None)
        return line

    def check_file(self, data: str) -> None:
        assert data.count("<tr") == data.count("</tr>")


def f08() -> Builder:
    jo, v, dan = "Jo (Counsellor)", "Visitor 4821", "Dan (Shift Supervisor)"
    doc = HtmlChatDoc("08_webchat_transcript_48213.html", {jo: T, v: C, dan: X})
    doc.add(
        "<!DOCTYPE html>",
        "<html>",
        "<head>",
        '<meta charset="utf-8">',
        "<title>Chat transcript #48213</title>",
        "<style>td{padding:4px 8px;vertical-align:top}.sys td{color:#888;font-style:italic}</style>",
        "</head>",
        "<body>",
        "<h2>NightOwl Chat &ndash; transcript #48213</h2>",
    )
    line = doc.add("<p>Started: 14 Mar 2024 21:02 &middot; Duration: 38 min &middot; Queue: Listening (13-18)</p>")
    doc.mark(line, "decoy: the transcript's summary paragraph, not a turn")
    doc.add('<table class="transcript">', "<tr><th>Time</th><th>From</th><th>Message</th></tr>")
    doc.start()
    doc.sys_row("21:02:05", "Chat started", "decoy: a system row, not a turn")
    doc.msg("21:02:31", jo, "Hi, you're through to NightOwl. I'm Jo. What's on your mind tonight?")
    doc.msg("21:03:10", v, "hi")
    doc.msg("21:03:42", v, "idk where to start", "decoy: a lowercase message without a full stop, complete")
    doc.msg("21:04:01", jo, "That's okay, start wherever feels easiest. There's no rush.")
    doc.msg(
        "21:05:37",
        v,
        "my dad lost his job and now him and mum argue every night. i can hear it through the wall",
    )
    doc.msg(
        "21:06:20",
        jo,
        "That sounds really hard to listen to, night after night. How are you getting to sleep with it going on?",
    )
    doc.msg(
        "21:07:02",
        v,
        "i put my headphones on & turn it up really loud :)",
        "decoy: an ampersand written as &amp;, an emoticon",
    )
    doc.msg(
        "21:07:40",
        dan,
        "Hi, I'm Dan, the shift supervisor. Just letting you know I'm reading along tonight to support Jo, you can "
        "ignore me!",
        "unknown_speaker",
    )
    doc.msg("21:08:03", v, "ok", "decoy: ok, repeated below")
    doc.msg("21:08:31", jo, "Sorry about that! Dan's just in the background. Who else knows what's going on at home?")
    doc.msg(
        "21:10:12",
        v,
        cp1252_bytes(
            "my friend Amélie knows. we go to the café near school but i don’t want her to think my family’s weird"
        ),
        "encoding_error",
    )
    doc.msg(
        "21:11:05",
        jo,
        "It sounds like Amélie is a good friend to have. It's not weird to want to keep some things private.",
        "decoy: the same name correctly encoded in UTF-8, an apostrophe written as &#39;",
    )
    doc.msg("21:11:40", v, "", "empty_turn")
    doc.msg("21:11:52", v, "sorry pressed enter by accident")
    doc.msg("21:12:30", jo, "No worries at all! Can I check, do you feel safe at home when the arguments happen?")
    doc.msg("21:13:14", v, "yeah they don't hurt me or anything. it's just loud")
    doc.msg(
        "21:14:02",
        jo,
        "I'm really glad you're safe. If that ever changes, you can call Childline on 0800 1111 any time, or 999 in an "
        "emergency. Would it help to think about what you could do on the nights it's bad?",
        "decoy: Childline given inside real engagement, not a refusal",
    )
    doc.msg("21:14:40", v, "ok")
    doc.msg(
        "21:17:55",
        v,
        "i was thinking maybe i could ask my aunt if i could stay at hers on fridays because thats when its worst but "
        "i dont want mum to think im choosing her over",
        "truncated_turn",
    )
    doc.msg(
        "21:18:30",
        jo,
        "I think your message got cut off, it stopped at 'choosing her over'. Could you send the rest?",
        "decoy: the counsellor quotes the cut message",
    )
    doc.msg(
        "21:19:12",
        v,
        "over mum i mean. like i'd rather be at my aunts than at home",
        "decoy: the rest of the cut message sent as a new message, itself complete",
    )
    doc.msg(
        "21:20:05",
        jo,
        "That makes a lot of sense. Wanting a quieter place to sleep isn't choosing sides. How do you think your mum "
        "would react if you asked?",
    )
    doc.msg("21:22:41", v, "she'd probably be relieved tbh. i'll ask her tomorrow. thank you jo")
    doc.msg("21:23:10", jo, "You're very welcome. You can come back to NightOwl any night from 7 till midnight.")
    doc.sys_row("21:40:02", "Visitor left the chat")
    doc.sys_row("21:40:03", "Visitor rated this chat 5/5")
    doc.add("</table>", "</body>", "</html>")
    return doc


# ---------------------------------------------------------------------------
# 09 Twilio Conversations messages exported to CSV by a script
# ---------------------------------------------------------------------------
def csv_record(values: Sequence[str]) -> list[str]:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(values)
    return buf.getvalue()[:-1].split("\n")


class TwilioDoc(Builder):
    HEADER = ("conversation_sid", "index", "author", "body", "date_created")

    def __init__(self, name: str, roles: dict[str, str]):
        super().__init__(name, roles)
        self.add(*csv_record(self.HEADER))
        self.mark(1, "decoy: the header row, not a turn")

    def conversation(self, sid: str, kinds: Sequence[str] = ()) -> None:
        self.sid = sid
        self.index = 0
        self.pending = tuple(kinds)
        self.started = False

    def _values(self, author: str, text: str, when: str) -> list[str]:
        values = [self.sid, str(self.index), author, text, when]
        self.index += 1
        return values

    def sys(self, text: str, when: str, *tags: str) -> int:
        line = self.add(*csv_record(self._values("system", text, when)))
        self.mark(line, *tags)
        return line

    def msg(self, author: str, text: str, when: str, *tags: str) -> int:
        if not self.started:
            self.start(self.pending)
            self.started = True
        line = self.add(*csv_record(self._values(author, text, when)))
        self.record(author, text, line, tags, anchor=f"{self.sid},{self.index - 1},{author},", probe=text[:15])
        return line

    def raw(self, text: str, *tags: str) -> int:
        self.index += 1
        line = self.add(text)
        self.mark(line, *tags)
        return line

    def check_file(self, data: str) -> None:
        rows = list(csv.reader(io.StringIO(data, newline="")))
        assert rows[0] == list(self.HEADER)
        assert sum(len(row) != len(self.HEADER) for row in rows) == len(self.line_rows), self.name


GRANDAD = [
    ("+447700900918", "hey. can i just talk about something without it being a big deal"),
    ("counsellor.tom", "Of course. I'm Tom, a trained volunteer. Take your time, it doesn't have to be a big deal."),
    (
        "+447700900918",
        "my grandad died last week and everyone at school is acting normal and i just feel weird about it",
    ),
    (
        "counsellor.tom",
        "I'm really sorry about your grandad. Feeling weird when everyone around you carries on as normal makes a lot "
        "of sense.",
    ),
    ("+447700900918", "ok"),
    ("+447700900918", "ok thanks"),
    ("counsellor.tom", "What was he like, your grandad?"),
    ("+447700900918", "funny. he used to do magic tricks with coins. badly 😂"),
    ("counsellor.tom", "Badly done coin tricks sound like the best kind. What's a trick you remember?"),
    ("+447700900918", "the one where he pulled 10p out of my ear. every single christmas"),
    (
        "counsellor.tom",
        "Every single Christmas. That sounds like a really special thing between you. How are you feeling now, "
        "having talked about him a bit?",
    ),
    ("+447700900918", "a bit better. thanks tom"),
]


def f09() -> Builder:
    client1, client2, amara, tom = "+447700900461", "+447700900918", "counsellor.amara", "counsellor.tom"
    doc = TwilioDoc("09_twilio_conversations_export.csv", {client1: C, client2: C, amara: T, tom: T})
    doc.conversation("CH8a1f5e2c9b0d4f7a8e3c6b1d2f9a0e4c")
    doc.msg(client1, "hi is this the text line", "2024-03-14T21:02:09Z")
    doc.sys(
        "Thanks for texting Harbour. A trained volunteer will be with you shortly. Reply STOP to opt out.",
        "2024-03-14T21:02:11Z",
        "decoy: a system auto-reply row, not a turn",
    )
    doc.msg(
        amara,
        "Hi, yes, you're through to Harbour. I'm Amara, a trained volunteer. What's going on for you tonight?",
        "2024-03-14T21:04:30Z",
    )
    doc.msg(
        client1,
        "i had a massive row with my boyfriend and he's gone out and i can't stop crying",
        "2024-03-14T21:05:12Z",
        "decoy: the texter says i can't stop, not a refusal",
    )
    doc.msg(amara, "That sounds really upsetting. I'm here with you. Are you safe right now?", "2024-03-14T21:06:01Z")
    doc.msg(client1, "yeah im safe. hes just gone to his mates", "2024-03-14T21:06:44Z")
    doc.msg(
        client1,
        cp1252_moji("I’m just so tired of it. Every time I try to talk about money he says I’m ‘nagging’"),
        "2024-03-14T21:07:20Z",
        "mojibake",
    )
    doc.msg(
        amara,
        "It sounds like you're carrying a lot of worry about money, and when you try to share it, it gets brushed off.",
        "2024-03-14T21:08:35Z",
    )
    doc.msg(client1, "exactly. and i pay most of the rent", "2024-03-14T21:09:02Z")
    doc.msg(client1, "exactly. and i pay most of the rent", "2024-03-14T21:09:03Z", "duplicate_turn")
    doc.raw(
        f'{doc.sid},{doc.index},{amara},"When he calls it "nagging", what happens next between you?",'
        "2024-03-14T21:10:18Z",
        "unparseable_line",
    )
    doc.msg(client1, "he goes quiet and then he goes out. like tonight", "2024-03-14T21:11:02Z")
    doc.msg(
        amara,
        "So the conversation about money never really gets finished.\nWhat would you want him to understand, if he "
        "really listened?",
        "2024-03-14T21:12:40Z",
        "decoy: a message with a line break, one record over two physical lines",
    )
    doc.msg(client1, "that im scared. not angry. scared we cant pay for stuff", "2024-03-14T21:14:15Z")
    doc.msg(
        amara,
        "Scared, not angry. That feels really important. If things ever feel unsafe at home you can call 999, and you "
        "can text us again any time. Would it help to think about how you might say that to him tomorrow?",
        "2024-03-14T21:15:59Z",
        "decoy: 999 given inside real engagement, not a refusal",
    )
    doc.msg(
        client1,
        "yeah. thank you amara honestly youve been really kind",
        "2024-03-14T21:17:30Z",
        "decoy: warm thanks to the volunteer",
    )
    doc.sys("This conversation has been closed. Text us again any time.", "2024-03-14T21:31:00Z")

    doc.conversation("CH2b7d90e1f4c35a6b8d0e2f1c7a9b3d5e")
    for copy in (False, True):
        # the second copy: the same conversation imported again after the platform migration, under a new SID
        sid = "CH9e4c1a7b3d5f2e8a0c6b9d1f7e3a5c2b" if copy else "CH2b7d90e1f4c35a6b8d0e2f1c7a9b3d5e"
        doc.conversation(sid, kinds=("duplicate_session",) if copy else ())
        for i, (author, text) in enumerate(GRANDAD):
            tags: tuple[str, ...] = ()
            if not copy and text == "ok":
                tags = ("decoy: ok then ok thanks, a backchannel repeated",)
            if not copy and "😂" in text:
                tags = ("decoy: an emoji",)
            if not copy and text.startswith("a bit better"):
                tags = ("decoy: the texter thanks the volunteer",)
            doc.msg(author, text, f"2024-03-15T19:{40 + 2 * i:02d}:{(17 * i) % 60:02d}Z", *tags)
            if i == 0:
                doc.sys(
                    "Thanks for texting Harbour. A trained volunteer will be with you shortly. Reply STOP to opt out.",
                    "2024-03-15T19:40:02Z",
                )
        doc.sys("This conversation has been closed. Text us again any time.", "2024-03-15T20:05:00Z")
    return doc


# ---------------------------------------------------------------------------
# 10 TTML (DFXP) captions of a training video, speakers as ttm:agent
# ---------------------------------------------------------------------------
def xesc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class TtmlDoc(Builder):
    def __init__(self, name: str, roles: dict[str, str]):
        super().__init__(name, roles)
        self.n = 0
        self.clock = 1.0

    def _times(self, text: str) -> tuple[str, str]:
        begin = self.clock
        end = begin + 1.2 + 0.32 * len(text.split())
        self.clock = end + 0.3
        return stamp(begin), stamp(end)

    def p(self, agent: str, text: str, *tags: str, markup: str | None = None) -> int:
        self.n += 1
        begin, end = self._times(text)
        body = markup if markup is not None else xesc(text)
        line = self.add(f'      <p xml:id="c{self.n}" begin="{begin}" end="{end}" ttm:agent="{agent}">{body}</p>')
        self.record(agent, text, line, tags, anchor=f'ttm:agent="{agent}"', probe=body[:20] or None)
        return line

    def sound(self, text: str, *tags: str) -> int:
        self.n += 1
        begin, end = self._times(text)
        line = self.add(f'      <p xml:id="c{self.n}" begin="{begin}" end="{end}" style="sfx">{text}</p>')
        self.mark(line, *tags)
        return line

    def check_file(self, data: str) -> None:
        ET.fromstring(data.encode("utf-8"))


def f10() -> Builder:
    doc = TtmlDoc("10_mi_demo_captions.ttml", {"counsellor": T, "client": C})
    doc.add(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttm="http://www.w3.org/ns/ttml#metadata" '
        'xmlns:tts="http://www.w3.org/ns/ttml#styling" xml:lang="en">',
        "  <head>",
        "    <metadata>",
    )
    line = doc.add("      <ttm:title>MI skills demo 4: reflective listening (with Q&amp;A)</ttm:title>")
    doc.mark(line, "decoy: an &amp; entity in the title metadata")
    line = doc.add(
        '      <ttm:agent xml:id="counsellor" type="person"><ttm:name type="full">Ruth Adeyemi, counsellor'
        "</ttm:name></ttm:agent>",
        '      <ttm:agent xml:id="client" type="character"><ttm:name type="full">Dev (played by an actor)'
        "</ttm:name></ttm:agent>",
    )
    doc.mark(line, "decoy: agent declarations in the head, not turns")
    doc.add(
        "    </metadata>",
        "    <styling>",
        '      <style xml:id="sfx" tts:fontStyle="italic" tts:color="yellow"/>',
        "    </styling>",
        "  </head>",
        "  <body>",
        "    <div>",
    )
    doc.start()
    doc.p("counsellor", "Hi Dev, thanks for coming in today. The nurse mentioned you might want to talk about smoking?")
    doc.p("client", "Yeah, well, she wanted me to. I'm not sure I'm ready to stop.")
    doc.p("counsellor", "You're not sure you're ready, and it was someone else's idea to come.")
    doc.p("client", "Sort of. I mean, I know it's bad for me. I'm not stupid.")
    doc.sound("[door closes]", "decoy: a sound caption with no agent, not a turn")
    doc.p("counsellor", "You know the risks. What do you enjoy about smoking?")
    doc.p("client", "It's my break. It's the only ten minutes at work when nobody's asking me for anything.")
    doc.p("counsellor", "Mm.", "decoy: a backchannel that repeats below")
    doc.p("client", "And my mates all smoke, so.", "decoy: a turn trailing off with 'so.', complete")
    reflect = "So smoking gives you a bit of space that's just yours, and it's part of how you connect with your mates."
    doc.p("counsellor", reflect, "repetition_loop")
    doc.p(
        "counsellor",
        "so smoking gives you a bit of space that's just yours and it's part of how you connect with your mates",
        "near_duplicate_turn",
    )
    doc.p("counsellor", reflect, "duplicate_turn")
    doc.p("client", "Yeah. Exactly that.")
    doc.p(
        "client",
        "And on the other hand, you mentioned your daughter earlier. Where does she fit into all this?",
        "role_inversion",
    )
    doc.p("client", "She's got asthma. Last week she asked me why I smell like an ashtray.")
    doc.p("counsellor", "Mm.")
    doc.p("client", "", "empty_turn")
    doc.p("counsellor", "What did you say to her?")
    doc.p(
        "client",
        "Nothing. I went outside and had a cigarette. (laughs) Which is ironic.",
        "decoy: an italic (laughs) span inside the caption",
        markup='Nothing. I went outside and had a cigarette. <span tts:fontStyle="italic">(laughs)</span> Which '
        "is ironic.",
    )
    doc.p(
        "counsellor",
        "So part of you is ready to think about this, for her –",
        "decoy: a turn ending in a dash where the client cuts in",
    )
    doc.p(
        "client",
        "For her, yeah. Not for the nurse.",
        "decoy: the client picks up the counsellor's words, not a role inversion",
    )
    doc.p("counsellor", "For her. Where would you like to go from here?")
    doc.p("client", "Maybe cut down first. See how I get on.")
    doc.add("    </div>", "  </body>", "</tt>")
    return doc


# ---------------------------------------------------------------------------
# 11 NIST STM reference transcript
# ---------------------------------------------------------------------------
class StmDoc(Builder):
    FILE = "s14_tele"

    def __init__(self, name: str, roles: dict[str, str]):
        super().__init__(name, roles)
        self.clock = 0.0

    def _span(self, text: str, gap: float) -> tuple[float, float]:
        begin = self.clock + gap
        end = begin + 0.8 + 0.3 * len(text.split())
        self.clock = end
        return begin, end

    def gap(self, seconds: float, *tags: str) -> int:
        begin, end = self.clock, self.clock + seconds
        self.clock = end
        line = self.add(f"{self.FILE} 1 inter_segment_gap {begin:.3f} {end:.3f} <o,,unknown>")
        self.mark(line, *tags)
        return line

    def seg(self, spk: str, text: str, *tags: str, sex: str = "female", gap: float = 0.0) -> int:
        begin, end = self._span(text, gap)
        line = self.add(f"{self.FILE} 1 {spk} {begin:.3f} {end:.3f} <o,f0,{sex}> {text}")
        self.record(spk, text, line, tags, anchor=f" {spk} ", probe=text[:20])
        return line


def f11() -> Builder:
    co, cl, pa = "counsellor_KD", "client_14", "partner_14"
    doc = StmDoc("11_health_anxiety_reference.stm", {co: T, cl: C, pa: X})
    first = doc.add(
        ';; CATEGORY "0" "" ""',
        ';; LABEL "O" "Overall" "All segments"',
        ';; LABEL "F" "Female" ""',
        ';; LABEL "M" "Male" ""',
        ";; reference transcript for scoring the clinic's ASR pilot: session 14, telehealth CBT for health anxiety",
        ";; speakers: counsellor_KD = counsellor, client_14 = client",
    )
    doc.mark(first + 5, "decoy: a comment line naming both speakers, not a turn")
    doc.start()
    doc.gap(3.21, "decoy: an inter_segment_gap record, not a turn")
    doc.seg(co, "hi sam can you hear me okay")
    doc.seg(cl, "yeah i can hear you fine sorry my camera's being weird", sex="male", gap=0.4)
    doc.seg(co, "no problem at all how's the week been", gap=0.5)
    doc.seg(
        cl,
        "honestly not great i found another lump on tuesday well i thought i did and i can't stop googling it",
        "decoy: the client says i can't stop, not a refusal; no punctuation in a reference transcript",
        sex="male",
        gap=0.6,
    )
    doc.seg(co, "mm hm", "decoy: a backchannel that repeats below", gap=0.3)
    doc.seg(
        cl,
        "and then i read that it could be lymphoma and that was it i was up till three reading forums",
        sex="male",
        gap=0.2,
    )
    doc.seg(co, "what happened to the anxiety while you were reading", gap=0.7)
    doc.seg(
        cl,
        "(%hesitation) it went up and up and then i'd find one good story and it'd drop for a minute",
        "decoy: an STM hesitation marker",
        sex="male",
        gap=0.5,
    )
    doc.gap(2.4)
    doc.seg(pa, "sorry babe do you know where the car keys are", "unknown_speaker", sex="male", gap=0.0)
    doc.seg(cl, "kitchen table sorry about that", sex="male", gap=0.8)
    doc.seg(co, "that's fine so the googling brings relief for a minute and then", gap=0.6)
    line = doc.add(f"{doc.FILE} 1 {cl} {doc.clock + 0.2:.3f} and then it gets worse yeah")
    doc.clock += 2.1
    doc.mark(line, "unparseable_line")
    doc.seg(co, "mm hm", gap=0.3)
    doc.seg(
        co,
        "i can't promise you it's nothing nobody could but i wonder what checking is costing you this week",
        "decoy: the counsellor says i can't promise inside real engagement",
        gap=0.4,
    )
    doc.seg(cl, "sleep mostly and i snapped at my partner twice", sex="male", gap=0.9)
    doc.seg(
        co,
        "would you be willing to try something this week when the urge to google comes you write it down and wait "
        "thirty minutes",
        gap=0.5,
    )
    doc.seg(
        cl,
        "thirty minutes yeah i can try that",
        "decoy: the client echoes the counsellor's thirty minutes, not a role inversion",
        sex="male",
        gap=0.6,
    )
    return doc


# ---------------------------------------------------------------------------
# 12 Thunderbird mbox of an e-counselling thread
# ---------------------------------------------------------------------------
def flowed(text: str, width: int = 72) -> list[str]:
    """format=flowed: paragraphs wrapped with a trailing space at each soft break."""
    out: list[str] = []
    for para in text.split("\n"):
        if not para:
            out.append("")
            continue
        parts = textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False)
        out.extend([p + " " for p in parts[:-1]] + [parts[-1]])
    return out


def mbox_escape(line: str) -> str:
    return ">" + line if re.match(r">*From ", line) else line


class MboxDoc(Builder):
    PROBE_SPAN = 10  # the body starts eight lines below the From: header

    def message(
        self,
        name: str,
        addr: str,
        to: str,
        subject: str,
        date: str,
        envelope: str,
        msgid: str,
        text: str,
        *tags: str,
        tail: Sequence[str] = (),
        charset: str = "UTF-8",
    ) -> int:
        if not self.current:
            self.start()
        self.add(f"From - {envelope}", "X-Mozilla-Status: 0001", "X-Mozilla-Status2: 00000000")
        self.add(f"Return-Path: <{addr}>", f"Date: {date}")
        line = self.add(f"From: {name} <{addr}>")
        self.add(
            f"To: {to}",
            f"Subject: {subject}",
            f"Message-ID: <{msgid}>",
            "MIME-Version: 1.0",
            f'Content-Type: text/plain; charset="{charset}"; format=flowed',
            "Content-Transfer-Encoding: 8bit",
            "",
        )
        body = [mbox_escape(x) for x in flowed(text)]
        end = self.add(*body) + len(body) - 1
        self.add(*(mbox_escape(x) for x in tail))
        self.add("")
        self.record(name, text, line, tags, anchor=f"From: {name} <", probe=body[0][:20], end=end)
        return line


def quoted(header: str, text: str) -> list[str]:
    return ["", header] + ["> " + x if x else ">" for x in flowed(text, 70)]


SIGNATURE = [
    "",
    "-- ",
    "Hannah Reid | e-Counsellor, Harbourline",
    "This mailbox is read Monday to Friday, 9am to 5pm. If you need urgent",
    "help, call Samaritans on 116 123 or NHS 111.",
]


def f12() -> Builder:
    ellie, hannah = "Ellie Marsh", "Hannah Reid"
    ea, ha = "ellie.marsh92@gmail.com", "hannah.reid@harbourline.org.uk"
    box = "e-counselling@harbourline.org.uk"
    doc = MboxDoc("12_ecounselling_thread.mbox", {ellie: C, hannah: T})
    m1 = (
        "Hi,\n\nI found your service through my uni's wellbeing page. I don't really know how this works. I've been "
        "having panic attacks since Christmas, mostly on the bus to placement. Last week I had to get off two stops "
        "early and walk the rest in the rain.\n\nIs this something you can help with?\n\nEllie"
    )
    line = doc.message(
        ellie,
        ea,
        box,
        "First message",
        "Tue, 5 Mar 2024 21:14:09 +0000",
        "Tue Mar  5 21:14:09 2024",
        "CAE1xq7Hb3k@mail.gmail.com",
        m1,
    )
    doc.mark(line - 5, "decoy: the mbox envelope line (From - date), not the sender")
    m2 = (
        "Hi Ellie,\n\nThank you for writing to us, and well done for taking this step. Yes, this is something we can "
        "help with. Panic on the bus is really common, and it usually responds well to some simple practice.\n\nI've "
        "attached a sheet about what happens in the body during panic. Could you tell me a little about what you "
        "notice just before you decide to get off?\n\nWarm wishes,\nHannah"
    )
    doc.message(
        hannah,
        ha,
        ea,
        "Re: First message",
        "Wed, 6 Mar 2024 10:02:51 +0000",
        "Wed Mar  6 10:02:51 2024",
        "5e1c0a2f-hr@harbourline.org.uk",
        m2,
        "decoy: a signature with a helpline under a real reply, and the quoted earlier message",
        tail=SIGNATURE + quoted("On Tue, 5 Mar 2024 at 21:14, Ellie Marsh <ellie.marsh92@gmail.com> wrote:", m1),
    )
    m3 = cp1252_bytes(
        "Hi Hannah,\n\nThank you for replying so quickly. I’ve read the sheet twice now. The bit about ‘fight or "
        "flight’ made sense — it’s like my body thinks the bus is a tiger.\n\nMy chest goes tight first, then I "
        "feel hot. I tried the breathing on Thursday. It helped a bit but I still got off early.\n\nEllie"
    )
    doc.message(
        ellie,
        ea,
        box,
        "Re: First message",
        "Thu, 7 Mar 2024 19:40:22 +0000",
        "Thu Mar  7 19:40:22 2024",
        "000801d970a1.3f2b8c10@outlook.com",
        m3,
        "encoding_error",
    )
    m4 = (
        "Hi Ellie,\n\nThat's a really clear description: chest first, then heat. Trying the breathing was a brave "
        "thing to do, and 'a bit' is a real start.\n\nWould you be willing to try staying on one stop longer than "
        "feels comfortable next time, and notice what happens to the tightness if you wait?\n\nWarm wishes,\nHannah"
    )
    doc.message(
        hannah,
        ha,
        ea,
        "Re: First message",
        "Fri, 8 Mar 2024 09:15:03 +0000",
        "Fri Mar  8 09:15:03 2024",
        "7a90b3e4-hr@harbourline.org.uk",
        m4,
        "decoy: the counsellor quotes the client's 'a bit'",
        tail=SIGNATURE,
    )
    m5 = (
        "Hi Hannah,\n\nI did it! On Monday I stayed on until my actual stop. My chest was tight for about five "
        "minutes and then it just faded, like you said it might. I nearly cried when I got off.\n\nThank you so "
        "much, honestly.\n\nEllie\n\nSent from my iPhone"
    )
    doc.message(
        ellie,
        ea,
        box,
        "Re: First message",
        "Mon, 11 Mar 2024 08:52:40 +0000",
        "Mon Mar 11 08:52:40 2024",
        "9C2E7F1A-44B0-4C1E-8E2A-1F0D3B6A7C55@gmail.com",
        m5,
        "decoy: warm thanks, and a Sent from my iPhone line",
    )
    doc.message(
        ellie,
        ea,
        box,
        "Re: First message",
        "Mon, 11 Mar 2024 08:53:47 +0000",
        "Mon Mar 11 08:53:47 2024",
        "B4D1A0E6-2F7C-4A39-9C55-7E8F2D1B0A33@gmail.com",
        m5,
        "duplicate_turn",
    )
    m7 = (
        "Hi Ellie,\n\nThat's brilliant news, and you should be really proud. You waited, and the tightness faded on "
        "its own.\n\nFrom now on, maybe we could build a ladder: one stop longer each week, then a busier route. "
        "What would the next step up look like for you?\n\nWarm wishes,\nHannah"
    )
    line = doc.message(
        hannah,
        ha,
        ea,
        "Re: First message",
        "Mon, 11 Mar 2024 14:30:12 +0000",
        "Mon Mar 11 14:30:12 2024",
        "c3d5e7f9-hr@harbourline.org.uk",
        m7,
        tail=SIGNATURE,
    )
    from_line = find_lines(doc.out, lambda s: s.startswith(">From now on"), line)[0]
    doc.mark(from_line, "decoy: a body line escaped as >From by the mbox format, not a quote")
    return doc


# ---------------------------------------------------------------------------
# 13 An appointment export misfiled among the transcripts (not a transcript)
# ---------------------------------------------------------------------------
class PlainFileDoc(Builder):
    def check_file(self, data: str) -> None:
        rows = list(csv.reader(io.StringIO(data, newline="")))
        assert len({len(row) for row in rows}) == 1


def f13() -> Builder:
    doc = PlainFileDoc("13_appointments_march_2024.csv", {}, eol="\r\n", bom=True)
    rows = [
        ["Appointment ID", "Client", "Counsellor", "Date", "Start", "End", "Room", "Type", "Status", "Notes"],
        [
            "A-24031",
            "C-0412",
            "Hannah Reid",
            "04/03/2024",
            "10:00",
            "10:50",
            "Room 2",
            "Initial assessment",
            "Attended",
            "",
        ],
        [
            "A-24032",
            "C-0388",
            "Tom Ellis",
            "04/03/2024",
            "11:00",
            "11:50",
            "Telehealth",
            "Follow-up",
            "DNA",
            "Texted, no reply",
        ],
        ["A-24033", "C-0415", "Amara Osei", "04/03/2024", "14:00", "14:50", "Room 1", "Follow-up", "Attended", ""],
        ["A-24034", "C-0412", "Hannah Reid", "11/03/2024", "10:00", "10:50", "Room 2", "Follow-up", "Attended", ""],
        [
            "A-24035",
            "C-0401",
            "Tom Ellis",
            "11/03/2024",
            "13:00",
            "13:50",
            "Room 3",
            "Follow-up",
            "Cancelled",
            "Client said she can't do Thursdays any more, rebook Mondays",
        ],
        [
            "A-24036",
            "C-0420",
            "Amara Osei",
            "12/03/2024",
            "09:30",
            "10:20",
            "Telehealth",
            "Initial assessment",
            "Attended",
            "Interpreter booked (Polish)",
        ],
        ["A-24037", "C-0388", "Tom Ellis", "18/03/2024", "11:00", "11:50", "Telehealth", "Follow-up", "Attended", ""],
        [
            "A-24038",
            "C-0415",
            "Amara Osei",
            "18/03/2024",
            "14:00",
            "14:50",
            "Room 1",
            "Review",
            "Attended",
            "Outcome measures due",
        ],
        ["A-24039", "C-0412", "Hannah Reid", "25/03/2024", "10:00", "10:50", "Room 2", "Follow-up", "Booked", ""],
    ]
    notes_line = 0
    for row in rows:
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\r\n").writerow(row)
        line = doc.add(buf.getvalue()[:-2])
        if "can't" in row[-1]:
            notes_line = line
    doc.mark(1, "unparseable_file")
    doc.mark(notes_line, "decoy: a note cell that reads like reported speech, still not a transcript")
    return doc


BUILDERS = [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13]


# ---------------------------------------------------------------------------
# self-checks (of this writer, not of any detector)
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
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
    """Exactly the sessions whose (role, text) sequence already occurred are marked duplicate_session."""
    first_seen: set[tuple[tuple[str, str], ...]] = set()
    for doc in sorted(docs, key=lambda d: d.name):
        for session in doc.sessions:
            content = tuple((t.role, t.text) for t in session.turns)
            assert content, (doc.name, "empty session")
            assert (content in first_seen) == ("duplicate_session" in session.kinds), (doc.name, session.turns[0].line)
            first_seen.add(content)


def check_written(doc: Builder, out: Path) -> list[str]:
    raw = (out / doc.name).read_bytes()
    data = doc.decode(raw)
    if doc.encoding != "utf-16-le":
        body = raw[3:] if doc.bom else raw
        assert body.endswith(b"\n") and body.count(b"\n") == len(doc.out), doc.name
    physical = data.split("\n")
    assert physical[-1] == ""
    physical = physical[:-1]
    assert len(physical) == len(doc.out), doc.name
    for line, eol in zip(physical, doc.eols, strict=True):
        assert line.endswith("\r") == (eol == "\r\n"), (doc.name, line[:40])
    physical = [line.removesuffix("\r") for line in physical]
    assert physical == doc.out, doc.name
    assert not any(ch in data for ch in EXTRA_BREAKS), doc.name
    assert "\r" not in data.replace("\r\n", ""), doc.name
    assert len(data.splitlines()) == len(physical), doc.name
    # invalid bytes sit inside exactly the turns marked encoding_error
    turns = [t for s in doc.sessions for t in s.turns]
    bad_lines = {n for n, line in enumerate(physical, 1) if has_raw_bytes(line)}
    marked = [t for t in turns if "encoding_error" in t.kinds]
    for t in marked:
        assert bad_lines & set(range(t.line, t.end + 1)), (doc.name, t.line)
    covered = {n for t in marked for n in range(t.line, t.end + 1)}
    assert bad_lines <= covered, (doc.name, sorted(bad_lines - covered))
    turn_lines = [t.line for t in turns]
    if not doc.ROW_SESSIONS:
        assert len(turn_lines) == len(set(turn_lines)), f"{doc.name}: two turns on one line"
    for row_line, kind in doc.truth:
        assert row_line in turn_lines or row_line in doc.line_rows, (doc.name, row_line, kind)
        assert row_line not in turn_lines or row_line not in doc.line_rows, (doc.name, row_line, kind)
    for decoy_line, _ in doc.decoys:
        assert 1 <= decoy_line <= len(physical)
    for turn in turns:
        here = physical[turn.line - 1]
        assert turn.anchor in here, (doc.name, turn.line, turn.anchor, here[:80])
        if turn.probe:
            near = "\n".join(physical[turn.line - 1 : turn.line - 1 + doc.PROBE_SPAN])
            assert turn.probe in near, (doc.name, turn.line, turn.probe)
    doc.check_file(data)
    return physical


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or (len(argv) == 3 and argv[2] != "--show"):
        print("usage: python blind/twelfth_defect_cases.py OUT_DIR [--show]", file=sys.stderr)
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
                print(f"{doc.name}:{line} {kind:20s} | {shown.strip()[:110]}")
    check_sessions([d for d in docs if d.sessions])
    assert len(set(rows)) == len(rows), "duplicate truth rows"
    rows.sort()
    with (out / "truth.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "line", "defect_type"])
        writer.writerows(rows)
    counts = Counter(kind for _, _, kind in rows)
    assert set(counts) == KINDS, set(KINDS) - set(counts)
    for kind in ("role_inversion", "truncated_turn"):
        assert counts[kind] >= 6, (kind, counts[kind])
    for kind in TURN_KINDS:
        assert counts[kind] >= 3, (kind, counts[kind])
    assert 12 <= len(docs) <= 14 and 50 <= len(rows) <= 60 and decoys >= 85, (len(docs), len(rows), decoys)
    print(f"wrote {len(docs)} files and {len(rows)} truth rows to {out}")
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    print(f"decoys: {decoys}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
