# ruff: noqa: E501, RUF001, RUF002, RUF003
r"""Twenty-ninth set of blind defect cases for the transcript-cleaning product: BYTES AND ENCODINGS as real dumps arrive.

Blind conditions, as followed. The only things read were: the first 15 lines of benchmarks/blind_defects.py (the
interface, printed with ``head -n 15``); a listing of blind/ (``ls -la /work/main/blind`` at the start, and near the end
``ls -la`` of it piped through ``grep -v twentyeighth`` and ``tail``, with an ``ls | grep -c twentyeighth`` that counted
0: blind/twentyeighth_defect_cases.py, which another writer is making at the same time, was in neither listing and was
never opened, and every grep below was filtered with ``grep -v twentyeighth``); /work/shared/README.md (``cat``); the
``[tool.ruff]`` settings of pyproject.toml (a ``.venv`` python ``tomllib`` one-liner that printed
``data['tool']['ruff']`` and nothing else); the docstrings of ALL twenty-seven earlier case writers in blind/ (printed
with ``ast.get_docstring`` by a ``.venv`` python snippet into /tmp/s25f/docstrings.txt, measured with ``wc -l``, a
``grep -n`` of that file's own separator lines and an ``awk`` of its longest line, then paged with ``sed`` in twenty
ranges of 200 lines (the last of 205), none of which came back cut) for the interface, the truth conventions (file,
line, defect_type; session-level rows at the session's first turn; file-level rows at line 0; info-level kinds not
marked), the defect kind names and the containers, names, places, languages and topics already used; and the code of
blind/twentyseventh_defect_cases.py, the model this file follows, paged with ``sed`` only (its lines 1-5, 225-1700,
1760-1860 and 2300 to its end, in thirteen ranges: imports, constants, text helpers, the document builder, its files 01
to 05 with their builders, most of 06's script and part of 07's, file 09's builder, file 10, the self-checks,
``show_row`` and ``main``; lines 1701-1759 and 1861-2299 were never shown; it was never grepped). ``grep`` was run only
over blind/*.py, as ``grep -il`` or ``grep -ilw`` printing file names only (and a second ``grep -v twentyninth`` once
this file was in blind/): three loops early on over candidate languages, code pages and byte features (no earlier writer
names Persian, Farsi, Hebrew, Big5, Taiwan, Cantonese, EUC-JP, GB18030, ISO-8859-15, Windows-1256, gzip or bcp; Catalan
is named only by the twenty-sixth, as a language no one had used; UTF-16 big-endian and the 縺 garbling of Japanese only
by the thirteenth; Mac OS Roman by three), names, places, helplines and topics. They moved several plans: a Northern
Ireland text line (its helpline name is used by nine writers) became a Welsh one; a volunteer (Ruairí) became Meirion; a
typesetter (Dennis) became Eustace; a member of a peer-support room (Tunde) became Emeka; a hotel receptionist became a
night manager; an emigration to Toronto became one to Hamburg; a working holiday in Melbourne or Perth became one in New
Zealand; and a Yoruba phrase gave way to Igbo and Pidgin; two more loops near the end, over names not yet checked and
then over their replacements, are described below. No other file of the project was opened or grepped (no transforms,
flows, synth, tests, schemas, sql, docs, README or other benchmarks), nothing under /work/shared/corpora or
/work/shared/seeds was read, no search tool was used, and git was not run. Every transcript line below was written for
this set. The product, its tests, mypy and the benchmarks were never run (benchmarks/blind_defects.py beyond its first
15 lines was never opened or run).

The only things run were: ``mkdir`` of /tmp/s25f and /tmp/s25f/parts; the snippets above; one scratch ``.venv`` python
snippet on strings of this writer's own (how two U+FFFD read in Big5 and GBK, how a Persian phrase reads as
Windows-1256, which Persian letters Windows-1256 holds, how a Japanese sentence reads as CP932 and whether that encodes
in EUC-JP, how Shift_JIS bytes decode in EUC-JP with ``surrogateescape`` and back, the Big5 bytes of 許功蓋, the Mac Roman
and double Windows-1252 readings of ``I’m``, the ISO-8859-15 bytes of € and l·l); ``cat`` heredocs writing this file's
parts under /tmp/s25f/parts and ``cat`` assembling them; system ``python3`` snippets and one ``sed -i`` making exact
replacements in those parts, before the first run (05's garbled paragraph read as Mac Roman instead of Windows-1252,
with a ``grep -n`` of that part to confirm it; an ``options`` helper added; a decoy note on an open-ended message in 10;
one ruff UP012 fix) and after it (the two self-check fixes below); ``ast.parse`` and ``ruff check --config
/work/main/pyproject.toml`` on the assembled file before its first run; the script itself; ``file``, ``head -c``/``od
-c``, ``tr``, ``iconv``, ``sed``, ``cut``, ``zcat``, ``cat -A`` and ``tail -c``/``od -c`` on the written files; ``cp``
of the assembled file to /tmp/s25f/draft.py, ``ruff check``, ``ruff format --diff`` (its lines counted with ``grep -c``)
and ``ruff format`` on that copy, a run of the formatted copy into /tmp/s25f/out2 with ``cmp`` of every written file and
a ``grep -v`` of its log, and ``wc -l`` of ``truth.csv``; ``awk`` and ``.venv`` python snippets on this docstring's
draft (line lengths, exact replacements, and a reflow at 120 columns that checks every word stays in order) and one
putting it in place of a placeholder (the ``noqa`` line needed no change); ``ruff check`` and ``ruff format --check`` on
the result under /tmp/s25f; ``cp`` to blind/; ``ruff check`` and ``ruff format --check`` on this file alone; a run of
the module in blind/ (before the renames below) with ``--show`` into /tmp/s25f/final, compared with ``cmp`` against
/tmp/s25f/out3 (the same files and ``truth.csv``); and, after the renames and the last edit of this docstring, the same
snippet and checks again, ``cp`` to blind/ once more, ``ruff check`` and ``ruff format --check`` on this file alone, and
a last run of the module with ``--show`` into /tmp/s25f/final2, compared with ``cmp`` against /tmp/s25f/out4 (the same
eleven files and ``truth.csv``). The truth tags were written with the text, before the first run, and were never
changed. The first run stopped before writing any file, in this writer's own check that a turn tagged ``mojibake`` is
garbled (it looked for the whole message among the garbled strings, and 07's message is garbled only at its end: the
check now looks for a garbled fragment); the second stopped after writing 01-03, in the check that an ``empty_turn``
row's line shows nothing (it read the whole labelled line, label and all: the check now reads the text after the label);
the third, into /tmp/s25f/out with ``--show``, passed every self-check and wrote 574 turns, 59 truth rows and 308
decoys. What changed after it, none of it touching a truth tag or moving a line: ``ruff format``'s layout; then,
noticing that the set had zero-width characters but no NO-BREAK SPACE, which the emphasis names, a system ``python3``
snippet put no-break spaces into three turns that carry no truth row and already had decoy notes (a phone number in 01,
the space before ``€`` in 08, a helpline pasted from a web page in 10; the three notes say so); the parts were assembled
again, formatted and run into /tmp/s25f/out3 (every self-check passed, the same 574 turns, 59 rows and 308 decoys;
``cmp`` showed the same ``truth.csv`` and only 01, 08 and 10 changed), and a ``grep -c`` through ``iconv`` found the
no-break space in 08. Then a last ``grep -ilw`` loop over names not yet checked found nine already used by earlier
writers, so a system ``python3`` snippet renamed them by whole words in the parts (Nia to Cerian, Eleni to Despina,
Brenda to Glenda, Reg to Alwyn, Ngozi to Chioma, Ifeoma to Nneka, Chidi to Ikenna, Pryce to Vaughan, Kharkiv to
Zaporizhzhia; the replacements were grepped first and are unused); the parts were assembled, formatted and run again
into /tmp/s25f/out4 (every self-check passed, the same counts, ``cmp`` showed the same ``truth.csv``; 01, 02, 04, 05, 09
and 10 changed), and ``grep -c`` over the assembled file found none of the old names. Then this docstring. No slip to
report beyond these late edits of text, which touched no truth tag and moved no line, and one small thing: a snippet
correcting one word of this docstring stopped on its own line-length check, so the build before that correction was
copied to blind/, checked and run once into /tmp/s25f/final2; the corrected build replaced it, and ``rm -rf`` emptied
/tmp/s25f/final2 before the last run. Run as

    python blind/twentyninth_defect_cases.py OUT_DIR [--show]

to write 11 files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR (``--show`` also prints
every truth row next to the line it names, invalid bytes as ``\xNN`` and zero-width characters as ``\uNNNN``).

Emphasis: BYTES AND ENCODINGS, the way transcript dumps really arrive: UTF-16 little-endian without a byte-order mark
(01, a ``bcp -w`` export) and big-endian with one (02, a Java exporter); UTF-8 with a byte-order mark (03); Windows-1252
(04), Mac OS Roman (05), EUC-JP (06), Big5 (07) and ISO-8859-15 (08); gzip-compressed JSON Lines (09); a UTF-8 log with
a run of NUL bytes, mixed line ends and a cut multi-byte character at its very end (10); and a Word document renamed
``.txt`` (11). Line ends: CR LF (01, 03, 04, 07), a bare CR (05), LF (02, 06, 08, 09), LF turning into CR LF half-way
(10). Beside the byte defects the product reports (``mojibake`` 7: a double Windows-1252 reading, Windows-1256,
Windows-1252, Mac Roman, CP932 and Big5 readings of UTF-8, and 嚙踝蕭, the Big5 reading of two replacement characters;
``encoding_error`` 4: Windows-1256 bytes in UTF-8, Shift_JIS bytes in EUC-JP, Windows-1252 bytes in UTF-8, and the first
byte of an ``é`` at the end of a file; ``unparseable_line`` 2: a CSV row with an unquoted comma and a line of NUL bytes;
``unparseable_file`` 1: the renamed Word document) stand the usual turn defects: truncated_turn 7, role_inversion 7,
duplicate_turn 10, near_duplicate_turn 4, repetition_loop 2, refusal 3, meta_text 4, empty_turn 4 (one of them a message
of a single zero-width space), unknown_speaker 3 and duplicate_session 1. Every kind the earlier writers name is
present. 574 turns, 59 truth rows (0-8 a file) and 308 decoys, all on lines that carry no truth row; many decoys are
about bytes: correct curly quotes and dashes as single bytes of the file's code page, correct accented and non-Latin
text, Persian with the zero-width non-joiners its spelling needs and left-to-right and right-to-left marks, Persian
digits, no-break spaces (01, 08, 10), Greek, Cyrillic, Igbo and Romanian words inside English turns, Big5 characters
whose second byte is the backslash, the euro sign and the Catalan middle dot of ISO-8859-15, emoji that are speech
(skin-tone modifiers, zero-width-joiner families, a flag, a heart with a variation selector), and the CR LF lines after
a server restart. Four files are not in English, in languages no earlier writer used (or Japanese, used once, in another
code page): 03 Persian, 06 Japanese, 07 Chinese in traditional characters (Taiwan) and 08 Catalan. 08 is entirely clean
(72 turns).

* ``01_listening_line_messages_bcp.txt`` (74 turns, 7 rows, 31 decoys): a Welsh rural text line's ``dbo.Messages`` table
  exported with ``bcp ... out -w``: UTF-16 LE, no byte-order mark, no header row, tab-separated, CR LF, ``message_id,
  conversation_id, seq, sent_at, sender_role, body``; ``volunteer`` (counsellor role), ``texter`` (client),
  ``supervisor`` (neither) and ``system`` (not a turn). Conversation 40117 (a sixth-former in Llandrindod Wells who puts
  her brothers to bed while her mother works nights) is clean. Conversation 40152 (a gritter driver in a lay-by on the
  A470 at 3am, whose wife has asked him to move out): a message garbled twice by the gateway (``sheÃ¢â‚¬â„¢s``:
  mojibake); a message delivered twice (duplicate_turn); the volunteer's reflection stored under ``texter``
  (role_inversion); the supervisor's note posted into the conversation (unknown_speaker); a picture message with an
  empty body (empty_turn); a long message joined from two SMS segments, the third never arriving, cut at 306 characters
  inside ``nothing`` (truncated_turn). Conversation 40233 is 40117 again, copied by the first migration under a new id
  (duplicate_session at its first turn; its turns carry no other row). Decoys: the system rows; lowercase messages
  without full stops; correct curly apostrophes from a phone; answers ending in a number; the volunteer naming the
  garbled message and quoting it; the texter asking about the third voice and the volunteer's explanation; a direct risk
  question and the answer; the C.A.L.L. line (its number with no-break spaces) and 999 inside engagement; ``ok``;
  fragments; the texter explaining the picture; thanks.
* ``02_scribe_transcript_export_demetriou.txt`` (54 turns, 7 rows, 25 decoys): an electronic record's "Export
  transcript" of a video psychology appointment transcribed by its ambient AI scribe, written by a Java exporter in the
  charset ``UTF-16`` (big-endian with a byte-order mark), LF: header lines, then ``[hh:mm:ss] Clinician: text`` /
  ``[hh:mm:ss] Patient: text``. Chrysanthi, 33 weeks pregnant in Slough, whose grandmother is dying in Larnaca. Defects:
  the scribe repeating her sentence over the silence after it, the third time with ``again`` (repetition_loop,
  duplicate_turn, near_duplicate_turn); the clinician's question attributed to the patient (role_inversion); the
  scribe's clean-up pass refusing to transcribe a passage, in the patient's place (refusal); the clean-up pass's ``Here
  is the cleaned-up transcript segment:`` opening a clinician segment (meta_text); the last segment cut when the call
  dropped (truncated_turn). Decoys: header lines opening with ``Patient:`` and ``Clinician:``; the speakers line; Greek
  words and a Greek sentence inside English turns (``κούκλα μου``, ``γιαγιά``, ``κουράγιο``) and the clinician repeating
  them; ``Mm-hmm.`` three times; talk about the connection; ``I can't go``; ``[laughs]``; ``Sorry.`` opening a turn; a
  direct risk question quoting the patient and her answer; a patient question and the clinician's brief self-disclosure;
  the plan said back; the closing line.
* ``03_jalase3_matn_fa.txt`` (58 turns, 6 rows, 28 decoys): a Persian session typed in Word and saved as Unicode (UTF-8)
  text: a byte-order mark, CR LF, two header lines, ``مشاور: text`` (counsellor) / ``مراجع: text`` (client): Negar, 27,
  a translator in Shiraz offered a job in Hamburg, whose widowed mother objects. Defects: the counsellor's reflection
  typed under ``مراجع`` (role_inversion); a message she read out, pasted from an email whose web view had read its UTF-8
  as Windows-1256 (``ظ¾غŒط§ظ…``: mojibake); a paragraph pasted twice (duplicate_turn); the counsellor's summary retyped
  from an old Windows-1256 notes file (lone bytes invalid in UTF-8: encoding_error); ``مراجع:`` with nothing after it
  (empty_turn); the last turn cut after ``برای`` when the recording stopped (truncated_turn). Decoys: the header lines
  and Persian digits; zero-width non-joiners inside words throughout; Latin words (Zoom, IELTS, panic attack) with
  left-to-right and right-to-left marks; a Persian decimal separator; guillemets; ``اوهوم.`` three times; ``(سکوت)``,
  ``(می‌خندد)``, ``(گریه می‌کند)``; the client quoting her mother and the counsellor quoting her; a trail-off; a direct
  risk question, the answer and the 1480 line inside engagement; the client asking the counsellor to decide and an
  honest limit; a client question and the counsellor's self-disclosure; the plan said back.
* ``04_hargreave_session4_typed.txt`` (55 turns, 6 rows, 30 decoys): a home-visit session typed from the dictaphone and
  saved by an old Word as "Text Only" (Windows-1252, CR LF), ``YF:`` / ``WH:`` / ``MH:`` initials keyed in a header
  line: Wilfred, a farmhouse cheesemaker near Frome, after a listeria recall. Defects: his statement to customers pasted
  from his UTF-8 email (``Iâ€™ve``: mojibake); the counsellor's reflection typed under ``WH`` (role_inversion); a
  paragraph typed again after the tape was rewound, ``would have`` as ``would’ve`` (near_duplicate_turn); his wife at
  the door (``MH``: unknown_speaker); the secretary's ``[Gail: ... can you check? – G.]`` inside his turn (meta_text);
  the last turn cut when the tape ran out (truncated_turn). Decoys: the header lines; curly quotes, dashes, ``£``,
  ``€``, ``é``, ``è``, ``î`` as single bytes; ``Mm.`` three times; a headline and his father quoted; ``If not, well.``;
  ``I can't face``; a direct risk question and the answer; helplines inside engagement; ``I can't tell you whether to
  sell up ... What I can do``; the plan said back.
* ``05_practice_tape6_1999_mac.txt`` (50 turns, 5 rows, 27 decoys): a counselling-skills course's practice tape typed in
  1999 on a Macintosh (Mac OS Roman, bare CR line ends), ``JUDITH:`` / ``EUSTACE:``: a compositor made redundant after
  thirty-six years when his paper moved to desktop publishing. Defects: a paragraph typed twice when the tape was turned
  over (duplicate_turn); the student counsellor's reflection typed under ``EUSTACE`` (role_inversion); a paragraph
  corrected in 2022 from an email, its UTF-8 bytes pasted into the old file (``I‚Äôll``: mojibake); the tutor's voice
  (``TUTOR``: unknown_speaker); the last turn cut when the tape ended (truncated_turn). Decoys: the header lines; Mac
  Roman curly quotes, en and em dashes, an ellipsis and ``résumé``; ``Mm.`` three times; the letter, his mother and his
  wife quoted; ``[laughs]``; a risk question and the answer; a client question; a spoken repeat inside a turn; his plan.
* ``06_itsugo_kiroku_dai3kai_eucjp.txt`` (58 turns, 7 rows, 29 decoys): a Japanese student-counselling verbatim record
  (逐語記録) typed in Emacs on a Linux machine whose locale is EUC-JP, LF, ``Co1：`` / ``Cl1：`` labels numbered by speaker: a
  third-year engineering student who cannot go back to his lab. Defects: his draft email copied through a tool that read
  its UTF-8 as CP932 (``縺``, ``?``: mojibake); a turn pasted twice, label number and all (duplicate_turn); the
  counsellor's reflection under a ``Cl`` label (role_inversion); the AI tool's ``以下は、フィラー...を取り除いて整えた文字起こしです：`` line
  (meta_text, own line) and its refusal in the client's place (refusal); the counsellor's notes pasted from a Shift_JIS
  memo (bytes invalid in EUC-JP: encoding_error); the last turn cut after ``それとも`` (truncated_turn). Decoys: the header
  and key lines (full-width colons, an ideographic space); ``ええ。`` three times; ``……`` hesitations; ``（笑）``; ``Slack``
  inside Japanese; the professor, the father and his own draft quoted in 「」; ``言えない``; a direct risk question, the
  answer and いのちの電話 inside engagement; a client question and the counsellor's self-disclosure; the plan said back.
* ``07_xianshang_zixun_jilu_big5.csv`` (53 turns, 8 rows, 32 decoys): a Taiwanese university counselling centre's
  online-chat record exported as Big5 CSV (CR LF, no quoting), ``序號,時間,角色,內容``, ``輔導員`` / ``學生`` / ``系統``: a senior who
  wants a working holiday in New Zealand while her parents want her to sit the civil-service exam. Defects: her sentence
  delivered three times by a poor connection (repetition_loop, duplicate_turn, duplicate_turn); an emoji stored as the
  UTF-8 of two replacement characters (``嚙踝蕭``: mojibake); a message pasted from another app, its UTF-8 read as Big5
  with ``?`` (mojibake); a row with an ASCII comma typed on an English keyboard, five fields (unparseable_line, not a
  turn); the counsellor's message re-sent with the typo 在 corrected to 再 (near_duplicate_turn); a sticker that did not
  export (empty_turn). Decoys: the header and system rows; 許 and 功, whose second Big5 byte is 0x5C; messages without
  punctuation, ``XD``, ``^^``; the counsellor mentioning the repeats, the emoji and the garbled message; the retyped
  message; the typo pointed out; quotes in 「」; ``講不出口``; a direct risk question, the answer and the 1925 line inside
  engagement; an honest limit; the plan said back.
* ``08_sessio2_oboe_transcripcio_ca.txt`` (72 turns, no row, 34 decoys): the CLEAN file, a Catalan session typed on a
  workstation set to ``ca_ES@euro`` (ISO-8859-15, LF), ``Psicòloga:`` / ``Núria:``: an oboist at a conservatory in
  Barcelona with stage fright before a recital. Decoys: the header lines; the euro sign (byte 0xA4) after a no-break
  space (0xA0) and the middle dot of ``violoncel·lo`` (0xB7); accented letters; guillemets; ``(riu)``, ``(silenci)``,
  ``(respira)``; ``Mm.`` three times; ``...``; her teacher, grandfather and cousin quoted; a direct risk question, the
  answer and 024 inside engagement; a client question and the psychologist's self-disclosure; an honest limit; the plan
  said back; thanks.
* ``09_peer_room_r-8841_export.jsonl.gz`` (53 turns, 6 rows, 42 decoys): a peer-support app's room exported as
  gzip-compressed JSON Lines (the gzip header names the inner file), one message a row, ``from.role`` ``member``
  (client), ``peer_supporter`` and ``bot`` (counsellor role) or ``system``: Emeka, a bus mechanic whose twins were born
  at 29 weeks, and Lachlan, a peer supporter whose twins were born at 27. Defects: the safety bot's ``I'm sorry, but I
  can't help with that ...`` after ``i could kill for a proper nights sleep`` (refusal); a message sent twice
  (duplicate_turn); the supporter's message stored under the member (role_inversion); the app's ``✨ Suggested reply
  (edit before sending):`` sent unedited (meta_text); a message of one zero-width space (empty_turn); a message re-sent
  with ``god`` corrected to ``good`` (near_duplicate_turn). Decoys: the system rows and the bot's greeting; emoji-only
  messages and emoji endings with skin-tone modifiers; a family emoji joined by zero-width joiners; a flag; a heart with
  a variation selector; Igbo and Pidgin words; lowercase messages without full stops, ``lol``, ``haha``, ``x``, ``ok``
  twice; the objection to the bot and the supporter's apology; the member noticing the canned reply and explaining the
  empty message; the supporter's self-disclosure; a direct risk question and the answer; helplines inside engagement;
  the plan said back.
* ``10_webchat_server_log_7731.txt`` (47 turns, 6 rows, 30 decoys): a listening service's web-chat server log,
  ``[hh:mm:ss] Name: text`` and ``[hh:mm:ss] *** ...`` server lines, UTF-8: Ilinca, a hotel night manager in Inverness
  who did CPR on a guest who died. Defects: the listener's statement pasted from a Windows-1252 template (lone bytes:
  encoding_error); the block the crashed server had reserved, a line of 512 NUL bytes (unparseable_line, not a turn);
  the restarted server writing the last two messages again with their first time stamps (duplicate_turn twice); the copy
  of the file ending in the middle of the ``é`` of ``café`` (truncated_turn and encoding_error on the last line).
  Decoys: the header and server lines; every line after the restart ending in CR LF; ``все буде добре`` in Cyrillic and
  ``brașov`` with a comma below; lowercase messages without full stops, ``lol``, ``haha``, ``ok``; ``i cant go up``; a
  direct risk question, the answer and NHS 24 (with no-break spaces) inside engagement; ``are you still there`` and the
  listener's explanation; fragments; the plan said back.
* ``11_session_notes_final.txt`` (1 row): a counsellor's Word document (a ZIP archive of XML, with a short dialogue in
  it) renamed ``.txt`` by a colleague: no text in any encoding (unparseable_file, line 0).

Line numbers are 1-based physical lines of the text as its own encoding decodes it (UTF-16 LE, UTF-16 BE, UTF-8,
Windows-1252, Mac OS Roman, EUC-JP, Big5 or ISO-8859-15; for 09 the decompressed text), split on its line end (``\n``,
the CR of a CR LF end not being a line of its own; for 05 the bare ``\r``); a byte-order mark is not a character of line
1; each invalid byte or invalid sequence is replaced by a decoder without changing any line count; 10's NUL line is line
34, and its last line has no line end; no other line-break character (VT, FF, NEL, U+2028, U+2029) occurs in any decoded
file. They are computed while the files are built:

* a turn-level row points at the line holding the turn: in 01 the record's row; in 02 the ``[hh:mm:ss] Label:`` line; in
  03, 04, 05 and 08 the ``Label: text`` line; in 06 the ``Co1：`` / ``Cl1：`` line; in 07 the record's line (the header is
  line 1); in 09 the message's row; in 10 the ``[hh:mm:ss] Name:`` line;
* meta text inside a turn is marked at the turn's line; an unlabelled line of tool residue (06's preamble) is a
  ``meta_text`` row at its own line;
* ``unparseable_line`` is marked at a line that cannot be read as a record of its layout (07's five-field row, 10's NUL
  line); such a line is not a turn; the file-level row (``unparseable_file``, 11) is at line 0;
* a single turn in the other role's voice is ``role_inversion`` at its own line, whichever direction; the later copy of
  a session (01's conversation 40233) is ONE ``duplicate_session`` row at its first turn, and its turns carry no other
  row;
* a repetition loop is ``repetition_loop`` on the first occurrence, then ``duplicate_turn`` or ``near_duplicate_turn``
  on every later copy;
* ``encoding_error`` is marked at a turn whose text holds bytes invalid in the file's OWN encoding (03 and 10 in UTF-8,
  06 in EUC-JP), including 10's last line, cut inside a two-byte character; text that decodes validly but was garbled
  upstream is ``mojibake`` (01, 03, 04, 05, 06, 07), marked on every garbled turn; the correct characters of each code
  page are decoys;
* ``empty_turn`` is a turn with nothing visible: an empty text (01, 03, 07) or a zero-width space alone (09);
* a speaker outside the counsellor and client roles (01's ``supervisor``, 04's ``MH``, 05's ``TUTOR``) speaking a turn
  is ``unknown_speaker``; 09's safety bot answers for the service and stands in the counsellor's role.

Not turns: 01's ``system`` rows; the header lines of 02, 03, 04, 05, 06, 08 and 10 and 02's closing line; 06's AI
preamble; 07's header, ``系統`` rows and five-field row; 09's ``system`` rows; 10's server lines and NUL line; all of 11.
A turn that trails off (``...``, ``……``), a message continued by the same sender's next one, a message without final
punctuation, an emoji-only message and a short answer are NOT truncated or empty turns; a truncated turn is cut off by
the data (a lost SMS segment, a dropped call, the end of a recording or a tape, a file copied while being written) and
no later turn completes it. A counsellor's statement of what they cannot do followed by engagement and a helpline inside
a counsellor's engagement are NOT refusals; text an AI step or a bot wrote instead of engaging is.

Turns and lines that look suspicious but are clean (decoys) carry a ``decoy: ...`` tag here; the tag never reaches the
truth, and the number of decoys is printed. Self-checks: a turn that ends without final punctuation carries a truth tag
or a decoy note; a turn is tagged ``mojibake`` exactly when it holds a garbled string, ``encoding_error`` exactly when
it holds invalid bytes, ``empty_turn`` exactly when nothing in it is visible; every truth row's line holds the text of
the turn or line it names; every exact or close same-role repeat of a substantial turn is marked and every repeat mark
is real; a loop has at least two marked later copies; only the marked session repeats another, exactly; each file has
its intended encoding, byte-order mark and line ends, decodes strictly exactly when it should, is not valid UTF-8 when
it is in a legacy code page, and decodes back line for line to the lines written; the containers parse back (bcp rows,
scribe lines, labelled lines, numbered Japanese labels, Big5 CSV, JSON Lines, the server log) to exactly the turns
written, and an unparseable line is the only line that does not; the renamed Word document is a ZIP archive holding the
dialogue and no text; the clean file has no truth row; every kind is present; no truth row is written twice. Standard
library only.
"""

