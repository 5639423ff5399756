"""Forty-fifth set of blind defect cases for the transcript-cleaning product: AN INDEPENDENT CORRUPTOR OF REAL
DIALOGUES FROM CACTUS, PsychEval AND MusPsy, focused on the HARD KINDS (truncated_turn, role_inversion,
near_duplicate_turn, refusal, meta_text, repetition_loop) at low rates in long sessions, plus a few easy kinds
(duplicate_turn, empty_turn, duplicate_session, unparseable_line).

Blind conditions, as followed. Read: ``head -n 15 /work/main/benchmarks/blind_defects.py`` (the interface); ``ls
/work/main/blind``; ``cat /work/shared/README.md /work/shared/corpora/README.md``; ``grep -n -A12 "tool.ruff"
/work/main/pyproject.toml``; the ONE model writer, blind/fortieth_defect_cases.py, with ``cat`` (docstring and code;
its middle, lines 197-552, again with ``sed -n`` because the first print was cut). Of /work/shared/corpora: ``ls`` of
cactus, psycheval and muspsy (and ``ls -R muspsy``), ``wc -lc`` of their files, ``cat muspsy/PROVENANCE.txt``, ``head
-c 3000 cactus/README.md``, ``head -c 4000 psycheval/README.md``, ``head -c 2500`` of muspsy/dialogues_1000.txt
(through ``cat -A | cut -c1-200``) and of cactus/evaluation.json; system ``python3`` snippets that printed: the keys,
types and first 100-150 characters of the fields of one CACTUS record and of each PsychEval file, the spread of line
counts of CACTUS's ``dialogue_history_init`` and two of them, CACTUS's attitude counts, its ``Name:`` field (eight
names) and the labels its openers use; per PsychEval session the turn and role counts, lengths and ``<think>`` tags,
and the first ten turns of one session (think stripped) plus one raw turn; MusPsy's CRLF count, ``#`` rules, blocks,
labels, in-block repeats, overlap with block 0 and the first 60 characters of three turns a block; a repeat / near
repeat / odd character / label-like-opening scan of the MusPsy blocks and PsychEval sessions. Later, ``.venv`` python
snippets importing this module from /tmp/s29b: why MusPsy block 2 failed the filter (a banned phrase), the eligible
PsychEval sessions per case, turns ending without final punctuation (none), and the plan of seed 45 (names, kinds).
Nothing else of the project was opened or grepped (no transforms, flows, tests, synth, schemas, sql, docs, README,
other benchmarks or other blind files); no search tool was used; git was not run; the product, its tests and the
benchmarks (blind_defects.py included) were never run. No corpus text is stored in this file: it reads the corpora at
run time. Every refusal, meta text, inserted other-role line and markup line below was written for this set.

Run: ``date`` (a few times); ``mkdir -p /tmp/s29b``; the snippets above; the editor tool creating this file; system
``python3`` snippets making exact replacements in it (the fixes below, and this docstring put in place of a
placeholder); runs of ``.venv/bin/python blind/fortyfifth_defect_cases.py`` into /tmp/s29b/out, /tmp/s29b/seedN,
/tmp/s29b/finalN and /tmp/s29b/{out45b,final45b} with and without ``--show`` for seeds 45, 1-13, 99 and 2026 (all
self-checks pass, 44 rows each); seed 45 twice, compared file by file with ``cmp`` (identical); a ``sed -n LINEp``
loop printing every truth row's line from the written files (each row named its intended line); ``sed``, ``head``,
``tail``, ``cat``, ``grep -c`` on the written files; ``ruff format``, ``ruff check`` and ``mypy`` on this file alone
(the full-width punctuation of the Chinese texts needs the file-level ``ruff: noqa`` of RUF001-RUF003). Stops on the
way, each fixed in the builder, never in the truth: MusPsy block 2 was refused for the phrase "continue the" (a real
counsellor's words; the banned list now names "continue the session/conversation"); with seeds 2 and 3 a short
PsychEval turn of 14 characters was 0.8 similar to another (the corpus's own near repeat: the filter now scans turns
from 10 Chinese / 20 English characters, as the clean check does); with seed 2026 a Chinese cut left under 20
characters (cuts now keep 25+); with seed 8 a PsychEval session had no place for its plan (now the next session of
the case is tried, and the MusPsy sessions are dealt again); the header of 03 listed the sessions out of order; a
Chinese ``word changed`` made ``最可能`` into the ungrammatical ``最也许`` (``可能`` is no longer swapped); and a
filter was added against turns without final punctuation (none was found, so that nothing the corpora wrote looks
cut before we cut). No truth row was ever written by hand: every row comes from the corruption that made it.

Usage::

    python blind/fortyfifth_defect_cases.py OUT_DIR [--show] [--seed N]      (default seed 45)

Sources, read at run time from /work/shared/corpora:

* MusPsy (muspsy/dialogues_1000.txt, CRLF, ``Consultant:``/``User:``, one client, Mr. Li): blocks 1-5 between the
  ``#`` rules are used as five sessions (20-35 turns); block 0, which strings the sessions' openings together (the
  README's repeated turns), is not used, so no session repeats another's turns.
* PsychEval (psycheval/data_{cbt,het,pdt}_1.json; Chinese; three clients, 7-10 sessions each): ``<think>...</think>``
  reasoning is stripped from the counsellor turns (the corpus's leak, not ours) and whitespace squashed; one case
  gives two sessions to 04, one gives one to 05, one gives two to 06 (which case goes where depends on the seed).
* CACTUS (cactus/evaluation.json): only two-turn openers (``dialogue_history_init``) exist, so they make short
  first-session openings (07, 08) with the client's name from the intake form; six openers of six different clients.

A dialogue is used only if it has none of: an exact repeat of a same-role turn, a pair of same-role turns 0.8 similar
(from 20 English / 10 Chinese characters), a ``[ ] < > # *`` character, ``â€``, AI-like words (English ``as an ai``,
``language model``, ``I'm sorry, but``, ``here's the``, ``below is``, ``role-play`` ...; Chinese ``AI``, ``人工智能``,
``语言模型``, ``以下是``, ``抱歉，我``, ``生成`` ...), a turn opening like a speaker label, or a turn without final
punctuation; PsychEval sessions need 30-60 turns and five 30+ character turns a role. The sampled dialogues and turns
change with the seed; the plan (which file, which kinds) and the counts do not.

What this corruptor thinks each kind looks like (Chinese corruptions are made in Chinese):

* truncated_turn: the rest of a turn gone as when output stops at max tokens (the examples here are made up):
  inside an English word (``I keep putting it of``), after a word that cannot end a clause (``and then I went to
  the``), right after a comma (``... for a while now,``); in Chinese after a full-width comma (``我每天晚上都会想，``)
  or after a connective that cannot end a clause (``因为 但是 所以 而且 如果 然后 还有 和 跟 把 被``: ``我想先把``).
  Two are the session's LAST turn with everything after it dropped (01 ``last midword``, 06 ``last
  zh-function``). Only turns of 80+ (English) / 40+ (Chinese) characters are cut, 12+ / 8+ characters go, 25+ stay.
* role_inversion: (voice) a counsellor slot holding first-person suffering written for this set (01), a client slot
  holding counsellor words written here, reflection + agenda + question, in English (08) or Chinese (04), under the
  slot's own label; (label) a counsellor question with ``you`` written under the client's label (02); (session) a
  whole PsychEval session of 06 with the two names swapped: ONE row at its first turn.
* near_duplicate_turn: a substantial turn (55+ English / 25+ Chinese characters, no question inside) given again 2-5
  same-role turns later with the other speaker in between, replacing the turn there: lower-cased (``case``, 03; two+
  capitals needed), commas and the final stop dropped (``punct``, 01), full-width ``，？！。`` typed as ASCII and the
  final stop dropped (``zh punct``, 04), one of ``其实 真的 可能 有点 就是 一下 还是 好像 一些`` dropped (``zh word
  dropped``, 05), one word swapped for a near-synonym (``zh word changed``, 06: 觉得->感觉, 现在->目前 ...). The later
  copy is marked. duplicate_turn (besides the loops): the same, copied exactly (06).
* repetition_loop: the output falls into a loop: a client turn and the counsellor's answer (a consecutive pair from
  45-75% into the session, 40+ / 20+ characters each) come back three more times, and the session ends there (the rest
  dropped). Rows: repetition_loop at the first copy's line, duplicate_turn at each of the six copies (03 in English,
  05 in Chinese); so the first copy's line carries two rows.
* refusal: a counsellor turn replaced by an AI refusal or safety text written here (02, 03, 07 English; 04 Chinese).
* meta_text: a generator's narration on a line of its own between turns (row at that line: 01 ``Certainly! Below is
  the continuation of the counseling dialogue, ...``; 04 ``好的，下面继续生成本次会谈后半部分的对话内容：``) or inside a
  counsellor turn (row at the turn's line: a ``Of course. Here is the therapist's next line, ...`` prefix in 03, a
  ``(Note: this opening was written as a sample ... Let me know if you would like me to write the full session.)``
  suffix in 08).
* easy kinds: empty_turn (``**Client:**`` with nothing in 02; ``{"role": "client", "content": ""}`` in 05);
  duplicate_session (07: one clean opener written again, heading and all, at the end of the export; row at the copy's
  first turn); unparseable_line (a web page's markup left between turns: ``</div><div class="msg-row" ...>`` in 01,
  ``<div class="bubble bubble--right"></div>`` in 04).

The files (UTF-8, LF). Rows for the default seed 45 (16 dialogues, 377 turns, 44 rows):

* ``01_mr_li_sessions.txt`` (MusPsy blocks 1 and 5; ``Session N`` titles, ``Counselor:``/``Client:``, blank lines,
  a ``----------`` rule between sessions; 48 turns, 6 rows): truncated_turn (mid-word), near_duplicate_turn (punct),
  unparseable_line; second session role_inversion (counsellor slot), meta_text (own line), truncated_turn (the
  file's last line, mid-word).
* ``02_mr_li_session.md`` (MusPsy block 2; ``# title``, ``## Session 2``, ``**Therapist:**``/``**Client:**``; 31
  turns, 4 rows): empty_turn, role_inversion (label), truncated_turn (function word), refusal.
* ``03_mr_li_T_C.txt`` (MusPsy blocks 3 and 4; a header saying ``T = therapist (the consultant), C = client (Mr.
  Li)``, ``=== Session N ===`` titles, ``T:``/``C:`` one a line; 64 turns, 10 rows): first session repetition_loop
  (1 + 6 duplicate_turn) to its end; second meta_text (prefix), refusal, near_duplicate_turn (case).
* ``04_psycheval_zh_sessions.txt`` (PsychEval pdt sessions 4 and 9; ``第N次会谈`` titles, ``咨询师：``/``来访者：``;
  96 turns, 6 rows): near_duplicate_turn (zh punct), refusal (Chinese), truncated_turn (after ``，``);
  unparseable_line, role_inversion (client slot, Chinese), meta_text (own line, Chinese).
* ``05_psycheval_chat.jsonl`` (PsychEval het session 10 as ``{"role": "counselor"|"client", "content": ...}``
  lines; 33 turns, 9 rows): near_duplicate_turn (zh word dropped), empty_turn, repetition_loop (1 + 6
  duplicate_turn) to the end.
* ``06_psycheval_named.txt`` (PsychEval cbt sessions 4 and 6; names as labels, ``陈老师：`` (written here) and the
  client's name from the corpus, with a header sentence saying who is who, ``【第N次会谈】`` titles, blank lines; 91
  turns, 4 rows): first session labels swapped (role_inversion at its first turn); second near_duplicate_turn (zh
  word changed), duplicate_turn, truncated_turn (last turn, after ``和``: the file's last line).
* ``07_first_session_openers.md`` (four CACTUS openers under ``## Full Name`` headings, ``**Counselor:**``/
  ``**Client:**``, and the copy; 10 turns, 3 rows): refusal, truncated_turn (comma), duplicate_session.
* ``08_named_openers.txt`` (two CACTUS openers, each under ``Participants — Morgan Hart (counselor) and Full Name
  (client)``, first names as labels, a ``----`` rule; 4 turns, 2 rows): role_inversion (client slot), meta_text
  (suffix).

Truth rows for every seed: 44: truncated_turn 6, role_inversion 5 (one a session row), near_duplicate_turn 5,
refusal 4, meta_text 4, repetition_loop 2, duplicate_turn 13 (12 of them in the two loops), empty_turn 2,
duplicate_session 1, unparseable_line 2.

Conventions (the earlier writers'): ``line`` is the 1-based physical line of the written file (a JSONL record is a
line); a turn-level row is at the turn's line; an artefact on its own line is at that line; a session-level row
(labels swapped, duplicate session) is at the session's first turn; a repeat marks the LATER copy. Not marked:
consecutive_speaker (a label inversion leaves two client turns in a row) and the corpora's own quirks that remain
(PsychEval's `` - `` list items squashed into one line, curly apostrophes beside straight ones in MusPsy and CACTUS);
titles, headers, rules and blank lines.

Self-checks (the run stops on the first failure): the written bytes decode as UTF-8 into exactly the lines built;
every turn line parses back (an independent regex per layout, ``json.loads`` for JSONL) into exactly its label and
text; every other line is blank, a title/header/rule that parses as no label of the file, or a planted line; every row
holds what its kind describes (a cut is a strict prefix of its source ending as planned, the session's last item for
a last-turn cut; a repeat's source occurs once, unmarked, earlier, same role, with the other speaker in between, exact
or different but 0.85+ similar; a loop's copies repeat the unmarked pair just before them to the session's end, six
copies; a refusal is this set's text in a counsellor slot; a label inversion is a counsellor turn under the client's
label; a voice inversion holds this set's other-role text; a swapped session has every label swapped; meta text is
this set's line, prefix or suffix; an empty turn is empty; a duplicate session writes the very same turn lines as an
unmarked earlier session of the file); no unmarked turn holds this set's texts and none is 0.8 similar to an earlier
same-role turn; no two unmarked sessions of a file are the same; only repetition_loop + duplicate_turn share a line;
exactly the counts above; 16 distinct dialogues; rows other than duplicate_turn fewer than an eighth of all turns.
Standard library only.

Unsure about: whether the product reads JSONL (05), ``**Label:**`` markdown, ``T:``/``C:`` and first names as labels
(06, 08) as turns; whether the CACTUS openers (two turns each) are long enough for a swapped or inverted turn to be
judged; whether ``zh punct`` (full-width punctuation typed as ASCII) counts as "near" for a Chinese-aware detector;
whether a cut after a Chinese connective or comma is read as truncated; that PsychEval's own long counsellor turns
with squashed `` - `` lists may look odd; that a loop's six copies also look like consecutive exact repeats; and
whether the markup lines are read as unparseable_line rather than meta_text.
"""

