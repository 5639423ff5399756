# ruff: noqa: E501, RUF001, RUF002
r"""Forty-third set of blind defect cases for the transcript-cleaning product: COUNSELLING TRANSCRIPTS IN SOUTH AND
SOUTH-EAST ASIAN LANGUAGES IN THEIR NATIVE SCRIPTS (Hindi in Devanagari, Bengali, Thai, Tamil, Urdu in Arabic script,
Burmese), with Hinglish and Taglish code-mixed chats, in the containers teams there really have.

Blind conditions, as followed. The only things read were: the first 15 lines of benchmarks/blind_defects.py (``head -n
15``, the interface); a listing of blind/ (``ls``); /work/shared/README.md and /work/shared/corpora/README.md (``cat``,
the second through ``head -80``); the ruff and mypy settings of pyproject.toml (``grep -n -A12 "tool.ruff"``); the
docstrings of the earlier case writers in blind/, printed with a ``.venv`` python ``ast.get_docstring`` snippet into
/tmp/s28i/docs.txt (``wc -l``: 6558 lines; its ``=====`` file separators listed with ``grep -n``); on that scratch file
only: two ``grep -n -i -E`` searches for language and container names (the first, by an alternation ``LINE `` matched
case-insensitively, also printed some 250 hit lines holding the word "line" from many writers' docstrings, partly
truncated by the tool; the second, without it, showed that no earlier writer used Devanagari, Bengali, Tamil, Urdu, Thai
or Burmese; one used Hinglish in Latin script as a webchat CSV, one Taglish as a pandas CSV, one mentions an Urdu
interpreter), and ``sed`` pages of it: lines 1-11 (the first writer), 3194-3365 (the whole thirty-ninth docstring, the
truth conventions followed here) and 840-919 (the second half of the forty-first docstring); and the code of
blind/thirtyninth_defect_cases.py, the model writer (``wc -l``; its function and constant list with ``grep -n``; lines
1-6, 165-180, 180-530, 630-830 and 1370-1643 paged with ``sed``); its helpers (lines 172-442) and self-checks and
``main`` (lines 1416-1643) were copied with ``sed`` into /tmp/s28i/parts and adapted. No other file of the project was
opened or grepped (no transforms, flows, synth, tests, schemas, sql, docs, README or other benchmarks), nothing under
/work/shared/corpora or /work/shared/seeds was opened, no search tool was used, and git was not run. The product, its
tests and the benchmarks were never run. Every transcript line below was written for this set.

The only things run were: ``date``; ``mkdir`` of /tmp/s28i and /tmp/s28i/parts; the commands above; a system
``python3`` snippet checking which Urdu letters Windows-1256 lacks (``ی``, ``۔``) and printing three mojibake samples;
system ``python3`` snippets making exact replacements in the copied parts (final punctuation, ``norm``, the open-ending
rule, the file tables, the script check); ``cat`` heredocs writing the parts and assembling them into
/tmp/s28i/draft.py; the draft with ``--show`` and with ``--seed`` 1, 7 and 2024 into /tmp/s28i/out*, its ``truth.csv``
compared with ``cmp`` (identical for every seed; the seed only moves the WhatsApp date and times, 05's save time and
06's session id); ``head``, ``sed``, ``cut``, ``od -c``, ``iconv`` and ``cat -A`` on the written files; ``cp`` of the
draft to this path; a system ``python3`` snippet putting this docstring in place of a placeholder and dropping
``RUF003`` from the ``noqa`` line (unused); ``ruff check``, ``ruff format`` and ``mypy`` on this file; a final run of this
file into /tmp/s28i/final43, its ``truth.csv`` compared with the draft's with ``cmp`` (identical). Run as

    python blind/fortythird_defect_cases.py OUT_DIR [--show] [--seed N]

to write 10 files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR (``--show`` also prints
every truth row next to the line it names, invalid bytes as ``\xNN``; ``--seed`` defaults to 43 and never changes a
truth row).

Emphasis: native scripts no earlier set used, each with its own punctuation: the danda ``।`` (Hindi, Bengali), the Urdu
full stop ``۔`` and ``؟``, the Burmese ``။``, and Thai, which writes NO final punctuation and no spaces between words
(a Thai turn ending on a particle like ``ครับ``/``ค่ะ`` or on a plain word is complete; only a turn ending on a word
that needs a continuation, ``กำลัง``, is cut); native digits (``१८/०३/२०२४``, ``๒๕๖๗`` in the Buddhist era, ``၁၅``,
``۱۴``); local role labels. Encodings: 04 Windows-874 (Notepad "ANSI" on a Thai Windows), CORRECT in its code page, so
the legacy code page is a decoy; 06 UTF-8 with a byte-order mark (Excel "CSV UTF-8"); 07 UTF-8 holding one turn of
Windows-1256 bytes invalid in UTF-8; the rest UTF-8 without a byte-order mark. 04 and 06 end lines with CR LF, the
others LF. Mojibake is the kind these teams really see: Devanagari and Tamil UTF-8 shown as Windows-1252 (``à¤``,
``à®``), Thai UTF-8 shown as Windows-874 (``เธ``). Default seed 43: 225 turns, 41 truth rows (0-7 a file), 188 turns on
lines without a truth row, 121 decoys. Rows per kind: duplicate_turn 7, near_duplicate_turn 5, truncated_turn 5,
refusal 4, role_inversion 4, meta_text 3, mojibake 3, unknown_speaker 3, empty_turn 2, duplicate_session 1,
encoding_error 1, repetition_loop 1, unparseable_line 1, unparseable_file 1.

* ``01_pratilekh_satra3_lucknow.txt`` (32 turns, 5 rows; Hindi, Devanagari): a private counselling centre's session
  typed from the recording: header lines (``दिनांक:``, ``क्लाइंट का विवरण:``) and a dashed rule, then ``परामर्शदाता: `` /
  ``क्लाइंट: ``: a woman of 24 on her third civil-services attempt, her mother pressing marriage. Defects: a long client
  turn typed twice around a backchannel (duplicate_turn); her friend's message copied from a viewer that read its
  UTF-8 as Windows-1252 (mojibake); the counsellor's checking reflection, ``क्या मैं सही समझ रही हूँ?``, under
  ``क्लाइंट`` (role_inversion); the receptionist (``रिसेप्शनिस्ट``: unknown_speaker); the last counsellor turn cut after
  ``मुझे लगता है कि`` (truncated_turn). Decoys: the header lines; ``हम्म।`` three times; Devanagari digits; the client
  quoting her mother in “ ” and the counsellor repeating it; ``पता नहीं...`` picked up; ``कोशिश करूँगी।``.
* ``02_whatsapp_chat_with_kabir.txt`` (31 turns, 5 rows; Hinglish, Latin script with two Devanagari messages): a youth
  helpline's WhatsApp Business chat exported from an Android phone in English (India), ``dd/mm/yy, h:mm<U+202F>pm -
  Name: text``: a final-year student without a campus placement whose father stopped speaking to him. Defects: one
  message delivered three times on a bad network (repetition_loop, duplicate_turn, duplicate_turn); the account's AI
  assistant at 1 a.m. answering ``Neend nahi aa rahi ...`` with only a Devanagari refusal and the Tele-MANAS number
  (refusal); the night message re-sent next morning, reworded, to the human counsellor (near_duplicate_turn). Decoys:
  the encryption notice; chat messages without final punctuation and with emoji; ``haan``, ``ok``; the client pointing
  out his repeats; a Devanagari message; a three-step breathing exercise whose continuation lines carry no stamp;
  ``<Media omitted>`` explained by the next message; the counsellor owning the automatic reply; a direct risk question;
  14416 inside real engagement; thanks.
* ``03_bangla_counselling_synth_v2.json`` (36 turns, 7 rows; Bengali): an LLM-generated set for a Dhaka start-up's bot:
  ONE JSON array, re-indented so that each message object ``{"role", "content"}`` sits on a line of its own inside
  ``{"id", "topic", "messages"}``; a ``system`` message (not a turn) opens each conversation. bn-syn-0101 (HSC exam
  stress) is clean; 0102 (a new mother in her in-laws' house): ``অবশ্যই! নিচে ... কথোপকথন দেওয়া হলো:`` opening a reply
  (meta_text, at the turn), a user message in the counsellor's voice (role_inversion), ``একজন এআই ভাষা মডেল হিসেবে ...``
  after the client's passive wish not to exist (refusal); 0103 (a widower whose son lives in Canada): an empty reply
  (empty_turn), a reply given twice (duplicate_turn), the last reply cut after ``হয়তো`` (truncated_turn); 0104 is 0101
  again (duplicate_session at its first user line). Decoys: the system prompts, ids, topics and brackets; ``আপনি কি
  আছেন?`` after the empty reply; ``ঠিক আছে।`` after the refusal.
* ``04_banthuek_kan_hai_kham_pruksa_cp874.txt`` (24 turns, 5 rows; Thai): a community hospital's session typed in
  Notepad and saved in Windows-874, CR LF: header lines (one ``ผู้รับคำปรึกษา (นามสมมติ): ...``) and a rule, then
  ``ผู้ให้คำปรึกษา: `` / ``ผู้รับคำปรึกษา: ``: a vegetable seller of 45 behind on her pick-up's instalments. Defects: a
  client sentence typed again with ``ก็`` and ``คะ`` added (near_duplicate_turn); her daughter's LINE message pasted
  from UTF-8 read as Windows-874 (``เธ...``, ``?`` for undefined bytes: mojibake); the transcriber's bracketed
  ``[เสียงโทรศัพท์ดังแทรก ถอดความไม่ได้ ...]`` on a line of its own (unparseable_line); the nurse (``พยาบาล``:
  unknown_speaker); the last client turn cut after ``กำลัง`` (truncated_turn). Decoys: the header lines; the code page
  itself; every Thai turn without final punctuation; ``ครับ`` three times; Thai digits and the Buddhist-era year;
  ``ค่ะ ขอบคุณค่ะ`` to the nurse.
* ``05_line_chat_jaiyen_counselling.txt`` (20 turns, 3 rows; Thai): a LINE Official Account chat saved from the
  client's phone with "Export chat history": ``[LINE] ประวัติการแชทกับ ...``, a save-date line, a blank line, a date line
  per day (``พ. 13/03/2024``), then ``HH:MM<TAB>Name<TAB>text``; a student in Khon Kaen after a break-up and two failed
  mid-terms. Defects: a counsellor message sent twice on a weak signal (duplicate_turn); a client message re-sent
  reworded after six minutes without an answer (near_duplicate_turn); the account's AI auto-reply at 01:47 giving only
  ``ขออภัย ระบบ AI ไม่สามารถ ...`` and 1323 after ``บางทีก็อยากหายไปเฉยๆ`` (refusal). Decoys: the header and date
  lines; ``[สติกเกอร์]``; a multi-line message in double quotes whose continuation lines carry no time or name; the
  counsellor explaining his delay and owning the auto-reply; a direct risk question; 1323 inside real engagement;
  thanks with 🙏.
* ``06_amarvu_4_chennai.csv`` (23 turns, 5 rows; Tamil): an Excel sheet saved as "CSV UTF-8" (byte-order mark, CR LF),
  ``அமர்வு எண்,வரிசை,பேசுபவர்,உரை``, ``ஆலோசகர்`` / ``பயனாளர்``: a software engineer laid off and hiding it from his
  mother. Defects: a row pasted twice (duplicate_turn); his mother's SMS pasted from a web form that showed it as
  Windows-1252 (``à®...``: mojibake); the counsellor's reflection ``... சரியா?`` under ``பயனாளர்`` (role_inversion); a
  client row with an empty text cell (empty_turn); the last row cut after ``மீதி நேரத்தில்`` (truncated_turn).
  Decoys: the header row; the byte-order mark; ``ஆமாம்.`` three times and ``ம்ம்.``; quoted cells holding commas; the
  counsellor waiting after the empty row; thanks.
* ``07_urdu_session2_lahore_cleaned.txt`` (21 turns, 5 rows; Urdu, Arabic script): a university counselling office's
  session passed through an AI clean-up tool: header lines, then the tool's own ``یہ رہی صاف کی ہوئی ٹرانسکرپٹ ...:``
  on a line of its own (meta_text), then ``کونسلر: `` / ``کلائنٹ: ``: a first-year student who skipped her
  presentation. Defects: a client turn given again with ``زور زور`` and ``کہ`` (near_duplicate_turn); a counsellor turn
  retyped in an Arabic-code-page editor, pasted as raw Windows-1256 bytes (encoding_error); her mother at the door
  (``والدہ``: unknown_speaker); the last client turn cut after ``تو میں`` (truncated_turn). Decoys: the header lines;
  ``جی۔`` three times (both speakers); Urdu digits; ``لیکن پتہ نہیں...`` picked up; the client explaining her mother.
* ``08_mhattan_akyainn3_yangon.txt`` (16 turns, NO row; Burmese, Unicode): a workers' counselling project's session,
  header lines, then ``အကြံပေး: `` / ``ဆွေးနွေးသူ: ``: a garment worker on overtime who looks after her mother. The
  clean file. Decoys: the header lines; Burmese digits; ``ဟုတ်ကဲ့။`` twice; consecutive client turns; thanks.
* ``09_taglish_sesyon2_qc_transcript.txt`` (22 turns, 5 rows; Taglish): a guidance office's session transcribed by an
  AI tool and downloaded from Google Docs as text: the tool's first line ``Narito ang inayos na transcript ...:``
  (meta_text, own line), header lines, then ``Guidance Counselor: `` / ``Estudyante: ``: a thesis student carrying his
  group. Defects: a client turn given again reworded (near_duplicate_turn); the counsellor's question under
  ``Estudyante`` (role_inversion); ``Pasensya na, bilang isang AI ...`` in the counsellor's place after ``sana hindi na
  lang ako nag-enroll`` (refusal); a counsellor turn pasted twice (duplicate_turn). Decoys: the header lines;
  ``Hmm.`` twice; ``: `` inside a turn's text; ``Ah, okay po.`` after the refusal; the counsellor's real follow-up;
  thanks.
* ``10_appointment_register_lucknow_march.csv`` (no turn): the Lucknow centre's March appointment register exported
  from Google Sheets and dropped in the folder by mistake; its header names ``क्लाइंट कोड`` and ``परामर्शदाता``
  (unparseable_file, line 0).

Line numbers are 1-based physical lines of the text as its own encoding decodes it (UTF-8 or Windows-874), split on
its line end; the CR of a CR LF end is not a line of its own; 06's byte-order mark is not a character of line 1; 07's
invalid bytes are replaced by a decoder without changing any line count. Conventions, those of the earlier writers:

* a turn-level row points at the line holding the turn's label: the ``label: text`` line in 01, 04, 07, 08 and 09;
  the message line in 02 and 05 (not continuation lines); the message object's line in 03; the record's row in 06 (the
  header is line 1);
* meta text inside a turn (03) is marked at the turn's line; 07's and 09's tool lines stand on lines of their own and
  are marked there; ``unparseable_line`` marks a line that is no turn, header or separator (04's bracketed remark); the
  file-level row (10) is at line 0;
* a single turn in the other role's voice is ``role_inversion`` at its own line; a repeated session (03's bn-syn-0104)
  is ONE ``duplicate_session`` row at its first turn (its first ``user`` line, the system line being no turn), and its
  turns carry no other row;
* a repeat marks the LATER copy; a repetition loop is ``repetition_loop`` on the first occurrence, then
  ``duplicate_turn`` or ``near_duplicate_turn`` on every later copy;
* ``encoding_error`` marks a turn holding bytes invalid in the file's own encoding; ``mojibake`` a turn whose text
  decodes validly but was garbled upstream; Windows-874 text correct in its code page is not a defect;
* a speaker outside the counsellor and client roles (01's ``रिसेप्शनिस्ट``, 04's ``พยาบาล``, 07's ``والدہ``) speaking a
  turn is ``unknown_speaker``.

Not turns: header lines, rules, the WhatsApp notice and continuation lines, the LINE header, date and continuation
lines, the JSON structure and ``system`` lines, the CSV header row, blank lines, and all of 10. A Thai turn or a chat
message without final punctuation, a trail-off picked up by the other speaker, a short answer and a backchannel
(``हम्म।``, ``ครับ``, ``ஆமாம்.``, ``جی۔``, ``ဟုတ်ကဲ့။``, ``Hmm.``) repeated in a session are NOT defects; a truncated turn is
cut off by the data and no later turn completes it. A helpline inside a counsellor's engagement is NOT a refusal; a
reply that gives only boilerplate or a number instead of engaging is.

Self-checks (standard library only): a clean turn that ends without final punctuation carries a decoy note (in 02, 04
and 05 a note that says why that is normal there); a turn is tagged ``mojibake`` exactly when it holds a garbled string
this writer made, ``encoding_error`` exactly when it holds invalid bytes, ``empty_turn`` exactly when nothing in it is
visible, ``unknown_speaker`` exactly when its label is in neither role; every truth row's line parses, in its file's
layout, to the very label and text of the turn it names (or is the non-turn line it names) and shows the garbling,
invalid bytes, emptiness or open ending its kind says; every exact or close same-role repeat of a substantial turn is
marked and every repeat mark is real (similarity on letters, combining marks and digits, so that Indic and Thai vowel
signs count); a loop has at least two marked later copies; only the marked session repeats another, exactly; each file
has its intended encoding, byte-order mark and line ends, decodes strictly exactly when it should, is not valid UTF-8
when it is in a legacy code page, and decodes back line for line to the lines written; the JSON array and the CSV
parse back as wholes to exactly the turns written, and no line that is not a turn parses as one; substantial turns of
the Hindi, Bengali, Thai, Tamil, Urdu and Burmese files are at least half letters of that script; decoys stand on
lines without a truth row; only 08 has no row; every kind is present, no truth row is written twice, there are 40-60
rows and at least 70% of turns carry none."""

