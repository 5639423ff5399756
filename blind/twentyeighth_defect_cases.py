# ruff: noqa: E501
r"""Twenty-eighth set of blind defect cases for the transcript-cleaning product: MULTI-PARTY sessions.

Blind conditions, as followed. The only things read were: the first 15 lines of benchmarks/blind_defects.py (the
interface, printed with ``head -n 15``); a listing of blind/ (``ls -la /work/main/blind`` at the start, when
blind/twentyninth_defect_cases.py did not exist, and near the end ``ls -la`` piped through ``grep -v twentyninth`` and
``tail``, with an ``ls | grep -c twentyninth`` that counted 0: the file another writer is making at the same time was in
none of them and was never opened, and every grep below was filtered with ``grep -v twentyninth``);
/work/shared/README.md (``cat``); the ``[tool.ruff]`` settings of pyproject.toml (a ``.venv`` python ``tomllib``
one-liner that printed ``data['tool']['ruff']`` and nothing else); the docstrings of ALL twenty-seven earlier case
writers in blind/ (printed with ``ast.get_docstring`` by a ``.venv`` python snippet into /tmp/s25e/docstrings.txt,
measured with ``wc -l``, an ``awk`` of its longest line and a ``grep -n`` of its own separator lines, then paged with
``sed`` in nineteen ranges of 160 to 261 lines, none of which came back cut) for the interface, the truth conventions,
the defect kind names and the containers, names, places, languages and topics already used; and parts of the code of
blind/twentysixth_defect_cases.py, the model this file follows, paged with ``sed`` only and never grepped (its first
three lines; lines 255-760: the end of its docstring, imports, constants, text helpers, document builder, ``labelled``,
the scripts of its file 01 and its builder; lines 1000-1300: part of its file 03 and its builder and the start of its
file 04; lines 2560-3010: the end of its file 09 and its builder, its file 10, ``BUILDERS``, its self-checks,
``show_row`` and ``main``; a few of these pages were piped through ``cut -c`` to shorten the long script lines, and one
range, 3000-3010, lay past its end and printed nothing). ``grep`` was run only over blind/*.py, as ``ls *.py | grep -v
twentyninth | xargs grep -il`` (or ``-ilw``) piped to ``wc -l``, so that it printed a count of files and never a
matching line: loops over candidate languages (earlier writers name Ukrain(e/ian), Kharkiv and a Halyna, so the
interpreted session became Vietnamese, which only the twenty-sixth docstring names, as unused), names, places, topics,
services and words. They moved these plans: group members Teodor and Nerys (Deirdre and Fabian), a wife Noor (Mirela), a
daughter Maya (Zola), a son Joss (Arlo), Swindon (Telford), a trainee Kofi (Tomos), Norwich (Ipswich), a counsellor
Morag (Morwenna), a trainee Bronagh (Sinéad), a supervisor Malcolm (Lachlan), and the surname Grieve (Baird), a mother
Kirsty (Agnieszka), carers Bernard, Nuala, Hollis and Ifeoma and a facilitator Cerys (Fitzroy, Marjorie, Lionel, Sabiha
and Lowenna), a co-facilitator Tamsin (Radu and Dorothea), the surnames Santos, Sato, Hale, Rhys and Doyle (Vance, Mori,
Thornbury, Pengelly and Carroll), a school counsellor Tunde or Femi (Segun), a sister Lena (Zofia), a dog Pepper
(Marmite), a typist's colleagues Jo and Pat and a reader Okonjo (Cass, Trudy and Harker), Tesco (Asda), a husband Dennis
and a wife Brenda (Aubrey and Mavis), a dinner lady Mrs Price (Pellow), a fiance Jory (Piran), a garden centre (a
florist's), a wardrobe door (the bathroom door), a spare room (the back bedroom) and a study called BRIDGE (ISC-2);
Yusuf, Kwame, Yasmin, Esme, Tanya, Isla, Hester, Ruairi and Callum were never used. No other file of the project was
opened or grepped (no transforms, flows, synth, tests, schemas, sql, docs, README or other benchmarks), nothing under
/work/shared/corpora or /work/shared/seeds was read, no search tool was used, and git was not run. Every transcript line
below was written for this set. The product, its tests, mypy and the benchmarks were never run
(benchmarks/blind_defects.py beyond its first 15 lines was never opened or run).

The only things run were: ``mkdir`` of /tmp/s25e; the snippets above; ``cat`` heredocs writing this file's parts under
/tmp/s25e/parts and ``cat`` assembling them; before the first run, system ``python3`` snippets making exact text
replacements in the parts (04's head loop, the ``cut_at`` helper, an assertion in 05's builder, ten turns added to 06
and three of them moved, two decoy notes of 05 and 08 reworded), two system ``python3 -c`` snippets showing where the
255th character falls in 05's long rendering (the first fell on a space, so "So I watched" became "So I just watched"),
a ``grep -c`` and a ``sed`` on the part of 06, a ``.venv`` python ``ast`` snippet counting the turns, tags and decoy
notes of each script in the assembled file, and ``ast.parse`` and ``ruff check --config /work/main/pyproject.toml`` on
it; then the first run of the assembled script, into /tmp/s25e/out with ``--show``; ``head``/``sed``/``cut``/``cat -A``
on the written files; ``ruff format`` and ``ruff check`` on a copy (/tmp/s25e/formatted.py) and a run of that copy into
/tmp/s25e/out2, compared with ``cmp`` (the same files); after that, a system ``python3`` snippet renaming one variable
of ``check_format`` (``record`` to ``seg_record`` in the JSON branch, so that no name holds values of two types) and a
``grep -n`` of "record" in that part; a ``cat`` heredoc writing this docstring to /tmp/s25e/docstring.txt, an ``awk`` of
its line lengths, ``sed`` pages of it, a ``grep -c`` of its lines and system ``python3`` snippets making exact
replacements in it, and a ``.venv`` python snippet putting it in place of a placeholder; ``cp`` to blind/; ``ruff
format``, ``ruff check`` and ``ruff format --check`` on this file alone; the runs of the module in blind/, into
/tmp/s25e/final with ``--show`` and into /tmp/s25e/final2 without it, each compared with ``cmp`` against the first run's
output (the same files and ``truth.csv``); ``sed`` and ``awk`` (line lengths) on this file itself; and, after the last
``.venv`` python snippets that corrected and rewrapped this paragraph, ``ruff check``, ``ruff format --check`` and an
``ast`` parse of this file once more. The truth tags were written with the text, before the first run, and were never
changed: the first run passed every self-check and wrote 597 turns, 56 truth rows and 242 decoys. What changed after it,
none of it touching a truth tag, a turn or a line of any written file: the rename, ``ruff format``'s layout and this
docstring. No slip to report beyond what is said here (the ``cut -c`` on some pages of the model, and the ``grep -n`` on
this writer's own work files). Run as

    python blind/twentyeighth_defect_cases.py OUT_DIR [--show]

to write 10 files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR (``--show`` also prints
every truth row next to the line it names).

Emphasis: MULTI-PARTY sessions, where role defects are hardest: a closed recovery group with one facilitator and five
members (01), a couple with one counsellor (02), a family of four with one therapist (03), co-therapy with a couple
(04), interpreter-mediated sessions (05), a supervisor commenting between the turns of a recorded session (06), a parent
and a child of twelve with a school counsellor (07), a carers' group (08, the CLEAN file) and a co-facilitated group
with a peer worker (09), in containers that clinics and research teams use: plain text with initials and a key (01), a
Word document saved as text (02), RTF from a case system (03), HTML from a record system (04), a research database's CSV
(05), an e-mail thread with the transcript pasted in (06), a telehealth platform's JSON (07), plain text with first
names (08), a Word table saved as text (09) and a session plan filed among the transcripts (10). Every label is mapped
to a role by the file's own key or header: the facilitator, every co-therapist, the peer co-facilitator and the school
counsellor are in the counsellor role; every group member, both partners, every family member seen, the parent and the
child are clients; a voice in neither role (a nurse at the door, a voice in the corridor, an interpreter speaking in her
own voice, a device nobody identified, a number the transcriber gave a voice nobody mapped) is ``unknown_speaker``, as
the eighth and ninth writers marked an interpreter. The interpreter's RENDERINGS of the client's words are recorded
under the client's code (05), so they are the client's turns, even in the third person. REALISTIC rates: 597 turns, 56
truth rows (0-8 a file) and 242 decoys, all on lines that carry no truth row. Every kind the earlier writers name is
present: role_inversion 8 (single turns both ways, a member's line under the facilitator's initial and the facilitator's
process comment under a member's, a co-therapist's label on the husband's account, a counsellor's instruction under a
partner, a family therapist's agenda under the father, a trainee's reflection under the client, a facilitator's go-round
under a member, and one whole call with the counsellor's and the mother's labels swapped), truncated_turn 7,
unknown_speaker 6, meta_text 6, mojibake 5 (Windows-1252 and Latin-1 readings), duplicate_turn 5, near_duplicate_turn 5,
refusal 3 (an AI tidying tool, an AI transcription add-on and a machine-translation step), empty_turn 3, repetition_loop
2, encoding_error 2, unparseable_line 2, duplicate_session 1 and unparseable_file 1. The decoys are the ordinary
features of multi-party talk: members agreeing in the same words (a self-check requires a decoy note wherever a speaker
repeats another speaker of the same role), a facilitator or counsellor repeating a member's words, backchannels, members
reflecting and advising each other (a retired nurse, a retired social worker), partners reflecting each other in a
speaker-listener exercise, co-therapists conferring in front of the couple, a co-therapist's and a peer worker's
self-disclosure, a facilitator reading out a member's chat message, consecutive turns of one speaker, ``--``
interruptions picked up again, overlap and laughter notes, questions to the facilitator, direct risk questions and
helplines inside engagement, honest limits, and, in the containers, keys, headers, notes, comments, participants lists
and signatures. (``consecutive_speaker`` is info-level and not marked.) Encodings and line ends: all UTF-8 without a
BOM; 02, 03 and 06 end their lines with CR LF, the others with LF; 03 is 7-bit RTF; 01 and 06 each hold one turn with
lone Windows-1252 bytes, invalid in UTF-8. Everything is in English except the Vietnamese of 05.

* ``01_icu_recovery_group_s7_initials.txt`` (96 turns, 8 rows, 37 decoys): session 7 of a recovery group for people
  after intensive care at Royal Stoke, typed from the hospital's dictation draft in two sittings: four header lines (a
  key: ``F`` the facilitator, Dr Odette Marchant; ``GK``, ``RB``, ``LF``, ``DT``, ``FO`` the members), then ``INITIALS:
  text`` one turn a line, the typist's notes in square brackets on lines of their own: Gaynor, a retired school cook,
  keeps her ICU diary in the bread bin; Rukhsana, a driving instructor; Lyle, from a pot bank; Deirdre, a retired nurse;
  Fabian, a gym instructor with a tracheostomy voice. Defects: the draft repeating Gaynor's bread-bin sentence, the
  third time reworded (repetition_loop, duplicate_turn, near_duplicate_turn); the facilitator's process comment under
  ``LF`` and a member's memory of a fire in the next bay under ``F`` (role_inversion, twice); a ward nurse at the door
  (``Nurse``: unknown_speaker); Lyle's turn cut where the first part of the recording ended, the next turn moving on
  (``because the``: truncated_turn); Deirdre's turn corrected in an "ANSI" editor, lone 0x92 and 0x96 bytes
  (encoding_error). Decoys: the header and key; typist's notes; "I thought I was going mad." in the same words from two
  members; the facilitator repeating the members' words; Deirdre explaining delirium like a professional; members
  reflecting, reassuring and advising each other; a member reading a line from her diary; consecutive turns; a ``--``
  break picked up again; a direct risk question, the answer and Samaritans inside engagement; a member's question to the
  facilitator and her honest answer; ``I can't go back on the line yet``; a closing round of one-word answers.
* ``02_couple_session4_brandt_word.txt`` (56 turns, 6 rows, 22 decoys): a couple session typed in Word, tidied with an
  AI writing assistant and saved as text (CR LF), three header lines, then ``Full Name: text`` with a blank line after
  every paragraph: Matthias and Mirela Brandt, who disagree about a second baby, with Rosheen Quill in Worcester.
  Defects: the assistant's ``Here is the cleaned-up transcript ...`` line (meta_text, own line); the counsellor's
  instruction for the speaker-listener exercise under Matthias's name (role_inversion); Mirela's paragraph pasted from a
  Latin-1 export (``Iâ`` plus C1 controls: mojibake); Matthias's paragraph about the night feeds pasted twice
  (duplicate_turn); the assistant's ``I'm sorry, but I can't help with editing this part of the transcript ...`` in
  Mirela's place, where she told of the night he punched the bathroom door (refusal); the last paragraph cut where the
  export stopped (``go through them on``: truncated_turn). Decoys: the header lines; "I don't want to lose what we've
  got." in the same words from both partners; each partner reflecting the other in the exercise; the counsellor's safety
  question about what Mirela really said; Matthias quoting his mother; consecutive turns; a ``--`` break; ``I can't do
  those nights again``; a client's question and the counsellor's brief self-disclosure; ``I can't tell you two whether
  to have another child ... What I can help with``; the task repeated back.
* ``03_family_session3_mori_export.rtf`` (60 turns, 7 rows, 25 decoys): a family session exported from a family therapy
  service's case system as RTF (``\ansicpg1252``, 7-bit, CR LF), one ``{\b Label:} text\par`` a turn, curly quotes as
  ``\rquote``: Lindiwe, four months after breast cancer treatment, her husband Owain, Zola (16) and Arlo (10), with Dr
  Kenji Mori in Telford. Defects: the therapist's check-in agenda under ``Owain`` (role_inversion); Owain's paragraph
  entered again with ``don't`` as ``can't`` (near_duplicate_turn); the typist's ``[Cass - can you check this bit against
  the recording ... - Trudy]`` inside Lindiwe's turn (meta_text); ``{\b Arlo:}\par`` with no words (empty_turn); a voice
  at the door (``Unidentified``: unknown_speaker); Zola's paragraph pasted from the automatic draft read as Windows-1252
  (``\'e2\'80\'99``: mojibake); Lindiwe's long paragraph cut at the case system's paragraph limit, mid-word (``start to
  brea``: truncated_turn). Decoys: the RTF header, title and participants lines; notes in ``{\i ...}``; Zola imitating
  her father; "She's literally fine." in the same words from both children; Zola summing up the family pattern; the
  therapist repeating and reflecting; ``Dunno``; a ``--`` break picked up again; the therapist answering a silence;
  questions to the therapist, an honest limit about the scan and a brief self-disclosure; the plan repeated back.
* ``04_cotherapy_couple_s6_record_export.html`` (54 turns, 7 rows, 21 decoys): a co-therapy session exported from a
  clinic's record system as HTML, one ``<p><b>Name:</b> text</p>`` a turn: Dr Anneke Vos and the trainee Tomos Pengelly
  with Sunniva Thornbury, who has relapsing multiple sclerosis, and her husband Rafe, in Ipswich; the clinic's AI
  transcription add-on made the draft. Defects: Anneke's question saved twice with ``like`` added (near_duplicate_turn);
  Rafe's account of sleeping on the floor under ``Tomos`` (role_inversion); Sunniva's paragraph pasted from a Latin-1
  export (mojibake); the add-on's ``I'm sorry, but I can't transcribe this portion ...`` in Sunniva's place (refusal);
  ``<p><b>Rafe:</b></p>`` (empty_turn); Anneke's ``(Tomos - for our debrief: ... AV)`` inside her turn (meta_text); the
  last paragraph cut at the export's limit (``want the other to``: truncated_turn). Decoys: the head, heading (with
  ``&amp;``) and participants paragraph; note paragraphs; the co-therapists conferring in front of the couple and
  building on each other; Tomos's self-disclosure (his mother's MS); a partner reflecting back when invited; "I miss
  us." from both; the clients quoting a neurologist and a friend; a direct risk question that engages with what Sunniva
  really said; an honest limit; the plan repeated back by both.
* ``05_interpreted_sessions_isc2_db.csv`` (73 turns, 8 rows, 16 decoys): a research study's database export (Python
  ``csv``), ``study_id,session_id,utt_no,speaker_code,speaker_role,lang,utterance,utterance_vi,coder_note``: two
  interpreter-mediated sessions with Hoa, a widow from Hai Phong living with her daughter's family in Birmingham, who
  could not travel to her husband's funeral; CNS the counsellor (Morwenna), CLT the client (the interpreter's English
  rendering, the Vietnamese in ``utterance_vi``), INT the interpreter, Minh, in her own voice. Defects (session 1): a
  rendering cut at the old schema's 255 characters, mid-word (``son-i``: truncated_turn); the interpreter asking Hoa to
  repeat a word, in Vietnamese and English, and explaining ``tui than`` (unknown_speaker, twice); a coder's machine
  translation filling an inaudible rendering with ``Here is the English translation of the Vietnamese text: ...``
  (meta_text) and, where Hoa said that some nights she wishes she had gone with him, with ``I'm sorry, but I can't
  translate content that refers to suicide or self-harm ...`` (refusal); a rendering imported from a Latin-1 export
  (mojibake); a row edited by hand with raw commas and quotes, eleven fields (unparseable_line, not a turn). Session
  ``P11-s2-r`` is session 2 imported again from a backup (duplicate_session at its first row; its turns carry no other
  row). Decoys: the header; a rendering in the third person under CLT; correct Vietnamese letters; a Vietnamese word
  kept in a rendering; the counsellor addressing client and interpreter; echoes; a confidentiality statement; a direct
  risk question and the counsellor engaging with the real words; the client rehearsing what she will tell her daughter;
  plans.
* ``06_supervision_email_thread_tape3.txt`` (49 turns, 5 rows, 30 decoys): an Outlook thread saved as text (CR LF): the
  supervisor Lachlan Baird's reply on top, then the trainee Sinéad Carroll's e-mail with her transcript of a third
  session pasted in, ``SC: text`` / ``M: text``, and the supervisor's comments typed inline between the turns as ``[LB:
  ...]`` lines: M, a florist whose fiance called the wedding off three weeks before. Defects: M's sentence pasted twice
  around a comment (duplicate_turn); the trainee's reflection under ``M`` (role_inversion); a comment that lost its line
  break and stands inside M's turn (meta_text); M's turn cut where the trainee left out four minutes (``and I``:
  truncated_turn); the trainee's turn pasted from her notes saved as Windows-1252 (encoding_error). Decoys: the headers,
  greetings, numbered points, signatures and footer; the ``[LB: ...]`` comments (quoting the client, quoting the
  trainee, questioning an attribution); the trainee's key line and note about the gap; M quoting her mother and his
  grandmother; the trainee's self-disclosure; echoes; ``I can't even say his name``; a direct risk question and
  Samaritans inside engagement; jokes.
* ``07_telehealth_school_calls_nowak.json`` (73 turns, 6 rows, 29 decoys): a school-based telehealth platform's JSON
  export, two calls, participants lists and one segment object a line: the school counsellor Segun Adebayo (host),
  Agnieszka Nowak and her son Ezra, 12, who has eaten only soft food since choking on a piece of apple in the dinner
  hall, in Coventry. Call 1: the mother's segment emitted twice (duplicate_turn); an empty segment of Ezra's
  (empty_turn); his sister on the kitchen iPad as ``Guest 4`` (unknown_speaker); the counsellor's scaling question
  emitted again at a reconnect with small changes (near_duplicate_turn). Call 2: the platform attributed the
  counsellor's voice to the mother's device and hers to his throughout (role_inversion at its first segment); the call
  dropping in the counsellor's last sentence (``really small``: truncated_turn). Decoys: the export fields and
  participants entries; talk about mute and a frozen picture; ``ok``, ``yeah``, ``bye``, ``Three`` without full stops;
  the mother's ``--`` break; the counsellor turning to the child and repeating his words; "I just want things to be
  normal again." from mother and son; the mother explaining the guest; the child's question and the counsellor's
  self-disclosure; ``I'm not a doctor, so I can't tell you whether he's underweight. What I can do``; consecutive
  segments; the plan repeated back.
* ``08_parkinsons_carers_group_kendal_s3.txt`` (81 turns, no row, 28 decoys): the CLEAN file, session 3 of a carers'
  group in Kendal typed by a volunteer, three header lines, ``Name: text`` with blank lines: the facilitator Lowenna and
  Fitzroy, Marjorie, Eunice, Lionel and Sabiha, caring for wives, husbands and a mother with Parkinson's, one husband
  with young-onset Parkinson's. Decoys: the header lines; "You just get on with it, don't you." from two members; a
  retired social worker advising the others, quoting herself; members reflecting each other; the facilitator repeating
  and summing up the members' words; a typist's notes; a ``--`` break picked up again; jokes and an apology; ``Some
  nights I think I can't go on like this`` and the facilitator's direct risk question, the answer and the Parkinson's UK
  helpline inside engagement; a member's question and the facilitator's self-disclosure; the opening question asked
  again in other words at the end; the plans repeated back.
* ``09_postdiagnosis_group_s4_docx_table.txt`` (55 turns, 8 rows, 29 decoys): a post-diagnosis group for autistic adults
  in Salford, transcribed by Teams, pasted into a two-column Word table and saved as text, ``Name<TAB>text`` rows under
  a header row: the psychologist Radu Ionescu and the autistic peer worker Dorothea Finch (both the counsellor role)
  with Rhodri, Kasia, Hamza, Imelda and Jarrah. Defects: Teams repeating Kasia's sentence about the bathroom floor, the
  third time with a comma and ``about`` (repetition_loop, duplicate_turn, near_duplicate_turn); the facilitator's
  go-round question under Hamza's name (role_inversion); Rhodri's row pasted from a copy read as Windows-1252
  (mojibake); Hamza's row opening with an AI tool's ``Here's a cleaned-up version of what Hamza said:`` (meta_text);
  Imelda's row that lost its TAB (unparseable_line, not a turn); the hub's front desk as ``Speaker 7``
  (unknown_speaker). Decoys: the title paragraphs and header row; "Masking is exhausting." from two members; the peer
  worker's self-disclosure, twice; the facilitator reading Jarrah's chat messages aloud (quoted words); echoes; members
  quoting a manager, answering each other and joking; a member's question to the facilitator and his honest answer; ``I
  can't tell anyone here to stop masking ... What we can look at``; the plans repeated back.
* ``10_icu_recovery_group_session7_plan.txt`` (1 row, 5 decoys): the facilitator's plan for 01's session, filed with the
  transcripts: aims, timings (one line opens ``14:10 F:``), a risk note, no dialogue (unparseable_file, line 0).

Line numbers are 1-based physical lines of the written file (the bytes split on ``\n``; the CR of a CR LF end is not a
line of its own; a lone invalid byte in 01 or 06 is one character to a decoder and changes no count; no other line-break
character occurs; the C1 controls of the Latin-1 readings are not line breaks), computed while the file is built:

* a turn-level row points at the line holding the turn: in 01, 02, 06 and 08 the ``Label: text`` line; in 03 the ``{\b
  Label:} ...\par`` line; in 04 the ``<p><b>Name:</b> ...</p>`` line; in 05 the record's line (the header is line 1); in
  07 the segment object's line; in 09 the table row;
* meta text inside a turn is marked at the turn's line; an unlabelled line of tool residue (02's preamble) is a
  ``meta_text`` row at its own line;
* ``unparseable_line`` is marked at a line that cannot be read as a record of its layout (05's eleven-field row, 09's
  row without a TAB); such a line is not a turn;
* a whole session with two labels swapped (07's second call) is ONE ``role_inversion`` row at its first turn; a single
  turn in another role's voice is ``role_inversion`` at its own line, whichever direction; the later copy of a session
  (05's ``P11-s2-r``) is ONE ``duplicate_session`` row at its first turn, and its turns carry no other row;
* a repetition loop is ``repetition_loop`` on the first occurrence, then ``duplicate_turn`` or ``near_duplicate_turn``
  on every later copy by the SAME speaker; another speaker saying the same words is no repeat;
* ``encoding_error`` is marked at a turn whose text holds bytes invalid in UTF-8 (01, 06); text that decodes validly but
  was garbled upstream is ``mojibake`` (02, 03, 04, 05, 09), marked on every garbled turn;
* a speaker outside the counsellor and client roles (01's nurse, 03's voice at the door, 05's interpreter in her own
  voice, 07's ``Guest 4``, 09's ``Speaker 7``) speaking a turn is ``unknown_speaker``; the file-level row
  (``unparseable_file``, 10) is at line 0.

Not turns: 01's header, key and typist's notes; 02's header lines (and its preamble, a truth row); 03's RTF header,
title, participants and typist lines, ``{\i ...}`` notes and closing brace; 04's head, heading, participants paragraph
and note paragraphs; 05's header (and the eleven-field row); 06's e-mail headers, greetings, prose, signatures, the
``[LB: ...]`` comments and the trainee's note; 07's export fields and participants entries; 08's header lines and notes;
09's title paragraphs and header row (and the row without a TAB); all of 10. A turn that trails off, is broken off with
``--`` and picked up again, a segment continued by the same speaker's next one, a one-word answer and a message without
a full stop are NOT truncated turns; a truncated turn is cut off by the data (the end of a recording part, an export or
field limit, a gap the typist left, a dropped call) and no later turn completes it. A counsellor's statement of what
they cannot do followed by engagement, and a helpline inside a human counsellor's engagement, are NOT refusals; text an
AI tool wrote instead of the speaker's words is.

Turns and lines that look suspicious but are clean (decoys) carry a ``decoy: ...`` tag here; the tag never reaches the
truth, and the number of decoys is printed. Self-checks: a turn that ends without final punctuation carries a truth tag
or a decoy note, and a truncated turn ends in a letter; every truth row's line holds the text of the turn or line it
names; every exact or close same-SPEAKER repeat of a substantial turn in a session is marked, and every repeat mark is
real; a repeat of another speaker of the same role carries a "same words" decoy note and no mark; a loop has at least
two marked later copies; only the marked session repeats another, exactly; a swapped session is written the other way
round from its first turn and no other session is; every transcript has a session with three or more speakers, or a
supervisor's comments between the turns; the containers parse back (labelled lines, RTF, HTML, CSV, the JSON export, the
TAB table) to exactly the turns written, and an unparseable line fails to parse; the RTF is 7-bit; only 01 and 06 are
invalid UTF-8; the clean file has no truth row; every kind is present; no truth row is written twice. Standard library
only.
"""

