"""Forty-second set of blind defect cases for the transcript-cleaning product: COUNSELLING-SKILLS TRAINING MATERIAL as
training providers and students keep it (skills-practice role-plays with a tutor's interjections, a CUT and a take 2,
an assessment submission with the student's self-commentary column, a placement process recording, an LLM practice
dialogue pasted from the chat window with its chrome, a supervision-group excerpt, a portfolio with margin notes, a
phone app's transcript of a recorded triad, a generated practice pack in Markdown, a handbook demonstration script and
the tutor's marking grid).

Blind conditions, as followed. Read: ``date``; ``head -n 15 /work/main/benchmarks/blind_defects.py`` (the interface);
``ls /work/main/blind``; ``cat`` of /work/shared/README.md and /work/shared/corpora/README.md; ``grep -n -A12
"tool.ruff" /work/main/pyproject.toml``. The docstrings of the earlier writers in blind/ were printed with
``ast.get_docstring`` by a ``.venv`` python snippet into /tmp/s28h/docs.txt (``wc -l``: 6518 lines; ``grep -n`` of
its ``=====`` separators), of which were paged with ``sed``: lines 1-183 (the first and the eighteenth writers),
666-911 (the fortieth and forty-first), 3592-3741 (the thirty-seventh), and short ranges 935-960, 1036-1058, 1320-1330,
236-248 and 5720-5730 (how earlier sets wrote a process recording, a training role-play, a booklet of role-play
scripts and a retake, and their encoding conventions); plus three ``grep -n -i`` over docs.txt cut with ``cut -c``:
``encoding_error`` / ``unparseable_file`` (their conventions), ``tutor|re-take|retake|process recording|role-play|
roleplay|skills practice|observer`` and ``you said|chatgpt said|chrome|Copy code|regenerate`` (layouts already used).
The code of the ONE model writer, blind/thirtyseventh_defect_cases.py, was read with ``wc -l``, one ``grep -n`` of its
top-level ``def``/``class``/constant lines and ``sed -n`` of lines 150-310 (constants, text helpers, the document
builder) and 1360-1515 (self-checks, ``main``); this file follows its builder and checks. Nothing else of the project
was opened or grepped (no transforms, flows, tests, synth, schemas, sql, docs, README or other benchmarks); nothing
under /work/shared/corpora or /work/shared/seeds was opened; no search tool was used; git was not run; the product,
its tests and the benchmarks were never run. Every transcript line below was written for this set.

Run: ``mkdir -p /tmp/s28h``; the commands above; the editor tool creating /tmp/s28h/draft.py; system ``python3``
snippets making exact replacements in it (``plain`` given explicit keyword arguments, 03's cut passed as a kind, 02's
near copy given a word instead of a comma, 09's doubled line moved to a substantial turn, 04 given two more turns
after its own 30% row cap stopped the first run, curly apostrophes written through ``curly()`` for ruff's RUF001,
this docstring put in place of a placeholder); ``.venv/bin/python draft.py`` into /tmp/s28h/out42 with ``--show`` and
again into out42b (``diff -r``: identical), and for seeds 1, 2, 3, 7, 99 and 2026 (all self-checks pass; seeds 1 and
99 give the same ``truth.csv`` as 42; the folders deleted); a ``.venv`` python snippet printing the bytes of the line
every truth row names (each the intended line); ``sed`` on three written files and ``head`` of ``truth.csv``;
``ruff format``/``ruff check`` (``--config``) and ``mypy`` (``--config-file``) on the draft; ``cp`` to blind/ and
``ruff check``, ``ruff format`` and ``mypy`` on this file alone from /work/main; three ``python3`` snippets
amending this paragraph; last runs with ``--show`` into /tmp/s28h/final and into final2, compared with out42 by
``diff -r`` (identical). The truth tags were written with the text, before the first run, and were never changed; no row
is written by hand as a line number: every row comes from the builder call that wrote the line.

Usage::

    python blind/fortysecond_defect_cases.py OUT_DIR [--show] [--seed N]      (default seed 42)

writes 10 files and ``truth.csv`` (``file,line,defect_type``, header row) into OUT_DIR; ``--show`` prints every truth
row beside the line it names (invalid bytes as ``\\xNN``). The seed moves only the students' and tutor's names in
headers, 07's time stamps and 10's marks; words, defects and truth lines stay the same. Default seed 42: 190 turns,
31 truth rows, 163 turns on lines without a row, 98 decoys noted. Rows per kind: duplicate_turn 4, truncated_turn 4,
meta_text 4, near_duplicate_turn 3, role_inversion 2, refusal 2, empty_turn 2, unknown_speaker 2, mojibake 2,
encoding_error 2, repetition_loop 1, unparseable_line 1, duplicate_session 1, unparseable_file 1. One file (05) is
clean. All files UTF-8 without BOM, LF; 03 and 09 hold lone Windows-1252 bytes. Standard library only.

THE CONVENTION FOR RE-TAKES (decided here). Training material replays exchanges on purpose. A replay ANNOUNCED in the
file is not a defect: after 01's ``CUT`` and ``--- Take 2, from the client's first line ---``, after 07's counsellor
stepping out of role (``Sorry, sorry, can I go again? ... Can you say your first bit again?``) and after 09's tutor
note (``Now the same exchange again, this time staying with the client.``) the client's line said again word for word
is a DECOY, not duplicate_turn; the take stays in the same session. A repeat with nothing in the file announcing it
(a paste slip, an app's doubled segment, a generator's loop) IS a defect. Also not turns and not defects: tutor
interjections in square brackets on their own lines (``[Tutor: pause there - what did you notice ...?]``), ``CUT`` and
take lines, the observer's feedback, the student's self-commentary column (02), ``What I was thinking/feeling:``
headings and their paragraphs (03), margin-note lines (06), tutor's notes in asterisks (09), headings, headers, the
module team's note (08), the chat window's chrome (``You said:``, the student's prompts, ``ChatGPT said:``,
``Continue generating``: 04). What the MODEL wrote about its dialogue (04's ``Sure! Here's a realistic practice
dialogue ...`` and ``Let me know if you'd like a version ...``, each on its own line; ``(Note: here the counsellor
uses ...)`` and ``Certainly! Here's the counsellor's next response:`` inside a turn) is ``meta_text``. An observer or
a receptionist speaking under a label of their own is ``unknown_speaker``. In 05 the supervisor stands in the
counsellor's role and the supervisee in the client's.

* ``01_triad_b_week3_reflecting_feelings.txt`` (24 turns, 3 rows): a triad's role-play typed by the observer,
  ``Counsellor:``/``Client:`` with a blank line after each turn: a student nurse who dreads placement. Defects: the
  counsellor's reflection typed under ``Client:`` (role_inversion); a client turn pasted again later with no retake
  (duplicate_turn); a client turn cut after ``keep going over the``, the counsellor moving on (truncated_turn).
  Decoys: title and roles lines (``Tutor: name`` inside the roles line), three tutor interjections, CUT and the take
  line, the re-taken opening, ``Mm.``, the client quoting her mother, ``I can't say any of that to her``, ``[long
  pause]``, the observer's feedback quoting the counsellor.
* ``02_tma2_verbatim_with_self_commentary.csv`` (19 turns, 4 rows): ``line_no,speaker,verbatim,self_commentary``,
  written by Python's csv module (a neighbour's barking dog). Defects: a verbatim pasted through Windows-1252
  (``donâ€™t``: mojibake); a client row with empty verbatim and commentary (empty_turn); row 11 typed with raw commas,
  six fields, not a turn (unparseable_line); the opening question typed again at row 17 with ``most`` added
  (near_duplicate_turn). Decoys: the header; commentary in the student's first person (``Reflection of feeling
  here``, ``I should have stayed with the feeling``); a one-word restatement; the client quoting the neighbour;
  ``[silence, about 20 seconds]`` opening a turn; ``I can't remember``.
* ``03_process_recording_placement_session4.txt`` (16 turns, 3 rows): a placement process recording,
  ``Counsellor:``/``Client:`` one turn a line, ``What I was thinking/feeling:`` paragraphs hard-wrapped between.
  Defects: a client turn with lone 0x92 bytes for apostrophes (encoding_error); ``Receptionist:`` at the door
  (unknown_speaker); the last line, cut after ``and whether you felt`` (truncated_turn; the file ends there). Decoys:
  header lines (``Client: 'J'`` inside one), the four process headings and their first-person paragraphs, ``[laughs]``,
  short client turns.
* ``04_practice_dialogue_pasted_from_chat.txt`` (27 turns, 8 rows): two replies of a chat pasted with their chrome.
  Defects: the model's preamble (meta_text, own line); a client turn said three times with the counsellor in between
  (repetition_loop on the first, duplicate_turn, near_duplicate_turn with ``a bit`` / ``that``); a counsellor turn
  ending ``(Note: here the counsellor uses ...)`` (meta_text); the model's closing offer (meta_text, own line); the
  second reply opening with a refusal in the counsellor's place (refusal); its last turn cut after ``the visits are``
  before ``Continue generating`` (truncated_turn). Decoys: the chrome and prompts, the client quoting his wife, a
  resistant client's short turns, a client question.
* ``05_supervision_group_excerpt_week9.txt`` (18 turns, no row): CLEAN, ``Supervisor:``/``Supervisee:``. Decoys: a
  bracketed header and group remark; the supervisee quoting her own counsellor words and her client; ``Mm.``;
  ``I can't tell`` from both; ``[laughs]``; the supervisee rehearsing a counsellor line in quotes.
* ``06_portfolio_appendices_skills_recordings.txt`` (28 turns, 1 row): a portfolio, ``COUNSELLOR:``/``CLIENT:`` with
  indented ``<- skill`` margin-note lines; Appendix B (headed as recording 2 with another client) is Appendix A pasted
  again (duplicate_session, ONE row at B's first turn; B's turns carry no other row). Decoys: header, key, margin
  notes, ``Mm.``, ``[laughs]``, the word-count line.
* ``07_skills_practice_rec_phone_app_export.txt`` (17 turns, 3 rows): a recorder app's export, ``Speaker n  m:ss`` on
  a line, the words on the next line, a blank line; Speaker 1 is the counsellor, 2 the client. Defects: ``Speaker 3``,
  the observer calling time (unknown_speaker); a client segment emitted twice (duplicate_turn); the recording ending
  after ``so she`` (truncated_turn). Decoys: header lines, the spoken re-take, two Speaker 1 segments in a row,
  ``Mm. Yeah.``, ``[laughs]``.
* ``08_week6_generated_practice_scenarios.md`` (23 turns, 5 rows): a Markdown pack, ``**Counsellor:**``/``**Client:**``
  paragraphs under three ``## Scenario`` headings (one session each). Defects: the counsellor's reflection under
  ``**Client:**`` (role_inversion); a client turn through Windows-1252 (``Iâ€™m``: mojibake); ``Certainly! Here's the
  counsellor's next response:`` opening a counsellor turn (meta_text); ``**Client:**`` with nothing (empty_turn); the
  tool refusing to go on with the role-play in the counsellor's place (refusal). Decoys: headings, the team's note, a
  client quoting his daughter, a client's apology, a direct risk question, the discussion line.
* ``09_handbook_demo3_silence_and_encouragers.txt`` (18 turns, 3 rows): a handbook script, ``COUNSELLOR:``/``CLIENT:``
  and ``*Tutor's note: ...*`` lines (one wrapped over two lines). Defects: a client turn with lone 0x92 bytes
  (encoding_error); a counsellor line pasted twice in a row (duplicate_turn); a client turn given again later with
  ``just`` added (near_duplicate_turn). Decoys: the announced replay, ``Mm-hmm.``, ``Yes.``, echoes, the client's
  apology.
* ``10_unit4_marking_grid_tutor.csv``: the tutor's marking grid (criterion, weighting, band, mark, comment) saved
  among the transcripts: no dialogue (unparseable_file, line 0).

WHAT IS COUNTED (the earlier writers' conventions). ``line`` is the 1-based physical line of the written file (a lone
invalid byte is one character and changes no count). A turn-level row is at the line holding the turn's label: the
``Label: text`` line (01, 03, 05, 06, 09), the CSV record (02; header is line 1), the ``**Label:** text`` line (08),
the ``Speaker n  m:ss`` line in 07 (the words are on the line below). Meta text inside a turn is at the turn's line;
meta text on its own line and ``unparseable_line`` at that line. A repetition loop is ``repetition_loop`` on the first
occurrence and ``duplicate_turn`` / ``near_duplicate_turn`` on each later copy; a repeat marks the LATER copy. A
duplicate session is ONE row at the later copy's first turn; the file-level row at line 0. A refusal in a speaker's
place is ``refusal`` only. ``encoding_error`` marks bytes invalid in the UTF-8 file, ``mojibake`` text that decodes but
was garbled upstream. ``consecutive_speaker`` is never marked (inversions, a doubled segment and a step out of role
make some).

Self-checks (the run stops on the first failure): the written bytes decode back to exactly the lines built, strictly
as UTF-8 exactly when no encoding_error row is in the file; encoding_error rows are exactly the lines with invalid
bytes and mojibake rows exactly the lines with ``â€``/``Ã``/``Â``; exactly the turn lines parse as turns of the file's
layout (an independent regular expression or CSV read per file), each to its label and text, and the unparseable line
does not; empty_turn exactly when a turn's text is empty, unknown_speaker exactly when its label is in neither role; a
truncated turn ends without final punctuation, any other turn that does carries a decoy note; in each session every
same-role exact or 0.8-similar repeat of a substantial turn is marked, unless it is an announced re-take (which must
repeat an earlier turn exactly and carry no row); every repeat mark is real and a loop has two marked later copies;
the duplicate session equals an earlier one exactly and its turns carry no row; no row twice; every kind present; at
most 30% of a file's turns carry a row and at least 80% of all turns none; the grid has no label-like line.

Unsure about: whether the product treats an announced re-take (01, 07, 09) as a repeat anyway (by this set's
convention it is not a defect, so a duplicate flag there counts as a false alarm); whether the chat chrome and the
student's prompts in 04 (``You said:``, ``ChatGPT said:``) should be meta_text (not marked here: they are the chat
window's, not the model's text about the dialogue); whether 03's and 09's unlabelled paragraph lines get glued to the
turn above as continuations; whether ``What I was thinking/feeling:`` reads as a speaker label (unknown_speaker);
whether ``Speaker 3`` in a triad recording (a known observer) should count as unknown_speaker; whether 02's row with
empty verbatim is seen as a turn at all; whether the near copy of 02's opening question (``most`` added, nine rows
later) reads as a repeat rather than a counsellor re-contracting; and whether 06's duplicate session is seen as a
second session when only an ``Appendix B`` heading separates it.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import io
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
REPEAT_KINDS = {"duplicate_turn", "near_duplicate_turn"}
MOJI = ("â€", "Ã", "Â")  # markers of UTF-8 read as Windows-1252, made only by moji()
RSQ = "\u2019"  # a curly apostrophe, as a word processor types it
ENDERS = ".?!…\"')]\u201d" + RSQ

STUDENTS = [
    "Priya",
    "Tomasz",
    "Grace",
    "Callum",
    "Ifeoma",
    "Rhiannon",
    "Dev",
    "Marta",
    "Owen",
    "Soraya",
    "Ben",
    "Lucia",
]
TUTORS = ["Helen Marsh", "Kwame Asante", "Fiona Reid", "Anand Rao"]


def moji(text: str) -> str:
    """UTF-8 bytes read as Windows-1252 (the five undefined bytes kept as C1 controls)."""
    out = []
    for b in text.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def lone(text: str, codec: str = "cp1252") -> str:
    """Text whose non-ASCII characters were saved as single legacy bytes inside a UTF-8 file (surrogate escapes)."""
    return "".join(ch if ord(ch) < 128 else chr(0xDC00 + ch.encode(codec)[0]) for ch in text)


def curly(text: str) -> str:
    return text.replace("'", RSQ)


def norm(text: str) -> str:
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
    retake: bool = False  # a line played again on purpose after a CUT / "again from" (not a defect)


@dataclass(eq=False)
class Doc:
    name: str
    story: str
    newline: str = "\n"
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
        self,
        line: str,
        label: str,
        text: str,
        kinds: Iterable[str] = (),
        sid: str = "s1",
        decoy: str = "",
        retake: bool = False,
    ) -> int:
        n = self.add(line)
        t = Turn(n, self.roles.get(label, X), label, text, sid, list(kinds), decoy, retake)
        self.turns.append(t)
        self.truth.extend((n, k) for k in t.kinds)
        if decoy:
            self.decoys += 1
        return n

    def session_row(self, sid: str, kind: str) -> None:
        first = min(t.line for t in self.turns if t.sid == sid)
        self.truth.append((first, kind))

    def render(self) -> bytes:
        return "".join(line + self.newline for line in self.lines).encode("utf-8", "surrogateescape")


def label_parse(labels: Sequence[str], sep: str = ": ") -> Callable[[str], tuple[str, str] | None]:
    alt = "|".join(re.escape(x) for x in labels)

    def parse(line: str) -> tuple[str, str] | None:
        m = re.match(rf"^({alt}):(?: (.*))?$", line)
        return (m.group(1), m.group(2) or "") if m else None

    return parse


def plain(
    doc: Doc, label: str, text: str, kinds: Iterable[str] = (), sid: str = "s1", decoy: str = "", retake: bool = False
) -> int:
    """``Label: text`` on one line (``Label:`` alone when the text is empty)."""
    line = f"{label}: {text}" if text else f"{label}:"
    return doc.turn(line, label, text, kinds, sid=sid, decoy=decoy, retake=retake)


# ---------------------------------------------------------------------------
# 01: a triad's skills-practice role-play typed up by the observer, tutor interjections, a CUT and a take 2
# ---------------------------------------------------------------------------
def f01(rng: random.Random) -> Doc:
    co, cl, ob = rng.sample(STUDENTS, 3)
    tutor = rng.choice(TUTORS)
    doc = Doc(
        "01_triad_b_week3_reflecting_feelings.txt",
        "triad role-play typed by the observer; CUT and take 2; tutor interjections",
        roles={"Counsellor": T, "Client": C},
    )
    doc.parse = label_parse(["Counsellor", "Client"])
    doc.raw("Skills Practice, Week 3: Reflecting Feelings. Triad B, Room 2.14.", decoy="title")
    doc.raw(f"Roles this round - counsellor {co}, client {cl}, observer {ob} (typing). Tutor: {tutor}.", decoy="roles")
    doc.raw("Scenario (client's own, lightly fictionalised): second-year student nurse thinking of leaving.")
    doc.raw("")

    def t(label: str, text: str, kinds: Iterable[str] = (), decoy: str = "", retake: bool = False) -> None:
        plain(doc, label, text, kinds, decoy=decoy, retake=retake)
        doc.raw("")

    first = (
        "I think I want to talk about whether I should stay on the nursing course, because lately I dread every "
        "placement shift."
    )
    loved = "And the worst part is I used to love it. First year I was the one who couldn't wait for placement."
    t("Counsellor", "Thanks for coming in. We've got about fifteen minutes today. Where would you like to start?")
    t("Client", first)
    t("Counsellor", "So you're thinking about leaving nursing. Have you talked to your personal tutor about it yet?")
    doc.raw("[Tutor: pause there - what did you notice about that response?]", decoy="tutor interjection, no turn")
    doc.raw("")
    doc.raw("CUT", decoy="cut marker")
    doc.raw("")
    doc.raw("--- Take 2, from the client's first line ---", decoy="take marker")
    doc.raw("")
    t("Client", first, decoy="deliberate re-take of the opening line", retake=True)
    t(
        "Counsellor",
        "It sounds like the shifts have started to feel heavy, and there's some dread even in thinking about the "
        "next one.",
    )
    t("Client", "Yeah. Dread is the right word. I sit in the car park for ten minutes before I can make myself go in.")
    t("Counsellor", "Ten minutes in the car, gathering yourself before you can walk through the door.")
    t("Client", loved)
    t("Counsellor", "Mm.", decoy="backchannel")
    t(
        "Client",
        "My mum keeps saying, 'You've wanted this since you were eight, don't throw it away.'",
        decoy="client quoting her mother",
    )
    t("Counsellor", "So there's a lot of her hope in this as well as yours.")
    t("Client", "I can't say any of that to her, though. She'd be so disappointed.", decoy="client's I can't")
    t(
        "Client",
        "It sounds like you're already carrying your mum's disappointment before she's even felt it, and that makes "
        "it harder to hear what you want.",
        ["role_inversion"],
    )
    t("Client", "Yes. Exactly that. I haven't even told her and I already feel guilty.")
    doc.raw("[Tutor: good - notice how she slowed down after that reflection. Carry on.]", decoy="tutor interjection")
    doc.raw("")
    t("Counsellor", "Guilty, and maybe a bit trapped between what she wants and what you're feeling on those shifts.")
    t(
        "Client",
        "Trapped, yeah. There was a patient last month who died on a night shift I was on, and nobody really talked "
        "to me about it afterwards.",
    )
    t("Counsellor", "That sounds like a lot to carry on your own: a death on your shift, and then silence.")
    t("Client", loved, ["duplicate_turn"])
    t("Counsellor", "When you think about that night now, what comes up for you?")
    t(
        "Client",
        "Mostly that I should have noticed sooner. The nurse in charge said there was nothing I could have done, "
        "but I keep going over the",
        ["truncated_turn"],
    )
    t("Counsellor", "What would you want to say to the student nurse you were that night?")
    t("Client", "That she did her best. [long pause] It's easier to say about someone else.", decoy="bracket pause")
    t("Counsellor", "We're nearly at time. What feels most important to take away from today?")
    t("Client", "That maybe it isn't the course I hate. Maybe it's that night.")
    doc.raw("[Tutor: time - let's stop there. Observer, what did you see?]", decoy="tutor interjection")
    doc.raw("")
    doc.raw("Observer feedback:", decoy="feedback heading with a colon")
    doc.raw(
        "- Take 2 much stronger. 'Ten minutes in the car' stayed right with her; in take 1 the question about the "
        "personal tutor moved away from the feeling.",
        decoy="feedback quoting the counsellor",
    )
    doc.raw("- Missed a chance to reflect the guilt sooner. Good use of silence near the end.")
    return doc


# ---------------------------------------------------------------------------
# 02: a skills-assessment submission as CSV, with the student's self-commentary column
# ---------------------------------------------------------------------------
def csv_line(fields: Sequence[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(fields)
    return buf.getvalue().rstrip("\n")


def f02(rng: random.Random) -> Doc:
    doc = Doc(
        "02_tma2_verbatim_with_self_commentary.csv",
        "assessment CSV: line_no,speaker,verbatim,self_commentary",
        roles={"Counsellor": T, "Client": C},
    )

    def parse(line: str) -> tuple[str, str] | None:
        row = next(csv.reader([line]))
        if len(row) != 4 or not row[0].isdigit():
            return None
        return row[1], row[2]

    doc.parse = parse
    doc.raw(csv_line(["line_no", "speaker", "verbatim", "self_commentary"]), decoy="header")
    n = 0

    def t(label: str, text: str, note: str, kinds: Iterable[str] = (), decoy: str = "", shown: str = "") -> None:
        nonlocal n
        n += 1
        doc.turn(csv_line([str(n), label, shown or text, note]), label, shown or text, kinds, decoy=decoy)

    ask = "What would you like to focus on in our time together today?"
    t("Counsellor", ask, "Open question to give the client control of the agenda.")
    t(
        "Client",
        "It's my neighbour's dog. It barks from six in the morning and I haven't slept properly since March.",
        "",
    )
    t("Counsellor", "Since March. That's a long time to go without proper sleep.", "Paraphrase; I picked out 'March'.")
    t(
        "Client",
        "It is. And I've tried talking to him, but he just laughs it off, like I'm making a fuss about nothing.",
        "",
    )
    t(
        "Counsellor",
        "It sounds like you feel dismissed, as if what's happening to you doesn't count.",
        "Reflection of feeling here. I wasn't sure whether 'dismissed' was too strong.",
        decoy="commentary in the student's first person",
    )
    t(
        "Client",
        "I don't know if dismissed is the word. Small, maybe. He makes me feel small.",
        "Client corrected my reflection, which my tutor said is fine.",
        shown=moji(curly("I don't know if dismissed is the word. Small, maybe. He makes me feel small.")),
        kinds=["mojibake"],
    )
    t("Counsellor", "Small.", "Restating a single word. Should I have said more here?", decoy="one-word restatement")
    t("Client", "", "", ["empty_turn"])
    t(
        "Counsellor",
        "You mentioned you've tried talking to him. What happened when you did?",
        "Moving on too fast? I should have stayed with the feeling instead of asking a question.",
        decoy="commentary criticising the counsellor's own turn",
    )
    t(
        "Client",
        "I went round with a note in case I lost my nerve. He read it on the doorstep and said, 'It's a dog, love.'",
        "",
        decoy="client quoting the neighbour",
    )
    doc.raw(
        "11,Counsellor,So on the one hand you want peace, on the other you don't want a row,Summary, "
        "two-sided, not sure it landed",
        "unparseable_line",
    )
    n += 1
    t("Client", "Yes. I don't want a war over the fence. I just want to sleep.", "")
    t(
        "Counsellor",
        "What would it look like, a night where you did sleep?",
        "Tried a future-focused question (from week 7).",
    )
    t(
        "Client",
        "[silence, about 20 seconds] I'd wake up and not be angry before I've even opened my eyes.",
        "I let the silence sit. Hardest thing in the whole recording for me.",
        decoy="bracketed silence at the start of a turn",
    )
    t(
        "Counsellor",
        "Waking up without the anger already there. That sounds like a real relief.",
        "Reflection of feeling and meaning.",
    )
    t("Client", "It would be. I can't remember the last time that happened.", "", decoy="client's I can't")
    t(
        "Counsellor",
        "What would you most like to focus on in our time together today?",
        "",
        ["near_duplicate_turn"],
    )
    t("Client", "Maybe how to say it to him again without crying.", "Client brought it back to the neighbour.")
    t(
        "Counsellor",
        "We've got about five minutes left. Shall we think about what you'd want to say, in your own words?",
        "Time boundary. Agreed with my observer that this was the right place to start closing.",
    )
    t("Client", "Okay. Yes. I'd like that.", "")
    return doc


# ---------------------------------------------------------------------------
# 03: a placement process recording: verbatim turns interleaved with "What I was thinking/feeling" paragraphs
# ---------------------------------------------------------------------------
def f03(rng: random.Random) -> Doc:
    trainee = rng.choice(STUDENTS)
    doc = Doc(
        "03_process_recording_placement_session4.txt",
        "process recording: verbatim turns with What I was thinking/feeling paragraphs",
        roles={"Counsellor": T, "Client": C},
    )
    doc.parse = label_parse(["Counsellor", "Client", "Receptionist"])
    doc.raw("PROCESS RECORDING - Placement: Eastgate Young People's Counselling Service", decoy="header")
    doc.raw(f"Session 4 of 6 | Client: 'J', 16 | Trainee: {trainee} | Supervisor sign-off: pending", decoy="header")
    doc.raw("Format: verbatim as far as I can remember it; my own process in the paragraphs between.")
    doc.raw("")

    def t(label: str, text: str, kinds: Iterable[str] = (), decoy: str = "", shown: str = "") -> None:
        plain(doc, label, shown or text, kinds, decoy=decoy)

    def process(*lines: str) -> None:
        doc.raw("")
        doc.raw("What I was thinking/feeling:", decoy="process heading with a colon")
        for line in lines:
            doc.raw(line, decoy="process paragraph in the trainee's first person")
        doc.raw("")

    t("Counsellor", "Hi J, come in. How has the week been since we last met?")
    t("Client", "Rubbish. Mum and Craig had another massive row on Sunday and I went to my nan's.")
    process(
        "I felt my stomach drop when she said 'row'. I wanted to ask straight away whether she was safe, and I",
        "told myself to slow down and follow her first.",
    )
    t("Counsellor", "Sunday sounds like it was a lot. You went to your nan's.")
    t("Client", "Yeah. She just lets me watch telly and doesn't ask anything. It's the only quiet place.")
    t("Counsellor", "Somewhere quiet where nobody asks you anything.")
    t("Client", "Except here, obviously. [laughs]", decoy="client joking, bracket laugh")
    process("I laughed too, and then worried I had made light of it. I don't think I did; she was smiling.")
    t("Counsellor", "Except here. I'm wondering what it's like to come and be asked things.")
    t(
        "Client",
        "It's alright. You don't do the face teachers do.",
        kinds=["encoding_error"],
        shown=lone(curly("It's alright. You don't do the face teachers do.")),
    )
    t("Counsellor", "The face?")
    t("Client", "Like the sad face. Like I'm a project.", decoy="short client turn")
    process(
        "This hit me. I have been doing the face. I could feel my eyebrows going up all session last week. I",
        "noticed I wanted to apologise and kept it to myself, because it would have been about me, not her.",
    )
    t("Counsellor", "You don't want to be somebody's project.")
    t("Client", "No. I just want somebody to listen and not fix it.")
    t(
        "Receptionist",
        "Sorry to interrupt. J, your mum's in reception, she's come early to get you.",
        ["unknown_speaker"],
    )
    t("Client", "Can she wait? We've got ten minutes, haven't we?")
    t("Counsellor", "We have. I'll let reception know you'll be out at ten past.")
    process("I was pleased she asked for her time. I also felt anxious about her mum waiting and what that meant.")
    t(
        "Counsellor",
        "Before we finish, I want to check how Sunday was for you, and whether you felt",
        ["truncated_turn"],
    )
    return doc


# ---------------------------------------------------------------------------
# 04: an LLM practice dialogue a student pasted from the chat window, chrome and all
# ---------------------------------------------------------------------------
def f04(rng: random.Random) -> Doc:
    doc = Doc(
        "04_practice_dialogue_pasted_from_chat.txt",
        "chat window paste: prompt, model preamble and closing, a loop, a refusal, a cut last turn",
        roles={"Counsellor": T, "Client": C},
    )
    doc.parse = label_parse(["Counsellor", "Client"])
    doc.raw("You said:", decoy="chat chrome")
    doc.raw(
        "can you write a practice counselling dialogue for my level 3 course. client is a 40 yr old man whose dad "
        "has dementia, show reflections and open questions, about 20 turns",
        decoy="student's prompt, no turn",
    )
    doc.raw("ChatGPT said:", decoy="chat chrome")
    doc.raw("Sure! Here's a realistic practice dialogue you can use for your Level 3 skills session:", "meta_text")
    doc.raw("")

    def t(label: str, text: str, kinds: Iterable[str] = (), decoy: str = "", sid: str = "s1") -> None:
        plain(doc, label, text, kinds, decoy=decoy, sid=sid)
        doc.raw("")

    loop = "I just feel like I'm losing him a little bit more every time I visit, and I don't know how to stop it."
    t("Counsellor", "Hi Martin, thanks for coming in today. What's been on your mind?")
    t("Client", "It's my dad. He's got dementia, and it's getting worse. Last week he called me by my uncle's name.")
    t("Counsellor", "That sounds really painful, being mistaken for someone else by your own father.")
    t("Client", loop, ["repetition_loop"])
    t("Counsellor", "It sounds like each visit brings a new loss, and you're feeling helpless to stop it.")
    t("Client", loop, ["duplicate_turn"])
    t("Counsellor", "Can you tell me more about what the visits are like for you?")
    t(
        "Client",
        "I just feel like I'm losing him a bit more every time I visit, and I don't know how to stop that.",
        ["near_duplicate_turn"],
    )
    t(
        "Counsellor",
        "You're watching him slip away by degrees. What do you notice in yourself on the drive home? (Note: here "
        "the counsellor uses a reflection of feeling followed by an open question to deepen exploration.)",
        ["meta_text"],
    )
    t("Client", "Mostly anger, if I'm honest. And then I feel terrible for being angry at a sick man.")
    t("Counsellor", "Anger, and then guilt straight after it.")
    t("Client", "Yeah. My wife says I'm allowed to be angry. I don't believe her.", decoy="client quoting his wife")
    t("Counsellor", "What would it mean if you did believe her?")
    t("Client", "That I'm not a bad son, I suppose.")
    t("Counsellor", "It sounds like being a good son matters a great deal to you.")
    t("Client", "It's the only thing I've ever been sure about.")
    doc.raw(
        "Let me know if you'd like a version with a more resistant client, or with the skills labelled in the margin!",
        "meta_text",
    )
    doc.raw("")
    doc.raw("You said:", decoy="chat chrome")
    doc.raw("keep going from there but make him more resistant", decoy="student's prompt, no turn")
    doc.raw("ChatGPT said:", decoy="chat chrome")
    doc.raw("")
    t(
        "Counsellor",
        "I'm sorry, but I can't continue with this scenario. If you or someone you know is struggling with a "
        "parent's dementia, please reach out to a qualified professional or a support organisation.",
        ["refusal"],
    )
    t("Client", "Whatever. Sure.", decoy="student's regenerated turn, short")
    t(
        "Counsellor",
        "You sound fed up with me already, and that's okay. We can go at whatever pace works for you.",
    )
    t("Client", "I didn't ask to come. My wife booked it.", decoy="resistant client")
    t("Counsellor", "So coming here was more her idea than yours.")
    t("Client", "Pretty much. No offence.")
    t("Counsellor", "None taken. What would you want to get out of it, if anything, now that you're here?")
    t("Client", "Honestly? Someone telling me it's normal to dread going to see your own dad.")
    t("Counsellor", "So in a way you'd like permission to find it hard.")
    t("Client", "Permission. Yeah. Is that pathetic?", decoy="client question")
    plain(
        doc,
        "Counsellor",
        "Dreading the visits doesn't make you a bad son. It sounds like part of you already knows that the visits are",
        ["truncated_turn"],
    )
    doc.raw("")
    doc.raw("Continue generating", decoy="chat chrome")
    return doc


# ---------------------------------------------------------------------------
# 05: a supervision-group excerpt (CLEAN)
# ---------------------------------------------------------------------------
def f05(rng: random.Random) -> Doc:
    doc = Doc(
        "05_supervision_group_excerpt_week9.txt",
        "CLEAN: supervision group excerpt, supervisee quoting her own counsellor words and her client",
        roles={"Supervisor": T, "Supervisee": C},
    )
    doc.parse = label_parse(["Supervisor", "Supervisee"])
    doc.raw("Group supervision, Week 9 - excerpt for the reflective log (shared with consent of the group).")
    doc.raw("[Group members present: four trainees; only the case presentation is transcribed.]", decoy="bracket")
    doc.raw("")

    def t(label: str, text: str, decoy: str = "") -> None:
        plain(doc, label, text, decoy=decoy)

    t("Supervisor", "Who'd like to bring something today? You looked like you had something on your mind.")
    t(
        "Supervisee",
        "I do. It's the client I mentioned in week six, the retired postman. He cried for the first time last "
        "session and I think I froze.",
    )
    t("Supervisor", "Froze. Can you say what that was like from the inside?")
    t(
        "Supervisee",
        "I said to him, 'It sounds like you've been holding this in for a long time,' and then I just couldn't "
        "think of anything else to say.",
        decoy="supervisee quoting her own counsellor words",
    )
    t("Supervisor", "And what happened in the room after that?")
    t(
        "Supervisee",
        "He said, 'Forty years I've not told anyone that.' And we sat there. It felt like ages.",
        decoy="supervisee quoting her client",
    )
    t("Supervisor", "Mm.", decoy="backchannel")
    t("Supervisee", "I keep thinking I should have done something with it.")
    doc.raw("[A group member asks whether the silence might have been what he needed.]", decoy="bracketed group remark")
    t("Supervisor", "That's an interesting question from the group. What do you make of it?")
    t(
        "Supervisee",
        "Maybe. He did come back the week after and he was the one who picked it up again.",
    )
    t(
        "Supervisor",
        "So the silence didn't end anything. He returned to it himself, in his own time.",
    )
    t(
        "Supervisee",
        "I can't tell if that's me letting myself off the hook, though.",
        decoy="supervisee's I can't",
    )
    t(
        "Supervisor",
        "I can't tell you that either, but I notice you're quick to assume you got it wrong. Where does that "
        "come from?",
        decoy="supervisor's limit followed by engagement",
    )
    t("Supervisee", "[laughs] How long have you got? My dad was a teacher.", decoy="bracket laugh and a question")
    t("Supervisor", "Perhaps that's something for your own therapy rather than for here. Shall we come back to him?")
    t("Supervisee", "Yes. Sorry. Back to him.")
    t("Supervisor", "What would you like to try next session, if the tears come again?")
    t(
        "Supervisee",
        "To stay with it, and maybe name it gently. Something like, 'It's alright to take your time.'",
        decoy="supervisee rehearsing a counsellor line",
    )
    return doc


# ---------------------------------------------------------------------------
# 06: an assessment portfolio with margin notes; the student pasted the same recording into both appendices
# ---------------------------------------------------------------------------
def f06(rng: random.Random) -> Doc:
    student = rng.choice(STUDENTS)
    doc = Doc(
        "06_portfolio_appendices_skills_recordings.txt",
        "portfolio with margin-note lines; appendix B is appendix A pasted again",
        roles={"COUNSELLOR": T, "CLIENT": C},
    )
    doc.parse = label_parse(["COUNSELLOR", "CLIENT"])
    doc.raw(f"Certificate in Counselling Skills - Portfolio of {student} - Unit 4 evidence", decoy="header")
    doc.raw("Margin notes (indented, after an arrow) are my own labels of the skills used.", decoy="key line")
    doc.raw("")
    session = [
        ("COUNSELLOR", "Hello, Rosa. We have twenty minutes. What would you like to use them for?", "open question"),
        (
            "CLIENT",
            "My son's moved to Glasgow for university and the house is so quiet I keep the radio on all day.",
            "",
        ),
        ("COUNSELLOR", "The house has gone quiet, and the radio fills some of that silence.", "paraphrase"),
        ("CLIENT", "It does. I know it's silly. He's only a train ride away.", ""),
        (
            "COUNSELLOR",
            "You're telling yourself it's silly, and at the same time you miss him.",
            "reflection of feeling",
        ),
        ("CLIENT", "I do. I set the table for two on Sunday without thinking.", ""),
        ("COUNSELLOR", "Mm.", "minimal encourager"),
        ("CLIENT", "Eighteen years it's been the two of us, since his dad left.", ""),
        ("COUNSELLOR", "Eighteen years of the two of you, and now a different shape to the week.", "reflection"),
        ("CLIENT", "A different shape. Yes. I don't know what goes in it yet.", ""),
        ("COUNSELLOR", "What have you noticed yourself wanting to put in it?", "open question"),
        ("CLIENT", "Swimming, maybe. I used to swim before I had him. [laughs] A long time ago.", ""),
        ("COUNSELLOR", "We're close to time. Is there anything you'd like to take away from today?", "ending"),
        ("CLIENT", "That missing him doesn't mean something's wrong with me.", ""),
    ]

    def block(sid: str) -> None:
        for label, text, note in session:
            plain(doc, label, text, sid=sid, decoy="" if len(text) > 12 else "short turn")
            if note:
                doc.raw(" " * 48 + "<- " + note, decoy="margin note, no turn")
            doc.raw("")

    doc.raw("Appendix A: Transcript of skills recording 1 (client: Rosa, a colleague role-playing)")
    doc.raw("")
    block("A")
    doc.raw("Appendix B: Transcript of skills recording 2 (client: Dele, a colleague role-playing)")
    doc.raw("")
    block("B")
    doc.session_row("B", "duplicate_session")
    doc.raw("Word count (excluding appendices): 2,480", decoy="word count")
    return doc


# ---------------------------------------------------------------------------
# 07: a phone transcription app's export of a recorded role-play: "Speaker n  m:ss" lines, words below
# ---------------------------------------------------------------------------
def f07(rng: random.Random) -> Doc:
    doc = Doc(
        "07_skills_practice_rec_phone_app_export.txt",
        "phone app export: Speaker n with times, observer speaking, a spoken re-take, a doubled segment, cut end",
        roles={"Speaker 1": T, "Speaker 2": C},
    )

    def parse(line: str) -> tuple[str, str] | None:
        m = re.match(r"^(Speaker [0-9])  [0-9]+:[0-9]{2}$", line)
        return (m.group(1), "") if m else None

    doc.parse = parse
    doc.raw("Skills practice rec 14 Mar - transcript", decoy="header")
    doc.raw("Exported from the recorder app. Speakers detected: 3.", decoy="header")
    doc.raw("")
    now = rng.uniform(0.0, 3.0)

    def t(spk: str, text: str, kinds: Iterable[str] = (), decoy: str = "", retake: bool = False) -> None:
        nonlocal now
        stamp = f"{int(now) // 60}:{int(now) % 60:02d}"
        doc.turn(f"{spk}  {stamp}", spk, text, kinds, decoy=decoy, retake=retake)
        doc.raw(text)
        doc.raw("")
        now += len(text) / 15.0 + rng.uniform(0.5, 2.5)

    opening = (
        "So I've been offered a promotion at work, and everyone keeps saying congratulations, but I feel sick about it."
    )
    t("Speaker 1", "Okay. So, whenever you're ready, what would you like to talk about today?")
    t("Speaker 2", opening)
    t("Speaker 1", "Are you going to take it?")
    t(
        "Speaker 1",
        "Sorry, sorry, can I go again? That was a closed question. Can you say your first bit again?",
        decoy="counsellor stepping out of role to ask for a re-take",
    )
    t("Speaker 2", opening, decoy="deliberate re-take of the client's line", retake=True)
    t("Speaker 1", "Everyone's congratulating you, and what you're feeling is closer to dread.")
    t("Speaker 2", "Yeah, that's it. It means managing the people I've sat next to for six years.")
    t(
        "Speaker 3",
        "Sorry, just, you've got about eight minutes left. Carry on.",
        ["unknown_speaker"],
    )
    t("Speaker 1", "Managing people who've been your friends. What worries you most about that?")
    t(
        "Speaker 2",
        "That they'll think I've changed. Or that I'll have to tell Shona off for being late, which she always is.",
    )
    t(
        "Speaker 2",
        "That they'll think I've changed. Or that I'll have to tell Shona off for being late, which she always is.",
        ["duplicate_turn"],
    )
    t("Speaker 1", "So part of the sick feeling is about losing your place in the group.")
    t("Speaker 2", "Mm. Yeah.", decoy="short client turn")
    t("Speaker 1", "And another part might be about having to be the one who says the difficult things.")
    t("Speaker 2", "I hate conflict. I go red just thinking about it. [laughs]", decoy="bracket laugh")
    t("Speaker 1", "What would help you feel a bit steadier, if you did say yes?")
    t(
        "Speaker 2",
        "Maybe if I asked my manager for some training first, and talked to Shona before it was official, so she",
        ["truncated_turn"],
    )
    return doc


# ---------------------------------------------------------------------------
# 08: generated practice scenarios saved as Markdown for a week's role-play pack
# ---------------------------------------------------------------------------
def f08(rng: random.Random) -> Doc:
    doc = Doc(
        "08_week6_generated_practice_scenarios.md",
        "Markdown pack of three generated scenarios; an inversion, a refusal, meta inside a turn, empty, mojibake",
        roles={"Counsellor": T, "Client": C},
    )

    def parse(line: str) -> tuple[str, str] | None:
        m = re.match(r"^\*\*(Counsellor|Client):\*\*(?: (.*))?$", line)
        return (m.group(1), m.group(2) or "") if m else None

    doc.parse = parse
    doc.raw("# Week 6 practice pack: working with ambivalence", decoy="heading")
    doc.raw("")
    doc.raw(
        "_Generated with an AI tool and checked by the module team. Read the client part aloud in pairs._",
        decoy="the module team's note, not the tool's",
    )
    doc.raw("")

    def t(label: str, text: str, sid: str, kinds: Iterable[str] = (), decoy: str = "", shown: str = "") -> None:
        body = shown if shown else text
        line = f"**{label}:** {body}" if body else f"**{label}:**"
        doc.turn(line, label, body, kinds, sid=sid, decoy=decoy)
        doc.raw("")

    doc.raw("## Scenario 1: Aled, 52, told by his GP to cut down on drinking")
    doc.raw("")
    t("Counsellor", "Thanks for coming, Aled. I understand your GP suggested you talk to someone.", "1")
    t("Client", "She did. I think she's overreacting, to be honest. Everyone has a few pints after work.", "1")
    t("Counsellor", "It feels to you like what you do is pretty ordinary.", "1")
    t("Client", "It is ordinary. Though my daughter did say something at Christmas that stuck with me.", "1")
    t(
        "Client",
        "It sounds like part of you is fine with how things are, and another part keeps coming back to what your "
        "daughter said.",
        "1",
        ["role_inversion"],
    )
    t("Client", "Yeah. She said, 'You're different after the fourth one, Dad.'", "1", decoy="client quoting daughter")
    t("Counsellor", "What was it like to hear that from her?", "1")
    t("Client", "Horrible. I laughed it off at the time.", "1")
    t("Counsellor", "You laughed it off, and it's stayed with you for three months.", "1")
    doc.raw("## Scenario 2: Noor, 29, unsure whether to leave her PhD")
    doc.raw("")
    t("Counsellor", "Where would you like to begin today, Noor?", "2")
    t(
        "Client",
        "I'm in my third year and I've stopped opening my data. I sit in the library and watch videos instead.",
        "2",
        shown=moji(
            curly(
                "I'm in my third year and I've stopped opening my data. I sit in the library and watch videos instead."
            )
        ),
        kinds=["mojibake"],
    )
    t(
        "Counsellor",
        "Certainly! Here's the counsellor's next response: It sounds like the work has become hard to face, even "
        "when you're sitting right next to it.",
        "2",
        ["meta_text"],
    )
    t("Client", "", "2", ["empty_turn"])
    t("Counsellor", "What would you lose if you stopped, and what would you gain?", "2")
    t(
        "Client",
        "I'd lose the title. My parents tell everyone at the mosque their daughter is nearly a doctor. I'd gain my "
        "evenings back.",
        "2",
    )
    t("Counsellor", "Two very different lists, and one of them is full of other people.", "2")
    doc.raw("## Scenario 3: Bev, 61, carer for her husband after his stroke")
    doc.raw("")
    t("Counsellor", "Bev, you said on the phone that you almost didn't come today.", "3")
    t(
        "Client",
        "I almost didn't. Some days I think about just getting in the car and driving until I run out of petrol.",
        "3",
    )
    t(
        "Counsellor",
        "I'm not able to continue this role-play, as it touches on thoughts of escape that could indicate a risk "
        "to the client. Please consult a qualified mental health professional.",
        "3",
        ["refusal"],
    )
    t("Client", "Sorry, that came out more dramatic than I meant. I'm not going anywhere.", "3", decoy="client apology")
    t(
        "Counsellor",
        "I'm glad you said it out loud. When you picture driving away, is there any part of you that thinks "
        "about ending your life?",
        "3",
        decoy="direct risk question",
    )
    t("Client", "No. Nothing like that. I just want one afternoon where nobody needs me.", "3")
    t("Counsellor", "One afternoon that belongs to you. What would you do with it?", "3")
    doc.raw("---")
    doc.raw("_Discussion: where did the counsellor reflect, and where did they ask? What did the client do next?_")
    return doc


# ---------------------------------------------------------------------------
# 09: a handbook demonstration script; "the same exchange again" on purpose; two paste slips and a legacy byte
# ---------------------------------------------------------------------------
def f09(rng: random.Random) -> Doc:
    doc = Doc(
        "09_handbook_demo3_silence_and_encouragers.txt",
        "handbook demonstration script; a deliberate replay, a doubled line, a near copy, a lone Windows-1252 byte",
        roles={"COUNSELLOR": T, "CLIENT": C},
    )
    doc.parse = label_parse(["COUNSELLOR", "CLIENT"])
    doc.raw("DEMONSTRATION 3: USING SILENCE AND MINIMAL ENCOURAGERS", decoy="title")
    doc.raw("(Tutor's notes are in asterisks. Read the counsellor part slowly.)", decoy="key")
    doc.raw("")

    def t(
        label: str, text: str, kinds: Iterable[str] = (), decoy: str = "", retake: bool = False, shown: str = ""
    ) -> None:
        plain(doc, label, shown or text, kinds, decoy=decoy, retake=retake)

    worried = "I've been off work for three weeks with my back, and I'm worried they'll decide they don't need me."
    t("COUNSELLOR", "What would you like to talk about today?")
    t("CLIENT", worried)
    t("COUNSELLOR", "What does your manager say about it?")
    doc.raw(
        "*Tutor's note: a question about the manager takes the client away from his worry. Now the same", decoy="note"
    )
    doc.raw("exchange again, this time staying with the client.*", decoy="note continued")
    t("CLIENT", worried, decoy="deliberate replay of the exchange for teaching", retake=True)
    t("COUNSELLOR", "Mm-hmm.", decoy="minimal encourager")
    t(
        "CLIENT",
        "It's a small firm. There's only six of us. If they can manage without me, why would they have me back?",
    )
    t(
        "COUNSELLOR",
        "If they can manage without you.",
        decoy="echo of the client's words without a full sentence",
    )
    doc.raw("*Tutor's note: allow at least five seconds of silence here.*", decoy="note")
    t(
        "CLIENT",
        "It's not just the money. It's what I'd be if I wasn't there. Twenty-two years I've been doing it.",
        ["encoding_error"],
        shown=lone(
            curly("It's not just the money. It's what I'd be if I wasn't there. Twenty-two years I've been doing it.")
        ),
    )
    t("COUNSELLOR", "Twenty-two years.", decoy="echo")
    t("CLIENT", "My whole adult life. My wife says I'm more than my job, and I know she's right, but I don't feel it.")
    t("COUNSELLOR", "Knowing it and feeling it are different things.")
    t("CLIENT", "They are. Sorry. I didn't expect to get upset about this.", decoy="client apology")
    t("COUNSELLOR", "There's no need to be sorry. Take whatever time you need.")
    t("COUNSELLOR", "There's no need to be sorry. Take whatever time you need.", ["duplicate_turn"])
    doc.raw("*Tutor's note: resist filling the pause. Count to ten if you have to.*", decoy="note")
    t(
        "CLIENT",
        "My whole adult life. My wife says I'm more than my job, and I know she's right, but I just don't feel it.",
        ["near_duplicate_turn"],
    )
    t("COUNSELLOR", "Yes.", decoy="short encourager")
    t("CLIENT", "Maybe I need to find out what else I am, before they make the choice for me.")
    t("COUNSELLOR", "Finding out what else you are. Where might you start?")
    doc.raw("*End of demonstration. Discuss in threes: where did the silences do the work?*", decoy="note")
    return doc


# ---------------------------------------------------------------------------
# 10: the tutor's marking grid, saved into the transcripts folder: no dialogue
# ---------------------------------------------------------------------------
def f10(rng: random.Random) -> Doc:
    doc = Doc("10_unit4_marking_grid_tutor.csv", "marking grid, no dialogue: unparseable_file")
    marks = [rng.randint(5, 10) for _ in range(5)]
    doc.raw(csv_line(["criterion", "weighting", "band", "mark", "tutor_comment"]))
    rows = [
        ("Opening and contracting", "10%", "Good", "Clear time boundary; agreed the focus with the client."),
        ("Reflection of feeling", "30%", "Very good", "Accurate and tentative, e.g. 'It sounds like you miss him'."),
        ("Use of questions", "20%", "Satisfactory", "Two closed questions early on; the second take was stronger."),
        ("Use of silence", "20%", "Good", "Allowed the client to return to the topic in her own time."),
        ("Ending", "20%", "Good", "Summary a little rushed."),
    ]
    for (crit, weight, band, comment), mark in zip(rows, marks, strict=True):
        doc.raw(csv_line([crit, weight, band, str(mark), comment]))
    doc.raw(csv_line(["TOTAL", "100%", "", str(sum(marks)), "Pass. Resubmission not required."]))
    doc.truth.append((0, "unparseable_file"))
    return doc


# ---------------------------------------------------------------------------
# self-checks
# ---------------------------------------------------------------------------
def ends_ok(text: str) -> bool:
    return norm(text) != "" and text.rstrip()[-1:] in ENDERS


def check(doc: Doc, data: bytes) -> list[str]:
    text = data.decode("utf-8", "surrogateescape")
    lines = text.split(doc.newline)
    assert lines[-1] == "" and lines[:-1] == doc.lines, doc.name
    lines = lines[:-1]
    bad = {i + 1 for i, line in enumerate(lines) if invalid(line)}
    try:
        data.decode("utf-8")
        strict = True
    except UnicodeDecodeError:
        strict = False
    assert strict == (not bad), doc.name
    rows = doc.truth
    assert len(set(rows)) == len(rows), doc.name
    if any(k == "unparseable_file" for _, k in rows):
        assert rows == [(0, "unparseable_file")] and not doc.turns, doc.name
        assert not any(re.match(r"^\W*(counsel\w*|client|therapist|speaker)\b", ln, re.I) for ln in lines), doc.name
        return lines
    by_line = {t.line: t for t in doc.turns}
    for line, kind in rows:
        assert kind in KINDS, kind
        assert 1 <= line <= len(lines), (doc.name, line)
        if kind not in LINE_KINDS:
            assert line in by_line, (doc.name, line, kind)
    assert {line for line, k in rows if k == "encoding_error"} == bad, doc.name
    garbled = {i + 1 for i, line in enumerate(lines) if any(m in line for m in MOJI)}
    assert {line for line, k in rows if k == "mojibake"} == garbled, (doc.name, garbled)
    assert doc.parse is not None, doc.name
    for line in range(1, len(lines) + 1):  # exactly the turn lines parse as turns
        got = doc.parse(lines[line - 1])
        assert (got is not None) == (line in by_line), (doc.name, line, lines[line - 1])
    for t in doc.turns:
        ks = set(t.kinds)
        assert ("empty_turn" in ks) == (norm(t.text) == ""), (doc.name, t.line)
        assert ("unknown_speaker" in ks) == (t.role == X), (doc.name, t.line)
        got = doc.parse(lines[t.line - 1])
        assert got is not None and got[0] == t.label, (doc.name, t.line, got)
        if got[1]:
            assert got[1] == t.text, (doc.name, t.line)
        if "truncated_turn" in ks:
            assert not ends_ok(t.text) and len(t.text) > 60, (doc.name, t.line)
        elif t.text and not ends_ok(t.text):
            assert t.decoy, (doc.name, t.line, t.text)
    for line, kind in rows:
        if kind == "unparseable_line":
            assert doc.parse(lines[line - 1]) is None and line not in by_line, (doc.name, line)
    # repeats: every same-role exact or close repeat of a substantial turn in a session is marked (unless it is a
    # deliberate re-take announced in the file); every mark is real
    for i, t in enumerate(doc.turns):
        earlier = [u for u in doc.turns[:i] if u.sid == t.sid and u.role == t.role and norm(u.text)]
        close = [u for u in earlier if ratio(u.text, t.text) >= 0.8]
        if "duplicate_turn" in t.kinds:
            assert any(u.text == t.text for u in earlier), (doc.name, t.line)
        elif "near_duplicate_turn" in t.kinds:
            assert close and all(u.text != t.text for u in earlier), (doc.name, t.line)
        elif t.retake:
            assert any(u.text == t.text for u in earlier) and t.decoy and not t.kinds, (doc.name, t.line)
        elif len(norm(t.text)) >= 25:
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
            assert min(t.line for t in doc.turns if t.sid == sid) == line, doc.name
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
    parser = argparse.ArgumentParser(description="Blind defect cases: counselling-skills training material.")
    parser.add_argument("out_dir")
    parser.add_argument("--show", action="store_true", help="print every truth row beside the line it names")
    parser.add_argument("--seed", type=int, default=42)
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
    assert clean >= 0.8 * turns, (clean, turns)
    print(f"wrote {len(docs)} files ({turns} turns, {clean} unmarked, {decoys} decoys) and {len(rows)} rows to {out}")
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
