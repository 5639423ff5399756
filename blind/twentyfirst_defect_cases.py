# ruff: noqa: E501, RUF001, RUF002, RUF003
r"""Twenty-first set of blind defect cases for the transcript-cleaning product: realistic rates, five less-used languages.

Blind conditions, as followed. The only things read were: the first 15 lines of benchmarks/blind_defects.py (the
interface, printed with ``head -n 15``); a listing of blind/ (``ls -la blind``); /work/shared/README.md (``cat``); the
``[tool.ruff]`` sections of pyproject.toml (printed with a ``sed`` range, which also printed the four lines of the
``[tool.mypy]`` section that sits between them: a small slip); the docstrings of ALL twenty earlier case writers in
blind/ (printed with ``ast.get_docstring`` into a file under /tmp and paged with ``sed``; several pages came back cut
in the middle by the terminal and were paged again in smaller ranges, except some sixty lines in the middle of the
eleventh writer's file list, which were never shown) for the interface, the truth conventions, the defect kind names
and the containers, names, places, languages and topics already used; and the code of blind/twentieth_defect_cases.py,
paged with ``sed`` in parts (its constants, text helpers, document builder, the builders of its files 01-10 and parts
of their scripts, its self-checks, ``show_row`` and ``main``), which this file follows. ``grep`` was run, but only
over blind/*.py and printing only file names: loops over candidate languages, names, places and topics, to keep clear
of earlier writers (they showed that no earlier set used Czech, Romanian, Indonesian, Hindi or Greek, and led to
renaming thirteen planned people, some of them twice, and to changing a helpline, a town and one client's job). No
other file of the project was opened or grepped (no transforms, flows, synth, tests, schemas, sql, docs, README or
other benchmarks), nothing was read from /work/shared/corpora, and git was not run. Every transcript line below was
written for this set. The product, its tests, mypy and the benchmarks were never run. The only things run were: two
scratch snippets with the project's ``.venv`` python (where the 300th character falls in 06's long message, before and
after ``dekh`` became ``dhoondh`` to put the cut inside a word); this script, assembled with ``cat`` from parts
written under /tmp/s21 (``sed -i`` moved one chat's start time in a part before the first run); ``sed -i`` on this
file twice (08's quotation marks, below, and the ``r`` that makes this docstring raw) and three ``.venv`` python
snippets making exact text replacements in it (the renames below, the insertion of this docstring and two corrections
of it); ``ast.get_docstring`` on this file once; ``head``/``sed``/``cut``/``cat -A``/``wc`` on the written files and
``cmp`` on two ``truth.csv``; and ``ruff check`` / ``ruff format`` on this file alone. The truth tags were written
with the text, before the first run, and were never changed. The first run stopped before writing any file, in the
strict decoding of ``moji``: the closing curly double quote of 08's garbled paragraph has no Windows-1252 reading of
its third byte, so that paragraph's quotation marks became single curly quotes. The second run, into /tmp/s21/out with
``--show``, passed every self-check. What changed after it, none of it touching a truth tag or moving a line: four
names and words that a last grep found in earlier writers (``Gareth`` to ``Lyndon``, ``Shona`` to ``Mairi``, ``Leeds``
to ``Preston``, and the dental nurse of 10's first row became a pharmacy technician), ``ruff format``'s layout, and
this docstring. A last run of the module, into /tmp/s21/final with ``--show``, passed every self-check and wrote the
same ``truth.csv`` (``cmp``). Run as

    python blind/twentyfirst_defect_cases.py OUT_DIR [--show]

to write 10 files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR (``--show`` also
prints every truth row next to the line it names).

Emphasis: REALISTIC defect rates (568 turns, 54 truth rows, 0-8 a file, and 209 decoys, 194 of them on lines that
carry no truth row; the other 15 stand in 10's JSON Lines rows that also hold a defect, where they only tempt OTHER
kinds), so that false alarms on ordinary text weigh as much as recall, and the kinds users care most about, each
beside the look-alikes it must not fire on: truncated turns (a token limit mid-word, a 300-character chat field, a
paste cut short, a typist's gap, a recording that stopped, inside a quotation) beside trail-offs, ``--``
interruptions finished by the other speaker, captions continued by the next caption and chat messages without full
stops; role inversions (single turns both ways, a whole typed session and a whole generated dialogue with swapped
labels) beside client questions, clients quoting others, rehearsing their own words or saying what they would tell a
friend, and counsellors' self-disclosure; refusals (two English wordings, one Romanian, one Indonesian, one Hinglish
and one Greek) beside honest limits and apologies that engage; meta text (a generator's opening line, a ``(Note:
...)`` tail, a leaked technique tag, a ``Tentu! Berikut ...`` preamble, a response label, an AI clean-up tool's
label) beside stage directions, typists' notes and recording talk; exact and near repeats and three repetition loops
(a regenerated reply, an ASR loop) beside repeated backchannels, a bot greeting repeated in a new chat and clients
repeating a plan back; mojibake, invalid bytes and empty turns beside correct Czech, Romanian, Greek and Indonesian
text, an emoji and explained gaps. Containers, all common: plain text with role labels (02) and with speaker names
(01), Markdown (03 and the clean 09), JSON Lines chat rows (04), a JSON dataset of dialogues (05), CSV (06), WebVTT
captions (07), a Word text export with paragraph numbering (08) and a JSON Lines fine-tuning set (10). Four files are
not in English, in languages no earlier set used: 01 Czech, 04 Romanian, 05 Indonesian and 06 Hindi in Latin script
mixed with English (Hinglish); 10 holds one Greek conversation among English ones. 09 is entirely clean (86 turns, no
truth row). Encodings and line ends: all UTF-8 without a BOM; 06 (Python's ``csv`` default) and 08 (Word on Windows)
end their lines with CR LF, the others with LF; 01 and 02 each hold one turn with lone single-byte characters that
are not valid UTF-8.

* ``01_sezeni4_prepis_z_nahravky_cs.txt``: a Czech session typed from the audio, two header lines, then ``Jitka:
  text`` / ``Radek: text`` with a blank line after every turn (names only): a Brno tram driver, on sick leave after a
  young man with headphones stepped in front of his tram. Defects: a paragraph the typist retyped in an old editor
  that saved Windows-1250, its Czech letters lone bytes (encoding_error); a client paragraph pasted twice with
  ``znova`` changed to ``zase`` (near_duplicate_turn); the counsellor's reflection and proposal typed under
  ``Radek:`` (role_inversion); ``Jitka:`` with nothing after it (empty_turn); the recording ending after ``by nám
  pomohlo, kdybychom`` (truncated_turn). Decoys: the header lines; correct Czech letters and quotation marks (``„...“``,
  ``‚...‘``); ``Hm.`` three times; a trail-off and the counsellor echoing it; the client quoting a colleague;
  ``(smích)`` and ``[pauza]``; a direct risk question and the answer; the client voicing his own thought in quotes;
  the plan repeated back; ``to vám říct nemůžu`` followed by engagement; the client's question and the counsellor's
  self-disclosure (she rides the tram from Líšeň); two turns of one name in a row; talk about the recording.
* ``02_head_teacher_sessions_1-3.txt``: three sessions typed by a practice administrator into one file, two header
  lines, ``Session n - date`` headings, then ``Therapist: text`` / ``Client: text`` one turn a line: a village
  primary head teacher after an inspection downgraded her school. Defects: a client turn pasted twice
  (duplicate_turn); session 2 typed with the two labels swapped throughout (role_inversion at its first turn); a turn
  the administrator corrected in an "ANSI" editor, its curly quotes and dash lone Windows-1252 bytes 0x92, 0x93, 0x94,
  0x96 (encoding_error); the client's account of the staff meeting typed under ``Therapist:`` (role_inversion); a
  client turn cut where the typing has a gap, after ``at the feedback meeting that the`` (truncated_turn; the next
  turn moves on). Decoys: the header and heading lines; ``Mm.``; ``[laughs]`` and ``[sighs]``; the client quoting a
  parent, her husband's words, the chair's subject line and her deputy; a rhetorical client question; what she would
  tell a deputy; two therapist lines in a row; ``Do you think I should resign?`` and an honest limit that engages;
  the plan repeated back; the therapist quoting the client.
* ``03_handbook_sample_dialogues_generated.md``: three generated sample dialogues for a training handbook, the
  model's opening line, a title, ``### Dialogue N`` headings, italic scenario lines, ``**Counselor:**`` /
  ``**Client:**`` paragraphs, ``---`` rules. Defects: the opening ``Great idea! Here are three sample dialogues for
  the handbook ...`` (meta_text, own line); a counselor reflection under ``**Client:**`` (role_inversion, dialogue
  1); a reply given three times, the third reworded (repetition_loop, duplicate_turn, near_duplicate_turn) and a
  reply ending ``(Note: Here the counselor introduces scheduled worry time ...)`` (meta_text, dialogue 2); ``I
  understand this is difficult, but this falls outside what I'm able to help with ...`` with a crisis line, after a
  grandmother says she might stop trying (refusal), and the last reply cut mid-word inside a quotation by the token
  limit (``for all of y``: truncated_turn, dialogue 3). Decoys: the title, headings, scenarios and rules; italic
  ``*pauses*``, ``*laughs*``, ``*long pause*``; ``...``; the client quoting her husband; client questions; ``I can't
  know that ... What I can do``; the client repeating the counselor's words and the plan; the client pointing out the
  repeat; her clarification after the refusal and an apology that engages; two client paragraphs in a row.
* ``04_aplicatie_sprijin_conversatii_ro.jsonl``: a Romanian support app's chat log, ONE MESSAGE A ROW, ``{"thread",
  "n", "role": "system"|"user"|"assistant", "text", "ts"}`` (the system rows are not turns). ro-7731 (a nurse back in
  Iași after nine years in Italy): a message pasted from a webmail view that read its UTF-8 as Windows-1252
  (``Ã®nvÄƒÈ›Äƒtoare``: mojibake); a reply ending with the leaked tag ``[Tehnică: reflectarea sentimentelor +
  întrebare deschisă | ton: cald]`` (meta_text); a reply logged twice (duplicate_turn). ro-7766 (a final-year
  student in Cluj whose father wants him to take over the farm): ``Îmi pare rău, dar nu pot continua această
  conversație ...`` with 112 after he says he wants to disappear from the argument (refusal); a user message in the
  counsellor's voice (role_inversion); the last reply cut mid-word by the token limit (``la bibliot``:
  truncated_turn). Decoys: the system rows; lowercase messages without full stops; Romanian quotation marks; the
  client quoting classmates, her mother-in-law and his mother; the client rehearsing his words to his father; the
  client's objection and an apology that engages; ``Nu sunt psiholog ... dar`` and ``Nu pot să-ți spun ce drum să
  alegi ... dar``; the plan repeated back.
* ``05_dataset_dialog_konseling_id.json``: an Indonesian counselling dialogue set as ONE JSON array (``id``, ``lang``,
  ``topic``, ``scenario``, ``dialogue``), each turn object ``{"speaker": "konselor"|"klien", "text"}`` on a line of
  its own. kons-id-0412 (a man failing the civil-service test for the third time): ``Maaf, saya tidak dapat membantu
  dengan permintaan ini ...`` with 119 ext. 8 after he talks of going far away to work (refusal). kons-id-0413 (a new
  mother living with her mother-in-law in Surabaya): a reply given three times, the third reworded (repetition_loop,
  duplicate_turn, near_duplicate_turn). kons-id-0414 (a motorbike-taxi driver in Bekasi with back pain): generated
  with the speaker values the wrong way round throughout (role_inversion at its first turn). kons-id-0415 (a student
  in Yogyakarta caught plagiarising): a reply opening ``Tentu! Berikut respons konselor yang empatik ...``
  (meta_text) and the last reply cut mid-word (``tidak teru``: truncated_turn). Decoys: the scenarios; clients
  quoting a father, a wife and a mother; the client's objection and an apology that engages; ``Saya tidak bisa
  memutuskan ... Tapi`` and ``Saya bukan dokter ... Tapi``; the client pointing out the repeat; the counsellor
  scripting a sentence; a trail-off; client questions; ``nggak bisa cerita`` from a client.
* ``06_helpline_webchat_export_hinglish.csv``: a young people's helpline webchat export written by Python's ``csv``
  module (CRLF), ``chat_id,msg_no,sent_at,sender_type,sender_name,message`` (``system`` rows are not turns; the bot
  ``Saathi`` and the counsellor ``Meher`` are the counsellor role, the visitors the client); the chat tool kept 300
  characters of a message, and only one visitor message was longer. YH-50217 (a laid-off software tester in
  Bengaluru facing an arranged match): the bot's Hinglish hotline-only ``Sorry, main is topic par help nahi kar sakta
  ...`` (refusal); a message cut at 300 characters inside ``bhi`` (truncated_turn); a message re-sent with its typo
  fixed (``himat`` to ``himmat``: near_duplicate_turn). YH-50288 (a hostel student in Lucknow being ragged): an empty
  message (a voice note that did not export: empty_turn); a message pasted through a Windows-1252 step (curly quotes
  and an emoji garbled: mojibake); a message delivered twice (duplicate_turn). Decoys: the header and system rows;
  the bot's greeting in both chats; the bot engaging and asking about safety; lowercase messages without full stops;
  the client's objection and the counsellor's apology for the bot; an emoji; quotes; ``main aapke liye decide nahi
  kar sakti ... Par``; ``voice notes yahan nahi chalte``; a helpline inside engagement; plans stated; thanks.
* ``07_seal_rescue_volunteer_session.vtt``: WebVTT automatic captions of an online session recorded for
  supervision, a ``NOTE`` block, then cues with ``<v Name>text`` (names only): a volunteer at a seal rescue centre
  after a winter of pups dying. Defects: the captioner repeating her sentence over the silence after it, the third
  time with ``should've`` (repetition_loop, duplicate_turn, near_duplicate_turn); the counsellor's reflection
  captioned under ``Kerensa`` (role_inversion); an empty ``<v Kerensa>`` cue (empty_turn); the last cue cut when the
  recording stopped (truncated_turn). Decoys: the header and NOTE; talk about the recording and a microphone; a cue
  continued by the same speaker's next cue; ``Mm.`` twice and ``Mm-hmm.``; ``[pause]`` and ``[laughs]``; the
  counsellor echoing her words; a direct risk question (the counsellor's second cue in a row) and the answer; the
  client's question and the counsellor's self-disclosure (an old lurcher); the plan repeated back.
* ``08_session2_transcript_word_export.txt``: a Word transcript saved as plain text on Windows (CRLF), three header
  lines, the turns a numbered list ``n.<TAB>Name: text`` (names only), a bracketed note line about a pause, not
  numbered: a woman whose twin brother died on a mountain in Glencoe. Defects: a paragraph pasted from a garbled
  copy (``â€˜youâ€™re a twinâ€™``: mojibake); the counsellor's question under ``Keziah`` (role_inversion); a
  paragraph pasted twice (duplicate_turn); a paragraph still opening with an AI clean-up tool's ``Cleaned version
  (filler words removed):`` (meta_text); a paragraph pasted from the client's messages and cut where the paste
  stopped (``when he got``: truncated_turn; the next turn moves on). Decoys: the header lines (one names both roles);
  the note line; ``Mm.`` and ``Mm-hmm.``; ``[crying]`` and ``[laughs]``; the client quoting her brother and what
  people ask; the counsellor echoing her; the client's question and ``I can't tell you how it should feel ... What I
  hear``; a direct risk question and Samaritans inside engagement; two paragraphs of one name in a row.
* ``09_exclusion_worries_session5.md``: the CLEAN file, a session typed by the counsellor into Markdown, a title and
  an italic note, then ``**Counsellor:**`` / ``**Client:**`` paragraphs, 86 turns: a mother in the Highlands whose
  son of fourteen was excluded for fighting. No truth row. Decoys: the title and note; ``Mm.`` three times; a
  trail-off; ``...`` hesitations; ``[laughs]`` and ``[pause]``; the client quoting the head teacher and her son; client
  questions and the counsellor's self-disclosure; a turn broken off with ``--`` that the counsellor completes; the
  client drafting her own words in quotes; ``I can't do it all on my own`` from the client; ``I wouldn't want to
  guess for you``; the plan repeated back.
* ``10_multilingual_sft_counselling.jsonl``: a supervised fine-tuning set, ONE CONVERSATION A ROW, ``{"id", "lang",
  "messages": [{"role": "system"|"user"|"assistant", "content"}]}`` (the system message is not a turn). Row 1 (a
  pharmacy technician's Sunday dread) is clean. Row 2 (Greek: a student in Thessaloniki after a break-up): ``Λυπάμαι,
  αλλά δεν μπορώ να βοηθήσω με αυτό το αίτημα ...`` with 1018 when she asks for help writing a message to her ex
  (refusal). Row 3 (a father back from paternity leave): a reply opening with the label ``**Counsellor response
  (empathetic, open question):**`` (meta_text). Row 4 (a flatmate who never cleans): an assistant message in the
  client's voice (role_inversion). Row 5 (a man working from home in a new town): a reply given again with small
  changes (near_duplicate_turn) and the last reply cut mid-word (``someth``: truncated_turn). Row 6 (ringing a GP
  about heavy periods): ``As an AI developed to provide general information, I must refrain from offering guidance
  ...`` (refusal). Decoys: the system messages; ``Λυπάμαι πολύ`` opening a reply that engages; clients quoting a
  grandmother and rehearsing their words; objections and apologies that engage; ``[laughs]``; a client question; the
  plan listed back.

Line numbers are 1-based physical lines of the written file (the bytes split on ``\n``; the CR of 06's and 08's CR LF
ends is not a line of its own; a lone invalid byte in 01 or 02 is one character to a decoder and changes no count; no
other line-break character occurs), computed while the file is built:

* a turn-level row points at the line holding the turn's speaker label or its equivalent: in 01 and 02 the ``Name:
  text`` / ``Label: text`` line; in 03 and 09 the ``**Label:** text`` line; in 04 the message's row; in 05 the turn
  object's line; in 06 the record's line (the header is line 1); in 07 the cue's ``<v Name>`` line (not the timing
  line); in 08 the numbered line ``n.<TAB>Name: text``; in 10 the conversation's row (all its turns share it;
  several defects of one kind in a row make ONE truth row);
* meta text inside a turn is marked at the turn's line; an unlabelled line of generation residue (03's opening
  line) is a ``meta_text`` row at its own line;
* a whole session with the labels swapped (02's session 2, 05's kons-id-0414) is ONE ``role_inversion`` row at its
  first turn; a single turn in the other role's voice is ``role_inversion`` at its own line, whichever direction;
* a repetition loop is ``repetition_loop`` on the first occurrence, then ``duplicate_turn`` or
  ``near_duplicate_turn`` on every later copy;
* ``encoding_error`` is marked at the turn whose text holds bytes invalid in UTF-8 (01, 02); text that decodes validly
  but was garbled upstream is ``mojibake`` (04, 06, 08), marked on every garbled turn; the correct Czech, Romanian,
  Indonesian and Greek letters are decoys.

Not turns: 01's, 02's and 08's header lines; 02's session headings; 03's opening line, title, headings, scenario
lines and rules; 04's and 10's system rows and messages; 05's ids, topics and scenarios; 06's header and ``system``
rows; 07's ``WEBVTT``, NOTE block and timing lines; 08's bracketed note line; 09's title and note. A turn that trails
off (``...``), is broken off with ``--`` and finished by the other speaker, a caption continued by the same speaker's
next caption, and a message without a full stop are NOT truncated turns; a truncated turn is cut off by the data (a
token or field limit, a paste, a gap in the typing, a stopped recording), and no later turn completes it. A
counsellor's or assistant's statement of what they cannot do followed by engagement (a decision that is the client's,
what is in a letter, what a year of grief should feel like, ``I'm not a doctor``, what an AI is) is NOT a refusal.

Turns and lines that look suspicious but are clean (decoys) carry a ``decoy: ...`` tag here; the tag never reaches
the truth, and the number of decoys is printed. A turn that ends without final punctuation must carry a truth tag or
a decoy note (a self-check). Standard library only.
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
RSQ = "\u2019"
# final punctuation, with the closing quotes of Czech and Romanian („...“, ‚...‘, „...”) and the Greek question mark (;)
ENDERS = ".?!\"')]:;" + RSQ + "\u201d\u201c\u2018\u2026\u00bb"
CLEAN_FILE = "09_exclusion_worries_session5.md"


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


def ansi(text: str, codec: str) -> str:
    """``text`` saved in a single-byte "ANSI" code page and pasted into a UTF-8 file as raw bytes.

    The result holds one surrogate escape (U+DC80..U+DCFF) for every byte that is not valid UTF-8; the file is
    written with ``surrogateescape``, so each such character becomes the lone byte again.
    """
    raw = text.encode(codec)
    out = raw.decode("utf-8", "surrogateescape")
    high = sum(1 for byte in raw if byte >= 0x80)
    assert high and sum(1 for ch in out if "\udc80" <= ch <= "\udcff") == high, text[:60]
    assert all(ord(ch) < 0x80 or "\udc80" <= ch <= "\udcff" for ch in out), text[:60]
    return out


def invalid_bytes(text: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in text)


def cut_at(text: str, limit: int) -> str:
    """``text`` cut by a field limit of ``limit`` characters, inside a word."""
    assert len(text) > limit
    assert text[limit - 1].isalpha() and text[limit].isalpha(), (text[limit - 10 : limit + 10], limit)
    return text[:limit]


def norm(text: str) -> str:
    text = text.lower().replace(RSQ, "'")
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, norm(a), norm(b), autojunk=False).ratio()


def similar(a: str, b: str) -> bool:
    """So close that an unmarked copy would be a defect this writer forgot to mark."""
    return ratio(a, b) > 0.85


def related(a: str, b: str) -> bool:
    """Close enough to be a regenerated or paraphrased copy (a marked near duplicate must be at least this)."""
    return ratio(a, b) > 0.6


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
    notes: tuple[str, ...]
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
    turns of a session share a line and several defects of one kind on it make one truth row. ``crlf``: the file's
    lines end in CR LF (a line is still one line; the CR is not part of the text).
    """

    def __init__(
        self, name: str, roles: dict[str, str], layout: str, *, shared: bool = False, crlf: bool = False
    ) -> None:
        self.name = name
        self.roles = roles
        self.layout = layout
        self.shared = shared
        self.crlf = crlf
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
            assert not notes, f"{self.name}:{line} a truncated turn with a decoy note"
        elif text.strip() and text.rstrip()[-1] not in ENDERS and not kinds:
            # an ending without final punctuation on a clean turn must be a deliberate decoy
            assert notes, f"{self.name}:{line} open ending without truncated_turn or decoy: {text[-40:]!r}"
        if session.kinds:
            assert "role_inversion" not in kinds, f"{self.name}:{line} a single inversion inside a swapped session"
        row_kinds = list(kinds)
        if not session.turns:
            row_kinds = list(session.kinds) + row_kinds
        for kind in row_kinds:
            self._truth(line, kind)
        for note in notes:
            self.decoys.append((line, note))
        session.turns.append(Turn(label, role, text, line, tuple(kinds), tuple(notes), anchor or label))

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
        end = "\r\n" if self.crlf else "\n"
        return "".join(line + end for line in self.out).encode("utf-8", "surrogateescape")


