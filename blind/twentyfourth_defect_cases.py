# ruff: noqa: E501, RUF001, RUF002
r"""Twenty-fourth set of blind defect cases for the transcript-cleaning product: HUMAN-TRANSCRIBED sessions, plain exports.

Blind conditions, as followed. The only things read were: the first 15 lines of benchmarks/blind_defects.py (the
interface, printed with ``head -n 15``); a listing of blind/ (``ls -la /work/main/blind``, at the start, and again at
the end with ``ls -la`` piped through ``grep -i twenty``, when blind/twentyfifth_defect_cases.py, which another writer
is making at the same time, had appeared; it was never opened, and every ``grep`` below was filtered with ``grep -v
twentyfifth``); /work/shared/README.md (``cat``); the ``[tool.ruff]`` settings of pyproject.toml (printed alone by a
``.venv`` python ``tomllib`` one-liner that printed ``data['tool']['ruff']`` only); the docstrings of ALL twenty-three
earlier case writers in blind/ (printed with ``ast.get_docstring`` by a ``.venv`` python snippet into
/tmp/s25a/docstrings.txt and paged with ``sed``; one page, of about 30,000 characters, came back from the terminal with
two lines cut out of its middle, and those lines were paged again, so every line was seen) for the interface, the truth
conventions, the defect kind names and the containers, names, places, languages and topics already used; and the code of
blind/twentythird_defect_cases.py, paged with ``sed`` in parts (its first ten lines, its constants, text helpers and
document builder, its file 01, the builders of its files 03, 06 and 10, its self-checks, ``show_row`` and ``main``;
located with ``wc -l``, an ``awk`` longest-line count and one ``grep -n`` of its ``def``/``class``/constant and section
lines), whose structure this file follows. ``grep`` was run only over blind/*.py and printed only file names (``grep
-il`` / ``grep -ilw``): loops over candidate languages (no earlier writer names Russian, Korean, KOI8, CP949 or
Windows-1251), names, places, topics, helplines and words. They led to fourteen changes of plan: a wife (Tasha, then
Jolene), a transcriber (Lorna, then Tansy), a wife (Maureen, then Pauline), a client and his trade (Jayden the
electrician, then Brodie the lifeguard), a trainee (Marta, then Gwenda), a client (Vince, then Roland) and his city
(Bristol, then Plymouth), a client (Ines, Saoirse, Niamh, then Ewan), a dead friend (Kit, Fergus, then Struan), a
client's first name (Imogen, then Verity) and her children (Alfie and Rosie, then Lettie and Ned), a workmate (Col, then
Spud), a foster child (Kayleigh, Shannon, then Jade) and a mountain setting (Glencoe and the Lake District, then the
Cairngorms). No other file of the project was opened or grepped (no transforms, flows, synth, tests, schemas, sql, docs,
README or other benchmarks), nothing under /work/shared/corpora or /work/shared/seeds was read, no search tool was used,
and git was not run. Every transcript line below was written for this set. The product, its tests, mypy and the
benchmarks were never run.

The only things run were: ``mkdir`` of /tmp/s25a; the docstring snippet, with ``wc``, ``awk`` and ``grep -n`` on its own
output file (to size the pages and find each writer's first line); one system ``python3`` snippet that ran this file's
helper section (from its part file) to see how 03's letter and draft and a Korean sentence read after ``koi8``,
``moji(..., "cp1251")`` and ``moji_korean``, and one that printed an entry of 10's protocol list; system ``python3``
snippets making exact text replacements in this file's own parts under /tmp/s25a/parts, all before the first run (three
therapist turns added to 01 to break up runs of client turns, 02's garbled entry rewritten plainly and its quote
conversion simplified, the tags of 05's copied session, 06's speaker choice, 07's cue-number marks, 09's near duplicate
reworded, 10's line lookup, one decoy note of 08 reworded and one added, the encoder call in ``render``); ``grep -c`` on
01's part, to count its turns; ``cat`` to assemble this file from those parts; ``ast.parse`` and ``ruff check`` on the
assembled file before its first run (first without ``--config``, which used ruff's defaults and reported only an unused
``noqa``, then with ``--config /work/main/pyproject.toml``, which reported one SIM108, fixed in the part); this script
(first into /tmp/s25a/out with ``--show``); ``file``/``head``/``sed``/``cut``/``iconv``/``cat -A``/``cat -v``/``od`` on
the written files; ``ruff format`` (``--diff`` once, then applied) and ``ruff check`` on this file alone; a second run
into /tmp/s25a/out2 with ``cmp`` of every written file and ``truth.csv``; a ``.venv`` python snippet that put this
docstring in place of a placeholder; ``cp`` of this file to /tmp/s25a/pre_format.py before formatting and to blind/;
``wc -l`` on it; a ``python3`` and an ``awk`` line-length check of this docstring's draft; and the last checks there:
``ruff check`` on this file alone first failed with RUF002 (the Cyrillic letters and en dashes quoted in this
docstring), so a ``.venv`` python snippet added RUF002 to the ``noqa`` line of both copies; then ``ruff check`` and
``ruff format --check`` passed, and a last run with ``--show`` into /tmp/s25a/final wrote the same files and
``truth.csv`` (``cmp``); a ``diff`` tacked onto the failing check also ran the unformatted copy /tmp/s25a/pre_format.py
once, into /tmp/s25a/out3 with ``--show`` (it passed every self-check). After the docstring edits about these, the
module ran once more, into /tmp/s25a/final2 (the same files and ``truth.csv``, ``cmp``), and after the very last edit of
this docstring (this sentence and the listing's wording, by a ``.venv`` python snippet on both copies, compared with
``cmp``) ``ruff check`` and ``ruff format --check`` were run again. The truth tags were written with the text, before
the first run, and were never changed: the first run passed every self-check. What changed after it, none of it touching
a truth tag or moving a line, was ``ruff format``'s layout (the written files stayed byte for byte the same), the
``noqa`` line and this docstring. Slips to report, both small: the docstring page that the terminal cut (paged again, as
said above), and the ``grep -n`` on the twenty-third writer, which printed some of its code lines beyond ``sed`` pages
(code that was allowed reading anyway). Run as

    python blind/twentyfourth_defect_cases.py OUT_DIR [--show]

to write 10 files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR (``--show`` also
prints every truth row next to the line it names).

Emphasis: sessions TRANSCRIBED BY PEOPLE in clinics, training programmes and research studies (not LLM output), in
the plainest containers such groups export: plain text with initials (01) and with role words (08, the CLEAN file), a
medical secretary's Word document saved as text with its header block and page and time furniture (02), a Russian
transcriptionist's Word text in the Cyrillic code page (03), a Korean research lab's Excel CSV in CP949 (04), an
English trial's coding sheet as Excel "CSV UTF-8" (05), a transcription platform's JSON Lines export with one segment
a row (06), SRT captions from a transcription service (07), corrected WebVTT auto-captions of a video session (09) and
a transcription protocol filed among the transcripts (10). Here the machine defects arrive through people's tools: an
AI tidying tool's refusals and preambles pasted back into a transcript, a typist's note to a colleague, a paste from
a draft opened in the wrong encoding (Windows-1252, Windows-1251, KOI8-R and CP949 readings), a correction made in an
"ANSI" editor, a recorder or connection that stopped, a row typed into a sheet by hand, a caption pass that looped
over a silence, a research assistant who mapped two voices the wrong way round and a session entered twice. Two
files are in languages no earlier writer used, with defects native to their scripts: 03 Russian (a UTF-8 draft read
as Windows-1251, ``РњРѕСЏ РјР°РјР°``, and a Windows-1251 e-mail read as KOI8-R, ``юПРЕЛ, ГДПЮБЯРБСИ``) and 04 Korean
(a UTF-8 draft read as CP949, ``?슂利섏??``, with ``?`` for undecodable bytes). REALISTIC rates: 629 turns, 57 truth
rows (0-8 a file) and 224 decoys, all on lines that carry no truth row. Every kind the earlier writers name is
present: truncated_turn 8, role_inversion 8 (one of them a whole session), duplicate_turn 7, near_duplicate_turn 4,
repetition_loop 2, refusal 3, meta_text 5, mojibake 5, encoding_error 3, empty_turn 4, unknown_speaker 3,
unparseable_line 3, unparseable_file 1 and duplicate_session 1. Encodings and line ends: 02 Windows-1252, 03
Windows-1251 and 04 CP949, each with CR LF; 05 UTF-8 with a byte-order mark and CR LF; the others UTF-8 without a BOM
and LF; 01, 05 and 07 each hold one turn with lone bytes that are not valid UTF-8. 08 is entirely clean (78 turns).

* ``01_heights_trial_HT3-042_s5_TC.txt`` (90 turns, 7 rows): session 5 of a trial of CBT for fear of heights after a
  fall, typed by the study transcriptionist: four header lines (title, participant line, a speaker key ``T =
  therapist (trainee, H.O.), C = client, R = reception``, transcriber line), then ``T: text`` / ``C: text`` paragraphs
  with a blank line after each: Lenny, a scaffolder on Teesside back on ground work, trying a stepladder at home.
  Defects: the receptionist asking about a car in the ambulance bay (``R:``: unknown_speaker); a client turn cut where
  the typing has a gap (``in front of everyone that if I``: truncated_turn; the next turn moves on); a client turn
  replaced by an AI tidying tool's ``I'm sorry, but I can't help with that request. If you're having thoughts of
  harming yourself ...`` (refusal) and the tool's ``Here's the passage with the filler words removed:`` opening the
  therapist's next turn (meta_text); a client paragraph pasted twice (duplicate_turn); a client turn corrected in an
  "ANSI" editor, its curly quotes and dash lone bytes 0x93, 0x92, 0x96, 0x94 (encoding_error); the therapist's
  reflection typed under ``C:`` (role_inversion). Decoys: the header lines (the key names all three labels);
  ``Mm-hmm.`` three times; a ``...`` hesitation and a trail-off; the therapist echoing and quoting the client; the
  client quoting his grandfather and a workmate and saying what the therapist would say; ``[laughs]``; ``I can't look
  down``; a direct risk question and the answer; Samaritans 116 123 in the safety plan and the plan said back; a
  ``--`` break and the apology; ``Not really`` without a full stop; a client question and the therapist's brief
  self-disclosure; the homework said back; ``One rung at a time.`` said twice by the client (a spoken repeat) and
  echoed once by the therapist.
* ``02_fairweather_s6_transcript_word.txt`` (61 turns, 6 rows): a medical secretary's Word transcript saved as
  "Plain Text" (Windows-1252, CR LF, Word's curly quotes and dashes as single bytes): a header block (title,
  ``Clinician:`` and ``Client:`` header lines, date, transcriber, key), the agency template's ``[Page n of 5]`` and
  ``[00:05:00]`` lines, ``Dr Achterberg:`` / ``Ms Fairweather:`` paragraphs with blank lines: session 6 of
  trauma-focused CBT with Verity, a funeral director in Shrewsbury, after the funeral of a six-year-old girl. Defects:
  the paragraph at the foot of page 1 typed again at the top of page 2 with ``no`` added and ``even`` dropped
  (near_duplicate_turn); the client's account of doing the girl's hair under ``Dr Achterberg:`` (role_inversion);
  ``Ms Fairweather:`` with nothing after it (empty_turn); the secretary's ``[Dr A – she says the family's surname
  here, I've left it out, shout if you want it in – Tansy]`` inside a client paragraph (meta_text); a psychologist's
  paragraph pasted from the dictation draft after it was read as Windows-1252 (``Thatâ€™s``: mojibake); the last
  paragraph cut where the tape ended (``rather than going back in again and``: truncated_turn). Decoys: the header
  lines; the page and time lines; correct single-byte curly quotes and en dashes; ``Mm.`` twice; the client quoting
  her father and the psychologist quoting him back; the client quoting her psychologist's words from last session;
  ``[crying]``; ``I can't get round``; a ``--`` break and the apology; a ``...`` hesitation; a one-word answer; the
  client asking about other undertakers and ``I can't talk about other people I see, but``; a medication question and
  ``I can't advise you on tablets myself. What I can say``; the client picking up the psychologist's word; the
  homework said back.
* ``03_rasshifrovka_sessiya4_ru.txt`` (72 turns, 7 rows): a Russian session typed for supervision and saved by Word in
  the Cyrillic (Windows) code page: Windows-1251, CR LF, a header block (two of its lines open with ``Психолог:`` and
  ``Клиентка:``), then ``Психолог: text`` / ``Клиентка: text`` one turn a line: a 58-year-old librarian whose son has
  not spoken to her for eight months since she criticised his fiancée. Defects: the psychologist's question typed
  under ``Клиентка:`` (role_inversion); the client's letter, read aloud and pasted from her e-mail as the mail program
  showed it (Windows-1251 read as KOI8-R: mojibake); the AI tool's own line ``Вот отредактированный фрагмент без
  слов-паразитов:`` (meta_text); the tool's ``Извините, но я не могу помочь с обработкой этого фрагмента ...`` in the
  client's place (refusal); a psychologist turn pasted twice (duplicate_turn); a client paragraph pasted from the
  automatic draft opened as Windows-1251 (UTF-8 read as Windows-1251: mojibake); the last turn cut when the recording
  stopped (``может, мне и ей``: truncated_turn). Decoys: the header lines; correct single-byte «», — and … (the
  ellipsis is byte 0x85); ``Угу.`` three times; ``…`` hesitations and a trail-off; a ``--`` break and the apology;
  the client quoting her son and her own words, the psychologist quoting them; ``(смеётся)``, ``(молчит)``,
  ``[неразборчиво]``; ``Я же не могу так сразу``; a direct risk question quoting the client and the answer; a
  helpline inside engagement and the plan said back; a client question and the psychologist's brief self-disclosure;
  ``Конечно.`` twice; the plan said back.
* ``04_sangdam_jeonsa_3hoegi_ko.csv`` (62 turns, 8 rows): a Korean counselling-research lab's transcription sheet
  saved by Excel on a Korean Windows: CP949, CR LF, ``회기,순번,화자,발화,비고``, ``상담자`` / ``내담자``, typed from
  Clova Note drafts: a software developer in the last week before a launch. Defects: the counsellor's reflection and
  question under ``내담자`` (role_inversion); a draft loop, one client sentence three times, the third with ``너무``
  (repetition_loop, duplicate_turn, near_duplicate_turn); the research assistant's memo typed into the first column,
  one field (``※ ... 녹음 불량으로 전사 생략``: unparseable_line, not a turn); a row pasted from a UTF-8 draft opened as
  CP949 (mojibake); an empty client row (empty_turn); the last row cut when the recording ended (``그때 뭐라고``:
  truncated_turn). Decoys: the header; the note column (``(한숨)``, ``(웃음)``, a gesture, ``(침묵 5초)``); ``음.``
  three times; the client quoting his team lead in doubled quotes; echoes; a direct risk question and the answer;
  the 109 line inside engagement, said back; a client question and the counsellor's brief self-disclosure; ``못``
  (cannot) statements; a ``--`` break and the client's apology; the plan said back; the client quoting the
  counsellor's point.
* ``05_heart_mi_coding_HRT-117.csv`` (82 turns, 8 rows): a trial's coding sheet saved by Excel as "CSV UTF-8" (a
  byte-order mark, CR LF), ``study_id,session,turn,speaker,utterance,code``, ``Counsellor`` / ``Participant`` /
  ``Spouse``, motivational-interviewing codes: Clifford, a retired joiner put off cardiac rehabilitation by the
  exercise bikes. Session 2 was appended from an old "ANSI" export. Defects (session 2): the counsellor's complex
  reflection entered under ``Participant`` (role_inversion); his wife speaking (``Spouse``: unknown_speaker); an
  utterance cut where the audio was lost (``the nurse at the rehab said if I``: truncated_turn); a row typed in a text
  editor without quoting, nine fields (unparseable_line, not a turn); a row whose pound sign is a lone 0xA3 byte
  (encoding_error); the assistant's ``[CHECK W/ JANE - is this PT or the wife? can't tell from audio]`` inside an
  utterance (meta_text); a row pasted twice (duplicate_turn). Session ``1-rel`` is session 1 entered again with the
  second coder's codes in four rows (duplicate_session at its first row). Decoys: the header; quoted cells with
  commas and doubled quotes; sustain-talk codes; ``Mm.`` three times; the participant quoting his cardiologist; ``I
  can't be doing with``; jokes; 999 in his own plan; his phrase from session 1 said again in session 2; the summary
  and the plan.
* ``06_lifeguard_sessions_segments.jsonl`` (73 turns, 7 rows): a transcription platform's export, ONE SEGMENT A ROW,
  ``{"recording", "seg", "speaker", "start", "end", "text"}``, sessions 3 and 4 with Brodie, a lifeguard who did CPR
  on a swimmer who died. Session 3: the platform's AI clean-up refusal ``I'm sorry, but I can't assist with content
  that describes a person's death ...`` in a client segment (refusal); the transcriber's ``(Sam - audio drops out here
  ... can you check it against the recording?)`` inside a therapist segment (meta_text); an empty client segment
  (empty_turn); the last segment cut where the recording was split (``and then if that doesn't``: truncated_turn).
  Session 4: the two voices mapped the wrong way round (role_inversion at its first row); a segment exported twice,
  seg number and times too (duplicate_turn); a row edited by hand that lost its closing brace (unparseable_line, not a
  turn). Decoys: ``Mm.`` three times; echoes; the client quoting the swimmer's wife in both sessions; ``I can't switch
  it off``; a direct risk question and the answer; Lifeline 13 11 14 in the plan, said back; ``Yeah.`` and
  ``Sorry.``; a ``...`` hesitation; ``I can't promise it'll disappear completely, but``; the plan said back.
* ``07_skills_assessment_GW_BR_captions.srt`` (54 turns, 7 rows): SRT captions from a transcription service (an
  automatic first pass, checked by a person), ``NAME: text`` on one caption line: a counselling diploma's skills
  assessment, a trainee (``GWENDA``) and a volunteer client (``BRIDGET``) deciding whether to stop fostering after
  nineteen years. Defects: the first pass repeating her sentence over the silence after it, the third time with
  ``goodbye`` (repetition_loop, duplicate_turn, near_duplicate_turn); her words about her social worker under
  ``GWENDA`` (role_inversion); the tutor coming in when the camera cut out (``TUTOR``: unknown_speaker); a cue
  corrected in an "ANSI" editor, lone Windows-1252 bytes (encoding_error); the last cue cut (``he was settled, I``:
  truncated_turn). Decoys: cue numbers and timings; ``Mm-hmm.`` three times; ``[laughs]``; a caption ending ``is
  that`` continued by her next caption; a ``--`` break and the client's apology; the trainee quoting her; ``I don't
  know. I don't know who that is.``; ``I can't picture it``; a ``...`` hesitation; the client asking for a verdict and
  ``I can't tell you whether you should stop ... But``; kind words for an imagined friend, echoed; the summary and the
  plan said back.
* ``08_locksmith_session4_typed.txt`` (78 turns, no row): the CLEAN file, typed by a clinic's administrators, two
  header lines, ``Therapist:`` / ``Client:`` with a blank line after each turn: Roland, a locksmith in Plymouth struck
  with a bottle on a late-night lockout callout. Decoys: the header lines; ``Mm.`` three times; a ``--`` break and the
  apology; ``...``; ``[pause]`` and ``[laughs]``; the client quoting his sister-in-law, the neighbour who found him and
  his wife; the therapist echoing him; a client question and the therapist's brief self-disclosure; ``Dunno`` without
  a full stop; ``I can't tell you what the court will decide. What I can do``; a direct risk question and the answer;
  NHS 111 and press 2 inside engagement, said back; two therapist turns in a row; the client saying again the first
  sentence of an earlier turn; the plan said back; thanks.
* ``09_telehealth_captions_ewan_s3.vtt`` (57 turns, 6 rows): WebVTT auto-captions of a video session corrected by a
  clinic's administrator, a ``NOTE`` block, ``<v Name>text``: Ewan, an outdoor instructor whose friend Struan died when
  a cornice collapsed on a winter climb Ewan had pulled out of. Defects: a cue doubled in the editing (duplicate_turn);
  the counsellor's question under ``<v Ewan>`` (role_inversion); a cue pasted from the caption editor's export read as
  Windows-1252 (``Struanâ€™s``: mojibake); an empty ``<v Ewan>`` cue (empty_turn); a cue given again without ``It
  does.`` and with its punctuation changed (near_duplicate_turn); a cue cut when the connection dropped, never picked up
  (truncated_turn; the counsellor's ``You froze there`` follows). Decoys: the NOTE; ``Mm.`` three times; the client
  quoting his friend's text and his friend's mother; the counsellor quoting him; ``[laughs]``; ``...``; verbless
  fragments; a direct risk question and the answer; Breathing Space and 111 inside engagement; the client voicing his
  friend; a ``--`` break and the counsellor's apology for the delay; talk about the frozen picture; the plan said back.
* ``10_heights_trial_transcription_protocol_v3.txt`` (1 row): 01's trial's transcription protocol, filed with the
  transcripts: prose about labels and conventions, no dialogue (unparseable_file, line 0). Decoys: a protocol line
  naming the ``T`` and ``C`` labels and one that opens ``Client names:``.

Line numbers are 1-based physical lines of the written file (the file decoded in its own encoding, Windows-1252,
Windows-1251, CP949 or UTF-8, and split on ``\n``; the CR of a CR LF end is not a line of its own; 05's byte-order
mark is not a character of line 1; a lone invalid byte in 01, 05 or 07 is one character to a decoder and changes no
count; no other line-break character occurs once a file is decoded in its encoding), computed while the file is
built:

* a turn-level row points at the line holding the turn's speaker label or its equivalent: in 01, 02, 03 and 08 the
  ``Label: text`` line; in 04 and 05 the record's line (the header is line 1); in 06 the segment's row; in 07 the
  cue's caption line ``NAME: text`` (not the number or timing); in 09 the cue's ``<v Name>`` line (not the timing);
* meta text inside a turn is marked at the turn's line; an unlabelled line of tool residue (03's preamble) is a
  ``meta_text`` row at its own line;
* ``unparseable_line`` is marked at a line that cannot be read as a record of its layout (04's one-field memo, 05's
  nine-field row, 06's row without its closing brace); such a line is not a turn;
* a whole session with the roles swapped (06's session 4) is ONE ``role_inversion`` row at its first turn; a single
  turn in the other role's voice is ``role_inversion`` at its own line, whichever direction; the later copy of a
  session (05's ``1-rel``) is ONE ``duplicate_session`` row at its first turn, and its turns carry no other row;
* a repetition loop is ``repetition_loop`` on the first occurrence, then ``duplicate_turn`` or ``near_duplicate_turn``
  on every later copy;
* ``encoding_error`` is marked at the turn whose text holds bytes invalid in UTF-8 (01, 05, 07); text that decodes
  validly but was garbled upstream is ``mojibake`` (02, 03, 04, 09), marked on every garbled turn; the correct
  single-byte characters of 02 and 03 and the correct Korean of 04 are decoys;
* a speaker outside the counsellor and client roles (01's ``R``, 05's ``Spouse``, 07's ``TUTOR``) speaking a turn is
  ``unknown_speaker``; the file-level row (``unparseable_file``, 10) is at line 0.

Not turns: the header blocks of 01, 02, 03 and 08; 02's page and running-time lines; the CSV headers of 04 and 05;
SRT cue numbers and timings; ``WEBVTT``, the NOTE block and timings of 09; the lines of 10. A spoken turn that trails
off (``...``, ``…``), a turn broken off with ``--`` where the other speaker comes in, a caption continued by the same
speaker's next caption and a short answer without a full stop are NOT truncated turns; a truncated turn is cut off by
the data (a gap in the typing, lost audio, a split or stopped recording, a dropped connection, a tape that ended) and
no later turn completes it. A counsellor's statement of what they cannot do followed by engagement (other clients,
tablets, a court's decision, a decision that is the client's, a promise nobody can make) and a helpline given inside
a human counsellor's safety plan are NOT refusals; a passage an AI tool replaced with its refusal is.

Turns and lines that look suspicious but are clean (decoys) carry a ``decoy: ...`` tag here; the tag never reaches the
truth, and the number of decoys is printed. Self-checks: a turn that ends without final punctuation carries a truth
tag or a decoy note; every truth row's line holds the text of the turn or line it names; every exact or close
same-role repeat of a substantial turn in a session is marked, or noted as a spoken repeat, and every repeat mark is
real; a loop has at least two marked later copies; only the marked session repeats another, exactly; the containers
parse back to exactly the turns written (an unparseable line fails to parse and is the only line that does); each
legacy-encoded file is really not valid UTF-8 and each UTF-8 file holds invalid bytes exactly when it should; the
clean file has no truth row; every kind is present; no truth row is written twice. Standard library only.
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
from typing import Any

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
RAW = "#"  # a script entry that is a line of its own, not a turn
RSQ = "\u2019"
# final punctuation, with closing quotes, the ellipsis character and guillemets
ENDERS = ".?!\"')]:;" + RSQ + "\u201d\u201c\u2018\u2026\u00bb"
CLEAN_FILE = "08_locksmith_session4_typed.txt"
NOT_A_TRANSCRIPT = "10_heights_trial_transcription_protocol_v3.txt"
LEGIT = "legitimate repeat"  # a decoy note that allows a spoken, same-role repeat of a whole turn


# ---------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------
MADE_GARBLED: set[str] = set()


def moji(text: str, codec: str = "cp1252") -> str:
    """The UTF-8 bytes of ``text`` read as ``codec`` (strict: every byte must map)."""
    out = text.encode("utf-8").decode(codec)
    assert out != text
    MADE_GARBLED.add(out)
    return out


def koi8(text: str) -> str:
    """Russian text saved as Windows-1251 and read back as KOI8-R (the case of every letter flips, the letters mix)."""
    out = text.encode("cp1251").decode("koi8_r")
    assert out != text
    out.encode("cp1251")  # it must still be writable into the Windows-1251 file
    MADE_GARBLED.add(out)
    return out


def moji_korean(text: str) -> str:
    """Korean UTF-8 read as CP949 by an old viewer: Hanja and rare syllables, undecodable bytes shown as ``?``."""
    out = text.encode("utf-8").decode("cp949", "replace").replace("\ufffd", "?")
    assert out != text
    out.encode("cp949")
    MADE_GARBLED.add(out)
    return out


def garbled(text: str) -> bool:
    """A self-check of this writer: made by a helper above, or reads back as UTF-8 through Windows-1252."""
    if text in MADE_GARBLED:
        return True
    try:
        return text.encode("cp1252").decode("utf-8") != text
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False


def ansi(text: str, codec: str = "cp1252") -> str:
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
    """Close enough to be a re-typed copy (a marked near duplicate must be at least this)."""
    return ratio(a, b) > 0.6


def substantial(text: str) -> bool:
    """Long enough that a repeat is a defect rather than a backchannel."""
    return len(norm(text).replace(" ", "")) >= 12


def ascii_only(text: str) -> bool:
    return all(ord(ch) < 0x80 for ch in text)


def clock(seconds: float, sep: str) -> str:
    """``hh:mm:ss,mmm`` (SRT, ``sep=","``) or ``hh:mm:ss.mmm`` (WebVTT, ``sep="."``)."""
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{sep}{millis:03d}"


def duration(text: str) -> float:
    """How long a turn takes to say, roughly (about fifteen characters a second, at least a second)."""
    return max(1.0, round(len(text) / 15, 1))


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

    ``encoding``: the file's character encoding (``utf-8`` files may hold lone invalid bytes, kept as surrogate
    escapes until they are written); ``bom``: the file starts with a UTF-8 byte-order mark; ``crlf``: the file's
    lines end in CR LF (a line is still one line; the CR is not part of the text).
    """

    def __init__(
        self,
        name: str,
        roles: dict[str, str],
        layout: str,
        *,
        crlf: bool = False,
        encoding: str = "utf-8",
        bom: bool = False,
    ) -> None:
        self.name = name
        self.roles = roles
        self.layout = layout
        self.crlf = crlf
        self.encoding = encoding
        self.bom = bom
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
        assert (line, kind) not in self.truth, f"{self.name}:{line} {kind} twice"
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
        assert ("unknown_speaker" in kinds) == (role == X), (self.name, line, label)
        assert ("mojibake" in kinds) == garbled(text), (self.name, line, text[:60])
        assert ("encoding_error" in kinds) == invalid_bytes(text), (self.name, line, text[:60])
        if invalid_bytes(text):
            assert self.encoding == "utf-8", (self.name, line)
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
        """A line that is not a turn: meta_text, unparseable_line or a decoy."""
        kinds, notes = split_tags(tags)
        assert set(kinds) <= LINE_KINDS, kinds
        for kind in kinds:
            self._truth(line, kind)
            self.line_rows.add(line)
        for note in notes:
            self.decoys.append((line, note))

    def whole_file(self, kind: str) -> None:
        """A file-level row, at line 0."""
        assert kind in FILE_KINDS, kind
        self._truth(0, kind)

    def render(self) -> bytes:
        end = "\r\n" if self.crlf else "\n"
        text = "".join(line + end for line in self.out)
        errors = "surrogateescape" if self.encoding == "utf-8" else "strict"
        return (codecs.BOM_UTF8 if self.bom else b"") + text.encode(self.encoding, errors)


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


