# ruff: noqa: E501
r"""Forty-sixth set of blind defect cases: synthetic therapy sessions as people save them from LLM chat interfaces.

Blind conditions, as followed. The only things of the project read were: the first 15 lines of
benchmarks/blind_defects.py (``head -n 15``, the interface); a listing of blind/ (``ls /work/main/blind``);
/work/shared/README.md and /work/shared/corpora/README.md (``cat``); ``grep -n -A12 "tool.ruff" pyproject.toml`` (its
twelve lines of context after the first match also printed the ``[tool.mypy]`` section, five lines: a side effect of
the allowed command); and ONE earlier writer, blind/twentythird_defect_cases.py, as the model for structure: ``cat`` of
the whole file (the tool's output cut its middle, lines 140-2791, so of that part only what is listed next was seen),
``wc -l``, ``sed -n`` ranges 140-420 and 420-640 (the rest of its docstring, its constants, text helpers, document
builder and the start of its file 01's script), a ``grep -n`` of its ``def`` / ``class`` / constant lines (``head
-80``), and ``sed -n`` ranges 700-724, 1265-1300, 1985-2030 and 2610-2670 (its builders f01, f03, f06, f09); its last
~290 lines (self-checks, ``show_row``, ``main``) came with the ``cat``. Nothing else of /work/main was opened or
grepped (no transforms, flows, tests, synth, schemas, sql, README, docs, other benchmarks or other blind files),
nothing under /work/shared/seeds or /work/shared/corpora was read, no search tool was used and git was not run. Every
transcript line below was written for this set. The product, its tests and every benchmark (blind_defects.py
included) were never run. What was run: ``date``; ``mkdir -p /tmp/s29d``; this script (``.venv/bin/python``): with
``--show`` into /tmp/s29d/out, then into /tmp/s29d/out46 (seed 46) and /tmp/s29d/out7 (``--seed 7``), and after this
docstring was added, again into /tmp/s29d/final (with ``--show``) and /tmp/s29d/final2; ``head``, ``sed``, ``cut``,
``cat``, ``tail`` on the written files; ``cmp`` and ``diff`` on the written files and truth.csv; ``grep -c`` on
truth.csv; ``sed -n`` / ``cut`` on this file's head; ``sed -i`` on this
file (one annotation) and system ``python3`` snippets making exact text replacements in it (listed below, and the
insertion of this docstring); ``.venv/bin/ruff format``, ``.venv/bin/ruff check`` and ``.venv/bin/mypy`` on this file
alone, which end clean. Scratch space: /tmp/s29d only. The truth tags were written with the text, before the first
run, and never changed; the first run passed every self-check. Edits after it (none touching a tag): 01's two-line
request and its ``ChatGPT said:`` line taken out of the blank-line-separated script so that they stand on consecutive
lines as a page copy shows them (their rows moved with them, computed by the code); 05's truncated answer given
``end_turn: false``; 04's second prompt reworded from ``continue`` to ``continue, and make it longer``; ``ruff
format``'s layout; a variable renamed for mypy; this docstring. Seed 7 moves 10's rows (its two sessions swap places)
and passes every self-check; seed 46 writes the same bytes on every run (``cmp``).

Run as

    .venv/bin/python blind/fortysixth_defect_cases.py OUT_DIR [--show] [--seed N]     (default seed 46)

to write 11 files and ``truth.csv`` (``file,line,defect_type``, a header row, sorted) into OUT_DIR. ``--show`` prints
each truth row beside the line it names. The seed sets only cosmetic things (model names shown in the chrome, ids,
timestamps, IPython cell numbers, the order of 10's two sessions); every truth row's line is computed by the code that
writes the line, never typed by hand.

The curator behind these files asked chat models for counselling sessions and saved what came out however was
easiest. With seed 46: 249 turns, 47 truth rows, 133 decoys.

* ``01_chatgpt_ctrl_a_copy_hoarding_session.txt``: a ChatGPT page copied with Ctrl+A: chrome (``Skip to content``,
  ``Chat history``, the model picker, ``Share``, ``You said:``, ``ChatGPT said:``, ``Is this conversation helpful so
  far?``, ``Ask anything``, the footer), a two-line request, ``Therapist:`` / ``Client:`` paragraphs: Wendell, 61, a
  widower in Stockport keeping every newspaper since his wife died. Rows: the request's first line (meta_text); ``Sure!
  Here's a realistic first session ...`` (meta_text); a ``Client:`` paragraph in the therapist's voice
  (role_inversion); a client paragraph cut mid-clause where the output stopped (truncated_turn); ``continue``
  (meta_text); the therapist's question before the cut given again, reworded, as the model resumes
  (near_duplicate_turn); ``Let me know if you'd like a second session ...`` (meta_text).
* ``02_claude_page_copy_gambling_session.txt``: a Claude page copy (sidebar, the chat title, the user's initials, the
  footer, ``Reply to Claude...``, the model name) with names as labels, ``Dr. Osei:`` / ``Lukas:``: football betting
  on phone apps. Rows: the request and ``I'll write a realistic CBT session for you ...`` (meta_text, two lines); a
  Samaritans refusal after ``she'd be better off if I just wasn't around`` (refusal); a therapist turn given again
  later, word for word (duplicate_turn); the closing ``(Note: This dialogue is fictional ...)`` (meta_text).
* ``03_gemini_copy_bakery_burnout_session.txt``: a Gemini page copy (``Gemini``, the model name, ``Conversation with
  Gemini``, ``Show thinking``, ``Ask Gemini``, the footer), ``Counsellor:`` / ``Ines:``: a Bristol baker burning out.
  Rows: the request (meta_text); the model's thinking paragraph, copied with the page (meta_text); ``Okay, here's a
  counselling session transcript ...`` (meta_text); a ``Receptionist:`` turn in a two-person session (unknown_speaker);
  ``Ines:`` with nothing after it (empty_turn).
* ``04_chatgpt_exporter_estranged_son.md``: a "ChatGPT Exporter" style Markdown export: a title, the metadata block
  (``**User:**``, ``**Created:**``, ``**Updated:**``, ``**Exported:**``, ``**Link:**``), ``## Prompt:`` / ``##
  Response:`` blocks, ``### Session`` headings, ``**Counselor:**`` / ``**Client:**`` paragraphs, the exporter's footer:
  Gerald, 67, nine years without speaking to his son. Rows: the first prompt (meta_text); ``Certainly! Below is ...``
  (meta_text); ``continue, and make it longer`` (meta_text); the answer to it writing the whole session again, word for
  word (duplicate_session at the copy's first turn).
* ``05_conversations_pretty.json``: the official ChatGPT data export's conversations.json, pretty-printed by the curator
  (``json.tool`` style: indent 4, non-ASCII escaped), each message's ``content.parts`` string on a line of its own.
  Conversation 1: the request (meta_text at its part line) and ONE assistant part holding a whole generated session
  with ``**Therapist:**`` / ``**Client:**`` labels and ``finish_details: max_tokens``: Tomasz, a student who panics in
  seminars. On that one line: ``Of course! Here's a realistic counseling session ...`` (meta_text), a ``**Client:**``
  paragraph in the therapist's voice (role_inversion), the last paragraph cut mid-clause (truncated_turn): three rows
  of three kinds. Conversation 2 is a decoy: the curator's own chat with ChatGPT about loneliness after moving to
  Aberdeen, the user's messages the client's turns and ChatGPT's replies the counsellor's.
* ``06_playground_messages_paramedic.json``: an API playground's saved session, one message object a line, the curator
  typing a client's lines (``user``) to a reasoning model answering as the therapist (``assistant``): Ciaran, a
  paramedic with intrusive images after a crash call. Rows: a reply opening with leaked ``<think>...</think>``
  (meta_text); a user line pasted through a Windows-1252 step (``Iâ€™ve``: mojibake); ``I'm sorry, but I can't help
  with that ...`` after the client mentions drinking (refusal); an empty assistant content (empty_turn); an earlier
  reply given again word for word (duplicate_turn).
* ``07_ollama_console_taxi_driver_insomnia.txt``: an Ollama console copied from a Windows terminal (the ``PS ...>
  ollama run`` line, a ``/set parameter`` line and its answer, ``>>> Send a message (/? for help)``), the model's raw
  ``**Therapist:**`` / ``**Farrukh:**`` paragraphs: a Leeds taxi driver kept awake by debt. Rows: the ``>>>`` request
  (meta_text); one therapist question three times between different client turns (repetition_loop at the first,
  duplicate_turn at each copy); ``>>> continue`` (meta_text); the last turn cut by ``num_predict`` (truncated_turn).
* ``08_ipython_printout_empty_nest.txt``: an IPython session copied from the terminal: ``In [n]:`` cells, then
  ``print()`` of the response, ``Counselor:`` / ``Client:`` one turn a line, then ``finish_reason`` and ``Out[n]:
  'length'``: Yetunde, whose twins left for university. Rows: ``Here is a sample counseling session ...`` (meta_text);
  a counsellor turn given again with one word changed (near_duplicate_turn); the last turn cut (truncated_turn).
* ``09_chatgpt_data_export_2025-03.json``: the data-export ZIP saved under a .json name: binary, no turn can be read
  (unparseable_file, line 0).
* ``10_pasted_dialogues_notepad_ansi.txt``: only the generated dialogues pasted one after another with the model's
  framing left in, ``Counsellor:`` / ``Client:`` one turn a line, saved by Notepad as "ANSI": ASCII except one turn
  whose curly apostrophes are lone 0x92 bytes. Hamish, a sheep farmer who lost ewes in the snow; Rukhsana, caring for
  her father with dementia (order by seed). Rows: the two framing lines before the sessions and the closing ``I hope
  these sessions are useful ...`` (meta_text); the cp1252 turn (encoding_error); a ``Client:`` line in the
  counsellor's voice (role_inversion); ``[object Object]`` between two turns, a web clipper's residue
  (unparseable_line); ``I'm really sorry that you're feeling this way, but I'm unable to provide the help that you
  need ...`` after ``I just want it all to stop`` (refusal).
* ``11_chatgpt_copy_my_own_chat_back_to_work.txt``: the CLEAN file, no truth row: a ChatGPT page copied by someone who
  used ChatGPT AS a counsellor before returning to work from maternity leave; ``You said:`` / ``ChatGPT said:`` head
  each message, the message's text on the next line.

Conventions (line numbers are 1-based lines of the written bytes split on ``\n``; every text file ends its lines with
LF and has no BOM; 09 and 10 are not valid UTF-8, 10 only at its lone bytes):

* A turn-level row stands at the line holding the turn's label and text (01-04, 07, 08, 10), the message object's
  line (06), the part string's line (05, conversation 2), or, in a page copy where ``You said:`` / ``ChatGPT said:``
  head the messages of a person talking to a chatbot as counsellor (11, and the same would hold for 01's layout), the
  message's first text line. In 05's conversation 1 all the turns of the generated session share the part line;
  several defects of one kind there would make one row.
* The frame is never a row: page chrome (site and button texts, ``You said:``, ``ChatGPT said:``, ``Show thinking``,
  model names, initials, footers and disclaimers), the exporter's metadata block and footer, ``## Prompt:`` / ``##
  Response:``, headings and titles, JSON structure and fields (system prompts and the export's hidden system node with
  its empty part included), console commands and their answers (``ollama run``, ``/set``), IPython ``In``/``Out``
  lines.
* meta_text: each request of the curator to the model (``continue`` included) at its first text line (01's request has
  two lines; only the first is a row; its second line is neither a row nor a turn); each framing paragraph of the model
  (``Sure! Here's ...``, ``I'll write ...``, ``Okay, here's ...``, ``Certainly! Below ...``, ``Here is a sample ...``,
  ``Here's another session ...``, ``Let me know if ...``, ``I hope these ...``, a ``(Note: ...)`` aside, a copied
  thinking paragraph) at its own line; leaked ``<think>`` inside a turn at the turn's line; framing inside 05's shared
  part at that line.
* A user message is a request (meta_text) when it asks the model to write something, and a client turn when the
  person speaks as the client (05's conversation 2, 06, 11): the content decides, not the role field.
* A repetition loop is ``repetition_loop`` at the first occurrence and ``duplicate_turn`` at each later exact copy.
  A near duplicate repeats an earlier same-role turn with a word or two changed or reordered. A whole session written
  again is ONE ``duplicate_session`` row at the copy's first turn, and its turns are not also duplicate_turn rows.
* truncated_turn: a turn cut by the output limit (the stop before ``continue`` in 01, ``max_tokens`` in 05,
  ``num_predict`` in 07, ``'length'`` in 08) that no later text completes.
* encoding_error: a turn holding bytes invalid in UTF-8 (10); mojibake: text that decodes but was garbled by a
  Windows-1252 step (06); unparseable_file: the whole file holds no readable turn (09, line 0).

Decoys (tagged ``decoy: ...`` in the code; the tag never reaches the truth): the whole of 11 and 05's conversation 2
(a chatbot as counsellor: ``Sure.`` and ``No problem!`` opening its replies, lower-case messages without full stops,
``can you say that again but shorter``); 06's user lines typed as the client; clients asking ``Sorry, can you say that
again?`` (02, 10) with the counsellor saying it again in other words; a client and a counsellor mentioning ChatGPT and
AI chatbots in passing (08, 10); repeated backchannels ``Mm-hm.`` and ``Yeah.`` (10); ``I'm sorry`` opening a
counsellor turn, apologies that engage, a direct risk question, ``I can't`` from clients; clients quoting others,
repeating a plan back, pointing out a repeat or an empty reply, objecting to a refusal; one-word questions; the frame
lines above. Self-checks (of this writer, not of any detector): each truth row's line holds the text it names (the
turn, the session's first turn or the residue); a turn-level row stands on a turn's line and a line-level row on a
line that is no turn; every exact or close same-role repeat of a substantial turn in a session is marked and every
repeat mark is real; a loop has at least two marked exact copies; a session equal to an earlier one is marked
duplicate_session and only then; a turn ending without final punctuation carries truncated_turn or a decoy note;
mojibake, lone bytes and unknown labels appear exactly where marked; the JSON files parse back to exactly the turns
written and the ZIP opens; two builds with one seed give the same bytes and rows; the clean file has no row; every
kind is present; no row is written twice. Standard library only.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import io
import json
import random
import re
import sys
import zipfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
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
SESSION_KINDS = {"duplicate_session"}
LINE_KINDS = {"meta_text", "unparseable_line"}
REPEAT_KINDS = {"duplicate_turn", "near_duplicate_turn"}

T, C, U = "T", "C", "U"  # counsellor role, client role, a speaker with neither role
RAW = "#"  # a script entry that is a line of its own (frame, chrome, request, framing, residue), not a turn
RSQ = "\u2019"
ENDERS = ".?!\"')]:;" + RSQ + "\u201d"
CLEAN_FILE = "11_chatgpt_copy_my_own_chat_back_to_work.txt"
DEFAULT_SEED = 46


# ---------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------
MADE_GARBLED: set[str] = set()


def moji(text: str) -> str:
    """The UTF-8 bytes of ``text`` read as Windows-1252 (every byte must map)."""
    out = text.encode("utf-8").decode("cp1252")
    assert out != text
    MADE_GARBLED.add(out)
    return out


def garbled(text: str) -> bool:
    if text in MADE_GARBLED:
        return True
    try:
        return text.encode("cp1252").decode("utf-8") != text
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False


def ansi(text: str) -> str:
    """``text`` saved by Notepad as "ANSI" (cp1252) into a file that is otherwise read as UTF-8.

    Each byte >= 0x80 becomes a surrogate escape; the file is written with ``surrogateescape``, so each is a lone byte
    that is not valid UTF-8.
    """
    raw = text.encode("cp1252")
    out = raw.decode("utf-8", "surrogateescape")
    assert any("\udc80" <= ch <= "\udcff" for ch in out), text[:50]
    return out


def invalid_bytes(text: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in text)


def norm(text: str) -> str:
    text = text.lower().replace(RSQ, "'")
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, norm(a), norm(b), autojunk=False).ratio()


def substantial(text: str) -> bool:
    """Long enough that a repeat is a defect rather than a backchannel."""
    return len(norm(text).replace(" ", "")) >= 12


def js(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


# ---------------------------------------------------------------------------
# the document builder: physical lines, truth rows (each with the text its line must hold), decoys, sessions
# ---------------------------------------------------------------------------
@dataclass
class Turn:
    label: str
    role: str
    text: str
    line: int
    kinds: tuple[str, ...]
    notes: tuple[str, ...]
    probe: str


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
    """One written file. ``shared`` lines hold several turns (a JSON string with a whole generated session)."""

    def __init__(self, name: str, roles: dict[str, str], layout: str) -> None:
        self.name = name
        self.roles = roles
        self.layout = layout
        self.out: list[str] = []
        self.rows: dict[tuple[int, str], str] = {}
        self.decoys: list[tuple[int, str]] = []
        self.sessions: list[Session] = []
        self.line_rows: set[int] = set()
        self.shared: set[int] = set()
        self.raw: bytes | None = None

    def add(self, *lines: str) -> int:
        first = len(self.out) + 1
        for line in lines:
            assert "\n" not in line and "\r" not in line, (self.name, line[:60])
            assert not any(ch in line for ch in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"), (self.name, line[:60])
            self.out.append(line)
        return first

    def row(self, line: int, kind: str, probe: str) -> None:
        if (line, kind) in self.rows:
            # several defects of one kind on one shared line make one row
            assert line in self.shared, f"{self.name}:{line} {kind} twice"
            return
        self.rows[(line, kind)] = probe

    def start(self, name: str, *kinds: str) -> None:
        assert set(kinds) <= SESSION_KINDS, kinds
        self.sessions.append(Session(name, tuple(kinds)))

    def turn(self, label: str, text: str, line: int, tags: Sequence[str], probe: str) -> None:
        assert label in self.roles, (self.name, label)
        session = self.sessions[-1]
        kinds, notes = split_tags(tags)
        assert ("mojibake" in kinds) == garbled(text), (self.name, line, text[:60])
        assert ("encoding_error" in kinds) == invalid_bytes(text), (self.name, line, text[:60])
        assert ("unknown_speaker" in kinds) == (self.roles[label] == U), (self.name, line, label)
        if "empty_turn" in kinds:
            assert text.strip() == "", (self.name, line)
        else:
            assert text.strip(), f"{self.name}:{line} empty text without empty_turn"
        if "truncated_turn" in kinds:
            assert text.rstrip()[-1] not in ENDERS, (self.name, line, text[-30:])
            assert not notes, (self.name, line)
        elif text.strip() and text.rstrip()[-1] not in ENDERS and not kinds:
            assert notes, f"{self.name}:{line} open ending without truncated_turn or a decoy note: {text[-40:]!r}"
        if not session.turns:
            for kind in session.kinds:
                self.row(line, kind, probe)
        for kind in kinds:
            self.row(line, kind, probe)
        for note in notes:
            self.decoys.append((line, note))
        session.turns.append(Turn(label, self.roles[label], text, line, tuple(kinds), tuple(notes), probe))

    def mark(self, line: int, *tags: str, probe: str | None = None) -> None:
        """A line that is no turn (or text inside a shared line that is no turn): meta_text, unparseable_line, decoy."""
        kinds, notes = split_tags(tags)
        assert set(kinds) <= LINE_KINDS, kinds
        for kind in kinds:
            self.row(line, kind, probe if probe is not None else self.out[line - 1])
            self.line_rows.add(line)
        for note in notes:
            self.decoys.append((line, note))

    def render(self) -> bytes:
        if self.raw is not None:
            return self.raw
        return "".join(line + "\n" for line in self.out).encode("utf-8", "surrogateescape")


Script = Sequence[tuple[str, ...]]


def emit(doc: Doc, script: Script, fmt: str, *, blank: bool) -> None:
    """Turns as ``fmt`` lines (``{label}``, ``{text}``); ``RAW`` entries are lines of their own."""
    for index, (who, text, *tags) in enumerate(script):
        if who == RAW:
            doc.mark(doc.add(text), *tags)
        else:
            rendered = fmt.format(label=who, text=text).rstrip()
            doc.turn(who, text, doc.add(rendered), tags, rendered)
        if blank and index < len(script) - 1:
            doc.add("")


def chrome(doc: Doc, *lines: str) -> None:
    """Lines of the page, console or notebook around the conversation: frame, never a truth row."""
    for line in lines:
        if line:
            doc.mark(doc.add(line), "decoy: frame (page chrome, console or notebook line)")
        else:
            doc.add("")


# ---------------------------------------------------------------------------
# 01 a ChatGPT page copied with Ctrl+A: page chrome, "You said:" / "ChatGPT said:", the curator's request (two
#    lines), the model's framing, a generated session with "Therapist:" / "Client:" paragraphs, cut off mid-turn,
#    "continue", the rest of the session and the model's sign-off
# ---------------------------------------------------------------------------
TH1, CL1 = "Therapist", "Client"
NEAR_01 = "You don't need to explain it yet. What would happen, do you think, if you recycled ten papers from the kitchen this week?"

REQ_01 = (
    "I'm making a small practice set of counselling transcripts for my MSc module on hoarding disorder.",
    "Can you write a realistic first session, about 30 turns, with Therapist: and Client: labels? UK setting, the client is a widower in his 60s, no stage directions.",
)

S01_A: Script = [
    (
        RAW,
        "Sure! Here's a realistic first session with a client who has hoarding difficulties. I've kept the language natural and British, and the therapist takes a warm, non-judgmental approach.",
        "meta_text",
    ),
    (RAW, "Session 1 - First Appointment", "decoy: the model's session title"),
    (
        TH1,
        "Hello Wendell, thanks for coming in. Your GP's letter mentions some difficulties at home. In your own words, what's been happening?",
    ),
    (
        CL1,
        "It's the house, really. My daughter says I can't live like this. There's papers in every room and she can't get through the back bedroom door.",
    ),
    (TH1, "Papers?", "decoy: a one-word counsellor question"),
    (
        CL1,
        "Newspapers. The Manchester Evening News, mostly, and the Sunday ones. I've kept every one since Maureen passed.",
    ),
    (TH1, "How long ago did Maureen die?"),
    (CL1, "Four years in March.", "decoy: a short answer"),
    (
        TH1,
        "I'm sorry. Four years is not very long at all. What was it like keeping the papers at first?",
        "decoy: 'I'm sorry' opening a counsellor turn (not a refusal)",
    ),
    (
        CL1,
        "At first I just hadn't got round to the recycling. She always did the recycling. Then it felt wrong to throw them out.",
    ),
    (TH1, "Wrong in what way?"),
    (
        CL1,
        "Like I'd be throwing out the days. Each one's a day I got through without her. I know how that sounds.",
    ),
    (TH1, "It sounds like the papers mean a great deal more than news to you."),
    (
        CL1,
        "They do. Our Claire thinks it's rubbish. She said, \"Dad, it's a fire risk, the firemen won't even get up the stairs.\"",
        "decoy: the client quotes his daughter (not a role inversion)",
    ),
    (TH1, "How did you feel when she said that?"),
    (CL1, "Angry, then ashamed. She's not wrong about the stairs."),
    (TH1, "Can you describe the stairs for me?"),
    (CL1, "There's a pile on every step, against the wall. You can still get up if you go sideways."),
    (TH1, "So you're still getting up to bed, but sideways.", "decoy: the counsellor echoes the client"),
    (
        CL1,
        "It sounds as though every paper you keep is a way of holding on to the time since Maureen died, and letting one go feels like losing her again. I wonder what it would be like to choose just one pile and look at it together, without deciding anything yet.",
        "role_inversion",
    ),
    (TH1, "Let's take that slowly. If we picked one pile to look at, which would feel least difficult?"),
    (CL1, "The kitchen ones, maybe. They're from last year. She never saw those."),
    (TH1, "That's an interesting distinction. The papers she never saw feel different?"),
    (CL1, "A bit. I can't explain it.", "decoy: 'I can't' from the client (not a refusal)"),
    (TH1, NEAR_01),
    (
        CL1,
        "I'd probably go and get them back out of the green bin before the lorry came, if I'm honest, because the last time Claire took a bag away I stood at the window until",
        "truncated_turn",
    ),
]

S01_B: Script = [
    (
        TH1,
        "You don't need to explain it yet. What do you think would happen if you recycled ten papers from the kitchen this week?",
        "near_duplicate_turn",
    ),
    (CL1, "I'd want them back. I'd probably stand at the window until the lorry had gone."),
    (
        TH1,
        "That urge to get them back is really common, and it usually peaks and then fades if we don't act on it. Would you be willing to try it and rate the urge out of ten every hour afterwards?",
    ),
    (
        CL1,
        "Out of ten. Every hour. I can do that, I've nothing else on.",
        "decoy: the client repeats the plan back",
    ),
    (TH1, "And if it feels too much, you could ring Claire rather than go out to the bin."),
    (CL1, "She'd like that. She says I never ring."),
    (TH1, "Let's write that down, then. Ten papers from the kitchen, the ratings, and a call to Claire."),
    (CL1, "Right. Ten papers. Maureen would laugh at me needing a plan for that."),
    (TH1, "She might. She might also be proud of you. We'll go through how it went next week."),
    (
        RAW,
        "Let me know if you'd like a second session where Wendell reports back on the exercise, or a version with more psychoeducation about hoarding disorder.",
        "meta_text",
    ),
]


def f01(rng: random.Random) -> Doc:
    doc = Doc("01_chatgpt_ctrl_a_copy_hoarding_session.txt", {TH1: T, CL1: C}, "labelled")
    model = rng.choice(("ChatGPT 4o", "ChatGPT 4.1", "ChatGPT o4-mini"))
    chrome(doc, "Skip to content", "Chat history", "", model, "Share", "", "You said:")
    first = doc.add(*REQ_01)
    doc.mark(first, "meta_text")
    doc.mark(
        first + 1, "decoy: the request's second line (convention: a request is marked at its first text line only)"
    )
    chrome(doc, "ChatGPT said:")
    doc.start("wendell session 1")
    emit(doc, S01_A, "{label}: {text}", blank=True)
    doc.add("")
    chrome(doc, "You said:")
    doc.mark(doc.add("continue"), "meta_text")
    chrome(doc, "ChatGPT said:")
    emit(doc, S01_B, "{label}: {text}", blank=True)
    doc.add("")
    chrome(
        doc,
        "Is this conversation helpful so far?",
        "",
        "Ask anything",
        "ChatGPT can make mistakes. Check important info. See Cookie Preferences.",
    )
    return doc


# ---------------------------------------------------------------------------
# 02 a Claude page copied with Ctrl+A: sidebar chrome, the chat title, the user's initials, the request, the model's
#    framing, a generated CBT session with names as labels ("Dr. Osei:" / "Lukas:"), a "(Note: ...)" aside, footer
# ---------------------------------------------------------------------------
OS2, LU2 = "Dr. Osei", "Lukas"
DUP_02 = "That sounds like a hard conversation. How are you feeling about it now, sitting here?"

S02: Script = [
    (
        RAW,
        "Write me a realistic CBT counselling session between Dr. Osei (therapist) and Lukas, 26, a warehouse team leader who bets on football through phone apps. Around 20 exchanges, names as speaker labels, and include a moment where he talks about feeling hopeless.",
        "meta_text",
    ),
    (
        RAW,
        "I'll write a realistic CBT session for you. The characters are fictional, and the session follows a typical structure: building rapport, exploring the gambling cycle, and agreeing one small behavioural step.",
        "meta_text",
    ),
    (RAW, "CBT Session: Lukas", "decoy: the model's title"),
    (OS2, "Lukas, good to meet you. I understand it was your partner who suggested you come along?"),
    (
        LU2,
        "Yeah, Amira found the statements. Four grand on the apps in two months. She went white.",
    ),
    (OS2, DUP_02),
    (LU2, "Embarrassed. I manage a team of twelve. I'm meant to be the sensible one."),
    (OS2, "Tell me about a typical bet. When does it usually happen?"),
    (
        LU2,
        "Saturdays, mostly. Three o'clock kick-offs. But it's crept into midweek now, the Champions League, even the Bundesliga.",
    ),
    (OS2, "What's going through your mind just before you place one?"),
    (LU2, "That this one will put things right. If I win it back, she never has to know the full amount."),
    (OS2, "So the bet becomes a way of fixing the loss."),
    (LU2, "Pretty much. Chasing, they call it. I've read the leaflets."),
    (OS2, "You already know the word for it. What happens in your body when a bet loses?"),
    (LU2, "My chest goes tight. Then I'm already looking at the next match."),
    (OS2, "And when one wins?", "decoy: a short counsellor question"),
    (LU2, "For about ten minutes I feel like a genius. Then I put it back on something else."),
    (OS2, "How have things been between you and Amira since she found the statements?"),
    (
        LU2,
        "Quiet. She sleeps at her sister's some nights. Honestly, some days I think she'd be better off if I just wasn't around.",
    ),
    (
        OS2,
        "I'm sorry, but I can't continue with this conversation. If you're having thoughts of ending your life, please reach out to a crisis line such as the Samaritans (116 123 in the UK) or contact your local emergency services.",
        "refusal",
    ),
    (LU2, "I don't mean I'd do anything. I mean she'd have an easier life without the mess I've made."),
    (
        OS2,
        "Thank you for telling me that. I'm going to ask directly, because it matters: have you had any thoughts of harming yourself or ending your life?",
        "decoy: a direct risk question that engages (not a refusal)",
    ),
    (LU2, "No. Not like that. I just feel like a burden."),
    (
        OS2,
        "Feeling like a burden is painful, and it's something we can work on together. Who else do you have, apart from Amira?",
    ),
    (LU2, "My brother. He doesn't know about the betting, though."),
    (
        OS2,
        "One thing some people find useful is a gambling block on their phone and their bank card, so the urge has a gap before it can turn into a bet. How would that sit with you?",
    ),
    (
        LU2,
        "Sorry, can you say that again? I zoned out for a second.",
        "decoy: the client asks to hear it again (not a request to the model)",
    ),
    (
        OS2,
        "Of course. A block on your phone and your card, so that when the urge comes there's a pause before you can act on it. What do you think?",
        "decoy: the counsellor says it again in other words (not a duplicate)",
    ),
    (LU2, "That I'd find a way round it. But I'd try."),
    (OS2, DUP_02, "duplicate_turn"),
    (LU2, "Still embarrassed. But a bit less, maybe."),
    (
        OS2,
        "That's worth noticing. For next week, could you set up the block with Amira there, and keep a note of each urge: the day, the match, and what you did instead?",
    ),
    (LU2, "With Amira there. Yeah. She'd want to see it done.", "decoy: the client repeats the plan back"),
    (
        RAW,
        "(Note: This dialogue is fictional and written for training purposes. It is not a substitute for professional mental health support.)",
        "meta_text",
    ),
]


def f02(rng: random.Random) -> Doc:
    doc = Doc("02_claude_page_copy_gambling_session.txt", {OS2: T, LU2: C}, "labelled")
    initials = rng.choice(("RB", "MK", "JT", "AS"))
    chrome(doc, "Claude", "New chat", "Chats", "Recents", "", "Generated CBT session - gambling apps", "", initials)
    doc.start("lukas")
    emit(doc, S02, "{label}: {text}", blank=True)
    doc.add("")
    chrome(doc, "Claude can make mistakes. Please double-check responses.", "Reply to Claude...", "Claude Sonnet 4")
    return doc


# ---------------------------------------------------------------------------
# 03 a Gemini page copied with Ctrl+A: chrome, the request, "Show thinking" with the thinking paragraph copied with
#    it, the model's framing, "Counsellor:" / "Ines:" paragraphs, an intruding "Receptionist:", an empty label
# ---------------------------------------------------------------------------
CO3, IN3, RE3 = "Counsellor", "Ines", "Receptionist"

S03: Script = [
    (
        RAW,
        "write a counselling session transcript between a counsellor and a client called Ines who co-owns a bakery in Bristol and is burning out, about 20 turns",
        "meta_text",
    ),
    (RAW, "Show thinking", "decoy: frame (page chrome)"),
    (
        RAW,
        "Mapping the session arc: I'll open with the counsellor inviting Ines to describe a typical day, then surface the 3:30am starts and her resentment towards her business partner, and close with one small boundary she can try. The tone should be warm but not saccharine.",
        "meta_text",
    ),
    (
        RAW,
        "Okay, here's a counselling session transcript exploring burnout in a small business owner.",
        "meta_text",
    ),
    (CO3, "Hi Ines, come in and take a seat. What's brought you here today?"),
    (
        IN3,
        "I fell asleep at the wheel of the van last Tuesday. Only for a second, at the lights on Gloucester Road. It frightened me.",
    ),
    (CO3, "That sounds really frightening. What time had you started that day?"),
    (IN3, "Half three. I always start at half three. Someone has to get the sourdough in."),
    (CO3, "Someone?", "decoy: a one-word counsellor question"),
    (IN3, "Me. It's always me. Jonty does the books and the Instagram, and he doesn't do mornings."),
    (CO3, "How long have you been starting at half three?"),
    (IN3, "Since we opened. Six years. I used to love it, the street dark and the ovens warm."),
    (CO3, "And now?"),
    (IN3, "Now I dread the alarm. I lie there doing sums about how many hours until I can sleep again."),
    (CO3, "That's a lot to carry, physically and emotionally. Have you been able to talk to Jonty about it?"),
    (
        IN3,
        "I tried at Christmas. He said we can't afford another baker, and then he booked a week in Lanzarote.",
        "decoy: 'we can't afford' reported from her partner",
    ),
    (CO3, "How did that land with you?"),
    (IN3, "I threw a tray of croissants in the bin. Good ones. I've never done that."),
    (
        RE3,
        "Sorry to interrupt, Ines, but your van is blocking the ambulance bay. Could you move it after your session?",
        "unknown_speaker",
    ),
    (IN3, "Oh God, sorry. I'll move it straight after."),
    (CO3, "Let's come back to the croissants. What was happening for you just before you threw them?"),
    (IN3, "", "empty_turn"),
    (CO3, "Take your time.", "decoy: the counsellor waits after the empty turn"),
    (IN3, "I think I was furious, and there was nobody to be furious at except the pastry."),
    (
        CO3,
        "That makes sense. Anger often shows up when we've been giving more than we can for a long time. If you could change one thing about the mornings, what would it be?",
    ),
    (IN3, "Two mornings a week off. Even one."),
    (CO3, "What would need to happen for one morning off to be possible?"),
    (
        IN3,
        "Jonty would have to learn the starter. Or we'd have to sell something other than sourdough on Mondays.",
    ),
    (
        CO3,
        "Both of those sound like things you could bring to him as proposals rather than complaints. Would you like to plan that conversation together?",
    ),
    (IN3, "Yes. Before I fall asleep at the lights again."),
]


def f03(rng: random.Random) -> Doc:
    doc = Doc("03_gemini_copy_bakery_burnout_session.txt", {CO3: T, IN3: C, RE3: U}, "labelled")
    chrome(doc, "Gemini", rng.choice(("2.5 Flash", "2.5 Pro")), "", "Conversation with Gemini", "")
    doc.start("ines")
    emit(doc, S03, "{label}: {text}", blank=True)
    doc.add("")
    chrome(doc, "Ask Gemini", "Gemini can make mistakes, so double-check it")
    return doc


# ---------------------------------------------------------------------------
# 04 a "ChatGPT Exporter" style Markdown export: a metadata header, "## Prompt:" / "## Response:" blocks, bold
#    labels "**Counselor:**" / "**Client:**"; asked to "continue", the model wrote the whole session again
# ---------------------------------------------------------------------------
CO4, CL4 = "Counselor", "Client"

S04: Script = [
    (
        CO4,
        "Good afternoon, Gerald. You mentioned on the phone that this is about your son. Where would you like to begin?",
    ),
    (CL4, "With the fact that I haven't spoken to Rhys in nine years. He'll be forty in June."),
    (CO4, "Nine years is a long time. What happened, as you understand it?"),
    (
        CL4,
        "I said some things when he told us he was leaving the firm to teach. His mother had just been diagnosed. I said he was abandoning us.",
    ),
    (CO4, "And since then?"),
    (
        CL4,
        "Christmas cards from his wife. Photographs of the grandchildren I've never met. Nothing from him.",
    ),
    (CO4, "That must be painful, seeing them grow up in photographs."),
    (CL4, "Iris is seven. She has my mother's chin. I look at that photo every morning."),
    (CO4, "What would you want Rhys to know, if he were sitting where I am?"),
    (CL4, "That I was wrong. That I was frightened about his mother and I took it out on him."),
    (CO4, "You've put that very clearly. Have you ever said it to him?"),
    (CL4, "No. Pride, I suppose. And I'm not sure he'd read it."),
    (
        CO4,
        "It's understandable to fear that. Let's think about what a first step could look like, one that doesn't depend on his response.",
    ),
    (CL4, "A letter, maybe. Or just a card. His birthday's in June."),
    (
        CO4,
        "A card could be a gentle start. Would you be willing to draft something before our next session, just for yourself to begin with?",
    ),
    (CL4, "I can try. I'll write it in pencil first."),
]


def f04(rng: random.Random) -> Doc:
    doc = Doc("04_chatgpt_exporter_estranged_son.md", {CO4: T, CL4: C}, "bold")
    conv = "-".join(f"{rng.getrandbits(bits):0{bits // 4}x}" for bits in (32, 16, 16, 16, 48))
    day = rng.randint(2, 9)
    chrome(
        doc,
        "# Counselling roleplay - estranged son",
        "",
        "**User:** Curator (curator@example.org)  ",
        f"**Created:** 3/{day}/2025 21:14:07  ",
        f"**Updated:** 3/{day}/2025 21:31:52  ",
        f"**Exported:** 3/{day + 7}/2025 10:05:33  ",
        f"**Link:** [https://chatgpt.com/c/{conv}](https://chatgpt.com/c/{conv})  ",
        "",
        "## Prompt:",
    )
    doc.mark(
        doc.add(
            "Write a counselling session between a counselor and Gerald, 67, who hasn't spoken to his son for nine years. Use **Counselor:** and **Client:** as labels."
        ),
        "meta_text",
    )
    chrome(doc, "", "## Response:")
    doc.mark(
        doc.add(
            "Certainly! Below is a realistic counseling session exploring family estrangement and the first steps toward reconnection."
        ),
        "meta_text",
    )
    doc.add("")
    chrome(doc, "### Session 1: Nine Years of Silence", "")
    doc.start("gerald")
    emit(doc, S04, "**{label}:** {text}", blank=True)
    chrome(doc, "", "## Prompt:")
    doc.mark(doc.add("continue, and make it longer"), "meta_text")
    chrome(doc, "", "## Response:", "### Session 1: Nine Years of Silence", "")
    doc.start("gerald, written again after 'continue'", "duplicate_session")
    emit(doc, S04, "**{label}:** {text}", blank=True)
    chrome(doc, "", "", "", "---", "Powered by [ChatGPT Exporter](https://www.chatgptexporter.com)")
    return doc


# ---------------------------------------------------------------------------
# 05 the official ChatGPT data export (conversations.json), pretty-printed by the curator with ``python -m
#    json.tool`` (indent 4, non-ASCII escaped): each message's text in ``content.parts`` on a line of its own.
#    Conversation 1: a request and a whole generated session in ONE part (all its turns share that line).
#    Conversation 2: the curator's own chat with ChatGPT AS a counsellor (user = client, assistant = counsellor).
# ---------------------------------------------------------------------------
TH5, CL5 = "**Therapist:**", "**Client:**"
US5, AS5 = "user", "assistant"
REQ_05 = "Write a realistic counseling session between a therapist and Tomasz, 19, a first-year engineering student in Sheffield who panics when he has to speak in seminars. Use bold labels."
PRE_05 = (
    "Of course! Here's a realistic counseling session between a therapist and a university student with social anxiety:"
)

G05: Script = [
    (RAW, PRE_05, "meta_text"),
    (TH5, "Hi Tomasz, thanks for coming in. What would you like to talk about today?"),
    (
        CL5,
        "Seminars. Whenever the tutor looks round the room for someone to answer, my face goes hot and I can't think of a single word.",
    ),
    (TH5, "That sounds really uncomfortable. What goes through your mind in that moment?"),
    (CL5, "That everyone can see me going red. That they'll think I'm thick and shouldn't be on the course."),
    (TH5, "And what do you do when that happens?"),
    (CL5, "Look at my laptop. Pretend I'm typing. Sometimes I skip the seminar altogether."),
    (
        CL5,
        "It sounds like avoiding the seminars brings relief in the short term but keeps the fear going in the long term. What if we built a small ladder of steps, starting with something that feels only a little uncomfortable?",
        "role_inversion",
    ),
    (TH5, "Let's think about what the first step on that ladder could be. What feels just slightly hard?"),
    (CL5, "Maybe asking the tutor a question after the seminar, when it's just him."),
    (
        TH5,
        "That's a great first step. Before you try it, let's look at the thought that you'll go red, and what you'd say to a friend who had that same thought about",
        "truncated_turn",
    ),
]

G05_CHAT: Script = [
    (
        US5,
        "i moved to aberdeen for a job 3 months ago and i haven't made a single friend. i eat lunch in my car most days",
        "decoy: the person's own message (a client turn, not a request to the model); no full stop",
    ),
    (
        AS5,
        "That sounds really lonely, and three months of eating lunch alone in the car is a lot to carry. Moving somewhere new for work often means losing the easy, everyday contact we had before. What was your social life like before the move?",
    ),
    (
        US5,
        "pretty normal. football on tuesdays, pub after. my flatmates. now it's just me and the telly",
        "decoy: a chat message without a full stop (not truncated)",
    ),
    (
        AS5,
        "It makes sense that the contrast feels so stark. You had routines that brought people to you without much effort. Is there anything like Tuesday football in Aberdeen that you've looked into?",
    ),
    (
        US5,
        "there's a five a side thing near the beach but i don't know anyone there",
        "decoy: a chat message without a full stop (not truncated)",
    ),
    (
        AS5,
        "Walking into a group where you don't know anyone can feel daunting. It might help to think of the first visit as just a look, not a commitment. What would make it a little easier to go once?",
    ),
    (
        US5,
        "can you say that again but shorter, i'm on my phone",
        "decoy: the client asks the chatbot to say it again (a client turn, not meta text)",
    ),
    (
        AS5,
        "Sure. Going once is just a look, not a commitment. What would make that first time easier?",
        "decoy: 'Sure.' opening a counsellor reply, said again in other words (not framing, not a duplicate)",
    ),
    (
        US5,
        "maybe if i emailed the organiser first so they know i'm coming",
        "decoy: a chat message without a full stop (not truncated)",
    ),
    (
        AS5,
        "That's a really practical idea. A quick email means someone will be expecting you. Would you like to think about what you might say in it?",
    ),
    (US5, "yeah ok", "decoy: a two-word chat message"),
]


def export_conversation(
    rng: random.Random, title: str, created: float, messages: Sequence[tuple[str, str, str]]
) -> dict[str, object]:
    """A conversation of the ChatGPT data export: a root, a hidden system node, then the messages in a chain."""

    def uid() -> str:
        return "-".join(f"{rng.getrandbits(bits):0{bits // 4}x}" for bits in (32, 16, 16, 16, 48))

    ids = [uid() for _ in range(len(messages) + 2)]
    mapping: dict[str, object] = {}
    mapping[ids[0]] = {"id": ids[0], "message": None, "parent": None, "children": [ids[1]]}
    nodes: list[tuple[str, str, str]] = [("system", "", "{}"), *messages]
    for index, (role, text, finish) in enumerate(nodes, 1):
        node_id = ids[index]
        metadata: dict[str, object] = {}
        if role == "system":
            metadata = {"is_visually_hidden_from_conversation": True}
        elif role == "assistant":
            metadata = {"finish_details": {"type": finish}, "model_slug": "gpt-4o", "default_model_slug": "auto"}
        stamp = None if role == "system" else round(created + 7.5 * index, 3)
        mapping[node_id] = {
            "id": node_id,
            "message": {
                "id": node_id,
                "author": {"role": role, "name": None, "metadata": {}},
                "create_time": stamp,
                "update_time": None,
                "content": {"content_type": "text", "parts": [text]},
                "status": "finished_successfully",
                "end_turn": role != "user" and finish != "max_tokens",
                "weight": 0.0 if role == "system" else 1.0,
                "metadata": metadata,
                "recipient": "all",
                "channel": None,
            },
            "parent": ids[index - 1],
            "children": [ids[index + 1]] if index + 1 < len(ids) else [],
        }
    return {
        "title": title,
        "create_time": created,
        "update_time": round(created + 7.5 * len(ids), 3),
        "mapping": mapping,
        "moderation_results": [],
        "current_node": ids[-1],
        "plugin_ids": None,
        "conversation_id": ids[0],
        "default_model_slug": "auto",
        "id": ids[0],
    }


def f05(rng: random.Random) -> Doc:
    doc = Doc("05_conversations_pretty.json", {TH5: T, CL5: C, US5: C, AS5: T}, "chatgpt-export")
    generated = "\n\n".join(text if who == RAW else f"{who} {text}" for who, text, *_ in G05)
    base = 1741000000.0 + rng.randint(0, 900000)
    conv1 = export_conversation(
        rng, "Therapy Session Example", base, [("user", REQ_05, ""), ("assistant", generated, "max_tokens")]
    )
    chat = [("user" if who == US5 else "assistant", text, "stop") for who, text, *_ in G05_CHAT]
    conv2 = export_conversation(rng, "Feeling Lonely After Moving", base + 86400 * rng.randint(3, 9), chat)
    lines = json.dumps([conv1, conv2], indent=4).split("\n")
    doc.add(*lines)
    stripped = [line.strip() for line in doc.out]

    def part_line(text: str) -> int:
        hits = [n for n, line in enumerate(stripped, 1) if line == json.dumps(text)]
        assert len(hits) == 1, (doc.name, text[:40], hits)
        return hits[0]

    empty_parts = [n for n, line in enumerate(stripped, 1) if line == '""']
    assert len(empty_parts) == 2, empty_parts
    for line in empty_parts:
        doc.mark(line, "decoy: the hidden system node's empty part (not a turn, not an empty turn)")
    doc.mark(part_line(REQ_05), "meta_text", probe=json.dumps(REQ_05[:40])[1:-1])
    shared = part_line(generated)
    doc.shared.add(shared)
    doc.start("conv 1: tomasz (generated)")
    for who, text, *tags in G05:
        if who == RAW:
            doc.mark(shared, *tags, probe=json.dumps(text[:40])[1:-1])
        else:
            doc.turn(who, text, shared, tags, json.dumps(text[:40])[1:-1])
    doc.start("conv 2: the curator's own chat")
    for who, text, *tags in G05_CHAT:
        doc.turn(who, text, part_line(text), tags, json.dumps(text))
    return doc


# ---------------------------------------------------------------------------
# 06 an API playground's saved session (JSON, one message object a line): the curator typed the client's lines as
#    "user" and a reasoning model answered as the therapist ("assistant"); the system prompt is no turn
# ---------------------------------------------------------------------------
US6, AS6 = "user", "assistant"
SYS_06 = "You are a compassionate, trauma-informed therapist. Respond only as the therapist, in two to four sentences."
DUP_06 = "Waking at the same hour and being pulled straight back to the scene is a very common response to trauma, especially for people in your line of work. It's your mind still trying to process what happened. Have you been able to talk to anyone at work about the call?"

S06: Script = [
    (
        US6,
        "I've been a paramedic for sixteen years. Last month we got called to a crash on the N25 and there was a little lad in the back seat. I keep seeing his trainers.",
        "decoy: the curator's client line as a user message (a client turn, not a request)",
    ),
    (
        AS6,
        "<think>\nThe client is describing an intrusive image after a traumatic call. I should validate, avoid pushing for details, and gently ask about the impact on sleep and daily life.\n</think>\n\nThat sounds like an incredibly hard call, and it makes sense that an image like that stays with you. You don't need to tell me more about it than you want to. How has it been affecting your sleep and your days since?",
        "meta_text",
    ),
    (US6, "Sleep's wrecked. I wake up at 3 and I'm back on the road with the blue lights. My wife says I shout."),
    (AS6, DUP_06),
    (
        US6,
        moji(
            f"There{RSQ}s a peer support fella but I didn{RSQ}t want to be seen going to him. The lads would say I{RSQ}ve gone soft."
        ),
        "mojibake",
    ),
    (
        AS6,
        "It's understandable to worry about how you'll be seen, especially in a team where everyone's expected to cope. Needing support after a call like that isn't going soft; it's a normal human response. What do you usually do when the image comes back during the day?",
    ),
    (US6, "Honestly? A few cans. Some nights more than a few. It's the only thing that shuts it off."),
    (
        AS6,
        "I'm sorry, but I can't help with that. If you are struggling with alcohol use, please reach out to a medical professional or a support service such as Alcoholics Anonymous.",
        "refusal",
    ),
    (
        US6,
        "Right. I wasn't asking for help with drinking, I was telling you what I do.",
        "decoy: the client objects to the refusal",
    ),
    (AS6, "", "empty_turn"),
    (US6, "Hello? Did you go quiet on me?", "decoy: the client notices the empty reply"),
    (
        AS6,
        "I'm sorry, I'm here. Thank you for being honest about the drinking; it makes sense as a way to switch off an image that won't leave you alone, and it may also be making the 3am waking worse. How would you feel about looking at other ways to settle yourself when it comes back?",
        "decoy: an apology that engages (not a refusal)",
    ),
    (US6, "I'd give it a go. The wife would be glad."),
    (AS6, DUP_06, "duplicate_turn"),
    (
        US6,
        "You asked me that already. The peer support fella, remember?",
        "decoy: the client points out the repeat",
    ),
    (
        AS6,
        "You're right, I did, and I'm sorry for repeating myself. Let's try something practical: when you wake at three, put both feet on the floor and name five things you can see in the room. It tells your body you're at home, not on the N25.",
    ),
    (US6, "Five things. I'll try it tonight."),
]


def f06(rng: random.Random) -> Doc:
    doc = Doc("06_playground_messages_paramedic.json", {US6: C, AS6: T}, "playground")
    chrome(
        doc,
        "{",
        f'  "name": "trauma-roleplay-{rng.randint(100, 999)}",',
        '  "model": "deepseek-r1-distill-llama-70b",',
        f'  "temperature": {rng.choice((0.6, 0.7))},',
        '  "max_tokens": 1024,',
        '  "messages": [',
    )
    doc.mark(doc.add(f'    {{"role": "system", "content": {js(SYS_06)}}},'), "decoy: the system prompt (no turn)")
    doc.start("ciaran")
    for index, (who, text, *tags) in enumerate(S06):
        comma = "," if index < len(S06) - 1 else ""
        rendered = f'    {{"role": {js(who)}, "content": {js(text)}}}{comma}'
        probe = f'"role": {js(who)}, "content": {js(text)[:60]}'
        doc.turn(who, text, doc.add(rendered), tags, probe)
    chrome(doc, "  ]", "}")
    return doc


# ---------------------------------------------------------------------------
# 07 an Ollama console session copied from a Windows terminal: the command, a /set line, the curator's ">>>"
#    prompts, the model's output with raw bold labels; a small model stuck on one question; num_predict cuts the end
# ---------------------------------------------------------------------------
TH7, FA7 = "Therapist", "Farrukh"
LOOP_07 = "It sounds like you're carrying a lot right now. Can you tell me more about what keeps you awake?"

S07_A: Script = [
    (TH7, "Hello Farrukh, it's nice to meet you. What brings you here today?"),
    (
        FA7,
        "I can't sleep. Maybe three hours a night. I drive nights, so I sleep in the day, but now I don't sleep at all.",
    ),
    (TH7, LOOP_07, "repetition_loop"),
    (
        FA7,
        "Money. The car finance, the council licence, the rent. My brother lent me two thousand and he asks every week.",
    ),
    (TH7, LOOP_07, "duplicate_turn"),
    (FA7, "I told you. The money. I lie there and I count what I owe."),
    (TH7, LOOP_07, "duplicate_turn"),
    (FA7, "Why do you keep asking me the same thing?", "decoy: the client points out the loop"),
    (
        TH7,
        "I'm sorry, you're right. Let me ask something different. When you lie there counting, what's the number that frightens you most?",
        "decoy: an apology that engages",
    ),
    (FA7, "Eleven thousand four hundred. That's everything together."),
    (TH7, "Thank you for saying it out loud. How does it feel to say it here?"),
    (FA7, "Strange. Smaller, a bit. In my head it's bigger."),
]

S07_B: Script = [
    (
        TH7,
        "That's often how it goes. Numbers we keep in our heads at night tend to grow. Have you ever written them down in daylight, with a plan next to each one?",
    ),
    (FA7, "No. My wife wanted to, but I said I'd sort it."),
    (TH7, "It sounds like you've been trying to protect her from the worry."),
    (FA7, "She's got enough. Her mother is ill in Lahore."),
    (
        TH7,
        "That's a lot for both of you. There are free debt advice services, like StepChange or Citizens Advice, who can help you put all of it into one plan. Would you be willing to ring one this week?",
    ),
    (FA7, "If they don't judge me. I don't want a lecture."),
    (
        TH7,
        "They're used to hearing from people in exactly your situation, and most people say the relief of having a plan is",
        "truncated_turn",
    ),
]


def f07(rng: random.Random) -> Doc:
    doc = Doc("07_ollama_console_taxi_driver_insomnia.txt", {TH7: T, FA7: C}, "bold")
    model = rng.choice(("llama3.2:3b", "qwen2.5:3b", "gemma2:2b"))
    chrome(
        doc,
        f"PS C:\\Users\\curator> ollama run {model}",
        ">>> /set parameter num_predict 700",
        "Set parameter 'num_predict' to '700'",
    )
    doc.mark(
        doc.add(
            ">>> Write a therapy session between a therapist and a client named Farrukh, a taxi driver in Leeds who can't sleep because of money worries. Use bold speaker labels."
        ),
        "meta_text",
    )
    doc.start("farrukh")
    emit(doc, S07_A, "**{label}:** {text}", blank=True)
    doc.add("")
    doc.mark(doc.add(">>> continue"), "meta_text")
    emit(doc, S07_B, "**{label}:** {text}", blank=True)
    doc.add("")
    chrome(doc, ">>> Send a message (/? for help)")
    return doc


# ---------------------------------------------------------------------------
# 08 an IPython session copied from the terminal: the cells, then print() of the response string, one turn a line
# ---------------------------------------------------------------------------
CO8, CL8 = "Counselor", "Client"
NEAR_08 = "It doesn't sound simple at all. For eighteen years, a lot of your day was organised around them."

S08: Script = [
    (
        RAW,
        "Here is a sample counseling session between a counselor and a client experiencing empty nest syndrome:",
        "meta_text",
    ),
    (RAW, "", "decoy: a blank line"),
    (CO8, "Welcome, Yetunde. What would you like to focus on today?"),
    (
        CL8,
        "The house. It's so quiet since the twins went to Nottingham in September. I keep laying four places at the table.",
    ),
    (CO8, "That sounds like a big change. How have you been filling the time?"),
    (
        CL8,
        "Badly. I clean rooms nobody uses. My husband says I should take up a hobby, as if it's that simple.",
    ),
    (CO8, NEAR_08),
    (CL8, "Nineteen. They're nineteen. Every school run, every match, every parents' evening."),
    (CO8, "Who are you when you're not organising all of that?"),
    (
        CL8,
        "I don't know. That's the frightening part. My daughter told me to ask ChatGPT for hobby ideas. I did, and it gave me a list of twenty things.",
        "decoy: the client mentions ChatGPT (not meta text)",
    ),
    (
        CO8,
        "Lists like that can be a starting point, whether they come from a friend, a book or an AI chatbot. What matters more is whether anything on it sparked even a little interest.",
        "decoy: the counsellor mentions an AI chatbot in passing (not meta text)",
    ),
    (CL8, "Pottery, maybe. I did pottery at school and I loved it."),
    (CO8, "What was it about pottery that you loved?"),
    (CL8, "Getting my hands dirty. Nobody needing anything from me for an hour."),
    (
        CO8,
        "It doesn't sound simple at all. For nineteen years, a lot of your day was organised around them.",
        "near_duplicate_turn",
    ),
    (CL8, "Yes. You said that.", "decoy: the client notices the repeat"),
    (CO8, "I did, sorry. Let's stay with the pottery. Is there a class near you?"),
    (CL8, "There's one at the community centre on Thursday evenings. My friend Ngozi goes."),
    (
        CO8,
        "Going with someone you know could make the first time easier. How would you feel about asking Ngozi this week?",
    ),
    (
        CL8,
        "I'd feel silly, a grown woman asking to tag along, but maybe if I told her it was partly for",
        "truncated_turn",
    ),
]


def f08(rng: random.Random) -> Doc:
    doc = Doc("08_ipython_printout_empty_nest.txt", {CO8: T, CL8: C}, "labelled")
    cell = rng.randint(3, 19)
    chrome(
        doc,
        f"In [{cell}]: prompt = open('prompts/empty_nest.txt').read()",
        "",
        f'In [{cell + 1}]: resp = client.chat.completions.create(model="gpt-4o-mini", max_tokens=650, messages=[{{"role": "user", "content": prompt}}])',
        "",
        f"In [{cell + 2}]: print(resp.choices[0].message.content)",
    )
    doc.start("yetunde")
    for who, text, *tags in S08:
        if who == RAW:
            if text:
                doc.mark(doc.add(text), *tags)
            else:
                doc.add("")
        else:
            rendered = f"{who}: {text}"
            doc.turn(who, text, doc.add(rendered), tags, rendered)
    chrome(doc, "", f"In [{cell + 3}]: resp.choices[0].finish_reason", f"Out[{cell + 3}]: 'length'")
    return doc


# ---------------------------------------------------------------------------
# 09 the ChatGPT data-export ZIP, saved under a .json name (the curator renamed the download): binary, no turns
# ---------------------------------------------------------------------------
def f09(rng: random.Random) -> Doc:
    doc = Doc("09_chatgpt_data_export_2025-03.json", {}, "binary")
    conversation = export_conversation(
        rng,
        "CBT session: fear of flying",
        1740600000.0 + rng.randint(0, 90000),
        [
            ("user", "Write a short CBT session with a client who is afraid of flying.", ""),
            (
                "assistant",
                "Therapist: What goes through your mind when the plane starts to taxi?\n\nClient: That the wing will fall off.",
                "stop",
            ),
        ],
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in (
            ("conversations.json", json.dumps([conversation])),
            ("user.json", json.dumps({"id": "user-" + "x" * 24, "email": "curator@example.org"})),
            ("chat.html", "<html><body><div id='root'></div></body></html>"),
            ("message_feedback.json", "[]"),
        ):
            info = zipfile.ZipInfo(name, date_time=(2025, 3, 2, 10, 5, 32))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, body)
    doc.raw = buffer.getvalue()
    doc.rows[(0, "unparseable_file")] = ""
    return doc


# ---------------------------------------------------------------------------
# 10 a plain .txt where the curator pasted only the generated dialogues, one after another, with the model's
#    framing left in; saved by Notepad as "ANSI" (cp1252): the text is ASCII except one turn's curly apostrophes,
#    which became lone bytes invalid in UTF-8. The order of the two sessions depends on the seed.
# ---------------------------------------------------------------------------
CO10, CL10 = "Counsellor", "Client"

S10_HAMISH: Script = [
    (
        CO10,
        "Thanks for coming in, Hamish. I know it's a long drive from the farm. What's been going on?",
    ),
    (
        CL10,
        "The snow in March. We lost a hundred and forty ewes, most of them in lamb. I was digging them out for three days.",
    ),
    (CO10, "That sounds devastating, and exhausting. How have you been since?"),
    (CL10, "I get up, I do the work. But I can't walk past the top field without seeing them."),
    (CO10, "Mm-hm.", "decoy: a backchannel"),
    (CL10, "My dad farmed it forty years and never lost that many."),
    (CO10, "Do you find yourself comparing yourself to him?"),
    (
        CL10,
        "Every day. He'd have brought them down sooner. I watched the forecast and I thought it'd miss us.",
    ),
    (CO10, "Mm-hm.", "decoy: the same backchannel again (not a duplicate)"),
    (
        CL10,
        ansi(f"I keep going over it. If I{RSQ}d moved them on the Thursday, they{RSQ}d all be alive."),
        "encoding_error",
    ),
    (
        CL10,
        "It sounds like you're holding yourself responsible for something no forecast could have told you, and that guilt is sitting on top of the grief.",
        "role_inversion",
    ),
    (
        CO10,
        "And I wonder how much of that guilt is really yours to carry. Who else have you been able to talk to about the ewes?",
    ),
    (
        CL10,
        "Nobody really. Farmers don't talk. There's a helpline number in the back of the Scottish Farmer, but I've never rung it.",
    ),
    (
        CO10,
        "Some people use apps or even AI chatbots to get their thoughts down late at night, and that can help a bit, but I'd really encourage talking to a person too. Would the helpline feel possible?",
        "decoy: the counsellor mentions AI chatbots in passing (not meta text)",
    ),
    (CL10, "Maybe. If it's not somebody from round here."),
    (
        CO10,
        "They're usually based elsewhere, and it's confidential. Could you put the number in your phone before you leave today?",
    ),
    (CL10, "Aye. I can do that."),
]

S10_RUKHSANA: Script = [
    (
        CO10,
        "Hello Rukhsana. Last time you mentioned things had got harder with your dad. How has this week been?",
    ),
    (
        CL10,
        "He didn't know who I was on Sunday. He called me by my mum's name and asked where I'd put his bus pass.",
    ),
    (CO10, "That must have been very painful to hear."),
    (CL10, "I went into the kitchen and cried into the tea towel so he wouldn't see."),
    (CO10, "You were protecting him from seeing you upset."),
    (CL10, "Yeah.", "decoy: a backchannel"),
    (CO10, "And who protects you?"),
    (RAW, "[object Object]", "unparseable_line"),
    (CL10, "Nobody. My brothers ring on Sundays and ask if he's eating."),
    (
        CO10,
        "It sounds like you're carrying most of the care on your own, and that's taking a real toll on you.",
    ),
    (CL10, "Some nights I lie there and think I can't do this anymore. I just want it all to stop."),
    (
        CO10,
        "I'm really sorry that you're feeling this way, but I'm unable to provide the help that you need. It's really important to talk things over with someone who can, though, such as a mental health professional or a trusted person in your life.",
        "refusal",
    ),
    (
        CL10,
        "I meant the caring. I want the caring to stop, not me.",
        "decoy: the client clarifies after the refusal",
    ),
    (
        CO10,
        "Thank you for clarifying that. Wanting a break from caring is completely understandable. Have you looked into respite care at all?",
    ),
    (
        CL10,
        "Sorry, can you say that again? My phone buzzed.",
        "decoy: the client asks to hear it again (not a request to the model)",
    ),
    (
        CO10,
        "Of course. I was asking whether you've looked at respite, where someone else looks after your dad for a few days so you can rest.",
        "decoy: the counsellor says it again in other words",
    ),
    (CL10, "Yeah.", "decoy: the same backchannel again (not a duplicate)"),
    (CO10, "What would get in the way of that?"),
    (CL10, "Guilt. He'd think I'd put him in a home."),
    (
        CO10,
        "That's a common worry. Could we look at what a short stay might look like, and how you'd explain it to him?",
    ),
    (CL10, "Yeah. Maybe a weekend first."),
]

SESSIONS_10 = (
    ("hamish", "a sheep farmer who lost much of his flock in a late snowstorm", S10_HAMISH),
    ("rukhsana", "who is caring for her father with dementia", S10_RUKHSANA),
)


def f10(rng: random.Random) -> Doc:
    doc = Doc("10_pasted_dialogues_notepad_ansi.txt", {CO10: T, CL10: C}, "labelled")
    order = list(SESSIONS_10)
    rng.shuffle(order)
    for position, (name, about, script) in enumerate(order):
        if position == 0:
            intro = f"Here's a realistic counselling session between a counsellor and a client {about}:"
        else:
            intro = f"Here's another session, this time with a client {about}:"
        doc.mark(doc.add(intro), "meta_text")
        doc.add("")
        doc.start(name)
        emit(doc, script, "{label}: {text}", blank=False)
        doc.add("")
    doc.mark(
        doc.add(
            "I hope these sessions are useful for your dataset! Let me know if you'd like more, with different presenting problems or therapeutic approaches."
        ),
        "meta_text",
    )
    return doc


# ---------------------------------------------------------------------------
# 11 the CLEAN file: a ChatGPT page copied with Ctrl+A by someone who talked to ChatGPT AS a counsellor: their own
#    messages ("You said:") are the client's turns, ChatGPT's replies ("ChatGPT said:") the counsellor's; a turn's
#    text stands on the line after its header line
# ---------------------------------------------------------------------------
YOU, GPT = "You said:", "ChatGPT said:"

S11: Script = [
    (
        YOU,
        "I go back to work on Monday after a year of maternity leave and I'm dreading it. I cry every time I think about leaving her at nursery.",
    ),
    (
        GPT,
        "That sounds really hard, and it's completely understandable. A year is a long time to be together every day, and the first separation can bring up a lot of emotion. What part of Monday are you dreading most?",
    ),
    (
        YOU,
        "the drop off. she screamed at the settling in session and the staff had to peel her off me",
        "decoy: the person's message in lower case without a full stop",
    ),
    (
        GPT,
        "That's such a painful moment for a parent, even when you know it's normal. Many children settle within minutes of the parent leaving, though it rarely feels that way at the door. Did the nursery tell you how she was after you left?",
    ),
    (
        YOU,
        "they said she was fine after 10 mins and ate all her lunch. i didn't believe them",
        "decoy: a chat message without a full stop",
    ),
    (
        GPT,
        "It can be hard to trust that when your last picture of her is her crying. Some nurseries will send a photo or a quick message mid-morning. Would it help to ask for that in the first week?",
    ),
    (YOU, "oh. i didn't know you could ask that. yes", "decoy: a chat message without a full stop"),
    (
        GPT,
        "It's definitely worth asking. You might also want to think about what you'll do straight after drop-off, so you're not sitting alone in the car with the feeling. Is there anything that would help?",
    ),
    (
        YOU,
        "sorry can you say that again? i got distracted by the baby monitor",
        "decoy: the client asks to hear it again (a client turn, not a request to the model)",
    ),
    (
        GPT,
        "No problem! I was wondering what might help you right after drop-off, so you aren't alone with the feeling. For example, a coffee with a friend or a short walk.",
        "decoy: the counsellor says it again in other words ('No problem!' is not framing)",
    ),
    (
        YOU,
        "my sister lives near the nursery. i could go to hers for ten minutes",
        "decoy: a chat message without a full stop",
    ),
    (
        GPT,
        "That sounds like a lovely plan. Having somewhere warm to go can take the edge off. How are you feeling about going back to the job itself?",
    ),
    (
        YOU,
        "honestly the job i'm fine about. i just feel guilty that part of me is looking forward to adult conversation",
        "decoy: a chat message without a full stop",
    ),
    (
        GPT,
        "That's a really common feeling, and it doesn't make you any less of a loving parent. It's okay to want time for yourself and your work as well as time with your daughter. Both can be true.",
    ),
    (YOU, "thank you. that actually helps", "decoy: a chat message without a full stop"),
    (
        GPT,
        "I'm glad. Good luck on Monday. I hope the drop-off goes smoothly and your sister has the kettle on.",
    ),
]


def f11(rng: random.Random) -> Doc:
    doc = Doc(CLEAN_FILE, {YOU: C, GPT: T}, "chat-headers")
    chrome(doc, "Skip to content", "Chat history", "", rng.choice(("ChatGPT", "ChatGPT 4o")), "Share", "")
    doc.start("back to work")
    for index, (who, text, *tags) in enumerate(S11):
        chrome(doc, who)
        doc.turn(who, text, doc.add(text), tags, text)
        if index < len(S11) - 1:
            doc.add("")
    chrome(doc, "", "Ask anything", "ChatGPT can make mistakes. Check important info.")
    return doc


BUILDERS: tuple[Callable[[random.Random], Doc], ...] = (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11)
INVALID_UTF8 = {"09_chatgpt_data_export_2025-03.json", "10_pasted_dialogues_notepad_ansi.txt"}


def build_all(seed: int) -> list[Doc]:
    docs: list[Doc] = []
    for build in BUILDERS:
        # one generator a file, seeded from the set's seed and the builder, so files do not depend on each other
        docs.append(build(random.Random(f"{seed}:{build.__name__}")))
    return docs


# ---------------------------------------------------------------------------
# self-checks (of this writer, not of any detector)
# ---------------------------------------------------------------------------
def check_repeats(doc: Doc) -> None:
    """Every same-role repeat of a substantial turn in a session is marked, and every repeat mark is real."""
    for session in doc.sessions:
        seen: list[Turn] = []
        for index, turn in enumerate(session.turns):
            earlier = [t for t in seen if t.role == turn.role and t.text.strip()]
            exact = any(t.text == turn.text for t in earlier)
            close = any(ratio(t.text, turn.text) > 0.85 for t in earlier)
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
                assert not earlier or not close, f"{doc.name}:{turn.line} a loop marked on a later copy"
                copies = [t for t in session.turns[index + 1 :] if t.role == turn.role and t.text == turn.text]
                assert len(copies) >= 2, f"{doc.name}:{turn.line} loop repeated fewer than three times"
                assert all("duplicate_turn" in t.kinds for t in copies), f"{doc.name}:{turn.line} unmarked copy"
            seen.append(turn)


def check_sessions(docs: Sequence[Doc]) -> None:
    """A session equal to an earlier one in its file is marked duplicate_session, and only then."""
    for doc in docs:
        seen: set[tuple[tuple[str, str], ...]] = set()
        for session in doc.sessions:
            content = tuple((t.role, t.text) for t in session.turns)
            assert content, (doc.name, session.name)
            assert (content in seen) == ("duplicate_session" in session.kinds), (doc.name, session.name)
            seen.add(content)


def check_format(doc: Doc, data: str) -> None:
    """The container reads back to exactly the turns written."""
    turns = [t for s in doc.sessions for t in s.turns]
    if doc.layout == "chatgpt-export":
        got: list[tuple[str, str]] = []
        for conversation in json.loads(data):
            node = conversation["mapping"][conversation["conversation_id"]]
            while node["children"]:
                node = conversation["mapping"][node["children"][0]]
                message = node["message"]
                role, text = message["author"]["role"], message["content"]["parts"][0]
                if role == "system":
                    assert text == "", doc.name
                elif "**Therapist:**" in text:
                    for paragraph in text.split("\n\n"):
                        label, _, rest = paragraph.partition(" ")
                        if label in (TH5, CL5):
                            got.append((label, rest))
                elif role == "user" and text == REQ_05:
                    continue
                else:
                    got.append((role, text))
        assert got == [(t.label, t.text) for t in turns], doc.name
    elif doc.layout == "playground":
        record = json.loads(data)
        messages = [(m["role"], m["content"]) for m in record["messages"] if m["role"] != "system"]
        assert messages == [(t.label, t.text) for t in turns], doc.name
    elif doc.layout == "chat-headers":
        for turn in turns:
            assert doc.out[turn.line - 1] == turn.text and doc.out[turn.line - 2] == turn.label, (doc.name, turn.line)
    elif doc.layout == "bold":
        for turn in turns:
            assert doc.out[turn.line - 1] == f"**{turn.label}:** {turn.text}".rstrip(), (doc.name, turn.line)
    elif doc.layout == "labelled":
        for turn in turns:
            assert doc.out[turn.line - 1] == f"{turn.label}: {turn.text}".rstrip(), (doc.name, turn.line)
    else:
        assert doc.layout == "binary", doc.layout


def check_written(doc: Doc, out: Path) -> list[str]:
    raw = (out / doc.name).read_bytes()
    assert raw == doc.render(), doc.name
    try:
        raw.decode("utf-8")
        valid = True
    except UnicodeDecodeError:
        valid = False
    assert valid == (doc.name not in INVALID_UTF8), doc.name
    if doc.layout == "binary":
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            assert "conversations.json" in archive.namelist(), doc.name
        assert list(doc.rows) == [(0, "unparseable_file")] and not doc.sessions, doc.name
        return []
    data = raw.decode("utf-8", "surrogateescape")
    physical = data.split("\n")
    assert physical[-1] == "" and "\r" not in data, doc.name
    physical = physical[:-1]
    assert physical == doc.out, doc.name
    # a UTF-8 reader that replaces each invalid byte sees the same lines
    assert len(raw.decode("utf-8", "replace").split("\n")) == len(physical) + 1, doc.name
    turns = [t for s in doc.sessions for t in s.turns]
    turn_lines = [t.line for t in turns]
    if not doc.shared:
        assert len(turn_lines) == len(set(turn_lines)), f"{doc.name}: two turns on one line"
    for turn in turns:
        assert turn.probe in physical[turn.line - 1], (doc.name, turn.line, turn.probe[:40])
    for line, _kind in doc.rows:
        if line in doc.shared:
            continue
        # a turn-level row stands on a turn's line; a line-level row on a line that is no turn
        assert (line in turn_lines) != (line in doc.line_rows), (doc.name, line)
    truth_lines = {line for line, _ in doc.rows}
    for line, note in doc.decoys:
        assert 1 <= line <= len(physical), (doc.name, line)
        assert line in doc.shared or line not in truth_lines, (doc.name, line, note)
    check_format(doc, data)
    return physical


def check_truth_text(doc: Doc, physical: Sequence[str]) -> None:
    """Each truth row's line holds the text of the turn, the session start or the residue it names."""
    for (line, kind), probe in doc.rows.items():
        if kind == "unparseable_file":
            assert line == 0
            continue
        assert probe and probe in physical[line - 1], (doc.name, line, kind, probe[:40])
        if kind in SESSION_KINDS:
            assert any(s.turns[0].line == line and kind in s.kinds for s in doc.sessions), (doc.name, line)
        elif kind in LINE_KINDS and line in doc.line_rows:
            continue
        else:
            assert any(t.line == line and kind in t.kinds for s in doc.sessions for t in s.turns), (doc.name, line)


