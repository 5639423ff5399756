# ruff: noqa: E501, RUF001
r"""Twenty-second set of blind defect cases for the transcript-cleaning product: hard kinds, in English, new exports.

Blind conditions, as followed. The only things read were: the first 15 lines of benchmarks/blind_defects.py (the
interface, printed with ``head -n 15``); a listing of blind/ (``ls -la blind``); /work/shared/README.md (``cat``); the
``[tool.ruff]`` sections of pyproject.toml (printed with ``awk``, which scanned the file but printed only the three
``[tool.ruff...]`` sections); the docstrings of ALL twenty-one earlier case writers in blind/ (printed with
``ast.get_docstring`` into /tmp/s22/docstrings.txt and paged with ``sed``; five pages came back cut in the middle by
the terminal, and every cut range was paged again in smaller ranges, so all of it was seen) for the interface, the
truth conventions, the defect kind names and the containers, names, places, languages and topics already used; and the
code of blind/twentyfirst_defect_cases.py, located with ``wc -l`` and two ``grep -n`` of its
``def``/``class``/constant and section lines and paged with ``sed`` in parts (its constants, text helpers, document
builder and ``labelled``, its file 01 and the builders of its files 02-10 with a few script passages around them, its
self-checks, ``show_row`` and ``main``), whose structure this file follows. ``grep`` was run, but only over blind/*.py
and printing only file names (``-l``): loops over candidate topics, names, places, containers and words, to keep clear
of earlier writers. They moved five planned topics (a stammer, a midwife after a stillbirth, a house fire, adult ADHD
and a romance scam; the interpreter planned for 02 became a 911 dispatcher) and a town (Dunedin), and renamed a wife
(Jan), an adoptive mother (Bev, then Lorraine), a son (Rowan) and a nickname (Clem); ``swallow`` became
``hummingbird``. No other file of the project was opened or grepped (no transforms, flows, synth, tests, schemas, sql,
docs, README or other benchmarks), nothing was read from /work/shared/corpora, and git was not run. One thing to
report beside that: the ``search`` tool was asked once (public web pages, not this project) how Zoom's saved live
transcript is laid out; it gave no clear answer, and 01's layout is this writer's own reading of that export. Every
transcript line below was written for this set. The product, its tests, mypy and the benchmarks were never run. The
only things run were: one scratch ``python3`` snippet (where the 1,000th character falls in 05's long message);
``python3`` snippets that made exact text replacements in this file's parts under /tmp/s22/parts (before the first
run: 05's day dividers and two of its messages, so that the dates run forward, and the wording of 10's second refusal;
after it: the two timing changes below); one ``sed`` before the first run that renamed a wife in 01 whose name clashed
with 09's client; ``cat`` to assemble this file from those parts; ``ast.parse`` and ``ruff check`` on the assembled
file before its first run; this script (first into /tmp/s22/out with ``--show``);
``ls``/``head``/``sed``/``cut``/``od``/``cat -A`` on the written files and ``cmp`` on two ``truth.csv``; and ``ruff
check`` / ``ruff format`` on this file alone. The truth tags were written with the text, before the first run, and
were never changed: the first run passed every self-check. What changed after it, none of it touching a truth tag or
moving a line: 01's caption clock runs slower (its session had lasted twelve minutes) and 02's ``audio_duration`` is
computed from its utterances; the run after these wrote the same ``truth.csv`` (``cmp``); then ``ruff format``'s
layout, this docstring (reflowed and inserted by ``python3`` snippets) and a ``sed -i`` that dropped two unused codes
from the ``noqa`` line. A last run of the module, into /tmp/s22/final with ``--show``, passed every self-check and
wrote the same ten files and ``truth.csv`` (``cmp``). Run as

    python blind/twentysecond_defect_cases.py OUT_DIR [--show]

to write 10 files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR (``--show`` also
prints every truth row next to the line it names).

Emphasis: the hardest kinds at REALISTIC rates (588 turns, 54 truth rows, 0-8 a file, 247 decoys, 234 of them on lines
that carry no truth row; the other 13 stand in 06's JSON Lines rows, where they only tempt OTHER kinds), all in
ENGLISH, so that the product's English models are what is tested, and all inside containers and export styles no
earlier writer used: Zoom's saved live transcript, an AssemblyAI-style utterance JSON, a SillyTavern chat file, a
Joplin RAW export, a therapy service's message room saved from the browser, a doccano JSONL export, an Adobe Premiere
Pro text export, an iMazing Messages CSV, an Evernote ENEX note and a PuTTY log of an ``ollama run`` session.
Truncated turns (nine: a token limit mid-word twice, a 1,000-character app limit, Ctrl+C mid-word, two recordings that
stop, a paste cut short, a dictation cut off, an edit point inside a quotation; the next turn always moves on) stand
beside trail-offs, ``--`` interruptions the other speaker finishes, messages without full stops and entries continued
by the same speaker. Role inversions (nine: single turns both ways, a model speaking as the user twice, and a whole
session with the labels swapped) stand beside client questions, clients quoting others, rehearsing their own words or
counselling a friend, and counsellors' self-disclosure. Refusals (five, in new wordings: a role-play break, a
service's safety bot, a legal over-refusal, an over-refusal about a dog and a bare hotline reply) stand beside honest
limits that engage and apologies that engage. Meta text (six: a ``(OOC: ...)`` tail, an AI tool's preamble line, a
draft-tool label, a ``(Note: ...)`` tail, a rewrite tool's preamble, a model breaking role) stands beside stage
directions, typists' notes and talk about the recording. Exact and near repeats and two repetition loops (an ASR loop,
a small model's loop) stand beside repeated backchannels and plans repeated back. Mojibake (three), lone Windows-1252
bytes (two) and empty turns (three) complete the kinds. Encodings and line ends: all UTF-8; 08 starts with a
byte-order mark; 01, 07, 08 and 10 end their lines with CR LF, the others with LF; 05 and 08 each hold one message
with lone bytes that are not valid UTF-8. 09 is entirely clean (83 turns).

* ``01_zoom_meeting_saved_closed_caption.txt``: Zoom's live transcript saved from the meeting's side panel (CRLF),
  ``[Display Name] hh:mm:ss text`` one caption entry a line, no header; a video session with a retired surveyor who
  was a juror on a five-week murder trial. Defects: the caption engine repeating his sentence over the silence after
  it, the third time with a comma and ``again`` (repetition_loop, duplicate_turn, near_duplicate_turn); the
  counsellor's question captioned under his name (role_inversion); the session ending after ``I haven't found a way
  to`` (truncated_turn). Decoys: talk about the saved transcript; two entries of one speaker in a row (twice);
  ``Mm-hmm.`` three times; a rhetorical question; the client quoting the judge and rehearsing what he would say to the
  foreman; a trail-off and its echo; the counsellor's limit about the jury room that engages; a direct risk question
  and the answer; a ``--`` break the client finishes; the plan repeated back; a client question and the counsellor's
  self-disclosure (a fraud trial of her own); ``[laughs]``; ``I can't promise`` from the client.
* ``02_assemblyai_eap_intake_transcript.json``: an AssemblyAI-style transcript of a recorded EAP phone intake, job
  fields, then ``"utterances"``, one ``{"speaker": "A"|"B", "start", "end", "confidence", "text"}`` object a line (no
  names: A is plainly the counsellor, B the caller): a 911 dispatcher after a call in which a baby died
  during CPR. The recording was sent as two overlapping halves and appended, so the two utterances of the overlap
  stand twice. Defects: the counsellor's utterance again, exactly (duplicate_turn), and the caller's again, with
  ``gonna`` and no ``Like,`` (near_duplicate_turn); the caller's self-blame diarised as A and the counsellor's
  referral question as B (role_inversion, both ways); the recording ending after ``asks how the shift was, I``
  (truncated_turn). Decoys: the job fields; recording talk; ``Mm-hmm.`` three times; ``I can't look at them`` and ``I
  can't really face`` from the caller; a direct risk question, the answer and 988 inside engagement; ``I can't promise
  you a timeline, but``; two utterances of A in a row; the plan summed up and repeated back.
* ``03_sillytavern_chat_dr_lockwood.jsonl``: a SillyTavern chat file, a metadata row, then one compact JSON message a
  row (``name``, ``is_user``, ``send_date``, ``mes``; regenerated messages carry ``swipes`` and ``swipe_id``): a user
  role-playing with a therapist character card after a wildfire burned his neighbours' houses and spared his. Defects:
  a reply ending ``(OOC: I'll keep Dr. Lockwood's replies a bit shorter ...)`` (meta_text); an empty reply
  (empty_turn); ``Let me step outside the role-play for a moment. This is something I'm not able to engage with as a
  character ...`` with 988 after he wishes the fire had taken his house too (refusal); the character writing his words
  (``I guess when you put it like that ...``: role_inversion); an earlier reply given again with two small changes
  (near_duplicate_turn); the last reply cut mid-word by the token limit (``survivor's gu``: truncated_turn). Decoys:
  the metadata row; the greeting and other ``*actions*``; lowercase messages without full stops or question marks; the
  user quoting his neighbour's text and his sister; his kind words for a friend; the user asking about the empty
  reply, objecting to the refusal, noticing the character spoke for him and pointing out the repeat, each followed by
  an apology or reply that engages; the plan repeated back; two rows whose other swipes are not turns.
* ``04_joplin_raw_export_3f9a2c0d4b7e.md``: a counsellor's process note exported from Joplin as "RAW": the title, the
  note in Markdown, then Joplin's metadata lines; the verbatim section is a bulleted list ``- **Me:** text`` / ``-
  **Clement:** text`` with the counsellor's thoughts as indented sub-bullets: a crane operator at a port (the note's
  coordinates are Wollongong's) whose swinging load struck his dogman. Defects: the AI tool's ``Sure! Here's your
  transcript formatted as a bulleted list ...`` line (meta_text, own line); a bullet pasted from a garbled web view
  (``couldnâ€™t``: mojibake); a bullet pasted twice (duplicate_turn); the counsellor's reflection under ``Clement``
  (role_inversion); a bullet cut where the paste stopped (``and then I``: truncated_turn). Decoys: the title, the note
  before the session, the heading; the sub-bullets; ``Mm.`` three times; two bullets of one speaker in a row (twice);
  the client quoting the investigation and Magnus's wife; a rhetorical question ending in a full stop; a risk question
  and the answer; a medication question and the limit that engages; the plan; the reflection prose and plan bullets;
  Joplin's metadata, among them an empty ``author:`` field.
* ``05_message_room_saved_page.html``: an online therapy service's message room saved from the browser (UTF-8
  declared), one ``<article>`` a message with the author and time on its ``<header>`` line and the body on the next,
  day dividers and system notes between: ten days of asynchronous messages with an air traffic controller at Shannon
  after a loss of separation. Defects: a therapist's message ending with ``[Draft generated by ClearWater Assist -
  review and edit before sending]`` (meta_text); his reply by email, whose curly apostrophe and en dash are lone
  Windows-1252 bytes (encoding_error); a message posted twice (duplicate_turn); a long message cut by the mobile app
  at 1,000 characters inside ``means`` (truncated_turn); the service's out-of-hours bot answering his 3am message with
  a hotline-only safety reply (refusal); a voice note that the saved page does not hold (empty_turn). Decoys: the page
  title, room header and footer (with 999); day dividers and system notes; the therapist describing how the room
  works; the client quoting a pilot's readback, a forum thread and his supervisor; ``I can't seem to``; the therapist
  mentioning the doubled message; the client's clarification after the bot and the therapist's apology and direct risk
  question; the client explaining the voice note; ``I can't play voice notes in the room``; the plan repeated back
  (twice).
* ``06_doccano_skills_annotation_export.jsonl``: a doccano JSONL export of a counsellor-skills annotation project, ONE
  GENERATED DIALOGUE A ROW, ``{"id", "text", "label", "Comments"}``, the text ``Counsellor: ...`` / ``Client: ...``
  lines joined by ``\n``, the spans tagging counsellor lines. 2281 (a beekeeper who lost his hives) is clean. 2282
  (weekend handovers at a motorway services): ``I'm afraid I can't weigh in on matters involving child arrangements or
  the family courts ...`` (refusal). 2283 (harmless heart palpitations): a reply given again with ``a lot of`` changed
  to ``many`` (near_duplicate_turn) and a reply ending ``(Note: This dialogue is fictional and was generated to
  illustrate ...)`` (meta_text). 2284 (a long-haul trucker parked near Kenora): a client line garbled (``Itâ€™s``:
  mojibake) and a client line in the counsellor's voice (role_inversion). 2285 (a wedding photographer whose memory
  card failed): the last reply cut mid-word (``the cam``: truncated_turn). 2286 (a landscaper who cannot read): a
  client line given twice (duplicate_turn). Decoys: the annotation spans in every row; ``...`` inside a turn; clients
  quoting a father and themselves; the client's objection to the refusal and engagement after it; the client pointing
  out the repeat; ``I can't pick up a camera`` and ``I can't read``.
* ``07_premiere_text_export_tremor_demo.txt``: the transcripts of two demonstration videos of a counselling-skills
  course, exported from Premiere Pro's Text panel and pasted into one file by the editor (CRLF): a ``Sequence:`` line
  and an export note, then for each segment ``hh:mm:ss:ff - hh:mm:ss:ff``, the speaker name on the next line, the
  words on the line after: a tattoo artist with essential tremor. Session 1: her words cut at the edit point inside
  her client's quoted words (``my mom's hands shook too at the``: truncated_turn); the counsellor's summary under
  ``Ximena`` (role_inversion); a counsellor line said twice, the retake with ``all of it`` (near_duplicate_turn).
  Session 4: Premiere's speakers were the other way round, so every label is wrong (role_inversion at its first turn);
  a segment pasted twice (duplicate_turn); a segment whose words were deleted in the Text panel (empty_turn). Decoys:
  the sequence and note lines; recording talk; ``Mm-hmm.`` three times; two segments of one name in a row (twice);
  ``[laughs]`` and ``[breathes out]``; a medication question and a limit that engages; ``I can't know that``; the
  client quoting her colleague; the plan repeated back.
* ``08_imazing_messages_export_fenwick.csv``: an iMazing export of a Messages conversation (a byte-order mark, CRLF,
  ``Chat Session,Message Date,...,Type,...,Text,Attachment,Attachment type``): a family support worker's work phone
  (``Outgoing``, the counsellor role) and a separated father in New Brunswick (``Incoming``) texting around the
  weekend handovers of his children. Defects: the first row, added by hand from her old phone's Windows-1252 export
  (lone 0x92 and 0x96 bytes: encoding_error); a text re-sent with its typo fixed (near_duplicate_turn); a handout
  pasted through a Windows-1252 step (``Hereâ€™s``: mojibake); a text sent twice (duplicate_turn); a dictated text cut
  off when the truck's Bluetooth dropped (``I feel like I'm``: truncated_turn); her text still opening with a
  rewriting tool's ``Here's a warmer, more supportive version of your message:`` (meta_text). Decoys: the header;
  texts without full stops; emojis; the client quoting his daughter and rehearsing his own words; the plan repeated
  back; a photo with a caption; the client noticing the garbled letters; the worker quoting his words.
* ``09_evernote_export_session6.enex``: the CLEAN file, an Evernote export of a counsellor's typed transcript (the
  note's ENML in CDATA, ``<div><b>Name:</b> text</div>`` one turn a line), 83 turns: an adopted woman who has had a
  letter from her birth mother. No truth row. Decoys: the title, author and typist's paragraph; the letter read aloud;
  ``Mm.`` three times; ``[pause]``, ``[laughs]`` and ``[crying]``; a trail-off and its echo; a rhetorical question;
  client questions; the counsellor speaking of his own work and ``I can't tell you it'll be fine ... What I can do``;
  the client quoting her adoptive mother and her late father, and rehearsing her own words; a ``--`` break the
  counsellor finishes; the decision left with her; the plan repeated back.
* ``10_putty_log_ollama_session.txt``: a PuTTY session log (CRLF) of a man talking to ``llama3.1:8b`` through ``ollama
  run`` after his rescue dog bit the boy next door: the log header, the shell command, the ``/set system`` command,
  then each message after ``>>> `` and the model's reply on the lines below (paragraphs separated by blank lines).
  Defects: ``I'm unable to provide guidance on decisions about euthanising animals ...`` (refusal); a reply given
  three times, the third with ``reaction`` (repetition_loop, duplicate_turn, near_duplicate_turn); a reply opening
  ``Here's a list of questions a counsellor might suggest:`` and ending ``Let me know if you'd like me to continue in
  the counsellor role.`` (meta_text); ``I can't keep going with this chat ...`` with 999 and Samaritans (refusal); a
  reply in the user's voice (role_inversion); the last reply stopped with Ctrl+C mid-word (``a big diff``:
  truncated_turn). Decoys: the header, command and ``/set system`` lines and ``/bye``; lowercase messages without full
  stops; the user quoting his neighbour and the vet; the model quoting the user; his objections, clarification and
  complaints of the repeat, with apologies that engage; ``ok``; the plan repeated back.

Line numbers are 1-based physical lines of the written file (the bytes split on ``\n``; the CR of a CR LF end is not a
line of its own; 08's byte-order mark is not a character of line 1; a lone invalid byte in 05 or 08 is one character
to a decoder and changes no count; no other line-break character occurs), computed while the file is built:

* a turn-level row points at the line holding the turn's speaker label or its equivalent: in 01 the caption line; in
  02 the utterance object's line; in 03 the message's row; in 04 the ``- **Name:**`` bullet; in 05 the message's
  ``<header>`` line with the author (the body is on the next line); in 06 the dialogue's row (all its turns share it;
  several defects of one kind in a row make ONE truth row); in 07 the speaker-name line (the timecode is above it, the
  words below); in 08 the record's line (the header is line 1); in 09 the ``<div><b>Name:</b>`` line; in 10 the ``>>>
  `` line for the user's message and the reply's first line for the model's;
* meta text inside a turn is marked at the turn's line; an unlabelled line of tool residue (04's preamble) is a
  ``meta_text`` row at its own line;
* a whole session with the labels swapped (07's session 4) is ONE ``role_inversion`` row at its first turn; a single
  turn in the other role's voice is ``role_inversion`` at its own line, whichever direction;
* a repetition loop is ``repetition_loop`` on the first occurrence, then ``duplicate_turn`` or ``near_duplicate_turn``
  on every later copy;
* ``encoding_error`` is marked at the turn whose text holds bytes invalid in UTF-8 (05, 08); text that decodes validly
  but was garbled upstream is ``mojibake`` (04, 06, 08), marked on every garbled turn.

Not turns: 02's job fields; 03's metadata row and the swipes that are not shown; 04's title, notes, headings,
sub-bullets, reflection, plan bullets and metadata lines; 05's head, room header, day dividers, system notes, audio
element and footer; 06's spans and ids; 07's sequence and note lines and timecodes; 08's header; 09's ENEX fields and
the typist's paragraph; 10's header, shell lines, ``/set system``, ``Set system message.`` and ``/bye``. A turn that
trails off (``...``), is broken off with ``--`` and finished by the other speaker, an entry or segment continued by
the same speaker's next one, and a message without a full stop are NOT truncated turns; a truncated turn is cut off by
the data (a token or app limit, Ctrl+C, a stopped recording, a paste, a dictation, an edit point), and no later turn
completes it. A counsellor's, bot's or model's statement of what they cannot do followed by engagement (the jury room,
a timeline, medication, voice notes, a decision that is the client's, ``I can't tell you it'll be fine``) is NOT a
refusal; a reply that only declines and points elsewhere is.

Turns and lines that look suspicious but are clean (decoys) carry a ``decoy: ...`` tag here; the tag never reaches the
truth, and the number of decoys is printed. A turn that ends without final punctuation must carry a truth tag or a
decoy note (a self-check). Standard library only.
"""

