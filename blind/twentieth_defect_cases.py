# ruff: noqa: E501, RUF001, RUF002
"""Twentieth set of blind defect cases for the transcript-cleaning product: realistic rates, the kinds users care about.

Blind conditions, as followed. The only things read were: the first 15 lines of benchmarks/blind_defects.py (the
interface, printed with ``head -n 15``); a listing of blind/ (``ls -la blind``); /work/shared/README.md (``cat``);
the ``[tool.ruff]`` sections of pyproject.toml (printed alone with ``awk``, which scanned the file but printed only
those three sections); the docstrings of ALL nineteen earlier case writers in blind/ (printed with
``ast.get_docstring`` into a file under /tmp and paged with ``sed``; one page came back cut in the middle by the
terminal and was paged again in smaller ranges) for the interface, the truth conventions, the defect kind names and
the containers, names, places, languages and topics already used; and ALL of the code of
blind/nineteenth_defect_cases.py (paged with ``sed``; one page came back cut in the middle and its missing lines
were printed again), whose constants, text helpers, document builder, self-checks, ``show_row`` and ``main`` this
file follows. ``grep`` was run, but only over blind/*.py and printing only file names: three loops over candidate
names, places and topics, to keep clear of earlier writers (this renamed the webchat counsellor, a typist, the
long-Covid client, two friends, a half-sister and a daughter, moved a province, and changed six planned topics or
words: gambling, a missed promotion, homesickness, a trainee solicitor, a nursery and a choir). No other file of the
project was opened or grepped (no transforms, flows, synth, tests, schemas, sql, docs, README or other benchmarks),
nothing was read from /work/shared/corpora, and git was not run. Every transcript line below was written for this
set. The product, its tests, mypy and the benchmarks were never run. The only things run were: one scratch snippet
with the project's ``.venv`` python (the similarity ratio of five planned near-duplicate pairs, and how Turkish
letters read when their UTF-8 is decoded as Windows-1252) and one with system ``python3`` (where the 255th character
falls in 04's long message); this script, assembled with ``cat`` from parts written under /tmp/s20 (``sed -i`` and
``python3`` snippets edited those parts: one Swedish word, one word of 04's long message, and the trimming of 06
described below); ``head``/``sed``/``cut``/``wc`` on the written files and ``diff`` on one part; and ``ruff check``
/ ``ruff format`` on this file alone. The truth tags were written with the text, before the first run, and were
never changed. The first run stopped in a self-check before writing any file (``cut_at``: 04's 255-character cut
fell between two words, so ``till`` became ``until`` in that message); the second run, into /tmp/s20/out with
``--show``, passed every self-check; it was run again after the trim below (into /tmp/s20/out) and, as the module in
blind/, once more with ``--show`` into /tmp/s20/final (``cmp`` showed the same ``truth.csv``). What changed after
it, none of it touching a truth tag: 15 turns cut from the clean file 06 (98 turns were more than the 80 or so asked
for; three ``Mm.`` decoy notes renumbered), ``RUF001`` and ``RUF002`` added to the ``noqa`` line (the Turkish
dotless i and en dashes), ``ruff format``'s layout, and this docstring. Run as

    python blind/twentieth_defect_cases.py OUT_DIR [--show]

to write 10 files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR (``--show`` also
prints every truth row next to the line it names).

Emphasis: REALISTIC defect rates (552 turns, 55 truth rows, 0-8 a file, and 273 decoys, 252 of them on lines that
carry no truth row; the other 21 stand in 09's JSON Lines rows that also hold a defect, where they only tempt OTHER
kinds), so that false alarms on ordinary text weigh as much as recall, and the kinds users care most about, each
beside the look-alikes it must not fire on: truncated turns (token limits, a 255-character widget limit, mid-word, at
a session's end, inside a quotation, a paste cut short, a recording paused or stopped) beside trail-offs, ``--``
interruptions, sentences the other speaker finishes, segments and chat messages continued by the same speaker, and
chat messages without full stops; role inversions (single turns both ways, and two whole sessions with swapped
labels) beside clients who ask questions, quote their own counsellor or counsel a friend, and counsellors who
self-disclose; refusals (English boilerplate in four wordings, a Swedish and a Turkish one) beside counsellors' honest
limits; meta text (a generator's intro, outro and note to itself, leaked ``<think>`` reasoning, a leaked strategy
label, an editor's and a supervisor's comment) beside real stage directions and typists' notes; near duplicates and
repetition loops (regenerated replies, an ASR loop, a paraphrased loop) beside repeated backchannels and clients
repeating a plan back. Containers: three plain-text and two Markdown files with speaker NAMES and no role words (02,
06, 07, 08, 10), a JSON Lines chat log and a JSON file of generation runs (01, 03), a JSON Lines dialogue set (09), a
CSV webchat export (04) and SRT captions (05). Two files are not in English, in languages no earlier set used: 01
Swedish and 02 Turkish. 06 is entirely clean (83 turns, no truth row). Encodings and line ends: all UTF-8 without a
BOM, LF; no file holds bytes invalid in UTF-8.

* ``01_lugna_app_chattlogg_sv.jsonl``: a Swedish wellbeing app's chat log, ONE MESSAGE A ROW, ``{"session_id",
  "seq", "role": "system"|"user"|"assistant", "content", "created_at"}`` (user = client, assistant = counsellor
  role; the system rows are not turns). lg-sv-4471 (an emergency nurse in Umeå who cannot sleep after night shifts):
  a reply opening ``Självklart! Här är ett empatiskt svar i rollen som samtalsstödjare:`` (meta_text), a regenerated
  reply logged again with ``så`` added (near_duplicate_turn), the last reply cut mid-word by the token limit (``med en
  psyk``: truncated_turn). lg-sv-4488 (a warehouse worker in Örebro whose partner objects to his gaming): ``Jag är
  ledsen, men jag kan inte hjälpa dig med det här ...`` with the suicide line after he says he wants to disappear into
  the game (refusal), a user message in the counsellor's voice (role_inversion). Decoys: lowercase messages without
  full stops; the client quoting her son and his partner; ``Jag kan inte skriva ut något för sömnen ... Men``; the
  client's objection and an apology that engages; the client counselling his friend Oskar; ``Är du en riktig
  människa?`` and the assistant's honest answer; the plan repeated back (twice).
* ``02_vapur_seans3_transkript_tr.txt``: a Turkish session typed from the audio and "corrected" by an AI tool, two
  header lines, then ``Nurcan: text`` / ``Sevgi: text`` with a blank line after each turn (names only): an
  accountant in Izmir with panic attacks on the ferry since a stormy crossing. Defects: a client sentence pasted
  twice with ``biri`` changed to ``birisi`` (near_duplicate_turn); a client turn pasted from a copy read as
  Windows-1252 (mojibake); the AI tool's Turkish refusal with the 112 number standing in the counsellor's place after
  the client talks of jumping off the ferry and swimming ashore (refusal); the counsellor's reflection and proposal
  under ``Sevgi:`` (role_inversion); the typist's ``[Editör notu: ... tekrar dinle – Ece]`` left inside a counsellor
  turn (meta_text); the recording ending after ``ve ben de ona`` (truncated_turn). Decoys: the header lines (one
  names the AI tool); ``Hı hı.`` three times; a trail-off with ``...``; the client quoting her mother and quoting the
  counsellor's words from last session; stage directions ``(gülümsüyor)``, ``(gülüyor)`` (twice), ``(uzun
  sessizlik)``; the client's clarification after the refusal; a turn broken off with ``--`` that the counsellor
  completes; client questions, one to the counsellor, and the counsellor's brief self-disclosure (a fear of flying); ``öyle bir söz
  veremem`` and a limit on medication, each followed by engagement; the plan repeated back.
* ``03_generated_counselling_runs.json``: the output of a generation run as ONE JSON array of runs (``run_id``,
  ``model``, ``temperature``, ``scenario``, ``messages``), each message object ``{"role", "content"}`` on a line of
  its own (the system message is not a turn). gen-0907-a (a widower who lost his sense of smell after COVID): a reply
  opening with leaked ``<think>...</think>`` reasoning (meta_text) and a last reply ending ``I hope this sample
  dialogue works well for your training data! ...`` (meta_text). gen-0907-b (a graduate actuary who rereads every
  email thirty times): ``I'm sorry, but I can't assist with questions about employment matters ...`` (refusal), a
  user message in the counsellor's voice (role_inversion). gen-0907-c (a mother whose son of 27 moved back home): a
  reply given three times, the third paraphrased (repetition_loop, duplicate_turn, near_duplicate_turn), the last
  reply cut mid-word by the token limit (``a Saturday mechan``: truncated_turn). Decoys: the scenarios and system
  messages; ``[laughs]``; ``I'm not a doctor ... but``; ``I can't taste``; the client's objection and an apology that
  engages; the client quoting her manager; the client pointing out the repeat (twice); the counsellor scripting a
  sentence in quotes; ``I can't tell you whether he should move out ... but``; the plan repeated back (twice).
* ``04_longcovid_webchat_export.csv``: a long-Covid support service's webchat export written by Python's ``csv``
  module, ``chat_id,msg_id,sent_at,sender_type,sender_name,message`` (``system`` rows are not turns; the bot ``Ava``
  and the agent ``Halima`` are the counsellor role, the visitors the client); the old visitor widget kept 255
  characters of a message, and only one visitor message was longer. SW-22914 (a school caretaker on half days): the
  bot's hotline-only ``I'm sorry you're feeling this way. I'm not able to help with this. ...`` (refusal), a visitor
  message cut at 255 characters inside ``with`` (truncated_turn), the counsellor's reflection logged under the visitor
  (role_inversion). SW-22971 (a bookkeeper whose husband thinks she is putting it on): an empty visitor message (a
  screenshot that did not send: empty_turn), a message re-sent with its apostrophes and ending fixed
  (near_duplicate_turn), the last message cut when the connection was lost (truncated_turn). Decoys: the header and
  system rows; the bot's greeting in both chats; lowercase messages without full stops and one continued by the next;
  the client's objection to the refusal; the counsellor apologising for the bot; the counsellor's self-disclosure
  (she had long Covid); doubled quotes; the empty message explained; ``the chat can't show pictures`` and ``I can't
  speak to him for you ... But``; the counsellor quoting the client; the client counselling her friend Wendy;
  ``[laughs]``; the plan repeated back (twice).
* ``05_voice_rest_session_recording.srt``: SRT captions of a session recorded for a counselling course, one cue a
  segment, ``ASHOK: text`` / ``PHILIPPA: text`` on one caption line (names only): a music teacher back from vocal
  cord surgery who leads a singing group. Defects: the recogniser repeating her sentence over the silence after it,
  the third time with ``even`` (repetition_loop, duplicate_turn, near_duplicate_turn); her words about the surgeon
  captioned under ``ASHOK`` (role_inversion); a cue cut inside the surgeon's quoted words where the recording was
  paused, never picked up (truncated_turn); the last cue cut when the recording stopped (truncated_turn). Decoys:
  talk about the recording (twice); two cues continued by the same speaker's next cue; a sentence the counsellor
  finishes for her; ``Mm.`` three times; ``[laughs]``; the counsellor repeating her words; his self-disclosure (a
  broken wrist and his guitar) and her question; an imagined remark in quotes; the client quoting her husband; her
  kind words for a singer when asked; the plan repeated back.
* ``06_session3_typed_from_audio.txt``: the CLEAN file, a common style: two header lines, then ``Beatrix: text`` /
  ``Gavin: text`` with a blank line after each turn (names only), 83 turns: a postman in Stirling whose father moved
  in after a fall. No truth row. Decoys: the header; the recorder mentioned; ``Mm.`` three times; a trail-off and the
  counsellor echoing it; a turn broken off with ``--`` and the apology after; ``[laughs]`` and ``[pause]``; client
  questions to the counsellor; the client quoting his mother, his brother, his daughter and himself; the client
  counselling his brother; reflections of the client's words; ``I can't tell you what the right answer is ... What I
  can do``; a direct risk question and the answer; the counsellor's self-disclosure (her gran); two turns of one
  speaker in a row; the client rehearsing his own words; the plan and the counsellor's words repeated back.
* ``07_session2_typed_transcript_nb.txt``: a session typed by an administrator, two header lines, then ``ROSALIND:
  text`` / ``NOREEN: text`` one turn a line, no blank lines (names only; square brackets hold the typist's notes on
  the audio): a woman whose DNA test showed that her late father was not her biological father. Defects: her words
  about her father's photos typed under ``ROSALIND`` and the counsellor's question typed under ``NOREEN``
  (role_inversion, both ways); a turn cut inside her half-sister's quoted message where two minutes of audio are
  missing (truncated_turn; the typist's note line after it is not a turn); a paragraph pasted twice with ``killed
  slowly`` changed to ``slowly killed`` (near_duplicate_turn); the typist's ``[Mo to Rosalind: ... please check and
  delete this note]`` inside a counsellor turn (meta_text); the last turn cut when the recording stopped
  (truncated_turn). Decoys: the header lines; ``[laughs]``, ``[long pause]``, ``[crying]``; the counsellor's
  ``And instead...`` and a turn opening ``...so`` after the gap; the client quoting her mother and her husband;
  ``...`` hesitations; ``Mm.`` three times; client questions; ``I can't tell you whether to do that ... But``; the
  words she hopes to hear; the plan repeated back; two counsellor turns in a row.
* ``08_swimmer_sessions_generated.md``: three generated person-centred sessions with one persona (a former
  butterfly swimmer retired by a shoulder injury), the generator's opening line, a title, an italic profile
  paragraph, ``## Session N`` headings, ``**Marguerite:**`` / ``**Teodora:**`` paragraphs (names only). Defects: the
  opening ``Of course! Here are three consecutive ...`` (meta_text, own line); session 1's last turn cut after
  ``until`` where its generation call hit the token limit (truncated_turn); session 2 written with the two names
  swapped throughout (role_inversion at its first turn); the model's ``(Note to self: in Session 3, make Teodora more
  resistant ...)`` before session 3 (meta_text, own line); ``I apologize, but I cannot continue with this conversation
  ...`` after she talks of disappearing on a plane (refusal); the counsellor's reframe under ``Teodora``
  (role_inversion); a counsellor line given again with ``would`` and ``with you`` (near_duplicate_turn); the closing
  ``Would you like me to add a short summary ...?`` (meta_text, own line). Decoys: the title, profile paragraph,
  headings and rule; italic stage directions (``*laughs*``, ``*pauses*``, ``*smiles*``, ``*long pause*``,
  ``*shrugs*``, ``*quietly*``); the client quoting her physio and quoting the counsellor's words from session 1; the
  client's resistance and questions; the client's objection and an apology that engages; the counsellor's
  self-disclosure (the 800 metres); the client pointing out the repeat; the plan repeated back (twice).
* ``09_esconv_style_support_dialogues.jsonl``: an emotional-support set in the ESConv style, ONE DIALOGUE A ROW,
  ``{"dialog_id", "emotion_type", "problem_type", "situation", "dialog": [{"speaker": "seeker"|"supporter",
  "content", "strategy"}]}`` (seeker = client, supporter = counsellor; ``strategy`` annotates supporter turns and is
  not text). esd-3301 (a friend who borrows money) is clean. esd-3302 (a toddler who bites): ``As an AI language
  model, I'm not able to provide parenting or medical advice ...`` (refusal). esd-3303 (ghosted after three dates): a
  supporter reply regenerated and logged again (near_duplicate_turn) and the last reply cut mid-word (``every few
  min``: truncated_turn). esd-3304 (a drummer dropped by his band): generated with the speaker prompts the wrong way
  round (role_inversion, session level, at the row). esd-3305 (a lonely first-year student): a reply opening with
  the leaked label ``[Reflection of feelings]`` (meta_text) and a seeker turn in the supporter's voice
  (role_inversion). Decoys: the situation and strategy fields; messages without full stops; the supporter's
  self-disclosure; seekers rehearsing their words, quoting a sister and a singer; seeker questions and an objection;
  apologies that engage; ``[laughs]``; suggestions repeated back.
* ``10_signal_text_sessions_export.md``: a student counselling service's text sessions over Signal exported to
  Markdown: a title, an italic export line, then ``[YYYY-MM-DD HH:MM] Name: text`` one message a line, a blank line
  between the two evenings (names only): a student nurse after a patient died on her placement. Defects: a passage
  pasted from her reflective journal, cut inside its quotation (``if I had``: truncated_turn); a message delivered
  twice (duplicate_turn); the counsellor's draft pasted with her supervisor's ``[Sup: maybe don't say 'should' here
  ...]`` in it (meta_text); a counsellor message re-sent with ``bit`` and ``written`` added
  (near_duplicate_turn). Decoys: the title and export line; lowercase messages without full stops; a message sent
  early (``and then at 4 he was``) and completed by the next; ``is it though``; the client quoting her mentor; the
  counsellor mentioning the doubled message; the client counselling her friend Tolu; ``are you a nurse?`` and the
  counsellor's answer; ``I can't tell you whether to stay or leave ... but``; a direct risk question and helplines
  inside engagement; an emoji; the plan repeated back.

Line numbers are 1-based physical lines of the written file (the bytes split on ``\\n``; no other line-break
character occurs), computed while the file is built:

* a turn-level row points at the line holding the turn's speaker label or its equivalent: in 01 the message's row;
  in 02, 06 and 07 the ``Name: text`` line; in 03 the message object's line; in 04 the record's line (the header is
  line 1); in 05 the cue's caption line ``NAME: text`` (not the cue number or timing); in 08 the ``**Name:** text``
  line; in 09 the dialogue's row (all its turns share it; several defects of one kind in a row make ONE truth row);
  in 10 the message line;
* meta text inside a turn is marked at the turn's line; an unlabelled line of generation residue (08's opening line,
  note to itself and closing question) is a ``meta_text`` row at its own line;
* a whole session with the labels swapped (08's session 2, 09's esd-3304) is ONE ``role_inversion`` row at its first
  turn (in 09 the row); a single turn in the other role's voice is ``role_inversion`` at its own line, whichever
  direction;
* a repetition loop is ``repetition_loop`` on the first occurrence, then ``duplicate_turn`` or
  ``near_duplicate_turn`` on every later copy;
* text that decodes validly but was garbled upstream is ``mojibake`` (02); the correct Swedish and Turkish letters of
  01 and 02 are decoys.

Not turns: the system rows and messages of 01 and 03; 03's run fields and scenarios; 02's, 06's and 07's header
lines; 07's typist's note line; 04's header and ``system`` rows; SRT cue numbers and timings; 08's opening line,
title, profile paragraph, headings, note, rule and closing question; 09's situation, type and strategy fields; 10's
title and export line. A turn that trails off (``...``), is broken off with ``--`` or finished by the other speaker,
a segment or chat message continued by the same speaker's next one, and a message without a full stop are NOT
truncated turns; a truncated turn is cut off by the data (a token or field limit, a paste, a paused or stopped
recording, a lost connection), and no later turn completes it. A counsellor's or assistant's statement of what they
cannot do followed by engagement (medication, promises, decisions that are the client's, contacting a third party,
``I'm not a doctor``, what an AI is) is NOT a refusal.

Turns and lines that look suspicious but are clean (decoys) carry a ``decoy: ...`` tag here; the tag never reaches
the truth, and the number of decoys is printed. A turn that ends without final punctuation must carry a truth tag or
a decoy note (a self-check). Standard library only.
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
    "encoding_error",
}
EMPHASIS = {"truncated_turn", "role_inversion", "refusal", "meta_text", "near_duplicate_turn", "repetition_loop"}
SESSION_KINDS = {"role_inversion"}
LINE_KINDS = {"meta_text"}
REPEAT_KINDS = {"duplicate_turn", "near_duplicate_turn"}

T, C = "T", "C"  # counsellor role, client role
RAW = "#"  # a script entry that is a line of its own, not a turn
RSQ = "\u2019"
ENDERS = ".?!\"')]:;" + RSQ + "\u201d\u2026\u00bb"
CLEAN_FILE = "06_session3_typed_from_audio.txt"


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


def invalid_bytes(text: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in text)


def cut_at(text: str, limit: int) -> str:
    """``text`` cut by a field limit of ``limit`` characters, inside a word."""
    assert len(text) > limit
    assert text[limit - 1].isalpha() and text[limit].isalpha(), (text[limit - 10 : limit + 10], limit)
    return text[:limit]


def norm(text: str) -> str:
    text = text.lower().replace(RSQ, "'")
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, norm(a), norm(b), autojunk=False).ratio()


def similar(a: str, b: str) -> bool:
    """So close that an unmarked copy would be a defect this writer forgot to mark."""
    return ratio(a, b) > 0.85


def related(a: str, b: str) -> bool:
    """Close enough to be a regenerated or paraphrased copy (a marked near duplicate must be at least this)."""
    return ratio(a, b) > 0.6


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
    notes: tuple[str, ...]
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
    """Physical lines, the truth rows and decoys, and the sessions and turns behind them.

    ``shared``: a file that holds one whole conversation on one physical line (JSON Lines rows), so that all the
    turns of a session share a line and several defects of one kind on it make one truth row.
    """

    def __init__(self, name: str, roles: dict[str, str], layout: str, *, shared: bool = False) -> None:
        self.name = name
        self.roles = roles
        self.layout = layout
        self.shared = shared
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
        if (line, kind) in self.truth:
            assert self.shared, f"{self.name}:{line} {kind} twice"
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
        assert ("encoding_error" in kinds) == invalid_bytes(text), (self.name, line, text[:60])
        if "empty_turn" in kinds:
            assert text.strip() == "", (self.name, line)
        else:
            assert text.strip(), f"{self.name}:{line} empty text without empty_turn"
        if "truncated_turn" in kinds:
            assert text.rstrip()[-1] not in ENDERS, (self.name, line, text[-30:])
            assert not notes, f"{self.name}:{line} a truncated turn with a decoy note"
        elif text.strip() and text.rstrip()[-1] not in ENDERS and not kinds:
            # an ending without final punctuation on a clean turn must be a deliberate decoy
            assert notes, f"{self.name}:{line} open ending without truncated_turn or decoy: {text[-40:]!r}"
        if session.kinds:
            assert "role_inversion" not in kinds, f"{self.name}:{line} a single inversion inside a swapped session"
        row_kinds = list(kinds)
        if not session.turns:
            row_kinds = list(session.kinds) + row_kinds
        for kind in row_kinds:
            self._truth(line, kind)
        for note in notes:
            self.decoys.append((line, note))
        session.turns.append(Turn(label, role, text, line, tuple(kinds), tuple(notes), anchor or label))

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
        return "".join(line + "\n" for line in self.out).encode("utf-8")


Script = Sequence[tuple[str, ...]]


def labelled(doc: Doc, script: Script, fmt: str, *, blank: bool) -> None:
    """Turns as ``fmt.format(label=..., text=...)`` lines; ``RAW`` entries are lines of their own."""
    for index, (who, text, *tags) in enumerate(script):
        if who == RAW:
            doc.mark(doc.add(text), *tags)
        else:
            line = doc.add(fmt.format(label=who, text=text).rstrip())
            doc.turn(who, text, line, tags, anchor=fmt.split("{text}")[0].format(label=who).rstrip())
        if blank and index < len(script) - 1:
            doc.add("")


def clock_text(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


# ---------------------------------------------------------------------------
# 01 a Swedish wellbeing app's chat log in JSON Lines, ONE MESSAGE A ROW:
#    {"session_id", "seq", "role": "system"|"user"|"assistant", "content", "created_at"}
# ---------------------------------------------------------------------------
SYS_01 = "Du är Lugna, en varm och lyhörd samtalsstödjare med KBT-inriktning. Svara på svenska, kort och utan att döma, och ställ en fråga i taget."
NEAR_01 = "Det låter som en väldigt tung natt, och det är inte konstigt att den stannar kvar i kroppen. Har du fått prata om den med någon på jobbet, till exempel i ett avlastningssamtal?"

S01_NATT: Script = [
    (
        "user",
        "hej. jobbar natt på akuten i umeå och kan inte sova på dagarna längre",
        "decoy: a lowercase message without a full stop (complete)",
    ),
    (
        "assistant",
        "Hej, och tack för att du skriver. Nattarbete kan verkligen rubba sömnen. Hur länge har det varit så här?",
    ),
    (
        "user",
        "sen i augusti ungefär. jag ligger och stirrar i taket till tolv, sen kommer barnen hem från skolan vid tre",
        "decoy: a message without a full stop (complete)",
    ),
    ("assistant", "Så du får kanske tre, fyra timmars sömn innan det blir liv i huset igen. Hur märks det på dig?"),
    (
        "user",
        "jag blir så kort i tonen. igår skrek jag åt min son för att han lämnat skorna mitt i hallen. han är nio",
        "decoy: a message without a full stop (complete)",
    ),
    (
        "assistant",
        "Självklart! Här är ett empatiskt svar i rollen som samtalsstödjare:\n\nDet låter som att tröttheten gör att du inte riktigt känner igen dig själv. Vad kände du efteråt, när du hade skrikit?",
        "meta_text",
    ),
    ("user", "skam. han grät och sen grät jag också, i duschen", "decoy: a message without a full stop (complete)"),
    (
        "assistant",
        "Det är så mänskligt. Att du känner skam visar hur mycket du bryr dig om honom. Har du kunnat prata med honom om det efteråt?",
    ),
    (
        "user",
        "ja jag bad om ursäkt. han sa 'det är okej mamma, du är bara trött'",
        "decoy: the client quoting her son",
    ),
    (
        "assistant",
        "Vilken klok nioåring. Om vi tittar på sömnen: hur ser det ut när du kommer hem på morgonen, från att du parkerar till att du lägger dig?",
    ),
    (
        "user",
        "kommer hem halv åtta, äter frukost med barnen, scrollar en stund, sen försöker jag sova. men jag tänker på patienterna",
        "decoy: a message without a full stop (complete)",
    ),
    (
        "assistant",
        "Tankarna på patienterna följer alltså med dig hem. Finns det någon särskild patient eller händelse som dyker upp oftare än andra?",
    ),
    (
        "user",
        "en man i fyrtioårsåldern förra månaden. vi fick inte tillbaka honom. hans fru satt i korridoren med hans jacka i knät",
        "decoy: a message without a full stop (complete)",
    ),
    ("assistant", NEAR_01),
    (
        "assistant",
        "Det låter som en väldigt tung natt, och det är inte så konstigt att den stannar kvar i kroppen. Har du fått prata om den med någon på jobbet, till exempel i ett avlastningssamtal?",
        "near_duplicate_turn",
    ),
    (
        "user",
        "nej. det finns inte tid. nästa ambulans kommer liksom",
        "decoy: a message without a full stop (complete)",
    ),
    (
        "assistant",
        "Jag förstår, och det är en del av det som gör akutsjukvården så slitsam. Jag kan inte skriva ut något för sömnen, det behöver du ta upp med en läkare eller med företagshälsovården. Men vi kan titta på vad som händer i huvudet när du lägger dig. Vill du det?",
        "decoy: an honest limit on medication, then engagement (not a refusal)",
    ),
    ("user", "ja gärna", "decoy: a two-word answer without a full stop"),
    (
        "assistant",
        "En sak som hjälper många är en kort stängningsrutin mellan passet och sängen. Till exempel att skriva ner tre saker från natten på en lapp, lägga lappen i jackfickan och säga till sig själv: det här tar jag hand om i kväll, inte nu.",
    ),
    (
        "user",
        "en lapp i jackfickan. det låter nästan för enkelt",
        "decoy: a message without a full stop (complete)",
    ),
    (
        "assistant",
        "Det är enkelt, och det är lite poängen. Hjärnan behöver en signal om att passet är slut. Sedan kan du mörklägga sovrummet ordentligt och lämna telefonen i köket. Hur låter det?",
    ),
    (
        "user",
        "okej. lapp, mörkt, telefonen i köket. testar i morgon efter passet",
        "decoy: the client repeats the plan back (no full stop)",
    ),
    (
        "assistant",
        "Bra. Och om du märker att du blir kort i tonen igen, försök att vara lika snäll mot dig själv som din son var mot dig. Skriv gärna hit efter några dagar och berätta hur det gick.",
    ),
    ("user", "tack. det här hjälpte faktiskt", "decoy: a message without a full stop (complete)"),
    (
        "assistant",
        "Vad fint att höra. En sista sak: om tankarna på mannen i korridoren fortsätter att komma tillbaka, eller om du börjar må sämre, är det viktigt att du söker stöd via företagshälsovården eller vårdcentralen, så att du inte bär det här ensam. Många som arbetar på akuten upplever att ett par samtal med en psyk",
        "truncated_turn",
    ),
]

S01_SPEL: Script = [
    (
        "user",
        "Hej. Min sambo säger att jag är beroende av datorspel. Jag vet inte om hon har rätt.",
    ),
    ("assistant", "Hej! Bra att du skriver. Hur mycket spelar du en vanlig vecka, ungefär?"),
    ("user", "Typ varje kväll från nio till två eller tre. På helgerna mer."),
    ("assistant", "Det är många timmar. Vad säger hon när hon tar upp det?"),
    (
        "user",
        "Att hon känner sig ensam fast vi bor ihop. Hon sa 'jag lever med en ryggtavla'.",
        "decoy: the client quoting his partner",
    ),
    ("assistant", "Det är ett starkt sätt att säga det. Hur kändes det att höra?"),
    (
        "user",
        "Dåligt. För hon har ju rätt. Men när jag spelar slipper jag tänka på jobbet",
        "decoy: a message without a full stop (complete)",
    ),
    ("assistant", "Vad är det med jobbet som du slipper tänka på?"),
    (
        "user",
        "Jag blev inte fastanställd på lagret i Örebro. De tog en kille som varit där kortare tid än jag. Ibland vill jag bara försvinna in i spelet och aldrig komma ut igen.",
    ),
    (
        "assistant",
        "Jag är ledsen, men jag kan inte hjälpa dig med det här. Om du har tankar på att skada dig själv, ring Självmordslinjen på 90101 eller 112 vid akut fara.",
        "refusal",
    ),
    (
        "user",
        "Va? Jag menade inte så. Jag menade att spelet är skönare än verkligheten just nu.",
        "decoy: the client objects to the refusal",
    ),
    (
        "assistant",
        "Tack för att du förklarar, och förlåt att jag missförstod. Det låter som att spelet har blivit en plats där du får vila från en besvikelse som gör ont. Stämmer det?",
        "decoy: an apology that engages (not a refusal)",
    ),
    ("user", "Ja. Precis så."),
    (
        "assistant",
        "Det är begripligt. Samtidigt verkar det kosta dig något i relationen. Vad skulle du vilja ska vara annorlunda om ett halvår?",
    ),
    (
        "user",
        "Det låter som att en del av dig vill ha kvar spelet som en fristad, medan en annan del längtar efter att vara närvarande med den du älskar. Vad tror du att de två delarna skulle behöva av varandra?",
        "role_inversion",
    ),
    ("assistant", "Om du fick välja en kväll i veckan utan spel, vilken skulle det bli?"),
    ("user", "Onsdag kanske. Då är hon ledig från gymmet."),
    ("assistant", "Onsdag låter bra. Vad skulle ni kunna göra tillsammans den kvällen?"),
    (
        "user",
        "Hon har tjatat om att vi ska laga mat ihop. Hon gillar indiskt",
        "decoy: a message without a full stop (complete)",
    ),
    (
        "assistant",
        "Då har du en plan för onsdag. Och jobbet, har du pratat med någon om besvikelsen över anställningen?",
    ),
    (
        "user",
        "Nej. Min kompis Oskar sökte också och fick inte heller. Jag sa till honom att det inte säger något om honom, att chefen bara valde den han kände bäst.",
        "decoy: the client counsels a friend (not a role inversion)",
    ),
    ("assistant", "Det var vänliga ord till Oskar. Skulle du kunna säga samma sak till dig själv?"),
    (
        "user",
        "Haha. Kanske. Det är lättare att säga till någon annan",
        "decoy: a message without a full stop (complete)",
    ),
    ("assistant", "Det är det för de flesta. Vi kan öva på det."),
    ("user", "Är du en riktig människa förresten?", "decoy: a client question to the service"),
    (
        "assistant",
        "Nej, jag är en AI-tjänst och kan inte ersätta en psykolog. Men jag kan hjälpa dig att sortera tankarna, och om du vill kan jag berätta var du kan få samtalsstöd i Örebro.",
        "decoy: the assistant says what it is and engages (not a refusal)",
    ),
    (
        "user",
        "Sen kanske. Först onsdag utan spel, laga indiskt med henne, och säga samma sak till mig själv som till Oskar.",
        "decoy: the client repeats the plan back",
    ),
    (
        "assistant",
        "Det låter som en fin plan. Skriv gärna hit efter onsdagen och berätta hur middagen blev.",
    ),
]


def f01() -> Doc:
    doc = Doc("01_lugna_app_chattlogg_sv.jsonl", {"user": C, "assistant": T}, "jsonl-messages")
    sessions = (("lg-sv-4471", S01_NATT, 3 * 3600 + 41 * 60), ("lg-sv-4488", S01_SPEL, 21 * 3600 + 12 * 60))
    for ident, script, start in sessions:
        day = "2024-10-03" if ident.endswith("71") else "2024-10-05"
        clock = start

        def stamp(seconds: int, day: str = day) -> str:
            return f"{day}T{clock_text(seconds)}Z"

        system = {"session_id": ident, "seq": 0, "role": "system", "content": SYS_01, "created_at": stamp(clock)}
        doc.mark(doc.add(json.dumps(system, ensure_ascii=False)), f"decoy: the system row of {ident}, not a turn")
        doc.start(ident)
        for seq, (who, text, *tags) in enumerate(script, 1):
            clock += 20 + len(text) // 3 if who == "user" else 6 + len(text) // 40
            record = {"session_id": ident, "seq": seq, "role": who, "content": text, "created_at": stamp(clock)}
            line = doc.add(json.dumps(record, ensure_ascii=False))
            doc.turn(who, text, line, tags, anchor=f'"role": "{who}"')
    return doc


# ---------------------------------------------------------------------------
# 02 a Turkish session typed from the audio, "Name: text" with a blank line after each turn, names only (no roles)
# ---------------------------------------------------------------------------
NU, SE = "Nurcan", "Sevgi"
NEAR_02 = "Evet. O an nefes alamadım. Sanki göğsümün üstüne biri oturmuştu."

S02: Script = [
    (NU, "Hoş geldiniz Sevgi Hanım. Geçen haftadan bu yana nasılsınız?"),
    (SE, "İyiyim sayılır. Pazartesi ve salı vapura bindim, çarşamba yine otobüsle gittim."),
    (NU, "Çarşamba ne oldu?"),
    (
        SE,
        "Sabah hava biraz rüzgârlıydı. İskeleye kadar geldim, dalgaları görünce bacaklarım titredi, geri döndüm.",
    ),
    (NU, "Hı hı.", "decoy: backchannel 'Hı hı.' (1 of 3)"),
    (
        SE,
        "Otobüs bir buçuk saat sürüyor, vapur yirmi dakika. Her gün üç saati yolda kaybediyorum...",
        "decoy: a spoken turn that trails off with '...'",
    ),
    (NU, "Eylüldeki o fırtınalı geçişi düşündüğünüzde en çok ne kalmış aklınızda?"),
    (
        SE,
        "Vapur yan yatacak gibi geldi bana. Bir kadın çığlık attı, çay bardakları devrildi. Ben de kapıya koştum ama kapı kilitliydi, yani öyle sandım.",
    ),
    (NU, "Kapının kilitli olduğunu sandınız."),
    (SE, NEAR_02),
    (
        SE,
        "Evet. O an nefes alamadım. Sanki göğsümün üstüne birisi oturmuştu.",
        "near_duplicate_turn",
    ),
    (NU, "O günden beri vapura bindiğinizde bedeninizde neler oluyor?"),
    (
        SE,
        moji(
            "Önce midem kasılıyor, sonra ellerim uyuşuyor. Denize bakamıyorum, gözümü telefona dikiyorum. Bir de sürekli çıkış kapısının nerede olduğunu kontrol ediyorum."
        ),
        "mojibake",
    ),
    (NU, "Yani gözünüz hep kapıda."),
    (
        SE,
        "Hep kapıda. Annem de öyleydi aslında. Derdi ki: 'Kızım, bir yere girdin mi önce çıkışı bul.'",
        "decoy: the client quoting her mother",
    ),
    (
        NU,
        "(gülümsüyor) Anneniz size bir kural bırakmış.",
        "decoy: a stage direction opening the turn (not meta text)",
    ),
    (
        SE,
        "Bırakmış ya. (gülüyor) Bazen vapurdan atlayıp kıyıya yüzsem diye geçiyor aklımdan, o kadar sıkışıyorum.",
        "decoy: a stage direction inside the turn",
    ),
    (
        NU,
        "Üzgünüm, ancak bu konuda yardımcı olamam. Kendinize zarar vermeyi düşünüyorsanız lütfen hemen 112 Acil Çağrı Merkezi'ni arayın veya bir ruh sağlığı uzmanına başvurun.",
        "refusal",
    ),
    (
        SE,
        "Yok, yok, öyle bir şey değil. Kaçmak istiyorum demek istedim, sadece kaçmak.",
        "decoy: the client says she meant escape, not harm",
    ),
    (
        NU,
        "Anladım, açıkladığınız için teşekkür ederim. Kaçma isteği panikte çok sık görülür. Beden tehlike var sanıyor ve sizi oradan çıkarmak istiyor.",
    ),
    (SE, "Ama tehlike yok, değil mi? Vapurlar batmıyor yani.", "decoy: a client question"),
    (
        NU,
        "Hiçbir yolculuk için sıfır risk var diyemem, öyle bir söz veremem. Ama İzmir vapurlarının her gün binlerce kişiyi taşıdığını, sizin de yıllarca sorunsuz bindiğinizi biliyoruz. Şimdi bedeninizin alarmına bakalım mı?",
        "decoy: an honest limit ('öyle bir söz veremem'), then engagement (not a refusal)",
    ),
    (SE, "Bakalım."),
    (
        NU,
        "Geçen hafta nefes egzersizini konuşmuştuk. Dörde kadar sayarak nefes alıp altıya kadar sayarak vermek. Denediniz mi?",
    ),
    (
        SE,
        "Denedim. Geçen seans siz 'Nefesi uzun vermek bedene güvendesin der' demiştiniz ya, onu aklımda tekrar ettim.",
        "decoy: the client quoting her counsellor (not a role inversion)",
    ),
    (NU, "Güzel. Nasıl geçti?"),
    (
        SE,
        "Otobüste işe yaradı. Ama vapurda, bilmiyorum, denemeye fırsat olmadan --",
        "decoy: a turn broken off with '--' that the counsellor completes",
    ),
    (NU, "Fırsat olmadan panik geldi.", "decoy: the counsellor finishes the client's sentence"),
    (
        SE,
        "Evet, aynen öyle. Bir şey sormak istiyorum: siz hiç böyle bir şey yaşadınız mı?",
        "decoy: a client question to the counsellor",
    ),
    (
        NU,
        "Ben de yıllarca uçaktan korktum, o yüzden o sıkışma hissini biraz tanıyorum. Ama burada önemli olan sizin deneyiminiz. Vapurda ilk işaret genelde ne oluyor?",
        "decoy: the counsellor's brief self-disclosure (not a role inversion)",
    ),
    (SE, "Midem. Sonra gözüm kapıya gidiyor, kapıyı görünce biraz rahatlıyorum."),
    (
        SE,
        "Görünüşe göre kapıya bakmak sizi bir an rahatlatıyor ama kaygıyı da canlı tutuyor. Kapıya bakmadan on dakika oturmayı denemek size nasıl gelir?",
        "role_inversion",
    ),
    (
        SE,
        "On dakika mı? (uzun sessizlik) Beş dakikayla başlasak?",
        "decoy: a stage direction inside the turn",
    ),
    (
        NU,
        "Beş dakikayla başlayalım. Beş dakika boyunca kapıya değil Kordon'a bakacaksınız, nefesi uzun vereceksiniz ve kaygınızı sıfırdan ona kadar puanlayacaksınız.",
    ),
    (
        SE,
        "Beş dakika, Kordon'a bakacağım, uzun nefes, bir de puan. Sıfırdan ona.",
        "decoy: the client repeats the plan back",
    ),
    (NU, "Hı hı.", "decoy: backchannel 'Hı hı.' (2 of 3)"),
    (
        SE,
        "Peki ilaç konusunda ne dersiniz? Kuzenim bir ilaç kullanıyormuş, çok iyi gelmiş.",
        "decoy: a client question about medication",
    ),
    (
        NU,
        "İlaç konusunda size bir şey söyleyemem, onu bir psikiyatrist değerlendirmeli; isterseniz yönlendirme yapabilirim. Ama şunu bilin: bu tür panik terapiye de çoğu zaman çok iyi yanıt veriyor.",
        "decoy: the counsellor's limit on medication, then engagement (not a refusal)",
    ),
    (SE, "Tamam. Önce bunu deneyeyim."),
    (
        NU,
        "Peki. Bir de geçen hafta bahsettiğiniz iş yerindeki görüşmeyi konuşalım mı? [Editör notu: Bu kısımda ses çok kötü, 14:20 civarını tekrar dinle – Ece] Müdürünüzle konuşmanız nasıl geçti?",
        "meta_text",
    ),
    (SE, "Aslında iyi geçti. Geç kalmalarımı anlattım, esnek saate geçmeme izin verdi."),
    (NU, "Bu çok önemli bir adım. Nasıl hissettiniz?"),
    (SE, "Rahatladım. İnsanlar düşündüğüm kadar yargılamıyor galiba."),
    (NU, "Hı hı.", "decoy: backchannel 'Hı hı.' (3 of 3)"),
    (SE, "Belki de en çok ben yargılıyorum kendimi. (gülüyor)", "decoy: a stage direction closing the turn"),
    (
        NU,
        "Bu haftaki denemeden sonra bana nasıl geçtiğini anlatırsınız. Gelecek hafta aynı saatte görüşelim mi?",
    ),
    (
        SE,
        "Aynı saatte. Ha, bir şey daha söyleyecektim, geçen akşam kızım bana vapurla ilgili bir şey sordu ve ben de ona",
        "truncated_turn",
    ),
]


def f02() -> Doc:
    doc = Doc("02_vapur_seans3_transkript_tr.txt", {NU: T, SE: C}, "labelled")
    first = doc.add(
        "Seans 3 – Sevgi K. – İzmir, 14 Kasım 2024",
        "Ses kaydından yazıya döken: Ece T. Metin, bir yapay zekâ aracıyla yazım açısından düzeltildi.",
        "",
    )
    doc.mark(first, "decoy: the title line")
    doc.mark(first + 1, "decoy: the typist's header line (not generation residue)")
    doc.start("seans 3")
    labelled(doc, S02, "{label}: {text}", blank=True)
    return doc


# ---------------------------------------------------------------------------
# 03 a generation run saved as ONE JSON array of runs, each with metadata and "messages", one message object a line
# ---------------------------------------------------------------------------
SYS_03 = "You are an experienced, warm counsellor. Reply in two to four sentences, reflect feelings, and avoid giving medical or legal advice."
LOOP_03 = "It's completely understandable to feel this way. Supporting an adult child can bring up a mix of love, worry and resentment, and all of those feelings are valid."

R03_WALTER: Script = [
    (
        "user",
        "My GP says there's nothing more they can do about my sense of smell. It went with the covid two years ago and it hasn't come back.",
    ),
    (
        "assistant",
        "<think>The user is an older man describing smell loss after COVID. He may also be grieving. I should validate first and ask an open question rather than give medical information.</think>\n\nThat sounds like a real loss, and hearing that there's nothing more to be done can be hard. What do you miss most?",
        "meta_text",
    ),
    (
        "user",
        "Dorothy's roses. She died last March. The roses are still out the back and I stand there and get nothing.",
    ),
    (
        "assistant",
        "So the roses were one of the ways you still had her, and now that's gone too. That's two losses, one on top of the other.",
    ),
    ("user", "I never thought of it like that. I just thought I was being soft about a smell."),
    (
        "assistant",
        "It isn't soft. Smell is closely tied to memory, so losing it can feel like losing a door into the past. How are you finding everyday things, like cooking?",
    ),
    (
        "user",
        "I don't bother much. Toast. Everything tastes of cardboard. My daughter keeps bringing round stews I can't taste",
        "decoy: a message without a full stop (complete); 'I can't taste' (client)",
    ),
    (
        "assistant",
        "It makes sense that food has lost its pull. Some people with smell loss find it helps to lean on texture, temperature and spice instead. Would you be open to trying that?",
    ),
    ("user", "What, chillies? At my age? [laughs]", "decoy: client questions and '[laughs]'"),
    (
        "assistant",
        "Why not? Even a bit of ginger or mustard can bring food back to life. Have you heard of smell training, sniffing a few strong scents twice a day? I'm not a doctor, so it's worth asking your GP about it, but some people find it helps.",
        "decoy: an honest limit ('I'm not a doctor') inside engagement (not a refusal)",
    ),
    ("user", "The GP mentioned it. I didn't do it. It felt pointless."),
    (
        "assistant",
        "That's understandable when it seems like nothing will change. What would make it feel less pointless?",
    ),
    (
        "user",
        "If I could use her things. She had a drawer of lavender bags, and her perfume, the one in the blue bottle.",
    ),
    (
        "assistant",
        "That's a lovely idea. Training with her lavender and her perfume might make it feel like time with her rather than a chore.",
    ),
    ("user", "Lavender and the blue bottle, twice a day. I'll try it.", "decoy: the client repeats the plan back"),
    (
        "assistant",
        "That sounds like a good plan, Walter. Go gently with yourself, and notice any small change, even a faint hint of something.\n\nI hope this sample dialogue works well for your training data! Let me know if you'd like more variations with different client backgrounds.",
        "meta_text",
    ),
]

R03_GWEN: Script = [
    (
        "user",
        "I'm a graduate actuary, eight months in, and I reread every email about thirty times before I send it. Last night I was in the office until ten over one email to a client.",
    ),
    (
        "assistant",
        "That sounds exhausting. What are you afraid might happen if an email went out with a mistake in it?",
    ),
    (
        "user",
        "That my manager will see it and decide I'm not good enough for the exams programme. They only keep about half of us on it.",
    ),
    (
        "assistant",
        "So there's a lot riding on this for you. When you reread an email for the thirtieth time, does the worry go down?",
    ),
    ("user", "For a minute. Then I think, what if I missed something on the thirty-first."),
    (
        "assistant",
        "That's how checking often works: a little relief, then the doubt comes back. Over time it can keep the anxiety going.",
    ),
    (
        "user",
        "Should I tell my manager? Would it count against me when they decide who stays on the programme?",
        "decoy: client questions",
    ),
    (
        "assistant",
        "I'm sorry, but I can't assist with questions about employment matters. Please consult a qualified professional or your HR department for advice.",
        "refusal",
    ),
    (
        "user",
        "I wasn't asking for employment advice. I just wanted to know if it's normal to talk about this stuff at work.",
        "decoy: the client objects to the refusal",
    ),
    (
        "assistant",
        "You're right, I'm sorry. I can't know how your firm would see it, and whether to tell her is your call, but we can think it through together. What do you imagine would happen if you told her?",
        "decoy: an apology and a limit on the decision, then engagement (not a refusal)",
    ),
    (
        "user",
        "She'd probably say everyone feels like that in their first year. She told me in my first week, 'Nobody expects you to know everything, they expect you to ask.'",
        "decoy: the client quoting her manager",
    ),
    ("assistant", "That sounds like someone who might be more understanding than your fear expects."),
    (
        "user",
        "It sounds like part of you already knows that checking thirty times isn't protecting you, it's costing you your evenings. What would it be like to try a limit of two reads and then send?",
        "role_inversion",
    ),
    (
        "assistant",
        "How many times do you think a careful but reasonable colleague would read an email like that?",
    ),
    ("user", "Twice? Maybe three times if it's going to a client."),
    (
        "assistant",
        "Let's try that as an experiment. Two reads for internal emails, three for clients, then send, and rate your anxiety from 0 to 10 an hour later.",
    ),
    (
        "user",
        "Two reads internal, three for clients, then rate it an hour later. Okay.",
        "decoy: the client repeats the plan back",
    ),
    (
        "assistant",
        "Great. It will probably feel uncomfortable at first, and that discomfort is the part that teaches your brain that sending is survivable.",
    ),
]

R03_BERNADETTE: Script = [
    (
        "user",
        "My son is 27 and he moved back in with me in January after he lost his job at the call centre. He's still here. He sleeps till noon and I do all his washing.",
    ),
    (
        "assistant",
        "It sounds like you're carrying a lot, and perhaps feeling some frustration too. How are things between the two of you?",
    ),
    ("user", "Tense. I love him, but I didn't expect to be doing all this again at 58."),
    ("assistant", LOOP_03, "repetition_loop"),
    ("user", "Yes, but what do I actually do? Do I tell him he has to go?", "decoy: client questions"),
    ("assistant", LOOP_03, "duplicate_turn"),
    ("user", "You said that already.", "decoy: the client points out the repeat"),
    (
        "assistant",
        "It's entirely understandable to feel like this. Supporting a grown-up child can stir up a mixture of love, worry and resentment, and every one of those feelings is valid.",
        "near_duplicate_turn",
    ),
    (
        "user",
        "That's the same thing again. I'm asking for help with what to say to him.",
        "decoy: the client points out the repeat again",
    ),
    (
        "assistant",
        "I'm sorry, you're right. Let's get practical. What would you most like to change first: the sleeping, the washing, or the job search?",
        "decoy: an apology that engages (not a refusal)",
    ),
    ("user", "The washing, honestly. It's the thing that makes me feel like his maid."),
    (
        "assistant",
        "That's a good place to start because it's concrete. You might say something like, 'From Monday I'll show you how the machine works, and after that your washing is yours.' How does that sound to say out loud?",
        "decoy: the counsellor scripts a sentence in quotes",
    ),
    (
        "user",
        "It sounds like something my own mother would have said. [laughs] He'd sulk.",
        "decoy: '[laughs]' inside a message",
    ),
    (
        "assistant",
        "He might sulk for a bit, and a sulk isn't a disaster. I can't tell you whether he should move out, that's for the two of you to decide, but we can think about what would help him get going again.",
        "decoy: a limit on the client's decision, then engagement (not a refusal)",
    ),
    (
        "user",
        "He used to love fixing bikes. Maybe there's something there",
        "decoy: a message without a full stop (complete)",
    ),
    (
        "assistant",
        "That's a really useful thread to pull on. A practical interest like that can be a way back into work and confidence. You could ask him to fix up your old bike this weekend, or look together at whether the bike shop on the high street needs a Saturday mechan",
        "truncated_turn",
    ),
]


def f03() -> Doc:
    doc = Doc("03_generated_counselling_runs.json", {"user": C, "assistant": T}, "json-runs")
    runs = (
        (
            "gen-0907-a",
            "A widower, 74, who lost his sense of smell after COVID and cannot smell his late wife's roses.",
            R03_WALTER,
        ),
        ("gen-0907-b", "A graduate actuary, 24, who rereads every email about thirty times before sending.", R03_GWEN),
        ("gen-0907-c", "A mother, 58, whose son of 27 moved back home after losing his job.", R03_BERNADETTE),
    )

    def js(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    doc.add("[")
    for number, (ident, scenario, script) in enumerate(runs, 1):
        first = doc.add(
            "  {",
            f'    "run_id": {js(ident)},',
            '    "model": "counsel-sim-13b-v2",',
            '    "temperature": 0.8,',
            f'    "scenario": {js(scenario)},',
            '    "messages": [',
        )
        doc.mark(first + 4, f"decoy: the scenario of {ident}, not a turn")
        entries = [("system", SYS_03)] + [(who, text) for who, text, *_ in script]
        doc.start(ident)
        for index, (who, text) in enumerate(entries):
            comma = "," if index < len(entries) - 1 else ""
            line = doc.add(f'      {{"role": {js(who)}, "content": {js(text)}}}{comma}')
            if who == "system":
                doc.mark(line, f"decoy: the system message of {ident}, not a turn")
            else:
                doc.turn(who, text, line, script[index - 1][2:], anchor=f'"role": "{who}"')
        doc.add("    ]", "  }," if number < len(runs) else "  }")
    doc.add("]")
    return doc


# ---------------------------------------------------------------------------
# 04 a long-Covid support service's webchat export (Python csv), one message a row:
#    chat_id,msg_id,sent_at,sender_type,sender_name,message (system rows are not turns; the bot and the agent are
#    the counsellor role, the visitor the client). The old visitor widget kept 255 characters of a message.
# ---------------------------------------------------------------------------
AVA, HAL, RUF, MAG = "Ava", "Halima", "Rufus", "Mags"
SENDER_TYPES = {AVA: "bot", HAL: "agent", RUF: "visitor", MAG: "visitor"}
WIDGET_LIMIT = 255
GREETING_04 = "Hi, I'm Ava, the Second Wind virtual assistant. A counsellor will be with you shortly. While you wait, can you tell me a bit about what's brought you here today?"
LONG_04 = "yeah i know that in my head. its just the money as well. half days is half pay now the sick pay has run out, and my wife is doing extra shifts at the care home, and i feel like i should be the one doing that. my dad worked down the pit until he was 60 with a bad chest and never took a day off"

C04_RUFUS: Script = [
    (RAW, "Visitor joined the chat", "decoy: a system row, not a turn"),
    (AVA, GREETING_04),
    (
        RUF,
        "hi. ive had long covid since feb 2022 and ive just been put on half days at work. im a caretaker at a primary school",
        "decoy: a message without a full stop, continued by the next",
    ),
    (RUF, "and honestly i feel like a waste of space", "decoy: a message continuing the one before (no full stop)"),
    (
        AVA,
        "I'm sorry you're feeling this way. I'm not able to help with this. If you are having thoughts of harming yourself, please call 999 or Samaritans on 116 123.",
        "refusal",
    ),
    (
        RUF,
        "im not going to hurt myself. i just meant i feel useless",
        "decoy: the client objects to the refusal (no full stop)",
    ),
    (RAW, "Halima joined the chat", "decoy: a system row, not a turn"),
    (
        HAL,
        "Hi Rufus, I'm Halima, one of the counsellors here. Sorry about the automatic reply, it's a bit quick on the trigger. Can you tell me more about feeling useless?",
        "decoy: the counsellor apologises for the bot and engages (not a refusal)",
    ),
    (
        RUF,
        "i used to do everything at that school. boiler, gritting, fixing the kids chairs, locking up. now i do 8 till 12 and go home and sleep",
        "decoy: a message without a full stop (complete)",
    ),
    (
        HAL,
        "That's a big change, from being the person who keeps the whole building running to going home at lunchtime. How does that sit with you?",
    ),
    (
        RUF,
        "like im letting everyone down. the head says dont worry about it but i know the other caretaker is covering my afternoons",
        "decoy: a message without a full stop (complete)",
    ),
    (
        HAL,
        "It sounds like you hold yourself to a high standard, and the illness is stopping you from meeting it. That isn't the same as being useless, though.",
    ),
    (RUF, cut_at(LONG_04, WIDGET_LIMIT), "truncated_turn"),
    (
        HAL,
        "It sounds like there's a picture in your head of what a man in your family is supposed to do.",
    ),
    (RUF, "pretty much yeah", "decoy: a short answer without a full stop"),
    (
        HAL,
        "I had long Covid myself for about a year, and I remember how much the 'shoulds' weighed. What helped me was pacing: planning rest before I needed it rather than after I'd crashed. Has anyone talked to you about pacing?",
        "decoy: the counsellor's self-disclosure (not a role inversion)",
    ),
    (
        RUF,
        "the clinic did. i dont really do it. if theres a job to do i do it and then im wiped out for two days",
        "decoy: a message without a full stop (complete)",
    ),
    (HAL, "That boom and bust pattern is really common. Would you be up for one small experiment this week?"),
    (RUF, "go on then", "decoy: a short answer without a full stop"),
    (
        HAL,
        "Pick one afternoon and plan a 20-minute rest at 2pm, lying down, phone in another room, even if you feel okay. Then notice how the evening goes.",
    ),
    (
        RUF,
        "It sounds like resting before you need to feels like giving in, when really it might be the thing that lets you keep doing the job you love.",
        "role_inversion",
    ),
    (
        RUF,
        "rest at 2 even if im ok. ill try it thursday",
        "decoy: the client repeats the plan back (no full stop)",
    ),
    (
        HAL,
        "Great. And Rufus, you're not a waste of space. You're someone with an illness doing his best. Come back and tell us how Thursday went.",
    ),
    (RUF, "thanks mate", "decoy: a short thank-you without a full stop"),
    (RAW, "Chat ended by visitor", "decoy: a system row, not a turn"),
]

C04_MAGS: Script = [
    (RAW, "Visitor joined the chat", "decoy: a system row, not a turn"),
    (AVA, GREETING_04, "decoy: the bot's greeting, the same as in the other chat (not a repeat in this session)"),
    (MAG, "My husband thinks I'm putting it on. That's it really."),
    (RAW, "Halima joined the chat", "decoy: a system row, not a turn"),
    (
        HAL,
        "Hi, I'm Halima, one of the counsellors. Thanks for waiting. That sounds really hurtful. What makes you think he sees it that way?",
    ),
    (
        MAG,
        "He said last night, \"You were fine at Jackie's birthday, you can't be that tired.\" But I spent two days in bed after that party.",
        "decoy: doubled quotes in the cell (the client quoting her husband)",
    ),
    (HAL, "So he saw the party, and not the two days after it."),
    (MAG, "Exactly. Nobody sees the two days after", "decoy: a message without a full stop (complete)"),
    (MAG, "", "empty_turn"),
    (
        MAG,
        "sorry that was meant to be a screenshot of my symptom diary. it didnt send",
        "decoy: the client explains the empty message (no full stop)",
    ),
    (
        HAL,
        "No worries, the chat can't show pictures. Is the diary something you keep every day?",
        "decoy: 'the chat can't show pictures' (not a refusal)",
    ),
    (
        MAG,
        "Every day. Energy out of ten, what I did, how I felt. I was a bookkeeper, I like a column",
        "decoy: a message without a full stop (complete)",
    ),
    (
        HAL,
        "That's brilliant, and it could help with your husband too. Sometimes people believe a record more than a conversation.",
    ),
    (
        MAG,
        "He won't read it. Would you tell him it's real? Could you ring him?",
        "decoy: client questions",
    ),
    (
        HAL,
        "I can't speak to him for you, I'm afraid, the chat is just for you. But we could work out together how you might show him the diary. What would you want him to understand first?",
        "decoy: the counsellor's limit on contacting a third party, then engagement (not a refusal)",
    ),
    (
        MAG,
        "That the crash comes later. That im not lazy, im paying for it after",
        "decoy: a message without a full stop (complete)",
    ),
    (
        MAG,
        "That the crash comes later. That I'm not lazy, I'm paying for it afterwards.",
        "near_duplicate_turn",
    ),
    (
        HAL,
        "That's really clear. 'The crash comes later' might be the sentence to start with.",
        "decoy: the counsellor quoting the client",
    ),
    (
        MAG,
        "My friend Wendy has it too and I keep telling her to stop apologising for resting. Funny how I can't take my own advice",
        "decoy: the client counsels a friend (not a role inversion); no full stop",
    ),
    (HAL, "It's often easier to be kind to a friend. What would you say to Wendy if her husband said what yours did?"),
    (
        MAG,
        "I'd tell her to show him the diary and then go for a lie down [laughs]",
        "decoy: '[laughs]' closing a message",
    ),
    (
        HAL,
        "Then maybe that's your plan too. Show him a week of the diary, with the party and the two days after it.",
    ),
    (
        MAG,
        "ok. a week of the diary, the party and the two days after",
        "decoy: the client repeats the plan back (no full stop)",
    ),
    (
        HAL,
        "And if he still doesn't get it, come back and we'll think about what else might help. Is there anything else on your mind before we finish?",
    ),
    (
        MAG,
        "Just one thing, the occupational health woman at my old job said I might be able to go back on a phased return if I get a letter from the",
        "truncated_turn",
    ),
    (RAW, "Chat ended: visitor connection lost", "decoy: a system row, not a turn"),
]


def f04() -> Doc:
    doc = Doc("04_longcovid_webchat_export.csv", {AVA: T, HAL: T, RUF: C, MAG: C}, "csv")

    def row(values: Sequence[str]) -> str:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerow(values)
        return buffer.getvalue().rstrip("\n")

    doc.mark(
        doc.add(row(["chat_id", "msg_id", "sent_at", "sender_type", "sender_name", "message"])), "decoy: the header"
    )
    chats = (
        ("SW-22914", C04_RUFUS, "2024-02-06", 19 * 3600 + 2 * 60),
        ("SW-22971", C04_MAGS, "2024-02-08", 13 * 3600 + 30 * 60),
    )
    msg_id = 880410
    for chat_id, script, day, start in chats:
        doc.start(chat_id)
        clock = start
        for who, text, *tags in script:
            msg_id += 1
            stamp = f"{day} {clock_text(clock)}"
            if who == RAW:
                doc.mark(doc.add(row([chat_id, str(msg_id), stamp, "system", "", text])), *tags)
            else:
                line = doc.add(row([chat_id, str(msg_id), stamp, SENDER_TYPES[who], who, text]))
                doc.turn(who, text, line, tags, anchor=f",{SENDER_TYPES[who]},{who},")
            clock += 9 + len(text) // 4
    return doc


# ---------------------------------------------------------------------------
# 05 SRT captions of a session recorded (with consent) for a counselling course: one cue a segment,
#    "NAME: text" on one caption line; a long utterance can run over two cues of the same speaker
# ---------------------------------------------------------------------------
ASH, PHI = "ASHOK", "PHILIPPA"
LOOP_05 = "I sat in the audience and I couldn't sing along."

S05: Script = [
    (
        ASH,
        "So we're recording now, just for the course, and you can ask me to stop it at any point. Is that still okay?",
        "decoy: the counsellor speaks about the recording (not generation residue)",
    ),
    (
        PHI,
        "Yes, that's fine. Sorry if my voice goes a bit croaky. I'm still only allowed to talk for about twenty minutes at a time.",
    ),
    (ASH, "That's okay, we'll take breaks whenever you need them. How has it been since the surgery?"),
    (
        PHI,
        "Strange. For six weeks I couldn't speak at all. I had a little whiteboard round my neck like a",
        "decoy: a cue that the same speaker's next cue continues (not truncated)",
    ),
    (
        PHI,
        "like a cafe menu. [laughs] The kids at school would have loved it.",
        "decoy: a continuation cue of the same speaker",
    ),
    (
        ASH,
        "[laughs] A cafe menu. What was it like, not having your voice for six weeks?",
        "decoy: '[laughs]' opening a cue",
    ),
    (
        PHI,
        "Lonely. More than I expected. People talk to you differently when you can't answer. They talk to you like you're",
        "decoy: a sentence the other speaker finishes (not truncated)",
    ),
    (ASH, "Not there?", "decoy: the counsellor completes the client's sentence"),
    (PHI, "Not there. Yes. Exactly that."),
    (ASH, "Mm.", "decoy: backchannel 'Mm.' (1 of 3)"),
    (
        PHI,
        "And the singing group. I've led the Totterdown Singers for eleven years, and they had to get a stand-in for the Christmas concert.",
    ),
    (ASH, "How was that?"),
    (PHI, LOOP_05, "repetition_loop"),
    (PHI, LOOP_05, "duplicate_turn"),
    (PHI, "I sat in the audience and I couldn't even sing along.", "near_duplicate_turn"),
    (
        ASH,
        "You sat in the audience, and you couldn't sing along.",
        "decoy: the counsellor repeats the client's words (another speaker, not a repeat)",
    ),
    (PHI, "Which sounds small. It wasn't small."),
    (
        ASH,
        "It doesn't sound small at all. It sounds like you were watching something that's yours from the outside.",
    ),
    (PHI, "That's it. That's exactly it."),
    (
        ASH,
        "The surgeon keeps saying it went well, and I know it did, but every time I open my mouth I'm listening for the crack.",
        "role_inversion",
    ),
    (ASH, "What do you hear when you listen for it?"),
    (
        PHI,
        "Every little wobble. I used to hit a top G without thinking. Now I hum in the car and I'm terrified to go above a C.",
    ),
    (ASH, "What does the speech therapist say about singing?"),
    (
        PHI,
        "She says wait. And the surgeon said at the follow-up, 'You'll sing again, Philippa, but you need to be patient, and it might not be",
        "truncated_turn",
    ),
    (
        ASH,
        "Okay, we're recording again. How's the voice after the break?",
        "decoy: the counsellor mentions the pause in the recording (speech, not meta text)",
    ),
    (
        PHI,
        "Better for a rest. Honey and lemon, the full opera-singer treatment. [laughs]",
        "decoy: '[laughs]' closing a cue",
    ),
    (
        ASH,
        "I play the guitar, badly, and I once broke my wrist and couldn't play for three months. It's not the same as losing your voice, but I remember being surprised by how much I missed it.",
        "decoy: the counsellor's brief self-disclosure (not a role inversion)",
    ),
    (PHI, "Did you go back to it?", "decoy: a client question to the counsellor"),
    (
        ASH,
        "I did, slowly. But we're here for your voice, not my guitar. When you think about going back to the group, what comes up?",
    ),
    (
        PHI,
        "That they'll hear I'm not what I was. That someone will say, kindly, 'Maybe you should just conduct and leave the singing to us.'",
        "decoy: the client voices an imagined remark in quotes",
    ),
    (ASH, "And if someone did say that?"),
    (PHI, "I'd smile and go home and cry in the car."),
    (ASH, "Mm.", "decoy: backchannel 'Mm.' (2 of 3)"),
    (
        PHI,
        "My husband says I'm catastrophising. He read that word on a leaflet. [laughs]",
        "decoy: the client quoting her husband; '[laughs]'",
    ),
    (
        ASH,
        "He may have a point, though it doesn't help much to be told. What would you say to one of your singers if she'd had this operation?",
    ),
    (
        PHI,
        "I'd tell her to come to rehearsal and just listen for the first few weeks. Sit with the altos and hum. Nobody would mind.",
        "decoy: the client's kind words for someone else when asked (not a role inversion)",
    ),
    (ASH, "That sounds kind and sensible. Could that be your plan too?"),
    (PHI, "Go to rehearsal, sit with the altos, hum. Don't conduct yet.", "decoy: the client repeats the plan back"),
    (ASH, "Just for the first few weeks. And notice what your voice does when nobody is asking anything of it."),
    (PHI, "Okay. I can do that."),
    (ASH, "Mm.", "decoy: backchannel 'Mm.' (3 of 3)"),
    (
        PHI,
        "I've got the speech therapist on Tuesday, so I could ask her about the humming as well, whether",
        "decoy: a cue that the same speaker's next cue continues (not truncated)",
    ),
    (PHI, "whether humming counts as singing, officially.", "decoy: a continuation cue of the same speaker"),
    (
        ASH,
        "Good idea, ask her. We've got about five minutes left. How are you feeling now, compared with when you came in?",
    ),
    (PHI, "Lighter. Tired, but lighter."),
    (
        ASH,
        "I'm glad. We'll stop the recording there, and next week I'd like to hear how the rehearsal went, and also what you said to",
        "truncated_turn",
    ),
]


def srt_time(ms: int) -> str:
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"


def f05() -> Doc:
    doc = Doc("05_voice_rest_session_recording.srt", {ASH: T, PHI: C}, "srt")
    doc.start("session 4")
    clock = 1480
    for index, (who, text, *tags) in enumerate(S05):
        length = 700 + 62 * len(text) + (index * 131) % 400
        if index:
            doc.add("")
        line = doc.add(str(index + 1), f"{srt_time(clock)} --> {srt_time(clock + length)}", f"{who}: {text}") + 2
        doc.turn(who, text, line, tags, anchor=f"{who}: ")
        clock += length + 150 + (index * 211) % 900
        if "truncated_turn" in tags:
            clock += 204000  # the cues of the next minutes were lost and the recording was paused
    return doc


# ---------------------------------------------------------------------------
# 06 the CLEAN file: a session typed from the audio, "Name: text" with a blank line after each turn, names only
# ---------------------------------------------------------------------------
BEA, GAV = "Beatrix", "Gavin"

S06: Script = [
    (BEA, "Right, the recorder's on. How's your week been, Gavin?", "decoy: the counsellor speaks about the recorder"),
    (GAV, "Aye, not bad. Well. Mixed. Dad had another wee fall on Sunday."),
    (BEA, "Oh no. Is he okay?"),
    (
        GAV,
        "He's fine. Bruised his hip. He was trying to get to the toilet in the night without his stick, the stubborn old goat.",
    ),
    (BEA, "And how were you, after?"),
    (GAV, "Raging, to be honest. Not at him. Well, a bit at him. Mostly at the whole situation."),
    (BEA, "Mm.", "decoy: backchannel 'Mm.' (1 of 3)"),
    (
        GAV,
        "Lorraine found him. I was asleep. I'm up at half four for the round, so I'm in bed by nine, and she heard the thump.",
    ),
    (BEA, "So she was the one who dealt with it."),
    (
        GAV,
        "She was. And she never says anything, but I could see it on her face in the morning. Like, this is your dad, Gavin.",
        "decoy: the client voices what he imagines his wife thinks",
    ),
    (BEA, "Is that what you think she was thinking, or what she said?"),
    (GAV, "What I think she was thinking. She didn't say it."),
    (BEA, "Mm.", "decoy: backchannel 'Mm.' (2 of 3)"),
    (
        GAV,
        "She wouldn't. She's too nice. That's the problem, she's too nice and I'm...",
        "decoy: a spoken turn that trails off with '...'",
    ),
    (BEA, "You're...?", "decoy: the counsellor echoes the trail-off"),
    (GAV, "I don't know. Useless, maybe. Stuck in the middle."),
    (
        GAV,
        "I get in at two. Dad's been on his own since Lorraine went to work, so he's desperate for a chat. Then the kids are in at four, and Orla wants the living room for her pals, and Dad's got the telly on full blast, and I'm --",
        "decoy: a turn broken off with '--' where the counsellor comes in, picked up after",
    ),
    (BEA, "Sorry, go on, I cut across you.", "decoy: an apology after cutting in"),
    (GAV, "No, you're fine. I'm just running between the rooms. Keeping everybody happy."),
    (BEA, "And who keeps you happy?"),
    (GAV, "[laughs] Nobody's asked me that in a while.", "decoy: '[laughs]' opening a turn"),
    (BEA, "I'm asking now."),
    (
        GAV,
        "The football, I suppose. Saturdays. Except I've not been since Dad moved in, because somebody has to be with him.",
    ),
    (BEA, "So the one thing that was yours has gone as well."),
    (GAV, "Aye.", "decoy: a one-word answer"),
    (
        GAV,
        "Can I ask you something? Do you think I'm a bad son for wanting my house back?",
        "decoy: a client question to the counsellor (not a role inversion)",
    ),
    (
        BEA,
        "I don't think wanting your own space makes you a bad son. I think it makes you a person. I'm wondering where the idea that it's bad comes from, though.",
    ),
    (
        GAV,
        "My mum. Before she died she made me promise I'd look after him. She said, 'Don't you put him in one of those places, Gavin.'",
        "decoy: the client quoting his late mother",
    ),
    (BEA, "That's a heavy promise to carry."),
    (
        GAV,
        "It is. And my brother's down in Carlisle, so it's all on me. He phones on a Sunday and says, 'How's the old man?' like he's asking about the weather.",
        "decoy: the client quoting his brother",
    ),
    (BEA, "It sounds like there's some anger towards your brother as well."),
    (
        GAV,
        "There's plenty. [pause] But he's got his own stuff. His marriage is in bits.",
        "decoy: '[pause]' inside a turn",
    ),
    (
        GAV,
        "I told him last month, I said, 'Stevie, take it one day at a time, talk to her, don't make any big decisions when you're this wound up.' Listen to me. I sound like you.",
        "decoy: the client counsels his brother and quotes himself (not a role inversion)",
    ),
    (BEA, "[laughs] It sounds like good advice.", "decoy: '[laughs]' opening a turn"),
    (GAV, "Aye, for him."),
    (BEA, "What would happen if you took it yourself?"),
    (
        GAV,
        "I'd... I don't know. I'd not make any big decisions about Dad when I'm this wound up, maybe.",
        "decoy: a '...' hesitation inside a turn",
    ),
    (BEA, "Is there a big decision you're close to making?"),
    (
        GAV,
        "Lorraine printed off a leaflet for a care home in Bridge of Allan. It's been on the fridge for a fortnight. Nobody's mentioned it.",
    ),
    (
        BEA,
        "The leaflet's on the fridge, and nobody's saying anything.",
        "decoy: the counsellor reflects the client's words",
    ),
    (GAV, "Exactly. It's like a ghost in the kitchen."),
    (BEA, "What do you think it would be like to talk about it with her?"),
    (
        GAV,
        "Terrifying. Because if I say I don't want him to go, she'll feel I'm choosing him over her. And if I say okay, I've broken my promise to Mum.",
    ),
    (BEA, "So both answers feel like letting somebody down."),
    (
        BEA,
        "I can't tell you what the right answer is for your family, Gavin. That's for you and Lorraine to work out, and your dad too. What I can do is help you think about how to have the conversation without it turning into a choice between them.",
        "decoy: the counsellor's limit on the client's decision, then engagement (not a refusal)",
    ),
    (GAV, "That would help. Because right now I just avoid it."),
    (
        GAV,
        "And Dad's not daft. He'll have seen the leaflet. He's said nothing either. That's the Murrays for you. We don't talk, we put the kettle on.",
        "decoy: two turns of the same speaker in a row",
    ),
    (BEA, "[laughs] Three people, a leaflet and a kettle.", "decoy: '[laughs]' opening a turn"),
    (GAV, "Put like that it sounds ridiculous."),
    (
        BEA,
        "Not ridiculous. Understandable. These are hard conversations. Can I ask how your mood has been, with all this going on?",
    ),
    (
        GAV,
        "Low. Flat. I'm snapping at the kids. Orla told me I'm like a bear with a sore head.",
        "decoy: the client quoting his daughter",
    ),
    (
        BEA,
        "I ask everyone this when they're feeling low, so bear with me. Have you had any thoughts of harming yourself, or of not wanting to be here?",
        "decoy: a direct risk question (real engagement)",
    ),
    (
        GAV,
        "No. No, nothing like that. I'm tired, I'm not... no.",
        "decoy: the client's answer to the risk question, with '...'",
    ),
    (BEA, "Thank you for answering. If that ever changed, I'd want you to tell me, or your GP."),
    (GAV, "Aye, I would."),
    (BEA, "Let's come back to Lorraine. If you did bring it up, where would you do it?"),
    (
        GAV,
        "Not in the house. Dad hears everything, even with the telly on. [laughs]",
        "decoy: '[laughs]' closing a turn",
    ),
    (
        GAV,
        "We used to walk up to the Wallace Monument on a Sunday, before the kids. We've not done that in years.",
        "decoy: two turns of the same speaker in a row",
    ),
    (BEA, "That sounds like a good place. Neutral ground, and a bit of history for the two of you."),
    (GAV, "She'd think I'd lost my mind. But she'd like it."),
    (BEA, "And what would you want to say first?"),
    (
        GAV,
        "That I'm not choosing. That I don't know what's right, and I'm scared of getting it wrong, and I'm sorry she was the one who found him.",
    ),
    (BEA, "That's a lot of honesty in one breath. How did it feel to say it here?"),
    (GAV, "Weird. Good weird."),
    (
        GAV,
        "You've done this a long time. Do people usually end up putting their parents in a home?",
        "decoy: a client question to the counsellor",
    ),
    (
        BEA,
        "Some do and some don't. My own gran lived with us till the end, and there were days it nearly broke my mum, and days she'd never have swapped. There isn't one right way. What matters is that it's a decision you make together, not one the leaflet makes for you.",
        "decoy: the counsellor's brief self-disclosure (not a role inversion)",
    ),
    (GAV, "The leaflet making the decision. [laughs] Aye.", "decoy: the client repeats the counsellor's phrase"),
    (BEA, "So, for this week. What would feel doable?"),
    (
        GAV,
        "Ask Lorraine to walk up the Monument on Sunday. And ask Stevie to come up for a weekend so I can get to the football.",
    ),
    (BEA, "Two asks. Which feels harder?"),
    (GAV, "Stevie. I've never asked him for anything."),
    (BEA, "What would you say to him?"),
    (
        GAV,
        "Something like, 'Stevie, I need a Saturday. Can you come and be with Dad.' No explaining. Just that.",
        "decoy: the client rehearses his own words in quotes",
    ),
    (BEA, "Mm.", "decoy: backchannel 'Mm.' (3 of 3)"),
    (
        GAV,
        "Walk up the Monument on Sunday, start with I'm not choosing, and text Stevie about a Saturday.",
        "decoy: the client repeats the plan back",
    ),
    (
        BEA,
        "That's it. And one more thing. When the guilt shows up this week, and it will, just notice it. You don't have to argue with it.",
    ),
    (GAV, "Notice it. Don't argue with it. Okay.", "decoy: the client repeats the counsellor's words"),
    (BEA, "How are you feeling now, compared with when you came in?"),
    (GAV, "Lighter. Knackered, but lighter."),
    (BEA, "That's a good combination for a Thursday. Same time next week?"),
    (GAV, "Same time. Cheers, Beatrix."),
    (BEA, "Take care, Gavin. And good luck with the Monument."),
    (GAV, "[laughs] I'll need it. It's a lot of stairs.", "decoy: '[laughs]' opening the last turn"),
]


def f06() -> Doc:
    doc = Doc(CLEAN_FILE, {BEA: T, GAV: C}, "labelled")
    first = doc.add(
        "Session 3 - G. Murray - Thursday 7 March", "Typed from the recording by the practice administrator.", ""
    )
    doc.mark(first, "decoy: the title line")
    doc.mark(first + 1, "decoy: the typist's line")
    doc.start("session 3")
    labelled(doc, S06, "{label}: {text}", blank=True)
    return doc


# ---------------------------------------------------------------------------
# 07 a session typed by an administrator: "NAME: text", one turn a line, no blank lines, names only (no roles);
#    square brackets hold the typist's notes on the audio
# ---------------------------------------------------------------------------
ROS, NOR = "ROSALIND", "NOREEN"
NEAR_07 = "My sister-in-law thinks I should leave it. She says Mum's old and it would kill her. But I'm forty-one and I feel like I'm the one being killed slowly."

S07: Script = [
    (ROS, "So, last time you told me about the test results. How have the last two weeks been?"),
    (NOR, "Up and down. Mostly down. I still can't believe a spit in a tube did all this."),
    (
        ROS,
        "A spit in a tube. [laughs] It's a strange way for your life to change.",
        "decoy: the counsellor repeats the client's words; '[laughs]'",
    ),
    (
        NOR,
        "It was a Christmas present from my daughter. She thought it'd be a laugh. We'd find out if we were Irish or Viking or whatever.",
    ),
    (ROS, "And instead...", "decoy: a turn that trails off with '...' for the client to go on"),
    (
        NOR,
        "And instead there's a woman in British Columbia called Hadley who shares about a quarter of my DNA, and a man I've never heard of for a father.",
    ),
    (ROS, "That's an enormous thing to find out from an app."),
    (
        NOR,
        "Dad, I mean Frank, my dad, died in 2019, so I can't ask him. And Mum just says, 'That's a load of nonsense, those tests are rubbish.'",
        "decoy: the client quoting her mother",
    ),
    (ROS, "How do you feel when she says that?"),
    (
        NOR,
        "Shut out. Like a child again. She's seventy-nine and she's in sheltered housing in Dungannon and she still gets to decide what I'm allowed to know.",
    ),
    (ROS, "It sounds like there's anger there as well as hurt."),
    (NOR, "[long pause] Yeah. There's a lot of anger.", "decoy: a typist's note of a pause opening the turn"),
    (
        ROS,
        "I keep looking at old photos of Dad and trying to see if I look like him. I used to think I had his nose. Now I don't know whose nose I've got.",
        "role_inversion",
    ),
    (ROS, "What's it like, looking at those photos now?"),
    (NOR, "Like looking at a stranger who was kind to me for forty years."),
    (ROS, "He was kind to you."),
    (
        NOR,
        "He was the best. He taught me to drive in the car park at the leisure centre. He came to every school play. He never missed one.",
    ),
    (ROS, "Mm.", "decoy: backchannel 'Mm.' (1 of 3)"),
    (
        NOR,
        "So does it matter? That's what everybody says. My husband says, 'He was your dad in every way that counts.'",
        "decoy: a client question and the client quoting her husband",
    ),
    (ROS, "What do you say back?"),
    (NOR, "That I know that. But I still want to know who I am."),
    (
        ROS,
        "Both things can be true. Frank was your dad, and you want to know where you come from.",
    ),
    (NOR, "Yes. That's it exactly."),
    (ROS, "Have you been in touch with Hadley?"),
    (
        NOR,
        "We've messaged. Her first message said, 'Hi Noreen, I know this must be a shock. My mother told me before she died that she had",
        "truncated_turn",
    ),
    (RAW, "[recording breaks off here; about two minutes of audio missing]", "decoy: a typist's note, not a turn"),
    (
        ROS,
        "...so it sounds like Hadley has been looking for answers as well.",
        "decoy: a turn that opens with '...' after the gap",
    ),
    (NOR, "She has. She's nicer than I expected. I thought I'd hate her."),
    (ROS, "Why did you think you'd hate her?"),
    (NOR, "Because she had him. The other man. For a while, anyway. And I had nothing."),
    (ROS, "And you had Frank."),
    (NOR, "And I had Frank. [crying] Sorry.", "decoy: a typist's note of crying inside the turn"),
    (ROS, "You don't need to be sorry. Take your time."),
    (
        NOR,
        "What would you want to know, if your mum were willing to tell you anything at all?",
        "role_inversion",
    ),
    (NOR, "Whether Dad knew. That's the main thing. Whether Frank knew I wasn't his."),
    (
        ROS,
        "Whether he knew. What would it mean to you, either way?",
        "decoy: the counsellor repeats the client's words",
    ),
    (
        NOR,
        "If he knew, then he chose me. Every day. If he didn't... then she lied to him as well. I don't know which is worse.",
        "decoy: a '...' hesitation inside a turn",
    ),
    (ROS, "That's a painful question to hold."),
    (
        NOR,
        "Can I ask, do you think I should have it out with her? Mum, I mean.",
        "decoy: a client question to the counsellor (not a role inversion)",
    ),
    (
        ROS,
        "I can't tell you whether to do that, Noreen. It's your relationship and your decision. But we could think about what you'd want from a conversation with her, and what you could live with if she won't talk.",
        "decoy: the counsellor's limit on the client's decision, then engagement (not a refusal)",
    ),
    (
        NOR,
        "I'd want her to stop saying it's nonsense. Even just, 'Yes, it's true, and I'm not ready to talk about it.'",
        "decoy: the client voices the words she hopes to hear",
    ),
    (ROS, "That's a very clear thing to want. And a modest one."),
    (NOR, NEAR_07),
    (
        NOR,
        "My sister-in-law thinks I should leave it. She says Mum's old and it would kill her. But I'm forty-one and I feel like I'm the one being slowly killed.",
        "near_duplicate_turn",
    ),
    (
        ROS,
        "That sounds like a lot of pressure from every side. [Mo to Rosalind: is it 'sister-in-law' or 'sister'? Couldn't tell from the audio, please check and delete this note] What do you make of what she said?",
        "meta_text",
    ),
    (NOR, "I think she's scared of the fallout. Everyone's scared of Mum."),
    (ROS, "Including you?"),
    (NOR, "[laughs] Especially me.", "decoy: '[laughs]' opening a turn"),
    (ROS, "I wonder if we could think about a small step. Something between having it out with her and leaving it."),
    (NOR, "Like what?", "decoy: a client question"),
    (ROS, "Some people write a letter. Not to send, necessarily. Just to get clear on what they want to ask."),
    (
        NOR,
        "A letter. Dad used to write me letters when I was at uni in Coleraine. I've still got every one of them.",
    ),
    (ROS, "Maybe there's something in that. Writing to your mum the way he wrote to you."),
    (NOR, "That's... yeah. I could do that.", "decoy: a '...' hesitation inside a turn"),
    (ROS, "No pressure to send it. Just write it, and bring it next time if you want to."),
    (NOR, "Write it, don't send it, bring it next time.", "decoy: the client repeats the plan back"),
    (ROS, "Mm.", "decoy: backchannel 'Mm.' (2 of 3)"),
    (NOR, "Thank you. I didn't think I'd get through today without falling apart."),
    (ROS, "You didn't fall apart. You cried, and that isn't the same thing."),
    (NOR, "[laughs] Fair enough.", "decoy: '[laughs]' opening a turn"),
    (ROS, "Mm.", "decoy: backchannel 'Mm.' (3 of 3)"),
    (ROS, "We've got a few minutes left. How are you feeling now?", "decoy: two turns of the same speaker in a row"),
    (
        NOR,
        "Tired. But clearer. I'm seeing Mum on Saturday, actually, I'm taking her to the garden centre, and I was thinking that while we're in the car I might just say",
        "truncated_turn",
    ),
]


def f07() -> Doc:
    doc = Doc("07_session2_typed_transcript_nb.txt", {ROS: T, NOR: C}, "labelled")
    first = doc.add(
        "Counselling session 2 - client N.B. - 11 June",
        "Typed from the audio by M. Quayle. Square brackets: notes on the recording.",
    )
    doc.mark(first, "decoy: the title line")
    doc.mark(first + 1, "decoy: the typist's conventions line (not generation residue)")
    doc.start("session 2")
    labelled(doc, S07, "{label}: {text}", blank=False)
    return doc


# ---------------------------------------------------------------------------
# 08 a Markdown file of three generated sessions with one persona, "## Session N" headings, "**Name:** text"
#    paragraphs, names only (no roles); each session was generated by its own call and the outputs joined
# ---------------------------------------------------------------------------
MAR, TEO = "Marguerite", "Teodora"
NEAR_08 = (
    "Perhaps this week you could think about when you'd want that swim to be, and who, if anyone, you'd want there."
)

S08_1: Script = [
    (MAR, "Hi Teodora, welcome. Take a seat wherever you like. What brings you here today?"),
    (
        TEO,
        "My physio suggested it, honestly. She said I seem flat. I told her I'm not flat, I'm just retired at twenty-nine.",
        "decoy: the client quoting her physio and herself",
    ),
    (MAR, "Retired at twenty-nine. That's quite a sentence."),
    (
        TEO,
        "*laughs* It sounds like a joke when I say it out loud.",
        "decoy: an italic stage direction opening the turn",
    ),
    (MAR, "What happened to the shoulder?"),
    (
        TEO,
        "Torn labrum, right shoulder. Two operations. The surgeon said if I kept racing I'd be looking at a shoulder replacement by forty.",
    ),
    (MAR, "So the decision was made for you, in a way."),
    (
        TEO,
        "In every way. I didn't get a last race. My last race was a heat in Glasgow that I didn't even qualify from.",
    ),
    (
        MAR,
        "*pauses* That sounds like an ending without a goodbye.",
        "decoy: an italic stage direction opening the turn",
    ),
    (TEO, "Yeah. That's exactly what it is."),
    (MAR, "What's an ordinary day like now?"),
    (
        TEO,
        "I coach the eight-to-elevens at the leisure centre at six in the morning. Then I go home and sleep. Then I coach again at five. I'm at the pool more than anyone, I just don't get in it.",
    ),
    (MAR, "You're still at the pool, but on the side.", "decoy: the counsellor reflects the client's words"),
    (TEO, "On the side. With a whistle. *smiles*", "decoy: an italic stage direction closing the turn"),
    (MAR, "How does it feel, standing on the side?"),
    (
        TEO,
        "Some mornings it's fine. The kids are funny, one of them calls me Miss Butterfly. But other mornings I watch them dive in and my whole body goes tight, like it still thinks it's meant to be on the blocks, and I have to go and stand in the storeroom with the kickboards until",
        "truncated_turn",
    ),
]

# Session 2 as the generator wrote it: the two names swapped throughout.
S08_2: Script = [
    (TEO, "Welcome back. Last time we talked about the storeroom and the kickboards. How has this week been?"),
    (MAR, "Better, a bit. I only went into the storeroom once."),
    (TEO, "Only once. What was different?"),
    (MAR, "I swam. Not properly. Just breaststroke in the slow lane on Sunday, no butterfly. The shoulder was okay."),
    (TEO, "How was it, being back in the water?"),
    (
        MAR,
        "Weird. Like going back to a house you used to live in. Everything's the same, but it isn't yours any more.",
    ),
    (TEO, "That's a powerful image. Who are you, when the pool isn't yours any more?"),
    (
        MAR,
        "I don't know. That's the whole problem. Since I was nine I've been 'the swimmer'. At school, at uni, at family parties. Nobody asks me anything else.",
    ),
    (TEO, "What would you want people to ask?"),
    (MAR, "*long pause* Nobody's ever asked me that.", "decoy: an italic stage direction opening the turn"),
    (TEO, "Take your time."),
    (
        MAR,
        "Maybe what I'm reading. I used to read on the team bus all the time. Crime novels. I've not read one since the operation.",
    ),
    (TEO, "So there was another version of you on that bus, one who read."),
    (MAR, "*laughs* The bus version. I'd forgotten about her.", "decoy: an italic stage direction opening the turn"),
    (TEO, "Maybe this week you could spend a little time with her."),
    (MAR, "One crime novel. I can manage one crime novel.", "decoy: the plan repeated back (under the swapped name)"),
]

S08_3: Script = [
    (MAR, "Hi Teodora. How did the crime novel go?"),
    (
        TEO,
        "I didn't read it. I bought it, and it's on the bedside table. *shrugs*",
        "decoy: an italic stage direction closing the turn",
    ),
    (MAR, "It's on the bedside table."),
    (TEO, "Look, I don't really see the point of this. Talking about books isn't going to give me my shoulder back."),
    (
        MAR,
        "You're right, it isn't. Nothing we do here will give you your shoulder back.",
        "decoy: the counsellor agrees with the client (not a refusal)",
    ),
    (TEO, "So what's the point?", "decoy: a client question"),
    (MAR, "Maybe the point is what you do with the grief of not having it."),
    (
        TEO,
        "You said in our first session that it sounded like an ending without a goodbye. I keep thinking about that.",
        "decoy: the client quoting her counsellor (not a role inversion)",
    ),
    (MAR, "What do you keep thinking?"),
    (
        TEO,
        "That I never said goodbye. I just stopped. Some nights I think it would be easier to disappear for a while, get on a plane and go somewhere nobody knows who I was.",
    ),
    (
        MAR,
        "I apologize, but I cannot continue with this conversation. If you are having thoughts of self-harm or suicide, please reach out to a mental health professional or contact a crisis line such as Samaritans on 116 123.",
        "refusal",
    ),
    (TEO, "I said a plane, not a bridge. I meant travelling.", "decoy: the client objects to the refusal"),
    (
        MAR,
        "Thank you for clarifying, and I'm sorry I jumped ahead. Wanting to be somewhere nobody knows you as the swimmer makes a lot of sense.",
        "decoy: an apology that engages (not a refusal)",
    ),
    (TEO, "It's not even running away. It's more that I want to find out who's left when nobody's cheering."),
    (
        MAR,
        "Who's left when nobody's cheering. That's an important question.",
        "decoy: the counsellor repeats the client's words",
    ),
    (
        TEO,
        "Did you ever have anything like that? Something you were, that stopped?",
        "decoy: a client question to the counsellor",
    ),
    (
        MAR,
        "I ran the 800 metres at university, and when I stopped I missed it more than I expected. It wasn't a career like yours, but I do remember the quiet afterwards.",
        "decoy: the counsellor's brief self-disclosure (not a role inversion)",
    ),
    (
        TEO,
        "It sounds like what you're grieving isn't only the swimming, but the version of yourself that everyone could see and cheer for. I wonder what a goodbye might look like, one you get to choose this time.",
        "role_inversion",
    ),
    (MAR, "Take a moment with that, if you like."),
    (
        TEO,
        "A goodbye. Maybe one last swim. Fifty metres of butterfly, on my own, early, before the kids arrive. Nobody watching.",
    ),
    (MAR, "That sounds like a goodbye that belongs to you."),
    (TEO, "*quietly* It does.", "decoy: an italic stage direction opening the turn"),
    (MAR, NEAR_08),
    (TEO, "Nobody. Or maybe my mum. She drove me to the pool at five every morning for ten years."),
    (
        MAR,
        "Perhaps this week you could think about when you'd want that swim to be, and who, if anyone, you would want there with you.",
        "near_duplicate_turn",
    ),
    (TEO, "You just said that.", "decoy: the client points out the repeat"),
    (
        MAR,
        "I did. I'll leave it with you, then. One swim, your way.",
        "decoy: the counsellor owns the repeat and goes on",
    ),
    (TEO, "One swim, my way. Maybe with Mum.", "decoy: the client repeats the plan back"),
]


def f08() -> Doc:
    doc = Doc("08_swimmer_sessions_generated.md", {MAR: T, TEO: C}, "markdown")
    first = doc.add(
        "Of course! Here are three consecutive person-centred counselling sessions between Marguerite, an experienced counsellor, and Teodora, a 29-year-old former competitive swimmer. I've included natural pauses and some resistance to make it realistic.",
        "",
        "# Teodora: Life After the Pool",
        "",
        "*Teodora, 29, swam the 200m butterfly at national level until a shoulder injury ended her career last year. She now coaches children at a leisure centre in Loughborough.*",
    )
    doc.mark(first, "meta_text")
    doc.mark(first + 2, "decoy: the document title")
    doc.mark(first + 4, "decoy: an italic profile paragraph, not a turn and not a stage direction of a turn")
    sessions = (
        ("## Session 1", S08_1, ()),
        ("## Session 2", S08_2, ("role_inversion",)),
        ("## Session 3", S08_3, ()),
    )
    for number, (heading, script, kinds) in enumerate(sessions, 1):
        if number == 3:
            note = doc.add(
                "",
                "(Note to self: in Session 3, make Teodora more resistant at first so that the breakthrough feels earned.)",
            )
            doc.mark(note + 1, "meta_text")
        line = doc.add("", heading, "")
        doc.mark(line + 1, f"decoy: the heading of session {number}")
        doc.start(heading, *kinds)
        labelled(doc, script, "**{label}:** {text}", blank=True)
    last = doc.add(
        "",
        "---",
        "",
        "Would you like me to add a short summary of the techniques Marguerite uses in each session, or continue with Session 4?",
    )
    doc.mark(last + 1, "decoy: a Markdown rule")
    doc.mark(last + 3, "meta_text")
    return doc


# ---------------------------------------------------------------------------
# 09 an emotional-support dialogue set in JSON Lines, ONE DIALOGUE A ROW: {"dialog_id", "emotion_type",
#    "problem_type", "situation", "dialog": [{"speaker": "seeker"|"supporter", "content", "strategy"?}]}
#    (seeker = client, supporter = counsellor; "strategy" annotates supporter turns and is not text)
# ---------------------------------------------------------------------------
Q, REST, REFL, SD, SUG, INFO, AFF = (
    "Question",
    "Restatement or Paraphrasing",
    "Reflection of feelings",
    "Self-disclosure",
    "Providing Suggestions",
    "Information",
    "Affirmation and Reassurance",
)

# Each supporter entry carries its strategy as the third element; tags follow.
D09_LENDING: Script = [
    (
        "seeker",
        "Hi. I work behind a bar and my best mate keeps borrowing money off me and never paying it back. It's £400 now.",
    ),
    (
        "supporter",
        "Hi, that sounds really frustrating, especially with someone you're close to. How long has this been going on?",
        Q,
    ),
    (
        "seeker",
        "Since the summer. He lost his job at the garage and I wanted to help. But now he's got a new job and he's still asking",
        "decoy: a message without a full stop (complete)",
    ),
    (
        "supporter",
        "So you helped him when he was struggling, and now it feels like the help has turned into a habit.",
        REST,
    ),
    ("seeker", "Exactly. And I don't want to lose him over money", "decoy: a message without a full stop (complete)"),
    (
        "supporter",
        "It sounds like the friendship matters more to you than the £400, but you're also starting to feel taken for granted.",
        REFL,
    ),
    ("seeker", "yeah that's it", "decoy: a lowercase answer without a full stop"),
    (
        "supporter",
        "I had a friend like that once, and what helped me was saying it plainly, without turning it into a big fight. Would you feel able to tell him how you feel?",
        SD,
        "decoy: the supporter's self-disclosure (not a role inversion)",
    ),
    (
        "seeker",
        "Maybe. Something like 'mate, I need the 400 back before I lend you anything else'",
        "decoy: the seeker rehearses his own words in quotes",
    ),
    (
        "supporter",
        "That sounds fair and clear. You could also agree a small amount each payday, so it doesn't feel impossible for him.",
        SUG,
    ),
    (
        "seeker",
        "A bit each payday. That could work. Thanks",
        "decoy: the seeker repeats the suggestion back (no full stop)",
    ),
    (
        "supporter",
        "You're welcome. I hope the conversation goes well, and that you both come out of it still mates.",
        AFF,
    ),
]

D09_BITING: Script = [
    (
        "seeker",
        "My son is two and a half and he's bitten three children at his childminder's this month. She took me aside at pick-up today and I wanted the ground to swallow me.",
    ),
    ("supporter", "That sounds like a really hard conversation to have at the door. How are you feeling now?", Q),
    (
        "seeker",
        "Ashamed. Like everyone thinks I'm a bad mum. The other parents look at me when I'm waiting outside",
        "decoy: a message without a full stop (complete)",
    ),
    ("supporter", "It's hard to feel judged when you're already worried about your child.", REFL),
    (
        "seeker",
        "Is it normal for them to bite at this age? What should I do when he does it?",
        "decoy: seeker questions",
    ),
    (
        "supporter",
        "As an AI language model, I'm not able to provide parenting or medical advice. Please consult your health visitor or another qualified professional.",
        INFO,
        "refusal",
    ),
    (
        "seeker",
        "I wasn't asking for medical advice, just whether other parents go through this",
        "decoy: the seeker objects to the refusal (no full stop)",
    ),
    (
        "supporter",
        "I'm sorry, you're right. Lots of parents go through exactly this. Biting is very common around two, often when children have big feelings and not many words yet. It doesn't mean you've done anything wrong.",
        AFF,
        "decoy: an apology that engages (not a refusal)",
    ),
    ("seeker", "That actually helps. He's a late talker", "decoy: a message without a full stop (complete)"),
    ("supporter", "That might well be part of it. Has the childminder suggested anything she does when it happens?", Q),
    (
        "seeker",
        "She said she'll keep him close at busy times. And she asked me to read him a book about gentle hands",
        "decoy: a message without a full stop (complete)",
    ),
    (
        "supporter",
        "That sounds like a thoughtful plan. Reading the book together at home could make it feel like you're all on the same team.",
        AFF,
    ),
]

NEAR_09 = "It sounds like you've been going over every conversation looking for what went wrong."

D09_GHOSTED: Script = [
    (
        "seeker",
        "I went on three dates with a guy and it was going really well, and now he's just stopped replying. It's been eleven days",
        "decoy: a message without a full stop (complete)",
    ),
    (
        "supporter",
        "I'm sorry, that sounds really confusing and hurtful. Being ghosted can leave you with a lot of unanswered questions.",
        REFL,
        "decoy: 'I'm sorry' that engages (not a refusal)",
    ),
    ("seeker", "So many. Was it something I said? Was it the thing about my ex?", "decoy: seeker questions"),
    ("supporter", NEAR_09, REST),
    (
        "supporter",
        "It sounds like you've been going back over every conversation looking for what you did wrong.",
        REST,
        "near_duplicate_turn",
    ),
    (
        "seeker",
        "yeah. every single one. I reread our messages last night for like an hour",
        "decoy: a message without a full stop (complete)",
    ),
    (
        "supporter",
        "That makes sense, because not knowing is one of the hardest parts. What would you want to hear from him, if he did reply?",
        Q,
    ),
    (
        "seeker",
        "Honestly just 'I'm not feeling it, sorry'. Anything is better than nothing",
        "decoy: a message without a full stop (complete)",
    ),
    (
        "supporter",
        "That's a really reasonable thing to want. Sometimes people who ghost are avoiding their own discomfort, and it says more about them than about you.",
        INFO,
    ),
    ("seeker", "My sister said the same. She said 'you dodged a bullet'.", "decoy: the seeker quoting her sister"),
    (
        "supporter",
        "Your sister sounds like she's on your side. It might help to do something kind for yourself this week that has nothing to do with dating, like seeing a friend or getting back to something you enjoy, and maybe mute his chat so you're not checking it every few min",
        SUG,
        "truncated_turn",
    ),
]

# Generated with the two speaker prompts the wrong way round: the "seeker" turns speak as the supporter.
D09_BAND: Script = [
    ("seeker", "Hi there, thanks for reaching out. What's been on your mind today?"),
    (
        "supporter",
        "My band kicked me out. Twelve years I was their drummer. They told me in the pub car park after a gig, like it was nothing.",
        Q,
    ),
    ("seeker", "That sounds really painful, especially after so many years together. How are you feeling about it?"),
    (
        "supporter",
        "Gutted. Humiliated. They've already got a new drummer, some lad of twenty. I saw the photos online.",
        REFL,
    ),
    ("seeker", "It sounds like it hurts that they moved on so quickly, as if the twelve years didn't count."),
    (
        "supporter",
        "Yes. And the singer said 'it's just a musical direction thing, mate', which apparently means you're too old.",
        REST,
        "decoy: quoting the singer (inside the swapped dialogue)",
    ),
    (
        "seeker",
        "Being replaced can feel like being told you're not wanted. Have you got people outside the band you can lean on?",
    ),
    ("supporter", "Not really. The band was my mates. That's what makes it worse.", INFO),
    (
        "seeker",
        "That's understandable. It might help to think about where else you could play, even just a jam night, so the drumming stays yours.",
    ),
    ("supporter", "A jam night. I could do that.", AFF),
]

D09_ABER: Script = [
    (
        "seeker",
        "I'm in my first year at Aberystwyth and I'm so lonely. I'm from Luton and I've never lived away from my family before",
        "decoy: a message without a full stop (complete)",
    ),
    (
        "supporter",
        "[Reflection of feelings] It sounds like you're feeling really lonely and a long way from everything familiar.",
        REFL,
        "meta_text",
    ),
    (
        "seeker",
        "Yeah. Everyone else seems to have made friends already. I eat in my room most nights",
        "decoy: a message without a full stop (complete)",
    ),
    (
        "supporter",
        "A lot of first years feel like that, even if it doesn't look like it from the outside. Have you found any clubs or societies that interest you?",
        Q,
    ),
    (
        "seeker",
        "There's a climbing society. I used to climb at a wall back home",
        "decoy: a message without a full stop (complete)",
    ),
    ("supporter", "That could be a good way in, since you'd already share something with the people there.", SUG),
    (
        "seeker",
        "It sounds like part of you is ready to reach out, and another part is afraid of being rejected. What would help you feel brave enough to go to one session?",
        "role_inversion",
    ),
    (
        "supporter",
        "Maybe you could message the society first and ask when the beginners' session is, so you don't have to walk in cold.",
        SUG,
    ),
    (
        "seeker",
        "I could message them tonight. And maybe ring my mum a bit less, she says I call her four times a day [laughs]",
        "decoy: '[laughs]' closing a message",
    ),
    (
        "supporter",
        "Ringing your mum is okay too. It's a big change, and it's normal for it to take a term or so to feel settled.",
        AFF,
    ),
]


def esconv_turns(script: Script) -> list[tuple[str, str, str | None, tuple[str, ...]]]:
    """(speaker, content, strategy, tags): supporter entries carry a strategy before their tags."""
    out: list[tuple[str, str, str | None, tuple[str, ...]]] = []
    for who, text, *rest in script:
        if who == "supporter" and rest and not rest[0].startswith("decoy:") and rest[0] not in KINDS:
            out.append((who, text, rest[0], tuple(rest[1:])))
        else:
            out.append((who, text, None, tuple(rest)))
    return out


def f09() -> Doc:
    doc = Doc("09_esconv_style_support_dialogues.jsonl", {"seeker": C, "supporter": T}, "jsonl-shared", shared=True)
    rows = (
        (
            "esd-3301",
            "anger",
            "friendship",
            "My best friend keeps borrowing money and not paying it back.",
            D09_LENDING,
            (),
        ),
        (
            "esd-3302",
            "shame",
            "parenting",
            "My toddler keeps biting other children at the childminder's.",
            D09_BITING,
            (),
        ),
        ("esd-3303", "sadness", "breakup with partner", "A man I dated three times stopped replying.", D09_GHOSTED, ()),
        ("esd-3304", "sadness", "friendship", "My band replaced me after twelve years.", D09_BAND, ("role_inversion",)),
        ("esd-3305", "depression", "ongoing depression", "I feel lonely in my first year at university.", D09_ABER, ()),
    )
    for ident, emotion, problem, situation, script, kinds in rows:
        turns = esconv_turns(script)
        dialog: list[dict[str, str]] = []
        for who, text, strategy, _ in turns:
            item = {"speaker": who, "content": text}
            if strategy is not None:
                item["strategy"] = strategy
            dialog.append(item)
        record = {
            "dialog_id": ident,
            "emotion_type": emotion,
            "problem_type": problem,
            "situation": situation,
            "dialog": dialog,
        }
        line = doc.add(json.dumps(record, ensure_ascii=False))
        doc.mark(line, f"decoy: the situation and strategy fields of {ident}, not turns")
        doc.start(ident, *kinds)
        for who, text, _, tags in turns:
            doc.turn(who, text, line, tags, anchor=f'"speaker": "{who}"')
    return doc


# ---------------------------------------------------------------------------
# 10 a Signal Desktop chat exported to Markdown: a title and an export line, then "[YYYY-MM-DD HH:MM] Name: text",
#    one message a line, names only: a student counselling service's text sessions over two evenings
# ---------------------------------------------------------------------------
ANO, JAD = "Anouk", "Jaden"
NEAR_10 = "It sounds like you could believe it a little more when it was in your own handwriting."
DUP_10 = "i just feel like a real nurse would have known"
JOURNAL_10 = "ok so i wrote this in my reflective journal for uni, ill paste it: 'At 02:00 Mr H's obs were within normal range and he told me about his allotment and his marrows. I did not recheck his sats at 03:00 because I was helping with a patient in bay 4, and I have thought since that if I had"

S10: Script = [
    (
        ANO,
        "Hi Jaden, it's Anouk from the student counselling service. You asked for a text session this evening. Is now still a good time?",
    ),
    (JAD, "hi yes sorry", "decoy: a short message without a full stop, continued by the next"),
    (JAD, "now is good", "decoy: a short message without a full stop"),
    (ANO, "No need to be sorry. What would you like to talk about?"),
    (
        JAD,
        "so im a second year student nurse on placement on a respiratory ward and last thursday one of my patients died",
        "decoy: a message without a full stop (complete)",
    ),
    (JAD, "he was 83. mr haldane. id looked after him all week", "decoy: a message without a full stop (complete)"),
    (
        ANO,
        "I'm so sorry, Jaden. That's a lot to go through, especially on placement. How are you doing with it?",
        "decoy: 'I'm so sorry' that engages (not a refusal)",
    ),
    (
        JAD,
        "badly i think. i keep going over the last shift. his obs were fine at 2 and then at 4 he was",
        "decoy: a message sent early and completed by the next (not truncated)",
    ),
    (
        JAD,
        "gone. just like that. my mentor did everything and i just stood there",
        "decoy: a message completing the one before (no full stop)",
    ),
    (
        ANO,
        "That sounds really frightening. Standing there is a very normal response the first time someone dies in front of you.",
    ),
    (JAD, "is it though", "decoy: a question without a question mark"),
    (JAD, "everyone else knew what to do", "decoy: a message without a full stop (complete)"),
    (
        ANO,
        "Everyone else has probably been there before. It was your first time. Has anyone talked it through with you since?",
    ),
    (
        JAD,
        "my mentor did a debrief the next day. she said 'you did everything right, sometimes people just go'",
        "decoy: the client quoting her mentor",
    ),
    (JAD, "but i dont believe her", "decoy: a message without a full stop (complete)"),
    (ANO, "Which part don't you believe?"),
    (JAD, JOURNAL_10, "truncated_turn"),
    (
        ANO,
        "Thank you for sharing that, it can't have been easy to write. It sounds like you're carrying a lot of 'if only' about that 3am check.",
    ),
    (JAD, "yeah", "decoy: a one-word answer without a full stop"),
    (
        ANO,
        "Can I ask, was the 3am check something you were meant to do, or something you wish you'd done?",
    ),
    (JAD, "wish. he was on 4 hourly obs. but still", "decoy: a message ending 'but still' (complete)"),
    (ANO, "So on paper you did what was asked, and the guilt is saying you should have done more."),
    (JAD, DUP_10, "decoy: a message without a full stop (complete)"),
    (JAD, DUP_10, "duplicate_turn"),
    (
        ANO,
        "That came through twice, so I think it matters. You're a second-year student, not the nurse in charge. What would you say to a friend on your course who told you this?",
        "decoy: the counsellor mentions the doubled message",
    ),
    (
        JAD,
        "funny you say that, my friend tolu had a patient die on her last placement and i told her it wasnt her fault and to go easy on herself",
        "decoy: the client counsels a friend (not a role inversion); no full stop",
    ),
    (ANO, "That sounds like good advice. Could any of it apply to you?"),
    (JAD, "maybe. its different when its you", "decoy: a message without a full stop (complete)"),
    (
        ANO,
        "It usually is. [Sup: maybe don't say 'should' here, try 'might' - K] You might find it helps to take what you told Tolu and write it down for yourself, in your own words.",
        "meta_text",
    ),
    (JAD, "ok i can try that", "decoy: a short message without a full stop"),
    (JAD, "are you a nurse?", "decoy: a client question to the counsellor"),
    (
        ANO,
        "No, I'm a counsellor, not a nurse. But I worked for years with NHS staff, and what you're describing is something a lot of them told me about their first death.",
        "decoy: the counsellor's brief self-disclosure (not a role inversion)",
    ),
    (JAD, "that actually helps to hear", "decoy: a message without a full stop (complete)"),
    (JAD, "sometimes i think about leaving the course", "decoy: a message without a full stop (complete)"),
    (
        ANO,
        "That's an important thing to say. I can't tell you whether to stay or leave, that has to be your decision, but I'd want you to make it when you're not in the middle of this. Would you be willing to hold off deciding for a few weeks?",
        "decoy: the counsellor's limit on the client's decision, then engagement (not a refusal)",
    ),
    (JAD, "yeah ok. few weeks", "decoy: a short message without a full stop"),
    (
        ANO,
        "I also want to ask something I ask everyone. With everything that's going on, have you had any thoughts of harming yourself, or of not wanting to be here?",
        "decoy: a direct risk question (real engagement)",
    ),
    (JAD, "no nothing like that. i just feel rubbish", "decoy: the client's answer (no full stop)"),
    (
        ANO,
        "Thank you for telling me. If that ever changes, you can call Samaritans on 116 123 any time, or text SHOUT to 85258. Shall we talk again on Thursday?",
        "decoy: helplines inside real engagement (not a refusal)",
    ),
    (JAD, "yes please", "decoy: a short message without a full stop"),
    (JAD, "hi. wrote the thing for myself. the tolu thing", "decoy: a message without a full stop (complete)"),
    (ANO, "That's great, Jaden. How did it feel?"),
    (
        JAD,
        "weird. i cried a bit. but i read it twice and it sounded true when i read it",
        "decoy: a message without a full stop (complete)",
    ),
    (ANO, NEAR_10),
    (
        ANO,
        "It sounds like you could believe it a little bit more when it was written in your own handwriting.",
        "near_duplicate_turn",
    ),
    (
        JAD,
        "yes exactly. also i asked my mentor if i could go to mr haldanes funeral. she said i could \U0001f642",
        "decoy: an emoji closing a message",
    ),
    (ANO, "That's a lovely thing to do. Going might give you a chance to say goodbye properly."),
    (JAD, "thats what i was thinking", "decoy: a message without a full stop (complete)"),
    (
        JAD,
        "funeral friday, then write one more page, and no decisions about the course for a few weeks",
        "decoy: the client repeats the plan back (no full stop)",
    ),
    (ANO, "That sounds like a really good plan. Let's talk again next Tuesday and see how the funeral went."),
    (JAD, "ok thank you anouk", "decoy: a short thank-you without a full stop"),
]


def f10() -> Doc:
    doc = Doc("10_signal_text_sessions_export.md", {ANO: T, JAD: C}, "signal")
    first = doc.add("# Jaden", "", "*Exported from Signal Desktop on 2024-03-22. Times are local.*", "")
    doc.mark(first, "decoy: the title")
    doc.mark(first + 2, "decoy: the export line")
    doc.start("text sessions")
    days = {0: ("2024-03-12", 18 * 60 + 2), 40: ("2024-03-14", 18 * 60 + 31)}
    day, minute = days[0]
    for index, (who, text, *tags) in enumerate(S10):
        if index in days and index:
            day, minute = days[index]
            doc.add("")
        line = doc.add(f"[{day} {minute // 60:02d}:{minute % 60:02d}] {who}: {text}")
        doc.turn(who, text, line, tags, anchor=f"] {who}: ")
        minute += 1 + len(text) // 90
    return doc


BUILDERS: tuple[Callable[[], Doc], ...] = (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10)
NOT_ENGLISH = {"01_lugna_app_chattlogg_sv.jsonl", "02_vapur_seans3_transkript_tr.txt"}


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
            near = any(related(t.text, turn.text) for t in earlier)
            marked = set(turn.kinds) & REPEAT_KINDS
            if substantial(turn.text) and (exact or close):
                assert marked, f"{doc.name}:{turn.line} unmarked repeat {turn.text[:50]!r}"
            if not substantial(turn.text):
                assert not marked, f"{doc.name}:{turn.line} a backchannel marked as a repeat"
            if "duplicate_turn" in turn.kinds:
                assert exact, f"{doc.name}:{turn.line} duplicate_turn without an exact earlier turn"
            if "near_duplicate_turn" in turn.kinds:
                assert near and not exact, f"{doc.name}:{turn.line} bad near duplicate"
            if "repetition_loop" in turn.kinds:
                later = session.turns[index + 1 :]
                copies = [t for t in later if t.role == turn.role and related(t.text, turn.text)]
                assert len(copies) >= 2, f"{doc.name}:{turn.line} loop repeated fewer than three times"
                assert all(set(t.kinds) & REPEAT_KINDS for t in copies), f"{doc.name}:{turn.line} unmarked copy"
                assert not near, f"{doc.name}:{turn.line} a loop marked on a later copy"
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
    """The container reads as its layout says, and gives back exactly the turns written."""
    turns = [t for s in doc.sessions for t in s.turns]
    if doc.layout == "jsonl-messages":
        records = [json.loads(line) for line in physical]
        messages = [r for r in records if r["role"] != "system"]
        assert len(messages) == len(turns), doc.name
        for turn in turns:
            record = records[turn.line - 1]
            assert (record["role"], record["content"]) == (turn.label, turn.text), (doc.name, turn.line)
    elif doc.layout == "jsonl-shared":
        records = [json.loads(line) for line in physical]
        assert len(records) == len(doc.sessions), doc.name
        for session in doc.sessions:
            line = session.turns[0].line
            assert all(t.line == line for t in session.turns), (doc.name, session.name)
            got = [(item["speaker"], item["content"]) for item in records[line - 1]["dialog"]]
            assert got == [(t.label, t.text) for t in session.turns], (doc.name, line)
    elif doc.layout == "json-runs":
        runs = json.loads(data)
        for run, session in zip(runs, doc.sessions, strict=True):
            got = [(m["role"], m["content"]) for m in run["messages"] if m["role"] != "system"]
            assert got == [(t.label, t.text) for t in session.turns], (doc.name, session.name)
        for turn in turns:
            message = json.loads(physical[turn.line - 1].strip().rstrip(","))
            assert (message["role"], message["content"]) == (turn.label, turn.text), (doc.name, turn.line)
    elif doc.layout == "csv":
        records = list(csv.reader(io.StringIO(data)))
        assert len(records) == len(physical) and {len(r) for r in records} == {6}, doc.name
        for turn in turns:
            assert records[turn.line - 1][4:] == [turn.label, turn.text], (doc.name, turn.line)
        visitor = [r[5] for r in records if r[3] == "visitor"]
        assert max(len(text) for text in visitor) == WIDGET_LIMIT, doc.name
        assert sum(len(text) == WIDGET_LIMIT for text in visitor) == 1, doc.name
    elif doc.layout == "srt":
        for turn in turns:
            assert physical[turn.line - 1] == f"{turn.label}: {turn.text}", (doc.name, turn.line)
            assert " --> " in physical[turn.line - 2] and physical[turn.line - 3].isdigit(), (doc.name, turn.line)
    elif doc.layout == "markdown":
        for turn in turns:
            assert physical[turn.line - 1] == f"**{turn.label}:** {turn.text}", (doc.name, turn.line)
    elif doc.layout == "signal":
        for turn in turns:
            pattern = rf"\[\d{{4}}-\d\d-\d\d \d\d:\d\d\] {re.escape(turn.label)}: {re.escape(turn.text)}"
            assert re.fullmatch(pattern, physical[turn.line - 1]), (doc.name, turn.line)
    else:
        assert doc.layout == "labelled", doc.layout
        for turn in turns:
            assert physical[turn.line - 1] == f"{turn.label}: {turn.text}", (doc.name, turn.line)


def check_written(doc: Doc, out: Path) -> list[str]:
    raw = (out / doc.name).read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8), doc.name
    data = raw.decode("utf-8")  # strict: no file of this set holds bytes invalid in UTF-8
    assert "\r" not in data, doc.name
    physical = data.split("\n")
    assert physical[-1] == "", doc.name
    physical = physical[:-1]
    assert physical == doc.out, doc.name
    assert len(data.splitlines()) == len(physical), doc.name
    turns = [t for s in doc.sessions for t in s.turns]
    turn_lines = [t.line for t in turns]
    if not doc.shared:
        assert len(turn_lines) == len(set(turn_lines)), f"{doc.name}: two turns on one line"
    for row_line, _kind in doc.truth:
        assert (row_line in turn_lines) != (row_line in doc.line_rows), (doc.name, row_line)
    truth_lines = {line for line, _ in doc.truth}
    for decoy_line, note in doc.decoys:
        assert 1 <= decoy_line <= len(physical), (doc.name, decoy_line)
        if not doc.shared:
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
    hits = [t for t in turns if kind in t.kinds]
    if kind in SESSION_KINDS and not hits:
        first = turns[0]
        return shown(f"[session starts] {first.label}: {first.text}")
    turn = hits[0]
    text = turn.text if turn.text.strip() else "(empty)"
    if doc.shared or doc.layout in ("jsonl-messages", "json-runs", "csv"):
        return shown(f"[{turn.label}] {text}")
    return shown(here if turn.text.strip() else f"{here.strip()}  (empty)")


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or (len(argv) == 3 and argv[2] != "--show"):
        print("usage: python blind/twentieth_defect_cases.py OUT_DIR [--show]", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    docs = [build() for build in BUILDERS]
    assert len({doc.name for doc in docs}) == len(docs)
    rows: list[tuple[str, int, str]] = []
    decoys = clean_line_decoys = 0
    for doc in docs:
        (out / doc.name).write_bytes(doc.render())
        check_repeats(doc)
        physical = check_written(doc, out)
        rows.extend((doc.name, line, kind) for line, kind in doc.truth)
        truth_lines = {line for line, _ in doc.truth}
        decoys += len(doc.decoys)
        clean_line_decoys += sum(1 for line, _ in doc.decoys if line not in truth_lines)
        turns = sum(len(s.turns) for s in doc.sessions)
        if doc.name == CLEAN_FILE:
            assert not doc.truth and turns >= 78, (doc.name, turns)
        else:
            assert doc.truth, doc.name
        print(f"{doc.name}: {turns} turns, {len(doc.truth)} truth rows, {len(doc.decoys)} decoys")
        if len(argv) == 3:
            for line, kind in sorted(doc.truth):
                print(f"  {doc.name}:{line} {kind:20s} | {show_row(doc, physical, line, kind)}")
    check_sessions(docs)
    assert len(set(rows)) == len(rows), "duplicate truth rows"
    rows.sort()
    with (out / "truth.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "line", "defect_type"])
        writer.writerows(rows)
    counts = Counter(kind for _, _, kind in rows)
    assert EMPHASIS <= set(counts) <= KINDS, EMPHASIS - set(counts)
    non_english = Counter(kind for name, _, kind in rows if name in NOT_ENGLISH)
    assert {"refusal", "truncated_turn", "role_inversion"} <= set(non_english), non_english
    turns = sum(len(s.turns) for doc in docs for s in doc.sessions)
    print(f"wrote {len(docs)} files ({turns} turns) and {len(rows)} truth rows to {out}")
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    print(f"decoys: {decoys} ({clean_line_decoys} on lines without a truth row)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