from __future__ import annotations

import csv
import difflib
import gzip
import io
import json
import re
import sys
import zipfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

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
ZWSP, ZWNJ, LRM, RLM, NBSP = "\u200b", "\u200c", "\u200e", "\u200f", "\u00a0"
# characters that take no room on the screen: a message of only these (and spaces) shows nothing
INVISIBLE = ZWSP + ZWNJ + "\u200d\u2060\ufeff" + LRM + RLM
# final punctuation, with closing quotes and brackets, the ellipsis character, guillemets, the CJK full stop and
# marks, and the Arabic-script question mark
ENDERS = ".?!\"')]:;" + RSQ + "\u201d\u201c\u2018\u2026\u00bb" + "\u3002\uff01\uff1f\u300d\u300f\uff09" + "\u061f"
# characters that some readers take for a line break (str.splitlines); none may stand inside a line of this set
BREAKERS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
CLEAN_FILE = "08_sessio2_oboe_transcripcio_ca.txt"
NOT_READABLE = "11_session_notes_final.txt"
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


def moji_twice(text: str) -> str:
    """UTF-8 read as Windows-1252, saved as UTF-8 and read as Windows-1252 again (mojibake of mojibake)."""
    out = moji(moji(text))
    assert "\u00c3\u00a2" in out, out[:60]
    return out


def moji_lossy(text: str, read_as: str, file_codec: str) -> str:
    """The UTF-8 bytes of ``text`` read by a tool as ``read_as``, which shows ``?`` for what it cannot decode, and
    saved again in ``file_codec`` (whatever that code page cannot hold also becomes ``?``)."""
    shown = text.encode("utf-8").decode(read_as, "replace")
    out = "".join(ch if _encodable(ch, file_codec) else "?" for ch in shown)
    assert out != text and "?" in out, out[:60]
    MADE_GARBLED.add(out)
    return out


def _encodable(ch: str, codec: str) -> bool:
    if ch == "\ufffd":
        return False
    try:
        ch.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def foreign(text: str, source: str, file_codec: str) -> str:
    """``text`` saved in the code page ``source`` and pasted into a file whose encoding is ``file_codec``.

    Bytes that do not form a valid sequence of ``file_codec`` are kept as surrogate escapes (U+DC80..U+DCFF); the
    file is written with ``surrogateescape``, so each becomes the raw byte again. Bytes that happen to form valid
    characters of ``file_codec`` are decoded as such (a reader sees garbage there and errors elsewhere).
    """
    raw = text.encode(source)
    out = raw.decode(file_codec, "surrogateescape")
    assert invalid_bytes(out), text[:60]
    assert out.encode(file_codec, "surrogateescape") == raw, text[:60]
    return out


def cut_bytes(text: str, keep: int) -> str:
    """The first ``keep`` bytes of ``text`` in UTF-8, cut inside a multi-byte character."""
    raw = text.encode("utf-8")[:keep]
    out = raw.decode("utf-8", "surrogateescape")
    assert invalid_bytes(out) and not invalid_bytes(out[:-1]), text[:60]
    return out


def invalid_bytes(text: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in text)


def garbled(text: str) -> bool:
    """A self-check of this writer: holds a string made by a ``moji`` helper, or reads back as UTF-8 through
    Windows-1252."""
    if any(part in text for part in MADE_GARBLED):
        return True
    try:
        return text.encode("cp1252").decode("utf-8") != text
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False


def blank(text: str) -> bool:
    """Nothing a reader would see: only whitespace and zero-width characters."""
    return all(ch.isspace() or ch in INVISIBLE for ch in text)


def norm(text: str) -> str:
    text = text.lower().replace(RSQ, "'")
    text = "".join(ch for ch in text if ch not in INVISIBLE)
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, norm(a), norm(b), autojunk=False).ratio()


def similar(a: str, b: str) -> bool:
    """So close that an unmarked copy would be a defect this writer forgot to mark."""
    return ratio(a, b) > 0.85


def related(a: str, b: str) -> bool:
    """Close enough to be a re-sent or re-emitted copy (a marked near duplicate must be at least this)."""
    return ratio(a, b) > 0.6


def substantial(text: str) -> bool:
    """Long enough that a repeat is a defect rather than a backchannel."""
    return len(norm(text).replace(" ", "")) >= 12


