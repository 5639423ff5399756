# ruff: noqa: E501, RUF001, RUF002, RUF003
r"""Thirty-third set of blind defect cases for the transcript-cleaning product: CHINESE, JAPANESE AND KOREAN transcripts.

Blind conditions, as followed. The only things read were: the first 15 lines of benchmarks/blind_defects.py (``head -n
15``, the interface); a listing of blind/ (``ls``); /work/shared/README.md (``cat``); the ruff settings of pyproject.toml
(``grep -n -A12 "tool.ruff"``); the docstrings of the earlier case writers in blind/, printed with a ``.venv`` python
``ast.get_docstring`` snippet into scratch files under /tmp/s27a (the twenty-ninth's alone into doc29.txt, paged with
``sed`` in two ranges, 1-200 and 200-263; then all of them into docs.txt, measured with ``wc -l``, its ``=====`` file
separators listed with ``grep -n``, one ``grep -n -i -E`` over it for words naming Chinese, Japanese, Korean, WeChat and
CJK code pages (its first 60 hits), and four ``sed`` ranges of at most 36 lines each around those hits: the Chinese
fine-tuning set of one writer, the Chinese JSON and rewritten multi-turn files of another, a Japanese LINE history and a
Korean CP949 sheet) for the truth conventions, the kind names and the containers, languages, names, places and topics
already used; and the code of blind/twentyninth_defect_cases.py, the model of structure and self-checks this file
follows, paged with ``sed`` only (its lines 1-3, 268-640, 760-900 and 2380-2769: the imports, constants and text
helpers, the document builder, its first file's builder and the start of its second script, its last builder, file
tables, self-checks, ``show_row`` and ``main``). ``grep -l`` was run over blind/*.py once, in a loop over 29 candidate
words (places: 东莞 西安 兰州 昆明 台南 花蓮 札幌 福岡 대구 南京; topics and names: 外卖 考研 产后 長照 學測
不登校 看護師 导师 군대 수능 小鹿 周老师; artefacts and speakers: 锟斤拷 ``<think>`` 客服 旁白; and Cantonese, 粤语,
Hong): none was used before except ``<think>`` (seven writers, in English text) and Cantonese (one, in passing), so no
plan moved. No other file of the project was opened or grepped (no transforms, flows, synth, tests, schemas, sql, docs,
README or other benchmarks), nothing under /work/shared/corpora or /work/shared/seeds was read, no search tool was
used, and git was not run. Every transcript line below was written for this set. The product, its tests and the
benchmarks were never run.

The only things run were: ``mkdir`` of /tmp/s27a and /tmp/s27a/parts; the commands above; one scratch ``.venv`` python
snippet on strings of this writer's own (whether three Chinese sentences' UTF-8 decodes strictly as GBK: none did, so
04's garbled message is a lossy reading with ``?``; the GBK reading of four U+FFFD; a Korean sentence read as
Windows-1252 and a Japanese one read as CP932); ``cat`` heredocs writing this file's parts under /tmp/s27a/parts and
``cat`` assembling them into /tmp/s27a/draft.py; the draft itself with ``--show`` into /tmp/s27a/out (its first run
passed every self-check); one system ``python3`` snippet after it making an exact replacement in 09's part, and a ``grep
-n`` of that part: 09's near-duplicate copy first dropped the final ``요.`` and so ended without punctuation, which a
reader could also take for a cut turn; it now differs by a comma for the first full stop (same line, same truth tag);
the parts assembled again and this docstring put in place of a placeholder by a system ``python3`` snippet; ``ruff
check`` and ``ruff format`` on the draft and a run of it into /tmp/s27a/out2; ``cp`` to blind/; ``ruff check``, ``ruff
format`` and ``mypy`` on this file alone (mypy from /work/main); and a run of this file with ``--show`` into
/tmp/s27a/final, its files and ``truth.csv`` compared with ``cmp`` against /tmp/s27a/out2. The truth tags were written with the text, before the first run, and were never changed. Run as

    python blind/thirtythird_defect_cases.py OUT_DIR [--show]

to write 10 files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR (``--show`` also prints
every truth row next to the line it names, invalid bytes as ``\xNN``).

Emphasis: CHINESE, JAPANESE AND KOREAN counselling transcripts in the shapes such data really arrives in. Six files in
Chinese (01, 02, 04, 05 and 06 in simplified characters, 03 in traditional), two in Japanese (07, 08) and two in Korean
(09, 10). Encodings: 01 GBK (Notepad "ANSI" on a Chinese Windows) and 08 Shift_JIS (CP932), both CR LF and both
CORRECT, so the legacy code page itself is a decoy; 04 UTF-8 with a byte-order mark and CR LF; the others UTF-8 without
a byte-order mark, LF. 05 and 09 hold bytes invalid in UTF-8 (encoding_error). 313 turns, 56 truth rows (1-8 a file),
261 turns on lines without a truth row, 114 decoys. Rows per kind: duplicate_turn 9, role_inversion 6 (one of them a
whole session with swapped labels), refusal 5, truncated_turn 5, meta_text 5, mojibake 4, near_duplicate_turn 4,
empty_turn 4, unknown_speaker 4, repetition_loop 3, encoding_error 2, unparseable_line 2, duplicate_session 2,
unparseable_file 1.

* ``01_zixun_zhuzigao_dongguan_gbk.txt`` (36 turns, 6 rows): a community counselling station's verbatim transcript in
  Dongguan, typed from the recording and saved as GBK, CR LF: five header lines (``来访者信息：``, ``时间：``, a dashed
  rule), then ``咨询师：`` / ``来访者：`` with full-width colons: a food-delivery rider of 31 who cares for his father
  after a stroke. Defects: a client paragraph typed twice (duplicate_turn); the counsellor's checking question typed
  under ``来访者`` (role_inversion); ``来访者：`` with nothing after it (empty_turn); four characters lost by a converter,
  ``锟斤拷锟斤拷`` (mojibake, the classic GBK reading of two UTF-8 replacement characters); a security guard asking whose
  scooter blocks the fire exit (``保安``: unknown_speaker); the last counsellor turn cut when the recorder stopped
  (truncated_turn). Decoys: the header lines; ``嗯。`` three times; numbers; ``……``; ``（苦笑）``; an echo; ``好的。``;
  ``好的。谢谢老师。``.
* ``02_psy_dialogues_zh.json`` (59 turns, 8 rows): a Chinese fine-tuning set in the layout of public counselling corpora:
  ONE JSON array of ``{"id", "topic", "messages": [{"role", "content"}]}``, one message object a line, ``user`` the
  client, ``assistant`` the counsellor, a ``system`` prompt (not a turn) in each dialogue. Dialogues: a second-time
  postgraduate-exam candidate in Xi'an (clean); a mother two months after the birth (an empty reply: empty_turn; one
  reply generated three times, the third with 放在 for 放到: repetition_loop, duplicate_turn, near_duplicate_turn); a
  Java developer of 35 laid off (``作为一个AI语言模型，我无法……``: refusal; a user message in the counsellor's voice:
  role_inversion; ``（注：本对话为虚构，仅用于心理咨询模型训练。）`` ending the last reply: meta_text); psy-zh-01511, the
  first dialogue again (duplicate_session at its first turn). Decoys: the system prompts; ``老师`` as address;
  ``你还在吗？`` after the empty reply; the client pointing out the repeat and the apology that engages; a referral to
  a doctor inside engagement; ``嗯。``; English words and numbers; thanks.
* ``03_llm_duolun_fanti_dump.json`` (29 turns, 7 rows): an LLM's multi-turn dump in TRADITIONAL characters (Taiwan): a
  JSON array of ``{"id", "model", "prompt", "dialogue": [{"speaker", "text"}]}``, ``諮商師`` / ``個案``. Dialogue 1 (a
  senior-high student in Tainan before the 學測): leaked ``<think>…</think>`` reasoning opening the first counsellor turn
  and ``[對話結束]`` ending the last (meta_text twice, at their turns); a ``旁白`` (narrator) turn (unknown_speaker); a
  client turn given again with half-width ``,`` and ``.`` (near_duplicate_turn). Dialogue 2 (a daughter in Hualien caring
  for her mother with dementia): ``作為一個AI語言模型，我無法……請撥打……1925`` (refusal, hotline only); a client turn in the
  counsellor's voice (role_inversion); the last turn cut after ``例如`` (truncated_turn). Decoys: ``IG``; numbers; 「」
  quotes; ``……``; the 1966 long-term-care line inside engagement; thanks.
* ``04_xianshang_zixun_export_kunming.csv`` (28 turns, 5 rows): an online counselling platform's export in Kunming,
  ``会话ID,轮次,角色,内容,发送时间``. Session KM0417 (a primary-school teacher worn out): a message the old gateway read
  as GBK (``灏辨槸寰堥夯鏈``, ``?`` for what it could not decode: mojibake) and its clean re-send; a picture exported as
  an empty row (empty_turn); a row exported twice with the same 轮次 and time (duplicate_turn). Session KM0422 (a
  first-year student from Qujing, homesick): every label swapped by the export (role_inversion, ONE row at its first
  turn); the administrator's note ``（以下3条消息因系统故障未能导出……）`` typed into the sheet as a one-field row
  (unparseable_line, not a turn). Decoys: the header row; the counsellor naming the garbled message; the client
  explaining the empty one; ``嗯。``; ``好的，谢谢。``; ``老师`` in the swapped session.
* ``05_weixin_liaotian_jilu_xiaolu.txt`` (37 turns, 6 rows): a WeChat chat exported by a desktop backup tool: header
  lines, date separator lines, then ``YYYY-MM-DD hh:mm:ss 备注名：message``, remark names ``咨询师-周老师`` /
  ``来访者-小鹿``: a second-year master's student in Nanjing afraid of her supervisor. Defects: one message arriving three
  times on a bad connection (repetition_loop, duplicate_turn, duplicate_turn); a diary entry pasted from a GBK text
  file, raw GBK bytes in the UTF-8 file (encoding_error); the platform's customer service writing into the chat
  (``心晴平台客服``: unknown_speaker); the counsellor's ``【自动回复】`` at 01:47 giving only a hotline (refusal).
  Decoys: the header, separator and withdrawn-message lines; the counsellor's chat question without ``？``; many client
  messages without final punctuation (``方便的老师``, ``好吧``, ``好的``, ``哈哈``); ``嗯嗯``; ``[捂脸]``, ``[微笑]``,
  ``[图片]``; ``SCI``, ``deadline``; the counsellor naming the repeats and the unreadable message; the diary quoted; a
  direct risk question, the answer and 400-161-9995 inside engagement; ``~`` endings; thanks.
* ``06_yuyue_dengji_2024-05.csv`` (1 row): the centre's appointment register for May (booking numbers, client codes,
  dates, counsellors, status), dropped into the transcripts folder by mistake: no dialogue at all (unparseable_file,
  line 0), though its header names ``来访者编号`` and ``咨询师``.
* ``07_kaunseringu_kiroku_sapporo.txt`` (29 turns, 6 rows): a Japanese verbatim record, header lines and a blank line,
  then ``カウンセラー：`` / ``相談者：``: a hospital nurse in Sapporo on night shifts after a patient's death. Defects: the
  LINE message she reads out pasted from a viewer that read its UTF-8 as CP932 (``縲後≠縺ｮ譎``: mojibake); the
  counsellor's reflection under ``相談者`` (role_inversion); the AI tool's ``以下は、カウンセリングの続きです。`` on a line
  of its own (meta_text, own line) and its refusal in the counsellor's place (refusal); her sentence given again without
  its comma (near_duplicate_turn); the last turn cut after ``いつでも`` (truncated_turn). Decoys: the header lines
  (``相談者情報：``); ``ええ。`` three times; numbers; ``LINE``; 「」 quotes; the counsellor quoting the message; ``はい。``;
  ``……``; thanks.
* ``08_mensetsu_kiroku_futoko_sjis.txt`` (30 turns, 3 rows): a school counselling room's interview record in Fukuoka,
  saved as Shift_JIS (CP932), CR LF, ``Th：`` / ``Cl：`` keyed in a header line: a junior-high student out of school
  for four months. Defects: the transcriber's remark left between two turns, no label (unparseable_line, not a turn); a
  counsellor turn typed twice (duplicate_turn); the mother at the door (``母``: unknown_speaker). Decoys: the header
  lines and a box-drawing rule; ``うん。`` three times; ``（笑）``; ``YouTube``, ``LINE``, ``マイクラ``; numbers; the
  mother quoted; ``……``.
* ``09_sangdam_chugeorok_daegu.txt`` (31 turns, 8 rows): a Korean verbatim record (축어록) from a university
  counselling centre in Daegu, ``상담사: `` / ``내담자: `` with ASCII colons, drafted by a speech-to-text app: a graduate
  job-seeker after his seventeenth rejection. Defects: one exchange of two turns written three times (repetition_loop
  at the first turn of the first occurrence; duplicate_turn on the next three copies; near_duplicate_turn on the last,
  a comma for a full stop); his mother's KakaoTalk message read as Windows-1252 (``ë°¥ì?€``: mojibake); a counsellor
  summary retyped from an EUC-KR notes file (bytes invalid in UTF-8: encoding_error); the last turn cut after ``아직``
  (truncated_turn). Decoys: the header lines (``일시: ``, ``전사: ``); ``음.`` three times; numbers; ``...``; the
  counsellor quoting the message; a direct risk question, the answer and the 109 line inside engagement.
* ``10_sangdam_synth_ko.json`` (34 turns, 6 rows): a Korean synthetic set an LLM generated: ONE JSON object with
  ``samples`` of ``{"id", "situation", "turns": [{"role", "content"}]}``, ``counselor`` / ``client``. Sample 0042 (a
  final-year pupil in Busan before the 수능) is clean; sample 0057 (a student two months before enlistment):
  ``다음은 상담사와 내담자의 대화입니다:`` opening the first turn (meta_text); ``죄송하지만 저는 AI 언어 모델이기 때문에
  ……1577-0199`` (refusal); a client turn in the counsellor's voice (role_inversion); an empty reply (empty_turn); the
  last reply cut after ``특히`` (truncated_turn); sample 0071 is 0042 again (duplicate_session at its first turn).
  Decoys: numbers; thanks.

Line numbers are 1-based physical lines of the text as its own encoding decodes it (GBK, CP932 or UTF-8), split on its
line end; the CR of a CR LF end is not a line of its own and 04's byte-order mark is not a character of line 1; each
invalid byte of 05 and 09 is replaced by a decoder without changing any line count. They are computed while the files
are built:

* a turn-level row points at the line holding the turn: in 01, 07, 08 and 09 the ``label：text`` / ``label: text``
  line; in 02, 03 and 10 the line of the turn's JSON object (one object a line); in 04 the record's row (the header is
  line 1); in 05 the message line;
* meta text inside a turn (02, 03, 10) is marked at the turn's line; 07's tool line stands on a line of its own and is
  marked there;
* ``unparseable_line`` is marked at a line that is no turn, header or separator (04's one-field note row, 08's
  unlabelled remark); the file-level row (06) is at line 0;
* a single turn in the other role's voice is ``role_inversion`` at its own line; 04's swapped session is ONE
  ``role_inversion`` row at its first turn; a repeated session (02's psy-zh-01511, 10's ko-syn-0071) is ONE
  ``duplicate_session`` row at its first turn, and its turns carry no other row;
* a repetition loop is ``repetition_loop`` on the first occurrence (for 09's block, its first turn), then
  ``duplicate_turn`` or ``near_duplicate_turn`` on every later copy;
* ``encoding_error`` marks a turn holding bytes invalid in the file's own encoding; ``mojibake`` a turn whose text
  decodes validly but was garbled upstream; GBK and CP932 text that is correct in its own code page is not a defect;
* a speaker outside the counsellor and client roles (01's ``保安``, 03's ``旁白``, 05's ``心晴平台客服``, 08's ``母``)
  speaking a turn is ``unknown_speaker``.

Not turns: the header lines of 01, 05, 07, 08 and 09, 05's date separators and withdrawn-message notice, 02's system
prompts, the JSON brackets and fields other than the turn objects, 04's header row, and all of 06. A chat message
without final punctuation, a trail-off, a short answer and a backchannel (``嗯。``, ``好的。``, ``ええ。``, ``うん。``,
``음.``) repeated in a session are NOT defects; a truncated turn is cut off by the data (a recorder stopping, a token
limit) and no later turn completes it. A helpline inside a counsellor's engagement is NOT a refusal; a reply that gives
only boilerplate or a hotline instead of engaging is.

Self-checks: a clean turn that ends without final punctuation carries a decoy note; a turn is tagged ``mojibake``
exactly when it holds a garbled string this writer made, ``encoding_error`` exactly when it holds invalid bytes,
``empty_turn`` exactly when nothing in it is visible, ``unknown_speaker`` exactly when its label is in neither role;
every truth row's line parses, in its file's layout, to the very label and text of the turn it names (or is the
non-turn line it names), and shows the garbling, invalid bytes, emptiness or open ending its kind says; every exact or
close (full and half width folded) same-role repeat of a substantial turn is marked and every repeat mark is real; a
loop has at least two marked later copies; only the marked sessions repeat another, exactly; each file has its intended
encoding, byte-order mark and line ends, decodes strictly exactly when it should, is not valid UTF-8 when it is in GBK
or CP932, and decodes back line for line to the lines written; the JSON and CSV files parse back as wholes to exactly
the turns written, and no line that is not a turn parses as one; decoys stand on lines without a truth row; every
kind is present, no truth row is written twice, there are 50-60 rows and at least 60% of turns carry none. Standard
library only.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import re
import sys
import unicodedata
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
SESSION_KINDS = {"role_inversion", "duplicate_session"}
LINE_KINDS = {"meta_text", "unparseable_line"}
FILE_KINDS = {"unparseable_file"}
REPEAT_KINDS = {"duplicate_turn", "near_duplicate_turn"}

T, C, X = "T", "C", "X"  # counsellor role, client role, a speaker in neither role
# final punctuation: ASCII, closing quotes and brackets, the ellipsis, CJK full stop, marks, brackets and quotes
ENDERS = ".?!\"')]" + "\u201d\u2019\u2026" + "\u3002\uff01\uff1f\u300d\u300f\uff09\u3011\uff0e"
# characters some readers take for a line break; none may stand inside a line of this set
BREAKERS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
NOT_READABLE = "06_yuyue_dengji_2024-05.csv"


# ---------------------------------------------------------------------------
# text and byte helpers
# ---------------------------------------------------------------------------
MADE_GARBLED: set[str] = set()


def moji_lossy(text: str, read_as: str) -> str:
    """The UTF-8 bytes of ``text`` shown by a tool that reads them as ``read_as``; what it cannot decode (and any C1
    control it would produce) is shown as ``?``, and the result is saved again as text."""
    shown = text.encode("utf-8").decode(read_as, "replace")
    out = "".join("?" if ch == "\ufffd" or "\x80" <= ch <= "\x9f" else ch for ch in shown)
    assert out != text and not any(ch in out for ch in BREAKERS), out[:60]
    MADE_GARBLED.add(out)
    return out


def kunjinkao(lost: int) -> str:
    """``lost`` characters a converter turned into U+FFFD, saved as UTF-8 and read back as GBK: 锟斤拷 per pair."""
    assert lost % 2 == 0
    out = ("\ufffd" * lost).encode("utf-8").decode("gbk")
    assert out == "锟斤拷" * (lost // 2)
    MADE_GARBLED.add(out)
    return out


def foreign(text: str, source: str, file_codec: str) -> str:
    """``text`` saved in the code page ``source`` and pasted into a file whose encoding is ``file_codec``: bytes that
    are no valid sequence of ``file_codec`` are kept as surrogate escapes, written back as the raw bytes."""
    raw = text.encode(source)
    out = raw.decode(file_codec, "surrogateescape")
    assert invalid_bytes(out), text[:60]
    assert out.encode(file_codec, "surrogateescape") == raw, text[:60]
    assert not any(ch in out for ch in BREAKERS + "\r\n"), text[:60]
    return out


def invalid_bytes(text: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in text)


def garbled(text: str) -> bool:
    return any(part in text for part in MADE_GARBLED)


def blank(text: str) -> bool:
    return all(ch.isspace() or ch in INVISIBLE for ch in text)


def norm(text: str) -> str:
    """Full and half width folded, case folded, punctuation and spaces dropped (CJK characters are word characters)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\W_]+", "", text)


def ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, norm(a), norm(b), autojunk=False).ratio()


def similar(a: str, b: str) -> bool:
    """So close that an unmarked copy would be a defect this writer forgot to mark."""
    return ratio(a, b) > 0.85


def related(a: str, b: str) -> bool:
    """Close enough to be a re-sent or re-generated copy (a marked near duplicate must be at least this)."""
    return ratio(a, b) > 0.6


def substantial(text: str) -> bool:
    """Long enough that a repeat is a defect rather than a backchannel (嗯。 好的。 ええ。 음.)."""
    return len(norm(text)) >= 8


def js(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def csv_line(*fields: str) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="").writerow(fields)
    return buffer.getvalue()


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


Parsed = tuple[str, str] | None


class Doc:
    """Physical lines, truth rows and decoys, and the sessions and turns behind them.

    ``parse`` reads one physical line as (label, text) or None, the way its layout says; ``walk`` reads the whole
    decoded text as the list of (label, text) of every turn, for the layouts that have a structure (JSON, CSV).
    """

    def __init__(
        self,
        name: str,
        roles: dict[str, str],
        parse: Callable[[str], Parsed],
        *,
        codec: str = "utf-8",
        bom: bytes = b"",
        newline: str = "\n",
        walk: Callable[[str], list[tuple[str, str]]] | None = None,
    ) -> None:
        self.name = name
        self.roles = roles
        self.parse = parse
        self.walk = walk
        self.codec = codec
        self.bom = bom
        self.newline = newline
        self.out: list[str] = []
        self.truth: list[tuple[int, str]] = []
        self.decoys: list[tuple[int, str]] = []
        self.sessions: list[Session] = []
        self.line_rows: set[int] = set()

    def add(self, *lines: str) -> int:
        first = len(self.out) + 1
        for line in lines:
            assert "\n" not in line and "\r" not in line, (self.name, line[:60])
            assert not any(ch in line for ch in BREAKERS), (self.name, line[:60])
            self.out.append(line)
        return first

    def _truth(self, line: int, kind: str) -> None:
        assert (line, kind) not in self.truth, f"{self.name}:{line} {kind} twice"
        self.truth.append((line, kind))

    def start(self, name: str, *kinds: str) -> None:
        assert set(kinds) <= SESSION_KINDS, kinds
        self.sessions.append(Session(name, tuple(kinds)))

    def turn(self, label: str, text: str, line: int, tags: Sequence[str] = ()) -> None:
        assert label in self.roles, (self.name, label)
        session = self.sessions[-1]
        role = self.roles[label]
        kinds, notes = split_tags(tags)
        copy = "duplicate_session" in session.kinds
        assert ("unknown_speaker" in kinds) == (role == X), (self.name, line, label)
        assert ("mojibake" in kinds) == garbled(text), (self.name, line, text[:60])
        assert ("encoding_error" in kinds) == invalid_bytes(text), (self.name, line, text[:60])
        assert ("empty_turn" in kinds) == blank(text), (self.name, line)
        if "truncated_turn" in kinds:
            assert text.rstrip()[-1] not in ENDERS and not notes, (self.name, line, text[-30:])
        elif not blank(text) and text.rstrip()[-1] not in ENDERS and not kinds and not copy:
            # an open ending on a clean turn must be a deliberate decoy
            assert notes, f"{self.name}:{line} open ending without truncated_turn or decoy: {text[-30:]!r}"
        if session.kinds:
            assert "role_inversion" not in kinds, (self.name, line)
        if copy:
            assert not kinds and not notes, f"{self.name}:{line} a row inside a repeated session"
        row_kinds = list(kinds)
        if not session.turns:
            row_kinds = list(session.kinds) + row_kinds
        for kind in row_kinds:
            self._truth(line, kind)
        for note in notes:
            self.decoys.append((line, note))
        session.turns.append(Turn(label, role, text, line, tuple(kinds), tuple(notes)))

    def mark(self, line: int, *tags: str) -> None:
        """A line that is not a turn: meta_text or unparseable_line on a line of its own, or a decoy."""
        kinds, notes = split_tags(tags)
        assert set(kinds) <= LINE_KINDS, kinds
        for kind in kinds:
            self._truth(line, kind)
            self.line_rows.add(line)
        for note in notes:
            self.decoys.append((line, note))

    def whole_file(self, kind: str) -> None:
        assert kind in FILE_KINDS, kind
        self._truth(0, kind)

    def turns(self) -> list[Turn]:
        return [t for s in self.sessions for t in s.turns]

    def text(self) -> str:
        return "".join(line + self.newline for line in self.out)

    def render(self) -> bytes:
        return self.bom + self.text().encode(self.codec, "surrogateescape")