def shown(text: str, width: int = 110) -> str:
    text = "".join(f"\\x{ord(ch) - 0xDC00:02x}" if "\udc80" <= ch <= "\udcff" else ch for ch in text)
    text = " ".join(text.split())
    if len(text) > width:
        text = text[: width - 45] + " ... " + text[-40:]
    return text


def show_row(doc: Doc, physical: Sequence[str], line: int, kind: str) -> str:
    if line == 0:
        return f"[file] {doc.render()[:24]!r}"
    if line in doc.shared:
        return shown(f"[inside the shared line] {doc.rows[(line, kind)]}")
    here = physical[line - 1]
    return shown(here) if here.strip() else "(blank)"


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description="Write the forty-sixth blind defect set and its truth.csv.")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--show", action="store_true", help="print every truth row next to its line")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    out: Path = args.out_dir
    out.mkdir(parents=True, exist_ok=True)
    docs = build_all(args.seed)
    again = build_all(args.seed)
    assert [(d.name, d.render(), d.rows) for d in docs] == [(d.name, d.render(), d.rows) for d in again], "seed"
    assert len({doc.name for doc in docs}) == len(docs)
    rows: list[tuple[str, int, str]] = []
    decoys = 0
    for doc in docs:
        (out / doc.name).write_bytes(doc.render())
        check_repeats(doc)
        physical = check_written(doc, out)
        check_truth_text(doc, physical)
        rows.extend((doc.name, line, kind) for line, kind in doc.rows)
        decoys += len(doc.decoys)
        turns = sum(len(s.turns) for s in doc.sessions)
        if doc.name == CLEAN_FILE:
            assert not doc.rows, doc.name
        else:
            assert doc.rows and len(doc.rows) <= 8, doc.name
        print(f"{doc.name}: {turns} turns, {len(doc.rows)} truth rows, {len(doc.decoys)} decoys")
        if args.show:
            for line, kind in sorted(doc.rows):
                print(f"  {doc.name}:{line} {kind:20s} | {show_row(doc, physical, line, kind)}")
    assert len(set(rows)) == len(rows), "duplicate truth rows"
    rows.sort()
    with (out / "truth.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "line", "defect_type"])
        writer.writerows(rows)
    counts = Counter(kind for _, _, kind in rows)
    assert set(counts) == KINDS, KINDS - set(counts)
    turns = sum(len(s.turns) for doc in docs for s in doc.sessions)
    print(f"seed {args.seed}: wrote {len(docs)} files ({turns} turns) and {len(rows)} truth rows to {out}")
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    print(f"decoys: {decoys}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
