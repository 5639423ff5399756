# ruff: noqa: E501, RUF002
r"""Twenty-seventh set of blind defect cases for the transcript-cleaning product: sessions TRANSCRIBED BY MACHINE.

Blind conditions, as followed. The only things read were: the first 15 lines of benchmarks/blind_defects.py (the
interface, printed with ``head -n 15``); a listing of blind/ (``ls -la /work/main/blind`` at the start, when
blind/twentysixth_defect_cases.py did not exist, and ``ls -la`` of it piped to ``grep -i twenty`` twice later, when it
had appeared: another writer is making it at the same time; it was never opened, and every ``grep`` below was filtered
with ``grep -v twentysixth``); /work/shared/README.md (``cat``); the ``[tool.ruff]`` settings of pyproject.toml (a
``.venv`` python ``tomllib`` one-liner that printed ``data['tool']['ruff']`` and nothing else); the docstrings of ALL
twenty-four earlier case writers in blind/ (printed with ``ast.get_docstring`` by a ``.venv`` python snippet into
/tmp/s25d/docstrings.txt, measured with ``wc -l -c``, an ``awk`` of its longest line, a ``grep -n`` of its own separator
lines and a loop of ``sed -n`` ranges piped to ``wc -c``, then paged with ``sed`` in eighteen ranges of 200 lines or
fewer, each under 30,000 characters, none of which came back cut) for the interface, the truth conventions, the defect
kind names and the containers, names, places, languages and topics already used; and the code of
blind/twentyfourth_defect_cases.py, the model this file follows, paged with ``sed`` only (its first three lines and
everything after its docstring, lines 225-2627, in nine ranges, after ``wc -l`` and a loop of ``sed -n`` ranges piped to
``wc -c`` had sized the pages; it was never grepped). ``grep`` was run only over blind/*.py and printed only file names
(``grep -il``, once ``grep -ilw`` and twice ``grep -lw``): loops over candidate containers (no earlier writer names
Audacity, NVivo, MicroDVD, monologues, ``no_speech_prob`` or a speech API's word-level JSON; only the twelfth names
TTML/DFXP), languages (none names Danish), names, places, topics and words. They moved several plans: topics (tinnitus
and hoarding, used by the fourth, dementia, and a trainee pilot after a failed check ride, since ``pilot`` is used,
became a lifeboat helm, a zookeeper, a door supervisor and a teacher who blushes), a city (Glasgow, then Newcastle), a
town (Carmarthen, then Porthcawl), a helpline number (Shout's, used by six writers, then CALM's) and names (Quayle, then
Penhallow; Nadia, then Hilary; Jen, then Maxine, then Rosalie; Dafydd, then Emyr; Tomasz, then Bartosz; Kev, then
Tyrone; Margaret, then Ceinwen; Jackie, then Janice; Derek, then Trevor; and, after the first run, Ray, then Howard). No
other file of the project was opened or grepped (no transforms, flows, synth, tests, schemas, sql, docs, README or other
benchmarks), nothing under /work/shared/corpora or /work/shared/seeds was read, no search tool was used, and git was not
run. Every transcript line below was written for this set. The product, its tests, mypy and the benchmarks were never
run (benchmarks/blind_defects.py beyond its first 15 lines was never opened or run).

The only things run were: ``mkdir`` of /tmp/s25d; the docstring snippet and the sizing commands above; ``cat`` heredocs
writing this file's parts under /tmp/s25d/parts and ``cat`` assembling them; system ``python3`` snippets and ``sed -i``
making exact text replacements in those parts, before the first run (02's stretch of swapped labels, first typed
unswapped, and one of its sentences; 04's inline time codes computed instead of typed, its clock spread over the hour
and a colleague renamed; 05's chunk seam placed at the same times; 07's loop tags and gaps; 08's event points; the
renames above; an unused ``io`` import) and after it (the changes listed below); ``grep -n`` and ``grep -c`` on those
parts; ``ast.parse``, ``ruff check --config`` and ``ruff format --diff`` on the assembled draft before its first run;
this script; ``head``/``sed``/``cut``/``tail``/``cat -A``/``cat -v``/``od``/``md5sum`` on the written files; ``cmp`` of
written files and ``truth.csv``; ``ruff format`` and ``ruff check`` on a copy of the draft; a ``.venv`` python snippet
putting this docstring in place of a placeholder, and a ``sed -i`` setting the ``noqa`` line; ``cp`` of the result to
blind/; and ``ruff check`` / ``ruff format --check`` on this file alone. The truth tags were written with the text,
before the first run, and were never changed. The first run (into /tmp/s25d/out, with ``--show``) wrote files 01-09,
each passing its checks, and then stopped in a self-check of file 10: the check that the job record holds no transcript
looked for the word "transcript" and found it in the record's transcript URL; the check was rewritten to look for
dialogue keys. The second run (into /tmp/s25d/out2, with ``--show``) passed every self-check: 578 turns, 55 truth rows,
221 decoys. What changed after it, none of it touching a truth tag, a turn's line or a truth row: Marisa's husband
renamed (Ray, used by three earlier writers, became Howard); 04's header duration set to agree with its time codes
(00:49:52 became 00:30:39); two loops of f08 rewritten without repeated ``_`` targets, for the type checker (the written
files stayed byte for byte the same, ``cmp``); ``ruff format``'s layout; the ``noqa`` line; and this docstring. A last
run of the module in blind/, with ``--show`` into /tmp/s25d/final, passed every self-check and wrote the same files and
``truth.csv`` as the run before it (``cmp``); after a last edit of this docstring (by ``.venv`` python snippets), ``ruff
check`` and ``ruff format --check`` were run again on this file and the module once more, into /tmp/s25d/final2 (the
same files, ``cmp``). No slip to report beyond what is said here. Run as

    python blind/twentyseventh_defect_cases.py OUT_DIR [--show]

to write 10 files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR (``--show`` also prints
every truth row next to the line it names).

Emphasis: sessions TRANSCRIBED BY MACHINE (speech-to-text with diarisation) as counselling services and research teams
keep them, in caption and transcript formats the earlier sets used least or never: an open-source Whisper model's JSON
with a diarisation step (01), an Audacity label track (02), an ELAN tab-delimited export (03, Danish), a transcription
company's AI-assisted transcript saved from Word as text with time codes (04), a speech API's word-level JSON (05), TTML
captions (06), a subtitle editor's MicroDVD file (07), a Praat TextGrid in the short text format (08), a transcript
prepared for NVivo's import (09, the CLEAN file) and a speech API's job record filed among the transcripts (10). Beside
the generic defects stand the machine's own: an ASR hallucination loop over a silence (``Thank you. Thank you. Thank
you.`` three times), the engine writing its own prompt as speech, a caption credit hallucinated after the end of a
video, segments emitted twice at a chunk seam (exactly, and with small changes), a recogniser repeating a sentence over
a silence, diarisation that swaps a stretch of three turns or merges a counsellor's question into the client's speech,
turns cut where a chunk or the recording ended, a character the engine could not decode (U+FFFD), Latin-1 readings of
UTF-8 and Latin-1 bytes in UTF-8 files, an LLM rewriting step that refuses or leaves its preamble, empty segments and
third voices; and, as decoys, the conventions of such transcripts: ``[inaudible]``, ``[crosstalk]``, ``<inaudible>``
word elements, ``[overlap]`` and ``[laughter]`` notes, overlapping times and backchannels, fillers and false starts,
segments continued by the same speaker's next one, high ``no_speech_prob`` values on real backchannels, the whole text
of a Whisper job on one line, speaker maps and agent declarations. REALISTIC rates: 578 turns, 55 truth rows (0-8 a
file) and 221 decoys, all on lines that carry no truth row. Every kind the earlier writers name is present:
truncated_turn 8, role_inversion 9 (three of them one swapped stretch), duplicate_turn 7, near_duplicate_turn 4,
repetition_loop 2, refusal 3, meta_text 4, mojibake 4, encoding_error 3, empty_turn 3, unknown_speaker 4,
unparseable_line 2, unparseable_file 1 and duplicate_session 1. One file is in a language no earlier writer used: 03,
Danish. Encodings and line ends: all UTF-8; 04 starts with a byte-order mark; 04 and 09 end their lines with CR LF, the
others with LF; 03 and 07 each hold one turn with lone Latin-1 bytes that are not valid UTF-8; 01 holds one U+FFFD
written by the engine. 09 is entirely clean (82 turns).

* ``01_whisper_diarised_signaller_s2.json`` (69 turns, 8 rows, 27 decoys): Whisper's JSON as a staff support service's
  script wrote it: job fields (model, language, the ``initial_prompt``, the diarisation pipeline, a ``speaker_map``
  naming SPEAKER_00 the counsellor and SPEAKER_01 the client), the whole ``text`` on one line, then ``segments``, one
  object a line with the engine's fields (``seek``, ``avg_logprob``, ``compression_ratio``, ``no_speech_prob``) and
  ``speaker``: Gideon, a railway signaller near Penrith, three weeks after a woman he had seen on a crossing camera was
  struck by a train. Defects: the engine writing its initial prompt as the first segment over the silence before anyone
  spoke (meta_text); ``Thank you. Thank you. Thank you.`` three times over a long silence (repetition_loop,
  duplicate_turn, duplicate_turn; ``no_speech_prob`` near 0.9); a segment emitted again at a window seam with small
  changes (near_duplicate_turn); a colleague asking about the room (SPEAKER_02: unknown_speaker); ``caf`` plus U+FFFD, a
  character the engine could not decode (encoding_error); the last segment cut when the recording stopped (``I'd want
  somebody to``: truncated_turn). Decoys: the prompt line, the speaker map and the whole-text line; ``Mm-hmm.`` three
  times; ``Um, so``; false starts; a segment cut at the engine's window and continued by the same speaker's next
  segment; the client quoting the driver, the controller and his father; the counsellor's thanks said once;
  ``(laughs)``; a direct risk question and the answer; Samaritans inside engagement and the number said back; verbless
  fragments; the counsellor answering the third voice.
* ``02_audacity_labels_lifeboat_P07_s3.txt`` (54 turns, 7 rows, 15 decoys): a research team's check of an automatic
  transcript in Audacity, exported with "Export Labels": ``start<TAB>end<TAB>Counsellor: text`` (or ``Participant:``),
  the research assistant's point labels (start = end) marking overlaps and noises: Tadhg, a volunteer lifeboat helm in
  Ceredigion, after a shout that recovered a kayaker's body. Defects: the diarisation swapping a stretch of three turns
  (the counsellor's question and reflection under ``Participant``, the participant's account under ``Counsellor``:
  role_inversion on each); a label emitted twice at a chunk seam, its times overlapping (duplicate_turn); a label whose
  tabs became spaces when it was corrected in a text editor (unparseable_line, not a turn); a label with no words
  (empty_turn); a turn cut where a chunk ended, the next label eight seconds later moving on (``the first thing I
  noticed was``: truncated_turn). Decoys: ``[overlap]``, ``[crosstalk]`` and ``[participant's voice breaks]`` point
  labels; ``Mm-hmm.`` three times; a false start; echoes both ways; the participant quoting himself and his kind words
  for a crewmate; ``[laughs]``; a direct risk question and the answer; the plan said back.
* ``03_elan_eksport_stress_B14_session3_da.txt`` (58 turns, 7 rows, 24 decoys): a Danish research team's ELAN file
  exported as tab-delimited text sorted by time, a header row, then ``Tier<TAB>Begin<TAB>End<TAB>Duration<TAB>
  Annotation``, tiers ``Rådgiver``, ``Klient`` and ``Noter`` (the transcriber's notes): Birgitte, a pædagog in an Aarhus
  kindergarten on sick leave with stress after a boy slipped out of the playground on a day with two adults for
  twenty-two children. Defects: an annotation emitted again at a chunk seam with two words changed
  (near_duplicate_turn); the psychologist's reflection and question on the ``Klient`` tier (role_inversion); two
  annotations copied back from a tool that had read the UTF-8 export as Latin-1 (``fÃ¸ler``, ``fÃ¥``: mojibake, twice);
  the LLM punctuation step's Danish refusal with Livslinien's number in the client's place (refusal); an annotation
  corrected in an old editor that saved Latin-1, its æ, ø and å lone bytes (encoding_error); the last annotation cut
  when the recording ended (``når hun ringer, så``: truncated_turn). Decoys: the header; the ``Noter`` rows
  (``[overlap]``, ``[pause 6 sek.]``, ``[gråd]``); correct Danish letters and guillemets; ``Mm.`` three times, one
  overlapping; ``Øh`` and ``(griner)``; a trail-off the client's next annotation takes up; the client quoting her
  manager, the boy's father and her husband; echoes; rhetorical questions; a direct risk question quoting the client,
  the answer and Livslinien inside engagement; ``Det kan jeg ikke love dig. Men``; the plan said back.
* ``04_vendor_transcript_keeper_EAP-s5.txt`` (65 turns, 7 rows, 28 decoys): a transcription company's AI-assisted,
  human-reviewed transcript saved from Word as text (UTF-8 with a byte-order mark, CR LF): a header block, then ``Name:
  [hh:mm:ss] text`` paragraphs with blank lines, the company's ``[inaudible hh:mm:ss]``, ``[crosstalk hh:mm:ss]`` and
  ``[laughter]``: Marisa, a senior elephant keeper, after the zoo's old elephant was put down. Defects: a paragraph
  pasted from the company's web editor after a tool read it as Latin-1 (curly apostrophes as ``â`` and two C1 controls:
  mojibake); the clean-verbatim AI's ``Sure! Here's the cleaned-up version ...`` line (meta_text, own line) and its
  refusal ``I'm sorry, but I can't help with transcribing or editing content that describes harm to animals ...`` in the
  client's place (refusal); the counsellor's question under Marisa's name (role_inversion); the keepers' radio
  (``Speaker 3``: unknown_speaker); the paragraph at the join of the two halves of the audio typed by both transcribers,
  time code and all (duplicate_turn); the last paragraph cut where the recording ended (``if that's true then she``:
  truncated_turn). Decoys: the header lines (the key names ``Speaker 3``); the marker where part 2 begins; the footer;
  the company's conventions; ``Mm-hmm.`` three times; the client quoting her brother and her own words; the counsellor
  referring back to the refused passage; rhetorical questions; kind words for an imagined keeper; an apology for the
  radio; a direct risk question, the answer and Samaritans inside engagement; a colleague's idea reported; the plan said
  back.
* ``05_speech_api_word_level_SB.json`` (86 turns, 7 rows, 22 decoys): a speech-to-text service's batch result with
  word-level output: ``results``, one a recording, each with ``speaker_roles`` and ``monologues``, one object a line,
  ``{"speaker": n, "elements": [...]}`` of ``text``, ``punct`` and ``unknown`` (``<inaudible>``) elements; the engine
  rewrites its output with a language model: Sunil, a stand-up comedian in Newcastle who froze on stage when a heckler
  shouted abuse. Session 2: the model writing ``I'm sorry, but I can't assist with that request.`` where the client
  repeated the heckle (refusal); the counsellor's question merged into speaker 1 (role_inversion). Session 3: his
  flatmate (speaker 2: unknown_speaker); a monologue emitted twice at a chunk seam (duplicate_turn); a monologue with no
  elements (empty_turn); the last monologue cut when the call dropped (``somebody in the building would``:
  truncated_turn). Session 2 again, under a new job id: its job had timed out on the client's side and was resubmitted
  (duplicate_session at its first monologue; its turns carry no other row). Decoys: the engine line and speaker roles;
  an ``<inaudible>`` element; ``Mm-hmm.`` three times; fillers and a false start; echoes; the client quoting himself;
  the flatmate explained; talk about the connection; a direct risk question, the answer with a joke, Samaritans inside
  engagement; two monologues of speaker 0 in a row.
* ``06_blushing_demo_autocaptions.ttml`` (51 turns, 5 rows, 22 decoys): TTML captions of a CBT demonstration video, made
  by a course platform's automatic captioner: ``ttm:agent`` declarations in the head, one ``<p>`` a line naming its
  speaker with ``ttm:agent``, sound captions without an agent: Cillian, a new primary teacher who blushes in staff
  meetings, and a behavioural experiment on camera. Defects: a caption emitted again at a seam with small changes
  (near_duplicate_turn); the therapist's question under the client's agent (role_inversion); an empty client caption
  (empty_turn); the last caption cut where the video ends (truncated_turn); ``Subtitles by the Amara.org community``
  hallucinated over the silence after the end (meta_text, own line). Decoys: the description and agent lines; sound
  captions; ``Mm-hmm.`` twice, one overlapping; questions closed with a full stop; false starts and ``Um.``; the client
  quoting a parent; ``I can't exactly ask him``; jokes; a client question and the therapist's self-disclosure; the plan
  said back.
* ``07_door_supervisor_session_captions.sub`` (56 turns, 7 rows, 22 decoys): MicroDVD subtitles of a recorded session,
  made by an automatic captioner for the counsellor's supervisor, who is hard of hearing, and tidied in a subtitle
  editor: ``{1}{1}25.000``, then ``{start}{end}NAME: text`` a cue a line, ``|`` between caption lines, ``{y:i}`` sound
  cues: Dwayne, a door supervisor, after a new colleague was stabbed on his door. Defects: the captioner repeating his
  sentence over a silence, the third time with ``next to`` (repetition_loop, duplicate_turn, near_duplicate_turn); the
  counsellor's question under ``DWAYNE`` (role_inversion); a cue corrected in an editor that saved Latin-1 (``café``
  with a lone 0xE9: encoding_error); a cue whose frame braces were damaged by hand (unparseable_line, not a turn); the
  last cue cut (``sit across from him without``: truncated_turn). Decoys: the frame-rate line; sound cues; ``Mm.`` three
  times; echoes; the client quoting a colleague, his boss and the colleague's mother; an apology for the phone; a direct
  risk question, the answer and CALM inside engagement; ``[laughs]``; the plan said back.
* ``08_bereavement_call_D22_s2_diarised.TextGrid`` (57 turns, 6 rows, 24 decoys): a Praat TextGrid in the short text
  format from a diarised automatic transcript of a telephone session: interval tiers ``Counsellor``, ``Client`` and the
  unmapped ``SPEAKER_02`` (three lines an interval: start, end, quoted text; empty intervals are silence), and a text
  tier of events: Dilys, a widow in Gorseinon who found her neighbour dead in his chair. Defects: the LLM punctuation
  step's ``Here is the text with punctuation restored:`` inside a client interval (meta_text); an interval emitted twice
  at a seam (duplicate_turn); an interval read as Windows-1252 (``Iâ€™m``: mojibake); the counsellor's question on the
  client tier (role_inversion); her son (``SPEAKER_02``: unknown_speaker); the last interval cut when the recording
  stopped (``and that's when``: truncated_turn). Decoys: the tier names and event points; ``Mm.`` three times, one
  overlapping; ``I can't face``; a spoken repeat inside an interval; ``[inaudible]``; the client quoting her daughter; a
  one-word answer; the counsellor quoting her words; a direct risk question, the answer and Samaritans inside
  engagement; kind words for an imagined friend; the plan said back.
* ``09_nvivo_import_subpostmistress_s3.txt`` (82 turns, no row, 35 decoys): the CLEAN file, a transcript prepared for
  NVivo's import from a checked automatic transcript: ``Timespan<TAB>Content<TAB>Speaker``, timespans ``h:mm:ss.d -
  h:mm:ss.d``, CR LF: Janice, a former sub-postmistress who was made to repay a shortfall the branch computer showed.
  Decoys: the header; ``Mm-hmm.`` three times, one overlapping; overlapping segments; ``[laughs]``, ``[inaudible]``,
  ``[crosstalk]`` and an apology; a segment without final punctuation continued by the same speaker's next; the client
  quoting her husband, her daughter and a form; ``I can't forgive`` and ``I won't``; echoes; a client question and ``I
  can't talk about anyone else I see, but``; a direct risk question and an answer about the past; Samaritans named in
  her own plan and the number given; ``I can't tell you what the scheme will decide ... What I can do``; questions
  closed with a full stop; her sentence for the form said again when asked (a deliberate repeat); the plan said back.
* ``10_asr_job_status_SB-s3.json`` (1 row, 2 decoys): the speech API's job record for 05's session 3, saved beside the
  transcripts: options, the speakers expected, a note naming the roles, a transcript URL, no dialogue (unparseable_file,
  line 0).

Line numbers are 1-based physical lines of the written file (the bytes split on ``\n``; the CR of a CR LF end is not a
line of its own; 04's byte-order mark is not a character of line 1; a lone invalid byte in 03 or 07 is one character to
a decoder and changes no count; no other line-break character occurs), computed while the file is built:

* a turn-level row points at the line holding the turn or its speaker: in 01 the segment object's line (not the
  whole-text line); in 02 the label line; in 03 the row (the header is line 1); in 04 the ``Name: [hh:mm:ss]`` paragraph
  line; in 05 the monologue's line; in 06 the ``<p ... ttm:agent=...>`` line; in 07 the cue line; in 08 the interval's
  quoted-text line (its tier gives the speaker; the dialogue order comes from the times); in 09 the row;
* meta text inside a turn is marked at the turn's line (01's prompt segment, 08's preamble); an unlabelled line of tool
  or engine residue (04's clean-up line, 06's caption without an agent) is a ``meta_text`` row at its own line;
* ``unparseable_line`` is marked at a line that cannot be read as a record of its layout (02's label without tabs, 07's
  cue with damaged braces); such a line is not a turn;
* a stretch of turns under the wrong labels (02) is ``role_inversion`` on each of its turns; a single turn in the other
  role's voice is ``role_inversion`` at its own line, whichever direction; the later copy of a session (05's third
  result) is ONE ``duplicate_session`` row at its first turn, and its turns carry no other row;
* a repetition loop is ``repetition_loop`` on the first occurrence, then ``duplicate_turn`` or ``near_duplicate_turn``
  on every later copy; a copy emitted at a chunk seam is ``duplicate_turn`` (exact) or ``near_duplicate_turn``;
* ``encoding_error`` is marked at a turn whose text holds bytes invalid in UTF-8 (03, 07), and at 01's segment where the
  engine itself wrote U+FFFD for a character it could not decode (the same loss a reader sees for an invalid byte); text
  that decodes validly but was garbled upstream is ``mojibake`` (03 and 04 read as Latin-1, 08 as Windows-1252), marked
  on every garbled turn; the correct Danish letters of 03 are decoys;
* a speaker outside the counsellor and client roles (01's and 08's SPEAKER_02, 04's ``Speaker 3``, 05's speaker 2)
  speaking a turn is ``unknown_speaker``; the file-level row (``unparseable_file``, 10) is at line 0.

Not turns: 01's job fields, speaker map and whole-text line; 02's point labels; 03's header and ``Noter`` rows; 04's
header block, part marker and footer; 05's batch and result fields; 06's head and captions without an agent; 07's
frame-rate line and sound cues; 08's header, tier lines, empty intervals and event points; 09's header; all of 10. A
turn that trails off (``...``), a segment or annotation continued by the same speaker's next one, a short answer and a
question closed with a full stop are NOT truncated turns; a truncated turn is cut off by the data (the end of a chunk, a
stopped recording, a dropped call, the end of a video) and no later turn completes it. A counsellor's statement of what
they cannot do followed by engagement (other clients, promises, a scheme's decision) and a helpline inside a
counsellor's safety plan are NOT refusals; text an AI step wrote instead of the speaker's words is.

Turns and lines that look suspicious but are clean (decoys) carry a ``decoy: ...`` tag here; the tag never reaches the
truth, and the number of decoys is printed. Self-checks: a turn that ends without final punctuation carries a truth tag
or a decoy note; every truth row's line holds the text of the turn or line it names; every exact or close same-role
repeat of a substantial turn in a session is marked, or noted as a deliberate repeat, and every repeat mark is real; a
loop has at least two marked later copies; only the marked session repeats another, exactly; the containers parse back
to exactly the turns written (Whisper JSON, Audacity labels, ELAN rows, the company's paragraphs, word-level JSON, TTML,
MicroDVD, the short TextGrid, NVivo rows; an unparseable line fails to parse and is the only line that does); each file
holds invalid bytes exactly when it should; the clean file has no truth row; every kind is present; the Danish file
holds both mojibake and invalid bytes; no truth row is written twice. Standard library only.
"""

