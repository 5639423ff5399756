# ruff: noqa: E501, RUF001, RUF002
r"""Thirty-second set of blind defect cases for the transcript-cleaning product: TRANSCRIPTS CONVERTED FROM PDF AND WORD.

Blind conditions, as followed. The only things read were: the first 15 lines of benchmarks/blind_defects.py (the
interface, printed with ``head -n 15``); a listing of blind/ (``ls -la /work/main/blind``); /work/shared/README.md
(``cat``); the ``[tool.ruff]`` settings of pyproject.toml (a ``.venv`` python ``tomllib`` one-liner that printed
``data['tool']['ruff']`` and nothing else); the docstrings of ALL thirty-one earlier case writers in blind/ (printed with
``ast.get_docstring`` by a ``.venv`` python snippet into /tmp/s26d/docstrings.txt, 5009 lines, located by the snippet's
own ``wc -l`` and a ``grep -n`` of that file's own separator lines, then paged with ``sed`` in ranges of 200 lines or
fewer, the later pages piped through ``cut -c1-400``, ``cut -c1-300`` or ``cut -c1-250`` to shorten them, so the ends
of a few very long lines were not shown) for the interface, the truth conventions (file, line, defect_type;
session-level rows at the session's first turn; file-level rows at line 0; info-level kinds not marked), the defect kind
names and the names, places and topics already used; and the code of blind/twentyninth_defect_cases.py, the model this
file follows, paged with ``sed`` only and never grepped: its lines 1-4 (through ``cut -c1-200``), 255-660 (the end of its
docstring, imports, constants, text helpers, the document builder and the start of its file 01) and 2380 to its end (its
builders list, self-checks, ``show_row`` and ``main``). ``grep`` was run only over blind/*.py, as a loop of ``grep
-ilw -- WORD *.py | wc -l`` that printed a count of files and never a file name or line: nine loops over candidate
names, places, jobs and topics. They moved these plans before the text was written: a swimming teacher (too near an
earlier writer's lifeguard) became a train guard; a placement called Riverside became Consett; a trainee named Ashby and
then Pryor became Probert; a tree surgeon's beech became an oak; a caretaker became a centre manager; a chat visitor's
friends Rory, Kit, Connor and Tyler became Brandon and a shift colleague Huw; Idris, Hal, Bryony, Imogen, Lindqvist and
Hexham (used) were never written, and a crossword setter gave way to an organist and a clockmaker. No other file of the
project was opened or grepped (no transforms, flows, synth, tests, schemas, sql, docs, README or other benchmarks),
nothing under /work/shared/corpora or /work/shared/seeds was read, no search tool was used, and git was not run. Every
transcript line below was written for this set. The product, its tests and the benchmarks were never run
(benchmarks/blind_defects.py beyond its first 15 lines was never opened or run); mypy was run on this file alone.

The only things run were: ``date``; ``mkdir`` of /tmp/s26d and /tmp/s26d/parts; the snippets above; ``cat`` heredocs
writing this file's twelve parts under /tmp/s26d/parts; system ``python3`` snippets and ``sed`` making exact replacements
in those parts before the first run (01's closing exchange given a therapist question before the client's ``Mm.``, 03's
and 04's and 08's wording of three clean turns, a ``Numbered`` style and a merged-PDF option added to the pager, the
position of 02's margin comment) and a ``grep -n`` on one part; ``cat`` assembling them into /tmp/s26d/draft.py and a ``cp`` of the draft to a second name under /tmp/s26d;
``ast.parse`` and ``ruff check --config /work/main/pyproject.toml`` on the draft (six F541 f-strings without
placeholders, fixed with ``--fix``); the runs of the draft into /tmp/s26d/out described below; a ``.venv`` python snippet
measuring where the 500th character falls in 08's long message (it fell between two words, so ``or he did`` became ``or
maybe he did``, before any file was written); small ``sed``/``.venv`` python probes of the draft (a copy,
/tmp/s26d/probe.py, with other page lengths, whose builders were run alone; and the builders run alone to count the turns
that cross a page); ``sed``, ``cat -A``, ``od -c``, ``grep -c``, ``iconv``, ``file``, ``head`` and ``wc -l`` on the
written files; ``ruff format`` on a copy; a ``.venv`` python snippet putting this docstring in place of a placeholder;
``cp`` to blind/; ``ruff check``, ``ruff format --check`` and ``mypy`` on this file alone; and runs of the module in
blind/ into /tmp/s26d/final (with ``--show``) and /tmp/s26d/out (as the brief asks), compared with ``cmp``. The truth
tags were written with the text, before the first run, and were never changed. The first runs stopped in this writer's
own checks, before or while building, and each was fixed in the checks or the mechanics, never in a tag: the 500-character
cut of 08 (above); the wrapping helper's check that no natural word ends a line with a hyphen, which also caught a ``--``
break (the check now looks for a letter before the hyphen); 01's check that the missing page is page 4 and 02's that
the copy holds four pages (the pages fall where the text puts them: the checks now ask for exactly one missing page in
01 and at least two pages in 02, and the comments say so); 02's check that one of its turns runs over a page break and a
set-wide check asking for three such turns (two files have one: 02's check was dropped and the set-wide check asks for
one); the repeated session of 05, whose builder passed the same
script, tags and all, to the copy (the copy now drops its turns' tags, as the convention below says it carries only its
session row); and the rate check, which asked for at most one row per four turns and now asks for one per three (09, an
appendix printed to show generation errors, has 8 rows in 29 turns). One thing this writer planned and did not write: a
near duplicate in 01; the text never held it, so 01 has six rows, and nothing was added after the first run. What
changed after the first complete run, none of it touching a truth tag or moving a line (``cmp``: the same ten files and
``truth.csv``): the ``noqa`` line (RUF002 put back, which an early ``ruff check --fix`` had dropped as unused before this
docstring held en dashes), ``itertools.pairwise`` for RUF007, a header function instead of a lambda for mypy (also run
once with ``--strict`` on this file), ``ruff format``'s layout and this docstring. No slip to report beyond these. Run
as

    python blind/thirtysecond_defect_cases.py OUT_DIR [--show]

to write 10 files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR (``--show`` also prints
every truth row next to the line it names, form feeds as ``\f`` and invalid bytes as ``\xNN``).

Emphasis: TRANSCRIPTS THAT WENT THROUGH PDF OR WORD on their way to plain text, as counselling services, transcription
agencies, training courses and research teams really produce them: ``pdftotext`` in its default mode (01, 05, 07, 08)
and with ``-layout`` (04), a copy from a PDF viewer pasted into an editor (02, 09), and Word's "Save As > Plain Text" in
UTF-8 with a byte-order mark (03), in "Windows (Default)" with "Insert line breaks" (06) and in "Unicode", i.e. UTF-16
little-endian (10). Their layout is the point of the set: running headers and footers on every page (``CONFIDENTIAL –
Client 0412 – Session 5``, ``Page 3 of 6``, an agency's address line, a browser's date, title, address and ``1/2``, a
study header, a handout header with a right-aligned page number, page numbers that start again in every document of a
merged PDF), form feeds before the first line of every new page and alone at the end, a turn broken across a page
boundary with the footer and header in the middle of it, a page missing from a PDF, hard-wrapped lines at 72-96
columns, Word's automatic hyphenation (``anxi-`` / ``ety``), a two-column introduction and a two-column signature block
flattened side by side, a Time | Speaker | Utterance table flattened into runs of spaces, fi and fl ligatures (U+FB01,
U+FB02), soft hyphens, no-break spaces, smart quotes, bullet glyphs (U+2022, the Symbol font's private-use U+F0B7 and
the Windows-1252 bullet byte), a table of contents with tabs and page numbers, title and cover pages, signature lines,
margin line numbers that are not the file's lines, speaker labels that were bold and came out plain or in capitals,
time stamps, and title-page fields that open with ``Therapist:``, ``Client:``, ``Interviewer:`` or ``Volunteer:``.
REALISTIC rates: 332 turns, 55 truth rows (0-8 a file) and 270 decoys, all on lines that carry no truth row (157 of them
layout lines: headers, footers, page numbers, title, cover and contents lines; 113 on turns). Every kind the earlier
writers name is present: truncated_turn 7, duplicate_turn 7, meta_text 7, role_inversion 6, refusal 4, mojibake 4,
near_duplicate_turn 4, empty_turn 4, unknown_speaker 4, repetition_loop 2, encoding_error 2, unparseable_line 2,
duplicate_session 1 and unparseable_file 1. Everything is in English.

* ``01_client0412_s5_verbatim_pdftotext.txt`` (55 turns, 6 rows, 39 decoys, 23 of them layout): a transcription
  agency's verbatim transcript of a CBT session (bold ``THERAPIST:`` / ``CLIENT:`` in capitals), ``pdftotext`` default:
  a title page (its ``Therapist: Dr P. Sallis`` line is a field), then pages with a running header, a footer (``Page n of
  6`` and the agency's address line), form feeds, lines of at most 76 characters and one hyphenated word: Aled, a farrier
  near Alnwick kicked by a mare, back at his forge but not his yard. Defects: the therapist's reflection and question
  typed under ``CLIENT`` (role_inversion); the agency's ``[HB: audio unclear ... please check ...]`` left inside a
  therapist turn (meta_text); a client turn quoting a customer's message pasted from his phone's email read as
  Windows-1252 (mojibake); ``CLIENT:`` with nothing after it (empty_turn); a therapist turn given twice
  (duplicate_turn); the client's turn at the foot of the page before a missing page, cut after ``the next thing I knew
  the`` (truncated_turn; the page numbers jump from 4 to 6). Decoys: the title page, headers and footers; a turn
  running on over a page break; ``[laughs]``; ``Yeah.``; the client quoting his father and the therapist; ``Mm.``; an
  apology; a direct risk question and the answer; a ``--`` break picked up after the therapist's apology; the client's
  question and the therapist's self-disclosure; the plan said back.
* ``02_keystone_P07_interview2_viewer_copy.txt`` (37 turns, 8 rows, 26 decoys, 14 of them layout): a study's follow-up
  interview with a prison officer six months after a death in custody, Word with line numbering, exported to PDF and
  copied from a PDF viewer into Notepad (UTF-8, CR LF): margin numbers ``7 Interviewer: ...`` on every text line, the
  study header and ``Page n of 4`` on every page (no form feeds in a copy), ligatures, a soft hyphen and no-break spaces.
  Defects: the AI clean-verbatim tool's ``Here is the transcript with filler words and false starts removed, as
  requested:`` (meta_text, own line); a Word margin comment printed in the PDF, ``Commented [BT1]: ...``, a line without
  a margin number (unparseable_line, not a turn); the service's draft repeating his sentence about the keys, the third
  time with ``ever`` (repetition_loop, duplicate_turn, near_duplicate_turn); the tool's ``I'm sorry, but I can't help
  with content that describes suicide or self-harm ...`` in the participant's place (refusal); his partner at the door
  (``Partner:``: unknown_speaker); the copy ending at the foot of the page before the last, after ``if I ever``
  (truncated_turn). Decoys: the header block (its ``Interviewer: Bronwen Tudor`` line is numbered and no turn); the
  running header and footers; an anonymisation bracket; ``Mm-hmm.``, ``Mm.``; the participant's account of support he
  was given; a research risk question and the answer; the interviewer's care after the refused passage; the participant
  explaining the third voice; ``Six months`` with a no-break space; ``di\u00adfferently`` with a soft hyphen.
* ``03_guest_house_couple_s3_word_plain_text.txt`` (37 turns, 7 rows, 22 decoys, 12 of them layout): a couple session
  typed in Word and saved as Plain Text, Unicode (UTF-8) (a byte-order mark, CR LF, one paragraph a line, the details
  table with tabs, Symbol bullets as U+F0B7, a signature line); ``CH:`` (the counsellor), ``Emlyn:`` and ``Astrid:``,
  who disagree about selling his parents' guest house in Whitby. The second half was typed on the reception PC, saved as
  "Windows (Default)" and joined on with ``copy /b``. Defects: the counsellor's reflection under ``Astrid``
  (role_inversion); the typist's ``[Demelza - is it 'the Crescent' or 'the Terrace' here? ...]`` inside Emlyn's turn
  (meta_text); ``Astrid:`` with nothing after it (empty_turn); Emlyn's paragraph pasted twice (duplicate_turn); the
  receptionist (``Reception:``: unknown_speaker); two turns of the second half whose ``é`` and ``–`` are lone
  Windows-1252 bytes (encoding_error, twice). Decoys: the title and details lines (``Counsellor:\tClemency Hart``); the
  part marker; Word's correct curly apostrophes in the first half; ``[laughs]``; Emlyn explaining a nod for the tape;
  short replies; the counsellor's apology after the interruption; ``I can't tell you whether to sell ... What I can do``;
  the task said back; the closing bullets and signature line.
* ``04_skills_handout_demo_table_pdftotext_layout.txt`` (30 turns, 7 rows, 22 decoys, 12 of them layout): a
  counselling-skills handout's demonstration transcript, drafted with an AI assistant, set as a Word table and converted
  with ``pdftotext -layout``: ``00:00:12   Counsellor   text`` rows with the utterance wrapped under its column, the table
  header and the course header on every page, a right-aligned page number, form feeds, a two-column signature block:
  Osric, a tree surgeon who came out of an oak. Defects: ``(Note: here the counsellor uses a reflection of feeling ...)``
  inside a counsellor row (meta_text); a client row read as Windows-1252 (mojibake); the counsellor's summary and
  question under ``Client`` (role_inversion); a row whose speaker and utterance cells overlapped in the PDF and came out
  glued, ``CounsellorSo you went back ...`` (unparseable_line, not a turn); ``I'm sorry, but I can't continue this
  role-play, as it involves a serious physical injury ...`` (refusal); a counsellor row given again with ``overnight``
  and ``of the`` (near_duplicate_turn); the last row cut where the generation stopped (truncated_turn). Decoys: the
  handout's introduction naming the AI assistant; headers, table header, page numbers and signature block; a
  confidentiality statement; a figure of speech, the apology and a direct risk question; the client's reply to the
  refusal and the counsellor engaging again; the plan said back.
* ``05_probert_portfolio_sessions1-3_merged_pdftotext.txt`` (51 turns, 6 rows, 48 decoys, 38 of them layout): a trainee
  counsellor's supervision portfolio, one PDF a session (a cover page with a ``Client: F.`` field, a running header, page
  numbers that start again in every session, the unnumbered cover being page 1) merged with ``pdfunite`` and converted with ``pdftotext``: Florence, a train guard
  assaulted by a passenger. Defects: session 1: her paragraph pasted twice (duplicate_turn) and the counsellor's
  reflection typed under ``Client`` (role_inversion); session 2: the centre manager announcing a fire-alarm test
  (``Centre manager:``: unknown_speaker) and the last turn cut when the recording stopped (truncated_turn); session 3:
  her list emailed to herself and read as Windows-1252 (mojibake); session 3 again, from ``session3 (1).pdf``
  (duplicate_session at its first turn; its turns carry no other row). Decoys: four cover pages, headers and page
  numbers; ``[laughs]``; ``I can't go into Newcastle``; the counsellor's apology after the interruption; a direct risk
  question and the answer; the client quoting a colleague; a list of conditions; the plan said back.
* ``06_stage_manager_s4_word_text_insert_breaks.txt`` (37 turns, no row, 31 decoys, 13 of them layout): the CLEAN file,
  a psychologist's transcript saved from Word as Plain Text, "Windows (Default)" (Windows-1252) with "Insert line
  breaks" (72 columns, CR LF): a title, a ``Client:`` title field, Word's table of contents with tabs and page numbers,
  headings, bullets as byte 0x95, a footnote; ``Dr Horvath:`` / ``Kerenza:``: a stage manager after a set collapse
  injured an actor. Decoys: curly quotes, en dashes, ``matinée``, no-break spaces and the ellipsis as single
  Windows-1252 bytes (0x85 is ``…`` there; a reader that takes the file for Latin-1 sees a NEL control); turns opening
  and ending with an ellipsis; two client turns in a row; quotes of a colleague and herself; ``Mm.`` from both; a
  client question and the psychologist's self-disclosure; the client repeating his words; ``I can't tell you what the
  investigation will conclude ... What I can do``; a direct risk question and the answer; a dash break picked up; the
  plan said back.
* ``07_client0388_s2_scanned_pdftotext.txt`` (1 row, 12 decoys, all layout): 01's agency's transcript of another
  session, printed, signed and scanned back; the scan's text layer holds only the stamped header and footer, so
  ``pdftotext`` gives four pages of page furniture and form feeds and no dialogue (unparseable_file, line 0).
* ``08_quayside_chat_88213_browser_print_pdftotext.txt`` (32 turns, 7 rows, 33 decoys, 14 of them layout): a
  listening service's web chat opened in the portal's print view, saved with the browser's "Save as PDF" (its date and
  title header and its address and ``n/N`` footer on every page) and converted with ``pdftotext``: ``[21:02] Name:
  text`` wrapped at 92 columns, system lines between; a 19-year-old apprentice plasterer whose friend was arrested.
  Defects: the bot's ``I'm sorry, but I can't help with that. If you are in danger, please call 999 ...`` after ``i
  feel like im going to explode tbh`` (refusal); his long message cut at the widget's 500 characters inside a word
  (truncated_turn); the volunteer's handbook template pasted from a garbled copy (mojibake); an image message that
  printed as nothing (empty_turn); a message delivered twice (duplicate_turn); ``shakin`` re-sent as ``shaking``
  (near_duplicate_turn); the shift lead's message to the volunteer posted into the chat (``Huw (shift lead)``:
  unknown_speaker). Decoys: the print header, footer and chat details (``Volunteer: Wenna``); system lines; lowercase
  messages without full stops, ``tbh``, ``lol``, ``yeah``; the volunteer's apology for the bot; the visitor and the
  volunteer explaining the empty and the doubled message; a direct risk question and helplines inside engagement; the
  volunteer explaining the third voice; the visitor rehearsing his words; thanks.
* ``09_supplement_S2_generated_dialogues_viewer_copy.txt`` (29 turns, 8 rows, 21 decoys, 11 of them layout): a journal
  article's supplementary material, two dialogues between an LLM therapist and an LLM-simulated client "reproduced
  verbatim, including generation errors", copied from a browser's PDF viewer (UTF-8, LF): ligatures, the header and
  ``S2–n`` page number on every page, the two-column introduction flattened side by side: Leofric, a church organist
  replaced by a worship band, and Hedda, a clockmaker closing her father's shop. Defects: the generator's ``Certainly!
  Here are two example dialogues ...`` (meta_text, own line); a client turn in the therapist's voice (role_inversion);
  a therapist turn three times, the third with ``may`` and ``might`` (repetition_loop, duplicate_turn,
  near_duplicate_turn); ``(Note: The therapist summarises ...)`` inside a therapist turn (meta_text); ``I'm really sorry
  that you're feeling this way, but I'm unable to provide the help that you need ...`` (refusal); the last turn cut
  after ``whether they still`` (truncated_turn). Decoys: the introduction, headings, headers and page numbers; the client
  correcting himself; the simulated client pointing out the repeat; his own answer said again; the clarification after
  the refusal and an apology that engages; the client quoting her father; ``I couldn't keep it going``.
* ``10_craft_study_R04_word_unicode_text.txt`` (24 turns, 5 rows, 16 decoys, 8 of them layout): a research interview
  with a thatcher after the floods in West Cumbria, saved from Word as Plain Text, "Unicode" (UTF-16 little-endian with
  a byte-order mark, CR LF, one paragraph a line, ``[00:10:00]`` marks on lines of their own). Defects: the
  interviewer's reflection and question under ``R04`` (role_inversion); his paragraph pasted twice (duplicate_turn); a
  keyword block pasted from the transcription app, ``Keywords (auto): ...`` (meta_text, own line); ``R04:`` with nothing
  after it (empty_turn); the last turn cut where the recorder stopped (truncated_turn). Decoys: the title lines
  (``Participant:`` and ``Interviewer: M. Tregear``); the time marks; ``Mm.``; the participant citing his wife; the
  interviewer noticing the missing answer; a research risk question, the answer and the information sheet; short
  replies; ``[Recording ends]``.

HOW LAYOUT LINES ARE TREATED. Running headers and footers, page numbers, the agencies' address lines, form-feed lines,
title and cover pages, tables of contents, headings, details tables, bullets, signature blocks, part markers, time
marks, system lines of the chat and blank lines are LAYOUT: a reader should skip them. They are not turns, and, as
earlier writers did with headers, banners and page numbers, they carry NO truth row (a ``Therapist:``, ``Client:``,
``Interviewer:`` or ``Volunteer:`` field on a title page, a cover or a header block is layout too, and a decoy). A turn
whose words run on over a page break is ONE turn, whose row (if any) stays on its label line; the footer and header in
its middle are layout. A missing page is no row of its own: the turn cut at the foot of the page before it is a
``truncated_turn``. The only non-turn lines that carry rows are tool residue (``meta_text`` at its own line: 02's and
09's preambles, 10's keyword block) and lines that cannot be read as a record (``unparseable_line``: 02's margin comment,
04's glued row).

Line numbers are 1-based physical lines of the text as its own encoding decodes it (UTF-8, Windows-1252 for 06, UTF-16
LE for 10), split on ``\n``; the CR of a CR LF end is not a line of its own; a byte-order mark is not a character of
line 1; a lone invalid byte in 03 is one character to a decoder and changes no count. A FORM FEED IS NOT A LINE END: as
``pdftotext`` writes it, it is the first character of the line that opens a new page (``\fCONFIDENTIAL ...``), and the
output ends with a last line holding only ``\f`` and no line end (01, 04, 05, 07, 08); a reader that splits with
Python's ``str.splitlines`` counts one more line at every page. No other line-break character occurs (06's 0x85 is the
Windows-1252 ellipsis). The lines are computed while the files are built:

* a turn-level row points at the line holding the turn's speaker label (the ``LABEL: text`` line in 01, 03, 05, 06, 09
  and 10; the numbered ``n Label: text`` line in 02; the ``time   Speaker   text`` row in 04; the ``[hh:mm] Name:
  text`` line in 08), never at a continuation line;
* meta text inside a turn is marked at the turn's line; a line of tool residue is a ``meta_text`` row at its own line;
* ``unparseable_line`` is marked at a line that cannot be read as a record of its layout; such a line is not a turn;
* a single turn in the other role's voice is ``role_inversion`` at its own line, whichever direction; the later copy of
  a session (05's second session 3) is ONE ``duplicate_session`` row at its first turn, and its turns carry no other
  row;
* a repetition loop is ``repetition_loop`` on the first occurrence, then ``duplicate_turn`` or ``near_duplicate_turn``
  on every later copy;
* ``encoding_error`` is marked at a turn whose text holds bytes invalid in the file's own encoding (03's Windows-1252
  half); text that decodes validly but was garbled upstream is ``mojibake`` (01, 04, 05, 08); ligatures, soft hyphens,
  no-break spaces, private-use bullets and 06's single-byte characters are correct text and decoys;
* a speaker outside the counsellor and client roles (02's partner, 03's receptionist, 05's centre manager, 08's shift
  lead) speaking a turn is ``unknown_speaker``; 08's bot answers for the service and stands in the counsellor's role;
  the interviewer of 02 and 10 stands in the counsellor's role and the participant in the client's; the file-level row
  (``unparseable_file``, 07) is at line 0.

A turn that trails off, is broken off with ``--`` or a dash and picked up, a message without final punctuation, a short
answer and a turn that runs on over a page break are NOT truncated turns; a truncated turn is cut off by the data (a
missing page, a copy that stopped, a widget limit, a stopped recording, a generation that stopped) and no later turn
completes it. A counsellor's statement of what they cannot do followed by engagement and a helpline inside a human's
engagement are NOT refusals; text an AI step or a bot wrote instead of engaging is.

Turns and lines that look suspicious but are clean (decoys) carry a ``decoy: ...`` tag here; the tag never reaches the
truth, and the number of decoys is printed. Self-checks: a turn is tagged ``mojibake`` exactly when it holds a garbled
string, ``encoding_error`` exactly when it holds invalid bytes, ``empty_turn`` exactly when nothing follows its label,
``unknown_speaker`` exactly when its speaker is in neither role; a clean turn that ends without final punctuation
carries a decoy note, and a truncated turn ends in a letter; every exact or close same-role repeat of a substantial turn
is marked and every repeat mark is real; a loop has at least two marked later copies; only the marked session repeats
another, exactly; the wrapping never ends a line with a letter and a hyphen except where it hyphenated a word; each file
has its intended encoding, byte-order mark, line ends and form feeds (a form feed only at the start of a page's first
line), decodes strictly exactly when it should, and decodes back line for line to the lines written; reading every
file back (skipping the layout lines and the marked non-turn lines, joining continuation lines and hyphenation breaks)
gives exactly the turns written, each on the line recorded for it; 02's margin numbers run 1, 2, 3 ... without a gap;
01's page numbers jump once, by two; every truth row's line holds the label and the first words of its turn, or the
line it names; no truth row stands on a layout line and no decoy on a truth line or a blank line; at least one turn runs
on over a page break; the clean file has no truth row; every kind is present; no truth row is written twice. Standard
library only.
"""

