"""Eleventh set of blind defect cases for the transcript-cleaning product.

Written without reading any detector, flow, synthetic-data, test or benchmark code (only the docstring at the
top of benchmarks/blind_defects.py, the ten earlier case writers, for the interface, the truth conventions and the
export styles they already used, the defect kind names, and /work/shared/README.md). The truth was fixed from the
text written here, before any run of the product, and was never tuned against it; no text was taken from the shared
corpora. Run as

    python blind/eleventh_defect_cases.py OUT_DIR [--show]

to write 14 transcript files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR
(``--show`` also prints every truth row next to the line it names).

The layouts were chosen so that none of them repeats an earlier set. Half of the set (01-07) is in COMMON shapes,
plain text, JSON, JSON Lines, CSV, Markdown and HTML, with conventions none of the ten earlier sets used, and it
carries most of the defects; the other half (08-14) is in rarer export layouts, with a few defects each. Two files
are not in English (01 French, 02 Chinese). Encodings: UTF-8 without a BOM except 04 and 06 (Windows-1252, the
first undeclared as Excel writes it, the second declared in a ``<meta>`` tag) and 12 (ISO-8859-1, declared in the
XML header); 04 and 06 have CRLF line ends (04 with bare LF inside quoted cells).

Common shapes, new conventions:

* ``01_seances_transcrites_fr.txt``: French transcripts from a clinical psychology placement, ``Psy :`` /
  ``Patiente :`` (session 1, typed) and ``Thérapeute :`` / ``Patient :`` (session 2, a simulated session produced by
  a chatbot), French typography: a NO-BREAK SPACE (U+00A0) before ``:``, ``?``, ``;`` and inside guillemets, one
  label typed with an ordinary space. Session 1: a passage copied from an old Windows file garbled (UTF-8 read as
  Windows-1252), a psychologist's question under the client's label, a client turn pasted twice, a turn written in
  ISO-8859-1 (invalid UTF-8 bytes). Session 2: the first turn opens with the generator's ``Voici la suite de la
  séance simulée ...``, an AI refusal in French, the last turn cut after ``que``. Decoys: accents, ``œ``, curly
  apostrophes, guillemets, ``Hum.`` twice, ``Je ne peux pas vous dire ...`` (client) and ``Je ne peux pas décider à
  votre place`` (psychologist), ``[rire]``, the 3114 crisis line inside real engagement, the ``Conventions :``
  header line.
* ``02_psy_sft_history_zh.json``: a Chinese fine-tuning set in the LLaMA-Factory "alpaca with history" layout, a
  JSON array (indent 2, ``ensure_ascii=False``) of samples ``{instruction, input, output, system, history}``:
  ``history`` holds the earlier [client, counsellor] pairs, ``instruction`` the client's last message and
  ``output`` the counsellor's last reply, which therefore stand ABOVE the history in the file. Sample 2: a
  counsellor reply generated three times (a loop: the same, the same, then with two small edits); sample 3: a
  Chinese AI refusal, a client slot holding a counsellor's words, an ``output`` that opens with the generator's
  "Sure, here is the counsellor's reply:" (in Chinese); sample 4 is sample 1 again. Decoys: the system prompt in
  every sample, a one-character backchannel twice, a client complaining of the repeat, "I can't tell my mum ..." and
  "I can't promise ..." (client) and "I can't decide for you ..." (counsellor), Chinese quotation marks.
* ``03_textline_webhook_events.jsonl``: a text line's webhook event log, one event a JSON Lines row with NESTED
  objects: ``{"event_id", "event", "ts" (epoch milliseconds), "conversation": {"id", "channel"}, "from": {"type":
  "texter"|"counselor"|"system", ...}, "payload": {"text"}}``; ``conversation.created``/``assigned``/``closed``,
  ``survey.submitted`` and ``system`` messages are not turns. Conversation 1: a texter's long SMS cut at exactly 153
  characters (one segment of a concatenated SMS, the second never arrived, mid-word), a message an SMS gateway read
  as ISO-8859-1 (curly apostrophes and an emoji as C1 controls). Conversation 2: an empty message, a message whose
  raw newline split its row over two physical lines (both lines unparseable, no turn), a webhook retry delivering the
  same message twice (``delivery_attempt: 2``), a message with a Windows-1252 apostrophe byte (invalid UTF-8).
  Decoys: the ``HOME`` keyword, the auto-reply in both conversations, ``ok`` twice, a counsellor saying the message
  may not have come through, a risk question inside real engagement, the survey repeating the texter's last words.
* ``04_transcriber_sheet_excel_ansi.csv``: a transcriber's spreadsheet saved by Excel as "CSV (Comma delimited)":
  Windows-1252 (undeclared), CRLF rows, a bare LF inside a quoted cell, WIDE layout ``Timecode,Therapist,Client,
  Transcriber notes`` (the speaker is the column the words stand in). A counsellor's reflection in the Client
  column, a cell pasted from an old Mac file (UTF-8 read as Mac OS Roman, an apostrophe as three signs), a client
  row typed twice with small changes, a row edited in a text editor down to two fields. Decoys: curly quotes,
  ``é`` and an em dash as single Windows-1252 bytes (correct here), ``Mm.`` twice, notes (``[crosstalk]``,
  ``voice breaks``, ``end of recording`` after a complete turn), a cell over two physical lines.
* ``05_act_pain_sessions_obsidian.md``: an Obsidian note with YAML front matter, ``###`` session headings and turns
  as list items ``- **T** — text`` (an em dash, no colon), later paragraphs on indented continuation lines, a
  ``> [!note]`` callout. Session 8 was tidied by an LLM plugin in chunks: the plugin's ``Sure! Here's the tidied
  transcript ...`` line, a therapist turn repeated with small edits at a chunk seam, the plugin's refusal to edit a
  passage about self-harm standing in the client's place, the last turn cut when the chunk ended. Decoys: ``Mm.``
  twice, an italic stage direction, quotes both ways, a wiki link, an ellipsis, ``I can't promise``, a risk question
  inside engagement, a therapist turn ending in a dash where the client cuts in, the callout.
* ``06_eap_phone_session_word.htm``: a Word "Web Page, Filtered" export (windows-1252 declared in the ``<meta>``
  tag, CRLF, Word's own wrapping of source lines at about 76 characters, ``<p class=MsoNormal><b>Client:</b>
  text</p>``). A client paragraph pasted from her UTF-8 email shows ``Iâ€™ll`` under the declared charset (its bytes
  happen to be valid UTF-8: a reader that ignores the declaration sees clean text there and invalid bytes
  elsewhere), a paragraph pasted twice, the switchboard operator breaking into the call, ``<b>Client:</b>&nbsp;``
  (empty). Decoys: raw Windows-1252 curly quotes, en dashes and ``é``, the title and italic note paragraphs, a
  dash interruption, ``&amp;``, a quotation of the client.
* ``07_roleplay_generation_log.txt``: the log of a role-play generation script: logging lines, and each
  conversation printed with ``pprint`` (dict keys SORTED, so ``'content'`` stands before ``'role'``, long strings
  split into adjacent literals over several lines). ``assistant`` is the counsellor, ``user`` the simulated
  client, ``system`` not a turn. Conversation 2: ``(Continuing the role-play as the counsellor, staying in
  character:)`` at the start of a reply, a refusal, the last reply cut by ``max_tokens`` mid-word; conversation 3 has
  the roles swapped throughout; conversation 4 is conversation 1 again (a retry with the same seed). Decoys: the log
  lines (one announcing the cut), the system prompt, ``I can't tell you why`` (client), quotes inside strings.

Rarer layouts:

* ``08_skills_video_captions.sbv``: YouTube SBV captions of a counselling-skills training video
  (``0:00:01.500,0:00:05.300`` then up to two caption lines of 32 characters, a blank line between captions); a
  new speaker's first caption starts ``>> NAME:``, captions without ``>>`` continue the same turn. The narrator
  speaks, the client's name stands on a line of the counsellor's, the video ends mid-sentence. Decoys: ``[SOFT
  MUSIC]``, ``(LAUGHS)``, continuation captions, ``Yeah.`` twice, ``--`` interruption, ``I can't do mornings``.
* ``09_azure_batch_transcription.json``: an Azure Speech batch-transcription result with diarisation: the whole
  recording first in ``combinedRecognizedPhrases``, then ``recognizedPhrases`` each with ``speaker`` (1, 2, 3: no
  names) and ``nBest`` holding four forms of the words (``lexical``, ``itn``, ``maskedITN``, ``display``). A
  therapist sentence recognised three times with small differences (an ASR loop), the client's child speaking, the
  recording cut mid-sentence. Decoys: the combined phrases, the four forms, a swear word masked only in
  ``maskedITN``, ``Mm-hmm.`` twice, ``I can't remember``.
* ``10_label_studio_strategy_export.json``: a Label Studio JSON export of a Paragraphs project coding counsellor
  strategies in synthetic dialogues: each task's ``annotations`` (whose results QUOTE turns) come before its
  ``data.dialogue`` of ``{"author", "text"}`` items. A counsellor turn ending with the generator's ``(Note: this
  response demonstrates ...)``, a counsellor's reflection under ``"author": "Client"``. Decoys: the annotation
  quotes, ``Mm.`` from both speakers, ``[laughs]``, ``I can't answer that right now``, a reflection repeating the
  client's words.
* ``11_ca_extract_jefferson.txt``: a conversation-analysis extract in Jefferson notation, every transcript line
  numbered in the margin (the margin numbers are not file lines), ``CO:``/``CL:`` labels, continuation and pause
  lines numbered without a label. A practice nurse walks in and speaks; one client line was pasted from an older
  Latin-1 file, so its degree signs (quiet talk) are single invalid bytes. Decoys: ``(0.8)`` pause lines, ``[``
  overlaps, ``wh-`` cut-offs, ``=`` latching, correct ``°`` and ``↑``, ``((door closes))``, ``mm:.`` twice.
* ``12_student_counselling_transcriber.trs``: a Transcriber 1.5 XML file saved, as the tool does, in ISO-8859-1
  (declared in the XML header): a ``<Speakers>`` table, ``<Turn speaker="spk1" ...>`` elements whose words stand on
  their own lines after ``<Sync time=.../>``, ``<Event>`` noises. A turn garbled twice before import (it stays
  garbled however the file is read), a client turn with a Sync and no words, the front desk interrupting. Decoys:
  accented names and ``café`` as single Latin-1 bytes, a Turn without a speaker (a pause), an overlap Turn naming
  two speakers with ``<Who nb=...>``, ``mm`` twice, noise events.
* ``13_liveagent_chat_transcripts.txt``: Salesforce Live Agent transcript bodies: ``Chat Started:``, ``Chat
  Origin:``, ``Agent Name`` lines, ``( 2m 14s ) Name: text`` messages, transfer lines. A bot answers first and gives
  a hotline-only refusal before a practitioner joins; the student re-sends a message with the punctuation fixed.
  Decoys: the header lines, the bot's canned greeting in both transcripts, a message continued by the next, ``ok``,
  a link, a helpline inside real engagement, ``i can't even go in there``.
* ``14_teams_chat_graph_messages.json``: a Microsoft Graph ``chatMessage`` list of a one-to-one Teams chat between a
  staff counsellor and an employee (indent 2, NEWEST FIRST, HTML bodies). An empty ``<p></p>`` message, a message
  sent twice three seconds apart. Decoys: the ``systemEventMessage``, a reply whose ``<blockquote>`` quotes the
  client's message, an ``<emoji>`` element, ``Thanks`` twice, a helpline in the chat's ground rules, ``I can't get
  out of``, ``You can't control her answers``.

Every line number is a 1-based line of the written file, the file's bytes split on ``\\n`` (a CRLF line and a bare
LF inside a CRLF file each count once; no other line-break character occurs), and is computed while the file is
built:

* a turn-level row points at the line holding the turn's speaker label or its equivalent: in 01 the ``Label :``
  line; in 02 the line of the turn's string (a history string, or the ``"instruction"``/``"output"`` line); in 03
  the event's row; in 04 the line the record starts on, the header being line 1; in 05 the ``- **T** —`` line; in 06
  the line holding ``<b>Label:</b>`` (the words may run on below); in 07 the ``'role': ...`` line of the message
  (its ``'content'`` stands on that line or above it); in 08 the caption line with ``>> NAME:`` (not the timing
  line); in 09 the phrase's ``"speaker": N`` line; in 10 the item's ``"author": ...`` line; in 11 the numbered line
  with ``CO:``/``CL:``/``NU:``; in 12 the ``<Turn speaker=...>`` line; in 13 the ``( ... ) Name:`` line; in 14 the
  ``"displayName": ...`` line inside the message's ``from`` (the HTML body follows it);
* meta text inside a turn is marked at the turn's line; an unlabelled line of tool residue between turns (05) is a
  ``meta_text`` row at its own line;
* ``unparseable_line`` is marked at a line that cannot be read as a record of its layout (both halves of 03's split
  row, 04's two-field row); such a line is not a turn;
* ``encoding_error`` is marked at the turn whose line holds bytes that are not valid in the file's encoding
  (01, 03, 11, all UTF-8); text that decodes validly but was garbled upstream is ``mojibake`` instead, marked on
  every garbled turn (Windows-1252, ISO-8859-1, Mac OS Roman and double readings); in 04, 06 and 12 the declared or
  Excel encoding is the file's encoding, so their correct single-byte characters are decoys;
* a session-level row (a whole session written with the roles swapped, a duplicate session) points at the line of
  the session's first turn in dialogue order (in 02 the first history string, not the ``instruction`` above it);
  a single turn in the other role's voice is ``role_inversion`` at its own line;
* a repetition loop is marked as in the earlier writers: ``repetition_loop`` on the first occurrence of the
  repeated turn, ``duplicate_turn`` or ``near_duplicate_turn`` on every later copy; "later" is later in time (in 14,
  whose messages are newest first, the later copy stands higher in the file).

Which copy of a duplicated session is marked: the later one in the same file (02's sample 4, 07's conversation 4).

Not turns: 01's title, conventions and session lines; 02's ``system`` and ``input`` fields; 03's non-message events
and ``system`` messages; 04's header and notes column; 05's front matter, headings and callout; 06's head, style,
title and italic notes; 07's logging lines and ``system`` messages; 08's timing lines and sound captions; 09's job
fields, combined phrases and the non-display forms; 10's annotations and task fields; 11's header, pause lines and
descriptions; 12's header, speaker table, speakerless and overlap Turns, events; 13's header, ``Agent``, transfer
and ``Chat ended`` lines; 14's response fields and the system event. A speaker outside the therapist/client roles
(06's operator, 08's narrator, 09's speaker 3, 11's nurse, 12's front desk) speaking a turn is
``unknown_speaker``; a bot answering for the service (13) stands in the counsellor's role.

Turns and lines that look suspicious but are clean (decoys) carry a ``decoy: ...`` tag here; the tag never reaches
the truth, and the number of decoys is printed. Standard library only.
"""

from __future__ import annotations

import ast
import codecs
import csv
import difflib
import io
import json
import pprint
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
NBSP = "\u00a0"
ELLIPSIS = "\u2026"

# characters that make str.splitlines() break a line where a byte split on \n would not
EXTRA_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


# ---------------------------------------------------------------------------
# garbling (copied in from the earlier writers' helpers, plus Mac Roman and a double Latin-1 reading)
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


def latin1_moji(text: str) -> str:
    """UTF-8 bytes read as ISO-8859-1: every byte becomes the code point of the same number (C1 controls included)."""
    return text.encode("utf-8").decode("latin-1")


def double_latin1_moji(text: str) -> str:
    """Garbled twice the ISO-8859-1 way (every character stays inside Latin-1, so a Latin-1 file can hold it)."""
    return latin1_moji(latin1_moji(text))


def macroman_moji(text: str) -> str:
    """UTF-8 bytes read as Mac OS Roman (an apostrophe becomes three signs: low quote, A-umlaut, o-circumflex)."""
    return text.encode("utf-8").decode("mac_roman")


def latin1_bytes(text: str) -> str:
    """``text`` written as ISO-8859-1 into a UTF-8 file: accented letters become lone invalid bytes, which are kept
    here as surrogate escapes (written back as the raw byte)."""
    return text.encode("latin-1").decode("utf-8", errors="surrogateescape")


def has_raw_bytes(text: str) -> bool:
    return any(0xDC80 <= ord(ch) <= 0xDCFF for ch in text)