Script = Sequence[tuple[str, ...]]


def parse_labelled(sep: str) -> Callable[[str], Parsed]:
    def parse(line: str) -> Parsed:
        label, found, rest = line.partition(sep)
        return (label, rest) if found else None

    return parse


def parse_json_line(label_key: str, text_key: str) -> Callable[[str], Parsed]:
    def parse(line: str) -> Parsed:
        body = line.strip().removesuffix(",")
        if not (body.startswith("{") and body.endswith("}")):
            return None
        row = json.loads(body)
        return (str(row[label_key]), str(row[text_key]))

    return parse


def labelled_script(doc: Doc, script: Script, sep: str) -> None:
    """``label<sep>text`` one turn a line; an entry ``("#", text, tags...)`` is a line of its own (no turn)."""
    for who, text, *tags in script:
        if who == "#":
            doc.mark(doc.add(text), *tags)
            continue
        doc.turn(who, text, doc.add(f"{who}{sep}{text}"), tags)


# ---------------------------------------------------------------------------
# 01 a community counselling station's verbatim transcript, typed from the recording in Notepad on a Chinese Windows
#    and saved as "ANSI", i.e. GBK, CR LF: header lines, then ``咨询师：`` / ``来访者：`` with full-width colons. The
#    transcriber's first draft went through a converter that lost four characters (锟斤拷). A security guard speaks
#    into the recording.
# ---------------------------------------------------------------------------
ZXS, LFZ, BAOAN = "咨询师", "来访者", "保安"
SAID_11 = "吓出一身汗。我想的第一个念头是，我要是出事了，我爸怎么办。"

HEAD_01 = (
    "心理咨询逐字稿（第2次）",
    "来访者信息：L先生，31岁，外卖骑手；父亲今年1月脑梗，出院后在家休养",
    "时间：2024-04-09 19:30-20:20　地点：东莞市某社区心理服务站",
    "记录方式：录音转写，人工校对",
    "----------------------------------------",
)

S01: Script = [
    (ZXS, "晚上好，L先生。上周我们聊到你爸爸出院以后的安排，这一周过得怎么样？"),
    (LFZ, "还行吧。就是跑单跑到晚上十一点多，回家还要给他翻身、擦身子。"),
    (ZXS, "每天跑单到十一点，回家还有一轮照顾。听起来几乎没有停下来的时候。"),
    (LFZ, "嗯。", "decoy: backchannel 嗯。 (1 of 3)"),
    (LFZ, "我妈腰不好，搬不动他。我姐在深圳，一个月回来一次。"),
    (ZXS, "所以家里真正能搭把手的，主要就是你。"),
    (LFZ, "对。上个月我算了一下，一天平均睡不到5个小时。", "decoy: a number inside a Chinese turn"),
    (ZXS, "不到5个小时，还要在路上骑车送单，这对身体是很大的消耗。你自己有留意到身体上的变化吗？"),
    (LFZ, "前天在红绿灯那里差点睡着，后面的车按喇叭我才醒过来。"),
    (ZXS, "那一下你心里是什么感觉？"),
    (LFZ, SAID_11),
    (ZXS, "嗯。", "decoy: backchannel 嗯。 (2 of 3)"),
    (LFZ, SAID_11, "duplicate_turn"),
    (ZXS, "你第一个想到的还是爸爸。那你自己呢，你会怎么照顾你自己？"),
    (LFZ, "我没时间想这个。平台的系统每单都卡着时间，超时就扣钱，一单扣两三块。", "decoy: numbers, 没时间 (client)"),
    (
        ZXS,
        "听起来你一直在被时间追着跑，在路上是这样，回到家也是这样。你刚才说“我没时间想这个”，好像你自己的需要总是排在最后。",
    ),
    (LFZ, "我想先确认一下我理解得对不对：你是觉得，如果停下来照顾自己，就等于对不起家里，是这样吗？", "role_inversion"),
    (LFZ, "……差不多吧。我爸以前开货车，供我和我姐读书。现在轮到我了。", "decoy: a hesitation ……"),
    (ZXS, "现在轮到你来撑这个家。这份责任感很重，也很让人敬佩。", "decoy: the counsellor echoes the client"),
    (LFZ, "敬佩有什么用，钱又不会多。（苦笑）", "decoy: a stage direction （苦笑）"),
    (ZXS, "你们街道有没有居家护理或者喘息服务？有些社区会安排护工每周上门几个小时。"),
    (LFZ, "", "empty_turn"),
    (LFZ, "我听说过，但是要排队，还要准备一堆申请材料。我姐说她可以帮我在网上弄。"),
    (ZXS, "那挺好的，材料的事可以交给姐姐。我们也可以一起想想，这周有没有哪一个晚上，你可以早一点收工。"),
    (LFZ, f"周四吧，周四{kunjinkao(4)}少，我可以九点收工。", "mojibake"),
    (ZXS, "周四九点。那九点以后的时间，你打算怎么用？"),
    (BAOAN, "不好意思打扰一下，门口那辆蓝色电动车是谁的？挡住消防通道了。", "unknown_speaker"),
    (LFZ, "是我的，我去挪一下，马上回来。"),
    (ZXS, "好的，不着急。", "decoy: 好的。 a short reply"),
    (LFZ, "回来了。刚才说到哪了？"),
    (ZXS, "说到周四九点以后，你打算怎么用这段时间。"),
    (LFZ, "想睡觉。真的，就想什么都不管，睡一整个晚上。"),
    (ZXS, "能好好睡一个整觉，对现在的你来说就是很重要的照顾。我们下次看看这个安排执行得怎么样。"),
    (LFZ, "好的。谢谢老师。", "decoy: the client thanks the counsellor"),
    (ZXS, "嗯。", "decoy: backchannel 嗯。 (3 of 3)"),
    (ZXS, "那我们下周二同一时间见。路上骑车注意安全，要是困得厉害就先停在路边", "truncated_turn"),
]


def f01() -> Doc:
    doc = Doc(
        "01_zixun_zhuzigao_dongguan_gbk.txt",
        {ZXS: T, LFZ: C, BAOAN: X},
        parse_labelled("："),
        codec="gbk",
        newline="\r\n",
    )
    for line in HEAD_01:
        doc.mark(doc.add(line), "decoy: a header line (full-width colon, not a speaker)")
    doc.start("第2次")
    labelled_script(doc, S01, "：")
    return doc


# ---------------------------------------------------------------------------
# 02 a Chinese counselling fine-tuning set in the layout of public corpora: ONE JSON array (indent 2, ensure_ascii
#    False) of dialogues ``{"id", "topic", "messages": [{"role", "content"}]}``, one message object a line; ``user``
#    is the client, ``assistant`` the counsellor, ``system`` is not a turn. Dialogue psy-zh-01511 is psy-zh-01387
#    again (the scraper picked it up twice).
# ---------------------------------------------------------------------------
USER, ASSISTANT, SYSTEM = "user", "assistant", "system"
SYSTEM_02 = "你是一位温和、专业的心理咨询师，请用共情、尊重的方式回应来访者。"
LOOP_02 = "你很在意家里的和气，也很体谅你老公的处境，可是你自己的感受好像被放到了最后。"

D02_A: Script = [
    (
        USER,
        "老师您好，我今年是第二次考研了，离初试还有不到80天，最近每天早上一睁眼就心慌。",
        "decoy: the client calls the counsellor 老师",
    ),
    (
        ASSISTANT,
        "你好，谢谢你愿意来聊这些。第二次备考，离初试还有不到80天，每天早上醒来就心慌，听起来这段时间你一直绷得很紧。能多说说心慌的时候是什么样的吗？",
    ),
    (USER, "就是心跳很快，脑子里一直在算：政治还没背完，英语阅读错得多，专业课还有两本书没过第二遍。"),
    (ASSISTANT, "一醒来脑子就开始清点还没完成的任务，身体也跟着紧张起来。这些念头里，哪一个最让你放不下？"),
    (USER, "最怕的是再考不上。去年我爸妈跟亲戚说我肯定能上，结果差了6分。今年我连家都不太敢回。", "decoy: a number"),
    (ASSISTANT, "差6分，又背着家里人的期待，这份压力确实很重。你说不太敢回家，是担心回家会面对什么？"),
    (USER, "怕他们问。其实他们也不怎么问，就是那种小心翼翼的样子，我更难受。"),
    (ASSISTANT, "他们的小心翼翼，让你感觉到了他们的担心，也让你更难放松。"),
    (USER, "对。有时候我在西安的图书馆坐一整天，效率很低，晚上回到出租屋就刷手机刷到两点。"),
    (
        ASSISTANT,
        "白天硬撑，晚上用刷手机来缓一缓，这很常见。我们先不急着改掉它，而是看看这背后你需要的是什么。刷手机的那段时间，给了你什么？",
    ),
    (USER, "可能就是……不用想考研的那一会儿。", "decoy: a hesitation ……"),
    (
        ASSISTANT,
        "那一会儿的喘息对你来说很重要。如果白天能有几段真正的休息，比如午饭后散步20分钟，晚上也许就不需要靠熬夜来换了。你愿意这周试一试吗？",
    ),
    (USER, "可以试试。谢谢老师，说出来感觉轻松一点了。", "decoy: the client thanks the counsellor"),
    (ASSISTANT, "不客气。下次见面时，我们一起看看这一周的睡眠和学习节奏有没有变化。"),
]