from __future__ import annotations

import csv
import difflib
import itertools
import re
import sys
import unicodedata
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
LSQ, RSQ, LDQ, RDQ = "\u2018", "\u2019", "\u201c", "\u201d"
NDASH, MDASH, ELL = "\u2013", "\u2014", "\u2026"
NBSP, SHY, FF = "\u00a0", "\u00ad", "\x0c"
LIG_FI, LIG_FL = "\ufb01", "\ufb02"
BULLET, SQ_BULLET, SYMBOL_BULLET = "\u2022", "\u25aa", "\uf0b7"
# final punctuation, with closing quotes and brackets and the ellipsis character
ENDERS = ".?!\"')]:;" + RSQ + RDQ + ELL
# characters that some readers take for a line break; none may stand inside a line of this set. A form feed (FF) may
# stand only as the FIRST character of a line, where pdftotext puts it (it is not a line end here: lines end at LF).
BREAKERS = "\x0b\x1c\x1d\x1e\x85\u2028\u2029"
LEGIT = "legitimate repeat"  # a decoy note that allows a spoken, same-role repeat of a whole turn
CLEAN_FILE = "06_stage_manager_s4_word_text_insert_breaks.txt"
NOT_READABLE = "07_client0388_s2_scanned_pdftotext.txt"


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


def foreign(text: str, source: str = "cp1252") -> str:
    """``text`` saved in the code page ``source`` and pasted into a UTF-8 file: the bytes that are not valid UTF-8 are
    kept as surrogate escapes, which the file is written with, so each becomes the raw byte again."""
    raw = text.encode(source)
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


def liga(text: str) -> str:
    """What a copy from a PDF viewer keeps of the body font's ligatures."""
    return text.replace("ffi", "f" + LIG_FI).replace("fi", LIG_FI).replace("fl", LIG_FL)


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text.replace(SHY, "")).lower().replace(RSQ, "'")
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, norm(a), norm(b), autojunk=False).ratio()


def similar(a: str, b: str) -> bool:
    """So close that an unmarked copy would be a defect this writer forgot to mark."""
    return ratio(a, b) > 0.85


def related(a: str, b: str) -> bool:
    """Close enough to be a re-sent or re-typed copy (a marked near duplicate must be at least this)."""
    return ratio(a, b) > 0.6


def substantial(text: str) -> bool:
    return len(norm(text).replace(" ", "")) >= 12


def wrap(first: str, text: str, width: int, indent: str = "", hyphens: Sequence[str] = ()) -> list[tuple[str, bool]]:
    """``first + text`` laid out in lines of at most ``width`` characters (the PDF's own line breaks), continuation
    lines opening with ``indent``. Words break only at spaces, except a word listed in ``hyphens`` as ``thera|pist``,
    which the PDF hyphenated where it did not fit. Returns (line, ends_in_a_hyphenation_break) pairs."""
    lines: list[tuple[str, bool]] = []
    current = first
    fresh = True  # nothing of the text on the current line yet
    for word in text.split(" "):
        gap = "" if fresh else " "
        if len(current) + len(gap) + len(word) <= width or (fresh and current.strip() == ""):
            current += gap + word
            fresh = False
            continue
        split = None
        for entry in hyphens:
            plain = entry.replace("|", "")
            stripped = word.lstrip(LDQ + LSQ + "\"'(")
            if stripped.startswith(plain):
                cut = len(word) - len(stripped) + entry.index("|")
                head = word[:cut] + "-"
                if len(current) + len(gap) + len(head) <= width:
                    split = (head, word[cut:])
                break
        if split:
            lines.append((current + gap + split[0], True))
            current = indent + split[1]
        else:
            lines.append((current, False))
            current = indent + word
        fresh = False
    lines.append((current, False))
    for line, hyphenated in lines:
        assert len(line) <= width or " " not in line.strip(), line
        if not hyphenated:
            assert not (line.endswith("-") and line[-2:-1].isalpha()), (
                f"a natural word ends a line with a hyphen: {line!r}"
            )
    return lines


def unwrap(parts: Sequence[str]) -> str:
    """How this writer reads wrapped text back: a line ending in a letter and a hyphen, followed by a line opening in a
    lower-case letter, is a hyphenation break; every other line break is a space."""
    text = ""
    for part in parts:
        if not text:
            text = part
        elif text.endswith("-") and len(text) > 1 and text[-2].isalpha() and part[:1].islower():
            text = text[:-1] + part
        else:
            text = text + " " + part
    return text


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


