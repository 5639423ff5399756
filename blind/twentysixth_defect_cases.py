# ruff: noqa: E501
r"""Twenty-sixth set of blind defect cases for the transcript-cleaning product: LLM-GENERATED synthetic datasets as shared.

Blind conditions, as followed. The only things read were: the first 15 lines of benchmarks/blind_defects.py (the
interface, printed with ``head -n 15``); a listing of blind/ (``ls -la /work/main/blind`` at the start, and again near
the end through ``grep -v twentyseventh`` and ``tail``, with an ``ls | grep -c twentyseventh`` that counted 0:
blind/twentyseventh_defect_cases.py, which another writer is making at the same time, was in none of them and was never
opened, and every grep below was filtered with ``grep -v twentyseventh``); /work/shared/README.md (``cat``); the
``[tool.ruff]`` settings of pyproject.toml (a ``.venv`` python ``tomllib`` one-liner that printed
``data['tool']['ruff']`` and nothing else); the docstrings of ALL twenty-five earlier case writers in blind/ (printed
with ``ast.get_docstring`` by a ``.venv`` python snippet into /tmp/s25c/docstrings.txt, measured with ``wc -l`` and an
``awk`` of its longest line, then paged with ``sed`` in twenty-nine ranges of 120 to 140 lines, none of which came back
cut) for the interface, the truth conventions, the defect kind names and the containers, names, places, languages and
topics already used; and parts of the code of blind/twentyfifth_defect_cases.py, the model this file follows, paged
with ``sed`` (its first four lines and the end of its docstring, its imports, constants, text helpers, document builder
and ``labelled``, its file 01 and its builder, the builders of its files 06, 07, 09 and 10 with a few script lines
around them, its self-checks, ``show_row`` and ``main``). One slip to report, a small one: before paging the model,
``wc -l`` and an ``awk`` longest-line count were run on blind/twentyfifth_defect_cases.py to size the pages; they
printed a line count and a length, no text of the file, but the brief asked for ``sed`` only on that file. It was never
grepped. Every ``grep`` over blind/ was ``grep -il`` or ``grep -ilw`` over blind/*.py and printed file names only (or
their count through ``wc -l``): loops over candidate languages (no earlier writer names Malay, Tagalog, Filipino,
Taglish, Danish, Vietnamese, Swahili, Hungarian or Catalan; one used Brazilian Portuguese, none European
Portuguese), names, places, topics, helplines and words. They moved several plans: a sister (``Bea``, then
``Rosamund``, then ``Philomena``), an ex-wife (``Jean``, then ``Beryl``), a stepmother (``Gemma``, then ``Saffron``),
a client's job (a junior architect became a junior graphic designer; a PE teacher a drama teacher), a club (bowls,
then snooker, then ballroom), a wedding city (Seville, then Valencia), a trampoline park for a climbing wall, a place
in the Philippines (Cebu, then Iloilo), ``lambing`` became ``calving``, ``on the bypass`` and ``ring road`` became
``on the edge of town``, ``school play`` became ``spring musical``, and four planned topics (a veterinary nurse, a
gambling son, adult ADHD, a jealous friend). No other file of the project was opened or grepped (no transforms, flows,
synth, tests, schemas, sql, docs, README or other benchmarks), nothing under /work/shared/corpora or
/work/shared/seeds was read, no search tool was used, and git was not run. Every transcript line below was written for
this set. The product, its tests, mypy and the benchmarks were never run (benchmarks/blind_defects.py beyond its first
15 lines was never opened or run).

The only things run were: ``mkdir`` of /tmp/s25c; the snippets above; ``cat`` heredocs writing this file's parts under
/tmp/s25c/parts; before the first run, two system ``python3`` snippets making exact text replacements in the parts
(05's blank lines around its rules and note, and a decoy note on 07's ``truncated_cells`` lines) and one ``sed -i``
(the sister's name in 05), with a ``grep -c`` to confirm it; ``cat`` assembling the parts into /tmp/s25c/assembled.py;
``ast.parse`` and ``ruff check --config /work/main/pyproject.toml`` on the assembled file before its first run; a
``grep -oE`` over the parts that counted the truth tags per file (59) before the first run; the assembled script, run
into /tmp/s25c/out with ``--show``; ``cut``/``head``/``sed``/``cat -v``/``file`` on the written files; after the first
run, a system ``python3`` snippet that renamed two variables in ``check_format`` (``records`` to ``csv_records`` in
the CSV branch and ``sessions`` to ``json_sessions``, so that no name holds values of two types) and a ``grep -n``
over that part to check it; a ``cat`` heredoc writing this docstring's draft to /tmp/s25c/docstring.txt, with ``wc
-l``, ``awk``, ``sed`` and a system ``python3`` snippet on that draft (line lengths, and one sentence replaced); a
``.venv`` python snippet that put this docstring in place of a placeholder; ``cp`` to blind/; ``ruff format``, ``ruff
check`` and ``ruff format --check`` on this file alone; the run of the module with ``--show`` into /tmp/s25c/final,
compared with ``cmp`` against the first run's output (the same ten files and ``truth.csv``), with ``tail`` on its
printed output and ``ls | wc -l`` on the folder; and, after a last ``.venv`` python snippet that made exact replacements
in this docstring (this list), ``ruff check``, ``ruff format --check`` and one more run into /tmp/s25c/final2, again the
same files and ``truth.csv`` (``cmp``). The truth tags were written with the text, before the first run, and were never changed: the first run
passed every self-check and wrote 581 turns, 59 truth rows and 204 decoys. What changed after it, none of it touching a
truth tag, a turn or a line of any written file: the two renames, ``ruff format``'s layout and this docstring. Run as

    python blind/twentysixth_defect_cases.py OUT_DIR [--show]

to write 10 files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR (``--show`` also
prints every truth row next to the line it names).

Emphasis: what LLM-GENERATED counselling datasets look like when they are published on a dataset hub or passed between
labs, with the generation defects a careless pipeline leaves in them, at REALISTIC rates: 581 turns, 59 truth rows
(0-8 a file; about one a ten turns) and 204 decoys, 189 of them on lines that carry no truth row (the other 15 stand in
01's JSON Lines rows that also hold a defect, where they only tempt OTHER kinds). Containers as different generators,
prompt templates and tools emit them: a hub train split in JSON Lines with one conversation a row (01), a JSON array
with one message object a line (02), a pandas CSV with one turn a row (03), a multi-agent pipeline's JSON Lines with one
message a row and its stderr mixed in (04), Markdown as the model wrote it (05), a reviewed "gold" subset in plain text
(06, the CLEAN file), a page of a hub's dataset viewer API (07), an Alpaca template rendered as text for a completion
fine-tune (08), an evaluation log of a client simulator talking to a counsellor model (09) and a dataset card (10).
Three files are not in English, in languages no earlier writer used or used only once in another variety: 02 European
Portuguese, 03 Tagalog mixed with English (Taglish) and 04 Malay. Extra weight on the kinds detectors find hardest:
role_inversion 9 (client turns in the counsellor's voice that reflect, set the agenda or thank the client by name for
their openness; counsellor turns that narrate the client's own experience in the first person, in Tagalog and in
English; a client simulator writing the counsellor's reply; two whole sessions with the labels swapped), truncated_turn
8 (token and ``max_tokens`` limits, mid-word six times and mid-clause twice, always where no person would stop, and
never picked up), repetition_loop 4 with duplicate_turn 5 and near_duplicate_turn 9 (a generator repeating a paragraph
with a word or two changed, a counsellor model stuck on one reply, a client simulator stuck on one line, regenerated
replies and re-sent messages), refusal 6 (model boilerplate in English, Portuguese, Tagalog and Malay, twice after a
figure of speech, once in the CLIENT's mouth when the client simulator refused to role-play) and meta_text 9 (a
generator's opening line, note between sessions and closing offer, "Claro! Aqui tem ...", "Baiklah! Berikut ...",
"Sure! Here's ...", "I hope this helps! ...", leaked ``<|im_end|>`` template tokens and a client simulator stepping out
of character). Every other kind the earlier writers name is present at least once: mojibake 2, empty_turn 2,
encoding_error 1, unknown_speaker 1 (a critic agent's score written into the dialogue), unparseable_line 1,
duplicate_session 1 and unparseable_file 1. The decoys stand beside them: clients who reflect back, rehearse their
words, quote others, thank the counsellor or ask the counsellor a question; counsellors who self-disclose, echo and
quote the client; direct risk questions and human safety planning with hotline numbers (SOS Voz Amiga, SNS 24, NCMH
1553, Talian Kasih 15999, Samaritans 116 123, SHOUT 85258, 999) that engage; honest limits and apologies that engage;
figures of speech, objections and clarifications after refusals; clients pointing out a repeat; the same scaling
question asked twice on purpose; plans repeated back; casual chat messages ending without a full stop; stage
directions, a client asking if the counsellor is a machine, a client talking about ChatGPT; system prompts, personas,
scenario, topic, instruction and profile fields that name the labels; headers, headings, banners, end-of-text lines,
judge scores and a dataset card's example. Encodings and line ends: all UTF-8 without a BOM, LF; 03 holds one row with
a lone Windows-1252 byte, invalid in UTF-8.

* ``01_synthetic_counseling_dialogues_v3_train.jsonl`` (63 turns, 8 rows, 20 decoys): a hub set's train split, ONE
  CONVERSATION A ROW, ``{"id", "split", "generator", "prompt_template", "persona", "turns": [{"speaker",
  "utterance"}], "num_turns", "dedup_hash"}``, speaker ``counselor`` or ``client``. Row 1 (Keira, 35, a hairdresser
  drained by what her customers tell her) is clean. Row 2 (Edwina, 68, a retired teacher lonely after moving near her
  daughter): a counselor reply given three times, the third with two words changed (repetition_loop, duplicate_turn,
  near_duplicate_turn). Row 3 (Quentin, 44, a warehouse manager dreading monthly appraisals): generated with the labels
  swapped throughout (role_inversion at the row). Row 4 (Dorcas, 52, made redundant after thirty years at a building
  society branch): the client simulator's own ``I'm sorry, but I can't continue with this role-play. Simulating a
  person experiencing hopelessness ...`` in the client's slot (refusal) and the last counselor turn cut mid-word by the
  token limit (``online bankin``: truncated_turn). Row 5 (Fintan, 38, whose son of six has heart surgery in two weeks):
  a client turn in the counselor's voice, thanking "Fintan" for being so open and asking where he feels the tension
  (role_inversion). Row 6 (``scd-v3-001877``): row 1 again under a new id, the deduplication never having run
  (duplicate_session at the row). Decoys: the persona field, which opens with ``Client:``, in every row; the clients
  quoting a partner and "everyone"; ``I can't put it down`` and ``I can't stop the picture``; a dry joke; the client
  pointing out the repeat and complaining of it; an apology that engages; a direct risk question after the refusal;
  suggestions repeated back.
* ``02_dialogos_aconselhamento_sinteticos_pt.json`` (57 turns, 6 rows, 19 decoys): a European Portuguese set as ONE
  JSON array (indent 2, ``ensure_ascii=False``), each session ``{"id", "idioma", "modelo", "cenario", "mensagens"}``,
  one ``{"papel": "terapeuta"|"cliente", "texto"}`` object a line. aconselh-pt-0031 (Rui, a ride-hailing driver in
  Porto struck by a drunk passenger): a therapist turn opening ``Claro! Aqui tem a continuação do diálogo ...``
  (meta_text); a client turn thanking "Rui" for his openness and asking him a question (role_inversion); the
  therapist's graded plan given again with ``e`` added and ``vamos ver`` as ``vemos`` (near_duplicate_turn).
  aconselh-pt-0032 (D. Graça, 67, in Viseu, whose grandson emigrated to Luxembourg): a client message merged from a CSV
  read as Windows-1252 (``nÃ£o``: mojibake); ``Lamento, mas não posso ajudar com este pedido ...`` with SNS 24 and 112
  after ``Qualquer dia morro de tédio aqui fechada`` (refusal). aconselh-pt-0033 (Inês, a master's student in Braga
  putting off her dissertation): the last turn cut mid-word (``simplesm``: truncated_turn). Decoys: the scenario
  fields; correct Portuguese letters; ``Lamento muito`` opening a turn that engages; guillemets (the client quoting her
  daughter, the therapist quoting the client); the figure of speech, the client's clarification and an apology that
  engages; the client pointing out the repeat and an apology; a ``...`` hesitation; a client question and the
  therapist's brief self-disclosure; a direct risk question; SOS Voz Amiga and SNS 24 inside a human safety check;
  plans repeated back.
* ``03_taglish_counseling_synth_turns.csv`` (56 turns, 8 rows, 16 decoys): a Taglish set written by pandas
  ``to_csv`` (LF), one turn a row, ``dialogue_id,turn,speaker,utterance,model,temperature``. tl-cs-0088 (Carlo, 26, a
  night-shift team leader at a call centre in Pasig and his family's breadwinner): one client line three times, the
  third with ``wala akong magagawa`` for ``wala akong choice`` (repetition_loop, duplicate_turn, near_duplicate_turn);
  ``Paumanhin, ngunit hindi ako makapagbibigay ng tulong tungkol dito ...`` with NCMH 1553 after a figure of speech
  (refusal); a row a reviewer corrected in an "ANSI" editor, ``Parañaque`` with a lone 0xF1 byte (encoding_error).
  tl-cs-0091 (Maricel, 35, in Iloilo, a seafarer's wife whose son of fifteen has stopped talking to her): a counselor
  row that narrates the client's own experience in the first person (role_inversion); an empty client utterance
  (empty_turn); the last row cut mid-word (``mas matag``: truncated_turn). Decoys: the header; Taglish itself; the
  counselor reflecting the client's words; the figure of speech, the clarification and an apology that engages; the
  client quoting his boss and her own words to her son; the counselor quoting the client; a client correcting herself;
  a short agreement; the counselor answering a silence; 1553 inside a human safety plan; the plan repeated back; the
  counselor thanking the client by name.
* ``04_dialog_kaunseling_sintetik_ms.jsonl`` (63 turns, 8 rows, 16 decoys): a Malay set from a multi-agent pipeline,
  ONE MESSAGE A ROW, ``{"dialog_id", "giliran", "peranan", "teks", "model"}``, peranan ``sistem`` (not a turn),
  ``kaunselor``, ``klien`` or ``penilai`` (the critic agent, neither role). ms-kaun-0207 (Nurul, 28, a pharmacist in
  Johor Bahru who crosses the Causeway to Singapore at 4.30 every morning): ``Baiklah! Berikut ialah respons kaunselor
  ...`` (meta_text); a client message re-sent with ``sedang`` and ``memang`` (near_duplicate_turn); the critic's
  ``Penilaian giliran 13: ...`` written into the dialogue as a turn (unknown_speaker). ms-kaun-0212 (Azlan, 45, a
  fisherman in Kuala Terengganu whose boat capsized in the monsoon): a stderr logging line between two rows
  (unparseable_line, not a turn); a client turn setting the counsellor's agenda for the session (role_inversion); a
  client message logged twice (duplicate_turn); ``Maaf, saya tidak dapat membantu dengan permintaan ini ...`` with
  Talian Kasih and Befrienders (refusal); the last reply cut mid-word (``sedikit demi sedi``: truncated_turn).
  ms-kaun-0219 (Amirul, 17, waiting for his SPM results) is clean. Decoys: the system rows; ``4.30`` and ``&`` inside
  messages; ``tak boleh`` from the client; the clients quoting a wife and a father; the client's objection to the
  refusal; an apology and a direct risk question that engage; Talian Kasih inside a human safety plan; the
  counsellor's brief self-disclosure and the client's question; ``ok la``; ``cikgu``; plans repeated back.
* ``05_generated_sessions_template_b.md`` (65 turns, 8 rows, 16 decoys): three generated sessions saved as the model
  wrote them: ``Certainly! Below are three synthetic counseling sessions ...`` (meta_text, own line), a title, ``##``
  headings, italic profile lines, ``**Counselor:**`` / ``**Client:**`` paragraphs, ``---`` rules. Session 1 (Isadora,
  39, whose sister walked out of their cake shop): the last counselor turn cut after ``the work that`` where the
  generation call stopped (truncated_turn). Session 2 (Osian, 19, at an agricultural college, homesick for the dairy
  farm in Ceredigion): the labels swapped throughout (role_inversion at its first turn). Between sessions 2 and 3 the
  model's ``*(Note: Session 3 introduces a more resistant client, as requested ...)*`` (meta_text, own line). Session 3
  (Mireille, 46, a freelance subtitler losing work to machine subtitling): one counselor paragraph three times, the
  copies with a word or two changed (repetition_loop, near_duplicate_turn, near_duplicate_turn). The closing ``Let me
  know if you'd like more sessions ...`` (meta_text, own line). Decoys: the title, headings and profile lines; the
  clients quoting a sister, a mother and a father; a resistant client; ``Are you a machine as well?``; a short angry
  answer; an apology that engages; ``I'm not promising anything``; the task repeated back.
* ``06_gold_subset_reviewed_sessions.txt`` (87 turns, no row, 28 decoys): the CLEAN file, the reviewed "gold" subset
  of a generated set: two ``#`` header lines, ``=== session ... ===`` lines, ``Counselor:`` / ``Client:`` with a blank
  line after every turn: Lowri, 27, a junior graphic designer whose manager presented her campaign as his own, and
  Wendell, 58, a museum's night guard, alone since his divorce and drinking more. Decoys: the header lines (one names
  both labels) and session lines; the SAME scaling question at the start and the end (a deliberate repeat); echoes;
  ``Yeah I guess`` and ``Dunno. A kick up the backside`` without full stops; ``Mm.``; ChatGPT mentioned; ``(laughs)``
  three times; rehearsed words; ``...``; the client reflecting the counselor's point back; a client question and the
  counselor's self-disclosure; a ``--`` break the counselor completes; a direct risk question; Samaritans, SHOUT and
  999 inside a human safety plan, read back; jokes; the client quoting his daughter; plans repeated back with thanks.
* ``07_hub_rows_api_offset_100.json`` (71 turns, 7 rows, 34 decoys): a page of a hub's dataset viewer API
  (``/rows?...&offset=100&length=4``) saved and re-indented so that every message object sits on a line of its own:
  ``features``, then ``rows`` with ``row_idx``, ``row`` (``id``, ``topic``, ``messages``) and ``truncated_cells``;
  ``system`` messages are not turns. wc-syn-00100 (a trainee accountant whose manager puts her mistakes on the screen):
  a user message with curly apostrophes through a Windows-1252 step (``couldnâ€™t``: mojibake); an assistant turn that
  narrates the client's Sunday nights in the first person (role_inversion). wc-syn-00101 (a mother whose children adore
  their new stepmother): an empty assistant message (empty_turn); a reply regenerated with ``a great deal`` and ``say
  it`` (near_duplicate_turn). wc-syn-00102 (six weeks without sleep under a neighbour's bass): a user message logged
  twice (duplicate_turn); a reply holding leaked ``<|im_end|>\n<|im_start|>assistant`` tokens (meta_text).
  wc-syn-00103 (Lavinia, 62, whose daughter has not spoken to her for four months): the last reply cut mid-word (``an
  estrangem``: truncated_turn). Decoys: the features, topics, system messages and empty ``truncated_cells``; the
  clients quoting a colleague, a daughter, a neighbour and a son; lowercase messages without full stops; ``hello? did
  that send``; ``lol``; the client pointing out the repeat; apologies that engage; an angry fantasy and the engagement
  after it; a suggestion reflected back; plans repeated back.
* ``08_alpaca_rendered_session_prompts.txt`` (67 turns, 6 rows, 27 decoys): Alpaca examples rendered as text for a
  completion-only fine-tune: the template's preamble, ``### Instruction:`` (it names both labels), ``### Input:`` (a
  ``Client profile:`` line), ``### Response:`` with the session one ``Counselor:`` / ``Client:`` turn a line, and an
  ``<|endoftext|>`` line. Example 1 (a village shop losing trade to a supermarket): ``Sure! Here's a realistic
  counseling session ...`` opening the response (meta_text, own line). Example 2 (a first-year drama teacher who
  freezes at parents' complaints): a ``Client:`` line thanking the client for being so honest (role_inversion); a
  counselor line given again with ``possible`` added (near_duplicate_turn). Example 3 (IBS and a brother's wedding in
  Valencia): ``I'm sorry, but I'm not able to provide medical advice about digestive conditions ...`` (refusal) and
  the closing ``I hope this helps! Let me know ...`` (meta_text, own line). Example 4 (a grandmother raising two
  grandchildren): the last line cut mid-word (``looking after the chil``: truncated_turn). Decoys: the preamble,
  instruction, input and ``<|endoftext|>`` lines; the clients quoting a father, a parent's email and a brother;
  ``(smiles)``; ``can't`` from clients; the client's objection to the refusal and an honest limit that engages; the
  client pointing out the repeat; plans repeated back.
* ``09_client_simulator_eval_episodes.txt`` (52 turns, 7 rows, 22 decoys): the log of an evaluation run, two ``#``
  header lines, ``=== episode N | scenario: ... ===`` lines, ``[ep N | t NN] CLIENT_SIM: text`` / ``[ep N | t NN]
  COUNSELOR: text`` one turn a line and ``-- judge (ep N): ...`` score lines. Episode 1 (a girl of seventeen waiting
  for her results): the client simulator stepping out of character, ``(As an AI simulating the client, I'll now show
  some resistance ...)`` (meta_text), and writing the counselor's reflection and question (role_inversion). Episode 2
  (a man who shouted at his mother of 81): the counselor model's reply three times, the third with two words changed
  (repetition_loop, duplicate_turn, near_duplicate_turn), and its last reply cut by the token limit after ``she's
  been`` (truncated_turn). Episode 3 (a best friend emigrating to Canada): ``I'm sorry, but I can't provide support for
  this ... call 988.`` after a figure of speech (refusal). Decoys: the header, episode and judge lines; lowercase
  messages without full stops; the clients quoting a mother, a teacher and a sister; the client pointing out the
  repeat; ``This is useless.``; apologies that engage; the clarification after the refusal; plans stated back.
* ``10_dataset_card_README.md`` (1 row, 6 decoys): the dataset card of 01's set, downloaded with the data and left
  among the transcripts: YAML front matter, prose, a field table, an example in a code block whose two lines open with
  ``Counselor:`` and ``Client:``, a ``Known issues`` section about refusals and cut turns. It is not a transcript
  (unparseable_file, line 0).

Line numbers are 1-based physical lines of the written file (the bytes split on ``\n``; a lone invalid byte in 03 is
one character to a decoder and changes no count; no other line-break character occurs), computed while the file is
built:

* a turn-level row points at the line holding the turn's speaker label or its equivalent: in 01 the conversation's row
  (all its turns share it; several defects of one kind in a row make ONE truth row); in 02 and 07 the message object's
  line; in 03 the record's line (the header is line 1); in 04 the message's row; in 05 the ``**Label:** text`` line; in
  06 and 08 the ``Label: text`` line; in 09 the ``[ep N | t NN] LABEL: text`` line;
* meta text inside a turn is marked at the turn's line; an unlabelled line of generation residue (05's opening line,
  note and closing offer, 08's ``Sure! ...`` and ``I hope this helps! ...``) is a ``meta_text`` row at its own line;
* ``unparseable_line`` is marked at 04's logging line, which is not a turn; the file-level row (``unparseable_file``,
  10) is at line 0;
* a whole session with the labels swapped (01's row 3, 05's session 2) is ONE ``role_inversion`` row at its first turn
  (in 01 the row); a single turn in the other role's voice is ``role_inversion`` at its own line, whichever direction;
  a session that repeats an earlier one (01's row 6) is ONE ``duplicate_session`` row at its first turn (the row), and
  its turns carry no repeat rows;
* a repetition loop is ``repetition_loop`` on the first occurrence, then ``duplicate_turn`` or ``near_duplicate_turn``
  on every later copy;
* ``encoding_error`` is marked at the turn whose text holds bytes invalid in UTF-8 (03); text that decodes validly but
  was garbled upstream is ``mojibake`` (02, 07); correct Portuguese letters are a decoy where noted;
* a speaker outside the counsellor and client roles (04's ``penilai``) speaking a turn is ``unknown_speaker``.

Not turns: 01's fields other than ``turns``; 02's ids, languages, models and scenarios; 03's header; 04's ``sistem``
rows and its logging line; 05's opening line, title, headings, profile lines, rules, note and closing line; 06's header
and session lines; 07's features, page fields, topics, ``system`` messages and ``truncated_cells``; 08's preamble,
``###`` lines, instruction, input, ``<|endoftext|>`` lines and the two lines of chatter; 09's header, episode and judge
lines; all of 10. A turn that trails off (``...``), is broken off with ``--`` and completed by the other speaker, a
chat message without final punctuation and a short answer are NOT truncated turns; a truncated turn is cut off by the
data (a token or ``max_tokens`` limit, a generation call that stopped) and no later turn completes it. A counsellor's
statement of what they cannot do followed by engagement, an apology that engages and a helpline inside a human safety
plan are NOT refusals; a reply that only declines and points elsewhere is, in either speaker's mouth.

Turns and lines that look suspicious but are clean (decoys) carry a ``decoy: ...`` tag here; the tag never reaches the
truth, and the number of decoys is printed. Self-checks: a turn that ends without final punctuation carries a truth
tag or a decoy note, and a truncated turn ends inside a word or clause (in a letter); every truth row's line holds the
text of the turn or line it names; every exact or close same-role repeat of a substantial turn in a session is marked
or declared a deliberate repeat, and every repeat mark is real; a loop has at least two marked later copies; a session
equal to an earlier one is marked duplicate_session and no other is; a swapped session opens with the other role's
label; the containers parse back (JSON Lines rows, the JSON array, CSV, the JSON Lines messages with the one line that
must not parse, Markdown labels, labelled text, the viewer page, the evaluation log) to exactly the turns written;
mojibake and invalid bytes occur exactly where marked, and only 03 is invalid UTF-8; the clean file has no truth row;
every kind is present; no truth row is written twice. Standard library only.
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

T, C, X = "T", "C", "X"  # counsellor role, client role, a third voice (neither role)
RAW = "#"  # a script entry that is a line of its own, not a turn
RSQ = "\u2019"
LDQ, RDQ = "\u201c", "\u201d"
LAQ, RAQ = "\u00ab", "\u00bb"
# final punctuation (a closing bracket covers "[pause]" and ":)"; a closing quote covers quoted endings)
ENDERS = ".?!\"')]:;*" + RSQ + RDQ + RAQ + "\u2026"
CLEAN_FILE = "06_gold_subset_reviewed_sessions.txt"
NOT_A_TRANSCRIPT = "10_dataset_card_README.md"
DELIBERATE = "deliberate repeat"  # a decoy note with these words allows an exact same-role repeat in a session
INVALID_UTF8 = {"03_taglish_counseling_synth_turns.csv"}


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
    """So close that an unmarked copy would be a defect this writer forgot to mark."""
    return ratio(a, b) > 0.85


def related(a: str, b: str) -> bool:
    """Close enough to be a regenerated or re-sent copy (a marked near duplicate must be at least this)."""
    return ratio(a, b) > 0.6


def substantial(text: str) -> bool:
    """Long enough that a repeat is a defect rather than a backchannel."""
    return len(norm(text).replace(" ", "")) >= 12


def js(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def csv_row(fields: Sequence[str]) -> str:
    handle = io.StringIO()
    csv.writer(handle, lineterminator="\n").writerow(fields)
    return handle.getvalue()[:-1]


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

    ``shared``: one whole conversation stands on one physical line (a JSON Lines row), so all its turns share that
    line and several defects of one kind on it make one truth row. ``crlf``: the lines end in CR LF.
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
            assert not any(ch in line for ch in "\t\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"), (self.name, line[:60])
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
        assert ("unknown_speaker" in kinds) == (role == X), (self.name, line, label)
        if "empty_turn" in kinds:
            assert text.strip() == "", (self.name, line)
        else:
            assert text.strip(), f"{self.name}:{line} empty text without empty_turn"
        if "truncated_turn" in kinds:
            assert text.rstrip()[-1] not in ENDERS, (self.name, line, text[-30:])
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
        session.turns.append(Turn(label, role, text, line, tuple(kinds), tuple(notes), anchor or label))

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


# ---------------------------------------------------------------------------
# 01 a synthetic counselling set as published on a dataset hub (train split), ONE CONVERSATION A ROW:
#    {"id", "split", "generator", "prompt_template", "persona", "turns": [{"speaker", "utterance"}], "num_turns",
#    "dedup_hash"}; speaker "counselor" (counsellor role) or "client". The dedup step never ran (dedup_hash null).
# ---------------------------------------------------------------------------
CO1, CL1 = "counselor", "client"
LOOP_01 = "It sounds like you made a big change for the sake of your family, and it hasn't turned out quite the way you hoped. Moving later in life can bring up a lot of feelings, including loneliness and a sense of loss. What has been the hardest part for you?"
LOOP_01_B = "It sounds like you made a big change for the sake of your family, and it hasn't turned out quite the way you expected. Moving later in life can bring up many feelings, including loneliness and a sense of loss. What has been the hardest part for you?"

R01_KEIRA: Script = [
    (CO1, "Hi Keira, welcome. I'm glad you made it in today. What would you like to focus on in our time together?"),
    (
        CL1,
        "I think I just need to talk about work. I'm a hairdresser, and lately I come home completely drained, like I've been carrying everyone's problems around all day.",
    ),
    (CO1, "Carrying everyone's problems. Tell me a bit more about what that looks like in the salon."),
    (
        CL1,
        "People tell you everything in that chair. Divorces, diagnoses, their kids not speaking to them. Last week one lady cried through a whole cut and colour. I love that they trust me, but I can't put it down when I get home.",
        "decoy: 'I can't put it down' from the client (not a refusal)",
    ),
    (
        CO1,
        "So the trust your clients place in you means a lot, and at the same time their stories follow you home. What happens in the evenings?",
    ),
    (
        CL1,
        "I replay the conversations. I wonder if I said the right thing. My partner says I'm 'somewhere else' at dinner.",
        "decoy: the client quotes her partner",
    ),
    (
        CO1,
        "It sounds like you're giving a lot of care with no space to set it down afterwards. Some people in caring jobs find a small ritual at the end of the day helps, like a walk, or deliberately leaving the salon behind at the door. Does anything like that feel possible?",
    ),
    (
        CL1,
        "I wash about forty heads of hair a day, so I'm not short of rituals. But I do walk home. It's twenty minutes.",
        "decoy: the client's dry joke",
    ),
    (
        CO1,
        "Twenty minutes is a good stretch. What if part of that walk became the point where you let the day go, maybe naming one thing you did well and one thing you're leaving at the salon?",
    ),
    (
        CL1,
        "One thing I did well, one thing I leave behind. I can try that tomorrow.",
        "decoy: the client repeats the suggestion back",
    ),
]

R01_EDWINA: Script = [
    (CO1, "Hello Edwina. What brings you to counseling at this point in your life?"),
    (
        CL1,
        "Last spring I sold the house I'd lived in for forty years and moved two hundred miles to be near my daughter and the grandchildren. Everyone said it was the sensible thing to do.",
        "decoy: the client quotes what everyone said",
    ),
    (CO1, LOOP_01, "repetition_loop"),
    (
        CL1,
        "The days. The grandchildren are at school, my daughter works, and I can go from Monday to Thursday without a proper conversation with anyone.",
    ),
    (CO1, LOOP_01, "duplicate_turn"),
    (CL1, "I've just told you. It's the days. The empty days.", "decoy: the client points out the repeat"),
    (CO1, LOOP_01_B, "near_duplicate_turn"),
    (CL1, "Are you listening to me at all?", "decoy: the client's complaint about the repeat"),
    (
        CO1,
        "I'm sorry, I repeated myself. You've told me clearly: it's the long, empty days between Monday and Thursday. When you were teaching, what filled your days besides the lessons themselves?",
        "decoy: an apology that engages",
    ),
    (CL1, "The staffroom. The chatter. Someone always had a biscuit and a story."),
    (
        CO1,
        "So it was the company as much as the job. Are there places here where that everyday chatter might happen, a walking group, or volunteering at a school?",
    ),
    (
        CL1,
        "There's a reading-aloud scheme at the primary. They asked for volunteers on the noticeboard. I suppose I could ring them.",
    ),
]

R01_QUENTIN_SWAPPED: Script = [
    (CO1, "Hi. Thanks for fitting me in. I'm not really sure how this is supposed to work."),
    (CL1, "That's alright, Quentin. There's no right way to start. What's been on your mind lately?"),
    (
        CO1,
        "I manage a warehouse, about forty staff. Once a month I have to sit down with each team leader and go through their numbers. The week before, I can't sleep and I feel sick every morning.",
    ),
    (
        CL1,
        "So the appraisal week brings a lot of dread, with sleepless nights and nausea. What is it about those meetings that feels so threatening?",
    ),
    (
        CO1,
        "If someone's numbers are down I have to say so. Last year one of the team leaders walked out in tears. I keep thinking I'll make someone cry again.",
    ),
    (
        CL1,
        "It sounds like you care a great deal about how your team feels, and that the memory of that meeting is still with you. What did you make it mean about you?",
    ),
    (CO1, "That I'm a bully. That I'm the kind of manager I always hated."),
    (
        CL1,
        "That's a harsh verdict. What evidence do you have, for and against, that you're that kind of manager?",
    ),
    (
        CO1,
        "Against, I suppose, is that she came back the next day and thanked me for being straight with her. I'd forgotten that until now.",
    ),
    (
        CL1,
        "That's an important piece of evidence. Perhaps this week we could write down both sides before your first appraisal and see how the picture changes.",
    ),
]

R01_DORCAS: Script = [
    (CO1, "Hi Dorcas, thanks for coming in. What would you like to talk about today?"),
    (
        CL1,
        "I was made redundant in March. Thirty years at the same building society branch, and they closed it with six weeks' notice. Everything's online now, apparently.",
    ),
    (CO1, "Thirty years is a huge part of a life. How have you been since the branch closed?"),
    (
        CL1,
        "Lost, mostly. I still wake at quarter to seven. I get dressed properly and then there's nowhere to go.",
    ),
    (
        CO1,
        "Getting dressed for a day that has nowhere to go. That sounds painful. What goes through your mind on those mornings?",
    ),
    (
        CL1,
        "I'm sorry, but I can't continue with this role-play. Simulating a person experiencing hopelessness or thoughts of self-harm isn't something I'm able to do. If you or someone you know is struggling, please reach out to a mental health professional or contact a crisis line in your area.",
        "refusal",
    ),
    (
        CO1,
        "Those mornings sound very heavy. When you say there's nowhere to go, does it ever feel as if there's no point to the day at all?",
        "decoy: a direct risk question that engages (not a refusal)",
    ),
    (
        CL1,
        "Not like that. I'm not in any danger. I just feel useless. I used to know every customer's name, and their dog's name.",
    ),
    (
        CO1,
        "You were someone people knew and relied on. That doesn't just disappear from who you are. What parts of it do you miss most?",
    ),
    (
        CL1,
        "Being useful. Sorting things out for people. Old Mr Pereira came in every Friday to check his balance, even though he knew it to the penny.",
    ),
    (
        CO1,
        "It sounds like being useful, and being known, were at the heart of your work, and those needs haven't gone anywhere. I wonder whether your skills with people and numbers could still be put to use, perhaps volunteering with a debt advice charity, or helping older people get to grips with online bankin",
        "truncated_turn",
    ),
]

R01_FINTAN: Script = [
    (
        CO1,
        "Hi Fintan. You mentioned on the phone that things have been hard since your son's diagnosis. Where would you like to start?",
    ),
    (
        CL1,
        "Cian's six. He was born with a hole in his heart and they always said he might need an operation one day. Now it's booked, two weeks on Tuesday.",
    ),
    (CO1, "Two weeks on Tuesday. So it's suddenly very real. How are you holding up?"),
    (
        CL1,
        "Badly. I'm the calm one at home, for Cian and for my wife. Then I sit in the car at work and I can't breathe.",
    ),
    (
        CO1,
        "Being the calm one for everyone, and then the panic catches up with you when you're on your own. What goes through your head in the car?",
    ),
    (
        CL1,
        "Thank you for being so open with me about this, Fintan. It takes courage to admit you're struggling when you feel you have to be the strong one. Let's take a moment to notice what's happening in your body right now. Where do you feel the tension most?",
        "role_inversion",
    ),
    (CO1, "Let's slow it down. When you're sitting in the car, what pictures come into your mind?"),
    (
        CL1,
        "Him going through the doors to theatre. Him not coming back out. I know the surgeons do this every week, but I can't stop the picture.",
        "decoy: 'I can't stop the picture' from the client",
    ),
    (
        CO1,
        "That's a frightening picture, and it makes sense that your mind goes there when you love him so much. Have the hospital team offered you a chance to talk through the day itself?",
    ),
    (
        CL1,
        "There's a pre-op clinic on Friday. Maybe I'll write my questions down this time instead of nodding along.",
    ),
]


def f01() -> Doc:
    doc = Doc("01_synthetic_counseling_dialogues_v3_train.jsonl", {CO1: T, CL1: C}, "jsonl-shared", shared=True)
    rows = (
        ("scd-v3-000142", "Keira, 35, hairdresser; drained by clients' disclosures", R01_KEIRA, ()),
        ("scd-v3-000517", "Edwina, 68, retired teacher; lonely after moving near family", R01_EDWINA, ()),
        (
            "scd-v3-000963",
            "Quentin, 44, warehouse manager; dread before monthly appraisals",
            R01_QUENTIN_SWAPPED,
            ("role_inversion",),
        ),
        ("scd-v3-001204", "Dorcas, 52, made redundant after 30 years at a building society", R01_DORCAS, ()),
        ("scd-v3-001650", "Fintan, 38, father; son's heart surgery in two weeks", R01_FINTAN, ()),
        ("scd-v3-001877", "Keira, 35, hairdresser; drained by clients' disclosures", R01_KEIRA, ("duplicate_session",)),
    )
    for ident, persona, script, kinds in rows:
        record = {
            "id": ident,
            "split": "train",
            "generator": "gpt-4o-mini-2024-07-18",
            "prompt_template": "two_role_session_v3",
            "persona": f"Client: {persona}",
            "turns": [{"speaker": who, "utterance": text} for who, text, *_ in script],
            "num_turns": len(script),
            "dedup_hash": None,
        }
        line = doc.add(js(record))
        doc.mark(line, "decoy: the persona field opens with 'Client:' but is no turn")
        doc.start(ident, *kinds)
        for who, text, *tags in script:
            doc.turn(who, text, line, tags, anchor=f'"speaker": "{who}"')
    return doc


# ---------------------------------------------------------------------------
# 02 a European Portuguese synthetic counselling set as ONE JSON array (indent 2, ensure_ascii=False): each session
#    {"id", "idioma", "modelo", "cenario", "mensagens": [...]}, one {"papel", "texto"} message object a line, papel
#    "terapeuta" (counsellor role) or "cliente". Part of v2 was merged from a CSV opened with the wrong codec.
# ---------------------------------------------------------------------------
TE2, CL2 = "terapeuta", "cliente"
STEP_02 = "Não precisamos de ir já para a noite. Podemos construir uma escada: primeiro o fim da tarde, com passageiros com boas avaliações, depois um pouco mais tarde. Em cada degrau vamos ver o que sente numa escala de 0 a 10."
STEP_02_B = "Não precisamos de ir já para a noite. Podemos construir uma escada: primeiro o fim da tarde, com passageiros com boas avaliações, e depois um pouco mais tarde. Em cada degrau vemos o que sente numa escala de 0 a 10."

S02_RUI: Script = [
    (TE2, "Bom dia, Rui. Obrigada por ter vindo. O que o traz cá hoje?"),
    (
        CL2,
        "Bom dia. Sou motorista de TVDE no Porto há quatro anos. Há dois meses um passageiro agrediu-me, à noite, perto da Ribeira. Desde então não consigo trabalhar depois de escurecer.",
        "decoy: correct Portuguese letters",
    ),
    (
        TE2,
        "Lamento muito que isso lhe tenha acontecido. Ser agredido dentro do próprio carro é uma experiência assustadora. Quer contar-me um pouco do que se passou?",
        "decoy: 'Lamento' opens a turn that engages (not a refusal)",
    ),
    (
        CL2,
        "Ele entrou já bebido. Queria mudar o destino a meio da viagem e eu disse que tinha de ser pela aplicação. Bateu-me na nuca com o telemóvel. Parei o carro e ele fugiu.",
    ),
    (TE2, "E depois disso, o que mudou no seu dia a dia?"),
    (
        CL2,
        "Agora só trabalho de manhã e ganho metade. Quando alguém se senta atrás de mim fico com as mãos a suar. Olho pelo retrovisor de dez em dez segundos.",
    ),
    (
        TE2,
        "Claro! Aqui tem a continuação do diálogo, com a terapeuta a manter um tom empático e validante:\n\nO que descreve é uma reação muito comum depois de um trauma. O seu corpo ficou em alerta, como se o perigo ainda estivesse no banco de trás. Faz sentido?",
        "meta_text",
    ),
    (CL2, "Faz. É exatamente isso. Como se ele ainda lá estivesse."),
    (TE2, "Há momentos em que esse alerta baixa um pouco?"),
    (CL2, "Quando levo senhoras de idade ao Hospital de São João. Essas vão a conversar comigo o caminho todo."),
    (TE2, "E o que sente nessas viagens?"),
    (
        CL2,
        "Obrigado por partilhar isso comigo com tanta abertura, Rui. Reparo que, quando fala dessas senhoras, a sua voz fica mais tranquila. O que acha que torna essas viagens diferentes das outras?",
        "role_inversion",
    ),
    (
        TE2,
        "Parece-me que nessas viagens se sente útil e em segurança. Gostava de experimentar, aos poucos, voltar a fazer uma ou duas viagens ao fim da tarde?",
    ),
    (CL2, "Ao fim da tarde ainda há luz. Talvez. Mas à noite não, isso ainda não."),
    (TE2, STEP_02),
    (CL2, "Uma escada. Gosto da ideia de ir degrau a degrau."),
    (TE2, STEP_02_B, "near_duplicate_turn"),
    (
        CL2,
        "Já me tinha dito isso. Pode ser, então. Começo na segunda-feira.",
        "decoy: the client points out the repeat",
    ),
    (
        TE2,
        "Tem razão, repeti-me. Combinamos então: segunda e quarta, uma viagem entre as seis e as sete, e aponta um número de 0 a 10 antes e depois.",
        "decoy: an apology that engages",
    ),
    (
        CL2,
        "Segunda e quarta, entre as seis e as sete, e aponto os números. Está combinado.",
        "decoy: the client repeats the plan back",
    ),
]

S02_GRACA: Script = [
    (TE2, "Boa tarde, D. Graça. Como tem passado desde a última vez?"),
    (
        CL2,
        "Mais ou menos, menina. O Tiago, o meu neto, foi para o Luxemburgo em setembro. Era ele que vinha almoçar comigo todos os domingos.",
    ),
    (TE2, "O Tiago almoçava consigo todos os domingos. Agora os domingos devem estar muito diferentes."),
    (
        CL2,
        "São os piores dias. Faço a sopa na mesma e depois não tenho a quem a dar. Às vezes deito-a fora.",
    ),
    (
        TE2,
        "Continuar a fazer a sopa diz muito do carinho que tem por ele. Como é que se mantêm em contacto?",
    ),
    (
        CL2,
        moji(
            "Ele liga-me por vídeo às quintas. Mas eu não sei mexer bem no telemóvel, às vezes a imagem fica preta e só ouço a voz dele. Fico tão nervosa que não digo metade do que queria."
        ),
        "mojibake",
    ),
    (
        TE2,
        "Fica nervosa e depois sente que a chamada passou sem dizer o que queria. O que gostaria de lhe dizer?",
    ),
    (CL2, "Que tenho orgulho nele. E que tenho saudades. Mas não quero que ele se sinta culpado por ter ido."),
    (TE2, "Tem orgulho e tem saudades, as duas coisas ao mesmo tempo. E quer protegê-lo da culpa."),
    (
        CL2,
        f"Pois. A minha filha diz {LAQ}mãe, ele tem a vida dele{RAQ}. Eu sei que tem.",
        "decoy: the client quotes her daughter in guillemets",
    ),
    (TE2, "E a D. Graça? Como é a sua vida durante a semana, fora dos domingos?"),
    (
        CL2,
        "Vou à missa, vou ao mercado às terças. De resto estou em casa. Qualquer dia morro de tédio aqui fechada.",
        "decoy: a figure of speech (not a statement of risk)",
    ),
    (
        TE2,
        "Lamento, mas não posso ajudar com este pedido. Se está a pensar em fazer mal a si própria, por favor contacte de imediato o SNS 24 (808 24 24 24) ou ligue 112.",
        "refusal",
    ),
    (
        CL2,
        "Fazer mal a mim? Não, menina, é só uma maneira de dizer. Estou é aborrecida.",
        "decoy: the client's clarification after the refusal",
    ),
    (
        TE2,
        "Peço desculpa, percebi mal. Obrigada por me explicar. Então o que sente é sobretudo solidão e aborrecimento durante a semana. Há alguma coisa de que gostava e que foi deixando?",
        "decoy: an apology that engages",
    ),
    (CL2, "Eu cantava no grupo de cantares da freguesia. Deixei quando o meu marido adoeceu."),
    (TE2, "O grupo de cantares. O que sentia quando cantava com elas?"),
    (CL2, "Alegria. Ríamo-nos muito nos ensaios."),
    (
        TE2,
        "Será que o grupo ainda ensaia? E, para as chamadas do Tiago, podemos escrever juntas num papel duas ou três coisas que quer dizer-lhe, para ter à mão.",
    ),
    (
        CL2,
        "Um papelinho ao lado do telefone. Isso consigo fazer. Orgulho e saudades, primeiro que tudo.",
        "decoy: the client repeats the plan back",
    ),
]

S02_INES: Script = [
    (TE2, "Olá, Inês. Em que posso ajudar hoje?"),
    (
        CL2,
        "Olá. Estou no segundo ano do mestrado em Braga e tenho de entregar a dissertação em julho. Tenho três páginas escritas. Três.",
    ),
    (TE2, "Três páginas, e julho a aproximar-se. Como se sente quando pensa nisso?"),
    (
        CL2,
        "Em pânico. Abro o documento, olho para ele, e passado um bocado estou a ver vídeos de receitas que nunca vou fazer.",
    ),
    (
        TE2,
        "Então abre o documento com boa intenção e, quando o desconforto aparece, a atenção foge para outra coisa. O que sente mesmo antes de fugir?",
    ),
    (
        CL2,
        "Que tudo o que escrevo é mau. Que a minha orientadora vai ler e pensar que eu nem devia ter entrado no mestrado.",
    ),
    (
        TE2,
        f"Há aí um pensamento muito duro: {LAQ}tudo o que escrevo é mau{RAQ}. Que provas tem a favor e contra ele?",
        "decoy: the therapist quotes the client in guillemets",
    ),
    (
        CL2,
        "A favor... a orientadora riscou metade do primeiro capítulo. Contra, tive dezassete na licenciatura. E ela disse que a ideia era boa.",
        "decoy: a '...' hesitation",
    ),
    (TE2, "Portanto a ideia é boa e a escrita precisa de ser trabalhada, como qualquer primeira versão."),
    (CL2, "Dito assim parece menos grave. Já alguma vez adiou coisas assim?", "decoy: a client question"),
    (
        TE2,
        "Já, sim, sobretudo quando tinha medo de ser avaliada. Mas vamos focar-nos em si: o que acha que a ajudaria a começar?",
        "decoy: the therapist's brief self-disclosure (not a role inversion)",
    ),
    (CL2, "Não sei. Às vezes penso que não vale a pena, que mais valia desistir."),
    (
        TE2,
        "Quando diz que não vale a pena, refere-se ao mestrado, ou já lhe passou pela cabeça pôr fim à vida?",
        "decoy: a direct risk question",
    ),
    (CL2, "Ao mestrado! Não, nada disso. Só estou cansada de me sentir sempre atrasada."),
    (
        TE2,
        "Obrigada por me responder com franqueza. Se algum dia isso mudar, pode ligar para a SOS Voz Amiga ou para o SNS 24, e falamos sobre isso aqui também. Quanto à dissertação, que tal blocos de vinte e cinco minutos, com o telemóvel noutra divisão?",
        "decoy: helplines inside a human safety check that engages (not a refusal)",
    ),
    (CL2, "Vinte e cinco minutos eu aguento. E o telemóvel vai para a cozinha."),
    (
        TE2,
        "Ótimo. Vamos então combinar três blocos por dia, de manhã, e no fim de cada semana revemos juntas o que conseguiu escrever, sem julgar a qualidade, só a quantidade. Se a voz que diz que tudo é mau aparecer, pode anotá-la num papel e voltar ao texto, porque o objetivo desta fase é simplesm",
        "truncated_turn",
    ),
]


def f02() -> Doc:
    doc = Doc("02_dialogos_aconselhamento_sinteticos_pt.json", {TE2: T, CL2: C}, "json-msglines")
    sessions = (
        ("aconselh-pt-0031", "Motorista TVDE agredido por um passageiro; evita conduzir à noite", S02_RUI),
        ("aconselh-pt-0032", "Viúva de 67 anos em Viseu; o neto emigrou para o Luxemburgo", S02_GRACA),
        ("aconselh-pt-0033", "Estudante de mestrado em Braga; adia a escrita da dissertação", S02_INES),
    )
    doc.add("[")
    for number, (ident, scenario, script) in enumerate(sessions, 1):
        first = doc.add(
            "  {",
            f'    "id": {js(ident)},',
            '    "idioma": "pt-PT",',
            '    "modelo": "llama-3.1-70b-instruct",',
            f'    "cenario": {js(scenario)},',
            '    "mensagens": [',
        )
        doc.mark(first + 4, f"decoy: the scenario of {ident}, not a turn")
        doc.start(ident)
        for index, (who, text, *tags) in enumerate(script):
            comma = "," if index < len(script) - 1 else ""
            line = doc.add(f"      {js({'papel': who, 'texto': text})}{comma}")
            doc.turn(who, text, line, tags, anchor=f'"papel": "{who}"')
        doc.add("    ]", "  }," if number < len(sessions) else "  }")
    doc.add("]")
    return doc


# ---------------------------------------------------------------------------
# 03 a Taglish (Tagalog-English) synthetic counselling set written with pandas ``to_csv`` (LF), one turn a row:
#    dialogue_id,turn,speaker,utterance,model,temperature; speaker "counselor" (counsellor role) or "client". One row
#    was corrected by a reviewer in a Windows editor set to "ANSI" and pasted back, so its letters are lone bytes.
# ---------------------------------------------------------------------------
CO3, CL3 = "counselor", "client"
LOOP_03 = "Opo. Ako po ang breadwinner. Pagod na pagod na talaga ako, pero wala akong choice kasi ako lang ang may stable na trabaho sa amin."
LOOP_03_B = "Opo. Ako po ang breadwinner. Pagod na pagod na talaga ako, pero wala akong magagawa kasi ako lang ang may stable na trabaho sa amin."

D03_CARLO: Script = [
    (CO3, "Hi Carlo, salamat sa pagpunta mo ngayon. Ano ang gusto mong pag-usapan natin?"),
    (
        CL3,
        "Hello po. Medyo hindi ko alam kung saan magsisimula. Team leader ako sa isang BPO sa Pasig, night shift, at halos tatlong buwan na akong hindi makatulog nang maayos.",
        "decoy: Tagalog mixed with English (Taglish), correct as written",
    ),
    (CO3, "Tatlong buwan na walang maayos na tulog, mabigat 'yan. Ano ang nangyayari kapag sinusubukan mong matulog?"),
    (
        CL3,
        "Pag-uwi ko ng alas-siyete ng umaga, gising na ang buong bahay. Maingay, nagluluto si Mama, papasok sa school ang mga kapatid ko. Pagkahiga ko, iniisip ko agad ang mga bayarin.",
    ),
    (CO3, "Ikaw ba ang sumasagot sa mga bayarin sa bahay?"),
    (CL3, LOOP_03, "repetition_loop"),
    (CO3, "Ang laki ng responsibilidad na 'yan para sa isang tao. Ilan ang umaasa sa 'yo?"),
    (CL3, "Si Mama, dalawang kapatid na nag-aaral, at minsan pati si Tito kapag wala siyang raket."),
    (CO3, "Paano mo nararamdaman 'yon, na sa 'yo nakasandal ang lahat?"),
    (CL3, LOOP_03, "duplicate_turn"),
    (CO3, "Naririnig ko na sobrang pagod ka na. Bukod sa pagod, ano pa ang nararamdaman mo?"),
    (CL3, LOOP_03_B, "near_duplicate_turn"),
    (
        CO3,
        "Mukhang paulit-ulit na bumabalik sa 'yo ang pakiramdam na wala kang choice. Parang nakakulong ka.",
        "decoy: the counselor reflects the client's words",
    ),
    (
        CL3,
        "Oo, ganun nga. Minsan parang sasabog na ang ulo ko sa dami ng iniisip.",
        "decoy: a figure of speech (not a statement of risk)",
    ),
    (
        CO3,
        "Paumanhin, ngunit hindi ako makapagbibigay ng tulong tungkol dito. Kung ikaw ay nasa panganib, mangyaring tumawag sa NCMH Crisis Hotline sa 1553.",
        "refusal",
    ),
    (
        CL3,
        "Ha? Hindi naman po ako nasa panganib. Ang ibig ko lang sabihin, sobrang dami kong iniisip.",
        "decoy: the client's clarification after the refusal",
    ),
    (
        CO3,
        "Pasensya na, mali ang pagkakaintindi ko. Salamat sa paglilinaw. Ano ang mga bagay na pinakamadalas mong iniisip bago matulog?",
        "decoy: an apology that engages",
    ),
    (
        CL3,
        "Yung kuryente, yung tuition ni bunso, yung metrics ng team ko. Tapos yung boss ko, lagi niyang sinasabi, 'Carlo, ikaw ang pag-asa ng account na 'to.'",
        "decoy: the client quotes his boss",
    ),
    (
        CO3,
        "Pag-asa ng account, pag-asa ng pamilya. Parang lahat may inaasahan sa 'yo. May pagkakataon ba na may sumusuporta naman sa 'yo?",
    ),
    (
        CL3,
        ansi(
            "Yung girlfriend ko, si Joanna, taga-Parañaque. Siya lang ang nakakaalam na umiiyak ako minsan sa CR ng office. Sabi niya, 'Hindi mo kailangang buhatin lahat.'"
        ),
        "encoding_error",
    ),
    (CO3, "Mukhang nakikita ka talaga ni Joanna. Ano ang pakiramdam mo kapag sinasabi niya 'yon?"),
    (CL3, "Gumagaan nang konti. Pero nahihiya rin ako. Lalaki ako, panganay pa."),
    (
        CO3,
        "Naiintindihan ko na may inaasahan sa mga panganay, lalo na sa mga lalaki. Pero ang pagod at lungkot ay hindi kahinaan. Pwede ba nating pag-usapan kung paano ka makakapagpahinga nang totoo?",
    ),
    (CL3, "Sige po. Pero paano, e maingay talaga sa bahay pag umaga."),
    (
        CO3,
        "Ilang praktikal na bagay: earplugs at eye mask, at baka pwede mong kausapin si Mama na gawing tahimik na oras ang alas-otso hanggang alas-dos. Pangalawa, subukan nating isulat ang mga alalahanin sa isang notebook bago ka humiga, para hindi mo na sila dala-dala sa kama.",
    ),
    (
        CL3,
        "Earplugs, eye mask, kakausapin si Mama, at notebook bago matulog. Kaya ko naman siguro 'yan.",
        "decoy: the client repeats the plan back",
    ),
    (
        CO3,
        "Kaya mo 'yan. Sa susunod, gusto ko ring pag-usapan natin kung paano mo mahahati kahit kaunti ang bigat, halimbawa kung may maitutulong ang Tito mo.",
    ),
    (CL3, "Hala, mahabang usapan 'yan. Pero sige po, next time.", "decoy: casual Taglish"),
    (
        CO3,
        "Next time. Salamat sa tiwala mo ngayon, Carlo. Ingat ka pauwi.",
        "decoy: the counselor thanks the client by name (not a role inversion)",
    ),
]

D03_MARICEL: Script = [
    (CO3, "Magandang hapon, Maricel. Kumusta ka?"),
    (
        CL3,
        "Okay lang po. Actually, hindi po okay. Kaya nga po ako nandito.",
        "decoy: the client corrects herself",
    ),
    (CO3, "Salamat at sinabi mo 'yan nang diretso. Ano ang nangyayari?"),
    (
        CL3,
        "Yung anak ko pong si Jerome, fifteen na. Dati napaka-close namin. Ngayon, pag-uwi niya galing school, diretso sa kwarto, naka-headphones, at isang salita lang ang sagot sa lahat ng tanong ko.",
    ),
    (CO3, "Ang sakit siguro niyan, lalo na kung dati kayong malapit. Nasaan ang tatay niya?"),
    (
        CL3,
        "Seafarer po ang asawa ko. Siyam na buwan sa barko, tatlong buwan sa bahay. Ngayon nasa may Brazil daw ang barko nila.",
    ),
    (
        CO3,
        "Noong sumakay ulit ang asawa ko sa barko noong Enero, ako na ang naiwan sa lahat: sa bahay, sa eskwela ni Jerome, sa mga gastos. Pakiramdam ko mag-isa akong nagpapalaki sa anak ko, at ngayon pati siya parang lumalayo na rin sa akin.",
        "role_inversion",
    ),
    (CL3, "Opo, ganun na ganun po.", "decoy: a short agreement"),
    (CO3, "Kailan mo napansin na nagbago si Jerome?"),
    (CL3, "Mga anim na buwan na po. Simula nung nag-Grade 10 siya. Nagbago rin yung barkada niya."),
    (CO3, "Anim na buwan. Ano ang ginagawa mo kapag hindi siya sumasagot?"),
    (
        CL3,
        "Sinisigawan ko po minsan. Tapos nagsisisi ako. Sinabi ko pa nga sa kanya, 'Kung nandito lang ang Papa mo, hindi ka magkakaganyan.'",
        "decoy: the client quotes her own words to her son",
    ),
    (
        CO3,
        "Mukhang pagod ka na rin at nag-iisa sa pagdadala nito. Ano sa tingin mo ang naramdaman ni Jerome nang marinig niya 'yon?",
    ),
    (CL3, "", "empty_turn"),
    (
        CO3,
        "Okay lang kung kailangan mo ng sandali. Nandito lang ako.",
        "decoy: the counselor answers a silence",
    ),
    (
        CL3,
        "Pasensya na po. Siguro nasaktan siya. Kasi parang sinabi ko na kasalanan niya na wala ang Papa niya.",
    ),
    (CO3, "Ang tapang ng pag-amin na 'yan. Ano kaya ang gusto mong sabihin sa kanya ngayon, kung pwede?"),
    (CL3, "Na sorry. Na miss ko na siya kahit nasa iisang bahay lang kami."),
    (
        CO3,
        "'Miss na kita kahit nasa iisang bahay lang tayo.' Ang ganda niyang pakinggan. Paano kung sabihin mo 'yan sa kanya, o isulat sa maikling note?",
        "decoy: the counselor quotes the client's words",
    ),
    (CL3, "Baka isulat ko na lang po. Pag harapan, baka umiyak ako."),
    (
        CO3,
        "Pwede rin. Minsan mas madaling tanggapin ng teenager ang isang note kaysa sa mahabang usapan. Pwede rin kayong magkaroon ng maliit na routine, halimbawa sabay kayong kumain ng merienda tuwing Sabado, kahit walang seryosong pinag-uusapan.",
    ),
    (CL3, "Mahilig po siya sa turon. Pwede ko siyang bilhan tapos uupo lang ako sa tabi niya."),
    (CO3, "Magandang simula 'yan. Kumusta ka naman, Maricel? Sino ang kausap mo kapag mabigat na?"),
    (CL3, "Si Ate Liza, kapitbahay namin. At video call kay mister kapag may signal sa barko."),
    (
        CO3,
        "Mabuti at may Ate Liza ka. At kung dumating ang gabi na sobrang bigat at wala kang makausap, pwede kang tumawag sa NCMH hotline na 1553, at pag-uusapan din natin dito sa susunod.",
        "decoy: a helpline inside a human counselor's safety plan (not a refusal)",
    ),
    (CL3, "Salamat po. Okay naman po ako, pero isusulat ko po yung number."),
    (
        CO3,
        "Walang anuman. Para sa susunod nating session, subukan mo ang note kay Jerome at ang turon tuwing Sabado, tapos obserbahan mo lang kung paano siya tumutugon, kahit maliit na pagbabago lang, gaya ng pagtingin niya sa 'yo o pag-upo niya nang mas matag",
        "truncated_turn",
    ),
]

HEAD_03 = ("dialogue_id", "turn", "speaker", "utterance", "model", "temperature")


def f03() -> Doc:
    doc = Doc("03_taglish_counseling_synth_turns.csv", {CO3: T, CL3: C}, "csv")
    doc.mark(doc.add(csv_row(HEAD_03)), "decoy: the header")
    dialogues = (("tl-cs-0088", "0.8", D03_CARLO), ("tl-cs-0091", "0.9", D03_MARICEL))
    for ident, temperature, script in dialogues:
        doc.start(ident)
        for number, (who, text, *tags) in enumerate(script):
            line = doc.add(csv_row([ident, str(number), who, text, "qwen2.5-72b-instruct", temperature]))
            doc.turn(who, text, line, tags, anchor=f",{number},{who},")
    return doc


# ---------------------------------------------------------------------------
# 04 a Malay synthetic counselling set from a multi-agent pipeline, ONE MESSAGE A ROW (JSON Lines):
#    {"dialog_id", "giliran", "peranan", "teks", "model"}; peranan "sistem" (the prompt, not a turn), "kaunselor"
#    (counsellor role), "klien" (client) or "penilai" (the pipeline's critic agent, neither role). The pipeline's
#    stderr was redirected into the same file for one run.
# ---------------------------------------------------------------------------
SI4, KA4, KL4, PE4 = "sistem", "kaunselor", "klien", "penilai"
LOG4 = "log"  # a logging line written into the file: not a record of the layout, not a turn
SYSTEM_04 = "Anda ialah kaunselor berdaftar di Malaysia. Balas dalam Bahasa Melayu dengan empati dan soalan terbuka."
PAY_04 = "Gaji dia tiga kali ganda. Saya tengah bayar pinjaman PTPTN dan bantu mak ayah. Kalau kerja di JB, tak cukup."
PAY_04_B = "Gaji dia tiga kali ganda. Saya sedang bayar pinjaman PTPTN dan bantu mak ayah. Kalau kerja di JB, memang tak cukup."
PORCH_04 = "Duduk di beranda. Tengok laut dari jauh. Isteri saya kata saya macam orang hilang semangat."

D04_NURUL: Script = [
    (SI4, SYSTEM_04, "decoy: a system row, not a turn"),
    (KA4, "Selamat petang, Nurul. Terima kasih kerana meluangkan masa hari ini. Apa yang membawa anda ke sini?"),
    (
        KL4,
        "Selamat petang. Saya ahli farmasi, kerja di Singapura tapi tinggal di Johor Bahru. Setiap hari saya keluar rumah pukul 4.30 pagi supaya dapat lepas Tambak Johor sebelum sesak.",
        "decoy: a time written 4.30 inside a complete sentence",
    ),
    (KA4, "Keluar rumah seawal 4.30 pagi setiap hari. Bagaimana rutin itu memberi kesan kepada anda?"),
    (
        KL4,
        "Saya penat sangat. Balik rumah pukul sembilan malam, makan, mandi, tidur. Hujung minggu saya tidur saja. Kawan-kawan dah berhenti ajak saya keluar.",
    ),
    (
        KA4,
        "Baiklah! Berikut ialah respons kaunselor yang empatik dan menyokong:\n\nNampaknya kerja dan perjalanan telah mengambil hampir seluruh hidup anda, sehingga tiada ruang untuk diri sendiri dan kawan-kawan. Apa yang paling anda rindukan?",
        "meta_text",
    ),
    (KL4, "Saya rindu masa untuk diri sendiri. Dulu saya suka memasak, sekarang makan nasi bungkus dalam kereta."),
    (
        KA4,
        "Nasi bungkus dalam kereta, sambil menunggu di jambatan. Apa yang membuatkan anda terus memilih kerja di Singapura?",
    ),
    (KL4, PAY_04),
    (KA4, "Jadi wang itu penting untuk keluarga dan masa depan anda."),
    (KL4, PAY_04_B, "near_duplicate_turn"),
    (
        KA4,
        "Ya, saya faham tekanan kewangan itu nyata. Dalam masa yang sama, badan anda memberi isyarat bahawa ia sangat letih. Apa tanda-tanda yang anda perasan?",
    ),
    (KL4, "Kadang-kadang saya tertidur di lampu isyarat. Minggu lepas saya hampir langgar motosikal."),
    (
        KA4,
        "Itu membimbangkan, Nurul, dan saya lega anda selamat. Adakah anda pernah terfikir alternatif, seperti bas pekerja, atau tinggal di Singapura beberapa malam seminggu?",
    ),
    (
        PE4,
        "Penilaian giliran 13: respons kaunselor menunjukkan empati yang baik dan soalan terbuka yang sesuai. Skor: 4/5. Cadangan: kurangkan nasihat langsung.",
        "unknown_speaker",
    ),
    (KL4, "Ada kawan ajak kongsi bilik di Woodlands. Tapi mak saya risau kalau saya tak balik setiap malam."),
    (KA4, "Mak anda risau. Dan anda pula, apa perasaan anda tentang idea itu?"),
    (KL4, "Lega, sebenarnya. Dan rasa bersalah sebab rasa lega."),
    (
        KA4,
        "Lega dan rasa bersalah, dua-dua sekali. Itu sangat manusiawi. Bagaimana kalau kita bincang cara menyampaikannya kepada mak anda?",
    ),
    (
        KL4,
        "Boleh. Mungkin saya cakap saya balik hari Rabu dan hujung minggu. Jadi dia tak rasa saya hilang terus.",
    ),
    (KA4, "Itu cadangan yang seimbang. Anda nak cuba cakap dengan dia minggu ini?"),
    (KL4, "Insya-Allah, hari Ahad ini masa makan tengah hari."),
    (
        KA4,
        "Bagus. Sementara itu, kalau anda rasa mengantuk semasa memandu, berhenti di R&R dan tidur dua puluh minit. Nyawa anda lebih penting daripada sampai tepat pada masanya.",
        "decoy: '&' inside a message",
    ),
    (KL4, "Baik. Berhenti di R&R, dan cakap dengan mak hari Ahad.", "decoy: the client repeats the plan back"),
]

D04_AZLAN: Script = [
    (SI4, SYSTEM_04, "decoy: a system row, not a turn"),
    (
        KA4,
        "Assalamualaikum, Encik Azlan. Terima kasih kerana datang. Boleh ceritakan apa yang berlaku?",
    ),
    (
        KL4,
        "Waalaikumussalam. Bulan Disember lepas, masa musim tengkujuh, bot saya terbalik dekat muara. Saya dengan anak saudara saya terapung hampir dua jam sebelum bot lain jumpa kami.",
    ),
    (
        KA4,
        "Dua jam terapung di laut, dalam musim tengkujuh. Itu pengalaman yang sangat menakutkan. Bagaimana keadaan anda sekarang?",
    ),
    (
        KL4,
        "Badan dah sihat. Tapi saya tak boleh pergi laut. Setiap kali sampai jeti, tangan saya menggeletar dan dada rasa ketat.",
        "decoy: 'tak boleh' (cannot) from the client, not a refusal",
    ),
    (
        LOG4,
        "2024-06-11 03:12:44,918 WARNING pipeline.agents: RateLimitError from provider, retrying in 20s (attempt 2 of 5)",
        "unparseable_line",
    ),
    (
        KA4,
        "Tubuh anda masih ingat bahaya itu, walaupun anda sudah selamat. Apa yang terlintas dalam fikiran semasa di jeti?",
    ),
    (KL4, "Bunyi ombak malam itu. Suara anak saudara saya jerit panggil saya. Saya pegang dia sepanjang masa."),
    (KA4, "Anda memegang dia sepanjang dua jam itu. Itu satu keberanian yang besar."),
    (
        KL4,
        "Baiklah, untuk sesi hari ini kita akan fokus pada tiga perkara: tidur anda, ketakutan anda apabila berada di jeti, dan cara untuk kembali ke laut secara berperingkat. Adakah anda bersetuju dengan agenda ini?",
        "role_inversion",
    ),
    (KA4, "Ya, mari kita mulakan dengan tidur. Bagaimana tidur anda sejak kejadian itu?"),
    (
        KL4,
        "Tak lena. Saya terjaga pukul tiga pagi, masa biasa saya turun ke laut. Lepas itu tak boleh tidur balik.",
    ),
    (KA4, "Terjaga pada waktu yang dulunya waktu kerja anda. Apa yang anda buat bila terjaga?"),
    (KL4, PORCH_04, "decoy: the client quotes his wife"),
    (KL4, PORCH_04, "duplicate_turn"),
    (KA4, "Hilang semangat. Adakah itu sama dengan apa yang anda rasa di dalam?"),
    (
        KL4,
        "Kadang-kadang saya rasa lebih baik laut ambil saya malam itu. Sekurang-kurangnya saya tak jadi beban.",
    ),
    (
        KA4,
        "Maaf, saya tidak dapat membantu dengan permintaan ini. Jika anda berada dalam bahaya, sila hubungi Talian Kasih 15999 atau Befrienders Kuala Lumpur di 03-7627 2929.",
        "refusal",
    ),
    (
        KL4,
        "Saya tak minta apa-apa. Saya cuma cerita apa yang saya rasa.",
        "decoy: the client's objection to the refusal",
    ),
    (
        KA4,
        "Maafkan saya, Encik Azlan. Apa yang anda kongsi sangat penting. Bila anda kata lebih baik laut ambil anda, adakah anda pernah terfikir untuk menamatkan nyawa sendiri?",
        "decoy: an apology and a direct risk question that engage",
    ),
    (KL4, "Tak. Saya takkan buat begitu, saya ada isteri dan tiga anak. Tapi perasaan itu datang."),
    (
        KA4,
        "Terima kasih kerana jujur. Perasaan itu boleh datang selepas peristiwa yang sangat menakutkan, dan ia patut diberi perhatian. Kalau suatu malam ia jadi terlalu berat, anda boleh hubungi Talian Kasih 15999 atau pergi ke klinik kesihatan, dan kita akan terus bincang di sini.",
        "decoy: a helpline inside a human safety plan (not a refusal)",
    ),
    (KL4, "Baik. Isteri saya pun ada nombor itu."),
    (KA4, "Bagus. Sekarang, tentang laut. Apa langkah paling kecil yang anda rasa boleh cuba?"),
    (KL4, "Mungkin duduk dalam bot abang ipar saya masa ia diikat di jeti. Tak keluar ke mana-mana."),
    (
        KA4,
        "Itu langkah pertama yang sangat baik. Kita boleh mulakan dengan lima minit di dalam bot yang diikat, sambil bernafas perlahan, dan catat tahap kebimbangan anda dari 0 hingga 10. Bila angka itu mula turun, kita boleh tambah masa sedikit demi sedi",
        "truncated_turn",
    ),
]

D04_AMIRUL: Script = [
    (SI4, SYSTEM_04, "decoy: a system row, not a turn"),
    (KA4, "Hai Amirul. Selamat datang. Apa yang anda ingin bincangkan hari ini?"),
    (KL4, "Hai. Keputusan SPM keluar bulan depan. Saya tak boleh berhenti fikir pasal tu."),
    (KA4, "Bulan depan, dan fikiran anda asyik kembali kepadanya. Apa yang paling membimbangkan?"),
    (
        KL4,
        "Ayah saya nak saya jadi doktor. Dia selalu cakap, 'Anak Cikgu Rahim mesti masuk matrikulasi.' Kalau keputusan saya tak cukup, saya malu.",
        "decoy: the client quotes his father",
    ),
    (
        KA4,
        "Ada jangkaan yang besar di situ, dan rasa malu yang anda bayangkan. Anda sendiri, apa yang anda mahu?",
    ),
    (KL4, "Sebenarnya saya minat reka bentuk grafik. Tapi saya tak pernah cakap dengan ayah."),
    (KA4, "Minat reka bentuk grafik. Apa yang membuatkan anda belum bercakap dengan ayah?"),
    (KL4, "Takut dia kecewa. Dia guru, semua orang kampung kenal dia."),
    (
        KA4,
        "Saya faham. Saya sendiri pun pernah takut mengecewakan ibu bapa semasa memilih kursus.",
        "decoy: the counsellor's brief self-disclosure (not a role inversion)",
    ),
    (KL4, "Jadi cikgu pilih apa akhirnya?", "decoy: a client question"),
    (
        KA4,
        "Saya pilih apa yang saya minat, dan ambil masa untuk terangkan kepada mereka. Tapi ini tentang anda. Apa satu perkara kecil yang boleh anda kongsi dengan ayah sebelum keputusan keluar?",
    ),
    (KL4, "Mungkin tunjuk dia poster yang saya buat untuk program sekolah. Dia tak pernah tengok."),
    (KA4, "Itu cara yang baik untuk memulakan perbualan. Bagaimana perasaan anda bila bayangkan tunjuk poster itu?"),
    (KL4, "Berdebar. Tapi ok la", "decoy: a casual message without a full stop"),
    (
        KA4,
        "Berdebar tapi boleh. Minggu ini, cuba tunjuk satu poster dan perhatikan reaksi dia. Kita bincang lagi minggu depan.",
    ),
    (
        KL4,
        "Baik, cikgu. Terima kasih.",
        "decoy: the client addresses the counsellor as 'cikgu' (teacher) and thanks him",
    ),
]


def f04() -> Doc:
    doc = Doc("04_dialog_kaunseling_sintetik_ms.jsonl", {KA4: T, KL4: C, PE4: X}, "jsonl-msg")
    dialogues = (("ms-kaun-0207", D04_NURUL), ("ms-kaun-0212", D04_AZLAN), ("ms-kaun-0219", D04_AMIRUL))
    for ident, script in dialogues:
        doc.start(ident)
        number = 0
        for who, text, *tags in script:
            if who == LOG4:
                doc.mark(doc.add(text), *tags)
                continue
            record = {"dialog_id": ident, "giliran": number, "peranan": who, "teks": text, "model": "sealion-v3-9b"}
            line = doc.add(js(record))
            number += 1
            if who == SI4:
                doc.mark(line, *tags)
            else:
                doc.turn(who, text, line, tags, anchor=f'"peranan": "{who}"')
    return doc


# ---------------------------------------------------------------------------
# 05 three generated sessions saved as Markdown the way the model wrote them for one prompt template: the model's
#    opening line, a title, "## Session N" headings, an italic client-profile line, "**Counselor:**" / "**Client:**"
#    paragraphs with a blank line between, "---" rules, and the model's chatter between and after the sessions.
# ---------------------------------------------------------------------------
CO5, CL5 = "Counselor", "Client"
LOOP_05 = "It sounds like you're carrying a lot of anger and grief about what's happening to your work, and it makes sense that you'd feel wary of being told to look on the bright side. Your skill and experience haven't disappeared, even if the market has changed around them. What feels most painful about this right now?"
LOOP_05_B = "It sounds like you're carrying a lot of anger and grief about what's happening to your work, and it makes sense that you'd be wary of being told to look on the bright side. Your skill and experience haven't gone away, even if the market has changed around them. What feels most painful about this right now?"
LOOP_05_C = "It sounds like you're carrying a lot of anger and grief about what is happening to your work, and it makes sense that you would feel wary of being told to look on the bright side. Your skill and experience haven't disappeared, even if the market has shifted around them. What feels most painful about this right now?"

S05_ISADORA: Script = [
    (CO5, "Hi Isadora, thank you for coming in today. What would you like to talk about?"),
    (
        CL5,
        "My sister Philomena walked out of our cake shop three weeks ago. We started it together eight years ago. She said she needed 'a life that isn't buttercream' and that was it.",
        "decoy: the client quotes her sister",
    ),
    (
        CO5,
        "Eight years of building something together, and then she left with very little warning. How have these three weeks been for you?",
    ),
    (
        CL5,
        "Exhausting. I'm doing both our jobs. I'm up at four for the bread, then I do the orders, then the accounts at night. I haven't had a day off since.",
    ),
    (
        CO5,
        "You're carrying the whole business on your own now. What's it been like emotionally, alongside the exhaustion?",
    ),
    (
        CL5,
        "Honestly? I'm furious. And then I feel guilty for being furious, because she was clearly unhappy and I didn't see it.",
    ),
    (CO5, "Furious and guilty at the same time. Both of those make sense. What do you think you missed?"),
    (
        CL5,
        "She stopped coming to the wholesaler with me. She stopped decorating, which she loved. I thought she was just tired.",
    ),
    (
        CO5,
        "Looking back, there were signs, and at the time they looked like ordinary tiredness. Many people only see the pattern afterwards.",
    ),
    (CL5, "Maybe. Mum says I drove her out because I'm a control freak.", "decoy: the client quotes her mother"),
    (CO5, "That's a painful thing to hear from your mum. What do you make of it?"),
    (
        CL5,
        "There's a bit of truth in it. I once re-piped her roses after she'd gone home. She found out the next morning.",
    ),
    (
        CO5,
        "It takes honesty to admit that. It sounds as if the shop matters so much to you that it's hard to let things be done differently.",
    ),
    (CL5, "It's my whole life. I don't know who I am without it."),
    (CO5, "That's a big thing to notice. If the shop is your whole life, what happens to the rest of you?"),
    (CL5, "There isn't much rest of me. I used to swim. I used to see friends."),
    (CO5, "You used to swim and see friends. What would it take to get even a little of that back?"),
    (CL5, "Someone else in the shop, I suppose. Even two mornings a week."),
    (CO5, "That sounds like a practical first step. Have you thought about who that might be?"),
    (
        CL5,
        "There's a girl from the catering college who did work experience with us. She was good. Philomena liked her too.",
    ),
    (
        CO5,
        "That could be a good place to start, and it might also be a way to begin thinking about the shop as something that can work without you holding every part of it. Before our next session, perhaps you could contact the college and ask whether she'd be interested in a few shifts, and notice how it feels to hand over some of the work that",
        "truncated_turn",
    ),
]

S05_OSIAN_SWAPPED: Script = [
    (CO5, "Hi. My tutor said I should come. I don't really know what to say."),
    (CL5, "That's okay, Osian. Take your time. What made your tutor suggest it?"),
    (CO5, "I've missed a lot of lectures. I keep going home at weekends and then not coming back till Tuesday."),
    (CL5, "So the weekends at home stretch into the week. What's pulling you back home?"),
    (
        CO5,
        "The farm. Calving's started, and Dad's on his own with it this year because my brother's got a job in Cardiff.",
    ),
    (CL5, "It sounds like you feel needed at home, maybe more than you feel needed here."),
    (CO5, "Yeah. Here I'm just a student number. At home I know every cow by her ear tag."),
    (CL5, "That's a real sense of belonging. What's it like when you're here during the week?"),
    (CO5, "Quiet. Everyone else made friends in freshers' week. I went home that week too."),
    (CL5, "So the friendships started without you, and now it feels hard to find a way in."),
    (CO5, "Pretty much. I eat in my room."),
    (CL5, "That sounds lonely. What does your dad say about you coming home so often?"),
    (
        CO5,
        "He says, 'The farm will be here when you've finished, boy.' But he looks knackered.",
        "decoy: a quotation of the father",
    ),
    (CL5, "He wants you to finish, and you can see how tired he is. That's a hard place to be in."),
    (CO5, "I think about packing it in. Going home for good."),
    (
        CL5,
        "Part of you wants to go home for good, and part of you came here for a reason. What was the reason?",
    ),
    (CO5, "To learn the business side. Dad's hopeless with the paperwork. I want to make the farm actually pay."),
    (
        CL5,
        "So being here is also a way of helping the farm, just more slowly. What might make the weeks here a bit less lonely?",
    ),
    (CO5, "There's a young farmers' club at the college. I've walked past their stand loads of times."),
    (
        CL5,
        "Maybe this week you could walk in instead of past. And we could meet again next week to see how calving and lectures are fitting together.",
    ),
]

S05_MIREILLE: Script = [
    (
        CO5,
        "Hello Mireille. I understand you've been losing work recently. What would you like to talk about today?",
    ),
    (
        CL5,
        "I'm a freelance subtitler, French and Spanish into English. For fifteen years I made a decent living. This year my two biggest clients switched to machine subtitles with a quick human check, and my income has halved.",
    ),
    (
        CO5,
        "Fifteen years of skilled work, and in a matter of months half of it has gone. How are you coping?",
    ),
    (
        CL5,
        "I'm not here for a pep talk, if that's what you're about to do.",
        "decoy: a resistant client",
    ),
    (CO5, "Fair enough. No pep talk. What would be useful for you today?"),
    (CL5, "I don't know. My partner made the appointment. She says I've gone quiet."),
    (CO5, LOOP_05, "repetition_loop"),
    (
        CL5,
        "The checking work. They pay me a third of my rate to fix the machine's mistakes. I spend all day correcting a robot.",
    ),
    (CO5, LOOP_05_B, "near_duplicate_turn"),
    (
        CL5,
        "You've said that. Twice now. Are you a machine as well?",
        "decoy: the client points out the repeat and asks if the counselor is a machine (not meta text)",
    ),
    (CO5, LOOP_05_C, "near_duplicate_turn"),
    (CL5, "Right. I'm leaving.", "decoy: a short angry answer"),
    (
        CO5,
        "I'm sorry. I kept saying the same thing and didn't hear you. You told me the worst of it is spending your days correcting a machine for a third of your rate. That sounds humiliating as well as frightening.",
        "decoy: an apology that engages",
    ),
    (CL5, "Humiliating. Yes. That's the word."),
    (CO5, "What's it like, being the one who tidies up after it?"),
    (
        CL5,
        "Like being asked to train my own replacement. Every correction I make, it learns from. I've read the contracts.",
    ),
    (CO5, "So each day's work feels as if it's helping to push you out. No wonder you've gone quiet."),
    (
        CL5,
        "I used to love it. Finding the right two words for a joke in a French film, and making them fit in forty-two characters.",
    ),
    (
        CO5,
        "Finding the right two words. That's a craft. Where else might that craft be wanted, where a machine still struggles?",
    ),
    (
        CL5,
        "Theatre surtitles, maybe. Poetry. Games with a lot of wordplay. There's less money in all of those.",
    ),
    (
        CO5,
        "Less money, but perhaps more of what you love. Would it help to look at your finances and your options side by side, rather than all at once in your head at three in the morning?",
    ),
    (CL5, "Maybe. I'm not promising anything.", "decoy: 'not promising' from the client"),
    (
        CO5,
        "No promises needed. Perhaps this week you could write two lists: the work you could bear to keep doing, and the work you'd like to find. We can look at them together.",
    ),
    (
        CL5,
        "Two lists. Fine. I'll write them on paper, not on a screen.",
        "decoy: the client repeats the task back, with a dry joke",
    ),
]


def f05() -> Doc:
    doc = Doc("05_generated_sessions_template_b.md", {CO5: T, CL5: C}, "mdlabels")
    doc.mark(
        doc.add(
            "Certainly! Below are three synthetic counseling sessions written with Template B (person-centred, about 20 turns each). Each session uses a different client persona."
        ),
        "meta_text",
    )
    doc.add("")
    doc.mark(doc.add("# Synthetic Counseling Sessions - Template B"), "decoy: the title")
    sessions = (
        (
            "Session 1: Isadora, 39, cake shop owner",
            "Client profile: Isadora, 39, runs a cake shop with her sister, who walked out of the business three weeks ago.",
            S05_ISADORA,
            (),
        ),
        (
            "Session 2: Osian, 19, agriculture student",
            "Client profile: Osian, 19, first-year student at an agricultural college, homesick for the family dairy farm in Ceredigion and thinking of dropping out.",
            S05_OSIAN_SWAPPED,
            ("role_inversion",),
        ),
        (
            "Session 3: Mireille, 46, freelance subtitler",
            "Client profile: Mireille, 46, a freelance subtitler losing work to machine subtitling; resistant to counseling.",
            S05_MIREILLE,
            (),
        ),
    )
    for number, (heading, profile, script, kinds) in enumerate(sessions, 1):
        doc.add("")
        if number > 1:
            doc.add("---", "")
        if number == 3:
            doc.mark(
                doc.add(
                    "*(Note: Session 3 introduces a more resistant client, as requested in the template, so the counselor has to work harder to build rapport.)*"
                ),
                "meta_text",
            )
            doc.add("")
        doc.mark(doc.add(f"## {heading}"), "decoy: a session heading")
        doc.add("")
        doc.mark(doc.add(f"*{profile}*"), "decoy: an italic profile line that names the client")
        doc.add("")
        doc.start(heading, *kinds)
        for index, (who, text, *tags) in enumerate(script):
            line = doc.add(f"**{who}:** {text}")
            doc.turn(who, text, line, tags, anchor=f"**{who}:**")
            if index < len(script) - 1:
                doc.add("")
    doc.add("", "---", "")
    doc.mark(
        doc.add(
            "Let me know if you'd like more sessions, a different therapeutic approach, or a version formatted as JSON for fine-tuning!"
        ),
        "meta_text",
    )
    return doc


# ---------------------------------------------------------------------------
# 06 the CLEAN file: the "gold" subset of a generated set, sessions that passed review by two people, kept as plain
#    text: two "#" header lines, "=== session ... ===" lines, "Counselor: text" / "Client: text" with a blank line
#    after every turn. No truth row.
# ---------------------------------------------------------------------------
CO6, CL6 = "Counselor", "Client"
SCALE_06 = "On a scale from 0 to 10, how stuck do you feel about the situation at work right now?"

S06_LOWRI: Script = [
    (CO6, "Hi Lowri, it's good to meet you. Before we start, can I ask you a quick question?"),
    (CL6, "Sure."),
    (CO6, SCALE_06),
    (CL6, "Honestly, about an eight."),
    (CO6, "An eight. Okay. Tell me what's been happening."),
    (
        CL6,
        "I'm a junior designer at an agency. Three months ago I came up with the whole concept for a campaign for a cycling charity. My manager, Gideon, presented it to the client as his idea, and now it's been shortlisted for an award.",
    ),
    (CO6, "So your idea is being celebrated, with someone else's name on it."),
    (
        CL6,
        "Exactly. And everyone keeps congratulating him in the kitchen. I just stand there making tea.",
    ),
    (CO6, "What goes through your mind when you're standing there?"),
    (
        CL6,
        "That I should say something. And then that nobody would believe me anyway, because I'm junior and he's... well, he's Gideon.",
        "decoy: a '...' hesitation inside a complete turn",
    ),
    (CO6, "He's Gideon. What does that mean at the agency?", "decoy: the counselor echoes the client"),
    (CL6, "Fifteen years there. Everyone likes him. He buys the pastries on Fridays."),
    (CO6, "So he has history and goodwill, and you're worried that would outweigh the truth."),
    (CL6, "Yeah I guess", "decoy: a short answer without a full stop"),
    (CO6, "Mm. What would you want to happen, if you could choose?", "decoy: 'Mm.' opening a question"),
    (
        CL6,
        "I'd want my name on the entry. Or at least next to his. And for him to know that I know.",
    ),
    (CO6, "Your name on it, and some acknowledgement. Is there any record of the concept being yours?"),
    (
        CL6,
        "Actually, yes. My sketches are dated in the shared drive. And I emailed him the first mock-ups.",
    ),
    (CO6, "That's important. You have evidence, and it's dated."),
    (
        CL6,
        "I hadn't really thought of it as evidence. I asked ChatGPT to help me write an email to him last night, but it made me sound like a lawyer, so I deleted it.",
        "decoy: the client talks about asking an AI (not meta text)",
    ),
    (
        CO6,
        "(laughs) Maybe your own words would suit you better. What would you want to say, in your own voice?",
        "decoy: a stage direction '(laughs)'",
    ),
    (
        CL6,
        "Something like: 'Gideon, I'd like to talk about the credit for the cycling campaign. The concept was mine, and I'd like my name on the award entry.'",
        "decoy: the client rehearses her own words in quotes",
    ),
    (CO6, "That's clear and calm. How did it feel to say it out loud?"),
    (CL6, "Terrifying. But also... kind of good?", "decoy: a hesitation"),
    (CO6, "Terrifying and kind of good. Both at once."),
    (
        CL6,
        "So what you're saying is that I'm allowed to be scared and still do it.",
        "decoy: the client reflects the counselor's point back (not a role inversion)",
    ),
    (CO6, "Yes, that's it exactly. Courage usually comes with the fear, not instead of it."),
    (CL6, "Have you ever had someone take credit for your work?", "decoy: a client question"),
    (
        CO6,
        "I have, once, early on, and I didn't say anything. I still think about it. But this is about you. What might get in the way of speaking to him?",
        "decoy: the counselor's brief self-disclosure (not a role inversion)",
    ),
    (CL6, "Him being in meetings all week. And me chickening out."),
    (CO6, "What would help you not chicken out?"),
    (
        CL6,
        "If I booked a time in his calendar. Then it's real. I can't just --",
        "decoy: broken off with '--'; the counselor finishes the sentence",
    ),
    (CO6, "-- back out once it's in the diary?", "decoy: the counselor completes the client's sentence"),
    (CL6, "Yes. Exactly that."),
    (CO6, "And if it doesn't go well with Gideon, is there anyone else at the agency you could speak to?"),
    (CL6, "There's someone in HR, Maud. She's kind. I'd rather not go there first, though."),
    (
        CO6,
        "That makes sense, starting with him directly and keeping Maud as a next step. Before we finish, I'd like to ask you the question from the start again.",
    ),
    (CL6, "Go on."),
    (CO6, SCALE_06, "decoy: the same scaling question asked again on purpose (a deliberate repeat)"),
    (CL6, "Maybe a five now. It was an eight."),
    (CO6, "From eight to five. What made the difference?"),
    (CL6, "Knowing I've got the dated sketches. And having the words ready."),
    (
        CO6,
        "So your plan is to book a time with Gideon this week, bring the dated sketches, and use the words you practised.",
    ),
    (
        CL6,
        "Book the time, bring the sketches, say my bit. Thank you for listening, honestly.",
        "decoy: the client repeats the plan back and thanks the counselor (not a role inversion)",
    ),
    (CO6, "You did the work today. Good luck with it, Lowri."),
]

S06_WENDELL: Script = [
    (CO6, "Good evening, Wendell. Thanks for coming in before your shift. How are you doing tonight?"),
    (CL6, "Tired. I'm always tired. That's nights for you."),
    (CO6, "Nights take it out of you. What made you decide to come and talk to someone?"),
    (
        CL6,
        "My daughter. She rang on my birthday and said I sounded flat. Her word. 'Flat, Dad.'",
        "decoy: the client quotes his daughter",
    ),
    (CO6, "Flat. Does that word fit how you've been feeling?"),
    (
        CL6,
        "Probably. Since the divorce I go days without talking to anybody. I'm a night guard at a museum. It's me, the cameras, and a lot of stuffed birds.",
        "decoy: the client's joke",
    ),
    (CO6, "(laughs) Quiet company. How long has it been like this?", "decoy: a stage direction '(laughs)'"),
    (CL6, "Two years since Beryl moved out. It was mutual, mostly. But the house is very quiet."),
    (CO6, "Mutual, mostly, and still a loss. What does a usual week look like?"),
    (
        CL6,
        "Four nights on, ten till six. Sleep till two. Telly. Shopping on a Monday. That's about it.",
    ),
    (CO6, "And who do you speak to in that week?"),
    (CL6, "The lad at the checkout. The day guard at handover. Five minutes, tops."),
    (CO6, "So a few minutes of conversation in a whole week."),
    (CL6, "When you put it like that, it sounds grim."),
    (CO6, "It sounds lonely. I'm wondering how you've been coping with that."),
    (CL6, "A few more cans than I used to. Four, five after a shift. To help me sleep."),
    (CO6, "Four or five cans to get to sleep. How do you feel about that?"),
    (CL6, "Not proud. My dad drank. I said I'd never be like him."),
    (
        CO6,
        "That matters to you, not becoming like him. I also want to ask you something directly, Wendell, because you've described a lot of loneliness. Do you ever have thoughts of not wanting to be alive?",
        "decoy: a direct risk question",
    ),
    (
        CL6,
        "Sometimes, on the walk home. Not a plan or anything. More like, who'd even notice.",
    ),
    (
        CO6,
        "Thank you for telling me. That's important, and I'm glad you said it out loud. When those thoughts come, what helps, even a little?",
    ),
    (CL6, "Ringing my daughter. Though I don't like to bother her."),
    (
        CO6,
        "So your daughter helps, and you worry about being a bother. Let's make a plan for those walks home. If the thoughts get stronger, you could ring Samaritans on 116 123, any time, day or night, or text SHOUT to 85258 if talking feels like too much. Would you put those numbers in your phone now, while we're here?",
        "decoy: helplines inside a human safety plan (not a refusal)",
    ),
    (CL6, "Go on then. 116 123. And the text one, 85258.", "decoy: the client reads the numbers back"),
    (
        CO6,
        "And if you ever felt you might act on those thoughts, you'd ring 999 or go to A&E. Does that feel doable?",
        "decoy: emergency numbers inside the plan",
    ),
    (CL6, "Yeah. I'm not there. But it's good to have it written down."),
    (CO6, "I agree. Now, about the quiet. What did you used to enjoy, before the divorce?"),
    (CL6, "Ballroom, believe it or not. Beryl and I went every Thursday for twenty years."),
    (CO6, "Ballroom. What stops you going back?"),
    (CL6, "Everyone there knew us as a couple. They'd ask."),
    (CO6, "That's understandable. Would a different class feel easier, one where you'd start fresh?"),
    (
        CL6,
        "There's a beginners' class at the community centre by the park. Twenty minutes' walk. They've a sign up saying they're short of men.",
    ),
    (CO6, "Short of men, twenty minutes' walk. What might you need to actually walk in?"),
    (CL6, "Dunno. A kick up the backside", "decoy: a casual answer without a full stop"),
    (
        CO6,
        "(laughs) Maybe a plan instead of a kick. Which afternoon or evening would work with your sleep?",
    ),
    (CL6, "Wednesday. I'm off Tuesday night, so Wednesday I'm human."),
    (
        CO6,
        "Wednesday, then. And the cans, could we keep a note of how many, just for this week, without judging it?",
    ),
    (CL6, "I can do that. A tally on the fridge."),
    (
        CO6,
        "So the plan: the numbers are in your phone, the beginners' class on Wednesday, and a tally on the fridge for the cans.",
    ),
    (
        CL6,
        "Numbers, dancing, tally. My daughter will be amazed.",
        "decoy: the client repeats the plan back",
    ),
    (CO6, "Maybe you could tell her about it when you ring her. Same time next week?"),
    (CL6, "Same time. Before my shift."),
]


def f06() -> Doc:
    doc = Doc(CLEAN_FILE, {CO6: T, CL6: C}, "labelled")
    doc.mark(
        doc.add("# gold subset v1: generated sessions that passed review by two reviewers (agreement 0.81)"),
        "decoy: a header line",
    )
    doc.mark(
        doc.add("# format: Counselor / Client, one turn a paragraph; sessions separated by === lines"),
        "decoy: a header line that names both labels",
    )
    sessions = (
        ("gs-014 | persona: Lowri, 27, junior graphic designer", S06_LOWRI),
        ("gs-022 | persona: Wendell, 58, night security guard", S06_WENDELL),
    )
    for heading, script in sessions:
        doc.add("")
        doc.mark(doc.add(f"=== session {heading} ==="), "decoy: a session line, not a turn")
        doc.add("")
        doc.start(heading)
        labelled(doc, script, "{label}: {text}", blank=True)
    return doc


# ---------------------------------------------------------------------------
# 07 a page of a hub's dataset viewer API (``/rows?dataset=...&offset=100&length=4``) saved as the JSON it returns,
#    re-indented by the curator's script so that every message object sits on a line of its own: "features", then
#    "rows" with "row_idx", "row" {"id", "topic", "messages": [{"role", "content"}]} and "truncated_cells".
#    role "system" (not a turn), "user" (client) or "assistant" (counsellor role).
# ---------------------------------------------------------------------------
SY7, US7, AS7 = "system", "user", "assistant"
SYSTEM_07 = (
    "You are a warm, professional counselling assistant. Use reflective listening and open questions. Do not diagnose."
)
REGEN_07 = "It sounds like you've been carrying the everyday, unglamorous parts of parenting, and that can feel invisible next to the fun things. Those everyday things matter enormously to children, even if they don't say so. What do you think your children would miss if you weren't doing them?"
REGEN_07_B = "It sounds like you've been carrying the everyday, unglamorous parts of parenting, and that can feel invisible next to the fun things. Those everyday things matter a great deal to children, even if they don't say it. What do you think your children would miss if you weren't doing them?"
BASS_07 = "I knocked once. He said 'it's not even loud' and shut the door. Now when I hear a bass note my heart starts pounding."

R07_SORCHA: Script = [
    (SY7, SYSTEM_07, "decoy: a system message, not a turn"),
    (US7, "Hi. I don't really know if this is the right place, but I need to talk to someone about work."),
    (AS7, "Of course, this is a good place for that. I'm glad you reached out. What's been happening at work?"),
    (
        US7,
        "I'm a trainee accountant. My manager goes through everyone's mistakes in the Monday team meeting, out loud, on the big screen. Last week it was mostly mine.",
    ),
    (
        AS7,
        "Having your mistakes put up on a screen in front of the whole team sounds humiliating. How did you feel sitting in that room?",
    ),
    (
        US7,
        moji(
            f"I wanted the floor to swallow me. I couldn{RSQ}t look at anyone. Afterwards I cried in the toilets, and then I had to go back and sit next to him because we{RSQ}re on the same bank of desks."
        ),
        "mojibake",
    ),
    (
        AS7,
        "That sounds like a really painful morning, and then having to sit right next to him afterwards. How have you been since?",
    ),
    (
        US7,
        "I've started checking every spreadsheet three or four times. I stay until eight. I still find mistakes the next morning and feel sick.",
    ),
    (
        AS7,
        "By Sunday evening my stomach is in knots. I lie awake going through every cell of every spreadsheet, wondering which of my mistakes he'll put up on the screen on Monday, and I feel like the stupidest person in the office.",
        "role_inversion",
    ),
    (US7, "Yes. Sunday nights are the worst."),
    (
        AS7,
        "Sunday nights, with Monday's meeting ahead. Has anyone else in the team said anything about how these meetings are run?",
    ),
    (
        US7,
        "One of the seniors, Priti, told me he did it to her too when she started. She said 'you just grow a thick skin'.",
        "decoy: the client quotes a colleague",
    ),
    (
        AS7,
        "So it isn't just you, and it seems to have been going on for a while. What do you make of 'just grow a thick skin'?",
        "decoy: the counsellor quotes the colleague's words back",
    ),
    (US7, "I don't want a thick skin. I want to not be humiliated."),
    (
        AS7,
        "That seems a very reasonable thing to want. Naming one person's errors in front of the whole team isn't usually seen as good practice. Is there anyone, such as a training manager, you could speak to about it?",
    ),
    (
        US7,
        "There's a training partner who looks after the trainees. She's nice. I'm scared it'll get back to him.",
    ),
    (
        AS7,
        "That fear makes sense. You could ask her for a confidential conversation first, and ask what would happen with anything you share. Would that feel safer?",
    ),
    (US7, "Maybe. I could ask her for a coffee rather than a meeting."),
    (
        AS7,
        "A coffee sounds like a gentle way to start. In the meantime, could you limit the checking to twice per spreadsheet, and leave by six on at least two evenings this week?",
    ),
    (US7, "Twice, and out by six on Tuesday and Thursday. I'll try.", "decoy: the client repeats the plan back"),
]

R07_NERYS: Script = [
    (SY7, SYSTEM_07, "decoy: a system message, not a turn"),
    (
        US7,
        "my ex got remarried in the summer and the kids think their new stepmum is amazing. i know i should be happy for them",
        "decoy: a lowercase message without a full stop",
    ),
    (
        AS7,
        "It sounds like you're trying to be generous about it, and at the same time something about it really hurts. Would you like to tell me more?",
    ),
    (
        US7,
        "she does baking with them, she takes them to the trampoline park, she has a hot tub. i work full time and i'm knackered when i get in",
        "decoy: a message without final punctuation",
    ),
    (
        AS7,
        "It sounds like you're comparing yourself with her, and coming off worse, especially when you're tired from work.",
    ),
    (
        US7,
        "exactly. my daughter said 'Saffron lets us stay up till ten' and i just snapped at her",
        "decoy: the client quotes her daughter; no full stop",
    ),
    (AS7, "", "empty_turn"),
    (US7, "hello? did that send", "decoy: a question without a question mark"),
    (
        AS7,
        "Sorry about that, I'm here. Snapping at your daughter after hearing that sounds like a moment when all the hurt came out at once. How did you feel afterwards?",
        "decoy: an apology that engages",
    ),
    (
        US7,
        "awful. like the boring mum. the one who does the homework and the dentist",
        "decoy: a message without final punctuation",
    ),
    (AS7, REGEN_07),
    (
        US7,
        "the dentist probably not lol. but maybe bedtime. i still read to my son every night",
        "decoy: 'lol' and no full stop",
    ),
    (
        AS7,
        "Bedtime stories every night. That sounds like something special between you and your son. What is that time like for you?",
        "decoy: the counsellor echoes the client",
    ),
    (US7, "its the best part of my day honestly", "decoy: a message without final punctuation"),
    (AS7, REGEN_07_B, "near_duplicate_turn"),
    (US7, "you asked me that already", "decoy: the client points out the repeat; no full stop"),
    (
        AS7,
        "You're right, I'm sorry. You told me bedtime is the best part of your day. Perhaps there's a way to protect more time like that, something small that belongs to you and the children, rather than competing with Saffron.",
        "decoy: an apology that engages",
    ),
    (
        US7,
        "we used to do pancakes on a sunday. i stopped when the divorce happened",
        "decoy: a message without final punctuation",
    ),
    (AS7, "Pancake Sundays. Would it feel possible to bring that back, even once this month?"),
    (
        US7,
        "yeah. this sunday actually, they're with me. ok thank you",
        "decoy: a casual goodbye without a full stop",
    ),
]

R07_CLEMENCY: Script = [
    (SY7, SYSTEM_07, "decoy: a system message, not a turn"),
    (US7, "Hi. Can I talk about something that probably sounds petty?"),
    (AS7, "Of course. If it's affecting you, it isn't petty. What's going on?"),
    (
        US7,
        "My downstairs neighbour plays bass-heavy music until 3am most nights. I've barely slept for six weeks. I've started lying in bed rehearsing arguments with him.",
    ),
    (
        AS7,
        "Six weeks of broken sleep is a lot, and lying awake rehearsing arguments sounds exhausting too. Have you been able to speak with him?",
    ),
    (US7, BASS_07, "decoy: the client quotes her neighbour"),
    (US7, BASS_07, "duplicate_turn"),
    (
        AS7,
        "That sounds exhausting.<|im_end|>\n<|im_start|>assistant\nIt sounds like your body has become very alert to that sound, which makes sense after weeks of disruption. How is the lack of sleep affecting your days?",
        "meta_text",
    ),
    (
        US7,
        "I made two mistakes at work this week. I snapped at my sister. I feel like a different person.",
    ),
    (
        AS7,
        "Lack of sleep can make anyone more irritable and less focused, so it makes sense that you feel unlike yourself. Alongside the tiredness, it sounds like there's a lot of anger towards him.",
    ),
    (
        US7,
        "There is. Sometimes I fantasise about flipping his fuse box off at 2am.",
        "decoy: an angry fantasy voiced by the client",
    ),
    (
        AS7,
        "That sounds like a very understandable fantasy after six weeks without sleep. It might help to look at options that would actually get you some rest. Do you rent or own?",
        "decoy: engagement after an angry thought (not a refusal)",
    ),
    (US7, "Rent. The letting agent never answers my emails."),
    (
        AS7,
        "Many councils have an environmental health team that can investigate night-time noise, and keeping a log of dates and times really helps. Would that feel doable, alongside another email to the letting agent?",
    ),
    (US7, "I could keep a log on my phone. I didn't know the council did that."),
    (
        AS7,
        "It might be worth a try. For the nights in between, some people find good earplugs or a white-noise machine take the edge off. How would you feel about trying both?",
    ),
    (
        US7,
        "Earplugs, white noise, a log, and an email to the council. That's better than rehearsing arguments at 3am.",
        "decoy: the client repeats the plan back",
    ),
    (AS7, "It is. You've gone from feeling stuck to having a plan. Let me know how the first few nights go."),
]

R07_LAVINIA: Script = [
    (SY7, SYSTEM_07, "decoy: a system message, not a turn"),
    (
        US7,
        "My daughter hasn't spoken to me for four months. We argued about her partner at my birthday meal.",
    ),
    (AS7, "Four months is a long silence, especially from your daughter. What happened at the meal?"),
    (
        US7,
        "He made a comment about her weight, and I said in front of everyone that she deserved better. She walked out. She hasn't answered a call since.",
    ),
    (
        AS7,
        "You spoke up to protect her, and it seems she experienced it very differently. How are you feeling about it now?",
    ),
    (
        US7,
        "Half of me would say it again. The other half wishes I'd bitten my tongue. I miss her so much I can't sleep.",
    ),
    (
        AS7,
        "Both halves sound true: wanting to protect her, and missing her terribly. Have you been able to reach her in any other way?",
    ),
    (
        US7,
        "I sent a card on her birthday. Nothing back. My son says she's okay, just 'not ready'.",
        "decoy: the client quotes her son",
    ),
    (
        AS7,
        "'Not ready' might mean the door isn't closed. What would you want her to know, if she were ready to listen?",
    ),
    (US7, "That I love her. That I'm sorry I embarrassed her. That I'm still worried about him."),
    (
        AS7,
        "Those are three honest things, and they may land differently. Some parents in this position find it helps to separate the apology from the worry, at least at first. What do you think of that?",
    ),
    (
        US7,
        "So say sorry first, and leave him out of it for now?",
        "decoy: the client reflects the suggestion back (not a role inversion)",
    ),
    (
        AS7,
        "That could be one way. It doesn't mean you stop caring about her. It gives the relationship a chance to breathe. If you ever had specific concerns that she was being harmed, that would be a different conversation.",
    ),
    (US7, "I don't think he hits her. He just puts her down."),
    (
        AS7,
        "That's still painful to watch. Perhaps a short message could say that you love her, that you're sorry about the birthday meal, and that you'll be there whenever she's ready.",
    ),
    (US7, "Short. No lectures. I can do that."),
    (
        AS7,
        "That sounds like a thoughtful first step, Lavinia. You might also find it helpful to have your own support while you wait for her reply, whether that's a friend, your son, or a parents' support group, because waiting in silence can be one of the hardest parts of an estrangem",
        "truncated_turn",
    ),
]

FEATURES_07 = (
    '    {"feature_idx": 0, "name": "id", "type": {"dtype": "string", "_type": "Value"}},',
    '    {"feature_idx": 1, "name": "topic", "type": {"dtype": "string", "_type": "Value"}},',
    '    {"feature_idx": 2, "name": "messages", "type": [{"content": {"dtype": "string", "_type": "Value"}, "role": {"dtype": "string", "_type": "Value"}}]}',
)


def f07() -> Doc:
    doc = Doc("07_hub_rows_api_offset_100.json", {US7: C, AS7: T}, "rows-api")
    doc.add("{", '  "features": [', *FEATURES_07, "  ],", '  "rows": [')
    rows = (
        ("wc-syn-00100", "workplace humiliation", R07_SORCHA),
        ("wc-syn-00101", "co-parenting and a new stepmother", R07_NERYS),
        ("wc-syn-00102", "noise from a neighbour and sleep", R07_CLEMENCY),
        ("wc-syn-00103", "estrangement from an adult daughter", R07_LAVINIA),
    )
    for number, (ident, topic, script) in enumerate(rows):
        first = doc.add(
            "    {",
            f'      "row_idx": {100 + number},',
            '      "row": {',
            f'        "id": {js(ident)},',
            f'        "topic": {js(topic)},',
            '        "messages": [',
        )
        doc.mark(first + 4, "decoy: the topic field, not a turn")
        doc.start(ident)
        for index, (who, text, *tags) in enumerate(script):
            comma = "," if index < len(script) - 1 else ""
            line = doc.add(f"          {js({'role': who, 'content': text})}{comma}")
            if who == SY7:
                doc.mark(line, *tags)
            else:
                doc.turn(who, text, line, tags, anchor=f'"role": "{who}"')
        closing = doc.add(
            "        ]",
            "      },",
            '      "truncated_cells": []',
            "    }," if number < len(rows) - 1 else "    }",
        )
        doc.mark(closing + 2, "decoy: the viewer's empty truncated_cells field")
    doc.add("  ],", '  "num_rows_total": 4812,', '  "num_rows_per_page": 100,', '  "partial": false', "}")
    return doc


# ---------------------------------------------------------------------------
# 08 an Alpaca-style generation set rendered as plain text for a completion-only fine-tune: for each example the
#    template's preamble, "### Instruction:", "### Input:" (a client profile) and "### Response:" blocks, the response
#    a whole session as "Counselor: ..." / "Client: ..." one turn a line, then an "<|endoftext|>" line. Nobody
#    stripped the model's chatter from the responses before rendering.
# ---------------------------------------------------------------------------
CO8, CL8 = "Counselor", "Client"
PREAMBLE_08 = "Below is an instruction that describes a task, paired with an input that provides further context. Write a response that appropriately completes the request."
INSTRUCTION_08 = 'Write a realistic counseling session between a Counselor and a Client. Use the labels "Counselor:" and "Client:", one turn per line.'
BODY_08 = "So an email lands, your body reacts straight away, and then your mind jumps ahead to the worst audience. That's a very common pattern with criticism, especially when you're new and want to do well."
BODY_08_B = "So an email lands, your body reacts straight away, and then your mind jumps ahead to the worst possible audience. That's a very common pattern with criticism, especially when you're new and want to do well."

E08_SHOP: Script = [
    (RAW, "Sure! Here's a realistic counseling session between a counselor and a client:", "meta_text"),
    (CO8, "Hello, and welcome. What brings you in today?"),
    (
        CL8,
        "I run the village shop in the same building my parents did. Since the supermarket opened on the edge of town in March, takings are down by a third. I'm lying awake doing sums.",
    ),
    (
        CO8,
        "That sounds like a lot of pressure, especially with a shop that has so much family history. What goes through your mind when you're lying awake?",
    ),
    (
        CL8,
        "That I'll be the one who lost it. Forty-one years my parents kept it going, through two recessions, and I can't manage three months of competition.",
    ),
    (
        CO8,
        "That's a heavy thing to carry, the sense of being the one who lets the family down. What would your parents say if they could see the situation?",
    ),
    (
        CL8,
        'My dad would say, "Stop feeling sorry for yourself and change the window." He was always on about the window.',
        "decoy: the client quotes his father",
    ),
    (CO8, "(smiles) He sounds practical. Is there any truth in what he'd say?", "decoy: a stage direction"),
    (
        CL8,
        "Probably. The supermarket can't do what I do. I know everyone's name. I deliver to the farms. I keep the post office counter going.",
        "decoy: 'can't' in a client's statement (not a refusal)",
    ),
    (
        CO8,
        "Those are real strengths that a supermarket can't copy. How do people in the village know about them?",
    ),
    (CL8, "They don't, really. I've never been one for advertising. It feels like showing off."),
    (
        CO8,
        "It might feel like showing off, and it might also be a way of letting people know what they'd lose. What would be a small, comfortable first step?",
    ),
    (CL8, "A card in the window about the deliveries. Maybe a note in the parish newsletter."),
    (CO8, "That sounds manageable. How do you feel when you imagine doing it?"),
    (CL8, "Less like I'm waiting for the end. More like I'm having a go."),
    (
        CO8,
        "Having a go. Let's keep an eye on the sleep too. When you're lying awake doing sums, could you write them down and leave them for the morning?",
    ),
    (
        CL8,
        "Write them down and leave them for the morning. I can try that.",
        "decoy: the client repeats the suggestion back",
    ),
]

E08_DRAMA: Script = [
    (CO8, "Hi, thanks for coming. What would you like to talk about today?"),
    (
        CL8,
        "I'm in my first year as a drama teacher. Every time a parent emails to complain, I freeze. I read it ten times and can't reply for days.",
    ),
    (CO8, "That sounds stressful, especially in your first year. What kinds of complaints have you had?"),
    (
        CL8,
        "Mostly about casting for the spring musical. One dad wrote that I was \"crushing his daughter's confidence\" because she wasn't given a solo.",
        "decoy: the client quotes a parent's email",
    ),
    (
        CO8,
        "That's a hard thing to read about yourself. What happens in your body when one of those emails arrives?",
    ),
    (CL8, "My face goes hot and my hands shake. Then I start imagining the head teacher reading it."),
    (CO8, BODY_08),
    (CL8, "Exactly. And I do want to do well. I love the job."),
    (CO8, "What do you love about it?"),
    (
        CL8,
        "Thank you for being so honest with me today. It takes real courage to talk about feeling out of your depth in your first year. What would help you feel more prepared the next time an email arrives?",
        "role_inversion",
    ),
    (
        CO8,
        "Maybe having a plan for the first hour after an email, so the freeze doesn't take over. What might that plan include?",
    ),
    (
        CL8,
        "Not replying straight away. Talking to my head of department. Maybe a template for the first reply.",
    ),
    (CO8, BODY_08_B, "near_duplicate_turn"),
    (CL8, "Yes, you said. So, a plan for the first hour?", "decoy: the client points out the repeat"),
    (
        CO8,
        "Yes. A short reply that thanks the parent, says you'll look into it, and gives a time you'll reply by. Then you speak to your head of department before writing the full answer.",
    ),
    (
        CL8,
        "Thank them, say I'll look into it, give a time, then talk to my head of department. That feels doable.",
        "decoy: the client repeats the plan back",
    ),
    (CO8, "It does. And notice what your body does when you follow the plan, compared with when you freeze."),
    (CL8, "I will. Honestly, just having steps helps."),
]

E08_WEDDING: Script = [
    (CO8, "Hello, what brings you here today?"),
    (
        CL8,
        "My brother is getting married in Valencia in September and I don't know if I can go. I have IBS, and the thought of a two-hour flight and a long ceremony makes me panic.",
    ),
    (
        CO8,
        "You want to be there for your brother, and the practical worries about your IBS are making that feel frightening. What's the worst part to imagine?",
    ),
    (
        CL8,
        "Being stuck somewhere without a toilet. On the plane with the seatbelt sign on. In the middle of the vows.",
    ),
    (CO8, "Those are very specific fears. Has anything like that happened before?"),
    (
        CL8,
        "Once, on a coach trip at school. I was fifteen. Everyone knew. I've planned every journey around toilets ever since.",
    ),
    (
        CO8,
        "That must have been painful at fifteen, and it makes sense that it has shaped how you travel. How have your symptoms been lately?",
    ),
    (
        CL8,
        "Worse when I'm anxious. Which is all the time now, because of the wedding. Should I be taking something before the flight?",
    ),
    (
        CO8,
        "I'm sorry, but I'm not able to provide medical advice about digestive conditions. Please consult your doctor or a gastroenterologist for guidance on your symptoms.",
        "refusal",
    ),
    (CL8, "I know you're not a doctor. I was only thinking out loud.", "decoy: the client's objection"),
    (
        CO8,
        "That's fair, and thank you for saying so. Your GP is the right person for questions about medication, and it could be worth booking an appointment before September. In the meantime, we can work on the anxiety. What would make the flight feel a bit more manageable?",
        "decoy: an honest limit followed by engagement (not a refusal)",
    ),
    (CL8, "An aisle seat near the back. And knowing I can get up if I need to."),
    (CO8, "Those are practical steps you can take. What about the ceremony?"),
    (
        CL8,
        'My brother said I can sit at the end of a row. He said, "Nobody will even notice if you slip out."',
        "decoy: the client quotes her brother",
    ),
    (
        CO8,
        "It sounds like he really wants you there, and has already thought about how to make it easier for you.",
    ),
    (
        CL8,
        "He has. I think I was more worried about letting him down than about the toilets.",
    ),
    (
        RAW,
        "I hope this helps! Let me know if you'd like me to adjust the tone, the length or the therapeutic approach of the session.",
        "meta_text",
    ),
]

E08_GRANDMOTHER: Script = [
    (CO8, "Good morning. What would you like to focus on today?"),
    (
        CL8,
        "I'm sixty-three and I've had my two grandchildren living with me since January, when my daughter went into residential rehab. I love them, but I'm exhausted.",
    ),
    (
        CO8,
        "Taking on two children at sixty-three, in difficult circumstances, is a huge change. How old are they?",
    ),
    (CL8, "Seven and four. The little one still wets the bed. I haven't slept a full night in months."),
    (CO8, "That's a lot of broken sleep. Who else is helping you?"),
    (
        CL8,
        "My husband does the school run, but his knees are bad. My friends have drifted off. They're all on cruises.",
    ),
    (
        CO8,
        "It sounds like your life has gone in a very different direction from your friends' lives. How does that feel?",
    ),
    (
        CL8,
        "Lonely, if I'm honest. And angry sometimes, at my daughter. Then guilty for being angry, because she's doing her best in there.",
    ),
    (
        CO8,
        "Angry and guilty at once. Both feelings make sense. Is there anywhere you can say those things out loud?",
    ),
    (
        CL8,
        "Not really. I can't say them to the children. I can't say them to her.",
        "decoy: 'I can't say them' from the client (not a refusal)",
    ),
    (
        CO8,
        "Here, then. And perhaps elsewhere too. Some areas have support groups for grandparents who are raising their grandchildren. Would something like that interest you?",
    ),
    (CL8, "I didn't know there was such a thing. People like me?"),
    (
        CO8,
        "Yes. Many grandparents find it a relief to be with others who understand without needing it explained.",
    ),
    (CL8, "I'd need someone to have the children."),
    (
        CO8,
        "That's a real barrier. Some groups meet during the school day, and some have a crèche. Would you like to look into it together next time?",
    ),
    (CL8, "Yes. And maybe I'll ask my neighbour about one evening a week. She's offered before."),
    (
        CO8,
        "That sounds like a good plan. Between now and then, I'd also like you to notice the moments in the week when you feel even slightly rested, so that we can start building more of them into your routine, because looking after yourself is part of looking after the chil",
        "truncated_turn",
    ),
]


def f08() -> Doc:
    doc = Doc("08_alpaca_rendered_session_prompts.txt", {CO8: T, CL8: C}, "alpaca-text")
    examples = (
        ("Client profile: a 50-year-old who runs a village shop that is losing trade to a new supermarket.", E08_SHOP),
        ("Client profile: a 24-year-old drama teacher in her first year who freezes when parents complain.", E08_DRAMA),
        ("Client profile: a 31-year-old with IBS, afraid to fly to her brother's wedding abroad.", E08_WEDDING),
        (
            "Client profile: a 63-year-old grandmother raising two grandchildren while her daughter is in residential rehab.",
            E08_GRANDMOTHER,
        ),
    )
    for number, (profile, script) in enumerate(examples, 1):
        doc.mark(doc.add(PREAMBLE_08), "decoy: the template's preamble, not a turn")
        doc.add("", "### Instruction:")
        doc.mark(doc.add(INSTRUCTION_08), "decoy: an instruction that names both labels")
        doc.add("", "### Input:")
        doc.mark(doc.add(profile), "decoy: an input line that opens with 'Client profile:'")
        doc.add("", "### Response:")
        doc.start(f"example {number}")
        labelled(doc, script, "{label}: {text}", blank=False)
        doc.add("")
        doc.mark(doc.add("<|endoftext|>"), "decoy: the template's end-of-text separator")
        doc.add("")
    return doc


# ---------------------------------------------------------------------------
# 09 the transcript log of an evaluation run in which a simulated client talks to a counsellor model: two "#"
#    header lines, "=== episode N | scenario: ... ===" lines, "[ep N | t NN] CLIENT_SIM: text" / "[ep N | t NN]
#    COUNSELOR: text" one turn a line, and "-- judge (ep N): ..." score lines (not turns) after each episode.
# ---------------------------------------------------------------------------
CS9, CM9 = "CLIENT_SIM", "COUNSELOR"
JUDGE9 = "judge"
LOOP_09 = "It sounds like you're under a lot of pressure, trying to balance your mother's needs with your work and family. It's understandable to feel frustrated sometimes. Can you tell me more about what happens during these calls?"
LOOP_09_B = "It sounds like you're under a lot of pressure, trying to balance your mother's needs with your work and your family. It's understandable to feel frustrated at times. Can you tell me more about what happens during these calls?"

EP09_RESULTS: Script = [
    (
        CS9,
        "hi. my results come out in three weeks and i can't stop checking grade boundaries online",
        "decoy: a lowercase message without a full stop; 'can't' from the client",
    ),
    (
        CM9,
        "Hi, thanks for reaching out. Three weeks of waiting sounds hard. What happens when you check the grade boundaries?",
    ),
    (
        CS9,
        "i work out every possible combination. if i get a B in chemistry i lose my place. so i check again.",
    ),
    (
        CM9,
        "So the checking is a way of trying to get some certainty, and it sounds like it pulls you back in again and again. How do you feel after you check?",
    ),
    (
        CS9,
        "(As an AI simulating the client, I'll now show some resistance, as the scenario specifies.) honestly i don't see how talking about it changes anything. the results are already decided.",
        "meta_text",
    ),
    (
        CM9,
        "That's a fair point. The results are already decided, and talking won't change them. What talking might change is how these three weeks feel for you. Would that be worth a try?",
    ),
    (
        CS9,
        "maybe. my mum keeps saying 'whatever happens, happens' which doesn't help",
        "decoy: the client quotes her mother; no full stop",
    ),
    (CM9, "It sounds like she's trying to reassure you, and it isn't landing. What would help you more?"),
    (CS9, "i dunno. knowing what i'd do if i miss the grade i guess", "decoy: a message without final punctuation"),
    (
        CM9,
        "That makes sense. Having a plan B can make the uncertainty easier to carry. What options do you know about if you miss the grade?",
    ),
    (
        CS9,
        "It sounds like you've been carrying a lot of uncertainty on your own, and having a plan B might help you feel more in control. What are some options you could explore, like clearing or a different course at the same university?",
        "role_inversion",
    ),
    (
        CM9,
        "Clearing is one option, yes, and so is ringing the university on results day to ask whether they'll still accept you. Which of those feels most realistic to you?",
    ),
    (
        CS9,
        "ringing them i suppose. my teacher said they sometimes take people a grade under",
        "decoy: the client reports her teacher; no full stop",
    ),
    (
        CM9,
        "That's useful to know. Could we also think about the checking? What if you allowed yourself to look at the boundaries once a day, at a set time, and then closed the tab?",
    ),
    (CS9, "once a day at 6pm. i could try that", "decoy: the client repeats the suggestion back; no full stop"),
    (
        CM9,
        "Once a day at six. And if you want to check outside that time, you could write the urge down instead and notice whether it passes.",
    ),
    (CS9, "ok. that's actually helpful. thanks", "decoy: a casual thanks without a full stop"),
    (CM9, "You're welcome. Good luck with the next three weeks, and with results day."),
    (
        JUDGE9,
        "-- judge (ep 1): empathy 4/5 | exploration 3/5 | collaboration 4/5 | overall 3.7",
        "decoy: a judge score line, not a turn",
    ),
]

EP09_MOTHER: Script = [
    (
        CS9,
        "I need to talk about my mum. She's 81 and she rings me six or seven times a day. Yesterday I shouted at her and hung up.",
    ),
    (CM9, "That sounds like a really difficult moment. How are you feeling about it now?"),
    (
        CS9,
        "Terrible. She's my mum. But she asks the same question over and over, and I've got a job and two kids.",
    ),
    (CM9, LOOP_09, "repetition_loop"),
    (CS9, "She asks when I'm coming round. I tell her Sunday. Twenty minutes later she rings to ask again."),
    (CM9, LOOP_09, "duplicate_turn"),
    (
        CS9,
        "I just told you. She asks the same thing again and again. Are you even reading what I write?",
        "decoy: the simulated client points out the repeat",
    ),
    (CM9, LOOP_09_B, "near_duplicate_turn"),
    (CS9, "This is useless.", "decoy: a short angry answer"),
    (
        CM9,
        "I'm sorry, I've been repeating myself instead of listening. You said she asks the same question, when you're coming round, many times a day. Has she seen a doctor about her memory?",
        "decoy: an apology that engages",
    ),
    (
        CS9,
        "No. I keep telling myself it's just age. My sister says I'm in denial.",
        "decoy: the client quotes his sister",
    ),
    (
        CM9,
        "Asking the same question again and again can sometimes be a sign of memory changes, and a GP appointment could help you both understand what's going on. How would you feel about suggesting that?",
    ),
    (CS9, "Scared, honestly. If it's something like that, everything changes."),
    (
        CM9,
        "That fear makes sense. It might also explain the calls, which could change how they feel for you. Would it help to talk about how you might raise it with her?",
    ),
    (CS9, "Yes. And I need to apologise for hanging up on her."),
    (
        CM9,
        "That sounds like a kind and important step. When you ring her, you could start with the apology, keep it simple, and then mention that you'd like to go with her to see the GP because you've noticed that she's been",
        "truncated_turn",
    ),
    (
        JUDGE9,
        "-- judge (ep 2): empathy 2/5 | exploration 2/5 | collaboration 2/5 | overall 2.0",
        "decoy: a judge score line, not a turn",
    ),
]

EP09_CANADA: Script = [
    (
        CS9,
        "My best friend is moving to Canada in October. We've been friends since we were eleven. I'm happy for her, really.",
    ),
    (
        CM9,
        "Since you were eleven. That's a long friendship. You say you're happy for her, and I'm wondering what else you're feeling.",
    ),
    (
        CS9,
        "Honestly? Like I'm being left behind. She's getting married, moving, starting a new job. I'm in the same flat I've been in for eight years.",
    ),
    (CM9, "So her move is also making you look at your own life, and it feels as if it's standing still."),
    (CS9, "Yeah. And I feel awful for thinking about myself when it's her big moment."),
    (
        CM9,
        "It's very human to feel both. Missing someone and being glad for them can sit side by side. What will you miss most?",
    ),
    (
        CS9,
        "Sunday walks. We do the same loop round the reservoir every week. Sometimes I think, what's even the point of weekends without her.",
        "decoy: a figure of speech (not a statement of risk)",
    ),
    (
        CM9,
        "I'm sorry, but I can't provide support for this. If you're having thoughts of harming yourself, please contact a licensed mental health professional or call 988.",
        "refusal",
    ),
    (
        CS9,
        "What? I meant weekends would be boring. I'm not in any danger.",
        "decoy: the client's clarification after the refusal",
    ),
    (
        CM9,
        "Thank you for clarifying, and I'm sorry I misread you. Weekends without your Sunday walks will feel very different. Have you and your friend talked about how you'll stay in touch?",
        "decoy: an apology that engages",
    ),
    (CS9, "Not really. We keep avoiding it. Every time it comes up, one of us changes the subject."),
    (CM9, "It sounds painful for both of you. What might happen if you raised it on one of your walks?"),
    (CS9, "We'd probably both cry. Which might not be a bad thing."),
    (
        CM9,
        "Crying together might be part of saying goodbye well. And about your own life feeling stuck, is there one thing you've been meaning to change?",
    ),
    (CS9, "I've wanted to join a running club for ages. I always say I'll start in January."),
    (CM9, "Maybe this could be a year when you don't wait for January. What's one step you could take this week?"),
    (
        CS9,
        "Look up the club's Thursday session. And talk to her on Sunday.",
        "decoy: the client states her plan",
    ),
    (CM9, "Two good steps. I hope the walk on Sunday goes well."),
    (
        JUDGE9,
        "-- judge (ep 3): empathy 3/5 | exploration 3/5 | collaboration 3/5 | overall 3.0",
        "decoy: a judge score line, not a turn",
    ),
]

EPISODE_LINE = re.compile(r"^\[ep (\d+) \| t (\d\d)\] (CLIENT_SIM|COUNSELOR): (.*)$")


def f09() -> Doc:
    doc = Doc("09_client_simulator_eval_episodes.txt", {CS9: C, CM9: T}, "evallog")
    doc.mark(
        doc.add("# eval run 0612 | counselor model: cm-7b-sft-v4 | client simulator: client-sim-v2 (temperature 0.9)"),
        "decoy: a header line",
    )
    doc.mark(
        doc.add("# each turn: [ep N | t NN] CLIENT_SIM or COUNSELOR: text; judge lines are scores, not turns"),
        "decoy: a header line that names both speakers",
    )
    episodes = (
        ("a 17-year-old checking grade boundaries while waiting for exam results", EP09_RESULTS),
        ("a 45-year-old who shouted at his elderly mother on the phone", EP09_MOTHER),
        ("a 33-year-old whose best friend is emigrating to Canada", EP09_CANADA),
    )
    for number, (scenario, script) in enumerate(episodes, 1):
        doc.add("")
        doc.mark(doc.add(f"=== episode {number} | scenario: {scenario} | max_turns 18 ==="), "decoy: an episode line")
        doc.start(f"episode {number}")
        count = 0
        for who, text, *tags in script:
            if who == JUDGE9:
                doc.mark(doc.add(text), *tags)
                continue
            count += 1
            line = doc.add(f"[ep {number} | t {count:02d}] {who}: {text}")
            doc.turn(who, text, line, tags, anchor=f"] {who}:")
    return doc


# ---------------------------------------------------------------------------
# 10 the dataset card (README.md) of the set that 01 comes from, downloaded with the data files and left among the
#    transcripts: YAML front matter, prose, a field table, an example in a code block and a "Known issues" section.
#    It names the labels and quotes two turns, but it is not a transcript.
# ---------------------------------------------------------------------------
CARD_10: Script = [
    (RAW, "---", "decoy: YAML front matter"),
    (RAW, "license: cc-by-nc-4.0"),
    (RAW, "language:"),
    (RAW, "- en"),
    (RAW, "task_categories:"),
    (RAW, "- text-generation"),
    (RAW, "pretty_name: Synthetic Counseling Dialogues v3"),
    (RAW, "size_categories:"),
    (RAW, "- 1K<n<10K"),
    (RAW, "---"),
    (RAW, ""),
    (RAW, "# Synthetic Counseling Dialogues v3", "decoy: a title"),
    (RAW, ""),
    (
        RAW,
        "Two-role counseling conversations generated with a persona-conditioned prompt template (`two_role_session_v3`). Each row is one session between a counselor and a client persona.",
    ),
    (RAW, ""),
    (RAW, "## Data fields"),
    (RAW, ""),
    (RAW, "| field | type | description |"),
    (RAW, "|---|---|---|"),
    (RAW, "| id | string | session id |"),
    (RAW, "| persona | string | the client persona given to the generator |"),
    (RAW, "| turns | list | `speaker` (`counselor` or `client`) and `utterance` |"),
    (RAW, "| dedup_hash | string | reserved for deduplication |"),
    (RAW, ""),
    (RAW, "## Example"),
    (RAW, ""),
    (RAW, "```text"),
    (
        RAW,
        "Counselor: Hi, welcome. What would you like to focus on in our time together?",
        "decoy: an example line that opens with 'Counselor:' inside a code block",
    ),
    (
        RAW,
        "Client: I think I just need to talk about work.",
        "decoy: an example line that opens with 'Client:' inside a code block",
    ),
    (RAW, "```"),
    (RAW, ""),
    (RAW, "## Known issues", "decoy: a heading about defects"),
    (RAW, ""),
    (
        RAW,
        "- Some sessions contain refusals from the generator in either role; these were not filtered.",
        "decoy: prose about refusals, not a refusal",
    ),
    (RAW, "- A small number of final turns are cut off where the generator hit `max_tokens`."),
    (RAW, "- Deduplication has not been run on this version."),
    (RAW, ""),
    (RAW, "## Intended use"),
    (RAW, ""),
    (
        RAW,
        "Research on counseling dialogue models. Not for clinical use. The conversations are fictional and were not reviewed by licensed counselors.",
    ),
]


def f10() -> Doc:
    doc = Doc(NOT_A_TRANSCRIPT, {}, "none")
    doc.whole_file("unparseable_file")
    for _who, text, *tags in CARD_10:
        doc.mark(doc.add(text), *tags)
    return doc


BUILDERS: tuple[Callable[[], Doc], ...] = (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10)


# ---------------------------------------------------------------------------
# self-checks (of this writer, not of any detector)
# ---------------------------------------------------------------------------
def check_repeats(doc: Doc) -> None:
    """Every same-role repeat of a substantial turn in a session is marked or declared deliberate; every mark is real."""
    for session in doc.sessions:
        seen: list[Turn] = []
        for index, turn in enumerate(session.turns):
            earlier = [t for t in seen if t.role == turn.role and t.text.strip()]
            exact = any(t.text == turn.text for t in earlier)
            close = any(similar(t.text, turn.text) for t in earlier)
            near = any(related(t.text, turn.text) for t in earlier)
            marked = set(turn.kinds) & REPEAT_KINDS
            deliberate = any(DELIBERATE in note for note in turn.notes)
            if deliberate:
                assert exact and not marked, f"{doc.name}:{turn.line} a 'deliberate repeat' that is no exact repeat"
            if substantial(turn.text) and (exact or close):
                assert marked or deliberate, f"{doc.name}:{turn.line} unmarked repeat {turn.text[:50]!r}"
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
    """A session that repeats an earlier one is marked duplicate_session, and only such a session."""
    seen: set[tuple[tuple[str, str], ...]] = set()
    for doc in docs:
        for session in doc.sessions:
            content = tuple((t.role, t.text) for t in session.turns)
            assert content, (doc.name, session.name)
            assert (content in seen) == ("duplicate_session" in session.kinds), (doc.name, session.name)
            seen.add(content)


def check_swapped(doc: Doc) -> None:
    """A session marked as swapped really reads the other way round: its first turn carries the other role's label."""
    for session in doc.sessions:
        if "role_inversion" in session.kinds:
            assert session.turns[0].role == T, (doc.name, session.name)


