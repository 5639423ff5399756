# ruff: noqa: E501, RUF001, RUF002, RUF003
r"""Thirty-sixth set of blind defect cases for the transcript-cleaning product: AN INDEPENDENT CORRUPTOR OVER CPsyCounD AND SMILECHAT.

Blind conditions, as followed. The only things read were: ``head -n 15 /work/main/benchmarks/blind_defects.py`` (the
interface); ``ls /work/main/blind``; /work/shared/README.md and /work/shared/corpora/README.md (``cat``); ``grep -n -A12
"tool.ruff" /work/main/pyproject.toml``; the structure of the corpus files this script reads, and nothing more of them:
``ls`` of cpsycoun/, cpsycoun/CPsyCounD/, its Data/ (``head -5``, ``wc -l``), smilechat/ and smilechat/data_sample/
(``head -3``, ``tail -2``, ``wc -l``) and psycheval/; ``head -c 2000`` of Data/case_0.txt through ``cat -A | head -20``
and ``head -n 5`` of it through ``cut -c1-80`` (full-width colons, CR LF, a blank line between turns); ``head -c 600`` of
smilechat/data_sample/1000.json (a JSON list of ``{role, content}``, indented); ``head -c 1500`` of
psycheval/data_cbt_1.json and ``head -n 5`` of smilechat/README.md; the docstrings of the earlier case writers in blind/,
printed with a ``.venv`` python ``ast.get_docstring`` snippet into /tmp/s27e/docs.txt (5522 lines, measured with ``wc
-l``, its ``=====`` separators listed with ``grep -n``), of which only lines 1-11 (the first writer) and 2500-3043 (the
thirty-fourth, thirty-second and thirty-third writers) were paged with ``sed`` in ranges of at most 200 lines; and the
code of blind/thirtythird_defect_cases.py, the model of structure and self-checks, paged with ``sed`` (lines 130-330,
330-520 and 1380-1600). One slip: a ``grep -n`` of that file's top-level ``def``/``class``/constant lines was run piped
to ``tail -30 >/dev/null``, its output discarded unseen. No other file of the project was opened or grepped (no
transforms, flows, tests, synth, schemas, sql, docs, README or other benchmarks), no search tool was used, git was not
run, and the product, its tests and the benchmarks were never run. No corpus text is stored in this file: the script
reads the corpora at run time; the refusal, meta-text, counsellor-voice, narrator, supervisor and exporter texts below
are this writer's own.

The only things run were: ``mkdir -p /tmp/s27e``; the commands above; ``date``; this file written as
/tmp/s27e/draft.py (editor tool) and changed by system ``python3`` snippets making exact replacements and one ``sed
-i``; runs of the draft into /tmp/s27e/out1 (with ``--show``, kept as show1.txt) and /tmp/s27e/out2, compared with
``cmp``; runs with ``--seed`` 1-80, 99, 123 and 2024 into scratch folders (deleted) to see that every seed builds and
passes the self-checks (the first loops failed on short dialogues, so SMILECHAT dialogues now need 10 turns, the
longest middle turn must be 70 characters, a later repeat is chosen as a pair, and 04's relabelled turn moved to 07);
``file``, ``head``, ``cat -A``, ``cut``, ``iconv -f gbk``, ``sed`` and ``grep`` on the written files and the ``--show`` output; ``ruff format``, ``ruff
check`` and ``mypy`` on a copy, then on this file alone in blind/; a ``.venv`` python snippet putting this docstring in
place of a placeholder; and the final runs into /tmp/s27e/final (``--show``) and /tmp/s27e/out, compared with ``cmp``.
Run as

    python blind/thirtysixth_defect_cases.py OUT_DIR [--show] [--seed N]      (default seed 36)

It reads /work/shared/corpora/cpsycoun/CPsyCounD/Data/*.txt (``来访者：`` / ``心理咨询师：``) and
/work/shared/corpora/smilechat/data_sample/*.json (``[{"role": "client"|"counselor", "content": ...}]``), keeps only
dialogues it can corrupt without confusion, samples 11 CPsyCounD and 9 SMILECHAT dialogues with ``random.Random(seed)`` (the files with more corruptions get the
longer of the first five and three),
corrupts copies of them, and writes 10 files and ``truth.csv`` (``file,line,defect_type``, header row) into OUT_DIR;
``--show`` prints every truth row beside the line it names (invalid bytes as ``\xNN``, controls as ``\xNN``). PsychEval
is not used. With seed 36: 20 dialogues, 328 turns, 48 truth rows, 284 turns on lines without a row; rows per kind:
duplicate_turn 6, mojibake 6, near_duplicate_turn 6, truncated_turn 5, meta_text 4, role_inversion 4, empty_turn 3,
refusal 3, unknown_speaker 3, encoding_error 2, repetition_loop 2, unparseable_line 2, duplicate_session 1,
unparseable_file 1. (Another seed samples other dialogues; the names of 01-04 carry the source file's name; the kinds and
their number stay the same.)

AN INDEPENDENT CORRUPTOR. The corruptions are this writer's idea of how each defect looks in real Chinese data:

* ``01_cpsycound_<case>.txt``: CPsyCounD's own shape, UTF-8, CR LF, a blank line between turns. A generator's
  ``以下是心理咨询对话的续写：`` on line 1 (meta_text at its own line); a client turn delivered twice, the copy right after
  it (duplicate_turn); two or four characters inside a turn lost by a converter, ``锟斤拷`` (mojibake); a client turn
  replaced by counsellor-style words (role_inversion); the last turn cut at 60% of its length (truncated_turn).
* ``02_cpsycound_<case>.txt``: the same shape, LF. A client-counsellor exchange written three times: repetition_loop at
  the first turn of the first occurrence, duplicate_turn on the three exact later turns, near_duplicate_turn on the last
  counsellor copy (full-width punctuation turned half-width); ``作为一个AI语言模型，我无法……`` in a counsellor's place
  (refusal); ``来访者：`` with nothing after it (empty_turn).
* ``03_smilechat_<id>.json``: SMILECHAT's shape, a JSON list with each message object on its own line. A client message
  whose UTF-8 was read as Windows-1252 (``è¿™ä¸ª``; the five bytes Windows-1252 leaves undefined kept as C1 controls:
  mojibake); a client message sent again at once with half-width punctuation (near_duplicate_turn); a hotline-only reply,
  ``很抱歉，我无法继续回答这个问题。……12356……`` (refusal); a ``narrator`` message (unknown_speaker).
* ``04_smilechat_<id>.json``: the same shape. A turn cut at a round character cap (48-200) inside a sentence, the
  dialogue going on (truncated_turn); leaked ``<think>…</think>`` opening a counsellor reply (meta_text); the client's
  slot filled with a copy of the counsellor turn just before it (role_inversion); ``"content": ""`` from the counsellor
  (empty_turn).
* ``05_zixun_jilu_export.txt``: a re-export as plain text, ``咨询师：`` / ``求助者：``, UTF-8, LF, no blank lines. One Chinese
  character missing its last UTF-8 byte (encoding_error); a later counsellor turn replaced by an exact copy of an earlier
  one (duplicate_turn); a turn cut at a character cap (truncated_turn); ``督导：`` with a supervisor's comment
  (unknown_speaker); ``（注：本对话为虚构，仅用于心理咨询模型训练。）`` after the last counsellor reply (meta_text).
* ``06_huihua_export.csv``: a CSV ``speaker,text`` (``来访者`` / ``咨询师``), UTF-8. A message whose UTF-8 was read as GBK
  (``鐞嗚В``, U+FFFD where a pair did not decode: mojibake); a later counsellor reply replaced by an earlier one with a
  particle dropped (and a final ``。`` made ``！``: near_duplicate_turn); an empty client row (empty_turn); the exporter's
  ``（第3页导出失败，以下内容可能不完整）`` as a one-field row (unparseable_line, no turn).
* ``07_training_dump.jsonl``: a JSON Lines dump of twelve sessions from both corpora, one message a line
  (``session_id``, ``source``, ``turn``, ``role``, ``content``), and a thirteenth. s0002: an assistant's refusal. s0003:
  every role swapped (role_inversion, ONE row at its first message). s0004: one counsellor turn three times in a row
  (repetition_loop, duplicate_turn, near_duplicate_turn with a particle dropped). s0005: ``[对话结束]`` sent as a last
  counsellor message (meta_text). s0006: the last turn cut (truncated_turn). s0007: a ``supervisor`` message
  (unknown_speaker). s0008: a character missing its last byte (encoding_error). s0009: a later client turn replaced by an
  earlier one in half-width punctuation (near_duplicate_turn). s0010: a counsellor turn under ``client``
  (role_inversion). After s0011: an exporter's log line, not JSON (unparseable_line). s0013: s0001 again under a new id
  (duplicate_session, ONE row at its first message; its messages carry no other row).
* ``08_zixun_jilu_gbk.txt``: a plain re-export saved in GBK, CR LF, CORRECTLY (the legacy code page is a decoy): a later
  client turn replaced by an earlier one with a particle dropped (near_duplicate_turn); the last turn cut
  (truncated_turn).
* ``09_zixun_jilu_utf8_read_as_gbk.txt``: a plain re-export, UTF-8, whose two middle turns were pasted from a viewer that
  read their UTF-8 as GBK (mojibake twice, labels intact), and a ``锟斤拷`` run in another turn (mojibake).
* ``10_sample_manifest.csv``: the manifest of this sample (output file, corpus, source file, turns, characters), dropped
  into the folder: no transcript (unparseable_file, line 0).

WHAT IS COUNTED. ``line`` is the 1-based physical line of the written file split on its line end (the CR of CR LF is
not a line; no byte-order mark): the ``label：text`` line in 01, 02, 05, 08 and 09 (blank lines between turns in 01 and
02 count as lines), the line of the message object in 03, 04 and 07, the record's row in 06 (header = line 1). A
session-level row (07's swapped session, 07's repeated session) is at the session's first message; meta text inside a
turn is at the turn's line, a meta or unparseable line of its own at that line; 10's row is at line 0. A repetition
loop is one ``repetition_loop`` row on the first turn of the first occurrence plus a repeat row on every later copy.
``encoding_error`` is a turn holding bytes invalid in its UTF-8 file; ``mojibake`` is text that decodes but was garbled
upstream. ``consecutive_speaker`` is never marked (inserted turns, empty turns and relabelled turns make some). Only what
this script injected is marked.

REAL DEFECTS OF THE CORPORA, NOT MARKED. Real corpora carry defects of their own: CPsyCounD has unlabelled lines (1,958
by the corpus README), PsychEval's counsellor turns leak ``<think>`` reasoning (PsychEval is not read here at all), and a
source turn may end without punctuation or repeat itself. None of that is marked; instead it is avoided: a dialogue is
kept only if every non-blank line carries one of the two labels, it opens with the client and the roles alternate, it
has 12-30 (CPsyCounD) or 10-24 (SMILECHAT) turns, every turn is 4-260 characters, ends in final punctuation, holds no
newline, control, private-use or astral character, encodes in GBK, holds none of a list of words that would look like an
injected defect (AI, 人工智能, 语言模型, 热线, 续写, 对话, 注：, brackets, 锟, U+FFFD, 督导, 旁白, the labels, ...), and no two
same-role turns in it are even loosely alike (normalised similarity above 0.6 with one of them substantial). Whatever a
detector finds in a clean turn of such a dialogue is, by this writer's reading, a false alarm, or a defect of the corpus
this writer could not see.

Self-checks (this writer's, not a detector's): a turn is tagged ``mojibake`` exactly when it holds a garbled string this
script made, ``encoding_error`` exactly when it holds invalid bytes, ``empty_turn`` exactly when it is blank,
``unknown_speaker`` exactly when its label is in neither role; a truncated turn ends in a CJK character and every other
clean turn in final punctuation; every same-role exact or close (full and half width folded) repeat of a substantial
turn is marked, every repeat mark is real, a loop has two marked later copies; only the marked session repeats another,
exactly; each file has its intended encoding and line ends, decodes strictly exactly when it holds no invalid byte, the
GBK file is not valid UTF-8, and every file decodes back line for line to the lines written; every line reads back in its
layout (labelled text, the JSON document and each message line, CSV rows, JSON Lines) to exactly the turn recorded for
it, and the unparseable lines do not parse; every truth row's line holds what it names; every kind is present, no row is
written twice, 40-60 rows, at least 80% of turns carry none and no file has more rows than 40% of its turns. Standard
library only.

What this writer is unsure about: whether a detector reads ``[对话结束]`` sent as a counsellor message (07) and the
``narrator`` / ``supervisor`` roles in JSON as turns at all; whether the client slot holding the counsellor's words
(04) is also taken for a duplicate across roles; whether ``督导：`` is taken for a third speaker rather than a
counsellor; whether the GBK reading with U+FFFD (06, 09) counts as mojibake rather than an encoding error (it is valid
UTF-8, so it is marked mojibake); and whether 01's line-1 preamble is read as an unlabelled line of the corpus kind.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import io
import itertools
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

CORPORA = Path("/work/shared/corpora")
CPSY_DIR = CORPORA / "cpsycoun" / "CPsyCounD" / "Data"
SMILE_DIR = CORPORA / "smilechat" / "data_sample"

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
SESSION_KINDS = {"role_inversion", "duplicate_session"}
LINE_KINDS = {"meta_text", "unparseable_line"}
REPEAT_KINDS = {"duplicate_turn", "near_duplicate_turn"}

T, C, X, RAW = "T", "C", "X", "#"  # counsellor, client, a speaker in neither role, a line that is no turn
ENDERS = ".?!\"')]" + "\u201d\u2019\u2026" + "\u3002\uff01\uff1f\u300d\u300f\uff09\u3011\uff0e\uff5e~"
BREAKERS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# source dialogues holding any of these are skipped, so that nothing in a clean turn looks like an injected defect
BANNED = (
    "AI",
    "ai",
    "人工智能",
    "语言模型",
    "机器人",
    "<",
    ">",
    "[",
    "]",
    "【",
    "】",
    "注：",
    "锟",
    "热线",
    "续写",
    "对话",
    "作为一个",
    "督导",
    "旁白",
    "http",
    "来访者：",
    "咨询师：",
    "求助者：",
    "\ufffd",
)

# ---------------------------------------------------------------------------
# the texts this writer injects (its own words; no corpus text is stored in this file)
# ---------------------------------------------------------------------------
REFUSAL_AI = "作为一个AI语言模型，我无法提供专业的心理咨询服务。建议你向有资质的心理咨询师或精神科医生寻求帮助。"
REFUSAL_HOTLINE = "很抱歉，我无法继续回答这个问题。如果你正处于危机之中，请立即拨打全国心理援助热线12356，或拨打120、110寻求紧急帮助。"
REFUSAL_ASSISTANT = "对不起，作为人工智能助手，我不能就这类话题提供具体建议，请咨询相关领域的专业人士。"
COUNSELLOR_WORDS = "听起来这件事让你承受了很大的压力。你愿意多说一说，当时你心里最强烈的感受是什么吗？"
COUNSELLOR_WORDS_2 = "我注意到你在谈到家人的时候语气有些变化，我们可以在这里停一停，看看这种感觉是从哪里来的。"
META_PREAMBLE = "以下是心理咨询对话的续写："
META_NOTE = "（注：本对话为虚构，仅用于心理咨询模型训练。）"
META_END = "[对话结束]"
META_THINK = "<think>来访者在表达对未来的担忧，我需要先共情，再用开放式提问了解具体情况。</think>"
SUPERVISOR_NOTE = "这一段咨询师可以先做情感反映，再提问，节奏可以放慢一些。"
NARRATION = "来访者沉默了一会儿，低头看着自己的手，过了很久才开口。"
TIMEKEEPER = "提醒：本次会谈还剩十分钟，请注意收尾。"
CSV_NOTE = "（第3页导出失败，以下内容可能不完整）"
JSONL_NOTE = "导出中断：上一个会话缺少若干条消息，已跳过。"

# ---------------------------------------------------------------------------
# text and byte helpers
# ---------------------------------------------------------------------------
MADE_GARBLED: list[str] = []


def note_garbled(text: str) -> str:
    assert not any(ch in text for ch in BREAKERS + "\r\n"), text[:40]
    MADE_GARBLED.append(text)
    return text


def moji_gbk(text: str) -> str:
    """The UTF-8 bytes of ``text`` read as GBK by a viewer (undecodable pairs become U+FFFD) and saved again."""
    out = text.encode("utf-8").decode("gbk", "replace")
    assert out != text
    return note_garbled(out)


def moji_cp1252(text: str) -> str:
    """The UTF-8 bytes of ``text`` read as Windows-1252; its five undefined bytes kept as C1 controls (as Windows does)."""
    chars = []
    for byte in text.encode("utf-8"):
        try:
            chars.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            chars.append(chr(byte))
    return note_garbled("".join(chars))


def kunjinkao(lost: int) -> str:
    """``lost`` characters a converter turned into U+FFFD, saved as UTF-8 and read back as GBK: 锟斤拷 per pair."""
    out = ("\ufffd" * lost).encode("utf-8").decode("gbk")
    assert out == "锟斤拷" * (lost // 2)
    return note_garbled(out)


def garbled(text: str) -> bool:
    return any(part and part in text for part in MADE_GARBLED)


def invalid_bytes(text: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in text)


def blank(text: str) -> bool:
    return not text.strip()


def is_cjk(ch: str) -> bool:
    return unicodedata.category(ch) == "Lo"


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\W_]+", "", text)


def ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, norm(a), norm(b), autojunk=False).ratio()


def similar(a: str, b: str) -> bool:
    return ratio(a, b) > 0.85


def related(a: str, b: str) -> bool:
    return ratio(a, b) > 0.6


def substantial(text: str) -> bool:
    """Long enough that a repeat is a defect, not a backchannel such as 嗯。 or 好的。"""
    return len(norm(text)) >= 8


HALF = str.maketrans({"，": ",", "。": ".", "？": "?", "！": "!", "：": ":", "；": ";", "（": "(", "）": ")"})
PARTICLES = "的了也都就很还"


def near_copy(text: str, mode: str, rng: random.Random) -> str:
    """A copy that differs by punctuation and width (``half``) or by a character or two (``chars``)."""
    if mode == "half":
        out = text.translate(HALF)
    else:
        spots = [i for i, ch in enumerate(text) if ch in PARTICLES and 3 <= i < len(text) - 3]
        assert spots, text[:40]
        i = rng.choice(spots)
        out = text[:i] + text[i + 1 :]
        if out.endswith("。"):
            out = out[:-1] + "！"
    assert out != text and similar(out, text), (text[:40], out[:40])
    return out


def cut_open(text: str, at: int) -> str:
    """``text`` cut after ``at`` characters, then back to the last CJK character, so that it stops mid-sentence."""
    out = text[:at]
    while out and not is_cjk(out[-1]):
        out = out[:-1]
    assert len(out) >= 8 and out != text and out[-1] not in ENDERS, text[:40]
    return out


def js(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def csv_line(*fields: str) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="").writerow(fields)
    return buffer.getvalue()


# ---------------------------------------------------------------------------
# reading the corpora (at run time) and choosing clean dialogues
# ---------------------------------------------------------------------------
Dialogue = tuple[str, str, list[tuple[str, str]]]  # corpus, source file, [(role, text)]


def read_cpsy(path: Path) -> list[tuple[str, str]] | None:
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return None
    if any(ch in text for ch in BREAKERS):
        return None
    turns: list[tuple[str, str]] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        for label, role in (("来访者：", C), ("心理咨询师：", T)):
            if line.startswith(label):
                turns.append((role, line[len(label) :].strip()))
                break
        else:
            return None  # an unlabelled line: the corpus's own defect, avoided rather than marked
    return turns


def read_smile(path: Path) -> list[tuple[str, str]] | None:
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not isinstance(data, list):
        return None
    turns: list[tuple[str, str]] = []
    for item in data:
        if not isinstance(item, dict) or not isinstance(item.get("content"), str):
            return None
        role = {"client": C, "counselor": T}.get(str(item.get("role")))
        if role is None:
            return None
        turns.append((role, item["content"].strip()))
    return turns


def clean_text(text: str) -> bool:
    if not (4 <= len(text) <= 260) or text[-1] not in ENDERS:
        return False
    if any(word in text for word in BANNED):
        return False
    for ch in text:
        if ord(ch) > 0xFFFF or unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs", "Zl", "Zp"):
            return False
    try:
        text.encode("gbk")
    except UnicodeEncodeError:
        return False
    return True


def cheap_ok(turns: list[tuple[str, str]] | None, lo: int, hi: int) -> bool:
    if turns is None or not lo <= len(turns) <= hi or turns[0][0] != C:
        return False
    if any(a[0] == b[0] for a, b in itertools.pairwise(turns)):
        return False
    if not all(clean_text(text) for _, text in turns):
        return False
    longest = max(len(text) for _, text in turns[1:-1])
    return longest >= 70 and len(turns[-1][1]) >= 24 and sum(1 for r, t in turns if r == T and len(t) >= 20) >= 4


def no_repeats(turns: list[tuple[str, str]]) -> bool:
    """No same-role pair of substantial turns is even loosely alike (the source must not bring repeats of its own)."""
    for i, (role, text) in enumerate(turns):
        for other_role, other in turns[:i]:
            if role == other_role and (substantial(text) or substantial(other)) and related(text, other):
                return False
    return True


def choose(pool: list[tuple[str, list[tuple[str, str]]]], count: int, rng: random.Random) -> list[Dialogue]:
    order = list(pool)
    rng.shuffle(order)
    out: list[Dialogue] = []
    for name, turns in order:
        if no_repeats(turns):
            out.append(("", name, turns))
        if len(out) == count:
            return out
    raise SystemExit(f"only {len(out)} clean dialogues found, {count} needed")


def load(rng: random.Random) -> tuple[list[Dialogue], list[Dialogue]]:
    if not CPSY_DIR.is_dir() or not SMILE_DIR.is_dir():
        raise SystemExit(f"corpora not found under {CORPORA} (see /work/shared/corpora/README.md)")
    cpsy_pool = []
    for path in sorted(CPSY_DIR.glob("*.txt"), key=lambda p: p.name):
        turns = read_cpsy(path)
        if cheap_ok(turns, 12, 30) and turns is not None:
            cpsy_pool.append((path.name, turns))
    smile_pool = []
    for path in sorted(SMILE_DIR.glob("*.json"), key=lambda p: p.name):
        turns = read_smile(path)
        if cheap_ok(turns, 10, 24) and turns is not None:
            smile_pool.append((path.name, turns))
    cpsy = [("CPsyCounD", name, turns) for _, name, turns in choose(cpsy_pool, 11, rng)]
    smile = [("SMILECHAT", name, turns) for _, name, turns in choose(smile_pool, 9, rng)]
    print(f"clean pools: CPsyCounD {len(cpsy_pool)} dialogues, SMILECHAT {len(smile_pool)}")
    return cpsy, smile


# ---------------------------------------------------------------------------
# sessions, turns and the corruptions
# ---------------------------------------------------------------------------
@dataclass(eq=False)
class Turn:
    role: str  # the role of the label written: T, C or X; RAW for a line that is no turn
    text: str
    kinds: list[str] = field(default_factory=list)
    label: str | None = None  # a label outside both roles (unknown speaker)
    source: bool = True  # an untouched turn of the source dialogue
    hold: bool = False  # the original of a copy: left as it is
    line: int = 0


@dataclass(eq=False)
class Session:
    sid: str
    corpus: str
    source: str
    turns: list[Turn]
    kinds: list[str] = field(default_factory=list)

    def real(self) -> list[Turn]:
        return [t for t in self.turns if t.role != RAW]


def session_of(d: Dialogue, sid: str) -> Session:
    corpus, name, turns = d
    return Session(sid, corpus, name, [Turn(role, text) for role, text in turns])


def busy(t: Turn) -> bool:
    return bool(t.kinds) or not t.source or t.hold or t.role not in (T, C)


def spots_for(
    s: Session,
    role: str | None = None,
    *,
    min_len: int = 0,
    lo: int = 1,
    hi: int | None = None,
    pred: Callable[[int], bool] | None = None,
) -> list[int]:
    turns = s.turns
    hi = len(turns) - 1 if hi is None else hi
    spots = []
    for i in range(lo, hi):
        t = turns[i]
        if busy(t) or (role is not None and t.role != role) or len(t.text) < min_len:
            continue
        if pred is not None and not pred(i):
            continue
        spots.append(i)
    apart = [i for i in spots if not (busy(turns[i - 1]) or (i + 1 < len(turns) and busy(turns[i + 1])))]
    return apart or spots  # next to another corruption only when a dialogue leaves no other place


def pick(
    s: Session,
    rng: random.Random,
    role: str | None = None,
    *,
    min_len: int = 0,
    lo: int = 1,
    hi: int | None = None,
    pred: Callable[[int], bool] | None = None,
) -> int:
    """An untouched turn, away from other corruptions (its neighbours untouched too), not the last unless asked."""
    spots = spots_for(s, role, min_len=min_len, lo=lo, hi=hi, pred=pred)
    assert spots, f"{s.sid}: no place for a corruption ({role}, >= {min_len} chars)"
    return rng.choice(spots)


def dup_twice(s: Session, rng: random.Random, role: str = C) -> None:
    """A turn delivered twice: the exact copy right after it."""
    i = pick(s, rng, role, min_len=15)
    s.turns[i].hold = True
    s.turns.insert(i + 1, Turn(role, s.turns[i].text, ["duplicate_turn"], source=False))


def repeat_later(s: Session, rng: random.Random, role: str, kind: str, mode: str = "") -> None:
    """A later turn of the same role replaced by a copy (exact, or near) of an earlier one, as a generator repeats."""
    n = len(s.turns)
    pairs = [
        (i, j)
        for i in spots_for(s, role, min_len=15, hi=n // 2, pred=lambda k: mode == "" or can_near(s.turns[k].text, mode))
        for j in spots_for(s, role, lo=i + 3)
    ]
    assert pairs, f"{s.sid}: no place for a later repeat"
    i, j = rng.choice(pairs)
    text = s.turns[i].text if kind == "duplicate_turn" else near_copy(s.turns[i].text, mode, rng)
    s.turns[i].hold = True
    s.turns[j] = Turn(role, text, [kind], source=False)


def near_twice(s: Session, rng: random.Random, role: str, mode: str) -> None:
    """A turn sent again at once, retyped with other punctuation or a character dropped."""
    i = pick(s, rng, role, min_len=15, pred=lambda k: can_near(s.turns[k].text, mode))
    s.turns[i].hold = True
    s.turns.insert(i + 1, Turn(role, near_copy(s.turns[i].text, mode, rng), ["near_duplicate_turn"], source=False))


def can_near(text: str, mode: str) -> bool:
    if mode == "half":
        return text.translate(HALF) != text
    return any(ch in PARTICLES for ch in text[3:-3])


def loop(s: Session, rng: random.Random, block: int, mode: str) -> None:
    """A turn (block=1) or a client-counsellor exchange (block=2) written three times; the last turn of the last copy
    is a near copy."""
    first = pick(
        s,
        rng,
        C if block == 2 else T,
        min_len=12,
        hi=len(s.turns) - block - 1,
        pred=lambda k: (
            all(not busy(s.turns[k + m]) and substantial(s.turns[k + m].text) for m in range(block))
            and can_near(s.turns[k + block - 1].text, mode)
        ),
    )
    originals = s.turns[first : first + block]
    originals[0].kinds.append("repetition_loop")
    for t in originals[1:]:
        t.hold = True
    copies: list[Turn] = []
    for copy_no in (1, 2):
        for m, t in enumerate(originals):
            if copy_no == 2 and m == block - 1:
                copies.append(Turn(t.role, near_copy(t.text, mode, rng), ["near_duplicate_turn"], source=False))
            else:
                copies.append(Turn(t.role, t.text, ["duplicate_turn"], source=False))
    s.turns[first + block : first + block] = copies


def replace(s: Session, rng: random.Random, role: str, text: str, kind: str, lo: int = 2) -> None:
    i = pick(s, rng, role, lo=lo)
    s.turns[i] = Turn(role, text, [kind], source=False)


def relabel(s: Session, rng: random.Random) -> None:
    """A counsellor turn given the client's label."""
    i = pick(s, rng, T, lo=2, min_len=12)
    t = s.turns[i]
    t.role, t.kinds = C, ["role_inversion"]