def js(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def csv_row(values: Sequence[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(values)
    return buffer.getvalue().rstrip("\n")


# ---------------------------------------------------------------------------
# 01 a trial therapy session typed by the study's transcriptionist from the audio: a header block with a speaker
#    key, then "T: text" / "C: text" (initials) paragraphs with a blank line after each. "R" is the clinic's
#    receptionist, named in the key. UTF-8, LF; one turn was corrected in an "ANSI" editor (lone Windows-1252 bytes).
# ---------------------------------------------------------------------------
T01, C01, R01 = "T", "C", "R"

S01: Script = [
    (T01, "Right, that's recording now. So, Lenny, how's the week been?"),
    (
        C01,
        "Not bad. Busy. We've had the big job on at the school in Redcar, so I've been on the ground mostly, doing the loading out.",
    ),
    (T01, "And the ladder at home, the one in your garage? We'd said you might try the first two rungs."),
    (
        C01,
        "Yeah. I did, erm... I did it twice. Sunday and then Wednesday night.",
        "decoy: a spoken hesitation with '...' inside the turn",
    ),
    (T01, "Twice. That's more than we planned. How did it go?"),
    (
        C01,
        "Sunday was rubbish, to be honest. I got one foot on and my legs went. Jolene was stood there holding it and I still couldn't.",
    ),
    (T01, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (1 of 3)"),
    (
        C01,
        "Wednesday I got both feet on the second rung. Held on for, I don't know, a minute maybe. Felt like an hour.",
    ),
    (T01, "What was going through your head while you were up there?"),
    (
        C01,
        "Same as always. That it's going to go. That I'll hear that noise again, the clamp going, and then I'm on the deck.",
    ),
    (T01, "The noise of the clamp.", "decoy: the therapist echoes the client's words"),
    (
        C01,
        "You don't forget it. It's like a crack, a proper loud crack, and then there's nothing under your feet.",
    ),
    (T01, "And on a scale of nought to a hundred, how anxious were you on Wednesday, at the worst point?"),
    (C01, "Ninety. Maybe eighty-five.", "decoy: a verbless answer closed by full stops (not truncated)"),
    (T01, "And by the end of the minute?"),
    (C01, "Seventy? It did come down a bit. I noticed that, like you said to look for."),
    (T01, "That's really important, that you noticed it coming down. What did you tell yourself up there?"),
    (C01, "One rung at a time."),
    (T01, "One rung at a time.", "decoy: the therapist repeats the client's phrase (the other role)"),
    (
        C01,
        "It's what my grandad used to say. He was a steel erector, he worked on the Transporter Bridge back in the day.",
    ),
    (T01, "So that phrase comes from someone who knew all about heights."),
    (C01, "[laughs] He did. He'd be embarrassed at me now.", "decoy: '[laughs]' opening a turn"),
    (
        T01,
        "I wonder about that. What do you think he'd actually say if he saw you on that second rung on Wednesday?",
    ),
    (
        C01,
        'He\'d probably say, "Go on then, son, get up the third."',
        "decoy: the client quoting his grandfather",
    ),
    (T01, "That sounds a bit kinder than embarrassed."),
    (C01, "Maybe. Yeah."),
    (
        T01,
        "Can I check something? While you were on the ladder, were you doing anything to keep yourself safe? The little things we talked about.",
    ),
    (C01, "Gripping. Both hands, dead tight. And I wouldn't look down, I just looked at the wall."),
    (T01, "And Jolene holding the bottom."),
    (C01, "Yeah, that and all."),
    (
        T01,
        "So those might be some of the things that stop you learning that you can stay up there. What do you reckon would happen if you loosened the grip a bit?",
    ),
    (C01, "I'd fall off. [laughs] No, I know. I know what you're going to say."),
    (T01, "Go on, what am I going to say?"),
    (
        C01,
        "That I won't fall off a stepladder two rungs up with the missus holding it.",
        "decoy: the client says what the therapist would say (not a role inversion)",
    ),
    (
        R01,
        "Sorry to barge in. Is anyone here driving a silver Astra? Only it's parked across the ambulance bay.",
        "unknown_speaker",
    ),
    (C01, "Oh, that's me. Sorry. I'll shift it after, if that's all right?"),
    (T01, "Sorry about that. So, the grip, and not looking down."),
    (
        C01,
        "I can't look down. That's the thing. Even on the kerb at work I'm watching my feet.",
        "decoy: 'I can't' from the client (not a refusal)",
    ),
    (T01, "Tell me about work. You mentioned you're on the ground for now."),
    (
        C01,
        "Yeah, the gaffer's been good about it, he's kept me on the loading and the yard. But there was a meeting on Monday, all of us in the cabin, and he said in front of everyone that if I",
        "truncated_turn",
    ),
    (T01, "How was it for you, having that said with everyone there?"),
    (
        C01,
        "Like they were all looking at me. Spud gave me a nudge after and said, \"Don't worry, we'll have you back up top by summer.\" He meant well.",
        "decoy: the client quoting a workmate",
    ),
    (T01, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (2 of 3)"),
    (
        C01,
        "And I want to get back up. That's the daft thing. It's good money and I'm good at it. Or I was.",
    ),
    (T01, '"Or I was."', "decoy: the therapist quotes the client"),
    (C01, "Yeah.", "decoy: a one-word answer"),
    (T01, "Can I ask how your mood's been generally, this last couple of weeks?"),
    (
        C01,
        "I'm sorry, but I can't help with that request. If you're having thoughts of harming yourself, please reach out to a mental health professional or contact a crisis line in your area.",
        "refusal",
    ),
    (
        T01,
        "Here's the passage with the filler words removed: Lenny, you said some days you think it would've been easier if you hadn't got up off the ground that day. I want to ask you straight. Are you having any thoughts of ending your life?",
        "meta_text",
    ),
    (
        C01,
        "No. No, nothing like that. I've got the kids. It's more... I just feel useless some days. Like a spare part.",
        "decoy: the client's answer to a direct risk question",
    ),
    (T01, "Thank you for telling me. If that ever changed, if those thoughts got stronger, what would you do?"),
    (C01, "Tell Jolene, I suppose. Or ring you lot."),
    (
        T01,
        "Let's put that on your plan, then. Jolene first. The clinic in the daytime, and out of hours the Samaritans on 116 123, any time, day or night. I'll write them on the sheet for you.",
        "decoy: a helpline number in the therapist's safety plan (not a refusal)",
    ),
    (C01, "Go on then. Jolene, you lot, Samaritans.", "decoy: the client repeats the safety plan back"),
    (T01, "Good. What else has been weighing on you this week?"),
    (
        C01,
        "The worst bit's the kids, to be honest. Our Kacey asked me to put the net back up round her trampoline and I had to go and ask next door.",
    ),
    (
        C01,
        "The worst bit's the kids, to be honest. Our Kacey asked me to put the net back up round her trampoline and I had to go and ask next door.",
        "duplicate_turn",
    ),
    (T01, "How did that feel, asking next door?"),
    (
        C01,
        "Rotten. He's seventy-odd. He went up the ladder like a squirrel and I stood at the bottom holding it.",
    ),
    (T01, "And what did you say to yourself, watching him?"),
    (
        C01,
        "That I'm finished. That I'll never be the same. Every time I walk past a scaffold now I get this --",
        "decoy: a turn broken off with '--' where the therapist comes in",
    ),
    (T01, "Sorry, I cut across you there. Carry on.", "decoy: the therapist's apology after an interruption"),
    (
        C01,
        "No, you're all right. I get this feeling in my stomach like I'm the one up there. Like it's going to go from under me.",
    ),
    (T01, "Has Jolene noticed any of that?"),
    (
        C01,
        ansi(
            "Jolene said to me last week, \u201cYou\u2019re not the only one who had a fright \u2013 I got the phone call.\u201d That stuck with me."
        ),
        "encoding_error",
    ),
    (T01, "What stuck with you about it?"),
    (
        C01,
        "That she's been carrying it and all. She never said. I thought I was the only one still thinking about it.",
    ),
    (T01, "It sounds like the fall happened to both of you, in different ways."),
    (C01, "Yeah. It's like the fear's got a mind of its own. It decides for me."),
    (
        C01,
        "So what you're telling me is that the fear makes sense, because you did fall, but it's been running the show ever since, and now it's making the decisions about ladders for you.",
        "role_inversion",
    ),
    (C01, "Yeah. That's about right."),
    (T01, "Have you noticed anything that makes it a bit quieter?"),
    (C01, "Not really", "decoy: a short answer without a full stop"),
    (T01, "That's all right. We might find some together."),
    (
        C01,
        "Have you ever been scared of heights yourself? Or is it just something you read about?",
        "decoy: a client question to the therapist",
    ),
    (
        T01,
        "Not ladders. But after a near miss on the A19 a few years ago I was scared of motorway driving for a while, so I know a little about how the body takes over. It's your experience I want to understand, though.",
        "decoy: the therapist's brief self-disclosure (not a role inversion)",
    ),
    (C01, "Fair enough. The A19's enough to scare anyone.", "decoy: the client's joke"),
    (
        T01,
        "So for this week. What feels like the right next step, knowing what you learned on Wednesday?",
    ),
    (C01, "I just keep thinking, what if...", "decoy: a trail-off with '...'"),
    (T01, "What if?"),
    (C01, "What if I do all this and I still can't go back up? I don't know. Third rung, I suppose."),
    (T01, "Third rung. And the grip?"),
    (C01, "One hand loose. And look down once. Properly look."),
    (T01, "And Jolene?"),
    (C01, "She can stand next to it. Not holding it."),
    (T01, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (3 of 3)"),
    (
        C01,
        "Third rung, one hand loose, look down once, Jolene next to it and not holding. Write the numbers down before and after.",
        "decoy: the client repeats the homework plan back",
    ),
    (T01, "That's it exactly. And what will you tell yourself up there?"),
    (C01, "One rung at a time.", f"decoy: the client's grandfather's phrase said again ({LEGIT})"),
    (T01, "Okay. I'll stop the recording there."),
]


def f01() -> Doc:
    doc = Doc("01_heights_trial_HT3-042_s5_TC.txt", {T01: T, C01: C, R01: X}, "labelled")
    first = doc.add(
        "HEIGHTS Trial \u2013 Site 3 (Teesside) \u2013 therapy session transcript",
        "Participant: HT3-042 | Session 5 of 8 | Recorded 06/03/2024 | Length 51:40",
        "Speaker key: T = therapist (trainee, H.O.), C = client, R = reception",
        "Transcriber: D.W. (study transcriptionist) \u2013 first pass, not yet checked against the audio",
        "",
    )
    doc.mark(first, "decoy: the transcript's title line")
    doc.mark(first + 1, "decoy: the participant and session line")
    doc.mark(first + 2, "decoy: the speaker key, naming all three labels")
    doc.mark(first + 3, "decoy: the transcriber line")
    doc.start("HT3-042 session 5")
    labelled(doc, S01, "{label}: {text}", blank=True)
    return doc


# ---------------------------------------------------------------------------
# 02 a medical secretary's Word transcript saved as "Plain Text" on Windows: Windows-1252, CR LF, Word's curly
#    quotes and dashes as single bytes. A header block, then "Dr Achterberg: text" / "Ms Fairweather: text"
#    paragraphs with a blank line after each, and the agency template's "[Page n of 5]" markers and "[00:05:00]"
#    running-time lines between paragraphs.
# ---------------------------------------------------------------------------
DR02, MS02 = "Dr Achterberg", "Ms Fairweather"
PAGE = "@page"  # a page marker line (not a turn)
TIME = "@time"  # a running-time line (not a turn)


def curly(text: str) -> str:
    """Word's AutoFormat: straight apostrophes become right single quotes, straight double quotes pair up."""
    text = text.replace("'", RSQ)
    parts = text.split('"')
    assert len(parts) % 2 == 1, text[:60]
    out = parts[0]
    for index, part in enumerate(parts[1:]):
        out += ("\u201c" if index % 2 == 0 else "\u201d") + part
    return out


NEAR_02 = "Not in the room. Percy does the children now. He just does them, I don't even have to ask. But I still know when one's come in, because the van goes round the back and I hear the shutter."

S02: Script = [
    (DR02, "So, Verity, last time we agreed we'd go back to the funeral itself today. How are you feeling about that?"),
    (MS02, "Sick, honestly. I nearly rang to cancel this morning. But I'm here."),
    (DR02, "You're here. That took something. How has the sleep been since we last met?"),
    (
        MS02,
        "Bad. Three or four hours. I wake up at ten past two, every night, like clockwork, and then I'm up checking on the kids.",
    ),
    (DR02, "Checking on them how?"),
    (
        MS02,
        "I go in and stand by the beds. I put my hand on Lettie's back to feel her breathing. Sometimes I do it three or four times before I can go back to bed.",
    ),
    (DR02, "Mm.", "decoy: backchannel 'Mm.' (1 of 2)"),
    (
        MS02,
        "She's six. The same age. That's the thing I can't get round. The same age as the little girl, and the same school shoes, the ones with the Velcro.",
        "decoy: 'I can't' from the client (not a refusal)",
    ),
    (
        DR02,
        "So when you stand by Lettie's bed, part of your mind is back with the little girl you looked after.",
    ),
    (MS02, "Yes. Exactly that. [crying] Sorry.", "decoy: '[crying]' inside the turn"),
    (DR02, "There's nothing to be sorry for. Take your time."),
    (
        MS02,
        "My dad always said, \"You leave it at the door, Verity. You do your best for them and you leave it at the door.\" Forty years he's done this and I've never once seen him upset.",
        "decoy: the client quoting her father",
    ),
    (
        DR02,
        '"Leave it at the door." What happens when you try to do that now?',
        "decoy: the psychologist quotes the father's words back",
    ),
    (MS02, "It comes home with me. In the car. In the kitchen. I'm making the packed lunches and I see her hands."),
    (RAW, TIME),
    (
        DR02,
        "Can I ask about the preparation room? Last time you mentioned you'd stopped going in.",
    ),
    (MS02, NEAR_02),
    (RAW, PAGE),
    (
        MS02,
        "Not in the room, no. Percy does the children now. He just does them, I don't have to ask. But I still know when one's come in, because the van goes round the back and I hear the shutter.",
        "near_duplicate_turn",
    ),
    (DR02, "And what happens in you when you hear the shutter?"),
    (MS02, "My stomach drops. I go and find something to do at the front, the flowers or the paperwork."),
    (
        DR02,
        "So going to the front is one of the ways you get away from it. It makes sense that you'd want to. The trouble is it may also keep the memory stuck exactly where it is.",
    ),
    (
        MS02,
        'That\'s what you said last time. "Stuck like a photo."',
        "decoy: the client quotes her psychologist's words from last session",
    ),
    (
        DR02,
        "I did say that. Today, if you're willing, I'd like us to go through the day of the funeral slowly, in the present tense, and stop at the moments that feel worst.",
    ),
    (MS02, "The hotspots."),
    (DR02, "The hotspots. You can stop at any point. You're in charge of the pace."),
    (MS02, "Okay. Okay. I'm at the front door. It's twenty past nine and the family car's due at ten."),
    (DR02, "What can you see?"),
    (
        MS02,
        "The hearse is out front, Percy's polishing the wing mirror. It's cold, there's frost on the car park. I've already been in to check on her, to make sure everything's right.",
    ),
    (DR02, "And how is she?"),
    (
        DR02,
        "I did her hair in two plaits because her mum told me that's how she wore it for school, and while I was doing it I kept thinking, Lettie has the same bobbles, the ones with the little cherries on.",
        "role_inversion",
    ),
    (DR02, "What are you feeling as you say that, right now, from nought to a hundred?"),
    (MS02, "Ninety. My chest's tight. I can feel the bobbles in my fingers."),
    (DR02, "Stay with it if you can. What's the worst moment?"),
    (
        MS02,
        'When the mum comes in. She comes in to see her before we close the lid, and she says, "She looks like she\'s asleep," and then she just --',
        "decoy: a turn broken off with '--' where the psychologist comes in",
    ),
    (
        DR02,
        "Sorry, I didn't mean to cut in. Go on, when you're ready.",
        "decoy: the psychologist's apology after an interruption",
    ),
    (MS02, "", "empty_turn"),
    (DR02, "It's all right. We can pause here."),
    (
        MS02,
        "She made a sound. I've heard mothers cry for twenty years and I've never heard anything like it. And I just stood there. I didn't know what to do with my hands.",
    ),
    (DR02, "Mm.", "decoy: backchannel 'Mm.' (2 of 2)"),
    (
        MS02,
        "It was in the paper, the whole thing, the accident, her name and everything. [Dr A \u2013 she says the family's surname here, I've left it out, shout if you want it in \u2013 Tansy]",
        "meta_text",
    ),
    (RAW, TIME),
    (DR02, "When you say you didn't know what to do with your hands, what does that mean to you now?"),
    (MS02, "That I failed her. The mum, I mean. I'm supposed to know what to do. That's my whole job."),
    (DR02, "What did you actually do, in the minutes after?"),
    (
        MS02,
        "I... I put my hand on her shoulder. And I stayed. I didn't go and get Percy or the tea or anything. I just stayed until she was ready.",
        "decoy: a spoken hesitation with '...'",
    ),
    (DR02, "You stayed with her."),
    (MS02, "Yes.", "decoy: a one-word answer"),
    (
        DR02,
        "If a colleague had told you that story, that she stood with a mother and kept her hand on her shoulder and didn't leave, would you say she'd failed?",
    ),
    (MS02, "No. I'd say she'd done the right thing. The only thing, really."),
    (
        DR02,
        moji(
            curly(
                "That's the bit the memory leaves out. The picture that keeps coming back at ten past two is your hands not knowing what to do. It doesn't show you staying."
            )
        ),
        "mojibake",
    ),
    (MS02, "No. It doesn't. I'd forgotten that I stayed.", "decoy: the client picks up the psychologist's word"),
    (
        MS02,
        "Can I ask you something? Do you see other people like me? Undertakers, I mean. Or is it just me who can't hack it?",
        "decoy: a client question to the psychologist",
    ),
    (
        DR02,
        "I can't talk about other people I see, but I can tell you that what you're describing is a very human response to a terrible thing, and people in caring jobs get it more, not less. It isn't a sign you can't hack it.",
        "decoy: an honest limit followed by engagement (not a refusal)",
    ),
    (MS02, "Dad would say it is.", "decoy: a short reply"),
    (DR02, "Maybe your dad had his own ways of leaving things at the door. We don't know what he carried."),
    (MS02, "That's true. Mum used to say he'd go and sit in the garage for an hour after the bad ones."),
    (
        MS02,
        "Should I be taking something to sleep? The GP offered me tablets and I said no, but I'm wondering now.",
        "decoy: a medication question",
    ),
    (
        DR02,
        "That's something to talk through with your GP, I can't advise you on tablets myself. What I can say is that the sleep often starts to settle as we work on the memory, and we can look at what you do at ten past two.",
        "decoy: a limit on medication advice followed by engagement (not a refusal)",
    ),
    (RAW, PAGE),
    (DR02, "So for this week. I'd like you to listen to today's recording once a day, all the way through."),
    (MS02, "The whole thing? Even the mum?"),
    (DR02, "Even the mum. And notice the moment you stayed. That's part of the memory too."),
    (
        MS02,
        "Listen once a day, all of it, and notice that I stayed. And write down the number at the start and the end.",
        "decoy: the client repeats the homework back",
    ),
    (
        DR02,
        "That's it. And if you wake at ten past two, I'd like you to try going in to the children once, and then going downstairs for ten minutes and writing down what came up, rather than going back in again and",
        "truncated_turn",
    ),
]


def f02() -> Doc:
    doc = Doc("02_fairweather_s6_transcript_word.txt", {DR02: T, MS02: C}, "labelled", crlf=True, encoding="cp1252")
    first = doc.add(
        "FAIRWEATHER, Verity \u2013 Session 6 of 12 (trauma-focused CBT)",
        "Clinician: Dr M. Achterberg, Clinical Psychologist, Adult Psychology Outpatients, Shrewsbury",
        "Client: Ms V. Fairweather (consent for research and teaching use on file)",
        "Date of recording: 14/02/2024    Duration: 49 min",
        "Transcribed by: Tansy Okereke, medical secretary, 19/02/2024",
        "Key: [inaudible] = could not be heard; ... = trails off; -- = cut off by the other speaker; [00:05:00] = running time",
        "",
        "[Page 1 of 5]",
        "",
    )
    doc.mark(first, "decoy: the document title")
    doc.mark(first + 1, "decoy: the header's 'Clinician:' line")
    doc.mark(first + 2, "decoy: the header's 'Client:' line (a header, not a turn)")
    doc.mark(first + 3, "decoy: the date line")
    doc.mark(first + 4, "decoy: the transcriber line")
    doc.mark(first + 5, "decoy: the transcription key")
    doc.mark(first + 7, "decoy: the page marker")
    doc.start("session 6")
    pages, minutes = 1, 0
    converted: list[tuple[str, ...]] = []
    for who, text, *tags in S02:
        if who in (DR02, MS02):
            # Word's AutoFormat (the garbled paragraph was curled before it was pasted: it has no straight quotes)
            text = curly(text)
        elif who == RAW and text == PAGE:
            pages += 1
            converted.append((RAW, f"[Page {pages} of 5]", f"decoy: the page marker of page {pages}"))
            continue
        elif who == RAW and text == TIME:
            minutes += 5
            converted.append((RAW, f"[00:{minutes:02d}:00]", "decoy: a running-time line"))
            continue
        converted.append((who, text, *tags))
    assert pages <= 5
    labelled(doc, converted, "{label}: {text}", blank=True)
    return doc


# ---------------------------------------------------------------------------
# 03 a Russian session typed from the audio by a transcriptionist for supervision and saved by Word as "Plain Text"
#    in the Cyrillic (Windows) code page: Windows-1251, CR LF. A header block (two of its lines open with the role
#    words), then "Психолог: text" / "Клиентка: text" one turn a line, no blank lines.
# ---------------------------------------------------------------------------
PS03, KL03 = "Психолог", "Клиентка"

# the client's letter, read aloud; the typist pasted it from the client's e-mail as the mail program showed it (a
# Windows-1251 message read as KOI8-R)
LETTER_03 = (
    "Артем, здравствуй. Я долго думала, что тебе написать. Я была неправа, когда говорила про Вику так, как "
    "говорила. Это твоя жизнь и твой выбор. Я очень по тебе скучаю и буду рада, если ты позвонишь. Мама."
)
# a paragraph pasted from the automatic transcript draft (UTF-8) after it had been opened as Windows-1251
DRAFT_03 = (
    "Моя мама тоже со мной не разговаривала два года, когда я вышла замуж не за того, за кого она хотела. Потом "
    "позвонила как ни в чём не бывало. Я тогда так злилась. А теперь сама такая же."
)
DUP_03 = "Давайте вернёмся к письму. Вы не обязаны его отправлять. Это может быть просто письмо для вас самой."

S03: Script = [
    (PS03, "Галина Петровна, здравствуйте. Как вы эту неделю прожили?"),
    (
        KL03,
        "Здравствуйте. Да как… По-разному. В понедельник было совсем плохо, а потом ничего, выровнялось.",
        "decoy: a hesitation with '…' inside the turn",
    ),
    (PS03, "Что было в понедельник?"),
    (
        KL03,
        "У Артёма был день рождения. Тридцать один год. Я с утра всё держала телефон в руке, думала, напишу. И не написала.",
    ),
    (PS03, "Угу.", "decoy: backchannel 'Угу.' (1 of 3)"),
    (KL03, "Вернее, написала. «С днём рождения, сынок». И стёрла. Три раза так.", "decoy: guillemets inside the turn"),
    (PS03, "Что вас останавливало?"),
    (
        KL03,
        "Что он не ответит. Или ответит что-нибудь такое, что я потом не встану. Восемь месяцев молчит, вы же знаете.",
    ),
    (PS03, "Знаю. Восемь месяцев после того разговора про свадьбу."),
    (
        KL03,
        "Да. Я же тогда не со зла. Я только хотела сказать, что --",
        "decoy: a turn broken off with '--' where the psychologist comes in",
    ),
    (PS03, "Простите, я вас перебила. Говорите.", "decoy: the psychologist's apology after an interruption"),
    (
        KL03,
        "Я сказала, что Вика ему не пара, что она его от семьи уведёт. Ну и уводит, получается.",
    ),
    (
        PS03,
        "Когда вы сейчас это говорите — «уводит», — что вы чувствуете?",
        "decoy: the psychologist quotes the client",
    ),
    (KL03, "Обиду. И стыд. Больше стыд, наверное."),
    (PS03, "Угу.", "decoy: backchannel 'Угу.' (2 of 3)"),
    (
        KL03,
        "Он мне тогда сказал: «Мама, ты всегда решаешь за меня, кто мне пара, какой институт, какая работа». И бросил трубку.",
        "decoy: the client quoting her son",
    ),
    (PS03, "«Всегда решаешь за меня». Как вам эти слова сейчас, спустя восемь месяцев?"),
    (
        KL03,
        "Раньше я думала, что это несправедливо. А сейчас… сейчас думаю, может, он и прав отчасти.",
    ),
    (PS03, "Что изменилось?"),
    (
        KL03,
        "У меня в библиотеке старшеклассницы сидят, я слышу, как они с мамами по телефону разговаривают. «Да, мам. Нет, мам. Я сама решу, мам». И я себя слышу в этих мамах.",
    ),
    (
        KL03,
        "А что вы сами хотели бы сказать Артёму, если бы знали, что он дочитает до конца?",
        "role_inversion",
    ),
    (KL03, "Что я его люблю. Что я была неправа про Вику. Хотя бы отчасти."),
    (PS03, "«Хотя бы отчасти».", "decoy: the psychologist echoes the client's words"),
    (KL03, "(смеётся) Ну да. Я же не могу так сразу.", "decoy: '(смеётся)' and 'не могу' from the client"),
    (
        KL03,
        "На работе [неразборчиво] все спрашивают, как там Артём, а я говорю: нормально, работает. Стыдно сказать.",
        "decoy: '[неразборчиво]' inside the turn",
    ),
    (PS03, "Прошлый раз мы говорили о письме. Вы хотели попробовать написать, не отправляя."),
    (KL03, "Я написала. Принесла. Можно я прочитаю?"),
    (PS03, "Конечно.", "decoy: a one-word answer"),
    (KL03, koi8(LETTER_03), "mojibake"),
    (PS03, "Спасибо. Что вы чувствовали, пока читали?"),
    (KL03, "Руки дрожат. Видите? До сих пор дрожат."),
    (PS03, "Вижу. Что в письме для вас самое трудное?"),
    (KL03, "«Я была неправа». Я эту строчку три дня писала."),
    (RAW, "Вот отредактированный фрагмент без слов-паразитов:", "meta_text"),
    (PS03, "Галина Петровна, а что будет, если он так и не ответит?"),
    (
        KL03,
        "Извините, но я не могу помочь с обработкой этого фрагмента, так как он затрагивает тему самоповреждения. Если вам или вашим близким нужна поддержка, пожалуйста, обратитесь к специалисту или на телефон доверия.",
        "refusal",
    ),
    (
        PS03,
        "Вы сказали: «Зачем я тогда вообще живу». Я хочу спросить прямо: бывают ли у вас мысли о том, чтобы уйти из жизни?",
        "decoy: a direct risk question quoting the client",
    ),
    (
        KL03,
        "Нет, что вы. Нет. У меня мама старенькая, кошка, работа. Это я так… от усталости говорю.",
        "decoy: the client's answer to the risk question",
    ),
    (
        PS03,
        "Хорошо, что вы мне так прямо отвечаете. Если такие мысли вдруг появятся, давайте договоримся: вы звоните мне или на телефон доверия, он круглосуточный, номер я вам запишу.",
        "decoy: a helpline inside the psychologist's engagement (not a refusal)",
    ),
    (KL03, "Договорились. Вам или на телефон доверия.", "decoy: the client repeats the plan back"),
    (PS03, DUP_03),
    (PS03, DUP_03, "duplicate_turn"),
    (KL03, "Я знаю. Но мне кажется, я хочу отправить. Только боюсь."),
    (PS03, "Чего больше всего боитесь?"),
    (KL03, "Что он прочитает и промолчит. Тогда всё, значит, совсем всё."),
    (PS03, "А если промолчит — что это будет значить о вас?"),
    (KL03, "Что я плохая мать. Что я всё испортила."),
    (PS03, "Вы действительно так думаете, или это говорят ваша обида и ваш страх?"),
    (KL03, "Не знаю… Наверное, страх."),
    (KL03, moji(DRAFT_03, "cp1251"), "mojibake"),
    (PS03, "Получается, вы знаете эту историю с обеих сторон."),
    (
        KL03,
        "С обеих, да. Только я маме так ничего и не сказала. Она просто позвонила, и мы сделали вид, что ничего не было.",
    ),
    (PS03, "А чего бы вы тогда хотели от неё?"),
    (KL03, "Чтобы она сказала: «Я была неправа». Одну строчку.", "decoy: the client voices the words she wanted"),
    (
        PS03,
        "Одну строчку. Ту самую, которую вы три дня писали.",
        "decoy: the psychologist links back to the client's words",
    ),
    (KL03, "(молчит) Да. Ту самую.", "decoy: '(молчит)' opening the turn"),
    (KL03, "А у вас есть дети? Извините, что спрашиваю.", "decoy: a client question to the psychologist"),
    (
        PS03,
        "Есть, дочь, она уже взрослая. И я знаю, как бывает страшно ждать ответа. Но давайте сейчас про вас и Артёма.",
        "decoy: the psychologist's brief self-disclosure (not a role inversion)",
    ),
    (KL03, "Да, конечно."),
    (PS03, "Что вам нужно, чтобы решиться отправить?"),
    (KL03, "Наверное, дождаться воскресенья. В воскресенье он обычно дома, не на работе."),
    (PS03, "И что вы будете делать после того, как отправите?"),
    (KL03, "Не сидеть с телефоном. Пойти к маме, мы давно обещали окна помыть."),
    (PS03, "Хороший план. А если он не ответит в тот же день?"),
    (KL03, "Тогда… я не знаю. Тогда буду ждать. Столько ждала, подожду ещё."),
    (PS03, "Угу.", "decoy: backchannel 'Угу.' (3 of 3)"),
    (
        KL03,
        "Значит, так: в воскресенье отправляю, телефон оставляю дома, иду к маме мыть окна. А в четверг рассказываю вам.",
        "decoy: the client repeats the plan back",
    ),
    (PS03, "Да. И если до четверга будет тяжело, вы помните, куда звонить."),
    (KL03, "Помню. Номер на холодильнике висит."),
    (PS03, "Хорошо. Тогда на сегодня…", "decoy: a trail-off where the client comes in"),
    (KL03, "Подождите, можно ещё одно?"),
    (PS03, "Конечно."),
    (
        KL03,
        "Я ещё хотела сказать, что в субботу у Вики день рождения, и я подумала, может, мне и ей",
        "truncated_turn",
    ),
]


def f03() -> Doc:
    doc = Doc("03_rasshifrovka_sessiya4_ru.txt", {PS03: T, KL03: C}, "labelled", crlf=True, encoding="cp1251")
    first = doc.add(
        "Расшифровка аудиозаписи консультации (для супервизии)",
        "Психолог: Е. В. Соколова",
        "Клиентка: Г. П., 58 лет (согласие на использование записи получено)",
        "Сессия 4, 12.03.2024, 50 мин. Расшифровала: А. Хасанова",
        "Обозначения: (…) — пауза; [неразборчиво]; -- — перебивает собеседник",
        "",
    )
    doc.mark(first, "decoy: the document title")
    doc.mark(first + 1, "decoy: a header line that opens with the psychologist's role word")
    doc.mark(first + 2, "decoy: a header line that opens with the client's role word")
    doc.mark(first + 3, "decoy: the session line")
    doc.mark(first + 4, "decoy: the transcription key")
    doc.start("session 4")
    labelled(doc, S03, "{label}: {text}", blank=False)
    return doc


# ---------------------------------------------------------------------------
# 04 a Korean counselling-research lab's transcription sheet, saved by Excel on a Korean Windows as "CSV (comma
#    delimited)": CP949 (Korean "ANSI"), CR LF, header 회기,순번,화자,발화,비고 (session, turn, speaker, utterance, note),
#    speakers 상담자 (counsellor) and 내담자 (client). The lab typed from Clova Note drafts: one row was pasted from a
#    draft opened in the wrong encoding, and one draft loop was not caught.
# ---------------------------------------------------------------------------
SA04, NA04 = "상담자", "내담자"
MEMO_04 = "※ 24분 10초~25분 30초 녹음 불량으로 전사 생략 (연구보조원 메모)"
LOOP_04 = "회사 생각만 하면 가슴이 답답해요."
CLOVA_04 = "요즘은 퇴근하고 나서도 노트북을 못 덮어요. 덮으면 뭔가 큰일이 날 것 같아서요."

# (speaker, utterance, note column, *tags); RAW rows are lines typed into the sheet by hand
S04: Sequence[tuple[str, ...]] = [
    (SA04, "안녕하세요. 지난 한 주는 어떻게 지내셨어요?", ""),
    (NA04, "그냥 그랬어요. 이번 주가 출시 전 마지막 주라서 거의 매일 밤 열한 시, 열두 시까지 있었어요.", ""),
    (SA04, "매일 밤 열두 시까지요.", "", "decoy: the counsellor echoes the client"),
    (NA04, "네. 토요일에도 나갔고요. 일요일은 그냥 하루 종일 누워 있었어요.", ""),
    (SA04, "몸은 좀 어떠세요? 지난번에 잠을 잘 못 주무신다고 하셨잖아요.", ""),
    (
        NA04,
        "요즘은 잠을 거의 못 자요. 누우면 머릿속에서 계속 버그 리스트가 돌아가요.",
        "(한숨)",
        "decoy: '(한숨)' in the note column",
    ),
    (SA04, "음.", "", "decoy: backchannel '음.' (1 of 3)"),
    (NA04, "새벽 세 시에 깨서 슬랙 알림을 확인하고, 그러고 나면 다시 못 자요.", ""),
    (SA04, "알림을 확인하고 나면 어떤 생각이 드세요?", ""),
    (NA04, "내가 뭘 놓쳤나, 내일 또 뭐가 터지려나. 그런 생각이요.", ""),
    (SA04, "출시 전이라 긴장이 계속 이어지는 것 같네요.", ""),
    (NA04, "다들 그렇게 사니까요. 저만 유난 떠는 것 같기도 하고요.", ""),
    (SA04, "유난이라고 느끼시는군요.", "", "decoy: the counsellor picks up the client's word"),
    (
        NA04,
        '팀장님이 회의 때 "다들 힘든데 너만 힘드냐"라고 하셨거든요. 웃으면서 하신 말인데 계속 생각나요.',
        "",
        "decoy: the client quoting his team lead (doubled quotes inside a quoted cell)",
    ),
    (SA04, "그 말을 들었을 때 어떠셨어요?", ""),
    (NA04, "창피했어요. 좀 화도 났고요. 근데 화낼 자격이 없는 것 같아서 그냥 웃었어요.", ""),
    (SA04, "화가 났는데, 화낼 자격은 없다고 느끼셨네요.", ""),
    (
        NA04,
        "힘든 걸 힘들다고 말하는 데도 자격이 필요하다고 느끼시는 것 같아요. 그 자격은 누가 정하는 걸까요?",
        "",
        "role_inversion",
    ),
    (NA04, "글쎄요… 제가 정하는 것 같기도 하고요.", "", "decoy: a hesitation with '…' inside the turn"),
    (SA04, "스스로 정하신다는 거네요.", ""),
    (NA04, "네, 제가 제일 엄격한 것 같아요.", "(웃음)", "decoy: '(웃음)' in the note column"),
    (SA04, "지난 회기에 퇴근 시간을 정해 보자고 했었는데, 해 보셨어요?", ""),
    (NA04, "한 번요. 화요일에 아홉 시에 나왔어요.", ""),
    (SA04, "아홉 시에 나오셨을 때 어떤 느낌이었어요?", ""),
    (NA04, "엘리베이터에서부터 죄책감이 들었어요. 팀원들은 아직 다 있는데 저만 먼저 간다는 게요.", ""),
    (NA04, LOOP_04, "", "repetition_loop"),
    (NA04, LOOP_04, "", "duplicate_turn"),
    (NA04, "회사 생각만 하면 가슴이 너무 답답해요.", "", "near_duplicate_turn"),
    (SA04, "그 답답함이 몸 어디에서 느껴지세요?", ""),
    (
        NA04,
        "여기, 명치 쪽이요. 돌이 얹혀 있는 것 같아요.",
        "(손으로 가슴을 가리킴)",
        "decoy: a gesture in the note column",
    ),
    (SA04, "지금도 느껴지세요?", ""),
    (NA04, "조금요.", "", "decoy: a short answer"),
    (SA04, "잠깐 같이 숨을 천천히 쉬어 볼까요? 넷 셀 동안 들이쉬고, 여섯 셀 동안 내쉬어 보세요.", ""),
    (NA04, "네… 조금 낫네요.", "(침묵 5초)", "decoy: '(침묵 5초)' in the note column"),
    (RAW, MEMO_04, "unparseable_line"),
    (SA04, "혹시 이렇게 힘들 때 죽고 싶다는 생각까지 드신 적이 있으세요?", "", "decoy: a direct risk question"),
    (
        NA04,
        "아니요, 그 정도는 아니에요. 그냥 어디론가 사라져서 한 달만 자고 싶다, 그런 생각은 해요.",
        "",
        "decoy: the client's answer to the risk question",
    ),
    (
        SA04,
        "솔직하게 말씀해 주셔서 고마워요. 만약 그런 생각이 더 심해지면 저한테 연락하시거나, 자살예방상담전화 109로 언제든 전화하실 수 있어요. 같이 적어 둘게요.",
        "",
        "decoy: a helpline inside the counsellor's engagement (not a refusal)",
    ),
    (NA04, "네, 109. 적어 둘게요.", "", "decoy: the client repeats the number back"),
    (SA04, "음.", "", "decoy: backchannel '음.' (2 of 3)"),
    (NA04, moji_korean(CLOVA_04), "", "mojibake"),
    (SA04, "노트북을 덮는 게 불안하시군요.", ""),
    (NA04, "네. 덮는 순간 누가 저를 찾을 것 같아요.", ""),
    (SA04, "누가 찾을 것 같으세요?", ""),
    (NA04, "", "", "empty_turn"),
    (SA04, "괜찮아요. 천천히 말씀하셔도 돼요.", ""),
    (NA04, "팀장님이요. 아니면 QA 쪽이요. 제가 없으면 안 될 것 같아요.", ""),
    (SA04, "민수 씨가 없으면 안 될 것 같다는 생각이 많이 무거우시겠어요.", ""),
    (
        NA04,
        "선생님도 이런 적 있으세요? 일 때문에 완전히 지쳐 버린 적이요.",
        "",
        "decoy: a client question to the counsellor",
    ),
    (
        SA04,
        "저도 일을 처음 시작했을 때 비슷한 시기가 있었어요. 그래서 그게 얼마나 무거운지 조금은 알 것 같아요. 오늘은 민수 씨 이야기에 집중해 볼게요.",
        "",
        "decoy: the counsellor's brief self-disclosure (not a role inversion)",
    ),
    (NA04, "네.", "", "decoy: a one-word answer"),
    (SA04, "다음 주가 출시 주인데, 이번 주에 해 볼 수 있는 작은 것 하나를 정해 볼까요?", ""),
    (NA04, "출시 주라서 퇴근 시간은 못 지킬 것 같아요.", "", "decoy: '못' (cannot) from the client (not a refusal)"),
    (SA04, "그럼 퇴근 시간 말고 다른 건요? 예를 들면 알림이요.", ""),
    (NA04, "새벽에 슬랙 알림 끄는 건 할 수 있을 것 같아요. 급하면 전화가 오니까요.", ""),
    (SA04, "좋아요. 그리고 자기 전에 노트북은 --", "", "decoy: a turn broken off with '--' where the client comes in"),
    (NA04, "아, 죄송해요. 노트북은 거실에 두고 잘게요.", "", "decoy: the client's apology after cutting in"),
    (SA04, "음.", "", "decoy: backchannel '음.' (3 of 3)"),
    (
        NA04,
        "정리하면, 밤 열한 시부터 아침 여덟 시까지 알림 끄고, 노트북은 거실에 두고, 숨쉬기는 하루에 한 번.",
        "",
        "decoy: the client repeats the plan back",
    ),
    (SA04, "네, 맞아요. 그리고 팀장님 말씀이 다시 떠오르면 오늘 한 이야기를 기억해 주세요.", ""),
    (
        NA04,
        '"힘든 걸 힘들다고 말하는 데 자격은 필요 없다." 그거요?',
        "",
        "decoy: the client quotes the counsellor's words",
    ),
    (SA04, "네, 그거요.", ""),
    (
        NA04,
        "그리고 출시 끝나면 팀장님한테 인력 얘기를 한번 해 보려고 하는데, 그때 뭐라고",
        "",
        "truncated_turn",
    ),
]


def f04() -> Doc:
    doc = Doc("04_sangdam_jeonsa_3hoegi_ko.csv", {SA04: T, NA04: C}, "csv-ko", crlf=True, encoding="cp949")
    doc.mark(doc.add(csv_row(["회기", "순번", "화자", "발화", "비고"])), "decoy: the header row")
    doc.start("3회기")
    number = 0
    for who, text, note, *tags in S04:
        if who == RAW:
            assert "," not in text and '"' not in text
            doc.mark(doc.add(text), *([note] if note else []), *tags)
            continue
        number += 1
        line = doc.add(csv_row(["3", str(number), who, text, note]))
        doc.turn(who, text, line, tags, anchor=f"3,{number},{who},")
    return doc


# ---------------------------------------------------------------------------
# 05 a research team's coding sheet from a trial of motivational interviewing for cardiac rehabilitation, saved by
#    Excel as "CSV UTF-8" (a byte-order mark, CR LF): study_id,session,turn,speaker,utterance,code. Session 1
#    (baseline) and session 2 (week 4, appended by a research assistant from the old laptop's "ANSI" export, whose only
#    non-ASCII character is a pound sign), then "1-rel", session 1 entered again with the second coder's codes.
# ---------------------------------------------------------------------------
CO05, PA05, SP05 = "Counsellor", "Participant", "Spouse"
ID05 = "HRT-117"

# (speaker, utterance, code, *tags)
S05_1: Sequence[tuple[str, ...]] = [
    (CO05, "Thanks for having me in, Clifford. Is it all right if I record this, like we said on the phone?", "Q"),
    (PA05, "Aye, go on. Pauline's made you a tea, it's on the side there.", "FN"),
    (CO05, "Lovely, thank you. So it's about eight weeks since the heart attack. How are you finding things?", "Q"),
    (
        PA05,
        "Not bad, considering. I'm off the fags, that's the main thing. Forty years and I stopped in the ambulance, near enough.",
        "CT",
    ),
    (CO05, "That's a big change to have made. Forty years.", "AF"),
    (
        PA05,
        "Didn't have much choice, did I. The cardiologist said, \"Smoke and you'll be back in here by Easter.\"",
        "CT",
        "decoy: the participant quoting his cardiologist",
    ),
    (CO05, "And the rehab classes at the leisure centre. How are you feeling about those?", "Q"),
    (
        PA05,
        "I went to the first one. All these lycra types on bikes and a woman with a clipboard shouting. I'm not a gym person, never have been.",
        "ST",
    ),
    (CO05, "It didn't feel like a place for you.", "SR", "decoy: a simple reflection"),
    (PA05, "No. I'm a joiner. I've done physical work all my life. I don't need someone timing me on a bike.", "ST"),
    (CO05, "Mm.", "FN", "decoy: backchannel 'Mm.' (1 of 3)"),
    (
        PA05,
        "And if I'm honest, I'm frightened of it. What if it goes again, there, on the bike, in front of everyone?",
        "ST",
    ),
    (
        CO05,
        "So part of you knows exercise is meant to help your heart, and part of you is scared that pushing it could bring on another attack.",
        "CR",
    ),
    (PA05, "That's it. That's it exactly.", "FN"),
    (CO05, "What do you know about what the classes are for?", "Q"),
    (
        PA05,
        "The nurse said it's to build the heart up gradual, and they watch your pulse the whole time. They've got the machine there if anything happens.",
        "CT",
    ),
    (CO05, "So it's probably one of the safest places to get your heart working.", "CR"),
    (PA05, "When you put it like that. Still don't like the bikes, mind.", "ST"),
    (CO05, "What would make it feel more like something you'd do?", "Q"),
    (
        PA05,
        "If I could walk instead. I walk Barney down the front every morning, I like that. It's the bike I can't be doing with.",
        "CT",
        "decoy: 'I can't be doing with' from the participant (not a refusal)",
    ),
    (CO05, "Walking is something you already do, and enjoy.", "SR"),
    (PA05, "Aye. Me and the dog. He's the only one who doesn't fuss over me.", "FN", "decoy: the participant's joke"),
    (
        CO05,
        "Would it be all right if I asked the rehab team whether there's a walking group instead of the bikes, and we talk about it next time?",
        "ADP",
    ),
    (PA05, "Go on then. No harm in asking.", "CT"),
]

# the second coder's codes for session 1 (the utterances are the same)
RECODE_05 = {4: "AF", 9: "CR", 17: "ST", 21: "CR"}

S05_2: Sequence[tuple[str, ...]] = [
    (CO05, "Good to see you again, Clifford. How have the last four weeks been?", "Q"),
    (
        PA05,
        "Mixed. I rang the rehab lot like you said. They've got a walking group on a Tuesday, out from the hospital.",
        "CT",
    ),
    (CO05, "You rang them yourself.", "AF"),
    (PA05, "Well, Pauline dialled. I did the talking.", "FN", "decoy: the participant corrects himself"),
    (CO05, "And how did the first walk go?", "Q"),
    (
        PA05,
        "All right, actually. There's about eight of us, all had something. One fella's had a bypass. We go round the park and a nurse walks at the back.",
        "CT",
    ),
    (CO05, "It sounds quite different from the bikes.", "SR"),
    (
        PA05,
        "Chalk and cheese. Nobody shouting. You go at your own pace and the nurse checks your pulse at the bench.",
        "CT",
    ),
    (CO05, "Mm.", "FN", "decoy: backchannel 'Mm.' (2 of 3)"),
    (
        PA05,
        "I still get the fear, mind. On the hill by the bandstand, my chest gets tight and I think, here we go.",
        "ST",
    ),
    (CO05, "What do you do when that happens?", "Q"),
    (
        PA05,
        "I stop and lean on the railing and pretend I'm looking at the ducks.",
        "FN",
    ),
    (
        PA05,
        "So the tightness on the hill still frightens you, and at the same time you've kept going back every Tuesday. Something in you wants this to work.",
        "CR",
        "role_inversion",
    ),
    (PA05, "Aye. I want to see the grandkids grow up. That's the top and bottom of it.", "CT"),
    (
        SP05,
        "He won't tell you this, but he's been getting puffed out on the stairs at night and he hides it from me.",
        "-",
        "unknown_speaker",
    ),
    (PA05, "I don't hide it. I just don't make a song and dance about it.", "ST"),
    (
        CO05,
        "It sounds like Pauline worries about you, and you'd rather not worry her. Could we talk about the stairs for a minute?",
        "CR",
    ),
    (
        PA05,
        "It's only the last few steps. And the nurse at the rehab said if I",
        "FN",
        "truncated_turn",
    ),
    (CO05, "What did the nurse say about the symptoms you should look out for?", "Q"),
    (
        PA05,
        "Pain that doesn't go when I rest, or goes down my arm, then it's the spray and if it doesn't settle, 999. I've got it written on the fridge.",
        "CT",
        "decoy: the emergency number in the participant's own plan (not a refusal)",
    ),
    (
        RAW,
        "HRT-117,2,21,Participant,Walking, mostly. Down the front, along the Humber, and back.,CT",
        "",
        "unparseable_line",
    ),
    (CO05, "And that's on the days there's no group?", "Q"),
    (
        PA05,
        ansi(
            "Most days. The class at the leisure centre is \u00a34 a go, which isn't the point, I know. It's the bikes."
        ),
        "ST",
        "encoding_error",
    ),
    (CO05, "So the walking you'd keep, and the bikes you'd rather leave.", "SR"),
    (
        PA05,
        "Yeah, well, Pauline's the one who does all the cooking now, no salt in anything. [CHECK W/ JANE - is this PT or the wife? can't tell from audio]",
        "FN",
        "meta_text",
    ),
    (CO05, "How is it, having the food change as well?", "Q"),
    (
        PA05,
        "I miss a proper bacon sandwich. But I've lost half a stone, so she must be doing something right.",
        "CT",
        "decoy: the participant's mixed feelings",
    ),
    (CO05, "Half a stone. That's a real change, and you've done it alongside the walking.", "AF"),
    (
        PA05,
        "I'm not a gym person, I'll never be a gym person. But I can do the walking.",
        "CT",
        "decoy: the participant's phrase from session 1 said again in another session",
    ),
    (PA05, "I'm not a gym person, I'll never be a gym person. But I can do the walking.", "CT", "duplicate_turn"),
    (CO05, "What would you like to keep doing between now and the next time I see you?", "Q"),
    (
        PA05,
        "The Tuesday group. Walking Barney every morning. And I'll tell Pauline when I'm puffed on the stairs, instead of hiding it.",
        "CT",
        "decoy: the participant sums up his plan",
    ),
    (
        CO05,
        "So Tuesdays with the group, Barney every morning, and telling Pauline about the stairs. That sounds like a plan that's yours.",
        "SU",
        "decoy: the counsellor's summary repeats the participant's plan",
    ),
    (PA05, "It is. Don't tell the woman with the clipboard.", "FN", "decoy: the participant's joke"),
    (CO05, "Mm.", "FN", "decoy: backchannel 'Mm.' (3 of 3)"),
]


def f05() -> Doc:
    doc = Doc(
        "05_heart_mi_coding_HRT-117.csv",
        {CO05: T, PA05: C, SP05: X},
        "csv-en",
        crlf=True,
        bom=True,
    )
    doc.mark(doc.add(csv_row(["study_id", "session", "turn", "speaker", "utterance", "code"])), "decoy: the header row")
    sessions: tuple[tuple[str, Any, dict[Any, Any], tuple[str, ...]], ...] = (
        ("1", S05_1, {}, ()),
        ("2", S05_2, {}, ()),
        ("1-rel", S05_1, RECODE_05, ("duplicate_session",)),
    )
    for session, script, recode, kinds in sessions:
        doc.start(f"session {session}", *kinds)
        number = 0
        for who, text, code, *tags in script:
            number += 1
            if who == RAW:
                assert text.startswith(f"{ID05},{session},{number},")
                doc.mark(doc.add(text), *tags)
                continue
            # the copy carries only its session-level row: its decoy notes were counted once, in session 1
            row_tags = [] if kinds else tags
            line = doc.add(csv_row([ID05, session, str(number), who, text, recode.get(number, code)]))
            doc.turn(who, text, line, row_tags, anchor=f"{ID05},{session},{number},{who},")
    return doc


# ---------------------------------------------------------------------------
# 06 a transcription platform's export of two recorded sessions, JSON Lines, ONE SEGMENT A ROW:
#    {"recording", "seg", "speaker": "Therapist"|"Client", "start", "end", "text"}; the platform's human transcribers
#    typed the text, a research assistant mapped the two voices to the roles. Session 4's mapping was done the wrong
#    way round. One row was hand-edited afterwards and lost its closing brace.
# ---------------------------------------------------------------------------
TH06, CL06 = "Therapist", "Client"

S06_3: Script = [
    (TH06, "Morning, Brodie. How've you been since last week?"),
    (CL06, "Yeah, alright. Bit rough on Thursday. Had the dream again."),
    (TH06, "The same one?"),
    (
        CL06,
        "Same one. I'm doing compressions and I look up and there's no one else on the beach. Just me and him.",
    ),
    (TH06, "And on the actual day, there were other people there."),
    (CL06, "Heaps. Kane was on the radio, the ambos got there in eleven minutes. But in the dream it's just me."),
    (TH06, "Mm.", "decoy: backchannel 'Mm.' (1 of 3)"),
    (
        CL06,
        "And I wake up counting. Out loud. Thirty compressions, two breaths. Mel reckons I did it in my sleep on Tuesday.",
    ),
    (TH06, "What's that like, waking up counting?"),
    (CL06, "Embarrassing. And I'm wrecked the next day."),
    (TH06, "Last session we talked about writing an account of the day. Did you get a chance to do that?"),
    (CL06, "I did it on Sunday. Took me about two hours. I had to keep stopping."),
    (TH06, "Two hours. That's a lot to sit with. What did you notice while you were writing it?"),
    (
        CL06,
        "That I'd forgotten heaps. Like, I'd forgotten his wife was there. She was holding his hand the whole time I was doing compressions.",
    ),
    (TH06, "His wife was there.", "decoy: the therapist echoes the client"),
    (
        CL06,
        'Yeah. She kept saying, "Come on, Pete, come on." I\'d blocked that right out.',
        "decoy: the client quoting the swimmer's wife",
    ),
    (TH06, "How was it to remember that?"),
    (
        CL06,
        "I'm sorry, but I can't assist with content that describes a person's death in graphic detail. If you're finding this difficult, please consider reaching out to a mental health professional or a support line such as Lifeline.",
        "refusal",
    ),
    (
        TH06,
        "You said it made you feel like you'd let both of them down. Can we slow down there for a sec?",
        "decoy: the therapist refers to the client's words",
    ),
    (CL06, "Yeah.", "decoy: a one-word answer"),
    (
        TH06,
        "What do you think you could have done differently, realistically, in those eleven minutes? (Sam - audio drops out here for about 5 sec, I've guessed the next bit, can you check it against the recording?)",
        "meta_text",
    ),
    (
        CL06,
        "Nothing, I guess. We did everything. The defib said no shock advised and we kept going.",
    ),
    (TH06, "You kept going."),
    (CL06, "For thirty-one minutes. Till the ambos called it."),
    (TH06, "Mm.", "decoy: backchannel 'Mm.' (2 of 3)"),
    (
        CL06,
        "The thing is, everyone says I did everything right. My boss, the ambos, the lady from the coroner's office. Doesn't make any difference.",
    ),
    (TH06, "Like there's a gap between what you know and what you feel."),
    (CL06, "Yeah. My head knows. My gut doesn't."),
    (CL06, "", "empty_turn"),
    (TH06, "Take your time. There's no rush."),
    (CL06, "Sorry.", "decoy: a one-word apology"),
    (
        TH06,
        "No need to be sorry. Can I ask how the water's been? You mentioned you'd been avoiding the beach.",
    ),
    (CL06, "I haven't been in since. I'm on the pool roster at the moment. Even the pool's hard if it's quiet."),
    (TH06, "What happens when it's quiet?"),
    (
        CL06,
        "I start scanning. Properly scanning, every lane, every thirty seconds. I can't switch it off.",
        "decoy: 'I can't' from the client (not a refusal)",
    ),
    (TH06, "That sounds exhausting."),
    (CL06, "It is. It's like I'm waiting for it to happen again."),
    (
        TH06,
        "Before we finish, I'd like to check in about safety. With everything going on, have you had any thoughts of hurting yourself or ending your life?",
        "decoy: a direct risk question",
    ),
    (
        CL06,
        "Nah. Nothing like that. I've got Mel and the dog. I just want to sleep properly.",
        "decoy: the client's answer to the risk question",
    ),
    (
        TH06,
        "Okay. If that changes, you've got my number for the daytime, and Lifeline's on 13 11 14 at night. Mel knows too, right?",
        "decoy: a helpline inside the therapist's engagement (not a refusal)",
    ),
    (CL06, "Yeah. Mel knows. 13 11 14. It's in my phone.", "decoy: the client repeats the number back"),
    (
        TH06,
        "Good. For this week, I'd like you to read the account out loud once a day, including the part with his wife.",
    ),
    (
        CL06,
        "Including the bit where she says his name. Okay. And if I start scanning at the pool I'll try the breathing, the one where you hold it for four, and then if that doesn't",
        "truncated_turn",
    ),
]

# session 4 as it was SAID; the export wrote every "Therapist" turn as "Client" and every "Client" turn as
# "Therapist" (the research assistant mapped the two voices the wrong way round)
S06_4: Script = [
    (TH06, "Hi Brodie, come in. How was the week?"),
    (
        CL06,
        "Better, weirdly. I did the reading every day. By Friday it was just... words.",
        "decoy: a hesitation with '...' inside the turn",
    ),
    (TH06, "By Friday it was just words.", "decoy: the therapist echoes the client"),
    (CL06, "Yeah. Like reading someone else's report. Still sad. But not the same punch in the guts."),
    (
        TH06,
        "That's what often happens when we go towards the memory rather than away from it. What about the part with his wife?",
    ),
    (
        CL06,
        'That was the worst bit every time. "Come on, Pete." But I noticed something on Wednesday.',
        "decoy: the client quoting the swimmer's wife again",
    ),
    (TH06, "What did you notice?"),
    (
        CL06,
        "She wasn't yelling at me. I always thought she was yelling at me to do better. She was talking to him.",
    ),
    (TH06, "She was talking to him. Not to you."),
    (CL06, "Yeah. That changed something. I cried for about an hour after. Mel thought something had happened."),
    (TH06, "Mm.", "decoy: backchannel 'Mm.' (3 of 3)"),
    (CL06, "And at the pool I tried the breathing. It's alright. I still scan heaps, though."),
    (
        TH06,
        "Scanning is part of your job. What we're looking at is whether it's the job or the fear doing the scanning.",
    ),
    (CL06, "Ha. Yeah. The fear does it at home too. I scan the bath when Mel's niece is over."),
    (TH06, "That makes sense, after what you've seen. Have you thought any more about going back on the beach?"),
    (
        CL06,
        "Kane asked if I wanted a shift at the Strand in a fortnight. I said I'd think about it.",
    ),
    (TH06, "What are you thinking so far?"),
    (CL06, "I reckon I could do an early shift, with Kane on the tower. Not the busy arvo ones."),
    (CL06, "I reckon I could do an early shift, with Kane on the tower. Not the busy arvo ones.", "duplicate_turn"),
    (TH06, "An early shift with Kane. What would make that manageable?"),
    (CL06, "Knowing I can swap out if I need to. Kane said that's fine."),
    (RAW, "And maybe going down the day before, just to stand on the sand.", "unparseable_line"),
    (TH06, "That sounds like a good step. Standing on the sand first."),
    (CL06, "Yeah. Just to look at it."),
    (CL06, "Can I ask, do you reckon I'll ever stop seeing it?", "decoy: a client question"),
    (
        TH06,
        "I can't promise it'll disappear completely, but for most people it gets a lot less sharp, and it stops running the show. That's what we're working towards.",
        "decoy: an honest limit followed by engagement (not a refusal)",
    ),
    (CL06, "Less sharp. I'll take that."),
    (
        TH06,
        "So for the next fortnight: reading the account every second day, standing on the sand on the Friday, and the early shift with Kane.",
    ),
    (
        CL06,
        "Every second day, the sand on Friday, the early shift with Kane, and I can swap out if I need to.",
        "decoy: the client repeats the plan back",
    ),
    (TH06, "Great. I'll see you after the shift."),
    (CL06, "Cheers. See ya."),
]


def f06() -> Doc:
    doc = Doc("06_lifeguard_sessions_segments.jsonl", {TH06: T, CL06: C}, "jsonl")
    recordings = (("LG_s03.m4a", S06_3, False), ("LG_s04.m4a", S06_4, True))
    for recording, script, swapped in recordings:
        doc.start(recording, *(("role_inversion",) if swapped else ()))
        clock_at, seg = 0.0, 0
        previous: dict[str, object] = {}
        for who, text, *tags in script:
            label = who
            if swapped and who != RAW:
                label = CL06 if who == TH06 else TH06
            if "duplicate_turn" in tags and previous.get("text") == text:
                row = dict(previous)  # the export bug wrote the same segment twice, seg number and times too
            else:
                seg += 1
                start = round(clock_at + 0.6, 1)
                end = round(start + duration(text), 1)
                clock_at = end
                # the hand-edited row is the client's, under the swapped label
                speaker = (TH06 if swapped else CL06) if who == RAW else label
                row = {"recording": recording, "seg": seg, "speaker": speaker, "start": start, "end": end, "text": text}
            if who == RAW:
                # the row was edited by hand to remove a surname, and its closing brace went with it
                line = doc.add(js(row)[:-1])
                doc.mark(line, *tags)
                continue
            line = doc.add(js(row))
            doc.turn(label, text, line, tags, anchor=f'"speaker": "{label}"')
            previous = row
    return doc


# ---------------------------------------------------------------------------
# 07 SRT captions of a counselling-skills assessment recording from a diploma course, made by a transcription
#    service (automatic first pass, then checked by a person), one cue a caption, "NAME: text" on one caption line:
#    a trainee counsellor and a volunteer client in a real-play. The course tutor comes in once. One cue was
#    corrected afterwards in an "ANSI" editor (lone Windows-1252 bytes in a UTF-8 file).
# ---------------------------------------------------------------------------
GW07, BR07, TU07 = "GWENDA", "BRIDGET", "TUTOR"
LOOP_07 = "Nineteen years, and I still don't know how to do the goodbyes."

S07: Script = [
    (GW07, "Hi Bridget. We've got about twenty-five minutes. Where would you like to start?"),
    (
        BR07,
        "Well. Norman and I have been fostering for nineteen years, and I think I want to stop. And I feel terrible saying it out loud.",
    ),
    (GW07, "You feel terrible saying it."),
    (BR07, "Like I'm letting everyone down. The kids, the agency. Deb, our social worker."),
    (GW07, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (1 of 3)"),
    (
        BR07,
        "We've had forty-three children through our house. Some for a weekend, some for years. Jade's been with us since she was eleven and she's sixteen now.",
    ),
    (GW07, "Forty-three children. That's a lot of your life."),
    (BR07, "[laughs] It's most of it, love. I was forty-two when we started.", "decoy: '[laughs]' opening the caption"),
    (GW07, "What's brought the question up now?"),
    (
        BR07,
        "Norman's knees, partly. He can't do the stairs like he used to. And I'm tired. I'm tired in a way I wasn't before.",
    ),
    (GW07, "Tired in a different way."),
    (
        BR07,
        "And the thing nobody tells you about fostering is that",
        "decoy: a caption continued by the same speaker's next caption",
    ),
    (BR07, "every one of them leaves. That's the job. You get them ready to leave you."),
    (GW07, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (2 of 3)"),
    (BR07, LOOP_07, "repetition_loop"),
    (BR07, LOOP_07, "duplicate_turn"),
    (BR07, "Nineteen years, and I still don't know how to do the goodbye.", "near_duplicate_turn"),
    (GW07, "The goodbyes haven't got any easier."),
    (
        BR07,
        "No. The last one was a little lad, Frankie, four years old. He went back to his nan in March. He held on to the banister and wouldn't let go.",
    ),
    (GW07, "He held on to the banister."),
    (BR07, "And I had to unpeel his fingers. One at a time. And smile while I did it.", "decoy: a spoken detail"),
    (
        GW07,
        "That sounds so painful. Having to smile for him while you were --",
        "decoy: a caption broken off with '--' where the client comes in",
    ),
    (BR07, "Sorry, I'm talking over you.", "decoy: the client's apology after cutting in"),
    (GW07, "No, please, go on.", "decoy: a short reply"),
    (
        BR07,
        "I was going to say, I went upstairs after and sat on his bed. Norman found me there two hours later. I hadn't even taken my coat off.",
    ),
    (
        GW07,
        "I was going to say to Deb, if you'd asked me twenty years ago whether I'd ever give this up, I'd have laughed in your face.",
        "role_inversion",
    ),
    (GW07, "It sounds like stopping feels like a big change in who you are."),
    (BR07, "It does. Who am I if I'm not the foster mum? That's what I keep asking."),
    (
        TU07,
        "Sorry to stop you both. The camera's just cut out. Give me two seconds. Right, it's going again. Carry on from where you were.",
        "unknown_speaker",
    ),
    (GW07, "Okay. You were saying, who are you if you're not the foster mum?", "decoy: the trainee quotes the client"),
    (BR07, "Yes. I don't know. I don't know who that is.", "decoy: a legitimate spoken repeat inside one caption"),
    (GW07, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (3 of 3)"),
    (
        BR07,
        ansi(
            "Deb said to me, \u201cYou\u2019ll always be Bridget, you just won\u2019t have a bedroom full of somebody else\u2019s socks.\u201d Which made me laugh."
        ),
        "encoding_error",
    ),
    (GW07, "How was it to hear that?"),
    (BR07, "Kind. But I'm not sure she's right. I can't picture it.", "decoy: 'I can't' from the client"),
    (GW07, "What would a day look like, if you stopped?"),
    (
        BR07,
        "Quiet. Too quiet, maybe... I'd probably go back to the allotment. Norman's been on at me for years.",
        "decoy: a hesitation with '...' inside the caption",
    ),
    (GW07, "And what about Jade? Where does she fit in this?"),
    (
        BR07,
        "Oh, Jade stays. That's not even a question. She can stay until she's twenty-one if she wants, that's the staying put scheme.",
    ),
    (GW07, "So whatever you decide, Jade stays."),
    (BR07, "Jade stays. It's the new ones I'd be saying no to. The phone ringing at eleven at night."),
    (
        BR07,
        "Can I ask you something? Do you think I'm being selfish? Just tell me.",
        "decoy: a client question asking for a verdict",
    ),
    (
        GW07,
        "I can't tell you whether you should stop, that has to be your decision. But I'm noticing you've used the word selfish about someone who's looked after forty-three children.",
        "decoy: an honest limit followed by engagement (not a refusal)",
    ),
    (BR07, "When you put it like that. [laughs]", "decoy: '[laughs]' closing the caption"),
    (GW07, "What would you say to a friend who'd done what you've done and wanted to stop?"),
    (
        BR07,
        "I'd say, \"You've done your bit, more than your bit. Go and grow some runner beans.\"",
        "decoy: the client's kind words for an imagined friend (not a role inversion)",
    ),
    (GW07, "Go and grow some runner beans.", "decoy: the trainee echoes the client"),
    (BR07, "I know. I know. I'd never say it to myself."),
    (GW07, "We've got a few minutes left. What would you like to take away from today?"),
    (
        BR07,
        "That it's allowed. That I can talk to Deb about it without it meaning I've failed. And that Jade stays either way.",
    ),
    (
        GW07,
        "So talking to Deb, that it's allowed, and Jade stays either way.",
        "decoy: the trainee's summary repeats the client",
    ),
    (
        BR07,
        "Talk to Deb. Jade stays. And maybe I'll ring the allotment people about the waiting list while I'm at it.",
        "decoy: the client repeats her plan back",
    ),
    (GW07, "That sounds like a lot of care for yourself, for once."),
    (
        BR07,
        "For once. Norman will fall off his chair. And the other thing I wanted to say before we finish is that when Frankie's nan rang last week to say he was settled, I",
        "truncated_turn",
    ),
]


def f07() -> Doc:
    doc = Doc("07_skills_assessment_GW_BR_captions.srt", {GW07: T, BR07: C, TU07: X}, "srt")
    doc.start("assessment recording")
    clock_at = 1.5
    for number, (who, text, *tags) in enumerate(S07, 1):
        start = clock_at
        end = round(start + duration(text), 3)
        clock_at = round(end + 0.8, 3)
        first = doc.add(str(number), f"{clock(start, ',')} --> {clock(end, ',')}")
        if number in (1, 15, 29):
            doc.mark(first, f"decoy: the cue number {number}, not a turn")
        line = doc.add(f"{who}: {text}")
        doc.turn(who, text, line, tags, anchor=f"{who}:")
        if number < len(S07):
            doc.add("")
    return doc


# ---------------------------------------------------------------------------
# 08 the CLEAN file: a session typed by a clinic's administrator from the audio, two header lines, then
#    "Therapist: text" / "Client: text" with a blank line after each turn. No truth row.
# ---------------------------------------------------------------------------
TH08, CL08 = "Therapist", "Client"

S08: Script = [
    (TH08, "Hello again, Roland. Come and sit down. How's the week been?"),
    (CL08, "Up and down. Mostly down, if I'm honest."),
    (TH08, "Tell me about the down bits."),
    (
        CL08,
        "Sandra's sister had her locks done by another firm. Wanted to save me the bother, she said. I was livid. That's my job.",
        "decoy: the client reports his sister-in-law's words",
    ),
    (TH08, "What was it that made you livid?"),
    (
        CL08,
        "That everyone's tiptoeing round me. Like I'm made of glass. Twenty-six years I've been opening doors for people in this city.",
    ),
    (TH08, "And now it feels like people have decided for you what you can handle."),
    (CL08, "Yeah. That's it."),
    (TH08, "Mm.", "decoy: backchannel 'Mm.' (1 of 3)"),
    (
        CL08,
        "I know they mean well. But I'm not the one who did anything wrong. He's the one who should be tiptoeing.",
    ),
    (
        TH08,
        "Last time we started going through the night of the callout. Would you be okay to pick it up from the stairs?",
    ),
    (CL08, "Go on. I've been thinking about it all week anyway."),
    (TH08, "So it's twenty to one, you've parked on the street. What's happening?"),
    (
        CL08,
        "I've parked outside the flats at Devonport, it's chucking it down. He's in the doorway with his hood up. Says he's locked out, his keys are inside on the side.",
    ),
    (TH08, "And what do you do?"),
    (
        CL08,
        "What I always do. I ask for ID, he says it's in the flat, which is normal, half of them say that. I go up the stairs ahead of him.",
    ),
    (TH08, "Ahead of him."),
    (
        CL08,
        "That's the bit I keep going back to. Why did I go first? I never go first. I always let them lead.",
    ),
    (TH08, "What happens at the door?"),
    (
        CL08,
        "I'm on my knees with the picks, torch in my mouth, and he's behind me on the landing, and I hear his feet shift and I think --",
        "decoy: a turn broken off with '--' where the therapist comes in",
    ),
    (TH08, "Sorry, go on. I didn't mean to jump in.", "decoy: the therapist's apology after an interruption"),
    (CL08, "No, it's all right. I think, he's too close. And then he hit me. With a bottle, they reckon."),
    (TH08, "What's the number now, nought to a hundred?"),
    (CL08, "Seventy. My neck's gone tight."),
    (TH08, "Stay with it. What happens next?"),
    (
        CL08,
        "Next thing I'm on the landing and the van keys are gone and so is the van. Neighbour found me. Young lass, nurse, on her way back from a night shift.",
    ),
    (TH08, "A neighbour found you."),
    (
        CL08,
        "She sat with me on the stairs till the ambulance came. Kept saying, \"You're all right, my love, you're all right.\" Never got her name.",
        "decoy: the client quoting the neighbour",
    ),
    (TH08, "What's the number now?"),
    (CL08, "Fifty. Less. Funny, that bit always brings it down."),
    (TH08, "That's worth noticing. The memory has her in it too, not only him."),
    (CL08, "I'd never thought of it like that.", "decoy: the client takes up the therapist's point"),
    (TH08, "Let's go back to the question you asked. Why did I go first?"),
    (
        CL08,
        "I just... I don't know. I was tired. It was raining. I wanted to get home.",
        "decoy: a hesitation with '...' inside the turn",
    ),
    (TH08, "You were tired, it was raining and you wanted to get home."),
    (CL08, "Doesn't sound like much of an excuse when you say it back.", "decoy: the client on the therapist's echo"),
    (TH08, "I wasn't thinking of it as an excuse. I was thinking it sounds like a very ordinary night."),
    (CL08, "[pause] Yeah. It was. Just an ordinary night.", "decoy: '[pause]' opening the turn"),
    (
        TH08,
        "Would you hold him responsible if he'd done the same to a colleague who went first up the stairs?",
    ),
    (CL08, "Course I would. It's on him. Not on Terry or whoever."),
    (TH08, "And on you?"),
    (CL08, "Dunno", "decoy: a one-word answer without a full stop"),
    (TH08, "Take your time."),
    (CL08, "It's on him. My head knows it's on him. I'm just not there yet."),
    (
        CL08,
        "Can I ask you something? Have you ever been attacked? Or is this all out of a book?",
        "decoy: a client question to the therapist",
    ),
    (
        TH08,
        "Not like you were. I was mugged once as a student, which isn't the same thing at all. Most of what I know comes from the people I've sat with, and from you.",
        "decoy: the therapist's brief self-disclosure (not a role inversion)",
    ),
    (CL08, "Fair enough. Honest answer, anyway.", "decoy: a short reply"),
    (TH08, "How's the sleep been this week?"),
    (
        CL08,
        "Better than it was. I wake at twenty to one most nights, but I can get back off now. Sandra says I've stopped checking the doors three times.",
        "decoy: the client reports his wife's words",
    ),
    (TH08, "That's a change. Twice?"),
    (CL08, "Twice. [laughs] Baby steps.", "decoy: '[laughs]' inside the turn"),
    (TH08, "And the night callouts?"),
    (
        CL08,
        "I'm not going out after dark. Not yet. I've told the lads, anything after eight goes to Terry.",
    ),
    (TH08, "What does that cost you?"),
    (
        CL08,
        "Money, for one. And I feel like half a locksmith. The after-dark jobs are the ones where people really need you.",
    ),
    (TH08, "Mm.", "decoy: backchannel 'Mm.' (2 of 3)"),
    (
        CL08,
        "The police rang, by the way. They've got someone. A lad with three others like mine. It's going to court in the summer.",
    ),
    (TH08, "How was it to hear that?"),
    (
        CL08,
        "Relief. And sick. Will they believe me? Will he get off? You can't tell me that, can you.",
        "decoy: a client question ending with a full stop",
    ),
    (
        TH08,
        "I can't tell you what the court will decide. What I can do is help you get ready for it, so that whatever happens there, it doesn't get to run your nights again.",
        "decoy: an honest limit followed by engagement (not a refusal)",
    ),
    (CL08, "I'd like that."),
    (
        TH08,
        "Can I check in about how low things have got? When you're at your lowest, do you ever have thoughts of ending your life?",
        "decoy: a direct risk question",
    ),
    (
        CL08,
        "No. Angry, yeah. Low, sometimes. But no. I've got Sandra and the grandkids, and I want to see that lad in the dock.",
        "decoy: the client's answer to the risk question",
    ),
    (
        TH08,
        "Thank you. If that ever changes, you can call me here in the day, and at night NHS 111 and press 2 gets you the mental health line. I'll put it on your sheet.",
        "decoy: a crisis line inside the therapist's engagement (not a refusal)",
    ),
    (CL08, "111, press 2. Right.", "decoy: the client repeats the number back"),
    (TH08, "So, for this week."),
    (
        TH08,
        "I'd like you to listen to today's recording once a day, and notice the neighbour as well as him.",
        "decoy: the therapist's second turn in a row",
    ),
    (CL08, "The young lass on the stairs. Okay."),
    (TH08, "And would you be willing to do one callout after dark? A short one, somewhere you know."),
    (
        CL08,
        "I'm not going out after dark.",
        "decoy: the client says again the first sentence of an earlier turn (a spoken repeat)",
    ),
    (TH08, "Not yet."),
    (
        CL08,
        "Not yet. All right. Maybe a seven o'clock one, in a street I know. With my phone on Sandra.",
        "decoy: the client softens his refusal (not a refusal kind)",
    ),
    (TH08, "Mm.", "decoy: backchannel 'Mm.' (3 of 3)"),
    (
        CL08,
        "Recording every day, notice the nurse. One seven o'clock job in a street I know, phone on to Sandra.",
        "decoy: the client repeats the plan back",
    ),
    (TH08, "That's it. How are you feeling, leaving today?"),
    (CL08, "Tired. Like I've done a day's work. But lighter, a bit."),
    (TH08, "Good. I'll see you next Thursday, same time."),
    (CL08, "Cheers. Thanks for today.", "decoy: the client's thanks"),
]


def f08() -> Doc:
    doc = Doc(CLEAN_FILE, {TH08: T, CL08: C}, "labelled")
    first = doc.add(
        "Session 4 \u2013 R.B. \u2013 typed from the audio by the admin team, 11 April 2024",
        "Conventions: [pause], [laughs]; -- where someone is cut off; ... trailing off",
        "",
    )
    doc.mark(first, "decoy: the header line")
    doc.mark(first + 1, "decoy: the conventions line")
    doc.start("session 4")
    labelled(doc, S08, "{label}: {text}", blank=True)
    return doc


# ---------------------------------------------------------------------------
# 09 WebVTT captions of a video session from a rural psychological-therapies service: the video platform's
#    automatic captions, corrected line by line by the clinic's administrator, "<v Name>text" (names only), a NOTE
#    block. The connection dropped once.
# ---------------------------------------------------------------------------
RO09, EW09 = "Rory", "Ewan"
DUP_09 = "I keep going over the forecast. I read it that morning, same as him. Wind dropping by midday."

S09: Script = [
    (RO09, "Can you hear me okay, Ewan? The picture's a bit grainy this end."),
    (EW09, "Yeah, I've got you. The signal's never great up here. I'm sat in the van at Glenmore."),
    (RO09, "That's fine. If it drops, I'll ring you back. How have the last two weeks been?"),
    (
        EW09,
        "Busy. I've been back instructing, the kids' groups, ghyll scrambling on the lower stuff. Nothing above the tree line.",
    ),
    (RO09, "Nothing above the tree line."),
    (EW09, "Not yet. I tell the centre it's my knee.", "decoy: a short statement ending in a full stop"),
    (RO09, "Mm.", "decoy: backchannel 'Mm.' (1 of 3)"),
    (
        EW09,
        "It's not my knee. It's that every time I look up at the corries I see the line he was on.",
    ),
    (RO09, "Struan's line."),
    (
        EW09,
        "Yeah. We were meant to do it together that Saturday. I pulled out on the Friday night because I had a cold. A cold.",
    ),
    (RO09, "And he went with someone else."),
    (
        EW09,
        'With a lad from the club who\'d never been on it. Struan texted me from the car park, "See you at the pub, ya numpty." That was the last thing.',
        "decoy: the client quoting his friend's text",
    ),
    (RO09, '"See you at the pub."', "decoy: the counsellor quotes the client"),
    (EW09, "[laughs] Typical him. He called everyone a numpty.", "decoy: '[laughs]' opening the cue"),
    (RO09, "What goes through your mind when you read that text now?"),
    (EW09, "That if I'd gone, I'd have been leading that pitch. Not him. And I'd have seen the cornice."),
    (RO09, "You'd have seen it."),
    (
        EW09,
        "I don't know. Maybe. That's the thing, nobody knows. Mountain rescue said it went without any warning at all.",
    ),
    (EW09, DUP_09),
    (EW09, DUP_09, "duplicate_turn"),
    (RO09, "So you read the same forecast he read."),
    (
        EW09,
        "Same forecast. Same conditions report. We'd have made the same call, him and me.",
    ),
    (RO09, "Mm.", "decoy: backchannel 'Mm.' (2 of 3)"),
    (
        EW09,
        "What would it mean, if you'd have made the same call and the cornice would still have gone?",
        "role_inversion",
    ),
    (EW09, "That it wasn't about me having a cold. That it was going to go anyway."),
    (RO09, "How does that land, saying it out loud?"),
    (EW09, "Strange. Lighter. And worse, somehow. Because then there's nothing to fix.", "decoy: verbless fragments"),
    (RO09, "Nothing to fix."),
    (
        EW09,
        "If it's my fault, at least it makes sense. If it's just the mountain, then it's just... random.",
        "decoy: a hesitation with '...' inside the cue",
    ),
    (RO09, "It sounds like blaming yourself is a way of holding on to some control."),
    (EW09, "Aye. Maybe."),
    (
        EW09,
        moji(
            "Struan\u2019s mum asked me to do the reading at the funeral. I couldn\u2019t get through it. I had to stop twice."
        ),
        "mojibake",
    ),
    (RO09, "You couldn't get through it."),
    (EW09, "", "empty_turn"),
    (RO09, "Take your time, Ewan. I'm still here."),
    (
        EW09,
        "Sorry. I'm okay. It's just, his mum held my hand after and said, \"He'd have done the same for you.\" And I thought, he would have. He'd have gone up anyway.",
        "decoy: the client quoting his friend's mother",
    ),
    (
        RO09,
        "Can I ask something directly? When it gets this heavy, do you ever have thoughts of ending your life?",
        "decoy: a direct risk question",
    ),
    (
        EW09,
        "No. Honestly, no. I think about him a lot, not about that.",
        "decoy: the client's answer to the risk question",
    ),
    (
        RO09,
        "Thank you for being straight with me. If it ever did, you've got my number, and Breathing Space is on 0800 83 85 87 in the evenings. You could also call 111.",
        "decoy: helplines inside the counsellor's engagement (not a refusal)",
    ),
    (EW09, "Breathing Space. Aye, I've got it in the van.", "decoy: the client repeats the line's name"),
    (RO09, "What would Struan say, if he saw you staying below the tree line?"),
    (
        EW09,
        "He'd say I was being a numpty. [laughs] He'd say the hill doesn't care about your feelings, it cares about your crampons.",
        "decoy: the client voices his friend",
    ),
    (RO09, "That sounds like him."),
    (
        EW09,
        "It does. I could maybe go up to the coire floor. Not climb. Just walk in and look at it. With someone from the club.",
    ),
    (
        EW09,
        "I could maybe go up to the coire floor. Not climb, just walk in and look at it, with someone from the club.",
        "near_duplicate_turn",
    ),
    (RO09, "Walking in to the coire floor, with someone from the club, not climbing."),
    (
        EW09,
        "And I want to tell the centre it's not my knee. I'm fed up of the --",
        "decoy: a cue broken off with '--' where the counsellor comes in",
    ),
    (RO09, "Sorry, the delay got me. Go on.", "decoy: the counsellor's apology after cutting in"),
    (EW09, "Fed up of the knee story. I'll tell my manager it's about Struan."),
    (RO09, "Mm.", "decoy: backchannel 'Mm.' (3 of 3)"),
    (
        EW09,
        "I was going to ask whether you think I should stop instructing altogether for a bit, because some days when the kids are on the rope and I",
        "truncated_turn",
    ),
    (RO09, "You froze there for a bit. Are you back with me?", "decoy: talk about the frozen connection"),
    (EW09, "I'm back. The signal went. Where were we?", "decoy: the client asks where they were"),
    (RO09, "The plan for the next fortnight. Do you want to say it back to me?"),
    (
        EW09,
        "Walk in to the coire floor with someone from the club. Tell the centre it's not my knee. And text you after.",
        "decoy: the client repeats the plan back",
    ),
    (RO09, "That's it. Same time in two weeks, then."),
    (EW09, "Cheers, Rory. See you then.", "decoy: the client's thanks"),
]


def f09() -> Doc:
    doc = Doc("09_telehealth_captions_ewan_s3.vtt", {RO09: T, EW09: C}, "vtt")
    doc.add("WEBVTT", "")
    first = doc.add(
        "NOTE",
        "Auto-captions corrected by the clinic admin team. Speaker names added by hand.",
        "Session 3, video call, 08/02/2024.",
        "",
    )
    doc.mark(first + 1, "decoy: the NOTE block's text, not a turn")
    doc.start("session 3")
    clock_at = 4.0
    for number, (who, text, *tags) in enumerate(S09, 1):
        start = clock_at
        end = round(start + duration(text), 3)
        clock_at = round(end + (9.0 if "truncated_turn" in tags else 0.7), 3)
        doc.add(f"{clock(start, '.')} --> {clock(end, '.')}")
        line = doc.add(f"<v {who}>{text}")
        doc.turn(who, text, line, tags, anchor=f"<v {who}>")
        if number < len(S09):
            doc.add("")
    return doc


# ---------------------------------------------------------------------------
# 10 NOT A TRANSCRIPT: the trial's transcription protocol, saved as text and filed by mistake with the transcripts.
#    It describes the labels and conventions in prose and holds no dialogue (unparseable_file, line 0).
# ---------------------------------------------------------------------------
PROTOCOL_10 = [
    "HEIGHTS Trial \u2013 Transcription Protocol, version 3 (approved by the trial management group, January 2024)",
    "",
    "1. Purpose",
    "This protocol tells study transcriptionists how to turn the audio of therapy sessions into text for the process",
    "evaluation. Every transcript is checked by a second person against the audio before it is analysed.",
    "",
    "2. Files",
    "Name each file with the participant ID, the session number and the labels used, for example HT3-042_s5_TC.txt.",
    "Save as plain text (UTF-8). Do not paste from other programs; if you must, paste as unformatted text.",
    "",
    "3. Speaker labels",
    "Start each turn on a new paragraph with the speaker's initial and a colon: T for the therapist, C for the client.",
    "Anyone else who speaks (reception staff, a family member) gets an initial that is explained in the key at the top.",
    "Client names: replace every name that could identify the participant with [NAME], and places with [PLACE].",
    "",
    "4. Conventions",
    "Write what is said, including um and erm, false starts and repeated words. Do not tidy the grammar.",
    "Mark a turn that trails off with three dots and a turn cut off by the other speaker with two hyphens.",
    "Put sounds and actions in square brackets, e.g. [laughs], [crying], [door], and unclear speech as [inaudible].",
    "Do not use AI tools or online services to transcribe, summarise or tidy any part of a session.",
    "",
    "5. Risk",
    "If you hear anything that suggests a participant may be at risk, tell the trial manager the same day,",
    "even if the therapist appears to have dealt with it in the session.",
    "",
    "6. Checklist before upload",
    "Header complete; key lists every label used; no real names; file opens without errors; second check booked.",
]


def f10() -> Doc:
    doc = Doc(NOT_A_TRANSCRIPT, {}, "text")
    first = doc.add(*PROTOCOL_10)
    doc.whole_file("unparseable_file")
    doc.mark(first + PROTOCOL_10.index("3. Speaker labels") + 1, "decoy: a protocol line naming the T and C labels")
    names = next(index for index, text in enumerate(PROTOCOL_10) if text.startswith("Client names:"))
    doc.mark(first + names, "decoy: a protocol line that opens with 'Client names:'")
    return doc


BUILDERS: tuple[Callable[[], Doc], ...] = (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10)
# the files not in English, and their languages
NOT_ENGLISH = {"03_rasshifrovka_sessiya4_ru.txt": "Russian", "04_sangdam_jeonsa_3hoegi_ko.csv": "Korean"}
# UTF-8 files that hold lone bytes invalid in UTF-8
INVALID_UTF8 = {
    "01_heights_trial_HT3-042_s5_TC.txt",
    "05_heart_mi_coding_HRT-117.csv",
    "07_skills_assessment_GW_BR_captions.srt",
}


# ---------------------------------------------------------------------------
# self-checks (of this writer, not of any detector)
# ---------------------------------------------------------------------------
def check_repeats(doc: Doc) -> None:
    """Every same-role repeat of a substantial turn in a session is marked (or is a noted spoken repeat)."""
    for session in doc.sessions:
        seen: list[Turn] = []
        for index, turn in enumerate(session.turns):
            earlier = [t for t in seen if t.role == turn.role and t.text.strip()]
            exact = any(t.text == turn.text for t in earlier)
            close = any(similar(t.text, turn.text) for t in earlier)
            near = any(related(t.text, turn.text) for t in earlier)
            marked = set(turn.kinds) & REPEAT_KINDS
            legit = any(LEGIT in note for note in turn.notes)
            if substantial(turn.text) and (exact or close):
                assert marked or legit, f"{doc.name}:{turn.line} unmarked repeat {turn.text[:50]!r}"
            if legit:
                assert (exact or close) and not marked, f"{doc.name}:{turn.line} a noted repeat that is none"
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


SRT_TIMING = re.compile(r"^\d{2}:\d{2}:\d{2},\d{3} --> \d{2}:\d{2}:\d{2},\d{3}$")
VTT_TIMING = re.compile(r"^\d{2}:\d{2}:\d{2}\.\d{3} --> \d{2}:\d{2}:\d{2}\.\d{3}$")


def check_format(doc: Doc, data: str, physical: Sequence[str]) -> None:
    """The container reads as its layout says, and gives back exactly the turns written."""
    turns = [t for s in doc.sessions for t in s.turns]
    unparseable = {line for line, kind in doc.truth if kind == "unparseable_line"}
    if doc.layout in ("csv-ko", "csv-en"):
        width, speaker = (5, 2) if doc.layout == "csv-ko" else (6, 3)
        records = list(csv.reader(io.StringIO(data, newline="")))
        assert len(records) == len(physical), doc.name
        for number, record in enumerate(records, 1):
            assert (len(record) != width) == (number in unparseable), (doc.name, number, len(record))
        for turn in turns:
            record = records[turn.line - 1]
            assert record[speaker : speaker + 2] == [turn.label, turn.text], (doc.name, turn.line)
        assert len(turns) + len(unparseable) + 1 == len(records), doc.name
    elif doc.layout == "jsonl":
        by_line = {t.line: t for t in turns}
        for number, text in enumerate(physical, 1):
            try:
                record = json.loads(text)
            except json.JSONDecodeError:
                assert number in unparseable, (doc.name, number)
                continue
            assert number not in unparseable, (doc.name, number)
            turn = by_line[number]
            assert (record["speaker"], record["text"]) == (turn.label, turn.text), (doc.name, number)
            assert record["start"] < record["end"], (doc.name, number)
        assert len(by_line) + len(unparseable) == len(physical), doc.name
    elif doc.layout == "srt":
        blocks = data.split("\n\n")
        assert len(blocks) == len(turns), doc.name
        for number, (block, turn) in enumerate(zip(blocks, turns, strict=True), 1):
            cue = block.strip("\n").split("\n")
            assert len(cue) == 3 and cue[0] == str(number) and SRT_TIMING.match(cue[1]), (doc.name, number)
            assert cue[2] == f"{turn.label}: {turn.text}".rstrip(), (doc.name, number)
            assert physical[turn.line - 1] == cue[2], (doc.name, turn.line)
    elif doc.layout == "vtt":
        blocks = data.split("\n\n")
        assert blocks[0] == "WEBVTT" and blocks[1].startswith("NOTE\n"), doc.name
        cues = blocks[2:]
        assert len(cues) == len(turns), doc.name
        for block, turn in zip(cues, turns, strict=True):
            cue = block.strip("\n").split("\n")
            assert len(cue) == 2 and VTT_TIMING.match(cue[0]), (doc.name, turn.line)
            assert cue[1] == f"<v {turn.label}>{turn.text}", (doc.name, turn.line)
            assert physical[turn.line - 1] == cue[1], (doc.name, turn.line)
    elif doc.layout == "text":
        assert not turns and not doc.sessions, doc.name
    else:
        assert doc.layout == "labelled", doc.layout
        for turn in turns:
            assert physical[turn.line - 1] == f"{turn.label}: {turn.text}".rstrip(), (doc.name, turn.line)


def check_written(doc: Doc, out: Path) -> list[str]:
    raw = (out / doc.name).read_bytes()
    assert raw.startswith(codecs.BOM_UTF8) == doc.bom, doc.name
    if doc.bom:
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        raw.decode("utf-8")
        valid = True
    except UnicodeDecodeError:
        valid = False
    if doc.encoding == "utf-8":
        assert valid == (doc.name not in INVALID_UTF8), doc.name
        data = raw.decode("utf-8", "surrogateescape")
        # a UTF-8 reader that replaces each invalid byte sees the same number of lines
        assert raw.decode("utf-8", "replace").count("\n") == data.count("\n"), doc.name
    else:
        # a legacy code page that is really needed: the file is not valid UTF-8
        assert not valid and doc.name not in INVALID_UTF8, doc.name
        data = raw.decode(doc.encoding)
    physical = data.split("\n")
    assert physical[-1] == "", doc.name
    physical = physical[:-1]
    if doc.crlf:
        assert all(line.endswith("\r") for line in physical), doc.name
        physical = [line[:-1] for line in physical]
    assert "\r" not in "".join(physical), doc.name
    assert physical == doc.out, doc.name
    turns = [t for s in doc.sessions for t in s.turns]
    turn_lines = [t.line for t in turns]
    assert len(turn_lines) == len(set(turn_lines)), f"{doc.name}: two turns on one line"
    for row_line, kind in doc.truth:
        if kind in FILE_KINDS:
            assert row_line == 0, (doc.name, kind)
            continue
        assert (row_line in turn_lines) != (row_line in doc.line_rows), (doc.name, row_line)
    truth_lines = {line for line, _ in doc.truth}
    for decoy_line, note in doc.decoys:
        assert 1 <= decoy_line <= len(physical), (doc.name, decoy_line)
        assert decoy_line not in truth_lines, (doc.name, decoy_line, note)
    for turn in turns:
        assert turn.anchor in physical[turn.line - 1], (doc.name, turn.line, turn.anchor)
    for line in doc.line_rows:
        # a meta_text or unparseable_line row on a line of its own really holds text that is no turn
        assert physical[line - 1].strip() and line not in turn_lines, (doc.name, line)
    check_format(doc, "\n".join(physical) + "\n", physical)
    return physical


def check_truth_text(doc: Doc, physical: Sequence[str]) -> None:
    """Each truth row's line really holds the text its kind describes."""
    for line, kind in doc.truth:
        if kind in FILE_KINDS:
            assert not doc.sessions, (doc.name, kind)
            continue
        here = physical[line - 1]
        turns = [t for s in doc.sessions for t in s.turns if t.line == line]
        hits = [t for t in turns if kind in t.kinds]
        if kind in SESSION_KINDS and not hits:
            session = next(s for s in doc.sessions if s.turns and s.turns[0].line == line)
            assert kind in session.kinds, (doc.name, line, kind)
            continue
        if kind in LINE_KINDS and not hits:
            assert line in doc.line_rows, (doc.name, line)
            continue
        assert len(hits) == 1, (doc.name, line, kind)
        turn = hits[0]
        if kind == "empty_turn":
            assert not turn.text, (doc.name, line)
            continue
        if kind == "unknown_speaker":
            assert turn.role == X and turn.label in here, (doc.name, line)
        # the turn's text stands on its line (inside JSON or CSV quoting where the layout has it)
        probe = turn.text[:40]
        found = probe in here or json.dumps(probe, ensure_ascii=False)[1:-1] in here
        assert found or (doc.layout.startswith("csv") and probe.replace('"', '""') in here), (doc.name, line, kind)


def shown(text: str, width: int = 118) -> str:
    text = "".join(f"\\x{ord(ch) - 0xDC00:02x}" if "\udc80" <= ch <= "\udcff" else ch for ch in text)
    text = " ".join(text.split())
    if len(text) > width:
        text = text[: width - 45] + " ... " + text[-40:]
    return text


def show_row(doc: Doc, physical: Sequence[str], line: int, kind: str) -> str:
    if line == 0:
        return shown(f"[whole file] {physical[0]}")
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
    if doc.layout in ("labelled", "srt", "vtt"):
        return shown(here if turn.text.strip() else f"{here.strip()}  (empty)")
    return shown(f"[{turn.label}] {text}")


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or (len(argv) == 3 and argv[2] != "--show"):
        print("usage: python blind/twentyfourth_defect_cases.py OUT_DIR [--show]", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    docs = [build() for build in BUILDERS]
    assert len({doc.name for doc in docs}) == len(docs)
    rows: list[tuple[str, int, str]] = []
    decoys = 0
    for doc in docs:
        (out / doc.name).write_bytes(doc.render())
        check_repeats(doc)
        physical = check_written(doc, out)
        check_truth_text(doc, physical)
        rows.extend((doc.name, line, kind) for line, kind in doc.truth)
        decoys += len(doc.decoys)
        turns = sum(len(s.turns) for s in doc.sessions)
        if doc.name == CLEAN_FILE:
            assert not doc.truth and turns >= 70, (doc.name, turns)
        elif doc.name == NOT_A_TRANSCRIPT:
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
    for name in NOT_ENGLISH:
        kinds_here = {kind for row_name, _, kind in rows if row_name == name}
        assert "mojibake" in kinds_here, (name, kinds_here)
    turns = sum(len(s.turns) for doc in docs for s in doc.sessions)
    print(f"wrote {len(docs)} files ({turns} turns) and {len(rows)} truth rows to {out}")
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    print(f"decoys: {decoys} (all on lines without a truth row)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
