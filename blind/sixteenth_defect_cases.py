# ruff: noqa: E501
"""Sixteenth set of blind defect cases for the transcript-cleaning product: shapes a dataset team really receives.

Blind conditions, as followed: the only things read were the first 15 lines of benchmarks/blind_defects.py (the
interface), the fifteen earlier case writers in blind/ (their docstrings for the interface, the truth conventions,
the defect kind names and the layouts they already used, and a few code passages of four of them: the builder,
checks and ``main`` of the fifteenth, the Markdown-table builder and some dialogue of the fifth, a TSV builder and
its dialogue of the fourth, the Alpaca and CSV builder heads of the sixth), the ``[tool.ruff]`` sections of
pyproject.toml (printed alone, to keep this file ruff-clean) and /work/shared/README.md. No other file of the
project was read (no transforms, flows, synth, tests, benchmarks beyond those 15 lines, README, docs or SQL), and
nothing was read from /work/shared/corpora; every transcript line below was written for this set. One thing to
report: ``grep`` was run, but only over blind/*.py (the files allowed above), to make sure that names, phrases and
layouts used here are not reused from the earlier writers (and to see that they open with ``# ruff: noqa: E501``, as
this file does); no other part of the repository was grepped. git was not run. The product, its tests, mypy and the
benchmarks were never run; the only project tools run were ``ruff check`` and ``ruff format`` on this file alone,
besides this script itself (into a temporary folder, with ``--show``, to check that every truth row names the
intended line; once with the system ``python3``, then with the project's ``.venv`` interpreter, and once imported
alone to count turns). The truth was fixed from the text written here, before any run, and was never tuned. Run as

    python blind/sixteenth_defect_cases.py OUT_DIR [--show]

to write 12 files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR (``--show`` also
prints every truth row next to the line it names).

Emphasis: ordinary containers a counselling-data team receives (an ASR + diarisation text output, a Telegram export,
ShareGPT and Alpaca JSON, a Markdown table, an Excel TSV, a pandoc conversion of a Word file, a transcript with
inline time stamps, a German generated session, Q&A pairs in JSON Lines, a Google Chat export, and one file that is
not a transcript), 26-60 turns a file (none in 12), and the defects concentrated on the subtle kinds: truncated
turns cut in many ways (beside natural trail-offs), role inversions both ways and one swapped session (beside client
questions and counsellor self-disclosure), exact and near repeats (beside repeated backchannels), refusals in
several wordings (beside a counsellor's legitimate limits), generation artefacts and repetition loops. Encodings and
line ends: 06 and 09 are Windows-1252 with CRLF; 08 is UTF-8 with LF except one turn holding lone 0x92 bytes; 10 is
ASCII (``json.dumps`` escapes); the others are UTF-8 without a BOM, LF. 09 is in German, the rest in English.

* ``01_whisperx_intake_room3.txt``: the text output of WhisperX with pyannote diarisation, ``[SPEAKER_00]: text``
  one segment a line, five ``#`` header lines added by the clinic's script, one of which maps SPEAKER_00 to the
  counsellor and SPEAKER_01 to the client (SPEAKER_02 "not mapped"). A first session with a paramedic after a
  cardiac-arrest call. Defects: the counsellor's question diarised as SPEAKER_01 (role_inversion); a counsellor
  sentence transcribed twice across a chunk seam with small changes (near_duplicate_turn); Whisper repeating the
  client's ``I just keep seeing his hands.`` over the silence after it (repetition_loop, duplicate_turn,
  near_duplicate_turn); the building's fire-alarm test announcement as SPEAKER_02 (unknown_speaker); the recording
  ending mid-sentence (truncated_turn). Decoys: the header comments; ``Mm-hmm.`` four times from the counsellor; a
  client segment ending ``on the other`` that his next segment completes; ``I'm not sure I can do the going-over-it
  bit today`` (client); ``I just... yeah.``; the client asking whether many paramedics come and whether the
  counsellor has done such work, and her brief self-disclosure (a former A&E nurse); ``I can't talk about anyone
  else, obviously, but ...`` and ``I can't promise the pictures will disappear ...`` inside real engagement; the
  client quoting his crewmate.
* ``02_telegram_lantern_line_messages.html``: Telegram Desktop's default HTML export (messages.html) of a student
  listening line's chat: a volunteer listener (``Morven (Lantern Line)``, counsellor role) and a texter (``Wren``,
  client). Each message is a ``<div class="message default clearfix" id="messageN">`` block with the time, the
  ``from_name`` and the ``text`` on lines of their own; a message that follows one by the same sender is
  ``joined`` and carries no name. Defects: a listener message pasted from an AI helper with its ``Here's a gentle,
  validating reply you could send:`` preamble (meta_text); the texter's message delivered twice (duplicate_turn); a
  snippet from the volunteer handbook pasted from a garbled copy (``theyâ€™re``, mojibake); the texter re-typing her
  message with ``tmrw`` (near_duplicate_turn); a pasted phone-line snippet that stops at ``and the number for``
  (truncated_turn). Decoys: the page header and the date service message; joined messages without a name; ``and
  then`` as a message of its own, continued by the next; ``ok`` twice; ``are you a real person or is this a bot``
  and the listener's ``I'm not a counsellor, so I can't tell you what to do, but I can listen``; a direct risk
  question inside real engagement; a forwarded university notice whose ``from_name`` inside the forward is
  ``Student Hub``; a reply-to block; an emoji-only message; lowercase messages without full stops.
* ``03_sharegpt_counselling_v2.json``: a ShareGPT-style set as ONE JSON array (``json.dump(..., indent=2)``), each
  conversation ``{"id", "conversations": [{"from": "system"|"human"|"gpt", "value"}]}`` (human = client, gpt =
  counsellor; the system message is not a turn). sgc-20417 (procrastination) is clean; sgc-20418 (checking a
  partner's phone) was generated with the roles swapped throughout (role_inversion at its first turn); sgc-20419
  (self-harm urges): a hotline-only refusal, a reply opening ``Sure! Here's how a counsellor might respond in this
  situation:`` (meta_text), a human turn in the counsellor's voice (role_inversion); sgc-20420 (interview
  anxiety): a reply repeated with small edits (near_duplicate_turn), ``I'm not able to provide medical advice.
  Please consult a doctor or pharmacist.`` (refusal), the last reply cut mid-word by the token limit
  (truncated_turn). Decoys: the system messages; the user asking the AI whether it procrastinates and its ``I'm an
  AI, so I don't have deadlines ..., but`` answer that engages; ``The introduction I guess``; the user objecting to
  the refusal; Samaritans inside real engagement; the user pointing out the repeat and an ``I'm sorry`` reply that
  engages.
* ``04_alpaca_counselling_sessions.json``: an Alpaca-style set as ONE JSON array (``json.dump(..., indent=4)``) of
  ``{"instruction", "input", "output"}``, the output holding a whole session as ``Counsellor:``/``Client:`` lines
  in one string (so all turns of a record share the ``"output"`` line). Record 1 (separated father) is clean;
  record 2 (grief) opens ``Sure! Here's a realistic counselling session ...:`` (meta_text); record 3 (health
  anxiety) stops at ``if I stop checking, then`` (truncated_turn); record 4 (retirement): a ``Client:`` line in the
  counsellor's voice (role_inversion) and a counsellor line given again word for word (duplicate_turn); record 5 is
  a refusal instead of a session (refusal); record 6 (eating) has the counsellor break off with a refusal template
  (refusal) and ends with ``Note: This transcript is fictional ...`` (meta_text). Decoys: the instruction and input
  fields, two inputs that open ``Client:`` (a profile); ``Client: Yeah.`` twice in one output; ``I can't tell you
  how a court would see it, that's really a question for your solicitor, but ...``; the client asking whether
  other clients turned out to be ill and ``I can't predict your health ... but ...``.
* ``05_carer_session3_table.md``: a carer-support session typed as a Markdown table in WIDE layout, ``| Time |
  Counsellor | Client | Notes |``: the words stand in the column of the person speaking. Defects: the counsellor's
  reflection typed in the Client column and the client's account of her nights in the Counsellor column
  (role_inversion, both ways); a client cell cut after ``and`` (truncated_turn); a client row pasted again with
  ``in`` added (near_duplicate_turn). Decoys: the heading, typist line and table header; ``Mm.`` three times;
  ``laughs`` in the Notes column; a notes-only row with both speaker cells empty; ``<br>`` inside a cell quoting her
  brother; the client asking whether the counsellor has done this with her own parents and the counsellor's brief
  self-disclosure; the client quoting her father; ``I can't advise you on the fees or the house, ... but ...``.
* ``06_mi_cannabis_s2_coded.tsv``: a motivational-interviewing coding sheet saved by Excel as "Text (Tab
  delimited)" (Windows-1252, CRLF) and renamed ``.tsv``: ``TurnID<TAB>Speaker<TAB>Utterance<TAB>MITI<TAB>Coder_note``
  with ids ``MI04-S2-001`` ..., ``Practitioner``/``Client``. Defects: a cell pasted from the UTF-8 ASR draft
  (``Â£15``, ``Iâ€™ve``: mojibake); the practitioner's complex reflection typed under ``Client`` (role_inversion); a
  client row pasted twice under the next id (duplicate_turn); a line typed into the file in Notepad without tabs,
  ``NB 40 sec not recorded here ...`` (unparseable_line); the practitioner's summary pasted from the old database's
  report, which kept 255 characters, so it stops inside a word (truncated_turn). Decoys: the header; correct
  single-byte curly apostrophes and ``£``; ``Yeah.`` twice; a quoted cell with doubled quotes (the client quoting
  his mum); ``I can't promise I'll stop`` (client); ``I can't tell you how it'll be for you, but ...``; the coder
  notes ``long pause`` and ``laughs``.
* ``07_maeve_s4_pandoc.txt``: a school counsellor's Word transcript converted with ``pandoc -t plain``: paragraphs
  wrapped at 72 columns, a blank line between paragraphs, Word's manual line breaks kept as line breaks, curly
  quotes; ``Counsellor:``/``Maeve:`` start a turn's paragraph. The typist had tidied the text with an AI tool.
  Defects: the tool's ``Sure — here's the transcript tidied up ...`` paragraph before the first turn (meta_text,
  at its own line); a counsellor's reflection under ``Maeve:`` (role_inversion); Maeve's paragraph cut after
  ``about her and`` (truncated_turn); Maeve's paragraph pasted twice with ``her`` added (near_duplicate_turn); her
  mother coming in at the end (``Mum:``, unknown_speaker). Decoys: the title and typist lines; wrapped continuation
  lines; the bullying messages she reads out, each on a line of its own (manual line breaks inside her turn); a
  counsellor turn of two paragraphs, the second unlabelled; ``Mm.`` twice; ``I can't tell my mum`` (client); a
  direct risk question; the counsellor's ``I can't keep it just between us if ...`` confidentiality limit;
  ``[recording ends]``.
* ``08_rural_support_gethin_rev.txt``: a transcription-service text export with ``Name: text`` turns, a blank line
  between them, and a time stamp ``[00:03:30]`` INSIDE the text wherever a 30-second mark falls (often mid-sentence).
  A farm-support counsellor and a dairy farmer whose herd was culled for bovine TB. Defects: a turn the typist
  corrected in an old "ANSI" editor, its apostrophes lone 0x92 bytes (encoding_error); a turn cut where the two
  halves of the transcript were joined (``the first thing I'd``: truncated_turn); a turn pasted twice, stamps and all
  (duplicate_turn); the farmer's guilt about the fencing typed under the counsellor's name (role_inversion); the last
  turn cut when the recording stopped (truncated_turn). Decoys: the header lines; inline stamps in mid-sentence; the
  farmer asking whether she has seen a herd loaded and her brief self-disclosure; the farmer quoting the vet; ``I
  can't tell you whether the valuation was fair, ... But I can ...``; ``[inaudible]``, ``[crosstalk]``; a turn broken
  off with ``--`` and ``Sorry, I cut across you. Go on.``; Welsh ``Bore da`` and ``Diolch``.
* ``09_beispielgespraech_studienzweifel_ansi.txt``: a generated German session (``Therapeutin:``/``Jonas:``, one
  turn a line) post-edited in Notepad++ and saved as "ANSI" (Windows-1252, CRLF). Defects: a therapist turn opening
  ``Natürlich! Hier ist die Fortsetzung des Gesprächs:`` (meta_text); a client turn pasted from a UTF-8 file
  (``wÃ¼rde``: mojibake); a refusal template in the familiar ``du`` in a ``Sie`` session, giving only the
  TelefonSeelsorge number (refusal); a therapist turn given three times, the third with ``gut`` added
  (repetition_loop, duplicate_turn, near_duplicate_turn); the last turn cut after ``ist`` (truncated_turn). Decoys:
  the header; correct single-byte umlauts, ``ß``, German quotation marks and an en dash; ``Hm.`` twice; ``Ich kann es
  meinen Eltern nicht sagen`` (client); ``Ich weiß nicht ...``; the client asking whether the therapist ever gave
  something up and her brief self-disclosure; the client clarifying after the refusal; a direct risk question; the
  client pointing out the repeat; ``Ob Sie das Studium abbrechen sollten, kann ich Ihnen nicht sagen. Aber ...``.
* ``10_counselling_qa_pairs.jsonl``: single-turn counselling Q&A pairs, one JSON object a line, ``{"id", "source",
  "topic", "Context", "Response"}`` (Context = the client's question, Response = the counsellor's answer; each row
  is a session of two turns). Defects: ``I'm sorry, but I'm not able to provide advice on this topic ...`` (refusal);
  an answer opening ``Here is a rewritten, more empathetic version of the answer:`` (meta_text); an answer cut by the
  scraper inside a word (truncated_turn); a Response that is the asker's own follow-up comment (role_inversion); a
  question garbled as UTF-8 read as Windows-1252 (mojibake); an empty Response (empty_turn); a row cut off in the
  middle of its Context, not valid JSON (unparseable_line, not a turn). Decoys: the same question in two rows with
  different answers; ``I can't diagnose anyone over the internet, but ...``; a lowercase question without
  punctuation; Samaritans inside a real answer; a question trailing off with ``...``; an answer quoting the word
  the question asked about.
* ``11_google_chat_takeout_messages.json``: a Google Takeout export of a Google Chat space (``{"messages": [...]}``,
  indent 2), each message with ``creator`` (``name``, ``email``, ``user_type``), ``created_date``, ``text``; a
  wellbeing adviser (Reuben Ilori, counsellor role) and a student (Efua Boateng, client) after a failed resit.
  Defects: the student's message delivered three times on a poor signal (repetition_loop, duplicate_turn,
  duplicate_turn); a message holding only an attached PDF, its text empty (empty_turn); her personal tutor posting in
  the space (unknown_speaker). Decoys: the adviser mentioning the repeated copies; ``ok`` twice; helplines inside
  real engagement; ``I can't change resit decisions myself, ... but I can ...``; a ``quoted_message_metadata`` block
  quoting the student (its ``creator`` is not a turn); the student asking whether the adviser ever failed anything
  and his brief self-disclosure; an emoji.
* ``12_intake_2024-05-14_room3.rttm``: the RTTM file of 01's diarisation (``SPEAKER file 1 onset duration <NA> <NA>
  SPEAKER_00 <NA> <NA>``): speaker segments and times, no words. It is not a transcript (unparseable_file, line 0).
  Decoys: the SPEAKER lines naming speaker ids, a SPEAKER_02 segment.

Line numbers are 1-based physical lines of the written file (the decoded text split on its line end, ``\\r\\n`` for
06 and 09, ``\\n`` for the others; an invalid byte in 08 decodes to one replacement character and does not change
the count; no other line-break character occurs), computed while the file is built:

* a turn-level row points at the line holding the turn's speaker label or its equivalent: in 01 the
  ``[SPEAKER_nn]:`` line; in 02 the message's ``<div class="message default clearfix ..." id="messageN">`` line
  (the name and text are below it; a joined message has no name); in 03 the message's ``"from": ...`` line (its
  ``"value"`` follows); in 04 the record's ``"output": ...`` line (all turns of a record share it; one row per kind
  and record); in 05 the table row; in 06 the record's line, the header being line 1; in 07 the first line of the
  turn's paragraph, where the label stands; in 08 and 09 the ``Label:`` line; in 10 the row (both turns share it;
  one row per kind); in 11 the ``"name": ...`` line inside the message's ``creator`` (``"text"`` follows);
* meta text inside a turn is marked at the turn's line (04: at the record's output line, also for the trailing
  ``Note:``); an unlabelled artefact paragraph before the first turn (07) is marked at its own first line;
* ``unparseable_line`` is marked at a line that cannot be read as a record of its layout (06's line without tabs,
  10's cut row); such a line is not a turn; the file-level row (``unparseable_file``, 12) is at line 0;
* ``encoding_error`` is marked at the turn whose line holds bytes invalid in the file's encoding (08's lone 0x92
  bytes in UTF-8); text that decodes validly but was garbled upstream is ``mojibake``, marked on every garbled turn;
  06's and 09's own single-byte characters are decoys;
* a whole session with the roles swapped (03's sgc-20418) is one ``role_inversion`` row at its first turn; a single
  turn in the other role's voice is ``role_inversion`` at its own line, whichever direction;
* a repetition loop is ``repetition_loop`` on the first occurrence, then ``duplicate_turn`` or
  ``near_duplicate_turn`` on every later copy.

Not turns: 01's ``#`` header; 02's page header, service messages and the from_name of a forward (the forwarded
text is the texter's message); 03's system messages and ids; 04's instruction and input fields; 05's heading,
typist lines, table header and notes-only row; 06's header and the Notepad line; 07's title, typist and
``[recording ends]`` lines and the AI tool's preamble; 08's header lines; 09's title and source lines; 10's cut
row; 11's ``quoted_message_metadata``, attachments and ids; all of 12. A speaker outside the counsellor/client roles
(01's SPEAKER_02, 07's ``Mum``, 11's personal tutor) speaking a turn is ``unknown_speaker``. A turn that trails off
(``...``), is broken off with ``--`` where the other speaker comes in, or is a message continued by the same
sender's next message or segment is NOT truncated; a truncated turn is cut off by the data (a stopped recording, a
token or field limit, a paste, a join) and the next turn never picks up the broken sentence.

Turns and lines that look suspicious but are clean (decoys) carry a ``decoy: ...`` tag here; the tag never reaches
the truth, and the number of decoys is printed. Standard library only.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import re
import sys
import textwrap
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

KINDS = {
    "truncated_turn",
    "role_inversion",
    "near_duplicate_turn",
    "duplicate_turn",
    "repetition_loop",
    "refusal",
    "meta_text",
    "mojibake",
    "empty_turn",
    "unknown_speaker",
    "encoding_error",
    "unparseable_line",
    "unparseable_file",
}
SESSION_KINDS = {"role_inversion"}
LINE_KINDS = {"meta_text", "unparseable_line"}
FILE_KINDS = {"unparseable_file"}
REPEAT_KINDS = {"duplicate_turn", "near_duplicate_turn"}

T, C, X = "T", "C", "?"  # counsellor role, client role, neither
RSQ, LSQ, LDQ, RDQ = "\u2019", "\u2018", "\u201c", "\u201d"
LOW_DQ = "\u201e"  # German opening quotation mark
EMDASH, ENDASH, ELLIPSIS = "\u2014", "\u2013", "\u2026"
LONE = "\ue092"  # stands for ONE lone 0x92 byte (a Windows-1252 apostrophe) written into a UTF-8 file
ENDERS = ".?!\"')]:;" + RDQ + RSQ + ELLIPSIS + "\u201c"


# ---------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------
def smart(text: str) -> str:
    """A word processor's AutoFormat: apostrophes to U+2019, single and double quotes opened and closed."""
    text = re.sub(r"(?<=\w)'", RSQ, text)
    text = re.sub(r"'(?=\w)", LSQ, text)
    out: list[str] = []
    opening = True
    for ch in text:
        if ch == '"':
            out.append(LDQ if opening else RDQ)
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


