# ruff: noqa: E501, RUF001, RUF002
r"""Thirty-seventh set of blind defect cases for the transcript-cleaning product: TRANSCRIPTS AS RESEARCHERS AND TRANSCRIPTION SERVICES PRODUCE THEM.

Blind conditions, as followed. The only things read were: ``date``; ``head -n 15 /work/main/benchmarks/blind_defects.py``
(the interface); ``ls /work/main/blind``; ``grep -n -A12 "tool.ruff" /work/main/pyproject.toml``; /work/shared/README.md
and /work/shared/corpora/README.md (``cat``); the docstrings of the earlier case writers in blind/, printed with a
``.venv`` python ``ast.get_docstring`` snippet into /tmp/s28a/docstrings.txt (5807 lines, measured with ``wc -l``, its
``=====`` separators listed with ``grep -n``), searched three times with ``grep -n -i -E`` for container words (CHAT,
@Begin, Jefferson, NVivo, ATLAS.ti, MAXQDA, ELAN, crosstalk, inaudible, tier, TextGrid, EXMARaLDA, coverage, Rev,
interviewer and the like; each output cut by ``head``), and paged with ``sed`` in five ranges only: lines 1-11 (the
first writer), 183-297 (the eighth), 297-459 (the eleventh), 3030-3158 (the thirty-sixth) and 5084-5321 (the
twenty-seventh); and the code of blind/thirtysixth_defect_cases.py, the model of structure and self-checks: ``wc -l``,
a ``grep -n`` of its top-level ``def``/``class``/constant lines (through ``head -60``, and once through ``sed -n
40,200p``), and ``sed`` of its lines 1-3, 440-520, 683-770 and 1085-1143. No other file of the project was opened or
grepped (no transforms, flows, tests, synth, schemas, sql, docs, README or other benchmarks), nothing under
/work/shared/corpora or /work/shared/seeds was read, no search tool was used, git was not run, and the product, its
tests and the benchmarks were never run. Every transcript line below was written for this set; no corpus text is in it.

The only things run were: ``mkdir -p /tmp/s28a``; the commands above; this file written as /tmp/s28a/draft.py (editor
tool) and changed by system ``python3`` snippets making exact replacements (the garbled line of 02 kept to its label
line, 04's relabelled row and a ``prev`` default, a self-check's regular expression, the service files' clock pace and
computed time stamps, 02's overlap brackets aligned by code, 04's valid en dashes); runs of the draft into
/tmp/s28a/out1 (with ``--show``), out2, out3 and out4, compared with ``cmp``; runs with ``--seed`` 1-40, 99, 123 and
2024 into scratch folders (deleted), every one passing the self-checks, and a ``diff`` of seed 1's ``truth.csv``
against seed 37's (the same); ``cat``, ``cat -v``, ``cat -A``, ``sed``, ``head``, ``tail``, ``grep``, ``grep -c``,
``file`` and a strict UTF-8 decode on the written files; ``ruff format``, ``ruff check`` and ``mypy`` (with
``--config``/``--config-file pyproject.toml``) on a copy in /tmp/s28a; a ``python3`` snippet putting this docstring in
place of a placeholder; ``cp`` of the result to blind/; ``ruff check``, ``ruff format`` and ``mypy`` on this file alone
from /work/main, and a ``sed -i`` setting the ``noqa`` line (RUF003 was unused); three ``python3`` snippets amending this paragraph in place (the first only printed where its
text stood); ``ls blind | wc -l``; and the final runs into /tmp/s28a/final (``--show``) and /tmp/s28a/final2, compared with ``cmp`` (with each other and with out4: the same). The
truth tags were written with the text, before the first run, and were never changed. Run as

    python blind/thirtyseventh_defect_cases.py OUT_DIR [--show] [--seed N]      (default seed 37)

to write 10 files and ``truth.csv`` (``file,line,defect_type``, header row) into OUT_DIR; ``--show`` prints every
truth row beside the line it names (controls and invalid bytes as ``\xNN``). The seed moves only times (CHAT media
bullets, ELAN times, the service's and the AI pass's time stamps) and the FREQ counts of 10; the words, the defects and
their kinds stay the same, and so do the truth lines unless a seed moves one of the service files' ``[hh:mm:ss]``
stamp lines (seeds 1 and 37 give the same ``truth.csv``). With seed 37: 246 turns, 29 truth rows, 222 turns on lines
without a row, 92 decoys noted; rows per kind: duplicate_turn 4, near_duplicate_turn 3, truncated_turn 3, meta_text 3,
duplicate_session 1, empty_turn 2, encoding_error 2, mojibake 2, refusal 2, role_inversion 2, unknown_speaker 2,
repetition_loop 1, unparseable_line 1, unparseable_file 1. Two files (05, 09) are clean. Standard library only.

Emphasis: the containers researchers and transcription services deliver, and their conventions as decoys (CHAT codes,
Jefferson notation, code annotations, service markers). Earlier sets used a CHAT file without ``@End`` and with
``%com``/``%act`` tiers (eighth), a margin-numbered Jefferson extract with ``CO:``/``CL:`` (eleventh), ELAN as XML and
as a tier-per-row tab export, and a file prepared for NVivo's import (twenty-seventh); this set uses CHAT with media
bullets, retracing and terminator codes, a Jefferson thesis appendix with three-letter labels and aligned overlap
brackets, an ATLAS.ti document report with code lines, ELAN's tab export with ONE COLUMN PER TIER, a transcription
service's deliverable in two typists' parts, an AI clean-verbatim pass in the ``Name (hh:mm:ss):`` layout, NVivo's
exported documents with paragraph numbers, and a CLAN FREQ output.

* ``01_talkbank_bereavement_p14_s04.cha`` (31 turns, 3 rows): CHAT (UTF-8, LF), ``@`` headers, ``*THE:``/``*PAT:``
  main tiers (tab after the colon, space before the terminator) ending in a media bullet ``\x15start_end\x15`` (the
  U+0015 characters are CLAN's own), ``%com:`` dependent tiers, ``@End``: Ambrose, a retired ferry engineer, who
  cannot clear his dead brother's shed. Defects: a ``*PAT:`` tier pasted again right after itself, bullet and all
  (duplicate_turn); ``*DAU:``, his daughter at the door, a code not in ``@Participants`` (unknown_speaker); the last
  ``*PAT:`` tier cut with no terminator and no bullet, then ``%com: recording stops here`` (truncated_turn). Decoys:
  ``&-um``, ``(.)``, ``[/]`` and ``[//]`` retracings, ``[=! laughs]``, ``+...`` trail-off, ``xxx``, ``0 [=! sighs]
  .``, ``+//.`` and ``+,``, a tier wrapped onto a tab-indented continuation line, echoes, ``mm .``, the client's
  answer to his daughter, the ``%com`` tiers.
* ``02_ca_extract_appendix_c_ex4.txt`` (22 turns, 2 rows): a conversation-analysis extract from a thesis appendix in
  Jefferson notation (UTF-8, LF): margin numbers, ``THR:``/``CLT:``, unlabelled continuation and pause lines, overlap
  brackets aligned under the bracket they answer. Defects: a client line pasted from a Windows-1252 reading of the
  UTF-8 (``Â°``, ``canâ€™t``, ``â†‘``: mojibake; its continuation line holds no non-ASCII character); the
  therapist's formulation and question under ``CLT:`` (role_inversion). Decoys: ``(.)``, ``(0.8)``, ``wor-`` and
  ``wan-`` cut-offs, ``=`` latching at the end of a turn, ``[mm``/``[yeah`` backchannels without punctuation,
  ``°it's stupid°``, ``↑``/``↓``, ``>...<``, ``£...£`` smile voice, ``((laughs))``, echoes, the key lines.
* ``03_atlasti_report_rrb_c09_s07.txt`` (23 turns, 4 rows): an ATLAS.ti document report of a coded CBT session for
  a rupture-and-repair study, ``¶ N: Therapist: text``, code lines ``    Codes: ● ...`` under some paragraphs; the
  lab anonymised it with a local language model first. Defects: ``¶ 1`` is the tool's ``Sure! Here is the anonymised
  transcript ...`` (meta_text, own line); a therapist reflection repeated at a chunk seam with one word changed
  (near_duplicate_turn); the tool's refusal (``I'm sorry, but I can't help with rewriting this passage ...``) in the
  client's place (refusal); ``¶ 20: Client:`` with nothing after it (empty_turn). Decoys: the report header, the code
  lines, ``[WORKPLACE]``/``[NAME]`` placeholders, ``Mm.`` twice, the client's apology, the therapist answering the
  words the tool replaced, ``I can't promise ... but`` followed by engagement.
* ``04_elan_tiers_as_columns_pa06_s3.txt`` (24 turns, 4 rows): ELAN "Export as tab-delimited text" with a column per
  tier: ``Begin<TAB>End<TAB>Duration<TAB>Therapist<TAB>Client<TAB>Notes`` (UTF-8, LF; valid en dashes): a baker who
  abandons supermarket baskets in queues. Defects: a Client row exported twice with the same times (duplicate_turn);
  the therapist's formulation in the Client column (role_inversion); a row with ``caf`` + a lone Latin-1 0xE9 byte
  (encoding_error); a row whose tabs became spaces (unparseable_line, no turn). Decoys: the header; Notes rows
  (``[overlap – Mm-hm]``, ``[long pause]``, ``[laughs – both]``); ``Mm-hm.`` twice; ``I can't do the big queue yet``
  from the client; a verbless answer; three Client rows in a row around the inversion.
* ``05_larkfield_transcript_NEA-24117_clean.txt`` (30 turns, no row): CLEAN, a transcription service's deliverable
  (UTF-8, CR LF): header block (job number, audio file, style, speakers, conventions, confidentiality line), ``[hh:mm:ss]``
  stamp lines, ``COUNSELLOR:  text`` / ``CLIENT:  text`` (two spaces) with a blank line between, an end marker: a
  warehouse worker who sits in his car on the drive after twelve-hour shifts. Decoys: ``[laughs]``, ``--`` interruption
  taken up by ``[crosstalk] --``, ``[inaudible hh:mm:ss]``, ``Mm-hmm.`` twice, an apology for a phone, ``I can't tell
  you what will work ... but``, echoes, a verbless answer.
* ``06_larkfield_transcript_NEA-24203.txt`` (26 turns, 5 rows): the same service and layout, typed in two parts: a
  client waiting for a court hearing that was put back. Defects: a paragraph pasted from a Windows-1252 reading
  (``itâ€™s``: mojibake); the paragraph before the seam retyped after ``[PART 2 BEGINS ...]`` with small changes
  (near_duplicate_turn); ``don`` + a lone Windows-1252 0x92 byte (encoding_error); ``SPEAKER 3:``, a colleague about the
  room booking (unknown_speaker); the last paragraph cut before ``[END OF AUDIO]`` (truncated_turn). Decoys: a correct
  ``café``, ``[crosstalk]``, ``--``, ``[inaudible hh:mm:ss]``, ``[laughs]``, echoes, the counsellor's apology, ``I can't
  answer them either ... but``, the part and end markers.
* ``07_clean_verbatim_ai_pass_bryony_s5.txt`` (25 turns, 7 rows): an AI clean-verbatim pass of a perinatal session,
  ``Name (hh:mm:ss):`` on a line, the words on the next, a blank line. Defects: the tool's ``Here is the clean verbatim
  version ...`` as line 1 and its ``Note: some passages were lightly condensed ...`` as the last line (meta_text, own
  lines); a client paragraph said three times (repetition_loop on the first, duplicate_turn, near_duplicate_turn with
  ``Like,`` dropped); a label with an empty words line (empty_turn); the tool's self-harm refusal in the therapist's
  place after a direct risk question (refusal). Decoys: the risk question and the answer; ``Mm.``, ``Okay.``,
  ``Mm-hmm.``; a question closed with a full stop; a verbless reply and the therapist repeating it.
* ``08_nvivo_export_wave1_men_talking_therapy.txt`` (41 turns, 3 rows): NVivo's exported documents of a research
  study of men's experience of talking therapy, ``<Files\\Wave 1\\name>``, an export line, then ``N<TAB>Interviewer:
  text`` / ``Respondent:`` paragraphs; three documents: P04, P04 imported a second time as ``P04_session_interview (2)``
  (duplicate_session, ONE row at its first paragraph; its paragraphs carry no other row), P05: a respondent paragraph
  pasted twice (duplicate_turn) and a paragraph cut mid-sentence, the interviewer moving on (truncated_turn). Decoys:
  ``[laughs]`` and quoted speech, ``He didn't push`` twice inside one paragraph, ``Mm.``, an echo.
* ``09_talkbank_college_c03_s02.cha`` (24 turns, no row): CLEAN CHAT (``*COU:``/``*CLI:``, bullets, ``@End``): a
  sixth-former who turned back at the exam hall doors. Decoys: ``+...`` taken up by her next tier, ``+/.``, ``xxx``,
  ``0 [=! nods] .``, ``[/]``, ``&-uh``, ``%com``, echoes, ``mm .`` twice.
* ``10_freq_PAT_bereavement.cex``: CLAN FREQ output over 01's patient tiers (the command, the date, word counts,
  type/token ratio) filed with the transcripts: no dialogue (unparseable_file, line 0).

WHAT IS COUNTED. ``line`` is the 1-based physical line of the written file split on its line end (the CR of CR LF is
not a line; no byte-order mark; a lone invalid byte is one character and changes no count). A turn-level row is at the
line holding the turn's speaker label: the ``*XXX:`` main-tier line in CHAT (not a continuation line), the numbered
``THR:``/``CLT:`` line in 02 (not its continuation lines), the ``¶ N: Label:`` line in 03, the row in 04 (the header is
line 1; the column gives the speaker), the ``LABEL:  text`` line in 05 and 06, the ``Name (hh:mm:ss):`` line in 07
(the words are on the line below), the numbered paragraph in 08. Meta text of its own (03's ``¶ 1``, 07's first and last
lines) is ``meta_text`` at that line; ``unparseable_line`` is at a line that cannot be read as a record of its layout
and is no turn. A repetition loop is ``repetition_loop`` on the first occurrence and ``duplicate_turn`` or
``near_duplicate_turn`` on every later copy. A session imported twice is ONE ``duplicate_session`` row at the later
copy's first turn; 10's row is at line 0. A speaker outside the counsellor and client roles (01's ``DAU``, 06's
``SPEAKER 3``) speaking a turn is ``unknown_speaker``; an interviewer stands in the counsellor's role and a
respondent in the client's. ``encoding_error`` marks a turn holding bytes invalid in its UTF-8 file; ``mojibake`` marks
text that decodes but was garbled upstream. A tool's refusal in a speaker's place is ``refusal`` only (not also
role_inversion). ``consecutive_speaker`` is never marked. NOT defects: CHAT's ``+...``, ``+/.``, ``+//.``, ``xxx``,
``0 .``, retracings and the U+0015 bullets; Jefferson cut-offs (``wor-``), pauses, overlaps, latching and backchannels
without punctuation; service markers; headers, code lines, Notes rows, stamp lines, part and end markers.

Self-checks (this writer's, not a detector's): every file decodes back line for line to the lines written, and
strictly as UTF-8 exactly when no encoding_error row is in it; ``encoding_error`` rows are exactly the lines with
invalid bytes and ``mojibake`` rows exactly the lines with a garbled marker; ``empty_turn`` exactly when a turn is blank,
``unknown_speaker`` exactly when its label is in neither role; every turn's line parses back in its layout to its label
and the start of its words, and the unparseable line does not; a truncated turn ends without final punctuation, every
other turn of 03-08 ends in it or carries a decoy note, every CHAT main tier but the cut one ends in a CHAT terminator;
every same-role exact or close repeat of a substantial turn in a session is marked and every repeat mark is real, a loop
has two later marked copies; only the marked session repeats another, exactly, and its turns carry no row; every row's
line is in range and a turn-level row sits on a turn; no row twice, every kind present, at most 30% of a file's turns
carry a row and at least 85% of all turns carry none.

What this writer is unsure about: whether a detector takes CHAT's U+0015 bullets for an encoding problem; whether
02's Jefferson conventions (``[mm`` without punctuation, a turn ending ``=``, ``wan- [I just want`` cut at an overlap)
look truncated to it; whether a turn whose words stand on the line BELOW its label (07) is counted at the label line;
whether 03's ``¶ 1`` preamble and 07's closing ``Note:`` are read as lines at all; whether a refusal standing in the
therapist's place after a risk question (07) is also read as a role problem; and whether NVivo's re-imported document
(08) is seen as a second session inside one file."""