def copy_into_client(s: Session, rng: random.Random) -> None:
    """A client slot filled with a copy of the counsellor turn just before it."""
    i = pick(s, rng, C, lo=2, pred=lambda k: s.turns[k - 1].role == T and substantial(s.turns[k - 1].text))
    s.turns[i - 1].hold = True
    s.turns[i] = Turn(C, s.turns[i - 1].text, ["role_inversion"], source=False)


def cap_chars(s: Session, rng: random.Random) -> None:
    """A turn cut at a round character cap by an exporter or a token limit; the session goes on."""
    longest = max(len(t.text) for t in s.turns[1:-1] if not busy(t))
    cap = next(c for c in (200, 160, 128, 100, 80, 64, 48) if c + 12 <= longest)
    i = pick(s, rng, min_len=cap + 12)
    s.turns[i].text = cut_open(s.turns[i].text, cap)
    s.turns[i].kinds.append("truncated_turn")


def cut_last(s: Session) -> None:
    """The session's last turn cut off where the recording or the generation stopped."""
    t = s.turns[-1]
    assert not busy(t) and len(t.text) >= 24, s.sid
    t.text = cut_open(t.text, int(len(t.text) * 0.6))
    t.kinds.append("truncated_turn")


def meta_inline(s: Session, rng: random.Random, text: str, at_start: bool, last: bool = False) -> None:
    if last:
        i = max(k for k, t in enumerate(s.turns) if t.role == T)
        assert not busy(s.turns[i]), s.sid
    else:
        i = pick(s, rng, T, lo=1)
    t = s.turns[i]
    t.text = text + t.text if at_start else t.text + text
    t.kinds.append("meta_text")