MADE_GARBLED: set[str] = set()


def moji(text: str, codec: str = "cp1252") -> str:
    """The UTF-8 bytes of ``text`` read with a single-byte code page (strict: every byte must map)."""
    out = text.encode("utf-8").decode(codec)
    assert out != text
    assert not any(0x80 <= ord(ch) < 0xA0 for ch in out), "a C1 control in the garbled text"
    MADE_GARBLED.add(out)
    return out


def _undo(text: str, codec: str) -> str | None:
    try:
        fixed = text.encode(codec).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    return fixed if fixed != text else None


def garbled(text: str) -> bool:
    """A self-check of this writer only: made by ``moji``, or reads back as UTF-8 through a single-byte code page."""
    if text in MADE_GARBLED:
        return True
    return any(_undo(text, codec) is not None for codec in ("cp1252", "latin-1"))


def jstr(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def norm(text: str) -> str:
    text = text.lower().replace(RSQ, "'").replace(LONE, "'")
    text = re.sub(r"\[\d\d:\d\d:\d\d\]", " ", text)
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def similar(a: str, b: str) -> bool:
    return difflib.SequenceMatcher(None, norm(a), norm(b), autojunk=False).ratio() > 0.85


def substantial(text: str) -> bool:
    """Long enough that a repeat is a defect rather than a backchannel."""
    return len(norm(text).replace(" ", "")) >= 12


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


class Doc:
    """Physical lines, the truth rows and decoys, and the sessions and turns behind them."""

    def __init__(
        self,
        name: str,
        roles: dict[str, str],
        *,
        encoding: str = "utf-8",
        eol: str = "\n",
        rows: bool = False,
    ) -> None:
        assert encoding in ("utf-8", "cp1252") and eol in ("\n", "\r\n")
        self.name = name
        self.roles = roles
        self.encoding = encoding
        self.eol = eol
        self.rows = rows  # several turns share one physical line (one record a line): one row per kind
        self.out: list[str] = []
        self.truth: list[tuple[int, str]] = []
        self.decoys: list[tuple[int, str]] = []
        self.sessions: list[Session] = []
        self.line_rows: set[int] = set()

    @property
    def last(self) -> int:
        return len(self.out)

    def add(self, *lines: str) -> int:
        first = len(self.out) + 1
        for line in lines:
            assert "\n" not in line and "\r" not in line, (self.name, line[:60])
            assert not any(ch in line for ch in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"), (self.name, line[:60])
            self.out.append(line)
        return first

    def _truth(self, line: int, kind: str) -> None:
        if (line, kind) in self.truth:
            assert self.rows, f"{self.name}:{line} {kind} twice"
            return
        self.truth.append((line, kind))

    def start(self, name: str, *kinds: str) -> None:
        assert set(kinds) <= SESSION_KINDS, kinds
        self.sessions.append(Session(name, tuple(kinds)))

    def turn(self, label: str, text: str, line: int, tags: Sequence[str] = (), *, anchor: str | None = None) -> None:
        assert label in self.roles, (self.name, label)
        assert self.sessions, self.name
        role = self.roles[label]
        session = self.sessions[-1]
        kinds, notes = split_tags(tags)
        assert ("mojibake" in kinds) == garbled(text), (self.name, line, text[:60])
        assert ("encoding_error" in kinds) == (LONE in text), (self.name, line)
        if "empty_turn" in kinds:
            assert text.strip() == "", (self.name, line)
        else:
            assert text.strip(), f"{self.name}:{line} empty text without empty_turn"
        assert (role == X) == ("unknown_speaker" in kinds), (self.name, line)
        if "truncated_turn" in kinds:
            assert text.rstrip()[-1] not in ENDERS, (self.name, line, text[-30:])
        row_kinds = list(kinds)
        if not session.turns:
            row_kinds = list(session.kinds) + row_kinds
        for kind in row_kinds:
            self._truth(line, kind)
        for note in notes:
            self.decoys.append((line, note))
        session.turns.append(Turn(label, role, text, line, tuple(kinds), anchor or label))

    def mark(self, line: int, *tags: str) -> None:
        """A line that is not a turn: residue (meta_text), a broken record (unparseable_line) or a decoy."""
        kinds, notes = split_tags(tags)
        assert set(kinds) <= LINE_KINDS, kinds
        for kind in kinds:
            self._truth(line, kind)
            self.line_rows.add(line)
        for note in notes:
            self.decoys.append((line, note))

    def whole(self, kind: str) -> None:
        assert kind in FILE_KINDS
        self.truth.append((0, kind))

    def render(self) -> bytes:
        text = "".join(line + self.eol for line in self.out)
        if LONE in text:
            assert self.encoding == "utf-8"
        return b"\x92".join(part.encode(self.encoding) for part in text.split(LONE))

    def expected(self) -> list[str]:
        return [line.replace(LONE, "\ufffd") for line in self.out]


Script = Sequence[tuple[str, ...]]


# ---------------------------------------------------------------------------
# 01 WhisperX text output with diarisation: "[SPEAKER_00]: text", a speaker map in the header comments
# ---------------------------------------------------------------------------
HEADER_01 = (
    "# intake_2024-05-14_room3.wav | 00:47:51 | staff wellbeing service, ambulance trust",
    "# whisperx 3.1.1 (large-v2, language en) + pyannote/speaker-diarization-3.1, min_speakers=2, max_speakers=3",
    "# speaker map, checked by E. Farah against the audio: SPEAKER_00 = counsellor, SPEAKER_01 = client (D.M.)",
    "# SPEAKER_02 = not mapped (not a participant)",
    "# one line a segment; one speaker's talk may run over several segments",
)

S01: Script = [
    (
        "SPEAKER_00",
        "Okay, that's the recorder going. As I said on the phone, it's only for my supervision and it's deleted after.",
    ),
    ("SPEAKER_01", "Yeah, that's fine."),
    (
        "SPEAKER_00",
        "So, Declan, this first session is mostly me getting a picture of what's been happening for you. Where would you like to start?",
    ),
    (
        "SPEAKER_01",
        "Probably the job in February. That's when it started, really. Well, that's when it got bad.",
    ),
    ("SPEAKER_00", "Mm-hmm.", "decoy: counsellor backchannel (1 of 4 identical ones)"),
    (
        "SPEAKER_01",
        "Can I ask what happened on that call, only as much as you feel okay sharing today?",
        "role_inversion",
    ),
    (
        "SPEAKER_01",
        "It was a cardiac arrest. Fifty-two-year-old man, collapsed in his kitchen. We were there in six minutes, which is good for round there.",
    ),
    (
        "SPEAKER_01",
        "We worked on him for forty minutes. His wife was in the doorway the whole time, his lad was on the stairs, and the crew on the other",
        "decoy: a segment that stops mid-sentence; the same speaker's next segment completes it",
    ),
    ("SPEAKER_01", "side of the station had been sent to a crash, so it was just me and Soph for the first twenty."),
    ("SPEAKER_00", "That's a long time to be working on someone with his family watching."),
    (
        "SPEAKER_01",
        "It's the job. You do it a hundred times. I have done it a hundred times. This one just won't go back in the box.",
    ),
    ("SPEAKER_00", "Mm-hmm.", "decoy: counsellor backchannel (2 of 4)"),
    ("SPEAKER_00", "When you say it won't go back in the box, what does that look like from day to day?"),
    (
        "SPEAKER_01",
        "I see it. Not all the time. I'll be making a brew and I'll see his hands, the colour of them, and I'm back in that kitchen.",
    ),
    ("SPEAKER_00", "And at night?"),
    ("SPEAKER_01", "Worse at night. I wake up at three and that's it, I'm up."),
    (
        "SPEAKER_00",
        "And when you say it comes back at night, is that as dreams, or more lying awake going over it?",
    ),
    (
        "SPEAKER_00",
        "When you say it comes back at night, is that as dreams or more lying awake going over it?",
        "near_duplicate_turn",
    ),
    (
        "SPEAKER_01",
        "Both. The dream's always the same. I'm doing compressions and the floor's gone soft, like mud, and I can't get any depth.",
    ),
    ("SPEAKER_00", "That sounds frightening, doing the one thing you're trained for and it not working."),
    ("SPEAKER_01", "I just keep seeing his hands.", "repetition_loop"),
    ("SPEAKER_01", "I just keep seeing his hands.", "duplicate_turn"),
    ("SPEAKER_01", "I just keep seeing his hands, yeah.", "near_duplicate_turn"),
    ("SPEAKER_00", "Take your time. There's no rush at all."),
    (
        "SPEAKER_01",
        "Sorry. I'm not sure I can do the going-over-it bit today.",
        "decoy: the client declining to go into detail (not a refusal)",
    ),
    (
        "SPEAKER_00",
        "That's completely okay. We don't need the details of the call today. I'm more interested in how you've been getting through the weeks since.",
    ),
    (
        "SPEAKER_01",
        "Badly, if I'm honest. I've been snapping at the kids. I was having a pint every night, then it was two or three.",
    ),
    ("SPEAKER_00", "Mm-hmm.", "decoy: counsellor backchannel (3 of 4)"),
    ("SPEAKER_01", "My wife says I've gone somewhere. That I'm in the room but I'm not."),
    ("SPEAKER_00", "How does that land, hearing her say that?"),
    ("SPEAKER_01", "She's right. I just... yeah.", "decoy: a natural trail-off"),
    (
        "SPEAKER_02",
        "This is a test of the fire alarm system. This is only a test. No action is required.",
        "unknown_speaker",
    ),
    ("SPEAKER_00", "Sorry, that's the Thursday test. It catches me out every week."),
    ("SPEAKER_01", "Do you get many of us in here? Paramedics, I mean.", "decoy: a client question"),
    (
        "SPEAKER_00",
        "Quite a few. I can't talk about anyone else, obviously, but you are very far from the only one, and the nightmares and the three a.m. waking are some of the commonest things people describe.",
        "decoy: the counsellor's 'I can't talk about anyone else', then engagement",
    ),
    (
        "SPEAKER_01",
        "Did you ever do anything like this yourself? Before this job, I mean.",
        "decoy: the client asks the counsellor a personal question",
    ),
    (
        "SPEAKER_00",
        "I was a nurse in A and E for eight years before I retrained, so I've stood in a few of those kitchens. I won't pretend it's the same as being on the road, but some of it is familiar.",
        "decoy: brief counsellor self-disclosure (not a client voice)",
    ),
    (
        "SPEAKER_01",
        'That helps, actually. Soph keeps saying "you did everything right, Dec", and I know she means it, but she wasn\'t the one holding his head.',
        "decoy: the client quoting his crewmate",
    ),
    ("SPEAKER_00", "Mm-hmm.", "decoy: counsellor backchannel (4 of 4)"),
    (
        "SPEAKER_00",
        "What I'm hearing is that the hardest part isn't knowing whether you did everything right. It's the pictures that come back without asking.",
    ),
    ("SPEAKER_01", "Yeah. That's it exactly."),
    (
        "SPEAKER_00",
        "What you're describing, the images, the waking, feeling on edge all the time, is something we see a lot after a call like that, and there are treatments that work well for it. I can't promise the pictures will disappear completely, but most people find they lose a lot of their power.",
        "decoy: 'I can't promise' from the counsellor, inside real engagement",
    ),
    ("SPEAKER_01", "What would that involve?"),
    (
        "SPEAKER_00",
        "Over the next few sessions we'd build up some skills for the nights first, and then, when you're ready and only then, we'd go back through the call slowly together, so your brain can file it as something that's over.",
    ),
    ("SPEAKER_01", "Go through it again. Right."),
    (
        "SPEAKER_00",
        "Not today. Today I'd like us to agree one thing for the nights. When you wake at three, what do you usually do?",
    ),
    ("SPEAKER_01", "Lie there. Check my phone. Go downstairs and put the telly on."),
    (
        "SPEAKER_00",
        "Would you be willing to try getting up, going into another room and doing something with your hands for twenty minutes? The bread-making you put on the form, even.",
    ),
    ("SPEAKER_01", "Kneading dough at three in the morning. She'll think I've finally lost it."),
    ("SPEAKER_00", "Tell her it's homework."),
    (
        "SPEAKER_01",
        "The bit I keep coming back to, though, is that his wife was stood in the doorway the whole time, and she kept asking me whether",
        "truncated_turn",
    ),
]


def f01() -> Doc:
    doc = Doc("01_whisperx_intake_room3.txt", {"SPEAKER_00": T, "SPEAKER_01": C, "SPEAKER_02": X})
    for index, text in enumerate(HEADER_01):
        line = doc.add(text)
        if index == 2:
            doc.mark(line, "decoy: the header comments, one naming both speaker ids and roles (not turns)")
    doc.start("intake")
    for label, text, *tags in S01:
        line = doc.add(f"[{label}]: {text}")
        doc.turn(label, text, line, tags, anchor=f"[{label}]:")
    return doc


# ---------------------------------------------------------------------------
# 02 Telegram Desktop "Export chat history" in its default HTML form (messages.html)
# ---------------------------------------------------------------------------
@dataclass
class Msg:
    sender: str
    time: str
    text: str
    tags: tuple[str, ...] = ()
    forwarded: str | None = None  # the channel the message was forwarded from
    reply_to: int | None = None  # index (in the message list) of the message replied to


def tg_esc(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace('"', "&quot;").replace("'", "&apos;")
    return text.replace("\n", "<br>")


WREN, MORVEN = "Wren", "Morven (Lantern Line)"
HUB_HOURS = (
    f"If you{RSQ}d like to talk to someone about extenuating circumstances, the Student Hub team are in "
    f"9{ENDASH}5 on weekdays, and they{RSQ}re used to exactly this."
)
MSGS_02: list[Msg] = [
    Msg(WREN, "22:41:07", "hi. is this the lantern line thing from the uni poster"),
    Msg(
        MORVEN,
        "22:42:15",
        "Hi Wren, yes, you've reached Lantern Line. I'm Morven, one of the volunteer listeners, and I'm here until 2am tonight. What's on your mind?",
    ),
    Msg(
        WREN,
        "22:43:02",
        "idk really. everything. my mum works nights at the hospital and i look after my brothers while shes out",
    ),
    Msg(
        WREN,
        "22:43:30",
        "theyre 7 and 10. i just got them down and i have a stats assignment due at 9 and i havent started it",
        ("decoy: a 'joined' message: same sender, no name in the export",),
    ),
    Msg(
        MORVEN,
        "22:45:11",
        "That's a lot to be holding at once, looking after your brothers and a deadline in the morning. How long has it been like this?",
    ),
    Msg(WREN, "22:46:40", "since september. mum went full time when dad left"),
    Msg(
        WREN,
        "22:46:52",
        "and then",
        ("decoy: a message that stops mid-sentence; the texter's next message carries on",),
    ),
    Msg(WREN, "22:47:31", "i dont know. i used to be good at uni. now i just sit at the kitchen table and stare at it"),
    Msg(
        MORVEN,
        "22:49:03",
        "It sounds like you're carrying a huge amount, and doing it quietly. Does anyone at uni know what's going on at home?",
    ),
    Msg(WREN, "22:50:18", "no. i dont want to be the person with the sob story"),
    Msg(
        MORVEN,
        "22:53:40",
        "Here's a gentle, validating reply you could send:\n\nIt makes sense that you don't want to be defined by this. Asking for some flexibility isn't a sob story, it's telling them what's actually happening for you.",
        ("meta_text",),
    ),
    Msg(WREN, "22:54:02", "ok", ("decoy: 'ok' (1 of 2 identical backchannels)",)),
    Msg(WREN, "22:54:20", "sorry i dont really know what to say"),
    Msg(MORVEN, "22:55:01", "No need to say anything in particular. I'm here, and there's no rush."),
    Msg(WREN, "22:57:44", "are you a real person or is this a bot", ("decoy: the texter asks who is answering",)),
    Msg(
        MORVEN,
        "22:58:30",
        "I'm a real person, a student volunteer like you. I'm not a counsellor, so I can't tell you what to do, but I can listen for as long as you want to talk tonight.",
        ("decoy: a volunteer stating the limits of the role ('I can't tell you what to do, but ...')",),
    ),
    Msg(WREN, "22:59:05", "ok", ("decoy: 'ok' (2 of 2)",)),
    Msg(WREN, "22:59:20", "thats nicer than a bot tbh"),
    Msg(
        WREN,
        "23:03:12",
        "sometimes i think about just not going back after easter. dropping out. it would be easier for everyone",
    ),
    Msg(
        MORVEN,
        "23:05:00",
        "When you say easier for everyone, can I check what you mean? Sometimes when people say that, they're having thoughts of not wanting to be here. Is that something you've been feeling?",
        ("decoy: a direct risk question inside real engagement",),
    ),
    Msg(WREN, "23:06:21", "no not like that. i mean mum wouldnt have to pay my rent"),
    Msg(WREN, "23:06:58", "no not like that. i mean mum wouldnt have to pay my rent", ("duplicate_turn",)),
    Msg(
        MORVEN,
        "23:08:10",
        "Thank you for telling me, and I'm glad it's not that. It sounds like a lot of this is about trying to make things lighter for your mum.",
    ),
    Msg(
        WREN,
        "23:10:45",
        "Extenuating circumstances: if something outside your control affects an assessment, you can apply up to five working days after the deadline. Evidence can include a statement from a family member.",
        (
            "decoy: a university notice forwarded by the texter (its source 'Student Hub' stands in a from_name "
            "inside the forward; neither a third speaker nor a counsellor's voice)",
        ),
        forwarded="Student Hub",
    ),
    Msg(WREN, "23:10:59", "is this the thing"),
    Msg(
        MORVEN,
        "23:12:30",
        "That looks like it, yes. It's worth reading the whole page, it usually says who to contact.",
        ("decoy: a reply-to block pointing at the forwarded message",),
        reply_to=23,
    ),
    Msg(MORVEN, "23:13:02", moji(HUB_HOURS), ("mojibake",)),
    Msg(WREN, "23:15:40", "i might email them tomorrow. if i can face it"),
    Msg(WREN, "23:16:25", "i might email them tmrw if i can face it", ("near_duplicate_turn",)),
    Msg(
        MORVEN,
        "23:17:30",
        "That sounds like a good plan, and it's okay if tomorrow it feels like too much. Would it help to think now about what you might put in the email?",
    ),
    Msg(WREN, "23:19:02", "yeah maybe. just that mum works nights and i have the boys"),
    Msg(MORVEN, "23:20:15", "That's enough, honestly. Two sentences is plenty."),
    Msg(
        MORVEN,
        "23:20:48",
        "If you ever want to talk to someone by phone instead, our volunteers are on from 8pm every night, and the number for",
        ("truncated_turn",),
    ),
    Msg(WREN, "23:22:10", "ill save this chat"),
    Msg(WREN, "23:22:41", "thanks morven. i think ill do the intro of the assignment and then sleep"),
    Msg(
        MORVEN,
        "23:23:30",
        "That sounds like a kind plan. Take care tonight, Wren, and you're welcome back any evening.",
    ),
    Msg(WREN, "23:24:02", "\U0001f642", ("decoy: an emoji-only message",)),
]

TG_HEAD = (
    "<!DOCTYPE html>",
    "<html>",
    "",
    " <head>",
    "",
    '  <meta charset="utf-8"/>',
    "<title>Exported Data</title>",
    "",
    '  <meta content="width=device-width, initial-scale=1.0" name="viewport"/>',
    "",
    '  <link href="css/style.css" rel="stylesheet"/>',
    "",
    '  <script src="js/script.js" type="text/javascript">',
    "",
    "  </script>",
    "",
    " </head>",
    "",
    ' <body onload="CheckLocation();">',
    "",
    '  <div class="page_wrap">',
    "",
    '   <div class="page_header">',
    "",
    '    <div class="content">',
    "",
    '     <div class="text bold">',
    "Wren",
    "     </div>",
    "",
    "    </div>",
    "",
    "   </div>",
    "",
    '   <div class="page_body chat_page">',
    "",
    '    <div class="history">',
    "",
    '     <div class="message service" id="message-1">',
    "",
    '      <div class="body details">',
    "14 March 2024",
    "      </div>",
    "",
    "     </div>",
    "",
)
TG_TAIL = ("    </div>", "", "   </div>", "", "  </div>", "", " </body>", "", "</html>")


def f02() -> Doc:
    doc = Doc("02_telegram_lantern_line_messages.html", {WREN: C, MORVEN: T})
    doc.add(*TG_HEAD)
    doc.mark(doc.out.index("14 March 2024") + 1, "decoy: the service message with the date (not a turn)")
    assert all(MSGS_02[m.reply_to].forwarded for m in MSGS_02 if m.reply_to is not None)
    doc.start("chat")
    userpic = {WREN: ("userpic4", "W"), MORVEN: ("userpic7", "M")}
    ids = [5120 + index for index in range(len(MSGS_02))]
    previous = ""
    for index, msg in enumerate(MSGS_02):
        joined = msg.sender == previous
        previous = msg.sender
        mid = ids[index]
        css = "message default clearfix joined" if joined else "message default clearfix"
        line = doc.add(f'     <div class="{css}" id="message{mid}">', "")
        if not joined:
            pic, initial = userpic[msg.sender]
            doc.add(
                '      <div class="pull_left userpic_wrap">',
                "",
                f'       <div class="userpic {pic}" style="width: 42px; height: 42px">',
                "",
                '        <div class="initials" style="line-height: 42px">',
                initial,
                "        </div>",
                "",
                "       </div>",
                "",
                "      </div>",
                "",
            )
        doc.add(
            '      <div class="body">',
            "",
            f'       <div class="pull_right date details" title="14.03.2024 {msg.time} UTC+00:00">',
            msg.time[:5],
            "       </div>",
            "",
        )
        if not joined:
            doc.add('       <div class="from_name">', msg.sender, "       </div>", "")
        if msg.reply_to is not None:
            target = ids[msg.reply_to]
            doc.add(
                '       <div class="reply_to details">',
                f'In reply to <a href="#go_to_message{target}" onclick="return GoToMessage({target})">this message</a>',
                "       </div>",
                "",
            )
        if msg.forwarded:
            doc.add(
                '       <div class="forwarded body">',
                "",
                '        <div class="from_name">',
                f'{msg.forwarded}<span class="date details" title="11.03.2024 10:15:02 UTC+00:00"> 11.03.2024 10:15:02</span>',
                "        </div>",
                "",
                '        <div class="text">',
                tg_esc(msg.text),
                "        </div>",
                "",
                "       </div>",
                "",
            )
        else:
            doc.add('       <div class="text">', tg_esc(msg.text), "       </div>", "")
        doc.add("      </div>", "", "     </div>", "")
        doc.turn(msg.sender, msg.text, line, msg.tags, anchor=f'id="message{mid}"')
    doc.add(*TG_TAIL)
    return doc


# ---------------------------------------------------------------------------
# 03 ShareGPT-style JSON (one array, json.dump indent=2): {"id", "conversations": [{"from", "value"}]}
# ---------------------------------------------------------------------------
SYSTEM_03 = (
    "You are an empathetic counselling assistant. Use reflective listening and open questions, "
    "keep replies short, and do not diagnose."
)
CONVS_03: list[tuple[str, tuple[str, ...], Script]] = [
    (
        "sgc-20417",
        (),
        [
            (
                "human",
                "I have a 3000-word essay due on Friday and I've written 200 words. I keep opening the document and then somehow I'm on my phone an hour later.",
            ),
            (
                "gpt",
                "That cycle of opening the document and then losing an hour sounds really frustrating, especially with Friday getting closer. What tends to happen in the moment just before you pick up your phone?",
            ),
            ("human", "I read back what I've written and it's rubbish, so I think I'll just check one thing first."),
            (
                "gpt",
                "So there's a moment of reading it back, a verdict that it's rubbish, and then the phone offers a quick way out of that feeling. Does that sound right?",
            ),
            ("human", "Yeah. Pretty much exactly."),
            (
                "gpt",
                "What do you imagine would happen if you kept writing through the 'this is rubbish' feeling, just for ten minutes?",
            ),
            ("human", "Honestly? Probably nothing. It would just be more rubbish words."),
            (
                "gpt",
                "More rubbish words are still more words, and first drafts are allowed to be rough. Some people give themselves permission to write a deliberately bad draft. How would that feel for you?",
            ),
            (
                "human",
                "Weird. Do you ever procrastinate? Or is that a stupid thing to ask an AI?",
                "decoy: the user asks the assistant a personal question",
            ),
            (
                "gpt",
                "Not stupid at all. I'm an AI, so I don't have deadlines or a phone pulling at me the way you do, but I can help you think this through. What's one small piece of the essay you could draft tonight?",
                "decoy: the assistant says it is an AI and goes on engaging (not a refusal)",
            ),
            ("human", "The introduction I guess", "decoy: a short answer without a full stop"),
            (
                "gpt",
                "Great. Ten minutes, phone in another room, a deliberately rough introduction. Would you be up for trying that and noticing what your mind says while you do it?",
            ),
            ("human", "I'll try. No promises."),
        ],
    ),
    (
        "sgc-20418",
        ("role_inversion",),
        [
            ("human", "Hi, thanks for coming in today. What would you like to talk about?"),
            (
                "gpt",
                "It's my boyfriend. Well, it's me really. I keep checking his phone when he's in the shower and I hate myself for it.",
            ),
            (
                "human",
                "It sounds like part of you feels driven to check, and another part feels ashamed afterwards. What happens just before you pick up his phone?",
            ),
            (
                "gpt",
                "I get this feeling in my stomach, like something's wrong and I'm the last to know. My last boyfriend cheated for a year and everyone knew except me.",
            ),
            (
                "human",
                "So the checking makes sense as a way of never being the last to know again. Has it ever given you the reassurance you were looking for?",
            ),
            ("gpt", "For about ten minutes. Then I start wondering what he's deleted."),
            (
                "human",
                "Ten minutes of relief, and then the doubt comes back even stronger. That's often how checking works. What would it be like to notice the feeling in your stomach without acting on it, just once?",
            ),
            ("gpt", "Terrifying. But I'd like to be able to. I don't want to be that person."),
            (
                "human",
                "Being able to sit with it, even briefly, is something we can practise together. Would you be willing to write down the times you feel the urge this week, and what you do instead?",
            ),
            ("gpt", "Okay. I can do that."),
        ],
    ),
    (
        "sgc-20419",
        (),
        [
            (
                "human",
                "I've been getting the urge to hurt myself again. I haven't done it for eight months and I really don't want to lose that.",
            ),
            (
                "gpt",
                "I'm really sorry, but I can't help with this. Please reach out to a mental health professional or contact a crisis line such as Samaritans on 116 123.",
                "refusal",
            ),
            (
                "human",
                "I'm not in danger, I just want to talk about the urges. My therapist is away this week.",
                "decoy: the user objecting to the refusal",
            ),
            (
                "gpt",
                "Sure! Here's how a counsellor might respond in this situation:\n\nThank you for explaining. Eight months is something you've worked hard for, and it makes sense that you want to protect it. What tends to bring the urges on?",
                "meta_text",
            ),
            ("human", "Usually evenings, when my flat's quiet and I replay conversations from work."),
            ("gpt", "Evenings, in the quiet, replaying conversations. What kind of conversations come back?"),
            (
                "human",
                "It sounds like the quiet gives the critical voice more room, and that the replaying might be a way of trying to get ahead of criticism. What have you found helps when the evenings get like that?",
                "role_inversion",
            ),
            (
                "gpt",
                "Let's look at that together. On the evenings in the last eight months when the urge came and you didn't act on it, what did you do instead?",
            ),
            ("human", "Had a cold shower. Rang my sister. Went to the big Sainsbury's just to be around people."),
            (
                "gpt",
                "Those are three different kinds of help: something physical, someone to talk to, and getting out of the quiet. Which of them is easiest to reach this week?",
            ),
            ("human", "The supermarket, probably. My sister's just had a baby."),
            (
                "gpt",
                "Going out to be around people is a good option to have. It might help to write all three down somewhere you'll see them in the evening. And if an urge ever feels stronger than you can manage, Samaritans are there on 116 123, day or night.",
                "decoy: a helpline given inside real engagement (not a refusal)",
            ),
            ("human", "Ok. That's actually helpful."),
        ],
    ),
    (
        "sgc-20420",
        (),
        [
            (
                "human",
                "I've got a job interview on Thursday and I'm already not sleeping. Last time my voice shook so much I had to stop mid-answer.",
            ),
            (
                "gpt",
                "That sounds like a really distressing experience to carry into Thursday. What do you remember about the moment your voice started to shake?",
            ),
            (
                "human",
                "I was talking about my last job and I saw one of them write something down, and I just thought, that's it, they've seen through me.",
            ),
            (
                "gpt",
                "So in that moment the note-taking became evidence that they'd seen through you. What did you think they'd seen?",
            ),
            ("human", "That I'm not as capable as my CV says."),
            (
                "gpt",
                "That thought, 'I'm not as capable as my CV says', sounds like it carries a lot of weight. How much do you believe it right now, from 0 to 100?",
            ),
            ("human", "Like 70."),
            (
                "gpt",
                "That thought, 'I'm not as capable as my CV says', sounds like it carries a lot of weight for you. How strongly do you believe it right now, from 0 to 100?",
                "near_duplicate_turn",
            ),
            ("human", "I said 70. Are you ok?", "decoy: the user points out the repeat"),
            (
                "gpt",
                "You're right, you did, I'm sorry. Seventy is high, and it tells me how real this feels. What would you say to a friend who had that thought before an interview?",
                "decoy: an apology that goes on engaging (not a refusal)",
            ),
            ("human", "I'd tell them they got the interview for a reason."),
            ("gpt", "That's a kind and fair thing to say. Is there any reason it applies to them and not to you?"),
            ("human", "I suppose not. Should I take propranolol? My friend swears by it."),
            ("gpt", "I'm not able to provide medical advice. Please consult a doctor or pharmacist.", "refusal"),
            ("human", "ok. What can I do in the meantime then?"),
            (
                "gpt",
                "In the meantime, a few things can help: practising your answers out loud so your voice gets used to them, slowing your breathing before you go in, and reminding yourself that interviewers take notes because they have to, not because they've spotted something. On the morning itself, try to notice the first physical sig",
                "truncated_turn",
            ),
        ],
    ),
]


def json_doc_lines(data: object, indent: int) -> list[str]:
    text = json.dumps(data, indent=indent, ensure_ascii=False)
    assert json.loads(text) == data
    return text.split("\n")


def f03() -> Doc:
    doc = Doc("03_sharegpt_counselling_v2.json", {"human": C, "gpt": T})
    data = []
    for conv_id, _, turns in CONVS_03:
        messages = [{"from": "system", "value": SYSTEM_03}]
        messages += [{"from": label, "value": text} for label, text, *_ in turns]
        data.append({"id": conv_id, "conversations": messages})
    lines = json_doc_lines(data, 2)
    doc.add(*lines)
    froms = [number for number, line in enumerate(lines, 1) if line.startswith('        "from": ')]
    position = iter(froms)
    for conv_id, kinds, turns in CONVS_03:
        system_line = next(position)
        assert '"system"' in lines[system_line - 1]
        if conv_id == "sgc-20417":
            doc.mark(system_line, "decoy: the system message (in every conversation; not a turn)")
        doc.start(conv_id, *kinds)
        for label, text, *tags in turns:
            line = next(position)
            assert lines[line - 1] == f'        "from": "{label}",'
            doc.turn(label, text, line, tags, anchor=f'"from": "{label}"')
    assert next(position, None) is None
    return doc


# ---------------------------------------------------------------------------
# 04 Alpaca-style JSON (one array, json.dump indent=4): the output holds a whole session
# ---------------------------------------------------------------------------
CO4, CL4, OUT4 = "Counsellor", "Client", "(output)"
RECS_04: list[dict[str, object]] = [
    {
        "instruction": "Write a realistic transcript of a counselling session between a counsellor and a client. Label every line with 'Counsellor:' or 'Client:'.",
        "input": "Client: 44-year-old father, recently separated, finds the weekend handovers of his two children very hard.",
        "input_decoy": "decoy: an input line that opens 'Client:' (a profile, not a turn)",
        "sep": "\n",
        "turns": [
            (CO4, "Hi, come in and have a seat. How have the last couple of weeks been?"),
            (
                CL4,
                "Rough. Sunday handovers are the worst. I drop the kids at hers and then I sit in the car outside for twenty minutes.",
            ),
            (CO4, "Twenty minutes in the car. What's happening for you in those twenty minutes?"),
            (
                CL4,
                "Mostly replaying what she said at the door. She always has a dig about something, the washing, bedtimes, whatever.",
            ),
            (CO4, "And after the dig, what do you say?"),
            (CL4, "Nothing. I just nod. Then I shout at the steering wheel."),
            (CO4, "So you hold it in at the door so the kids don't see, and it comes out in the car."),
            (CL4, "Yeah.", "decoy: 'Yeah.' (1 of 2 identical backchannels in this output)"),
            (
                CO4,
                "That sounds exhausting, and also quite protective of your children. Is there anything about the handover itself you'd like to change?",
            ),
            (
                CL4,
                "I'd like to stop going to the door. Maybe do it at the leisure centre car park instead. But I'm worried the court would see that as me being difficult.",
            ),
            (
                CO4,
                "I can't tell you how a court would see it, that's really a question for your solicitor, but we can look at how you might raise the idea with her in a way that feels calm.",
                "decoy: a counsellor's legitimate limit ('I can't tell you how a court would see it'), then engagement",
            ),
            (CL4, "Yeah.", "decoy: 'Yeah.' (2 of 2)"),
            (CO4, "What would you want your first sentence to be?"),
            (CL4, "Something like, I think handovers would be easier for the kids somewhere neutral."),
            (
                CO4,
                "That keeps the focus on the children, which is often the easiest way in. Shall we practise it a couple of times?",
            ),
        ],
    },
    {
        "instruction": "Generate a counselling conversation about grief. Use the format Counsellor:/Client:.",
        "input": "",
        "sep": "\n\n",
        "prefix": "Sure! Here's a realistic counselling session between a counsellor and a client dealing with grief:",
        "kinds": ("meta_text",),
        "turns": [
            (
                CO4,
                "Thank you for coming in today. I understand your brother died earlier this year. Where would you like to begin?",
            ),
            (
                CL4,
                "I don't really know. Everyone keeps saying it gets easier, and it hasn't. If anything it's harder now than in the first month.",
            ),
            (CO4, "Harder now than at the start. What's different about now?"),
            (CL4, "At the start everyone was around. Now they've all gone back to normal and I'm still not."),
            (CO4, "So the world has moved on and you're still in it. That can feel very lonely."),
            (CL4, "It is. I still have his number in my phone. Sometimes I text him."),
            (CO4, "What do you write to him?"),
            (CL4, "Stupid things. The football score. That Mum's finally learned to do video calls."),
            (CO4, "They don't sound stupid. They sound like the things you'd have told him anyway."),
            (CL4, "I suppose that's true. I just worry people would think I'm not coping."),
            (
                CO4,
                "Many people keep talking to the person they've lost in some way. It can be part of staying connected while you grieve. How does it feel after you send one?",
            ),
            (CL4, "Sad. But a bit lighter, too."),
        ],
    },
    {
        "instruction": "Write a counselling session transcript with a client who has health anxiety. Label each turn.",
        "input": "Setting: second session, CBT.",
        "sep": "\n",
        "turns": [
            (CO4, "Last time you mentioned checking your body a lot. How has that been this week?"),
            (CL4, "Bad. I found a lump on my neck on Tuesday and I've been checking it maybe thirty times a day."),
            (CO4, "Thirty times a day. What do you do when you check?"),
            (CL4, "I press it to see if it's got bigger. Then I google it. Then I press it again."),
            (CO4, "And after checking, how do you feel?"),
            (
                CL4,
                "Better for a minute. Then worse, because I've pressed it so much it's sore, and sore is one of the symptoms.",
            ),
            (CO4, "So the checking itself creates a new sensation, and then that feels like evidence."),
            (
                CL4,
                "I never thought of it like that. Have you had clients like me who turned out to actually be ill?",
                "decoy: the client asks the counsellor a question",
            ),
            (
                CO4,
                "That's an understandable question. I can't predict your health, and your GP is the right person for the lump itself, but what we can look at here is the checking, because that's what's taking over your days.",
                "decoy: 'I can't predict your health ... your GP is the right person', inside engagement",
            ),
            (CL4, "The GP said it's a lymph node. She said come back in three weeks if it's still there."),
            (CO4, "What would it be like to check only once a day until that appointment?"),
            (CL4, "I think what scares me most is that if I stop checking, then", "truncated_turn"),
        ],
    },
    {
        "instruction": "Create a dialogue between a counsellor and a recently retired client who feels they have lost their purpose.",
        "input": "",
        "sep": "\n",
        "turns": [
            (CO4, "You retired in March after thirty-eight years at the bus depot. How has it been?"),
            (CL4, "Strange. The first fortnight was like a holiday. Now I don't know what day it is half the time."),
            (CO4, "The structure has gone, and maybe some of who you were at work has gone with it."),
            (CL4, "That's it. I was the one people came to. Now nobody needs me for anything."),
            (CO4, "Being needed mattered a great deal to you."),
            (
                CL4,
                "It sounds as though losing the routine has also meant losing the sense of being useful that came with it. What used to give you that feeling outside work?",
                "role_inversion",
            ),
            (CO4, "Take your time with that one."),
            (CL4, "The greenhouse, I suppose. And I used to coach the under-twelves at football, years ago."),
            (CO4, "What made you stop coaching?"),
            (CL4, "My knees, and the shifts. By the time I got home it was dark."),
            (CO4, "Being needed mattered a great deal to you.", "duplicate_turn"),
            (
                CL4,
                "It did. It does. Maybe the club still needs people. Not for running about, but for the kit and the minibus.",
            ),
            (
                CO4,
                "That sounds like a way of being useful that fits where you are now. Would you be willing to ring them this week?",
            ),
            (CL4, "I could do that. My wife would be glad to have me out from under her feet."),
        ],
    },
    {
        "instruction": "Write a counselling session transcript between a school counsellor and a 16-year-old who self-harms.",
        "input": "",
        "sep": "\n",
        "turns": [
            (
                OUT4,
                "I'm sorry, but I can't create a transcript that depicts self-harm by a minor. If you're developing training materials, I'd suggest drawing on published resources from a professional body, or I can write a session about coping with exam stress instead.",
                "refusal",
            ),
        ],
    },
    {
        "instruction": "Write a realistic counselling transcript with an adult client who is worried about her eating.",
        "input": "Client: 29, skips meals when stressed, recently fainted at work.",
        "input_decoy": "decoy: another input line that opens 'Client:'",
        "sep": "\n",
        "suffix": "Note: This transcript is fictional and intended for training purposes only.",
        "kinds": ("meta_text",),
        "turns": [
            (
                CO4,
                "Thanks for coming. You mentioned on the form that you fainted at work last month. Can you tell me a bit about that?",
            ),
            (
                CL4,
                "I'd had a coffee and nothing else until three. It's been like that since the restructure. When I'm stressed I just can't face food.",
            ),
            (CO4, "So when work gets stressful, eating is one of the first things to go."),
            (CL4, "Yes. And then I feel sort of in control, which sounds mad."),
            (
                CO4,
                "I'm sorry, but I can't continue this conversation as it involves discussing disordered eating behaviours. Please reach out to a healthcare professional or an eating disorder helpline for support.",
                "refusal",
            ),
            (CL4, "Oh. Okay."),
        ],
    },
]


def f04() -> Doc:
    doc = Doc("04_alpaca_counselling_sessions.json", {CO4: T, CL4: C, OUT4: T}, rows=True)
    data = []
    for rec in RECS_04:
        turns = rec["turns"]
        assert isinstance(turns, list)
        body = str(rec["sep"]).join(text if label == OUT4 else f"{label}: {text}" for label, text, *_ in turns)
        if "prefix" in rec:
            body = f"{rec['prefix']}\n\n{body}"
        if "suffix" in rec:
            body = f"{body}\n\n{rec['suffix']}"
        data.append({"instruction": rec["instruction"], "input": rec["input"], "output": body})
    lines = json_doc_lines(data, 4)
    doc.add(*lines)
    outputs = [number for number, line in enumerate(lines, 1) if line.startswith('        "output": ')]
    inputs = [number for number, line in enumerate(lines, 1) if line.startswith('        "input": ')]
    assert len(outputs) == len(inputs) == len(RECS_04)
    for index, rec in enumerate(RECS_04):
        line = outputs[index]
        if "input_decoy" in rec:
            doc.mark(inputs[index], str(rec["input_decoy"]))
        doc.start(f"record {index + 1}")
        extra = rec.get("kinds", ())
        assert isinstance(extra, tuple)
        turns = rec["turns"]
        assert isinstance(turns, list)
        for position, (label, text, *tags) in enumerate(turns):
            doc.turn(label, text, line, [*tags, *(extra if position == 0 else ())], anchor='"output": ')
    return doc


# ---------------------------------------------------------------------------
# 05 Markdown table in WIDE layout: the words stand in the column of the person speaking
# ---------------------------------------------------------------------------
CO5, CL5, NOTE5 = "Counsellor", "Client", "note"
ROWS_05: list[tuple[str, ...]] = [
    ("00:00", CO5, "Hello again, Bernadette. Come and sit down. How has this fortnight been?", ""),
    (
        "00:12",
        CL5,
        "Long. Dad's had two falls since I saw you, and the second time he didn't know who I was when I got there.",
        "",
    ),
    ("00:31", CO5, "Two falls, and then that moment of him not recognising you. That must have been frightening.", ""),
    (
        "00:44",
        CL5,
        "It was the not recognising that got me. The falls I can deal with. I've done the first aid course.",
        "",
    ),
    ("01:02", CO5, "Mm.", "", "decoy: 'Mm.' in the counsellor column (1 of 3)"),
    (
        "01:05",
        CL5,
        "He called me Mrs Kelly. That was his neighbour in the seventies.",
        "laughs",
        "decoy: the typist's note 'laughs' in the Notes column",
    ),
    ("01:19", CO5, "What was that like for you, being called by someone else's name?", ""),
    (
        "01:28",
        CL5,
        "Like I'd been rubbed out. I know it's the illness. I know that. But for a second I was nobody to him.",
        "",
    ),
    ("01:49", CO5, "Mm.", "", "decoy: 'Mm.' (2 of 3)"),
    (
        "01:52",
        CL5,
        "So even knowing it's the illness, there's a kind of grief in that moment of not being known by him.",
        "",
        "role_inversion",
    ),
    ("02:10", CL5, "Grief. Yes. People keep using that word and I keep thinking, but he's still here.", ""),
    (
        "02:24",
        CO5,
        "Grieving someone who is still alive can be one of the most confusing kinds of loss. There's no funeral for it, and nobody brings round a casserole.",
        "",
    ),
    ("02:40", CL5, "No. Nobody brings a casserole for this.", "laughs"),
    (
        "02:47",
        NOTE5,
        "",
        "[phone buzzes; B. reads a message, about 20 sec]",
        "decoy: a notes-only row with both speaker cells empty (not an empty turn)",
    ),
    ("03:10", CO5, "Is everything alright?", ""),
    ("03:12", CL5, "It's the care agency. The Tuesday lady can't come. That's the third time this month.", ""),
    (
        "03:25",
        CO5,
        "I haven't had a full night since Easter. I sleep with the baby monitor on so I can hear him on the stairs.",
        "",
        "role_inversion",
    ),
    ("03:44", CO5, "That's months of broken sleep. How are you keeping going?", ""),
    ("03:52", CL5, "Coffee and stubbornness, mostly.", "laughs"),
    (
        "04:01",
        CL5,
        'My brother rings on Sundays and says<br>"you\'re doing brilliantly, Bernie",<br>and then he goes back to his life in Bristol.',
        "",
        "decoy: <br> line breaks inside a cell around a quotation of her brother",
    ),
    (
        "04:20",
        CO5,
        "It sounds like you're carrying most of it on your own, and his phone calls don't change that.",
        "",
    ),
    (
        "04:32",
        CL5,
        "Have you had to do this? With your own mum or dad?",
        "",
        "decoy: the client asks the counsellor a personal question",
    ),
    (
        "04:40",
        CO5,
        "My mum had dementia, so I know a little of how relentless it can be. But every family's version is different, and I'd like to hear more about yours.",
        "",
        "decoy: brief counsellor self-disclosure that turns back to the client",
    ),
    (
        "04:58",
        CL5,
        "Ours is me, mostly. And the care home question, which is the thing I actually came to talk about.",
        "",
    ),
    ("05:10", CO5, "Tell me about the care home question.", ""),
    (
        "05:16",
        CL5,
        "There's a place near me with a room coming up. Dad always said, \"don't you ever put me in one of those places.\" I promised him.",
        "",
        "decoy: the client quoting her father",
    ),
    ("05:38", CO5, "So there's the room, and there's a promise you made when he was well.", ""),
    (
        "05:47",
        CL5,
        "And the fees are nearly four thousand a month, so we'd have to sell the house, which my brother is dead against, and",
        "",
        "truncated_turn",
    ),
    ("06:05", CO5, "Mm.", "", "decoy: 'Mm.' (3 of 3)"),
    (
        "06:08",
        CO5,
        "I can't advise you on the fees or the house, that really is one for a financial adviser or the council's assessment team, but I can help you think about the promise. What do you think your dad meant when he said it?",
        "",
        "decoy: a counsellor's legitimate limit ('I can't advise you on the fees'), then engagement",
    ),
    ("06:30", CL5, "That he didn't want to be abandoned. Left somewhere with strangers and forgotten about.", ""),
    ("06:44", CO5, "Not being abandoned. And would moving to the home mean abandoning him, the way he meant it?", ""),
    ("06:55", CL5, "Not if I'm there every day. Not if I still do his tea on Sundays.", ""),
    ("07:10", CO5, "What would keeping the spirit of that promise look like?", ""),
    ("07:18", CL5, "Going every day. Bringing his radio. Making sure they know he likes his tea stewed.", ""),
    (
        "07:31",
        CL5,
        "Going in every day. Bringing his radio. Making sure they know he likes his tea stewed.",
        "",
        "near_duplicate_turn",
    ),
    ("07:40", CO5, "That sounds like someone keeping a promise, just in a different way.", ""),
    ("07:49", CL5, "Maybe. I need to think about it. Can I bring my brother next time?", ""),
    (
        "07:58",
        CO5,
        "Of course. It might help for him to hear some of this in the room. Shall we look at diaries?",
        "",
    ),
    ("08:06", CL5, "Yes. Thank you. Honestly.", ""),
]


def f05() -> Doc:
    doc = Doc("05_carer_session3_table.md", {CO5: T, CL5: C})
    doc.add(
        "# Carer support, session 3 (B.)",
        "",
        "Typed from the audio by G. Ansah, 02/05/2024. The words stand in the column of the person speaking;",
        "the Notes column is the typist's.",
        "",
        "| Time | Counsellor | Client | Notes |",
        "|------|------------|--------|-------|",
    )
    doc.mark(6, "decoy: the table header naming both roles (not a turn)")
    doc.start("session 3")
    for time, who, text, notes, *tags in ROWS_05:
        assert "|" not in text + notes
        counsellor = text if who == CO5 else ""
        client = text if who == CL5 else ""
        line = doc.add(f"| {time} | {counsellor} | {client} | {notes} |")
        if who == NOTE5:
            for tag in tags:
                doc.mark(line, tag)
            continue
        doc.turn(who, text, line, tags, anchor=f"| {time} |")
    doc.add("", "End of recording 08:14.")
    return doc


# ---------------------------------------------------------------------------
# 06 MI coding sheet saved by Excel as "Text (Tab delimited)" (Windows-1252, CRLF), renamed .tsv, turn ids
# ---------------------------------------------------------------------------
PR6, CL6 = "Practitioner", "Client"
SUMMARY_06 = (
    "Let me see if I've got the whole picture. You've noticed it creeping earlier in the day, you're not keen on "
    "the morning one now you've thought about the forklift, the evening one helps your head switch off from money "
    "and your ex and the warehouse, and your plan is to leave it at home so the jacket stays empty and see how the "
    "week goes."
)
ROWS_06: list[tuple[str, ...]] = [
    (
        PR6,
        "Hi Dylan, good to see you again. Last time we finished with you saying you'd keep a note of when you smoke. How did that go?",
        "OQ",
        "",
    ),
    (
        CL6,
        "I did it for about four days, then I forgot. But four days was enough to be a bit of a shock, to be honest.",
        "CT+",
        "",
    ),
    (PR6, "A bit of a shock. What surprised you?", "OQ", ""),
    (
        CL6,
        "That it's not really evenings any more. I was having one before work. Every day. I didn't clock that.",
        "CT+",
        "",
    ),
    (
        PR6,
        "So it's crept earlier in the day without you noticing, and seeing it written down made it real.",
        "CR",
        "",
    ),
    (CL6, "Yeah.", "", "", "decoy: 'Yeah.' (1 of 2 identical client rows)"),
    (PR6, "What do you make of that, the one before work?", "OQ", ""),
    (
        CL6,
        "I work in a warehouse, so it's fine, it's not like I'm driving. Well. I drive the forklift.",
        "ST",
        "",
    ),
    (PR6, "You drive the forklift.", "SR", "long pause"),
    (CL6, "Yeah.", "", "", "decoy: 'Yeah.' (2 of 2)"),
    (CL6, "I know. I know how that sounds.", "CT+", ""),
    (PR6, "It sounds like part of you is already a bit uneasy about it.", "CR", ""),
    (
        CL6,
        moji(
            smart(
                "Me and my mate used to spend \u00a315 a day between us. I've cut that down, but I don't even enjoy it that much any more, it's just what I do."
            )
        ),
        "CT+",
        "pasted from the ASR draft",
        "mojibake",
    ),
    (PR6, "If it's not much fun any more, what is it doing for you?", "OQ", ""),
    (
        CL6,
        'My mum says I\'m "wasting my life on the sofa", which, fair. But it switches my head off. Otherwise I lie there going over everything.',
        "ST",
        "",
        "decoy: a quoted cell with doubled straight quotes (Excel's quoting), the client quoting his mum",
    ),
    (PR6, "So it does something important for you: it quietens your head at night. Going over what, mostly?", "CR", ""),
    (
        CL6,
        "Money, I owe my brother \u00a3300. Whether I'll still be in that warehouse when I'm forty. My ex.",
        "",
        "",
        "decoy: a correct single-byte pound sign and curly apostrophe in this Windows-1252 file",
    ),
    (PR6, "Those are big things to be going over on your own at night.", "CR", ""),
    (
        CL6,
        "I can't promise I'll stop, you know. I'm not going to sit here and say I'm quitting.",
        "ST",
        "",
        "decoy: 'I can't promise' from the client",
    ),
    (
        PR6,
        "That's fine. I'm not asking you to promise anything. It's your decision what changes, if anything does.",
        "Emph",
        "",
    ),
    (
        CL6,
        "It sounds like you value the way it switches your head off, and at the same time you're not comfortable with the one before work. Where would you like to go with that?",
        "",
        "",
        "role_inversion",
    ),
    (PR6, "What would you like to do about the morning one, if anything?", "OQ", ""),
    (CL6, "Maybe drop the morning one. Keep the evening. See how I go.", "CT+", ""),
    (PR6, "Dropping the morning one. What would make that easier?", "OQ", ""),
    (CL6, "Not having it in my jacket, probably. If it's in the jacket, it gets smoked.", "CT+", ""),
    (CL6, "Not having it in my jacket, probably. If it's in the jacket, it gets smoked.", "CT+", "", "duplicate_turn"),
    (PR6, "Leaving it at home. That's a very practical idea.", "AF", ""),
    (
        CL6,
        "And my mate picks me up at half seven, so if I'm not ready he just goes without me. That'd help.",
        "CT+",
        "",
    ),
    ("NOTE", "NB 40 sec not recorded here (recorder battery), the practitioner's question is missing"),
    (
        PR6,
        "Can I share something some people find useful about sleep, since that's where the evenings come in?",
        "Seek",
        "",
    ),
    (CL6, "Go on.", "", ""),
    (
        PR6,
        "Lots of people who use cannabis to get to sleep find the first week or two without it rough, with vivid dreams, and then it settles. I can't tell you how it'll be for you, but it helps to know it's usually temporary.",
        "GI",
        "",
        "decoy: 'I can't tell you how it'll be for you', then information (not a refusal)",
    ),
    (CL6, "Vivid dreams. Great.", "ST", "laughs", "decoy: a coder note 'laughs'"),
    (PR6, SUMMARY_06[:255], "CR", "", "truncated_turn"),
    (CL6, "Yeah, that's about the size of it.", "", ""),
    (PR6, "What's one thing you'll do this week?", "OQ", ""),
    (
        CL6,
        "Jacket stays empty. Morning one's gone. I'll tell you next week if I managed it.",
        "CT+",
        "",
    ),
    (PR6, "That sounds like a clear plan, and it's yours. I look forward to hearing how it goes.", "AF", ""),
]


def tsv_line(values: Sequence[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter="\t", lineterminator="\n").writerow(values)
    text = buffer.getvalue()
    assert text.endswith("\n") and text.count("\n") == 1
    return text[:-1]


def f06() -> Doc:
    doc = Doc("06_mi_cannabis_s2_coded.tsv", {PR6: T, CL6: C}, encoding="cp1252", eol="\r\n")
    assert len(SUMMARY_06) > 255 and SUMMARY_06[254].isalpha() and SUMMARY_06[255].isalpha()
    doc.add(tsv_line(["TurnID", "Speaker", "Utterance", "MITI", "Coder_note"]))
    doc.start("MI04 session 2")
    number = 0
    for who, text, *rest in ROWS_06:
        if who == "NOTE":
            doc.mark(doc.add(text), "unparseable_line")
            continue
        code, note, *tags = rest
        number += 1
        turn_id = f"MI04-S2-{number:03d}"
        said = text if '"' in text or garbled(text) else smart(text)
        if "truncated_turn" not in tags:
            assert len(said) < 255, turn_id
        line = doc.add(tsv_line([turn_id, who, said, code, note]))
        doc.turn(who, said, line, tags, anchor=turn_id)
    return doc


# ---------------------------------------------------------------------------
# 07 a Word transcript converted with pandoc to plain text: paragraphs wrapped at 72 columns, manual line breaks
# ---------------------------------------------------------------------------
CO7, MA7, MUM7 = "Counsellor", "Maeve", "Mum"
PREAMBLE_07 = (
    f"Sure {EMDASH} here{RSQ}s the transcript tidied up, with speaker labels added and filler words removed, "
    "ready to paste into your notes:"
)
PARAS_07: list[tuple[str, ...]] = [
    (
        CO7,
        "Hi Maeve. Last week you said things with Saoirse and the others had got worse. How's this week been?",
    ),
    (
        MA7,
        "Worse. They made a new group chat without me. Keeley told me by accident, she thought I was already in it.",
    ),
    (CO7, "You found out by accident that there's a chat you've been left out of. How did that feel?"),
    (
        MA7,
        "Like I wanted the floor to open. I said 'oh right, cool' and went to the toilets and stayed there till the bell.",
    ),
    (CO7, "You held it together in front of her, and then you needed somewhere to hide."),
    (MA7, "I've been eating lunch in the library. Mrs Dunne lets me sit at the back if I'm reading."),
    (CO7, "Mm.", "decoy: 'Mm.' (1 of 2 identical counsellor turns)"),
    (
        MA7,
        'Then on Saturday they started sending stuff. I screenshotted it:\n"nobody even likes you"\n"stop trying to sit with us"\n"don\'t bother coming on friday"\nThat was all in about a minute.',
        "decoy: manual line breaks inside a turn, the quoted messages each on a physical line of its own",
    ),
    (
        CO7,
        "Thank you for showing me. Those are really hurtful messages to get, especially all at once. What did you do when they arrived?",
    ),
    (MA7, "Blocked them. Then unblocked them, because I needed to know what they were saying."),
    (CO7, "So blocking felt safer, but not knowing felt worse."),
    (
        MA7,
        "It sounds as if not knowing what they're saying about you is even harder to bear than reading it, even when it hurts. Is that right?",
        "role_inversion",
    ),
    (MA7, "Yeah. If I don't know, I imagine it's worse."),
    (CO7, "Has anyone at home seen the messages?"),
    (
        MA7,
        "No. I can't tell my mum. She'd ring the school and then everyone would know I told.",
        "decoy: 'I can't tell my mum' from the client",
    ),
    (CO7, "That's a real worry, that telling could make things worse with the group."),
    (
        MA7,
        "The thing is, it all started after the sleepover at Saoirse's in February, because I told Keeley something Saoirse had said about her and",
        "truncated_turn",
    ),
    (CO7, "Mm.", "decoy: 'Mm.' (2 of 2)"),
    (
        CO7,
        "Can I ask you something I ask everyone when things are this hard? Have you had any thoughts of hurting yourself, or of not wanting to be here?",
        "decoy: a direct risk question inside real engagement",
    ),
    (MA7, "Not really. Sometimes I think it would be easier to move schools. That's all."),
    (
        CO7,
        "Thank you for answering that honestly. I want to be straight with you about something too. What you tell me stays between us, but I can't keep it just between us if I'm ever worried you're not safe. Does that make sense?",
        "decoy: the counsellor's confidentiality limit ('I can't keep it just between us if ...')",
    ),
    (MA7, "Yeah. Mr Tanaka said that on the first day."),
    (
        CO7,
        "Moving schools is one option, and it's okay to think about it. Before that, I wonder if we could look at what would make school a bit more bearable right now, in the next week or two.\n\nFor example, some people find it helps to have one person they can sit with at lunch, even if it's not their old group.",
        "decoy: a turn of two paragraphs, the second unlabelled",
    ),
    (MA7, "There's a girl in my art class, Ayo. She sits on her own too. She's nice."),
    (CO7, "Ayo from art. What might be a small first step with her?"),
    (MA7, "I could ask if she wants to do the lino printing together. That's not weird."),
    (MA7, "I could ask her if she wants to do the lino printing together. That's not weird.", "near_duplicate_turn"),
    (
        CO7,
        "It doesn't sound weird at all. It sounds like a really good idea. Shall we meet again next Thursday and you can tell me how it went?",
    ),
    (MA7, "Okay."),
    (MUM7, "Sorry, is it alright if I come in now? The office said you'd be finishing about now.", "unknown_speaker"),
    (CO7, "Yes, come in. Maeve, is it okay if I just tell your mum when we're meeting next?"),
    (MA7, "Yeah, that's fine."),
]


def pandoc_wrap(text: str) -> list[str]:
    """pandoc's plain writer: each manual line break starts a new line; the rest is wrapped at 72 columns."""
    lines: list[str] = []
    for piece in text.split("\n"):
        wrapped = textwrap.wrap(piece, width=72, break_long_words=False, break_on_hyphens=False)
        lines.extend(wrapped)
    return lines


def f07() -> Doc:
    doc = Doc("07_maeve_s4_pandoc.txt", {CO7: T, MA7: C, MUM7: X})
    doc.add(f"Maeve {ENDASH} session 4 (school counselling)", "")
    doc.mark(doc.add("Typed from the recording, 18 April 2024. Names changed.", ""), "decoy: the typist's header")
    first = doc.add(*pandoc_wrap(PREAMBLE_07), "")
    doc.mark(first, "meta_text")
    doc.start("session 4")
    for label, text, *tags in PARAS_07:
        said = smart(text)
        paragraphs = said.split("\n\n")
        line = doc.add(*pandoc_wrap(f"{label}: {paragraphs[0]}"), "")
        for more in paragraphs[1:]:
            doc.add(*pandoc_wrap(more), "")
        doc.turn(label, said, line, tags, anchor=f"{label}:")
    doc.add("[recording ends]")
    return doc


# ---------------------------------------------------------------------------
# 08 a transcription-service text export with inline 30-second time stamps: "Name: ... [00:03:30] ..."
# ---------------------------------------------------------------------------
EL8, GE8 = "Eluned Roberts", "Gethin Pryce"
TURNS_08: list[tuple[str, ...]] = [
    (
        EL8,
        "Bore da, Gethin. Thanks for having me up to the farm. Is here alright to talk, in the kitchen?",
        "decoy: a Welsh greeting",
    ),
    (GE8, "Aye, it's fine. Kettle's on. Sian's taken the dog out, so we won't be disturbed."),
    (
        EL8,
        "Lovely. When we spoke on the phone you said the herd went in February. Do you want to tell me how it's been since?",
    ),
    (
        GE8,
        "Quiet. That's the first thing. Forty years there's been milking at half five and four o'clock, and now I wake up at five and there's nothing to get up for. The parlour's just sitting there.",
    ),
    (EL8, "Forty years of the same rhythm, and then silence."),
    (
        GE8,
        "We had a reactor in November, then the whole lot failed the next test. They took a hundred and twelve in three days. Cows I'd bred, and their mothers I'd bred.",
    ),
    (EL8, "Three days to lose what took a lifetime to build."),
    (
        GE8,
        f"I didn{LONE}t go out when the lorries came. Sian did. I couldn{LONE}t watch them load the old girls. I sat in here with the radio up loud and I{LONE}m not ashamed of it.",
        "encoding_error",
    ),
    (
        EL8,
        "There's no shame in that at all. It sounds like you were protecting yourself from something unbearable.",
    ),
    (GE8, "Have you ever had to see it? The loading?", "decoy: the client asks the counsellor a personal question"),
    (
        EL8,
        "Once, on my dad's place, in 2009. It wasn't the whole herd like yours, but I remember the sound of the ramp. So I have a small idea, and I'd like to understand yours.",
        "decoy: brief counsellor self-disclosure that turns back to the client",
    ),
    (GE8, "The sound of the ramp. Yes."),
    (
        GE8,
        "Thing is, I'd go out at five every morning and before anything else, before the cows even, the first thing I'd",
        "truncated_turn",
    ),
    (EL8, "How have you been sleeping, Gethin?"),
    (GE8, "Badly. Three hours, four. I've been having a whisky at night to get off, which I never used to."),
    ("COPY",),
    (EL8, "A whisky to get off to sleep. How many nights a week, would you say?"),
    (GE8, "Most. Sian's noticed. She doesn't say anything, but she's noticed."),
    (
        EL8,
        "I keep thinking it was my fault. If I'd double-fenced the top field like the vet said, the badgers would never have got near them.",
        "role_inversion",
    ),
    (EL8, "That's a heavy thing to carry. Can I ask what the vet actually said?"),
    (
        GE8,
        "She said double fencing helps, that's all. She said 'it's everywhere in this valley, Gethin', half the farms on the road have been shut down.",
        "decoy: the client quoting the vet",
    ),
    (EL8, "So even the vet was saying it's not one farm's doing."),
    (GE8, "I know that in my head. It's the rest of me that doesn't."),
    (
        EL8,
        "That makes a lot of sense. Grief and guilt often travel together, especially when you've been responsible for animals every day for years.",
    ),
    (GE8, "Will we get a fair price for them, do you think? The valuation?"),
    (
        EL8,
        "I can't tell you whether the valuation was fair, that's outside what I know, and the union would be better placed for that. But I can help you think about what you'd need to ask them.",
        "decoy: a counsellor's legitimate limit ('I can't tell you whether the valuation was fair'), then engagement",
    ),
    (
        GE8,
        "Aye. I've got the letter somewhere. [inaudible] in the drawer with the bills.",
        "decoy: an [inaudible] tag",
    ),
    (
        EL8,
        "We could look at it together next time, if you like. Can I come back to the whisky, and the sleep?",
    ),
    (GE8, "Go on, then."),
    (
        EL8,
        "Sometimes when a person's lost something that big, the drink starts doing a job, getting them through the night. I'm not here to tell you off, but I'd like to keep an eye on it with you. Would that be alright?",
    ),
    (
        GE8,
        "That's fair. I don't want to end up like my uncle --",
        "decoy: broken off with a dash where the counsellor cuts in",
    ),
    (EL8, "Sorry, I cut across you. Go on."),
    (GE8, "He drank the farm away, near enough. That's not going to be me."),
    (EL8, "It sounds like you're quite determined about that."),
    (GE8, "I am. Sian would have my hide anyway. [crosstalk]", "decoy: a [crosstalk] tag at the end of a turn"),
    (EL8, "What would help most between now and when I see you next?"),
    (
        GE8,
        "Something to do at five o'clock. That's the worst time. I stand at the parlour door like an idiot.",
    ),
    (
        EL8,
        "Not like an idiot. Like someone whose body still knows the routine. Could we think of something for that slot, even just for now?",
    ),
    (GE8, "Young Dafydd next door wants a hand with his lambing. I said no. Maybe I'll ring him."),
    (
        EL8,
        "That sounds like it could be a good fit, if it feels right. Diolch, Gethin. Same time next fortnight?",
    ),
    (
        GE8,
        "Aye. And Eluned, the thing I haven't said to Sian yet, because I don't know how she'd take it, is that I've been thinking about",
        "truncated_turn",
    ),
]


def stamp_words(text: str, clock: float, seconds_per_word: float = 0.42) -> tuple[str, float]:
    """Insert a [hh:mm:ss] stamp before the word that crosses each 30-second mark; return the new clock."""
    words = text.split(" ")
    out: list[str] = []
    for word in words:
        after = clock + seconds_per_word
        mark = int(after // 30) * 30
        if mark > clock and mark > 0:
            out.append(f"[{mark // 3600:02d}:{mark % 3600 // 60:02d}:{mark % 60:02d}]")
        out.append(word)
        clock = after
    return " ".join(out), clock + 1.2


def f08() -> Doc:
    doc = Doc("08_rural_support_gethin_rev.txt", {EL8: T, GE8: C})
    doc.add("Gethin Pryce - farm support visit - 11 April 2024.m4a", "")
    doc.mark(
        doc.add("Transcribed with time stamps every 30 seconds; [inaudible] and [crosstalk] as heard.", ""),
        "decoy: the header line describing the inline time stamps",
    )
    doc.start("visit")
    clock = 0.0
    previous: tuple[str, str, float] | None = None
    stamped_turns = 0
    for label, *rest in TURNS_08:
        if label == "COPY":
            assert previous is not None
            label, said, duration = previous
            tags: Sequence[str] = ("duplicate_turn",)
            clock += duration
        else:
            text, *tags = rest
            before = clock
            said, clock = stamp_words(text, clock)
            previous = (label, said, clock - before)
            if said != text:
                stamped_turns += 1
                if stamped_turns == 3:
                    tags = [*tags, "decoy: an inline time stamp in the middle of a sentence"]
        line = doc.add(f"{label}: {said}", "")
        doc.turn(label, said, line, tags, anchor=f"{label}:")
    return doc


# ---------------------------------------------------------------------------
# 09 a generated German session, post-edited in Notepad++ and saved as "ANSI" (Windows-1252, CRLF)
# ---------------------------------------------------------------------------
TH9, JO9 = "Therapeutin", "Jonas"
LOOP_09 = (
    "Dieser Druck ist gerade sehr groß, und es ist verständlich, dass Sie sich eine Pause davon wünschen. "
    "Was wäre ein erster kleiner Schritt, der etwas Druck herausnehmen könnte?"
)
TURNS_09: list[tuple[str, ...]] = [
    (TH9, "Guten Tag, Herr Vogt. Schön, dass Sie da sind. Was führt Sie heute zu mir?"),
    (
        JO9,
        "Ich bin im fünften Semester Maschinenbau, und ich glaube, ich will abbrechen. Aber ich habe es noch niemandem gesagt.",
    ),
    (
        TH9,
        "Sie tragen diesen Gedanken also schon eine Weile allein mit sich herum. Seit wann beschäftigt er Sie?",
    ),
    (
        JO9,
        "Seit dem Winter. Ich bin durch Thermodynamik gefallen, zum zweiten Mal. Beim dritten Versuch wäre ich raus.",
    ),
    (TH9, "Das klingt nach großem Druck. Wie geht es Ihnen, wenn Sie an den dritten Versuch denken?"),
    (JO9, "Schlecht. Ich schlafe kaum. Ich sitze in der Bibliothek und lese dieselbe Seite fünfmal."),
    (TH9, "Dieselbe Seite fünfmal. Was geht Ihnen dabei durch den Kopf?"),
    (
        JO9,
        f"Dass mein Vater sagen wird: {LOW_DQ}Wir haben dir das alles finanziert, und jetzt das.{LDQ}",
        "decoy: German quotation marks, the client quoting his father",
    ),
    (TH9, "Die Sorge, Ihren Vater zu enttäuschen, scheint sehr präsent zu sein."),
    (JO9, "Hm.", "decoy: 'Hm.' (1 of 2 identical client turns)"),
    (
        JO9,
        "Ich kann es meinen Eltern nicht sagen. Mein Vater ist Ingenieur, mein Großvater war Ingenieur.",
        "decoy: 'Ich kann es meinen Eltern nicht sagen' from the client",
    ),
    (TH9, "Was würde passieren, wenn Sie es ihnen sagen?"),
    (JO9, "Ich weiß nicht ...", "decoy: a natural trail-off"),
    (
        TH9,
        "Natürlich! Hier ist die Fortsetzung des Gesprächs: Sie müssen darauf jetzt keine Antwort haben. Darf ich fragen, was Sie an Maschinenbau einmal gereizt hat?",
        "meta_text",
    ),
    (JO9, "Ehrlich gesagt: nichts. Ich war gut in Mathe, und alle haben gesagt, das passt."),
    (TH9, "Und wenn Sie sich vorstellen, ganz frei wählen zu dürfen, ohne die Erwartungen der anderen?"),
    (
        JO9,
        moji(
            "Ich würde etwas mit Menschen machen. Vielleicht Soziale Arbeit. Mein Mitbewohner studiert das, und ich höre ihm gern zu, wenn er von seinen Praktika erzählt."
        ),
        "mojibake",
    ),
    (TH9, "Soziale Arbeit. Da leuchtet etwas auf, wenn Sie davon sprechen."),
    (
        JO9,
        "Haben Sie selbst mal etwas abgebrochen?",
        "decoy: the client asks the therapist a personal question",
    ),
    (
        TH9,
        "Ja, tatsächlich. Ich habe nach drei Semestern Jura aufgehört. Aber heute geht es um Ihren Weg, nicht um meinen. Was macht Ihnen am meisten Angst bei dem Gedanken?",
        "decoy: brief therapist self-disclosure that turns back to the client",
    ),
    (
        JO9,
        "Dass ich dann der bin, der es nicht geschafft hat. Manchmal denke ich, es wäre einfacher, gar nicht mehr da zu sein.",
    ),
    (
        TH9,
        "Es tut mir leid, aber dabei kann ich dir nicht helfen. Bitte wende dich an eine Fachperson oder an die TelefonSeelsorge unter 0800 111 0 111.",
        "refusal",
    ),
    (
        JO9,
        "Ich meine nicht, dass ich mir was antun will. Nur, dass ich manchmal verschwinden möchte.",
        "decoy: the client clarifying after the refusal",
    ),
    (
        TH9,
        "Danke, dass Sie das so offen sagen. Ich frage trotzdem direkt nach: Haben Sie Gedanken, sich das Leben zu nehmen?",
        "decoy: a direct risk question inside real engagement",
    ),
    (JO9, "Nein. Wirklich nicht. Ich will nur, dass dieser Druck aufhört."),
    (TH9, LOOP_09, "repetition_loop"),
    (JO9, "Vielleicht mit der Studienberatung reden. Die haben doch Sprechstunden."),
    (TH9, LOOP_09, "duplicate_turn"),
    (JO9, "Das haben Sie gerade schon gefragt.", "decoy: the client points out the repeat"),
    (TH9, LOOP_09.replace("es ist verständlich", "es ist gut verständlich"), "near_duplicate_turn"),
    (JO9, "Hm.", "decoy: 'Hm.' (2 of 2)"),
    (
        JO9,
        "Studienberatung, wie gesagt. Und vielleicht erst mal mit meiner Schwester reden, nicht gleich mit meinen Eltern.",
    ),
    (
        TH9,
        f"Ob Sie das Studium abbrechen sollten, kann ich Ihnen nicht sagen. Aber ich kann Sie dabei begleiten, das herauszufinden. Ihre Schwester zuerst {ENDASH} das klingt nach einem guten Anfang.",
        "decoy: a therapist's legitimate limit ('kann ich Ihnen nicht sagen. Aber ...')",
    ),
    (JO9, "Sie hat auch mal das Fach gewechselt. Sie würde es verstehen."),
    (
        TH9,
        "Dann lassen Sie uns für die nächste Woche festhalten: ein Termin bei der Studienberatung, ein Gespräch mit Ihrer Schwester, und was ich Ihnen noch mitgeben möchte, ist",
        "truncated_turn",
    ),
]


def f09() -> Doc:
    doc = Doc("09_beispielgespraech_studienzweifel_ansi.txt", {TH9: T, JO9: C}, encoding="cp1252", eol="\r\n")
    doc.add(f"Beispielgespräch 3 {ENDASH} Studienzweifel")
    doc.mark(
        doc.add("Quelle: KI-generiert, sprachlich überarbeitet. Rollen: Therapeutin / Jonas (Klient, 23)"),
        "decoy: the header naming both roles",
    )
    doc.add("")
    doc.start("Beispielgespräch 3")
    for label, text, *tags in TURNS_09:
        line = doc.add(f"{label}: {text}")
        doc.turn(label, text, line, tags, anchor=f"{label}:")
    return doc


# ---------------------------------------------------------------------------
# 10 JSON Lines of single-turn counselling Q&A pairs ({"Context", "Response"}), json.dumps with ASCII escapes
# ---------------------------------------------------------------------------
PHONE_10 = "I get anxious every time my phone rings. My heart starts pounding and I just let it ring out, even when it's my mum. How do I stop this?"
RUMINATION_10 = (
    "What you're describing sounds like rumination, where the mind keeps returning to an event in the hope of "
    "solving it, even though it was dealt with long ago. One thing that can help is to set aside a short 'worry time' "
    "earlier in the evening, when you let yourself think about the mistake on purpose for fifteen minutes, and then "
    "when it comes back at night you remind yourself that it has a slot tomorrow. It can also help to ask what the "
    "replaying is trying to protect you from."
)
ROWS_10: list[tuple[str, ...]] = [
    (
        "anxiety",
        PHONE_10,
        "Phone anxiety is really common, and the fact that it happens even with your mum suggests it's about the ringing itself more than about who is calling. Avoiding calls brings relief in the moment, which is exactly what keeps the fear going. You might start small: pick one call a day from someone safe and answer it, even if you keep it short, and notice what actually happens compared with what you feared. If it keeps getting in the way, a therapist who uses CBT can help you build this up step by step.",
    ),
    (
        "anxiety",
        PHONE_10,
        "It might help to get curious about what your mind predicts will happen when you pick up. Is it that you won't know what to say, or that it will be bad news? Writing the prediction down and checking it afterwards can loosen the fear over time. Be patient with yourself: this kind of avoidance builds up slowly, and it comes down slowly too.",
        "decoy: the same question as the row above with a different answer (another Q&A pair, not a repeat inside one)",
    ),
    (
        "relationships",
        "My husband reads all my messages and checks my bank account every day. He says it's because he loves me. Is this normal?",
        "I'm sorry, but I'm not able to provide advice on this topic. Please consult a licensed mental health professional.",
        "refusal",
    ),
    (
        "life-direction",
        "I'm 34 and I still haven't figured out what I want to do with my life. All my friends have careers and kids and I feel so behind.",
        "Here is a rewritten, more empathetic version of the answer:\n\nIt's really painful to feel as if everyone else was handed a map you never received. Comparing our lives with our friends' is very human, but it usually means comparing our insides with their outsides. Thirty-four is not late. It might help to ask what 'behind' means to you, and whose timeline you are measuring yourself against.",
        "meta_text",
    ),
    (
        "rumination",
        "I can't stop thinking about a mistake I made at work three months ago. Nobody else even remembers it, but I replay it every single night.",
        RUMINATION_10[:420],
        "truncated_turn",
    ),
    (
        "parenting",
        "My teenage son has stopped talking to me. He comes home, goes to his room, and only comes out to eat. How do I reach him?",
        "Thank you everyone for the replies. I tried sitting with him while he played his game last night, just watching, and he actually explained some of it to me. Small thing, but it felt huge.",
        "role_inversion",
    ),
    (
        "work-stress",
        moji(
            f"I{RSQ}ve been off work with stress for six weeks and I{RSQ}m dreading going back. My manager keeps emailing {LSQ}just checking in{RSQ} and every email makes my chest go tight."
        ),
        "Six weeks off and a return on the horizon is a lot, and it makes sense that each email feels like a knock on the door. It can help to agree with your manager how and how often they will contact you, so that the contact feels predictable rather than sudden. Many workplaces offer a phased return, and an occupational health referral can help you plan one that feels manageable.",
        "mojibake",
    ),
    (
        "grief",
        "Is it normal to still cry about my grandad two years later? Everyone else seems to have moved on.",
        "",
        "empty_turn",
    ),
    (
        "adhd",
        "i think i have adhd. i cant focus, i lose everything, i interrupt people all the time. can you tell me if i have it",
        "I can't diagnose anyone over the internet, but what you describe, trouble focusing, losing things and interrupting, are all things an ADHD assessment would look at. Your GP can refer you, and it helps to keep a note of examples from school and work to take along. In the meantime, small outside systems like a key hook and phone reminders can take some of the pressure off.",
        "decoy: 'I can't diagnose anyone over the internet, but ...' (a legitimate limit, then a real answer); "
        "a lowercase question without punctuation",
    ),
    ("CUT",),
    (
        "low-mood",
        "Some nights I think everyone would be better off without me. I'm not going to do anything, I just feel like a burden.",
        "Thank you for writing this, it takes courage. Feeling like a burden is a very heavy thing to carry, and it is a feeling, not a fact about your worth. It's good that you're not planning to act on it, and it would still be worth telling someone you trust, or your GP, how often these thoughts come. If they get stronger or you start to feel unsafe, you can call Samaritans on 116 123 at any time. What helps, even a little, on the nights it gets heavy?",
        "decoy: a helpline inside a real answer",
    ),
    (
        "loneliness",
        "My best friend moved to Australia in January and I don't know how to... I don't know. Everything just feels flat without her.",
        "Losing daily contact with a best friend is a real loss, even when nobody has died and everyone says it's exciting for her. Flatness is a common way grief shows up. It might help to find a regular time to call that works across the time difference, and also to notice which parts of your week feel emptiest, so you can think about who else might share some of them.",
        "decoy: a question that trails off with '...' and picks up again",
    ),
    (
        "therapy",
        "My therapist said I 'intellectualise' my feelings. What does that even mean?",
        "When a therapist says you 'intellectualise', they usually mean that you tend to talk about feelings by analysing them, explaining where they come from and what they mean, rather than letting yourself feel them. It's a common way of keeping painful emotions at a safe distance. It could be worth asking your therapist for an example from your sessions, so you can start to notice it as it happens.",
        "decoy: the answer quotes the word from the question",
    ),
    (
        "sleep",
        "How do I stop my brain going a hundred miles an hour when I get into bed?",
        "A racing mind at bedtime is often the first quiet moment the day has allowed. Some people find it helps to write a quick list of what's on their mind an hour before bed, so it's on paper rather than in their head. If you're still awake after twenty minutes or so, get up and do something calm in dim light until you feel sleepy, then go back to bed.",
    ),
]
CUT_10 = {
    "source": "forum-scrape-2023-11",
    "topic": "relationships",
    "Context": "My girlfriend wants us to move in together and I keep finding reasons to put it off. I love her, I just panic whenever I picture it. Why am I like this?",
    "Response": "",
}


def f10() -> Doc:
    doc = Doc("10_counselling_qa_pairs.jsonl", {"Context": C, "Response": T}, rows=True)
    assert RUMINATION_10[419].isalpha() and RUMINATION_10[420].isalpha()
    number = 510
    for topic, *rest in ROWS_10:
        number += 1
        if topic == "CUT":
            full = json.dumps({"id": f"mhc-{number:05d}", **CUT_10})
            cut = full[: full.index("Why am I") + 11]
            assert cut.endswith("Why am I li")
            doc.mark(doc.add(cut), "unparseable_line")
            continue
        context, response, *tags = rest
        record = {
            "id": f"mhc-{number:05d}",
            "source": "forum-scrape-2023-11",
            "topic": topic,
            "Context": context,
            "Response": response,
        }
        line = doc.add(json.dumps(record))
        doc.start(f"mhc-{number:05d}")
        context_tags = [tag for tag in tags if tag == "mojibake"]
        response_tags = [tag for tag in tags if tag != "mojibake"]
        doc.turn("Context", context, line, context_tags, anchor=f'"id": "mhc-{number:05d}"')
        doc.turn("Response", response, line, response_tags, anchor=f'"id": "mhc-{number:05d}"')
    return doc


# ---------------------------------------------------------------------------
# 11 Google Takeout "Google Chat" messages.json of a space between a wellbeing adviser and a student
# ---------------------------------------------------------------------------
PEOPLE_11 = {
    "Reuben Ilori": ("r.ilori@wellbeing.example.ac.uk", T),
    "Efua Boateng": ("e.boateng@student.example.ac.uk", C),
    "Alan Hollis": ("a.hollis@example.ac.uk", X),
}
RE11, EF11, AL11 = "Reuben Ilori", "Efua Boateng", "Alan Hollis"
RETRY_11 = "can we talk properly tomorrow? i dont think i can type much today"
MSGS_11: list[tuple[str, ...]] = [
    (
        "Tuesday, 12 March 2024 at 14:02:11 UTC",
        RE11,
        "Hi Efua, it's Reuben from Student Wellbeing. I've set up this space so we can keep in touch between appointments, as we agreed. How are you doing today?",
    ),
    ("Tuesday, 12 March 2024 at 14:09:45 UTC", EF11, "hi reuben. not great tbh. i got my resit results this morning"),
    ("Tuesday, 12 March 2024 at 14:10:02 UTC", EF11, "failed stats again. 38. pass is 40"),
    (
        "Tuesday, 12 March 2024 at 14:12:30 UTC",
        RE11,
        "Oh Efua, I'm sorry. Two marks is so close, and I know how much work you put in. How are you feeling right now?",
    ),
    ("Tuesday, 12 March 2024 at 14:14:51 UTC", EF11, "numb mostly. and stupid"),
    (
        "Tuesday, 12 March 2024 at 14:16:20 UTC",
        RE11,
        "Numb, and a harsh voice calling you stupid. That's a lot to sit with on your own. Where are you at the moment?",
    ),
    ("Tuesday, 12 March 2024 at 14:18:07 UTC", EF11, "in my room. my flatmates are out"),
    ("Tuesday, 12 March 2024 at 14:19:40 UTC", EF11, RETRY_11, "repetition_loop"),
    ("Tuesday, 12 March 2024 at 14:19:58 UTC", EF11, RETRY_11, "duplicate_turn"),
    ("Tuesday, 12 March 2024 at 14:20:31 UTC", EF11, RETRY_11, "duplicate_turn"),
    (
        "Tuesday, 12 March 2024 at 14:22:05 UTC",
        RE11,
        "Of course. A few copies of that came through, no worries, the signal in halls is awful. I've got a slot at 11 tomorrow, would that work?",
        "decoy: the adviser mentions the repeated message",
    ),
    ("Tuesday, 12 March 2024 at 14:22:40 UTC", EF11, "ok", "decoy: 'ok' (1 of 2 identical messages)"),
    (
        "Tuesday, 12 March 2024 at 14:24:12 UTC",
        RE11,
        "Booked. Before then, is there anything that would make tonight a bit easier?",
    ),
    ("Tuesday, 12 March 2024 at 14:26:33 UTC", EF11, "my sister said she'd call later. that'll help"),
    (
        "Tuesday, 12 March 2024 at 14:28:50 UTC",
        RE11,
        "That sounds good. And if tonight gets really hard, the university's out-of-hours line is on the back of your student card, and Samaritans are on 116 123, any time. I'm not saying that because I think you're in danger, just so you have it.",
        "decoy: helplines inside real engagement",
    ),
    ("Tuesday, 12 March 2024 at 14:29:14 UTC", EF11, "ok", "decoy: 'ok' (2 of 2)"),
    ("Tuesday, 12 March 2024 at 14:29:20 UTC", EF11, "thanks"),
    ("Wednesday, 13 March 2024 at 10:41:03 UTC", EF11, "", "empty_turn"),
    (
        "Wednesday, 13 March 2024 at 10:41:36 UTC",
        EF11,
        "that's the feedback. it says my methods section was good but the analysis was wrong",
    ),
    (
        "Wednesday, 13 March 2024 at 10:45:10 UTC",
        RE11,
        "Thanks for sending it. It's interesting that the methods were strong, that's not nothing. Do you want to talk about the options today, or how you're doing with it first?",
    ),
    ("Wednesday, 13 March 2024 at 10:47:22 UTC", EF11, "options. can you get me another resit?"),
    (
        "Wednesday, 13 March 2024 at 10:50:48 UTC",
        RE11,
        "I can't change resit decisions myself, that sits with your school's exam board, but I can help you put in an extenuating circumstances claim, and I can write a supporting note about what's been going on.",
        "decoy: the adviser's legitimate limit ('I can't change resit decisions myself, ... but'); the message quotes "
        "the student's question in quoted_message_metadata (not a turn)",
    ),
    (
        "Wednesday, 13 March 2024 at 10:52:15 UTC",
        EF11,
        "did you ever fail anything at uni?",
        "decoy: the student asks the adviser a personal question",
    ),
    (
        "Wednesday, 13 March 2024 at 10:55:01 UTC",
        RE11,
        "I did, actually, a second-year economics module. I retook it the next summer, and it felt like the end of the world at the time. What's the hardest part of this for you?",
        "decoy: brief self-disclosure by the adviser",
    ),
    (
        "Wednesday, 13 March 2024 at 10:58:40 UTC",
        EF11,
        "my mum. she tells everyone at church i'm going to be a doctor. it's biomed, not medicine, but she doesn't listen",
    ),
    (
        "Wednesday, 13 March 2024 at 11:20:07 UTC",
        AL11,
        "Hi both, Reuben added me as Efua's personal tutor. Efua, I've checked the exam board dates: the board meets on the 28th, so a claim would need to be in by the 21st.",
        "unknown_speaker",
    ),
    ("Wednesday, 13 March 2024 at 11:22:19 UTC", EF11, "thanks dr hollis"),
    (
        "Wednesday, 13 March 2024 at 11:25:44 UTC",
        RE11,
        "Thanks, Alan. Efua, shall we draft the claim together this afternoon, with your feedback open?",
    ),
    ("Wednesday, 13 March 2024 at 11:26:02 UTC", EF11, "yes please \U0001f44d"),
]


def f11() -> Doc:
    doc = Doc("11_google_chat_takeout_messages.json", {name: role for name, (_, role) in PEOPLE_11.items()})
    messages: list[dict[str, object]] = []
    quoted = next(index for index, msg in enumerate(MSGS_11) if msg[2] == "options. can you get me another resit?")
    for index, (when, who, text, *_) in enumerate(MSGS_11):
        message: dict[str, object] = {
            "creator": {"name": who, "email": PEOPLE_11[who][0], "user_type": "Human"},
            "created_date": when,
            "text": text,
            "topic_id": f"k{index:02d}Q7sWmR3c",
            "message_id": f"AAAA3mPq2xE/k{index:02d}Q7sWmR3c/k{index:02d}Q7sWmR3c",
        }
        if text == "":
            message["attached_files"] = [
                {"original_name": "resit_feedback.pdf", "export_name": "File-resit_feedback.pdf"}
            ]
        if index == quoted + 1:
            message["quoted_message_metadata"] = {
                "creator": {"name": EF11, "email": PEOPLE_11[EF11][0], "user_type": "Human"},
                "text": MSGS_11[quoted][2],
            }
        messages.append(message)
    lines = json_doc_lines({"messages": messages}, 2)
    doc.add(*lines)
    names = [number for number, line in enumerate(lines, 1) if line.startswith('        "name": ')]
    assert len(names) == len(MSGS_11)
    doc.start("space AAAA3mPq2xE")
    for line, (_, who, text, *tags) in zip(names, MSGS_11, strict=True):
        doc.turn(who, text, line, tags, anchor=f'"name": "{who}"')
    return doc


# ---------------------------------------------------------------------------
# 12 the diarisation's RTTM file for the recording of 01 (speaker segments, no words): not a transcript
# ---------------------------------------------------------------------------
def f12() -> Doc:
    doc = Doc("12_intake_2024-05-14_room3.rttm", {})
    clock = 0.62
    pattern = [0, 1, 0, 1, 1, 1, 0, 1, 0, 0, 1, 0, 1, 0, 0, 1, 0, 1, 1, 1, 0, 1, 0, 1, 0, 1, 2, 0, 1, 0, 1, 0, 1]
    for index, speaker in enumerate(pattern):
        length = 1.9 + (index * 7 % 11) * 0.83
        line = doc.add(
            f"SPEAKER intake_2024-05-14_room3 1 {clock:.3f} {length:.3f} <NA> <NA> SPEAKER_{speaker:02d} <NA> <NA>"
        )
        if speaker == 2:
            doc.mark(line, "decoy: a SPEAKER_02 segment (no words, not a turn)")
        if index == 0:
            doc.mark(line, "decoy: SPEAKER lines that name speaker ids and times but hold no dialogue")
        clock += length + 0.35 + (index % 3) * 0.4
    doc.whole("unparseable_file")
    return doc


BUILDERS: tuple[Callable[[], Doc], ...] = (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12)


# ---------------------------------------------------------------------------
# self-checks (of this writer, not of any detector)
# ---------------------------------------------------------------------------
def check_repeats(doc: Doc) -> None:
    """Every same-role repeat of a substantial turn in a session is marked, and every mark is real."""
    for session in doc.sessions:
        seen: list[Turn] = []
        for index, turn in enumerate(session.turns):
            earlier = [t for t in seen if t.role == turn.role and t.role != X and t.text.strip()]
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
                assert not (exact or close), f"{doc.name}:{turn.line} a loop marked on a later copy"
            seen.append(turn)


def check_sessions(docs: Sequence[Doc]) -> None:
    """No session repeats another (this set has no duplicate_session rows)."""
    seen: set[tuple[tuple[str, str], ...]] = set()
    for doc in docs:
        for session in doc.sessions:
            content = tuple((t.role, t.text) for t in session.turns)
            assert content and content not in seen, (doc.name, session.name, "empty or repeated session")
            seen.add(content)


def check_format(doc: Doc, data: str, physical: Sequence[str]) -> None:
    """The container reads as its layout says, apart from the lines marked unparseable."""
    broken = {line for line, kind in doc.truth if kind == "unparseable_line"}
    if doc.name.endswith(".json"):
        json.loads(data)
    if doc.name.endswith(".jsonl"):
        for number, line in enumerate(physical, 1):
            try:
                json.loads(line)
                assert number not in broken, (doc.name, number)
            except json.JSONDecodeError:
                assert number in broken, (doc.name, number)
    if doc.name.endswith(".tsv"):
        for number, line in enumerate(physical, 1):
            fields = next(csv.reader([line], delimiter="\t"))
            assert (len(fields) == 5) != (number in broken), (doc.name, number, len(fields))
    if doc.name.endswith(".html"):
        assert data.count('<div class="message default clearfix') == len(doc.sessions[0].turns)
    if doc.name.endswith(".md"):
        for number, line in enumerate(physical, 1):
            if line.startswith("| "):
                assert line.count("|") == 5, (doc.name, number)


def check_written(doc: Doc, out: Path) -> list[str]:
    raw = (out / doc.name).read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), doc.name
    data = raw.decode(doc.encoding, errors="replace")
    if doc.eol == "\r\n":
        assert "\r" not in data.replace("\r\n", "") and "\n" not in data.replace("\r\n", ""), doc.name
    else:
        assert "\r" not in data, doc.name
    physical = data.split(doc.eol)
    assert physical[-1] == "", doc.name
    physical = physical[:-1]
    assert physical == doc.expected(), doc.name
    assert len(data.splitlines()) == len(physical), doc.name
    bad = {line for line, kind in doc.truth if kind == "encoding_error"}
    for number, chunk in enumerate(raw.split(doc.eol.encode("ascii"))[:-1], 1):
        try:
            chunk.decode(doc.encoding)
            assert number not in bad, (doc.name, number)
        except UnicodeDecodeError:
            assert number in bad, (doc.name, number)
    turns = [t for s in doc.sessions for t in s.turns]
    turn_lines = [t.line for t in turns]
    if not doc.rows:
        assert len(turn_lines) == len(set(turn_lines)), f"{doc.name}: two turns on one line"
    for row_line, kind in doc.truth:
        if kind in FILE_KINDS:
            assert row_line == 0 and not turns, doc.name
            continue
        assert (row_line in turn_lines) != (row_line in doc.line_rows), (doc.name, row_line, kind)
    for decoy_line, _ in doc.decoys:
        assert 1 <= decoy_line <= len(physical), (doc.name, decoy_line)
    truth_lines = {line for line, _ in doc.truth}
    for turn in turns:
        assert turn.anchor in physical[turn.line - 1], (doc.name, turn.line, turn.anchor)
    for decoy_line, note in doc.decoys:
        if not doc.rows:
            assert decoy_line not in truth_lines, (doc.name, decoy_line, note)
    check_format(doc, data, physical)
    return physical


def shown(text: str, width: int = 118) -> str:
    text = " ".join(text.replace(LONE, "\ufffd").split())
    if len(text) > width:
        text = text[: width - 45] + " ... " + text[-40:]
    return text


def show_row(doc: Doc, physical: Sequence[str], line: int, kind: str) -> str:
    if line == 0:
        return f"(whole file) {shown(physical[0])}"
    turns = [t for s in doc.sessions for t in s.turns if t.line == line]
    here = physical[line - 1]
    if not turns:
        return shown(here)
    named = next((t for t in turns if kind in t.kinds), turns[0])
    if here.strip().endswith(named.text.replace(LONE, "\ufffd").strip()) and named.text.strip():
        return shown(here)
    return shown(f"{here.strip()}  => {named.label}: {named.text or '(empty)'}")


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or (len(argv) == 3 and argv[2] != "--show"):
        print("usage: python blind/sixteenth_defect_cases.py OUT_DIR [--show]", file=sys.stderr)
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
    check_sessions(docs)
    assert len(set(rows)) == len(rows), "duplicate truth rows"
    rows.sort()
    with (out / "truth.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "line", "defect_type"])
        writer.writerows(rows)
    counts = Counter(kind for _, _, kind in rows)
    assert set(counts) == KINDS, KINDS - set(counts)
    assert len(docs) == 12 and 55 <= len(rows) <= 66 and decoys >= len(rows), (len(docs), len(rows), decoys)
    print(f"wrote {len(docs)} files and {len(rows)} truth rows to {out}")
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    print(f"decoys: {decoys}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