# ruff: noqa: RUF001, RUF002, RUF003
# (the Chinese dialogues are written with full-width punctuation, and so are this set's Chinese texts and checks)
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
MUSPSY = CORPORA / "muspsy" / "dialogues_1000.txt"
PSYCHEVAL = tuple(CORPORA / "psycheval" / f"data_{name}_1.json" for name in ("cbt", "het", "pdt"))
CACTUS = CORPORA / "cactus" / "evaluation.json"

T, C = "T", "C"  # counsellor slot, client slot
OTHER = {T: C, C: T}

KINDS = (
    "truncated_turn",
    "role_inversion",
    "near_duplicate_turn",
    "refusal",
    "meta_text",
    "repetition_loop",
    "duplicate_turn",
    "empty_turn",
    "duplicate_session",
    "unparseable_line",
)

# ---------------------------------------------------------------------------
# every text below was written for this set
# ---------------------------------------------------------------------------
REFUSALS_EN = (
    "I'm sorry, but I can't continue with this role-play. I'm not able to act as a counsellor for someone facing "
    "a serious illness. Please consider speaking with a licensed professional or your care team.",
    "I apologize, but I'm unable to generate further therapist responses for this conversation, as it involves "
    "sensitive health topics that fall outside what I can help with.",
    "As an AI language model, I cannot provide therapy or mental health treatment. If you are struggling, please "
    "contact a qualified mental health professional or a crisis line in your area.",
)
REFUSAL_ZH = (
    "抱歉，我无法继续扮演心理咨询师的角色。作为一个AI助手，我不能提供专业的心理咨询或治疗。"
    "如果你正在经历困扰，建议尽快联系专业的心理咨询机构或当地的心理援助热线。"
)
META_LINE_EN = (
    "Certainly! Below is the continuation of the counseling dialogue, starting right after the client's last reply:"
)
META_LINE_ZH = "好的，下面继续生成本次会谈后半部分的对话内容："
META_PREFIX_EN = "Of course. Here is the therapist's next line, keeping the same warm and supportive tone: "
META_SUFFIX_EN = (
    " (Note: this opening was written as a sample for training purposes. Let me know if you would like me to write "
    "the full session.)"
)
CLIENT_VOICE_EN = (  # first-person suffering, written into a counsellor slot
    "Most nights I lie awake going over all of it again, and I keep thinking it's already too late for me. "
    "I'm just so tired of feeling scared all the time."
)
COUNSELLOR_VOICE_EN = (  # reflection + agenda + question, written into a client slot
    "It sounds like this has been building for a while and it's starting to shape how you see yourself. For today, "
    "I'd suggest we look at the moments when these thoughts show up most strongly. Would that be a good place to "
    "start?"
)
COUNSELLOR_VOICE_ZH = (  # reflection + agenda + question, written into a client slot
    "听起来这段时间你一直在和心里那个“我不够好”的声音较劲，真的很不容易。"
    "今天我们先花几分钟回顾一下你上周的记录，再一起定一个这周可以做到的小目标，你觉得这样安排可以吗？"
)
JUNK_LINES = (  # a web page's markup left between turns by a copy from the browser
    '</div><div class="msg-row" data-v-3f2a9c>',
    '<div class="bubble bubble--right"></div>',
)
COUNSELLOR_NAMES = ("Morgan Hart", "Dana Whitfield", "Priya Raman")
ZH_COUNSELLOR = "陈老师"