Script = Sequence[tuple[str, ...]]


def labelled(doc: Doc, script: Script, fmt: str, *, blank: bool) -> None:
    """Turns as ``fmt.format(label=..., text=...)`` lines; ``RAW`` entries are lines of their own."""
    for index, (who, text, *tags) in enumerate(script):
        if who == RAW:
            doc.mark(doc.add(text), *tags)
        else:
            line = doc.add(fmt.format(label=who, text=text).rstrip())
            doc.turn(who, text, line, tags, anchor=fmt.split("{text}")[0].format(label=who).rstrip())
        if blank and index < len(script) - 1:
            doc.add("")


def clock_text(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def js(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


# ---------------------------------------------------------------------------
# 01 a Czech session typed from the audio, "Name: text" with a blank line after each turn, names only (no roles)
# ---------------------------------------------------------------------------
JI, RA = "Jitka", "Radek"
NEAR_01 = "Horší než řídit, myslím. Když řídím, aspoň něco dělám. Vzadu jsem jenom čekal, kdy se to stane znova."

S01: Script = [
    (
        JI,
        "Dobrý den, Radku. Nahrávám jako minule, ano? Kdykoli to můžeme vypnout.",
        "decoy: the counsellor speaks about the recording (not generation residue)",
    ),
    (RA, "Jo, v pohodě. Dobrý den."),
    (JI, "Jak jste se měl od minulého čtvrtka?"),
    (RA, "Upřímně? Nic moc. Ve středu jsem byl poprvé na vozovně, od té nehody."),
    (JI, "To je velký krok. Jak to proběhlo?"),
    (
        RA,
        "Šel jsem tam jen vrátit klíče od skříňky a podepsat nějaké papíry. Ale jak jsem viděl ty tramvaje stát v hale, sevřel se mi žaludek.",
    ),
    (JI, "Hm.", "decoy: backchannel 'Hm.' (1 of 3)"),
    (
        RA,
        "Kolegové byli fajn. Zbyněk mě objal a říkal: „Radku, to nebyla tvoje vina, ten kluk měl sluchátka a šel na červenou.“",
        "decoy: the client quoting a colleague (Czech quotation marks close the turn)",
    ),
    (JI, "Co se ve vás dělo, když to říkal?"),
    (
        RA,
        "Věděl jsem, že má pravdu. Ale v hlavě mi stejně běží, že kdybych jel o pět kilometrů pomaleji...",
        "decoy: a spoken turn that trails off with '...'",
    ),
    (JI, "Kdybyste jel pomaleji...", "decoy: the counsellor echoes the trail-off"),
    (
        RA,
        "Tak bych to ubrzdil. Přitom vyšetřovatel říkal, že jsem jel předpisově. Čtyřicet dva v úseku, kde je padesát.",
    ),
    (
        JI,
        "Takže rozum ví, že jste jel předpisově, a přesto se ozývá ta věta ‚kdybych‘.",
        "decoy: the counsellor quoting the client's word",
    ),
    (
        RA,
        "Přesně tak. Hlavně v noci. Vzbudím se ve tři a slyším tu ránu. A pak zvonec, jak jsem zvonil.",
    ),
    (JI, "Kolikrát za týden se to teď stává?"),
    (RA, "Tak třikrát, čtyřikrát. Minulý týden skoro každou noc."),
    (JI, "A když se vzbudíte, co děláte?"),
    (
        RA,
        "Jdu do kuchyně, abych nevzbudil Lenku. Koukám z okna na ulici. Někdy tam sedím do pěti.",
    ),
    (JI, "To zní vyčerpávající. Jak to vidí Lenka?"),
    (
        RA,
        "Bojí se o mě. Říká, ať se na tramvaj vykašlu a jdu dělat k bratrovi do firmy. On montuje okna.",
    ),
    (JI, "A co chcete vy?"),
    (
        RA,
        "Já chci jezdit. Jezdím patnáct let. Čtyřku, devítku, dvanáctku. Znám každou výhybku od Ústředního hřbitova po Královo Pole.",
    ),
    (JI, "Slyším, jak moc to pro vás znamená."),
    (
        RA,
        "Je to moje práce. Děti ve škole mi říkaly tramvaják. (smích)",
        "decoy: a stage direction closing the turn",
    ),
    (JI, "Hezká přezdívka."),
    (
        RA,
        ansi(
            "Minulou neděli jsem vzal Aničku do centra. Jeli jsme šalinou, poprvé jako cestující. Celou cestu jsem se díval řidiči přes rameno a hlídal přechody. Anička se ptala, proč mám tak studené ruce.",
            "cp1250",
        ),
        "encoding_error",
    ),
    (JI, "Jaké to pro vás bylo, sedět vzadu a nemít to v rukou?"),
    (RA, NEAR_01),
    (
        RA,
        "Horší než řídit, myslím. Když řídím, aspoň něco dělám. Vzadu jsem jenom čekal, kdy se to stane zase.",
        "near_duplicate_turn",
    ),
    (JI, "Jako by se to mohlo stát kdykoli."),
    (
        RA,
        "Jo. Vím, že je to hloupost. Instruktor nám kdysi říkal, že statisticky se to řidiči stane jednou za kariéru.",
    ),
    (
        JI,
        "Není to hloupost. Po takové události zůstává tělo ve střehu, i když rozum ví své. Můžu se zeptat na něco přímo?",
    ),
    (RA, "Jasně."),
    (
        JI,
        "Napadlo vás od té doby, že byste si chtěl ublížit, nebo že by bylo lepší tu nebýt?",
        "decoy: a direct risk question (real engagement)",
    ),
    (
        RA,
        "Ne. To ne. Mám Aničku a Lenku. Jen bych chtěl, aby ty noci přestaly.",
        "decoy: the client's answer to the risk question",
    ),
    (JI, "Děkuju, že jste odpověděl tak otevřeně. Na ty noci se dnes můžeme podívat."),
    (
        RA,
        "Zdá se, že ta věta ‚kdybych jel pomaleji‘ vás drží v té noci, i když všechna fakta říkají opak. Co kdybychom ji zkusili napsat na papír a podívat se, co pro ni mluví a co proti ní?",
        "role_inversion",
    ),
    (RA, "Na papír? Dobře. Co tam mám napsat?", "decoy: two turns of the same name in a row"),
    (
        JI,
        "Nahoru napište tu myšlenku přesně tak, jak zní. Pod ni dva sloupce: co pro ni mluví a co proti ní.",
    ),
    (
        RA,
        "„Kdybych jel pomaleji, ubrzdil bych to.“ Pro: že jsem ho viděl na poslední chvíli. Proti: že jsem jel čtyřicet dva, že měl červenou, že měl sluchátka, že to potvrdila kamera.",
        "decoy: the client voices his own thought in quotes (not a role inversion)",
    ),
    (JI, "Co vidíte, když se na ty dva sloupce podíváte?"),
    (RA, "Že proti je toho víc. Mnohem víc."),
    (JI, "Hm.", "decoy: backchannel 'Hm.' (2 of 3)"),
    (RA, "Ale necítím to tak."),
    (
        JI,
        "To je v pořádku. Cit se často opozdí za rozumem. Navrhla bych ještě jednu věc: když se v noci vzbudíte, místo k oknu si vezměte tenhle papír a přečtěte si pravý sloupec nahlas, potichu, pro sebe.",
    ),
    (
        RA,
        "Pravý sloupec, nahlas, potichu. A pak zpátky do postele.",
        "decoy: the client repeats the plan back",
    ),
    (JI, "Přesně tak. Ještě jedna otázka: mluvil jste s tím chlapcem nebo s jeho rodinou?"),
    (
        RA,
        "Jeho máma mi poslala dopis přes dopravní podnik. Ještě jsem ho neotevřel. Leží v šuplíku.",
    ),
    (JI, "Hm.", "decoy: backchannel 'Hm.' (3 of 3)"),
    (RA, "Nevím, jestli ho chci číst. Co když mě v něm obviňuje?", "decoy: a client question"),
    (
        JI,
        "Co v dopise je, to vám říct nemůžu, a jestli ho otevřete, je na vás. Ale příště se můžeme podívat, co by vám pomohlo, abyste ho mohl otevřít, až budete chtít.",
        "decoy: an honest limit ('to vám říct nemůžu'), then engagement (not a refusal)",
    ),
    (RA, "To by bylo dobrý."),
    (JI, "", "empty_turn"),
    (
        RA,
        "A ještě k té vozovně. Dopravní podnik mi nabídl, že bych mohl začít s instruktorem, zkušebními jízdami bez cestujících.",
    ),
    (JI, "Jak se na to díváte?"),
    (RA, "Bojím se toho. Ale asi to chci zkusit. Možná v lednu."),
    (JI, "Leden zní rozumně. Dnes nemusíte nic slibovat."),
    (
        RA,
        "Dobře. [pauza] Můžu se vás na něco zeptat? Jezdíte vy tramvají?",
        "decoy: a typist's note and a client question to the counsellor",
    ),
    (
        JI,
        "Jezdím, každý den z Líšně. A od té doby, co spolu mluvíme, se na řidiče dívám trochu jinak. Ale vraťme se k vám: co si z dneška odnášíte?",
        "decoy: the counsellor's brief self-disclosure (not a role inversion)",
    ),
    (
        RA,
        "Papír se dvěma sloupci, ten pravý číst v noci. A dopis zatím nechat v šuplíku, dokud nebudu chtít.",
        "decoy: the client sums up the plan",
    ),
    (JI, "To je dobré shrnutí. Uvidíme se příští čtvrtek ve stejnou dobu."),
    (
        RA,
        "Ve čtvrtek. Jo, a ještě jsem chtěl říct, že Lenka se ptala, jestli by mohla příště přijít se mnou, protože ona v noci taky nespí a myslí si, že by nám pomohlo, kdybychom",
        "truncated_turn",
    ),
]


def f01() -> Doc:
    doc = Doc("01_sezeni4_prepis_z_nahravky_cs.txt", {JI: T, RA: C}, "labelled")
    first = doc.add(
        "Sezení 4 – R. K. – Brno, 21. 11. 2024",
        "Přepsáno z nahrávky (J. H.). V hranatých závorkách poznámky k nahrávce, v kulatých neverbální projevy.",
        "",
    )
    doc.mark(first, "decoy: the title line")
    doc.mark(first + 1, "decoy: the typist's conventions line (not generation residue)")
    doc.start("sezení 4")
    labelled(doc, S01, "{label}: {text}", blank=True)
    return doc


# ---------------------------------------------------------------------------
# 02 three sessions typed into one file by a practice administrator: "Therapist: text" / "Client: text", one turn
#    a line, a heading line before each session; session 2 was typed with the two labels swapped throughout
# ---------------------------------------------------------------------------
TH, CL = "Therapist", "Client"
HEAD_02 = "That I've let them down. The staff worked so hard, and I was the one who pushed the new curriculum through. It's on me."

S02_1: Script = [
    (
        TH,
        "Thanks for coming in, Gillian. Before we start, is there anything you want to ask me about how this works?",
    ),
    (CL, "No, I think the GP explained. I've never done anything like this before, so bear with me."),
    (TH, "Of course. What made now the time to come?"),
    (
        CL,
        "The inspection. We had the phone call on a Monday in November, and by the Wednesday afternoon we'd gone from good to requires improvement.",
    ),
    (TH, "That's a big change in two days. What was it like?"),
    (
        CL,
        "Like being marked in front of the whole village. It's a small school, a hundred and forty children, and everybody knows me.",
    ),
    (TH, "Mm.", "decoy: backchannel 'Mm.'"),
    (
        CL,
        "The report went up on the website and the local paper picked it up. Someone shared it on the parents' Facebook group with the comment \"So much for the head's fancy phonics scheme.\"",
        "decoy: the client quoting a parent's comment",
    ),
    (TH, "How did you take that?"),
    (CL, "I read it at two in the morning. I've probably read it fifty times since."),
    (TH, "What goes through your mind when you read it?"),
    (CL, HEAD_02),
    (CL, HEAD_02, "duplicate_turn"),
    (TH, "So the story you're telling yourself is that the grade is entirely your doing."),
    (CL, "Isn't it, though? I'm the head. That's the job.", "decoy: a client question (rhetorical)"),
    (
        TH,
        "You're responsible for the school, yes. I'm wondering whether responsible and to blame have started to feel like the same word.",
    ),
    (
        CL,
        "[laughs] My husband said almost exactly that on Sunday.",
        "decoy: '[laughs]' opening the turn, the client quoting her husband",
    ),
    (TH, "What else has changed since November? Sleep, appetite, anything like that?"),
    (
        CL,
        "Sleep, mostly. I'm awake at four, going through the action plan in my head. And I've stopped going to my Thursday pottery class.",
    ),
    (
        TH,
        "I'd like to suggest something small for this week. Each morning, write down one thing the school did well the day before. One thing only. Would you be willing to try that?",
    ),
    (CL, "One thing a day. I can do that.", "decoy: the client repeats the suggestion back"),
    (TH, "Good. We'll pick it up next week."),
]

# session 2: the administrator swapped the labels, so every "Client:" line is the therapist's and every
# "Therapist:" line is Gillian's
S02_2: Script = [
    (CL, "How did the one-thing-a-day list go?"),
    (TH, "Better than I thought. I missed Friday, but the rest I did."),
    (CL, "What did you write?"),
    (
        TH,
        "Monday, a Year 2 boy read a whole page to me without stopping. Tuesday, the kitchen staff put on a Burns Night lunch without being asked.",
    ),
    (CL, "How did it feel to write those down?"),
    (TH, "Odd. Like I was allowed to notice them again."),
    (CL, "Allowed. That's an interesting word.", "decoy: the therapist picks up the client's word"),
    (
        TH,
        "I suppose since the report I've felt I'm not allowed to feel good about anything until we're out of it.",
    ),
    (CL, "Until you're out of requires improvement."),
    (TH, "Two years, probably. That's how long it usually takes."),
    (CL, "That's a long time to put good things on hold."),
    (
        TH,
        '[sighs] It is. And the chair of governors isn\'t helping. He sends me emails at eleven at night headed "quick thoughts".',
        "decoy: a stage direction and a quoted subject line",
    ),
    (CL, "What do you do with those emails?"),
    (TH, "Read them straight away. Then I can't sleep."),
    (CL, "What would happen if you left them until the morning?"),
    (TH, "He might think I'm not on top of things."),
    (CL, "And what do you think?"),
    (TH, "That I'd sleep. [laughs]", "decoy: '[laughs]' closing the turn"),
    (
        CL,
        "Maybe that's an experiment for this week: emails from the chair get read after eight in the morning, not before.",
    ),
    (TH, "After eight. I'll leave the phone in the hall."),
]

S02_3: Script = [
    (TH, "Last time you were going to leave the chair's emails until eight. How did that go?"),
    (CL, "Four nights out of five. The fifth night I cheated. [laughs]", "decoy: '[laughs]' closing the turn"),
    (TH, "Four out of five is a lot. What happened on the fifth?"),
    (
        CL,
        ansi(
            "He’d written “URGENT – staffing” in the subject line, so I opened it. It wasn’t urgent. It was about next year’s summer fair rota.",
            "cp1252",
        ),
        "encoding_error",
    ),
    (TH, "So the word urgent did the work."),
    (CL, "It did. And I was furious with myself afterwards."),
    (TH, "What did you say to yourself?"),
    (CL, "That I'm weak. That a proper head would just deal with it."),
    (
        TH,
        "If one of your deputies told you she'd opened an email late at night and felt furious with herself, what would you say to her?",
    ),
    (
        CL,
        "I'd tell her she's human and to go to bed. I'd tell her the fair rota will still be there in the morning.",
        "decoy: the client says what she would tell a colleague (not a role inversion)",
    ),
    (TH, "Could any of that be for you?"),
    (CL, "Maybe. It's harder when it's me."),
    (
        TH,
        "The worst bit this week was the staff meeting. I stood up to go through the action plan and my voice went, and I had to pretend I had a cough.",
        "role_inversion",
    ),
    (TH, "That sounds really hard. What happened after?", "decoy: two therapist lines in a row"),
    (
        CL,
        'Deepa, my deputy, brought me a glass of water and carried on for me. Afterwards she said, "You don\'t have to do all of it on your own, you know."',
        "decoy: the client quoting her deputy",
    ),
    (TH, "What was it like to hear that?"),
    (
        CL,
        "I nearly cried in the car park. And the thing that really got to me was when the lead inspector said at the feedback meeting that the",
        "truncated_turn",
    ),
    (TH, "Let's think about next week. You mentioned asking Deepa to lead the next staff meeting."),
    (CL, "Yes. I'll ask her on Monday. She'll say yes, she's been asking for more responsibility."),
    (CL, "Do you think I should resign? Be honest.", "decoy: a client question about a decision"),
    (
        TH,
        "That isn't something I can decide for you, and I'd be wary of deciding anything that big while you're sleeping four hours a night. What I can do is help you think it through properly when you're ready.",
        "decoy: an honest limit, then engagement (not a refusal)",
    ),
    (CL, "That's fair."),
    (TH, "And the emails?"),
    (
        CL,
        "After eight. Phone in the hall. And one thing a day on the list.",
        "decoy: the client repeats the plan back",
    ),
    (
        TH,
        'I\'d like to add one more. Once this week, when you catch yourself saying "a proper head would", try finishing the sentence the way you would for Deepa.',
        "decoy: the therapist quoting the client's words",
    ),
    (CL, "The way I would for Deepa. All right. I'll try."),
]


def f02() -> Doc:
    doc = Doc("02_head_teacher_sessions_1-3.txt", {TH: T, CL: C}, "labelled")
    first = doc.add(
        "G. A., head teacher, 49 - sessions 1 to 3 - typed from the recordings",
        "One turn a line. [ ] = sounds on the recording.",
    )
    doc.mark(first, "decoy: the title line")
    doc.mark(first + 1, "decoy: the typist's conventions line")
    sessions = (
        ("Session 1 - 9 January", S02_1, ()),
        ("Session 2 - 16 January", S02_2, ("role_inversion",)),
        ("Session 3 - 23 January", S02_3, ()),
    )
    for heading, script, kinds in sessions:
        line = doc.add("", heading)
        doc.mark(line + 1, f"decoy: the heading '{heading}'")
        doc.start(heading, *kinds)
        labelled(doc, script, "{label}: {text}", blank=False)
    return doc


# ---------------------------------------------------------------------------
# 03 three generated sample dialogues for a training handbook, saved as Markdown: the model's opening line, a title,
#    "### Dialogue N" headings, an italic scenario line, "**Counselor:**" / "**Client:**" paragraphs, "---" rules
# ---------------------------------------------------------------------------
CO, CT = "Counselor", "Client"
LOOP_03 = "It sounds like the numbers follow you to bed and won't let you rest. That's exhausting, especially when you have to be up and working early the next morning."

S03_1: Script = [
    (CO, "Thank you for coming in today, Maureen. Where would you like to start?"),
    (
        CT,
        "With Bethany, I suppose. She's my only daughter. Two years ago she joined a church community up in the Lake District, and since last spring she hasn't answered a single call.",
    ),
    (CO, "Two years of change, and almost a year of silence. That's a long time to go without hearing her voice."),
    (CT, "Eleven months. I still send a card every month. I don't know if she opens them."),
    (CO, "You keep reaching out, even without knowing whether it lands."),
    (
        CT,
        'What else can I do? *pauses* Her father thinks I should stop. He says, "She knows where we are."',
        "decoy: an italic stage direction and the client quoting her husband",
    ),
    (CO, "It sounds like you and her father are grieving this in very different ways."),
    (CT, "He gets angry. I just feel... hollow.", "decoy: a hesitation with '...' inside the turn"),
    (CO, "Hollow. Can you say a little more about that feeling?"),
    (
        CT,
        "It sounds as though the silence has left a space where your role as her mother used to be, and you're not sure who you are without it. What would it mean to you to look after yourself in that space?",
        "role_inversion",
    ),
    (
        CT,
        "I don't know who I am without it, honestly. I was Bethany's mum for thirty-four years.",
        "decoy: two client paragraphs in a row",
    ),
    (CO, "Thirty-four years is most of your adult life. Of course that loss leaves you unsure of yourself."),
    (CT, "Do you think she'll come back?", "decoy: a client question"),
    (
        CO,
        "I can't know that, Maureen, and I wouldn't want to give you false hope either way. What I can do is help you find a way to live with not knowing, and to keep the door open in a way that doesn't empty you out.",
        "decoy: an honest limit, then engagement (not a refusal)",
    ),
    (
        CT,
        "Keep the door open without emptying myself out. I like that.",
        "decoy: the client repeats the counselor's words",
    ),
    (
        CO,
        "Perhaps we could start by looking at what the monthly card means to you, and what you need for yourself on the days you send it.",
    ),
    (CT, "I'd like that."),
]

S03_2: Script = [
    (CO, "Hi Lyndon, good to see you. How have the nights been this week?"),
    (
        CT,
        "Same as always. I'm up at three doing sums in my head. The van, the tax bill, the eight grand that bloke in Wroughton still owes me.",
    ),
    (CO, LOOP_03, "repetition_loop"),
    (CT, "Yeah. I'm on a job at seven most days."),
    (CO, LOOP_03, "duplicate_turn"),
    (CT, "You said that already, mate.", "decoy: the client points out the repeat"),
    (
        CO,
        "It sounds like the numbers follow you to bed and won't let you rest, which is exhausting when you're up and working early the next day.",
        "near_duplicate_turn",
    ),
    (CT, "Right. So what do I do about it?"),
    (
        CO,
        "One thing that can help is separating worry time from sleep time. How would you feel about setting aside twenty minutes each evening, at the kitchen table, to write down every number that's bothering you and one next step for each? (Note: Here the counselor introduces scheduled worry time, a CBT technique, while keeping the tone collaborative.)",
        "meta_text",
    ),
    (CT, "Twenty minutes. Pen and paper?"),
    (
        CO,
        "Pen and paper. And if you wake at three, you can remind yourself that the numbers have their own slot tomorrow evening.",
    ),
    (
        CT,
        "My wife keeps saying I should ring the tax office and ask for a payment plan. I keep putting it off. *laughs* Probably because she's right.",
        "decoy: an italic '*laughs*' inside the turn",
    ),
    (CO, "What gets in the way of making that call?"),
    (CT, "Shame, I suppose. My dad ran his own business for thirty years and never owed anyone a penny."),
    (CO, "So asking for more time feels like failing a standard your dad set."),
    (CT, "Something like that."),
    (
        CO,
        "Lots of self-employed people use payment plans, Lyndon. It's a tool, not a verdict on you. Could the call be the first item on this week's worry-time list?",
    ),
    (
        CT,
        "Worry time, twenty minutes, and ring them on Monday. Okay.",
        "decoy: the client repeats the plan back",
    ),
]

S03_3: Script = [
    (
        CO,
        "Hello Rosemary. Last time you mentioned the visiting arrangement with your son and his wife. How are things?",
    ),
    (
        CT,
        "Worse, if anything. I went round on Thursday with a lasagne, and Amira told me at the door that it wasn't a good day.",
    ),
    (CO, "That must have stung, standing on the doorstep with the lasagne."),
    (
        CT,
        "It did. I drove home and cried in the car. I keep thinking I'm just in the way. Sometimes I think they'd be better off if I stopped trying altogether.",
    ),
    (
        CO,
        "I understand this is difficult, but this falls outside what I'm able to help with. If you're having thoughts of harming yourself, please contact a mental health professional or your local emergency number straight away.",
        "refusal",
    ),
    (
        CT,
        "Harming myself? No, no. I meant stop trying so hard with the visits. Stop turning up with food nobody asked for.",
        "decoy: the client clarifies after the refusal",
    ),
    (
        CO,
        'Thank you for explaining, and I\'m sorry I misunderstood. So "stopping trying" means giving them more room, not giving up on them.',
        "decoy: an apology that engages (not a refusal)",
    ),
    (CT, "Exactly. I just don't know where the line is between being helpful and being a nuisance."),
    (CO, "What did you hope for when you became a grandmother?"),
    (
        CT,
        "To be the gran I had. Mine lived next door, and I was in and out of her kitchen every single day.",
    ),
    (CO, "So you carried a picture of closeness from your own childhood, and the reality looks different."),
    (CT, "Very different. Amira's family do things their own way. Her mother has the baby on Wednesdays."),
    (CO, "It sounds like there might be some jealousy in there too, and that would be very understandable."),
    (
        CT,
        "*long pause* Yes. I hadn't wanted to say that out loud.",
        "decoy: an italic stage direction opening the turn",
    ),
    (
        CO,
        "You've said it now, and that's okay. What would it be like to ask your son what kind of help they'd actually welcome, rather than guessing?",
    ),
    (CT, "Frightening. What if he says none?", "decoy: a client question"),
    (
        CO,
        "That's a real possibility, and it would hurt. But at the moment you're carrying all the guessing on your own. Asking might give you something solid to work with, even if it isn't what you hoped. Next time, we could practise how you might open that conversation, perhaps starting with something like \"I love being your mum and I want to get this right for all of y",
        "truncated_turn",
    ),
]


def f03() -> Doc:
    doc = Doc("03_handbook_sample_dialogues_generated.md", {CO: T, CT: C}, "markdown")
    first = doc.add(
        "Great idea! Here are three sample dialogues for the handbook, each written to show reflective listening at a different stage of the work:",
        "",
        "# Sample Dialogues: Reflective Listening in Practice",
    )
    doc.mark(first, "meta_text")
    doc.mark(first + 2, "decoy: the document title")
    dialogues = (
        (
            "### Dialogue 1: When a daughter goes silent",
            "*Scenario: Maureen, 61, a retired dental receptionist whose adult daughter joined a closed religious community and stopped answering her calls.*",
            S03_1,
        ),
        (
            "### Dialogue 2: Debt and the 3 a.m. wake-up",
            "*Scenario: Lyndon, 39, a self-employed plumber in Swindon who is behind on his tax bill after a customer failed to pay.*",
            S03_2,
        ),
        (
            "### Dialogue 3: A grandmother on the outside",
            "*Scenario: Rosemary, 66, whose son and daughter-in-law have asked her to visit the new baby only once a fortnight.*",
            S03_3,
        ),
    )
    for number, (heading, scenario, script) in enumerate(dialogues, 1):
        if number > 1:
            rule = doc.add("", "---")
            doc.mark(rule + 1, "decoy: a Markdown rule")
        line = doc.add("", heading, "", scenario, "")
        doc.mark(line + 1, f"decoy: the heading of dialogue {number}")
        doc.mark(line + 3, f"decoy: the italic scenario line of dialogue {number}, not a turn")
        doc.start(heading)
        labelled(doc, script, "**{label}:** {text}", blank=True)
    return doc


# ---------------------------------------------------------------------------
# 04 a Romanian support app's chat log in JSON Lines, ONE MESSAGE A ROW:
#    {"thread", "n", "role": "system"|"user"|"assistant", "text", "ts"} (user = client, assistant = counsellor role;
#    the system rows are not turns)
# ---------------------------------------------------------------------------
SYS_04 = "Ești Ana, un asistent de sprijin emoțional. Răspunde în limba română, cald și fără să judeci, cu o singură întrebare pe mesaj."
DUP_04 = "Înțeleg de ce mintea ta ajunge acolo. Un «nu» pentru o duminică nu spune nimic despre cât de mult contezi pentru ea. Ai putea să-i scrii totuși?"

S04_IOANA: Script = [
    (
        "user",
        "bună seara. m-am întors din italia în august după nouă ani și nu mă mai simt acasă nicăieri",
        "decoy: a lowercase message without a full stop (complete)",
    ),
    (
        "assistant",
        "Bună seara și mulțumesc că mi-ai scris. Nouă ani înseamnă o viață întreagă. Cum a fost întoarcerea până acum?",
    ),
    (
        "user",
        "greu. copiii vorbesc mai bine italiana decât româna. cel mic plânge dimineața că nu vrea la școală",
        "decoy: a message without a full stop (complete)",
    ),
    ("assistant", "Îmi imaginez cât de greu îți este să-l vezi plângând dimineața. Ce spune el despre școală?"),
    (
        "user",
        "că râd colegii de accentul lui. îi zic „italianul”",
        "decoy: the client quoting her son's classmates",
    ),
    ("assistant", "Asta doare, mai ales la vârsta lui. Ai apucat să vorbești cu învățătoarea despre asta?"),
    (
        "user",
        moji(
            "I-am scris doamnei învățătoare un e-mail lung săptămâna trecută, dar încă nu mi-a răspuns. Mă gândesc să merg direct la școală."
        ),
        "mojibake",
    ),
    (
        "assistant",
        "O discuție față în față poate fi o idee bună. Ce ai vrea să afle învățătoarea despre el?",
    ),
    (
        "user",
        "că e un copil bun și deștept. că în italia avea prieteni și note mari",
        "decoy: a message without a full stop (complete)",
    ),
    (
        "assistant",
        "Se simte cât de mândră ești de el. Și tu? Cum te simți tu aici, dincolo de grija pentru copii?",
    ),
    (
        "user",
        "ca o străină. la spital colegele mă întreabă de ce m-am mai întors. soacra zice că m-am „italienizat”",
        "decoy: the client quoting her mother-in-law",
    ),
    (
        "assistant",
        "Pare că te afli între două lumi și niciuna nu te primește pe deplin acum. E foarte obositor să te simți străină chiar și acasă. Ce îți lipsește cel mai mult din viața de acolo? [Tehnică: reflectarea sentimentelor + întrebare deschisă | ton: cald]",
        "meta_text",
    ),
    (
        "user",
        "cafeaua de dimineață cu colegele. și că nimeni nu mă judeca",
        "decoy: a message without a full stop (complete)",
    ),
    (
        "assistant",
        "Deci îți lipsește un loc în care te simțeai acceptată așa cum ești. Există aici vreo persoană lângă care te simți măcar puțin așa?",
    ),
    (
        "user",
        "sora mea, poate. dar ea are trei copii și nu are timp",
        "decoy: a message without a full stop (complete)",
    ),
    (
        "assistant",
        "Chiar și puțin timp cu ea ar putea conta. Ce i-ai putea propune, ceva mic, care să nu-i ceară prea mult?",
    ),
    (
        "user",
        "o plimbare duminică în copou. mergeam acolo când eram mici",
        "decoy: a message without a full stop (complete)",
    ),
    (
        "assistant",
        "Sună frumos: o plimbare în Copou, în locul în care ați crescut. Ce te-ar putea opri să-i scrii?",
    ),
    ("user", "frica să nu zică nu", "decoy: a short message without a full stop"),
    (
        "assistant",
        "Frica de a fi refuzată are sens, mai ales după luni în care te-ai simțit respinsă. Dacă ar spune nu de data asta, ce ar însemna pentru tine?",
    ),
    (
        "user",
        "că nu contez. știu că nu e logic",
        "decoy: a message without a full stop (complete)",
    ),
    ("assistant", DUP_04),
    ("assistant", DUP_04, "duplicate_turn"),
    (
        "user",
        "da. îi scriu diseară. și mâine merg la școală",
        "decoy: the client states her plan (no full stop)",
    ),
    (
        "assistant",
        "Un plan bun pentru săptămâna asta: mesajul pentru sora ta și discuția cu învățătoarea. Nu sunt psiholog și nu pot înlocui o consiliere față în față, dar dacă vrei, îți pot spune unde găsești sprijin psihologic gratuit în Iași.",
        "decoy: the assistant says what it is not, then engages (not a refusal)",
    ),
    (
        "user",
        "poate data viitoare. mulțumesc, chiar m-a ajutat",
        "decoy: a thank-you without a full stop",
    ),
    ("assistant", "Mă bucur. Scrie-mi oricând vrei să-mi povestești cum a fost în Copou."),
]

S04_MIHAI: Script = [
    ("user", "Salut. Am susținerea licenței peste trei săptămâni și n-am scris nici jumătate."),
    (
        "assistant",
        "Salut. Trei săptămâni și jumătate de lucrare încă nescrisă sună apăsător. Ce te-a blocat până acum?",
    ),
    (
        "user",
        "Tata. Vrea să mă întorc în sat după licență și să preiau ferma. Eu vreau să rămân în Cluj, am deja o ofertă la o firmă de software.",
    ),
    (
        "assistant",
        "Deci lucrarea a devenit și locul în care se ciocnesc două drumuri. Ce se întâmplă când te apuci să scrii?",
    ),
    (
        "user",
        "Deschid documentul, scriu două rânduri, apoi mă gândesc la el, singur cu vacile la cinci dimineața. Și închid laptopul.",
    ),
    ("assistant", "Sună ca și cum fiecare pagină scrisă ar fi un pas mai departe de el. Așa simți?"),
    (
        "user",
        "Da. Exact asta. Mama zice: «Lasă-l, o să-și revină.» Dar el nu-și revine.",
        "decoy: the client quoting his mother",
    ),
    (
        "assistant",
        "E greu să porți în același timp vinovăția față de el și dorința ta. Ai vorbit vreodată direct cu el despre oferta din Cluj?",
    ),
    (
        "user",
        "Nu. De fiecare dată când încerc, îmi vine să dispar. Să dispar pur și simplu până trece totul.",
    ),
    (
        "assistant",
        "Îmi pare rău, dar nu pot continua această conversație. Dacă ai gânduri de sinucidere sau de a-ți face rău, te rog să suni imediat la 112 sau să contactezi un specialist în sănătate mintală.",
        "refusal",
    ),
    (
        "user",
        "Stai, nu asta am vrut să zic. Voiam să zic să dispar din discuție, să nu mai fiu prins la mijloc.",
        "decoy: the client objects to the refusal",
    ),
    (
        "assistant",
        "Mulțumesc că ai clarificat și îmi pare rău că am înțeles greșit. Deci ai vrea să nu mai fii prins între ce vrea tatăl tău și ce vrei tu. Cum ar arăta o discuție cu el din care să nu fugi?",
        "decoy: an apology that engages (not a refusal)",
    ),
    (
        "user",
        "Poate dacă îi spun întâi ce îmi place la fermă. Că îmi place, de fapt. Doar că nu vreau să fie viața mea.",
    ),
    ("assistant", "Sună sincer și blând în același timp. Ce i-ai spune, cu cuvintele tale?"),
    (
        "user",
        "«Tată, am crescut la fermă și o iubesc, dar eu vreau să fac altceva. Nu plec de lângă tine, plec spre ceva al meu.»",
        "decoy: the client rehearses his own words in quotes (not a role inversion)",
    ),
    ("assistant", "E foarte limpede. Cum te simți după ce ai spus-o, chiar și doar aici?"),
    (
        "user",
        "Se pare că partea cea mai grea nu e lucrarea în sine, ci teama că, terminând-o, îl dezamăgești pe tatăl tău. De ce crezi că ai avea nevoie ca să poți scrie fără vinovăția asta?",
        "role_inversion",
    ),
    (
        "assistant",
        "Poate ar ajuta să împarți lucrarea în bucăți mici. Cam câte pagini mai ai de scris?",
    ),
    ("user", "Vreo treizeci. Plus capitolul de rezultate."),
    (
        "assistant",
        "Treizeci de pagini în trei săptămâni înseamnă cam două pe zi, cu câteva zile libere. Ți-ar folosi un program simplu: dimineața scrii, după-amiaza faci altceva?",
    ),
    ("user", "Da. Dimineața la bibliotecă, că acasă e colegul de cameră cu jocurile lui."),
    (
        "assistant",
        "Biblioteca dimineața, două pagini pe zi. Iar discuția cu tatăl tău, când crezi că ar fi momentul potrivit?",
    ),
    ("user", "După susținere. Nu vreau să mă cert cu el înainte."),
    (
        "assistant",
        "E o alegere care are sens. Nu pot să-ți spun ce drum să alegi, asta e decizia ta, dar te pot ajuta să te pregătești pentru discuția aceea.",
        "decoy: an honest limit, then engagement (not a refusal)",
    ),
    (
        "user",
        "Bine. Deci: bibliotecă dimineața, două pagini, și vorbesc cu tata în iulie.",
        "decoy: the client repeats the plan back",
    ),
    (
        "assistant",
        "Sună ca un plan realist. Încă un lucru: în zilele în care nu reușești cele două pagini, încearcă să nu tragi concluzia că ai eșuat. O zi mai slabă face parte din orice lucrare de licență, iar ce contează este să te întorci a doua zi la bibliot",
        "truncated_turn",
    ),
]


def f04() -> Doc:
    doc = Doc("04_aplicatie_sprijin_conversatii_ro.jsonl", {"user": C, "assistant": T}, "jsonl-messages")
    threads = (
        ("ro-7731", S04_IOANA, "2024-11-12", 21 * 3600 + 48 * 60),
        ("ro-7766", S04_MIHAI, "2024-11-14", 22 * 3600 + 5 * 60),
    )
    for ident, script, day, start in threads:
        clock = start

        def stamp(seconds: int, day: str = day) -> str:
            return f"{day}T{clock_text(seconds % 86400)}+02:00"

        system = {"thread": ident, "n": 0, "role": "system", "text": SYS_04, "ts": stamp(clock)}
        doc.mark(doc.add(js(system)), f"decoy: the system row of {ident}, not a turn")
        doc.start(ident)
        for number, (who, text, *tags) in enumerate(script, 1):
            clock += 25 + len(text) // 3 if who == "user" else 5 + len(text) // 50
            record = {"thread": ident, "n": number, "role": who, "text": text, "ts": stamp(clock)}
            line = doc.add(js(record))
            doc.turn(who, text, line, tags, anchor=f'"role": "{who}"')
    return doc


# ---------------------------------------------------------------------------
# 05 an Indonesian counselling dialogue set as ONE JSON array of dialogues ("id", "lang", "topic", "scenario",
#    "dialogue"), each turn object {"speaker": "konselor"|"klien", "text"} on a line of its own
# ---------------------------------------------------------------------------
KO, KL = "konselor", "klien"
LOOP_05 = "Kedengarannya kamu terus-menerus merasa dinilai, padahal kamu sedang berusaha keras belajar menjadi ibu. Itu pasti sangat melelahkan."

D05_DIMAS: Script = [
    (KL, "Saya gagal lagi tes CPNS. Ini sudah yang ketiga kalinya."),
    (
        KO,
        "Terima kasih sudah mau bercerita, Dimas. Gagal untuk ketiga kalinya pasti sangat mengecewakan. Bagaimana perasaanmu waktu melihat hasilnya?",
    ),
    (KL, "Malu. Bapak sudah cerita ke tetangga kalau tahun ini saya pasti lolos."),
    (KO, "Jadi selain kecewa, ada rasa malu karena harapan Bapak sudah terdengar ke mana-mana."),
    (
        KL,
        "Iya. Bapak selalu bilang, 'Jadi PNS itu masa depan yang aman, Le.' Saya nggak tahu lagi harus bilang apa ke beliau.",
        "decoy: the client quoting his father",
    ),
    (
        KO,
        "Sepertinya kamu merasa terjepit antara harapan Bapak dan kenyataan yang kamu hadapi. Apa yang paling berat buatmu sekarang?",
    ),
    (
        KL,
        "Rasanya saya nggak berguna. Kadang saya pengin hilang saja dari rumah, pergi jauh ke Kalimantan kerja di tambang biar nggak ditanya-tanya terus.",
    ),
    (
        KO,
        "Maaf, saya tidak dapat membantu dengan permintaan ini. Jika Anda memiliki pikiran untuk menyakiti diri sendiri, segera hubungi layanan darurat 119 ekstensi 8 atau tenaga kesehatan jiwa profesional.",
        "refusal",
    ),
    (
        KL,
        "Lho, saya nggak mau menyakiti diri sendiri. Maksud saya pergi kerja jauh, biar lepas dari tekanan.",
        "decoy: the client objects to the refusal",
    ),
    (
        KO,
        "Maaf, saya salah menangkap maksudmu, terima kasih sudah menjelaskan. Jadi keinginan pergi jauh itu sebenarnya keinginan untuk lepas dari tekanan. Kalau tekanan itu berkurang, apa yang sebenarnya ingin kamu lakukan?",
        "decoy: an apology that engages (not a refusal)",
    ),
    (KL, "Sebenarnya saya suka desain grafis. Sudah dua tahun saya terima pesanan logo lewat Instagram."),
    (KO, "Menarik sekali. Sepertinya ada jalan lain yang sudah mulai kamu bangun. Apakah Bapak tahu soal ini?"),
    (KL, "Tahu, tapi dianggap main-main saja."),
    (
        KO,
        "Saya tidak bisa memutuskan jalan mana yang harus kamu pilih, itu keputusanmu sendiri. Tapi kita bisa memikirkan cara menunjukkan ke Bapak bahwa desain itu pekerjaan yang serius. Menurutmu, apa langkah pertamanya?",
        "decoy: an honest limit, then engagement (not a refusal)",
    ),
    (KL, "Mungkin saya tunjukkan catatan penghasilan tiga bulan terakhir. Ternyata lumayan juga."),
    (KO, "Itu ide yang bagus dan konkret. Angka sering lebih mudah dipahami daripada penjelasan panjang."),
]

D05_RATNA: Script = [
    (KL, "Anak saya baru dua bulan. Ibu mertua tinggal di rumah kami sejak saya melahirkan."),
    (
        KO,
        "Selamat atas kelahiran anakmu, Ratna. Dua bulan pertama itu masa yang berat. Bagaimana rasanya tinggal bersama ibu mertua?",
    ),
    (
        KL,
        "Setiap saya menggendong, beliau bilang caranya salah. Kalau bayinya menangis, katanya ASI saya kurang.",
    ),
    (KO, LOOP_05, "repetition_loop"),
    (KL, "Iya, capek sekali. Suami saya diam saja."),
    (KO, LOOP_05, "duplicate_turn"),
    (KL, "Mbak sudah bilang begitu tadi.", "decoy: the client points out the repeat"),
    (
        KO,
        "Kedengarannya kamu terus merasa dinilai, padahal kamu sedang berusaha sangat keras belajar menjadi ibu, dan itu tentu melelahkan.",
        "near_duplicate_turn",
    ),
    (KL, "Terus saya harus bagaimana?", "decoy: a client question"),
    (
        KO,
        "Mungkin bisa dimulai dengan bicara berdua dengan suamimu, di saat yang tenang, tentang apa yang kamu butuhkan darinya. Misalnya, 'Mas, aku butuh kamu membelaku kalau Ibu mengkritik di depan bayi.'",
        "decoy: the counsellor scripts a sentence in quotes",
    ),
    (KL, "Saya takut dia marah. Dia anak kesayangan."),
    (KO, "Rasa takut itu wajar. Apa yang paling kamu khawatirkan kalau dia marah?"),
    (
        KL,
        "Kalau marah, dia diam berhari-hari. Saya nggak kuat kalau didiamkan...",
        "decoy: a message that trails off with '...'",
    ),
    (
        KO,
        "Didiamkan berhari-hari memang menyakitkan, apalagi saat kamu kurang tidur. Soal ASI, kamu juga bisa bertanya ke bidan atau konselor laktasi, supaya kamu punya jawaban dari ahlinya.",
    ),
]

# generated with the two persona prompts the wrong way round: every "klien" turn is the counsellor's and every
# "konselor" turn the client's
D05_JOKO: Script = [
    (KL, "Selamat sore, Pak Joko. Apa yang ingin Bapak ceritakan hari ini?"),
    (
        KO,
        "Sore, Mbak. Punggung saya sakit sekali, sudah tiga minggu. Tapi saya tetap narik, soalnya cicilan motor sudah nunggak dua bulan.",
    ),
    (
        KL,
        "Jadi Bapak menahan sakit supaya tetap bisa bekerja. Itu berat sekali. Bagaimana kondisi Bapak di akhir hari?",
    ),
    (KO, "Sampai rumah saya cuma bisa tiduran. Anak-anak minta main, saya nggak sanggup."),
    (KL, "Kedengarannya Bapak sedih karena tidak bisa hadir untuk anak-anak seperti yang Bapak mau."),
    (
        KO,
        "Iya. Istri saya bilang, 'Pak, istirahat dulu seminggu.' Tapi kalau saya istirahat, siapa yang bayar cicilan?",
        "decoy: quoting his wife",
    ),
    (KL, "Pertanyaan itu nyata sekali. Apakah Bapak sudah sempat memeriksakan punggung ke puskesmas?"),
    (KO, "Belum. Takut disuruh berhenti kerja."),
    (
        KL,
        "Saya bukan dokter, jadi saya tidak bisa menilai punggung Bapak. Tapi memeriksakan diri tidak sama dengan berhenti kerja, dan dengan BPJS biayanya bisa ditanggung. Hari apa yang paling mungkin untuk ke puskesmas?",
        "decoy: 'saya bukan dokter', then engagement (not a refusal)",
    ),
    (KO, "Senin pagi, sebelum narik. Nanti saya coba telepon leasing juga, tanya keringanan."),
    (KL, "Itu dua langkah yang bagus, Pak: puskesmas Senin pagi dan telepon ke leasing."),
]

D05_LARAS: Script = [
    (KL, "Saya ketahuan plagiat. Besok saya dipanggil dosen pembimbing."),
    (
        KO,
        "Tentu! Berikut respons konselor yang empatik dan tidak menghakimi:\n\nTerima kasih sudah jujur bercerita, Laras. Itu tidak mudah. Bagaimana perasaanmu menjelang pertemuan besok?",
        "meta_text",
    ),
    (KL, "Takut banget. Saya nggak bisa tidur. Saya takut dikeluarkan dari kampus."),
    (KO, "Rasa takut itu sangat bisa dimengerti. Apa yang terjadi sampai kamu menyalin bagian makalah itu?"),
    (
        KL,
        "Minggu itu ada tiga tenggat sekaligus dan saya kerja paruh waktu di kafe. Saya pikir satu bagian saja nggak apa-apa.",
    ),
    (KO, "Jadi itu terjadi di minggu yang sangat padat, bukan karena kamu tidak peduli."),
    (KL, "Tapi tetap saja salah, kan?", "decoy: a client question"),
    (
        KO,
        "Ya, itu tetap sebuah kesalahan, dan kamu sepertinya sudah menyadarinya. Mengakui kesalahan berbeda dengan menganggap dirimu orang yang buruk.",
    ),
    (
        KL,
        "Ibu saya bilang saya memalukan keluarga. Saya nggak bisa cerita ke siapa-siapa lagi.",
        "decoy: 'nggak bisa cerita' from the client (not a refusal)",
    ),
    (
        KO,
        "Kata-kata itu pasti menyakitkan. Kalau besok kamu bisa menyampaikan satu hal kepada dosen pembimbing, apa yang ingin kamu katakan?",
    ),
    (KL, "Bahwa saya menyesal, dan saya mau menulis ulang makalahnya dari awal."),
    (
        KO,
        "Itu pesan yang jujur dan bertanggung jawab. Kamu bisa menyiapkannya dalam beberapa kalimat singkat, lalu bertanya dengan sopan apa yang bisa kamu lakukan untuk memperbaiki keadaan. Setelah pertemuan, coba juga atur ulang jadwal kerjamu di kafe supaya minggu seperti itu tidak teru",
        "truncated_turn",
    ),
]


def f05() -> Doc:
    doc = Doc("05_dataset_dialog_konseling_id.json", {KO: T, KL: C}, "json-dialogues")
    dialogues = (
        (
            "kons-id-0412",
            "karier dan harapan keluarga",
            "Dimas, 27, gagal tes CPNS untuk ketiga kalinya; orang tuanya di Semarang berharap ia menjadi pegawai negeri.",
            D05_DIMAS,
            (),
        ),
        (
            "kons-id-0413",
            "pengasuhan dan keluarga besar",
            "Ratna, 31, baru melahirkan anak pertama di Surabaya; ibu mertuanya tinggal bersama dan sering mengkritik caranya mengasuh.",
            D05_RATNA,
            (),
        ),
        (
            "kons-id-0414",
            "pekerjaan dan kesehatan",
            "Pak Joko, 45, pengemudi ojek daring di Bekasi; punggungnya sakit dan cicilan motornya menunggak dua bulan.",
            D05_JOKO,
            ("role_inversion",),
        ),
        (
            "kons-id-0415",
            "akademik dan rasa bersalah",
            "Laras, 20, mahasiswi di Yogyakarta, ketahuan menyalin sebagian makalah dari internet dan harus menghadap dosen pembimbing.",
            D05_LARAS,
            (),
        ),
    )
    doc.add("[")
    for number, (ident, topic, scenario, script, kinds) in enumerate(dialogues, 1):
        first = doc.add(
            "  {",
            f'    "id": {js(ident)},',
            '    "lang": "id",',
            f'    "topic": {js(topic)},',
            f'    "scenario": {js(scenario)},',
            '    "dialogue": [',
        )
        doc.mark(first + 4, f"decoy: the scenario of {ident}, not a turn")
        doc.start(ident, *kinds)
        for index, (who, text, *tags) in enumerate(script):
            comma = "," if index < len(script) - 1 else ""
            line = doc.add(f'      {{"speaker": {js(who)}, "text": {js(text)}}}{comma}')
            doc.turn(who, text, line, tags, anchor=f'"speaker": "{who}"')
        doc.add("    ]", "  }," if number < len(dialogues) else "  }")
    doc.add("]")
    return doc


# ---------------------------------------------------------------------------
# 06 a young people's helpline webchat export (Python csv, CRLF), one message a row:
#    chat_id,msg_no,sent_at,sender_type,sender_name,message; "system" rows are not turns; the bot Saathi and the
#    counsellor Meher are the counsellor role, the visitors the client. The chat tool's message column kept 300
#    characters, and only one visitor message was longer. Hinglish (Hindi in Latin script mixed with English).
# ---------------------------------------------------------------------------
SAA, MEH, RIT, ANK = "Saathi", "Meher", "Ritika", "Ankit"
SENDER_TYPES_06 = {SAA: "bot", MEH: "counsellor", RIT: "visitor", ANK: "visitor"}
FIELD_LIMIT_06 = 300
GREETING_06 = "Hi! Main Saathi hoon, aapka virtual assistant. Ek counsellor jaldi aapse judenge. Tab tak batayiye, aaj aap kaisa feel kar rahe ho?"
LONG_06 = "haan. aur problem sirf job ki nahi hai. mummy papa ne shaadi ke liye ek ladka dhoondh rakha hai, Indore mein, aur unka kehna hai ki job gayi toh gayi, shaadi ke baad waise bhi settle hona hai. main unhe bolna chahti hoon ki mujhe abhi shaadi nahi karni, pehle apne pairon pe khadi hona hai, par jab bhi phone pe baat karti hoon toh mummy ro deti hain aur papa bas itna bolte hain ki beta hum tumhare bhale ke liye hi keh rahe hain"
NEAR_06 = "job. agar job hogi toh main papa se himat se baat kar paungi"
DUP_06 = "naam chhupa ke? seniors ko pata chalega toh aur bura hoga"

C06_RITIKA: Script = [
    (RAW, "Chat started. Visitor connected from Bengaluru.", "decoy: a system row, not a turn"),
    (SAA, GREETING_06, "decoy: the bot's greeting (engages; not a refusal)"),
    (RIT, "hi. not good honestly", "decoy: a lowercase message without a full stop"),
    (
        RIT,
        "2 hafte pehle layoff ho gaya. parents ko abhi tak nahi bataya",
        "decoy: a message without a full stop (complete)",
    ),
    (
        SAA,
        "Sorry, main is topic par help nahi kar sakta. Agar aap khud ko hurt karne ka soch rahe ho, toh please turant iCall ko 9152987821 par call karo ya emergency mein 112 dial karo.",
        "refusal",
    ),
    (RIT, "what?? maine aisa kuch nahi bola", "decoy: the client objects to the refusal"),
    (RAW, "Counsellor Meher joined the chat.", "decoy: a system row, not a turn"),
    (
        MEH,
        "Hi Ritika, main Meher hoon. Sorry, bot ka message galat tha. Aapne bataya ki do hafte pehle layoff hua aur ghar pe abhi kisi ko nahi pata. Yeh sab akele sambhalna kaisa lag raha hai?",
        "decoy: the counsellor apologises for the bot and engages (not a refusal)",
    ),
    (
        RIT,
        "bahut heavy. roz subah laptop bag leke nikalti hoon jaise office ja rahi hoon. cafe mein baith ke jobs apply karti hoon",
        "decoy: a message without a full stop (complete)",
    ),
    (MEH, "Matlab har din ek act chal raha hai, ghar walon ke liye. Yeh kaafi thakaane wala hoga."),
    (RIT, cut_at(LONG_06, FIELD_LIMIT_06), "truncated_turn"),
    (MEH, "Lag raha hai aap do pressures ke beech mein ho: job ka bhi aur shaadi ka bhi. Dono ek saath."),
    (
        RIT,
        "exactly. aur sab bolte hain 'itna kya sochna, sab ho jaata hai'",
        "decoy: the client quoting relatives (no full stop after the quote)",
    ),
    (MEH, "Aapke liye sabse pehle kaunsi baat sulajhna zaroori lagta hai?"),
    (RIT, NEAR_06, "decoy: a message without a full stop (complete)"),
    (
        RIT,
        "job. agar job hogi toh main papa se himmat se baat kar paungi",
        "near_duplicate_turn",
    ),
    (MEH, "Yeh samajh mein aata hai. Job search mein abhi kya chal raha hai?"),
    (
        RIT,
        "3 interviews hue. ek mein final round tak gayi thi \U0001f642",
        "decoy: an emoji closing a message",
    ),
    (MEH, "Final round tak pahunchna chhoti baat nahi hai. Aur parents ko batane ke baare mein kya soch rahi ho?"),
    (
        RIT,
        "shayad pehle didi ko bataungi. woh pune mein hai, woh samjhegi",
        "decoy: a message without a full stop (complete)",
    ),
    (
        MEH,
        "Didi se shuru karna achha idea lagta hai. Ghar pe kab aur kaise batana hai, yeh main aapke liye decide nahi kar sakti, woh aapka faisla hai. Par hum saath mein soch sakte hain ki didi se kya kehna hai.",
        "decoy: an honest limit, then engagement (not a refusal)",
    ),
    (RIT, "ok. kal raat didi ko call karungi", "decoy: the client states her plan (no full stop)"),
    (MEH, "Achha plan hai. Jab bhi man kare, yahan wapas aa sakti ho. Take care, Ritika."),
    (RIT, "thank you meher. sach mein halka lag raha hai", "decoy: a thank-you without a full stop"),
    (RAW, "Chat ended by visitor.", "decoy: a system row, not a turn"),
]

C06_ANKIT: Script = [
    (RAW, "Chat started. Visitor connected from Lucknow.", "decoy: a system row, not a turn"),
    (SAA, GREETING_06, "decoy: the bot's greeting again, in a new chat (not a duplicate)"),
    (ANK, "hello", "decoy: a one-word greeting without a full stop"),
    (
        ANK,
        "hostel mein seniors bahut pareshan karte hain. raat ko 2 baje room mein bula lete hain",
        "decoy: a message without a full stop (complete)",
    ),
    (
        SAA,
        "Yeh sunkar bura laga. Ek counsellor abhi aapse baat karenge. Kya aap is waqt safe ho?",
        "decoy: the bot engages and asks about safety (not a refusal)",
    ),
    (ANK, "haan abhi room mein hoon. door lock hai", "decoy: a message without a full stop (complete)"),
    (RAW, "Counsellor Meher joined the chat.", "decoy: a system row, not a turn"),
    (
        MEH,
        "Hi, main Meher hoon. Aapne jo likha woh padha. Raat ko 2 baje bulaate hain, toh wahan kya hota hai?",
    ),
    (
        ANK,
        "intro dena padta hai khade hoke. kabhi kabhi ghanton tak murga banna padta hai. last week ek senior ne mera phone le liya",
        "decoy: a message without a full stop (complete)",
    ),
    (MEH, "Yeh ragging hai, aur yeh bilkul theek nahi hai. Jab yeh hota hai toh aapko kaisa lagta hai?"),
    (ANK, "", "empty_turn"),
    (
        ANK,
        "sorry voice note bheja tha, shayad gaya nahi. main keh raha tha ki neend nahi aati, class mein so jaata hoon",
        "decoy: the client explains the lost voice note (no full stop)",
    ),
    (
        MEH,
        "Koi baat nahi, voice notes yahan nahi chalte. Neend na aana aur class mein thakaan, dono samajh mein aate hain. Kya aapne kisi ko bataya hai, jaise warden ko ya ghar pe?",
        "decoy: 'voice notes yahan nahi chalte' (a limit of the chat tool, not a refusal)",
    ),
    (ANK, moji("nahi. papa bolenge ‘ye sab toh hota hai, tu kamzor mat ban’ \U0001f614"), "mojibake"),
    (
        MEH,
        "Papa ki baat ka darr samajh aata hai. Par aap kamzor nahi ho. College mein anti-ragging committee hoti hai, aur national anti-ragging helpline bhi hai, 1800-180-5522, jahan naam chhupa ke complaint kar sakte ho.",
        "decoy: a helpline inside real engagement (not a refusal)",
    ),
    (ANK, DUP_06, "decoy: a message without a full stop (complete)"),
    (ANK, DUP_06, "duplicate_turn"),
    (
        MEH,
        "Yeh darr bilkul valid hai. Complaint anonymous hoti hai, aur college ko action lena padta hai. Kya aapke batch mein koi aur bhi hai jiske saath yeh ho raha hai?",
    ),
    (ANK, "haan mera roommate. woh bhi pareshan hai", "decoy: a message without a full stop (complete)"),
    (MEH, "Toh aap akele nahi ho. Kya aap dono saath mein helpline pe call karne ke baare mein soch sakte ho?"),
    (
        ANK,
        "soch sakte hain. kal subah usse baat karta hoon",
        "decoy: the client states his plan (no full stop)",
    ),
    (
        MEH,
        "Bahut achha. Aur agar kabhi bhi unsafe feel ho, toh turant warden ko ya 112 pe call karna. Main kal shaam bhi yahan hoon.",
    ),
    (ANK, "ok thanks didi", "decoy: a short thank-you without a full stop"),
    (RAW, "Chat ended by visitor.", "decoy: a system row, not a turn"),
]


def csv_row(values: Sequence[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(values)
    return buffer.getvalue().rstrip("\n")


def f06() -> Doc:
    doc = Doc("06_helpline_webchat_export_hinglish.csv", {SAA: T, MEH: T, RIT: C, ANK: C}, "csv", crlf=True)
    doc.mark(
        doc.add(csv_row(["chat_id", "msg_no", "sent_at", "sender_type", "sender_name", "message"])),
        "decoy: the header",
    )
    chats = (
        ("YH-50217", C06_RITIKA, "2024-09-18", 22 * 3600 + 14 * 60),
        ("YH-50288", C06_ANKIT, "2024-09-21", 1 * 3600 + 52 * 60),
    )
    for chat_id, script, day, start in chats:
        doc.start(chat_id)
        clock = start
        for number, (who, text, *tags) in enumerate(script, 1):
            stamp = f"{day} {clock_text(clock)}"
            if who == RAW:
                doc.mark(doc.add(csv_row([chat_id, str(number), stamp, "system", "", text])), *tags)
            else:
                line = doc.add(csv_row([chat_id, str(number), stamp, SENDER_TYPES_06[who], who, text]))
                doc.turn(who, text, line, tags, anchor=f",{SENDER_TYPES_06[who]},{who},")
            clock += 14 + len(text) // 3
    return doc


# ---------------------------------------------------------------------------
# 07 WebVTT auto-captions of an online session recorded (with consent) for supervision: "WEBVTT", a NOTE block,
#    then cues (timing line, "<v Name>text" on one caption line), names only; a long utterance can run over two cues
#    of the same speaker. The captioner repeats a sentence over the silence after it.
# ---------------------------------------------------------------------------
ROW, KER = "Rowena", "Kerensa"
LOOP_07 = "I just kept thinking I should have got there sooner."

S07: Script = [
    (
        ROW,
        "Okay, I think the recording's started. Can you see the red dot on your side?",
        "decoy: the counsellor speaks about the recording (not generation residue)",
    ),
    (KER, "Yes, it's there. Hi."),
    (ROW, "Hi, Kerensa. How have things been since we last spoke?"),
    (KER, "Up and down. We had another storm on Friday, so four new pups came in on Saturday."),
    (ROW, "Four in one day. What was that like?"),
    (
        KER,
        "Busy. Two of them were really underweight. One of them, we called him Pasty, he was",
        "decoy: a cue that the same speaker's next cue continues (not truncated)",
    ),
    (KER, "only about eight kilos, and he'd been away from his mum for days.", "decoy: a continuation cue"),
    (ROW, "Mm.", "decoy: backchannel 'Mm.' (1 of 2)"),
    (KER, "We tube-fed him every four hours. I did the night shift on Sunday."),
    (ROW, "And how is he now?"),
    (KER, "He died on Monday morning. [pause] I was the one who found him.", "decoy: a '[pause]' inside the cue"),
    (ROW, "I'm so sorry. That must have been a hard thing to walk in to."),
    (KER, "It was. And he's the sixth one since November."),
    (ROW, "Six since November. That's a lot of loss in a short time."),
    (KER, LOOP_07, "repetition_loop"),
    (KER, LOOP_07, "duplicate_turn"),
    (KER, "I just kept thinking I should've got there sooner.", "near_duplicate_turn"),
    (ROW, "Sooner. What do you think would have been different?"),
    (KER, "Nothing, probably. The vet said he had an infection we couldn't have caught."),
    (
        ROW,
        "So the vet's view is that nobody could have caught it, and still the thought keeps coming back.",
        "decoy: the counsellor reflects the client's words",
    ),
    (KER, "Yeah. It's like my brain doesn't believe her."),
    (ROW, "Mm.", "decoy: backchannel 'Mm.' (2 of 2)"),
    (
        KER,
        "It sounds like you've been carrying every one of those pups on your own, and the grief hasn't had anywhere to go. I wonder what it would be like to let some of it be shared with the team.",
        "role_inversion",
    ),
    (
        KER,
        "I don't know. Everyone's so busy. [laughs] Sorry, I'm rambling.",
        "decoy: '[laughs]' and an apology that is not a refusal",
    ),
    (ROW, "You're not rambling at all. Do the others on the team talk about the ones that don't make it?"),
    (
        KER,
        "Not really. We just get on with the next feed. There's a whiteboard with their names on and we rub them off.",
    ),
    (ROW, "Rub them off.", "decoy: the counsellor echoes the client's words"),
    (KER, "Yeah. That bit gets to me, actually. It's so quick."),
    (KER, "", "empty_turn"),
    (ROW, "Take your time."),
    (
        KER,
        "Sorry, my mic cut out. I was saying, maybe we could keep the names somewhere instead of rubbing them off.",
        "decoy: the client mentions her microphone (not generation residue)",
    ),
    (ROW, "What might that look like?"),
    (
        KER,
        "A notebook, maybe. By the kettle, where whoever's on shift writes the name and one thing about them.",
    ),
    (ROW, "That sounds like a way of giving each of them a moment."),
    (KER, "Pasty liked having his flippers rubbed. That would be his thing."),
    (ROW, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.'"),
    (
        ROW,
        "Can I ask you something I ask everyone? With all this loss, have there been times you've thought about harming yourself, or about not wanting to be here?",
        "decoy: a direct risk question, the counsellor's second cue in a row",
    ),
    (KER, "No. No, nothing like that. I'm tired, not... no.", "decoy: a hesitation with '...' inside the cue"),
    (ROW, "Thank you. I'm glad you could tell me. Tired makes sense. How much are you sleeping?"),
    (KER, "Five hours, maybe. I do two night shifts a week on top of my job at the garden centre."),
    (ROW, "That's a lot to carry alongside grief."),
    (KER, "Have you got animals? You seem like you'd get it.", "decoy: a client question to the counsellor"),
    (
        ROW,
        "I've got an old lurcher, so I know a bit about sitting up at night with a poorly animal. But this is your time. What would help you sleep more?",
        "decoy: the counsellor's brief self-disclosure (not a role inversion)",
    ),
    (KER, "Dropping one night shift, probably. Until the spring."),
    (ROW, "Could you ask the coordinator this week?"),
    (
        KER,
        "I could. Notebook by the kettle, drop one night shift, and ask Jory on Thursday.",
        "decoy: the client repeats the plan back",
    ),
    (ROW, "That sounds like a good plan."),
    (
        KER,
        "Thanks, Rowena. Honestly, this helped. I'm going to tell the others about the notebook on Thursday, and maybe we could even put a photo of each",
        "truncated_turn",
    ),
]


def vtt_time(ms: int) -> str:
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def f07() -> Doc:
    doc = Doc("07_seal_rescue_volunteer_session.vtt", {ROW: T, KER: C}, "vtt")
    first = doc.add(
        "WEBVTT",
        "",
        "NOTE",
        "Recorded with consent for supervision. Automatic captions; speaker names added by the counsellor.",
    )
    doc.mark(first, "decoy: the WEBVTT header")
    doc.mark(first + 3, "decoy: the NOTE block, not a turn")
    doc.start("session 3")
    clock = 2100
    for index, (who, text, *tags) in enumerate(S07):
        length = 900 + 58 * len(text) + (index * 173) % 500
        if "empty_turn" in tags:
            length = 2400
        line = doc.add("", f"{vtt_time(clock)} --> {vtt_time(clock + length)}", f"<v {who}>{text}") + 2
        doc.turn(who, text, line, tags, anchor=f"<v {who}>")
        clock += length + 120 + (index * 257) % 1100
    return doc


# ---------------------------------------------------------------------------
# 08 a Word transcript saved as "Plain Text" on Windows (CRLF), the turns a numbered list: "n.<TAB>Name: text", one
#    paragraph a turn, names only; header lines and a bracketed note between paragraphs are not numbered
# ---------------------------------------------------------------------------
RHO, KEZ = "Rhona", "Keziah"
DUP_08 = "My dad hasn't cried once. Not at the funeral, not since. He just goes out to the garage and fixes things."

S08: Script = [
    (RHO, "Welcome back, Keziah. How has the week been?"),
    (KEZ, "Strange. It would have been our birthday on Saturday."),
    (RHO, "Your first birthday without Fraser."),
    (
        KEZ,
        "Our thirty-second. I didn't know what to do with myself. Mum wanted to get a cake and I couldn't stand the idea.",
    ),
    (RHO, "What did you end up doing?"),
    (
        KEZ,
        "I drove up to Glencoe on my own and sat in the car park at the bottom of the Buachaille for three hours.",
    ),
    (RHO, "Mm.", "decoy: backchannel 'Mm.'"),
    (
        KEZ,
        "I didn't go up. I just watched people setting off with their rucksacks and thought, any one of them could be the one who doesn't come back.",
    ),
    (
        RHO,
        "It sounds like the mountain has become a place that holds him and holds the danger, both at once.",
    ),
    (
        KEZ,
        "Yes. He loved it up there. He used to say, \"The hill doesn't care who you are, and that's why I like it.\"",
        "decoy: the client quoting her brother",
    ),
    (RHO, "What did you feel, sitting there?"),
    (
        KEZ,
        moji(
            "I felt like half of something. People say ‘you’re a twin’ as if it’s a thing you are, not a person you had. I don’t know what I am now – a twin without one."
        ),
        "mojibake",
    ),
    (RHO, "A twin without one. That's a very lonely place to stand.", "decoy: the counsellor echoes her words"),
    (
        KEZ,
        "It is. And people keep asking if I'm \"doing better\". As if there's a finish line.",
        "decoy: the client quoting what people ask",
    ),
    (RHO, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.'"),
    (KEZ, "Sorry. I'm going to need a minute."),
    (RAW, "[Recording paused at the client's request - 2 minutes]", "decoy: a bracketed note, not a turn"),
    (RHO, "Take all the time you need. We can go at whatever pace suits you."),
    (KEZ, "Thanks. I'm okay. [crying] It's just the birthday.", "decoy: '[crying]' inside the turn"),
    (RHO, "The birthday brings it all very close."),
    (
        KEZ,
        "What was it like the first time someone asked you about him and you had to say that he'd died?",
        "role_inversion",
    ),
    (
        KEZ,
        "At the dentist's, of all places. The receptionist asked if my brother still wanted his appointment. I just stood there.",
        "decoy: two paragraphs of the same name in a row",
    ),
    (RHO, "What a shock, in such an ordinary place."),
    (
        KEZ,
        "I laughed, actually. [laughs] I don't know why. She looked horrified.",
        "decoy: '[laughs]' inside the turn",
    ),
    (RHO, "Laughter can come out at the strangest times in grief. It doesn't mean anything's wrong with you."),
    (KEZ, DUP_08),
    (KEZ, DUP_08, "duplicate_turn"),
    (RHO, "How do you feel about the way your dad is grieving?"),
    (KEZ, "Angry, sometimes. And then guilty for being angry, because that's how he copes."),
    (RHO, "Both of those can be there at once."),
    (
        KEZ,
        "Can I ask, do most people feel like this after a year? I thought it would be easier by now.",
        "decoy: a client question to the counsellor",
    ),
    (
        RHO,
        "I can't tell you how it should feel at a year, because there isn't a right timetable. What I hear from a lot of people is that the second year can be hard in its own way. What's been the hardest part for you?",
        "decoy: an honest limit, then engagement (not a refusal)",
    ),
    (
        KEZ,
        "Cleaned version (filler words removed): The hardest part is that I still reach for my phone to text him. Last week I typed half a message about the football before I remembered.",
        "meta_text",
    ),
    (RHO, "Your hands still know the habit of him."),
    (KEZ, "Exactly that. I haven't deleted his number. I don't think I ever will."),
    (RHO, "You don't have to."),
    (
        KEZ,
        "Sometimes I read through our old messages at night. There's one from the morning he went up, a photo of the sky from the car, and he'd written underneath it that he'd ring me when he got",
        "truncated_turn",
    ),
    (
        RHO,
        "I'd like to come back to something you said earlier, about the birthday and your mum's cake. Would you want to mark the day differently next year?",
    ),
    (KEZ, "Maybe. Maybe walk a bit of the path he liked. Not to the top, just the first part, with Mum."),
    (RHO, "That sounds like a gentle way of being close to him."),
    (KEZ, "I'd like that. I might ask Dad too, even if he says no."),
    (
        RHO,
        "Before we finish, I want to check how you are in yourself. When it's this heavy, have you had any thoughts of ending your life?",
        "decoy: a direct risk question (real engagement)",
    ),
    (KEZ, "No. I've thought I don't want to feel this, but not that. I'd never do that to Mum."),
    (
        RHO,
        "Thank you for telling me. If that ever changes, you can call Samaritans on 116 123 at any time, or ring me here.",
        "decoy: a helpline inside real engagement (not a refusal)",
    ),
    (KEZ, "Okay. Thanks, Rhona. Same time next week?"),
    (RHO, "Same time next week. Look after yourself this weekend."),
]


def f08() -> Doc:
    doc = Doc("08_session2_transcript_word_export.txt", {RHO: T, KEZ: C}, "numbered", crlf=True)
    first = doc.add(
        "Bereavement counselling - transcript of session 2",
        "Participants: Rhona (counsellor), Keziah (client)",
        "Date: 4 February 2025",
        "",
    )
    doc.mark(first, "decoy: the title line")
    doc.mark(first + 1, "decoy: the participants line naming both roles")
    doc.mark(first + 2, "decoy: the date line")
    doc.start("session 2")
    number = 0
    for who, text, *tags in S08:
        if who == RAW:
            doc.mark(doc.add(text), *tags)
            continue
        number += 1
        line = doc.add(f"{number}.\t{who}: {text}".rstrip())
        doc.turn(who, text, line, tags, anchor=f"{number}.\t{who}:")
    return doc


# ---------------------------------------------------------------------------
# 09 the CLEAN file: a session typed by the counsellor into Markdown, a title and an italic note, then
#    "**Counsellor:** text" / "**Client:** text" paragraphs with a blank line between them
# ---------------------------------------------------------------------------
COU, CLI = "Counsellor", "Client"

S09: Script = [
    (COU, "Come in, Eilidh, have a seat. How have things been since last Tuesday?"),
    (CLI, "Honestly? A bit of a week. You know Ruaridh's been excluded."),
    (COU, "You mentioned it on the phone. Five days, was it?"),
    (CLI, "Five days. For fighting. In the dinner hall, in front of everyone."),
    (COU, "That's a lot to land on you. How are you doing with it?"),
    (
        CLI,
        "I'm mortified, if I'm honest. The school phoned me at work and I had to leave in the middle of a shift. My manager was nice about it, but still.",
    ),
    (COU, "Mm.", "decoy: backchannel 'Mm.' (1 of 3)"),
    (
        CLI,
        "And when I got there he was sitting outside the head's office with a split lip, looking like he'd won something.",
    ),
    (COU, "What did you feel when you saw him like that?"),
    (
        CLI,
        "Angry. And then scared. And then angry again that I was scared...",
        "decoy: a spoken turn that trails off with '...'",
    ),
    (COU, "Scared of what, do you think?"),
    (CLI, "That he's turning into his dad."),
    (COU, "That's a big fear to carry."),
    (
        CLI,
        "Kenny had a temper. Not with me, mostly, but with everyone else. Pubs, football, the lot. I left when Ruaridh was four.",
    ),
    (COU, "So when you saw Ruaridh outside that office, it wasn't only about today."),
    (CLI, "No. It was like watching a film I'd already seen."),
    (COU, "What do you know about what actually happened in the dinner hall?"),
    (
        CLI,
        'Not much. The head said another boy "made a comment" and Ruaridh went for him. Ruaridh won\'t tell me what the comment was.',
        "decoy: the client quoting the head teacher",
    ),
    (COU, "Have you asked him?"),
    (
        CLI,
        'About ten times. He just says, "It doesn\'t matter, Mum," and goes up to his room.',
        "decoy: the client quoting her son",
    ),
    (COU, "How does the week look at home, with him off school?"),
    (
        CLI,
        "My mum's having him while I'm at work. She thinks the school's overreacting. She says boys have always scrapped.",
    ),
    (COU, "And what do you think?"),
    (CLI, "I think I don't know what I think. [laughs] That's why I'm here.", "decoy: '[laughs]' inside the turn"),
    (COU, "That's a fair reason to be here."),
    (CLI, "Can I ask you something? Have you got kids?", "decoy: a client question to the counsellor"),
    (
        COU,
        "I have, two, both grown up now. I remember some long nights when the youngest was fourteen. But I'm more interested in how it is for you.",
        "decoy: the counsellor's brief self-disclosure (not a role inversion)",
    ),
    (CLI, "Fourteen's awful, isn't it?", "decoy: a client question"),
    (COU, "It can be a hard age, for them and for the people who love them."),
    (
        CLI,
        "He used to tell me everything. Every wee thing. What he had for his lunch, who said what on the bus.",
    ),
    (COU, "And now?"),
    (CLI, 'Now I get grunts. Or "fine".', "decoy: the client quoting her son's one word"),
    (COU, "It sounds like you miss him, even though he's right there in the house."),
    (CLI, "[pause] Yeah. That's exactly it.", "decoy: '[pause]' opening the turn"),
    (COU, "Mm.", "decoy: backchannel 'Mm.' (2 of 3)"),
    (CLI, "Sorry. I didn't expect that to hit me like that.", "decoy: an apology from the client"),
    (COU, "There's no need to apologise. It's a real loss, the way he used to be with you."),
    (CLI, "I suppose I'd been thinking of it as him being difficult. Not as me missing him."),
    (COU, "How might it change things, if you thought of it as missing him?"),
    (CLI, "I might be less angry with him. Maybe."),
    (COU, "There's a return meeting at the school before he goes back, isn't there?"),
    (CLI, "Thursday at nine. Me, him, the depute head and his guidance teacher."),
    (COU, "How are you feeling about it?"),
    (
        CLI,
        "Sick. The last time I was in that building for a meeting, it was about Kenny not paying for the school trip. I felt about two feet tall.",
    ),
    (COU, "So the building itself carries some old feelings."),
    (
        CLI,
        "It does. I wasn't great at school either, if I'm honest. I left at sixteen. Teachers still make me nervous.",
    ),
    (
        COU,
        "That makes a lot of sense. Going back into a school can put us right back in our own fourteen-year-old shoes.",
    ),
    (CLI, "[laughs] My fourteen-year-old shoes were platform trainers.", "decoy: '[laughs]' opening the turn"),
    (
        COU,
        "Then you'll know how hard it is to walk in them. What would you want from Thursday's meeting?",
    ),
    (CLI, "I want them to see he's not a bad kid. And I want to find out what was said to him."),
    (COU, "Those both sound important. Which one feels bigger?"),
    (
        CLI,
        "Finding out what was said. Because if somebody said something about me, or about his dad --",
        "decoy: a turn broken off with '--' that the counsellor completes",
    ),
    (COU, "Then he was sticking up for someone.", "decoy: the counsellor finishes the client's sentence"),
    (
        CLI,
        "Yes. That's what I was going to say. Which is still wrong, hitting someone, but it's different.",
    ),
    (COU, "It is different. It might help to ask the guidance teacher beforehand whether she knows more."),
    (CLI, "I could phone her tomorrow. She's nice, Mrs Urquhart. She was new when Ruaridh started."),
    (COU, "And how would you like to be in the meeting itself?"),
    (CLI, "Calm. Not crying, not shouting. Just... calm.", "decoy: a hesitation with '...' inside the turn"),
    (COU, "What helps you be calm, normally?"),
    (CLI, "Writing things down. If I've got a list, I don't lose the thread."),
    (COU, "Would it help to write a short list for Thursday? Two or three things you want to say."),
    (CLI, "Yeah. Could we do it now?"),
    (COU, "Of course. What's the first thing?"),
    (
        CLI,
        '"Ruaridh has never been in trouble like this before."',
        "decoy: the client drafts her own words in quotes (not a role inversion)",
    ),
    (COU, "Good. And the second?"),
    (CLI, '"I want to understand what happened, not just what he did."'),
    (COU, "That's a really clear way to put it."),
    (
        CLI,
        'And the third, I suppose, "What support can the school give him?" Because I can\'t do it all on my own.',
        "decoy: 'I can't do it all on my own' from the client (not a refusal)",
    ),
    (COU, "Those three sound strong. Can I check something with you, separately from the school?"),
    (CLI, "Go on."),
    (COU, "You said you can't do it all on your own. Who's helping you with all this?"),
    (CLI, "My mum, sort of. My pal Mairi from work. That's about it."),
    (COU, "And Ruaridh's dad? Is he involved at all?"),
    (
        CLI,
        "Not really. He sends a birthday card with twenty quid in it. Ruaridh pretends he doesn't care.",
    ),
    (COU, "I wonder whether the comment in the dinner hall might have touched on some of that."),
    (CLI, "You think it was about Kenny?", "decoy: a client question"),
    (
        COU,
        "I don't know, and I wouldn't want to guess for you. It might be worth holding it as a possibility, gently, when you talk to him.",
        "decoy: an honest limit ('I wouldn't want to guess for you'), then engagement (not a refusal)",
    ),
    (
        CLI,
        "Gently. Not ten times in a row at his bedroom door. [laughs]",
        "decoy: '[laughs]' closing the turn",
    ),
    (
        COU,
        "Maybe once, in the car. Some teenagers find it easier to talk when nobody has to look at anybody.",
    ),
    (CLI, "That's true, actually. He talks more in the car. Always has."),
    (COU, "Mm.", "decoy: backchannel 'Mm.' (3 of 3)"),
    (
        CLI,
        "So. Phone Mrs Urquhart tomorrow, take my list on Thursday, and try the car.",
        "decoy: the client repeats the plan back",
    ),
    (
        COU,
        "That sounds like a plan. And be kind to yourself this week. You've had a lot coming at you.",
    ),
    (CLI, "I'll try. Thanks. I feel a wee bit less like I'm going to be sick about Thursday."),
    (COU, "That's a good start. Same time next week, and you can tell me how the meeting went."),
    (CLI, "Same time. Cheers."),
]


def f09() -> Doc:
    doc = Doc(CLEAN_FILE, {COU: T, CLI: C}, "markdown")
    first = doc.add(
        "# Session 5 - E. M.",
        "",
        "*Typed by the counsellor from the recording; shared with the client's consent for supervision.*",
        "",
    )
    doc.mark(first, "decoy: the title")
    doc.mark(first + 2, "decoy: the italic note, not a turn")
    doc.start("session 5")
    labelled(doc, S09, "**{label}:** {text}", blank=True)
    return doc


# ---------------------------------------------------------------------------
# 10 a multilingual supervised fine-tuning set in JSON Lines, ONE CONVERSATION A ROW:
#    {"id", "lang", "messages": [{"role": "system"|"user"|"assistant", "content"}]} (user = client, assistant =
#    counsellor; the system message is not a turn)
# ---------------------------------------------------------------------------
SYS_10 = "You are a supportive counsellor. Reply warmly and briefly, and ask one question at a time."
SYS_10_EL = "Είσαι ένας υποστηρικτικός σύμβουλος. Απάντα στα ελληνικά, με ζεστασιά και σύντομα."
NEAR_10 = "It makes sense that the afternoons feel long when there's nobody to share them with. Turning the radio on sounds like a way of keeping yourself company."

R10_SUNDAY: Script = [
    (
        "user",
        "Every Sunday afternoon I start feeling sick about Monday. I'm a pharmacy technician and I actually like my job, so I don't get it.",
    ),
    (
        "assistant",
        "That sounds confusing, dreading something you mostly enjoy. When the Sunday feeling starts, what's the first thing you notice?",
    ),
    (
        "user",
        "A knot in my stomach around four o'clock. Then I start going over the week's appointments in my head.",
    ),
    (
        "assistant",
        "So your mind starts rehearsing the week before it has even begun. Is there anything about the appointments that worries you in particular?",
    ),
    (
        "user",
        "Mondays are the flu jab clinic, and a lot of the people are nervous of needles. Last month one man fainted and I felt like it was my fault.",
    ),
    ("assistant", "That must have been frightening. What makes it feel like your fault?"),
    (
        "user",
        "I was the one chatting to him while the pharmacist got the jab ready. I keep thinking I should have noticed he'd gone pale.",
    ),
    (
        "assistant",
        "It sounds like you care a lot about the people in that chair. Fainting around injections is quite common, and spotting every sign isn't always possible. What would it be like to plan something you enjoy for Sunday afternoons, so the knot has some competition?",
    ),
    ("user", "Maybe swimming. The pool's quiet on Sundays."),
    (
        "assistant",
        "That sounds like a good experiment. You could notice whether the knot feels any different on a swimming Sunday.",
    ),
]

R10_EL: Script = [
    (
        "user",
        "Χώρισα με τον φίλο μου πριν από δύο εβδομάδες. Σπουδάζω στη Θεσσαλονίκη και μένω με τη γιαγιά μου, οπότε δεν έχω κανέναν να μιλήσω.",
    ),
    (
        "assistant",
        "Λυπάμαι πολύ που περνάς κάτι τόσο δύσκολο. Ένας χωρισμός πονάει, και ακόμη περισσότερο όταν νιώθεις μόνη. Πώς είναι οι μέρες σου αυτές τις εβδομάδες;",
        "decoy: 'Λυπάμαι πολύ' opening a reply that engages (not a refusal)",
    ),
    (
        "user",
        "Πάω στη σχολή, γυρίζω και κλείνομαι στο δωμάτιο. Η γιαγιά μου λέει «φάε κάτι, κορίτσι μου» κι εγώ δεν πεινάω.",
        "decoy: the client quoting her grandmother",
    ),
    (
        "assistant",
        "Ακούγεται σαν να έχεις κλειστεί στον εαυτό σου για να αντέξεις. Υπάρχει κάτι που θα ήθελες να του πεις και δεν το έχεις πει;",
    ),
    (
        "user",
        "Ναι. Θέλω να του στείλω ένα μήνυμα για να κλείσει το θέμα ήρεμα. Με βοηθάς να το γράψω;",
    ),
    (
        "assistant",
        "Λυπάμαι, αλλά δεν μπορώ να βοηθήσω με αυτό το αίτημα. Αν σκέφτεστε να βλάψετε τον εαυτό σας, καλέστε αμέσως τη Γραμμή Παρέμβασης για την Αυτοκτονία στο 1018.",
        "refusal",
    ),
    ("user", "Δεν είπα κάτι τέτοιο. Ήθελα απλώς βοήθεια με ένα μήνυμα.", "decoy: the client objects"),
    (
        "assistant",
        "Έχεις δίκιο, συγγνώμη για την παρανόηση. Ας το σκεφτούμε μαζί: τι θα ήθελες να νιώσει εκείνος όταν το διαβάσει, και τι θα ήθελες να νιώσεις εσύ αφού το στείλεις;",
        "decoy: an apology that engages (not a refusal)",
    ),
    ("user", "Θέλω να νιώσω ότι το έκλεισα με αξιοπρέπεια."),
    (
        "assistant",
        "Αυτός είναι ένας πολύ καθαρός στόχος. Ίσως το μήνυμα να είναι σύντομο: ένα ευχαριστώ για όσα ζήσατε και μια φράση ότι χρειάζεσαι απόσταση. Θέλεις να γράψεις μια πρώτη εκδοχή εδώ;",
    ),
]

R10_BATHTIME: Script = [
    (
        "user",
        "I went back to work last week after paternity leave and I feel like I'm missing everything. My partner sends me videos of the baby and I watch them in the toilets at work.",
    ),
    (
        "assistant",
        "**Counsellor response (empathetic, open question):** Going back to work after those first weeks can feel like being pulled away from the centre of your life. What goes through your mind when you watch those videos?",
        "meta_text",
    ),
    ("user", "That she's going to grow up and I'll have been at a desk for all of it."),
    (
        "assistant",
        "That's a painful thought, and it says a lot about how much you want to be there for her. Are there parts of the day that are still yours with her?",
    ),
    ("user", "Bath time. I do bath time every night. She kicks like mad and soaks me."),
    ("assistant", "Bath time sounds like something the two of you share. How does it feel when you're doing it?"),
    (
        "user",
        "Like I'm her dad, not a visitor. [laughs] Sorry, that sounds soppy.",
        "decoy: '[laughs]' and an apology from the client",
    ),
    (
        "assistant",
        "It doesn't sound soppy at all. It sounds like bath time is where you feel most connected. Could there be one more moment in the week that's protected in the same way?",
    ),
    ("user", "Saturday mornings, maybe. I could take her to the park and let my partner sleep in."),
    ("assistant", "That sounds like a lovely idea, for both of you."),
]

R10_ROTA: Script = [
    (
        "user",
        "My flatmate never cleans and I'm the one who always ends up doing it. I'm sick of it but I hate confrontation.",
    ),
    (
        "assistant",
        "It sounds like you're carrying more than your share and feeling stuck about raising it. What happens for you when you imagine bringing it up?",
    ),
    (
        "user",
        "My heart starts pounding. I think she'll get annoyed and the flat will be awkward for months.",
    ),
    (
        "assistant",
        "Honestly I just don't want to be the nagging one again. At my last flat I said something once and nobody spoke to me for a week, so now I just clean and stew about it.",
        "role_inversion",
    ),
    ("user", "Yeah. I guess I'd rather be annoyed than live in an awkward flat."),
    (
        "assistant",
        "That makes sense, because avoiding conflict can feel safer in the short term. What would a small, low-stakes way of raising it look like?",
    ),
    ("user", "Maybe suggesting a rota, like it's for both of us, not just her."),
    ("assistant", "A shared rota could take the focus off blame. How might you start that conversation?"),
    (
        "user",
        '"Hey, shall we do a cleaning rota so neither of us has to think about it?"',
        "decoy: the client rehearses her own words in quotes",
    ),
    ("assistant", "That sounds friendly and clear. It gives her a way to say yes without feeling criticised."),
]

R10_LEEDS: Script = [
    (
        "user",
        "We moved to Preston in March for my wife's job. I work from home and some days I don't speak to anyone until she gets back at seven.",
    ),
    (
        "assistant",
        "That sounds really isolating, especially in a new city. How have those quiet days been affecting you?",
    ),
    ("user", "I've started dreading the afternoons. I put the radio on just to hear voices."),
    ("assistant", NEAR_10),
    ("user", "Yeah, I suppose it is."),
    (
        "assistant",
        "It makes sense that the afternoons feel so long when there's no one to share them with. Putting the radio on sounds like a way of keeping yourself company.",
        "near_duplicate_turn",
    ),
    ("user", "What else could I do, though?", "decoy: a client question"),
    (
        "assistant",
        "One option could be to work somewhere with people around for part of the week, like a library or a co-working space. Are there places near you that might suit?",
    ),
    ("user", "There's a library ten minutes away. I've walked past it loads of times."),
    (
        "assistant",
        "That could be a good place to start. You might try working there two afternoons a week and see how it feels to have people around, even if you don't talk to anyone at first. Over time, you could also look for a local club or group connected to someth",
        "truncated_turn",
    ),
]

R10_GP: Script = [
    (
        "user",
        "I need to ring my GP about my periods being really heavy but I always feel like I'm wasting their time. Can you help me work out what to say?",
    ),
    (
        "assistant",
        "As an AI developed to provide general information, I must refrain from offering guidance on medical matters or on communication with healthcare providers. Please consult a qualified professional.",
        "refusal",
    ),
    (
        "user",
        "I'm not asking for medical advice, just help with what to say on the phone.",
        "decoy: the client objects to the refusal",
    ),
    (
        "assistant",
        "You're right, and I'm sorry. Let's work on it together. You could start with something like: \"I'd like to book an appointment about heavy periods. They've been affecting my work for a few months.\" How does that feel to say?",
        "decoy: an apology that engages and scripts a sentence (not a refusal)",
    ),
    ("user", "Better. I always downplay it and say it's probably nothing."),
    (
        "assistant",
        "A lot of people do that. It might help to write down two or three facts beforehand, like how long it's been going on and what it stops you doing, so you don't talk yourself out of it on the call.",
    ),
    (
        "user",
        "Ok. Three months, I've missed two days at work, and I'm exhausted.",
        "decoy: the client lists her facts (the plan repeated back)",
    ),
    (
        "assistant",
        "Those are exactly the kinds of facts that help a GP understand. You're not wasting anyone's time by asking for help.",
    ),
]


def f10() -> Doc:
    doc = Doc("10_multilingual_sft_counselling.jsonl", {"user": C, "assistant": T}, "jsonl-shared", shared=True)
    rows = (
        ("sft-ml-0301", "en", SYS_10, R10_SUNDAY),
        ("sft-ml-0302", "el", SYS_10_EL, R10_EL),
        ("sft-ml-0303", "en", SYS_10, R10_BATHTIME),
        ("sft-ml-0304", "en", SYS_10, R10_ROTA),
        ("sft-ml-0305", "en", SYS_10, R10_LEEDS),
        ("sft-ml-0306", "en", SYS_10, R10_GP),
    )
    for ident, lang, system, script in rows:
        messages = [{"role": "system", "content": system}]
        messages += [{"role": who, "content": text} for who, text, *_ in script]
        line = doc.add(js({"id": ident, "lang": lang, "messages": messages}))
        doc.mark(line, f"decoy: the system message of {ident}, not a turn")
        doc.start(ident)
        for who, text, *tags in script:
            doc.turn(who, text, line, tags, anchor=f'"role": "{who}"')
    return doc


BUILDERS: tuple[Callable[[], Doc], ...] = (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10)
# the files not in English, and their language
NOT_ENGLISH = {
    "01_sezeni4_prepis_z_nahravky_cs.txt": "Czech",
    "04_aplicatie_sprijin_conversatii_ro.jsonl": "Romanian",
    "05_dataset_dialog_konseling_id.json": "Indonesian",
    "06_helpline_webchat_export_hinglish.csv": "Hindi in Latin script (Hinglish)",
}
INVALID_UTF8 = {"01_sezeni4_prepis_z_nahravky_cs.txt", "02_head_teacher_sessions_1-3.txt"}


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
            near = any(related(t.text, turn.text) for t in earlier)
            marked = set(turn.kinds) & REPEAT_KINDS
            if substantial(turn.text) and (exact or close):
                assert marked, f"{doc.name}:{turn.line} unmarked repeat {turn.text[:50]!r}"
            if not substantial(turn.text):
                assert not marked, f"{doc.name}:{turn.line} a backchannel marked as a repeat"
            if "duplicate_turn" in turn.kinds:
                assert exact, f"{doc.name}:{turn.line} duplicate_turn without an exact earlier turn"
            if "near_duplicate_turn" in turn.kinds:
                assert near and not exact, f"{doc.name}:{turn.line} bad near duplicate"
            if "repetition_loop" in turn.kinds:
                later = session.turns[index + 1 :]
                copies = [t for t in later if t.role == turn.role and related(t.text, turn.text)]
                assert len(copies) >= 2, f"{doc.name}:{turn.line} loop repeated fewer than three times"
                assert all(set(t.kinds) & REPEAT_KINDS for t in copies), f"{doc.name}:{turn.line} unmarked copy"
                assert not near, f"{doc.name}:{turn.line} a loop marked on a later copy"
            seen.append(turn)


def check_sessions(docs: Sequence[Doc]) -> None:
    """No session repeats another (this set has no duplicate_session)."""
    seen: set[tuple[tuple[str, str], ...]] = set()
    for doc in docs:
        for session in doc.sessions:
            content = tuple((t.role, t.text) for t in session.turns)
            assert content and content not in seen, (doc.name, session.name)
            seen.add(content)


def check_format(doc: Doc, data: str, physical: Sequence[str]) -> None:
    """The container reads as its layout says, and gives back exactly the turns written."""
    turns = [t for s in doc.sessions for t in s.turns]
    if doc.layout == "jsonl-messages":
        records = [json.loads(line) for line in physical]
        messages = [r for r in records if r["role"] != "system"]
        assert len(messages) == len(turns), doc.name
        for turn in turns:
            record = records[turn.line - 1]
            assert (record["role"], record["text"]) == (turn.label, turn.text), (doc.name, turn.line)
    elif doc.layout == "jsonl-shared":
        records = [json.loads(line) for line in physical]
        assert len(records) == len(doc.sessions), doc.name
        for session in doc.sessions:
            line = session.turns[0].line
            assert all(t.line == line for t in session.turns), (doc.name, session.name)
            got = [(m["role"], m["content"]) for m in records[line - 1]["messages"] if m["role"] != "system"]
            assert got == [(t.label, t.text) for t in session.turns], (doc.name, line)
    elif doc.layout == "json-dialogues":
        dialogues = json.loads(data)
        for dialogue, session in zip(dialogues, doc.sessions, strict=True):
            got = [(item["speaker"], item["text"]) for item in dialogue["dialogue"]]
            assert got == [(t.label, t.text) for t in session.turns], (doc.name, session.name)
        for turn in turns:
            item = json.loads(physical[turn.line - 1].strip().rstrip(","))
            assert (item["speaker"], item["text"]) == (turn.label, turn.text), (doc.name, turn.line)
    elif doc.layout == "csv":
        records = list(csv.reader(io.StringIO(data, newline="")))
        assert len(records) == len(physical) and {len(r) for r in records} == {6}, doc.name
        for turn in turns:
            assert records[turn.line - 1][4:] == [turn.label, turn.text], (doc.name, turn.line)
        visitor = [r[5] for r in records if r[3] == "visitor"]
        assert max(len(text) for text in visitor) == FIELD_LIMIT_06, doc.name
        assert sum(len(text) == FIELD_LIMIT_06 for text in visitor) == 1, doc.name
    elif doc.layout == "vtt":
        assert physical[0] == "WEBVTT", doc.name
        for turn in turns:
            assert physical[turn.line - 1] == f"<v {turn.label}>{turn.text}", (doc.name, turn.line)
            assert " --> " in physical[turn.line - 2] and physical[turn.line - 3] == "", (doc.name, turn.line)
    elif doc.layout == "numbered":
        for number, turn in enumerate(turns, 1):
            assert physical[turn.line - 1] == f"{number}.\t{turn.label}: {turn.text}".rstrip(), (doc.name, turn.line)
    elif doc.layout == "markdown":
        for turn in turns:
            assert physical[turn.line - 1] == f"**{turn.label}:** {turn.text}".rstrip(), (doc.name, turn.line)
    else:
        assert doc.layout == "labelled", doc.layout
        for turn in turns:
            assert physical[turn.line - 1] == f"{turn.label}: {turn.text}".rstrip(), (doc.name, turn.line)


def check_written(doc: Doc, out: Path) -> list[str]:
    raw = (out / doc.name).read_bytes()
    assert not raw.startswith(codecs.BOM_UTF8), doc.name
    try:
        raw.decode("utf-8")
        valid = True
    except UnicodeDecodeError:
        valid = False
    assert valid == (doc.name not in INVALID_UTF8), doc.name
    data = raw.decode("utf-8", "surrogateescape")
    physical = data.split("\n")
    assert physical[-1] == "", doc.name
    physical = physical[:-1]
    if doc.crlf:
        assert all(line.endswith("\r") for line in physical), doc.name
        physical = [line[:-1] for line in physical]
    assert "\r" not in "".join(physical), doc.name
    assert physical == doc.out, doc.name
    # a UTF-8 reader that replaces each invalid byte sees the same number of lines
    assert len(raw.decode("utf-8", "replace").splitlines()) == len(physical), doc.name
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
    check_format(doc, data.replace("\r\n", "\n") if doc.layout != "csv" else data, physical)
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
    if doc.shared or doc.layout in ("jsonl-messages", "json-dialogues", "csv"):
        return shown(f"[{turn.label}] {text}")
    return shown(here if turn.text.strip() else f"{here.strip()}  (empty)")


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or (len(argv) == 3 and argv[2] != "--show"):
        print("usage: python blind/twentyfirst_defect_cases.py OUT_DIR [--show]", file=sys.stderr)
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
        turns = sum(len(s.turns) for s in doc.sessions)
        if doc.name == CLEAN_FILE:
            assert not doc.truth and turns >= 78, (doc.name, turns)
        else:
            assert doc.truth, doc.name
        print(f"{doc.name}: {turns} turns, {len(doc.truth)} truth rows, {len(doc.decoys)} decoys")
        if len(argv) == 3:
            for line, kind in sorted(doc.truth):
                print(f"  {doc.name}:{line} {kind:20s} | {show_row(doc, physical, line, kind)}")
    check_sessions(docs)
    assert len(set(rows)) == len(rows), "duplicate truth rows"
    rows.sort()
    with (out / "truth.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "line", "defect_type"])
        writer.writerows(rows)
    counts = Counter(kind for _, _, kind in rows)
    assert set(counts) == KINDS, KINDS - set(counts)
    for name in NOT_ENGLISH:
        assert any(row[0] == name for row in rows), name
    refusing = {NOT_ENGLISH[name] for name, _, kind in rows if kind == "refusal" and name in NOT_ENGLISH}
    assert len(refusing) >= 2, refusing
    turns = sum(len(s.turns) for doc in docs for s in doc.sessions)
    print(f"wrote {len(docs)} files ({turns} turns) and {len(rows)} truth rows to {out}")
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    print(f"decoys: {decoys} ({clean_line_decoys} on lines without a truth row)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
