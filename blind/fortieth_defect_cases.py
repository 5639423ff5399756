"""Fortieth set of blind defect cases for the transcript-cleaning product: AN INDEPENDENT CORRUPTOR OF REAL DIALOGUES,
focused on the HARD KINDS (truncated_turn, role_inversion, near_duplicate_turn, refusal, meta_text) at realistic low
rates in long sessions, plus a few easy kinds.

Blind conditions, as followed. Read: ``head -n 15 /work/main/benchmarks/blind_defects.py`` (the interface); ``ls
/work/main/blind``; /work/shared/README.md and /work/shared/corpora/README.md (``cat``); ``grep -n -A12 "tool.ruff"
/work/main/pyproject.toml``; ``ls`` of /work/shared/corpora/{annomi,esconv,esconv/fado_reformat}, ``wc -l`` of the
AnnoMI CSVs and the fado_reformat files, ``head -c 800`` of annomi/AnnoMI-simple.csv and ``head -c 1200`` of
esconv/fado_reformat/train.txt, and one system ``python3 -c`` that printed only the spread of AnnoMI's utterance counts
per transcript and its interlocutor counts (no dialogue text), to choose a session length. The docstrings of the
earlier writers were printed with ``ast.get_docstring`` by a ``.venv`` python snippet into /tmp/s28e/docs.txt (``wc
-l``: 6140 lines; ``grep -n '====='`` of its separators), of which only lines 1-11 (the first writer), 2291-2438 (the
thirty-eighth, cut at 400 columns) and 2439-2597 (the thirty-fifth) were paged with ``sed``. The code of the ONE model
writer, blind/thirtyfifth_defect_cases.py, was read with ``wc -l``, one ``grep -n`` of its top-level
``def``/``class``/constant lines and ``sed`` (lines 240-460 and 1040-1265). Nothing else of the project was opened or
grepped (no transforms, flows, tests, synth, schemas, sql, docs, README or other benchmarks; in particular not
benchmarks/inject.py); no search tool was used; git was not run; the product, its tests and the benchmarks were never
run. No corpus text is stored in this file: it reads the corpora at run time. Every refusal, meta text,
counsellor-voice and client-voice line and outsider line below was written for this set.

Run: ``date``; ``mkdir -p /tmp/s28e``; the snippets above; the editor tool creating this file; system ``python3``
snippets making exact replacements in it (fixes after the runs, and this docstring put in place of a placeholder); one
``sed -i`` (the ESConv length range and the per-file row cap); runs of ``.venv/bin/python
blind/fortieth_defect_cases.py`` into /tmp/s28e/out and /tmp/s28e/seedN with ``--show`` for seeds 40, 1, 2, 3, 5, 7,
11, 99 and 2026 (all self-checks pass, 37 rows each) and once more for 40 into /tmp/s28e/seed40b, compared file by file
with ``cmp`` (identical); a ``sed -n LINEp`` loop printing every truth row's line from the written files (the rows
named the intended lines); ``wc -l``, ``grep`` and ``sed`` on the written files; ``ruff format``, ``ruff check`` and
``mypy`` on this file alone. Stops on the way, each fixed in the builder, never in the truth: a single ESConv dialogue
of 23 turns with three rows broke this file's own rate cap (ESConv dialogues are now 28-60 turns); with seeds 2 and 99
a dialogue had no turn fit for a planned cut (now such a dialogue is put back and the next one drawn); with seed 1 a
near duplicate followed its source with no other speaker in between, because ESConv has consecutive messages of one
speaker (now the other role must speak in between). No truth row was ever written by hand: every row comes from the
corruption that made it.

Usage::

    python blind/fortieth_defect_cases.py OUT_DIR [--show] [--seed N]      (default seed 40)

It reads AnnoMI (annomi/AnnoMI-simple.csv, one utterance a row) and ESConv (esconv/fado_reformat/{train,valid,test}.txt,
one dialogue a JSON line) from /work/shared/corpora, shuffles both with ``random.Random(seed)`` and draws 16 dialogues
(8 AnnoMI transcripts of 40-150 utterances, 8 ESConv dialogues of 28-60 turns). A dialogue is used only if each role
has five or more turns of 70+ characters and it has none of: an exact repeat of a same-role turn of 20+ characters, a
pair of same-role turns of 40+ characters that are 0.8 similar, a ``[ ] < > # *`` character, ``â€``, AI-like words
(``as an ai``, ``language model``, ``I'm sorry, but``, ``here's the`` ...), or a turn opening like a speaker label; a
dialogue with no place for a planned defect is put back and the next drawn. Each turn is squashed to one line. The
sampled dialogues therefore change with the seed; the plan (which file, which kinds) and the counts do not.

What this corruptor thinks each kind looks like:

* truncated_turn: a turn cut as a generator or export cuts it, the rest of the turn gone: inside a word (``... at all
  un``), after a word that cannot end a clause (``... a big bowl of``), right after a comma (``... the position,``), in
  the middle of a session (the next turns follow), and the session's LAST turn (everything after it dropped, as when
  generation runs out: ``last midword`` in 03, ``last function`` in 06). Only turns of 80+ characters are cut, and at
  least 12 characters go.
* role_inversion: (label) a first-person client turn written under the counsellor's label, or a counsellor question
  with ``you`` written under the client's label; (voice) a client slot holding counsellor words written for this set,
  or a counsellor slot holding client words written for this set, under the slot's own label; (session) a whole
  session with the two labels swapped: ONE row at the session's first turn (02 and 08, second session each).
* near_duplicate_turn: a substantial turn (55+ characters, no question mark inside) given again 2-5 same-role turns
  later with the other speaker in between, replacing the turn that stood there: lower-cased (``case``), commas and the
  final stop dropped (``punct``), one word swapped for a near-synonym (``word changed``: really->truly, things->stuff
  ...), or one word dropped (``word dropped``); the later copy is marked. duplicate_turn: the same, copied exactly.
  No repetition_loop is planted.
* refusal: a counsellor turn replaced by an AI refusal or safety text (five, all written here).
* meta_text: a generator artefact on a line of its own between turns (row at that line: ``Here's the rest of the therapy
  transcript, picking up where it left off:``, ``[Continued in the next response due to length]``, ``--- Generated
  dialogue, part 2 of 2 ---``) or inside a counsellor turn (row at the turn's line: a ``Sure, here's the counselor's
  next reply in the same supportive tone:`` prefix, a ``(Let me know if you'd like me to continue the conversation.)``
  suffix).
* easy kinds, all in 09: duplicate_turn (also one in 05), empty_turn (``Client:`` with nothing after it),
  unknown_speaker (a ``Receptionist:`` line inserted after a client turn), mojibake (a turn whose apostrophes went
  through a word processor and were read as Windows-1252: ``donâ€™t``).

The files (UTF-8, LF; ``Label: text`` one turn a line; two sessions of a file are separated by a line of 19 ``#``,
with blank lines around it in the blank-line layout). Rows for the default seed 40 (711 turns, 37 rows):

* ``01_therapy_session.txt`` (AnnoMI, ``Therapist:``/``Client:``, a blank line between turns; 50 turns, 4 rows):
  truncated_turn (mid-word), near_duplicate_turn (case), meta_text (own line), role_inversion (voice, client slot).
* ``02_therapy_sessions.txt`` (2 AnnoMI, blank lines; 105 turns, 4 rows): first session refusal, role_inversion (label:
  client turn under ``Therapist``), role_inversion (voice, client slot); second session labels swapped (role_inversion,
  session row at its first turn).
* ``03_support_chats.txt`` (2 ESConv, ``Counselor:``/``Client:`` without blank lines; 58 turns, 4 rows): first session
  near_duplicate_turn (punct), role_inversion (voice, client slot); second session refusal, truncated_turn (last turn,
  mid-word: the file's last line).
* ``04_chat_export.txt`` (1 ESConv as a messaging app's export, ``DD/03/2025, HH:MM - Counselor: text``; 50 turns, 3
  rows): refusal, truncated_turn (comma), meta_text (prefix inside a counsellor turn).
* ``05_therapy_sessions.txt`` (2 AnnoMI, no blank lines; 112 turns, 2 rows): first session CLEAN; second
  role_inversion (label: counsellor question under ``Client``), duplicate_turn.
* ``06_counselling_sessions.txt`` (2 AnnoMI, ``Counsellor:``/``Client:``, blank lines; 118 turns, 4 rows): first
  session near_duplicate_turn (word changed), truncated_turn (after a function word); second truncated_turn (last turn,
  after a function word: the file's last line), role_inversion (voice, counsellor slot).
* ``07_support_chat.txt`` (1 ESConv, blank lines; 28 turns, 3 rows): meta_text (own line), refusal, truncated_turn
  (mid-word).
* ``08_support_chats.txt`` (2 ESConv, no blank lines; 58 turns, 4 rows): first session near_duplicate_turn (word
  dropped), role_inversion (label: counsellor question under ``Client``), meta_text (own line); second session labels
  swapped (role_inversion at its first turn).
* ``09_therapy_session.txt`` (1 AnnoMI, no blank lines; 60 turns, 5 rows): truncated_turn (function word),
  duplicate_turn, empty_turn, unknown_speaker, mojibake.
* ``10_support_chats.txt`` (2 ESConv, no blank lines; 72 turns, 4 rows): first session CLEAN; second
  near_duplicate_turn (case), meta_text (suffix inside a counsellor turn), refusal, role_inversion (voice, counsellor
  slot).

Truth rows for the default seed (40), and for every seed: 37 in all: truncated_turn 7, role_inversion 10 (2 of them
session rows), near_duplicate_turn 5, refusal 5, meta_text 5, duplicate_turn 2, empty_turn 1, unknown_speaker 1,
mojibake 1.

Conventions (the earlier writers'): ``line`` is the 1-based physical line of the written file; a turn-level row is at
the turn's label line; an artefact on its own line is at that line; a session-level row (labels swapped) is at the
session's first turn; a repeat marks the LATER copy. consecutive_speaker is never marked (a relabelled turn, an
inserted receptionist line and ESConv's own consecutive messages make some). Not marked, being the corpora's own:
AnnoMI's interrupted turns ending in ``-``/``--`` and continuations starting with ``-``, its disfluencies
(``I-I``, ``um--``) and short repeated backchannels (``Mm-hmm.``, ``Okay.``) under 20 characters; ESConv's lower-case,
unpunctuated, misspelled or consecutive messages; the ``#`` rules and blank lines of the layouts.

Self-checks (the run stops on the first failure): the written bytes decode as UTF-8 into exactly the lines built; every
turn line parses back (an independent regex per layout) into exactly its label and text, every other line is blank, a
rule or a planted meta line (which parses as no label of the file); every row holds what its kind describes (a cut is a
strict prefix of its source, 12+ characters shorter, ending inside a word, after a function word or at a comma as
planned, the session's last item for a last-turn cut and not for the others; a repeat's source occurs once, unmarked,
earlier, same role, with the other speaker in between, exact for duplicate_turn and different but 0.85+ similar for
near_duplicate_turn; a refusal is this set's text in a counsellor slot; a label inversion is written under the other
role's label, a voice inversion holds this set's other-role text; a swapped session has every label swapped; meta text
is this set's prefix, suffix or line; an empty turn is empty; an outsider's label is neither role's; mojibake repairs to
its source through Windows-1252 and ``â€`` is nowhere else); no unmarked turn holds this set's texts, and no unmarked
turn of 40+ characters is 0.8 similar to an earlier unmarked same-role turn; one row a line; all nine kinds present;
16 distinct dialogues; in each file the rows are fewer than a seventh of its turns, and in all fewer than a fifteenth.
Standard library only.

Unsure about: whether the product reads ``DD/03/2025, HH:MM - Label: text`` (04) as turns; whether a ``case``
near-duplicate that differs from its source only in the capital of its first letter (possible when the source has
one capital) is "near" enough; whether a cut after a function word that is a whole clause so far (``When you put it
that``) reads as truncated rather than trailing off, as real speech does; that AnnoMI's own turns ending in ``-``
(interrupted speech) and ESConv's unpunctuated messages may look truncated and will then count as false alarms; that a
swapped ESConv session whose first message is the supporter's greeting is only detectable from later turns; and that a
label inversion leaves two consecutive turns under one label, which is not marked.
"""