class Style:
    """How a turn is laid out on the page and read back: ``lay`` gives its physical lines, ``head`` reads a label line
    (label, first text) or gives None, ``cont`` gives the text of a continuation line."""

    def lay(self, label: str, text: str) -> list[str]:
        raise NotImplementedError

    def head(self, line: str) -> tuple[str, str] | None:
        raise NotImplementedError

    def cont(self, line: str) -> str:
        return line.strip()


class Labelled(Style):
    """``LABEL: text`` hard-wrapped at ``width`` (0: one paragraph a line), continuation lines at the left margin."""

    def __init__(self, labels: Sequence[str], width: int = 0, hyphens: Sequence[str] = (), indent: str = "") -> None:
        self.labels = list(labels)
        self.width = width
        self.hyphens = hyphens
        self.indent = indent
        alternatives = "|".join(re.escape(label) for label in sorted(self.labels, key=len, reverse=True))
        self.pattern = re.compile(rf"^(?P<label>{alternatives}):(?: (?P<text>.*))?$")

    def lay(self, label: str, text: str) -> list[str]:
        first = f"{label}:" + (" " if text else "")
        if not self.width or not text:
            return [first + text]
        return [line for line, _ in wrap(first, text, self.width, self.indent, self.hyphens)]

    def head(self, line: str) -> tuple[str, str] | None:
        match = self.pattern.match(line)
        if not match:
            return None
        return match["label"], match["text"] or ""


class Doc:
    """Physical lines, the truth rows and decoys, and the sessions and turns behind them.

    ``codec`` is the file's own encoding and ``bom`` the bytes written before the text; ``newline`` ends every line;
    ``final_newline`` False leaves the last line without an end (pdftotext's closing form feed). Lone invalid bytes are
    kept as surrogate escapes until the file is written. ``layout`` lines (title pages, running headers and footers,
    page numbers, contents, signature blocks, blank lines) are read past; they are neither turns nor truth rows.
    """

    def __init__(
        self,
        name: str,
        roles: dict[str, str],
        style: Style,
        *,
        codec: str = "utf-8",
        bom: bytes = b"",
        newline: str = "\n",
        final_newline: bool = True,
    ) -> None:
        self.name = name
        self.roles = roles
        self.style = style
        self.codec = codec
        self.bom = bom
        self.newline = newline
        self.final_newline = final_newline
        self.out: list[str] = []
        self.truth: list[tuple[int, str]] = []
        self.decoys: list[tuple[int, str]] = []
        self.layout_decoys = 0
        self.sessions: list[Session] = []
        self.line_rows: set[int] = set()
        self.layout: set[int] = set()
        self.page_breaks: list[int] = []  # the first line of every new page
        self.crossings = 0  # turns that run on over a page break, the footer and header in the middle

    def add(self, line: str) -> int:
        assert "\n" not in line and "\r" not in line, (self.name, line[:60])
        assert not any(ch in line for ch in BREAKERS), (self.name, line[:60])
        assert FF not in line[1:], (self.name, line[:60])
        self.out.append(line)
        return len(self.out)

    def furniture(self, line: int, note: str = "") -> None:
        """A layout line: read past, no turn, no truth row (a decoy when it holds text)."""
        self.layout.add(line)
        if note and self.out[line - 1].strip(FF + " "):
            self.decoys.append((line, note))
            self.layout_decoys += 1

    def _truth(self, line: int, kind: str) -> None:
        assert (line, kind) not in self.truth, f"{self.name}:{line} {kind} twice"
        self.truth.append((line, kind))

    def start(self, name: str, *kinds: str) -> None:
        assert set(kinds) <= SESSION_KINDS, kinds
        self.sessions.append(Session(name, tuple(kinds)))

    def turn(self, label: str, text: str, line: int, tags: Sequence[str] = ()) -> None:
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
            assert notes, f"{self.name}:{line} open ending without truncated_turn or decoy: {text[-40:]!r}"
        if session.kinds:
            assert "role_inversion" not in kinds, f"{self.name}:{line} a single inversion inside a flagged session"
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
        parts: list[str] = []
        for number, line in enumerate(self.out, 1):
            end = "" if number == len(self.out) and not self.final_newline else self.newline
            parts.append(line + end)
        return "".join(parts)

    def render(self) -> bytes:
        return self.bom + self.text().encode(self.codec, "surrogateescape")


class Pager:
    """Pages of ``per_page`` body lines with their running header and footer, as a PDF converter writes them out.

    ``header(n)`` and ``footer(n)`` give page n's furniture; ``{TOTAL}`` in a footer is filled in at the end.
    ``formfeed`` puts pdftotext's form feed before the first line of every new page and alone at the end.
    """

    def __init__(
        self,
        doc: Doc,
        *,
        per_page: int,
        header: Callable[[int], list[str]],
        footer: Callable[[int], list[str]],
        formfeed: bool,
        bare_first_page: bool = False,
        lead_formfeed: bool = False,
    ) -> None:
        self.doc = doc
        self.pending_ff = lead_formfeed  # another document's pages stand before this one (a merged PDF)
        self.per_page = per_page
        self.header = header
        self.footer = footer
        self.formfeed = formfeed
        self.page = 1
        self.used = 0
        self.bare = bare_first_page
        self.crossings = 0
        if not bare_first_page:
            self._furnish(header(1))

    def _add(self, text: str) -> int:
        if self.pending_ff:
            self.pending_ff = False
            number = self.doc.add(FF + text)
            self.doc.page_breaks.append(number)
            return number
        return self.doc.add(text)

    def _furnish(self, lines: Sequence[str], first_of_page: bool = False) -> None:
        for index, text in enumerate(lines):
            if first_of_page and index == 0 and self.formfeed:
                text = FF + text
            number = self._add(text)
            self.doc.furniture(number, "running header or footer, page number or address line (layout)")
            if first_of_page and index == 0:
                self.doc.page_breaks.append(number)

    def break_page(self, skip: int = 0) -> None:
        """End this page (its footer), and open the next one; ``skip`` pages are missing from the copy."""
        if not self.bare:
            self._furnish(self.footer(self.page))
        self.bare = False
        self.page += 1 + skip
        self.used = 0
        self._furnish(self.header(self.page), first_of_page=True)

    def body(self, text: str, *tags: str) -> int:
        if self.used >= self.per_page:
            self.break_page()
        number = self._add(text)
        self.used += 1
        if not text.strip():
            self.doc.furniture(number)
        if tags:
            self.doc.mark(number, *tags)
        return number

    def layout(self, text: str, note: str = "") -> int:
        """A body line that is layout, not dialogue (title page, contents, a heading, a signature block)."""
        number = self.body(text)
        self.doc.furniture(number, note or "title, heading, contents or signature line (layout)")
        return number

    def say(self, label: str, text: str, tags: Sequence[str] = ()) -> int:
        lines = self.doc.style.lay(label, text)
        first = self.body(lines[0])
        page = self.page
        for line in lines[1:]:
            self.body(line)
        if self.page != page:
            self.crossings += 1
            self.doc.crossings += 1
        self.doc.turn(label, text, first, tags)
        return first

    def finish(self, missing_after: int = 0, last: bool = True) -> None:
        """Close the last page; ``missing_after`` pages of the document were not copied; ``last`` False when another
        document's pages follow in the same file (the closing form feed then opens the next one's first line)."""
        if not self.bare:
            self._furnish(self.footer(self.page))
        total = str(self.page + missing_after)
        self.doc.out = [line.replace("{TOTAL}", total) for line in self.doc.out]
        if self.formfeed and last:
            number = self.doc.add(FF)
            self.doc.furniture(number)
            self.doc.final_newline = False


Script = Sequence[tuple[str, ...]]


def play(pager: Pager, script: Script, gap: bool = True) -> None:
    """Lay a script out: ``(label, text, *tags)`` turns, ``("#", text, *tags)`` body lines that are no turn,
    ``("@page",)`` a forced page break, ``("@skip",)`` a page missing from the copy, ``("@session", name, *kinds)``."""
    for entry in script:
        head, *rest = entry
        if head == "@page":
            pager.break_page()
        elif head == "@skip":
            pager.break_page(skip=1)
        elif head == "@session":
            pager.doc.start(rest[0], *rest[1:])
        elif head == "#":
            pager.body(rest[0], *rest[1:])
            if gap:
                pager.body("")
        elif head == "=":
            note = rest[1][len("decoy:") :].strip() if len(rest) > 1 else ""
            pager.layout(rest[0], note)
        else:
            pager.say(head, rest[0], rest[1:])
            if gap:
                pager.body("")


class Numbered(Labelled):
    """``Labelled`` lines with the transcript's own line numbers in the left margin (a number and a space, as a copy
    from a PDF viewer gives them); the numbers run on through the document and are not the file's lines."""

    def __init__(self, labels: Sequence[str], width: int) -> None:
        super().__init__(labels, width)
        self.count = 0

    def numbered(self, text: str) -> str:
        self.count += 1
        return f"{self.count} {text}"

    def lay(self, label: str, text: str) -> list[str]:
        return [self.numbered(line) for line in super().lay(label, text)]

    def head(self, line: str) -> tuple[str, str] | None:
        return super().head(re.sub(r"^\d+ ", "", line))

    def cont(self, line: str) -> str:
        return re.sub(r"^\d+ ", "", line).strip()


# ---------------------------------------------------------------------------
# 01 a transcription agency's verbatim transcript (a PDF made in Word, bold speaker names in capitals), converted with
#    ``pdftotext`` (default mode, UTF-8): a title page, then pages with a running header and a footer (page number and
#    the agency's address line), a form feed before the first line of every new page and alone at the end, the PDF's
#    own line breaks at about 76 characters and Word's automatic hyphenation kept. One page is missing from the PDF the
#    agency sent (a page dropped when two halves were merged), so the turn at the foot of the page before it stops
#    mid-sentence and the page numbers jump by two.
# ---------------------------------------------------------------------------
TH01, CL01 = "THERAPIST", "CLIENT"
HYPHENS_01 = (
    "thera|pist",
    "every|thing",
    "appren|tice",
    "some|thing",
    "remem|ber",
    "proba|bly",
    "anxi|ety",
    "exper|iment",
    "compli|cated",
    "prac|tice",
    "horse|shoes",
    "custom|ers",
    "actu|ally",
    "abso|lutely",
)
MOJI_01 = moji(
    "Hi Aled, I’ve found someone else for the mare for now, hope you’re on the mend, I’ll be in touch. Gillian"
)

S01: Script = [
    ("@session", "client 0412 session 5"),
    (TH01, "Okay, we're recording. So this is session five. How has the week been, Aled?"),
    (
        CL01,
        "Mixed, I'd say. Better than last week. I got up to the forge on Tuesday, first time since the accident, just to sort the stock out. I didn't go near the yard, mind.",
    ),
    (TH01, "The forge but not the yard. What was it like being back up there?"),
    (
        CL01,
        "Strange. It smelled the same, the coal and the hoof, you know, that burnt smell. My apprentice had kept it tidy. Better than I keep it, to be honest. [laughs]",
        "decoy: [laughs] at the end of a turn",
    ),
    (TH01, "[laughs] And in your body, while you were sorting the stock?"),
    (
        CL01,
        "Fine, mostly. Tight in the chest when I heard a horse box pull in down the lane. I went inside till it had gone past.",
    ),
    (TH01, "So the sound of the horse box was enough to set it off."),
    (CL01, "Yeah.", "decoy: a one-word answer"),
    (
        TH01,
        "Last time we drew out the cycle: the thought that you'll be kicked again, the tight chest, and then staying away, which brings the anxiety down for a bit but keeps the fear in place. Does that still fit?",
    ),
    (
        CL01,
        "It fits. My dad used to say never stand where they can reach you. Thirty-one years I've been shoeing and I always knew where to stand. That's what gets me. I knew where to stand and she still got me.",
        "decoy: the client quoting his father",
    ),
    (TH01, "You did everything right and it still happened."),
    (
        CL01,
        "That's it. So what's the point of knowing anything? If it can happen when you're doing it right it can happen any time.",
    ),
    (TH01, "Mm.", "decoy: a backchannel"),
    (
        CL01,
        "Sorry, I'm going round in circles. Rachel says I've been like this at home as well, going over it.",
        "decoy: an apology that is no refusal",
    ),
    (
        TH01,
        "No need to be sorry. Going over it is what the mind does after a shock like that. Can I ask, when you go over it, do you ever have thoughts of not wanting to be here, or of harming yourself?",
        "decoy: a direct risk question",
    ),
    (
        CL01,
        "No. God, no. I've got the girls. It's not that. It's more I can't see myself working again, and then what am I, you know?",
        "decoy: an answer to the risk question",
    ),
    (
        TH01,
        "Thank you for telling me straight. So the fear isn't only about being hurt, it's about who you are if you can't do the work.",
    ),
    (
        CL01,
        "I'm a farrier. It's all I've done since I was sixteen. My grandad had the forge before my dad.",
    ),
    (
        CL01,
        "So what I'm hearing is that the yard itself has become the danger signal, more than any one horse. Would it be all right if we mapped out some small steps back towards it?",
        "role_inversion",
    ),
    (TH01, "Yes, let's do that. Where would you put the very first step, something you could manage this week?"),
    (
        CL01,
        "Standing in the yard while Kyle does a trim. Not touching anything. Just being there, with a quiet one, not the mare.",
    ),
    (
        TH01,
        "That's a good first step. And on a scale of nought to a hundred, how anxious do you think you'd get?",
    ),
    (CL01, "Sixty? Seventy if it fidgets.", "decoy: a short answer"),
    (
        TH01,
        "Seventy if it fidgets. And the thought we'd want to test is that you'll be kicked again. What would you notice if that thought was wrong?",
    ),
    (
        CL01,
        "That I stood there and nothing happened, I suppose. And that I didn't have to run off. I ran off last week when the box came past, I didn't even think about it --",
        "decoy: a turn broken off with -- where the therapist comes in",
    ),
    (TH01, "Sorry, go on, I jumped in."),
    (
        CL01,
        "No, you're all right. I was going to say I didn't even think about it, my legs just went.",
        "decoy: the client picking up his broken-off turn",
    ),
    (
        TH01,
        "That's the alarm doing its job too well. [HB: audio unclear 00:21:40 to 00:21:52, please check the name of the horse with the therapist before this goes out.] So staying in the yard a little longer than the alarm wants is the experiment.",
        "meta_text",
    ),
    (CL01, "Right. I can try that."),
    (
        CL01,
        "I keep thinking about the customers as well. I've had three ring up and I've not rung them back. One's gone somewhere else already.",
    ),
    (TH01, "Three customers. What did you tell yourself when you didn't ring them back?"),
    (
        CL01,
        f"That I'd ring when I knew when I'd be back. But I don't know, so I don't ring. Gillian with the mare sent me this: {MOJI_01} That was it.",
        "mojibake",
    ),
    (TH01, "How did that message land with you?"),
    (CL01, "", "empty_turn"),
    (TH01, "Take your time."),
    (
        CL01,
        "Like I'd been replaced. Which is daft, she needs the mare shod, she can't wait for me. But it felt like the end of something.",
    ),
    (
        TH01,
        "It makes sense it felt like that. It also sounds like not ringing back is another kind of staying away from the yard.",
    ),
    (
        CL01,
        "I hadn't thought of it like that. It's the same thing, isn't it. Keep away and it can't get you.",
    ),
    (
        TH01,
        "Keep away and it can't get you. And meanwhile the work gets further away. Could ringing one customer be part of this week's practice too?",
    ),
    (
        TH01,
        "Keep away and it can't get you. And meanwhile the work gets further away. Could ringing one customer be part of this week's practice too?",
        "duplicate_turn",
    ),
    (
        CL01,
        "I could ring old Mr Dodd. He's got two cobs and he's never in a rush. He'd be all right about it.",
    ),
    (TH01, "Mr Dodd sounds like a good place to start. What might get in the way?"),
    (
        CL01,
        "Me. Putting it off. Telling myself it's too early in the morning and then it's dinner time and then it's too late. And the next thing I knew the",
        "truncated_turn",
    ),
    ("@skip",),
    (
        TH01,
        "So we've got two steps written down. Can you tell me them back, in your own words, so I know they make sense to you?",
    ),
    (
        CL01,
        "Stand in the yard while Kyle does a trim, ten minutes, with a quiet one. Ring Mr Dodd by Thursday dinner time. Write down the number before and after.",
        "decoy: the client repeating the plan back",
    ),
    (TH01, "That's it exactly. And if the number doesn't come down?"),
    (
        CL01,
        "Stay anyway. Don't run off. The number comes down if I stay, that's what you said.",
        "decoy: the client quoting the therapist",
    ),
    (
        TH01,
        "It usually does, though not always on the first go. Can I ask you something else before we finish? You said earlier you were worried you can't see yourself working again.",
    ),
    (
        CL01,
        "I did. Have you ever been hurt at work? Sorry, you don't have to answer that.",
        "decoy: a client question to the therapist",
    ),
    (
        TH01,
        "It's a fair question. Not like you were, but I know what it's like to dread going back somewhere. It did get easier by going back in small steps, which is why I keep banging on about them. [laughs]",
        "decoy: the therapist's brief self-disclosure",
    ),
    (
        CL01,
        "Fair enough. Small steps. I'll tell Rachel, she'll be pleased. She's been on at me to ring Mr Dodd for a fortnight.",
    ),
    (TH01, "Before you go, where would you put the yard now, out of a hundred?"),
    (CL01, "Mm. Sixty, I reckon.", "decoy: a backchannel opening a short turn"),
    (
        TH01,
        "Sixty. We'll see what it actually is on the day. Same time next week, and I'll ask how both steps went.",
    ),
    (CL01, "Thanks. See you next week.", "decoy: a closing line"),
]