D02_B: Script = [
    (USER, "宝宝出生快两个月了，我每天都很累，有时候看着他哭，我也跟着哭。"),
    (ASSISTANT, "刚生完宝宝的这段时间，身体和情绪都在经历很大的变化，累到跟着宝宝一起哭，说明你真的已经很辛苦了。"),
    (USER, "我老公白天上班，婆婆过来帮忙，但是我们育儿观念不一样，她总说我抱太多会把孩子惯坏。"),
    (ASSISTANT, "", "empty_turn"),
    (USER, "你还在吗？", "decoy: a short question after the empty reply"),
    (ASSISTANT, "我在。听起来你不仅要照顾宝宝，还要在和婆婆的分歧里找到自己的位置，这会让人很疲惫。"),
    (USER, "是的。我不敢跟她吵，怕我老公夹在中间难做。"),
    (ASSISTANT, LOOP_02, "repetition_loop"),
    (ASSISTANT, LOOP_02, "duplicate_turn"),
    (ASSISTANT, LOOP_02.replace("放到了", "放在了"), "near_duplicate_turn"),
    (USER, "你怎么一直重复同一句话？", "decoy: the client points out the repeat"),
    (
        ASSISTANT,
        "抱歉，刚才重复了。我想问问你，最近有没有哪怕一小段时间，是完全属于你自己的？",
        "decoy: an apology that engages",
    ),
    (USER, "没有。晚上喂奶要起三次，白天他睡了我才能吃口饭。"),
    (
        ASSISTANT,
        "这样的睡眠和节奏，任何人都会被消耗得很厉害。产后情绪低落很常见，如果低落持续两周以上，或者出现伤害自己或宝宝的念头，一定要及时告诉医生，或者去医院的心理科看看。",
        "decoy: a referral inside engagement",
    ),
    (USER, "我没有那种念头，就是累，觉得自己不是一个好妈妈。"),
    (ASSISTANT, "谢谢你愿意告诉我。会因为孩子哭而心疼、会担心自己做得不够好，这本身就说明你很在乎他。"),
]

D02_C: Script = [
    (
        USER,
        "我今年35岁，上个月被公司优化了。做了十年Java开发，现在投了几十份简历都没有回音。",
        "decoy: an English word and numbers",
    ),
    (ASSISTANT, "十年的工作经验，却在一个月里接连投出几十份简历没有回音，这种落差一定很难受。你现在最担心的是什么？"),
    (USER, "房贷。每个月还8000多，存款最多撑半年。我还没敢告诉我爸妈。"),
    (
        ASSISTANT,
        "作为一个AI语言模型，我无法提供财务或职业方面的专业建议，也无法替代专业的心理咨询。如果你感到压力过大，建议你寻求专业人士的帮助。",
        "refusal",
    ),
    (USER, "我就是想找个人说说话。"),
    (
        ASSISTANT,
        "我明白，谢谢你愿意说出来。每天一个人扛着房贷和求职的压力，还要在父母面前装作没事，这真的很累。你平时是怎么度过白天的？",
    ),
    (USER, "早上照常出门，假装去上班，在咖啡馆或者图书馆投简历、刷LeetCode。", "decoy: an English word"),
    (ASSISTANT, "每天还保持着出门的节奏，说明你还在努力维持生活的秩序。"),
    (
        USER,
        "听起来你在努力维持表面的正常，同时内心非常焦虑。你愿意多说说，不告诉父母是出于什么考虑吗？",
        "role_inversion",
    ),
    (USER, "我怕他们担心，我爸心脏不好。而且在老家，35岁没工作是很丢人的事。"),
    (ASSISTANT, "你在保护父母，同时也在承受“丢人”这个念头带来的压力。"),
    (USER, "嗯。", "decoy: backchannel 嗯。"),
    (
        ASSISTANT,
        "我们可以先把现在能做的事列出来：一是联系之前的同事和猎头，二是看看能不能接一些外包项目，三是给自己留出运动和休息的时间。你觉得哪一条这周最容易开始？",
    ),
    (USER, "第一条吧，我有几个前同事去了深圳的公司。"),
    (
        ASSISTANT,
        "很好，那就从联系一两位前同事开始。下次我们再聊聊怎么跟父母开口。（注：本对话为虚构，仅用于心理咨询模型训练。）",
        "meta_text",
    ),
]

DIALOGUES_02: tuple[tuple[str, str, Script, tuple[str, ...]], ...] = (
    ("psy-zh-01387", "考研二战焦虑", D02_A, ()),
    ("psy-zh-01402", "产后情绪低落", D02_B, ()),
    ("psy-zh-01455", "中年失业", D02_C, ()),
    ("psy-zh-01511", "考研二战焦虑", D02_A, ("duplicate_session",)),
)


def walk_02(text: str) -> list[tuple[str, str]]:
    data = json.loads(text)
    return [(m["role"], m["content"]) for d in data for m in d["messages"] if m["role"] != SYSTEM]


def f02() -> Doc:
    doc = Doc(
        "02_psy_dialogues_zh.json",
        {USER: C, ASSISTANT: T},
        parse_json_line("role", "content"),
        walk=walk_02,
    )
    doc.add("[")
    for number, (ident, topic, script, kinds) in enumerate(DIALOGUES_02, 1):
        doc.add("  {", f'    "id": {js(ident)},', f'    "topic": {js(topic)},', '    "messages": [')
        doc.start(ident, *kinds)
        rows: list[tuple[str, ...]] = [(SYSTEM, SYSTEM_02), *script]
        for index, (who, text, *tags) in enumerate(rows):
            comma = "," if index < len(rows) - 1 else ""
            line = doc.add(f'      {{"role": {js(who)}, "content": {js(text)}}}{comma}')
            if who == SYSTEM:
                doc.mark(line, *([] if kinds else ["decoy: the system prompt (not a turn)"]))
            else:
                doc.turn(who, text, line, [] if kinds else tags)
        doc.add("    ]", "  }" + ("," if number < len(DIALOGUES_02) else ""))
    doc.add("]")
    return doc


# ---------------------------------------------------------------------------
# 03 a multi-turn dump from an LLM asked for Taiwanese counselling dialogues in TRADITIONAL characters: a JSON array
#    of ``{"id", "model", "prompt", "dialogue": [{"speaker", "text"}]}``, one turn object a line; ``諮商師`` is the
#    counsellor, ``個案`` the client; the model also wrote a ``旁白`` (narrator) turn.
# ---------------------------------------------------------------------------
ZSS, GA, PB = "諮商師", "個案", "旁白"
SAID_03 = "對，每次講到這個我們就會吵架，後來我就乾脆不講了。"

D03_A: Script = [
    (
        ZSS,
        "<think>使用者希望我生成一段輔導對話。個案是高三學生，主題是學測壓力，我應該先建立關係，再引導他說出壓力來源。</think>嗨，歡迎你來輔導室。今天想聊些什麼呢？",
        "meta_text",
    ),
    (GA, "老師好。是班導叫我來的，她說我最近上課都在睡覺。"),
    (ZSS, "班導注意到你上課常常在睡覺，所以請你來。那你自己覺得最近怎麼了？"),
    (
        GA,
        "晚上睡不著啊。學測剩不到一百天，我模擬考數學才考8級分，我爸說這樣連成大都不用想了。",
        "decoy: a number and a quoted father",
    ),
    (ZSS, "離學測不到一百天，模擬考的成績又跟爸爸的期待有距離，難怪晚上會睡不著。"),
    (PB, "（個案低頭沉默了一會兒，手指緊緊握著書包的背帶。）", "unknown_speaker"),
    (ZSS, "沒關係，慢慢來，想說的時候再說。"),
    (GA, "我其實不想讀成大，我想讀設計。可是我爸覺得讀設計以後會餓死。"),
    (ZSS, "你心裡有自己想走的方向，但擔心爸爸不認同。"),
    (GA, SAID_03),
    (GA, SAID_03.replace("，", ",").replace("。", "."), "near_duplicate_turn"),
    (ZSS, "不講話是為了避免衝突，但也讓你一個人扛著這些想法。你有沒有想過，用什麼方式讓爸爸更了解你對設計的想法？"),
    (GA, "也許可以把我的作品集給他看？我有在IG上放一些海報設計。", "decoy: an English abbreviation"),
    (ZSS, "這是一個很具體的開始。你也可以先整理幾個設計系畢業生的出路，讓爸爸看到不只有「會餓死」這一種可能。"),
    (GA, "好，我試試看。謝謝老師。", "decoy: the client thanks the counsellor"),
    (ZSS, "不客氣，下週同一時間我們再聊聊你跟爸爸談得怎麼樣。[對話結束]", "meta_text"),
]

D03_B: Script = [
    (ZSS, "妳好，今天是我們第一次見面，想先聽聽妳最近的狀況。"),
    (
        GA,
        "我媽媽兩年前確診失智症，我辭掉台北的工作回花蓮照顧她。最近她晚上常常不睡覺，一直說要回家，可是她明明就在家。",
    ),
    (ZSS, "照顧失智的媽媽，晚上還要陪著她度過混亂的時刻，這真的很不容易。"),
    (GA, "有一次她不認得我，問我是誰，我在廁所哭了很久。"),
    (
        ZSS,
        "作為一個AI語言模型，我無法提供專業的心理諮商服務。如果您感到情緒困擾，請撥打衛福部安心專線1925。",
        "refusal",
    ),
    (GA, "其實我哥哥也住在花蓮，但他說工作很忙，一個月只來看一次。"),
    (GA, "聽起來妳一直獨自承擔照顧的責任，而且對哥哥的缺席感到失望和委屈，是這樣嗎？", "role_inversion"),
    (GA, "對……我不想跟他吵，吵了也沒用。", "decoy: a hesitation ……"),
    (ZSS, "不想吵，是因為覺得說了也不會改變什麼。妳有沒有想過申請長照2.0的居家服務或日間照顧？"),
    (GA, "有聽說過，但不知道要怎麼申請。"),
    (
        ZSS,
        "可以打1966長照專線，或是到衛生所詢問。照專會到家裡評估，通過之後就能安排居服員每週來幾次。",
        "decoy: a helpline inside engagement",
    ),
    (GA, "如果有人可以幫忙幾個下午，我就可以去市場，或是睡個午覺。"),
    (
        ZSS,
        "是的，妳也需要休息。照顧者先照顧好自己，才能走得更長遠。我們可以先從每天留給自己十分鐘開始，例如",
        "truncated_turn",
    ),
]

DIALOGUES_03: tuple[tuple[str, str, Script], ...] = (
    ("tw-synth-00021", "請生成一段台南高三學生與學校輔導老師之間的多輪諮商對話，主題為學測壓力。", D03_A),
    ("tw-synth-00022", "請生成一段花蓮家庭照顧者與諮商師之間的多輪對話，主題為照顧失智母親的壓力。", D03_B),
)


def walk_03(text: str) -> list[tuple[str, str]]:
    return [(t["speaker"], t["text"]) for item in json.loads(text) for t in item["dialogue"]]


def f03() -> Doc:
    doc = Doc(
        "03_llm_duolun_fanti_dump.json",
        {ZSS: T, GA: C, PB: X},
        parse_json_line("speaker", "text"),
        walk=walk_03,
    )
    doc.add("[")
    for number, (ident, prompt, script) in enumerate(DIALOGUES_03, 1):
        doc.add(
            "  {",
            f'    "id": {js(ident)},',
            '    "model": "gen-chat-70b-instruct",',
            f'    "prompt": {js(prompt)},',
            '    "dialogue": [',
        )
        doc.start(ident)
        for index, (who, text, *tags) in enumerate(script):
            comma = "," if index < len(script) - 1 else ""
            doc.turn(who, text, doc.add(f'      {{"speaker": {js(who)}, "text": {js(text)}}}{comma}'), tags)
        doc.add("    ]", "  }" + ("," if number < len(DIALOGUES_03) else ""))
    doc.add("]")
    return doc