FUNCTION_WORDS = {"the", "a", "an", "to", "and", "of", "my", "your", "with", "for", "but", "because", "that", "about"}
ZH_CONNECTIVES = ("因为", "但是", "所以", "而且", "如果", "然后", "还有", "和", "跟", "把", "被")
SWAPS_EN = {
    "really": "truly",
    "very": "quite",
    "think": "believe",
    "just": "simply",
    "maybe": "perhaps",
    "things": "stuff",
    "help": "assist",
    "important": "vital",
    "good": "great",
    "feel": "sense",
    "little": "bit",
    "often": "frequently",
}
SWAPS_ZH = {
    "觉得": "感觉",
    "现在": "目前",
    "有点": "有些",
    "真的": "确实",
    "非常": "特别",
    "一直": "总是",
    "知道": "明白",
    "时候": "时",
    "比较": "挺",
}
DROPS_ZH = ("其实", "真的", "可能", "有点", "就是", "一下", "还是", "好像", "一些")
ENDINGS = ".?!\"')\u2019\u201d。？！…）～"
BANNED_EN = (
    "as an ai",
    "language model",
    "i'm sorry, but",
    "here's the",
    "here is the",
    "continue the session",
    "continue the conversation",
    "continuation",
    "below is",
    "role-play",
    "roleplay",
)
BANNED_ZH = ("AI", "人工智能", "语言模型", "以下是", "抱歉，我", "续写", "生成", "下面继续")


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def squash(text: str) -> str:
    return " ".join(text.split())


def norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower().replace("\u2019", "'")).split())


def ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, norm(a), norm(b), autojunk=False).ratio()


def cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


@dataclass(eq=False)
class Turn:
    role: str  # the slot the turn stands in
    text: str
    shown: str = ""  # the role whose label is written
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
    lang: str  # en or zh
    items: list[Item]
    title: str = ""
    person: str = ""  # the client's name, where the corpus gives one
    kinds: list[str] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # per-session labels (names as labels)
    copy_of: Session | None = None

    def turns(self) -> list[Turn]:
        return [item for item in self.items if isinstance(item, Turn)]