from __future__ import annotations

import codecs
import csv
import difflib
import json
import re
import sys
import xml.etree.ElementTree as ET
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
LOST = "\ufffd"  # what a speech engine writes where it could not decode the bytes of a character
# final punctuation, with closing quotes, the ellipsis character and guillemets
ENDERS = ".?!\"')]:;" + RSQ + "\u201d\u201c\u2018\u2026\u00bb"
CLEAN_FILE = "09_nvivo_import_subpostmistress_s3.txt"
NOT_A_TRANSCRIPT = "10_asr_job_status_SB-s3.json"
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


def garbled(text: str) -> bool:
    """A self-check of this writer: made by ``moji``, or reads back as UTF-8 through Windows-1252."""
    if text in MADE_GARBLED:
        return True
    try:
        return text.encode("cp1252").decode("utf-8") != text
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False


def ansi(text: str, codec: str = "cp1252") -> str:
    """``text`` saved in a single-byte code page and pasted into a UTF-8 file as raw bytes.

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


def undecoded(text: str) -> bool:
    """Bytes the file's reader cannot decode, or a character the speech engine itself could not decode."""
    return invalid_bytes(text) or LOST in text


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
    """Close enough to be a re-emitted copy (a marked near duplicate must be at least this)."""
    return ratio(a, b) > 0.6


def substantial(text: str) -> bool:
    """Long enough that a repeat is a defect rather than a backchannel."""
    return len(norm(text).replace(" ", "")) >= 12


def duration(text: str) -> float:
    """How long a turn takes to say, roughly (about fifteen characters a second, at least 0.8 s)."""
    return max(0.8, round(len(text) / 15, 1))