def _undo(text: str, encoding: str) -> str | None:
    """The text before one wrong reading as ``encoding``, or None if it does not look like such a reading."""
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
    """True when the text reads as UTF-8 that was decoded with a single-byte code page (a self-check only)."""
    return any(_undo(text, enc) is not None for enc in ("cp1252", "latin-1", "mac_roman"))


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
    anchor: str | None = None
    probe: str | None = None


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
    """Physical lines (each with its own line ending), truth rows, decoys and sessions of one file."""

    PROBE_SPAN = 5  # the probe must stand on the turn's line or on one of the lines below it, up to this many

    def __init__(
        self, name: str, roles: dict[str, str], eol: str = "\n", bom: bool = False, encoding: str = "utf-8"
    ) -> None:
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
        self.keys: dict[Any, Session] = {}
        self.current: Session | None = None
        self.line_rows: set[int] = set()  # lines marked with a line-level kind (no turn on them)

    # -- physical lines
    def add(self, *lines: str, eol: str | None = None) -> int:
        first = len(self.out) + 1
        for line in lines:
            assert "\n" not in line and "\r" not in line, line
            self.out.append(line)
            self.eols.append(self.eol if eol is None else eol)
        return first

    def blank(self) -> None:
        if self.out and self.out[-1] != "":
            self.add("")

    @property
    def next_line(self) -> int:
        return len(self.out) + 1

    # -- sessions and truth
    def start(self, kinds: Sequence[str] = (), key: Any = None) -> Session:
        for kind in kinds:
            assert kind in ("role_inversion", "duplicate_session"), kind
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

    def record(
        self,
        label: str,
        text: str,
        line: int,
        tags: Sequence[str],
        key: Any = None,
        anchor: str | None = None,
        probe: str | None = None,
    ) -> None:
        """One turn: ``line`` is the line naming its speaker; ``anchor`` must stand on that line and ``probe`` (a
        piece of the text as written in the file) on it or on one of the lines below it."""
        assert label in self.roles, (self.name, label)
        session = self.keys[key] if key is not None else self.current
        assert session is not None
        kinds, decoys = split_tags(tags)
        assert "duplicate_session" not in kinds, "duplicate_session goes on the session"
        assert not ("role_inversion" in kinds and "role_inversion" in session.kinds)
        assert ("mojibake" in kinds) == garbled(text), (self.name, line, text[:60])
        assert ("encoding_error" in kinds) == has_raw_bytes(text), (self.name, line)
        if has_raw_bytes(text):
            assert self.encoding == "utf-8"
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
        session.turns.append(Turn(label, self.roles[label], text, line, turn_kinds, anchor, probe))

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
        body = "".join(line + eol for line, eol in zip(self.out, self.eols, strict=True))
        errors = "surrogateescape" if self.encoding == "utf-8" else "strict"
        data = body.encode(self.encoding, errors=errors)
        return codecs.BOM_UTF8 + data if self.bom else data

    def decode(self, raw: bytes) -> str:
        if self.bom:
            assert raw.startswith(codecs.BOM_UTF8)
            raw = raw[3:]
        errors = "surrogateescape" if self.encoding == "utf-8" else "strict"
        return raw.decode(self.encoding, errors=errors)

    def check_file(self, data: str) -> None:
        """A format-specific check of the whole written text (overridden where the layout allows one)."""


def wrap(text: str, width: int) -> list[str]:
    out: list[str] = []
    for para in text.split("\n"):
        out.extend(textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False) or [""])
    return out


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def find_lines(lines: Sequence[str], predicate: Any, start: int = 0) -> list[int]:
    """1-based numbers of the lines (from index ``start``) for which ``predicate`` holds."""
    return [n for n, line in enumerate(lines[start:], start + 1) if predicate(line)]


# ---------------------------------------------------------------------------
# 01 French transcripts, "Label : text" with a no-break space before the colon (French typography)
# ---------------------------------------------------------------------------
def fr_typo(text: str) -> str:
    """French typography as Word types it: a no-break space before ? ! : ; and inside guillemets."""
    for mark in ("?", "!", ":", ";"):
        text = text.replace(" " + mark, NBSP + mark)
    return text.replace("\u00ab ", "\u00ab" + NBSP).replace(" \u00bb", NBSP + "\u00bb")


class FrenchDoc(Builder):
    def session(self, *header: str) -> None:
        self.blank()
        self.add(*header, "")
        self.start()

    def t(self, label: str, text: str, *tags: str, sep: str = NBSP) -> int:
        line = self.add(f"{label}{sep}: {text}")
        self.record(label, text, line, tags, anchor=f"{label}{sep}: ", probe=text[:25])
        return line


def f01() -> Builder:
    doc = FrenchDoc(
        "01_seances_transcrites_fr.txt",
        {"Psy": T, "Patiente": C, "Th\u00e9rapeute": T, "Patient": C},
    )
    doc.add(
        "Transcriptions de s\u00e9ances \u2013 M2 Psychologie clinique, stage au CMP (Lyon 7e)",
        fr_typo("Transcription : C. Morel, \u00e9tudiante en M2. Les noms ont \u00e9t\u00e9 modifi\u00e9s."),
    )
    line = doc.add(
        fr_typo(
            "Conventions : (\u2026) passage inaudible ; [rire] ; \u00ab \u00bb paroles rapport\u00e9es ; "
            "\u2014 interruption."
        )
    )
    doc.mark(line, "decoy: a header line shaped like a label line (word, no-break space, colon), not a turn")
    doc.session(
        "S\u00e9ance 1 \u2014 mardi 5 mars 2024 \u2014 Mme L., 34 ans (anxi\u00e9t\u00e9 li\u00e9e au travail)",
        "(certains passages ont \u00e9t\u00e9 recopi\u00e9s depuis l\u2019ancien fichier du stage)",
    )
    doc.t(
        "Psy",
        fr_typo(
            "Bonjour Madame L., installez-vous. Comment s\u2019est pass\u00e9e votre semaine depuis notre dernier "
            "rendez-vous ?"
        ),
    )
    doc.t(
        "Patiente",
        fr_typo(
            "Pas terrible. Lundi, j\u2019ai eu une r\u00e9union avec ma nouvelle cheffe et j\u2019ai cru que mon "
            "c\u0153ur allait sortir de ma poitrine."
        ),
        "decoy: accents, a curly apostrophe and the oe ligature correctly encoded",
    )
    doc.t("Psy", fr_typo("Qu\u2019est-ce qui se passait pour vous pendant cette r\u00e9union ?"))
    doc.t(
        "Patiente",
        fr_typo(
            "Elle a dit devant toute l\u2019\u00e9quipe : \u00ab On attendait mieux de ce dossier. \u00bb Et l\u00e0, "
            "plus rien, j\u2019avais la t\u00eate compl\u00e8tement vide."
        ),
        "decoy: guillemets with no-break spaces, the client reporting her manager's words",
    )
    doc.t("Psy", "Hum.", "decoy: a backchannel that repeats below, not a duplicate")
    doc.t(
        "Patiente",
        cp1252_moji(
            fr_typo(
                "Depuis, je relis chaque mail trois ou quatre fois avant de l\u2019envoyer. Je me couche \u00e0 "
                "minuit pour finir, et le matin je recommence."
            )
        ),
        "mojibake",
    )
    doc.t("Psy", "Hum.")
    doc.t(
        "Patiente",
        fr_typo("Et quand vous relisez ces mails, qu\u2019est-ce que vous craignez d\u2019y trouver, au fond ?"),
        "role_inversion",
    )
    doc.t(
        "Patiente",
        fr_typo(
            "Une faute. Une phrase mal tourn\u00e9e. Qu\u2019elle se dise qu\u2019elle s\u2019est tromp\u00e9e en "
            "me gardant apr\u00e8s la p\u00e9riode d\u2019essai."
        ),
    )
    doc.t(
        "Psy",
        "Vous avez peur qu\u2019une seule erreur suffise \u00e0 tout remettre en cause.",
        "decoy: a label typed with an ordinary space before the colon",
        sep=" ",
    )
    mais = fr_typo(
        "Oui, c\u2019est exactement \u00e7a. Je ne peux pas vous dire exactement quand \u00e7a a commenc\u00e9, "
        "mais c\u2019\u00e9tait d\u00e9j\u00e0 un peu comme \u00e7a \u00e0 la fac, avant les partiels."
    )
    doc.t("Patiente", mais, "decoy: the client says je ne peux pas vous dire, not a refusal")
    doc.t("Patiente", mais, "duplicate_turn")
    doc.t(
        "Psy",
        fr_typo("Si une amie vous racontait la m\u00eame chose, qu\u2019est-ce que vous lui diriez ?"),
    )
    doc.t(
        "Patiente",
        latin1_bytes(
            "Que ce n'est pas si grave. Qu'elle a le droit de se tromper. Mais pour moi, \u00e7a ne marche pas "
            "pareil, je me sens nulle d\u00e8s que \u00e7a m'arrive."
        ),
        "encoding_error",
    )
    doc.t(
        "Psy",
        fr_typo(
            "Je ne peux pas d\u00e9cider \u00e0 votre place s\u2019il faut en parler \u00e0 votre cheffe, mais on "
            "peut regarder ensemble ce que vous risqueriez et ce que vous y gagneriez. \u00c7a vous va ?"
        ),
        "decoy: the psychologist says je ne peux pas d\u00e9cider, not a refusal",
    )
    doc.t("Patiente", "D\u2019accord. Oui, je veux bien essayer.")
    doc.t(
        "Psy",
        "Pour la semaine prochaine, je vous propose de noter chaque soir une chose que vous avez faite "
        "correctement au travail, m\u00eame toute petite.",
    )
    doc.t(
        "Patiente",
        "[rire] \u00c7a va \u00eatre court, la liste. Non, je plaisante. Je vais essayer.",
        "decoy: a [rire] note, a joke that sounds like a refusal of the task",
    )
    doc.session(
        "S\u00e9ance 2 \u2014 mardi 12 mars 2024 \u2014 s\u00e9ance simul\u00e9e (texte produit par l\u2019agent "
        "conversationnel, \u00e0 titre de comparaison)",
    )
    doc.t(
        "Th\u00e9rapeute",
        fr_typo(
            "Voici la suite de la s\u00e9ance simul\u00e9e, dans le m\u00eame style que la pr\u00e9c\u00e9dente : "
            "Bonjour Monsieur D., comment allez-vous depuis la semaine derni\u00e8re ?"
        ),
        "meta_text",
    )
    doc.t(
        "Patient",
        "Mal. Ma fille ne me parle plus depuis qu\u2019elle est partie vivre chez sa m\u00e8re, et je "
        "n\u2019arrive plus \u00e0 dormir.",
    )
    doc.t("Th\u00e9rapeute", "Ce silence doit \u00eatre tr\u00e8s douloureux. Depuis combien de temps dure-t-il ?")
    doc.t(
        "Patient",
        "Trois mois. Je lui envoie un message tous les dimanches soir. Elle ne r\u00e9pond jamais.",
    )
    doc.t(
        "Th\u00e9rapeute",
        "Que ressentez-vous le dimanche soir, quand le message reste sans r\u00e9ponse ?",
    )
    doc.t(
        "Patient",
        "De la col\u00e8re, puis de la honte. Je me dis que j\u2019ai tout rat\u00e9 avec elle. Parfois je me "
        "demande \u00e0 quoi bon continuer.",
    )
    doc.t(
        "Th\u00e9rapeute",
        "Je suis d\u00e9sol\u00e9, mais en tant qu\u2019assistant d\u2019intelligence artificielle, je ne suis pas "
        "en mesure de vous apporter l\u2019aide dont vous avez besoin. Je vous encourage \u00e0 contacter un "
        "professionnel de sant\u00e9 mentale.",
        "refusal",
    )
    doc.t(
        "Patient",
        "Je voulais juste dire que je suis fatigu\u00e9. Je ne vais rien faire de grave.",
    )
    doc.t(
        "Th\u00e9rapeute",
        "Merci de me le pr\u00e9ciser. Si un jour ces pens\u00e9es deviennent plus fortes, le 3114 r\u00e9pond "
        "jour et nuit. Pour l\u2019instant, j\u2019aimerais comprendre ce que \u00ab tout rat\u00e9 \u00bb veut "
        "dire pour vous.",
        "decoy: the 3114 crisis line given inside real engagement, not a hotline-only reply",
    )
    doc.t(
        "Patient",
        "Que je n\u2019\u00e9tais pas l\u00e0 quand il fallait. Je travaillais tout le temps, je ratais ses "
        "spectacles d\u2019\u00e9cole, ses matchs de hand.",
    )
    doc.t("Th\u00e9rapeute", "Et aujourd\u2019hui, qu\u2019aimeriez-vous qu\u2019elle sache de vous ?")
    doc.t(
        "Patient",
        "Que je regrette, et que je suis pr\u00eat \u00e0 l\u2019\u00e9couter, m\u00eame si elle m\u2019en veut "
        "encore, parce que je crois que si on arrivait \u00e0 se voir une fois, juste un caf\u00e9, alors "
        "peut-\u00eatre que",
        "truncated_turn",
    )
    return doc


# ---------------------------------------------------------------------------
# 02 Chinese SFT set in the LLaMA-Factory "alpaca with history" JSON layout
# ---------------------------------------------------------------------------
ZH_SYSTEM = "\u4f60\u662f\u4e00\u540d\u6e29\u6696\u3001\u4e13\u4e1a\u7684\u5fc3\u7406\u54a8\u8be2\u5e08\u3002"


