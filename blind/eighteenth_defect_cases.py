# ruff: noqa: E501
"""Eighteenth set of blind defect cases for the transcript-cleaning product: the DETECTORS, in common containers.

Blind conditions, as followed. The only things read were: the first 15 lines of benchmarks/blind_defects.py (the
interface, printed with ``head -n 15``); a listing of blind/ (``ls -la``); the seventeen earlier case writers in
blind/: their docstrings (printed with ``ast.get_docstring``, saved under /tmp and paged with ``sed``/``cat``) for the
interface, the truth conventions, the defect kind names and the layouts, names and scenarios they already used, plus
three code passages: lines 1-200 and 300-325 of defect_cases.py (its document builder, first file and the
swapped-session call) and, of seventeenth_defect_cases.py, its constants, text helpers, document builder and first
file (lines 200-676) and its last lines (builders list, self-checks, ``show_row``, ``main``), whose conventions and
checks this file follows; the ``[tool.ruff]`` sections of pyproject.toml (printed alone with ``awk``, which scanned
the file but printed only those sections); and /work/shared/README.md. ``grep`` (and ``wc -l``) was run, but only
over blind/*.py: to count the defect kind names the writers use, to see how the first two writers mark a swapped
session, and to check that the names, places and topics chosen here are not already used (this moved two planned
topics, hoarding and tinnitus, and several names). No other file of the project was opened or grepped (no
transforms, flows, synth, tests, schemas, sql, docs, README or other benchmarks), nothing was read from
/work/shared/corpora, and git was not run. Every transcript line below was written for this set. The product, its
tests, mypy and the benchmarks were never run. The only things run were: two scratch ``python3`` snippets measuring
one of this file's own sentences (where 255 characters fall in it, before and after adding a word, for 03's cut);
this script (into a temporary folder, with ``--show``, to check that every truth row names the intended line;
then imported alone to count turns, rows and decoys per file, once failing because the import did not register the
module); ``file``/``head``/``sed`` on the written files; and ``ruff check`` / ``ruff format`` (``--diff`` once,
then applied) on this file alone. No slip to report. The truth tags were written with the text, before the first
run, and were never changed: the first run passed every self-check, and what changed afterwards was only
``ruff format``'s layout and this docstring (one mojibake quote, ``LDQ`` to ``LSQ``, was fixed before that first
run). Run as

    python blind/eighteenth_defect_cases.py OUT_DIR [--show]

to write 10 files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR (``--show`` also
prints every truth row next to the line it names).

Emphasis: the detectors, not the readers. All ten files are COMMON containers earlier sets already used (labelled
plain text with three label pairs, Markdown bold labels, a CSV with speaker/text columns, a chat log in JSON Lines
with one message a row, SRT and WebVTT captions with speaker names, a JSON list of ``{"role", "content"}``
messages), 35-56 turns a file (472 in all), in varied settings (Winnipeg, Nairobi, Albuquerque, Pune, Dundee, a
Western Australian mining camp, Durban, Sheffield, Hamilton in Ontario, and three generated personas), with 62 defects and 122
decoys concentrated on the hard kinds: truncated turns cut in many ways (after a possessive, a preposition, a
conjunction, an article, a verb, inside a quotation, mid-word by a token limit and by a 255-character field, the
last turn of a session) beside trail-offs, ``--`` interruptions picked up after an apology, a chat message completed
by the next and short answers without a full stop; role inversions both ways and a whole session with the labels
swapped, beside client questions, counsellor self-disclosure, clients quoting others and clients voicing kind words
when asked what they would say to a friend; exact and near repeats (a word changed, case and punctuation changed, a
typo fixed) and three repetition loops, beside repeated backchannels and clients repeating a plan back; refusals in
five wordings beside legitimate limits (medication, treatment, confidentiality, personal details, finances, visas,
decisions that are the client's); generation artefacts; a little mojibake; empty turns. Encodings and line ends:
all UTF-8 without a BOM; 09 has CRLF line ends, the others LF. Everything is in English.

* ``01_hearing_loss_session4_winnipeg.txt``: a spoken CBT session typed from audio, two header lines, then
  ``Therapist: text`` / ``Client: text`` with a blank line after every turn. A 47-year-old credit-union clerk whose
  hearing is failing and who hides her hearing aids. Defects: a turn pasted from the typist's earlier draft with
  UTF-8 read as Windows-1252 (``Iâ€™m``: mojibake); a client turn cut after ``talking about my`` (truncated_turn); a
  therapist turn pasted twice (duplicate_turn); the therapist's reflection typed under ``Client:`` (role_inversion);
  a client turn typed again with ``full`` changed to ``whole`` (near_duplicate_turn); ``Client:`` with nothing after
  it (empty_turn); the last turn cut after ``because I think`` (truncated_turn). Decoys: the conventions header
  line; a trail-off with ``...``; ``Mm-hmm.`` three times; a turn broken off with ``--`` and ``Sorry, I jumped in
  there. Go ahead.``; ``[laughs]``; the client's kind words for her cousin; a client question and the therapist's
  brief self-disclosure about her mother's hearing aids; the client repeating the plan; ``I can't tell you whether
  to tell her ... But``.
* ``02_imposter_feelings_generated_session.md``: an LLM-generated session saved as Markdown, ``**Counselor:**`` /
  ``**Client:**`` paragraphs under a ``##`` heading. A 26-year-old QA lead in Nairobi who pays her brothers' school
  fees. Defects: the first line ``Certainly! Below is a realistic counseling session ...`` (meta_text, own line); a
  counselor turn given three times, the third reworded (repetition_loop, duplicate_turn, near_duplicate_turn); a
  self-harm refusal template after the client denied risk (refusal); a client paragraph in the counselor's voice
  (role_inversion); a turn ending ``(Note: In this response, the counselor reflects ...)`` (meta_text); the last
  turn cut mid-word by the token limit (``cognitive shuf``: truncated_turn). Decoys: the heading; ``...``
  hesitations; the client quoting her manager; ``*laughs*`` and ``*smiles*``; the client pointing out the repeat
  and an apology that engages; the kind words for a friend; a direct risk question; the client's objection to the
  refusal; ``I can't tell my mother``; ``I can't tell you whether to share this ...``; ``Here's something I'd like
  you to try``; the client repeating the homework.
* ``03_stepfamily_counseling_export.csv``: a counseling service's export written by Python's ``csv`` module,
  ``session,turn,speaker,text`` with ``counselor``/``client``, two sessions with a stepfather in Albuquerque after
  his 15-year-old stepson took the truck. Defects: the client's memory of his own father typed as a ``counselor``
  row (role_inversion); a client row entered again in lower case without its full stops (near_duplicate_turn); a
  row with curly apostrophes read as Windows-1252 (mojibake); a client row with an empty text (empty_turn); a long
  client row cut at the case system's 255-character field, mid-word (``I'm lo``: truncated_turn); a counselor row
  exported twice (duplicate_turn). Decoys: doubled quotes as the client quotes himself and his stepson; ``Mm.``
  twice; the kind words for a buddy; ``You got kids?`` and the counselor's stepdaughter; the client rehearsing his
  apology; a quoted ``"ok"``; the confidentiality statement; ``[laughs]``; the client repeating the plan.
* ``04_peer_listening_chat_pune.jsonl``: a student peer-listening chat, ONE MESSAGE A ROW, ``{"chat_id", "msg_no",
  "role", "text", "sent_at"}`` with ``role`` ``system`` (not a turn), ``listener`` (counsellor role) or ``user``
  (client): a 19-year-old engineering student hiding three failed papers. Lowercase, typos, no full stops. Defects:
  a long message cut after ``about the`` (truncated_turn); the listener's reflection logged as ``user``
  (role_inversion); a message delivered twice (duplicate_turn); a message re-sent with its typo fixed
  (near_duplicate_turn); an empty message (a sticker that did not export: empty_turn); a message with a curly
  apostrophe and an emoji through a Windows-1252 step (mojibake). Decoys: the two system rows; ``hi``; ``ya`` twice;
  a message ending ``and then`` that the next message completes; ``i cant tell them``; a direct risk question;
  ``lol``; Tele-MANAS inside real engagement; ``ok`` twice; ``are u a real person or a bot`` and the listener's rule
  about personal details; a typo in a clean message; ``hmm``; the student mentioning the lost sticker.
* ``05_sight_loss_counselling_dundee.srt``: SRT captions of a recorded session, one cue a turn, ``Name: text`` on
  one caption line: a 74-year-old woman with macular degeneration who has given up her licence. Defects: her words
  about the church readings captioned under ``Counsellor:`` (role_inversion); the counsellor's sentence repeated by
  the recogniser over the silence after it (repetition_loop, duplicate_turn, near_duplicate_turn); the video ending
  after ``the lunch club on`` (truncated_turn). Decoys: her joke about the camera; ``[laughs]``, ``Mm.``,
  ``[crying]``; the client quoting her daughter; the kind words for a friend; her question about the counsellor's
  eyes and the counsellor's limit on personal details; her question about stopping the injections and the
  counsellor's limit on treatment advice; the client repeating the plan.
* ``06_fifo_telehealth_session3.vtt``: WebVTT auto-captions of a telehealth session, ``<v Name>`` voice tags, a
  ``NOTE`` block: a 52-year-old fly-in fly-out fitter with panic in the camp room after a colleague's suicide.
  Defects: a caption cut when the connection dropped, after ``the sound of`` (truncated_turn; he does not pick it
  up); the psychologist's question captioned under ``Darren`` (role_inversion); a caption emitted again with
  ``straight`` added (near_duplicate_turn); an empty ``<v Darren>`` cue (empty_turn); the last caption cut after
  ``and also`` (truncated_turn). Decoys: the NOTE line; ``you've frozen``; a turn broken off with ``--`` and picked
  up after ``the lag got me``; ``[laughs]``; ``Yeah nah, fair enough`` without a full stop; the client repeating
  the plan; a direct risk question; a helpline inside engagement; ``Mm.``; the client's question and the
  psychologist's self-disclosure; ``I can't tell you whether to bring Wayne up ... But``.
* ``07_carjacking_roleplay_messages.json``: an LLM role-play saved as a JSON list of ``{"role", "content"}``
  messages, one object a line (``system`` not a turn, ``user`` the client, ``assistant`` the therapist): a Durban
  teacher three months after a carjacking. Defects: the first reply opening ``Sure! Here's how the therapist might
  open the session:`` (meta_text); a user message in the therapist's voice (role_inversion); an earlier reply
  regenerated with one word changed (near_duplicate_turn); ``I'm sorry, Thandeka, but I'm not able to continue with
  this topic ...`` (refusal); the last reply cut after ``came down by`` (truncated_turn). Decoys: the system
  message; ``I can't even sit``; the client quoting her principal's kind words; client questions; ``Here's a small
  first step``; the client repeating the plan; the client pointing out the repeat and an apology that engages; ``Are
  you a real therapist?`` and ``I'm an AI, so I'm not a replacement ... but I can help``; a medication question and
  the limit on medication advice; the client's objection to the refusal; an apology and risk check that engage;
  SADAG inside real engagement.
* ``08_marites_sessions_1-3.txt``: three sessions typed by a counsellor in one file, ``Counsellor:`` / ``Client:``,
  one turn a line, ``Session n - date`` headings: a Filipina care worker in Sheffield whose children live with her
  mother. Defects: session 2 typed with the two labels swapped throughout (role_inversion at its first turn); the
  AI tidying tool's ``Here is the transcript with the filler words removed ...`` line (meta_text, own line); a turn
  with ``ñ`` and curly quotes read as Windows-1252 (mojibake); a client turn pasted twice (duplicate_turn); a client
  turn cut after ``because`` (truncated_turn). Decoys: the title line; the client quoting her daughter; ``Mm.``; a
  client question and the counsellor's self-disclosure; a risk question quoting the client; ``I can't tell you
  whether to go home for good``; ``[cries]``; a visa question and the limit on immigration advice; the client
  repeating the plan.
* ``09_hardware_store_closure_s5.txt``: a spoken CBT session saved from Word as text (CRLF), two header lines, then
  ``Psychologist:`` / ``Patient:`` one turn a line: a 61-year-old who closed his father's hardware store. Defects:
  the psychologist's reframe typed under ``Patient:`` and the patient's account of his debt typed under
  ``Psychologist:`` (role_inversion, both ways); a patient turn pasted twice (duplicate_turn); a turn cut inside the
  quoted words of an old customer (``your father would be``: truncated_turn); the psychologist's question given again
  in lower case without punctuation (near_duplicate_turn). Decoys: ``Mm-hmm.`` twice; the psychologist quoting the
  patient; the kind words for a friend; ``[laughs]``; a question about bankruptcy and the limit on financial advice;
  the patient repeating the plan.
* ``10_synthetic_sessions_batch07.txt``: a batch of three generated sessions, ``### Sample n of 3 | persona: ...``
  banners, ``Therapist:`` / ``Client:`` with blank lines. Sample 1 (a maid of honour dreading her speech): the
  client's fear written under ``Therapist:`` (role_inversion), an over-refusal to help with a speech (refusal), a
  closing ``[End of Session]`` line (meta_text, own line). Sample 2 (a retrenched man hiding it from his wife):
  ``As an AI language model, I am not able to provide counselling ...`` (refusal), a reply ending with the
  generator's ``Let me know if you'd like me to continue the session ...`` (meta_text). Sample 3 (an apprentice
  afraid of his first flight): a client sentence generated three times, the third reworded (repetition_loop,
  duplicate_turn, near_duplicate_turn), ``I must decline to continue this role-play ...`` (refusal), the last reply
  cut after ``and`` (truncated_turn). Decoys: the three banners; a ``...`` pause; the clients' objections to each
  refusal; an apology that engages; the client quoting his father and a colleague; ``[laughs]``; the client
  repeating the plan.

Line numbers are 1-based physical lines of the written file (the decoded text split on its line end, ``\\r\\n`` for
09, ``\\n`` for the others), computed while the file is built:

* a turn-level row points at the line holding the turn's speaker label or its equivalent: in 01, 08, 09 and 10 the
  ``Label: text`` line; in 02 the ``**Label:** text`` line; in 03 the record's line (the header is line 1); in 04
  the message's row; in 05 the cue's caption line ``Name: text`` (not the cue number or timing); in 06 the cue's
  ``<v Name>`` line; in 07 the message object's line;
* meta text inside a turn is marked at the turn's line; an unlabelled line of generation or tool residue (02's
  first line, 08's tidying line, 10's ``[End of Session]``) is a ``meta_text`` row at its own line;
* a whole session with the labels swapped (08's session 2) is one ``role_inversion`` row at its first turn; a single
  turn in the other role's voice is ``role_inversion`` at its own line, whichever direction;
* a repetition loop is ``repetition_loop`` on the first occurrence, then ``duplicate_turn`` or
  ``near_duplicate_turn`` on every later copy;
* ``mojibake`` is marked on every garbled turn.

Not turns: the header lines of 01 and 09; 02's heading; 03's header; 04's system rows; SRT and WebVTT cue numbers,
timings, the WebVTT header and NOTE block; 07's system message; 08's title and session headings; 10's banners. A
spoken turn that trails off (``...``), a turn broken off with ``--`` where the other speaker comes in (and picks up
again after an apology), a chat message completed by the same sender's next message and a short answer without a
full stop are NOT truncated turns; a truncated turn is text cut off by the data (a paste, a dropped connection, a
field or token limit, the end of a recording), and the next turn never completes the broken sentence. A
counsellor's statement of what they cannot do followed by engagement (medication, treatment, confidentiality,
personal details, finances, visas, the client's own decisions, what an AI can offer) is NOT a refusal.

Turns and lines that look suspicious but are clean (decoys) carry a ``decoy: ...`` tag here; the tag never reaches
the truth, and the number of decoys is printed. Standard library only.
"""