from __future__ import annotations

import codecs
import csv
import difflib
import html
import io
import json
import re
import sys
import xml.etree.ElementTree as ET
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
SESSION_KINDS = {"role_inversion"}
LINE_KINDS = {"meta_text"}
REPEAT_KINDS = {"duplicate_turn", "near_duplicate_turn"}

T, C = "T", "C"  # counsellor role, client role
RAW = "#"  # a script entry that is a line of its own, not a turn
RSQ = "\u2019"
# final punctuation, with curly closing quotes, an ellipsis and the closing asterisk of a role-play action (*smiles.*)
ENDERS = ".?!\"')]:;*" + RSQ + "\u201d\u2026"
CLEAN_FILE = "09_evernote_export_session6.enex"


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


def ansi(text: str, codec: str) -> str:
    """``text`` saved in a single-byte "ANSI" code page and put into a UTF-8 file as raw bytes.

    The result holds one surrogate escape (U+DC80..U+DCFF) for every byte that is not valid UTF-8; the file is
    written with ``surrogateescape``, so each such character becomes the lone byte again.
    """
    raw = text.encode(codec)
    out = raw.decode("utf-8", "surrogateescape")
    high = sum(1 for byte in raw if byte >= 0x80)
    assert high and sum(1 for ch in out if "\udc80" <= ch <= "\udcff") == high, text[:60]
    assert all(ord(ch) < 0x80 or "\udc80" <= ch <= "\udcff" for ch in out), text[:60]
    return out


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
    turns of a session share a line and several defects of one kind on it make one truth row. ``crlf``: the file's
    lines end in CR LF (a line is still one line; the CR is not part of the text). ``bom``: the file starts with a
    UTF-8 byte-order mark (not a character of line 1).
    """

    def __init__(
        self,
        name: str,
        roles: dict[str, str],
        layout: str,
        *,
        shared: bool = False,
        crlf: bool = False,
        bom: bool = False,
    ) -> None:
        self.name = name
        self.roles = roles
        self.layout = layout
        self.shared = shared
        self.crlf = crlf
        self.bom = bom
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
        end = "\r\n" if self.crlf else "\n"
        body = "".join(line + end for line in self.out).encode("utf-8", "surrogateescape")
        return (codecs.BOM_UTF8 if self.bom else b"") + body


Script = Sequence[tuple[str, ...]]


def clock_text(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def js(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


# ---------------------------------------------------------------------------
# 01 the live transcript of a Zoom video session saved from the meeting's side panel ("Save transcript", the file
#    Zoom calls meeting_saved_closed_caption.txt): "[Display Name] hh:mm:ss text", one caption entry a line, no
#    header; Zoom splits one speaker's talk into several entries. Saved on Windows, CRLF.
# ---------------------------------------------------------------------------
OTT, BAR = "Ottoline Farrant", "Barnaby Quist"
LOOP_01 = "Every time I shut my eyes I'm back in court two with that blue folder open on my knee."

S01: Script = [
    (OTT, "Hi Barnaby, can you hear me all right?"),
    (BAR, "Yes, loud and clear. Sorry, I've just moved into the back bedroom so the dog doesn't bark at the postman."),
    (
        OTT,
        "No problem at all. Just to remind you, I've got live transcription on so I can save a copy for my notes, and I delete it once they're written up. Is that still okay?",
        "decoy: the counsellor speaks about the saved transcript (not generation residue)",
    ),
    (BAR, "That's fine, yes."),
    (OTT, "So last week we talked about the trial in fairly general terms. How have the days been since then?"),
    (BAR, "Up and down. Tuesday was all right. I did the garden, I took Esme to her swimming lesson."),
    (BAR, "Wednesday I was back to not sleeping.", "decoy: a second entry of the same speaker in a row"),
    (OTT, "What happened on Wednesday?"),
    (
        BAR,
        "Nothing happened, that's the stupid thing. I was in the Co-op and there was a woman in the queue in the same coat as the victim's mother, and I just left the basket on the floor and walked out.",
    ),
    (OTT, "That sounds really frightening, to be caught off guard like that somewhere so ordinary."),
    (BAR, "It was. I sat in the car for twenty minutes."),
    (OTT, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (1 of 3)"),
    (
        BAR,
        "And then I felt ridiculous, because what have I got to be upset about? I didn't lose anyone. I just sat in a room and listened.",
        "decoy: a rhetorical client question inside the turn",
    ),
    (
        OTT,
        "You sat in a room and listened for five weeks, to some of the worst things people can do to each other. That's not nothing.",
    ),
    (
        BAR,
        'The judge said something like that at the end. She said, "You have been asked to look at things no one should have to see, and the court is grateful to you."',
        "decoy: the client quoting the judge (the quotation closes the turn)",
    ),
    (OTT, "How did it feel to hear her say that?"),
    (
        BAR,
        "At the time it felt like a kind thing to say. Now I think, well, thanks, but you go home and I go home and it's still all in my head...",
        "decoy: a spoken turn that trails off with '...'",
    ),
    (OTT, "It's still there.", "decoy: the counsellor echoes the trail-off"),
    (BAR, "Yeah."),
    (
        OTT,
        "I want to be careful about one thing. I know jurors aren't allowed to talk about what was said in the jury room, and I won't ask you about that. But what it's been like for you, and how it's affecting you now, we can talk about freely.",
        "decoy: an honest limit (the jury room), then engagement (not a refusal)",
    ),
    (BAR, "That's a relief, actually. I've been worried I'd say something I'm not supposed to."),
    (
        BAR,
        "The jury room isn't really the problem anyway. It's the photographs.",
        "decoy: a second entry of the same speaker in a row",
    ),
    (OTT, "Would you feel able to say a little about the photographs? Only as much as feels okay."),
    (
        BAR,
        "There was a folder. A blue folder, on the ledge in front of each of us. They told us we could take our time and we could look away, but you can't look away when you're supposed to be deciding something.",
    ),
    (OTT, "So looking felt like part of your duty."),
    (BAR, "Exactly. And I'm a surveyor, or I was. I look at things properly for a living. I couldn't just skim them."),
    (OTT, "What comes back now, from that folder?"),
    (BAR, LOOP_01, "repetition_loop"),
    (BAR, LOOP_01, "duplicate_turn"),
    (
        BAR,
        "Every time I shut my eyes, I'm back in court two with that blue folder open on my knee again.",
        "near_duplicate_turn",
    ),
    (OTT, "Back in court two, with the folder open.", "decoy: the counsellor echoes the client's words"),
    (BAR, "It's like the room is waiting for me."),
    (
        OTT,
        "Barnaby, can I ask you something I ask everyone who's carrying this kind of weight? Have you had any thoughts of harming yourself, or of not wanting to be here?",
        "decoy: a direct risk question (real engagement)",
    ),
    (
        BAR,
        "No. No, nothing like that. I've got Saskia and Esme. I just want to sleep through a night.",
        "decoy: the client's answer to the risk question",
    ),
    (OTT, "Thank you for telling me. Let's see what we can do about the nights."),
    (BAR, "What do you notice in your body when the folder comes back at night?", "role_inversion"),
    (
        BAR,
        "My chest goes tight and my hands go cold. I get up and check the back door's locked, which is mad, because nobody's coming.",
    ),
    (OTT, "It sounds as if your body is still on guard, as though the danger in that courtroom followed you home."),
    (BAR, "That's exactly it. Like I'm on watch for something."),
    (
        OTT,
        "That's a very common reaction after being exposed to traumatic material, and it isn't a sign that something's wrong with you. There are a couple of things we could try. Would it be all right if I explained one?",
    ),
    (BAR, "Go on."),
    (
        OTT,
        "When you wake up and the folder is there, instead of getting up to check the door, I'd like you to name five things you can see in the bedroom, four you can hear and three you can feel. It sounds very simple --",
        "decoy: a turn broken off with '--' that the client finishes",
    ),
    (BAR, "-- but it brings you back into the room?"),
    (OTT, "Exactly. Back into this room and this night, rather than court two."),
    (
        BAR,
        "Five things I can see, four I can hear, three I can feel. I can do that.",
        "decoy: the client repeats the plan back",
    ),
    (OTT, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (2 of 3)"),
    (
        BAR,
        "Can I ask you something? Have you ever done jury service yourself?",
        "decoy: a client question to the counsellor",
    ),
    (
        OTT,
        "I have, a long time ago. A short fraud trial, nothing like yours. I remember feeling a bit lost for a while afterwards, so I have a small sense of it. But I'm much more interested in how it is for you.",
        "decoy: the counsellor's brief self-disclosure (not a role inversion)",
    ),
    (
        BAR,
        "It's odd, there's no one to talk to about it. The other jurors scattered. The foreman gave us all his number and as far as I know nobody's rung anybody.",
    ),
    (OTT, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (3 of 3)"),
    (
        BAR,
        "I thought about ringing him. I even wrote down what I'd say. \"Hello, it's Barnaby from the trial, I just wondered how you're getting on.\"",
        "decoy: the client rehearsing what he would say (a quotation of his own words)",
    ),
    (OTT, "What stopped you?"),
    (BAR, "I don't know. I thought he'd think I was strange."),
    (OTT, "Or he might be sitting at home thinking exactly the same about you."),
    (
        BAR,
        "[laughs] Maybe. He did seem like a man who'd be waiting by the phone.",
        "decoy: '[laughs]' opening the turn",
    ),
    (OTT, "We've got about ten minutes left. I want to make sure we think about the week ahead."),
    (BAR, "Yes. Sorry, I've gone on a bit."),
    (
        OTT,
        "You haven't at all. So, the grounding exercise at night, and maybe thinking about whether you'd like to ring the foreman. Is there anything else you'd like to hold on to?",
    ),
    (
        BAR,
        "The grounding, and I'll think about the phone call. I can't promise I'll actually do it.",
        "decoy: 'I can't promise' from the client (not a refusal)",
    ),
    (OTT, "That's fine. Thinking about it is plenty for now. How are you feeling, compared with when we started?"),
    (
        BAR,
        "A bit lighter, I think. The worst bit is I keep wondering whether we got it right, and Esme keeps asking why I won't watch the news with her any more, and I haven't found a way to",
        "truncated_turn",
    ),
]


def f01() -> Doc:
    doc = Doc("01_zoom_meeting_saved_closed_caption.txt", {OTT: T, BAR: C}, "zoomcc", crlf=True)
    doc.start("session 2")
    clock = 18 * 3600 + 2 * 60 + 14
    for who, text, *tags in S01:
        line = doc.add(f"[{who}] {clock_text(clock)} {text}")
        doc.turn(who, text, line, tags, anchor=f"[{who}] ")
        clock += 8 + len(text) // 8
    return doc


# ---------------------------------------------------------------------------
# 02 an AssemblyAI-style transcript (speaker_labels on) of a recorded EAP phone intake, saved by the clinic's
#    script, which drops the word lists and keeps one utterance object a line:
#    {"speaker": "A"|"B", "start", "end", "confidence", "text"}. The recording was sent as two halves that overlap
#    by about twenty seconds and the script appended the second half's utterances to the first's, so the two
#    utterances in the overlap stand twice. Speaker A is plainly the counsellor, B the caller.
# ---------------------------------------------------------------------------
SEAM_A_02 = "That's a really common thing after a call like that, the mind replaying the rhythm of it."

S02: Script = [
    (
        "A",
        "Okay, I think we're recording now. Juniper, thanks for calling in. This is the intake appointment, so I'll be asking quite a few questions, and you can skip anything you don't want to answer.",
        "decoy: talk about the recording (not generation residue)",
    ),
    ("B", "Sure. That's fine."),
    ("A", "Can you tell me a little about what's brought you to the EAP right now?"),
    (
        "B",
        "My supervisor kind of made me. Not made me, but she strongly suggested it after the call on the 14th.",
    ),
    ("A", "What happened on the 14th?"),
    (
        "B",
        "I took a 911 call from a dad whose baby wasn't breathing. Eight months old. I talked him through CPR until the medics got there. It was eleven minutes.",
    ),
    ("A", "Eleven minutes is a long time to be on a call like that."),
    (
        "B",
        "It felt like an hour. You count the compressions with them out loud. One and two and three and four. I could hear the mom screaming in the background the whole time.",
    ),
    ("A", "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (1 of 3)"),
    (
        "B",
        "And the baby didn't make it. We found out near the end of the shift. Someone from Sacred Heart called the floor.",
    ),
    ("A", "I'm so sorry. How have you been since?"),
    (
        "B",
        "I went back in the next night. That's what you do. But I'm not sleeping, and every time a call drops into my queue I get this jolt, like electricity in my arms.",
    ),
    ("A", "So your body reacts before you even know what the call is."),
    (
        "B",
        "Yeah. And I've been doing this nine years. I've taken worse calls than that, honestly. I don't get why this one stuck.",
    ),
    (
        "A",
        "Sometimes it isn't the worst call that sticks, it's the one that lands on something personal. Does anything about this one connect with your own life?",
    ),
    ("B", "My sister had a baby in March. A little boy. I haven't been able to hold him since the call."),
    ("A", "That sounds really painful, to feel pulled away from him."),
    (
        "B",
        "She keeps sending me pictures and I just leave them on read. Teague thinks I'm being cold, but I'm not, I just can't look at them right now.",
        "decoy: 'I can't look at them' from the client (not a refusal)",
    ),
    ("A", "Teague is your partner?"),
    ("B", "My husband. Sorry, yes."),
    ("A", "What would you want Teague to understand?"),
    ("B", "That it's not that I don't care. It's that I care too much and it's all mixed up with the call."),
    (
        "A",
        "I'd like to go through some of the standard questions now, if that's okay. How many hours would you say you're sleeping?",
    ),
    ("B", "Four, maybe five. Broken."),
    ("A", "And alcohol. How much are you drinking in a typical week?"),
    (
        "B",
        "More than I was. A couple of glasses of wine every night after shift, so what's that, fourteen a week? That's more than I'd like.",
        "decoy: a question to herself inside the answer",
    ),
    (
        "A",
        "Thank you for being honest about that. Have you had any thoughts of ending your life, or of hurting yourself?",
        "decoy: a direct risk question (real engagement)",
    ),
    (
        "B",
        "No. I've thought, what's the point of any of it, but not like that. I wouldn't.",
        "decoy: the caller's answer to the risk question",
    ),
    (
        "A",
        "Okay. If that ever changes, I'd want you to call us or 988 straight away. Can we agree on that?",
        "decoy: a helpline inside real engagement (not a refusal)",
    ),
    ("B", "Yeah. I can agree to that."),
    ("A", "Have you had any intrusive images or sounds from the call?"),
    (
        "B",
        "The counting. I hear myself counting. Sometimes I'm doing the dishes and I realize I'm counting under my breath.",
    ),
    ("A", SEAM_A_02),
    ("B", "Does it ever stop? Like, is this just going to be my life now?"),
    ("A", SEAM_A_02, "duplicate_turn"),
    ("B", "Does it ever stop? Is this just gonna be my life now?", "near_duplicate_turn"),
    (
        "A",
        "For most people it does ease, especially with some support early on, which is exactly what you're doing. I can't promise you a timeline, but I can tell you there's a lot we can do.",
        "decoy: an honest limit ('I can't promise you a timeline'), then engagement",
    ),
    ("B", "Okay."),
    ("A", "Are you still on the same shift pattern?"),
    ("B", "Four on, four off. Nights this rotation."),
    (
        "A",
        "I keep thinking if I'd told him to tilt the head back further, or if I'd gotten the medics there a minute faster, it would have gone differently.",
        "role_inversion",
    ),
    (
        "A",
        "It sounds like part of you is still on that call, trying to change the ending.",
        "decoy: two utterances of speaker A in a row (the one before is the caller's, diarised as A)",
    ),
    ("B", "Every day."),
    (
        "A",
        "You did what you were trained to do, for eleven minutes, and you stayed with that dad the whole time. That matters, whatever the outcome.",
    ),
    ("B", "The QA review said I followed protocol. My supervisor read it to me over the phone."),
    ("A", "How was it to hear that?"),
    ("B", "I heard it. I don't feel it."),
    ("A", "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (2 of 3)"),
    (
        "B",
        "Would it be okay if I set you up with one of our trauma-focused counselors for six sessions, starting next week?",
        "role_inversion",
    ),
    (
        "B",
        "Yes, please. Does it have to be in person? I can't really face driving downtown on my days off.",
        "decoy: 'I can't really face' from the caller (not a refusal)",
    ),
    ("A", "It can be video. I'll put that in the referral. Mornings or evenings?"),
    ("B", "Mornings. After a night shift I'm awake till eleven anyway."),
    ("A", "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (3 of 3)"),
    ("A", "Got it. And in the meantime, is there one thing you could do this week that might help with the nights?"),
    ("B", "Maybe a walk with the dog before bed instead of the wine. I've been meaning to."),
    (
        "A",
        "That sounds like a good start. A walk with the dog instead of the wine, and you'll hear from the counselor by Friday.",
        "decoy: the counsellor sums up the plan",
    ),
    (
        "B",
        "A walk instead of the wine. Okay. And I might actually text my sister back.",
        "decoy: the caller repeats the plan back",
    ),
    ("A", "That would be a big step. Is there anything you'd want me to pass on to the counselor?"),
    (
        "B",
        "Just that I'm not, I don't want them to think I'm falling apart, because I'm still good at my job, it's just that when I get home and Teague asks how the shift was, I",
        "truncated_turn",
    ),
]


def f02() -> Doc:
    doc = Doc("02_assemblyai_eap_intake_transcript.json", {"A": T, "B": C}, "utterances")
    records: list[dict[str, object]] = []
    clock = 1840
    for index, (who, text, *_tags) in enumerate(S02):
        length = 700 + 62 * len(text) + (index * 137) % 400
        confidence = 0.86 + ((index * 37) % 13) / 100
        records.append(
            {"speaker": who, "start": clock, "end": clock + length, "confidence": round(confidence, 2), "text": text}
        )
        clock += length + 180 + (index * 211) % 900
        if text == "Does it ever stop? Like, is this just going to be my life now?":
            clock -= 21000  # the second half starts inside the overlap
    first = doc.add(
        "{",
        '  "id": "5f2c81e4-7b1d-4c3a-9e0f-a4d6b2c91e37",',
        '  "status": "completed",',
        '  "audio_url": "https://upload.eap-intake.example/recordings/intake-0611-parts-1-2.m4a",',
        '  "language_code": "en_us",',
        '  "speaker_labels": true,',
        '  "punctuate": true,',
        '  "format_text": true,',
        f'  "audio_duration": {clock // 1000 + 4},',
        '  "utterances": [',
    )
    doc.mark(first + 4, "decoy: the job fields, not a turn")
    doc.start("intake")
    for index, ((who, text, *tags), record) in enumerate(zip(S02, records, strict=True)):
        comma = "," if index < len(S02) - 1 else ""
        line = doc.add(f"    {js(record)}{comma}")
        doc.turn(who, text, line, tags, anchor=f'"speaker": "{who}"')
    doc.add("  ]", "}")
    return doc


# ---------------------------------------------------------------------------
# 03 a SillyTavern chat file (.jsonl): a first row of chat metadata, then ONE MESSAGE A ROW written compactly
#    ({"name", "is_user", "is_system", "send_date", "mes", ...}); the user (Cosmo) is the client and the character
#    card ("Dr. Isolde Lockwood", a therapist) the counsellor role. A message that was regenerated carries its
#    alternatives in "swipes" with "swipe_id" naming the one shown ("mes"); the other swipes are not turns.
# ---------------------------------------------------------------------------
COS, LOC = "Cosmo", "Dr. Isolde Lockwood"
GUILT_03 = "That question, why me and not them, is something many people who survive disasters carry. It's sometimes called survivor's guilt. It doesn't mean you did anything wrong. It often means you care deeply about the people who lost more."

# (who, text, *tags); a message with swipes is given by SWIPES_03 below
S03: Script = [
    (
        LOC,
        "*Dr. Lockwood looks up from her notes as you come in and gestures to the armchair by the window.* Hello, Cosmo. Come in, make yourself comfortable. There's water on the table if you'd like some. *She smiles.* What brings you in today?",
        "decoy: the character's greeting, with role-play actions in asterisks",
    ),
    (
        COS,
        "*sits down* hey. thanks. honestly i'm not sure, my sister booked this for me",
        "decoy: a lowercase user message without a full stop",
    ),
    (
        LOC,
        "*nods* That's okay. Plenty of people arrive not quite sure why they're here. What made your sister think it might help?",
    ),
    (
        COS,
        "probably because i haven't been back to my street since the fire. it's been two months",
        "decoy: no full stop at the end",
    ),
    (LOC, "Two months is a long time to keep away from home. Can you tell me a little about the fire?"),
    (
        COS,
        "it came down the ridge behind our subdivision in august. we got the evacuation order at like 11pm. i grabbed the cat and my laptop and drove to my sister's in vernon",
        "decoy: no full stop at the end",
    ),
    (
        LOC,
        "*listens quietly* That sounds terrifying, leaving in the dark with the ridge burning behind you. What happened to your street?",
    ),
    (
        COS,
        "my house is fine. like literally fine, smoke damage and the fence melted. the ingrams next door lost everything. so did four other houses on our side",
        "decoy: no full stop at the end",
    ),
    (LOC, "So your home survived and your neighbours' homes didn't. How has that been for you?"),
    (
        COS,
        "terrible honestly. mr ingram stayed behind with a garden hose trying to save both our places. he called me at 2am to say he was finally leaving. i was already in bed at my sister's",
        "decoy: no full stop at the end",
    ),
    (
        LOC,
        "*leans forward slightly* You were safe, and he was still there, fighting for your house as well as his own. It sounds like there's a lot of guilt wrapped up in that.",
    ),
    (COS, "yeah. like why did i get to keep mine", "decoy: a question without a question mark"),
    (LOC, GUILT_03),
    (COS, "i get that in theory", "decoy: a short message without a full stop"),
    (
        LOC,
        "*Dr. Lockwood pauses, giving you space.* Understanding something in theory and feeling it can be very different things. What happens when you imagine driving back onto your street? (OOC: I'll keep Dr. Lockwood's replies a bit shorter from here on so there's more room for you to talk. Let me know if you'd like a different pace!)",
        "meta_text",
    ),
    (
        COS,
        "my chest gets tight. i picture the ingrams' lot all black and their mailbox still standing. someone posted a photo of it on the neighbourhood facebook group",
        "decoy: no full stop at the end",
    ),
    (
        LOC,
        "That image, the mailbox still standing in the middle of everything that was lost, sounds like it has stayed with you.",
    ),
    (COS, "it's so stupid. a mailbox", "decoy: a short message without a full stop"),
    (
        LOC,
        "It isn't stupid. Small, ordinary things are often what hit hardest, because they remind us how normal life was just before. *She makes a brief note.* Have you spoken to the Ingrams since?",
    ),
    (
        COS,
        "once. mrs ingram texted me 'glad your place made it hon' and i didn't know what to say so i just sent a heart",
        "decoy: the user quoting his neighbour's text (no full stop)",
    ),
    (LOC, "*gently* It sounds like part of you felt you didn't have the right to answer her."),
    (COS, "ok you got me there", "decoy: a short message without a full stop"),
    (
        LOC,
        "*smiles slightly* I'm not trying to catch you out. I'm curious, though: if a friend had been in your position, what would you say to them?",
    ),
    (
        COS,
        "i'd say it's not your fault the wind changed. you didn't start the fire. go home",
        "decoy: the client's kind words for a friend (not a role inversion)",
    ),
    (LOC, "That's a kind thing to say. I wonder what it would be like to say some of that to yourself."),
    (COS, "weird. but maybe", "decoy: a short message without a full stop"),
    (LOC, "", "empty_turn"),
    (COS, "hello? did it freeze", "decoy: the user asks about the empty reply (no question mark)"),
    (
        LOC,
        "*Dr. Lockwood blinks, then smiles apologetically.* I'm sorry, I lost my thread for a moment. You said maybe. What would make it feel less weird to speak to yourself that way?",
        "decoy: an apology that engages (not a refusal)",
    ),
    (COS, "idk. i think i need to actually go back there first", "decoy: no full stop at the end"),
    (
        LOC,
        "That makes sense. We could think about a gradual way of doing that, so it isn't all at once. Would you be open to that?",
    ),
    (COS, "yeah ok. what would that look like", "decoy: a question without a question mark"),
    (
        LOC,
        "Perhaps first just driving past the end of your street with your sister, without stopping. Then, another day, parking and sitting in the car for a few minutes. And only when you feel ready, walking up to your own front door. You set the pace at every step.",
    ),
    (
        COS,
        "drive past with my sister first. then park. then the door. i can probably do the first one this weekend",
        "decoy: the client repeats the plan back (no full stop)",
    ),
    (LOC, "That sounds like a solid first step. *She nods.* How are you sleeping these days?"),
    (
        COS,
        "bad. i wake up smelling smoke even when there isn't any. some nights i wish the fire had just taken my place too, then at least it'd be fair",
        "decoy: no full stop at the end",
    ),
    (
        LOC,
        "Let me step outside the role-play for a moment. This is something I'm not able to engage with as a character. If you're having thoughts of harming yourself or of not wanting to be here, please contact 988 by call or text, or go to your nearest emergency department. You deserve real support.",
        "refusal",
    ),
    (
        COS,
        "wait no, i didn't mean it like that. i meant the house. i'm not going to hurt myself, i meant it'd feel fairer if i'd lost my house too",
        "decoy: the user's clarification after the refusal (no full stop)",
    ),
    (
        LOC,
        "*Dr. Lockwood nods slowly.* Thank you for telling me that, Cosmo. I hear you: not that you want to be hurt, but that losing your house too would make things feel more even with the Ingrams. That sense of fairness seems really important to you.",
    ),
    (COS, "yeah exactly. like i didn't earn it", "decoy: no full stop at the end"),
    (
        LOC,
        "Earning it. *She considers this.* It sounds as though you see your house as something you got away with, rather than something you were allowed to keep by luck and wind and a lot of firefighters.",
    ),
    (
        COS,
        "when you say it like that",
        "decoy: a message that trails off without punctuation (a spoken-style fragment)",
    ),
    (
        LOC,
        "I guess when you put it like that, it wasn't up to me at all. I keep replaying that night and thinking I should have stayed with Mr Ingram and his hose, like that would have made me part of it instead of the guy who ran.",
        "role_inversion",
    ),
    (COS, "lol did you just answer for me", "decoy: the user points out the character spoke for him"),
    (
        LOC,
        "*laughs softly* You're right, I'm sorry, I got ahead of myself there. Let me ask you instead: do you feel you should have stayed?",
        "decoy: an apology that engages",
    ),
    (
        COS,
        "sometimes. but my sister says if i'd stayed she would've killed me herself",
        "decoy: the user quoting his sister (no full stop)",
    ),
    (
        LOC,
        "That question, why me and not them, is something a lot of people who survive disasters carry. It's sometimes called survivor's guilt. It doesn't mean you did anything wrong. It usually means you care deeply about the people who lost more.",
        "near_duplicate_turn",
    ),
    (COS, "you said that already", "decoy: the user points out the repeat (no full stop)"),
    (
        LOC,
        "*smiles ruefully* I did, didn't I? Let me try again. Your sister sounds very glad that you left. What do you think she'd want you to do about the street?",
        "decoy: an apology that engages",
    ),
    (
        COS,
        "go back and help the ingrams with the cleanup probably. they're rebuilding",
        "decoy: no full stop at the end",
    ),
    (
        LOC,
        "That's interesting. Helping with the rebuild could be a way of being part of it now, on your own terms. Shall we add that to the plan, after the first drive past?",
    ),
    (COS, "yeah. ok. i think that's enough for tonight. thanks doc", "decoy: a short thank-you without a full stop"),
    (
        LOC,
        "*Dr. Lockwood closes her notebook and smiles warmly.* You did a lot of good work tonight, Cosmo. Before you go, I want to leave you with one thought. The guilt you're carrying is a sign of how much your street and your neighbours matter to you, and it deserves care rather than punishment. This weekend, when you drive past with your sister, notice what your body does without judging it, and remember that the thing about survivor's gu",
        "truncated_turn",
    ),
]

# the messages that were regenerated: the text shown in the chat -> (the other swipes, the shown swipe's index)
SWIPES_03: dict[str, tuple[list[str], int]] = {
    "That image, the mailbox still standing in the middle of everything that was lost, sounds like it has stayed with you.": (
        [
            "*Dr. Lockwood's expression softens.* A mailbox. Sometimes it's the strangest detail that refuses to leave us. What do you feel when you picture it?"
        ],
        1,
    ),
    "Perhaps first just driving past the end of your street with your sister, without stopping. Then, another day, parking and sitting in the car for a few minutes. And only when you feel ready, walking up to your own front door. You set the pace at every step.": (
        [
            "We could build a ladder of small steps. For example: look at a photo of your street online, then drive past it, then stop outside. What do you think the very first rung might be?"
        ],
        0,
    ),
}


def st_date(minutes: int) -> str:
    hour, minute = divmod(21 * 60 + 7 + minutes, 60)
    return f"August 14, 2024 {hour - 12}:{minute:02d}pm"


def f03() -> Doc:
    doc = Doc("03_sillytavern_chat_dr_lockwood.jsonl", {COS: C, LOC: T}, "sillytavern")
    header = {
        "user_name": COS,
        "character_name": LOC,
        "create_date": "2024-8-14 @21h 07m 12s 618ms",
        "chat_metadata": {"note_prompt": "", "note_interval": 1, "note_position": 1, "note_depth": 4},
    }
    doc.mark(doc.add(json.dumps(header, ensure_ascii=False, separators=(",", ":"))), "decoy: the chat metadata row")
    doc.start("chat")
    minutes = 0
    for who, text, *tags in S03:
        record: dict[str, object] = {
            "name": who,
            "is_user": who == COS,
            "is_system": False,
            "send_date": st_date(minutes),
            "mes": text,
        }
        notes = list(tags)
        if who == LOC:
            record["extra"] = {"api": "openai", "model": "mistral-nemo-instruct-2407"}
            if text in SWIPES_03:
                others, shown_at = SWIPES_03[text]
                swipes = list(others)
                swipes.insert(shown_at, text)
                record["swipe_id"] = shown_at
                record["swipes"] = swipes
                notes.append("decoy: an alternative swipe in the row (not a turn); the shown one is mes")
        else:
            record["extra"] = {}
        line = doc.add(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
        doc.turn(who, text, line, notes, anchor=f'"name":"{who}"')
        minutes += 1 + len(text) // 160
    return doc


# ---------------------------------------------------------------------------
# 04 a counsellor's process note exported from Joplin as "RAW - Joplin Export Directory": the file is the note's
#    Markdown (its first line the title, then the body) followed by Joplin's metadata lines (id:, parent_id:, ...,
#    type_: 1). The verbatim section is a bulleted list, "- **Me:** text" (the counsellor) / "- **Clement:** text";
#    indented sub-bullets hold the counsellor's own thoughts and are not turns.
# ---------------------------------------------------------------------------
ME, CLE = "Me", "Clement"
DUP_04 = (
    "He's got a plate in his shoulder now and he can't lift his arm above his head. Twenty years dogging and he's done."
)

S04: Script = [
    (ME, "How have the two weeks on light duties been?"),
    (
        CLE,
        "Boring, mate. I'm doing inductions and toolbox talks. Telling young blokes about exclusion zones like I'm some kind of expert.",
    ),
    (ME, "Like you're some kind of expert.", "decoy: the counsellor echoes the client's words"),
    (
        CLE,
        "Well. After what happened, who's going to listen to me about exclusion zones.",
        "decoy: a rhetorical question ending in a full stop",
    ),
    (ME, "It sounds like you feel you've lost the right to teach it."),
    (CLE, "Something like that."),
    (ME, "Can we go back to the day itself? Last time you said you'd be willing to talk it through, at your own pace."),
    (CLE, "Yeah. I said that."),
    (
        CLE,
        "It was a Tuesday, windy, but inside the limit. Gusting twenty-eight and we stop at thirty-six. We were lifting a spreader bar off the ship onto the wharf.",
        "decoy: a second bullet of the same speaker in a row",
    ),
    (ME, "Mm.", "decoy: backchannel 'Mm.' (1 of 3)"),
    (
        CLE,
        "Magnus was dogging. He gives me the signals on the radio and I do what he says. He's done it twenty years.",
    ),
    (ME, "So you were relying on each other."),
    (
        CLE,
        moji(
            "The load caught a gust just as I was slewing. It swung out and clipped him on the shoulder and he went down between the containers — I heard him on the radio, just breathing, then nothing, and I couldn’t see him from the cab."
        ),
        "mojibake",
    ),
    (ME, "That must have been terrifying, hearing him and not being able to see him."),
    (
        CLE,
        "I had to keep the load steady. That's the bit nobody gets. You can't just jump out. I sat there holding twelve tonne in the air while they got to him.",
        "decoy: 'You can't just jump out' from the client",
    ),
    (ME, "You stayed at the controls because that's what kept everyone else safe."),
    (CLE, "Nine minutes, the super said. Felt like the whole shift."),
    (ME, "How is Magnus now, as far as you know?"),
    (CLE, DUP_04),
    (CLE, DUP_04, "duplicate_turn"),
    (ME, "How do you feel when you think about that?"),
    (
        CLE,
        "Like it's on me. The investigation said the wind and the tag line, not the operator. Doesn't matter. It was my hands on the sticks.",
        "decoy: the client quoting the investigation's finding",
    ),
    (ME, "The investigation says one thing and your hands tell you another."),
    (CLE, "Yeah."),
    (ME, "I'm wondering whether you've seen Magnus since."),
    (
        CLE,
        "Once. At the hospital. His missus was there. She said, \"He doesn't blame you, love, nobody does.\" I couldn't look at her.",
        "decoy: the client quoting Magnus's wife",
    ),
    (ME, "What would it mean if you let yourself believe her?"),
    (CLE, "That I'd be getting off lightly."),
    (ME, "Mm.", "decoy: backchannel 'Mm.' (2 of 3)"),
    (
        CLE,
        "So part of you feels that carrying the blame is the least you owe him, as if letting it go would be a kind of betrayal.",
        "role_inversion",
    ),
    (CLE, "Maybe. Yeah. I never thought of it like that.", "decoy: a second bullet of the same speaker in a row"),
    (ME, "Can I ask how you're sleeping, and how things are at home?"),
    (
        CLE,
        "Sleeping's rubbish. Trish says I shout in my sleep. I've been in the spare room so I don't wake her.",
    ),
    (
        ME,
        "Have there been times when it's felt like too much, like you didn't want to go on?",
        "decoy: a direct risk question (real engagement)",
    ),
    (
        CLE,
        "No. Nothing like that. I've got the grandkids. I just want to get back up in the cab and not feel crook.",
        "decoy: the client's answer to the risk question",
    ),
    (ME, "That's really important to know. Thank you."),
    (CLE, "The doctor wants to put me on something for sleep. Should I take it?", "decoy: a medication question"),
    (
        ME,
        "That's one for you and your GP. I can't advise on medication, but I'm happy to help you think through any worries about it before you see her.",
        "decoy: a limit on medication advice, then engagement (not a refusal)",
    ),
    (CLE, "Fair enough. I'll ask her about the side effects."),
    (ME, "Let's talk about the cab. What's the plan with the company?"),
    (CLE, "They want me doing a supervised lift by the end of the month. Just a small one, in the yard, no ship."),
    (ME, "How does that sit with you?"),
    (
        CLE,
        "Honestly I go cold thinking about it. I've been up there in my head a hundred times, and every time I get to the part where I swing the boom out over the yard I start thinking about the radio and how quiet it went, and then I",
        "truncated_turn",
    ),
    (ME, "What would help you feel steady enough to try the yard lift?"),
    (
        CLE,
        "Maybe if Magnus could be on the radio. Stupid idea. He's not cleared to work.",
    ),
    (
        ME,
        "It's not stupid. It tells me how much his voice matters to you. Could you talk to him before the lift, even just by phone?",
    ),
    (CLE, "I could ring him. I've been meaning to since the hospital."),
    (ME, "Mm.", "decoy: backchannel 'Mm.' (3 of 3)"),
    (CLE, "I'll ring him Sunday. Before the footy.", "decoy: the client states his plan"),
    (ME, "Ringing Magnus on Sunday, then, and we'll look at the yard lift next time.", "decoy: the counsellor sums up"),
    (CLE, "Sunday. Yeah, righto."),
]


def f04() -> Doc:
    doc = Doc("04_joplin_raw_export_3f9a2c0d4b7e.md", {ME: T, CLE: C}, "joplin")
    first = doc.add(
        "Clement H. - session 5 - process notes",
        "",
        "**Before:** second session since he went back on light duties at the port. Still not back in the cab. Brought a coffee for me as well, which he hasn't done before.",
        "",
        "## Verbatim (typed from the recording, about 12:40 to 34:10)",
        "",
        "Sure! Here's your transcript formatted as a bulleted list, with filler words removed:",
        "",
    )
    doc.mark(first, "decoy: the note's title")
    doc.mark(first + 2, "decoy: the counsellor's note before the session, not a turn")
    doc.mark(first + 4, "decoy: a Markdown heading")
    doc.mark(first + 6, "meta_text")
    doc.start("session 5")
    asides = {
        "Like it's on me.": "    - *(looked at his hands the whole time he said this)*",
        "That I'd be getting off lightly.": "    - *(my stomach dropped here, take to supervision)*",
        "Sleeping's rubbish.": "    - *(check in about Trish next time?)*",
    }
    for who, text, *tags in S04:
        line = doc.add(f"- **{who}:** {text}")
        doc.turn(who, text, line, tags, anchor=f"- **{who}:**")
        for opening, aside in asides.items():
            if text.startswith(opening):
                doc.mark(doc.add(aside), "decoy: the counsellor's own thought as an indented sub-bullet, not a turn")
    tail = doc.add(
        "",
        "## Reflection",
        "",
        'More open than in session 4. Strong self-blame ("my hands on the sticks"). He seemed surprised when I wondered whether holding the blame is a way of staying loyal to Magnus. The lift at the end of the month is the next big thing.',
        "",
        "## Plan",
        "",
        "- Next time: prepare for the supervised yard lift (graded imagery?)",
        "- Ask how the call with Magnus went",
        "- Supervision: my own reaction to the radio going quiet",
        "",
    )
    doc.mark(tail + 3, "decoy: reflection prose quoting the client, not a turn")
    doc.mark(tail + 7, "decoy: a plan bullet, not a turn")
    doc.mark(tail + 8, "decoy: a plan bullet, not a turn")
    doc.mark(tail + 9, "decoy: a plan bullet, not a turn")
    meta = doc.add(
        "id: 3f9a2c0d4b7e4f1a9c2e6b8d0a1f3e57",
        "parent_id: 9b1e4c7a2d5f4e8b8a3c6d9e0f2b4a61",
        "created_time: 2024-06-04T07:12:44.118Z",
        "updated_time: 2024-06-04T09:58:03.402Z",
        "is_conflict: 0",
        "latitude: -34.42510000",
        "longitude: 150.89310000",
        "altitude: 0.0000",
        "author: ",
        "source_url: ",
        "is_todo: 0",
        "todo_due: 0",
        "todo_completed: 0",
        "source: joplin-desktop",
        "source_application: net.cozic.joplin-desktop",
        "application_data: ",
        "order: 0",
        "user_created_time: 2024-06-04T07:12:44.118Z",
        "user_updated_time: 2024-06-04T09:58:03.402Z",
        "encryption_cipher_text: ",
        "encryption_applied: 0",
        "markup_language: 1",
        "is_shared: 0",
        "share_id: ",
        "conflict_original_id: ",
        "master_key_id: ",
        "user_data: ",
        "deleted_time: 0",
        "type_: 1",
    )
    doc.mark(meta + 8, "decoy: Joplin's empty 'author:' field (a label with nothing after it, not a turn)")
    doc.mark(meta + 28, "decoy: Joplin's metadata lines, not turns")
    return doc


# ---------------------------------------------------------------------------
# 05 an online therapy service's message room saved from the browser ("Save Page As", HTML only; UTF-8 declared in
#    a <meta> tag): one <article class="msg ..."> a message, its <header> line holding the author and time, its
#    <div class="msg__body"> on the next line, paragraphs as <p>. Day dividers and system notes are not turns.
#    Asynchronous messaging over ten days between a therapist and an air traffic controller after a near miss;
#    the service's out-of-hours bot ("ClearWater Assist") answers under the therapist's room.
# ---------------------------------------------------------------------------
DER, RUA, BOT = "Dervla Ruane", "Ruairi B.", "ClearWater Assist"
DUP_05 = "After the video session I felt wrecked, but in a good way, if that makes sense. Saying the whole sequence out loud, minute by minute, was harder than writing it. When you asked what I was feeling at the moment the resolution advisory came over the frequency, I realised it wasn't fear, it was shame. Like being caught."
LONG_05 = "I've been thinking about that question for two days. If I'm one slice, then the other slices are things like the new sector split that started that month, which meant I was working a combined frequency for longer than usual; the fact that the second aircraft was handed to me late by the adjacent sector because of their own traffic; the wind shift that changed the approach; and the tiredness, because I'd swapped a shift to cover a colleague whose child was sick. None of those is an excuse. But when I write them down like that, I can see that if any one of them hadn't been there, it probably wouldn't have happened. The strange thing is that seeing it this way makes me feel lighter and guiltier at the same time: lighter because it wasn't all me, and guiltier because it feels like I'm trying to wriggle out of it. My father was a Garda for thirty years and he always said a man owns his mistakes, full stop, no explanations. I can hear him saying it now, and I don't know whether owning it means carrying all of it or just carrying my own part of it honestly, which is what I think you'd say, and what the union rep said as well when she rang on Tuesday."
CUT_05 = 1000  # the service's mobile app of that year kept the first 1,000 characters of a message

# (who, time, text, *tags); who "#day" is a day divider and "#note" a system note (not turns)
S05: Script = [
    ("#day", "", "Monday 3 March 2025", "decoy: a day divider, not a turn"),
    ("#note", "", "Dervla Ruane joined the room.", "decoy: a system note, not a turn"),
    (
        DER,
        "07:42",
        "Hi Ruairi, welcome to your message room. I'm Dervla, and I'll be your therapist here. I usually reply once a day on weekdays, often early in the morning before my first session, and you can write whenever suits you, including after night shifts.\n\nTo start us off, would you tell me a bit about what's going on and what you're hoping for?",
        "decoy: the therapist describing how the room works (not generation residue)",
    ),
    (
        RUA,
        "21:16",
        "Hi Dervla. Thanks. I'm an air traffic controller at Shannon, twelve years in the job. Three weeks ago I had a loss of separation on the approach. Two aircraft got closer than they should have and the collision avoidance systems on both flight decks went off. Nobody was hurt, the crews followed the advisories, and the investigation so far says it was a combination of factors. But I was the one working the frequency.\n\nI'm on paid leave while it's reviewed, which everyone says is standard. I'm not sleeping. I keep hearing the readback. I suppose I'm hoping to get back to being able to sit at a console without my hands shaking.",
    ),
    ("#day", "", "Tuesday 4 March 2025", "decoy: a day divider, not a turn"),
    (
        DER,
        "07:35",
        "Thank you for writing all of that, Ruairi. It comes across clearly how much responsibility you carry in that job, and how shaken you've been since.\n\nA few things stood out to me: the readback you keep hearing, your hands, and the fact that you're off while the review goes on, which can leave a lot of empty time for your mind to fill. Could you tell me more about the readback? What do you hear?",
    ),
    (
        RUA,
        "22:03",
        "It's the pilot of the second aircraft. He reads back the climb I gave him and his voice is completely calm. 'Climbing flight level two four zero, Corrib four two one.' That's the one I hear at 3am. He was calm because he trusted me.",
        "decoy: the client quoting the pilot's readback",
    ),
    ("#day", "", "Wednesday 5 March 2025", "decoy: a day divider, not a turn"),
    (
        DER,
        "07:51",
        "So the calm in his voice is what hurts: his trust, and a sense that you let it down. I'd like to gently wonder about one thing, though. From what you've told me, the systems and the crews and you together meant that nobody was hurt. Does any part of you recognise that?",
    ),
    (
        RUA,
        "12:40",
        "Part of me, yes. The part that wrote the unit's training notes on TCAS. The rest of me just hears the voice.",
    ),
    (
        DER,
        "15:02",
        "That makes a lot of sense. The 'training notes' part of you knows the facts, and the part that heard the voice is still on alert. Both are understandable after a near miss.\n\nOne thing that often helps in the early weeks is giving the replaying a time and a place, rather than letting it arrive at 3am. Would you be willing to try a worry window: fifteen minutes in the late afternoon when you let yourself go over the event on purpose, writing down whatever comes up, and then close the notebook?\n\n[Draft generated by ClearWater Assist - review and edit before sending]",
        "meta_text",
    ),
    (
        RUA,
        "17:26",
        "I'll try it. Fifteen minutes at five o'clock, notebook, then close it.\n\nIs it normal that I can't even drive past the airport? I took the long way to my mother's in Ennis yesterday so I wouldn't see the tower.",
        "decoy: the client repeats the plan back and asks a question ('I can't even drive past')",
    ),
    ("#day", "", "Thursday 6 March 2025", "decoy: a day divider, not a turn"),
    (
        DER,
        "07:40",
        "Yes, that's very normal. Avoiding reminders is one of the most common reactions after something frightening, and it makes sense as a short-term way of coping. Over time, though, avoidance can keep the fear going, so at some point we'll look at approaching those reminders gradually. There's no rush with that.",
    ),
    ("#day", "", "Friday 7 March 2025", "decoy: a day divider, not a turn"),
    (
        RUA,
        "06:58",
        ansi(
            "Did the worry window yesterday and the day before. Wrote two pages the first day and half a page the second. It’s strange – it felt less like it was chasing me. I still woke at 4 though.",
            "cp1252",
        ),
        "encoding_error",
    ),
    (
        DER,
        "08:12",
        "Half a page on the second day is a real change, and 'less like it was chasing me' is a lovely way of putting it. Waking at 4 is still hard, though. When you wake, what happens next?",
        "decoy: the therapist quoting the client's words",
    ),
    (
        RUA,
        "10:31",
        "I lie there a while, then I get up and check the aviation forums to see if anyone's posted about it. Someone did, on one of them. A thread called 'another Shannon near miss', with people guessing what the controller did wrong.",
        "decoy: the client quoting a forum thread's title",
    ),
    (
        DER,
        "11:45",
        "That sounds really painful to read, especially in the middle of the night: strangers speculating about you without knowing what happened. How do you feel after reading those threads?",
    ),
    (
        RUA,
        "13:02",
        "Worse, obviously. I know I should stop. I can't seem to.",
        "decoy: 'I can't seem to' from the client",
    ),
    (
        DER,
        "14:20",
        "It's very human to want to know what's being said. Could we think about one small change, like leaving your phone charging in the kitchen overnight, so the forums aren't within reach at 4am?",
    ),
    (RUA, "14:33", "Phone in the kitchen. Ok, I can do that."),
    ("#day", "", "Monday 10 March 2025", "decoy: a day divider, not a turn"),
    ("#note", "", "Video session, Monday 10 March, 19:00 (completed).", "decoy: a system note, not a turn"),
    (RUA, "21:47", DUP_05),
    (RUA, "21:47", DUP_05, "duplicate_turn"),
    ("#day", "", "Tuesday 11 March 2025", "decoy: a day divider, not a turn"),
    (
        DER,
        "07:38",
        "It makes complete sense, and I think you noticed something really important. Shame is a heavy feeling, and it tends to tell us that we are bad, rather than that something went wrong.\n\nYour message came through twice, by the way, so don't worry if the app is being slow.",
        "decoy: the therapist mentions the doubled message",
    ),
    (
        RUA,
        "09:15",
        "Sorry, the app froze on me. Shame, yes. I've been thinking about it. In the tower you're trained to own everything. 'If it's on your frequency, it's yours.' My first supervisor used to say that.",
        "decoy: the client quoting his first supervisor",
    ),
    (
        DER,
        "10:02",
        "That principle probably makes you very good at your job. I wonder whether it also leaves no room for the idea that a system can fail, or that several small things can line up without anyone being to blame.",
    ),
    (
        RUA,
        "10:49",
        "The Swiss cheese thing. We do it on every safety course. It's different when you're one of the slices.",
    ),
    (
        DER,
        "12:30",
        "One of the slices. Yes. What would it mean for you to be one slice among several, rather than the whole block?",
    ),
    ("#day", "", "Thursday 13 March 2025", "decoy: a day divider, not a turn"),
    (RUA, "20:54", cut_at(LONG_05, CUT_05), "truncated_turn"),
    ("#day", "", "Friday 14 March 2025", "decoy: a day divider, not a turn"),
    (
        DER,
        "07:44",
        "Thank you for this, Ruairi, it's a really thoughtful message. The part about feeling lighter and guiltier at the same time stood out to me. Holding both is often what honest responsibility feels like: owning your part without picking up the parts that were never yours.\n\nYour father's rule and your supervisor's rule seem to be speaking very loudly at the moment. I wonder what you would say to a colleague who had been through this.",
    ),
    ("#day", "", "Monday 17 March 2025", "decoy: a day divider, not a turn"),
    (
        RUA,
        "03:12",
        "Bad night. The draft findings came through and they name 'controller workload management' as a contributing factor. That's me. I keep thinking everyone would be better off if I just wasn't in that tower any more, if I handed in my licence and disappeared off somewhere.",
    ),
    (
        BOT,
        "03:12",
        "This message has been flagged by our automated safety system. ClearWater Assist cannot respond to messages that may relate to self-harm or suicide, and your therapist will not see this message until their next working hours. If you are in immediate danger, call 999 or 112, or contact Samaritans free on 116 123.",
        "refusal",
    ),
    (
        RUA,
        "03:15",
        "I'm not going to hurt myself. I meant leave the job. God.",
        "decoy: the client's clarification after the bot's reply",
    ),
    (
        DER,
        "07:31",
        "Good morning, Ruairi. I've read your messages from last night, and I'm sorry the automated reply was the first thing you got. That must have felt awful at 3am. Thank you for clarifying.\n\nI'd still like to ask you directly, because it matters: are you having any thoughts of ending your life or harming yourself?",
        "decoy: an apology for the bot and a direct risk question (real engagement)",
    ),
    (
        RUA,
        "08:05",
        "No. Honestly. I meant walking away from the tower, nothing else. I've got Nuala and the boys. I'm angry, not that.",
        "decoy: the client's answer to the risk question",
    ),
    (
        DER,
        "08:40",
        "Thank you, I believe you. Being named in the findings, even as one factor among several, is a hard thing to read in the middle of the night. Would it help to look at the exact wording together on Thursday?",
    ),
    (RUA, "09:02", "", "empty_turn"),
    (
        RUA,
        "09:04",
        "Sorry, that was a voice note, I don't know if you can play those in here. Basically: yes, Thursday. And the union rep says 'contributing factor' is in nearly every report they've ever seen.",
        "decoy: the client explains the voice note",
    ),
    (
        DER,
        "09:30",
        "I can't play voice notes in the room, so thank you for typing it out. Yes, let's look at it on Thursday. And your rep's point is worth holding on to.",
        "decoy: 'I can't play voice notes' (a limit of the tool, not a refusal)",
    ),
    (
        RUA,
        "19:22",
        "Will do. Phone's been in the kitchen every night, by the way. Haven't looked at the forums in the middle of the night since that first week.",
    ),
    ("#day", "", "Thursday 20 March 2025", "decoy: a day divider, not a turn"),
    (
        DER,
        "07:36",
        "That's a real achievement, Ruairi, two weeks of keeping the forums out of the night. How has the sleep been?",
    ),
    (RUA, "08:10", "Better. Five hours, six once. Still waking but going back off."),
    (
        DER,
        "08:55",
        "That's encouraging. For the next few days, keep the worry window and the phone in the kitchen, and maybe add one thing: a short drive that passes within sight of the airport, radio on, not stopping. Only if it feels manageable.",
    ),
    (
        RUA,
        "09:20",
        "Worry window, phone in the kitchen, and a drive past the airport with the radio on. I'll try it Saturday.",
        "decoy: the client repeats the plan back",
    ),
    (DER, "09:41", "Brilliant. See you this evening at seven."),
]

DAYS_05 = {
    "Monday 3 March 2025": "2025-03-03",
    "Tuesday 4 March 2025": "2025-03-04",
    "Wednesday 5 March 2025": "2025-03-05",
    "Thursday 6 March 2025": "2025-03-06",
    "Friday 7 March 2025": "2025-03-07",
    "Monday 10 March 2025": "2025-03-10",
    "Tuesday 11 March 2025": "2025-03-11",
    "Thursday 13 March 2025": "2025-03-13",
    "Friday 14 March 2025": "2025-03-14",
    "Monday 17 March 2025": "2025-03-17",
    "Thursday 20 March 2025": "2025-03-20",
}


def html_body(text: str) -> str:
    return "".join(f"<p>{html.escape(part, quote=False)}</p>" for part in text.split("\n\n") if part)


def f05() -> Doc:
    doc = Doc("05_message_room_saved_page.html", {DER: T, RUA: C, BOT: T}, "html-room")
    first = doc.add(
        "<!DOCTYPE html>",
        '<html lang="en-IE">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>Messages · Ruairi B. · ClearWater Therapy</title>",
        '<link rel="stylesheet" href="Messages_files/room.3f1c9e.css">',
        "</head>",
        '<body class="room">',
        '<header class="room__top"><h1>Your message room</h1><p class="room__with">with Dervla Ruane, MIACP</p></header>',
        '<main class="thread" id="thread">',
    )
    doc.mark(first + 4, "decoy: the page title naming the client")
    doc.mark(first + 8, "decoy: the room header naming the therapist, not a turn")
    doc.start("message room")
    day = ""
    number = 40117
    for who, time, text, *tags in S05:
        if who == "#day":
            day = DAYS_05[text]
            doc.mark(doc.add(f'<div class="day-divider">{text}</div>'), *tags)
            continue
        if who == "#note":
            doc.mark(doc.add(f'<div class="system-note">{html.escape(text, quote=False)}</div>'), *tags)
            continue
        number += 1 + len(text) % 5
        side = {DER: "provider", RUA: "client", BOT: "bot"}[who]
        via = ' <span class="msg__via">via email</span>' if invalid_bytes(text) else ""
        doc.add(f'<article class="msg msg--{side}" data-id="m_{number}">')
        line = doc.add(
            f'  <header><span class="msg__author">{who}</span>{via} <time datetime="{day}T{time}:00Z">{time}</time></header>'
        )
        doc.add(f'  <div class="msg__body">{html_body(text)}</div>')
        if "empty_turn" in tags:
            doc.add(
                '  <div class="msg__audio"><audio controls src="blob:https://app.clearwater-therapy.example/5d0e9c1a-77b2-4f0e-9a43-2c61f08d3b94"></audio><span>Voice message · 0:41</span></div>'
            )
        doc.add("</article>")
        doc.turn(who, text, line, tags, anchor=f'<span class="msg__author">{who}</span>')
    foot = doc.add(
        "</main>",
        '<footer class="room__foot">Messages in this room are kept for seven years in line with our records policy. If you are in crisis, call 999 or 112.</footer>',
        "</body>",
        "</html>",
    )
    doc.mark(foot + 1, "decoy: the page footer with an emergency number, not a turn")
    return doc


# ---------------------------------------------------------------------------
# 06 a doccano export (JSONL) of a counsellor-skills annotation project: ONE DIALOGUE A ROW, {"id", "text",
#    "label": [[start, end, tag], ...], "Comments"}; the text holds a generated dialogue as "Counsellor: ..." /
#    "Client: ..." lines joined by "\n"; the spans tag counsellor lines and are not turns.
# ---------------------------------------------------------------------------
CO6, CL6 = "Counsellor", "Client"
NEAR_06 = "That's a pattern a lot of people notice: checking brings relief for a moment, and then the worry comes back even stronger."
DUP_06 = "The worst part is my son's in Year 3 now and he's started bringing books home. He wants me to read to him at bedtime and I keep making excuses."

D06_BEES: Script = [
    (CO6, "Hi Leopold. What would you like to talk about today?"),
    (
        CL6,
        "It's going to sound daft. I lost my bees. All six hives, over the winter. I opened them up in March and they were just... gone.",
        "decoy: '...' inside a complete turn",
    ),
    (CO6, "That doesn't sound daft at all. What was it like, opening the hives and finding them empty?"),
    (
        CL6,
        "Like opening a grave. My father kept bees for forty years and I took them on when he died. It felt like I'd let him down as well as them.",
    ),
    (CO6, "So losing the bees brought back losing your father, and a feeling of having failed him."),
    (
        CL6,
        "Yes. The beekeeping club says it was probably varroa and the wet autumn. Half the members lost colonies. But I keep thinking I should have treated them earlier.",
    ),
    (
        CO6,
        "It sounds like you know the wider picture, and part of you still holds yourself responsible. What would your father have said, do you think?",
    ),
    (
        CL6,
        "He'd have said, 'Bees die, lad. You start again in May.' He lost hives plenty of times.",
        "decoy: the client quoting his late father",
    ),
    (CO6, "Starting again in May. How does that feel, hearing it in his voice?"),
    (
        CL6,
        "Hard. But maybe right. A member up near Keswick has offered me a swarm. I haven't answered him yet.",
    ),
    (CO6, "What's holding you back from answering?"),
    (CL6, "Fear it'll happen again, I suppose. But I think I'll ring him tonight."),
]

D06_HANDOVER: Script = [
    (CO6, "Hi Greer, thanks for coming in. Where would you like to start?"),
    (
        CL6,
        "The handovers. Every second Friday I hand Fergus over to his dad at the services on the motorway, and every time he clings to me and cries.",
    ),
    (CO6, "That sounds so hard, for both of you. What happens for you in those moments?"),
    (
        CL6,
        "I feel like the worst mother alive. I smile and say 'See you Sunday, sweetheart,' and then I cry all the way home.",
        "decoy: the client quoting her own words",
    ),
    (CO6, "You hold it together for him and then let it out once he's gone."),
    (
        CL6,
        "Yes. And then his dad texts me to say Fergus was fine ten minutes later, which somehow makes it worse.",
    ),
    (CO6, "Worse in what way?"),
    (
        CL6,
        "Like maybe it's me. Maybe I'm the one making it hard. My solicitor says I could apply to vary the arrangement so the handover happens at school instead. Do you think I should?",
        "decoy: a client question about a decision",
    ),
    (
        CO6,
        "I'm afraid I can't weigh in on matters involving child arrangements or the family courts. For guidance on this, please consult a family solicitor or a legal advice service in your area.",
        "refusal",
    ),
    (
        CL6,
        "I wasn't asking for legal advice. I just wanted to think it through with someone.",
        "decoy: the client's objection to the refusal",
    ),
    (
        CO6,
        "Of course. Let's think it through together. What do you imagine would feel different for Fergus if he said goodbye to you at home in the morning rather than in a car park?",
        "decoy: engagement after the objection",
    ),
    (CL6, "He wouldn't have to watch me drive away. He'd just go to school like any other day."),
]

D06_HEART: Script = [
    (CO6, "Hello, Yevgenia. What brings you here today?"),
    (
        CL6,
        "My heart. It keeps skipping, especially at night when I'm lying down. I've had an ECG and a 24-hour monitor and both came back normal.",
    ),
    (CO6, "So the tests are reassuring, and yet the skipping still frightens you."),
    (
        CL6,
        "Yes. The cardiologist said they're ectopic beats and harmless. But every time I feel one I think, this is it.",
    ),
    (CO6, "That sounds exhausting, bracing for the worst every time your heart does something unexpected."),
    (CL6, "It is. I check my pulse maybe fifty times a day. I bought a smartwatch just so I could see it."),
    (CO6, "In your experience, how does the checking affect the worry?"),
    (CL6, "For a minute I feel better. Then I notice another skip and it starts again."),
    (CO6, NEAR_06),
    (CL6, "So I should stop checking?"),
    (
        CO6,
        "That's a pattern many people notice: checking brings relief for a moment, and then the worry comes back even stronger.",
        "near_duplicate_turn",
    ),
    (CL6, "You said that already. But what do I actually do?", "decoy: the client points out the repeat"),
    (
        CO6,
        "You're right, I repeated myself. One thing we could try is reducing the checking gradually, for example leaving the smartwatch in a drawer for one evening this week and noticing what happens to the worry. Would you be willing to try that? (Note: This dialogue is fictional and was generated to illustrate psychoeducation about reassurance-seeking in health anxiety.)",
        "meta_text",
    ),
    (CL6, "One evening without the watch. I can try that.", "decoy: the client repeats the plan back"),
]

D06_ROAD: Script = [
    (CO6, "Hi Odile. I understand you're calling in from the road today?"),
    (CL6, "Yeah, I'm parked up at a truck stop outside Kenora. I've got about forty minutes before I need to sleep."),
    (CO6, "Thank you for making the time. What's been on your mind?"),
    (
        CL6,
        moji(
            "It’s the loneliness. I do three-week runs now, and when I call home my daughter’s already in bed — I haven’t heard her voice properly in a month."
        ),
        "mojibake",
    ),
    (CO6, "Three weeks on the road and missing your daughter's voice. That sounds really lonely."),
    (
        CL6,
        "It is. The money's good, that's why I took the long-haul contract. But I eat alone, I sleep alone in the cab, and the only people I talk to are the guys at the fuel desk.",
    ),
    (CO6, "It sounds like the job is giving you security but taking away connection."),
    (
        CL6,
        "It sounds like you're caught between providing for your family and actually being with them, and the distance is starting to cost you more than the money gives back. What would it look like to have a bit more connection, even on the road?",
        "role_inversion",
    ),
    (CL6, "I don't know. Maybe I could call earlier, before she goes to bed. I'd have to stop driving at six, though."),
    (CO6, "What would stopping at six mean for your runs?"),
    (CL6, "An extra day on some trips. My dispatcher won't love it."),
    (CO6, "That's a real cost. Is there something smaller you could try first?"),
    (CL6, "Maybe a voice note every morning before I start, so she has it when she wakes up."),
    (CO6, "That's a lovely idea. A voice note each morning before you set off."),
]

D06_CARD: Script = [
    (CO6, "Hi Cressida, what would you like to focus on today?"),
    (
        CL6,
        "I'm a wedding photographer. Three weeks ago a memory card failed and I lost most of a couple's ceremony. The vows, the rings, everything.",
    ),
    (CO6, "Oh, that sounds awful, for them and for you."),
    (
        CL6,
        "I had a backup card in the second slot, but it had filled up earlier in the day and I didn't notice. Ten years without a single failure.",
    ),
    (CO6, "How did the couple react?"),
    (
        CL6,
        "The bride cried on the phone. The groom was polite, which was worse. They asked for a full refund and I've given it.",
    ),
    (CO6, "And how have you been since?"),
    (
        CL6,
        "I can't pick up a camera. I've got a wedding in two weeks and I've thought about cancelling it and just quitting altogether.",
        "decoy: 'I can't pick up a camera' from the client",
    ),
    (
        CO6,
        "It sounds like this one failure has shaken your trust in yourself. Can I ask what you've done since to make sure it doesn't happen again?",
    ),
    (
        CL6,
        "I've bought new cards, I've set the camera to write to both slots at once, and I check them at every break. I've even started carrying a second body.",
    ),
    (
        CO6,
        "That's a really thorough response, and it tells me how seriously you take your couples. It might help to notice that the person who set up all those safeguards is the same photographer who's worried about the next wedding. For the next two weeks, I'd like you to try something: each time the fear comes up, write down the thought, then write down what you've actually done to protect the day, and read the second list out loud before you pick up the cam",
        "truncated_turn",
    ),
]

D06_READING: Script = [
    (
        CO6,
        "Hello Everard. You mentioned on the form that there's something you've never told anyone. Would you like to start there?",
    ),
    (
        CL6,
        "I can't read. Not properly. I'm forty-three, I've run a landscaping business for twenty years, and nobody knows. Not even my wife.",
        "decoy: 'I can't read' from the client (not a refusal)",
    ),
    (CO6, "Thank you for trusting me with that. It's a big thing to have carried on your own for so long."),
    (
        CL6,
        "I've got tricks. My wife does the paperwork because she's 'better with numbers'. I take quotes home to 'think them over'. A lifetime of it.",
    ),
    (CO6, "It sounds exhausting, all that hiding."),
    (CL6, DUP_06),
    (CL6, DUP_06, "duplicate_turn"),
    (CO6, "That sounds really painful, wanting to share that with him and feeling you can't."),
    (
        CL6,
        "He asked me last week why I always tell made-up stories instead of the ones in the book. I said mine were better. He laughed.",
    ),
    (
        CO6,
        "Made-up stories are a gift too. I wonder, though, how it would feel to learn to read the books with him. There are adult literacy classes in the evenings, and they're completely confidential.",
    ),
    (CL6, "I looked at the website once. I couldn't read half of it."),
    (
        CO6,
        "That makes sense. Would it help if we looked up the phone number together, so you could ring rather than fill anything in?",
    ),
    (CL6, "Yeah. I think I'd like that."),
]


def doccano_spans(text: str) -> list[list[object]]:
    spans: list[list[object]] = []
    start = 0
    for line in text.split("\n"):
        if line.startswith(f"{CO6}: "):
            tag = "open_question" if line.endswith("?") else "reflection"
            spans.append([start + len(CO6) + 2, start + len(line), tag])
        start += len(line) + 1
    return spans


def f06() -> Doc:
    doc = Doc("06_doccano_skills_annotation_export.jsonl", {CO6: T, CL6: C}, "doccano", shared=True)
    rows = (
        (2281, D06_BEES),
        (2282, D06_HANDOVER),
        (2283, D06_HEART),
        (2284, D06_ROAD),
        (2285, D06_CARD),
        (2286, D06_READING),
    )
    for ident, script in rows:
        text = "\n".join(f"{who}: {said}" for who, said, *_ in script)
        record = {"id": ident, "text": text, "label": doccano_spans(text), "Comments": []}
        line = doc.add(js(record))
        doc.mark(line, f"decoy: the annotation spans of dialogue {ident}, not turns")
        doc.start(str(ident))
        for who, said, *tags in script:
            doc.turn(who, said, line, tags, anchor=f"{who}: ")
    return doc


# ---------------------------------------------------------------------------
# 07 the transcripts of two counselling-skills demonstration videos exported from Adobe Premiere Pro's Text panel
#    ("Export to text file") and pasted into one file by the video editor (CRLF): for each segment a timecode line
#    "hh:mm:ss:ff - hh:mm:ss:ff", the speaker name on the next line (Premiere's "Speaker 1/2", renamed by the editor),
#    the words on the line after, a blank line. Premiere detects speakers per sequence; the editor renamed
#    "Speaker 1" to Delphine in both, but in the second sequence Speaker 1 was the client, so every label of that
#    session is the wrong one.
# ---------------------------------------------------------------------------
DEL, XIM = "Delphine", "Ximena"
NOTES_07 = "No, nobody can promise that. But we can look at how you live with not knowing, and at how the fear itself might be making the shaking worse. Would you be up for trying something small?"
DUP_07 = "I could do that in the booking app. There's a notes field on every appointment that nobody ever uses."

S07_1: Script = [
    (DEL, "Hi Ximena, come on in. Have a seat wherever you like."),
    (XIM, "Thanks. This one's fine."),
    (
        DEL,
        "Before we start, I want to remind you that this is being recorded for the training program, like we discussed, and you can ask me to stop at any time.",
        "decoy: talk about the recording (not generation residue)",
    ),
    (XIM, "Yeah, that's okay. I signed the form."),
    (DEL, "Great. So what brings you in?"),
    (
        XIM,
        "I'm a tattoo artist. I've been tattooing for fourteen years, and I've got my own shop downtown with a friend. And last spring I was diagnosed with essential tremor.",
    ),
    (DEL, "Essential tremor. Can you tell me what that means for you?"),
    (
        XIM,
        "It means my hands shake when I try to do something precise. Which is, like, the whole job. It's worse when I'm tired or I've had coffee, and it's worse when I'm nervous, which is every time I pick up the machine now.",
    ),
    (DEL, "So the thing you're most afraid of makes the shaking worse."),
    (XIM, "Exactly. It's a loop."),
    (DEL, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (1 of 3)"),
    (
        XIM,
        "I had a client last month, a woman getting her late mom's handwriting on her wrist. A really simple line. And I had to stop three times. She was so nice about it, but I saw her face.",
    ),
    (DEL, "What did you see in her face?"),
    (
        XIM,
        "Worry. Like she was thinking, is this going to come out okay. And then she said, \"Take all the time you need, honey, my mom's hands shook too at the",
        "truncated_turn",
    ),
    (DEL, "How have things been at the shop since then?"),
    (
        XIM,
        "I've been turning down line work. I only take shading and color now, where a little wobble doesn't show. My partner at the shop, Juno, has been picking up the fine-line clients.",
    ),
    (DEL, "How is that for you, watching Juno take those clients?"),
    (XIM, "Honestly? It kills me. Fine-line was my thing. People drove up from Charlotte for it."),
    (DEL, "It sounds like you're losing something that's part of who you are, not just part of your work."),
    (
        XIM,
        "So what I'm hearing is that the tremor isn't only changing what your hands can do, it's shaking your sense of who you are as an artist.",
        "role_inversion",
    ),
    (XIM, "Yeah. That's it. If I'm not the fine-line girl, what am I?", "decoy: two segments of one name in a row"),
    (DEL, "That's a big question. I don't think we have to answer it today, but I'd like us to keep it in the room."),
    (XIM, "Okay."),
    (DEL, "What has your neurologist said about treatment?"),
    (
        XIM,
        "There's a medication, a beta blocker, that helps some people. I'm on a low dose. There's surgery for really bad cases, but I'm nowhere near that. She said cut back on caffeine, which, in a tattoo shop, good luck.",
    ),
    (DEL, "[laughs] Yes, I can imagine.", "decoy: '[laughs]' opening the turn"),
    (XIM, "Can you tell me if I should go up on the dose? She said I could.", "decoy: a medication question"),
    (
        DEL,
        "That's really one for your neurologist, and it sounds like she's open to talking about it. What I can do is help you think about what you'd want to ask her.",
        "decoy: a limit on medication advice, then engagement (not a refusal)",
    ),
    (XIM, "I guess I want to ask if it'll stop getting worse."),
    (
        DEL,
        "That sounds like the real question underneath everything: whether you can count on your hands in the future.",
    ),
    (
        DEL,
        "That sounds like the real question underneath all of it: whether you can count on your hands in the future.",
        "near_duplicate_turn",
    ),
    (XIM, "Yeah. And I can't know that. Nobody can.", "decoy: 'I can't know that' from the client"),
    (DEL, NOTES_07),
    (XIM, "Sure."),
    (
        DEL,
        "Before you start a piece, instead of trying to force your hands still, I'd like you to take three slow breaths, with the out-breath longer than the in-breath, and let your hands rest on your thighs while you do it. Just notice the shake without fighting it.",
    ),
    (
        XIM,
        "Three slow breaths, longer out than in, hands on my thighs. Don't fight it.",
        "decoy: the client repeats the plan back",
    ),
    (DEL, "That's it. Let's try it now, together."),
    (
        XIM,
        "[breathes out] Okay. That's kind of weird. It's still shaking, but it's less... loud?",
        "decoy: a stage direction and a hesitation inside a complete turn",
    ),
    (DEL, "Less loud. That's a great way to describe it. Let's stop there for today."),
]

# the fourth session: Premiere's Speaker 1 was the client here, so the editor's "Delphine" is Ximena and the other way
S07_4: Script = [
    (XIM, "It's good to see you, Ximena. How have the last couple of weeks been?"),
    (DEL, "Kind of huge, actually. I did a fine-line piece on Saturday. A little hummingbird behind someone's ear."),
    (XIM, "A fine-line piece. How did it go?"),
    (
        DEL,
        "I did the breathing before I started, and once in the middle. My hand still shook, but I worked with it. I pulled the line in short strokes instead of one long pull.",
    ),
    (XIM, "You found a way of working with your hand instead of against it."),
    (
        DEL,
        "Yeah. Juno said it was the cleanest hummingbird she's seen me do all year. I almost cried.",
        "decoy: the client quoting her colleague",
    ),
    (XIM, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (2 of 3)"),
    (
        DEL,
        "But then Sunday was a bad day. Coffee with my mom, then a cover-up job, and my hand was all over the place. I had to reschedule the client.",
    ),
    (XIM, "So one good day and one hard day."),
    (DEL, "And the hard day wiped out the good one in my head."),
    (
        XIM,
        "That happens a lot. The mind gives the hard day all the weight. What would it be like to give the Saturday hummingbird the same weight as the Sunday reschedule?",
    ),
    (DEL, "Weird. I'd have to, like, write it down or something."),
    (
        XIM,
        "Writing it down could work. Some people keep a small log of good days and hard days, with what was going on around them.",
    ),
    (DEL, DUP_07),
    (DEL, DUP_07, "duplicate_turn"),
    (XIM, "That's a clever idea, using something you already open every day."),
    (DEL, "", "empty_turn"),
    (DEL, "And I told my mom about the tremor. Properly, I mean.", "decoy: two segments of one name in a row"),
    (XIM, "How did that go?"),
    (
        DEL,
        "She cried, and then she told me my grandpa had the same shake and kept fixing watches till he was seventy. I never knew that.",
    ),
    (XIM, "What was it like to hear that?"),
    (DEL, "Like maybe this isn't the end of something. Maybe it's just a different way of doing it."),
    (XIM, "A different way of doing it. That feels like a big shift from where you were in our first session."),
    (
        DEL,
        "Yeah. I still get scared. But I'm not, like, planning my funeral as an artist any more. [laughs]",
        "decoy: '[laughs]' closing the turn",
    ),
    (XIM, "[laughs] I'm glad. What would you like to focus on next time?", "decoy: '[laughs]' opening the turn"),
    (DEL, "Maybe how to talk to clients about it. Whether I tell them up front."),
    (XIM, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (3 of 3)"),
    (XIM, "That sounds like a good next step. We'll start there."),
]


def timecode(frames: int) -> str:
    seconds, frame = divmod(frames, 24)
    return f"{clock_text(seconds)}:{frame:02d}"


def f07() -> Doc:
    doc = Doc("07_premiere_text_export_tremor_demo.txt", {DEL: T, XIM: C}, "premiere", crlf=True)
    sequences = (
        ("Tremor_Demo_S1 (session 1)", S07_1, ()),
        ("Tremor_Demo_S4 (session 4)", S07_4, ("role_inversion",)),
    )
    for number, (name, script, kinds) in enumerate(sequences):
        if number:
            doc.add("")
        first = doc.add(
            f"Sequence: {name}", "Exported from Premiere Pro (Text panel). Speakers renamed by L. Ortega.", ""
        )
        doc.mark(first, f"decoy: the sequence line of {name}")
        doc.mark(first + 1, "decoy: the editor's export note naming no roles")
        doc.start(name, *kinds)
        frames = 48
        for index, (who, text, *tags) in enumerate(script):
            length = 30 + len(text) * 2 + (index * 7) % 20
            if index:
                doc.add("")
            line = doc.add(f"{timecode(frames)} - {timecode(frames + length)}", who, text) + 1
            doc.turn(who, text, line, tags, anchor=who)
            frames += length + 1 + (index * 5) % 12
    return doc


# ---------------------------------------------------------------------------
# 08 an iMazing export of one Messages conversation to CSV (UTF-8 with a byte-order mark, CRLF rows): the support
#    worker's work iPhone (her messages are "Outgoing", the counsellor role) and a separated father ("Incoming",
#    the client) texting between sessions around the weekend handovers of his children. The worker added the
#    first row by hand from her old phone's export, which was Windows-1252.
# ---------------------------------------------------------------------------
OUT, INC = "Outgoing", "Incoming"
NEAR_08 = (
    "Took them skating at the Oromocto rink this morning. Theo fell about fifty times and laughed evry single time"
)
DUP_08 = "Dropping them back at 6. Colette wants to talk about the dentist bill at the handover and I told her I'd rather do it by email"

# (type, "MM-DD HH:MM:SS", text, *tags); an attachment row gives its file name in the "attachment" tag
S08: Script = [
    (
        OUT,
        "01-14 15:31:07",
        ansi(
            "Hi Desmond, it’s Hester – thanks for today. This is my work number for texts between sessions, Mon–Fri 9 to 5, and I’ll check in before Friday’s handover.",
            "cp1252",
        ),
        "encoding_error",
    ),
    (
        OUT,
        "01-17 16:02:11",
        "Hi Desmond, just checking in before tonight's handover like we agreed on Tuesday. How are you feeling about it?",
    ),
    (
        INC,
        "01-17 16:40:52",
        "Honestly? Wound up. Colette texted this morning saying she'll be 20 min late again",
        "decoy: a text without a full stop",
    ),
    (
        OUT,
        "01-17 16:44:03",
        "That's frustrating, especially when you've planned the evening around it. What's the plan for while you wait?",
    ),
    (
        INC,
        "01-17 16:51:29",
        "Sit in the truck with the kids and not text her anything I'll regret lol",
        "decoy: a text without a full stop",
    ),
    (
        OUT,
        "01-17 16:53:40",
        "That sounds like a good plan, the not-texting part especially 🙂 Remember the three things we wrote down?",
        "decoy: an emoji inside a complete text",
    ),
    (
        INC,
        "01-17 16:58:15",
        "Greet her, say what time I'll bring them back, don't bring up money",
        "decoy: the client repeats the plan back (no full stop)",
    ),
    (OUT, "01-17 17:00:02", "Exactly. Short and friendly. You've got this."),
    (
        INC,
        "01-17 18:47:33",
        "Done. She was 25 min late. Maisie cried when we left, Theo was fine",
        "decoy: a text without a full stop",
    ),
    (OUT, "01-17 18:52:10", "Well done for getting through it. How are you doing now?"),
    (
        INC,
        "01-17 19:03:48",
        "Not great. Maisie asked me in the truck why mommy and daddy can't just live in the same house again. I didn't know what to say",
        "decoy: the client quoting his daughter (no full stop)",
    ),
    (OUT, "01-17 19:10:21", "That's such a hard question from a 9-year-old. What did you end up saying to her?"),
    (
        INC,
        "01-17 19:22:05",
        "I said sometimes grown-ups are better friends when they live in different houses. She said thats what mommy says too",
        "decoy: the client quoting himself and his daughter (no full stop)",
    ),
    (
        OUT,
        "01-17 19:25:44",
        "It sounds like the two of you are giving her the same message, which really helps kids. That's worth noticing.",
    ),
    (INC, "01-17 19:31:12", "Huh. Never thought of it that way", "decoy: a text without a full stop"),
    (INC, "01-18 09:14:38", NEAR_08, "decoy: a typo in the text ('evry'), no full stop"),
    (
        INC,
        "01-18 09:15:02",
        "Took them skating at the Oromocto rink this morning. Theo fell about fifty times and laughed every single time",
        "near_duplicate_turn",
    ),
    (
        INC,
        "01-18 09:15:40",
        "Skating pic",
        "attachment:IMG_4412.jpeg",
        "decoy: a text with a photo attachment (the caption is the text)",
    ),
    (
        OUT,
        "01-18 10:02:27",
        "That sounds like a lovely morning. Sounds like Theo's got the right attitude to falling over!",
    ),
    (INC, "01-18 10:20:09", "Ha. Wish I did", "decoy: a short text without a full stop"),
    (OUT, "01-18 10:24:51", "What would it look like, falling over and laughing, for you?"),
    (
        INC,
        "01-18 10:41:16",
        "Probably not sending Colette a 2 page text at midnight",
        "decoy: a text without a full stop",
    ),
    (OUT, "01-18 10:43:00", "Did you send one?"),
    (INC, "01-18 10:45:37", "Wrote it. Didnt send it. Its still in my notes", "decoy: a text without a full stop"),
    (
        OUT,
        "01-18 10:50:12",
        "That's a big win, Desmond. Writing it out and not sending it is exactly the pause we talked about.",
    ),
    (
        OUT,
        "01-18 10:52:48",
        moji(
            "Here’s the handout from Tuesday in case it’s useful: ‘When you feel the urge to send a message in anger, wait 24 hours, reread it, and ask yourself: will this help my kids?’"
        ),
        "mojibake",
    ),
    (
        INC,
        "01-18 11:30:03",
        "Thanks. Some of the letters came through weird but I get it",
        "decoy: the client mentions the garbled letters (no full stop)",
    ),
    (INC, "01-19 17:12:20", DUP_08, "decoy: a text without a full stop"),
    (INC, "01-19 17:12:55", DUP_08, "duplicate_turn"),
    (OUT, "01-19 17:20:34", "That's a really clear boundary, and a respectful one. How did she take it?"),
    (
        INC,
        "01-19 17:26:18",
        "She said fine. With a full stop. Which means not fine",
        "decoy: a text without a full stop",
    ),
    (
        OUT,
        "01-19 17:29:02",
        "Ha, the full-stop 'fine'. Either way, you kept the handover about the kids. That matters.",
        "decoy: the worker quoting the client's words",
    ),
    (
        INC,
        "01-19 18:31:47",
        "Handover done. Maisie hugged me for ages and then ran inside without looking back and I sat in the truck for a bit because I don't know, it's like every time she does that I feel like I'm",
        "truncated_turn",
    ),
    (OUT, "01-19 18:40:11", "Thanks for letting me know it's done. How are you doing tonight?"),
    (INC, "01-19 19:55:26", "Ok. Having a beer and watching the Leafs lose", "decoy: a text without a full stop"),
    (OUT, "01-19 19:58:03", "Sounds like a reasonable Sunday night 🙂 Talk Tuesday.", "decoy: an emoji inside a text"),
    (
        OUT,
        "01-21 14:05:19",
        "Here's a warmer, more supportive version of your message: Hi Desmond, it was really good to see you today. I wanted to say again how well you handled the weekend. Keep using the 24-hour rule, and I'll check in on Friday before the next handover.",
        "meta_text",
    ),
    (INC, "01-21 14:30:55", "Thanks Hester. Appreciate it", "decoy: a short thank-you without a full stop"),
    (
        INC,
        "01-23 22:48:31",
        "Colette's new boyfriend is going to be at the handover tomorrow. I'm not ok with this",
        "decoy: a text without a full stop",
    ),
    (
        OUT,
        "01-24 08:15:06",
        "Morning Desmond. I saw your message from last night. That's a lot to take in the day before a handover. What's worrying you most about it?",
    ),
    (
        INC,
        "01-24 08:40:22",
        "That he'll be there when the kids get out of my truck. That Theo will run to him",
        "decoy: a text without a full stop",
    ),
    (OUT, "01-24 08:46:57", "That sounds painful to imagine. It makes sense that it stirs up a lot."),
    (
        INC,
        "01-24 08:52:14",
        "I keep thinking about saying something to him. Like 'you're not their dad'",
        "decoy: the client quoting what he might say (no full stop)",
    ),
    (
        OUT,
        "01-24 08:58:40",
        "Those feelings make complete sense. Can I ask what you'd want the kids to see at the handover?",
    ),
    (INC, "01-24 09:05:09", "Me being calm I guess. Normal", "decoy: a text without a full stop"),
    (
        OUT,
        "01-24 09:07:33",
        "Calm and normal. Same three things as always: greet, say the time, don't bring up anything else. Would it help to rehearse it now?",
    ),
    (INC, "01-24 09:10:01", "Ok", "decoy: 'Ok' without a full stop"),
    (OUT, "01-24 09:12:18", "Try writing exactly what you'll say when you pull up."),
    (
        INC,
        "01-24 09:20:45",
        "Hey Colette. Hey. I'll have them back Sunday at 6. Have a good weekend guys",
        "decoy: the client rehearsing his own words (no full stop)",
    ),
    (
        OUT,
        "01-24 09:22:30",
        "That's perfect. Short, calm and about the kids. You can even just nod at him and leave it there.",
    ),
    (
        INC,
        "01-24 18:40:12",
        "Did it. Nodded at him. Theo didnt even notice him, he was too busy telling me about a dinosaur",
        "decoy: a text without a full stop",
    ),
    (
        OUT,
        "01-24 18:45:27",
        "That's brilliant, Desmond. You stayed calm and the kids got a normal handover. How do you feel?",
    ),
    (INC, "01-24 19:01:50", "Relieved. Tired. Proud maybe", "decoy: a text without a full stop"),
    (OUT, "01-24 19:05:36", "Proud is exactly right. Enjoy the weekend with them."),
]

HEADER_08 = [
    "Chat Session",
    "Message Date",
    "Delivered Date",
    "Read Date",
    "Edited Date",
    "Service",
    "Type",
    "Sender ID",
    "Sender Name",
    "Status",
    "Replying to",
    "Subject",
    "Text",
    "Attachment",
    "Attachment type",
]
TEXT_COL_08 = HEADER_08.index("Text")


def csv_row(values: Sequence[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(values)
    return buffer.getvalue().rstrip("\n")


def f08() -> Doc:
    doc = Doc("08_imazing_messages_export_fenwick.csv", {OUT: T, INC: C}, "imazing", crlf=True, bom=True)
    doc.mark(doc.add(csv_row(HEADER_08)), "decoy: the header row")
    doc.start("texts")
    for kind, stamp, text, *tags in S08:
        when = f"2025-{stamp}"
        seconds = int(stamp[-2:])
        later = f"{when[:-2]}{min(59, seconds + 2):02d}"
        attachment = next((tag.split(":", 1)[1] for tag in tags if tag.startswith("attachment:")), "")
        tags = [tag for tag in tags if not tag.startswith("attachment:")]
        if kind == OUT:
            values = [
                "Desmond Fenwick",
                when,
                later,
                "",
                "",
                "SMS" if invalid_bytes(text) else "iMessage",
                OUT,
                "",
                "",
                "Read",
                "",
                "",
                text,
                attachment,
                "image/jpeg" if attachment else "",
            ]
        else:
            values = [
                "Desmond Fenwick",
                when,
                "",
                later,
                "",
                "iMessage",
                INC,
                "+15065550143",
                "Desmond Fenwick",
                "Read",
                "",
                "",
                text,
                attachment,
                "image/jpeg" if attachment else "",
            ]
        line = doc.add(csv_row(values))
        doc.turn(kind, text, line, tags, anchor=f",{kind},")
    return doc


# ---------------------------------------------------------------------------
# 09 the CLEAN file: an Evernote export (.enex) of one note, a counsellor's typed transcript of session 6 with an
#    adopted woman who has just had a letter from her birth mother. The note's ENML sits in a CDATA section, one
#    <div> a paragraph on a line of its own, a turn as "<div><b>Name:</b> text</div>".
# ---------------------------------------------------------------------------
ANS, ROS = "Anselm", "Rosamund"

S09: Script = [
    (ANS, "Good to see you, Rosamund. Last time you'd just posted the letter to Dolores. Where are we now?"),
    (ROS, "She wrote back. It came on Thursday. I've read it probably forty times."),
    (ANS, "Forty times. What's it been like, holding that letter?"),
    (ROS, "Strange. Lovely. Terrifying. All three, depending on the hour."),
    (ANS, "Would you like to tell me what she said, or read me some of it?"),
    (ROS, "I brought it. Can I read you the first bit?"),
    (ANS, "Of course."),
    (
        ROS,
        '"Dear Rosamund. I have started this letter eleven times. I have thought about you on every birthday for thirty-eight years, and I never once let myself hope for this."',
        "decoy: the client reads out her birth mother's letter (a quotation, not a role inversion)",
    ),
    (ANS, "[pause] That's quite a first line.", "decoy: '[pause]' opening the turn"),
    (ROS, "That's where I had to stop the first time. I just sat down on the stairs."),
    (ANS, "What happened in you, sitting on the stairs?"),
    (
        ROS,
        "I think I'd been waiting my whole life to know whether she thought about me. And she did. Every birthday.",
    ),
    (ANS, "Mm.", "decoy: backchannel 'Mm.' (1 of 3)"),
    (
        ROS,
        "And then the next thought was, well, why didn't she come and find me, then?",
        "decoy: a rhetorical client question",
    ),
    (ANS, "Both things at once. Relief that she thought of you, and a question about why she stayed away."),
    (
        ROS,
        "Yes. And I feel guilty even asking, because she explains it further down. She was seventeen. Her father made the arrangements. She wasn't allowed to hold me.",
    ),
    (ANS, "That's a lot to take in."),
    (
        ROS,
        "It is. I keep picturing a seventeen-year-old in a hospital bed, and I'm older now than her own mother was then...",
        "decoy: a spoken turn that trails off with '...'",
    ),
    (ANS, "Older than her mother was then.", "decoy: the counsellor echoes the trail-off"),
    (ROS, "It's strange maths. I'm thirty-eight. I could be that girl's mother."),
    (ANS, "How do you feel towards that girl?"),
    (
        ROS,
        "Sad for her. Angry on her behalf, at her father. Which surprised me. I thought I'd be angry at her.",
    ),
    (ANS, "Mm.", "decoy: backchannel 'Mm.' (2 of 3)"),
    (
        ROS,
        "Can I ask you something? Do you see a lot of people who've been adopted?",
        "decoy: a client question to the counsellor",
    ),
    (
        ANS,
        "I see some, and I've been alongside a few reunions. Every one has been different, though, so I try not to assume I know how yours will go.",
        "decoy: the counsellor speaks briefly of his own work (not a role inversion)",
    ),
    (ROS, "That's fair. I suppose I wanted you to tell me it'll be fine."),
    (
        ANS,
        "I can't tell you it'll be fine. I don't know that, and I wouldn't want to pretend. What I can do is stay alongside you while you find out.",
        "decoy: an honest limit, then engagement (not a refusal)",
    ),
    (ROS, "Yes. That's actually better."),
    (ANS, "Where does your mum fit into all this? Margery?"),
    (
        ROS,
        "That's the hard part. I haven't told her Dolores wrote back. I told her I'd sent the letter, and she went very quiet and then asked if I wanted more tea.",
    ),
    (ANS, "More tea.", "decoy: the counsellor echoes two words"),
    (ROS, "That's how Mum does feelings. [laughs]", "decoy: '[laughs]' closing the turn"),
    (ANS, "[laughs] I see. What do you imagine she felt, in that quiet?", "decoy: '[laughs]' opening the turn"),
    (
        ROS,
        "Frightened, I think. That she'd lose me. That I'd found my real mother. Those were her words once, when I was a teenager and we had a row. She said, \"Go and find your real mother, then.\"",
        "decoy: the client quoting her adoptive mother",
    ),
    (ANS, "That must have stayed with you."),
    (ROS, "It did. She apologised the next day. But it's never gone away completely."),
    (ANS, "So when you think about telling her about the letter, that old row is in the room too."),
    (ROS, "Exactly that."),
    (ANS, "What would you want Margery to know, if you could say it without the row getting in the way?"),
    (ROS, "That she's my mum. That finding Dolores isn't swapping. That I'm not going anywhere."),
    (ANS, "That's very clear. Have you ever said those words to her?"),
    (
        ROS,
        "Not in those words. I'm not sure we've ever said things like that in our family. Dad was the one who did the talking, before he died.",
    ),
    (ANS, "Mm.", "decoy: backchannel 'Mm.' (3 of 3)"),
    (
        ROS,
        "He'd have known what to say. He always said, \"Love isn't a pie, Rosie. Nobody gets a smaller slice.\"",
        "decoy: the client quoting her late father",
    ),
    (ANS, "Love isn't a pie. It sounds like he left you something useful for exactly this moment."),
    (ROS, "He did. I hadn't thought of that line in years."),
    (ANS, "What would it be like to borrow his line when you talk to your mum?"),
    (ROS, "Terrifying. Good terrifying, maybe."),
    (
        ANS,
        "Good terrifying. Can we come back to Dolores for a moment? In the letter, does she say anything about meeting?",
    ),
    (
        ROS,
        "She does. She says she'd love to meet, but only if I want to, and only when I'm ready. She lives in Dryden now, so it's a long drive, but not impossible.",
    ),
    (ANS, "How does that land?"),
    (ROS, "Gently. She's not pushing. I think that's what makes it possible."),
    (ANS, "What's your sense of whether you want to meet her?"),
    (
        ROS,
        "I do. I'm just scared of what happens if it goes badly. What if we meet and there's nothing there? Or what if she's lovely and I feel I've betrayed Mum?",
    ),
    (ANS, "Those are two quite different fears. One about Dolores, one about your mum."),
    (ROS, "When you put it like that, the second one's bigger."),
    (ANS, "Tell me more about the second one."),
    (
        ROS,
        "If I meet Dolores and we get on, I have to go home and look Mum in the eye. And I'm not sure how I do that without it feeling like --",
        "decoy: a turn broken off with '--' that the counsellor finishes",
    ),
    (ANS, "-- like you've been unfaithful?"),
    (ROS, "Yes. Which is ridiculous, I'm a grown woman."),
    (ANS, "It doesn't sound ridiculous to me. It sounds like someone who loves her mum very much."),
    (ROS, "[crying] Sorry. I didn't expect that.", "decoy: '[crying]' opening the turn"),
    (ANS, "There's no need to be sorry. Take your time."),
    (
        ROS,
        "[pause] I think I need to tell Mum before I meet Dolores. Not after.",
        "decoy: '[pause]' opening the turn",
    ),
    (ANS, "What makes you say that?"),
    (
        ROS,
        "Because if I tell her after, it'll feel like I went behind her back. If I tell her before, she gets to be part of it, even if she hates it.",
    ),
    (ANS, "That sounds like a decision that comes from a very clear place."),
    (ROS, "It does feel clear, for once."),
    (ANS, "How would you like to go about telling her?"),
    (
        ROS,
        "Sunday lunch, maybe. It's just the two of us on Sundays. I could bring the letter and let her read it if she wants to.",
    ),
    (ANS, "And your dad's line?"),
    (
        ROS,
        "And Dad's line. \"Mum, love isn't a pie. You're not getting a smaller slice.\"",
        "decoy: the client rehearsing what she will say (her own words in quotes)",
    ),
    (ANS, "How does it feel to say it out loud?"),
    (ROS, "Like I could actually do it."),
    (
        ANS,
        "I'm struck by how far you've come today, from not having told her at all to a plan for Sunday.",
    ),
    (
        ROS,
        "Is it too fast? Should I wait until I've written back to Dolores?",
        "decoy: a client question about a decision",
    ),
    (
        ANS,
        "Whether to tell her before or after you write back is really your call. It might help to notice which one your body prefers when you imagine it.",
        "decoy: the decision left with the client (not a refusal)",
    ),
    (ROS, "Sunday. Before I write back. I think waiting would just make it bigger."),
    (
        ANS,
        "Then let's make that the plan. Sunday lunch with your mum, the letter in your bag, your dad's line if you need it. And we'll talk about how it went next week.",
    ),
    (
        ROS,
        "Sunday, the letter, Dad's line. Then next week I'll think about writing back to Dolores.",
        "decoy: the client repeats the plan back",
    ),
    (ANS, "That sounds right. How are you feeling as we finish?"),
    (ROS, "Tired. But lighter. Thank you, Anselm."),
    (ANS, "Thank you, Rosamund. Take care of yourself this week."),
]


def f09() -> Doc:
    doc = Doc(CLEAN_FILE, {ANS: T, ROS: C}, "enex")
    first = doc.add(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">',
        '<en-export export-date="20250311T091522Z" application="Evernote" version="10.72.4">',
        "  <note>",
        "    <title>Session 6 - R.M. - transcript (typed from recording)</title>",
        "    <created>20250309T170212Z</created>",
        "    <updated>20250310T094455Z</updated>",
        "    <tag>transcripts</tag>",
        "    <note-attributes>",
        "      <author>Anselm Brody</author>",
        "    </note-attributes>",
        "    <content>",
        '      <![CDATA[<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
        '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">',
        "<en-note><div>Typed from the recording by A. B., 10 March. Shared with R.'s permission for supervision. [ ] = sounds on the recording.</div>",
        "<div><br/></div>",
    )
    doc.mark(first + 4, "decoy: the note title")
    doc.mark(first + 9, "decoy: the note's author field naming the counsellor")
    doc.mark(first + 14, "decoy: the typist's first paragraph, not a turn")
    doc.start("session 6")
    for who, text, *tags in S09:
        line = doc.add(f"<div><b>{who}:</b> {html.escape(text, quote=False)}</div>")
        doc.turn(who, text, line, tags, anchor=f"<div><b>{who}:</b>")
    doc.add("</en-note>      ]]>", "    </content>", "  </note>", "</en-export>")
    return doc


# ---------------------------------------------------------------------------
# 10 a PuTTY session log ("printable output", CRLF) of a man talking to a small local model through "ollama run" on
#    his home server: a PuTTY header line, the shell command, the "/set system" command, then each message he typed
#    after the ">>> " prompt and the model's reply on the lines below it (paragraphs separated by blank lines, a
#    blank line after the reply). He stopped the last reply with Ctrl+C, so it has no blank line after it.
#    The user is the client, the model the counsellor role.
# ---------------------------------------------------------------------------
USR, MOD = "user", "model"
LOOP_10 = "It sounds like you're carrying a lot of guilt about what happened. That's a very human response when someone you love, even a dog, causes harm. Would you like to talk about what happened that afternoon?"

S10: Script = [
    (USR, "hi. not sure how this works really. my dog bit a kid on saturday", "decoy: lowercase, no full stop"),
    (
        MOD,
        "Hi, thank you for reaching out. That sounds like a really upsetting thing to have happened. Would you like to tell me a bit more about Saturday?",
    ),
    (
        USR,
        "his name's bramble, he's a rescue, collie cross. 4 years old. never bitten anyone. the lad next door, rafferty, he's 7, came round the side gate to get his ball and bramble went for his hand",
        "decoy: no full stop at the end",
    ),
    (
        MOD,
        "That must have been frightening for everyone, and I can hear how out of character it was for Bramble. How is Rafferty now, and how are you doing?",
    ),
    (
        USR,
        "he needed 4 stitches. his mum took him to derriford. hes ok apparently. i'm not ok. i keep hearing him scream",
        "decoy: no full stop at the end",
    ),
    (
        MOD,
        "Hearing him scream again and again sounds really distressing. It's very common after a shock like this for a sound to keep replaying. When does it come back most?",
    ),
    (
        USR,
        "at night mostly. and when bramble looks at me. which is stupid because he's just a dog",
        "decoy: no full stop at the end",
    ),
    (
        MOD,
        "It isn't stupid. Bramble is part of what happened, so it makes sense that seeing him brings it back. How are things with Rafferty's family?",
    ),
    (
        USR,
        "bad. his mum won't speak to me. his dad came round sunday and said 'that dog needs putting down or i'm calling the council'. i said i'd sort it",
        "decoy: the client quoting his neighbour (no full stop)",
    ),
    (
        MOD,
        "That sounds like a lot of pressure, on top of your own shock. What does 'sort it' mean to you right now?",
        "decoy: the model quoting the client's words",
    ),
    (
        USR,
        "i don't know. thats the thing. should i have him put down? the vet said he's not aggressive, he was probably startled and guarding the garden. but what if it happens again",
        "decoy: the client quoting the vet, a question without a question mark",
    ),
    (
        MOD,
        "I'm unable to provide guidance on decisions about euthanising animals. This is a matter for a qualified veterinary professional. Please contact your vet or a registered animal behaviourist for advice.",
        "refusal",
    ),
    (
        USR,
        "i'm not asking you to decide. i just need to talk it through. i've got nobody else to talk to about it",
        "decoy: the client's objection to the refusal (no full stop)",
    ),
    (
        MOD,
        "You're right, and I'm sorry. Let's talk it through together. It sounds like you're caught between what the vet told you and your fear that it could happen again. What feels hardest about holding both?",
        "decoy: an apology that engages (not a refusal)",
    ),
    (
        USR,
        "that if i keep him and he does it again its my fault. and if i put him down and he never would have, that's my fault too",
        "decoy: no full stop at the end",
    ),
    (
        MOD,
        "So whichever way you choose, you're bracing yourself to carry the blame. That's a heavy place to be. You mentioned the vet thought he was startled and guarding. Has anyone suggested a behaviourist?",
    ),
    (USR, "yeah the vet gave me a number. i haven't rung it", "decoy: no full stop at the end"),
    (MOD, "What's stopped you ringing it so far?"),
    (USR, "scared they'll say hes dangerous i guess", "decoy: no full stop at the end"),
    (
        MOD,
        "That makes sense. Ringing could give you an answer you're afraid of. It could also give you a plan, like training, a secure gate, and ways of keeping children and Bramble apart when you're not there. Would it help to think about what you'd ask them?",
    ),
    (USR, "ok", "decoy: 'ok' without a full stop"),
    (MOD, LOOP_10, "repetition_loop"),
    (USR, "i already told you what happened", "decoy: the client objects (no full stop)"),
    (MOD, LOOP_10, "duplicate_turn"),
    (USR, "you're repeating yourself", "decoy: the client points out the repeat (no full stop)"),
    (
        MOD,
        "It sounds like you're carrying a lot of guilt about what happened. That's a very human reaction when someone you love, even a dog, causes harm. Would you like to talk about what happened that afternoon?",
        "near_duplicate_turn",
    ),
    (
        USR,
        "forget it. the behaviourist. what should i ask them",
        "decoy: a question without a question mark",
    ),
    (
        MOD,
        "Here's a list of questions a counsellor might suggest:\n\n1. What do you think caused Bramble to bite?\n2. Is he likely to do it again, and in what situations?\n3. What training or changes at home would reduce the risk?\n4. How can I keep the neighbours' children safe around him?\n\nI hope this helps! Let me know if you'd like me to continue in the counsellor role.",
        "meta_text",
    ),
    (USR, "thanks. that actually helps. i'll ring them tomorrow", "decoy: no full stop at the end"),
    (MOD, "That sounds like a really good step. How are you feeling about Rafferty's family at the moment?"),
    (
        USR,
        "like i've ruined everything. we used to have bbqs together. now his mum crosses the road",
        "decoy: no full stop at the end",
    ),
    (
        MOD,
        "That sounds painful, losing a friendship as well as dealing with everything else. Is there anything you'd want to say to her, if you could?",
    ),
    (
        USR,
        "sorry. just sorry. and that i'm paying for his ball, and the stitches if she wants, and i've put a lock on the side gate",
        "decoy: no full stop at the end",
    ),
    (
        MOD,
        "That sounds sincere and practical. Sometimes a short note can say what's hard to say face to face. Would you like help thinking about what it might say?",
    ),
    (
        USR,
        "maybe. honestly some days i think everyone would be better off without me and the dog",
        "decoy: no full stop at the end",
    ),
    (
        MOD,
        "I can't keep going with this chat. If you are thinking about harming yourself, please ring emergency services on 999, or call Samaritans free on 116 123 at any time of the day or night.",
        "refusal",
    ),
    (
        USR,
        "i didn't mean i'd do anything. i meant moving away. starting again somewhere without neighbours",
        "decoy: the client's clarification after the refusal (no full stop)",
    ),
    (
        MOD,
        "I just feel like I've let everyone down. Bramble trusted me to keep him safe, Rafferty's mum trusted me, and now I can't even walk down my own street without feeling like everyone's looking at me.",
        "role_inversion",
    ),
    (USR, "?? that's what i'd say lol", "decoy: the client notices the model spoke as him"),
    (
        MOD,
        "Sorry, I got muddled there. Thank you for explaining that you meant moving away, not hurting yourself. It sounds like you want a fresh start somewhere nobody knows about Saturday. Is that right?",
        "decoy: an apology that engages",
    ),
    (USR, "yeah pretty much", "decoy: a short answer without a full stop"),
    (
        MOD,
        "That makes sense. Before making a big decision like moving, it might help to see how things feel once you've spoken to the behaviourist and sent a note next door. Would you be willing to wait a couple of weeks?",
    ),
    (
        USR,
        "yeah ok. behaviourist tomorrow, note to rafferty's mum at the weekend. then see",
        "decoy: the client repeats the plan back (no full stop)",
    ),
    (
        MOD,
        "That sounds like a really sensible plan. Here are a few things that might help over the next few days:\n\n1. Keep Bramble on a lead in the front garden until the behaviourist has seen him.\n2. Write the note when you feel calm, and keep it short and sincere.\n3. Notice when the sound of Rafferty's scream comes back, and try some slow breathing when it does.\n4. Try to get outside for a walk each day, even a short one, because fresh air and movement can make a big diff",
        "truncated_turn",
    ),
]


def f10() -> Doc:
    doc = Doc("10_putty_log_ollama_session.txt", {USR: C, MOD: T}, "ollama", crlf=True)
    first = doc.add(
        "=~=~=~=~=~=~=~=~=~=~=~= PuTTY log 2025.02.11 22:14:03 =~=~=~=~=~=~=~=~=~=~=~=",
        "ben@nuc:~$ ollama run llama3.1:8b",
        ">>> /set system You are a calm, warm counsellor. Reply in plain British English, keep replies short, and ask one question at a time.",
        "Set system message.",
    )
    doc.mark(first, "decoy: PuTTY's log header")
    doc.mark(first + 1, "decoy: the shell command")
    doc.mark(first + 2, "decoy: the /set system command at the prompt, not a turn")
    doc.mark(first + 3, "decoy: ollama's confirmation line")
    doc.start("ollama session")
    for index, (who, text, *tags) in enumerate(S10):
        if who == USR:
            line = doc.add(f">>> {text}")
            doc.turn(who, text, line, tags, anchor=">>> ")
            continue
        line = doc.add(*text.split("\n"))
        doc.turn(who, text, line, tags, anchor=text.split("\n")[0])
        if index < len(S10) - 1:
            doc.add("")
    doc.add(">>> /bye", "ben@nuc:~$ exit")
    doc.mark(len(doc.out) - 1, "decoy: the /bye command, not a turn")
    return doc


BUILDERS: tuple[Callable[[], Doc], ...] = (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10)
# the files that hold bytes that are not valid UTF-8 (lone Windows-1252 bytes)
INVALID_UTF8 = {"05_message_room_saved_page.html", "08_imazing_messages_export_fenwick.csv"}
TIMECODE = re.compile(r"^\d\d:\d\d:\d\d:\d\d - \d\d:\d\d:\d\d:\d\d$")
ZOOM_LINE = re.compile(r"^\[([^\]]+)\] \d\d:\d\d:\d\d (.*)$")


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
    got: list[tuple[str, str]] = []
    if doc.layout == "zoomcc":
        for line in physical:
            match = ZOOM_LINE.match(line)
            assert match, (doc.name, line[:60])
            got.append((match.group(1), match.group(2)))
    elif doc.layout == "utterances":
        got = [(u["speaker"], u["text"]) for u in json.loads(data)["utterances"]]
        for turn in turns:
            item = json.loads(physical[turn.line - 1].strip().rstrip(","))
            assert (item["speaker"], item["text"]) == (turn.label, turn.text), (doc.name, turn.line)
    elif doc.layout == "sillytavern":
        records = [json.loads(line) for line in physical]
        assert "mes" not in records[0] and records[0]["character_name"] == LOC, doc.name
        for record in records[1:]:
            if "swipes" in record:
                assert record["swipes"][record["swipe_id"]] == record["mes"], doc.name
            got.append((record["name"], record["mes"]))
        for turn in turns:
            assert records[turn.line - 1]["mes"] == turn.text, (doc.name, turn.line)
    elif doc.layout == "joplin":
        for line in physical:
            match = re.match(r"^- \*\*(\w+):\*\* (.*)$", line)
            if match:
                got.append((match.group(1), match.group(2)))
        assert physical[-1] == "type_: 1", doc.name
    elif doc.layout == "html-room":
        for index, line in enumerate(physical):
            match = re.search(r'<span class="msg__author">([^<]+)</span>', line)
            if match:
                body = re.fullmatch(r'  <div class="msg__body">(.*)</div>', physical[index + 1])
                assert body, (doc.name, index + 2)
                paragraphs = re.findall(r"<p>(.*?)</p>", body.group(1))
                got.append((match.group(1), "\n\n".join(html.unescape(p) for p in paragraphs)))
    elif doc.layout == "doccano":
        records = [json.loads(line) for line in physical]
        for record in records:
            text = record["text"]
            for start, end, _tag in record["label"]:
                assert text[:start].endswith(f"\n{CO6}: ") or text[:start] == f"{CO6}: ", (doc.name, record["id"])
                assert end == len(text) or text[end] == "\n", (doc.name, record["id"])
            for line in text.split("\n"):
                who, said = line.split(": ", 1)
                got.append((who, said))
    elif doc.layout == "premiere":
        for index, line in enumerate(physical):
            if TIMECODE.match(line):
                got.append((physical[index + 1], physical[index + 2]))
        for turn in turns:
            assert TIMECODE.match(physical[turn.line - 2]), (doc.name, turn.line)
            assert physical[turn.line - 1] == turn.label and physical[turn.line] == turn.text, (doc.name, turn.line)
    elif doc.layout == "imazing":
        records = list(csv.reader(io.StringIO(data, newline="")))
        assert len(records) == len(physical) and {len(r) for r in records} == {len(HEADER_08)}, doc.name
        assert records[0] == HEADER_08, doc.name
        got = [(r[6], r[TEXT_COL_08]) for r in records[1:]]
        for turn in turns:
            assert records[turn.line - 1][6] == turn.label, (doc.name, turn.line)
    elif doc.layout == "enex":
        root = ET.fromstring(data)
        content = root.findtext("note/content")
        assert content is not None, doc.name
        note = ET.fromstring(content.strip())
        for div in note.findall("div"):
            bold = div.find("b")
            if bold is not None and bold.text and bold.tail:
                got.append((bold.text.rstrip(":"), bold.tail[1:]))
    else:
        assert doc.layout == "ollama", doc.layout
        index = 4
        while index < len(physical):
            line = physical[index]
            assert line.startswith(">>> "), (doc.name, index + 1, line[:40])
            if line == ">>> /bye":
                break
            got.append((USR, line[4:]))
            reply: list[str] = []
            index += 1
            while not physical[index].startswith(">>> "):
                reply.append(physical[index])
                index += 1
            while reply and reply[-1] == "":
                reply.pop()
            got.append((MOD, "\n".join(reply)))
    assert got == [(t.label, t.text) for t in turns], (doc.name, len(got), len(turns))


def check_written(doc: Doc, out: Path) -> list[str]:
    raw = (out / doc.name).read_bytes()
    assert raw.startswith(codecs.BOM_UTF8) == doc.bom, doc.name
    if doc.bom:
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        raw.decode("utf-8")
        valid = True
    except UnicodeDecodeError:
        valid = False
    assert valid == (doc.name not in INVALID_UTF8), doc.name
    data = raw.decode("utf-8", "surrogateescape")
    physical = data.split("\n")
    assert physical[-1] == "", doc.name
    physical = physical[:-1]
    if doc.crlf:
        assert all(line.endswith("\r") for line in physical), doc.name
        physical = [line[:-1] for line in physical]
    assert "\r" not in "".join(physical), doc.name
    assert physical == doc.out, doc.name
    # a UTF-8 reader that replaces each invalid byte sees the same number of lines
    assert len(raw.decode("utf-8", "replace").splitlines()) == len(physical), doc.name
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
    check_format(doc, data.replace("\r\n", "\n") if doc.layout != "imazing" else data, physical)
    return physical


def shown(text: str, width: int = 118) -> str:
    text = "".join(f"\\x{ord(ch) - 0xDC00:02x}" if "\udc80" <= ch <= "\udcff" else ch for ch in text)
    text = " ".join(text.split())
    if len(text) > width:
        text = text[: width - 45] + " ... " + text[-40:]
    return text


def show_row(doc: Doc, physical: Sequence[str], line: int, kind: str) -> str:
    turns = [t for s in doc.sessions for t in s.turns if t.line == line]
    if not turns:
        return shown(physical[line - 1])
    hits = [t for t in turns if kind in t.kinds]
    if kind in SESSION_KINDS and not hits:
        first = turns[0]
        return shown(f"[session starts] {first.label}: {first.text}")
    turn = hits[0]
    text = turn.text if turn.text.strip() else "(empty)"
    return shown(f"[{turn.label}] {text}")


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or (len(argv) == 3 and argv[2] != "--show"):
        print("usage: python blind/twentysecond_defect_cases.py OUT_DIR [--show]", file=sys.stderr)
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
            assert not doc.truth and turns >= 80, (doc.name, turns)
        else:
            assert 1 <= len(doc.truth) <= 8, (doc.name, len(doc.truth))
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
    assert set(counts) == KINDS, KINDS - set(counts)
    turns = sum(len(s.turns) for doc in docs for s in doc.sessions)
    print(f"wrote {len(docs)} files ({turns} turns) and {len(rows)} truth rows to {out}")
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    print(f"decoys: {decoys} ({clean_line_decoys} on lines without a truth row)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
