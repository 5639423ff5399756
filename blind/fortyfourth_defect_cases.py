# ruff: noqa: E501, RUF001, RUF002, RUF003
r"""Forty-fourth set of blind defect cases for the transcript-cleaning product: COUNSELLING TRANSCRIPTS IN LANGUAGES
WITH LEGACY 8-BIT CODE PAGES, AND THEIR MOJIBAKE (Russian, Ukrainian, Greek, Turkish, Hebrew, Persian, a Serbian
Cyrillic stray file).

Blind conditions, as followed. The only things read were: the first 15 lines of benchmarks/blind_defects.py (``head -n
15``, the interface); a listing of blind/ (``ls``); the docstring of ONE earlier writer,
blind/thirtyninth_defect_cases.py, printed with the ``.venv`` python ``ast.get_docstring`` snippet (its truth
conventions are followed here); /work/shared/README.md and /work/shared/corpora/README.md (``cat``); the ruff and mypy
settings of pyproject.toml (``grep -n -A12 "tool.ruff"``); and the code of that same model file,
blind/thirtyninth_defect_cases.py: its length (``wc -l``), its function and constant list (``grep -n``), its first three
lines and its ``noqa`` line (``head``, ``grep -n``), and ``sed`` pages of lines 120-660 (constants, text and byte
helpers, the document builder, its files 01 and 02), 730-830, 900-940 and 1260-1345 (its JSON Lines, CSV and TSV parsers
and builders) and 1365-1643 (its expected-bytes table, self-checks, ``show_row`` and ``main``). Its builder, repeat,
session, format and truth-text checks are taken over closely here. No other file of the project was opened or grepped
(no transforms, flows, synth, tests, schemas, sql, docs, README, other benchmarks or other blind files), nothing under
/work/shared/corpora or /work/shared/seeds was opened, no search tool was used, and no git command touching the
repository was run (one slip, below). The product, its tests and the benchmarks (blind_defects.py included) were never
run. Every transcript line below was written for this set; no corpus text.

The only things run were: ``date``; ``mkdir`` of /tmp/s29a and /tmp/s29a/parts; the reading commands above; ``cat``
heredocs writing this file's parts under /tmp/s29a/parts and ``cat`` assembling them into /tmp/s29a/draft.py; system
``python3`` snippets that looked up the code pages (cp1251, koi8_r, koi8_u, cp1253, iso8859_7, cp1254, cp1255, cp1256,
kz1048), printed sample garblings, and made exact replacements in the parts after the first runs (05: KOI8-U has no
guillemets and no em dash, so the wife's words got ASCII quotes and the dash a comma; a doubled word in 05 removed; 08's
stamps made to rise strictly; 10's turn after the cut one rephrased so that it does not read as the therapist
interrupting; 06's header line now names the AI tool; decoy notes added to four clean turns of 07; the legacy-file check
"a quarter of the bytes are high" relaxed to "some are", since Turkish text is mostly ASCII); the draft with ``--show``
and with ``--seed`` 44, 1, 7 and 2024 into /tmp/s29a/out*, a second run of seed 44 compared with ``diff -r``
(identical), the ``truth.csv`` files compared with ``cmp`` (identical for every seed: the seed only moves the two
WhatsApp exports' dates and times) and the files with ``md5sum``; ``file``, ``iconv`` (each legacy file decoded with its
code page; 05 also as KOI8-R, which shows box-drawing characters for і, є, ґ), ``head``, ``sed`` and ``cat -A`` on the
written files; ``ruff format``, ``ruff check`` and ``mypy`` from /work/main on this file alone (the first check found
only RUF002/RUF003, Cyrillic, Greek and dotless-i letters in the docstring and comments, so both joined the ``noqa``
line); ``diff`` of this file against the draft; a second ``ls`` of blind/ (piped to ``grep forty``) to see this file in
place; system ``python3`` snippets rewrapping this docstring to 120 columns and measuring its line lengths, with ``sed``
views of its first lines; and a final run of this file, its output compared with ``diff -r`` to the draft's. One slip: a
stray ``git --version`` (printing only git's version, no repository command, output discarded) was chained once onto the
lint command line; no other git command was run. Run as

    python blind/fortyfourth_defect_cases.py OUT_DIR [--show] [--seed N]

to write 12 files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR (``--show`` also prints
every truth row next to the line it names, invalid bytes as ``\xNN``; ``--seed`` defaults to 44 and never changes a
truth row).

Emphasis: the code page. Seven files are in a legacy 8-bit code page, all CORRECT in it (decoys the product must simply
decode): 01 Windows-1251, 03 KOI8-R, 05 KOI8-U, 06 Windows-1253, 09 Windows-1254, 10 Windows-1255 and 12 Windows-1251
(Serbian). Four are UTF-8 without a byte-order mark. Mojibake comes in five historical shapes: UTF-8 Cyrillic read as
Windows-1251 ("РњР°РјР°", 02), the same twice over ("Р В Р’", 02), Windows-1251 text read as KOI8-R (the case-flipped
"ъ МЕ КЕМХБШИ", 03), UTF-8 Greek and Turkish read as Windows-1252 ("Î±", "Ä±", "ÅŸ", 07, 08), and Persian saved as
Windows-1256 and read as Windows-1252 ("ãä ÏÎÊÑ", 11); bytes undefined in the reading code page are shown as ``?``.
Invalid bytes (encoding_error): Windows-1251 Ukrainian inside UTF-8 (04) and Windows-1254 Turkish inside UTF-8 (08).
01, 06, 09, 10 and 12 end lines with CR LF, the rest LF. Default seed 44: 320 turns, 45 truth rows (0-7 a file), 279
turns on lines without a truth row, 111 decoy notes. Rows per kind: duplicate_turn 7, mojibake 6, role_inversion 5,
truncated_turn 5, meta_text 4, near_duplicate_turn 3, refusal 3, encoding_error 2, empty_turn 2, repetition_loop 2,
unknown_speaker 2, unparseable_line 2, duplicate_session 1, unparseable_file 1.

* ``01_konsultatsiya_psikholog_kazan_cp1251.txt`` (30 turns, 4 rows; Russian, Windows-1251, CR LF): a private
  practice's session typed in Notepad, header lines (``Сведения о клиенте: ...``) and a blank line, then ``Психолог: ``
  / ``Клиент: ``: a primary-school teacher of 34, worn out, marking 32 exercise books on Sunday nights. Defects: a
  client turn typed twice around ``Угу.`` (duplicate_turn); the psychologist's ``Правильно ли я понимаю ...`` under
  ``Клиент`` (role_inversion); a Yandex search address from the transcriber's clipboard between two turns
  (unparseable_line); the last turn cut mid-word, ``тетр`` (truncated_turn). Decoys: the code page; header lines;
  ``Да.`` three times, ``Угу.`` twice; the mother-in-law quoted in « » and the counsellor repeating it; ``час... ну,
  на себя``.
* ``02_whatsapp_podderzhka_novosibirsk.txt`` (34 turns, 6 rows; Russian, UTF-8): a youth support line's WhatsApp
  export from an Android phone, ``dd.mm.yyyy, hh:mm - Name: text``, the encryption notice first: a design student of
  19 whose mother wants her to quit college. Defects: a message deleted and re-sent reworded (near_duplicate_turn); a
  message delivered three times (repetition_loop, duplicate_turn, duplicate_turn); the mother's e-mail pasted as a
  web mail showed it, UTF-8 read as Windows-1251 (mojibake); the brother's e-mail garbled twice, ``Р вЂќР ВµРЎР‚``
  (mojibake). Decoys: the notice; chat messages without final punctuation; ``Это сообщение удалено``; the client
  pointing out her repeats and calling the garbling ``кракозябры``; the counsellor ASKING ABOUT THE CLIENT'S OWN NIGHT
  CHATS WITH AN AI CHATBOT and the client QUOTING THE CHATBOT'S REFUSAL (a client turn, no refusal); a helpline number
  inside engagement; ``Да.``; emoji.
* ``03_arkhiv_sluzhby_2004_koi8r.txt`` (26 turns, 3 rows; Russian, KOI8-R, LF): a student counselling service's
  archive of 2004 typed from a cassette on a Linux machine, ``Консультант: `` / ``Клиент: ``: a student with two
  failed exams, afraid of expulsion and the draft office. Defects: the note he wrote at home, typed on a Windows PC and
  pasted in, so that KOI8-R shows its Windows-1251 bytes as case-flipped Cyrillic (mojibake); a ``Клиент:`` with
  nothing after it (empty_turn); the building's night porter (``Вахтёр``: unknown_speaker). Decoys: the code page
  (with ``ё``); header lines and a rule; ``Угу.`` three times; ``Да нет...``, ``Ну...``; the counsellor noting the
  silence after the empty turn.
* ``04_konsultatsiya_lviv_pislia_ai.txt`` (24 turns, 5 rows; Ukrainian, UTF-8, LF): a session transcribed and
  "tidied" by an AI tool, ``Консультантка: `` / ``Клієнтка: ``: a woman of 41 displaced from Kharkiv to Lviv, her
  mother still in Kharkiv. Defects: a client sentence given again with two words changed (near_duplicate_turn); the
  counsellor's body-scan question under ``Клієнтка`` (role_inversion); a client turn ending ``я одразу думаю, що``
  (truncated_turn, the tool dropped the rest); the tool's ``Ось продовження діалогу:`` on a line of its own
  (meta_text); a counsellor turn quoting her notes kept in Windows-1251, bytes invalid in UTF-8 (encoding_error).
  Decoys: header lines (one, ``Учасниці: ...``, reads like ``label: text`` but comes before any turn); ``Так.`` three
  times; a number; the son quoted in « »; ``пам'ять`` with an ASCII apostrophe.
* ``05_sesiia_kharkiv_koi8u.txt`` (22 turns, NO rows; Ukrainian, KOI8-U, LF): a CLEAN file, an employment centre's
  career session with a lathe operator of 55 whose factory closed. Decoys: the whole file; KOI8-U's і, ї, є and ґ
  (``ґанок``), which KOI8-R would show as box-drawing characters; ``Так.`` three times; ``Ну...``; the wife quoted;
  ``Чотири місяці...``.
* ``06_synedria_thessaloniki_cp1253.txt`` (25 turns, 3 rows; Greek, Windows-1253, CR LF): a session typed in Notepad
  and proofread by an AI tool, ``Θεραπευτής: `` / ``Πελάτης: ``, the Greek question mark typed as ``;``: a baker of
  27 with panic attacks since his father's heart attack. Defects: the tool's refusal (``Λυπάμαι, αλλά ως μοντέλο
  τεχνητής νοημοσύνης δεν μπορώ ...``) in place of the therapist's question after a passive death wish (refusal; the
  client's next turn answers the lost question); the secretary interrupting (``Γραμματεία``: unknown_speaker); the last
  turn cut mid-word (truncated_turn). Decoys: the code page (``Ά``, which ISO-8859-7 puts elsewhere); header lines;
  ``Ναι.`` three times, ``Μμ.``; the father quoted in « »; the 1018 helpline inside engagement; ``900 ευρώ``.
* ``07_synthetikoi_dialogoi_el.jsonl`` (49 turns, 6 rows; Greek, UTF-8): an LLM-generated fine-tuning set, JSON Lines
  with ONE MESSAGE A LINE, ``{"session_id", "turn", "speaker", "text"}``, speaker ``therapist`` / ``client``.
  el-synth-0101 (exam stress) is clean; 0102 (loneliness after a move to Athens): ``Βεβαίως! Ακολουθεί ένας ρεαλιστικός
  διάλογος ...`` opening a reply (meta_text), a client message in the therapist's voice (role_inversion), a client
  message that went through a Latin-1 step (mojibake), an English ``I'm sorry, but I can't continue ...`` after a
  passive death wish (refusal); 0103 (a silent teenage son) ends with ``(Σημείωση: ο παραπάνω διάλογος είναι
  φανταστικός ...)`` inside the last reply (meta_text); 0104 is 0101 again (duplicate_session at its first line).
  Decoys: one-word answers; ``Εντάξει.`` after the refusal; the son quoted in « ».
* ``08_whatsapp_danisma_izmir.txt`` (27 turns, 3 rows; Turkish, UTF-8, LF): a university counselling unit's WhatsApp
  export from an iPhone, ``[dd.mm.yyyy hh:mm:ss] Name: text``: a student of 21 after a break-up, his father
  threatening his allowance. Defects: a message deleted and re-sent reworded (near_duplicate_turn); the father's e-mail
  pasted as a tool showed it, UTF-8 read as Windows-1252, ``kalÄ±rsan``, ``Ã§ok`` (mojibake); a note from an old
  "ANSI" file, Windows-1254 bytes for ö, ğ, ı (encoding_error). Decoys: ``Evet`` three times; ``Bu mesaj silindi.``;
  the counsellor saying the message looks garbled; the counsellor ASKING ABOUT HIS CHATGPT USE and his paraphrase of
  it; ``14.00'te``; the 112 number inside engagement; emoji; messages without final punctuation.
* ``09_gorusme_kaydi_ankara_cp1254.csv`` (33 turns, 4 rows; Turkish, Windows-1254, CR LF, ``;``-separated):
  ``Oturum;Sıra;Konuşmacı;Metin`` from Excel on a Turkish Windows, ``Danışman`` / ``Danışan`` (one letter apart).
  G-031 (a mother worried about her daughter of 15): a row exported twice with the same ``Sıra`` (duplicate_turn), an
  empty ``Metin`` (empty_turn), a staff note in the first cell of a row of its own, ``Not: ...;;;``
  (unparseable_line). G-032 (a boy teased about his weight) was entered with the two labels swapped throughout
  (role_inversion, one row at its first turn). Decoys: the code page; the header row; ``Evet.`` three times; ``2,5
  saat``; the husband quoted in single quotes.
* ``10_timlul_mifgash_haifa_cp1255.txt`` (26 turns, 3 rows; Hebrew, Windows-1255, CR LF, right to left): ``מטפלת: ``
  / ``מטופל: ``: a developer of 38 laid off over Zoom. Defects: a client turn typed twice around ``כן.``
  (duplicate_turn); the therapist's reflection, in her feminine ``אני שומעת``, under ``מטופל`` (role_inversion); a
  client turn cut mid-word, ``התקשו``, and never completed (truncated_turn). Decoys: the code page; RTL text with
  EMBEDDED LATIN WORDS AND NUMBERS (``Zoom``, ``ב-Slack``, ``ADHD``, ``Ritalin 10 mg``, ``12,000 ₪``); ASCII quotes;
  ``כן.`` three times.
* ``11_jalase_moshavere_shiraz.txt`` (24 turns, 7 rows; Persian, UTF-8, LF): an online service's chatbot session,
  ``مشاور: `` / ``مراجع: ``, Persian digits and the zero-width non-joiner: a designer of 26 pressed by her mother to
  marry. Defects: leaked ``<think>...</think>`` opening a counsellor turn (meta_text); one reply given three times
  (repetition_loop, duplicate_turn, duplicate_turn); the client's old note from a Windows-1256 Word file shown as
  Windows-1252 (mojibake); ``متأسفم، اما به‌عنوان یک مدل هوش مصنوعی نمی‌توانم ...`` after a passive death wish
  (refusal); the last turn cut after ``چون`` (truncated_turn). Decoys: header lines; ``بله.`` three times; the mother
  quoted in « »; ``Instagram``; ``۳``, ``۱۱``.
* ``12_raspored_termina_novi_sad_cp1251.csv`` (9 rows): a Novi Sad centre's March appointment list in Serbian
  Cyrillic (Windows-1251: ђ, ј, љ, њ, џ), dropped into the folder by mistake: no dialogue at all, though its header
  names ``Клијент`` and ``Саветник`` (unparseable_file, line 0).

Line numbers are 1-based physical lines of the text as its own encoding decodes it, split on its line end; the CR of
a CR LF end is not a line of its own; the invalid bytes of 04 and 08 are replaced by a decoder without changing any
line count (a decoder that falls back to Latin-1 would meet 0x85 bytes inside valid UTF-8 letters such as ``х``; they
are no line breaks). Conventions, those of the model writer:

* a turn-level row points at the line holding the turn's label: the ``label: text`` line in 01, 03-06, 10, 11; the
  message line in 02 and 08; the message object's line in 07; the record's row in 09 (the header is line 1);
* meta text inside a turn (07, 11) is marked at the turn's line; 04's tool line stands on a line of its own and is
  marked there; ``unparseable_line`` marks a line that is no turn, header or separator (01's search address, 09's
  note row); the file-level row (12) is at line 0;
* a single turn in the other role's voice is ``role_inversion`` at its own line; a session with its labels swapped
  (09's G-032) is ONE ``role_inversion`` row at its first turn; a repeated session (07's el-synth-0104) is ONE
  ``duplicate_session`` row at its first turn, and its turns carry no other row;
* a repetition loop is ``repetition_loop`` on the FIRST occurrence (as the model writer did), then ``duplicate_turn``
  or ``near_duplicate_turn`` on every later copy;
* ``encoding_error`` marks a turn holding bytes invalid in the file's own encoding; ``mojibake`` a turn whose text
  decodes validly but was garbled upstream; text correct in its legacy code page is not a defect;
* a speaker outside the counsellor and client roles (03's ``Вахтёр``, 06's ``Γραμματεία``) speaking a turn is
  ``unknown_speaker``.

Not turns: header lines, rules, the WhatsApp notice, the CSV header row, blank lines, and all of 12. A chat message
without final punctuation, a trail-off the other speaker picks up, a short answer and a backchannel (``Да.``,
``Угу.``, ``Так.``, ``Ναι.``, ``Μμ.``, ``Evet``, ``כן.``, ``بله.``) repeated in a session are NOT defects; a
truncated turn is cut off by the data and no later turn completes it. A helpline inside a counsellor's engagement is
NOT a refusal, nor is a client quoting a chatbot's refusal; a counsellor reply that gives only boilerplate is.

Self-checks (standard library only): a clean turn that ends without final punctuation carries a decoy note (chat
messages get a standing one); a turn is tagged ``mojibake`` exactly when it holds a garbled string this writer made,
``encoding_error`` exactly when it holds invalid bytes, ``empty_turn`` exactly when nothing in it is visible,
``unknown_speaker`` exactly when its label is in neither role; every truth row's line parses, in its file's layout,
to the very label and text of the turn it names (or is the non-turn line it names) and shows the garbling, invalid
bytes, emptiness, open ending, meta marker or counsellor role its kind says; every exact or close same-role repeat of
a substantial turn is marked and every repeat mark is real; a loop has at least two marked later copies; only the
marked session repeats another, exactly; each file has its intended encoding and line ends, has no byte-order mark,
decodes strictly exactly when it should, is not valid UTF-8 when it is in a legacy code page, round-trips through its
code page byte for byte, holds the letters that make its code page matter (KOI8-U і ї є ґ, Windows-1253 ``Ά``) and
reads differently under the look-alike code page, and decodes back line for line to the lines written; the JSON
Lines and CSV files parse back as wholes to exactly the turns written, and no line that is not a turn parses as one;
substantial ungarbled turns hold letters of their script; decoys stand on lines without a truth row; every kind is
present, no truth row is written twice, there are 30-48 rows, at least six of them byte-level (mojibake or
encoding_error), and at least 75% of turns carry none."""

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
# final punctuation: ASCII (with the Greek question mark ";"), closing quotes and guillemets, the ellipsis, the
# Arabic/Persian question mark
ENDERS = ".?!;\"')]" + "\u201d\u2019\u2026\u00bb\u061f"
# characters some readers take for a line break; none may stand inside a line of this set
BREAKERS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f"
NOT_READABLE = "12_raspored_termina_novi_sad_cp1251.csv"
DEFAULT_SEED = 44
CHAT_NOTE = "decoy: a chat message without final punctuation"