def garble(s: Session, rng: random.Random, how: Callable[[str], str], role: str | None = None) -> None:
    i = pick(s, rng, role, min_len=12)
    t = s.turns[i]
    t.text = how(t.text)
    t.kinds.append("mojibake")


def lost_chars(s: Session, rng: random.Random) -> None:
    """Two or four characters inside a turn lost by a converter: 锟斤拷 runs."""
    i = pick(s, rng, min_len=20)
    t = s.turns[i]
    lost = rng.choice((2, 4))
    spots = [k for k in range(4, len(t.text) - lost - 4) if all(is_cjk(ch) for ch in t.text[k : k + lost])]
    assert spots, t.text[:40]
    k = rng.choice(spots)
    t.text = t.text[:k] + kunjinkao(lost) + t.text[k + lost :]
    t.kinds.append("mojibake")


def broken_bytes(s: Session, rng: random.Random) -> None:
    """One character inside a turn lost its last UTF-8 byte: a sequence no codec explains in a UTF-8 file."""
    i = pick(s, rng, min_len=20)
    t = s.turns[i]
    spots = [k for k in range(4, len(t.text) - 4) if is_cjk(t.text[k]) and is_cjk(t.text[k + 1])]
    k = rng.choice(spots)
    raw = t.text[k].encode("utf-8")[:-1]
    t.text = t.text[:k] + raw.decode("utf-8", "surrogateescape") + t.text[k + 1 :]
    assert invalid_bytes(t.text)
    t.kinds.append("encoding_error")