from __future__ import annotations

import argparse
import copy
import csv
import difflib
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

T, C, X = "T", "C", "X"  # counsellor slot, client slot, an outsider
OTHER = {T: C, C: T}
RULE = "#" * 19  # between two sessions of one file

KINDS = (
    "truncated_turn",
    "role_inversion",
    "near_duplicate_turn",
    "refusal",
    "meta_text",
    "duplicate_turn",
    "empty_turn",
    "unknown_speaker",
    "mojibake",
)

# Every text below was written for this set.
REFUSALS = (
    "I'm sorry, but I'm not able to continue this conversation. I'm an AI and can't offer counselling; "
    "please reach out to a licensed mental health professional who can support you properly.",
    "I can't help with that request. If you're struggling, it may help to talk to someone you trust or contact "
    "a local support line.",
    "As an AI developed to be helpful and safe, I must decline to role-play as a therapist. I'd encourage you to "
    "speak with a qualified counsellor.",
    "Unfortunately I am unable to generate the counselor's reply for this part of the conversation, as it touches "
    "on content that goes against my guidelines.",
    "Sorry, I cannot provide a response to that. If you or someone you know is in immediate danger, please contact "
    "emergency services right away.",
)
COUNSELLOR_VOICE = (  # written into a client slot
    "It sounds like you've been carrying a lot of this on your own. What do you think would help you feel a little "
    "more supported over the next week?",
    "I hear how frustrating that has been for you. Can you tell me more about what happens for you in those moments?",
    "So on the one hand you want things to change, and on the other hand it feels safer to keep things as they are. "
    "Is that right?",
)
CLIENT_VOICE = (  # written into a counsellor slot
    "Honestly I don't know. I keep telling myself I'll sort it out, and then the weekend comes and I'm right back "
    "where I started.",
    "I guess I just feel stuck. My mum keeps asking me about it and I don't even know what to tell her anymore.",
)
META_OWN_LINE = (
    "Here's the rest of the therapy transcript, picking up where it left off:",
    "[Continued in the next response due to length]",
    "--- Generated dialogue, part 2 of 2 ---",
)
META_PREFIX = "Sure, here's the counselor's next reply in the same supportive tone: "
META_SUFFIX = " (Let me know if you'd like me to continue the conversation.)"
OUTSIDERS = (
    ("Receptionist", "Sorry to interrupt, your three o'clock appointment has just arrived and is waiting downstairs."),
    ("Interpreter", "He is saying that he does not want his family to know about the appointments, just so you know."),
)
FUNCTION_WORDS = {"the", "a", "an", "to", "and", "of", "my", "your", "with", "for", "but", "because", "that"}
SWAPS = {
    "really": "truly",
    "very": "so",
    "think": "guess",
    "just": "only",
    "lot": "bunch",
    "maybe": "perhaps",
    "things": "stuff",
    "know": "see",
    "good": "nice",
    "want": "need",
    "feel": "felt",
    "little": "bit",
    "always": "often",
}
CURLY = "\u2019"  # the right single quotation mark a word processor writes for an apostrophe
BANNED_IN_CLEAN = ("as an ai", "language model", "i'm sorry, but", "here's the", "here is the", "continue the")


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def squash(text: str) -> str:
    return " ".join(text.split())


def norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower().replace(CURLY, "'")).split())


def ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, norm(a), norm(b), autojunk=False).ratio()


def moji(text: str) -> str:
    """Straight apostrophes curled by a word processor, the UTF-8 bytes then read as Windows-1252."""
    out = text.replace("'", CURLY).encode("utf-8").decode("cp1252")
    assert "â€™" in out
    return out


@dataclass(eq=False)
class Turn:
    role: str  # the slot the turn stands in
    text: str
    shown: str = ""  # the role whose label is written
    label: str = ""  # an outsider's label
    kinds: list[str] = field(default_factory=list)
    how: str = ""
    source: str = ""  # the text before damage (or the turn it repeats)
    locked: bool = False

    def __post_init__(self) -> None:
        if not self.shown:
            self.shown = self.role


@dataclass(eq=False)
class Raw:
    text: str
    kinds: list[str] = field(default_factory=list)


Item = Turn | Raw


@dataclass(eq=False)
class Session:
    name: str
    items: list[Item]
    kinds: list[str] = field(default_factory=list)

    def turns(self) -> list[Turn]:
        return [item for item in self.items if isinstance(item, Turn)]


# ---------------------------------------------------------------------------
# reading the corpora at run time
# ---------------------------------------------------------------------------
def load_annomi() -> list[Session]:
    with ANNOMI.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    groups: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        groups.setdefault(row["transcript_id"], []).append(row)
    out: list[Session] = []
    for tid, group in sorted(groups.items(), key=lambda kv: int(kv[0])):
        group.sort(key=lambda r: int(r["utterance_id"]))
        items: list[Item] = []
        for row in group:
            role = {"therapist": T, "client": C}.get(row["interlocutor"].strip())
            text = squash(row["utterance_text"])
            if role is None or not text:
                break
            items.append(Turn(role, text))
        else:
            out.append(Session(f"AnnoMI transcript {tid}", items))
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
                    items.append(Turn(role, text))
                if items:
                    out.append(Session(f"ESConv {path.name} line {number}", items))
    return out