from __future__ import annotations

import csv
import difflib
import io
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

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
LINE_KINDS = {"meta_text", "unparseable_line"}
FILE_KINDS = {"unparseable_file"}
REPEAT_KINDS = {"duplicate_turn", "near_duplicate_turn"}

T, C, X = "T", "C", "X"  # counsellor role, client role, a speaker in neither role
# final punctuation: ASCII, closing quotes, the ellipsis, the Arabic question mark, the Devanagari danda (Hindi and
# Bengali), the Urdu full stop and the Burmese section mark; Thai has none (a Thai turn ends on a word or a particle)
ENDERS = ".?!\"')]" + "\u201d\u2019\u2026\u061f\u0964\u0965\u06d4\u104b"
# characters some readers take for a line break; none may stand inside a line of this set
BREAKERS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f"
NOT_READABLE = "10_appointment_register_lucknow_march.csv"
DEFAULT_SEED = 43


# ---------------------------------------------------------------------------
# text and byte helpers
# ---------------------------------------------------------------------------
MADE_GARBLED: set[str] = set()


def moji(text: str, read_as: str) -> str:
    """The UTF-8 bytes of ``text`` shown by a tool that reads them as ``read_as`` and saved again as text; what it
    cannot decode (and any C1 control it would produce) is shown as ``?``."""
    shown = text.encode("utf-8").decode(read_as, "replace")
    out = "".join("?" if ch == "\ufffd" or "\x80" <= ch <= "\x9f" else ch for ch in shown)
    assert out != text and not any(ch in out for ch in BREAKERS), out[:60]
    MADE_GARBLED.add(out)
    return out


def foreign(text: str, source: str, file_codec: str) -> str:
    """``text`` saved in the code page ``source`` and pasted into a file whose encoding is ``file_codec``: bytes that
    are no valid sequence of ``file_codec`` are kept as surrogate escapes, written back as the raw bytes."""
    raw = text.encode(source)
    out = raw.decode(file_codec, "surrogateescape")
    assert invalid_bytes(out), text[:60]
    assert out.encode(file_codec, "surrogateescape") == raw, text[:60]
    assert not any(ch in out for ch in BREAKERS + "\r\n"), text[:60]
    return out


def invalid_bytes(text: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in text)


def garbled(text: str) -> bool:
    return any(part in text for part in MADE_GARBLED)


def blank(text: str) -> bool:
    return all(ch.isspace() or ch in INVISIBLE for ch in text)