from __future__ import annotations

import argparse
import csv
import difflib
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

T, C, X = "T", "C", "X"  # counsellor role, client role, a speaker in neither role
KINDS = {
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
    "mojibake",
    "encoding_error",
    "duplicate_session",
    "unparseable_file",
}
LINE_KINDS = {"meta_text", "unparseable_line"}  # may stand on a line that is no turn
SESSION_KINDS = {"duplicate_session"}
REPEAT_KINDS = {"duplicate_turn", "near_duplicate_turn"}
MOJI = ("â€", "Ã", "Â°", "â†", "Â£")  # markers of UTF-8 read as Windows-1252, made only by this script
ENDERS = ".?!…\"')]”’"
BULLET = re.compile("\x15[0-9]+_[0-9]+\x15$")


def moji(text: str) -> str:
    """UTF-8 bytes read as Windows-1252 (the five undefined bytes kept as C1 controls)."""
    out = []
    for b in text.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def lone(text: str, codec: str = "latin-1") -> str:
    """Text whose non-ASCII characters were saved as single legacy bytes inside a UTF-8 file (surrogate escapes)."""
    return "".join(ch if ord(ch) < 128 else chr(0xDC00 + ch.encode(codec)[0]) for ch in text)


def norm(text: str) -> str:
    text = BULLET.sub("", text)
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, norm(a), norm(b)).ratio()


def invalid(text: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in text)


# ---------------------------------------------------------------------------
# the document builder
# ---------------------------------------------------------------------------
@dataclass(eq=False)
class Turn:
    line: int
    role: str
    label: str
    text: str
    sid: str
    kinds: list[str]
    decoy: str = ""