class AlpacaHistoryDoc(Builder):
    """A JSON array (indent 2, ensure_ascii=False): each sample has ``instruction`` (the client's last message),
    ``input`` (empty), ``output`` (the counsellor's last reply), ``system`` and ``history`` (earlier
    [client, counsellor] pairs). In the file the last exchange comes BEFORE the history; in the dialogue it comes
    after it."""

    def build(self, samples: list[tuple[list[tuple[str, ...]], tuple[str, ...]]]) -> None:
        objs = []
        for turns, _ in samples:
            texts = [t[1] for t in turns]
            assert len(texts) % 2 == 0 and [t[0] for t in turns] == ["client", "counsellor"] * (len(texts) // 2)
            pairs = [[texts[i], texts[i + 1]] for i in range(0, len(texts) - 2, 2)]
            objs.append(
                {"instruction": texts[-2], "input": "", "output": texts[-1], "system": ZH_SYSTEM, "history": pairs}
            )
        lines = json.dumps(objs, ensure_ascii=False, indent=2).split("\n")
        assert self.add(*lines) == 1
        starts = find_lines(lines, lambda s: s == "  {")
        assert len(starts) == len(samples)
        for (turns, kinds), start in zip(samples, starts, strict=True):
            instr = find_lines(lines, lambda s: s.startswith('    "instruction": '), start)[0]
            output = find_lines(lines, lambda s: s.startswith('    "output": '), start)[0]
            system = find_lines(lines, lambda s: s.startswith('    "system": '), start)[0]
            hist = find_lines(lines, lambda s: s.startswith('    "history": '), start)[0]
            strings = [
                n
                for n in range(hist + 1, min(len(lines), hist + 4 * len(turns)) + 1)
                if lines[n - 1].startswith('        "')
            ]
            strings = strings[: len(turns) - 2]
            if start == starts[0]:
                self.mark(system, "decoy: the system prompt (repeated in every sample), not a turn")
            self.start(kinds)
            places = [*strings, instr, output]
            for (label, text, *tags), line in zip(turns, places, strict=True):
                probe = json.dumps(text, ensure_ascii=False)[1:20]
                anchor = '    "instruction": ' if line == instr else '    "output": ' if line == output else '        "'
                self.record(label, text, line, tags, anchor=anchor, probe=probe)

    def check_file(self, data: str) -> None:
        json.loads(data)


ZH_EXAM: list[tuple[str, ...]] = [
    (
        "client",
        "\u6700\u8fd1\u5728\u51c6\u5907\u8003\u7814\uff0c\u6bcf\u5929\u5b66\u5230\u51cc\u6668\u4e24\u70b9\uff0c"
        "\u53ef\u662f\u4e00\u5230\u6a21\u62df\u8003\u5c31\u8111\u5b50\u4e00\u7247\u7a7a\u767d\u3002",
    ),
    (
        "counsellor",
        "\u542c\u8d77\u6765\u4f60\u4ed8\u51fa\u4e86\u5f88\u591a\u52aa\u529b\uff0c\u5374\u5728\u6700\u5173\u952e"
        "\u7684\u65f6\u5019\u4f7f\u4e0d\u4e0a\u52b2\uff0c\u8fd9\u4e00\u5b9a\u8ba9\u4f60\u5f88\u6cae\u4e27\u3002"
        "\u80fd\u8bf4\u8bf4\u8111\u5b50\u7a7a\u767d\u7684\u65f6\u5019\uff0c\u4f60\u5fc3\u91cc\u5728\u60f3\u4ec0"
        "\u4e48\u5417\uff1f",
    ),
    (
        "client",
        "\u6211\u4f1a\u60f3\uff0c\u8981\u662f\u8003\u4e0d\u4e0a\uff0c\u7238\u5988\u80af\u5b9a\u7279\u522b\u5931"
        "\u671b\uff0c\u6211\u8fd9\u4e00\u5e74\u5c31\u767d\u8d39\u4e86\u3002",
    ),
    (
        "counsellor",
        "\u6240\u4ee5\u5728\u8003\u573a\u4e0a\uff0c\u4f60\u62c5\u5fc3\u7684\u4e0d\u53ea\u662f\u9898\u76ee\uff0c"
        "\u8fd8\u6709\u7238\u5988\u7684\u671f\u5f85\u548c\u8fd9\u4e00\u5e74\u7684\u4ed8\u51fa\u3002\u8fd9\u4e9b"
        "\u538b\u529b\u540c\u65f6\u538b\u8fc7\u6765\uff0c\u96be\u602a\u4f1a\u89c9\u5f97\u5598\u4e0d\u8fc7\u6c14"
        "\u3002",
    ),
    ("client", "\u55ef\u3002", "decoy: a one-character backchannel that repeats below"),
    (
        "counsellor",
        "\u6211\u4eec\u53ef\u4ee5\u5148\u8bd5\u7740\u628a\u8fd9\u4e9b\u62c5\u5fc3\u5206\u5f00\u6765\u770b\u3002"
        "\u5982\u679c\u53ea\u770b\u201c\u8fd9\u4e00\u5e74\u767d\u8d39\u4e86\u201d\u8fd9\u4e2a\u60f3\u6cd5\uff0c"
        "\u4f60\u89c9\u5f97\u5b83\u6709\u591a\u5927\u53ef\u80fd\u662f\u771f\u7684\uff1f",
        "decoy: the counsellor quotes the client's words in Chinese quotation marks",
    ),
    (
        "client",
        "\u5176\u5b9e\u4e5f\u4e0d\u4f1a\u5b8c\u5168\u767d\u8d39\u5427\uff0c\u81f3\u5c11\u6211\u5b66\u5230\u4e86"
        "\u5f88\u591a\u4e1c\u897f\u3002\u53ea\u662f\u6211\u4e00\u7d27\u5f20\u5c31\u60f3\u4e0d\u8d77\u6765\u3002",
    ),
    (
        "counsellor",
        "\u4f60\u80fd\u770b\u5230\u81ea\u5df1\u5b66\u5230\u7684\u4e1c\u897f\uff0c\u8fd9\u5f88\u91cd\u8981\u3002"
        "\u7d27\u5f20\u7684\u65f6\u5019\u8eab\u4f53\u4f1a\u6709\u4ec0\u4e48\u53cd\u5e94\uff1f\u6bd4\u5982\u5fc3"
        "\u8df3\u3001\u547c\u5438\u3001\u624b\u5fc3\u51fa\u6c57\uff1f",
    ),
    ("client", "\u55ef\u3002"),
    (
        "counsellor",
        "\u4e0b\u6b21\u6a21\u62df\u8003\u4e4b\u524d\uff0c\u6211\u4eec\u53ef\u4ee5\u7ec3\u4e60\u4e00\u4e2a\u7b80"
        "\u5355\u7684\u547c\u5438\u65b9\u6cd5\uff1a\u5438\u6c14\u56db\u79d2\uff0c\u505c\u4e24\u79d2\uff0c\u547c"
        "\u6c14\u516d\u79d2\uff0c\u91cd\u590d\u51e0\u6b21\u3002\u4f60\u613f\u610f\u8fd9\u5468\u6bcf\u5929\u7ec3"
        "\u4e60\u4e94\u5206\u949f\u5417\uff1f",
    ),
    (
        "client",
        "\u53ef\u4ee5\u8bd5\u8bd5\u3002\u4e0d\u8fc7\u6211\u6709\u70b9\u62c5\u5fc3\uff0c\u8fd9\u4e48\u7b80\u5355"
        "\u7684\u65b9\u6cd5\u771f\u7684\u6709\u7528\u5417\uff1f",
    ),
    (
        "counsellor",
        "\u6709\u8fd9\u6837\u7684\u6000\u7591\u5f88\u6b63\u5e38\u3002\u8fd9\u4e2a\u65b9\u6cd5\u4e0d\u4f1a\u8ba9"
        "\u7d27\u5f20\u5b8c\u5168\u6d88\u5931\uff0c\u4f46\u80fd\u5e2e\u4f60\u5728\u7d27\u5f20\u51fa\u73b0\u65f6"
        "\u7a33\u4f4f\u81ea\u5df1\uff0c\u7ed9\u5927\u8111\u4e00\u70b9\u65f6\u95f4\u628a\u77e5\u8bc6\u627e\u56de"
        "\u6765\u3002\u6211\u4eec\u4e0b\u6b21\u89c1\u9762\u65f6\u53ef\u4ee5\u4e00\u8d77\u770b\u770b\u4f60\u7ec3"
        "\u4e60\u7684\u611f\u53d7\u3002",
    ),
]

ZH_LOOP = (
    "\u6211\u80fd\u611f\u53d7\u5230\u4f60\u65e2\u60f3\u8981\u81ea\u5df1\u7684\u7a7a\u95f4\uff0c\u53c8\u5728\u4e4e"
    "\u5988\u5988\u7684\u611f\u53d7\uff0c\u8fd9\u4e24\u79cd\u5fc3\u60c5\u540c\u65f6\u5b58\u5728\uff0c\u8ba9\u4f60"
    "\u5f88\u77db\u76fe\u3002\u4f60\u613f\u610f\u591a\u8bf4\u4e00\u8bf4\u5185\u759a\u7684\u611f\u89c9\u5417\uff1f"
)
ZH_LOOP_NEAR = (
    "\u6211\u80fd\u611f\u53d7\u5230\u4f60\u65e2\u60f3\u8981\u81ea\u5df1\u7684\u7a7a\u95f4\uff0c\u53c8\u5728\u4e4e"
    "\u5988\u5988\u7684\u611f\u53d7\uff0c\u8fd9\u4e24\u79cd\u5fc3\u60c5\u540c\u65f6\u5b58\u5728\uff0c\u8ba9\u4f60"
    "\u89c9\u5f97\u5f88\u77db\u76fe\u3002\u4f60\u613f\u610f\u518d\u591a\u8bf4\u4e00\u8bf4\u5185\u759a\u7684\u611f"
    "\u89c9\u5417\uff1f"
)


def f02() -> Builder:
    doc = AlpacaHistoryDoc("02_psy_sft_history_zh.json", {"client": C, "counsellor": T})
    mother: list[tuple[str, ...]] = [
        (
            "client",
            "\u6211\u8ddf\u6211\u5988\u53c8\u5435\u67b6\u4e86\u3002\u5979\u6bcf\u5929\u7ed9\u6211\u6253\u597d\u51e0"
            "\u4e2a\u7535\u8bdd\uff0c\u95ee\u6211\u5403\u4e86\u4ec0\u4e48\u3001\u8ddf\u8c01\u5728\u4e00\u8d77\u3002",
        ),
        (
            "counsellor",
            "\u6bcf\u5929\u597d\u51e0\u4e2a\u7535\u8bdd\uff0c\u542c\u8d77\u6765\u4f60\u89c9\u5f97\u6709\u70b9\u88ab"
            "\u7ba1\u5f97\u592a\u7d27\u4e86\u3002\u5435\u67b6\u7684\u65f6\u5019\u53d1\u751f\u4e86\u4ec0\u4e48\uff1f",
        ),
        (
            "client",
            "\u6211\u8bf4\u6211\u5df2\u7ecf\u4e8c\u5341\u5c81\u4e86\uff0c\u5979\u5c31\u54ed\u4e86\uff0c\u8bf4\u6211"
            "\u4e0d\u61c2\u5979\u7684\u8f9b\u82e6\u3002\u7136\u540e\u6211\u5c31\u6302\u4e86\u7535\u8bdd\uff0c\u73b0"
            "\u5728\u5f88\u5185\u759a\u3002",
        ),
        ("counsellor", ZH_LOOP, "repetition_loop"),
        (
            "client",
            "\u5c31\u662f\u89c9\u5f97\u5979\u4e00\u4e2a\u4eba\u628a\u6211\u5e26\u5927\uff0c\u6211\u4e0d\u5e94\u8be5"
            "\u90a3\u6837\u5bf9\u5979\u3002\u53ef\u662f\u6211\u4e5f\u771f\u7684\u53d7\u4e0d\u4e86\u4e86\u3002",
        ),
        ("counsellor", ZH_LOOP, "duplicate_turn"),
        (
            "client",
            "\u4f60\u521a\u624d\u5df2\u7ecf\u8fd9\u4e48\u8bf4\u8fc7\u4e86\u3002\u6211\u60f3\u77e5\u9053\u6211\u8be5"
            "\u600e\u4e48\u8ddf\u5979\u8bf4\u3002",
            "decoy: the client complains of the repeat, itself not a repeat",
        ),
        ("counsellor", ZH_LOOP_NEAR, "near_duplicate_turn"),
        (
            "client",
            "\u6211\u4e0d\u80fd\u544a\u8bc9\u6211\u5988\u6211\u5176\u5b9e\u5f88\u70e6\u5979\u6253\u7535\u8bdd\uff0c"
            "\u5979\u4f1a\u4f24\u5fc3\u7684\u3002",
            "decoy: the client says wo bu neng gaosu (I can't tell), not a refusal",
        ),
        (
            "counsellor",
            "\u4f60\u5f88\u5728\u610f\u5979\u4f1a\u4e0d\u4f1a\u4f24\u5fc3\u3002\u4e5f\u8bb8\u53ef\u4ee5\u4e0d\u8bf4"
            "\u201c\u70e6\u201d\uff0c\u800c\u662f\u8bf4\u51fa\u4f60\u7684\u9700\u8981\uff0c\u6bd4\u5982\u201c\u5988"
            "\uff0c\u6211\u60f3\u6bcf\u5929\u665a\u4e0a\u56fa\u5b9a\u7ed9\u4f60\u6253\u4e00\u4e2a\u7535\u8bdd\uff0c"
            "\u5176\u4ed6\u65f6\u95f4\u8ba9\u6211\u81ea\u5df1\u5b89\u6392\u201d\u3002\u4f60\u89c9\u5f97\u5979\u4f1a"
            "\u600e\u4e48\u56de\u5e94\uff1f",
        ),
        (
            "client",
            "\u5979\u53ef\u80fd\u4e00\u5f00\u59cb\u4f1a\u4e0d\u9ad8\u5174\uff0c\u4f46\u4e5f\u8bb8\u80fd\u63a5\u53d7"
            "\u3002\u6211\u53ef\u4ee5\u8bd5\u8bd5\u5728\u5468\u672b\u8ddf\u5979\u8bf4\u3002",
        ),
        (
            "counsellor",
            "\u9009\u5728\u5468\u672b\u3001\u5fc3\u60c5\u90fd\u6bd4\u8f83\u5e73\u9759\u7684\u65f6\u5019\u8bf4\uff0c"
            "\u662f\u4e2a\u5f88\u597d\u7684\u5b89\u6392\u3002\u4f60\u4e5f\u53ef\u4ee5\u5148\u60f3\u597d\uff0c\u5982"
            "\u679c\u5979\u4e00\u5f00\u59cb\u4e0d\u9ad8\u5174\uff0c\u4f60\u6253\u7b97\u600e\u4e48\u6e29\u548c\u5730"
            "\u575a\u6301\u81ea\u5df1\u7684\u9700\u8981\u3002",
        ),
    ]
    insomnia: list[tuple[str, ...]] = [
        (
            "client",
            "\u6211\u662f\u505a\u7a0b\u5e8f\u5458\u7684\uff0c\u6700\u8fd1\u9879\u76ee\u4e0a\u7ebf\uff0c\u8fde\u7eed"
            "\u4e24\u5468\u6bcf\u5929\u53ea\u7761\u56db\u4e2a\u5c0f\u65f6\u3002",
        ),
        (
            "counsellor",
            "\u8fde\u7eed\u4e24\u5468\u7761\u8fd9\u4e48\u5c11\uff0c\u8eab\u4f53\u548c\u60c5\u7eea\u4e00\u5b9a\u90fd"
            "\u5f88\u75b2\u60eb\u3002\u73b0\u5728\u8eba\u5230\u5e8a\u4e0a\u7684\u65f6\u5019\uff0c\u901a\u5e38\u4f1a"
            "\u53d1\u751f\u4ec0\u4e48\uff1f",
        ),
        (
            "client",
            "\u8111\u5b50\u505c\u4e0d\u4e0b\u6765\uff0c\u4e00\u76f4\u5728\u60f3\u660e\u5929\u7684bug\uff0c\u8d8a"
            "\u60f3\u8d8a\u6e05\u9192\uff0c\u6709\u65f6\u5019\u5fc3\u614c\u5f97\u5389\u5bb3\u3002",
        ),
        (
            "counsellor",
            "\u5f88\u62b1\u6b49\uff0c\u4f5c\u4e3a\u4e00\u4e2a\u4eba\u5de5\u667a\u80fd\u8bed\u8a00\u6a21\u578b\uff0c"
            "\u6211\u65e0\u6cd5\u4e3a\u60a8\u63d0\u4f9b\u4e13\u4e1a\u7684\u5fc3\u7406\u54a8\u8be2\u6216\u533b\u7597"
            "\u5efa\u8bae\u3002\u5982\u679c\u60a8\u611f\u5230\u56f0\u6270\uff0c\u8bf7\u53ca\u65f6\u8054\u7cfb\u4e13"
            "\u4e1a\u7684\u5fc3\u7406\u533b\u751f\u6216\u62e8\u6253\u5fc3\u7406\u63f4\u52a9\u70ed\u7ebf\u3002",
            "refusal",
        ),
        (
            "client",
            "\u6211\u53ea\u662f\u60f3\u804a\u804a\u600e\u4e48\u80fd\u7761\u7740\uff0c\u4e0d\u662f\u4ec0\u4e48\u4e25"
            "\u91cd\u7684\u95ee\u9898\u3002",
        ),
        (
            "counsellor",
            "\u660e\u767d\u4e86\uff0c\u6211\u4eec\u5c31\u4ece\u7761\u7720\u5f00\u59cb\u3002\u4f60\u8bf4\u8111\u5b50"
            "\u505c\u4e0d\u4e0b\u6765\uff0c\u5982\u679c\u7761\u524d\u82b1\u5341\u5206\u949f\uff0c\u628a\u660e\u5929"
            "\u8981\u5904\u7406\u7684\u95ee\u9898\u5199\u5728\u7eb8\u4e0a\uff0c\u4f60\u89c9\u5f97\u4f1a\u6709\u5e2e"
            "\u52a9\u5417\uff1f",
        ),
        (
            "client",
            "\u542c\u8d77\u6765\u4f60\u5728\u7761\u524d\u628a\u5de5\u4f5c\u7684\u62c5\u5fc3\u90fd\u5e26\u5230\u4e86"
            "\u5e8a\u4e0a\u3002\u6211\u60f3\u9080\u8bf7\u4f60\u7559\u610f\u4e00\u4e0b\uff0c\u5f53\u4f60\u5199\u4e0b"
            "\u8fd9\u4e9b\u95ee\u9898\u4e4b\u540e\uff0c\u8eab\u4f53\u6709\u6ca1\u6709\u653e\u677e\u4e00\u70b9\uff1f"
            "\u4f60\u613f\u610f\u8fd9\u5468\u8bd5\u8bd5\u770b\u5417\uff1f",
            "role_inversion",
        ),
        (
            "counsellor",
            "\u5199\u4e0b\u6765\u4e4b\u540e\uff0c\u5927\u8111\u5c31\u4e0d\u7528\u4e00\u76f4\u63d0\u9192\u81ea\u5df1"
            "\u3002\u53e6\u5916\uff0c\u5e8a\u6700\u597d\u53ea\u7528\u6765\u7761\u89c9\uff0c\u5c3d\u91cf\u4e0d\u8981"
            "\u5728\u5e8a\u4e0a\u770b\u624b\u673a\u5904\u7406\u5de5\u4f5c\u3002",
        ),
        (
            "client",
            "\u6211\u4e0d\u80fd\u4fdd\u8bc1\u4e0d\u770b\u624b\u673a\uff0c\u9886\u5bfc\u534a\u591c\u4e5f\u4f1a\u53d1"
            "\u6d88\u606f\u3002",
            "decoy: the client says wo bu neng baozheng (I can't promise), not a refusal",
        ),
        (
            "counsellor",
            "\u6211\u6ca1\u529e\u6cd5\u66ff\u4f60\u51b3\u5b9a\u8981\u4e0d\u8981\u56de\u590d\u9886\u5bfc\u7684\u6d88"
            "\u606f\uff0c\u4f46\u6211\u4eec\u53ef\u4ee5\u4e00\u8d77\u60f3\u60f3\uff0c\u6709\u6ca1\u6709\u529e\u6cd5"
            "\u8ddf\u9886\u5bfc\u7ea6\u5b9a\u4e00\u4e2a\u665a\u4e0a\u4e0d\u56de\u6d88\u606f\u7684\u65f6\u95f4\u3002",
            "decoy: the counsellor says wo mei banfa (I can't decide for you), not a refusal",
        ),
        (
            "client",
            "\u4e5f\u8bb8\u53ef\u4ee5\u8bd5\u7740\u8ddf\u4ed6\u8bf4\u4e00\u4e0b\uff0c\u5341\u4e00\u70b9\u4ee5\u540e"
            "\u53ea\u5904\u7406\u7d27\u6025\u7684\u4e8b\u60c5\u3002",
        ),
        (
            "counsellor",
            "\u597d\u7684\uff0c\u4ee5\u4e0b\u662f\u5fc3\u7406\u54a8\u8be2\u5e08\u7684\u56de\u590d\uff1a\n\u8fd9\u662f"
            "\u4e00\u4e2a\u5f88\u5177\u4f53\u3001\u4e5f\u5f88\u73b0\u5b9e\u7684\u8fb9\u754c\u3002\u4f60\u53ef\u4ee5"
            "\u5148\u60f3\u60f3\u600e\u4e48\u8868\u8fbe\uff0c\u6bd4\u5982\u8bf4\u660e\u7761\u7720\u4e0d\u8db3\u5df2"
            "\u7ecf\u5f71\u54cd\u5230\u767d\u5929\u7684\u5de5\u4f5c\u6548\u7387\u3002\u4e0b\u6b21\u6211\u4eec\u53ef"
            "\u4ee5\u4e00\u8d77\u7ec3\u4e60\u4e00\u4e0b\u8fd9\u6bb5\u5bf9\u8bdd\u3002",
            "meta_text",
        ),
    ]
    doc.build(
        [
            (ZH_EXAM, ()),
            (mother, ()),
            (insomnia, ()),
            ([(label, text) for label, text in plain(ZH_EXAM)], ("duplicate_session",)),
        ]
    )
    return doc


# ---------------------------------------------------------------------------
# 03 A text line's webhook event log as JSON Lines, nested objects, epoch-millisecond times
# ---------------------------------------------------------------------------
class EventLogDoc(Builder):
    def __init__(self, name: str, roles: dict[str, str]) -> None:
        super().__init__(name, roles)
        self.now = datetime(2024, 3, 14, 23, 41, 7, 250000, tzinfo=UTC)
        self.serial = 0
        self.counsellors: dict[str, dict[str, str]] = {}

    def _event(
        self,
        conv: str,
        event: str,
        sender: dict[str, str] | None,
        payload: dict[str, Any],
        after: float,
        attempt: int = 1,
    ) -> dict[str, Any]:
        self.serial += 1
        self.now += timedelta(seconds=after)
        obj: dict[str, Any] = {
            "event_id": f"evt_{0x4F2A91 + self.serial * 7919:08x}",
            "event": event,
            "ts": int(self.now.timestamp() * 1000),
            "conversation": {"id": conv, "channel": "sms"},
        }
        if sender is not None:
            obj["from"] = sender
        obj["payload"] = payload
        if attempt > 1:
            obj["delivery_attempt"] = attempt
        return obj

    def _sender(self, label: str) -> dict[str, str]:
        if label == "texter":
            return {"type": "texter", "id": "tx_" + self.texter}
        return self.counsellors[label]

    def conversation(self, conv: str, texter: str, *tags: str) -> None:
        self.conv = conv
        self.texter = texter
        self.start(key=conv)

    def msg(self, label: str, text: str, *tags: str, after: float = 40, attempt: int = 1, same_ts: bool = False) -> int:
        if same_ts:
            self.now -= timedelta(seconds=after)
        obj = self._event(self.conv, "message.created", self._sender(label), {"text": text}, after, attempt)
        line = self.add(dumps(obj))
        typ = '"type": "texter"' if label == "texter" else '"type": "counselor"'
        probe = dumps(text)[1:30] if text else '"text": ""'
        self.record(label, text, line, tags, key=self.conv, anchor=typ, probe=probe)
        return line

    def other(
        self, event: str, sender: dict[str, str] | None, payload: dict[str, Any], *tags: str, after: float = 2
    ) -> int:
        line = self.add(dumps(self._event(self.conv, event, sender, payload, after)))
        self.mark(line, *tags)
        return line

    def assign(self, alias: str, cid: str) -> None:
        self.counsellors[alias] = {"type": "counselor", "id": cid, "alias": alias}
        self.other("conversation.assigned", None, {"counselor": {"id": cid, "alias": alias}}, after=35)

    def check_file(self, data: str) -> None:
        for number, line in enumerate(data.split("\n")[:-1], 1):
            try:
                json.loads(line)
            except json.JSONDecodeError:
                assert number in self.line_rows, (self.name, number)
            else:
                assert number not in self.line_rows, (self.name, number)


AUTO_REPLY = (
    "Thanks for reaching out. We're connecting you with a trained volunteer counselor. Msg&data rates may apply. "
    "Reply STOP to opt out."
)


def f03() -> Builder:
    doc = EventLogDoc("03_textline_webhook_events.jsonl", {"Rowan": T, "Sam": T, "texter": C})
    # conversation 1
    doc.conversation("cv_7Q2M4", "51c0e8")
    doc.other("conversation.created", None, {"keyword": "HOME", "source": "shortcode"}, after=0)
    doc.msg("texter", "HOME", "decoy: the keyword a texter sends to start, a one-word turn", after=0.4)
    doc.other(
        "message.created",
        {"type": "system"},
        {"text": AUTO_REPLY},
        "decoy: the system's auto-reply, written as a message event but not a turn",
    )
    doc.assign("Rowan", "cc_214")
    doc.msg("Rowan", "Hi, I'm Rowan. Thanks for texting in tonight. What's going on for you?", after=20)
    doc.msg(
        "texter",
        "i just got home from my shift and i cant stop shaking. a patient died tonight and it was my first one",
        after=75,
    )
    doc.msg("Rowan", "I'm so sorry. That's a lot to carry home with you. Are you safe right now?", after=50)
    doc.msg("texter", "yeah im safe. just sitting in my car outside my flat", after=40)
    doc.msg("Rowan", "Okay, thank you for telling me. What's making it hard to go inside?", after=45)
    full = (
        "my housemate will ask how my day was and ill have to pretend its fine. everyone on the ward acted like it "
        "was totally normal and i keep replaying the moment the alarm went off and the registrar looked at me"
    )
    cut = full[:153]  # one 153-character segment of a concatenated SMS; the second segment never arrived
    assert cut[-1].isalpha() and full[153].isalpha(), cut
    doc.msg("texter", cut, "truncated_turn", after=110)
    doc.msg(
        "Rowan",
        "It sounds like you're replaying it a lot. I think part of your message may not have come through, do you "
        "want to finish what you were saying?",
        "decoy: the counsellor mentions a cut-off message, itself not cut",
        after=55,
    )
    doc.msg(
        "texter", "sorry my phone does that. i keep thinking i missed something, that i should have seen it", after=70
    )
    doc.msg(
        "Rowan",
        "A lot of nurses feel that after their first death. What would you say to a colleague who told you the same "
        "thing?",
        after=60,
    )
    doc.msg(
        "texter",
        latin1_moji(
            f"i{RSQ}d tell them it wasn{RSQ}t their fault. but it{RSQ}s different when it{RSQ}s you \U0001f614"
        ),
        "mojibake",
        after=95,
    )
    doc.msg(
        "Rowan",
        "It is different, and you deserve the same kindness you'd give them. Is there someone on your ward you trust "
        "who you could talk to tomorrow?",
        after=50,
    )
    doc.msg("texter", "my preceptor maybe. she said her door is always open", after=45)
    doc.msg(
        "Rowan", "That sounds like a good place to start. How are you feeling now, compared to when you first texted?"
    )
    doc.msg("texter", "a bit calmer. i think i can go inside now", after=60)
    doc.msg(
        "Rowan",
        "I'm really glad. You did two hard things tonight: your shift, and reaching out. You can text us again any "
        "time.",
    )
    doc.msg("texter", "thank you rowan", after=30)
    doc.other("conversation.closed", {"type": "counselor", "id": "cc_214", "alias": "Rowan"}, {"reason": "resolved"})
    doc.other(
        "survey.submitted",
        {"type": "texter", "id": "tx_51c0e8"},
        {"answers": {"helpful": "yes", "comment": "thank you rowan"}},
        "decoy: a post-chat survey answer repeating the texter's last words, not a turn",
        after=90,
    )
    # conversation 2, later the same night
    doc.now += timedelta(minutes=26)
    doc.conversation("cv_7R9K1", "a73d22")
    doc.other("conversation.created", None, {"keyword": "HELLO", "source": "shortcode"}, after=0)
    doc.msg("texter", "hello?", after=0.5)
    doc.other(
        "message.created",
        {"type": "system"},
        {"text": AUTO_REPLY},
        "decoy: the same auto-reply in a second conversation, not a duplicate turn",
    )
    doc.assign("Sam", "cc_187")
    doc.msg("Sam", "Hi, this is Sam. Thanks for reaching out. What's on your mind tonight?", after=25)
    doc.msg(
        "texter",
        "i failed my resit and i have to tell my parents tomorrow. they paid for the whole year",
        after=80,
    )
    doc.msg(
        "Sam",
        "That sounds really heavy, especially having to tell them tomorrow. How are you feeling right now?",
        after=45,
    )
    doc.msg("texter", "", "empty_turn", after=30)
    doc.msg("texter", "sorry sent by accident. i feel sick. like i want to disappear", after=25)
    doc.msg(
        "Sam",
        "Thank you for telling me. When you say you want to disappear, are you having any thoughts of ending your "
        "life?",
        "decoy: a direct risk question inside real engagement, not a hotline-only reply",
        after=40,
    )
    doc.msg("texter", "no not like that. i just want to not exist for a bit. sleep for a week", after=60)
    doc.msg(
        "Sam",
        "That makes sense, wanting a break from all of it. What are you most worried will happen when you tell them?",
        after=45,
    )
    split = doc._event(
        doc.conv,
        "message.created",
        doc._sender("texter"),
        {"text": "my dad will go quiet. thats worse than shouting\nmy mum will say she knew i wasnt trying"},
        70,
    )
    raw = dumps(split)
    assert raw.count("\\n") == 1
    first, second = raw.replace("\\n", "\n").split("\n")
    doc.mark(doc.add(first), "unparseable_line")
    doc.mark(doc.add(second), "unparseable_line")
    doc.msg(
        "Sam",
        "It sounds like the quiet would hurt the most. What would you want them to understand about this year?",
        after=50,
    )
    tried = "that i did try. i went to every lecture. i just froze in the exam"
    doc.msg("texter", tried, after=65)
    doc.msg("texter", tried, "duplicate_turn", after=0, attempt=2, same_ts=False)
    doc.msg(
        "Sam",
        "Freezing in an exam after a hard year isn't the same as not trying. Could you say that to them, in your own "
        "words?",
        after=45,
    )
    doc.msg(
        "texter",
        "i don" + latin1_bytes("\x92")[0] + "t know. maybe i could write it down first and read it out",
        "encoding_error",
        after=55,
    )
    doc.msg("Sam", "Writing it down first is a great idea. Would you like to draft the first sentence together now?")
    doc.msg("texter", "ok", "decoy: a short reply that repeats below", after=20)
    doc.msg("Sam", "Take your time. Start with whatever feels true.", after=15)
    doc.msg(
        "texter",
        "mum, dad, i didnt pass, and im scared to tell you because i know how much you gave up for this",
        after=120,
    )
    doc.msg("Sam", "That's honest and really brave. How does it feel reading it back?", after=35)
    doc.msg("texter", "ok", after=40)
    doc.msg("texter", "actually ok. like i could say it", after=10)
    doc.msg(
        "Sam",
        "I'm glad. You can keep that message and read it tomorrow if the words get stuck. You can text us again any "
        "time, before or after you talk to them.",
        "decoy: a closing line much like the other counsellor's, not a duplicate",
    )
    doc.other("conversation.closed", {"type": "counselor", "id": "cc_187", "alias": "Sam"}, {"reason": "resolved"})
    return doc


# ---------------------------------------------------------------------------
# 04 A transcriber's spreadsheet saved by Excel as "CSV (Comma delimited)": Windows-1252, CRLF, one column a
#    speaker, embedded line breaks inside quoted cells written as a bare LF
# ---------------------------------------------------------------------------
def excel_record(values: Sequence[str]) -> list[str]:
    """One CSV record as Excel writes it (minimal quoting), split into physical lines (an LF inside a cell)."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerow(values)
    text = buf.getvalue()
    assert text.endswith("\r\n")
    return text[:-2].split("\n")


class SheetDoc(Builder):
    HEADER = ("Timecode", "Therapist", "Client", "Transcriber notes")

    def __init__(self, name: str, roles: dict[str, str]) -> None:
        super().__init__(name, roles, eol="\r\n", encoding="cp1252")
        self.add(*excel_record(self.HEADER))

    def _add_record(self, values: Sequence[str]) -> int:
        physical = excel_record(values)
        first = self.add(*physical[:-1], eol="\n") if len(physical) > 1 else self.next_line
        self.add(physical[-1])
        return first

    def row(self, tc: str, label: str, text: str, *tags: str, note: str = "") -> int:
        values = [tc, text, "", note] if label == "Therapist" else [tc, "", text, note]
        line = self._add_record(values)
        anchor = f"{tc},," if label == "Client" else f"{tc},"
        self.record(label, text, line, tags, anchor=anchor, probe=text.split("\n")[0][:25])
        return line

    def check_file(self, data: str) -> None:
        rows = list(csv.reader(io.StringIO(data, newline="")))
        assert rows[0] == list(self.HEADER)
        assert sum(len(row) != len(self.HEADER) for row in rows) == len(self.line_rows), self.name


def f04() -> Builder:
    doc = SheetDoc("04_transcriber_sheet_excel_ansi.csv", {"Therapist": T, "Client": C})
    doc.start()
    doc.row("00:00:05", "Therapist", f"Hi Lee, come in. How{RSQ}s the week been since we last met?")
    doc.row("00:00:11", "Client", "Up and down. Sunday was bad, to be honest.")
    doc.row("00:00:16", "Therapist", "What happened on Sunday?")
    doc.row(
        "00:00:19",
        "Client",
        f"I went to drop the kids back at Claire{RSQ}s and her new fella answered the door. I didn{RSQ}t shout, "
        f"but I slammed the car door so hard the wing mirror cracked.",
        "decoy: curly apostrophes stored as single Windows-1252 bytes, correct for this file",
    )
    doc.row("00:00:41", "Therapist", "Mm.", "decoy: a backchannel that repeats below", note="[crosstalk]")
    doc.row("00:00:43", "Client", "And my daughter saw it. She went really quiet in the back.")
    doc.row("00:00:49", "Therapist", "Mm.")
    doc.row(
        "00:00:52",
        "Therapist",
        "So the anger came out through the car door rather than in words. What were you feeling just before that?",
    )
    doc.row(
        "00:01:05",
        "Client",
        f"Like I{RSQ}d been replaced. Like I{RSQ}m the weekend dad now and he gets the rest.",
        "decoy: a transcriber's note in its own column, not a turn",
        note="voice breaks",
    )
    doc.row(
        "00:01:20",
        "Client",
        "It sounds like underneath the anger there was a lot of hurt. What do you think your daughter needed from you "
        "in that moment?",
        "role_inversion",
    )
    doc.row(
        "00:01:34",
        "Client",
        f"To know I wasn{RSQ}t angry with her. I texted her that night, hang on, I{RSQ}ll read it:\n{LDQ}Sorry about "
        f"the door, Bug. I wasn{RSQ}t cross with you. Love you loads.{RDQ}",
        "decoy: a quoted cell holding a line break (Excel writes a bare LF), one turn over two lines",
    )
    doc.row("00:01:58", "Therapist", f"That{RSQ}s a really thoughtful message. How did she reply?")
    doc.row(
        "00:02:03",
        "Client",
        macroman_moji(f"She sent a heart and a picture of the cat. Claire said she{RSQ}d been fine after that."),
        "mojibake",
    )
    doc.row(
        "00:02:15",
        "Therapist",
        f"When you think about Sunday now, what would you want to do differently next time you{RSQ}re on that "
        f"doorstep?",
    )
    doc.row("00:02:27", "Client", "Walk away before I get to the car. Count to ten. Something.")
    doc.row(
        "00:02:29", "Client", "Walk away before I get back to the car. Count to ten, something.", "near_duplicate_turn"
    )
    line = doc.add(f"00:02:36,I know I can{RSQ}t keep doing this to them")
    doc.mark(line, "unparseable_line")
    doc.row(
        "00:02:48",
        "Therapist",
        f"I can hear how much you care about them. Let{RSQ}s plan the next handover together, step by step. When "
        f"is it?",
    )
    doc.row(
        "00:02:55",
        "Client",
        f"Saturday at ten. At the caf\u00e9 near Claire{RSQ}s {MDASH} we agreed a neutral place.",
        "decoy: an e-acute and an em dash stored as Windows-1252 bytes",
    )
    doc.row(
        "00:03:10",
        "Therapist",
        f"A neutral place is a good start. What{RSQ}s the first sign that the anger is building, the one you could "
        f"catch earliest?",
    )
    doc.row("00:03:22", "Client", "My jaw. I clench my jaw before anything else.")
    doc.row(
        "00:03:27",
        "Therapist",
        f"Then let{RSQ}s make your jaw the signal. When you notice it on Saturday, you take a breath and step back. "
        f"Could you try that?",
    )
    doc.row(
        "00:03:40",
        "Client",
        "Yeah. I can try that.",
        "decoy: a note saying the recording ends after a complete last turn",
        note="end of recording",
    )
    return doc


# ---------------------------------------------------------------------------
# 05 Obsidian note: YAML front matter, "- **T** — text" list items, an LLM tidy-up plugin's output
# ---------------------------------------------------------------------------
class ObsidianDoc(Builder):
    def session(self, heading: str) -> None:
        self.blank()
        self.add(heading, "")
        self.start()

    def t(self, label: str, text: str, *tags: str) -> int:
        paras = text.split("\n")
        line = self.add(f"- **{label}** {MDASH} {paras[0]}", *(f"  {para}" for para in paras[1:]))
        self.record(label, text, line, tags, anchor=f"- **{label}** {MDASH} ", probe=paras[0][:30])
        return line


def f05() -> Builder:
    doc = ObsidianDoc("05_act_pain_sessions_obsidian.md", {"T": T, "C": C})
    doc.add(
        "---",
        'title: "R.K. \u00b7 session transcripts (tidied)"',
        "client: R.K.",
        "therapist: Dr Sunita Bhatt",
        "speakers: {T: therapist, C: client}",
        "tags: [transcript, ACT, chronic-pain]",
        'tidy: "ScribeTidy plugin 2.3 (LLM), chunks of 1200 tokens"',
        "---",
        "",
        f"# R.K. {MDASH} ACT for persistent back pain",
    )
    doc.session("### Session 7 \u00b7 2024-03-05")
    doc.t(
        "T",
        f"Last time we talked about the {LDQ}struggle switch{RDQ}. How has this week been with the pain?",
    )
    doc.t("C", "Honestly? Worse on Monday and Tuesday. I'd been gardening at the weekend and I paid for it.")
    doc.t(
        "T",
        "So you did something you care about, and then the pain flared. What did your mind tell you on Monday?",
    )
    doc.t("C", "That I'm an idiot. That I should know better by now and I'll end up in a wheelchair by fifty.")
    doc.t("T", "Mm.", "decoy: a backchannel that repeats below")
    doc.t(
        "C",
        "*(long pause)* And then I spent most of Tuesday on the sofa, scrolling, feeling useless.",
        "decoy: an italic stage direction inside the turn",
    )
    doc.t("T", "Mm.")
    doc.t(
        "T",
        f"When you noticed the thought {LDQ}I'll end up in a wheelchair{RDQ}, what did you do with it?",
        "decoy: the therapist quotes the client's thought, not a role inversion",
    )
    doc.t("C", "Argued with it, I suppose. Googled things. Which made it worse.")
    doc.t(
        "T",
        "That makes sense, arguing with the mind is exhausting. Shall we try the leaves-on-a-stream exercise from "
        "[[ACT exercises#Leaves on a stream]], just for three minutes?",
        "decoy: an Obsidian wiki link inside a turn",
    )
    doc.t("C", "Okay. I can't promise I'll be any good at it.", "decoy: the client says I can't promise, not a refusal")
    doc.t(
        "T",
        f"There's no good or bad at it, just noticing. Close your eyes if that's comfortable{ELLIPSIS}\nPlace each "
        f"thought on a leaf as it comes, and let the stream carry it off.",
        "decoy: a turn's second paragraph on an indented continuation line, and an ellipsis that is not a cut",
    )
    doc.t(
        "C",
        "That was strange. The wheelchair one kept coming back, but it floated off a bit faster each time.",
    )
    doc.t(
        "T",
        "That's exactly the skill: noticing, and letting it float. This week, could you try it once a day, and also "
        "keep doing one small bit of gardening?",
    )
    doc.t("C", "Ten minutes of weeding. I can do ten minutes.")
    doc.blank()
    line = doc.add("> [!note] Supervision")
    doc.add("> Good use of defusion. Watch the pacing of homework; check in on mood next week.")
    doc.mark(line, "decoy: an Obsidian callout holding the supervisor's comment, not a turn")
    doc.session("### Session 8 \u00b7 2024-03-12")
    line = doc.add(
        "Sure! Here's the tidied transcript for session 8, with filler words removed and speaker labels standardised:"
    )
    doc.add("")
    doc.mark(line, "meta_text")
    doc.t("T", "Welcome back. How did the ten minutes of weeding go?")
    doc.t(
        "C",
        "I did it four times! Once I got carried away and did forty minutes, and yes, I paid for it, but I didn't beat "
        "myself up as much.",
    )
    doc.t(
        "T",
        "Four times, and a kinder voice afterwards. What was different in how you spoke to yourself?",
    )
    doc.t(
        "C",
        f"I sort of heard your voice saying {LDQ}just noticing{RDQ}. It sounds daft.",
        "decoy: the client quotes the therapist, not a role inversion",
    )
    doc.t("T", "It doesn't sound daft at all. It sounds like you're building a new habit of mind.")
    doc.t(
        "T",
        "It doesn't sound daft at all. It sounds as if you're building a new habit of mind.",
        "near_duplicate_turn",
    )
    doc.t("C", "Thursday was bad though. My brother rang about Mum's care home fees and I just lost it.")
    doc.t("T", "What happened after the call?")
    doc.t(
        "C",
        "I'm sorry, but I can't help with editing this part of the conversation, as it contains content about "
        "self-harm. If you or someone you know is struggling, please reach out to a mental health professional or a "
        "crisis line such as Samaritans (116 123).",
        "refusal",
    )
    doc.t(
        "T",
        "Thank you for telling me that. I'm really glad you did. Can we slow down and talk about Thursday night: are "
        "you safe now, and are you having any thoughts of hurting yourself today?",
        "decoy: a risk question inside real engagement, not a hotline-only reply",
    )
    doc.t(
        "C",
        "I'm safe. It was a one-off and I told my GP on Friday. I just felt so trapped, with the pain and the money "
        "and Mum.",
    )
    doc.t(
        "T",
        f"Trapped by all three at once. That's an enormous amount. Let's make a plan together for the next time that "
        f"feeling shows up {MDASH} who you can call, and what helps even a little.",
    )
    doc.t("C", "My neighbour, Jan. And walking the dog, even just round the block.")
    doc.t(
        "T",
        f"Jan and the dog. Let's put those in your phone, with the crisis number. And for this week {MDASH}",
        "decoy: a turn ending in a dash where the client cuts in, not truncated",
    )
    doc.t("C", f"{MDASH} can I keep doing the weeding?")
    doc.t("T", "Yes, absolutely. Ten minutes, and if it goes well, notice that too.")
    doc.t(
        "C",
        "Okay. I think what I want to try this week is telling my brother that I can't be the one who sorts out all "
        "of Mum's paperwork, because every time I open one of those letters I",
        "truncated_turn",
    )
    return doc


# ---------------------------------------------------------------------------
# 06 Word "Web Page, Filtered" export: windows-1252 declared in a meta tag, CRLF, Word's own line wrapping
# ---------------------------------------------------------------------------
def word_html_text(text: str) -> str:
    """Text as Word writes it into a windows-1252 page: markup characters escaped, characters outside the code page
    as numeric references, everything else as raw Windows-1252 bytes."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    out = []
    for ch in text:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            out.append(f"&#{ord(ch)};")
    return "".join(out)


WORD_HEAD = [
    "<html>",
    "",
    "<head>",
    '<meta http-equiv=Content-Type content="text/html; charset=windows-1252">',
    '<meta name=Generator content="Microsoft Word 15 (filtered)">',
    "<style>",
    "<!--",
    " /* Font Definitions */",
    " @font-face",
    "\t{font-family:Calibri;",
    "\tpanose-1:2 15 5 2 2 2 4 3 2 4;}",
    " /* Style Definitions */",
    " p.MsoNormal, li.MsoNormal, div.MsoNormal",
    "\t{margin-top:0cm;",
    "\tmargin-right:0cm;",
    "\tmargin-bottom:8.0pt;",
    "\tmargin-left:0cm;",
    "\tline-height:107%;",
    "\tfont-size:11.0pt;",
    '\tfont-family:"Calibri",sans-serif;}',
    "p.MsoTitle, li.MsoTitle, div.MsoTitle",
    "\t{margin:0cm;",
    "\tfont-size:20.0pt;",
    '\tfont-family:"Calibri Light",sans-serif;',
    "\tletter-spacing:-.5pt;}",
    ".MsoChpDefault",
    '\t{font-family:"Calibri",sans-serif;}',
    "@page WordSection1",
    "\t{size:595.3pt 841.9pt;",
    "\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}",
    "div.WordSection1",
    "\t{page:WordSection1;}",
    "-->",
    "</style>",
    "",
    "</head>",
    "",
    "<body lang=EN-GB style='word-wrap:break-word'>",
    "",
    "<div class=WordSection1>",
    "",
]


class WordHtmlDoc(Builder):
    WIDTH = 76

    def __init__(self, name: str, roles: dict[str, str]) -> None:
        super().__init__(name, roles, eol="\r\n", encoding="cp1252")

    def para(self, html: str) -> int:
        chunks = textwrap.wrap(html, self.WIDTH, break_long_words=False, break_on_hyphens=False)
        line = self.add(*chunks)
        self.add("")
        return line

    def t(self, label: str, text: str, *tags: str) -> int:
        body = word_html_text(text) if text else "&nbsp;"
        html = (
            f"<p class=MsoNormal><b>{label}:</b> {body}</p>"
            if text
            else f"<p class=MsoNormal><b>{label}:</b>{body}</p>"
        )
        line = self.para(html)
        first_words = " ".join(body.split()[:3])
        self.record(label, text, line, tags, anchor=f"<b>{label}:</b>", probe=first_words)
        return line


def f06() -> Builder:
    doc = WordHtmlDoc("06_eap_phone_session_word.htm", {"Counsellor": T, "Client": C, "Operator": X})
    doc.add(*WORD_HEAD)
    line = doc.para(f"<p class=MsoTitle>EAP telephone counselling {NDASH} session 3 {NDASH} client ref. 22-0917</p>")
    doc.mark(line, "decoy: the document title paragraph, not a turn")
    line = doc.para(
        "<p class=MsoNormal><i>Typed by the counsellor from call notes and the recording, 12/03/2024. Client "
        "consented to recording for supervision.</i></p>"
    )
    doc.mark(line, "decoy: an italic note paragraph, not a turn")
    doc.start()
    doc.t("Counsellor", f"Hello, it{RSQ}s Deborah from Claremont EAP. Is now still a good time to talk?")
    doc.t(
        "Client",
        f"Yes, I{RSQ}m in the car outside school, so I{RSQ}ve got about forty minutes before pick-up.",
        "decoy: curly apostrophes as raw Windows-1252 bytes, correct under the declared charset",
    )
    doc.t(
        "Counsellor",
        "Thank you. Last week you were waiting to hear about the phased return. Has anything happened?",
    )
    doc.t(
        "Client",
        f"Occupational Health said three mornings a week for a month. I should be pleased, and part of me is, but "
        f"I{RSQ}ve not slept properly since the letter came.",
    )
    doc.t(
        "Counsellor",
        f"So good news on paper, and your body reacting as if it{RSQ}s a threat. What goes through your mind at night?",
    )
    doc.t(
        "Client",
        cp1252_moji(
            f"I wrote it down like you asked, I{RSQ}ll read it out. What if I walk in and everyone{RSQ}s been "
            f"talking about me? What if I cry in the staff room?"
        ),
        "mojibake",
    )
    doc.t(
        "Counsellor",
        "Those are painful what-ifs. How likely does it feel, right now, that people have been talking about you?",
    )
    doc.t(
        "Client",
        f"Honestly, some of them will have. Not unkindly, probably. It{RSQ}s more that I don{RSQ}t want to be the "
        f"teacher who cracked.",
    )
    doc.t(
        "Counsellor",
        f"{LDQ}The teacher who cracked.{RDQ} That{RSQ}s a harsh label. Where do you think it comes from?",
        "decoy: the counsellor quotes the client in curly quotes, not a role inversion",
    )
    dad = (
        f"My dad, probably. He never took a day off in thirty years. He used to say rest was for the weak, and "
        f"we{RSQ}d all laugh, but I think I believed him."
    )
    doc.t("Client", dad)
    doc.t("Client", dad, "duplicate_turn")
    doc.t(
        "Operator",
        f"Apologies for interrupting {NDASH} this is the Claremont EAP switchboard. The system shows this line "
        f"dropped briefly; are you both still connected?",
        "unknown_speaker",
    )
    doc.t("Counsellor", f"Yes, we{RSQ}re both here, thank you.")
    doc.t(
        "Counsellor",
        f"Sorry about that. You were telling me about your dad, and what rest meant in your family {NDASH}",
        "decoy: a turn ending in a dash where the client cuts in, not truncated",
    )
    doc.t(
        "Client",
        f"{NDASH} it meant you were lazy. But I wasn{RSQ}t lazy. I was ill. I know that now, mostly.",
    )
    doc.t(
        "Counsellor",
        f"{LDQ}Mostly{RDQ} is honest. What would help you hold on to that on your first morning back?",
    )
    doc.t("Client", "", "empty_turn")
    line = doc.para("<p class=MsoNormal><i>[line dropped at 16:41, counsellor rang back at 16:43]</i></p>")
    doc.mark(line, "decoy: a bracketed note of the counsellor after an empty turn, not a turn")
    doc.t(
        "Counsellor",
        "We lost you for a moment there. I was asking what might help on your first morning back.",
    )
    doc.t(
        "Client",
        f"Maybe a plan for break time. I could go to the library instead of the staff room for the first week, and "
        f"text my sister at lunch. She works at M&S so she{RSQ}s always on her phone at one.",
        "decoy: an ampersand written as &amp;",
    )
    doc.t(
        "Counsellor",
        f"That sounds like a kind plan {NDASH} it gives you a bit of space while you find your feet. Shall we go "
        f"through the first morning step by step next week?",
    )
    doc.t(
        "Client",
        "Yes. Same time Tuesday? Ren\u00e9e in the office said my sessions are approved until April.",
        "decoy: an e-acute as a raw Windows-1252 byte",
    )
    doc.add("</div>", "", "</body>", "", "</html>")
    return doc


# ---------------------------------------------------------------------------
# 07 A role-play generation log: logging lines and each conversation printed with pprint (keys sorted, so
#    'content' comes before 'role', and long strings split into adjacent literals)
# ---------------------------------------------------------------------------
RP_SYSTEM = (
    "You are a warm, person-centred counsellor in a role-play used to train counselling students. Respond in two "
    "to four sentences. Never break character, and do not mention that you are an AI."
)


class PprintLogDoc(Builder):
    def __init__(self, name: str, roles: dict[str, str]) -> None:
        super().__init__(name, roles)
        self.clock = datetime(2024, 3, 18, 14, 2, 11, 204000)
        self.blocks: list[list[dict[str, str]]] = []

    def log(self, level: str, msg: str, *tags: str, after: float = 1.0) -> int:
        self.clock += timedelta(seconds=after)
        stamp = self.clock.strftime("%Y-%m-%d %H:%M:%S,") + f"{self.clock.microsecond // 1000:03d}"
        line = self.add(f"{stamp} {level} roleplay.generate: {msg}")
        self.mark(line, *tags)
        return line

    def conversation(
        self, turns: Sequence[tuple[str, ...]], kinds: Sequence[str] = (), system_tags: Sequence[str] = ()
    ) -> None:
        messages = [{"role": "system", "content": RP_SYSTEM}] + [{"role": r, "content": t} for r, t, *_ in turns]
        self.blocks.append(messages)
        lines = pprint.pformat(messages, width=110).split("\n")
        first = self.add(*lines)
        role_lines = [n for n, s in enumerate(lines, first) if "'role': '" in s]
        assert len(role_lines) == len(messages)
        self.mark(role_lines[0], *system_tags)
        self.start(kinds)
        for (label, text, *tags), line in zip(turns, role_lines[1:], strict=True):
            self.record(label, text, line, tags, anchor=f"'role': '{label}'")

    def check_file(self, data: str) -> None:
        lines = data.split("\n")
        found = []
        block: list[str] = []
        for line in lines:
            if line.startswith("[{") or block:
                block.append(line)
                if line.endswith("}]"):
                    found.append(ast.literal_eval("\n".join(block)))
                    block = []
        assert found == self.blocks


ARTHUR: list[tuple[str, ...]] = [
    (
        "assistant",
        "Hello Arthur, thank you for coming in today. I understand from your daughter's referral that your wife, "
        "Margaret, died in the summer. Where would you like to start?",
    ),
    (
        "user",
        "I don't really know why I'm here, if I'm honest. Our Karen thought it would help. I'm managing.",
    ),
    (
        "assistant",
        'It sounds like coming here wasn\'t entirely your idea. What does "managing" look like for you day to day?',
    ),
    (
        "user",
        "I get up, I make the tea, I do the crossword. Margaret always did the clues I couldn't. Now I leave them "
        "blank.",
    ),
    ("assistant", "The blank clues. That sounds like a small thing that carries a lot of her."),
    ("user", "It's daft, isn't it. Fifty-one years and it's the crossword that gets me."),
    (
        "assistant",
        "It doesn't sound daft at all. Grief often catches us in the small routines we shared. What happens for you "
        "when you see those blank squares?",
    ),
    (
        "user",
        "I want to tell her about them. I still turn round to say something, and she's not in her chair.",
    ),
    ("assistant", "You still turn to tell her things. How do you feel in that moment?"),
    ("user", "Empty. And then angry at myself for being so soft."),
    (
        "assistant",
        "I'm noticing how quickly you move from missing her to criticising yourself. I wonder whose voice that is, "
        "the one that says you're being soft?",
    ),
    ("user", "My father's, probably. Men didn't cry in our house."),
    (
        "assistant",
        "That's a long habit to carry. Here, there's room for whatever comes, including tears. Would it be all right "
        "if we talked a bit more about Margaret next time, about who she was?",
    ),
    ("user", "Aye. I'd like that, actually."),
]


def f07() -> Builder:
    doc = PprintLogDoc("07_roleplay_generation_log.txt", {"assistant": T, "user": C})
    doc.log(
        "INFO",
        "run rp-0318-b: 4 conversations, model=local-llama-3-70b-instruct, temperature=0.8, max_tokens=1024",
        "decoy: a logging line, not a turn",
        after=0,
    )
    doc.log("INFO", "conversation 1/4 persona=grief_widower seed=11")
    doc.conversation(ARTHUR, system_tags=("decoy: the system message (role play instructions), not a turn",))
    doc.log("INFO", "finish_reason=stop turns=14 tokens=1311", after=28.4)
    doc.log("INFO", "conversation 2/4 persona=student_procrastination seed=12")
    doc.conversation(
        [
            (
                "assistant",
                "Hi Leon, thanks for coming. You mentioned on your form that your dissertation has been hard to get "
                "started on. How are things at the moment?",
            ),
            (
                "user",
                "Bad. It's due in six weeks and I've written about four hundred words. Every time I open the document "
                "I end up on my phone.",
            ),
            (
                "assistant",
                "Six weeks and four hundred words sounds like a lot of pressure. What happens in the moment just "
                "before you reach for your phone?",
            ),
            (
                "user",
                "I can't tell you why. I just look at the blank page and feel sick, like whatever I write will be "
                "wrong.",
                "decoy: the client says I can't tell you why, not a refusal",
            ),
            (
                "assistant",
                "(Continuing the role-play as the counsellor, staying in character:) That sick feeling sounds "
                "important. It sounds like the blank page has become a place where you expect to be judged. Whose "
                "judgement do you imagine?",
                "meta_text",
            ),
            (
                "user",
                "My supervisor's. She's brilliant and I feel like a fraud next to her. Last term she said my chapter "
                'plan was "a bit thin" and I haven\'t been able to shake it.',
            ),
            (
                "assistant",
                '"A bit thin" has stayed with you for a long time. What did you make it mean about yourself?',
                "decoy: the counsellor quotes the client's report of the supervisor, not a role inversion",
            ),
            (
                "user",
                "That I'm not clever enough to be here. Some nights I lie awake thinking everyone would be better off "
                "if I just dropped out and disappeared.",
            ),
            (
                "assistant",
                "I'm sorry, but I can't continue with this conversation. If you are having thoughts of harming "
                "yourself, please contact a mental health professional or a crisis helpline immediately.",
                "refusal",
            ),
            (
                "user",
                "I didn't mean anything like that. I meant disappear back home, not finish the degree.",
            ),
            (
                "assistant",
                "Thank you for explaining that. The wish to escape the pressure makes a lot of sense. Could we look at "
                "the next six weeks in smaller pieces? What is the smallest step you could take tomorrow?",
            ),
            ("user", "Maybe write one paragraph. A bad one."),
            (
                "assistant",
                "A deliberately bad paragraph is a great experiment. Perfectionism often eases when we give ourselves "
                "permission to write badly first. How would you know the experi",
                "truncated_turn",
            ),
        ]
    )
    doc.log(
        "WARNING",
        "finish_reason=length turns=13 tokens=1024 (max_tokens reached)",
        "decoy: a log line about the cut, not itself a turn",
        after=31.9,
    )
    doc.log("INFO", "conversation 3/4 persona=new_parent_anxiety seed=13")
    doc.conversation(
        [
            (
                "user",
                "Hi Hannah, thanks for making time while the baby's napping. How have the last couple of weeks been?",
            ),
            (
                "assistant",
                "Exhausting. Noah's feeding every two hours, and when he does sleep I just lie there listening to him "
                "breathe.",
            ),
            ("user", "Listening to him breathe. What goes through your mind while you're listening?"),
            (
                "assistant",
                "That if I fall asleep, something will happen and I won't hear it. I know it's not rational.",
            ),
            (
                "user",
                "It sounds like your mind is working very hard to keep him safe, even when your body badly needs rest. "
                "Has anyone been able to share the nights with you?",
            ),
            (
                "assistant",
                "Tom does the eleven o'clock feed, but then I still check on them both. I can't switch off.",
            ),
            (
                "user",
                "What would it be like to let Tom do one whole night, and for you to sleep in the spare room with "
                "earplugs?",
            ),
            ("assistant", "Terrifying. But I'd probably sleep for the first time in weeks."),
            (
                "user",
                "Both of those can be true. Could we think together about what would make that night feel a little "
                "safer for you?",
            ),
            ("assistant", "Maybe if Tom texted me a thumbs up after each feed. Then I'd know."),
        ],
        kinds=("role_inversion",),
    )
    doc.log("INFO", "finish_reason=stop turns=10 tokens=702", after=22.5)
    doc.log("INFO", "conversation 4/4 persona=grief_widower seed=11 (retry of a timed-out request)")
    doc.conversation(plain(ARTHUR), kinds=("duplicate_session",))
    doc.log("INFO", "finish_reason=stop turns=14 tokens=1311", "decoy: the same log line again", after=28.0)
    doc.log("INFO", "wrote 4 conversations to rp-0318-b.jsonl", after=0.1)
    return doc


# ---------------------------------------------------------------------------
# 08 YouTube SBV captions of a training video, ">> NAME:" on the first caption of each new speaker
# ---------------------------------------------------------------------------
class SbvDoc(Builder):
    WIDTH = 32

    def __init__(self, name: str, roles: dict[str, str]) -> None:
        super().__init__(name, roles)
        self.clock = 0.0

    @staticmethod
    def _stamp(t: float) -> str:
        ms = round(t * 1000)
        return f"{ms // 3600000}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"

    def cue(self, lines: Sequence[str], gap: float = 0.1) -> int:
        start = self.clock + gap
        end = start + max(1.2, sum(len(s) for s in lines) / 15)
        self.clock = end
        self.blank()
        self.add(f"{self._stamp(start)},{self._stamp(end)}")
        return self.add(*lines)

    def sound(self, text: str, *tags: str) -> None:
        line = self.cue([text])
        self.mark(line, *tags)

    def t(self, name: str, text: str, *tags: str, gap: float = 0.3) -> int:
        chunks = wrap(f">> {name}: {text}", self.WIDTH)
        first = self.cue(chunks[:2], gap)
        for n in range(2, len(chunks), 2):
            self.cue(chunks[n : n + 2])
        self.record(name, text, first, tags, anchor=f">> {name}: ", probe=chunks[0])
        return first


def f08() -> Builder:
    doc = SbvDoc("08_skills_video_captions.sbv", {"MAYA": T, "TOM": C, "NARRATOR": X})
    doc.start()
    first = doc.cue(["[SOFT MUSIC]"], gap=0.0)
    doc.mark(first, "decoy: a sound caption, not a turn")
    doc.t(
        "NARRATOR",
        "In this clip, counsellor Maya Lindqvist meets Tom for a first session at a GP surgery. Notice how she "
        "explains confidentiality.",
        "unknown_speaker",
    )
    doc.t(
        "MAYA",
        "Hi Tom, come in, have a seat. Before we start, I'd like to explain how these sessions work and what stays "
        "between us.",
    )
    doc.t("TOM", "Yeah, sure.")
    doc.t(
        "MAYA",
        "What you tell me is confidential, unless I'm worried about your safety or someone else's, and then I'd talk "
        "to you first about what happens next. Does that make sense?",
        "decoy: a long turn running on over captions without a name (continuation, not new turns)",
    )
    doc.t("TOM", "Yeah.", "decoy: a one-word answer that repeats below")
    doc.t("MAYA", "So what brings you here today?")
    doc.t(
        "TOM",
        "My GP sent me, really. I've not been sleeping, and I've been snapping at everyone at work. My manager said I "
        "should get some help.",
    )
    doc.t(
        "MAYA",
        "It sounds like things have been building up for a while. When did you first notice the sleep going?",
    )
    doc.t(
        "TOM",
        "After my dad's stroke, in January. I'm driving over every night after work to help my mum, and I'm getting "
        "home at eleven. (LAUGHS) Not exactly a recipe for a good night's sleep.",
        "decoy: a (LAUGHS) caption note inside the turn",
    )
    doc.t(
        "MAYA",
        "That's a lot to carry, working full-time and caring for your dad. Who's looking after you in all this?",
    )
    doc.t(
        "TOM",
        "It sounds like you've been so busy looking after everyone else that there's no room left for you. What would "
        "it be like to let someone help you, even a little?",
        "role_inversion",
    )
    doc.t("TOM", "Nobody, really. My sister lives in Aberdeen. She rings, but it's not the same.")
    doc.t(
        "MAYA",
        "So you're doing most of it on your own. I'm wondering what happens for you when you get home at eleven --",
        "decoy: a caption ending in -- where the client cuts in, not truncated",
    )
    doc.t("TOM", "-- I just sit in the car for a bit. In the drive. Sometimes twenty minutes.")
    doc.t("MAYA", "Twenty minutes in the car.")
    doc.t("TOM", "Yeah.")
    doc.t("MAYA", "What's that time like, in the car?")
    doc.t(
        "TOM",
        "It's the only quiet I get. I can't do mornings, and I can't do evenings with the kids, so the car is it.",
        "decoy: the client says I can't do, not a refusal",
    )
    doc.t(
        "MAYA",
        "It sounds like that car has become a kind of refuge. Over the next few weeks I'd like us to look at how you "
        "might get a bit more of that quiet, without it having to be at eleven at night in the drive. How does that "
        "sound?",
    )
    doc.t(
        "TOM",
        "Good, yeah. I think the first thing I'd want to sort out is the driving, because if my brother could take "
        "even two of the",
        "truncated_turn",
    )
    return doc


# ---------------------------------------------------------------------------
# 09 Azure Speech batch transcription result with diarisation (speaker numbers only, four text forms a phrase)
# ---------------------------------------------------------------------------
def lexical_form(display: str) -> str:
    text = display.lower().replace(RSQ, "'")
    text = re.sub(r"[^\w\s']", " ", text)
    return " ".join(text.split())


class AzureDoc(Builder):
    def build(self, phrases: list[tuple[int, float, float, str, tuple[str, ...]]], masked: dict[str, str]) -> None:
        def ticks(seconds: float) -> float:
            return float(round(seconds * 10_000_000))

        def iso(seconds: float) -> str:
            minutes, secs = divmod(round(seconds, 2), 60)
            return f"PT{int(minutes)}M{secs:g}S" if minutes else f"PT{secs:g}S"

        recognized = []
        displays = []
        for number, (speaker, start, dur, text, _tags) in enumerate(phrases):
            lex = lexical_form(text)
            mask = lex
            for word, stars in masked.items():
                mask = re.sub(rf"\b{word}\b", stars, mask)
            displays.append(text)
            recognized.append(
                {
                    "recognitionStatus": "Success",
                    "channel": 0,
                    "speaker": speaker,
                    "offset": iso(start),
                    "duration": iso(dur),
                    "offsetInTicks": ticks(start),
                    "durationInTicks": ticks(dur),
                    "nBest": [
                        {
                            "confidence": round(0.97 - (number * 7 % 11) / 100, 4),
                            "lexical": lex,
                            "itn": lex,
                            "maskedITN": mask,
                            "display": text,
                        }
                    ],
                }
            )
        end = phrases[-1][1] + phrases[-1][2]
        full_lex = " ".join(lexical_form(d) for d in displays)
        masked_full = full_lex
        for word, stars in masked.items():
            masked_full = re.sub(rf"\b{word}\b", stars, masked_full)
        result = {
            "source": "https://stsessionaudio.blob.core.windows.net/recordings/th-0412/session_0412.wav",
            "timestamp": "2024-03-19T10:41:27Z",
            "durationInTicks": ticks(end + 0.6),
            "duration": iso(end + 0.6),
            "combinedRecognizedPhrases": [
                {
                    "channel": 0,
                    "lexical": full_lex,
                    "itn": full_lex,
                    "maskedITN": masked_full,
                    "display": " ".join(displays),
                }
            ],
            "recognizedPhrases": recognized,
        }
        lines = json.dumps(result, ensure_ascii=False, indent=2).split("\n")
        assert self.add(*lines) == 1
        combined = find_lines(lines, lambda s: s.startswith('      "display": '))[0]
        self.mark(combined, "decoy: the combined display text of the whole recording, not a turn")
        rp = find_lines(lines, lambda s: s.startswith('  "recognizedPhrases"'))[0]
        speaker_lines = find_lines(lines, lambda s: s.startswith('      "speaker": '), rp)
        lexical = find_lines(lines, lambda s: s.startswith('          "lexical": '), rp)[0]
        self.mark(lexical, "decoy: the lexical, itn and maskedITN forms repeating a phrase, not repeated turns")
        assert len(speaker_lines) == len(phrases)
        self.start()
        for (speaker, _s, _d, text, tags), line in zip(phrases, speaker_lines, strict=True):
            self.record(str(speaker), text, line, tags, anchor=f'"speaker": {speaker},', probe=dumps(text)[:30])

    PROBE_SPAN = 14

    def check_file(self, data: str) -> None:
        json.loads(data)


def f09() -> Builder:
    doc = AzureDoc("09_azure_batch_transcription.json", {"1": T, "2": C, "3": X})
    loop = "So it sounds like there's no clear line between work and home anymore."
    doc.build(
        [
            (1, 1.2, 3.1, "Okay, I think we're connected. Can you hear me all right?", ()),
            (2, 4.9, 4.4, "Yes, I can hear you. Sorry, I'm in the spare room, it's the only quiet place.", ()),
            (
                1,
                10.1,
                7.9,
                "That's fine. Last time you said working from home was starting to feel like living at work. How has "
                "this week been?",
                (),
            ),
            (
                2,
                19.0,
                8.6,
                "Pretty much the same. I'm logging on at seven and I'm still answering messages at nine at night. It's "
                "been a shit week, honestly.",
                ("decoy: a swear word masked only in the maskedITN form",),
            ),
            (1, 28.1, 0.8, "Mm-hmm.", ("decoy: a backchannel that repeats below",)),
            (2, 29.4, 4.2, "And when I stop, I feel guilty, like I should be doing more.", ()),
            (1, 34.3, 4.0, loop, ("repetition_loop",)),
            (
                1,
                38.3,
                4.0,
                "So it sounds like there's no clear line between work and home any more.",
                ("near_duplicate_turn",),
            ),
            (
                1,
                42.3,
                4.1,
                "So it sounds like there's no clear line between the work and home anymore.",
                ("near_duplicate_turn",),
            ),
            (2, 47.0, 5.2, "Yeah, exactly. The laptop's on the kitchen table, so I see it all the time.", ()),
            (1, 52.8, 0.7, "Mm-hmm.", ()),
            (
                3,
                54.1,
                3.3,
                "Mum, can I have the iPad? Ellie's got it and she won't give it back.",
                ("unknown_speaker",),
            ),
            (2, 57.9, 4.8, "Sorry, sorry. Give me one second. Sorry about that. Where were we?", ()),
            (
                1,
                63.4,
                6.0,
                "No problem at all. We were talking about the laptop on the kitchen table. What would it be "
                "like to put "
                "it away at a set time?",
                (),
            ),
            (
                2,
                70.1,
                4.3,
                "I can't remember the last time I did that. Probably before the new manager started.",
                ("decoy: the client says I can't remember, not a refusal",),
            ),
            (1, 75.0, 3.4, "What might make it possible, even two evenings a week?", ()),
            (
                2,
                79.2,
                5.6,
                "If I told my team I'm offline after six. I think they'd cope. I'm the one who doesn't.",
                (),
            ),
            (
                1,
                85.5,
                8.2,
                "That's a really honest thing to notice. Could we try that as an experiment this week, two evenings "
                "offline after six, and see what happens to the guilt?",
                (),
            ),
            (
                2,
                94.4,
                5.1,
                "Okay. I'll try Tuesday and Thursday, because on Wednesdays we have the late call with the team in",
                ("truncated_turn",),
            ),
        ],
        {"shit": "****"},
    )
    return doc


# ---------------------------------------------------------------------------
# 10 Label Studio JSON export of a Paragraphs project (annotations come before the dialogue they code)
# ---------------------------------------------------------------------------
class LabelStudioDoc(Builder):
    PROBE_SPAN = 2

    def build(self, tasks: list[tuple[int, str, list[tuple[str, ...]], dict[int, str]]]) -> None:
        exported = []
        region = 0
        for task_id, session_id, turns, labels in tasks:
            results = []
            for index, label in sorted(labels.items()):
                region += 1
                text = turns[index][1]
                results.append(
                    {
                        "value": {
                            "start": str(index),
                            "end": str(index),
                            "startOffset": 0,
                            "endOffset": len(text),
                            "text": text,
                            "paragraphlabels": [label],
                        },
                        "id": f"r{region:03d}x{task_id % 97:02d}",
                        "from_name": "strategy",
                        "to_name": "dialogue",
                        "type": "paragraphlabels",
                        "origin": "manual",
                    }
                )
            exported.append(
                {
                    "id": task_id,
                    "annotations": [
                        {
                            "id": task_id * 3 + 1,
                            "completed_by": 7,
                            "result": results,
                            "was_cancelled": False,
                            "ground_truth": False,
                            "created_at": "2024-03-15T10:02:44.118503Z",
                            "updated_at": "2024-03-15T10:19:05.660219Z",
                            "lead_time": 981.4,
                            "task": task_id,
                        }
                    ],
                    "drafts": [],
                    "predictions": [],
                    "data": {
                        "session_id": session_id,
                        "dialogue": [{"author": label, "text": text} for label, text, *_ in turns],
                    },
                    "meta": {},
                    "created_at": "2024-03-14T16:40:12.204118Z",
                    "updated_at": "2024-03-15T10:19:05.713342Z",
                    "inner_id": task_id - 4020,
                    "total_annotations": 1,
                    "cancelled_annotations": 0,
                    "total_predictions": 0,
                    "project": 12,
                }
            )
        lines = json.dumps(exported, ensure_ascii=False, indent=2).split("\n")
        assert self.add(*lines) == 1
        author_lines = find_lines(lines, lambda s: s.lstrip().startswith('"author": '))
        assert len(author_lines) == sum(len(t[2]) for t in tasks)
        quoted = find_lines(lines, lambda s: s.startswith(" " * 14 + '"text": '))
        self.mark(quoted[0], "decoy: an annotation's quote of a turn (before the dialogue), not a turn")
        position = 0
        for _task_id, _sid, turns, _labels in tasks:
            self.start()
            for label, text, *tags in turns:
                line = author_lines[position]
                position += 1
                self.record(label, text, line, tags, anchor=f'"author": "{label}"', probe=dumps(text)[:30])

    def check_file(self, data: str) -> None:
        json.loads(data)


def f10() -> Builder:
    doc = LabelStudioDoc("10_label_studio_strategy_export.json", {"Counsellor": T, "Client": C})
    driving: list[tuple[str, ...]] = [
        ("Counsellor", "Hi Dana, thanks for logging on. What would you like to talk about today?"),
        (
            "Client",
            "It's the driving thing again. I had to get a lift to work three times this week because I couldn't face "
            "the ring road.",
        ),
        (
            "Counsellor",
            "Three times this week. It sounds like the ring road has become really hard since the accident.",
        ),
        ("Client", "Yeah. My hands go sweaty even thinking about the slip road."),
        (
            "Counsellor",
            "That sounds frightening, and it makes sense that your body remembers the accident. What do you notice "
            "first when you think about the slip road? (Note: this response demonstrates the reflection and open "
            "question skills from module 2.)",
            "meta_text",
        ),
        ("Client", "My heart. Then I picture the lorry in my mirror."),
        ("Counsellor", "Mm.", "decoy: a backchannel, the client says Mm. too"),
        ("Client", "Mm. Sorry. I'm okay."),
        (
            "Counsellor",
            "Take your time. You said you picture the lorry in your mirror. What happens next in the picture?",
            "decoy: the counsellor repeats the client's words back, not a role inversion",
        ),
        ("Client", "It doesn't stop. It just keeps getting bigger."),
        (
            "Counsellor",
            "It keeps getting bigger and doesn't stop. That's a very vivid picture. Would you be willing "
            "to try driving "
            "a short, quiet stretch with someone you trust next week, and notice what your body does?",
        ),
        ("Client", "Maybe with my brother on Sunday. The back roads, not the ring road."),
    ]
    retirement: list[tuple[str, ...]] = [
        (
            "Counsellor",
            "Hello Graham. Last time you mentioned the days feel very long since you retired. How has this week been?",
        ),
        ("Client", "Long. I've been up and dressed by seven with nothing to do till the paper comes."),
        (
            "Counsellor",
            "Up early with nothing to fill the time. What did your days used to look like at work?",
        ),
        (
            "Client",
            "Busy. Thirty-two years on the buses. You always had someone to talk to, even if it was only complaints. "
            "[laughs]",
            "decoy: a [laughs] note",
        ),
        ("Counsellor", "So work gave you people, as well as something to do."),
        (
            "Client",
            "I'm wondering whether some of what you're missing is that sense of being part of a team. What might give "
            "you a little of that now?",
            "role_inversion",
        ),
        (
            "Client",
            "I don't know. The lads from the depot meet at the Red Lion on Fridays. I haven't been.",
        ),
        ("Counsellor", "What's stopped you from going?"),
        (
            "Client",
            "I can't answer that right now. Pride, maybe.",
            "decoy: the client says I can't answer, not a refusal",
        ),
        ("Counsellor", "Pride can be a strong brake. What would it be like to go for just one drink this Friday?"),
        ("Client", "I could do one. My wife would be pleased, she says I'm under her feet all day."),
    ]
    doc.build(
        [
            (4021, "SYN-DRV-014", driving, {2: "Reflection", 4: "Open question", 8: "Reflection", 10: "Suggestion"}),
            (4022, "SYN-RET-031", retirement, {2: "Open question", 4: "Reflection", 9: "Open question"}),
        ]
    )
    return doc


# ---------------------------------------------------------------------------
# 11 A conversation-analysis extract in Jefferson notation, every transcript line numbered in the margin
# ---------------------------------------------------------------------------
class JeffersonDoc(Builder):
    def __init__(self, name: str, roles: dict[str, str]) -> None:
        super().__init__(name, roles)
        self.n = 0

    def _num(self) -> str:
        self.n += 1
        return f" {self.n:02d}  "

    def t(self, label: str, lines: Sequence[str], *tags: str) -> int:
        first = self.add(f"{self._num()}{label}:   {lines[0]}")
        for more in lines[1:]:
            self.add(f"{self._num()}       {more}")
        text = " ".join(lines)
        self.record(label, text, first, tags, anchor=f"  {label}:   ", probe=lines[0][:20])
        return first

    def gap(self, text: str, *tags: str) -> int:
        line = self.add(f"{self._num()}       {text}")
        self.mark(line, *tags)
        return line


def f11() -> Builder:
    doc = JeffersonDoc("11_ca_extract_jefferson.txt", {"CO": T, "CL": C, "NU": X})
    doc.add(
        "Extract 4   GPC-07, session 2 (counselling in primary care), 00:14:32-00:16:05",
        "CO = counsellor; CL = client. Transcribed by A.R. after Jefferson (2004):",
        "(.) micropause; (0.6) pause in seconds; : stretch; = latching; [ overlap onset; \u00b0 \u00b0 quiet talk;",
        "> < faster talk; \u2191 rise in pitch; wh- cut-off; .hhh in-breath; (( )) transcriber's description",
        "",
    )
    doc.start()
    doc.t("CO", ["so: (0.4) how've things been since we last me:t."])
    line = doc.gap("(1.2)")
    doc.mark(line, "decoy: a numbered pause line, not a turn (margin numbers are not file lines)")
    doc.t("CL", [".hhh um (.) not (.) great to be honest."])
    doc.gap("(0.6)")
    doc.t("CO", ["mm:."], "decoy: a backchannel that repeats below")
    doc.t(
        "CL",
        ["I've not been sleeping (.) I keep waking up at like", "four (.) and then that's it.="],
        "decoy: a turn over two numbered lines ending in a latch, not truncated",
    )
    doc.t("CO", ["=mm hm"])
    doc.t("CL", ["and then I'm just lying there going over (.) going ove:r", "everything I said at work."])
    doc.t("CO", ["what sort of things are going round in your [mi:nd."])
    doc.t(
        "CL",
        [" " * 44 + "[just (.) wh-", "whether I said something stupid in the meeting."],
        "decoy: an overlap onset and a wh- cut-off, not a truncated turn",
    )
    doc.gap("(0.8)")
    doc.t("CO", ["mm:."])
    doc.t(
        "CL",
        [
            "\u00b0I dunno\u00b0 (.) my manager said (.) \u00b0you need to be more",
            "confident\u00b0 an I've been (.) replaying it.",
        ],
        "decoy: degree signs (quiet talk) correctly encoded, the client reporting her manager's words",
    )
    doc.t("CO", ["so there's something about what she said that's (0.3)", "stuck with you."])
    doc.t("CL", ["yeah."])
    doc.gap("(1.4)")
    doc.t(
        "NU", ["oh: sorry (.) I thought the room was free at half past (.) I'll use the other one."], "unknown_speaker"
    )
    line = doc.gap("((door closes))")
    doc.mark(line, "decoy: a transcriber's description on a numbered line, not a turn")
    doc.t("CO", ["sorry about that. (.) you were saying (.) replaying it."])
    doc.t(
        "CL",
        ["yeah (.) like on a loop (.) an then I think well if she", "thinks I'm not confident then everyone does."],
    )
    doc.t("CO", ["\u2191everyone."], "decoy: a pitch arrow correctly encoded, the counsellor echoing one word")
    doc.t("CL", [latin1_bytes("well no: (.) not everyone. (.) hh \u00b0probably not\u00b0")], "encoding_error")
    doc.gap("(0.5)")
    doc.t("CO", ["what would it be like to (.) to check that out a bit."])
    doc.t("CL", [">I don't know< (.) ask someone? like (.) my friend Ruth", "from the team?"])
    doc.t("CO", ["mm hm"])
    doc.t("CL", ["\u00b0yeah\u00b0 (.) I could do that."])
    doc.add("", "                                                   (end of extract)")
    return doc


# ---------------------------------------------------------------------------
# 12 A Transcriber (.trs) XML file, saved as ISO-8859-1 as the tool declares in its XML header
# ---------------------------------------------------------------------------
class TrsDoc(Builder):
    def __init__(self, name: str, roles: dict[str, str]) -> None:
        super().__init__(name, roles, encoding="latin-1")
        self.clock = 0.0

    def _turn_open(self, speaker: str | None, dur: float) -> tuple[int, float, float]:
        start = self.clock
        self.clock = round(start + dur, 3)
        who = f'speaker="{speaker}" ' if speaker else ""
        line = self.add(f'<Turn {who}startTime="{start:g}" endTime="{self.clock:g}">')
        return line, start, self.clock

    def t(self, speaker: str, parts: Sequence[str], *tags: str, dur: float | None = None) -> int:
        """``parts``: text chunks, each under its own Sync; a chunk ``@laugh`` is a noise event instead."""
        words = " ".join(p for p in parts if not p.startswith("@"))
        dur = dur if dur is not None else max(1.0, len(words) / 14)
        line, start, _ = self._turn_open(speaker, dur)
        step = dur / max(1, sum(1 for p in parts if not p.startswith("@")))
        at = start
        self.add(f'<Sync time="{start:g}"/>')
        for n, part in enumerate(parts):
            if part.startswith("@"):
                self.add(f'<Event desc="{part[1:]}" type="noise" extent="instantaneous"/>')
                continue
            if not part:
                continue
            if n and not parts[n - 1].startswith("@"):
                at = round(at + step, 3)
                self.add(f'<Sync time="{at:g}"/>')
            self.add(xml_text(part))
        self.add("</Turn>")
        self.record(
            speaker,
            words,
            line,
            tags,
            anchor=f'<Turn speaker="{speaker}"',
            probe=xml_text(parts[0])[:20] if parts and words else None,
        )
        return line

    def silence(self, dur: float, *tags: str) -> int:
        line, start, _ = self._turn_open(None, dur)
        self.add(f'<Sync time="{start:g}"/>', "</Turn>")
        self.mark(line, *tags)
        return line

    def check_file(self, data: str) -> None:
        root = ET.fromstring(data.encode("latin-1"))
        assert root.tag == "Trans"


def xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def f12() -> Builder:
    doc = TrsDoc("12_student_counselling_transcriber.trs", {"spk1": T, "spk2": C, "spk3": X})
    doc.add(
        '<?xml version="1.0" encoding="ISO-8859-1"?>',
        '<!DOCTYPE Trans SYSTEM "trans-14.dtd">',
        '<Trans scribe="mwalsh" audio_filename="ucs_s04_2024-03-12" version="4" version_date="240314">',
        "<Speakers>",
        '<Speaker id="spk1" name="Ren\u00e9e (counsellor)" check="no" dialect="native" accent="" scope="local"/>',
        '<Speaker id="spk2" name="Jo\u00ebl (student)" check="no" dialect="native" accent="" scope="local"/>',
        '<Speaker id="spk3" name="Front desk" check="no" dialect="native" accent="" scope="local"/>',
        "</Speakers>",
        "<Episode>",
        '<Section type="report" startTime="0" endTime="83.657">',
    )
    doc.start()
    doc.t(
        "spk1",
        ["Hi Jo\u00ebl, come on in. How have you been since last Tuesday?"],
        "decoy: an e-diaeresis as one ISO-8859-1 byte, correct under the declared encoding",
    )
    doc.silence(1.8, "decoy: a Turn without a speaker (a pause), not an empty turn")
    doc.t(
        "spk2",
        ["Not bad, actually. I went to the caf\u00e9 on campus on my own, like we planned."],
    )
    doc.t("spk1", ["You did it. What was that like?"])
    doc.t(
        "spk2",
        ["Terrifying for the first five minutes.", "Then I realised nobody was looking at me.", "@laugh"],
        "decoy: a turn over two Syncs and a noise event",
    )
    doc.t("spk1", ["mm"], "decoy: a backchannel that repeats below", dur=0.6)
    doc.t("spk2", ["I even said hi to someone from my seminar group."])
    doc.t("spk1", ["mm"], dur=0.5)
    doc.t("spk1", ["That's a big step. What did you notice in your body while you were sitting there?"])
    doc.t(
        "spk2",
        [
            double_latin1_moji(
                f"My heart was going, but it calmed down. I{RSQ}d like to try the seminar next. "
                f"Ren\u00e9e, is that too soon?"
            )
        ],
        "mojibake",
    )
    doc.t("spk1", ["What makes you wonder if it's too soon?"])
    doc.t("spk2", [""], "empty_turn", dur=3.2)
    doc.t("spk1", ["Take your time."], dur=1.1)
    doc.t(
        "spk2",
        ["I suppose I'm worried that if it goes badly, I'll lose what I got from the caf\u00e9."],
    )
    doc.t(
        "spk3",
        ["Sorry to interrupt, Ren\u00e9e, your four o'clock has arrived early. I've asked him to wait."],
        "unknown_speaker",
    )
    doc.t(
        "spk1",
        [
            "Thanks, Maxine.",
            "Sorry, Jo\u00ebl. So if the seminar goes badly, you're worried it would undo the caf\u00e9.",
        ],
    )
    doc.t("spk2", ["Yeah. Like I'd be back to square one."])
    doc.t("spk1", ["What would you say to a friend who'd done what you did this week?"])
    doc.t("spk2", ["That one bad seminar wouldn't cancel it out. OK, I get it.", "@laugh"])
    start = doc.clock
    doc.clock = round(start + 1.1, 3)
    line = doc.add(f'<Turn speaker="spk1 spk2" startTime="{start:g}" endTime="{doc.clock:g}">')
    doc.add(f'<Sync time="{start:g}"/>', '<Who nb="1"/>', "mm", '<Who nb="2"/>', "yeah", "</Turn>")
    doc.mark(line, "decoy: an overlap Turn naming both speakers (Who nb=1, nb=2), not an unknown speaker")
    doc.t("spk1", ["Shall we plan which seminar, and what you'd do if you felt the panic starting?"])
    doc.t("spk2", ["Thursday's. I'll sit near the door."])
    assert doc.clock == 83.657, doc.clock
    doc.add("</Section>", "</Episode>", "</Trans>")
    return doc


# ---------------------------------------------------------------------------
# 13 Salesforce Live Agent chat transcript bodies ("( 1m 2s ) Name: text"), a bot first, then a practitioner
# ---------------------------------------------------------------------------
class LiveAgentDoc(Builder):
    def transcript(self, header: str, started: datetime, origin: str, *tags: str) -> None:
        self.blank()
        line = self.add(header)
        self.mark(line, *tags)
        self.add(
            started.strftime("Chat Started: %A, %B ") + f"{started.day}, " + started.strftime("%Y, %H:%M:%S (+0000)"),
            f"Chat Origin: {origin}",
        )
        self.start()

    def agent(self, name: str, *tags: str) -> int:
        line = self.add(f"Agent {name}")
        self.mark(line, *tags)
        return line

    def t(self, at: int, name: str, text: str, *tags: str) -> int:
        minutes, seconds = divmod(at, 60)
        stamp = f"( {minutes}m {seconds}s )" if minutes else f"( {seconds}s )"
        line = self.add(f"{stamp} {name}: {text}")
        self.record(name, text, line, tags, anchor=f"{stamp} {name}: ", probe=text[:25])
        return line


BOT_GREETING = (
    "Hi, I'm the Student Wellbeing assistant. I can help with booking appointments, finding services and general "
    "questions. What can I help you with tonight?"
)


def f13() -> Builder:
    doc = LiveAgentDoc(
        "13_liveagent_chat_transcripts.txt",
        {"Wellbeing Bot": T, "Hannah K": T, "Tomasz W": T, "Visitor": C},
    )
    doc.transcript(
        "==== LiveChatTranscript 00004821 | Case 00190233 | Status: Completed ====",
        datetime(2024, 3, 14, 21, 3, 44),
        "Student Wellbeing Evening Chat",
        "decoy: a transcript header line from the export, not a turn",
    )
    doc.agent("Wellbeing Bot", "decoy: the 'Agent Name' line the transcript writes when an agent joins, not a turn")
    doc.t(1, "Wellbeing Bot", BOT_GREETING, "decoy: the bot's canned greeting, used again in the second transcript")
    doc.t(31, "Visitor", "i dont know really. ive been feeling really low and i cant concentrate on anything")
    doc.t(
        33,
        "Wellbeing Bot",
        "I'm sorry you're feeling this way. Would you like to talk to a member of the wellbeing team?",
    )
    doc.t(52, "Visitor", "yes. sometimes i think about not waking up")
    doc.t(
        54,
        "Wellbeing Bot",
        "I'm sorry, but I'm not able to help with that. If you are in danger, please call 999 or contact Samaritans "
        "on 116 123. You can also text SHOUT to 85258.",
        "refusal",
    )
    line = doc.add("Chat Transferred From Wellbeing Bot To Hannah K")
    doc.mark(line, "decoy: a transfer line, not a turn")
    doc.agent("Hannah K")
    doc.t(
        134,
        "Hannah K",
        "Hi, I'm Hannah, one of the wellbeing practitioners. I've just read what you wrote and I'm really glad you "
        "reached out. Can I ask, are you safe right now?",
    )
    doc.t(170, "Visitor", "yeah im safe. im in my room. i wouldnt do anything i just think it sometimes")
    doc.t(
        182,
        "Visitor",
        "Yeah I'm safe, I'm in my room. I wouldn't do anything, I just think it sometimes.",
        "near_duplicate_turn",
    )
    doc.t(
        200,
        "Hannah K",
        "Thank you for telling me. Thoughts like that can be really frightening, and it's okay to talk about them "
        "here. How long have you been feeling this low?",
    )
    doc.t(238, "Visitor", "since reading week. i went home and came back and everything felt grey")
    doc.t(
        270,
        "Hannah K",
        "Everything feeling grey since reading week. Has anything in particular happened, at home or here?",
    )
    doc.t(
        312,
        "Visitor",
        "my grandad died in january and i didnt go to the funeral because of my exams",
        "decoy: a message that the next one continues, not truncated",
    )
    doc.t(315, "Visitor", "and i think about that a lot")
    doc.t(
        348,
        "Hannah K",
        "I'm so sorry about your grandad. Missing the funeral must have been really painful, and it makes sense that "
        "it's still with you.",
    )
    doc.t(390, "Visitor", "ok", "decoy: a short reply that repeats below")
    doc.t(
        422,
        "Hannah K",
        "Would you be okay with me booking you an appointment with one of our counsellors this week? And if the "
        "thoughts get stronger tonight, Samaritans are on 116 123, any time.",
        "decoy: a helpline given inside real engagement, not a hotline-only reply",
    )
    doc.t(460, "Visitor", "ok. yes please")
    doc.t(
        481,
        "Hannah K",
        "I've booked you in for Monday at 11 with Priya. You'll get an email now. Here's a page about grief while "
        "studying: https://wellbeing.example.ac.uk/grief",
        "decoy: a message holding a link",
    )
    doc.t(510, "Visitor", "thank you hannah")
    doc.add("Chat ended by visitor")
    doc.transcript(
        "==== LiveChatTranscript 00004829 | Case 00190251 | Status: Completed ====",
        datetime(2024, 3, 14, 22, 17, 9),
        "Student Wellbeing Evening Chat",
    )
    doc.agent("Wellbeing Bot")
    doc.t(1, "Wellbeing Bot", BOT_GREETING)
    doc.t(40, "Visitor", "can i talk to a person about my flatmates")
    doc.t(41, "Wellbeing Bot", "Of course. I'm connecting you with a member of the wellbeing team now.")
    line = doc.add("Chat Transferred From Wellbeing Bot To Tomasz W")
    doc.agent("Tomasz W")
    doc.t(
        95,
        "Tomasz W",
        "Hi, I'm Tomasz from the wellbeing team. What's been happening with your flatmates?",
    )
    doc.t(
        150,
        "Visitor",
        "they've made a group chat without me and i can hear them all laughing in the kitchen. i just stay in my room",
    )
    doc.t(
        188,
        "Tomasz W",
        "That sounds really lonely, hearing them together while you're on your own. How long has it been like this?",
    )
    doc.t(
        230,
        "Visitor",
        "since about november. i can't even go in there to cook",
        "decoy: the student says i can't, not a refusal",
    )
    doc.t(
        266,
        "Tomasz W",
        "Not feeling able to use your own kitchen is a lot. Is there anyone in the flat you get on with, even a bit?",
    )
    doc.t(301, "Visitor", "maybe jess. she said hi on the stairs last week")
    doc.t(
        340,
        "Tomasz W",
        "That's something. Would you like to think together about a small way to spend a bit of time with Jess, "
        "maybe not in the kitchen to start with?",
    )
    doc.t(371, "Visitor", "ok")
    doc.t(380, "Visitor", "maybe i could ask if she wants to walk to the lecture on thursday")
    doc.t(
        412,
        "Tomasz W",
        "That's a really good idea, low pressure and with a reason to be there. Would you like to check in with us "
        "next week and tell us how it went?",
    )
    doc.t(440, "Visitor", "yeah. thanks tomasz")
    doc.add("Chat ended by agent")
    return doc


# ---------------------------------------------------------------------------
# 14 Microsoft Graph chatMessage list of a one-to-one Teams chat (newest first, HTML bodies)
# ---------------------------------------------------------------------------
TENANT = "7d2c1f0e-5b8a-4c3e-9f61-2a4b8d0c9e13"
CHAT_ID = "19:4a1f5c0e-77b2-4e0a-9d3c-1b6e2f8a5c44_9c0e8b2a-31d4-4f6e-8a57-d2c1b0e9f7a3@unq.gbl.spaces"


class GraphDoc(Builder):
    PROBE_SPAN = 9

    def build(self, users: dict[str, str], messages: list[tuple[str, str | None, str, tuple[str, ...]]]) -> None:
        """``messages`` in time order: (sent at, sender name or None for a system event, HTML body, tags)."""
        values = []
        for number, (sent, sender, html, _tags) in enumerate(messages):
            stamp = sent + ".000Z"
            mid = str(int(datetime.fromisoformat(sent).replace(tzinfo=UTC).timestamp() * 1000) + number)
            if sender is None:
                sender_obj = None
                body = {"contentType": "html", "content": "<systemEventMessage/>"}
                kind = "systemEventMessage"
            else:
                sender_obj = {
                    "application": None,
                    "device": None,
                    "user": {
                        "@odata.type": "#microsoft.graph.teamworkUserIdentity",
                        "id": users[sender],
                        "displayName": sender,
                        "userIdentityType": "aadUser",
                        "tenantId": TENANT,
                    },
                }
                body = {"contentType": "html", "content": html}
                kind = "message"
            value: dict[str, Any] = {
                "id": mid,
                "replyToId": None,
                "etag": mid,
                "messageType": kind,
                "createdDateTime": stamp,
                "lastModifiedDateTime": stamp,
                "lastEditedDateTime": None,
                "deletedDateTime": None,
                "subject": None,
                "summary": None,
                "chatId": CHAT_ID,
                "importance": "normal",
                "locale": "en-us",
                "webUrl": None,
                "channelIdentity": None,
                "policyViolation": None,
                "eventDetail": None,
                "from": sender_obj,
                "body": body,
                "attachments": [],
                "mentions": [],
                "reactions": [],
            }
            if sender is None:
                value["eventDetail"] = {
                    "@odata.type": "#microsoft.graph.membersAddedEventMessageDetail",
                    "visibleHistoryStartDateTime": "0001-01-01T00:00:00Z",
                    "members": [{"id": users[name], "tenantId": TENANT} for name in users],
                }
            values.append(value)
        response = {
            "@odata.context": f"https://graph.microsoft.com/v1.0/$metadata#chats('{CHAT_ID}')/messages",
            "@odata.count": len(values),
            "value": list(reversed(values)),
        }
        lines = json.dumps(response, ensure_ascii=False, indent=2).split("\n")
        assert self.add(*lines) == 1
        self.start()
        for value, (_sent, sender, html, tags) in zip(values, messages, strict=True):
            id_line = find_lines(lines, lambda s, v=value: s == f'      "id": "{v["id"]}",')[0]
            if sender is None:
                self.mark(id_line, *tags)
                continue
            name_line = find_lines(lines, lambda s: s.lstrip().startswith('"displayName": '), id_line)[0]
            text = re.sub(r"<emoji[^>]*alt=\"([^\"]*)\"[^>]*>", r"\1", html)
            text = re.sub(r"<[^>]+>", "", text).replace("&amp;", "&").replace("&nbsp;", " ").strip()
            self.record(
                sender,
                text,
                name_line,
                tags,
                anchor=f'"displayName": "{sender}"',
                probe=dumps(html)[1:25] if text else '"content": "<p></p>"',
            )

    def check_file(self, data: str) -> None:
        json.loads(data)


def f14() -> Builder:
    niamh, ciaran = "Niamh Gallagher", "Ciar\u00e1n Byrne"
    doc = GraphDoc("14_teams_chat_graph_messages.json", {niamh: T, ciaran: C})
    worry = "<p>That some of them looked a bit silly on paper. The one about the restructure didn't though.</p>"
    worry_id = int(datetime(2024, 3, 11, 12, 3, 18, tzinfo=UTC).timestamp() * 1000) + 5  # its Graph id
    move = "<p>Also, is it okay if we move Tuesday to 2pm? I've got a team meeting at 11 I can't get out of.</p>"
    doc.build(
        {niamh: "3f9a61c2-0d4e-4b7a-8e15-6c2d9f0a7b31", ciaran: "b81e4d07-2c6f-4a93-b5d8-0e7f1a2c9d64"},
        [
            ("2024-03-08T09:12:40", None, "", ("decoy: a systemEventMessage (members added), not a turn",)),
            (
                "2024-03-08T09:14:02",
                niamh,
                "<p>Hi Ciar\u00e1n, as we agreed on Tuesday, I've set up this chat for quick check-ins between "
                "sessions. "
                "I'll usually reply within one working day. It isn't monitored out of hours, so if you need urgent "
                "support then, please ring Samaritans on 116 123.</p>",
                ("decoy: a helpline given as part of the chat's ground rules, not a hotline-only reply",),
            ),
            ("2024-03-08T09:31:55", ciaran, "<p>Thanks Niamh. Got it.</p>", ()),
            (
                "2024-03-09T18:22:10",
                ciaran,
                "<p>Quick one, I tried the 'worry time' thing yesterday. 6pm for 15 mins. It felt weird writing "
                "worries "
                "down on purpose.</p>",
                (),
            ),
            (
                "2024-03-11T08:47:31",
                niamh,
                "<p>Weird is a really normal first reaction! What did you notice afterwards, when the 15 minutes were "
                "up?</p>",
                (),
            ),
            ("2024-03-11T12:03:18", ciaran, worry, ()),
            (
                "2024-03-11T14:40:05",
                niamh,
                f'<blockquote itemtype="http://schema.skype.com/Reply" itemid="{worry_id}"><strong itemprop="mri" '
                f'itemid="8:orgid:b81e4d07">{ciaran}</strong><span itemprop="time" itemid="{worry_id}"></span>'
                '<p itemprop="preview">That some of them looked a bit silly on paper. The one about the restructure '
                "didn't though.</p></blockquote><p>That makes sense, the restructure is a real uncertainty, not just a "
                "worry thought. Shall we put it at the top of the list for Tuesday?</p>",
                ("decoy: a reply quoting the client's message above it, not a duplicate or a role inversion",),
            ),
            ("2024-03-11T14:52:47", ciaran, "<p>Yes please.</p>", ()),
            ("2024-03-11T14:53:02", ciaran, "<p></p>", ("empty_turn",)),
            (
                "2024-03-11T14:54:30",
                ciaran,
                "<p>Sorry, no idea what happened there. I meant to say thanks for this, it's helping.</p>",
                (),
            ),
            ("2024-03-13T10:05:12", ciaran, move, ("decoy: the client says I can't get out of, not a refusal",)),
            ("2024-03-13T10:05:15", ciaran, move, ("duplicate_turn",)),
            (
                "2024-03-13T11:20:44",
                niamh,
                '<p>2pm Tuesday works. I\'ve updated the invite. See you then <emoji id="smile" alt="\U0001f642" '
                'title="Smile"></emoji></p>',
                ("decoy: a Teams emoji element inside the HTML body",),
            ),
            ("2024-03-13T11:24:09", ciaran, "<p>Thanks</p>", ("decoy: a one-word reply that repeats later",)),
            (
                "2024-03-19T16:31:27",
                niamh,
                "<p>Hi Ciar\u00e1n, just checking in after today. You mentioned feeling wobbly about the 1:1 with your "
                "manager on Thursday. How are you feeling about it now?</p>",
                (),
            ),
            (
                "2024-03-19T19:02:51",
                ciaran,
                "<p>Nervous but okay. I've written down the two things I want to ask about the restructure, like we "
                "practised.</p>",
                (),
            ),
            (
                "2024-03-20T08:58:16",
                niamh,
                "<p>That's great preparation. You can't control her answers, only how you ask. Let me know how it goes "
                "if you'd like.</p>",
                ("decoy: the counsellor says you can't control, not a refusal",),
            ),
            ("2024-03-20T09:10:33", ciaran, "<p>Will do. Thanks</p>", ()),
            (
                "2024-03-21T17:45:02",
                ciaran,
                "<p>It went better than I expected. My role is safe, it's the team above us that's being merged. I "
                "actually slept last night.</p>",
                (),
            ),
        ],
    )
    return doc


BUILDERS = [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f14]


# ---------------------------------------------------------------------------
# self-checks (of this writer, not of any detector)
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    text = text.lower().replace(RSQ, "'").replace(LSQ, "'")
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def size(text: str) -> int:
    """Words, counting two CJK characters as one word."""
    n = norm(text)
    cjk = sum(1 for ch in n if ord(ch) >= 0x2E80)
    return len(n.split()) + cjk // 2


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
            if size(turn.text) > 3 and (exact or close):
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
    body = raw.removeprefix(codecs.BOM_UTF8) if doc.bom else raw
    # the truth counts lines as the bytes split on \n
    assert body.endswith(b"\n") and body.count(b"\n") == len(doc.out), doc.name
    data = doc.decode(raw)
    physical = data.split("\n")[:-1]
    for line, eol in zip(physical, doc.eols, strict=True):
        assert line.endswith("\r") == (eol == "\r\n"), (doc.name, line[:40])
    physical = [line.removesuffix("\r") for line in physical]
    assert physical == doc.lines(), doc.name
    # no character that a str.splitlines() reader would take for a line break besides \n and \r\n
    assert not any(ch in data for ch in EXTRA_BREAKS), doc.name
    assert "\r" not in data.replace("\r\n", ""), doc.name
    assert len(data.splitlines()) == len(physical), doc.name
    # invalid bytes sit exactly on the lines marked encoding_error
    bad_lines = {number for number, line in enumerate(physical, 1) if has_raw_bytes(line)}
    assert bad_lines == {line for line, kind in doc.truth if kind == "encoding_error"}, doc.name
    turn_lines = [t.line for s in doc.sessions for t in s.turns]
    assert len(turn_lines) == len(set(turn_lines)), f"{doc.name}: two turns on one line"
    for row_line, kind in doc.truth:
        assert row_line in turn_lines or row_line in doc.line_rows, (doc.name, row_line, kind)
        assert row_line not in turn_lines or row_line not in doc.line_rows, (doc.name, row_line, kind)
    for decoy_line, _ in doc.decoys:
        assert 1 <= decoy_line <= len(physical)
    for session in doc.sessions:
        for turn in session.turns:
            here = physical[turn.line - 1]
            assert turn.anchor is not None and turn.anchor in here, (doc.name, turn.line, turn.anchor, here[:80])
            if turn.probe:
                near = "\n".join(physical[turn.line - 1 : turn.line - 1 + doc.PROBE_SPAN])
                assert turn.probe in near, (doc.name, turn.line, turn.probe)
    doc.check_file(data)
    return physical


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or (len(argv) == 3 and argv[2] != "--show"):
        print("usage: python blind/eleventh_defect_cases.py OUT_DIR [--show]", file=sys.stderr)
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
        assert len(doc.decoys) >= 5, (doc.name, len(doc.decoys))
        rows.extend((doc.name, line, kind) for line, kind in doc.truth)
        decoys += len(doc.decoys)
        if len(argv) == 3:
            for line, kind in sorted(doc.truth):
                shown = physical[line - 1].encode("utf-8", errors="backslashreplace").decode("utf-8")
                print(f"{doc.name}:{line} {kind:20s} | {shown.strip()[:110]}")
    check_sessions(docs)
    assert len(set(rows)) == len(rows), "duplicate truth rows"
    rows.sort()
    with (out / "truth.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "line", "defect_type"])
        writer.writerows(rows)
    counts = Counter(kind for _, _, kind in rows)
    assert set(counts) == KINDS and min(counts.values()) >= 2, counts
    for kind in ("role_inversion", "truncated_turn", "near_duplicate_turn", "refusal", "meta_text"):
        assert counts[kind] >= 4, (kind, counts[kind])
    assert len(docs) == 14 and 50 <= len(rows) <= 60 and decoys >= len(rows), (len(docs), len(rows), decoys)
    print(f"wrote {len(docs)} files and {len(rows)} truth rows to {out}")
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    print(f"decoys: {decoys}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