def eligible(session: Session, lo: int, hi: int) -> bool:
    """Long enough, plenty of long turns of both roles, and none of the corpus's own repeats or artefacts."""
    turns = session.turns()
    if not lo <= len(turns) <= hi:
        return False
    longs = Counter(t.role for t in turns if len(t.text) >= 70)
    if longs[T] < 5 or longs[C] < 5:
        return False
    for turn in turns:
        low = turn.text.lower()
        if any(ch in turn.text for ch in "[]<>#*") or any(b in low for b in BANNED_IN_CLEAN) or "â€" in turn.text:
            return False
        if re.match(r"^[A-Za-z ]{1,20}:", turn.text):  # a turn that opens like a speaker label
            return False
    # skip a dialogue that already repeats a turn exactly or nearly (the corpus's own quirk, not ours)
    for role in (T, C):
        texts = [t.text for t in turns if t.role == role and len(t.text) >= 20]
        if len({norm(x) for x in texts}) != len(texts):
            return False
        longer = [x for x in texts if len(x) >= 40]
        for i, a in enumerate(longer):
            for b in longer[i + 1 :]:
                if abs(len(a) - len(b)) < 0.2 * max(len(a), len(b)) and ratio(a, b) >= 0.8:
                    return False
    return True


# ---------------------------------------------------------------------------
# the corruptions
# ---------------------------------------------------------------------------
class NoPlace(Exception):
    """No turn of this dialogue fits the planned defect: another dialogue is drawn."""