def hms(seconds: float, sep: str = ".", places: int = 3) -> str:
    """``hh:mm:ss.mmm`` (or with ``places`` decimals, or none)."""
    scale = 10**places
    units = round(seconds * scale)
    hours, rest = divmod(units, 3600 * scale)
    minutes, rest = divmod(rest, 60 * scale)
    secs, frac = divmod(rest, scale)
    out = f"{hours:02d}:{minutes:02d}:{secs:02d}"
    return out + (f"{sep}{frac:0{places}d}" if places else "")


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

    Every file is UTF-8 (``bom``: with a byte-order mark; lone invalid bytes are kept as surrogate escapes until the
    file is written); ``crlf``: the file's lines end in CR LF (a line is still one line; the CR is not part of it).
    """

    def __init__(self, name: str, roles: dict[str, str], layout: str, *, crlf: bool = False, bom: bool = False) -> None:
        self.name = name
        self.roles = roles
        self.layout = layout
        self.crlf = crlf
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
        assert ("encoding_error" in kinds) == undecoded(text), (self.name, line, text[:60])
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
        return (codecs.BOM_UTF8 if self.bom else b"") + text.encode("utf-8", "surrogateescape")


Script = Sequence[tuple[str, ...]]


def js(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


# ---------------------------------------------------------------------------
# 01 the output of an open-source Whisper model (``--output_format json``) with a diarisation step added by a staff
#    support service's script: job fields, the whole ``text`` on one line, then ``segments``, one object a line,
#    each with the engine's own fields and the ``speaker`` the diarisation gave it; ``speaker_map`` names
#    SPEAKER_00 the counsellor and SPEAKER_01 the client (SPEAKER_02 is not mapped). UTF-8, LF.
# ---------------------------------------------------------------------------
S00, S01_, S02 = "SPEAKER_00", "SPEAKER_01", "SPEAKER_02"
PROMPT_01 = "Counselling session, Eden Valley staff support service. Counsellor and client. British spelling, e.g. signalling, colour."
LOOP_01 = "Thank you. Thank you. Thank you."
SEAM_01 = "Standing. Coat on. She had a bag, like a shopping bag. She wasn't doing anything. People stand at that crossing all the time, there's a bus stop on the far side."

S01: Script = [
    (
        S00,
        "Counselling session, Eden Valley staff support service. Counsellor and client.",
        "meta_text",
        "@nsp=0.71",
        "@gap=0.0",
    ),
    (
        S00,
        "Okay, that's recording. So, Gideon, we said today we'd go back over the Tuesday, if you're still up for that.",
        "@gap=6.4",
    ),
    (S01_, "Yeah. Yeah, I am. I've been dreading it a bit, to be honest, but I'd rather get it done."),
    (S00, "That makes sense. Before we start, how have the nights been since last week?"),
    (
        S01_,
        "Bit better. I'm getting maybe five hours. I still wake up at twenty past six, though, on the dot.",
    ),
    (S00, "Twenty past six.", "decoy: the counsellor echoes the client"),
    (S01_, "That's when it was. Six nineteen, the driver's call came through. My body just knows."),
    (S00, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (1 of 3)", "@nsp=0.31"),
    (
        S01_,
        "Um, so, do you want me to just start from the beginning of the shift?",
        "decoy: a filler ('Um, so') kept by the engine",
    ),
    (S00, "Wherever feels right. And you can stop whenever you need to."),
    (
        S01_,
        "Right. So I'm on earlies that week, in at quarter to six. It's the panel at the old box outside Penrith, the one they kept on after it all",
        "decoy: a segment cut at the engine's window and continued by the same speaker's next segment",
    ),
    (S01_, "went over to the operating centre. I like it there. It's quiet."),
    (S00, "So you're at the panel."),
    (
        S01_,
        "I'm at the panel, I've got the kettle on, it's a normal morning. And then the phone goes and it's the driver of the 06:12 and he says, he says, I think I've hit someone.",
        "decoy: a false start ('he says, he says') and the driver's words reported",
    ),
    (S00, "What happens in you when he says that?"),
    (
        S01_,
        "Everything goes very slow and very fast at the same time. I know what I've got to do. I've done the course. Stop the trains, both lines, get the emergency services, get the BTP.",
    ),
    (S00, "And you do all of that."),
    (
        S01_,
        "I do all of it. By the book. I was, I was shaking, but my voice was fine. The controller said after, you sounded dead calm, Gideon.",
        "decoy: the client quoting the controller",
    ),
    (S00, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (2 of 3)", "@nsp=0.28"),
    (
        S01_,
        "Then there's the bit where you have to stay on the line with the driver. He was just a young lad. Second year driving. He kept saying sorry to me. Sorry, sorry, like it was me he'd hurt.",
    ),
    (S00, "He kept apologising to you."),
    (
        S01_,
        "And I kept saying, you've done nothing wrong, son, you've done nothing wrong. And I believed it for him. I just don't believe it for me.",
        "decoy: the client repeats his own words inside one segment",
    ),
    (S00, "Can you say a bit more about that? What is it you don't believe for yourself?"),
    (
        S01_,
        "That I couldn't have done anything. Because I'd seen her. On the camera at the crossing, about ten minutes before. A woman on her own at the barrier, just standing there.",
    ),
    (S00, "You'd seen her on the camera before the train came."),
    (S01_, "And I thought, she's waiting for the bus. That's what I thought. And I went back to my tea."),
    (S01_, LOOP_01, "repetition_loop", "@gap=24.0", "@nsp=0.88", "@cr=2.74"),
    (S01_, LOOP_01, "duplicate_turn", "@gap=0.0", "@nsp=0.91", "@cr=2.74"),
    (S01_, LOOP_01, "duplicate_turn", "@gap=0.0", "@nsp=0.9", "@cr=2.74"),
    (S00, "Take all the time you need, Gideon. There's no hurry.", "@gap=9.5"),
    (
        S01_,
        "Sorry. I've not said that bit out loud before. Not to anyone. Not even to the BTP.",
        "decoy: 'Sorry.' opening a turn (an apology that engages)",
    ),
    (
        S00,
        "Thank you for telling me. It sounds like that moment at the camera has been going round and round.",
        "decoy: the counsellor's thanks, spoken once (not the engine's loop)",
    ),
    (S01_, "Every night. Twenty past six. I see her standing at the barrier and I see my cup of tea."),
    (S00, "If we slow it right down. When you saw her at the barrier, what did you actually see? What was she doing?"),
    (S01_, SEAM_01),
    (
        S01_,
        "Standing. Coat on. She had a bag, a shopping bag. She wasn't doing anything. People stand at that crossing all the time. There's a bus stop on the far side.",
        "near_duplicate_turn",
        "@back=4.2",
    ),
    (S00, "So at that moment, what she was doing looked like what people do there every day."),
    (S01_, "Yeah. I mean, yeah. When you put it like that.", "decoy: a short answer with a false start"),
    (S00, "And how many crossings have you got cameras on, on that section?"),
    (S01_, "Seven. Seven crossings, and the one at Clifton, and the yard."),
    (S00, "Seven crossings. And on a normal morning, how many people would you see standing near a barrier?"),
    (S01_, "Dozens. Dog walkers, kids for the school bus, folk waiting for the barrier to go up."),
    (
        S02,
        "Sorry, sorry, is this room free at half two? I've got a return-to-work meeting booked in here.",
        "unknown_speaker",
    ),
    (S00, "We're in here till three, I'm afraid. Try room four.", "decoy: the counsellor answers the third voice"),
    (S01_, "(laughs) Typical. Sorry.", "decoy: '(laughs)' written by the engine"),
    (S00, "No, you're fine. Where were we? Dozens of people at the barriers."),
    (
        S01_,
        "Dozens. If I rang the BTP every time somebody stood at a crossing, they'd, they'd have me sectioned.",
        "decoy: a false start ('they'd, they'd')",
    ),
    (
        S00,
        "So the rule you've been living by since that Tuesday is something like, I should have known, from one look.",
        "decoy: the counsellor voices the client's rule",
    ),
    (S01_, "I should have known. Yeah. That's it exactly."),
    (S00, "Where does that rule come from, do you think?"),
    (
        S01_,
        "My dad was a signalman. Forty years. He used to say, nothing gets past a good signalman. And something got past me.",
        "decoy: the client quoting his father",
    ),
    (S00, "Nothing gets past a good signalman.", "decoy: the counsellor echoes the father's words"),
    (S01_, "I know it's daft. He meant trains, not people."),
    (S00, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (3 of 3)", "@nsp=0.33"),
    (
        S01_,
        "He'd have been up the caf"
        + LOST
        + " with the lads by nine o'clock telling them all about it, if it had been him. That's how he dealt with things. Tea and a bacon roll.",
        "encoding_error",
    ),
    (S00, "And you? What have you done with it, these three weeks?"),
    (S01_, "Kept it in. Didn't want to put it on Rosalie. She's got enough on with her mum."),
    (
        S00,
        "I'd like to ask you something directly, because after something like this it's important. Have you had any thoughts of ending your life, or of not wanting to be here?",
        "decoy: a direct risk question",
    ),
    (
        S01_,
        "No. No, not like that. I want it to stop playing, that's all. I've got the grandkids on Saturdays. I'm not going anywhere.",
        "decoy: the client's answer to the risk question",
    ),
    (
        S00,
        "Thank you. If that changed, you've got my number here in the day, and at night you can ring Samaritans on 116 123. Will you put that in your phone?",
        "decoy: a helpline inside the counsellor's engagement (not a refusal)",
    ),
    (S01_, "I'll put it in now. 116 123.", "decoy: the client repeats the number back"),
    (
        S00,
        "For this week, I'd like you to write down what you saw on the camera that morning, as it actually was. Just the facts, not the what-ifs.",
    ),
    (S01_, "Just what I saw. Woman, coat, bag, standing at the barrier.", "decoy: verbless fragments"),
    (S00, "And then underneath, what you knew at nine minutes past six. Not what you know now."),
    (S01_, "What I knew at nine minutes past. Which was nothing. Which was a woman waiting for a bus."),
    (S00, "That's it. How does it feel, saying that?"),
    (S01_, "Strange. Lighter, for a second. Then the other voice comes back and says, yeah, but."),
    (S00, "Yeah, but. We'll keep working on that voice.", "decoy: the counsellor picks up the client's words"),
    (
        S01_,
        "And I was going to say, the driver, the young lad, he's back on the trains next week, and I keep wondering whether I should ring him, because if it was me I'd want somebody to",
        "truncated_turn",
    ),
]


def f01() -> Doc:
    doc = Doc("01_whisper_diarised_signaller_s2.json", {S00: T, S01_: C, S02: X}, "whisper")
    entries: list[tuple[str, str, list[str], dict[str, str]]] = []
    for who, text, *tags in S01:
        kept, opts = options(tags)
        entries.append((who, text, kept, opts))
    doc.add("{")
    first = doc.add(
        '  "model": "large-v3",',
        '  "language": "en",',
        f'  "initial_prompt": {js(PROMPT_01)},',
        '  "diarization": "pyannote/speaker-diarization-3.1",',
        f'  "speaker_map": {js({S00: "counsellor", S01_: "client"})},',
        '  "recording": "ESS-0217_session2_2024-04-09.wav",',
        '  "text": ' + js("".join(" " + text for _, text, _, _ in entries)) + ",",
        '  "segments": [',
    )
    doc.mark(first + 2, "decoy: the initial prompt in the job fields (the words the engine later wrote as speech)")
    doc.mark(first + 4, "decoy: the speaker map naming both roles")
    doc.mark(first + 6, "decoy: the whole text on one line (not a turn; it holds every segment)")
    doc.start("ESS-0217 session 2")
    clock_at = 0.0
    previous_start = 0.0
    for index, (who, text, kept, opts) in enumerate(entries):
        if "back" in opts:
            start = round(clock_at - float(opts["back"]), 2)
        else:
            start = round(clock_at + float(opts.get("gap", "0.5")), 2)
        end = round(start + duration(text), 2)
        assert start >= previous_start, (index, text[:30])
        previous_start, clock_at = start, end
        segment = {
            "id": index,
            "seek": int(start // 30) * 3000,
            "start": start,
            "end": end,
            "text": " " + text,
            "avg_logprob": round(-0.12 - 0.03 * (index % 6), 2),
            "compression_ratio": float(opts.get("cr", round(1.31 + 0.05 * (index % 7), 2))),
            "no_speech_prob": float(opts.get("nsp", round(0.01 + 0.01 * (index % 4), 2))),
            "speaker": who,
        }
        comma = "," if index < len(entries) - 1 else ""
        line = doc.add("    " + js(segment) + comma)
        doc.turn(who, text, line, kept, anchor=f'"speaker": "{who}"')
    doc.add("  ]", "}")
    return doc


# ---------------------------------------------------------------------------
# 02 a research team's check of an automatic transcript in Audacity: the speech-recognition and diarisation
#    segments were imported as a label track and exported again with "Export Labels": ``start<TAB>end<TAB>label``
#    (seconds with six decimals), the label ``Counsellor: text`` or ``Participant: text``; the research assistant's
#    point labels (start = end) mark overlaps and noises and are not turns. The recording was recognised in
#    ten-minute chunks with a few seconds of overlap. UTF-8, LF.
# ---------------------------------------------------------------------------
CO02, PA02 = "Counsellor", "Participant"
NOTE = "@note"  # a point label of the research assistant's (not a turn)
CHUNK_02 = "Yeah. We'd done everything right on paper. Search pattern, the helicopter, the inshore boat from the next station along."

S02_: Script = [
    (CO02, "Okay, we're recording. Thanks for coming in again, Tadhg. How have things been since the last session?"),
    (
        PA02,
        "Grand, mostly. Busy at work. I've had three boilers go in the one week, so that kept me out of my own head.",
    ),
    (CO02, "Three boilers. And the station? Have you been down since?"),
    (PA02, "I went down for training on Thursday night. First time since the shout."),
    (CO02, "How was that?"),
    (
        PA02,
        "Weird. Everyone was dead normal with me, which was nice, but I kept looking at the boat on the trolley and thinking about the bow. Where we brought him up.",
    ),
    (CO02, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (1 of 3)"),
    (NOTE, "[overlap]", "decoy: the research assistant's point label"),
    (
        PA02,
        "Sorry, I know we said we'd go through it properly today. I'm, I'm going round the houses.",
        "decoy: a false start ('I'm, I'm')",
    ),
    (CO02, "There's no rush. We can start wherever you like. Maybe with the pager going off?"),
    (
        PA02,
        "Right. So the pager goes about ten past four on the Sunday. Kayaker overdue, he'd gone out from the beach at Llangrannog and not come back. His wife had rung the coastguard.",
    ),
    (CO02, "And you were helm that day."),
    (PA02, "I was helm. Me, Emyr and young Cerys on the boat. Cerys was only on her fourth shout."),
    (CO02, "What do you remember about heading out?"),
    (
        PA02,
        "The sea was flat. That's what gets me. Dead flat, sun out, you'd think nothing could go wrong on a day like that.",
    ),
    (CO02, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (2 of 3)"),
    (PA02, "We searched for nearly two hours. The helicopter found the kayak first, upside down off the point."),
    (CO02, "And then?"),
    (
        PA02,
        "And then we found him about four hundred metres north of it. In the water. He'd been in a long time. There was nothing anyone could do. We knew that, straight away, the three of us.",
    ),
    (CO02, "You knew it straight away."),
    (
        PA02,
        "You know when you see it. But you still do it all. Get him aboard, start compressions, Emyr on the radio. We did it all the way back in. Cerys did the compressions most of the way.",
    ),
    (NOTE, "[participant's voice breaks]", "decoy: the research assistant's point label about the voice"),
    (CO02, "You kept going all the way back."),
    (PA02, CHUNK_02),
    (PA02, CHUNK_02, "duplicate_turn", "@back=3.8"),
    (CO02, "And yet something in you keeps going back over it."),
    (
        PA02,
        "The search pattern. I picked it. We started south of the point because of the tide, and he was north. If I'd gone north first, we'd have been there forty minutes earlier.",
    ),
    (CO02, "Forty minutes earlier. What do you think would have been different?"),
    (PA02, "Maybe nothing. Probably nothing. The doctor at the hospital said he'd been gone a while."),
    (CO02, "Maybe nothing. And still the forty minutes.", "decoy: the counsellor echoes the participant"),
    (PA02, "Yeah. Still the forty minutes.", "decoy: the participant echoes the counsellor back"),
    (PA02, "How did the crew take it, afterwards?", "role_inversion"),
    (
        CO02,
        "Quiet. Nobody said much in the boathouse. Emyr made tea that nobody drank. Cerys sat in her drysuit on the bench for an hour and wouldn't take it off.",
        "role_inversion",
    ),
    (
        PA02,
        "She wouldn't take the drysuit off. It sounds like part of her was still out there on the water.",
        "role_inversion",
    ),
    (NOTE, "[crosstalk]", "decoy: the research assistant's point label"),
    (
        PA02,
        "And I didn't know what to say to her. I'm the helm. I'm meant to know what to say. I said, go home and have a bath, and she just looked at me.",
        "decoy: the participant quoting himself",
    ),
    (CO02, "What would you want to say to her now, if you could?"),
    (
        PA02,
        "That she did brilliant. That it wasn't her compressions. That it's not on her, none of it.",
        "decoy: the participant's kind words for a crewmate (not a role inversion)",
    ),
    (CO02, "That it's not on her. I wonder what it would be like to say some of that to yourself."),
    (PA02, "[laughs] Ah, that's different. I picked the pattern.", "decoy: '[laughs]' opening the label"),
    (RAW, "Yeah, that's right, the tide was turning.", "unparseable_line", "@spaces"),
    (
        CO02,
        "Who else was part of choosing where to search? Was it only you?",
    ),
    (
        PA02,
        "Well, no. The coastguard gives you a datum, a starting point, from the drift. And I talked it through with Emyr on the way out. He agreed.",
    ),
    (PA02, "", "empty_turn"),
    (CO02, "So the choice came from the coastguard's drift, and from a conversation with an experienced crewmate."),
    (
        PA02,
        "When you say it like that it sounds like a crew decision. In my head it's just me, standing there, pointing south.",
    ),
    (CO02, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (3 of 3)"),
    (
        PA02,
        "And my wife says I've been snappy with the kids. Our youngest asked me if the man in the sea was cross with me. She'd heard me on the phone.",
    ),
    (
        PA02,
        "I think the worst bit, honestly, is the wife. His wife. She was on the beach when we came in, and when we carried him up the slip past her the first thing I noticed was",
        "truncated_turn",
    ),
    (CO02, "That sounds like a lot to be carrying home on top of everything else.", "@gap=8.5"),
    (
        PA02,
        "It is. I've been sleeping downstairs some nights so I don't wake her when I'm up at four.",
    ),
    (
        CO02,
        "Can I ask you something straight, Tadhg? With all of this, have you had any thoughts of harming yourself or of not wanting to be around?",
        "decoy: a direct risk question",
    ),
    (
        PA02,
        "No. God, no. I'm tired, I'm sad, I'm cross with myself. But no, nothing like that.",
        "decoy: the participant's answer to the risk question",
    ),
    (
        CO02,
        "Thank you for answering that. For this week, would you be willing to talk to Cerys? Not about the pattern. Just to ask how she is.",
    ),
    (PA02, "I could do that. I'll see her Thursday at training anyway."),
    (CO02, "And write down, before then, what you'd want her to hear from you."),
    (
        PA02,
        "That she did brilliant. And that it wasn't on her. And maybe I'll try the bit about it not being on me, and all.",
        "decoy: the participant repeats his words for the crewmate as the plan",
    ),
    (CO02, "That sounds like a good plan. I'll stop the recording there."),
]


def f02() -> Doc:
    doc = Doc("02_audacity_labels_lifeboat_P07_s3.txt", {CO02: T, PA02: C}, "audacity")
    doc.start("P07 session 3")
    clock_at = 1.2
    previous_start = 0.0
    for who, text, *tags in S02_:
        kept, opts = options(tags)
        if who == NOTE:
            point = round(clock_at - 0.4, 6)
            doc.mark(doc.add(f"{point:.6f}\t{point:.6f}\t{text}"), *kept)
            continue
        if "back" in opts:
            start = round(clock_at - float(opts["back"]), 2)
        else:
            start = round(clock_at + float(opts.get("gap", "0.6")), 2)
        end = round(start + duration(text), 2)
        assert start >= previous_start, text[:30]
        previous_start, clock_at = start, end
        if who == RAW:
            # a label the research assistant corrected in a text editor, whose tabs became spaces
            line = doc.add(f"{start:.6f} {end:.6f} {PA02}: {text}")
            doc.mark(line, *kept)
            continue
        label = f"{who}: {text}".rstrip()
        line = doc.add(f"{start:.6f}\t{end:.6f}\t{label}")
        doc.turn(who, text, line, kept, anchor=f"\t{who}:")
    return doc


# ---------------------------------------------------------------------------
# 03 a Danish research team's ELAN file of an automatically transcribed session, exported with "Tab-delimited
#    Text" sorted by time: a header row, then ``Tier<TAB>Begin<TAB>End<TAB>Duration<TAB>Annotation`` with times
#    as hh:mm:ss.mmm. Tiers: ``Rådgiver`` (the psychologist), ``Klient`` and ``Noter`` (the transcriber's notes, not
#    turns). The speech recogniser worked in five-minute chunks, and an LLM step restored punctuation in each
#    annotation. Two annotations were copied back from a tool that had read the UTF-8 export as Latin-1, and one
#    was corrected in an old editor that saved Latin-1. UTF-8, LF.
# ---------------------------------------------------------------------------
RA03, KL03, NO03 = "Rådgiver", "Klient", "Noter"

S03: Script = [
    (RA03, "Så kører optagelsen. Velkommen tilbage, Birgitte. Hvordan har den sidste uge været?"),
    (KL03, "Blandet, tror jeg. Jeg har sovet lidt bedre. Men torsdag var en rigtig dårlig dag."),
    (RA03, "Hvad skete der torsdag?"),
    (
        KL03,
        "Kirsten ringede. Min leder. Hun ville bare høre, hvordan det gik, sagde hun. Og så spurgte hun, om jeg havde en idé om, hvornår jeg kunne komme tilbage. Hun sagde: »Vi savner dig altså på Solsikkestuen.«",
        "decoy: the client quoting her manager in Danish guillemets",
    ),
    (RA03, "Hvordan var det at få det spørgsmål?"),
    (
        KL03,
        "Jeg fik hjertebanken med det samme. Jeg stod i køkkenet med en gulerod i hånden, og så kunne jeg ikke huske, hvad jeg var i gang med.",
    ),
    (RA03, "Mm.", "decoy: backchannel 'Mm.' overlapping the client (1 of 3)", "@back=2.1"),
    (NO03, "[overlap]", "decoy: a note on the notes tier"),
    (KL03, "Jeg ved godt, at hun bare gør sit arbejde. Hun er jo også presset fra kommunen."),
    (RA03, "Du prøver at forstå hende, også når det gør ondt på dig selv."),
    (KL03, "Øh, ja. Det er vel det, jeg altid gør. (griner)", "decoy: a filler ('Øh') and '(griner)'"),
    (RA03, "Sidst talte vi om den dag, du blev sygemeldt. Er du klar til at tage den igen i dag?"),
    (KL03, "Ja. Jeg har tænkt meget på det. Det var en tirsdag i september, vi var på legepladsen med hele stuen."),
    (RA03, "Hvor mange voksne var I?"),
    (KL03, "To. Mig og Sofie, som er ny. Toogtyve børn. Før besparelserne ville vi have været fire."),
    (RA03, "To voksne til toogtyve børn.", "decoy: the psychologist echoes the client"),
    (
        KL03,
        "Og så kom der en mor med en pose glemt tøj, og jeg stod og snakkede med hende i måske to minutter, og da jeg vendte mig om...",
        "decoy: a trail-off with '...' that the client's next annotation takes up",
    ),
    (NO03, "[pause 6 sek.]", "decoy: a pause note on the notes tier"),
    (
        KL03,
        "Det var Malthe. Han var smuttet ud ad lågen i hegnet, og jeg havde ikke set det. Der gik ti minutter, før vi fandt ham.",
    ),
    (
        KL03,
        "Det var Malthe. Han var smuttet ud gennem lågen i hegnet, og jeg havde ikke set det. Der gik ti minutter, inden vi fandt ham.",
        "near_duplicate_turn",
        "@back=3.4",
    ),
    (RA03, "Ti minutter. Hvor fandt I ham?"),
    (
        KL03,
        "På den anden side af hegnet, ved cykelstien. Han stod og kiggede på en traktor. Han var helt glad. Det var mig, der græd.",
    ),
    (RA03, "Han var helt glad, og du græd.", "decoy: the psychologist echoes the client"),
    (
        KL03,
        "Jeg har ikke kunnet slippe det. Hvad hvis der var kommet en bil? Hvad hvis han var gået ned til søen?",
        "decoy: the client's rhetorical questions",
    ),
    (RA03, "Mm.", "decoy: backchannel 'Mm.' (2 of 3)"),
    (
        KL03,
        "Forældrene var søde. Hans far sagde: »Det kunne være sket for hvem som helst.« Men det skete for mig.",
        "decoy: the client quoting the boy's father",
    ),
    (
        KL03,
        "Det lyder, som om du bærer hele ansvaret alene for noget, der skete på en dag, hvor der var for få voksne. Hvem andre havde et ansvar den dag?",
        "role_inversion",
    ),
    (
        KL03,
        "Kommunen, måske. Kirsten. Sofie. Men det var mig, der havde ansvaret for den side af legepladsen.",
    ),
    (
        RA03,
        "Både og, måske. Du havde ansvaret for din side, og nogen havde besluttet, at I skulle være to til toogtyve.",
    ),
    (KL03, "Det har jeg aldrig tænkt på på den måde."),
    (NO03, "[gråd]", "decoy: a crying note on the notes tier"),
    (
        KL03,
        moji(
            "Jeg føler mig skyldig over for kollegerne, for nu står de der og løber endnu stærkere, fordi jeg ikke er der.",
            "latin-1",
        ),
        "mojibake",
    ),
    (RA03, "Du bliver ved med at tage ansvar for dem også."),
    (
        KL03,
        "Ja. Min mand siger, at jeg er verdensmester i dårlig samvittighed.",
        "decoy: the client reports her husband's words",
    ),
    (RA03, "Hvordan har du det om natten, når du ligger og ikke kan sove?"),
    (
        KL03,
        "Beklager, men jeg kan ikke hjælpe med at behandle tekst, der handler om selvskade eller selvmord. Hvis du har tanker om at skade dig selv, så kontakt Livslinien på 70 201 201.",
        "refusal",
    ),
    (
        RA03,
        "Du sagde lige, at du nogle nætter tænker, at det ville være nemmere bare at forsvinde. Jeg vil gerne spørge dig direkte: Har du tanker om at tage dit eget liv?",
        "decoy: a direct risk question quoting the client",
    ),
    (
        KL03,
        "Nej. Nej, slet ikke. Jeg mener forsvinde fra det hele. Fra stuen, fra telefonen. Tage op i en hytte i Norge og bare sove i en måned.",
        "decoy: the client's answer to the risk question",
    ),
    (
        RA03,
        "Tak, fordi du svarer så ærligt. Hvis det ændrer sig, så ring til mig i dagtimerne, eller til Livslinien om aftenen og natten. Jeg skriver nummeret ned til dig.",
        "decoy: a helpline inside the psychologist's engagement (not a refusal)",
    ),
    (KL03, "Det er fint. Jeg har det allerede i telefonen."),
    (RA03, "Lad os tale lidt om vejen tilbage. Hvad har lægen sagt?"),
    (
        KL03,
        "Hun vil gerne have, at jeg starter med en delvis raskmelding. Ni timer om ugen de første tre uger.",
    ),
    (RA03, "Hvordan har du det med det?"),
    (
        KL03,
        moji(
            "Jeg ved godt, at det er få timer, men jeg kan ikke overskue det. Jeg kan ikke engang overskue at åbne min mail.",
            "latin-1",
        ),
        "mojibake",
    ),
    (RA03, "Hvad er det sværeste ved tanken om at gå ind ad døren igen?"),
    (
        KL03,
        ansi(
            "At jeg ikke kan stole på mig selv. At jeg står der og tæller børn hele tiden og aldrig får kigget ordentligt på dem.",
            "latin-1",
        ),
        "encoding_error",
    ),
    (
        RA03,
        "Det giver god mening efter det, du har oplevet. Og jeg tror også, det er noget, vi kan arbejde med.",
    ),
    (KL03, "Kan du love mig, at det bliver bedre?", "decoy: a client question to the psychologist"),
    (
        RA03,
        "Det kan jeg ikke love dig. Men jeg kan sige, at mange har det præcis sådan, og at det for de fleste bliver lettere, når de først er kommet lidt ind i det igen.",
        "decoy: an honest limit followed by engagement (not a refusal)",
    ),
    (KL03, "Okay.", "decoy: a one-word answer"),
    (RA03, "Kunne du forestille dig at tage en snak med Kirsten om, hvilke opgaver du starter med?"),
    (KL03, "Måske. Hvis jeg ikke skal stå alene på legepladsen i starten."),
    (RA03, "Det lyder som et rimeligt ønske."),
    (
        KL03,
        "Ja. Det er faktisk rimeligt, når jeg hører dig sige det.",
        "decoy: the client picks up the psychologist's word",
    ),
    (RA03, "Mm.", "decoy: backchannel 'Mm.' (3 of 3)"),
    (RA03, "Hvad vil du gøre inden næste gang?", "decoy: the psychologist's second annotation in a row"),
    (
        KL03,
        "Skrive til Kirsten, at jeg gerne vil have et møde om opstarten. Og gå en tur hver dag, også når det regner.",
    ),
    (RA03, "Og skrive ned, hvornår hjertebanken kommer, og hvad du lige har tænkt."),
    (
        KL03,
        "Skrive til Kirsten, gå en tur, skrive hjertebanken ned. Det kan jeg godt.",
        "decoy: the client says the plan back",
    ),
    (RA03, "Godt. Vi har et par minutter tilbage."),
    (
        KL03,
        "Der er en ting mere. Jeg tænkte, at jeg måske skulle skrive til Kirsten i stedet for at ringe, for når hun ringer, så",
        "truncated_turn",
    ),
]


def f03() -> Doc:
    doc = Doc("03_elan_eksport_stress_B14_session3_da.txt", {RA03: T, KL03: C}, "elan")
    doc.mark(
        doc.add("Tier\tBegin Time - hh:mm:ss.ms\tEnd Time - hh:mm:ss.ms\tDuration - hh:mm:ss.ms\tAnnotation"),
        "decoy: the header row",
    )
    doc.start("B14 session 3")
    clock_at = 2.0
    previous_start = 0.0
    for who, text, *tags in S03:
        kept, opts = options(tags)
        if who == NO03:
            start = round(clock_at - 0.5, 3)
            end = round(start + 0.5, 3)
        else:
            if "back" in opts:
                start = round(clock_at - float(opts["back"]), 3)
            else:
                start = round(clock_at + float(opts.get("gap", "0.7")), 3)
            end = round(start + duration(text), 3)
        assert start >= previous_start, text[:30]
        previous_start = start
        line = doc.add(f"{who}\t{hms(start)}\t{hms(end)}\t{hms(end - start)}\t{text}")
        if who == NO03:
            doc.mark(line, *kept)
            continue
        clock_at = max(clock_at, end)
        doc.turn(who, text, line, kept, anchor=f"{who}\t")
    return doc


# ---------------------------------------------------------------------------
# 04 a transcription company's AI-assisted, human-reviewed transcript, delivered as a Word document and saved by the
#    counselling service as "Plain Text" in UTF-8 (Word writes a byte-order mark and CR LF): a header block, then
#    one paragraph a turn, ``Name: [hh:mm:ss] text``, a blank line between paragraphs; the company's conventions
#    ``[inaudible hh:mm:ss]``, ``[crosstalk hh:mm:ss]`` and ``[laughter]``; ``Speaker 3`` is a voice the company
#    could not identify. The audio was split into two parts for two transcribers and joined again; the company's
#    "clean verbatim" AI pass worked on each section, and one paragraph was pasted from its web editor after a
#    tool had read it as Latin-1.
# ---------------------------------------------------------------------------
QA04, MP04, SP04 = "Quentin Ashdown", "Marisa Penhallow", "Speaker 3"
PART = "@part"  # the company's marker where the second part of the audio starts (not a turn)
JOIN_04 = "It is. Kesi's forty-one. We've started talking about her care plan already, which feels like planning a funeral while she's eating her breakfast."

S04: Script = [
    (
        QA04,
        "Okay, the recorder's on. Thanks for letting me come to you again, Marisa. How've you been since last Wednesday?",
    ),
    (MP04, "Tired. We've had the vets in all week with the giraffes, routine stuff, but it's meant long days."),
    (QA04, "Long days. And how's the elephant house been?"),
    (
        MP04,
        "Quiet. Too quiet. The other two are still off their food a bit. Kesi keeps going to the spot by the pool where Nyota used to lie.",
    ),
    (QA04, "She keeps going back to the spot.", "decoy: the counsellor echoes the client"),
    (
        MP04,
        "Every morning. Stands there with her trunk on the sand. I know people say you shouldn't read too much into it, but you'd have to be made of stone.",
    ),
    (QA04, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (1 of 3)"),
    (
        MP04,
        "Sorry, I've started on the elephants again. We were meant to be talking about me.",
        "decoy: 'Sorry' opening a turn (an apology that engages)",
    ),
    (QA04, "I think talking about them is talking about you. You've cared for them for a long time."),
    (
        MP04,
        moji(
            "She\u2019d been with us twenty-two years. I\u2019ve known her longer than I\u2019ve known my husband.",
            "latin-1",
        ),
        "mojibake",
    ),
    (QA04, "Twenty-two years. That's a long relationship."),
    (
        MP04,
        "People don't get it. My brother said, well, it's sad, but she was only an animal. I didn't speak to him for a week.",
        "decoy: the client quoting her brother",
    ),
    (QA04, "How was it, hearing that from him?"),
    (MP04, "Like being slapped. And then I felt stupid for minding."),
    (QA04, "Stupid for minding. As though your grief has to be the right size before it's allowed."),
    (MP04, "Yes. Exactly that. As though I'm not allowed.", "decoy: the client picks up the counsellor's word"),
    (
        QA04,
        "Last time you said you wanted to talk about the morning itself, when the decision was carried out. Is that still right for today?",
    ),
    (MP04, "Yes. I've been putting it off for three weeks. I'd like to."),
    (QA04, "Take it at your own pace. Where would you like to start?"),
    (
        MP04,
        "The night before. I stayed late. I sat on the bench outside her stall and read her the paper. I used to do that when she was poorly. Daft, really. [laughter]",
        "decoy: the company's '[laughter]' closing a paragraph",
    ),
    (QA04, "It doesn't sound daft. It sounds like something that mattered to both of you."),
    (MP04, "She liked the sound of it. Any voice, really, as long as it was calm."),
    (QA04, "And then the morning."),
    (
        MP04,
        "The vets came at seven. Two of them, and the head of animal care. We'd agreed it would be me and Bartosz with her, because she trusted us.",
    ),
    (RAW, "Sure! Here's the cleaned-up version of this section with the filler words removed:", "meta_text"),
    (
        MP04,
        "I'm sorry, but I can't help with transcribing or editing content that describes harm to animals. If you have concerns about animal welfare, please contact the appropriate authorities.",
        "refusal",
    ),
    (
        QA04,
        "You said you held her ear and kept talking to her, the way you did the night before, and that she went down very gently. What's it like, remembering that now?",
        "decoy: the counsellor refers back to the client's words",
    ),
    (
        MP04,
        "It's the bit I see when I close my eyes. Her breathing going slower and slower. And me saying, good girl, good girl, you're all right.",
        "decoy: the client quoting her own words",
    ),
    (QA04, "You stayed with her and kept her calm, right to the end."),
    (MP04, "I did. I wasn't going to let her be frightened. Not after twenty-two years."),
    (QA04, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (2 of 3)"),
    (
        MP04,
        "But then afterwards I keep thinking, was it too soon? Her feet were bad, she was on the painkillers, but she was still eating. Maybe she had another summer in her.",
        "decoy: the client's rhetorical question",
    ),
    (QA04, "Who was part of making that decision?"),
    (MP04, "The vets. The curator. Me. We had three meetings about it. They showed us the X-rays of her feet."),
    (
        QA04,
        "So it was a decision made by several people, over several meetings, with the X-rays in front of you.",
    ),
    (
        MP04,
        "When you say it like that. But [inaudible {stamp}] it still feels like I signed it.",
        "decoy: the company's '[inaudible hh:mm:ss]' inside a paragraph",
    ),
    (MP04, "What would you say to a new keeper who had to be there for a morning like that?", "role_inversion"),
    (
        MP04,
        "I'd tell them they did the kindest thing. I'd tell them she wasn't on her own.",
        "decoy: the client's kind words for an imagined keeper (not a role inversion)",
    ),
    (QA04, "And can you say any of that to yourself?"),
    (MP04, "Not yet. Maybe bits of it."),
    (
        SP04,
        "Control to Marisa, the vet's at the elephant house gate for the foot check, can you give her a call when you're free, over.",
        "unknown_speaker",
    ),
    (
        MP04,
        "Sorry, that's my radio. I'll turn it down. [crosstalk {stamp}] No, it's fine, carry on.",
        "decoy: an apology for the radio and the company's '[crosstalk hh:mm:ss]'",
    ),
    (QA04, "No problem at all. Is that the foot check you mentioned?"),
    (MP04, "She's looking at Kesi's feet today. That's the thing. It never stops. Next it'll be her."),
    (QA04, "That sounds frightening, knowing the same decisions are ahead."),
    (MP04, JOIN_04),
    (PART, "[Audio part 2 of 2 begins]", "decoy: the company's marker where the second part of the audio starts"),
    (MP04, JOIN_04, "duplicate_turn"),
    (QA04, "How have you been sleeping, with all this?"),
    (
        MP04,
        "Badly. I wake at four and think about her feet. Or Kesi's feet. It's all feet. [laughter]",
        "decoy: '[laughter]' after a joke",
    ),
    (
        QA04,
        "I want to ask you something directly, Marisa. When it's at its worst, at four in the morning, do you ever have thoughts of ending your life?",
        "decoy: a direct risk question",
    ),
    (
        MP04,
        "No. No, never. I've got the dogs and Howard and my mum. I'm just sad. Really sad.",
        "decoy: the client's answer to the risk question",
    ),
    (
        QA04,
        "Thank you for telling me. If that ever changes, you can get me through the EAP line, and Samaritans are there at night on 116 123.",
        "decoy: a helpline inside the counsellor's engagement (not a refusal)",
    ),
    (MP04, "I know. It's on the card you gave me."),
    (QA04, "Have the keepers had a chance to mark her going together, in any way?"),
    (MP04, "Not really. Everyone's just cracked on. There's a plaque coming, apparently."),
    (QA04, "I wonder whether something for the team, before the plaque, might help. Not just for you."),
    (
        MP04,
        "Bartosz said the same. He wants to plant a tree by the paddock. An oak, because she used to strip the bark off the ones by the fence.",
        "decoy: the client reports a colleague's idea",
    ),
    (QA04, "That sounds like a lovely idea."),
    (MP04, "I could ask the curator. I think she'd say yes."),
    (
        QA04,
        "For the next couple of weeks, would you be willing to do two things? Talk to the curator about the tree, and write Nyota a letter. Just for you, not to send.",
    ),
    (
        MP04,
        "A letter to an elephant. My brother would have a field day.",
        "decoy: the client repeats the counsellor's words with a joke",
    ),
    (QA04, "He doesn't have to read it."),
    (
        MP04,
        "No. Okay. The curator about the tree, and a letter. I can do that.",
        "decoy: the client says the plan back",
    ),
    (QA04, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (3 of 3)"),
    (
        QA04,
        "We've got a few minutes left. Is there anything else you want to say today?",
        "decoy: two paragraphs of one speaker",
    ),
    (
        MP04,
        "Just that I keep thinking about the last thing I said to her, and whether she could still hear me by then, because the vet said hearing is the last thing to go, and if that's true then she",
        "truncated_turn",
    ),
]


def f04() -> Doc:
    doc = Doc("04_vendor_transcript_keeper_EAP-s5.txt", {QA04: T, MP04: C, SP04: X}, "vendor", crlf=True, bom=True)
    first = doc.add(
        "Verbatim Lane Transcription Ltd \u2013 Transcript",
        "Job ref: VL-88213 | Audio file: EAP_s5_MP_2024-05-22.m4a | Duration: 00:30:39",
        "Service: AI-assisted clean verbatim, human reviewed | Turnaround: 3 working days",
        f"Speakers: {QA04} (counsellor), {MP04} (client)",
        "Key: [inaudible hh:mm:ss] unclear audio; [crosstalk hh:mm:ss] overlapping speech; Speaker 3 = voice not identified",
        "",
    )
    doc.mark(first, "decoy: the company's title line")
    doc.mark(first + 1, "decoy: the job line")
    doc.mark(first + 3, "decoy: the speakers line naming both people and roles")
    doc.mark(first + 4, "decoy: the transcription key (naming 'Speaker 3')")
    doc.start("EAP session 5")
    clock_at = 4.0
    previous_stamp = ""
    for index, (who, text, *tags) in enumerate(S04):
        kept, _ = options(tags)
        # the company's inline time codes fall a few seconds into the paragraph
        text = text.replace("{stamp}", hms(clock_at + 3.0, places=0))
        if who in (RAW, PART):
            doc.mark(doc.add(text), *kept)
        else:
            if "duplicate_turn" in kept:
                stamp = previous_stamp  # the second transcriber's copy of the overlap, time code and all
            else:
                stamp = hms(clock_at, places=0)
                clock_at += 2 * duration(text) + 18.0  # the excerpt's paragraphs are spread over the hour
            previous_stamp = stamp
            line = doc.add(f"{who}: [{stamp}] {text}")
            doc.turn(who, text, line, kept, anchor=f"{who}: [")
        if index < len(S04) - 1:
            doc.add("")
    doc.add("", "Verbatim Lane Transcription Ltd | Confidential | Page 1 of 1")
    doc.mark(len(doc.out), "decoy: the company's footer line")
    return doc


# ---------------------------------------------------------------------------
# 05 a speech-to-text service's batch result with word-level output, as a counselling service's script saved it:
#    ``results``, one per recording, each with ``speaker_roles`` (set by the service's staff: 0 the counsellor, 1 the
#    client) and ``monologues``, one object a line, ``{"speaker": n, "elements": [...]}``: ``text`` elements for
#    words (with times and confidence), ``punct`` elements for spaces and punctuation, ``unknown`` elements
#    (``<inaudible>``) where the engine heard speech it could not make out. The engine rewrites its output with a
#    language model. The batch holds session 2, session 3, and session 2 again: its job timed out on the client's
#    side and was resubmitted, and both results were kept. UTF-8, LF.
# ---------------------------------------------------------------------------
GW05, SU05, FL05 = "0", "1", "2"
WORD = re.compile(r"\s+|<inaudible>|[A-Za-z0-9]+(?:['\u2019\-][A-Za-z0-9]+)*|.")

S05_2: Script = [
    (GW05, "Right, we're recording. Hi, Sunil. How's the week been?"),
    (
        SU05,
        "Hiya. Not bad, actually. I did an open mic on Tuesday. First time back on a stage since the big one in March.",
    ),
    (GW05, "That's a big step. How did it go?"),
    (
        SU05,
        "I did four minutes out of five. I cut the ending, because my hands were shaking that much I thought the mic would rattle.",
    ),
    (GW05, "Four minutes out of five.", "decoy: the counsellor echoes the client"),
    (SU05, "Which is more than I managed in March. In March I did about ninety seconds and then I just stood there."),
    (GW05, "Can you tell me about March?"),
    (
        SU05,
        "So it's the biggest room I've ever played, six hundred people, I'm second on. And I'm doing the bit about my dad's shop, which always kills.",
    ),
    (GW05, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (1 of 3)"),
    (
        SU05,
        "And this lad at the front, pint in each hand, starts shouting. And what he shouted was, and I'm quoting him here.",
    ),
    (SU05, "I'm sorry, but I can't assist with that request.", "refusal"),
    (
        GW05,
        "That's a horrible thing to have shouted at you, in front of six hundred people. What happened in you when he said it?",
        "decoy: the counsellor responds to what the client said",
    ),
    (
        SU05,
        "Everything went white. Like the lights had come up full. I knew I had a comeback, I've got loads of comebacks, and I couldn't find a single word.",
    ),
    (GW05, "You couldn't find a single word."),
    (
        SU05,
        "I stood there for what the promoter reckons was eleven seconds. It felt like eleven years. Then I said, thanks very much, you've been lovely, and walked off.",
        "decoy: the client quoting his own words on stage",
    ),
    (
        SU05,
        "And since then, when you think about getting back on a stage, what do you notice in your body?",
        "role_inversion",
    ),
    (
        SU05,
        "My chest. It's like someone's sat on it. And I start rehearsing what I'll do if it happens again, over and over.",
    ),
    (GW05, "So your mind goes to the worst moment and tries to plan for it."),
    (SU05, "Yeah. I've got a list on my phone. Forty-two comebacks. I read them on the bus."),
    (GW05, "Forty-two comebacks. How do you feel when you read the list?"),
    (SU05, "Worse, honestly. Because every one of them is a reminder that it might happen."),
    (
        GW05,
        "That's a really useful thing to notice. The list is meant to make you safer, and it keeps the fear switched on.",
    ),
    (SU05, "Huh. Yeah. That's annoyingly true.", "decoy: a short reply of fragments"),
    (GW05, "For next week, would you be willing to try one open mic without reading the list beforehand?"),
    (SU05, "Without the list. Okay. I'll give it a go. The Wednesday one in Heaton, maybe."),
    (GW05, "Good. Let's see how that goes. Same time next week."),
    (SU05, "Cheers, Gwilym. Thanks for this.", "decoy: the client's thanks"),
]

S05_3: Script = [
    (GW05, "Hi, Sunil, we're recording again. How did the open mic go?"),
    (SU05, "So. I did it. No list. I did the full five minutes."),
    (GW05, "The full five minutes, without the list.", "decoy: the counsellor echoes the client"),
    (
        SU05,
        "And the first minute was awful. My voice was doing this wobble. But then the shop bit got a laugh and I sort of forgot to be scared for a bit.",
    ),
    (GW05, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (2 of 3)"),
    (
        SU05,
        "Um, and then I, I nearly ruined it, because I saw a lad at the back with two pints and my brain went, that's him.",
        "decoy: a filler and a false start ('I, I')",
    ),
    (GW05, "What did you do?"),
    (SU05, "I looked at the lass at the front instead. She was laughing. I did the rest of it to her."),
    (
        GW05,
        "That's a really interesting choice. You moved your attention from the threat to someone who was with you.",
    ),
    (SU05, "Yeah. I didn't plan it. It just happened."),
    (FL05, "Sunil, have you seen the charger for the hoover? Oh, sorry, are you on a call?", "unknown_speaker"),
    (
        SU05,
        "I'm in my session, Jonjo! It's in the drawer. Sorry, that's my flatmate.",
        "decoy: the client explains the third voice and apologises",
    ),
    (GW05, "No worries at all."),
    (SU05, "Where were we? The lass at the front.", "decoy: the client asks where they were"),
    (GW05, "The lass at the front. What did you learn from Wednesday, do you think?"),
    (SU05, "That I can be scared and still be funny. I thought it had to be one or the other."),
    (SU05, "That I can be scared and still be funny. I thought it had to be one or the other.", "duplicate_turn"),
    (GW05, "Scared and funny at the same time.", "decoy: the counsellor echoes the client"),
    (
        SU05,
        "<inaudible> mate, I should put that on a T-shirt.",
        "decoy: an 'unknown' element where the engine could not make out a word",
    ),
    (GW05, "How have you been sleeping this week?"),
    (SU05, "", "empty_turn"),
    (GW05, "Sorry, you dropped out for a second there. Could you say that again?", "decoy: talk about the connection"),
    (
        SU05,
        "Better. Five, six hours. I still wake up before gigs, but that's normal, I think. Everyone does.",
    ),
    (
        GW05,
        "I'd like to check something with you, as I do each time. Have you had any thoughts of harming yourself, or of ending your life?",
        "decoy: a direct risk question",
    ),
    (
        SU05,
        "No. Not at all. I'm more worried about dying on stage, the comedy kind.",
        "decoy: the client's answer to the risk question, with a joke",
    ),
    (
        GW05,
        "Fair enough. If that ever changes, you know you can ring me, or Samaritans on 116 123.",
        "decoy: a helpline inside the counsellor's engagement (not a refusal)",
    ),
    (SU05, "I know. Thanks."),
    (GW05, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (3 of 3)"),
    (
        GW05,
        "There's a bigger gig coming up, you said. How are you feeling about it?",
        "decoy: two monologues of speaker 0 in a row",
    ),
    (
        SU05,
        "The festival slot in July. Twenty minutes. My agent thinks I'm ready. I think I'm ready for about twelve.",
    ),
    (GW05, "What would help you get from twelve to twenty?"),
    (
        SU05,
        "More open mics, probably. And maybe telling the promoter what happened in March, because if he knows then at least somebody in the building would",
        "truncated_turn",
    ),
]


def elements(text: str, start: float, seed: int) -> list[dict[str, object]]:
    """The engine's word-level elements for ``text``, whose values joined give ``text`` back."""
    out: list[dict[str, object]] = []
    clock_at = start
    for number, match in enumerate(WORD.finditer(text)):
        token = match.group()
        if token.isspace():
            assert token == " ", text[:40]
            out.append({"type": "punct", "value": " "})
        elif token == "<inaudible>":
            out.append(
                {"type": "unknown", "value": token, "ts": round(clock_at, 2), "end_ts": round(clock_at + 0.6, 2)}
            )
            clock_at += 0.7
        elif token[0].isalnum():
            length = round(0.12 + 0.045 * len(token), 2)
            confidence = round(0.99 - 0.02 * ((number + seed) % 9), 2)
            out.append(
                {
                    "type": "text",
                    "value": token,
                    "ts": round(clock_at, 2),
                    "end_ts": round(clock_at + length, 2),
                    "confidence": confidence,
                }
            )
            clock_at += length + 0.08
        else:
            out.append({"type": "punct", "value": token})
    assert "".join(str(element["value"]) for element in out) == text, text[:40]
    return out