@dataclass(eq=False)
class Doc:
    name: str
    story: str
    codec: str = "utf-8"
    newline: str = "\n"
    bom: bool = False
    ends_checked: bool = True  # every clean turn ends in final punctuation unless it carries a decoy note
    parse: Callable[[str], tuple[str, str] | None] | None = None
    roles: dict[str, str] = field(default_factory=dict)  # label -> role
    lines: list[str] = field(default_factory=list)
    turns: list[Turn] = field(default_factory=list)
    truth: list[tuple[int, str]] = field(default_factory=list)
    decoys: int = 0

    def add(self, line: str) -> int:
        assert "\n" not in line and "\r" not in line, (self.name, line)
        self.lines.append(line)
        return len(self.lines)

    def raw(self, line: str, kind: str | None = None, decoy: str = "") -> int:
        n = self.add(line)
        if kind is not None:
            assert kind in LINE_KINDS, kind
            self.truth.append((n, kind))
        if decoy:
            self.decoys += 1
        return n

    def turn(
        self, line: str, label: str, text: str, kinds: Iterable[str] = (), sid: str = "s1", decoy: str = ""
    ) -> int:
        n = self.add(line)
        role = self.roles.get(label, X)
        t = Turn(n, role, label, text, sid, list(kinds), decoy)
        self.turns.append(t)
        self.truth.extend((n, k) for k in t.kinds)
        if decoy:
            self.decoys += 1
        return n

    def session_row(self, sid: str, kind: str) -> None:
        first = min(t.line for t in self.turns if t.sid == sid)
        self.truth.append((first, kind))

    def render(self) -> bytes:
        body = "".join(line + self.newline for line in self.lines).encode(self.codec, "surrogateescape")
        return (b"\xef\xbb\xbf" if self.bom else b"") + body


def clock(seconds: float, frac: bool = False) -> str:
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    if frac:
        return f"{int(h):02d}:{int(m):02d}:{s:06.3f}"
    return f"{int(h):02d}:{int(m):02d}:{int(s):02d}"


class Clock:
    """Times that advance with the words said; the seed moves the start and the gaps."""

    def __init__(self, rng: random.Random, start: float) -> None:
        self.rng = rng
        self.now = start + rng.uniform(0, 40)

    def span(self, text: str, pace: float = 1.0) -> tuple[float, float]:
        begin = self.now + self.rng.uniform(0.2, 1.4) * pace
        end = begin + max(0.6, len(text) / 14.0 * pace + self.rng.uniform(0.0, 1.2))
        self.now = end
        return begin, end


# ---------------------------------------------------------------------------
# 01: a TalkBank CHAT file with media bullets
# ---------------------------------------------------------------------------
def chat_parse(roles: dict[str, str]) -> Callable[[str], tuple[str, str] | None]:
    def parse(line: str) -> tuple[str, str] | None:
        m = re.match(r"^\*([A-Z]{3}):\t(.*)$", line)
        return (m.group(1), m.group(2)) if m else None

    return parse


def chat_doc(
    name: str,
    story: str,
    rng: random.Random,
    header: list[str],
    roles: dict[str, str],
    tiers: list[tuple[str, str, list[str], str]],
    end: bool = True,
) -> Doc:
    doc = Doc(name, story, roles=roles, ends_checked=False)
    doc.parse = chat_parse(roles)
    for h in header:
        doc.raw(h)
    clk = Clock(rng, 0.0)
    last_bullet = ""
    for code, text, kinds, decoy in tiers:
        if code.startswith("%") or code.startswith("@"):
            doc.raw(f"{code}:\t{text}", decoy=decoy)
            continue
        if "duplicate_turn" in kinds:
            bullet = last_bullet  # the same tier pasted again, bullet and all
        else:
            b, e = clk.span(text)
            bullet = f"\x15{int(b * 1000)}_{int(e * 1000)}\x15"
        last_bullet = bullet
        wrapped = text.split(" || ")  # a long tier wraps onto a tab-indented continuation line
        first = wrapped[0] + ("" if len(wrapped) > 1 or "truncated_turn" in kinds else " " + bullet)
        whole = " ".join(wrapped)
        doc.turn(f"*{code}:\t{first}", code, whole, kinds, decoy=decoy)
        for k, part in enumerate(wrapped[1:], start=2):
            doc.raw("\t" + part + (" " + bullet if k == len(wrapped) else ""))
    if end:
        doc.raw("@End")
    return doc


CHAT_END = re.compile(r"(?: \.| \?| !| \+\.\.\.| \+/\.| \+//\.| \+\"/\.| \+!\?)(?: \[[^\]]*\])?$")


def f01(rng: random.Random) -> Doc:
    roles = {"THE": T, "PAT": C}
    header = [
        "@UTF8",
        "@PID:\t11312/a-00047511-1",
        "@Begin",
        "@Languages:\teng",
        "@Participants:\tTHE Therapist, PAT Patient",
        "@Options:\tCA",
        "@ID:\teng|bereave|THE|||||Therapist|||",
        "@ID:\teng|bereave|PAT|67;|male|||Patient|||",
        "@Media:\tbrv_p14_s04, audio",
        "@Date:\t14-MAR-2025",
        "@Location:\tcommunity bereavement service, Stranraer",
        "@Situation:\tfourth session; pseudonyms replace all names",
        "@Transcriber:\tRMcK",
        "@Comment:\tretracings and fillers kept as CHAT codes",
    ]
    tiers: list[tuple[str, str, list[str], str]] = [
        ("THE", "so how has the week been since we last met ?", [], ""),
        ("PAT", "&-um (.) up and down , I'd say .", [], "decoy: CHAT filler code and pause"),
        ("THE", "up and down .", [], ""),
        (
            "PAT",
            "I went round to Cormac's on Tuesday [/] on Tuesday to make a start on the shed .",
            [],
            "decoy: [/] retracing repeats words inside a tier",
        ),
        ("%com", "PAT looks towards the window for several seconds", [], "decoy: dependent tier"),
        ("THE", "and how far did you get ?", [], ""),
        (
            "PAT",
            "I opened the door and I stood there . that was about it [=! laughs] .",
            [],
            "decoy: paralinguistic code",
        ),
        ("THE", "you stood there .", [], "decoy: counsellor echo"),
        (
            "PAT",
            "his overalls are still on the hook . the flask is on the bench where he left it +...",
            [],
            "decoy: +... trail-off is a CHAT terminator, not a cut",
        ),
        ("THE", "mm .", [], ""),
        ("PAT", "I couldn't touch any of it . I just locked up and drove home .", [], ""),
        ("THE", "what was it like , driving home ?", [], ""),
        ("PAT", "<I was> [//] I felt like I'd let him down again .", [], "decoy: [//] retracing"),
        ("THE", "again ?", [], ""),
        (
            "PAT",
            "the last month in the hospice I didn't go every day . Noreen went every day . I went when I could face it .",
            [],
            "",
        ),
        (
            "PAT",
            "the last month in the hospice I didn't go every day . Noreen went every day . I went when I could face it .",
            ["duplicate_turn"],
            "",
        ),
        ("THE", "that sounds like something you've been carrying on your own for a long while .", [], ""),
        ("PAT", "xxx (.) sorry , I've gone .", [], "decoy: xxx unintelligible speech"),
        ("THE", "take your time .", [], ""),
        ("PAT", "0 [=! sighs] .", [], "decoy: 0 . an action without speech"),
        ("DAU", "Dad , I'm going to wait in the car , the meter's nearly out .", ["unknown_speaker"], ""),
        ("%com", "PAT's daughter opens the door and closes it again", [], "decoy: dependent tier"),
        ("PAT", "aye , thanks love .", [], "decoy: the client answering the third voice"),
        ("THE", "shall we carry on where we were ?", [], ""),
        ("PAT", "yes . sorry about that .", [], ""),
        ("THE", "you said you go when you can face it . what happens when you can't ?", [], ""),
        (
            "PAT",
            "I find a job to do . I fix something . that's what I've always done on the boats , || fix the engine and keep her running and don't think about it .",
            [],
            "decoy: a tier wrapped onto a continuation line",
        ),
        ("THE", "and the shed is the one engine you can't fix +//.", [], "decoy: +//. self-interruption"),
        (
            "PAT",
            "+, or the one I don't want to fix [=! laughs] .",
            [],
            "decoy: +, self-completion after the other's turn",
        ),
        ("THE", "I wonder what it would be like to go back there with someone , rather than on your own .", [], ""),
        ("PAT", "Noreen offered . I said no .", [], ""),
        ("THE", "what made you say no ?", [], ""),
        (
            "PAT",
            "I didn't want her to see me like that . and the thing I never told him was that I",
            ["truncated_turn"],
            "",
        ),
        (
            "%com",
            "recording stops here ; the recorder's battery ran out",
            [],
            "decoy: the transcriber's note after the cut",
        ),
    ]
    return chat_doc(
        "01_talkbank_bereavement_p14_s04.cha",
        "CHAT with media bullets: a tier pasted twice, the daughter's undeclared tier, the last tier cut by a flat battery",
        rng,
        header,
        roles,
        tiers,
    )