def insert_turn(s: Session, rng: random.Random, turn: Turn, before_role: str | None = None) -> None:
    i = pick(s, rng, before_role, lo=2)
    s.turns.insert(i, turn)


def swap_roles(s: Session) -> None:
    for t in s.turns:
        assert t.role in (T, C) and not t.kinds
        t.role = C if t.role == T else T
    s.kinds.append("role_inversion")


def copy_session(s: Session, sid: str) -> Session:
    return Session(sid, s.corpus, s.source, [Turn(t.role, t.text) for t in s.turns], ["duplicate_session"])


# ---------------------------------------------------------------------------
# the file layouts
# ---------------------------------------------------------------------------
Parsed = tuple[str, str] | None


@dataclass
class Doc:
    name: str
    shape: str  # native, plain, smile, csv, jsonl, manifest
    labels: dict[str, str]  # role -> label written
    sessions: list[Session]
    codec: str = "utf-8"
    newline: str = "\n"
    blank_between: bool = False
    lines: list[str] = field(default_factory=list)
    truth: list[tuple[int, str]] = field(default_factory=list)
    story: str = ""

    def label(self, t: Turn) -> str:
        return t.label if t.label is not None else self.labels[t.role]

    def known(self) -> set[str]:
        return {self.label(t) for s in self.sessions for t in s.real()}

    def add(self, line: str) -> int:
        assert "\n" not in line and "\r" not in line and not any(ch in line for ch in BREAKERS), (self.name, line[:40])
        self.lines.append(line)
        return len(self.lines)

    def build(self) -> None:
        if self.shape in ("smile",):
            self.add("[")
        if self.shape == "csv":
            self.add("speaker,text")
        entries = [(s, t) for s in self.sessions for t in s.turns]
        for n, (s, t) in enumerate(entries):
            if self.blank_between and n > 0:
                self.add("")
            if t.role == RAW:
                t.line = self.add(t.text if self.shape != "csv" else csv_line(t.text))
                continue
            label = self.label(t)
            if self.shape in ("native", "plain"):
                line = f"{label}：{t.text}"
            elif self.shape == "smile":
                comma = "," if n < len(entries) - 1 else ""
                line = "  " + js({"role": label, "content": t.text}) + comma
            elif self.shape == "csv":
                line = csv_line(label, t.text)
            else:
                number = s.real().index(t) + 1
                line = js({"session_id": s.sid, "source": s.source, "turn": number, "role": label, "content": t.text})
            t.line = self.add(line)
        if self.shape == "smile":
            self.add("]")
        for s in self.sessions:
            real = s.real()
            for kind in s.kinds:
                self.truth.append((real[0].line, kind))
            for t in s.turns:
                self.truth.extend((t.line, kind) for kind in t.kinds)

    def render(self) -> bytes:
        text = "".join(line + self.newline for line in self.lines)
        return text.encode(self.codec, "surrogateescape")

    def parse(self, line: str) -> Parsed:
        """One physical line read back as (label, text), or None."""
        if self.shape in ("native", "plain"):
            label, found, rest = line.partition("：")
            return (label, rest) if found and label in self.known() else None
        if self.shape == "csv":
            row = next(csv.reader([line]))
            return (row[0], row[1]) if len(row) == 2 and row[0] in self.known() else None
        body = line.strip().removesuffix(",")
        if not (body.startswith("{") and body.endswith("}")):
            return None
        obj = json.loads(body)
        return (str(obj["role"]), str(obj["content"]))


