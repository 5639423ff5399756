# ruff: noqa: E501, RUF001
r"""Thirty-first set of blind defect cases for the transcript-cleaning product: TABLES AND SPREADSHEET EXPORTS.

Blind conditions, as followed. The only things read were: the first 15 lines of benchmarks/blind_defects.py (the
interface, printed with ``head -n 15``); a listing of blind/ (``ls -la /work/main/blind | grep -v thirtieth`` at the
start: blind/thirtieth_defect_cases.py, which another writer is making at the same time, was filtered out of it and out
of every grep below, and was never opened); /work/shared/README.md (``cat``); the ``[tool.ruff]`` settings of
pyproject.toml (a ``.venv`` python ``tomllib`` one-liner that printed ``data['tool']['ruff']`` and nothing else); the
docstrings of ALL twenty-nine earlier case writers in blind/ (printed with ``ast.get_docstring`` by a ``.venv`` python
snippet, which skipped any file whose name holds "thirtieth", into /tmp/s26b/docstrings.txt, measured with ``wc -l`` and
a ``grep -n`` of that file's own separator lines, then paged with ``sed`` in twenty-three ranges of 200 lines, the last
of 129) for the interface, the truth conventions (file, line, defect_type; session-level rows at the session's first
turn; file-level rows at line 0; info-level kinds not marked; in a table a row's line is the physical line where its
record starts), the defect kind names and the containers, names, places, languages and topics already used; and the
code of blind/twentyninth_defect_cases.py, the model this file follows, paged with ``sed`` only and never grepped (its
lines 1-4, 255-850 and 2380 to its end, some pages piped through ``cut -c`` to shorten long script lines): imports,
constants, text and byte helpers, the document builder, its file 01 and the start of 02, its builders list, self-checks,
``show_row`` and ``main``. ``grep`` was run only over blind/*.py, as ``ls *.py | grep -v thirtieth | xargs grep -ilw --
WORD | wc -l``, which printed a count of files and never a file's text: seven loops over candidate names, places,
topics and tools. They moved these plans before the text was written: Rhona, Declan, Ciaran, Juno and Ottoline (used)
were never written; a sign-language interpreter's topic gave way to a youth football referee (``interpreter`` is used
by seven writers); and, in the written parts, Meera became Roshni, Renee (with its accent) Aurelie (with its accent),
Murray Murdoch, Bramble Pippin, Dale and Stuart Osborne; names or words that earlier docstrings name (Priya, Alfie,
Leicester, Asda, a lurcher) were avoided. No other file of the project was opened or grepped (no transforms, flows,
synth, tests, schemas, sql, docs, README or other benchmarks), nothing under /work/shared/corpora or /work/shared/seeds
was read, no search tool was used, and git was not run. Every transcript line below was written for this set. The
product, its tests, mypy and the benchmarks were never run (benchmarks/blind_defects.py beyond its first 15 lines was
never opened or run).

The only things run were: ``mkdir`` of /tmp/s26b and /tmp/s26b/parts; ``date``; the snippets above; six scratch
``.venv`` python snippets on this writer's own sentences, where the 280th, 200th and 255th characters fall in the long
messages of 01, 07 and 09 (01's first cut fell after a whole word, so the chat limit became 280; 07's fell after ``I``,
so ``friends`` became ``mates``); ``cat`` heredocs writing this file's seven parts under /tmp/s26b/parts; a ``sed -i``
making three renames in one part (above) and a ``grep -c`` confirming them; ``cat`` assembling the parts; ``ast.parse``
and ``ruff check --config /work/main/pyproject.toml`` on the assembled file before its first run (it reported only the
unused codes of the ``noqa`` line); the first run, into /tmp/s26b/out with ``--show``, which passed every self-check and
wrote 450 turns, 58 truth rows and 165 decoys; ``head``/``sed``/``cut``/``cat -A``/``file`` on the written files; a last
name loop, which found Lily and ``pineapple`` in one earlier writer each, and a system ``python3`` snippet renaming them
by whole words (Elspeth, ``flamingo``), with a ``grep -n`` to see the result; a second run into /tmp/s26b/out2 (``cmp``:
the same ``truth.csv``; only 02 and 07 changed); ``ruff format`` and ``ruff check`` on a copy; a ``.venv`` python
snippet putting this docstring in place of a placeholder, setting the ``noqa`` line and correcting three decoy notes
that counted ``Mm.`` wrongly (05's and 10's); a second and a third one editing this docstring; ``awk`` (line lengths), a
``grep -nP`` for non-ASCII characters and ``grep -n`` on this docstring's draft and on the formatted copy; ``cp`` to
blind/; ``ruff check`` and ``ruff format --check`` on this file alone; and runs of the module in blind/, into
/tmp/s26b/final with ``--show`` and, after an edit of this docstring, into /tmp/s26b/final2 without it, each compared
with ``cmp`` against /tmp/s26b/out2 (the same eleven files and ``truth.csv``); after the last edit of this docstring,
``ruff check`` and ``ruff format --check`` again and a run into /tmp/s26b/out as the brief asks (``cmp``: the same
``truth.csv``). The truth tags were written with the text, before the first run, and were never changed; no self-check
ever failed. What changed after the first run, none of it touching a truth tag or moving a line: the two renames, the
three decoy notes, ``ruff format``'s layout, the ``noqa`` line and this docstring. No slip to report. Run as

    python blind/thirtyfirst_defect_cases.py OUT_DIR [--show]

to write 11 files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR (``--show`` also prints
every truth row next to the line it names, invalid bytes as ``\xNN`` and byte-order marks as ``\ufeff``).

Emphasis: TABLES AND SPREADSHEET EXPORTS, as counselling, peer-support and research teams receive them: a semicolon CSV
from a Norwegian Excel with a byte-order mark, CR LF and a quoted cell over three lines (01), an Airtable grid download
(02), two Google Sheets tabs downloaded as TSV and joined, so the header row stands again mid-file (03), a Markdown
table an AI tool made of typed notes (04), an HTML table saved from a portal's printable view (05), a REDCap export
with base rows and a repeating instrument (06), a WIDE sheet with one check-in a row and turn columns T1..T14 (07), a
Notion database export whose first column is the words (08), two weekly "CSV UTF-8" exports joined with ``cat`` (a
byte-order mark and a header in the middle of a line, and one conversation in both weeks: 09), an Excel "CSV (Comma
delimited)" in Windows-1252 (10, the CLEAN file) and an export's read-me that is not a transcript (11). Columns are
named by the tools, in English, Norwegian (01) and Spanish (03): ``Rolle``/``Melding``, ``Speaker``/``Utterance``,
``Hablante``/``Intervencion`` (with its accent), ``Turn speaker``/``Turn text``, ``author_type``/``body``,
``Record ID``, ``Turn #``, ``Timestamp``, ``Marca temporal``, ``Participant ID``-like ids. REALISTIC rates: 450 turns,
58 truth rows (0-8 a file) and 165 decoys (153 on lines that carry no truth row; 12 stand in 07's wide rows, where
every turn of a check-in shares the row's line, and there they tempt only OTHER kinds). Every kind the earlier writers
name is present: truncated_turn 8, role_inversion 7, duplicate_turn 7, empty_turn 5, meta_text 5, mojibake 4,
near_duplicate_turn 4, unknown_speaker 4, refusal 3, duplicate_session 3, unparseable_line 3, repetition_loop 2,
encoding_error 2 and unparseable_file 1. The decoys are the ordinary features of tables: header rows (one repeated
mid-file), system rows and REDCap base rows whose turn columns are empty, empty optional columns (comments, flags,
tags, notes), trailing empty turn cells in the wide sheet, a reviewer's flag and "possible role swap?" comment on a
clean row, quoted cells holding line breaks, semicolons, commas and doubled quotes, an escaped pipe and ``<br>`` in
the Markdown table, HTML entities and ``<br>`` in the HTML table, correct accented names and letters (Norwegian,
Spanish, and Windows-1252 bytes in the clean file), punctuation-free short replies and chat messages, backchannels
repeated in one session, echoes, quotes of third parties, direct risk questions and helplines inside engagement,
honest limits, talk about a third voice or an empty message, a keyword typed in capitals. Encodings and line ends: 01,
02, 08 and 09 are UTF-8 with a byte-order mark (09 holds a second one in the middle of a line), the other UTF-8 files
have none; 10 is Windows-1252; 01, 03, 07, 09 and 10 end their rows with CR LF (a line break inside a quoted cell is a
bare LF, as Excel and Sheets write it), the others with LF; 04 and 06 each hold one turn with lone Windows-1252 bytes,
invalid in UTF-8.

* ``01_nattpraten_uke11_excel.csv`` (35 turns, 6 rows, 21 decoys): a Norwegian volunteer chat line's week, saved by
  Excel as "CSV UTF-8" on a Norwegian Windows: ``Samtale-ID;Nr;Tidspunkt;Rolle;Melding;Kommentar``, ``Veileder``
  (counsellor role), ``Bruker`` (client), ``Vakthavende`` (the shift lead, neither role), ``System`` (no turn): an
  apprentice electrician who failed his trade test and has not told his father, who has promised him a job. Defects: a
  message pasted from a webmail draft read as Windows-1252 (mojibake); a message sent twice (duplicate_turn); the
  counsellor's reflection and question under ``Bruker`` (role_inversion); the shift lead's note to the volunteer
  posted into the chat (unknown_speaker); a picture that did not export (empty_turn); the last message cut at the
  widget's 280 characters, inside a word (truncated_turn). Decoys: the byte-order mark and header; system rows; a
  message over three physical lines; doubled quotes (the client quoting the examiner) and a semicolon inside quoted
  cells; lowercase messages without full stops; ``ok``; the counsellor naming the garbled letters; the client asking
  about the third voice and the explanation; a direct risk question, the answer, and Mental Helse's line inside
  engagement; the client explaining the empty message; the empty ``Kommentar`` cells and three filled ones.
* ``02_warmline_calls_airtable_grid.csv`` (50 turns, 7 rows, 13 decoys): a peer warmline's Airtable grid view,
  ``Call,Turn #,Speaker,Utterance,Timestamp,Flagged,Reviewer comment``, ``Volunteer``/``Caller``/``Other``, typed up
  after each call. CALL-0412 (a school crossing patrol in her eleventh year, after a van clipped her sign with a boy on
  the crossing): the volunteer's question entered again with ``that`` for ``the`` (near_duplicate_turn); the
  volunteer's reflection under ``Caller`` (role_inversion); a team leader's ``[TL note: ...]`` inside a turn
  (meta_text); the last turn cut where the call dropped (truncated_turn). CALL-0419 (an HGV driver who lost his licence
  after a first seizure): a row repeated by "duplicate record" (duplicate_turn); a caller row with no words
  (empty_turn); his wife on the phone (``Other``: unknown_speaker). Decoys: the header; the ``Flagged`` and comment
  columns, among them a flag and "possible role swap? - check" on a clean row; ``Mm.`` three times; ``[laughs]``;
  kind words for an imagined colleague; the volunteer checking on a silence and answering the third voice; ``I can't``
  from the caller; a direct risk question and Samaritans inside engagement; a short reply without a full stop.
* ``03_sesiones_P07_hoja_google.tsv`` (44 turns, 7 rows, 14 decoys): a Spanish family-support study's Google Sheet, two
  tabs downloaded as TSV and joined, ``Marca temporal``, ``ID participante``, ``Sesion``, ``Hablante``,
  ``Intervencion``, ``Notas`` (the accents as written in the file), ``Orientadora``/``Participante``: a mother in
  Almeria province whose daughter of thirteen has type 1 diabetes and whose glucose alarm sounds under her pillow.
  Defects: a paragraph pasted from a Word draft read as Windows-1252 (mojibake); the transcription tool repeating her
  sentence over a silence, the third time with ``grave`` (repetition_loop, duplicate_turn, near_duplicate_turn); the
  counsellor's reflection under ``Participante`` (role_inversion); a note typed into the first column, one field
  (unparseable_line, not a turn); the second session's last row cut where the recording stopped (truncated_turn).
  Decoys: the header and the second tab's header repeated mid-file; correct accented names and letters, ``?`` and
  ``!`` marks; ``Mm.`` three times; a trail-off; ``[risas]``; the client quoting her daughter in curly quotes; the
  counsellor echoing; a direct risk question and 024 inside engagement; the plan repeated back.
* ``04_dispensing_error_s3_notes_table.md`` (30 turns, 5 rows, 14 decoys): a counsellor's typed notes turned into a
  Markdown table by an AI tool, ``| Turn # | Speaker | Utterance | Comment |``, ``HV``/``AM`` keyed in a line: a locum
  pharmacist whose wrong-strength warfarin put a patient in hospital, facing a fitness-to-practise case. Defects: the
  tool's ``Here is the transcript formatted as a Markdown table:`` (meta_text, own line); a row pasted twice
  (duplicate_turn); the counsellor's reflection under ``AM`` (role_inversion); a row pasted from notes saved as
  Windows-1252 (encoding_error); the last row cut where the tool's output stopped, without its closing pipe
  (truncated_turn). Decoys: title, key line and table header; ``<br>`` and a quoted letter in a cell; an escaped pipe
  in a comment; empty comment cells; ``Mm.`` twice; two rows of one speaker in a row; echoes; a direct risk question;
  ``I can't advise you on the hearing, but`` followed by engagement; a short reply without a full stop.
* ``05_renal_psychology_transcript_print.html`` (33 turns, 6 rows, 15 decoys): a renal psychology portal's printable
  transcript saved from the browser, one ``<tr class="turn">`` a row with its three ``<td>`` cells on the lines below:
  a joiner whose kidney, given to his brother, was rejected. Defects: a cell read as Windows-1252 (mojibake); the
  counsellor's question emitted again with small changes (near_duplicate_turn); an empty client cell (empty_turn);
  ward staff at the door (unknown_speaker); the clean-up step's ``Cleaned transcript segment:`` label (meta_text) and
  its refusal in the client's place (refusal). Decoys: the head, a meta paragraph opening ``Client:``, the table
  header and footer; a correct accented name; ``&amp;`` and ``<br>``; ``Mm.``; echoes; ``[laughs]``; the client
  answering the third voice; a direct risk question about the replaced words and Samaritans inside engagement; a
  question closed with a full stop; the plan repeated back.
* ``06_redcap_staff_lockdown_transcripts.csv`` (56 turns, 7 rows, 15 decoys): a REDCap export (labels) of a study of
  brief counselling for school staff after a lockdown: ``Record ID``, ``Event Name``, ``Repeat Instrument``, ``Repeat
  Instance``, ``Consent given``, ``Turn speaker``, ``Turn text``, ``Coder comment``, ``Complete?``. Record 101 (the
  receptionist who pressed the alarm): the counsellor's reflection under ``Participant`` (role_inversion); a coder's
  ``[coder: ...]`` inside a turn (meta_text); a participant turn with no text (empty_turn). Record 102 (a teaching
  assistant with twenty-eight children under the tables): a turn corrected in Notepad, lone Windows-1252 bytes
  (encoding_error); the last turn cut where the audio file ended (truncated_turn). Record 103 (a science technician
  forgotten in the prep room): a row edited by hand, unquoted commas, eleven fields (unparseable_line, not a turn).
  Record 107: record 102 imported again with auto-numbering (duplicate_session at its first turn; its turns carry no
  other row). Decoys: the header; each record's base row, whose turn columns are empty (no turn); a cell over two
  lines; doubled quotes; ``Mm.``; echoes; ``[laughs]``; a direct risk question; a short answer without a full stop.
* ``07_welfare_tent_checkins_wide.csv`` (66 turns, 6 rows, 17 decoys): a festival welfare tent's Google Sheet, WIDE:
  ``Check-in ID,Date,Time in,Volunteer,T1 vol,T2 guest, ... ,T14 guest,Outcome,Notes``, one check-in a row. WT-002 (a
  panic attack in the crowd): a guest's cell cut at the form's 200 characters, inside a word (truncated_turn). WT-003
  (a homesick first-timer): the volunteer's words in a guest column (role_inversion). WT-004 (a steward hit at by a
  bottle): an empty guest cell between filled ones (empty_turn) and the volunteer's sentence pasted again into the next
  volunteer column (duplicate_turn). WT-005 (a stolen phone and a lost tent): a cell read as Windows-1252 (mojibake).
  WT-007: WT-001 (a lost friend) submitted again from the tablet's offline queue (duplicate_session at the row).
  Decoys: the header, whose column names give the roles; trailing empty turn cells; a cell over four lines; ``Outcome``
  and ``Notes``; short replies and questions without final marks; ``[laughs]``; echoes; ``I can't breathe``.
* ``08_notion_referee_sessions_export.csv`` (30 turns, 5 rows, 7 decoys): a Notion database export,
  ``Utterance,Order,Session,Speaker,Tags,Created time`` (the words first; ``Created time`` holds a comma): a referee of
  under-twelves football followed to his car by a parent. Defects: Notion AI's ``Here's a clearer version:`` opening a
  counsellor row (meta_text) and its refusal in the client's row (refusal); the counsellor's reflection under
  ``Client`` (role_inversion); a row duplicated and edited, the old one kept (near_duplicate_turn); the last row cut
  where the typing stopped (truncated_turn). Decoys: the header; ``Tags`` (empty, single and comma-joined);
  ``Created time`` with commas; ``Mm.``; ``[laughs]``; a joke; the counsellor engaging with the replaced passage; a
  direct risk question; a short reply without a full stop.
* ``09_eap_textchat_wk14_wk15_joined.csv`` (63 turns, 8 rows, 27 decoys): two weekly exports of an employee-assistance
  text chat joined with ``cat``: ``conversation_id,message_no,sent_at,author_type,author_display,body``. Defects:
  week 14's last row and week 15's byte-order mark and header on one line (unparseable_line, not a turn); EAP-7790 (a
  supermarket night manager after an armed robbery) in both weeks (duplicate_session at the second copy's first turn);
  EAP-7802: the assistant bot's fallback three times (repetition_loop, duplicate_turn, duplicate_turn) and its
  hotline-only ``I'm sorry, but I can't help with that ...`` (refusal), a supervisor's note posted into the chat
  (unknown_speaker), the member's last message cut at the export's 255 characters, inside a word (truncated_turn).
  EAP-7781 (a bridal seamstress who cut a hem wrong) is clean. Decoys: the header; system rows; lowercase messages
  without full stops; ``COUNSELLOR`` in capitals; kind words for an imagined student; an apology that engages; the
  member asking about the third voice; a direct risk question; questions without question marks.
* ``10_jockey_session5_excel_ansi.csv`` (43 turns, no row, 19 decoys): the CLEAN file, Excel "CSV (Comma delimited)",
  Windows-1252, ``Time,Speaker,Text,Notes``: a jump jockey told after a fall that he must not race again. Decoys:
  the header; curly quotes, an en dash, a pound sign and an accented letter as single Windows-1252 bytes; doubled
  quotes and a bare LF inside quoted cells; ``laughs`` and ``long pause`` notes; ``Mm.`` twice; ``I can't`` from the
  client; echoes; a direct risk question and helplines inside engagement; short replies without full stops.
* ``11_export_readme.txt`` (1 row, 3 decoys): the warmline export script's read-me, filed among the transcripts:
  prose and a column list, lines that open ``Volunteer:``, ``Caller:`` and ``Speaker:``, no dialogue
  (unparseable_file, line 0).

Line numbers are 1-based physical lines of the written file (the text decoded in its own encoding and split on
``\n``; the CR of a CR LF end is not a line of its own; a byte-order mark is not a character of line 1; a lone invalid
byte in 04 or 06 is one character to a decoder and changes no count; no other line-break character occurs), computed
while the file is built:

* a turn-level row points at the line where the turn's RECORD STARTS: in 01, 02, 03, 06, 08, 09 and 10 the record's
  first physical line (a record whose quoted cell holds line breaks runs on below it; the header is line 1); in 04 the
  table row; in 05 the ``<tr class="turn">`` line (the cells follow it); in 07 the check-in's row (all its turns share
  it; several defects of one kind in a row make ONE truth row);
* meta text inside a turn is marked at the turn's line; an unlabelled line of tool residue (04's opening line) is a
  ``meta_text`` row at its own line;
* ``unparseable_line`` is marked at a line that cannot be read as a record of its layout (03's one-field note, 06's
  eleven-field row, 09's joined row); such a line is not a turn; a header row, repeated or not, is no defect;
* a single turn in the other role's voice is ``role_inversion`` at its own line, whichever direction; the later copy
  of a session (06's record 107, 07's WT-007, 09's second EAP-7790) is ONE ``duplicate_session`` row at its first
  turn, and its turns carry no other row;
* a repetition loop is ``repetition_loop`` on the first occurrence, then ``duplicate_turn`` or ``near_duplicate_turn``
  on every later copy;
* ``encoding_error`` is marked at a turn whose text holds bytes invalid in UTF-8 (04, 06); text that decodes validly
  but was garbled upstream is ``mojibake`` (01, 03, 05, 07); the Windows-1252 characters of 10 are correct there;
* a speaker outside the counsellor and client roles (01's shift lead, 02's ``Other``, 05's ward staff, 09's
  supervisor) speaking a turn is ``unknown_speaker``; 09's assistant bot answers for the service and stands in the
  counsellor's role; the file-level row (``unparseable_file``, 11) is at line 0.

Not turns: header rows; 01's and 09's system rows; 03's note line; 04's opening line, title, key, table header and
alignment row; 05's head, meta paragraph, table header and footer; 06's base rows and the hand-edited row; 07's
``Outcome``/``Notes`` and empty trailing cells; 09's joined row; every other column of every table; all of 11. A
message or reply without final punctuation, a trail-off, a short answer and a question closed with a full stop are
NOT truncated turns; a truncated turn is cut off by the data (a widget, form or export limit, a dropped call, a
stopped recording, the end of an audio file or of a tool's output, typing that stopped) and no later turn completes
it. A counsellor's statement of what they cannot do followed by engagement and a helpline inside a human's engagement
are NOT refusals; text an AI step or a bot wrote instead of engaging is.

Turns and lines that look suspicious but are clean (decoys) carry a ``decoy: ...`` tag here; the tag never reaches the
truth, and the number of decoys is printed. Self-checks: a turn is tagged ``mojibake`` exactly when it holds a garbled
string, ``encoding_error`` exactly when it holds invalid bytes, ``empty_turn`` exactly when it is blank; a turn that
ends without final punctuation carries a truth tag or a decoy note, and a truncated turn ends in a letter; every
exact or close same-role repeat of a substantial turn is marked and every repeat mark is real; a loop has at least two
marked later copies; only the marked sessions repeat another, exactly; each file has its intended encoding,
byte-order mark and line ends, decodes strictly exactly when it should, and decodes back line for line to the lines
written; every table parses back with a CSV reader to exactly the records written, each starting on the line recorded
for it (an unparseable line is the only record of the wrong width), and gives back the turns (speaker and words
columns, the wide rows' turn cells, the Markdown cells, the HTML cells); every truth row's line holds the turn,
session start or line it names; the clean file has no truth row; every kind is present; no truth row is written
twice. Standard library only.
"""

