# ruff: noqa: E501, RUF001
r"""Thirty-ninth set of blind defect cases for the transcript-cleaning product: COUNSELLING TRANSCRIPTS IN ARABIC, SWAHILI,
ITALIAN, POLISH AND VIETNAMESE, in the containers teams in those countries really have.

Blind conditions, as followed. The only things read were: the first 15 lines of benchmarks/blind_defects.py (``head -n
15``, the interface); a listing of blind/ (``ls``); /work/shared/README.md and /work/shared/corpora/README.md (``cat``,
the first 100 lines of the two together); the ruff and mypy settings of pyproject.toml (``grep -n -A12 "tool.ruff"``);
the docstrings of the earlier case writers in blind/, printed with a ``.venv`` python ``ast.get_docstring`` snippet into
/tmp/s28d/docs.txt (measured with ``wc -l``, its ``=====`` file separators listed with ``grep -n``); on that scratch
file only: ``grep``/``awk`` pipelines that counted language names per writer (no earlier writer used Arabic or Swahili;
Italian appeared once, as a generated JSON set, Polish once, as a Windows-1250 CSV, Vietnamese once, inside an
interpreted English session), ``grep -c`` loops over candidate places and names (Maadi, Amman, Tawjihi, Jeddah,
Kisumu, Mwanza, Genova, Lublin, Hanoi and others; ``Nairobi`` and ``Reem`` were found and so replaced by Kisumu and
Hiba), and ``sed`` pages of it: the whole thirty-third docstring (the truth conventions, followed here), the first 120
lines of the nineteenth, lines 5617-5645 and 4470-4485 (two writers' blind notes) and 60 ``grep -n`` hit lines naming
languages and containers (WhatsApp, SRT, semicolon CSV); and the code of blind/thirtythird_defect_cases.py, the model
writer, whose function list was printed with ``grep -n`` and of which lines 180-530 (constants, helpers, document
builder, its first file) and 1394-1600 (self-checks, ``show_row``, ``main``) plus its first six lines were paged with
``sed``: its builder, repeat and format checks are followed closely here. No other file of the project was opened or
grepped (no transforms, flows, synth, tests, schemas, sql, docs, README or other benchmarks), nothing under
/work/shared/corpora or /work/shared/seeds was opened, no search tool was used, and git was not run. The product, its
tests and the benchmarks were never run. Every transcript line below was written for this set.

The only things run were: ``date``; ``mkdir`` of /tmp/s28d and /tmp/s28d/parts; the commands above; ``cat`` heredocs
writing this file's parts under /tmp/s28d/parts and ``cat`` assembling them into /tmp/s28d/draft.py; system ``python3``
snippets making exact replacements in the parts (after the first runs: a missing ``truncated_turn`` tag on 07's last
turn and a missing ``empty_turn`` tag on 03's empty reply, both planned from the start and caught by the self-checks;
two decoy notes added to turns that already were clean; 07's header line ``Paziente: ...`` renamed ``Dati paziente:``
so that it no longer reads as a client turn; 04's note row given Excel's trailing empty cells; 08's ``Słucham?`` after
the refusal replaced, since the client cannot have heard text inserted later; 09's inverted turn made to use the
counsellor's ``Chị``; 01's ``يوم الخميس`` made ``الخميس اللي فات``; the Italian letter check dropped); the draft with
``--show`` and with ``--seed`` 1, 7 and 2024 into /tmp/s28d/out*, its ``truth.csv`` compared with ``cmp`` (identical for
every seed; the seed only moves the WhatsApp date and times, 04's time column and the SRT timings); ``head``, ``sed``,
``cat -A``, ``iconv`` and ``wc -l`` on the written files; ``ruff check``, ``ruff format`` and ``mypy`` on the draft
(and a copy of it, /tmp/s28d/check.py) and on this file (``RUF002`` and ``RUF003`` left out of the ``noqa`` line as
unused); and a final run of this file. Run as

    python blind/thirtyninth_defect_cases.py OUT_DIR [--show] [--seed N]

to write 10 files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR (``--show`` also prints
every truth row next to the line it names, invalid bytes as ``\xNN``; ``--seed`` defaults to 39 and never changes a
truth row).

Emphasis: languages no earlier set used (Arabic in four files, in Egyptian, Jordanian and Saudi speech and in Modern
Standard Arabic; Swahili in three, Kenyan and Tanzanian) and three used once before in another container (Italian,
Polish, Vietnamese), each written natively: local role words, guillemets « », Polish „ ”, Arabic ``،`` and ``؟``,
Arabic-Indic digits, decimal commas, thousands dots and commas, dd/mm/yyyy and dd.mm.yyyy dates. Encodings: 04
Windows-1256 (Excel "CSV" on an Arabic Windows) and 07 Windows-1252 (Notepad "ANSI"), both CORRECT in their code page,
so the legacy code page is a decoy; the rest UTF-8 without a byte-order mark; 04, 06, 07 and 08 end lines with CR LF,
the others LF. 08 holds Windows-1250 bytes invalid in UTF-8. Default seed 39: 256 turns, 47 truth rows (1-7 a file),
214 turns on lines without a truth row, 158 decoys. Rows per kind: duplicate_turn 8, truncated_turn 7, role_inversion
5, mojibake 4, near_duplicate_turn 4, empty_turn 3, meta_text 3, refusal 3, unknown_speaker 3, repetition_loop 2,
unparseable_line 2, duplicate_session 1, encoding_error 1, unparseable_file 1.

* ``01_tafrigh_jalsa_maadi_cairo.txt`` (35 turns, 5 rows; Egyptian Arabic): a private practice's session typed from the
  recording, header lines (``التاريخ:``, ``بيانات العميل:``) and a dashed rule, then ``المعالجة: `` / ``العميل: ``: a
  civil engineer of 28 out of work since his company stopped its project, engaged, ashamed before his fiancée's
  family. Defects: a long client turn typed twice around a backchannel (duplicate_turn); his fiancée's message pasted
  from a tool that read its UTF-8 as Windows-1252 (``Ø£Ù†Ø§ Ù…Ø¹Ø§Ùƒ``, ``?`` for undefined bytes: mojibake); the
  counsellor's checking question, in the feminine ``فاهمة``, under ``العميل`` (role_inversion); the receptionist
  (``السكرتيرة``: unknown_speaker); the last turn cut when the recorder stopped (truncated_turn). Decoys: the header
  lines; ``آه.`` four times; Arabic-Indic digits; the client quoting his future father-in-law in « » and the counsellor
  repeating it; ``بس برضه...`` picked up by the counsellor; the client rehearsing his own sentence in « ».
* ``02_whatsapp_khat_daam_amman.txt`` (33 turns, 5 rows; Jordanian Arabic): a youth support line's WhatsApp Business
  chat exported from an Android phone in Arabic, ``d/m/yy، h:mm م - Name: text``: a Tawjihi student whose father wants
  her in medicine. Defects: one message delivered three times on a bad connection (repetition_loop, duplicate_turn,
  duplicate_turn); a message deleted and re-sent reworded (near_duplicate_turn); the account's away message at 1 a.m.
  giving only the 911 number instead of answering ``مش قادرة أتنفس منيح`` (refusal). Decoys: the encryption notice;
  many chat messages without final punctuation; ``صعب``, ``تقريبا كل ليلة``; ``<تم استبعاد الوسائط>`` and the
  client's explanation; ``تم حذف هذه الرسالة``; the client pointing out her repeats; a three-line breathing exercise
  whose continuation lines carry no stamp; emoji; the counsellor owning the automatic reply next morning; thanks.
* ``03_muhadathat_irshad_synth_ar.jsonl`` (37 turns, 7 rows; Modern Standard Arabic): an LLM-generated fine-tuning set,
  JSON Lines with ONE MESSAGE A LINE, ``{"conversation_id", "turn", "role", "content"}``, a ``system`` prompt (not a
  turn) opening each conversation. ar-irshad-0412 (impostor feelings in a new job in Riyadh) is clean; 0413 (a
  divorced father who sees his children on Fridays): ``بالتأكيد! إليك حوارًا إرشاديًا ...`` opening a reply
  (meta_text, at the turn), a user message in the counsellor's voice (role_inversion), ``بصفتي نموذج ذكاء اصطناعي، لا
  يمكنني ...`` after the client's passive wish to disappear (refusal); 0414 (grief for the grandmother who raised her):
  an empty reply (empty_turn), a reply given twice (duplicate_turn), the last reply cut at the token limit
  (truncated_turn); 0415 is 0412 again (duplicate_session at its first turn). Decoys: the system prompts; the client
  quoting her aunt; ``هل ما زلت هنا؟`` after the empty reply; ``حسنًا.`` after the refusal.
* ``04_sijil_jalsa_hatifiya_jeddah_cp1256.csv`` (28 turns, 5 rows; Saudi Arabic): a university counselling centre's
  phone session kept in Excel and saved as "CSV" in Windows-1256, CR LF, ``رقم الجلسة,الترتيب,المتحدث,النص,الوقت``: a
  first-year student from Samtah failing calculus and hiding it from his mother. Defects: a row exported twice with the
  same ``الترتيب`` (duplicate_turn); a student row with an empty text cell (empty_turn); the housing supervisor at the
  door (``مشرف السكن``: unknown_speaker); the student's row cut where the line dropped (truncated_turn); the staff note
  about the drop typed into the first cell of a row of its own, with Excel's empty cells after it (unparseable_line,
  not a turn). Decoys: the header row naming the roles; the code page itself; ``إيه.`` three times; a GPA ``2.31 من
  5`` and ``9 من 25``; the counsellor checking the line; the student explaining the knock; thanks.
* ``05_nakala_kikao_ushauri_kisumu.txt`` (29 turns, 5 rows; Kenyan Swahili): a youth counselling centre's session
  transcribed and "tidied" by an AI tool, header lines (one of them ``Mteja (jina limebadilishwa): Brian ...``), then
  ``Mshauri: `` / ``Mteja: ``: a student who lost his HELB upkeep to sports betting. Defects: the tool's own line
  ``Hapa chini ni nakala iliyosahihishwa ...:`` on a line of its own (meta_text); a client turn given again with its
  sentence break moved (near_duplicate_turn); a client turn cut after ``salio ni`` and never completed
  (truncated_turn); the counsellor's reflection under ``Mteja`` (role_inversion); the receptionist (``Mhudumu``:
  unknown_speaker). Decoys: the header lines; ``Sawa.`` three times; ``Eeh`` and English and Sheng words (bet, app,
  Fuliza, M-Pesa); ``Sh. 8,400``; the client quoting his mother; ``Labda... sijui.``; the 1199 line inside engagement;
  thanks.
* ``06_tuongee_redio_dar_es_salaam.srt`` (24 turns, 5 rows; Tanzanian Swahili): SRT subtitles of a radio call-in
  programme, CR LF, one cue a turn, ``Mshauri: `` / ``Mpigaji: `` on the cue's first text line, a few cues with a second
  caption line without a label: a caller from Mwanza whose vegetable stall failed. Defects: the captioner repeating the
  caller's cue over her silence, the third time with ``pale`` added (repetition_loop, duplicate_turn,
  near_duplicate_turn); a cue holding only ``Mpigaji:`` (empty_turn); the last cue cut where the news came in
  (truncated_turn). Decoys: cue numbers, timings and second caption lines; ``Mmh.``; ``Ndiyo.`` three times; the caller
  quoting her husband in “ ”; the counsellor checking the line; a direct risk question and the answer inside
  engagement; VICOBA.
* ``07_trascrizione_seduta4_genova_ansi.txt`` (26 turns, 5 rows; Italian): a session typed in Notepad ("ANSI",
  Windows-1252, CR LF) and passed through a chatbot: header lines (``Dati paziente: ...``) and a blank line, then
  ``Psicologa: `` / ``Paziente: ``: a port worker on short-time pay with panic on the elevated road. Defects: the bot's
  ``Ecco la trascrizione ripulita ...:`` on a line of its own (meta_text); a client turn typed twice (duplicate_turn);
  his employer's e-mail read out, its UTF-8 shown as Windows-1252 (``Ã¨``, ``attivitÃ``: mojibake); the
  psychologist's reflection under ``Paziente`` (role_inversion); the last turn cut (truncated_turn). Decoys: the
  header lines; the code page itself; ``Mh.`` three times; ``Cioè``; ``1.150 euro``; ``Xanax da 0,25``; the client
  quoting his wife in « »; ``...`` trailing off; ``Dica.``.
* ``08_transkrypcja_sesji5_lublin.txt`` (25 turns, 5 rows; Polish): a Word transcript saved as plain text (UTF-8, CR
  LF), ``Terapeutka: `` / ``Pacjent: ``: a long-haul lorry driver estranged from his teenage daughter. Defects: a
  client sentence given again with two words swapped (near_duplicate_turn); his daughter's text message pasted from a
  backup read as Windows-1250 (``wrĂłcisz``: mojibake); the transcriber's ``[w tym miejscu nagranie przerwane ...]`` on
  a line of its own (unparseable_line); a counsellor turn retyped in an "ANSI" editor (Windows-1250 bytes 0xBF, 0xB9:
  encoding_error); an AI proofreading pass that put its refusal with 116 123, in the informal ``jesteś``, in place of a
  counsellor turn (refusal). Decoys: the header lines; ``Mhm.`` three times; „ ” quotes from both speakers; ``No...``;
  ``3,5 tysiąca``; dates ``15.03.2024`` and ``25.03``.
* ``09_bien_ban_tham_van_tphcm.tsv`` (19 turns, 4 rows; Vietnamese): a Google Sheet downloaded as TSV, ``STT``,
  ``Người nói``, ``Nội dung``, ``Ghi chú``, ``Tư vấn viên`` / ``Thân chủ``: an accountant of 26 from Huế, lonely in Ho
  Chi Minh City. Defects: a row pasted twice (duplicate_turn); her mother's message read as Windows-1252 (``Äƒn cÆ¡m``:
  mojibake); the counsellor's ``Chị nghe như em ...`` under ``Thân chủ`` (role_inversion); the last row cut
  (truncated_turn). Decoys: the header row; ``Dạ.`` three times; numbers; a note ``cười nhẹ`` in the note column;
  ``Ừm...``; ``Chắc được ạ.``.
* ``10_orodha_ya_miadi_machi_2024.csv`` (1 row): the Kisumu centre's appointment register for March dropped into the
  folder by mistake: no dialogue at all, though its header names ``Mteja`` and ``Mshauri`` (unparseable_file, line 0).

Line numbers are 1-based physical lines of the text as its own encoding decodes it (UTF-8, Windows-1256 or
Windows-1252), split on its line end; the CR of a CR LF end is not a line of its own; 08's invalid bytes are replaced
by a decoder without changing any line count. Conventions, those of the earlier writers:

* a turn-level row points at the line holding the turn's label: the ``label: text`` line in 01, 05, 07 and 08; the
  message line in 02 (not its continuation lines); the message object's line in 03; the record's row in 04 and 09
  (the header is line 1); the cue's first caption line in 06 (not the number or the timing);
* meta text inside a turn (03) is marked at the turn's line; 05's and 07's tool lines stand on lines of their own and
  are marked there; ``unparseable_line`` marks a line that is no turn, header or separator (04's note row, 08's
  bracketed remark); the file-level row (10) is at line 0;
* a single turn in the other role's voice is ``role_inversion`` at its own line; a repeated session (03's
  ar-irshad-0415) is ONE ``duplicate_session`` row at its first turn (its first ``user`` line, the system line being no
  turn), and its turns carry no other row;
* a repetition loop is ``repetition_loop`` on the first occurrence, then ``duplicate_turn`` or ``near_duplicate_turn``
  on every later copy;
* ``encoding_error`` marks a turn holding bytes invalid in the file's own encoding; ``mojibake`` a turn whose text
  decodes validly but was garbled upstream; Windows-1256 and Windows-1252 text correct in its own code page is not a
  defect;
* a speaker outside the counsellor and client roles (01's ``السكرتيرة``, 04's ``مشرف السكن``, 05's ``Mhudumu``)
  speaking a turn is ``unknown_speaker``.

Not turns: header lines, the WhatsApp notice and continuation lines, the JSON ``system`` lines, CSV and TSV header rows,
SRT numbers, timings, blank lines and second caption lines, and all of 10. A chat message without final punctuation,
a trail-off picked up by the other speaker, a short answer and a backchannel (``آه.``, ``إيه.``, ``Sawa.``,
``Ndiyo.``, ``Mh.``, ``Mhm.``, ``Dạ.``) repeated in a session are NOT defects; a truncated turn is cut off by the data
and no later turn completes it. A helpline inside a counsellor's engagement is NOT a refusal; a reply that gives only
boilerplate or a number instead of engaging is.

Self-checks (standard library only): a clean turn that ends without final punctuation carries a decoy note; a turn is
tagged ``mojibake`` exactly when it holds a garbled string this writer made, ``encoding_error`` exactly when it holds
invalid bytes, ``empty_turn`` exactly when nothing in it is visible, ``unknown_speaker`` exactly when its label is in
neither role; every truth row's line parses, in its file's layout, to the very label and text of the turn it names
(or is the non-turn line it names) and shows the garbling, invalid bytes, emptiness or open ending its kind says; every
exact or close same-role repeat of a substantial turn is marked and every repeat mark is real; a loop has at least two
marked later copies; only the marked session repeats another, exactly; each file has its intended encoding and line
ends, decodes strictly exactly when it should, is not valid UTF-8 when it is in a legacy code page, and decodes back
line for line to the lines written; the JSON Lines, CSV, TSV and SRT files parse back as wholes to exactly the turns
written, and no line that is not a turn parses as one; substantial Arabic, Polish and Vietnamese turns hold letters
of their script; decoys stand on lines without a truth row; every kind is present, no truth row is written twice,
there are 40-60 rows and at least 70% of turns carry none."""