def f09(rng: random.Random) -> Doc:
    roles = {"COU": T, "CLI": C}
    header = [
        "@UTF8",
        "@Begin",
        "@Languages:\teng",
        "@Participants:\tCOU Counselor, CLI Client",
        "@ID:\teng|schoolcouns|COU|||||Counselor|||",
        "@ID:\teng|schoolcouns|CLI|16;|female|||Client|||",
        "@Media:\tsc_c03_s02, audio",
        "@Date:\t02-OCT-2024",
        "@Situation:\tsecond session, sixth-form college counselling room",
        "@Comment:\tclean file; exam anxiety; checked by a second transcriber",
    ]
    tiers: list[tuple[str, str, list[str], str]] = [
        ("COU", "last time you said the mocks were coming up . how did they go ?", [], ""),
        ("CLI", "&-uh (.) I did two of them .", [], "decoy: filler code"),
        ("COU", "two of them .", [], "decoy: counsellor echo"),
        (
            "CLI",
            "I didn't go in for chemistry . I got as far as the sports hall doors and <I just> [/] I just turned round .",
            [],
            "decoy: [/] retracing",
        ),
        ("COU", "what was happening for you at the doors ?", [], ""),
        (
            "CLI",
            "my hands went all tingly and I thought if I sit down I'll be sick in front of everyone +...",
            [],
            "decoy: trail-off terminator",
        ),
        ("COU", "mm .", [], ""),
        ("CLI", "and then everyone would know .", [], "decoy: continues her own trail-off"),
        ("COU", "know what ?", [], ""),
        ("CLI", "that I'm not coping . that I'm the one who can't cope .", [], ""),
        ("%com", "CLI pulls her sleeves over her hands", [], "decoy: dependent tier"),
        ("COU", "that sounds like a really frightening thought to have at the door .", [], ""),
        ("CLI", "yeah .", [], ""),
        ("COU", "can I check something ? when you turned round , what happened to the tingling ?", [], ""),
        ("CLI", "it went . like , straight away .", [], ""),
        ("COU", "straight away .", [], "decoy: counsellor echo"),
        ("CLI", "which is stupid because then I had to tell my mum I'd skipped it .", [], ""),
        ("COU", "so leaving made the fear drop fast , and then something else came in after it .", [], ""),
        ("CLI", "xxx [=! laughs] (.) yeah , the guilt .", [], "decoy: xxx and a laugh code"),
        (
            "COU",
            "I wonder if we could draw that out together , the fear going up and what makes it come down .",
            [],
            "",
        ),
        ("CLI", "0 [=! nods] .", [], "decoy: an action without speech"),
        ("COU", "okay . so if this is the door +/.", [], "decoy: +/. interrupted by the other"),
        ("CLI", "it was worse in the corridor actually .", [], ""),
        ("COU", "in the corridor then . let's start there .", [], ""),
        ("CLI", "mm .", [], "decoy: backchannel said again"),
    ]
    return chat_doc(
        "09_talkbank_college_c03_s02.cha",
        "CHAT, CLEAN: trail-offs, interruptions, xxx, 0 . and retracings only",
        rng,
        header,
        roles,
        tiers,
    )


# ---------------------------------------------------------------------------
# 02: a conversation-analysis extract in Jefferson notation (thesis appendix)
# ---------------------------------------------------------------------------
def f02(rng: random.Random) -> Doc:
    roles = {"THR": T, "CLT": C}
    doc = Doc(
        "02_ca_extract_appendix_c_ex4.txt",
        "Jefferson CA extract: a client line pasted from a Windows-1252 reading, a formulation under the client's label",
        roles=roles,
        ends_checked=False,
    )
    doc.parse = lambda line: (m.group(1), m.group(2)) if (m := re.match(r"^\d\d  ([A-Z]{3}):  (.*)$", line)) else None
    doc.raw("Appendix C. Extract 4: session 2, therapist T07 and client C11 (00:21:40 to 00:23:55)")
    doc.raw(
        "Transcribed after Jefferson (2004): (.) micropause; (0.6) timed pause; [ ] overlap; = latching; : stretch;"
    )
    doc.raw("- cut-off; ° ° quieter talk; ↑ ↓ pitch; > < faster; .hh in-breath; (( )) transcriber's description.")
    doc.raw("")
    # (label or "" for a continuation/pause line, text, kinds, decoy)
    rows: list[tuple[str, str, list[str], str]] = [
        ("THR", "so: (.) when you say it's ↑everything (0.4) what's the first", [], "decoy: ↑ and : are notation"),
        ("", "thing that goes through your mind.", [], ""),
        ("", "(0.8)", [], "decoy: pause line"),
        (
            "CLT",
            ".hhh it's- (.) it's the wor- the word ↓useless. it just comes [in",
            [],
            "decoy: wor- cut-off inside the turn",
        ),
        ("THR", "[mm", [], "decoy: overlapped backchannel without final punctuation"),
        ("CLT", "like before I've even got out of bed.", [], ""),
        ("", "(1.2)", [], ""),
        ("THR", "before you're even up.", [], "decoy: echo"),
        ("CLT", "yeah. (.) °it's stupid°", [], "decoy: quiet talk closing a turn"),
        (
            "THR",
            "it doesn't sound stupid to me. it sounds (.) exhausting=",
            [],
            "decoy: = latching at the end of a turn",
        ),
        ("CLT", "=it is. >it's like having somebody< follow you round the house", [], "decoy: latched start"),
        ("", "commenting.", [], ""),
        ("THR", "hm:. what does the somebody say (.) when you're making your tea say.", [], ""),
        ("CLT", "Â°you canâ€™t even do thatÂ° (.) and I know itâ€™s daft but I go â†‘fine then and I", [], ""),
        ("", "just leave it. no tea.", [], ""),
        ("THR", "you don't have the tea.", [], "decoy: echo"),
        ("CLT", "no.", [], ""),
        ("", "(2.0)", [], ""),
        ("THR", "so the voice says you can't and you (.) sort of agree with it by stopping.", [], ""),
        (
            "CLT",
            "I never thought of it as agreeing. I just wan- [I just want it to stop",
            [],
            "decoy: cut-off at an overlap, picked up below",
        ),
        ("THR", "[yeah", [], ""),
        ("CLT", "talking.", [], "decoy: the client completes her turn after the overlap"),
        (
            "CLT",
            "so what I'm hearing is that the voice gets in before you do, and I wonder if we could",
            ["role_inversion"],
            "",
        ),
        ("", "slow that moment down together and look at what happens next?", [], ""),
        ("", "(1.5)", [], ""),
        ("THR", "and if you did make the tea anyway (.) just to see.", [], ""),
        ("CLT", "((laughs)) it'd probably be a terrible cup of tea.", [], "decoy: transcriber's description"),
        ("THR", "£it probably would£ [((laughs))", [], "decoy: smile voice and overlap"),
        ("CLT", "[but I'd have made it.", [], ""),
        ("THR", "you'd have made it.", [], "decoy: echo said again"),
    ]
    # the client's garbled line is marked mojibake; check MOJI markers below count only it
    n = 0
    for label, text, kinds, decoy in rows:
        if label:
            n += 1
            prev = doc.lines[-1] if doc.lines else ""
            if text.startswith("[") and "[" in prev and prev.rindex("[") > 10:
                text = " " * (prev.rindex("[") - 10) + text  # an overlap bracket under the one it answers
            if "Â°" in text:
                kinds = [*kinds, "mojibake"]
            # the turn's words are the label line plus its continuation lines
            doc.turn(f"{n:02d}  {label}:  {text}", label, text, kinds, decoy=decoy)
        else:
            n += 1
            doc.raw(f"{n:02d}        {text}", decoy=decoy)
            if doc.turns and not re.fullmatch(r"\([0-9.]+\)", text):
                doc.turns[-1].text += " " + text
    doc.raw("")
    doc.raw("Note. THR = therapist; CLT = client. Names and places changed.")
    return doc