from __future__ import annotations

import csv
import difflib
import html
import io
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
    "unknown_speaker",
    "unparseable_line",
    "unparseable_file",
    "duplicate_session",
}
SESSION_KINDS = {"role_inversion", "duplicate_session"}
LINE_KINDS = {"meta_text", "unparseable_line"}
FILE_KINDS = {"unparseable_file"}
REPEAT_KINDS = {"duplicate_turn", "near_duplicate_turn"}

T, C, X = "T", "C", "X"  # counsellor role, client role, a speaker in neither role
RSQ = "\u2019"
BOM = "\ufeff"
# final punctuation, with closing quotes and brackets, the ellipsis character and guillemets
ENDERS = ".?!\"')]:;" + RSQ + "\u201d\u201c\u2018\u2026\u00bb"
# characters that some readers take for a line break (str.splitlines); none may stand inside a line of this set
BREAKERS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
CLEAN_FILE = "10_jockey_session5_excel_ansi.csv"
NOT_TRANSCRIPT = "11_export_readme.txt"
LEGIT = "legitimate repeat"  # a decoy note that allows a spoken, same-role repeat of a whole turn


# ---------------------------------------------------------------------------
# text and byte helpers
# ---------------------------------------------------------------------------
MADE_GARBLED: set[str] = set()


def moji(text: str, codec: str = "cp1252") -> str:
    """The UTF-8 bytes of ``text`` read as ``codec`` (strict: every byte must map)."""
    out = text.encode("utf-8").decode(codec)
    assert out != text
    MADE_GARBLED.add(out)
    return out


def ansi(text: str) -> str:
    """``text`` typed in an "ANSI" (Windows-1252) editor and pasted into a UTF-8 file: every non-ASCII character
    becomes a lone byte, kept as a surrogate escape until the file is written."""
    raw = text.encode("cp1252")
    out = raw.decode("utf-8", "surrogateescape")
    assert invalid_bytes(out), text[:60]
    return out


def invalid_bytes(text: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in text)


def garbled(text: str) -> bool:
    """A self-check of this writer: holds a string made by ``moji``, or reads back as UTF-8 through Windows-1252."""
    if any(part in text for part in MADE_GARBLED):
        return True
    try:
        return text.encode("cp1252").decode("utf-8") != text
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False


def blank(text: str) -> bool:
    return not text.strip()


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
    """Close enough to be a re-sent or re-entered copy (a marked near duplicate must be at least this)."""
    return ratio(a, b) > 0.6


def substantial(text: str) -> bool:
    """Long enough that a repeat is a defect rather than a backchannel."""
    return len(norm(text).replace(" ", "")) >= 12


def cut_at(text: str, limit: int) -> str:
    """The first ``limit`` characters of ``text``; the cut must fall inside a word."""
    assert text[limit - 1].isalpha() and text[limit].isalpha(), (limit, text[limit - 10 : limit + 10])
    return text[:limit]