# ---------------------------------------------------------------------------
# reading the corpora at run time
# ---------------------------------------------------------------------------
def load_muspsy() -> list[Session]:
    """Blocks 1-5 of MusPsy (block 0 strings the sessions' openings together and is not used)."""
    text = MUSPSY.read_bytes().decode("utf-8").replace("\r\n", "\n")
    blocks: list[list[str]] = [[]]
    for line in text.split("\n"):
        if line.startswith("#"):
            blocks.append([])
        elif line.strip():
            blocks[-1].append(line)
    out: list[Session] = []
    for number, block in enumerate(blocks[1:], 1):
        if not block:
            continue
        items: list[Item] = []
        for line in block:
            label, _, said = line.partition(": ")
            role = {"Consultant": T, "User": C}[label]
            items.append(Turn(role, squash(said)))
        out.append(Session(f"MusPsy block {number}", "en", items, person="Mr. Li"))
    return out


def load_psycheval() -> list[tuple[str, list[Session]]]:
    cases: list[tuple[str, list[Session]]] = []
    for path in PSYCHEVAL:
        data = json.loads(path.read_text(encoding="utf-8"))
        person = str(data["client_info"]["static_traits"]["name"])
        sessions: list[Session] = []
        for session in data["sessions"]:
            items: list[Item] = []
            for entry in session["session_dialogue"]:
                role = {"Counselor": T, "Client": C}.get(entry.get("role", ""))
                said = squash(re.sub(r"(?s)<think>.*?</think>", "", str(entry.get("text", ""))))
                if role is None or not said:
                    items = []
                    break
                items.append(Turn(role, said))
            if items:
                number = int(session["session_number"])
                sessions.append(Session(f"PsychEval {path.name} session {number}", "zh", items, person=person))
        cases.append((person, sessions))
    return cases


def load_cactus() -> list[Session]:
    out: list[Session] = []
    for number, record in enumerate(json.loads(CACTUS.read_text(encoding="utf-8"))):
        client = record["AI_client"]
        match = re.match(r"Name:\s*([A-Z][a-z]+(?: [A-Z][A-Za-z'-]+){1,2})\s*\n", client["intake_form"])
        if not match:
            continue
        items: list[Item] = []
        for line in client["dialogue_history_init"].split("\n"):
            label, sep, said = line.partition(": ")
            role = {"Counselor": T, "Client": C}.get(label)
            if role is None or not sep or not said.strip():
                items = []
                break
            items.append(Turn(role, squash(said)))
        if len(items) == 2 and {t.role for t in items if isinstance(t, Turn)} == {T, C}:
            out.append(Session(f"CACTUS record {number}", "en", items, person=match.group(1)))
    return out


def is_clean_text(session: Session, text: str) -> bool:
    if any(ch in text for ch in "[]<>#*") or "â€" in text:
        return False
    if session.lang == "en":
        low = text.lower()
        return not any(b in low for b in BANNED_EN) and not re.match(r"^[A-Za-z .]{1,20}:", text)
    return not any(b in text for b in BANNED_ZH) and not re.match(
        rf"^(咨询师|来访者|{re.escape(session.person)})[：:]", text
    )


def eligible(session: Session, lo: int, hi: int, longs_needed: int) -> bool:
    """Long enough, long turns of both roles, and none of the corpus's own repeats or artefacts."""
    turns = session.turns()
    if not lo <= len(turns) <= hi:
        return False
    long_len = 70 if session.lang == "en" else 30
    longs = Counter(t.role for t in turns if len(t.text) >= long_len)
    if longs[T] < longs_needed or longs[C] < longs_needed:
        return False
    if not all(is_clean_text(session, t.text) for t in turns):
        return False
    if not all(t.text[-1] in ENDINGS for t in turns):  # nothing that looks cut off before we cut
        return False
    short = 20 if session.lang == "en" else 10
    for role in (T, C):
        texts = [t.text for t in turns if t.role == role and len(t.text) >= short]
        if len({norm(x) for x in texts}) != len(texts):
            return False
        for i, a in enumerate(texts):  # the same test as check_clean's
            for b in texts[i + 1 :]:
                if ratio(a, b) >= 0.8:
                    return False
    return True


# ---------------------------------------------------------------------------
# the corruptions
# ---------------------------------------------------------------------------
class NoPlace(Exception):
    """No turn of this dialogue fits the planned defect."""


