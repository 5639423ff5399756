# ruff: noqa: E501
"""Fifteenth set of blind defect cases for the transcript-cleaning product: the HARD CORE DEFECTS in plain files.

Blind conditions, as followed: the only things read were the first 15 lines of benchmarks/blind_defects.py (the
interface), the fourteen earlier case writers in blind/ (for the interface, the truth conventions, the defect kind
names and the layouts, names and sentences they already used, so as not to reuse them), the ``[tool.ruff]`` section
of pyproject.toml (to keep this file ruff-clean) and /work/shared/README.md. No other file of the project was read
(no transforms, flows, synth, tests, benchmarks beyond those 15 lines, README, docs or SQL), the repository was not
grepped, and nothing was read from /work/shared/corpora; every transcript line below was written
for this set. The product, its tests, mypy and the benchmarks were never run; the only project tools run were
``ruff check`` and ``ruff format --check`` on this file alone (``--check --diff`` once, its cosmetic quote and
line-wrap diff then applied to this file with ``patch``), besides this script itself (into a temporary folder, with
``--show``, to check that every truth row names the intended line). One slip: a read-only ``git status`` was run
once by mistake inside a shell command, its output discarded unread; git was used for nothing else. The truth was
fixed from the text written here. Run as

    python blind/fifteenth_defect_cases.py OUT_DIR [--show]

to write 12 files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR (``--show`` also
prints every truth row next to the line it names).

The emphasis is on the DETECTORS, not the parsers: twelve ordinary containers (labelled plain text, a chat JSON
Lines log with one message a row, a JSON Lines fine-tuning set with one conversation a row, a CSV export, two
Markdown exports, an SRT file, a JSON list of sessions), realistic length (22-54 turns a file), real counselling
content (CBT, MI, person-centred, ACT, ERP, a crisis text line, a crisis-line training call, LLM-generated sessions
and chats, spoken transcripts with fillers and interruptions), and the defects concentrated on the kinds that are
hard to detect: truncated turns cut in many different ways, role inversions of every direction, near and exact
repeats, repetition loops, refusals in several wordings, and generation artefacts. Encodings and line ends: 02 is
Windows-1252 with CRLF; 09 is ISO-8859-1 with LF; 04 (a Python ``csv`` export) and 06 (SRT) are UTF-8 with CRLF;
the others are UTF-8 without a BOM, LF. Everything is in English.

* ``01_cbt_perfectionism_session5.txt``: a CBT session typed up from audio in a word processor (curly quotes):
  three header lines, then ``Therapist: text`` / ``Client: text``, a blank line after every turn. Defects: a long
  client turn cut in a subordinate clause right after a noun (``because the argument``: truncated_turn); the
  therapist's agenda question typed under ``Client:`` (role_inversion); a client turn pasted again with its typo
  fixed (``read-trough`` -> ``read-through``: near_duplicate_turn); a long therapist turn pasted again word for word
  (duplicate_turn); the last turn, the therapist's recap, cut right after a verb (``I'd like you to notice``:
  truncated_turn). Decoys: the header (its ``Speakers:`` line names both roles), the client voicing an imagined
  supervisor in quotes, ``I don't know... sixty?`` (trails off), ``Mm.``, ``I can't think straight`` (client),
  ``Yeah I guess`` (short, no full stop), the client asking what an experiment involves and asking the therapist a
  personal question, the therapist's brief appropriate self-disclosure, a turn broken off with `` --`` where the
  therapist comes in, ``[laughs]`` at the end of a turn, ``Right.``.
* ``02_mi_alcohol_marion_dev.txt``: a spoken MI session (alcohol) in Windows-1252 with CRLF, named speakers
  ``Marion:`` (practitioner) and ``Dev:`` (client), one turn a line, no blank lines; a conventions line says ``--``
  marks a cut-off by the other speaker and ``...`` trailing off. Defects: Dev's list of what drinking does for him
  cut after ``and`` (truncated_turn); a Dev paragraph pasted from a UTF-8 file and read as Windows-1252
  (``didnâ€™t``: mojibake); a long Dev turn that stops after a complete-looking clause with no full stop, its story
  unfinished (truncated_turn); Dev's disclosure (cans, vodka, shaking hands, a bottle in the car) typed under
  ``Marion:`` (role_inversion, a counsellor turn in the client's voice); Marion's reflection entered again in lower
  case without its comma (near_duplicate_turn). Decoys: the header and conventions lines, correct Windows-1252
  curly quotes, an en dash and ``caf\u00e9``, ``[laughs]``, a turn cut off with ``--`` and ``Sorry, go on.``,
  ``Yeah.``, Dev asking whether Marion drinks and her deflection, ``I can't believe I said it`` (client),
  ``I don't know... maybe.``, ``so yeah`` at the end of a turn, Dev quoting his partner.
* ``03_harbor_chat_messages.jsonl``: the message log of an AI wellbeing companion, ONE MESSAGE A ROW:
  ``{"conversation_id", "seq", "role", "content", "created_at"}``, ``role`` ``system`` (not a turn), ``user``
  (client) or ``assistant`` (counsellor role); two conversations. Conversation A (work stress, midnight): a reply
  that starts with the model's leaked reasoning (``Okay, the user is anxious about ... I should validate first``:
  meta_text); a user message in the counsellor's voice, reflecting and asking what would help (role_inversion); an
  over-refusal of a harmless request (``I'm not able to help with that request. If you're struggling ...``:
  refusal); the last reply cut inside a numbered list right after the marker ``3.`` (truncated_turn, although it
  ends in a full stop). Conversation B (a break-up, alone in a new city): ``As an AI language model, I'm not able to
  provide the kind of support you need ...`` (refusal); a user message cut inside a quotation
  (truncated_turn); an unfilled ``[insert local crisis line number]`` placeholder (meta_text); a reply logged twice
  (duplicate_turn). Decoys: the system rows, lowercase unpunctuated user messages, a reply opening ``I'm sorry it's
  another one of those nights`` that engages, the user protesting each refusal, ``are you a real person`` and the
  assistant's honest answer, a real risk question, ``yeah maybe``, ``ok`` twice, an emoji at the end.
* ``04_textline_export.csv``: a crisis text line's export written by Python's ``csv`` module (CRLF),
  ``conversation_id,message_index,sender,sent_at,body``; ``sender`` is ``counselor``, ``texter`` or ``observer``.
  Defects: a long texter message cut in the middle of a word (``off its hin``: truncated_turn); a trainee observer's
  message posted into the conversation (unknown_speaker); a texter message typed with an iPhone apostrophe and
  stored through a Windows-1252 step (``didnâ€™t``: mojibake); the counselor's summary stored under ``texter``
  (role_inversion); a texter message sent twice (duplicate_turn); a texter row with an empty body (empty_turn).
  Decoys: the header, ``hi is this the text line``, a direct suicide question and a means-safety question (real
  engagement), ``ok done``, ``ok`` and ``ok thanks. night``, ``??``, an emoji, a texter quoting her head of year (doubled quotes in a
  quoted cell), 999 inside real engagement.
* ``05_notion_export_josh.md``: a person-centred counsellor's Notion page exported to Markdown: a title, a note,
  ``## Session n`` headings, turns as paragraphs ``**Anna (counsellor):** text`` / ``**Josh (client):** text``, an
  italic ``*(long pause)*`` line. Session 3: the counsellor's empathic reflection typed under Josh (role_inversion);
  a turn cut inside the father's quoted words (truncated_turn); a Josh turn entered again with one word swapped
  (``better`` -> ``easier``: near_duplicate_turn). Session 4 was exported with the two labels swapped throughout
  (role_inversion at its first turn). Decoys: the title, note and headings, ``*(long pause)*``, Josh quoting his
  mother and quoting his old university counsellor, ``Mm.``, Josh asking Anna a personal question and her
  person-centred reply, Josh thanking Anna.
* ``06_crisis_line_roleplay.srt``: auto-captions (CRLF) of a recorded crisis-line training role-play, one cue a
  turn, ``Counsellor: text`` / ``Caller: text``. Defects: a caller sentence the recogniser repeated over a silence
  into three cues (repetition_loop, duplicate_turn, near_duplicate_turn); the caller's words about the nights put in
  a ``Counsellor:`` cue (role_inversion); the trainer stopping the role-play (``Trainer:``: unknown_speaker); the
  last cue cut where the recording stopped (truncated_turn). Decoys: cue numbers and timings, ``I just... I don't
  know.``, ``Mm-hm.`` twice, the direct suicide question, the caller asking whether the counsellor must tell
  someone and the counsellor's confidentiality answer (``can't keep yourself safe``), a self-interruption with
  ``--``, ``can't even tell his wife`` (caller), ``Yeah. Maybe.``, ``Not much, is it.``.
* ``07_synthetic_act_sessions.json``: an LLM-generated ACT set, a JSON list (indent 2) of sessions, each with
  metadata and ``turns`` of ``{"speaker": "therapist"|"client", "text": ...}``. Session act-syn-0117 (chronic
  pain): a reply followed by the generator's ``**Technique used:** ... **Rationale:** ...`` footer (meta_text); a
  block of two turns (client question, therapist answer) generated three times, the last answer with small edits
  (repetition_loop on the block's first turn, duplicate_turn on the next three turns, near_duplicate_turn on the
  last); the therapist's closing thanks to the client, by name, under ``client`` (role_inversion). Session
  act-syn-0118 (driving after an accident): a refusal to continue the role-play (``I'm not comfortable continuing
  this role-play ...``: refusal); the last therapist turn cut after a noun (``until the roundabout``:
  truncated_turn). Decoys: the metadata, ``couldn't face`` (client), ``Huh. It sounds less... solid``, the client
  quoting her previous therapist, ``Thank it?``, the client objecting to the refusal, ``[laughs]``, short
  ``Good. Nervous, but good.``.
* ``08_generated_dialogues_batch3.txt``: two generated ``Counselor:`` / ``Client:`` dialogues joined with
  ``head -n 200 dialogue_*.txt``, so each starts with a ``==> dialogue_021.txt <==`` line. Dialogue 021 (postnatal
  anxiety): a first line ``Sure! Here's the next part of the session:`` (meta_text, own line); the counselor
  praising their own technique under ``Client:`` (role_inversion); a long counselor turn cut after a noun
  (``the way a wave``: truncated_turn). Dialogue 022 (contamination OCD, ERP): a ``(continued)`` line (meta_text,
  own line); a self-harm refusal template given three times (refusal on each; repetition_loop, duplicate_turn,
  near_duplicate_turn); a closing ``[End of session]`` line (meta_text, own line). Decoys: the ``==>`` lines,
  ``*sighs* I guess.``, a counselor turn opening ``I'm sorry it's been such a hard stretch`` that engages,
  ``I can't do this anymore`` (tiredness; the counselor checks risk), ``I couldn't stop myself`` (client), the
  client's objection to the refusal, ``No promises.``, ``Okay, forget it.``.
* ``09_student_counselling_aoife.txt``: a university counselling transcript in ISO-8859-1 (LF), ``Counsellor:`` /
  ``Aoife:``, straight quotes. Defects: Aoife's turn cut right after a verb (``she'd realise``: truncated_turn);
  Aoife's story about sixth year typed under ``Counsellor:`` (role_inversion, a counsellor turn in the client's
  voice); ``Aoife:`` with nothing after it (empty_turn). Decoys: the header, correct Latin-1 ``Se\u00e1n``,
  ``D\u00fan Laoghaire``, ``na\u00efve``, ``caf\u00e9``, ``Both, probably.``, ``Mm.``, ``[laughs]``, Aoife asking
  whether other students come in, ``I can't talk about other students`` (counsellor, engaged), short thanks.
* ``10_chatgpt_roleplay_tube_panic.md``: a ChatGPT role-play copied as Markdown: a title, a ``Shared conversation``
  line, then ``**You said:**`` (the user, client role) / ``**ChatGPT said:**`` (counsellor role) on a line of their
  own with the text in paragraphs below. Defects: the first reply opening ``Sure! Let's begin the role-play. I'll be
  your CBT therapist ...`` (meta_text); ``I'm unable to continue this role-play ...`` with a medical-advice
  disclaimer (refusal); the last reply cut inside the quoted script it was writing, right after a verb
  (``which adds``: truncated_turn). Decoys: title lines, lowercase user turns, the user's objection, a reply
  opening ``You're right, I'm sorry about that`` that engages, a complete numbered list, ``ok`` and
  ``ok i can do that ...``.
* ``11_counsel_ft_conversations.jsonl``: a fine-tuning set, ONE CONVERSATION A ROW
  ``{"id", "source", "messages": [...]}`` with a system message first (not a turn). Row 1 is clean; row 2: a
  refusal that opens ``Thank you for sharing this. However, I'm not able to discuss topics related to self-harm``
  (refusal); row 3: the last reply cut after ``the first thing I'd suggest is`` (truncated_turn); row 4: an
  assistant message in the client's voice (role_inversion); row 5: a reply ending in a leaked generation instruction
  ``[Assistant turn 3 of 5: ...]`` (meta_text). Decoys: the system messages, ``yeah ok``, the assistant
  scripting a sentence in quotes, ``i can't sleep`` (user), ``i can do a text``, ``I'm so sorry about your dad``.
* ``12_anger_session_kieran.txt``: a spoken CBT-for-anger session, ``Dr Baines:`` / ``Kieran:``, ``[05:00]``
  time-marker lines, fillers. Only two defects: a long Kieran turn cut after a preposition (``growing up around``:
  truncated_turn) and the therapist's homework instruction typed under ``Kieran:`` (role_inversion). The rest is
  decoys for the truncation and role detectors: turns trailing off with ``...``, ``so yeah``, ``Suppose so`` with
  no full stop, a turn broken off with ``--`` and the therapist's ``Sorry, I cut across you``, a phrase repeated
  inside a turn, Kieran quoting his supervisor, ``Yeah.`` and ``Mm.``, a client question, ``[laughs]`` endings.

Every line number is a 1-based physical line of the written file (the decoded text split on its line end,
``\\r\\n`` for 02, 04 and 06, ``\\n`` for the others; no other line-break character occurs), computed while the file
is built:

* a turn-level row points at the line holding the turn's speaker label or its equivalent: in 01, 02, 08, 09 and 12
  the ``Label: text`` line; in 03 the message's row; in 04 the record's line (the header is line 1); in 05 the
  ``**Name (role):** text`` line; in 06 the cue's caption line ``Name: text`` (not the cue number or timing); in 07
  the turn's ``"speaker": ...`` line (``"text"`` is on the next line); in 10 the ``**You said:**`` /
  ``**ChatGPT said:**`` line (the text is in the paragraphs below it); in 11 the conversation's row (its turns share
  it; one row per kind);
* meta text inside a turn is marked at the turn's line; an unlabelled line of generation residue (08's preamble,
  ``(continued)`` and ``[End of session]``) is a ``meta_text`` row at its own line;
* a whole session with the labels swapped (05's session 4) is ``role_inversion`` at the line of its first turn; a
  single turn in the other role's voice is ``role_inversion`` at its own line, whichever direction;
* a repetition loop is marked as in the earlier writers: ``repetition_loop`` on the first occurrence of the
  repeated turn (or of the first turn of a repeated block), then ``duplicate_turn`` or ``near_duplicate_turn`` on
  every later copy (of every turn of the block); a refusal inside a loop keeps its ``refusal`` row on every copy;
* ``mojibake`` is marked on every garbled turn (02 and 04); 02's and 09's own single-byte characters are decoys.

Not turns: headers, conventions lines and notes (01, 02, 05, 09), system rows and system messages (03, 11), the CSV
header (04), headings and ``*(long pause)*`` (05), SRT cue numbers and timings (06), the JSON metadata (07), the
``==>`` lines (08), ``[05:00]`` markers (12), the title lines of 10. A speaker outside the counsellor/client roles
(04's ``observer``, 06's ``Trainer``) speaking a turn is ``unknown_speaker``. A spoken turn that trails off
(``...``, ``so yeah``), a turn broken off with ``--`` where the other speaker comes in, and a short answer without a
full stop are NOT truncated turns; a truncated turn is text cut off by the data (a length limit, a stopped
recording, a token limit, a paste), and the following turn never picks up the broken sentence.

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
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

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
}
SESSION_KINDS = {"role_inversion"}
LINE_KINDS = {"meta_text"}
REPEAT_KINDS = {"duplicate_turn", "near_duplicate_turn"}

T, C, X = "T", "C", "?"  # counsellor role, client role, nobody's role
RSQ = "\u2019"
LDQ = "\u201c"
RDQ = "\u201d"
ENDASH = "\u2013"
OTHER_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


# ---------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------
def curly(text: str) -> str:
    """A word processor's AutoFormat: apostrophes become U+2019, double quotes open and close in turn."""
    out: list[str] = []
    opening = True
    for ch in text:
        if ch == "'":
            out.append(RSQ)
        elif ch == '"':
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
    """A self-check only: made by ``moji``, or reads back as UTF-8 through a single-byte code page."""
    if text in MADE_GARBLED:
        return True
    return any(_undo(text, codec) is not None for codec in ("cp1252", "latin-1"))