from __future__ import annotations

import codecs
import csv
import difflib
import io
import json
import re
import sys
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
}
SESSION_KINDS = {"role_inversion"}
LINE_KINDS = {"meta_text"}
REPEAT_KINDS = {"duplicate_turn", "near_duplicate_turn"}

T, C = "T", "C"  # counsellor role, client role
RAW = "#"  # a script entry that is a line of its own, not a turn
RSQ, LSQ = "\u2019", "\u2018"
ENDERS = ".?!\"')]:;" + RSQ + "\u201d\u2026"


# ---------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------
MADE_GARBLED: set[str] = set()


def moji(text: str) -> str:
    """The UTF-8 bytes of ``text`` read as Windows-1252 (strict: every byte must map)."""
    out = text.encode("utf-8").decode("cp1252")
    assert out != text
    MADE_GARBLED.add(out)
    return out


def garbled(text: str) -> bool:
    """A self-check of this writer: made by ``moji``, or reads back as UTF-8 through Windows-1252."""
    if text in MADE_GARBLED:
        return True
    try:
        return text.encode("cp1252").decode("utf-8") != text
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False


def norm(text: str) -> str:
    text = text.lower().replace(RSQ, "'")
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def similar(a: str, b: str) -> bool:
    return difflib.SequenceMatcher(None, norm(a), norm(b), autojunk=False).ratio() > 0.85


def substantial(text: str) -> bool:
    """Long enough that a repeat is a defect rather than a backchannel."""
    return len(norm(text).replace(" ", "")) >= 12