class Corruptor:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def pick(
        self,
        session: Session,
        role: str | None,
        *,
        min_len: int = 40,
        lo: float = 0.12,
        hi: float = 0.88,
        test: Callable[[Turn], bool] | None = None,
        edges: bool = False,
    ) -> Turn:
        turns = session.turns()
        n = len(turns)
        options = [
            t
            for i, t in enumerate(turns)
            if not t.locked
            and (role is None or t.role == role)
            and len(t.text) >= min_len
            and (edges or (lo * n <= i <= hi * n and 2 <= i < n - 1))
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
        spots: list[int]
        if how == "midword":
            spots = [p for p in range(int(0.45 * n), int(0.8 * n)) if re.fullmatch(r"[A-Za-z]{4}", text[p - 2 : p + 2])]
        elif how == "function":
            spots = [
                m.start()
                for m in re.finditer(r" ", text)
                if 0.35 * n <= m.start() <= 0.85 * n
                and text[: m.start()].rsplit(" ", 1)[-1].lower() in FUNCTION_WORDS
                and text[m.start() + 1 : m.start() + 2].isalpha()
            ]
        elif how == "comma":
            spots = [m.start() + 1 for m in re.finditer(r", ", text) if 0.3 * n <= m.start() <= 0.85 * n]
        elif how == "zh-comma":
            spots = [m.start() + 1 for m in re.finditer("，", text) if 0.3 * n <= m.start() <= 0.85 * n]
            spots = [p for p in spots if p < n and cjk(text[p])]
        else:  # zh-function: right after a connective that cannot end a clause
            spots = [
                p
                for p in range(int(0.35 * n), int(0.85 * n))
                if cjk(text[p]) and any(text[:p].endswith(w) for w in ZH_CONNECTIVES)
            ]
        need = 12 if how in ("midword", "function", "comma") else 8
        spots = [p for p in spots if n - p >= need and p >= 25]
        return self.rng.choice(spots) if spots else None

    def truncate(self, session: Session, how: str) -> Turn:
        inner = how.split()[-1]
        min_len = 80 if session.lang == "en" else 40
        if how.startswith("last"):
            turn = self.pick(
                session,
                None,
                min_len=min_len,
                lo=0.72,
                hi=0.97,
                test=lambda t: self.cut_point(t.text, inner) is not None,
            )
            index = session.items.index(turn)  # generation stopped here: nothing after this turn was written
            assert not any(item.kinds for item in session.items[index + 1 :]), session.name
            session.items = session.items[: index + 1]
        else:
            turn = self.pick(session, None, min_len=min_len, test=lambda t: self.cut_point(t.text, inner) is not None)
        point = self.cut_point(turn.text, inner)
        assert point is not None
        turn.source, turn.text = turn.text, turn.text[:point]
        self.mark(session, turn, "truncated_turn", how)
        return turn

    # -- near_duplicate_turn, duplicate_turn, repetition_loop -------------
    def variant(self, text: str, how: str) -> str | None:
        words = text.split(" ")
        out: str
        if how == "case":
            if sum(ch.isupper() for ch in text) < 2:
                return None
            out = text.lower()
        elif how == "punct":
            if "," not in text:
                return None
            out = text.replace(",", "").rstrip(".!")
        elif how == "word changed":
            spots = [i for i, w in enumerate(words) if w.lower() in SWAPS_EN]
            if not spots:
                return None
            i = self.rng.choice(spots)
            words[i] = SWAPS_EN[words[i].lower()]
            out = " ".join(words)
        elif how == "word dropped":
            spots = [i for i, w in enumerate(words[1:-1], 1) if w.isalpha() and len(w) >= 3]
            if not spots:
                return None
            del words[self.rng.choice(spots)]
            out = " ".join(words)
        elif how == "zh punct":  # full-width punctuation typed as ASCII, the final stop gone
            if "，" not in text:
                return None
            out = text.replace("，", ", ").replace("？", "? ").replace("！", "! ").rstrip("。").rstrip()
            out = out.replace("。", ". ").replace(" ”", "”")
        elif how in ("zh word changed", "zh word dropped"):
            table = list(SWAPS_ZH) if how == "zh word changed" else list(DROPS_ZH)
            places = [(m.start(), w) for w in table for m in re.finditer(w, text)]
            if not places:
                return None
            at, word = self.rng.choice(places)
            new = SWAPS_ZH[word] if how == "zh word changed" else ""
            out = text[:at] + new + text[at + len(word) :]
        else:  # exact
            out = text
        if how != "exact" and (out == text or ratio(out, text) < 0.85):
            return None
        return out

    def repeat(self, session: Session, how: str) -> Turn:
        kind = "duplicate_turn" if how == "exact" else "near_duplicate_turn"
        turns = session.turns()
        min_len = 55 if session.lang == "en" else 25

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
            question = "?" in src.text[:-1] or "？" in src.text[:-1]
            return bool(later(src)) and self.variant(src.text, how) is not None and not question

        source = self.pick(session, None, min_len=min_len, hi=0.7, test=good)
        target = self.rng.choice(later(source))
        text = self.variant(source.text, how)
        assert text is not None
        target.source, target.text = source.text, text
        self.mark(session, target, kind, how)
        self.lock(session, source, 1)
        return target

    def loop(self, session: Session, copies: int = 3) -> Turn:
        """Generation falls into a loop: one client turn and the counsellor's answer come back again and again
        until the output stops; the rest of the session is gone."""
        turns = session.turns()
        n = len(turns)
        min_len = 40 if session.lang == "en" else 20
        options = [
            i
            for i in range(int(0.45 * n), int(0.75 * n))
            if i + 1 < n
            and turns[i].role == C
            and turns[i + 1].role == T
            and len(turns[i].text) >= min_len
            and len(turns[i + 1].text) >= min_len
            and not turns[i].locked
            and not turns[i + 1].locked
        ]
        if not options:
            raise NoPlace(session.name)
        i = self.rng.choice(options)
        pair = turns[i : i + 2]
        end = session.items.index(pair[1])
        assert not any(item.kinds for item in session.items[end + 1 :]), session.name
        session.items = session.items[: end + 1]
        first: Turn | None = None
        for _ in range(copies):
            for original in pair:
                again = Turn(original.role, original.text, source=original.text, how="loop", locked=True)
                again.kinds.append("duplicate_turn")
                if first is None:
                    first = again
                    again.kinds.insert(0, "repetition_loop")
                session.items.append(again)
        for original in pair:
            original.locked = True
        self.lock(session, pair[0])
        assert first is not None
        return first

    # -- refusal, role_inversion, meta_text, the easy kinds ---------------
    def refusal(self, session: Session, text: str, edges: bool = False) -> Turn:
        turn = self.pick(session, T, min_len=20, edges=edges)
        turn.source, turn.text = turn.text, text
        self.mark(session, turn, "refusal", "refusal")
        return turn

    def relabel(self, session: Session) -> Turn:
        """A counsellor question written under the client's label."""
        turn = self.pick(session, T, min_len=45, test=lambda t: "you" in t.text.lower() and t.text.endswith("?"))
        turn.shown = C
        self.mark(session, turn, "role_inversion", "label")
        return turn

    def voice(self, session: Session, slot: str, text: str, edges: bool = False) -> Turn:
        turn = self.pick(session, slot, min_len=20, edges=edges)
        turn.source, turn.text = turn.text, text
        self.mark(session, turn, "role_inversion", "voice")
        return turn

    def swap(self, session: Session) -> None:
        assert not any(t.kinds for t in session.turns())
        for t in session.turns():
            t.shown = OTHER[t.role]
        session.kinds.append("role_inversion")

    def own_line(self, session: Session, text: str, kind: str, before: str) -> Raw:
        """A line of its own between two turns, put before a turn of the role given."""
        turn = self.pick(session, before, min_len=1, lo=0.3, hi=0.8)
        raw = Raw(text, [kind])
        session.items.insert(session.items.index(turn), raw)
        self.lock(session, turn)
        return raw

    def meta_inline(self, session: Session, where: str, text: str, edges: bool = False) -> Turn:
        turn = self.pick(session, T, min_len=40, edges=edges)
        turn.source = turn.text
        turn.text = text + turn.text if where == "prefix" else turn.text + text
        self.mark(session, turn, "meta_text", where)
        return turn

    def empty(self, session: Session) -> Turn:
        turn = self.pick(session, C, min_len=15)
        turn.source, turn.text = turn.text, ""
        self.mark(session, turn, "empty_turn", "empty")
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


# layout: (blank line between turns, line between sessions)
LAYOUTS = {
    "plain": (True, "----------"),  # Label: text
    "md": (True, ""),  # **Label:** text under ## headings
    "tc": (False, ""),  # T: text / C: text
    "zh": (False, ""),  # 咨询师：text
    "jsonl": (False, ""),  # {"role": ..., "content": ...}
    "names": (True, "----"),  # First name: text (English) or 名字：text (Chinese)
}


@dataclass(eq=False)
class Doc:
    name: str
    layout: str
    labels: dict[str, str]
    sessions: list[Session]
    header: list[str] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)

    def labels_of(self, session: Session) -> dict[str, str]:
        return session.labels or self.labels

    def label(self, session: Session, turn: Turn) -> str:
        return self.labels_of(session)[turn.shown]

    def turn_line(self, session: Session, turn: Turn) -> str:
        label = self.label(session, turn)
        if self.layout == "jsonl":
            return json.dumps({"role": label, "content": turn.text}, ensure_ascii=False)
        if self.layout == "md":
            head = f"**{label}:**"
        elif session.lang == "zh":
            head = f"{label}："
            return head + turn.text
        else:
            head = f"{label}:"
        return f"{head} {turn.text}" if turn.text else head

    def build(self) -> None:
        blank, rule = LAYOUTS[self.layout]
        for text in self.header:
            self.lines.append(Line(text))
        if self.header:
            self.lines.append(Line(""))
        for number, session in enumerate(self.sessions):
            if number:
                if self.layout != "jsonl":
                    self.lines.append(Line(""))
                if rule:
                    self.lines.append(Line(rule))
                    self.lines.append(Line(""))
            if session.title:
                self.lines.append(Line(session.title))
                if blank:
                    self.lines.append(Line(""))
            first = True
            for index, item in enumerate(session.items):
                if index and blank:
                    self.lines.append(Line(""))
                if isinstance(item, Raw):
                    self.lines.append(Line(item.text, raw=item, kinds=list(item.kinds)))
                    continue
                line = Line(self.turn_line(session, item), turn=item, kinds=list(item.kinds))
                if first:
                    line.session = session
                    line.kinds.extend(session.kinds)
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
    k = Corruptor(rng)

    muspsy = load_muspsy()
    assert len(muspsy) == 5 and all(eligible(s, 18, 60, 3) for s in muspsy), "MusPsy is not as expected"
    rng.shuffle(muspsy)

    cases = load_psycheval()
    rng.shuffle(cases)

    cactus = [s for s in load_cactus() if eligible(s, 2, 2, 0)]
    rng.shuffle(cactus)
    cactus_names: set[str] = set()

    def cactus_take(plan: Plan) -> Session:
        while True:
            session = cactus.pop()
            first = session.person.split()[0]
            said = " ".join(t.text for t in session.turns())
            longest_client = max(len(t.text) for t in session.turns() if t.role == C)
            if session.person in cactus_names or first not in said or longest_client < 90:
                continue
            trial = copy.deepcopy(session)
            try:
                plan(k, trial)
            except NoPlace:
                continue
            cactus_names.add(session.person)
            return trial

    def zh_plan(sessions: list[Session], plans: Sequence[Plan]) -> list[Session]:
        """Each plan on a dialogue of the case drawn at random (one with no place for it is put back unused);
        the sessions then stand in the file in their order in the case."""
        pool = [s for s in sessions if eligible(s, 30, 60, 5)]
        rng.shuffle(pool)
        chosen: list[Session] = []
        for plan in plans:
            for candidate in pool:
                trial = copy.deepcopy(candidate)
                try:
                    plan(k, trial)
                except NoPlace:
                    continue
                pool.remove(candidate)
                chosen.append(trial)
                break
            else:
                raise NoPlace(f"no session of the case fits {plan.__name__}")
        return sorted(chosen, key=lambda s: int(s.name.rsplit(" ", 1)[-1]))

    def number(session: Session) -> int:
        return int(session.name.rsplit(" ", 1)[-1])

    # -- what each session gets (most turns stay clean) ---------------------
    def p01a(c: Corruptor, s: Session) -> None:
        c.truncate(s, "midword")
        c.repeat(s, "punct")
        c.own_line(s, JUNK_LINES[0], "unparseable_line", T)

    def p01b(c: Corruptor, s: Session) -> None:
        c.truncate(s, "last midword")
        c.own_line(s, META_LINE_EN, "meta_text", T)
        c.voice(s, T, CLIENT_VOICE_EN)

    def p02(c: Corruptor, s: Session) -> None:
        c.refusal(s, REFUSALS_EN[0])
        c.truncate(s, "function")
        c.relabel(s)
        c.empty(s)

    def p03a(c: Corruptor, s: Session) -> None:
        c.repeat(s, "case")
        c.meta_inline(s, "prefix", META_PREFIX_EN)
        c.refusal(s, REFUSALS_EN[1])

    def p03b(c: Corruptor, s: Session) -> None:
        c.loop(s)

    def p04a(c: Corruptor, s: Session) -> None:
        c.truncate(s, "zh-comma")
        c.repeat(s, "zh punct")
        c.refusal(s, REFUSAL_ZH)

    def p04b(c: Corruptor, s: Session) -> None:
        c.voice(s, C, COUNSELLOR_VOICE_ZH)
        c.own_line(s, META_LINE_ZH, "meta_text", T)
        c.own_line(s, JUNK_LINES[1], "unparseable_line", C)

    def p05(c: Corruptor, s: Session) -> None:
        c.loop(s)
        c.empty(s)
        c.repeat(s, "zh word dropped")

    def p06a(c: Corruptor, s: Session) -> None:
        c.truncate(s, "last zh-function")
        c.repeat(s, "zh word changed")
        c.repeat(s, "exact")

    def p06b(c: Corruptor, s: Session) -> None:
        c.swap(s)

    def p07_refusal(c: Corruptor, s: Session) -> None:
        c.refusal(s, REFUSALS_EN[2], edges=True)

    def p07_cut(c: Corruptor, s: Session) -> None:
        turn = s.turns()[[t.role for t in s.turns()].index(C)]
        point = c.cut_point(turn.text, "comma")
        if point is None:
            raise NoPlace(s.name)
        turn.source, turn.text = turn.text, turn.text[:point]
        c.mark(s, turn, "truncated_turn", "comma")

    def p08_voice(c: Corruptor, s: Session) -> None:
        c.voice(s, C, COUNSELLOR_VOICE_EN, edges=True)

    def p08_meta(c: Corruptor, s: Session) -> None:
        c.meta_inline(s, "suffix", META_SUFFIX_EN, edges=True)

    docs: list[Doc] = []

    # 01-03: MusPsy, the one client (Mr. Li) in five sessions
    for _attempt in range(50):  # MusPsy has five sessions: if one has no place for its plan, deal them again
        try:
            m = [copy.deepcopy(s) for s in muspsy]
            for s, p in zip(m, (p01a, p01b, p02, p03a, p03b), strict=True):
                p(k, s)
            break
        except NoPlace:
            rng.shuffle(muspsy)
    else:
        raise NoPlace("MusPsy")
    first, second = sorted(m[:2], key=lambda s: s.name)
    plain = Doc("01_mr_li_sessions.txt", "plain", {T: "Counselor", C: "Client"}, [first, second])
    for s in plain.sessions:
        s.title = f"Session {s.name.rsplit(' ', 1)[-1]}"
    docs.append(plain)
    m[2].title = f"## Session {m[2].name.rsplit(' ', 1)[-1]}"
    docs.append(
        Doc("02_mr_li_session.md", "md", {T: "Therapist", C: "Client"}, [m[2]], ["# Counselling transcript: Mr. Li"])
    )
    pair = sorted(m[3:], key=lambda s: s.name)
    for s in pair:
        s.title = f"=== Session {s.name.rsplit(' ', 1)[-1]} ==="
    docs.append(
        Doc(
            "03_mr_li_T_C.txt",
            "tc",
            {T: "T", C: "C"},
            pair,
            [
                f"Mr. Li, sessions {pair[0].name.rsplit(' ', 1)[-1]} and {pair[1].name.rsplit(' ', 1)[-1]}",
                "T = therapist (the consultant), C = client (Mr. Li)",
            ],
        )
    )

    # 04-06: PsychEval (Chinese), three clients
    (_, case_a), (_, case_b), (person_c, case_c) = cases
    zh = zh_plan(case_a, (p04a, p04b))
    for s in zh:
        s.title = f"第{number(s)}次会谈"
    docs.append(Doc("04_psycheval_zh_sessions.txt", "zh", {T: "咨询师", C: "来访者"}, zh))
    docs.append(Doc("05_psycheval_chat.jsonl", "jsonl", {T: "counselor", C: "client"}, zh_plan(case_b, (p05,))))
    named = zh_plan(case_c, (p06a, p06b))
    for s in named:
        s.title = f"【第{number(s)}次会谈】"
    docs.append(
        Doc(
            "06_psycheval_named.txt",
            "names",
            {T: ZH_COUNSELLOR, C: person_c},
            named,
            [f"本记录中“{ZH_COUNSELLOR}”为咨询师，“{person_c}”为来访者。"],
        )
    )

    # 07-08: CACTUS openers
    openers = [cactus_take(p) for p in (p07_refusal, p07_cut, clean, clean)]
    rng.shuffle(openers)
    for s in openers:
        s.title = f"## {s.person}"
    spare = [s for s in openers if not any(t.kinds for t in s.turns())]
    original = rng.choice(spare)
    again = copy.deepcopy(original)
    again.name = original.name + " (copy)"
    again.kinds = ["duplicate_session"]
    again.copy_of = original
    for t in again.turns():
        t.locked = True
    docs.append(
        Doc(
            "07_first_session_openers.md",
            "md",
            {T: "Counselor", C: "Client"},
            [*openers, again],
            ["# First-session openings (export)"],
        )
    )
    pair2 = [cactus_take(p) for p in (p08_voice, p08_meta)]
    firsts = {s.person.split()[0] for s in pair2}
    counsellor = next(n for n in COUNSELLOR_NAMES if n.split()[0] not in firsts)
    for s in pair2:
        s.labels = {T: counsellor.split()[0], C: s.person.split()[0]}
        s.title = f"Participants — {counsellor} (counselor) and {s.person} (client)"
    docs.append(Doc("08_named_openers.txt", "names", {}, pair2))

    for doc in docs:
        doc.build()
    return docs