# ---------------------------------------------------------------------------
# the ten files
# ---------------------------------------------------------------------------
NATIVE = {C: "来访者", T: "心理咨询师"}  # written 来访者：text, with the full-width colon
PLAIN = {C: "求助者", T: "咨询师"}
ROLES_EN = {C: "client", T: "counselor"}
CSV_LABELS = {C: "来访者", T: "咨询师"}


def build_docs(seed: int) -> list[Doc]:
    MADE_GARBLED.clear()
    rng = random.Random(seed)
    cpsy, smile = load(rng)
    # the files with more corruptions get the longer dialogues: 02, 01, 05, 09, 08 and 04, 03, 06
    first = sorted(cpsy[:5], key=lambda d: -len(d[2]))
    cpsy = [first[1], first[0], first[2], first[4], first[3], *cpsy[5:]]
    second = sorted(smile[:3], key=lambda d: -len(d[2]))
    smile = [second[1], second[0], second[2], *smile[3:]]
    docs: list[Doc] = []

    # 01: CPsyCounD's own shape, CR LF, blank lines between turns, as most of its files are
    s = session_of(cpsy[0], "01")
    dup_twice(s, rng, C)
    lost_chars(s, rng)
    replace(s, rng, C, COUNSELLOR_WORDS, "role_inversion")
    cut_last(s)
    s.turns.insert(0, Turn(RAW, META_PREAMBLE, ["meta_text"], source=False))
    docs.append(
        Doc(
            f"01_cpsycound_{Path(s.source).stem}.txt",
            "native",
            NATIVE,
            [s],
            newline="\r\n",
            blank_between=True,
            story="CPsyCounD shape, CR LF: a generator's preamble line, a client turn sent twice, 锟斤拷, a client turn in the counsellor's voice, the last turn cut",
        )
    )

    # 02: CPsyCounD's own shape, LF, blank lines between turns
    s = session_of(cpsy[1], "02")
    loop(s, rng, 2, "half")
    replace(s, rng, T, REFUSAL_AI, "refusal")
    insert_turn(s, rng, Turn(C, "", ["empty_turn"], source=False), C)
    docs.append(
        Doc(
            f"02_cpsycound_{Path(s.source).stem}.txt",
            "native",
            NATIVE,
            [s],
            blank_between=True,
            story="CPsyCounD shape, LF: an exchange written three times (the last reply in half-width punctuation), an AI refusal, an empty client label",
        )
    )

    # 03: SMILECHAT's own shape, one message object a line
    s = session_of(smile[0], "03")
    garble(s, rng, moji_cp1252, C)
    near_twice(s, rng, C, "half")
    replace(s, rng, T, REFUSAL_HOTLINE, "refusal")
    insert_turn(s, rng, Turn(X, NARRATION, ["unknown_speaker"], label="narrator", source=False), T)
    docs.append(
        Doc(
            f"03_smilechat_{Path(s.source).stem}.json",
            "smile",
            ROLES_EN,
            [s],
            story="SMILECHAT shape: a client message read as Windows-1252, the same message re-sent in half-width punctuation, a hotline-only refusal, a narrator",
        )
    )

    # 04: SMILECHAT's own shape
    s = session_of(smile[1], "04")
    cap_chars(s, rng)
    meta_inline(s, rng, META_THINK, at_start=True)
    copy_into_client(s, rng)
    insert_turn(s, rng, Turn(T, "", ["empty_turn"], source=False), C)
    docs.append(
        Doc(
            f"04_smilechat_{Path(s.source).stem}.json",
            "smile",
            ROLES_EN,
            [s],
            story="SMILECHAT shape: a turn cut at a character cap, leaked <think> reasoning, a counsellor turn copied into the client's slot, an empty reply",
        )
    )

    # 05: a re-export as plain text, 咨询师 / 求助者, UTF-8, LF, no blank lines
    s = session_of(cpsy[2], "05")
    meta_inline(s, rng, META_NOTE, at_start=False, last=True)
    cap_chars(s, rng)
    broken_bytes(s, rng)
    repeat_later(s, rng, T, "duplicate_turn")
    insert_turn(s, rng, Turn(X, SUPERVISOR_NOTE, ["unknown_speaker"], label="督导", source=False), C)
    docs.append(
        Doc(
            "05_zixun_jilu_export.txt",
            "plain",
            PLAIN,
            [s],
            story="plain re-export: a character missing its last byte, a counsellor turn generated again later, a turn cut at a cap, a supervisor's comment, a fiction note after the last reply",
        )
    )

    # 06: a CSV of speaker,text
    s = session_of(smile[2], "06")
    repeat_later(s, rng, T, "near_duplicate_turn", "chars")
    garble(s, rng, moji_gbk)
    insert_turn(s, rng, Turn(C, "", ["empty_turn"], source=False), C)
    insert_turn(s, rng, Turn(RAW, CSV_NOTE, ["unparseable_line"], source=False))
    docs.append(
        Doc(
            "06_huihua_export.csv",
            "csv",
            CSV_LABELS,
            [s],
            story="CSV speaker,text: a message read as GBK, a counsellor reply repeated later with a character dropped, an empty client row, an exporter's note row",
        )
    )

    # 07: a JSON Lines dump of twelve sessions from both corpora, one message a line, and one session again
    order = [d for pair in zip(cpsy[5:11], smile[3:9], strict=True) for d in pair]
    sessions = [session_of(d, f"s{n:04d}") for n, d in enumerate(order, 1)]
    replace(sessions[1], rng, T, REFUSAL_ASSISTANT, "refusal")
    swap_roles(sessions[2])
    loop(sessions[3], rng, 1, "chars")
    sessions[4].turns.append(Turn(T, META_END, ["meta_text"], source=False))
    cut_last(sessions[5])
    insert_turn(sessions[6], rng, Turn(X, TIMEKEEPER, ["unknown_speaker"], label="supervisor", source=False))
    broken_bytes(sessions[7], rng)
    relabel(sessions[9], rng)
    repeat_later(sessions[8], rng, C, "near_duplicate_turn", "half")
    sessions[10].turns.append(Turn(RAW, JSONL_NOTE, ["unparseable_line"], source=False))
    sessions.append(copy_session(sessions[0], f"s{len(sessions) + 1:04d}"))
    docs.append(
        Doc(
            "07_training_dump.jsonl",
            "jsonl",
            ROLES_EN,
            sessions,
            story="JSON Lines dump of 12 sessions + 1 repeat: an assistant's refusal, a session with every role swapped, a counsellor turn three times, [对话结束], a last turn cut, a supervisor's message, a character missing its last byte, a near copy, a counsellor turn under the client's role, an exporter's log line, the first session again",
        )
    )

    # 08: a plain re-export saved as GBK (correctly), CR LF: the legacy code page is a decoy
    s = session_of(cpsy[3], "08")
    repeat_later(s, rng, C, "near_duplicate_turn", "chars")
    cut_last(s)
    docs.append(
        Doc(
            "08_zixun_jilu_gbk.txt",
            "plain",
            PLAIN,
            [s],
            codec="gbk",
            newline="\r\n",
            story="plain re-export in GBK, written correctly (a decoy): a client turn repeated with a character dropped, the last turn cut",
        )
    )

    # 09: a plain re-export whose middle was pasted from a viewer that read UTF-8 as GBK
    s = session_of(cpsy[4], "09")
    mid = len(s.turns) // 2
    for k in (mid, mid + 1):
        s.turns[k].text = moji_gbk(s.turns[k].text)
        s.turns[k].kinds.append("mojibake")
    lost_chars(s, rng)
    docs.append(
        Doc(
            "09_zixun_jilu_utf8_read_as_gbk.txt",
            "plain",
            PLAIN,
            [s],
            story="plain re-export: two turns pasted from a viewer that read their UTF-8 as GBK, and 锟斤拷",
        )
    )

    # 10: the sampling manifest, dropped into the folder: no transcript at all
    manifest = Doc("10_sample_manifest.csv", "manifest", {}, [], story="the manifest of this sample: no transcript")
    manifest.add("output_file,corpus,source_file,turns,characters")
    for doc in docs:
        for sess in doc.sessions:
            if "duplicate_session" in sess.kinds:
                continue
            chars = sum(len(t.text) for t in sess.real())
            manifest.add(csv_line(doc.name, sess.corpus, sess.source, str(len(sess.real())), str(chars)))
    manifest.truth.append((0, "unparseable_file"))
    for doc in docs:
        doc.build()
    docs.append(manifest)
    return docs