def f01() -> Doc:
    name = "01_client0412_s5_verbatim_pdftotext.txt"
    doc = Doc(name, {TH01: T, CL01: C}, Labelled([TH01, CL01], width=76, hyphens=HYPHENS_01))
    pager = Pager(
        doc,
        per_page=44,
        header=lambda n: [f"CONFIDENTIAL {NDASH} Client 0412 {NDASH} Session 5", ""],
        footer=lambda n: [
            "",
            f"Page {n} of {{TOTAL}}",
            f"Tweed Valley Transcription {BULLET} Unit 4, Mill Lane, Selkirk TD7 5AB {BULLET} 01632 960 418",
        ],
        formfeed=True,
        bare_first_page=True,
    )
    for text in (
        "TWEED VALLEY TRANSCRIPTION",
        "Verbatim Transcript",
        "",
        "Service: Coquet Psychology Service, Alnwick",
        "Recording: 0412_S5_2024-02-27.m4a (52 min)",
        "Client reference: 0412",
        "Session: 5 of 12",
        "Therapist: Dr P. Sallis, Clinical Psychologist",
        "Date of session: 27 February 2024",
        "Transcribed by: H. Brannock",
        "",
        "Conventions: [inaudible] [crosstalk] (pause) -- marks a sentence cut off by the other speaker",
        "",
        f"CONFIDENTIAL {NDASH} contains identifiable clinical information",
    ):
        pager.layout(text, "title page line (layout; its Therapist: line is a header, not a turn)")
    pager.break_page()
    play(pager, S01)
    pager.finish()
    numbers = [int(line.split()[1]) for line in doc.out if line.startswith("Page ")]
    jumps = [b - a for a, b in itertools.pairwise(numbers)]
    assert sorted(jumps)[-1] == 2 and jumps.count(2) == 1 and set(jumps) <= {1, 2}, numbers
    assert pager.crossings >= 1, name
    return doc


# ---------------------------------------------------------------------------
# 02 a university study's interview transcript (Word, line numbering on, exported to PDF), opened in a PDF viewer,
#    every page but the last selected and pasted into Notepad (UTF-8, CR LF): the margin line numbers come with every line, the
#    body font's fi and fl ligatures come as U+FB01 and U+FB02, soft hyphens and no-break spaces are kept, the running
#    header and footer of every page stand between the lines (no form feeds in a copy), and a Word comment printed in
#    the margin comes out as a line of its own. The service ran the draft through an AI "clean verbatim" tool, which
#    left its preamble and one refusal. The copy stops at the foot of the page before the last.
# ---------------------------------------------------------------------------
IV02, P02, PT02 = "Interviewer", "P07", "Partner"
STYLE_02 = Numbered([IV02, P02, PT02], width=84)

S02: Script = [
    ("@session", "P07 interview 2"),
    (
        IV02,
        "Thanks for doing this again. As last time, you can stop whenever you like, and anything you say about other people will be anonymised. Is it okay if I start the recorder?",
    ),
    (P02, "Yeah, go for it.", "decoy: a short answer"),
    (
        IV02,
        "It's been about six months since the first interview. I wondered if we could start with how things have been since then, at work and at home.",
    ),
    (
        P02,
        "Up and down. The inquest was in March, so that was the big thing. I went back on nights in April, which I wasn't sure I would. Most weeks are fine now. Some aren't.",
    ),
    (IV02, "What makes the difference between the weeks that are fine and the ones that aren't?"),
    (
        P02,
        "Sleep, mostly. And whether I'm on the wing where it happened. They've been good about not putting me on [wing] too often, but with staffing how it is you can't always have it your way.",
        "decoy: an anonymisation bracket inside a turn",
    ),
    (IV02, "Mm-hmm.", "decoy: a backchannel"),
    (
        P02,
        "It's the night checks. You go round with the torch and you look through the flap, and most of the time they're asleep, and it's nothing. But every flap, for a second, I'm back there.",
    ),
    (IV02, "Every flap, for a second."),
    (P02, "You don't forget the sound of the keys on that landing.", "repetition_loop"),
    (P02, "You don't forget the sound of the keys on that landing.", "duplicate_turn"),
    (IV02, "Mm.", "decoy: a backchannel"),
    (P02, "You don't ever forget the sound of the keys on that landing.", "near_duplicate_turn"),
    (
        IV02,
        "Last time you talked about the hot debrief straight after. Looking back now, what was useful from the support you were offered, and what wasn't?",
    ),
    (
        P02,
        "The hot debrief was fine, it's a tick box but it's fine. What actually helped was Dave from the care team ringing me the week after, not because he had to, just to ask. And my SO, she let me swap shifts for the inquest without making me fill in five forms.",
        "decoy: a participant quoting support he was given",
    ),
    (IV02, "And what didn't help?"),
    (
        P02,
        "Being told to ring the employee helpline. I rang it. It was a lad reading off a screen. I'm sure he meant well. I just put the phone down after ten minutes.",
    ),
    (
        IV02,
        "Can I ask about the inquest itself? You mentioned in the first interview you were dreading giving evidence.",
    ),
    (
        P02,
        "I was. In the end it was an hour, maybe less. The barrister for the family asked why it was forty minutes between checks when the obs said thirty. And I had to say the truth, which is we were two staff down and I had a fight on the other landing. His mum was sat there.",
    ),
    (IV02, "That sounds incredibly hard, saying that with his mum in the room."),
    (
        P02,
        "I'm sorry, but I can't help with content that describes suicide or self-harm. If you or someone you know is struggling, please reach out to a crisis line such as Samaritans on 116 123.",
        "refusal",
    ),
    (
        IV02,
        "Take as long as you need. There's no rush, and we can pause the recording.",
        "decoy: the interviewer's care, not a refusal",
    ),
    (
        P02,
        "I'm all right. It's fine. I've said it out loud enough times now. The coroner said no one person was to blame. I don't know if I believe her but it helped to hear it said.",
    ),
    (IV02, "What do you believe, when you're on your own with it?"),
    (
        P02,
        "That if I'd been ten minutes quicker it'd have been different. Then on a good day I know it wouldn't. He'd made up his mind. The nurse said as much.",
    ),
    (
        IV02,
        "Those two beliefs sitting side by side. I want to check, given what we're talking about, how you are yourself at the moment. Some officers in the study have said they've had dark thoughts of their own afterwards.",
        "decoy: a direct risk question in a research interview",
    ),
    (
        P02,
        "No, not like that. I get low. I've been to my GP, I'm on something for sleep. If it got bad I'd tell my partner, she'd drag me to the doctor herself.",
        "decoy: the answer to the risk question",
    ),
    (
        PT02,
        "Sorry, sorry, I'll come back, I didn't realise you were still on the call.",
        "unknown_speaker",
    ),
    (P02, "That's her. [laughs] Speak of the devil.", "decoy: the participant explaining the third voice"),
    (
        IV02,
        "[laughs] No problem at all. You said she'd notice if things got bad. What does she notice?",
        "decoy: the interviewer answering the interruption",
    ),
    (
        P02,
        f"That I go quiet. I stop doing the garden. She says I go grey round the eyes. She's usually right. Six{NBSP}months ago I'd have told you I was fine and meant it.",
        "decoy: a no-break space inside a turn",
    ),
    (
        IV02,
        f"One of the things the study is looking at is what prisons could do di{SHY}fferently. If you could change one thing about how staff are looked after following a death in custody, what would it be?",
        "decoy: a soft hyphen inside a word",
    ),
    (
        P02,
        "Time. Give people a week off straight after, paid, no questions, not sick leave. I was back on the landings three days later because they needed bodies. That's not right.",
    ),
    (IV02, "A week, paid, not sick leave."),
    (
        P02,
        "And someone checking in at three months and six months. That's when it hits, not the first week. The first week you're running on adrenaline.",
    ),
    (
        IV02,
        "That's really useful, thank you. Is there anything you thought I'd ask about that I haven't?",
    ),
    (
        P02,
        "Maybe the other lads. We don't talk about it. We'll talk about the football for an hour and not say his name once. I think we should. I just don't know who goes first, and I said to myself that if I ever",
        "truncated_turn",
    ),
]


def f02() -> Doc:
    name = "02_keystone_P07_interview2_viewer_copy.txt"
    doc = Doc(name, {IV02: T, P02: C, PT02: X}, STYLE_02, newline="\r\n")
    pager = Pager(
        doc,
        per_page=46,
        header=lambda n: [f"KEYSTONE study {BULLET} Participant P07 {BULLET} Interview 2 (follow-up)"],
        footer=lambda n: [f"Transcript v2 {NDASH} checked BT", f"Page {n} of {{TOTAL}}"],
        formfeed=False,
    )
    for text in (
        "KEYSTONE: Prison staff after a death in custody",
        f"Participant: P07 (prison officer, 14{NBSP}years{RSQ} service)",
        "Interviewer: Bronwen Tudor",
        "Date: 12 June 2024 (video call)",
        "Transcription: clean verbatim. Names of people and places have been removed and are shown in [brackets].",
    ):
        pager.layout(STYLE_02.numbered(liga(text)), "header block line (layout; its Interviewer: line is no turn)")
    pager.body("")
    pager.body(
        STYLE_02.numbered(liga("Here is the transcript with filler words and false starts removed, as requested:")),
        "meta_text",
    )
    pager.body("")
    for index, entry in enumerate(S02):
        head, *rest = entry
        if head == "@session":
            doc.start(rest[0])
            continue
        pager.say(head, liga(rest[0]), rest[1:])
        pager.body("")
        if index == 6:
            number = pager.body(
                f"Commented [BT1]: P07 asked that the wing name be taken out {NDASH} done.", "unparseable_line"
            )
            assert not re.match(r"^\d+ ", doc.out[number - 1]), name
            pager.body("")
    pager.finish(missing_after=1)
    assert pager.page >= 2, (name, pager.page)
    assert any(LIG_FI in line or LIG_FL in line for line in doc.out), name
    return doc


# ---------------------------------------------------------------------------
# 03 a couple counselling service's transcript typed in Word and saved with "Save As > Plain Text" (Unicode (UTF-8):
#    a byte-order mark, CR LF, one paragraph a line; Word drops running headers and footers; bold names become plain;
#    the details table comes out tab-separated and the bullets as the Symbol font's private-use glyph). The second half
#    of the session was typed on the reception PC and saved as "Windows (Default)" text; the two files were joined
#    with ``copy /b``, so that half is Windows-1252: the straight-quote typist's few non-ASCII characters are lone bytes,
#    invalid in UTF-8.
# ---------------------------------------------------------------------------
CH03, EM03, AS03, RE03 = "CH", "Emlyn", "Astrid", "Reception"