# ---------------------------------------------------------------------------
# self-checks
# ---------------------------------------------------------------------------
PATTERNS = {
    "plain": re.compile(r"^(?P<label>[A-Za-z]+):(?: (?P<text>.*))?$"),
    "md": re.compile(r"^\*\*(?P<label>[A-Za-z]+):\*\*(?: (?P<text>.*))?$"),
    "tc": re.compile(r"^(?P<label>[A-Za-z]+):(?: (?P<text>.*))?$"),
    "names-en": re.compile(r"^(?P<label>[A-Za-z]+):(?: (?P<text>.*))?$"),
    "zh": re.compile(r"^(?P<label>[^：\s]{1,6})：(?P<text>.*)$"),
}


def parse(doc: Doc, session: Session | None, text: str) -> tuple[str, str] | None:
    if doc.layout == "jsonl":
        record = json.loads(text)
        assert set(record) == {"role", "content"}, text
        return str(record["role"]), str(record["content"])
    lang = session.lang if session else "en"
    key = "zh" if lang == "zh" else ("names-en" if doc.layout == "names" else doc.layout)
    match = PATTERNS[key].match(text)
    return (match["label"], match["text"] or "") if match else None


def written_by_us(text: str) -> bool:
    ours = (*REFUSALS_EN, REFUSAL_ZH, CLIENT_VOICE_EN, COUNSELLOR_VOICE_EN, COUNSELLOR_VOICE_ZH)
    marks = (META_LINE_EN, META_LINE_ZH, META_PREFIX_EN.strip(), META_SUFFIX_EN.strip(), *JUNK_LINES)
    return text in ours or any(mark in text for mark in marks)