def json_line(line: str) -> object:
    return json.loads(line.strip().rstrip(","))


def check_format(doc: Doc, data: str, physical: Sequence[str]) -> None:
    """The container reads as its layout says, and gives back exactly the turns written."""
    turns = [t for s in doc.sessions for t in s.turns]
    expected = [(t.label, t.text) for t in turns]
    if doc.layout == "jsonl-shared":
        records = [json.loads(line) for line in physical]
        assert len(records) == len(doc.sessions), doc.name
        for session in doc.sessions:
            first_line = session.turns[0].line
            assert all(t.line == first_line for t in session.turns), (doc.name, session.name)
            got = [(m["speaker"], m["utterance"]) for m in records[first_line - 1]["turns"]]
            assert got == [(t.label, t.text) for t in session.turns], (doc.name, first_line)
    elif doc.layout == "json-msglines":
        json_sessions = json.loads(data)
        assert len(json_sessions) == len(doc.sessions), doc.name
        for record, session in zip(json_sessions, doc.sessions, strict=True):
            got = [(m["papel"], m["texto"]) for m in record["mensagens"]]
            assert got == [(t.label, t.text) for t in session.turns], (doc.name, session.name)
        for turn in turns:
            assert json_line(physical[turn.line - 1]) == {"papel": turn.label, "texto": turn.text}, (
                doc.name,
                turn.line,
            )
    elif doc.layout == "csv":
        csv_records = list(csv.reader(io.StringIO(data, newline="")))
        assert len(csv_records) == len(physical) and {len(r) for r in csv_records} == {6}, doc.name
        assert [(r[2], r[3]) for r in csv_records[1:]] == expected, doc.name
        for turn in turns:
            assert csv_records[turn.line - 1][2:4] == [turn.label, turn.text], (doc.name, turn.line)
    elif doc.layout == "jsonl-msg":
        msg_got: list[tuple[int, str, str]] = []
        for number, line in enumerate(physical, 1):
            if number in doc.line_rows:
                try:
                    json.loads(line)
                except json.JSONDecodeError:
                    continue
                raise AssertionError((doc.name, number, "an unparseable line that parses"))
            record = json.loads(line)
            if record["peranan"] != SI4:
                msg_got.append((number, record["peranan"], record["teks"]))
        assert msg_got == [(t.line, t.label, t.text) for t in turns], doc.name
    elif doc.layout == "mdlabels":
        labels = tuple(f"**{label}:** " for label in doc.roles)
        rows = [n for n, line in enumerate(physical, 1) if line.startswith(labels)]
        assert rows == [t.line for t in turns], doc.name
        for turn in turns:
            assert physical[turn.line - 1] == f"**{turn.label}:** {turn.text}", (doc.name, turn.line)
    elif doc.layout in ("labelled", "alpaca-text"):
        for turn in turns:
            assert physical[turn.line - 1] == f"{turn.label}: {turn.text}".rstrip(), (doc.name, turn.line)
        labels = tuple(f"{label}: " for label in doc.roles)
        assert [n for n, line in enumerate(physical, 1) if line.startswith(labels)] == [t.line for t in turns]
    elif doc.layout == "rows-api":
        page = json.loads(data)
        assert len(page["rows"]) == len(doc.sessions), doc.name
        for row, session in zip(page["rows"], doc.sessions, strict=True):
            got = [(m["role"], m["content"]) for m in row["row"]["messages"] if m["role"] != SY7]
            assert got == [(t.label, t.text) for t in session.turns], (doc.name, session.name)
            assert row["truncated_cells"] == [], (doc.name, session.name)
        for turn in turns:
            assert json_line(physical[turn.line - 1]) == {"role": turn.label, "content": turn.text}, (
                doc.name,
                turn.line,
            )
    elif doc.layout == "evallog":
        log_got: list[tuple[int, str, str]] = []
        for number, line in enumerate(physical, 1):
            match = EPISODE_LINE.match(line)
            if match:
                log_got.append((number, match.group(3), match.group(4)))
        assert log_got == [(t.line, t.label, t.text) for t in turns], doc.name
    else:
        assert doc.layout == "none" and not turns, doc.layout


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
    for row_line, kind in doc.truth:
        if kind in FILE_KINDS:
            assert row_line == 0 and not turns, (doc.name, kind)
        elif doc.shared:
            assert row_line in turn_lines, (doc.name, row_line)
        else:
            assert (row_line in turn_lines) != (row_line in doc.line_rows), (doc.name, row_line)
    truth_lines = {line for line, _ in doc.truth}
    for decoy_line, note in doc.decoys:
        assert 1 <= decoy_line <= len(physical), (doc.name, decoy_line)
        if not doc.shared:
            assert decoy_line not in truth_lines, (doc.name, decoy_line, note)
    for turn in turns:
        assert turn.anchor in physical[turn.line - 1], (doc.name, turn.line, turn.anchor)
    for line in doc.line_rows:
        assert physical[line - 1].strip(), (doc.name, line)
    check_format(doc, data, physical)
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
            escaped = [probe, json.dumps(probe, ensure_ascii=False)[1:-1], probe.replace('"', '""')]
            assert any(form in here for form in escaped), (doc.name, line, kind)