def js(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def options(tags: Sequence[str]) -> tuple[list[str], dict[str, str]]:
    """Split a script entry's tags into truth/decoy tags and ``@key=value`` layout options of this writer."""
    kept = [tag for tag in tags if not tag.startswith("@")]
    opts: dict[str, str] = {}
    for tag in tags:
        if tag.startswith("@"):
            key, _, value = tag[1:].partition("=")
            opts[key] = value
    return kept, opts


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

    ``codec`` is the file's own encoding and ``bom`` the bytes written before the text; ``newline`` ends every line
    (``ends`` overrides it for single lines); ``final_newline`` False leaves the last line without an end (a file cut
    off); ``gz`` compresses the written bytes with gzip (``inner`` names the file inside). Lone invalid bytes are
    kept as surrogate escapes until the file is written. ``payload`` replaces all of it for a file that is no text.
    """

    def __init__(
        self,
        name: str,
        roles: dict[str, str],
        layout: str,
        *,
        codec: str = "utf-8",
        bom: bytes = b"",
        newline: str = "\n",
        final_newline: bool = True,
        gz: bool = False,
        inner: str = "",
    ) -> None:
        self.name = name
        self.roles = roles
        self.layout = layout
        self.codec = codec
        self.bom = bom
        self.newline = newline
        self.final_newline = final_newline
        self.gz = gz
        self.inner = inner
        self.ends: dict[int, str] = {}
        self.payload: bytes | None = None
        self.out: list[str] = []
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
        copy = "duplicate_session" in session.kinds
        if not copy:
            assert ("mojibake" in kinds) == garbled(text), (self.name, line, text[:60])
            assert ("encoding_error" in kinds) == invalid_bytes(text), (self.name, line, text[:60])
        if "empty_turn" in kinds:
            assert blank(text), (self.name, line)
        else:
            assert not blank(text), f"{self.name}:{line} empty text without empty_turn"
        if "truncated_turn" in kinds:
            assert text.rstrip()[-1] not in ENDERS, (self.name, line, text[-30:])
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

    def text(self) -> str:
        parts: list[str] = []
        for number, line in enumerate(self.out, 1):
            end = self.ends.get(number, self.newline)
            if number == len(self.out) and not self.final_newline:
                end = ""
            parts.append(line + end)
        return "".join(parts)

    def render(self) -> bytes:
        if self.payload is not None:
            return self.payload
        data = self.bom + self.text().encode(self.codec, "surrogateescape")
        if not self.gz:
            return data
        buffer = io.BytesIO()
        with gzip.GzipFile(filename=self.inner, mode="wb", fileobj=buffer, mtime=1712870400) as handle:
            handle.write(data)
        return buffer.getvalue()


Script = Sequence[tuple[str, ...]]


# ---------------------------------------------------------------------------
# 01 a Welsh rural text line's SQL Server table ``dbo.Messages`` exported by the IT contractor with ``bcp ... out
#    -w``: UTF-16 little-endian WITHOUT a byte-order mark (what ``bcp -w`` writes), one message a row, tab-separated,
#    CR LF, no header row: ``message_id, conversation_id, seq, sent_at, sender_role, body``; ``sender_role`` is
#    ``volunteer`` (counsellor role), ``texter`` (client), ``supervisor`` (neither) or ``system`` (not a turn). Texts
#    reach the line through an SMS gateway, which joins the segments of a long SMS. Conversation 40233 is 40117
#    again: the contractor's first migration copied it under a new id.
# ---------------------------------------------------------------------------
VOL, TXT, SUP, SYS01 = "volunteer", "texter", "supervisor", "system"
SMS_LIMIT = 306  # two segments of 153 characters: the gateway joined the first two, the third never arrived

S01_A: Script = [
    (SYS01, "Conversation started. Texter connected via SMS short code."),
    (
        VOL,
        "Hi, you're through to the listening line. My name's Eleri, I'm a trained volunteer. What's on your mind tonight?",
    ),
    (TXT, "hi. sorry its late", "decoy: a texter's message without a full stop"),
    (VOL, "No need to be sorry, we're here all night. Take your time."),
    (
        TXT,
        "my mum works nights at the care home and i do my brothers. bedtime, packed lunches, all of it",
        "decoy: lowercase, no full stop",
    ),
    (VOL, "That sounds like a lot to hold. How old are your brothers?"),
    (TXT, "8 and 11", "decoy: an answer that ends with a number"),
    (
        TXT,
        "and my a levels start in 3 weeks and i havent revised properly once",
        "decoy: the texter's second message in a row, no full stop",
    ),
    (VOL, "Three weeks, with two boys to get to bed every night. When do you usually get to your own work?"),
    (TXT, "after 9 when theyre asleep. but then im knackered and i just stare at it", "decoy: no full stop"),
    (VOL, "Staring at the page when you're exhausted is really common. It doesn't mean you can't do it."),
    (TXT, "feels like it does tho", "decoy: a short message without punctuation"),
    (VOL, "Is there anyone who knows how much you're doing at home? A teacher, or family?"),
    (TXT, "my nan in builth but she doesnt drive anymore. school dont know", "decoy: no full stop"),
    (
        VOL,
        "It might be worth someone at school knowing. Sixth forms can often help with revision time or deadlines when a student has caring responsibilities.",
    ),
    (TXT, "i didnt know that was a thing", "decoy: no full stop"),
    (VOL, "It is. You'd be what's called a young carer. Would you feel okay mentioning it to a teacher you trust?"),
    (TXT, "maybe mr vaughan. hes alright", "decoy: no full stop"),
    (
        VOL,
        "That sounds like a good start. And tonight, could you give yourself permission to sleep rather than stare at the page?",
    ),
    (TXT, "yeah. ok. thank you eleri", "decoy: the texter's thanks without a full stop"),
    (VOL, "You're welcome. You're doing a lot, and you reached out, which took something. Text again any time."),
    (SYS01, "Conversation closed by volunteer."),
]

LONG_01 = (
    "I’ll text my brother in the morning, I promise. Thanks for staying with me, Meirion, honestly it’s the first time "
    "I’ve said any of this out loud. Only thing is the council might put me on days after Easter and then I don’t know "
    "what I’ll do with myself in the evenings, sat in a room at the depot with nothing, because the evenings were always "
    "the worst part even before all this, when Shauna and Cerian were watching telly and I was asleep upstairs"
)
CUT_01 = LONG_01[:SMS_LIMIT]
DOUBLE_01 = "I thought I was doing it for them. The money. Cerian’s school trips, the car, the holiday in Tenby."

S01_B: Script = [
    (SYS01, "Conversation started. Texter connected via SMS short code."),
    (VOL, "Hi, you're through to the listening line. I'm Meirion, a volunteer. What's brought you to text tonight?"),
    (
        TXT,
        "I’m sat in a lay-by on the A470 with the gritter running. Can’t go home.",
        "decoy: correct curly apostrophes from a phone",
    ),
    (VOL, "That sounds like a long night. Can you tell me a bit about why you can't go home?"),
    (
        TXT,
        "Shauna asked me to move out on Sunday. I’ve been sleeping in the rest room at the depot since.",
        "decoy: correct curly apostrophes",
    ),
    (VOL, "That's a lot to carry, and on night shifts too. How long have you two been together?"),
    (TXT, "14 years. Married 9. We’ve got a little girl, Cerian, she’s 6", "decoy: a message ending with a number"),
    (VOL, "Fourteen years, and Cerian's six. What happened on Sunday?"),
    (
        TXT,
        moji_twice(
            "She said she’s been lonely for years. That I’m never there, and when I am there I’m asleep or on my phone."
        ),
        "mojibake",
    ),
    (
        VOL,
        "Sorry, that message came through with some odd characters, but I think I got it: Shauna said she's been lonely, that you're never there, or you're asleep. Is that right?",
        "decoy: the volunteer mentions the garbled characters and quotes the texter",
    ),
    (TXT, "yeah thats it. dunno why it came out like that", "decoy: no full stop"),
    (VOL, "No problem at all. How did it feel to hear her say that?"),
    (
        TXT,
        "Like being hit by a lorry. And the worst bit is she’s right. I do the nights for the overtime and I sleep all day.",
    ),
    (VOL, "So part of you agrees with her, even though it hurts."),
    (TXT, DOUBLE_01),
    (TXT, DOUBLE_01, "duplicate_turn"),
    (
        TXT,
        "It sounds like the overtime was your way of looking after them, and now you're finding out what it cost. What would you want Shauna to know about that?",
        "role_inversion",
    ),
    (
        TXT,
        "That I never stopped caring. I just stopped being there. Does that make sense?",
        "decoy: a texter's question to the volunteer",
    ),
    (
        SUP,
        "Hi Meirion, just checking in as you've been on this one a while. Take a break after if you need one. Gwawr",
        "unknown_speaker",
    ),
    (TXT, "who’s that??", "decoy: the texter asks about the third voice"),
    (
        VOL,
        "Sorry about that, that was my supervisor checking on me, it wasn't meant to reach you. I'm still here. And yes, it makes sense: you never stopped caring.",
        "decoy: the volunteer explains the supervisor and echoes the texter",
    ),
    (
        VOL,
        "Can I ask you something directly, because it's important. Are you having any thoughts of ending your life tonight?",
        "decoy: a direct risk question, the volunteer's second message in a row",
    ),
    (
        TXT,
        "No. Not like that. I just don’t know what to do with myself.",
        "decoy: the texter's answer to the risk question",
    ),
    (
        VOL,
        "Thank you for telling me. If that changes, you can ring the C.A.L.L. line on 0800\u00a0132\u00a0737 any time, day or night, or 999 if you're ever in danger.",
        "decoy: a helpline inside the volunteer's engagement (not a refusal); the number pasted from a resource sheet with no-break spaces",
    ),
    (TXT, "ok", "decoy: 'ok'"),
    (VOL, "What do you need tonight, to get through till the shift ends?"),
    (TXT, "Finish the route. Coffee at the services. Sleep at the depot.", "decoy: verbless fragments"),
    (VOL, "That sounds like a plan for tonight. And tomorrow, is there anyone you could talk to? A mate, family?"),
    (TXT, "My brother in Llanidloes. He’s been through a divorce. Haven’t told him yet", "decoy: no full stop"),
    (VOL, "He sounds like someone who might understand. Would you text him tomorrow?"),
    (TXT, "", "empty_turn"),
    (
        TXT,
        "sent you a pic of the snow on the tops lol, never mind",
        "decoy: the texter explains the message that did not come through",
    ),
    (VOL, "Pictures don't come through on this line, sorry, only words. It sounds like quite a night out there."),
    (TXT, "Yeah. Quiet. Nobody about but me and the sheep.", "decoy: fragments"),
    (TXT, CUT_01, "truncated_turn"),
    (SYS01, "Texter disconnected (no reply for 20 minutes)."),
    (SYS01, "Conversation closed by volunteer."),
]


def f01() -> Doc:
    doc = Doc(
        "01_listening_line_messages_bcp.txt",
        {VOL: T, TXT: C, SUP: X},
        "bcp",
        codec="utf-16-le",
        newline="\r\n",
    )
    assert CUT_01[-1].isalpha() and LONG_01[SMS_LIMIT].isalpha(), "the gateway's cut must fall inside a word"
    runs: tuple[tuple[int, str, Script, tuple[str, ...]], ...] = (
        (40117, "2024-01-17 22:41:03", S01_A, ()),
        (40152, "2024-01-19 02:57:40", S01_B, ()),
        (40233, "2024-01-17 22:41:03", S01_A, ("duplicate_session",)),
    )
    message_id = 880412
    for conversation, started, script, kinds in runs:
        doc.start(f"conversation {conversation}", *kinds)
        clock_at = int(started[11:13]) * 3600 + int(started[14:16]) * 60 + int(started[17:19])
        seq = 0
        for who, text, *tags in script:
            seq += 1
            message_id += 1 if conversation != 40233 else 3
            hours, rest = divmod(clock_at % 86400, 3600)
            stamp = f"{started[:10]} {hours:02d}:{rest // 60:02d}:{rest % 60:02d}.000"
            clock_at += 20 + len(text) // 3
            line = doc.add(f"{message_id}\t{conversation}\t{seq}\t{stamp}\t{who}\t{text}")
            if who == SYS01:
                doc.mark(line, *([] if kinds else ["decoy: a system row"]))
                continue
            doc.turn(who, text, line, [] if kinds else list(tags), anchor=f"\t{who}\t")
    return doc


# ---------------------------------------------------------------------------
# 02 an electronic record's "Export transcript" of a video psychology appointment, transcribed by the record's
#    ambient AI scribe (speech recognition with speaker attribution, then a language-model clean-up pass; not
#    reviewed). The record is a Java application whose exporter writes the charset ``UTF-16``, which Java writes
#    BIG-endian WITH a byte-order mark; LF line ends. Header lines, then ``[hh:mm:ss] Clinician: text`` /
#    ``[hh:mm:ss] Patient: text`` one segment a line.
# ---------------------------------------------------------------------------
CLN, PAT = "Clinician", "Patient"
LOOP_02 = "I just want to hold her hand."

S02: Script = [
    (CLN, "Hello, Chrysanthi. Can you hear me all right? The picture's a bit frozen my end."),
    (PAT, "I can hear you. Sorry, the Wi-Fi upstairs is terrible. Is that better?", "decoy: talk about the connection"),
    (CLN, "Much better. How have you been since we last spoke?"),
    (PAT, "Not great. Mum rang on Saturday. The doctors in Larnaca say it's days now, maybe a week."),
    (CLN, "Oh, Chrysanthi. I'm so sorry."),
    (
        PAT,
        "She's ninety-one. Everyone keeps saying she's had a good innings, like that's meant to help.",
        "decoy: the patient reports what people say",
    ),
    (CLN, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (1 of 3)"),
    (
        PAT,
        "And I can't go. I'm thirty-three weeks, the midwife says no long-haul, no anything. Stelios flew out on Monday.",
        "decoy: 'I can't' from the patient (not a refusal)",
    ),
    (CLN, "So your brother is there with her, and you're here."),
    (PAT, "With the bump and the cot still in its box. Yeah."),
    (CLN, "What's that like, being here while he's there?"),
    (
        PAT,
        "Like I'm failing her. She brought me up for three years when Mum was working in the hotel. She used to call me κούκλα μου, my doll.",
        "decoy: a word in Greek script inside an English turn",
    ),
    (CLN, "Κούκλα μου. She had a name just for you.", "decoy: the clinician repeats the Greek words"),
    (PAT, "[laughs] Everyone's κούκλα to a γιαγιά. But yes.", "decoy: '[laughs]' and Greek words"),
    (CLN, "Can you tell me what you'd be doing, if you could be there?"),
    (PAT, "Sitting by the bed. Doing her hair. She hates it flat at the back."),
    (PAT, LOOP_02, "repetition_loop"),
    (PAT, LOOP_02, "duplicate_turn"),
    (PAT, "I just want to hold her hand again.", "near_duplicate_turn"),
    (CLN, "Take your time. There's no rush."),
    (
        PAT,
        "Sorry. Stelios holds the phone up so I can talk to her on video, but she doesn't really open her eyes now. I don't know if she knows it's me.",
        "decoy: 'Sorry.' opening a turn",
    ),
    (CLN, "What do you say to her, on the video calls?"),
    (
        PAT,
        "Silly things. What we had for dinner. That the baby's kicking. I told her we're going to call her Despina, after her, and Stelios said she squeezed his hand.",
    ),
    (CLN, "She squeezed his hand.", "decoy: the clinician echoes the patient"),
    (PAT, "He might've imagined it. He's an engineer, he doesn't imagine things, though."),
    (
        PAT,
        "What do you notice in your body when you picture yourself by her bed?",
        "role_inversion",
    ),
    (PAT, "A sort of ache. Here, under the ribs. And then the guilt comes in on top, like a lid."),
    (CLN, "The ache, and then the lid of guilt on top of it."),
    (
        PAT,
        "I'm sorry, but I can't transcribe this part of the conversation because it may contain content about self-harm. If you need support, please contact a mental health professional.",
        "refusal",
    ),
    (
        CLN,
        "When you say you wish you could disappear for a week, I want to check what you mean. Are you having any thoughts of harming yourself, or of not wanting to be alive?",
        "decoy: a direct risk question quoting the patient",
    ),
    (
        PAT,
        "No. God, no, not with the baby coming. I mean hide. Switch the phone off and sleep until it's all over.",
        "decoy: the patient's answer to the risk question",
    ),
    (CLN, "Thank you for telling me. Wanting to hide from it makes a lot of sense."),
    (
        CLN,
        "Here is the cleaned-up transcript segment: If those thoughts ever did change, I'd want you to tell your midwife or ring me, and if it was urgent, 999.",
        "meta_text",
    ),
    (PAT, "I know. I've got the number on the fridge.", "decoy: the patient knows the number"),
    (CLN, "I wonder whether there's a way of being with her from here that doesn't feel like failing."),
    (PAT, "Like what?", "decoy: a short question"),
    (
        CLN,
        "Some people record a message that can be played to the person at their bedside. Some write a letter that someone reads aloud. Some light a candle at the same time each evening.",
    ),
    (
        PAT,
        "She'd love a letter. She kept every letter anyone ever sent her, in a biscuit tin. Στο κουτί με τα μπισκότα.",
        "decoy: a sentence in Greek inside an English turn",
    ),
    (CLN, "A letter for the biscuit tin."),
    (
        PAT,
        "Stelios could read it to her. In Greek. Mine's rubbish, but I could write it in English and he could translate.",
    ),
    (CLN, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (2 of 3)"),
    (
        PAT,
        "Did you have this? With your grandparents? Sorry, you don't have to answer that.",
        "decoy: a patient question to the clinician",
    ),
    (
        CLN,
        "It's okay to ask. My grandmother died when I was abroad, actually, and I remember that helplessness. But let's keep our time for you.",
        "decoy: the clinician's brief self-disclosure (not a role inversion)",
    ),
    (PAT, "Thank you. That helps, weirdly. Knowing it's not just me."),
    (CLN, "And afterwards, when it happens, what do you imagine the days will look like?"),
    (
        PAT,
        "The funeral will be within two days, they always are there. I'll watch it on Stelios's phone, I suppose. With a box of tissues and the cat.",
    ),
    (CLN, "Watching from here. That's going to be hard, and it might also matter to be part of it."),
    (
        PAT,
        "Mum says I'm silly to worry. She says, your γιαγιά knows, κουράγιο. Courage.",
        "decoy: the patient quoting her mother, with Greek",
    ),
    (CLN, "Κουράγιο.", "decoy: the clinician repeats the Greek word"),
    (CLN, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (3 of 3), the clinician's second segment in a row"),
    (CLN, "For this week, would you be willing to write the letter? It doesn't have to be long or perfect."),
    (
        PAT,
        "Write the letter, send a photo to Stelios, and he reads it to her. I can do that.",
        "decoy: the patient says the plan back",
    ),
    (CLN, "That sounds right. And be kind to yourself about the things you can't do from here."),
    (
        PAT,
        "I'll try. Can I ask one more thing before we stop, about when the baby comes, because I keep thinking if she goes before Despina's born then",
        "truncated_turn",
    ),
]


def f02() -> Doc:
    doc = Doc(
        "02_scribe_transcript_export_demetriou.txt",
        {CLN: T, PAT: C},
        "scribe",
        codec="utf-16-be",
        bom=b"\xfe\xff",
    )
    first = doc.add(
        "Encounter transcript export",
        "Patient: C. Demetriou | MRN 4471029 | Encounter 2024-02-06 14:00 (video) | Slough Community Psychology",
        "Clinician: Dr A. Pemberton, Clinical Psychologist",
        "Generated by: Ambient Scribe 2.3 (speech recognition, speaker attribution, language-model clean-up) | Reviewed: no",
        "Speakers: Clinician, Patient",
        "",
    )
    doc.mark(first + 1, "decoy: a header line that opens with 'Patient:' (not a turn)")
    doc.mark(first + 2, "decoy: a header line that opens with 'Clinician:' (not a turn)")
    doc.mark(first + 4, "decoy: the speakers line naming both labels")
    doc.start("encounter 2024-02-06")
    clock_at = 4.0
    for who, text, *tags in S02:
        seconds = round(clock_at)
        stamp = f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
        gap = 6.0 if "repetition_loop" in tags or "duplicate_turn" in tags or "near_duplicate_turn" in tags else 1.0
        clock_at += gap + len(text) / 14
        line = doc.add(f"[{stamp}] {who}: {text}")
        doc.turn(who, text, line, list(tags), anchor=f"] {who}: ")
    doc.add("", "End of transcript. Duration 00:47:12. Words: 3,912.")
    doc.mark(len(doc.out), "decoy: the scribe's closing line")
    return doc


# ---------------------------------------------------------------------------
# 03 a Persian session typed in Word from the audio by a counselling centre's administrator and saved as "Plain
#    Text" with Unicode (UTF-8) chosen: a byte-order mark, CR LF. Two header lines, a blank line, then ``مشاور:
#    text`` (counsellor) / ``مراجع: text`` (client), one turn a line. Right-to-left text with zero-width
#    non-joiners inside words (as Persian spelling needs them), left-to-right marks after Latin words and
#    Persian digits. One paragraph was pasted from an email the client forwarded, whose web view had read its UTF-8
#    as Windows-1256; one was retyped from the counsellor's notes of the first session, an old Windows-1256 file
#    typed with the Arabic yeh and kaf, as old Windows keyboards did.
# ---------------------------------------------------------------------------
MOSH, MORA = "مشاور", "مراجع"

S03: Script = [
    (
        MOSH,
        "سلام نگار جان، خوش آمدی. ضبط روشن است، مثل جلسه‌های قبل. این هفته چطور گذشت؟",
        "decoy: talk about the recording",
    ),
    (MORA, "سلام. راستش خوب نبود. باز هم شب‌ها خوابم نمی‌برد. ساعت سه، چهار صبح بیدارم و به سقف نگاه می‌کنم."),
    (MOSH, "ساعت سه، چهار صبح.", "decoy: the counsellor echoes the client"),
    (MORA, "بله. و همه‌اش به یک چیز فکر می‌کنم: ایمیل شرکت هامبورگ. تا آخر ماه باید جوابشان را بدهم."),
    (MOSH, "اوهوم.", "decoy: backchannel (1 of 3)"),
    (
        MORA,
        "قرارداد را فرستاده‌اند. مترجم فنی، دو ساله، با ویزای کار. مصاحبه را با Zoom"
        + LRM
        + " دادم و نمرهٔ IELTS"
        + LRM
        + " من هم ۷٫۵ شد. چیزی که پنج سال برایش زحمت کشیدم.",
        "decoy: Latin words with left-to-right marks and a Persian decimal inside a Persian turn",
    ),
    (MOSH, "پنج سال زحمت، و حالا که رسیده، به‌جای خوشحالی بی‌خوابی آمده."),
    (
        MORA,
        "چون مادرم هست. از وقتی پدرم فوت کرد، من تنها کسی هستم که پیشش مانده‌ام. برادرم تهران است و سالی دو بار می‌آید.",
    ),
    (MOSH, "وقتی به رفتن فکر می‌کنی، اولین تصویری که می‌آید چیست؟"),
    (MORA, "مادرم سر سفره. تنها. با دو تا بشقاب، از روی عادت.", "decoy: fragments"),
    (MOSH, "تصویر سنگینی است."),
    (
        MORA,
        "دیشب به من گفت: «اگر بروی، من همین‌جا تنها می‌میرم و کسی هم خبردار نمی‌شود.»",
        "decoy: the client quoting her mother in guillemets",
    ),
    (MOSH, "وقتی این جمله را دوباره می‌گویی، چه حسی در تو بیدار می‌شود؟"),
    (MORA, "گناه. یک گناه خیلی بزرگ. انگار دارم ولش می‌کنم و می‌روم دنبال خوشی خودم."),
    (MOSH, "دنبال خوشی خودت. انگار خواستن این کار خودخواهی است."),
    (MORA, "(سکوت) نمی‌دانم... شاید.", "decoy: a silence note and a trail-off"),
    (
        MORA,
        "به نظر می‌رسد بین دو چیز گیر افتاده‌ای: آیندهٔ خودت و تنهایی مادرت، و هر کدام را انتخاب کنی، انگار دیگری را از دست داده‌ای. درست فهمیدم؟",
        "role_inversion",
    ),
    (MORA, "بله. دقیقاً همین است. و هیچ راه وسطی هم نمی‌بینم."),
    (
        MOSH,
        "بیا کمی روی همین «راه وسط» بمانیم. مادرت دربارهٔ خود هامبورگ چه می‌داند؟",
        "decoy: the counsellor quotes the client's words",
    ),
    (MORA, "تقریباً هیچ. فقط می‌داند خیلی دور است و هوایش سرد است. (می‌خندد)", "decoy: a laughter note"),
    (MOSH, "اوهوم.", "decoy: backchannel (2 of 3)"),
    (
        MORA,
        moji(
            "پیامی را که دیشب برای برادرم فرستادم می‌خوانم: «آرش، من نمی‌خواهم مامان را تنها بگذارم، ولی اگر این فرصت را از دست بدهم، تا آخر عمر خودم را نمی‌بخشم. تو هم سهمی داری.»",
            "cp1256",
        ),
        "mojibake",
    ),
    (
        MOSH,
        "«تو هم سهمی داری.» برادرت به این جمله چه جوابی داد؟",
        "decoy: the counsellor quotes the message the client read out",
    ),
    (MORA, "هنوز جواب نداده. دو روز است. فقط پیام را دیده."),
    (MOSH, "دو روز بی‌جواب.", "decoy: the counsellor echoes the client"),
    (
        MORA,
        "او همیشه همین‌طور است. وقتی چیزی سخت می‌شود، غیب می‌شود. مادرم هم می‌گوید «آرش کار دارد، سرش شلوغ است».",
        "decoy: the client quoting her mother",
    ),
    (MOSH, "و تو؟ کسی هست که بگوید نگار کار دارد؟"),
    (MORA, "(می‌خندد) نه. من همیشه وقت دارم. من دختر خانه‌ام.", "decoy: a laughter note opening the turn"),
    (MOSH, "دختر خانه. این نقش از کی روی دوش تو آمد؟"),
    (
        MORA,
        "از همان روز که پدرم سکته کرد. بیست و چهار سالم بود. از بیمارستان که برگشتیم، همه‌چیز با من بود: دارو، بانک، خرید، حتی تعمیر کولر.",
    ),
    (
        MORA,
        "از همان روز که پدرم سکته کرد. بیست و چهار سالم بود. از بیمارستان که برگشتیم، همه‌چیز با من بود: دارو، بانک، خرید، حتی تعمیر کولر.",
        "duplicate_turn",
    ),
    (
        MOSH,
        foreign(
            "در جلسه اول گفتي كه از آن روز تا حالا حتي يك سفر دو روزه هم نرفته‌اي، چون نگران بودي كسي نباشد كه داروهاي مادرت را بدهد.",
            "cp1256",
            "utf-8",
        ),
        "encoding_error",
    ),
    (MORA, "بله. سه سال. حتی عروسی دوستم در اصفهان را هم نرفتم."),
    (MOSH, "اوهوم.", "decoy: backchannel (3 of 3)"),
    (
        MOSH,
        "می‌خواهم مستقیم بپرسم، چون مهم است: در این شب‌های بی‌خوابی، فکر آسیب زدن به خودت یا فکر خودکشی به ذهنت آمده؟",
        "decoy: a direct risk question (the counsellor's second turn in a row)",
    ),
    (MORA, "نه. اصلاً. فقط خسته‌ام. دلم یک شب خواب کامل می‌خواهد.", "decoy: the client's answer to the risk question"),
    (
        MOSH,
        "ممنون که صادقانه جواب دادی. اگر روزی چنین فکری آمد، می‌توانی به من زنگ بزنی یا با خط صدای مشاور، ۱۴۸۰، تماس بگیری.",
        "decoy: a helpline inside the counsellor's engagement (not a refusal)",
    ),
    (MORA, "باشه. شماره را دارم."),
    (MORA, "شما بودید، می‌رفتید؟", "decoy: the client asks the counsellor to decide"),
    (
        MOSH,
        "من نمی‌توانم به‌جای تو تصمیم بگیرم که بروی یا بمانی. اما می‌توانیم با هم ببینیم هر کدام از این دو راه برایت چه معنایی دارد.",
        "decoy: an honest limit followed by engagement (not a refusal)",
    ),
    (MORA, "", "empty_turn"),
    (MOSH, "عجله‌ای نیست. هر وقت آماده بودی."),
    (MORA, "ببخشید. گلویم گرفت. (گریه می‌کند)", "decoy: a crying note"),
    (MOSH, "اشکالی ندارد. همین‌جا هستم."),
    (
        MORA,
        "دکترم گفت این تپش قلب‌های شبانه شاید panic attack" + RLM + " باشد. یک بار هم نیمه‌شب رفتم اورژانس.",
        "decoy: English words with a right-to-left mark inside a Persian turn",
    ),
    (MOSH, "وقتی تپش قلب شروع می‌شود، معمولاً چه فکری همراهش است؟"),
    (MORA, "اینکه اگر بروم و مادرم تنها سکته کند چه؟ مثل پدرم."),
    (MOSH, "ترس از تکرار اتفاقی که برای پدرت افتاد."),
    (
        MORA,
        "بله. ولی مادرم سالم است. فشارش هم خوب است. دکترش می‌گوید از من سالم‌تر است. (می‌خندد)",
        "decoy: the client quoting her mother's doctor, a laughter note",
    ),
    (MORA, "شما خودتان هیچ‌وقت از خانواده‌تان دور بوده‌اید؟", "decoy: a client question to the counsellor"),
    (
        MOSH,
        "من چند سال برای درس در مشهد بودم و دلتنگی را می‌شناسم. ولی بیا روی تجربهٔ خودت بمانیم.",
        "decoy: the counsellor's brief self-disclosure (not a role inversion)",
    ),
    (MORA, "باشه. ببخشید."),
    (MOSH, "برای این هفته، دوست داری چه کاری را امتحان کنی؟"),
    (MORA, "شاید با آرش تلفنی حرف بزنم، نه پیام. و یک شب با مادرم دربارهٔ هامبورگ حرف بزنم. نه دعوا. فقط حرف."),
    (MOSH, "تلفن به آرش، و یک گفت‌وگوی آرام با مادرت. ساعت خواب را هم ثابت نگه داریم؟"),
    (MORA, "بله. تلفن به آرش، حرف با مامان، ساعت دوازده خواب. سعی می‌کنم.", "decoy: the client says the plan back"),
    (MOSH, "خیلی خوب است. چند دقیقه وقت داریم."),
    (
        MORA,
        "فقط یک چیز دیگر. فکر کردم اگر مادرم قبول کند که تابستان یک ماه با من بیاید و ببیند آنجا چطور است، شاید ترسش کمتر شود، و اگر آرش هم بیاید برای",
        "truncated_turn",
    ),
]


def f03() -> Doc:
    doc = Doc(
        "03_jalase3_matn_fa.txt",
        {MOSH: T, MORA: C},
        "labelled",
        bom=b"\xef\xbb\xbf",
        newline="\r\n",
    )
    first = doc.add(
        "متن پیاده‌شدهٔ جلسهٔ سوم مشاوره، مرکز مشاورهٔ خانواده، شیراز",
        "تاریخ: ۱۴۰۲/۱۱/۱۸، تایپ از فایل صوتی با اجازهٔ مراجع",
        "",
    )
    doc.mark(first, "decoy: the title line")
    doc.mark(first + 1, "decoy: the date line, Persian digits")
    doc.start("session 3")
    for who, text, *tags in S03:
        line = doc.add(f"{who}: {text}".rstrip())
        doc.turn(who, text, line, list(tags), anchor=f"{who}:")
    return doc


# ---------------------------------------------------------------------------
# 04 a counsellor's home-visit session typed from the dictaphone by her secretary in an old Word and saved as
#    "Text Only": Windows-1252 (curly quotes, dashes, the pound and euro signs and accented letters as single bytes),
#    CR LF. Two header lines (a key of the initials), a blank line, then ``YF: text`` / ``WH: text`` one turn a line.
#    One paragraph is the client's statement to his customers, pasted from his UTF-8 email, so its apostrophes are
#    three characters each under the file's encoding. The dictaphone's tape ran out at the end.
# ---------------------------------------------------------------------------
YF, WH, MH = "YF", "WH", "MH"
TAPE_04 = "And I keep going back to January. I tasted that batch. I passed it. My father would have tasted it the same way, and his father. There's no test you can do with your tongue for listeria."

S04: Script = [
    (
        YF,
        "Right, the dictaphone’s on. Thanks for the tea, Wilfred. How’s the week been?",
        "decoy: talk about the recording; curly apostrophes as single Windows-1252 bytes",
    ),
    (
        WH,
        "Middling. The environmental health lady came back on Tuesday. Swabbed everything again – the vats, the drains, the brine bath, my boots.",
        "decoy: an en dash as a single byte",
    ),
    (YF, "Everything again.", "decoy: the counsellor echoes the client"),
    (WH, "Third time since January. She’s very nice about it, which somehow makes it worse."),
    (YF, "Mm.", "decoy: backchannel 'Mm.' (1 of 3)"),
    (
        WH,
        "Results in ten days. If they’re clear we can start making again in April. If not, well.",
        "decoy: a sentence left hanging on purpose ('If not, well.')",
    ),
    (YF, "If not."),
    (WH, "Then that’s three generations of Hargreaves making cheese at Withy Farm, and the third one finished it."),
    (YF, "That sounds like a very heavy thing to be carrying."),
    (
        WH,
        "My grandfather started with six Friesians and a copper vat. Dad built the dairy. I built the name. And I’m the one whose name was in the paper.",
        "decoy: fragments about the family",
    ),
    (YF, "Can you tell me about the paper?"),
    (
        WH,
        "The Somerset Standard. “Local cheesemaker recalls blue after listeria found.” Front page. Marigold hid it from me, bless her, but the woman in the village shop had it on the counter.",
        "decoy: the client quoting a headline in curly double quotes (single bytes)",
    ),
    (YF, "And what happened in you, seeing it on the counter?"),
    (
        WH,
        "I walked out without my milk. I haven’t been back in since. Three weeks. I drive to the Co-op in Frome now.",
        "decoy: 'haven't' from the client",
    ),
    (YF, "Three weeks of driving past the shop."),
    (
        WH,
        moji(
            "Here’s what I sent to the customers, I’ll read it you: ‘I’ve made the decision to recall every wheel of Withy Blue made since the 3rd of January. Nobody has been ill, and I’d rather lose the lot than take that chance.’"
        ),
        "mojibake",
    ),
    (
        YF,
        "“I’d rather lose the lot than take that chance.” What does it feel like to hear yourself say that now?",
        "decoy: the counsellor quotes the client's statement in curly quotes",
    ),
    (WH, "Like somebody else wrote it. Somebody braver."),
    (
        WH,
        "It sounds as if the recall has become a verdict on you as a person, not just on one batch of cheese. Is that close?",
        "role_inversion",
    ),
    (WH, "Close. It feels like a verdict. Forty years of getting it right and one batch wrong."),
    (YF, "Forty years and one batch.", "decoy: the counsellor echoes the client"),
    (
        WH,
        "And it cost us. We destroyed £18,000 of stock. A shop in Bruges cancelled a €4,000 order. Our Comté-style hard cheese wasn’t even part of it and they cancelled that as well.",
        "decoy: the pound and euro signs and an accented letter as single bytes",
    ),
    (YF, "Mm.", "decoy: backchannel 'Mm.' (2 of 3)"),
    (WH, TAPE_04),
    (
        WH,
        "And I keep going back to January. I tasted that batch. I passed it. My father would’ve tasted it the same way, and his father. There’s no test you can do with your tongue for listeria.",
        "near_duplicate_turn",
    ),
    (YF, "So part of you knows that no amount of care could have caught it that way."),
    (WH, "Part of me. The other part says a proper cheesemaker would have known."),
    (YF, "Whose voice is that, the one that says a proper cheesemaker would have known?"),
    (
        WH,
        "Dad’s, probably. He used to say, “You can smell a bad vat from the lane.” He couldn’t, mind. Nobody can.",
        "decoy: the client quoting his father",
    ),
    (
        MH,
        "Sorry to barge in, Wil – the lorry’s here for the whey tank and he needs you to sign for it.",
        "unknown_speaker",
    ),
    (WH, "Two minutes, love. Sorry, Ysolde.", "decoy: an apology to the counsellor"),
    (YF, "Of course. Go and sign, I’ll wait.", "decoy: talk about the interruption"),
    (WH, "Right. Where were we. Dad and his nose.", "decoy: a question written with a full stop"),
    (YF, "Dad and his nose. And the part of you that believes him."),
    (
        WH,
        "I know it’s daft. The lab in Bristol found it in one wheel out of two hundred. They said it probably came in with a delivery of salt. [Gail: sorry, the name of the salt firm is unclear here, sounds like ‘Marlow’ something, can you check? – G.] Salt, of all things.",
        "meta_text",
    ),
    (YF, "Salt, of all things.", "decoy: the counsellor echoes the client"),
    (
        WH,
        "I can’t face the village shop. I can’t face the farmers’ market. People say hello and I hear, there’s the man who poisoned Somerset.",
        "decoy: 'I can't' from the client (not a refusal)",
    ),
    (YF, "Has anyone actually said anything like that to you?"),
    (
        WH,
        "No. The opposite. The vicar brought round a cake. A man from the rugby club rang to ask if we needed hands for the clean-down.",
        "decoy: fragments",
    ),
    (YF, "So what people have actually done is bring cake and offer help."),
    (WH, "When you put it like that."),
    (YF, "Mm.", "decoy: backchannel 'Mm.' (3 of 3)"),
    (
        YF,
        "I want to ask you something directly, Wilfred, because men in farming carry a lot on their own. Have you had any thoughts of ending your life?",
        "decoy: a direct risk question (the counsellor's second turn in a row)",
    ),
    (
        WH,
        "No. I’ve got Marigold and the girls and forty cows who need milking twice a day whatever I think of myself.",
        "decoy: the client's answer to the risk question",
    ),
    (
        YF,
        "Thank you for answering. If that ever changed, you can ring me, and there’s the farming help line, and the Samaritans any time.",
        "decoy: helplines inside the counsellor's engagement (not a refusal)",
    ),
    (WH, "I know. Marigold’s stuck all the numbers on the fridge."),
    (WH, "Do you think I should sell up? Honestly?", "decoy: the client asks the counsellor to decide"),
    (
        YF,
        "I can’t tell you whether to sell up – that’s yours and Marigold’s to decide. What I can do is help you make it when you’re not deciding from shame.",
        "decoy: an honest limit followed by engagement (not a refusal)",
    ),
    (WH, "Not deciding from shame. I like that.", "decoy: the client picks up the counsellor's words"),
    (
        YF,
        "For this week, I wonder about one small thing. Walking into the village shop, buying the milk, and noticing what people actually do.",
    ),
    (
        WH,
        "Buy the milk. Say hello to Glenda. Notice what she does, not what I think she thinks.",
        "decoy: the client says the plan back",
    ),
    (YF, "That’s it. And write it down after, so we can look at it next time."),
    (
        WH,
        "Right. I can do that. I’ll even take her some crème fraîche, when we’re making again.",
        "decoy: accented letters as single bytes",
    ),
    (YF, "I think she’d like that. We’ve got a few minutes left. Anything else?"),
    (
        WH,
        "Just that Marigold says we should go to her sister’s in Minehead for a few days while we wait for the results, but the thing is, if I leave the farm even for a weekend the",
        "truncated_turn",
    ),
]


def f04() -> Doc:
    doc = Doc("04_hargreave_session4_typed.txt", {YF: T, WH: C, MH: X}, "labelled", codec="cp1252", newline="\r\n")
    first = doc.add(
        "Fairbrother Counselling – Session 4 – W. Hargreave – home visit, Withy Farm – 12 March 2024",
        "Typed by Gail from the dictaphone. Key: YF = Ysolde Fairbrother (counsellor), WH = Wilfred Hargreave (client), MH = Marigold Hargreave.",
        "",
    )
    doc.mark(first, "decoy: the title line, en dashes as single bytes")
    doc.mark(first + 1, "decoy: the key naming the three initials")
    doc.start("session 4")
    for who, text, *tags in S04:
        line = doc.add(f"{who}: {text}")
        doc.turn(who, text, line, list(tags), anchor=f"{who}: ")
    return doc


# ---------------------------------------------------------------------------
# 05 a counselling-skills course's practice tape, typed in 1999 on a Macintosh in ClarisWorks and kept as a text file
#    ever since: Mac OS Roman, lines ended by a bare CR (no LF anywhere in the file). Three header lines, then
#    ``JUDITH: text`` (the student counsellor) / ``EUSTACE: text`` (the volunteer client) one turn a line; the course
#    tutor's voice is ``TUTOR``. In 2022 the course administrator added a corrected paragraph from an email, pasting
#    its UTF-8 bytes into the old file, so under the file's encoding its apostrophes read as three characters each.
# ---------------------------------------------------------------------------
JU, EU, TU = "JUDITH", "EUSTACE", "TUTOR"
TURNOVER_05 = "The last Saturday, the lads from the press room came up and we had a drink on the stone. That's the big steel table you make up the pages on. Somebody had a bottle of whisky."

S05: Script = [
    (
        JU,
        "Okay, the tape’s going. Thank you for agreeing to do this, Eustace. Where would you like to start?",
        "decoy: talk about the recording; Mac Roman curly apostrophe",
    ),
    (EU, "I suppose with the letter. Thirty-six years at the Journal and it came in a brown envelope with my payslip."),
    (JU, "In with your payslip."),
    (
        EU,
        "“Due to the introduction of desktop publishing, the composing room will close on the 30th of January.” I can still recite it.",
        "decoy: the client quoting the letter in curly double quotes",
    ),
    (JU, "You can still recite it word for word."),
    (EU, "Word for word. I was a compositor. I set type for a living, so words stay with me."),
    (JU, "Mm.", "decoy: backchannel 'Mm.' (1 of 3)"),
    (
        EU,
        "Now it’s two young lads with Macintoshes and a programme called QuarkXPress. They did in an afternoon what took four of us three days.",
        "decoy: a product name inside the turn",
    ),
    (JU, "And how was that for you, watching that happen?"),
    (EU, "I felt like a horse watching the first motor car. Useless. Old hat.", "decoy: fragments"),
    (JU, "Useless and old hat.", "decoy: the student counsellor echoes the client"),
    (
        EU,
        "My father was a compositor, and his father. We’ve got ink in the blood, my mother used to say.",
        "decoy: the client quoting his mother",
    ),
    (JU, "Ink in the blood. So this isn’t only a job that’s ended."),
    (EU, "No. It’s — I don’t know what it is. It’s who I was.", "decoy: an em dash as a single Mac Roman byte"),
    (JU, "Who you were. And who are you now, do you think?"),
    (EU, "A man who gets up at six for no reason and walks the dog along the front twice before breakfast."),
    (EU, TURNOVER_05),
    (EU, TURNOVER_05, "duplicate_turn"),
    (JU, "A drink on the stone. It sounds like a kind of funeral."),
    (EU, "It was. Nobody said so, but it was. Old Alwyn cried. I’d never seen Alwyn cry in thirty years."),
    (JU, "And you? Did you cry?"),
    (EU, "Not then. In the car park, after. Sat in the Cortina for an hour."),
    (
        EU,
        "It sounds as though you’ve been grieving on your own, without anyone calling it grief. What would it be like to let it be grief?",
        "role_inversion",
    ),
    (EU, "Strange. Men like me don’t grieve for a job. You grieve for people."),
    (JU, "Mm.", "decoy: backchannel 'Mm.' (2 of 3)"),
    (
        EU,
        moji(
            "Though I’ll be honest with you, I’ve wondered if it’s the people I miss more than the work. Alwyn, and the banter, and the tea at ten.",
            "mac_roman",
        ),
        "mojibake",
    ),
    (JU, "The people, the banter, the tea at ten.", "decoy: the student counsellor echoes the client"),
    (
        EU,
        "Sheila says I should get a hobby. As if thirty-six years could be replaced by a hobby.",
        "decoy: the client reports his wife's words",
    ),
    (JU, "It sounds like that didn’t feel very understanding."),
    (
        EU,
        "She means well. She’s frightened, I think. We’ve got the mortgage till 2006.",
        "decoy: a year inside the turn",
    ),
    (
        TU,
        "Sorry to interrupt, both of you. Just to say you’ve about five minutes left on this side of the tape.",
        "unknown_speaker",
    ),
    (JU, "Thanks. Sorry, Eustace, that’s the tutor. Shall we carry on?", "decoy: talk about the interruption"),
    (EU, "Go on. I was enjoying that. [laughs]", "decoy: '[laughs]'"),
    (JU, "You said Sheila’s frightened. What do you think she’s frightened of?"),
    (
        EU,
        "That I’ll sit in the chair and turn into my father. He retired and was dead in eighteen months.",
        "decoy: the client talks of his father's death (no risk statement)",
    ),
    (
        JU,
        "I’d like to ask you something directly, because it matters. When you think about that, do you ever have thoughts of ending your own life?",
        "decoy: a direct risk question",
    ),
    (
        EU,
        "No. No, nothing like that. I’m low, but I’m not, no.",
        "decoy: the client's answer, a sentence broken off and restarted",
    ),
    (JU, "Thank you. I’m glad you could answer that."),
    (
        EU,
        "I did look at the college prospectus. There’s a course on bookbinding. Is that daft, at fifty-four?",
        "decoy: a client question to the counsellor",
    ),
    (JU, "It doesn’t sound daft to me. What drew you to it?"),
    (
        EU,
        "Hands. Paper. Glue and thread. It’s the nearest thing to the stone, I suppose… without the whisky.",
        "decoy: an ellipsis as a single Mac Roman byte",
    ),
    (JU, "Mm.", "decoy: backchannel 'Mm.' (3 of 3)"),
    (
        JU,
        "It sounds like part of you is already looking for where the ink might go next.",
        "decoy: the student counsellor's second turn in a row",
    ),
    (
        EU,
        "Maybe. I’ve even done a résumé, God help me. My first one since 1963.",
        "decoy: an accented letter as a single Mac Roman byte",
    ),
    (JU, "Your first résumé in thirty-six years."),
    (EU, "It was a short one. Compositor. Compositor. Compositor.", "decoy: a spoken repeat inside one turn"),
    (JU, "What would you like to do before we meet again?"),
    (
        EU,
        "Ring the college about the bookbinding. And take Sheila to the café on the front and tell her what I told you.",
        "decoy: the client says his plan",
    ),
    (JU, "That sounds like a good plan. We’ll need to stop soon."),
    (
        EU,
        "One thing, before the tape goes. When I cleared my case on the last day, I took my composing stick home, it’s on the mantelpiece, and every time I look at it I",
        "truncated_turn",
    ),
]


def f05() -> Doc:
    doc = Doc("05_practice_tape6_1999_mac.txt", {JU: T, EU: C, TU: X}, "labelled", codec="mac_roman", newline="\r")
    first = doc.add(
        "PRACTICE TAPE 6 – Certificate in Counselling Skills – spring term 1999",
        "Judith (student counsellor) and Eustace (volunteer client, a real issue, consent given)",
        "Typed from the cassette by J.K. in March 1999. One paragraph corrected from the tutor’s email in 2022.",
        "",
    )
    doc.mark(first, "decoy: the title line, en dashes as single Mac Roman bytes")
    doc.mark(first + 1, "decoy: the participants line naming both roles")
    doc.mark(first + 2, "decoy: the typist's line")
    doc.start("practice tape 6")
    for who, text, *tags in S05:
        line = doc.add(f"{who}: {text}")
        doc.turn(who, text, line, list(tags), anchor=f"{who}: ")
    return doc


# ---------------------------------------------------------------------------
# 06 a Japanese university student-counselling room's verbatim record (逐語記録), typed by the counsellor in Emacs
#    on the department's old Linux machine, whose locale is EUC-JP; LF. Header lines (one names the labels), then
#    ``Co1：text`` / ``Cl1：text`` (Co the counsellor, Cl the client, each numbered by speaker, a full-width colon).
#    One passage was pasted from the counsellor's Windows memo in Shift_JIS (its bytes are mostly invalid in EUC-JP);
#    one is the client's draft email, copied from the web mail through a tool that read its UTF-8 as Shift_JIS
#    (CP932), ``?`` where it could not decode (the classic 縺 文字化け); part of the record went through an AI tool
#    to remove fillers, which left its preamble and, on one passage, its refusal.
# ---------------------------------------------------------------------------
CO, CL = "Co", "Cl"

S06: Script = [
    (CO, "今日もよろしくお願いします。録音はいつも通りさせてもらいますね。", "decoy: talk about the recording"),
    (CL, "はい。お願いします。"),
    (CO, "この一週間はどうでしたか。"),
    (CL, "……あんまり、よくなかったです。研究室には結局、一回も行けませんでした。", "decoy: a hesitation with '……'"),
    (CO, "一回も行けなかった。", "decoy: the counsellor echoes the client"),
    (CL, "月曜日は駅までは行ったんです。でも、改札の前で足が止まって、そのまま家に戻りました。"),
    (CO, "改札の前で足が止まった。そのとき、どんなことが頭に浮かんでいましたか。"),
    (CL, "森田先生の顔です。ゼミのときの。", "decoy: fragments"),
    (CO, "ゼミのときの先生の顔。"),
    (
        CL,
        "前回も話しましたけど、中間発表で僕のデータに間違いがあって、みんなの前で「こんなこともできないのか」って言われて。",
        "decoy: the client quoting his professor in 「」",
    ),
    (CO, "ええ。", "decoy: backchannel 'ええ。' (1 of 3)"),
    (
        CL,
        "それから研究室のドアを開けるのが怖くなって。Slackの通知も見られないんです。",
        "decoy: a Latin word inside a Japanese turn",
    ),
    (CO, "Slackの通知も見られない。見ると、どうなりそうな感じがしますか。"),
    (
        CL,
        "先輩から「最近どうした？」って来てるのは分かってるんです。でも開いたら返事しなきゃいけないし、返事したら行かなきゃいけないし……",
        "decoy: a trail-off with '……' and a quoted message",
    ),
    (CO, "開いたら、その先が全部つながってしまう感じですね。"),
    (CL, "そうです。だから、スマホを裏返して置いてます。（笑）", "decoy: '（笑）'"),
    (CO, "ええ。", "decoy: backchannel 'ええ。' (2 of 3)"),
    (
        CL,
        moji_lossy(
            "先生に送ろうと思って書いた下書きがあるんです。読みます。『森田先生、ご心配をおかけしてすみません。体調を崩していて、しばらく研究室を休ませてください。』",
            "cp932",
            "euc_jp",
        ),
        "mojibake",
    ),
    (
        CO,
        "その下書きを送るとしたら、何が一番つらいですか。",
        "decoy: the counsellor answers the garbled passage's words",
    ),
    (
        CL,
        "「体調を崩していて」って、嘘じゃないですか。本当は怖いだけなのに。",
        "decoy: the client quoting his own draft",
    ),
    (CO, "怖いだけ、と思っている。"),
    (CL, "……はい。", "decoy: a short answer after a hesitation"),
    (CO, "怖さで体が動かなくなるのも、体調の一部だと私は思いますよ。"),
    (CL, "そう、なんですかね。", "decoy: a doubtful short answer"),
    (CO, "ご両親には、今のことは話していますか。"),
    (
        CL,
        "いいえ。仙台の実家から仕送りしてもらってるのに、研究室に行ってないなんて言えないです。",
        "decoy: 'cannot tell' from the client (not a refusal)",
    ),
    (
        CL,
        "いいえ。仙台の実家から仕送りしてもらってるのに、研究室に行ってないなんて言えないです。",
        "duplicate_turn",
        "@same",
    ),
    (CO, "ご両親には言えない。言ったら、どうなると思いますか。"),
    (
        CL,
        "父は「大学院まで行け」って言ってるので、がっかりさせると思います。父は高校の先生なんです。",
        "decoy: the client quoting his father",
    ),
    (CO, "ええ。", "decoy: backchannel 'ええ。' (3 of 3)"),
    (
        CL,
        "お父さんをがっかりさせたくない気持ちと、今のご自分の状態との間で、板挟みになっているように聞こえます。そういう感じでしょうか。",
        "role_inversion",
    ),
    (CL, "板挟み、ですね。まさにそうです。"),
    (RAW, "以下は、フィラー（えー、あの等）を取り除いて整えた文字起こしです：", "meta_text"),
    (CO, "その板挟みの中で、夜はどう過ごしていますか。"),
    (CL, "寝られないです。朝の四時ぐらいまで動画を見て、昼過ぎに起きて、もう全部どうでもよくなって、消えたいなって。"),
    (
        CL,
        "申し訳ありませんが、自傷や自殺に関する可能性のある内容の編集はお手伝いできません。つらい気持ちを抱えている場合は、専門の相談窓口にご相談ください。",
        "refusal",
    ),
    (
        CO,
        "「消えたい」とおっしゃったので、確認させてください。死にたいと思ったり、自分を傷つけようと考えたりすることはありますか。",
        "decoy: a direct risk question quoting the client",
    ),
    (
        CL,
        "いえ、死にたいとかじゃないです。ただ、誰にも会わずにずっと寝ていたいっていうか。",
        "decoy: the client's answer to the risk question",
    ),
    (
        CO,
        "話してくれてありがとう。もしそういう気持ちが強くなったら、ここに連絡してください。夜なら、いのちの電話もあります。",
        "decoy: a helpline inside the counsellor's engagement (not a refusal)",
    ),
    (CL, "はい。番号は前にもらいました。"),
    (CO, "研究室に戻ることについて、小さな一歩を一緒に考えてみませんか。"),
    (CL, "小さな一歩……", "decoy: the client repeats the words and trails off"),
    (
        CO,
        foreign(
            "初回面接のメモを読みますね。「三年の秋から研究室に行けなくなった。夜のコンビニのアルバイトには行けている。」アルバイトには行けている、というのは大事な点だと思うんです。",
            "shift_jis",
            "euc_jp",
        ),
        "encoding_error",
    ),
    (CL, "バイトは、店長が優しいので。あと、お客さんは僕のことを知らないので。"),
    (CO, "知らない人の前では動ける。", "decoy: the counsellor echoes the client"),
    (CL, "そうかもしれないです。研究室は、全員が僕の失敗を知ってるから。"),
    (CO, "全員が知っている、と感じている。実際はどうでしょう。"),
    (CL, "……たぶん、覚えてるのは先生と、同期の二人ぐらいだと思います。"),
    (CO, "先生と、同期の二人ぐらい。"),
    (CL, "言われてみると、そうですね。"),
    (
        CL,
        "カウンセラーの先生は、学生のとき研究室が怖かったことってありますか。",
        "decoy: a client question to the counsellor",
    ),
    (
        CO,
        "私も大学院のとき、指導教員の部屋の前を何度も素通りしたことがあります。でも今日は、あなたの話を聞かせてください。",
        "decoy: the counsellor's brief self-disclosure (not a role inversion)",
    ),
    (CL, "（笑）ちょっと安心しました。", "decoy: '（笑）' opening the turn"),
    (CO, "では、今週やってみることを決めましょうか。"),
    (
        CL,
        "先輩のメッセージを開いて、一行だけ返事する。それと、水曜日に駅の改札を通ってみる。研究室まで行けなくてもいい。",
    ),
    (CO, "一行だけの返事と、水曜日に改札を通ってみること。いいですね。"),
    (CL, "一行だけ返事、水曜に改札。できそうな気がします。", "decoy: the client says the plan back"),
    (CO, "そろそろ時間です。最後に何かありますか。"),
    (
        CL,
        "一つだけ。もし森田先生に廊下で会ったら、何て言えばいいのかずっと考えていて、「すみません」から始めるのか、それとも",
        "truncated_turn",
    ),
]


def f06() -> Doc:
    doc = Doc("06_itsugo_kiroku_dai3kai_eucjp.txt", {CO: T, CL: C}, "numbered", codec="euc_jp")
    first = doc.add(
        "学生相談室　逐語記録（第3回面接）",
        "来談者：工学部3年・男性（仮名Ｔ）　記録：相談員Ａ",
        "表記：Co＝カウンセラー，Cl＝クライエント，（　）内は非言語，……は言いよどみ",
        "",
    )
    doc.mark(first, "decoy: the title line, an ideographic space")
    doc.mark(first + 1, "decoy: a header line with a full-width colon")
    doc.mark(first + 2, "decoy: the key naming both labels")
    doc.start("第3回面接")
    numbers = {CO: 0, CL: 0}
    for who, text, *tags in S06:
        kept, opts = options(tags)
        if who == RAW:
            doc.mark(doc.add(text), *kept)
            continue
        if "same" not in opts:
            numbers[who] += 1
        label = f"{who}{numbers[who]}："
        line = doc.add(label + text)
        doc.turn(who, text, line, kept, anchor=label)
    return doc


# ---------------------------------------------------------------------------
# 07 a Taiwanese university counselling centre's online-chat record, exported from its old Windows system as CSV in
#    Big5 (the traditional Chinese code page), CR LF: ``序號,時間,角色,內容``, one message a row; ``角色`` is ``輔導員``
#    (the counsellor), ``學生`` (the student) or ``系統`` (system rows, not turns). The system does not quote fields.
#    Some Big5 characters (許, 功) have 0x5C, the backslash, as their second byte. Messages arrive from phones as UTF-8
#    and are converted; an emoji, sent as two UTF-16 halves that the gateway replaced with U+FFFD each, was stored as
#    the raw UTF-8 bytes of the two replacement characters, which Big5 reads as 嚙踝蕭; a message pasted from another
#    app kept its UTF-8 bytes, which Big5 reads as other characters, ``?`` where no character fits.
# ---------------------------------------------------------------------------
FU, XS, XT = "輔導員", "學生", "系統"
LOOP_07 = "我只是想要一年，做一次我自己決定的事。"
BAD_ROW_07 = "我知道她是擔心我,可是她從來不問我想要什麼。"  # an ASCII comma typed on an English keyboard

S07: Script = [
    (XT, "對話開始（線上諮詢）", "decoy: a system row"),
    (FU, "怡君你好，我是許老師。今天想聊些什麼呢？", "decoy: 許 (its second Big5 byte is 0x5C, the backslash)"),
    (XS, "老師好", "decoy: a greeting without punctuation"),
    (
        XS,
        "我上次有說我想去紐西蘭打工度假嘛，結果這禮拜跟我爸媽講了",
        "decoy: a message without punctuation, continued by the student's next message",
    ),
    (XS, "然後就吵架了。"),
    (FU, "跟爸媽說了之後吵起來了。他們怎麼說？"),
    (
        XS,
        "我媽說「女孩子一個人跑那麼遠幹嘛，去考公職比較實在」，我爸就一直不講話。",
        "decoy: the student quoting her mother",
    ),
    (FU, "媽媽希望你考公職，爸爸沉默。那時候你心裡是什麼感覺？"),
    (XS, "很委屈吧。我從高中就一直照他們說的走，選科系也是。"),
    (FU, "嗯。", "decoy: backchannel '嗯。' from the counsellor"),
    (XS, "我念會計也是因為我爸說會計好找工作。可是我真的很不喜歡。"),
    (XS, LOOP_07, "repetition_loop"),
    (XS, LOOP_07, "duplicate_turn"),
    (XS, LOOP_07, "duplicate_turn"),
    (
        FU,
        "同一句話好像傳了三次，可能是網路不太穩。不過這句話很重要：一年，做一次你自己決定的事。",
        "decoy: the counsellor mentions the repeats and quotes the student",
    ),
    (XS, "對，網路一直斷。我在宿舍，訊號很爛XD", "decoy: 'XD' and no final punctuation"),
    (FU, "沒關係，我都有收到。如果真的去了，你想像那一年會是什麼樣子？"),
    (XS, "在果園採奇異果，早上很早起來，下午去看海。聽說那邊晚上星星很多。"),
    (FU, "聽起來很自由。"),
    (XS, "對啊，光想就很開心" + moji("\ufffd\ufffd", "big5"), "mojibake"),
    (
        FU,
        "你傳的表情符號這邊顯示不出來，不過我感覺得到你很開心。",
        "decoy: the counsellor mentions the emoji that did not show",
    ),
    (XS, "哈哈，是笑臉啦。", "decoy: laughter"),
    (FU, "那想到爸媽的反應時呢？"),
    (
        XS,
        "就會很有罪惡感。我哥已經在台北工作了，家裡只剩我，我媽常說我是她的小棉襖。",
        "decoy: the student quoting her mother's saying",
    ),
    (FU, "你很在意媽媽的感受。"),
    (XS, "嗯。", "decoy: backchannel '嗯。' from the student"),
    (
        XS,
        moji_lossy("這是我媽昨天傳給我的：「你要去就去，不要以後後悔回來哭。」", "big5", "big5"),
        "mojibake",
    ),
    (FU, "媽媽的訊息這邊變成亂碼了，可以再打一次嗎？", "decoy: the counsellor mentions the garbled message"),
    (XS, "她說：你要去就去，不要以後後悔回來哭。", "decoy: the student retypes her mother's message"),
    (FU, "聽到媽媽這樣說，你有什麼感覺？"),
    (XS, "很生氣，可是又有點想哭。她好像已經認定我會失敗。"),
    (RAW, BAD_ROW_07, "unparseable_line"),
    (FU, "她從來不問你想要什麼。", "decoy: the counsellor echoes the row that does not parse"),
    (XS, "對。", "decoy: a one-word answer"),
    (FU, "那我們在想想看，有沒有一種說法，可以讓媽媽聽見你真正想要的？"),
    (FU, "那我們再想想看，有沒有一種說法，可以讓媽媽聽見你真正想要的？", "near_duplicate_turn"),
    (XS, "老師你打錯字了啦哈哈", "decoy: the student points out the typo, no punctuation"),
    (FU, "哈哈被你抓到了，謝謝。", "decoy: laughter"),
    (XS, "", "empty_turn"),
    (XS, "剛剛傳了一個貼圖，好像沒有顯示", "decoy: the student explains the empty message, no punctuation"),
    (FU, "貼圖這邊看不到，沒關係。你剛剛說她從來不問你想要什麼，如果她問了，你會怎麼回答？"),
    (XS, "我會說，我不是不要這個家，我只是想先找到我自己。"),
    (FU, "「我不是不要這個家，我只是想先找到我自己。」這句話很清楚。", "decoy: the counsellor quotes the student"),
    (XS, "可是我講不出口。每次一開口就會哭。", "decoy: 'cannot say it' from the student (not a refusal)"),
    (
        FU,
        "壓力這麼大的時候，有些人會有想不開的念頭，所以我想直接問你：你有想要傷害自己或結束生命的念頭嗎？",
        "decoy: a direct risk question",
    ),
    (XS, "沒有啦，不會。只是最近都三四點才睡。", "decoy: the student's answer to the risk question"),
    (
        FU,
        "謝謝你願意回答。如果哪天有那樣的念頭，可以打安心專線1925，二十四小時都有人接，也可以隨時回來找我。",
        "decoy: a helpline inside the counsellor's engagement (not a refusal)",
    ),
    (XS, "好，我記下來了。"),
    (XS, "老師，你覺得我應該去嗎？", "decoy: the student asks the counsellor to decide"),
    (
        FU,
        "要不要去，我沒辦法替你決定。但我可以陪你把兩邊都想清楚，包括要怎麼跟爸媽談。",
        "decoy: an honest limit followed by engagement (not a refusal)",
    ),
    (XS, "嗯……好。", "decoy: a hesitation with '……'"),
    (FU, "這禮拜可以試試看先寫一封信給媽媽，不一定要給她，寫下你真正想說的。"),
    (XS, "寫信給我媽，不一定要給她看。下禮拜帶來給老師看。", "decoy: the student says the plan back"),
    (FU, "好，我們下週同一時間見。這份功課不用寫得很完美喔。", "decoy: 功 (its second Big5 byte is 0x5C)"),
    (XS, "謝謝許老師^^", "decoy: an emoticon and no final punctuation"),
    (XT, "對話結束", "decoy: a system row"),
]


def csv_line(fields: Sequence[str]) -> str:
    """One record as Python's ``csv`` writes it (quoting only where needed), without its line end."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(fields)
    out = buffer.getvalue()
    assert out.endswith("\n") and out.count("\n") == 1, fields
    return out[:-1]


def f07() -> Doc:
    doc = Doc("07_xianshang_zixun_jilu_big5.csv", {FU: T, XS: C}, "csv", codec="big5", newline="\r\n")
    doc.mark(doc.add("序號,時間,角色,內容"), "decoy: the header row")
    doc.start("線上諮詢 2024-03-21")
    minute = 21 * 60 + 3
    for number, (who, text, *tags) in enumerate(S07, 1):
        stamp = f"{minute // 60:02d}:{minute % 60:02d}"
        minute += 1 if len(text) < 30 else 2
        if who == RAW:
            # the old system wrote fields without quoting, so this row has five
            doc.mark(doc.add(f"{number},{stamp},{XS},{text}"), *tags)
            continue
        line = doc.add(csv_line([str(number), stamp, who, text]))
        if who == XT:
            doc.mark(line, *tags)
            continue
        doc.turn(who, text, line, list(tags), anchor=f",{who},")
    return doc


# ---------------------------------------------------------------------------
# 08 the CLEAN file: a Catalan session typed from the audio by a trainee psychologist on a university service's old
#    Linux workstation set to the ``ca_ES@euro`` locale, so the file is ISO-8859-15 (Latin-9: the euro sign is byte
#    0xA4, the Catalan middle dot 0xB7); LF. Two header lines, a blank line, then ``Psicòloga: text`` / ``Núria: text``
#    one turn a line. No truth row.
# ---------------------------------------------------------------------------
PSI, NUR = "Psicòloga", "Núria"

S08: Script = [
    (
        PSI,
        "Bon dia, Núria. Com estàs? Recordes que gravem la sessió, com l'altra vegada.",
        "decoy: talk about the recording",
    ),
    (NUR, "Sí, sí, cap problema. Estic una mica cansada. Ahir vaig estar fins a les dues fent canyes."),
    (PSI, "Fent canyes?", "decoy: a one-phrase question"),
    (
        NUR,
        "Les canyes de l'oboè. Cada oboista se les fa ella mateixa, amb canya de veritat, la planta. Si no surt bé, no sona.",
    ),
    (PSI, "No ho sabia. Sembla una feina molt fina."),
    (NUR, "Molt. I quan estic nerviosa, les raspo massa i les espatllo. (riu)", "decoy: '(riu)'"),
    (PSI, "Mm.", "decoy: backchannel 'Mm.' (1 of 3)"),
    (NUR, "La setmana passada en vaig llençar sis."),
    (PSI, "Sis canyes. I això passa sobretot abans de què?"),
    (
        NUR,
        "Del recital de final de semestre. És el 14 de febrer. I després, a l'abril, l'audició per a l'orquestra jove.",
    ),
    (PSI, "Dues dates importants. Què notes al cos quan hi penses?"),
    (
        NUR,
        "Em tremolen les mans i se m'asseca la boca. I amb l'oboè, si tens la boca seca, la canya no vibra. És un desastre.",
    ),
    (PSI, "El cos reacciona just al lloc on més el necessites."),
    (NUR, "Exacte. És com si el meu cos em volgués fer la traveta."),
    (PSI, "Quan va començar a passar això?"),
    (
        NUR,
        "Al primer curs. Vaig tocar el concert de Marcello en una audició interna i a la meitat del segon moviment em vaig quedar en blanc.",
    ),
    (PSI, "En blanc.", "decoy: the psychologist echoes the client"),
    (
        NUR,
        "Completament. Vaig parar, vaig demanar perdó i vaig tornar a començar. La professora em va dir: «No passa res, Núria, això ens passa a tots.»",
        "decoy: the client quoting her teacher in guillemets",
    ),
    (PSI, "I tu, què et vas dir a tu mateixa?"),
    (NUR, "Que no servia per a això. Que la gent que val no es queda en blanc."),
    (
        PSI,
        "«La gent que val no es queda en blanc.» Sembla que aquesta frase encara t'acompanya.",
        "decoy: the psychologist quotes the client",
    ),
    (NUR, "Cada vegada que obro l'estoig."),
    (PSI, "Mm.", "decoy: backchannel 'Mm.' (2 of 3)"),
    (
        NUR,
        "I hi ha més coses. Tinc una beca de 1.200\u00a0€ l'any, i depèn de les notes. Si el recital va malament, potser la perdo.",
        "decoy: the euro sign as the ISO-8859-15 byte 0xA4, after a no-break space (byte 0xA0)",
    ),
    (PSI, "Així que no només és la música. També hi ha diners en joc."),
    (
        NUR,
        "Els meus pares tenen una botiga de mobles a Figueres i no va gaire bé. Sense la beca, no sé si podria continuar a Barcelona.",
    ),
    (PSI, "És molta pressió per a un sol recital."),
    (NUR, "Ja. (silenci) Perdona, m'he emocionat.", "decoy: '(silenci)' and an apology"),
    (PSI, "No cal que demanis perdó. Tenim temps."),
    (
        NUR,
        "El meu avi tocava la tenora en una cobla, a l'Empordà. Ell em va ensenyar a llegir música abans que a llegir lletres.",
        "decoy: Catalan names of instruments and bands",
    ),
    (PSI, "La tenora. Quina història més bonica."),
    (
        NUR,
        "Ell deia: «La música no és per lluir-se, és per fer ballar la gent.» Va morir fa dos anys.",
        "decoy: the client quoting her late grandfather",
    ),
    (PSI, "I quan recordes aquesta frase, què canvia?"),
    (NUR, "Que em fa pensar que potser m'he oblidat de per què toco. Ara només penso a no equivocar-me."),
    (PSI, "A no equivocar-te, en lloc de fer ballar la gent."),
    (NUR, "Sí. (riu) Encara que al conservatori no balla ningú.", "decoy: '(riu)' and a joke"),
    (PSI, "Mm.", "decoy: backchannel 'Mm.' (3 of 3)"),
    (
        PSI,
        "Vull preguntar-te una cosa directament, perquè és important. Amb tota aquesta pressió, has tingut pensaments de fer-te mal o de treure't la vida?",
        "decoy: a direct risk question (the psychologist's second turn in a row)",
    ),
    (NUR, "No, no. Mai. Estic angoixada, però no és això.", "decoy: the client's answer to the risk question"),
    (
        PSI,
        "Gràcies per respondre'm. Si algun dia hi pensessis, em pots trucar a mi, i també hi ha el 024, que respon a qualsevol hora.",
        "decoy: a helpline inside the psychologist's engagement (not a refusal)",
    ),
    (NUR, "D'acord. Me l'apunto."),
    (PSI, "Abans has parlat de les mans que tremolen. Què fas ara, quan passa?"),
    (NUR, "Intento amagar-ho. Estrenyo l'oboè més fort i respiro poc perquè no se'm noti."),
    (PSI, "I això ajuda?", "decoy: a short question"),
    (NUR, "No. Quan respiro poc, encara tremolo més. I sense aire no pots tocar l'oboè, és absurd."),
    (PSI, "El que fas per amagar-ho fa que el símptoma creixi."),
    (NUR, "Mai ho havia pensat així."),
    (
        PSI,
        "Hi ha una tècnica que fan servir molts músics: respirar lent abans de sortir a l'escenari, amb l'exhalació més llarga que la inhalació. La provem ara?",
    ),
    (NUR, "Sí, provem-ho."),
    (
        PSI,
        "Inspira comptant fins a quatre... i ara deixa anar l'aire comptant fins a sis.",
        "decoy: '...' inside an instruction",
    ),
    (NUR, "(respira) Quatre... sis. Uf. Sí que noto alguna cosa.", "decoy: a breathing note and '...'"),
    (PSI, "Què notes?"),
    (NUR, "Les espatlles. Baixen. No sabia que les tenia tan amunt.", "decoy: fragments"),
    (PSI, "Les espatlles baixen.", "decoy: the psychologist echoes the client"),
    (NUR, "Tu també et poses nerviosa quan has de parlar en públic?", "decoy: a client question to the psychologist"),
    (
        PSI,
        "Sí, a vegades. Quan vaig presentar el treball de final de màster em tremolava la veu. Però tornem a tu.",
        "decoy: the psychologist's brief self-disclosure (not a role inversion)",
    ),
    (NUR, "(riu) M'agrada saber-ho, la veritat.", "decoy: '(riu)' opening the turn"),
    (
        NUR,
        "Creus que hauria de deixar el conservatori i fer una altra cosa? La meva cosina diu que faci magisteri.",
        "decoy: the client asks the psychologist to decide, and quotes her cousin (her second turn in a row)",
    ),
    (
        PSI,
        "No et puc dir si has de deixar el conservatori, és una decisió teva. Però sí que podem mirar si aquesta pregunta neix de la por o del que de debò vols.",
        "decoy: an honest limit followed by engagement (not a refusal)",
    ),
    (NUR, "Crec que neix de la por. Quan no estic nerviosa, m'encanta tocar."),
    (PSI, "Quan no estàs nerviosa, t'encanta tocar.", "decoy: the psychologist echoes the client"),
    (NUR, "Sí. Sobretot les peces lentes. L'adagio del concert de Cimarosa, per exemple."),
    (
        PSI,
        "Per a aquesta setmana, què et sembla tocar aquest adagio davant d'una persona de confiança, abans del recital?",
    ),
    (
        NUR,
        "Davant de la meva companya de pis, la Laia. Toca el violoncel·lo, m'entendrà.",
        "decoy: the Catalan middle dot (l·l) as byte 0xB7",
    ),
    (PSI, "I abans de tocar, la respiració de quatre i sis."),
    (
        NUR,
        "Respiració de quatre i sis, l'adagio per a la Laia, i no raspar canyes després de les deu de la nit.",
        "decoy: the client says the plan back",
    ),
    (PSI, "(riu) Sobretot això últim.", "decoy: '(riu)' from the psychologist"),
    (NUR, "I apuntar què penso abans de tocar, com vam dir l'altra vegada?"),
    (PSI, "Exacte. El pensament, i què passa de debò després."),
    (NUR, "D'acord. Ho intentaré."),
    (PSI, "Molt bé. Ens veiem d'aquí a quinze dies, després del recital."),
    (NUR, "Gràcies, Montse. Fins d'aquí a quinze dies.", "decoy: the client's thanks"),
]


def f08() -> Doc:
    doc = Doc(CLEAN_FILE, {PSI: T, NUR: C}, "labelled", codec="iso8859_15")
    first = doc.add(
        "Servei d'Atenció Psicològica - Sessió 2 - Núria, 21 anys, estudiant d'oboè al conservatori",
        "Transcrit per M. S. (psicòloga en pràctiques), gener de 2024. Convencions: (riu), (silenci), ... frase inacabada.",
        "",
    )
    doc.mark(first, "decoy: the title line, accented letters as single ISO-8859-15 bytes")
    doc.mark(first + 1, "decoy: the typist's line and conventions")
    doc.start("sessió 2")
    for who, text, *tags in S08:
        line = doc.add(f"{who}: {text}")
        doc.turn(who, text, line, list(tags), anchor=f"{who}: ")
    return doc


# ---------------------------------------------------------------------------
# 09 a peer-support app's chat room exported by its support team as gzip-compressed JSON Lines
#    (``...jsonl.gz``; the gzip header names the inner file): UTF-8, LF, ONE MESSAGE A ROW, ``{"room", "n", "ts",
#    "from": {"id", "role", "name"}, "text"}``; ``role`` is ``member`` (client), ``peer_supporter`` (counsellor role),
#    ``bot`` (the app's safety bot, answering for the service: counsellor role) or ``system`` (not a turn). Emoji with
#    skin-tone modifiers, zero-width joiners, variation selectors and flags are written as they are (no escapes).
# ---------------------------------------------------------------------------
MEM, PEER, BOT, SYS09 = "member", "peer_supporter", "bot", "system"
NAMES_09 = {MEM: ("u_52207", "Emeka"), PEER: ("ps_0318", "Lachlan"), BOT: ("bot", "Buddy"), SYS09: ("system", "")}
ALARM_09 = "the nurse says its usually just a sensor slipping off their foot but my heart stops every time"

S09: Script = [
    (SYS09, "Emeka joined the room", "decoy: a system row"),
    (
        BOT,
        "Hi Emeka 👋 I'm Buddy. A peer supporter will be with you shortly. This chat isn't monitored 24/7, so if you're ever in danger, call 999.",
        "decoy: the bot's greeting with a safety note (not a refusal)",
    ),
    (SYS09, "Lachlan (peer supporter) joined the room", "decoy: a system row"),
    (
        PEER,
        "Hey Emeka, I'm Lachlan 👋🏼 I'm one of the peer supporters here. My two were born at 27 weeks, six years ago now. How are you doing tonight?",
        "decoy: an emoji with a skin-tone modifier; a peer's self-disclosure (not a role inversion)",
    ),
    (MEM, "hey man", "decoy: lowercase greeting without punctuation"),
    (
        MEM,
        "honestly not great. twins came at 29 weeks, 3 weeks ago. nneka and ikenna. theyre in nicu at the hospital here",
        "decoy: no final punctuation, the member's second message in a row",
    ),
    (
        PEER,
        "Congratulations on Nneka and Ikenna ❤️ and I'm so sorry it's been such a frightening start. Three weeks in NICU is a lot.",
        "decoy: a heart with a variation selector",
    ),
    (MEM, "🙏🏾", "decoy: an emoji-only message with a skin-tone modifier (speech, not an empty turn)"),
    (
        MEM,
        "chioma is still sore from the section so im doing the driving. work all day then hospital till 11",
        "decoy: no final punctuation",
    ),
    (PEER, "That's a huge amount to be doing. What's the work?"),
    (
        MEM,
        "bus mechanic. depot starts at 7. i keep falling asleep at lunch in the cab of whatever bus im fixing lol",
        "decoy: 'lol'",
    ),
    (
        PEER,
        "Ha, been there. I once fell asleep in the hospital car park with the engine running. Are you getting any proper sleep at all?",
        "decoy: the peer's self-disclosure",
    ),
    (MEM, "4 hours maybe", "decoy: a short answer ending with a word"),
    (MEM, "i could kill for a proper nights sleep tbh", "decoy: a figure of speech, no final punctuation"),
    (
        BOT,
        "I'm sorry, but I can't help with that. If you or someone else is in danger, please call 999 or contact NHS 111.",
        "refusal",
    ),
    (
        MEM,
        "lol buddy i mean sleep not killing anyone 😂",
        "decoy: the member's objection to the refusal, an emoji ending",
    ),
    (
        PEER,
        "Sorry about Buddy, it jumps in on certain words. I knew what you meant 😅 Four hours a night on top of a full shift would floor anyone.",
        "decoy: an apology for the bot that engages",
    ),
    (
        MEM,
        "yeah. and the worst bit is i feel useless in there. chioma does the kangaroo care and the expressing and i just stand there",
        "decoy: no final punctuation",
    ),
    (PEER, "A lot of dads say exactly that. The machines, the alarms, and not knowing where to put your hands."),
    (
        MEM,
        "exactly that. the alarms 😩 every time one goes i think its them",
        "decoy: an emoji inside, no final punctuation",
    ),
    (MEM, ALARM_09, "decoy: no final punctuation"),
    (MEM, ALARM_09, "duplicate_turn"),
    (PEER, "That's really normal. It took me weeks to stop jumping at every beep."),
    (
        MEM,
        "Something that helped me was asking the nurses if I could do the nappy changes through the portholes. Small jobs that were mine. Have you asked if you can do any of the cares?",
        "role_inversion",
    ),
    (MEM, "no i didnt know i could. i thought it was just the nurses and chioma", "decoy: no final punctuation"),
    (
        PEER,
        "Ask tomorrow. Most units love dads doing cares. Nappies, mouth care, temperature. It's fiddly but it's yours 💪🏽",
        "decoy: an emoji ending with a skin-tone modifier",
    ),
    (MEM, "ok i will", "decoy: 'ok' (1 of 2)"),
    (
        MEM,
        "my mum keeps ringing from lagos. she says chineke go protect dem, she prays every night 🇳🇬",
        "decoy: words in Igbo and Pidgin, a flag emoji ending",
    ),
    (
        PEER,
        "That's lovely. Sounds like there's a lot of love around those two, even from far away 🙏🏼",
        "decoy: an emoji ending",
    ),
    (MEM, "there is. i just wish she could be here. flights are crazy", "decoy: no final punctuation"),
    (PEER, "It's hard having family so far away at a time like this."),
    (
        PEER,
        "✨ Suggested reply (edit before sending): It sounds like you're carrying a lot right now. Remember to take care of yourself too! Would you like some resources on self-care for NICU parents?",
        "meta_text",
    ),
    (MEM, "lol you sound like a leaflet now", "decoy: the member notices the canned reply, no final punctuation"),
    (
        PEER,
        "Ha, fair. That was the app's suggested reply and I hit send by mistake, ignore it. What I actually wanted to ask: who's looking after you in all this?",
        "decoy: the peer explains the suggested reply",
    ),
    (MEM, ZWSP, "empty_turn"),
    (MEM, "sorry my phone sent something weird", "decoy: the member explains the empty message"),
    (
        MEM,
        "nobody really. chioma's sister brings food round. i dont want to put more on chioma",
        "decoy: no final punctuation",
    ),
    (PEER, "You're allowed to need looking after too. Have you told anyone at work what's going on?"),
    (
        MEM,
        "my manager knows. hes been decent. said i can do 10 till 4 for a couple of weeks if i want",
        "decoy: no final punctuation",
    ),
    (PEER, "That sounds worth taking. Even a couple of extra hours of sleep make a difference."),
    (MEM, "yeah maybe", "decoy: a short answer"),
    (
        PEER,
        "Can I ask you something straight, as a dad who's been there? When it's at its worst, do you ever have thoughts of harming yourself or of not wanting to be around?",
        "decoy: a direct risk question",
    ),
    (
        MEM,
        "no nothing like that. im just knackered and scared for them",
        "decoy: the member's answer to the risk question",
    ),
    (
        PEER,
        "Thank you for telling me. If that ever changes, please ring 999 or 111, or your GP. And this room's here most evenings 👍🏻",
        "decoy: helplines inside the peer's engagement (not a refusal), an emoji ending",
    ),
    (MEM, "👍🏾", "decoy: an emoji-only message"),
    (
        MEM,
        "they said ikenna might come off cpap this week if his breathing stays god",
        "decoy: a typo, no final punctuation",
    ),
    (MEM, "they said ikenna might come off cpap this week if his breathing stays good", "near_duplicate_turn"),
    (PEER, "That's brilliant news, fingers crossed for Ikenna 🤞🏽", "decoy: an emoji ending"),
    (MEM, "👨‍👩‍👧‍👦 soon hopefully", "decoy: a family emoji joined by zero-width joiners"),
    (PEER, "Soon. One day you'll be the one in here telling a new dad about the alarms."),
    (MEM, "haha maybe", "decoy: a short answer"),
    (
        PEER,
        "So for this week: ask about doing cares, take your manager up on 10 till 4, and let Chioma's sister feed you too. How does that sound?",
    ),
    (MEM, "cares, 10 till 4, let her feed me. ok i can do that", "decoy: the member says the plan back; 'ok' (2 of 2)"),
    (PEER, "Proud of you for reaching out tonight. Message here any time x", "decoy: a kiss ending"),
    (MEM, "thanks lachlan. means a lot 🙏🏾", "decoy: thanks with an emoji ending"),
    (SYS09, "Lachlan left the room", "decoy: a system row"),
]


def f09() -> Doc:
    doc = Doc(
        "09_peer_room_r-8841_export.jsonl.gz",
        {MEM: C, PEER: T, BOT: T},
        "jsonl",
        gz=True,
        inner="peer_room_r-8841_export.jsonl",
    )
    doc.start("room r-8841")
    clock_at = 20 * 3600 + 2 * 60 + 13
    for number, (who, text, *tags) in enumerate(S09, 1):
        hours, rest = divmod(clock_at, 3600)
        stamp = f"2024-04-11T{hours:02d}:{rest // 60:02d}:{rest % 60:02d}Z"
        clock_at += 15 + len(text) // 2
        ident, name = NAMES_09[who]
        author: dict[str, str] = {"id": ident, "role": who}
        if name:
            author["name"] = name
        line = doc.add(js({"room": "r-8841", "n": number, "ts": stamp, "from": author, "text": text}))
        if who == SYS09:
            doc.mark(line, *tags)
            continue
        doc.turn(who, text, line, list(tags), anchor=f'"role": "{who}"')
    return doc


# ---------------------------------------------------------------------------
# 10 a listening service's web-chat server log of one chat, ``[hh:mm:ss] Name: text`` one message a line and
#    ``[hh:mm:ss] *** ...`` server lines (not turns), UTF-8, LF. The server crashed in the middle of the chat: the block
#    it had reserved in the file was never written and stays a line of NUL bytes; it restarted on the Windows failover
#    host, which ends its lines with CR LF, and wrote again the last two messages it had not confirmed. The listener
#    pasted the service's statement from an old Windows template, whose apostrophes and dash reached the log as
#    Windows-1252 bytes. The file was copied while the server was still writing it: it ends without a line end, in
#    the middle of the two bytes of an ``é``.
# ---------------------------------------------------------------------------
RH, IL, SRV = "Rhoda", "Ilinca", "***"
NULS = "\x00" * 512
LAST_10 = "my break is finishing. tomorrow after the GP i will sit in the café by the river and have breakfast like a normal person"
CUT_10 = cut_bytes(LAST_10, LAST_10.encode("utf-8").index("é".encode()) + 1)
SLEEP_Q = "How are you sleeping in the day, with the night shifts?"
SLEEP_A = "badly. 3 or 4 hours. the seagulls here are terrible lol"

S10: Script = [
    (SRV, "Ilinca joined the chat", "decoy: a server line"),
    (SRV, "Rhoda joined the chat", "decoy: a server line"),
    (RH, "Hi Ilinca, I'm Rhoda, one of the listeners here. Thanks for getting in touch. What's on your mind tonight?"),
    (IL, "hi. im on my break at work. i only have 20 min", "decoy: no final punctuation"),
    (
        RH,
        foreign(
            "That’s fine, we can use the 20 minutes however helps. Just so you know how this works: we’re a listening service – we won’t judge, and you can leave the chat at any time.",
            "cp1252",
            "utf-8",
        ),
        "encoding_error",
    ),
    (
        IL,
        "ok. last week a guest died in the hotel. on my shift. i did the cpr until the ambulance came",
        "decoy: no final punctuation",
    ),
    (RH, "Oh Ilinca, that's a huge thing to have been through. I'm so sorry."),
    (
        IL,
        "his wife rang reception at 3am and said he wasnt breathing. room 214. i ran up the stairs because the lift is slow",
        "decoy: no final punctuation",
    ),
    (RH, "You ran up to help him."),
    (
        IL,
        "i did 20 minutes of compressions. the paramedics said i did everything right. but he died anyway",
        "decoy: no final punctuation",
    ),
    (RH, "You did everything right, and he still died. That's a very hard thing to hold."),
    (
        IL,
        "i cant go up to the second floor now. i send the porter. i pretend its because of the phones",
        "decoy: 'i cant' from the client (not a refusal)",
    ),
    (RH, "So you've been avoiding the second floor since that night."),
    (
        IL,
        "yes. and i see his wife when i close my eyes. she was in her nightdress holding his hand",
        "decoy: no final punctuation",
    ),
    (RH, "That's such a vivid picture to be carrying around."),
    (
        IL,
        'my colleague oksana said to me "все буде добре" it means everything will be ok in ukrainian. she was in zaporizhzhia in the war so she knows these things',
        "decoy: a phrase in Cyrillic inside an English message",
    ),
    (RH, "It sounds like Oksana understood something of what you're going through."),
    (
        IL,
        "she is the only one i talked to. my manager said take a day off if you need it. i didnt take it",
        "decoy: no final punctuation",
    ),
    (RH, "What stopped you taking the day?"),
    (
        IL,
        "if i stop i think i will not go back. and i need the money, my mother in brașov is sick",
        "decoy: a Romanian letter with a comma below",
    ),
    (RH, "You're carrying a lot, here and at home."),
    (IL, "yes", "decoy: a one-word answer"),
    (
        RH,
        "Can I ask you something directly? Since that night, have you had any thoughts of harming yourself or of ending your life?",
        "decoy: a direct risk question",
    ),
    (IL, "no. no. i am tired and sad, not that", "decoy: the client's answer to the risk question"),
    (
        RH,
        "Thank you for telling me. If that changes, you can call NHS\u00a024 on\u00a0111 at any time, or come back here.",
        "decoy: a helpline inside the listener's engagement (not a refusal), pasted from a web page with no-break spaces",
    ),
    (IL, "ok thank you", "decoy: thanks without punctuation"),
    (
        RH,
        "Some people find it helps to go back to a place like that in small steps, with someone they trust. Would Oksana go up to the second floor with you?",
    ),
    (IL, "maybe. she works tuesday and wednesday nights with me", "decoy: no final punctuation"),
    (RH, "That could be a start. Just the corridor, not the room."),
    (IL, "just the corridor. ok", "decoy: the client repeats the step, 'ok'"),
    (RH, SLEEP_Q),
    (IL, SLEEP_A, "decoy: 'lol'"),
    (RAW, NULS, "unparseable_line"),
    (RH, SLEEP_Q, "duplicate_turn", "@crlf"),
    (IL, SLEEP_A, "duplicate_turn", "@crlf"),
    (SRV, "chat server restarted, connection restored", "decoy: a server line", "@crlf"),
    (IL, "hello? are you still there", "decoy: talk about the connection", "@crlf"),
    (
        RH,
        "I'm still here, sorry, we had a technical problem on our side. You were telling me about the seagulls and the 3 or 4 hours.",
        "decoy: the listener explains the gap",
        "@crlf",
    ),
    (IL, "yes haha. they start at 5 in the morning", "decoy: 'haha', no final punctuation", "@crlf"),
    (RH, "Have you thought about talking to a GP, about the sleep and about what happened?", "@crlf"),
    (IL, "i am not registered with a GP here. i am in inverness only 8 months", "decoy: no final punctuation", "@crlf"),
    (
        RH,
        "It's worth registering, it's usually quick. They can help with the sleep, and they can refer you for trauma support.",
        "@crlf",
    ),
    (IL, "ok. i will do it tomorrow", "decoy: no final punctuation", "@crlf"),
    (RH, "What will you do when your break ends?", "@crlf"),
    (
        IL,
        "go back to the desk. check the night audit. pretend everything is fine",
        "decoy: verbless fragments",
        "@crlf",
    ),
    (RH, "Pretend everything is fine. That sounds tiring in itself.", "decoy: the listener echoes the client", "@crlf"),
    (IL, "very. but talking now helped. i feel a bit lighter", "decoy: no final punctuation", "@crlf"),
    (
        RH,
        "I'm really glad. So: the corridor with Oksana, and the GP tomorrow. And you can come back here any night.",
        "@crlf",
    ),
    (IL, "corridor with oksana, GP tomorrow. thank you rhoda", "decoy: the client says the plan back", "@crlf"),
    (RH, "Take care of yourself, Ilinca.", "@crlf"),
    (IL, CUT_10, "truncated_turn", "encoding_error"),
]


def f10() -> Doc:
    doc = Doc("10_webchat_server_log_7731.txt", {RH: T, IL: C}, "chatlog", final_newline=False)
    first = doc.add("=== webchat 7731 | Highland Listening Service | opened 2024-05-02 22:13:50 UTC ===")
    doc.mark(first, "decoy: the log's header line")
    doc.start("webchat 7731")
    clock_at = 22 * 3600 + 13 * 60 + 50
    stamps: dict[str, str] = {}
    for who, text, *tags in S10:
        kept, opts = options(tags)
        end = "\r\n" if "crlf" in opts else None
        if who == RAW:
            doc.mark(doc.add(text, end=end), *kept)
            clock_at += 180  # the server was down for three minutes
            continue
        if "duplicate_turn" in kept:
            stamp = stamps[text]  # the restarted server wrote the message again with its first time stamp
        else:
            hours, rest = divmod(clock_at, 3600)
            stamp = f"{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"
            clock_at += 12 + len(text) // 4
        stamps[text] = stamp
        if who == SRV:
            doc.mark(doc.add(f"[{stamp}] *** {text}", end=end), *kept)
            continue
        line = doc.add(f"[{stamp}] {who}: {text}", end=end)
        doc.turn(who, text, line, kept, anchor=f"] {who}: ")
    return doc


# ---------------------------------------------------------------------------
# 11 CANNOT BE READ: a counsellor's Word document (.docx, a ZIP archive of XML parts) that a colleague renamed to
#    ``.txt`` before putting it with the transcripts. Its bytes are no text in any encoding (unparseable_file, line 0).
# ---------------------------------------------------------------------------
DOCX_PARAGRAPHS_11 = (
    "Session 5 notes (final)",
    "Counsellor: How has the week been since we last met?",
    "Client: Better than I expected. I went back to the allotment on Saturday.",
    "Counsellor: What was that like?",
    "Client: Quiet. I pulled up the old bean canes and sat in the shed for a bit.",
    "Summary: client re-engaging with the allotment; plan to go twice next week.",
)
DOCX_PARTS_11 = (
    (
        "[Content_Types].xml",
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>",
    ),
    (
        "_rels/.rels",
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>",
    ),
)


def docx_bytes() -> bytes:
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>' for text in DOCX_PARAGRAPHS_11
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in (*DOCX_PARTS_11, ("word/document.xml", document)):
            info = zipfile.ZipInfo(name, date_time=(2024, 3, 4, 16, 20, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content)
    return buffer.getvalue()


def f11() -> Doc:
    doc = Doc(NOT_READABLE, {}, "docx")
    doc.payload = docx_bytes()
    doc.whole_file("unparseable_file")
    return doc


BUILDERS: tuple[Callable[[], Doc], ...] = (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11)
# files not in English, and their languages
NOT_ENGLISH = {
    "03_jalase3_matn_fa.txt": "Persian",
    "06_itsugo_kiroku_dai3kai_eucjp.txt": "Japanese",
    "07_xianshang_zixun_jilu_big5.csv": "Chinese (traditional)",
    CLEAN_FILE: "Catalan",
}
# files whose text holds bytes that are not valid in the file's own encoding
INVALID = {"03_jalase3_matn_fa.txt", "06_itsugo_kiroku_dai3kai_eucjp.txt", "10_webchat_server_log_7731.txt"}
# the byte-level variety this set is about: encoding, byte-order mark and line end of each text file
EXPECTED_BYTES = {
    "01_listening_line_messages_bcp.txt": ("utf-16-le", b"", "\r\n"),
    "02_scribe_transcript_export_demetriou.txt": ("utf-16-be", b"\xfe\xff", "\n"),
    "03_jalase3_matn_fa.txt": ("utf-8", b"\xef\xbb\xbf", "\r\n"),
    "04_hargreave_session4_typed.txt": ("cp1252", b"", "\r\n"),
    "05_practice_tape6_1999_mac.txt": ("mac_roman", b"", "\r"),
    "06_itsugo_kiroku_dai3kai_eucjp.txt": ("euc_jp", b"", "\n"),
    "07_xianshang_zixun_jilu_big5.csv": ("big5", b"", "\r\n"),
    CLEAN_FILE: ("iso8859_15", b"", "\n"),
    "09_peer_room_r-8841_export.jsonl.gz": ("utf-8", b"", "\n"),
    "10_webchat_server_log_7731.txt": ("utf-8", b"", "\n"),
}


# ---------------------------------------------------------------------------
# self-checks (of this writer, not of any detector)
# ---------------------------------------------------------------------------
def check_repeats(doc: Doc) -> None:
    """Every same-role repeat of a substantial turn in a session is marked (or is a noted spoken repeat)."""
    for session in doc.sessions:
        if "duplicate_session" in session.kinds:
            continue  # a repeated session carries only its session-level row (checked in check_sessions)
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


BCP_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.000$")
SCRIBE = re.compile(r"^\[(?P<stamp>\d{2}:\d{2}:\d{2})\] (?P<label>Clinician|Patient): (?P<text>.*)$")
NUMBERED = re.compile(r"^(?P<label>Co|Cl)(?P<number>\d+)：(?P<text>.*)$")
CHATLOG = re.compile(r"^\[(?P<stamp>\d{2}:\d{2}:\d{2})\] (?:(?P<label>[A-Z][a-z]+): (?P<text>.*)|\*\*\* .+)$")


def field_text(doc: Doc, here: str) -> str:
    """The words a reader of the layout sees on a line (for the truth-text check)."""
    if doc.layout == "bcp":
        return here.split("\t")[5]
    if doc.layout == "jsonl":
        return str(json.loads(here)["text"])
    if doc.layout == "csv":
        return next(csv.reader([here]))[-1]
    if doc.layout == "labelled":
        return here.partition(":")[2].strip(" ")
    if doc.layout == "numbered":
        return here.partition("：")[2]
    if doc.layout in ("scribe", "chatlog"):
        return here.partition("] ")[2].partition(": ")[2]
    return here


def check_format(doc: Doc, physical: Sequence[str]) -> None:
    """The container reads as its layout says, and gives back exactly the turns written."""
    turns = [t for s in doc.sessions for t in s.turns]
    by_line = {t.line: t for t in turns}
    assert len(by_line) == len(turns), f"{doc.name}: two turns on one line"
    unparseable = {line for line, kind in doc.truth if kind == "unparseable_line"}
    if doc.layout == "bcp":
        conversations: dict[str, list[tuple[str, str]]] = {}
        for number, text in enumerate(physical, 1):
            fields = text.split("\t")
            assert len(fields) == 6 and BCP_STAMP.match(fields[3]), (doc.name, number)
            if number in by_line:
                turn = by_line[number]
                assert (fields[4], fields[5]) == (turn.label, turn.text), (doc.name, number)
                conversations.setdefault(fields[1], []).append((fields[4], fields[5]))
            else:
                assert fields[4] == SYS01, (doc.name, number)
        expected = [[(t.label, t.text) for t in s.turns] for s in doc.sessions]
        assert list(conversations.values()) == expected, doc.name
    elif doc.layout == "scribe":
        for number, text in enumerate(physical, 1):
            match = SCRIBE.match(text)
            if number in by_line:
                turn = by_line[number]
                assert match and (match["label"], match["text"]) == (turn.label, turn.text), (doc.name, number)
            else:
                assert not match, (doc.name, number)
    elif doc.layout == "labelled":
        for number, text in enumerate(physical, 1):
            label, colon, rest = text.partition(":")
            if number in by_line:
                turn = by_line[number]
                assert colon and label == turn.label and rest.strip(" ") == turn.text, (doc.name, number)
            else:
                assert not (colon and label in doc.roles), (doc.name, number)
    elif doc.layout == "numbered":
        last = {CO: 0, CL: 0}
        for number, text in enumerate(physical, 1):
            match = NUMBERED.match(text)
            if number in by_line:
                turn = by_line[number]
                assert match and (match["label"], match["text"]) == (turn.label, turn.text), (doc.name, number)
                count = int(match["number"])
                assert count in (last[turn.label], last[turn.label] + 1), (doc.name, number)
                assert (count == last[turn.label]) == ("duplicate_turn" in turn.kinds), (doc.name, number)
                last[turn.label] = count
            else:
                assert not match, (doc.name, number)
    elif doc.layout == "csv":
        for number, record in enumerate(csv.reader(physical), 1):
            if number in unparseable:
                assert len(record) != 4, (doc.name, number)
                continue
            assert len(record) == 4, (doc.name, number)
            if number in by_line:
                turn = by_line[number]
                assert (record[2], record[3]) == (turn.label, turn.text), (doc.name, number)
            else:
                assert number == 1 or record[2] == XT, (doc.name, number)
    elif doc.layout == "jsonl":
        for number, text in enumerate(physical, 1):
            row = json.loads(text)
            if number in by_line:
                turn = by_line[number]
                assert (row["from"]["role"], row["text"]) == (turn.label, turn.text), (doc.name, number)
            else:
                assert row["from"]["role"] == SYS09, (doc.name, number)
    elif doc.layout == "chatlog":
        for number, text in enumerate(physical, 1):
            match = CHATLOG.match(text)
            if number in unparseable or number == 1:
                assert not match, (doc.name, number)
                continue
            assert match, (doc.name, number)
            if number in by_line:
                turn = by_line[number]
                assert (match["label"], match["text"]) == (turn.label, turn.text), (doc.name, number)
            else:
                assert match["label"] is None, (doc.name, number)
        assert unparseable and all(set(physical[line - 1]) == {"\x00"} for line in unparseable), doc.name
    else:
        raise AssertionError(doc.layout)


def check_written(doc: Doc, out: Path) -> list[str]:
    """The file's bytes decode as intended, line for line, and every row and decoy stands where it should."""
    raw = (out / doc.name).read_bytes()
    assert raw == doc.render(), doc.name
    if doc.layout == "docx":
        assert raw.startswith(b"PK\x03\x04") and not doc.out, doc.name
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            xml = archive.read("word/document.xml").decode("utf-8")
        assert all(escape(text) in xml for text in DOCX_PARAGRAPHS_11), doc.name
        for codec in ("utf-8", "utf-16"):
            try:
                raw.decode(codec)
                readable = True
            except UnicodeDecodeError:
                readable = False
            assert not readable, (doc.name, codec)
        return []
    expected = EXPECTED_BYTES[doc.name]
    assert (doc.codec, doc.bom, doc.newline) == expected, doc.name
    if doc.gz:
        assert raw[:2] == b"\x1f\x8b", doc.name
        raw = gzip.decompress(raw)
    assert raw.startswith(doc.bom), doc.name
    body = raw[len(doc.bom) :]
    if not doc.bom:
        assert not body.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")), doc.name
    try:
        body.decode(doc.codec)
        valid = True
    except UnicodeDecodeError:
        valid = False
    assert valid == (doc.name not in INVALID), doc.name
    if doc.codec.startswith("utf-16"):
        # the ASCII half of every UTF-16 code unit is a NUL byte: read as UTF-8 or Latin-1 it is not this text
        assert body.count(b"\x00") * 3 > len(body), doc.name
    elif doc.codec != "utf-8":
        try:
            body.decode("utf-8")
            as_utf8 = True
        except UnicodeDecodeError:
            as_utf8 = False
        assert not as_utf8, f"{doc.name}: a legacy-encoded file that is also valid UTF-8"
    data = body.decode(doc.codec, "surrogateescape")
    assert not any(ch in data for ch in BREAKERS), doc.name
    # a reader that replaces each invalid byte sees the same line ends
    replaced = body.decode(doc.codec, "replace")
    assert (replaced.count("\n"), replaced.count("\r")) == (data.count("\n"), data.count("\r")), doc.name
    if doc.newline == "\r":
        assert "\n" not in data, doc.name
        physical = data.split("\r")
    else:
        physical = data.split("\n")
    if doc.final_newline:
        assert physical[-1] == "", doc.name
        physical = physical[:-1]
    lines: list[str] = []
    for number, line in enumerate(physical, 1):
        open_end = number == len(physical) and not doc.final_newline
        end = "" if open_end else doc.ends.get(number, doc.newline)
        if end == "\r\n":
            assert line.endswith("\r"), (doc.name, number)
            line = line[:-1]
        assert "\r" not in line, (doc.name, number)
        lines.append(line)
    assert lines == doc.out, doc.name
    turns = [t for s in doc.sessions for t in s.turns]
    turn_lines = [t.line for t in turns]
    for row_line, kind in doc.truth:
        if kind in FILE_KINDS:
            assert row_line == 0, (doc.name, kind)
            continue
        assert (row_line in turn_lines) != (row_line in doc.line_rows), (doc.name, row_line)
    truth_lines = {line for line, _ in doc.truth}
    for decoy_line, note in doc.decoys:
        assert 1 <= decoy_line <= len(lines), (doc.name, decoy_line)
        assert decoy_line not in truth_lines, (doc.name, decoy_line, note)
    for turn in turns:
        assert turn.anchor in lines[turn.line - 1], (doc.name, turn.line, turn.anchor)
    for row_line in doc.line_rows:
        # a meta_text or unparseable_line row on a line of its own really holds text that is no turn
        assert lines[row_line - 1].strip() and row_line not in turn_lines, (doc.name, row_line)
    check_format(doc, lines)
    return lines


def check_truth_text(doc: Doc, physical: Sequence[str]) -> None:
    """Each truth row's line really holds the text its kind describes."""
    for line, kind in doc.truth:
        if kind in FILE_KINDS:
            assert not doc.sessions and not physical, (doc.name, kind)
            continue
        here = physical[line - 1] if line in doc.line_rows else field_text(doc, physical[line - 1])
        hits = [t for s in doc.sessions for t in s.turns if t.line == line and kind in t.kinds]
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
            assert blank(here), (doc.name, line)
            continue
        if kind == "unknown_speaker":
            assert turn.role == X and turn.label in physical[line - 1], (doc.name, line)
        assert turn.text[:40] in here, (doc.name, line, kind)


def shown(text: str, width: int = 118) -> str:
    text = re.sub("\x00+", lambda m: f"\\x00*{len(m.group())}", text)
    text = "".join(f"\\x{ord(ch) - 0xDC00:02x}" if "\udc80" <= ch <= "\udcff" else ch for ch in text)
    text = "".join(f"\\x{ord(ch):02x}" if 0x80 <= ord(ch) <= 0x9F else ch for ch in text)
    text = "".join(f"\\u{ord(ch):04x}" if ch in INVISIBLE else ch for ch in text)
    text = " ".join(text.split())
    if len(text) > width:
        text = text[: width - 45] + " ... " + text[-40:]
    return text


def show_row(doc: Doc, physical: Sequence[str], line: int, kind: str) -> str:
    if line == 0:
        return shown(f"[whole file] {doc.render()[:24]!r} (a ZIP archive: a Word document)")
    turns = [t for s in doc.sessions for t in s.turns if t.line == line]
    if not turns:
        return shown(physical[line - 1])
    hits = [t for t in turns if kind in t.kinds]
    if kind in SESSION_KINDS and not hits:
        first = turns[0]
        return shown(f"[session starts] {first.label}: {first.text}")
    turn = hits[0]
    text = turn.text if not blank(turn.text) else f"(nothing visible: {turn.text!r})"
    return shown(f"[{turn.label}] {text}")


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or (len(argv) == 3 and argv[2] != "--show"):
        print("usage: python blind/twentyninth_defect_cases.py OUT_DIR [--show]", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    docs = [build() for build in BUILDERS]
    assert len({doc.name for doc in docs}) == len(docs)
    assert set(EXPECTED_BYTES) | {NOT_READABLE} == {doc.name for doc in docs}
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
        elif doc.name == NOT_READABLE:
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
        kinds_here = {kind for row_name, _, kind in rows if row_name == name}
        assert "encoding_error" in kinds_here, name
    turns = sum(len(s.turns) for doc in docs for s in doc.sessions)
    print(f"wrote {len(docs)} files ({turns} turns) and {len(rows)} truth rows to {out}")
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    print(f"decoys: {decoys} (all on lines without a truth row)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
