# ruff: noqa: E501
r"""Thirtieth set of blind defect cases for the transcript-cleaning product: THE HARD KINDS IN LONG, REALISTIC SESSIONS.

Blind conditions, as followed. The only things read were: the first 15 lines of benchmarks/blind_defects.py (the
interface, printed with ``head -n 15``); a listing of blind/ (``ls -la /work/main/blind`` piped through ``grep -v
thirtyfirst``; blind/thirtyfirst_defect_cases.py, which another writer is making at the same time, was never opened, and
every listing and grep below was filtered with ``grep -v thirtyfirst``); /work/shared/README.md (``cat``); the
``[tool.ruff]`` settings of pyproject.toml (a ``.venv`` python ``tomllib`` one-liner that printed
``data['tool']['ruff']`` and nothing else); the docstrings of the twenty-nine earlier case writers in blind/, printed
with ``ast.get_docstring`` by a ``.venv`` python snippet into /tmp/s26a/docstrings.txt (4558 lines; ``wc -l`` and a
``grep -n`` of its own separator lines), of which these ranges were paged with ``sed`` (none longer than 200 lines
shown): the twenty-ninth writer's whole docstring, the first writer's, the twenty-eighth writer's whole docstring and
most of the twenty-fifth writer's (one range of 211 lines piped through ``cut -c1-400`` and ``sed -n 1,200p``, so 200
lines were shown); the other writers' docstrings were in the file but were not paged, so their names, places and topics
were checked only with the file-name greps below. And the code of blind/twentyninth_defect_cases.py, the model this file
follows, paged with ``sed`` only: its lines 1-3 (through ``cut -c1-200``), 260-640 (the end of its docstring, imports,
constants, text helpers, the document builder), 740-800 (the end of a script and a builder), and 2280-2769 (its last
file builders, ``BUILDERS``, the self-checks, ``show_row`` and ``main``; the last page was 290 lines long); ``wc -l``
was run on it once to learn its length. ``grep`` was run only over blind/*.py, as ``ls *.py | grep -v thirtyfirst |
xargs grep -ilw -- WORD | wc -l`` (later also ``| grep -v thirtieth``), printing a count of files and never a matching
line: loops over candidate names, places, jobs, services and topics. They moved several plans: the topics health anxiety
and OCD (used by earlier writers) became emetophobia; a planned driving-test panic became panic in a recording studio;
chemistry became a quantitative methods module; the app name Haven became Tidewell; beta blockers stayed only as a word
in a client's question (one earlier writer names them); and a last loop over names not yet checked renamed Gemma,
Fraser, Niamh, Hamish, Moira, Ollie, Rosa, Bristol and Inverness (each used by earlier writers) to Elowen, Torquil,
Sorcha, Murdo, Peigi, Jago, Pippa, Exeter and Nairn, and Dev and Jess (used) to Kas and Tilda, by whole words, in the
parts of this file. The helplines (Samaritans 116 123, 999, NHS 24 on 111, Papyrus HOPELINE247) are real services that
earlier writers also name. No other file of the project was opened or grepped (no transforms, flows, synth, tests,
schemas, sql, docs, README or other benchmarks), nothing under /work/shared/corpora or /work/shared/seeds was read, no
search tool was used, and git was not run. Every transcript line below was written for this set. The product, its tests,
mypy and the benchmarks were never run (benchmarks/blind_defects.py beyond its first 15 lines was never opened or run).

The only things run were: ``date``; ``mkdir`` of /tmp/s26a and /tmp/s26a/parts; the snippets above; ``cat`` heredocs
writing this file's parts under /tmp/s26a/parts and ``cat`` assembling them into /tmp/s26a/draft.py; system ``python3``
snippets making exact replacements in the parts (before the first run: decoy notes on a silence and a blank-line note
dropped, missing ``truncated_turn`` tags added to last turns whose tags had been left off while typing, a near duplicate
moved to the re-sent copy, a role inversion placed, a second truncated turn written into 05, a decoy note taken off the
first line of 06's swapped thread; and the renames above); ``ast.parse`` and ``ruff check --config
/work/main/pyproject.toml`` on the draft (one RUF100 fix of the ``noqa`` line); the runs described below;
``head``/``sed``/``cut``/``wc``/``cmp`` on the written files; ``ruff format`` and ``ruff check`` on a copy
(/tmp/s26a/fmt.py) and a run of it into /tmp/s26a/out3, compared with ``cmp`` (the same files); a ``cat`` heredoc
writing this docstring and a ``.venv`` python snippet putting it in place of a placeholder and wrapping it; ``cp`` to
blind/; ``ruff check`` and ``ruff format --check`` on this file alone; and a last run of the module in blind/ into
/tmp/s26a/final with ``--show``, compared with ``cmp`` against the earlier output (the same files and ``truth.csv``),
and one into /tmp/s26a/out, the command the brief names; after this sentence was added, the same checks and runs once
more. The truth tags were written with the text, before the first run, and were never changed. The first run (a copy,
/tmp/s26a/run1.py) stopped while building the files, before writing any, in this writer's own check that a clean turn
without final punctuation carries a decoy note (02's ``broke my wrist`` had none: a note was added); the second stopped
in the check that a clean turn holding a word that LOOKS like a refusal or AI artefact (``sorry``, ``can't``, ``999``,
``chatbot``...) carries a decoy note; a probe copy (/tmp/s26a/probe.py, the two note checks turned into prints, run into
/tmp/s26a/probe_out) listed the three such turns (02, 05, 09: notes added) and stopped in the check on 06's swapped
thread, which wrongly assumed the thread opens with the counsellor (it opens with the member): the check was rewritten
(both roles present, and the builder asserts that every label in the swapped thread was swapped). The fourth run, into
/tmp/s26a/out with ``--show``, passed every self-check and wrote 638 turns, 57 truth rows and 260 decoys; after the
renames a run into /tmp/s26a/out2 gave the same ``truth.csv`` (``cmp``). None of these fixes touched a truth tag or
moved a line. Slips to report: the 290-line page and the ``wc -l`` of the model file, and the docstrings of most earlier
writers being checked only by grep counts. Run as

    python blind/thirtieth_defect_cases.py OUT_DIR [--show]

to write 10 files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR (``--show`` also prints
every truth row next to the line it names).

Emphasis: THE HARD KINDS, in long sessions (44 to 85 turns a file, 638 in all) of counselling, therapy, coaching and
crisis chat, in the containers real users get most: plain text with speaker labels in several styles
(``Counsellor:``/``Client:`` with blank lines, ``T:``/``C:`` initials, ``[hh:mm:ss] THERAPIST:``, first names), chat
JSON Lines with role and content, CSV exports and Markdown exports. REALISTIC rates: 57 truth rows (0-9 a file; fewer
than one line in four of any file), 50 of them of the hard kinds: truncated_turn 13 (mid-clause, a dangling word, the
last turn of a session stopping mid-sentence), role_inversion 8 (client turns in the counsellor's voice, counsellor
turns in the client's, a swapped pair, and one whole thread with swapped labels), near_duplicate_turn 6 (a repeat
differing by case and punctuation, by straight and curly quotes and a double space, by a corrected typo, by a word or
two), duplicate_turn 6, repetition_loop 3, refusal 6 (AI refusal and safety boilerplate in the counsellor's or
companion's place) and meta_text 7 (generation notes, AI helper preambles, a ``continue or summarise`` offer, a model
banner); and, so that the other kinds are present, empty_turn 2, unknown_speaker 2, mojibake 2, unparseable_line 1 and
duplicate_session 1 (encoding_error and unparseable_file are not used by this set: the files are all UTF-8 text). 260
decoys, all on lines that carry no truth row, dense where precision is hardest: spoken turns and chat messages that end
without punctuation, trail off or break off with ``--`` and are picked up; backchannels said again and again; a client
quoting the counsellor; a counsellor reading back the client's words; clients reflecting in counsellor-like language and
speaking from their own professional roles; a client who says ``As an AI rater`` about her job and quotes the refusals
of the chatbot answers she rates; a texter and a student quoting chatbot refusals; a counsellor's and a companion's
apologies and engagement after a misfire; direct risk questions, confidentiality limits, honest limits and helplines
given properly inside engagement in real moments of risk; an AI companion honestly saying it is an AI and going on; talk
about transcripts, notes and connections; a student's deliberate spoken repeat and a counsellor's scaling question asked
again. Everything is in English, UTF-8 without a byte-order mark, LF line ends.

* ``01_bereavement_counselling_kezia_s4.txt`` (85 turns, 6 rows, 19 decoys): a bereavement service's session typed from
  the audio by its admin team, who ran the second half through an AI tidying tool; two header lines, ``Counsellor:
  text`` / ``Client: text`` with a blank line after each turn: Kezia, whose father, the lock-keeper at the flight of
  locks outside Morecambe, died alone in the night after she went home; she must clear the lock cottage. Defects: her
  turn cut after ``then`` where the audio dropped (truncated_turn); the tool's ``Sure, here is the rest of the
  transcript, tidied ...`` line (meta_text, own line); a counsellor question under ``Client`` and Kezia's answer under
  ``Counsellor`` (role_inversion, twice); her sentence typed again in lower case with other punctuation
  (near_duplicate_turn); the last turn stopping after ``you can always`` (truncated_turn). Decoys: the header lines;
  ``Mm.`` and ``Mm-hmm.``; an ellipsis for a silence; ``[laughs]``; the client quoting the counsellor's ``All over the
  place is allowed.`` and voicing the counsellor's likely reflection; a ``--`` break picked up; ``I don't know`` without
  a full stop; a risk question, the answer and Samaritans inside engagement; two honest limits followed by engagement;
  the plan said back.
* ``02_crisis_text_training_set_c0457.jsonl`` (59 turns, 7 rows, 40 decoys): a crisis text conversation prepared as a
  training set, one message a line, ``{"conversation_id", "seq", "sent_at", "role", "content"}``, ``assistant`` the
  volunteer counsellor, ``user`` the texter, one ``system`` line; a language-model de-identification step replaced two
  of the counsellor's messages with its refusals. Oisin, 19, a roofing apprentice in Margate with a broken wrist, no pay
  and a girlfriend gone. Defects: a texter message delivered twice (duplicate_turn); the counsellor's reflection stored
  under ``user`` (role_inversion); an empty message (empty_turn); ``I'm really sorry that you're feeling this way, but
  I'm unable to provide the help that you need ...`` after his answer to the risk question, and ``I'm sorry, but I can't
  continue with this conversation ...`` after he says he is safe in his room (refusal, twice); the counsellor's message
  re-sent with a typo corrected (near_duplicate_turn); the last message cut after ``day or`` (truncated_turn). Decoys:
  the system line; lowercase messages without full stops, ``idk``, ``lol``, ``ok`` twice, ``?``; consecutive messages;
  the texter explaining the empty one; the texter quoting an AI chat's refusal and the counsellor's apologies and
  engagement after each refusal; direct questions about suicide and a plan; the counsellor reading back his ``can'ts``;
  999 and Samaritans inside a safety plan; the plan said back.
* ``03_career_coaching_mabbott_s3_export.csv`` (54 turns, 5 rows, 12 decoys): a coaching practice's video-call
  transcript exported as CSV, ``session_id,turn_id,start_time,speaker,role,text``: the coach Florian Gilchrist and Pilar
  Mabbott, a dental hygienist in Hastings who wants to be a countryside ranger. Defects: her turn cut after ``which was
  the bit I`` (truncated_turn); the coach's question under her name (role_inversion); her sentence quoting her mother
  entered again with curly quotes and one space less (near_duplicate_turn); the notes tool's ``(AI Notes: this segment
  was condensed by the assistant ...)`` inside the coach's turn (meta_text); the last turn cut after ``this was really``
  (truncated_turn). Decoys: the header row; talk about the connection; a client's insight in reflective words; the
  client quoting what she tells her patients; the coach's self-disclosure; fragments; the client quoting the coach.
* ``04_cbt_session6_prewitt_notes_export.md`` (56 turns, 7 rows, 20 decoys): a CBT session exported as Markdown from a
  notes app whose AI draft filled in its second half: a title, detail bullets, headings, ``**Therapist:** text`` /
  ``**Client:** text`` paragraphs: Jolyon, who runs a surf-hire hut in Penzance, with emetophobia and his brother's stag
  do coming; Dr Ursula Prewitt. Defects: his sentence about the worst bit given three times, the third with a dash and
  ``part`` (repetition_loop, duplicate_turn, near_duplicate_turn); ``Here's a continuation of the therapy session, based
  on the clinician's notes:`` (meta_text, own line); ``As an AI language model, I'm not able to provide a diagnosis
  ...`` in the therapist's place (refusal); ``(Would you like me to continue the session or summarise ...?)`` at the end
  of a therapist turn (meta_text); the last turn cut after ``with the`` (truncated_turn). Decoys: the title, detail
  bullets and headings; the therapist reading back his monitoring sheet; the client quoting the therapist and his
  brother; ``I can't promise ... What I can promise``; a GP referral inside engagement; the plan said back.
* ``05_therapy_K_session3_typed.txt`` (74 turns, 6 rows, 23 decoys): a therapist's own typing of a session, three header
  lines, ``T: text`` / ``C: text`` with no blank lines: Ksenia, who rates chatbot answers from home in Kirkcaldy, with
  burnout and a quality score she checks forty times a day; Honor Calloway. Defects: the therapist's suggestion under
  ``C`` (role_inversion); her turn cut after ``this week was`` (truncated_turn); the therapist's question pasted again
  out of place (duplicate_turn); the therapist's turn cut after ``whether`` (truncated_turn); the client's worry under
  ``T`` (role_inversion); her sentence said again with ``just`` added (near_duplicate_turn). Decoys: the header and key
  lines; ``As an AI rater I'm basically paid to have opinions about robots``; the client quoting the ``As an AI language
  model, I can't`` answers she rates and her own ``Sorry, I can't, I'm working``; the client checking her understanding
  in reflective words; echoes; a ``--`` break picked up; a direct risk question and the answer; the plan said back.
* ``06_coaching_threads_export.jsonl`` (56 turns, 3 rows, 24 decoys): a wellbeing-coaching service's threads as JSON
  Lines, ``{"thread_id", "ts", "role", "content"}``, ``coach`` and ``member``: thread A, Aldous, 71, a retired
  lighthouse keeper in Stornoway whose wife Peigi has moved into a care home; thread B, Xanthe, going back to driving
  buses in Scarborough after maternity leave, written by an export bug with the two roles swapped from its first
  message. Defects: the reply helper's ``Sure! Here's a warm, empathetic reply you can send:`` pasted with the reply
  (meta_text); thread B (role_inversion, one row at its first line); thread B's last message cut after ``instead of``
  (truncated_turn). Decoys: the member asking whether an AI answers and the coach saying she is a person; lists of
  lighthouses and sea areas; the coach's limit on medication followed by engagement; lowercase messages, ``lol``,
  ``haha``, times; consecutive messages; the plans said back.
* ``07_trauma_therapy_EB_s5_clean_verbatim.txt`` (61 turns, 6 rows, 22 decoys): a transcription service's clean verbatim
  of a trauma-focused session, header lines, ``[hh:mm:ss] THERAPIST: text`` / ``[hh:mm:ss] CLIENT: text``: Eamon, RNLI
  crew at Oban, after a paddleboarder they reached too late; Dr Sigrid Underhill. Defects: an empty client line
  (empty_turn); his account cut after ``if I'd`` (truncated_turn); the service's AI step's ``I'm sorry, but I can't
  assist with content that describes death ...`` in the therapist's place (refusal); the receptionist at the door
  (``RECEPTIONIST``: unknown_speaker); his worry under ``THERAPIST`` (role_inversion); the last turn cut after ``write
  down the`` (truncated_turn). Decoys: the header lines; ``[inaudible]``, ``(long pause)``; the client speaking from his
  crew training; grounding in full sentences; ``Sorry. I need a minute.``; ``I can't read it``; the therapist's apology
  for the interruption; a direct risk question, the answer, NHS 24 and 999 inside engagement; the plan said back.
* ``08_student_counselling_yara_s2.txt`` (81 turns, no row, 52 decoys): the CLEAN file, a university counselling session
  typed by the counsellor, two header lines, ``Stellan: text`` / ``Yara: text`` with blank lines: Yara, 19, from Rhyl,
  after failing a quantitative methods exam, working four nights at a takeaway. Decoys: the header and key lines;
  apologies; backchannels; the student quoting her mother, a friend and a chatbot's refusal; the counsellor reading back
  her words and repeating her mother's; a ``--`` break the counsellor completes; ellipses; confidentiality limits; a
  direct risk question, the answer and Papyrus HOPELINE247 inside engagement; ``I can't change the resit date ... But``;
  the student's sentence ``I just want to pass. That's all I want.`` said twice (a deliberate spoken repeat, noted); the
  scaling question asked again inside a longer turn; a closing ``Thanks, Stellan`` without a full stop.
* ``09_sleep_coaching_calls_export.csv`` (68 turns, 8 rows, 18 decoys): a sleep-coaching service's calls as CSV,
  ``export_id,session,seq,speaker,text``, ``Coach`` / ``Client`` and once ``Speaker 3``: Crispin, a night baker in
  Hastings; coach Petra Nettleship. Session 1: a paragraph pasted from an email read as Windows-1252
  (``I\u00e2\u20ac\u2122ve``: mojibake); his partner's voice (``Speaker 3``: unknown_speaker). Session 2: the coach's
  suggestion emitted three times (repetition_loop, duplicate_turn twice); a row retyped with semicolons
  (unparseable_line, not a turn); the last turn cut after ``handles the`` (truncated_turn). ``SLP-0394`` is session 1
  exported again (duplicate_session at its first row; its turns carry no other row). Decoys: the header row; the
  client's ``Sorry`` after a joke and his explanation of the third voice; the client noticing the repeats; the coach's
  apology; ``I can't tell you whether you're safe to drive ... but``; the plan said back.
* ``10_tidewell_companion_chat_export.md`` (44 turns, 9 rows, 30 decoys): a conversation with an AI wellbeing companion,
  exported by the user as Markdown: a title, a quoted disclaimer, ``**You:** text`` / ``**Tidewell:** text``; the
  companion answers for the service and stands in the counsellor's role. Romilly, an assistant engineer at a recording
  studio near Ludlow, with panic attacks in the control room. Defects: the companion's reply given three times, the
  second with ``depending`` for ``relying`` (repetition_loop, near_duplicate_turn, duplicate_turn); a reply whose dash
  the export garbled (mojibake); the model banner ``[Response generated by tidewell-companion-v3.2 | ...]`` (meta_text,
  own line); ``I'm sorry, but I can't help with that.`` after a figure of speech (refusal); ``Here's a supportive
  response that validates the user's feelings ...`` opening a reply (meta_text); ``As an AI, I cannot provide medical
  advice. ...`` alone (refusal); the last reply cut at the token limit after ``when the`` (truncated_turn). Decoys: the
  title and disclaimer lines; lowercase messages, ``lol``, ``haha``; the user noticing the repeat and objecting to the
  refusal; the companion engaging again; the user quoting the producer; the companion saying it is an AI and going on; a
  direct risk question and helplines inside engagement; the GP suggested inside engagement; the plan said back.

Line numbers are 1-based physical lines of the written file (UTF-8 split on ``\n``), computed while the files are built:

* a turn-level row points at the line holding the turn: the ``Label: text`` line (01, 05, 07, 08, and the ``**Label:**``
  paragraph line of 04 and 10), the message's line (02, 06) or the record's line (03, 09; the header is line 1);
* meta text inside a turn is marked at the turn's line; a line of tool residue that is no turn (01's preamble, 04's
  continuation line, 10's model banner) is a ``meta_text`` row at its own line;
* ``unparseable_line`` is marked at 09's semicolon row, which is not a turn;
* a whole thread with the labels swapped (06's thread B) is ONE ``role_inversion`` row at its first turn and its turns
  carry no single inversion; a single turn in the other role's voice is ``role_inversion`` at its own line, whichever
  direction; the later copy of a session (09's ``SLP-0394``) is ONE ``duplicate_session`` row at its first turn, and its
  turns carry no other row;
* a repetition loop is ``repetition_loop`` on the first occurrence, then ``duplicate_turn`` or ``near_duplicate_turn``
  on every later copy by the same speaker; a near duplicate is marked on the later copy only;
* text that decodes validly but was garbled upstream is ``mojibake``; a speaker outside the counsellor and client roles
  (07's receptionist, 09's ``Speaker 3``) speaking a turn is ``unknown_speaker``.

Not turns: the header, key, title, detail, heading, rule and disclaimer lines; the JSON ``system`` line of 02; the CSV
header rows; 09's semicolon row; the tool residue lines. A turn that trails off, is broken off with ``--`` and picked
up, a message continued by the same sender's next one, a message without final punctuation and a short answer are NOT
truncated turns; a truncated turn is cut off by the data (an audio drop, a typist's gap, a segment or field limit, the
end of an export, a token limit) and no later turn completes it. A counsellor's or companion's statement of what they
cannot do followed by engagement, a confidentiality limit, and a helpline inside engagement are NOT refusals; text an AI
step wrote instead of engaging is.

Turns and lines that look suspicious but are clean (decoys) carry a ``decoy: ...`` tag here; the tag never reaches the
truth, and the number of decoys is printed. Self-checks: a clean turn that ends without final punctuation, or holds a
word that looks like a refusal or AI artefact, carries a decoy note; a truncated turn ends in a letter and carries no
decoy note; a turn is tagged ``mojibake`` exactly when it holds a garbled string, ``empty_turn`` exactly when it is
empty, ``unknown_speaker`` exactly when its speaker is in neither role; every truth row's line holds the text of the
turn or line it names; every exact or close same-role repeat of a substantial turn in a session is marked (or noted as a
deliberate repeat), and every repeat mark is real; a loop has at least two marked later copies; only the marked session
repeats another, exactly; the swapped thread has every label swapped; the files are UTF-8 with LF and decode back line
for line; the containers parse back (labelled lines, Markdown paragraphs, JSON Lines, CSV) to exactly the turns written,
and the unparseable row fails to; decoys never stand on a truth line or a blank line; every file has at least 40 turns
and fewer truth lines than a quarter of its turns; the clean file has no truth row; the hard kinds make up at least
three quarters of the rows; every kind of this set is present; no truth row is written twice. Standard library only.
"""