# ---------------------------------------------------------------------------
# 04 an online counselling platform's export in Kunming, saved as "CSV UTF-8" (a byte-order mark, CR LF):
#    ``会话ID,轮次,角色,内容,发送时间``. Session KM0417: a message the platform's old gateway had read as GBK; a
#    picture that exported as an empty row; a row exported twice. Session KM0422: the roles swapped throughout by the
#    export (the counsellor's messages under ``来访者``), and a note typed into the sheet by the administrator.
# ---------------------------------------------------------------------------
NUMB_04 = "就是很麻木。上周批作文，批着批着就哭了，也不知道为什么哭。"
ROW_04 = "以前周末喜欢去翠湖喂红嘴鸥，现在周末也在改卷子。"

S04_A: Script = [
    (ZXS, "您好，我是今天的值班咨询师小杨。看到您预约时写的是“工作压力”，可以先说说最近的情况吗？"),
    (LFZ, "我在昆明一所小学教语文，带两个班，还当班主任。这学期开始，每天晚上都要在家长群里回消息到十点多。"),
    (ZXS, "白天上课，晚上还要在家长群里回复到很晚，几乎没有下班的时间。"),
    (LFZ, "对，而且学校还要搞公开课、写论文、迎检，表格一张接一张。"),
    (ZXS, "听起来各种任务叠在一起，你现在整个人是什么状态？"),
    (LFZ, moji_lossy(NUMB_04, "gbk"), "mojibake"),
    (ZXS, "不好意思，刚才您这条消息显示成乱码了，能再发一次吗？", "decoy: the counsellor mentions the garbled message"),
    (LFZ, NUMB_04, "decoy: the garbled message re-sent cleanly"),
    (ZXS, "批作文的时候突然哭了，可能是身体在提醒你，已经积累了很多疲惫。"),
    (LFZ, "", "empty_turn"),
    (
        LFZ,
        "刚才发了一张图片，好像没显示。就是我桌上那一摞作文本，有半米高。",
        "decoy: the client explains the empty message",
    ),
    (ZXS, "半米高的作文本，光是看着就很有压力。除了工作，您平时有什么可以让自己放松的事情吗？"),
    (LFZ, ROW_04),
    (LFZ, ROW_04, "duplicate_turn"),
    (ZXS, "喂红嘴鸥曾经是你的放松方式，现在却被工作挤掉了。如果这个周末能留出半天给自己，你会想做什么？"),
    (LFZ, "那还是去翠湖吧，趁红嘴鸥还没飞走。"),
    (ZXS, "好的，那我们就把这半天当作这周的一个小作业。下次我们聊聊怎么跟学校沟通工作量的问题。"),
    (LFZ, "好的，谢谢。", "decoy: 好的 and thanks"),
]

# the export swapped the roles of this session: the counsellor's messages stand under 来访者 and the student's under
# 咨询师 (one session-level row at its first turn)
S04_B: Script = [
    (LFZ, "你好，欢迎来到线上咨询。我是咨询师小杨，今天想聊点什么？"),
    (ZXS, "老师好，我是大一新生，从曲靖来昆明读书。开学两个月了，还是很想家，晚上经常躲在被子里哭。"),
    (LFZ, "第一次离开家这么久，想家是很自然的。你和室友相处得怎么样？"),
    (ZXS, "她们都是本地人，周末都回家，宿舍就剩我一个。"),
    (LFZ, "周末一个人待在宿舍，会更容易想家吧。"),
    ("#", "（以下3条消息因系统故障未能导出，管理员2024-05-08备注）", "unparseable_line"),
    (ZXS, "嗯。", "decoy: backchannel 嗯。"),
    (LFZ, "学校里有没有你感兴趣的社团？有时候参加一些活动，会认识新的朋友。"),
    (ZXS, "有个摄影社，我报了名，但还没去过。"),
    (LFZ, "这周六他们有活动的话，可以去看看。我们下周再约时间聊一聊。"),
    (ZXS, "好的老师，谢谢你。", "decoy: thanks"),
]


def parse_04(line: str) -> Parsed:
    record = next(csv.reader([line]))
    return (record[2], record[3]) if len(record) == 5 else None


def walk_04(text: str) -> list[tuple[str, str]]:
    records = list(csv.reader(io.StringIO(text)))
    assert records[0] == ["会话ID", "轮次", "角色", "内容", "发送时间"]
    return [(r[2], r[3]) for r in records[1:] if len(r) == 5]


def f04() -> Doc:
    doc = Doc(
        "04_xianshang_zixun_export_kunming.csv",
        {ZXS: T, LFZ: C},
        parse_04,
        bom=b"\xef\xbb\xbf",
        newline="\r\n",
        walk=walk_04,
    )
    doc.mark(doc.add(csv_line("会话ID", "轮次", "角色", "内容", "发送时间")), "decoy: the header row")
    runs: tuple[tuple[str, str, Script, tuple[str, ...]], ...] = (
        ("KM0417", "2024-05-06 19:02", S04_A, ()),
        ("KM0422", "2024-05-07 20:31", S04_B, ("role_inversion",)),
    )
    for ident, started, script, kinds in runs:
        doc.start(ident, *kinds)
        seq = 0
        minute = int(started[-2:])
        for who, text, *tags in script:
            if who == "#":
                doc.mark(doc.add(text), *tags)
                continue
            if "duplicate_turn" not in tags:
                seq += 1  # the row exported twice keeps its number
                minute += 1
            stamp = f"{started[:-5]}{int(started[-5:-3]) + minute // 60:02d}:{minute % 60:02d}:{(seq * 17) % 60:02d}"
            doc.turn(who, text, doc.add(csv_line(ident, str(seq), who, text, stamp)), tags)
    return doc


# ---------------------------------------------------------------------------
# 05 a counsellor's WeChat chat with a client, exported by a desktop backup tool as UTF-8 text, LF: header lines, date
#    separator lines, then ``YYYY-MM-DD hh:mm:ss 备注名：message`` one message a line (the counsellor keeps remark
#    names ``咨询师-周老师`` / ``来访者-小鹿``); withdrawn messages leave a notice line. The client's unstable network
#    sent one message three times; a diary entry pasted from a GBK text file arrives as raw GBK bytes; the platform's
#    customer service writes into the chat; the counsellor's auto-reply answers a message at night.
# ---------------------------------------------------------------------------
ZHOU, XIAOLU, KEFU = "咨询师-周老师", "来访者-小鹿", "心晴平台客服"
LOOP_05 = "我现在每天去实验室之前都要在楼下站好久，不敢上去"
DIARY_05 = "三月五日，又熬到凌晨三点，数据还是不对。我是不是根本不适合读研。"
WECHAT = re.compile(r"^(?P<stamp>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) (?P<label>[^：\s]+)：(?P<text>.*)$")

S05: Script = [
    ("#", "—————  2024-03-12  —————", "decoy: a date separator line"),
    (
        "20:58:40",
        ZHOU,
        "小鹿你好，我是周老师。我们约的是九点的文字咨询，你那边方便开始了吗",
        "decoy: a counsellor's chat question without a question mark",
    ),
    ("21:00:12", XIAOLU, "方便的老师", "decoy: a chat message without punctuation"),
    ("21:00:30", ZHOU, "好的。上次你说到和导师的关系比较紧张，这一周怎么样？"),
    (
        "21:02:05",
        XIAOLU,
        "更糟了。周一组会上他当着全组的面说我的实验设计“本科生都不如”[捂脸]",
        "decoy: a WeChat emoji code at the end",
    ),
    ("21:02:41", ZHOU, "当着全组的人被这样说，一定很难堪。"),
    ("21:03:20", XIAOLU, "我当时脸都红了，一句话都说不出来。"),
    ("21:03:58", XIAOLU, LOOP_05, "repetition_loop"),
    ("21:04:03", XIAOLU, LOOP_05, "duplicate_turn"),
    ("21:04:10", XIAOLU, LOOP_05, "duplicate_turn"),
    (
        "21:04:35",
        ZHOU,
        "收到了，网络好像有点卡，消息发了三遍。在楼下站好久不敢上去，那时候你心里在想什么？",
        "decoy: the counsellor mentions the repeats",
    ),
    (
        "21:05:50",
        XIAOLU,
        "怕碰到他。怕他又问我数据什么时候出来。我这学期要投一篇SCI，deadline是5月底，可是实验一直做不出来",
        "decoy: English words inside Chinese, no final punctuation",
    ),
    ("21:06:30", ZHOU, "嗯嗯", "decoy: backchannel 嗯嗯 without punctuation"),
    ("21:07:05", "#", '"来访者-小鹿" 撤回了一条消息', "decoy: a withdrawn-message notice (not a turn)"),
    ("21:07:12", XIAOLU, "我把之前写的日记发给你看看吧，是在电脑上写的", "decoy: a chat message without punctuation"),
    ("21:07:40", XIAOLU, foreign(DIARY_05, "gbk", "utf-8"), "encoding_error"),
    (
        "21:08:15",
        ZHOU,
        "这条消息在我这边显示成乱码了，你可以截图发给我，或者直接打字说说吗？",
        "decoy: the counsellor mentions the unreadable message",
    ),
    ("21:08:50", XIAOLU, "[图片]", "decoy: a picture placeholder"),
    (
        "21:09:30",
        ZHOU,
        "看到了。“我是不是根本不适合读研”，这句话你写下来的时候，是什么感觉？",
        "decoy: the counsellor quotes the diary",
    ),
    ("21:10:40", XIAOLU, "很绝望吧。身边的同学都发了文章，就我什么都没有。"),
    (
        "21:11:05",
        ZHOU,
        "你说“很绝望”，我想认真问一下：你有没有过伤害自己或者不想活下去的念头？",
        "decoy: a direct risk question",
    ),
    ("21:12:30", XIAOLU, "没有没有，我就是觉得很丢人，不至于。", "decoy: the answer to the risk question"),
    (
        "21:12:58",
        ZHOU,
        "谢谢你告诉我。如果以后有这样的念头，一定要第一时间告诉我，也可以拨打心理援助热线400-161-9995，24小时都有人接。",
        "decoy: a helpline inside engagement",
    ),
    ("21:13:30", XIAOLU, "嗯嗯，好的", "decoy: a short reply without punctuation"),
    (
        "21:14:02",
        KEFU,
        "小鹿同学您好，打扰一下~您本次购买的文字咨询还剩15分钟，需要续约的话可以私信我哦",
        "unknown_speaker",
    ),
    ("21:14:40", ZHOU, "我们回到刚才的话题。你提到同学都发了文章，你会经常拿自己和他们比较吗？"),
    ("21:16:10", XIAOLU, "会。特别是刷朋友圈的时候。"),
    ("21:16:45", ZHOU, "那我们试一个小练习：这周每天晚上写下一件你在实验室里完成了的小事，不管多小。"),
    ("21:17:30", XIAOLU, "比如“今天把离心机预约上了”这种也算吗？哈哈", "decoy: 哈哈 at the end, no punctuation"),
    ("21:17:55", ZHOU, "当然算[微笑]", "decoy: a WeChat emoji code at the end"),
    ("21:18:40", XIAOLU, "好的老师，我试试。谢谢周老师！", "decoy: the client thanks the counsellor"),
    ("21:19:05", ZHOU, "不客气，下周二晚上九点我们再聊。"),
    ("#", "—————  2024-03-14  —————", "decoy: a date separator line"),
    ("01:47:22", XIAOLU, "周老师，你睡了吗，我又睡不着了", "decoy: a chat message without punctuation"),
    (
        "01:47:23",
        ZHOU,
        "【自动回复】您好，我现在不方便回复。如遇紧急情况，请拨打心理援助热线400-161-9995或前往最近的医院急诊。",
        "refusal",
    ),
    ("01:49:10", XIAOLU, "好吧", "decoy: a short reply without punctuation"),
    ("08:12:36", ZHOU, "小鹿早上好，刚看到你的消息。昨晚是发生什么事了吗？"),
    ("08:30:05", XIAOLU, "没什么大事，就是又梦到组会了。现在好多了，别担心~", "decoy: a tilde ending"),
    ("08:31:00", ZHOU, "好，那我们周二见面的时候再好好聊聊睡眠的问题。"),
    ("08:31:40", XIAOLU, "好的", "decoy: 好的 without punctuation"),
]