def dsv(fields: Sequence[str], delimiter: str) -> list[str]:
    """One record as Excel, Sheets and Python's ``csv`` write it (minimal quoting, doubled quotes), split into its
    physical lines: a cell holding a line break makes a record of several lines."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerow(fields)
    text = buffer.getvalue()
    assert text.endswith("\r\n")
    return text[:-2].split("\n")


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


class Doc:
    """Physical lines, the records of a table, the truth rows and decoys, and the sessions and turns behind them.

    ``codec`` is the file's encoding and ``bom`` the text written before the first line; ``newline`` ends every
    line (``ends`` overrides it for single lines: the bare LF inside a quoted cell of a CR LF file). Lone invalid
    bytes are kept as surrogate escapes until the file is written. ``records`` keeps every record of a delimited
    table as (first line, fields), or (first line, None) for a line that is no record of the layout.
    """

    def __init__(
        self,
        name: str,
        roles: dict[str, str],
        layout: str,
        *,
        codec: str = "utf-8",
        bom: str = "",
        newline: str = "\n",
        delimiter: str = ",",
    ) -> None:
        self.name = name
        self.roles = roles
        self.layout = layout
        self.codec = codec
        self.bom = bom
        self.newline = newline
        self.delimiter = delimiter
        self.ends: dict[int, str] = {}
        self.out: list[str] = []
        self.records: list[tuple[int, list[str] | None]] = []
        self.truth: list[tuple[int, str]] = []
        self.decoys: list[tuple[int, str]] = []
        self.sessions: list[Session] = []
        self.line_rows: set[int] = set()

    def add(self, *lines: str, end: str | None = None) -> int:
        first = len(self.out) + 1
        for line in lines:
            assert "\n" not in line and "\r" not in line, (self.name, line[:60])
            assert not any(ch in line for ch in BREAKERS), (self.name, line[:60])
            self.out.append(line)
            if end is not None:
                self.ends[len(self.out)] = end
        return first

    def record(self, fields: Sequence[str]) -> int:
        """A record of a delimited table; a cell's line break is a bare LF, as Excel and Sheets write it."""
        parts = dsv(fields, self.delimiter)
        first = self.add(*parts[:-1], end="\n") if len(parts) > 1 else len(self.out) + 1
        self.add(parts[-1])
        self.records.append((first, list(fields)))
        return first

    def raw_line(self, text: str) -> int:
        """A line of a delimited file that is no record of its layout."""
        line = self.add(text)
        self.records.append((line, None))
        return line

    def _truth(self, line: int, kind: str) -> None:
        assert (line, kind) not in self.truth, f"{self.name}:{line} {kind} twice"
        self.truth.append((line, kind))

    def start(self, name: str, *kinds: str) -> None:
        assert set(kinds) <= SESSION_KINDS, kinds
        self.sessions.append(Session(name, tuple(kinds)))

    def turn(self, label: str, text: str, line: int, tags: Sequence[str] = (), *, shared: bool = False) -> None:
        """A turn at ``line``; ``shared`` when several turns stand on one line (a wide row), where one row per kind
        is written however many of its turns carry the kind."""
        assert label in self.roles, (self.name, label)
        assert self.sessions, self.name
        role = self.roles[label]
        session = self.sessions[-1]
        kinds, notes = split_tags(tags)
        assert ("unknown_speaker" in kinds) == (role == X), (self.name, line, label)
        copy = "duplicate_session" in session.kinds
        if not copy:
            assert ("mojibake" in kinds) == garbled(text), (self.name, line, text[:60])
            assert ("encoding_error" in kinds) == invalid_bytes(text), (self.name, line, text[:60])
        if "empty_turn" in kinds:
            assert blank(text), (self.name, line)
        else:
            assert not blank(text), f"{self.name}:{line} empty text without empty_turn"
        if "truncated_turn" in kinds:
            assert text.rstrip()[-1].isalpha(), (self.name, line, text[-30:])
            assert not notes, f"{self.name}:{line} a truncated turn with a decoy note"
        elif not blank(text) and text.rstrip()[-1] not in ENDERS and not kinds and not copy:
            # an ending without final punctuation on a clean turn must be a deliberate decoy
            assert notes, f"{self.name}:{line} open ending without truncated_turn or decoy: {text[-40:]!r}"
        if session.kinds:
            assert "role_inversion" not in kinds, f"{self.name}:{line} a single inversion inside a swapped session"
        if copy:
            assert not kinds and not notes, f"{self.name}:{line} a row inside a repeated session"
        row_kinds = list(kinds)
        if not session.turns:
            row_kinds = list(session.kinds) + row_kinds
        for kind in row_kinds:
            if shared and (line, kind) in self.truth:
                continue
            self._truth(line, kind)
        for note in notes:
            self.decoys.append((line, note))
        session.turns.append(Turn(label, role, text, line, tuple(kinds), tuple(notes)))

    def mark(self, line: int, *tags: str) -> None:
        """A line that is not a turn: meta_text, unparseable_line or a decoy."""
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

    def text(self) -> str:
        return "".join(line + self.ends.get(number, self.newline) for number, line in enumerate(self.out, 1))

    def render(self) -> bytes:
        return (self.bom + self.text()).encode(self.codec, "surrogateescape")


Script = Sequence[tuple[str, ...]]


def options(tags: Sequence[str]) -> tuple[list[str], dict[str, str]]:
    """Split a script entry's tags into truth/decoy tags and ``@key=value`` cell values of this writer."""
    kept = [tag for tag in tags if not tag.startswith("@")]
    opts: dict[str, str] = {}
    for tag in tags:
        if tag.startswith("@"):
            key, _, value = tag[1:].partition("=")
            opts[key] = value
    return kept, opts


# ---------------------------------------------------------------------------
# 01 a Norwegian volunteer chat line's weekly log, opened in Excel on a Norwegian Windows and saved as "CSV UTF-8
#    (kommadelt)": the Norwegian list separator makes it SEMICOLON-separated; a byte-order mark; CR LF rows; a bare
#    LF inside a quoted cell. ``Samtale-ID;Nr;Tidspunkt;Rolle;Melding;Kommentar``; ``Rolle`` is ``Veileder``
#    (counsellor role), ``Bruker`` (client), ``Vakthavende`` (the shift lead, neither role) or ``System`` (no turn).
#    The chat widget keeps 280 characters of a message.
# ---------------------------------------------------------------------------
VEI, BRU, VAK, SYS01 = "Veileder", "Bruker", "Vakthavende", "System"
CHAT_LIMIT_01 = 280
LONG_01 = (
    "At jeg ikke har gitt opp. At jeg skal ta prøven på nytt i oktober, og at jeg heller vil begynne hos ham et par "
    "måneder senere enn å late som. Og at det verste ikke var å stryke, det verste var å se ansiktet til sensoren og "
    "tenke at pappa ville sett akkurat sånn på meg hvis han hadde stått der, og at jeg ikke visste om jeg tålte det"
)
DOUBLE_01 = "Jeg har ikke sovet skikkelig siden. Jeg ser skapet for meg hver gang jeg lukker øynene."

S01: Script = [
    (SYS01, "Samtale startet. Bruker koblet til fra nettleser."),
    (
        VEI,
        "Hei, og velkommen til Nattpraten. Jeg heter Ragnhild og er frivillig veileder her. Hva har du på hjertet i kveld?",
    ),
    (BRU, "hei. vet ikke helt hvor jeg skal begynne", "decoy: lowercase, no full stop"),
    (VEI, "Det er helt i orden. Du kan begynne hvor som helst, så tar vi det derfra."),
    (BRU, "jeg strøk på fagprøven for to uker siden. elektriker", "decoy: a fragment without a full stop"),
    (VEI, "Så du strøk på fagprøven. Det høres ut som noe som har ligget tungt på deg i to uker."),
    (BRU, "ja. og pappa vet det ikke", "decoy: no full stop"),
    (VEI, "Hva tenker du om at han ikke vet det?"),
    (
        BRU,
        "han har eget firma. han har sagt til alle at jeg begynner der i august\nsom ferdig elektriker\nikke som lærling som må ta prøven på nytt",
        "decoy: a message with line breaks, one quoted cell over three physical lines, no full stop",
        "@note=linjeskift i meldingen",
    ),
    (VEI, "Så det er ikke bare prøven, det er også alt han har sagt til andre. Hvordan er det for deg?"),
    (
        BRU,
        moji(
            "Det føles som om jeg har løyet til ham i to uker. Hver gang han spør hvordan det gikk, sier jeg at vi ikke har fått svar ennå."
        ),
        "mojibake",
    ),
    (
        VEI,
        "Noe av det du skrev kom litt rart ut på skjermen min, men jeg tror jeg fikk det med meg: du sier til pappa at dere ikke har fått svar ennå. Stemmer det?",
        "decoy: the counsellor mentions the garbled letters and quotes the client",
    ),
    (BRU, "ja. beklager, kopierte det fra et utkast i mailen", "decoy: an apology without a full stop"),
    (VEI, "Ingenting å beklage. Hva var det som gikk galt på prøven, hvis du vil si noe om det?"),
    (
        BRU,
        'sikringsskapet. jeg koblet feil jordfeilbryter, og sensoren sa "dette kunne ha tatt liv" foran alle',
        "decoy: the client quotes the examiner; doubled quotes in a quoted cell; no full stop",
    ),
    (VEI, "Det må ha vært tøft å høre, og foran andre i tillegg."),
    (BRU, DOUBLE_01),
    (BRU, DOUBLE_01, "duplicate_turn"),
    (VEI, "Det høres utmattende ut, å se det for seg om og om igjen."),
    (
        BRU,
        "Det høres ut som du bærer på både skammen over prøven og frykten for å skuffe pappa. Hva tror du han ville sagt hvis du fortalte ham det?",
        "role_inversion",
    ),
    (
        BRU,
        "han ville sikkert blitt sur. eller kanskje ikke. vet ikke",
        "decoy: the client answers his own question's theme; no full stop",
    ),
    (
        VAK,
        "Hei Ragnhild, vakthavende her. Bare si fra om du trenger avløsning etter denne samtalen. Mvh Kjersti",
        "unknown_speaker",
    ),
    (BRU, "hvem var det?", "decoy: the client asks about the third voice"),
    (
        VEI,
        "Beklager, det var vakthavende som sjekket inn på meg, det var ikke ment for deg. Jeg er fortsatt her.",
        "decoy: the counsellor explains the shift lead's message",
    ),
    (
        VEI,
        "Jeg vil spørre deg om noe direkte, fordi det er viktig: har du tanker om å ta livet ditt?",
        "decoy: a direct risk question, the counsellor's second message in a row",
        "@note=risikovurdering",
    ),
    (BRU, "nei. ikke sånn. jeg vil bare at det skal være over", "decoy: the answer to the risk question, no full stop"),
    (VEI, "Takk for at du svarer ærlig. Når du sier over, mener du prøven og hemmeligheten?"),
    (BRU, "ja. at jeg slipper å late som", "decoy: no full stop"),
    (
        VEI,
        "Det gir mening. Hvis det skulle endre seg, kan du ringe Mental Helses hjelpetelefon på 116 123 hele døgnet, eller 113 hvis det haster. Men nå er jeg her. Hvem andre vet om prøven?",
        "decoy: a helpline inside the counsellor's engagement (not a refusal)",
    ),
    (
        BRU,
        "Torbjørn, lærlingmesteren min. han sa jeg kan ta den på nytt i oktober; han mener jeg klarer det",
        "decoy: a correct Norwegian name; a semicolon inside a quoted cell; no full stop",
    ),
    (BRU, "", "empty_turn", "@note=vedlegg ikke eksportert"),
    (BRU, "sendte et bilde av karakterarket, kom det fram?", "decoy: the client explains the empty message"),
    (VEI, "Bilder kommer dessverre ikke fram her, bare tekst. Men det høres ut som Torbjørn har troen på deg."),
    (BRU, "ok", "decoy: 'ok'"),
    (VEI, "Hvis du skulle fortelle pappa det, hva ville du at han skulle forstå først?"),
    (BRU, cut_at(LONG_01, CHAT_LIMIT_01), "truncated_turn"),
    (SYS01, "Bruker koblet fra (ingen aktivitet i 15 minutter)."),
    (SYS01, "Samtale avsluttet av veileder."),
]


def f01() -> Doc:
    doc = Doc(
        "01_nattpraten_uke11_excel.csv",
        {VEI: T, BRU: C, VAK: X},
        "dsv",
        bom=BOM,
        newline="\r\n",
        delimiter=";",
    )
    doc.mark(doc.record(["Samtale-ID", "Nr", "Tidspunkt", "Rolle", "Melding", "Kommentar"]), "decoy: the header row")
    doc.start("NP-2024-0311-07")
    minute = 22 * 60 + 41
    for number, (who, text, *tags) in enumerate(S01, 1):
        kept, opts = options(tags)
        stamp = f"14.03.2024 {minute // 60:02d}:{minute % 60:02d}"
        minute += 1 + len(text) // 90
        line = doc.record(["NP-2024-0311-07", str(number), stamp, who, text, opts.get("note", "")])
        if who == SYS01:
            doc.mark(line, "decoy: a system row")
            continue
        doc.turn(who, text, line, kept)
    return doc


# ---------------------------------------------------------------------------
# 02 a peer warmline's Airtable base, a grid view downloaded with "Download CSV": UTF-8 with a byte-order mark, LF,
#    comma-separated, every column the base's own: ``Call,Turn #,Speaker,Utterance,Timestamp,Flagged,Reviewer
#    comment`` (``Flagged`` a checkbox: ``checked`` or empty). Volunteers type each call up afterwards from their
#    notes and the call recording. ``Volunteer`` is the counsellor role, ``Caller`` the client, ``Other`` anyone else
#    on the line.
# ---------------------------------------------------------------------------
VOL, CAL, OTH = "Volunteer", "Caller", "Other"
LONG_02 = (
    "Thank you, love. I feel a bit daft ringing about a near miss when other people have got real problems, but my "
    "hands have stopped shaking for the first time since"
)
DOUBLE_02 = (
    "I drive lorries. Twenty-two years. The DVLA have taken my licence for at least a year, so that's my job gone."
)

S02_A: Script = [
    (VOL, "Hello, you're through to the warmline. My name's Tabitha. Who am I speaking with?"),
    (CAL, "It's Sylvia. I don't really know why I've rung, to be honest."),
    (VOL, "I'm glad you did, Sylvia. Take your time. What's been happening?"),
    (CAL, "I'm a lollipop lady. School crossing patrol, outside St Kentigern's on the main road. Eleven years."),
    (VOL, "Eleven years. That's a long time looking after those children."),
    (
        CAL,
        "On Tuesday a van came through while I had a little lad on the crossing. It clipped my sign. He was about a foot from the bumper.",
    ),
    (VOL, "Mm.", "decoy: backchannel 'Mm.' (1 of 3)"),
    (CAL, "He was fine. He didn't even cry. It's me that's not fine."),
    (VOL, "You're the one who's been left shaking."),
    (
        CAL,
        "I keep seeing the grille of that van. I haven't been back since. The school's got a supply fella doing it.",
    ),
    (VOL, "What goes through your mind when you think about going back to the crossing?"),
    (CAL, "That I'll freeze. That I'll step out and it'll happen again and this time I won't be quick enough."),
    (VOL, "What goes through your mind when you think about going back to that crossing?", "near_duplicate_turn"),
    (
        CAL,
        "It sounds like part of you blames yourself for something the van driver did. Would it help to think about what you'd say to a colleague if this had happened to her?",
        "role_inversion",
    ),
    (
        CAL,
        "I'd tell her it wasn't her fault. I'd tell her she did everything right.",
        "decoy: the caller's kind words for an imagined colleague",
        "@flag=checked",
        "@comment=possible role swap? - check",
    ),
    (VOL, "Mm.", "decoy: backchannel 'Mm.' (2 of 3)"),
    (
        CAL,
        "The head teacher rang. She said the parents have been asking after me. One of them left flowers at the school office.",
    ),
    (VOL, "People have noticed you're missing."),
    (CAL, "[laughs] Apparently the supply fella doesn't say good morning to the kids.", "decoy: '[laughs]'"),
    (
        VOL,
        "It sounds like you matter to them more than you knew. [TL note: good reflection here, use for training - Bryony] What would a first small step back look like?",
        "meta_text",
    ),
    (CAL, "Maybe just walking past it. Not in the coat. Just walking past at home time."),
    (VOL, "That sounds like a good size of step. Would you be up for trying that this week?"),
    (CAL, "I could do Thursday. My daughter could come with me."),
    (VOL, "Mm.", "decoy: backchannel 'Mm.' (3 of 3)"),
    (CAL, LONG_02, "truncated_turn", "@comment=call dropped, caller did not ring back"),
]