# ---------------------------------------------------------------------------
# 03: an ATLAS.ti document report of a coded therapy session
# ---------------------------------------------------------------------------
def f03(rng: random.Random) -> Doc:
    roles = {"Therapist": T, "Client": C}
    doc = Doc(
        "03_atlasti_report_rrb_c09_s07.txt",
        "ATLAS.ti report: the anonymiser's preamble, a paragraph repeated at a chunk seam, its refusal, an emptied paragraph",
        roles=roles,
    )
    doc.parse = lambda line: (
        (m.group(1), m.group(2))
        if (m := re.match(r"^¶ \d+: (Therapist|Client|[A-Z][a-z]+):(?: (.*))?$", line))
        else None
    )
    for h in [
        "ATLAS.ti Report",
        "Rupture and Repair in Brief CBT (RRB), wave 2",
        "Document: D 14: RRB_C09_session07_anon",
        "Document Groups: [Wave 2] [Completed]",
        "Created: 03/02/2025 10:14:52 by Coder 2",
        "Comment: Anonymised with the lab's local language-model tool before import. Coded by two coders; codes shown under the paragraph.",
        "",
        "Content:",
        "",
    ]:
        doc.raw(h)
    paras: list[tuple[str, str, list[str], str, str]] = [
        (
            "",
            "Sure! Here is the anonymised transcript, with names, places and workplaces replaced by placeholders:",
            ["meta_text"],
            "",
            "",
        ),
        (
            "Therapist",
            "Last week we left it with the plan to try the lift at [WORKPLACE] twice, just up to the third floor. How did that go?",
            [],
            "",
            "",
        ),
        ("Client", "I did it once. On the Monday.", [], "", "Homework: partial"),
        ("Therapist", "Once, on the Monday. Tell me about that one.", [], "", ""),
        (
            "Client",
            "It was fine, I suppose. I held my breath the whole way and got out at two instead of three.",
            [],
            "",
            "",
        ),
        (
            "Therapist",
            "So you got in, which is the part you've been avoiding for months, and you got out a floor early.",
            [],
            "",
            "",
        ),
        ("Client", "Mm.", [], "", "Marker: minimal response"),
        ("Therapist", "You sound a bit flat about it.", [], "", ""),
        (
            "Client",
            "Honestly I don't really see the point of the rating sheets. I fill them in and then we look at them and nothing changes.",
            [],
            "",
            "RUPTURE: confrontation",
        ),
        (
            "Therapist",
            "Thank you for saying that. I'd rather hear it than have you fill in sheets that feel pointless.",
            [],
            "",
            "REPAIR: invites the rupture",
        ),
        (
            "Client",
            "I'm sorry, I know you're only doing your job.",
            [],
            "decoy: the client's apology is not a refusal",
            "",
        ),
        ("Therapist", "You don't need to apologise. Can you say more about what feels pointless?", [], "", ""),
        (
            "Client",
            "The numbers. I put 80 and then I put 75 and it doesn't feel like 75, it feels like I nearly passed out in a lift.",
            [],
            "",
            "",
        ),
        (
            "Therapist",
            "So the sheet squeezes something big into a number, and that misses what it was actually like for you.",
            [],
            "",
            "REPAIR: reflection",
        ),
        (
            "Therapist",
            "So the sheet squeezes something big into a number, and that misses what it was really like for you.",
            ["near_duplicate_turn"],
            "",
            "",
        ),
        (
            "Client",
            "Yeah. And [NAME] at work saw me get out at two and made a joke about it.",
            [],
            "decoy: a placeholder left by the anonymiser",
            "",
        ),
        ("Therapist", "What was the joke?", [], "", ""),
        (
            "Client",
            "I'm sorry, but I can't help with rewriting this passage, as it contains details that could identify a person or describe self-harm. If you are struggling, please reach out to a mental health professional.",
            ["refusal"],
            "",
            "",
        ),
        ("Therapist", "That stayed with you.", [], "decoy: the therapist answers the words the tool replaced", ""),
        ("Client", "", ["empty_turn"], "", ""),
        (
            "Therapist",
            "I can't promise the lift will ever feel easy, but I don't think you need the numbers to be perfect for this to help. What if we dropped the sheet this week and you told me about each ride instead?",
            [],
            "decoy: I can't promise, followed by engagement",
            "REPAIR: changes the task",
        ),
        ("Client", "I could do that. Out loud is easier.", [], "", ""),
        (
            "Therapist",
            "Out loud, then. Twice, to the third floor, and you tell me what happened in your own words next week.",
            [],
            "",
            "Homework: set",
        ),
        ("Client", "Mm. Twice.", [], "decoy: Mm. said again", ""),
    ]
    for n, (label, text, kinds, decoy, code) in enumerate(paras, start=1):
        if label:
            line = f"¶ {n}: {label}:" + (f" {text}" if text else "")
            doc.turn(line, label, text, kinds, decoy=decoy)
        else:
            doc.raw(f"¶ {n}: {text}", kinds[0] if kinds else None, decoy=decoy)
        if code:
            doc.raw(f"    Codes: ● {code}", decoy="decoy: the coders' code line")
    return doc


# ---------------------------------------------------------------------------
# 04: an ELAN export, tab-delimited, one column per tier
# ---------------------------------------------------------------------------
def f04(rng: random.Random) -> Doc:
    roles = {"Therapist": T, "Client": C}
    doc = Doc(
        "04_elan_tiers_as_columns_pa06_s3.txt",
        "ELAN, a column per tier: a row exported twice, the therapist's words in the Client column, a Latin-1 byte, a row with its tabs lost",
        roles=roles,
    )

    def parse(line: str) -> tuple[str, str] | None:
        cells = line.split("\t")
        if len(cells) != 6 or not re.fullmatch(r"\d\d:\d\d:\d\d\.\d\d\d", cells[0]):
            return None
        if cells[3] and not cells[4]:
            return ("Therapist", cells[3])
        if cells[4] and not cells[3]:
            return ("Client", cells[4])
        return None

    doc.parse = parse
    doc.raw("Begin Time - hh:mm:ss.ms\tEnd Time - hh:mm:ss.ms\tDuration - hh:mm:ss.ms\tTherapist\tClient\tNotes")
    clk = Clock(rng, 95.0)
    rows: list[tuple[str, str, list[str], str]] = [
        ("Therapist", "So you said the supermarket was the one you wanted to start with.", [], ""),
        ("Client", "Yeah. The big one on the ring road, not the little one by the bakery.", [], ""),
        ("Therapist", "What is it about the big one?", [], ""),
        ("Client", "The queues. You can't get out of a queue without everyone looking at you.", [], ""),
        ("Notes", "[overlap – Mm-hm]", [], "decoy: a note row"),
        ("Therapist", "Mm-hm.", [], ""),
        ("Client", "And the lights, they're that white that makes everything look fake.", [], ""),
        ("Therapist", "And when you're in the queue and the lights are like that, what happens in your body?", [], ""),
        ("Client", "My chest goes tight and my ears start ringing, and I'm sure I'm about to faint.", [], ""),
        (
            "Client",
            "My chest goes tight and my ears start ringing, and I'm sure I'm about to faint.",
            ["duplicate_turn"],
            "",
        ),
        ("Therapist", "Have you ever fainted in a queue?", [], ""),
        ("Client", "No. Never. I always leave the basket and go.", [], ""),
        ("Therapist", "Mm-hm.", [], "decoy: backchannel said again"),
        ("Client", "I've left about six baskets in there since the spring. The staff must think I'm mad.", [], ""),
        (
            "Client",
            "So leaving the basket is what keeps the fear going, because you never find out what would happen if you stayed?",
            ["role_inversion"],
            "",
        ),
        ("Client", "I suppose. I'd never looked at it like that.", [], ""),
        ("Notes", "[long pause]", [], "decoy: a note row"),
        ("Client", "I can't do the big queue yet. I really can't.", [], "decoy: the client's can't is no refusal"),
        (
            "Therapist",
            "We don't start with the big queue. What would be a small step, something like a three out of ten?",
            [],
            "",
        ),
        (
            "Client",
            "Going in for one thing. Bread. And using the till with a person, not the self-service, because there's no queue at the caf"
            + lone("é")
            + " counter first thing.",
            ["encoding_error"],
            "",
        ),
        ("Therapist", "That sounds like a good first rung. Would you stay even if your chest went tight?", [], ""),
        ("Client", "I could try. If it goes past a six I'm allowed to leave?", [], ""),
        (
            "Therapist",
            "You're allowed to leave. The idea is to stay long enough to notice the wave come down, if it does.",
            [],
            "",
        ),
        ("Client", "And write down what I thought would happen and what did.", [], ""),
        ("Therapist", "Exactly that. Predicted and actual.", [], "decoy: a verbless answer"),
        ("Notes", "[laughs – both]", [], "decoy: a note row with a correct en dash"),
        (
            "Client",
            "My sister will be thrilled. She's been doing my shopping since Easter – every Saturday, like I'm ninety.",
            [],
            "decoy: a correct en dash",
        ),
    ]
    broken_after = 21
    prev = (0.0, 0.0)
    for i, (tier, text, kinds, decoy) in enumerate(rows):
        b, e = clk.span(text)
        if "duplicate_turn" in kinds:
            b, e = prev
        prev = (b, e)
        cells = [clock(b, True), clock(e, True), clock(e - b, True), "", "", ""]
        cells[{"Therapist": 3, "Client": 4, "Notes": 5}[tier]] = text
        line = "\t".join(cells)
        if tier == "Notes":
            doc.raw(line, decoy=decoy)
        else:
            doc.turn(line, tier, text, kinds, decoy=decoy)
        if i == broken_after:
            bb, ee = clk.span("x" * 60)
            doc.raw(
                f"{clock(bb, True)}  {clock(ee, True)}  {clock(ee - bb, True)}      Client  Is it all right if my sister drives me there? Just the first time.",
                "unparseable_line",
            )
    return doc