def check_turn(doc: Doc, session: Session, turn: Turn, kind: str) -> None:
    turns = session.turns()
    at = turns.index(turn)
    before = [t for t in turns[:at] if t.role == turn.role and t.text]
    where = (doc.name, session.name, kind, turn.how, turn.text[:60])
    if kind == "truncated_turn":
        text, src = turn.text, turn.source
        assert src.startswith(text) and len(src) - len(text) >= 8 and len(text) >= 20, where
        inner = turn.how.split()[-1]
        nxt = src[len(text)]
        if inner == "midword":
            assert text[-2:].isalpha() and nxt.isalpha(), where
        elif inner == "function":
            assert text.rsplit(" ", 1)[-1].lower() in FUNCTION_WORDS and nxt == " ", where
        elif inner == "comma":
            assert text.endswith(",") and nxt == " ", where
        elif inner == "zh-comma":
            assert text.endswith("，") and cjk(nxt), where
        else:
            assert any(text.endswith(w) for w in ZH_CONNECTIVES) and cjk(nxt), where
        if turn.how.startswith("last"):
            assert session.items[-1] is turn, where
        else:
            assert turns[-1] is not turn or len(turns) == 2, where
    elif kind == "duplicate_turn" and turn.how == "loop":
        same = [t for t in before if t.text == turn.text]
        assert same and not same[0].kinds and all(t.how == "loop" for t in same[1:]), where
        assert all(t.how == "loop" for t in turns[at:]), where  # the loop runs to the end of the session
    elif kind == "repetition_loop":
        assert turn.how == "loop" and "duplicate_turn" in turn.kinds, where
        copies = [t for t in turns if t.how == "loop"]
        assert copies[0] is turn and len(copies) % 2 == 0 and len(copies) >= 6, where
        pair = turns[at - 2 : at]
        assert [t.text for t in pair] * (len(copies) // 2) == [t.text for t in copies], where
        assert not any(t.kinds for t in pair), where
    elif kind in ("near_duplicate_turn", "duplicate_turn"):
        sources = [t for t in before if t.text == turn.source]
        assert len(sources) == 1 and not sources[0].kinds, where
        gap = [t for t in turns[turns.index(sources[0]) + 1 : at] if t.role != turn.role]
        assert gap, where  # the other speaker spoke in between
        if kind == "duplicate_turn":
            assert turn.text == turn.source, where
        else:
            assert turn.text != turn.source and ratio(turn.text, turn.source) >= 0.85, where
            assert not any(t.text == turn.text for t in before), where
    elif kind == "refusal":
        assert turn.role == T and turn.shown == T and turn.text in (*REFUSALS_EN, REFUSAL_ZH), where
    elif kind == "role_inversion":
        if turn.how == "label":
            assert turn.role == T and turn.shown == C and not turn.source, where
        else:
            assert turn.shown == turn.role, where
            ours = CLIENT_VOICE_EN if turn.role == T else (COUNSELLOR_VOICE_EN, COUNSELLOR_VOICE_ZH)
            assert turn.text in ours, where
            if turn.role == C:
                assert turn.text.rstrip().endswith(("?", "？")), where
    elif kind == "meta_text":
        assert turn.role == T and turn.text in (META_PREFIX_EN + turn.source, turn.source + META_SUFFIX_EN), where
    elif kind == "empty_turn":
        assert turn.text == "" and turn.source and turn.role == C, where
    else:
        raise AssertionError(where)


def check_doc(doc: Doc, data: bytes) -> list[str]:
    physical = data.decode("utf-8").split("\n")
    assert physical[-1] == "", doc.name
    physical = physical[:-1]
    assert len(physical) == len(doc.lines), doc.name
    all_labels = {label for s in doc.sessions for label in doc.labels_of(s).values()}
    owner: dict[int, Session] = {}
    for s in doc.sessions:
        for t in s.turns():
            owner[id(t)] = s
    turn_lines = 0
    for number, (here, line) in enumerate(zip(physical, doc.lines, strict=True), 1):
        assert here == line.text, (doc.name, number)
        if line.turn is not None:
            turn_lines += 1
            turn = line.turn
            session = owner[id(turn)]
            parsed = parse(doc, session, here)
            assert parsed == (doc.label(session, turn), turn.text), (doc.name, number, parsed)
            for kind in line.kinds:
                if kind in turn.kinds:
                    check_turn(doc, session, turn, kind)
                    continue
                # a session-level row, at the session's first turn
                assert line.session is session and kind in session.kinds, (doc.name, number, kind)
                assert session.turns()[0] is turn, (doc.name, number)
                if kind == "role_inversion":
                    assert all(t.shown == OTHER[t.role] for t in session.turns()), (doc.name, number)
                else:  # duplicate_session: the very same written lines as an earlier session of the file
                    src = session.copy_of
                    assert src is not None and doc.sessions.index(src) < doc.sessions.index(session)
                    assert [doc.turn_line(src, t) for t in src.turns()] == [
                        doc.turn_line(session, t) for t in session.turns()
                    ], (doc.name, number)
                    assert not any(t.kinds for t in src.turns()) and not src.kinds, (doc.name, number)
        elif line.raw is not None:
            assert line.kinds == line.raw.kinds and len(line.kinds) == 1, (doc.name, number)
            assert here in (META_LINE_EN, META_LINE_ZH, *JUNK_LINES), (doc.name, number)
            if doc.layout != "jsonl":
                parsed = parse(doc, None, here) if not any(cjk(ch) for ch in here) else None
                assert parsed is None or parsed[0] not in all_labels, (doc.name, number)
        else:
            assert not line.kinds, (doc.name, number)
            if here and doc.layout != "jsonl":  # a header, title or rule: never a turn
                for s in doc.sessions:
                    parsed = parse(doc, s, here)
                    assert parsed is None or parsed[0] not in all_labels, (doc.name, number, here)
    assert turn_lines == sum(len(s.turns()) for s in doc.sessions), doc.name
    return physical


def check_clean(doc: Doc) -> None:
    """Unmarked turns carry none of this set's texts, and no unmarked turn repeats another of its role."""
    for session in doc.sessions:
        turns = session.turns()
        for i, turn in enumerate(turns):
            if turn.kinds:
                continue
            assert not written_by_us(turn.text), turn.text
            assert turn.text, (doc.name, session.name)
            short = 20 if session.lang == "en" else 10
            if len(turn.text) < short:
                continue
            for other in turns[:i]:
                if other.role == turn.role:
                    assert ratio(turn.text, other.text) < 0.8 or other.kinds, (doc.name, turn.text[:60])
    firsts = [tuple(doc.turn_line(s, t) for t in s.turns()) for s in doc.sessions if not s.kinds]
    assert len(firsts) == len(set(firsts)), doc.name  # only the planted copy repeats a session


def shown(text: str, width: int = 150) -> str:
    return text if len(text) <= width else text[: width - 45] + " ... " + text[-40:]


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description="write the forty-fifth blind defect set")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--show", action="store_true", help="print every truth row beside its line")
    parser.add_argument("--seed", type=int, default=45)
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
        rows.extend((doc.name, n, kind) for n, kind in truth)
        print(f"{doc.name}: {len(doc.sessions)} sessions, {turns} turns, {len(truth)} truth rows")
        if args.show:
            for n, kind in sorted(truth):
                print(f"  {doc.name}:{n} {kind:20s} | {shown(physical[n - 1])}")
    assert len(set(rows)) == len(rows), "a truth row twice"
    per_line = Counter((f, n) for f, n, _ in rows)
    for (f, n), count in per_line.items():
        kinds = {kind for g, m, kind in rows if (g, m) == (f, n)}
        assert count == 1 or kinds == {"repetition_loop", "duplicate_turn"}, (f, n, kinds)
    counts = Counter(kind for _, _, kind in rows)
    assert set(counts) == set(KINDS), set(KINDS) ^ set(counts)
    expected = {
        "truncated_turn": 6,
        "role_inversion": 5,
        "near_duplicate_turn": 5,
        "refusal": 4,
        "meta_text": 4,
        "repetition_loop": 2,
        "duplicate_turn": 13,
        "empty_turn": 2,
        "duplicate_session": 1,
        "unparseable_line": 2,
    }
    assert dict(counts) == expected, counts
    names = [s.name for doc in docs for s in doc.sessions if s.copy_of is None]
    assert len(names) == len(set(names)) == 16, names
    sparse = sum(1 for _, _, kind in rows if kind != "duplicate_turn")
    assert sparse * 8 < all_turns, (sparse, all_turns)
    rows.sort()
    with (out / "truth.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "line", "defect_type"])
        writer.writerows(rows)
    print(f"wrote {len(docs)} files, {len(names)} sessions, {all_turns} turns and {len(rows)} truth rows to {out}")
    for kind in KINDS:
        print(f"  {kind:22s} {counts[kind]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