class Corruptor:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def pick(
        self,
        session: Session,
        role: str | None,
        *,
        min_len: int = 50,
        lo: float = 0.12,
        hi: float = 0.88,
        test: Callable[[Turn], bool] | None = None,
    ) -> Turn:
        turns = session.turns()
        n = len(turns)
        options = [
            t
            for i, t in enumerate(turns)
            if not t.locked
            and (role is None or t.role == role)
            and len(t.text) >= min_len
            and lo * n <= i <= hi * n
            and 2 <= i < n - 1
            and (test is None or test(t))
        ]
        if not options:
            raise NoPlace(session.name)
        return self.rng.choice(options)

    @staticmethod
    def lock(session: Session, turn: Turn, span: int = 2) -> None:
        turns = session.turns()
        i = turns.index(turn)
        for t in turns[max(0, i - span) : i + span + 1]:
            t.locked = True

    def mark(self, session: Session, turn: Turn, kind: str, how: str) -> None:
        turn.kinds.append(kind)
        turn.how = how
        self.lock(session, turn)

    # -- truncated_turn ---------------------------------------------------
    def cut_point(self, text: str, how: str) -> int | None:
        n = len(text)
        if how == "midword":
            spots = [
                p
                for p in range(int(0.45 * n), int(0.8 * n))
                if text[p - 2 : p + 2].isalpha() and len(text[p - 2 : p + 2]) == 4
            ]
        elif how == "function":
            spots = [
                m.start()
                for m in re.finditer(r" ", text)
                if 0.35 * n <= m.start() <= 0.85 * n
                and text[: m.start()].rsplit(" ", 1)[-1].lower() in FUNCTION_WORDS
                and text[m.start() + 1 : m.start() + 2].isalpha()
            ]
        else:  # comma
            spots = [m.start() + 1 for m in re.finditer(r", ", text) if 0.3 * n <= m.start() <= 0.85 * n]
        return self.rng.choice(spots) if spots else None

    def truncate(self, session: Session, how: str) -> Turn:
        if how.startswith("last"):
            inner = how.split()[1]
            turn = self.pick(
                session,
                None,
                min_len=80,
                lo=0.72,
                hi=0.97,
                test=lambda t: self.cut_point(t.text, inner) is not None,
            )
            # generation stopped here: nothing after this turn was written
            index = session.items.index(turn)
            assert not any(item.kinds for item in session.items[index + 1 :]), session.name
            session.items = session.items[: index + 1]
        else:
            inner = how
            turn = self.pick(session, None, min_len=80, test=lambda t: self.cut_point(t.text, inner) is not None)
        point = self.cut_point(turn.text, inner)
        assert point is not None
        turn.source = turn.text
        turn.text = turn.text[:point]
        self.mark(session, turn, "truncated_turn", how)
        return turn

    # -- near_duplicate_turn and duplicate_turn ---------------------------
    def variant(self, text: str, how: str) -> str | None:
        words = text.split(" ")
        if how == "case":
            out = text.lower() if text != text.lower() else text.capitalize()
        elif how == "punct":
            out = text.replace(",", "").rstrip(".!?")
            if "?" in text[-1:]:
                out = out + "."
        elif how == "word changed":
            spots = [i for i, w in enumerate(words) if w.lower() in SWAPS]
            if not spots:
                return None
            i = self.rng.choice(spots)
            words[i] = SWAPS[words[i].lower()]
            out = " ".join(words)
        elif how == "word dropped":
            spots = [i for i, w in enumerate(words[1:-1], 1) if w.isalpha() and len(w) >= 3]
            if not spots:
                return None
            del words[self.rng.choice(spots)]
            out = " ".join(words)
        else:  # exact
            out = text
        if how != "exact" and (out == text or ratio(out, text) < 0.85):
            return None
        return out

    def repeat(self, session: Session, how: str) -> Turn:
        kind = "duplicate_turn" if how == "exact" else "near_duplicate_turn"
        turns = session.turns()

        def later(src: Turn) -> list[Turn]:
            same = [t for t in turns[turns.index(src) + 1 :] if t.role == src.role]
            return [
                t
                for t in same[1:5]
                if not t.locked
                and turns.index(t) < len(turns) - 1
                and any(o.role == OTHER[src.role] for o in turns[turns.index(src) : turns.index(t)])
            ]

        def good(src: Turn) -> bool:
            return bool(later(src)) and self.variant(src.text, how) is not None and "?" not in src.text[:-1]

        source = self.pick(session, None, min_len=55, hi=0.7, test=good)
        target = self.rng.choice(later(source))
        text = self.variant(source.text, how)
        assert text is not None
        target.source = source.text
        target.text = text
        self.mark(session, target, kind, how)
        self.lock(session, source, 1)
        return target

    # -- refusal, role_inversion, meta_text and the easy kinds ------------
    def refusal(self, session: Session, k: int) -> Turn:
        turn = self.pick(session, T, min_len=30)
        turn.source, turn.text = turn.text, REFUSALS[k]
        self.mark(session, turn, "refusal", f"refusal {k}")
        return turn

    def relabel(self, session: Session, slot: str) -> Turn:
        if slot == C:  # a clear first-person client turn under the counsellor's label
            turn = self.pick(session, C, min_len=60, test=lambda t: " I " in f" {t.text} " and "?" not in t.text)
        else:  # a counsellor question under the client's label
            turn = self.pick(session, T, min_len=45, test=lambda t: "you" in t.text.lower() and t.text.endswith("?"))
        turn.shown = OTHER[slot]
        self.mark(session, turn, "role_inversion", "label")
        return turn

    def voice(self, session: Session, slot: str, k: int) -> Turn:
        turn = self.pick(session, slot, min_len=30)
        turn.source = turn.text
        turn.text = COUNSELLOR_VOICE[k] if slot == C else CLIENT_VOICE[k]
        self.mark(session, turn, "role_inversion", "voice")
        return turn

    def swap(self, session: Session) -> None:
        assert not any(t.kinds for t in session.turns())
        for t in session.turns():
            t.shown = OTHER[t.role]
        session.kinds.append("role_inversion")

    def meta_line(self, session: Session, k: int) -> Raw:
        turn = self.pick(session, T, min_len=1, lo=0.3, hi=0.8)
        index = session.items.index(turn)
        raw = Raw(META_OWN_LINE[k], ["meta_text"])
        session.items.insert(index, raw)
        self.lock(session, turn)
        return raw

    def meta_inline(self, session: Session, where: str) -> Turn:
        turn = self.pick(session, T, min_len=40)
        turn.source = turn.text
        turn.text = META_PREFIX + turn.text if where == "prefix" else turn.text + META_SUFFIX
        self.mark(session, turn, "meta_text", where)
        return turn

    def empty(self, session: Session) -> Turn:
        turn = self.pick(session, C, min_len=20)
        turn.source, turn.text = turn.text, ""
        self.mark(session, turn, "empty_turn", "empty")
        return turn

    def outsider(self, session: Session, k: int) -> Turn:
        after = self.pick(session, C, min_len=1, lo=0.2, hi=0.6)
        label, text = OUTSIDERS[k]
        turn = Turn(X, text, label=label, kinds=["unknown_speaker"], how="outsider")
        session.items.insert(session.items.index(after) + 1, turn)
        self.lock(session, turn)
        return turn

    def mojibake(self, session: Session) -> Turn:
        turn = self.pick(session, None, min_len=50, test=lambda t: t.text.isascii() and "'" in t.text)
        turn.source, turn.text = turn.text, moji(turn.text)
        self.mark(session, turn, "mojibake", "cp1252")
        return turn