# ---------------------------------------------------------------------------
# self-checks (of this writer, not of any detector)
# ---------------------------------------------------------------------------
def check_turns(doc: Doc) -> None:
    for s in doc.sessions:
        copy = "duplicate_session" in s.kinds
        for t in s.turns:
            if t.role == RAW:
                assert len(t.kinds) == 1 and t.kinds[0] in LINE_KINDS, (doc.name, t.line)
                continue
            k = set(t.kinds)
            assert k <= KINDS and "consecutive_speaker" not in k, (doc.name, t.line)
            assert ("unknown_speaker" in k) == (t.role == X), (doc.name, t.line)
            assert ("mojibake" in k) == garbled(t.text), (doc.name, t.line)
            assert ("encoding_error" in k) == invalid_bytes(t.text), (doc.name, t.line)
            assert ("empty_turn" in k) == blank(t.text), (doc.name, t.line)
            if "truncated_turn" in k:
                assert is_cjk(t.text[-1]), (doc.name, t.line)
            elif not k & {"empty_turn", "mojibake", "encoding_error"}:
                assert t.text[-1] in ENDERS, f"{doc.name}:{t.line} an open ending nobody marked"
            if copy:
                assert not k, (doc.name, t.line)


def check_repeats(doc: Doc) -> None:
    """Every same-role repeat of a substantial turn in a session is marked, and every repeat mark is real."""
    for s in doc.sessions:
        if "duplicate_session" in s.kinds:
            continue
        seen: list[Turn] = []
        real = s.real()
        for index, t in enumerate(real):
            if t.role == X or blank(t.text):
                continue
            earlier = [e for e in seen if e.role == t.role]
            exact = any(e.text == t.text for e in earlier)
            close = any(similar(e.text, t.text) for e in earlier)
            near = any(related(e.text, t.text) for e in earlier)
            marked = set(t.kinds) & REPEAT_KINDS
            if substantial(t.text) and (exact or close):
                assert marked, f"{doc.name}:{t.line} an unmarked repeat"
            if not substantial(t.text):
                assert not marked, (doc.name, t.line)
            if "duplicate_turn" in t.kinds:
                assert exact, (doc.name, t.line)
            if "near_duplicate_turn" in t.kinds:
                assert close and not exact, (doc.name, t.line)
            if "repetition_loop" in t.kinds:
                later = [e for e in real[index + 1 :] if e.role == t.role and related(e.text, t.text)]
                assert len(later) >= 2 and all(set(e.kinds) & REPEAT_KINDS for e in later), (doc.name, t.line)
                assert not near, (doc.name, t.line)
            seen.append(t)