from __future__ import annotations

import csv
import difflib
import html
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
    "encoding_error",
    "empty_turn",
    "unknown_speaker",
    "unparseable_line",
    "unparseable_file",
    "duplicate_session",
}
SESSION_KINDS = {"role_inversion", "duplicate_session"}
LINE_KINDS = {"meta_text", "unparseable_line"}
FILE_KINDS = {"unparseable_file"}
REPEAT_KINDS = {"duplicate_turn", "near_duplicate_turn"}

T, C, X = "T", "C", "X"  # counsellor role, client role, a voice in neither role
RAW = "#"  # a script entry that is a line of its own, not a turn
RSQ, LSQ = "\u2019", "\u2018"
LDQ, RDQ = "\u201c", "\u201d"
NDASH, MDASH, ELL = "\u2013", "\u2014", "\u2026"
# final punctuation (a closing bracket covers "[laughter]"; a closing quote covers quoted endings)
ENDERS = ".?!\"')]:;*" + RSQ + RDQ + ELL
CLEAN_FILE = "08_parkinsons_carers_group_kendal_s3.txt"
NOT_A_TRANSCRIPT = "10_icu_recovery_group_session7_plan.txt"
INVALID_UTF8 = {"01_icu_recovery_group_s7_initials.txt", "06_supervision_email_thread_tape3.txt"}
DELIBERATE = "deliberate repeat"  # a decoy note with these words allows an exact repeat by the same speaker
SAME_WORDS = "same words"  # a decoy note with these words allows another speaker of the same role to say it again


# ---------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------
MADE_GARBLED: set[str] = set()


def moji(text: str, codec: str = "cp1252") -> str:
    """The UTF-8 bytes of ``text`` read as ``codec`` (Windows-1252 strict, or Latin-1 with its C1 controls)."""
    out = text.encode("utf-8").decode(codec)
    assert out != text
    assert not any(ch in out for ch in "\x85\u2028\u2029\x0b\x0c"), text[:60]
    MADE_GARBLED.add(out)
    return out


def garbled(text: str) -> bool:
    """A self-check of this writer: made by ``moji``, or reads back as UTF-8 through Windows-1252 or Latin-1."""
    if text in MADE_GARBLED:
        return True
    for codec in ("cp1252", "latin-1"):
        try:
            if text.encode(codec).decode("utf-8") != text:
                return True
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    return False


def ansi(text: str) -> str:
    """``text`` saved as Windows-1252 and put into a UTF-8 file as raw bytes (lone bytes, invalid in UTF-8).

    Each byte that is not valid UTF-8 is held as a surrogate escape; the file is written with ``surrogateescape``.
    """
    raw = text.encode("cp1252")
    out = raw.decode("utf-8", "surrogateescape")
    high = sum(1 for byte in raw if byte >= 0x80)
    assert high and sum(1 for ch in out if "\udc80" <= ch <= "\udcff") == high, text[:60]
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
    """So close that an unmarked copy by the same speaker would be a defect this writer forgot to mark."""
    return ratio(a, b) > 0.85


def related(a: str, b: str) -> bool:
    """Close enough to be a pasted or re-emitted copy (a marked near duplicate must be at least this)."""
    return ratio(a, b) > 0.6


def substantial(text: str) -> bool:
    """Long enough that a repeat is a defect rather than a backchannel."""
    return len(norm(text).replace(" ", "")) >= 12


def cut_at(text: str, limit: int) -> str:
    """``text`` cut by a field limit of ``limit`` characters, which must fall inside a word."""
    out = text[:limit]
    assert len(text) > limit and out[-1].isalpha() and text[limit].isalpha(), text[limit - 20 : limit + 5]
    return out