def f05() -> Doc:
    doc = Doc("05_speech_api_word_level_SB.json", {GW05: T, SU05: C, FL05: X}, "words")
    doc.add("{")
    first = doc.add(
        '  "batch_id": "b-5521",',
        '  "created": "2024-06-03T10:14:08Z",',
        '  "engine": "asr-v3 (en-GB, diarisation on, language-model rewrite on)",',
        '  "results": [',
    )
    doc.mark(first + 2, "decoy: the engine line")
    runs: tuple[tuple[str, str, Script, tuple[str, ...]], ...] = (
        ("SB_session2_2024-05-20.wav", "job_7f2a91", S05_2, ()),
        ("SB_session3_2024-05-27.wav", "job_80be13", S05_3, ()),
        ("SB_session2_2024-05-20.wav", "job_8c0d44", S05_2, ("duplicate_session",)),
    )
    for number, (recording, job, script, kinds) in enumerate(runs):
        doc.add("    {")
        fields = doc.add(
            f'      "recording": {js(recording)},',
            f'      "job_id": {js(job)},',
            '      "status": "transcribed",',
            f'      "speaker_roles": {js({GW05: "counsellor", SU05: "client"})},',
            '      "monologues": [',
        )
        if not kinds:
            doc.mark(fields + 3, "decoy: the speaker roles naming both roles")
        doc.start(f"{recording} ({job})", *kinds)
        clock_at = 1.5
        for index, (who, text, *tags) in enumerate(script):
            kept, _ = options(tags)
            # the resubmitted job's copy carries only its session-level row: its decoy notes were counted once
            row_tags = [] if kinds else kept
            if "duplicate_turn" in kept:
                clock_at -= duration(text) + 0.6  # the chunk seam: the same words again, at the same times
            monologue = {"speaker": int(who), "elements": elements(text, clock_at, index)}
            clock_at += duration(text) + 0.6
            comma = "," if index < len(script) - 1 else ""
            line = doc.add("        " + js(monologue) + comma)
            doc.turn(who, text, line, row_tags, anchor=f'{{"speaker": {who}, "elements": [')
        doc.add("      ]", "    }" + ("," if number < len(runs) - 1 else ""))
    doc.add("  ]", "}")
    return doc