# ---------------------------------------------------------------------------
# the files
# ---------------------------------------------------------------------------
@dataclass(eq=False)
class Line:
    text: str
    turn: Turn | None = None
    raw: Raw | None = None
    session: Session | None = None  # set on the session's first turn
    kinds: list[str] = field(default_factory=list)


@dataclass(eq=False)
class Doc:
    name: str
    layout: str  # blank (a blank line between turns), plain, chat (a messaging app's export)
    labels: dict[str, str]
    sessions: list[Session]
    lines: list[Line] = field(default_factory=list)

    def label(self, turn: Turn) -> str:
        return turn.label if turn.role == X else self.labels[turn.shown]

    def build(self, rng: random.Random) -> None:
        day = rng.randint(1, 27)
        minute = rng.randint(9 * 60, 17 * 60)
        for number, session in enumerate(self.sessions):
            if number:
                if self.layout == "blank":
                    self.lines.append(Line(""))
                self.lines.append(Line(RULE))
                if self.layout == "blank":
                    self.lines.append(Line(""))
            first = True
            for index, item in enumerate(session.items):
                if index and self.layout == "blank":
                    self.lines.append(Line(""))
                if isinstance(item, Raw):
                    self.lines.append(Line(item.text, raw=item, kinds=list(item.kinds)))
                    continue
                head = f"{self.label(item)}:"
                if self.layout == "chat":
                    minute += rng.randint(0, 3)
                    head = f"{day:02d}/03/2025, {minute // 60:02d}:{minute % 60:02d} - {head}"
                text = f"{head} {item.text}" if item.text else head
                kinds = list(item.kinds)
                line = Line(text, turn=item, kinds=kinds)
                if first:
                    line.session = session
                    kinds.extend(session.kinds)
                    first = False
                self.lines.append(line)

    def render(self) -> bytes:
        return ("\n".join(line.text for line in self.lines) + "\n").encode("utf-8")

    def truth(self) -> list[tuple[int, str]]:
        return [(number, kind) for number, line in enumerate(self.lines, 1) for kind in line.kinds]


Plan = Callable[[Corruptor, Session], None]


def clean(_c: Corruptor, _s: Session) -> None:
    return None


