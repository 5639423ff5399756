# ruff: noqa: E501, RUF001, RUF002, RUF003
r"""Thirty-fifth set of blind defect cases for the transcript-cleaning product: AN INDEPENDENT CORRUPTOR OVER AnnoMI, ESConv AND MusPsy.

Blind conditions, as followed. Read: ``head -n 15 /work/main/benchmarks/blind_defects.py`` (the interface);
``ls /work/main/blind``; /work/shared/README.md and /work/shared/corpora/README.md (``cat``); ``grep -n -A12
"tool.ruff" /work/main/pyproject.toml``; ``ls`` of /work/shared/corpora/{annomi,esconv,esconv/fado_reformat,muspsy};
``head -c 1500`` of annomi/AnnoMI-simple.csv, ``head -c 2000`` of esconv/fado_reformat/train.txt and ``head -c 2000``
of muspsy/dialogues_1000.txt (through ``cat -A | head -30``) to learn their structure; and, beyond the brief's "first
few lines" (a slip to report), ``grep -n '^#' muspsy/dialogues_1000.txt | head`` and ``grep -c ''`` on it, which
printed only the line numbers of its ``#######`` rules and its line count (no dialogue text), to learn how blocks are
separated. The docstrings of the earlier writers in blind/ were printed with ``ast.get_docstring`` by a ``.venv``
python snippet into /tmp/s27d/docs.txt (``wc -l``: 5522 lines; ``grep -n '====='`` of its separators), of which only
the thirtieth writer's docstring (one ``sed`` page of 200 lines) and the first 30 lines of the thirty-fourth writer's
(``sed | cut -c1-300``) were paged. The code of blind/thirtieth_defect_cases.py, the model of structure and
self-checks, was paged with ``sed`` (lines 287-460 and 2217-2435) after a ``wc -l`` and one ``grep -n`` of its
top-level ``def``/``class``/constant lines (a slip: the brief asked for ``sed`` only). Nothing else of the project
was opened (no transforms, flows, tests, synth, schemas, sql, docs, README or other benchmarks; in particular not
inject.py, defects.py, heldout_defects.py or templates.py); no search tool was used; git was not run; the product, its
tests and the benchmarks were never run. No text of the corpora is copied into this file: it reads them at run time.
Every refusal, meta text, counsellor-voice line, outsider line and stray line injected below was written for this set.

Run: ``date``; ``mkdir -p /tmp/s27d``; the snippets above; the editor tool creating this file; system ``python3``
snippets making exact replacements in it (fixes after the runs below, and this docstring put in place of a
placeholder); runs of ``.venv/bin/python blind/thirtyfifth_defect_cases.py`` into /tmp/s27d/out (with ``--show``,
output kept in /tmp/s27d/run1.txt) and /tmp/s27d/out2, compared file by file with ``cmp`` (identical); runs
with ``--seed`` 1, 2, 3, 7 and 99 into /tmp/s27d/seedN (all self-checks passed, 60 rows each); ``file``,
``head``, ``tail``, ``sed``, ``cut``, ``cat -A`` and ``iconv`` on the written files; ``ruff check``, ``ruff format``
and ``mypy`` on this file alone. The first run stopped in the builder (no place for a counsellor turn under the client
label in a short ESConv dialogue: the place test was widened); the second stopped in this file's own self-check of
``encoding_error`` (the check assumed the stray bytes replace a character; for inserted bytes they do not: the check
was corrected). Later edits, after reading the ``--show`` output: the relabelled turns now prefer a clear first-person
client turn and a counsellor question (fallback: any turn with ``I``/``you``); a defect locks two turns either side,
not one, to spread the rows; the word-boundary cuts prefer words that cannot end a clause (``the``, ``to``, ``and``,
``of``, ``my`` ...); and the Windows-1252 file's apostrophes were made curly (byte 0x92), because its only non-ASCII
bytes were the mojibake's, which are valid UTF-8 (``â€™`` in Windows-1252 is the UTF-8 of ``’``), so a reader that
guessed UTF-8 would have seen no mojibake. No truth row was ever edited by hand: every row comes from the corruption
that made it.

Usage::

    python blind/thirtyfifth_defect_cases.py OUT_DIR [--show] [--seed N]      (default seed 35)

It reads AnnoMI (annomi/AnnoMI-simple.csv, one utterance a row), ESConv (esconv/fado_reformat/{train,valid,test}.txt,
one dialogue a JSON line) and MusPsy (muspsy/dialogues_1000.txt, ``Consultant:``/``User:`` blocks between ``#`` rules)
from /work/shared/corpora, keeps dialogues of a workable length (AnnoMI 30-80 utterances, ESConv 18-40 turns, each with
at least four long turns of each role and three with an apostrophe), samples 24 with ``random.Random(seed)`` (8 AnnoMI
transcripts, 12 ESConv dialogues, 4 of MusPsy's 6 blocks; the ones written in Windows-1252 must encode in it), squashes
each turn's whitespace so that every turn is one line, corrupts copies of them, and writes 12 files and ``truth.csv``
(``file,line,defect_type``, header row, sorted). ``--show`` prints every truth row beside the line it names.

What an independent corruptor thinks each defect looks like in real data (one variant or more each):

* mojibake: a turn that went through a word processor (straight apostrophes to ``’``, ``...`` to ``…``) and was then
  read as Windows-1252 (``I’m`` -> ``Iâ€™m``): in the Windows-1252 text file, the ESConv JSON Lines, the UTF-16
  file and a UTF-8 text file.
* encoding_error: bytes no codec explains in a UTF-8 file: a curly apostrophe that lost its last byte (``\xe2\x80``),
  a UTF-16 byte-order mark pasted between two sentences (``\xff\xfe``), a lone ``\x9d`` after a sentence.
* duplicate_turn: a substantial turn (45+ characters, unique in its session) emitted again 3-13 turns later after the
  other speaker. near_duplicate_turn: the same, but lower-cased with its commas and final stop gone, or with curly
  quotes and a double space, or with one short word dropped.
* repetition_loop: a client turn given three times in a row (the second copy with curly quotes and a double space,
  the third exact), and a two-turn block (counsellor, client) given three times in a row, all exact: ONE row at the
  first occurrence's first turn, and a duplicate/near-duplicate row on every later copy of every turn in the block.
* refusal: a counsellor turn replaced by an AI assistant's refusal or safety boilerplate (five texts of this set).
* truncated_turn: a character cap cutting inside a word (``... what do you se``), a cut at a word boundary in the middle
  of a clause, after a word that cannot end one (``... has always been a goal of``), and the session's last turn cut
  (the rest of the dialogue gone, as when generation runs out of tokens), by a cap or at a word boundary.
* role_inversion: a client turn replaced by counsellor-style words; a client turn written under the counsellor's label;
  a counsellor question written under the client's label; an earlier counsellor turn copied into a client slot; and a
  whole ESConv dialogue with ``usr`` and ``sys`` swapped (ONE row, at its record's line).
* meta_text: ``[End of transcript]``, ``Here is the continuation of the session:``, ``Sure! Here is the rest of the
  session, continuing in the same style:`` and ``Here's a continuation of the conversation between the counselor and
  the client:`` on lines of their own (row at that line); a leaked ``<think>...</think>`` opening a counsellor turn and
  ``(Note: this dialogue is fictional and was written for training purposes.)`` ending one (row at the turn's line).
* empty_turn: a client label whose text was lost (``User:``, ``client,``, ``"text": ""``).
* unknown_speaker: a receptionist interrupting (AnnoMI ``interlocutor`` = ``receptionist``) and a ``Speaker 3`` who
  joined the wrong chat.
* unparseable_line: a line of narrative prose between turns, belonging to no turn.
* duplicate_session: an ESConv dialogue repeated as a later record of the same JSON Lines file; a MusPsy block exported
  again at the end of the same file; an AnnoMI transcript of the UTF-16 file exported again in the Markdown file (a
  different file, shape and encoding, the same turns). One row at the repeat's first turn (its record in JSON Lines);
  a repeated session carries no other row, and only clean sessions are repeated.
* unparseable_file: ``10_sample_index.csv``, the index of the sampled dialogues (source, id, turns, topic): line 0.

The files (default seed; each file's count of rows is printed by the run):

* ``01_annomi_subset.csv``: AnnoMI's own CSV columns, UTF-8, LF, two transcripts (utterance ids renumbered).
  duplicate_turn, truncated_turn (cap), encoding_error; refusal, unknown_speaker.
* ``02_annomi_sessions_win1252.txt``: ``Therapist:``/``Client:`` with blank lines, a rule of 19 ``#`` between the
  two sessions, Windows-1252, CRLF, curly apostrophes. mojibake, near_duplicate_turn, meta_text (end line); truncated_turn
  (word), role_inversion (client turn under the therapist's label).
* ``03_esconv_dialogues.jsonl``: ESConv's own JSON Lines (``emotion_type``, ``problem_type``, ``situation``, ``dialog``),
  UTF-8, seven records, at most one defect a record: refusal; mojibake; role_inversion (swapped dialogue);
  truncated_turn (last turn); empty_turn; a clean record; duplicate_session (that record again).
* ``04_esconv_support_chats.md``: Markdown, ``# title``, ``## Conversation n: problem``, ``**Counselor:**`` /
  ``**Client:**`` paragraphs. meta_text (think), repetition_loop + near_duplicate_turn + duplicate_turn; refusal,
  role_inversion (counsellor words in a client slot), truncated_turn (cap), meta_text (own line).
* ``05_muspsy_dialogues.txt``: MusPsy's own shape (``Consultant:``/``User:``, blank lines between turns, ``#######``
  after each block, CRLF), UTF-8 with stray bytes. truncated_turn (last turn, cap), repetition_loop of a two-turn block +
  four duplicate_turn, encoding_error; unparseable_line, empty_turn.
* ``06_annomi_sessions_utf16.txt``: ``Therapist:``/``Client:`` without blank lines, UTF-16 little-endian with a
  byte-order mark, CRLF. mojibake, role_inversion (a counsellor turn copied into a client slot), duplicate_turn,
  meta_text (note); the second transcript is clean.
* ``07_esconv_chat_speaker_text.csv``: ``speaker,text``, ``Counselor``/``Client``, UTF-8 with a byte-order mark.
  near_duplicate_turn, unknown_speaker, duplicate_turn, truncated_turn (word).
* ``08_muspsy_sessions_export.txt``: ``Therapist:``/``Client:`` without blank lines, UTF-8, LF, three sessions: a clean
  block, a block with refusal, near_duplicate_turn, role_inversion (counsellor words) and meta_text (own line), and the
  first block again (duplicate_session).
* ``09_esconv_sessions.txt``: ``Counselor:``/``Client:`` with blank lines, UTF-8 with one stray byte. encoding_error,
  mojibake, meta_text (own line); truncated_turn (last turn), role_inversion (counsellor question under the client's
  label), unparseable_line.
* ``10_sample_index.csv``: unparseable_file (line 0).
* ``11_annomi_markdown_export.md``: Markdown ``**Therapist:**``/``**Client:**``, three transcripts. near_duplicate_turn,
  truncated_turn (cap); refusal; duplicate_session (06's second transcript).
* ``12_esconv_chat_win1252.csv``: ``speaker,text``, ``counselor``/``client``, Windows-1252, CRLF. duplicate_turn,
  truncated_turn (word), empty_turn.

With the default seed: 60 rows (mojibake 4, encoding_error 3, duplicate_turn 9, near_duplicate_turn 5,
repetition_loop 2, refusal 5, truncated_turn 9, role_inversion 6, meta_text 6, empty_turn 3, unknown_speaker 2,
unparseable_line 2, duplicate_session 3, unparseable_file 1) over 958 turns; in every file fewer than a quarter of
the turns carry a row. consecutive_speaker is never marked (relabelled turns, inserted copies and loops make some).

Line numbers: ``line`` is the 1-based physical line of the file as decoded with its intended codec (Windows-1252,
UTF-16, UTF-8 with a byte-order mark, or UTF-8 with replacement characters where stray bytes stand), counting CRLF as
one line end; every number is computed while the file is built. A turn-level row names the line of the turn's label
(the CSV record's line; in JSON Lines the record's line, since a whole dialogue is one line there); a meta or stray
line names its own line; a session-level row names its first turn's line; the file-level row is line 0.

Not marked, because this set did not inject them (the corpora's own defects and the shapes' own traits): AnnoMI's
consecutive duplicate utterances and other repeated backchannels (``Mm-hmm.``, ``Okay.``), AnnoMI turns that end in
``-`` or ``--`` where speech was interrupted, and its crosstalk notes; MusPsy's repeated session openings (a block may
repeat an opening of another block) and its CRLF line ends; ESConv's own lower-case, unpunctuated, misspelled or
consecutive messages and its empty-looking farewells; the CRLF, byte-order marks and header rows, headings and ``#``
rules of the exports; and any defect the sampled dialogues already carry.

Self-checks (the run stops on the first failure): the bytes written decode with the intended codec into exactly the
lines built, the stray bytes fail strict UTF-8 decoding on exactly the ``encoding_error`` lines and nowhere else, and
``â€`` appears on exactly the ``mojibake`` lines; every turn line parses back (labelled text, Markdown, CSV record or
JSON record) into exactly its label and text, and no other line looks like a turn of the file's roles; every truth row
points at the intended turn or line and holds what its kind describes (a mojibake turn repairs to its source through
Windows-1252; a duplicate equals an earlier same-role turn; a near duplicate equals none but is at least 0.85 similar
to one; a loop's first turn has two or more later marked copies; a refusal is one of this set's refusals in a
counsellor slot; a truncated turn is a strict prefix of its source ending in a letter, cut inside a word for a cap and
at a space otherwise, and the last turn of its session for a last-turn cut; a relabelled turn is written under the
other role's label; an empty turn has no text; an outsider's label is neither role's); a JSON Lines record carries at
most one row and every line at most one; sessions repeat only where marked, exactly; all 14 kinds are present, rows
number 45-70, 24 dialogues were sampled, and in every file the lines with a row are fewer than a quarter of its
turns.

Unsure about: whether a detector that guesses encodings reads 02 as Windows-1252 (its curly apostrophes are there to
make that the only sane reading) and 06 as UTF-16; whether the receptionist's row in the AnnoMI CSV (an interlocutor
value that is neither role) and ``Speaker 3`` in a ``speaker,text`` CSV count as unknown speakers rather than
unparseable rows; whether an index CSV with a header and 24 records is "no transcript" to the product (it has no speaker
column); whether a lower-cased copy without its commas (``case`` variant) is "near" enough; that ESConv's own sloppy
messages and AnnoMI's interrupted ``-`` endings may look truncated and will then count as false alarms against the
product; and that a label moved onto a turn (role_inversion by label) leaves two consecutive turns of one speaker,
which is not marked.
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
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

CORPORA = Path("/work/shared/corpora")
ANNOMI = CORPORA / "annomi" / "AnnoMI-simple.csv"
ESCONV = tuple(CORPORA / "esconv" / "fado_reformat" / name for name in ("train.txt", "valid.txt", "test.txt"))
MUSPSY = CORPORA / "muspsy" / "dialogues_1000.txt"

KINDS = (
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
)
REPEAT_KINDS = ("duplicate_turn", "near_duplicate_turn")

T, C, X = "T", "C", "X"  # counsellor, client, an outsider
OTHER = {T: C, C: T}

# Characters standing in for bytes that no codec explains; they become these bytes after UTF-8 encoding.
BAD_BYTES = {
    "\ue000": b"\xe2\x80",  # a curly apostrophe that lost its last byte
    "\ue001": b"\xff\xfe",  # a UTF-16 byte-order mark pasted into a UTF-8 file
    "\ue002": b"\x9d",  # a lone continuation byte (undefined in Windows-1252 too)
}
RULE = "#" * 19  # the session rule of the plain-text exports
MUSPSY_RULE = "#" * 7

# ---------------------------------------------------------------------------
# texts written for this set (nothing here comes from the corpora)
# ---------------------------------------------------------------------------
REFUSALS = (
    "I'm sorry, but I can't continue with this conversation. If you're having thoughts of harming yourself, please reach out to a mental health professional or a crisis line in your area.",
    "As an AI language model, I am not able to provide therapy or counselling. Please consider speaking with a licensed mental health professional who can give you the support you need.",
    "I'm really sorry that you're feeling this way, but I'm unable to provide the help that you need. It's important to talk to someone who can, such as a trusted person in your life or a professional.",
    "I cannot generate the rest of this counselling dialogue because it involves sensitive personal health information. Is there something else I can help you with?",
    "I'm unable to give advice on this topic. For questions about alcohol, drugs or medication, please consult a qualified healthcare provider.",
)
COUNSELLOR_WORDS = (
    "It sounds like you've been carrying a lot of this on your own. What would feel like a manageable first step for you this week?",
    "I'm hearing that part of you wants things to change and part of you isn't sure you're ready. Can you tell me more about that?",
    "Let's pause for a moment and notice what you're feeling right now. On a scale from one to ten, how strong is that feeling?",
)
META_END = "[End of transcript]"
META_CONTINUE = "Here is the continuation of the session:"
META_REST = "Sure! Here is the rest of the session, continuing in the same style:"
META_CONV = "Here's a continuation of the conversation between the counselor and the client:"
META_THINK = "<think>The client sounds overwhelmed. I should validate the feeling first, then ask one open question and hold back advice for now.</think> "
META_NOTE = " (Note: this dialogue is fictional and was written for training purposes.)"
META_TEXTS = (META_END, META_CONTINUE, META_REST, META_CONV, META_THINK.strip(), META_NOTE.strip())
UNKNOWN = {
    "receptionist": "Sorry to interrupt, your next appointment has arrived early. I'll ask them to wait outside.",
    "Speaker 3": "Sorry, I think I joined the wrong chat room. Is this the study group for Thursday?",
}
STRAY_PROSE = (
    "The client was quiet for a long moment and looked out of the window before answering.",
    "Several minutes passed before the next message arrived; the connection had dropped briefly.",
)
FUNCTION_WORDS = {
    "the", "a", "an", "to", "and", "of", "my", "your", "their", "for", "with", "but", "because", "if", "or", "i",
}  # fmt: skip


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------
def squash(text: str) -> str:
    return " ".join(text.split())


def norm(text: str) -> str:
    text = text.lower().replace("’", "'").replace("‘", "'")
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, norm(a), norm(b), autojunk=False).ratio()


def moji(text: str) -> str:
    """Curly quotes as a word processor writes them, then the UTF-8 bytes read as Windows-1252."""
    smart = text.replace("'", "’").replace("...", "…")
    out = smart.encode("utf-8").decode("cp1252")
    assert out != text and "â€" in out
    return out


def clean_bad(text: str) -> str:
    for ch in BAD_BYTES:
        text = text.replace(ch, "")
    return text


def csv_line(fields: Sequence[object]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="").writerow(fields)
    return buffer.getvalue()


# ---------------------------------------------------------------------------
# sessions, turns and what was done to them
# ---------------------------------------------------------------------------
@dataclass(eq=False)
class Turn:
    role: str  # whose slot the turn stands in (T, C, or X for an outsider)
    text: str
    shown: str = ""  # the role whose label is written (differs from role in a relabelled turn)
    label: str = ""  # the label of an outsider
    kinds: list[str] = field(default_factory=list)
    how: str = ""  # which variant of the defect
    source: str = ""  # the text before it was damaged
    locked: bool = False  # the source or neighbour of a defect: not touched again
    row: dict[str, str] | None = None  # AnnoMI columns
    strategy: str | None = None  # ESConv supporter strategy

    def __post_init__(self) -> None:
        if not self.shown:
            self.shown = self.role


@dataclass(eq=False)
class Raw:
    """A line of its own that is not a turn."""

    text: str
    kinds: list[str] = field(default_factory=list)


Item = Turn | Raw


@dataclass(eq=False)
class Session:
    name: str
    items: list[Item]
    kinds: list[str] = field(default_factory=list)  # role_inversion (labels swapped) or duplicate_session
    meta: dict[str, str] = field(default_factory=dict)
    copy_of: Session | None = None

    def turns(self) -> list[Turn]:
        return [item for item in self.items if isinstance(item, Turn)]

    def dirty(self) -> bool:
        return bool(self.kinds) or any(item.kinds for item in self.items)


def smarten(session: Session) -> None:
    """Straight apostrophes turned curly, as a word processor on Windows writes them (0x92 in Windows-1252)."""
    # ’ is the byte 0x92 in Windows-1252 and no valid UTF-8, so the file reads only one way
    for turn in session.turns():
        if "mojibake" not in turn.kinds:
            turn.text = turn.text.replace("'", "’")
        turn.source = turn.source.replace("'", "’")


def clone(session: Session) -> Session:
    """The same dialogue exported once more (a duplicate session)."""
    assert not session.dirty() and all(isinstance(item, Turn) for item in session.items), session.name
    turns: list[Item] = [
        Turn(t.role, t.text, row=dict(t.row) if t.row else None, strategy=t.strategy) for t in session.turns()
    ]
    return Session(session.name, turns, ["duplicate_session"], dict(session.meta), copy_of=session)


# ---------------------------------------------------------------------------
# reading the corpora (at run time)
# ---------------------------------------------------------------------------
def load_annomi() -> dict[str, Session]:
    with ANNOMI.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    groups: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        groups.setdefault(row["transcript_id"], []).append(row)
    out: dict[str, Session] = {}
    for tid, group in groups.items():
        group.sort(key=lambda r: int(r["utterance_id"]))
        items: list[Item] = []
        for row in group:
            role = {"therapist": T, "client": C}.get(row["interlocutor"].strip())
            text = squash(row["utterance_text"])
            if role is None or not text:
                break
            items.append(Turn(role, text, row=dict(row)))
        else:
            first = group[0]
            meta = {"source": "AnnoMI", "id": tid, "topic": squash(first["topic"]), "quality": first["mi_quality"]}
            out[tid] = Session(f"AnnoMI transcript {tid}", items, meta=meta)
    return out


def load_esconv() -> list[Session]:
    out: list[Session] = []
    for path in ESCONV:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                record = json.loads(line)
                items: list[Item] = []
                for entry in record["dialog"]:
                    role = {"sys": T, "usr": C}.get(entry.get("speaker", ""))
                    text = squash(str(entry.get("text", "")))
                    if role is None or not text:
                        items = []
                        break
                    items.append(Turn(role, text, strategy=entry.get("strategy")))
                if items:
                    meta = {
                        "source": "ESConv",
                        "id": f"{path.stem}:{number}",
                        "emotion_type": str(record.get("emotion_type", "")),
                        "problem_type": str(record.get("problem_type", "")),
                        "situation": squash(str(record.get("situation", ""))),
                    }
                    out.append(Session(f"ESConv {path.stem} line {number}", items, meta=meta))
    return out


def load_muspsy() -> list[Session]:
    text = MUSPSY.read_bytes().decode("utf-8-sig")
    blocks: list[list[Item]] = [[]]
    for line in text.splitlines():
        stripped = line.strip()
        if re.fullmatch(r"#+", stripped):
            blocks.append([])
            continue
        match = re.match(r"(Consultant|User):\s*(.*)$", stripped)
        if match:
            blocks[-1].append(Turn(T if match[1] == "Consultant" else C, squash(match[2])))
        elif stripped and blocks[-1]:
            last = blocks[-1][-1]
            assert isinstance(last, Turn)
            last.text = squash(last.text + " " + stripped)
    out: list[Session] = []
    for number, items in enumerate([b for b in blocks if b], 1):
        assert all(isinstance(t, Turn) and t.text for t in items)
        out.append(Session(f"MusPsy block {number}", items, meta={"source": "MusPsy", "id": f"block {number}"}))
    return out


def cp1252_ok(session: Session) -> bool:
    try:
        for turn in session.turns():
            turn.text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def eligible(session: Session, lo: int, hi: int, long_len: int) -> bool:
    turns = session.turns()
    if not lo <= len(turns) <= hi:
        return False
    longs = Counter(t.role for t in turns if len(t.text) >= long_len)
    quoted = sum(1 for t in turns if "'" in t.text and len(t.text) >= 40)
    return longs[T] >= 4 and longs[C] >= 4 and quoted >= 3


# ---------------------------------------------------------------------------
# the corruptions
# ---------------------------------------------------------------------------
class Corruptor:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    # -- choosing places -------------------------------------------------
    def pick(
        self,
        session: Session,
        role: str | None,
        *,
        min_len: int = 40,
        lo: float = 0.15,
        hi: float = 0.85,
        test: Callable[[Turn], bool] | None = None,
    ) -> int:
        turns = session.turns()
        counts = Counter(norm(t.text) for t in turns)
        positions = [i for i, item in enumerate(session.items) if isinstance(item, Turn)]
        for low, high in ((lo, hi), (0.05, 0.95)):
            found = []
            for k, i in enumerate(positions):
                turn = session.items[i]
                assert isinstance(turn, Turn)
                if not low * len(positions) <= k <= high * len(positions) or k == len(positions) - 1 or k == 0:
                    continue
                if turn.locked or turn.kinds or (role is not None and turn.role != role):
                    continue
                if len(turn.text) < min_len or counts[norm(turn.text)] != 1:
                    continue
                if test is not None and not test(turn):
                    continue
                found.append(i)
            if found:
                return self.rng.choice(found)
        raise RuntimeError(f"no place for a defect in {session.name} (role {role})")

    @staticmethod
    def lock(session: Session, index: int) -> None:
        for j in range(index - 2, index + 3):
            if 0 <= j < len(session.items):
                item = session.items[j]
                if isinstance(item, Turn):
                    item.locked = True

    def mark(self, session: Session, index: int, kind: str, how: str, text: str | None = None) -> Turn:
        turn = session.items[index]
        assert isinstance(turn, Turn)
        turn.source = turn.text
        if text is not None:
            turn.text = text
        turn.kinds.append(kind)
        turn.how = how
        self.lock(session, index)
        return turn

    def gap(self, session: Session, after: int, before: int, role: str | None = None) -> int:
        """An insertion point between two clean turns (after a turn of the other speaker when role is given)."""
        items = session.items
        spots = []
        for j in range(max(after, 1), min(before, len(items) - 1)):
            prev, nxt = items[j - 1], items[j]
            if not isinstance(prev, Turn) or not isinstance(nxt, Turn) or prev.kinds or nxt.kinds:
                continue
            if role is not None and prev.role != OTHER[role]:
                continue
            spots.append(j)
        if not spots:
            raise RuntimeError(f"no gap in {session.name}")
        return self.rng.choice(spots)

    # -- encoding --------------------------------------------------------
    def mojibake(self, session: Session) -> Turn:
        i = self.pick(session, None, test=lambda t: "'" in t.text and t.text.isascii())
        turn = session.items[i]
        assert isinstance(turn, Turn)
        return self.mark(session, i, "mojibake", "utf-8 read as cp1252", moji(turn.text))

    def encoding_error(self, session: Session, stand_in: str) -> Turn:
        i = self.pick(session, None, min_len=60, test=lambda t: "'" in t.text and ". " in t.text)
        turn = session.items[i]
        assert isinstance(turn, Turn)
        text = turn.text
        if stand_in == "\ue000":
            at = text.index("'")
            new = text[:at] + stand_in + text[at + 1 :]
        else:
            at = text.index(". ") + 2
            new = text[:at] + stand_in + text[at:]
        return self.mark(session, i, "encoding_error", repr(BAD_BYTES[stand_in]), new)

    # -- repeats ---------------------------------------------------------
    def near_variant(self, text: str, how: str) -> str:
        for mode in (how, "drop", "quotes"):
            out = self.variant(text, mode)
            if out != text and ratio(out, text) >= 0.85:
                return out
        raise RuntimeError(f"no near variant of {text[:40]!r}")

    def variant(self, text: str, how: str) -> str:
        if how == "case":
            out = text.lower().rstrip(".!?").replace(",", "")
        elif how == "quotes":
            out = text.replace("'", "’") if "'" in text else text.rstrip(".") + "..."
            words = out.split(" ")
            k = self.rng.randrange(1, len(words))
            out = " ".join(words[:k]) + "  " + " ".join(words[k:])
        else:  # drop a word
            words = text.split(" ")
            spots = [
                k for k in range(2, len(words) - 2) if words[k].isalpha() and words[k].islower() and len(words[k]) <= 6
            ]
            if not spots:
                return text
            k = self.rng.choice(spots)
            out = " ".join(words[:k] + words[k + 1 :])
        return out

    def duplicate(self, session: Session, role: str, near: str = "") -> Turn:
        i = self.pick(session, role, min_len=45, lo=0.1, hi=0.6)
        source = session.items[i]
        assert isinstance(source, Turn)
        self.lock(session, i)
        j = self.gap(session, i + 3, i + 14, role)
        prev = session.items[j - 1]
        assert isinstance(prev, Turn) and j > i
        kind = "near_duplicate_turn" if near else "duplicate_turn"
        text = self.near_variant(source.text, near) if near else source.text
        row = dict(source.row) if source.row else None
        if row is not None and prev.row is not None:
            row["timestamp"] = prev.row["timestamp"]
        copy = Turn(role, text, kinds=[kind], how=near or "exact", source=source.text, locked=True, row=row)
        copy.strategy = source.strategy
        session.items.insert(j, copy)
        self.lock(session, j)
        return copy

    def loop(self, session: Session, role: str, block: int, hows: Sequence[str]) -> Turn:
        """A turn (or block of turns) given three times in a row."""

        def fits(turn: Turn) -> bool:
            i = session.items.index(turn)
            span = session.items[i : i + block]
            return (
                len(span) == block
                and all(isinstance(t, Turn) and not t.locked and len(t.text) >= 45 for t in span)
                and i + block < len(session.items) - 1
            )

        i = self.pick(session, role, min_len=45, lo=0.2, hi=0.7, test=fits)
        span = [t for t in session.items[i : i + block] if isinstance(t, Turn)]
        copies: list[Item] = []
        for how in hows:
            for turn in span:
                kind = "duplicate_turn" if how == "exact" else "near_duplicate_turn"
                text = turn.text if how == "exact" else self.near_variant(turn.text, how)
                copies.append(
                    Turn(turn.role, text, kinds=[kind], how=f"loop copy ({how})", source=turn.text, locked=True)
                )
        session.items[i + block : i + block] = copies
        first = self.mark(session, i, "repetition_loop", f"block of {block}, {len(hows) + 1} times")
        for turn in span:
            turn.locked = True
        self.lock(session, i + block * (len(hows) + 1))
        return first

    # -- replaced turns --------------------------------------------------
    def refusal(self, session: Session, text: str) -> Turn:
        i = self.pick(session, T, min_len=20, lo=0.25)
        return self.mark(session, i, "refusal", "counsellor turn replaced", text)

    def truncate(self, session: Session, role: str, how: str) -> Turn:
        i = self.pick(session, role, min_len=80, lo=0.2)
        turn = session.items[i]
        assert isinstance(turn, Turn)
        return self.mark(session, i, "truncated_turn", how, self.cut(turn.text, how))

    def cut(self, text: str, how: str) -> str:
        lo, hi = int(len(text) * 0.35), int(len(text) * 0.8)
        if how == "cap":
            spots = [p for p in range(max(lo, 3), hi) if text[p - 2 : p + 1].isalpha()]
        else:
            bounds = [p for p in range(lo, hi) if text[p] == " " and text[p - 1].isalpha()]
            spots = [p for p in bounds if text[:p].split(" ")[-1].lower() in FUNCTION_WORDS] or bounds
        assert spots, text
        p = self.rng.choice(spots)
        assert p >= 25 and text[p - 1].isalpha()
        return text[:p]

    def truncate_last(self, session: Session, how: str) -> Turn:
        """The transcript stops inside its last turn (the rest of the dialogue is gone)."""
        turns = session.turns()
        tail = [t for t in turns[-8:] if len(t.text) >= 80 and not t.locked and not t.kinds]
        assert tail, session.name
        last = tail[-1]
        at = session.items.index(last)
        assert not any(item.kinds for item in session.items[at + 1 :])
        del session.items[at + 1 :]
        return self.mark(session, at, "truncated_turn", f"last turn, {how}", self.cut(last.text, how))

    def invert_words(self, session: Session, text: str) -> Turn:
        i = self.pick(session, C, min_len=25, lo=0.25)
        return self.mark(session, i, "role_inversion", "client slot, counsellor words", text)

    def invert_label(self, session: Session, role: str) -> Turn:

        def first_person(t: Turn) -> bool:
            return t.text[:1].isupper() and (
                t.text.startswith("I ") or t.text.startswith("I'm ") or " I " in t.text[:30]
            )

        def question(t: Turn) -> bool:
            return t.text.endswith("?") and "you" in norm(t.text).split()

        def loose(t: Turn) -> bool:
            return t.text[:1].isalpha() and (" I " in t.text if role == C else "you" in norm(t.text).split())

        try:
            i = self.pick(session, role, min_len=40, lo=0.25, test=first_person if role == C else question)
        except RuntimeError:
            i = self.pick(session, role, min_len=40, lo=0.25, test=loose)
        turn = self.mark(session, i, "role_inversion", f"{role} turn under the other label")
        turn.shown = OTHER[role]
        return turn

    def invert_copy(self, session: Session) -> Turn:
        """A counsellor turn copied into a client slot a few turns later."""

        def has_source(turn: Turn) -> bool:
            return self.copy_source(session, session.items.index(turn)) is not None

        i = self.pick(session, C, min_len=1, lo=0.3, test=has_source)
        source = self.copy_source(session, i)
        assert source is not None
        source.locked = True
        return self.mark(session, i, "role_inversion", "counsellor turn copied into client slot", source.text)

    @staticmethod
    def copy_source(session: Session, i: int) -> Turn | None:
        turns = [t for t in session.items[max(0, i - 8) : i - 1] if isinstance(t, Turn)]
        counts = Counter(t.text for t in session.turns())
        for turn in reversed(turns):
            if turn.role == T and len(turn.text) >= 50 and not turn.kinds and counts[turn.text] == 1:
                return turn
        return None

    # -- additions -------------------------------------------------------
    def meta_turn(self, session: Session, how: str) -> Turn:
        i = self.pick(session, T, min_len=30, lo=0.2)
        turn = session.items[i]
        assert isinstance(turn, Turn)
        text = META_THINK + turn.text if how == "think" else turn.text + META_NOTE
        return self.mark(session, i, "meta_text", how, text)

    def meta_line(self, session: Session, text: str, *, end: bool = False) -> Raw:
        raw = Raw(text, ["meta_text"])
        if end:
            session.items.append(raw)
        else:
            n = len(session.items)
            session.items.insert(self.gap(session, n // 3, n - 2), raw)
        return raw

    def stray_line(self, session: Session, text: str) -> Raw:
        raw = Raw(text, ["unparseable_line"])
        n = len(session.items)
        session.items.insert(self.gap(session, n // 4, n - 2), raw)
        return raw

    def empty(self, session: Session) -> Turn:
        i = self.pick(session, C, min_len=1, lo=0.25)
        return self.mark(session, i, "empty_turn", "text lost", "")

    def unknown(self, session: Session, label: str) -> Turn:
        n = len(session.items)
        j = self.gap(session, n // 4, n - 3)
        prev = session.items[j - 1]
        assert isinstance(prev, Turn)
        row = None
        if prev.row is not None:
            row = dict(prev.row, main_therapist_behaviour="n/a", client_talk_type="n/a")
        turn = Turn(X, UNKNOWN[label], label=label, kinds=["unknown_speaker"], how=label, locked=True, row=row)
        session.items.insert(j, turn)
        self.lock(session, j)
        return turn


# ---------------------------------------------------------------------------
# the written files
# ---------------------------------------------------------------------------
@dataclass(eq=False)
class Line:
    text: str
    kinds: list[str] = field(default_factory=list)
    turn: Turn | None = None
    raw: Raw | None = None
    session: Session | None = None  # set on the line of a session's first turn (and on a JSONL record)


@dataclass(eq=False)
class Doc:
    name: str
    layout: str  # annomi_csv, labelled, markdown, jsonl, speaker_csv, none
    codec: str  # utf-8, utf-8-sig, cp1252, utf-16
    newline: str = "\n"
    labels: dict[str, str] = field(default_factory=dict)
    lines: list[Line] = field(default_factory=list)
    sessions: list[Session] = field(default_factory=list)
    file_kinds: list[str] = field(default_factory=list)

    def add(self, text: str, kinds: Sequence[str] = (), **refs: object) -> int:
        assert "\n" not in text and "\r" not in text, (self.name, text[:60])
        line = Line(text, list(kinds))
        for key, value in refs.items():
            setattr(line, key, value)
        self.lines.append(line)
        return len(self.lines)

    def label(self, session: Session, turn: Turn) -> str:
        if turn.shown == X:
            return turn.label
        shown = OTHER[turn.shown] if "role_inversion" in session.kinds else turn.shown
        return self.labels[shown]

    def turn_kinds(self, session: Session, turn: Turn) -> list[str]:
        first = session.turns()[0] is turn
        return (list(session.kinds) if first else []) + list(turn.kinds)

    def truth(self) -> list[tuple[int, str]]:
        rows = [(0, kind) for kind in self.file_kinds]
        for number, line in enumerate(self.lines, 1):
            assert len(line.kinds) <= 1, (self.name, number, line.kinds)
            rows.extend((number, kind) for kind in line.kinds)
        return rows

    def text(self) -> str:
        return "".join(line.text + self.newline for line in self.lines)

    def render(self) -> bytes:
        text = self.text()
        if self.codec == "utf-8":
            data = text.encode("utf-8")
            for stand_in, bad in BAD_BYTES.items():
                data = data.replace(stand_in.encode("utf-8"), bad)
            return data
        assert not any(ch in text for ch in BAD_BYTES), self.name
        if self.codec == "utf-16":
            return b"\xff\xfe" + text.encode("utf-16-le")
        return text.encode(self.codec)

    def decode(self, data: bytes) -> str:
        if self.codec == "utf-16":
            assert data.startswith(b"\xff\xfe")
            return data.decode("utf-16")
        if self.codec == "utf-8-sig":
            assert data.startswith(b"\xef\xbb\xbf")
        return data.decode(self.codec, errors="replace" if self.codec == "utf-8" else "strict")


def labelled(doc: Doc, sessions: Sequence[Session], *, blank: bool, rule: str, rule_after_last: bool = False) -> Doc:
    doc.layout = "labelled"
    for number, session in enumerate(sessions):
        if number and not rule_after_last:
            if blank:
                doc.add("")
            doc.add(rule)
            if blank:
                doc.add("")
        for k, item in enumerate(session.items):
            if k and blank:
                doc.add("")
            if isinstance(item, Raw):
                doc.add(item.text, item.kinds, raw=item)
            else:
                text = f"{doc.label(session, item)}: {item.text}".rstrip()
                first = session.turns()[0] is item
                doc.add(text, doc.turn_kinds(session, item), turn=item, session=session if first else None)
        if rule_after_last:
            doc.add(rule)
        doc.sessions.append(session)
    return doc


def markdown(doc: Doc, title: str, sessions: Sequence[tuple[str, Session]]) -> Doc:
    doc.layout = "markdown"
    doc.add(f"# {title}")
    for heading, session in sessions:
        doc.add("")
        doc.add(f"## {heading}")
        for item in session.items:
            doc.add("")
            if isinstance(item, Raw):
                doc.add(item.text, item.kinds, raw=item)
            else:
                text = f"**{doc.label(session, item)}:** {item.text}".rstrip()
                first = session.turns()[0] is item
                doc.add(text, doc.turn_kinds(session, item), turn=item, session=session if first else None)
        doc.sessions.append(session)
    return doc


ANNOMI_FIELDS = (
    "transcript_id", "mi_quality", "video_title", "video_url", "topic", "utterance_id",
    "interlocutor", "timestamp", "utterance_text", "main_therapist_behaviour", "client_talk_type",
)  # fmt: skip


def annomi_csv(doc: Doc, sessions: Sequence[Session]) -> Doc:
    doc.layout = "annomi_csv"
    doc.labels = {T: "therapist", C: "client"}
    doc.add(csv_line(ANNOMI_FIELDS))
    for session in sessions:
        for number, item in enumerate(session.items):
            assert isinstance(item, Turn) and item.row is not None, session.name
            row = dict(item.row)
            row["utterance_id"] = str(number)
            row["interlocutor"] = doc.label(session, item)
            row["utterance_text"] = item.text
            first = number == 0
            line = csv_line([row[name] for name in ANNOMI_FIELDS])
            doc.add(line, doc.turn_kinds(session, item), turn=item, session=session if first else None)
        doc.sessions.append(session)
    return doc


def speaker_csv(doc: Doc, session: Session) -> Doc:
    doc.layout = "speaker_csv"
    doc.add(csv_line(["speaker", "text"]))
    for item in session.items:
        assert isinstance(item, Turn)
        first = session.turns()[0] is item
        line = csv_line([doc.label(session, item), item.text])
        doc.add(line, doc.turn_kinds(session, item), turn=item, session=session if first else None)
    doc.sessions.append(session)
    return doc


def jsonl(doc: Doc, sessions: Sequence[Session]) -> Doc:
    doc.layout = "jsonl"
    doc.labels = {T: "sys", C: "usr"}
    for session in sessions:
        dialog: list[dict[str, str]] = []
        kinds: list[str] = list(session.kinds)
        for item in session.items:
            assert isinstance(item, Turn) and item.shown != X
            entry = {"text": item.text, "speaker": doc.label(session, item)}
            if item.strategy is not None:
                entry["strategy"] = item.strategy
            dialog.append(entry)
            kinds.extend(item.kinds)
        assert len(kinds) <= 1, (doc.name, session.name, kinds)  # at most one defect a record
        record = {
            "emotion_type": session.meta["emotion_type"],
            "problem_type": session.meta["problem_type"],
            "situation": session.meta["situation"],
            "dialog": dialog,
        }
        doc.add(json.dumps(record, ensure_ascii=False), kinds, session=session)
        doc.sessions.append(session)
    return doc


# ---------------------------------------------------------------------------
# the set
# ---------------------------------------------------------------------------
def sample(seed: int) -> tuple[random.Random, list[Session], list[Session], list[Session]]:
    rng = random.Random(seed)
    annomi = load_annomi()
    ids = sorted((tid for tid, s in annomi.items() if eligible(s, 30, 80, 70)), key=int)
    west = [tid for tid in ids if cp1252_ok(annomi[tid])]
    first = rng.sample(west, 2)
    rest = rng.sample([tid for tid in ids if tid not in first], 6)
    a = [annomi[tid] for tid in first + rest]
    esconv = [s for s in load_esconv() if eligible(s, 18, 40, 70)]
    pool = list(range(len(esconv)))
    e_idx = rng.sample(pool, 11)
    west_e = [k for k in pool if k not in e_idx and cp1252_ok(esconv[k])]
    e = [esconv[k] for k in [*e_idx, rng.choice(west_e)]]
    blocks = load_muspsy()
    m = [blocks[k] for k in rng.sample(range(len(blocks)), 4)]
    return rng, a, e, m


def build(seed: int) -> list[Doc]:
    rng, a, e, m = sample(seed)
    hit = Corruptor(rng)
    docs: list[Doc] = []

    # 01: AnnoMI's own CSV shape, two transcripts
    hit.truncate(a[0], T, "cap")
    hit.duplicate(a[0], C)
    hit.encoding_error(a[0], "\ue000")
    hit.refusal(a[1], REFUSALS[4])
    hit.unknown(a[1], "receptionist")
    docs.append(annomi_csv(Doc("01_annomi_subset.csv", "", "utf-8"), [a[0], a[1]]))

    # 02: plain Therapist/Client text from a Windows tool: Windows-1252, CRLF
    hit.mojibake(a[2])
    hit.duplicate(a[2], T, near="case")
    hit.meta_line(a[2], META_END, end=True)
    hit.truncate(a[3], C, "word")
    hit.invert_label(a[3], C)
    smarten(a[2])
    smarten(a[3])
    doc = Doc("02_annomi_sessions_win1252.txt", "", "cp1252", "\r\n", {T: "Therapist", C: "Client"})
    docs.append(labelled(doc, [a[2], a[3]], blank=True, rule=RULE))

    # 03: ESConv's own JSON Lines shape, one dialogue a line, at most one defect a record
    hit.refusal(e[0], REFUSALS[0])
    hit.mojibake(e[1])
    e[2].kinds.append("role_inversion")  # the whole dialogue with usr and sys swapped
    hit.truncate_last(e[3], "word")
    hit.empty(e[4])
    docs.append(jsonl(Doc("03_esconv_dialogues.jsonl", "", "utf-8"), [*e[:6], clone(e[5])]))

    # 04: ESConv re-exported as Markdown
    hit.meta_turn(e[6], "think")
    hit.loop(e[6], C, 1, ("quotes", "exact"))
    hit.refusal(e[7], REFUSALS[2])
    hit.invert_words(e[7], COUNSELLOR_WORDS[0])
    hit.truncate(e[7], C, "cap")
    hit.meta_line(e[7], META_CONTINUE)
    doc = Doc("04_esconv_support_chats.md", "", "utf-8", labels={T: "Counselor", C: "Client"})
    heads = [(f"Conversation {k}: {s.meta['problem_type']}", s) for k, s in enumerate((e[6], e[7]), 1)]
    docs.append(markdown(doc, "Emotional support conversations", heads))

    # 05: MusPsy's own plain-text shape (Consultant/User, blank lines, # rules, CRLF)
    hit.truncate_last(m[0], "cap")
    hit.loop(m[0], T, 2, ("exact", "exact"))
    hit.encoding_error(m[0], "\ue001")
    hit.stray_line(m[1], STRAY_PROSE[0])
    hit.empty(m[1])
    doc = Doc("05_muspsy_dialogues.txt", "", "utf-8", "\r\n", {T: "Consultant", C: "User"})
    docs.append(labelled(doc, [m[0], m[1]], blank=True, rule=MUSPSY_RULE, rule_after_last=True))

    # 06: plain Therapist/Client text saved as UTF-16 (Notepad's "Unicode"), CRLF
    hit.mojibake(a[4])
    hit.invert_copy(a[4])
    hit.duplicate(a[4], T)
    hit.meta_turn(a[4], "note")
    doc = Doc("06_annomi_sessions_utf16.txt", "", "utf-16", "\r\n", {T: "Therapist", C: "Client"})
    docs.append(labelled(doc, [a[4], a[5]], blank=False, rule=RULE))

    # 07: a speaker,text CSV (UTF-8 with a byte-order mark, as a spreadsheet saves it)
    hit.duplicate(e[8], C, near="drop")
    hit.unknown(e[8], "Speaker 3")
    hit.duplicate(e[8], C)
    hit.truncate(e[8], T, "word")
    doc = Doc("07_esconv_chat_speaker_text.csv", "", "utf-8-sig", labels={T: "Counselor", C: "Client"})
    docs.append(speaker_csv(doc, e[8]))

    # 08: MusPsy re-exported as plain Therapist/Client text; its first block exported again at the end
    hit.refusal(m[3], REFUSALS[1])
    hit.duplicate(m[3], C, near="drop")
    hit.invert_words(m[3], COUNSELLOR_WORDS[1])
    hit.meta_line(m[3], META_REST)
    doc = Doc("08_muspsy_sessions_export.txt", "", "utf-8", labels={T: "Therapist", C: "Client"})
    docs.append(labelled(doc, [m[2], m[3], clone(m[2])], blank=False, rule=RULE))

    # 09: ESConv re-exported as plain Counselor/Client text with blank lines
    hit.encoding_error(e[9], "\ue002")
    hit.mojibake(e[9])
    hit.meta_line(e[9], META_CONV)
    hit.truncate_last(e[10], "word")
    hit.invert_label(e[10], T)
    hit.stray_line(e[10], STRAY_PROSE[1])
    doc = Doc("09_esconv_sessions.txt", "", "utf-8", labels={T: "Counselor", C: "Client"})
    docs.append(labelled(doc, [e[9], e[10]], blank=True, rule=RULE))

    # 11: AnnoMI re-exported as Markdown; the last transcript is 06's second one again
    hit.duplicate(a[6], T, near="case")
    hit.truncate(a[6], T, "cap")
    hit.refusal(a[7], REFUSALS[3])
    doc = Doc("11_annomi_markdown_export.md", "", "utf-8", labels={T: "Therapist", C: "Client"})
    heads = [(f"Transcript {s.meta['id']}: {s.meta['topic']}", s) for s in (a[6], a[7])]
    heads.append((f"Transcript {a[5].meta['id']}: {a[5].meta['topic']}", clone(a[5])))
    docs.append(markdown(doc, "Motivational interviewing transcripts", heads))

    # 12: a speaker,text CSV saved by a Windows spreadsheet: Windows-1252, CRLF
    hit.duplicate(e[11], T)
    hit.truncate(e[11], C, "word")
    hit.empty(e[11])
    doc = Doc("12_esconv_chat_win1252.csv", "", "cp1252", "\r\n", {T: "counselor", C: "client"})
    docs.append(speaker_csv(doc, e[11]))

    # 10: no transcript at all: the index of the sampled dialogues
    index = Doc("10_sample_index.csv", "none", "utf-8", file_kinds=["unparseable_file"])
    index.add(csv_line(["source", "dialogue", "turns", "topic"]))
    for session in [*a, *e, *m]:
        topic = session.meta.get("topic") or session.meta.get("problem_type") or "n/a"
        index.add(csv_line([session.meta["source"], session.meta["id"], len(session.turns()), topic]))
    docs.insert(9, index)
    return docs


# ---------------------------------------------------------------------------
# self-checks
# ---------------------------------------------------------------------------
LABELLED = re.compile(r"^(?P<label>[^:*]+):(?: (?P<text>.*))?$")
MARKDOWN = re.compile(r"^\*\*(?P<label>[^*]+):\*\*(?: (?P<text>.*))?$")


def parse_turn(doc: Doc, text: str) -> tuple[str, str] | None:
    if doc.layout in ("annomi_csv", "speaker_csv"):
        record = next(csv.reader([text]))
        if doc.layout == "speaker_csv":
            return (record[0], record[1]) if len(record) == 2 else None
        return (record[6], record[8]) if len(record) == len(ANNOMI_FIELDS) else None
    match = (MARKDOWN if doc.layout == "markdown" else LABELLED).match(text)
    return (match["label"], match["text"] or "") if match else None


def check_bytes(doc: Doc, data: bytes) -> list[str]:
    """The bytes decode with the intended codec into exactly the lines written; bad bytes only where marked."""
    decoded = doc.decode(data)
    assert decoded.endswith(doc.newline), doc.name
    physical = decoded.split("\n")[:-1]
    if doc.newline == "\r\n":
        assert all(p.endswith("\r") for p in physical), doc.name
        physical = [p[:-1] for p in physical]
    if doc.codec == "utf-8-sig":
        assert not physical[0].startswith("\ufeff")
    assert len(physical) == len(doc.lines), doc.name
    byte_lines = data.split(b"\n")
    for number, (here, line) in enumerate(zip(physical, doc.lines, strict=True), 1):
        bad = "encoding_error" in line.kinds
        assert ("\ufffd" in here) == bad, (doc.name, number)
        assert clean_bad(line.text) == here.replace("\ufffd", ""), (doc.name, number)
        if doc.codec == "utf-8":
            try:
                byte_lines[number - 1].decode("utf-8")
                assert not bad, (doc.name, number)
            except UnicodeDecodeError:
                assert bad, (doc.name, number)
        assert ("â€" in here) == ("mojibake" in line.kinds), (doc.name, number)
    return physical


def earlier(session: Session, turn: Turn) -> list[Turn]:
    turns = session.turns()
    return [t for t in turns[: turns.index(turn)] if t.role == turn.role and t.text]


def check_turn(doc: Doc, session: Session, turn: Turn, kind: str, here: str) -> None:
    where = (doc.name, session.name, kind, turn.text[:50])
    before = earlier(session, turn)
    if kind == "mojibake":
        repaired = turn.text.encode("cp1252").decode("utf-8")
        assert repaired != turn.text and norm(repaired) == norm(turn.source), where
    elif kind == "encoding_error":
        assert any(ch in turn.text for ch in BAD_BYTES) and turn.text != turn.source, where
        assert len(clean_bad(turn.text)) >= len(turn.source) - 1, where
    elif kind == "duplicate_turn":
        assert len(turn.text) >= 45 and any(t.text == turn.text for t in before), where
    elif kind == "near_duplicate_turn":
        assert not any(t.text == turn.text for t in before), where
        assert any(ratio(t.text, turn.text) >= 0.85 for t in before), where
    elif kind == "repetition_loop":
        turns = session.turns()
        later = [t for t in turns[turns.index(turn) + 1 :] if t.role == turn.role and ratio(t.text, turn.text) >= 0.85]
        assert len(later) >= 2 and all(set(t.kinds) & set(REPEAT_KINDS) for t in later), where
        assert not any(ratio(t.text, turn.text) >= 0.85 for t in before), where
    elif kind == "refusal":
        assert turn.role == T and turn.text in REFUSALS, where
    elif kind == "truncated_turn":
        text = turn.text
        assert text[-1].isalpha() and turn.source.startswith(text) and len(turn.source) > len(text) + 5, where
        nxt = turn.source[len(text)]
        assert nxt.isalpha() if "cap" in turn.how else nxt == " ", where
        if turn.how.startswith("last"):
            assert session.turns()[-1] is turn and session.items[-1] is turn, where
    elif kind == "role_inversion":
        if turn.how.startswith("client slot"):
            assert turn.role == C and turn.text in COUNSELLOR_WORDS, where
        elif turn.how.startswith("counsellor turn copied"):
            turns = session.turns()
            assert turn.role == C and any(t.role == T and t.text == turn.text for t in turns[: turns.index(turn)]), (
                where
            )
        else:
            assert turn.shown == OTHER[turn.role] and doc.labels[turn.shown] in here, where
    elif kind == "meta_text":
        assert any(m in turn.text for m in META_TEXTS), where
    elif kind == "empty_turn":
        assert turn.text == "" and turn.source, where
    elif kind == "unknown_speaker":
        assert turn.role == X and turn.label not in doc.labels.values(), where
    else:
        raise AssertionError(where)


def check_doc(doc: Doc, physical: Sequence[str]) -> None:
    turn_labels = set(doc.labels.values())
    for number, (here, line) in enumerate(zip(physical, doc.lines, strict=True), 1):
        here = clean_bad(here.replace("\ufffd", ""))
        if doc.layout == "jsonl":
            session = line.session
            assert session is not None
            record = json.loads(here)
            dialog = record["dialog"]
            assert [(d["speaker"], clean_bad(d["text"])) for d in dialog] == [
                (doc.label(session, t), clean_bad(t.text)) for t in session.turns()
            ], (doc.name, number)
            for kind in line.kinds:
                if kind == "role_inversion" and "role_inversion" in session.kinds:
                    assert [d["speaker"] for d in dialog] == [doc.labels[OTHER[t.role]] for t in session.turns()]
                elif kind == "duplicate_session":
                    check_copy(session)
                else:
                    hits = [t for t in session.turns() if kind in t.kinds]
                    assert len(hits) == 1, (doc.name, number, kind)
                    check_turn(doc, session, hits[0], kind, here)
            continue
        parsed = parse_turn(doc, here) if doc.layout != "none" else None
        if line.turn is not None:
            session = next(s for s in doc.sessions if line.turn in s.items)
            assert parsed == (doc.label(session, line.turn), clean_bad(line.turn.text)), (doc.name, number, parsed)
            for kind in line.kinds:
                if kind in line.turn.kinds:
                    check_turn(doc, session, line.turn, kind, here)
                else:  # a session-level row at the session's first turn
                    assert line.session is session and kind in session.kinds, (doc.name, number, kind)
                    if kind == "duplicate_session":
                        check_copy(session)
                    else:
                        assert all(doc.label(session, t) == doc.labels[OTHER[t.role]] for t in session.turns())
        elif line.raw is not None:
            assert line.kinds == line.raw.kinds and here == line.raw.text, (doc.name, number)
            if "meta_text" in line.kinds:
                assert here in META_TEXTS
            if "unparseable_line" in line.kinds:
                assert here in STRAY_PROSE
            # a line that is no turn must not look like one of this file's turns
            assert parsed is None or parsed[0] not in turn_labels, (doc.name, number)
        else:
            assert not line.kinds, (doc.name, number)
            assert parsed is None or parsed[0] not in turn_labels or doc.layout == "none", (doc.name, number)
            if doc.layout in ("annomi_csv", "speaker_csv"):
                assert number == 1, (doc.name, number)  # only the header row is not a turn
    if doc.layout == "none":
        assert doc.file_kinds == ["unparseable_file"] and not any(line.kinds for line in doc.lines)
        assert not any(re.match(r"(therapist|client|counselor|consultant|user)\b", p, re.I) for p in physical)


def check_copy(session: Session) -> None:
    assert session.copy_of is not None and "duplicate_session" in session.kinds
    assert [(t.role, t.text) for t in session.turns()] == [(t.role, t.text) for t in session.copy_of.turns()]


def check_set(docs: Sequence[Doc]) -> None:
    """Sessions repeat only where marked; every marked turn landed on a line with its kinds."""
    seen: dict[tuple[tuple[str, str], ...], Session] = {}
    for doc in docs:
        for session in doc.sessions:
            content = tuple((t.role, t.text) for t in session.turns())
            if session.copy_of is not None:
                assert seen.get(content) is session.copy_of, session.name
            else:
                assert content not in seen, session.name
                seen[content] = session
            for turn in session.turns():
                lines = [
                    line
                    for line in doc.lines
                    if line.turn is turn or (line.session is session and doc.layout == "jsonl")
                ]
                assert lines and all(set(turn.kinds) <= set(line.kinds) for line in lines), (doc.name, turn.text[:40])
    for doc in docs:
        for line in doc.lines:
            if line.turn is None and line.raw is None and doc.layout not in ("jsonl", "none"):
                assert not any(m in line.text for m in META_TEXTS), (doc.name, line.text)


def shown_text(text: str, width: int = 150) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 55] + " ... " + text[-50:]


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description="write the thirty-fifth blind defect set")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--show", action="store_true", help="print every truth row beside its line")
    parser.add_argument("--seed", type=int, default=35)
    args = parser.parse_args(argv)
    out: Path = args.out_dir
    out.mkdir(parents=True, exist_ok=True)
    docs = build(args.seed)
    assert len({doc.name for doc in docs}) == len(docs)
    rows: list[tuple[str, int, str]] = []
    for doc in docs:
        data = doc.render()
        (out / doc.name).write_bytes(data)
        physical = check_bytes(doc, (out / doc.name).read_bytes())
        check_doc(doc, physical)
        truth = doc.truth()
        turns = sum(len(s.turns()) for s in doc.sessions)
        if doc.layout != "none":
            assert truth and len({line for line, _ in truth}) * 4 < turns, (doc.name, len(truth), turns)
        rows.extend((doc.name, line, kind) for line, kind in truth)
        print(f"{doc.name}: {len(doc.sessions)} dialogues, {turns} turns, {len(truth)} truth rows ({doc.codec})")
        if args.show:
            for line, kind in sorted(truth):
                here = "(the whole file)" if line == 0 else shown_text(physical[line - 1])
                print(f"  {doc.name}:{line} {kind:20s} | {here}")
    check_set(docs)
    assert len(set(rows)) == len(rows), "duplicate truth rows"
    counts = Counter(kind for _, _, kind in rows)
    assert set(counts) == set(KINDS), set(KINDS) ^ set(counts)
    assert 45 <= len(rows) <= 70, len(rows)
    sampled = {s.name for doc in docs for s in doc.sessions}
    assert len(sampled) == 24, len(sampled)
    rows.sort()
    with (out / "truth.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "line", "defect_type"])
        writer.writerows(rows)
    print(f"wrote {len(docs)} files, {len(sampled)} dialogues and {len(rows)} truth rows to {out}")
    for kind in KINDS:
        print(f"  {kind:22s} {counts[kind]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