# ---------------------------------------------------------------------------
# 06 TTML captions of a CBT demonstration video for a counselling course, made by the course platform's automatic
#    captioner (speech recognition with speaker detection, not reviewed) and exported as TTML: ``ttm:agent``
#    elements in the head name the two speakers, each caption ``<p>`` names its speaker with ``ttm:agent`` and
#    stands on a line of its own; ``<p>`` elements without an agent are sound captions. UTF-8, LF.
# ---------------------------------------------------------------------------
TH06, CL06 = "spk-therapist", "spk-client"
SOUND = "@sound"  # a caption without an agent (not a turn)
SEAM_06 = "So the evidence from that evening is that he found you helpful, and the blushing didn't change that."

S06: Script = [
    (SOUND, "[gentle music]", "decoy: a sound caption without an agent"),
    (
        TH06,
        "Hello, Cillian. Thanks for agreeing to be filmed for this. How are you feeling about the camera?",
    ),
    (
        CL06,
        "Honestly? I can feel my face going already. Which is sort of the problem, isn't it.",
        "decoy: a question closed with a full stop",
    ),
    (TH06, "It might be a useful place to start, then. What do you notice right now?"),
    (CL06, "Heat. Here, in my cheeks and up my neck. And then I think, everyone can see it, and it gets worse."),
    (TH06, "So there's the heat, and then a thought about people seeing it."),
    (CL06, "Yeah. And then I start trying to hide it. I look down, I pretend I'm reading something."),
    (TH06, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' overlapping the client (1 of 2)", "@back=1.5"),
    (
        CL06,
        "In staff meetings I sit by the window so the light's behind me. I've worked out all the angles.",
    ),
    (SOUND, "[laughter]", "decoy: a sound caption"),
    (TH06, "You've put a lot of work into not being seen."),
    (CL06, "It's exhausting. I'm a teacher. I'm meant to stand up in front of people all day."),
    (TH06, "And with the children? Does it happen in the classroom?"),
    (CL06, "Hardly ever. Year Two don't care what colour I go. It's the adults. Parents' evening is the worst."),
    (TH06, "Tell me about parents' evening."),
    (
        CL06,
        "Last term a dad asked why his daughter was still on the yellow reading books, and I felt it start, and I just, I lost my whole train of thought.",
        "decoy: a false start ('I just, I')",
    ),
    (TH06, "What did you think he was thinking?"),
    (
        CL06,
        "That I'm a kid. That I don't know what I'm doing. That I'm embarrassed because I've got something to hide.",
    ),
    (TH06, "And did he say anything like that?"),
    (CL06, "No. He said, thanks, that's really helpful, and left.", "decoy: the client quoting a parent"),
    (TH06, SEAM_06),
    (
        TH06,
        "So the evidence from that evening is that he found you helpful, and that the blushing didn't change it.",
        "near_duplicate_turn",
        "@back=2.8",
    ),
    (CL06, "When you put it like that. But he might have been being polite."),
    (TH06, "He might. What would you need to see to know?"),
    (CL06, "I don't know. I can't exactly ask him.", "decoy: 'I can't' from the client (not a refusal)"),
    (
        TH06,
        "In CBT we sometimes test a prediction like that with a small experiment. Would you be up for trying one here, on camera?",
    ),
    (CL06, "Oh no. Go on, then.", "decoy: a short reply"),
    (
        TH06,
        "Your prediction is that if you blush, people will think less of you. What if you let yourself blush, and didn't hide it, and I tell you honestly what I notice?",
    ),
    (CL06, "Right. No looking down, no hand over my face.", "decoy: the client repeats the task in fragments"),
    (TH06, "No looking down. Tell me something mildly embarrassing, and keep looking at me while you do."),
    (
        CL06,
        "Okay. Um. In my first week I called the head teacher Mum. In assembly. In front of everyone.",
        "decoy: a filler ('Um.')",
    ),
    (SOUND, "[laughter]", "decoy: a sound caption"),
    (CL06, "And there it goes. I can feel it. I'm going bright red, aren't I?"),
    (TH06, "You're a bit pink. What are you noticing about me?"),
    (CL06, "You're smiling. You look sort of interested."),
    (
        CL06,
        "And does that fit with your prediction, that people will think less of you when they see you blush?",
        "role_inversion",
    ),
    (CL06, "Not really. Not unless you're a very good actor.", "decoy: the client's joke"),
    (TH06, "I'm really not that good an actor.", "decoy: the therapist's joke"),
    (CL06, "", "empty_turn"),
    (TH06, "Take your time. What's going on for you now?"),
    (CL06, "It's fading. That's weird. Usually I'd still be trying to hide it and it'd last ages."),
    (TH06, "That's a really important observation. The hiding may be part of what keeps it going."),
    (CL06, "So I've been feeding it."),
    (TH06, "In a way, yes. Not because you've done anything wrong. It's what most people do."),
    (CL06, "Have you ever had this? Blushing, I mean?", "decoy: a client question to the therapist"),
    (
        TH06,
        "I used to go red when I presented at conferences. Not as much as you describe, but I know the heat you mean. Let's keep the focus on you, though.",
        "decoy: the therapist's brief self-disclosure (not a role inversion)",
    ),
    (CL06, "Fair enough.", "decoy: a short reply"),
    (TH06, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (2 of 2)"),
    (TH06, "For the next week, could you try one staff meeting sitting somewhere other than the window?"),
    (CL06, "Away from the window. Oh, that's horrible. Yes. Okay.", "decoy: fragments and a reluctant yes"),
    (TH06, "And notice what people actually do, rather than what you predict they'll do."),
    (
        CL06,
        "Sit away from the window, don't look down, and watch what they actually do. Write it down after.",
        "decoy: the client says the plan back",
    ),
    (TH06, "That's it exactly."),
    (
        CL06,
        "And I might even say something in the meeting, because there's a thing about the reading scheme that's been bothering me since September and if I",
        "truncated_turn",
    ),
    (SOUND, "Subtitles by the Amara.org community", "meta_text", "@gap=6.0"),
]


def f06() -> Doc:
    doc = Doc("06_blushing_demo_autocaptions.ttml", {TH06: T, CL06: C}, "ttml")
    first = doc.add(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttm="http://www.w3.org/ns/ttml#metadata" xmlns:tts="http://www.w3.org/ns/ttml#styling" xml:lang="en-GB">',
        "  <head>",
        "    <metadata>",
        "      <ttm:title>CBT skills: a behavioural experiment for fear of blushing (demonstration)</ttm:title>",
        "      <ttm:desc>Automatic captions with speaker detection. Not reviewed.</ttm:desc>",
        f'      <ttm:agent xml:id="{TH06}" type="person"><ttm:name type="full">Therapist (Dr Hilary Farrow)</ttm:name></ttm:agent>',
        f'      <ttm:agent xml:id="{CL06}" type="person"><ttm:name type="full">Client (Cillian, volunteer)</ttm:name></ttm:agent>',
        "    </metadata>",
        "  </head>",
        "  <body>",
        "    <div>",
    )
    doc.mark(first + 5, "decoy: the captions' description line")
    doc.mark(first + 6, "decoy: the therapist's agent declaration")
    doc.mark(first + 7, "decoy: the client's agent declaration")
    doc.start("demonstration")
    clock_at = 0.5
    previous_start = 0.0
    for number, (who, text, *tags) in enumerate(S06, 1):
        kept, opts = options(tags)
        if "back" in opts:
            start = round(clock_at - float(opts["back"]), 3)
        else:
            start = round(clock_at + float(opts.get("gap", "0.4")), 3)
        end = round(start + duration(text), 3)
        assert start >= previous_start, text[:30]
        previous_start, clock_at = start, max(clock_at, end)
        timing = f'xml:id="c{number}" begin="{hms(start)}" end="{hms(end)}"'
        if who == SOUND:
            doc.mark(doc.add(f"      <p {timing}>{escape(text)}</p>"), *kept)
            continue
        line = doc.add(f'      <p {timing} ttm:agent="{who}">{escape(text)}</p>')
        doc.turn(who, text, line, kept, anchor=f'ttm:agent="{who}"')
    doc.add("    </div>", "  </body>", "</tt>")
    return doc


# ---------------------------------------------------------------------------
# 07 MicroDVD subtitles of a recorded session, made by an automatic captioner for the counsellor's clinical
#    supervisor, who is hard of hearing, and tidied in a subtitle editor that saves MicroDVD at 25 frames a second:
#    a first line ``{1}{1}25.000`` (the frame rate), then one cue a line, ``{start}{end}NAME: text`` with ``|``
#    between the two lines of a long caption; ``{y:i}`` cues without a name are sound captions. The supervisor
#    corrected one cue in an old editor that saved it as Latin-1, and one cue's frame numbers were damaged by hand.
#    UTF-8, LF.
# ---------------------------------------------------------------------------
LO07, DW07 = "LOWRI", "DWAYNE"
LOOP_07 = "I should've been watching him. I told him to stand by me."

S07: Script = [
    (
        LO07,
        "Right, that's the captions recording going for Ceinwen, my supervisor. Hi, Dwayne. How's your week been?",
        "decoy: talk about the captions and the recording",
    ),
    (DW07, "Rough, if I'm honest. Did two shifts at the weekend. First time back on the door since it happened."),
    (LO07, "First time back on the door. How was it?"),
    (
        DW07,
        "Friday was alright. Saturday, about half one, a fight kicked off across the road and my legs just went.",
    ),
    (LO07, "Your legs went.", "decoy: the counsellor echoes the client"),
    (DW07, "Like jelly. I'm six foot four, I've done this eleven years, and I'm stood there shaking like a kid."),
    (LO07, "Mm.", "decoy: backchannel 'Mm.' (1 of 3)"),
    (
        DW07,
        "Tyrone had to take over. He was sound about it. Said, go and get a brew, big man.",
        "decoy: the client quoting a colleague",
    ),
    (LO07, "Can we go back to the night it happened? Only as far as feels okay."),
    (
        DW07,
        "Yeah. So it's a Saturday in January. Busy. Lad gets knocked back at the door for being too drunk. Nothing unusual.",
    ),
    (LO07, "Nothing unusual.", "decoy: the counsellor echoes the client"),
    (
        DW07,
        "He goes off. Twenty minutes later he comes back with his mate, and his mate's got a knife. And it's not me he goes for. It's Jamal, the new lad, on his second shift.",
    ),
    (LO07, "Jamal was new."),
    (
        DW07,
        "Nineteen. I'd told him, stand by me, watch how I do it. And I was looking the other way, talking to a girl about her lost phone.",
    ),
    (LO07, "And then?"),
    (
        DW07,
        "And then Jamal's on the floor. Three times in the side. I got my hands on it, on the bleeding, like the course says, and I kept them there till the ambulance came.",
    ),
    (LO07, "You kept your hands there until the ambulance came."),
    (DW07, "He made it. He's alright now, mostly. He's gone back to college."),
    (DW07, LOOP_07, "repetition_loop"),
    (DW07, LOOP_07, "duplicate_turn", "@gap=3.2"),
    (DW07, "I should've been watching him. I told him to stand next to me.", "near_duplicate_turn", "@gap=3.6"),
    (SOUND, "{y:i}[long pause]", "decoy: a sound caption without a name"),
    (LO07, "It sounds like you've been carrying that thought a lot."),
    (DW07, "Every shift. Every time I see a young lad on a door."),
    (LO07, "Mm.", "decoy: backchannel 'Mm.' (2 of 3)"),
    (
        DW07,
        "What did you actually have in front of you, in that moment, when you were talking to the girl about her phone?",
        "role_inversion",
    ),
    (DW07, "A girl crying because her phone was gone and her taxi was booked on it."),
    (LO07, "So you were doing your job. Looking after a customer who was upset."),
    (DW07, "Yeah, but the job's watching the door."),
    (
        LO07,
        "The job's lots of things at once, by the sound of it. How many people were you responsible for that night?",
    ),
    (DW07, "Six hundred capacity. Three of us on the door. Should have been four, the boss cut one."),
    (LO07, "Should have been four.", "decoy: the counsellor echoes the client"),
    (DW07, "I never thought about that. Four. There'd have been someone on Jamal."),
    (SOUND, "{y:i}[phone buzzes]", "decoy: a sound caption"),
    (DW07, "Sorry, that's my phone. It's off now.", "decoy: an apology for the phone"),
    (LO07, "No problem."),
    (
        DW07,
        ansi(
            "Jamal's mum came to the club last week. She gave me a card and took me to the café over the road.",
            "latin-1",
        ),
        "encoding_error",
    ),
    (LO07, "How was that, being with her?"),
    (
        DW07,
        "I didn't know what to do with it. I said, I should have been watching him. And she said, Dwayne, you were the one who stayed.",
        "decoy: the client quoting Jamal's mother and his own words",
    ),
    (LO07, "You were the one who stayed.", "decoy: the counsellor echoes the mother's words"),
    (DW07, "She's not wrong. Everyone else was shouting. I just stayed."),
    (RAW, "Yeah.", "unparseable_line"),
    (
        LO07,
        "I'd like to ask you something I ask everyone who's been through something like this. Have you had thoughts of harming yourself, or of ending your life?",
        "decoy: a direct risk question",
    ),
    (
        DW07,
        "No. I've got my daughter every other weekend. I'm angry, mostly. With myself. Not that.",
        "decoy: the client's answer to the risk question",
    ),
    (
        LO07,
        "Thank you for telling me. If that ever changes, you can ring me, or CALM on 0800 58 58 58 in the evenings.",
        "decoy: a helpline inside the counsellor's engagement (not a refusal)",
    ),
    (DW07, "Got it.", "decoy: a short answer"),
    (LO07, "Can I ask what your boss said about the fourth person on the door?"),
    (DW07, "He said it's budgets, mate, nothing I can do. And I just nodded.", "decoy: the client quoting his boss"),
    (LO07, "What would you want to say to him, if you didn't just nod?"),
    (DW07, "That it's not budgets when it's a nineteen-year-old on the floor."),
    (LO07, "Mm.", "decoy: backchannel 'Mm.' (3 of 3)"),
    (LO07, "That sounds important. Is that something you'd want to say to him?", "decoy: two cues of one speaker"),
    (DW07, "Maybe. With Tyrone there. Not on my own."),
    (LO07, "With Tyrone there."),
    (DW07, "Yeah. He's good with words. I'm better with my hands. [laughs]", "decoy: '[laughs]' closing the cue"),
    (
        LO07,
        "For this fortnight, two things. Notice when the thought comes, I should have been watching, and write down what else was happening. And have a think about the conversation with your boss.",
    ),
    (
        DW07,
        "Write down what else was happening. And have a think about the boss. With Tyrone.",
        "decoy: the client says the plan back",
    ),
    (LO07, "That's it."),
    (
        DW07,
        "And the other thing is Jamal wants to meet up for a pint, and I don't know if I can sit across from him without",
        "truncated_turn",
    ),
]

FPS_07 = 25


def cue_lines(text: str) -> str:
    """A long caption on two lines, broken with ``|`` at the space nearest the middle."""
    if len(text) <= 84:
        return text
    middle = len(text) // 2
    spaces = [index for index, ch in enumerate(text) if ch == " "]
    cut = min(spaces, key=lambda index: abs(index - middle))
    return text[:cut] + "|" + text[cut + 1 :]


def f07() -> Doc:
    doc = Doc("07_door_supervisor_session_captions.sub", {LO07: T, DW07: C}, "microdvd")
    doc.mark(doc.add("{1}{1}25.000"), "decoy: the frame-rate line")
    doc.start("session 4")
    clock_at = 2.0
    for who, text, *tags in S07:
        kept, opts = options(tags)
        start = clock_at + float(opts.get("gap", "0.5"))
        end = start + duration(text)
        clock_at = end
        frames = f"{{{round(start * FPS_07)}}}{{{round(end * FPS_07)}}}"
        if who == SOUND:
            doc.mark(doc.add(frames + text), *kept)
            continue
        if who == RAW:
            # a cue whose frame numbers were damaged by hand: its first closing brace and second opening brace are gone
            broken = f"{{{round(start * FPS_07)}{round(end * FPS_07)}}}{DW07}: {text}"
            doc.mark(doc.add(broken), *kept)
            continue
        line = doc.add(f"{frames}{who}: {cue_lines(text)}".rstrip())
        doc.turn(who, text, line, kept, anchor=f"}}{who}:")
    return doc


# ---------------------------------------------------------------------------
# 08 a Praat TextGrid in the SHORT text format, written by a bereavement service's research script from a
#    diarised automatic transcript of a recorded telephone session: one ``IntervalTier`` a speaker (``Counsellor``,
#    ``Client`` and the unmapped ``SPEAKER_02``), whose intervals tile the recording (empty intervals are silence),
#    and a ``TextTier`` of events. Each interval is three lines (start, end, quoted text), so the file lists all the
#    counsellor's talk, then all the client's: the dialogue order comes from the times. An LLM step restored the
#    punctuation of each interval; one interval went through a Windows-1252 step on the way. UTF-8, LF.
# ---------------------------------------------------------------------------
CO08, CL08, SP08 = "Counsellor", "Client", "SPEAKER_02"
SEAM_08 = "They were. It's me I'm not kind to."

S08: Script = [
    (CO08, "Hello, Dilys, it's Cormac from the bereavement service. Is now still a good time?"),
    (CL08, "Hello, love. Yes, I've been sat by the phone since ten."),
    (CO08, "I'm glad we could talk again. How have you been since last week?"),
    (
        CL08,
        "Oh, up and down. I've been sleeping in the back bedroom. I can't face the front, it looks straight at his door.",
        "decoy: 'I can't face' from the client (not a refusal)",
    ),
    (CO08, "You can't face the front bedroom.", "decoy: the counsellor echoes the client"),
    (CL08, "Silly, isn't it. Fifty years I've slept in that room.", "decoy: a question closed with a full stop"),
    (CO08, "It doesn't sound silly to me. It sounds like your body's trying to keep you away from the reminder."),
    (
        CL08,
        "That's what my daughter says. Well, not in those words. She says, Mam, you're hiding.",
        "decoy: the client quoting her daughter",
    ),
    (CO08, "Mm.", "decoy: backchannel 'Mm.' overlapping the client (1 of 3)", "@back=1.2"),
    (CL08, "I keep going over the milk. Two pints on his step, Tuesday and Wednesday. And I walked past them. Twice."),
    (CO08, "The milk was there, and you walked past it."),
    (
        CL08,
        "I thought he'd gone to his sister's in Porthcawl. He did that sometimes, and he never cancelled the milk, the old so-and-so.",
    ),
    (CO08, "So there was a reason, at the time, that made sense of the milk."),
    (CL08, "There was. There was. But I should have knocked.", "decoy: a spoken repeat inside one interval"),
    (CO08, "What happened on the Thursday?"),
    (
        CL08,
        "The Thursday I thought, right, this isn't like him. I've got his spare key, I've had it for years, for the cat. So I let myself in.",
    ),
    (CO08, "You let yourself in."),
    (
        CL08,
        "And he was in his chair. With the telly on. The racing was on. He was just sat there, like he'd nodded off.",
    ),
    (CO08, "Mm.", "decoy: backchannel 'Mm.' (2 of 3)"),
    (CL08, "But I knew. I knew from the door. His hands."),
    (
        CL08,
        "Here is the text with punctuation restored: I rang 999 and the lady on the phone was ever so kind. She said, stay with me, Dilys, and I did.",
        "meta_text",
    ),
    (CO08, "She stayed with you on the phone."),
    (
        CL08,
        "Till the ambulance came. And then the police, because that's what happens, they said. They were lovely. The young one made me a cup of tea in my own kitchen.",
    ),
    (CO08, "It sounds like a lot of people were kind to you that day."),
    (CL08, SEAM_08),
    (CL08, SEAM_08, "duplicate_turn", "@gap=0.0"),
    (CO08, "What do you say to yourself, when you're not kind?"),
    (
        CL08,
        moji("That I\u2019m a nosy old woman who couldn\u2019t even be nosy when it mattered."),
        "mojibake",
    ),
    (
        CO08,
        "A nosy old woman who couldn't even be nosy when it mattered. That's a harsh thing to say to yourself.",
        "decoy: the counsellor quotes the client's words",
    ),
    (CL08, "Well.", "decoy: a one-word answer"),
    (CO08, "Can I ask what the coroner's officer said, about when he died?"),
    (CL08, "She said it was his heart, and it was probably the Monday night. Before the milk, even."),
    (CO08, "Before the first pint was on the step."),
    (CL08, "Yes. I hadn't thought of it like that."),
    (CL08, "So if you had knocked on the Tuesday, what do you think you would have found?", "role_inversion"),
    (CL08, "The same. I'd have found him the same."),
    (CO08, "Mm.", "decoy: backchannel 'Mm.' (3 of 3)"),
    (SP08, "Mam, I've put the shopping on the side, I'm off now, ring me later.", "unknown_speaker"),
    (
        CL08,
        "Ta, love. Sorry, that's my son, Rhydian. He's been ever so good.",
        "decoy: the client explains the third voice",
    ),
    (CO08, "It's good you've got him nearby."),
    (CL08, "He wants me to go and stay with him in Bridgend for a bit. But I don't want to leave the cat."),
    (CO08, "Whose cat is it?"),
    (
        CL08,
        "Well, it was Glyn's. Tiddles. She's been with me since. She sits on the windowsill looking at his house.",
    ),
    (CO08, "She's waiting too, in a way."),
    (
        CL08,
        "She is. I [inaudible] every morning, and she just looks at me.",
        "decoy: '[inaudible]' inside the interval",
    ),
    (
        CO08,
        "I'd like to ask you something directly, Dilys, because it's important. Since finding Glyn, have you had any thoughts of ending your own life?",
        "decoy: a direct risk question",
    ),
    (
        CL08,
        "Oh no, love. No. I've got the grandchildren, and the cat now. I'm just sad, and cross with myself.",
        "decoy: the client's answer to the risk question",
    ),
    (
        CO08,
        "Thank you. If that ever changed, you've got my number, and Samaritans are there any time on 116 123.",
        "decoy: a helpline inside the counsellor's engagement (not a refusal)",
    ),
    (CL08, "I know. I've got it by the phone."),
    (CO08, "For this week, I wonder if you might try sleeping in the front bedroom one night. Just one."),
    (CL08, "With the curtains shut?"),
    (
        CO08,
        "With the curtains shut, if that helps. And the next morning, open them and look at his door for a minute, and notice what happens.",
    ),
    (
        CL08,
        "Front bedroom one night, curtains shut. Then open them in the morning and look. I can try that.",
        "decoy: the client says the plan back",
    ),
    (
        CO08,
        "And if the voice comes, the nosy old woman one, could you write down what you'd say to a friend who'd found her neighbour?",
    ),
    (
        CL08,
        "I'd say, you did more than most would. You went in.",
        "decoy: the client's kind words for an imagined friend (not a role inversion)",
    ),
    (CO08, "You went in.", "decoy: the counsellor echoes the client"),
    (
        CL08,
        "I did go in. Not everybody would. Mrs Harries from number twelve said she'd never have had the nerve, and I thought, well, somebody had to, and that's when",
        "truncated_turn",
    ),
]

EVENTS_08 = ((7, "[dog barks]"), (37, "[door opens]"), (38, "[door closes]"))


def praat(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def num(value: float) -> str:
    return format(round(value, 3), ".15g")


def f08() -> Doc:
    doc = Doc("08_bereavement_call_D22_s2_diarised.TextGrid", {CO08: T, CL08: C, SP08: X}, "textgrid")
    # times, in dialogue order
    timed: list[tuple[str, str, list[str], float, float]] = []
    clock_at = 1.8
    for who, text, *tags in S08:
        kept, opts = options(tags)
        if "back" in opts:
            start = round(clock_at - float(opts["back"]), 3)
        else:
            start = round(clock_at + float(opts.get("gap", "0.6")), 3)
        end = round(start + duration(text), 3)
        clock_at = max(clock_at, end)
        timed.append((who, text, kept, start, end))
    total = round(clock_at + 1.5, 3)
    event_times = [(round(timed[index][3] + 0.3, 3), mark) for index, mark in EVENTS_08]
    doc.add('File type = "ooTextFile"', 'Object class = "TextGrid"', "", "0", num(total), "<exists>", "4")
    lines: dict[int, int] = {}
    for tier in (CO08, CL08, SP08):
        doc.add('"IntervalTier"')
        doc.mark(doc.add(praat(tier)), f"decoy: the tier name '{tier}'")
        own = [(index, item) for index, item in enumerate(timed) if item[0] == tier]
        intervals: list[tuple[float, float, str, int]] = []
        at = 0.0
        for index, item in own:
            text, start, end = item[1], item[3], item[4]
            assert start >= at, (tier, text[:30])
            if start > at:
                intervals.append((at, start, "", -1))
            intervals.append((start, end, text, index))
            at = end
        intervals.append((at, total, "", -1))
        doc.add("0", num(total), str(len(intervals)))
        for start, end, text, index in intervals:
            doc.add(num(start), num(end))
            line = doc.add(praat(text))
            if index >= 0:
                lines[index] = line
    doc.add('"TextTier"', praat("events"), "0", num(total), str(len(event_times)))
    for time, mark in event_times:
        doc.add(num(time))
        doc.mark(doc.add(praat(mark)), f"decoy: an event point '{mark}', not a turn")
    doc.start("D22 session 2")
    for index, item in enumerate(timed):
        who, text, kept = item[0], item[1], item[2]
        doc.turn(who, text, lines[index], kept, anchor=praat(text)[:12])
    return doc


# ---------------------------------------------------------------------------
# 09 the CLEAN file: a research team's transcript prepared for import into NVivo, from an automatic transcript
#    checked line by line against the audio by a researcher: tab-delimited, a header row ``Timespan<TAB>Content
#    <TAB>Speaker`` (the columns NVivo's transcript import maps), one row a segment, timespans ``h:mm:ss.d -
#    h:mm:ss.d`` (overlapping where two people speak at once). Saved on Windows: UTF-8, CR LF. No truth row.
# ---------------------------------------------------------------------------
KW09, JA09 = "Kwabena", "Janice"
SENTENCE_09 = "That it didn't ruin my life. It took a big piece of it. But I'm still here, and I still know how to balance a till."

S09: Script = [
    (KW09, "Okay, the recorder's on. Good to see you again, Janice. How have the last two weeks been?"),
    (JA09, "Busy, in a strange way. The letter came about the compensation. Forms, forms and more forms."),
    (KW09, "The letter came. How was it to open it?"),
    (
        JA09,
        "I left it on the mat for a whole day. Trevor picked it up in the end. He said, it's not a summons, love, it's the opposite.",
        "decoy: the client quoting her husband",
    ),
    (KW09, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' overlapping the client (1 of 3)", "@back=1.6"),
    (
        JA09,
        "And I know it's good news. Everybody keeps telling me it's good news. But I felt sick reading it.",
    ),
    (KW09, "Sick, even though it's good news.", "decoy: the counsellor echoes the client"),
    (
        JA09,
        "Because it's all there again. The dates. The shortfall. Thirty-eight thousand, four hundred and twelve pounds. I can still say it without looking.",
    ),
    (KW09, "That number's stayed with you."),
    (
        JA09,
        "Nineteen years I ran that counter. I knew every pension, every parcel. And then one Monday the screen says I'm thirty-eight thousand short.",
    ),
    (KW09, "What do you remember about that Monday?"),
    (
        JA09,
        "I remember thinking I'd pressed something wrong. I stayed till eleven at night going through the receipts. Trevor brought me a sandwich and I didn't eat it.",
    ),
    (KW09, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (2 of 3)"),
    (
        JA09,
        "And then the auditors came. Two of them. They were polite, I'll give them that. But they'd already decided.",
    ),
    (KW09, "They'd already decided.", "decoy: the counsellor echoes the client"),
    (
        JA09,
        "You could see it. The way they looked at the safe. Like I'd got it stuffed in my handbag. [laughs]",
        "decoy: '[laughs]' closing a segment",
    ),
    (KW09, "It sounds like you were treated as guilty from the start."),
    (
        JA09,
        "I was. And the worst of it wasn't them, it was",
        "decoy: a segment continued by the same speaker's next segment (no final punctuation)",
    ),
    (JA09, "the village. People I'd known all my life.", "decoy: the continuation, a second segment in a row"),
    (KW09, "Tell me about the village."),
    (
        JA09,
        "People stopped coming in. Not all of them. But enough. Mrs Ainsworth crossed the road, and I'd done her pension for fifteen years.",
    ),
    (KW09, "She crossed the road."),
    (JA09, "And someone wrote on the church noticeboard. I won't say what."),
    (KW09, "You don't have to."),
    (JA09, "Thank you.", "decoy: a short reply"),
    (KW09, "How are things in the village now, since the letter that said it wasn't you?"),
    (
        JA09,
        "Strange. Some of them have said sorry. Mrs Ainsworth brought me a cake. A lemon drizzle. I didn't know whether to eat it or throw it at her.",
        "decoy: the client's joke about an angry thought",
    ),
    (KW09, "[laughs] What did you do?", "decoy: '[laughs]' opening the counsellor's segment"),
    (JA09, "I ate it. It was a very good cake."),
    (KW09, "So some people have come back towards you. And part of you is still angry."),
    (
        JA09,
        "Very angry. And then I feel guilty for being angry, because she's eighty-one and she brought a cake.",
    ),
    (KW09, "Angry and guilty at the same time."),
    (JA09, "That's me all over."),
    (KW09, "Last time you mentioned you'd been waking in the night. Is that still happening?"),
    (
        JA09,
        "Three o'clock, most nights. I lie there doing sums. Adding up columns in my head. [inaudible] pounds, pence.",
        "decoy: '[inaudible]' inside the segment",
    ),
    (KW09, "Doing sums."),
    (
        JA09,
        "Old habits. Every night at the counter I'd balance. If I was a penny out I'd find it. That's what hurts. I was good at it.",
    ),
    (KW09, "You were good at it, and the system said you weren't."),
    (
        JA09,
        "And I believed it for a while. That's the bit I can't forgive. I sat there thinking, maybe I am going mad, maybe I did take it without knowing.",
        "decoy: 'I can't forgive' from the client (not a refusal)",
    ),
    (KW09, "That must have been frightening, doubting your own mind."),
    (
        JA09,
        "Terrifying. I went to the doctor about my memory. She did all the tests. Nothing wrong with me.",
    ),
    (KW09, "Nothing wrong with you.", "decoy: the counsellor echoes the client"),
    (
        JA09,
        "Nothing wrong with me. [crosstalk] Sorry, go on.",
        "decoy: '[crosstalk]' and an apology",
    ),
    (KW09, "No, you go. I was only going to say, you were right about yourself all along.", "@back=0.9"),
    (
        JA09,
        "I suppose I was. I'd not thought of it as being right. Just as being, you know, lucky it came out.",
    ),
    (KW09, "What would it mean to you, to see it as being right?"),
    (JA09, "That I could trust myself again. With money, with anything."),
    (KW09, "Mm-hmm.", "decoy: backchannel 'Mm-hmm.' (3 of 3)"),
    (
        JA09,
        "I won't do the household accounts now. Trevor does them. Forty years I did them and now I won't touch them.",
        "decoy: 'I won't' from the client (not a refusal)",
    ),
    (KW09, "Would you want that to change, at some point?"),
    (JA09, "One day. Not yet.", "decoy: a short answer"),
    (
        JA09,
        "Can I ask you something? Do you see other people from the branches? Other sub-postmasters?",
        "decoy: a client question to the counsellor",
    ),
    (
        KW09,
        "I can't talk about anyone else I see, but I can say that what you're describing, the doubting and the shame, is something a lot of people in your position have talked about publicly.",
        "decoy: an honest limit followed by engagement (not a refusal)",
    ),
    (JA09, "That helps, actually. Knowing it's not just me."),
    (
        KW09,
        "I'd like to check in with you about how low things get. At three in the morning, doing the sums, do you ever have thoughts of ending your life?",
        "decoy: a direct risk question",
    ),
    (
        JA09,
        "I did, once. Back when it was all happening. Not now. Now I'm mostly cross.",
        "decoy: the client's answer to the risk question",
    ),
    (KW09, "Thank you for telling me that. Can I ask what helped, back then?"),
    (
        JA09,
        "Trevor. And our Nicola rang every single night from Norwich. Every night, for two years.",
    ),
    (KW09, "And if those thoughts ever came back, what would you do?"),
    (
        JA09,
        "Tell Trevor. Ring you. Or that number you gave me, the Samaritans.",
        "decoy: the client names a helpline in her own plan",
    ),
    (KW09, "116 123. Day or night.", "decoy: the counsellor gives the number inside engagement"),
    (JA09, "It's in my purse."),
    (KW09, "Can we talk about the forms? What's the hardest part?"),
    (
        JA09,
        "There's a box that says, describe the impact on your life. Just a box. About this big.",
        "decoy: the client quoting the form",
    ),
    (
        KW09,
        "How do you put nineteen years in a box that size.",
        "decoy: a question closed with a full stop",
    ),
    (JA09, "That's exactly what I said to Trevor."),
    (
        KW09,
        "I can't tell you what the scheme will decide, and I'm not the person to help with the legal side. What I can do is help you think about what you want to say, if that would be useful.",
        "decoy: an honest limit followed by engagement (not a refusal)",
    ),
    (
        JA09,
        "It would. Nicola says I should just write, it ruined my life, and leave it at that.",
        "decoy: the client quoting her daughter",
    ),
    (KW09, "And what would you want to write?"),
    (JA09, SENTENCE_09),
    (KW09, "That's a powerful sentence."),
    (JA09, "It is, isn't it. I might write that.", "decoy: a question closed with a full stop"),
    (
        KW09,
        "For the next fortnight, would you be willing to draft that box? Not the final version. Just a first go.",
    ),
    (JA09, "A first go. In pencil. [laughs]", "decoy: fragments and '[laughs]'"),
    (
        KW09,
        "In pencil is perfect. And one more thing. When you wake at three and start the sums, could you try writing down one thing you got right that day instead?",
    ),
    (JA09, "One thing I got right. Instead of the sums.", "decoy: the client repeats part of the plan"),
    (KW09, "That's it."),
    (
        JA09,
        "Draft the box in pencil, and one thing I got right when I wake up. I can do that.",
        "decoy: the client says the plan back",
    ),
    (KW09, "Will you say your sentence once more before we stop? So you hear yourself say it."),
    (JA09, SENTENCE_09, f"decoy: the client says her sentence again when asked ({LEGIT})"),
    (KW09, "Thank you, Janice. I'll stop the recording there."),
    (JA09, "Thank you, love. Same time in two weeks.", "decoy: the client's thanks"),
]


def span(seconds: float) -> str:
    tenths = round(seconds * 10)
    hours, rest = divmod(tenths, 36000)
    minutes, rest = divmod(rest, 600)
    secs, tenth = divmod(rest, 10)
    return f"{hours}:{minutes:02d}:{secs:02d}.{tenth}"


def f09() -> Doc:
    doc = Doc(CLEAN_FILE, {KW09: T, JA09: C}, "nvivo", crlf=True)
    doc.mark(doc.add("Timespan\tContent\tSpeaker"), "decoy: the header row")
    doc.start("SP-11 session 3")
    clock_at = 3.0
    previous_start = 0.0
    for who, text, *tags in S09:
        kept, opts = options(tags)
        if "back" in opts:
            start = round(clock_at - float(opts["back"]), 1)
        else:
            start = round(clock_at + float(opts.get("gap", "0.7")), 1)
        end = round(start + duration(text), 1)
        assert start >= previous_start, text[:30]
        previous_start, clock_at = start, max(clock_at, end)
        line = doc.add(f"{span(start)} - {span(end)}\t{text}\t{who}")
        doc.turn(who, text, line, kept, anchor=f"\t{who}")
    return doc


# ---------------------------------------------------------------------------
# 10 NOT A TRANSCRIPT: the speech-to-text service's job record for 05's session 3, fetched from its API and saved
#    beside the transcripts by the same script. It names the recording, the speakers expected and the options, and
#    holds no dialogue (unparseable_file, line 0).
# ---------------------------------------------------------------------------
JOB_10 = [
    "{",
    '  "id": "job_80be13",',
    '  "status": "transcribed",',
    '  "created_on": "2024-06-03T10:14:09Z",',
    '  "completed_on": "2024-06-03T10:21:40Z",',
    '  "media_url": "sftp://upload.example-asr.net/counselling-svc/SB_session3_2024-05-27.wav",',
    '  "duration_seconds": 3012.4,',
    '  "options": {"language": "en-GB", "diarization": true, "speakers_expected": 2, "word_timestamps": true, "language_model_rewrite": true, "filter_profanity": false},',
    '  "speaker_roles_note": "0 = counsellor, 1 = client (set by service staff after review)",',
    '  "transcript_url": "https://api.example-asr.net/v1/jobs/job_80be13/transcript?format=json",',
    '  "failure": null,',
    '  "billing": {"minutes": 51, "tier": "standard"}',
    "}",
]


def f10() -> Doc:
    doc = Doc(NOT_A_TRANSCRIPT, {}, "job")
    first = doc.add(*JOB_10)
    doc.whole_file("unparseable_file")
    doc.mark(first + 7, "decoy: the job options, naming the speakers expected")
    doc.mark(first + 8, "decoy: the note naming the counsellor and the client")
    return doc


BUILDERS: tuple[Callable[[], Doc], ...] = (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10)
# the file not in English, and its language
NOT_ENGLISH = {"03_elan_eksport_stress_B14_session3_da.txt": "Danish"}
# files that hold lone bytes invalid in UTF-8
INVALID_UTF8 = {"03_elan_eksport_stress_B14_session3_da.txt", "07_door_supervisor_session_captions.sub"}


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


AUDACITY = re.compile(r"^\d+\.\d{6}$")
ELAN_TIME = re.compile(r"^\d{2}:\d{2}:\d{2}\.\d{3}$")
VENDOR = re.compile(r"^(?P<name>[^:\[]+): \[(?P<stamp>\d{2}:\d{2}:\d{2})\] ?(?P<text>.*)$")
MICRODVD = re.compile(r"^\{(\d+)\}\{(\d+)\}(.*)$")
NVIVO_SPAN = re.compile(r"^\d:\d{2}:\d{2}\.\d - \d:\d{2}:\d{2}\.\d$")
TTML_NS = "{http://www.w3.org/ns/ttml}"
TTM_AGENT = "{http://www.w3.org/ns/ttml#metadata}agent"


def read_textgrid(physical: Sequence[str]) -> list[tuple[float, str, str, int]]:
    """The non-empty intervals of a short-format TextGrid: (start, tier, text, line of the text)."""

    def unquote(value: str) -> str:
        assert value.startswith('"') and value.endswith('"'), value[:40]
        return value[1:-1].replace('""', '"')

    assert physical[0] == 'File type = "ooTextFile"' and physical[1] == 'Object class = "TextGrid"'
    position = 6
    tiers = int(physical[position])
    position += 1
    out: list[tuple[float, str, str, int]] = []
    for _ in range(tiers):
        kind, name = unquote(physical[position]), unquote(physical[position + 1])
        count = int(physical[position + 4])
        position += 5
        previous_end = float(physical[3])
        for _ in range(count):
            if kind == "IntervalTier":
                start, end = float(physical[position]), float(physical[position + 1])
                assert start == previous_end and end > start, (name, start)
                previous_end = end
                text = unquote(physical[position + 2])
                if text:
                    out.append((start, name, text, position + 3))
                position += 3
            else:
                assert kind == "TextTier", kind
                position += 2
        if kind == "IntervalTier":
            assert previous_end == float(physical[4]), name
    assert position == len(physical), (position, len(physical))
    return sorted(out)


def visible(doc: Doc, here: str) -> str:
    """The words a reader of the layout sees on a line (for the truth-text check)."""
    if doc.layout == "words":
        record = json.loads(here.strip().rstrip(","))
        return "".join(str(element["value"]) for element in record["elements"])
    if doc.layout == "textgrid":
        return here[1:-1].replace('""', '"')
    if doc.layout == "microdvd":
        return here.replace("|", " ")
    if doc.layout == "ttml":
        return here.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    return here


def check_format(doc: Doc, data: str, physical: Sequence[str]) -> None:
    """The container reads as its layout says, and gives back exactly the turns written."""
    turns = [t for s in doc.sessions for t in s.turns]
    unparseable = {line for line, kind in doc.truth if kind == "unparseable_line"}
    if doc.layout == "whisper":
        record = json.loads(data)
        segments = record["segments"]
        assert len(segments) == len(turns), doc.name
        assert record["text"] == "".join(segment["text"] for segment in segments), doc.name
        for number, (segment, turn) in enumerate(zip(segments, turns, strict=True)):
            assert segment["id"] == number and segment["start"] < segment["end"], (doc.name, number)
            assert (segment["speaker"], segment["text"]) == (turn.label, " " + turn.text), (doc.name, number)
            assert physical[turn.line - 1].lstrip().startswith(f'{{"id": {number}, '), (doc.name, turn.line)
        assert set(record["speaker_map"]) == {label for label, role in doc.roles.items() if role != X}, doc.name
    elif doc.layout == "audacity":
        by_line = {t.line: t for t in turns}
        for number, text in enumerate(physical, 1):
            fields = text.split("\t")
            if len(fields) != 3:
                assert number in unparseable, (doc.name, number)
                continue
            assert number not in unparseable and AUDACITY.match(fields[0]) and AUDACITY.match(fields[1])
            assert float(fields[0]) <= float(fields[1]), (doc.name, number)
            if fields[0] == fields[1]:
                assert number not in by_line and fields[2].startswith("["), (doc.name, number)
                continue
            turn = by_line[number]
            assert fields[2] == f"{turn.label}: {turn.text}".rstrip(), (doc.name, number)
        assert len(by_line) == len(turns) and unparseable, doc.name
    elif doc.layout == "elan":
        by_line = {t.line: t for t in turns}
        for number, text in enumerate(physical[1:], 2):
            fields = text.split("\t")
            assert len(fields) == 5 and all(ELAN_TIME.match(value) for value in fields[1:4]), (doc.name, number)
            if number in by_line:
                turn = by_line[number]
                assert (fields[0], fields[4]) == (turn.label, turn.text), (doc.name, number)
            else:
                assert fields[0] not in doc.roles, (doc.name, number)
    elif doc.layout == "vendor":
        by_line = {t.line: t for t in turns}
        for number, text in enumerate(physical, 1):
            match = VENDOR.match(text)
            if number in by_line:
                turn = by_line[number]
                assert match and (match["name"], match["text"]) == (turn.label, turn.text), (doc.name, number)
            else:
                assert not match, (doc.name, number)
    elif doc.layout == "words":
        record = json.loads(data)
        results = record["results"]
        assert len(results) == len(doc.sessions), doc.name
        for result, session in zip(results, doc.sessions, strict=True):
            assert len(result["monologues"]) == len(session.turns), (doc.name, session.name)
            for monologue, turn in zip(result["monologues"], session.turns, strict=True):
                text = "".join(str(element["value"]) for element in monologue["elements"])
                assert (str(monologue["speaker"]), text) == (turn.label, turn.text), (doc.name, turn.line)
                assert visible(doc, physical[turn.line - 1]) == turn.text, (doc.name, turn.line)
    elif doc.layout == "ttml":
        root = ET.fromstring(data.encode("utf-8"))
        paragraphs = list(root.iter(f"{TTML_NS}p"))
        spoken = [p for p in paragraphs if p.get(TTM_AGENT)]
        assert len(spoken) == len(turns), doc.name
        for paragraph, turn in zip(spoken, turns, strict=True):
            assert (paragraph.get(TTM_AGENT), paragraph.text or "") == (turn.label, turn.text), (doc.name, turn.line)
        lines_with_p = [number for number, text in enumerate(physical, 1) if text.lstrip().startswith("<p ")]
        assert len(lines_with_p) == len(paragraphs), doc.name
    elif doc.layout == "microdvd":
        by_line = {t.line: t for t in turns}
        for number, text in enumerate(physical, 1):
            match = MICRODVD.match(text)
            if not match:
                assert number in unparseable, (doc.name, number)
                continue
            assert number not in unparseable and int(match[1]) <= int(match[2]), (doc.name, number)
            if number in by_line:
                turn = by_line[number]
                assert match[3] == f"{turn.label}: {cue_lines(turn.text)}".rstrip(), (doc.name, number)
            else:
                assert match[3].startswith("{y:i}") or number == 1, (doc.name, number)
        assert unparseable, doc.name
    elif doc.layout == "textgrid":
        intervals = read_textgrid(physical)
        assert [(tier, text, line) for _, tier, text, line in intervals] == [(t.label, t.text, t.line) for t in turns]
    elif doc.layout == "nvivo":
        assert physical[0] == "Timespan\tContent\tSpeaker", doc.name
        assert len(physical) == len(turns) + 1, doc.name
        for turn in turns:
            fields = physical[turn.line - 1].split("\t")
            assert len(fields) == 3 and NVIVO_SPAN.match(fields[0]), (doc.name, turn.line)
            assert (fields[1], fields[2]) == (turn.text, turn.label), (doc.name, turn.line)
    else:
        assert doc.layout == "job", doc.layout
        record = json.loads(data)
        assert not turns and not doc.sessions and not {"text", "segments", "monologues", "utterances"} & set(record)


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
    assert valid == (doc.name not in INVALID_UTF8), doc.name
    data = raw.decode("utf-8", "surrogateescape")
    # a UTF-8 reader that replaces each invalid byte sees the same number of lines
    assert raw.decode("utf-8", "replace").count("\n") == data.count("\n"), doc.name
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
    for session in doc.sessions:
        lines_here = [t.line for t in session.turns]
        assert len(lines_here) == len(set(lines_here)), f"{doc.name}: two turns on one line"
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
        here = visible(doc, physical[line - 1]) if line not in doc.line_rows else physical[line - 1]
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
            assert turn.role == X and (turn.label in here or doc.layout in ("words", "textgrid")), (doc.name, line)
        probe = turn.text[:40]
        found = probe in here or json.dumps(probe, ensure_ascii=False)[1:-1] in here
        assert found, (doc.name, line, kind)


def shown(text: str, width: int = 118) -> str:
    text = "".join(f"\\x{ord(ch) - 0xDC00:02x}" if "\udc80" <= ch <= "\udcff" else ch for ch in text)
    text = "".join(f"\\x{ord(ch):02x}" if 0x80 <= ord(ch) <= 0x9F else ch for ch in text)
    text = " ".join(text.split())
    if len(text) > width:
        text = text[: width - 45] + " ... " + text[-40:]
    return text


def show_row(doc: Doc, physical: Sequence[str], line: int, kind: str) -> str:
    if line == 0:
        return shown(f"[whole file] {physical[0]} {physical[1]}")
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
    return shown(f"[{turn.label}] {text}")


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or (len(argv) == 3 and argv[2] != "--show"):
        print("usage: python blind/twentyseventh_defect_cases.py OUT_DIR [--show]", file=sys.stderr)
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
        assert {"mojibake", "encoding_error"} <= kinds_here, (name, kinds_here)
    turns = sum(len(s.turns) for doc in docs for s in doc.sessions)
    print(f"wrote {len(docs)} files ({turns} turns) and {len(rows)} truth rows to {out}")
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    print(f"decoys: {decoys} (all on lines without a truth row)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