def check_sessions(docs: Sequence[Doc]) -> None:
    """Only a session marked duplicate_session repeats an earlier one, and exactly."""
    seen: set[tuple[tuple[str, str], ...]] = set()
    for doc in docs:
        for s in doc.sessions:
            content = tuple((t.role, t.text) for t in s.real())
            assert (content in seen) == ("duplicate_session" in s.kinds), (doc.name, s.sid)
            seen.add(content)


def check_written(doc: Doc, out: Path) -> list[str]:
    raw = (out / doc.name).read_bytes()
    assert raw == doc.render(), doc.name
    assert not raw.startswith(b"\xef\xbb\xbf"), doc.name
    errors = any("encoding_error" in t.kinds for s in doc.sessions for t in s.turns)
    try:
        raw.decode(doc.codec)
        strict = True
    except UnicodeDecodeError:
        strict = False
    assert strict != errors, doc.name
    if doc.codec != "utf-8":
        try:
            raw.decode("utf-8")
            as_utf8 = True
        except UnicodeDecodeError:
            as_utf8 = False
        assert not as_utf8 and any(b >= 0x80 for b in raw), doc.name
    data = raw.decode(doc.codec, "surrogateescape")
    if doc.newline == "\r\n":
        assert data.count("\r") == data.count("\n") == data.count("\r\n"), doc.name
    else:
        assert "\r" not in data, doc.name
    physical = data.split(doc.newline)
    assert physical[-1] == "" and physical[:-1] == doc.lines, doc.name
    lines = physical[:-1]
    if doc.shape == "manifest":
        rows = list(csv.reader(lines))
        assert all(len(r) == 5 for r in rows) and doc.truth == [(0, "unparseable_file")], doc.name
        return lines
    # every line reads back as its layout says
    turns = [t for s in doc.sessions for t in s.real()]
    by_line = {t.line: t for t in turns}
    raw_lines = {t.line for s in doc.sessions for t in s.turns if t.role == RAW}
    assert len(by_line) == len(turns), doc.name
    for number, text in enumerate(lines, 1):
        if number in raw_lines:
            assert text.strip(), (doc.name, number)
            if doc.shape in ("csv", "jsonl"):
                assert doc.parse(text) is None, (doc.name, number)
            continue
        if doc.shape == "csv" and number == 1:
            continue
        parsed = doc.parse(text)
        if number in by_line:
            t = by_line[number]
            assert parsed == (doc.label(t), t.text), (doc.name, number, parsed)
        else:
            assert parsed is None and text in ("", "[", "]"), (doc.name, number)
    if doc.shape == "smile":
        whole = json.loads(data)
        assert [(m["role"], m["content"]) for m in whole] == [(doc.label(t), t.text) for t in turns], doc.name
    if doc.shape == "jsonl":
        for t in turns:
            obj = json.loads(lines[t.line - 1])
            s = next(s for s in doc.sessions if t in s.real())
            assert obj["session_id"] == s.sid and obj["turn"] == s.real().index(t) + 1, doc.name
    # every truth row stands on the line of what it names
    for line, kind in doc.truth:
        assert 1 <= line <= len(lines), (doc.name, line)
        if line in raw_lines:
            assert kind in LINE_KINDS, (doc.name, line)
            continue
        t = by_line[line]
        s = next(s for s in doc.sessions if t in s.real())
        assert kind in t.kinds or (kind in s.kinds and s.real()[0] is t), (doc.name, line, kind)
    assert len(set(doc.truth)) == len(doc.truth), doc.name
    return lines