def norm(text: str) -> str:
    """Compatibility forms folded, case folded, punctuation, symbols and spaces dropped; letters AND combining marks
    kept (Indic and Thai vowel signs are marks); digits of every script become ASCII."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in text)
    return "".join(ch for ch in text if unicodedata.category(ch)[0] in "LMN")


def ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, norm(a), norm(b), autojunk=False).ratio()


def similar(a: str, b: str) -> bool:
    """So close that an unmarked copy would be a defect this writer forgot to mark."""
    return ratio(a, b) > 0.85


def related(a: str, b: str) -> bool:
    """Close enough to be a re-sent or re-typed copy (a marked near duplicate must be at least this)."""
    return ratio(a, b) > 0.6


def substantial(text: str) -> bool:
    """Long enough that a repeat is a defect rather than a backchannel (हम्म। ครับ ஆமாம். جی۔ ဟုတ်ကဲ့။ Hmm.)."""
    return len(norm(text)) >= 10


def js(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def csv_line(*fields: str, delimiter: str = ",") -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="").writerow(fields)
    return buffer.getvalue()


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
    notes: tuple[str, ...]


@dataclass
class Session:
    name: str
    kinds: tuple[str, ...]
    turns: list[Turn] = field(default_factory=list)


def split_tags(tags: Sequence[str]) -> tuple[list[str], list[str]]:
    kinds = [tag for tag in tags if not tag.startswith("decoy:")]
    notes = [tag[len("decoy:") :].strip() for tag in tags if tag.startswith("decoy:")]
    for kind in kinds:
        assert kind in KINDS, kind
    return kinds, notes


Parsed = tuple[str, str] | None


class Doc:
    """Physical lines, truth rows and decoys, and the sessions and turns behind them.

    ``parse`` reads one physical line as (label, text) or None, the way its layout says; ``walk`` reads the whole
    decoded text as the list of (label, text) of every turn, for the layouts that have a structure (JSON Lines, CSV,
    SRT).
    """

    def __init__(
        self,
        name: str,
        roles: dict[str, str],
        parse: Callable[[str], Parsed],
        *,
        codec: str = "utf-8",
        bom: bytes = b"",
        newline: str = "\n",
        walk: Callable[[str], list[tuple[str, str]]] | None = None,
        open_ok: str = "",
    ) -> None:
        self.name = name
        self.roles = roles
        self.parse = parse
        self.walk = walk
        self.codec = codec
        self.bom = bom
        self.newline = newline
        # a note for a clean turn that ends without final punctuation where that is normal (Thai, chat messages)
        self.open_ok = open_ok
        self.out: list[str] = []
        self.truth: list[tuple[int, str]] = []
        self.decoys: list[tuple[int, str]] = []
        self.sessions: list[Session] = []
        self.line_rows: set[int] = set()

    def add(self, *lines: str) -> int:
        first = len(self.out) + 1
        for line in lines:
            assert "\n" not in line and "\r" not in line, (self.name, line[:60])
            assert not any(ch in line for ch in BREAKERS), (self.name, line[:60])
            self.out.append(line)
        return first

    def _truth(self, line: int, kind: str) -> None:
        assert (line, kind) not in self.truth, f"{self.name}:{line} {kind} twice"
        self.truth.append((line, kind))

    def start(self, name: str, *kinds: str) -> None:
        assert set(kinds) <= SESSION_KINDS, kinds
        self.sessions.append(Session(name, tuple(kinds)))

    def turn(self, label: str, text: str, line: int, tags: Sequence[str] = ()) -> None:
        assert label in self.roles, (self.name, label)
        session = self.sessions[-1]
        role = self.roles[label]
        kinds, notes = split_tags(tags)
        copy = "duplicate_session" in session.kinds
        assert ("unknown_speaker" in kinds) == (role == X), (self.name, line, label)
        assert ("mojibake" in kinds) == garbled(text), (self.name, line, text[:60])
        assert ("encoding_error" in kinds) == invalid_bytes(text), (self.name, line, text[:60])
        assert ("empty_turn" in kinds) == blank(text), (self.name, line)
        if "truncated_turn" in kinds:
            assert text.rstrip()[-1] not in ENDERS and not notes, (self.name, line, text[-30:])
        elif not blank(text) and text.rstrip()[-1] not in ENDERS and not kinds and not copy:
            # an open ending on a clean turn must be a deliberate decoy
            if not notes and self.open_ok:
                notes = [self.open_ok]
            assert notes, f"{self.name}:{line} open ending without truncated_turn or decoy: {text[-30:]!r}"
        if session.kinds:
            assert "role_inversion" not in kinds, (self.name, line)
        if copy:
            assert not kinds and not notes, f"{self.name}:{line} a row inside a repeated session"
        row_kinds = list(kinds)
        if not session.turns:
            row_kinds = list(session.kinds) + row_kinds
        for kind in row_kinds:
            self._truth(line, kind)
        for note in notes:
            self.decoys.append((line, note))
        session.turns.append(Turn(label, role, text, line, tuple(kinds), tuple(notes)))

    def mark(self, line: int, *tags: str) -> None:
        """A line that is not a turn: meta_text or unparseable_line on a line of its own, or a decoy."""
        kinds, notes = split_tags(tags)
        assert set(kinds) <= LINE_KINDS, kinds
        for kind in kinds:
            self._truth(line, kind)
            self.line_rows.add(line)
        for note in notes:
            self.decoys.append((line, note))

    def whole_file(self, kind: str) -> None:
        assert kind in FILE_KINDS, kind
        self._truth(0, kind)

    def turns(self) -> list[Turn]:
        return [t for s in self.sessions for t in s.turns]

    def text(self) -> str:
        return "".join(line + self.newline for line in self.out)

    def render(self) -> bytes:
        return self.bom + self.text().encode(self.codec, "surrogateescape")


Script = Sequence[tuple[str, ...]]


def parse_labelled(sep: str) -> Callable[[str], Parsed]:
    def parse(line: str) -> Parsed:
        label, found, rest = line.partition(sep)
        return (label, rest) if found else None

    return parse


def labelled_script(doc: Doc, script: Script, sep: str) -> None:
    """``label<sep>text`` one turn a line; an entry ``("#", text, tags...)`` is a line of its own (no turn)."""
    for who, text, *tags in script:
        if who == "#":
            doc.mark(doc.add(text), *tags)
            continue
        doc.turn(who, text, doc.add(f"{who}{sep}{text}"), tags)


# ---------------------------------------------------------------------------
# 01 a private counselling centre in Gomti Nagar (Lucknow): a session typed from the recording in Hindi, Devanagari,
#    UTF-8, LF, header lines and a dashed rule, then ``परामर्शदाता: `` / ``क्लाइंट: `` (ASCII colon). The client's
#    friend's message was copied from a web viewer that had read its UTF-8 as Windows-1252.
# ---------------------------------------------------------------------------
PARAM, CLIENT_HI, RECEP = "परामर्शदाता", "क्लाइंट", "रिसेप्शनिस्ट"
ATTEMPT_01 = "किताब खोलते ही दिमाग में वही बात घूमने लगती है कि यह तीसरा अटेम्प्ट है। अगर इस बार भी नहीं हुआ तो सब लोग क्या कहेंगे।"

HEAD_01 = (
    "परामर्श सत्र का प्रतिलेख – सत्र ३",
    "दिनांक: १८/०३/२०२४ | स्थान: मनोसंवाद परामर्श केंद्र, गोमती नगर, लखनऊ",
    "क्लाइंट का विवरण: एन. एस., २४ वर्ष, सिविल सेवा परीक्षा की तैयारी",
    "प्रतिलेखन: ऑडियो रिकॉर्डिंग से, हाथ से टाइप किया गया",
    "------------------------------------------",
)

S01: Script = [
    (PARAM, "नमस्ते नेहा, आइए बैठिए। पिछली बार हमने आपकी पढ़ाई और घर के माहौल की बात की थी। यह हफ़्ता कैसा रहा?"),
    (CLIENT_HI, "ठीक नहीं रहा। प्रीलिम्स में बस दो महीने बचे हैं और मैं दिन में चार घंटे भी ठीक से नहीं पढ़ पा रही।"),
    (PARAM, "दो महीने बचे हैं और पढ़ाई उतनी नहीं हो पा रही जितनी आप चाहती हैं। जब आप किताब खोलती हैं, तब क्या होता है?"),
    (CLIENT_HI, ATTEMPT_01),
    (PARAM, "हम्म।", "decoy: backchannel हम्म। (1 of 3)"),
    (CLIENT_HI, ATTEMPT_01, "duplicate_turn"),
    (PARAM, "यानी पढ़ते समय भी आपका आधा ध्यान नतीजे पर और लोगों की बातों पर रहता है।"),
    (CLIENT_HI, "हाँ। पापा कुछ नहीं कहते, पर मम्मी रोज़ पूछती हैं कि शादी के लिए कब हाँ करोगी।"),
    (PARAM, "मम्मी का यह सवाल सुनकर आपको कैसा लगता है?"),
    (
        CLIENT_HI,
        "जैसे मेरे पास समय खत्म हो रहा है। कल मम्मी ने कहा, “बेटा, हर चीज़ की एक उम्र होती है।”",
        "decoy: the client quotes her mother in curly quotes",
    ),
    (
        PARAM,
        "“हर चीज़ की एक उम्र होती है।” यह बात आपके अंदर कहाँ जाकर लगती है?",
        "decoy: the counsellor repeats the quoted words",
    ),
    (CLIENT_HI, "सीने में। एक भारीपन सा।"),
    (PARAM, "हम्म।", "decoy: backchannel हम्म। (2 of 3)"),
    (CLIENT_HI, "मेरी सहेली ने कल एक मैसेज भेजा था। पढ़कर सुनाऊँ?"),
    (PARAM, "हाँ, ज़रूर।"),
    (CLIENT_HI, "उसने लिखा: " + moji("तू चिंता मत कर, इस बार तेरा नाम लिस्ट में ज़रूर आएगा।", "cp1252"), "mojibake"),
    (PARAM, "उसे आप पर पूरा भरोसा है। यह पढ़कर आपको क्या महसूस होता है?"),
    (CLIENT_HI, "अच्छा भी लगता है और डर भी। अगर नाम नहीं आया तो उसका भरोसा भी टूटेगा।"),
    (
        CLIENT_HI,
        "चलिए, एक पल रुककर देखते हैं। आपकी बातों से लगता है कि परीक्षा से ज़्यादा डर दूसरों को निराश करने का है। क्या मैं सही समझ रही हूँ?",
        "role_inversion",
    ),
    (CLIENT_HI, "शायद। हाँ, यही है।"),
    (PARAM, "अगर इस बार नाम नहीं आया, तो सबसे बुरा क्या हो सकता है?"),
    (
        CLIENT_HI,
        "लोग कहेंगे कि तीन साल बर्बाद कर दिए। और फिर... पता नहीं...",
        "decoy: a trail-off in speech, picked up by the counsellor",
    ),
    (PARAM, "पता नहीं... उसके आगे जो बात है, वह शायद कहना मुश्किल है।"),
    (CLIENT_HI, "कि शायद मैं उतनी काबिल नहीं हूँ जितना सब सोचते थे।"),
    (RECEP, "मैडम, माफ़ कीजिए, चार बजे वाले क्लाइंट का फ़ोन आया था, वे पंद्रह मिनट देर से आएँगे।", "unknown_speaker"),
    (PARAM, "ठीक है, धन्यवाद। माफ़ कीजिए नेहा, आप कह रही थीं कि शायद आप उतनी काबिल नहीं हैं।"),
    (CLIENT_HI, "हाँ। पर पिछले साल मैं मेन्स तक पहुँची थी, यह भी सच है।"),
    (PARAM, "यह बहुत अहम बात है। जो आवाज़ कहती है कि आप काबिल नहीं, वह इस सच को भूल जाती है।"),
    (CLIENT_HI, "हम्म।", "decoy: backchannel हम्म। (3 of 3, the client)"),
    (
        PARAM,
        "इस हफ़्ते एक काम करके देखिए। रोज़ पढ़ाई शुरू करने से पहले दो मिनट लिखिए कि मन में क्या चल रहा है, फिर किताब खोलिए।",
    ),
    (CLIENT_HI, "कोशिश करूँगी।", "decoy: a short answer"),
    (
        PARAM,
        "अगले हफ़्ते हम देखेंगे कि लिखने से कुछ फ़र्क पड़ा या नहीं। और मम्मी वाली बात पर भी थोड़ा समय देंगे, क्योंकि मुझे लगता है कि",
        "truncated_turn",
    ),
]


def f01(rng: random.Random) -> Doc:
    doc = Doc("01_pratilekh_satra3_lucknow.txt", {PARAM: T, CLIENT_HI: C, RECEP: X}, parse_labelled(": "))
    for line in HEAD_01:
        doc.mark(doc.add(line), "decoy: header line")
    doc.start("neha-3")
    labelled_script(doc, S01, ": ")
    return doc


# ---------------------------------------------------------------------------
# 02 a youth helpline in Pune on WhatsApp Business: the chat exported from an Android phone set to English (India),
#    ``dd/mm/yy, h:mm<NNBSP>pm - Name: text``, UTF-8, LF; Hinglish in Latin script with a few Devanagari messages. The
#    account's AI assistant answers at night.
# ---------------------------------------------------------------------------
IRA, KABIR = "Ira (Saathi Helpline)", "Kabir"
WA_LINE = re.compile(r"^(?P<stamp>\d{2}/\d{2}/\d{2}, \d{1,2}:\d{2}\u202f[ap]m) - (?P<rest>.*)$")
LOOP_02 = (
    "Mera campus placement nahi hua aur ghar pe sabko lagta hai main serious nahi tha. Papa ne do din se baat nahi ki"
)
NIGHT_02 = "Neend nahi aa rahi. Sab friends ke offer letter wale status dekh ke lag raha hai main hi peeche reh gaya"

# (minutes after the start, speaker or "!" for a system line or "+" for a continuation line, text, tags...)
S02: list[tuple[object, ...]] = [
    (
        0,
        "!",
        "Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them. Learn more.",
        "decoy: the encryption notice",
    ),
    (2, KABIR, "Hi, kya yeh Saathi helpline hai?"),
    (3, IRA, "Haan Kabir, main Ira hoon, Saathi ki counsellor. Aap aaram se likhiye, main padh rahi hoon 🙂"),
    (5, KABIR, "Actually pata nahi kahan se start karun"),
    (6, IRA, "Koi baat nahi. Jo abhi sabse zyada pareshan kar raha hai, wahin se shuru kijiye."),
    (9, KABIR, LOOP_02, "repetition_loop"),
    (9, KABIR, LOOP_02, "duplicate_turn"),
    (10, KABIR, LOOP_02, "duplicate_turn"),
    (11, KABIR, "sorry network issue, teen baar chala gaya", "decoy: the client points out his own repeats"),
    (
        12,
        IRA,
        "Koi baat nahi 🙏 Placement na hona aur upar se Papa ki chuppi, dono saath mein kaafi bhaari lag raha hoga.",
    ),
    (14, KABIR, "haan", "decoy: a one-word chat answer"),
    (15, IRA, "Papa ki chuppi aapko kaisi lagti hai?"),
    (
        19,
        KABIR,
        "जैसे मैंने कोई बहुत बड़ा गुनाह कर दिया हो। मम्मी बीच में पिस रही हैं।",
        "decoy: a message in Devanagari inside a Latin-script chat",
    ),
    (
        21,
        IRA,
        "Aap khud ko gunahgaar jaisa feel kar rahe ho, jabki placement sirf ek process hai. Mummy se aapki baat hoti hai?",
    ),
    (24, KABIR, "Mummy se hoti hai. Woh bolti hain Papa ka gussa thanda ho jayega."),
    (26, IRA, "Abhi ek chhota sa exercise karte hain, phir aage baat karenge:"),
    (26, "+", "1. 4 second saans andar", "decoy: a continuation line of a multi-line message"),
    (26, "+", "2. 4 second roko", "decoy: a continuation line of a multi-line message"),
    (26, "+", "3. 6 second mein dheere se bahar", "decoy: a continuation line of a multi-line message"),
    (29, KABIR, "kiya. thoda better"),
    (30, IRA, "Achha laga sunke. Kal shaam 7 baje phir baat karein? Main online rahungi."),
    (31, KABIR, "ok done 👍"),
    (305, KABIR, NIGHT_02),
    (
        305,
        IRA,
        "क्षमा करें, एक AI सहायक के रूप में मैं इस विषय पर बात नहीं कर सकता। कृपया Tele-MANAS हेल्पलाइन 14416 पर संपर्क करें।",
        "refusal",
    ),
    (306, KABIR, "ok", "decoy: a short answer after the refusal"),
    (
        760,
        IRA,
        "Good morning Kabir. Raat ko aapko automatic reply chala gaya, uske liye sorry. Main ab yahan hoon. Raat kaisi guzri?",
        "decoy: the counsellor owns the automatic reply",
    ),
    (
        772,
        KABIR,
        "Raat bhar soya nahi. Sab friends ke offer letter wale status dekh ke lag raha tha ki main hi peeche reh gaya hoon",
        "near_duplicate_turn",
    ),
    (
        774,
        IRA,
        "Jab sab ek saath celebrate kar rahe hote hain tab peeche reh jaane ka ehsaas aur tez ho jaata hai. Kya kabhi khud ko nuksaan pahunchane ke khayal aate hain?",
        "decoy: a direct risk question",
    ),
    (777, KABIR, "Nahi, aisa kuch nahi. Bas sab bekaar lagta hai"),
    (
        779,
        IRA,
        "Sach batane ke liye thank you. Agar kabhi aise khayal aaye to Tele-MANAS 14416 par 24 ghante baat ho sakti hai, aur main bhi yahan hoon. Aaj ek chhota kaam karein? Off-campus ke liye sirf teen companies shortlist kijiye.",
        "decoy: a helpline inside real engagement",
    ),
    (783, KABIR, "Teen kar sakta hoon. Shaam ko list bhejta hoon"),
    (1190, KABIR, "<Media omitted>", "decoy: a media placeholder, explained by the next message"),
    (1190, KABIR, "yeh rahi list, screenshot mein"),
    (1196, IRA, "Badhiya! Teeno achhi companies hain. Papa se baat ka plan hum Saturday ke session mein banayenge 👍"),
    (1197, KABIR, "Thanks didi", "decoy: thanks"),
]


def wa_stamp(moment: datetime) -> str:
    hour = moment.hour % 12 or 12
    half = "am" if moment.hour < 12 else "pm"
    return f"{moment.day:02d}/{moment.month:02d}/{moment.year % 100:02d}, {hour}:{moment.minute:02d}\u202f{half}"


def parse_02(line: str) -> Parsed:
    found = WA_LINE.match(line)
    if found is None:
        return None
    label, sep, text = found["rest"].partition(": ")
    return (label, text) if sep else None


def f02(rng: random.Random) -> Doc:
    doc = Doc(
        "02_whatsapp_chat_with_kabir.txt",
        {IRA: T, KABIR: C},
        parse_02,
        open_ok="a chat message without final punctuation",
    )
    start = datetime(2024, 3, rng.randint(4, 20), 20, rng.randint(0, 25))
    doc.start("kabir-chat")
    for minutes, who, text, *tags in S02:
        assert isinstance(minutes, int) and isinstance(who, str) and isinstance(text, str)
        stamp = wa_stamp(start + timedelta(minutes=minutes))
        str_tags = [str(tag) for tag in tags]
        if who == "+":
            doc.mark(doc.add(text), *str_tags)
        elif who == "!":
            doc.mark(doc.add(f"{stamp} - {text}"), *str_tags)
        else:
            doc.turn(who, text, doc.add(f"{stamp} - {who}: {text}"), str_tags)
    return doc


# ---------------------------------------------------------------------------
# 03 a Bengali synthetic set an LLM generated for a Dhaka start-up's counselling bot: ONE JSON array, re-indented so
#    that every message object sits on a line of its own, ``{"id", "topic", "messages": [{"role", "content"}]}``;
#    ``system`` (not a turn), ``user`` the client, ``assistant`` the counsellor. bn-syn-0104 is bn-syn-0101 again.
# ---------------------------------------------------------------------------
SYS_03 = "তুমি একজন সহমর্মী বাংলাভাষী কাউন্সেলর। মনোযোগ দিয়ে শোনো, খোলা প্রশ্ন করো, কোনো রোগ নির্ণয় করবে না।"

C0101: Script = [
    ("user", "আমার এইচএসসি পরীক্ষা সামনের মাসে। পড়তে বসলেই বুক ধড়ফড় করে, কিছু মনে থাকে না।"),
    ("assistant", "পরীক্ষার আগে এমন চাপ অনুভব করা খুবই স্বাভাবিক। বুক ধড়ফড় শুরু হলে তুমি সাধারণত কী করো?"),
    ("user", "বই বন্ধ করে ফোন হাতে নিই। তারপর এক ঘণ্টা কোথা দিয়ে চলে যায় বুঝি না।"),
    ("assistant", "তাহলে ফোনটা হয়ে উঠেছে অস্বস্তি থেকে পালানোর একটা পথ। পড়ার সময় ফোনটা অন্য ঘরে রাখলে কেমন হয়?"),
    ("user", "চেষ্টা করতে পারি। কিন্তু আম্মু বলেন আমি যথেষ্ট পড়ি না।"),
    ("assistant", "আম্মুর কথাটা তোমাকে কষ্ট দেয় মনে হচ্ছে। তুমি নিজে প্রতিদিন কতক্ষণ পড়তে চাও?"),
    ("user", "অন্তত ছয় ঘণ্টা। কিন্তু এখন দুই ঘণ্টাও হয় না।"),
    (
        "assistant",
        "তাহলে ছয় নয়, তিন ঘণ্টা দিয়ে শুরু করি। প্রতি পঁচিশ মিনিট পড়ার পর পাঁচ মিনিট বিরতি নাও, আর সপ্তাহ শেষে দেখো কেমন গেল।",
    ),
]

C0102: Script = [
    ("user", "আমার মেয়ের বয়স তিন মাস। সারাদিন ওকে নিয়েই থাকি, কিন্তু মনে হয় আমি একেবারে একা।"),
    (
        "assistant",
        "অবশ্যই! নিচে একজন কাউন্সেলর ও একজন নতুন মায়ের মধ্যে একটি কথোপকথন দেওয়া হলো:\n\nতিন মাসের শিশুকে নিয়ে সারাদিন কাটানো সত্যিই ক্লান্তিকর। আপনি একা বোধ করছেন, এটা বলার জন্য ধন্যবাদ। আপনার পাশে কে কে আছেন?",
        "meta_text",
    ),
    ("user", "স্বামী সকালে অফিসে চলে যায়, রাত দশটায় ফেরে। শাশুড়ি আছেন, কিন্তু উনি বলেন আমি সব ভুল করছি।"),
    ("assistant", "সারাদিন সমালোচনা শুনতে শুনতে নিজের ওপর ভরসা কমে যেতে পারে। আপনি নিজে কী মনে করেন, আপনি কেমন মা?"),
    (
        "user",
        "আপনার কথায় বোঝা যাচ্ছে আপনি খুব চেষ্টা করছেন। এই মুহূর্তে আপনার নিজের জন্য কী দরকার বলে মনে হয়?",
        "role_inversion",
    ),
    ("assistant", "অনেক নতুন মা এই সময়ে ঘুমের অভাব আর একাকীত্বে ভোগেন। দিনে কি একটু সময় পান নিজের জন্য?"),
    ("user", "মাঝে মাঝে মনে হয় আমি না থাকলে ওরা সবাই ভালো থাকত।"),
    (
        "assistant",
        "একজন এআই ভাষা মডেল হিসেবে আমি এই বিষয়ে সাহায্য করতে পারি না। অনুগ্রহ করে একজন মানসিক স্বাস্থ্য বিশেষজ্ঞের সঙ্গে যোগাযোগ করুন।",
        "refusal",
    ),
    ("user", "ঠিক আছে।", "decoy: a short answer after the refusal"),
]

DUP_03 = "টিভি হয়তো বাড়ির নীরবতা ঢেকে রাখে। পাড়ায় বা মসজিদে কি এমন কেউ আছেন, যাঁর সঙ্গে সন্ধ্যায় একটু বসা যায়?"
C0103: Script = [
    ("user", "গত বছর আমার স্ত্রী মারা গেছেন। ছেলে থাকে কানাডায়। বাড়িটা এখন খুব চুপচাপ।"),
    ("assistant", "আপনার স্ত্রীর জন্য আমি দুঃখিত। এত বড় বাড়িতে একা থাকা নিশ্চয়ই কঠিন। দিনের কোন সময়টা সবচেয়ে খারাপ লাগে?"),
    ("user", "সন্ধ্যাবেলা। ও তখন চা বানাত, আমরা বারান্দায় বসে গল্প করতাম।"),
    ("assistant", "", "empty_turn"),
    ("user", "আপনি কি আছেন?", "decoy: the client asks after the empty reply"),
    ("assistant", "হ্যাঁ, আমি আছি। সন্ধ্যার চা আর বারান্দার গল্প, এই স্মৃতিটা আপনার কাছে খুব দামি মনে হচ্ছে।"),
    ("user", "হ্যাঁ। এখন সন্ধ্যা হলে টিভি চালিয়ে দিই, কিছুই দেখি না।"),
    ("assistant", DUP_03),
    ("assistant", DUP_03, "duplicate_turn"),
    ("user", "পাশের বাড়ির রহমান সাহেব মাঝে মাঝে ডাকেন। আমি যাই না।"),
    (
        "assistant",
        "রহমান সাহেবের ডাকে একদিন সাড়া দিয়ে দেখতে পারেন। এই সপ্তাহে অন্তত একটা সন্ধ্যা তাঁর সঙ্গে চা খাওয়ার পরিকল্পনা করলে হয়তো",
        "truncated_turn",
    ),
]

JSON_03: list[tuple[str, str, Script, tuple[str, ...]]] = [
    ("bn-syn-0101", "পরীক্ষার দুশ্চিন্তা", C0101, ()),
    ("bn-syn-0102", "প্রসব-পরবর্তী একাকীত্ব", C0102, ()),
    ("bn-syn-0103", "শোক ও নিঃসঙ্গতা", C0103, ()),
    ("bn-syn-0104", "পরীক্ষার দুশ্চিন্তা", C0101, ("duplicate_session",)),
]


def parse_03(line: str) -> Parsed:
    body = line.strip().rstrip(",")
    if not body.startswith('{"role"'):
        return None
    row = json.loads(body)
    assert isinstance(row, dict)
    return (str(row["role"]), str(row["content"]))


def walk_03(text: str) -> list[tuple[str, str]]:
    data = json.loads(text)
    assert isinstance(data, list)
    return [(str(m["role"]), str(m["content"])) for conv in data for m in conv["messages"] if m["role"] != "system"]


def f03(rng: random.Random) -> Doc:
    doc = Doc("03_bangla_counselling_synth_v2.json", {"assistant": T, "user": C}, parse_03, walk=walk_03)
    doc.mark(doc.add("["), "decoy: the array's opening bracket")
    for number, (conv, topic, script, kinds) in enumerate(JSON_03):
        doc.start(conv, *kinds)
        doc.add("  {", f'    "id": {js(conv)},', f'    "topic": {js(topic)},', '    "messages": [')
        doc.mark(doc.add("      " + js({"role": "system", "content": SYS_03}) + ","), "decoy: the system prompt")
        for index, (role, text, *tags) in enumerate(script):
            comma = "," if index < len(script) - 1 else ""
            line = doc.add("      " + js({"role": role, "content": text}) + comma)
            doc.turn(role, text, line, () if kinds else tags)
        doc.add("    ]", "  }" + ("," if number < len(JSON_03) - 1 else ""))
    doc.add("]")
    return doc


# ---------------------------------------------------------------------------
# 04 a community hospital's counselling clinic in San Sai (Chiang Mai): a session typed in Notepad on a Thai Windows
#    and saved as "ANSI", i.e. Windows-874 (TIS-620 with Microsoft's extras), CR LF; ``ผู้ให้คำปรึกษา: `` /
#    ``ผู้รับคำปรึกษา: ``. Thai writes no final punctuation. The daughter's LINE message was pasted from a UTF-8 text
#    the editor read as Windows-874 (the well-known ``เธ`` garble).
# ---------------------------------------------------------------------------
PHU_HAI, PHU_RAP, NURSE = "ผู้ให้คำปรึกษา", "ผู้รับคำปรึกษา", "พยาบาล"
CAR_04 = "คิดว่าถ้าเดือนหน้าส่งไม่ได้ เขาจะมายึดรถ แล้วจะเอาอะไรไปขายผักที่ตลาด"

HEAD_04 = (
    "บันทึกการให้คำปรึกษา ครั้งที่ ๒",
    "วันที่ ๑๒ มีนาคม ๒๕๖๗ คลินิกให้คำปรึกษา โรงพยาบาลสันทราย จ.เชียงใหม่",
    "ผู้รับคำปรึกษา (นามสมมติ): คุณมาลี อายุ ๔๕ ปี แม่ค้าขายผัก",
    "ถอดเทปโดย: เจ้าหน้าที่ธุรการ",
    "==============================",
)

S04: Script = [
    (PHU_HAI, "สวัสดีครับคุณมาลี เชิญนั่งครับ ครั้งที่แล้วเราคุยกันเรื่องหนี้กับเรื่องลูกสาว สัปดาห์นี้เป็นอย่างไรบ้างครับ"),
    (PHU_RAP, "ก็ยังนอนไม่ค่อยหลับค่ะ ตีสองตีสามก็ตื่นมานั่งคิดเรื่องเงินที่ต้องส่งคืน"),
    (PHU_HAI, "ตื่นกลางดึกแล้วเรื่องเงินก็วนเข้ามาในหัว ตอนนั้นคุณมาลีคิดอะไรบ้างครับ"),
    (PHU_RAP, CAR_04),
    (PHU_HAI, "ครับ", "decoy: backchannel ครับ (1 of 3)"),
    (PHU_RAP, "คิดว่าถ้าเดือนหน้าส่งไม่ได้ เขาก็จะมายึดรถ แล้วจะเอาอะไรไปขายผักที่ตลาดคะ", "near_duplicate_turn"),
    (PHU_HAI, "รถคันนั้นไม่ใช่แค่รถ แต่เป็นทางทำมาหากินของคุณมาลีด้วย"),
    (PHU_RAP, "ใช่ค่ะ ลูกสาวที่กรุงเทพฯ ส่งไลน์มาเมื่อวาน อ่านให้ฟังได้ไหมคะ"),
    (PHU_HAI, "ได้ครับ"),
    (PHU_RAP, "เขาเขียนว่า " + moji("แม่ไม่ต้องห่วงนะ เดือนนี้หนูจะโอนให้สามพันบาท", "cp874"), "mojibake"),
    (PHU_HAI, "ลูกสาวเป็นห่วงคุณมาลีมากนะครับ ได้อ่านข้อความนี้แล้วรู้สึกอย่างไรครับ"),
    (PHU_RAP, "ดีใจค่ะ แต่ก็อายลูก แม่ควรเป็นคนดูแลลูก ไม่ใช่ให้ลูกมาดูแล"),
    ("#", "[เสียงโทรศัพท์ดังแทรก ถอดความไม่ได้ประมาณ ๒๐ วินาที]", "unparseable_line"),
    (NURSE, "ขอโทษนะคะ คุณมาลีคะ ยาที่หมอสั่งไว้รับได้ที่ช่องสามนะคะ", "unknown_speaker"),
    (PHU_RAP, "ค่ะ ขอบคุณค่ะ", "decoy: a short answer to the nurse"),
    (PHU_HAI, "เมื่อกี้คุณมาลีพูดว่าแม่ควรเป็นคนดูแลลูก ความคิดนี้มาจากไหนครับ"),
    (PHU_RAP, "แม่ของดิฉันก็เลี้ยงดิฉันมาคนเดียว ไม่เคยขอความช่วยเหลือจากใครเลยค่ะ"),
    (PHU_HAI, "ครับ", "decoy: backchannel ครับ (2 of 3)"),
    (PHU_RAP, "ดิฉันก็อยากเข้มแข็งแบบแม่"),
    (
        PHU_HAI,
        "ความเข้มแข็งแบบคุณแม่มีค่ามาก แต่การรับความช่วยเหลือจากลูกก็อาจเป็นความเข้มแข็งอีกแบบหนึ่งได้เหมือนกันนะครับ",
    ),
    (PHU_RAP, "ไม่เคยคิดแบบนี้เลยค่ะ"),
    (PHU_HAI, "สัปดาห์นี้ลองโทรไปคุยกับไฟแนนซ์เรื่องขอผ่อนผันดูไหมครับ ผมมีเบอร์ศูนย์ไกล่เกลี่ยหนี้ให้ด้วย"),
    (PHU_RAP, "ลองดูค่ะ"),
    (PHU_HAI, "ครับ", "decoy: backchannel ครับ (3 of 3)"),
    (PHU_RAP, "ถ้าเขาไม่ยอม ดิฉันก็คงต้องไปขอยืมพี่สาวที่ลำพูนอีก ซึ่งตอนนี้พี่สาวเองก็กำลัง", "truncated_turn"),
]


def f04(rng: random.Random) -> Doc:
    doc = Doc(
        "04_banthuek_kan_hai_kham_pruksa_cp874.txt",
        {PHU_HAI: T, PHU_RAP: C, NURSE: X},
        parse_labelled(": "),
        codec="cp874",
        newline="\r\n",
        open_ok="a Thai turn ends without punctuation, as Thai does",
    )
    for line in HEAD_04:
        doc.mark(doc.add(line), "decoy: header line")
    doc.start("malee-2")
    labelled_script(doc, S04, ": ")
    return doc


# ---------------------------------------------------------------------------
# 05 an online counselling service in Khon Kaen on a LINE Official Account: the chat saved from the client's phone
#    (Thai interface) with "Export chat history", UTF-8, LF: a header, a blank line, a date line per day, then
#    ``HH:MM<TAB>Name<TAB>text``; a message of several lines is wrapped in double quotes and runs on below. The account's
#    AI auto-reply answers at night under the account's name.
# ---------------------------------------------------------------------------
OA, TONKHAO = "ใจเย็น เคาน์เซลลิ่ง", "ต้นข้าว"
LINE_05 = re.compile(r"^(?P<time>\d{2}:\d{2})\t(?P<name>[^\t]+)\t(?P<text>.*)$")
SIGNAL_05 = "สองเรื่องใหญ่มาพร้อมกันในอาทิตย์เดียว ไม่แปลกเลยที่จะรู้สึกว่าทุกอย่างพังครับ ตอนนี้เรื่องไหนหนักใจที่สุดครับ"

# (time, speaker, or "@" for a date line, or "+" for a continuation line, text, tags...)
S05: list[tuple[str, ...]] = [
    ("", "@", "พ. 13/03/2024"),
    ("20:02", TONKHAO, "สวัสดีค่ะ พอจะคุยได้ไหมคะ"),
    ("20:03", OA, "สวัสดีครับ ผมชื่อเอก เป็นผู้ให้คำปรึกษาของใจเย็นครับ คุยได้เลยครับ ตอนนี้เป็นยังไงบ้าง"),
    ("20:05", TONKHAO, "เพิ่งเลิกกับแฟนเมื่ออาทิตย์ก่อนค่ะ แล้วก็สอบกลางภาคไม่ผ่านสองวิชา รู้สึกเหมือนทุกอย่างพังหมด"),
    ("20:06", OA, SIGNAL_05),
    ("20:06", OA, SIGNAL_05, "duplicate_turn"),
    ("20:09", TONKHAO, "[สติกเกอร์]", "decoy: a sticker placeholder"),
    ("20:10", TONKHAO, "เรื่องแฟนค่ะ เขามีคนใหม่แล้ว เพื่อนในคณะรู้กันหมด ไม่อยากไปเรียนเลย"),
    ("20:12", OA, "ต้องเจอสายตาเพื่อนทั้งคณะตอนที่ยังเจ็บอยู่ คงเหนื่อยมากเลยนะครับ"),
    ("20:15", TONKHAO, "อาทิตย์นี้ไม่ได้เข้าเรียนเลยสักวิชาค่ะ นอนอยู่แต่ในห้อง"),
    ("20:21", TONKHAO, "อาทิตย์นี้ไม่ได้เข้าเรียนสักวิชาเลยค่ะ นอนอยู่แต่ในห้องทั้งวัน", "near_duplicate_turn"),
    (
        "20:22",
        OA,
        "ขอโทษที่ตอบช้าครับ สัญญาณหลุดไปพักหนึ่ง การนอนอยู่ในห้องทั้งวันบางทีก็ทำให้ใจยิ่งดิ่งลง มีใครที่ต้นข้าวพอจะคุยด้วยได้ไหมครับ",
        "decoy: the counsellor explains the delay",
    ),
    ("20:25", TONKHAO, "มีพี่สาวค่ะ แต่ไม่อยากให้แม่รู้"),
    ("20:27", OA, '"ลองแบบนี้ไหมครับ', "decoy: the first line of a multi-line message, opening a quote"),
    ("", "+", "1. พรุ่งนี้เข้าเรียนแค่วิชาเดียวก่อน", "decoy: a continuation line"),
    ("", "+", "2. ทักหาพี่สาว บอกแค่ว่าช่วงนี้ไม่ค่อยไหว", "decoy: a continuation line"),
    ("", "+", '3. คืนนี้วางโทรศัพท์ก่อนนอนครึ่งชั่วโมง"', "decoy: a continuation line closing the quote"),
    ("20:30", TONKHAO, "ได้ค่ะ จะลองดู"),
    ("", "@", "พฤ. 14/03/2024"),
    ("01:47", TONKHAO, "นอนไม่หลับอีกแล้ว คิดวนไปวนมา บางทีก็อยากหายไปเฉยๆ"),
    ("01:47", OA, "ขออภัย ระบบ AI ไม่สามารถให้คำแนะนำในเรื่องนี้ได้ กรุณาติดต่อสายด่วนสุขภาพจิต 1323", "refusal"),
    (
        "08:05",
        OA,
        "อรุณสวัสดิ์ครับต้นข้าว เมื่อคืนข้อความอัตโนมัติตอบไปแทนผม ต้องขอโทษด้วยนะครับ ที่บอกว่าอยากหายไป ตอนนี้มีความคิดจะทำร้ายตัวเองไหมครับ",
        "decoy: the counsellor owns the auto-reply and asks directly about risk",
    ),
    ("08:20", TONKHAO, "ไม่ได้คิดจะทำอะไรค่ะ แค่เหนื่อย"),
    (
        "08:22",
        OA,
        "ขอบคุณที่บอกตรงๆ ครับ ถ้าคืนไหนรู้สึกแย่มาก โทร 1323 ได้ตลอด 24 ชั่วโมง และพรุ่งนี้บ่ายสองเรามีนัดคุยทางวิดีโอกันนะครับ",
        "decoy: a helpline inside real engagement",
    ),
    ("08:25", TONKHAO, "ค่ะ ขอบคุณนะคะ 🙏", "decoy: thanks with an emoji"),
]


def parse_05(line: str) -> Parsed:
    found = LINE_05.match(line)
    return (found["name"], found["text"]) if found else None


def f05(rng: random.Random) -> Doc:
    doc = Doc(
        "05_line_chat_jaiyen_counselling.txt",
        {OA: T, TONKHAO: C},
        parse_05,
        open_ok="a Thai chat message ends without punctuation",
    )
    saved = f"วันที่บันทึก: 14/03/2024 {rng.randint(9, 11):02d}:{rng.randint(0, 59):02d}"
    for line in (f"[LINE] ประวัติการแชทกับ {OA}", saved, ""):
        doc.mark(doc.add(line), "decoy: export header")
    doc.start("tonkhao-chat")
    for time, who, text, *tags in S05:
        if who == "@":
            doc.mark(doc.add(text), "decoy: a date line")
        elif who == "+":
            doc.mark(doc.add(text), *tags)
        else:
            doc.turn(who, text, doc.add(f"{time}\t{who}\t{text}"), tags)
    return doc


# ---------------------------------------------------------------------------
# 06 a counselling service for IT workers in Chennai: a Tamil session kept in Excel and saved as "CSV UTF-8 (Comma
#    delimited)", i.e. with a byte-order mark and CR LF, ``அமர்வு எண்,வரிசை,பேசுபவர்,உரை``, ``ஆலோசகர்`` /
#    ``பயனாளர்``. One row was pasted from a web form that had shown the mother's SMS as Windows-1252.
# ---------------------------------------------------------------------------
ALOSAGAR, PAYANALAR = "ஆலோசகர்", "பயனாளர்"
MORNING_06 = "காலையில் எழுந்தவுடன் என்ன செய்வது என்றே தெரியவில்லை. அம்மாவிடம் இன்னும் வேலை போனதைச் சொல்லவில்லை."
HEADER_06 = ("அமர்வு எண்", "வரிசை", "பேசுபவர்", "உரை")

S06: Script = [
    (ALOSAGAR, "வணக்கம் கார்த்திக். போன வாரம் வேலை பற்றிப் பேசினோம். இந்த வாரம் எப்படி இருந்தது?"),
    (PAYANALAR, "வணக்கம் மேடம். இந்த வாரமும் கஷ்டமாகத்தான் இருந்தது. இன்னும் புது வேலை கிடைக்கவில்லை."),
    (ALOSAGAR, "வேலை தேடுவது நீண்டுகொண்டே போகிறது. அது உங்களை எப்படிப் பாதிக்கிறது?"),
    (PAYANALAR, MORNING_06),
    (PAYANALAR, MORNING_06, "duplicate_turn"),
    (ALOSAGAR, "அம்மாவிடம் மறைப்பது ஒரு பெரிய சுமையாக இருக்கும் போல."),
    (PAYANALAR, "ஆமாம்.", "decoy: a one-word answer (1 of 3)"),
    (PAYANALAR, "அம்மா தினமும் போன் செய்து, பெண் பார்க்கலாமா என்று கேட்கிறார்."),
    (ALOSAGAR, "ம்ம்.", "decoy: a backchannel"),
    (
        PAYANALAR,
        "நேற்று அம்மா அனுப்பிய மெசேஜ்: " + moji("சாப்பிட்டியா கண்ணா? உடம்பைப் பார்த்துக்கொள்.", "cp1252"),
        "mojibake",
    ),
    (ALOSAGAR, "அம்மாவின் அக்கறை தெரிகிறது. அதைப் படிக்கும்போது உங்களுக்கு என்ன தோன்றுகிறது?"),
    (PAYANALAR, "குற்ற உணர்வு. அவரை ஏமாற்றுகிறேன் என்று தோன்றுகிறது."),
    (
        PAYANALAR,
        "நீங்கள் சொல்வதை வைத்துப் பார்த்தால், அம்மாவை ஏமாற்றுகிறோம் என்ற எண்ணம்தான் உங்களை அதிகம் வாட்டுகிறது. சரியா?",
        "role_inversion",
    ),
    (PAYANALAR, "ஆமாம்.", "decoy: a one-word answer (2 of 3)"),
    (ALOSAGAR, "அம்மாவிடம் உண்மையைச் சொன்னால் என்ன நடக்கும் என்று நினைக்கிறீர்கள்?"),
    (PAYANALAR, "", "empty_turn"),
    (ALOSAGAR, "அவசரம் இல்லை, நேரம் எடுத்துக்கொள்ளுங்கள்.", "decoy: the counsellor waits after the empty row"),
    (PAYANALAR, "அவர் அழுவார். ஆனால் ஒருவேளை நிம்மதியாகவும் இருப்பார்."),
    (ALOSAGAR, "இரண்டும் ஒரே நேரத்தில் நடக்கலாம். அழுகையும் நிம்மதியும்."),
    (PAYANALAR, "ஆமாம்.", "decoy: a one-word answer (3 of 3)"),
    (
        ALOSAGAR,
        "இந்த வாரம் அம்மாவிடம் என்ன சொல்லலாம் என்று இரண்டு வரிகள் எழுதி வாருங்கள். அடுத்த வாரம் சேர்ந்து பார்க்கலாம்.",
    ),
    (PAYANALAR, "சரி மேடம். நன்றி.", "decoy: thanks"),
    (
        ALOSAGAR,
        "அடுத்த அமர்வு வியாழக்கிழமை மாலை ஐந்து மணிக்கு. அதுவரை வேலை தேட தினமும் இரண்டு மணி நேரம் மட்டும் ஒதுக்கி, மீதி நேரத்தில்",
        "truncated_turn",
    ),
]


def parse_06(line: str) -> Parsed:
    rows = list(csv.reader([line]))
    if len(rows) != 1 or len(rows[0]) != len(HEADER_06):
        return None
    return (rows[0][2], rows[0][3])


def walk_06(text: str) -> list[tuple[str, str]]:
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == list(HEADER_06)
    return [(r[2], r[3]) for r in rows[1:]]


def f06(rng: random.Random) -> Doc:
    doc = Doc(
        "06_amarvu_4_chennai.csv",
        {ALOSAGAR: T, PAYANALAR: C},
        parse_06,
        bom=b"\xef\xbb\xbf",
        newline="\r\n",
        walk=walk_06,
    )
    doc.mark(doc.add(csv_line(*HEADER_06)), "decoy: the header row naming the columns")
    session = f"TN-{rng.randint(100, 999)}"
    doc.start(session)
    for number, (who, text, *tags) in enumerate(S06, 1):
        doc.turn(who, text, doc.add(csv_line(session, str(number), who, text)), tags)
    return doc


# ---------------------------------------------------------------------------
# 07 a university counselling office in Lahore: an Urdu session typed from the recording, passed through an AI
#    clean-up tool, UTF-8, LF, header lines, then ``کونسلر: `` / ``کلائنٹ: ``. One counsellor turn was typed again in
#    an old editor on the Arabic code page (Windows-1256, ي for ی and a plain full stop) and pasted in as raw bytes.
# ---------------------------------------------------------------------------
COUNSELLOR_UR, CLIENT_UR, AMMI = "کونسلر", "کلائنٹ", "والدہ"
HEART_07 = "صبح اٹھی تو دل بہت زور سے دھڑک رہا تھا، ہاتھ ٹھنڈے ہو گئے تھے۔ امی سے کہا طبیعت خراب ہے۔"
LEGACY_07 = "یہ بہت عام چکر ہے۔ بچنے سے وقتی سکون ملتا ہے، لیکن ڈر اگلی بار اور بڑا ہو جاتا ہے۔"

HEAD_07 = (
    "کونسلنگ سیشن کی تحریری نقل – سیشن نمبر ۲",
    "تاریخ: ۱۴ مارچ ۲۰۲۴ | اسٹوڈنٹ کونسلنگ آفس، لاہور",
    "کلائنٹ کا تعارف: ع۔ ن۔، ۱۹ سال، بی ایس پہلا سال",
)

S07: Script = [
    ("#", "یہ رہی صاف کی ہوئی ٹرانسکرپٹ، جس میں سے غیر ضروری الفاظ ہٹا دیے گئے ہیں:", "meta_text"),
    (
        COUNSELLOR_UR,
        "السلام علیکم عائشہ، تشریف رکھیں۔ پچھلی بار ہم نے کلاس میں پریزنٹیشن کے ڈر کی بات کی تھی۔ یہ ہفتہ کیسا گزرا؟",
    ),
    (CLIENT_UR, "وعلیکم السلام۔ اس ہفتے پریزنٹیشن تھی، میں گئی ہی نہیں۔"),
    (COUNSELLOR_UR, "آپ نہیں گئیں۔ اُس صبح کیا ہوا تھا؟"),
    (CLIENT_UR, HEART_07),
    (COUNSELLOR_UR, "جی۔", "decoy: backchannel جی۔ (1 of 3)"),
    (
        CLIENT_UR,
        "صبح اٹھی تو دل بہت زور زور سے دھڑک رہا تھا اور ہاتھ ٹھنڈے ہو گئے تھے۔ امی سے کہا کہ طبیعت خراب ہے۔",
        "near_duplicate_turn",
    ),
    (COUNSELLOR_UR, "جسم نے ڈر کو بہت شدت سے محسوس کیا۔ جب آپ نے گھر رہنے کا فیصلہ کیا تو کیسا لگا؟"),
    (CLIENT_UR, "پہلے سکون ملا، پھر شام تک بہت شرمندگی ہوئی۔"),
    (COUNSELLOR_UR, foreign(LEGACY_07.replace("ی", "ي").replace("۔", "."), "cp1256", "utf-8"), "encoding_error"),
    (CLIENT_UR, "جی۔", "decoy: backchannel جی۔ (2 of 3, the client)"),
    (AMMI, "بیٹا، معاف کیجیے گا، گاڑی باہر کھڑی ہے، ڈرائیور پوچھ رہا ہے کتنی دیر لگے گی۔", "unknown_speaker"),
    (COUNSELLOR_UR, "آنٹی، بس پندرہ منٹ اور۔"),
    (CLIENT_UR, "معذرت، امی ہمیشہ ایسے ہی کرتی ہیں۔", "decoy: the client explains the interruption"),
    (COUNSELLOR_UR, "کوئی بات نہیں۔ اگلی پریزنٹیشن کب ہے؟"),
    (CLIENT_UR, "اگلے مہینے کی پانچ تاریخ کو۔ سر نے کہا ہے کہ اس بار نہ آئی تو نمبر کٹیں گے۔"),
    (
        COUNSELLOR_UR,
        "تو ہمارے پاس تقریباً تین ہفتے ہیں۔ کیا خیال ہے، پہلے صرف اپنی دو سہیلیوں کے سامنے دو منٹ بول کر دیکھیں؟",
    ),
    (
        CLIENT_UR,
        "سارہ اور مریم کے سامنے شاید بول لوں۔ لیکن پتہ نہیں...",
        "decoy: a trail-off in speech, picked up by the counsellor",
    ),
    (COUNSELLOR_UR, "لیکن پتہ نہیں کہ آواز ساتھ دے گی یا نہیں؟"),
    (CLIENT_UR, "ہاں، یہی۔"),
    (COUNSELLOR_UR, "جی۔", "decoy: backchannel جی۔ (3 of 3)"),
    (
        CLIENT_UR,
        "ٹھیک ہے، میں کوشش کروں گی۔ اور اگر اس دن بھی دل ویسے ہی دھڑکنے لگا تو میں",
        "truncated_turn",
    ),
]


def f07(rng: random.Random) -> Doc:
    doc = Doc(
        "07_urdu_session2_lahore_cleaned.txt",
        {COUNSELLOR_UR: T, CLIENT_UR: C, AMMI: X},
        parse_labelled(": "),
    )
    for line in HEAD_07:
        doc.mark(doc.add(line), "decoy: header line")
    doc.start("ayesha-2")
    labelled_script(doc, S07, ": ")
    return doc


# ---------------------------------------------------------------------------
# 08 a workers' counselling project in Hlaing Thar Yar (Yangon): a Burmese session in Unicode (not Zawgyi), UTF-8, LF,
#    header lines, then ``အကြံပေး: `` / ``ဆွေးနွေးသူ: ``. The CLEAN file: no truth row.
# ---------------------------------------------------------------------------
AKYANPAY, SWENWAYTHU = "အကြံပေး", "ဆွေးနွေးသူ"

HEAD_08 = (
    "တိုင်ပင်ဆွေးနွေးမှု မှတ်တမ်း – အကြိမ် ၃",
    "ရက်စွဲ: ၁၅-၃-၂၀၂၄",
    "",
)

S08: Script = [
    (AKYANPAY, "မင်္ဂလာပါ မသီတာ။ ဒီနေ့ ဘယ်လိုနေလဲ။"),
    (SWENWAYTHU, "မင်္ဂလာပါ ဆရာမ။ နည်းနည်း ပင်ပန်းနေတယ်။"),
    (AKYANPAY, "ဘာကြောင့် ပင်ပန်းနေတာလဲ ပြောပြလို့ရမလား။"),
    (SWENWAYTHU, "စက်ရုံမှာ အချိန်ပို ဆင်းရတယ်။ ညတိုင်း ကိုးနာရီမှ အိမ်ပြန်ရောက်တယ်။"),
    (AKYANPAY, "ညတိုင်း နောက်ကျမှ ပြန်ရတော့ အနားယူချိန် သိပ်မရှိဘူးနော်။"),
    (SWENWAYTHU, "ဟုတ်ကဲ့။", "decoy: backchannel ဟုတ်ကဲ့။ (1 of 2)"),
    (SWENWAYTHU, "အိမ်ရောက်ရင်လည်း အမေ့ကို ဆေးတိုက်ရတယ်။ ကျွန်မ ငါးနာရီလောက်ပဲ အိပ်ရတယ်။"),
    (AKYANPAY, "အလုပ်ရော အမေ့ကို ပြုစုတာရော နှစ်ခုလုံး ထမ်းထားရတာ လေးလံမှာပဲ။"),
    (SWENWAYTHU, "တစ်ခါတလေ ငိုချင်တယ်။ ဒါပေမဲ့ အမေ့ရှေ့မှာ မငိုရဲဘူး။"),
    (AKYANPAY, "ငိုချင်တာ သဘာဝပါ။ ဘယ်သူ့ကိုများ ရင်ဖွင့်လို့ရလဲ။"),
    (SWENWAYTHU, "ညီမလေး ရှိတယ်။ သူက မန္တလေးမှာ ကျောင်းတက်နေတယ်။"),
    (AKYANPAY, "ဒီအပတ် ညီမလေးကို ဖုန်းဆက်ပြီး ခံစားရတာ နည်းနည်း ပြောကြည့်ရင် ဘယ်လိုလဲ။"),
    (SWENWAYTHU, "ဟုတ်ကဲ့။", "decoy: backchannel ဟုတ်ကဲ့။ (2 of 2)"),
    (SWENWAYTHU, "ကြိုးစားကြည့်မယ်။"),
    (AKYANPAY, "ကောင်းပါတယ်။ နောက်အပတ် ဗုဒ္ဓဟူးနေ့ ပြန်တွေ့ကြမယ်နော်။"),
    (SWENWAYTHU, "ကျေးဇူးတင်ပါတယ် ဆရာမ။", "decoy: thanks"),
]


def f08(rng: random.Random) -> Doc:
    doc = Doc("08_mhattan_akyainn3_yangon.txt", {AKYANPAY: T, SWENWAYTHU: C}, parse_labelled(": "))
    for line in HEAD_08:
        doc.mark(doc.add(line), "decoy: header line")
    doc.start("thida-3")
    labelled_script(doc, S08, ": ")
    return doc


# ---------------------------------------------------------------------------
# 09 a university guidance office in Quezon City: a Taglish session transcribed by an AI tool and pasted into a Google
#    Doc, downloaded as plain text (UTF-8, LF): the tool's own first line, header lines, then ``Guidance Counselor: `` /
#    ``Estudyante: `` one turn a line. An AI "assistant" pass put its refusal in place of a counsellor turn.
# ---------------------------------------------------------------------------
GC, ESTUDYANTE = "Guidance Counselor", "Estudyante"
GROUP_09 = "Yung groupmates ko po, hindi sila nagre-reply sa GC. Ako na lang halos gumagawa ng lahat."
TASK_09 = "Sige. Subukan natin ito: bago matapos ang linggo, magpadala ka ng isang malinaw na message sa GC kung sino ang gagawa ng bawat part ng chapter 3."

HEAD_09 = (
    "Sesyon 2 – Guidance and Counseling Office, Quezon City",
    "Petsa: 03/15/2024",
    "",
)

S09: Script = [
    (GC, "Hi Paolo, upo ka. Kumusta ka since last week?"),
    (ESTUDYANTE, "Okay lang po, medyo stressed. May thesis defense kami sa April tapos wala pa kaming chapter 3."),
    (GC, "Wala pa ang chapter 3 at April na ang defense. Ano ang pinakamabigat sa'yo ngayon?"),
    (ESTUDYANTE, GROUP_09),
    (GC, "Hmm.", "decoy: backchannel Hmm. (1 of 2)"),
    (
        ESTUDYANTE,
        "Yung mga groupmates ko po kasi, hindi nagre-reply sa GC. Ako na lang halos ang gumagawa ng lahat.",
        "near_duplicate_turn",
    ),
    (GC, "Parang ikaw ang nagbubuhat ng buong grupo. Nasabi mo na ba sa kanila ang nararamdaman mo?"),
    (ESTUDYANTE, "Hindi pa po. Ayoko kasing magmukhang bossy."),
    (
        ESTUDYANTE,
        "Naiintindihan ko na ayaw mong masira ang samahan ninyo. Pero ano kaya ang mangyayari kung hindi mo ito sasabihin?",
        "role_inversion",
    ),
    (ESTUDYANTE, "Siguro po mas mapapagod lang ako."),
    (GC, "Tama. At nabanggit mo last time na hirap ka na ring matulog."),
    (ESTUDYANTE, "Opo. Minsan naiisip ko, sana hindi na lang ako nag-enroll."),
    (
        GC,
        "Pasensya na, bilang isang AI ay hindi ko kayang pag-usapan ang paksang ito. Mangyaring lumapit sa isang mental health professional.",
        "refusal",
    ),
    (ESTUDYANTE, "Ah, okay po.", "decoy: a short answer after the refusal"),
    (
        GC,
        "Paolo, pag sinabi mong sana hindi ka na lang nag-enroll, gusto mo na bang tumigil, o pagod ka lang talaga ngayon?",
        "decoy: the counsellor engages after the refusal",
    ),
    (ESTUDYANTE, "Pagod lang po talaga. Gusto ko pa rin pong matapos."),
    (GC, TASK_09),
    (GC, TASK_09, "duplicate_turn"),
    (ESTUDYANTE, "Kaya ko po yun."),
    (GC, "Hmm.", "decoy: backchannel Hmm. (2 of 2)"),
    (GC, "Tapos sa susunod nating session, titingnan natin kung ano ang sagot nila. Okay ba yun?"),
    (ESTUDYANTE, "Opo. Salamat po, Ma'am.", "decoy: thanks"),
]


def f09(rng: random.Random) -> Doc:
    doc = Doc("09_taglish_sesyon2_qc_transcript.txt", {GC: T, ESTUDYANTE: C}, parse_labelled(": "))
    doc.mark(
        doc.add(
            "Narito ang inayos na transcript ng sesyon. Tinanggal ko na ang mga 'ah' at 'uhm' para mas madaling basahin:"
        ),
        "meta_text",
    )
    for line in HEAD_09:
        doc.mark(doc.add(line), "decoy: header line")
    doc.start("paolo-2")
    labelled_script(doc, S09, ": ")
    return doc


# ---------------------------------------------------------------------------
# 10 the Lucknow centre's appointment register for March, exported from Google Sheets as CSV and dropped into the
#    transcript folder by mistake: no dialogue at all, though its header names the counsellor and the client.
# ---------------------------------------------------------------------------
REGISTER_10 = [
    ("क्रमांक", "दिनांक", "समय", "क्लाइंट कोड", "परामर्शदाता", "सत्र", "स्थिति"),
    ("1", "04/03/2024", "11:00", "NS-24", "डॉ. मीरा अवस्थी", "1", "पूर्ण"),
    ("2", "04/03/2024", "16:00", "RK-31", "डॉ. मीरा अवस्थी", "4", "पूर्ण"),
    ("3", "07/03/2024", "12:30", "AJ-19", "श्री विवेक त्रिपाठी", "1", "रद्द"),
    ("4", "11/03/2024", "11:00", "NS-24", "डॉ. मीरा अवस्थी", "2", "पूर्ण"),
    ("5", "14/03/2024", "17:00", "PG-42", "श्री विवेक त्रिपाठी", "2", "पूर्ण"),
    ("6", "18/03/2024", "15:00", "NS-24", "डॉ. मीरा अवस्थी", "3", "पूर्ण"),
    ("7", "21/03/2024", "10:30", "RK-31", "डॉ. मीरा अवस्थी", "5", "नहीं आए"),
    ("8", "25/03/2024", "11:00", "NS-24", "डॉ. मीरा अवस्थी", "4", "तय"),
]


def f10(rng: random.Random) -> Doc:
    doc = Doc(NOT_READABLE, {}, lambda line: None)
    for record in REGISTER_10:
        doc.add(csv_line(*record))
    doc.whole_file("unparseable_file")
    return doc


BUILDERS: list[Callable[[random.Random], Doc]] = [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10]


EXPECTED_BYTES = {
    "01_pratilekh_satra3_lucknow.txt": ("utf-8", b"", "\n"),
    "02_whatsapp_chat_with_kabir.txt": ("utf-8", b"", "\n"),
    "03_bangla_counselling_synth_v2.json": ("utf-8", b"", "\n"),
    "04_banthuek_kan_hai_kham_pruksa_cp874.txt": ("cp874", b"", "\r\n"),
    "05_line_chat_jaiyen_counselling.txt": ("utf-8", b"", "\n"),
    "06_amarvu_4_chennai.csv": ("utf-8", b"\xef\xbb\xbf", "\r\n"),
    "07_urdu_session2_lahore_cleaned.txt": ("utf-8", b"", "\n"),
    "08_mhattan_akyainn3_yangon.txt": ("utf-8", b"", "\n"),
    "09_taglish_sesyon2_qc_transcript.txt": ("utf-8", b"", "\n"),
    NOT_READABLE: ("utf-8", b"", "\n"),
}
INVALID = {"07_urdu_session2_lahore_cleaned.txt"}
CLEAN = {"08_mhattan_akyainn3_yangon.txt"}
LANGUAGES = {
    "01_pratilekh_satra3_lucknow.txt": "hi",
    "02_whatsapp_chat_with_kabir.txt": "hi-Latn (Hinglish)",
    "03_bangla_counselling_synth_v2.json": "bn",
    "04_banthuek_kan_hai_kham_pruksa_cp874.txt": "th",
    "05_line_chat_jaiyen_counselling.txt": "th",
    "06_amarvu_4_chennai.csv": "ta",
    "07_urdu_session2_lahore_cleaned.txt": "ur",
    "08_mhattan_akyainn3_yangon.txt": "my",
    "09_taglish_sesyon2_qc_transcript.txt": "tl-en (Taglish)",
    NOT_READABLE: "hi",
}
# a substantial turn in the file's language must hold letters of its native script (the script really is used)
SCRIPT_RANGE = {
    "hi": (0x0900, 0x097F),
    "bn": (0x0980, 0x09FF),
    "th": (0x0E00, 0x0E7F),
    "ta": (0x0B80, 0x0BFF),
    "ur": (0x0600, 0x06FF),
    "my": (0x1000, 0x109F),
}


def check_repeats(doc: Doc) -> None:
    """Every same-role repeat of a substantial turn in a session is marked, and every repeat mark is real."""
    for session in doc.sessions:
        if "duplicate_session" in session.kinds:
            continue
        seen: list[Turn] = []
        for index, turn in enumerate(session.turns):
            earlier = [t for t in seen if t.role == turn.role and not blank(t.text)]
            exact = any(t.text == turn.text for t in earlier)
            close = any(similar(t.text, turn.text) for t in earlier)
            near = any(related(t.text, turn.text) for t in earlier)
            marked = set(turn.kinds) & REPEAT_KINDS
            if substantial(turn.text) and (exact or close):
                assert marked, f"{doc.name}:{turn.line} unmarked repeat {turn.text[:30]!r}"
            if not substantial(turn.text):
                assert not marked, f"{doc.name}:{turn.line} a backchannel marked as a repeat"
            if "duplicate_turn" in turn.kinds:
                assert exact, f"{doc.name}:{turn.line} duplicate_turn without an exact earlier turn"
            if "near_duplicate_turn" in turn.kinds:
                assert near and not exact, f"{doc.name}:{turn.line} bad near duplicate"
            if "repetition_loop" in turn.kinds:
                later = [t for t in session.turns[index + 1 :] if t.role == turn.role]
                copies = [t for t in later if related(t.text, turn.text)]
                assert len(copies) >= 2, f"{doc.name}:{turn.line} loop repeated fewer than three times"
                assert all(set(t.kinds) & REPEAT_KINDS for t in copies), f"{doc.name}:{turn.line} unmarked copy"
                assert not near, f"{doc.name}:{turn.line} a loop marked on a later copy"
            seen.append(turn)


def check_sessions(docs: Sequence[Doc]) -> None:
    """Only a session marked duplicate_session repeats an earlier one, and it does so exactly."""
    seen: set[tuple[tuple[str, str], ...]] = set()
    for doc in docs:
        for session in doc.sessions:
            content = tuple((t.role, t.text) for t in session.turns)
            assert content, (doc.name, session.name)
            assert (content in seen) == ("duplicate_session" in session.kinds), (doc.name, session.name)
            seen.add(content)


def check_format(doc: Doc, physical: Sequence[str]) -> None:
    """Each line reads as its layout says: a turn line gives back exactly its turn, no other line gives a turn."""
    turns = doc.turns()
    by_line = {t.line: t for t in turns}
    assert len(by_line) == len(turns), f"{doc.name}: two turns on one line"
    for number, text in enumerate(physical, 1):
        parsed = doc.parse(text) if text else None
        if number in by_line:
            turn = by_line[number]
            assert parsed == (turn.label, turn.text), (doc.name, number, parsed)
        else:
            assert parsed is None or parsed[0] not in doc.roles, (doc.name, number, parsed)
        if number in doc.line_rows and "unparseable_line" in {k for n, k in doc.truth if n == number}:
            assert parsed is None, (doc.name, number)
    if doc.walk is not None:
        assert doc.walk("\n".join(physical)) == [(t.label, t.text) for t in turns], doc.name


def check_language(doc: Doc) -> None:
    language = LANGUAGES[doc.name]
    if language not in SCRIPT_RANGE:
        return
    low, high = SCRIPT_RANGE[language]
    for turn in doc.turns():
        if substantial(turn.text) and not garbled(turn.text) and not invalid_bytes(turn.text):
            letters = sum(1 for ch in turn.text if low <= ord(ch) <= high)
            assert letters >= len(norm(turn.text)) // 2, (doc.name, turn.line, turn.text[:40])


def check_written(doc: Doc, out: Path) -> list[str]:
    """The file's bytes decode as intended, line for line, and every row and decoy stands where it should."""
    raw = (out / doc.name).read_bytes()
    assert raw == doc.render(), doc.name
    codec, bom, newline = EXPECTED_BYTES[doc.name]
    assert (doc.codec, doc.bom, doc.newline) == (codec, bom, newline), doc.name
    assert raw.startswith(bom), doc.name
    body = raw[len(bom) :]
    if not bom:
        assert not body.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")), doc.name
    try:
        body.decode(codec)
        valid = True
    except UnicodeDecodeError:
        valid = False
    assert valid == (doc.name not in INVALID), doc.name
    if codec != "utf-8":
        try:
            body.decode("utf-8")
            as_utf8 = True
        except UnicodeDecodeError:
            as_utf8 = False
        assert not as_utf8, f"{doc.name}: a legacy-encoded file that is also valid UTF-8"
        assert any(byte >= 0x80 for byte in body), doc.name
    data = body.decode(codec, "surrogateescape")
    assert not any(ch in data for ch in BREAKERS), doc.name
    replaced = body.decode(codec, "replace")
    assert (replaced.count("\n"), replaced.count("\r")) == (data.count("\n"), data.count("\r")), doc.name
    if newline == "\r\n":
        assert data.count("\r") == data.count("\n") == data.count("\r\n"), doc.name
    else:
        assert "\r" not in data, doc.name
    physical = data.split(newline)
    assert physical[-1] == "", doc.name
    lines = physical[:-1]
    assert lines == doc.out, doc.name
    if doc.name == NOT_READABLE:
        records = list(csv.reader(lines))
        assert all(len(r) == len(records[0]) for r in records) and not doc.sessions, doc.name
        assert doc.truth == [(0, "unparseable_file")], doc.name
        return lines
    turn_lines = {t.line for t in doc.turns()}
    for row_line, kind in doc.truth:
        assert kind not in FILE_KINDS, (doc.name, kind)
        assert (row_line in turn_lines) != (row_line in doc.line_rows), (doc.name, row_line)
    truth_lines = {line for line, _ in doc.truth}
    for decoy_line, note in doc.decoys:
        assert 1 <= decoy_line <= len(lines), (doc.name, decoy_line)
        assert decoy_line not in truth_lines, (doc.name, decoy_line, note)
    for row_line in doc.line_rows:
        assert lines[row_line - 1].strip() and row_line not in turn_lines, (doc.name, row_line)
    check_format(doc, lines)
    check_language(doc)
    return lines


