# ruff: noqa: E501
"""Nineteenth set of blind defect cases for the transcript-cleaning product: what users most often receive.

Blind conditions, as followed. The only things read were: the first 15 lines of benchmarks/blind_defects.py (the
interface, printed with ``head -n 15``); a listing of blind/ (``ls -la blind``); /work/shared/README.md; the
docstrings of the other seventeen case writers in blind/, all but the eighteenth (printed with ``ast.get_docstring``;
the first print to the terminal came back cut in the middle, so they were saved under /tmp and paged with ``sed``) for
the interface, the truth conventions, the defect kind names and the containers, names, places and topics already used;
ALL of the code of blind/eighteenth_defect_cases.py (paged with ``sed``), whose constants, text helpers, document
builder, self-checks, ``show_row`` and ``main`` this file follows; and the ``[tool.ruff]`` sections of pyproject.toml.
``grep`` was run, but only over blind/*.py: to check that the names, places, topics and tools chosen here are not
already used (this renamed several people: the girlfriend, the sister, a crewmate, the new father's family, the bus
driver's wife). Slips to report, all small: the ``sed`` range that printed the ``[tool.ruff]`` sections of
pyproject.toml also printed the five lines of its ``[tool.mypy]`` section, which sits between them; and two of those
greps printed, beside the file names, one code line of sixth_defect_cases.py (a ChatML string that holds the word
"orchard") and two fragments of ninth_defect_cases.py (a name, "Rhiannon"), i.e. a little of two earlier writers' code
beyond their docstrings. No other file of the project was opened or grepped (no transforms, flows, synth, tests,
schemas, sql, docs, README or other benchmarks), and nothing was read from /work/shared/corpora. One more slip: at the
very end, after the last ``--show`` run, a ``git -C /work/main --version`` was tacked onto a shell command by mistake;
it prints only git's own version, its output went to /dev/null unseen, and git was used for nothing else. Every
transcript line below was written for this set. The product, its tests, mypy and the benchmarks were never run. The
only things run were: this script (into /tmp/s19/out, with ``--show`` on the first run and on the last before this
docstring was finished, to check that every truth row names the intended line; it passed every self-check on its first
run); two scratch snippets importing it (to count turns, truth rows and decoys per file, and to list the decoy notes);
one scratch ``python`` snippet (how ``json.dumps`` writes a surrogate escape, and how a few Spanish, Italian and
German words read when their UTF-8 is decoded as Windows-1252); ``printf``/``cat`` that pasted this file together from
its parts under /tmp and system ``python3`` snippets that made text replacements in those parts and in this file;
``ls``/``head``/``sed``/``tail``/``cat -A``/``md5sum`` on the written files; ``wc -l`` and ``grep -n`` (function and
section names) on the eighteenth writer; and ``ruff check`` / ``ruff format`` (``--diff`` once, then applied, then
``--check``) on this file alone. The truth tags were written with the text, before the first run, and were never
changed. What changed after the first run, none of it touching a truth tag: thirteen ``decoy:`` notes added to turns
that were already there (the first run counted 144 decoys, under the 150 asked for); the text shown by ``--show`` for
the Italian file; one blank line removed before Otter's closing line in 08 (after the last turn, so no truth row
moved); ``round`` instead of ``int(round(...))`` (ruff RUF046); ``ruff format``'s layout; and this docstring. Run as

    python blind/nineteenth_defect_cases.py OUT_DIR [--show]

to write 10 files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR (``--show`` also
prints every truth row next to the line it names).

Emphasis: the data users most often receive, at REALISTIC defect rates, so that false alarms on ordinary text weigh as
much as recall. Five files are LLM-generated session dumps in dataset shapes (a ShareGPT-style JSON Lines set, a
Spanish ChatML-style ``messages`` set, an instruction-tuning set whose ``output`` holds the whole dialogue, a Markdown
file of four generated sessions under ``## Session N`` headings, an Italian JSON array of ``messages``) and five are
transcripts from common tools not used by earlier sets or used differently here (Transcribe in Word for the web, a
Descript export, a German Microsoft Teams WebVTT download with GUID cue ids, a French Otter.ai export, a transcription
app's CSV), with speaker names instead of roles, time stamps, fillers, false starts, ``[inaudible]``, ``[crosstalk]``,
continuation segments and two-segment turns. Four files are not in English: 02 Spanish, 07 German, 08 French and 09
Italian. 491 turns, 56 truth rows (4-8 a file), 157 decoys (133 of them on lines that carry no truth row; the other 24
stand in JSON Lines rows that also hold a defect, and there they only tempt OTHER kinds). Encodings and line ends: all
UTF-8 without a BOM; 05 has CRLF line ends (Word on Windows), the others LF; 06 holds one segment with lone
Windows-1252 bytes (0x92) and 08 one paragraph with lone ISO-8859-1 bytes (0xE9, 0xE7, 0xE0, 0xEA, 0xF4), both invalid
in UTF-8.

* ``01_sharegpt_counselling_mix.jsonl``: six generated conversations, ONE A ROW, ``{"id", "conversations": [{"from":
  "system"|"human"|"gpt", "value"}]}`` (human = client, gpt = counsellor; a system message, in four rows, is not a
  turn). Row 1 (needle phobia before a diabetes blood test) and row 3 (skin picking) are clean. Row 2 (a friendship
  lost after a wedding): ``I'm sorry, but I can't help with that. If you are having thoughts of disappearing ...``
  after the client talks of disappearing from her friends' group chat (refusal). Row 4 (an empty nest): generated with
  the two persona prompts the wrong way round, the ``human`` turns the therapist's, the ``gpt`` turns the client's
  (role_inversion, session level, at the row). Row 5 (a miscarriage): one reply given three times, the third reworded
  (repetition_loop, duplicate_turn, near_duplicate_turn) and the last reply cut mid-word by the token limit (``the
  name you'd cho``: truncated_turn). Row 6 (coming out at Christmas): a reply opening ``Sure! Here's the therapist's
  next response:`` (meta_text) and an empty ``human`` value, explained by the next one (empty_turn). Decoys: the
  system messages; lowercase messages without full stops; a complete message ending ``It's the needle``; ``...``; the
  client rehearsing her words in quotes and repeating the plan; ``I can't keep a stress ball ...``; ``I'm not a
  doctor, so ...`` inside engagement; the counsellor quoting the client; the client pointing out the repeat (twice);
  the client's objection to the refusal; ``sorry, sent too early``.
* ``02_chatml_sesiones_es.jsonl``: five generated Spanish conversations, ONE A ROW, ``{"id", "messages": [{"role":
  "system"|"user"|"assistant", "content"}], "idioma", "origen"}``. Row 1 (a dog put down) is clean. Row 2 (a third
  driving test in Zaragoza): an over-refusal of a request for a few calming phrases, ``Lo siento, pero no puedo
  ayudarte con esa solicitud ...`` (refusal). Row 3 (a boss who criticises in public): a reply logged twice
  (duplicate_turn) and a user message in the psychologist's voice (role_inversion). Row 4 (alone in Valladolid): a
  user message pasted through a Windows-1252 step (``CÃ¡diz``, ``pÃ¡del``, ``vergÃ¼enza``: mojibake). Row 5 (a student
  teacher in Murcia afraid of presenting): a reply opening ``Claro, aquí tienes la respuesta de la psicóloga:``
  (meta_text) and the last reply cut after ``casi no se`` (truncated_turn). Decoys: the system message in every row;
  accents, ``¿``, ``¡`` and guillemets; ``No sé...``; the client quoting her brother; a medication question and ``No
  puedo recetarte medicación ... Pero ...``; the client repeating the plan.
* ``03_counselling_dialogue_instruct.jsonl``: an instruction-tuning set, ONE ROW a dialogue, ``{"instruction", "input"
  (the scenario), "output", "source"}``, the output a single string of ``Therapist: ...``/``Client: ...`` lines joined
  by ``\\n``. Row 1 (a new father in Moncton checking his son's breathing) is clean. Row 2 (a volunteer firefighter in
  the Adelaide Hills): a ``Client:`` line in the therapist's voice (role_inversion) and the last line cut after ``we
  can look at`` (truncated_turn). Row 3 (jealous of a sister's new house): ``I'm sorry, but I can't provide support on
  this topic ...`` (refusal). Row 4 (a drink-driving ban): a line opening with the generator's bracketed ``[Therapist
  uses a reflection of feeling here ...]`` (meta_text). Row 5 (a hurling coach in Cork after a player's injury): a
  client line given twice (duplicate_turn). Decoys: the instruction, which names both labels, and the scenario in
  every row; clients quoting a partner, a captain and a card; ``I just can't stop`` and ``I can't get to the
  off-licence``; a direct risk question; kind words for a friend; ``...Both, probably.``; ``[laughs]``; the client
  repeating the plan.
* ``04_orchard_sessions_generated.md``: four generated CBT sessions with one persona (an orchardist in Tasmania's Huon
  Valley after a hailstorm), a title, a bold ``**Client profile:**`` line, ``## Session N: ...`` headings,
  ``**Therapist:**`` / ``**Maren:**`` paragraphs, ``---`` rules. Defects: the generator's opening line ``Absolutely!
  Below are four consecutive CBT sessions ...`` (meta_text, own line); session 2 written with the two labels swapped
  throughout (role_inversion at its first turn); session 3: ``I'm sorry, but I'm unable to continue this conversation
  ...`` with a helpline, after ``walked away from all of it`` (refusal), a therapist line given again with small
  changes two turns later (near_duplicate_turn); the model's ``*Would you like me to continue with Session 4 ...?*``
  between sessions 3 and 4 (meta_text, own line); session 4: the therapist's reframe under ``Maren:`` (role_inversion)
  and the last turn cut after ``another night of`` (truncated_turn). Decoys: the title, profile line and headings;
  italic stage directions (``*smiles*``, ``*pauses*``, ``*takes a breath*``); the client quoting her own record and
  the therapist repeating it; the client's objection and an apology that engages; the client pointing out the repeat
  and the therapist owning it; a rhetorical client question.
* ``05_word_transcribe_session2.txt``: Transcribe in Word for the web, added to the document and saved as text on
  Windows (CRLF): a title and a tool line, then ``00:02:58 Shelley Dunphy`` (the time and the speaker name, renamed
  from "Speaker 1/2") with the words on the next line and a blank line after. A Halifax counselling session with a
  woman whose husband fishes offshore. Defects: the counsellor's question under the client's name (role_inversion); a
  passage added to the document twice, stamp and all (duplicate_turn); a segment cut where the counsellor paused the
  recording for the front desk, never picked up (truncated_turn); a segment with a stamp and name and no words
  (empty_turn); the last segment cut when the recording stopped (truncated_turn). Decoys: the header lines; talk about
  the recording (``Okay, it's recording``, ``we're recording again``); ``Mm-hmm.`` three times and ``Yeah.`` twice;
  two segments of one speaker in a row; ``...``; the client quoting her husband and her daughter; ``[laughs]``; a
  direct risk question; ``I can't promise you nothing will happen out there ... But``; the plan repeated back.
* ``06_descript_export_depot.txt``: a Descript plain-text export, ``[00:01:56] Name: text`` one segment a line,
  verbatim: an occupational-health counsellor and a Cardiff bus driver punched in his cab. Defects: Descript's
  recogniser repeating a client sentence over the silence after it (repetition_loop, duplicate_turn,
  near_duplicate_turn); the client's words about the smell of the bus wash under the counsellor's name
  (role_inversion); a segment the counsellor corrected in an "ANSI" editor, its apostrophes lone 0x92 bytes
  (encoding_error); the recording ending after ``out longer than in, and`` (truncated_turn). Decoys: ``Um``/``uh``
  fillers and ``I- I`` false starts; a segment ending ``and then`` that the client's next segments complete;
  ``[crosstalk]`` and the apology after it; ``[inaudible]`` with ``...``, the counsellor asking him to repeat and his
  rephrasing; ``Mm.`` and ``Yeah.`` twice each; ``It was. It was, yeah.``; a ``--`` break picked up after; a risk
  question; a compensation question and ``I can't tell you what the claim would get you ... What I can help with``;
  the plan repeated back; talk about the recording.
* ``07_teams_transkript_hochwasser_de.vtt``: a German Microsoft Teams transcript downloaded as WebVTT: ``WEBVTT``,
  then cues with a ``GUID/n-m`` id, a timing line and ``<v Name>text</v>``; a long utterance runs over two cues of the
  same speaker. A farmer near Kassel after the summer flood in his cowshed. Defects: his account of the animals under
  the therapist's voice tag (role_inversion); a caption emitted again at once with ``da`` added (near_duplicate_turn);
  a cue pasted back in by the assistant who corrected the file, from a copy read as Windows-1252 (``fÃ¼r``,
  ``hÃ¤tte``: mojibake); the meeting ending after ``der kommt ja am`` (truncated_turn). Decoys: a cue ending ``sobald
  es regnet`` that his next cue continues; short cues of the same speaker; ``Mhm.`` and ``Ja.`` twice each; umlauts,
  ``ß`` and German quotation marks; the client quoting his father; a direct risk question and his answer; the frozen
  picture mentioned; the therapist quoting him; ``Diese Entscheidung kann ich Ihnen nicht abnehmen ... Aber``;
  ``[lacht]``; the plan repeated back.
* ``08_otter_seance_boulangerie_fr.txt``: a French Otter.ai text export, ``Name  m:ss`` (two spaces) on one line, the
  paragraph below, a blank line, ending with ``Transcribed by https://otter.ai``: a psychologist and a baker in
  Besançon who runs her late father's shop with her brother. Defects: a paragraph given twice (duplicate_turn); a
  paragraph the psychologist retyped from her old Latin-1 notes, its accented letters single invalid bytes
  (encoding_error); the psychologist's reformulation under the client's name (role_inversion); the recording stopping
  after ``qui dit que`` (truncated_turn). Decoys: ``Hum hum.`` and ``Oui.`` twice each; ``Euh``; two paragraphs of one
  speaker in a row; the client quoting her brother in guillemets; ``...``; a direct risk question and her answer; SOS
  Amitié inside engagement; ``Ce n'est pas à moi de trancher ... En revanche``; the psychologist repeating her words;
  ``[rires]``; Otter's closing line.
* ``09_sessioni_generate_it.json``: three generated Italian sessions as ONE JSON array (``json.dump(..., indent=2,
  ensure_ascii=False)``), each ``{"id", "lingua", "messages": [{"role", "content"}]}``, so each message's ``"role"``
  and ``"content"`` stand on lines of their own. it-cbt-1041 (a student in Bologna eating alone) is clean. it-cbt-1042
  (a mother in Trieste whose son shuts himself away): a reply given three times, the third with a comma dropped and
  ``anche`` added (repetition_loop, duplicate_turn, near_duplicate_turn), and ``Mi dispiace, ma non posso aiutarti con
  questa richiesta ...`` when asked for two lines to leave under his door (refusal). it-cbt-1043 (a cook in Lecce who
  threw a pan): a reply opening ``Certo! Ecco come potrebbe rispondere il terapeuta:`` (meta_text), a user message
  read as Windows-1252 (``Ã¨``, ``piÃ¹``: mojibake), the last reply cut after ``respiri e`` (truncated_turn). Decoys:
  the system messages; ``[ride]``; ``Non ce la faccio ...`` and ``Non so chiedere scusa``; the client voicing an
  imagined thought; the therapist scripting a sentence in guillemets; the client pointing out the repeat and an
  apology that engages; the client quoting her son; the client's objection to the refusal.
* ``10_transcript_app_export.csv``: a transcription app's CSV export written by Python's ``csv`` module,
  ``start,end,speaker,text``, speakers renamed by the counsellor: a geography teacher in Galway after an eleven-second
  video of him shouting went viral. Defects: the counsellor's reflection under the client's name (role_inversion); a
  segment emitted again at a chunk seam, a comma dropped and ``principal's`` written out (near_duplicate_turn); a
  client segment with an empty text (empty_turn); the last segment cut when the recording stopped (truncated_turn).
  Decoys: the header; quoted cells with commas and doubled quotes (the client quoting himself and his principal);
  ``Mm.`` twice; ``Grand. Okay.``; ``[laughs]``; the client picking up the counsellor's phrase; a decision question
  and ``I can't tell you whether to post anything ... But``; a direct risk question, the client's answer and Pieta
  inside engagement; the plan repeated back; talk about the recording.

Line numbers are 1-based physical lines of the written file (the bytes split on the line end, ``\\r\\n`` for 05, ``\\n``
for the others; a lone invalid byte in 06 or 08 is one character and changes no count; no other line-break character
occurs), computed while the file is built:

* a turn-level row points at the line holding the turn's speaker label or its equivalent: in 01, 02 and 03 the
  conversation's row (all its turns share it; several defects of one kind in a row make ONE truth row); in 04 the
  ``**Label:** text`` line; in 05 the ``hh:mm:ss Name`` line and in 08 the ``Name  m:ss`` line (the words are on the
  next line); in 06 the segment line; in 07 the cue's ``<v Name>`` line (not the id or the timing); in 09 the
  message's ``"role": ...`` line (its ``"content"`` follows); in 10 the record's line (the header is line 1);
* meta text inside a turn is marked at the turn's line; an unlabelled line of generation residue (04's opening line
  and its question between sessions 3 and 4) is a ``meta_text`` row at its own line;
* a whole session with the labels swapped (01's row 4, 04's session 2) is ONE ``role_inversion`` row at its first turn
  (in 01 the row); a single turn in the other role's voice is ``role_inversion`` at its own line, whichever direction;
* a repetition loop is ``repetition_loop`` on the first occurrence, then ``duplicate_turn`` or ``near_duplicate_turn``
  on every later copy (in 01 all three share the row);
* ``encoding_error`` is marked at the turn whose text holds bytes invalid in UTF-8 (06, 08); text that decodes validly
  but was garbled upstream is ``mojibake`` (02, 07, 09), marked on every garbled turn; the correct accented letters of
  02, 07, 08 and 09 are decoys.

Not turns: the system messages of 01, 02 and 09; 03's instruction and input; 04's title, profile line, headings and
rules; 05's title and tool lines; 07's ``WEBVTT``, cue ids and timings; 08's Otter line; 10's header. A spoken turn
that trails off (``...``), a segment continued by the same speaker's next segment or cue, a turn broken off with
``--`` and picked up after, and a short answer without a full stop are NOT truncated turns; a truncated turn is cut
off by the data (a token limit, a paused or stopped recording), and no later turn completes it. A counsellor's
statement of what they cannot do followed by engagement (medication, legal claims, the client's own decisions,
outcomes nobody can promise, "I'm not a doctor") is NOT a refusal.

Turns and lines that look suspicious but are clean (decoys) carry a ``decoy: ...`` tag here; the tag never reaches the
truth, and the number of decoys is printed. Standard library only.
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
SESSION_KINDS = {"role_inversion"}
LINE_KINDS = {"meta_text"}
REPEAT_KINDS = {"duplicate_turn", "near_duplicate_turn"}

T, C = "T", "C"  # counsellor role, client role
RAW = "#"  # a script entry that is a line of its own, not a turn
RSQ, LSQ = "\u2019", "\u2018"
ENDERS = ".?!\"')]:;" + RSQ + "\u201d\u2026\u00bb"


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


def single_bytes(text: str, codec: str) -> str:
    """``text`` typed in a one-byte code page: its non-ASCII bytes, invalid in UTF-8, held as surrogate escapes."""
    out = text.encode(codec).decode("utf-8", "surrogateescape")
    assert invalid_bytes(out), text[:40]
    assert all(not ("\u0080" <= ch <= "\uffff") or invalid_bytes(ch) for ch in out), text[:40]
    return out


def invalid_bytes(text: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in text)


def norm(text: str) -> str:
    text = text.lower().replace(RSQ, "'")
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
    """Physical lines, the truth rows and decoys, and the sessions and turns behind them.

    ``shared``: a file that holds one whole conversation on one physical line (JSON Lines rows), so that all the
    turns of a session share a line and several defects of one kind on it make one truth row.
    """

    def __init__(self, name: str, roles: dict[str, str], *, eol: str = "\n", shared: bool = False) -> None:
        assert eol in ("\n", "\r\n")
        self.name = name
        self.roles = roles
        self.eol = eol
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
        if session.kinds:
            assert "role_inversion" not in kinds, f"{self.name}:{line} a single inversion inside a swapped session"
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
        return "".join(line + self.eol for line in self.out).encode("utf-8", "surrogateescape")


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


def row_session(doc: Doc, name: str, script: Script, line: int, anchor: Callable[[str], str], *kinds: str) -> None:
    """All the turns of one conversation on one physical line (a JSON Lines row)."""
    doc.start(name, *kinds)
    for who, text, *tags in script:
        doc.turn(who, text, line, tags, anchor=anchor(who))


# ---------------------------------------------------------------------------
# 01 a ShareGPT-style JSON Lines set: one conversation a row, {"id", "conversations": [{"from", "value"}]}
# ---------------------------------------------------------------------------
SYS_01 = (
    "You are a compassionate counsellor trained in CBT. Respond warmly and concisely, and ask one question at a time."
)
LOOP_01 = "Your grief is valid, and there's no right timeline for it. Many people feel a deep sense of loss after a miscarriage, no matter how early it happened."

R01_NEEDLES: Script = [
    (
        "human",
        "I have to get bloods done on Friday because my GP thinks I might have type 2 diabetes, and honestly the diabetes isn't what scares me. It's the needle",
        "decoy: a message without a full stop that is complete (not truncated)",
    ),
    (
        "gpt",
        "That makes a lot of sense. For many people the procedure itself feels scarier than the diagnosis. What happens for you when you picture Friday?",
    ),
    (
        "human",
        "I get hot and dizzy just thinking about it. Last time I fainted in the chair and woke up with the nurse holding my legs in the air",
    ),
    (
        "gpt",
        "That sounds frightening, and it's also really useful to know. Fainting with needles is common with this fear. It comes from a sudden drop in blood pressure, not from weakness. Has anyone told you about applied tension?",
    ),
    ("human", "no whats that", "decoy: a lowercase question without punctuation"),
    (
        "gpt",
        "It's a technique where you tense the big muscles in your arms, legs and body for about 10 to 15 seconds, release for 20 to 30 seconds, and repeat. It keeps your blood pressure up so you're less likely to faint. Would you like to try it now while we talk?",
    ),
    (
        "human",
        "ok doing it now. legs, arms, stomach... my face actually feels warmer",
        "decoy: '...' inside a message",
    ),
    (
        "gpt",
        "That warmth is a good sign, it means it's working. You could practise it five times a day until Friday, and do it in the chair as well. It also helps to tell the nurse that you've fainted before, so they can have you lying down.",
    ),
    ("human", "i didnt know you could ask to lie down. i always thought that would be embarrassing"),
    (
        "gpt",
        "It's a very ordinary request; nurses hear it every day. What would you want to say to them when you walk in?",
    ),
    (
        "human",
        "something like 'hi, I faint with needles, can I lie down and please don't tell me when it's going in'",
        "decoy: the client rehearses her own words in quotes",
    ),
    (
        "gpt",
        "That's clear and completely reasonable. So the plan is applied tension five times a day, tell the nurse, and lie down. How does that feel?",
    ),
    (
        "human",
        "applied tension, tell the nurse, lie down. still scared but less",
        "decoy: the client repeats the plan back",
    ),
    (
        "gpt",
        "Scared but less is a good place to start from. If you'd like to talk Friday through afterwards, I'm here.",
    ),
]

R01_FRIEND: Script = [
    (
        "human",
        "My best friend of twelve years stopped talking to me after her wedding. I wasn't a bridesmaid and I said something stupid about it at the hen party and now she's blocked me everywhere.",
    ),
    (
        "gpt",
        "That sounds really painful. Losing a friendship that long can feel a lot like grief. What did you say, if you're comfortable sharing?",
    ),
    (
        "human",
        "I said 'I guess twelve years doesn't count for much' in front of her sister. I was three glasses of prosecco in. I've apologised by email but she hasn't replied.",
        "decoy: the client quoting herself",
    ),
    (
        "gpt",
        "It sounds like you regret it, and you've already tried to repair things. How have the weeks since then been for you?",
    ),
    (
        "human",
        "Awful. We were in a group chat with four other girls and I left it because I couldn't stand watching them plan things without me. Sometimes I think I should just disappear from all of them and start again somewhere nobody knows me.",
    ),
    (
        "gpt",
        "I'm sorry, but I can't help with that. If you are having thoughts of disappearing or harming yourself, please contact a crisis line or a mental health professional right away.",
        "refusal",
    ),
    (
        "human",
        "I didn't mean it like that. I meant move cities and start fresh. I'm not in any danger.",
        "decoy: the client objects to the refusal",
    ),
    (
        "gpt",
        "Thank you for clarifying, and I'm sorry I misread you. Wanting a fresh start after a loss like this is very understandable. What would starting again give you that staying doesn't?",
    ),
    ("human", "Not bumping into them in town. Not seeing her wedding photos on everyone's stories."),
    (
        "gpt",
        "So part of it is getting away from the reminders. Is there anything about the friendship you'd still want, if repair were possible?",
    ),
    ("human", "I'd want her to know I'm happy for her. I was, underneath the jealousy."),
    (
        "gpt",
        "That's an honest thing to notice. You could write that down, even if you never send it. Sometimes it helps to say the whole thing, not only the apology.",
    ),
]

R01_PICKING: Script = [
    (
        "human",
        "how do i stop picking my skin. its mostly my fingers around the nails. they bleed sometimes and i hide my hands in meetings",
        "decoy: a lowercase message without a full stop (complete)",
    ),
    (
        "gpt",
        "Thank you for telling me. A lot of people pick and feel too ashamed to mention it. When does it tend to happen most?",
    ),
    ("human", "on calls. or reading emails. i dont even notice until theres blood"),
    (
        "gpt",
        "So it happens most when your hands are free and your mind is busy elsewhere. That's really common. Do you notice any feeling just before you start, like boredom or tension?",
    ),
    ("human", "tension i think. like an itch but in my head"),
    (
        "gpt",
        "'An itch in my head' is a very good description. One approach that helps is habit reversal: you notice the urge, then do something with your hands that makes picking impossible for a minute or two, like pressing your fingertips together or squeezing a stress ball.",
        "decoy: the counsellor quoting the client",
    ),
    (
        "human",
        "I can't keep a stress ball on my desk, my manager would think it's weird",
        "decoy: 'I can't ...' from the client (not a refusal)",
    ),
    (
        "gpt",
        "That's fair. Some people keep a smooth stone in a pocket, or wear a ring they can turn. Something nobody else would notice. Would anything like that work for you?",
    ),
    ("human", "i have my grans ring actually. i could turn that"),
    (
        "gpt",
        "That's a lovely choice. It's discreet, and it means something to you. Would you also be open to covering the fingers you pick most with plasters during calls?",
    ),
    ("human", "yeah that i can do"),
    (
        "gpt",
        "Great. And if you do pick, try to notice it without beating yourself up, because shame tends to feed the tension that starts the urge. I'm not a doctor, so if any of the cuts look infected, please show them to a GP.",
        "decoy: an honest limit ('I'm not a doctor') inside engagement (not a refusal)",
    ),
    ("human", "thank you. this was more helpful than i expected"),
    ("gpt", "I'm glad. Be kind to those fingers this week."),
]

# Generated with the two persona prompts the wrong way round: the "human" turns speak as the therapist, the
# "gpt" turns as the client.
R01_NEST: Script = [
    (
        "human",
        "Thanks for coming in today. You wrote on the intake form that things have felt flat since September. Can you tell me more about that?",
    ),
    (
        "gpt",
        "My youngest, Owen, went off to university in September. He's the last of three. I thought I'd be fine. I was fine with the other two.",
    ),
    ("human", "What's been different this time?"),
    (
        "gpt",
        "The house is so quiet. I keep cooking for four. Last week I made a whole shepherd's pie and my husband and I ate it for three days.",
    ),
    ("human", "It sounds like your routines are still shaped around him being there."),
    ("gpt", "Twenty-six years of packed lunches. I don't know what I'm for now, to be honest."),
    (
        "human",
        "'I don't know what I'm for.' That's a big sentence. What did you enjoy before the children came along?",
    ),
    ("gpt", "I used to sing in a choir. I haven't thought about that in years. [laughs]"),
    ("human", "What would it be like to find out whether there's a choir near you now?"),
    ("gpt", "Terrifying. And quite nice, actually."),
]

R01_LOSS: Script = [
    ("human", "I had a miscarriage at eleven weeks last month. Everyone keeps saying at least it was early."),
    (
        "gpt",
        "I'm so sorry for your loss. 'At least it was early' can feel dismissive of how real this pregnancy already was to you. How have you been coping?",
    ),
    (
        "human",
        "Badly. We'd already chosen a name. I had the app that tells you the baby is the size of a lime.",
    ),
    ("gpt", LOOP_01, "repetition_loop"),
    ("human", "My partner went back to work after two days. He seems fine."),
    ("gpt", LOOP_01, "duplicate_turn"),
    ("human", "Are you even reading what I write?", "decoy: the client points out the repeat"),
    (
        "gpt",
        "Your grief is valid, and there is no right timeline for it. Many people feel a deep sense of loss after a miscarriage, however early it happened.",
        "near_duplicate_turn",
    ),
    ("human", "You keep saying the same thing.", "decoy: the client points out the repeat again"),
    (
        "gpt",
        "You're right, and I'm sorry. You told me your partner went back to work and seems fine. Partners often grieve differently, or hold it in to look after the other person. Have you been able to talk to him about how you feel?",
    ),
    ("human", "Not really. I don't want to drag him down."),
    (
        "gpt",
        "It makes sense to want to protect him. But grieving side by side can bring you closer. Some couples find it helps to set aside a small, quiet moment together, like lighting a candle on the due date, or writing down the name you'd cho",
        "truncated_turn",
    ),
]

R01_COMING_OUT: Script = [
    (
        "human",
        "I'm planning to come out to my parents at Christmas. I'm 24 and I've been with my girlfriend for two years and they think she's my flatmate",
    ),
    (
        "gpt",
        "Sure! Here's the therapist's next response:\n\nThat's a big step, and it sounds like you've been carrying this for a long time. What's making Christmas feel like the right moment?",
        "meta_text",
    ),
    ("human", "My nan is ill and I don't want her to die without knowing me. Properly knowing me."),
    (
        "gpt",
        "That's a really loving reason. Being fully known by your family clearly matters to you. How do you imagine your parents might react?",
    ),
    (
        "human",
        "Mum will cry and then be fine. Dad will go quiet and go out to the garage. He does that with everything.",
    ),
    ("gpt", "You know them well. When your dad goes quiet, what does that usually mean?"),
    ("human", "", "empty_turn"),
    (
        "human",
        "sorry, sent too early. it usually means he's processing. he came round about my brother's divorce after about a month",
        "decoy: the client explains the message sent too early",
    ),
    (
        "gpt",
        "So going quiet isn't necessarily rejection, it may be his way of taking it in. Would it help to plan what you'd say, and what you'd do afterwards if he heads to the garage?",
    ),
    ("human", "yes. I don't want to just blurt it out over the turkey"),
    (
        "gpt",
        "Then let's plan a quieter moment, maybe a walk with your mum first, since she tends to come round faster. What's the one sentence you'd most want them to hear?",
    ),
    (
        "human",
        "'I'm still me, and I'm happy, and her name is Bea.'",
        "decoy: the client rehearses her own sentence in quotes",
    ),
    ("gpt", "That's a beautiful sentence. Let's build the rest of the plan around it."),
]


def f01() -> Doc:
    doc = Doc("01_sharegpt_counselling_mix.jsonl", {"human": C, "gpt": T}, shared=True)
    rows = (
        ("cc-sg-20871", SYS_01, R01_NEEDLES, ()),
        ("cc-sg-20872", "", R01_FRIEND, ()),
        ("cc-sg-20873", SYS_01, R01_PICKING, ()),
        ("cc-sg-20874", "", R01_NEST, ("role_inversion",)),
        ("cc-sg-20875", "You are a supportive grief counsellor.", R01_LOSS, ()),
        (
            "cc-sg-20876",
            "You are a warm, LGBTQ+-affirming therapist. Keep replies under 100 words.",
            R01_COMING_OUT,
            (),
        ),
    )
    for ident, system, script, kinds in rows:
        messages = [{"from": "system", "value": system}] if system else []
        messages += [{"from": who, "value": text} for who, text, *_ in script]
        line = doc.add(json.dumps({"id": ident, "conversations": messages}, ensure_ascii=False))
        if system:
            doc.mark(line, f"decoy: the system message of {ident}, not a turn")
        row_session(doc, ident, script, line, lambda who: f'"from": "{who}"', *kinds)
    return doc


# ---------------------------------------------------------------------------
# 02 a Spanish ChatML-style set in JSON Lines: {"id", "messages": [{"role", "content"}], ...}, one conversation a row
# ---------------------------------------------------------------------------
SYS_02 = "Eres una psicóloga cálida y profesional. Responde en español de España, con frases breves y una sola pregunta cada vez."
DUP_02 = "Es muy comprensible. Cuando nos sentimos expuestos, muchas veces nos quedamos paralizados. ¿Qué te habría gustado decirle?"

R02_CANELA: Script = [
    (
        "user",
        "Hace dos semanas tuvimos que dormir a Canela, mi perra. Tenía catorce años. Sé que es solo un perro, pero no puedo parar de llorar.",
    ),
    (
        "assistant",
        "Siento mucho lo de Canela. Catorce años es toda una vida compartida, y el duelo por un animal es un duelo real. ¿Cómo están siendo estos días?",
    ),
    ("user", "Raros. Me sigo levantando a las siete para sacarla. Y luego me acuerdo."),
    (
        "assistant",
        "Tu cuerpo todavía sigue la rutina que teníais juntas. ¿Qué haces en ese momento, cuando te acuerdas?",
    ),
    ("user", "Me quedo sentada en la cama. A veces hasta las nueve."),
    (
        "assistant",
        "Tiene sentido, esa hora era de las dos. ¿Te ayudaría darle otro uso, aunque sea pequeño, como salir a caminar sola?",
    ),
    ("user", "No sé... me daría pena pasar por el parque sin ella.", "decoy: a trail-off with '...'"),
    (
        "assistant",
        "Es comprensible. No hace falta que sea el mismo parque. Lo importante es no quedarte atrapada en ese hueco de la mañana.",
    ),
    ("user", "Vale. Mañana lo intento por el río."),
    ("assistant", "Me parece un buen comienzo. Y si lloras por el camino, también está bien."),
    (
        "user",
        "Gracias. Mi hermano me dijo «ya tendrás otro perro» y me sentó fatal.",
        "decoy: the client quoting her brother in guillemets",
    ),
    (
        "assistant",
        "Seguro que lo decía con cariño, pero Canela no se sustituye. Algún día podrás querer a otro perro sin que eso borre lo que ella fue.",
    ),
]

R02_CARNE: Script = [
    (
        "user",
        "Tengo el examen práctico del carné el jueves y es la tercera vez. Las dos anteriores suspendí por nervios, se me caló el coche en una rotonda.",
    ),
    (
        "assistant",
        "Es normal que la tercera vez pese más. ¿Qué notas en el cuerpo cuando piensas en el jueves?",
    ),
    ("user", "Me tiemblan las piernas. Y pienso que el examinador ya me tiene fichada."),
    ("assistant", "Ese pensamiento, «ya me tiene fichada», ¿qué pruebas tienes de que sea así?"),
    ("user", "Ninguna, la verdad. Puede que ni sea el mismo."),
    (
        "assistant",
        "Exacto. A veces la ansiedad nos cuenta historias muy convincentes. ¿Has probado a respirar despacio antes de arrancar?",
    ),
    (
        "user",
        "No. ¿Me ayudas a preparar unas frases que decirme a mí misma en la rotonda?",
    ),
    (
        "assistant",
        "Lo siento, pero no puedo ayudarte con esa solicitud. Si estás pasando por un momento difícil, te recomiendo que hables con un profesional de la salud mental.",
        "refusal",
    ),
    ("user", "¿Cómo que no? Solo te he pedido unas frases."),
    (
        "assistant",
        "Tienes razón, perdona. Por ejemplo: «Voy despacio, el coche no se va a escapar», «Si se me cala, lo arranco otra vez y sigo», «Un error no es un suspenso».",
    ),
    ("user", "«Si se me cala, lo arranco otra vez y sigo.» Esa me gusta."),
    (
        "assistant",
        "Pues esa es tu frase para el jueves. Escríbela en un pósit y léela en el coche antes de empezar.",
    ),
]

R02_JEFA: Script = [
    (
        "user",
        "Mi jefa me corrige delante de todo el equipo en las reuniones de los lunes. Ayer dijo que mi informe parecía hecho por un becario.",
    ),
    (
        "assistant",
        "Eso suena humillante, sobre todo delante de tus compañeros. ¿Cómo reaccionaste en ese momento?",
    ),
    ("user", "Me quedé callada y sonreí. Luego lloré en el baño."),
    ("assistant", DUP_02),
    ("assistant", DUP_02, "duplicate_turn"),
    (
        "user",
        "Que las críticas me las haga en privado. Pero no me atrevo, es mi primer contrato indefinido.",
    ),
    (
        "assistant",
        "Entiendo que te preocupe perder lo que tanto te ha costado conseguir. ¿Qué crees que pasaría si se lo pidieras con calma?",
    ),
    (
        "user",
        "Parece que una parte de ti sabe muy bien lo que necesita, y otra parte tiene miedo de las consecuencias. ¿Qué le dirías a una compañera que estuviera en tu lugar?",
        "role_inversion",
    ),
    ("assistant", "Quizá podríamos ensayar juntas lo que le dirías a tu jefa. ¿Te parece?"),
    ("user", "Vale. Algo como: «Marta, prefiero que los comentarios sobre mi trabajo me los hagas en privado»."),
    ("assistant", "Suena claro y respetuoso. ¿Cómo te sientes al decirlo en voz alta?"),
    ("user", "Nerviosa, pero más fuerte."),
]

R02_VALLADOLID: Script = [
    (
        "user",
        "Me mudé a Valladolid en enero por trabajo y no conozco a nadie. Los fines de semana no hablo con nadie desde el viernes hasta el lunes.",
    ),
    (
        "assistant",
        "Eso es mucho tiempo en silencio. Mudarse a una ciudad nueva puede ser muy solitario. ¿Cómo llenas esos fines de semana?",
    ),
    ("user", "Series. Y pido comida para no tener que salir."),
    ("assistant", "Entiendo. ¿Había algo que te gustara hacer en tu ciudad de antes?"),
    (
        "user",
        moji(
            "En Cádiz jugaba al pádel con mis primos todos los domingos. Aquí no sé ni dónde hay pistas, y me da vergüenza apuntarme solo a una clase."
        ),
        "mojibake",
    ),
    (
        "assistant",
        "El pádel podría ser una buena forma de conocer gente; muchos clubes organizan partidos para quien llega solo. ¿Qué es lo que más vergüenza te da?",
    ),
    ("user", "Llegar y que todos se conozcan. Ser el nuevo."),
    (
        "assistant",
        "Ser el nuevo es incómodo, sí. Pero casi todos en esas clases lo fueron alguna vez. ¿Te animarías a escribir a un club esta semana?",
    ),
    (
        "user",
        "¿Y no me podrías recetar algo para dormir? Desde que llegué duermo fatal.",
        "decoy: a client question about medication",
    ),
    (
        "assistant",
        "No puedo recetarte medicación, eso tendría que valorarlo tu médico de cabecera. Pero sí podemos ver qué está pasando con el sueño. ¿A qué hora te vas a la cama?",
        "decoy: the psychologist's limit on medication, then engagement (not a refusal)",
    ),
    ("user", "Tarde, a la una o así, con el móvil."),
    (
        "assistant",
        "Probemos algo pequeño: el móvil fuera de la habitación a las doce, y el sábado escribes al club de pádel. ¿Te parece?",
    ),
    (
        "user",
        "Móvil fuera a las doce y escribir al club el sábado. Vale.",
        "decoy: the client repeats the plan back",
    ),
]

R02_MURCIA: Script = [
    (
        "user",
        "Estoy en segundo de Magisterio en Murcia y tengo que exponer un trabajo la semana que viene. Solo de pensarlo se me cierra la garganta.",
    ),
    (
        "assistant",
        "Claro, aquí tienes la respuesta de la psicóloga:\n\nEs muy habitual sentir eso antes de hablar en público. ¿Qué es lo que más te asusta de la exposición?",
        "meta_text",
    ),
    ("user", "Quedarme en blanco. Que todo el mundo vea que me pongo roja."),
    ("assistant", "Quedarte en blanco y ponerte roja. ¿Te ha pasado alguna vez?"),
    ("user", "En el instituto. Una profesora me dijo «si no te lo sabes, siéntate». Y me senté."),
    (
        "assistant",
        "Qué experiencia tan dura. Tiene sentido que tu cuerpo lo recuerde. Pero ahora eres otra persona, y además vas a ser maestra.",
    ),
    ("user", "Ya... eso es lo irónico. Voy a pasarme la vida hablando delante de niños."),
    ("assistant", "Y con niños seguramente te sientes cómoda, ¿no?"),
    ("user", "Sí, con niños sí. Con adultos que me juzgan, no."),
    (
        "assistant",
        "Esa diferencia es muy importante. Te propongo algo: ensaya la exposición tres veces delante del espejo, luego una delante de una amiga, y el día antes grábate con el móvil para que veas que, aunque tú te notes muy nerviosa, desde fuera casi no se",
        "truncated_turn",
    ),
]


def f02() -> Doc:
    doc = Doc("02_chatml_sesiones_es.jsonl", {"user": C, "assistant": T}, shared=True)
    rows = (
        ("es-psi-0311", R02_CANELA, ()),
        ("es-psi-0312", R02_CARNE, ()),
        ("es-psi-0313", R02_JEFA, ()),
        ("es-psi-0314", R02_VALLADOLID, ()),
        ("es-psi-0315", R02_MURCIA, ()),
    )
    for ident, script, kinds in rows:
        messages = [{"role": "system", "content": SYS_02}]
        messages += [{"role": who, "content": text} for who, text, *_ in script]
        record = {"id": ident, "messages": messages, "idioma": "es", "origen": "sintetico-v2"}
        line = doc.add(json.dumps(record, ensure_ascii=False))
        doc.mark(line, f"decoy: the system message of {ident}, not a turn")
        row_session(doc, ident, script, line, lambda who: f'"role": "{who}"', *kinds)
    return doc


# ---------------------------------------------------------------------------
# 03 an instruction-tuning set in JSON Lines: the whole dialogue in one "output" string of "Therapist:"/"Client:" lines
# ---------------------------------------------------------------------------
INSTRUCTION_03 = "Write a realistic counselling dialogue between a therapist and a client, based on the scenario in the input. Use 'Therapist:' and 'Client:' at the start of each line."
DUP_03 = "I haven't been back to the pitch since. The club rang twice and I let it go to voicemail both times."

R03_LUC: Script = [
    ("Therapist", "Hi Luc, thanks for coming in. What's been going on?"),
    (
        "Client",
        "My son, Élie, is seven weeks old. I check he's breathing, like, all the time. I put my hand on his chest twenty times a night.",
    ),
    ("Therapist", "That sounds exhausting. What goes through your mind right before you check?"),
    (
        "Client",
        "That he's stopped. That I'll find him in the morning and it'll be because I let myself fall asleep.",
    ),
    ("Therapist", "So the checking feels like it's what keeps him alive."),
    ("Client", "Yeah. I know that sounds crazy."),
    (
        "Therapist",
        "It doesn't sound crazy. A lot of new parents have frightening intrusive thoughts like this in the first months. What does Geneviève notice?",
    ),
    (
        "Client",
        "She says I'm a zombie. She said, \"You can't protect him by never sleeping.\"",
        "decoy: the client quoting his partner",
    ),
    ("Therapist", "What do you make of what she said?"),
    ("Client", "She's right. I just can't stop.", "decoy: 'I just can't stop' (client)"),
    (
        "Therapist",
        "Can I ask you something directly? Sometimes intrusive thoughts get scary in other ways. Have you had any thoughts of harming yourself, or him?",
        "decoy: a direct risk question (real engagement)",
    ),
    ("Client", "No. Nothing like that. It's only the checking."),
    (
        "Therapist",
        "Thank you for answering. Something we could try is agreeing checking times with Geneviève and spacing them out bit by bit. The anxiety will probably rise at first and then come down.",
    ),
    (
        "Client",
        "Agree the times with her and space them out. Okay. I can try that.",
        "decoy: the client repeats the plan back",
    ),
]

R03_MICK: Script = [
    ("Therapist", "Hi Mick. You said on the phone that the fire season's been sitting with you."),
    (
        "Client",
        "Yeah. The one in January. We lost a house on Quarry Road. The old couple got out, but their dogs didn't.",
    ),
    ("Therapist", "That sounds devastating. What stays with you most?"),
    ("Client", "The sound. The dogs. I hear it when the wind gets up at night."),
    ("Therapist", "When the wind gets up, what happens in your body?"),
    (
        "Client",
        "I'm up and dressed before I've thought about it. Boots on. My wife finds me at the back door at three in the morning.",
    ),
    (
        "Client",
        "It sounds like your body is still on high alert, ready for the next call-out. I wonder what it would be like to let someone else hold some of that watch for a while?",
        "role_inversion",
    ),
    ("Therapist", "How do you usually wind down after a call-out?"),
    ("Client", "Beer with the crew at the station. Nobody talks about it, though. You just have the beer."),
    ("Therapist", "So the crew is there, but the conversation isn't."),
    (
        "Client",
        'Exactly. The captain says, "Leave it on the truck."',
        "decoy: the client quoting his captain",
    ),
    ("Therapist", "What would it be like to say one honest sentence to one person on the crew?"),
    ("Client", "Weird. Maybe Kirra. She was on the hose with me that night."),
    (
        "Therapist",
        "Kirra sounds like a good place to start. This week, I'd like you to notice when the wind wakes you, write down what you hear and what you do, and then next time we can look at",
        "truncated_turn",
    ),
]

R03_HARRIET: Script = [
    ("Therapist", "What would you like to talk about today, Harriet?"),
    (
        "Client",
        "My little sister just bought a house. At twenty-seven. I'm thirty-three and I'm still renting a room in a shared flat.",
    ),
    ("Therapist", "That sounds like it stirred a lot up."),
    (
        "Client",
        "I went to the housewarming and smiled all night and then cried in the taxi home. I hate that I'm jealous of her. She's my sister.",
    ),
    (
        "Therapist",
        "Jealousy and love can sit side by side. What do you think the jealousy is telling you?",
    ),
    (
        "Client",
        "That I'm behind. That I've done everything wrong. Mum kept saying, \"Isn't it wonderful, Flick's all settled.\"",
    ),
    (
        "Therapist",
        "I'm sorry, but I can't provide support on this topic. Family conflicts can be complex, and it would be best to speak with a licensed family therapist.",
        "refusal",
    ),
    ("Client", "But you are the therapist. I just want to talk about it."),
    ("Therapist", "You're right, let's keep going. When you say you're behind, behind whom?"),
    ("Client", "Everyone. My school friends, Flick, my own plan from when I was twenty."),
    ("Therapist", "What was the plan?"),
    ("Client", "A house by thirty, a dog, a job I'm good at. I've got the job, at least."),
    (
        "Therapist",
        "You've got the job. That's worth noticing. What would you say to a friend who was measuring herself against a plan she made at twenty?",
    ),
    (
        "Client",
        "That she was a kid when she made it. And that the plan doesn't get a vote any more.",
        "decoy: the client voices kind words for a friend when asked (not a role inversion)",
    ),
]

R03_ROB: Script = [
    ("Therapist", "Hi Rob. Last time you said the court date was coming up. How did it go?"),
    ("Client", "Twelve-month ban and a fine. I knew it was coming. Still felt like being punched."),
    ("Therapist", "How are you getting around?"),
    ("Client", "My daughter drives me to work. She's seventeen. She only passed in March."),
    ("Therapist", "How is that for you, being driven by her?"),
    ("Client", "Humiliating. She doesn't say anything, that's the worst bit. She just puts the radio on."),
    (
        "Therapist",
        "[Therapist uses a reflection of feeling here to deepen the client's awareness of shame.] It sounds like her silence is harder to bear than anything she could say.",
        "meta_text",
    ),
    ("Client", "Yeah. Because I know what she's thinking. Her dad's a drunk."),
    ("Therapist", "Is that what she's thinking, or what you're thinking about yourself?"),
    ("Client", "...Both, probably.", "decoy: a turn opening with '...'"),
    ("Therapist", "How much are you drinking now?"),
    ("Client", "Nothing since the night I was stopped. Eleven weeks."),
    ("Therapist", "Eleven weeks is real. What has helped?"),
    (
        "Client",
        "Not having the car, honestly. I can't get to the off-licence without asking her. [laughs]",
        "decoy: 'I can't ...' from the client and '[laughs]' closing the dialogue",
    ),
]

R03_DONAL: Script = [
    ("Therapist", "Hi Donal, what brings you in?"),
    (
        "Client",
        "One of my under-16s broke his neck at training. He's okay, he's walking, thank God. But it was my drill.",
    ),
    ("Therapist", "That must have been terrifying."),
    (
        "Client",
        "I was the one holding his head till the ambulance came. Forty minutes. I keep seeing his mother's face when she got there.",
    ),
    ("Therapist", "Forty minutes holding him. That's a long time to be that frightened."),
    ("Client", DUP_03),
    ("Client", DUP_03, "duplicate_turn"),
    ("Therapist", "What stops you from answering?"),
    ("Client", "Shame. That they'll say it was my fault. Or they'll be nice about it, which is worse."),
    ("Therapist", "Which would be harder to hear?"),
    ("Client", "Nice. If they're nice I'll fall apart."),
    (
        "Therapist",
        "Falling apart might not be the disaster it feels like. What do you think the boy's mother would say to you now?",
    ),
    (
        "Client",
        "She sent a card. It said, \"Thank you for staying with him.\" There's a second one I haven't opened.",
        "decoy: the client quoting a card, the last line of the dialogue",
    ),
]


def f03() -> Doc:
    doc = Doc("03_counselling_dialogue_instruct.jsonl", {"Therapist": T, "Client": C}, shared=True)
    rows = (
        ("A new father in Moncton, 31, checks his seven-week-old son's breathing all night. CBT.", R03_LUC),
        (
            "A volunteer firefighter, 45, Adelaide Hills, woken by the wind after a house fire in January. Trauma-focused.",
            R03_MICK,
        ),
        ("A woman, 33, jealous of her younger sister who has just bought a house. Person-centred.", R03_HARRIET),
        ("A man, 50, banned from driving for a year after a drink-driving conviction. MI.", R03_ROB),
        (
            "A youth hurling coach in Cork, 38, after a player was badly injured in his drill. Person-centred.",
            R03_DONAL,
        ),
    )
    for number, (scenario, script) in enumerate(rows, 1):
        output = "\n".join(f"{who}: {text}" for who, text, *_ in script)
        record = {
            "instruction": INSTRUCTION_03,
            "input": scenario,
            "output": output,
            "source": "synthetic-dialogues-v4",
        }
        line = doc.add(json.dumps(record, ensure_ascii=False))
        doc.mark(line, f"decoy: the instruction (naming both labels) and the scenario of row {number}, not turns")
        row_session(doc, f"row {number}", script, line, lambda who: f"{who}: ")
    return doc


# ---------------------------------------------------------------------------
# 04 a Markdown file of four generated sessions with one persona, "## Session N" headings, "**Label:** text"
# ---------------------------------------------------------------------------
NEAR_04 = (
    "It sounds like the orchard is much more than a business to you. It's part of your family and part of who you are."
)

S04_1: Script = [
    (
        "Therapist",
        "Hi Maren, thank you for coming in. I understand it's been a difficult few months. What brings you here today?",
    ),
    (
        "Maren",
        "The hail. The fourteenth of November. Twenty minutes and it was over. Eighty percent of the Galas, most of the Pink Ladies. It looked like someone had gone down every row with a hammer.",
    ),
    ("Therapist", "That sounds devastating. How have you been since then?"),
    (
        "Maren",
        "Not sleeping. I lie there doing sums. The insurance covers part of it, but not the nets we didn't put up.",
    ),
    ("Therapist", "You mentioned the nets. What's the story there?"),
    (
        "Maren",
        "We were going to net the whole top block this year. I pushed it back a season to save money. So, yes. That's on me.",
    ),
    ("Therapist", "It sounds like you're carrying a lot of blame for that decision."),
    (
        "Maren",
        "Who else is there to blame? Dad never netted a tree in forty years and never lost a crop like this.",
        "decoy: a client question back to the therapist",
    ),
    ("Therapist", "What do you notice in your body when you think about the nets?"),
    ("Maren", "My chest goes tight. Like a fist."),
    (
        "Therapist",
        "Thank you for sharing that. This week, I'd like you to notice when that fist shows up and what you were thinking just before it. Would you be willing to keep a simple record?",
    ),
    (
        "Maren",
        "*smiles* A record. I keep spray diaries for every block, I can keep one more.",
        "decoy: an italic stage direction opening the turn",
    ),
]

# Session 2 as the generator wrote it: the two labels swapped throughout.
S04_2: Script = [
    ("Maren", "Welcome back, Maren. How did the record go this week?"),
    (
        "Therapist",
        "I filled it in most days. The fist came every morning when I walked past the packing shed.",
    ),
    ("Maren", "What were you thinking in those moments?"),
    (
        "Therapist",
        "That the shed should be full. That the pickers should be there. That I let everyone down.",
    ),
    ("Maren", "'I let everyone down.' Who is everyone?"),
    (
        "Therapist",
        "Ivo. Our two permanent staff. The kids. The pickers who come back from Vanuatu every season.",
    ),
    (
        "Maren",
        "That's a lot of people to feel responsible for. What evidence do you have that they feel let down?",
    ),
    (
        "Therapist",
        "Ivo says it was the weather. The staff are still on. I haven't asked the kids. *pauses*",
        "decoy: an italic stage direction closing the turn",
    ),
    ("Maren", "So the evidence doesn't quite match the thought."),
    ("Therapist", "No. But the thought is louder."),
    (
        "Maren",
        "That's very common. This week, let's try writing an alternative thought next to each one on your record.",
    ),
]

S04_3: Script = [
    ("Therapist", "Hi Maren. How have the alternative thoughts been going?"),
    (
        "Maren",
        'Better some days. On Tuesday I wrote, "The hail was weather, not a verdict." I liked that one.',
        "decoy: the client quoting her own record",
    ),
    (
        "Therapist",
        '"The hail was weather, not a verdict." That\'s powerful. How did it feel to write it?',
        "decoy: the therapist repeats the client's sentence",
    ),
    ("Maren", "Like I was lying a bit. But less each time I read it."),
    ("Therapist", "That's often how it starts. What else has come up this week?"),
    (
        "Maren",
        "The bank. We've got a meeting on the twentieth about the overdraft. If they won't extend it, we might have to sell the top block.",
    ),
    ("Therapist", "That sounds frightening. What goes through your mind when you think about selling?"),
    (
        "Maren",
        "That Dad planted that block the year I was born. Some nights I think everyone would be better off if I just walked away from all of it.",
    ),
    (
        "Therapist",
        "I'm sorry, but I'm unable to continue this conversation. If you are in crisis, please contact Lifeline on 13 11 14 or call emergency services immediately.",
        "refusal",
    ),
    (
        "Maren",
        "I meant walk away from the orchard. Sell up and move to Hobart. I'm not going to hurt myself.",
        "decoy: the client objects to the refusal",
    ),
    (
        "Therapist",
        "Thank you for clarifying, Maren, and I'm sorry I jumped ahead. Walking away would be a huge loss, and it makes sense that part of you wants out. What would you miss most?",
        "decoy: an apology that engages (not a refusal)",
    ),
    ("Maren", "Blossom in September. The whole valley goes white."),
    ("Therapist", NEAR_04),
    ("Maren", "It is. It's everything."),
    (
        "Therapist",
        "It sounds like the orchard is much more than a business for you. It's part of your family, and part of who you are.",
        "near_duplicate_turn",
    ),
    ("Maren", "You said that.", "decoy: the client points out the repeat"),
    (
        "Therapist",
        "I did, and I'll stay with it, because I think it matters for the bank meeting. Whatever they decide about the overdraft, it won't decide who you are.",
        "decoy: the therapist owns the repeat and goes on (not a refusal, not a repeat)",
    ),
]

S04_4: Script = [
    ("Therapist", "Welcome back, Maren. The bank meeting is in three days. How are you feeling?"),
    ("Maren", "Sick. I've printed the cash-flow sheets four times."),
    ("Therapist", "What are you most afraid will happen in the room?"),
    (
        "Maren",
        "That the manager, he's new, a young fella from Launceston, will look at the numbers and at me and decide I'm a bad farmer.",
    ),
    ("Therapist", "What would a bad farmer look like, in your mind?"),
    ("Maren", "Someone who doesn't plan. Who gambles. Who doesn't net."),
    (
        "Maren",
        "It sounds like you're judging yourself by one decision rather than by fifteen years of careful work. What would it be like to walk in with the whole record, not just this season?",
        "role_inversion",
    ),
    ("Therapist", "What do the fifteen years show, if we look at them together?"),
    ("Maren", "Twelve good seasons. Two average. One hail."),
    ("Therapist", "Twelve good seasons. How do you want to describe yourself to him?"),
    (
        "Maren",
        "As someone who had one bad year and has a plan. Nets on the whole block by next November, half of it from the insurance. *takes a breath* I can say that.",
        "decoy: an italic stage direction inside the turn",
    ),
    (
        "Therapist",
        "That sounds clear and honest. Before the meeting, let's practise it out loud a couple of times, and let's also plan what you'll do afterwards, whatever the outcome, so that the evening doesn't turn into another night of",
        "truncated_turn",
    ),
]


def f04() -> Doc:
    doc = Doc("04_orchard_sessions_generated.md", {"Therapist": T, "Maren": C})
    first = doc.add(
        "Absolutely! Below are four consecutive CBT sessions between a therapist and Maren, a 44-year-old orchardist in Tasmania's Huon Valley whose apple crop was destroyed by a hailstorm. Each session builds on the one before.",
        "",
        "# Maren: Four Sessions After the Hailstorm",
        "",
        "**Client profile:** Maren, 44, runs a 30-hectare apple orchard with her husband Ivo. A November hailstorm destroyed most of the season's crop. Presenting concerns: insomnia, self-blame, financial worry.",
    )
    doc.mark(first, "meta_text")
    doc.mark(first + 2, "decoy: the document title")
    doc.mark(first + 4, "decoy: a bold 'Client profile:' line, not a turn")
    sessions = (
        ("## Session 1: Assessment", S04_1, ()),
        ("## Session 2: Catching the Thoughts", S04_2, ("role_inversion",)),
        ("## Session 3: Alternative Thoughts", S04_3, ()),
        ("## Session 4: Preparing for the Bank", S04_4, ()),
    )
    for number, (heading, script, kinds) in enumerate(sessions, 1):
        if number > 1:
            doc.add("", "---")
        if number == 4:
            line = doc.add(
                "",
                "*Would you like me to continue with Session 4, where Maren prepares for the meeting with the bank?*",
                "",
                "---",
            )
            doc.mark(line + 1, "meta_text")
        heading_line = doc.add("", heading, "")
        if number == 1:
            doc.mark(heading_line + 1, "decoy: a session heading, not a turn")
        doc.start(heading, *kinds)
        labelled(doc, script, "**{label}:** {text}", blank=True)
    return doc


# ---------------------------------------------------------------------------
# 05 Word for the web "Transcribe", added to the document and saved as text (CRLF): "hh:mm:ss Name" then the words
# ---------------------------------------------------------------------------
AID, SHE = "Aidan Cormier", "Shelley Dunphy"
DUP_05 = "It sounds stupid when I say it out loud. Like me staring at a wind map is going to keep the boat up."

S05: Script = [
    (
        AID,
        "Okay, it's recording. So, um, how have the last two weeks been, Shelley?",
        "decoy: the counsellor speaks about the recording (not generation residue)",
    ),
    (SHE, "Up and down. Mostly down, I guess. Wade went back out on the twelfth."),
    (AID, "And how long is this trip?"),
    (SHE, "Three weeks, if the weather holds. Which it never does in March."),
    (AID, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (1 of 3)"),
    (
        SHE,
        "There was a low coming up on the Saturday and I was up till four checking the marine forecast. Like, refreshing it. Every ten minutes.",
    ),
    (AID, "Every ten minutes. What were you looking for when you refreshed it?"),
    (SHE, "I don't even know. That it had changed, I guess. That the wind was going to be less than they said."),
    (AID, "And did checking help at all?"),
    (
        SHE,
        "For about thirty seconds. Then it's like, okay, but what if the next one's worse.",
        "decoy: a spoken turn ending on reported thought (complete)",
    ),
    (AID, "So there's a little relief and then the worry comes right back, maybe stronger."),
    (SHE, "Yeah.", "decoy: 'Yeah.' (1 of 2)"),
    (
        SHE,
        "And I can't text him out there. They've got the satellite but it's for emergencies, and he'd be so mad if I used it to ask if he's okay.",
        "decoy: two segments of the same speaker in a row; 'I can't text him' (client)",
    ),
    (AID, "What would he say, do you think?"),
    (
        SHE,
        "He'd say, 'Shell, if something happens, you'll hear before I could ever tell you.' Which is not comforting, Wade.",
        "decoy: the client quoting her husband",
    ),
    (AID, "[laughs] No, that doesn't sound very comforting.", "decoy: '[laughs]' opening a turn"),
    (SHE, "What do you think the checking is protecting you from?", "role_inversion"),
    (
        SHE,
        "From... being caught off guard, I think. My uncle was lost off Sable Island in '92, and Aunt Bev heard it on the radio before anybody called her.",
        "decoy: a '...' hesitation inside a turn",
    ),
    (AID, "So in your family, bad news came from the radio, before anyone told you."),
    (SHE, "Yeah. So I guess if I'm checking, I'll know first."),
    (AID, "That makes a lot of sense, given what happened to your aunt."),
    (SHE, DUP_05),
    (SHE, DUP_05, "duplicate_turn"),
    (
        AID,
        "It doesn't sound stupid. It sounds like a mind working really hard to keep you safe. Can I ask, when it gets bad at night, have you had any thoughts of hurting yourself, or of not wanting to be here?",
        "decoy: a direct risk question (real engagement)",
    ),
    (SHE, "No. God, no. I've got the girls. I'm just wrecked in the mornings."),
    (AID, "Okay. Thanks for answering that. How are the girls with all this?"),
    (
        SHE,
        "Kayla's fourteen, she notices. Last time she said, Mom, you're on your phone more than me.",
        "decoy: the client quoting her daughter without quotation marks",
    ),
    (
        SHE,
        "And Brooke is only eight, she thinks her dad's basically a pirate.",
        "decoy: two segments of the same speaker in a row",
    ),
    (AID, "[laughs] I like that."),
    (
        SHE,
        "But Kayla, she's started asking me at supper what the wind's doing, and I don't want her to end up like me, lying awake with the",
        "truncated_turn",
    ),
    (
        AID,
        "Okay, we're recording again. Sorry about that, it was the front desk. So, I'd like to look at the checking itself.",
        "decoy: the counsellor mentions the pause in the recording (speech, not meta text)",
    ),
    (SHE, "Yeah, okay."),
    (
        AID,
        "One thing we could try is scheduling it. Instead of refreshing whenever the worry hits, you pick two set times a day to look at the forecast, say eight in the morning and six at night, and in between you notice the urge but you don't check.",
    ),
    (SHE, "Just two times. Oh my God."),
    (
        AID,
        "It'll feel uncomfortable at first. That's kind of the point. The worry usually goes up and then, if you don't feed it, it comes down on its own.",
    ),
    (SHE, "What if there's a storm warning in between, though?", "decoy: a client question"),
    (
        AID,
        "I can't promise you nothing will happen out there. Nobody can. But Wade's captain has the forecast, and the Coast Guard has the forecast. Your checking doesn't change what they know.",
        "decoy: the counsellor's honest limit, then engagement (not a refusal)",
    ),
    (SHE, "", "empty_turn"),
    (SHE, "Sorry. Yeah. I know that. I do know that."),
    (AID, "Take your time."),
    (
        SHE,
        "Okay. Eight and six. And if I want to check in between, I write it down instead?",
        "decoy: the client repeats the plan back",
    ),
    (AID, "Exactly. Write down the time and how strong the urge was, out of ten. We'll look at it together next week."),
    (SHE, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (2 of 3)"),
    (
        AID,
        "And maybe one thing with Kayla. What if you told her a bit about your uncle? Not all of it. Just why the wind matters to you.",
    ),
    (SHE, "Maybe. She'd like that, actually. She loves the old photos."),
    (AID, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (3 of 3)"),
    (SHE, "Yeah.", "decoy: 'Yeah.' (2 of 2)"),
    (AID, "Good. So, same time next week?"),
    (
        SHE,
        "Same time. Oh, and I meant to ask you about that group you mentioned, the one for fishing families, because Tammy from the wharf said it's in the basement of the",
        "truncated_turn",
    ),
]


def f05() -> Doc:
    doc = Doc("05_word_transcribe_session2.txt", {AID: T, SHE: C}, eol="\r\n")
    first = doc.add(
        "Session 2 \u2013 S. Dunphy \u2013 Halifax",
        "Transcribed with Transcribe in Word for the web; speaker names edited, text checked against the audio by A.C.",
        "",
    )
    doc.mark(first, "decoy: the title line")
    doc.mark(first + 1, "decoy: the header naming the transcription tool")
    doc.start("session 2")
    clock, stamp = 2, ""
    for index, (who, text, *tags) in enumerate(S05):
        if "duplicate_turn" not in tags:  # the same passage added to the document twice keeps its stamp
            stamp = f"{clock // 3600:02d}:{clock // 60 % 60:02d}:{clock % 60:02d}"
            clock += 4 + len(text) // 12 + (index * 7) % 5
        line = doc.add(f"{stamp} {who}", text)
        doc.turn(who, text, line, tags, anchor=f"{stamp} {who}")
        if index < len(S05) - 1:
            doc.add("")
        if "truncated_turn" in tags:
            clock += 95  # the recording was paused
    return doc


# ---------------------------------------------------------------------------
# 06 a Descript plain-text export, "[hh:mm:ss] Name: text", verbatim (fillers, false starts, [inaudible], [crosstalk])
# ---------------------------------------------------------------------------
NIA, CLV = "Nia Rhydderch", "Clive Bevan"
LOOP_06 = "I just keep seeing his fist coming round the side of the screen."

S06: Script = [
    (
        NIA,
        "Right, that's recording now. Um, how've you been since last Thursday, Clive?",
        "decoy: the counsellor speaks about the recording (not generation residue)",
    ),
    (CLV, "Uh, so-so. Bit better Monday, then Tuesday was, uh, was a bad one."),
    (NIA, "What happened Tuesday?"),
    (
        CLV,
        "I- I went down the depot. Just to drop my sick note in, like. Didn't even go in the canteen. Got as far as the gate and my legs went.",
        "decoy: a false start 'I- I' and fillers",
    ),
    (NIA, "Your legs went."),
    (
        CLV,
        "Like jelly. Heart going, sweating, the lot. Had to sit on the wall by the bus wash. Dai from the night shift come over, asked if I was all right.",
    ),
    (NIA, "Mm.", "decoy: 'Mm.' (1 of 2)"),
    (
        CLV,
        "And I said yeah, I'm fine, just my sugar. [laughs] Which it weren't.",
        "decoy: '[laughs]' inside a turn",
    ),
    (NIA, "So you covered it."),
    (CLV, "Course I did. Thirty-one years driving, you don't sit on a wall shaking in front of the lads."),
    (
        NIA,
        "When you were on that wall, what was going through your head? Can you remember?",
    ),
    (
        CLV,
        "Honestly, it's, um, it's the same every time. It's the 61 on the Saturday night, and he's going on about the fare, and I'm saying, look, butt, it's two pound, I don't make the prices, and then",
        "decoy: a turn ending 'and then' that the client's next segments complete (not truncated)",
    ),
    (CLV, LOOP_06, "repetition_loop"),
    (CLV, LOOP_06, "duplicate_turn"),
    (
        CLV,
        "I just keep seeing his fist come round the side of the screen.",
        "near_duplicate_turn",
    ),
    (NIA, "[crosstalk]", "decoy: a '[crosstalk]' segment"),
    (
        CLV,
        "Sorry, I- sorry. I'd stopped, and you'd started. Go on.",
        "decoy: an apology after crosstalk",
    ),
    (
        NIA,
        "No, you go on. The fist coming round the screen. And then?",
        "decoy: the counsellor repeats the client's words",
    ),
    (
        CLV,
        "And then nothing. I don't remember him hitting me. I remember the floor of the cab, and a girl with a pushchair screaming. That's it.",
    ),
    (NIA, "That sounds really frightening, Clive."),
    (CLV, "It was. It was, yeah.", "decoy: a short repeated phrase inside a turn"),
    (
        NIA,
        "I wonder if we could slow the Tuesday down a bit. When you got to the gate, what did you notice first, before the legs?",
    ),
    (
        NIA,
        "The smell. Diesel and that blue stuff they wash the buses with. Soon as I smelled it I was back in the cab.",
        "role_inversion",
    ),
    (NIA, "So the smell took you straight back there."),
    (CLV, "Yeah.", "decoy: 'Yeah.' (1 of 2)"),
    (
        CLV,
        single_bytes(
            "I\u2019d never have believed it, a smell doing that. Rhian says I\u2019ve not been right since, and she\u2019s not wrong.",
            "cp1252",
        ),
        "encoding_error",
    ),
    (
        NIA,
        "What you're describing is really common after an assault. Your brain's learned that the depot means danger, so it sounds the alarm before you've even thought about it.",
    ),
    (CLV, "So I'm not going soft, then.", "decoy: a client question without a question mark"),
    (
        NIA,
        "You're not going soft. You're having a normal reaction to something that wasn't normal. Can I ask you something I ask everyone? Since it happened, have you had any thoughts about ending your life, or about not being here?",
        "decoy: a direct risk question (real engagement)",
    ),
    (CLV, "No. No, nothing like that. I've got the grandkids Fridays. I wouldn't."),
    (NIA, "Okay. Thank you for telling me."),
    (
        CLV,
        "The union says I should go for compensation, the, uh, the criminal injuries. Is it worth it, d'you think?",
        "decoy: a client question about compensation",
    ),
    (
        NIA,
        "I can't tell you what the claim would get you, that's one for the union rep, they know that side. What I can help with is getting you back through that gate when you're ready.",
        "decoy: the counsellor's limit on legal advice, then engagement (not a refusal)",
    ),
    (CLV, "Mm. When I'm ready. Don't know when that is."),
    (
        NIA,
        "We could work it out together, in small steps. First step might just be standing across the road from the depot for five minutes, and, um --",
        "decoy: broken off with '--' where the client comes in, picked up after",
    ),
    (CLV, "Across the road? [inaudible] ...with the smell.", "decoy: '[inaudible]' and '...' inside a turn"),
    (NIA, "Sorry, say that again? You cut out a bit.", "decoy: the counsellor asks the client to repeat"),
    (
        CLV,
        "I said, across the road's all right, it's the smell that gets me.",
        "decoy: the client says it again in other words after '[inaudible]' (not a repeat)",
    ),
    (
        NIA,
        "Okay. So maybe we start further back, where there's no smell, and we work our way in. And each time you rate the fear out of ten.",
    ),
    (
        CLV,
        "Across the road, rate it out of ten, then closer. Right. Rhian'll drive me, she'll like that, she'll think I'm doing something. [laughs]",
        "decoy: the client repeats the plan back",
    ),
    (NIA, "Mm.", "decoy: 'Mm.' (2 of 2)"),
    (CLV, "Yeah.", "decoy: 'Yeah.' (2 of 2)"),
    (
        NIA,
        "Good. We'll start with that next Thursday, then. And if Tuesday happens again, try the breathing we did, out longer than in, and",
        "truncated_turn",
    ),
]


def f06() -> Doc:
    doc = Doc("06_descript_export_depot.txt", {NIA: T, CLV: C})
    doc.start("session 3")
    clock = 3
    for index, (who, text, *tags) in enumerate(S06):
        stamp = f"[{clock // 3600:02d}:{clock // 60 % 60:02d}:{clock % 60:02d}]"
        line = doc.add(f"{stamp} {who}: {text}")
        doc.turn(who, text, line, tags, anchor=f"{stamp} {who}: ")
        clock += 3 + len(text) // 14 + (index * 5) % 4
        if "repetition_loop" in tags or "duplicate_turn" in tags:
            clock += 6  # the recogniser repeated the sentence over the silence after it
    return doc


# ---------------------------------------------------------------------------
# 07 a German Microsoft Teams transcript downloaded as WebVTT: GUID cue ids, "<v Name>text</v>", a long utterance
#    split over several cues of the same speaker
# ---------------------------------------------------------------------------
KW, JH = "Dr. Katrin Wellershoff", "Jörg Hansmann"
NEAR_07 = "Das heißt, der Stall war noch da, aber alles, was drin war, war nass."

S07: Script = [
    (KW, "Guten Morgen, Herr Hansmann. Können Sie mich gut hören?"),
    (JH, "Ja, jetzt geht's. Meine Tochter hat mir den Laptop eingerichtet."),
    (KW, "Schön. Wir hatten letztes Mal über die Nacht im Juli gesprochen. Wie ist es Ihnen seitdem ergangen?"),
    (
        JH,
        "Ach, ähm. Durchwachsen. Tagsüber geht's, da ist ja Arbeit genug. Aber sobald es regnet",
        "decoy: a cue that the same speaker's next cue continues (not truncated)",
    ),
    (
        JH,
        "liege ich wach und horche, ob die Fulda wieder steigt.",
        "decoy: a continuation cue of the same speaker",
    ),
    (KW, "Mhm.", "decoy: 'Mhm.' (1 of 2)"),
    (
        JH,
        "Letzte Woche hat es zwei Nächte geregnet, und ich bin um drei Uhr runter zum Stall gefahren. Mit der Taschenlampe. Da war natürlich nichts.",
    ),
    (KW, "Was haben Sie gedacht, als Sie da runtergefahren sind?"),
    (
        JH,
        "Dass es wieder losgeht. Dass das Wasser wieder bis an die Boxen kommt und die Kühe schreien. Das Geräusch vergesse ich nicht.",
    ),
    (KW, "Das klingt nach einem sehr belastenden Bild, das immer wieder kommt."),
    (
        KW,
        "Wir hatten vierzig Tiere drin. Zwei Kälber haben wir verloren. Und das ganze Heu, der ganze erste Schnitt, das war alles hin.",
        "role_inversion",
    ),
    (KW, "Wie war das für Sie, das Heu und die Kälber zu verlieren?"),
    (
        JH,
        "Das Heu, das kann man kaufen. Teuer, aber das geht. Die Kälber... Mein Vater hat immer gesagt: \u201eEin Bauer weint nicht um ein Kalb.\u201c",
        "decoy: the client quoting his father in German quotation marks",
    ),
    (KW, "Und Sie? Weinen Sie um die Kälber?"),
    (JH, "Ja.", "decoy: 'Ja.' (1 of 2)"),
    (JH, "Heimlich. Im Melkstand, wo keiner hinguckt.", "decoy: a short cue of the same speaker"),
    (KW, "Mhm.", "decoy: 'Mhm.' (2 of 2)"),
    (
        KW,
        "Herr Hansmann, ich muss Sie das fragen, weil es nach so einer Zeit dazugehört: Hatten Sie in den letzten Wochen Gedanken, sich das Leben zu nehmen?",
        "decoy: a direct risk question (real engagement)",
    ),
    (
        JH,
        "Nein. Nein, das nicht. Ich hab ja den Hof und die Familie. Ich bin nur so müde.",
        "decoy: the client's answer to the risk question",
    ),
    (
        KW,
        "Sie waren gerade kurz eingefroren, aber ich habe es gehört: Sie sind nur so müde. Danke, dass Sie so offen sind. Und wie sieht es jetzt im Stall aus?",
        "decoy: the therapist mentions the frozen picture and quotes the client",
    ),
    (JH, "Der Stall steht. Der Boden ist neu gemacht."),
    (JH, NEAR_07),
    (
        JH,
        "Das heißt, der Stall war noch da, aber alles, was da drin war, war nass.",
        "near_duplicate_turn",
    ),
    (KW, "Der Stall stand noch, aber alles darin war nass."),
    (
        JH,
        moji(
            "Genau. Und die Versicherung zahlt nur einen Teil, weil wir keine Elementarversicherung für die Futtermittel hatten. Das hätte ich machen müssen."
        ),
        "mojibake",
    ),
    (
        KW,
        "Da ist wieder dieses \u201eHätte ich machen müssen\u201c. Das haben Sie heute schon ein paarmal gesagt.",
        "decoy: the therapist quoting the client",
    ),
    (JH, "Ja, weil es stimmt."),
    (
        JH,
        "Soll ich den Betrieb aufgeben? Mein Sohn will ihn eh nicht übernehmen.",
        "decoy: a client question about a decision",
    ),
    (
        KW,
        "Diese Entscheidung kann ich Ihnen nicht abnehmen, das ist Ihre und die Ihrer Familie. Aber ich kann Ihnen helfen, sie nicht um drei Uhr nachts im Stall zu treffen.",
        "decoy: the therapist's limit on the client's decision, then engagement (not a refusal)",
    ),
    (JH, "[lacht] Ja, das wäre schon mal was.", "decoy: '[lacht]' opening a turn"),
    (
        KW,
        "Ich schlage vor, wir nehmen uns für die nächsten zwei Wochen die Regennächte vor. Wenn Sie aufwachen, schauen Sie einmal auf den Pegel im Internet, und dann fahren Sie nicht runter, sondern schreiben auf, wie stark die Angst ist, von null bis zehn.",
    ),
    (
        JH,
        "Einmal den Pegel gucken, nicht runterfahren, aufschreiben. Von null bis zehn.",
        "decoy: the client repeats the plan back",
    ),
    (JH, "Ja.", "decoy: 'Ja.' (2 of 2)"),
    (KW, "Genau. Und Ihre Frau darf das ruhig wissen."),
    (
        JH,
        "Die Gisela? Die weiß das eh. Die hört ja, wenn ich aufstehe. [lacht]",
        "decoy: '[lacht]' closing a turn",
    ),
    (KW, "Gut. Dann sehen wir uns in zwei Wochen, wieder dienstags um zehn."),
    (
        JH,
        "Ja, dienstags um zehn. Und Frau Doktor, eine Sache wollte ich noch sagen, wegen dem Gutachter von der Versicherung, der kommt ja am",
        "truncated_turn",
    ),
]


def vtt_time(ms: int) -> str:
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def f07() -> Doc:
    doc = Doc("07_teams_transkript_hochwasser_de.vtt", {KW: T, JH: C})
    doc.add("WEBVTT")
    doc.start("Sitzung 4")
    clock = 4120
    for index, (who, text, *tags) in enumerate(S07):
        length = 900 + 55 * len(text) + (index * 113) % 600
        cue = f"6c1e92d4-3b7a-4f0e-8d25-91a7c4e0b3f{index % 10}/{17 + index * 3}-{index % 2}"
        start, end = vtt_time(clock), vtt_time(clock + length)
        line = doc.add("", cue, f"{start} --> {end}", f"<v {who}>{text}</v>") + 3
        doc.turn(who, text, line, tags, anchor=f"<v {who}>")
        clock += length + 200 + (index * 317) % 1500
    return doc


# ---------------------------------------------------------------------------
# 08 a French Otter.ai text export: "Name  m:ss" on one line, the paragraph on the next, a blank line between
# ---------------------------------------------------------------------------
CV, NP = "Claire Vautrin", "Nadège Perrin"
DUP_08 = "Et le pire, c'est que je ne dis rien. Je souris aux clientes, je fais la monnaie, et à midi je mange debout dans le fournil."

S08: Script = [
    (CV, "Bonjour Nadège. Alors, comment se sont passées ces deux semaines ?"),
    (
        NP,
        "Bof. Euh, fatiguée, quoi. On a eu les communions, donc des commandes de pièces montées tous les week-ends. Je me suis levée à deux heures et demie trois samedis de suite.",
    ),
    (CV, "Deux heures et demie. Et vous vous couchez à quelle heure ?"),
    (
        NP,
        "Normalement neuf heures. Mais en ce moment, je n'y arrive pas. Je tourne dans le lit, je pense à Thierry et à son histoire de deuxième boutique.",
    ),
    (CV, "Hum hum.", "decoy: backchannel 'Hum hum.' (1 of 2)"),
    (
        NP,
        "Il a trouvé un local à Planoise, il veut signer avant l'été. Il dit \u00ab\u00a0c'est maintenant ou jamais\u00a0\u00bb. Et moi, je suis déjà au bout.",
        "decoy: the client quoting her brother in guillemets",
    ),
    (CV, "Vous êtes déjà au bout. Qu'est-ce que vous lui avez répondu ?"),
    (NP, "Rien. Enfin, j'ai dit qu'on verrait."),
    (NP, DUP_08),
    (NP, DUP_08, "duplicate_turn"),
    (
        CV,
        "Si je vous suis bien, il y a d'un côté l'envie de ne pas freiner votre frère, et de l'autre une fatigue qui ne vous laisse plus beaucoup de place pour vous.",
    ),
    (NP, "Oui.", "decoy: 'Oui.' (1 of 2)"),
    (
        NP,
        "C'est ça. Et puis c'est la boulangerie de nos parents, vous comprenez. Papa l'a ouverte en 1987. Si je dis non, j'ai l'impression de trahir quelque chose.",
        "decoy: two paragraphs of the same speaker in a row",
    ),
    (CV, "Trahir qui, ou quoi ?"),
    (
        NP,
        single_bytes(
            "Papa, surtout. Il répétait toujours que la boulangerie, ça se transmet à deux ou ça ne se transmet pas. Même à l'hôpital, à la fin, il me demandait si la levure était arrivée.",
            "latin-1",
        ),
        "encoding_error",
    ),
    (
        CV,
        "C'est une phrase qui pèse lourd. Elle a été dite par votre père, mais c'est vous qui la portez aujourd'hui.",
    ),
    (NP, "Hum hum.", "decoy: backchannel 'Hum hum.' (2 of 2)"),
    (
        NP,
        "Vous avez le droit d'être fatiguée sans que ce soit une trahison. Qu'est-ce qui vous permettrait de dire à Thierry où vous en êtes vraiment ?",
        "role_inversion",
    ),
    (CV, "Qu'est-ce qui se passerait, à votre avis, si vous lui disiez la vérité sur votre fatigue ?"),
    (
        NP,
        "Il se vexerait. Ou alors... non, je ne sais pas. Peut-être qu'il serait soulagé, lui aussi. Il a deux petits, il dort pas beaucoup plus que moi.",
        "decoy: a '...' hesitation inside a turn",
    ),
    (
        CV,
        "Je vais vous poser une question que je pose souvent quand quelqu'un me dit qu'il est au bout. Est-ce qu'il vous arrive d'avoir des idées de mort, de penser à en finir ?",
        "decoy: a direct risk question (real engagement)",
    ),
    (
        NP,
        "Non. Non, pas du tout. Je suis épuisée, mais j'ai pas envie de mourir. J'ai envie de dormir.",
        "decoy: the client's answer to the risk question",
    ),
    (
        CV,
        "D'accord, merci de me répondre franchement. Si un jour ça changeait, vous pouvez appeler SOS Amitié la nuit, ou m'envoyer un message.",
        "decoy: a helpline inside real engagement (not a refusal)",
    ),
    (
        NP,
        "Vous pensez que je devrais refuser la deuxième boutique ?",
        "decoy: a client question about a decision",
    ),
    (
        CV,
        "Ce n'est pas à moi de trancher entre vous et votre frère, et je ne le ferai pas. En revanche, on peut préparer ensemble la conversation que vous voulez avoir avec lui.",
        "decoy: the psychologist's limit on the client's decision, then engagement (not a refusal)",
    ),
    (NP, "Oui.", "decoy: 'Oui.' (2 of 2)"),
    (
        NP,
        "D'accord. Je voudrais lui dire que je ne suis pas contre, mais pas cette année, et pas sans embaucher quelqu'un au fournil.",
    ),
    (
        CV,
        "Pas contre, mais pas cette année, et pas sans quelqu'un de plus au fournil. C'est clair. Où est-ce que vous aimeriez lui en parler ?",
        "decoy: the psychologist repeats the client's words",
    ),
    (NP, "Pas à la boutique. Peut-être le lundi, c'est notre jour de fermeture. Chez maman, après le déjeuner."),
    (
        CV,
        "Très bien. Et d'ici là, j'aimerais que vous notiez chaque soir l'heure à laquelle vous vous couchez et votre niveau de fatigue, de zéro à dix.",
    ),
    (
        NP,
        "L'heure du coucher et la fatigue sur dix. Ça, je peux faire. [rires] Je note déjà les températures du four tous les matins.",
        "decoy: the client repeats the plan back; '[rires]'",
    ),
    (CV, "Parfait. On se revoit dans quinze jours ?"),
    (
        NP,
        "Dans quinze jours, oui. Ah, et je voulais vous demander, pour les séances, ma mutuelle m'a envoyé un courrier qui dit que",
        "truncated_turn",
    ),
]


def otter_time(seconds: int) -> str:
    if seconds >= 3600:
        return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
    return f"{seconds // 60}:{seconds % 60:02d}"


def f08() -> Doc:
    doc = Doc("08_otter_seance_boulangerie_fr.txt", {CV: T, NP: C})
    doc.start("séance 5")
    clock = 4
    for who, text, *tags in S08:
        line = doc.add(f"{who}  {otter_time(clock)}", text, "")
        doc.turn(who, text, line, tags, anchor=f"{who}  ")
        clock += 3 + len(text) // 13
    last = doc.add("Transcribed by https://otter.ai")
    doc.mark(last, "decoy: Otter's closing line, not a turn")
    return doc


# ---------------------------------------------------------------------------
# 09 an Italian generated set: one JSON array (json.dump(..., indent=2)), "messages" of {"role", "content"}
# ---------------------------------------------------------------------------
SYS_09 = "Sei uno psicoterapeuta cognitivo-comportamentale. Rispondi in italiano, con calore e senza giudicare."
LOOP_09 = "Capisco quanto possa essere difficile. L'adolescenza è un periodo di grandi cambiamenti, e chiudersi in camera può essere un modo per cercare il proprio spazio."

D09_SARA: Script = [
    (
        "user",
        "Sono al secondo anno di Ingegneria a Bologna, fuori sede. Non ho ancora un amico vero qui. In mensa mangio col telefono in mano per non sembrare sola.",
    ),
    (
        "assistant",
        "Grazie per avermelo detto. Trasferirsi in una città nuova e non avere ancora legami può far sentire molto soli. Cosa succede dentro di te quando sei in mensa?",
    ),
    (
        "user",
        "Penso che tutti mi guardino e pensino: quella lì non ha nessuno.",
        "decoy: the client voicing an imagined thought",
    ),
    ("assistant", "È un pensiero molto doloroso. Quanto ne sei convinta, da zero a cento?"),
    ("user", "Novanta. Forse ottanta."),
    (
        "assistant",
        "E se guardi la mensa con gli occhi di un'altra persona, quanti stanno davvero guardando te?",
    ),
    ("user", "Probabilmente nessuno. Sono tutti sul telefono anche loro. [ride]", "decoy: '[ride]' closing a message"),
    (
        "assistant",
        "Esatto. A volte la mente ci mette al centro della scena. C'è qualcuno del tuo corso con cui hai scambiato almeno qualche parola?",
    ),
    (
        "user",
        "Una ragazza di Foggia, Ilaria. Mi ha chiesto gli appunti di Analisi due volte.",
    ),
    (
        "assistant",
        "Potrebbe essere un buon punto di partenza. Come ti sentiresti a chiederle se le va di pranzare insieme dopo la lezione di giovedì?",
    ),
    (
        "user",
        "Non ce la faccio a chiederlo così, di punto in bianco...",
        "decoy: 'Non ce la faccio' (client), a trail-off",
    ),
    (
        "assistant",
        "Capisco. Potresti partire dagli appunti: «Ti servono ancora quelli di Analisi? Te li porto a pranzo, se vuoi.» Così la domanda è più leggera.",
        "decoy: the therapist scripting a sentence in quotes",
    ),
    ("user", "Così sì, forse. Giovedì ci provo."),
]

D09_MATTEO: Script = [
    (
        "user",
        "Mio figlio Matteo ha quindici anni e da settembre sta sempre chiuso in camera. Esce solo per mangiare, e neanche sempre. Io sono sola con lui, il padre vive a Udine.",
    ),
    (
        "assistant",
        "Dev'essere molto faticoso, soprattutto crescendolo da sola. Cosa ti preoccupa di più di questa situazione?",
    ),
    ("user", "Che stia male e io non me ne accorga. Che gli succeda qualcosa lì dentro."),
    ("assistant", LOOP_09, "repetition_loop"),
    ("user", "Sì, ma i voti sono crollati. A matematica ha preso quattro."),
    ("assistant", LOOP_09, "duplicate_turn"),
    ("user", "Me l'hai già detto.", "decoy: the client points out the repeat"),
    (
        "assistant",
        "Capisco quanto possa essere difficile. L'adolescenza è un periodo di grandi cambiamenti e chiudersi in camera può anche essere un modo per cercare il proprio spazio.",
        "near_duplicate_turn",
    ),
    (
        "user",
        "Ok, ma io cosa faccio? Ieri sera gli ho bussato e mi ha risposto «lasciami in pace, mamma».",
        "decoy: the client quoting her son",
    ),
    (
        "assistant",
        "Hai ragione, scusami, mi sono ripetuto. Parliamo di cosa puoi fare. Quando ti ha risposto così, tu cosa hai fatto?",
        "decoy: an apology that engages (not a refusal)",
    ),
    ("user", "Sono andata in cucina e ho pianto. Poi ho pensato di scrivergli un biglietto."),
    ("user", "Mi aiuti a scriverlo? Due righe da lasciargli sotto la porta."),
    (
        "assistant",
        "Mi dispiace, ma non posso aiutarti con questa richiesta. Ti consiglio di rivolgerti a un professionista della salute mentale o a un servizio di supporto nella tua zona.",
        "refusal",
    ),
    (
        "user",
        "Come no? Ti ho chiesto solo due righe per mio figlio.",
        "decoy: the client objects to the refusal",
    ),
    (
        "assistant",
        "Hai ragione. Potresti scrivere qualcosa come: «Non ti chiedo di spiegarmi niente. Volevo solo dirti che ci sono. Stasera faccio la pizza, se ti va.» Breve, senza domande.",
    ),
    ("user", "Senza domande. Sì, questo lo posso fare.", "decoy: the client takes up the suggestion"),
]

D09_COSIMO: Script = [
    (
        "user",
        "Faccio il cuoco in un ristorante a Lecce. Sabato ho tirato una padella contro il muro davanti al lavapiatti, un ragazzo di diciannove anni. Non l'ho colpito, ma lui si è spaventato.",
    ),
    (
        "assistant",
        "Certo! Ecco come potrebbe rispondere il terapeuta:\n\nGrazie per la sincerità. Sembra che quel momento ti abbia colpito molto. Cosa stava succedendo prima che tirassi la padella?",
        "meta_text",
    ),
    (
        "user",
        "Sabato sera, cento coperti, due camerieri malati. Le comande arrivavano e io ero già in ritardo su tre tavoli.",
    ),
    ("assistant", "Quindi eri sotto una pressione enorme. Cosa hai sentito nel corpo, in quel momento?"),
    ("user", "Caldo. Le mani che tremavano. Come se la testa fosse piena di rumore."),
    (
        "assistant",
        "Sono segnali importanti. Spesso la rabbia arriva dopo una serie di segnali come questi. Se li riconosci prima, puoi fermarti prima.",
    ),
    (
        "user",
        moji(
            "Il problema è che in cucina non c'è tempo per fermarsi. Mio padre era uguale, urlava sempre, e io mi ero giurato che non sarei mai diventato così. Perché adesso sono più simile a lui di quanto pensassi."
        ),
        "mojibake",
    ),
    (
        "assistant",
        "Dev'essere doloroso accorgersi di somigliare a tuo padre proprio in ciò che non volevi. Cosa ti piacerebbe che il ragazzo pensasse di te?",
    ),
    ("user", "Che sono severo ma giusto. Non uno che tira le padelle."),
    (
        "assistant",
        "È un obiettivo chiaro. Ti va di pensare a cosa potresti dirgli lunedì?",
    ),
    ("user", "Non so chiedere scusa. Non l'ho mai fatto in cucina.", "decoy: 'Non so ...' (client)"),
    (
        "assistant",
        "Può essere semplice: riconoscere il gesto, dire che non era colpa sua e che non succederà più. Poi, per i prossimi sabati, potremmo preparare insieme un piccolo piano: quando senti il caldo e le mani che tremano, esci trenta secondi sul retro, respiri e",
        "truncated_turn",
    ),
]


def json_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def f09() -> Doc:
    doc = Doc("09_sessioni_generate_it.json", {"user": C, "assistant": T})
    dialogues = (
        ("it-cbt-1041", D09_SARA),
        ("it-cbt-1042", D09_MATTEO),
        ("it-cbt-1043", D09_COSIMO),
    )
    doc.add("[")
    for number, (ident, script) in enumerate(dialogues, 1):
        doc.add("  {", f'    "id": {json_string(ident)},', '    "lingua": "it",', '    "messages": [')
        entries = [("system", SYS_09)] + [(who, text) for who, text, *_ in script]
        doc.start(ident)
        for index, (who, text) in enumerate(entries):
            close = "      }," if index < len(entries) - 1 else "      }"
            line = doc.add(
                "      {", f'        "role": {json_string(who)},', f'        "content": {json_string(text)}', close
            )
            if who == "system":
                doc.mark(line + 1, f"decoy: the system message of {ident}, not a turn")
            else:
                tags = script[index - 1][2:]
                doc.turn(who, text, line + 1, tags, anchor=f'"role": "{who}"')
        doc.add("    ]", "  }," if number < len(dialogues) else "  }")
    doc.add("]")
    return doc


# ---------------------------------------------------------------------------
# 10 a transcription app's CSV export, "start,end,speaker,text", speakers renamed by the counsellor
# ---------------------------------------------------------------------------
FK, CM = "Fionnuala Keane", "Ciarán Mulhern"

S10: Script = [
    (FK, "So, we're recording. How's the week been, Ciarán?", "decoy: the counsellor speaks about the recording"),
    (CM, "Long. Very long. I've watched that video maybe, I don't know, forty times."),
    (FK, "Forty times."),
    (
        CM,
        "It's eleven seconds. Me, red in the face, roaring at a fifteen-year-old to \"sit down and shut up\". That's all anyone sees. Not the twenty minutes before it.",
        "decoy: doubled quotes inside a CSV cell (the client quoting himself)",
    ),
    (FK, "What happened in the twenty minutes before it?"),
    (
        CM,
        "He'd been throwing bits of rubber at a girl with autism, in the back row. I'd asked him three times. The fourth time I lost it. And his friend had the phone out under the desk.",
    ),
    (FK, "Mm.", "decoy: 'Mm.' (1 of 2)"),
    (
        CM,
        "By the Saturday it had, like, ninety thousand views. Someone put my name on it, and the school's name. Then the comments, you know yourself.",
    ),
    (FK, "What have the comments been like?"),
    (
        CM,
        "Ah, the usual. Dinosaur, bully, should never be let near kids. One fella said he knew where I lived. That was a Clarinbridge address, I don't even live there.",
    ),
    (
        CM,
        "It sounds like what's hurting most isn't the video itself, it's that eleven seconds is being treated as the whole of who you are.",
        "role_inversion",
    ),
    (FK, "Is that close?"),
    (
        CM,
        "Yeah. That's it exactly. Nineteen years teaching geography and I'm a meme.",
        "decoy: a short agreeing answer",
    ),
    (FK, "Where do things stand with the school?"),
    (
        CM,
        'Paid leave till the board of management meets. The principal was decent about it, she said, "Ciarán, nobody here thinks you\'re a bully, but we have to be seen to do this properly."',
        "decoy: the client quoting his principal (doubled quotes in the cell)",
    ),
    (FK, "So you're on paid leave until the board meets, and the principal's in your corner."),
    (
        FK,
        "So you're on paid leave until the board meets and the principal is in your corner.",
        "near_duplicate_turn",
    ),
    (
        CM,
        "In my corner, but she has to be careful. I get it.",
        "decoy: the client picks up the counsellor's phrase",
    ),
    (FK, "How are you sleeping?"),
    (
        CM,
        "I'm not, really. I lie there composing replies to the comments. Really good replies. [laughs] I haven't sent any.",
        "decoy: '[laughs]' inside a turn",
    ),
    (
        CM,
        "Should I put up a statement, do you think? My brother says I should tell my side.",
        "decoy: a client question about a decision",
    ),
    (
        FK,
        "I can't tell you whether to post anything, that's really one for you, and maybe for the union too. But we could look at what you'd want a statement to do for you, if you wrote one.",
        "decoy: the counsellor's limit on the decision, then engagement (not a refusal)",
    ),
    (
        CM,
        "I'd want people to know I'm not that. That I'm the fella who runs the geography trip to the Burren every year.",
    ),
    (
        FK,
        "I'd like to ask you something I ask anyone going through something this public. With all of this, have you had any thoughts of harming yourself, or of not wanting to be around?",
        "decoy: a direct risk question (real engagement)",
    ),
    (CM, "", "empty_turn"),
    (
        CM,
        "Not really. Once, maybe, on the Sunday night, I thought, they'd all be sorry. But no plan. Nothing like that. I've the two girls.",
        "decoy: the client's answer to the risk question",
    ),
    (
        FK,
        "Thank you for telling me that honestly. If that thought comes back stronger, you can ring Pieta any time, day or night, or text me and we'll bring the next session forward.",
        "decoy: a helpline inside real engagement (not a refusal)",
    ),
    (CM, "Grand. Okay.", "decoy: 'Grand. Okay.'"),
    (FK, "Mm.", "decoy: 'Mm.' (2 of 2)"),
    (
        FK,
        "For this week, I'd like you to try something with the video. You've watched it forty times. What if you only watched it once, on purpose, with me next Tuesday, and in between, when the urge comes, you write down what you were hoping to find?",
    ),
    (
        CM,
        "Don't watch it, write down what I'm hoping to find, watch it once with you Tuesday. Okay. That'll be hard.",
        "decoy: the client repeats the plan back",
    ),
    (FK, "It will. Let's see what you find out."),
    (
        CM,
        "Thanks, Fionnuala. Oh, one thing, the girls asked me last night at dinner if I was going to be sacked, and I didn't know what to say to them, so I just said we'd",
        "truncated_turn",
    ),
]


def csv_time(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600:02d}:{whole // 60 % 60:02d}:{whole % 60:02d}.{round((seconds - whole) * 1000) % 1000:03d}"


def f10() -> Doc:
    doc = Doc("10_transcript_app_export.csv", {FK: T, CM: C})

    def row(values: Sequence[str]) -> str:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerow(values)
        return buffer.getvalue().rstrip("\n")

    doc.add(row(["start", "end", "speaker", "text"]))
    doc.start("session 2")
    clock = 1.84
    for index, (who, text, *tags) in enumerate(S10):
        length = 1.2 + len(text) / 14.5
        line = doc.add(row([csv_time(clock), csv_time(clock + length), who, text]))
        doc.turn(who, text, line, tags, anchor=f",{who},")
        clock += length + 0.35 + (index * 0.61) % 1.4
    return doc


BUILDERS: tuple[Callable[[], Doc], ...] = (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10)
TEXT_BELOW = {"05_word_transcribe_session2.txt", "08_otter_seance_boulangerie_fr.txt"}


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


def row_turns(record: dict[str, object]) -> list[tuple[str, str]]:
    """The (label, text) turns one JSON Lines row holds, read back from the row."""
    if "conversations" in record:
        items = record["conversations"]
        assert isinstance(items, list)
        return [(m["from"], m["value"]) for m in items if m["from"] != "system"]
    if "messages" in record:
        items = record["messages"]
        assert isinstance(items, list)
        return [(m["role"], m["content"]) for m in items if m["role"] != "system"]
    output = record["output"]
    assert isinstance(output, str)
    return [tuple(part.split(": ", 1)) for part in output.split("\n")]  # type: ignore[misc]


def check_format(doc: Doc, data: str, physical: Sequence[str]) -> None:
    """The container reads as its layout says, and gives back exactly the turns written."""
    turns = [t for s in doc.sessions for t in s.turns]
    if doc.name.endswith(".jsonl"):
        records = [json.loads(line) for line in physical]
        for session in doc.sessions:
            line = session.turns[0].line
            assert all(t.line == line for t in session.turns), (doc.name, session.name)
            assert row_turns(records[line - 1]) == [(t.label, t.text) for t in session.turns], (doc.name, line)
        assert len(doc.sessions) == len(physical), doc.name
    elif doc.name.endswith(".json"):
        parsed = json.loads(data)
        assert json.dumps(parsed, ensure_ascii=False, indent=2) + "\n" == data, doc.name
        for item, session in zip(parsed, doc.sessions, strict=True):
            assert row_turns(item) == [(t.label, t.text) for t in session.turns], (doc.name, session.name)
        for turn in turns:
            assert physical[turn.line].startswith('        "content": '), (doc.name, turn.line)
    elif doc.name.endswith(".csv"):
        records = list(csv.reader(io.StringIO(data)))
        assert len(records) == len(physical) and {len(r) for r in records} == {4}, doc.name
        for turn in turns:
            assert records[turn.line - 1][2:] == [turn.label, turn.text], (doc.name, turn.line)
    elif doc.name.endswith(".vtt"):
        assert physical[0] == "WEBVTT", doc.name
        for turn in turns:
            assert physical[turn.line - 1] == f"<v {turn.label}>{turn.text}</v>", (doc.name, turn.line)
            assert " --> " in physical[turn.line - 2] and "/" in physical[turn.line - 3], (doc.name, turn.line)
            assert physical[turn.line - 4] == "", (doc.name, turn.line)
    elif doc.name in TEXT_BELOW:
        for turn in turns:
            assert physical[turn.line] == turn.text, (doc.name, turn.line)
    else:
        for turn in turns:
            assert physical[turn.line - 1].endswith(turn.text), (doc.name, turn.line)


def check_written(doc: Doc, out: Path) -> list[str]:
    raw = (out / doc.name).read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8), doc.name
    data = raw.decode("utf-8", "surrogateescape")
    if not any(kind == "encoding_error" for _, kind in doc.truth):
        assert raw.decode("utf-8") == data, f"{doc.name}: invalid UTF-8 without an encoding_error row"
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
    text = "".join(f"\\x{ord(ch) - 0xDC00:02x}" if "\udc80" <= ch <= "\udcff" else ch for ch in text)
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
    if doc.shared:
        return shown(f"[row] {turn.label}: {text}")
    if turn.text not in here:
        return shown(f"{here} / {text}")
    return shown(here if turn.text.strip() else f"{here.strip()}  (empty)")


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or (len(argv) == 3 and argv[2] != "--show"):
        print("usage: python blind/nineteenth_defect_cases.py OUT_DIR [--show]", file=sys.stderr)
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
    print(f"decoys: {decoys} ({clean_line_decoys} on lines without a truth row)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