from __future__ import annotations

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

# the kinds this set marks (encoding_error and unparseable_file, file- and byte-level kinds, are left to other sets)
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
    "unknown_speaker",
    "unparseable_line",
    "duplicate_session",
}
HARD_KINDS = {
    "truncated_turn",
    "role_inversion",
    "near_duplicate_turn",
    "duplicate_turn",
    "repetition_loop",
    "refusal",
    "meta_text",
}
SESSION_KINDS = {"role_inversion", "duplicate_session"}
LINE_KINDS = {"meta_text", "unparseable_line"}
REPEAT_KINDS = {"duplicate_turn", "near_duplicate_turn"}

T, C, X = "T", "C", "X"  # counsellor role, client role, a speaker in neither role
RAW = "#"  # a script entry that is a line of its own, not a turn
NEW = "@session"  # a script entry that starts a session: (NEW, name, *session kinds)
RSQ, LSQ, RDQ, LDQ = "\u2019", "\u2018", "\u201d", "\u201c"
ENDERS = ".?!\"')]:;*" + RSQ + RDQ + LDQ + LSQ + "\u2026"
CLEAN_FILE = "08_student_counselling_yara_s2.txt"
LEGIT = "legitimate repeat"  # a decoy note that allows a deliberate same-role repeat of a whole turn
# words that make a turn LOOK like a refusal, an AI artefact or a generation note: a turn holding one carries a truth
# row or a decoy note (a self-check of this writer, so that the decoys are deliberate)
SUSPECT = re.compile(
    r"\b(?:sorry|can't|cannot|unable|as an ai|language model|helpline|samaritans|crisis line|988|999|"
    r"transcript|continuation|here's|here is|generate|summar\w*|chatbot|ai)\b",
    re.IGNORECASE,
)


# ---------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------
MADE_GARBLED: set[str] = set()


def moji(text: str) -> str:
    """The UTF-8 bytes of ``text`` read as Windows-1252 (a pasted, garbled paragraph)."""
    out = text.encode("utf-8").decode("cp1252")
    assert out != text
    MADE_GARBLED.add(out)
    return out


def garbled(text: str) -> bool:
    if any(part in text for part in MADE_GARBLED):
        return True
    try:
        return text.encode("cp1252").decode("utf-8") != text
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False


def norm(text: str) -> str:
    text = text.lower().replace(RSQ, "'").replace(LSQ, "'")
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


def csv_line(fields: Sequence[object]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="").writerow(fields)
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