# ---------------------------------------------------------------------------
# 05 and 06: a transcription service's deliverables (header block, time stamps, [crosstalk], [inaudible hh:mm:ss])
# ---------------------------------------------------------------------------
def service_doc(name: str, story: str, job: str, audio: str, speakers: str, clean: bool) -> Doc:
    roles = {"COUNSELLOR": T, "CLIENT": C}
    doc = Doc(name, story, roles=roles, newline="\r\n")
    doc.parse = lambda line: (m.group(1), m.group(2)) if (m := re.match(r"^([A-Z][A-Z0-9 ]+):  (.*)$", line)) else None
    for h in [
        "TRANSCRIPT",
        "Prepared for: Northgate Employee Assistance Programme",
        f"Job number: {job}",
        f"Audio file: {audio}",
        "Transcription style: Intelligent verbatim",
        f"Speakers: {speakers}",
        "Conventions: [inaudible hh:mm:ss] unclear words; [crosstalk] overlapping speech; [sic] as said; -- interrupted.",
        "Confidential. Prepared by Larkfield Transcription Ltd. Please check names and places against your records.",
        "==================================================",
        "",
    ]:
        doc.raw(h, decoy="decoy: header block" if h.startswith("Speakers") else "")
    return doc


def service_turns(doc: Doc, rng: random.Random, start: float, rows: list[tuple[str, str, list[str], str]]) -> None:
    clk = Clock(rng, start)
    since = -1e9
    for label, text, kinds, decoy in rows:
        if label == "@":
            doc.raw(text.format(now=clock(clk.now + 2)), decoy=decoy)
            doc.raw("")
            continue
        if label == "#":
            doc.raw(text, "meta_text" if kinds else None, decoy=decoy)
            doc.raw("")
            continue
        b, _ = clk.span(text, 4.5)
        text = text.format(now=clock(b + 0.6 * (clk.now - b)))
        if b - since >= 120:
            doc.raw(f"[{clock(b)}]", decoy="")
            since = b
        doc.turn(f"{label}:  {text}", label, text, kinds, decoy=decoy)
        doc.raw("")


def f05(rng: random.Random) -> Doc:
    doc = service_doc(
        "05_larkfield_transcript_NEA-24117_clean.txt",
        "a transcription service's deliverable, CR LF, CLEAN: [crosstalk], [inaudible], time stamps, an interruption",
        "NEA-24117",
        "NEA_C12_session2.m4a (00:41:18; first part transcribed, see the end marker)",
        "COUNSELLOR (Ms Hesketh), CLIENT",
        True,
    )
    rows: list[tuple[str, str, list[str], str]] = [
        (
            "COUNSELLOR",
            "So, second session. Last time you were telling me about the restructure and the new shift pattern.",
            [],
            "",
        ),
        ("CLIENT", "Yeah. It's gone live now. Four on, four off, but the four on are twelve hours.", [], ""),
        ("COUNSELLOR", "How has the first block been?", [], ""),
        (
            "CLIENT",
            "Long. I mean, I knew it'd be long. I didn't know I'd come home and just sit in the car on the drive for twenty minutes.",
            [],
            "",
        ),
        ("COUNSELLOR", "Sit in the car.", [], "decoy: echo without a question mark"),
        ("CLIENT", "Engine off, radio off. I don't even look at my phone. I just sit there.", [], ""),
        ("COUNSELLOR", "What's that twenty minutes like?", [], ""),
        (
            "CLIENT",
            "It's the only quiet bit of the day. Inside it's the kids and the dog and my partner asking how it went, and I haven't got any words left.",
            [],
            "",
        ),
        ("COUNSELLOR", "So the car is a kind of buffer between the warehouse and home.", [], ""),
        ("CLIENT", "[laughs] A buffer. My partner calls it hiding.", [], "decoy: [laughs]"),
        ("COUNSELLOR", "What do you call it?", [], ""),
        (
            "CLIENT",
            "I don't know. Maybe both. I feel guilty about it, because she's had the kids on her own all day and I'm sat out there --",
            [],
            "decoy: -- interrupted, taken up by the counsellor",
        ),
        ("COUNSELLOR", "[crosstalk] -- and she can see the car from the window.", [], "decoy: [crosstalk]"),
        (
            "CLIENT",
            "She can see the car from the window, yeah.",
            [],
            "decoy: the client repeats the counsellor's words",
        ),
        ("COUNSELLOR", "Have the two of you talked about what the twenty minutes is for?", [], ""),
        (
            "CLIENT",
            "Not really. She said something like, are you going to come in or what, and I said [inaudible {now}] and went in.",
            [],
            "decoy: [inaudible hh:mm:ss]",
        ),
        ("COUNSELLOR", "Mm-hmm.", [], ""),
        ("CLIENT", "I'm not a big talker. I never have been.", [], ""),
        (
            "COUNSELLOR",
            "I can't tell you what will work for the two of you, but I wonder whether the twenty minutes might be something you agree on together rather than something you sneak.",
            [],
            "decoy: I can't tell you, followed by engagement",
        ),
        ("CLIENT", "Like, tell her, I need twenty minutes and then I'll come in properly?", [], ""),
        ("COUNSELLOR", "Something like that, in your own words.", [], ""),
        (
            "CLIENT",
            "She'd probably be fine with that, to be honest. It's more the not knowing that winds her up.",
            [],
            "",
        ),
        ("COUNSELLOR", "Mm-hmm.", [], "decoy: backchannel said again"),
        ("CLIENT", "Sorry, my phone. [pause] That's work. It can wait.", [], "decoy: an apology and a pause note"),
        ("COUNSELLOR", "Thanks. You mentioned the words running out. When did you first notice that?", [], ""),
        (
            "CLIENT",
            "Since the restructure, really. Before that I'd come in and tell her about the lads and who'd said what. Now I've got nothing.",
            [],
            "",
        ),
        (
            "COUNSELLOR",
            "So something changed at work, and part of what changed is there's less of you left for home.",
            [],
            "",
        ),
        ("CLIENT", "Yeah. That's it exactly. That's horrible, but that's it.", [], ""),
        ("COUNSELLOR", "Before we go on, can I check how your sleep is between the shifts?", [], ""),
        ("CLIENT", "Rubbish on the first night off. Better by the third.", [], "decoy: a verbless answer"),
        ("@", "[END OF TRANSCRIBED SECTION {now}]", [], "decoy: the service's end marker"),
    ]
    service_turns(doc, rng, 0.0, rows)
    return doc


def f06(rng: random.Random) -> Doc:
    doc = service_doc(
        "06_larkfield_transcript_NEA-24203.txt",
        "the service's deliverable typed in two parts: the seam paragraph retyped, a garbled paragraph, a Windows-1252 byte, the receptionist, the last paragraph cut",
        "NEA-24203",
        "NEA_C31_session4.m4a (00:38:02; typed in two parts by two transcribers)",
        "COUNSELLOR (Mr Adeyemi-Rowe), CLIENT",
        False,
    )
    rows: list[tuple[str, str, list[str], str]] = [
        ("COUNSELLOR", "How are things since the hearing was put back?", [], ""),
        ("CLIENT", "Worse, if I'm honest. I'd built myself up for the fourteenth and now it's March.", [], ""),
        ("COUNSELLOR", "So all that getting ready and then it just moved.", [], ""),
        ("CLIENT", "Yeah. I'd ironed the shirt. I'd got the bus times printed. Stupid things.", [], ""),
        ("COUNSELLOR", "They don't sound stupid. They sound like how you hold yourself together.", [], ""),
        (
            "CLIENT",
            moji(
                "My solicitor said it’s normal, they move them all the time, but it didn’t feel normal. It felt like they’d forgotten I existed."
            ),
            ["mojibake"],
            "",
        ),
        ("COUNSELLOR", "Forgotten you existed.", [], "decoy: echo"),
        ("CLIENT", "Mm.", [], ""),
        ("COUNSELLOR", "What did you do with the day, the fourteenth?", [], ""),
        (
            "CLIENT",
            "Walked the dog twice. Sat in the café by the park for an hour with a tea I didn't drink.",
            [],
            "decoy: a correct é",
        ),
        ("COUNSELLOR", "Were you on your own?", [], ""),
        (
            "CLIENT",
            "My brother rang. I didn't pick up. I didn't want to explain it all again to someone new to it.",
            [],
            "",
        ),
        ("COUNSELLOR", "Mm-hmm. [crosstalk]", [], "decoy: [crosstalk]"),
        (
            "CLIENT",
            "-- he means well. He just asks questions I can't answer.",
            [],
            "decoy: a paragraph picking up after crosstalk",
        ),
        ("@", "[PART 2 BEGINS {now}]", [], "decoy: the part marker"),
        (
            "CLIENT",
            "My brother rang. I didn't pick up. I didn't want to explain it all over again to somebody new to it.",
            ["near_duplicate_turn"],
            "",
        ),
        ("COUNSELLOR", "What sort of questions?", [], ""),
        (
            "CLIENT",
            "Whether I'll get compensation. Whether I'll have to see him. Whether I should have gone to the police sooner. I don"
            + lone("’", "cp1252")
            + "t know any of that.",
            ["encoding_error"],
            "",
        ),
        (
            "SPEAKER 3",
            "Sorry, sorry to interrupt, the room's booked from half past, I'll come back.",
            ["unknown_speaker"],
            "",
        ),
        (
            "COUNSELLOR",
            "Thank you. Sorry about that. We've got twenty minutes yet.",
            [],
            "decoy: the counsellor apologises for the interruption",
        ),
        ("CLIENT", "It's fine.", [], ""),
        (
            "COUNSELLOR",
            "You said you can't answer his questions. I can't answer them either, and I won't pretend to, but we can look at what the not knowing does to you day to day.",
            [],
            "decoy: can't answer, followed by engagement",
        ),
        (
            "CLIENT",
            "It makes me want to stay in bed. [inaudible {now}] just stay in bed till March.",
            [],
            "decoy: [inaudible hh:mm:ss]",
        ),
        ("COUNSELLOR", "Till March.", [], "decoy: echo"),
        ("CLIENT", "[laughs] I know I can't actually do that.", [], ""),
        (
            "COUNSELLOR",
            "What would one ordinary thing look like, between now and the new date, that's just for you and not for the hearing?",
            [],
            "",
        ),
        (
            "CLIENT",
            "Swimming. I used to swim on Thursdays before all this, and then I kept thinking what if I see",
            ["truncated_turn"],
            "",
        ),
        ("@", "[END OF AUDIO]", [], "decoy: the service's end marker after the cut"),
    ]
    service_turns(doc, rng, 0.0, rows)
    return doc