S02_B: Script = [
    (VOL, "Warmline, you're speaking to Benedict. How can I help tonight?"),
    (CAL, "Hi. My wife made me ring, if I'm honest. I'm Gregor."),
    (VOL, "Thanks for ringing, Gregor, whoever's idea it was. What's going on?"),
    (CAL, "I had a seizure three weeks ago. First one ever. In the kitchen, in front of the kids."),
    (VOL, "That must have been frightening, for you and for them."),
    (CAL, "I don't remember it. Our Elspeth does. She's nine. She rang the ambulance."),
    (VOL, "She did a really grown-up thing."),
    (CAL, DOUBLE_02),
    (CAL, DOUBLE_02, "duplicate_turn", "@flag=checked", "@comment=dup?"),
    (VOL, "So you've lost the driving and the work in one go, on top of the seizure itself."),
    (CAL, "I sit in the house all day. I used to be gone four nights a week. Now I'm under everyone's feet."),
    (VOL, "How are things at home, with you there all the time?"),
    (CAL, "", "empty_turn"),
    (VOL, "Are you still there, Gregor?", "decoy: the volunteer checks on the silence"),
    (
        OTH,
        "Sorry, it's Annelise, his wife. He's just gone out to the garden. He does that when it gets too much.",
        "unknown_speaker",
    ),
    (
        VOL,
        "Thanks, Annelise. Would he be okay to come back to the phone when he's ready? I'm happy to wait.",
        "decoy: the volunteer answers the third voice",
    ),
    (CAL, "I'm back. Sorry. She worries.", "decoy: short sentences"),
    (VOL, "No need to apologise. It sounds like it got a bit much just then."),
    (
        CAL,
        "I can't be the one who needs looking after. That's not me.",
        "decoy: 'I can't' from the caller (not a refusal)",
    ),
    (
        VOL,
        "Can I ask you straight out, because I ask everyone who's going through a lot: have you had any thoughts of ending your life?",
        "decoy: a direct risk question",
        "@flag=checked",
        "@comment=risk q asked - good",
    ),
    (CAL, "No. Nothing like that. I'm fed up, that's all."),
    (
        VOL,
        "Thank you for answering. If that ever changes, you can ring us back, or Samaritans on 116 123, any time. What would make tomorrow a bit more bearable?",
        "decoy: a helpline inside the volunteer's engagement (not a refusal)",
    ),
    (CAL, "Walking Elspeth to school, maybe. I've never done it. I was always on the road."),
    (VOL, "That sounds like something you haven't had the chance to do before."),
    (CAL, "Aye. Alright. I'll do that", "decoy: a short reply without a full stop"),
]


def f02() -> Doc:
    doc = Doc("02_warmline_calls_airtable_grid.csv", {VOL: T, CAL: C, OTH: X}, "dsv", bom=BOM)
    header = ["Call", "Turn #", "Speaker", "Utterance", "Timestamp", "Flagged", "Reviewer comment"]
    doc.mark(doc.record(header), "decoy: the header row")
    for call, day, script in (("CALL-0412", "2024-03-12", S02_A), ("CALL-0419", "2024-03-14", S02_B)):
        doc.start(call)
        for number, (who, text, *tags) in enumerate(script, 1):
            kept, opts = options(tags)
            stamp = f"{day} {19 + number // 30}:{(number * 2) % 60:02d}"
            fields = [call, str(number), who, text, stamp, opts.get("flag", ""), opts.get("comment", "")]
            doc.turn(who, text, doc.record(fields), kept)
    return doc


# ---------------------------------------------------------------------------
# 03 a Spanish family-support study's Google Sheet, one tab a session, downloaded tab by tab with "Descargar >
#    Valores separados por tabulaciones (.tsv)" and joined into one file by a research assistant, so the second tab's
#    header row stands in the middle of the file. UTF-8 without a byte-order mark, CR LF, tab-separated, no cell holds
#    a tab, a quote or a line break. ``Marca temporal<TAB>ID participante<TAB>Sesión<TAB>Hablante<TAB>Intervención
#    <TAB>Notas``; ``Orientadora`` is the counsellor role, ``Participante`` the client. The sessions were transcribed
#    by an automatic tool and corrected by hand.
# ---------------------------------------------------------------------------
ORI, PAR = "Orientadora", "Participante"
HEADER_03 = ["Marca temporal", "ID participante", "Sesión", "Hablante", "Intervención", "Notas"]
LOOP_03 = "Que si no me despierto, le puede pasar algo."
GAP_03 = "(aquí falta un trozo del audio, min. 24 a 26)"

S03_A: Script = [
    (ORI, "Buenas tardes, Rocío. ¿Cómo ha ido la semana?", "decoy: a correct accented name"),
    (PAR, "Pues regular. Alba ha tenido tres hipoglucemias de noche y yo no duermo."),
    (ORI, "Tres en una semana. ¿Cómo te has enterado de cada una?"),
    (
        PAR,
        "Por la alarma del sensor. Suena en mi móvil. Tengo el móvil debajo de la almohada desde que le pusieron el sensor.",
    ),
    (ORI, "Debajo de la almohada. O sea, que duermes esperando que suene."),
    (PAR, "Eso es. Duermo a medias. Paco dice que estoy obsesionada."),
    (ORI, "Mm.", "decoy: backchannel 'Mm.' (1 of 3)"),
    (
        PAR,
        moji(
            "Él duerme del tirón. Yo me levanto, le doy el zumo, espero quince minutos, vuelvo a mirar. A las cuatro ya no me duermo más."
        ),
        "mojibake",
        "@note=pegado del borrador de Word",
    ),
    (ORI, "Cuando dices que a las cuatro ya no te duermes, ¿qué pasa por tu cabeza?"),
    (PAR, LOOP_03, "repetition_loop"),
    (PAR, LOOP_03, "duplicate_turn"),
    (PAR, "Que si no me despierto, le puede pasar algo grave.", "near_duplicate_turn"),
    (ORI, "Tómate tu tiempo."),
    (PAR, "Perdona. Es que nunca lo digo en voz alta.", "decoy: 'Perdona' opening a turn"),
    (ORI, "Lo estás diciendo ahora, y eso cuenta. ¿Alba sabe cómo estás tú?"),
    (
        PAR,
        "Alba tiene trece años. Me dice: “mamá, que ya sé contar raciones”. Y es verdad, sabe más que yo.",
        "decoy: the client quotes her daughter in curly quotes",
    ),
    (ORI, "Mm.", "decoy: backchannel 'Mm.' (2 of 3)"),
    (
        PAR,
        "Parece que una parte de ti sabe que Alba se maneja bien, y otra parte no puede dejar de vigilar. ¿Qué necesitarías para soltar un poco esa vigilancia?",
        "role_inversion",
    ),
    (PAR, "No lo sé... que alguien más mirara el móvil una noche, supongo.", "decoy: a trail-off with '...'"),
    (ORI, "Paco, por ejemplo."),
    (PAR, "Paco, sí. Pero no me fío de que se despierte."),
    ("#", GAP_03),
    (
        ORI,
        "Quizá podríamos pensar en una noche a la semana en la que la alarma suene en su móvil y no en el tuyo. ¿Cómo lo ves?",
    ),
    (PAR, "Me da miedo. Pero una noche, vale. El viernes."),
    (ORI, "El viernes. Lo apuntamos y la próxima semana me cuentas."),
]

S03_B: Script = [
    (ORI, "Hola, Rocío. ¿Qué tal fue el viernes?"),
    (PAR, "Pues sonó la alarma a las dos y media. En el móvil de Paco."),
    (ORI, "¿Y qué pasó?"),
    (PAR, "Que se levantó. Le dio el zumo. Y volvió a la cama. Y yo, en la otra habitación, despierta, escuchando."),
    (ORI, "Escuchando desde la otra habitación.", "decoy: the counsellor echoes the client"),
    (PAR, "[risas] Sí. No fue perfecto. Pero no me levanté.", "decoy: '[risas]'"),
    (ORI, "No te levantaste. ¿Cómo fue eso para ti?"),
    (PAR, "Raro. Como si me faltara un brazo. Pero a las siete Alba estaba bien y Paco había hecho el desayuno."),
    (ORI, "Mm.", "decoy: backchannel 'Mm.' (3 of 3)"),
    (PAR, "Alba me dijo que estaba orgullosa de mí. Mi hija, orgullosa de mí, fíjate."),
    (ORI, "¿Y tú? ¿Qué sientes cuando lo cuentas?"),
    (PAR, "Ganas de llorar, un poco. Buenas ganas."),
    (
        ORI,
        "Te pregunto algo que pregunto a todas las familias: con tan poco sueño, ¿has tenido pensamientos de hacerte daño o de no querer seguir?",
        "decoy: a direct risk question",
    ),
    (PAR, "No, eso no. Cansada, sí, mucho. Pero no."),
    (
        ORI,
        "Gracias por contestarme. Si alguna vez cambia, puedes llamar al 024 a cualquier hora. ¿Probamos dos noches esta semana?",
        "decoy: the 024 line inside the counsellor's engagement (not a refusal)",
    ),
    (PAR, "Dos noches. El martes y el viernes. Y Paco dice que el sábado también, si quiero."),
    (ORI, "Entonces el martes, el viernes y quizá el sábado.", "decoy: the counsellor repeats the plan"),
    (PAR, "Y voy a sacar el móvil de debajo de la almohada. Lo voy a dejar en la mesilla, aunque sea."),
    (ORI, "En la mesilla. Es un paso."),
    (
        PAR,
        "Sí. Y lo otro que quería contarte es que mi hermana me ha dicho que podría quedarse con Alba un fin de semana para que Paco y yo",
        "truncated_turn",
        "@note=fin de la grabación",
    ),
]


def f03() -> Doc:
    doc = Doc("03_sesiones_P07_hoja_google.tsv", {ORI: T, PAR: C}, "dsv", newline="\r\n", delimiter="\t")
    doc.mark(doc.record(HEADER_03), "decoy: the header row")
    for session, day, start, script in (
        ("Sesión 1", "7/3/2024", 17 * 60 + 2, S03_A),
        ("Sesión 2", "14/3/2024", 17 * 60 + 5, S03_B),
    ):
        if session == "Sesión 2":
            doc.mark(doc.record(HEADER_03), "decoy: the second tab's header row, repeated in the middle of the file")
        doc.start(f"P07 {session}")
        minute = start
        for who, text, *tags in script:
            kept, opts = options(tags)
            if who == "#":
                doc.mark(doc.raw_line(text), "unparseable_line")
                continue
            stamp = f"{day} {minute // 60}:{minute % 60:02d}:00"
            minute += 1
            doc.turn(who, text, doc.record([stamp, "P07", session, who, text, opts.get("note", "")]), kept)
    return doc


# ---------------------------------------------------------------------------
# 04 a counsellor's typed notes of a session that an AI tool turned into a Markdown table, pasted into her notes app
#    with the tool's opening line, and exported as Markdown (UTF-8, LF): a title, a key line, then ``| Turn # |
#    Speaker | Utterance | Comment |`` with an alignment row; a ``|`` inside a cell is written ``\|``, a line break
#    inside a cell ``<br>``. The tool's output stopped in the middle of the last row, which has no closing pipe.
# ---------------------------------------------------------------------------
HV, AM = "HV", "AM"
DOUBLE_04 = (
    "I keep thinking, what if she hadn't been okay. What if I'd killed someone's mum on a Saturday morning because "
    "I was rushing."
)

S04: Script = [
    (HV, "Welcome back, Anand. Where would you like to start today?"),
    (AM, "The letter came. From the regulator. They've opened a fitness-to-practise case."),
    (HV, "So the thing you'd been dreading has arrived."),
    (AM, "I knew it would. I still read it six times standing in the hallway."),
    (HV, "Mm.", "decoy: backchannel 'Mm.' (1 of 2)"),
    (
        AM,
        'Mrs Atherton\'s daughter wrote to them as well. She read me her letter on the phone. Two lines stuck:<br>"He didn\'t even look up."<br>"My mother trusted that pharmacy for forty years."',
        "decoy: '<br>' inside a cell; the client quotes a letter",
    ),
    (HV, "Those two lines have stayed with you."),
    (
        AM,
        "Because the first one's true. It was a Saturday, I was on my own, there were eleven people in the queue, and I didn't look up.",
    ),
    (HV, "Eleven people, on your own, and you didn't look up. That's the picture you keep going back to."),
    (
        AM,
        "I gave her the five-milligram tablets instead of the one-milligram. Warfarin. She was in hospital for a week with a bleed.",
        "decoy: an escaped pipe in the comment cell",
        "@comment=pause \\| tearful",
    ),
    (HV, "And how is she now?"),
    (
        AM,
        "She's home. She's okay. The ward pharmacist told me, unofficially. I cried in the car at the retail park.",
    ),
    (AM, DOUBLE_04, "decoy: the client's second row in a row"),
    (AM, DOUBLE_04, "duplicate_turn"),
    (HV, "That 'what if' is carrying a lot of weight.", "decoy: the counsellor quotes the client"),
    (
        AM,
        "It sounds as if you're holding yourself to account for the whole system that Saturday, the staffing, the queue, the two boxes side by side. What would it be like to look at your part without carrying all of theirs?",
        "role_inversion",
    ),
    (AM, "Honestly? It would feel like making excuses."),
    (HV, "Making excuses, or seeing it clearly?"),
    (
        AM,
        ansi(
            "I wrote this in my notes on Sunday night: “I am a careful person who made a serious mistake.” I don’t know if I believe it yet."
        ),
        "encoding_error",
        "@comment=pasted from his notes",
    ),
    (HV, "Careful person, serious mistake. Both can be true.", "decoy: the counsellor echoes the client's note"),
    (
        AM,
        "My dad was a pharmacist in Blackburn for thirty years. He never made a mistake. Or he never told me about one.",
    ),
    (HV, "Mm.", "decoy: backchannel 'Mm.' (2 of 2)"),
    (HV, "Have you thought about telling him?", "decoy: the counsellor's second row in a row"),
    (AM, "No. Not yet. Maybe after the hearing", "decoy: a short reply without a full stop"),
    (
        HV,
        "Can I check something I ask whenever someone's carrying this much: have there been any thoughts of harming yourself, or of not wanting to be here?",
        "decoy: a direct risk question",
    ),
    (AM, "No. I've had the worst sleep of my life, but no. I've got Roshni and the baby."),
    (
        HV,
        "Thank you. Your union rep and Pharmacist Support can help with the case itself; I can't advise you on the hearing, but what I can help with is how you carry it. What would help this week?",
        "decoy: a limit followed by engagement (not a refusal)",
    ),
    (AM, "Writing the reflective statement, I suppose. I've been avoiding it."),
    (HV, "Shall we make a start on it together next time?"),
    (
        AM,
        "Yes. And I think what I'd want to say to her daughter, if I'm ever allowed to, is that I",
        "truncated_turn",
    ),
]