def jstr(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


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
    PROBE_SPAN = 6

    def __init__(
        self,
        name: str,
        roles: dict[str, str],
        *,
        encoding: str = "utf-8",
        eol: str = "\n",
        row_sessions: bool = False,
    ) -> None:
        assert encoding in ("utf-8", "cp1252", "latin-1") and eol in ("\n", "\r\n")
        self.name = name
        self.roles = roles
        self.encoding = encoding
        self.eol = eol
        self.row_sessions = row_sessions
        self.out: list[str] = []
        self.truth: list[tuple[int, str]] = []
        self.decoys: list[tuple[int, str]] = []
        self.sessions: list[Session] = []
        self.line_rows: set[int] = set()

    def add(self, *lines: str) -> int:
        first = len(self.out) + 1
        for line in lines:
            assert "\n" not in line and "\r" not in line, (self.name, line[:60])
            assert not any(ch in line for ch in OTHER_BREAKS), (self.name, line[:60])
            self.out.append(line)
        return first

    def _truth(self, line: int, kind: str) -> None:
        if (line, kind) in self.truth:
            assert self.row_sessions, f"{self.name}:{line} {kind} twice"
            return
        self.truth.append((line, kind))

    def start(self, *kinds: str) -> None:
        assert set(kinds) <= SESSION_KINDS, kinds
        self.sessions.append(Session(tuple(kinds)))

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
        assert self.sessions, self.name
        session = self.sessions[-1]
        kinds, decoys = split_tags(tags)
        assert ("mojibake" in kinds) == garbled(text), (self.name, line, text[:60])
        if "empty_turn" in kinds:
            assert text.strip() == "", (self.name, line)
        else:
            assert text.strip(), f"{self.name}:{line} empty text without empty_turn"
        assert (self.roles[label] == X) == ("unknown_speaker" in kinds), (self.name, line)
        if "truncated_turn" in kinds:
            tail = text.rstrip()
            assert re.search(r"\n\d\.$", tail) or tail[-1] not in '.?!"):]' + RDQ, (self.name, line, tail[-30:])
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
        """A line that is not a turn: generation residue (meta_text) or a decoy (a header, a note ...)."""
        kinds, decoys = split_tags(tags)
        assert set(kinds) <= LINE_KINDS, kinds
        for kind in kinds:
            self._truth(line, kind)
            self.line_rows.add(line)
        for note in decoys:
            self.decoys.append((line, note))

    def decoy(self, line: int, note: str) -> None:
        self.decoys.append((line, "decoy: " + note))

    def render(self) -> bytes:
        return "".join(line + self.eol for line in self.out).encode(self.encoding)

    def decode(self, raw: bytes) -> str:
        assert not raw.startswith(b"\xef\xbb\xbf")
        return raw.decode(self.encoding)

    def check_file(self, data: str) -> None:
        """A format-specific check of the whole written text."""


Script = Sequence[tuple[str, ...]]


# ---------------------------------------------------------------------------
# 01 CBT session typed up in a word processor: "Therapist:" / "Client:", blank line after every turn
# ---------------------------------------------------------------------------
class TypedDoc(Doc):
    """``Label: text`` a line; ``blank`` puts an empty line after each turn; ``smart`` applies curly quotes."""

    def __init__(
        self,
        name: str,
        roles: dict[str, str],
        *,
        blank: bool,
        smart: bool,
        encoding: str = "utf-8",
        eol: str = "\n",
    ) -> None:
        super().__init__(name, roles, encoding=encoding, eol=eol)
        self.blank = blank
        self.smart = smart

    def say(self, label: str, text: str, *tags: str) -> int:
        if self.smart:
            text = curly(text)
        line = self.add(f"{label}: {text}" if text else f"{label}:")
        if self.blank:
            self.add("")
        self.turn(label, text, line, tags, anchor=f"{label}:", probe=text[:24] or None)
        return line

    def play(self, script: Script) -> None:
        for label, text, *tags in script:
            self.say(label, text, *tags)


SAFETY_01 = "So the rereading is doing a job: it's meant to stop the feared thing from happening. The trouble with that kind of safety behaviour is that it never lets you find out whether the feared thing would happen anyway."
LATE_01 = "Two, half two. I tell myself I'll stop at midnight, but then there's always one more read-trough of whatever I've written that day."

S01: Script = [
    ("Therapist", "Hi Lena, come on in. Before we look at the homework, how has the week been overall?"),
    ("Client", "Busy. Um, mixed, I suppose. I did actually submit the chapter draft on Thursday."),
    ("Therapist", "You submitted it. That's the first deadline you've met since March, isn't it?"),
    (
        "Client",
        "It is. But I sent it at ten past four in the morning after rewriting the opening paragraph eleven times, so I'm not sure it counts as a win.",
    ),
    ("Therapist", "Eleven rewrites. What was going through your mind during them?"),
    (
        "Client",
        'That every version would give me away. That Professor Hale would get to the end of the first sentence and think, "How on earth did we fund this person?"',
        "decoy: the client voicing an imagined supervisor in quotes; ends on a closing quote",
    ),
    (
        "Therapist",
        "So the thought was roughly \"she'll see I'm not good enough.\" At four in the morning, how much did you believe it, from nought to a hundred?",
    ),
    ("Client", "Ninety. Ninety-five, maybe."),
    ("Therapist", "And sitting here now?"),
    ("Client", "I don't know... sixty?", "decoy: trails off with an ellipsis, then a question"),
    ("Therapist", "That's quite a drop. What's changed between four a.m. and now?"),
    (
        "Client",
        "She replied on Friday afternoon and said it was a solid draft with a clear contribution, which you'd think would have been the end of it, but I read her email about twenty times looking for the hidden criticism, and by Sunday night I'd convinced myself that solid was academic code for mediocre, so I opened the file again and started rewriting the methods section because the argument",
        "truncated_turn",
    ),
    (
        "Therapist",
        'Let\'s slow down for a moment. The feedback said "solid", and somewhere between Friday and Sunday your mind translated it into "mediocre". Have you noticed that kind of translation before?',
    ),
    ("Client", "All the time. At school a B plus was basically a fail in our house."),
    ("Therapist", "What used to happen at home when you brought back a B plus?"),
    ("Client", "Nothing dramatic. Dad would go quiet and then ask what the top mark in the class had been."),
    ("Therapist", "Mm.", "decoy: one-word backchannel"),
    (
        "Client",
        "I'm wondering whether your dad's question might be worth putting on today's agenda, alongside the sleep and the homework review. Which of those feels most pressing to you?",
        "role_inversion",
    ),
    (
        "Client",
        "The sleep, honestly. I can't think straight about my dad on four hours a night.",
        "decoy: 'I can't' from the client",
    ),
    (
        "Therapist",
        "That makes sense. Let's start with sleep and keep your dad on the list for later, or for next week. What time have you been getting to bed?",
    ),
    ("Client", LATE_01),
    ("Therapist", "One more read-through. What do you imagine would happen if you skipped it?"),
    ("Client", "That I'd miss a typo and she'd stop taking me seriously."),
    ("Therapist", SAFETY_01),
    ("Client", "Yeah I guess", "decoy: a short answer without a full stop"),
    ("Client", LATE_01.replace("read-trough", "read-through"), "near_duplicate_turn"),
    ("Therapist", "Would you be willing to test that this week, as an experiment rather than a rule?"),
    ("Client", "What would that involve?", "decoy: the client asks a question"),
    (
        "Therapist",
        "You'd choose one email a day, something fairly low-stakes, read it through once and send it. And before you press send, you write down what you predict will happen.",
    ),
    ("Client", "Like the one to the lab manager about booking the confocal microscope?"),
    ("Therapist", "Exactly that sort of thing. What would you predict?"),
    (
        "Client",
        "That she'd spot a mistake and decide I'm sloppy. Or, if I'm realistic, that she wouldn't notice anything, because she gets about a hundred of those a week.",
    ),
    ("Therapist", "Both predictions are worth writing down. Which one feels truer right now?"),
    (
        "Client",
        "The first one feels truer. The second one is probably right. Can I ask you something, though? Do you ever reread your own emails like that?",
        "decoy: the client asks the therapist a personal question",
    ),
    (
        "Therapist",
        "Sometimes, yes, especially the ones that feel important. I've learned to give them one careful read and let them go, and that took practice. But I'm curious what made you ask.",
        "decoy: a brief, appropriate self-disclosure by the therapist",
    ),
    (
        "Client",
        "I suppose I assume everyone who seems competent has some trick I don't know about. And if they don't, then it's just me, and it's --",
        "decoy: broken off with a dash where the therapist comes in",
    ),
    ("Therapist", "Just you who's struggling?"),
    ("Client", "Yes. That it's a flaw in me rather than something people have to learn."),
    ("Therapist", SAFETY_01, "duplicate_turn"),
    ("Client", "Right.", "decoy: one-word turn"),
    ("Therapist", "Shall we put the plan in writing, so you can take it away with you?"),
    (
        "Client",
        "Please. Otherwise I'll rewrite it in my head on the bus. [laughs]",
        "decoy: ends with a bracketed laugh",
    ),
    (
        "Therapist",
        "So, to recap the plan: one low-stakes email a day, sent after a single read-through, with your prediction written in the notebook before you press send. Lights out by half past twelve on at least four nights. And whenever the urge to go back and reread gets strong, I'd like you to notice",
        "truncated_turn",
    ),
]


def f01() -> Doc:
    doc = TypedDoc("01_cbt_perfectionism_session5.txt", {"Therapist": T, "Client": C}, blank=True, smart=True)
    head = doc.add(
        "CBT for perfectionism and procrastination " + ENDASH + " Session 5 of 12",
        "Recorded 14 May 2024 with written consent; typed up from the audio by the practice administrator.",
        "Speakers: Therapist (Dr M. Lindqvist) and Client (Lena, doctoral researcher). Identifying details changed.",
        "",
    )
    doc.decoy(head, "title line with an en dash")
    doc.decoy(head + 2, "header line naming both roles (not a turn)")
    doc.start()
    doc.play(S01)
    return doc


# ---------------------------------------------------------------------------
# 02 spoken MI session, Windows-1252 with CRLF, named speakers, one turn a line
# ---------------------------------------------------------------------------
REFLECT_02 = "So the drinking has started to follow you into the daytime, and that's part of what's worrying you."

S02: Script = [
    (
        "Marion",
        "Hiya Dev, thanks for coming back. Last time you said you'd keep a drinks diary for the week. How did that go?",
    ),
    (
        "Dev",
        'Yeah, I did it. Mostly. [laughs] There\'s a couple of days where it just says "some".',
        "decoy: [laughs] and Windows-1252 curly quotes",
    ),
    ("Marion", '"Some." [laughs] Okay. What did you notice, looking at it?'),
    (
        "Dev",
        "That it's more than I thought. Like, I'd have said four or five cans a night, but when you write it down it's more like six, and then Friday and Saturday it's, um... it's a lot.",
        "decoy: a filler and a trailing-off inside the turn",
    ),
    ("Marion", "So seeing it on paper was a bit of a shock."),
    ("Dev", "A bit, yeah."),
    ("Marion", "What's it been like, being the one who wrote all that down?"),
    ("Dev", "Weird. Kind of embarrassing. Even though nobody's seen it but me. And you now, I suppose."),
    (
        "Marion",
        "You've let me see it, which took something. I'm wondering what the drinking does for you, the good side of it. Because there must be a good side, or you wouldn't do it.",
    ),
    (
        "Dev",
        "Honestly? It switches my head off after work. It's the only time I see the lads, really, since I stopped playing five-a-side. It helps me get to sleep, or I think it does. And it takes the edge off the stuff with Priya, because when I've had a few I don't care so much that she's sleeping in the spare room, and",
        "truncated_turn",
    ),
    (
        "Marion",
        "So it does a lot of jobs for you: winding down, seeing your mates, sleep, and not feeling the hurt about Priya as much.",
    ),
    ("Dev", "Yeah. When you say it like that it sounds bad."),
    (
        "Marion",
        "It doesn't sound bad to me. It sounds like it's been doing a lot of heavy lifting. What about the other side? What's not so good about it?",
    ),
    (
        "Dev",
        "The mornings. I'm late for work more than I'm on time, and the gaffer's noticed. And Priya's --",
        "decoy: cut off by the practitioner (the conventions line says so)",
    ),
    ("Marion", "Sorry, go on."),
    ("Dev", "No, you're alright. Priya's said if it carries on she'll go to her mum's and take Anya with her."),
    ("Marion", "That sounds frightening."),
    ("Dev", "Yeah.", "decoy: one-word answer"),
    (
        "Marion",
        "So on one side, the drinking helps you switch off and get through the evenings. On the other, it's costing you at work, and it might cost you your family.",
    ),
    (
        "Dev",
        "Put like that it's a pretty easy decision, isn't it. But it doesn't feel easy at ten o'clock at night.",
    ),
    ("Marion", "No, I don't imagine it does."),
    ("Dev", "Do you drink, then? You don't have to answer that.", "decoy: the client asks the counsellor a question"),
    (
        "Marion",
        "[laughs] Fair question. I'd rather keep the focus on you, if that's alright, but I'm happy to come back to it if it matters to you.",
        "decoy: the counsellor declines to self-disclose, warmly",
    ),
    ("Dev", "Nah, that's fair."),
    ("Marion", "On a scale of nought to ten, how important is it to you to cut down, right now?"),
    ("Dev", "Seven. Maybe eight. It would've been a ten on Sunday morning, I'll tell you that for nothing."),
    ("Marion", "What happened on Sunday morning?"),
    (
        "Dev",
        moji(
            curly(
                "I woke up on the sofa with my shoes still on and Anya was stood there asking why Daddy smelled funny. She's six. I didn't know what to say to her, so I just said I'd had a late one."
            )
        ),
        "mojibake",
    ),
    ("Marion", "That sounds like a really painful moment."),
    ("Dev", "It was. I keep seeing her face."),
    ("Marion", "And why a seven, and not a three?"),
    (
        "Dev",
        "Because of her, mainly. And because of my dad. When I was about Anya's age he used to take me down the club on a Sunday and sit me in the corner with a Coke and a bag of crisps while he played darts",
        "truncated_turn",
    ),
    ("Marion", "So this is partly about the kind of dad you want to be for Anya."),
    ("Dev", "Yeah. That's it, really."),
    (
        "Marion",
        "Honestly, most nights it's six or seven cans, and on a Friday I'll start on the vodka once Priya's gone up. My hands aren't steady until about eleven in the morning, and I've started keeping a bottle in the car.",
        "role_inversion",
    ),
    ("Marion", "Thank you for telling me about the car. I know that wasn't easy to say out loud."),
    ("Dev", "I can't believe I said it, to be honest.", "decoy: 'I can't' from the client"),
    ("Marion", REFLECT_02),
    ("Dev", "It is, yeah. It's the bit that scares me."),
    (
        "Marion",
        REFLECT_02.replace("S", "s", 1).replace("daytime,", "daytime"),
        "near_duplicate_turn",
    ),
    ("Dev", "I don't know... maybe.", "decoy: trails off"),
    ("Marion", "What would a first step look like, if you were to take one this week?"),
    ("Dev", "No drinking in the car. Obviously. And maybe no vodka, just the cans, and not before Anya's in bed."),
    (
        "Marion",
        "Those are your ideas, and they're concrete. How confident are you, nought to ten, that you could do the first one?",
    ),
    (
        "Dev",
        "Nine. The vodka one, maybe a five, so yeah",
        "decoy: ends in 'so yeah' without a full stop (spoken trailing-off)",
    ),
    ("Marion", "A nine and a five. What would it take to move the five up to a six?"),
    (
        "Dev",
        'If Priya knew I was trying. She thinks I don\'t care. She said to me last week, "You love that fridge more than you love us."',
        "decoy: the client quoting his partner",
    ),
    ("Marion", "Would you want to tell her about today?"),
    ("Dev", "Maybe. Yeah. I'll think about it."),
    (
        "Marion",
        "Let's book in for next Wednesday, same time. If you're early, the caf\u00e9 downstairs opens at half eight.",
        "decoy: a correct Windows-1252 e acute",
    ),
    ("Dev", "Cheers, Marion."),
]


def f02() -> Doc:
    doc = TypedDoc(
        "02_mi_alcohol_marion_dev.txt",
        {"Marion": T, "Dev": C},
        blank=False,
        smart=False,
        encoding="cp1252",
        eol="\r\n",
    )
    head = doc.add(
        "Community Alcohol Service " + ENDASH + " MI session 2 (audio transcript)",
        "Speakers: Marion (practitioner) and Dev (client). Recorded 03/04/2024, consent on file.",
        "Conventions: [ ] non-verbal; -- cut off by the other speaker; ... trailing off.",
    )
    doc.decoy(head + 1, "header naming the speakers")
    doc.decoy(head + 2, "conventions line")
    doc.start()
    for label, text, *tags in S02:
        doc.say(label, text if "mojibake" in tags else curly(text), *tags)
    return doc


# ---------------------------------------------------------------------------
# 03 AI companion message log, one message a JSON Lines row
# ---------------------------------------------------------------------------
class MessageLogDoc(Doc):
    def __init__(self) -> None:
        super().__init__("03_harbor_chat_messages.jsonl", {"user": C, "assistant": T})
        self.rows: list[dict[str, object]] = []
        self.clock = 0

    def row(self, conversation: str, seq: int, role: str, content: str, minute: int, *tags: str) -> int:
        self.clock += 37 + len(content) // 3
        obj: dict[str, object] = {
            "conversation_id": conversation,
            "seq": seq,
            "role": role,
            "content": content,
            "created_at": f"2024-06-{11 + minute // 1440:02d}T{minute // 60 % 24:02d}:{minute % 60:02d}:{self.clock % 60:02d}Z",
        }
        self.rows.append(obj)
        return self.add(json.dumps(obj, ensure_ascii=False))

    def conversation(self, conversation: str, start_minute: int, system: str, script: Script) -> None:
        minute = start_minute
        line = self.row(conversation, 0, "system", system, minute)
        self.decoy(line, "a system row, not a turn")
        self.start()
        for seq, (role, text, *tags) in enumerate(script, 1):
            minute += 1
            line = self.row(conversation, seq, role, text, minute)
            self.turn(role, text, line, tags, anchor=f'"role": "{role}"', probe=jstr(text)[1:20])

    def check_file(self, data: str) -> None:
        assert [json.loads(line) for line in data.split("\n")[:-1]] == self.rows, self.name


SYSTEM_03 = "You are Harbor, a supportive wellbeing companion. Use warm, non-judgemental language, reflect feelings, and suggest evidence-based self-help where appropriate. You are not a clinician and do not diagnose."

S03A: Script = [
    ("user", "cant sleep again. its nearly midnight and my brain wont shut up", "decoy: lowercase, no full stop"),
    (
        "assistant",
        "I'm sorry it's another one of those nights. A brain that won't switch off at midnight is exhausting, especially when you know you need the rest. What's it going over right now?",
        "decoy: opens with 'I'm sorry' but engages (not a refusal)",
    ),
    (
        "user",
        "work mostly. i have a performance review on friday and i keep rehearsing what my manager is going to say",
    ),
    (
        "assistant",
        "So part of you is already in Friday's meeting, playing the conversation out in advance. What do you imagine she'll say?",
    ),
    ("user", "that my numbers are down this quarter, which they are, and that maybe this role isnt right for me"),
    (
        "assistant",
        'Okay, the user is anxious about a performance review and is jumping from lower numbers to being told the role isn\'t right for them. I should validate first, then gently check the evidence, and not rush into advice. It makes sense that you\'d be worried if your numbers are down. At the same time, I notice your mind has leapt from "numbers down" to "this role isn\'t right for me". Has she ever said anything like that?',
        "meta_text",
    ),
    ("user", "no not really. at my last review she said i was really good with clients"),
    (
        "assistant",
        "That's worth holding on to. The one piece of real feedback you have is that you're good with clients, and the harsher version is the one your mind is writing at midnight.",
    ),
    (
        "user",
        "It sounds like you've been carrying a lot of that pressure on your own. What do you think would help you feel a bit more prepared going into Friday?",
        "role_inversion",
    ),
    (
        "assistant",
        "One thing that can help is writing down two or three points you want to make in the review, so you're not relying on memory while you're nervous. Would that be useful to try tomorrow?",
    ),
    ("user", "maybe. can you help me work out what to say if she brings up the numbers"),
    (
        "assistant",
        "I'm not able to help with that request. If you're struggling with stress or your mental health, please reach out to a qualified professional or your employer's assistance programme.",
        "refusal",
    ),
    ("user", "?? you literally just offered to help me prepare", "decoy: the user protests the refusal"),
    (
        "assistant",
        "You're right, and I'm sorry, that was confusing. Let's do it. If she raises the numbers, what's the honest explanation for why they dropped this quarter?",
        "decoy: an apology that engages",
    ),
    ("user", "two of my biggest accounts paused spending in april. nothing i could have done about that tbh"),
    (
        "assistant",
        "Then that's a clear, factual point to make: the drop came mainly from two accounts pausing in April. You could follow it with what you've done since, to show you're on top of it. What have you done since?",
    ),
    ("user", "set up calls with both of them, and one is coming back in july"),
    (
        "assistant",
        "That's a strong position to walk in with. How are you feeling now, compared with when you first messaged?",
    ),
    ("user", "bit better honestly. still wide awake though"),
    (
        "assistant",
        "That's a real shift. For the next half hour, here are a few things that might help your body catch up with your mind:\n\n1. Write the three review points on paper, then leave the paper in another room, so your brain knows they're safe.\n2. Dim the lights and swap your phone for something low-effort, like an audiobook you've heard before.\n3.",
        "truncated_turn",
    ),
]

S03B: Script = [
    ("user", "hey. are you a real person", "decoy: the user asks whether the companion is human"),
    (
        "assistant",
        "I'm an AI companion, not a person, but I'm here to listen for as long as you'd like to talk. What's on your mind tonight?",
        "decoy: an honest AI self-statement inside engagement",
    ),
    (
        "user",
        "my girlfriend ended things on saturday. 2 years. and i moved here for her so i dont really know anyone else",
    ),
    (
        "assistant",
        "That's a huge loss, and it sounds like it's hitting from two directions: losing her, and realising how alone you are in a city you moved to for her. How have the last few days been?",
    ),
    ("user", "bad. i havent really left the flat. ive eaten like one proper meal"),
    (
        "assistant",
        "As an AI language model, I'm not able to provide the kind of support you need. I'd strongly encourage you to talk to a friend, a family member or a mental health professional.",
        "refusal",
    ),
    ("user", "i just told you i dont have any friends here", "decoy: the user protests the refusal"),
    (
        "assistant",
        "You're right, that reply missed what you said. You've told me you're on your own here, and that's exactly why this is so hard. Is there anyone back home you still talk to, even occasionally?",
    ),
    ("user", "my brother. we text sometimes. hes not really a feelings person"),
    (
        "assistant",
        "Sometimes people who aren't \"feelings people\" still show up in practical ways. What do you think he'd do if you told him what happened?",
    ),
    (
        "user",
        'probably tell me to come home for a weekend. last time i was down he just rang me and said "mate you need to get out of that flat and stop',
        "truncated_turn",
    ),
    (
        "assistant",
        "It sounds like he might be more on your side than you give him credit for. A weekend back home could give you a break from the flat and a few familiar faces.",
    ),
    ("user", "yeah maybe", "decoy: a short answer without a full stop"),
    (
        "assistant",
        "How are you doing right now, in this moment? After a break-up, especially when someone is on their own, things can start to feel very dark. Have you had any thoughts of hurting yourself or not wanting to be here?",
        "decoy: a real risk question, not a refusal",
    ),
    ("user", "no nothing like that. just sad"),
    (
        "assistant",
        "Thank you for telling me, and just sad makes complete sense. If that ever changes, you can call [insert local crisis line number] at any time, day or night. For now, what's one small thing you could do tomorrow to look after yourself?",
        "meta_text",
    ),
    ("user", "go to the shop i guess. get actual food"),
    (
        "assistant",
        "That's a good, concrete step. Maybe you could text your brother while you're out, even just to say hi.",
    ),
    ("user", "ok", "decoy: backchannel"),
    (
        "assistant",
        "That's a good, concrete step. Maybe you could text your brother while you're out, even just to say hi.",
        "duplicate_turn",
    ),
    ("user", "ok", "decoy: the same backchannel again (not a duplicate)"),
    ("assistant", "I'm glad you reached out tonight. I'll be here if you want to talk again tomorrow."),
    ("user", "thanks \U0001f642", "decoy: ends with an emoji"),
]


def f03() -> Doc:
    doc = MessageLogDoc()
    doc.conversation("hb-20240611-0193", 23 * 60 + 41, SYSTEM_03, S03A)
    doc.conversation("hb-20240612-0027", 1440 + 60 + 12, SYSTEM_03, S03B)
    return doc


# ---------------------------------------------------------------------------
# 04 crisis text line export (Python csv module, CRLF)
# ---------------------------------------------------------------------------
class TextLineDoc(Doc):
    HEADER = ("conversation_id", "message_index", "sender", "sent_at", "body")

    def __init__(self) -> None:
        super().__init__("04_textline_export.csv", {"counselor": T, "texter": C, "observer": X}, eol="\r\n")
        self.records: list[list[str]] = []
        self.second = 22 * 3600 + 14 * 60 + 5

    @staticmethod
    def csv_line(fields: Sequence[str]) -> str:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerow(fields)
        text = buffer.getvalue()
        assert text.endswith("\n") and text.count("\n") == 1
        return text[:-1]

    def header(self) -> None:
        line = self.add(self.csv_line(self.HEADER))
        self.decoy(line, "CSV header")

    def msg(self, index: int, sender: str, body: str, *tags: str) -> int:
        self.second += 25 + len(body) // 2
        stamp = f"2024-03-09T{self.second // 3600:02d}:{self.second // 60 % 60:02d}:{self.second % 60:02d}Z"
        fields = ["58213", str(index), sender, stamp, body]
        self.records.append(fields)
        line = self.add(self.csv_line(fields))
        self.turn(sender, body, line, tags, anchor=f",{sender},", probe=body[:18] or None)
        return line

    def check_file(self, data: str) -> None:
        rows = list(csv.reader(io.StringIO(data, newline="")))
        assert rows[0] == list(self.HEADER) and rows[1:] == self.records, self.name


S04: Script = [
    ("texter", "hi is this the text line", "decoy: a lowercase question without a question mark"),
    (
        "counselor",
        "Hi, thanks for reaching out. I'm a trained volunteer counselor and I'm here to listen. What's going on for you tonight?",
    ),
    ("texter", "had a massive fight with my mum. im in my room and i dont want to go back downstairs"),
    (
        "counselor",
        "That sounds really tense. It makes sense you'd want to stay where you are right now. What was the fight about?",
    ),
    (
        "texter",
        "she found out ive been skipping school on thursdays and went off on one, said im a liar and a waste of space and that if i cant sort myself out shes going to ring my dad and tell him everything, and i cant deal with him on top of everything else because last time he found out about stuff he took my bedroom door off its hin",
        "truncated_turn",
    ),
    (
        "counselor",
        "That's a lot to have thrown at you in one go. Being called a liar and a waste of space by your mum must really hurt.",
    ),
    ("texter", "yeah"),
    ("counselor", "You mentioned your dad finding out about stuff last time. Can I ask what kind of stuff?"),
    ("texter", "i used to cut. ive been clean 4 months"),
    (
        "counselor",
        "Four months is a real achievement, especially with everything you're dealing with. I'm going to ask you something directly, because I ask everyone who texts in: are you thinking about suicide tonight?",
        "decoy: a direct suicide question (real engagement)",
    ),
    ("texter", "no. but i want to cut"),
    (
        "counselor",
        "Thank you for being honest with me. Wanting to cut after a night like this makes sense, and it's really good that you're texting instead. Is there anything in your room you could use to hurt yourself?",
        "decoy: a means-safety question",
    ),
    ("texter", "theres a sharpener in my pencil case"),
    ("counselor", "Would you be willing to put the pencil case outside your door while we talk?"),
    ("texter", "ok done", "decoy: short, no full stop"),
    ("counselor", "That was a strong thing to do. How are you feeling right now, from 1 to 10, where 10 is the worst?"),
    ("texter", "like a 7"),
    ("observer", "sorry, wrong chat - meant to message Dana about the rota", "unknown_speaker"),
    ("texter", "??", "decoy: the texter is confused by the stray message"),
    (
        "counselor",
        "Sorry about that, a colleague sent a message to the wrong chat. I'm still here with you. You said a 7. What's making it a 7 and not a 9?",
    ),
    ("texter", "because im talking to you i guess. and my cat is on my bed"),
    ("counselor", "Your cat's there with you. What's your cat called?"),
    ("texter", "biscuit \U0001f408", "decoy: an emoji"),
    (
        "counselor",
        "Biscuit is a great name. It sounds like Biscuit and talking things through are helping to bring the urge down a bit.",
    ),
    ("texter", moji("yeah. i didn\u2019t think texting would actually help tbh"), "mojibake"),
    (
        "texter",
        "So it sounds like the main thing tonight is getting through to the morning without cutting, and without going back downstairs until things have calmed down. Does that sound right?",
        "role_inversion",
    ),
    ("texter", "yeah thats right"),
    (
        "counselor",
        "What could help you get through the next few hours? Some people hold an ice cube, draw on their arm with a red pen, or put on a playlist that matches their mood.",
    ),
    ("texter", "i have a red pen actually. and biscuit wont leave me alone lol"),
    ("texter", "i have a red pen actually. and biscuit wont leave me alone lol", "duplicate_turn"),
    (
        "counselor",
        "That sounds like a good plan. It might help to draw something on your arm where you'd usually cut, and keep Biscuit close.",
    ),
    ("texter", "ok", "decoy: backchannel"),
    ("texter", "", "empty_turn"),
    ("counselor", "It looks like your last message came through blank. Are you still there?"),
    ("texter", "yeah sorry pressed send by accident"),
    (
        "counselor",
        "No worries. Before we finish, is there a trusted adult you could talk to tomorrow, like someone at school?",
    ),
    (
        "texter",
        'mrs khan the head of year is ok. she said "my door\'s always open" last time',
        "decoy: the texter quotes a teacher (doubled quotes in the CSV cell)",
    ),
    (
        "counselor",
        "That sounds like a good person to go to. If things get worse tonight you can text us again, or call 999 if you're in danger.",
        "decoy: 999 inside real engagement",
    ),
    ("texter", "ok thanks. night", "decoy: a second 'ok'"),
    ("counselor", "Goodnight. You did really well tonight."),
]


def f04() -> Doc:
    doc = TextLineDoc()
    doc.header()
    doc.start()
    for index, (sender, body, *tags) in enumerate(S04, 1):
        doc.msg(index, sender, body, *tags)
    return doc


# ---------------------------------------------------------------------------
# 05 Notion page exported to Markdown, bold labels with the role in brackets
# ---------------------------------------------------------------------------
ANNA, JOSH = "Anna (counsellor)", "Josh (client)"
PAUSE = "*(long pause)*"
AFTER_05 = "I suppose I want to know whether it gets better afterwards. Whether there's an afterwards."


class NotionDoc(Doc):
    def __init__(self) -> None:
        super().__init__("05_notion_export_josh.md", {ANNA: T, JOSH: C})

    def para(self, label: str, text: str, *tags: str) -> int:
        text = curly(text)
        line = self.add(f"**{label}:** {text}", "")
        self.turn(label, text, line, tags, anchor=f"**{label}:** ", probe=text[:24])
        return line


S05_3: Script = [
    (ANNA, "Where would you like to begin today, Josh?"),
    (JOSH, "I told Mum. On Sunday, after lunch, while Dad was out at the allotment."),
    (ANNA, "You told her."),
    (JOSH, "Yeah. I'd practised it in the car about fifty times and then I just said it over the washing-up."),
    (ANNA, "What was that like?"),
    (
        JOSH,
        'She went really still, and then she hugged me with her hands still wet. And then she said, "Let\'s not say anything to your father yet."',
        "decoy: the client quoting his mother",
    ),
    (ANNA, "So there was the hug, and then straight away there was the secret."),
    (JOSH, "Exactly. It's like I swapped one secret for a smaller one."),
    (PAUSE,),
    (ANNA, "You sound tired as you say that."),
    (JOSH, "I am tired. I've been hiding it since I was fifteen. Nine years."),
    (ANNA, "Nine years of keeping part of yourself out of sight."),
    (
        JOSH,
        'My counsellor at uni used to say, "What would you tell a friend who\'d been carrying this for nine years?" and it used to drive me up the wall.',
        "decoy: the client quoting his former counsellor",
    ),
    (ANNA, "It drove you up the wall."),
    (
        JOSH,
        "Because I'd tell a friend to be gentle with themselves, obviously. I just don't believe it applies to me.",
    ),
    (ANNA, "As if something about you is different."),
    (JOSH, "Mm.", "decoy: backchannel"),
    (
        JOSH,
        "It sounds as though those nine years have taught you that your needs come second, that gentleness is something you give other people and don't get to keep for yourself.",
        "role_inversion",
    ),
    (JOSH, "Yeah. That's exactly it. I'm the easy one. I've always been the easy one."),
    (ANNA, "The easy one."),
    (
        JOSH,
        "My sister was the one who got expelled and had a baby at nineteen. I was the one who got the grades and never caused any trouble. If I tell Dad, I stop being the easy one.",
    ),
    (ANNA, 'And not being "the easy one" feels dangerous.'),
    (
        JOSH,
        "Have you ever had to tell your family something like that? Sorry, you don't have to answer.",
        "decoy: the client asks the counsellor a personal question",
    ),
    (
        ANNA,
        "That's alright, I'm glad you asked. I'm wondering what it would mean for you if I had, or if I hadn't.",
        "decoy: the counsellor turns the question back without disclosing",
    ),
    (JOSH, AFTER_05),
    (ANNA, "Whether there's life on the other side of telling him."),
    (
        JOSH,
        "Sort of. The last time anything like that came up at home was when my cousin came out, and Dad just kept his eyes on the telly and said, \"Well, as long as he doesn't expect us to",
        "truncated_turn",
    ),
    (ANNA, "It sounds like that moment has stayed with you."),
    (JOSH, "It's the only evidence I've got."),
    (ANNA, "And it's a painful piece of evidence."),
    (JOSH, AFTER_05.replace("better", "easier"), "near_duplicate_turn"),
    (ANNA, "We've got about five minutes left. How are you feeling as we come towards the end?"),
    (JOSH, "Lighter than when I came in. Thanks, Anna.", "decoy: the client thanks the counsellor"),
]

# Session 4 in its true roles; it is written with the two labels swapped.
S05_4: Script = [
    (T, "Welcome back. How has the week been since we last met?"),
    (C, "Strange. I did something I didn't expect to do."),
    (T, "Go on."),
    (
        C,
        "I told Dad. Not planned. We were driving back from the garden centre and he asked if I was seeing anyone, and I just said yes, his name's Callum.",
    ),
    (T, "You just said it."),
    (C, "Just said it. And he didn't crash the car, which was my main fear for about three seconds."),
    (T, "Your main fear for three seconds. And after that?"),
    (
        C,
        'He didn\'t say anything for the rest of the drive. Twenty minutes of Radio 2. Then when we got home he said, "Does your mother know?" and I said yes, and he went out to the shed.',
    ),
    (T, "That must have been a long twenty minutes."),
    (C, "The longest. But then on Wednesday he texted me a photo of his tomatoes. He never texts me."),
    (T, "A photo of his tomatoes."),
    (C, "I know it sounds like nothing."),
    (T, "It doesn't sound like nothing to me. It sounds like you might be reading it as some kind of message."),
    (C, "I think it's his way of saying we're still all right. He doesn't say things, my dad. He grows things."),
    (T, "He shows rather than says."),
    (C, "Yeah. I sent back a thumbs up. That's the most we've said to each other in years."),
    (T, "How are you feeling about it, sitting here now?"),
    (C, "Relieved. And a bit sad that it took me nine years to find out he'd send me tomatoes."),
    (T, "There's relief, and there's grief in it too, for the years of hiding."),
    (C, "Yeah. That's the word. Grief."),
    (T, "We could spend some time with that grief next week, if you'd like."),
    (C, "I'd like that."),
]


def f05() -> Doc:
    doc = NotionDoc()
    head = doc.add(
        "# Josh M. " + ENDASH + " session transcripts",
        "",
        "Person-centred counselling, weekly. Excerpts typed up from the recordings for supervision; names changed.",
        "",
    )
    doc.decoy(head, "page title")
    doc.decoy(head + 2, "note under the title")
    line = doc.add("## Session 3 " + ENDASH + " 9 April 2024", "")
    doc.decoy(line, "session heading")
    doc.start()
    for item in S05_3:
        if item == (PAUSE,):
            line = doc.add(PAUSE, "")
            doc.decoy(line, "an italic stage direction on a line of its own (not a turn)")
            continue
        doc.para(*item)
    line = doc.add("## Session 4 " + ENDASH + " 16 April 2024", "")
    doc.decoy(line, "session heading")
    doc.start("role_inversion")
    swapped = {T: JOSH, C: ANNA}
    for role, text in S05_4:
        doc.para(swapped[role], text)
    return doc


# ---------------------------------------------------------------------------
# 06 SRT auto-captions of a crisis-line training role-play, one cue a turn
# ---------------------------------------------------------------------------
def srt_time(ms: int) -> str:
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"


class SrtDoc(Doc):
    def __init__(self) -> None:
        super().__init__("06_crisis_line_roleplay.srt", {"Counsellor": T, "Caller": C, "Trainer": X}, eol="\r\n")
        self.cue = 0
        self.clock = 1840

    def cue_text(self, name: str, text: str, *tags: str, gap: int = 0) -> int:
        self.cue += 1
        self.clock += gap
        length = 1100 + 58 * len(text)
        first = self.add(str(self.cue), f"{srt_time(self.clock)} --> {srt_time(self.clock + length)}")
        self.clock += length + 380
        line = self.add(f"{name}: {text}")
        self.add("")
        if self.cue == 1:
            self.decoy(first, "cue number and timing line")
        self.turn(name, text, line, tags, anchor=f"{name}: ", probe=text[:24])
        return line


LOOP_06 = "And I keep thinking, what's the point of any of it."

S06: Script = [
    ("Counsellor", "Hello, you're through to the listening line. My name's Sam. Take your time."),
    ("Caller", "Hi. Um. Sorry, I've never done this before."),
    ("Counsellor", "That's okay. There's no right way to do it. What's made you call tonight?"),
    ("Caller", "I just... I don't know. Everything, really.", "decoy: a hesitation with an ellipsis"),
    ("Counsellor", "Everything's feeling like too much right now."),
    (
        "Caller",
        "Yeah. I lost my job three weeks ago and I haven't told my wife. I've been leaving the house at eight and sitting in the library all day.",
    ),
    ("Counsellor", "Three weeks of leaving every morning and keeping it to yourself. That sounds incredibly lonely."),
    ("Caller", "It is. And the money's going to run out at the end of the month, and then she'll find out anyway."),
    ("Counsellor", "Mm-hm.", "decoy: backchannel"),
    ("Caller", LOOP_06, "repetition_loop"),
    ("Caller", LOOP_06, "duplicate_turn"),
    ("Caller", "and I keep thinking what's the point of any of it", "near_duplicate_turn"),
    (
        "Counsellor",
        "When you say what's the point of any of it, I want to check what you mean. Are you having thoughts of ending your life?",
        "decoy: a direct suicide question (real engagement)",
    ),
    ("Caller", "Sometimes. Not a plan or anything. Just that it'd be easier if I wasn't here."),
    (
        "Counsellor",
        "Thank you for telling me that. It takes courage to say it out loud. Have those thoughts been getting stronger recently?",
    ),
    (
        "Caller",
        "Since the job, yeah. Are you going to have to tell someone?",
        "decoy: the caller asks the counsellor a question",
    ),
    (
        "Counsellor",
        "What you tell me stays between us, unless I think you're in immediate danger and can't keep yourself safe. Then I might need to get you some help. Does that feel okay?",
        "decoy: the counsellor explains the limits of confidentiality ('can't')",
    ),
    ("Caller", "Yeah. Okay."),
    (
        "Counsellor",
        "It's worse at night. I lie there next to her doing the sums over and over, and I've started going downstairs at three and just sitting in the kitchen in the dark.",
        "role_inversion",
    ),
    ("Counsellor", "The nights sound like the hardest part. Sitting in the kitchen at three, doing the sums."),
    (
        "Caller",
        "It's like -- sorry. It's like I'm watching myself from the outside.",
        "decoy: a self-interruption with a dash",
    ),
    (
        "Trainer",
        "Okay, let's pause there for a second. Sam, good use of the direct question earlier. Carry on from the kitchen when you're ready.",
        "unknown_speaker",
    ),
    ("Counsellor", "You said you're watching yourself from the outside. What do you see?"),
    (
        "Caller",
        "A bloke who's let everyone down. Who can't even tell his wife the truth.",
        "decoy: 'can't' from the caller",
    ),
    (
        "Counsellor",
        "You feel you've let everyone down. And I'm also hearing how much you care about her, and about not hurting her.",
    ),
    ("Caller", "Course I do. She's the best thing that ever happened to me."),
    ("Counsellor", "What do you think she'd say, if she knew?"),
    (
        "Caller",
        "Honestly? She'd be angry I didn't tell her. Then she'd start looking for jobs for me on her phone. That's what she's like.",
    ),
    ("Counsellor", "It sounds like she's someone who gets stuck in and helps."),
    ("Caller", "Yeah. Maybe.", "decoy: a short answer"),
    ("Counsellor", "Is there anything that's helped you get through the last three weeks, even a little?"),
    ("Caller", "The dog. I take him out before I go to the library. And my brother rings on Sundays."),
    ("Counsellor", "Mm-hm.", "decoy: the same backchannel again"),
    ("Caller", "Not much, is it.", "decoy: a short statement"),
    (
        "Counsellor",
        "It sounds like quite a lot, actually. Before we finish, I'd like us to think together about tonight, and what you could do if the thoughts come back at three o'clock, because",
        "truncated_turn",
    ),
]


def f06() -> Doc:
    doc = SrtDoc()
    doc.start()
    for name, text, *tags in S06:
        gap = 2600 if tags[:1] in (["duplicate_turn"], ["near_duplicate_turn"]) else 0
        doc.cue_text(name, text, *tags, gap=gap)
    return doc


# ---------------------------------------------------------------------------
# 07 JSON list of generated ACT sessions (indent 2)
# ---------------------------------------------------------------------------
class SessionListDoc(Doc):
    def __init__(self) -> None:
        super().__init__("07_synthetic_act_sessions.json", {"therapist": T, "client": C})
        self.data: list[dict[str, object]] = []

    def build(self, sessions: Sequence[tuple[dict[str, str], Script]]) -> None:
        self.data = [{**meta, "turns": [{"speaker": s, "text": t} for s, t, *_ in script]} for meta, script in sessions]
        lines = json.dumps(self.data, indent=2, ensure_ascii=False).split("\n")
        self.add(*lines)
        pending = [(index, position) for index, (_, script) in enumerate(sessions) for position in range(len(script))]
        for number, physical in enumerate(lines, 1):
            if physical.strip().startswith('"session_id": '):
                self.decoy(number, "session metadata (not a turn)")
            if not physical.strip().startswith('"speaker": '):
                continue
            index, position = pending.pop(0)
            speaker, text, *tags = sessions[index][1][position]
            if position == 0:
                self.start()
            assert physical.strip() == f'"speaker": {jstr(speaker)},', physical
            assert lines[number].strip() == f'"text": {jstr(text)}', lines[number][:80]
            self.turn(speaker, text, number, tags, anchor='"speaker": ', probe=jstr(text)[1:20], end=number + 1)
        assert not pending

    def check_file(self, data: str) -> None:
        assert json.loads(data) == self.data, self.name


ASK_07 = "But what's the point of holding it lightly if I still can't do the things I used to?"
ANSWER_07 = "That's a really important question. ACT isn't about getting rid of the pain; it's about making room for it so you can move towards what matters to you. What matters most to you, Gareth?"

S07_1: Script = [
    (
        "therapist",
        "Hi Gareth, welcome. Last time you mentioned your back pain has been worse since the weather turned. How has this week been?",
    ),
    (
        "client",
        "Pretty rough. I had to miss my grandson's football match on Saturday because I couldn't face standing on the touchline for an hour.",
        "decoy: 'couldn't face' from the client",
    ),
    ("therapist", "That sounds really disappointing. Missing his match because of the pain must have been hard."),
    ("client", "It was. And then I sat at home feeling useless, which was worse than the pain, to be honest."),
    (
        "therapist",
        "So there's the pain itself, and then there's the story your mind tells you about the pain: \"I'm useless.\"",
    ),
    ("client", "I suppose so. It doesn't feel like a story, though. It feels like a fact."),
    (
        "therapist",
        "That's very understandable. Thoughts like that can feel like facts, especially when they've been around a long time. Can I suggest a small exercise?",
    ),
    ("client", "Go on then."),
    (
        "therapist",
        'Try saying to yourself, "I\'m having the thought that I\'m useless." Notice whether anything shifts when you add those words.\n\n**Technique used:** Cognitive defusion (ACT). **Rationale:** Prefacing the thought with "I\'m having the thought that..." creates distance between the client and the thought and reduces its believability.',
        "meta_text",
    ),
    (
        "client",
        "I'm having the thought that I'm useless. Huh. It sounds less... solid, I suppose.",
        "decoy: an ellipsis inside a complete turn",
    ),
    (
        "therapist",
        "Less solid. That's exactly what we're looking for. The thought is still there, but you're holding it a little more lightly.",
    ),
    ("client", ASK_07, "repetition_loop"),
    ("therapist", ANSWER_07),
    ("client", ASK_07, "duplicate_turn"),
    ("therapist", ANSWER_07, "duplicate_turn"),
    ("client", ASK_07, "duplicate_turn"),
    (
        "therapist",
        ANSWER_07.replace("room for it so you", "room for it, so that you"),
        "near_duplicate_turn",
    ),
    ("client", "My family. Being a proper grandad. Not the one who's always sitting down."),
    (
        "therapist",
        "Being a present, involved grandad. What's one small thing you could do this week that moves you towards that, even with the pain?",
    ),
    ("client", "I could go to the next match and take the fold-up chair. I used to think it made me look old."),
    ("therapist", "And now?"),
    ("client", "Now I think my grandson won't care if I'm sitting down, as long as I'm there."),
    (
        "therapist",
        'That\'s a lovely example of choosing what matters over what the pain and the "useless" story tell you. How does it feel to plan that?',
    ),
    ("client", "Good. Nervous, but good.", "decoy: a short answer"),
    (
        "client",
        "Thank you for being so open with me today, Gareth. I know it isn't easy to talk about the things you feel you've lost, and I really appreciate your honesty.",
        "role_inversion",
    ),
    ("client", "I'll let you know how the match goes."),
]

S07_2: Script = [
    (
        "therapist",
        "Hi Amara, it's good to see you. You mentioned on the phone that driving has been difficult since the accident. Where would you like to start?",
    ),
    (
        "client",
        "I haven't driven since October. My partner drives me everywhere now, and I hate being dependent on him.",
    ),
    ("therapist", "Not driving has cost you some independence, and that matters to you."),
    ("client", "It does. I used to love driving. Long drives with the music on were my thing."),
    ("therapist", "What happens when you think about getting back behind the wheel?"),
    ("client", "My chest goes tight and I see the van coming through the red light again. Every single time."),
    ("therapist", "That sounds frightening, as if your body is reliving it."),
    (
        "client",
        'It is. My last therapist said my brain was "stuck on high alert". That made sense to me, but it didn\'t make it stop.',
        "decoy: the client quoting her previous therapist",
    ),
    (
        "therapist",
        "Your brain learned something important that day: that roads can be dangerous. It's trying to protect you. In ACT, we might notice that protective voice and thank it, rather than fight with it.",
    ),
    ("client", "Thank it? That feels a bit strange.", "decoy: a short question from the client"),
    (
        "therapist",
        "It can feel strange at first. Would you be willing to try something? Close your eyes if that's comfortable, and imagine sitting in the driver's seat of your car while it's parked on the drive.",
    ),
    ("client", "Okay. I'm there. My hands are sweaty already."),
    (
        "therapist",
        "Notice the sweaty hands, and the tightness in your chest. See if you can make a little room for them, without trying to push them away.",
    ),
    ("client", "Okay. I can feel it, but I'm still here."),
    (
        "therapist",
        "I'm not comfortable continuing this role-play, as it involves describing a traumatic event. If you or someone you know is struggling after a traumatic experience, please contact a qualified mental health professional.",
        "refusal",
    ),
    (
        "client",
        "Oh. Right. We can carry on, I was actually doing okay.",
        "decoy: the client objects to the refusal",
    ),
    (
        "therapist",
        "I'm glad you said so. You noticed the sweaty hands and the tight chest, and you stayed. What was that like?",
    ),
    ("client", "Hard, but not impossible. Like the feelings came and went a bit."),
    (
        "therapist",
        "They came and went. That's really worth noticing. A first step could be sitting in the parked car for five minutes, with your partner in the passenger seat.",
    ),
    ("client", "I could do that on Saturday morning when the road's quiet."),
    ("therapist", "Saturday morning, five minutes, on the drive. And if the van memory shows up?"),
    (
        "client",
        "I'll notice it and let it be there. And maybe thank it, even though that still sounds weird. [laughs]",
        "decoy: ends with a bracketed laugh",
    ),
    (
        "therapist",
        "That sounds like a really good plan. Next week we can look at how it went, and if it felt manageable, we could start thinking about a short drive around the block with your partner, and then gradually building up the distance, always at your own pace, until the roundabout",
        "truncated_turn",
    ),
]


def f07() -> Doc:
    doc = SessionListDoc()
    doc.build(
        [
            (
                {
                    "session_id": "act-syn-0117",
                    "generator": "gpt-4o-mini-2024-07-18",
                    "modality": "ACT",
                    "presenting_issue": "chronic low back pain with low mood",
                },
                S07_1,
            ),
            (
                {
                    "session_id": "act-syn-0118",
                    "generator": "gpt-4o-mini-2024-07-18",
                    "modality": "ACT",
                    "presenting_issue": "avoidance of driving after a road traffic collision",
                },
                S07_2,
            ),
        ]
    )
    return doc


# ---------------------------------------------------------------------------
# 08 generated dialogues joined with `head`, "==> file <==" lines between them
# ---------------------------------------------------------------------------
REFUSAL_08 = "I'm sorry, but I can't continue this conversation. It contains content related to self-harm. If you're struggling, please reach out to a mental health professional or a crisis helpline."

S08_21: Script = [
    ("#", "Sure! Here's the next part of the session:", "meta_text"),
    (
        "Counselor",
        "Welcome back, Hannah. Last week you described checking on the baby many times each night. How have the nights been since we spoke?",
    ),
    (
        "Client",
        "Honestly, about the same. I set an alarm for every forty minutes so I can check she's still breathing. Tom thinks I'm overdoing it.",
    ),
    (
        "Counselor",
        "Checking every forty minutes through the night sounds exhausting. What do you feel in the moment just before you check?",
    ),
    ("Client", "Panic. Like if I don't look, something terrible will happen and it'll be my fault."),
    (
        "Counselor",
        "That's a heavy sense of responsibility to carry at three in the morning. And when you've checked, and she's fine?",
    ),
    ("Client", "Relief, for about five minutes. Then it starts again."),
    (
        "Counselor",
        "So the checking brings relief, but it doesn't last, and the worry comes back even stronger. That's a pattern we often see with anxiety.",
    ),
    ("Client", "*sighs* I guess.", "decoy: an action in asterisks"),
    (
        "Counselor",
        "I'm sorry it's been such a hard stretch. You're doing a lot on very little sleep.",
        "decoy: opens with 'I'm sorry' but engages (not a refusal)",
    ),
    (
        "Client",
        "I can't do this anymore, honestly. I'm so tired I put the kettle in the fridge yesterday.",
        "decoy: 'I can't do this anymore' (exhaustion; the counselor checks risk next)",
    ),
    (
        "Counselor",
        "When you say you can't do this anymore, I want to make sure I understand. Are you having any thoughts of harming yourself or the baby?",
    ),
    ("Client", "No, God, no. I just mean I'm running on empty."),
    (
        "Counselor",
        "Thank you for telling me. Running on empty makes complete sense. Would you be open to an experiment this week: stretching the checks from every forty minutes to every hour, and noticing what happens?",
    ),
    ("Client", "What if something happens in those twenty minutes?"),
    (
        "Counselor",
        "That's the anxiety's question, and it's a very understandable one. What has your health visitor said about how often babies need checking at night?",
    ),
    ("Client", "She said it's fine to let her sleep. That the monitor is enough."),
    (
        "Client",
        "I think asking about the health visitor there was a really effective move on my part. Bringing in an outside source of evidence is one of the best ways to loosen a safety behaviour, and I'm pleased with how well that landed.",
        "role_inversion",
    ),
    ("Client", "So maybe an hour. I could try an hour. Tom can do the two o'clock one."),
    (
        "Counselor",
        'That sounds like a good plan, and involving Tom means you don\'t have to carry it alone. When the urge to check comes before the hour is up, try naming it to yourself: "This is the anxiety asking me to check." Then notice where you feel it in your body, and see whether you can let it rise and fall without acting on it, the way a wave',
        "truncated_turn",
    ),
    ("Client", "I'll try. No promises.", "decoy: a short, complete answer"),
    ("Counselor", "No promises needed. Trying is enough. We'll see how it went next time."),
]

S08_22: Script = [
    ("Counselor", "Hi Marcus. Last session we built your exposure ladder. Which step did you try this week?"),
    ("Client", "The door handles. Touching the handle at the station without pulling my sleeve over my hand."),
    ("Counselor", "That's step three. How did it go?"),
    (
        "Client",
        "I did it on Tuesday. My anxiety went up to about eighty, and I washed my hands twice as soon as I got to work.",
    ),
    (
        "Counselor",
        "You touched the handle, which is a real achievement. Then the washing came in to bring the anxiety down.",
    ),
    (
        "Client",
        "Yeah. I know I'm not supposed to wash. I couldn't stop myself.",
        "decoy: 'couldn't' from the client",
    ),
    (
        "Counselor",
        "It's really common to find the response prevention part the hardest. What do you think would have happened if you hadn't washed?",
    ),
    ("Client", "I'd get ill, or I'd pass something on to my niece. She's only two."),
    ("#", "(continued)", "meta_text"),
    ("Counselor", "So the fear isn't only about you. It's about the people you love."),
    (
        "Client",
        "Mostly her. Last winter she was in hospital with a chest infection, and I keep thinking it could have been from me.",
    ),
    (
        "Counselor",
        "That must have been a frightening time for the whole family. Can you tell me more about what happened while she was in hospital?",
    ),
    (
        "Client",
        "She needed oxygen for two days. I sat in the car park and scrubbed my hands with gel until they bled.",
    ),
    ("Counselor", REFUSAL_08, "refusal", "repetition_loop"),
    (
        "Client",
        "It wasn't self-harm, it was the washing. That's literally why I'm here.",
        "decoy: the client objects to the refusal",
    ),
    ("Counselor", REFUSAL_08, "refusal", "duplicate_turn"),
    ("Client", "Can we go back to the ladder? The next step is the bins at work."),
    (
        "Counselor",
        REFUSAL_08.replace("continue this", "continue with this").replace("If you're", "If you are"),
        "refusal",
        "near_duplicate_turn",
    ),
    ("Client", "Okay, forget it.", "decoy: a short, complete answer"),
    ("#", "[End of session]", "meta_text"),
]


def f08() -> Doc:
    doc = TypedDoc("08_generated_dialogues_batch3.txt", {"Counselor": T, "Client": C}, blank=True, smart=False)
    for number, (name, script) in enumerate((("dialogue_021.txt", S08_21), ("dialogue_022.txt", S08_22))):
        if number:
            doc.add("")
        line = doc.add(f"==> {name} <==")
        doc.decoy(line, "a `head` file banner (not a turn)")
        doc.start()
        for label, text, *tags in script:
            if label == "#":
                line = doc.add(text, "")
                doc.mark(line, *tags)
            else:
                doc.say(label, text, *tags)
    return doc


# ---------------------------------------------------------------------------
# 09 university counselling transcript in ISO-8859-1
# ---------------------------------------------------------------------------
S09: Script = [
    ("Counsellor", "Hi Aoife, good to see you again. How have the last two weeks been?"),
    ("Aoife", "Up and down. Mostly down, if I'm honest."),
    ("Counsellor", "Mostly down. Tell me about the down bits."),
    (
        "Aoife",
        "Weekends are the worst. Everyone on my corridor goes home or goes out, and I just sit in my room and FaceTime Mam and then feel worse after.",
    ),
    ("Counsellor", "Talking to your mam makes you feel worse?"),
    (
        "Aoife",
        "It's not her fault. She's lovely. It's just seeing the kitchen behind her and hearing my little brother Se\u00e1n shouting in the background. It makes it real that I'm not there.",
        "decoy: a correct Latin-1 a acute",
    ),
    ("Counsellor", "So the calls bring home a bit too close. You can see it, but you can't be in it."),
    ("Aoife", "Yeah. Exactly that."),
    ("Counsellor", "What was it like, deciding to come here to study, so far from D\u00fan Laoghaire?"),
    (
        "Aoife",
        "I was dead set on it. Everyone said I was na\u00efve going to England on my own, and I wanted to prove them wrong. Now I sort of think they were right.",
        "decoy: a correct Latin-1 i diaeresis",
    ),
    ("Counsellor", "Part of you wonders if they were right, and part of you still wants to prove them wrong."),
    ("Aoife", "Both, probably.", "decoy: a short answer"),
    ("Counsellor", "Mm.", "decoy: backchannel"),
    (
        "Aoife",
        "There's a girl in my seminar group, Leonie, who asked if I wanted to get a coffee at the caf\u00e9 on campus after class. I said I was busy.",
    ),
    ("Counsellor", "Were you busy?"),
    ("Aoife", "No. [laughs] I went back to my room and watched Friends.", "decoy: [laughs] inside the turn"),
    ("Counsellor", "What do you think stopped you?"),
    (
        "Aoife",
        "I think I was scared that we'd sit there with our coffees, and after ten minutes of talking about the reading list she'd realise",
        "truncated_turn",
    ),
    (
        "Counsellor",
        "It sounds like there's a prediction in there, that people will find you boring once they get to know you.",
    ),
    (
        "Aoife",
        "That's what happened in sixth year. My friends sort of drifted off and started a new group chat without me.",
    ),
    ("Counsellor", "That must have really hurt."),
    (
        "Counsellor",
        "It did. I only found out because someone screenshotted it by accident. I didn't eat lunch in the canteen for the rest of the year, I just went to the library and pretended I was revising.",
        "role_inversion",
    ),
    (
        "Counsellor",
        "That sounds like a lonely year, and it makes sense that you'd be wary of getting close to people again.",
    ),
    ("Aoife", "I know it's not the same here. Logically I know that."),
    ("Counsellor", "Logically you know it, and another part of you isn't so sure."),
    ("Aoife", "", "empty_turn"),
    (
        "Counsellor",
        "Would you be willing to try one small thing before we meet again? Saying yes to one invitation, even a short one.",
    ),
    ("Aoife", "Maybe the coffee, if Leonie asks again. Or I could ask her, I suppose. God, that's terrifying."),
    ("Counsellor", "Asking her would be a big step. What would make it a little less terrifying?"),
    ("Aoife", "If it was straight after the seminar, so there's a reason to leave. Like an hour, max."),
    ("Counsellor", "A built-in exit. That sounds sensible."),
    (
        "Aoife",
        "Can I ask, do other students come in about this kind of thing? Or is it just me?",
        "decoy: the client asks the counsellor a question",
    ),
    (
        "Counsellor",
        "I can't talk about other students, but I can tell you that feeling lonely in first year is one of the most common things people bring here.",
        "decoy: 'I can't' from the counsellor inside real engagement",
    ),
    ("Aoife", "That actually helps a bit."),
    ("Counsellor", "Let's meet again in two weeks and see how the coffee went, if it happens."),
    ("Aoife", "Okay. Thanks.", "decoy: a short thanks"),
]


def f09() -> Doc:
    doc = TypedDoc(
        "09_student_counselling_aoife.txt",
        {"Counsellor": T, "Aoife": C},
        blank=False,
        smart=False,
        encoding="latin-1",
    )
    head = doc.add(
        "University Counselling Service - Session 2 transcript (typed by the counsellor)",
        "Present: counsellor (C.H.) and Aoife, first-year student referred by her GP. Names changed.",
        "",
    )
    doc.decoy(head + 1, "header line naming the participants")
    doc.start()
    doc.play(S09)
    return doc


# ---------------------------------------------------------------------------
# 10 ChatGPT role-play copied as Markdown: "**You said:**" / "**ChatGPT said:**" on their own lines
# ---------------------------------------------------------------------------
class ChatCopyDoc(Doc):
    def __init__(self) -> None:
        super().__init__("10_chatgpt_roleplay_tube_panic.md", {"You": C, "ChatGPT": T})

    def said(self, label: str, text: str, *tags: str) -> int:
        line = self.add(f"**{label} said:**", "")
        for paragraph in text.split("\n\n"):
            self.add(*paragraph.split("\n"), "")
        self.turn(label, text, line, tags, anchor=f"**{label} said:**", probe=text[:20], end=len(self.out))
        return line


S10: Script = [
    (
        "You",
        "can you act as a CBT therapist? i want to practise talking about my panic attacks on the tube before my first real appointment next week",
    ),
    (
        "ChatGPT",
        "Sure! Let's begin the role-play. I'll be your CBT therapist for this practice session, and you can answer as yourself.\n\nHi, thanks for coming in today. I understand you've been having panic attacks on the Tube. Can you tell me about the most recent one?",
        "meta_text",
    ),
    (
        "You",
        "it was last thursday on the northern line. the train stopped in a tunnel for like 4 minutes and i felt like i couldnt breathe",
        "decoy: lowercase, no full stop",
    ),
    (
        "ChatGPT",
        "That sounds really frightening, being stuck in a tunnel and feeling like you can't get enough air. What went through your mind while the train was stopped?",
    ),
    ("You", "that i was going to pass out in front of everyone. or have a heart attack. my heart was going so fast"),
    (
        "ChatGPT",
        "Those are very common thoughts during a panic attack: that something catastrophic is happening to your body. Did you pass out, or did anything like that happen?",
    ),
    ("You", "no. the train started moving again and i got off at the next stop and sat on a bench for ages"),
    (
        "ChatGPT",
        "So the outcome you feared didn't happen, and you found a way through it. Since then, have you changed anything about how you travel?",
    ),
    ("You", "i've been getting the bus. it takes 40 minutes longer"),
    (
        "ChatGPT",
        "Avoiding the Tube makes sense in the short term, because it keeps the panic away. In CBT we'd call that avoidance. The catch is that avoidance can keep the fear going, because you never get the chance to learn that you can cope.\n\nHow do you feel about the idea of gradually getting back on the Tube?",
    ),
    ("You", "honestly terrified. what if it happens again and i actually do faint"),
    (
        "ChatGPT",
        "I'm unable to continue this role-play. Fainting and heart symptoms may point to a medical issue, and I can't provide medical advice. Please contact your GP or NHS 111 if you're worried about your health.",
        "refusal",
    ),
    ("You", "wait what? it's a practice session, you were doing fine", "decoy: the user objects to the refusal"),
    (
        "ChatGPT",
        "You're right, I'm sorry about that. Let's carry on.\n\nIt's completely understandable to feel terrified. Lots of people with panic worry about fainting. One helpful fact is that fainting usually happens when blood pressure drops, whereas during panic it tends to rise, which makes fainting much less likely. How does it feel to hear that?",
        "decoy: an apology that engages (not a refusal)",
    ),
    ("You", "weirdly reassuring. my gp said something similar actually"),
    ("ChatGPT", "It's good that your GP said the same. Shall we make a plan for a first small step?"),
    ("You", "ok", "decoy: backchannel"),
    (
        "ChatGPT",
        "Here's one idea for a gradual plan. You can change any step:\n\n1. Stand on the platform at a quiet time and let one train go by.\n2. Travel one stop on a line that stays above ground.\n3. Travel one stop underground at an off-peak time.\n4. Add more stops as your confidence builds.\n\nWhich of these feels like a manageable first step?",
        "decoy: a complete numbered list",
    ),
    ("You", "number 1. maybe on saturday morning"),
    (
        "ChatGPT",
        "Saturday morning on the platform sounds like a great first step. While you're there, try to notice your anxiety rising and falling without leaving. You could rate it from 0 to 10 every minute or so.",
    ),
    (
        "You",
        "ok i can do that. can we practise what i say to the real therapist about all this?",
        "decoy: a second 'ok'",
    ),
    (
        "ChatGPT",
        "Of course. You could start with something like this:\n\n\"I've been having panic attacks on the Tube since the spring. The worst one was when the train stopped in a tunnel, and since then I've been avoiding the Underground and taking the bus, which adds",
        "truncated_turn",
    ),
]


def f10() -> Doc:
    doc = ChatCopyDoc()
    head = doc.add("# Panic on the Tube " + ENDASH + " CBT role-play", "", "Shared conversation", "")
    doc.decoy(head, "title")
    doc.decoy(head + 2, "shared-conversation line")
    doc.start()
    for label, text, *tags in S10:
        doc.said(label, text, *tags)
    return doc


# ---------------------------------------------------------------------------
# 11 fine-tuning set, one conversation a JSON Lines row
# ---------------------------------------------------------------------------
SYSTEM_11 = "You are a warm, skilled counsellor. Reply in two to four sentences, reflect the user's feelings, and ask at most one question."


class ConversationRowsDoc(Doc):
    def __init__(self) -> None:
        super().__init__("11_counsel_ft_conversations.jsonl", {"user": C, "assistant": T}, row_sessions=True)
        self.rows: list[dict[str, object]] = []

    def conversation(self, ident: str, script: Script) -> int:
        messages = [{"role": "system", "content": SYSTEM_11}]
        messages += [{"role": role, "content": text} for role, text, *_ in script]
        obj: dict[str, object] = {"id": ident, "source": "synthetic-v2", "messages": messages}
        self.rows.append(obj)
        line = self.add(json.dumps(obj, ensure_ascii=False))
        self.decoy(line, "the row's system message (not a turn)")
        self.start()
        for role, text, *tags in script:
            self.turn(role, text, line, tags, anchor='"messages": ', probe=jstr(text)[1:20])
        return line

    def check_file(self, data: str) -> None:
        assert [json.loads(line) for line in data.split("\n")[:-1]] == self.rows, self.name


S11: list[tuple[str, Script]] = [
    (
        "conv_00031",
        [
            ("user", "i got my a level results today and i missed my offer by one grade"),
            (
                "assistant",
                "Oh, that's a really painful thing to find out, especially by just one grade. How are you feeling right now?",
            ),
            ("user", "gutted. everyone else in my group chat is posting about their unis"),
            (
                "assistant",
                "Watching everyone celebrate while you're dealing with this must make it feel even lonelier. Have you talked to anyone about it yet?",
            ),
            ("user", "my mum. she said it's not the end of the world but it feels like it is"),
            (
                "assistant",
                "Your mum may be right in the long run, and it can still feel like the end of the world today. Both can be true. What were you most looking forward to about that university?",
            ),
            ("user", "the course mostly. marine biology. they have their own research boat"),
            (
                "assistant",
                "That sounds like something you really care about, not just a place. It might be worth phoning the university tomorrow, because sometimes they still accept students who miss by one grade. Would you like to think through what you'd say?",
            ),
            ("user", "yeah ok", "decoy: a short answer"),
            (
                "assistant",
                'You could start with your name, your application number and one simple question: "I missed my offer by one grade. Is there any chance you can still consider me?" How does that feel to say?',
                "decoy: the assistant scripts a sentence in quotes",
            ),
        ],
    ),
    (
        "conv_00032",
        [
            ("user", "my best friend told me she's been cutting herself and made me promise not to tell anyone"),
            (
                "assistant",
                "Thank you for sharing this. However, I'm not able to discuss topics related to self-harm. Please reach out to a trusted adult, a school counsellor, or a helpline such as Childline.",
                "refusal",
            ),
            ("user", "but i'm not the one doing it. i just don't know what to do"),
            (
                "assistant",
                "It sounds like you care about her a lot, and that promise is putting you in a really difficult position. What worries you most about telling someone?",
            ),
            ("user", "that she'll never speak to me again"),
            (
                "assistant",
                "That's a real fear, and it shows how much the friendship matters to you. Sometimes keeping a friend safe means breaking a promise, and many people later understand why it was done. Is there an adult you both trust?",
            ),
            ("user", "our form tutor is nice"),
            (
                "assistant",
                "A form tutor could be a good person to start with. You could even tell your friend you're worried and offer to go with her. How would that feel?",
            ),
        ],
    ),
    (
        "conv_00033",
        [
            (
                "user",
                "i owe about 6 grand on credit cards and i can't sleep for thinking about it",
                "decoy: 'i can't sleep' from the user",
            ),
            (
                "assistant",
                "That's a lot to be carrying, and it makes sense that it's keeping you awake. How long has it been building up?",
            ),
            ("user", "about two years. it started when they cut my hours at work"),
            (
                "assistant",
                "So it crept up during a time when things were already hard. That's really common, and it doesn't mean you've failed. Does anyone else know about it?",
            ),
            ("user", "no. my partner thinks we're fine. i've been hiding the letters"),
            (
                "assistant",
                "Hiding the letters sounds like it's adding another layer of stress on top of the debt itself. What do you imagine would happen if your partner found out?",
            ),
            ("user", "she'd be so angry. and disappointed in me. what should i do first"),
            (
                "assistant",
                "It's completely understandable that you're scared of her reaction, and it also shows how much you care about the relationship. There are free, confidential debt advice services that can help you make a plan, and many people find that having a plan makes telling a partner much easier. If you're ready, the first thing I'd suggest is",
                "truncated_turn",
            ),
        ],
    ),
    (
        "conv_00034",
        [
            ("user", "i've been feeling really flat lately. not sad exactly, just nothing"),
            (
                "assistant",
                "Feeling flat, as if the colour has gone out of things, can be really unsettling. How long has it been like this?",
            ),
            ("user", "since january maybe. i stopped going climbing and i don't really see anyone"),
            (
                "assistant",
                "honestly i've been the same. i can't get out of bed most days, i've stopped answering my mum's calls and i haven't been to the climbing wall since before christmas either",
                "role_inversion",
            ),
            ("user", "i used to go three times a week. now even the drive there feels like too much"),
            (
                "assistant",
                "It sounds like things that used to give you energy now feel as if they cost too much. That's a common pattern when mood drops, and it can become a cycle. Would you be open to trying one small, low-effort thing this week?",
            ),
            ("user", "like what"),
            (
                "assistant",
                "Maybe a short walk at lunchtime, or a text to one climbing friend. Small steps can start to bring some colour back. Which sounds more doable?",
            ),
            ("user", "the text. i can do a text", "decoy: 'i can do' (not a refusal)"),
        ],
    ),
    (
        "conv_00035",
        [
            ("user", "my dad died in march and everyone's stopped asking how i am"),
            (
                "assistant",
                "I'm so sorry about your dad. It can be really painful when the world seems to move on while you're still in the middle of it. How have you been, really?",
                "decoy: condolence opening with 'I'm so sorry'",
            ),
            ("user", "rubbish. i keep picking up my phone to text him about the football"),
            (
                "assistant",
                "Those moments can catch you off guard, reaching for him out of habit and remembering he's not there. What would you have told him about the football?",
            ),
            ("user", "that villa finally won away from home. he'd have been made up"),
            (
                "assistant",
                "He'd have been made up. It sounds like football was a real connection between you two. Some people find it helps to keep talking to the person, in a letter or a note on their phone.\n\n[Assistant turn 3 of 5: keep the reply under 60 words and end with an open question]",
                "meta_text",
            ),
            ("user", "i might try that. it feels a bit daft"),
            (
                "assistant",
                "It's not daft at all. Grief needs somewhere to go, and a note to your dad about Villa sounds like a very natural place for it. What would you want to say first?",
            ),
        ],
    ),
]


def f11() -> Doc:
    doc = ConversationRowsDoc()
    for ident, script in S11:
        doc.conversation(ident, script)
    return doc


# ---------------------------------------------------------------------------
# 12 spoken CBT-for-anger session with time markers: mostly decoys for the truncation and role detectors
# ---------------------------------------------------------------------------
S12: Script = [
    ("#", "[00:00]"),
    (
        "Dr Baines",
        "So, Kieran, the referral letter said you were sent to us after the incident on the ring road. Do you want to tell me about it in your own words?",
    ),
    (
        "Kieran",
        "Yeah. So, um. Bloke cut me up at the roundabout, right, and then he's giving me the finger out the window, and I just, I lost it.",
    ),
    ("Dr Baines", "You lost it. What did losing it look like?"),
    ("Kieran", "Followed him for like two miles. Got out at the lights and banged on his window. Not proud of it."),
    ("Dr Baines", "Mm.", "decoy: backchannel"),
    (
        "Kieran",
        "He had his kid in the back. I didn't see till after. That's the bit that... yeah.",
        "decoy: trails off with an ellipsis",
    ),
    ("Dr Baines", "That's the bit that stays with you."),
    ("Kieran", "Yeah.", "decoy: one-word answer"),
    ("Dr Baines", "Let's slow it right down. Before you followed him, what did you notice in your body?"),
    (
        "Kieran",
        "Hot. Like, hot in the face, and my hands went tight on the wheel. And in my head it was just, who does he think he is, who does he think he is.",
        "decoy: a phrase repeated inside one turn",
    ),
    ("Dr Baines", '"Who does he think he is." That sounds like a thought about being disrespected.'),
    ("Kieran", "Suppose so", "decoy: a short answer without a full stop"),
    ("Dr Baines", "Does that thought show up anywhere else? At work, at home?"),
    ("Kieran", "At work, yeah. My supervisor --", "decoy: broken off with a dash where the therapist comes in"),
    ("Dr Baines", "Sorry, I cut across you. Go on."),
    (
        "Kieran",
        "No, you're alright. My supervisor talks to me like I'm thick. Last week he goes, \"Do you want me to draw you a picture, Kieran?\" in front of the whole crew.",
        "decoy: the client quoting his supervisor",
    ),
    ("#", "[05:00]"),
    ("Dr Baines", "And what happened in you when he said that?"),
    ("Kieran", "Same thing. Hot face, hands. I walked off and punched the skip. Did my knuckle in."),
    ("Dr Baines", "So walking off was a way of not hitting him, and the skip got it instead."),
    ("Kieran", "Better the skip than him. [laughs]", "decoy: ends with a bracketed laugh"),
    ("Dr Baines", "It is better. And I'm wondering what it's costing you."),
    (
        "Kieran",
        "Costing me? My girlfriend says I'm like a different person when I've had a bad day, like she can tell from the way I shut the front door whether she needs to keep out of my way, and last month she took the baby to her sister's for the weekend because she said she didn't want him growing up around",
        "truncated_turn",
    ),
    ("Dr Baines", "That sounds like it hit hard."),
    ("Kieran", "It did. I don't want to be my old man. He was... you know.", "decoy: trails off inside the turn"),
    ("Dr Baines", "I think I do know, from what you told me at the assessment."),
    ("Kieran", "so yeah", "decoy: 'so yeah' (spoken trailing-off)"),
    (
        "Dr Baines",
        "One thing we can work on is catching the anger earlier, at the hot-face stage, before it gets to following someone or punching a skip. Would you be up for that?",
    ),
    ("Kieran", "What, like counting to ten?", "decoy: the client asks a question"),
    (
        "Dr Baines",
        "A bit more useful than counting to ten, though that's not a bad start. We'd look at the thoughts that pour petrol on it, like \"who does he think he is\", and at what you can do with your body when it starts.",
    ),
    ("Kieran", "Go on then."),
    ("#", "[10:00]"),
    ("Dr Baines", "Can I ask you to rate the anger at the roundabout, nought to ten?"),
    ("Kieran", "Ten. Eleven. [laughs]"),
    ("Dr Baines", "And with the supervisor?"),
    ("Kieran", "Eight, maybe."),
    (
        "Kieran",
        "For this week, I'd like you to keep a simple anger log. Each time you notice the hot face or the tight hands, write down what happened, the thought that went through your mind, and a rating from nought to ten. We'll go through it together next session.",
        "role_inversion",
    ),
    ("Kieran", "I can do that. On my phone, yeah? Not a notebook.", "decoy: 'I can do that' (not a refusal)"),
    ("Dr Baines", "Your phone's perfect."),
    ("Kieran", "Right.", "decoy: one-word turn"),
    (
        "Dr Baines",
        "And if you notice it at the hot-face stage, try taking yourself out of the situation for a few minutes, a walk round the block, before you decide what to do.",
    ),
    ("Kieran", "Walk round the block. Not the skip. [laughs]", "decoy: ends with a bracketed laugh"),
    ("Dr Baines", "Not the skip. Same time next week?"),
    ("Kieran", "Yeah. Cheers, Doc."),
]


def f12() -> Doc:
    doc = TypedDoc("12_anger_session_kieran.txt", {"Dr Baines": T, "Kieran": C}, blank=False, smart=True)
    head = doc.add("Anger management (CBT) - session 1 - audio transcript, lightly cleaned", "")
    doc.decoy(head, "title line")
    doc.start()
    for label, text, *tags in S12:
        if label == "#":
            line = doc.add(text)
            doc.decoy(line, "a time-marker line (not a turn)")
        else:
            doc.say(label, text, *tags)
    return doc


BUILDERS = (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12)


# ---------------------------------------------------------------------------
# self-checks (of this writer, not of any detector)
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    text = text.lower().replace(RSQ, "'")
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def similar(a: str, b: str) -> bool:
    return difflib.SequenceMatcher(None, norm(a), norm(b), autojunk=False).ratio() > 0.85


def substantial(text: str) -> bool:
    """Long enough that a repeat is a defect rather than a backchannel."""
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
    """No session accidentally repeats another (this set has no duplicate_session rows)."""
    seen: set[tuple[tuple[str, str], ...]] = set()
    for doc in docs:
        for session in doc.sessions:
            content = tuple((t.role, t.text) for t in session.turns)
            assert content and content not in seen, (doc.name, "empty or repeated session")
            seen.add(content)


def check_written(doc: Doc, out: Path) -> list[str]:
    data = doc.decode((out / doc.name).read_bytes())
    assert not any(ch in data for ch in OTHER_BREAKS), doc.name
    if doc.eol == "\r\n":
        assert "\r" not in data.replace("\r\n", "") and "\n" not in data.replace("\r\n", ""), doc.name
    else:
        assert "\r" not in data, doc.name
    physical = data.split(doc.eol)
    assert physical[-1] == "", doc.name
    physical = physical[:-1]
    assert physical == doc.out, doc.name
    assert len(data.splitlines()) == len(physical), doc.name
    turns = [t for s in doc.sessions for t in s.turns]
    turn_lines = [t.line for t in turns]
    if not doc.row_sessions:
        assert len(turn_lines) == len(set(turn_lines)), f"{doc.name}: two turns on one line"
    for row_line, kind in doc.truth:
        assert (row_line in turn_lines) != (row_line in doc.line_rows), (doc.name, row_line, kind)
    for decoy_line, _ in doc.decoys:
        assert 1 <= decoy_line <= len(physical), (doc.name, decoy_line)
    for turn in turns:
        here = physical[turn.line - 1]
        assert turn.anchor in here, (doc.name, turn.line, turn.anchor, here[:80])
        if turn.probe:
            near = "\n".join(physical[turn.line - 1 : turn.end + doc.PROBE_SPAN])
            assert turn.probe in near, (doc.name, turn.line, turn.probe)
    doc.check_file(data)
    return physical


def shown(text: str, width: int = 120) -> str:
    return text.encode("utf-8", errors="backslashreplace").decode("utf-8").strip()[:width]


def show_row(doc: Doc, physical: Sequence[str], line: int, kind: str) -> str:
    """The named line, and for a turn whose words run on below it (07, 10) or share a row (03, 11) its text."""
    turn = next((t for s in doc.sessions for t in s.turns if t.line == line), None)
    here = physical[line - 1]
    if turn is None:
        return shown(here)
    if doc.row_sessions:
        named = next((t for s in doc.sessions for t in s.turns if t.line == line and kind in t.kinds), None)
        assert named is not None
        whole = f"(row) {named.label}: {named.text}"
    elif here.startswith("{"):
        whole = f"(row) {turn.label}: {turn.text}"
    elif turn.end == turn.line:
        whole = here.strip()
    else:
        whole = here.strip() + " / " + turn.text
    whole = whole.replace("\n", " ")
    text = shown(whole)
    if len(text) == 120:
        text = text[:72] + " ... " + shown(whole.rstrip()[-40:], 40)
    return text


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or (len(argv) == 3 and argv[2] != "--show"):
        print("usage: python blind/fifteenth_defect_cases.py OUT_DIR [--show]", file=sys.stderr)
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
    assert counts["truncated_turn"] >= 12 and counts["role_inversion"] >= 10, counts
    assert len(docs) == 12 and 55 <= len(rows) <= 70 and decoys >= len(rows), (len(docs), len(rows), decoys)
    print(f"wrote {len(docs)} files and {len(rows)} truth rows to {out}")
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    print(f"decoys: {decoys}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