def parse_05(line: str) -> Parsed:
    match = WECHAT.match(line)
    return (match["label"], match["text"]) if match else None


def f05() -> Doc:
    doc = Doc("05_weixin_liaotian_jilu_xiaolu.txt", {ZHOU: T, XIAOLU: C, KEFU: X}, parse_05)
    for line in ("微信聊天记录导出", "聊天对象：来访者-小鹿", "导出时间：2024-03-15 23:41:07", "=" * 40):
        doc.mark(doc.add(line), "decoy: a header line")
    doc.start("小鹿 2024-03")
    day = ""
    for entry in S05:
        if entry[0] == "#":
            day = entry[1].strip("— ")
            doc.mark(doc.add(entry[1]), *entry[2:])
            continue
        clock, who, text, *tags = entry
        if who == "#":
            doc.mark(doc.add(f"{day} {clock} {text}"), *tags)
            continue
        doc.turn(who, text, doc.add(f"{day} {clock} {who}：{text}"), tags)
    return doc


# ---------------------------------------------------------------------------
# 06 NOT A TRANSCRIPT: the centre's appointment register for May, exported as CSV and dropped into the transcripts
#    folder by mistake. No dialogue anywhere (unparseable_file, line 0).
# ---------------------------------------------------------------------------
REGISTER_06: tuple[tuple[str, ...], ...] = (
    ("预约编号", "来访者编号", "预约日期", "时段", "咨询师", "咨询形式", "状态", "备注"),
    ("YY2405001", "C0231", "2024-05-06", "14:00-14:50", "杨老师", "线下", "已完成", ""),
    ("YY2405002", "C0187", "2024-05-06", "16:00-16:50", "周老师", "线上", "已完成", ""),
    ("YY2405003", "C0244", "2024-05-07", "10:00-10:50", "杨老师", "线下", "来访者取消", "提前24小时取消"),
    ("YY2405004", "C0231", "2024-05-13", "14:00-14:50", "杨老师", "线下", "已完成", ""),
    ("YY2405005", "C0250", "2024-05-13", "19:00-19:50", "林老师", "线上", "已完成", "初访"),
    ("YY2405006", "C0187", "2024-05-14", "16:00-16:50", "周老师", "线上", "未到", "电话未接通"),
    ("YY2405007", "C0252", "2024-05-15", "09:00-09:50", "林老师", "线下", "已完成", "初访"),
    ("YY2405008", "C0231", "2024-05-20", "14:00-14:50", "杨老师", "线下", "已完成", ""),
    ("YY2405009", "C0244", "2024-05-21", "10:00-10:50", "杨老师", "线下", "已完成", "改约"),
    ("YY2405010", "C0250", "2024-05-27", "19:00-19:50", "林老师", "线上", "待确认", ""),
)


def f06() -> Doc:
    doc = Doc(NOT_READABLE, {}, lambda line: None)
    for record in REGISTER_06:
        doc.add(csv_line(*record))
    doc.whole_file("unparseable_file")
    return doc


# ---------------------------------------------------------------------------
# 07 a Japanese counselling verbatim record (逐語記録), UTF-8, LF: header lines, then ``カウンセラー：`` / ``相談者：``.
#    Typed from the recording and "completed" by an AI tool: the message the client read aloud was pasted from a
#    viewer that read its UTF-8 as CP932 (文字化け, ``?`` for what it could not show); the tool's own line
#    ``以下は、カウンセリングの続きです。`` and its refusal stand in the record; the last turn is cut.
# ---------------------------------------------------------------------------
CO7, CL7 = "カウンセラー", "相談者"
LINE_07 = "「あの時すぐに呼んでいれば、って何回も考えてしまう」"
SAID_07 = "それなら、来週の面談のときに言えそうです。"

S07: Script = [
    (CO7, "こんにちは。前回から二週間ぶりですね。この二週間はいかがでしたか。"),
    (CL7, "こんにちは。夜勤が4回あって、正直ちょっとバテています。", "decoy: a number inside Japanese"),
    (CO7, "夜勤が4回。それはかなり体にこたえますね。"),
    (CL7, "ええ。", "decoy: backchannel ええ。 (1 of 3)"),
    (CL7, "夜勤明けに家に帰っても、頭が冴えて眠れないんです。ベッドに入っても、ナースコールの音が耳に残っていて。"),
    (CO7, "体は疲れているのに、頭はまだ病棟にいるような感じでしょうか。"),
    (CL7, "そうです、まさにそれです。"),
    (CO7, "眠れないとき、どんなことが頭に浮かびますか。"),
    (
        CL7,
        "先月、担当していた患者さんが急変して亡くなったんです。最後に見回りをしたとき、少し呼吸が荒いなと思ったのに、すぐに先生を呼ばなかった。",
    ),
    (CO7, "そのことが、ずっと心に残っているんですね。"),
    (
        CL7,
        "先輩は「あなたのせいじゃない」って言ってくれました。でも、自分では納得できなくて。",
        "decoy: a quoted colleague",
    ),
    (
        CL7,
        "その日の夜、同期にLINEで送ったメッセージがあるんです。読みますね。" + moji_lossy(LINE_07, "cp932"),
        "mojibake",
    ),
    (CO7, "「あの時すぐに呼んでいれば」と、何度も考えてしまうんですね。", "decoy: the counsellor quotes the message"),
    (CL7, "はい。", "decoy: a short answer"),
    (CO7, "患者さんのことを本当に大切にしてきたからこそ、そう考えてしまうのだと思います。"),
    (CL7, "でも、もし私がもっと早く気づいていたら……。", "decoy: a trail-off"),
    (CO7, "ええ。", "decoy: backchannel ええ。 (2 of 3)"),
    (
        CL7,
        "今、ご自分を責める気持ちがとても強くなっているように感じます。その気持ちについて、もう少し詳しく聞かせていただけますか。",
        "role_inversion",
    ),
    (CL7, "……責めてますね、毎日。", "decoy: a hesitation ……"),
    ("#", "以下は、カウンセリングの続きです。", "meta_text"),
    (
        CO7,
        "申し訳ありませんが、私はAIアシスタントのため、医療事故や自責の念に関するご相談にはお答えできません。専門の相談窓口にご相談ください。",
        "refusal",
    ),
    (
        CO7,
        "今日お話しいただいたことは、とても大切なことだと思います。眠れない状態が続くようでしたら、産業医の先生にも相談してみませんか。",
    ),
    (CL7, "産業医の先生には、まだ話したことがないです。"),
    (CO7, "いきなり全部話す必要はありません。「夜勤明けに眠れない」というところから伝えてみるのはどうでしょう。"),
    (CL7, SAID_07),
    (CL7, SAID_07.replace("、", ""), "near_duplicate_turn"),
    (CO7, "ええ。", "decoy: backchannel ええ。 (3 of 3)"),
    (
        CO7,
        "では、次回までに一つだけ。夜勤明けに家に帰ったら、ベッドに入る前に温かい飲み物を飲んで、5分だけゆっくり呼吸をしてみてください。",
    ),
    (CL7, "わかりました。ありがとうございます。", "decoy: thanks"),
    (CO7, "次回は二週間後の同じ時間ですね。それまでに、もしつらい気持ちが強くなったら、いつでも", "truncated_turn"),
]


def f07() -> Doc:
    doc = Doc("07_kaunseringu_kiroku_sapporo.txt", {CO7: T, CL7: C}, parse_labelled("："))
    for line in (
        "カウンセリング逐語記録（第3回）",
        "相談者情報：30代女性、総合病院の看護師（夜勤あり）、札幌市在住",
        "記録：音声から文字起こし、一部AIツールで補完",
    ):
        doc.mark(doc.add(line), "decoy: a header line")
    doc.mark(doc.add(""), "decoy: a blank line after the header")
    doc.start("第3回")
    labelled_script(doc, S07, "：")
    return doc


# ---------------------------------------------------------------------------
# 08 a school counselling room's interview record in Fukuoka, typed in Word on a Japanese Windows and saved as plain
#    text (Shift_JIS, i.e. CP932, CR LF): ``Th：`` / ``Cl：``. A second-year junior-high student who has not been to
#    school for four months. A counsellor turn typed twice; the transcriber's own remark left between two turns; the
#    student's mother speaks at the door.
# ---------------------------------------------------------------------------
TH8, CL8, HAHA = "Th", "Cl", "母"
SAID_08 = "グループから外されて、教室に入れなくなった。それは本当につらかったね。"

S08: Script = [
    (TH8, "こんにちは。今日は来てくれてありがとう。最近はどう過ごしていますか。"),
    (CL8, "別に。ずっと家でゲームしてます。"),
    (TH8, "ゲームをしているんだね。どんなゲーム？"),
    (CL8, "マイクラとか。YouTubeで実況も見てます。", "decoy: English and katakana names"),
    (TH8, "マイクラか。何か作っているものはあるの？"),
    (CL8, "城を作ってます。もう3か月くらいかかってる。", "decoy: a number"),
    (TH8, "3か月も。すごく根気がいるね。"),
    (CL8, "まあ、暇なんで。（笑）", "decoy: （笑）"),
    (TH8, "学校のことは、最近考えたりする？"),
    (CL8, "……考えないようにしてます。", "decoy: a hesitation ……"),
    (TH8, "考えないようにしている。考えると、しんどくなるのかな。"),
    (CL8, "うん。朝、制服を見ると、おなかが痛くなる。"),
    (TH8, "おなかが痛くなるんだね。それはつらいね。"),
    (CL8, "お母さんは「仮病でしょ」って言うけど、本当に痛いんです。", "decoy: the mother quoted"),
    (TH8, "本当に痛いんだよね。体がちゃんと教えてくれているんだと思う。"),
    (CL8, "うん。", "decoy: backchannel うん。 (1 of 3)"),
    (TH8, "学校に行かなくなる前に、何かあった？"),
    (CL8, "2学期の初めに、LINEのグループから外されて。それから教室に入れなくなった。"),
    ("#", "この件については学年主任と共有済みで、担任には来週伝える予定", "unparseable_line"),
    (TH8, SAID_08),
    (TH8, SAID_08, "duplicate_turn"),
    (CL8, "……うん。", "decoy: backchannel うん。 (2 of 3)"),
    (TH8, "今すぐ教室に戻らなくてもいいと思っているよ。相談室登校や、放課後に少しだけ来てみるという方法もある。"),
    (CL8, "放課後なら、誰もいないし、行けるかも。", "decoy: かも。 a tentative answer"),
    (
        HAHA,
        "先生、お話し中にすみません。迎えの車を駐車場に停めてあるので、終わったら声をかけてください。",
        "unknown_speaker",
    ),
    (TH8, "はい、あと5分ほどで終わります。"),
    (CL8, "お母さん、いつも早いんだよ。"),
    (
        TH8,
        "（笑）じゃあ、最後に一つ。来週、放課後に15分だけ相談室に来てみるのはどうかな。",
        "decoy: （笑） opening a turn",
    ),
    (CL8, "……うん、やってみる。"),
    (TH8, "ありがとう。お城ができたら、また話を聞かせてね。"),
    (CL8, "うん。", "decoy: backchannel うん。 (3 of 3)"),
]