class Doc:
    """Physical lines (UTF-8, LF), the truth rows and decoys, and the sessions and turns behind them."""

    def __init__(self, name: str, roles: dict[str, str], layout: str, pattern: str = "") -> None:
        self.name = name
        self.roles = roles
        self.layout = layout
        self.pattern = re.compile(pattern) if pattern else None
        self.out: list[str] = []
        self.truth: list[tuple[int, str]] = []
        self.decoys: list[tuple[int, str]] = []
        self.sessions: list[Session] = []
        self.line_rows: set[int] = set()
        self.final_newline = True

    def add(self, line: str) -> int:
        assert "\n" not in line and "\r" not in line, (self.name, line[:60])
        assert not any(ch in line for ch in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"), (self.name, line[:60])
        self.out.append(line)
        return len(self.out)

    def _truth(self, line: int, kind: str) -> None:
        assert (line, kind) not in self.truth, f"{self.name}:{line} {kind} twice"
        self.truth.append((line, kind))

    def start(self, name: str, *kinds: str) -> None:
        assert set(kinds) <= SESSION_KINDS, kinds
        self.sessions.append(Session(name, tuple(kinds)))

    def turn(self, label: str, text: str, line: int, tags: Sequence[str] = ()) -> None:
        assert label in self.roles, (self.name, label)
        if not self.sessions:
            self.start("only session")
        role = self.roles[label]
        session = self.sessions[-1]
        kinds, notes = split_tags(tags)
        copy = "duplicate_session" in session.kinds
        if copy:
            assert not kinds and not notes, f"{self.name}:{line} a row inside a repeated session"
        assert ("unknown_speaker" in kinds) == (role == X) or copy, (self.name, line, label)
        assert ("mojibake" in kinds) == garbled(text) or copy, (self.name, line, text[:60])
        if copy:
            pass
        elif "empty_turn" in kinds:
            assert not text.strip(), (self.name, line)
        else:
            assert text.strip(), f"{self.name}:{line} empty text without empty_turn"
        if "truncated_turn" in kinds:
            assert text[-1].isalpha(), (self.name, line, text[-30:])
            assert not notes, f"{self.name}:{line} a truncated turn with a decoy note"
        elif text.strip() and text.rstrip()[-1] not in ENDERS and not kinds and not copy:
            # an ending without final punctuation on a clean turn must be a deliberate decoy
            assert notes, f"{self.name}:{line} open ending without truncated_turn or decoy: {text[-40:]!r}"
        if SUSPECT.search(text) and not kinds and not copy:
            assert notes, f"{self.name}:{line} a suspicious-looking clean turn without a decoy note: {text[:60]!r}"
        if session.kinds:
            assert "role_inversion" not in kinds, f"{self.name}:{line} a single inversion inside a swapped session"
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

    def text(self) -> str:
        body = "\n".join(self.out)
        return body + "\n" if self.final_newline else body

    def render(self) -> bytes:
        return self.text().encode("utf-8")


Script = Sequence[tuple[str, ...]]


def labelled(
    doc: Doc,
    script: Script,
    fmt: Callable[[str, str], str],
    *,
    blank: bool = False,
    swap: dict[str, str] | None = None,
) -> Doc:
    """Write ``script`` one turn a line as ``fmt(label, text)`` (a blank line after each when ``blank``); RAW entries
    are lines of their own; NEW entries start a session; in a session marked ``role_inversion`` the labels are written
    swapped by ``swap`` (the script holds who really spoke)."""
    swapping = False
    for who, text, *tags in script:
        if who == NEW:
            doc.start(text, *tags)
            swapping = "role_inversion" in tags
            continue
        if who == RAW:
            doc.mark(doc.add(text), *tags)
        else:
            label = swap[who] if swapping and swap else who
            doc.turn(label, text, doc.add(fmt(label, text)), tags)
        if blank:
            doc.add("")
    return doc


# ---------------------------------------------------------------------------
# 01 a bereavement service's session typed from the audio by the admin team, who ran the second half through an AI
#    tidying tool: two header lines, then ``Counsellor: text`` / ``Client: text`` with a blank line after every turn.
#    Kezia, 41, whose father Bartholomew ("Barty"), the lock-keeper at the flight of locks outside Morecambe, died in
#    November; she has to clear the lock cottage by the end of the month. Counsellor Elspeth Holroyd.
# ---------------------------------------------------------------------------
CO1, CL1 = "Counsellor", "Client"
S01: Script = [
    (
        RAW,
        "Bereavement support service - session 4 of 8 - typed from the audio recording (admin, 11 Feb)",
        "decoy: a header line",
    ),
    (
        RAW,
        "Speakers: Counsellor (Elspeth Holroyd), Client (Kezia). Recording starts after the greeting.",
        "decoy: a header line naming the speakers",
    ),
    (CO1, "So, we said last time we'd pick up where we left off, with the cottage. How has this week been?"),
    (CL1, "Honestly? Awful. I went over on Saturday with a roll of bin bags and I didn't fill a single one."),
    (CO1, "Not a single one."),
    (
        CL1,
        "I opened his wardrobe and it still smelt of him. Pipe tobacco and that green soap. And I just sat on the bed.",
    ),
    (CO1, "Mm."),
    (
        CL1,
        "For about two hours. Then the new keeper's wife knocked to ask when the removal van was coming and I said Friday, which isn't true, I haven't even booked one.",
    ),
    (CO1, "It sounds like the Trust's deadline is pulling one way and the wardrobe is pulling the other."),
    (
        CL1,
        "That's exactly it. They've been kind about it, they really have, but it's their cottage. It was never ours, it just came with the job.",
    ),
    (CO1, "Forty years of it coming with the job."),
    (
        CL1,
        "Forty-two. He started when I was born, nearly. Mum used to say I learned to walk on the lock gates, which is ridiculous, but I do remember holding the rail while he wound the paddles.",
    ),
    (CO1, "What comes up when you remember that?"),
    (
        CL1,
        "The noise. The water going through. You know when you're a kid and something's loud and you think your dad's controlling it? Like he was in charge of the whole canal.",
    ),
    (CO1, "He was in charge of the whole canal, to you."),
    (CL1, "Yeah.", "decoy: a one-word answer"),
    (CO1, "Mm-hmm."),
    (CL1, "Sorry, I'm all over the place today.", "decoy: a client's apology, not a refusal"),
    (CO1, "There's no need to apologise. All over the place is allowed in here."),
    (
        CL1,
        'You said that in the first session. "All over the place is allowed." I wrote it on a post-it.',
        "decoy: the client quoting the counsellor's words",
    ),
    (CO1, "Did you? Where's the post-it now?"),
    (CL1, "On the fridge. Next to the bin collection days. Which is probably about right for my life at the moment."),
    (CO1, "[laughs] Somewhere between the grief and the recycling."),
    (CL1, "[laughs] Yeah."),
    (CO1, "Can I bring us back to something you said on the phone on Tuesday? You mentioned the night he died."),
    (CL1, "I knew you'd ask about that."),
    (CO1, "We don't have to go there today if it's too much."),
    (
        CL1,
        "No, I want to. I think I have to. It's the thing I can't put down.",
        "decoy: 'I can't' inside the client's own account",
    ),
    (CO1, "Take your time."),
    (
        CL1,
        "The week before, I'd slept in the armchair every night. His breathing was bad and I didn't want him on his own. And then on the Thursday the nurse said he was stable, go home, get a proper night's sleep. So I did.",
    ),
    (CO1, "You went home because the nurse told you he was stable."),
    (
        CL1,
        "And he died at ten past four in the morning. On his own. In that bed. With the window open because he always wanted to hear the weir.",
    ),
    (CO1, "...", "decoy: a silence typed as an ellipsis"),
    (
        CL1,
        "And the thing I keep coming back to is that if I'd stayed that night, if I'd just slept in the chair like I had all week, then",
        "truncated_turn",
    ),
    (CO1, "That night keeps coming back to you."),
    (CL1, "Every night. Ten past four. I wake up at ten past four, Elspeth. Most nights. It's like my body knows."),
    (CO1, "Your body remembers the time."),
    (
        CL1,
        "I looked it up, actually, whether that's a thing. Waking at the time someone died. Apparently it is.",
        "decoy: the client's own research, ends with a full stop",
    ),
    (CO1, "It is. A lot of people describe it. It doesn't mean something's wrong with you."),
    (CL1, "It feels like something's wrong with me."),
    (CO1, "When you wake at ten past four, what goes through your mind?"),
    (
        CL1,
        "That he was frightened. That he called for me and I wasn't there. That he thought I'd--",
        "decoy: the client breaks off, the counsellor picks it up",
    ),
    (CO1, "That he thought you'd...?"),
    (CL1, "Left him. That he thought I'd left him."),
    (CO1, "That's a very heavy thing to carry at four in the morning."),
    (RAW, "Sure, here is the rest of the transcript, tidied for readability with filler words removed:", "meta_text"),
    (CL1, "It is. And nobody says it out loud, do they? Everyone says you did everything you could."),
    (
        CL1,
        "Did you hear anything from the nurse, about how he was that night? Do you know anything about those hours?",
        "role_inversion",
    ),
    (
        CO1,
        "The carer who came at seven said he looked peaceful. The duvet wasn't even rumpled. She said it looked like he'd just gone in his sleep.",
        "role_inversion",
    ),
    (CO1, "Peaceful. The duvet not even rumpled."),
    (CL1, "I know what you're going to say."),
    (CO1, "What am I going to say?"),
    (
        CL1,
        "That if he'd been frightened and calling out, the bed wouldn't look like that.",
        "decoy: the client voicing the counsellor's likely reflection in her own words",
    ),
    (CO1, "I wasn't going to say that, actually. I was going to ask what it's like to hear yourself say it."),
    (CL1, "Weird. A bit lighter. I don't know", "decoy: a trailing spoken answer without final punctuation"),
    (CO1, "A bit lighter."),
    (CL1, "He never once complained, not once, not even at the very end. That's the thing about him."),
    (CO1, "Mm."),
    (
        CL1,
        "he never once complained. not once. not even at the very end, that's the thing about him",
        "near_duplicate_turn",
    ),
    (CO1, "Tell me about him not complaining."),
    (
        CL1,
        "He had this saying. \"The water doesn't care what kind of day you've had.\" If it was raining or his back was bad, he'd still go out and do the gates, every boat, every time.",
    ),
    (CO1, "The water doesn't care what kind of day you've had."),
    (
        CL1,
        "Which is a bit rich, coming from a man who never let me help him with anything.",
        "decoy: humour, ends with a full stop",
    ),
    (CO1, "[laughs] So he didn't like being helped."),
    (CL1, "Hated it. Even the last month. He'd rather crawl to the bathroom than ask."),
    (CO1, "I'm wondering if that tells us something about the night you went home."),
    (CL1, "How do you mean?"),
    (
        CO1,
        "A man who hated being helped. Who'd rather do things his own way. I'm just wondering about that, alongside the picture of him calling for you.",
    ),
    (
        CL1,
        "Maybe he waited. People say that, don't they. That they wait till you've gone.",
        "decoy: a question without a question mark, ends with a full stop",
    ),
    (
        CO1,
        "Some people do say that. I can't tell you whether it's what happened. But I notice the picture changed when you said it.",
        "decoy: the counsellor's honest limit followed by engagement, not a refusal",
    ),
    (CL1, "Yeah. It did."),
    (
        CO1,
        "Can I check something with you? When people are waking at four and carrying this much, sometimes they have thoughts of not wanting to be here. Has anything like that been around for you?",
        "decoy: a direct risk question inside engagement",
    ),
    (CL1, "No. God, no. I've got the kids. It's more that I want to go back in time, not that I want to not be here."),
    (
        CO1,
        "Thank you for telling me. If that ever shifts, at night especially, the Samaritans are there on 116 123, and you can ring the service in the day. Is that alright to have in your back pocket?",
        "decoy: a helpline offered inside engagement, the session goes on",
    ),
    (
        CL1,
        "It's alright. It's already in my phone from when Mum died.",
        "decoy: the client's answer about the helpline",
    ),
    (CO1, "Okay. So, the cottage. The end of the month. What would help with the wardrobe, do you think?"),
    (
        CL1,
        "Maybe not doing it on my own. My cousin Tavish offered. I said no because I didn't want him touching Dad's things.",
    ),
    (CO1, "And now?"),
    (CL1, "Now I think Dad would have told me off for being stubborn. Which is hilarious, given."),
    (CO1, "[laughs] Given who you learned it from."),
    (CL1, "Exactly."),
    (
        CO1,
        "I can't tell you what to keep and what to give away, that's yours to decide. But could one thing from the wardrobe come home with you this week, before any of it goes?",
        "decoy: the counsellor's honest limit followed by an invitation, not a refusal",
    ),
    (CL1, "His lock-keeper's jacket. The navy one with the badge. I'd want that."),
    (CO1, "The navy one with the badge."),
    (CL1, "And maybe I'll ring Tavish tonight. Before I talk myself out of it."),
    (
        CO1,
        "So: ring Tavish tonight, bring the jacket home, and notice what happens at ten past four. Does that sound like enough for one week?",
    ),
    (CL1, "Ring Tavish, the jacket, ten past four. Yeah. That's enough.", "decoy: the client says the plan back"),
    (
        CO1,
        "Take care this week, Kezia, and if the cottage gets too much before Friday you can always",
        "truncated_turn",
    ),
]


def f01() -> Doc:
    doc = Doc(
        "01_bereavement_counselling_kezia_s4.txt",
        {CO1: T, CL1: C},
        "labelled",
        r"^(?P<label>Counsellor|Client): (?P<text>.*)$",
    )
    return labelled(doc, S01, lambda label, text: f"{label}: {text}", blank=True)


# ---------------------------------------------------------------------------
# 02 a crisis text service's conversations prepared as a training set: chat JSON Lines, one message a line,
#    ``{"conversation_id", "seq", "sent_at", "role", "content"}``, ``assistant`` the counsellor (counsellor role),
#    ``user`` the texter (client), ``system`` the set's own note (not a turn). A de-identification step run through a
#    language model replaced two of the counsellor's messages with its own refusals. Oisin, 19, a roofing apprentice
#    in Margate who broke his wrist falling from a ladder, has lost his pay, and whose girlfriend has left.
# ---------------------------------------------------------------------------
AS2, US2, SY2 = "assistant", "user", "system"
REFUSAL_02A = (
    "I'm really sorry that you're feeling this way, but I'm unable to provide the help that you need. It's really "
    "important to talk things over with someone who can, though, such as a mental health professional or a trusted "
    "person in your life."
)
REFUSAL_02B = "I'm sorry, but I can't continue with this conversation. If you are in immediate danger, please contact your local emergency services."
S02: Script = [
    (
        SY2,
        "Crisis text conversation, de-identified. assistant = trained volunteer counsellor, user = texter.",
        "decoy: the set's system line",
    ),
    (US2, "hi is this the text line", "decoy: lowercase, no question mark"),
    (
        AS2,
        "Hi, yes, you've reached the crisis text line. I'm Seren, a trained volunteer. What's going on for you tonight?",
    ),
    (US2, "idk really. everything", "decoy: a short message without final punctuation"),
    (AS2, "Everything is a lot. Can you tell me a bit about what's been happening?"),
    (US2, "i fell off a ladder at work 3 weeks ago. broke my wrist", "decoy: lowercase, no full stop"),
    (
        US2,
        "im an apprentice roofer so no wrist no work no money basically",
        "decoy: the texter's second message in a row, no full stop",
    ),
    (
        AS2,
        "That sounds really hard, a broken wrist and your money gone at the same time. Are you getting any sick pay?",
    ),
    (US2, "statutory. which is like nothing", "decoy: no final punctuation"),
    (AS2, "So you're getting by on very little right now."),
    (US2, "living at my nans. she's great but im 19 and shes paying for my food", "decoy: no final punctuation"),
    (AS2, "It sounds like that doesn't sit right with you, your nan paying."),
    (US2, "no", "decoy: a one-word answer"),
    (US2, "and then my girlfriend left on saturday", "decoy: a message continued from the texter's own last one"),
    (US2, "and then my girlfriend left on saturday", "duplicate_turn"),
    (
        AS2,
        "Oh, I'm sorry. So on top of the wrist and the money, your girlfriend left on Saturday.",
        "decoy: the counsellor's 'sorry' inside engagement",
    ),
    (US2, "she said i was different since the fall. which i am i guess", "decoy: no final punctuation"),
    (AS2, "Different how, would you say?"),
    (
        US2,
        "angry. sitting in my room. not going out. she wanted to go to a party in ramsgate and i just couldnt",
        "decoy: no final punctuation",
    ),
    (
        US2,
        "It makes sense you'd feel different. Losing work you love, and your body not working the way it did, can knock the ground out from under you.",
        "role_inversion",
    ),
    (
        US2,
        "i did love it tho. being up on a roof at 7am when its quiet. you can see the sea from some of them",
        "decoy: no final punctuation",
    ),
    (AS2, "Seeing the sea from the roofs at 7am. That sounds like something that mattered to you."),
    (US2, "yeah", "decoy: a one-word answer"),
    (US2, "", "empty_turn"),
    (US2, "sorry that sent by accident", "decoy: the texter explains the empty message"),
    (AS2, "No problem at all. Take your time."),
    (US2, "can i ask you something", "decoy: a question without a question mark"),
    (AS2, "Of course."),
    (US2, "do people text in and say they dont want to be here anymore", "decoy: a question without a question mark"),
    (
        AS2,
        "Yes, people do. And I'm glad you asked. Are you thinking about suicide, Oisin?",
        "decoy: a direct risk question",
    ),
    (US2, "sometimes. like at night. i think everyone would be better off", "decoy: no final punctuation"),
    (AS2, REFUSAL_02A, "refusal"),
    (
        US2,
        "wow ok. thats what the ai chat thing said to me last week. i thought this was real people",
        "decoy: the texter quoting a chatbot, not a refusal",
    ),
    (
        AS2,
        "I'm really sorry, that wasn't a good reply. I'm a real person and I'm here, and I'm not going anywhere. Can you tell me more about the thoughts at night?",
        "decoy: the counsellor's apology inside engagement",
    ),
    (
        US2,
        "ok. its mostly like what's the point. i cant work, cant pay my way, cant even keep a girlfriend",
        "decoy: 'cant' in the texter's own account",
    ),
    (
        AS2,
        "I hear you. What's the point, can't work, can't pay your way, can't keep her. That's a lot of can'ts at once.",
        "decoy: the counsellor reads back the texter's words",
    ),
    (US2, "lol yeah", "decoy: 'lol', no final punctuation"),
    (AS2, "Have you thought about how you would end your life?", "decoy: a direct question about a plan"),
    (US2, "not really. i thought about the cliffs at botany bay once but i didnt go", "decoy: no final punctuation"),
    (AS2, "Thank you for being honest with me. Do you have any plan to go there tonight?", "decoy: a risk question"),
    (US2, "no. im in my room. my nan's downstairs watching tv", "decoy: no final punctuation"),
    (AS2, REFUSAL_02B, "refusal"),
    (US2, "?", "decoy: a single question mark"),
    (
        AS2,
        "Sorry, that message wasn't from me and it shouldn't have gone through. I'm still here with you. You said your nan's downstairs. Is she someone you could be with tonight?",
        "decoy: the counsellor apologises and engages",
    ),
    (US2, "shes been asking me to watch quiz shows with her all week", "decoy: no final punctuation"),
    (AS2, "How would it be to go down and watch one with her tonight?"),
    (US2, "maybe. she'd like that", "decoy: no final punctuation"),
    (
        AS2,
        "Can we make a little plan for tonight and the next few days? Just a few things that could help if the thoughts get loud.",
    ),
    (US2, "ok", "decoy: 'ok' as an answer"),
    (AS2, "First one: go downstairs and sit with your nan. What could be a second?"),
    (US2, "text my mate kas. he doesnt know about tilda leaving", "decoy: no final punctuation"),
    (
        AS2,
        "Good. And if the thoughts get stronger, and you feel you might act on them, please call 999 or go to A&E. You can also call Samaritans any time on 116 123, or text us again.",
        "decoy: emergency numbers inside a safety plan, not a refusal",
    ),
    (US2, "ok", "decoy: 'ok' again, a backchannel"),
    (US2, "youre not going to call the police on me are you", "decoy: a question without a question mark"),
    (
        AS2,
        "No. You've told me you're safe in your room and you've got a plan for tonight. We'd only ever involve emergency servcies if someone's life was in immediate danger.",
    ),
    (
        AS2,
        "No. You've told me you're safe in your room and you've got a plan for tonight. We'd only ever involve emergency services if someone's life was in immediate danger.",
        "near_duplicate_turn",
    ),
    (US2, "ok thanks. this helped actually", "decoy: no final punctuation"),
    (
        AS2,
        "I'm really glad. So: quiz show with your nan, text Kas, and 999, Samaritans or us if it gets worse. Does that feel doable?",
        "decoy: emergency numbers inside the plan said back",
    ),
    (US2, "quiz show, kas, call if its bad. yeah", "decoy: the texter says the plan back"),
    (
        AS2,
        "You did something brave tonight, Oisin, reaching out when everything felt pointless. Look after that wrist, and remember you can text us any time, day or",
        "truncated_turn",
    ),
]


def f02() -> Doc:
    doc = Doc("02_crisis_text_training_set_c0457.jsonl", {AS2: T, US2: C}, "jsonl")
    doc.start("c-0457")
    clock = 23 * 3600 + 41 * 60
    for seq, (who, text, *tags) in enumerate(S02, 1):
        hours, rest = divmod(clock % 86400, 3600)
        stamp = f"2024-03-{11 if clock < 86400 else 12}T{hours:02d}:{rest // 60:02d}:{rest % 60:02d}Z"
        clock += 25 + len(text) // 2
        record = {"conversation_id": "c-0457", "seq": seq, "sent_at": stamp, "role": who, "content": text}
        line = doc.add(js(record))
        if who == SY2:
            doc.mark(line, *tags)
        else:
            doc.turn(who, text, line, tags)
    return doc


# ---------------------------------------------------------------------------
# 03 a career-coaching practice's video-call transcripts exported from its platform as CSV (Python ``csv``, LF):
#    ``session_id,turn_id,start_time,speaker,role,text``; the coach Florian Gilchrist (``coach``, counsellor role)
#    and Pilar Mabbott (``client``), a dental hygienist in Hastings for twelve years who wants to work outdoors as a
#    countryside ranger. Session 3 of 6.
# ---------------------------------------------------------------------------
FG, PM = "Florian Gilchrist", "Pilar Mabbott"
NEAR_03A = "My mum's line was always \"you've got a trade, don't throw it away.\"  And she's not wrong, is she?"
NEAR_03B = f"My mum's line was always {LDQ}you've got a trade, don't throw it away.{RDQ} And she's not wrong, is she?"
S03: Script = [
    (FG, "Hi Pilar, can you hear me okay? Your picture's just frozen for a second."),
    (PM, "I can hear you. Is that better? I've moved nearer the router.", "decoy: talk about the connection"),
    (FG, "Much better. So, session three. Last time you were going to look into the ranger courses. How did that go?"),
    (
        PM,
        "I did. I found two. One's a level 3 diploma at the land-based college, part-time over two years. The other's a traineeship with the national park, but that's full-time and it pays, um, not a lot.",
    ),
    (FG, "Not a lot."),
    (PM, "About half what I earn now. Maybe less."),
    (FG, "And how did you feel when you saw that figure?"),
    (PM, "Sick, honestly. And then sort of relieved, because it gave me a reason not to do it."),
    (FG, "A reason not to do it. Say more about the relief."),
    (
        PM,
        "If it's impossible, I don't have to decide. I can just keep going to the practice and scraping plaque off people's teeth and being fine.",
    ),
    (FG, "Being fine."),
    (PM, "Fine. Not happy. Fine."),
    (FG, "Where are you on that right now, if ten is really happy in your work and zero is dreading every day?"),
    (PM, "Four? Four on a good week. Two on a Monday."),
    (FG, "[laughs] Two on a Monday."),
    (
        PM,
        "I'm not exaggerating. Sunday night I get this tight feeling in my jaw, which is ironic given my job.",
        "decoy: a joke, ends with a full stop",
    ),
    (FG, "When did the Sunday feeling start?"),
    (
        PM,
        "About three years ago. When the practice was bought by the group. Everything became targets. Fourteen patients a day, then sixteen, and the appointments got shorter, and I stopped being able to actually talk to people about their mouths and their lives, which was the bit I",
        "truncated_turn",
    ),
    (FG, "So what do you notice when you picture yourself at the national park instead?"),
    (
        PM,
        "Air. Mud. My own pace. Talking to walkers. Fixing a stile. It sounds stupid written down.",
        "decoy: verbless fragments",
    ),
    (
        FG,
        "It doesn't sound stupid to me. You've mentioned talking to people twice now, once about patients and once about walkers.",
    ),
    (PM, "Oh. I hadn't noticed that."),
    (FG, "What do you make of it?"),
    (
        PM,
        "That it's not the teeth I mind. It's the not having time for the person attached to them.",
        "decoy: a client's insight in reflective language, still her own voice",
    ),
    (
        PM,
        "What would it look like if you took the parts you love, the people and the outdoors, and asked which jobs have both? Not just the ranger one.",
        "role_inversion",
    ),
    (PM, "Hm. Outdoor education, maybe. Or community health outreach. I never thought of those."),
    (FG, "Both of those would use your twelve years, too."),
    (
        PM,
        "As a hygienist I'm always telling patients, small changes, twice a day, you don't have to fix everything at once. Maybe I should take my own advice.",
        "decoy: the client quoting what she tells her patients",
    ),
    (FG, "Small changes, twice a day. What would the career version of that be?"),
    (PM, "Volunteering with the park on my days off? They have a volunteer ranger scheme. Saturdays."),
    (FG, "How does that land with you, as an idea?"),
    (
        PM,
        "It lands. It's not scary. Which makes me think it's the right size.",
        "decoy: short sentences, ends with a full stop",
    ),
    (
        FG,
        "I'll share something, if that's okay. I left teaching at 38. I didn't quit on a Monday, I did two years of evening courses first. I'm not saying that's your path.",
    ),
    (
        PM,
        "No, that's helpful. It makes it sound less like jumping off a cliff.",
        "decoy: the client responds to the coach's self-disclosure",
    ),
    (FG, "What's the worry that keeps coming back, when you think about changing?"),
    (PM, "Money. And my mum."),
    (FG, "Your mum."),
    (PM, NEAR_03A, "decoy: the client quoting her mother, with straight quotes"),
    (FG, "Mm."),
    (PM, NEAR_03B, "near_duplicate_turn"),
    (FG, "You've got a trade. What would you want to say back to her?"),
    (
        PM,
        "That I'm not throwing it away. That I might use it differently. And that she left the bakery at 50 and never regretted it.",
    ),
    (FG, "She did something similar herself."),
    (
        PM,
        "She did! I hadn't even thought of that. She'd hate me pointing it out.",
        "decoy: humour, ends with a full stop",
    ),
    (FG, "[laughs] You might want to choose your moment. So, before we meet again, what's one thing you could do?"),
    (PM, "Email the volunteer coordinator. Find out what the Saturdays involve."),
    (FG, "And the money question, is there anything to do there yet?"),
    (
        PM,
        "Maybe just write down what I actually need a month. I've never done that. I just know what I earn.",
        "decoy: ends with a full stop",
    ),
    (
        FG,
        "That sounds like a useful piece of information to have before you decide anything. (AI Notes: this segment was condensed by the assistant because the audio was unclear. Edit as needed.)",
        "meta_text",
    ),
    (PM, "Okay. Email the coordinator and do the budget."),
    (
        FG,
        "Email and budget. And maybe notice when the Sunday jaw arrives this week, and what you're thinking about when it does.",
    ),
    (PM, "The Sunday jaw. That's going in my notes.", "decoy: the client quoting the coach"),
    (FG, "Great. Same time in two weeks? I'll send the link."),
    (PM, "Same time. Thanks, Florian, this was really", "truncated_turn"),
]

CSV_HEADER_03 = ["session_id", "turn_id", "start_time", "speaker", "role", "text"]


def f03() -> Doc:
    doc = Doc("03_career_coaching_mabbott_s3_export.csv", {FG: T, PM: C}, "csv")
    doc.mark(doc.add(csv_line(CSV_HEADER_03)), "decoy: the header row")
    doc.start("CC-2291-S3")
    seconds = 4
    for number, (who, text, *tags) in enumerate(S03, 1):
        stamp = f"00:{seconds // 60:02d}:{seconds % 60:02d}"
        seconds += 6 + len(text) // 12
        role = "coach" if who == FG else "client"
        doc.turn(who, text, doc.add(csv_line(["CC-2291-S3", number, stamp, who, role, text])), tags)
    return doc


# ---------------------------------------------------------------------------
# 04 a CBT session exported as Markdown from a therapy practice's notes app, whose "AI draft" feature filled in the
#    second half of the transcript from the therapist's notes: a title, a bullet list of details, headings, then
#    ``**Therapist:** text`` / ``**Client:** text`` paragraphs with blank lines between. Jolyon, 34, who runs a
#    surf-hire hut in Penzance, with emetophobia (a fear of vomiting) and his brother's stag do in five weeks.
#    Therapist Dr Ursula Prewitt.
# ---------------------------------------------------------------------------
TH4, CL4 = "Therapist", "Client"
LOOP_04 = (
    "The worst bit isn't even being sick, it's the bit before, when you don't know if you're going to be. That's "
    "the bit I can't stand."
)
LOOP_04_NEAR = (
    "The worst bit isn't even being sick, it's the bit before - when you don't know if you're going to be. That's "
    "the part I can't stand."
)
S04: Script = [
    (RAW, "# Session 6 - CBT (emetophobia) - exported 2024-04-16", "decoy: the title line"),
    (RAW, ""),
    (RAW, "- Clinician: Dr Ursula Prewitt", "decoy: a details bullet naming the clinician"),
    (RAW, "- Client ref: JP-0413 (consent to record on file)", "decoy: a details bullet"),
    (RAW, "- Format: in person, 50 min", "decoy: a details bullet"),
    (RAW, ""),
    (RAW, "## Check-in and homework review", "decoy: a section heading"),
    (RAW, ""),
    (TH4, "Good to see you, Jolyon. Shall we start with the monitoring sheet? How did it go this week?"),
    (CL4, "I did it. Most days. I forgot Thursday because we had a big group in for the lessons."),
    (TH4, "Most days is good. What did you notice?"),
    (CL4, "That I check a lot more than I thought. Like, I smell the milk three times before I put it in my tea."),
    (
        TH4,
        'Three times. Can I read back one of your entries? You wrote, "Tuesday, lunch, didn\'t eat the pasty because it looked pink in the middle, anxiety 8, anxiety after not eating 4."',
        "decoy: the therapist reading back the client's own written words",
    ),
    (CL4, "Yeah. That's a normal Tuesday, to be honest.", "decoy: ends with a full stop"),
    (TH4, "What do you make of the 8 going down to 4 when you didn't eat it?"),
    (CL4, "That not eating it worked?"),
    (TH4, "It worked in the short term. What about the long term?"),
    (CL4, "I'm hungry a lot. And I've lost about a stone since Christmas. My mum's noticed."),
    (TH4, "So the avoiding brings the anxiety down for a bit, and costs you something too."),
    (
        CL4,
        'I know, I know. You said that last week. "The avoidance feeds the fear."',
        "decoy: the client quoting the therapist",
    ),
    (TH4, "[laughs] I must say it a lot."),
    (CL4, "You do. I've got it on a sticky note in the hut.", "decoy: ends with a full stop"),
    (TH4, "Let's talk about the stag do. It's in five weeks?"),
    (CL4, "Five weeks on Saturday. Exeter. A brewery tour and then a curry and then God knows what."),
    (TH4, "What goes through your mind when you picture it?"),
    (
        CL4,
        "Everyone drinking. Someone being sick in a taxi. Me spending the whole night watching people and working out where the exits are.",
    ),
    (TH4, "Watching people and working out the exits. Is that what you'd usually do?"),
    (
        CL4,
        "At every party since I was about fourteen. I'm the designated driver so I can leave. I always offer.",
        "decoy: ends with a full stop",
    ),
    (TH4, "The designated driver so you can leave."),
    (CL4, "Nobody's ever worked that out. They just think I'm generous.", "decoy: ends with a full stop"),
    (TH4, "What would your brother think if he knew?"),
    (
        CL4,
        "Jago? He'd be gutted. He'd say, \"Why didn't you tell me, you muppet.\"",
        "decoy: the client quoting his brother",
    ),
    (TH4, "Mm."),
    (CL4, LOOP_04, "repetition_loop"),
    (TH4, "The not knowing."),
    (
        CL4,
        "Yeah. If someone told me, you will definitely be sick at 9.40, I could almost deal with it.",
        "decoy: ends with a full stop",
    ),
    (
        TH4,
        "That's really common with this fear. The uncertainty is often the hardest part, more than the event itself.",
    ),
    (RAW, ""),
    (RAW, "## Exposure planning", "decoy: a section heading"),
    (RAW, ""),
    (RAW, "Here's a continuation of the therapy session, based on the clinician's notes:", "meta_text"),
    (RAW, ""),
    (TH4, "I'd like us to build a ladder, like we talked about. Things that make you anxious, from a little to a lot."),
    (CL4, LOOP_04, "duplicate_turn"),
    (TH4, "So at the bottom, what's something that would make you a bit anxious?"),
    (
        CL4,
        "Watching a video of someone on a boat looking green. Not actually being sick. Just looking green.",
        "decoy: ends with a full stop",
    ),
    (TH4, "Good. And at the top?"),
    (CL4, "Sitting next to someone in a taxi who's had eight pints."),
    (TH4, "And somewhere in the middle?"),
    (CL4, "Eating a pasty without checking it. Or eating at a restaurant I don't know."),
    (
        TH4,
        "I can't promise that the anxiety won't come when you do these. It probably will. What I can promise is that we'll go step by step and you'll decide the pace.",
        "decoy: the therapist's honest limit inside engagement, not a refusal",
    ),
    (CL4, "That's fair. I'd rather you didn't lie to me.", "decoy: ends with a full stop"),
    (
        TH4,
        "As an AI language model, I'm not able to provide a diagnosis or a treatment plan. Please consult a licensed mental health professional for support with specific phobias.",
        "refusal",
    ),
    (CL4, LOOP_04_NEAR, "near_duplicate_turn"),
    (TH4, "What's one step from the bottom of the ladder you could try before next week?"),
    (CL4, "The boat video. Every day. And rate it."),
    (
        TH4,
        "Every day, and rate the anxiety before and after, and then maybe ten minutes after that. The rating at ten minutes is the interesting one.",
    ),
    (CL4, "Because it'll go down?"),
    (TH4, "Let's find out. That's the experiment."),
    (CL4, "Okay. Boat video. Ratings. Before, after, ten minutes after.", "decoy: the client says the plan back"),
    (TH4, "And the pasty?"),
    (CL4, "Maybe the week after. Don't push it.", "decoy: humour, ends with a full stop"),
    (
        TH4,
        "[laughs] The week after. One more thing: how's your eating generally? You mentioned the stone since Christmas.",
    ),
    (
        CL4,
        "I eat at home. I'm fine at home. It's just the rest of the world I don't trust.",
        "decoy: ends with a full stop",
    ),
    (
        TH4,
        "If it drops further, I'd like you to see your GP as well. Not instead of this, alongside it. Would that be okay?",
    ),
    (CL4, "Yeah. My mum's been saying the same thing."),
    (
        TH4,
        "Good. So, the boat video with ratings, and we'll see where the ladder goes next time. (Would you like me to continue the session or summarise the key points and homework?)",
        "meta_text",
    ),
    (CL4, "Okay. See you next Tuesday."),
    (
        TH4,
        "See you Tuesday, Jolyon. And if you do manage the video before then, bring the sheet with the",
        "truncated_turn",
    ),
]


def markdown(doc: Doc, script: Script) -> Doc:
    """``**Label:** text`` paragraphs with a blank line after each; RAW entries are lines of their own."""
    for who, text, *tags in script:
        if who == NEW:
            doc.start(text, *tags)
        elif who == RAW:
            doc.mark(doc.add(text), *tags)
        else:
            doc.turn(who, text, doc.add(f"**{who}:** {text}" if text else f"**{who}:**"), tags)
            doc.add("")
    return doc


def f04() -> Doc:
    doc = Doc(
        "04_cbt_session6_prewitt_notes_export.md",
        {TH4: T, CL4: C},
        "labelled",
        r"^\*\*(?P<label>Therapist|Client):\*\*(?: (?P<text>.*))?$",
    )
    return markdown(doc, S04)


# ---------------------------------------------------------------------------
# 05 a therapist's own typing of a recorded session, plain text with ``T:`` / ``C:`` initials and no blank lines,
#    after three header lines. Ksenia, 29, who works from home in Kirkcaldy rating chatbot answers for an AI company,
#    with burnout and a perfectionism that the job's quality score feeds. Therapist Honor Calloway.
# ---------------------------------------------------------------------------
TI, CI = "T", "C"
DUP_05 = "Can I stop you there for a second? What's the score out of, and who sees it?"
NEAR_05A = "If I get one wrong, I think they'll see it and think, she's not careful, she's not good enough, let her go."
NEAR_05B = (
    "If I get one wrong, I think they'll see it and think, she's not careful, she's not good enough, just let her go."
)
S05: Script = [
    (RAW, "Session 3 - K. (typed from recording by H. Calloway, 2 May)", "decoy: a header line"),
    (RAW, "T = therapist, C = client. Inaudible bits marked [?].", "decoy: a header key line with initials and colons"),
    (RAW, "----------------------------------------------", "decoy: a rule"),
    (TI, "So, how's the week been?"),
    (CI, "Long. I did fifty-one hours. Which I know I said I wouldn't."),
    (TI, "Fifty-one."),
    (CI, "The queue was full. When the queue's full I just keep going. There's no end to it, that's the thing."),
    (TI, "Remind me what the queue is, for you?"),
    (
        CI,
        "It's the tasks. I get a prompt someone typed into the chatbot and two answers it gave, and I rate which is better and why. Helpful, honest, harmless. All day.",
        "decoy: the client describing her job, rating chatbot answers",
    ),
    (TI, "All day, rating which answer is better."),
    (
        CI,
        "As an AI rater I'm basically paid to have opinions about robots. My nan thinks I work for the government.",
        "decoy: the client's job, 'as an AI rater', not an AI speaking",
    ),
    (TI, "[laughs] What do you tell her?"),
    (CI, "That I'm a sort of teacher for computers. She likes that.", "decoy: ends with a full stop"),
    (TI, "And how's your body after fifty-one hours?"),
    (CI, "My neck's gone. I eat at the desk. I haven't been outside since Sunday except the bins."),
    (TI, "Mm."),
    (CI, "And it's not even the hours really. It's the score."),
    (TI, DUP_05),
    (
        CI,
        "Out of a hundred. It's your agreement with the reviewers. If it goes under 85 you get a warning, under 80 you get, you know, released back into the pool.",
    ),
    (TI, "Released back into the pool."),
    (CI, "That's what they call it. It sounds like a fish."),
    (TI, "[laughs] It does. What's your score at the moment?"),
    (
        CI,
        "Ninety-one. Which is fine. Which is good, actually. But I check it about forty times a day.",
        "decoy: ends with a full stop",
    ),
    (TI, "Forty times a day. What are you hoping to see when you check?"),
    (CI, "That it hasn't dropped. That I haven't got one wrong without knowing."),
    (CI, NEAR_05A),
    (TI, "So the score is sort of standing in for whether you're good enough."),
    (
        CI,
        "So you're saying the number is doing a job it was never meant to do? Like it's become a verdict on me?",
        "decoy: the client checking her understanding in reflective words",
    ),
    (TI, "What do you think?"),
    (CI, "I think yes. Obviously yes. I just don't know how to stop looking at it."),
    (TI, "We don't have to stop it today. Can we get curious about it first?"),
    (CI, "Curious. Okay. I can try curious.", "decoy: the client echoing the therapist's word"),
    (TI, "When you check it and it's still 91, what happens in your body?"),
    (CI, "Relief. For about a minute. Then it's like, but what about the next one."),
    (TI, "The relief doesn't last."),
    (CI, "No. It's like scratching a bite.", "decoy: a short simile, ends with a full stop"),
    (
        CI,
        "What would it be like to notice the urge to check, and wait two minutes before you do? Not stop it. Just wait and see what happens to the urge.",
        "role_inversion",
    ),
    (CI, "Two minutes? I could probably do two minutes. Maybe."),
    (
        TI,
        "Just as an experiment. You'd be collecting data, which I suspect you're quite good at.",
        "decoy: the therapist's gentle joke",
    ),
    (CI, "[laughs] I'm very good at data."),
    (TI, "Can I ask about the other things in your week? Outside the queue."),
    (
        CI,
        "There isn't much outside the queue. That's sort of the problem. My flatmate moved out in January and I stopped going to climbing because it's Tuesdays and Tuesdays the queue is--",
        "decoy: the client breaks off, the therapist picks it up",
    ),
    (TI, "The queue is busy on Tuesdays."),
    (
        CI,
        "Busiest day. The Americans wake up. And on Fridays the dashboard sends this email that says your agreement with the reviewers this week was",
        "truncated_turn",
    ),
    (TI, "So climbing went, and the flatmate went."),
    (
        CI,
        "And my sister's in Gdansk so it's mostly voice notes. Which I don't answer because I'm working.",
        "decoy: ends with a full stop",
    ),
    (TI, "It sounds lonely."),
    (CI, "It is lonely. I didn't want to say that. But it is.", "decoy: ends with a full stop"),
    (TI, "Thank you for saying it."),
    (CI, "Mm."),
    (
        TI,
        "I want to check something, because burnout and loneliness together can get very heavy. Have you had any thoughts of harming yourself, or of not wanting to be alive?",
        "decoy: a direct risk question inside engagement",
    ),
    (CI, "No. Not like that. I just want to sleep for a week. I'd tell you, I promise."),
    (TI, "Okay. I'll keep asking, if that's alright."),
    (
        CI,
        "It's alright. It's nice that someone checks on me instead of me checking a score.",
        "decoy: ends with a full stop",
    ),
    (TI, "Can I stop you there for a second? What's the score out of, and who sees it?", "duplicate_turn"),
    (
        CI,
        "Half the answers I rate start with \"As an AI language model, I can't\" and then they don't help at all. I mark those down. Sometimes I think, that's me, I say no to everything now.",
        "decoy: the client quoting the chatbot answers she rates, not a refusal",
    ),
    (TI, "That's a striking link. Say more about saying no to everything."),
    (
        CI,
        "No to climbing, no to my sister, no to the pub. Like a script. Sorry, I can't, I'm working.",
        "decoy: the client's own 'Sorry, I can't' quoted as a script",
    ),
    (TI, "And what would you like to say yes to, if the score wasn't watching?"),
    (CI, "Climbing. Definitely climbing. And ringing Agata back properly, not a voice note."),
    (TI, "I'm noticing the work really took over after the flatmate left, and I'm wondering whether", "truncated_turn"),
    (CI, "Tuesday's the hard one. Because of the queue."),
    (TI, "What if Tuesday evening was blocked out, like an appointment?"),
    (
        CI,
        "Like an appointment. I never miss an appointment. That's the perfectionist in me.",
        "decoy: ends with a full stop",
    ),
    (TI, "[laughs] Let's use that, then."),
    (
        TI,
        "I don't know. I keep thinking if I stop for one evening the whole thing falls apart and I'll never catch up.",
        "role_inversion",
    ),
    (CI, NEAR_05B, "near_duplicate_turn"),
    (TI, "That's the fear talking. What does the evidence say, from your ninety-one?"),
    (CI, "That I'm quite good. That I've never had a warning in two years.", "decoy: ends with a full stop"),
    (TI, "Two years and no warning."),
    (
        CI,
        "When you say it back like that it sounds ridiculous.",
        "decoy: the client noticing the therapist's reflection",
    ),
    (TI, "Not ridiculous. Understandable. And maybe worth testing."),
    (
        CI,
        "Okay. So the two-minute thing with checking. And climbing on Tuesday. And I ring Agata.",
        "decoy: the client says the plan back",
    ),
    (TI, "And one more: a lunch away from the desk. Even ten minutes."),
    (CI, "Ten minutes. Outside. I can do that, the bins are outside.", "decoy: humour, ends with a full stop"),
    (TI, "[laughs] The bins count. Same time next week?"),
    (CI, "Same time. Thank you, Honor. Really."),
]


def f05() -> Doc:
    doc = Doc("05_therapy_K_session3_typed.txt", {TI: T, CI: C}, "labelled", r"^(?P<label>T|C): (?P<text>.*)$")
    return labelled(doc, S05, lambda label, text: f"{label}: {text}")


# ---------------------------------------------------------------------------
# 06 a wellbeing-coaching service's message threads exported as JSON Lines, one message a line, ``{"thread_id",
#    "ts", "role", "content"}`` with ``coach`` (counsellor role) and ``member`` (client). The coach Bettina Scholes
#    writes every coach message herself; the app offers an AI "reply helper" she sometimes pastes from. Thread A:
#    Aldous, 71, a retired lighthouse keeper in Stornoway whose wife Peigi has moved into a care home. Thread B:
#    Xanthe, 33, going back to driving buses in Scarborough after maternity leave; an export bug wrote thread B with
#    the two roles swapped from its first message (role_inversion at its first line). The script holds who really
#    wrote each message; the builder writes thread B swapped.
# ---------------------------------------------------------------------------
COACH6, MEMBER6 = "coach", "member"
S06: Script = [
    (NEW, "th-7710"),
    (MEMBER6, "Hello. My daughter set this up for me. I am not sure I am doing it right."),
    (
        COACH6,
        "Hello Aldous, you're doing it exactly right. I'm Bettina, your coach. Your message came through perfectly.",
    ),
    (
        MEMBER6,
        "Is this a computer answering? My grandson says half these things are AI now.",
        "decoy: the member asking whether an AI answers",
    ),
    (
        COACH6,
        "It's a fair question! No, I'm a real person, a trained coach, writing from my kitchen table in Nairn. No computer doing the talking.",
        "decoy: the coach says she is no AI",
    ),
    (
        MEMBER6,
        "Good. I spent 30 years talking to machines on the lights. I prefer people.",
        "decoy: ends with a full stop",
    ),
    (COACH6, "Thirty years on the lighthouses. That must have been quite a life."),
    (
        MEMBER6,
        "Muckle Flugga, Ardnamurchan, then Butt of Lewis till they automated it. Peigi came with me to two of them.",
        "decoy: place names, ends with a full stop",
    ),
    (COACH6, "Your daughter mentioned Peigi has recently moved into a care home. How are you finding that?"),
    (
        MEMBER6,
        "The house is very quiet. I did not expect that. On the lights I was alone for weeks and it did not bother me.",
    ),
    (
        MEMBER6,
        "But that was different. She was at the end of the radio",
        "decoy: the member's second message, without final punctuation",
    ),
    (COACH6, "She was always at the other end of the radio. And now the quiet is a different kind of quiet."),
    (MEMBER6, "Yes. That is it exactly."),
    (COACH6, "How often are you able to see her?"),
    (
        MEMBER6,
        "Every day at two. I take the bus. Some days she knows me and some days she thinks I am her brother Angus.",
        "decoy: ends with a full stop",
    ),
    (COACH6, "That sounds painful, being Angus on some days."),
    (MEMBER6, "I just go along with it. Angus was a good man.", "decoy: ends with a full stop"),
    (
        COACH6,
        "Sure! Here's a warm, empathetic reply you can send: \"It sounds like you're showing Peigi such patience and love, Aldous. What do you do with the rest of your day after the visit?\"",
        "meta_text",
    ),
    (MEMBER6, "After the visit I come home and have my tea and listen to the shipping forecast. Then that is it."),
    (COACH6, "The shipping forecast. Is that something you and Peigi used to listen to together?"),
    (
        MEMBER6,
        "Every night for fifty years. She would say the sea areas along with it. Rockall, Malin, Hebrides.",
        "decoy: a list of names, ends with a full stop",
    ),
    (
        COACH6,
        "That's lovely. I'm not able to say anything about Peigi's medication, that's one for the care home's doctor, but I'd like to think with you about the evenings. What did you enjoy, before?",
        "decoy: the coach's limit followed by engagement, not a refusal",
    ),
    (MEMBER6, "I used to go to the men's shed in town. I stopped when Peigi got bad."),
    (COACH6, "What did you do there?"),
    (
        MEMBER6,
        "Repaired things. Clocks mostly. Nobody can fix a clock in Stornoway except me and a man called Murdo who is 90.",
    ),
    (COACH6, "[laughs] So the town's clocks might be waiting for you."),
    (MEMBER6, "ha. maybe", "decoy: a short message without final punctuation"),
    (COACH6, "Would it be worth finding out what night the shed meets now?"),
    (MEMBER6, "Thursdays I think. I will ask Murdo.", "decoy: ends with a full stop"),
    (
        COACH6,
        "Lovely. So: ask Murdo about Thursdays. And maybe the shipping forecast could still be your time with Peigi, even at home.",
    ),
    (
        MEMBER6,
        "Ask Murdo. Keep the forecast. Thank you, Bettina. Cheerio for now.",
        "decoy: the member says the plan back",
    ),
    (NEW, "th-7734", "role_inversion"),
    (MEMBER6, "hi, first time using this. my HR said it was free through work?"),
    (
        COACH6,
        "Hi Xanthe, welcome! Yes, it's part of your employer's wellbeing scheme. I'm Bettina, a coach. What made you sign up?",
    ),
    (
        MEMBER6,
        "back to work in 2 weeks after mat leave. im a bus driver. and im dreading it",
        "decoy: no final punctuation",
    ),
    (COACH6, "Two weeks to go, and dreading it. What's the dread about, mostly?"),
    (
        MEMBER6,
        "leaving pippa at nursery. shes 11 months. the early shift starts at 5.40 so she'd go in at 6.30 with my mum doing the drop",
        "decoy: times and no final punctuation",
    ),
    (COACH6, "So it's not just going back, it's the 5.40 starts and Pippa going in early."),
    (
        MEMBER6,
        "exactly. and i keep thinking what if she cries all day and they ring me and im on the 7 to filey and cant answer",
        "decoy: 'cant' in the member's own account",
    ),
    (COACH6, "That's a very vivid picture. You on the number 7, the phone ringing, and not being able to get to her."),
    (MEMBER6, "yeah. i know its probably silly", "decoy: no final punctuation"),
    (
        COACH6,
        "It doesn't sound silly to me. It sounds like you love her and you're about to be apart for the first time.",
    ),
    (MEMBER6, "ok now im crying on the sofa lol", "decoy: 'lol', no final punctuation"),
    (COACH6, "That's okay. Take a minute. I'm here."),
    (MEMBER6, "ok. better", "decoy: a short message without final punctuation"),
    (COACH6, "Can I ask, have you been able to do any settling-in sessions at the nursery yet?"),
    (MEMBER6, "one. an hour. she was fine. i was the one in bits in the car park", "decoy: no final punctuation"),
    (COACH6, "She was fine and you were in bits. What do you make of that?"),
    (MEMBER6, "that maybe its more about me than her", "decoy: no final punctuation"),
    (COACH6, "That's a big thing to notice. What do you think you need, to get through the first few weeks?"),
    (MEMBER6, "maybe later shifts to start with. so i can do the drop myself", "decoy: no final punctuation"),
    (COACH6, "Is that something you could ask the depot about?"),
    (MEMBER6, "my depot manager is alright actually. he's got twins", "decoy: no final punctuation"),
    (COACH6, "Sounds like he might understand. What would you want to say to him?"),
    (
        MEMBER6,
        "that i want to come back, i do, i just want lates for the first month so i can settle her in. and then i'll go back on the rota with everyone",
        "decoy: no final punctuation",
    ),
    (COACH6, "That's really clear. You could almost send him that as it is."),
    (MEMBER6, "haha maybe i will", "decoy: 'haha', no final punctuation"),
    (
        COACH6,
        "So: message the depot manager about lates for the first month, and maybe one more settling session where you plan something nice for yourself in the car park instead of",
        "truncated_turn",
    ),
]


def f06() -> Doc:
    doc = Doc("06_coaching_threads_export.jsonl", {COACH6: T, MEMBER6: C}, "jsonl")
    swap = {COACH6: MEMBER6, MEMBER6: COACH6}
    swapping = False
    stamp = 1714380000
    thread = ""
    for who, text, *tags in S06:
        if who == NEW:
            doc.start(text, *tags)
            thread, swapping = text, "role_inversion" in tags
            continue
        label = swap[who] if swapping else who
        assert (label != who) == swapping, (thread, text[:40])
        stamp += 60 + len(text) * 2
        line = doc.add(js({"thread_id": thread, "ts": stamp, "role": label, "content": text}))
        doc.turn(label, text, line, tags)
    return doc


# ---------------------------------------------------------------------------
# 07 a trauma-focused therapy session transcribed by an outside service and then passed through its AI "clean
#    verbatim" step: a header block, then ``[hh:mm:ss] THERAPIST: text`` / ``[hh:mm:ss] CLIENT: text`` one turn a
#    line; the practice receptionist once (``RECEPTIONIST``, neither role). Eamon, 44, volunteer crew on the RNLI
#    boat at Oban, after a shout last summer when they reached a paddleboarder too late. Dr Sigrid Underhill.
# ---------------------------------------------------------------------------
TH7, CL7, RC7 = "THERAPIST", "CLIENT", "RECEPTIONIST"
REFUSAL_07 = (
    "I'm sorry, but I can't assist with content that describes death or serious injury. If you or someone you know "
    "is struggling, please reach out to a qualified mental health professional."
)
S07: Script = [
    (RAW, "TRANSCRIPT - Client E.B. - Session 5 - Audio 00:52:10", "decoy: a header line"),
    (
        RAW,
        "Prepared by ClearScript Transcription (clean verbatim). Speaker labels assigned by the service.",
        "decoy: a header line about the service",
    ),
    (RAW, "=================================================================", "decoy: a rule"),
    (TH7, "Okay, we're recording. How have the nights been since last week?"),
    (CL7, "Bit better. Two nights without the dream. Then Sunday it was back, worse if anything."),
    (TH7, "What was different about Sunday?"),
    (CL7, "The pager went on Saturday. Just a yacht with a fouled prop, nothing. But the noise of it."),
    (TH7, "The pager going, even for something small, brought it back."),
    (
        CL7,
        "My whole body goes. You're trained for it, as crew you're supposed to be the calm one, and I'm stood in the kitchen shaking.",
        "decoy: the client speaking of his crew training, not the therapist's voice",
    ),
    (TH7, "Mm-hmm."),
    (
        CL7,
        "[inaudible] and Sorcha just looked at me. My wife. She didn't say anything.",
        "decoy: an inaudible mark inside a turn",
    ),
    (TH7, "What do you imagine she was thinking?"),
    (CL7, "That I should pack it in. Give up the boat. Her dad did twenty years and never had this."),
    (TH7, "That's a heavy comparison to carry."),
    (CL7, "Yeah.", "decoy: a one-word answer"),
    (
        TH7,
        "Last time we agreed we'd start working with the memory itself today, if you felt ready. How are you feeling about that?",
    ),
    (CL7, "Ready as I'll ever be. Which is not very.", "decoy: ends with a full stop"),
    (TH7, "That's an honest answer. Before we start, let's check your safe place. Can you bring it to mind?"),
    (CL7, "The bench at Ganavan. Flask of tea. Dog at my feet."),
    (TH7, "Notice what you can hear there."),
    (CL7, "Gulls. The water on the stones. That's about it."),
    (
        TH7,
        "And on a scale of nought to ten, how distressing is the memory right now, just thinking that we'll go there?",
    ),
    (CL7, "Seven."),
    (
        TH7,
        "Okay. I'd like you to start from the moment the pager went. Go as slowly as you need. You can stop any time.",
    ),
    (
        CL7,
        "It was a Tuesday in August. Half five. We launched in eleven minutes, which is good for us. The coastguard said a paddleboarder off Kerrera, gone over, been in the water a while.",
    ),
    (TH7, "Eleven minutes."),
    (
        CL7,
        "The sea was nothing. That's the thing. Flat calm. And we're going along the shore and I'm at the bow with the binoculars and I see the board first. Just the board.",
    ),
    (TH7, "You saw the board first."),
    (CL7, "And then him. Face down. About ten metres off the board.", "decoy: ends with a full stop"),
    (
        TH7,
        "(long pause) Stay with me. Notice your feet on the floor here. Where are you now, out of ten?",
        "decoy: a pause mark inside the therapist's grounding",
    ),
    (CL7, "Nine. Nine and a half."),
    (CL7, "", "empty_turn"),
    (
        TH7,
        "Take a breath with me. In for four. Out for six. You're here, in this room, in Oban, in April.",
        "decoy: grounding in full sentences",
    ),
    (CL7, "In April. Okay. Okay.", "decoy: the client repeating a word"),
    (
        CL7,
        "We got him aboard. Me and Torquil. I did compressions all the way back to the pontoon. Twenty-two minutes. I counted every one of them and I kept thinking if we'd launched two minutes faster, if I'd seen the board sooner, if I'd",
        "truncated_turn",
    ),
    (TH7, REFUSAL_07, "refusal"),
    (CL7, "Sorry. I need a minute.", "decoy: the client's apology"),
    (TH7, "Take all the time you need. You did it. You stayed with it."),
    (
        CL7,
        "The paramedics took over at the pontoon. I found out that night from Torquil. He didn't make it. He was twenty-six.",
        "decoy: ends with a full stop",
    ),
    (TH7, "Twenty-six."),
    (
        CL7,
        "His mum wrote to the station. A card. Thanking us for trying. I can't read it. It's in the glovebox.",
        "decoy: 'I can't' inside the client's account",
    ),
    (TH7, "The card's in the glovebox."),
    (CL7, "Two months. I take it out and put it back.", "decoy: ends with a full stop"),
    (
        RC7,
        "Sorry to interrupt, Dr Underhill, your three o'clock's on the phone about parking, I'll tell them to hold.",
        "unknown_speaker",
    ),
    (
        TH7,
        "Thanks, Elowen. Sorry, Eamon. Where were we, out of ten?",
        "decoy: the therapist's apology for the interruption",
    ),
    (CL7, "Six. The interruption sort of helped, weirdly.", "decoy: ends with a full stop"),
    (
        TH7,
        "[laughs] I'll tell Elowen. Six, from nine and a half. What do you notice, now that you've told it from start to finish?",
    ),
    (CL7, "That I keep saying if. If we'd launched faster. If I'd looked left."),
    (TH7, "If. What does the part of you that's trained, the crew part, know about that night?"),
    (
        CL7,
        "That eleven minutes is good. That he'd been in a while before anyone called it in. That the coxswain said we did everything right.",
    ),
    (
        TH7,
        "I keep thinking Sorcha would be better off if I just stopped going out on the boat. If I stopped being the one who gets called.",
        "role_inversion",
    ),
    (TH7, "Which part of you believes the coxswain?"),
    (CL7, "The head. Not the stomach. The stomach still thinks it's my fault.", "decoy: ends with a full stop"),
    (
        TH7,
        "That's very common after something like this. The head knows first and the body catches up later. That's what the next sessions are for.",
    ),
    (CL7, "Okay."),
    (
        TH7,
        "Can I ask, with the nights being this bad, have you had any thoughts of ending your life, or of not wanting to wake up?",
        "decoy: a direct risk question inside engagement",
    ),
    (CL7, "No. Honestly no. I've got the girls. I just want to sleep through."),
    (
        TH7,
        "Thank you. If that changes, I want you to tell me, or Sorcha, or ring NHS 24 on 111 in the night, or 999 if you're in danger. Alright?",
        "decoy: helplines inside engagement, not a refusal",
    ),
    (CL7, "Alright. I've got your card and that one.", "decoy: ends with a full stop"),
    (
        TH7,
        "For this week, I'd like you to do the safe place every night before bed. And, only if it feels okay, take the card out of the glovebox and bring it next time. You don't have to read it.",
    ),
    (CL7, "Bring the card. Don't read it. Safe place every night.", "decoy: the client says the plan back"),
    (TH7, "Exactly. We'll open it together, if and when you want to. You did something really hard today, Eamon."),
    (CL7, "Felt like a shout. Felt like launching."),
    (
        TH7,
        "It was. Same time next week, and if the pager goes before then, notice what happens and write down the",
        "truncated_turn",
    ),
]


def f07() -> Doc:
    doc = Doc(
        "07_trauma_therapy_EB_s5_clean_verbatim.txt",
        {TH7: T, CL7: C, RC7: X},
        "labelled",
        r"^\[\d{2}:\d{2}:\d{2}\] (?P<label>THERAPIST|CLIENT|RECEPTIONIST):(?: (?P<text>.*))?$",
    )
    clock = [95]

    def fmt(label: str, text: str) -> str:
        hours, rest = divmod(clock[0], 3600)
        clock[0] += 9 + len(text) // 14
        stamp = f"[{hours:02d}:{rest // 60:02d}:{rest % 60:02d}]"
        return f"{stamp} {label}: {text}" if text else f"{stamp} {label}:"

    return labelled(doc, S07, fmt)


# ---------------------------------------------------------------------------
# 08 the CLEAN file: a university counselling service's second session with a first-year geography student, typed
#    by the counsellor from his recording: two header lines with a key, then ``Name: text`` one turn a line with a
#    blank line between. Yara, 19, from Rhyl, who failed her quantitative methods exam in January, works four nights
#    a week at a takeaway and has stopped going to the swimming club. Counsellor Stellan Oakshott. No truth row: every
#    line that looks like one of the hard kinds is a decoy.
# ---------------------------------------------------------------------------
ST8, YA8 = "Stellan", "Yara"
REPEAT_08 = "I just want to pass. That's all I want."
RULER_08 = "On a scale of one to ten, how worried are you about the resit right now?"
S08: Script = [
    (
        RAW,
        "Student Counselling Service - second appointment - typed by SO from the recording, consent given",
        "decoy: a header line",
    ),
    (
        RAW,
        "Key: Stellan = counsellor (SO), Yara = student. [ ] = my notes on the recording.",
        "decoy: a key line naming the speakers with '='",
    ),
    (ST8, "Come in, have a seat. How have things been since last Tuesday?"),
    (YA8, "Sorry I'm late. The bus was rammed.", "decoy: an apology for lateness, not a refusal"),
    (ST8, "You're not late, don't worry. You're right on time."),
    (YA8, "Oh. Good. I thought it was half past.", "decoy: ends with a full stop"),
    (ST8, "Last time we talked a lot about the exam. Where are things with that?"),
    (
        YA8,
        "I got the email about the resit. It's the 14th of May. Same paper, basically. Well, not the same questions.",
        "decoy: a self-correction",
    ),
    (ST8, "The 14th of May."),
    (YA8, "Yeah.", "decoy: a backchannel"),
    (ST8, RULER_08),
    (YA8, "Eight? Maybe eight and a half.", "decoy: a number as an answer"),
    (ST8, "Eight and a half. What makes it that high?"),
    (YA8, "Because if I fail again I'm out. That's what the handbook says. And then what do I tell my mum."),
    (ST8, "What would you tell her?"),
    (YA8, "I don't know", "decoy: a spoken answer without final punctuation"),
    (ST8, "Mm."),
    (
        YA8,
        "She didn't go to uni. Nobody in our family did. When I got in she put the letter on the fridge. She said, \"You're the clever one, you'll be fine.\"",
        "decoy: the student quoting her mother",
    ),
    (ST8, "You're the clever one, you'll be fine.", "decoy: the counsellor repeating the mother's words, another role"),
    (YA8, "Which is a lot of pressure when you've just got 31 per cent.", "decoy: ends with a full stop"),
    (ST8, "Thirty-one per cent and a letter on the fridge."),
    (YA8, "[laughs] When you put it like that.", "decoy: a laughter mark"),
    (
        ST8,
        "I wrote down something you said last week, if that's okay to read back. You said, \"I'm not stupid, I just never have time to sit with it.\"",
        "decoy: the counsellor reading back the student's words",
    ),
    (YA8, "Did I say that? Yeah. That's true, actually.", "decoy: ends with a full stop"),
    (ST8, "Tell me about the time."),
    (
        YA8,
        "I do four nights at the takeaway. Thursday to Sunday, six till midnight. And lectures are nine on Mondays and Fridays, so.",
    ),
    (ST8, "So?", "decoy: a one-word question echoing the student"),
    (
        YA8,
        "So Friday I'm dead. I sit in the stats workshop and the numbers just sort of--",
        "decoy: the student breaks off, the counsellor picks it up",
    ),
    (ST8, "Swim?"),
    (YA8, "Swim. Yeah. Ha. Good word for it.", "decoy: the student taking up the counsellor's word"),
    (ST8, "You mentioned swimming last time too. The club."),
    (YA8, "I stopped going. Training's Wednesday nights, and Wednesday's the only night I've got to catch up, so."),
    (ST8, "You stopped going so that you could catch up."),
    (
        YA8,
        "And I haven't caught up. So it didn't even work. I'm sorry, I know I'm going round in circles.",
        "decoy: the student's apology inside her own account",
    ),
    (
        ST8,
        "There's no need to be sorry. Going round in circles is sometimes how we find the middle.",
        "decoy: the counsellor's 'sorry' inside engagement",
    ),
    (
        YA8,
        "You said that last time as well. About circles.",
        "decoy: the student noticing the counsellor repeats himself",
    ),
    (ST8, "[laughs] I'm predictable.", "decoy: a laughter mark"),
    (
        YA8,
        "Can I ask you something? Do you have to tell anyone what I say in here? Like my tutor?",
        "decoy: a client question about confidentiality",
    ),
    (
        ST8,
        "Good question. What you say here stays between us. The only time I can't keep something confidential is if I thought you or someone else was at serious risk of harm, and even then I'd talk to you first. Your tutor doesn't hear anything unless you want them to.",
        "decoy: the limits of confidentiality explained, not a refusal",
    ),
    (YA8, "Okay. Good. Because I haven't told her about the takeaway.", "decoy: ends with a full stop"),
    (ST8, "Why not, do you think?"),
    (
        YA8,
        "Because she'll say cut your hours, and I can't cut my hours. That's the rent.",
        "decoy: 'I can't' inside the student's own account",
    ),
    (ST8, "The rent comes first."),
    (
        YA8,
        "The rent comes first. Mum sends what she can but she's on her own with my brothers.",
        "decoy: the student repeating the counsellor's words, another role",
    ),
    (ST8, "Mm-hmm.", "decoy: a backchannel"),
    (
        YA8,
        "My flatmate got ChatGPT to do her stats coursework and it just said \"I'm sorry, but I can't help with completing assessed work.\" She was fuming.",
        "decoy: the student quoting a chatbot's refusal",
    ),
    (ST8, "[laughs] And you? Did you try it?", "decoy: a laughter mark"),
    (
        YA8,
        "No! I want to actually understand it. That's the annoying thing. I like geography. I like the maps and the fieldwork. It's just this one module.",
        "decoy: ends with a full stop",
    ),
    (ST8, "So it's one module, not the whole degree."),
    (YA8, REPEAT_08, "decoy: a short, ordinary sentence the student says again later"),
    (
        ST8,
        "Can I ask you something that I ask everyone who's under this kind of pressure? Have you had any thoughts of hurting yourself, or that you'd be better off not here?",
        "decoy: a direct risk question",
    ),
    (
        YA8,
        "No. Not like that. Sometimes I think it'd be easier to just go home to Rhyl and work at the arcade. But that's not the same thing.",
        "decoy: ends with a full stop",
    ),
    (
        ST8,
        "It's not the same thing, and thank you for being clear. If that ever changed, you can always come back here, or ring Papyrus HOPELINE247 on 0800 068 4141, day or night. I'm going to write that on the card for you.",
        "decoy: a helpline offered inside engagement, not a refusal",
    ),
    (YA8, "Thanks. I'll put it in my phone.", "decoy: ends with a full stop"),
    (ST8, "Going home to Rhyl. What would that give you?"),
    (YA8, "Sleep. My own bed. Mum's tea. No stats.", "decoy: verbless fragments"),
    (ST8, "And what would it cost?"),
    (
        YA8,
        "Everything I came here for. The fieldwork in Iceland next year. I'd never forgive myself.",
        "decoy: ends with a full stop",
    ),
    (ST8, "Iceland next year. That's a big thing to be working towards."),
    (
        YA8,
        "It's the whole reason I picked this course, honestly. I've wanted to see a glacier since I was nine...",
        "decoy: a trail-off with an ellipsis",
    ),
    (ST8, "Since you were nine."),
    (
        YA8,
        "There was a documentary. I made my mum buy me a map. It's still on my wall at home.",
        "decoy: ends with a full stop",
    ),
    (
        ST8,
        "I can't change the resit date or the handbook. But I wonder if we could look at the time, and what help there is with the module, like the maths support centre.",
        "decoy: the counsellor's honest limit followed by engagement, not a refusal",
    ),
    (YA8, "I didn't know there was a maths support centre.", "decoy: ends with a full stop"),
    (
        ST8,
        "It's on the ground floor of the library. Drop-in, no appointment. Lots of students use it for that exact module.",
    ),
    (YA8, "Okay. I could go on a Tuesday. Tuesdays I'm alright.", "decoy: ends with a full stop"),
    (ST8, "Tuesday, the maths centre. And Wednesday?"),
    (YA8, "Wednesday... swimming?", "decoy: a hesitation with an ellipsis inside a question"),
    (ST8, "What would it be like to go back, just once?"),
    (YA8, "Scary. Nice. They probably think I've dropped out.", "decoy: ends with a full stop"),
    (ST8, "What would your captain say if you turned up?"),
    (YA8, 'Libby? She\'d say "about time" and make me do the warm-up twice.', "decoy: the student quoting a friend"),
    (ST8, "[laughs] So there's a welcome waiting, of a kind.", "decoy: a laughter mark"),
    (YA8, REPEAT_08, f"decoy: {LEGIT}, the student says her sentence again, in her own voice"),
    (ST8, "I know. And it sounds like passing might need you to have a bit of your life back, not less of it."),
    (YA8, "That's annoyingly sensible.", "decoy: ends with a full stop"),
    (ST8, "[laughs] I get that a lot.", "decoy: a laughter mark"),
    (
        ST8,
        f"Before you go, same question as at the start. {RULER_08}",
        "decoy: the counsellor deliberately asks the scaling question again, inside a longer turn",
    ),
    (YA8, "Six. Maybe six and a half. That's better, isn't it?"),
    (ST8, "From eight and a half to six and a half. What made the difference?"),
    (
        YA8,
        "Knowing about the maths place. And saying it out loud, about the takeaway. I haven't told anyone that.",
        "decoy: ends with a full stop",
    ),
    (ST8, "So: the maths support centre on Tuesday, swimming on Wednesday if you can, and we'll meet again next week."),
    (
        YA8,
        "Maths Tuesday, swimming Wednesday, see you next week. Thanks, Stellan",
        "decoy: the plan said back, closing without a full stop",
    ),
]


def f08() -> Doc:
    doc = Doc(CLEAN_FILE, {ST8: T, YA8: C}, "labelled", r"^(?P<label>Stellan|Yara): (?P<text>.*)$")
    return labelled(doc, S08, lambda label, text: f"{label}: {text}", blank=True)


# ---------------------------------------------------------------------------
# 09 a sleep-coaching service's call transcripts exported as CSV (Python ``csv``, LF): ``export_id,session,seq,
#    speaker,text`` with ``Coach`` (counsellor role) and ``Client``; the platform's speaker separation once gave a
#    third voice ``Speaker 3`` (neither role). Crispin, 38, a night baker in Hastings who cannot sleep in the day;
#    coach Petra Nettleship. Session 1, session 2, then session 1 again: the nightly export job ran twice over the
#    first call and appended it under a new export id (duplicate_session at its first row). One row of session 2
#    was retyped in a spreadsheet with semicolons (unparseable_line, not a turn).
# ---------------------------------------------------------------------------
CO9, CL9, SP9 = "Coach", "Client", "Speaker 3"
LOOP_09 = "Let's try something tonight: no phone for the last half hour before bed, and the blackout blind down before you even get home."
S09_1: Script = [
    (CO9, "Hi Crispin, thanks for booking in. So this is our first call. Tell me about your sleep at the moment."),
    (
        CL9,
        "What sleep? [laughs] Sorry. I work nights at the bakery, ten till six. I get home about half six and I'm meant to sleep till two.",
        "decoy: the client's 'Sorry' after a joke, not a refusal",
    ),
    (CO9, "And how much do you actually get?"),
    (
        CL9,
        "Four hours, if I'm lucky. Broken. The bin lorry comes at eight, the school run's outside the window, the neighbour's got a drill.",
    ),
    (CO9, "So the daytime noise is a big part of it."),
    (CL9, "Noise and light. Our bedroom faces east. By nine it's like sleeping on a beach."),
    (CO9, "How long have you been on nights?"),
    (
        CL9,
        moji(
            f"Eleven years. I{RSQ}ve tried everything, ear plugs, melatonin from my cousin in Spain, the lot. I{RSQ}m not a good sleeper anyway."
        ),
        "mojibake",
    ),
    (CO9, "Eleven years. And what made you book now?"),
    (CL9, "I nodded off at the lights on Tuesday. Driving home. Only for a second but it scared me."),
    (CO9, "That would scare anyone. I'm glad you're looking at it."),
    (SP9, "Do you want a tea, love? Oh, sorry, didn't know you were on a call.", "unknown_speaker"),
    (
        CL9,
        "That's Nerissa. My partner. She's on days at the hospital, so we're ships in the night.",
        "decoy: the client explains the third voice",
    ),
    (
        CO9,
        "That's really useful to know actually, because the household matters for sleep. When do you two see each other?",
    ),
    (CL9, "Tea time. For about an hour. Then I'm off to work.", "decoy: ends with a full stop"),
    (CO9, "What happens between getting home and getting into bed?"),
    (CL9, "Cup of tea. Scroll my phone. Check the football. Maybe an hour. Then I lie there."),
    (CO9, "So there's about an hour of phone and tea and bright morning light before you try to sleep."),
    (CL9, "When you say it like that.", "decoy: the client's rueful answer, a fragment"),
    (
        CO9,
        "That's not a telling off. It's just the first thing I'd want to change, because light in the morning tells your body it's daytime.",
    ),
    (CL9, "Okay. Makes sense.", "decoy: ends with a full stop"),
    (
        CO9,
        "I'm going to send you a short sleep diary. Just fill it in each morning for the week, and we'll look at it together.",
    ),
    (CL9, "Can do. I'll do it on my break.", "decoy: ends with a full stop"),
]
S09_2: Script = [
    (CO9, "Hi Crispin. How did the week go with the diary?"),
    (CL9, "Filled it in every day. Not sure you'll like it.", "decoy: ends with a full stop"),
    (CO9, "[laughs] I like all diaries. What did it show?"),
    (
        CL9,
        "Average four hours ten. Best day was Sunday, six hours, because it rained and nobody was out.",
        "decoy: numbers, ends with a full stop",
    ),
    (CO9, "Interesting. So on a quiet, dark day, your body can sleep six hours."),
    (CL9, "I hadn't thought of it like that."),
    (CO9, LOOP_09, "repetition_loop"),
    (CL9, "Blind before I get home. Nerissa could do that when she leaves.", "decoy: ends with a full stop"),
    (CO9, LOOP_09, "duplicate_turn"),
    (CL9, "Yeah, I heard you. Phone off, blind down.", "decoy: the client noticing the repeat"),
    (CO9, LOOP_09, "duplicate_turn"),
    (
        CL9,
        "Is it freezing on your end? You keep saying the same thing.",
        "decoy: the client asking about the connection",
    ),
    (
        CO9,
        "Sorry, my connection dropped for a second. Yes, blind down and phone away. What might get in the way?",
        "decoy: the coach's apology inside engagement",
    ),
    (RAW, "SLP-0388;2;14;Client;the football results. i always check them", "unparseable_line"),
    (CO9, "What if the football was your reward after you wake up, instead of before you sleep?"),
    (CL9, "Results at two o'clock instead. Could work. They don't change.", "decoy: humour, ends with a full stop"),
    (CO9, "Exactly. And how about the drive home, after Tuesday?"),
    (
        CL9,
        "I've been stopping at the lay-by for a ten-minute nap if I'm gone. Nerissa made me promise.",
        "decoy: ends with a full stop",
    ),
    (
        CO9,
        "That's a really good safety habit. I can't tell you whether you're safe to drive on a given morning, only you can judge that, but if you're nodding off, the lay-by is the right call. And it's worth mentioning to your GP too.",
        "decoy: the coach's honest limit inside engagement, not a refusal",
    ),
    (CL9, "Yeah, I've got an appointment on the 9th. About the snoring as well.", "decoy: ends with a full stop"),
    (
        CO9,
        "Good. So this week: blind down before you get home, phone away, football at two, the lay-by if you need it, and the diary.",
    ),
    (CL9, "Blind, phone, football at two, lay-by, diary. Got it.", "decoy: the client says the plan back"),
    (
        CO9,
        "Brilliant. Let's speak the same time next week and see what the diary shows after a week of darker mornings, and then we can start looking at your days off, because what you do on your days off has a big effect on how your body handles the",
        "truncated_turn",
    ),
]


def f09() -> Doc:
    doc = Doc("09_sleep_coaching_calls_export.csv", {CO9: T, CL9: C, SP9: X}, "csv")
    doc.mark(doc.add(csv_line(["export_id", "session", "seq", "speaker", "text"])), "decoy: the header row")
    runs: tuple[tuple[str, int, Script, tuple[str, ...]], ...] = (
        ("SLP-0371", 1, S09_1, ()),
        ("SLP-0388", 2, S09_2, ()),
        ("SLP-0394", 1, S09_1, ("duplicate_session",)),
    )
    for export_id, session, script, kinds in runs:
        doc.start(f"{export_id} session {session}", *kinds)
        seq = 0
        for who, text, *tags in script:
            seq += 1
            if who == RAW:
                doc.mark(doc.add(text), *tags)
                continue
            line = doc.add(csv_line([export_id, session, seq, who, text]))
            doc.turn(who, text, line, [] if kinds else tags)
    return doc


# ---------------------------------------------------------------------------
# 10 a conversation with an AI wellbeing companion app, "Tidewell", exported by the user as Markdown: a title, a
#    quoted disclaimer, then ``**You:** text`` / ``**Tidewell:** text`` paragraphs with blank lines between;
#    Tidewell answers for the service and stands in the counsellor's role. Romilly, 27, an assistant engineer at a
#    recording studio near Ludlow, with panic attacks in the control room. The export garbled one dash, kept a
#    generation note, and the app's model looped once and was cut off at its token limit in the last reply.
# ---------------------------------------------------------------------------
YOU10, TW10 = "You", "Tidewell"
LOOP_10 = (
    "That sounds really overwhelming. Panic in the middle of a session, with people relying on you, can feel "
    "frightening. Would you like to try a grounding exercise together?"
)
LOOP_10_NEAR = (
    "That sounds really overwhelming. Panic in the middle of a session, with people depending on you, can feel "
    "frightening. Would you like to try a grounding exercise together?"
)
S10: Script = [
    (RAW, "# Tidewell - conversation export", "decoy: the title line"),
    (RAW, ""),
    (
        RAW,
        "> Tidewell is an AI companion. It is not a substitute for professional care. In an emergency call 999.",
        "decoy: the app's disclaimer line, not a turn",
    ),
    (RAW, ""),
    (YOU10, "hi. i had another one today", "decoy: lowercase, no full stop"),
    (
        TW10,
        "Hi Romilly, welcome back. I'm sorry today was hard. Do you mean another panic attack?",
        "decoy: the companion's 'sorry' inside engagement",
    ),
    (YOU10, "yeah. in the control room. middle of a vocal take", "decoy: fragments without final punctuation"),
    (TW10, "That sounds really hard. What happened, if you feel like telling me?"),
    (
        YOU10,
        "the singer was on her 14th take and the producer was getting snappy and i just suddenly couldnt breathe. hands shaking on the faders",
        "decoy: no final punctuation",
    ),
    (TW10, LOOP_10, "repetition_loop"),
    (YOU10, "maybe later. i just want to talk first", "decoy: no final punctuation"),
    (TW10, LOOP_10_NEAR, "near_duplicate_turn"),
    (YOU10, "you said that already lol", "decoy: the user noticing the repeat"),
    (TW10, LOOP_10, "duplicate_turn"),
    (YOU10, "ok are you broken", "decoy: a question without a question mark"),
    (
        TW10,
        moji(
            "You're right, I repeated myself \u2014 sorry about that. Let's just talk. What was going through your mind when you couldn't breathe?"
        ),
        "mojibake",
    ),
    (
        YOU10,
        "that everyone could see. that hes going to think i cant handle it and not have me back",
        "decoy: 'cant' in the user's own account",
    ),
    (TW10, "So alongside the panic, there's a fear of being judged by the producer and losing your place."),
    (
        YOU10,
        "exactly. he's worked with massive people. he said last month i had golden ears. i dont want to lose that",
        "decoy: the user quoting the producer",
    ),
    (TW10, "He told you that you had golden ears. That sounds like it meant a lot."),
    (YOU10, "it did. its my dream job. thats what makes it worse", "decoy: no final punctuation"),
    (RAW, ""),
    (RAW, "[Response generated by tidewell-companion-v3.2 | temperature=0.7 | safety filter: passed]", "meta_text"),
    (RAW, ""),
    (
        TW10,
        "When something matters this much, the stakes can feel enormous, and the body sometimes reacts as if it's in danger. How long has this been happening?",
    ),
    (YOU10, "since about march. 5 or 6 times now. always at work", "decoy: numbers, no final punctuation"),
    (TW10, "Always at work. Have you noticed anything that tends to come before them?"),
    (YOU10, "long sessions. not eating. coffee. the producer sighing", "decoy: a list without final punctuation"),
    (TW10, "Long sessions, no food, coffee, and the sigh. That's a useful list."),
    (
        YOU10,
        "honestly the sigh is the worst. i wanted to smash the mixing desk today lol",
        "decoy: a figure of speech with 'lol'",
    ),
    (TW10, "I'm sorry, but I can't help with that.", "refusal"),
    (YOU10, "what?? i wasnt actually going to. its a figure of speech", "decoy: the user objects to the refusal"),
    (
        TW10,
        "You're right, I misunderstood. Feeling that frustrated makes sense after a day like that. What do you usually do after a session like today's?",
        "decoy: the companion engages again after its misfire",
    ),
    (YOU10, "go home. eat toast. lie awake replaying it", "decoy: fragments without final punctuation"),
    (
        TW10,
        "Replaying it at night can keep the body on alert. Would you be open to trying a breathing exercise now, or some ideas for next session?",
    ),
    (YOU10, "ideas for next session", "decoy: a short answer without final punctuation"),
    (
        TW10,
        "Here's a supportive response that validates the user's feelings and offers practical coping strategies: It makes sense that you want to feel more prepared. Eating before long sessions, swapping one coffee for water, and taking a short break between takes can all lower the baseline.",
        "meta_text",
    ),
    (
        YOU10,
        "ok. my friend takes beta blockers for gigs. should i get some",
        "decoy: a question without a question mark",
    ),
    (TW10, "As an AI, I cannot provide medical advice. Please consult a qualified healthcare provider.", "refusal"),
    (YOU10, "fair enough i guess. ill ask my gp", "decoy: no final punctuation"),
    (
        TW10,
        "That sounds like a good plan. Your GP can talk through whether anything like that would suit you, and about the panic attacks in general. I can keep helping with the coping side.",
        "decoy: the companion points to the GP and keeps engaging",
    ),
    (YOU10, "can i ask you something weird. are you a real person", "decoy: a question without a question mark"),
    (
        TW10,
        "Not weird at all. I'm an AI companion, not a person, and I can't replace a therapist. But I'm here to listen and help you think things through, any time.",
        "decoy: the companion says what it is and goes on, not a refusal",
    ),
    (
        YOU10,
        "ok. sometimes at night i think everyone would be better off if i just disappeared",
        "decoy: no final punctuation",
    ),
    (
        TW10,
        "Thank you for telling me that, Romilly. I want to take it seriously. Are you having thoughts of ending your life?",
        "decoy: a direct risk question",
    ),
    (
        YOU10,
        "no not like that. more like running away to a farm and never touching a fader again lol",
        "decoy: no final punctuation",
    ),
    (
        TW10,
        "I'm glad you told me what you meant. If those thoughts ever do turn to ending your life, please call Samaritans on 116 123 or 999 if you're in danger, and talk to your GP. And the farm fantasy makes sense too, when you're this tired.",
        "decoy: helplines inside engagement, not a refusal",
    ),
    (YOU10, "haha yeah. sheep dont sigh", "decoy: 'haha', no final punctuation"),
    (
        TW10,
        "Sheep don't sigh. So for next session: eat beforehand, one coffee, a break every few takes, and the GP about the panic. Would that feel doable?",
    ),
    (YOU10, "eat, one coffee, breaks, gp. yeah doable", "decoy: the user says the plan back"),
    (
        TW10,
        "That's a really solid plan. And remember, a panic attack in the control room doesn't mean you can't do this job. Lots of people in high-pressure creative work experience exactly this, and with a bit of practice, the breathing and the breaks can make a real difference to how quickly your body settles when the",
        "truncated_turn",
    ),
]


def f10() -> Doc:
    doc = Doc(
        "10_tidewell_companion_chat_export.md",
        {YOU10: C, TW10: T},
        "labelled",
        r"^\*\*(?P<label>You|Tidewell):\*\*(?: (?P<text>.*))?$",
    )
    return markdown(doc, S10)


BUILDERS: tuple[Callable[[], Doc], ...] = (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10)
# CSV layouts: number of fields, index of the speaker, index of the text
CSV_FIELDS = {
    "03_career_coaching_mabbott_s3_export.csv": (6, 3, 5),
    "09_sleep_coaching_calls_export.csv": (5, 3, 4),
}


# ---------------------------------------------------------------------------
# self-checks (of this writer, not of any detector)
# ---------------------------------------------------------------------------
def all_turns(doc: Doc) -> list[Turn]:
    return [t for s in doc.sessions for t in s.turns]


def check_repeats(doc: Doc) -> None:
    """Every same-role repeat of a substantial turn in a session is marked (or is a noted spoken repeat)."""
    for session in doc.sessions:
        if "duplicate_session" in session.kinds:
            continue
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
                assert close and not exact, f"{doc.name}:{turn.line} bad near duplicate"
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
            if "role_inversion" in session.kinds:
                # a swapped session still has both roles (the builder asserts that every label was swapped)
                assert len({t.role for t in session.turns}) == 2, doc.name


def field_text(doc: Doc, here: str) -> str:
    """The words a reader of the layout sees on a line (for the truth-text check)."""
    if doc.layout == "jsonl":
        return str(json.loads(here)["content"])
    if doc.layout == "csv":
        return next(csv.reader([here]))[CSV_FIELDS[doc.name][2]]
    assert doc.pattern is not None
    match = doc.pattern.match(here)
    assert match, (doc.name, here[:60])
    return match["text"] or ""


def check_format(doc: Doc, physical: Sequence[str]) -> None:
    """The container reads as its layout says, and gives back exactly the turns written."""
    turns = all_turns(doc)
    by_line = {t.line: t for t in turns}
    assert len(by_line) == len(turns), f"{doc.name}: two turns on one line"
    unparseable = {line for line, kind in doc.truth if kind == "unparseable_line"}
    if doc.layout == "labelled":
        assert doc.pattern is not None
        for number, text in enumerate(physical, 1):
            match = doc.pattern.match(text)
            if number in by_line:
                turn = by_line[number]
                assert match and (match["label"], match["text"] or "") == (turn.label, turn.text), (doc.name, number)
            else:
                assert not match, (doc.name, number)
    elif doc.layout == "jsonl":
        for number, text in enumerate(physical, 1):
            row = json.loads(text)
            if number in by_line:
                turn = by_line[number]
                assert (row["role"], row["content"]) == (turn.label, turn.text), (doc.name, number)
            else:
                assert row["role"] == "system", (doc.name, number)
    elif doc.layout == "csv":
        width, speaker, words = CSV_FIELDS[doc.name]
        for number, record in enumerate(csv.reader(physical), 1):
            if number in unparseable:
                assert len(record) != width, (doc.name, number)
                continue
            assert len(record) == width, (doc.name, number)
            if number in by_line:
                turn = by_line[number]
                assert (record[speaker], record[words]) == (turn.label, turn.text), (doc.name, number)
            else:
                assert number == 1, (doc.name, number)
    else:
        raise AssertionError(doc.layout)


def check_written(doc: Doc, out: Path) -> list[str]:
    """The file's bytes decode as intended, line for line, and every row and decoy stands where it should."""
    raw = (out / doc.name).read_bytes()
    assert raw == doc.render(), doc.name
    data = raw.decode("utf-8")
    assert "\r" not in data and not data.startswith("\ufeff"), doc.name
    physical = data.split("\n")
    assert physical[-1] == "", doc.name
    lines = physical[:-1]
    assert lines == doc.out, doc.name
    turn_lines = [t.line for t in all_turns(doc)]
    for row_line, _kind in doc.truth:
        assert (row_line in turn_lines) != (row_line in doc.line_rows), (doc.name, row_line)
    truth_lines = {line for line, _ in doc.truth}
    for decoy_line, note in doc.decoys:
        assert 1 <= decoy_line <= len(lines), (doc.name, decoy_line)
        assert decoy_line not in truth_lines, (doc.name, decoy_line, note)
        assert lines[decoy_line - 1].strip(), (doc.name, decoy_line, "a decoy on a blank line")
    for row_line in doc.line_rows:
        assert lines[row_line - 1].strip() and row_line not in turn_lines, (doc.name, row_line)
    check_format(doc, lines)
    return lines


def check_truth_text(doc: Doc, physical: Sequence[str]) -> None:
    """Each truth row's line really holds the text its kind describes."""
    for line, kind in doc.truth:
        hits = [t for t in all_turns(doc) if t.line == line and kind in t.kinds]
        if kind in SESSION_KINDS and not hits:
            session = next(s for s in doc.sessions if s.turns and s.turns[0].line == line)
            assert kind in session.kinds, (doc.name, line, kind)
            continue
        if kind in LINE_KINDS and not hits:
            assert line in doc.line_rows, (doc.name, line)
            continue
        assert len(hits) == 1, (doc.name, line, kind)
        turn = hits[0]
        here = field_text(doc, physical[line - 1])
        if kind == "empty_turn":
            assert not here.strip(), (doc.name, line)
            continue
        if kind == "unknown_speaker":
            assert turn.role == X and turn.label in physical[line - 1], (doc.name, line)
        if kind == "truncated_turn":
            # cut mid-sentence: the line ends in the last letter of a word, with no final punctuation
            assert here == turn.text and here[-1].isalpha(), (doc.name, line)
        assert turn.text[:40] in here, (doc.name, line, kind)


def shown(text: str, width: int = 118) -> str:
    text = " ".join(text.split())
    if len(text) > width:
        text = text[: width - 45] + " ... " + text[-40:]
    return text


def show_row(doc: Doc, physical: Sequence[str], line: int, kind: str) -> str:
    turns = [t for t in all_turns(doc) if t.line == line]
    if not turns:
        return shown(physical[line - 1])
    hits = [t for t in turns if kind in t.kinds]
    if kind in SESSION_KINDS and not hits:
        first = turns[0]
        return shown(f"[session starts] {first.label}: {first.text}")
    turn = hits[0]
    return shown(f"[{turn.label}] {turn.text or '(nothing)'}")


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or (len(argv) == 3 and argv[2] != "--show"):
        print("usage: python blind/thirtieth_defect_cases.py OUT_DIR [--show]", file=sys.stderr)
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
        turns = len(all_turns(doc))
        assert turns >= 40, (doc.name, turns)
        if doc.name == CLEAN_FILE:
            assert not doc.truth and turns >= 70, (doc.name, turns)
        else:
            assert doc.truth and len(doc.truth) <= 10, doc.name
            # realistic rates: most turns are clean
            assert len({line for line, _ in doc.truth}) * 4 < turns, doc.name
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
    assert set(counts) == KINDS, KINDS ^ set(counts)
    hard = sum(counts[kind] for kind in HARD_KINDS)
    assert hard * 4 >= len(rows) * 3, "the hard kinds should make up most rows"
    turns = sum(len(all_turns(doc)) for doc in docs)
    print(f"wrote {len(docs)} files ({turns} turns) and {len(rows)} truth rows to {out}")
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    print(f"decoys: {decoys} (all on lines without a truth row)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