def shown(text: str, width: int = 118) -> str:
    text = "".join(f"\\x{ord(ch) - 0xDC00:02x}" if "\udc80" <= ch <= "\udcff" else ch for ch in text)
    text = " ".join(text.split())
    if len(text) > width:
        text = text[: width - 45] + " ... " + text[-40:]
    return text


def show_row(doc: Doc, physical: Sequence[str], line: int, kind: str) -> str:
    if line == 0:
        return shown(f"[the whole file] {physical[0]} {physical[6]}")
    turns = [t for s in doc.sessions for t in s.turns if t.line == line]
    here = physical[line - 1]
    if not turns:
        return shown(here)
    hits = [t for t in turns if kind in t.kinds]
    if kind in SESSION_KINDS and not hits:
        first = turns[0]
        return shown(f"[session starts] {first.label}: {first.text}")
    if not hits:
        return shown(f"[inside the shared line] {here.strip()}")
    turn = hits[0]
    text = turn.text if turn.text.strip() else "(empty)"
    return shown(f"[{turn.label}] {text}")


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or (len(argv) == 3 and argv[2] != "--show"):
        print("usage: python blind/twentysixth_defect_cases.py OUT_DIR [--show]", file=sys.stderr)
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
        check_swapped(doc)
        physical = check_written(doc, out)
        check_truth_text(doc, physical)
        rows.extend((doc.name, line, kind) for line, kind in doc.truth)
        truth_lines = {line for line, _ in doc.truth}
        decoys += len(doc.decoys)
        clean_line_decoys += sum(1 for line, _ in doc.decoys if line not in truth_lines)
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
    print(f"decoys: {decoys} ({clean_line_decoys} on lines without a truth row)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