def check_truth_text(doc: Doc, physical: Sequence[str]) -> None:
    """Each truth row's line really holds the text its kind describes."""
    for line, kind in doc.truth:
        if kind in FILE_KINDS:
            continue
        if line in doc.line_rows:
            assert kind in LINE_KINDS, (doc.name, line, kind)
            continue
        parsed = doc.parse(physical[line - 1])
        assert parsed is not None, (doc.name, line)
        label, here = parsed
        turn = next(t for t in doc.turns() if t.line == line)
        assert (label, here) == (turn.label, turn.text), (doc.name, line)
        if kind in SESSION_KINDS and kind not in turn.kinds:
            session = next(s for s in doc.sessions if s.turns and s.turns[0].line == line)
            assert kind in session.kinds, (doc.name, line, kind)
            continue
        assert kind in turn.kinds, (doc.name, line, kind)
        checks = {
            "empty_turn": blank(here),
            "unknown_speaker": turn.role == X,
            "mojibake": garbled(here),
            "encoding_error": invalid_bytes(here),
            "truncated_turn": here.rstrip()[-1:] not in ENDERS,
        }
        assert checks.get(kind, True), (doc.name, line, kind)


def shown(text: str, width: int = 110) -> str:
    text = "".join(f"\\x{ord(ch) - 0xDC00:02x}" if "\udc80" <= ch <= "\udcff" else ch for ch in text)
    text = text.replace("\t", " \u21e5 ")
    if len(text) > width:
        text = text[: width - 35] + " ... " + text[-30:]
    return text