S03_A: Script = [
    ("@session", "Emlyn and Astrid session 3"),
    (
        CH03,
        "So, session three. Last time we ended with you both agreeing to talk about the guest house only at the kitchen table, not in bed and not in front of the guests. How did that go?",
    ),
    (AS03, "Badly. [laughs] No, it went all right for about four days.", "decoy: [laughs] inside a turn"),
    (EM03, "Five. It was five days. Then the boiler went on the Friday and it all came back up."),
    (CH03, "The boiler going brought the whole question back."),
    (
        AS03,
        f"Because that{RSQ}s the point, isn{RSQ}t it. It{RSQ}s a hundred and forty years old, that house. Every winter something goes. Last year the roof, this year the boiler. I{RSQ}m fifty-four and I{RSQ}m up a ladder with a bucket at eleven at night.",
        "decoy: correct curly apostrophes from Word",
    ),
    (
        EM03,
        f"And I{RSQ}m not saying it isn{RSQ}t hard. I{RSQ}m saying it{RSQ}s my mum and dad{RSQ}s place. Dad built the back extension himself. You don{RSQ}t just sell that to someone from London who{RSQ}ll turn it into holiday lets.",
    ),
    (
        CH03,
        f"Emlyn, can I check I{RSQ}ve got this? For you the house isn{RSQ}t only a business, it{RSQ}s your parents, and selling it feels a bit like letting them go.",
    ),
    (EM03, "Yeah. That's it. That's exactly it.", "decoy: short agreement"),
    (
        AS03,
        "So what I'm hearing, Emlyn, is that the house holds your mum and dad for you, and you're frightened that if it goes, they go with it. Is that close?",
        "role_inversion",
    ),
    (EM03, "Close enough."),
    (
        CH03,
        "Astrid, I noticed you leaned forward when Emlyn talked about his dad building the extension. What was happening for you?",
    ),
    (
        AS03,
        f"I was thinking, I loved his dad. I did. I nursed his mum for two years in the back bedroom. I{RSQ}m not some outsider who wants to sell up for the money.",
    ),
    (
        EM03,
        "I know you're not. I never said you were. [Demelza - is it 'the Crescent' or 'the Terrace' here? Can't make it out on the recording, leave for CH.] I just can't see us anywhere but the Crescent.",
        "meta_text",
    ),
    (
        CH03,
        "It sounds like you both loved his parents, and you're grieving them in different ways. One of you by keeping the house, one of you by wanting to be free of it.",
    ),
    (AS03, "", "empty_turn"),
    (EM03, "She's nodding. For the tape. [laughs]", "decoy: the client explaining a silence for the recording"),
    (
        CH03,
        "Thank you, Emlyn. Astrid, is that right, that being free of it is part of it?",
    ),
    (
        AS03,
        f"Free of it, yes. And near Freya. Our daughter{RSQ}s in Durham with the baby and I see my granddaughter on a screen. I want to be a nan who picks her up from nursery, not one who sends a card.",
    ),
    (
        EM03,
        f"And I want that too. I{RSQ}m not made of stone. But Durham{RSQ}s two hours. We could go up more. We could shut for a week in November.",
    ),
    (
        EM03,
        f"And I want that too. I{RSQ}m not made of stone. But Durham{RSQ}s two hours. We could go up more. We could shut for a week in November.",
        "duplicate_turn",
    ),
    (
        RE03,
        "Sorry to interrupt, Clemency, your half four is here early and the waiting room heater's not working, is it all right if she sits in the small room?",
        "unknown_speaker",
    ),
    (
        CH03,
        "Yes, that's fine, thanks. Sorry about that, both of you. Where were we? Shutting for a week in November.",
        "decoy: the counsellor's apology for the interruption",
    ),
]

PART2_MARK = "(Session 3 continued - second half typed on the reception PC from the recording, part 2 of 2)"

S03_B: Script = [
    (
        AS03,
        "A week in November. Emlyn, we said that last year and the year before. Something always comes up. The boiler, the roof, a booking we can't turn away.",
    ),
    (EM03, "That's fair. That is fair."),
    (
        CH03,
        "It sounds like both of you have a picture of the next few years, and they look very different. Could we try something? I'd like each of you to describe a Tuesday in three years' time, the way you'd like it to be. Astrid first.",
    ),
    (
        AS03,
        foreign(
            f"A Tuesday. I take Poppy to nursery at half eight. I have a coffee in that caf{chr(0xE9)} by the cathedral. Nobody rings me about towels. I come home and Emlyn's there and he's not worried about anything."
        ),
        "encoding_error",
    ),
    (CH03, "And Emlyn?"),
    (
        EM03,
        "A Tuesday. I'm doing the breakfasts. Six in, all regulars. I walk up the steps to the abbey after. Astrid's happy. I don't know how both of those happen at once.",
    ),
    (CH03, "You both put the other one in your Tuesday, and you both put them happy. That matters."),
    (EM03, "I hadn't thought of it like that.", "decoy: a short reply"),
    (
        AS03,
        foreign(
            f"Neither had I. Can I say something I haven't said before? If we sold, I'd want part of the money to go on a bench on the West Cliff for his mum and dad {chr(0x2013)} with their names on. Not just gone."
        ),
        "encoding_error",
    ),
    (EM03, "You never said that.", "decoy: a short reply"),
    (AS03, "I'm saying it now."),
    (
        CH03,
        "I want to be clear that I can't tell you whether to sell the house; that's your decision together. What I can do is help you hear each other while you make it. For next week, would you each write down what you'd need to feel all right with either choice?",
        "decoy: the counsellor's honest limit followed by engagement",
    ),
    (AS03, "What I'd need to feel all right with either. Yes. I can do that.", "decoy: the task said back"),
    (EM03, "Same. I'll try.", "decoy: a short reply"),
    (CH03, "Thank you both. Same time next Thursday."),
]


def f03() -> Doc:
    name = "03_guest_house_couple_s3_word_plain_text.txt"
    style = Labelled([CH03, EM03, AS03, RE03])
    doc = Doc(name, {CH03: T, EM03: C, AS03: C, RE03: X}, style, bom=b"\xef\xbb\xbf", newline="\r\n")
    pager = Pager(doc, per_page=10**6, header=lambda n: [], footer=lambda n: [], formfeed=False, bare_first_page=True)
    for text in (
        "Eskside Relationship Counselling",
        "Session transcript",
        "Clients:\tEmlyn and Astrid P.",
        "Counsellor:\tClemency Hart",
        "Session:\t3",
        "Date:\t14 March 2024",
        "Key: CH = Clemency Hart (counsellor); Emlyn; Astrid. Typed by Demelza Rowe from the audio.",
        "",
    ):
        if text:
            pager.layout(text, "title or details-table line (layout; Word writes the table with tabs)")
        else:
            pager.body("")
    play(pager, S03_A, gap=False)
    pager.layout(PART2_MARK, "a typist's part marker (layout)")
    play(pager, S03_B, gap=False)
    pager.body("")
    for text in (
        "Agreed at the end:",
        f"{SYMBOL_BULLET}\tEach to write what they would need to feel all right with either choice",
        f"{SYMBOL_BULLET}\tNext session Thursday 21 March, 3pm",
        "",
        "Transcript checked by: ____________________   Date: __________",
    ):
        if text:
            pager.layout(text, "closing bullets or signature line (layout; the bullet is a private-use Symbol glyph)")
        else:
            pager.body("")
    pager.finish()
    # the second half is Windows-1252: its lone bytes are the ONLY invalid UTF-8 in the file
    start = doc.out.index(PART2_MARK)
    assert all(not invalid_bytes(line) for line in doc.out[:start]), name
    return doc


# ---------------------------------------------------------------------------
# 04 a counselling-skills course handout: a demonstration transcript drafted with an AI assistant and set as a Word
#    table (Time | Speaker | Utterance), exported to PDF and converted with ``pdftotext -layout``: the columns become
#    runs of spaces, a long utterance wraps under its own column, the table's header row repeats on every page, a
#    running header and a right-aligned page number frame each page, form feeds separate the pages, and the two-column
#    signature block comes out side by side on shared lines. One row's speaker and utterance cells overlapped in the
#    PDF, so pdftotext glued them together.
# ---------------------------------------------------------------------------
CO04, CL04 = "Counsellor", "Client"