def build(seed: int) -> list[Doc]:
    rng = random.Random(seed)
    annomi = load_annomi()
    esconv = load_esconv()
    rng.shuffle(annomi)
    rng.shuffle(esconv)

    def take(source: str) -> Session:
        pool, lo, hi = (annomi, 40, 150) if source == "a" else (esconv, 28, 60)
        while True:
            session = pool.pop()
            if eligible(session, lo, hi):
                return session

    k = Corruptor(rng)
    ther = {T: "Therapist", C: "Client"}
    coun = {T: "Counselor", C: "Client"}
    couns = {T: "Counsellor", C: "Client"}

    # what each session gets (most turns, and a few whole sessions, stay clean)
    def p01(c: Corruptor, s: Session) -> None:
        c.truncate(s, "midword")
        c.repeat(s, "case")
        c.meta_line(s, 0)
        c.voice(s, C, 2)

    def p02a(c: Corruptor, s: Session) -> None:
        c.refusal(s, 0)
        c.relabel(s, C)
        c.voice(s, C, 1)

    def p02b(c: Corruptor, s: Session) -> None:
        c.swap(s)

    def p03a(c: Corruptor, s: Session) -> None:
        c.repeat(s, "punct")
        c.voice(s, C, 0)

    def p03b(c: Corruptor, s: Session) -> None:
        c.truncate(s, "last midword")
        c.refusal(s, 3)

    def p04(c: Corruptor, s: Session) -> None:
        c.refusal(s, 1)
        c.truncate(s, "comma")
        c.meta_inline(s, "prefix")

    def p05b(c: Corruptor, s: Session) -> None:
        c.relabel(s, T)
        c.repeat(s, "exact")

    def p06a(c: Corruptor, s: Session) -> None:
        c.repeat(s, "word changed")
        c.truncate(s, "function")

    def p06b(c: Corruptor, s: Session) -> None:
        c.truncate(s, "last function")
        c.voice(s, T, 0)

    def p07(c: Corruptor, s: Session) -> None:
        c.meta_line(s, 1)
        c.refusal(s, 4)
        c.truncate(s, "midword")

    def p08a(c: Corruptor, s: Session) -> None:
        c.repeat(s, "word dropped")
        c.relabel(s, T)
        c.meta_line(s, 2)

    def p09(c: Corruptor, s: Session) -> None:
        c.truncate(s, "function")
        c.repeat(s, "exact")
        c.empty(s)
        c.outsider(s, 0)
        c.mojibake(s)

    def p10b(c: Corruptor, s: Session) -> None:
        c.repeat(s, "case")
        c.meta_inline(s, "suffix")
        c.refusal(s, 2)
        c.voice(s, T, 1)

    specs: list[tuple[str, str, dict[str, str], list[tuple[str, Plan]]]] = [
        ("01_therapy_session.txt", "blank", ther, [("a", p01)]),
        ("02_therapy_sessions.txt", "blank", ther, [("a", p02a), ("a", p02b)]),
        ("03_support_chats.txt", "plain", coun, [("e", p03a), ("e", p03b)]),
        ("04_chat_export.txt", "chat", coun, [("e", p04)]),
        ("05_therapy_sessions.txt", "plain", ther, [("a", clean), ("a", p05b)]),
        ("06_counselling_sessions.txt", "blank", couns, [("a", p06a), ("a", p06b)]),
        ("07_support_chat.txt", "blank", coun, [("e", p07)]),
        ("08_support_chats.txt", "plain", coun, [("e", p08a), ("e", p02b)]),
        ("09_therapy_session.txt", "plain", ther, [("a", p09)]),
        ("10_support_chats.txt", "plain", coun, [("e", clean), ("e", p10b)]),
    ]
    docs: list[Doc] = []
    for name, layout, labels, pairs in specs:
        sessions: list[Session] = []
        for source, plan in pairs:
            while True:  # a dialogue with no place for every planned defect is put back unused
                trial = copy.deepcopy(take(source))
                try:
                    plan(k, trial)
                except NoPlace:
                    continue
                sessions.append(trial)
                break
        doc = Doc(name, layout, labels, sessions)
        doc.build(rng)
        docs.append(doc)
    return docs


# ---------------------------------------------------------------------------
# self-checks
# ---------------------------------------------------------------------------
CHAT = re.compile(r"^\d\d/03/2025, \d\d:\d\d - (?P<label>[A-Za-z]+):(?: (?P<text>.*))?$")
LABELLED = re.compile(r"^(?P<label>[A-Za-z]+):(?: (?P<text>.*))?$")


def parse(doc: Doc, text: str) -> tuple[str, str] | None:
    match = (CHAT if doc.layout == "chat" else LABELLED).match(text)
    return (match["label"], match["text"] or "") if match else None


def check_turn(doc: Doc, session: Session, turn: Turn, kind: str) -> None:
    turns = session.turns()
    before = [t for t in turns[: turns.index(turn)] if t.role == turn.role and t.text]
    where = (doc.name, session.name, kind, turn.how, turn.text[:60])
    if kind == "truncated_turn":
        text, src = turn.text, turn.source
        assert src.startswith(text) and len(src) - len(text) >= 12 and len(text) >= 25, where
        inner = turn.how.split()[-1]
        if inner == "midword":
            assert text[-2:].isalpha() and src[len(text)].isalpha(), where
        elif inner == "function":
            assert text.rsplit(" ", 1)[-1].lower() in FUNCTION_WORDS and src[len(text)] == " ", where
        else:
            assert text.endswith(",") and src[len(text)] == " ", where
        if turn.how.startswith("last"):
            assert session.items[-1] is turn, where
        else:
            assert turns[-1] is not turn, where
    elif kind in ("near_duplicate_turn", "duplicate_turn"):
        sources = [t for t in before if t.text == turn.source]
        assert len(sources) == 1 and not sources[0].kinds, where
        gap = [t for t in turns[turns.index(sources[0]) + 1 : turns.index(turn)] if t.role != turn.role]
        assert gap, where  # the other speaker spoke in between
        if kind == "duplicate_turn":
            assert turn.text == turn.source and len(turn.text) >= 55, where
        else:
            assert turn.text != turn.source and ratio(turn.text, turn.source) >= 0.85, where
            assert not any(t.text == turn.text for t in before), where
    elif kind == "refusal":
        assert turn.role == T and turn.shown == T and turn.text in REFUSALS, where
    elif kind == "role_inversion":
        if turn.how == "label":
            assert turn.shown == OTHER[turn.role] and not turn.source, where
        else:
            assert turn.shown == turn.role, where
            assert turn.text in (COUNSELLOR_VOICE if turn.role == C else CLIENT_VOICE), where
    elif kind == "meta_text":
        assert turn.text in (META_PREFIX + turn.source, turn.source + META_SUFFIX), where
    elif kind == "empty_turn":
        assert turn.text == "" and turn.source and turn.role == C, where
    elif kind == "unknown_speaker":
        assert turn.role == X and turn.label not in doc.labels.values(), where
    elif kind == "mojibake":
        assert turn.text.encode("cp1252").decode("utf-8").replace(CURLY, "'") == turn.source, where
    else:
        raise AssertionError(where)