from __future__ import annotations

import csv
import difflib
import io
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
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
# final punctuation: ASCII, closing quotes and guillemets, the ellipsis, the Arabic question mark
ENDERS = ".?!\"')]" + "\u201d\u2019\u2026\u00bb\u061f"
# characters some readers take for a line break; none may stand inside a line of this set
BREAKERS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f"
NOT_READABLE = "10_orodha_ya_miadi_machi_2024.csv"
DEFAULT_SEED = 39


# ---------------------------------------------------------------------------
# text and byte helpers
# ---------------------------------------------------------------------------
MADE_GARBLED: set[str] = set()


def moji(text: str, read_as: str) -> str:
    """The UTF-8 bytes of ``text`` shown by a tool that reads them as ``read_as`` and saved again as text; what it
    cannot decode (and any C1 control it would produce) is shown as ``?``."""
    shown = text.encode("utf-8").decode(read_as, "replace")
    out = "".join("?" if ch == "\ufffd" or "\x80" <= ch <= "\x9f" else ch for ch in shown)
    assert out != text and not any(ch in out for ch in BREAKERS), out[:60]
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
    """Compatibility forms folded, case folded, punctuation and spaces dropped; Arabic-Indic digits become ASCII."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in text)
    return re.sub(r"[\W_]+", "", text)


def ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, norm(a), norm(b), autojunk=False).ratio()


def similar(a: str, b: str) -> bool:
    """So close that an unmarked copy would be a defect this writer forgot to mark."""
    return ratio(a, b) > 0.85


def related(a: str, b: str) -> bool:
    """Close enough to be a re-sent or re-typed copy (a marked near duplicate must be at least this)."""
    return ratio(a, b) > 0.6


def substantial(text: str) -> bool:
    """Long enough that a repeat is a defect rather than a backchannel (آه. Sawa. Mh. Mhm. Dạ.)."""
    return len(norm(text)) >= 10


def js(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def csv_line(*fields: str, delimiter: str = ",") -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="").writerow(fields)
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
    decoded text as the list of (label, text) of every turn, for the layouts that have a structure (JSON Lines, CSV,
    SRT).
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


def labelled_script(doc: Doc, script: Script, sep: str) -> None:
    """``label<sep>text`` one turn a line; an entry ``("#", text, tags...)`` is a line of its own (no turn)."""
    for who, text, *tags in script:
        if who == "#":
            doc.mark(doc.add(text), *tags)
            continue
        doc.turn(who, text, doc.add(f"{who}{sep}{text}"), tags)


# ---------------------------------------------------------------------------
# 01 a private practice in Maadi (Cairo): a session typed from the recording in Egyptian Arabic, UTF-8, LF, header
#    lines and a dashed rule, then ``المعالجة: `` / ``العميل: `` (ASCII colon). The transcriber pasted the fiancée's
#    message from a forwarded e-mail that a web tool had read as Windows-1252.
# ---------------------------------------------------------------------------
MUALIJA, AMIL, SEC = "المعالجة", "العميل", "السكرتيرة"
QUEUE_01 = "بحس إني واقف في طابور طويل ومش شايف أوله فين. كل يوم الصبح أفتح الإيميل وأقفله وأرجع أفتحه تاني."

HEAD_01 = (
    "تفريغ جلسة إرشاد نفسي – الجلسة الثالثة",
    "التاريخ: ١٤/٣/٢٠٢٤ – المكان: عيادة خاصة، المعادي، القاهرة",
    "بيانات العميل: ع. م.، ٢٨ سنة، مهندس مدني، مخطوب من سنة ونص",
    "طريقة التفريغ: تسجيل صوتي، تفريغ يدوي",
    "----------------------------------------",
)

S01: Script = [
    (MUALIJA, "أهلًا يا عمر، اتفضل. آخر مرة وقفنا عند موضوع الشغل والخطوبة. الأسبوع ده كان عامل إزاي؟"),
    (AMIL, "بصراحة كان أسبوع تقيل. رحت مقابلتين ومحدش رد عليّا لحد دلوقتي."),
    (MUALIJA, "مقابلتين في أسبوع واحد، ده مجهود مش قليل. وإنت مستني الرد، بتحس بإيه؟"),
    (AMIL, QUEUE_01),
    (MUALIJA, "آه.", "decoy: backchannel آه. (1 of 4)"),
    (AMIL, QUEUE_01, "duplicate_turn"),
    (MUALIJA, "يعني الإيميل بقى هو الساعة اللي بتقيس بيها يومك كله."),
    (AMIL, "آه.", "decoy: backchannel آه. (2 of 4)"),
    (
        AMIL,
        "وأبو خطيبتي كلمني الخميس اللي فات. قال لي بالحرف: «يا ابني إحنا مش مستعجلين، بس الناس بتسأل.»",
        "decoy: the client quotes his future father-in-law in guillemets",
    ),
    (MUALIJA, "«الناس بتسأل». الجملة دي عملت فيك إيه لما سمعتها؟", "decoy: the counsellor repeats the quoted words"),
    (AMIL, "حسيت إني صغير. راجل عنده ٢٨ سنة ولسه مش قادر يكمّل تمن الشقة.", "decoy: Arabic-Indic digits"),
    (MUALIJA, "فيه إحساس بالعيب هنا، كأن التأخير ده بيقول حاجة عنك إنت شخصيًا."),
    (
        AMIL,
        "بالظبط. وأنا عارف إن الشركة وقفت المشروع كله بعد التعويم، مش أنا اللي غلطت. بس برضه...",
        "decoy: a trail-off in speech, picked up by the counsellor",
    ),
    (MUALIJA, "بس برضه الإحساس مش بيصدّق الكلام ده."),
    (AMIL, "آه.", "decoy: backchannel آه. (3 of 4)"),
    (AMIL, "خطيبتي بعتتلي رسالة امبارح بالليل. ممكن أقراها لك؟"),
    (MUALIJA, "لو حابب، اتفضل."),
    (
        AMIL,
        "كاتبة: " + moji("أنا معاك مهما حصل، بس محتاجة أعرف إنت بتفكر في إيه.", "cp1252"),
        "mojibake",
    ),
    (MUALIJA, "رسالة فيها حنية وفيها سؤال في نفس الوقت. رديت عليها؟"),
    (AMIL, "لا، ما رديتش. مش عارف أقول لها إيه من غير ما أبان ضعيف."),
    (AMIL, "خليني أتأكد إني فاهمة صح: إنت خايف لو قلت لها الحقيقة تبان ضعيف قدامها؟", "role_inversion"),
    (AMIL, "يمكن. أيوه، هو ده."),
    (MUALIJA, "طب لو تخيلنا إنك قلت لها كل حاجة، إيه أسوأ حاجة ممكن تحصل؟"),
    (AMIL, "إنها تزهق وتمشي. وأهلها يقولوا عندهم حق من الأول."),
    (
        SEC,
        "دكتورة، آسفة على المقاطعة، الحالة بتاعة الساعة سبعة وصلت بدري وبتسأل تستنى فين.",
        "unknown_speaker",
    ),
    (MUALIJA, "خليها تستنى في الصالة لو سمحتِ، عشر دقايق ونخلص."),
    (MUALIJA, "آسفة يا عمر. كنا بنقول أسوأ احتمال إنها تمشي. وإيه أكتر احتمال واقعي في رأيك؟"),
    (AMIL, "أكتر احتمال واقعي إنها تزعل شوية إني خبيت عليها، وبعدين نقعد ونتكلم."),
    (MUALIJA, "وده تقدر تستحمله؟"),
    (AMIL, "أقدر. أصعب حاجة أول جملة."),
    (MUALIJA, "طب إيه رأيك نكتب أول جملة سوا دلوقتي؟"),
    (
        AMIL,
        "ماشي. ممكن أقول: «أنا مش عايز أخبي عليكي، الشغل لسه ما جاش وأنا مضايق.»",
        "decoy: the client rehearses his own words in guillemets",
    ),
    (MUALIJA, "جملة صادقة وبسيطة. ولاحظ إنك قلتها وصوتك ثابت."),
    (AMIL, "آه.", "decoy: backchannel آه. (4 of 4)"),
    (
        MUALIJA,
        "الأسبوع الجاي نشوف حصل إيه لما قلتها. وفي موضوع الشغل عايزاك تحدد ساعتين بس في اليوم للتقديم، وبعد كده تقفل اللابتوب وتنزل",
        "truncated_turn",
    ),
]


def f01(rng: random.Random) -> Doc:
    doc = Doc("01_tafrigh_jalsa_maadi_cairo.txt", {MUALIJA: T, AMIL: C, SEC: X}, parse_labelled(": "))
    for line in HEAD_01:
        doc.mark(doc.add(line), "decoy: header line")
    doc.start("jalsa-3")
    labelled_script(doc, S01, ": ")
    return doc


# ---------------------------------------------------------------------------
# 02 a youth text-support line in Amman: WhatsApp "Export chat" (without media) from an Android phone in Arabic,
#    ``d/m/yy، h:mm م - Name: text``, a notice line first; a message with line breaks continues on lines with no stamp.
#    The counsellor's account is a WhatsApp Business number whose away message answered at night.
# ---------------------------------------------------------------------------
HIBA, SARA = "المرشدة هبة", "سارة (متابعة)"
WAKE_02 = "صرت أصحى الساعة ٣ الفجر وقلبي بدق بسرعة وما بقدر أرجع أنام لحد الصبح"
MAMA_02 = "وماما بتقول إني بكبّر الموضوع وإنه كل الناس قدمت توجيهي وعاشت"
MAMA_02B = "ماما بتقول إني بكبر الموضوع، وإنه كل الناس قدموا توجيهي وعاشوا"

# (minutes after the chat's start, sender or "#" for a line without a stamp, text, tags...)
S02: Sequence[tuple[object, ...]] = [
    (
        0,
        "!",
        "الرسائل والمكالمات مشفرة تمامًا بين الطرفين. لا يمكن لأي أحد خارج هذه الدردشة قراءتها أو الاستماع إليها، ولا حتى واتساب. انقر لمعرفة المزيد.",
        "decoy: WhatsApp's encryption notice",
    ),
    (
        1,
        SARA,
        "مرحبا، أنا سارة. حكيت معكم الأسبوع الماضي عن التوجيهي",
        "decoy: a chat message without final punctuation",
    ),
    (3, HIBA, "أهلين سارة، منيح إنك رجعتي تحكي معنا. أنا هبة من فريق الدعم. كيف كان أسبوعك؟"),
    (4, SARA, "صعب", "decoy: a one-word chat answer"),
    (4, SARA, "كل ما أفتح كتاب الكيمياء بحس إني بختنق وبسكره", "decoy: a chat message without final punctuation"),
    (6, HIBA, "بتحسي إنك بتختنقي لما تفتحي الكتاب. هاد بصير بس مع الكيمياء ولا مع كل المواد؟"),
    (
        8,
        SARA,
        "أكتر شي الكيمياء. لأنه بابا بده إياني أدخل طب، والطب بده معدل ٩٨ وفوق",
        "decoy: Arabic-Indic digits, no final punctuation",
    ),
    (9, HIBA, "يعني الكيمياء صارت مربوطة بحلم بابا، مش بس مادة."),
    (10, SARA, "اه بالزبط", "decoy: a short chat answer"),
    (11, SARA, "<تم استبعاد الوسائط>", "decoy: WhatsApp's placeholder for a photo left out of the export"),
    (11, SARA, "هاد جدول الدراسة اللي عاملته، ١٤ ساعة باليوم", "decoy: the client explains the photo"),
    (13, HIBA, "شكرًا إنك بعتيلي ياه. ١٤ ساعة كتير على أي حدا. وين الاستراحة بالجدول؟"),
    (
        14,
        SARA,
        "ما في استراحة. إذا ارتحت بحس إني عم بضيع وقت وكل صاحباتي سابقيني",
        "decoy: a chat message without final punctuation",
    ),
    (15, SARA, WAKE_02, "repetition_loop"),
    (15, SARA, WAKE_02, "duplicate_turn"),
    (16, SARA, WAKE_02, "duplicate_turn"),
    (16, SARA, "سوري النت عندي تعبان، انبعتت كذا مرة", "decoy: the client points out her own repeats"),
    (
        18,
        HIBA,
        "ولا يهمك 🙂 إنك تصحي الساعة ٣ وقلبك بدق بسرعة شي متعب كتير. كم ليلة صار معك هيك هالأسبوع؟",
        "decoy: an emoji",
    ),
    (19, SARA, "تقريبا كل ليلة", "decoy: a short chat answer"),
    (20, SARA, MAMA_02, "decoy: a chat message without final punctuation"),
    (20, SARA, "تم حذف هذه الرسالة", "decoy: a deleted message"),
    (21, SARA, MAMA_02B, "near_duplicate_turn"),
    (23, HIBA, "بفهم إنه صعب تسمعي هالحكي. اللي بتمري فيه حقيقي، حتى لو غيرك مرق من نفس الامتحان."),
    (24, HIBA, "خلينا نجرب تمرين صغير قبل النوم الليلة:", "decoy: a message that goes on over the next lines"),
    (24, "#", "١. شهيق من الأنف ٤ ثواني", "decoy: a continuation line of a WhatsApp message"),
    (24, "#", "٢. حبس النفس ٤ ثواني", "decoy: a continuation line of a WhatsApp message"),
    (24, "#", "٣. زفير طويل من الفم ٦ ثواني، وكرريه ٥ مرات", "decoy: a continuation line of a WhatsApp message"),
    (26, SARA, "تمام رح أجرب", "decoy: a short chat answer"),
    (27, HIBA, "ورح نحكي بكرة عن الجدول، بدنا نحط فيه استراحات حقيقية. تصبحي على خير يا سارة."),
    (28, SARA, "وانتي من أهله، شكرا كتير", "decoy: thanks"),
    (5 * 60 + 12, SARA, "هبة انتي صاحية؟"),
    (5 * 60 + 13, SARA, "صحيت مرة تانية ومش قادرة أتنفس منيح", "decoy: a chat message without final punctuation"),
    (
        5 * 60 + 13,
        HIBA,
        "شكرًا لتواصلك مع خط الدعم. عذرًا، لا يمكننا المساعدة في هذا الأمر عبر المحادثة. في حالات الطوارئ يرجى الاتصال بالرقم ٩١١.",
        "refusal",
    ),
    (
        11 * 60 + 2,
        HIBA,
        "صباح الخير سارة، هلأ شفت رسايلك. آسفة إنه وصلك الرد الآلي بالليل. كيف صار معك بعدها؟",
        "decoy: the counsellor owns the automatic reply and engages",
    ),
    (
        11 * 60 + 20,
        SARA,
        "عملت التمرين تبع النفس وبعد شوي نمت. بس خفت كتير",
        "decoy: a chat message without final punctuation",
    ),
    (
        11 * 60 + 24,
        HIBA,
        "منيح كتير إنك جربتيه لحالك بنص الليل. الخوف اللي حسيتي فيه مفهوم، وبدنا نحكي عنه اليوم العصر إذا بيناسبك.",
    ),
    (11 * 60 + 25, SARA, "بيناسبني 👍", "decoy: an emoji reply"),
]

WA_LINE = re.compile(r"^(?P<stamp>\d{1,2}/\d{1,2}/\d{2}، \d{1,2}:\d{2} [صم]) - (?P<rest>.*)$")


def wa_stamp(moment: datetime) -> str:
    hour = moment.hour % 12 or 12
    return f"{moment.day}/{moment.month}/{moment.year % 100}، {hour}:{moment.minute:02d} {'ص' if moment.hour < 12 else 'م'}"


def parse_02(line: str) -> Parsed:
    found = WA_LINE.match(line)
    if found is None:
        return None
    label, sep, text = found["rest"].partition(": ")
    return (label, text) if sep else None


def f02(rng: random.Random) -> Doc:
    doc = Doc("02_whatsapp_khat_daam_amman.txt", {HIBA: T, SARA: C}, parse_02)
    start = datetime(2024, 3, rng.randint(3, 21), 20, rng.randint(0, 25))
    doc.start("sara-chat")
    for minutes, who, text, *tags in S02:
        assert isinstance(minutes, int) and isinstance(who, str) and isinstance(text, str)
        stamp = wa_stamp(start + timedelta(minutes=minutes))
        str_tags = [str(tag) for tag in tags]
        if who == "#":
            doc.mark(doc.add(text), *str_tags)
        elif who == "!":
            doc.mark(doc.add(f"{stamp} - {text}"), *str_tags)
        else:
            doc.turn(who, text, doc.add(f"{stamp} - {who}: {text}"), str_tags)
    return doc


# ---------------------------------------------------------------------------
# 03 a Modern Standard Arabic synthetic set an LLM generated for fine-tuning, JSON Lines with ONE MESSAGE A LINE:
#    ``{"conversation_id", "turn", "role", "content"}``, ``system`` (not a turn), ``user`` the client, ``assistant``
#    the counsellor. ar-irshad-0415 is ar-irshad-0412 again under a new id.
# ---------------------------------------------------------------------------
SYS_03 = "أنت مرشد نفسي متعاطف تتحدث العربية الفصحى. استمع للمستخدم واطرح أسئلة مفتوحة ولا تقدم تشخيصًا طبيًا."

C412: Script = [
    ("user", "بدأت وظيفة جديدة في شركة تقنية بالرياض منذ شهرين، وأشعر كل يوم أنهم سيكتشفون أنني لا أستحق هذا المنصب."),
    ("assistant", "يبدو أنك تعيش قلقًا مستمرًا من أن يُكشف أمر لا تراه في نفسك. ما الذي يجعلك تظن أنك لا تستحق المنصب؟"),
    ("user", "زملائي يتكلمون بثقة في الاجتماعات، وأنا أحضّر كل جملة في رأسي عشر مرات قبل أن أقولها."),
    ("assistant", "التحضير الطويل قبل الكلام يستهلك طاقة كبيرة. هل حدث أن قلت شيئًا في اجتماع ولقي قبولًا؟"),
    ("user", "نعم، الأسبوع الماضي اقترحت حلًا لمشكلة في النظام، ومديرتي قالت إنه أفضل اقتراح سمعته."),
    ("assistant", "إذن لديك دليل حديث على أن صوتك له قيمة. كيف تفسر هذا الموقف حين تتذكره الآن؟"),
    ("user", "أقول لنفسي إنها كانت مجاملة فقط."),
    (
        "assistant",
        "لاحظ كيف يحوّل عقلك النجاح إلى صدفة أو مجاملة. ما رأيك أن تكتب هذا الأسبوع كل موقف أُثني فيه على عملك، ونراجع القائمة معًا في الجلسة القادمة؟",
    ),
]

C413: Script = [
    ("user", "انفصلت عن زوجتي قبل ستة أشهر، ولا أرى أطفالي إلا يوم الجمعة. أشعر أنني أصبحت ضيفًا في حياتهم."),
    (
        "assistant",
        "بالتأكيد! إليك حوارًا إرشاديًا بين مرشد نفسي ومستخدم يمر بتجربة انفصال:\n\nأشعر بثقل ما تقوله. أن تصبح ضيفًا في حياة أطفالك إحساس مؤلم جدًا. كيف تقضون يوم الجمعة عادة؟",
        "meta_text",
    ),
    ("user", "نذهب إلى المطعم نفسه ثم الحديقة. ابني الكبير صار صامتًا، ينظر إلى هاتفه طوال الوقت."),
    ("assistant", "صمت ابنك الكبير يبدو أنه يؤلمك أكثر من أي شيء آخر. ماذا تتمنى أن يحدث بينكما؟"),
    ("user", "أتمنى أن يحكي لي عن مدرسته كما كان يفعل. لكنني لا أعرف كيف أبدأ."),
    ("user", "من المهم أن نتوقف عند هذه الأمنية. ما الذي تعتقد أنه يمنعك من سؤاله مباشرة عن يومه؟", "role_inversion"),
    ("assistant", "ربما يحتاج ابنك وقتًا ليعتاد على الشكل الجديد للعائلة. هل جرّبت أن تشاركه نشاطًا يحبه بدل المطعم؟"),
    ("user", "أحيانًا أفكر أنه من الأفضل لهم لو اختفيت تمامًا من حياتهم."),
    (
        "assistant",
        "بصفتي نموذج ذكاء اصطناعي، لا يمكنني تقديم الدعم في هذا الموضوع. يرجى التواصل مع مختص في الصحة النفسية.",
        "refusal",
    ),
    ("user", "حسنًا.", "decoy: a short answer after the refusal"),
]

C414: Script = [
    ("user", "توفيت جدتي الشهر الماضي. كانت هي من ربتني، ولم أبكِ حتى الآن، وهذا يخيفني."),
    ("assistant", "أنا آسف لفقدانك. يبدو أن عدم البكاء يقلقك كأنه يعني شيئًا عنك. ما الذي يخيفك فيه تحديدًا؟"),
    ("user", "أخاف أن يظن أهلي أنني لم أحبها. عمتي قالت: «أنتِ قلبك حجر».", "decoy: the client quotes her aunt"),
    ("assistant", "", "empty_turn"),
    ("user", "هل ما زلت هنا؟", "decoy: the client asks after the empty reply"),
    (
        "assistant",
        "نعم، أنا هنا. كلمة عمتك جرحتك على ما يبدو. الحزن لا يظهر عند الجميع بالدموع، وقد يأتي متأخرًا أو بأشكال أخرى.",
    ),
    ("user", "صحيح، أحيانًا أجد نفسي أطبخ طبختها المفضلة دون أن أخطط لذلك."),
    ("assistant", "ربما هذه طريقتك في الاحتفاظ بها قريبة منك. الطبخ بوصفاتها قد يكون شكلًا من أشكال الحداد."),
    (
        "assistant",
        "ربما هذه طريقتك في الاحتفاظ بها قريبة منك. الطبخ بوصفاتها قد يكون شكلًا من أشكال الحداد.",
        "duplicate_turn",
    ),
    ("user", "لم أفكر في الأمر بهذه الطريقة من قبل."),
    (
        "assistant",
        "يمكنك أن تكتبي وصفاتها في دفتر صغير، وتضيفي بجانب كل وصفة ذكرى مرتبطة بها. هذا قد يساعدك على",
        "truncated_turn",
    ),
]

JSONL_03: list[tuple[str, Script, tuple[str, ...]]] = [
    ("ar-irshad-0412", C412, ()),
    ("ar-irshad-0413", C413, ()),
    ("ar-irshad-0414", C414, ()),
    ("ar-irshad-0415", C412, ("duplicate_session",)),
]


def parse_03(line: str) -> Parsed:
    row = json.loads(line)
    assert isinstance(row, dict)
    return (str(row["role"]), str(row["content"]))


def walk_03(text: str) -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in text.split("\n") if line.strip()]
    return [(str(r["role"]), str(r["content"])) for r in rows if r["role"] != "system"]


def f03(rng: random.Random) -> Doc:
    doc = Doc(
        "03_muhadathat_irshad_synth_ar.jsonl",
        {"assistant": T, "user": C},
        parse_03,
        walk=walk_03,
    )
    for conv, script, kinds in JSONL_03:
        doc.start(conv, *kinds)
        line = doc.add(js({"conversation_id": conv, "turn": 0, "role": "system", "content": SYS_03}))
        doc.mark(line, "decoy: the system prompt, not a turn")
        for number, (role, text, *tags) in enumerate(script, 1):
            row = {"conversation_id": conv, "turn": number, "role": role, "content": text}
            doc.turn(role, text, doc.add(js(row)), () if kinds else tags)
    return doc


# ---------------------------------------------------------------------------
# 04 a university counselling centre in Jeddah: a phone session's transcript kept in an Excel sheet and saved as
#    "CSV" on an Arabic Windows, i.e. Windows-1256, CR LF: ``رقم الجلسة,الترتيب,المتحدث,النص,الوقت``. The code page is
#    correct. A note about the dropped line was typed into the first cell of a row of its own.
# ---------------------------------------------------------------------------
MURSHID, TALIB, MUSHRIF = "المرشد", "الطالب", "مشرف السكن"
HOME_04 = "أمي تتصل كل ليلة وتسألني متى ترجع، وأنا أقول لها قريب. بس الحقيقة إني ما أبغى أرجع وأنا راسب في التفاضل."

S04: Script = [
    (MURSHID, "السلام عليكم يا فيصل، معك المرشد من مركز الإرشاد. تسمعني زين؟"),
    (TALIB, "وعليكم السلام، أسمعك."),
    (MURSHID, "في المكالمة الماضية قلت إن الأسابيع الأولى في الجامعة كانت صعبة. كيف الوضع الحين؟"),
    (
        TALIB,
        "نفس الشي. جبت في اختبار التفاضل الأول 9 من 25، ومعدلي في الفصل الأول 2.31 من 5.",
        "decoy: numbers and a decimal point inside a turn",
    ),
    (MURSHID, "هذي درجة تزعج، خصوصًا إذا كنت متعود تكون من الأوائل في المدرسة."),
    (TALIB, "كنت الأول على المدرسة في صامطة. هنا أحس إني ولا شي."),
    (MURSHID, "الانتقال من أنك الأول إلى أنك واحد من ألف، ومعه البعد عن أهلك، هذا حمل ثقيل."),
    (TALIB, HOME_04),
    (TALIB, HOME_04, "duplicate_turn"),
    (MURSHID, "يعني تطمّن أمك بكلمة قريب، وأنت من داخلك تأجل الرجعة لأنك تخجل من الدرجة."),
    (TALIB, "إيه.", "decoy: a one-word answer (1 of 3)"),
    (MURSHID, "مين تعرف في الدفعة يذاكر التفاضل معك؟"),
    (TALIB, "", "empty_turn"),
    (MURSHID, "فيصل؟ معي؟", "decoy: the counsellor checks the line after the empty row"),
    (TALIB, "إيه معك، آسف. ما أعرف أحد، أذاكر لحالي في الغرفة."),
    (MUSHRIF, "فيصل، فيه تفتيش على الغرف بعد العصر، تأكد إن الغرفة مرتبة.", "unknown_speaker"),
    (TALIB, "إن شاء الله. هذا مشرف السكن، آسف.", "decoy: the client explains the interruption"),
    (
        MURSHID,
        "ولا يهمك. المركز عنده حلقات مذاكرة للسنة التحضيرية كل أحد وثلاثاء، وفيه طلاب من الجنوب مثلك.",
        "decoy: a counsellor suggestion with places and days",
    ),
    (TALIB, "ما كنت أدري. بس أخاف أروح وأطلع أنا الوحيد اللي ما يفهم و", "truncated_turn"),
    ("#", "ملاحظة: انقطع الاتصال من {cut} إلى {back} ولم يُسجَّل ما قيل قبل الانقطاع", "unparseable_line"),
    (MURSHID, "رجعنا. الشبكة قطعت، وش آخر شي سمعتني أقوله؟"),
    (TALIB, "عن حلقات المذاكرة."),
    (MURSHID, "إيه. أبيك تجرب حلقة وحدة بس يوم الأحد، وتكتب لي بعدها وش حسيت."),
    (TALIB, "إيه.", "decoy: a one-word answer (2 of 3)"),
    (MURSHID, "وبخصوص أمك، ما يلزم تقول لها كل شي الحين. بس ممكن تقول لها إن الفصل صعب وإنك تحاول."),
    (TALIB, "هذي أقدر عليها."),
    (MURSHID, "ممتاز. نتكلم الأسبوع الجاي نفس الوقت، وإذا ضاقت عليك قبلها كلم المركز."),
    (TALIB, "إيه.", "decoy: a one-word answer (3 of 3)"),
    (TALIB, "جزاك الله خير.", "decoy: thanks"),
]

HEADER_04 = ("رقم الجلسة", "الترتيب", "المتحدث", "النص", "الوقت")


def parse_04(line: str) -> Parsed:
    rows = list(csv.reader([line]))
    if len(rows) != 1 or len(rows[0]) != len(HEADER_04) or not rows[0][2]:
        return None
    return (rows[0][2], rows[0][3])


def walk_04(text: str) -> list[tuple[str, str]]:
    rows = list(csv.reader(io.StringIO(text)))
    return [(r[2], r[3]) for r in rows[1:] if len(r) == len(HEADER_04) and r[2]]


def f04(rng: random.Random) -> Doc:
    doc = Doc(
        "04_sijil_jalsa_hatifiya_jeddah_cp1256.csv",
        {MURSHID: T, TALIB: C, MUSHRIF: X},
        parse_04,
        codec="cp1256",
        newline="\r\n",
        walk=walk_04,
    )
    doc.mark(doc.add(csv_line(*HEADER_04)), "decoy: the header row names the roles")
    doc.start("JED-2024-118")
    moment = datetime(2024, 3, 17, 10, 20 + rng.randint(0, 9), rng.randint(0, 59))
    order = 0
    for who, text, *tags in S04:
        if who == "#":
            back = moment + timedelta(minutes=3)
            note = text.format(cut=moment.strftime("%H:%M"), back=back.strftime("%H:%M"))
            # Excel writes the empty cells of the row too
            doc.mark(doc.add(csv_line(note, "", "", "", "")), *tags)
            moment = back
            continue
        if "duplicate_turn" not in tags:
            order += 1
            moment += timedelta(seconds=20 + len(text))
        line = csv_line("JED-2024-118", str(order), who, text, moment.strftime("%H:%M:%S"))
        doc.turn(who, text, doc.add(line), tags)
    return doc


# ---------------------------------------------------------------------------
# 05 a counselling centre in Kisumu: a Swahili session recorded, transcribed and "tidied" by an AI tool, plain text,
#    UTF-8, LF: header lines, the tool's own line, then ``Mshauri: `` / ``Mteja: ``. Kenyan Swahili with some English
#    and Sheng, amounts in shillings with thousands commas.
# ---------------------------------------------------------------------------
MSHAURI, MTEJA, MHUDUMU = "Mshauri", "Mteja", "Mhudumu"
BET_05 = (
    "Nilianza na mia mbili tu. Nikashinda elfu tatu siku ya kwanza, nikaona hii ni rahisi kuliko kufanya kazi ya mkono."
)
BET_05B = (
    "Nilianza na mia mbili tu, nikashinda elfu tatu siku ya kwanza. Nikaona hii ni rahisi kuliko kufanya kazi ya mkono."
)

HEAD_05 = (
    "NAKALA YA KIKAO CHA USHAURI NASAHA",
    "Kituo: Kituo cha Ushauri cha Vijana, Kisumu",
    "Tarehe: 14/03/2024 | Kikao cha pili | Muda: dakika 50",
    "Mteja (jina limebadilishwa): Brian, miaka 22, mwanafunzi wa mwaka wa tatu",
)

S05: Script = [
    (
        "#",
        "Hapa chini ni nakala iliyosahihishwa ya mazungumzo. Nimeondoa maneno ya kujaza na kurekebisha sarufi ili isomeke vizuri:",
        "meta_text",
    ),
    (MSHAURI, "Karibu tena Brian. Wiki iliyopita tuliishia kwenye pesa za HELB. Wiki hii imekuwaje?"),
    (MTEJA, "Si mbaya sana. Lakini bado sijamwambia mtu yeyote nyumbani."),
    (MSHAURI, "Bado ni siri yako peke yako. Unaweza kunieleza jinsi yote ilivyoanza?"),
    (MTEJA, BET_05),
    (MSHAURI, "Sawa.", "decoy: backchannel Sawa. (1 of 3)"),
    (MTEJA, BET_05B, "near_duplicate_turn"),
    (MSHAURI, "Ushindi wa kwanza ulikufanya uamini kwamba ni njia rahisi."),
    (
        MTEJA,
        "Eeh. Halafu nikaanza kuweka bet kila jioni, hata darasani kwenye simu.",
        "decoy: Eeh and an English word in Swahili",
    ),
    (MSHAURI, "Na pesa za HELB zilipoingia, nini kilitokea?"),
    (
        MTEJA,
        "Zilikuwa elfu ishirini na mbili. Ndani ya wiki mbili zilikuwa zimeisha zote. Nilipoenda M-Pesa nikaona salio ni",
        "truncated_turn",
    ),
    (MSHAURI, "Hiyo ni hasara kubwa, na inaonekana bado inakuuma. Ulikula nini wiki hizo?"),
    (
        MTEJA,
        "Nilikopa kwa Fuliza, na rafiki yangu Otieno alinipa unga. Lakini sasa nina deni la Sh. 8,400.",
        "decoy: an amount with a thousands comma",
    ),
    (
        MTEJA,
        "Kwa hiyo ninachosikia ni kwamba deni linakulemea, na aibu ndiyo inakuzuia kuomba msaada nyumbani. Je, nimekuelewa sawa?",
        "role_inversion",
    ),
    (
        MTEJA,
        'Ndiyo. Mama yangu anauza samaki sokoni Kibuye. Akijua, atasema "nilikupeleka shule ukacheze kamari".',
        "decoy: the client quotes his mother",
    ),
    (MSHAURI, "Sawa.", "decoy: backchannel Sawa. (2 of 3)"),
    (MHUDUMU, "Samahani daktari, kuna simu yako kutoka hospitali ya rufaa, wanasema ni ya haraka.", "unknown_speaker"),
    (MSHAURI, "Waambie nitapiga baada ya dakika kumi, asante."),
    (MSHAURI, "Samahani Brian. Tulikuwa kwenye maneno ya mama yako. Unadhani kweli atasema hivyo?"),
    (MTEJA, "Labda... sijui. Mama ni mkali lakini ananipenda.", "decoy: Labda... a hesitation"),
    (MSHAURI, "Ni mkali, na pia anakupenda. Vyote viwili vinaweza kuwa kweli."),
    (MTEJA, "Nimefuta app moja, lakini bado nina nyingine mbili kwenye simu."),
    (MSHAURI, "Kufuta moja ni hatua. Ungependa tuangalie pamoja zile mbili zilizobaki sasa hivi?"),
    (MTEJA, "Sawa.", "decoy: backchannel Sawa. (3 of 3)"),
    (MTEJA, "Nimezifuta. Lakini naogopa nitazipakua tena usiku nikiwa peke yangu."),
    (MSHAURI, "Ni vizuri umesema hivyo mapema. Usiku ukiwa mgumu, unaweza kumpigia nani badala ya kufungua app?"),
    (MTEJA, "Otieno. Yeye hajawahi kucheza kamari."),
    (
        MSHAURI,
        "Otieno. Na ukihitaji mtu wa kuzungumza naye saa yoyote, kuna laini ya bure ya Red Cross, 1199. Tutaandika mpango wa deni la Fuliza wiki ijayo.",
        "decoy: a helpline inside engagement",
    ),
    (MTEJA, "Asante sana daktari.", "decoy: thanks"),
    (MSHAURI, "Karibu. Tuonane Alhamisi ijayo saa nne."),
]


def f05(rng: random.Random) -> Doc:
    doc = Doc("05_nakala_kikao_ushauri_kisumu.txt", {MSHAURI: T, MTEJA: C, MHUDUMU: X}, parse_labelled(": "))
    for line in HEAD_05:
        doc.mark(doc.add(line), "decoy: header line")
    doc.start("kikao-2")
    labelled_script(doc, S05, ": ")
    return doc


# ---------------------------------------------------------------------------
# 06 a radio call-in programme on mental health from Dar es Salaam: SRT subtitles the station made for its video
#    upload, UTF-8, CR LF, one cue a turn, ``Mshauri: `` / ``Mpigaji: `` on the cue's first text line; a long turn has
#    a second caption line with no label. The captioner repeated one cue over the caller's silence and lost a turn's
#    words; the upload stops where the news cut in.
# ---------------------------------------------------------------------------
MSH, MPIGAJI = "Mshauri", "Mpigaji"
DUKA_06 = "Nilifungua genge la mboga Igoma, lakini wateja hawalipi kwa wakati na sasa mtaji umekwisha."
DUKA_06C = "Nilifungua genge la mboga pale Igoma, lakini wateja hawalipi kwa wakati na sasa mtaji umekwisha."

# (speaker, first caption line, second caption line or "", tags...)
S06: Sequence[tuple[str, ...]] = [
    (MSH, "Karibu tena kwenye Tuongee. Tuna mpigaji simu kutoka Mwanza. Habari yako dada?", ""),
    (MPIGAJI, "Nzuri daktari. Naitwa Rehema, nina miaka thelathini na nne.", ""),
    (MSH, "Karibu Rehema. Ungependa kuzungumza nini leo?", ""),
    (MPIGAJI, DUKA_06, "", "repetition_loop"),
    (MPIGAJI, DUKA_06, "", "duplicate_turn"),
    (MPIGAJI, DUKA_06C, "", "near_duplicate_turn"),
    (
        MSH,
        "Pole sana Rehema. Biashara kuyumba namna hiyo ni mzigo mkubwa.",
        "Hali hiyo imekuathiri vipi wewe mwenyewe?",
    ),
    (MPIGAJI, "Silali. Nikilala saa nne usiku, saa nane naamka nawaza madeni.", ""),
    (MSH, "Mmh.", "", "decoy: backchannel Mmh."),
    (
        MPIGAJI,
        "Na mume wangu anasema, “nilikwambia usifungue biashara hiyo”.",
        "",
        "decoy: the caller quotes her husband in curly quotes",
    ),
    (MSH, "Maneno hayo yanakuumiza zaidi ukiwa tayari umechoka.", ""),
    (MPIGAJI, "Ndiyo.", "", "decoy: backchannel Ndiyo. (1 of 3)"),
    (MPIGAJI, "", "", "empty_turn"),
    (
        MSH,
        "Rehema, bado uko nasi? Sauti imekatika kidogo.",
        "",
        "decoy: the counsellor checks the line after the empty cue",
    ),
    (MPIGAJI, "Niko, niko. Nilikuwa nasema kwamba nina watoto watatu na wote wanasoma.", ""),
    (
        MSH,
        "Kwa hiyo unabeba biashara, watoto na maneno ya nyumbani kwa wakati mmoja.",
        "Hiyo ni kazi kubwa kwa mtu mmoja.",
    ),
    (MPIGAJI, "Ndiyo.", "", "decoy: backchannel Ndiyo. (2 of 3)"),
    (
        MSH,
        "Nataka nikuulize swali la moja kwa moja. Je, umewahi kufikiria kujidhuru?",
        "",
        "decoy: a direct risk question inside engagement",
    ),
    (MPIGAJI, "Hapana daktari, siyo hivyo. Nimechoka tu.", ""),
    (MSH, "Asante kwa kuniambia. Kuchoka ni ishara kwamba unahitaji msaada, si udhaifu.", ""),
    (MPIGAJI, "Ndiyo.", "", "decoy: backchannel Ndiyo. (3 of 3)"),
    (
        MSH,
        "Jambo la kwanza, tuongee na wateja wanaodaiwa mmoja mmoja, kwa upole lakini kwa uwazi.",
        "La pili, tafuta kikundi cha akina mama wa VICOBA pale Igoma.",
    ),
    (MPIGAJI, "Kikundi nakijua, dada yangu yumo.", ""),
    (
        MSH,
        "Vizuri sana. Na usiku ukiamka saa nane, badala ya kuhesabu madeni, jaribu kupumua polepole na kuandika",
        "",
        "truncated_turn",
    ),
]

LABEL_06 = re.compile(r"^(?P<label>[^\d:][^:]*):(?: (?P<text>.*))?$")


def srt_time(seconds: float) -> str:
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d},{millis:03d}"


def parse_06(line: str) -> Parsed:
    found = LABEL_06.match(line)
    if found is None:
        return None
    return (found["label"], found["text"] or "")


def walk_06(text: str) -> list[tuple[str, str]]:
    turns: list[tuple[str, str]] = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        assert lines[0].isdigit() and " --> " in lines[1], block[:40]
        parsed = parse_06(lines[2])
        assert parsed is not None and all(parse_06(rest) is None for rest in lines[3:]), block[:60]
        turns.append(parsed)
    return turns


def f06(rng: random.Random) -> Doc:
    doc = Doc(
        "06_tuongee_redio_dar_es_salaam.srt",
        {MSH: T, MPIGAJI: C},
        parse_06,
        newline="\r\n",
        walk=lambda text: walk_06(text.replace("\r\n", "\n")),
    )
    doc.start("tuongee-rehema")
    clock = 12.0 + rng.randint(0, 40) + rng.randint(0, 9) / 10
    for number, (who, first, second, *tags) in enumerate(S06, 1):
        length = 1.6 + 0.06 * len(first + second)
        cue = doc.add(str(number), f"{srt_time(clock)} --> {srt_time(clock + length)}")
        doc.mark(cue, "decoy: an SRT cue number")
        doc.mark(cue + 1, "decoy: an SRT timing line")
        caption = f"{who}: {first}" if first else f"{who}:"
        doc.turn(who, first, doc.add(caption), tags)
        if second:
            doc.mark(doc.add(second), "decoy: the cue's second caption line, no label")
        doc.add("")
        clock += length + 0.4 + rng.randint(0, 12) / 10
    return doc


# ---------------------------------------------------------------------------
# 07 a psychologist's private practice in Genova: a session typed in Notepad on an Italian Windows ("ANSI", i.e.
#    Windows-1252), CR LF, then passed through a chatbot to "tidy it up" and pasted back: the bot's opening line
#    stayed in. ``Psicologa: `` / ``Paziente: ``, guillemets, decimal commas, dd/mm/yyyy dates. The client reads out an
#    e-mail that reached him through a web mail that had read its UTF-8 as Windows-1252.
# ---------------------------------------------------------------------------
PSI, PAZ = "Psicologa", "Paziente"
AUTO_07 = "Quando sono in macchina sulla sopraelevata mi viene come un peso sul petto, le mani mi sudano e devo accostare alla prima uscita."

HEAD_07 = (
    "Trascrizione colloquio – 4ª seduta",
    "Data: 12/03/2024, ore 18.30 – Studio di psicoterapia, Genova (Castelletto)",
    "Dati paziente: D. R., 46 anni, operaio portuale in cassa integrazione",
    "",
)

S07: Script = [
    ("#", "Ecco la trascrizione ripulita e formattata della seduta, con i turni separati per parlante:", "meta_text"),
    (PSI, "Buonasera Davide. Com'è andata questa settimana con la macchina?"),
    (PAZ, "Male. Martedì ho provato ad andare al porto per la riunione del sindacato e non ce l'ho fatta."),
    (PSI, "Mi racconta cosa è successo, passo per passo?"),
    (PAZ, AUTO_07),
    (PSI, "Mh.", "decoy: backchannel Mh. (1 of 3)"),
    (PAZ, AUTO_07, "duplicate_turn"),
    (PSI, "Il corpo dà l'allarme proprio su quel tratto di strada. E nella testa, in quel momento, cosa passa?"),
    (
        PAZ,
        "Che se mi succede qualcosa lassù non posso scendere. E poi penso alla cassa integrazione, che scade a giugno.",
    ),
    (PSI, "Mh.", "decoy: backchannel Mh. (2 of 3)"),
    (
        PAZ,
        "L'azienda mi ha scritto una mail, gliela leggo. Dice: «"
        + moji(
            "Gentile lavoratore, la informiamo che la cassa integrazione è prorogata fino al 30/06; seguirà comunicazione per la ripresa delle attività.",
            "cp1252",
        )
        + "»",
        "mojibake",
    ),
    (PSI, "Quindi una data c'è, ma non c'è ancora nessuna certezza su cosa succede dopo."),
    (
        PAZ,
        "Esatto. Prendo 1.150 euro al mese invece di 1.900, e mia moglie fa le pulizie al mattino.",
        "decoy: thousands dots in euro amounts",
    ),
    (
        PAZ,
        "Se ho capito bene, la paura in macchina arriva proprio quando il pensiero del lavoro si fa più forte. È così?",
        "role_inversion",
    ),
    (PAZ, "Sì. Cioè, non ci avevo mai pensato, ma sì.", "decoy: Cioè, a filler"),
    (PSI, "Il medico le aveva prescritto qualcosa per i momenti più forti?"),
    (
        PAZ,
        "Lo Xanax da 0,25, mezza compressa. Ma non lo prendo, ho paura di diventarne dipendente.",
        "decoy: a decimal comma in a dose",
    ),
    (
        PSI,
        "È una preoccupazione comprensibile: ne parli con il suo medico, è lui che può aiutarla a dosarlo. Io le propongo un'altra cosa per la strada.",
    ),
    (PAZ, "Dica.", "decoy: a one-word answer"),
    (
        PSI,
        "Questa settimana proviamo a fare solo il primo pezzo: da casa a Brignole, senza sopraelevata. Dieci minuti.",
    ),
    (PAZ, "E se mi viene lo stesso?"),
    (
        PSI,
        "Allora accosta, respira come abbiamo provato la volta scorsa, e si scrive su un foglietto quanto era forte l'ansia, da 0 a 10.",
    ),
    (
        PAZ,
        "Mia moglie dice sempre «Davide, sei un uomo grande e grosso, cosa vuoi che ti succeda».",
        "decoy: the client quotes his wife in guillemets",
    ),
    (PSI, "E lei cosa si risponde quando glielo dice?"),
    (PAZ, "Che ha ragione. E poi mi sento ancora più stupido...", "decoy: a trail-off with ..."),
    (PSI, "Mh.", "decoy: backchannel Mh. (3 of 3)"),
    (
        PSI,
        "Non è stupido avere paura. È un allarme che suona troppo forte, e lo possiamo regolare. Ci vediamo martedì prossimo, e mi porta il foglietto con",
        "truncated_turn",
    ),
]


def f07(rng: random.Random) -> Doc:
    doc = Doc(
        "07_trascrizione_seduta4_genova_ansi.txt",
        {PSI: T, PAZ: C},
        parse_labelled(": "),
        codec="cp1252",
        newline="\r\n",
    )
    for line in HEAD_07:
        number = doc.add(line)
        if line:
            doc.mark(number, "decoy: header line")
    doc.start("seduta-4")
    labelled_script(doc, S07, ": ")
    return doc


# ---------------------------------------------------------------------------
# 08 a psychotherapy practice in Lublin: a session transcribed in Word and saved as "Plain text" (UTF-8, CR LF),
#    ``Terapeutka: `` / ``Pacjent: ``, Polish „quotes”, decimal commas, dd.mm.yyyy dates. One turn was retyped in an old
#    "ANSI" editor (Windows-1250 bytes in the UTF-8 file); the client's text message was pasted from a phone backup read
#    as Windows-1250; an AI "proofreading" pass replaced one counsellor turn with its own refusal.
# ---------------------------------------------------------------------------
TER, PAC = "Terapeutka", "Pacjent"
TRASA_08 = "W trasie jest najgorzej wieczorem, jak stanę na parkingu pod Poznaniem i dzwonię do domu, a córka nie chce podejść do telefonu."
TRASA_08B = "W trasie najgorzej jest wieczorem, jak stanę na parkingu pod Poznaniem i dzwonię do domu, a córka nie chce podejść do telefonu."

HEAD_08 = (
    "Transkrypcja sesji nr 5 – 15.03.2024",
    "Gabinet psychoterapii, Lublin; czas trwania: 50 min",
    "Pacjent (dane zanonimizowane): M. K., 41 lat, kierowca w transporcie międzynarodowym",
    "",
)

S08: Script = [
    (TER, "Dzień dobry, panie Marku. Jak minęły te dwa tygodnie w trasie?"),
    (PAC, "Długo. Byłem w Hiszpanii i we Francji, wróciłem w środę w nocy."),
    (TER, "Mhm.", "decoy: backchannel Mhm. (1 of 3)"),
    (PAC, TRASA_08),
    (TER, "Ten wieczorny telefon jest dla pana ważny. Co pan czuje, kiedy córka nie podchodzi?"),
    (PAC, "Że jestem dla niej obcy. Ma czternaście lat, wszystko mówi matce, a ja jestem tym, co przywozi pieniądze."),
    (TER, "Mhm.", "decoy: backchannel Mhm. (2 of 3)"),
    (PAC, TRASA_08B, "near_duplicate_turn"),
    (
        TER,
        "„Ten, co przywozi pieniądze” – mocno to brzmi. Skąd ta myśl?",
        "decoy: the counsellor quotes the client in Polish quotes",
    ),
    (
        PAC,
        "W zeszłym tygodniu dostałem od niej esemesa. Przeczytam: „"
        + moji("Tato, nie musisz dzwonić codziennie, mam dużo nauki. Pogadamy jak wrócisz.", "cp1250")
        + "”",
        "mojibake",
    ),
    (TER, "Jak pan to odczytał?"),
    (
        PAC,
        "Że mam się odczepić. Żona mówi, że przesadzam, że to normalne w tym wieku.",
        "decoy: a client reports his wife's words",
    ),
    ("#", "[w tym miejscu nagranie przerwane na ok. 2 min – telefon w recepcji]", "unparseable_line"),
    (
        TER,
        foreign(
            "Może obie rzeczy są prawdziwe: ona potrzebuje przestrzeni, a pan potrzebuje z nią kontaktu.",
            "cp1250",
            "utf-8",
        ),
        "encoding_error",
    ),
    (PAC, "No...", "decoy: a hesitation"),
    (
        PAC,
        "Czasem myślę, że wszystko by się poukładało, gdybym po prostu rzucił tę robotę. Ale kredyt jest na 3,5 tysiąca miesięcznie.",
        "decoy: a decimal comma",
    ),
    (
        TER,
        "Przepraszam, ale nie mogę pomóc w tej sprawie. Jeśli jesteś w kryzysie, zadzwoń pod numer 116 123.",
        "refusal",
    ),
    (PAC, "Wiem, wiem. Po prostu czasem mam dość."),
    (
        TER,
        "Rozumiem, że ta praca trzyma pana z dala od domu, a jednocześnie to ona utrzymuje rodzinę. Jak pan o tym myśli?",
    ),
    (PAC, "Że nie mam wyjścia. Na razie."),
    (
        TER,
        "„Na razie” – to ciekawe słowo. Zostawmy je sobie na następną sesję. A córka: czy jest coś, co lubiliście robić razem?",
        "decoy: the counsellor quotes the client",
    ),
    (
        PAC,
        "Kiedyś jeździliśmy na ryby nad Zalew Zemborzycki. Ona zakładała robaki, ja bym nie umiał.",
        "decoy: a light remark",
    ),
    (TER, "Mhm.", "decoy: backchannel Mhm. (3 of 3)"),
    (
        TER,
        "Może zamiast codziennego telefonu jeden esemes ze zdjęciem z trasy, bez pytań, i propozycja ryb po powrocie?",
    ),
    (PAC, "Spróbuję. Wracam w przyszły piątek."),
    (TER, "To umówmy się na poniedziałek, 25.03, o tej samej porze.", "decoy: a date"),
]


def f08(rng: random.Random) -> Doc:
    doc = Doc("08_transkrypcja_sesji5_lublin.txt", {TER: T, PAC: C}, parse_labelled(": "), newline="\r\n")
    for line in HEAD_08:
        number = doc.add(line)
        if line:
            doc.mark(number, "decoy: header line")
    doc.start("sesja-5")
    labelled_script(doc, S08, ": ")
    return doc


# ---------------------------------------------------------------------------
# 09 a counselling service in Ho Chi Minh City: a session's transcript kept in Google Sheets and downloaded as
#    "Tab-separated values (.tsv)", UTF-8, LF: ``STT<TAB>Người nói<TAB>Nội dung<TAB>Ghi chú`` (number, speaker, text,
#    note), ``Tư vấn viên`` / ``Thân chủ``. One cell was pasted from a tool that had read its UTF-8 as Windows-1252.
# ---------------------------------------------------------------------------
TVV, THANCHU = "Tư vấn viên", "Thân chủ"
NHA_09 = "Em vào Sài Gòn được hai năm rồi mà tối về phòng trọ vẫn thấy trống trải, chỉ muốn gọi điện về Huế cho mẹ."
HEADER_09 = ("STT", "Người nói", "Nội dung", "Ghi chú")

# (speaker, text, note column, tags...)
S09: Sequence[tuple[str, ...]] = [
    (TVV, "Chào Vy, hôm nay em muốn bắt đầu từ đâu?", ""),
    (THANCHU, NHA_09, ""),
    (TVV, "Dạ.", "", "decoy: backchannel Dạ. (1 of 3)"),
    (THANCHU, NHA_09, "", "duplicate_turn"),
    (TVV, "Hai năm mà cảm giác trống trải vẫn còn nguyên. Một ngày bình thường của em diễn ra thế nào?", ""),
    (
        THANCHU,
        "Em làm kế toán cho một công ty logistics ở quận 7, ngày nào cũng làm 11, 12 tiếng.",
        "",
        "decoy: numbers inside a turn",
    ),
    (TVV, "Làm việc nhiều như vậy thì còn thời gian nào cho bản thân không em?", ""),
    (THANCHU, "Gần như không. Chủ nhật thì ngủ bù tới trưa.", "cười nhẹ", "decoy: a note in the note column"),
    (THANCHU, "Dạ.", "", "decoy: backchannel Dạ. (2 of 3)"),
    (
        THANCHU,
        "Mẹ em hay nhắn: " + moji("“Con ăn cơm chưa? Ở trong đó có ai chơi với con không?”", "cp1252"),
        "",
        "mojibake",
    ),
    (TVV, "Câu hỏi của mẹ chạm vào đúng nỗi cô đơn em đang nói tới.", ""),
    (
        THANCHU,
        "Chị nghe như em đang cảm thấy mình không thuộc về nơi nào cả, ở Sài Gòn cũng không mà về Huế cũng không. Có đúng vậy không?",
        "",
        "role_inversion",
    ),
    (THANCHU, "Đúng vậy. Về Huế thì bạn bè đi hết rồi, ở đây thì chưa quen ai.", ""),
    (TVV, "Ừm... Có ai ở công ty mà em thấy dễ nói chuyện không?", "", "decoy: Ừm... a hesitation"),
    (THANCHU, "Có chị Thảo ngồi bàn bên, chị cũng người miền Trung. Nhưng em ngại rủ.", ""),
    (TVV, "Mình thử đặt một bước nhỏ: tuần này em rủ chị Thảo đi ăn trưa một lần, chỉ một lần thôi. Em thấy sao?", ""),
    (THANCHU, "Chắc được ạ.", "", "decoy: a short answer"),
    (THANCHU, "Dạ.", "", "decoy: backchannel Dạ. (3 of 3)"),
    (
        TVV,
        "Tuần sau mình gặp lại, em kể cho chị nghe buổi trưa đó thế nào nhé. Còn về giờ làm thì mình sẽ xem lại",
        "",
        "truncated_turn",
    ),
]


def parse_09(line: str) -> Parsed:
    fields = line.split("\t")
    return (fields[1], fields[2]) if len(fields) == len(HEADER_09) else None


def walk_09(text: str) -> list[tuple[str, str]]:
    rows = [line.split("\t") for line in text.split("\n") if line]
    assert tuple(rows[0]) == HEADER_09
    return [(r[1], r[2]) for r in rows[1:]]


def f09(rng: random.Random) -> Doc:
    doc = Doc("09_bien_ban_tham_van_tphcm.tsv", {TVV: T, THANCHU: C}, parse_09, walk=walk_09)
    doc.mark(doc.add("\t".join(HEADER_09)), "decoy: the header row")
    doc.start("vy-buoi-3")
    for number, (who, text, note, *tags) in enumerate(S09, 1):
        assert "\t" not in text + note
        doc.turn(who, text, doc.add(f"{number}\t{who}\t{text}\t{note}"), tags)
    return doc


# ---------------------------------------------------------------------------
# 10 the Kisumu centre's appointment register for March, exported from a spreadsheet and dropped into the transcripts
#    folder by mistake: no dialogue at all, though its header names Mteja and Mshauri.
# ---------------------------------------------------------------------------
REGISTER_10 = [
    ("Na.", "Tarehe", "Mteja (msimbo)", "Mshauri", "Saa", "Aina ya kikao", "Hali"),
    ("1", "04/03/2024", "KSM-0213", "Bi. Atieno", "09:00", "Ana kwa ana", "Kimefanyika"),
    ("2", "04/03/2024", "KSM-0198", "Bw. Wekesa", "11:00", "Simu", "Kimefanyika"),
    ("3", "05/03/2024", "KSM-0220", "Bi. Atieno", "14:00", "Ana kwa ana", "Hakufika"),
    ("4", "07/03/2024", "KSM-0213", "Bi. Atieno", "09:00", "Ana kwa ana", "Kimefanyika"),
    ("5", "07/03/2024", "KSM-0224", "Bw. Wekesa", "10:00", "Ana kwa ana", "Kimeahirishwa"),
    ("6", "11/03/2024", "KSM-0198", "Bw. Wekesa", "11:00", "Simu", "Kimefanyika"),
    ("7", "12/03/2024", "KSM-0231", "Bi. Atieno", "15:30", "Kikundi", "Kimefanyika"),
    ("8", "14/03/2024", "KSM-0209", "Bi. Atieno", "10:00", "Ana kwa ana", "Kimefanyika"),
    ("9", "18/03/2024", "KSM-0224", "Bw. Wekesa", "10:00", "Ana kwa ana", "Kimefanyika"),
    ("10", "21/03/2024", "KSM-0209", "Bi. Atieno", "10:00", "Ana kwa ana", "Imepangwa"),
    ("11", "25/03/2024", "KSM-0240", "Bw. Wekesa", "13:00", "Simu", "Imepangwa"),
]


def f10(rng: random.Random) -> Doc:
    doc = Doc(NOT_READABLE, {}, lambda line: None)
    for record in REGISTER_10:
        doc.add(csv_line(*record))
    doc.whole_file("unparseable_file")
    return doc


BUILDERS: list[Callable[[random.Random], Doc]] = [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10]

EXPECTED_BYTES = {
    "01_tafrigh_jalsa_maadi_cairo.txt": ("utf-8", b"", "\n"),
    "02_whatsapp_khat_daam_amman.txt": ("utf-8", b"", "\n"),
    "03_muhadathat_irshad_synth_ar.jsonl": ("utf-8", b"", "\n"),
    "04_sijil_jalsa_hatifiya_jeddah_cp1256.csv": ("cp1256", b"", "\r\n"),
    "05_nakala_kikao_ushauri_kisumu.txt": ("utf-8", b"", "\n"),
    "06_tuongee_redio_dar_es_salaam.srt": ("utf-8", b"", "\r\n"),
    "07_trascrizione_seduta4_genova_ansi.txt": ("cp1252", b"", "\r\n"),
    "08_transkrypcja_sesji5_lublin.txt": ("utf-8", b"", "\r\n"),
    "09_bien_ban_tham_van_tphcm.tsv": ("utf-8", b"", "\n"),
    NOT_READABLE: ("utf-8", b"", "\n"),
}
INVALID = {"08_transkrypcja_sesji5_lublin.txt"}
LANGUAGES = {
    "01_tafrigh_jalsa_maadi_cairo.txt": "ar-EG",
    "02_whatsapp_khat_daam_amman.txt": "ar-JO",
    "03_muhadathat_irshad_synth_ar.jsonl": "ar (MSA)",
    "04_sijil_jalsa_hatifiya_jeddah_cp1256.csv": "ar-SA",
    "05_nakala_kikao_ushauri_kisumu.txt": "sw-KE",
    "06_tuongee_redio_dar_es_salaam.srt": "sw-TZ",
    "07_trascrizione_seduta4_genova_ansi.txt": "it",
    "08_transkrypcja_sesji5_lublin.txt": "pl",
    "09_bien_ban_tham_van_tphcm.tsv": "vi",
    NOT_READABLE: "sw-KE",
}
# a substantial turn in the file's language must hold at least one of these letters (the language really is used)
SCRIPT_HINT = {
    "ar": "\u0627\u0644\u0645\u064a\u0646",
    "sw": "",
    "it": "",
    "pl": "\u0105\u0119\u0142\u015b\u017c\u017a\u0107\u0144\u00f3",
    "vi": "\u01a1\u01b0\u0111\u1ea1\u1ebf\u1ec1\u00f4\u00ea",
}


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
        parsed = doc.parse(text) if text else None
        if number in by_line:
            turn = by_line[number]
            assert parsed == (turn.label, turn.text), (doc.name, number, parsed)
        else:
            assert parsed is None or parsed[0] not in doc.roles, (doc.name, number, parsed)
        if number in doc.line_rows and "unparseable_line" in {k for n, k in doc.truth if n == number}:
            assert parsed is None, (doc.name, number)
    if doc.walk is not None:
        assert doc.walk("\n".join(physical)) == [(t.label, t.text) for t in turns], doc.name


def check_language(doc: Doc) -> None:
    hint = SCRIPT_HINT[LANGUAGES[doc.name][:2]]
    if not hint:
        return
    for turn in doc.turns():
        if substantial(turn.text) and not garbled(turn.text) and not invalid_bytes(turn.text):
            assert any(ch in hint for ch in turn.text.lower()), (doc.name, turn.line, turn.text[:40])


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
    check_language(doc)
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
    text = text.replace("\t", " \u21e5 ")
    if len(text) > width:
        text = text[: width - 35] + " ... " + text[-30:]
    return text


def show_row(physical: Sequence[str], line: int) -> str:
    if line == 0:
        return shown(f"[whole file] {physical[0]} ... ({len(physical)} lines, no dialogue)")
    return shown(physical[line - 1].strip())


def main(argv: list[str]) -> int:
    args = list(argv[1:])
    show = "--show" in args
    if show:
        args.remove("--show")
    seed = DEFAULT_SEED
    if "--seed" in args:
        at = args.index("--seed")
        if at + 1 >= len(args) or not args[at + 1].lstrip("-").isdigit():
            print("--seed needs an integer", file=sys.stderr)
            return 2
        seed = int(args[at + 1])
        del args[at : at + 2]
    if len(args) != 1:
        print("usage: python blind/thirtyninth_defect_cases.py OUT_DIR [--show] [--seed N]", file=sys.stderr)
        return 2
    out = Path(args[0])
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    docs = [build(rng) for build in BUILDERS]
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
        if show:
            for line, kind in sorted(doc.truth):
                print(f"  {line:4d} {kind:20s} | {show_row(physical, line)}")
    check_sessions(docs)
    assert len(set(rows)) == len(rows), "duplicate truth rows"
    rows.sort()
    with (out / "truth.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "line", "defect_type"])
        writer.writerows(rows)
    counts = Counter(kind for _, _, kind in rows)
    assert set(counts) == KINDS, KINDS - set(counts)
    assert 40 <= len(rows) <= 60, len(rows)
    assert clean >= 0.7 * turns, (clean, turns)
    print(
        f"seed {seed}: wrote {len(docs)} files ({turns} turns, {clean} on lines without a truth row) and {len(rows)} truth rows to {out}"
    )
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    print(f"decoys: {decoys} (all on lines without a truth row)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