def shown(text: str, width: int = 120) -> str:
    text = "".join(f"\\x{ord(ch) - 0xDC00:02x}" if "\udc80" <= ch <= "\udcff" else ch for ch in text)
    text = "".join(f"\\x{ord(ch):02x}" if unicodedata.category(ch) == "Cc" else ch for ch in text)
    return text if len(text) <= width else text[: width - 35] + " ... " + text[-30:]


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description="Blind defect cases corrupted from CPsyCounD and SMILECHAT.")
    parser.add_argument("out_dir")
    parser.add_argument("--show", action="store_true", help="print every truth row beside the line it names")
    parser.add_argument("--seed", type=int, default=36)
    args = parser.parse_args(argv)
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    docs = build_docs(args.seed)
    assert len(docs) == 10 and len({d.name for d in docs}) == 10
    rows: list[tuple[str, int, str]] = []
    turns = clean = 0
    for doc in docs:
        (out / doc.name).write_bytes(doc.render())
        check_turns(doc)
        check_repeats(doc)
        lines = check_written(doc, out)
        rows.extend((doc.name, line, kind) for line, kind in doc.truth)
        real = [t for s in doc.sessions for t in s.real()]
        marked = {line for line, _ in doc.truth}
        turns += len(real)
        clean += sum(1 for t in real if t.line not in marked)
        if doc.shape != "manifest":
            assert 1 <= len(doc.truth) <= 0.4 * len(real), doc.name
        print(
            f"{doc.name} [{doc.codec}]: {len(doc.sessions)} sessions, {len(real)} turns, {len(doc.truth)} rows: {doc.story}"
        )
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
    assert 40 <= len(rows) <= 60, len(rows)
    assert clean >= 0.8 * turns, (clean, turns)
    dialogues = sum(1 for d in docs for s in d.sessions if "duplicate_session" not in s.kinds)
    print(
        f"wrote {len(docs)} files from {dialogues} dialogues ({turns} turns, {clean} on lines without a truth row) and {len(rows)} truth rows to {out}"
    )
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