def check_doc(doc: Doc, data: bytes) -> list[str]:
    physical = data.decode("utf-8").split("\n")
    assert physical[-1] == "", doc.name
    physical = physical[:-1]
    assert len(physical) == len(doc.lines), doc.name
    labels = set(doc.labels.values())
    turn_lines = 0
    for number, (here, line) in enumerate(zip(physical, doc.lines, strict=True), 1):
        assert here == line.text, (doc.name, number)
        parsed = parse(doc, here)
        if line.turn is not None:
            turn_lines += 1
            turn = line.turn
            session = next(s for s in doc.sessions if turn in s.items)
            assert parsed == (doc.label(turn), turn.text), (doc.name, number, parsed)
            for kind in line.kinds:
                if kind in turn.kinds:
                    check_turn(doc, session, turn, kind)
                else:  # a whole session with its labels swapped, marked at its first turn
                    assert line.session is session and kind == "role_inversion" and kind in session.kinds, (
                        doc.name,
                        number,
                    )
                    assert session.turns()[0] is turn
                    assert all(t.shown == OTHER[t.role] for t in session.turns()), (doc.name, number)
            if "mojibake" not in turn.kinds:
                assert "â€" not in here, (doc.name, number)
        elif line.raw is not None:
            assert line.kinds == ["meta_text"] and here in META_OWN_LINE, (doc.name, number)
            assert parsed is None or parsed[0] not in labels, (doc.name, number)
        else:
            assert not line.kinds and here in ("", RULE), (doc.name, number)
    assert turn_lines == sum(len(s.turns()) for s in doc.sessions), doc.name
    return physical


def check_clean(doc: Doc) -> None:
    """Unmarked turns carry none of this set's texts, and no unmarked turn repeats another of its role."""
    planted = set(REFUSALS) | set(COUNSELLOR_VOICE) | set(CLIENT_VOICE)
    for session in doc.sessions:
        turns = session.turns()
        for i, turn in enumerate(turns):
            if turn.kinds:
                continue
            assert turn.text not in planted, turn.text
            assert not any(m in turn.text for m in (META_PREFIX.strip(), META_SUFFIX.strip(), *META_OWN_LINE))
            if len(turn.text) < 40:
                continue
            for other in turns[:i]:
                if other.role == turn.role and abs(len(other.text) - len(turn.text)) < 0.25 * len(turn.text):
                    assert ratio(turn.text, other.text) < 0.8 or other.kinds, (doc.name, turn.text[:60])
        assert session.turns()[0].role != X


def shown(text: str, width: int = 150) -> str:
    return text if len(text) <= width else text[: width - 45] + " ... " + text[-40:]


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description="write the fortieth blind defect set")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--show", action="store_true", help="print every truth row beside its line")
    parser.add_argument("--seed", type=int, default=40)
    args = parser.parse_args(argv)
    out: Path = args.out_dir
    out.mkdir(parents=True, exist_ok=True)
    docs = build(args.seed)
    rows: list[tuple[str, int, str]] = []
    all_turns = 0
    for doc in docs:
        (out / doc.name).write_bytes(doc.render())
        physical = check_doc(doc, (out / doc.name).read_bytes())
        check_clean(doc)
        truth = doc.truth()
        turns = sum(len(s.turns()) for s in doc.sessions)
        all_turns += turns
        assert len({n for n, _ in truth}) * 7 < turns or not truth, (doc.name, len(truth), turns)
        rows.extend((doc.name, n, kind) for n, kind in truth)
        print(f"{doc.name}: {len(doc.sessions)} sessions, {turns} turns, {len(truth)} truth rows")
        if args.show:
            for n, kind in sorted(truth):
                print(f"  {doc.name}:{n} {kind:20s} | {shown(physical[n - 1])}")
    assert len(set(rows)) == len(rows), "a truth row twice"
    assert len({(f, n) for f, n, _ in rows}) == len(rows), "two kinds on one line"
    counts = Counter(kind for _, _, kind in rows)
    assert set(counts) == set(KINDS), set(KINDS) ^ set(counts)
    names = [s.name for doc in docs for s in doc.sessions]
    assert len(names) == len(set(names)) == 16
    assert len(rows) * 15 < all_turns, (len(rows), all_turns)
    rows.sort()
    with (out / "truth.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "line", "defect_type"])
        writer.writerows(rows)
    print(f"wrote {len(docs)} files, 16 sessions, {all_turns} turns and {len(rows)} truth rows to {out}")
    for kind in KINDS:
        print(f"  {kind:22s} {counts[kind]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