# ---------------------------------------------------------------------------
# 07: an AI "clean verbatim" pass, Name (hh:mm:ss): on one line, the words below
# ---------------------------------------------------------------------------
def f07(rng: random.Random) -> Doc:
    roles = {"Dr Okonkwo-Hale": T, "Bryony": C}
    doc = Doc(
        "07_clean_verbatim_ai_pass_bryony_s5.txt",
        "an AI clean-verbatim pass: its preamble and closing note, a client paragraph looped, a refusal in the therapist's place, an empty paragraph",
        roles=roles,
    )
    doc.parse = lambda line: (m.group(1), "") if (m := re.match(r"^(.+) \(\d\d:\d\d:\d\d\):$", line)) else None
    doc.raw(
        "Here is the clean verbatim version of your transcript, with fillers, false starts and repetitions removed:",
        "meta_text",
    )
    doc.raw("")
    clk = Clock(rng, 3.0)
    loop_text = "I keep checking the baby monitor even when she's in the room with me. Like, I'll be holding her and I'll still look at the screen."
    rows: list[tuple[str, str, list[str], str]] = [
        ("Dr Okonkwo-Hale", "How have the nights been this week?", [], ""),
        ("Bryony", "Bad. She's sleeping better than she was, which should make it easier, but I'm not.", [], ""),
        ("Dr Okonkwo-Hale", "You're not sleeping even when she is.", [], "decoy: echo"),
        ("Bryony", "No. I lie there listening for her breathing.", [], ""),
        ("Dr Okonkwo-Hale", "What goes through your mind while you're listening?", [], ""),
        ("Bryony", loop_text, ["repetition_loop"], ""),
        ("Dr Okonkwo-Hale", "Okay.", [], ""),
        ("Bryony", loop_text, ["duplicate_turn"], ""),
        ("Dr Okonkwo-Hale", "Mm-hmm.", [], ""),
        (
            "Bryony",
            "I keep checking the baby monitor even when she's in the room with me. I'll be holding her and I'll still look at the screen.",
            ["near_duplicate_turn"],
            "",
        ),
        ("Dr Okonkwo-Hale", "That sounds exhausting, checking something that's already in your arms.", [], ""),
        (
            "Bryony",
            "It is. And then I think, what kind of mother needs a screen to tell her her baby's alive.",
            [],
            "decoy: a question closed with a full stop",
        ),
        ("Dr Okonkwo-Hale", "What kind of mother, you're asking.", [], ""),
        ("Bryony", "", ["empty_turn"], ""),
        (
            "Dr Okonkwo-Hale",
            "Can I ask something directly? When it's at its worst, do you ever have thoughts of harming yourself or her?",
            [],
            "decoy: a direct risk question",
        ),
        ("Bryony", "No. God, no. It's the opposite. I'm terrified something will happen to her.", [], ""),
        (
            "Dr Okonkwo-Hale",
            "I'm sorry, but I can't continue with this request as it involves discussion of self-harm. If you or someone you know is struggling, please contact a crisis line or a mental health professional.",
            ["refusal"],
            "",
        ),
        ("Bryony", "I know it sounds mad.", [], ""),
        (
            "Dr Okonkwo-Hale",
            "It doesn't sound mad. What you're describing has a name, and it's something we can work on together.",
            [],
            "",
        ),
        ("Bryony", "My health visitor said it might be anxiety. I didn't want it to be a thing.", [], ""),
        ("Dr Okonkwo-Hale", "It can be a thing and you can still be a good mother. Both of those can be true.", [], ""),
        ("Bryony", "Mm.", [], ""),
        (
            "Dr Okonkwo-Hale",
            "For this week, I'd like you just to notice the checks, not stop them. Tally them on your phone if that's easier.",
            [],
            "",
        ),
        ("Bryony", "Just count them.", [], "decoy: a verbless reply"),
        ("Dr Okonkwo-Hale", "Just count them. No judging the number.", [], "decoy: the therapist repeats her words"),
    ]
    for label, text, kinds, decoy in rows:
        b, _ = clk.span(text)
        doc.turn(f"{label} ({clock(b)}):", label, text, kinds, decoy=decoy)
        doc.raw(text)
        doc.raw("")
    doc.raw("Note: some passages were lightly condensed for readability, and one passage was left out.", "meta_text")
    return doc


# ---------------------------------------------------------------------------
# 08: NVivo "export document" text of three interview documents, numbered paragraphs
# ---------------------------------------------------------------------------
def f08(rng: random.Random) -> Doc:
    roles = {"Interviewer": T, "Respondent": C}
    doc = Doc(
        "08_nvivo_export_wave1_men_talking_therapy.txt",
        "NVivo export of three documents: P04 imported twice, P05 with a pasted paragraph and one cut short",
        roles=roles,
    )
    doc.parse = lambda line: (
        (m.group(1), m.group(2))
        if (m := re.match(r"^\d+\t(Interviewer|Respondent|[A-Z][a-z]+): (.*)$", line))
        else None
    )
    p04: list[tuple[str, str, list[str], str]] = [
        (
            "Interviewer",
            "Thanks for coming in. To start, could you tell me how you first ended up talking to a counsellor?",
            [],
            "",
        ),
        (
            "Respondent",
            "My GP, really. I'd gone in about my back and ended up crying in his office, which I'd never done in my life.",
            [],
            "",
        ),
        ("Interviewer", "What was that like?", [], ""),
        (
            "Respondent",
            "Mortifying. [laughs] He just passed me the tissues and said, I think we should talk about something other than your back.",
            [],
            "decoy: [laughs] and a quoted GP",
        ),
        ("Interviewer", "And how long was it before you saw someone?", [], ""),
        ("Respondent", "Eleven weeks. I nearly cancelled twice.", [], ""),
        ("Interviewer", "What stopped you cancelling?", [], ""),
        ("Respondent", "My wife. She said, you've waited eleven weeks, you're going.", [], ""),
        ("Interviewer", "Mm.", [], ""),
        (
            "Respondent",
            "The first session I said about four words. He didn't push. That was the thing. He didn't push.",
            [],
            "decoy: a repeat inside one paragraph",
        ),
        ("Interviewer", "What made not pushing matter so much?", [], ""),
        (
            "Respondent",
            "Because everyone else was pushing. Work, the doctor, my wife, even if they meant well. He was the only one who let me sit there.",
            [],
            "",
        ),
        ("Interviewer", "Thank you. That's really helpful.", [], ""),
    ]
    p05: list[tuple[str, str, list[str], str]] = [
        ("Interviewer", "Could you start by telling me a bit about when you had counselling?", [], ""),
        ("Respondent", "Two years ago, after the farm sale. Six sessions through the union, on the phone.", [], ""),
        ("Interviewer", "On the phone. How was that for you?", [], ""),
        (
            "Respondent",
            "Better than sitting in a room, I think. I could be in the truck with the engine off and nobody could see my face.",
            [],
            "",
        ),
        (
            "Respondent",
            "Better than sitting in a room, I think. I could be in the truck with the engine off and nobody could see my face.",
            ["duplicate_turn"],
            "",
        ),
        ("Interviewer", "Nobody could see your face.", [], "decoy: echo"),
        ("Respondent", "I'm not one for crying in front of people. On the phone it didn't count somehow.", [], ""),
        ("Interviewer", "Was there a moment in those six sessions that stands out?", [], ""),
        (
            "Respondent",
            "The third one. She asked what the farm meant to me apart from money, and the first thing I said was that my father",
            ["truncated_turn"],
            "",
        ),
        (
            "Interviewer",
            "You mentioned earlier the union set it up. Did you know that was available before the sale?",
            [],
            "",
        ),
        ("Respondent", "No idea. Thirty years a member and I'd never read the leaflet.", [], ""),
        ("Interviewer", "Would it have made a difference if you had?", [], ""),
        ("Respondent", "Maybe. I'd probably still have waited till it was bad. That's how we are.", [], ""),
        ("Interviewer", "Thanks, that's everything from my list. Is there anything you'd like to add?", [], ""),
        ("Respondent", "Just that it helped. I didn't think it would and it did.", [], ""),
    ]
    docs = [
        ("P04_session_interview", "s1", p04, []),
        ("P04_session_interview (2)", "s2", p04, ["duplicate_session"]),
        ("P05_interview", "s3", p05, []),
    ]
    for k, (title, sid, rows, skinds) in enumerate(docs):
        if k:
            doc.raw("")
        doc.raw(f"<Files\\\\Wave 1\\\\{title}>")
        doc.raw(f"Exported from NVivo 14 on 09/01/2025 16:{20 + k:02d}. Paragraph numbers shown.")
        doc.raw("")
        for n, (label, text, kinds, decoy) in enumerate(rows, start=1):
            doc.turn(f"{n}\t{label}: {text}", label, text, kinds if not skinds else [], sid=sid, decoy=decoy)
        for kind in skinds:
            doc.session_row(sid, kind)
    return doc