def show_row(physical: Sequence[str], line: int) -> str:
    if line == 0:
        return shown(f"[whole file] {physical[0]} ... ({len(physical)} lines, no dialogue)")
    return shown(physical[line - 1].strip())


def main(argv: list[str]) -> int:
    args = list(argv[1:])
    show = "--show" in args
    if show:
        args.remove("--show")
    seed = DEFAULT_SEED
    if "--seed" in args:
        at = args.index("--seed")
        if at + 1 >= len(args) or not args[at + 1].lstrip("-").isdigit():
            print("--seed needs an integer", file=sys.stderr)
            return 2
        seed = int(args[at + 1])
        del args[at : at + 2]
    if len(args) != 1:
        print("usage: python blind/fortythird_defect_cases.py OUT_DIR [--show] [--seed N]", file=sys.stderr)
        return 2
    out = Path(args[0])
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    docs = [build(rng) for build in BUILDERS]
    assert [doc.name for doc in docs] == list(EXPECTED_BYTES) == list(LANGUAGES)
    rows: list[tuple[str, int, str]] = []
    decoys = turns = clean = 0
    for doc in docs:
        (out / doc.name).write_bytes(doc.render())
        check_repeats(doc)
        physical = check_written(doc, out)
        check_truth_text(doc, physical)
        rows.extend((doc.name, line, kind) for line, kind in doc.truth)
        decoys += len(doc.decoys)
        here = doc.turns()
        turns += len(here)
        marked = {line for line, _ in doc.truth}
        clean += sum(1 for t in here if t.line not in marked)
        assert (not doc.truth) == (doc.name in CLEAN) and len(doc.truth) <= 8, doc.name
        print(
            f"{doc.name} [{LANGUAGES[doc.name]}, {doc.codec}]: {len(here)} turns, {len(doc.truth)} truth rows, {len(doc.decoys)} decoys"
        )
        if show:
            for line, kind in sorted(doc.truth):
                print(f"  {line:4d} {kind:20s} | {show_row(physical, line)}")
    check_sessions(docs)
    assert len(set(rows)) == len(rows), "duplicate truth rows"
    rows.sort()
    with (out / "truth.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "line", "defect_type"])
        writer.writerows(rows)
    counts = Counter(kind for _, _, kind in rows)
    assert set(counts) == KINDS, KINDS - set(counts)
    assert 40 <= len(rows) <= 60, len(rows)
    assert clean >= 0.7 * turns, (clean, turns)
    print(
        f"seed {seed}: wrote {len(docs)} files ({turns} turns, {clean} on lines without a truth row) and {len(rows)} truth rows to {out}"
    )
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    print(f"decoys: {decoys} (all on lines without a truth row)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