def js(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def csv_row(fields: Sequence[str]) -> str:
    handle = io.StringIO()
    csv.writer(handle, lineterminator="\n").writerow(fields)
    return handle.getvalue()[:-1]


RTF_WORDS = {
    RSQ: "\\rquote ",
    LSQ: "\\lquote ",
    LDQ: "\\ldblquote ",
    RDQ: "\\rdblquote ",
    NDASH: "\\endash ",
    MDASH: "\\emdash ",
}


def rtf_escape(text: str) -> str:
    """Plain text as an RTF 1.x body in a ``\\ansicpg1252`` document (7-bit: every other character escaped)."""
    out: list[str] = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch in RTF_WORDS:
            out.append(RTF_WORDS[ch])
        elif ord(ch) < 0x80:
            out.append(ch)
        else:
            out.append("".join(f"\\'{byte:02x}" for byte in ch.encode("cp1252")))
    return "".join(out)


RTF_TOKEN = re.compile(r"\\([a-z]+) |\\'([0-9a-f]{2})|\\([\\{}])|([^\\]+)")


def rtf_unescape(body: str) -> str:
    """The reverse of ``rtf_escape`` (a self-check that the RTF body reads back)."""
    words = {value.strip(): key for key, value in RTF_WORDS.items()}
    out: list[str] = []
    pos = 0
    while pos < len(body):
        match = RTF_TOKEN.match(body, pos)
        assert match, body[pos : pos + 20]
        word, hexa, sym, plain = match.groups()
        if word:
            out.append(words["\\" + word])
        elif hexa:
            out.append(bytes([int(hexa, 16)]).decode("cp1252"))
        else:
            out.append(sym or plain)
        pos = match.end()
    return "".join(out)


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
    spoken_by: str  # the label of whoever really spoke (differs only in a session written with swapped labels)


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

    ``roles`` maps every speaker label of the file to T (counsellor role: a facilitator, a co-therapist, a school
    counsellor), C (client role: every group member, both partners, every family member seen, the parent and the
    child) or X (neither: an interpreter speaking in their own voice, a nurse at the door, a label nobody could map).
    ``crlf``: the lines end in CR LF; ``tabs``: the layout uses TAB separators.
    """

    def __init__(
        self, name: str, roles: dict[str, str], layout: str, *, crlf: bool = False, tabs: bool = False
    ) -> None:
        self.name = name
        self.roles = roles
        self.layout = layout
        self.crlf = crlf
        self.tabs = tabs
        self.out: list[str] = []
        self.truth: list[tuple[int, str]] = []
        self.decoys: list[tuple[int, str]] = []
        self.sessions: list[Session] = []
        self.line_rows: set[int] = set()

    def add(self, *lines: str) -> int:
        first = len(self.out) + 1
        banned = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029" + ("" if self.tabs else "\t")
        for line in lines:
            assert "\n" not in line and "\r" not in line, (self.name, line[:60])
            assert not any(ch in line for ch in banned), (self.name, line[:60])
            self.out.append(line)
        return first

    def _truth(self, line: int, kind: str) -> None:
        assert (line, kind) not in self.truth, f"{self.name}:{line} {kind} twice"
        self.truth.append((line, kind))

    def start(self, name: str, *kinds: str) -> None:
        assert set(kinds) <= SESSION_KINDS, kinds
        self.sessions.append(Session(name, tuple(kinds)))

    def turn(
        self,
        label: str,
        text: str,
        line: int,
        tags: Sequence[str] = (),
        *,
        anchor: str | None = None,
        spoken_by: str | None = None,
    ) -> None:
        assert label in self.roles, (self.name, label)
        assert self.sessions, self.name
        role = self.roles[label]
        session = self.sessions[-1]
        kinds, notes = split_tags(tags)
        assert ("mojibake" in kinds) == garbled(text), (self.name, line, text[:60])
        assert ("encoding_error" in kinds) == invalid_bytes(text), (self.name, line, text[:60])
        assert ("unknown_speaker" in kinds) == (role == X), (self.name, line, label)
        if "empty_turn" in kinds:
            assert text.strip() == "", (self.name, line)
        else:
            assert text.strip(), f"{self.name}:{line} empty text without empty_turn"
        if "truncated_turn" in kinds:
            assert text.rstrip()[-1].isalpha(), (self.name, line, text[-30:])
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
        session.turns.append(
            Turn(label, role, text, line, tuple(kinds), tuple(notes), anchor or label, spoken_by or label)
        )

    def mark(self, line: int, *tags: str) -> None:
        """A line that is not a turn: meta text, a broken record, or a decoy."""
        kinds, notes = split_tags(tags)
        assert set(kinds) <= LINE_KINDS, kinds
        for kind in kinds:
            self._truth(line, kind)
            self.line_rows.add(line)
        for note in notes:
            self.decoys.append((line, note))

    def whole_file(self, kind: str) -> None:
        """A file-level row, at line 0."""
        assert kind in FILE_KINDS and not self.sessions, (self.name, kind)
        self._truth(0, kind)

    def render(self) -> bytes:
        end = "\r\n" if self.crlf else "\n"
        return "".join(line + end for line in self.out).encode("utf-8", "surrogateescape")


Script = Sequence[tuple[str, ...]]


def labelled(doc: Doc, script: Script, *, blank: bool) -> None:
    """Turns as ``Label: text`` lines; ``RAW`` entries are lines of their own (notes, headings, residue)."""
    for index, (who, text, *tags) in enumerate(script):
        if who == RAW:
            doc.mark(doc.add(text), *tags)
        else:
            line = doc.add(f"{who}: {text}".rstrip())
            doc.turn(who, text, line, tags, anchor=f"{who}:")
        if blank and index < len(script) - 1:
            doc.add("")


# ---------------------------------------------------------------------------
# 01 a closed recovery GROUP for people after a stay in intensive care, typed from the hospital's dictation draft
#    in two sittings: four header lines (a key maps the initials), then ``F: text`` / ``GK: text`` one turn a line,
#    the typist's notes in square brackets on lines of their own. F is the facilitator; GK, RB, LF, DT and FO are
#    members (client role). A ward nurse at the door is in no role.
# ---------------------------------------------------------------------------
F1, GK1, RB1, LF1, DT1, FO1, NU1 = "F", "GK", "RB", "LF", "DT", "FO", "Nurse"
BREAD_01 = "I keep the diary in the bread bin so I don't have to see it, but I know it's there every time I make toast."
BREAD_01_B = (
    "I keep the diary in the bread bin so I don't have to look at it, but I know it's there whenever I make toast."
)
MAD_01 = "I thought I was going mad."

S01: Script = [
    (RAW, "ICU Follow-up Service - Recovery Group - Session 7 of 8", "decoy: a header line"),
    (
        RAW,
        "Royal Stoke, seminar room B4. Audio typed from the dictation draft by P. Lomax (two sittings).",
        "decoy: a header line",
    ),
    (
        RAW,
        "Key: F = facilitator (Dr Odette Marchant, clinical psychologist). Members: GK, RB, LF, DT, FO.",
        "decoy: the key names the facilitator and every member",
    ),
    (RAW, "[ ] = typist's notes; -- = cut off by someone else", "decoy: a conventions line"),
    (RAW, ""),
    (
        F1,
        "Okay, it's gone ten past, so let's make a start. Welcome back, everyone. Session seven, so this one and next week left. How is everyone arriving today?",
    ),
    (GK1, "Tired. I did the stairs twice yesterday without sitting down on the landing, so that's something."),
    (F1, "Twice without stopping on the landing. That's a real change from when we started."),
    (RB1, "That's brilliant, Gaynor.", "decoy: a member encouraging another member"),
    (GK1, "[laughs] Don't clap yet, I had to lie down after."),
    (LF1, "Same as last week, really. Sleeping badly."),
    (F1, "Mm. We'll come back to sleep, Lyle. Fabian, Deirdre?"),
    (FO1, "Alright. Voice is better, as you can hear. Still sound like I smoke forty a day."),
    (DT1, "I'm fine, thank you. Well. Fine-ish."),
    (
        F1,
        "Fine-ish. I'll take fine-ish. Today, as we planned, we're going to talk about the diaries the unit nurses kept for some of you, and about the memories from the time you were sedated. Some of you said you'd bring yours in.",
    ),
    (GK1, "I brought mine. I haven't opened it since they gave it me."),
    (F1, "That's okay. Nobody has to read anything out today. How does it feel, having it here in the room?"),
    (GK1, BREAD_01, "repetition_loop"),
    (F1, "Mm.", "decoy: a backchannel between the draft's copies"),
    (GK1, BREAD_01, "duplicate_turn"),
    (DT1, "Mm-hmm.", "decoy: a backchannel from another member"),
    (GK1, BREAD_01_B, "near_duplicate_turn"),
    (F1, "The bread bin. So it's tucked away, and at the same time it's never quite out of mind."),
    (RB1, "Mine's in the glovebox of the car. I'm not joking."),
    (RAW, "[laughter]", "decoy: a typist's note"),
    (
        RB1,
        "I think it's because the car is the one place I feel normal. I'm a driving instructor. I thought if I kept it in there it couldn't take over the house.",
        "decoy: the same member again after the laughter (consecutive turns, no defect)",
    ),
    (F1, "So you've both found somewhere to put it that's close by but contained."),
    (
        DT1,
        "We used to start them on the unit when I was nursing. The idea is that the family and the nurses write down what's happening, because you won't remember it, or you'll remember things that never happened.",
        "decoy: a member who was a nurse explains the diaries (not the facilitator's voice)",
    ),
    (FO1, "I remember loads of things that never happened."),
    (F1, "Would you be willing to say a bit about that, Fabian?"),
    (
        FO1,
        "I was sure I'd been kidnapped and put on a boat. Properly sure. I could feel it rocking. The nurses were the crew, and if I pressed the buzzer they'd throw me over the side.",
    ),
    (GK1, MAD_01),
    (
        GK1,
        "I told my Ken the cleaner was stealing the bin bags to sell. He just nodded and held my hand.",
        "decoy: the same member again at once (consecutive turns)",
    ),
    (RB1, MAD_01, "decoy: another member says it in the same words (agreement, not a duplicate)"),
    (FO1, "Honestly, same."),
    (
        F1,
        "Going mad. Two of you have used exactly those words now. Lots of people who've been in intensive care describe that, and it isn't madness. Deirdre, you mentioned the unit sees it a lot.",
        "decoy: the facilitator repeats the members' words",
    ),
    (
        DT1,
        "Delirium. It's the sedation and the lack of sleep, the lights, the alarms going all night. Nearly everyone on a ventilator gets some of it. I used to explain that to families, and then I was the one in the bed seeing spiders on the ceiling.",
        "decoy: a member explaining like a professional (not a role inversion)",
    ),
    (
        RB1,
        "That must have been strange, knowing all that and it still happening to you.",
        "decoy: a member reflecting another member",
    ),
    (DT1, "It was humbling. [laughs] Very humbling."),
    (
        LF1,
        "Can I just pause us there for a moment? I'm noticing the room has gone quite still since Deirdre said that about the spiders. I wonder what's happening for people right now, and whether anyone wants to say it out loud.",
        "role_inversion",
    ),
    (GK1, "For me it's knowing I said things. Horrible things, to my daughter. And I don't know what."),
    (F1, "You don't know what you said, and that's frightening."),
    (
        GK1,
        "The diary might say. That's why it's in the bread bin.",
        "decoy: the member refers back to the bread bin in new words",
    ),
    (F1, "So part of what the diary holds is the chance of finding out, and that could go either way."),
    (RB1, "Can I say something to Gaynor?"),
    (F1, "Of course."),
    (
        RB1,
        "My husband told me I called him by my brother's name for three days and asked him to leave. He laughs about it now. He said, 'You weren't you.' Maybe your daughter would say the same.",
        "decoy: a member quotes her husband to another member (peer support, not the facilitator's voice)",
    ),
    (GK1, "Maybe. She's not a laugher, my Stacey."),
    (FO1, "The trachy was the worst bit for me, because --", "decoy: broken off by another member"),
    (LF1, "Oh, the trachy."),
    (
        FO1,
        "-- because you can't ask for anything. You just lie there with a board with letters on and your hand won't point.",
        "decoy: the member picks up his own broken sentence",
    ),
    (F1, "No voice, and a hand that wouldn't do what you wanted."),
    (FO1, "Yeah. I spelled W-A-T and gave up. Water, I meant. [laughs]"),
    (
        F1,
        "When I came round properly I was convinced there was a fire in the next bay and nobody would let me out. I pulled my cannula out twice. My husband still can't talk about that night.",
        "role_inversion",
    ),
    (
        F1,
        "Thank you, Rukhsana. It sounds as if that night was frightening for both of you, in different ways.",
        "decoy: the facilitator's label twice in a row (the first line is a member's words)",
    ),
    (RB1, "He sat in the car park till four in the morning. I only found out at Christmas."),
    (DT1, "The families have their own intensive care, don't they. Nobody runs a group for them."),
    (
        F1,
        "That's a really good point, Deirdre, and it's something we'll come to next week, when partners are invited for the last half hour.",
    ),
    (
        NU1,
        "Sorry to interrupt, everyone. Is Fabian here? His hospital transport's booked for half three and the driver's asking if he still needs it.",
        "unknown_speaker",
    ),
    (FO1, "Yeah, still need it. Tell him I'll be down at half past."),
    (RAW, "[door closes]", "decoy: a typist's note"),
    (F1, "Sorry about that. Lyle, you've been quiet. How is this conversation landing for you?"),
    (LF1, "Honestly? Some days I think it would have been easier for everyone if they hadn't bothered."),
    (
        F1,
        "That's an important thing to say, and I'm glad you said it here. Can I ask you directly: when that thought comes, do you have any thoughts of ending your life?",
        "decoy: a direct risk question (not a refusal)",
    ),
    (LF1, "No. No, nothing like that. I've got the two girls. It's more that I'm a burden. Mandy's doing everything."),
    (
        F1,
        "So not wanting to die, but feeling like a weight on Mandy. If that ever changed, the crisis team number is on the sheet from week one, and Samaritans are on 116 123 any time. And I'd want you to tell me.",
        "decoy: a helpline inside the facilitator's engagement (not a refusal)",
    ),
    (LF1, "Yeah. I know. Ta."),
    (GK1, "You're not a burden, love. You nearly died.", "decoy: a member reassuring another member"),
    (
        LF1,
        "I know that in my head. It's the mornings. She goes off to her shift at six and I lie there listening to the van, and I keep thinking about the night before they took the tube out, because the",
        "truncated_turn",
    ),
    (
        RAW,
        "[end of recording part 1 - part 2 starts a few minutes later]",
        "decoy: a typist's note about the recording",
    ),
    (
        F1,
        "Okay, we're recording again. We'd got on to sleep, which I promised we'd come back to. Who's sleeping least at the moment?",
    ),
    (RB1, "Me, probably. I wake at three every night. Exactly three."),
    (DT1, "Three o'clock was the drug round on our unit."),
    (RB1, "Really?"),
    (DT1, "Really. Your body might remember it even if you don't."),
    (
        F1,
        "That's an interesting thought. It's certainly common for the body to hang on to the unit's rhythms for months afterwards.",
    ),
    (
        FO1,
        "I sleep fine. It's the days I can't handle. I used to teach four classes a day. Now I do ten minutes on the bike and I'm done.",
    ),
    (F1, "Ten minutes, where you used to teach four classes."),
    (FO1, "Yeah. And the lads at the gym keep saying I'll bounce back. I'm not bouncing anywhere."),
    (
        LF1,
        "Same at the pot bank. They ring every Friday to ask when I'm coming back. I can't go back on the line yet, I can't stand for an hour.",
        "decoy: 'I can't' from a member (not a refusal)",
    ),
    (
        F1,
        "Everyone expecting you to bounce back, while the body is on a much slower timetable.",
        "decoy: the facilitator echoes two members",
    ),
    (
        GK1,
        "Can I ask you something, Doctor? Have you ever been in intensive care yourself?",
        "decoy: a member's question to the facilitator",
    ),
    (
        F1,
        "Not as a patient, no. I've worked alongside the unit for a long time and sat with a lot of people afterwards, but I won't pretend I know what it was like from the inside. You're the experts on that in this room.",
        "decoy: the facilitator's honest answer about herself",
    ),
    (GK1, "Fair enough. At least you're honest."),
    (
        F1,
        "The question people ask me most is how long it takes, and I can't tell you when the tiredness will lift. What I can say is that most people notice the change in months rather than weeks, and it isn't a straight line.",
        "decoy: an honest limit that engages (not a refusal)",
    ),
    (
        DT1,
        ansi(
            "It\u2019s two steps forward and one back. That\u2019s what I used to tell the relatives \u2013 and I didn\u2019t believe a word of it till it was me."
        ),
        "encoding_error",
    ),
    (RB1, "That's very you, Deirdre."),
    (F1, "So, the diaries. Before we finish, would anyone like to read one line from theirs? Only if you want to."),
    (RAW, "[long pause]", "decoy: a typist's note"),
    (F1, "No pressure at all.", "decoy: the facilitator again after a silence (consecutive turns)"),
    (
        RB1,
        "I'll read one. It's in the car, but I know it by heart. 'Today you squeezed my hand when I said Zain's name. Zain is your youngest. He has drawn you a bus.'",
        "decoy: a member reads from her diary (quoted words)",
    ),
    (F1, "What's it like, saying that out loud?"),
    (RB1, "I didn't know he'd drawn me a bus. I thought I'd missed all of it."),
    (FO1, "[overlapping] That's lovely, that.", "decoy: an overlap note inside a turn"),
    (GK1, "Maybe I'll take mine out of the bread bin. Maybe. With Stacey there."),
    (F1, "With Stacey there. That sounds like a plan you've made for yourself, rather than one anyone's made for you."),
    (DT1, "You could read it at the table, not in the kitchen. Give it a proper place.", "decoy: advice from a member"),
    (GK1, "Yeah. The table."),
    (
        F1,
        "We're nearly at time. Let's do our closing round: one word for how you're leaving today. Fabian, do you want to start?",
    ),
    (FO1, "Lighter."),
    (RB1, "Heard."),
    (LF1, "Tired", "decoy: a one-word answer without a full stop"),
    (DT1, "Humbled, still. [laughs]"),
    (GK1, "Toast. No, hopeful. Hopeful.", "decoy: a joke, then a word said twice"),
    (
        F1,
        "Thank you, everyone. Next week is our last session, and partners are welcome for the last half hour. Take care getting home.",
    ),
]


def f01() -> Doc:
    roles = {F1: T, GK1: C, RB1: C, LF1: C, DT1: C, FO1: C, NU1: X}
    doc = Doc("01_icu_recovery_group_s7_initials.txt", roles, "labelled")
    doc.start("recovery group session 7")
    labelled(doc, S01, blank=False)
    return doc


# ---------------------------------------------------------------------------
# 02 a COUPLE session typed from the recording in Word, tidied with an AI writing assistant and saved as plain text
#    (UTF-8, CR LF): three header lines, then ``Full Name: text`` with a blank line after every paragraph. One
#    counsellor, two clients.
# ---------------------------------------------------------------------------
RQ2, MA2, MI2 = "Rosheen Quill", "Matthias Brandt", "Mirela Brandt"
NIGHTS_02 = "When she was tiny I did every night feed so Mirela could sleep before her shifts. By March I wasn't sleeping at all, even when I could. I'd stand at the sink at four in the morning and not know why I was there."
LOSE_02 = "I don't want to lose what we've got."

S02: Script = [
    (RAW, "Couple Counselling - Session 4 - Worcester Relationship Centre", "decoy: a header line"),
    (
        RAW,
        "Clients: Matthias Brandt and Mirela Brandt. Counsellor: Rosheen Quill.",
        "decoy: a header line naming all three speakers",
    ),
    (
        RAW,
        "Typed from the session recording and tidied with an AI writing assistant before saving.",
        "decoy: a header line that mentions the AI assistant",
    ),
    (
        RAW,
        "Here is the cleaned-up transcript with filler words removed and the speaker names kept as provided:",
        "meta_text",
    ),
    (
        RQ2,
        "Welcome back, both of you. Last time we finished in quite a raw place, talking about whether to try for a second baby. Before we go anywhere else I'd like to hear how the last fortnight has been.",
    ),
    (MI2, "Quiet. Too quiet. We've been very polite with each other."),
    (MA2, "I'd say careful rather than polite."),
    (RQ2, "Careful. What's the difference for you, Matthias?"),
    (MA2, "Polite is when you don't mean it. Careful is when you're scared of breaking something."),
    (MI2, "That's --", "decoy: broken off by her husband"),
    (MA2, "Sorry. Go on."),
    (MI2, "No, it's fine. That's actually true. We've both been scared."),
    (
        RQ2,
        "So both of you have been stepping carefully around something that feels breakable. What is it you're each scared of breaking?",
    ),
    (
        MI2,
        "Us. I'm scared that if I keep asking for a baby he'll leave. And if I stop asking, I'll end up resenting him for the rest of our lives.",
    ),
    (MA2, LOSE_02),
    (MI2, LOSE_02, "decoy: the other partner says it in the same words (agreement, not a duplicate)"),
    (
        RQ2,
        "You both said that, in exactly the same words. I'd like us to hold on to it for a moment.",
        "decoy: the counsellor points to the shared words",
    ),
    (RAW, "[both laugh]", "decoy: a typist's note"),
    (
        MA2,
        "Mirela, I'm going to ask you to turn your chair a little towards Matthias and tell him, in one or two sentences, what a second baby would mean to you. Matthias, your only job is to listen and then say back what you heard, without answering it.",
        "role_inversion",
    ),
    (MI2, "Okay. Towards him. This feels weird.", "decoy: the client follows the counsellor's instruction"),
    (RQ2, "It usually does the first time. Take your time."),
    (
        MI2,
        moji(
            "I\u2019ve always wanted two. I\u2019m one of three, and my sister\u2019s the person I ring first about everything. I don\u2019t want Frieda to be on her own when we\u2019re old and gone.",
            "latin-1",
        ),
        "mojibake",
    ),
    (
        MA2,
        "What I heard you say is that you've always pictured two, because your sister matters so much to you, and you don't want Frieda to be alone when we've gone.",
        "decoy: a partner reflecting back as the exercise asks (not the counsellor's voice)",
    ),
    (RQ2, "Mirela, did he get it?"),
    (MI2, "Mostly. The 'alone' bit was right. It's that she'd have nobody who remembers the same things."),
    (MA2, "Nobody who remembers the same things. Okay.", "decoy: a partner repeats his wife's words"),
    (RQ2, "Thank you. Now the other way round. Matthias, what does the thought of a second baby bring up for you?"),
    (MA2, NIGHTS_02),
    (
        RQ2,
        "You were doing every night feed, so Mirela could sleep before work, and somewhere in that you stopped being able to sleep at all.",
    ),
    (MA2, NIGHTS_02, "duplicate_turn"),
    (MI2, "You never told me it was that bad."),
    (MA2, "I didn't want you to think I couldn't cope."),
    (
        RQ2,
        "Mirela, I know there's a lot you want to say. I'm going to ask you first to say back what you heard, the way Matthias did.",
    ),
    (
        MI2,
        "What I heard is that you were on your own with it at four in the morning, and you didn't tell me because you thought I'd see you as not coping.",
        "decoy: a partner reflecting back (the speaker-listener exercise)",
    ),
    (MA2, "Yes. That's it."),
    (
        MI2,
        "I'm sorry, but I can't help with editing this part of the transcript because it describes violence in a relationship. If you or someone you know is in danger, please contact the National Domestic Abuse Helpline.",
        "refusal",
    ),
    (
        RQ2,
        "Mirela, thank you for telling me about the night he punched the bathroom door. I want to stop and take that seriously. Has anything like that happened since, or has either of you felt unsafe at home this year?",
        "decoy: the counsellor engages with what the client really said (a safety question, not a refusal)",
    ),
    (
        MI2,
        "No. Never. It was one night, four years ago, and he cried afterwards. I'm not scared of him. I'm scared of him going back to that place.",
    ),
    (MA2, "I'm scared of that too. I can't do those nights again.", "decoy: 'I can't' from a client (not a refusal)"),
    (RAW, "[both talking at once]", "decoy: a typist's note"),
    (
        RQ2,
        "Can I slow us down? You're both talking about the same fear, and I don't think you've said it to each other before.",
    ),
    (MI2, "We haven't."),
    (MA2, "No."),
    (RQ2, "What would it be like to look at that fear together, rather than each of you guarding it on your own?"),
    (
        MA2,
        "Scary. My mother's answer to everything is 'One child is a lonely child.' She says it every Christmas. So I've always felt like the one saying no is the bad guy.",
        "decoy: a client quotes his mother",
    ),
    (MI2, "I've never thought you were the bad guy."),
    (MI2, "I've thought you were stubborn. That's different.", "decoy: the same partner again (consecutive turns)"),
    (RAW, "[laughs]", "decoy: a typist's note"),
    (RQ2, "Stubborn, not bad. That's quite a difference to hear."),
    (MI2, "Can I ask you something? Do you have children?", "decoy: a client's question to the counsellor"),
    (
        RQ2,
        "I do. I'm going to leave my own story out of the room, though, because what matters here is the two of you and Frieda.",
        "decoy: the counsellor's brief self-disclosure",
    ),
    (MI2, "Fair."),
    (MA2, "So what do we do? Do we have another one or not?"),
    (
        RQ2,
        "I can't tell you two whether to have another child. That decision is yours. What I can help with is making sure it's a decision you make together, with the hard parts on the table, including what happened after Frieda was born.",
        "decoy: an honest limit that engages (not a refusal)",
    ),
    (
        MA2,
        "If we did, I'd want to see the GP before, not after. And I'd want us to have help with the nights, not me doing them all.",
    ),
    (MI2, "I'd want that too. I didn't know you were doing them all because you felt you had to."),
    (RQ2, "So there are conditions in there, Matthias. Not a yes, not a no, but some things you'd need."),
    (MA2, "Yeah. I suppose there are."),
    (MI2, "That's more than I've heard in a year.", "decoy: a client's reflection on her husband's words"),
    (
        RQ2,
        "I'd like to give you both something to do before we meet again. Separately, not together, I'd like each of you to write down what a yes would need to look like for you, and what a no would cost you.",
    ),
    (MI2, "Separately. What a yes needs and what a no costs.", "decoy: the client repeats the task back"),
    (MA2, "On paper, or on our phones?"),
    (
        RQ2,
        "Whichever you'll actually do. And then, I'd suggest, read them to each other on a day when neither of you is tired, and bring them here, so we can go through them on",
        "truncated_turn",
    ),
]


def f02() -> Doc:
    roles = {RQ2: T, MA2: C, MI2: C}
    doc = Doc("02_couple_session4_brandt_word.txt", roles, "labelled", crlf=True)
    doc.start("couple session 4")
    labelled(doc, S02, blank=True)
    return doc


# ---------------------------------------------------------------------------
# 03 a FAMILY session exported from a family-therapy service's case system as RTF (7-bit, ``\ansicpg1252``, CR LF):
#    one paragraph a line, a turn as ``{\b Label:} text\par``, curly quotes as ``\rquote`` and other characters as
#    ``\'xx``, the typist's notes as ``{\i [...]}\par``. One therapist; mother, father, a daughter of 16 and a son of
#    10, all seen as the clients. A voice at the door is in no role.
# ---------------------------------------------------------------------------
TH3, LI3, OW3, ZO3, AR3, UN3 = "Therapist", "Lindiwe", "Owain", "Zola", "Arlo", "Unidentified"
SOFA_03 = "I say it because four months ago she couldn't get up the stairs. I watched her sleep on the sofa for six weeks. You don't just switch that off."
SOFA_03_B = "I say it because four months ago she couldn't get up the stairs. I watched her sleep on the sofa for six weeks. You can't just switch that off."
FINE_03 = "She's literally fine."

S03: Script = [
    (RAW, r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}", "decoy: the RTF header"),
    (RAW, r"{\info{\title Family session 3 transcript}{\author Telford Child and Family Therapy}}"),
    (RAW, r"\f0\fs22"),
    (RAW, r"{\b Family therapy - session 3 - transcript}\par", "decoy: a bold title without a colon"),
    (
        RAW,
        r"Present: Lindiwe (mum), Owain (dad), Zola (16), Arlo (10). Therapist: Dr Kenji Mori.\par",
        "decoy: the participants line names every label",
    ),
    (RAW, r"Typed by Trudy Harker for the supervision file. One paragraph per speaker.\par", "decoy: a typist line"),
    (RAW, r"\par"),
    (TH3, "Good to see you all again. Arlo, is that the drawing you said you'd bring?"),
    (AR3, "It's Marmite. Our dog."),
    (TH3, "It's a very good Marmite. Thank you for bringing him."),
    (
        OW3,
        "Before we start, can I check in with everyone about the week? Last session we agreed that each of you would notice one moment when you treated Lindiwe as if she were still ill, and one moment when you didn't. Who'd like to go first?",
        "role_inversion",
    ),
    (ZO3, "Me. Because I've actually got a list."),
    (LI3, "She has got a list. [laughs]"),
    (
        ZO3,
        "Monday, Dad carried the washing basket upstairs before Mum could get to it. Tuesday, Dad asked her if she was sure she was up to driving to Asda. Wednesday --",
        "decoy: broken off by her father",
    ),
    (OW3, "Okay, okay, I get the idea."),
    (ZO3, "-- Wednesday he did it again.", "decoy: the daughter picks up her own sentence"),
    (TH3, "So you noticed quite a lot of moments, Zola, and most of them seem to involve Dad."),
    (
        ZO3,
        "Because it's mostly Dad. He goes, \u2018Are you sure you\u2019re not overdoing it, love?\u2019 about ten times a day.",
        "decoy: the daughter imitates her father (quoted words)",
    ),
    (OW3, SOFA_03),
    (
        TH3,
        "Four months isn't very long, and six weeks of watching someone you love on the sofa leaves a mark. Thank you for saying it, Owain.",
    ),
    (OW3, SOFA_03_B, "near_duplicate_turn"),
    (
        LI3,
        "And I am grateful, I am. But I finished treatment in April. The oncologist said, \u2018Go and live your life.\u2019 I can\u2019t live it if I\u2019m not allowed to carry a basket.",
        "decoy: the mother quotes her oncologist",
    ),
    (TH3, "What is it like for you, Lindiwe, to be asked if you're sure ten times a day?"),
    (
        LI3,
        "Like I\u2019m made of glass. Like I\u2019m still the patient in the house. [Cass - can you check this bit against the recording, I think she says \u2018weak\u2019 not \u2018meek\u2019 - Trudy]",
        "meta_text",
    ),
    (AR3, "You\u2019re not made of glass. You\u2019re made of Mum."),
    (RAW, r"{\i [laughter]}\par", "decoy: a typist's note"),
    (TH3, "Made of Mum. I like that, Arlo. What's it like for you when Dad asks Mum if she's sure?"),
    (AR3, "Dunno", "decoy: a one-word answer without a full stop"),
    (TH3, "That's alright. Sometimes we don't know."),
    (AR3, "", "empty_turn"),
    (
        TH3,
        "Arlo, you looked as if you were about to say something then. You don't have to.",
        "decoy: the therapist responds to a silence (consecutive therapist turns around an empty one)",
    ),
    (AR3, "It makes me think she\u2019s still got it. The cancer."),
    (LI3, "Oh, love."),
    (OW3, "She hasn't, mate. She's clear. They said so in April."),
    (
        TH3,
        "Arlo, thank you. That's a brave thing to say in front of everyone. So when Dad checks on Mum, part of you wonders whether there's something the grown-ups aren't telling you.",
        "decoy: the therapist reflects the son to the family",
    ),
    (AR3, "Yeah."),
    (
        ZO3,
        "See, that\u2019s what I mean. Everyone\u2019s scared and nobody says it. We just do the washing basket thing instead.",
        "decoy: the daughter sums up the family pattern (not the therapist's voice)",
    ),
    (
        TH3,
        "Everyone's scared and nobody says it. Zola, that's quite a summary of a family.",
        "decoy: the therapist repeats the daughter's words",
    ),
    (ZO3, FINE_03),
    (AR3, FINE_03, "decoy: the son copies his sister in the same words (agreement, not a duplicate)"),
    (LI3, "I am. I\u2019m fine. [laughs] You heard them."),
    (UN3, "Sorry, is this room eleven? Oh. Sorry, sorry, wrong room.", "unknown_speaker"),
    (RAW, r"{\i [door closes]}\par", "decoy: a typist's note"),
    (TH3, "No harm done. Owain, I'm curious what you make of what Arlo said a moment ago."),
    (
        OW3,
        "Honestly? It\u2019s me that\u2019s scared. The day they rang with the biopsy result I was at work, and I didn\u2019t pick up because I was in a meeting about a delivery schedule. I\u2019ve never forgiven myself for that.",
    ),
    (LI3, "You\u2019ve never told me that."),
    (OW3, "I know. I\u2019m telling you now."),
    (TH3, "What's it like to hear that, Lindiwe?"),
    (LI3, "It explains the basket. [laughs] It does, though. It explains a lot."),
    (TH3, "Zola, I noticed you went quiet when Dad said that. What was going on for you?"),
    (
        ZO3,
        moji(
            "I\u2019m not angry that she was ill. I\u2019m angry that nobody told me anything until it was already decided. I found out from Auntie Thandi\u2019s WhatsApp."
        ),
        "mojibake",
    ),
    (LI3, "We were trying to protect you."),
    (ZO3, "I\u2019m sixteen. I didn\u2019t need protecting, I needed telling."),
    (
        TH3,
        "Protecting and telling. It sounds as if each of you has been trying to look after the others, and the looking after has sometimes meant keeping things back.",
    ),
    (OW3, "That\u2019s fair. That\u2019s very fair."),
    (
        LI3,
        "Can I ask you something, doctor? When will we know it\u2019s really gone? I\u2019ve got a scan in October and everyone\u2019s counting down to it.",
        "decoy: a client's question to the therapist",
    ),
    (
        TH3,
        "I'm not a doctor of that kind, so I can't tell you what the scan will show. What I can help with is how the four of you live with not knowing until October, because that part is yours.",
        "decoy: an honest limit that engages (not a refusal)",
    ),
    (AR3, "Is your mum ill?", "decoy: the son's question to the therapist"),
    (
        TH3,
        "No, she's well, thank you for asking, Arlo. She lives in Osaka, so I don't see her as often as I'd like.",
        "decoy: the therapist's brief self-disclosure",
    ),
    (AR3, "Is that in Japan?"),
    (TH3, "It is. Now, I'd like us to finish by making one small plan for the week. Any ideas?"),
    (
        LI3,
        "I'd like one weekend where I do the shopping and the driving and nobody asks me if I\u2019m sure, and if I get tired I\u2019ll tell you myself, and I\u2019d like you all to trust that I will, even on the days when I look grey, because the nurses said grey is just what my skin does now and it doesn\u2019t mean anything is wrong, and I honestly think if we got through one weekend like that we\u2019d all start to brea",
        "truncated_turn",
    ),
    (TH3, "Zola, Owain, Arlo, what would help each of you with a weekend like that?"),
    (
        ZO3,
        "If Dad\u2019s worried he says \u2018I\u2019m worried\u2019 instead of \u2018Are you sure\u2019.",
        "decoy: the daughter proposes a rule (quoted words)",
    ),
    (OW3, "I can do that. \u2018I\u2019m worried.\u2019 Right."),
    (AR3, "And I carry Marmite\u2019s bowl, not Mum\u2019s basket.", "decoy: a joke from the son"),
    (
        TH3,
        "So: Mum does the shopping and the driving, Dad says 'I'm worried' out loud, and Arlo is in charge of the dog bowl.",
        "decoy: the therapist's summary repeats the family's words",
    ),
    (
        LI3,
        "Shopping, driving, \u2018I\u2019m worried\u2019, dog bowl. Got it.",
        "decoy: the mother repeats the plan back",
    ),
    (TH3, "Thank you all. Same time in a fortnight."),
    (RAW, "}", "decoy: the closing brace"),
]


def rtf_turn(label: str, text: str) -> str:
    body = rtf_escape(text)
    return f"{{\\b {label}:}} {body}\\par" if body else f"{{\\b {label}:}}\\par"


def f03() -> Doc:
    roles = {TH3: T, LI3: C, OW3: C, ZO3: C, AR3: C, UN3: X}
    doc = Doc("03_family_session3_mori_export.rtf", roles, "rtf", crlf=True)
    doc.start("family session 3")
    for who, text, *tags in S03:
        if who == RAW:
            doc.mark(doc.add(text), *tags)
        else:
            line = doc.add(rtf_turn(who, text))
            doc.turn(who, text, line, tags, anchor=f"{{\\b {who}:}}")
    return doc


# ---------------------------------------------------------------------------
# 04 a CO-THERAPY couple session exported from a clinic's record system as HTML (UTF-8 declared, LF): a head, a
#    heading, a participants paragraph, then one ``<p><b>Name:</b> text</p>`` a turn, ``<p class="note">`` notes.
#    Two therapists (a senior and a trainee, both in the counsellor role) and two clients. The clinic's AI
#    transcription add-on made the first draft.
# ---------------------------------------------------------------------------
AN4, TO4, SU4, RA4 = "Anneke", "Tomos", "Sunniva", "Rafe"
CARER_04 = "Rafe, when did you start to feel more like Sunniva's carer than her husband?"
CARER_04_B = "Rafe, when did you start to feel more like Sunniva's carer than like her husband?"
MISS_04 = "I miss us."

HEAD_04 = [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    "<title>Couple therapy (co-therapy) - session 6 - record export</title>",
    "<style>p.note { color: #666; } p.meta { font-size: 90%; }</style>",
    "</head>",
    "<body>",
]

S04: Script = [
    (RAW, "<h1>Couple therapy &amp; co-therapy - session 6</h1>", "decoy: the heading (an entity)"),
    (
        RAW,
        '<p class="meta">Therapists: Dr Anneke Vos, Tomos Pengelly (trainee). Clients: Sunniva Thornbury, Rafe Thornbury. Draft by the ClinPad transcription add-on, checked by T.P.</p>',
        "decoy: a participants paragraph naming all four speakers",
    ),
    (
        AN4,
        "Welcome back, both of you. Tomos and I were saying before you came in that it's been three weeks, with the relapse in the middle. How are you?",
    ),
    (SU4, "Better than three weeks ago. I can hold a cup again."),
    (RA4, "She's doing really well, actually."),
    (SU4, "I can speak for myself, Rafe."),
    (RA4, "Sorry. Habit."),
    (TO4, "That felt like a small moment that might matter. Sunniva, what happened for you just then?"),
    (SU4, "That's the whole problem in one sentence. He talks about me as if I'm his patient."),
    (AN4, "Rafe, could you say back what you heard Sunniva say?"),
    (
        RA4,
        "That I've started talking about you instead of to you. That you feel like my patient, not my wife.",
        "decoy: a partner reflecting back, as invited (not the therapists' voice)",
    ),
    (SU4, "Yes. Thank you. That's exactly it."),
    (AN4, CARER_04),
    (AN4, CARER_04_B, "near_duplicate_turn"),
    (
        RA4,
        "I don't know. The first relapse, maybe. She couldn't do buttons, so I did buttons. Then I was doing the tablets and the appointments, and one day I realised I'd stopped being anything else.",
    ),
    (
        TO4,
        "When she had the relapse in March I slept on the floor of her room for a week. I haven't been out on the bike since. I tell myself I don't miss it.",
        "role_inversion",
    ),
    (SU4, "You slept on the floor? I thought you were on the sofa."),
    (RA4, "The floor. I wanted to hear you if you needed me."),
    (
        AN4,
        "Tomos, can I think out loud with you for a moment, here in front of Sunniva and Rafe?",
        "decoy: the co-therapists confer in front of the couple",
    ),
    (TO4, "Go on.", "decoy: the second therapist answers the first (two counsellor turns in a row)"),
    (
        AN4,
        "I'm struck by how much Rafe has given up without saying anything, and by how Sunniva seems to have noticed the giving up more than the love in it.",
    ),
    (
        TO4,
        "I'm wondering about the bike. It sounds as if it was more than exercise.",
        "decoy: the trainee builds on the senior therapist's thought",
    ),
    (
        RA4,
        "It was. Sunday mornings with the club, forty miles and a bacon roll. Gaz keeps texting, 'You'll come back when you're ready, mate.'",
        "decoy: a client quotes his friend",
    ),
    (SU4, "I want him to go back. I've told him a hundred times."),
    (RA4, "And what if you fall while I'm out in the middle of nowhere?"),
    (SU4, "Then I'll ring my sister. Like I did before I met you."),
    (RAW, '<p class="note"><i>[both talking at once]</i></p>', "decoy: a note paragraph"),
    (
        AN4,
        "Can I slow us down? I think you're both saying something important and neither of you can hear it over the other. Sunniva first, then Rafe.",
    ),
    (
        SU4,
        moji(
            "I don\u2019t want a nurse. I\u2019ve got nurses. I want someone who\u2019s annoyed with me for leaving the milk out.",
            "latin-1",
        ),
        "mojibake",
    ),
    (
        TO4,
        "Someone who's annoyed about the milk. That's a very ordinary thing to miss.",
        "decoy: the trainee repeats the client's words",
    ),
    (SU4, MISS_04),
    (RA4, MISS_04, "decoy: the other partner says it in the same words (agreement, not a duplicate)"),
    (RAW, '<p class="note"><i>[pause]</i></p>', "decoy: a note paragraph"),
    (
        TO4,
        "Can I say something briefly? My mum had MS, so I know a little of this from the other side, as a son. I'll say that once and leave it there, because this is about the two of you.",
        "decoy: the trainee co-therapist's brief self-disclosure (not a client's voice)",
    ),
    (SU4, "Thank you. That helps, weirdly."),
    (
        SU4,
        "My neurologist said, 'Relapsing-remitting means exactly that: it comes and it goes.' I think Rafe only heard the first half.",
        "decoy: the same client again (consecutive turns), quoting her neurologist",
    ),
    (RA4, "That's probably true."),
    (AN4, "Sunniva, you said earlier that March was the worst of it. What was the worst of it for you?"),
    (
        SU4,
        "I'm sorry, but I can't transcribe this portion because it contains sensitive content related to self-harm. If you're struggling, please contact Samaritans on 116 123.",
        "refusal",
    ),
    (
        AN4,
        "Sunniva, you've just told us that in March, the night you couldn't feel your legs, you thought about taking all the tablets in the drawer. Thank you for saying it. I need to ask you directly: are you having any thoughts like that now?",
        "decoy: a direct risk question that engages with the client's real words",
    ),
    (SU4, "No. That was the worst night of my life, and I'd never do it. But I thought it. Rafe didn't know."),
    (RA4, "", "empty_turn"),
    (TO4, "Rafe, you don't have to answer straight away.", "decoy: the trainee responds to a silence"),
    (RA4, "I didn't know. I was on the floor in the next room and I didn't know."),
    (
        AN4,
        "That's a lot to take in, for both of you. What I hear is two people who were each alone with the worst of it, a wall apart. (Tomos - for our debrief: I think I came in too fast here. AV)",
        "meta_text",
    ),
    (RA4, "A wall apart. Yeah."),
    (SU4, "Can you tell us whether it'll get worse? The MS. Everyone dances round it."),
    (
        AN4,
        "I can't tell you how your MS will go. Nobody can, not even your neurologist. What we can work on in here is how you two stay a couple inside it, whichever way it goes.",
        "decoy: an honest limit that engages (not a refusal)",
    ),
    (
        TO4,
        "And maybe what each of you needs from the other so that the illness isn't the only thing in the house.",
        "decoy: the trainee adds to the senior therapist's answer",
    ),
    (SU4, "I need him to go on the Sunday ride."),
    (RA4, "And I need to know you'll ring your sister if anything happens."),
    (SU4, "Deal. And I'll text you a photo of my breakfast. Not a health update. Breakfast."),
    (RA4, "[laughs] Breakfast. Okay."),
    (
        AN4,
        "So, for the next fortnight: Rafe goes out with the club on Sunday, Sunniva texts breakfast rather than symptoms, and the sister is the plan if anything happens.",
        "decoy: the therapist's summary repeats the couple's words",
    ),
    (SU4, "Ride, breakfast, sister.", "decoy: the client repeats the plan back"),
    (
        RA4,
        "Ride, breakfast, sister. And maybe a night out where nobody mentions MS.",
        "decoy: the other partner repeats it and adds",
    ),
    (AN4, "That sounds like a good addition. Tomos, anything from you before we close?"),
    (
        TO4,
        "Only that I noticed how often today you turned to each other rather than to us. And next time, if it's alright with you both, Anneke and I would like to start with how the Sunday went, and then look at what each of you would want the other to",
        "truncated_turn",
    ),
]


def html_turn(label: str, text: str) -> str:
    body = html.escape(text, quote=False)
    return f"<p><b>{label}:</b> {body}</p>" if body else f"<p><b>{label}:</b></p>"


def f04() -> Doc:
    roles = {AN4: T, TO4: T, SU4: C, RA4: C}
    doc = Doc("04_cotherapy_couple_s6_record_export.html", roles, "html")
    for text in HEAD_04:
        line = doc.add(text)
        if text.startswith("<title>"):
            doc.mark(line, "decoy: the HTML title names the session")
    doc.start("co-therapy session 6")
    for who, text, *tags in S04:
        if who == RAW:
            doc.mark(doc.add(text), *tags)
        else:
            line = doc.add(html_turn(who, text))
            doc.turn(who, text, line, tags, anchor=f"<p><b>{who}:</b>")
    doc.add("</body>", "</html>")
    return doc


# ---------------------------------------------------------------------------
# 05 INTERPRETER-MEDIATED counselling sessions exported from a research study's database as CSV (Python ``csv``,
#    LF): ``study_id,session_id,utt_no,speaker_code,speaker_role,lang,utterance,utterance_vi,coder_note``. CNS is the
#    counsellor, CLT the client (her words as the interpreter rendered them in English, the Vietnamese in
#    ``utterance_vi``), INT the interpreter speaking in her own voice (neither role). The old database kept 255
#    characters of ``utterance``; where the rendering was inaudible a coder filled ``utterance`` by machine
#    translation from ``utterance_vi``.
# ---------------------------------------------------------------------------
CNS5, CLT5, INT5 = "CNS", "CLT", "INT"
ROLE_NAMES_05 = {CNS5: "counsellor", CLT5: "client", INT5: "interpreter"}
LANG_05 = {CNS5: "en", CLT5: "vi>en", INT5: "vi+en"}
MT_NOTE_05 = "rendering inaudible on audio; utterance machine-translated from utterance_vi"
FUNERAL_05 = "No. My passport had expired, and the new one took three months. My daughter said I should wait, the children needed me, and the funeral was only four days later anyway. So I just watched it on my phone in the kitchen, with the rice cooker on, and my son-in-law came in and asked what was for dinner, and I did not know what to say to him, because I was standing in front of the altar they had set up for my husband in our old house, and nobody in this kitchen could see it."
FUNERAL_05_VI = "Không. Hộ chiếu của tôi hết hạn, làm cái mới mất ba tháng. Con gái tôi bảo tôi chờ, bọn trẻ cần tôi, mà đám tang thì chỉ bốn ngày sau. Nên tôi xem trên điện thoại trong bếp, nồi cơm điện vẫn đang nấu, rồi con rể tôi đi vào hỏi tối nay ăn gì, mà tôi không biết nói gì với nó, vì tôi đang đứng trước bàn thờ người ta lập cho chồng tôi ở nhà cũ, mà trong cái bếp này không ai nhìn thấy."
HEAD_05 = (
    "study_id",
    "session_id",
    "utt_no",
    "speaker_code",
    "speaker_role",
    "lang",
    "utterance",
    "utterance_vi",
    "coder_note",
)

# (speaker_code, utterance, utterance_vi, coder_note, *tags); RAW entries are a physical line of their own
P11_S1: Script = [
    (
        CNS5,
        "Hello, Hoa. Thank you for coming, and thank you, Minh, for interpreting today. I'll speak to you, Hoa, and Minh will put my words into Vietnamese and yours into English. Is that alright?",
        "",
        "",
        "decoy: the counsellor speaks to the client and the interpreter",
    ),
    (CLT5, "Yes, that is alright. Thank you.", "Dạ được. Cảm ơn cô.", ""),
    (
        CNS5,
        "Your GP wrote that you haven't been sleeping since your husband died in March. Can you tell me about that?",
        "",
        "",
    ),
    (
        CLT5,
        "She says she wakes at three every morning and cannot go back to sleep.",
        "Tôi thức dậy lúc ba giờ sáng, rồi không ngủ lại được.",
        "rendered in third person",
        "decoy: the interpreter's rendering in the third person, under the client (not a role inversion)",
    ),
    (CNS5, "Three every morning. What happens in your mind at three o'clock?", "", ""),
    (
        CLT5,
        "I think of my husband. In Vietnam it is already morning, the hour he always went to the market.",
        "Tôi nghĩ tới chồng tôi. Bên Việt Nam lúc đó là buổi sáng rồi, đúng giờ ông ấy hay đi chợ.",
        "",
    ),
    (
        CNS5,
        "So three o'clock here is the time he'd have been going to the market at home.",
        "",
        "",
        "decoy: the counsellor reflects the client",
    ),
    (CLT5, "Yes.", "Dạ.", ""),
    (CNS5, "Can you tell me about him?", "", ""),
    (
        CLT5,
        "His name was Tuấn. We were married thirty-four years. He had a small shop selling bicycle parts in Hải Phòng. He was a quiet man, but he sang when he cooked.",
        "Ông tên Tuấn. Chúng tôi lấy nhau ba mươi bốn năm. Ông có một tiệm nhỏ bán phụ tùng xe đạp ở Hải Phòng. Ông ít nói, nhưng lúc nấu ăn thì hay hát.",
        "",
        "decoy: correct Vietnamese letters inside the English rendering",
    ),
    (CNS5, "He sang when he cooked.", "", "", "decoy: the counsellor repeats the client's words"),
    (CLT5, "[laughs] Badly. He sang badly.", "[cười] Hát dở lắm.", ""),
    (CNS5, "Your GP also mentioned that you weren't able to travel for the funeral.", "", ""),
    (CLT5, cut_at(FUNERAL_05, 255), FUNERAL_05_VI, "utterance > 255 chars in old schema", "truncated_turn"),
    (
        CNS5,
        "You watched your husband's funeral on your phone, in a kitchen where nobody could see what you were seeing.",
        "",
        "",
    ),
    (
        INT5,
        "Xin lỗi bác, bác nói lại chữ đó được không ạ? Sorry, one moment, I'm asking her to say one word again.",
        "Xin lỗi bác, bác nói lại chữ đó được không ạ?",
        "interpreter's own turn",
        "unknown_speaker",
    ),
    (
        CLT5,
        "I felt tủi thân. Very tủi thân.",
        "Tôi thấy tủi thân lắm. Tủi thân lắm.",
        "interpreter kept the Vietnamese word",
        "decoy: a Vietnamese word kept inside the rendering",
    ),
    (
        INT5,
        "Can I add something? 'Tủi thân' has no exact English word. It's feeling hurt and sorry for yourself at the same time, when the people around you don't notice your pain.",
        "",
        "interpreter's own turn",
        "unknown_speaker",
    ),
    (CNS5, "Thank you, Minh. Hoa, hurt, and alone with it, in a kitchen full of people. Is that close?", "", ""),
    (CLT5, "Yes. Very close.", "Dạ. Đúng vậy.", ""),
    (CNS5, "What is an ordinary evening like for you now?", "", ""),
    (
        CLT5,
        "Here is the English translation of the Vietnamese text: Every night I cook for them, but the whole family eats in front of the television.",
        "Tối nào tôi cũng nấu cơm cho cả nhà, mà cả nhà lại ăn trước ti vi.",
        MT_NOTE_05,
        "meta_text",
    ),
    (CNS5, "You cook every night, and they eat in front of the television. What's that like for you?", "", ""),
    (
        CLT5,
        "I feel like a maid in my daughter's house. I should not say this.",
        "Tôi thấy mình như người giúp việc trong nhà con gái. Lẽ ra tôi không nên nói vậy.",
        "",
    ),
    (
        CNS5,
        "You can say it here. Nothing you say in this room goes back to your daughter unless you want it to.",
        "",
        "",
        "decoy: a confidentiality statement",
    ),
    (
        CLT5,
        moji(
            "My daughter works twelve hours a day. She\u2019s a good daughter. It\u2019s not her fault. It\u2019s me who doesn\u2019t fit here.",
            "latin-1",
        ),
        "Con gái tôi làm mười hai tiếng một ngày. Nó là đứa con ngoan. Không phải lỗi của nó. Là tại tôi không hợp với nơi này.",
        "utterance imported from the 2023 export",
        "mojibake",
    ),
    (CNS5, "You're being very fair to your daughter, and very hard on yourself.", "", ""),
    (
        CLT5,
        "In Vietnam the grandmother matters. Here I am the one who takes the children to school and waits at the gate, and the other mothers do not speak to me.",
        "Ở Việt Nam, người bà quan trọng lắm. Ở đây tôi đưa đón hai đứa nhỏ, đứng chờ ở cổng trường, mà mấy bà mẹ khác không nói chuyện với tôi.",
        "",
    ),
    (
        CNS5,
        "I want to ask you something important, and I ask it of everyone who feels this low. Do you sometimes have thoughts of not wanting to be alive?",
        "",
        "",
        "decoy: a direct risk question",
    ),
    (
        CLT5,
        "I'm sorry, but I can't translate content that refers to suicide or self-harm. If you or someone you know is struggling, please contact a local crisis line.",
        "Có những đêm tôi nghĩ, phải chi tôi đi theo ông ấy luôn.",
        MT_NOTE_05,
        "refusal",
    ),
    (
        CNS5,
        "Hoa, Minh tells me you said that some nights you think, if only you had gone with him. Thank you for telling me. Do you have any plan to end your life?",
        "",
        "",
        "decoy: the counsellor engages with the client's real words",
    ),
    (
        CLT5,
        "No. I would never do that. I have the grandchildren, and I have to light incense for him.",
        "Không. Tôi không bao giờ làm vậy. Tôi còn hai đứa cháu, còn phải thắp hương cho ông.",
        "",
    ),
    (CNS5, "You light incense for him. Where do you do that?", "", ""),
    (
        CLT5,
        "In my room. I have a small altar with his photo. My son-in-law does not like the smell, so I open the window, even in winter.",
        "Trong phòng tôi. Tôi có một bàn thờ nhỏ với hình ông. Con rể tôi không thích mùi nhang, nên tôi mở cửa sổ, mùa đông cũng mở.",
        "",
    ),
    (
        CNS5,
        "So you keep him close, in your own room, with the window open even in winter.",
        "",
        "",
        "decoy: the counsellor echoes the client",
    ),
    (
        RAW,
        'ISC-2,P11-s1,36,CNS,counsellor,en,Would it help if next time your daughter came for part of the session, "just to listen", or would you rather keep this space for yourself?,,edited by hand',
        "",
        "",
        "unparseable_line",
    ),
    (
        CLT5,
        "Maybe. I would like Thảo to hear about the funeral from me.",
        "Có lẽ. Tôi muốn Thảo nghe chuyện đám tang, từ chính miệng tôi.",
        "",
    ),
    (
        CNS5,
        "Then let's think about that together next time. Before then, would you be willing to try one thing: one evening this week, ask the family to eat at the table with you?",
        "",
        "",
    ),
    (
        CLT5,
        "One evening, at the table. I will try on Sunday.",
        "Một tối, ăn ở bàn. Chủ nhật tôi thử.",
        "",
        "decoy: the client repeats the plan back",
    ),
    (CNS5, "Sunday. Thank you, Hoa. And thank you, Minh.", "", ""),
]

P11_S2: Script = [
    (CNS5, "Welcome back, Hoa. How did Sunday go?", "", ""),
    (
        CLT5,
        "We ate at the table. The children complained for five minutes, and then my grandson asked me about his grandfather.",
        "Cả nhà ăn ở bàn. Hai đứa nhỏ kêu ca năm phút, rồi thằng cháu hỏi tôi về ông ngoại.",
        "",
    ),
    (CNS5, "He asked about his grandfather. What did you tell him?", "", ""),
    (
        CLT5,
        "That his grandfather sang badly when he cooked. He laughed. My daughter laughed too.",
        "Tôi kể là ông ngoại nấu ăn thì hay hát, mà hát dở. Nó cười. Con gái tôi cũng cười.",
        "",
    ),
    (CNS5, "Everyone laughing about him at the table. How was that for you?", "", ""),
    (
        CLT5,
        "Warm, and then sad afterwards, in my room. But a good sad.",
        "Ấm áp, rồi lúc về phòng thì buồn. Nhưng là buồn mà nhẹ lòng.",
        "",
    ),
    (
        CNS5,
        "A good sad. I'd like to come back to the funeral today, if you're willing. Last time you said you'd like Thảo to hear about it from you.",
        "",
        "",
    ),
    (
        CLT5,
        "Yes. I have not told her how it was, watching on the phone. She thinks I was fine.",
        "Dạ. Tôi chưa kể cho nó nghe lúc xem trên điện thoại thế nào. Nó tưởng tôi không sao.",
        "",
    ),
    (CNS5, "What would you want her to know?", "", ""),
    (
        CLT5,
        "That I was not fine. That I wanted to go home, and nobody asked me.",
        "Là tôi không ổn. Là tôi muốn về nhà, mà không ai hỏi tôi.",
        "",
    ),
    (CNS5, "That you weren't fine, and that nobody asked what you wanted.", "", ""),
    (CLT5, "Yes. And that it is not her fault.", "Dạ. Và không phải lỗi của nó.", ""),
    (CNS5, "Would you like to practise saying some of it here first, with Minh's help?", "", ""),
    (
        CLT5,
        "Thảo, I want to tell you about the day of your father's funeral.",
        "Thảo, mẹ muốn kể con nghe chuyện ngày đám tang của ba.",
        "rehearsal",
    ),
    (CNS5, "How did that feel to say?", "", ""),
    (
        CLT5,
        "Heavy. But I can say it to her. Maybe at the weekend.",
        "Nặng lòng lắm. Nhưng tôi nói với nó được. Chắc cuối tuần này.",
        "",
    ),
    (CNS5, "At the weekend. We'll meet again after that, and you can tell me how it went.", "", ""),
]

DECOYS_05_S2 = {
    3: "decoy: the counsellor repeats the client's words as a question",
    11: "decoy: the counsellor echoes the client",
    14: "decoy: the client rehearses her words to her daughter (quoted speech, in the rendering)",
    16: "decoy: the client states her own plan",
}


def f05() -> Doc:
    roles = {CNS5: T, CLT5: C, INT5: X}
    doc = Doc("05_interpreted_sessions_isc2_db.csv", roles, "csv05")
    doc.mark(doc.add(csv_row(HEAD_05)), "decoy: the header names the interpreter's column")
    sessions = (
        ("P11-s1", P11_S1, (), False),
        ("P11-s2", P11_S2, (), False),
        ("P11-s2-r", P11_S2, ("duplicate_session",), True),
    )
    for ident, script, kinds, copy in sessions:
        doc.start(ident, *kinds)
        number = 0
        for who, text, vi, note, *tags in script:
            number += 1
            if who == RAW:
                assert f",{ident},{number}," in text, (ident, number)
                doc.mark(doc.add(text), *tags)
                continue
            if ident.startswith("P11-s2") and not copy and number in DECOYS_05_S2:
                tags = [*tags, DECOYS_05_S2[number]]
            fields = ["ISC-2", ident, str(number), who, ROLE_NAMES_05[who], LANG_05[who], text, vi]
            fields.append("re-import from backup 2024-06-03" if copy and number == 1 else note)
            line = doc.add(csv_row(fields))
            doc.turn(who, text, line, tags, anchor=f",{ident},{number},{who},")
    return doc


# ---------------------------------------------------------------------------
# 06 SUPERVISION of a recorded session: an Outlook e-mail thread saved as text (CR LF). On top, the supervisor's
#    reply; below ``-----Original Message-----``, the trainee's e-mail with the session transcript pasted in,
#    ``SC: text`` (the trainee counsellor) / ``M: text`` (the client) one turn a line, and the supervisor's comments
#    typed inline between the turns as ``[LB: ...]`` lines. The comments, headers, greetings and signatures are not
#    turns. Part of one turn was pasted from the trainee's notes, saved by an old editor as Windows-1252.
# ---------------------------------------------------------------------------
SC6, M6 = "SC", "M"
LUCKY_06 = (
    "Everyone keeps saying I had a lucky escape. I don't feel lucky. I feel like I'm the only one who didn't know."
)

S06: Script = [
    (RAW, "From: Lachlan Baird <lachlan.baird@fellside-supervision.co.uk>", "decoy: an e-mail header"),
    (RAW, "Sent: Tuesday, 14 May 2024 21:07", "decoy: an e-mail header"),
    (RAW, "To: Sin\u00e9ad Carroll <s.carroll@lancaster-placement.example>"),
    (RAW, "Subject: RE: tape 3 transcript for supervision (M)", "decoy: an e-mail header"),
    (RAW, ""),
    (RAW, "Hi Sin\u00e9ad,"),
    (RAW, ""),
    (
        RAW,
        "Thanks for sending this through, and for typing it all up - I know how long that takes. I've put my comments inline below, in square brackets starting [LB:, so they're easy to find. Two general thoughts before the detail:",
        "decoy: the supervisor's reply explains his inline comments",
    ),
    (RAW, ""),
    (RAW, "1. You're much steadier with silence than you were on tape 1. Notice that."),
    (RAW, "2. Watch the pull to reassure when she talks about the dress. Let's look at that on Thursday."),
    (RAW, ""),
    (RAW, "See you Thursday at 2."),
    (RAW, "Lachlan"),
    (RAW, ""),
    (RAW, "--"),
    (
        RAW,
        "Lachlan Baird | Clinical Supervisor, BACP Senior Accredited | Fellside Supervision, Lancaster",
        "decoy: a signature",
    ),
    (
        RAW,
        "This e-mail may contain confidential client material. If you have received it in error, please delete it and let me know.",
        "decoy: a confidentiality footer",
    ),
    (RAW, ""),
    (RAW, "-----Original Message-----", "decoy: the quoted-message separator"),
    (RAW, "From: Sin\u00e9ad Carroll <s.carroll@lancaster-placement.example>"),
    (RAW, "Sent: Sunday, 12 May 2024 18:42"),
    (RAW, "To: Lachlan Baird <lachlan.baird@fellside-supervision.co.uk>"),
    (RAW, "Subject: tape 3 transcript for supervision (M)"),
    (RAW, ""),
    (RAW, "Hi Lachlan,"),
    (RAW, ""),
    (
        RAW,
        "Here's the transcript of my third session with M (name changed; the recording consent form is on file at the placement). I typed it from the recording. SC = me, M = client. I've left out about four minutes in the middle where she took a phone call.",
        "decoy: the trainee's key line names both labels",
    ),
    (RAW, ""),
    (SC6, "Hi. Come in, take whichever chair you like. How has this week been?"),
    (M6, "Weird. Good weird and bad weird. I went back to work on Monday."),
    (SC6, "Back to work. What was that like?"),
    (
        M6,
        "I work at a florist's. Half of what we do is weddings. On Monday morning there was a bride in choosing buttonholes, and I had to go in the back and count ribbons for ten minutes.",
    ),
    (RAW, "[LB: good - you let her tell it without jumping in]", "decoy: a supervisor comment between turns"),
    (SC6, "You had to get away from her for a while."),
    (M6, "She was lovely. That was the worst part. She was so happy, and I used to be that happy."),
    (SC6, "You used to be that happy.", "decoy: the counsellor repeats the client's words"),
    (
        M6,
        "In February I was making my own buttonholes in the back room at lunchtime. Little freesias, because Piran's nan grew them.",
    ),
    (SC6, "Freesias, for his nan."),
    (
        M6,
        "She rang me last week, his nan. She said she was sorry, and that she'd always liked me best. [laughs]",
        "decoy: the client reports his grandmother's words",
    ),
    (SC6, "[laughs] What was it like, hearing from her?"),
    (M6, "Nice. Awful. Both."),
    (SC6, "Mm-hmm."),
    (M6, LUCKY_06),
    (
        RAW,
        "[LB: 'the only one who didn't know' - I think this is the heart of it, more than the wedding itself]",
        "decoy: a supervisor comment quoting the client's words",
    ),
    (M6, LUCKY_06, "duplicate_turn"),
    (
        SC6,
        "The only one who didn't know. Can you say more about that?",
        "decoy: the counsellor repeats the client's words",
    ),
    (
        M6,
        "His brother knew. His best man knew. Apparently he'd been 'not sure' since Christmas. He told me at the kitchen table on a Tuesday, three weeks before. He'd written it on his phone so he wouldn't forget anything.",
        "decoy: the client quotes her fiance's words",
    ),
    (SC6, "He'd written it down. And you were hearing it for the first time."),
    (
        M6,
        "So part of you is still living in the week before the wedding, and part of you is trying very hard to be fine for everyone else. Is that close?",
        "role_inversion",
    ),
    (M6, "Yeah. That's exactly it. Everyone needs me to be fine.", "decoy: the client's label twice in a row"),
    (
        RAW,
        "[LB: nice reflection - but I think this line is yours, not hers? check the recording]",
        "decoy: a supervisor comment about attribution (not a turn)",
    ),
    (SC6, "Who needs you to be fine?"),
    (
        M6,
        "My mum, mostly. She keeps saying 'Plenty more fish, love,' like I've lost a bus pass. And my sister Tegan wants me to burn the dress in the garden and film it.",
        "decoy: the client quotes her mother",
    ),
    (SC6, "And what do you want to do with the dress?"),
    (
        M6,
        "I don't know. It's still in its bag on the back of the door in the back bedroom. I can't look at it and I can't get rid of it. [LB: this is the moment - she's handing you the dress. Stay with it rather than moving to her mum]",
        "meta_text",
    ),
    (SC6, "You can't look at it, and you can't let it go."),
    (M6, "[laughs] When you say it like that it sounds mad."),
    (SC6, "It doesn't sound mad to me. It sounds like you're not ready to decide yet."),
    (
        RAW,
        "[LB: careful - 'doesn't sound mad' is reassurance. What might have happened if you'd stayed with 'mad'?]",
        "decoy: a supervisor comment that quotes the counsellor",
    ),
    (M6, "I don't even go past that door. I go the long way round to the bathroom."),
    (SC6, "The long way round, so you don't have to pass it."),
    (
        M6,
        "It's a tiny flat. There isn't a long way round. I just walk faster. [laughs]",
        "decoy: a joke from the client",
    ),
    (SC6, "Walking faster past it."),
    (M6, "Can I ask you something? Have you ever been dumped?", "decoy: a client's question to the counsellor"),
    (
        SC6,
        "I was engaged once, a long time ago, and it ended. So I know a little of how much it can turn upside down. But I'm more interested in what it's been like for you.",
        "decoy: the trainee's self-disclosure (not a client's voice)",
    ),
    (
        RAW,
        "[LB: let's talk about this disclosure on Thursday - not wrong, but what was it for?]",
        "decoy: a supervisor comment",
    ),
    (M6, "Like being the last person in the room to get the joke."),
    (SC6, "Mm."),
    (
        M6,
        "And then my phone went, and it was the venue again, about the deposit, because it's in my name, not his, and I",
        "truncated_turn",
    ),
    (
        RAW,
        "[about 4 minutes missing here - she took the call in the corridor]",
        "decoy: the trainee's note about the gap",
    ),
    (SC6, "Okay. We've got about fifteen minutes left. How are you feeling after that call?"),
    (
        M6,
        "Stupid. They want eight hundred pounds and I can't even say his name on the phone.",
        "decoy: 'I can't' from the client (not a refusal)",
    ),
    (
        SC6,
        ansi(
            "Not stupid. It sounds like the wedding keeps finding you \u2013 at work, on the phone, on the back of the door \u2013 and you haven\u2019t had a day off from it."
        ),
        "encoding_error",
    ),
    (M6, "No. Not one day."),
    (
        SC6,
        "I want to check something with you, because you've described a lot of pain today. Have you had any thoughts of harming yourself, or of not wanting to be here?",
        "decoy: a direct risk question",
    ),
    (
        M6,
        "No. God, no. I'm sad, not that. I've got the shop, I've got Tegan. I just want to skip to next year.",
    ),
    (
        SC6,
        "Thank you for telling me. If that ever changed, you can call Samaritans any time on 116 123, and I'd want you to tell me too.",
        "decoy: a helpline inside the counsellor's engagement (not a refusal)",
    ),
    (RAW, "[LB: good, clear risk check]", "decoy: a supervisor comment"),
    (M6, "Okay. I will."),
    (SC6, "Before next week, is there one small thing that might give you a day off from it?"),
    (M6, "Maybe I'll ask Tegan to take the dress to hers. Not burn it. Just have it at hers for a bit."),
    (
        SC6,
        "Not burned, just at Tegan's for a bit. How does that feel to say?",
        "decoy: the counsellor repeats the client's plan",
    ),
    (M6, "Lighter. A bit lighter."),
    (SC6, "Let's see how that goes, and pick it up next Tuesday."),
    (RAW, "[LB: good ending - she chose it, not you]", "decoy: a supervisor comment"),
    (RAW, ""),
    (RAW, "Thanks,"),
    (RAW, "Sin\u00e9ad"),
    (RAW, ""),
    (RAW, "Sin\u00e9ad Carroll | Trainee Counsellor (PGDip, year 2)", "decoy: the trainee's signature"),
]


def f06() -> Doc:
    roles = {SC6: T, M6: C}
    doc = Doc("06_supervision_email_thread_tape3.txt", roles, "labelled", crlf=True)
    doc.start("tape 3")
    labelled(doc, S06, blank=False)
    return doc


# ---------------------------------------------------------------------------
# 07 a PARENT AND CHILD with a SCHOOL COUNSELLOR on a telehealth platform: the platform's JSON export (indent 2,
#    LF), two calls, each with its participants and a ``transcript`` of segments, one segment object a line:
#    ``{"seg", "participant_id", "speaker", "start", "end", "text"}``. The school counsellor hosts; the mother and
#    the boy (12) join on separate devices and are both clients. A device nobody could identify joins as "Guest 4".
#    In the second call the platform attributed the counsellor's voice to the mother's device and the mother's to
#    the counsellor's, throughout.
# ---------------------------------------------------------------------------
SA7, AN7, EZ7, GU7 = "Segun Adebayo", "Agnieszka Nowak", "Ezra Nowak", "Guest 4"
PIDS_07 = {SA7: "p1", AN7: "p2", EZ7: "p3", GU7: "p4"}
KILOS_07 = "He's lost three kilos since Christmas. I weigh him on Sundays and I write it down in a notebook."
SCALE_07 = (
    "Ezra, on a scale from nought to ten, how scary would it be to eat one cracker at lunchtime with me in the room?"
)
SCALE_07_B = "Ezra, on a scale of nought to ten, how scary would it be to eat one cracker at lunchtime with me there in the room?"
NORMAL_07 = "I just want things to be normal again."

CALL1_07: Script = [
    (
        SA7,
        "Hi, can you both hear me? Ezra, I can see you. Mrs Nowak, I think you might be on mute.",
        "decoy: talk about the connection",
    ),
    (AN7, "Sorry, sorry. Is that better? I'm in the car park at work."),
    (
        SA7,
        "That's perfect, I can hear you now. Thank you for making time in your lunch break. Ezra, how are you doing today?",
    ),
    (EZ7, "ok", "decoy: a one-word answer in lower case without a full stop"),
    (
        SA7,
        "Just okay? That's allowed. You've been off school since Thursday, and Mum told the office it's to do with eating. Is that right?",
    ),
    (
        AN7,
        "It's since the apple. In January he choked on a piece of apple in the dinner hall, and a dinner lady had to do the back slaps, and ever since then --",
        "decoy: broken off by her son",
    ),
    (EZ7, "Mum."),
    (AN7, "Sorry. You tell it."),
    (
        SA7,
        "Thank you, Mrs Nowak. Ezra, would you be okay telling me in your own words?",
        "decoy: the counsellor turns to the child",
    ),
    (
        EZ7,
        "It got stuck. I couldn't breathe and everyone was looking. Mrs Pellow hit my back really hard and it came out on the table.",
    ),
    (
        SA7,
        "It got stuck, you couldn't breathe, and everyone was looking. That sounds really frightening.",
        "decoy: the counsellor repeats the boy's words",
    ),
    (EZ7, "yeah", "decoy: a one-word answer without a full stop"),
    (SA7, "What has eating been like since then?"),
    (EZ7, "I only eat soft stuff. Yoghurt, soup, mash. I don't eat at school at all."),
    (
        EZ7,
        "I just sit in the library at lunch. Mr Dacre lets me.",
        "decoy: the same participant's next segment (the platform splits speech)",
    ),
    (AN7, KILOS_07),
    (AN7, KILOS_07, "duplicate_turn"),
    (SA7, "Thank you for keeping track of that. It tells me how worried you've been."),
    (AN7, "I'm his mum. Of course I'm worried. I cut everything up like he's three."),
    (EZ7, "", "empty_turn"),
    (
        SA7,
        "Ezra, I think your microphone came on just then. Did you want to say something?",
        "decoy: the counsellor responds to the empty segment",
    ),
    (EZ7, "No. It was the dog."),
    (
        SA7,
        "Okay. Can I ask you both something? If this was sorted, if the apple thing just wasn't a problem any more, what would be different?",
    ),
    (AN7, NORMAL_07),
    (EZ7, NORMAL_07, "decoy: mother and son say it in the same words (agreement, not a duplicate)"),
    (
        SA7,
        "You both said exactly the same thing. Normal again. What would normal look like, Ezra?",
        "decoy: the counsellor points to the shared words",
    ),
    (EZ7, "Eating chips with Kacper at lunch. Not having to think about it."),
    (GU7, "Is Ezra in trouble? Mum, where's the iPad charger?", "unknown_speaker"),
    (
        AN7,
        "Sorry! That's his sister, Zofia, she's found the kitchen iPad and joined somehow. Zofia, get off the call, please.",
        "decoy: the mother explains the third voice",
    ),
    (EZ7, "[laughs] She always does that.", "decoy: the boy's laugh note"),
    (SA7, "No problem at all. Where were we? Chips with Kacper. Not having to think about it."),
    (
        EZ7,
        "Have you ever choked on something?",
        "decoy: the child's question to the counsellor",
    ),
    (
        SA7,
        "Once, on a fish bone, when I was about your age. I remember my heart going really fast for ages afterwards. So I know a little about that scared feeling, although everyone's is different.",
        "decoy: the counsellor's brief self-disclosure",
    ),
    (EZ7, "My heart does that too. Even with soup sometimes."),
    (AN7, "Is he underweight, do you think? Should I be taking him to the GP?"),
    (
        SA7,
        "I'm not a doctor, so I can't tell you whether he's underweight. What I can do is ask our school nurse, Mrs Okon, to see him this week, and she'll know whether the GP should be involved.",
        "decoy: an honest limit that engages (not a refusal)",
    ),
    (AN7, "Okay. Yes, please. That would help."),
    (SA7, "You froze there for a second, Mrs Nowak. Are you still with us?", "decoy: talk about the connection"),
    (AN7, "I'm here. The signal in this car park is terrible."),
    (SA7, SCALE_07),
    (SA7, SCALE_07_B, "near_duplicate_turn"),
    (EZ7, "Six. Maybe five if it's a small cracker."),
    (SA7, "Five if it's a small one. That's a really useful number."),
    (
        SA7,
        "So here's an idea. On Tuesday and Thursday at lunch, you come to my room, and we sit and eat a small cracker each. No dinner hall, nobody watching. How does that sound?",
        "decoy: the counsellor's next segment (two in a row)",
    ),
    (EZ7, "A cracker. In your room. Not the hall.", "decoy: the child repeats the plan back"),
    (AN7, "And what do I do?"),
    (
        SA7,
        "The hardest job, honestly. At home, try not to watch him while he eats, and not to cut things smaller than he asks for.",
    ),
    (AN7, "That is going to be hard. Okay. Not watching."),
    (SA7, "Let's all talk again next week, same time. Thank you both."),
    (EZ7, "bye", "decoy: a one-word goodbye without a full stop"),
]

# the second call, written with the TRUE speaker of each segment; the export swaps the counsellor and the mother
CALL2_07: Script = [
    (
        SA7,
        "Hi both. Ezra, Mrs Okon tells me you came to my room on Tuesday and on Thursday. How did it go?",
    ),
    (EZ7, "I ate two crackers on Thursday."),
    (AN7, "He came home and told me before he'd even taken his shoes off."),
    (SA7, "Two crackers. And you told Mum before your shoes were off. What was that like?"),
    (EZ7, "Good. Weird. My heart did the thing on the first one and then it stopped."),
    (SA7, "Your heart did the thing, and then it stopped. What do you make of that?"),
    (EZ7, "That it stops if I keep going?"),
    (SA7, "That sounds like something worth remembering. Mrs Nowak, how has the week been for you?"),
    (
        AN7,
        "I've been doing what you said, Mr Adebayo. Not watching him eat. It's hard. I sit in the other room and listen for coughing.",
    ),
    (SA7, "That is hard. You've been on watch since January, and now I'm asking you to stand down."),
    (AN7, "Mrs Okon weighed him. She says he's fine for now but we should keep an eye."),
    (EZ7, "She has a really old scale.", "decoy: the boy's joke"),
    (AN7, "[laughs] Ezra."),
    (SA7, "Ezra, on Thursday, with the second cracker, what number was it?"),
    (EZ7, "Three", "decoy: a one-word answer without a full stop"),
    (SA7, "Three. Down from six last week."),
    (AN7, "He had toast this morning. Proper toast, not soft bread."),
    (EZ7, "Mum, that's private."),
    (AN7, "Sorry. I'm just proud."),
    (SA7, "It sounds like there's a lot to be proud of. Ezra, is it alright if Mum's proud out loud?"),
    (EZ7, "I guess. Just not at school."),
    (AN7, "Deal. Not at school."),
    (
        SA7,
        "So for next week, I wonder if we could try the library instead of my room, with one friend, maybe Kacper, and a sandwich cut into really small",
        "truncated_turn",
    ),
]
SWAP_07 = {SA7: AN7, AN7: SA7, EZ7: EZ7}


def seconds(clock: int) -> str:
    return f"{clock // 3600:02d}:{clock // 60 % 60:02d}:{clock % 60:02d}"


def f07() -> Doc:
    roles = {SA7: T, AN7: C, EZ7: C, GU7: X}
    doc = Doc("07_telehealth_school_calls_nowak.json", roles, "json07")
    doc.add("{", '  "platform": "SchoolLink Video",', '  "export_version": "2.3",')
    doc.mark(doc.add('  "account": "Coventry schools counselling service",'), "decoy: export fields")
    doc.add('  "exported_at": "2024-03-21T16:02:11Z",', '  "calls": [')
    calls = (
        ("c-55120", "2024-03-12T12:31:05Z", CALL1_07, (), {SA7: SA7, AN7: AN7, EZ7: EZ7, GU7: GU7}),
        ("c-55388", "2024-03-19T12:30:40Z", CALL2_07, ("role_inversion",), SWAP_07),
    )
    for index, (ident, started, script, kinds, written) in enumerate(calls):
        people = [SA7, AN7, EZ7] + ([GU7] if any(who == GU7 for who, *_ in script) else [])
        doc.add("    {", f'      "call_id": "{ident}",', '      "title": "Ezra N - check-in with parent",')
        doc.add(f'      "started_at": "{started}",', f'      "host": "{SA7}",', '      "participants": [')
        for number, person in enumerate(people):
            entry = {
                "participant_id": PIDS_07[person],
                "display_name": person,
                "role": "host" if person == SA7 else "guest",
            }
            line = doc.add("        " + js(entry) + ("," if number < len(people) - 1 else ""))
            doc.mark(line, "decoy: a participants entry names a speaker but is no turn")
        doc.add("      ],", '      "transcript": [')
        doc.start(ident, *kinds)
        clock = 4
        for number, (who, text, *tags) in enumerate(script, 1):
            label = written[who]
            length = max(2, round(len(text.split()) / 2.6))
            seg = {
                "seg": number,
                "participant_id": PIDS_07[label],
                "speaker": label,
                "start": seconds(clock),
                "end": seconds(clock + length),
                "text": text,
            }
            clock += length + 1
            line = doc.add("        " + js(seg) + ("," if number < len(script) else ""))
            doc.turn(label, text, line, tags, anchor=f'"speaker": "{label}"', spoken_by=who)
        doc.add("      ]", "    }" + ("," if index == 0 else ""))
    doc.add("  ]", "}")
    return doc


# ---------------------------------------------------------------------------
# 08 the CLEAN file: a carers' GROUP typed by a volunteer from the recording, three header lines, then
#    ``Name: text`` (first names) with a blank line after every turn. One facilitator, five members. No truth row;
#    the decoys are the ordinary features of group talk.
# ---------------------------------------------------------------------------
LO8, FI8, MA8, EU8, LI8, SA8 = "Lowenna", "Fitzroy", "Marjorie", "Eunice", "Lionel", "Sabiha"
TANK_08 = "Before we finish, the same question I asked at the start: on a scale of one to ten, how full is your tank right now?"
ON_08 = "You just get on with it, don't you."

S08: Script = [
    (RAW, "Parkinson's Carers Group - Kendal - Session 3 of 6", "decoy: a header line"),
    (
        RAW,
        "Typed by a volunteer from the recording, with the group's consent. First names only.",
        "decoy: a header line",
    ),
    (
        RAW,
        "Facilitator: Lowenna Hext. Members: Fitzroy, Marjorie, Eunice, Lionel, Sabiha.",
        "decoy: a header line naming the facilitator and every member",
    ),
    (
        LO8,
        "Right, kettle's boiled, biscuits are out, so let's begin. Welcome back, everyone. Today we said we'd look at night-times, and at asking for help. But first, a quick check-in. On a scale of one to ten, how full is your tank today?",
    ),
    (FI8, "Two. Maybe one and a half."),
    (MA8, "Five. Aubrey had a good week, so I had a good week."),
    (EU8, "Four."),
    (LI8, "Seven, but I'm new, so give it time. [laughs]"),
    (SA8, "Three. It was the kids' parents' evening and Imran froze in the corridor."),
    (LO8, "Thank you. Fitzroy, a one and a half. Do you want to start us off, or would you rather wait?"),
    (
        FI8,
        "I'll start, or I'll lose my nerve. Pearl's been seeing children in the garden at night. She gets up at two and stands at the window and says they're cold and we should let them in.",
    ),
    (LO8, "Children in the garden, at two in the morning. What's that like for you?"),
    (FI8, "Frightening. Not because of the children. Because she's so sure, and I can't reach her."),
    (
        MA8,
        "The consultant can look at her tablets for that, Fitzroy. Aubrey had the same last winter. It's often the medication.",
        "decoy: a member who was a social worker advises another (not the facilitator's voice)",
    ),
    (FI8, "Is it? I thought it was the disease getting worse."),
    (MA8, "It can be either. But ask. Don't sit on it like I did for three months."),
    (
        LO8,
        "That's a really useful thing to share, Marjorie, thank you. Fitzroy, it sounds as if part of the weight is not knowing what it is.",
        "decoy: the facilitator builds on a member's advice",
    ),
    (FI8, "Yes. Exactly that."),
    (
        SA8,
        "Can I just say, Fitzroy, that sounds so lonely. Standing there at two in the morning and nobody else awake.",
        "decoy: a member reflecting another member",
    ),
    (FI8, "It is. You put it better than I could."),
    (LI8, ON_08),
    (FI8, ON_08, "decoy: another member says it in the same words (agreement, not a duplicate)"),
    (
        LO8,
        "You just get on with it. Two of you in the same words. I wonder what it costs, getting on with it.",
        "decoy: the facilitator repeats the members' words",
    ),
    (RAW, "[pause]", "decoy: a typist's note"),
    (EU8, "It costs sleep, for a start."),
    (LO8, "Say a bit more, Eunice?"),
    (
        EU8,
        "Mum rings the bell. Dad bought it years ago, a little brass one, and now she rings it at three, at four, at half five. I'm forty minutes away, so I've got the monitor on my phone, and I hear every ring.",
    ),
    (LI8, "Forty minutes away, and you still hear every ring.", "decoy: a member repeats another member's words"),
    (EU8, "Every single one. And my brother's in Vancouver, so it's all me."),
    (SA8, "Does he know how much it is?"),
    (EU8, "He sends money. He thinks money is help."),
    (MA8, "Money's not the same as someone coming round."),
    (EU8, "No. It's not."),
    (
        LO8,
        "There's something in what you're all describing about nights. It's the time when the caring doesn't stop, and everyone else in the world is asleep.",
    ),
    (
        LI8,
        "Mavis doesn't ring a bell, but she talks in her sleep now. Full conversations. Last night she was ordering a taxi to Windermere.",
        "decoy: a member reports his wife's words",
    ),
    (RAW, "[laughter]", "decoy: a typist's note"),
    (LI8, "I told her it was on its way. She went back to sleep.", "decoy: the same member again after the laughter"),
    (LO8, "You told her it was on its way. That's quite a kind thing to do at three in the morning."),
    (LI8, "Well, what else are you going to do. Argue?", "decoy: a rhetorical question"),
    (FI8, "I argue. I tell Pearl there's nobody there, and she gets upset, and then we're both awake till five."),
    (
        MA8,
        "Fitzroy, can I tell you what worked for us? I stopped saying there was nobody there. I'd say, 'They're alright, love, they've gone home now.' And she'd go back to bed.",
        "decoy: a member advises another, quoting herself",
    ),
    (FI8, "They've gone home now. I might try that."),
    (LO8, "Sabiha, you've been listening very closely. What's coming up for you?"),
    (
        SA8,
        "I'm the youngest here by about twenty years, and I keep thinking: this is my future. Imran is forty-six. Our son is fifteen. I sit here and I think, I'll be Fitzroy, and I'm sorry, Fitzroy, I don't mean --",
        "decoy: broken off by another member",
    ),
    (FI8, "No, no, go on. I know what you mean."),
    (
        SA8,
        "-- I don't mean it badly. I mean it's all ahead of us. Everyone else in here had their life first.",
        "decoy: the member picks up her own sentence",
    ),
    (LO8, "All ahead of you. That's a very particular kind of grief, grieving for a future that hasn't happened yet."),
    (SA8, "Yes. That's it. I've never had a word for it."),
    (EU8, "I feel a bit like that about Mum, and she's eighty-six. So I can't imagine at forty-six."),
    (
        LI8,
        "I feel like that and I'm seventy-one. [laughs] No, I'm joking. Sorry. That's how I cope.",
        "decoy: a joke and an apology from a member",
    ),
    (SA8, "It's fine, Lionel. Honestly, it helps."),
    (
        FI8,
        "Some nights I think I can't go on like this. I'm seventy-four. I'm not a young man.",
        "decoy: 'I can't go on' from a member (the facilitator checks risk)",
    ),
    (
        LO8,
        "Fitzroy, I want to ask you directly, because you said you can't go on like this. Do you ever have thoughts of ending your life, or of not wanting to be here?",
        "decoy: a direct risk question in the group",
    ),
    (FI8, "No. No, nothing like that. I mean I'm worn out. I'd never leave Pearl."),
    (
        LO8,
        "Thank you for being straight with me. Worn out is serious in its own right. The Parkinson's UK helpline is free on 0808 800 0303, and your GP can refer Pearl for a carer's break. And I'd like us to look today at who could give you one night's sleep a week.",
        "decoy: a helpline inside the facilitator's engagement (not a refusal)",
    ),
    (MA8, "The sitting service. They did Tuesday nights for us."),
    (FI8, "I didn't know there was one."),
    (MA8, "I'll give you the number at the break. I've got it in my diary.", "decoy: a member offers practical help"),
    (LO8, "Can I ask the group something? What gets in the way of asking for help?"),
    (EU8, "Guilt. If I ask for help, I'm saying I can't do it."),
    (LI8, "Pride, for me. I was an engineer. I fix things. This doesn't fix."),
    (SA8, "The kids. I don't want them to see me not coping. They've already got enough."),
    (MA8, "Money, if I'm honest. The good help costs."),
    (FI8, "Pearl. She doesn't want strangers in the house."),
    (
        LO8,
        "Guilt, pride, the children, money, and Pearl not wanting strangers. Those are all real, and none of them is silly.",
        "decoy: the facilitator summarises the round in the members' words",
    ),
    (
        EU8,
        "Can I ask you, Lowenna, have you done this yourself? The caring?",
        "decoy: a member's question to the facilitator",
    ),
    (
        LO8,
        "My dad had Parkinson's, and I helped Mum care for him for the last few years. So I know a bit of it, though not your bit of it. I'll leave it there, because this time is yours.",
        "decoy: the facilitator's brief self-disclosure",
    ),
    (EU8, "Thank you. It helps to know."),
    (
        LI8,
        "I can't imagine doing it with teenagers in the house, Sabiha. Hats off.",
        "decoy: 'I can't imagine' from a member",
    ),
    (
        SA8,
        "Some days I can't imagine it either. But they're good kids. My daughter does his buttons without making a thing of it.",
    ),
    (LO8, "She does his buttons without making a thing of it."),
    (SA8, "Yes. Every morning."),
    (
        LO8,
        "I'd like to give everyone one small experiment for the fortnight. One ask. One thing you'll ask someone else to do.",
    ),
    (FI8, "I'll ring the sitting service. Marjorie's giving me the number."),
    (MA8, "I'll ask Aubrey's brother to take him to the rugby. Let him have a Saturday."),
    (EU8, "I'll tell my brother it's not money I need. I need him to ring Mum on Sundays."),
    (LI8, "I'll ask my neighbour to sit with Mavis while I go to the allotment. An hour."),
    (SA8, "I'll let my son take his dad to the barber's. I always do it."),
    (
        LO8,
        "The sitting service, a Saturday at the rugby, a phone call on Sundays, an hour at the allotment and the barber's. I've written them down, and we'll hear how they went.",
        "decoy: the facilitator repeats the plans back",
    ),
    (
        LO8,
        TANK_08,
        "decoy: the facilitator asks her opening question again in other words (a ritual, not a repeat defect)",
    ),
    (FI8, "Three. Up from one and a half."),
    (MA8, "Six."),
    (EU8, "Five. That's better than when I came in."),
    (LI8, "Seven. Still new. [laughs]"),
    (SA8, "Four. Thank you, all of you."),
    (LO8, "Thank you, everyone. Same time in a fortnight. Drive carefully, it's getting dark."),
]


def f08() -> Doc:
    roles = {LO8: T, FI8: C, MA8: C, EU8: C, LI8: C, SA8: C}
    doc = Doc(CLEAN_FILE, roles, "labelled")
    doc.start("carers group session 3")
    labelled(doc, S08, blank=True)
    return doc


# ---------------------------------------------------------------------------
# 09 a CO-FACILITATED GROUP held in a room with two members online, transcribed by Teams, pasted into a two-column
#    Word table and saved as plain text (LF): title paragraphs, then the table as ``Name<TAB>text`` rows under a
#    header row, names as Teams showed them. Two co-facilitators (a psychologist and an autistic peer worker, both in
#    the counsellor role) and five members. Teams gave one voice in the room a number nobody mapped.
# ---------------------------------------------------------------------------
RA9, DO9, RH9, KA9, HA9, IM9, JA9, SP9 = (
    "Radu Ionescu",
    "Dorothea Finch",
    "Rhodri Pugh",
    "Kasia Wrona",
    "Hamza Akhtar",
    "Imelda Vance",
    "Jarrah Quinn",
    "Speaker 7",
)
FLOOR_09 = "When I've masked all day at work I come home and lie on the bathroom floor in the dark for an hour."
FLOOR_09_B = (
    "When I've masked all day at work, I come home and lie on the bathroom floor in the dark for about an hour."
)
EXHAUST_09 = "Masking is exhausting."

S09: Script = [
    (RAW, "Post-diagnosis group for autistic adults - Session 4 of 6 - Salford", "decoy: a title paragraph"),
    (
        RAW,
        "Co-facilitators: Radu Ionescu (clinical psychologist), Dorothea Finch (autistic peer worker)",
        "decoy: a paragraph naming both facilitators",
    ),
    (
        RAW,
        "Members: Rhodri, Kasia, Hamza, Imelda, Jarrah (Jarrah prefers to type in the meeting chat; Radu reads the messages out)",
        "decoy: a paragraph naming every member",
    ),
    (
        RAW,
        "Transcript: Teams transcription copied into a two-column table and checked by R.I. Names as Teams shows them.",
        "decoy: a paragraph about the transcript",
    ),
    (RAW, ""),
    (RAW, "Speaker\tWhat was said", "decoy: the table's header row"),
    (
        RA9,
        "Okay, I think everyone's here, both in the room and online. Welcome to session four. Today's theme, as we agreed, is masking: what it is, what it costs, and whether you want to do less of it.",
    ),
    (
        DO9,
        "And a reminder that you can pass on anything, and cameras can stay off. Jarrah, I can see you in the chat, hello.",
    ),
    (RH9, "Can I ask a question before we start? When you say masking, do you mean all of it, or just at work?"),
    (RA9, "Good question. All of it, wherever it happens for you. Work, family, the shops."),
    (RH9, "Right. Then I mask at the shops as well. I hadn't counted the shops."),
    (
        DO9,
        "Speaking as an autistic person myself, I didn't count the shops for years either. I used to rehearse the whole conversation at the till in the queue.",
        "decoy: the peer co-facilitator's self-disclosure (counsellor role, not a member's voice)",
    ),
    (IM9, EXHAUST_09),
    (RH9, EXHAUST_09, "decoy: another member says it in the same words (agreement, not a duplicate)"),
    (
        RA9,
        "Masking is exhausting. Two of you in exactly the same words.",
        "decoy: the facilitator repeats the members' words",
    ),
    (KA9, FLOOR_09, "repetition_loop"),
    (KA9, FLOOR_09, "duplicate_turn"),
    (KA9, FLOOR_09_B, "near_duplicate_turn"),
    (RA9, "An hour on the bathroom floor, in the dark, after a day of masking. Kasia, what does the floor give you?"),
    (
        KA9,
        "Nothing. That's the point. No light, no people, no faces to read. The tiles are cold. It's the only quiet thing.",
    ),
    (
        HA9,
        "I'd like to go round the group now and hear from each of you: what is one thing about your diagnosis that you haven't told anyone outside this room? You can pass if you'd rather.",
        "role_inversion",
    ),
    (IM9, "I'll go. I haven't told my sister. She's a primary teacher and she'll say everyone's a bit autistic."),
    (JA9, "Pass for now.", "decoy: a member passes"),
    (
        RH9,
        moji(
            "I haven\u2019t told work. I\u2019ve been there nineteen years. They think I\u2019m just Rhodri who doesn\u2019t do the Christmas do."
        ),
        "mojibake",
    ),
    (
        KA9,
        "I told my manager and she said 'but you're so good with people'. Like that was a compliment.",
        "decoy: a member quotes her manager",
    ),
    (
        DO9,
        "So good with people. That one comes up a lot. Sometimes what people see as good with people is actually very skilled, very tiring masking.",
        "decoy: the peer co-facilitator echoes a member",
    ),
    (KA9, "Yes. Thank you. That's exactly it."),
    (
        HA9,
        "Here's a cleaned-up version of what Hamza said: I realised after the diagnosis that I had spent thirty years thinking I was rude, when actually I was tired.",
        "meta_text",
    ),
    (
        HA9,
        "Sorry, I went round the houses there. But that's the gist.",
        "decoy: the same member again (consecutive rows)",
    ),
    (RA9, "Thirty years of thinking you were rude, when you were tired. That's a big thing to rewrite."),
    (
        RA9,
        "Jarrah has written in the chat: 'I haven't told my mum because she'd think it was her fault. It isn't anyone's fault.' Thank you, Jarrah.",
        "decoy: the facilitator reads out a member's chat message (quoted words, not a role inversion)",
    ),
    (
        IM9,
        "That's a kind thing to think about your mum, Jarrah.",
        "decoy: a member speaks to another member",
    ),
    (
        RAW,
        "Imelda Vance  I keep a list on my phone of things people have said that I didn't understand until later.",
        "unparseable_line",
    ),
    (RH9, "I do that too. Mine's in a notebook. Forty pages."),
    (HA9, "Forty pages. [laughs] Mine would be longer."),
    (SP9, "Sorry to barge in, this room is booked from half past for the budgeting class.", "unknown_speaker"),
    (
        DO9,
        "Thanks, we'll be out on time. Sorry, everyone, that's the hub's front desk.",
        "decoy: the co-facilitator explains the third voice",
    ),
    (
        RA9,
        "Let's come back to costs. Kasia talked about the bathroom floor. What else does masking cost people?",
    ),
    (HA9, "My weekends. I spend Saturday recovering from Friday."),
    (
        IM9,
        "My voice. I do a phone voice all day and by evening I can't talk at all.",
        "decoy: 'I can't' from a member (not a refusal)",
    ),
    (RH9, "Food. I eat the same lunch every day so that's one less decision. People at work laugh at my sandwiches."),
    (
        DO9,
        "Every day the same sandwich is a very sensible accommodation, Rhodri. I have had the same breakfast since 2011.",
        "decoy: the peer co-facilitator's self-disclosure again",
    ),
    (RH9, "Cheese and pickle. It's a good sandwich.", "decoy: a joke from a member"),
    (
        RA9,
        "Jarrah says in the chat: 'same porridge since school'. [laughs]",
        "decoy: the facilitator reads a chat message",
    ),
    (
        KA9,
        "Can I ask you something, Radu? Do you mask? Or is it just us?",
        "decoy: a member's question to the facilitator",
    ),
    (
        RA9,
        "I'm not autistic, so I don't want to claim the same experience. I do change how I am in different places, but from what you're all describing, it costs you a great deal more. Dorothea might say more on that than I can.",
        "decoy: the facilitator's honest answer about himself",
    ),
    (DO9, "It costs more. I'd say that with confidence.", "decoy: the co-facilitator adds to the facilitator's answer"),
    (
        IM9,
        "So what do we do? Stop masking? I'd lose my job.",
    ),
    (
        RA9,
        "I can't tell anyone here to stop masking, and I wouldn't. It often keeps people safe. What we can look at is where you might do a little less of it, somewhere it's safe to, and what you'd need.",
        "decoy: an honest limit that engages (not a refusal)",
    ),
    (HA9, "With my brother, maybe. He already thinks I'm weird. [laughs]"),
    (KA9, "At home. I could stop doing the face at home. The interested face."),
    (RH9, "At the shops, now that I've counted them. I could use the self-checkout and not feel bad."),
    (IM9, "With my sister, if I tell her. That's two things, though."),
    (
        DO9,
        "Two things can be one plan, Imelda. Tell her, and then don't do the phone voice with her.",
        "decoy: the peer co-facilitator's suggestion",
    ),
    (IM9, "Tell her, then no phone voice. Okay.", "decoy: a member repeats the plan back"),
    (RA9, "Jarrah, would you like to add one, in the chat or out loud? No pressure."),
    (
        JA9,
        "Out loud, I think. I could stop apologising for wearing headphones on the bus.",
        "decoy: a member who usually types speaks aloud",
    ),
    (RA9, "No more apologising for the headphones. Thank you, Jarrah. That took something."),
    (
        RA9,
        "So for the fortnight: Hamza with his brother, Kasia at home, Rhodri at the shops, Imelda with her sister, and Jarrah on the bus. We'll hear how they went next time.",
        "decoy: the facilitator summarises the plans (two facilitator rows in a row)",
    ),
    (
        DO9,
        "And if the bathroom floor is what you need after a hard day, that's allowed too. It's not a failure.",
        "decoy: the co-facilitator's closing words",
    ),
    (KA9, "Thank you. I needed someone to say that."),
    (RA9, "Thanks, everyone. See you in a fortnight."),
    (RAW, ""),
    (RAW, "End of transcript. Chat messages are not included.", "decoy: a closing paragraph"),
]


def f09() -> Doc:
    roles = {RA9: T, DO9: T, RH9: C, KA9: C, HA9: C, IM9: C, JA9: C, SP9: X}
    doc = Doc("09_postdiagnosis_group_s4_docx_table.txt", roles, "table", tabs=True)
    doc.start("post-diagnosis group session 4")
    for who, text, *tags in S09:
        if who == RAW:
            doc.mark(doc.add(text), *tags)
        else:
            line = doc.add(f"{who}\t{text}")
            doc.turn(who, text, line, tags, anchor=f"{who}\t")
    return doc


# ---------------------------------------------------------------------------
# 10 the facilitator's plan for session 7 of 01's group, saved beside the transcripts: headings, timings, aims and
#    notes. It names the facilitator and the members by their initials and one line opens ``F:``, but it holds no
#    dialogue: it is not a transcript.
# ---------------------------------------------------------------------------
PLAN_10: Script = [
    (RAW, "ICU Follow-up Service - Recovery Group", "decoy: a title"),
    (RAW, "Session 7 plan (diaries and memories from sedation)"),
    (
        RAW,
        "Facilitator: Dr O. Marchant. Expected: GK, RB, LF, DT, FO (FO needs hospital transport, booked for 15:30).",
        "decoy: names the facilitator and the members' initials",
    ),
    (RAW, ""),
    (RAW, "Aims"),
    (RAW, "- normalise delirium memories; link to the week 3 handout"),
    (RAW, "- offer (not push) reading a line from the ICU diary"),
    (RAW, "- flag partners' half hour next week"),
    (RAW, ""),
    (RAW, "Timings"),
    (
        RAW,
        "14:10 F: welcome and check-in round (10 min)",
        "decoy: a timing line that opens with the facilitator's initial",
    ),
    (RAW, "14:20 diaries: where are they kept? what is it like to have them here?"),
    (RAW, "14:40 delirium: what happened / what we know (DT may want to speak from her nursing years)"),
    (RAW, "15:00 sleep and days (LF: check in about mood and Mandy)", "decoy: a note naming a member"),
    (RAW, "15:15 optional: one line read aloud"),
    (RAW, "15:25 closing round: one word each"),
    (RAW, ""),
    (RAW, "Risk"),
    (
        RAW,
        "LF scored higher on the PHQ-9 last week. Ask directly if it comes up. Crisis team and Samaritans numbers on the week 1 sheet.",
        "decoy: a risk note quoting no one",
    ),
    (RAW, ""),
    (RAW, "After the session"),
    (RAW, "- send typist the recording (two parts: the recorder stops at 60 min)"),
    (RAW, "- book room B4 for the last session"),
]


def f10() -> Doc:
    doc = Doc(NOT_A_TRANSCRIPT, {}, "none")
    doc.whole_file("unparseable_file")
    for _who, text, *tags in PLAN_10:
        doc.mark(doc.add(text), *tags)
    return doc


BUILDERS: tuple[Callable[[], Doc], ...] = (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10)


# ---------------------------------------------------------------------------
# self-checks (of this writer, not of any detector)
# ---------------------------------------------------------------------------
def check_repeats(doc: Doc) -> None:
    """Repeats are judged per SPEAKER (label): in a group two members may say the same words.

    Every same-speaker repeat of a substantial turn in a session is marked or declared deliberate, and every mark is
    real; a substantial turn that repeats, exactly or closely, another speaker of the same role carries a decoy note
    saying so ("same words") and no repeat mark.
    """
    for session in doc.sessions:
        seen: list[Turn] = []
        for index, turn in enumerate(session.turns):
            mine = [t for t in seen if t.label == turn.label and t.text.strip()]
            others = [t for t in seen if t.label != turn.label and t.role == turn.role and t.text.strip()]
            exact = any(t.text == turn.text for t in mine)
            close = any(similar(t.text, turn.text) for t in mine)
            near = any(related(t.text, turn.text) for t in mine)
            marked = set(turn.kinds) & REPEAT_KINDS
            deliberate = any(DELIBERATE in note for note in turn.notes)
            same_words = any(SAME_WORDS in note for note in turn.notes)
            if deliberate:
                assert exact and not marked, f"{doc.name}:{turn.line} a 'deliberate repeat' that is no exact repeat"
            if substantial(turn.text) and (exact or close):
                assert marked or deliberate, f"{doc.name}:{turn.line} unmarked repeat {turn.text[:50]!r}"
            if substantial(turn.text) and any(similar(t.text, turn.text) for t in others):
                assert same_words and not marked, f"{doc.name}:{turn.line} another speaker's words, undeclared"
            if same_words:
                assert any(t.text == turn.text for t in others), f"{doc.name}:{turn.line} 'same words' without them"
            if not substantial(turn.text):
                assert not marked, f"{doc.name}:{turn.line} a backchannel marked as a repeat"
            if "duplicate_turn" in turn.kinds:
                assert exact, f"{doc.name}:{turn.line} duplicate_turn without an exact earlier turn"
            if "near_duplicate_turn" in turn.kinds:
                assert near and not exact, f"{doc.name}:{turn.line} bad near duplicate"
            if "repetition_loop" in turn.kinds:
                later = session.turns[index + 1 :]
                copies = [t for t in later if t.label == turn.label and related(t.text, turn.text)]
                assert len(copies) >= 2, f"{doc.name}:{turn.line} loop repeated fewer than three times"
                assert all(set(t.kinds) & REPEAT_KINDS for t in copies), f"{doc.name}:{turn.line} unmarked copy"
                assert not near, f"{doc.name}:{turn.line} a loop marked on a later copy"
            seen.append(turn)


def check_sessions(docs: Sequence[Doc]) -> None:
    """A session that repeats an earlier one is marked duplicate_session, and only such a session."""
    seen: set[tuple[tuple[str, str], ...]] = set()
    for doc in docs:
        for session in doc.sessions:
            content = tuple((t.label, t.text) for t in session.turns)
            assert content, (doc.name, session.name)
            assert (content in seen) == ("duplicate_session" in session.kinds), (doc.name, session.name)
            seen.add(content)


def check_swapped(doc: Doc) -> None:
    """A session marked as swapped is written the other way round from its first turn; no other turn is."""
    for session in doc.sessions:
        swapped = [t for t in session.turns if t.spoken_by != t.label]
        if "role_inversion" in session.kinds:
            first = session.turns[0]
            assert first.spoken_by != first.label and doc.roles[first.spoken_by] != first.role, session.name
            assert all(doc.roles[t.spoken_by] != t.role for t in swapped), session.name
            assert len(swapped) >= len(session.turns) // 2, session.name
        else:
            assert not swapped, (doc.name, session.name)


def check_parties(doc: Doc, physical: Sequence[str]) -> None:
    """The emphasis: every transcript has a session with three or more speakers, or a supervisor between turns."""
    if doc.layout == "none":
        return
    widest = max(len({t.label for t in s.turns}) for s in doc.sessions)
    comments = sum(1 for line in physical if line.startswith("[LB: "))
    assert widest >= 3 or comments >= 5, (doc.name, widest, comments)


def json_line(line: str) -> object:
    return json.loads(line.strip().rstrip(","))


RTF_LINE = re.compile(r"^\{\\b ([^{}\\]+):\}(?: (.*))?\\par$")
HTML_LINE = re.compile(r"^<p><b>([^<]+):</b>(?: (.*))?</p>$")


def check_format(doc: Doc, data: str, physical: Sequence[str]) -> None:
    """The container reads as its layout says, and gives back exactly the turns written, at their lines."""
    turns = [t for s in doc.sessions for t in s.turns]
    expected = [(t.line, t.label, t.text) for t in turns]
    if doc.layout == "labelled":
        for turn in turns:
            assert physical[turn.line - 1] == f"{turn.label}: {turn.text}".rstrip(), (doc.name, turn.line)
        labels = tuple(f"{label}: " for label in doc.roles)
        starts = [n for n, line in enumerate(physical, 1) if line.startswith(labels)]
        assert starts == [t.line for t in turns], doc.name
    elif doc.layout == "rtf":
        assert all(ord(ch) < 0x80 for ch in data), doc.name
        assert physical[0].startswith("{\\rtf1\\ansi\\ansicpg1252") and physical[-1] == "}", doc.name
        rtf_got: list[tuple[int, str, str]] = []
        for number, line in enumerate(physical, 1):
            match = RTF_LINE.match(line)
            if match:
                rtf_got.append((number, match.group(1), rtf_unescape(match.group(2) or "")))
        assert rtf_got == expected, doc.name
    elif doc.layout == "html":
        html_got: list[tuple[int, str, str]] = []
        for number, line in enumerate(physical, 1):
            match = HTML_LINE.match(line)
            if match:
                html_got.append((number, match.group(1), html.unescape(match.group(2) or "")))
        assert html_got == expected, doc.name
        assert physical[0] == "<!DOCTYPE html>" and physical[-1] == "</html>", doc.name
    elif doc.layout == "csv05":
        records = list(csv.reader(io.StringIO(data, newline="")))
        assert len(records) == len(physical), doc.name
        assert records[0] == list(HEAD_05), doc.name
        csv_got: list[tuple[int, str, str]] = []
        for number, record in enumerate(records[1:], 2):
            if number in doc.line_rows:
                assert len(record) != len(HEAD_05), (doc.name, number, "an unparseable row with the right width")
                continue
            assert len(record) == len(HEAD_05), (doc.name, number)
            csv_got.append((number, record[3], record[6]))
        assert csv_got == expected, doc.name
    elif doc.layout == "json07":
        export = json.loads(data)
        json_got: list[tuple[str, str]] = []
        for call in export["calls"]:
            names = {p["participant_id"]: p["display_name"] for p in call["participants"]}
            for seg in call["transcript"]:
                assert names[seg["participant_id"]] == seg["speaker"], (doc.name, seg["seg"])
                json_got.append((seg["speaker"], seg["text"]))
        assert json_got == [(t.label, t.text) for t in turns], doc.name
        for turn in turns:
            seg_record = json_line(physical[turn.line - 1])
            assert isinstance(seg_record, dict), (doc.name, turn.line)
            assert (seg_record["speaker"], seg_record["text"]) == (turn.label, turn.text), (doc.name, turn.line)
    elif doc.layout == "table":
        header = physical.index("Speaker\tWhat was said")
        table_got: list[tuple[int, str, str]] = []
        for number, line in enumerate(physical[header + 1 :], header + 2):
            if "\t" in line:
                assert line.count("\t") == 1, (doc.name, number)
                label, text = line.split("\t")
                table_got.append((number, label, text))
            elif line and number in doc.line_rows:
                assert not line.startswith("End of"), (doc.name, number)
        assert table_got == expected, doc.name
        assert all("\t" not in physical[n - 1] for n in doc.line_rows), doc.name
    else:
        assert doc.layout == "none" and not turns, doc.layout


def check_written(doc: Doc, out: Path) -> list[str]:
    raw = (out / doc.name).read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), doc.name
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
    assert len(turn_lines) == len(set(turn_lines)), f"{doc.name}: two turns on one line"
    for row_line, kind in doc.truth:
        if kind in FILE_KINDS:
            assert row_line == 0 and not turns, (doc.name, kind)
        else:
            assert (row_line in turn_lines) != (row_line in doc.line_rows), (doc.name, row_line)
    truth_lines = {line for line, _ in doc.truth}
    for decoy_line, note in doc.decoys:
        assert 1 <= decoy_line <= len(physical), (doc.name, decoy_line)
        assert decoy_line not in truth_lines, (doc.name, decoy_line, note)
    for turn in turns:
        assert turn.anchor in physical[turn.line - 1], (doc.name, turn.line, turn.anchor)
    for line in doc.line_rows:
        assert physical[line - 1].strip(), (doc.name, line)
    check_format(doc, data, physical)
    check_parties(doc, physical)
    return physical


def check_truth_text(doc: Doc, physical: Sequence[str]) -> None:
    """Each truth row's line really holds the text its kind describes."""
    for line, kind in doc.truth:
        if kind in FILE_KINDS:
            assert line == 0 and not doc.sessions, (doc.name, kind)
            continue
        here = physical[line - 1]
        turns = [t for s in doc.sessions for t in s.turns if t.line == line]
        hits = [t for t in turns if kind in t.kinds]
        if kind in SESSION_KINDS and not hits:
            session = next(s for s in doc.sessions if s.turns and s.turns[0].line == line)
            assert kind in session.kinds, (doc.name, line, kind)
            continue
        if kind in LINE_KINDS and not hits:
            assert line in doc.line_rows and not turns, (doc.name, line)
            continue
        assert hits, (doc.name, line, kind)
        for turn in hits:
            if kind == "unknown_speaker":
                assert turn.role == X, (doc.name, line)
            if kind == "empty_turn":
                continue
            probe = turn.text[:40]
            forms = [probe, json.dumps(probe, ensure_ascii=False)[1:-1], probe.replace('"', '""')]
            if doc.layout == "rtf":
                forms.append(rtf_escape(probe))
            if doc.layout == "html":
                forms.append(html.escape(probe, quote=False))
            assert any(form in here for form in forms), (doc.name, line, kind)


def shown(text: str, width: int = 118) -> str:
    text = "".join(f"\\x{ord(ch) - 0xDC00:02x}" if "\udc80" <= ch <= "\udcff" else ch for ch in text)
    text = "".join(f"\\x{ord(ch):02x}" if 0x80 <= ord(ch) < 0xA0 else ch for ch in text)
    text = " ".join(text.split())
    if len(text) > width:
        text = text[: width - 45] + " ... " + text[-40:]
    return text


def show_row(doc: Doc, physical: Sequence[str], line: int, kind: str) -> str:
    if line == 0:
        return shown(f"[the whole file] {physical[0]} | {physical[1]}")
    turns = [t for s in doc.sessions for t in s.turns if t.line == line]
    here = physical[line - 1]
    if not turns:
        return shown(here)
    hits = [t for t in turns if kind in t.kinds]
    if kind in SESSION_KINDS and not hits:
        first = turns[0]
        return shown(f"[session starts; really {first.spoken_by}] {first.label}: {first.text}")
    turn = hits[0]
    text = turn.text if turn.text.strip() else "(empty)"
    return shown(f"[{turn.label}] {text}")


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or (len(argv) == 3 and argv[2] != "--show"):
        print("usage: python blind/twentyeighth_defect_cases.py OUT_DIR [--show]", file=sys.stderr)
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
        check_swapped(doc)
        physical = check_written(doc, out)
        check_truth_text(doc, physical)
        rows.extend((doc.name, line, kind) for line, kind in doc.truth)
        decoys += len(doc.decoys)
        turns = sum(len(s.turns) for s in doc.sessions)
        if doc.name == CLEAN_FILE:
            assert not doc.truth and turns >= 60, (doc.name, turns)
        elif doc.name == NOT_A_TRANSCRIPT:
            assert doc.truth == [(0, "unparseable_file")] and turns == 0, doc.name
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
    turns = sum(len(s.turns) for doc in docs for s in doc.sessions)
    print(f"wrote {len(docs)} files ({turns} turns) and {len(rows)} truth rows to {out}")
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    print(f"decoys: {decoys} (all on lines without a truth row)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