# ---------------------------------------------------------------------------
# 10: a CLAN FREQ output filed with the transcripts
# ---------------------------------------------------------------------------
def f10(rng: random.Random) -> Doc:
    doc = Doc("10_freq_PAT_bereavement.cex", "CLAN FREQ output of 01's patient tiers: no dialogue", ends_checked=False)
    doc.raw("> freq +t*PAT +u brv_p14_s04.cha")
    doc.raw("freq +t*PAT +u brv_p14_s04.cha")
    doc.raw("Thu Mar 20 11:42:09 2025")
    doc.raw("freq (11-Mar-2025) is conducting analyses on:")
    doc.raw("  ONLY speaker main tiers matching: *PAT;")
    doc.raw("****************************************")
    doc.raw("From file <brv_p14_s04.cha>")
    words = [
        "I",
        "the",
        "and",
        "to",
        "it",
        "a",
        "that",
        "he",
        "was",
        "go",
        "shed",
        "day",
        "face",
        "fix",
        "Noreen",
        "hospice",
        "engine",
        "car",
    ]
    for w in words:
        doc.raw(f"{rng.randint(1, 9) if w[0].islower() else rng.randint(2, 30):3d} {w}")
    doc.raw("------------------------------")
    doc.raw(f"{len(words) + 64:5d}  Total number of different item types used")
    doc.raw(f"{len(words) * 4 + 201:5d}  Total number of items (tokens)")
    doc.raw("0.412  Type/Token ratio")
    doc.truth.append((0, "unparseable_file"))
    return doc


# ---------------------------------------------------------------------------
# self-checks
# ---------------------------------------------------------------------------
def ends_ok(text: str) -> bool:
    return norm(text) != "" and text.rstrip()[-1:] in ENDERS


def check(doc: Doc, data: bytes) -> list[str]:
    text = data.decode("utf-8-sig" if doc.bom else doc.codec, "surrogateescape")
    lines = text.split(doc.newline)
    assert lines[-1] == "" and lines[:-1] == doc.lines, doc.name
    lines = lines[:-1]
    bad = {i + 1 for i, line in enumerate(lines) if invalid(line)}
    try:
        data.decode(doc.codec)
        strict = True
    except UnicodeDecodeError:
        strict = False
    assert strict == (not bad), doc.name
    rows = doc.truth
    assert len(set(rows)) == len(rows), doc.name
    kinds_at: dict[int, set[str]] = {}
    for line, kind in rows:
        assert kind in KINDS, kind
        kinds_at.setdefault(line, set()).add(kind)
    if any(k == "unparseable_file" for _, k in rows):
        assert rows == [(0, "unparseable_file")] and not doc.turns, doc.name
        assert not any(re.match(r"^\*[A-Z]{3}:|^[A-Z][a-z]+: ", line) for line in lines), doc.name
        return lines
    by_line = {t.line: t for t in doc.turns}
    for line, kind in rows:
        assert 1 <= line <= len(lines), (doc.name, line)
        if kind not in LINE_KINDS:
            assert line in by_line, (doc.name, line, kind)
    assert {line for line, k in rows if k == "encoding_error"} == bad, doc.name
    garbled = {i + 1 for i, line in enumerate(lines) if any(m in line for m in MOJI)}
    assert {line for line, k in rows if k == "mojibake"} == garbled, (doc.name, garbled)
    for t in doc.turns:
        ks = set(t.kinds)
        assert ("empty_turn" in ks) == (norm(t.text) == ""), (doc.name, t.line)
        assert ("unknown_speaker" in ks) == (t.role == X), (doc.name, t.line)
        if doc.parse is not None:
            got = doc.parse(lines[t.line - 1])
            assert got is not None and got[0] == t.label, (doc.name, t.line, got)
            if got[1] and "\t" not in lines[t.line - 1][:1]:
                assert t.text.startswith(got[1].rstrip()) or got[1].startswith(t.text[:20]), (doc.name, t.line)
        if "truncated_turn" in ks:
            assert not ends_ok(t.text), (doc.name, t.line)
        elif doc.ends_checked and t.text and not ends_ok(t.text):
            assert t.decoy, (doc.name, t.line, t.text)
        if doc.name.endswith(".cha") and "truncated_turn" not in ks:
            assert CHAT_END.search(t.text.strip()), (doc.name, t.line, t.text)
    if doc.parse is not None:
        for line, kind in rows:
            if kind == "unparseable_line":
                assert doc.parse(lines[line - 1]) is None, (doc.name, line)
    # repeats: every same-role exact or close repeat of a substantial turn in a session is marked; every mark is real
    for i, t in enumerate(doc.turns):
        earlier = [u for u in doc.turns[:i] if u.sid == t.sid and u.role == t.role and norm(u.text)]
        close = [u for u in earlier if ratio(u.text, t.text) >= 0.8]
        substantial = len(norm(t.text)) >= 25
        if "duplicate_turn" in t.kinds:
            assert any(BULLET.sub("", u.text) == BULLET.sub("", t.text) for u in earlier), (doc.name, t.line)
        elif "near_duplicate_turn" in t.kinds:
            assert close and all(u.text != t.text for u in earlier), (doc.name, t.line)
        elif substantial:
            assert not close, (doc.name, t.line, [u.line for u in close])
        if "repetition_loop" in t.kinds:
            later = [
                u
                for u in doc.turns[i + 1 :]
                if u.sid == t.sid and set(u.kinds) & REPEAT_KINDS and ratio(u.text, t.text) >= 0.8
            ]
            assert len(later) >= 2, (doc.name, t.line)
    return lines


def check_sessions(docs: Sequence[Doc]) -> None:
    for doc in docs:
        sids = sorted({t.sid for t in doc.turns})
        for line, kind in doc.truth:
            if kind != "duplicate_session":
                continue
            sid = next(t.sid for t in doc.turns if t.line == line)
            mine = [(t.label, t.text) for t in doc.turns if t.sid == sid]
            others = [s for s in sids if s != sid and [(t.label, t.text) for t in doc.turns if t.sid == s] == mine]
            assert others and min(others) < sid, doc.name
            assert all(not t.kinds for t in doc.turns if t.sid == sid), doc.name


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------
def build_docs(seed: int) -> list[Doc]:
    rng = random.Random(seed)
    return [f(rng) for f in (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10)]


def shown(text: str, width: int = 120) -> str:
    text = "".join(f"\\x{ord(ch) - 0xDC00:02x}" if "\udc80" <= ch <= "\udcff" else ch for ch in text)
    text = "".join(f"\\x{ord(ch):02x}" if unicodedata.category(ch) == "Cc" else ch for ch in text)
    return text if len(text) <= width else text[: width - 35] + " ... " + text[-30:]


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        description="Blind defect cases: transcripts as researchers and transcription services produce them."
    )
    parser.add_argument("out_dir")
    parser.add_argument("--show", action="store_true", help="print every truth row beside the line it names")
    parser.add_argument("--seed", type=int, default=37)
    args = parser.parse_args(argv)
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    docs = build_docs(args.seed)
    assert len({d.name for d in docs}) == len(docs) == 10
    rows: list[tuple[str, int, str]] = []
    turns = clean = decoys = 0
    for doc in docs:
        data = doc.render()
        (out / doc.name).write_bytes(data)
        lines = check(doc, data)
        rows.extend((doc.name, line, kind) for line, kind in doc.truth)
        marked = {line for line, _ in doc.truth}
        turns += len(doc.turns)
        clean += sum(1 for t in doc.turns if t.line not in marked)
        decoys += doc.decoys
        if doc.turns:
            assert len(doc.truth) <= 0.3 * len(doc.turns), doc.name
        print(f"{doc.name}: {len(doc.turns)} turns, {len(doc.truth)} rows, {doc.decoys} decoys: {doc.story}")
        if args.show:
            for line, kind in sorted(doc.truth):
                here = f"[whole file] {lines[0]} ... ({len(lines)} lines)" if line == 0 else lines[line - 1]
                print(f"  {line:4d} {kind:20s} | {shown(here)}")
    check_sessions(docs)
    assert len(set(rows)) == len(rows), "a truth row twice"
    rows.sort()
    with (out / "truth.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "line", "defect_type"])
        writer.writerows(rows)
    counts = Counter(kind for _, _, kind in rows)
    assert set(counts) == KINDS, KINDS - set(counts)
    assert clean >= 0.85 * turns, (clean, turns)
    print(
        f"wrote {len(docs)} files ({turns} turns, {clean} on lines without a truth row, {decoys} decoys) and {len(rows)} truth rows to {out}"
    )
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