def md_cell(text: str) -> str:
    return text.replace("|", "\\|")


def f04() -> Doc:
    doc = Doc("04_dispensing_error_s3_notes_table.md", {HV: T, AM: C}, "md")
    doc.mark(doc.add("Here is the transcript formatted as a Markdown table:"), "meta_text")
    doc.add("")
    doc.mark(doc.add("# Session 3 — Anand (locum pharmacist)"), "decoy: the title")
    doc.mark(
        doc.add("Key: HV = counsellor (Hilde Varga), AM = client. Typed from the audio; comments are mine. — HV"),
        "decoy: the key line names both labels",
    )
    doc.add("")
    doc.mark(doc.add("| Turn # | Speaker | Utterance | Comment |"), "decoy: the table header")
    doc.add("|---:|:---|:---|:---|")
    doc.start("session 3")
    for number, (who, text, *tags) in enumerate(S04, 1):
        kept, opts = options(tags)
        if number == len(S04):
            line = doc.add(f"| {number} | {who} | {md_cell(text)}")
        else:
            line = doc.add(f"| {number} | {who} | {md_cell(text)} | {opts.get('comment', '')} |".replace("|  |", "| |"))
        doc.turn(who, text, line, kept)
    return doc


# ---------------------------------------------------------------------------
# 05 a renal psychology service's transcript portal, its "Printable view" saved from the browser ("Web page, HTML
#    only"): UTF-8 declared in a ``<meta>`` tag, LF, an HTML ``<table>``, each ``<tr class="turn">`` on a line of its
#    own with its three ``<td>`` cells on the lines below. The portal's transcripts are made automatically and pass
#    through an AI clean-up step before the clinician reviews them. ``Counsellor`` is the counsellor role,
#    ``Client`` the client, ``Ward staff`` neither.
# ---------------------------------------------------------------------------
COU, CLI, WARD = "Counsellor", "Client", "Ward staff"

S05: Script = [
    (COU, "Hi Calum. Thanks for coming in. How have the last couple of weeks been?"),
    (
        CLI,
        "Busy. Niall's on dialysis three mornings a week now, so I've been driving him to the Borders General and back.",
    ),
    (COU, "Three mornings a week, on top of your own work."),
    (CLI, "I'm a joiner. I can shift my hours. That's not the hard bit."),
    (COU, "What's the hard bit?"),
    (
        CLI,
        moji(
            "Sitting in the car park while he’s hooked up to the machine, knowing there’s a scar on me for nothing. I’d give him the other one if they’d let me."
        ),
        "mojibake",
    ),
    (COU, "A scar for nothing. That's a heavy way to carry it.", "decoy: the counsellor echoes the client"),
    (
        CLI,
        "Aurélie, the transplant coordinator, keeps telling me it wasn't my kidney's fault. Rejection just happens sometimes.",
        "decoy: a correct accented name",
    ),
    (COU, "Mm.", "decoy: backchannel 'Mm.'"),
    (CLI, "I know that up here. I don't feel it."),
    (COU, "What do you feel, when you're sitting in that car park?"),
    (CLI, "Useless. Like I had one job."),
    (COU, "What do you feel when you're sitting in the car park?", "near_duplicate_turn"),
    (CLI, "", "empty_turn"),
    (COU, "Take your time."),
    (CLI, "Sorry. I don't cry. I'm not a crier.", "decoy: 'Sorry.' opening a turn"),
    (
        WARD,
        "Sorry to interrupt, Calum, the phlebotomist's ready for your bloods when you're finished here.",
        "unknown_speaker",
    ),
    (CLI, "Aye, thanks, I'll be ten minutes.", "decoy: the client answers the third voice"),
    (COU, "You have your own follow-up bloods today."),
    (
        CLI,
        "Every three months. To check the one I've got left is behaving. [laughs] It's behaving better than his did.",
        "decoy: '[laughs]' inside a turn",
    ),
    (
        COU,
        "Cleaned transcript segment: It sounds like there's a joke there, and something much sadder underneath it.",
        "meta_text",
    ),
    (
        CLI,
        "I'm sorry, but I can't help with content that describes thoughts of self-harm or harming others. If you or someone you know is in crisis, please contact your local emergency services.",
        "refusal",
    ),
    (
        COU,
        "Calum, what you said just now, about sometimes wishing you'd never woken up from the anaesthetic: I want to ask you directly. Are you having thoughts of ending your life?",
        "decoy: a direct risk question about the words the clean-up step replaced",
    ),
    (
        CLI,
        "No. Not now. It was the first week, when they told us it wasn't working. I'm not there now.",
    ),
    (
        COU,
        "Thank you for telling me. If it comes back, I'd want you to tell me, or ring Samaritans on 116 123. Who else knows how hard this has been?",
        "decoy: a helpline inside the counsellor's engagement (not a refusal)",
    ),
    (CLI, "Nobody. Niall's got enough on. My wife thinks I'm fine & dandy.", "decoy: '&' written as '&amp;'"),
    (COU, "And you've been the strong one for everybody."),
    (CLI, "That's the job, isn't it. Big brother.", "decoy: a question closed with a full stop"),
    (COU, "What would it be like to tell Niall some of this?"),
    (
        CLI,
        "He'd say it's not my fault.\nHe'd say it first, before I'd even finished.",
        "decoy: a line break inside the cell, written '<br>'",
    ),
    (COU, "Might that be worth hearing from him?"),
    (CLI, "Maybe. Thursday, in the car. We've got three hours to fill."),
    (COU, "Thursday in the car, then.", "decoy: the counsellor repeats the plan"),
]

HEAD_05 = (
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<!-- saved from url=(0066)https://portal.renal-psych.example.nhs.uk/transcripts/8812/print -->",
    "<head>",
    '<meta charset="utf-8">',
    "<title>Session transcript - Printable view</title>",
    "</head>",
    "<body>",
    "<h1>Session transcript</h1>",
)