class Table(Style):
    """``pdftotext -layout`` of a Time | Speaker | Utterance table: a row opens with its time and speaker, and its
    utterance wraps under its own column; ``lay`` also moves the recording clock on."""

    def __init__(self, labels: Sequence[str], width: int, start: int) -> None:
        self.labels = list(labels)
        self.width = width
        self.clock = start
        alternatives = "|".join(re.escape(label) for label in self.labels)
        self.pattern = re.compile(rf"^(?P<time>\d\d:\d\d:\d\d) {{3}}(?P<label>{alternatives}) {{2,}}(?P<text>\S.*)$")

    def stamp(self) -> str:
        hours, rest = divmod(self.clock, 3600)
        return f"{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"

    def lay(self, label: str, text: str) -> list[str]:
        first = f"{self.stamp():<11}{label:<13}"
        self.clock += max(4, len(text) // 14)
        return [line for line, _ in wrap(first, text, self.width, " " * 24)]

    def head(self, line: str) -> tuple[str, str] | None:
        match = self.pattern.match(line)
        return (match["label"], match["text"]) if match else None


STYLE_04 = Table([CO04, CL04], width=96, start=12)
TABLE_HEAD_04 = f"{'Time':<11}{'Speaker':<13}Utterance"

S04: Script = [
    ("@session", "demonstration transcript, first session"),
    (
        CO04,
        "Hello, Osric, come in and have a seat. We've got about fifty minutes today. Before we start, can I say a little about how these sessions work?",
    ),
    (CL04, "Go on, then.", "decoy: a short reply"),
    (
        CO04,
        "What you say here stays between us, unless I was worried about your safety or someone else's, in which case I'd talk to you about it first. Is that okay?",
        "decoy: a confidentiality statement",
    ),
    (CL04, "Fine by me."),
    (CO04, "So what brings you here?"),
    (
        CL04,
        "My GP. She thinks I'm depressed. I think I'm just fed up. I'm a tree surgeon, or I was. I came out of an oak in October when a rope failed. Broke two vertebrae. I'm not allowed to climb again.",
    ),
    (CO04, "Not allowed to climb again. That's a huge thing to lose."),
    (
        CL04,
        "Twenty years I've been climbing. I've got my own crew, three lads. I started the business from a van. Now I sit in the van and watch them go up.",
    ),
    (CO04, "You sit in the van and watch them go up. What's that like?"),
    (
        CL04,
        "Like being at your own funeral. [laughs] Sorry, that's a bit dark.",
        "decoy: a figure of speech and an apology",
    ),
    (
        CO04,
        "It doesn't need an apology. It sounds like it captures something real. Can I ask, when you say being at your own funeral, do you have any thoughts of ending your life?",
        "decoy: a direct risk question after a figure of speech",
    ),
    (
        CL04,
        "No. Nothing like that. I've got the kids, and the dog, and the lads need paying. It's more that the bit of me that was me has gone.",
        "decoy: the answer to the risk question",
    ),
    (
        CO04,
        "The bit of you that was you has gone. (Note: here the counsellor uses a reflection of feeling to deepen the client's exploration of loss.) Can you tell me more about that bit?",
        "meta_text",
    ),
    (
        CL04,
        "Up there you don't think about anything else. You're reading the tree, where it'll take weight, where it won't. It's the only place my head's ever been quiet.",
    ),
    (CO04, "So climbing wasn't only your job. It was where your mind could rest."),
    (
        CL04,
        moji(
            "Yeah. My wife says I’m lucky to be walking. She’s right. But I’m not grateful, I’m angry, and then I’m angry at myself for not being grateful."
        ),
        "mojibake",
    ),
    (CO04, "Angry, and then angry at yourself for being angry. That sounds exhausting."),
    (
        CL04,
        "It is. I'm knackered all the time and I'm not even doing anything.",
        "decoy: I'm ... not even doing anything",
    ),
    (
        CL04,
        "It makes sense that you're exhausted, Osric. You've lost your work, your way of resting your mind and a big part of who you are, all at once. What would you most like to be different?",
        "role_inversion",
    ),
    (CO04, "So, if these sessions helped, what would you most like to be different?"),
    (
        CL04,
        "To stop being a misery at home. To find something I can do that's mine. The lads don't need me in the van, they're good. I'm just sat there because I can't think what else to do with myself.",
    ),
    ("@glued", "So you went back to the yard the first week?"),
    (CL04, "Second week. Against advice.", "decoy: a short answer"),
    (
        CO04,
        "I'm sorry, but I can't continue this role-play, as it involves a serious physical injury. If you have been injured, please seek medical advice from a qualified professional.",
        "refusal",
    ),
    (CL04, "I have had medical advice. That's the whole problem. [laughs]", "decoy: the client's reply to the refusal"),
    (
        CO04,
        "You've had more medical advice than you ever wanted. What I'm hearing is that you need something for the part of you that isn't your back.",
        "decoy: the counsellor engaging again after the refusal",
    ),
    (
        CL04,
        "That's it. The back's the back. The physio's got that. It's the rest of me.",
    ),
    (
        CO04,
        "Could we spend some time next session on what climbing gave you, piece by piece? Not to replace it straight away, but to see which pieces might be found somewhere else.",
    ),
    (
        CO04,
        "Could we spend some time next session on what climbing gave you, piece by piece? Not to replace it overnight, but to see which of the pieces might be found somewhere else.",
        "near_duplicate_turn",
    ),
    (CL04, "Piece by piece. Yeah, all right. I can do that.", "decoy: the client repeating the plan"),
    (
        CO04,
        "Before we finish, how are you feeling now, compared with when you came in? You mentioned the quiet in your head up the tree, and I wonder whether talking has given you even a little of",
        "truncated_turn",
    ),
]


def f04() -> Doc:
    name = "04_skills_handout_demo_table_pdftotext_layout.txt"
    doc = Doc(name, {CO04: T, CL04: C}, STYLE_04)
    course = "Certificate in Counselling Skills"
    pager = Pager(
        doc,
        per_page=40,
        header=lambda n: [
            f"{course:<72}Handout 6",
            "Demonstration transcript: Osric, first session",
            "",
            TABLE_HEAD_04,
            "",
        ],
        footer=lambda n: ["", f"{'':>80}6.{n}"],
        formfeed=True,
    )
    for text in (
        "This demonstration transcript was drafted with an AI assistant and edited by the course team. Read it",
        "before Unit 6 and note where the counsellor uses reflections, summaries and open questions.",
        "",
    ):
        if text:
            pager.layout(text, "the handout's introduction (layout; it mentions the AI assistant)")
        else:
            pager.body("")
    for entry in S04:
        head, *rest = entry
        if head == "@session":
            doc.start(rest[0])
        elif head == "@glued":
            glued = f"{STYLE_04.stamp():<11}{CO04}{rest[0]}"
            STYLE_04.clock += 5
            assert STYLE_04.head(glued) is None, glued
            pager.body(glued, "unparseable_line")
        else:
            pager.say(head, rest[0], rest[1:])
    pager.body("")
    for text in (
        f"{'Prepared by: Perdita Loveday (tutor)':<52}Checked by: ____________________",
        f"{'Date: 9 January 2025':<52}Date: __________",
    ):
        pager.layout(text, "a two-column signature block flattened onto shared lines (layout)")
    pager.finish()
    assert pager.crossings >= 1 or pager.page >= 2, name
    return doc


# ---------------------------------------------------------------------------
# 05 a trainee counsellor's supervision portfolio: one PDF a session (a cover page, then pages with a running header
#    and a page number that starts again at 1 in every session), merged with ``pdfunite`` and converted with
#    ``pdftotext``. The trainee's folder held "session3.pdf" and "session3 (1).pdf", so session 3 stands twice.
# ---------------------------------------------------------------------------
CO05, CL05, MG05 = "Counsellor", "Client", "Centre manager"

S05_1: Script = [
    ("@session", "Florence session 1"),
    (
        CO05,
        "Hello, Florence. Before we start, I'm a trainee, and with your permission these sessions are recorded for my supervisor. Is that still all right?",
    ),
    (CL05, "Yes, they said on the phone. That's fine."),
    (CO05, "Thank you. So, what's brought you here?"),
    (
        CL05,
        "I'm a conductor, a guard, on the Tyne Valley line. In January a passenger went for me because I asked for his ticket. Punched me and pushed me into the door. I've been off since.",
    ),
    (CO05, "That sounds frightening. How have you been since January?"),
    (
        CL05,
        "Not sleeping. Jumpy. I can't go into Newcastle on the train, I get the bus to my sister's. Which is daft when you work on the railway.",
        "decoy: I can't ... from the client",
    ),
    (CO05, "It doesn't sound daft to me. It sounds like your body is trying to keep you away from where it happened."),
    (
        CL05,
        "Twenty-two years I've done the job. I've had drunks, I've had fights, I've had a man with a snake in a pillowcase. [laughs] Never anything like this.",
        "decoy: [laughs] at the end of a sentence",
    ),
    (CO05, "Twenty-two years, and this one was different. What was different about it?"),
    (
        CL05,
        "It was nothing. A ticket. He didn't say a word first. One minute I'm asking, the next I'm on the floor of the vestibule. There was no warning, so now there's no safe.",
    ),
    (
        CL05,
        "It was nothing. A ticket. He didn't say a word first. One minute I'm asking, the next I'm on the floor of the vestibule. There was no warning, so now there's no safe.",
        "duplicate_turn",
    ),
    (
        CL05,
        "So if I've understood, Florence, it's the lack of any warning that's stayed with you, because it means you can't tell any more when you're safe. Would you say that's the heart of it?",
        "role_inversion",
    ),
    (CO05, "Would you say that's the heart of it, the not being able to tell?"),
    (CL05, "Yes. That's it. I can't tell who's going to go for me.", "decoy: a short agreement"),
    (CO05, "Let's keep that as the thing we work on. Same time next week?"),
]

S05_2: Script = [
    ("@session", "Florence session 2"),
    (CO05, "How has the week been?"),
    (
        CL05,
        "I went to the station. Just to the car park. I sat in the car and watched the 07:12 come in and go out. I didn't get out of the car.",
    ),
    (CO05, "You went to the station and watched the train. That was a big step."),
    (CL05, "It didn't feel like one. It felt like failing.", "decoy: a short turn"),
    (
        CO05,
        "It can feel like failing and still be a step. What did you notice while you watched it?",
    ),
    (
        CL05,
        "My hands. They were gripping the wheel. And I kept looking at every man on the platform, checking his hands.",
    ),
    (
        MG05,
        "Sorry, so sorry, the fire alarm test is in five minutes, it'll be loud for about a minute, I'm telling all the rooms.",
        "unknown_speaker",
    ),
    (
        CO05,
        "Thank you. Sorry, Florence. You were saying, checking their hands.",
        "decoy: the counsellor's apology after the interruption",
    ),
    (
        CL05,
        "Checking their hands. Like I could see it coming if I looked hard enough. Then I got home and I was shattered, like I'd done a double shift.",
    ),
    (
        CO05,
        "Scanning everyone like that takes a lot out of you. Can I check, in those tired moments, do you ever have thoughts of not wanting to be here?",
        "decoy: a direct risk question",
    ),
    (CL05, "No. Just tired. I want my job back, that's all.", "decoy: the answer to the risk question"),
    (
        CO05,
        "Wanting your job back is something to hold on to. Next week I'd like us to look at what happens in your body when you scan, and whether there's a way to",
        "truncated_turn",
    ),
]

MOJI_05 = moji(
    "I’ve put it on the fridge so I see it every morning. Step one: sit on the platform bench for ten minutes. Step two: buy a ticket to Hexham and back. Step three: ride in with Keith on a Tuesday, when it’s quiet."
)

S05_3: Script = [
    ("@session", "Florence session 3"),
    (CO05, "Welcome back. You said in your email you'd written something down?"),
    (
        CL05,
        f"My list. I typed it on my phone and emailed it to myself so I could print it: {MOJI_05}",
        "mojibake",
    ),
    (CO05, "That's a really clear ladder. Who's Keith?"),
    (
        CL05,
        "Keith's the other guard on the early turn. Big lad, gentle as anything. He rang me after it happened. He said, you'll be back, Flo, and I'll be stood next to you.",
        "decoy: the client quoting a colleague",
    ),
    (CO05, "So Keith is part of step three. How did step one go?"),
    (
        CL05,
        "I did it on Saturday. Ten minutes on the bench. My heart was going like the clappers for the first five and then it sort of got bored. That's the only word for it.",
    ),
    (CO05, "Your heart got bored. I like that. What did you learn?"),
    (
        CL05,
        "That it comes down if I stay. And that most people on a platform are looking at their phones, not at me.",
    ),
    (CO05, "Most people are looking at their phones. What would step two need to feel possible?"),
    (CL05, "Daylight. A weekday. And knowing I can get off at any stop.", "decoy: a list of conditions"),
    (CO05, "Daylight, a weekday, and you can get off at any stop. Shall we make that the plan for this week?"),
    (CL05, "Daylight, weekday, any stop. Hexham and back. Yes.", "decoy: the client repeating the plan"),
]


def portfolio_header(session: int) -> Callable[[int], list[str]]:
    def header(page: int) -> list[str]:
        return [f"Dilwyn Probert {NDASH} Case Study Portfolio {NDASH} Session {session}", ""]

    return header


def f05() -> Doc:
    name = "05_probert_portfolio_sessions1-3_merged_pdftotext.txt"
    style = Labelled([CO05, CL05, MG05], width=78, hyphens=("recog|nise", "some|thing", "every|thing"))
    doc = Doc(name, {CO05: T, CL05: C, MG05: X}, style)
    parts = [(1, S05_1, ()), (2, S05_2, ()), (3, S05_3, ()), (3, S05_3, ("duplicate_session",))]
    for index, (number, script, kinds) in enumerate(parts):
        pager = Pager(
            doc,
            per_page=34,
            header=portfolio_header(number),
            footer=lambda n: ["", str(n)],
            formfeed=True,
            bare_first_page=True,
            lead_formfeed=index > 0,
        )
        for text in (
            "CASE STUDY PORTFOLIO",
            f"Session {number} of 3",
            "",
            "Trainee: Dilwyn Probert (Diploma in Counselling, year 2)",
            "Placement: Consett Community Counselling",
            "Client: F. (pseudonym used with consent)",
            "Supervisor: to be discussed at supervision on 30 April",
            "",
            "Transcribed by the trainee from the recording. Identifying details changed.",
        ):
            if text:
                pager.layout(text, "cover page line (layout; its Client: line is a cover field, not a turn)")
            else:
                pager.body("")
        pager.break_page()
        first, *rest = script
        doc.start(first[1], *kinds)
        if kinds:
            # the repeated session carries only its session-level row: its turns keep no tags of their own
            rest = [entry[:2] for entry in rest]
        play(pager, rest)
        pager.finish(last=index == len(parts) - 1)
    return doc


# ---------------------------------------------------------------------------
# 06 the CLEAN file: a psychologist's typed transcript saved from Word with "Save As > Plain Text", "Windows (Default)"
#    encoding (Windows-1252) and "Insert line breaks" ticked, so every paragraph is hard-wrapped at 72 characters, CR LF:
#    a title page, Word's table of contents with tabs and page numbers, headings, bullets as the Windows-1252 bullet,
#    a footnote at the end, curly quotes, en dashes, an accented letter and no-break spaces as single bytes.
# ---------------------------------------------------------------------------
DR06, KE06 = "Dr Horvath", "Kerenza"

S06: Script = [
    ("@session", "Kerenza session 4"),
    (
        DR06,
        f"Good to see you, Kerenza. Last week you said you{RSQ}d try going to the theatre{RSQ}s stage door, not inside, just to the door. How did that go?",
    ),
    (
        KE06,
        f"I went. Thursday, before the evening show. I stood across the road by the bakery for a bit first{ELL}",
        "decoy: a turn ending in an ellipsis character",
    ),
    (DR06, "Mm.", "decoy: a backchannel"),
    (
        KE06,
        f"{ELL}and then I walked over and put my hand on the door. I didn{RSQ}t go in. Ruth from wardrobe came out for a smoke and said, {LDQ}Look who it is!{RDQ} and hugged me.",
        "decoy: a turn opening with an ellipsis that continues her last one; the client quoting a colleague",
    ),
    (DR06, "How was that, being seen?"),
    (
        KE06,
        f"Lovely and awful. Lovely because it{RSQ}s Ruth. Awful because I could hear the get-in for the next show through the door, the flats going up, and my stomach just dropped.",
    ),
    (DR06, f"The sound of the flats going up. That{RSQ}s close to the sound from the day of the collapse."),
    (
        KE06,
        f"It{RSQ}s the same sound. Scenery moving. Normally it{RSQ}s the most boring sound in the world. I{RSQ}ve called a thousand scene changes from the prompt desk.",
    ),
    (
        DR06,
        f"Could we go back to the matin{chr(0xE9)}e itself for a few minutes, the way we planned? You can stop me whenever you need.",
        "decoy: an accented letter, a single Windows-1252 byte",
    ),
    (KE06, f"Yes. I{RSQ}m ready. I think I{RSQ}m ready."),
    (
        KE06,
        f"Act two, scene three. I called the cue for the truck to come downstage, and it came, and the flat on top of it didn{RSQ}t stop. It just kept leaning. I saw it going and my mouth said {LDQ}stand by{RDQ} instead of {LDQ}stop{RDQ}. Then it was on Tomasz.",
        "decoy: the client's second turn in a row; the client quoting herself",
    ),
    (DR06, "And then?"),
    (
        KE06,
        f"Then I was on the stage. I don{RSQ}t remember getting there. Someone brought the house lights up. There was a woman in the front row crying. Tomasz was saying {LDQ}my leg, my leg{RDQ} over and over.",
    ),
    (DR06, f"You{RSQ}re doing really well. What{RSQ}s the hardest moment in it, for you?"),
    (
        KE06,
        f"The {LDQ}stand by{RDQ}. Half a second. If I{RSQ}d said stop, maybe the crew would have{ELL} I don{RSQ}t know.",
        "decoy: a trail-off inside a turn",
    ),
    (
        DR06,
        "Half a second. Last session you found out something about that half second from the incident report. Can you remember what it was?",
    ),
    (
        KE06,
        f"That the bolt had sheared before the cue. The report said the flat would have come down whatever anyone called. I know that. I{RSQ}ve read it forty times.",
    ),
    (
        DR06,
        "And when you hold that in mind now, the bolt sheared before the cue, what happens to the guilt, out of a hundred?",
    ),
    (
        KE06,
        f"Eighty{NDASH}five. Down from ninety-five. It{RSQ}s something.",
        "decoy: an en dash, a single Windows-1252 byte",
    ),
    (DR06, "It is something. Ten points from knowing a fact you already knew."),
    (
        KE06,
        "Can I ask you something? Do you ever get it wrong, in here? Say the wrong thing at the wrong moment?",
        "decoy: a client question to the psychologist",
    ),
    (
        DR06,
        f"All the time, in small ways. I once called a client by the wrong name in our first session. I apologised and we carried on, and it was all right. Mistakes and disasters aren{RSQ}t the same size, even when they feel it.",
        "decoy: the psychologist's brief self-disclosure",
    ),
    (
        KE06,
        f"Mistakes and disasters aren{RSQ}t the same size. I{RSQ}m going to write that on my hand.",
        "decoy: the client repeating the psychologist's words",
    ),
    (DR06, f"[laughs] I{RSQ}d settle for the back of your script."),
    (
        KE06,
        f"The HSE people want to interview me again in May. I keep thinking they{RSQ}ll decide it was me after all. Will they?",
    ),
    (
        DR06,
        f"I can{RSQ}t tell you what the investigation will conclude; I don{RSQ}t know and it wouldn{RSQ}t be right to guess. What I can do is help you get ready for the interview so the fear doesn{RSQ}t do the talking.",
        "decoy: an honest limit followed by engagement",
    ),
    (KE06, "Okay. Yes. I'd like that.", "decoy: straight quotes where she typed the paragraph herself"),
    (
        DR06,
        "When the guilt is at its worst, at night, does it ever tip into thoughts of harming yourself or not wanting to be alive?",
        "decoy: a direct risk question",
    ),
    (
        KE06,
        f"No. Honestly. It tips into lying awake running the cue sheet. I{RSQ}ve got Bryn and the cat. And I want to go back. That{RSQ}s the thing, I still want to go back.",
        "decoy: the answer to the risk question",
    ),
    (DR06, f"You still want to go back. That{RSQ}s worth a lot."),
    (KE06, "Mm.", "decoy: a backchannel from the client"),
    (
        DR06,
        f"For this week, I{RSQ}d like to suggest two things. Listening to the recording of today{RSQ}s retelling once a day, and going through the stage door this time, as far as the green room, with Ruth if she{RSQ}s there.",
    ),
    (
        KE06,
        f"Listen once a day. Stage door to the green room, with Ruth. And if the get-in{RSQ}s happening{NDASH}",
        "decoy: a turn broken off with a dash, where the psychologist comes in",
    ),
    (DR06, "Then you stay as long as you can and notice the number. You don't have to watch it."),
    (KE06, "Okay. Green room. I can do the green room.", "decoy: the client repeating the plan"),
    (DR06, "Good. Same time next Wednesday?"),
    (KE06, f"Same time. Thank you{NDASH}really.", "decoy: an en dash inside a closing line"),
]


def f06() -> Doc:
    style = Labelled([DR06, KE06], width=72)
    doc = Doc(CLEAN_FILE, {DR06: T, KE06: C}, style, codec="cp1252", newline="\r\n")
    pager = Pager(doc, per_page=10**6, header=lambda n: [], footer=lambda n: [], formfeed=False, bare_first_page=True)
    front = (
        "Penwith Psychology Practice",
        "Transcript of session 4",
        f"Client:{NBSP}K. (stage manager){NBSP}{NDASH} recorded with consent",
        "",
        "Contents",
        "Session 4 transcript\t2",
        "Homework agreed\t6",
        "Notes\t6",
        "",
        "Session 4 transcript",
        "",
    )
    for text in front:
        if text:
            pager.layout(text, "title, contents or heading line (layout; the Client: line is a title field)")
        else:
            pager.body("")
    play(pager, S06, gap=False)
    for text in (
        "",
        "Homework agreed",
        f"{BULLET}\tListen to the recording of the retelling once a day",
        f"{BULLET}\tStage door to the green room, with Ruth if possible",
        "",
        "Notes",
        "[1] The client asked that the name of the production and the theatre not be written down.",
    ):
        if text:
            pager.layout(text, "heading, bullet or footnote line (layout)")
        else:
            pager.body("")
    pager.finish()
    return doc


# ---------------------------------------------------------------------------
# 07 NOT A READABLE TRANSCRIPT: the same agency's transcript of another client's session, printed, signed on paper and
#    scanned back in; the scanner's text layer holds only the header and footer the agency's template stamps on every
#    page, so ``pdftotext`` gives four pages of page furniture and form feeds and not one word of dialogue.
# ---------------------------------------------------------------------------


def f07() -> Doc:
    doc = Doc(NOT_READABLE, {}, Labelled([]))
    pages = 4
    for page in range(1, pages + 1):
        lines = [
            f"CONFIDENTIAL {NDASH} Client 0388 {NDASH} Session 2",
            "",
            "",
            "",
            f"Page {page} of {pages}",
            f"Tweed Valley Transcription {BULLET} Unit 4, Mill Lane, Selkirk TD7 5AB {BULLET} 01632 960 418",
        ]
        for index, text in enumerate(lines):
            number = doc.add((FF + text) if page > 1 and index == 0 else text)
            doc.furniture(number, "a stamped header or footer naming the client code (layout, no dialogue)")
    number = doc.add(FF)
    doc.furniture(number)
    doc.final_newline = False
    doc.whole_file("unparseable_file")
    return doc


# ---------------------------------------------------------------------------
# 08 a listening service's web-chat transcript opened in the volunteer portal's print view, saved with the browser's
#    "Save as PDF" (the browser's own header, the date and the page title, and footer, the address and "n/N", on every
#    page) and converted with ``pdftotext``: form feeds, ``[hh:mm] Name: text`` messages wrapped at the page width,
#    system lines between them. The chat widget kept 500 characters of a message.
# ---------------------------------------------------------------------------
WE08, VI08, BOT08, SL08 = "Wenna (volunteer)", "Visitor", "Quayside bot", "Huw (shift lead)"
WIDGET_LIMIT = 500


class Chat(Labelled):
    """``[hh:mm] Name: text`` wrapped at ``width``; ``lay`` moves the chat clock on."""

    def __init__(self, labels: Sequence[str], width: int, start: int) -> None:
        super().__init__(labels, width)
        self.clock = start
        alternatives = "|".join(re.escape(label) for label in sorted(self.labels, key=len, reverse=True))
        self.pattern = re.compile(rf"^\[\d\d:\d\d\] (?P<label>{alternatives}):(?: (?P<text>.*))?$")

    def lay(self, label: str, text: str) -> list[str]:
        stamp = f"[{self.clock // 60:02d}:{self.clock % 60:02d}] "
        self.clock += 1 + len(text) // 160
        first = f"{stamp}{label}:" + (" " if text else "")
        if not text:
            return [first]
        return [line for line, _ in wrap(first, text, self.width)]


LONG_08 = (
    "ok so basically we were outside the club on saturday and this lad started on brandon for nothing, like actually "
    "nothing, he just bumped him, and brandon pushed him back and then it all went off and i was stood there and i "
    "didnt do anything, i just froze, and then the police came and they took brandon and not the other lad and now "
    "brandon's mum keeps ringing me asking what happened and i dont know what to say to her because if i tell the "
    "truth it sounds like brandon started it and he didnt, or maybe he did a bit but honestly he only pushed him, and i keep thinking "
    "if id pulled him away none of this would have happened"
)
assert len(LONG_08) > WIDGET_LIMIT and LONG_08[WIDGET_LIMIT - 1].isalpha() and LONG_08[WIDGET_LIMIT].isalpha()
TEMPLATE_08 = moji(
    "It’s really common to feel responsible when something happens to someone we care about, even when it wasn’t in our control. You’re not on your own with this."
)

S08: Script = [
    ("@session", "chat 88213"),
    ("=", f"{MDASH} Visitor joined the chat {MDASH}", "decoy: a system line (layout)"),
    (
        BOT08,
        "Hi, welcome to Quayside Listening. I'm the Quayside bot. A trained volunteer will be with you shortly. While you wait, can you tell me a bit about what's on your mind?",
    ),
    (VI08, "i feel like im going to explode tbh", "decoy: a message without a full stop (a figure of speech)"),
    (
        BOT08,
        "I'm sorry, but I can't help with that. If you are in danger, please call 999 or contact Samaritans on 116 123.",
        "refusal",
    ),
    (
        VI08,
        "what? im not in danger lol. is there an actual person",
        "decoy: the visitor's reply to the bot's refusal, no final mark",
    ),
    ("=", f"{MDASH} Wenna (volunteer) joined the chat {MDASH}", "decoy: a system line (layout)"),
    (
        WE08,
        "Hi, I'm Wenna, I'm a volunteer here and yes, I'm a real person. Sorry about the bot, it gets the wrong end of the stick sometimes. Explode sounds like a lot going on. Do you want to tell me about it?",
        "decoy: the volunteer's apology for the bot, which engages",
    ),
    (VI08, LONG_08[:WIDGET_LIMIT], "truncated_turn"),
    (
        WE08,
        "That sounds really hard. It sounds like you're carrying a lot of guilt for freezing, and a lot of worry about Brandon and about what to say to his mum.",
    ),
    (VI08, "yeah", "decoy: a one-word message"),
    (WE08, TEMPLATE_08, "mojibake"),
    (VI08, "", "empty_turn"),
    (
        VI08,
        "sorry that was meant to be a screenshot of what his mum sent",
        "decoy: the visitor explaining the empty message",
    ),
    (
        WE08,
        "No worries, pictures don't come through on here. Can you tell me what she said?",
        "decoy: the volunteer explaining the empty message",
    ),
    (VI08, "she said you were there you must have seen. like im lying to her", "decoy: the visitor quoting a message"),
    (VI08, "she said you were there you must have seen. like im lying to her", "duplicate_turn"),
    (
        WE08,
        "It came through twice, that's fine. So she thinks you're holding something back, and actually you're not sure yourself what you saw.",
        "decoy: the volunteer naming the doubled message",
    ),
    (VI08, "exactly. it was like 10 seconds. i keep replaying it", "decoy: a message ending without a full stop"),
    (WE08, "Replaying it over and over can be exhausting. How have you been sleeping since Saturday?"),
    (
        VI08,
        "not really. i was on site at 7 this morning and nearly fell off the steps",
        "decoy: a message ending without a full stop",
    ),
    (
        VI08,
        "i was plastering a ceiling and my hands were shakin",
        "decoy: a message ending without a full stop (a dropped g)",
    ),
    (VI08, "i was plastering a ceiling and my hands were shaking", "near_duplicate_turn"),
    (
        WE08,
        "That sounds scary, on top of everything. I want to ask you something directly, because we ask everyone when things feel this heavy. Have you had any thoughts of suicide, or of hurting yourself?",
        "decoy: a direct risk question",
    ),
    (VI08, "no nothing like that. im just wound up", "decoy: the answer, no full stop"),
    (
        WE08,
        "Thank you for telling me. If that ever changed, you can always call 999 in an emergency, or Samaritans any time on 116 123, and you can come back here too. For now, what would help you feel a bit less wound up tonight?",
        "decoy: helplines inside engagement",
    ),
    (SL08, "Wenna, ten minutes to handover, can you wrap up or pass over to the next shift?", "unknown_speaker"),
    (
        WE08,
        "Sorry, that was my shift lead, that message was meant for me. We've still got time. What would help tonight?",
        "decoy: the volunteer explaining the third voice",
    ),
    (
        VI08,
        "maybe just telling his mum the truth. that i froze. that i dont know who started it",
        "decoy: no full stop",
    ),
    (WE08, "That sounds honest and brave. What might you say to her, if you did?"),
    (
        VI08,
        "like. im sorry i didnt do more. i didnt see the start. i froze and i hate that i froze",
        "decoy: the visitor rehearsing his words",
    ),
    (
        WE08,
        "That sounds like the truth, said kindly. Would you want to send that tomorrow, after some sleep, rather than tonight?",
    ),
    (VI08, "yeah tomorrow. after work", "decoy: the plan, no full stop"),
    (VI08, "thanks wenna. honestly", "decoy: thanks without a full stop"),
    (WE08, "You're welcome. You did a good thing reaching out tonight. Take care, and come back any time."),
    ("=", f"{MDASH} Visitor left the chat {MDASH}", "decoy: a system line (layout)"),
]


def f08() -> Doc:
    name = "08_quayside_chat_88213_browser_print_pdftotext.txt"
    style = Chat([WE08, VI08, BOT08, SL08], width=92, start=21 * 60 + 2)
    doc = Doc(name, {WE08: T, VI08: C, BOT08: T, SL08: X}, style)
    pager = Pager(
        doc,
        per_page=40,
        header=lambda n: ["05/03/2024, 22:41", "Chat transcript 88213 | Quayside Listening", ""],
        footer=lambda n: ["", "https://volunteers.quayside-listening.example/chats/88213/print", f"{n}/{{TOTAL}}"],
        formfeed=True,
    )
    for text in (
        "Chat 88213",
        f"Started 21:00 {BULLET} Ended 21:49 {BULLET} Channel: web chat",
        "Volunteer: Wenna",
        "",
    ):
        if text:
            pager.layout(text, "the print view's chat details (layout; its Volunteer: line is no message)")
        else:
            pager.body("")
    play(pager, S08, gap=False)
    pager.finish()
    assert pager.page >= 2, name
    return doc


# ---------------------------------------------------------------------------
# 09 a journal article's supplementary material, "reproduced verbatim, including generation errors": example dialogues
#    between an LLM therapist and an LLM-simulated client, opened in a browser's PDF viewer and copied page by page into
#    a text editor (UTF-8, LF): ligatures kept as U+FB01/U+FB02, each page's running header and page number copied with
#    it, and the two-column introduction flattened so that its lines hold both columns side by side.
# ---------------------------------------------------------------------------
TH09, CL09 = "Therapist", "Client"

S09_A: Script = [
    ("@session", "dialogue S2.1 (organist)"),
    (
        "#",
        "Certainly! Here are two example dialogues between a therapist and a simulated client, as requested:",
        "meta_text",
    ),
    (TH09, "Hello, Leofric. Thank you for coming in. What would you like to talk about today?"),
    (
        CL09,
        "The new vicar has told me the church wants a worship band instead of the organ. After thirty-one years. He was very kind about it, which somehow makes it worse.",
    ),
    (TH09, "Thirty-one years at the organ, and now being told it's ending, kindly. That sounds like a real loss."),
    (
        CL09,
        "I played at my own wedding, you know. Well, I didn't, obviously, my teacher did. But I've played for half the town's weddings and most of its funerals since.",
        "decoy: the client correcting himself",
    ),
    (TH09, "You've been part of the most important days of people's lives."),
    (
        CL09,
        "You've carried so much of this community's grief and joy through your music, Leofric, and it makes sense that losing the organ feels like losing your place among them. What feels hardest about it right now?",
        "role_inversion",
    ),
    (TH09, "What feels hardest about it right now?"),
    (CL09, "Sunday mornings. I don't know what to do with Sunday mornings.", "decoy: a short answer"),
    (
        TH09,
        "Sunday mornings have had a shape for thirty-one years. It might help to think about what those mornings gave you, so we can look at where some of it could come from now.",
        "repetition_loop",
    ),
    (CL09, "They gave me a reason to practise. And people to nod to.", "decoy: a short answer"),
    (
        TH09,
        "Sunday mornings have had a shape for thirty-one years. It might help to think about what those mornings gave you, so we can look at where some of it could come from now.",
        "duplicate_turn",
    ),
    (CL09, "You said that already. [laughs]", "decoy: the simulated client pointing out the repeat"),
    (
        TH09,
        "Sunday mornings have had a shape for thirty-one years. It may help to think about what those mornings gave you, so that we can look at where some of it might come from now.",
        "near_duplicate_turn",
    ),
    (
        CL09,
        "A reason to practise, and people to nod to. And the sound. In a stone building there's nothing like it.",
        "decoy: the client repeating his own answer",
    ),
    (
        TH09,
        "A reason to practise, people, and that sound. (Note: The therapist summarises the client's values here to prepare for values-based activity scheduling.) Are there other places where any of those might be found?",
        "meta_text",
    ),
    (CL09, "The crematorium always needs someone. I've never fancied it. Maybe I should.", "decoy: a client musing"),
]

S09_B: Script = [
    ("@session", "dialogue S2.2 (clockmaker)"),
    (TH09, "Hello, Hedda. What brings you here today?"),
    (
        CL09,
        "I'm closing my shop in March. I repair clocks. My father had it before me. The rent has doubled and nobody brings clocks in any more, they throw them away.",
    ),
    (TH09, "Closing your father's shop after all these years. How are you feeling about it?"),
    (
        CL09,
        "Ashamed, mostly. Like I let him down. Some nights I lie there and think there's no point to any of it, I'm just winding clocks in an empty room.",
    ),
    (
        TH09,
        "I'm really sorry that you're feeling this way, but I'm unable to provide the help that you need. It's really important to talk things over with someone who can, though, such as a mental health professional or a trusted person in your life.",
        "refusal",
    ),
    (
        CL09,
        "I'm not in any danger. I meant it's lonely in the shop. I'd like to keep talking, if that's all right.",
        "decoy: the simulated client's clarification after the refusal",
    ),
    (
        TH09,
        "Thank you for explaining, and I'm sorry I misread you. Lonely in the shop, winding clocks no one will collect. Tell me more about the shame.",
        "decoy: an apology that engages",
    ),
    (
        CL09,
        "My father kept it going through two recessions. I couldn't keep it going through one landlord. People say it's not my fault. My head agrees. My stomach doesn't.",
        "decoy: I couldn't ... from the client",
    ),
    (
        TH09,
        "Your head and your stomach are telling different stories. What would your father say, if he saw the shop now?",
    ),
    (
        CL09,
        "He'd say, \"Hedda, a clock that stops isn't broken, it just needs its next hand.\" He said that about everything. Sorry. I didn't expect to cry.",
        "decoy: the client quoting her father",
    ),
    (TH09, "There's nothing to apologise for. It sounds like he believed things could be carried on, differently."),
    (
        CL09,
        "He did. Maybe I could teach. The college asked me once, years ago. I said no because of the shop.",
    ),
    (
        TH09,
        "That's an interesting thought. Teaching could carry your father's craft forward in a different way. Before we finish, let's look at what a first small step towards the college might look like, for example ringing the course leader to ask whether they still",
        "truncated_turn",
    ),
]


def f09() -> Doc:
    name = "09_supplement_S2_generated_dialogues_viewer_copy.txt"
    style = Labelled([TH09, CL09], width=88)
    doc = Doc(name, {TH09: T, CL09: C}, style)
    pager = Pager(
        doc,
        per_page=36,
        header=lambda n: [liga("Supplementary Material S2: Example dialogues (simulated-client evaluation)"), ""],
        footer=lambda n: ["", f"S2{NDASH}{n}"],
        formfeed=False,
    )
    intro = (
        f"{'Dialogues were generated with a large language':<52}Each dialogue was reviewed by two authors and",
        f"{liga('model acting as the therapist and a second'):<52}is reproduced verbatim, including generation",
        f"{liga('model prompted with a client profile.'):<52}errors, as discussed in Section 4.3.",
        "",
    )
    for text in intro:
        if text:
            pager.layout(text, "the two-column introduction flattened side by side (layout)")
        else:
            pager.body("")
    for title, script in (("Dialogue S2.1", S09_A), ("Dialogue S2.2", S09_B)):
        pager.layout(title, "a dialogue heading (layout)")
        pager.body("")
        for entry in script:
            head, *rest = entry
            if head == "@session":
                doc.start(rest[0])
            elif head == "#":
                pager.body(liga(rest[0]), *rest[1:])
                pager.body("")
            else:
                pager.say(head, liga(rest[0]), rest[1:])
                pager.body("")
    pager.finish()
    assert pager.page >= 2 and any(LIG_FI in line or LIG_FL in line for line in doc.out), name
    return doc


# ---------------------------------------------------------------------------
# 10 a research interview typed in Word and saved with "Save As > Plain Text", encoding "Unicode" (what Word calls
#    UTF-16 little-endian, with a byte-order mark), CR LF, one paragraph a line, the recorder's ten-minute marks typed
#    as lines of their own; the labels were bold in Word. The typist pasted in a keyword block from the transcription
#    app, and the recorder stopped before the end of the interview.
# ---------------------------------------------------------------------------
IV10, R10 = "Interviewer", "R04"

S10: Script = [
    ("@session", "R04 interview"),
    (IV10, "Thanks for having me at the yard. Could you start by telling me what you do and how long you've done it?"),
    (
        R10,
        "I'm a thatcher. Twenty-six years, since I left school. Long straw and water reed mostly, some combed wheat. There's maybe a dozen of us left in the county.",
    ),
    (IV10, "And how has work been in the last couple of years?"),
    (
        R10,
        "Busy, too busy if anything. Everyone wants a thatcher and there's no one coming through. My last apprentice went to work on the wind farms. More money, no ladders in the rain.",
    ),
    (IV10, "Mm.", "decoy: a backchannel"),
    (
        R10,
        "And then the floods in the autumn. Two of my jobs were under a metre of water. The reed I'd stored in the barn at Brigham, gone. Eight thousand pounds of reed, black and stinking.",
    ),
    ("=", "[00:10:00]", "decoy: a ten-minute mark typed as a line of its own (layout)"),
    (IV10, "That must have been a huge blow, financially and otherwise. How did it affect you?"),
    (
        R10,
        "I didn't sleep for a month. My wife will tell you. I was up at four checking the river levels on my phone. I still do, some nights.",
        "decoy: the participant citing his wife",
    ),
    (
        R10,
        "It sounds like the flood took more than the reed. It took your sense that the work was safe, and that's kept you on guard ever since. Would you say that's fair?",
        "role_inversion",
    ),
    (IV10, "Would you say that's fair, that it's kept you on guard?"),
    (R10, "Fair enough. Yeah.", "decoy: a short agreement"),
    (
        IV10,
        "The study is interested in what keeps people like you going. What helps, when it's hard?",
    ),
    (
        R10,
        "Being up on a roof on a good day. You can see for miles. Nobody rings you up there. And the other thatchers, we've got a group on the phone, we moan at each other.",
    ),
    (
        R10,
        "Being up on a roof on a good day. You can see for miles. Nobody rings you up there. And the other thatchers, we've got a group on the phone, we moan at each other.",
        "duplicate_turn",
    ),
    ("#", "Keywords (auto): thatch, reed, apprentice, floods, river levels, sleep, wind farm", "meta_text"),
    (IV10, "Moaning at each other. [laughs] Does that help?"),
    (R10, "", "empty_turn"),
    (
        IV10,
        "Sorry, I think the recorder missed that, could you say it again?",
        "decoy: the interviewer noticing the missing answer",
    ),
    (
        R10,
        "I said it helps more than the doctor did. He gave me leaflets. The lads understand. One of them lost his whole workshop in Keswick in 2009, he knows.",
    ),
    (
        IV10,
        "I'm going to ask a question we ask everyone in the study, and you don't have to answer. Has there been a time since the floods when you've thought about harming yourself?",
        "decoy: a direct risk question in a research interview",
    ),
    (
        R10,
        "No. Low, yes. Not that. I've got the grandkids. And roofs to finish.",
        "decoy: the answer to the risk question",
    ),
    ("=", "[00:20:00]", "decoy: a ten-minute mark typed as a line of its own (layout)"),
    (
        IV10,
        "Thank you. If it ever did get that bad, the information sheet has the numbers on it, and I can leave you another copy.",
        "decoy: a signpost inside engagement",
    ),
    (R10, "Aye, leave it on the bench.", "decoy: a short reply"),
    (
        IV10,
        "Last question. If someone from the council or a funder was listening, what would you want them to hear?",
    ),
    (
        R10,
        "Pay for apprentices properly. Three years it takes to make a thatcher. Nobody can afford to take a lad on for three years and pay him while he learns, not with reed at what it costs now, and if the next flood comes and we've still not",
        "truncated_turn",
    ),
]


def f10() -> Doc:
    name = "10_craft_study_R04_word_unicode_text.txt"
    style = Labelled([IV10, R10])
    doc = Doc(name, {IV10: T, R10: C}, style, codec="utf-16-le", bom=b"\xff\xfe", newline="\r\n")
    pager = Pager(doc, per_page=10**6, header=lambda n: [], footer=lambda n: [], formfeed=False, bare_first_page=True)
    for text in (
        "Making a Living by Hand: Rural Craftspeople's Wellbeing after the Floods",
        "Interview transcript",
        "Participant: R04 (thatcher, West Cumbria)",
        "Interviewer: M. Tregear",
        "Date: 21 February 2024, at the participant's yard",
        "",
    ):
        if text:
            pager.layout(text, "title or header line (layout; its Participant: and Interviewer: lines are no turns)")
        else:
            pager.body("")
    play(pager, S10, gap=False)
    pager.body("")
    pager.layout("[Recording ends]", "a typist's closing line (layout)")
    pager.finish()
    return doc


BUILDERS: tuple[Callable[[], Doc], ...] = (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10)
# the encoding, byte-order mark, line end and form feeds of each file
EXPECTED_BYTES = {
    "01_client0412_s5_verbatim_pdftotext.txt": ("utf-8", b"", "\n", True),
    "02_keystone_P07_interview2_viewer_copy.txt": ("utf-8", b"", "\r\n", False),
    "03_guest_house_couple_s3_word_plain_text.txt": ("utf-8", b"\xef\xbb\xbf", "\r\n", False),
    "04_skills_handout_demo_table_pdftotext_layout.txt": ("utf-8", b"", "\n", True),
    "05_probert_portfolio_sessions1-3_merged_pdftotext.txt": ("utf-8", b"", "\n", True),
    CLEAN_FILE: ("cp1252", b"", "\r\n", False),
    NOT_READABLE: ("utf-8", b"", "\n", True),
    "08_quayside_chat_88213_browser_print_pdftotext.txt": ("utf-8", b"", "\n", True),
    "09_supplement_S2_generated_dialogues_viewer_copy.txt": ("utf-8", b"", "\n", False),
    "10_craft_study_R04_word_unicode_text.txt": ("utf-16-le", b"\xff\xfe", "\r\n", False),
}
# files whose text holds bytes that are not valid in the file's own encoding
INVALID = {"03_guest_house_couple_s3_word_plain_text.txt"}


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


def read_back(doc: Doc, physical: Sequence[str]) -> list[tuple[int, str, str]]:
    """This writer's reading of the converted text: layout lines and marked non-turn lines are read past; a line that
    opens with a speaker label starts a turn; every other line continues the turn before it (``unwrap``)."""
    turns: list[tuple[int, str, list[str]]] = []
    for number, line in enumerate(physical, 1):
        if number in doc.layout or number in doc.line_rows:
            continue
        assert line.strip() and not line.startswith(FF), (doc.name, number, "a blank or form-feed line read as text")
        head = doc.style.head(line)
        if head:
            turns.append((number, head[0], [head[1]] if head[1] else []))
            continue
        assert turns, (doc.name, number, "text before the first turn")
        turns[-1][2].append(doc.style.cont(line))
    return [(number, label, unwrap(parts)) for number, label, parts in turns]


def check_format(doc: Doc, physical: Sequence[str]) -> None:
    """The converted text gives back exactly the turns written, on the lines recorded, and no layout line or marked
    line reads as a turn of this file's layout (except the header lines that are deliberate decoys)."""
    turns = [(t.line, t.label, t.text) for s in doc.sessions for t in s.turns]
    assert read_back(doc, physical) == turns, doc.name
    for line in doc.line_rows:
        assert doc.style.head(physical[line - 1]) is None, (doc.name, line)
    for first in doc.page_breaks:
        assert physical[first - 1].startswith(FF) == EXPECTED_BYTES[doc.name][3], (doc.name, first)
    if isinstance(doc.style, Numbered):
        numbers = [int(m.group(1)) for line in physical if (m := re.match(r"^(\d+) ", line))]
        assert numbers == list(range(1, len(numbers) + 1)), doc.name


def check_written(doc: Doc, out: Path) -> list[str]:
    """The file's bytes decode as intended, line for line, and every row and decoy stands where it should."""
    raw = (out / doc.name).read_bytes()
    assert raw == doc.render(), doc.name
    codec, bom, newline, formfeeds = EXPECTED_BYTES[doc.name]
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
    if codec == "cp1252":
        try:
            body.decode("utf-8")
            as_utf8 = True
        except UnicodeDecodeError:
            as_utf8 = False
        assert not as_utf8, f"{doc.name}: a Windows-1252 file that is also valid UTF-8"
    data = body.decode(codec, "surrogateescape")
    assert not any(ch in data for ch in BREAKERS), doc.name
    assert (FF in data) == formfeeds, doc.name
    physical = data.split("\n")
    if doc.final_newline:
        assert physical[-1] == "", doc.name
        physical = physical[:-1]
    lines: list[str] = []
    for number, line in enumerate(physical, 1):
        open_end = number == len(physical) and not doc.final_newline
        if newline == "\r\n" and not open_end:
            assert line.endswith("\r"), (doc.name, number)
            line = line[:-1]
        assert "\r" not in line and FF not in line[1:], (doc.name, number)
        lines.append(line)
    assert lines == doc.out, doc.name
    turns = [t for s in doc.sessions for t in s.turns]
    turn_lines = [t.line for t in turns]
    for row_line, kind in doc.truth:
        if kind in FILE_KINDS:
            assert row_line == 0, (doc.name, kind)
            continue
        assert (row_line in turn_lines) != (row_line in doc.line_rows), (doc.name, row_line)
        assert row_line not in doc.layout, (doc.name, row_line, "a truth row on a layout line")
    truth_lines = {line for line, _ in doc.truth}
    for decoy_line, note in doc.decoys:
        assert 1 <= decoy_line <= len(lines), (doc.name, decoy_line)
        assert decoy_line not in truth_lines, (doc.name, decoy_line, note)
        assert lines[decoy_line - 1].strip(FF + " "), (doc.name, decoy_line, "a decoy on a blank line")
    if doc.sessions:
        check_format(doc, lines)
    return lines


def check_truth_text(doc: Doc, physical: Sequence[str]) -> None:
    """Each truth row's line really holds the turn (its label and the start of its words) or the line it names."""
    for line, kind in doc.truth:
        if kind in FILE_KINDS:
            assert not doc.sessions and all(number in doc.layout for number in range(1, len(physical) + 1))
            continue
        if line in doc.line_rows:
            assert physical[line - 1].strip(), (doc.name, line)
            continue
        turns = [t for s in doc.sessions for t in s.turns if t.line == line]
        assert len(turns) == 1, (doc.name, line)
        turn = turns[0]
        head = doc.style.head(physical[line - 1])
        assert head is not None and head[0] == turn.label, (doc.name, line, kind)
        if kind in SESSION_KINDS and kind not in turn.kinds:
            session = next(s for s in doc.sessions if s.turns and s.turns[0].line == line)
            assert kind in session.kinds, (doc.name, line, kind)
            continue
        assert kind in turn.kinds, (doc.name, line, kind)
        if kind == "empty_turn":
            assert head[1] == "", (doc.name, line)
            continue
        shown_part = head[1][:-1] if head[1].endswith("-") else head[1]
        assert shown_part and turn.text.startswith(shown_part), (doc.name, line, kind)


def shown(text: str, width: int = 118) -> str:
    text = "".join(f"\\x{ord(ch) - 0xDC00:02x}" if "\udc80" <= ch <= "\udcff" else ch for ch in text)
    text = text.replace(FF, "\\f").replace(SHY, "\\u00ad")
    text = " ".join(text.split())
    if len(text) > width:
        text = text[: width - 45] + " ... " + text[-40:]
    return text


def show_row(doc: Doc, physical: Sequence[str], line: int, kind: str) -> str:
    if line == 0:
        return f"[whole file] {len(physical)} lines of page furniture and form feeds, no dialogue"
    turns = [t for s in doc.sessions for t in s.turns if t.line == line]
    if not turns:
        return shown(physical[line - 1])
    turn = turns[0]
    if kind in SESSION_KINDS and kind not in turn.kinds:
        return shown(f"[session starts] {turn.label}: {turn.text}")
    text = turn.text if not blank(turn.text) else "(nothing after the label)"
    return shown(f"[{turn.label}] {text}")


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or (len(argv) == 3 and argv[2] != "--show"):
        print("usage: python blind/thirtysecond_defect_cases.py OUT_DIR [--show]", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    docs = [build() for build in BUILDERS]
    assert len({doc.name for doc in docs}) == len(docs)
    assert set(EXPECTED_BYTES) == {doc.name for doc in docs}
    rows: list[tuple[str, int, str]] = []
    decoys = layout_decoys = 0
    for doc in docs:
        (out / doc.name).write_bytes(doc.render())
        check_repeats(doc)
        physical = check_written(doc, out)
        check_truth_text(doc, physical)
        rows.extend((doc.name, line, kind) for line, kind in doc.truth)
        decoys += len(doc.decoys)
        layout_decoys += doc.layout_decoys
        turns = sum(len(s.turns) for s in doc.sessions)
        if doc.name == CLEAN_FILE:
            assert not doc.truth and turns >= 30, (doc.name, turns)
        elif doc.name == NOT_READABLE:
            assert doc.truth == [(0, "unparseable_file")] and not turns, doc.name
        else:
            assert doc.truth and len(doc.truth) * 3 <= turns, (doc.name, len(doc.truth), turns)
        print(
            f"{doc.name}: {turns} turns, {len(doc.truth)} truth rows, {len(doc.decoys)} decoys "
            f"({doc.layout_decoys} of them layout lines)"
        )
        if len(argv) == 3:
            for line, kind in sorted(doc.truth):
                print(f"  {doc.name}:{line} {kind:20s} | {show_row(doc, physical, line, kind)}")
    check_sessions(docs)
    assert sum(doc.crossings for doc in docs) >= 1, "no turn runs on over a page break"
    assert len(set(rows)) == len(rows), "duplicate truth rows"
    rows.sort()
    with (out / "truth.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "line", "defect_type"])
        writer.writerows(rows)
    counts = Counter(kind for _, _, kind in rows)
    assert set(counts) == KINDS, KINDS - set(counts)
    turns = sum(len(s.turns) for doc in docs for s in doc.sessions)
    print(f"wrote {len(docs)} files ({turns} turns) and {len(rows)} truth rows to {out}")
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    print(f"decoys: {decoys} (all on lines without a truth row; {layout_decoys} of them layout lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