def f08() -> Doc:
    doc = Doc(
        "08_mensetsu_kiroku_futoko_sjis.txt",
        {TH8: T, CL8: C, HAHA: X},
        parse_labelled("："),
        codec="cp932",
        newline="\r\n",
    )
    for line in (
        "教育相談室　面接記録　No.5",
        "対象：中学2年男子（不登校、約4か月）　場所：福岡市内の教育相談室",
        "記録者：Th　表記：Th＝相談員、Cl＝生徒",
        "────────────────────",
    ):
        doc.mark(doc.add(line), "decoy: a header line")
    doc.start("No.5")
    labelled_script(doc, S08, "：")
    return doc


# ---------------------------------------------------------------------------
# 09 a Korean verbatim record (축어록) from a university counselling centre in Daegu, UTF-8, LF: header lines, then
#    ``상담사: `` / ``내담자: ``. Drafted by a speech-to-text app and only partly reviewed: the app wrote one exchange
#    three times (a block loop of two turns, the last copy with a comma for the first full stop); a KakaoTalk message the client read out
#    was pasted from a viewer that read its UTF-8 as Windows-1252; a counsellor summary was retyped from an old
#    EUC-KR notes file (bytes invalid in UTF-8); the recording ended inside the last turn.
# ---------------------------------------------------------------------------
SDS, NDJ = "상담사", "내담자"
ASK_09 = "단톡방에서 조용히 나갈 때, 어떤 마음이 드는지 궁금해요."
ANS_09 = "비교되니까요. 나만 멈춰 있는 것 같아서요."
KAKAO_09 = "밥은 먹었니? 너무 조급해하지 마라"

S09: Script = [
    (SDS, "안녕하세요, 민재 씨. 지난주 이후로 어떻게 지냈어요?"),
    (NDJ, "그냥 그랬어요. 이번 주에 공기업 서류 결과가 나왔는데 또 떨어졌어요."),
    (SDS, "또 떨어졌다는 소식을 들었군요. 그때 마음이 어땠어요?"),
    (NDJ, "이제는 별 느낌도 없어요. 올해만 서류에서 열일곱 번째예요."),
    (SDS, "열일곱 번이요. 그만큼 계속 도전해 왔다는 거네요."),
    (
        NDJ,
        "도전이라기보다는 그냥 버티는 거죠. 졸업한 지 1년 반이 넘었는데 아직 아무것도 없으니까요.",
        "decoy: a number",
    ),
    (SDS, "음.", "decoy: backchannel 음. (1 of 3)"),
    (NDJ, "친구들은 다 서울 가서 취업했어요. 단톡방에서 연봉 얘기 나오면 그냥 조용히 나가요."),
    (SDS, ASK_09, "repetition_loop"),
    (NDJ, ANS_09),
    (SDS, ASK_09, "duplicate_turn"),
    (NDJ, ANS_09, "duplicate_turn"),
    (SDS, ASK_09, "duplicate_turn"),
    (NDJ, ANS_09.replace(". ", ", "), "near_duplicate_turn"),
    (
        SDS,
        "나만 멈춰 있는 것 같은 느낌. 그 느낌이 요즘 하루에 얼마나 자주 찾아와요?",
        "decoy: the counsellor echoes the client",
    ),
    (NDJ, "아침에 눈 뜰 때 제일 심해요. 부모님은 출근하시고, 저만 집에 있으니까요."),
    (SDS, "음.", "decoy: backchannel 음. (2 of 3)"),
    (NDJ, "엄마가 어제 카톡으로 보낸 건데, 읽어 볼게요. " + moji_lossy(KAKAO_09, "cp1252"), "mojibake"),
    (
        SDS,
        "\u201c밥은 먹었니, 너무 조급해하지 마라.\u201d 어머니가 그렇게 보내셨군요.",
        "decoy: the counsellor quotes the message",
    ),
    (NDJ, "네. 근데 그 말이 더 미안해요."),
    (
        SDS,
        foreign(
            "지금 민재 씨는 부모님에게 미안한 마음과 스스로에 대한 실망을 동시에 느끼고 있는 것 같아요.",
            "euc_kr",
            "utf-8",
        ),
        "encoding_error",
    ),
    (NDJ, "맞아요. 둘 다예요."),
    (
        SDS,
        "혹시 요즘 너무 힘들어서 죽고 싶다거나, 스스로를 해치고 싶다는 생각이 든 적이 있어요?",
        "decoy: a direct risk question",
    ),
    (NDJ, "아뇨, 그 정도는 아니에요. 그냥 잠을 너무 많이 자요. 하루에 12시간씩.", "decoy: the answer, a number"),
    (
        SDS,
        "말해 줘서 고마워요. 혹시라도 그런 생각이 들면 저에게 꼭 말해 주고, 밤에는 109 자살예방상담전화도 있다는 걸 기억해 줬으면 해요.",
        "decoy: a helpline inside engagement",
    ),
    (NDJ, "네, 알겠어요."),
    (SDS, "음.", "decoy: backchannel 음. (3 of 3)"),
    (SDS, "다음 주까지 해 볼 작은 목표를 하나 정해 볼까요? 서류 준비 말고, 민재 씨 자신을 위한 걸로요."),
    (NDJ, "음... 아침에 동네 한 바퀴 걷기? 신천 따라서 30분 정도요.", "decoy: ... and a number"),
    (SDS, "좋아요. 신천 따라 30분 걷기. 다음 주에 어땠는지 같이 이야기해요."),
    (NDJ, "네, 감사합니다. 그리고 지난번에 말씀하신 그 책은 아직", "truncated_turn"),
]


def f09() -> Doc:
    doc = Doc("09_sangdam_chugeorok_daegu.txt", {SDS: T, NDJ: C}, parse_labelled(": "))
    for line in (
        "상담 축어록 (4회기)",
        "일시: 2024년 5월 21일 오후 3시 / 장소: 대구 ○○대학교 학생상담센터",
        "전사: 음성 인식 앱 자동 전사 후 일부 검토",
    ):
        doc.mark(doc.add(line), "decoy: a header line")
    doc.mark(doc.add(""), "decoy: a blank line after the header")
    doc.start("4회기")
    labelled_script(doc, S09, ": ")
    return doc


# ---------------------------------------------------------------------------
# 10 a Korean synthetic counselling set an LLM generated: ONE JSON object ``{"dataset", "generator", "samples": [{"id",
#    "situation", "turns": [{"role", "content"}]}]}``, one turn object a line; ``counselor`` / ``client``. Sample
#    ko-syn-0071 is ko-syn-0042 again (generated with the same seed).
# ---------------------------------------------------------------------------
CSR, CLT = "counselor", "client"

K10_A: Script = [
    (CSR, "안녕하세요. 오늘 어떤 이야기를 나누고 싶은지 편하게 말해 주세요."),
    (CLT, "수능이 50일 남았는데, 모의고사만 보면 머리가 하얘져요."),
    (CSR, "수능을 50일 앞두고 시험 때마다 머리가 하얘지는 경험을 하고 있군요. 많이 불안하겠어요."),
    (CLT, "네. 9월 모의고사 때는 국어 첫 지문부터 손이 떨려서 시간 배분을 완전히 망쳤어요.", "decoy: a number"),
    (CSR, "손이 떨릴 정도로 긴장하면 평소 실력을 발휘하기 어렵죠. 시험 직전에 주로 어떤 생각이 드나요?"),
    (CLT, "이번에도 망하면 재수해야 한다는 생각이요. 우리 집은 재수시킬 형편이 아니거든요."),
    (CSR, "결과에 대한 부담과 가족의 형편까지 함께 짊어지고 있네요."),
    (CLT, "엄마는 괜찮다고 하는데, 밤에 엄마가 한숨 쉬는 소리를 들으면 더 잠이 안 와요."),
    (
        CSR,
        "시험 전에 긴장을 줄이는 데 호흡법이 도움이 될 수 있어요. 4초 동안 들이마시고, 7초 동안 멈췄다가, 8초 동안 내쉬는 방법이에요.",
        "decoy: numbers",
    ),
    (CLT, "한번 해 볼게요. 감사합니다.", "decoy: thanks"),
    (CSR, "좋아요. 다음에는 실제 시험처럼 시간을 재고 문제를 풀 때 이 호흡법을 써 보고, 어땠는지 이야기해 줘요."),
]

K10_B: Script = [
    (CSR, "다음은 상담사와 내담자의 대화입니다: 안녕하세요. 오늘은 어떤 고민이 있어서 오셨나요?", "meta_text"),
    (CLT, "두 달 뒤에 입대하는데, 요즘 계속 잠이 안 와요."),
    (CSR, "입대를 앞두고 잠이 오지 않을 만큼 마음이 복잡하군요. 어떤 부분이 가장 걱정되나요?"),
    (CLT, "단체 생활이요. 저는 원래 사람 많은 곳에서 쉽게 지치는 편이라서요."),
    (
        CSR,
        "죄송하지만 저는 AI 언어 모델이기 때문에 전문적인 심리 상담을 제공할 수 없습니다. 도움이 필요하시면 정신건강위기상담전화 1577-0199로 연락해 주세요.",
        "refusal",
    ),
    (CLT, "아, 그런가요. 그래도 누구한테든 말하고 싶었어요."),
    (
        CLT,
        "사람이 많은 환경에서 쉽게 지친다는 건, 혼자만의 시간이 에너지를 회복하는 데 중요하다는 뜻일 수도 있겠네요. 그런 시간을 어떻게 확보할 수 있을지 함께 생각해 볼까요?",
        "role_inversion",
    ),
    (CSR, "", "empty_turn"),
    (CLT, "훈련소에서는 개인 시간이 거의 없다고 들었어요."),
    (
        CSR,
        "맞아요, 처음 몇 주는 특히 그래요. 그래도 자기 전 몇 분 동안 마음속으로 하루를 정리하는 것만으로도 도움이 될 수 있어요.",
    ),
    (CLT, "그 정도는 할 수 있을 것 같아요."),
    (
        CSR,
        "그리고 입대 전 두 달 동안 가족이나 친구들과 충분히 시간을 보내면서, 힘들 때 편지를 쓸 사람을 미리 정해 두는 것도 좋아요. 특히",
        "truncated_turn",
    ),
]

SAMPLES_10: tuple[tuple[str, str, Script, tuple[str, ...]], ...] = (
    ("ko-syn-0042", "부산의 고3 수험생, 수능을 앞둔 시험 불안", K10_A, ()),
    ("ko-syn-0057", "입대를 두 달 앞둔 대학생의 불면과 단체 생활에 대한 걱정", K10_B, ()),
    ("ko-syn-0071", "부산의 고3 수험생, 수능을 앞둔 시험 불안", K10_A, ("duplicate_session",)),
)


def walk_10(text: str) -> list[tuple[str, str]]:
    return [(t["role"], t["content"]) for s in json.loads(text)["samples"] for t in s["turns"]]


def f10() -> Doc:
    doc = Doc("10_sangdam_synth_ko.json", {CSR: T, CLT: C}, parse_json_line("role", "content"), walk=walk_10)
    doc.add(
        "{",
        '  "dataset": "ko-counsel-synth-v1",',
        '  "generator": "gen-chat-70b-instruct, temperature=0.9",',
        '  "samples": [',
    )
    for number, (ident, situation, script, kinds) in enumerate(SAMPLES_10, 1):
        doc.add("    {", f'      "id": {js(ident)},', f'      "situation": {js(situation)},', '      "turns": [')
        doc.start(ident, *kinds)
        for index, (who, text, *tags) in enumerate(script):
            comma = "," if index < len(script) - 1 else ""
            line = doc.add(f'        {{"role": {js(who)}, "content": {js(text)}}}{comma}')
            doc.turn(who, text, line, [] if kinds else tags)
        doc.add("      ]", "    }" + ("," if number < len(SAMPLES_10) else ""))
    doc.add("  ]", "}")
    return doc