def html_cell(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")


def f05() -> Doc:
    doc = Doc("05_renal_psychology_transcript_print.html", {COU: T, CLI: C, WARD: X}, "html")
    doc.add(*HEAD_05)
    doc.mark(
        doc.add(
            '<p class="meta">Client: C. Murdoch &middot; Clinician: P. Desai &middot; Session 4 &middot; Renal psychology</p>'
        ),
        "decoy: a header paragraph that opens with 'Client:'",
    )
    doc.add('<table class="transcript">', "<thead>")
    doc.mark(doc.add("<tr><th>Time</th><th>Speaker</th><th>Text</th></tr>"), "decoy: the table header")
    doc.add("</thead>", "<tbody>")
    doc.start("session 4")
    seconds = 8
    for who, text, *tags in S05:
        stamp = f"00:{seconds // 60:02d}:{seconds % 60:02d}"
        seconds += 9 + len(text) // 14
        line = doc.add('<tr class="turn">')
        doc.add(
            f'  <td class="time">{stamp}</td>',
            f'  <td class="speaker">{who}</td>',
            f'  <td class="text">{html_cell(text)}</td>',
            "</tr>",
        )
        doc.turn(who, text, line, tags)
    doc.add("</tbody>", "</table>")
    doc.mark(
        doc.add(
            '<p class="footer">Printed 18/04/2024 10:12 &middot; Transcript generated automatically and reviewed by the clinician.</p>'
        ),
        "decoy: the footer",
    )
    doc.add("</body>", "</html>")
    return doc


# ---------------------------------------------------------------------------
# 06 a REDCap project of a study of brief counselling for school staff after a lockdown (a man with a knife seen at
#    the gates of a secondary school in Barnstaple), exported with "CSV / Microsoft Excel (labels)": UTF-8 without a
#    byte-order mark, LF, REDCap's own column labels, a repeating instrument "Transcript Turn" (one turn an
#    instance) under each record's base row, whose turn columns are empty. ``Study counsellor`` is the counsellor
#    role, ``Participant`` the client. The transcripts were entered through REDCap's data import tool; record 107
#    is record 102 again: the import file was uploaded a second time with auto-numbering on. One row was corrected by
#    hand in a text editor before the upload and lost its quotes.
# ---------------------------------------------------------------------------
SC, PT = "Study counsellor", "Participant"
EVENT_06 = "Session 1 (Arm 1: Staff)"
HEADER_06 = [
    "Record ID",
    "Event Name",
    "Repeat Instrument",
    "Repeat Instance",
    "Consent given",
    "Turn speaker",
    "Turn text",
    "Coder comment",
    "Complete?",
]
HAND_EDITED_06 = (
    "103,Session 1 (Arm 1: Staff),Transcript Turn,8,,Participant,I'm angry, not scared, that's the thing,,Complete"
)

S06_101: Script = [
    (SC, "Thanks for agreeing to this, and for coming in on your lunch break. How have you been since the lockdown?"),
    (PT, "Jumpy. The phone goes on reception and my heart goes through the roof."),
    (SC, "Your body is still on alert."),
    (PT, "I was the one who pressed the button. I saw him on the camera by the gates and I pressed it."),
    (SC, "You were the first to see him, and you acted."),
    (
        PT,
        "Then I had to do the announcement. 'This is a lockdown, this is not a drill.' My voice was shaking on the tannoy.",
        "decoy: the participant quotes herself",
    ),
    (SC, "Mm.", "decoy: backchannel 'Mm.'"),
    (
        PT,
        "It sounds like you did exactly what you were trained to do, and your body hasn't caught up with that yet. What do you notice when the phone rings now?",
        "role_inversion",
    ),
    (PT, "My hands go cold. I count the rings. Stupid, really."),
    (
        SC,
        "Not stupid at all. [coder: can't hear this word - JR] It's your alarm system doing its job.",
        "meta_text",
    ),
    (PT, "", "empty_turn", "@comment=no text entered", "@complete=Incomplete"),
    (SC, "Is there anything that helps, when that happens?"),
    (PT, "Making a cup of tea. The kettle's the opposite of a tannoy."),
    (SC, "A cup of tea, then, as a first step for when the phone goes.", "decoy: the counsellor repeats the plan"),
]

S06_102: Script = [
    (
        SC,
        "Hello again. Last time you talked about the two hours in the classroom. Where would you like to start today?",
    ),
    (PT, "With the kids, I think. Twenty-eight of them under the tables and me pretending it was a game."),
    (SC, "You had to hold it together for all of them."),
    (PT, "One lad, Kyle, kept asking if we were going to die. I said no. I didn't know that."),
    (SC, "You told him what he needed to hear, without knowing yourself."),
    (
        PT,
        "I keep replaying it.\nHis face, and the blinds, and the radio on my lanyard crackling.",
        "decoy: a quoted cell over two physical lines",
    ),
    (SC, "Mm.", "decoy: backchannel 'Mm.'"),
    (
        PT,
        ansi("My sister said “you did brilliant, you kept them safe”. I know she’s right but it doesn’t land."),
        "encoding_error",
        "@comment=corrected in Notepad",
    ),
    (SC, "It doesn't land yet.", "decoy: the counsellor echoes the participant"),
    (PT, "The head wants us to do a debrief with the kids next week. I'm dreading it."),
    (SC, "What part of it are you dreading most?"),
    (PT, "Kyle. Seeing Kyle's face again and him asking why I lied."),
    (SC, "What would you want to say to Kyle, if he asked?"),
    (
        PT,
        "That I wasn't lying, I was hoping. That sometimes grown-ups say it'll be okay because they",
        "truncated_turn",
        "@comment=audio file ends here",
    ),
]

S06_103: Script = [
    (SC, "Thanks for coming. What would be useful to talk about today?"),
    (
        PT,
        "I was in the prep room on my own when the alarm went. Nobody came to get me. I hid in the chemical store for two hours.",
    ),
    (SC, "Two hours, alone, not knowing."),
    (PT, "In the dark, with the acids. I could hear the police helicopter."),
    (SC, "Mm.", "decoy: backchannel 'Mm.'"),
    (
        PT,
        'Afterwards the head said, "sorry, we forgot the technicians." Like we\'re furniture.',
        "decoy: doubled quotes in a quoted cell; the participant quotes the head",
    ),
    (SC, "Being forgotten on that day, of all days."),
    ("#", HAND_EDITED_06),
    (PT, "And the thing is, I'd do it again. I'd still lock the store first."),
    (SC, "What does that tell you about yourself?"),
    (
        PT,
        "That I'm the sort who checks the acids before herself. [laughs] My husband says that's not a compliment.",
        "decoy: '[laughs]'; the participant quotes her husband",
    ),
    (
        SC,
        "Can I ask, because I ask everyone in the study: have you had any thoughts of harming yourself since?",
        "decoy: a direct risk question",
    ),
    (PT, "No. Angry, not sad. Well, both", "decoy: a short answer without a full stop"),
    (
        SC,
        "Angry and sad. Both make sense to me. Would it help to put in writing what you'd want the school to change?",
    ),
    (PT, "A walkie-talkie in the prep room. And somebody whose job it is to come and get us."),
]


def f06() -> Doc:
    doc = Doc("06_redcap_staff_lockdown_transcripts.csv", {SC: T, PT: C}, "dsv")
    doc.mark(doc.record(HEADER_06), "decoy: the header row")
    for record, script, kinds in (
        ("101", S06_101, ()),
        ("102", S06_102, ()),
        ("103", S06_103, ()),
        ("107", S06_102, ("duplicate_session",)),
    ):
        base = doc.record([record, EVENT_06, "", "", "Yes", "", "", "", ""])
        doc.mark(base, *([] if kinds else ["decoy: the record's base row, its turn columns empty (no turn)"]))
        doc.start(f"record {record}", *kinds)
        instance = 0
        for who, text, *tags in script:
            kept, opts = options(tags)
            instance += 1
            if who == "#":
                doc.mark(doc.raw_line(text), "unparseable_line")
                continue
            fields = [record, EVENT_06, "Transcript Turn", str(instance), "", who, text]
            fields += [opts.get("comment", ""), opts.get("complete", "Complete")]
            doc.turn(who, text, doc.record(fields), [] if kinds else kept)
    return doc


# ---------------------------------------------------------------------------
# 07 a festival welfare tent's check-in sheet (a Google Form on a tablet feeding a Google Sheet), downloaded as CSV:
#    UTF-8 without a byte-order mark, CR LF, a bare LF inside a quoted cell, WIDE: one check-in a row, the
#    conversation in ``T1 vol`` .. ``T14 guest`` (odd columns the volunteer, counsellor role; even columns the guest,
#    client), empty cells after the check-in ended, then ``Outcome`` and ``Notes``. The form's text boxes keep 200
#    characters. WT-007 is WT-001 submitted a second time from the tablet's offline queue.
# ---------------------------------------------------------------------------
VOL07, GUE = "vol", "guest"
WIDTH_07 = 14
BOX_LIMIT_07 = 200
LONG_07 = (
    "Once, at my cousin's wedding, but not like this. I thought I was going to pass out and nobody would notice "
    "because everyone was singing and jumping and my mates were already halfway to the bar and I didn't want to ruin "
    "their night again"
)
AGAIN_07 = "That sounds like a horrible thing to happen when you're there to keep people safe."

# each check-in: id, time, volunteer, outcome, notes, session kinds, and its turns (speaker, text, tags...)
CHECKINS_07: tuple[tuple[str, str, str, str, str, tuple[str, ...], Script], ...] = (
    (
        "WT-001",
        "23:05",
        "Bex",
        "Reunited with friend at 23:40",
        "",
        (),
        [
            (VOL07, "Hiya, come and sit down. I'm Bex. What's happened?"),
            (GUE, "I've lost my mate. Her phone's dead and mine's on four percent."),
            (VOL07, "Okay. We'll sort this. What's her name and where did you last see her?"),
            (GUE, "Hollie. At the front for the headliner, by the left speaker stack."),
            (
                VOL07,
                "Right. I'll put a call out to the stewards on the radio. Do you want to charge your phone here while we wait?",
            ),
            (GUE, "Yes please. Sorry, I'm shaking."),
            (VOL07, "You're fine. Lots of people end up here tonight. Here's some water."),
            (GUE, "Thank you. She'll be fuming I didn't wait at the meeting point", "decoy: no full stop"),
        ],
    ),
    (
        "WT-002",
        "23:18",
        "Odhran",
        "Stayed 40 mins, returned to campsite with friend",
        "first aid not needed",
        (),
        [
            (VOL07, "Hey, I'm Odhran. You're safe here. Can you tell me your name?"),
            (GUE, "Nell. I can't breathe properly.", "decoy: 'I can't' from the guest (not a refusal)"),
            (
                VOL07,
                "Okay, Nell. Let's slow it down together.\nIn for four.\nHold for four.\nOut for six.",
                "decoy: a cell over four physical lines",
            ),
            (GUE, "Okay. Okay.", "decoy: a short reply"),
            (VOL07, "Again. You're doing really well."),
            (GUE, "It was the crowd. Everyone pushed forward and I couldn't see the sky."),
            (VOL07, "That sounds really frightening. Has this happened before?"),
            (GUE, cut_at(LONG_07, BOX_LIMIT_07), "truncated_turn"),
            (VOL07, "Do you want to stay here until you feel steadier? There's no rush."),
            (GUE, "Yeah. Can I stay till the next set finishes", "decoy: a question without a question mark"),
        ],
    ),
    (
        "WT-003",
        "23:31",
        "Bex",
        "Rang mum, went back to tent with sister",
        "",
        (),
        [
            (VOL07, "Hi, love. I'm Bex. You look frozen. Do you want a blanket?"),
            (GUE, "Yeah. Thanks. It's my first festival. I thought I'd love it."),
            (VOL07, "And it's not what you expected?"),
            (GUE, "Everyone's in couples or big groups and I'm just tagging along with my sister's mates."),
            (VOL07, "Tagging along. That can feel lonely, even in a crowd of thousands."),
            (
                GUE,
                "It sounds like you're missing home, and that's really normal at a first festival. Nobody here would think less of you for it.",
                "role_inversion",
            ),
            (VOL07, "Is there someone at home you'd like to ring?"),
            (GUE, "My mum. She said I wasn't ready for this. I don't want her to be right."),
            (VOL07, "Ringing her for five minutes doesn't make her right. It just means you miss her."),
            (
                GUE,
                "[laughs] Okay. Fair. Can I use your charger",
                "decoy: '[laughs]'; a question without a question mark",
            ),
        ],
    ),
    (
        "WT-004",
        "00:12",
        "Odhran",
        "Supervisor attended, steward stood down for the night",
        "incident form done",
        (),
        [
            (VOL07, "Hey, are you on shift? Come in, sit down."),
            (GUE, "I'm a steward. I just need five minutes. Someone threw a bottle at me on the pit barrier."),
            (VOL07, "Are you hurt? Do you need the medics?"),
            (GUE, "No, it missed. Just. It's the shouting more than the bottle."),
            (VOL07, AGAIN_07),
            (GUE, "", "empty_turn"),
            (VOL07, AGAIN_07, "duplicate_turn"),
            (GUE, "I'm nineteen. I'm on eleven pound an hour. I didn't sign up to be a target."),
            (VOL07, "No. You didn't. Has your supervisor been told?"),
            (GUE, "She said to take ten and come back. I don't think I want to go back."),
            (
                VOL07,
                "You don't have to decide that this minute. Shall I get your supervisor to come down here to talk it through?",
            ),
            (GUE, "Yeah. Okay. Thanks", "decoy: a short reply without a full stop"),
        ],
    ),
    (
        "WT-005",
        "00:40",
        "Bex",
        "Phone reported to lost property; walked to purple campsite with steward",
        "",
        (),
        [
            (VOL07, "Hiya. What can we do for you?"),
            (
                GUE,
                "My phone's been nicked and my boyfriend's gone off in a mood. I don't know where our tent is.",
            ),
            (VOL07, "Okay, one thing at a time. Do you know which campsite you're in?"),
            (
                GUE,
                moji(
                    "Purple, I think. Near the flag with the flamingo on it. He’s got the car keys and I’ve got nothing."
                ),
                "mojibake",
            ),
            (
                VOL07,
                "Purple campsite, flamingo flag. That's something to go on.",
                "decoy: the volunteer echoes the guest",
            ),
            (GUE, "We had a row because I wanted to see the last band. It's so stupid."),
            (
                VOL07,
                "It doesn't sound stupid. It sounds like a long day. Shall we report the phone first, then find the flamingo?",
            ),
            (GUE, "[laughs] Yes. Sorry. Thank you.", "decoy: '[laughs]'"),
        ],
    ),
    (
        "WT-006",
        "01:02",
        "Odhran",
        "Reunited with son at info point",
        "",
        (),
        [
            (VOL07, "Hi, I'm Odhran. You look worried. What's going on?"),
            (
                GUE,
                "My son's fifteen. He was meant to meet me at the burger van an hour ago. He's not answering.",
            ),
            (VOL07, "Okay. What's his name, and what's he wearing?"),
            (GUE, "Caspar. Green bucket hat, black hoodie with a fox on it."),
            (
                VOL07,
                "I'm putting that out on the radio now. Most young people turn up within the hour, phones die all the time here.",
            ),
            (
                GUE,
                "I told his mum I'd keep an eye on him. First time I've had him for a whole weekend since the divorce.",
            ),
            (VOL07, "So there's a lot riding on this weekend for you."),
            (GUE, "Oh thank God, that's him on the radio, isn't it? At the info point?"),
            (VOL07, "It is. He's fine. He's at the info point with a steward. I'll walk you over."),
            (GUE, "Cheers, mate. Honestly. Cheers", "decoy: a short reply without a full stop"),
        ],
    ),
)


def f07() -> Doc:
    doc = Doc("07_welfare_tent_checkins_wide.csv", {VOL07: T, GUE: C}, "wide", newline="\r\n")
    turn_columns = [f"T{n} {VOL07 if n % 2 else GUE}" for n in range(1, WIDTH_07 + 1)]
    header = ["Check-in ID", "Date", "Time in", "Volunteer", *turn_columns, "Outcome", "Notes"]
    doc.mark(doc.record(header), "decoy: the header row (its column names give the roles)")
    again = (*CHECKINS_07[0][:1], "01:27", *CHECKINS_07[0][2:5], ("duplicate_session",), CHECKINS_07[0][6])
    for checkin, time_in, volunteer, outcome, notes, kinds, script in (*CHECKINS_07, again):
        ident = "WT-007" if kinds else checkin
        cells = [text for _, text, *_ in script]
        assert len(cells) <= WIDTH_07 and [who for who, *_ in script] == [VOL07, GUE] * (len(cells) // 2)
        row = [ident, "2024-07-19" if time_in > "12" else "2024-07-20", time_in, volunteer]
        row += cells + [""] * (WIDTH_07 - len(cells)) + [outcome, notes]
        line = doc.record(row)
        doc.start(ident, *kinds)
        for who, text, *tags in script:
            doc.turn(who, text, line, [] if kinds else tags, shared=True)
        if len(cells) < WIDTH_07 and not kinds:
            doc.decoys.append((line, "empty cells after the check-in ended (no turns)"))
    return doc


# ---------------------------------------------------------------------------
# 08 a counsellor's Notion database of session notes, one block of speech a row, exported with "Export > Markdown &
#    CSV": UTF-8 with a byte-order mark, LF; the title property comes FIRST (renamed ``Utterance``), then the
#    properties ``Order``, ``Session``, ``Speaker`` (a select: ``Counsellor`` / ``Client``), ``Tags`` (a
#    multi-select, comma-joined) and ``Created time`` (``March 4, 2024 7:12 PM``, with a comma). She tidied some rows
#    with Notion AI.
# ---------------------------------------------------------------------------
CO8, CL8 = "Counsellor", "Client"

S08_A: Script = [
    (CO8, "Hi Kieron. What's brought you along?"),
    (CL8, "I referee kids' football. Under-twelves, Sunday mornings. Well, I did."),
    (CO8, "You did."),
    (
        CL8,
        "Three weeks ago a dad followed me to my car after a match. Said he knew where I lived and I'd better watch myself.",
    ),
    (CO8, "That must have been really frightening."),
    (CL8, "I just sat in the car with the doors locked. Twenty minutes. Then I drove home the long way."),
    (
        CO8,
        "Here's a clearer version: That sounds like your body did exactly what it needed to, to keep you safe. What's happened since?",
        "meta_text",
    ),
    (
        CL8,
        "I reported it to the county FA. They've banned him for the season. But I haven't done a game since.",
    ),
    (CO8, "What stops you?"),
    (CL8, "Every time I think about the whistle, I see him walking across the car park."),
    (CO8, "Mm.", "decoy: backchannel 'Mm.'"),
    (
        CL8,
        "I'm sorry, but I can't help with that. This content describes threats of violence. If you feel unsafe, please contact your local authorities.",
        "refusal",
    ),
    (
        CO8,
        "When you said you'd thought about what you'd do if you saw him again, I want to understand that better. Are you worried you might hurt him, or that he might hurt you?",
        "decoy: the counsellor engages with the passage the AI step replaced",
    ),
    (CL8, "Him hurting me. I'm eleven stone wet through. I'd just run."),
    (CO8, "So the fear is about your safety, not about what you might do."),
    (CL8, "Yeah. That's it", "decoy: a short reply without a full stop"),
]

S08_B: Script = [
    (CO8, "Good to see you again, Kieron. How was the week?"),
    (CL8, "I went and watched a match. Didn't ref it. Just stood on the touchline."),
    (CO8, "That's a step. How was it?"),
    (
        CL8,
        "My hands were sweating the whole first half. By the second half I was shouting at the ref like everyone else.",
        "decoy: a joke at his own expense",
    ),
    (CO8, "[laughs] You were back on the other side of it.", "decoy: '[laughs]'"),
    (
        CL8,
        "It sounds like standing there showed you that the fear is strongest before you go, and it eases once you're in it. What would the next step be?",
        "role_inversion",
    ),
    (CL8, "Maybe running the line. Assistant ref. Not in the middle yet."),
    (CO8, "Running the line sounds like a good middle step. Who would be there with you?", "@tags=homework, follow-up"),
    (CL8, "Osborne, the other ref. He's known me since I was a kid."),
    (CO8, "Running the line sounds like a really good middle step. Who'd be there with you?", "near_duplicate_turn"),
    (CL8, "Osborne. He said he'd park next to me."),
    (
        CO8,
        "Can I ask, because it matters: has any of this brought thoughts of harming yourself?",
        "decoy: a direct risk question",
        "@tags=risk check",
    ),
    (CL8, "No. Nothing like that."),
    (
        CO8,
        "Good. Then for next Sunday, let's plan the running-the-line game, and we'll look at what you'd say if a parent starts shouting, and how you'd",
        "truncated_turn",
        "@tags=homework",
    ),
]


def f08() -> Doc:
    doc = Doc("08_notion_referee_sessions_export.csv", {CO8: T, CL8: C}, "dsv", bom=BOM)
    doc.mark(doc.record(["Utterance", "Order", "Session", "Speaker", "Tags", "Created time"]), "decoy: the header row")
    order = 0
    for session, day, script in (("Session 1", "March 4, 2024", S08_A), ("Session 2", "March 11, 2024", S08_B)):
        doc.start(session)
        for minute, (who, text, *tags) in enumerate(script, 12):
            kept, opts = options(tags)
            order += 1
            stamp = f"{day} 7:{minute:02d} PM"
            doc.turn(who, text, doc.record([text, str(order), session, who, opts.get("tags", ""), stamp]), kept)
    return doc


# ---------------------------------------------------------------------------
# 09 an employee-assistance text-chat service's weekly exports ("CSV UTF-8": a byte-order mark, CR LF), weeks 14 and
#    15 joined with ``cat``. Week 14's file ended without a line break, so its last row and week 15's byte-order mark
#    and header row stand on ONE physical line. Week 15's export window overlapped week 14 by a day, so EAP-7790
#    stands in both. ``conversation_id,message_no,sent_at,author_type,author_display,body``; ``author_type`` is
#    ``counsellor`` or ``bot`` (counsellor role), ``member`` (client), ``supervisor`` (neither) or ``system`` (no
#    turn). The export keeps 255 characters of a body.
# ---------------------------------------------------------------------------
COUN, MEM, BOT, SUPV, SYS09 = "counsellor", "member", "bot", "supervisor", "system"
HEADER_09 = ["conversation_id", "message_no", "sent_at", "author_type", "author_display", "body"]
BODY_LIMIT_09 = 255
FALLBACK_09 = "Sorry, I didn't quite get that. You can type MENU to see options, or COUNSELLOR to speak to a person."
LONG_09 = (
    "no. not like that. i just cant go back into that office where he used to ring me every lunchtime to ask what i "
    "was eating, and his number is still in my phone and i keep looking at it on the bus, and everyone at work thinks "
    "im fine because i was back after a week and i laughed at the christmas do"
)

S09_A: Script = [
    (SYS09, "Chat started."),
    (COUN, "Hi, I'm Gwyneth, one of the counsellors. What would you like to talk about?"),
    (MEM, "hi. i run a bridal alterations business from home. i cut a dress wrong on saturday", "decoy: no full stop"),
    (COUN, "That sounds like a horrible moment. What happened?"),
    (
        MEM,
        "took two inches off the hem instead of one. the wedding is on friday. it's silk, you can't put it back",
        "decoy: no full stop",
    ),
    (COUN, "Two days before the wedding. What did you do?"),
    (MEM, "told the bride. she cried. her mum shouted. i've been sick twice since", "decoy: no full stop"),
    (COUN, "That's a lot to carry on your own. Have you been able to find a fix?"),
    (MEM, "my supplier has the same silk. i'm remaking the skirt. but i haven't slept", "decoy: no full stop"),
    (COUN, "Remaking a skirt in a week with no sleep. How are you feeling right now?"),
    (MEM, "like a fraud. 22 years and i do something a first year student wouldn't", "decoy: no full stop"),
    (COUN, "Twenty-two years of dresses, and this is the one your mind has settled on."),
    (MEM, "ha. yes. when you put it like that", "decoy: no full stop"),
    (COUN, "What would you say to a student of yours who'd done this?"),
    (
        MEM,
        "that everyone does it once. that you fix it and you measure three times after",
        "decoy: kind words for an imagined student; no full stop",
    ),
    (COUN, "Measure three times. Could you say that to yourself this week?"),
    (MEM, "i'll try. thank you gwyneth", "decoy: thanks without a full stop"),
    (SYS09, "Chat closed by counsellor."),
]

S09_B: Script = [
    (SYS09, "Chat started."),
    (COUN, "Evening, I'm Fenton. I see you've asked for a chat about a work incident. What's been happening?"),
    (MEM, "I manage nights at a supermarket. Four weeks ago two men came in with a machete at 2am."),
    (COUN, "That must have been terrifying. Were you or your team hurt?"),
    (MEM, "No one was hurt. They took the tills and the cigarettes. I opened the safe because they told me to."),
    (COUN, "You did what kept everyone safe."),
    (MEM, "That's what the police said. Head office have asked why I didn't hit the panic button first."),
    (COUN, "How did that land, being asked that?"),
    (MEM, "Like it's my fault. I've been back on nights since the Monday. I jump every time the doors open."),
    (COUN, "Your body is still waiting for the doors to open on it again."),
    (MEM, "Yeah. That's exactly it", "decoy: no full stop"),
    (COUN, "Have you been able to talk to anyone at home about it?"),
    (MEM, "My partner. She wants me to go on days. Days pay less."),
    (COUN, "So there's the fear, and there's the money, pulling in different directions."),
    (MEM, "Yeah. Can we do another chat next week", "decoy: a question without a question mark"),
    (COUN, "Yes. I'll book you in for Thursday at the same time, and we can look at what would help on shift."),
    (SYS09, "Chat closed by counsellor."),
]

S09_C: Script = [
    (SYS09, "Chat started."),
    (
        BOT,
        "Hi! I'm the Wellbeing Assistant. I can help you book a session or find resources. What would you like to do?",
    ),
    (MEM, "i need to talk to someone", "decoy: no full stop"),
    (BOT, FALLBACK_09, "repetition_loop"),
    (MEM, "talk to someone. please", "decoy: no full stop"),
    (BOT, FALLBACK_09, "duplicate_turn"),
    (MEM, "a person", "decoy: a fragment"),
    (BOT, FALLBACK_09, "duplicate_turn"),
    (MEM, "i cant do this anymore", "decoy: no full stop"),
    (
        BOT,
        "I'm sorry, but I can't help with that. If you are in immediate danger, please call 999 or Samaritans on 116 123.",
        "refusal",
    ),
    (MEM, "COUNSELLOR", "decoy: a keyword in capitals"),
    (SYS09, "Transferring you to a counsellor."),
    (
        COUN,
        "Hi, I'm Gwyneth, I'm a counsellor and I'm here now. I'm sorry about the automated replies. You said you can't do this anymore. Can you tell me what's going on?",
        "decoy: an apology that engages; the counsellor quotes the member",
    ),
    (MEM, "my dad died in february and work want me back full time from monday", "decoy: no full stop"),
    (COUN, "I'm so sorry about your dad. February is not long ago at all."),
    (
        SUPV,
        "Gwyneth, this chat was flagged by the assistant, I'm keeping an eye on it. Carry on.",
        "unknown_speaker",
    ),
    (MEM, "who is that", "decoy: a question without a question mark"),
    (
        COUN,
        "That's my supervisor, making sure you get the right support. I'm still here with you. I need to ask you directly: are you thinking about ending your life?",
        "decoy: a direct risk question",
    ),
    (MEM, cut_at(LONG_09, BODY_LIMIT_09), "truncated_turn"),
    (SYS09, "Member disconnected."),
    (SYS09, "Chat closed by system."),
]


def f09() -> Doc:
    doc = Doc(
        "09_eap_textchat_wk14_wk15_joined.csv",
        {COUN: T, BOT: T, MEM: C, SUPV: X},
        "dsv",
        bom=BOM,
        newline="\r\n",
    )
    doc.mark(doc.record(HEADER_09), "decoy: the header row")
    displays = {COUN: "", BOT: "Wellbeing Assistant", MEM: "Member 55201", SUPV: "Shift supervisor", SYS09: ""}
    weeks = (
        (("EAP-7781", "2024-04-02", S09_A, ()), ("EAP-7790", "2024-04-05", S09_B, ())),
        (("EAP-7790", "2024-04-05", S09_B, ("duplicate_session",)), ("EAP-7802", "2024-04-09", S09_C, ())),
    )
    for week, conversations in enumerate(weeks):
        for conversation, day, script, kinds in conversations:
            counsellor = "Fenton Ashby" if conversation == "EAP-7790" else "Gwyneth Pryor"
            doc.start(conversation, *kinds)
            for number, (who, text, *tags) in enumerate(script, 1):
                assert len(text) <= BODY_LIMIT_09, text[:40]
                stamp = f"{day} 2{number // 30}:{(number * 3) % 60:02d}"
                display = counsellor if who == COUN else displays[who]
                fields = [conversation, str(number), stamp, who, display, text]
                last_of_week = week == 0 and conversation == "EAP-7790" and number == len(script)
                if last_of_week:
                    # week 14's file had no final line break: its last row and week 15's header share a line
                    joined = dsv(fields, ",")[0] + BOM + dsv(HEADER_09, ",")[0]
                    doc.mark(doc.raw_line(joined), "unparseable_line")
                    continue
                line = doc.record(fields)
                if who == SYS09:
                    doc.mark(line, *([] if kinds else ["decoy: a system row"]))
                    continue
                doc.turn(who, text, line, [] if kinds else tags)
    return doc


# ---------------------------------------------------------------------------
# 10 the CLEAN file: a counsellor's transcript sheet saved by Excel as "CSV (Comma delimited)": Windows-1252,
#    undeclared, CR LF, a bare LF inside a quoted cell; ``Time,Speaker,Text,Notes``. Shay, 29, a jump jockey in
#    Lambourn told after a fall that he must not race again. Its curly quotes, dashes, ``£`` and ``é`` are single
#    bytes of Windows-1252: correct in this file.
# ---------------------------------------------------------------------------
CO10, CL10 = "Counsellor", "Client"

S10: Script = [
    (CO10, "Hi Shay. Good to see you. How’s the neck today?", "decoy: a curly apostrophe, one Windows-1252 byte"),
    (CL10, "Stiff. Better than the collar, mind."),
    (CO10, "You had the collar off two weeks ago, didn’t you?"),
    (CL10, "Sixteen days. Not that I’m counting.", "@note=laughs", "decoy: 'laughs' in the Notes column"),
    (CO10, "Last time you said this week was the one you were dreading. The yard’s first lot going out without you."),
    (CL10, "Tuesday. I drove up to the gallops and sat in the car and watched them go."),
    (CO10, "What was that like?"),
    (CL10, "Like watching your own funeral, nearly. Everyone waving."),
    (CO10, "Mm.", "decoy: backchannel 'Mm.' (1 of 2)"),
    (
        CL10,
        "The guv’nor came over. He said, “there’s a job for you here whenever you want it, son.” Riding out, schooling, whatever.",
        "decoy: the client quotes the trainer in curly quotes",
    ),
    (CO10, "How did it feel to hear that?"),
    (CL10, "Kind. And awful. Because it’s not race riding, is it.", "decoy: a question closed with a full stop"),
    (CO10, "It’s not the thing you’ve done since you were sixteen."),
    (
        CL10,
        "Since I was twelve, on ponies. My whole life’s been about weighing nine stone seven and getting a leg up.",
    ),
    (CO10, "And now the surgeon’s said no more race riding."),
    (CL10, "Two vertebrae. One more fall and I’m in a chair. He said it like he was reading the weather."),
    (CO10, "Mm.", "decoy: backchannel 'Mm.' (2 of 2)", "@note=long pause"),
    (CL10, "I can’t watch the racing on telly. I turn it off.", "decoy: 'I can’t' from the client (not a refusal)"),
    (CO10, "Turning it off protects you from something."),
    (CL10, "From seeing lads I rode against winning the races I should’ve been in."),
    (CO10, "That sounds like grief as well as disappointment."),
    (
        CL10,
        'Grief. Yeah. My mam said the same. She said "you\'re allowed to be gutted, you nearly died."',
        "decoy: doubled quotes in a quoted cell; the client quotes his mother",
    ),
    (CO10, "Your mam sees it too.", "decoy: the counsellor echoes the client"),
    (
        CL10,
        "She used to watch every race through her fingers. She’s relieved, if I’m honest. That’s hard to hear as well.",
    ),
    (
        CO10,
        "Can I ask you something I ask everyone who’s lost this much: have you had any thoughts of ending your life?",
        "decoy: a direct risk question",
    ),
    (
        CL10,
        "No. Dark days, but no. I’ve got Pippin to walk every morning, and she doesn’t care if I’m a jockey.",
    ),
    (CO10, "Pippin keeps you going."),
    (CL10, "She’s a whippet, she keeps everyone going.", "@note=laughs"),
    (
        CO10,
        "If the dark days ever get darker, I’d want you to tell me, or ring the Injured Jockeys Fund or Samaritans. What would help this week?",
        "decoy: helplines inside the counsellor's engagement (not a refusal)",
    ),
    (
        CL10,
        "Maybe saying yes to the guv’nor. Schooling the young horses, two mornings.\nNot racing. Just riding.",
        "decoy: a line break inside a quoted cell (a bare LF in a CR LF file)",
    ),
    (CO10, "Two mornings, schooling, not racing.", "decoy: the counsellor repeats the plan"),
    (
        CL10,
        "And going to the café in the village without my hat on. Everyone knows me there.",
        "decoy: 'é', one Windows-1252 byte",
    ),
    (CO10, "What would it mean to go without the hat?"),
    (CL10, "That I’m not hiding. That I’m Shay, not the lad who fell at the last at Cheltenham."),
    (CO10, "Shay, not the lad who fell.", "decoy: the counsellor echoes the client"),
    (CL10, "Yeah. Suppose so", "decoy: a short reply without a full stop"),
    (CO10, "We’ve got ten minutes left. Shall we look at how you’d answer when people ask what you’re doing now?"),
    (CL10, "Go on then", "decoy: a short reply without a full stop"),
    (CO10, "What would you like to be able to say?"),
    (
        CL10,
        "That I’m riding out for the guv’nor and working out the rest – and that the neck’s healing. Cost me £3,000 in physio so far, mind.",
        "decoy: an en dash and '£', single Windows-1252 bytes",
    ),
    (CO10, "Riding out and working out the rest. That sounds honest."),
    (CL10, "Same time next week?"),
    (CO10, "Same time next week. Take care of that neck."),
]


def f10() -> Doc:
    doc = Doc(CLEAN_FILE, {CO10: T, CL10: C}, "dsv", codec="cp1252", newline="\r\n")
    doc.mark(doc.record(["Time", "Speaker", "Text", "Notes"]), "decoy: the header row")
    doc.start("session 5")
    seconds = 5
    for who, text, *tags in S10:
        kept, opts = options(tags)
        stamp = f"{seconds // 60:02d}:{seconds % 60:02d}"
        seconds += 6 + len(text) // 12
        doc.turn(who, text, doc.record([stamp, who, text, opts.get("note", "")]), kept)
    return doc


# ---------------------------------------------------------------------------
# 11 the read-me the warmline's export script writes beside its CSV files, filed among the transcripts: prose and a
#    column list, no dialogue (unparseable_file).
# ---------------------------------------------------------------------------
README_11 = (
    "EXPORT README - generated 2024-03-15 06:00 by export_calls.py v2.3",
    "",
    "This folder holds the week's call write-ups as CSV (UTF-8 with BOM, one turn a row).",
    "",
    "Columns:",
    "  Call             - the call reference, e.g. CALL-0412",
    "  Turn #           - the order of the turn within the call",
    "  Speaker: Volunteer | Caller | Other",
    "  Utterance        - the words as typed up by the volunteer",
    "  Timestamp        - local time the turn was typed up, not when it was said",
    "  Flagged          - ticked by the team leader when a row needs a second look",
    "  Reviewer comment - free text",
    "",
    "Volunteer: please do not type callers' surnames, addresses or phone numbers into Utterance.",
    "Caller: the person who rang the line; Other: anyone else who came on the phone.",
    "",
    "Known issues: rows created with Airtable's 'duplicate record' keep the original's text; check before export.",
)


def f11() -> Doc:
    doc = Doc(NOT_TRANSCRIPT, {}, "none")
    doc.add(*README_11)
    for number, line in enumerate(README_11, 1):
        if line.startswith(("Volunteer:", "Caller:", "  Speaker:")):
            doc.decoys.append((number, "a read-me line that opens like a speaker label"))
    doc.whole_file("unparseable_file")
    return doc


BUILDERS: tuple[Callable[[], Doc], ...] = (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11)
# for each one-turn-a-row table: the columns of the speaker and of the words
COLUMNS = {
    "01_nattpraten_uke11_excel.csv": (3, 4),
    "02_warmline_calls_airtable_grid.csv": (2, 3),
    "03_sesiones_P07_hoja_google.tsv": (3, 4),
    "06_redcap_staff_lockdown_transcripts.csv": (5, 6),
    "08_notion_referee_sessions_export.csv": (3, 0),
    "09_eap_textchat_wk14_wk15_joined.csv": (3, 5),
    CLEAN_FILE: (1, 2),
}
# files whose text holds bytes that are not valid in the file's own encoding
INVALID = {"04_dispensing_error_s3_notes_table.md", "06_redcap_staff_lockdown_transcripts.csv"}
# encoding, byte-order mark and line end of each file
EXPECTED_BYTES = {
    "01_nattpraten_uke11_excel.csv": ("utf-8", BOM, "\r\n"),
    "02_warmline_calls_airtable_grid.csv": ("utf-8", BOM, "\n"),
    "03_sesiones_P07_hoja_google.tsv": ("utf-8", "", "\r\n"),
    "04_dispensing_error_s3_notes_table.md": ("utf-8", "", "\n"),
    "05_renal_psychology_transcript_print.html": ("utf-8", "", "\n"),
    "06_redcap_staff_lockdown_transcripts.csv": ("utf-8", "", "\n"),
    "07_welfare_tent_checkins_wide.csv": ("utf-8", "", "\r\n"),
    "08_notion_referee_sessions_export.csv": ("utf-8", BOM, "\n"),
    "09_eap_textchat_wk14_wk15_joined.csv": ("utf-8", BOM, "\r\n"),
    CLEAN_FILE: ("cp1252", "", "\r\n"),
    NOT_TRANSCRIPT: ("utf-8", "", "\n"),
}


# ---------------------------------------------------------------------------
# self-checks (of this writer, not of any detector)
# ---------------------------------------------------------------------------
def check_repeats(doc: Doc) -> None:
    """Every same-role repeat of a substantial turn in a session is marked (or is a noted spoken repeat)."""
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
            legit = any(LEGIT in note for note in turn.notes)
            if substantial(turn.text) and (exact or close):
                assert marked or legit, f"{doc.name}:{turn.line} unmarked repeat {turn.text[:50]!r}"
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
    """Only a session marked duplicate_session repeats an earlier one, and it does so exactly."""
    seen: set[tuple[tuple[str, str], ...]] = set()
    for doc in docs:
        for session in doc.sessions:
            content = tuple((t.role, t.text) for t in session.turns)
            assert content, (doc.name, session.name)
            assert (content in seen) == ("duplicate_session" in session.kinds), (doc.name, session.name)
            seen.add(content)


def parse_records(doc: Doc, data: str) -> list[tuple[int, list[str]]]:
    """The records of a delimited table as a CSV reader sees them, each with the physical line it starts on."""
    pieces = [piece + "\n" for piece in data.split("\n")[:-1]]
    reader = csv.reader(pieces, delimiter=doc.delimiter)
    parsed: list[tuple[int, list[str]]] = []
    before = 0
    for record in reader:
        parsed.append((before + 1, [cell.removesuffix("\r") for cell in record]))
        before = reader.line_num
    return parsed


def md_cells(line: str) -> list[str]:
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", line)]


def check_format(doc: Doc, data: str, lines: Sequence[str]) -> None:
    """The container reads as its layout says, and gives back exactly the turns written."""
    turns = [t for s in doc.sessions for t in s.turns]
    if doc.layout in ("dsv", "wide"):
        parsed = parse_records(doc, data)
        header_width = len(parsed[0][1])
        assert len(parsed) == len(doc.records), doc.name
        for (line, record), (want_line, want) in zip(parsed, doc.records, strict=True):
            assert line == want_line, (doc.name, line, want_line)
            if want is None:
                assert len(record) != header_width, f"{doc.name}:{line} an unparseable line that parses"
            else:
                assert record == want and len(record) == header_width, (doc.name, line)
        by_line = dict(parsed)
        if doc.layout == "dsv":
            speaker, words = COLUMNS[doc.name]
            assert len({t.line for t in turns}) == len(turns), doc.name
            for turn in turns:
                assert (by_line[turn.line][speaker], by_line[turn.line][words]) == (turn.label, turn.text), turn.line
        else:
            for session in doc.sessions:
                row = by_line[session.turns[0].line]
                cells = [t.text for t in session.turns]
                assert all(t.line == session.turns[0].line for t in session.turns), doc.name
                assert row[4 : 4 + WIDTH_07] == cells + [""] * (WIDTH_07 - len(cells)), (doc.name, session.name)
    elif doc.layout == "md":
        rows = [n for n, text in enumerate(lines, 1) if re.match(r"^\| \d+ \|", text)]
        assert rows == [t.line for t in turns], doc.name
        for turn in turns:
            cells = md_cells(lines[turn.line - 1])
            assert (cells[2], cells[3]) == (turn.label, turn.text), (doc.name, turn.line)
    elif doc.layout == "html":
        rows = [n for n, text in enumerate(lines, 1) if text == '<tr class="turn">']
        assert rows == [t.line for t in turns], doc.name
        for turn in turns:
            speaker_cell = re.fullmatch(r'  <td class="speaker">(.*)</td>', lines[turn.line + 1])
            words_cell = re.fullmatch(r'  <td class="text">(.*)</td>', lines[turn.line + 2])
            assert speaker_cell and words_cell, (doc.name, turn.line)
            assert speaker_cell[1] == turn.label, (doc.name, turn.line)
            assert html.unescape(words_cell[1].replace("<br>", "\n")) == turn.text, (doc.name, turn.line)
    elif doc.layout == "none":
        assert not turns and not doc.sessions, doc.name
    else:
        raise AssertionError(doc.layout)


def check_written(doc: Doc, out: Path) -> list[str]:
    """The file's bytes decode as intended, line for line, and every row and decoy stands where it should."""
    raw = (out / doc.name).read_bytes()
    assert raw == doc.render(), doc.name
    codec, bom, newline = EXPECTED_BYTES[doc.name]
    assert (doc.codec, doc.bom, doc.newline) == (codec, bom, newline), doc.name
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
    text = raw.decode(codec, "surrogateescape")
    assert text.startswith(bom) and not text[len(bom) :].startswith(BOM), doc.name
    data = text[len(bom) :]
    assert not any(ch in data for ch in BREAKERS), doc.name
    replaced = raw.decode(codec, "replace")
    assert replaced.count("\n") == data.count("\n"), doc.name
    physical = data.split("\n")
    assert physical[-1] == "", doc.name
    lines: list[str] = []
    for number, line in enumerate(physical[:-1], 1):
        end = doc.ends.get(number, doc.newline)
        if end == "\r\n":
            assert line.endswith("\r"), (doc.name, number)
            line = line[:-1]
        assert "\r" not in line, (doc.name, number)
        lines.append(line)
    assert lines == doc.out, doc.name
    turn_lines = {t.line for s in doc.sessions for t in s.turns}
    for row_line, kind in doc.truth:
        if kind in FILE_KINDS:
            assert row_line == 0, (doc.name, kind)
            continue
        assert (row_line in turn_lines) != (row_line in doc.line_rows), (doc.name, row_line)
    truth_lines = {line for line, _ in doc.truth}
    for decoy_line, note in doc.decoys:
        assert 1 <= decoy_line <= len(lines), (doc.name, decoy_line)
        # in the wide table every turn of a check-in shares the row's line: there a decoy may stand on a row that
        # also holds a defect, where it tempts only OTHER kinds
        assert doc.layout == "wide" or decoy_line not in truth_lines, (doc.name, decoy_line, note)
    for row_line in doc.line_rows:
        assert lines[row_line - 1].strip() and row_line not in turn_lines, (doc.name, row_line)
    check_format(doc, data, lines)
    return lines


def check_truth_text(doc: Doc, physical: Sequence[str]) -> None:
    """Each truth row's line really holds the turn, session start or line its kind describes."""
    for line, kind in doc.truth:
        if kind in FILE_KINDS:
            assert not doc.sessions, (doc.name, kind)
            continue
        hits = [t for s in doc.sessions for t in s.turns if t.line == line and kind in t.kinds]
        if kind in SESSION_KINDS and not hits:
            session = next(s for s in doc.sessions if s.turns and s.turns[0].line == line)
            assert kind in session.kinds, (doc.name, line, kind)
            continue
        if kind in LINE_KINDS and not hits:
            assert line in doc.line_rows, (doc.name, line)
            continue
        assert hits, (doc.name, line, kind)
        turn = hits[0]
        if kind == "unknown_speaker":
            assert turn.role == X, (doc.name, line)
        shown_text = turn.text.split("\n")[0][:30]
        here = "\n".join(physical[line - 1 : line + 3])
        if doc.layout == "html":
            shown_text = html.escape(shown_text, quote=False)
        assert shown_text.replace('"', "") in here.replace('"', ""), (doc.name, line, kind)


def shown(text: str, width: int = 118) -> str:
    text = "".join(f"\\x{ord(ch) - 0xDC00:02x}" if "\udc80" <= ch <= "\udcff" else ch for ch in text)
    text = text.replace(BOM, "\\ufeff")
    text = " ".join(text.split())
    if len(text) > width:
        text = text[: width - 45] + " ... " + text[-40:]
    return text


def show_row(doc: Doc, physical: Sequence[str], line: int, kind: str) -> str:
    if line == 0:
        return shown(f"[whole file] {physical[0]}")
    turns = [t for s in doc.sessions for t in s.turns if t.line == line]
    if not turns:
        return shown(physical[line - 1])
    hits = [t for t in turns if kind in t.kinds]
    if kind in SESSION_KINDS and not hits:
        return shown(f"[session starts] {turns[0].label}: {turns[0].text}")
    turn = hits[0]
    return shown(f"[{turn.label}] {turn.text if not blank(turn.text) else '(empty)'}")


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or (len(argv) == 3 and argv[2] != "--show"):
        print("usage: python blind/thirtyfirst_defect_cases.py OUT_DIR [--show]", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    docs = [build() for build in BUILDERS]
    assert len({doc.name for doc in docs}) == len(docs)
    assert set(EXPECTED_BYTES) == {doc.name for doc in docs}
    rows: list[tuple[str, int, str]] = []
    decoys = shared_decoys = 0
    for doc in docs:
        (out / doc.name).write_bytes(doc.render())
        check_repeats(doc)
        physical = check_written(doc, out)
        check_truth_text(doc, physical)
        rows.extend((doc.name, line, kind) for line, kind in doc.truth)
        truth_lines = {line for line, _ in doc.truth}
        decoys += len(doc.decoys)
        shared_decoys += sum(1 for line, _ in doc.decoys if line in truth_lines)
        turns = sum(len(s.turns) for s in doc.sessions)
        if doc.name == CLEAN_FILE:
            assert not doc.truth and turns >= 40, (doc.name, turns)
        elif doc.name == NOT_TRANSCRIPT:
            assert doc.truth == [(0, "unparseable_file")] and not turns, doc.name
        else:
            assert doc.truth and len(doc.truth) <= 8, doc.name
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
    for name in INVALID:
        assert "encoding_error" in {kind for row_name, _, kind in rows if row_name == name}, name
    turns = sum(len(s.turns) for doc in docs for s in doc.sessions)
    print(f"wrote {len(docs)} files ({turns} turns) and {len(rows)} truth rows to {out}")
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    print(f"decoys: {decoys} ({decoys - shared_decoys} on lines without a truth row, {shared_decoys} in wide rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
