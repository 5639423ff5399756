# ruff: noqa: E501, RUF001
r"""Twenty-third set of blind defect cases for the transcript-cleaning product: LLM-generated dumps as users save them.

Blind conditions, as followed. The only things read were: the first 15 lines of benchmarks/blind_defects.py (the
interface, printed with ``head -n 15``); a listing of blind/ (``ls -la blind``); /work/shared/README.md (``cat``); the
``[tool.ruff]`` sections of pyproject.toml (printed with a ``sed`` range that ended at the next ``[tool.`` header, so
that it also printed the one header line ``[tool.mypy]``, none of that section's contents: a small slip); the
docstrings of ALL twenty-one earlier case writers in blind/ (printed with ``ast.get_docstring`` by a ``.venv`` python
snippet into /tmp/s23b/docs.txt and paged with ``sed``; the pages the terminal cut in the middle were paged again in
smaller ranges until every line had been shown) for the interface, the truth conventions, the defect kind names and
the containers, names, places, languages and topics already used; and parts of the code of
blind/twentyfirst_defect_cases.py, paged with ``sed`` (its constants, text helpers, document builder, the scripts of
its file 01, the builders of its files 03-10, its self-checks, ``show_row`` and ``main``, and a ``grep -n`` list of
its ``def``/``class``/constant lines), which this file follows. blind/twentysecond_defect_cases.py was never opened;
it did not exist in blind/ when this set was written (``ls`` at the start and at the end), so none of the greps below
can have read it (their output was also filtered with ``grep -v twentysecond``). ``grep`` was run only over blind/*.py
and printed only file names (``grep -l`` / ``grep -il``): loops over candidate languages (no earlier writer names
Finnish), names, places, topics, tools and words. They moved many plans: nine names (clients first called Marisol,
Bernadette, Harriet, Callum, Precious and Clive, a friend called Priya, a dog called Biscuit, a partner called Dean),
one language (Dari), two settings (a bowls club, a walk-in fridge), a piano tuner's job, a phrase (a carer's
assessment) and thirteen topics (stammering, guilt over a care home, a phone scam, fear of thunderstorms, a manager
making layoffs, a stroke, a cycling crash, a son in the army, a house fire, an abandoned PhD, a parent finding
self-harm, a child refusing school, in-laws and a wedding). No other file of the project was opened or grepped (no
transforms, flows, synth, tests, schemas, sql, docs, README or other benchmarks), nothing under /work/shared/corpora
or /work/shared/seeds was read, and git was not run. Every transcript line below was written for this set. The
product, its tests, mypy and the benchmarks were never run. The only things run were: that docstring snippet; this
script, assembled with ``cat`` from parts written under /tmp/s23b/parts (``sed -i`` and system ``python3`` snippets
made exact text replacements in those parts before the first run); ``cp`` of this file to /tmp/s23b; ``sed -i`` on
this file (the placeholder docstring, 02's question, the ``noqa`` line and the RUF005 fix) and ``.venv`` python
snippets making exact text replacements in it (listed below, and the insertion of this docstring); one importing it to
count turns and decoys per session; ``wc -l`` on it; ``head``/``sed``/``cut``/``cat -A``/``grep -v`` on the written
files; ``cmp`` on the written files and ``truth.csv``; ``grep -n`` on this file; and ``ruff check`` / ``ruff format``
on this file alone. The truth tags were written with the text, before the first run, and were never changed. The first
run (into /tmp/s23b/out, with ``--show``) stopped in a self-check after writing file 01: ``check_repeats`` found 02's
"What's your number?" close to "What's your number now?" eight turns before it (a repeat this writer had not meant),
so the later question became "Where are you on the scale?". The second run passed every self-check, with 665 turns and
168 decoys. What changed after it, none of it touching a truth tag or a truth row's line (``cmp`` showed the same
``truth.csv``): fourteen turns cut from the clean file 08 and the last two turns of 06's sim-0553 (after its only
truth row), to bring the set under 650 turns (two ``Mm.`` decoy notes renumbered); 34 ``decoy:`` notes added to turns
that were already there; ``RUF005`` (a list built by unpacking) and the ``noqa`` line reduced; ``ruff format``'s
layout (the written files stayed byte for byte the same); and this docstring. A last run, with ``--show``
into /tmp/s23b/final, passed every self-check and wrote the same files (``cmp``). Run as

    python blind/twentythird_defect_cases.py OUT_DIR [--show]

to write 10 files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR (``--show`` also
prints every truth row next to the line it names).

Emphasis: what LLM-GENERATED therapy-session dumps look like when dataset curators save them: a chat page copied with
the curator's prompts and the model's chatter around two sessions (01), Markdown as the model wrote it with bold
labels and the colon outside the bold (02), a ShareGPT-style JSON set (03), a Finnish OpenAI-style ``messages`` set
(04), an Alpaca-style "next reply" set whose ``input`` holds the dialogue so far (05), a two-agent simulation exported
to CSV (06), a local model's terminal log continued over two "continue" prompts (07), one long generated session kept
after review (08, the CLEAN file), raw Chat Completions responses with a whole session in each ``content`` (09) and
best-of-three samples of one scenario from a small model (10). REALISTIC rates: 649 turns, 60 truth rows (0-8 a file)
and 200 decoys, 166 of them on lines that carry no truth row (the other 34 stand in 04's, 05's and 09's shared lines
that also hold a defect, where they only tempt OTHER kinds). Every kind is present: truncated turns cut by an output
token limit, a ``finish_reason: length`` and Ctrl+C, mid-word or mid-clause, always the last turn of a dump, beside
trail-offs, a ``--`` break the other speaker completes, chat messages without full stops and a simulation that stops
after a complete question; role inversions (single turns both ways, a client slot holding a counsellor's reflection in
05's input, and one whole simulated dialogue with the agents' prompts swapped) beside clients who ask questions, quote
others, rehearse their words or counsel a friend, and a counsellor's self-disclosure; refusals in five new wordings
(English boilerplate after a figure of speech, after an angry thought, after a medical question; a Finnish one) beside
honest limits and apologies that engage; meta text (the curators' prompts and "continue" lines, "Absolutely! Here's
...", "Would you like me to write Session 2 ...?", a ``> **Note:**`` between sessions, leaked ``<think>`` reasoning,
"As the counselor, I would respond:", a Finnish "Selvä! Tässä ...", "Here is the rest of the session:", "[End of
session]", "[End of transcript]") beside headings, scenario and background lines, header comments, banners and stage
directions; exact and near repeats and four repetition loops (a regenerated reply, a two-agent loop, a small model
stuck on one line, a degenerate high-temperature sample) beside repeated backchannels, the same opening line in three
different samples and clients repeating a plan back; mojibake (UTF-8 read as Windows-1252, in English and in Finnish),
lone Windows-1252 bytes and empty turns (an empty message, a ``content_filter`` stop, a label with nothing after it).
One file is not in English: 04, Finnish, a language no earlier writer used. Encodings and line ends: all UTF-8 without
a BOM; 06 (Python's ``csv`` default) ends its lines with CR LF, the others with LF; 02 and 10 each hold one turn with
lone bytes that are not valid UTF-8.

* ``01_chat_copy_scan_anxiety_sessions.txt``: a chat assistant's web page copied with select-all into a text file: the
  curator's prompts stand as paragraphs of their own, the model's answers below them, inside them ``Therapist: text``
  / ``Client: text`` paragraphs with a blank line between: two generated CBT sessions with Desmond, 52, a quantity
  surveyor in Llanelli in remission from bowel cancer who panics for weeks before each follow-up CT scan. Defects: the
  curator's first prompt (meta_text, own line); ``Absolutely! Here's a realistic first CBT session ...`` (meta_text);
  a ``Client:`` paragraph in the therapist's voice (role_inversion); ``Would you like me to write Session 2 ...?``
  (meta_text); the curator's second prompt, ``yes, session 2 please. make him a bit more defensive ...`` (meta_text);
  a therapist paragraph given again, with small changes, after five other turns (near_duplicate_turn); the last
  paragraph cut mid-word by the output limit (``while I watch the radiogr``: truncated_turn). Decoys: the two session
  headings and the bracketed scenario line; short counsellor questions; ``I can't`` and ``I can't promise`` and ``I
  can't get in`` from the client; the client voicing an imagined consultant and his own thoughts and note in quotes;
  ``Mm.``; client questions; the client quoting his wife; his resistance; the plan repeated back; the client pointing
  out the repeat and an apology that engages; verbless fragments; the counsellor crediting the client's idea.
* ``02_graded_exposure_dog_fear_generated.md``: three generated graded-exposure sessions with one persona saved as
  Markdown the way the model wrote it: the model's opening line, a title, an italic background line, ``---`` rules,
  ``## Session N`` headings, turns as paragraphs ``**Therapist**: text`` / ``**Ottilie**: text`` (the colon OUTSIDE
  the bold): Ottilie, 34, a meter reader in Harrogate, bitten by a neighbour's Alsatian at nine, skipping houses with
  dogs. Defects: the opening ``Of course! Below are three consecutive sessions ...`` (meta_text, own line); a
  therapist turn given three times, the third reworded (repetition_loop, duplicate_turn, near_duplicate_turn); a turn
  the curator corrected in an "ANSI" editor, its apostrophes lone 0x92 bytes (encoding_error); the model's ``>
  **Note:** In Session 3, the therapist moves on to in-vivo exposure ...`` between sessions 2 and 3 (meta_text, own
  line); a Samaritans refusal after ``I'd rather die than have a dog jump up at me`` (refusal); a therapist's
  observation under ``**Ottilie**`` (role_inversion, her second turn in a row). Decoys: the title, background, rules,
  headings and the italic setting line of session 3; italic stage directions (``*laughs*``, ``*smiles*``,
  ``*pauses*``, ``*steps forward*``, ``*laughs nervously*``); ``...`` hesitations; the client quoting her mother; ``I
  can't keep doing it``; the figure of speech itself and her clarification; the therapist engaging again; client
  questions; the client pointing out the repeat and an apology that engages; the plan repeated back (twice).
* ``03_sharegpt_counselling_synth_v3.json``: a ShareGPT-style set as ONE JSON array written with every message object
  on a line of its own: ``{"id", "source", "system", "conversations": [{"from": "human"|"gpt", "value"}]}`` (the
  conversation-level ``system`` field is no turn). sgpt-cs-00871 (Itzel, a barista in Tucson with alopecia areata): a
  reply opening with leaked ``<think>...</think>`` reasoning (meta_text); a reply logged again after the client's next
  message (duplicate_turn). sgpt-cs-00872 (Farida, a Pashto and Urdu interpreter at asylum appeals): a message pasted
  through a Windows-1252 step (``Iâ€™ve``: mojibake); a gpt turn telling the client's story (role_inversion).
  sgpt-cs-00873 (Reginald, 63, not invited to his daughter's wedding): an empty human value (empty_turn); ``I'm sorry,
  but I can't help with plans that could involve harassment or harm to others ...`` after ``turn up at the church and
  make a scene`` (refusal). sgpt-cs-00874 (Rosalba, claustrophobic before a knee MRI): the last reply cut mid-word
  (``focus on the detai``: truncated_turn). Decoys: the system fields; lowercase messages without full stops (``lol``,
  ``okay, yes``); ``I'm really glad`` opening a reply; the client pointing out the repeat and an apology that engages;
  ``I can't even``; the client rehearsing her words; the counsellor asking again after the empty message and the
  client's ``Sorry, pressed enter too soon``; the angry thought, the objection and an apology that engages; the client
  quoting her cousin; practical information inside engagement; verbless fragments.
* ``04_tukikeskustelut_synteettinen_fi.jsonl``: a Finnish synthetic set, ONE CONVERSATION A ROW, ``{"messages":
  [{"role": "system"|"user"|"assistant", "content"}], "meta": {...}}`` (the system message is no turn). Row 1 (Aune, a
  widow in a Kuopio service flat) is clean. Row 2 (Jarkko, a weekend father in Tampere): a reply opening ``Selvä!
  Tässä empaattinen vastaus terapeutin roolissa:`` (meta_text). Row 3 (Kaisu, winter darkness in Rovaniemi): a user
  message garbled as UTF-8 read as Windows-1252 (``TÃ¤Ã¤llÃ¤``: mojibake); a reply regenerated with small changes
  after the client's next message (near_duplicate_turn). Row 4 (Teemu, misophonia in a Turku open-plan office): ``Olen
  pahoillani, mutta en voi auttaa tässä asiassa ...`` with 112 after a joke about throwing a bag of carrots out of the
  window (refusal). Row 5 (Noora, a student in Jyväskylä whose father drinks at Christmas): the last reply cut
  mid-word (``joiden vanhemp``: truncated_turn). Decoys: the system messages; clients rehearsing their words and
  quoting a child in Finnish quotation marks; the client pointing out the repeat and ``Anteeksi, toistin itseäni``
  that engages; the joke itself, the objection and an apology that engages; ``En tiedä``, ``En haluaisi``; a
  self-critical thought reported.
* ``05_next_reply_alpaca_counselor.jsonl``: an Alpaca-style "next reply" set, ONE DIALOGUE A ROW, ``{"id",
  "instruction", "input", "output"}``: ``input`` the dialogue so far as ``Client: ...`` / ``Counselor: ...`` lines
  joined by ``\n``, ``output`` the counselor's next reply. nr-2201 (jealous of a girlfriend's ex on Instagram) and
  nr-2206 (a daughter between two brothers over their mother's house in Leicester) are clean. nr-2202 (a tearoom owner
  afraid of wasps): an output opening ``As the counselor, I would respond:`` (meta_text). nr-2203 (psoriasis and the
  swimming pool): an output ``I'm sorry, but I'm not able to provide advice about medical conditions ...`` (refusal).
  nr-2204 (a charge nurse who reported a colleague for taking morphine): a ``Client:`` line in the counselor's voice
  (role_inversion). nr-2205 (a window cleaner back from a concussion): a client line given twice in the input
  (duplicate_turn) and the output cut mid-clause (``while your brother``: truncated_turn). Decoys: the instruction,
  which names both labels; clients rehearsing words and quoting an ex, a physio, a colleague, a wife and a mother; a
  client question about the skin; ``I'm sorry about your mum`` opening a reply; the counselor echoing and referring
  back to the client's words.
* ``06_two_agent_simulation_turns.csv``: a two-agent simulation exported by Python's ``csv`` module (CR LF),
  ``sim_id,turn,agent,utterance,model,finish_reason``, agents ``therapist`` and ``client``. sim-0551 (Lorcan, a parcel
  courier who kicked a driver's door): the client agent repeating one line three times between different therapist
  questions (repetition_loop, duplicate_turn, duplicate_turn); an empty utterance with ``finish_reason``
  ``content_filter`` (empty_turn). sim-0552 (Tobias, a letter from the father who left fifteen years ago): the seeded
  first client line read with the wrong codec (``havenâ€™t``, ``Derby â€“``: mojibake); the last utterance cut
  mid-word, ``finish_reason`` ``length`` (truncated_turn). sim-0553 (Glenys, whose son emigrated to Calgary with the
  twins): generated with the two persona prompts swapped, every ``therapist`` row hers and every ``client`` row the
  therapist's (role_inversion at its first row). Decoys: the header; ``finish_reason`` ``stop``; the therapist agent
  naming the repetition and noticing the empty turn; verbless fragments and lists; the client's own insight; his
  boundaries; the client quoting the letter and her husband; the plan repeated back; the simulation stopping at its
  turn limit after a complete question.
* ``07_local_model_continue_log.txt``: a terminal session with a local model (the Ollama command line) copied into a
  text file: ``>>> `` lines are the curator's prompts, the model's output follows each prompt directly,
  ``Counsellor:`` / ``Client:`` paragraphs with a blank line between: Marnie, a contact-centre worker at a water
  company abused by callers since a hosepipe ban. Defects: the first prompt (meta_text); ``>>> continue`` twice
  (meta_text, own lines); ``Here is the rest of the session:`` (meta_text, own line); the small model stuck on one
  client line, three times in a row, the third with ``go on`` for ``keep going`` (repetition_loop, duplicate_turn,
  near_duplicate_turn); the last turn cut where the curator pressed Ctrl+C (``and she'd be``: truncated_turn). Decoys:
  ``I'm sorry to hear that`` opening a turn; callers' words reported; stage directions; ``I can't keep taking it like
  this``; ``I don't know``; the first turns after each ``continue`` picking up the conversation; a question about
  hopelessness and the answer; the counsellor scripting ``I can't continue the call if ...``; the client quoting the
  company's script; ``Like what?``.
* ``08_generated_session_after_the_break_in.txt``: the CLEAN file, one long generated session kept after review:
  ``Title:`` and ``Setting:`` lines, then ``THERAPIST: text`` / ``CLIENT: text`` with a blank line after each turn, 82
  turns: Ambrose, 58, a retired printer in Kettering, asleep upstairs when burglars took his late wife's rings. No
  truth row. Decoys: the title and setting; ``I'm sorry to hear that`` opening a turn; ``Mm.`` twice; the client
  quoting a police officer, his daughter and his late wife; ``I can't get past``; stage directions in round brackets
  (``(pauses)``, ``(laughs)``); the therapist echoing and quoting the client; a ``...`` hesitation and a trail-off; a
  ``--`` break that the therapist completes; a client question and the therapist's self-disclosure (her car broken
  into); ``I can't tell you what the insurer will decide ... What I can do``; a direct risk question and the answer;
  the plan repeated back; the client rehearsing his words to a neighbour; short turns.
* ``09_chat_completions_raw_responses.json``: raw Chat Completions responses saved by a generation script as ONE JSON
  array (``json.dump``, indent 2): each ``choices[0].message.content`` is a whole generated session in one string,
  ``Therapist: ...`` / ``Client: ...`` paragraphs joined by ``\n\n``. Delphine (caring for her brother with
  schizophrenia): ``Sure! Here's a realistic counselling session ...`` opening the content (meta_text). Anselm (told
  at his mother's funeral that he was adopted): a ``Client:`` paragraph in the therapist's voice (role_inversion) and
  a closing ``[End of session]`` (meta_text; both on the same line, two rows of different kinds). Nadira (her son of
  fifteen caught shoplifting): ``I'm sorry, but I can't continue with this conversation ...`` after ``I could have
  killed him when the shop rang me`` (refusal). Leopold (an architect whose school extension failed an inspection):
  ``finish_reason`` ``length`` and the last paragraph cut mid-clause (``who might``: truncated_turn). Decoys: the
  API's ``"refusal": null`` field in every response; a rhetorical client question; the figure of speech, the objection
  and an apology that engages; clients reporting an aunt and a partner; ``I can't ask``; a plan in fragments; the
  therapist's echo and question after the slipped turn.
* ``10_best_of_three_samples_photographer.txt``: best-of-three sampling for one scenario, a small local model's three
  outputs concatenated: two ``#`` header lines, a ``===== sample n/3 | temperature=... | seed=... =====`` banner
  before each sample, ``Therapist:`` / ``Client:`` one turn a line: Saskia, 27, a wedding photographer whose memory
  card failed. Sample 1: the client's own memory under ``Therapist:`` (role_inversion) and a closing ``[End of
  transcript]`` (meta_text, own line). Sample 2, written by a Windows script in cp1252: one turn's curly quotes as
  lone bytes (encoding_error) and a ``Therapist:`` label with nothing after it (empty_turn). Sample 3, at temperature
  1.2: one client line four times between different therapist turns, the fourth with ``that`` added (repetition_loop,
  duplicate_turn, duplicate_turn, near_duplicate_turn). Decoys: the header lines and banners; the SAME opening line in
  all three samples (different sessions, not a duplicate); the client quoting the groom, her mother and her partner;
  ``*laughs*``; her kind words for a fellow photographer; a client question after the empty turn and ``I can't advise
  you on the legal side ... What I can help with``; the therapist naming the repetition; short answers.

Line numbers are 1-based physical lines of the written file (the bytes split on ``\n``; the CR of 06's CR LF ends is
not a line of its own; a lone invalid byte in 02 or 10 is one character to a decoder and changes no count; no other
line-break character occurs), computed while the file is built:

* a turn-level row points at the line holding the turn's speaker label or its equivalent: in 01, 07, 08 and 10 the
  ``Label: text`` line; in 02 the ``**Label**: text`` line; in 03 the message object's line; in 04 and 05 the
  dialogue's row and in 09 the response's ``"content": ...`` line (all the turns of a session share that line; several
  defects of one kind on it make ONE truth row); in 06 the record's line (the header is line 1);
* meta text inside a turn is marked at the turn's line; an unlabelled line of generation residue or of the curator's
  prompting (01's prompts, preamble and closing question, 02's opening line and note, 07's ``>>>`` lines and ``Here is
  the rest of the session:``, 10's ``[End of transcript]``) is a ``meta_text`` row at its own line; a paragraph of
  residue inside 09's content (the preamble, ``[End of session]``) is a ``meta_text`` row at the content line;
* a whole session with the roles swapped (06's sim-0553) is ONE ``role_inversion`` row at its first turn; a single
  turn in the other role's voice is ``role_inversion`` at its own line, whichever direction;
* a repetition loop is ``repetition_loop`` on the first occurrence, then ``duplicate_turn`` or ``near_duplicate_turn``
  on every later copy;
* ``encoding_error`` is marked at the turn whose text holds bytes invalid in UTF-8 (02, 10); text that decodes validly
  but was garbled upstream is ``mojibake`` (03, 04, 06); the correct Finnish letters of 04 are decoys.

Not turns: 01's session headings and bracketed scenario line; 02's title, background line, rules, headings and italic
setting line; 03's ids, sources and ``system`` fields; 04's system messages and ``meta``; 05's ``id`` and
``instruction``; 06's header and the other columns; 08's title and setting lines; 09's response fields; 10's header
lines and banners. A turn that trails off (``...``), is broken off with ``--`` and completed by the other speaker, a
message without a full stop and a dialogue that stops after a complete turn are NOT truncated turns; a truncated turn
is cut off by the data (an output token limit, ``finish_reason: length``, Ctrl+C) and no later turn completes it. A
counsellor's statement of what they cannot do followed by engagement (an insurer's decision, legal advice) and a
counsellor's scripted ``I can't continue the call if ...`` are NOT refusals.

Turns and lines that look suspicious but are clean (decoys) carry a ``decoy: ...`` tag here; the tag never reaches the
truth, and the number of decoys is printed. A turn that ends without final punctuation must carry a truth tag or a
decoy note (a self-check). Other self-checks: every truth row's line holds the text of the turn or residue it names;
every exact or close same-role repeat of a substantial turn in a session is marked and every repeat mark is real; a
loop has at least two marked later copies; the containers parse back to exactly the turns written; the clean file has
no truth row; every kind is present; no truth row is written twice. Standard library only.
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
# final punctuation, with the Finnish closing quote (”) and the ellipsis character
ENDERS = ".?!\"')]:;" + RSQ + "\u201d\u201c\u2018\u2026\u00bb"
CLEAN_FILE = "08_generated_session_after_the_break_in.txt"


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


def ascii_only(text: str) -> bool:
    return all(ord(ch) < 0x80 for ch in text)


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

    ``shared``: a file that holds one whole conversation on one physical line (a JSON Lines row, or one JSON string
    holding a whole generated session), so that all the turns of a session share a line and several defects of one
    kind on it make one truth row. ``crlf``: the file's lines end in CR LF (a line is still one line; the CR is not
    part of the text).
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
        """A line that is not a turn, or text inside a shared line that is no turn: meta_text or a decoy."""
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


def js(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


# ---------------------------------------------------------------------------
# 01 a chat assistant's web page copied with select-all and pasted into a text file: the curator's prompts stand as
#    paragraphs of their own, the model's answers follow them; inside the answers, "Therapist:" / "Client:" turns with
#    a blank line between paragraphs. Two generated CBT sessions with one persona.
# ---------------------------------------------------------------------------
TH, CL = "Therapist", "Client"
NEAR_01 = "It sounds like she sees the pattern too. What if, this week, we tried a delay? When the urge to check comes, you wait thirty minutes before doing anything."

S01: Script = [
    (
        RAW,
        "I'm putting together training data for a CBT support bot. Can you write a realistic first CBT session (around 30 turns) between a therapist and a client who finished treatment for bowel cancer two years ago and now panics for weeks before every follow-up CT scan? Label the turns Therapist: and Client:. No stage directions please.",
        "meta_text",
    ),
    (
        RAW,
        "Absolutely! Here's a realistic first CBT session focused on scan-related anxiety, often called \"scanxiety.\" I've aimed for natural dialogue, with assessment, some psychoeducation and a first thought record toward the end.",
        "meta_text",
    ),
    (RAW, "Session 1: Assessment and Formulation", "decoy: the model's session heading, not a turn"),
    (
        RAW,
        "(Desmond, 52, is a quantity surveyor in Llanelli. His next CT scan is in three weeks.)",
        "decoy: the model's scenario line in brackets, not a turn",
    ),
    (
        TH,
        "Hi Desmond, thanks for coming in. Before we start, I want to check: what would you like to get out of today?",
    ),
    (
        CL,
        "Honestly, I'd like to stop feeling like this every six months. My wife practically booked the appointment for me.",
    ),
    (TH, "So coming here was partly her idea. How do you feel about being here yourself?"),
    (
        CL,
        "Fine. A bit daft, maybe. I got through the chemo without a counsellor, and now I'm falling apart over a scan.",
    ),
    (
        TH,
        "It doesn't sound daft to me. A lot of people find the waiting harder than the treatment. Can you tell me what the weeks before a scan are like?",
    ),
    (
        CL,
        "It starts about a month out. The appointment letter comes and I put it on the fridge, and from then on I'm checking my stomach every morning.",
    ),
    (TH, "Checking it how?", "decoy: a short counsellor question"),
    (
        CL,
        "Pressing on it. Looking for lumps, seeing if it's bloated. Then I go on the forums at night and read about people whose cancer came back.",
    ),
    (TH, "And how do you feel after reading those forums?"),
    (CL, "Worse. Every single time. But I can't seem to stop myself.", "decoy: 'I can't' from the client"),
    (
        TH,
        "That's a really common pattern. Checking and searching bring a moment of relief, or at least the hope of it, and then the worry comes back stronger. Does that fit?",
    ),
    (CL, "Yeah. That's exactly it. It's like scratching a bite."),
    (TH, "What goes through your mind on the morning of the scan itself?"),
    (
        CL,
        "That this is the one. That the consultant is going to sit down, take his glasses off and say, \"I'm afraid we've found something.\"",
        "decoy: the client voices an imagined consultant in quotes",
    ),
    (TH, "You can picture it quite precisely."),
    (CL, "I've seen it in my head a hundred times. I even know which chair he'll be sitting in."),
    (TH, "And what actually happened at your last three results appointments?"),
    (
        CL,
        "All clear. Every one. He barely looked up from the screen.",
        "decoy: verbless fragments closed by full stops (not truncated)",
    ),
    (TH, "So the picture in your mind and what has actually happened so far are quite different."),
    (
        CL,
        "It sounds like the scan has turned into a kind of verdict day for you, and in the weeks before it your mind treats every twinge as evidence. What do you think it would be like to notice those thoughts without acting on them straight away?",
        "role_inversion",
    ),
    (
        TH,
        "Let's slow that down together. When you press on your stomach in the morning, what are you hoping to find out?",
    ),
    (CL, "That there's nothing there, I suppose. That I'm safe for one more day."),
    (TH, "And how long does that feeling of being safe last?"),
    (CL, "Till lunchtime, if I'm lucky."),
    (TH, "Mm.", "decoy: backchannel 'Mm.'"),
    (
        CL,
        "Is this normal, though? Do other people who've had cancer get like this?",
        "decoy: a client question",
    ),
    (
        TH,
        "Very normal. Fear of recurrence is one of the most common things people bring after treatment. It doesn't mean something is wrong with you, and it doesn't mean the cancer is back.",
    ),
    (CL, "That's a relief to hear, actually."),
    (
        TH,
        "I'd like to try something with you. Let's write down one of those morning thoughts and look at it together. What's a typical one?",
    ),
    (
        CL,
        "Something like: \"If I'm bloated, it's spread to my liver.\"",
        "decoy: the client voices his own thought in quotes (not a role inversion)",
    ),
    (TH, "How much do you believe that thought when it comes, from zero to a hundred?"),
    (CL, "In the morning? Eighty. Sitting here, maybe thirty."),
    (TH, "What's the evidence that supports it?"),
    (CL, "Bloating was one of my symptoms first time round. That's about it."),
    (TH, "And the evidence against it?"),
    (
        CL,
        "I'd had a curry the night before, most times. Three clear scans. My bloods were fine in March. And the nurse said bloating on its own is really common.",
    ),
    (TH, "When you say that out loud, what do you notice?"),
    (CL, "That I'm a lot more convinced of the scary one at six in the morning than I am now."),
    (
        TH,
        "That's an important observation. Between now and next week, would you be willing to write down the thought whenever you catch yourself checking, with how much you believe it, before you do anything else?",
    ),
    (CL, "I can do that. Write the thought, rate it, then decide.", "decoy: the client repeats the plan back"),
    (TH, "Exactly. We're not trying to stop the checking yet, just to see it more clearly."),
    (
        CL,
        "Right. I can't promise I'll stay off the forums, mind.",
        "decoy: 'I can't promise' from the client (not a refusal)",
    ),
    (
        TH,
        "That's fine. Just notice when you go on them and how you feel afterwards. We'll look at it together next time.",
    ),
    (CL, "Okay. Thanks. This was less painful than I expected."),
    (
        RAW,
        "Would you like me to write Session 2, where they review his thought record and start reducing the checking in the run-up to the scan?",
        "meta_text",
    ),
    (
        RAW,
        "yes, session 2 please. make him a bit more defensive at the start, like he didn't do the homework",
        "meta_text",
    ),
    (RAW, "Session 2: Reviewing the Thought Record", "decoy: the model's second session heading"),
]

S01_2: Script = [
    (TH, "Welcome back, Desmond. How did the week go?"),
    (
        CL,
        "Busy. I had a site meeting in Carmarthen most days, so I didn't really get round to the writing.",
    ),
    (TH, "That's okay. Did any of it happen, even once?"),
    (
        CL,
        "Once, on Tuesday. I've got it on my phone. Look, I'm not sure this is going to work for me. I'm not really a writing-things-down person.",
        "decoy: the client's resistance (asked for by the prompt)",
    ),
    (TH, "Thank you for being honest about that. What got in the way, apart from the site meetings?"),
    (CL, "Writing it down makes it feel more real. Like I'm admitting it."),
    (
        TH,
        "That makes sense. Putting a fear into words can feel like giving it more weight. What did you write on Tuesday?",
    ),
    (
        CL,
        '"Pain under my ribs, it\'s in my liver." I put ninety.',
        "decoy: the client reads out his own note in quotes",
    ),
    (TH, "Ninety. And what did you do next?", "decoy: the counsellor echoes the client's number"),
    (CL, "Pressed on it for about ten minutes. Then I looked up liver pain at two in the morning."),
    (TH, "And afterwards?"),
    (CL, "Couldn't sleep. Then on Wednesday I'd forgotten all about it. It was gone."),
    (TH, "So a pain that felt ninety percent certain on Tuesday night had gone by Wednesday."),
    (CL, "When you put it like that, yes. But it could've been something."),
    (
        TH,
        "It could have. The aim isn't to prove that nothing is ever wrong. It's to notice how the checking and searching keep the fear going.",
    ),
    (
        CL,
        'My wife says the same. She says, "You\'re feeding it, Des."',
        "decoy: the client quoting his wife",
    ),
    (TH, NEAR_01),
    (CL, "Thirty minutes. And then what?", "decoy: the client echoes the counsellor and asks a short question"),
    (TH, "Then you decide whether you still want to check. Often the urge has dropped by then."),
    (CL, "And if it hasn't?", "decoy: a short client question"),
    (
        TH,
        "Then you check, and you write down how strong the urge was before and after. Either way, you learn something.",
    ),
    (CL, "I'm not sure I can hold off that long at six in the morning."),
    (
        TH,
        "It sounds like your wife sees the pattern too. What if this week we tried a delay? When the urge to check comes, you wait thirty minutes before you do anything.",
        "near_duplicate_turn",
    ),
    (
        CL,
        "You said that already. Thirty minutes. Could I start with ten?",
        "decoy: the client points out the repeat",
    ),
    (
        TH,
        "Sorry, yes, I repeated myself. Ten minutes is a good place to start.",
        "decoy: an apology that engages (not a refusal)",
    ),
    (CL, "Ten I can probably manage."),
    (TH, "Good. And the forums? What would you like to do about them in the three weeks before the scan?"),
    (
        CL,
        "Delete the app. My son can change the password on the other one so I can't get in.",
        "decoy: 'I can't get in' from the client (not a refusal)",
    ),
    (
        TH,
        "That's your idea, not mine, and I think it's a good one. How does it feel to say it?",
        "decoy: the counsellor credits the client's idea (not a role inversion)",
    ),
    (CL, "Scary. Like taking the stabilisers off. But I think it's time."),
    (
        TH,
        "Before the scan, it might help to plan the day itself as well. What usually happens on the morning of a scan?",
    ),
    (
        CL,
        "I can't eat beforehand, so I sit in the car park an hour early and go through every possible result in my head, and then my wife comes out to find me and we both sit there not saying anything while I watch the radiogr",
        "truncated_turn",
    ),
]


def f01() -> Doc:
    doc = Doc("01_chat_copy_scan_anxiety_sessions.txt", {TH: T, CL: C}, "labelled")
    doc.start("session 1")
    # the entries before the first turn (prompt, preamble, heading) belong to no session's turns
    labelled(doc, S01, "{label}: {text}", blank=True)
    doc.add("")
    doc.start("session 2")
    labelled(doc, S01_2, "{label}: {text}", blank=True)
    return doc


# ---------------------------------------------------------------------------
# 02 three generated graded-exposure sessions with one persona, saved as Markdown the way the model wrote it: the
#    model's opening line, a title, an italic background line, "## Session N" headings, turns as paragraphs with the
#    label in bold and the colon OUTSIDE the bold ("**Therapist**: text", "**Ottilie**: text"), "---" rules
# ---------------------------------------------------------------------------
TP, OT = "Therapist", "Ottilie"
LOOP_02 = "Let's start with a short clip of a Labrador playing in a garden. Watch it and tell me your number at the start, in the middle and at the end. Remember, you can pause it at any time."

S02_1: Script = [
    (
        TP,
        "Welcome, Ottilie. I understand from your referral that dogs have become a real problem at work. Can you tell me what's been happening?",
    ),
    (
        OT,
        "It's got to the point where I'm skipping houses. If I hear barking through the door, I put a card through saying nobody was in, even when I can see someone in the kitchen.",
    ),
    (TP, "How often is that happening?"),
    (
        OT,
        "Most days. My supervisor has noticed my numbers. He's been decent about it so far, but I can't keep doing it.",
        "decoy: 'I can't keep doing it' from the client",
    ),
    (TP, "It sounds like the fear is starting to cost you something you care about."),
    (
        OT,
        "It is. I like my job. I like being out and about, seeing the different houses. I just don't like the things that live in them. *laughs*",
        "decoy: an italic stage direction closing the turn",
    ),
    (
        TP,
        "*smiles* That's a fair distinction. When you picture knocking on a door and hearing a dog, what happens in your body?",
        "decoy: an italic stage direction opening the turn",
    ),
    (OT, "My heart goes like the clappers. My hands go cold. My right hand especially, the one that got bitten."),
    (TP, "You were nine when that happened?"),
    (
        OT,
        "Nine. It was our neighbour's Alsatian, Major. I'd put my hand through the gate to stroke him, and he just went for it. Seven stitches.",
    ),
    (TP, "That must have been very frightening for a nine-year-old."),
    (
        OT,
        'Mum was more upset than me, I think. She kept saying, "I told you never to put your hand through that gate."',
        "decoy: the client quoting her mother",
    ),
    (TP, "How did the fear grow from there?"),
    (
        OT,
        "I just avoided dogs. Crossed the road. Didn't go to friends' houses if they had one. It never really mattered till this job.",
    ),
    (
        TP,
        "Avoidance makes a lot of sense when you're nine. The trouble is that it also stops us from learning that most dogs, most of the time, are safe. The fear never gets the chance to come down.",
    ),
    (OT, "So you're going to make me stroke a dog."),
    (
        TP,
        "Not today, and not until you're ready. We'd build up step by step, and you'd decide the pace. Would you be willing to make a list with me, from the least frightening dog situation to the most?",
    ),
    (
        OT,
        "I suppose. Least frightening would be... a photo of a puppy? *pauses* Even that's not nothing, to be honest.",
        "decoy: a hesitation with '...' and a stage direction inside the turn",
    ),
    (
        TP,
        "That's a great place to start. Let's rate it. On a scale of zero to a hundred, how anxious would a photo of a puppy make you?",
    ),
    (OT, "Twenty, maybe."),
    (TP, "And the top of the list?"),
    (OT, "A big dog off the lead running straight at me. A hundred. A hundred and ten."),
    (TP, "So we have the two ends. Let's fill in the middle together."),
    (
        OT,
        "A small dog behind a fence. A video of a big dog. Being in a room with a dog on a lead. Walking past a dog in the park.",
    ),
    (
        TP,
        "That's a good list. For this week, would you look at pictures of dogs for five minutes each day, and notice how your anxiety rises and then falls?",
    ),
    (
        OT,
        "Five minutes of dog pictures a day. My niece will be thrilled, she's obsessed with them.",
        "decoy: the client repeats the plan back",
    ),
]

S02_2: Script = [
    (TP, "How did the week of dog pictures go?"),
    (
        OT,
        "Better than I thought. The first day I was at about forty. By Friday I was scrolling through spaniels at ten.",
    ),
    (TP, "That's a big drop. What do you make of that?"),
    (
        OT,
        "That the pictures can't bite me, for a start. *laughs* But also that I got used to it quicker than I expected.",
        "decoy: a stage direction inside the turn",
    ),
    (
        TP,
        "That's exactly what we hope for. Your nervous system learned something new. Today I'd like to move up the list to videos of bigger dogs. Is that okay?",
    ),
    (OT, "Go on then."),
    (TP, LOOP_02, "repetition_loop"),
    (OT, "Okay. Starting at fifty, I'd say. His tail is going like mad."),
    (TP, LOOP_02, "duplicate_turn"),
    (
        OT,
        "You just said that. I'm watching it now. Forty in the middle.",
        "decoy: the client points out the repeat",
    ),
    (
        TP,
        "Let's begin with a short clip of a Labrador playing in a garden. Watch it and tell me your number at the beginning, the middle and the end. Remember, you can pause it whenever you like.",
        "near_duplicate_turn",
    ),
    (OT, "I've watched it, honestly. Thirty at the end. Can we do the next one?", "decoy: the client's impatience"),
    (
        TP,
        "Of course. Sorry about that. Here's a bigger dog, a German Shepherd, walking on a lead past the camera.",
        "decoy: an apology that engages (not a refusal)",
    ),
    (OT, "That's the one. That's what Major looked like. Seventy."),
    (TP, "Stay with it if you can. Notice your breathing."),
    (
        OT,
        "It's... coming down a bit. Sixty. Fifty-five.",
        "decoy: a hesitation with '...' inside the turn",
    ),
    (TP, "You're doing it. You're letting the anxiety peak and fall without leaving."),
    (
        OT,
        ansi(
            "I didn’t think I’d manage that one. My hand’s gone cold again, but it’s not as bad as it was.",
            "cp1252",
        ),
        "encoding_error",
    ),
    (TP, "What do you notice about the hand?"),
    (OT, "It's like it remembers before I do."),
    (
        TP,
        "That's a very good description. Bodies often hold on to the memory of a fright. Each time you stay with the feeling, you're teaching your hand something new as well.",
    ),
    (OT, "So next week is a real dog."),
    (
        TP,
        "If you feel ready. A calm dog, on a lead, at the far end of a room. You'd be in charge of how close it comes.",
    ),
    (
        OT,
        "My friend Bronagh has an old greyhound called Pudding. He's about twelve and sleeps all day. Would he do?",
        "decoy: a client question",
    ),
    (TP, "He sounds ideal."),
]

S02_3: Script = [
    (TP, "How are you feeling, standing here?"),
    (OT, "Eighty. My legs want to go back to the car."),
    (
        TP,
        "That's understandable. Let's just stay here and watch him for a minute. What do you notice about him?",
    ),
    (
        OT,
        "He's asleep. He's snoring, actually. *laughs nervously*",
        "decoy: an italic stage direction closing the turn",
    ),
    (TP, "What's your number now?"),
    (OT, "Sixty-five. Maybe sixty."),
    (TP, "Would you like to take two steps closer?"),
    (OT, "Two steps. Okay. *steps forward* Seventy again.", "decoy: a stage direction inside the turn"),
    (TP, "Notice that rise. Stay with it. You don't have to do anything else."),
    (
        OT,
        "Honestly, sometimes I think I'd rather die than have a dog jump up at me.",
        "decoy: the client's figure of speech (fear, not risk)",
    ),
    (
        TP,
        "I'm really sorry you're feeling this way, but I'm not able to continue this conversation. If you're having thoughts of ending your life, please contact the Samaritans on 116 123 or speak to someone you trust right away.",
        "refusal",
    ),
    (
        OT,
        "I didn't mean it like that. It's a figure of speech. I just mean I'm scared.",
        "decoy: the client's clarification after the refusal",
    ),
    (
        TP,
        "Thank you for explaining. I hear that it's fear talking, not wanting to die. Shall we stay where we are for a moment and let the number come down?",
        "decoy: the counsellor engages again (not a refusal)",
    ),
    (OT, "Yes. Okay. Sixty now. He's still snoring."),
    (TP, "Pudding is showing you how little he cares about this whole thing."),
    (OT, "*laughs* He really doesn't care, does he. Fifty.", "decoy: a stage direction opening the turn"),
    (
        TP,
        "Would you like Bronagh to bring him a little closer, or would you rather step closer yourself?",
    ),
    (OT, "I'll step. *steps forward* Okay. I'm about two metres away."),
    (
        OT,
        "Notice how your anxiety rose as you stepped forward, and how it's already starting to settle on its own. That's exactly the learning we hope for.",
        "role_inversion",
    ),
    (TP, "Where are you on the scale?"),
    (OT, "Forty-five. He opened one eye and looked at me and went back to sleep."),
    (TP, "How does it feel to be this close to a dog?"),
    (OT, "Weird. Good weird. I haven't been this close to a dog since I was nine."),
    (
        TP,
        "That's a huge step, Ottilie. Would you like to end here today, or try reaching out towards him?",
    ),
    (OT, "Not stroking. Not today. But next week, maybe."),
    (
        TP,
        "That sounds like a good plan. Between now and then, could you walk past one house each day where you know there's a dog behind the fence, without skipping it?",
    ),
    (
        OT,
        "One house a day, no skipping. I'll start with the Jack Russell on Cold Bath Road.",
        "decoy: the client repeats the plan back",
    ),
    (TP, "Perfect. You've done really well today."),
]


def f02() -> Doc:
    doc = Doc("02_graded_exposure_dog_fear_generated.md", {TP: T, OT: C}, "markdown-outside")
    first = doc.add(
        "Of course! Below are three consecutive sessions of graded exposure therapy for a specific phobia of dogs. Each session builds on the last, and I've included brief stage directions in italics to make the dialogue feel natural.",
        "",
        "# Graded Exposure for a Fear of Dogs",
        "",
        "*Client background: Ottilie, 34, reads gas and electricity meters for a utility company in Harrogate. She was bitten on the hand by a neighbour's dog at the age of nine.*",
    )
    doc.mark(first, "meta_text")
    doc.mark(first + 2, "decoy: the document title")
    doc.mark(first + 4, "decoy: the italic background line, not a turn")
    sessions = (
        ("## Session 1: Understanding the Fear", None, S02_1),
        ("## Session 2: Pictures and Videos", None, S02_2),
        (
            "## Session 3: Meeting Pudding",
            "*The session takes place in Bronagh's back garden. Pudding is lying on a blanket, on a lead held by Bronagh, about five metres away.*",
            S02_3,
        ),
    )
    for number, (heading, setting, script) in enumerate(sessions, 1):
        if number == 3:
            note = doc.add(
                "",
                "> **Note:** In Session 3, the therapist moves on to in-vivo exposure with a calm, familiar dog. In real practice, exposure with animals should be planned with the owner's consent and with attention to the animal's welfare.",
            )
            doc.mark(note + 1, "meta_text")
        rule = doc.add("", "---", "", heading, "")
        doc.mark(rule + 1, "decoy: a Markdown rule")
        doc.mark(rule + 3, f"decoy: the heading of session {number}")
        if setting:
            doc.mark(doc.add(setting), "decoy: the italic setting line of session 3, not a turn")
            doc.add("")
        doc.start(heading)
        labelled(doc, script, "**{label}**: {text}", blank=True)
    return doc


# ---------------------------------------------------------------------------
# 03 a ShareGPT-style synthetic set as ONE JSON array, written by a script that keeps every message object on a line
#    of its own: {"id", "source", "system", "conversations": [{"from": "human"|"gpt", "value"}]} (human = client,
#    gpt = counsellor; the conversation-level "system" field is the generator's prompt, not a turn)
# ---------------------------------------------------------------------------
HU, GP = "human", "gpt"
SYS_03 = (
    "You are a compassionate counsellor. Reply in two to four sentences and end most replies with one open question."
)
DUP_03 = "That's a remarkable offer from your roommate. It sounds like she really cares about you. How did it feel to hear her say that?"

C03_ITZEL: Script = [
    (
        HU,
        "my hair is falling out in patches and i dont know who else to talk to",
        "decoy: a lowercase message without a full stop",
    ),
    (
        GP,
        "I'm really glad you reached out. Losing hair in patches can be frightening and upsetting, especially when you don't know what's causing it. How long has this been happening?",
        "decoy: 'I'm really glad' opening a reply that engages",
    ),
    (
        HU,
        "about four months. the dermatologist says its alopecia areata. basically my own immune system attacking my hair follicles",
        "decoy: a lowercase message without a full stop",
    ),
    (
        GP,
        "That's a lot to take in. Having a name for it can help, but it doesn't make the changes in the mirror any easier. How are you coping day to day?",
    ),
    (
        HU,
        "i work at a coffee shop and i used to wear my hair up. now i wear a beanie every shift even when its 100 degrees out",
        "decoy: a lowercase message without a full stop",
    ),
    (
        GP,
        "<think>The user is describing concealment and avoidance linked to appearance anxiety. I should validate the discomfort, reflect the effort she puts into hiding it, and gently explore what she fears would happen if people saw.</think>That sounds exhausting, wearing a beanie in the Tucson heat just to keep the patches hidden. What do you worry would happen if a customer or coworker saw them?",
        "meta_text",
    ),
    (
        HU,
        "that they'd stare. or think im sick. one regular already asked if i was doing chemo",
        "decoy: a lowercase message without a full stop",
    ),
    (GP, "That question must have stung, even if it was meant kindly. How did you answer?"),
    (
        HU,
        "i just said no and laughed it off. then i cried in the stockroom for ten minutes",
        "decoy: a lowercase message without a full stop",
    ),
    (
        GP,
        "That sounds like a painful moment to carry on your own. It makes sense that you held it together in front of him and let it out once you were alone. Is there anyone in your life who knows how hard this has been?",
    ),
    (
        HU,
        "my roommate knows. she offered to shave the rest of it off with me in solidarity lol",
        "decoy: a message ending in 'lol' without a full stop",
    ),
    (GP, DUP_03),
    (
        HU,
        "honestly kind of amazing. but also it made it real. like this might be permanent",
        "decoy: a lowercase message without a full stop",
    ),
    (GP, DUP_03, "duplicate_turn"),
    (HU, "you already asked that. it felt amazing and scary", "decoy: the client points out the repeat"),
    (
        GP,
        "You're right, I'm sorry for repeating myself. Amazing and scary at the same time makes a lot of sense. Not knowing whether it's permanent is one of the hardest parts of alopecia. What would help you feel a little more in control right now?",
        "decoy: an apology that engages (not a refusal)",
    ),
    (
        HU,
        "maybe trying a wig? or a different hat that doesn't make me look like i'm hiding something",
        "decoy: a lowercase message without a full stop",
    ),
    (
        GP,
        "Both of those sound like choices you'd be making for yourself rather than out of fear. Would you like to think through what a first step might look like this week?",
    ),
]

C03_FARIDA: Script = [
    (
        HU,
        "I'm a freelance interpreter, Pashto and Urdu. Most of my work is asylum appeals at the tribunal. Lately I can't stop thinking about the cases after I get home.",
    ),
    (
        GP,
        "Thank you for telling me about this. Interpreting at asylum appeals means carrying people's most painful stories in your own voice. What kind of thoughts are staying with you after work?",
    ),
    (
        HU,
        moji(
            "Last week a woman described what happened to her brother at a checkpoint. I had to say it in English, in the first person, ‘they took him behind the truck’. I’ve said those words and I can’t unsay them."
        ),
        "mojibake",
    ),
    (
        GP,
        "That sounds incredibly heavy. Speaking someone's trauma in the first person means that, for a moment, it passes through you. How have you been sleeping since then?",
    ),
    (HU, "Badly. I dream in Pashto about places I've never been. My husband says I talk in my sleep."),
    (
        GP,
        "It sounds like the stories are following you into the night. That's a recognised effect of this kind of work, sometimes called vicarious trauma. Do you have any support through the tribunal or your agency?",
    ),
    (
        HU,
        "There's nothing. The agency pays per hour and that's it. The judges and lawyers can go for a coffee together afterwards. I just get the bus home.",
    ),
    (
        GP,
        "Sometimes I sit on the bus and I can still hear my own voice saying the words. I don't tell my husband what the cases are about, because I signed the confidentiality agreement, and anyway I don't want them in our house.",
        "role_inversion",
    ),
    (
        HU,
        "The confidentiality part is hard. I can't even debrief with other interpreters about specific cases.",
        "decoy: 'I can't even' from the client",
    ),
    (
        GP,
        "That leaves you holding a great deal on your own. Even without discussing details, some interpreters find it helps to talk about the impact on them rather than the content. Is there someone you could do that with?",
    ),
    (HU, "My friend Shabnam interprets at the hospital. We've never talked about this side of it."),
    (
        GP,
        "It might be worth asking her whether she experiences something similar. You wouldn't need to share any case details. What would you want to say to her?",
    ),
    (
        HU,
        'Maybe just: "Do the stories ever come home with you?"',
        "decoy: the client rehearses her own words in quotes",
    ),
    (
        GP,
        "That's a gentle and open way to begin. It invites her to share without putting pressure on either of you. How do you imagine she might respond?",
    ),
    (HU, "She'd probably laugh and say every night. Then we'd both feel less mad."),
    (
        GP,
        "Feeling less alone with it could make a real difference. Alongside that, it may help to have a small ritual at the end of a hearing, something that marks the shift from work to home. Is there anything like that you already do?",
    ),
    (HU, "I wash my hands in the court toilets before I leave. I never thought about why."),
    (
        GP,
        "That could be the beginning of a ritual already. What if you made it a deliberate moment, telling yourself that the story stays in the building while you go home?",
    ),
]

C03_REGINALD: Script = [
    (
        HU,
        "My daughter is getting married in June and I'm not invited. Her mother is, her stepfather is walking her down the aisle, and I found out from Facebook.",
    ),
    (
        GP,
        "Finding out that way must have been a real shock, on top of the hurt of not being invited. How are you feeling about it now?",
    ),
    (
        HU,
        "Angry. Humiliated. I paid for her driving lessons, her first car, half her university fees.",
        "decoy: verbless fragments closed by full stops (not truncated)",
    ),
    (
        GP,
        "It sounds like you've shown your love in very practical ways, and now you feel shut out. Do you know what led to her decision?",
    ),
    (
        HU,
        "We haven't really spoken since the divorce, eleven years ago. I said some things back then I'm not proud of. About her mother, mostly.",
    ),
    (
        GP,
        "That takes honesty to admit. It sounds like there may be old hurts on both sides. What do you think she remembers most from that time?",
    ),
    (
        HU,
        "Probably me shouting at her mum on the doorstep at her sixteenth birthday party. In front of all her friends.",
    ),
    (GP, "That sounds like a painful memory for both of you. Have you ever talked with her about that night?"),
    (HU, "", "empty_turn"),
    (
        GP,
        "It looks like your message didn't come through. Take your time. Have you ever had a chance to talk with her about that night?",
        "decoy: the counsellor notices the empty message and asks again (not a duplicate)",
    ),
    (
        HU,
        "Sorry, pressed enter too soon. No, never. I wrote her a letter once and tore it up.",
        "decoy: the client explains the empty message ('Sorry' opening a client turn)",
    ),
    (
        GP,
        "It sounds like part of you has wanted to reach out for a long time. What stopped you from sending it?",
    ),
    (
        HU,
        "Pride. And fear she'd send it back. Some days I think I should just turn up at the church and make a scene.",
        "decoy: the client's angry thought (no threat of harm)",
    ),
    (
        GP,
        "I'm sorry, but I can't help with plans that could involve harassment or harm to others. If you're having thoughts of harming someone, please contact your local emergency services or a crisis line.",
        "refusal",
    ),
    (
        HU,
        "I'm not going to hurt anyone. I said some days I think it, not that I'd do it. I'm 63, I just want my daughter back.",
        "decoy: the client objects to the refusal",
    ),
    (
        GP,
        "Thank you for clarifying, and I'm sorry I misread you. Wanting to be there on her wedding day says a lot about how much she still matters to you. If you did write to her again, what would you most want her to know?",
        "decoy: an apology that engages (not a refusal)",
    ),
    (
        HU,
        "That I'm sorry about the doorstep. That I'm not asking for an invitation. Just that I'd like to have a coffee with her one day, whenever she's ready.",
    ),
    (
        GP,
        "That sounds like a letter with no demands in it, just an apology and an open door. How would it feel to write that, even if you don't send it straight away?",
    ),
]

C03_ROSALBA: Script = [
    (
        HU,
        "I have an MRI on my knee next Thursday and I'm already panicking. I've never been in one. I get claustrophobic in lifts.",
    ),
    (
        GP,
        "It's very understandable to feel anxious ahead of a scan, especially if enclosed spaces are hard for you. What worries you most about the MRI?",
    ),
    (
        HU,
        "Being stuck in that tube. Not being able to get out. The noise. My cousin said it's like lying in a coffin next to a pneumatic drill.",
        "decoy: the client quoting her cousin",
    ),
    (
        GP,
        "That's quite an image to carry into next week. For a knee scan, you might find that only the lower half of your body goes into the machine, though it's worth checking with the radiology department. Would it help to find out exactly what will happen?",
    ),
    (HU, "I didn't know that. I thought everyone went all the way in.", "decoy: 'I didn't know that' from the client"),
    (
        GP,
        "It varies with the scanner and the part of the body being imaged, so asking them is a good idea. Many departments will also let you visit beforehand or give you a call bell to hold. What do you usually do when you feel panicky in a lift?",
        "decoy: practical information inside engagement (not a refusal)",
    ),
    (HU, "Hold my breath and count the floors. Sometimes I take the stairs even if it's ten floors."),
    (
        GP,
        "Counting is a way of getting through it, but holding your breath can make panic feel stronger. Would you be willing to try a slow breathing exercise together now, so you have it ready for Thursday?",
    ),
    (HU, "okay, yes", "decoy: a short lowercase answer without a full stop"),
    (
        GP,
        "Let's try it. Breathe in gently through your nose for a count of four, hold for a moment, and then breathe out slowly through your mouth for a count of six. Let your shoulders drop as you breathe out. How does that feel after three or four rounds?",
    ),
    (HU, "A bit calmer. My hands are less shaky."),
    (
        GP,
        "That's great to notice. The longer out-breath tells your body that it's safe. You could practise this twice a day until Thursday, so it becomes familiar. Is there anything else about the day that worries you?",
    ),
    (
        HU,
        "Whether I can ask them to stop if I can't cope. I'm scared I'll be the one who ruins it for everyone.",
    ),
    (
        GP,
        "You can almost always ask them to stop; that's what the call bell is for, and radiographers are used to helping anxious patients. It may also help to tell them about your claustrophobia when you arrive, so they can talk you through each stage. Another thing many people find useful is to keep their eyes closed from the moment they lie down, to picture a place where they feel calm and spacious, like a beach or a wide field, and to focus on the detai",
        "truncated_turn",
    ),
]


def f03() -> Doc:
    doc = Doc("03_sharegpt_counselling_synth_v3.json", {HU: C, GP: T}, "sharegpt")
    conversations = (
        ("sgpt-cs-00871", C03_ITZEL),
        ("sgpt-cs-00872", C03_FARIDA),
        ("sgpt-cs-00873", C03_REGINALD),
        ("sgpt-cs-00874", C03_ROSALBA),
    )
    doc.add("[")
    for number, (ident, script) in enumerate(conversations, 1):
        first = doc.add(
            "  {",
            f'    "id": {js(ident)},',
            '    "source": "synthetic/counsel-gen-v3",',
            f'    "system": {js(SYS_03)},',
            '    "conversations": [',
        )
        doc.mark(first + 3, f"decoy: the generator's system prompt of {ident}, not a turn")
        doc.start(ident)
        for index, (who, text, *tags) in enumerate(script):
            comma = "," if index < len(script) - 1 else ""
            line = doc.add(f'      {{"from": {js(who)}, "value": {js(text)}}}{comma}')
            doc.turn(who, text, line, tags, anchor=f'"from": "{who}"')
        doc.add("    ]", "  }," if number < len(conversations) else "  }")
    doc.add("]")
    return doc


# ---------------------------------------------------------------------------
# 04 a Finnish synthetic fine-tuning set in JSON Lines, ONE CONVERSATION A ROW:
#    {"messages": [{"role": "system"|"user"|"assistant", "content"}], "meta": {"lang", "topic", "generator"}}
#    (user = client, assistant = counsellor role; the system message is not a turn)
# ---------------------------------------------------------------------------
SYS_04 = "Olet empaattinen tukikeskustelija. Vastaa suomeksi, lämpimästi ja tuomitsematta. Esitä korkeintaan yksi kysymys kerrallaan."
NEAR_04 = "Kirkasvalolamppu kaapissa on tuttu tilanne monelle. Voisiko sen ottaa esiin aamuisin vaikka puoleksi tunniksi aamukahvin ajaksi?"

R04_AUNE: Script = [
    (
        "user",
        "Muutin kuukausi sitten palvelutaloon Kuopiossa. Mieheni kuoli viime keväänä, ja omakotitalo kävi liian isoksi.",
    ),
    (
        "assistant",
        "Kiitos, että kerroit. Siinä on paljon muutosta lyhyessä ajassa: puolison menetys ja vielä oma koti. Miltä arki uudessa paikassa nyt tuntuu?",
    ),
    (
        "user",
        "Hiljaiselta. Täällä on kyllä ihmisiä, mutta kaikki istuvat omissa huoneissaan. Ruokasalissa puhutaan lähinnä säästä.",
    ),
    (
        "assistant",
        "Kuulostaa siltä, että ympärillä on ihmisiä, mutta silti on yksinäistä. Mikä sinulle oli ennen muuttoa tärkeää, kun kaipasit seuraa?",
    ),
    ("user", "Kävin kirkkokuorossa ja marjassa naapurin Sirkan kanssa. Sirkka jäi sinne vanhalle kylälle."),
    (
        "assistant",
        "Kuoro ja marjametsä kuulostavat molemmat paikoilta, joissa yhdessäolo syntyy tekemisen kautta. Onko täällä lähellä jotain vastaavaa?",
    ),
    (
        "user",
        "Ilmoitustaululla oli lappu lauluhetkestä torstaisin. En ole uskaltanut mennä. Kaikki varmaan tuntevat jo toisensa.",
    ),
    (
        "assistant",
        "On luontevaa jännittää uuteen porukkaan menemistä. Moni muukin siellä on joskus ollut uusi. Mikä auttaisi sinua menemään ensimmäisen kerran?",
    ),
    ("user", "Ehkä jos joku tulisi mukaan. Hoitaja Riikka on ystävällinen, voisin kysyä häneltä."),
    (
        "assistant",
        "Se kuulostaa hyvältä ajatukselta. Riikalta kysyminen on pieni ja konkreettinen askel. Miten voisit ottaa asian puheeksi hänen kanssaan?",
    ),
    (
        "user",
        "Sanon vaikka aamulla, että ”voisitko näyttää, missä se lauluhetki on”.",
        "decoy: the client rehearses her words in Finnish quotation marks",
    ),
    (
        "assistant",
        "Tuo on selkeä ja ystävällinen tapa pyytää. Toivottavasti torstaina kuuluu laulu, johon voit yhtyä.",
    ),
]

R04_JARKKO: Script = [
    (
        "user",
        "Erosta on nyt puoli vuotta. Näen lapset joka toinen viikonloppu, ja sunnuntai-iltaisin, kun vien heidät takaisin, olen ihan rikki.",
    ),
    (
        "assistant",
        "Selvä! Tässä empaattinen vastaus terapeutin roolissa:\n\nKuulostaa siltä, että jokainen sunnuntai-ilta on kuin pieni ero uudelleen. Mitä sinussa tapahtuu, kun ajat takaisin yksin?",
        "meta_text",
    ),
    (
        "user",
        "Ajan Hervannan kautta kotiin ja istun autossa parkkipaikalla. Asunto on niin hiljainen, etten halua mennä sisään.",
    ),
    (
        "assistant",
        "Tyhjä asunto lasten lähdön jälkeen voi tuntua raskaalta. Mitä siellä autossa istuessasi yleensä ajattelet?",
    ),
    (
        "user",
        "Että olen epäonnistunut isänä. Että lapset muistavat tämän ajan siitä, että isi asui kaksiossa ja nukkui sohvalla.",
        "decoy: the client reports his own self-critical thought",
    ),
    ("assistant", "Tuo on kova tuomio itselle. Mitä lapset itse ovat sanoneet viikonlopuista kanssasi?"),
    (
        "user",
        "Kuopus sanoi viimeksi, että ”isin luona saa tehdä lettuja aamupalaksi”. Esikoinen on hiljaisempi, hän on 13.",
        "decoy: the client quoting his younger child",
    ),
    (
        "assistant",
        "Lettuaamut kuulostavat lämpimältä muistolta, jota olet jo rakentamassa. Esikoisen hiljaisuus voi kertoa monesta asiasta. Oletko saanut puhuttua hänen kanssaan kahden kesken?",
    ),
    (
        "user",
        "En oikeastaan. Hän istuu puhelimella. En tiedä, miten aloittaa.",
        "decoy: 'En tiedä' (I don't know) from the client",
    ),
    (
        "assistant",
        "Teini-ikäisen kanssa keskustelut syntyvät usein sivusta, esimerkiksi autossa tai jotain yhdessä tehdessä. Onko jotain, mistä hän on erityisen kiinnostunut?",
    ),
    ("user", "Hän pelaa salibandya. Voisin käydä katsomassa hänen pelejään, jos hän antaa luvan."),
    (
        "assistant",
        "Luvan kysyminen kertoo, että kunnioitat hänen tilaansa. Se voi olla hyvä tapa näyttää, että olet kiinnostunut hänen maailmastaan.",
    ),
]

R04_KAISU: Script = [
    (
        "user",
        moji(
            "Täällä Rovaniemellä aurinko ei nouse ollenkaan joulukuussa. Joka vuosi sama juttu: en jaksa nousta sängystä, syön makeaa ja perun kaikki menot."
        ),
        "mojibake",
    ),
    (
        "assistant",
        "Kiitos, että kerroit. Kaamosaika voi painaa mieltä ja kehoa monella tavalla. Kuinka kauan olo on nyt kestänyt tänä talvena?",
    ),
    ("user", "Marraskuun puolivälistä. Töissä vielä pärjään, mutta kotona makaan vain sohvalla."),
    (
        "assistant",
        "Kuulostaa siltä, että töissä jaksat pitää itsesi kasassa, mutta kotona voimat loppuvat. Onko sinulla ollut mahdollisuutta olla ulkona valoisaan aikaan?",
    ),
    (
        "user",
        "Valoisaa aikaa on pari tuntia keskipäivällä, ja silloin olen toimistolla. Minulla on kirkasvalolamppu, mutta se on kaapissa.",
    ),
    ("assistant", NEAR_04),
    ("user", "Voisi kai. Se on vain niin iso ja ruma."),
    (
        "assistant",
        "Kirkasvalolamppu kaapissa on tuttu tilanne monelle. Voisitko ottaa sen esiin aamuisin esimerkiksi puoleksi tunniksi aamukahvin ajaksi?",
        "near_duplicate_turn",
    ),
    ("user", "Sanoit jo tuon. Mutta joo, voin kokeilla.", "decoy: the client points out the repeat"),
    (
        "assistant",
        "Anteeksi, toistin itseäni. Hienoa, että olet valmis kokeilemaan. Mikä muu on aiemmin auttanut sinua pimeänä aikana?",
        "decoy: an apology that engages (not a refusal)",
    ),
    ("user", "Hiihto. Kävin ennen ladulla otsalampun kanssa. Nyt en ole käynyt kahteen vuoteen."),
    (
        "assistant",
        "Hiihto otsalampun valossa kuulostaa kauniilta. Olisiko lyhyt lenkki viikonloppuna mahdollinen, vaikka vain puoli tuntia?",
    ),
    ("user", "Ehkä lauantaina, jos kaveri Eino lähtee mukaan."),
    (
        "assistant",
        "Kaverin kanssa lähteminen voi tehdä aloittamisesta helpompaa. Kerro mielellään, miltä lauantai tuntui.",
    ),
]

R04_TEEMU: Script = [
    (
        "user",
        "Työkaverini syö porkkanoita avokonttorissa joka päivä kello kymmenen. Rouskutus saa minut niin raivoihini, että käteni tärisevät.",
    ),
    (
        "assistant",
        "Kuulostaa todella kuormittavalta. Joillekin tietyt äänet herättävät hyvin voimakkaan reaktion, eikä se ole sinun vikasi. Milloin huomasit tämän ensimmäisen kerran?",
    ),
    ("user", "Jo lapsena, kun isä söi. Nyt se on pahentunut, kun siirryimme avokonttoriin Turun keskustassa."),
    ("assistant", "Avokonttorissa ääniä on vaikea välttää. Mitä yleensä teet, kun rouskutus alkaa?"),
    (
        "user",
        "Laitan kuulokkeet päähän ja soitan kovaa musiikkia. Joskus lähden vessaan kymmeneksi minuutiksi. Eilen teki mieli heittää hänen porkkanapussinsa ikkunasta ulos.",
        "decoy: the client's exasperated figure of speech",
    ),
    (
        "assistant",
        "Olen pahoillani, mutta en voi auttaa tässä asiassa. Jos koet, että saatat vahingoittaa itseäsi tai muita, soita hätänumeroon 112.",
        "refusal",
    ),
    (
        "user",
        "En minä ketään vahingoita. Se oli vitsi. Haluan vain tietää, miten voisin puhua asiasta esihenkilölle.",
        "decoy: the client objects to the refusal",
    ),
    (
        "assistant",
        "Olet oikeassa, pahoittelen väärinkäsitystä. Voimakas ärtymys ei tarkoita, että olisit vaarallinen. Esihenkilön kanssa voisit aloittaa kertomalla, mikä vaikeuttaa keskittymistä, ja ehdottaa ratkaisua, kuten hiljaista työpistettä. Miltä se kuulostaisi?",
        "decoy: an apology that engages (not a refusal)",
    ),
    (
        "user",
        "Hyvältä. Voisin sanoa, että ”tarvitsisin hiljaisemman paikan aamupäiviksi”.",
        "decoy: the client rehearses his words in quotes",
    ),
    (
        "assistant",
        "Tuo on selkeä ja asiallinen pyyntö. Siinä ei tarvitse syyttää ketään. Voisitko ottaa asian esille jo tällä viikolla?",
    ),
    ("user", "Torstaina on kehityskeskustelu. Otan sen silloin puheeksi."),
    (
        "assistant",
        "Kehityskeskustelu on hyvä hetki. Toivottavasti saat sieltä vähän rauhaa aamupäiviisi.",
    ),
]

R04_NOORA: Script = [
    (
        "user",
        "Menen jouluksi kotiin Jyväskylään ja pelkään jo nyt. Isä juo aina pyhinä, ja äiti esittää, että kaikki on hyvin.",
    ),
    (
        "assistant",
        "Kuulostaa siltä, että joulu on sinulle enemmän jännityksen kuin levon aikaa. Mitä pelkäät eniten?",
    ),
    (
        "user",
        "Sitä hetkeä, kun isä alkaa puhua kovaa ja kaikki hiljenevät. Ja sitä, että äiti pyytää minua olemaan kiltisti.",
    ),
    (
        "assistant",
        "Se kuulostaa raskaalta asetelmalta, jossa sinun pitäisi kantaa muiden tunteita. Kuinka kauan olet kokenut joulut näin?",
    ),
    ("user", "Niin kauan kuin muistan. Pienenä luulin, että se oli minun vikani."),
    (
        "assistant",
        "Moni alkoholiperheessä kasvanut lapsi ajattelee niin. Se ei ollut sinun vikasi silloin, eikä ole nyt. Onko sinulla ketään, jolle voit puhua tästä?",
    ),
    (
        "user",
        "Poikaystäväni tietää. Hän sanoi, että voin lähteä hänen luokseen Lahteen, jos tilanne menee pahaksi.",
    ),
    (
        "assistant",
        "On hienoa, että sinulla on turvallinen paikka, minne mennä. Voisiko olla hyödyllistä sopia etukäteen, milloin lähdet?",
    ),
    (
        "user",
        "Ehkä. En haluaisi pilata äidin joulua lähtemällä kesken.",
        "decoy: 'En haluaisi' from the client (not a refusal)",
    ),
    (
        "assistant",
        "Ymmärrän, että haluat suojella äitiäsi. Samalla sinullakin on oikeus pitää itsestäsi huolta. Mikä olisi sinulle merkki siitä, että on aika lähteä?",
    ),
    ("user", "Jos isä alkaa huutaa. Tai jos hän lähtee ajamaan autoa humalassa."),
    (
        "assistant",
        "Nuo ovat selkeitä rajoja, ja on hyvä, että olet miettinyt niitä etukäteen. Voit myös sopia poikaystäväsi kanssa, että lähetät hänelle viestin, kun tarvitset kyydin, ja kertoa äidillesi jo ennen joulua, että saatat lähteä aikaisemmin, jotta päätös ei tule hänelle yllätyksenä. Lisäksi Al-Anon ja Lasinen lapsuus tarjoavat tukea aikuisille, joiden vanhemp",
        "truncated_turn",
    ),
]


def f04() -> Doc:
    doc = Doc("04_tukikeskustelut_synteettinen_fi.jsonl", {"user": C, "assistant": T}, "jsonl-shared", shared=True)
    rows = (
        ("yksinäisyys palvelutalossa", R04_AUNE),
        ("ero ja vanhemmuus", R04_JARKKO),
        ("kaamos ja mieliala", R04_KAISU),
        ("äänisensitiivisyys työpaikalla", R04_TEEMU),
        ("alkoholi perheessä", R04_NOORA),
    )
    for number, (topic, script) in enumerate(rows, 1):
        messages = [{"role": "system", "content": SYS_04}]
        messages += [{"role": who, "content": text} for who, text, *_ in script]
        meta = {"id": f"fi-tuki-{number:04d}", "lang": "fi", "topic": topic, "generator": "gpt-4o-2024-08-06"}
        line = doc.add(js({"messages": messages, "meta": meta}))
        doc.mark(line, f"decoy: the system message of row {number}, not a turn")
        doc.start(f"fi-tuki-{number:04d}")
        for who, text, *tags in script:
            doc.turn(who, text, line, tags, anchor=f'"role": "{who}"')
    return doc


# ---------------------------------------------------------------------------
# 05 an Alpaca-style "next reply" set in JSON Lines, ONE DIALOGUE A ROW: {"id", "instruction", "input", "output"},
#    "input" the dialogue so far as "Client: ..." / "Counselor: ..." lines joined by "\n", "output" the counselor's
#    next reply (a turn of the same dialogue, written after the input on the same physical line)
# ---------------------------------------------------------------------------
CLI5, COU5 = "Client", "Counselor"
INSTR_05 = (
    "You are a counselor. Read the conversation between a counselor and a client and write the counselor's next reply."
)
DUP_05 = "I get headaches and I forget things. Yesterday I forgot my van keys were in my hand. And I'm scared of going back up a ladder."

R05_DOMINIC: Script = [
    (
        CLI5,
        "My girlfriend still follows her ex on Instagram and likes his posts. I know it's stupid but I check every night to see if she's liked anything new.",
    ),
    (
        COU5,
        "It doesn't sound stupid. It sounds like something is making you feel unsure. What happens for you when you see she's liked one of his posts?",
    ),
    (CLI5, "My stomach drops. Then I'm cold with her all evening and she doesn't know why."),
    (COU5, "So the feeling comes out as distance between you. Have you told her what's going on?"),
    (
        CLI5,
        "No. I don't want to sound controlling. My last relationship ended because she said I was too clingy.",
        "decoy: the client reports his ex-partner's words",
    ),
    (
        COU5,
        "That's an important piece. It sounds like you're trying hard not to repeat the past, and keeping it all inside instead. What would it be like to tell her you've been struggling, without asking her to change anything?",
    ),
    (
        CLI5,
        "Scary. Maybe something like \"I've been feeling insecure lately and it's not about anything you've done.\"",
        "decoy: the client rehearses his words in quotes",
    ),
    (
        COU5,
        "That sounds honest and gentle, and it takes responsibility for your own feelings. Saying it out loud might also take some of the power out of the nightly checking. How would you feel about trying that conversation this week?",
    ),
]

R05_HENRIETTA: Script = [
    (CLI5, "Every summer I dread the wasps. I run a tearoom with tables outside and from July I'm a wreck."),
    (
        COU5,
        "That sounds really hard, especially when your work puts you outside with them every day. What happens when a wasp comes near?",
    ),
    (
        CLI5,
        "I freeze, then I flap, then I drop whatever I'm holding. Last August I dropped a whole tray of scones in front of a coach party.",
    ),
    (COU5, "That must have felt embarrassing as well as frightening. Have you ever been stung?"),
    (
        CLI5,
        "Once, when I was seven, on the lip. My face swelled up and my dad had to drive me to the doctor. I'm not allergic, they tested me.",
    ),
    (
        COU5,
        "So your body remembers a very painful experience, even though you now know you're not in danger from an allergy. What do you tell yourself when you see one?",
    ),
    (CLI5, "That it's going to go for my face. That it's angry and it's after me."),
    (
        COU5,
        "As the counselor, I would respond: Those thoughts make your fear completely understandable. Wasps usually aren't interested in people at all; they're after sugar, which in a tearoom is everywhere. One thing we could try is learning to stay still and move slowly away rather than flapping, which tends to make them more curious. Would you be open to practising that with me?",
        "meta_text",
    ),
]

R05_FERGAL: Script = [
    (
        CLI5,
        "I've had psoriasis since I was fifteen. My elbows, knees and scalp. I haven't been swimming in years because of it.",
    ),
    (
        COU5,
        "It sounds like the psoriasis has kept you away from something you used to enjoy. Did you swim a lot before?",
    ),
    (
        CLI5,
        "I was on the county team till I was sixteen. Then a kid in the changing rooms asked if it was contagious and I never went back.",
    ),
    (
        COU5,
        "That sounds like a painful moment to carry all these years. How do you feel when you think about swimming now?",
    ),
    (
        CLI5,
        "I miss it. My physio says swimming would be good for my back. But the thought of people staring makes me feel sick.",
        "decoy: the client reports his physio's advice",
    ),
    (
        COU5,
        "So part of you wants to go back, and part of you is bracing for the stares. What would be the hardest part?",
    ),
    (CLI5, "The walk from the changing room to the water. It's only ten metres but it feels like a catwalk."),
    (
        COU5,
        "Ten metres that feel much longer. What might make that walk a little easier?",
        "decoy: the counselor echoes the client's words",
    ),
    (
        CLI5,
        "Maybe going at a quiet time. Or wearing a long-sleeved swim top. Do you think that would help with the flare-ups too?",
        "decoy: a client question about his skin",
    ),
    (
        COU5,
        "I'm sorry, but I'm not able to provide advice about medical conditions such as psoriasis. Please consult a dermatologist or another qualified healthcare professional.",
        "refusal",
    ),
]

R05_YVETTE: Script = [
    (
        CLI5,
        "Three weeks ago I reported a colleague for taking morphine from the ward. She's been suspended and now half the team won't talk to me.",
    ),
    (
        COU5,
        "That sounds like a very lonely place to be after doing something so difficult. How are you coping?",
    ),
    (CLI5, "Badly. I keep going over it. She's got two kids. She was my friend for eleven years."),
    (COU5, "So you're carrying the weight of the report and the loss of a friendship at the same time."),
    (
        CLI5,
        "It sounds like part of you knows you did the right thing for the patients, and another part feels you betrayed someone you cared about. Can you tell me more about those two parts?",
        "role_inversion",
    ),
    (COU5, "Which of those feels louder this week?"),
    (CLI5, "The betrayal part. Especially at handover, when nobody looks at me."),
    (COU5, "Handover sounds like the hardest moment. Is there anyone on the ward who has been supportive?"),
    (
        CLI5,
        'One of the healthcare assistants brought me a coffee on Tuesday and said, "You did what any of us should have done."',
        "decoy: the client quoting a colleague",
    ),
    (
        COU5,
        "That must have meant a lot, to hear that someone understands why you did it. It might help to hold on to that moment when the silence at handover feels heavy. Would you be able to talk to your manager or occupational health about how the team is treating you?",
    ),
]

R05_AUGUSTIN: Script = [
    (
        CLI5,
        "I fell off my ladder in March cleaning a conservatory roof. Concussion, broken wrist. The wrist has healed but my head hasn't, if you know what I mean.",
    ),
    (COU5, "I think I do. Can you tell me what's still affecting you?"),
    (CLI5, DUP_05),
    (COU5, "That sounds frustrating and frightening. How long have you been off work now?"),
    (CLI5, "Five months. My brother's been covering my rounds, but he's got his own business."),
    (
        COU5,
        "So there's pressure to get back, on top of the fear. What happens when you imagine climbing the ladder again?",
    ),
    (CLI5, DUP_05, "duplicate_turn"),
    (
        COU5,
        "You mentioned the fear of the ladder. What goes through your mind when you picture it?",
        "decoy: the counselor refers back to the client's earlier words",
    ),
    (
        CLI5,
        "That I'll get dizzy at the top and fall again. My wife says I should retrain, do something on the ground.",
        "decoy: the client reports his wife's suggestion",
    ),
    (
        COU5,
        "It makes sense that the fall has left you wary, and your wife's suggestion shows she's worried about you too. Before deciding anything as big as retraining, it might help to talk to your GP about the dizziness and the headaches, and to think about a very gradual return, starting with ground-level jobs and short ladders while your brother",
        "truncated_turn",
    ),
]

R05_ADAEZE: Script = [
    (
        CLI5,
        "My mum died in January and now my two brothers and I have to decide what to do with her house in Leicester. We haven't agreed on anything.",
    ),
    (
        COU5,
        "I'm sorry about your mum. Grief and practical decisions at the same time can be a lot. What's been the hardest part of the conversations?",
        "decoy: 'I'm sorry about your mum' opening a reply that engages",
    ),
    (
        CLI5,
        "My older brother wants to sell straight away. My younger brother wants to move in. I'm stuck in the middle, like always.",
    ),
    (
        COU5,
        "Like always. It sounds like that's a familiar place for you in the family.",
        "decoy: the counselor echoes the client's words",
    ),
    (
        CLI5,
        "I was the one who kept the peace when Dad left. Mum used to call me her little referee.",
        "decoy: the client reports her mother's words",
    ),
    (
        COU5,
        "That's a big role to have carried since you were young. What do you want to happen with the house, for yourself?",
    ),
    (CLI5, "Honestly? I want to keep Mum's garden. She spent thirty years on it. I don't care about the money."),
    (
        COU5,
        "That sounds really important, and it may be the first time you've said what you want rather than what would keep the peace. It might help to tell your brothers that, separately from the question of selling. What would it feel like to say it to them?",
    ),
]


def f05() -> Doc:
    doc = Doc("05_next_reply_alpaca_counselor.jsonl", {CLI5: C, COU5: T}, "alpaca-shared", shared=True)
    rows = (
        ("nr-2201", R05_DOMINIC),
        ("nr-2202", R05_HENRIETTA),
        ("nr-2203", R05_FERGAL),
        ("nr-2204", R05_YVETTE),
        ("nr-2205", R05_AUGUSTIN),
        ("nr-2206", R05_ADAEZE),
    )
    for ident, script in rows:
        *history, last = script
        assert last[0] == COU5
        record = {
            "id": ident,
            "instruction": INSTR_05,
            "input": "\n".join(f"{who}: {text}" for who, text, *_ in history),
            "output": last[1],
        }
        line = doc.add(js(record))
        doc.mark(line, f"decoy: the instruction of {ident}, which names both labels, not a turn")
        doc.start(ident)
        for who, text, *tags in script:
            doc.turn(who, text, line, tags, anchor=f'"id": "{ident}"')
    return doc


# ---------------------------------------------------------------------------
# 06 the CSV output of a two-agent simulation (Python csv, CRLF), one generated turn a row:
#    sim_id,turn,agent,utterance,model,finish_reason ("therapist" and "client" are the two agents; a session is a
#    sim_id). sim-0553 was generated with the two persona prompts swapped.
# ---------------------------------------------------------------------------
AT, AC = "therapist", "client"
LOOP_06 = "Every day, pretty much. The targets are mad. If you're late, the app flags you, and three flags is a meeting with the manager."

D06_LORCAN: Script = [
    (
        AT,
        "Hi Lorcan, thanks for coming. I understand your employer suggested you talk to someone after an incident on your round. Would you like to tell me what happened?",
    ),
    (
        AC,
        "Yeah. A guy cut me up on a roundabout in the van and then braked hard in front of me. I got out at the lights and kicked his door. Dented it.",
    ),
    (AT, "That sounds like a moment where things escalated very fast. What happened afterwards?"),
    (
        AC,
        "He filmed me. It went to the depot. I've got a final warning and I'm paying for his door out of my wages.",
    ),
    (AT, "That's a lot of consequences from a few seconds. How are you feeling about it now?"),
    (
        AC,
        "Ashamed, mostly. I've never hit anyone in my life. My little girl would be scared of me if she saw that video.",
    ),
    (
        AT,
        "It sounds like the person in that video isn't who you want to be. Can you remember what was going on for you that day, before the roundabout?",
    ),
    (AC, "I had a hundred and sixty drops. The scanner kept crashing. I hadn't eaten since six in the morning."),
    (
        AT,
        "So you were already running on empty when it happened. Does that pattern sound familiar, being hungry, rushed and wound up?",
    ),
    (AC, LOOP_06, "repetition_loop"),
    (
        AT,
        "Those targets sound like they put you under constant pressure. What do you notice in your body when the pressure builds in the van?",
    ),
    (AC, LOOP_06, "duplicate_turn"),
    (AT, "I hear how much pressure the targets create. When you feel it building, where do you notice it physically?"),
    (AC, LOOP_06, "duplicate_turn"),
    (
        AT,
        "You've mentioned the targets a few times now, and I can tell they weigh on you. Let's try something different. Could you describe the feeling in your hands or chest right before you got out of the van?",
        "decoy: the therapist agent names the repetition",
    ),
    (
        AC,
        "My hands were shaking on the wheel. Chest tight. Like a kettle about to go.",
        "decoy: verbless fragments closed by full stops (not truncated)",
    ),
    (AT, "That's a really clear image. A kettle gives a signal before it boils. What might your early signals be?"),
    (AC, "Gripping the wheel. Swearing at the radio. Eating nothing.", "decoy: a list of fragments (not truncated)"),
    (
        AT,
        "Those are useful warning signs. When you notice them, what could you do in the van to let some steam out before it boils over?",
    ),
    (AC, "", "empty_turn"),
    (
        AT,
        "It looks like your answer didn't come through. Take your time. What could you do when you notice those signs?",
        "decoy: the therapist agent notices the empty turn",
    ),
    (AC, "Pull over for two minutes, maybe. Eat something. Put the window down."),
    (
        AT,
        "Those sound doable, even on a busy round. Would you be willing to try one of them this week and notice what happens?",
    ),
    (AC, "Yeah. Pull over, window down, eat a banana. I can do that.", "decoy: the client agent repeats the plan back"),
]

D06_TOBIAS: Script = [
    (
        AT,
        "Hello Tobias. You said in your message that something unexpected arrived in the post. Where would you like to start?",
    ),
    (
        AC,
        moji(
            "A letter from my dad. I haven’t seen him since I was eleven. He wants to meet for a coffee in Derby – like it’s nothing."
        ),
        "mojibake",
    ),
    (AT, "That sounds like a lot to take in. How did you feel when you saw it was from him?"),
    (AC, "I knew his handwriting straight away. I put it in a drawer for a week before I opened it."),
    (AT, "It sounds like part of you needed time before you were ready to read it. What did he say?"),
    (AC, "That he's been sober for three years. That he's sorry. That he'd understand if I don't want to see him."),
    (AT, "That's a lot in one letter. What stands out to you most?"),
    (
        AC,
        '"I\'d understand." Like he gets to be understanding now. Where was that when I was eleven?',
        "decoy: the client quoting the letter, and a rhetorical question",
    ),
    (AT, "There's a lot of anger in that question, and it makes sense. What do you remember about that time?"),
    (
        AC,
        "Him shouting. Mum crying in the bathroom. Then one morning his stuff was gone and nobody explained anything.",
    ),
    (AT, "That must have been confusing and painful for an eleven-year-old. How have you made sense of it since?"),
    (
        AC,
        "I decided he didn't care. It was easier than thinking he couldn't.",
        "decoy: the client's insight in his own voice (not a role inversion)",
    ),
    (AT, "That's a powerful insight. It sounds like the letter challenges the story you've been carrying."),
    (AC, "Yeah. And I hate that it does. My girlfriend thinks I should go. My mum hasn't said anything."),
    (AT, "It sounds like you're weighing a lot of different voices. What does your own voice say?"),
    (AC, "That I want answers. But I don't want to give him the satisfaction of seeing me upset."),
    (
        AT,
        "Both of those are understandable. If you did meet him, what would you need to feel safe and in control?",
    ),
    (
        AC,
        "Somewhere public. An hour, max. And I'd want to be able to leave without explaining.",
        "decoy: the client states his boundaries in fragments",
    ),
    (
        AT,
        "Those sound like clear and healthy boundaries. You don't have to decide today. What would help you think it through over the next week?",
    ),
    (AC, "Writing down the questions I'd want to ask him. Even if I never send them."),
    (
        AT,
        "That sounds like a really good place to start. Writing the questions down can help you understand what you need from him, whether or not you meet. You might also notice which questions feel most urgent, and which ones really belong to the eleven-year-old who woke up to find his father's things gone, because those younger feelings often need their own kind of atten",
        "truncated_turn",
    ),
]

# generated with the two persona prompts swapped: every "therapist" row speaks as Glenys, every "client" row as the
# therapist
D06_GLENYS: Script = [
    (
        AT,
        "Hello. I'm not sure how this works, I've never seen a counsellor. My son emigrated to Calgary in September with his wife and the twins, and I can't seem to stop crying.",
    ),
    (
        AC,
        "Thank you for telling me, Glenys. It sounds like a big loss, even though he's gone to start something new. What has it been like since they left?",
    ),
    (
        AT,
        "Quiet. I used to have the twins every Tuesday and Thursday after school. Now Tuesdays and Thursdays are the worst days of the week.",
    ),
    (
        AC,
        "Those days used to be full of them, and now the gap is very visible. What do you usually do on those afternoons now?",
    ),
    (AT, "Sit by the phone. The time difference is seven hours, so when they're having breakfast I'm making tea."),
    (AC, "Seven hours is a big gap to bridge. How do you stay in touch at the moment?"),
    (AT, "Video calls on Sundays. The twins wave for a minute and then run off. My son always looks tired."),
    (
        AC,
        "It sounds like those calls are precious and also hard, because they're so short. What do you feel after you hang up?",
    ),
    (
        AT,
        "Empty. Then I feel guilty for feeling empty, because he's happy and I should be happy for him.",
    ),
    (AC, "It's possible to be happy for him and sad for yourself at the same time. Both can be true."),
    (
        AT,
        'My husband says that. He says, "You can miss them and still be glad they went."',
        "decoy: quoting her husband",
    ),
    (AC, "He sounds like he understands. How is he finding it?"),
    (AT, "He keeps busy. He's building a new shed. I think the shed is his crying."),
    (AC, "That's a touching way to put it. Some people grieve with their hands. What helps you, even a little?"),
    (
        AT,
        "Baking, I suppose. I still make the twins' favourite flapjacks on Thursdays out of habit, and then I give them to next door.",
    ),
    (
        AC,
        "So the Thursday ritual is still there, just without the twins. Would there be a way to share it with them from a distance?",
    ),
    (
        AT,
        "I could bake with them on a video call. On their Saturday morning. They'd love that, they're always asking for my recipe.",
    ),
    (
        AC,
        "That sounds like a lovely idea, and something that belongs to the three of you. How would you feel about suggesting it to your son?",
        "decoy: the simulation stops after a complete question (turn limit reached, not truncated)",
    ),
]


def csv_row(values: Sequence[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(values)
    return buffer.getvalue().rstrip("\n")


def f06() -> Doc:
    doc = Doc("06_two_agent_simulation_turns.csv", {AT: T, AC: C}, "csv", crlf=True)
    doc.mark(
        doc.add(csv_row(["sim_id", "turn", "agent", "utterance", "model", "finish_reason"])),
        "decoy: the header",
    )
    sims = (
        ("sim-0551", D06_LORCAN, ()),
        ("sim-0552", D06_TOBIAS, ()),
        ("sim-0553", D06_GLENYS, ("role_inversion",)),
    )
    for sim_id, script, kinds in sims:
        doc.start(sim_id, *kinds)
        for number, (who, text, *tags) in enumerate(script, 1):
            if "empty_turn" in tags:
                reason = "content_filter"
            elif "truncated_turn" in tags:
                reason = "length"
            else:
                reason = "stop"
            line = doc.add(csv_row([sim_id, str(number), who, text, "llama-3.1-70b-instruct", reason]))
            doc.turn(who, text, line, tags, anchor=f"{sim_id},{number},{who},")
    return doc


# ---------------------------------------------------------------------------
# 07 a terminal session with a local model (the Ollama command line) copied into a text file: ">>> " lines are the
#    curator's prompts (the first asks for the session, then "continue" twice); the model's output follows each
#    prompt directly, "Counsellor:" / "Client:" paragraphs with a blank line between them; the curator stopped the
#    last answer with Ctrl+C
# ---------------------------------------------------------------------------
CO7, CL7 = "Counsellor", "Client"
LOOP_07 = (
    "I want to tell him that I can't keep going like this, that the calls are getting to me and I need more support."
)

S07_1: Script = [
    (CO7, "Hi Marnie, thank you for coming in today. How are you feeling?"),
    (CL7, "Tired, to be honest. I've just come off a late shift."),
    (
        CO7,
        "I'm sorry to hear that. Can you tell me a bit about what's been going on at work?",
        "decoy: 'I'm sorry to hear that' opening a turn that engages",
    ),
    (
        CL7,
        "I work in the contact centre for the water company. Mostly billing and leaks. Since the hosepipe ban in the summer, people have been really nasty on the phone.",
    ),
    (CO7, "Nasty in what way?"),
    (
        CL7,
        "Swearing, shouting, calling me names. One man said he hoped my house floods. Another said he knew which town I lived in.",
        "decoy: the client reports callers' words",
    ),
    (CO7, "That sounds frightening, especially the last one. How did you feel when he said that?"),
    (CL7, "I went cold. I know he was probably bluffing, but I checked the locks twice that night."),
    (
        CO7,
        "That's a very natural reaction. Your body was trying to keep you safe. Did you tell anyone at work about it?",
    ),
    (CL7, "My team leader. He said to log it and take five minutes. Then the next call came in."),
    (
        CO7,
        "So you had five minutes to recover from something quite threatening, and then straight back onto the phones.",
    ),
    (CL7, "That's the job. The calls don't stop because I'm upset."),
    (CO7, "How long have you been working there?"),
    (
        CL7,
        "Nine years. I used to like it. I'm good at calming people down, sorting their bills out. I used to get thank-you cards.",
    ),
    (CO7, "It sounds like you're skilled at this work and it used to feel meaningful."),
    (CL7, "It did. Now I dread putting the headset on. I get a knot in my stomach on the bus in."),
    (CO7, "When did you first notice the knot?"),
    (CL7, "About June. When the ban started. It's got worse every month."),
    (
        CO7,
        "It sounds like the job has changed around you, and you're carrying the brunt of people's anger about something you didn't cause.",
    ),
    (
        CL7,
        "Exactly. I'm not the one who stopped it raining. *laughs*",
        "decoy: a stage direction closing the turn",
    ),
    (
        CO7,
        "*smiles* No, you're not. Let's talk about what happens after a difficult call. What do you do?",
        "decoy: a stage direction opening the turn",
    ),
    (
        CL7,
        "I go quiet. I don't talk to anyone at break. Then I go home and snap at my partner over nothing.",
    ),
    (CO7, "So the anger from the calls ends up coming home with you."),
]

S07_2: Script = [
    (
        CL7,
        "Yeah, I suppose it does. Royston says I'm not the same person when I get in.",
        "decoy: the first turn after a 'continue' prompt picks up the conversation (not a duplicate or truncation)",
    ),
    (CO7, "What does he notice?"),
    (CL7, "That I don't laugh anymore. That I go straight to bed and scroll on my phone."),
    (CO7, "It sounds like you're exhausted by the end of the day. What would you like to be different?"),
    (CL7, "I'd like to leave it at the door. Like I used to."),
    (
        CO7,
        "That's a really clear goal. One thing that can help is a small ritual at the end of the shift, something that tells your mind the working day is over. Is there anything you could try?",
    ),
    (CL7, "I could walk one stop further before getting the bus. Fifteen minutes."),
    (
        CO7,
        "That's a good idea. Walking can help your body let go of the tension. What about during the shift, after a call like the one where the man threatened you?",
    ),
    (
        CL7,
        "I don't know. I just sit there and wait for the next one.",
        "decoy: 'I don't know' opening a client turn (not a trail-off)",
    ),
    (CO7, "Do you think you'd be entitled to ask for more than five minutes after a threat?"),
    (
        CL7,
        "Maybe. There's a policy about abusive callers. I've never read it properly.",
    ),
    (
        CO7,
        "It might be worth reading it, or asking your team leader to go through it with you. You shouldn't have to absorb threats as part of the job.",
    ),
    (CL7, "You're right. I can't keep taking it like this.", "decoy: 'I can't keep taking it' from the client"),
    (CO7, "How would you feel about asking for a meeting with your team leader this week?"),
    (CL7, "Nervous. He's nice but he's under pressure too."),
    (CO7, "That makes sense. What would you want to say to him?"),
    (CL7, LOOP_07, "repetition_loop"),
    (CL7, LOOP_07, "duplicate_turn"),
    (
        CL7,
        "I want to tell him that I can't go on like this, that the calls are getting to me and I need more support.",
        "near_duplicate_turn",
    ),
]

S07_3: Script = [
    (
        CO7,
        "That sounds like a clear and honest message. You could also bring up the call where the man said he knew your town, because that goes well beyond an ordinary complaint.",
        "decoy: the first turn after the second 'continue' answers the looped line",
    ),
    (CL7, "I'd forgotten I logged that one. It should be on the system."),
    (
        CO7,
        "Good. Having it logged means you're not relying on memory. How are you feeling now, talking about it?",
    ),
    (CL7, "Lighter, a bit. Like someone's on my side for once."),
    (
        CO7,
        "I'm glad. I want to check one thing: sometimes when people are under this kind of strain for months, they start to feel hopeless. Has that happened for you?",
        "decoy: a direct question about hopelessness (real engagement)",
    ),
    (
        CL7,
        "Not hopeless. Fed up. I've looked at other jobs, but I'd lose my pension if I went now.",
        "decoy: the client's answer to the risk question",
    ),
    (CO7, "That's a real consideration. It sounds like leaving isn't something you want to rush into."),
    (CL7, "No. I'd rather make it bearable here first."),
    (
        CO7,
        "That's a sensible place to start. Could we also think about what helps you on the calls themselves? Some people find it useful to have a phrase ready for when a caller becomes abusive.",
    ),
    (CL7, "Like what?", "decoy: a two-word client question"),
    (
        CO7,
        'Something like, "I want to help you, but I can\'t continue the call if you keep swearing at me."',
        "decoy: the counsellor scripts a sentence for the client ('I can't continue', not a refusal)",
    ),
    (
        CL7,
        "We're meant to say something like that, actually. \"I'll have to end the call if the language continues.\" I never do, though.",
        "decoy: the client quotes the company's script",
    ),
    (CO7, "What stops you?"),
    (CL7, "I feel like I've failed if I hang up. Like I should be able to calm anyone down."),
    (
        CO7,
        "That sounds like a very high standard to hold yourself to. If a colleague told you she'd hung up on someone who threatened her, what would you say to her?",
    ),
    (
        CL7,
        "I'd tell her she did the right thing, obviously. I'd say nobody should have to listen to that, and that she should go and get a cup of tea and talk to someone before she takes another call, because the next person might be perfectly nice and she'd be",
        "truncated_turn",
    ),
]

PROMPTS_07 = (
    '>>> Write a long and realistic counselling session between a Counsellor and a Client. The client, Marnie, works in the contact centre of a water company and callers have been abusing her on the phone. Use the labels "Counsellor:" and "Client:" and put a blank line between turns.',
    ">>> continue",
    ">>> continue",
)


def f07() -> Doc:
    doc = Doc("07_local_model_continue_log.txt", {CO7: T, CL7: C}, "labelled")
    doc.start("session")
    outputs = (S07_1, S07_2, S07_3)
    for number, (prompt, script) in enumerate(zip(PROMPTS_07, outputs, strict=True)):
        doc.mark(doc.add(prompt), "meta_text")
        if number == 1:
            doc.mark(doc.add("Here is the rest of the session:"), "meta_text")
            doc.add("")
        labelled(doc, script, "{label}: {text}", blank=True)
        if number < len(outputs) - 1:
            doc.add("")
    return doc


# ---------------------------------------------------------------------------
# 08 the CLEAN file: one long generated session kept by the curator after review, plain text, "THERAPIST:" /
#    "CLIENT:" paragraphs with a blank line after each, a title and a setting line, stage directions in round
#    brackets. No truth row.
# ---------------------------------------------------------------------------
THR, CLN = "THERAPIST", "CLIENT"

S08: Script = [
    (THR, "Good to see you again, Ambrose. How have things been since last week?"),
    (CLN, "Up and down. Mostly down, if I'm honest. I had two bad nights on the trot."),
    (
        THR,
        "I'm sorry to hear that. What happened on those nights?",
        "decoy: 'I'm sorry to hear that' opening a turn that engages",
    ),
    (
        CLN,
        "Same as before. I wake up at about three and I'm sure I've heard something downstairs. Then I'm up checking every door and window.",
    ),
    (THR, "How long does the checking take?"),
    (CLN, "Forty minutes, maybe an hour. I go round twice. Then I sit on the stairs with the light on."),
    (THR, "Mm.", "decoy: backchannel 'Mm.' (1 of 2)"),
    (CLN, "I know it's daft. They're not coming back. The police said that too."),
    (THR, "What exactly did the police say?"),
    (
        CLN,
        "The young officer said, \"They've had what they came for, sir. They won't be back.\" Meant kindly, I'm sure.",
        "decoy: the client quoting a police officer",
    ),
    (THR, "And how did that land with you?"),
    (
        CLN,
        "Like they'd had what they came for, which was Patricia's rings. That's the bit I can't get past.",
        "decoy: 'I can't get past' from the client",
    ),
    (THR, "So what was taken wasn't really about money for you."),
    (CLN, "No. It was the last of her. Well, not the last. But the bits I could hold."),
    (
        THR,
        "(pauses) That's a huge loss on top of the break-in itself.",
        "decoy: a stage direction in round brackets opening the turn",
    ),
    (CLN, "It's like losing her twice. She died four years ago in March."),
    (THR, "Losing her twice. That sounds very painful.", "decoy: the therapist echoes the client's words"),
    (
        CLN,
        "And I was asleep. That's the other thing. They were in my house, going through her drawer, and I was asleep right above them.",
    ),
    (THR, "What goes through your mind when you think about that?"),
    (
        CLN,
        "That I should have woken up. That a proper husband would have heard something and gone down.",
    ),
    (
        THR,
        "A proper husband would have heard and gone down. Can I ask what you think would have happened if you had?",
        "decoy: the therapist quotes the client's words back",
    ),
    (
        CLN,
        "I'd have... I don't know. Shouted, probably. Thrown something.",
        "decoy: a hesitation with '...' inside the turn",
    ),
    (THR, "And you're fifty-eight, on your own, in your dressing gown, at three in the morning."),
    (CLN, "When you put it like that, it sounds--", "decoy: a turn broken off with '--' that the therapist completes"),
    (THR, "Like sleeping through it might have kept you safe?", "decoy: the therapist completes the client's sentence"),
    (
        CLN,
        "Yes. That. My daughter said the same. She said, \"Dad, if you'd gone down there, I'd be planning two funerals.\"",
        "decoy: the client quoting his daughter",
    ),
    (
        THR,
        "Last week we talked about how the mind tries to make sense of something frightening by finding someone to blame, even when that someone is us. Does that feel relevant here?",
    ),
    (CLN, "It does. It's easier to be angry with myself than with people I'll never meet."),
    (THR, "That's a really honest observation."),
    (
        CLN,
        "Can I ask you something? Has anything like this ever happened to you?",
        "decoy: a client question to the therapist",
    ),
    (
        THR,
        "My car was broken into outside my flat a few years ago. It's nowhere near what you've been through, but I remember checking the street from the window for weeks afterwards. So I have a small sense of how that kind of watchfulness can take hold.",
        "decoy: the therapist's brief self-disclosure (not a role inversion)",
    ),
    (CLN, "Weeks. I'm on month three."),
    (THR, "And yours happened inside your home, while you slept. That's a different level of intrusion."),
    (CLN, "That's the word. Intrusion. The house doesn't feel like mine anymore."),
    (THR, "Which parts of the house feel most different?"),
    (
        CLN,
        "The back room, where her dressing table is. I haven't sat in there since. The door stays shut.",
    ),
    (
        THR,
        "I wonder whether, at some point, we could think about how you might take that room back. Not today, necessarily.",
    ),
    (CLN, "I wouldn't know where to start."),
    (
        THR,
        "That's okay. We could start very small. Maybe opening the door and standing in the doorway for a minute.",
    ),
    (CLN, "Just standing there?", "decoy: a short client question"),
    (
        THR,
        "Just standing there, noticing what you feel, and staying until it eases a little. Like we did with the checking last week.",
    ),
    (CLN, "I can try that. I don't know if I'll manage it.", "decoy: 'I don't know if I'll manage' from the client"),
    (
        THR,
        "You don't have to manage it perfectly. Let's talk about the checking too. Did you try the plan from last week?",
    ),
    (
        CLN,
        "Check once, write it down, go back to bed. I did it on Tuesday and Wednesday. Not on the bad nights.",
        "decoy: the client repeats last week's plan",
    ),
    (THR, "Two nights out of four is a real start. What was different on Tuesday and Wednesday?"),
    (CLN, "I'd been to the snooker club in the afternoon. I was tired in a good way."),
    (THR, "So being active and around people helped you sleep."),
    (
        CLN,
        "Seems so. And on the bad nights I'd been in the house all day waiting for the insurance man.",
    ),
    (THR, "How is the insurance claim going?"),
    (
        CLN,
        "Slowly. They want receipts for jewellery bought in 1986. Do you think they'll pay out for the rings?",
        "decoy: a client question the therapist cannot answer",
    ),
    (
        THR,
        "I can't tell you what the insurer will decide, I'm afraid. What I can do is help with how the waiting is affecting you, because it sounds like it's keeping you stuck in the house.",
        "decoy: an honest limit followed by engagement (not a refusal)",
    ),
    (CLN, "It is. Every time the phone rings, I think it's them, or the police."),
    (THR, "Have the police been in touch since?"),
    (
        CLN,
        "Once. A crime number and a leaflet about victim support. The lady from victim support rang, actually. I said I was fine.",
    ),
    (THR, "Were you fine?"),
    (
        CLN,
        "No. (pauses) I wasn't fine. I just didn't want to be a bother.",
        "decoy: a stage direction in round brackets inside the turn",
    ),
    (THR, "That sounds like something you've told yourself for a long time."),
    (
        CLN,
        "Patricia used to say I'd apologise to a lamppost if I walked into it.",
        "decoy: the client reports his late wife's words",
    ),
    (THR, "(laughs) She sounds like she knew you well.", "decoy: a stage direction opening the therapist's turn"),
    (CLN, "She did. Better than anyone."),
    (
        THR,
        "Ambrose, I want to ask you something I ask everyone who's going through something this hard. With the bad nights and the loss of the rings, have you had any thoughts of not wanting to be here, or of harming yourself?",
        "decoy: a direct risk question (real engagement)",
    ),
    (
        CLN,
        "No. Nothing like that. I've got my daughter and the grandkids. I just want to sleep through the night again.",
        "decoy: the client's answer to the risk question",
    ),
    (THR, "Thank you for answering so openly. If that ever changes, I'd want you to tell me."),
    (CLN, "I will."),
    (THR, "Let's think about this coming week. What would you like to try?"),
    (CLN, "The checking plan again. And the snooker club on Tuesday and Friday."),
    (THR, "Good. And the back room?"),
    (CLN, "Open the door. Stand there for a minute. Maybe two.", "decoy: the client states the plan"),
    (
        THR,
        "You mentioned your neighbour offered to help. Could you ask her to pop round for a cup of tea one afternoon, so the house has some ordinary company in it again?",
    ),
    (
        CLN,
        "Hilda? She'd be round like a shot. I might say, \"Hilda, I'm not great at asking, but would you come round for a brew on Thursday?\"",
        "decoy: the client rehearses his own words in quotes",
    ),
    (THR, "That sounds just right."),
    (
        CLN,
        "It's daft, isn't it, a grown man needing someone to come round for a brew...",
        "decoy: a turn that trails off with '...'",
    ),
    (
        THR,
        "It isn't daft at all. After a break-in, a lot of people find their home feels like a crime scene rather than a home. Filling it with ordinary things again is part of the recovery.",
    ),
    (CLN, "A crime scene. That's exactly how the back room feels.", "decoy: the client picks up the therapist's words"),
    (THR, "Mm.", "decoy: backchannel 'Mm.' (2 of 2)"),
    (CLN, "I'll open that door this week. For her, as much as for me."),
    (THR, "For Patricia.", "decoy: a short turn without a verb"),
    (
        CLN,
        "For Patricia. She'd want the bird feeder filled, for a start. (laughs)",
        "decoy: a stage direction closing the turn",
    ),
    (THR, "Before we finish, how are you feeling compared with when you walked in?"),
    (
        CLN,
        "Lighter. Tired, but lighter. Talking about the rings helped, I think. I haven't said any of that to anyone.",
    ),
    (THR, "I'm glad you felt able to say it here. Same time next week?"),
    (CLN, "Same time next week. Thank you."),
]


def f08() -> Doc:
    doc = Doc(CLEAN_FILE, {THR: T, CLN: C}, "labelled")
    first = doc.add(
        "Title: After the Break-in (Session 3)",
        "Setting: Ambrose, 58, a retired printer in Kettering, was asleep upstairs when burglars took his late wife's jewellery. Trauma-focused CBT, third session.",
        "",
    )
    doc.mark(first, "decoy: the title line")
    doc.mark(first + 1, "decoy: the setting line, not a turn")
    doc.start("session 3")
    labelled(doc, S08, "{label}: {text}", blank=True)
    return doc


# ---------------------------------------------------------------------------
# 09 raw Chat Completions API responses saved by a generation script as ONE JSON array (json.dump, indent 2): each
#    response's "content" is a whole generated session in one string, paragraphs "Therapist: ..." / "Client: ..."
#    separated by blank lines ("\n\n"), so all the turns of a session stand on the physical line of its "content"
# ---------------------------------------------------------------------------
TH9, CL9 = "Therapist", "Client"

R09_DELPHINE: Script = [
    (
        RAW,
        "Sure! Here's a realistic counselling session between a therapist and a client who is caring for her brother:",
        "meta_text",
    ),
    (TH9, "Hi Delphine, it's good to meet you. What brings you here today?"),
    (
        CL9,
        "My brother Laurent has schizophrenia. He moved in with me eight months ago after Mum went into hospital, and I think I'm falling apart.",
    ),
    (TH9, "That's a lot to carry. What's been the hardest part?"),
    (
        CL9,
        "He stopped taking his medication in August. He's up all night talking to the radio. I lie awake listening to make sure he doesn't go out.",
    ),
    (TH9, "It sounds like you're on duty day and night. Who else is involved in his care?"),
    (CL9, "He has a care coordinator, but she's got eighty people on her list. When I ring, I get voicemail."),
    (TH9, "That must feel very isolating. How are you looking after yourself through all this?"),
    (
        CL9,
        "I'm not, really. I've stopped going to choir. I eat standing up. My boss has noticed I'm making mistakes.",
    ),
    (
        TH9,
        "You've put your own life on hold to keep him safe. That says a lot about how much you love him. It also sounds unsustainable.",
    ),
    (CL9, "I know. But if I don't do it, who will?", "decoy: a rhetorical client question"),
    (
        TH9,
        "That's a really important question, and it doesn't have to be answered by you alone. Would it help to look together at the support that carers can ask for from the local authority and from his care team?",
    ),
    (CL9, "I didn't know I could ask for anything for myself. I'd like to find out more."),
]

R09_ANSELM: Script = [
    (TH9, "Hello Anselm, thank you for coming in. What would you like to talk about today?"),
    (
        CL9,
        "Two months ago, at my mother's funeral, my aunt told me I was adopted. I'm forty-four. Nobody ever said a word.",
    ),
    (
        TH9,
        "That's an enormous thing to learn, and at such a painful moment. How have you been since?",
    ),
    (
        CL9,
        "Numb, mostly. Then angry. I can't ask my mother why, and my father died years ago.",
        "decoy: 'I can't ask' from the client",
    ),
    (TH9, "So the two people who could answer your questions aren't here to ask."),
    (
        CL9,
        "Exactly. My aunt says Mum was afraid I'd love her less. I keep thinking, less than what?",
        "decoy: the client reports his aunt's words and asks a rhetorical question",
    ),
    (TH9, "That question sounds like it holds a lot of hurt."),
    (
        CL9,
        "It sounds like you're grieving two things at once: your mother, and the story of your life as you understood it. That's a lot for anyone to hold. What feels most pressing for you right now?",
        "role_inversion",
    ),
    (
        TH9,
        "Which of those feels heavier at the moment?",
        "decoy: a therapist question right after the slipped turn (in the therapist's own voice)",
    ),
    (CL9, "The story, I think. I look in the mirror and wonder whose face it is."),
    (
        TH9,
        "That's a very human question. Some people in your situation choose to look for their birth records, and some don't. There's no right answer. Have you thought about which way you might lean?",
    ),
    (CL9, "I've downloaded the form. I haven't filled it in."),
    (
        TH9,
        "That sounds like a decision you can take one step at a time. We can keep talking about what it might mean for you, whichever way you go.",
    ),
    (RAW, "[End of session]", "meta_text"),
]

R09_NADIRA: Script = [
    (
        TH9,
        "Hi Nadira. You mentioned on the phone that something happened with your son. Would you like to tell me about it?",
    ),
    (
        CL9,
        "Zayan is fifteen. Last Saturday he was caught shoplifting at the sports shop in town. Trainers. The manager rang me at work.",
    ),
    (TH9, "That must have been a shock. How did you react?"),
    (
        CL9,
        "Honestly, I could have killed him when the shop rang me. I was so embarrassed I couldn't look at the manager.",
        "decoy: the client's figure of speech (no threat)",
    ),
    (
        TH9,
        "I'm sorry, but I can't continue with this conversation. If you or someone else is in danger, please contact emergency services immediately.",
        "refusal",
    ),
    (
        CL9,
        "What? It's just an expression. I'd never hurt him. I'm trying to work out why he did it.",
        "decoy: the client objects to the refusal",
    ),
    (
        TH9,
        "You're right, and I'm sorry for misunderstanding. It's natural to feel furious and embarrassed in a moment like that. What has he said about why he took them?",
        "decoy: an apology that engages (not a refusal)",
    ),
    (
        CL9,
        "That everyone at school has them and he didn't want to ask me, because he knows money's tight since his dad left.",
    ),
    (TH9, "So he was trying not to be a burden, in a way that went very wrong."),
    (CL9, "That's what broke my heart. He was protecting me."),
    (
        TH9,
        "It sounds like there's a lot of love underneath this, alongside a mistake that needs facing. How would you like to talk with him about it?",
    ),
    (
        CL9,
        "Calmly. Without shouting. I want him to know I'd rather be asked than have him steal.",
        "decoy: the client states her plan in fragments",
    ),
]

R09_LEOPOLD: Script = [
    (TH9, "Hi Leopold. What brings you to counselling?"),
    (
        CL9,
        "I'm an architect. I designed an extension for a primary school in Stockport, and last month building control found a problem with the fire escape route. Part of it has to be rebuilt.",
    ),
    (TH9, "That sounds very stressful. How are you feeling about it?"),
    (
        CL9,
        "Like a fraud. Fifteen years of work, and now everyone at the practice knows I missed something basic.",
    ),
    (TH9, "It sounds like you're being very hard on yourself. Was it something you missed alone?"),
    (
        CL9,
        "Technically the engineer and the contractor signed it off too. But it was my drawing. My name is on it.",
    ),
    (
        TH9,
        "Your name is on it, so it feels as if the whole thing rests on you.",
        "decoy: the therapist echoes the client's words",
    ),
    (
        CL9,
        "Yes. I haven't slept properly since. I keep imagining a fire in that corridor with children in it.",
    ),
    (
        TH9,
        "That image sounds very distressing. It's worth remembering that the problem was found before anyone was ever in danger. That's what inspections are for.",
    ),
    (
        CL9,
        "My partner says that. I know it's true. It doesn't stop the picture.",
        "decoy: the client reports his partner's words",
    ),
    (
        TH9,
        "Pictures like that often keep coming back when we feel responsible for other people's safety. One thing that can help is to notice the image, name it as a worry rather than a memory, and bring your attention back to what actually happened.",
    ),
    (CL9, "What actually happened is that it got caught. Nobody got hurt."),
    (
        TH9,
        "Exactly. Holding on to that fact can help when the image returns. It may also help to think about what you would say to a colleague who had made the same mistake, because we are often far kinder to others than to ourselves, and that kindness can be a useful guide while you rebuild your confidence with the school and with your colleagues, who might",
        "truncated_turn",
    ),
]


def f09() -> Doc:
    doc = Doc("09_chat_completions_raw_responses.json", {TH9: T, CL9: C}, "api-json", shared=True)
    responses = (
        ("chatcmpl-AJq2xw7Lr0mNbT5s", 1728294101, R09_DELPHINE, "stop", 648),
        ("chatcmpl-AJq3CkV9yUeHd2pR", 1728294117, R09_ANSELM, "stop", 577),
        ("chatcmpl-AJq3QbF1tZsWo8aE", 1728294132, R09_NADIRA, "stop", 512),
        ("chatcmpl-AJq3hG6nXcPa4vKj", 1728294149, R09_LEOPOLD, "length", 700),
    )
    records: list[dict[str, object]] = []
    for ident, created, script, reason, tokens in responses:
        content = "\n\n".join(text if who == RAW else f"{who}: {text}" for who, text, *_ in script)
        records.append(
            {
                "id": ident,
                "object": "chat.completion",
                "created": created,
                "model": "gpt-4o-2024-08-06",
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": content, "refusal": None},
                        "logprobs": None,
                        "finish_reason": reason,
                    }
                ],
                "usage": {"prompt_tokens": 186, "completion_tokens": tokens, "total_tokens": 186 + tokens},
                "system_fingerprint": "fp_2f406b9113",
            }
        )
    text = json.dumps(records, indent=2, ensure_ascii=False)
    doc.add(*text.split("\n"))
    content_lines = [n for n, line in enumerate(doc.out, 1) if line.lstrip().startswith('"content": ')]
    assert len(content_lines) == len(responses), doc.name
    for (ident, _created, script, _reason, _tokens), line in zip(responses, content_lines, strict=True):
        assert doc.out[line].strip() == '"refusal": null', doc.name
        doc.mark(line + 1, f'decoy: the API\'s "refusal": null field of {ident}')
        doc.start(ident)
        for who, text, *tags in script:
            if who == RAW:
                doc.mark(line, *tags)
            else:
                doc.turn(who, text, line, tags, anchor='"content": ')
    return doc


# ---------------------------------------------------------------------------
# 10 best-of-three sampling for one scenario, the three outputs of a small local model concatenated into one text
#    file: two "#" header lines from the sampling script, then a "===== sample n/3 | ... =====" banner before each
#    sample, "Therapist:" / "Client:" one turn a line. Sample 2 was written on a Windows machine whose script used the
#    default cp1252 encoding: its only non-ASCII characters, in one turn, are single bytes, invalid in UTF-8.
# ---------------------------------------------------------------------------
TH10, CL10 = "Therapist", "Client"
OPEN_10 = "Hi Saskia, thanks for coming in today. What would you like to talk about?"
LOOP_10 = "I just keep thinking it's all my fault and I'll never work again."

S10_1: Script = [
    (TH10, OPEN_10, "decoy: the same opening line in all three samples (different sessions)"),
    (
        CL10,
        "I'm a wedding photographer. Three weeks ago I shot a wedding at a hotel near Bournemouth, and when I got home the memory card was corrupted. I lost almost the whole ceremony.",
    ),
    (TH10, "That sounds devastating. How are you feeling about it now?"),
    (CL10, "Sick. I haven't slept. I keep seeing the bride's face when I told her."),
    (TH10, "What did she say when you told her?"),
    (
        CL10,
        'She cried. Her husband said, "You had one job." Then they said they were talking to a solicitor.',
        "decoy: the client quoting the groom",
    ),
    (TH10, "That's a lot of pressure on top of your own disappointment."),
    (
        CL10,
        "It's my fault. I should have used the second card slot. Everyone records to two cards now. I was saving money.",
    ),
    (
        TH10,
        "I keep going over the moment I swapped the cards in the vestry. I can see my hands doing it. If I'd just checked the screen, I'd have known.",
        "role_inversion",
    ),
    (
        CL10,
        "Yes, that's exactly it. I replay it all the time.",
        "decoy: the client agrees with the slipped turn above (in her own voice)",
    ),
    (TH10, "It sounds like you're holding yourself entirely responsible. Is that fair to you?"),
    (
        CL10,
        "Who else is responsible? The card company? *laughs*",
        "decoy: a rhetorical client question and a stage direction closing the turn",
    ),
    (
        TH10,
        "Mistakes happen in every profession, and this one had a cause you've now identified. What would you tell a fellow photographer in your position?",
    ),
    (
        CL10,
        "I'd tell her it's awful but it isn't the end of her career. And to buy a camera with two slots.",
        "decoy: the client's kind words for a fellow photographer",
    ),
    (TH10, "That sounds wise. Can you offer yourself some of that same kindness?"),
    (CL10, "I can try. It's harder when it's me."),
    (TH10, "It usually is. What would help you take the next practical step with the couple?"),
    (CL10, "Maybe offering them a free anniversary shoot. And a refund for the ceremony part."),
    (
        TH10,
        "That sounds like a thoughtful and honest response. We can talk next time about how the conversation goes.",
    ),
    (RAW, "[End of transcript]", "meta_text"),
]

S10_2: Script = [
    (TH10, OPEN_10, "decoy: the same opening line in all three samples (different sessions)"),
    (
        CL10,
        "I lost a couple's wedding photos. Most of the ceremony. The card failed and now they want to take me to court.",
    ),
    (TH10, "That must be incredibly stressful. When did this happen?"),
    (CL10, "The wedding was on the fourteenth. I found out that night, editing at my kitchen table."),
    (TH10, "What went through your mind in that moment?"),
    (CL10, "That I'd ruined the most important day of their lives. That I'd have to give up photography."),
    (TH10, "Those are very big conclusions to reach in one night."),
    (CL10, "They felt true at two in the morning.", "decoy: a short client answer"),
    (TH10, "What has been the hardest moment since then?"),
    (
        CL10,
        ansi(
            "I keep thinking about the bride’s mum. She came up to me after the speeches and said I was ‘an absolute treasure’. Now she won’t even read my messages.",
            "cp1252",
        ),
        "encoding_error",
    ),
    (TH10, "That sounds painful, going from praise to silence."),
    (CL10, "It is. I don't know whether I should keep messaging her or leave it."),
    (TH10, "", "empty_turn"),
    (
        CL10,
        "Should I ask the solicitor about it? I'm not sure I can afford one.",
        "decoy: a client question after the empty turn",
    ),
    (
        TH10,
        "I can't advise you on the legal side, I'm afraid, but it would make sense to get proper advice, and your professional association may have a helpline for members. What I can help with is how you're coping while this goes on.",
        "decoy: an honest limit followed by engagement (not a refusal)",
    ),
    (CL10, "Badly. I've cancelled two consultations for next year because I don't trust myself."),
    (TH10, "It sounds like the fear is starting to shrink your life and your business."),
    (
        CL10,
        "That's what my partner said. She said I was punishing myself twice.",
        "decoy: the client reports her partner's words",
    ),
    (TH10, "What do you think about that?"),
    (CL10, "She might be right. I'll think about it."),
]

S10_3: Script = [
    (TH10, OPEN_10, "decoy: the same opening line in all three samples (different sessions)"),
    (CL10, "The photos. The wedding photos. The card died and the photos died with it."),
    (TH10, "That sounds like a real loss, for you and for the couple."),
    (
        CL10,
        "The couple have hired a solicitor. My mum says I should never have gone self-employed.",
        "decoy: the client reports her mother's words",
    ),
    (TH10, "How are you managing day to day?"),
    (CL10, "Not well. I check my cameras every hour even though there's nothing to check."),
    (TH10, "Checking can feel like a way of making sure it never happens again."),
    (CL10, LOOP_10, "repetition_loop"),
    (TH10, "It sounds like a lot of self-blame. What evidence do you have that you'll never work again?"),
    (CL10, LOOP_10, "duplicate_turn"),
    (TH10, "I hear how strongly you believe that. Can we look at it together?"),
    (CL10, LOOP_10, "duplicate_turn"),
    (TH10, "Let's pause there for a moment, Saskia.", "decoy: a short therapist turn inside the loop (not a repeat)"),
    (CL10, "I just keep thinking it's all my fault and that I'll never work again.", "near_duplicate_turn"),
    (
        TH10,
        "You've said that several times now, and I can hear how stuck that thought feels. Let's try writing it down and rating how much you believe it.",
        "decoy: the therapist names the repetition",
    ),
    (CL10, "Ninety percent. Maybe ninety-five.", "decoy: a verbless answer closed by full stops (not truncated)"),
    (TH10, "And what would a friend who knows your work say about it?"),
    (CL10, "That I've shot forty weddings and this is the first thing that's gone wrong."),
]


def f10() -> Doc:
    doc = Doc("10_best_of_three_samples_photographer.txt", {TH10: T, CL10: C}, "labelled")
    first = doc.add(
        "# best-of-3 sampling run 2024-10-02 | scenario wp-017 (wedding photographer, failed memory card)",
        "# model=mistral-7b-instruct-v0.3 max_new_tokens=900 | one turn per line",
    )
    doc.mark(first, "decoy: the sampling script's header line")
    doc.mark(first + 1, "decoy: the sampling script's settings line")
    samples = ((0.7, 11, S10_1), (0.9, 12, S10_2), (1.2, 13, S10_3))
    for number, (temperature, seed, script) in enumerate(samples, 1):
        banner = f"===== sample {number}/3 | temperature={temperature} | seed={seed} ====="
        doc.mark(doc.add(banner), f"decoy: the banner of sample {number}")
        doc.start(f"sample {number}")
        labelled(doc, script, "{label}: {text}", blank=False)
        if number == 2:
            assert all(ascii_only(text) or invalid_bytes(text) for _who, text, *_ in script), "sample 2 not cp1252"
    return doc


BUILDERS: tuple[Callable[[], Doc], ...] = (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10)
# the file not in English, and its language
NOT_ENGLISH = {"04_tukikeskustelut_synteettinen_fi.jsonl": "Finnish"}
INVALID_UTF8 = {"02_graded_exposure_dog_fear_generated.md", "10_best_of_three_samples_photographer.txt"}


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


def labelled_pairs(text: str, sep: str) -> list[tuple[str, str]]:
    """``Label: text`` paragraphs of a string joined by ``sep``; paragraphs without a label are left out."""
    pairs: list[tuple[str, str]] = []
    for part in text.split(sep):
        match = re.match(r"^(Therapist|Client|Counselor): ?(.*)$", part, re.DOTALL)
        if match:
            pairs.append((match.group(1), match.group(2)))
    return pairs


def check_format(doc: Doc, data: str, physical: Sequence[str]) -> None:
    """The container reads as its layout says, and gives back exactly the turns written."""
    turns = [t for s in doc.sessions for t in s.turns]
    if doc.layout == "jsonl-shared":
        records = [json.loads(line) for line in physical]
        assert len(records) == len(doc.sessions), doc.name
        for session in doc.sessions:
            line = session.turns[0].line
            assert all(t.line == line for t in session.turns), (doc.name, session.name)
            got = [(m["role"], m["content"]) for m in records[line - 1]["messages"] if m["role"] != "system"]
            assert got == [(t.label, t.text) for t in session.turns], (doc.name, line)
    elif doc.layout == "alpaca-shared":
        records = [json.loads(line) for line in physical]
        assert len(records) == len(doc.sessions), doc.name
        for session in doc.sessions:
            line = session.turns[0].line
            assert all(t.line == line for t in session.turns), (doc.name, session.name)
            record = records[line - 1]
            got = [*labelled_pairs(record["input"], "\n"), (COU5, record["output"])]
            assert len(record["input"].split("\n")) == len(session.turns) - 1, (doc.name, line)
            assert got == [(t.label, t.text) for t in session.turns], (doc.name, line)
    elif doc.layout == "api-json":
        responses = json.loads(data)
        assert len(responses) == len(doc.sessions), doc.name
        for response, session in zip(responses, doc.sessions, strict=True):
            line = session.turns[0].line
            assert all(t.line == line for t in session.turns), (doc.name, session.name)
            content = response["choices"][0]["message"]["content"]
            assert physical[line - 1].strip() == f'"content": {js(content)},', (doc.name, line)
            assert labelled_pairs(content, "\n\n") == [(t.label, t.text) for t in session.turns], (doc.name, line)
            truncated = any("truncated_turn" in t.kinds for t in session.turns)
            assert (response["choices"][0]["finish_reason"] == "length") == truncated, (doc.name, line)
    elif doc.layout == "sharegpt":
        conversations = json.loads(data)
        for conversation, session in zip(conversations, doc.sessions, strict=True):
            got = [(item["from"], item["value"]) for item in conversation["conversations"]]
            assert got == [(t.label, t.text) for t in session.turns], (doc.name, session.name)
        for turn in turns:
            item = json.loads(physical[turn.line - 1].strip().rstrip(","))
            assert (item["from"], item["value"]) == (turn.label, turn.text), (doc.name, turn.line)
    elif doc.layout == "csv":
        records = list(csv.reader(io.StringIO(data, newline="")))
        assert len(records) == len(physical) and {len(r) for r in records} == {6}, doc.name
        for turn in turns:
            record = records[turn.line - 1]
            assert record[2:4] == [turn.label, turn.text], (doc.name, turn.line)
            reason = {"truncated_turn": "length", "empty_turn": "content_filter"}
            expected = [reason[k] for k in turn.kinds if k in reason] or ["stop"]
            assert [record[5]] == expected, (doc.name, turn.line)
    elif doc.layout == "markdown-outside":
        for turn in turns:
            assert physical[turn.line - 1] == f"**{turn.label}**: {turn.text}".rstrip(), (doc.name, turn.line)
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
        if doc.shared:
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
        # a meta_text row on a line of its own, or on a shared line, really holds text that is no turn
        assert physical[line - 1].strip(), (doc.name, line)
    check_format(doc, data.replace("\r\n", "\n") if doc.layout != "csv" else data, physical)
    return physical


def check_truth_text(doc: Doc, physical: Sequence[str]) -> None:
    """Each truth row's line really holds the text its kind describes."""
    for line, kind in doc.truth:
        here = physical[line - 1]
        turns = [t for s in doc.sessions for t in s.turns if t.line == line]
        hits = [t for t in turns if kind in t.kinds]
        if kind in SESSION_KINDS and not hits:
            session = next(s for s in doc.sessions if s.turns and s.turns[0].line == line)
            assert kind in session.kinds, (doc.name, line, kind)
            continue
        if kind == "meta_text" and not hits:
            assert line in doc.line_rows, (doc.name, line)
            continue
        assert hits, (doc.name, line, kind)
        for turn in hits:
            if kind == "empty_turn":
                continue
            if turn.text:
                # the turn's text stands on its line (inside JSON or CSV quoting where the layout has it)
                probe = turn.text[:40]
                found = probe in here or json.dumps(probe, ensure_ascii=False)[1:-1] in here
                assert found or (doc.layout == "csv" and probe.replace('"', '""') in here), (doc.name, line, kind)


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
    if not hits:
        return shown(f"[inside the shared line] {here.strip()}")
    turn = hits[0]
    text = turn.text if turn.text.strip() else "(empty)"
    if doc.shared or doc.layout in ("sharegpt", "csv"):
        return shown(f"[{turn.label}] {text}")
    return shown(here if turn.text.strip() else f"{here.strip()}  (empty)")


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or (len(argv) == 3 and argv[2] != "--show"):
        print("usage: python blind/twentythird_defect_cases.py OUT_DIR [--show]", file=sys.stderr)
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
        check_truth_text(doc, physical)
        rows.extend((doc.name, line, kind) for line, kind in doc.truth)
        truth_lines = {line for line, _ in doc.truth}
        decoys += len(doc.decoys)
        clean_line_decoys += sum(1 for line, _ in doc.decoys if line not in truth_lines)
        turns = sum(len(s.turns) for s in doc.sessions)
        if doc.name == CLEAN_FILE:
            assert not doc.truth and turns >= 80, (doc.name, turns)
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
        assert {"refusal", "mojibake"} <= kinds_here, (name, kinds_here)
    turns = sum(len(s.turns) for doc in docs for s in doc.sessions)
    print(f"wrote {len(docs)} files ({turns} turns) and {len(rows)} truth rows to {out}")
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    print(f"decoys: {decoys} ({clean_line_decoys} on lines without a truth row)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