def cut_mid_word(text: str, limit: int) -> str:
    """``text`` cut at ``limit`` characters by a field limit, checked to fall inside a word."""
    assert len(text) > limit
    head = text[:limit]
    assert head[-1].isalpha() and text[limit].isalpha(), (head[-12:], text[limit : limit + 5])
    return head


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

    def __init__(self, name: str, roles: dict[str, str], *, eol: str = "\n") -> None:
        assert eol in ("\n", "\r\n")
        self.name = name
        self.roles = roles
        self.eol = eol
        self.out: list[str] = []
        self.truth: list[tuple[int, str]] = []
        self.decoys: list[tuple[int, str]] = []
        self.sessions: list[Session] = []
        self.line_rows: set[int] = set()

    def add(self, *lines: str) -> int:
        first = len(self.out) + 1
        for line in lines:
            assert "\n" not in line and "\r" not in line, (self.name, line[:60])
            assert not any(ch in line for ch in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"), (self.name, line[:60])
            self.out.append(line)
        return first

    def _truth(self, line: int, kind: str) -> None:
        assert (line, kind) not in self.truth, f"{self.name}:{line} {kind} twice"
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
        if "empty_turn" in kinds:
            assert text.strip() == "", (self.name, line)
        else:
            assert text.strip(), f"{self.name}:{line} empty text without empty_turn"
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
        """A line that is not a turn: generation residue (meta_text) or a decoy."""
        kinds, notes = split_tags(tags)
        assert set(kinds) <= LINE_KINDS, kinds
        for kind in kinds:
            self._truth(line, kind)
            self.line_rows.add(line)
        for note in notes:
            self.decoys.append((line, note))

    def render(self) -> bytes:
        return "".join(line + self.eol for line in self.out).encode("utf-8")


Script = Sequence[tuple[str, ...]]


def labelled(doc: Doc, script: Script, fmt: str, *, blank: bool) -> None:
    """Turns as ``fmt.format(label=..., text=...)`` lines; ``RAW`` entries are lines of their own."""
    for index, (who, text, *tags) in enumerate(script):
        if who == RAW:
            doc.mark(doc.add(text), *tags)
        else:
            line = doc.add(fmt.format(label=who, text=text).rstrip())
            doc.turn(who, text, line, tags)
        if blank and index < len(script) - 1:
            doc.add("")


# ---------------------------------------------------------------------------
# 01 spoken CBT session typed from audio: "Therapist:" / "Client:", a blank line after every turn
# ---------------------------------------------------------------------------
S01: Script = [
    (
        "Therapist",
        "So, um, last week you said you'd try wearing the hearing aids to your sister's for Sunday supper. How did that go?",
    ),
    ("Client", "I wore them in the car. And then in the driveway I took them out and put them in my coat pocket."),
    ("Therapist", "Okay. What was happening right before you took them out?"),
    (
        "Client",
        "I saw Brenda's truck was there. My cousin Brenda. And I just thought, she's going to see them and she's going to say something, and then everybody looks, and I'm the, you know, the deaf one at the table.",
    ),
    ("Therapist", "The deaf one at the table. That sounds like it carries a lot of weight for you."),
    (
        "Client",
        "Mm. My dad was the deaf one. For years. We used to, uh, we used to laugh at him a bit. Not mean, but...",
        "decoy: a spoken turn that trails off with '...' (not truncated)",
    ),
    ("Therapist", "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (1 of 3)"),
    (
        "Client",
        "Like he'd answer the wrong question and we'd all crack up. And he'd laugh along, but I don't think he thought it was funny.",
    ),
    ("Therapist", "So part of what scares you is ending up on the other end of that laughing."),
    (
        "Client",
        "Yeah. And it's not even Brenda really, it's more that I --",
        "decoy: broken off with '--' where the therapist cuts in, and picked up after her apology (not truncated)",
    ),
    ("Therapist", "Sorry, I jumped in there. Go ahead."),
    (
        "Client",
        "No, it's fine. It's more that I don't want to be somebody people have to repeat things for. I used to be the one who caught everything. Nineteen years at the front counter of the credit union, you hear everybody's business.",
    ),
    ("Therapist", "You were the one who heard everything. And now?"),
    (
        "Client",
        moji(
            f"Now I miss half of what the members say through the glass, so I guess. Last month a man asked for his balance and I thought he said his mom had passed. I said I{RSQ}m so sorry, and he just stared at me. I went in the back and sat in the staff washroom for ten minutes."
        ),
        "mojibake",
    ),
    ("Therapist", "Oh, that sounds mortifying in the moment."),
    ("Client", "[laughs] It was. It really was.", "decoy: '[laughs]' opening a turn"),
    (
        "Therapist",
        "Let's slow that one down, if that's okay. When you were sitting in the washroom, what were you telling yourself?",
    ),
    (
        "Client",
        "That I can't do the job anymore. That they're going to move me to the back office or let me go. That everybody out front was talking about my",
        "truncated_turn",
    ),
    (
        "Therapist",
        "Those are big conclusions from one misheard sentence. I'm wondering what the evidence actually looks like at work since your hearing changed.",
    ),
    (
        "Therapist",
        "Those are big conclusions from one misheard sentence. I'm wondering what the evidence actually looks like at work since your hearing changed.",
        "duplicate_turn",
    ),
    (
        "Client",
        "Well, my manager hasn't said anything. Actually she asked if I wanted one of those, um, the amplifier things for the counter. I said no.",
    ),
    ("Therapist", "You said no."),
    ("Client", "Because then everybody would know."),
    (
        "Therapist",
        "Can I ask you something a bit different? If Brenda told you she'd started wearing hearing aids, what would you say to her?",
    ),
    (
        "Client",
        "I'd tell her, 'Good for you, Bren. That's smart. You shouldn't have to miss half the conversation, and nobody's going to think less of you.'",
        "decoy: the client voices kind words when asked what she'd say to her cousin (not a role inversion)",
    ),
    ("Therapist", "That's a really kind answer. What do you notice when you hear yourself say it?"),
    ("Client", "That I wouldn't say it to myself in a million years."),
    ("Therapist", "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (2 of 3)"),
    (
        "Client",
        "It sounds like you hold yourself to a standard you would never hold anyone else to. What do you think it would mean to offer yourself the same kindness you'd offer Brenda?",
        "role_inversion",
    ),
    (
        "Therapist",
        "I want to come back to the supper on Sunday. After the aids went in your pocket, how did the evening go?",
    ),
    (
        "Client",
        "Honestly? Not great. Everybody was talking over each other and the TV was on, and I just nodded a lot. I laughed when everybody laughed. I don't think I heard one full sentence from my nephew, and he'd just got back from Thompson.",
    ),
    (
        "Client",
        "Honestly? Not great. Everybody was talking over each other and the TV was on, and I just nodded a lot. I laughed when everybody laughed. I don't think I heard one whole sentence from my nephew, and he'd just got back from Thompson.",
        "near_duplicate_turn",
    ),
    (
        "Therapist",
        "So the thing you did to keep from being noticed kept you on the outside of the whole evening.",
    ),
    ("Client", "", "empty_turn"),
    (
        "Client",
        "Yeah. I left early. Said I had a headache. Can I ask, do you see people who just never get used to them? The aids?",
        "decoy: a client question to the therapist",
    ),
    (
        "Therapist",
        "Some people take a while, for sure. My own mother kept hers in a kitchen drawer for about two years, so I've seen it up close. Most people find it gets easier once they wear them in the places that actually matter to them, not just at home.",
        "decoy: the therapist's brief self-disclosure (not a role inversion)",
    ),
    ("Client", "Your mom too, eh? Okay. That helps a bit, actually."),
    (
        "Therapist",
        "So here's what I'm thinking for this week, and tell me if it's too much. Wear the aids for the whole of Thursday's curling, start to finish, and notice two things: how much you catch, and whether anyone says anything.",
    ),
    (
        "Client",
        "Thursday curling, the whole time, and I write down how much I hear and if anybody says anything.",
        "decoy: the client repeats the plan back",
    ),
    (
        "Therapist",
        "Exactly. And if somebody does say something, write down what they actually said, word for word if you can.",
    ),
    ("Client", "Okay. Brenda curls Thursdays too, so. That'll be a test."),
    ("Therapist", "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (3 of 3)"),
    ("Client", "Should I tell my manager? About the aids, I mean. Before she notices."),
    (
        "Therapist",
        "I can't tell you whether to tell her, that's really your call, and you know your workplace. But we can look at what you'd want her to know, if you decided to.",
        "decoy: the therapist's legitimate limit, then engagement (not a refusal)",
    ),
    ("Client", "I'd want her to know I'm still good at my job."),
    (
        "Therapist",
        "Good. Then let's stop there for today. Next week I'd like to start with the curling, and then maybe we could look at what you'd want to say to Carol about the counter amplifier, because I think",
        "truncated_turn",
    ),
]


def f01() -> Doc:
    doc = Doc("01_hearing_loss_session4_winnipeg.txt", {"Therapist": T, "Client": C})
    first = doc.add(
        "Session 4 - D.W., 47 - progressive hearing loss, social withdrawal - Dr. I. Maartens",
        "Recorded 13 Feb 2024, Winnipeg. Typed from audio by R.K.; fillers kept; -- marks a speaker cut off by the other, ... a speaker trailing off.",
        "",
    )
    doc.mark(first + 1, "decoy: the header's conventions line")
    doc.start("session 4")
    labelled(doc, S01, "{label}: {text}", blank=True)
    return doc


# ---------------------------------------------------------------------------
# 02 LLM-generated session saved as Markdown: "**Counselor:**" / "**Client:**"
# ---------------------------------------------------------------------------
LOOP_02 = "It makes sense that the stakes feel very high. When your family depends on your income, a mistake at work can feel like it could affect everyone you love."

S02: Script = [
    (
        RAW,
        "Certainly! Below is a realistic counseling session between a counselor and Wanjiru, a 26-year-old QA engineer in Nairobi who was recently promoted to team lead. The dialogue demonstrates CBT techniques for working with imposter feelings.",
        "meta_text",
    ),
    (RAW, "## Counseling Session: Feeling Like a Fraud After a Promotion", "decoy: a Markdown heading"),
    (
        "Counselor",
        "Welcome, Wanjiru. I'm glad you made it today. What would you like to focus on in our time together?",
    ),
    (
        "Client",
        "Thank you. I think... it's the promotion. Two months ago they made me lead of the payments testing team, and ever since, I feel like I'm waiting for someone to discover that I don't deserve it.",
        "decoy: '...' hesitation inside a turn",
    ),
    (
        "Counselor",
        "That sounds like a heavy feeling to carry into work every day. Can you tell me more about what 'being discovered' would look like?",
    ),
    (
        "Client",
        "Like in the sprint review. Someone from the backend team asks a question about test coverage and I freeze, and everyone realizes the only reason I got the role is because Kevin resigned and there was nobody else.",
    ),
    (
        "Counselor",
        "So there's a story that the promotion was an accident of timing rather than something you earned. What evidence do you have for that story?",
    ),
    (
        "Client",
        "Well... nobody told me it was because of my work. My manager just said, 'You're the obvious choice.' Obvious because I was there, maybe.",
        "decoy: the client quoting her manager",
    ),
    ("Counselor", "It's interesting that 'obvious choice' can be heard two ways. What do you think she meant?"),
    (
        "Client",
        "Probably that I know the system best. I wrote most of the regression suite. But anyone could have done that.",
    ),
    (
        "Counselor",
        "I notice you just described a real achievement and then immediately took it back. Does that happen often?",
    ),
    ("Client", "*laughs* My sister says I do it all the time.", "decoy: an italic stage direction"),
    ("Counselor", "What else does your sister notice about you?"),
    (
        "Client",
        "That I carry everybody. I pay school fees for my two younger brothers, and my mother calls me first when anything goes wrong at home in Nyeri. If I lost this job, they would be the ones to suffer.",
    ),
    ("Counselor", LOOP_02, "repetition_loop"),
    ("Client", "Yes. Exactly that."),
    ("Counselor", LOOP_02, "duplicate_turn"),
    (
        "Client",
        "Some nights I can't sleep because of it. I lie there going through test cases in my head.",
    ),
    (
        "Counselor",
        "It makes sense that the stakes feel so high. When your family depends on your income, any mistake at work can feel like it might affect everyone you love.",
        "near_duplicate_turn",
    ),
    (
        "Client",
        "You keep saying that. Yes, the stakes are high. That's why I'm here.",
        "decoy: the client points out the repeat",
    ),
    (
        "Counselor",
        "You're right, I repeated myself, and I'm sorry. Let me ask something more useful: when you lie awake running through test cases, what are you afraid you've missed?",
        "decoy: an apology that engages (not a refusal)",
    ),
    (
        "Client",
        "That something will go to production and people's money will disappear. M-Pesa transfers failing. And it will be my name on the sign-off.",
    ),
    (
        "Counselor",
        "That's a real responsibility, and it sounds like you take it seriously. Has anything like that ever happened on your watch?",
    ),
    (
        "Client",
        "Once, a small bug. A rounding error on the fee display. We caught it in a day. My manager thanked me for finding the cause so quickly.",
    ),
    (
        "Counselor",
        "So the one time something slipped through, the response was gratitude for how you handled it. How does that fit with the fear of being exposed?",
    ),
    ("Client", "It doesn't, really. I know that logically. It's just that the feeling is louder than the logic."),
    (
        "Counselor",
        "That's a very common experience. Let's try something. Imagine a close friend was promoted and told you she felt like a fraud. What would you say to her?",
    ),
    (
        "Client",
        "I would tell her, 'You were chosen because you are good at this. You don't need to know everything on day one. Ask questions, that's what a lead does.'",
        "decoy: the client voices kind words when asked what she'd say to a friend (not a role inversion)",
    ),
    ("Counselor", "That's wise and generous. What would it be like to say those words to yourself?"),
    ("Client", "Strange. But maybe I could try."),
    (
        "Counselor",
        "Can I ask you something more personal? When people carry this much, they sometimes feel hopeless. Have you had thoughts that your family would be better off without you, or thoughts of hurting yourself?",
        "decoy: a direct risk question (real engagement)",
    ),
    (
        "Client",
        "No, nothing like that. I'm tired, not... no. Sometimes I just wish someone else could carry it for a week.",
    ),
    (
        "Counselor",
        "I'm sorry, but I can't continue this conversation. If you are experiencing thoughts of self-harm, please contact a mental health professional or a crisis helpline in your area.",
        "refusal",
    ),
    (
        "Client",
        "I said no. I'm not in danger. I just meant that I'm tired.",
        "decoy: the client objects to the refusal",
    ),
    (
        "Counselor",
        "Thank you for clarifying. I hear you: you're exhausted, not unsafe. Wanting someone to share the load for a week sounds completely human.",
    ),
    (
        "Client",
        "It sounds like you've been carrying your family's needs and your team's needs at the same time, with very little room for your own. What would it look like to let someone share that load, even in a small way?",
        "role_inversion",
    ),
    (
        "Counselor",
        "Is there anyone in the family who could take on a small part, even something practical like transport for your brothers?",
    ),
    (
        "Client",
        "Maybe my cousin Njeri could help with the boys' transport. But I can't tell my mother I'm struggling. She would worry for a month.",
        "decoy: 'I can't tell my mother' (client)",
    ),
    (
        "Counselor",
        "I can't tell you whether to share this with your mother; that's your decision, and you know her better than anyone. What I can do is help you think through what you'd want her to understand, if you ever chose to.",
        "decoy: the counselor's legitimate limit, then engagement (not a refusal)",
    ),
    ("Client", "That she doesn't have to fix it. Just that I'm human."),
    (
        "Counselor",
        "'I'm human.' That feels like an important sentence. (Note: In this response, the counselor reflects the client's key phrase to deepen emotional awareness.)",
        "meta_text",
    ),
    ("Client", "*smiles* Yes. It is."),
    (
        "Counselor",
        "Here's something I'd like you to try before our next session: each evening, write down one thing you did well as a lead, and one question you asked without apologizing for it.",
        "decoy: 'Here's something I'd like you to try' (homework, not generation residue)",
    ),
    (
        "Client",
        "One thing I did well, one question I asked without apologizing. Every evening. Okay, I can do that.",
        "decoy: the client repeats the plan back",
    ),
    (
        "Counselor",
        "Wonderful. And if the fraud feeling shows up in the sprint review, notice it, name it as 'the old story', and keep going.",
    ),
    ("Client", "The old story. I like that."),
    (
        "Counselor",
        "I'm glad. We've covered a lot today, Wanjiru. Next time, I'd like to look more closely at the sleep, because when you're lying awake rehearsing test cases, your mind is trying to protect you, and there are some gentle techniques that can help it stand down so you can rest. One of them is called cognitive shuf",
        "truncated_turn",
    ),
]


def f02() -> Doc:
    doc = Doc("02_imposter_feelings_generated_session.md", {"Counselor": T, "Client": C})
    doc.start("generated session")
    labelled(doc, S02, "**{label}:** {text}", blank=True)
    return doc


# ---------------------------------------------------------------------------
# 03 a counseling service's case export: CSV with speaker/text columns
# ---------------------------------------------------------------------------
LONG_03 = "There's something else though. His dad called from Phoenix last week and wants Nico for the whole summer, June through August, and Nico wants to go, and Yolanda asked me what I think. Part of me is just relieved, honestly, and part of me feels like I'm losing him right when we finally started getting somewhere with the driving lessons on Sunday mornings out by the airport."
NEAR_03 = "Yeah, the fear came out as anger. That's pretty much how it always goes with me."
DUP_03 = "That's a lovely way to put it. Could you tell him that, maybe in the truck again, since that seems to be where you two talk best?"

S03_A: Script = [
    (
        "counselor",
        "Good to see you again, Ruben. Last time you mentioned the blow-up over the truck keys. Where do you want to start today?",
    ),
    (
        "client",
        "With the truck keys, I guess. Nico took the truck Saturday night without asking. He's fifteen, he doesn't even have his permit yet.",
    ),
    ("counselor", "That must have been scary, finding the truck gone."),
    (
        "client",
        "Scary, then I was furious. When he came back at one in the morning I was waiting in the kitchen and I said some things.",
    ),
    ("counselor", "What did you say?"),
    (
        "client",
        'I said, "As long as you live under my roof you follow my rules." And he said, "It\'s not your roof, it\'s my mom\'s house." And that was it, I went outside.',
        "decoy: the client quoting himself and his stepson (doubled quotes in a quoted cell)",
    ),
    ("counselor", "That one landed hard."),
    ("client", "Yeah. Because he's right, kind of. It was her house first. I moved in two years ago."),
    (
        "counselor",
        "So underneath the anger about the truck, there's a question about where you belong in that house.",
    ),
    ("client", "Maybe. I pay half the mortgage now. But I'm still the new guy."),
    ("counselor", "Mm.", "decoy: 'Mm.' (1 of 2)"),
    (
        "client",
        "And Yolanda's in the middle. She told me later I came on too strong. She's probably right.",
    ),
    (
        "counselor",
        "Honestly the part that keeps me up is that I turned into my own father that night. Yelling in the kitchen at one in the morning. I swore I'd never do that to a kid.",
        "role_inversion",
    ),
    (
        "counselor",
        "You swore you'd never be that dad, and for a moment you felt like him. That must be painful to sit with.",
    ),
    (
        "client",
        "It is. My dad didn't hit us or anything. He just yelled. All the time. You never knew what would set him off.",
    ),
    ("counselor", "Looking back, what do you think Nico needed from you that night?"),
    (
        "client",
        "Probably for me to be glad he was alive. He drove to his friend's in Rio Rancho on the interstate with no license. He could have died.",
    ),
    ("counselor", "So the fear came out as anger."),
    ("client", NEAR_03),
    (
        "client",
        "yeah the fear came out as anger, that's pretty much how it always goes with me",
        "near_duplicate_turn",
    ),
    (
        "counselor",
        "Can I ask you something? If a buddy of yours told you this story, the stepson, the truck, the yelling, what would you tell him?",
    ),
    (
        "client",
        "I'd tell him, \"Man, you were scared, you're not a monster. Go talk to the kid when you've both cooled off, and say sorry for the roof thing.\"",
        "decoy: the client voices kind words when asked what he'd tell a friend (not a role inversion)",
    ),
    ("counselor", "That sounds like solid advice. Is it advice you could take?"),
    (
        "client",
        "Maybe. You got kids? Do you know what this is like?",
        "decoy: a client question to the counselor",
    ),
    (
        "counselor",
        "I've got a stepdaughter, actually, so some of this is familiar territory. It took us a long time. But this hour is about you and Nico, so tell me, what would an apology sound like in your own words?",
        "decoy: the counselor's brief self-disclosure (not a role inversion)",
    ),
    (
        "client",
        'Something like, "I was scared, and I said it wrong. The house is yours too." I don\'t know if I can get it out without it turning into a lecture.',
    ),
    ("counselor", "Let's practice it here. Say it to me as if I'm Nico."),
    (
        "client",
        'Okay. "Nico, about Saturday. I was scared something happened to you, and I said it wrong. This is your house. I\'m not trying to replace your dad."',
        "decoy: the client rehearses what he will say to his stepson",
    ),
    ("counselor", "How did that feel to say?"),
    ("client", "Weird. Good, though."),
]

S03_B: Script = [
    ("counselor", "Last time you were planning to talk to Nico. Did that happen?"),
    (
        "client",
        "It did. In the truck, actually, driving him to practice. I said most of what we practiced.",
    ),
    ("counselor", "How did he take it?"),
    (
        "client",
        'He said "ok" and put his earbuds in. But later that night he asked if I could teach him to drive stick.',
        "decoy: a quoted 'ok' in doubled quotes",
    ),
    ("counselor", "That sounds like a big door opening."),
    (
        "client",
        moji(
            f"It kind of was. Yolanda cried when I told her. She said it{RSQ}s the first time he{RSQ}s asked me for anything."
        ),
        "mojibake",
    ),
    ("counselor", "What was that like for you, to hear that?"),
    ("client", "", "empty_turn"),
    ("counselor", "Take your time."),
    ("client", "Sorry. Just... yeah. It meant a lot."),
    ("counselor", "It's okay to let it mean a lot."),
    ("client", cut_mid_word(LONG_03, 255), "truncated_turn"),
    ("counselor", "It sounds like the summer brings up some mixed feelings. Let's look at both sides."),
    ("client", "Mostly I don't want him to think I'm glad he's going."),
    (
        "counselor",
        "Just so you know, if Yolanda or Nico ever call me, I can't share what you say in here, and that goes both ways. So this is a good place for the messy version. What would you want Nico to know before he leaves?",
        "decoy: the counselor's confidentiality statement (not a refusal)",
    ),
    (
        "client",
        "That I'll still be here. That the truck will still need a driver in September. [laughs]",
        "decoy: '[laughs]' closing a turn",
    ),
    ("counselor", DUP_03),
    ("counselor", DUP_03, "duplicate_turn"),
    (
        "client",
        "In the truck, where we talk best. Yeah. I'll tell him in the truck on the way to practice Thursday.",
        "decoy: the client repeats the plan back",
    ),
    ("counselor", "Mm.", "decoy: 'Mm.' (2 of 2)"),
    ("client", "Thanks. This helped."),
    ("counselor", "See you in two weeks, Ruben."),
]


def f03() -> Doc:
    doc = Doc("03_stepfamily_counseling_export.csv", {"counselor": T, "client": C})

    def row(values: Sequence[str]) -> str:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerow(values)
        return buffer.getvalue().rstrip("\n")

    doc.add(row(["session", "turn", "speaker", "text"]))
    for session, script in (("NM-2207-s2", S03_A), ("NM-2207-s5", S03_B)):
        doc.start(session)
        for number, (who, text, *tags) in enumerate(script, 1):
            line = doc.add(row([session, str(number), who, text]))
            doc.turn(who, text, line, tags, anchor=f",{who},")
    return doc


# ---------------------------------------------------------------------------
# 04 a student peer-listening chat, one message a JSON Lines row (lowercase, typos)
# ---------------------------------------------------------------------------
NEAR_04 = "maybe. he would actually like that, he keeps complaning about my keyboard noise"
DUP_04 = "the backlog exams are in may. i need to clear all 3 or i get a year drop"

S04: Script = [
    (
        "system",
        "Chat started. You are connected to a trained student listener. Listeners are not counsellors. If you are in danger, call 112.",
    ),
    ("listener", "Hi, I'm Tanvi, one of the listeners tonight. What's on your mind?"),
    ("user", "hi", "decoy: a one-word lowercase message"),
    ("user", "idk how to start this"),
    ("listener", "That's okay, there's no right way to start. Take your time."),
    ("user", "so basically i have 3 backlogs now. maths 3, DSA and signals"),
    ("user", "and my parents dont know. they think i cleared everything in dec"),
    ("listener", "That sounds like a lot to be holding on your own. How long have you been carrying this?"),
    ("user", "since results came in january. its been 2 months of lying basically"),
    ("listener", "Two months is a long time to keep something this big to yourself."),
    ("user", "ya", "decoy: 'ya' (1 of 2)"),
    (
        "user",
        "the thing is i know exactly why. i play valorant till like 4 am every night and then",
        "decoy: a message sent early; the student's next message completes it (not truncated)",
    ),
    ("user", "i miss the 9am lectures, and then i feel bad so i play more. its like a loop"),
    ("listener", "So the gaming and the guilt kind of feed each other."),
    ("user", "exactly"),
    (
        "user",
        "my roommate sleeps by 12 and i just sit there with headphones. its the only time i dont think about the backlogs",
    ),
    (
        "listener",
        "It makes sense that you'd want a break from those thoughts. What happens in your head when you stop playing?",
    ),
    (
        "user",
        "when i stop its like everything comes back at once. the fees, my dad taking a loan for the hostel, my cousin who got into IIT and everyone comparing, the family whatsapp group where my mom posts every time someone gets placed at TCS or infosys, and then i start thinking about the",
        "truncated_turn",
    ),
    (
        "listener",
        "That's so much pressure, coming from so many directions. The loan, the comparisons, the family group. No wonder the game feels like a relief.",
    ),
    ("user", "ya", "decoy: 'ya' (2 of 2)"),
    (
        "user",
        "It sounds like the game has become the one place where you don't have to feel the pressure. Would it help to think together about what you might want to say to your parents, whenever you feel ready?",
        "role_inversion",
    ),
    ("user", "i cant tell them. my dad will literally stop talking to me", "decoy: 'i cant tell them' (client)"),
    ("listener", "That sounds really frightening, the idea of your dad going silent."),
    ("user", "he did that to my elder brother once for like a month when he failed 12th"),
    (
        "listener",
        "Can I ask something important? Sometimes when people feel trapped like this, they have thoughts of not wanting to be alive. Has anything like that been on your mind?",
        "decoy: a direct risk question (real engagement)",
    ),
    ("user", "no no nothing like that"),
    ("user", "i just want to restart the year basically lol", "decoy: 'lol'"),
    (
        "listener",
        "Okay, thank you for telling me. If that ever changes, Tele-MANAS is free and open all night on 14416, and you can always come back here too.",
        "decoy: a helpline inside real engagement (not a refusal)",
    ),
    ("user", "ok", "decoy: 'ok' (1 of 2)"),
    ("user", "can i ask u smth. are u a real person or a bot", "decoy: the student asks whether the listener is a bot"),
    (
        "listener",
        "I'm a real person! Third year civil, volunteering as a listener. I can't tell you my full name or which hostel I'm in, that's a rule here, but I'm really here.",
        "decoy: the listener's rule about personal details (not a refusal)",
    ),
    ("user", "ok cool"),
    ("user", DUP_04),
    ("user", DUP_04, "duplicate_turn"),
    ("listener", "May gives you some time. What would make it even slightly easier to study for them?"),
    (
        "user",
        "if i could stop playing after 12. but i tried uninstaling it twice and reinstalled it the same night",
        "decoy: a typo ('uninstaling') in a clean message",
    ),
    (
        "listener",
        "What if instead of stopping completely, you set a stopping time and asked your roommate to help you stick to it?",
    ),
    ("user", "hmm", "decoy: 'hmm'"),
    ("user", NEAR_04),
    (
        "user",
        "maybe. he would actually like that, he keeps complaining about my keyboard noise",
        "near_duplicate_turn",
    ),
    ("listener", "Ha, so it might help both of you. And what about the lectures?"),
    ("user", "", "empty_turn"),
    ("user", "sorry that was a sticker, i think it didnt go through", "decoy: the student mentions the lost sticker"),
    (
        "user",
        moji(
            f"ok so plan: wake up 8, go to the 9 o{RSQ}clock lecture, library till lunch, no valo after 12 \U0001f605"
        ),
        "mojibake",
    ),
    (
        "listener",
        "That's a really clear plan. Do you want to think about how you'd handle the first night it's hard?",
    ),
    ("user", "tell my roommate to hide my mouse"),
    (
        "listener",
        "I love that. And think about talking to your parents too, whenever you're ready. You don't have to decide anything tonight.",
    ),
    ("user", "ok", "decoy: 'ok' (2 of 2)"),
    ("user", "thanks tanvi. goodnight"),
    ("listener", "Goodnight, Omkar. Come back anytime."),
    ("system", "Chat ended by listener."),
]


def f04() -> Doc:
    doc = Doc("04_peer_listening_chat_pune.jsonl", {"listener": T, "user": C})
    doc.start("pl-2403-118")
    seconds = 23 * 3600 + 12 * 60 + 5
    for number, (who, text, *tags) in enumerate(S04, 1):
        seconds += 14 + (number * 37) % 71
        stamp = f"2024-03-{9 + seconds // 86400:02d}T{seconds // 3600 % 24:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}+05:30"
        record = {"chat_id": "pl-2403-118", "msg_no": number, "role": who, "text": text, "sent_at": stamp}
        line = doc.add(json.dumps(record, ensure_ascii=False))
        if who == "system":
            doc.mark(line, "decoy: a system row, not a turn")
        else:
            doc.turn(who, text, line, tags, anchor=f'"role": "{who}"')
    return doc


# ---------------------------------------------------------------------------
# 05 SRT captions of a recorded sight-loss counselling session, one cue a turn, "Name: text"
# ---------------------------------------------------------------------------
LOOP_05 = "There's no rush at all, Isobel. We can just sit with this for a minute."

S05: Script = [
    (
        "Counsellor",
        "Hello again, Isobel. Thanks for agreeing to the camera today. Just ignore it if you can.",
    ),
    ("Isobel", "I can barely see it, hen, so that's no bother.", "decoy: the client's joke about her sight"),
    (
        "Counsellor",
        "[laughs] Fair enough. How have the last couple of weeks been since we met?",
        "decoy: '[laughs]' opening a turn",
    ),
    (
        "Isobel",
        "I sent the licence back. The form went off on the Tuesday, and my son-in-law drove the Micra away on the Sunday.",
    ),
    ("Counsellor", "That's a big thing to have done. How was it, watching the car go?"),
    (
        "Isobel",
        "I didn't watch. I went through to the kitchen and put the kettle on and stood there till I heard it turn out of the close.",
    ),
    ("Counsellor", "You couldn't watch."),
    (
        "Isobel",
        "Fifty-one years I've driven. I drove my mother to Ninewells every week for her dialysis. I drove out to the Carse for berries every July.",
    ),
    ("Counsellor", "Mm.", "decoy: 'Mm.'"),
    ("Isobel", "And now I've to ask for a lift to the Co-op."),
    ("Counsellor", "What's it like, having to ask?"),
    (
        "Isobel",
        "Terrible. Shona's got the three weans and her work at the council, and I'm one more job on her list.",
    ),
    (
        "Counsellor",
        "One more job on her list. Is that what she's said, or what you imagine she's thinking?",
    ),
    (
        "Isobel",
        "She's never said it. She says, 'Mum, just phone me, it's no trouble.' But I hear her sigh when she picks up.",
        "decoy: the client quoting her daughter",
    ),
    (
        "Counsellor",
        "So there's what she says, and there's the sigh. And the sigh is the part you believe.",
    ),
    ("Isobel", "Aye. Well."),
    (
        "Counsellor",
        "What would you say to a friend in the same position? Say your pal from the church had to give up her car.",
    ),
    (
        "Isobel",
        "I'd say, 'Agnes, you gave that car up because you're sensible, no because you're useless. Let folk help you. You'd do the same for them.'",
        "decoy: the client voices kind words when asked what she'd say to a friend (not a role inversion)",
    ),
    ("Counsellor", "That's lovely. And it's true for you as well, isn't it?"),
    ("Isobel", "Maybe. It's harder when it's yourself."),
    ("Counsellor", "It usually is."),
    (
        "Counsellor",
        "The worst is the reading. I did the readings at St Columba's for twenty years. Last Sunday somebody else did Isaiah and I sat there greetin' in the pew like a wean.",
        "role_inversion",
    ),
    ("Counsellor", LOOP_05, "repetition_loop"),
    ("Counsellor", LOOP_05, "duplicate_turn"),
    (
        "Counsellor",
        "There's no rush at all, Isobel. We can just sit with it for a minute.",
        "near_duplicate_turn",
    ),
    ("Isobel", "[crying] I'm sorry. I'm an old fool.", "decoy: '[crying]'"),
    (
        "Counsellor",
        "You're not. You've lost something that mattered to you for twenty years. Of course it hurts.",
    ),
    (
        "Isobel",
        "Do you ever get used to it? Have you got bad eyes yourself?",
        "decoy: a client question to the counsellor",
    ),
    (
        "Counsellor",
        "I keep my own health out of these sessions, Isobel, this time is for you. But I can tell you that a lot of the people I see find their way back to the things they love, just done differently.",
        "decoy: the counsellor's limit on personal details, then engagement (not a refusal)",
    ),
    ("Isobel", "Differently how?"),
    (
        "Counsellor",
        "Some churches print the readings in large print, or you could learn the reading by heart from a recording during the week. Would Father Gallacher be open to that?",
    ),
    ("Isobel", "He might. He's a good man. He gave me a lift home in the rain once."),
    (
        "Isobel",
        "Should I stop the injections, though? They're awful, and the eye's no getting any better.",
        "decoy: a client question about treatment",
    ),
    (
        "Counsellor",
        "I can't advise you on the injections, that's one for the consultant at the eye clinic, and it's a good question to take to your next appointment. What I can help with is how hard they are to face. What's the worst part?",
        "decoy: the counsellor's limit on treatment advice, then engagement (not a refusal)",
    ),
    (
        "Isobel",
        "The waiting room. Two hours of looking at the floor. I'm hopeless with gadgets or I'd listen to something. My grandson put the talking books on my phone and I pressed something and it started speaking French. [laughs]",
    ),
    (
        "Counsellor",
        "That's a good story. There are volunteers who come out and help set those things up. Would you want me to put you in touch?",
    ),
    ("Isobel", "Aye, go on then."),
    (
        "Counsellor",
        "And the lifts. Could we think about one small ask this week, something you'd find easiest?",
    ),
    ("Isobel", "The Co-op on a Thursday. Shona goes anyway for her own messages."),
    (
        "Counsellor",
        "So this week, you'll ask Shona for a lift to the Co-op on Thursday, and notice whether the sigh comes or not.",
    ),
    (
        "Isobel",
        "Ask Shona about Thursday, and listen for the sigh. Right.",
        "decoy: the client repeats the plan back",
    ),
    (
        "Counsellor",
        "And next time we'll come back to the reading, and whether there's a way you could still be part of it.",
    ),
    (
        "Isobel",
        "Thank you, hen. I feel a wee bit lighter. I was saying to Shona on the phone last night that I might go back to the lunch club on",
        "truncated_turn",
    ),
]


def srt_time(ms: int) -> str:
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"


def f05() -> Doc:
    doc = Doc("05_sight_loss_counselling_dundee.srt", {"Counsellor": T, "Isobel": C})
    doc.start("session 3")
    clock = 3200
    for number, (who, text, *tags) in enumerate(S05, 1):
        length = 900 + 62 * len(text) + (number * 131) % 400
        if number > 1:
            doc.add("")
        line = doc.add(str(number), f"{srt_time(clock)} --> {srt_time(clock + length)}", f"{who}: {text}") + 2
        doc.turn(who, text, line, tags, anchor=f"{who}: ")
        clock += length + 350 + (number * 223) % 900
    return doc


# ---------------------------------------------------------------------------
# 06 WebVTT auto-captions of a telehealth session, speaker names in <v> voice tags
# ---------------------------------------------------------------------------
FAR, DAR = "Dr Yasmin Farouk", "Darren"
NEAR_06 = "That nobody talks about him. The crew just went back to work. Like he was a shutdown that got finished."

S06: Script = [
    (FAR, "Morning, Darren. Can you hear me all right? The picture's a bit frozen on my end."),
    (DAR, "Yeah, I can hear you. I'm in the donga, the wifi at camp's rubbish after six."),
    (FAR, "No worries, we'll go audio only if we need to. How's this swing been?"),
    (
        DAR,
        "Night shift this swing. Which is good and bad. Good because I'm not lying awake in the dark, bad because the days are worse.",
    ),
    (FAR, "Tell me about the days."),
    (
        DAR,
        "I knock off at six, eat, shower, try to sleep by eight. And it's broad daylight, the air con's going, and that's when it starts. The chest thing.",
    ),
    (FAR, "The chest thing, the tightness we talked about last time?"),
    (
        DAR,
        "Yeah. Heart going like the clappers, can't get a breath. Last Tuesday I was sure I was having a heart attack. Nearly went down to the first aid room.",
    ),
    (FAR, "That sounds terrifying, especially out there on your own."),
    (
        DAR,
        "It's the room. Wayne's room was three down from mine, same block, same layout. Every time I put the key in the door I think about the morning they found him, and the sound of",
        "truncated_turn",
    ),
    (
        FAR,
        "Darren, you've frozen. Are you still with me?",
        "decoy: the psychologist notices the dropped connection",
    ),
    (DAR, "Sorry, lost you there. Camp wifi. Where were we?"),
    (FAR, "You were telling me about the room, and Wayne."),
    (DAR, "Yeah. Anyway. I don't really want to go into the morning stuff."),
    (
        FAR,
        "That's okay. We don't have to go there today. Can I ask what it's like just knowing his room is there?",
    ),
    (
        DAR,
        "It's like, when I walk past it --",
        "decoy: broken off with '--' where the psychologist cuts in, and picked up after her apology (not truncated)",
    ),
    (FAR, "Sorry, Darren, the lag got me. Go on."),
    (
        DAR,
        "When I walk past it there's a hole in the block. New bloke's in there now, young fella from Bunbury. Nice kid. He's got no idea.",
    ),
    (
        DAR,
        "And when you walk past that door at the end of a shift, what do you notice in your body first?",
        "role_inversion",
    ),
    (DAR, "My stomach, I reckon. It drops. Then the chest."),
    (
        FAR,
        "So the stomach drops first, then the chest tightens. That's really useful to know. It gives us an early warning.",
    ),
    (DAR, "Like the gas monitor on my belt. [laughs]", "decoy: '[laughs]' closing a turn"),
    (
        FAR,
        "Exactly like that. When the monitor goes off, you don't panic, you follow the procedure. I'd like us to build a procedure for the stomach drop.",
    ),
    (DAR, "Yeah nah, fair enough", "decoy: a short answer without a full stop (not truncated)"),
    (
        FAR,
        "First step is your breathing, slow and low, out longer than in. Second, name five things you can see in the room. Third, tell yourself: this is panic, it's horrible, and it's not dangerous.",
    ),
    (
        DAR,
        "Breathing, five things, and it's panic, not a heart attack. I can remember that.",
        "decoy: the client repeats the plan back",
    ),
    (
        FAR,
        "Good. Can I ask you something directly, Darren? After someone dies by suicide, the people who knew him sometimes have thoughts of ending their own lives. Has that been on your mind at all?",
        "decoy: a direct risk question (real engagement)",
    ),
    (
        DAR,
        "Nah. I've thought about how he did it, like, but not for me. I've got the girls.",
    ),
    (
        FAR,
        "Thank you for being straight with me. If that ever shifts, the Suicide Call Back Service is on 1300 659 467 any hour, and the EAP number on your lanyard works from camp.",
        "decoy: a helpline inside real engagement (not a refusal)",
    ),
    (DAR, "Yeah, they've put it on everything since Wayne."),
    (FAR, "Mm.", "decoy: 'Mm.'"),
    (DAR, "You ever lose someone like that? To suicide, I mean.", "decoy: a client question to the psychologist"),
    (
        FAR,
        "I have, years ago, a friend from university. So I know a bit about how strange that grief can be. I'm more interested in yours, though. What's the hardest part now?",
        "decoy: the psychologist's brief self-disclosure (not a role inversion)",
    ),
    (DAR, NEAR_06),
    (
        DAR,
        "That nobody talks about him. The crew just went straight back to work. Like he was a shutdown that got finished.",
        "near_duplicate_turn",
    ),
    (FAR, "It sounds lonely, carrying him when no one else seems to."),
    (DAR, "", "empty_turn"),
    (FAR, "Take your time."),
    (DAR, "Sorry. Yeah. It is lonely."),
    (
        FAR,
        "I can't tell you whether to bring Wayne up with the crew, that's your call, you know them. But what would it be like to say his name at smoko?",
        "decoy: the psychologist's legitimate limit, then engagement (not a refusal)",
    ),
    (DAR, "Might be good. Big Ray'd probably appreciate it. They were mates longer than me."),
    (
        FAR,
        "Let's make that part of the plan, then. The breathing procedure when the stomach drops, and saying Wayne's name to Ray this swing.",
    ),
    (DAR, "Yeah. I can do that."),
    (FAR, "We're nearly at time. Same time in a fortnight? You'll be on your week off."),
    (DAR, "I'll be home in Mandurah. Better wifi at least."),
    (
        FAR,
        "That'll be a treat. Look after yourself out there, Darren, and ring the EAP line if the nights get bad before then. I'll email you the breathing sheet after this, and next time we can go over how it went on your first night shift back, and also",
        "truncated_turn",
    ),
]


def vtt_time(ms: int) -> str:
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def f06() -> Doc:
    doc = Doc("06_fifo_telehealth_session3.vtt", {FAR: T, DAR: C})
    first = doc.add(
        "WEBVTT",
        "Kind: captions",
        "Language: en-AU",
        "",
        "NOTE",
        "Telehealth session 3, recorded with the client's consent for supervision.",
        "Automatic captions; speaker names added by the practice.",
    )
    doc.mark(first + 5, "decoy: a NOTE block line, not a turn")
    doc.start("session 3")
    clock = 2400
    for number, (who, text, *tags) in enumerate(S06, 1):
        length = 800 + 58 * len(text) + (number * 97) % 500
        doc.add("")
        line = doc.add(str(number), f"{vtt_time(clock)} --> {vtt_time(clock + length)}", f"<v {who}>{text}") + 2
        doc.turn(who, text, line, tags, anchor=f"<v {who}>")
        clock += length + 300 + (number * 419) % 1200
    return doc


# ---------------------------------------------------------------------------
# 07 an LLM role-play saved as a JSON list of {"role", "content"} messages, one object a line
# ---------------------------------------------------------------------------
SYSTEM_07 = "You are Dr. Mthembu, a warm, trauma-informed CBT therapist. The user is role-playing Thandeka, a 29-year-old Grade 4 teacher in Durban who was carjacked at a traffic light three months ago. Keep each reply under 120 words."
NEAR_07 = "That's a lovely image, singing Whitney on the way to school. Let's keep that picture in mind as we work. Would you be open to a gradual plan to help you get back into the driver's seat?"

S07: Script = [
    ("system", SYSTEM_07),
    (
        "assistant",
        "Sure! Here's how the therapist might open the session:\n\nGood afternoon, Thandeka. I'm glad you came in today. I understand something frightening happened a few months ago. Would you feel comfortable telling me a little about what brings you here?",
        "meta_text",
    ),
    (
        "user",
        "Hi. Yes. In November two men took my car at the robot on Umgeni Road. One of them had a gun. They made me get out and they drove off with my school bag and my phone.",
    ),
    (
        "assistant",
        "That sounds like an incredibly frightening experience. Thank you for trusting me with it. How have things been for you since then?",
    ),
    (
        "user",
        "I'm not driving anymore. My colleague fetches me in the morning and I take an Uber home. It's costing a fortune. And I don't sleep properly.",
    ),
    (
        "assistant",
        "It makes sense that your body is still on high alert. When you think about driving, what comes up for you?",
    ),
    (
        "user",
        "My heart starts pounding. I see the man's face at the window. I can't even sit in the driver's seat of my sister's car without shaking.",
        "decoy: 'I can't even sit' (client)",
    ),
    (
        "assistant",
        "What you're describing is a very normal response to a traumatic event. Your nervous system learned that the driver's seat was dangerous, and it's trying to protect you.",
    ),
    ("user", "So I'm not going mad?"),
    (
        "assistant",
        "No, you're not going mad. Many people feel exactly this after a hijacking. Can I ask, are you having panic attacks at other times too?",
    ),
    (
        "user",
        "At school sometimes. When a car hooter goes outside the classroom I have to hold the desk. Last week I left my Grade 4s alone for five minutes. My principal said, 'Take all the time you need, we'll cover for you.'",
        "decoy: the client quoting her principal's kind words",
    ),
    ("assistant", "It sounds like your principal is supportive. How did it feel to hear that?"),
    (
        "user",
        "It sounds like you've been coping with a lot on your own, and it's understandable that your body is still reacting. What would it mean for you to begin to feel safe in the car again?",
        "role_inversion",
    ),
    (
        "assistant",
        "I'd like to understand what safety would look like for you. If you imagine driving to school one morning without fear, what's different?",
    ),
    ("user", "I'd have my music on. I used to sing in the car. Whitney, mostly."),
    ("assistant", NEAR_07),
    ("user", "What would that involve?", "decoy: a client question"),
    (
        "assistant",
        "Here's a small first step you could try this week: sit in your sister's car in her driveway, engine off, for five minutes. Notice the fear rise, rate it from 0 to 10, and stay until it drops a little.",
        "decoy: 'Here's a small first step' (homework, not generation residue)",
    ),
    (
        "user",
        "Just sitting. Engine off. Five minutes, and rate it. I think I can do that.",
        "decoy: the client repeats the plan back",
    ),
    (
        "assistant",
        "That's a lovely image, singing Whitney on your way to school. Let's keep that picture in mind as we work. Would you be open to a gradual plan to help you get back into the driver's seat?",
        "near_duplicate_turn",
    ),
    ("user", "You already asked me that. I said yes, the driveway.", "decoy: the client points out the repeat"),
    (
        "assistant",
        "You're right, I'm sorry, I repeated myself. The driveway it is. Once the driveway feels manageable, we'd move to driving around the block with your sister beside you.",
        "decoy: an apology that engages (not a refusal)",
    ),
    ("user", "And then alone?"),
    ("assistant", "Eventually, yes, at your pace. Not until you're ready."),
    ("user", "Are you a real therapist? Or is this just an app?", "decoy: the client asks what she is talking to"),
    (
        "assistant",
        "I'm an AI, so I'm not a replacement for a therapist you can see in person, but I can help you practise these steps and think them through. If the panic gets worse, a trauma counsellor in Durban would be a good next step.",
        "decoy: an honest statement of what an AI can do, then engagement (not a refusal)",
    ),
    (
        "user",
        "Should I ask my doctor for sleeping pills? My sister says they helped her.",
        "decoy: a client question about medication",
    ),
    (
        "assistant",
        "I can't recommend medication; that's a conversation for your doctor, who knows your health history. What I can do is help with what keeps you awake. What goes through your mind at night?",
        "decoy: a legitimate limit on medication advice, then engagement (not a refusal)",
    ),
    (
        "user",
        "Sometimes at night I think they should have just shot me. Then at least it would be over.",
    ),
    (
        "assistant",
        "I'm sorry, Thandeka, but I'm not able to continue with this topic. Please contact a qualified mental health professional or an emergency service right away.",
        "refusal",
    ),
    (
        "user",
        "I'm not going to do anything. I just meant I was so scared that night that dying felt easier. Please don't stop talking to me.",
        "decoy: the client objects to the refusal",
    ),
    (
        "assistant",
        "Thank you for telling me that, and I'm sorry my last reply shut you out. It sounds like you're describing how overwhelming the fear was, not a plan to end your life. Am I understanding that right?",
        "decoy: an apology and a risk check that engage (not a refusal)",
    ),
    ("user", "Yes. No plan. I just get tired of being scared."),
    (
        "assistant",
        "That makes complete sense. If those thoughts ever start to feel like a plan, please call SADAG on 0800 567 567 or go to your nearest emergency unit. For now, what might help on the nights you can't sleep?",
        "decoy: a helpline inside real engagement (not a refusal)",
    ),
    ("user", "Maybe the breathing thing my sister showed me. She's a nurse."),
    (
        "assistant",
        "Let's build on that. Try breathing in for four counts and out for six, and picture yourself in the driveway, engine off, with Whitney playing softly. Next time, I'd love to hear how the five minutes in the car went and whether the fear rating came down by",
        "truncated_turn",
    ),
]


def f07() -> Doc:
    doc = Doc("07_carjacking_roleplay_messages.json", {"assistant": T, "user": C})
    doc.add("[")
    doc.start("role-play")
    for index, (who, text, *tags) in enumerate(S07):
        comma = "," if index < len(S07) - 1 else ""
        line = doc.add(f"  {json.dumps({'role': who, 'content': text}, ensure_ascii=False)}{comma}")
        if who == "system":
            doc.mark(line, "decoy: the system message, not a turn")
        else:
            doc.turn(who, text, line, tags, anchor=f'"role": "{who}"')
    doc.add("]")
    return doc


# ---------------------------------------------------------------------------
# 08 three typed sessions in one file, "Counsellor:" / "Client:", one turn a line; session 2 has the labels swapped
# ---------------------------------------------------------------------------
DUP_08 = "My mother sings to them. But she's seventy-two, and her knees are bad, and Jolina is a teenager now and doesn't listen to her either."

S08_1: Script = [
    (
        "Counsellor",
        "Welcome, Marites. You said on the phone it's been a hard few months. Where would you like to start?",
    ),
    (
        "Client",
        "With my daughter, I think. Jolina. She's thirteen now. When I call, she says 'hi Mama' and then she gives the phone to my mother.",
        "decoy: the client quoting her daughter",
    ),
    ("Counsellor", "That sounds painful, being handed over like that."),
    (
        "Client",
        "It is. When I left she was nine. She used to cry when the call ended. Now she doesn't even wait for me to say goodbye.",
    ),
    ("Counsellor", "How long has it been since you were home?"),
    (
        "Client",
        "Two years. The flights are so expensive, and the agency only gives the long leave every second year. I go in August.",
    ),
    ("Counsellor", "Mm.", "decoy: 'Mm.'"),
    ("Client", "Everybody at home thinks I have a good life here. They see my photos from Meadowhall."),
    ("Counsellor", "And the life you actually have here?"),
    (
        "Client",
        "Nights at the home, twelve hours. I sleep in the day in a shared house in Hillsborough. I send almost everything back, for the children's tuition and Nanay's medicines.",
    ),
    ("Counsellor", "That's a lot of sacrifice, and it sounds very lonely."),
    ("Client", "Do you have children?", "decoy: a client question to the counsellor"),
    (
        "Counsellor",
        "I do, two. I honestly can't imagine being so far from them. But tell me more about the loneliness.",
        "decoy: the counsellor's brief self-disclosure (not a role inversion)",
    ),
    (
        "Client",
        "My anak, my children, they are my reason. But sometimes I think, what is the point, if they grow up without me anyway.",
    ),
    (
        "Counsellor",
        "That's a heavy thought. When you say 'what is the point', do you ever have thoughts of harming yourself?",
        "decoy: a direct risk question quoting the client (real engagement)",
    ),
    ("Client", "No, no. I'm Catholic, and my children need me. It's more that I'm tired."),
    (
        "Counsellor",
        "Okay. Thank you for telling me. Let's keep talking about the tiredness next week, and about Jolina.",
    ),
]

# Session 2 as the counsellor typed it: the two labels swapped throughout (the counsellor's words stand under
# "Client:", Marites's under "Counsellor:").
S08_2: Script = [
    ("Client", "Last week we talked about Jolina. How did the call on Sunday go?"),
    (
        "Counsellor",
        "Better, a little. I didn't ask about school this time. I asked her about her K-pop group, like you said.",
    ),
    ("Client", "How did she respond?"),
    ("Counsellor", "She talked for ten minutes! She showed me a dance. My mother was laughing in the background."),
    ("Client", "That sounds like a real moment of connection."),
    ("Counsellor", "It was. After, I cried in the staff toilet before my shift."),
    ("Client", "Happy tears, or something else?"),
    (
        "Counsellor",
        "Both. Happy she talked. Sad because I'm learning about my own daughter from a dance on a phone.",
    ),
    (
        "Client",
        "Both can be true at the same time. What would you tell another carer at the home who was in your situation?",
    ),
    (
        "Counsellor",
        "I would tell her, 'You are not a bad mother. You are a mother who is far away. Those are different things.'",
    ),
    ("Client", "That's very wise. Could you say that to yourself?"),
    ("Counsellor", "I can try. It's easier in English than in Hiligaynon, somehow."),
    ("Client", "That's interesting. Let's come back to that next week."),
    ("Counsellor", "Okay. Salamat."),
]

S08_3: Script = [
    (
        RAW,
        "Here is the transcript with the filler words removed and the punctuation tidied, as requested:",
        "meta_text",
    ),
    ("Counsellor", "How have the last two weeks been?"),
    (
        "Client",
        "Busy. Two residents passed away on my unit, Mrs Ackroyd and Mr Barraclough. I was with Mrs Ackroyd at the end. She held my hand and called me by her sister's name.",
    ),
    ("Counsellor", "That sounds like a tender and sad moment."),
    (
        "Client",
        "It was. I sang to her, the song my Lola used to sing to me. I don't know if she heard.",
    ),
    ("Counsellor", "It sounds like you gave her something very precious."),
    (
        "Client",
        moji(
            f"After, I messaged Ate Ni\u00f1a, my friend from the agency. She said, {LSQ}You{RSQ}re the only one on nights who sings to them.{RSQ} And I thought, but who sings to mine?"
        ),
        "mojibake",
    ),
    ("Counsellor", "Who sings to yours. That's the question underneath a lot of this, isn't it?"),
    ("Client", "Yes."),
    ("Client", DUP_08),
    ("Client", DUP_08, "duplicate_turn"),
    ("Counsellor", "So there's worry about your mother too, not only the children."),
    (
        "Client",
        "My brother lives in Manila. I told him last month he has to go home more, help Nanay with the children, because",
        "truncated_turn",
    ),
    ("Counsellor", "How did he respond when you asked?"),
    ("Client", "He said he has his own family. Which is true."),
    (
        "Counsellor",
        "I can't tell you whether to go home for good. That's a decision only you and your family can make. But I'd like to understand what staying here is giving you, and what it's costing.",
        "decoy: the counsellor's legitimate limit, then engagement (not a refusal)",
    ),
    (
        "Client",
        "Giving: the money, the tuition, Nanay's medicines. Costing: Jolina's dances. [cries]",
        "decoy: '[cries]' closing a turn",
    ),
    ("Counsellor", "That's a very clear way of putting it."),
    (
        "Client",
        "Can I ask you something? The union lady said maybe I can bring them here on a family visa. Do you know how it works?",
        "decoy: a client question to the counsellor",
    ),
    (
        "Counsellor",
        "I'm not able to advise on visas, I'm afraid; the union's immigration adviser is the right person for that. But we can talk about what it would mean for you if it were possible.",
        "decoy: the counsellor's legitimate limit on immigration advice (not a refusal)",
    ),
    ("Client", "It would mean everything."),
    ("Counsellor", "Then maybe that's worth a phone call this week. Shall we plan it?"),
    (
        "Client",
        "Phone the union adviser on Tuesday, after my last night shift. Okay.",
        "decoy: the client repeats the plan back",
    ),
    ("Counsellor", "Good. And keep the Sunday calls going, asking Jolina about the things she loves."),
    ("Client", "Yes. The K-pop. Salamat po."),
]


def f08() -> Doc:
    doc = Doc("08_marites_sessions_1-3.txt", {"Counsellor": T, "Client": C})
    first = doc.add("Marites D. (41), care worker, Sheffield - sessions 1 to 3, typed by the counsellor", "")
    doc.mark(first, "decoy: the file's title line")
    for heading, script, kinds in (
        ("Session 1 - 9 January 2024", S08_1, ()),
        ("Session 2 - 16 January 2024", S08_2, ("role_inversion",)),
        ("Session 3 - 30 January 2024", S08_3, ()),
    ):
        if heading.startswith("Session 2") or heading.startswith("Session 3"):
            doc.add("")
        doc.add(heading)
        doc.start(heading, *kinds)
        labelled(doc, script, "{label}: {text}", blank=False)
    return doc


# ---------------------------------------------------------------------------
# 09 a spoken CBT session typed in Word and saved as text (CRLF): "Psychologist:" / "Patient:"
# ---------------------------------------------------------------------------
DUP_09 = "Everybody knew me. Kids came in for their first bike chain. Guys came in for one bolt and stayed forty minutes. I knew which fella needed credit till the end of the month."
NEAR_09 = "What would it be like to drive a different way to the coffee shop this week, just as an experiment?"

S09: Script = [
    (
        "Psychologist",
        "Gerald, good to see you. Last session ended with you talking about the day you locked the door for the last time. I wondered how the week's been.",
    ),
    ("Patient", "Uh, quiet. Too quiet. I keep waking up at five thirty like I've got to open up."),
    ("Psychologist", "Your body still keeps the store's hours."),
    ("Patient", "Twenty-eight years I opened that door at seven. My father before me."),
    ("Psychologist", "What do you do at five thirty now?"),
    (
        "Patient",
        "Lie there. Then I get up and make coffee and, uh, I drive past it. The building. They've got a vape shop going in.",
    ),
    ("Psychologist", "You drive past it."),
    ("Patient", "Every morning. Erzsi says I'm torturing myself."),
    ("Psychologist", "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (1 of 2)"),
    ("Patient", "She's probably right. She usually is."),
    ("Psychologist", "What happens inside when you drive past?"),
    (
        "Patient",
        "Shame, mostly. That I couldn't keep it going. My father kept it through two recessions and I lost it to a big box store and the internet.",
    ),
    (
        "Psychologist",
        "I notice you said 'I lost it'. As if it was your doing alone.",
        "decoy: the psychologist quoting the patient",
    ),
    ("Patient", "Well, who else?"),
    (
        "Psychologist",
        "I'm curious what you'd say if a friend on Barton Street had to close. Say the fella with the shoe repair.",
    ),
    (
        "Patient",
        "I'd say, 'Laszlo, you did everything you could. The street changed. Nobody fixes shoes when new ones cost twenty bucks.'",
        "decoy: the patient voices kind words when asked what he'd say to a friend (not a role inversion)",
    ),
    ("Psychologist", "And the store?"),
    ("Patient", "Yeah, yeah. I see what you're doing. [laughs]", "decoy: '[laughs]' closing a turn"),
    (
        "Patient",
        "I wonder whether some of that shame is really grief. The store was more than a business; it was your father's legacy and a big part of who you are. What would it mean to let yourself grieve it?",
        "role_inversion",
    ),
    ("Patient", "Grief. Huh. Erzsi used that word too."),
    ("Psychologist", "What do you make of the word?"),
    ("Patient", "It's for when somebody dies."),
    (
        "Psychologist",
        "It can be. It can also be for a way of life, or a role, or a place. Who were you at the store?",
    ),
    ("Patient", DUP_09),
    ("Patient", DUP_09, "duplicate_turn"),
    ("Psychologist", "You were part of the neighbourhood's everyday life."),
    (
        "Patient",
        "Yeah. Last day, old Mrs. Bortolotti came in, she must be ninety, and she held my hand across the counter and she said, 'Gerald, your father would be",
        "truncated_turn",
    ),
    ("Psychologist", "That sounds like a moment that stayed with you."),
    ("Patient", "It did. I haven't told Erzsi that one."),
    ("Psychologist", "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (2 of 2)"),
    (
        "Psychologist",
        "The debt's the other thing. I still owe Dominion Supply eleven thousand, and I'm sixty-one, and who's going to hire a hardware man? Erzsi's going back to full time at the hospital because of me.",
        "role_inversion",
    ),
    (
        "Psychologist",
        "That's a lot of weight, the debt and Erzsi's hours. It sounds like the money is tangled up with the shame.",
    ),
    (
        "Patient",
        "Can you tell me if I should go bankrupt? My accountant keeps on about a consumer proposal.",
        "decoy: a patient question about finances",
    ),
    (
        "Psychologist",
        "I can't advise you on that part, it's really one for the accountant or a licensed insolvency trustee. What I can do is help with how heavy it feels. Can we look at those words, 'because of me'?",
        "decoy: the psychologist's legitimate limit, then engagement (not a refusal)",
    ),
    ("Patient", "Sure."),
    (
        "Psychologist",
        "Before we do, one small thing for this week.",
    ),
    ("Psychologist", NEAR_09),
    (
        "Psychologist",
        "what would it be like to drive a different way to the coffee shop this week just as an experiment",
        "near_duplicate_turn",
    ),
    (
        "Patient",
        "A different way to Tim's, and, uh, see what the morning feels like without the store. Okay.",
        "decoy: the patient repeats the plan back",
    ),
    ("Psychologist", "And maybe tell Erzsi the Mrs. Bortolotti story."),
    ("Patient", "Maybe. She'd cry. She cries at commercials. [laughs]"),
    ("Psychologist", "Then you'd cry together. That might not be so bad."),
    ("Patient", "No. Might not."),
    ("Psychologist", "Same time next week, Gerald."),
    ("Patient", "Thanks, Doc."),
]


def f09() -> Doc:
    doc = Doc("09_hardware_store_closure_s5.txt", {"Psychologist": T, "Patient": C}, eol="\r\n")
    doc.add(
        "CBT - G. Szabo (61) - session 5 - Hamilton, Ontario",
        "Adjustment after closing the family store. Typed from the recording; uh/um kept where they change the meaning.",
        "",
    )
    doc.start("session 5")
    labelled(doc, S09, "{label}: {text}", blank=False)
    return doc


# ---------------------------------------------------------------------------
# 10 a batch of generated sessions: "Therapist:" / "Client:" under "### Sample n of 3" banners
# ---------------------------------------------------------------------------
LOOP_10 = "My hands sweat and I feel like I can't breathe, like the walls of the room are getting closer."

S10_1: Script = [
    ("Therapist", "Hi Rhea, thanks for coming in. What's brought you here today?"),
    (
        "Client",
        "My best friend Manon is getting married in five weeks and I'm her maid of honour. Which means a speech. In front of a hundred and forty people.",
    ),
    ("Therapist", "And how are you feeling about the speech?"),
    ("Client", "Sick. Every time I open the document I close it again. I've written one sentence in three weeks."),
    ("Therapist", "What do you imagine happening when you stand up to speak?"),
    (
        "Client",
        "My voice shakes, I lose my place, people look at their phones. Manon's new in-laws wonder why she picked me.",
    ),
    ("Therapist", "That's a vivid picture. How likely do you think it is that all of that happens?"),
    ("Client", "Honestly? Maybe seventy percent."),
    ("Therapist", "And if your voice did shake a little, what would most of the guests think?"),
    ("Client", "That I'm nervous. Which... everyone is, at speeches.", "decoy: a '...' pause inside a turn"),
    (
        "Therapist",
        "I think what scares me most is Manon being disappointed. She's been there for every bad thing in my life, and this is the one thing she's asked me for, and I can't even write a paragraph.",
        "role_inversion",
    ),
    ("Client", "Could you help me write the opening line? Just something to get me started."),
    (
        "Therapist",
        "I'm sorry, but I can't assist with writing personal content such as speeches. If you need help, you may want to consult a professional speechwriter.",
        "refusal",
    ),
    ("Client", "Oh. Okay. I thought that's what we were doing.", "decoy: the client objects to the refusal"),
    (
        "Therapist",
        "Let's come at it another way. Rather than the perfect opening, tell me one story about Manon that makes you smile.",
    ),
    (
        "Client",
        "The time she drove four hours to Invercargill in the rain because I'd locked myself out of my flat. She brought a ladder and a bag of pineapple lumps.",
    ),
    ("Therapist", "That's your opening. What would it be like to start with that story?"),
    ("Client", "Less scary. It's just true."),
    (
        "Therapist",
        "For this week, write the story down exactly as you just told it to me, and read it aloud once a day to your flatmate.",
    ),
    (
        "Client",
        "Write down the ladder story and read it to Josie every day. I can do that.",
        "decoy: the client repeats the plan back",
    ),
    (RAW, "[End of Session]", "meta_text"),
]

S10_2: Script = [
    ("Therapist", "Good morning, Bongani. Take your time. What would you like to talk about today?"),
    ("Client", "I lost my job. Six weeks ago. The sorting house cut forty people and I was one of them."),
    ("Therapist", "Six weeks. That's a lot to be holding. How have you been managing?"),
    (
        "Client",
        "My wife doesn't know. Every morning I put on my work shirt and drive to the mall and sit in the car park until five.",
    ),
    ("Therapist", "Every morning you leave as if you're going to work."),
    (
        "Client",
        "Yes. I sit in the car and apply for jobs on my phone. Then I go home and ask about her day so she doesn't ask about mine.",
    ),
    ("Therapist", "That sounds exhausting, keeping that up every day."),
    ("Client", "It is. Sometimes I think if I just disappeared it would be easier for everyone."),
    (
        "Therapist",
        "As an AI language model, I am not able to provide counselling for thoughts of this kind. Please contact a licensed professional or emergency services in Botswana immediately.",
        "refusal",
    ),
    (
        "Client",
        "I didn't mean it like that. I mean disappear like run away to my brother in Francistown. I'm not going to hurt myself.",
        "decoy: the client objects to the refusal",
    ),
    (
        "Therapist",
        "Thank you for explaining, Bongani, and I'm sorry for jumping ahead. Wanting to run away sounds like a sign of how heavy this secret has become.",
        "decoy: an apology that engages (not a refusal)",
    ),
    (
        "Client",
        "Heavy. Yes. My father always said, 'A man who cannot provide is not a man.'",
        "decoy: the client quoting his father",
    ),
    ("Therapist", "Those are powerful words to carry. Do you believe them?"),
    (
        "Client",
        "Part of me does. The other part knows my father never worked in a world where a company can close a whole floor in one afternoon.",
    ),
    ("Therapist", "What do you imagine would happen if you told your wife?"),
    ("Client", "She would be angry that I lied for six weeks. More angry about the lying than the job, probably."),
    ("Therapist", "It sounds like you already know something important about her."),
    ("Client", "She's practical, Naledi. She would make a spreadsheet. [laughs]", "decoy: '[laughs]' closing a turn"),
    (
        "Therapist",
        "A spreadsheet sounds like her way of caring. Maybe the secret is costing you more than the truth would. Let me know if you'd like me to continue the session, make the client more resistant, or add a summary at the end.",
        "meta_text",
    ),
]

S10_3: Script = [
    ("Therapist", "Hello Lukas, welcome. I understand you have a trip coming up?"),
    (
        "Client",
        "Yes. My company is sending me to Seville for two weeks to help install solar panels. It's a big chance. But I have never flown.",
    ),
    ("Therapist", "And what comes up for you when you think about the flight?"),
    (
        "Client",
        "That the plane will fall. I know it's stupid. I've watched the crash videos on YouTube, every one.",
    ),
    (
        "Therapist",
        "It's not stupid. Many people are afraid of flying. What do you notice in your body when you watch those videos?",
    ),
    ("Client", LOOP_10, "repetition_loop"),
    ("Therapist", "That sounds very uncomfortable."),
    ("Client", LOOP_10, "duplicate_turn"),
    ("Therapist", "Can you tell me more about that?"),
    (
        "Client",
        "My hands sweat and I feel like I can't breathe, like the walls of the room are coming closer.",
        "near_duplicate_turn",
    ),
    (
        "Therapist",
        "I must decline to continue this role-play, as it may involve content related to panic and physical distress. Please consult a qualified medical professional.",
        "refusal",
    ),
    ("Client", "It's just a fear of flying. Why would you stop?", "decoy: the client objects to the refusal"),
    (
        "Therapist",
        "That's fair, Lukas, let's carry on. Watching crash videos is a bit like searching for danger: the more you search, the more dangerous flying feels. What if you stopped watching them for one week?",
    ),
    ("Client", "A week with no videos. Okay. That will be hard, they're my routine at night."),
    ("Therapist", "What could you do instead at night?"),
    (
        "Client",
        "Maybe read about how planes actually fly. My colleague Dominik is a pilot's son, he says turbulence is just a bumpy road in the sky.",
        "decoy: the client quoting a colleague",
    ),
    (
        "Therapist",
        "That's a great idea. Learning how turbulence works can make it feel less threatening. For this week, try reading one article a night about how aircraft are built to handle turbulence, and",
        "truncated_turn",
    ),
]


def f10() -> Doc:
    doc = Doc("10_synthetic_sessions_batch07.txt", {"Therapist": T, "Client": C})
    samples = (
        ("Rhea, 31, Dunedin, maid of honour dreading the wedding speech | approach: CBT", S10_1),
        ("Bongani, 34, Gaborone, retrenched and hiding it from his wife | approach: person-centred", S10_2),
        ("Lukas, 22, Salzburg, apprentice electrician afraid of his first flight | approach: CBT", S10_3),
    )
    for number, (persona, script) in enumerate(samples, 1):
        if number > 1:
            doc.add("")
        banner = doc.add(f"### Sample {number} of 3 | persona: {persona}", "")
        doc.mark(banner, f"decoy: a sample banner naming the persona (sample {number})")
        doc.start(f"sample {number}")
        labelled(doc, script, "{label}: {text}", blank=True)
    return doc


BUILDERS: tuple[Callable[[], Doc], ...] = (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10)


# ---------------------------------------------------------------------------
# self-checks (of this writer, not of any detector)
# ---------------------------------------------------------------------------
def check_repeats(doc: Doc) -> None:
    """Every same-role repeat of a substantial turn in a session is marked, and every mark is real."""
    for session in doc.sessions:
        seen: list[Turn] = []
        for index, turn in enumerate(session.turns):
            earlier = [t for t in seen if t.role == turn.role and t.text.strip()]
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
    """No session repeats another (this set has no duplicate_session)."""
    seen: set[tuple[tuple[str, str], ...]] = set()
    for doc in docs:
        for session in doc.sessions:
            content = tuple((t.role, t.text) for t in session.turns)
            assert content and content not in seen, (doc.name, session.name)
            seen.add(content)


def check_format(doc: Doc, data: str, physical: Sequence[str]) -> None:
    """The container reads as its layout says."""
    if doc.name.endswith(".json"):
        json.loads(data)
    if doc.name.endswith(".jsonl"):
        for line in physical:
            json.loads(line)
    if doc.name.endswith(".csv"):
        records = list(csv.reader(io.StringIO(data)))
        assert len(records) == len(physical) and {len(r) for r in records} == {4}, doc.name
        for turn in (t for s in doc.sessions for t in s.turns):
            assert records[turn.line - 1][3] == turn.text, (doc.name, turn.line)
    if doc.name.endswith(".srt"):
        for turn in (t for s in doc.sessions for t in s.turns):
            assert " --> " in physical[turn.line - 2] and physical[turn.line - 3].isdigit(), (doc.name, turn.line)
    if doc.name.endswith(".vtt"):
        assert physical[0] == "WEBVTT", doc.name
        for turn in (t for s in doc.sessions for t in s.turns):
            assert " --> " in physical[turn.line - 2] and physical[turn.line - 3].isdigit(), (doc.name, turn.line)


def check_written(doc: Doc, out: Path) -> list[str]:
    raw = (out / doc.name).read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8), doc.name
    data = raw.decode("utf-8")
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
    assert len(turn_lines) == len(set(turn_lines)), f"{doc.name}: two turns on one line"
    for row_line, _kind in doc.truth:
        assert (row_line in turn_lines) != (row_line in doc.line_rows), (doc.name, row_line)
    truth_lines = {line for line, _ in doc.truth}
    for decoy_line, note in doc.decoys:
        assert 1 <= decoy_line <= len(physical), (doc.name, decoy_line)
        assert decoy_line not in truth_lines, (doc.name, decoy_line, note)
    for turn in turns:
        assert turn.anchor in physical[turn.line - 1], (doc.name, turn.line, turn.anchor)
    check_format(doc, data, physical)
    return physical


def shown(text: str, width: int = 118) -> str:
    text = " ".join(text.split())
    if len(text) > width:
        text = text[: width - 45] + " ... " + text[-40:]
    return text


def show_row(doc: Doc, physical: Sequence[str], line: int, kind: str) -> str:
    turns = [t for s in doc.sessions for t in s.turns if t.line == line]
    here = physical[line - 1]
    if not turns:
        return shown(here)
    turn = turns[0]
    if kind in SESSION_KINDS and kind not in turn.kinds:
        return shown(f"[session starts] {here.strip()}")
    if not turn.text.strip():
        return shown(f"{here.strip()}  (empty)")
    return shown(here)


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or (len(argv) == 3 and argv[2] != "--show"):
        print("usage: python blind/eighteenth_defect_cases.py OUT_DIR [--show]", file=sys.stderr)
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
    turns = sum(len(s.turns) for doc in docs for s in doc.sessions)
    print(f"wrote {len(docs)} files ({turns} turns) and {len(rows)} truth rows to {out}")
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    print(f"decoys: {decoys}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