BUILDERS: tuple[Callable[[], Doc], ...] = (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10)
# the encoding, byte-order mark and line end of each file
EXPECTED_BYTES = {
    "01_zixun_zhuzigao_dongguan_gbk.txt": ("gbk", b"", "\r\n"),
    "02_psy_dialogues_zh.json": ("utf-8", b"", "\n"),
    "03_llm_duolun_fanti_dump.json": ("utf-8", b"", "\n"),
    "04_xianshang_zixun_export_kunming.csv": ("utf-8", b"\xef\xbb\xbf", "\r\n"),
    "05_weixin_liaotian_jilu_xiaolu.txt": ("utf-8", b"", "\n"),
    NOT_READABLE: ("utf-8", b"", "\n"),
    "07_kaunseringu_kiroku_sapporo.txt": ("utf-8", b"", "\n"),
    "08_mensetsu_kiroku_futoko_sjis.txt": ("cp932", b"", "\r\n"),
    "09_sangdam_chugeorok_daegu.txt": ("utf-8", b"", "\n"),
    "10_sangdam_synth_ko.json": ("utf-8", b"", "\n"),
}
# files whose text holds bytes that are not valid in the file's own encoding
INVALID = {"05_weixin_liaotian_jilu_xiaolu.txt", "09_sangdam_chugeorok_daegu.txt"}
LANGUAGES = {
    "01_zixun_zhuzigao_dongguan_gbk.txt": "zh-Hans",
    "02_psy_dialogues_zh.json": "zh-Hans",
    "03_llm_duolun_fanti_dump.json": "zh-Hant",
    "04_xianshang_zixun_export_kunming.csv": "zh-Hans",
    "05_weixin_liaotian_jilu_xiaolu.txt": "zh-Hans",
    NOT_READABLE: "zh-Hans",
    "07_kaunseringu_kiroku_sapporo.txt": "ja",
    "08_mensetsu_kiroku_futoko_sjis.txt": "ja",
    "09_sangdam_chugeorok_daegu.txt": "ko",
    "10_sangdam_synth_ko.json": "ko",
}


# ---------------------------------------------------------------------------
# self-checks (of this writer, not of any detector)
# ---------------------------------------------------------------------------
def check_repeats(doc: Doc) -> None:
    """Every same-role repeat of a substantial turn in a session is marked, and every repeat mark is real."""
    for session in doc.sessions:
        if "duplicate_session" in session.kinds:
            continue
        seen: list[Turn] = []
        for index, turn in enumerate(session.turns):
            earlier = [t for t in seen if t.role == turn.role and not blank(t.text)]
            exact = any(t.text == turn.text for t in earlier)
            close = any(similar(t.text, turn.text) for t in earlier)
            near = any(related(t.text, turn.text) for t in earlier)
            marked = set(turn.kinds) & REPEAT_KINDS
            if substantial(turn.text) and (exact or close):
                assert marked, f"{doc.name}:{turn.line} unmarked repeat {turn.text[:30]!r}"
            if not substantial(turn.text):
                assert not marked, f"{doc.name}:{turn.line} a backchannel marked as a repeat"
            if "duplicate_turn" in turn.kinds:
                assert exact, f"{doc.name}:{turn.line} duplicate_turn without an exact earlier turn"
            if "near_duplicate_turn" in turn.kinds:
                assert near and not exact, f"{doc.name}:{turn.line} bad near duplicate"
            if "repetition_loop" in turn.kinds:
                later = [t for t in session.turns[index + 1 :] if t.role == turn.role]
                copies = [t for t in later if related(t.text, turn.text)]
                assert len(copies) >= 2, f"{doc.name}:{turn.line} loop repeated fewer than three times"
                assert all(set(t.kinds) & REPEAT_KINDS for t in copies), f"{doc.name}:{turn.line} unmarked copy"
                assert not near, f"{doc.name}:{turn.line} a loop marked on a later copy"
            seen.append(turn)


def check_sessions(docs: Sequence[Doc]) -> None:
    """Only a session marked duplicate_session repeats an earlier one, and it does so exactly."""
    seen: set[tuple[tuple[str, str], ...]] = set()
    for doc in docs:
        for session in doc.sessions:
            content = tuple((t.role, t.text) for t in session.turns)
            assert content, (doc.name, session.name)
            assert (content in seen) == ("duplicate_session" in session.kinds), (doc.name, session.name)
            seen.add(content)


def check_format(doc: Doc, physical: Sequence[str]) -> None:
    """Each line reads as its layout says: a turn line gives back exactly its turn, no other line gives a turn."""
    turns = doc.turns()
    by_line = {t.line: t for t in turns}
    assert len(by_line) == len(turns), f"{doc.name}: two turns on one line"
    for number, text in enumerate(physical, 1):
        parsed = doc.parse(text)
        if number in by_line:
            turn = by_line[number]
            assert parsed == (turn.label, turn.text), (doc.name, number, parsed)
        else:
            assert parsed is None or parsed[0] not in doc.roles, (doc.name, number, parsed)
        if number in doc.line_rows and dict(doc.truth).get(number) == "unparseable_line":
            assert parsed is None, (doc.name, number)
    if doc.walk is not None:
        assert doc.walk("\n".join(physical)) == [(t.label, t.text) for t in turns], doc.name


def check_written(doc: Doc, out: Path) -> list[str]:
    """The file's bytes decode as intended, line for line, and every row and decoy stands where it should."""
    raw = (out / doc.name).read_bytes()
    assert raw == doc.render(), doc.name
    codec, bom, newline = EXPECTED_BYTES[doc.name]
    assert (doc.codec, doc.bom, doc.newline) == (codec, bom, newline), doc.name
    assert raw.startswith(bom), doc.name
    body = raw[len(bom) :]
    if not bom:
        assert not body.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")), doc.name
    try:
        body.decode(codec)
        valid = True
    except UnicodeDecodeError:
        valid = False
    assert valid == (doc.name not in INVALID), doc.name
    if codec != "utf-8":
        try:
            body.decode("utf-8")
            as_utf8 = True
        except UnicodeDecodeError:
            as_utf8 = False
        assert not as_utf8, f"{doc.name}: a legacy-encoded file that is also valid UTF-8"
        # and the legacy code page is really needed: the text is not plain ASCII
        assert any(byte >= 0x80 for byte in body), doc.name
    data = body.decode(codec, "surrogateescape")
    assert not any(ch in data for ch in BREAKERS), doc.name
    replaced = body.decode(codec, "replace")
    assert (replaced.count("\n"), replaced.count("\r")) == (data.count("\n"), data.count("\r")), doc.name
    if newline == "\r\n":
        assert data.count("\r") == data.count("\n") == data.count("\r\n"), doc.name
    else:
        assert "\r" not in data, doc.name
    physical = data.split(newline)
    assert physical[-1] == "", doc.name
    lines = physical[:-1]
    assert lines == doc.out, doc.name
    if doc.name == NOT_READABLE:
        records = list(csv.reader(lines))
        assert all(len(r) == len(records[0]) for r in records) and not doc.sessions, doc.name
        assert doc.truth == [(0, "unparseable_file")], doc.name
        return lines
    turn_lines = {t.line for t in doc.turns()}
    for row_line, kind in doc.truth:
        assert kind not in FILE_KINDS, (doc.name, kind)
        assert (row_line in turn_lines) != (row_line in doc.line_rows), (doc.name, row_line)
    truth_lines = {line for line, _ in doc.truth}
    for decoy_line, note in doc.decoys:
        assert 1 <= decoy_line <= len(lines), (doc.name, decoy_line)
        assert decoy_line not in truth_lines, (doc.name, decoy_line, note)
    for row_line in doc.line_rows:
        assert lines[row_line - 1].strip() and row_line not in turn_lines, (doc.name, row_line)
    check_format(doc, lines)
    return lines


def check_truth_text(doc: Doc, physical: Sequence[str]) -> None:
    """Each truth row's line really holds the text its kind describes."""
    for line, kind in doc.truth:
        if kind in FILE_KINDS:
            continue
        if line in doc.line_rows:
            assert kind in LINE_KINDS, (doc.name, line, kind)
            continue
        parsed = doc.parse(physical[line - 1])
        assert parsed is not None, (doc.name, line)
        label, here = parsed
        turn = next(t for t in doc.turns() if t.line == line)
        assert (label, here) == (turn.label, turn.text), (doc.name, line)
        if kind in SESSION_KINDS and kind not in turn.kinds:
            session = next(s for s in doc.sessions if s.turns and s.turns[0].line == line)
            assert kind in session.kinds, (doc.name, line, kind)
            continue
        assert kind in turn.kinds, (doc.name, line, kind)
        checks = {
            "empty_turn": blank(here),
            "unknown_speaker": turn.role == X,
            "mojibake": garbled(here),
            "encoding_error": invalid_bytes(here),
            "truncated_turn": here.rstrip()[-1:] not in ENDERS,
        }
        assert checks.get(kind, True), (doc.name, line, kind)


def shown(text: str, width: int = 110) -> str:
    text = "".join(f"\\x{ord(ch) - 0xDC00:02x}" if "\udc80" <= ch <= "\udcff" else ch for ch in text)
    if len(text) > width:
        text = text[: width - 35] + " ... " + text[-30:]
    return text


def show_row(doc: Doc, physical: Sequence[str], line: int, kind: str) -> str:
    if line == 0:
        return shown(f"[whole file] {physical[0]} ... ({len(physical)} lines, no dialogue)")
    return shown(physical[line - 1].strip())


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or (len(argv) == 3 and argv[2] != "--show"):
        print("usage: python blind/thirtythird_defect_cases.py OUT_DIR [--show]", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    docs = [build() for build in BUILDERS]
    assert [doc.name for doc in docs] == list(EXPECTED_BYTES) == list(LANGUAGES)
    rows: list[tuple[str, int, str]] = []
    decoys = turns = clean = 0
    for doc in docs:
        (out / doc.name).write_bytes(doc.render())
        check_repeats(doc)
        physical = check_written(doc, out)
        check_truth_text(doc, physical)
        rows.extend((doc.name, line, kind) for line, kind in doc.truth)
        decoys += len(doc.decoys)
        here = doc.turns()
        turns += len(here)
        marked = {line for line, _ in doc.truth}
        clean += sum(1 for t in here if t.line not in marked)
        assert doc.truth and len(doc.truth) <= 8, doc.name
        print(
            f"{doc.name} [{LANGUAGES[doc.name]}, {doc.codec}]: {len(here)} turns, {len(doc.truth)} truth rows, {len(doc.decoys)} decoys"
        )
        if len(argv) == 3:
            for line, kind in sorted(doc.truth):
                print(f"  {line:4d} {kind:20s} | {show_row(doc, physical, line, kind)}")
    check_sessions(docs)
    assert len(set(rows)) == len(rows), "duplicate truth rows"
    rows.sort()
    with (out / "truth.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "line", "defect_type"])
        writer.writerows(rows)
    counts = Counter(kind for _, _, kind in rows)
    assert set(counts) == KINDS, KINDS - set(counts)
    assert 50 <= len(rows) <= 60, len(rows)
    assert clean >= 0.6 * turns, (clean, turns)
    languages = Counter(LANGUAGES.values())
    assert languages["ja"] == 2 and languages["ko"] == 2 and languages["zh-Hans"] + languages["zh-Hant"] == 6
    print(
        f"wrote {len(docs)} files ({turns} turns, {clean} on lines without a truth row) and {len(rows)} truth rows to {out}"
    )
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    print(f"decoys: {decoys} (all on lines without a truth row)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