# ---------------------------------------------------------------------------
# text and byte helpers
# ---------------------------------------------------------------------------
MADE_GARBLED: set[str] = set()


def moji(text: str, read_as: str, saved_as: str = "utf-8", times: int = 1) -> str:
    """``text`` saved as ``saved_as`` and shown by a tool that reads those bytes as ``read_as`` (``times`` times over:
    the doubly garbled UTF-8 Cyrillic "Р В Р’" chains); what the reader cannot decode (and any C1 control it would
    produce) is shown as ``?``."""
    out = text
    for _ in range(times):
        shown = out.encode(saved_as).decode(read_as, "replace")
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
    """Compatibility forms folded, case folded, punctuation and spaces dropped; Persian digits become ASCII."""
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
    """Long enough that a repeat is a defect rather than a backchannel (Да. Угу. Так. Ναι. Evet. כן. بله.)."""
    return len(norm(text)) >= 10


def js(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def csv_line(*fields: str, delimiter: str = ",") -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="").writerow(fields)
    return buffer.getvalue()


def ended(text: str) -> bool:
    return text.rstrip()[-1:] in ENDERS if text.strip() else True


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
    decoded text as the list of (label, text) of every turn, for the layouts that have a structure (JSON Lines, CSV).
    """

    def __init__(
        self,
        name: str,
        roles: dict[str, str],
        parse: Callable[[str], Parsed],
        *,
        codec: str = "utf-8",
        newline: str = "\n",
        walk: Callable[[str], list[tuple[str, str]]] | None = None,
    ) -> None:
        self.name = name
        self.roles = roles
        self.parse = parse
        self.walk = walk
        self.codec = codec
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
            assert not ended(text) and not notes, (self.name, line, text[-30:])
        elif not ended(text) and not kinds and not copy:
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
        return self.text().encode(self.codec, "surrogateescape")


Script = Sequence[tuple[str, ...]]


def parse_labelled(sep: str) -> Callable[[str], Parsed]:
    def parse(line: str) -> Parsed:
        label, found, rest = line.partition(sep)
        return (label, rest) if found else None

    return parse


def labelled_script(doc: Doc, script: Script, sep: str = ": ") -> None:
    """``label<sep>text`` one turn a line; an entry ``("#", text, tags...)`` is a line of its own (no turn)."""
    for who, text, *tags in script:
        if who == "#":
            doc.mark(doc.add(text), *tags)
            continue
        doc.turn(who, text, doc.add(f"{who}{sep}{text}"), tags)


def chat_tags(text: str, tags: Sequence[str]) -> list[str]:
    """A chat message that is clean and has no final punctuation gets the standing decoy note."""
    out = list(tags)
    if not tags and not ended(text):
        out.append(CHAT_NOTE)
    return out


# ---------------------------------------------------------------------------
# 01 a private practice in Kazan: a session typed in Notepad on a Russian Windows, saved "ANSI" = Windows-1251, CR LF,
#    header lines and a blank line, then ``Психолог: `` / ``Клиент: ``. The code page is CORRECT (a decoy); the
#    transcriber's clipboard (a search address) landed between two turns.
# ---------------------------------------------------------------------------
PSY, KLI = "Психолог", "Клиент"
SHAME_01 = "Обидно. И стыдно, что обидно. Я же сама выбрала эту профессию, никто меня не заставлял."

HEAD_01 = (
    "Расшифровка консультации № 4",
    "Дата: 14.03.2024, частный кабинет, Казань",
    "Сведения о клиенте: Д., 34 года, учитель начальных классов, замужем, сын 5 лет",
    "",
)

S01: Script = [
    (
        PSY,
        "Здравствуйте, Дина. Присаживайтесь. В прошлый раз мы договорились понаблюдать, когда усталость сильнее всего. Что удалось заметить?",
    ),
    (KLI, "Здравствуйте. Заметила, что хуже всего в воскресенье вечером. Сижу над тетрадями и как будто каменею."),
    (PSY, "В воскресенье вечером. Что происходит дома в это время, кроме тетрадей?"),
    (
        KLI,
        "Свекровь смотрит телевизор в зале, муж с сыном играют в приставку, а я на кухне с красной ручкой. 32 тетради за выходные.",
        "decoy: a number inside a turn",
    ),
    (PSY, "Все отдыхают, а вы работаете. Какое чувство в этот момент самое сильное?"),
    (KLI, SHAME_01),
    (PSY, "Угу.", "decoy: backchannel Угу. (1 of 2)"),
    (KLI, SHAME_01, "duplicate_turn"),
    (PSY, "Вы сказали про стыд за собственную обиду. Как будто на обиду у вас нет права."),
    (KLI, "Да.", "decoy: backchannel Да. (1 of 3)"),
    (
        KLI,
        "Свекровь как раз в прошлое воскресенье сказала: «Дина, ну кто тебя гонит, брось ты эти тетрадки». А мне от этого только хуже.",
        "decoy: the client quotes her mother-in-law in guillemets",
    ),
    (PSY, "«Кто тебя гонит». Что вы услышали в этих словах?", "decoy: the counsellor repeats the quoted words"),
    (KLI, "Что я сама виновата. Что я всё усложняю на ровном месте."),
    (
        KLI,
        "Правильно ли я понимаю, что любые слова о вашей усталости вы слышите как упрёк? Расскажите, как к отдыху относились в вашей семье, когда вы были ребёнком.",
        "role_inversion",
    ),
    (KLI, "Наверное, да. Мама всегда говорила, что отдыхать будем на пенсии."),
    (PSY, "«Отдыхать будем на пенсии». И вы до сих пор живёте по этому правилу?"),
    (KLI, "Получается, что живу. Мне тридцать четыре, а я как будто коплю силы на потом, а их уже нет."),
    ("#", "https://yandex.ru/search/?text=профессиональное+выгорание+учителя+что+делать", "unparseable_line"),
    (PSY, "Давайте посмотрим на неделю целиком. Сколько часов в день уходит на работу, если считать проверку дома?"),
    (KLI, "Шесть уроков, потом продлёнка до пяти, потом дома ещё часа два. Часов десять, если честно."),
    (PSY, "Десять часов в день, и ещё дом. Неудивительно, что к воскресенью сил не остаётся."),
    (KLI, "Да.", "decoy: backchannel Да. (2 of 3)"),
    (PSY, "Что бы вы сказали коллеге, если бы она рассказала вам о таком расписании?"),
    (KLI, "Сказала бы, что так нельзя, что надо себя беречь. Смешно, да?"),
    (PSY, "Не смешно. Похоже, для других у вас есть забота, которую вы пока не разрешаете себе."),
    (KLI, "Угу.", "decoy: backchannel Угу. (2 of 2)"),
    (
        KLI,
        "Я могу попросить мужа забирать сына из садика по средам. Тогда у меня будет хотя бы час... ну, на себя.",
        "decoy: a hesitation with an ellipsis inside the turn",
    ),
    (PSY, "Это конкретный шаг. Как вы думаете, как он отреагирует?"),
    (KLI, "Нормально отреагирует. Это я боюсь просить."),
    (PSY, "Да.", "decoy: backchannel Да. (3 of 3)"),
    (
        PSY,
        "Хорошо. Тогда до следующего четверга. И попробуйте на этих выходных хотя бы один вечер провести без проверки тетр",
        "truncated_turn",
    ),
]


def f01(rng: random.Random) -> Doc:
    doc = Doc(
        "01_konsultatsiya_psikholog_kazan_cp1251.txt",
        {PSY: T, KLI: C},
        parse_labelled(": "),
        codec="cp1251",
        newline="\r\n",
    )
    for line in HEAD_01:
        number = doc.add(line)
        if line:
            doc.mark(number, "decoy: header line")
    doc.start("konsultatsiya-4")
    labelled_script(doc, S01)
    return doc


# ---------------------------------------------------------------------------
# 02 a youth support line in Novosibirsk: WhatsApp "Export chat" (without media) from an Android phone in Russian,
#    ``dd.mm.yyyy, hh:mm - Name: text``, UTF-8, LF, the encryption notice first. The client pastes her mother's text
#    from a web mail that read UTF-8 as Windows-1251 ("РњР°РјР°") and a forwarded e-mail garbled twice over ("Р В Р’").
# ---------------------------------------------------------------------------
IRINA, ALINA = "Ирина психолог", "Алина"
LOOP_02 = "Я уже неделю нормально не сплю, лежу до трёх ночи и прокручиваю в голове наш разговор с мамой"
UNGRATEFUL_02 = "Она сказала что я неблагодарная и что она на меня всю жизнь положила"
UNGRATEFUL_02B = "Она сказала, что я неблагодарная, и что она на меня жизнь положила"

# (minutes after the chat's start, sender or "!" for the notice, text, tags...)
S02: Sequence[tuple[object, ...]] = [
    (
        0,
        "!",
        "Сообщения и звонки защищены сквозным шифрованием. Никто за пределами этого чата, даже WhatsApp, не может прочитать или прослушать их. Нажмите, чтобы узнать подробнее.",
        "decoy: WhatsApp's encryption notice",
    ),
    (2, ALINA, "Здравствуйте, мне дали этот номер в колледже. Можно написать?"),
    (3, IRINA, "Здравствуйте, Алина. Да, конечно, я Ирина, психолог линии поддержки. Что у вас случилось?"),
    (5, ALINA, "Мы с мамой опять поругались"),
    (5, ALINA, "Она хочет чтобы я бросила колледж и пошла работать к ней в магазин"),
    (7, IRINA, "Звучит так, будто решение о вашей учёбе сейчас принимают за вас. Как вы сами к этому относитесь?"),
    (9, ALINA, "Я хочу доучиться. Мне осталось полтора года, я на дизайнера учусь"),
    (10, ALINA, UNGRATEFUL_02),
    (10, ALINA, "Это сообщение удалено", "decoy: a deleted message"),
    (11, ALINA, UNGRATEFUL_02B, "near_duplicate_turn"),
    (13, IRINA, "Такие слова очень ранят. Что вы почувствовали, когда их услышали?"),
    (14, ALINA, "Злость. А потом вину"),
    (15, ALINA, LOOP_02, "repetition_loop"),
    (15, ALINA, LOOP_02, "duplicate_turn"),
    (16, ALINA, LOOP_02, "duplicate_turn"),
    (16, ALINA, "Ой, отправилось три раза, интернет тупит", "decoy: the client points out her own repeats"),
    (
        18,
        IRINA,
        "Ничего страшного 🙂 Неделя без сна — это очень тяжело. Что помогает хоть немного уснуть?",
        "decoy: an emoji",
    ),
    (
        20,
        ALINA,
        "Честно? Переписываюсь ночью с чат-ботом. Он хотя бы не орёт",
        "decoy: a chat message without final punctuation",
    ),
    (
        21,
        IRINA,
        "Вы упомянули, что ночью переписываетесь с чат-ботом. Расскажите, что он вам отвечает, когда вам плохо?",
        "decoy: the counsellor asks about the client's own AI chatbot use",
    ),
    (
        23,
        ALINA,
        "Пишет типа «Мне жаль, что вам тяжело. Я не могу заменить специалиста, обратитесь к психологу». Вот я и написала сюда",
        "decoy: the client quotes a chatbot's refusal (a client turn, not a refusal)",
    ),
    (24, IRINA, "И хорошо, что написали. Здесь с вами разговаривает живой человек."),
    (25, ALINA, "Мама мне вчера ещё в почту написала, скопирую"),
    (
        26,
        ALINA,
        moji("Если не бросишь свой колледж, денег на общежитие больше не жди. Я всё сказала.", "cp1251"),
        "mojibake",
    ),
    (27, ALINA, "Блин, скопировалось какими-то кракозябрами", "decoy: the client remarks on the garbling"),
    (28, IRINA, "Ничего, можно своими словами. О чём там примерно?"),
    (29, ALINA, "Что если не брошу учёбу, она перестанет платить за общагу"),
    (
        31,
        IRINA,
        "Понимаю. Это уже не только ссора, а вопрос денег и жилья. Есть ли у вас кто-то, кроме мамы, с кем можно это обсудить?",
    ),
    (33, ALINA, "Брат старший, он в Томске. Он мне тоже писал, вот"),
    (
        33,
        ALINA,
        moji("Держись, малая. Поговорю с мамой в субботу, не бросай учёбу.", "cp1251", times=2),
        "mojibake",
    ),
    (35, IRINA, "Похоже, брат на вашей стороне. Как вам от этого?"),
    (36, ALINA, "Легче. Я думала, что одна против всех"),
    (37, IRINA, "Да.", "decoy: a short counsellor message"),
    (
        38,
        IRINA,
        "Давайте договоримся: сегодня вы пишете брату и просите его созвониться до субботы, а завтра вечером мы продолжим. Если ночью станет совсем тяжело, есть бесплатный телефон доверия 8-800-2000-122, там отвечают круглосуточно.",
        "decoy: a helpline inside engagement",
    ),
    (40, ALINA, "Хорошо. Спасибо вам 🙏", "decoy: thanks with an emoji"),
    (41, IRINA, "Спокойной ночи, Алина. До завтра."),
]

WA_RU = re.compile(r"^(?P<stamp>\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}) - (?P<rest>.*)$")


def parse_02(line: str) -> Parsed:
    found = WA_RU.match(line)
    if found is None:
        return None
    label, sep, text = found["rest"].partition(": ")
    return (label, text) if sep else None


def f02(rng: random.Random) -> Doc:
    doc = Doc("02_whatsapp_podderzhka_novosibirsk.txt", {IRINA: T, ALINA: C}, parse_02)
    start = datetime(2024, 2, rng.randint(5, 25), 21, rng.randint(0, 15))
    doc.start("alina-chat")
    for minutes, who, text, *tags in S02:
        assert isinstance(minutes, int) and isinstance(who, str) and isinstance(text, str)
        stamp = (start + timedelta(minutes=minutes)).strftime("%d.%m.%Y, %H:%M")
        str_tags = chat_tags(text, [str(tag) for tag in tags])
        if who == "!":
            doc.mark(doc.add(f"{stamp} - {text}"), *str_tags)
        else:
            doc.turn(who, text, doc.add(f"{stamp} - {who}: {text}"), str_tags)
    return doc


# ---------------------------------------------------------------------------
# 03 a student counselling service's archive from 2004, typed on a Linux machine in KOI8-R, LF: header lines and a
#    rule, then ``Консультант: `` / ``Клиент: ``. The code page is correct; one turn's text was typed on a Windows PC
#    (Windows-1251) and pasted in, so in KOI8-R it reads as the classic case-flipped "оПХБЕР".
# ---------------------------------------------------------------------------
KONS, KL3, VAKHTER = "Консультант", "Клиент", "Вахтёр"

HEAD_03 = (
    "Запись консультации от 16.11.2004",
    "Набрано с аудиокассеты, сторона А",
    "==================================",
)

S03: Script = [
    (KONS, "Проходи, садись. Ты записывался на вторник, но пришёл сегодня. Что-то случилось?"),
    (KL3, "Да нет... Просто сессия через месяц, а у меня два хвоста с прошлого семестра."),
    (KONS, "Два хвоста. Расскажи, по каким предметам."),
    (KL3, "Матанализ и физика. Если не сдам до декабря, отчислят, а там сразу военкомат."),
    (KONS, "Угу.", "decoy: backchannel Угу. (1 of 3)"),
    (KL3, "И родители не знают. Они думают, что у меня всё нормально."),
    (KONS, "То есть ты несёшь это один. Сколько уже?"),
    (KL3, "С лета. Я им по телефону каждое воскресенье говорю, что всё хорошо."),
    (KONS, "Каждое воскресенье... Что ты чувствуешь, когда кладёшь трубку?"),
    (KL3, "Как будто вру не им, а себе тоже."),
    (KONS, "Угу.", "decoy: backchannel Угу. (2 of 3)"),
    (KL3, "Я вот записал дома, что хотел сказать, а то собьюсь. Можно прочитаю?"),
    (KONS, "Конечно."),
    (
        KL3,
        moji("Я не ленивый. Я сажусь за матанализ и через десять минут уже не вижу строчек.", "koi8_r", "cp1251"),
        "mojibake",
    ),
    (KONS, "Ты пишешь, что через десять минут перестаёшь видеть строчки. Что в эти минуты происходит внутри?"),
    (KL3, "Паника. Сердце стучит, и в голове одно: не сдам, не сдам."),
    (KONS, "А были предметы, которые ты сдал, несмотря на такую панику?"),
    (KL3, "", "empty_turn"),
    (KONS, "Ты задумался. Можно не торопиться.", "decoy: the counsellor notes the silence after the empty turn"),
    (KL3, "Историю сдал. И английский, там преподаватель нормальный."),
    (VAKHTER, "Молодые люди, корпус закрывается в девять, закругляйтесь потихоньку.", "unknown_speaker"),
    (KONS, "Да, спасибо, мы скоро."),
    (KONS, "Давай так: до следующей встречи ты узнаёшь на кафедре точные даты пересдачи. Это одно дело."),
    (KL3, "Угу.", "decoy: backchannel Угу. (3 of 3)"),
    (KL3, "Ну... попробую. В четверг у них приёмные часы.", "decoy: Ну... a hesitation"),
    (KONS, "Вот и хорошо. Приходи в следующий вторник, как договаривались."),
]


def f03(rng: random.Random) -> Doc:
    doc = Doc(
        "03_arkhiv_sluzhby_2004_koi8r.txt",
        {KONS: T, KL3: C, VAKHTER: X},
        parse_labelled(": "),
        codec="koi8_r",
    )
    for line in HEAD_03:
        doc.mark(doc.add(line), "decoy: header line")
    doc.start("zapis-2004-11-16")
    labelled_script(doc, S03)
    return doc


# ---------------------------------------------------------------------------
# 04 a counselling centre in Lviv: a session transcribed and "tidied" by an AI tool, UTF-8, LF, header lines, then
#    ``Консультантка: `` / ``Клієнтка: ``. The tool left its own line in and dropped the end of a client turn; the
#    counsellor had pasted in a sentence from her notes kept in a Windows-1251 file (bytes invalid in UTF-8).
# ---------------------------------------------------------------------------
KONSK, KLIK = "Консультантка", "Клієнтка"
MAMA_04 = "Мама не хоче виїжджати з Харкова, каже, що там її дім і могила батька."
MAMA_04B = "Мама не хоче їхати з Харкова, каже, що там її дім і могила тата."

HEAD_04 = (
    "Транскрипт консультації (третя зустріч), Львів, 21.02.2024",
    "Учасниці: консультантка О.; клієнтка Н., 41 рік, переселенка з Харкова",
    "",
)

S04: Script = [
    (KONSK, "Добрий день, Наталю. Минулого разу ви розповідали про нічні тривоги. Як минув цей тиждень?"),
    (
        KLIK,
        "Важко. У вівторок було три тривоги за ніч, син спав, а я сиділа в коридорі до ранку.",
        "decoy: a number inside a turn",
    ),
    (KONSK, "Ви не спали до ранку, щоб бути поруч із сином. Що вам найважче в такі ночі?"),
    (KLIK, "Не знати, що з мамою. Вона лишилася в Харкові, на Салтівці."),
    (KONSK, "Так.", "decoy: backchannel Так. (1 of 3)"),
    (KLIK, MAMA_04),
    (KONSK, "Її дім і могила батька. Це дуже вагомі причини для неї."),
    (KLIK, MAMA_04B, "near_duplicate_turn"),
    (
        KLIK,
        "Що ви відчуваєте в тілі, коли чуєте сирену? Спробуйте описати це якомога точніше, не поспішайте.",
        "role_inversion",
    ),
    (KLIK, "Стискається в грудях, і руки стають холодні."),
    (KONSK, "Стискається в грудях і холодні руки. Давайте разом подихаємо повільно, як минулого разу."),
    (KLIK, "Так.", "decoy: backchannel Так. (2 of 3)"),
    (
        KLIK,
        "Я розумію, що маму не змусиш, вона доросла людина. Але коли вона не бере трубку хоча б годину, я одразу думаю, що",
        "truncated_turn",
    ),
    ("#", "Ось продовження діалогу:", "meta_text"),
    (
        KONSK,
        "Я записала собі ваші слова з минулої зустрічі: "
        + foreign("«Я тримаюся тільки заради сина».", "cp1251", "utf-8"),
        "encoding_error",
    ),
    (KLIK, "Так, я так сказала. І досі так є."),
    (KONSK, "А що було б для вас маленькою опорою не лише заради сина, а й для себе?"),
    (KLIK, "Не знаю. Може, знову малювати. Я колись акварель викладала в дитячій школі."),
    (KONSK, "Акварель. Як звучить для вас думка спробувати хоча б раз на тиждень?"),
    (
        KLIK,
        "Син каже: «Мамо, ти ж раніше весь час малювала». Він пам'ятає, а я вже й забула.",
        "decoy: the client quotes her son",
    ),
    (KONSK, "Він пам'ятає вас такою. Можливо, це теж частина вас, яку варто повернути."),
    (KLIK, "Так.", "decoy: backchannel Так. (3 of 3)"),
    (
        KONSK,
        "Домовимося з мамою про короткий дзвінок щовечора о восьмій, а в неділю ви спробуєте малювати пів години. Добре?",
    ),
    (KLIK, "Добре. Спробую."),
    (KONSK, "Тоді до наступної середи. Бережіть себе."),
]


def f04(rng: random.Random) -> Doc:
    doc = Doc("04_konsultatsiya_lviv_pislia_ai.txt", {KONSK: T, KLIK: C}, parse_labelled(": "))
    for line in HEAD_04:
        number = doc.add(line)
        if line:
            doc.mark(number, "decoy: header line")
    doc.start("zustrich-3")
    labelled_script(doc, S04)
    return doc


# ---------------------------------------------------------------------------
# 05 a state employment centre's psychologist in Kharkiv region: an older Linux workstation, KOI8-U, LF, header lines,
#    then ``Психолог: `` / ``Клієнт: ``. A CLEAN file: its code page is correct and holds і, ї, є and ґ, which KOI8-R
#    would show as box-drawing characters; nothing here is a defect.
# ---------------------------------------------------------------------------
PSY5, KLI5 = "Психолог", "Клієнт"

HEAD_05 = (
    "Консультація з профорієнтації, 05.03.2024",
    "Клієнт направлений центром зайнятості",
    "--------",
)

S05: Script = [
    (PSY5, "Доброго дня, Петре Івановичу. Сідайте, будь ласка. Розкажіть, з чим ви прийшли."),
    (
        KLI5,
        "Доброго дня. Двадцять шість років на заводі відпрацював, токарем. Завод закрили, от мене сюди і направили.",
    ),
    (PSY5, "Двадцять шість років на одному місці. Що для вас зараз найважче?"),
    (KLI5, "Що в п'ятдесят п'ять я нікому не потрібен. Так мені здається."),
    (PSY5, "Так.", "decoy: backchannel Так. (1 of 3)"),
    (
        KLI5,
        'Дружина каже: "Петре, ти ж руками все вмієш, ґанок сам перебудував". А я не знаю, кому це тепер треба.',
        "decoy: the client quotes his wife; ґ in KOI8-U",
    ),
    (PSY5, "Ви перебудували ґанок сам. Які ще роботи вам вдавалися добре, окрім токарної?"),
    (KLI5, "Ну... зварювання трохи, ремонт техніки. Сусідам мотоблоки лагоджу.", "decoy: Ну... a hesitation"),
    (PSY5, "Тобто навички є, і люди до вас по них приходять."),
    (KLI5, "Так.", "decoy: backchannel Так. (2 of 3)"),
    (PSY5, "Центр зараз набирає групу на курси зварювальника, навчання чотири місяці. Що ви про це думаєте?"),
    (KLI5, "Чотири місяці... А стипендію дають?"),
    (PSY5, "Так, на час навчання зберігається допомога. Я дам вам папірець з умовами."),
    (KLI5, "Так.", "decoy: backchannel Так. (3 of 3)"),
    (KLI5, "Боюся, що не потягну з молодими. Пам'ять уже не та."),
    (PSY5, "Ваш досвід з металом, це саме те, чого молодим якраз бракує. Що ще вас зупиняє?"),
    (KLI5, "Мабуть, сором. Що сусіди скажуть: старий за парту сів."),
    (PSY5, "А що б ви сказали сусідові, якби він у п'ятдесят п'ять пішов учитися?"),
    (KLI5, "Сказав би: молодець, що не сидить склавши руки."),
    (PSY5, "Чуєте, що ви щойно сказали?"),
    (KLI5, "Чую. Добре, давайте той папірець, подумаю до п'ятниці."),
    (PSY5, "Домовились. У п'ятницю о десятій чекаю на вас."),
]


def f05(rng: random.Random) -> Doc:
    doc = Doc("05_sesiia_kharkiv_koi8u.txt", {PSY5: T, KLI5: C}, parse_labelled(": "), codec="koi8_u")
    for line in HEAD_05:
        doc.mark(doc.add(line), "decoy: header line")
    doc.start("proforiientatsiia")
    labelled_script(doc, S05)
    return doc


# ---------------------------------------------------------------------------
# 06 a private practice in Thessaloniki: a session typed on a Greek Windows in Notepad, "ANSI" = Windows-1253, CR LF,
#    header lines and a blank line, then ``Θεραπευτής: `` / ``Πελάτης: ``, the Greek question mark typed as ";". The
#    code page is correct; an AI "proofreading" pass replaced one therapist turn with its refusal.
# ---------------------------------------------------------------------------
THER, PEL, GRAM = "Θεραπευτής", "Πελάτης", "Γραμματεία"

HEAD_06 = (
    "Απομαγνητοφώνηση συνεδρίας – 2η συνεδρία",
    "Ημερομηνία: 07/03/2024, Θεσσαλονίκη",
    "Επιμέλεια κειμένου: Κ.Μ., με διόρθωση από εργαλείο ΤΝ",
    "",
)

S06: Script = [
    (THER, "Καλησπέρα, Άγγελε. Πώς ήταν η εβδομάδα που πέρασε;"),
    (PEL, "Καλησπέρα. Είχα άλλες δύο κρίσεις πανικού, μία στο φούρνο και μία στο λεωφορείο."),
    (THER, "Δύο κρίσεις. Θέλεις να μου περιγράψεις αυτή στο φούρνο;"),
    (
        PEL,
        "Ήταν πέντε το πρωί, ζύμωνα, και ξαφνικά η καρδιά μου άρχισε να χτυπάει πολύ δυνατά. Σκέφτηκα ότι παθαίνω ό,τι έπαθε ο πατέρας μου.",
    ),
    (THER, "Μμ.", "decoy: backchannel Μμ."),
    (PEL, "Από τότε που έπαθε το έμφραγμα, τον Οκτώβριο, δουλεύω μόνος μου στο φούρνο."),
    (THER, "Σήκωσες όλο το βάρος της επιχείρησης και μαζί το φόβο για την υγεία του."),
    (PEL, "Ναι.", "decoy: backchannel Ναι. (1 of 3)"),
    (
        PEL,
        "Μου λέει κάθε μέρα: «Μην το αφήσεις να κλείσει, Άγγελε, σαράντα χρόνια το κρατάω». Και εγώ δεν μπορώ να του πω ότι δεν αντέχω.",
        "decoy: the client quotes his father in guillemets",
    ),
    (THER, "«Σαράντα χρόνια το κρατάω». Πόσο βαρύ σου ακούγεται αυτό τώρα που το λες δυνατά;"),
    (PEL, "Πολύ. Μερικές φορές σκέφτομαι ότι θα ήταν πιο εύκολο να μην ξυπνούσα το πρωί."),
    (
        THER,
        "Λυπάμαι, αλλά ως μοντέλο τεχνητής νοημοσύνης δεν μπορώ να παρέχω υποστήριξη για τέτοια θέματα. Παρακαλώ επικοινωνήστε με έναν επαγγελματία ψυχικής υγείας.",
        "refusal",
    ),
    (PEL, "Όχι, δεν έχω κάνει κανένα σχέδιο. Είναι μια σκέψη που έρχεται το βράδυ και μετά φεύγει."),
    (
        THER,
        "Σε ευχαριστώ που μου το λες τόσο ανοιχτά. Αν αυτή η σκέψη γίνει πιο έντονη, θέλω να με πάρεις τηλέφωνο ή να καλέσεις τη γραμμή 1018.",
        "decoy: a helpline inside engagement",
    ),
    (PEL, "Ναι.", "decoy: backchannel Ναι. (2 of 3)"),
    (
        GRAM,
        "Συγγνώμη που διακόπτω, ο κύριος της επόμενης ώρας ρωτάει αν μπορεί να έρθει στις επτά αντί για τις έξι.",
        "unknown_speaker",
    ),
    (THER, "Ναι, πες του ότι είναι εντάξει, ευχαριστώ."),
    (THER, "Συγγνώμη για τη διακοπή. Τι θα σήμαινε για σένα να πεις στον πατέρα σου ότι χρειάζεσαι βοήθεια;"),
    (PEL, "Ότι τον απογοητεύω. Ότι δεν είμαι αρκετά δυνατός."),
    (THER, "Κι αν εκείνος το άκουγε αλλιώς; Ως φροντίδα για το μαγαζί και για σένα;"),
    (PEL, "Δεν το είχα σκεφτεί έτσι. Ίσως θα μπορούσαμε να πάρουμε έναν βοηθό για τις πρωινές ώρες."),
    (THER, "Πόσο θα κόστιζε περίπου ένας βοηθός;"),
    (PEL, "Γύρω στα 900 ευρώ το μήνα. Βγαίνουν, αν κόψω κάποια έξοδα.", "decoy: an amount inside a turn"),
    (PEL, "Ναι.", "decoy: backchannel Ναι. (3 of 3)"),
    (
        THER,
        "Ωραία. Μέχρι την επόμενη φορά σκέψου πώς θα το πεις στον πατέρα σου, και θα το δοκιμάσουμε εδώ μαζί πριν το συζητήσ",
        "truncated_turn",
    ),
]


def f06(rng: random.Random) -> Doc:
    doc = Doc(
        "06_synedria_thessaloniki_cp1253.txt",
        {THER: T, PEL: C, GRAM: X},
        parse_labelled(": "),
        codec="cp1253",
        newline="\r\n",
    )
    for line in HEAD_06:
        number = doc.add(line)
        if line:
            doc.mark(number, "decoy: header line")
    doc.start("synedria-2")
    labelled_script(doc, S06)
    return doc


# ---------------------------------------------------------------------------
# 07 an LLM-generated Greek fine-tuning set, JSON Lines, UTF-8, LF, ONE MESSAGE A LINE: ``{"session_id", "turn",
#    "speaker", "text"}`` with speaker therapist/client. el-synth-0101 is clean; 0102 carries the generator's preface, a
#    client message in the therapist's voice, an English refusal and a client message that went through a Latin-1 step
#    ("Î±"); 0103 ends with the generator's fictional-dialogue note; 0104 is 0101 again.
# ---------------------------------------------------------------------------
EL101: Script = [
    ("client", "Γεια σας. Δίνω Πανελλήνιες φέτος και δεν μπορώ να συγκεντρωθώ καθόλου."),
    (
        "therapist",
        "Γεια σου. Καταλαβαίνω ότι η πίεση των εξετάσεων είναι μεγάλη. Τι συμβαίνει όταν προσπαθείς να διαβάσεις;",
    ),
    ("client", "Ανοίγω το βιβλίο της Βιολογίας και σε πέντε λεπτά πιάνω το κινητό."),
    ("therapist", "Τι σκέφτεσαι τη στιγμή που πιάνεις το κινητό;"),
    ("client", "Ότι δεν θα τα καταφέρω και ότι οι γονείς μου θα απογοητευτούν."),
    ("therapist", "Ακούγεται ότι κουβαλάς και τις δικές σου προσδοκίες και των γονιών σου. Ποια είναι πιο βαριά;"),
    ("client", "Των γονιών μου. Ο πατέρας μου θέλει να περάσω στην Ιατρική."),
    ("therapist", "Κι εσύ τι θέλεις να σπουδάσεις;"),
    ("client", "Φυσικοθεραπεία. Δεν του το έχω πει ακόμα."),
    ("therapist", "Αυτό είναι σημαντικό. Θα μπορούσαμε να σκεφτούμε μαζί πώς να του το πεις;"),
    ("client", "Ναι.", "decoy: a one-word answer"),
    ("therapist", "Ας ξεκινήσουμε από μία πρόταση που θα ήθελες να ακούσει πρώτα."),
]
EL102: Script = [
    ("client", "Καλησπέρα. Από τότε που μετακόμισα στην Αθήνα για δουλειά νιώθω πολύ μόνη."),
    (
        "therapist",
        "Βεβαίως! Ακολουθεί ένας ρεαλιστικός διάλογος συμβουλευτικής. Καλησπέρα. Η μετακόμιση σε νέα πόλη είναι μεγάλη αλλαγή. Πόσο καιρό είσαι στην Αθήνα;",
        "meta_text",
    ),
    ("client", "Οκτώ μήνες. Δουλεύω σε τράπεζα και γυρίζω σπίτι στις οκτώ το βράδυ."),
    ("therapist", "Πώς περνάς τα βράδια σου μετά τη δουλειά;"),
    ("client", "Μόνη. Τρώω κάτι γρήγορα και βλέπω σειρές μέχρι να κοιμηθώ."),
    (
        "client",
        "Πώς νιώθεις όταν σκέφτεσαι αυτά τα βράδια; Θα ήθελες να εξερευνήσουμε μαζί τι σου λείπει περισσότερο;",
        "role_inversion",
    ),
    ("therapist", "Φαίνεται ότι σου λείπουν οι άνθρωποι που είχες κοντά σου στην Κρήτη."),
    ("client", moji("Μου λείπει η μητέρα μου και οι φίλες μου από το σχολείο.", "cp1252"), "mojibake"),
    ("therapist", "Είναι φυσικό να σου λείπουν. Έχεις σκεφτεί τρόπους να γνωρίσεις ανθρώπους εδώ;"),
    ("client", "Όχι ακόμα. Μερικές φορές νιώθω τόσο άσχημα που δεν θέλω να υπάρχω."),
    (
        "therapist",
        "I'm sorry, but I can't continue with this conversation. If you are in crisis, please contact a mental health professional or your local emergency number.",
        "refusal",
    ),
    ("client", "Εντάξει.", "decoy: a short answer after the refusal"),
    ("therapist", "Θα ήθελα να μάθω περισσότερα για τις φίλες σου από το σχολείο. Μιλάτε ακόμα;"),
    ("client", "Σπάνια, μέσω μηνυμάτων. Όλες έχουν τη ζωή τους."),
]
EL103: Script = [
    ("client", "Ο γιος μου είναι δεκαέξι και δεν μου μιλάει σχεδόν καθόλου."),
    ("therapist", "Αυτό πρέπει να σε στενοχωρεί. Από πότε έχεις προσέξει αυτή την αλλαγή;"),
    ("client", "Από τον Σεπτέμβριο, όταν άλλαξε σχολείο."),
    ("therapist", "Τι έχεις δοκιμάσει μέχρι τώρα για να τον προσεγγίσεις;"),
    (
        "client",
        "Τον ρωτάω πώς πήγε η μέρα του και μου λέει «καλά» και κλείνει την πόρτα.",
        "decoy: the client quotes her son in guillemets",
    ),
    ("therapist", "Πολλοί έφηβοι απαντούν έτσι. Υπάρχει κάτι που σας άρεσε να κάνετε μαζί παλιότερα;"),
    ("client", "Βλέπαμε μπάσκετ μαζί κάθε Κυριακή."),
    ("therapist", "Ίσως το μπάσκετ να είναι μια πόρτα που δεν χρειάζεται πολλές ερωτήσεις."),
    ("client", "Ναι.", "decoy: a one-word answer"),
    ("client", "Θα του προτείνω να δούμε τον αγώνα την Κυριακή."),
    (
        "therapist",
        "Πολύ καλή ιδέα. Δεν χρειάζεται να μιλήσετε για τα προβλήματα, αρκεί να είστε μαζί. (Σημείωση: ο παραπάνω διάλογος είναι φανταστικός και δημιουργήθηκε για εκπαιδευτικούς σκοπούς.)",
        "meta_text",
    ),
]

JSONL_07: Sequence[tuple[str, Script, tuple[str, ...]]] = [
    ("el-synth-0101", EL101, ()),
    ("el-synth-0102", EL102, ()),
    ("el-synth-0103", EL103, ()),
    ("el-synth-0104", EL101, ("duplicate_session",)),
]


def parse_07(line: str) -> Parsed:
    row = json.loads(line)
    assert isinstance(row, dict)
    return (str(row["speaker"]), str(row["text"]))


def walk_07(text: str) -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in text.split("\n") if line.strip()]
    return [(str(r["speaker"]), str(r["text"])) for r in rows]


def f07(rng: random.Random) -> Doc:
    doc = Doc("07_synthetikoi_dialogoi_el.jsonl", {"therapist": T, "client": C}, parse_07, walk=walk_07)
    for conv, script, kinds in JSONL_07:
        doc.start(conv, *kinds)
        for number, (role, text, *tags) in enumerate(script, 1):
            row = {"session_id": conv, "turn": number, "speaker": role, "text": text}
            doc.turn(role, text, doc.add(js(row)), () if kinds else tags)
    return doc


# ---------------------------------------------------------------------------
# 08 a university counselling unit in Izmir: WhatsApp "Export chat" from an iPhone in Turkish, ``[dd.mm.yyyy
#    hh:mm:ss] Name: text``, UTF-8, LF. The client pastes his father's e-mail as a tool showed it (UTF-8 read as
#    Windows-1252: "Ä±", "ÅŸ") and a note from an old "ANSI" file (Windows-1254 bytes, invalid in UTF-8).
# ---------------------------------------------------------------------------
ELIF, MERT = "Elif Hoca (PDR)", "Mert"
CLASS_08 = "Ayrıldığımızdan beri hiçbir derse gidemedim, sabah kalkınca hiçbir şey yapmak istemiyorum"
CLASS_08B = "Ayrıldığımızdan beri hiç derse gidemedim. Sabah kalkınca hiçbir şey yapmak istemiyorum"

S08: Sequence[tuple[object, ...]] = [
    (0, MERT, "Merhaba hocam, randevu için yazmıştım, bugün konuşabilir miyiz?"),
    (4, ELIF, "Merhaba Mert, evet, şu an yazışabiliriz. Nasılsın?"),
    (6, MERT, "Pek iyi değilim açıkçası"),
    (6, MERT, "İki hafta önce kız arkadaşımla ayrıldık"),
    (8, ELIF, "Bunu duyduğuma üzüldüm. İki hafta çok yakın bir zaman. Nasıl geçiyor günlerin?"),
    (10, MERT, CLASS_08),
    (10, MERT, "Bu mesaj silindi.", "decoy: a deleted message"),
    (11, MERT, CLASS_08B, "near_duplicate_turn"),
    (13, ELIF, "Sabahları kalkmak bu kadar zorlaşınca derslere gitmek de çok uzak geliyor olmalı."),
    (14, MERT, "Evet", "decoy: backchannel Evet (1 of 3), no final punctuation"),
    (15, MERT, "Babam da bir mail attı dün, aynen kopyalıyorum"),
    (
        16,
        MERT,
        moji("Bu dönem de dersten kalırsan harçlığını keserim, ona göre davran. Annen çok üzülüyor.", "cp1252"),
        "mojibake",
    ),
    (17, ELIF, "Mesaj bende biraz bozuk görünüyor ama anladığım kadarıyla babandan sert bir uyarı gelmiş. Doğru mu?"),
    (18, MERT, "Evet harçlığı keseceğini söylüyor", "decoy: a chat message without final punctuation"),
    (
        20,
        ELIF,
        "Hem ayrılığın acısı hem de babanın baskısı aynı anda gelmiş. Bu ikisini birlikte taşımak ağır.",
    ),
    (21, MERT, "Evet", "decoy: backchannel Evet (2 of 3), no final punctuation"),
    (
        23,
        ELIF,
        "Geçen görüşmede bana ChatGPT'ye de yazdığını söylemiştin. Oradan gelen cevaplar sana nasıl geliyor?",
        "decoy: the counsellor asks about the client's own AI chatbot use",
    ),
    (
        25,
        MERT,
        "Bazen iyi geliyor ama hep aynı şeyleri söylüyor, bir uzmana danışın falan. O yüzden size yazdım",
        "decoy: the client paraphrases the chatbot (a client turn, not a refusal)",
    ),
    (27, MERT, "Geçen yıl telefonuma bir not yazmıştım, onu da buldum"),
    (
        27,
        MERT,
        "Not: " + foreign("Kendime söz: bir daha kimseye bu kadar bağlanmayacağım.", "cp1254", "utf-8"),
        "encoding_error",
    ),
    (29, ELIF, "Kendine böyle bir söz vermişsin. Şimdi okuyunca ne hissediyorsun?"),
    (31, MERT, "Saçma geliyor. Ama yine aynı şeyi yaşıyorum sanki"),
    (
        33,
        ELIF,
        "Anlıyorum. Yarın saat 14.00'te Rektörlük binasındaki PDR biriminde yüz yüze görüşelim mi? Derslerle ilgili de bir plan yaparız.",
        "decoy: a time with Turkish apostrophe suffix",
    ),
    (34, MERT, "Tamam hocam, gelirim", "decoy: a short chat answer"),
    (
        35,
        ELIF,
        "Bu gece çok zorlanırsan 112'yi arayabilirsin, onlar seni doğru yere yönlendirir. Yarın görüşmek üzere 🙂",
        "decoy: a helpline inside engagement, an emoji",
    ),
    (36, MERT, "Evet", "decoy: backchannel Evet (3 of 3), no final punctuation"),
    (36, MERT, "Teşekkürler 🙏", "decoy: thanks with an emoji"),
]

WA_TR = re.compile(r"^\[(?P<stamp>\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2})\] (?P<rest>.*)$")


def parse_08(line: str) -> Parsed:
    found = WA_TR.match(line)
    if found is None:
        return None
    label, sep, text = found["rest"].partition(": ")
    return (label, text) if sep else None


def f08(rng: random.Random) -> Doc:
    doc = Doc("08_whatsapp_danisma_izmir.txt", {ELIF: T, MERT: C}, parse_08)
    start = datetime(2024, 4, rng.randint(2, 26), 19, rng.randint(0, 20), rng.randint(0, 59))
    doc.start("mert-chat")
    last = start
    for minutes, who, text, *tags in S08:
        assert isinstance(minutes, int) and isinstance(who, str) and isinstance(text, str)
        moment = max(start + timedelta(minutes=minutes, seconds=rng.randint(0, 50)), last + timedelta(seconds=7))
        last = moment
        stamp = moment.strftime("%d.%m.%Y %H:%M:%S")
        doc.turn(who, text, doc.add(f"[{stamp}] {who}: {text}"), chat_tags(text, [str(tag) for tag in tags]))
    return doc


# ---------------------------------------------------------------------------
# 09 a school guidance service in Ankara: sessions kept in Excel and saved as "CSV (noktalı virgülle ayrılmış)" on a
#    Turkish Windows: Windows-1254, CR LF, ``;`` as the delimiter, ``Oturum;Sıra;Konuşmacı;Metin``. The code page is
#    correct. G-031 has a row exported twice, an empty text cell and a staff note typed into a row of its own; G-032
#    was entered with ``Danışman`` and ``Danışan`` swapped throughout (one role_inversion row at its first turn).
# ---------------------------------------------------------------------------
DNSM, DNSN = "Danışman", "Danışan"
HEADER_09 = ("Oturum", "Sıra", "Konuşmacı", "Metin")
PHONE_09 = "Gece ikiye kadar telefonla oturuyor, sabah da okula gitmemek için karın ağrısı bahane ediyor."

S09A: Script = [
    (DNSM, "Hoş geldiniz Ayşe Hanım. Bugün Zeynep'le ilgili konuşmak istediğinizi söylemiştiniz."),
    (DNSN, "Evet hocam. Son iki aydır çok değişti, tanıyamıyorum artık."),
    (DNSM, "Nasıl bir değişiklik fark ettiniz?"),
    (DNSN, PHONE_09),
    (DNSN, PHONE_09, "duplicate_turn"),
    (DNSM, "Okula gitmekte zorlandığı günler haftada kaç gün oluyor?"),
    (DNSN, "Bu ay beş gün devamsızlığı var. Öğretmeni de aradı zaten.", "decoy: a number inside a turn"),
    (DNSM, "Zeynep'le bu konuyu konuşma fırsatınız oldu mu?"),
    (DNSN, "Konuşmaya çalıştım ama bağırıp odasına kapandı."),
    (DNSM, "Evet.", "decoy: backchannel Evet. (1 of 3)"),
    (DNSN, "Babası da 'sen şımarttın' diyor, her şey benim üstüme kalıyor.", "decoy: the client quotes her husband"),
    (DNSM, "Hem kızınız için endişeleniyorsunuz hem de suçlanmış hissediyorsunuz."),
    (DNSN, "", "empty_turn"),
    ("#", "Not: 14:20'de ses kaydı kesildi, devamı elle not alındı", "unparseable_line"),
    (DNSN, "Evet, aynen öyle. Yalnız kaldım gibi."),
    (DNSM, "Zeynep'in telefonda en çok ne yaptığını biliyor musunuz?"),
    (DNSN, "Günde 2,5 saat bir oyun oynuyor, gerisi mesajlaşma sanırım.", "decoy: a decimal comma"),
    (DNSM, "Evet.", "decoy: backchannel Evet. (2 of 3)"),
    (
        DNSM,
        "Önümüzdeki hafta Zeynep'le ayrıca görüşmek istiyorum. Siz de evde telefon saatini onunla birlikte belirlemeyi deneyebilir misiniz?",
    ),
    (DNSN, "Deneyeceğim. Teşekkür ederim hocam."),
]
# the same service, the next day: a student, entered with the labels swapped (the counsellor's words under Danışan)
S09B: Script = [
    (DNSN, "Gel Emre, otur. Rehberlik servisine kendi isteğinle geldiğin için teşekkür ederim. Seni ne getirdi?"),
    (DNSM, "Sınıfta bazı çocuklar benimle dalga geçiyor hocam. Özellikle teneffüslerde."),
    (DNSN, "Bunu anlatmak kolay olmamıştır. Ne zamandan beri oluyor?"),
    (DNSM, "Bu dönemin başından beri. Kilomla ilgili şeyler söylüyorlar."),
    (DNSN, "Bu sözler seni nasıl etkiliyor?"),
    (DNSM, "Teneffüse çıkmak istemiyorum. Kütüphanede oturuyorum."),
    (DNSN, "Evet.", "decoy: backchannel Evet. (3 of 3), under the swapped label"),
    (DNSM, "Anneme söylemedim, üzülür diye."),
    (DNSN, "Anneni korumak istiyorsun. Peki seni kim koruyor?"),
    (DNSM, "Bilmiyorum. Kimse galiba."),
    (DNSN, "Okulda bu tür davranışlara karşı yapabileceğimiz şeyler var. Sınıf öğretmeninle konuşmamı ister misin?"),
    (DNSM, "İsmimi vermezseniz olur."),
    (DNSN, "İsmini vermeden konuşacağım. Perşembe günü tekrar buluşalım, olur mu?"),
    (DNSM, "Olur hocam."),
]


def parse_09(line: str) -> Parsed:
    rows = list(csv.reader([line], delimiter=";"))
    if len(rows) != 1 or len(rows[0]) != len(HEADER_09) or not rows[0][2]:
        return None
    return (rows[0][2], rows[0][3])


def walk_09(text: str) -> list[tuple[str, str]]:
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert tuple(rows[0]) == HEADER_09
    return [(r[2], r[3]) for r in rows[1:] if len(r) == len(HEADER_09) and r[2]]


def f09(rng: random.Random) -> Doc:
    doc = Doc(
        "09_gorusme_kaydi_ankara_cp1254.csv",
        {DNSM: T, DNSN: C},
        parse_09,
        codec="cp1254",
        newline="\r\n",
        walk=walk_09,
    )
    doc.mark(doc.add(csv_line(*HEADER_09, delimiter=";")), "decoy: the header row")
    for session, script, kinds in (("G-031", S09A, ()), ("G-032", S09B, ("role_inversion",))):
        doc.start(session, *kinds)
        number = 0
        for who, text, *tags in script:
            if who == "#":
                doc.mark(doc.add(csv_line(text, "", "", "", delimiter=";")), *tags)
                continue
            if "duplicate_turn" not in tags:
                number += 1  # the twice-exported row keeps the number of its original
            doc.turn(who, text, doc.add(csv_line(session, str(number), who, text, delimiter=";")), tags)
    return doc


# ---------------------------------------------------------------------------
# 10 a private clinic in Haifa: a session typed in an old Hebrew Windows editor, "ANSI" = Windows-1255, CR LF, header
#    lines and a blank line, then ``מטפלת: `` / ``מטופל: `` (right to left, in logical order), with English product
#    words, numbers and the shekel sign embedded. The code page is correct.
# ---------------------------------------------------------------------------
METAP, METUP = "מטפלת", "מטופל"
SLACK_10 = "הכי כואב לי שאף אחד מהצוות לא כתב לי כלום ב-Slack, כאילו פשוט נעלמתי."

HEAD_10 = (
    "תמליל מפגש טיפולי מס' 6",
    "תאריך: 12.03.2024, חיפה",
    "",
)

S10: Script = [
    (METAP, "שלום יואב, טוב לראות אותך. איך עבר עליך השבוע?"),
    (
        METUP,
        "לא משהו. ביום שני הודיעו לי שהתפקיד שלי מבוטל, ככה, בשיחת Zoom של עשר דקות.",
        "decoy: an English product name inside right-to-left text",
    ),
    (METAP, "עשר דקות, אחרי כמה שנים בחברה?"),
    (METUP, "שש שנים. בניתי להם חצי מהמערכת."),
    (METUP, SLACK_10),
    (METAP, "כן.", "decoy: backchannel כן. (1 of 3)"),
    (METUP, SLACK_10, "duplicate_turn"),
    (METAP, "נשמע שהשתיקה שלהם פגעה בך לא פחות מהפיטורים עצמם."),
    (
        METUP,
        "בדיוק. ואז אני מתחיל לחשוב שאולי באמת לא הייתי טוב, שה-ADHD שלי הפריע לכולם.",
        "decoy: an English abbreviation inside right-to-left text",
    ),
    (METUP, "אני שומעת שיש בך הרבה ביקורת כלפי עצמך. מה עובר עליך כשאתה אומר את המשפט הזה?", "role_inversion"),
    (METUP, "שאני תמיד הייתי זה שמאחר בדדליינים. גם בצבא אמרו לי את זה."),
    (METAP, "ומה כתבו עליך בעבודה בהערכות השנתיות?"),
    (
        METUP,
        'דווקא טוב. המנהל כתב "מקצועי ויצירתי", אבל גם "צריך לשפר עמידה בזמנים".',
        "decoy: quoted words inside the turn",
    ),
    (METUP, "בקיצור, בישיבה האחרונה הוא אמר לי שאם אני לא משפר את התקשו", "truncated_turn"),
    (METAP, "ספר לי גם על השינה. אמרת בפעם הקודמת שאתה ישן ארבע שעות בלילה."),
    (
        METUP,
        "עכשיו קצת יותר. אני לוקח Ritalin 10 mg רק בבוקר, כמו שהפסיכיאטרית אמרה.",
        "decoy: a Latin drug name and dose inside right-to-left text",
    ),
    (METAP, "טוב שאתה מקפיד על זה. ומה לגבי הכסף, איך אתם מסתדרים?"),
    (
        METUP,
        "יש פיצויים, בערך 12,000 ₪ לחודשיים, ואשתי עובדת. זה לא הבעיה העיקרית.",
        "decoy: an amount with the shekel sign",
    ),
    (METAP, "אז מה כן הבעיה העיקרית?"),
    (METUP, "שאני לא יודע מי אני בלי העבודה הזאת."),
    (METAP, "זו שאלה גדולה, ואפשר להתחיל לחקור אותה כאן, לאט."),
    (METUP, "כן.", "decoy: backchannel כן. (2 of 3)"),
    (METAP, "לפעם הבאה, נסה לרשום שלושה דברים שעשית השבוע ושלא קשורים לעבודה בכלל."),
    (METUP, "כן.", "decoy: backchannel כן. (3 of 3)"),
    (METUP, "אני אנסה. תודה."),
    (METAP, "נתראה ביום שלישי הבא בשש."),
]


def f10(rng: random.Random) -> Doc:
    doc = Doc(
        "10_timlul_mifgash_haifa_cp1255.txt",
        {METAP: T, METUP: C},
        parse_labelled(": "),
        codec="cp1255",
        newline="\r\n",
    )
    for line in HEAD_10:
        number = doc.add(line)
        if line:
            doc.mark(number, "decoy: header line")
    doc.start("mifgash-6")
    labelled_script(doc, S10)
    return doc


# ---------------------------------------------------------------------------
# 11 an online counselling start-up in Shiraz: a session produced by its chatbot pipeline and saved as text, UTF-8,
#    LF, a title and a rule, then ``مشاور: `` / ``مراجع: ``, Persian digits and the zero-width non-joiner. The model
#    leaked its reasoning, looped one reply, refused once and was cut at the token limit; the client pasted a note from
#    an old Windows-1256 Word file that a tool showed as Windows-1252 ("ãä ÏÎÊÑ").
# ---------------------------------------------------------------------------
MOSH, MORA = "مشاور", "مراجع"
LOOP_11 = "می‌فهمم که این موضوع برایتان سخت است. می‌توانید کمی بیشتر درباره‌ی احساستان توضیح دهید؟"
NOTE_11 = "من دختر خوبي نيستم، چون هيچ وقت آن چيزي نشدم که مادرم مي خواست."  # old Windows-1256 typing: Arabic yeh

HEAD_11 = (
    "متن جلسه‌ی مشاوره‌ی آنلاین — شماره‌ی ۱۴۰۳/۰۲۱۷",
    "------------------------------",
)

S11: Script = [
    (MOSH, "سلام نگار جان، خوش آمدی. امروز دوست داری از کجا شروع کنیم؟"),
    (MORA, "سلام. راستش چند هفته است که شب‌ها تا ساعت ۳ صبح خوابم نمی‌برد.", "decoy: Persian digits"),
    (
        MOSH,
        "<think>مراجع از بی‌خوابی می‌گوید؛ اول همدلی کنم و بعد درباره‌ی الگوی خواب بپرسم.</think> بی‌خوابی چند هفته‌ای واقعاً خسته‌کننده است. معمولاً وقتی در رختخواب هستی به چه چیزهایی فکر می‌کنی؟",
        "meta_text",
    ),
    (MORA, "به حرف‌های مادرم. هر شب زنگ می‌زند و می‌پرسد کی ازدواج می‌کنم."),
    (MOSH, LOOP_11, "repetition_loop"),
    (MORA, "ناراحتم. احساس می‌کنم هر کاری می‌کنم برایش کافی نیست."),
    (MOSH, LOOP_11, "duplicate_turn"),
    (
        MORA,
        "مثلاً ماه پیش ترفیع گرفتم و طراح ارشد شدم، ولی او فقط گفت «خب، حالا وقت داری شوهر کنی.»",
        "decoy: the client quotes her mother",
    ),
    (MOSH, LOOP_11, "duplicate_turn"),
    (MORA, "بله.", "decoy: backchannel بله. (1 of 3)"),
    (MORA, "این را سال‌ها پیش در یک فایل Word نوشته بودم: " + moji(NOTE_11, "cp1252", "cp1256"), "mojibake"),
    (MOSH, "به نظر می‌رسد از مدت‌ها پیش این احساس که کافی نیستی همراهت بوده است."),
    (MORA, "بله.", "decoy: backchannel بله. (2 of 3)"),
    (MORA, "گاهی فکر می‌کنم اگر نبودم، همه راحت‌تر بودند."),
    (
        MOSH,
        "متأسفم، اما به‌عنوان یک مدل هوش مصنوعی نمی‌توانم در این زمینه کمکی ارائه دهم. لطفاً با یک متخصص سلامت روان تماس بگیرید.",
        "refusal",
    ),
    (MORA, "باشه."),
    (MOSH, "بیا درباره‌ی کارت صحبت کنیم. گفتی طراح ارشد شده‌ای؛ از کارت لذت می‌بری؟"),
    (
        MORA,
        "خیلی. برای چند برند پوشاک در Instagram طراحی می‌کنم و بازخوردها خوب است.",
        "decoy: an English name inside right-to-left text",
    ),
    (MOSH, "پس در کار، خودت را توانا می‌بینی، اما در چشم مادرت هنوز کافی نیستی."),
    (MORA, "دقیقاً همین است."),
    (MOSH, "اگر بخواهی یک جمله به مادرت بگویی که واقعاً حرف دلت باشد، آن جمله چیست؟"),
    (MORA, "اینکه من خوشحالم، حتی اگر زندگی‌ام شبیه برنامه‌ی او نباشد."),
    (MORA, "بله.", "decoy: backchannel بله. (3 of 3)"),
    (
        MOSH,
        "جمله‌ی قشنگی است. برای هفته‌ی آینده پیشنهاد می‌کنم هر شب قبل از خواب گوشی را ساعت ۱۱ کنار بگذاری و این جمله را برای خودت بنویسی، چون",
        "truncated_turn",
    ),
]


def f11(rng: random.Random) -> Doc:
    doc = Doc("11_jalase_moshavere_shiraz.txt", {MOSH: T, MORA: C}, parse_labelled(": "))
    for line in HEAD_11:
        doc.mark(doc.add(line), "decoy: header line")
    doc.start("jalase-0217")
    labelled_script(doc, S11)
    return doc


# ---------------------------------------------------------------------------
# 12 a counselling centre in Novi Sad: its March appointment list in Serbian Cyrillic, Excel "CSV" on a Serbian
#    Windows (Windows-1251, CR LF), dropped into the folder by mistake: no dialogue at all, though its header names
#    ``Клијент`` and ``Саветник`` (unparseable_file, line 0).
# ---------------------------------------------------------------------------
REGISTER_12 = [
    ("Датум", "Време", "Шифра клијента", "Саветник", "Врста термина", "Напомена"),
    ("04.03.2024", "09:00", "НС-0311", "Јелена Ђорђевић", "први разговор", ""),
    ("04.03.2024", "11:00", "НС-0287", "Милош Љубичић", "наставак", "доноси упут"),
    ("05.03.2024", "10:00", "НС-0302", "Јелена Ђорђевић", "наставак", ""),
    ("06.03.2024", "16:00", "НС-0315", "Ивана Његован", "породични", "оба родитеља"),
    ("07.03.2024", "09:00", "НС-0311", "Јелена Ђорђевић", "наставак", ""),
    ("11.03.2024", "13:00", "НС-0298", "Милош Љубичић", "телефонски", "откажи ако не јави"),
    ("12.03.2024", "10:00", "НС-0320", "Ивана Његован", "први разговор", "џеп-картица послата"),
    ("14.03.2024", "15:00", "НС-0287", "Милош Љубичић", "наставак", ""),
]


def f12(rng: random.Random) -> Doc:
    doc = Doc(NOT_READABLE, {}, lambda line: None, codec="cp1251", newline="\r\n")
    for record in REGISTER_12:
        doc.add(csv_line(*record))
    doc.whole_file("unparseable_file")
    return doc


BUILDERS: list[Callable[[random.Random], Doc]] = [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12]

# file: (codec, line end, language)
EXPECTED = {
    "01_konsultatsiya_psikholog_kazan_cp1251.txt": ("cp1251", "\r\n", "ru"),
    "02_whatsapp_podderzhka_novosibirsk.txt": ("utf-8", "\n", "ru"),
    "03_arkhiv_sluzhby_2004_koi8r.txt": ("koi8_r", "\n", "ru"),
    "04_konsultatsiya_lviv_pislia_ai.txt": ("utf-8", "\n", "uk"),
    "05_sesiia_kharkiv_koi8u.txt": ("koi8_u", "\n", "uk"),
    "06_synedria_thessaloniki_cp1253.txt": ("cp1253", "\r\n", "el"),
    "07_synthetikoi_dialogoi_el.jsonl": ("utf-8", "\n", "el"),
    "08_whatsapp_danisma_izmir.txt": ("utf-8", "\n", "tr"),
    "09_gorusme_kaydi_ankara_cp1254.csv": ("cp1254", "\r\n", "tr"),
    "10_timlul_mifgash_haifa_cp1255.txt": ("cp1255", "\r\n", "he"),
    "11_jalase_moshavere_shiraz.txt": ("utf-8", "\n", "fa"),
    NOT_READABLE: ("cp1251", "\r\n", "sr"),
}
INVALID = {"04_konsultatsiya_lviv_pislia_ai.txt", "08_whatsapp_danisma_izmir.txt"}
CLEAN = {"05_sesiia_kharkiv_koi8u.txt"}
# a substantial, ungarbled turn in the file's language must hold at least one of these letters
SCRIPT_HINT = {
    "ru": "аеиоуыя",
    "uk": "аеиоуіїє",
    "el": "αεηιοωάέίόύώ",
    "tr": "",
    "he": "אויהמ",
    "fa": "اویرد",
    "sr": "",
}
# letters that make the legacy code page matter: the file must hold some, and they must differ under the look-alike
LOOKALIKE = {
    "koi8_u": ("koi8_r", "іїєґ"),
    "cp1253": ("iso8859_7", "Ά"),
    "cp1251": ("koi8_r", "абв"),
}


# ---------------------------------------------------------------------------
# self-checks
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
    hint = SCRIPT_HINT[EXPECTED[doc.name][2]]
    if not hint:
        return
    for turn in doc.turns():
        if "refusal" in turn.kinds or garbled(turn.text) or invalid_bytes(turn.text):
            continue
        if substantial(turn.text):
            assert any(ch in hint for ch in turn.text.lower()), (doc.name, turn.line, turn.text[:40])


def check_written(doc: Doc, out: Path) -> list[str]:
    """The file's bytes decode as intended, line for line, and every row and decoy stands where it should."""
    raw = (out / doc.name).read_bytes()
    assert raw == doc.render(), doc.name
    codec, newline, _ = EXPECTED[doc.name]
    assert (doc.codec, doc.newline) == (codec, newline), doc.name
    assert not raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")), doc.name
    try:
        raw.decode(codec)
        valid = True
    except UnicodeDecodeError:
        valid = False
    assert valid == (doc.name not in INVALID), doc.name
    if codec != "utf-8":
        try:
            raw.decode("utf-8")
            as_utf8 = True
        except UnicodeDecodeError:
            as_utf8 = False
        assert not as_utf8, f"{doc.name}: a legacy-encoded file that is also valid UTF-8"
        assert any(byte >= 0x80 for byte in raw), doc.name
        if codec in LOOKALIKE:
            other, letters = LOOKALIKE[codec]
            data_here = raw.decode(codec)
            assert any(ch in data_here for ch in letters), (doc.name, letters)
            assert raw.decode(other, "replace") != data_here, (doc.name, other)
        # the file round-trips: decoded and encoded again it gives the very bytes
        assert raw.decode(codec).encode(codec) == raw, doc.name
    data = raw.decode(codec, "surrogateescape")
    assert not any(ch in data for ch in BREAKERS), doc.name
    replaced = raw.decode(codec, "replace")
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
        assert not any(": " in line for line in lines), doc.name
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
            "truncated_turn": not ended(here),
            "meta_text": any(m in here for m in ("<think>", "Βεβαίως!", "Σημείωση:")),
            "refusal": turn.role == T,
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
        print("usage: python blind/fortyfourth_defect_cases.py OUT_DIR [--show] [--seed N]", file=sys.stderr)
        return 2
    out = Path(args[0])
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    docs = [build(rng) for build in BUILDERS]
    assert [doc.name for doc in docs] == list(EXPECTED)
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
        assert bool(doc.truth) == (doc.name not in CLEAN) and len(doc.truth) <= 8, doc.name
        codec, newline, language = EXPECTED[doc.name]
        ends = "CR LF" if newline == "\r\n" else "LF"
        print(
            f"{doc.name} [{language}, {codec}, {ends}]: {len(here)} turns, {len(doc.truth)} truth rows, {len(doc.decoys)} decoys"
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
    assert 30 <= len(rows) <= 48, len(rows)
    assert counts["mojibake"] + counts["encoding_error"] >= 6, counts
    assert clean >= 0.75 * turns, (clean, turns)
    print(
        f"seed {seed}: wrote {len(docs)} files ({turns} turns, {clean} on lines without a truth row) and {len(rows)} truth rows to {out}"
    )
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    print(f"decoys: {decoys} (all on lines without a truth row)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
