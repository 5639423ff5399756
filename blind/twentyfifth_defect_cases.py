# ruff: noqa: E501
r"""Twenty-fifth set of blind defect cases for the transcript-cleaning product: PRECISION, clean text dense with decoys.

Blind conditions, as followed. The only things read were: the first 15 lines of benchmarks/blind_defects.py (the
interface, printed with ``head -n 15``); a listing of blind/ (``ls -la /work/main/blind`` at the start, and ``ls``
of it piped to ``grep`` three times near the end; blind/twentyfourth_defect_cases.py was in none of them, was never opened,
and every grep below was filtered with ``grep -v twentyfourth`` as well); /work/shared/README.md (``cat``); the
``[tool.ruff]`` sections of pyproject.toml (a ``.venv`` python ``tomllib`` one-liner that printed
``data['tool']['ruff']`` and nothing else); the
docstrings of ALL twenty-three earlier case writers in blind/ (printed with ``ast.get_docstring`` by a ``.venv`` python
snippet into /tmp/s25b/docstrings.txt, measured with ``wc -l``, a ``grep -n`` of its own ``=====FILE`` separator
lines and an ``awk`` of its longest line, then paged with ``sed`` in seventeen ranges of 150 to 226 lines, none of
which came back cut) for the interface, the truth conventions, the defect kind names and the containers, names, places,
languages and topics already used; and parts of the code of blind/twentythird_defect_cases.py, the model this file
follows, paged with ``sed`` (its first lines, its imports, constants, text helpers, document builder and
``labelled``, its file 01, the builders of its files 02, 03, 04, 06, 07, 08, 09 and 10 with a few script lines around
them, its self-checks, ``show_row`` and ``main``). One slip to report: to find those passages, a ``grep -n`` of the
``def``/``class``/constant/section lines of blind/twentythird_defect_cases.py (piped to ``head -100``) printed
matching lines, not only the file name, although greps over blind/ were to print file names only; what it showed
is code of the model that the brief allowed to be read anyway. Every other ``grep`` over blind/ was ``grep -il``
over blind/*.py and printed file names only: loops over candidate names, places, topics, services and words, which
moved several plans (``Callum`` became ``Dougie``, a ``care team`` a ``pastoral team``, a planned ``Sunday dinner``
and ``Sunday lunch`` became a roast, a taxi driver became a mobile-library driver, ``Rhian`` and ``Tom`` became the
typists ``Catriona`` and ``Moira``, ``Leanne``/``Kai`` became ``Corrina``/``Bertie``, ``Pell`` became ``Brannigan``,
``earlies`` became ``early shifts``, a diary became WeChat messages). No other file of the project was opened or
grepped (no transforms, flows, synth, tests, schemas, sql, docs, README or other benchmarks), nothing under
/work/shared/corpora or /work/shared/seeds was read, and git was not run. Every transcript line below was written for
this set. The product, its tests, mypy and the benchmarks were never run (benchmarks/blind_defects.py beyond its first
15 lines was never opened or run). The only things run were: the snippets above; ``cat`` heredocs writing this file's
parts under /tmp/s25b/parts and ``cat`` assembling them; system ``python3`` snippets making exact text replacements
in those parts (before the first run: 07's empty reply tagged explicitly, a time removed from a quoted line in 10,
the third-party role constant renamed for ruff's E741 and an unused ``RUF001`` dropped from the ``noqa`` line); one
system ``python3`` snippet measuring where the 160th character falls in 01's long text message; ``grep -c`` over the
parts to estimate turns and decoys before the first run; ``ast.parse`` and ``ruff check`` / ``ruff format --check``
on the assembled file; this script (into /tmp/s25b/out with ``--show``); ``ls``/``head``/``sed``/``tail``/``cut``/
``cat -A``/``cat -v`` on the written files; a ``.venv`` python snippet inserting this docstring and further snippets
making exact replacements in it (its account of the listing of blind/, its wrapping, and this sentence); ``sed``, ``grep -n`` and ``awk`` (line lengths) on this file itself; ``ruff format``, ``ruff check`` and ``ruff format
--check`` on this file alone; and the last runs of the module, into /tmp/s25b/final with ``--show`` and, after each
later docstring edit, into a fresh /tmp/s25b/final2, each compared with ``cmp`` against the first run's output (the same
files and ``truth.csv``). The truth tags were written with the text, before the first run, and were never
changed: the first run passed every self-check and wrote 677 turns, 38 truth rows and 310 decoys. What changed after
it, none of it touching a truth tag, a turn or a line of any written file: ``ruff format``'s layout of this source and
this docstring. Run as

    python blind/twentyfifth_defect_cases.py OUT_DIR [--show]

to write 10 files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR (``--show`` also
prints every truth row next to the line it names).

Emphasis: PRECISION. Real counselling corpora (human volunteers on text lines and student nightlines, motivational
interviewing sessions typed from training videos, peer-support and peer-mentoring chats, Chinese counselling dialogues
in English translation) have LOW defect rates, and a detector that flags clean text is useless. So the set is mostly
clean, natural text: 677 turns, only 38 truth rows (0-8 a file; 5.6 per 100 turns), and 310 decoys, 298 of them on
lines that carry no truth row (the other 12 stand in 07's JSON Lines rows that also hold a defect, where they only
tempt OTHER kinds). Two files (04 and 08) are entirely clean. The decoys crowd the kinds most prone to false alarms:
truncated_turn (spoken turns that trail off, a ``--`` break the other speaker completes, chat messages with no final
punctuation, one-word answers, lists, messages ending with an emoticon, a kiss, a number, an abbreviation, ``etc``,
``lol``, ``haha``, questions without a question mark, a message continued by the sender's next one);
role_inversion (clients who reflect back, a member who ran a church listening team, a mother who role-plays her
mother-in-law, counsellors and mentors who self-disclose, a client reading aloud a letter addressed to him, a member
pasting his letter to his parents, counsellors quoting clients, clients thanking counsellors, clients addressing the
counsellor as "teacher" in translation); near_duplicate_turn / duplicate_turn / repetition_loop (backchannels,
ritual openings and closings across sessions, the same confidence ruler asked twice in the same words, an importance
ruler asked again, a mantra typed three times on purpose, plans repeated back, echoes); refusal (a nightline's
no-advice rule, "I can't tell you what to do", a crisis line inside a longer safety plan, a peer supporter declining a
virtual hug, a mentor declining to share a photo, "I can't make that decision for you", a confrontational GP's "I
can't be clearer than that"); meta_text (clients talking about ChatGPT and AI chatbots, notes apps, transcripts and
stored messages, ``[laughs]``, ``(pause)``, ``(sighs)``, time marks, talk about the camera). Among them stand a small,
realistic number of genuine defects of all fourteen kinds the earlier writers name: truncated_turn 6, duplicate_turn
5, near_duplicate_turn 5, role_inversion 4, meta_text 4, refusal 3, mojibake 2, empty_turn 2, unknown_speaker 2,
repetition_loop 1, encoding_error 1, unparseable_line 1, duplicate_session 1, unparseable_file 1. Containers the
earlier sets used less: TSV, XML, a Markdown table, YAML, a JSON array of string lists, JSON Lines, plain text,
Markdown chat, CSV, and a file that is not a transcript. Everything is in English (06 and 07 in translation from
Chinese). Encodings and line ends: all UTF-8 without a BOM, LF; 05 holds one message with lone Windows-1252 bytes,
invalid in UTF-8.

* ``01_lapwing_textline_export.tsv``: a text line's export, tab-separated without quoting, ``conversation_id,
  msg_seq, sent_at, sender_role, message`` with ``texter`` (client), ``volunteer`` (counsellor role), ``system`` (not a
  turn) and ``shift_supervisor`` (neither role); 80 turns in two night-time conversations: a 22-year-old packer at a
  Grimsby fish factory who cares for his nan, shouted at by his supervisor (volunteer Mirren), and a shipyard worker
  in Barrow whose daughter Poppy, 6, is on the ward with asthma (volunteer Wilf). Defects: a texter SMS cut at 160
  characters inside ``money``, the second segment never arriving (truncated_turn); a texter message delivered twice
  by the gateway (duplicate_turn); a picture message with an empty text (empty_turn); the shift supervisor writing
  into the conversation (unknown_speaker); a row whose tabs a redaction edit turned into spaces (unparseable_line, not
  a turn). Decoys (53): the header and system rows; lowercase messages without full stops; ``hi``, ``yeah``, ``ok``,
  ``fair``, ``Maybe``, ``Night``; endings in ``15 mins``, ``48 hrs``, ``12``, ``etc``, ``:)``, ``x``, ``lol``;
  questions without a question mark; a direct risk question; 999 and Samaritans inside a safety plan; the volunteer's
  "I can't tell you whether to stay in the job" and the explanation that the line shows only text; the volunteers
  echoing and quoting the texters; the texters' thanks, a kind word for another dad and the plan repeated back.
* ``02_owl_line_webchat_archive.xml``: a university nightline's web chat archive, ``<chat>`` elements with one
  ``<msg n= t= from=>`` a line (``volunteer`` counsellor role, ``student`` client) and ``<event>`` lines (not turns);
  68 turns: a student worried about a friend's Instagram story at 1am, and a student whose divorcing parents each ring
  him about the other. Defects: the volunteer's reflection and option logged as ``student`` (role_inversion); a
  message with curly apostrophes read as Windows-1252 (mojibake); a message re-sent with its typo fixed and a question
  mark (near_duplicate_turn); a volunteer message posted twice (duplicate_turn); the last student message cut when the
  connection was lost (truncated_turn). Decoys (43): the declaration and event lines; "We don't give advice at Owl
  Line, so I can't tell you what to do, but"; lowercase messages, ``tbh``, ``brb``, ``hang on``, ``got it``, ``1am``,
  ``12``; questions without a question mark; the student quoting her friend's post; echoes (``Like a spy.``, a list
  of feelings); "I can't say what's normal for you, but"; apologies and thanks from the students.
* ``03_mi_demo_video_energy_drinks.md``: an MI training video typed by a course team as a Markdown table, ``| Time |
  Speaker | Utterance |``, names only (a note line names Wynne the practitioner and Jonty the client); 80 turns: a
  warehouse picker near Doncaster on six big energy drinks a shift, with palpitations. Defects: the typists' note to a
  colleague, ``[Catriona - can't make out the next bit ... - Moira]``, inside a client cell (meta_text); Wynne's
  double-sided reflection typed in a Jonty row (role_inversion; the next row answers it); Jonty's plan pasted again
  with two small words added (near_duplicate_turn); the clip ending mid-sentence (truncated_turn). Decoys (20):
  title, note and table header; ``[laughs]`` and ``(pause)``; ``sometimes 7`` and ``etc``; a ``--`` break completed
  by the practitioner (``Knackered?``); the client reflecting back; the practitioner quoting the GP's words, handing
  the decision back, disclosing her own early shifts, and asking the importance ruler again in other words; the
  client's thanks; the plan repeated back.
* ``04_mi_cpap_roleplay_video_transcript.txt``: the FIRST CLEAN file, an MI role-play filmed for a practitioner
  course, two header lines, ``Dr Okoye: text`` / ``Hamish: text`` with blank lines, ``[mm:ss]`` marks on lines of
  their own; 94 turns: a mobile-library driver near Dingwall with sleep apnoea whose CPAP machine is still in its box.
  No truth row. Decoys (34): the header lines and time marks; talk about the camera; ``(pause)``, ``(sighs)``,
  ``[laughs]``; ``Mm-hmm.`` twice; ``Aye.``; a ``--`` break the practitioner completes; a trail-off; the client reading
  aloud the sleep clinic's letter addressed to him; the client talking about his daughter asking an AI chatbot; the
  client reflecting back and quoting his wife; the practitioner's self-disclosure (a night in a mask), her quoting the
  client, her limit on the DVLA question followed by engagement, her apology; the SAME confidence ruler asked twice in
  the same words (a deliberate repeat); the plan summarised as a list and repeated back; the client's advice to
  another driver and his thanks.
* ``05_hearthside_peer_room_export.yaml``: a peer-support platform's YAML export, one message a line as a flow
  mapping ``{seq, at, from, role, text}`` under two sessions of a one-to-one room for people leaving high-control
  religious groups: the peer supporter Bridget (counsellor role), the member thaddeus_r (client) and the platform's
  automatic moderator ``modbot`` (answering for the service, counsellor role); 79 turns. Defects: the modbot's
  hotline-only "I'm sorry, but I can't continue with this conversation ..." after a figure of speech (refusal); a
  message whose curly quotes and dash are lone Windows-1252 bytes (encoding_error); the supporter's message still
  opening with an AI helper's ``Of course! Here's a warm reply in a peer-support tone:`` (meta_text); a member message
  posted twice (duplicate_turn). Decoys (52): the comment and participants lines; lowercase messages, ``tbh``, ``8``,
  ``etc``, ``:)``, ``x``, ``haha``; questions without a question mark; the member naming the supporter's "listening
  moves" from his own pastoral-team days; the supporter's self-disclosure; her apology for the bot and the member's
  clarification; "I can't tell you what to believe ... What I can say"; the member pasting his letter to his parents;
  a question about transcripts and the answer about stored messages; a mantra typed three times on purpose; a virtual
  hug declined; the same closing line in both sessions.
* ``06_counselling_dialogues_zh_en.json``: Chinese counselling dialogues, machine-translated and post-edited, as ONE
  JSON array of ``{"id", "topic", "source_lang", "translation", "dialogue": [strings]}``, one ``"Client: ..."`` /
  ``"Counselor: ..."`` string a line; 86 turns in six dialogues (a gaokao repeater in a county town, a young mother in
  Hangzhou and her mother-in-law, a programmer in Shenzhen waking at four, a father in Chengdu and his son's phone
  games, a student in Wuhan and the roommates, and that last dialogue again). Defects: ``(Translator's note: mianzi
  ...)`` inside a counsellor turn (meta_text); a counsellor reflection given three times, the third reworded
  (repetition_loop, duplicate_turn, near_duplicate_turn); "I'm sorry, but as an AI language model I cannot provide
  medical diagnoses ..." (refusal); a client turn with curly quotes read as Windows-1252 (mojibake); the Chengdu
  dialogue's last turn cut mid-clause (truncated_turn); ``cpc-en-0279``, a re-export of ``cpc-en-0262``
  (duplicate_session at its first turn). Decoys (30): the topic fields; clients addressing the counsellor as
  "teacher"; a client quoting her mother and husband; the client pointing out the repeat; a role-play in which the
  client plays her mother-in-law and the counsellor plays the client; the client's objection and the engagement after
  the refusal; a referral to a doctor inside engagement; ``(sighs)``, ``(laughs)``, ``(long silence)``, ``Hmm.``;
  ``...``; the counsellor quoting the son's words as reported; thanks.
* ``07_multiturn_rewrite_translated.jsonl``: multi-turn dialogues an LLM rewrote from single-turn Chinese Q&A, in
  English translation, ONE CONVERSATION A ROW ``{"id", "source", "lang", "messages": [{"role": "user"|"assistant",
  "content"}]}``; 64 turns in six rows. Row 1 (a thesis defence) is clean. Defects: row 2 (Spring Festival blind
  dates) a reply opening ``Sure, here is the rewritten multi-turn dialogue ...`` (meta_text); row 3 (a failed hotpot
  restaurant in Hefei) "I'm sorry, but I can't help with questions about debts or loans ..." (refusal); row 4 (a
  mother reading her daughter's WeChat messages) written with the roles swapped throughout (role_inversion, session
  level, at the row); row 5 (a second-year teacher's open class) an empty reply (empty_turn) and the last reply cut
  mid-clause (truncated_turn); row 6 (a new bank clerk) a reply given again with small changes (near_duplicate_turn).
  Decoys (15): clients quoting a supervisor and an aunt; echoes; an apology that engages; the client's objection and
  the apology after the refusal; "Hello? Did my message come through?"; the client pointing out the repeat; plans
  repeated back.
* ``08_ostomy_peer_mentor_chat.md``: the SECOND CLEAN file, an IBD charity's peer-mentoring chat exported as
  Markdown, ``**Name** (HH:MM): text`` one message a paragraph: Emrys (mentor, counsellor role, an ileostomy for six
  years) and Tobiah (23, a delivery driver facing surgery for Crohn's disease); 66 turns. No truth row. Decoys (47):
  the title and export line; lowercase messages, ``tbh``, ``approx 3 wks``, ``10 weeks``, ``thursday at 7``, ``etc``,
  ``:(``, ``x``, ``??``; one-word answers; questions without a question mark; the mentor's repeated self-disclosure;
  ``[laughs]``; the member asking ChatGPT about life with a stoma and keeping questions in a notes app; the mentor
  declining to share a photo and the member's apology; "I can't tell you when you'll be back at work, ... But"; the
  member reflecting back and quoting his mother in a message the next one continues; lists; thanks.
* ``09_mi_demo_utterances.csv``: MI demonstration videos one utterance a row in the style of a public MI dataset
  (Python ``csv``): ``mi_quality, transcript_id, video_title, topic, utterance_id, interlocutor, timestamp,
  utterance_text``, interlocutors ``therapist``, ``client`` and ``crew``; 60 turns: a high-quality demonstration (a
  mother whose toddler goes to sleep with a bottle of juice) and a low-quality one (a confrontational GP and a widower
  with COPD). Defects: the mother's words under ``therapist`` (role_inversion); the practitioner's suggestion entered
  twice with small changes (near_duplicate_turn); a crew member stopping the take (unknown_speaker); a client row
  entered twice under the next id (duplicate_turn); the last utterance cut where the video ends (truncated_turn).
  Decoys (12): the header; a trail-off the practitioner completes; ``(laughs)``, ``(pause)``; the client quoting her
  sister; "I can't be clearer than that" and "I can't just stop"; a sarcastic reflection and sarcastic agreement;
  ``No.``; the client's thanks.
* ``10_miti_coding_summary_demo_videos.txt``: the course's MITI coding summary of the demonstration videos, misfiled
  among the transcripts; it quotes utterances and two of its lines open with ``Client:`` and ``Therapist:``, but it is
  not a transcript (unparseable_file, line 0). Decoys (4): the title, a quoted utterance and the two labelled notes.

Line numbers are 1-based physical lines of the written file (the bytes split on ``\n``; a lone invalid byte in 05 is
one character to a decoder and changes no count; no other line-break character occurs), computed while the file is
built:

* a turn-level row points at the line holding the turn's speaker label or its equivalent: in 01 and 09 the record's
  line (the header is line 1); in 02 the ``<msg`` line; in 03 the table row; in 04 the ``Name: text`` line; in 05 the
  message's flow-mapping line; in 06 the line of the turn's ``"Label: text"`` string; in 07 the conversation's row
  (all its turns share it; several defects of one kind in a row make ONE truth row); in 08 the ``**Name** (HH:MM):``
  line;
* meta text inside a turn is marked at the turn's line;
* ``unparseable_line`` is marked at 01's row without tabs, which is not a turn; the file-level row
  (``unparseable_file``, 10) is at line 0;
* a whole session with the roles swapped (07's row 4) is ONE ``role_inversion`` row at its first turn; a single turn
  in the other role's voice is ``role_inversion`` at its own line; a session that repeats an earlier one (06's
  ``cpc-en-0279``) is ONE ``duplicate_session`` row at its first turn, and its turns carry no repeat rows;
* a repetition loop is ``repetition_loop`` on the first occurrence, then ``duplicate_turn`` or ``near_duplicate_turn``
  on every later copy;
* ``encoding_error`` is marked at the turn whose text holds bytes invalid in UTF-8 (05); text that decodes validly but
  was garbled upstream is ``mojibake`` (02, 06);
* a speaker outside the counsellor/client roles (01's shift supervisor, 09's crew) speaking a turn is
  ``unknown_speaker``; 05's automatic moderator answers for the service and stands in the counsellor's role.

Not turns: 01's header, ``system`` rows and the row without tabs; 02's XML declaration, root, ``<chat>`` and
``<event>`` lines; 03's title, note line and table header; 04's header lines and time marks; 05's comments, room
fields and participants entries; 06's ids, topics and other fields; 08's title and export line; 09's header; all of
10. A turn that trails off (``...``), is broken off with ``--`` and completed by the other speaker, a chat message
continued by the same sender's next one, a message without final punctuation and a short answer are NOT truncated
turns; a truncated turn is cut off by the data (an SMS segment limit, a lost connection, the end of a video, a
generation cut) and no later turn completes it. A counsellor's, volunteer's, mentor's or practitioner's statement of
what they cannot do followed by engagement, a crisis line inside a safety plan, a declined hug or photo and a
confrontational but engaged practitioner are NOT refusals; a reply that only declines and points elsewhere is.

Turns and lines that look suspicious but are clean (decoys) carry a ``decoy: ...`` tag here; the tag never reaches the
truth, and the number of decoys is printed. A turn that ends without final punctuation must carry a truth tag or a
decoy note (a self-check). Other self-checks: a text cut by a limit is cut inside a word; every truth row's line holds
the text of the turn or line it names; every exact or close same-role repeat of a substantial turn in a session is
marked or declared a deliberate repeat, and every repeat mark is real; a loop has at least two marked later copies;
a session equal to an earlier one is marked duplicate_session and no other is; the containers parse back (TSV, XML,
the Markdown table, YAML flow lines, JSON, JSON Lines, Markdown chat lines, CSV, labelled text) to exactly the turns
written; the clean files have no truth row; every kind is present; no truth row is written twice. Standard library
only.
"""

from __future__ import annotations

import codecs
import csv
import difflib
import io
import json
import re
import sys
import xml.etree.ElementTree as ET
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

T, C, X = "T", "C", "X"  # counsellor role, client role, a third party (neither role)
RAW = "#"  # a script entry that is a line of its own, not a turn
RSQ = "\u2019"
# final punctuation (a closing bracket covers ":)" and "[laughs]"; a closing quote covers quoted endings)
ENDERS = ".?!\"')]:;" + RSQ + "\u201d\u2026"
CLEAN_FILES = ("04_mi_cpap_roleplay_video_transcript.txt", "08_ostomy_peer_mentor_chat.md")
NOT_A_TRANSCRIPT = "10_miti_coding_summary_demo_videos.txt"
DELIBERATE = "deliberate repeat"  # a decoy note with these words allows a same-role repeat in a session


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
    """``text`` saved as Windows-1252 and pasted into a UTF-8 file as raw bytes (lone bytes, invalid in UTF-8).

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
    """Close enough to be a re-sent, regenerated or retyped copy (a marked near duplicate must be at least this)."""
    return ratio(a, b) > 0.6


def substantial(text: str) -> bool:
    """Long enough that a repeat is a defect rather than a backchannel."""
    return len(norm(text).replace(" ", "")) >= 12


def js(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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
            assert not any(ch in line for ch in "\t\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029") or self.layout == "tsv", (
                self.name,
                line[:60],
            )
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
        """A line that is not a turn, or text inside a shared line that is no turn: meta text, a broken record, a decoy."""
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


def cut_at(text: str, limit: int) -> str:
    """``text`` cut at ``limit`` characters by the data, inside a word (a self-check: letters on both sides)."""
    assert len(text) > limit and text[limit - 1].isalpha() and text[limit].isalpha(), (
        limit,
        text[limit - 5 : limit + 5],
    )
    return text[:limit]


def clock(start: str, seconds: int) -> str:
    """``start`` ("YYYY-MM-DD HH:MM:SS") plus ``seconds``, without crossing midnight."""
    day, hms = start.split(" ")
    h, m, s = (int(part) for part in hms.split(":"))
    total = h * 3600 + m * 60 + s + seconds
    assert total < 86400, start
    return f"{day} {total // 3600:02d}:{total % 3600 // 60:02d}:{total % 60:02d}"


def gap(text: str, index: int) -> int:
    """Seconds before a message: typing time, roughly by length, with some variation."""
    return 18 + len(text) // 3 + (index * 37) % 50


# ---------------------------------------------------------------------------
# 01 a text line's conversation export, tab-separated (as the service's reporting tool writes it, no quoting):
#    conversation_id, msg_seq, sent_at, sender_role, message; sender_role "texter" (client), "volunteer"
#    (counsellor role), "system" (not a turn) or "shift_supervisor" (neither role). Two night-time conversations.
# ---------------------------------------------------------------------------
TX, VO, SUP = "texter", "volunteer", "shift_supervisor"
SYS = "system"
BROKEN = "broken"  # a row whose tabs a redaction edit turned into spaces: not a record of the layout, not a turn
HEAD_01 = ("conversation_id", "msg_seq", "sent_at", "sender_role", "message")
THANKS_01 = "thanks for listening honestly. i feel a bit less shaky"
LONG_01 = "the thing is i dont even know if i want to go back in after tonight. hes been on at me for weeks about my speed and today just tipped it. and my nan needs the money so i cant just walk out on it"

C01_GRIMSBY: Script = [
    (SYS, "conversation opened by keyword LAPWING", "decoy: a system row, not a turn"),
    (SYS, "auto-reply sent: welcome and privacy notice", "decoy: a system row, not a turn"),
    (
        VO,
        "Hi, thanks for texting Lapwing. My name's Mirren and I'm a trained volunteer. What's going on for you tonight?",
    ),
    (TX, "hi", "decoy: a one-word greeting without a full stop"),
    (TX, "sorry i dont really know how this works", "decoy: a chat message without final punctuation"),
    (
        VO,
        "That's okay, there's no right way to do it. You can tell me what's on your mind a bit at a time if that's easier.",
    ),
    (
        TX,
        "im on my break at work. im in the toilets cos i dont want anyone to see me like this",
        "decoy: a chat message without final punctuation",
    ),
    (VO, "It sounds like something has really upset you tonight. I'm glad you texted. Can you tell me what happened?"),
    (
        TX,
        "my supervisor went off at me in front of the whole line. called me useless and said hed have me out by friday",
        "decoy: a chat message without final punctuation",
    ),
    (
        TX,
        "i work nights at a fish factory. packing. been there 2 yrs and never had a warning",
        "decoy: a complete message without a full stop, continuing the one before",
    ),
    (
        VO,
        "That sounds humiliating, being shouted at in front of everyone, especially when you've been there two years without any trouble.",
    ),
    (TX, "yeah", "decoy: a one-word answer"),
    (TX, "and now i cant stop shaking. i have to go back on the line in 15 mins", "decoy: ends with an abbreviation"),
    (VO, "Fifteen minutes isn't long, so let's use it. What's going through your head right now?"),
    (
        TX,
        "that hes right. that im useless. i messed up the labels on a whole pallet tonight thats what started it",
        "decoy: a chat message without final punctuation",
    ),
    (VO, "So one mistake with the labels, and now your mind is telling you that you're useless as a whole person."),
    (
        TX,
        "when u put it like that it sounds a bit daft",
        "decoy: the texter reflects the volunteer's words back (not a role inversion); no full stop",
    ),
    (TX, "but it doesnt feel daft", "decoy: a chat message without final punctuation"),
    (
        VO,
        "It makes sense that it doesn't. Being shouted at in front of people hits hard. Is there anyone at home who knows you're having a rough night?",
    ),
    (
        TX,
        "my nan. i live with her, i look after her really. she doesnt know any of this i dont want to worry her",
        "decoy: a chat message without final punctuation",
    ),
    (VO, "You look after your nan as well as working nights. That's a lot to carry."),
    (
        TX,
        "its fine. shes the only one who never had a go at me my whole life",
        "decoy: a chat message without final punctuation",
    ),
    (
        TX,
        "sometimes i think everyone would be better off if i wasnt around tho. except her",
        "decoy: a chat message without final punctuation",
    ),
    (
        VO,
        "Thank you for telling me that. I ask everyone who says something like this, so I'm going to ask you directly: are you thinking about suicide?",
        "decoy: a direct risk question (real engagement)",
    ),
    (
        TX,
        "not like that. i wouldnt do anything. i couldnt do that to nan",
        "decoy: 'i couldnt' from the texter; no full stop",
    ),
    (TX, "its more like i just want to disappear for a bit", "decoy: a chat message without final punctuation"),
    (
        VO,
        "Okay. I hear that you're not planning to act on it, and that your nan really matters to you. Have you had thoughts like this before tonight?",
    ),
    (TX, "a few times. after my mum left mainly. it passes", "decoy: a chat message without final punctuation"),
    (
        VO,
        "It passes. What usually helps it pass?",
        "decoy: the volunteer echoes the texter's words (not a role inversion)",
    ),
    (
        TX,
        "sleep. my mate Jonty. gaming. walking nan's dog etc",
        "decoy: a list ending with 'etc' (not truncated)",
    ),
    (
        VO,
        "Those sound like good things to have. Would it help to make a small plan for the rest of tonight and tomorrow, so you know what you'll do if the thoughts get stronger?",
    ),
    (TX, "ok", "decoy: a one-word answer"),
    (
        VO,
        "For tonight: finish your shift, and if it gets too much you can text us again, any time. Tomorrow, who could you talk to?",
    ),
    (TX, "Jonty probably. hes off tomorrow", "decoy: a chat message without final punctuation"),
    (
        VO,
        "Good. And if you ever feel you might act on those thoughts, or you don't feel safe, please call 999 or go to A&E. You can also ring Samaritans on 116 123, day or night. Does that feel doable?",
        "decoy: a crisis line inside a longer safety plan (not a refusal)",
    ),
    (TX, "yeah. ive got the number saved now", "decoy: a chat message without final punctuation"),
    (TX, cut_at(LONG_01, 160), "truncated_turn"),
    (
        VO,
        "I can't tell you whether to stay in the job or not. That's your call, and it doesn't have to be made tonight. What I can do is help you think it through when you're not this upset.",
        "decoy: a volunteer's limit followed by engagement (not a refusal)",
    ),
    (TX, "fair", "decoy: a one-word answer"),
    (TX, "i better go back on in a min", "decoy: ends with an abbreviation"),
    (TX, THANKS_01, "decoy: the texter thanks the volunteer (not a role inversion); no full stop"),
    (TX, THANKS_01, "duplicate_turn"),
    (
        VO,
        "I'm really glad. You did a brave thing texting tonight. Is there anything else you want to say before you go?",
    ),
    (TX, "nah im good. cheers mirren :)", "decoy: ends with an emoticon"),
    (VO, "Take care of yourself tonight. We're here whenever you need us."),
    (TX, "will do x", "decoy: ends with a kiss, no final punctuation"),
    (SYS, "conversation closed by volunteer", "decoy: a system row, not a turn"),
]

C01_BARROW: Script = [
    (SYS, "conversation opened by keyword LAPWING", "decoy: a system row, not a turn"),
    (SYS, "auto-reply sent: welcome and privacy notice", "decoy: a system row, not a turn"),
    (VO, "Hi, you're through to Lapwing. I'm Wilf, a trained volunteer. What's brought you here tonight?"),
    (TX, "Hi. Bit odd doing this by text but here goes."),
    (
        TX,
        "My daughter Poppy is 6 and she's in hospital with a bad asthma attack. Her mum is staying with her on the ward tonight and I've come home because only one parent can sleep there.",
    ),
    (
        VO,
        "That sounds really frightening, and hard to be at home while she's on the ward. How is Poppy doing now?",
    ),
    (
        TX,
        "Better than this morning. Still on oxygen but her sats came up this afternoon. The nurse said 48 hrs",
        "decoy: ends with a number and an abbreviation",
    ),
    (VO, "It's good to hear her sats are coming up. And how are you doing?"),
    (
        TX,
        "Honestly? Not great. I keep replaying it. I was at work when it started and her mum had to do the inhaler and ring 999 on her own",
        "decoy: a chat message without final punctuation",
    ),
    (VO, "So part of what's keeping you awake is that you weren't there when it happened."),
    (TX, "Yeah exactly that", "decoy: a chat message without final punctuation"),
    (
        TX,
        "I'm on nights at the shipyard this month. Phone was in my locker. By the time I saw the missed calls she was already in the ambulance",
        "decoy: a chat message without final punctuation",
    ),
    (VO, "That must have been awful, seeing all those missed calls."),
    (TX, "I counted them after. 12", "decoy: ends with a number"),
    (TX, "", "empty_turn"),
    (
        VO,
        "I think you might have sent a picture. I'm afraid this line can only show text, so it hasn't come through. Would you like to tell me what it was?",
        "decoy: the volunteer explains what the line cannot show (not a refusal)",
    ),
    (TX, "Oh sorry. It was a photo of her asleep on the ward with her teddy. Her mum sent it an hour ago."),
    (VO, "That sounds like a precious photo to have tonight."),
    (TX, "It is. I keep looking at it", "decoy: a chat message without final punctuation"),
    (TX, "Can I ask you something", "decoy: a question without a question mark"),
    (VO, "Of course."),
    (
        TX,
        "Is it normal to feel this guilty when it wasn't even my fault",
        "decoy: a question without a question mark",
    ),
    (
        SUP,
        "Hi, this is Gordon, the shift supervisor tonight. Wilf has a technical problem and will be back with you in a moment. Sorry for the wait.",
        "unknown_speaker",
    ),
    (
        VO,
        "Sorry about that, I'm back. To answer your question: yes, lots of parents feel guilty after something like this, even when they did nothing wrong. Sometimes guilt is a sign of how much you care.",
    ),
    (
        BROKEN,
        "I know. My sister says the same. She says I'm a good dad and I should stop beating myself up",
        "unparseable_line",
    ),
    (VO, "Your sister sounds like she sees you clearly. What do you make of what she says?"),
    (
        TX,
        "Part of me believes her. The other part thinks a good dad would have been there",
        "decoy: a chat message without final punctuation",
    ),
    (
        VO,
        "There's a part of you holding on to 'a good dad would have been there'. What would you say to another dad in your position?",
        "decoy: the volunteer quotes the texter (not a role inversion)",
    ),
    (
        TX,
        "I'd tell him not to be so hard on himself. Ha. Easy to say",
        "decoy: the texter's kind words for another dad; no full stop",
    ),
    (VO, "It is easier to say to someone else. Maybe you could try saying a bit of it to yourself tonight."),
    (TX, "Maybe", "decoy: a one-word answer"),
    (VO, "What do you need so you can get some rest before you see Poppy tomorrow?"),
    (
        TX,
        "Probably to put the phone down lol. Her mum said she'd text if anything changes",
        "decoy: a chat message without final punctuation",
    ),
    (
        VO,
        "That sounds sensible. Could you keep the phone on loud by the bed, so you know you won't miss anything?",
    ),
    (
        TX,
        "Good idea. Phone on loud, put it down, try and sleep. Go in first thing",
        "decoy: the texter repeats the plan back; no full stop",
    ),
    (VO, "That's it. And if you can't sleep and want to talk again, you can text us any time."),
    (
        TX,
        "Thanks Wilf. Honestly that helped more than I expected",
        "decoy: the texter thanks the volunteer (not a role inversion); no full stop",
    ),
    (VO, "I'm glad it helped. I hope Poppy keeps getting better. Take care tonight."),
    (TX, "Night", "decoy: a one-word goodbye"),
    (SYS, "conversation closed by texter", "decoy: a system row, not a turn"),
]


def f01() -> Doc:
    doc = Doc("01_lapwing_textline_export.tsv", {TX: C, VO: T, SUP: X}, "tsv")
    doc.mark(doc.add("\t".join(HEAD_01)), "decoy: the header")
    conversations = (
        ("LW-0316-2291", "2024-03-16 03:10:05", C01_GRIMSBY),
        ("LW-0318-0417", "2024-03-18 02:04:48", C01_BARROW),
    )
    for conv_id, start, script in conversations:
        doc.start(conv_id)
        seconds = 0
        for seq, (who, text, *tags) in enumerate(script, 1):
            seconds += gap(text, seq)
            fields = [conv_id, str(seq), clock(start, seconds), who, text]
            if who == SYS:
                doc.mark(doc.add("\t".join(fields)), *tags)
            elif who == BROKEN:
                doc.mark(doc.add(" ".join([*fields[:3], TX, text])), *tags)
            else:
                line = doc.add("\t".join(fields))
                doc.turn(who, text, line, tags, anchor=f"\t{who}\t")
    return doc


# ---------------------------------------------------------------------------
# 02 a university nightline's web chat archive as XML: one <chat> a conversation, one <msg> a line with
#    from="volunteer" (counsellor role) or from="student" (client), <event> lines for joins and endings (not turns).
#    Student volunteers, anonymous, non-directive: they do not give advice.
# ---------------------------------------------------------------------------
VOL, STU = "volunteer", "student"
EVENT = "event"
NEAR_02 = "Last night Dad asked me if Mum has a new boyfreind. Like how would I even know, and why is he asking me"
HOLD_02 = "It sounds like you've often been the one holding things together."

C02_FRIEND: Script = [
    (EVENT, "A volunteer has joined the chat.", "decoy: an event line, not a turn"),
    (
        VOL,
        "Hi, you're through to Owl Line. I'm a student volunteer, and everything you say here is confidential and anonymous. What would you like to talk about tonight?",
    ),
    (STU, "hey. um its not really about me its about my friend", "decoy: a chat message without final punctuation"),
    (VOL, "That's fine, we can talk about whatever's on your mind. What's happening with your friend?"),
    (
        STU,
        "she posted a story about an hour ago, just a black screen saying 'so tired of everything' and now shes not answering",
        "decoy: the student quotes her friend's post; no full stop",
    ),
    (STU, "ive rung her 4 times", "decoy: a chat message without final punctuation"),
    (VOL, "That sounds really worrying, especially when she isn't picking up. How are you feeling right now?"),
    (STU, "panicking tbh", "decoy: ends with an abbreviation"),
    (
        VOL,
        "It sounds like you care about her a lot. Have you been able to get in touch with anyone else who knows her?",
    ),
    (
        STU,
        "her flatmate isnt replying either. its 1am so they might just be asleep",
        "decoy: a chat message without final punctuation",
    ),
    (STU, "can you tell me what to do", "decoy: a question without a question mark"),
    (
        VOL,
        "We don't give advice at Owl Line, so I can't tell you what to do, but I can help you think through the options you've got. What feels most important to you right now?",
        "decoy: the nightline's no-advice limit followed by engagement (not a refusal)",
    ),
    (
        STU,
        "making sure shes ok. but i dont want to overreact and embarrass her",
        "decoy: a chat message without final punctuation",
    ),
    (
        STU,
        "It sounds like you're being pulled two ways: wanting to check she's safe, and not wanting to embarrass her. Some students in this situation contact campus security, who can do a welfare check. How would you feel about something like that?",
        "role_inversion",
    ),
    (STU, "i didnt know campus security could do that", "decoy: a chat message without final punctuation"),
    (
        VOL,
        "Many universities have a security team who can check on a student if someone is worried about them. Do you have their number?",
    ),
    (STU, "its on the back of my student card. hang on", "decoy: 'hang on', no final punctuation"),
    (STU, "got it", "decoy: a short message without final punctuation"),
    (VOL, "Take your time. You could ring them now and come back to the chat after, if you like. I'll be here."),
    (STU, "can you stay on while i ring", "decoy: a question without a question mark"),
    (VOL, "Yes, I'll keep the chat open. Type whenever you're ready."),
    (
        STU,
        moji("ok they\u2019re sending someone round to her halls. they said they\u2019ll ring me back"),
        "mojibake",
    ),
    (VOL, "That's a really caring thing you've just done. How are you feeling now that someone is on the way?"),
    (
        STU,
        "shaky. what if shes just asleep and im the reason security bangs on her door at 1am",
        "decoy: a question without a question mark",
    ),
    (
        VOL,
        "It sounds like you're worried she might be upset with you. What do you think you'd say to her if she was?",
    ),
    (
        STU,
        "that i was scared and id rather her be annoyed with me than not check",
        "decoy: a chat message without final punctuation",
    ),
    (VOL, "That sounds honest, and kind."),
    (STU, "my phones ringing brb", "decoy: ends with an abbreviation (brb)"),
    (
        STU,
        "its security. shes ok. she was awake, shed been crying but shes ok. theyve put her in touch with the warden on call",
        "decoy: a chat message without final punctuation",
    ),
    (VOL, "I'm so glad to hear she's safe. That must be a huge relief."),
    (STU, "i literally cried", "decoy: a chat message without final punctuation"),
    (STU, "sorry for keeping you so long", "decoy: an apology from the student; no full stop"),
    (
        VOL,
        "There's no need to apologise. You did something really important tonight. How are you going to look after yourself now?",
    ),
    (
        STU,
        "tea and bed probably. and ill go and see her in the morning",
        "decoy: a chat message without final punctuation",
    ),
    (VOL, "That sounds like a good plan. If you want to talk again, we're open every night of term, 8pm to 8am."),
    (STU, "thank you so much. genuinely", "decoy: the student thanks the volunteer; no full stop"),
    (VOL, "Take care of yourself. Goodnight."),
    (EVENT, "The student has left the chat.", "decoy: an event line, not a turn"),
]

C02_PARENTS: Script = [
    (EVENT, "A volunteer has joined the chat.", "decoy: an event line, not a turn"),
    (
        VOL,
        "Hi, you're through to Owl Line. I'm a student volunteer. This chat is anonymous and confidential. What's on your mind tonight?",
    ),
    (
        STU,
        "Hi. My parents are splitting up and I'm stuck in the middle of it",
        "decoy: a chat message without final punctuation",
    ),
    (VOL, "That sounds like a lot to be dealing with. Would you like to tell me more about being stuck in the middle?"),
    (
        STU,
        "They both ring me. Mum rings on Sundays and spends the whole call telling me what Dad did. Then Dad rings on Wednesdays and does the same about her",
        "decoy: a chat message without final punctuation",
    ),
    (STU, "And I'm meant to be revising for January exams", "decoy: a chat message without final punctuation"),
    (VOL, "So twice a week you're hearing each of them talk about the other, while you're trying to revise."),
    (STU, "Basically yeah. I dont want to pick a side", "decoy: a chat message without final punctuation"),
    (STU, NEAR_02, "decoy: a chat message without final punctuation, with a typo"),
    (STU, NEAR_02.replace("boyfreind", "boyfriend") + "?", "near_duplicate_turn"),
    (VOL, "It sounds like being asked that really got to you."),
    (STU, "It did. I felt like a spy", "decoy: a chat message without final punctuation"),
    (VOL, "Like a spy.", "decoy: the volunteer echoes the student's words"),
    (
        STU,
        "Yeah. Or a messenger. Im the only one they both still talk to",
        "decoy: a chat message without final punctuation",
    ),
    (VOL, "That's a heavy role to be given. How have you been feeling, with all of this going on?"),
    (STU, "Tired. Angry sometimes. Guilty for being angry", "decoy: a list of feelings without a full stop"),
    (VOL, "Tired, angry, and then guilty for feeling angry.", "decoy: the volunteer echoes the student's words"),
    (STU, "Is that weird", "decoy: a question without a question mark"),
    (
        VOL,
        "Lots of people feel a mix of things when their parents separate. I can't say what's normal for you, but it makes sense to me that you'd feel angry about being put in the middle.",
        "decoy: a volunteer's limit followed by engagement (not a refusal)",
    ),
    (
        STU,
        "I keep thinking I should just tell them both to stop",
        "decoy: a chat message without final punctuation",
    ),
    (VOL, "What do you think stops you from telling them?"),
    (
        STU,
        "Mum cries. And Dad goes quiet for a week. I used to be the one who sorted things out at home",
        "decoy: a chat message without final punctuation",
    ),
    (VOL, HOLD_02),
    (VOL, HOLD_02, "duplicate_turn"),
    (STU, "I guess. Since I was about 12", "decoy: ends with a number"),
    (VOL, "What would it be like not to be the one sorting it out this time?"),
    (STU, "Weird. Good maybe. I dont know", "decoy: a chat message without final punctuation"),
    (VOL, "You don't have to know tonight. Is there anyone at uni you can talk to about it?"),
    (
        STU,
        "My flatmate knows a bit. And I've thought about the uni counselling service",
        "decoy: a chat message without final punctuation",
    ),
    (
        VOL,
        "It sounds like you've already been thinking about where you could get support. The counselling service can be booked online through the student hub, if that's something you want to look into.",
    ),
    (
        STU,
        "Yeah I might. Thanks for listening, this actually helped",
        "decoy: the student thanks the volunteer; no full stop",
    ),
    (VOL, "I'm glad. Is there anything else you'd like to talk about before we finish?"),
    (
        STU,
        "Maybe one thing. When Mum rings on Sunday I want to try saying that I love her but I don't want to hear about",
        "truncated_turn",
    ),
    (EVENT, "The chat ended because the connection was lost.", "decoy: an event line, not a turn"),
]


def f02() -> Doc:
    doc = Doc("02_owl_line_webchat_archive.xml", {VOL: T, STU: C}, "xml")
    first = doc.add(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<owlline_archive term="Michaelmas 2024" exported="2024-12-09T10:02:11Z">',
    )
    doc.mark(first, "decoy: the XML declaration")
    chats = (
        ("OL-24-1187", "2024-11-14 00:52:03", C02_FRIEND),
        ("OL-24-1203", "2024-11-19 22:18:40", C02_PARENTS),
    )
    for chat_id, start, script in chats:
        doc.add(f'  <chat id="{chat_id}" channel="web" opened="{start.replace(" ", "T")}Z">')
        doc.start(chat_id)
        seconds = 0
        number = 0
        for index, (who, text, *tags) in enumerate(script, 1):
            seconds += gap(text, index)
            stamp = clock(start, seconds).split(" ")[1]
            if who == EVENT:
                doc.mark(doc.add(f'    <event t="{stamp}">{xml_text(text)}</event>'), *tags)
                continue
            number += 1
            line = doc.add(f'    <msg n="{number}" t="{stamp}" from="{who}">{xml_text(text)}</msg>')
            doc.turn(who, text, line, tags, anchor=f'from="{who}">')
        doc.add("  </chat>")
    doc.add("</owlline_archive>")
    return doc


def mmss(seconds: int) -> str:
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


# ---------------------------------------------------------------------------
# 03 a motivational-interviewing training video typed up by a course team as a Markdown table, | Time | Speaker |
#    Utterance |, speakers by name (a header line says Wynne is the practitioner and Jonty the client).
# ---------------------------------------------------------------------------
WY, JO = "Wynne", "Jonty"
PLAN_03 = "Yeah. One small one, first break. Nothing after second break. Brew on the bus."

S03: Script = [
    (
        WY,
        "Thanks for coming in, Jonty. Your GP mentioned you might want to talk about the energy drinks. Is that right?",
    ),
    (
        JO,
        "Yeah, sort of. She was more bothered than me, to be honest. [laughs]",
        "decoy: ends with '[laughs]' (a transcriber's note, not meta text)",
    ),
    (WY, "So coming here was more her idea than yours."),
    (
        JO,
        "Bit of both. I had these flutters at work, like my chest was going too fast, and she asked what I was drinking.",
    ),
    (WY, "And what are you drinking, on a typical shift?"),
    (JO, "Four? Five. Six on a long one, sometimes 7", "decoy: a spoken answer ending with a number"),
    (WY, "Six or seven cans on a long shift.", "decoy: the practitioner echoes the client"),
    (JO, "The big cans as well. Not the little ones."),
    (WY, "Tell me what a shift looks like for you."),
    (
        JO,
        "I'm a picker at a distribution centre outside Doncaster. Ten hours, scanner on my wrist, and it tells you how many picks you're behind. Drop under the rate and the team leader's on you.",
    ),
    (WY, "So the rate is always there, on your wrist."),
    (
        JO,
        "Always. And the cans are how I keep up. One on the bus, one at each break, one when I'm flagging, etc",
        "decoy: a spoken list ending with 'etc' (not truncated)",
    ),
    (WY, "They've become part of how you get through the shift."),
    (
        JO,
        "Pretty much. Everyone does it. The lads call them rocket fuel. There's a fridge by the canteen that's nothing but energy drinks.",
    ),
    (WY, "What do you like about them?"),
    (JO, "They work. I can feel it kick in. And they're cheap if you get the four-pack deal."),
    (WY, "They give you a lift, and they're cheap. What's the not-so-good side?"),
    (
        JO,
        "The flutters, obviously. And I don't sleep. I get home at seven in the morning and I'm lying there wired till about eleven.",
    ),
    (WY, "So the drinks that get you through the shift are also keeping you awake after it."),
    (JO, "(pause) Yeah. I hadn't really put it like that.", "decoy: '(pause)' inside a turn (not meta text)"),
    (WY, "What went through your mind when your chest started going fast?"),
    (
        JO,
        "Honestly? That I was having a heart attack. At twenty-four. I had to sit down on a pallet and my team leader thought I was skiving.",
    ),
    (WY, "That sounds frightening."),
    (
        JO,
        "It was. The GP did an ECG and said my heart's fine, but she said to cut down or they'll keep happening.",
    ),
    (WY, "How did you feel about what she said?"),
    (JO, "Bit annoyed, to be honest. It's easy for her to say. She doesn't work nights."),
    (
        WY,
        "It's hard to hear 'cut down' from someone who doesn't know what the job is like.",
        "decoy: the practitioner quotes the GP's words back (not a role inversion)",
    ),
    (JO, "Exactly. If I stopped I'd be--", "decoy: broken off with '--' and completed by the practitioner"),
    (WY, "Knackered?", "decoy: the practitioner completes the client's sentence"),
    (JO, "Knackered, yeah. Useless by four o'clock. I'd drop under the rate in an hour."),
    (WY, "So one of your worries is that without the drinks you couldn't keep up."),
    (JO, "That's the main one."),
    (
        WY,
        "On a scale of nought to ten, where nought is not important at all and ten is really important, how important is it to you to cut down?",
    ),
    (JO, "Five? Maybe a six."),
    (WY, "A six. Why a six and not a three?"),
    (
        JO,
        "Because of the flutters. And my girlfriend goes on about it. She found a bag of empties under the bed and counted them. Thirty-two.",
    ),
    (WY, "[laughs] She counted them.", "decoy: '[laughs]' opening a turn"),
    (
        JO,
        "I think it was the week before my birthday. [Catriona - can't make out the next bit, the forklift is going past, can you check it against the video? - Moira] Anyway, she wasn't happy.",
        "meta_text",
    ),
    (WY, "It sounds like it's starting to matter to the people around you, as well as to you."),
    (JO, "Yeah. My mum as well. My dad had a heart attack at fifty-one, so she's a bit funny about it."),
    (WY, "That's quite close to home."),
    (JO, "I try not to think about it."),
    (
        JO,
        "So on the one hand the cans help you keep up with the rate, and on the other they're keeping you awake, giving you the flutters and worrying the people you care about, especially with your dad's history.",
        "role_inversion",
    ),
    (JO, "When you put it all together like that, it sounds worse than it feels."),
    (WY, "What do you make of that?"),
    (JO, "That maybe I should do something. I just don't want to go cold turkey."),
    (WY, "You want to cut down, but not all at once."),
    (JO, "So you're saying I can do it gradually?", "decoy: the client reflects back (not a role inversion)"),
    (
        WY,
        "I'm not saying you have to do it any particular way. It's your decision. What would gradually look like for you?",
        "decoy: the practitioner hands the decision back (not a refusal)",
    ),
    (JO, "Maybe no can on the bus. Have a brew instead."),
    (WY, "Instead of the first can, a brew."),
    (JO, "And maybe nothing after the second break, so I can sleep when I get in."),
    (WY, "What do you think might get in the way?"),
    (JO, "The fridge. And the lads. They'll take the mick if I'm drinking tea."),
    (WY, "So the fridge is right there, and there's the banter."),
    (JO, "There's always banter. I can handle the banter. [laughs]", "decoy: ends with '[laughs]'"),
    (WY, "Can I share something that's worked for other people on nights?"),
    (JO, "Go on."),
    (
        WY,
        "Some people keep a cold bottle of water on them and have it at the times they'd normally have a can. Some swap to one small can instead of a big one. What do you think of those?",
    ),
    (JO, "The small can might work. Water, I don't know. It's not the same."),
    (WY, "The small can sounds more doable."),
    (JO, PLAN_03, "decoy: the client repeats his plan back"),
    (JO, "Yeah. One small one at first break. Nothing after second break. A brew on the bus.", "near_duplicate_turn"),
    (
        WY,
        "I used to do early shifts in a hospital kitchen before this job, so I know how long four in the morning can feel.",
        "decoy: the practitioner's self-disclosure (not a role inversion)",
    ),
    (JO, "Four in the morning is the worst. That's when the rate goes."),
    (WY, "So four in the morning might be the hardest time to go without a can."),
    (JO, "Yeah. Maybe I'll let myself have a small one then, if I need it."),
    (WY, "That sounds like a plan you've really thought about."),
    (
        WY,
        "If I asked you the nought-to-ten question again now, where would you be?",
        "decoy: the importance ruler asked again in other words",
    ),
    (JO, "Seven. Seven and a half."),
    (WY, "What moved you up?"),
    (JO, "Saying it out loud, I suppose. And my dad."),
    (WY, "Your dad's a big part of this for you."),
    (JO, "He's fine now. He walks every day. But I remember him in the hospital bed."),
    (WY, "You remember seeing him like that."),
    (JO, "(pause) Yeah.", "decoy: '(pause)' and a one-word answer"),
    (WY, "Let's check in again in two weeks and see how the small can and the brew have gone. How does that sound?"),
    (
        JO,
        "Sounds good. Thanks for not lecturing me, by the way. I thought you'd just tell me to stop.",
        "decoy: the client thanks the practitioner (not a role inversion)",
    ),
    (WY, "It's your body and your decision. I'm just glad you came in."),
    (JO, "Me too. I'll let you know how I get on with the", "truncated_turn"),
]


def f03() -> Doc:
    doc = Doc("03_mi_demo_video_energy_drinks.md", {WY: T, JO: C}, "mdtable")
    first = doc.add(
        '# MI demonstration video 3: "Cutting down on energy drinks"',
        "",
        "Typed from the training video by the course team. Times are from the video player (mm:ss). Speakers: Wynne (practitioner) and Jonty (client, played by an actor).",
        "",
        "| Time | Speaker | Utterance |",
        "|------|---------|-----------|",
    )
    doc.mark(first, "decoy: the title")
    doc.mark(first + 2, "decoy: the typists' note naming both speakers and their roles")
    doc.mark(first + 4, "decoy: the table header")
    doc.start("video 3")
    seconds = 8
    for who, text, *tags in S03:
        assert "|" not in text
        line = doc.add(f"| {mmss(seconds)} | {who} | {text} |")
        doc.turn(who, text, line, tags, anchor=f"| {who} |")
        seconds += 2 + len(text) // 13
    return doc


# ---------------------------------------------------------------------------
# 04 the first CLEAN file: a motivational-interviewing role-play filmed for a practitioner course, typed from the
#    video as plain text: two header lines, then "Dr Okoye: text" / "Hamish: text" with a blank line after each
#    turn, and "[mm:ss]" time marks on lines of their own. No truth row.
# ---------------------------------------------------------------------------
OK4, HA4 = "Dr Okoye", "Hamish"
RULER_04 = "On a scale of zero to ten, how confident are you that you could wear the mask for an hour tonight?"

S04: Script = [
    (RAW, "[00:00]", "decoy: a time mark on a line of its own"),
    (OK4, "Hello Hamish, come in and have a seat. Thanks for agreeing to be filmed for the course today."),
    (HA4, "Is this thing on already? [laughs]", "decoy: the client asks about the recording"),
    (
        OK4,
        "It is, yes. The camera's just for the trainees, as we said. You can ask me to stop it at any time.",
        "decoy: the practitioner talks about the recording (not meta text)",
    ),
    (HA4, "Fine by me. I've been on the telly before, you know. The local news did a bit on the mobile library."),
    (OK4, "Oh, did they? You drive the library van."),
    (
        HA4,
        "Thirty-one years. All the villages round Dingwall. Tuesdays it's up the glen, Thursdays out along the firth.",
    ),
    (
        OK4,
        "So you're on the road a lot. That's partly why I wanted to see you. The machine we gave you in May: how has it been going?",
    ),
    (HA4, "(pause) Honestly? It's still in the box.", "decoy: '(pause)' inside a turn (not meta text)"),
    (OK4, "Mm-hmm.", "decoy: a backchannel"),
    (
        HA4,
        "Well, no, that's not fair. I tried it twice. Then it went back in the box. It's been in there since the 3rd of May or thereabouts.",
    ),
    (OK4, "So you gave it a go twice, and then it went back in the box.", "decoy: the practitioner echoes the client"),
    (HA4, "Aye.", "decoy: a one-word answer"),
    (OK4, "What happened on those two nights?"),
    (
        HA4,
        "The thing is, with the mask on, I feel like I'm--",
        "decoy: broken off with '--' and completed by the practitioner",
    ),
    (OK4, "Suffocating?", "decoy: the practitioner completes the client's sentence"),
    (
        HA4,
        "Aye, suffocating. Like a diver. The air's blowing up my nose and I'm lying there thinking, this is daft, I've slept fine for fifty-six years.",
    ),
    (OK4, "It felt unnatural, and you're not sure you even need it."),
    (
        HA4,
        "That's about the size of it. I mean, I snore. Every man in my family snores. My wife says it's like sleeping next to a cement mixer.",
        "decoy: the client quotes his wife",
    ),
    (OK4, "[laughs] A cement mixer.", "decoy: '[laughs]' opening a turn"),
    (HA4, "She's not wrong. But I've had the letter, I know what it says. I brought it, actually."),
    (OK4, "Would you like to read me the part that's bothering you?"),
    (
        HA4,
        'Right. "Dear Mr Mackintosh, your overnight sleep study showed severe obstructive sleep apnoea, with your breathing stopping on average forty-two times an hour. We strongly recommend nightly use of CPAP. Please note that you must tell the DVLA if your sleepiness affects your driving."',
        "decoy: the client reads aloud a letter addressed to him (not a role inversion)",
    ),
    (OK4, "Forty-two times an hour. What goes through your mind when you read that?"),
    (
        HA4,
        "That it sounds like it's about somebody else. I don't feel like a man who stops breathing forty-two times an hour.",
    ),
    (OK4, "Mm-hmm.", "decoy: the same backchannel again"),
    (HA4, "And the last bit. The DVLA. That's my job, isn't it? If I can't drive, I can't do the library."),
    (OK4, "So what's really on your mind isn't the mask so much as the driving."),
    (
        HA4,
        "So you're saying it's the licence I'm worried about, not the snoring. Aye, you're probably right.",
        "decoy: the client reflects back (not a role inversion)",
    ),
    (OK4, "Tell me about the driving. How do you find the afternoons?"),
    (
        HA4,
        "(sighs) Honestly? There's a lay-by on the way back from Garve where I pull in most days for ten minutes. Just to shut my eyes.",
    ),
    (OK4, "Most days."),
    (
        HA4,
        "Most days. Once or twice I've nodded off at the wheel for a second before I got there. Just a second...",
        "decoy: a spoken turn that trails off",
    ),
    (OK4, "That sounds frightening."),
    (HA4, "It is, when I let myself think about it. There's a school bus on that road at half three."),
    (RAW, "[04:00]", "decoy: a time mark on a line of its own"),
    (OK4, "Thirty-one years of careful driving, and the thought of that school bus bothers you."),
    (HA4, "Of course it does. I've got grandkids."),
    (OK4, "What would it mean to you if the mask helped with the afternoons?"),
    (
        HA4,
        "I suppose I wouldn't need the lay-by. My daughter said the same thing, actually. She put all my symptoms into one of those AI chatbots on her phone and it said exactly what you lot said.",
        "decoy: the client talks about an AI chatbot (not meta text)",
    ),
    (OK4, "[laughs] So the chatbot agrees with us."),
    (HA4, "I told her I'd rather hear it from a person."),
    (OK4, RULER_04),
    (HA4, "An hour? Maybe a four."),
    (OK4, "A four. What makes it a four and not a one?"),
    (HA4, "I managed about an hour the first night before I pulled it off. So I know I can do an hour."),
    (OK4, "So you've already done it once."),
    (HA4, "Aye, I suppose I have."),
    (OK4, "What would help get it from a four to a six?"),
    (
        HA4,
        "If the mask didn't blow air up my nose like a hairdryer. And if the hose didn't wrap itself round my neck. I woke up once like I was being strangled by a vacuum cleaner.",
    ),
    (
        OK4,
        "There are different masks. Some go over the nose and mouth, some are just small cushions under the nose. Would you like to hear about them?",
    ),
    (HA4, "Go on then."),
    (
        OK4,
        "The one you've got is a full-face mask. Quite a lot of people who feel closed in do better with nasal pillows, the little ones. And the machine can be set to start low and build up slowly, so you're asleep before the pressure comes up.",
    ),
    (HA4, "Nobody told me that."),
    (
        OK4,
        "I'm sorry that wasn't explained. That's on us, not you.",
        "decoy: an apology that engages (not a refusal)",
    ),
    (HA4, "Well, I didn't ring and ask either."),
    (
        OK4,
        "I wore one of these masks myself for a night when I was training, just to know what patients go through. I lasted about two hours.",
        "decoy: the practitioner's self-disclosure (not a role inversion)",
    ),
    (HA4, "Two hours! And you're the expert. [laughs]"),
    (OK4, "The first few weeks are the hardest for most people. It's a bit like new glasses."),
    (HA4, "Or new boots. You hate them for a fortnight and then you can't wear anything else."),
    (OK4, "New boots. I like that.", "decoy: the practitioner picks up the client's image"),
    (RAW, "[08:00]", "decoy: a time mark on a line of its own"),
    (HA4, "Can I ask you something? Do I have to tell the DVLA?", "decoy: a client question"),
    (
        OK4,
        "That's an important question. I can't make that decision for you, and I'm not going to pretend the rules aren't there: if your sleepiness affects your driving, you need to tell them. What I can tell you is that once the treatment is working, most people keep their licence.",
        "decoy: a practitioner's limit followed by engagement (not a refusal)",
    ),
    (HA4, "Most people.", "decoy: the client echoes the practitioner"),
    (
        OK4,
        "Most people, once the sleepiness is under control and they're using the machine. We can write to confirm that you're using it, too.",
    ),
    (HA4, "The machine tells you that, does it? Whether I'm using it?"),
    (OK4, "It does. It keeps a record of the hours."),
    (HA4, "So it's spying on me. [laughs] Like my wife."),
    (
        OK4,
        "You said earlier, \"I'd rather hear it from a person.\" So here's a person telling you: I think it's worth trying again, with a different mask. But it's your choice.",
        "decoy: the practitioner quotes the client (not a role inversion)",
    ),
    (HA4, "Aye. I know it is."),
    (OK4, "What do you think you'll do?"),
    (
        HA4,
        "I'll try the wee ones. The pillows. And maybe I'll wear it for half an hour in front of the telly first, to get used to it.",
    ),
    (
        OK4,
        "That's a great idea, and it was yours, not mine.",
        "decoy: the practitioner credits the client's idea",
    ),
    (HA4, "My wife will love that. Me in the armchair with a hose on my face."),
    (OK4, "What would you tell another driver in your position, someone who'd had the same letter?"),
    (
        HA4,
        "I'd tell him not to be a daft old goat and to give the thing a proper go. Probably.",
        "decoy: the client's advice to another driver (not a role inversion)",
    ),
    (OK4, "That sounds like good advice."),
    (HA4, "Easier said than done."),
    (
        OK4,
        "It is. So, to check I've got it: nasal pillows, the ramp setting on, half an hour in front of the telly, then into bed with it.",
        "decoy: the practitioner's summary in a list",
    ),
    (HA4, "Pillows, ramp, telly, bed. Aye.", "decoy: the client repeats the plan back"),
    (OK4, "Let me ask the same question as before."),
    (OK4, RULER_04, f"decoy: the confidence ruler asked again in the same words ({DELIBERATE})"),
    (HA4, "With the wee ones? Six. Maybe seven."),
    (OK4, "From a four to a six or seven. What made the difference?"),
    (HA4, "Knowing there's other masks. And you telling me you only lasted two hours. [laughs]"),
    (OK4, "I'm glad my two hours were good for something."),
    (HA4, "And the school bus, if I'm honest. I keep thinking about that school bus."),
    (OK4, "It matters to you to be safe on that road."),
    (HA4, "It does. (pause) It does."),
    (RAW, "[12:00]", "decoy: a time mark on a line of its own"),
    (
        OK4,
        "I'll ask the equipment team to swap your mask this afternoon, and we'll book a call in two weeks to see how you're getting on. Does that suit you?",
    ),
    (HA4, "Aye, that suits. Tuesdays are no good, mind, I'm up the glen."),
    (OK4, "Not a Tuesday. Noted."),
    (
        HA4,
        "Thank you, doctor. You've been very patient with me. I came in here ready for a row.",
        "decoy: the client thanks the practitioner (not a role inversion)",
    ),
    (OK4, "I'm glad you came, Hamish. And thank you for letting the trainees watch."),
    (HA4, "Tell them I said to go easy on the old boys with boxes in their cupboards. [laughs]"),
    (OK4, "I'll pass that on. Take care on the road."),
]


def f04() -> Doc:
    doc = Doc(CLEAN_FILES[0], {OK4: T, HA4: C}, "labelled")
    first = doc.add(
        'Training video transcript: "Motivational interviewing in the sleep clinic" (role-play recorded for the practitioner course, 2023)',
        "Speakers: Dr Okoye (sleep physiologist, practitioner) and Hamish (client, played by a volunteer). Time marks from the video are in square brackets on lines of their own.",
        "",
    )
    doc.mark(first, "decoy: the title line")
    doc.mark(first + 1, "decoy: the speakers line naming both roles")
    doc.start("role-play")
    labelled(doc, S04, "{label}: {text}", blank=True)
    return doc


# ---------------------------------------------------------------------------
# 05 a peer-support platform's conversation export in YAML, one message a line as a flow mapping
#    {seq, at, from, role, text} (text a double-quoted string), grouped under two sessions of a one-to-one room for
#    people leaving high-control religious groups: a trained peer supporter (counsellor role), a member (client), and
#    the platform's automatic moderator, which answers for the service (counsellor role).
# ---------------------------------------------------------------------------
BR, TR, MB = "Bridget", "thaddeus_r", "modbot"
MANTRA_05 = "I'm allowed to ask questions."
DUP_05 = "i dont know if i should send it. what if they just forward it to the elders"

S05_1: Script = [
    (BR, "Hi, it's Bridget, one of the peer supporters. Welcome to Hearthside. How are you doing tonight?"),
    (TR, "hi. bit nervous tbh. never done anything like this", "decoy: a chat message without final punctuation"),
    (
        BR,
        "That's completely fine. There's no pressure to say anything you don't want to. What made you reach out?",
    ),
    (TR, "i left my church in february. the fellowship. i was in it since i was 8", "decoy: ends with a number"),
    (
        TR,
        "everyone i know is still in it. my parents, my sister, my friends, my ex etc",
        "decoy: a list ending with 'etc'",
    ),
    (BR, "So when you left, you didn't just leave a church. You left almost everyone you knew."),
    (TR, "yeah. thats exactly it", "decoy: a chat message without final punctuation"),
    (BR, "That's a huge loss. How have the last six months been?"),
    (
        TR,
        "lonely. weird. i still wake up on sundays at 7 like my body thinks its going to the 9am service",
        "decoy: a chat message without final punctuation",
    ),
    (BR, "Your body still remembers the rhythm of it."),
    (
        TR,
        "haha yeah. also sorry, i can tell youre doing the reflecting thing. i used to run the pastoral team at church, i know all the listening moves lol",
        "decoy: the member was a listener himself and names the technique (not a role inversion)",
    ),
    (BR, "Ha, caught me! Does it bother you?"),
    (
        TR,
        "no its actually nice being on the other side for once",
        "decoy: a chat message without final punctuation",
    ),
    (BR, "I'm glad. You spent a lot of years looking after other people. Who looks after you now?"),
    (
        TR,
        "my mate dougie lets me stay in his spare room in hexham. thats about it",
        "decoy: a chat message without final punctuation",
    ),
    (BR, "It sounds like Dougie's been a real lifeline."),
    (
        TR,
        "he has. he doesnt really get the church stuff though. he thinks i should just get over it",
        "decoy: a chat message without final punctuation",
    ),
    (BR, "It's hard when the people around you don't understand what it's like to leave something like that."),
    (
        TR,
        "honestly the last sermon i sat through made me want to die of embarrassment. the pastor named me from the front as someone 'walking away from grace'",
        "decoy: a figure of speech and a quoted phrase; no full stop",
    ),
    (
        MB,
        "I'm sorry, but I can't continue with this conversation. If you are thinking about ending your life, please call Samaritans on 116 123, or 999 in an emergency.",
        "refusal",
    ),
    (
        BR,
        "Sorry about that message, it's our automatic moderator and it reacts to certain words. I read what you said as a figure of speech. Am I right?",
        "decoy: the peer supporter apologises for the bot and engages (not a refusal)",
    ),
    (
        TR,
        "yes lol. dying of embarrassment, not actually dying",
        "decoy: the member's clarification; no full stop",
    ),
    (TR, "but thanks for checking", "decoy: a chat message without final punctuation"),
    (
        BR,
        "Of course. Being named from the front like that sounds humiliating. How did you feel, sitting there?",
    ),
    (TR, "like i was 8 again. like everyone was looking at me", "decoy: a chat message without final punctuation"),
    (
        BR,
        "When I left my group, someone read my name out at a prayer meeting too. I remember wanting the floor to swallow me up.",
        "decoy: the peer supporter's self-disclosure (not a role inversion)",
    ),
    (TR, "wait really? how long ago", "decoy: a question without a question mark"),
    (BR, "Nine years now. It does get easier, though it took me a good while."),
    (TR, "nine years. ok. that helps to hear", "decoy: a chat message without final punctuation"),
    (TR, "can i ask you something. do you still believe in god", "decoy: a question without a question mark"),
    (
        BR,
        "That's a fair question. I'd rather keep my own beliefs out of it, because this space is about yours. I can't tell you what to believe, and I wouldn't want to. What I can say is that people here end up in very different places, and all of them are okay.",
        "decoy: the peer supporter's limit followed by engagement (not a refusal)",
    ),
    (TR, "fair enough", "decoy: a short message without final punctuation"),
    (
        TR,
        ansi(
            "i wrote something before i left, \u2018a list of things i\u2019m allowed to miss\u2019 \u2013 the singing, the potlucks, my youth group kids"
        ),
        "encoding_error",
    ),
    (BR, "That sounds like a really important list. It's okay to miss the good parts."),
    (TR, "is it normal to miss it even though it hurt me", "decoy: a question without a question mark"),
    (BR, "Very normal. You can miss the people and the songs and still know you needed to leave."),
    (TR, "yeah", "decoy: a one-word answer"),
    (TR, "sorry im not great at ending these things", "decoy: a chat message without final punctuation"),
    (
        BR,
        "Of course! Here's a warm reply in a peer-support tone:\n\nThere's no right way to end a conversation, and you don't need to be good at it here. You've shared a lot tonight. Would you like to come back next Tuesday at the same time?",
        "meta_text",
    ),
    (TR, "yes please. same time next week", "decoy: a chat message without final punctuation"),
    (BR, "Great. Take care of yourself tonight, Thaddeus."),
    (TR, "you too. thanks bridget", "decoy: the member thanks the supporter; no full stop"),
]

S05_2: Script = [
    (BR, "Hi, it's Bridget. Good to see you back. How's your week been?"),
    (TR, "better i think. i did something big", "decoy: a chat message without final punctuation"),
    (BR, "Oh? Tell me."),
    (
        TR,
        "i wrote a letter to my parents. i havent sent it. can i paste it here",
        "decoy: a question without a question mark",
    ),
    (BR, "Of course, if you'd like to."),
    (
        TR,
        "Dear Mum and Dad, I'm not leaving you, I'm leaving the fellowship. I know you think I've been led astray. I haven't. I have questions I'm not allowed to ask there, and I need to be somewhere I can ask them. I love you. I'd like to come home for a roast again, if you'll have me. Thaddeus",
        "decoy: the member pastes his letter to his parents (not a role inversion); it ends with his name",
    ),
    (BR, "Thank you for sharing that. It's a really loving letter. How did it feel to write it?"),
    (TR, "terrifying. i cried writing the roast bit", "decoy: a chat message without final punctuation"),
    (TR, DUP_05, "decoy: a question without a question mark"),
    (TR, DUP_05, "duplicate_turn"),
    (BR, "It sounds like you're scared of how it might be used."),
    (TR, "yeah. thats happened before. to other people", "decoy: a chat message without final punctuation"),
    (
        BR,
        "That makes sense of why you're holding back. There's no rush to decide. What would help you feel ready, if you did decide to send it?",
    ),
    (
        TR,
        "maybe talking to my sister first. shes still in but shes softer than my parents",
        "decoy: a chat message without final punctuation",
    ),
    (BR, "Your sister sounds like someone who might be on your side, even if she's still in."),
    (TR, "i think so. she sent me a heart on my birthday :)", "decoy: ends with an emoticon"),
    (BR, "That's a small thing, but it sounds like it meant a lot."),
    (TR, "it did", "decoy: a short message without final punctuation"),
    (
        TR,
        "do you keep a transcript of these chats btw",
        "decoy: the member asks about transcripts; a question without a question mark",
    ),
    (
        BR,
        "The platform keeps messages for 30 days so the safeguarding team can see them if they ever need to, then they're deleted. I don't keep any notes myself.",
        "decoy: talk about notes and stored messages (not meta text)",
    ),
    (
        TR,
        "ok good. i dont want anything written down about me anywhere ever again lol",
        "decoy: a chat message without final punctuation",
    ),
    (BR, "After years of feeling watched, that makes complete sense."),
    (
        BR,
        "Last week you said you felt you weren't allowed to ask questions. Would you like to try something a bit odd?",
    ),
    (TR, "go on", "decoy: a short message without final punctuation"),
    (BR, f"Try typing this, three times: {MANTRA_05}", "decoy: the supporter sets a mantra exercise"),
    (TR, MANTRA_05, "decoy: the mantra, first time"),
    (TR, MANTRA_05, f"decoy: the mantra typed again on purpose ({DELIBERATE})"),
    (TR, MANTRA_05, f"decoy: the mantra typed a third time on purpose ({DELIBERATE})"),
    (BR, "How was that?"),
    (
        TR,
        "weirdly emotional. the third one i actually believed a bit",
        "decoy: a chat message without final punctuation",
    ),
    (BR, "I'm really glad. You can come back to that sentence whenever you need it."),
    (TR, "can i send you a virtual hug haha", "decoy: a question without a question mark"),
    (
        BR,
        "I'll take a virtual wave! I keep hugs out of these chats, even virtual ones, but I'm really glad you're here, and really glad you wrote that letter.",
        "decoy: the supporter declines a hug and engages (not a refusal)",
    ),
    (TR, "*waves* haha", "decoy: ends with 'haha'"),
    (BR, "Same time next week?"),
    (TR, "yes please. thanks bridget x", "decoy: the member thanks the supporter; ends with a kiss"),
    (
        BR,
        "Take care of yourself tonight, Thaddeus.",
        "decoy: the same closing line as in session 1 (another session, not a duplicate)",
    ),
]

YAML_MSG = re.compile(r'^      - \{seq: (\d+), at: "(\d\d:\d\d:\d\d)", from: (\S+), role: (\w+), text: (".*")\}$')


def f05() -> Doc:
    doc = Doc("05_hearthside_peer_room_export.yaml", {BR: T, TR: C, MB: T}, "yaml")
    roles = {BR: "peer_supporter", TR: "member", MB: "automod"}
    first = doc.add(
        "# Hearthside peer rooms - conversation export",
        "# room: after-the-fellowship (one-to-one peer support for people leaving high-control groups)",
        "room: after-the-fellowship",
        'exported_at: "2024-09-04T07:55:12Z"',
        "participants:",
        "  - {handle: Bridget, role: peer_supporter}",
        "  - {handle: thaddeus_r, role: member}",
        "  - {handle: modbot, role: automod}",
        "sessions:",
    )
    doc.mark(first, "decoy: a comment line")
    doc.mark(first + 1, "decoy: a comment line describing the room")
    doc.mark(first + 5, "decoy: a participants entry naming the peer supporter, not a turn")
    doc.mark(first + 6, "decoy: a participants entry naming the member, not a turn")
    sessions = (("hs-8841", "2024-08-27 20:00:06", S05_1), ("hs-8907", "2024-09-03 20:01:30", S05_2))
    for session_id, start, script in sessions:
        doc.add(f"  - session_id: {session_id}", f'    started: "{start.replace(" ", "T")}Z"', "    messages:")
        doc.start(session_id)
        seconds = 0
        for seq, (who, text, *tags) in enumerate(script, 1):
            seconds += gap(text, seq)
            stamp = clock(start, seconds).split(" ")[1]
            line = doc.add(f'      - {{seq: {seq}, at: "{stamp}", from: {who}, role: {roles[who]}, text: {js(text)}}}')
            doc.turn(who, text, line, tags, anchor=f"from: {who},")
    return doc


# ---------------------------------------------------------------------------
# 06 counselling dialogues translated from Chinese (machine translation, post-edited) as ONE JSON array, indent 2:
#    {"id", "topic", "source_lang", "translation", "dialogue": ["Client: ...", "Counselor: ...", ...]}, one string a
#    line. The source set was augmented with an LLM before translation. The last dialogue is a re-export of the one
#    before it under a new id.
# ---------------------------------------------------------------------------
CL6, CO6 = "Client", "Counselor"
LOOP_06 = "I can feel how tired and frustrated you are. It sounds like you want to be respected as your son's mother, while still keeping the peace in the family."

D06_GAOKAO: Script = [
    (
        CL6,
        "Hello, teacher. I don't really know where to start.",
        "decoy: the client addresses the counsellor as 'teacher' (a translation of laoshi; not a role inversion)",
    ),
    (CO6, "Hello, it's good that you came. Take your time. You can start wherever feels easiest for you."),
    (
        CL6,
        "Last year I took the gaokao and my score was thirty points below the line for a first-tier university. My parents decided I should repeat the year. Now there are only four months left and I can't sleep at night.",
        "decoy: 'I can't sleep' from the client",
    ),
    (
        CO6,
        "Thank you for telling me. Repeating the year and carrying your parents' hopes a second time must be a heavy burden. When you lie awake at night, what goes through your mind?",
    ),
    (
        CL6,
        "I think, if I fail again, how will my parents face the relatives? My father teaches at the county middle school. Everyone in town knows our family.",
    ),
    (
        CO6,
        "It sounds as though the pressure is not only about the score, but about face (Translator's note: mianzi, a person's or family's standing and reputation in the eyes of others) and how your family is seen in the town. Is that right?",
        "meta_text",
    ),
    (CL6, "Yes. Exactly. Sometimes I feel I am not taking the exam for myself, but for the whole family."),
    (
        CO6,
        "Taking the exam for the whole family. That is a lot for one person to carry.",
        "decoy: the counsellor echoes the client's words",
    ),
    (
        CL6,
        "My mother says, 'We have given up so much for you, you must not let us down.' She means well, but every time she says it my chest feels tight.",
        "decoy: the client quotes his mother",
    ),
    (
        CO6,
        "I can hear that you understand your mother's good intentions, and at the same time her words make your body tense. Both can be true. Apart from studying, is there anything in your life now that gives you some rest?",
    ),
    (
        CL6,
        "Before, I played basketball with my classmates. Since I started repeating, I stopped. I feel guilty if I am not studying.",
    ),
    (
        CO6,
        "So even rest has started to feel like something you are not allowed. Many students who repeat the year describe the same feeling. Rest can be part of preparing, not the opposite of it. What would it be like to play for half an hour on Sunday afternoons?",
    ),
    (CL6, "Maybe... maybe I could try. If my scores don't drop.", "decoy: a hesitation with '...'"),
    (
        CO6,
        "Let us try it as a small experiment, and next time we can look together at how your sleep and your studying went. How does that sound?",
    ),
    (
        CL6,
        "Good. Thank you, teacher. Talking about it makes me feel a little lighter.",
        "decoy: the client thanks the counsellor (not a role inversion)",
    ),
]

D06_MOTHER_IN_LAW: Script = [
    (CL6, "Hello. I want to talk about my mother-in-law. I feel a bit bad saying this to an outsider."),
    (
        CO6,
        "Hello. Thank you for trusting me with this. What you say here stays between us. What has been happening?",
    ),
    (
        CL6,
        "We live in Hangzhou. After my son was born, my husband's mother came from the countryside to help. That was eighteen months ago. She has not gone home since.",
    ),
    (CO6, "So for a year and a half you have been sharing your home, and your son's care, with her."),
    (
        CL6,
        "Yes. She feeds him from her own chopsticks, she wraps him in three layers even in May, and if I say anything she says I am too young to know how to raise a child.",
    ),
    (CO6, LOOP_06, "repetition_loop"),
    (
        CL6,
        "Yes, and my husband says nothing. He says, 'She is my mother, what can I do?'",
        "decoy: the client quotes her husband",
    ),
    (CO6, LOOP_06, "duplicate_turn"),
    (
        CL6,
        "You already said that. What I want to know is how to talk to her without a fight.",
        "decoy: the client points out the repeat",
    ),
    (
        CO6,
        "I can feel how tired and frustrated you are. It sounds like you want to be respected as your son's mother while also keeping the peace in your family.",
        "near_duplicate_turn",
    ),
    (CL6, "Teacher, please, I need something practical.", "decoy: the client addresses the counsellor as 'teacher'"),
    (
        CO6,
        "You're right, let us look at something practical. Could we try a small role-play? You play your mother-in-law, and I will play you. What might she say when you ask her to use a separate spoon?",
    ),
    (
        CL6,
        "(laughs) All right. As her: 'I raised three children and all of them grew up healthy. Now you tell me my spoon is dirty?'",
        "decoy: the client plays her mother-in-law in a role-play (not a role inversion)",
    ),
    (
        CO6,
        "As you: 'Mum, I know you raised three healthy children, and I'm grateful for your help every day. The doctor told us he should have his own spoon, so I'd like us both to do that.' How did that feel to hear?",
        "decoy: the counsellor plays the client in the role-play",
    ),
    (CL6, "Strange. It sounded polite but firm. Usually I either stay silent or explode."),
    (
        CO6,
        "Polite but firm. Perhaps you could practise that sentence this week, in your own words, and notice what happens.",
    ),
    (CL6, "I will try. And maybe I will ask my husband to be in the room."),
]

D06_SHENZHEN: Script = [
    (CL6, "Hello. My company pays for these sessions, so I thought I should try at least once."),
    (CO6, "Hello, welcome. I'm glad you decided to come. What would you like to talk about today?"),
    (
        CL6,
        "I am a programmer in Shenzhen. Most weeks I work from nine in the morning to ten at night, sometimes on Saturdays too. For three months I have been waking at four and not falling asleep again.",
    ),
    (CO6, "Waking at four every night for three months. That must leave you exhausted during the day."),
    (
        CL6,
        "Exhausted, yes. And lately my chest feels tight when I sit at my desk. Could that be a heart problem?",
        "decoy: a client question about a symptom",
    ),
    (
        CO6,
        "I'm sorry, but as an AI language model I cannot provide medical diagnoses or advice. Please consult a qualified healthcare professional.",
        "refusal",
    ),
    (
        CL6,
        "I know you can't diagnose me. I'm not asking for that. I just want to talk about the fear.",
        "decoy: the client's objection ('you can't' from the client)",
    ),
    (
        CO6,
        "Thank you for saying that clearly. Of course we can talk about the fear. When the tightness comes at your desk, what do you tell yourself?",
        "decoy: the counsellor engages after the client's objection",
    ),
    (
        CL6,
        "That I'm thirty-one and my body is already breaking. That if I stop, someone younger will take my place. (sighs)",
        "decoy: ends with a stage direction in brackets",
    ),
    (
        CO6,
        "So there are two fears: one about your body, and one about being replaced. Which one is louder at four in the morning?",
    ),
    (CL6, "Being replaced. Definitely."),
    (
        CO6,
        "It makes sense that your mind is on alert when the job feels so insecure. It would still be wise to have the tightness checked by a doctor, so that the fear about your body has some facts to work with. Would you be willing to book an appointment this week?",
        "decoy: a referral to a doctor inside real engagement (not a refusal)",
    ),
    (CL6, "Yes. My wife has been asking me to go for a month. I will go on Saturday."),
    (CO6, "Good. And next time we can look at the fear of being replaced, and what you would like from your work."),
]

D06_CHENGDU: Script = [
    (
        CL6,
        "Hello, teacher. I am here because of my son. He is thirteen and he plays games on his phone until two in the morning.",
        "decoy: the client addresses the counsellor as 'teacher'",
    ),
    (CO6, "Hello. It sounds like you're worried about him. Can you tell me more about what happens at home?"),
    (
        CL6,
        "Every evening is a war. I take the phone away, he shouts, his mother cries. Last week I threw the phone on the floor and the screen broke.",
    ),
    (CO6, "That sounds very painful for the whole family. How did you feel after the phone broke?"),
    (
        CL6,
        moji(
            "Ashamed. He looked at me and said, \u2018You only care about my grades.\u2019 Then he went into his room and did not speak to me for three days."
        ),
        "mojibake",
    ),
    (
        CO6,
        "His words stayed with you. 'You only care about my grades.' What do you think he was trying to tell you?",
        "decoy: the counsellor quotes the son's words as the client reported them",
    ),
    (
        CL6,
        "Maybe that I only talk to him about school. My father was the same with me. He never asked me how I was, only what my rank was.",
    ),
    (CO6, "So you know from your own childhood how that feels."),
    (CL6, "(long silence) Yes. I promised myself I would be different. Hmm.", "decoy: a stage direction and 'Hmm.'"),
    (
        CO6,
        "That is an important promise. It sounds like the phone has become the place where all the tension between you lands. What do you know about the game he plays?",
    ),
    (CL6, "Nothing. I have never asked. I only know it is a game where teams fight."),
    (
        CO6,
        "What would happen, do you think, if one evening you asked him to show you the game, instead of taking the phone away?",
    ),
    (CL6, "He would think I had gone mad. (laughs) But maybe he would show me.", "decoy: '(laughs)' inside a turn"),
    (
        CO6,
        "That could be a first step towards talking about other things. Once there is a little trust between you, the two of you could sit down together and make some rules about the phone that he helps to write, and at the same time you could agree on",
        "truncated_turn",
    ),
]

D06_WUHAN: Script = [
    (CL6, "Hello. I'm a second-year student in Wuhan. I have a problem with my roommates and I don't know what to do."),
    (CO6, "Hello, thank you for coming. What has been going on with your roommates?"),
    (
        CL6,
        "There are four of us in the room. The other three go to bed at two and play videos loudly. I have class at eight. When I asked them to use headphones, one of them said I was too sensitive.",
    ),
    (CO6, "So you asked for something reasonable, and were told you were too sensitive. How did that feel?"),
    (CL6, "Hurt. And now they stop talking when I come into the room."),
    (CO6, "That sounds lonely, living with people who go quiet when you arrive."),
    (
        CL6,
        "It is. Sometimes I eat in the canteen by myself and think everyone can see that I have no friends.",
    ),
    (
        CO6,
        "When you eat alone, your mind tells you that everyone can see you have no friends. Is there anyone at university you do feel close to?",
        "decoy: the counsellor reflects the client's thought",
    ),
    (CL6, "My classmate from my hometown. We have dinner on Fridays."),
    (
        CO6,
        "So there is at least one person. Would it help to think about how you might speak to your roommates once more, perhaps with her advice?",
    ),
    (CL6, "Maybe. I don't want to make it worse."),
    (
        CO6,
        "That is understandable. We can plan what you might say together, and you can decide whether to say it. Shall we try?",
    ),
    (CL6, "Yes. Thank you.", "decoy: a short thanks"),
]


def f06() -> Doc:
    doc = Doc("06_counselling_dialogues_zh_en.json", {CL6: C, CO6: T}, "json-dialogues")
    dialogues = (
        ("cpc-en-0217", "Study pressure: repeating the gaokao", D06_GAOKAO, ()),
        ("cpc-en-0231", "Family: mother-in-law and childcare", D06_MOTHER_IN_LAW, ()),
        ("cpc-en-0244", "Work stress and insomnia", D06_SHENZHEN, ()),
        ("cpc-en-0258", "Parenting: a teenager's mobile games", D06_CHENGDU, ()),
        ("cpc-en-0262", "Interpersonal: dormitory conflict", D06_WUHAN, ()),
        ("cpc-en-0279", "Interpersonal: dormitory conflict", D06_WUHAN, ("duplicate_session",)),
    )
    doc.add("[")
    for number, (ident, topic, script, kinds) in enumerate(dialogues, 1):
        first = doc.add(
            "  {",
            f'    "id": {js(ident)},',
            f'    "topic": {js(topic)},',
            '    "source_lang": "zh",',
            '    "translation": "machine translation, post-edited",',
            '    "dialogue": [',
        )
        doc.mark(first + 2, f"decoy: the topic field of {ident}, not a turn")
        doc.start(ident, *kinds)
        for index, (who, text, *tags) in enumerate(script):
            comma = "," if index < len(script) - 1 else ""
            line = doc.add(f"      {js(f'{who}: {text}')}{comma}")
            doc.turn(who, text, line, tags, anchor=f'"{who}: ')
        doc.add("    ]", "  }," if number < len(dialogues) else "  }")
    doc.add("]")
    return doc


# ---------------------------------------------------------------------------
# 07 a multi-turn set rewritten by an LLM from single-turn Chinese Q&A and translated into English, JSON Lines, ONE
#    CONVERSATION A ROW: {"id", "source", "lang", "messages": [{"role": "user"|"assistant", "content"}]}
#    (user = client, assistant = counsellor role; no system message)
# ---------------------------------------------------------------------------
US, AS = "user", "assistant"
REPLY_07 = "It sounds like the first few minutes of any conversation at work are the hardest part for you. What usually goes through your mind just before you speak to a customer?"

R07_DEFENCE: Script = [
    (US, "My master's thesis defence is in three weeks and I'm so scared I can't concentrate on anything."),
    (AS, "Three weeks before a defence is a very stressful time. What is it about the defence that scares you most?"),
    (
        US,
        "The questions. My supervisor, Professor Liang, said the committee is strict this year. I keep imagining standing there and my mind going completely blank.",
        "decoy: the client reports her supervisor's words",
    ),
    (
        AS,
        "So the picture in your mind is of freezing in front of the committee. Has your mind ever gone blank like that before, in a presentation or an exam?",
    ),
    (US, "Once, in my undergraduate presentation. But I recovered after a few seconds."),
    (AS, "You recovered after a few seconds. What helped you recover then?", "decoy: the counsellor echoes the client"),
    (US, "I looked at my notes and took a breath. Then I remembered the next slide."),
    (
        AS,
        "That is useful to know: a breath and a glance at your notes brought you back. Could you practise the defence with a friend acting as the committee, including the moment of going blank and coming back?",
    ),
    (US, "That sounds embarrassing, but my roommate would probably do it. She likes asking difficult questions."),
    (
        AS,
        "Embarrassing in front of a friend is much safer than in front of the committee. You could also write down the five questions you fear most and prepare short answers.",
    ),
    (
        US,
        "Five questions, practise with my roommate, breathe and look at my notes if I go blank. OK. I feel a bit calmer already.",
        "decoy: the client repeats the plan back",
    ),
]

R07_MARRIAGE: Script = [
    (
        US,
        "Every Spring Festival my parents arrange blind dates for me. I'm 27 and they say I'm getting too old. I dread going home this year.",
    ),
    (
        AS,
        "Sure, here is the rewritten multi-turn dialogue based on the original question and answer:\n\nIt sounds like going home has become something you dread rather than look forward to. What happens on these blind dates?",
        "meta_text",
    ),
    (
        US,
        "My mother chooses a man, usually a son of one of her friends, and we have dinner with both families watching. Last year I went to four of them in one week.",
    ),
    (AS, "Four in one week, with both families watching. That sounds exhausting. How did you feel at those dinners?"),
    (
        US,
        "Like a product in a shop window. My aunt even said, 'Your price goes down every year.' Everyone laughed.",
        "decoy: the client quotes her aunt",
    ),
    (AS, "That must have hurt, especially with everyone laughing. What did you do?"),
    (US, "I laughed too. I didn't know what else to do."),
    (
        AS,
        "Many people laugh along when they feel trapped. What would you like your parents to understand about you?",
    ),
    (
        US,
        "That I'm not against marriage. I just want to choose for myself, and I'm happy with my job as an accountant for now.",
    ),
    (
        AS,
        "You're not against marriage; you want it to be your own choice, in your own time. Could you tell your mother that before the holiday, perhaps on a phone call, rather than at the dinner table?",
        "decoy: the counsellor restates the client's wish",
    ),
    (US, "Maybe. She might cry. But I think I have to try."),
]

R07_RESTAURANT: Script = [
    (
        US,
        "I'm 45. I put all my savings into a hotpot restaurant in Hefei and it closed after two years. I owe my brother-in-law a lot of money and I can't look my wife in the eye.",
    ),
    (
        AS,
        "I'm so sorry. Losing the restaurant and your savings is a great loss, and it sounds like shame is weighing on you as much as the money. What is the hardest part right now?",
        "decoy: an apology that engages (not a refusal)",
    ),
    (
        US,
        "Family dinners. My brother-in-law doesn't say anything, but I feel he's counting every bite I eat.",
    ),
    (AS, "You feel watched and judged at the table, even when nothing is said."),
    (US, "Should I sell our flat to pay him back? Or ask for more time?", "decoy: a client question"),
    (
        AS,
        "I'm sorry, but I can't help with questions about debts or loans. Please consult a financial professional.",
        "refusal",
    ),
    (
        US,
        "I wasn't asking you to be my accountant. I only wanted someone to think it through with me.",
        "decoy: the client's objection",
    ),
    (
        AS,
        "You're right, and I'm sorry. Let's think it through together. What matters most to you when you imagine each of those choices?",
        "decoy: an apology that engages after the refusal",
    ),
    (
        US,
        "Keeping a roof over my daughter's head. And being able to sit at that table without my face burning.",
    ),
    (
        AS,
        "Both your daughter's home and your dignity matter. Perhaps an honest talk with your brother-in-law, about a plan and a timeline, could ease both. How would it feel to have that talk?",
    ),
    (US, "Frightening. But less frightening than another year of those dinners."),
]

R07_SWAPPED: Script = [
    (US, "Hello, thank you for reaching out. What has been on your mind lately?"),
    (
        AS,
        "My mother reads my WeChat messages. She takes my phone when I'm in the shower and reads everything. I'm sixteen.",
    ),
    (US, "It sounds like you feel your privacy is being invaded. How did you find out she was reading them?"),
    (
        AS,
        "She mentioned something I had only said to my best friend. Then she told me she did it because she worries about me.",
    ),
    (
        US,
        "So she explained it as worry, but to you it felt like a betrayal of trust. What did you say to her?",
    ),
    (AS, "Nothing. I just changed my password. Now she's angry that I'm hiding things."),
    (
        US,
        "That sounds like a difficult circle: the more she checks, the more you protect yourself, and the more she worries. What do you think she is afraid of?",
    ),
    (AS, "Probably boys. Or that I'm being bullied. My cousin was bullied online last year."),
    (
        US,
        "That might help to explain her fear. Would you be willing to tell her calmly that you'd like to rebuild trust in a different way?",
    ),
    (AS, "Maybe if my dad is there too. He's calmer than her."),
]

R07_OPEN_CLASS: Script = [
    (
        US,
        "I'm a primary school teacher in my second year. Next month I have to give an open class, and the principal and ten other teachers will sit at the back and observe me.",
    ),
    (
        AS,
        "Being observed by the principal and ten colleagues is a lot of pressure for a second-year teacher. How are you feeling about it so far?",
    ),
    (
        US,
        "Sick. I've rehearsed the lesson eight times. Last week I dreamed the children wouldn't answer any of my questions.",
    ),
    (AS, "", "empty_turn"),
    (US, "Hello? Did my message come through?", "decoy: the client asks after an empty reply"),
    (
        AS,
        "Yes, sorry. Rehearsing eight times shows how much this matters to you. In your dream the children stayed silent. What would it mean to you if that really happened?",
        "decoy: an apology that engages",
    ),
    (US, "That I'm a bad teacher. That the principal would regret hiring me."),
    (
        AS,
        "So one quiet moment would become proof that you're a bad teacher. Have the children ever gone quiet in an ordinary lesson?",
    ),
    (US, "Of course, all the time. Then I ask the question differently, or I call on someone."),
    (
        AS,
        "And that works in an ordinary lesson. It may help to remember that the observers are teachers too, and they know that every class has quiet moments. You could also plan two or three back-up questions for the parts of the lesson where you are most worried that the children might",
        "truncated_turn",
    ),
]

R07_BANK: Script = [
    (
        US,
        "I started work at a bank counter two months ago. Every time a customer comes to my window my hands shake and my voice goes quiet.",
    ),
    (AS, REPLY_07),
    (
        US,
        "That they'll notice my hands. That they'll think I'm too young and ask for someone else.",
    ),
    (
        AS,
        "Those are painful thoughts to have every time. Has any customer actually asked for someone else?",
    ),
    (US, "No. Not once. One old man even said I was very patient."),
    (AS, "Not once, and one customer praised your patience.", "decoy: the counsellor echoes the client"),
    (US, "But I still feel it every morning when the doors open."),
    (
        AS,
        "It sounds like the first few minutes of each conversation at work are the hardest part for you. What goes through your mind just before you speak to a customer?",
        "near_duplicate_turn",
    ),
    (
        US,
        "You asked me that already. It's the same: they'll notice my hands.",
        "decoy: the client points out the repeat",
    ),
    (
        AS,
        "You're right, I did. Thank you for telling me. What if you kept a pen in your hand at the counter, and took one slow breath before you said good morning?",
        "decoy: an apology that engages",
    ),
    (US, "A pen and one breath. I can try that tomorrow.", "decoy: the client repeats the suggestion back"),
]


def f07() -> Doc:
    doc = Doc("07_multiturn_rewrite_translated.jsonl", {US: C, AS: T}, "jsonl-shared", shared=True)
    rows = (
        ("smile-en-04412", R07_DEFENCE, ()),
        ("smile-en-04427", R07_MARRIAGE, ()),
        ("smile-en-04433", R07_RESTAURANT, ()),
        ("smile-en-04441", R07_SWAPPED, ("role_inversion",)),
        ("smile-en-04458", R07_OPEN_CLASS, ()),
        ("smile-en-04466", R07_BANK, ()),
    )
    for ident, script, kinds in rows:
        record = {
            "id": ident,
            "source": "qa-to-dialogue rewrite v2",
            "lang": "en (translated from zh)",
            "messages": [{"role": who, "content": text} for who, text, *_ in script],
        }
        line = doc.add(js(record))
        doc.start(ident, *kinds)
        for who, text, *tags in script:
            doc.turn(who, text, line, tags, anchor=f'"role": "{who}"')
    return doc


# ---------------------------------------------------------------------------
# 08 the second CLEAN file: a one-to-one peer mentoring chat of an IBD charity, exported as Markdown: a title, an
#    italic export line, then "**Name** (HH:MM): text" one message a paragraph, a blank line between. Emrys, who has
#    had an ileostomy for six years, is the mentor (counsellor role); Tobiah, 23, facing surgery for Crohn's disease,
#    is the member (client). No truth row.
# ---------------------------------------------------------------------------
EM, TO = "Emrys", "Tobiah"

S08: Script = [
    (
        EM,
        "Hi Tobiah, I'm Emrys. The charity matched us up, so I'm your peer mentor for the next few weeks. How are you doing?",
    ),
    (TO, "hi! bit all over the place tbh", "decoy: ends with an abbreviation"),
    (TO, "thanks for doing this", "decoy: the member thanks the mentor; no full stop"),
    (
        EM,
        "No problem at all. A bit about me first: I've had Crohn's since I was 19, and I've had an ileostomy for six years now. So I've been where you are, more or less.",
        "decoy: the mentor's self-disclosure (the point of peer mentoring; not a role inversion)",
    ),
    (TO, "six years. wow. ok", "decoy: a chat message without final punctuation"),
    (
        TO,
        "so my surgeon wants to do the op on the 28th. they said approx 3 wks in hospital if it goes ok",
        "decoy: numbers and abbreviations, no full stop",
    ),
    (EM, "That's soon. How are you feeling about it?"),
    (TO, "scared", "decoy: a one-word answer"),
    (
        TO,
        "not of the op itself really. more of after. like what my life is going to look like with a bag",
        "decoy: a chat message without final punctuation",
    ),
    (EM, "So the operation feels like the smaller part. It's life afterwards that's on your mind."),
    (TO, "yeah exactly", "decoy: a short message without final punctuation"),
    (TO, "can i ask you stuff or is that weird", "decoy: a question without a question mark"),
    (EM, "Not weird at all, that's what I'm here for. Ask away."),
    (TO, "does it smell", "decoy: a question without a question mark"),
    (
        EM,
        "[laughs] Everyone asks that first! Honestly, no. The bags are sealed and have filters. I've sat next to people on trains for hours and nobody's ever noticed.",
        "decoy: '[laughs]' in a chat message",
    ),
    (TO, "ok thats a relief", "decoy: a chat message without final punctuation"),
    (
        TO,
        "i asked chatgpt what life with a stoma is like and it gave me a massive list of complications lol. didnt help",
        "decoy: the member talks about asking an AI (not meta text)",
    ),
    (
        EM,
        "Ha, I can imagine. A list of everything that can go wrong isn't the same as what it's actually like day to day. Would it help if I told you what a normal day looks like for me?",
    ),
    (TO, "yes please", "decoy: a short message without final punctuation"),
    (
        EM,
        "I get up, empty the bag, shower, go to work. I change the bag every two or three days, which takes about ten minutes. I play five-a-side on Thursdays. Most days I don't think about it much at all.",
    ),
    (TO, "you play football??", "decoy: a double question mark"),
    (
        EM,
        "I do! Badly, but I do. :) There's a support belt I wear for it. Your stoma nurse can talk you through that kind of thing.",
    ),
    (
        TO,
        "i used to play rugby before the flares got bad. havent played in 2 years",
        "decoy: a chat message without final punctuation",
    ),
    (EM, "You miss it."),
    (TO, "so much", "decoy: a short message without final punctuation"),
    (
        TO,
        "my mate from the team keeps messaging asking when im coming back and i just leave him on read :(",
        "decoy: ends with a sad emoticon",
    ),
    (EM, "That sounds hard. What stops you from replying?"),
    (
        TO,
        "dunno. i dont want to explain the whole bag thing. and i dont want him to look at me different",
        "decoy: a chat message without final punctuation",
    ),
    (
        EM,
        "That's a really common worry. When I had mine, I was scared my girlfriend would see me differently. I put off telling my friends for months.",
        "decoy: the mentor's self-disclosure",
    ),
    (TO, "what happened when you did tell them", "decoy: a question without a question mark"),
    (
        EM,
        "Most of them asked one or two questions and then went back to talking about the match. One mate asked if he could see it. [laughs] I said no.",
    ),
    (TO, "haha fair", "decoy: a short message without final punctuation"),
    (
        TO,
        "can i see a pic of yours actually. just so i know what it looks like",
        "decoy: a question without a question mark",
    ),
    (
        EM,
        "I'd rather not share photos of mine here, to be honest, I keep that bit private. But your stoma nurse has pictures and a practice bag she can show you, and some of the charity's videos are really good.",
        "decoy: the mentor declines to share a photo and points to help (not a refusal)",
    ),
    (TO, "oh yeah of course sorry", "decoy: a chat message without final punctuation"),
    (EM, "No need to say sorry! It's a completely normal thing to want to know."),
    (
        TO,
        "i keep writing my questions in my notes app so i dont forget them",
        "decoy: talk about notes (not meta text)",
    ),
    (EM, "That's a great idea. What's on the list so far?"),
    (
        TO,
        "what to pack. whether i can still eat spicy food. whether i can go to festivals. how long till i can lift stuff at work etc",
        "decoy: a list ending with 'etc'",
    ),
    (
        EM,
        "Good list. For packing: bags, wipes, adhesive remover, spare pants, comfy joggers with a soft waistband, and a long phone charger. Hospital sockets are never where you need them.",
        "decoy: the mentor's list",
    ),
    (TO, "long charger. noted", "decoy: a short message without final punctuation"),
    (
        EM,
        "Spicy food is very personal. I still have curry, I just go a bit easier and drink more water. Festivals, yes, I went to one last summer. Lifting, ask your surgeon, because it depends on your job and how you heal.",
    ),
    (
        TO,
        "im a delivery driver so lifting is kind of the whole job",
        "decoy: a chat message without final punctuation",
    ),
    (
        EM,
        "I can't tell you when you'll be back at work, that's one for your surgeon and your body. But I was back at my job after about ten weeks, and they gave me lighter duties for the first month.",
        "decoy: the mentor's limit followed by engagement (not a refusal)",
    ),
    (TO, "10 weeks. ok thats not as bad as i thought", "decoy: a chat message without final punctuation"),
    (TO, "sorry im asking so many questions", "decoy: an apology from the member; no full stop"),
    (EM, "Please don't apologise. I asked my mentor about a hundred questions before my op."),
    (TO, "you had a mentor too?", "decoy: a member question"),
    (
        EM,
        "I did. She was brilliant. That's partly why I wanted to do this.",
        "decoy: the mentor's self-disclosure",
    ),
    (
        TO,
        "so what youre saying is its not the end of everything. its just different",
        "decoy: the member reflects the mentor's words back (not a role inversion); no full stop",
    ),
    (
        EM,
        "That's how it was for me. Different, and some things got better. I'm not in pain every day like I was before. But your experience will be your own.",
    ),
    (TO, "i havent had a day without pain since like october", "decoy: a chat message without final punctuation"),
    (
        EM,
        "That sounds exhausting. It makes sense that you'd feel all over the place, with all that going on.",
    ),
    (TO, "yeah", "decoy: a one-word answer"),
    (TO, "my mum keeps crying when she thinks i cant hear her", "decoy: a chat message without final punctuation"),
    (EM, "That must be hard to hear. How are you and your mum doing with it all?"),
    (
        TO,
        "shes trying really hard. she keeps saying 'at least theyve caught it in time'. which i know is true but",
        "decoy: the member quotes his mother; a message that the next one continues",
    ),
    (TO, "it doesnt feel like a win right now", "decoy: continues the message before; no full stop"),
    (
        EM,
        "It doesn't have to feel like a win. You're allowed to be sad about it, and relieved, and scared, all at once.",
    ),
    (TO, "thanks. needed to hear that", "decoy: the member thanks the mentor; no full stop"),
    (
        EM,
        "Shall we talk again on Thursday? I could tell you about the first week after the op, if that would help.",
    ),
    (TO, "yes please. thursday at 7", "decoy: ends with a number"),
    (TO, "and i might message my rugby mate tonight. maybe", "decoy: a chat message without final punctuation"),
    (EM, "That sounds like a brave step. No pressure either way."),
    (TO, "cheers emrys. honestly this helped a lot x", "decoy: the member thanks the mentor; ends with a kiss"),
    (EM, "Glad to hear it. Take care, Tobiah. Speak Thursday."),
]


def f08() -> Doc:
    doc = Doc(CLEAN_FILES[1], {EM: T, TO: C}, "mdchat")
    first = doc.add(
        "# Peer mentor chat: Emrys and Tobiah",
        "",
        "_Exported from the charity's peer mentoring platform on 12 March 2024. Messages in time order; the mentor's profile says: ileostomy since 2018._",
        "",
    )
    doc.mark(first, "decoy: the title")
    doc.mark(first + 2, "decoy: the italic export line")
    doc.start("mentoring chat 1")
    seconds = 19 * 3600 + 2 * 60
    for index, (who, text, *tags) in enumerate(S08):
        stamp = f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}"
        line = doc.add(f"**{who}** ({stamp}): {text}")
        doc.turn(who, text, line, tags, anchor=f"**{who}** (")
        if index < len(S08) - 1:
            doc.add("")
        seconds += gap(text, index)
    return doc


def csv_row(values: Sequence[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(values)
    return buffer.getvalue().rstrip("\n")


# ---------------------------------------------------------------------------
# 09 motivational-interviewing demonstration videos transcribed one utterance a row, in the style of a public MI
#    dataset, CSV written by Python's csv module: mi_quality, transcript_id, video_title, topic, utterance_id,
#    interlocutor ("therapist", "client"; "crew" for a voice from behind the camera), timestamp, utterance_text.
#    One high-quality and one low-quality demonstration.
# ---------------------------------------------------------------------------
TP9, CP9, CR9 = "therapist", "client", "crew"
PLAN_09 = "Some parents make the juice weaker bit by bit over a couple of weeks, so it ends up as water without a big change on any one night. Would that be something you'd want to try?"
REPEAT_09 = "They rang last time. I didn't answer."

T09_BOTTLE: Script = [
    (TP9, "Hi Corrina, thanks for popping in. How's little Bertie getting on?"),
    (CP9, "He's alright. Full of beans. He's two now, into everything."),
    (
        TP9,
        "Two already. The dentist sent me a note after his check-up last week. Would it be okay if we talked about that?",
    ),
    (
        CP9,
        "Yeah, I figured that's why you wanted to see me. (laughs) She said he's got the start of decay on his front teeth.",
    ),
    (TP9, "How did you feel when she told you that?"),
    (CP9, "Awful, to be honest. Like a bad mum. He's two and he's already got holes in his teeth."),
    (TP9, "It sounds like it really upset you."),
    (CP9, "It did. My mum had false teeth at forty and I always said my kids wouldn't go through that."),
    (TP9, "So looking after his teeth really matters to you."),
    (CP9, "It does. It's just, he has a bottle of juice to go to sleep. Diluted. It's the only way he settles."),
    (TP9, "The bottle helps him settle at night."),
    (
        CP9,
        "If I don't give it him, he screams for an hour. And I'm at work at seven, and his sister's asleep in the same room...",
        "decoy: a spoken turn that trails off",
    ),
    (TP9, "And you need him, and his sister, to sleep.", "decoy: the practitioner completes the client's thought"),
    (CP9, "Exactly. I'm not being lazy. I just need to sleep."),
    (TP9, "It doesn't sound lazy at all. It sounds like you're juggling a lot."),
    (
        TP9,
        "Some nights I give in after ten minutes because I can hear him waking her up, and then I lie there feeling guilty about his teeth.",
        "role_inversion",
    ),
    (TP9, "So you're caught between his teeth and everyone's sleep."),
    (CP9, "Yeah. That's it exactly."),
    (TP9, "What have you thought about trying, if anything?"),
    (
        CP9,
        "My sister said, 'Just put water in it.' But he'd know. He's not daft.",
        "decoy: the client quotes her sister",
    ),
    (TP9, "You know him well. What do you think he'd do?"),
    (CP9, "Throw it out of the cot. (laughs)", "decoy: ends with a stage direction in brackets"),
    (TP9, PLAN_09),
    (
        TP9,
        "Some parents make the juice weaker a bit at a time over a couple of weeks, so it ends up as water without a big change on any one night. Would you want to try that?",
        "near_duplicate_turn",
    ),
    (CP9, "Bit by bit. Yeah, that might work. He wouldn't notice if it was gradual."),
    (TP9, "On a scale of one to ten, how confident do you feel that you could do it gradually?"),
    (
        CP9,
        "Seven. Maybe eight if his dad does it on the nights I'm on early shifts.",
    ),
    (TP9, "Seven or eight. That's quite high. What makes it that high?"),
    (CP9, "Because I want to. I don't want him having teeth out at four."),
    (
        TP9,
        "That comes through really clearly. Shall we write the plan down together, so you can show his dad?",
    ),
    (
        CP9,
        "Go on then. And thanks for not making me feel like a terrible mum.",
        "decoy: the client thanks the practitioner (not a role inversion)",
    ),
    (TP9, "You're clearly not a terrible mum. You came in and you're making a plan."),
]

T09_COPD: Script = [
    (
        TP9,
        "Right, Mr Brannigan, I've got your breathing test results here. Your lungs are working at about sixty percent of what they should be.",
    ),
    (CP9, "Sixty percent. Is that bad?"),
    (
        TP9,
        "It's not good. It's COPD, and the main cause is smoking. You need to stop smoking. I can't be clearer than that.",
        "decoy: a confrontational practitioner ('I can't be clearer'; not a refusal)",
    ),
    (
        CP9,
        "I've smoked since I was fourteen, doc. I can't just stop",
        "decoy: 'I can't' from the client; a spoken turn without a full stop",
    ),
    (TP9, "Plenty of people do. If you carry on, you'll be on oxygen within five years."),
    (CP9, "My dad smoked till he was eighty-two."),
    (TP9, "And what did he die of?"),
    (CP9, "(pause) His chest.", "decoy: '(pause)' inside a turn"),
    (TP9, "Exactly. There you go."),
    (
        CP9,
        "So what you're saying is it's all my own fault.",
        "decoy: the client reflects back, sarcastically (not a role inversion)",
    ),
    (TP9, "I'm saying the cigarettes are the problem. Have you ever tried to stop?"),
    (CP9, "Twice. Patches. They gave me nightmares."),
    (TP9, "Then you should try the tablets. Or a vape. There's loads of options now."),
    (
        CR9,
        "Sorry, can we hold it there? His mic's slipped off his collar. Give us two secs.",
        "unknown_speaker",
    ),
    (TP9, "The tablets are very effective. I'll write you a prescription today."),
    (CP9, "I didn't say I wanted to stop."),
    (TP9, "You've got COPD. Why wouldn't you want to stop?"),
    (
        CP9,
        "Because it's the only thing I've got left that's mine. I've been on my own since my wife passed. The fags and the dog.",
    ),
    (TP9, "I understand, but your health has to come first."),
    (CP9, "Easy for you to say."),
    (TP9, "Look, I'm going to refer you to the stop smoking service. They'll ring you."),
    (CP9, REPEAT_09),
    (CP9, REPEAT_09, "duplicate_turn"),
    (TP9, "Well, answer this time. It's important."),
    (CP9, "Right. Whatever you say, doctor.", "decoy: sarcastic agreement"),
    (TP9, "I'd like to see you again in a month to check your breathing. Any questions?"),
    (CP9, "No.", "decoy: a one-word answer"),
    (
        TP9,
        "Okay. Remember, every cigarette you smoke is doing more damage to your lungs, and the sooner you stop the better your chances of",
        "truncated_turn",
    ),
]


def f09() -> Doc:
    doc = Doc("09_mi_demo_utterances.csv", {TP9: T, CP9: C, CR9: X}, "csv")
    header = [
        "mi_quality",
        "transcript_id",
        "video_title",
        "topic",
        "utterance_id",
        "interlocutor",
        "timestamp",
        "utterance_text",
    ]
    doc.mark(doc.add(csv_row(header)), "decoy: the header")
    transcripts = (
        ("high", "41", "MI demonstration: the night-time bottle", "reducing sugary drinks for a toddler", T09_BOTTLE),
        ("low", "42", "Poor practice example: COPD and smoking", "smoking cessation", T09_COPD),
    )
    for quality, tid, title, topic, script in transcripts:
        doc.start(f"transcript {tid}")
        seconds = 3
        for number, (who, text, *tags) in enumerate(script):
            stamp = f"00:{seconds // 60:02d}:{seconds % 60:02d}"
            line = doc.add(csv_row([quality, tid, title, topic, str(number), who, stamp, text]))
            doc.turn(who, text, line, tags, anchor=f",{number},{who},")
            seconds += 3 + len(text) // 14
    return doc


# ---------------------------------------------------------------------------
# 10 a coding summary of the course's demonstration videos (MITI global scores and behaviour counts), misfiled among
#    the transcripts: it quotes a few utterances and names the speakers, but it is not a transcript.
# ---------------------------------------------------------------------------
SUMMARY_10: Script = [
    (RAW, "MITI 4.2.1 coding summary - course demonstration videos, spring term", "decoy: a title"),
    (RAW, "Coded independently by two trainees; disagreements resolved in group supervision on 14 May."),
    (RAW, ""),
    (RAW, "Video 3 - energy drinks (practitioner: Wynne; client: Jonty, actor)"),
    (RAW, "  Cultivating change talk 4 | Softening sustain talk 4 | Partnership 4 | Empathy 5"),
    (RAW, "  Questions 18 | Simple reflections 14 | Complex reflections 17"),
    (RAW, "  Reflection-to-question ratio 1.72 | Complex reflections 55%"),
    (
        RAW,
        '  Example of a double-sided reflection: "on the one hand the cans help you keep up ... on the other they\'re keeping you awake"',
        "decoy: a quoted utterance inside a coding note, not a turn",
    ),
    (RAW, ""),
    (RAW, "Sleep clinic role-play - CPAP (practitioner: Dr Okoye; client: Hamish, volunteer)"),
    (RAW, "  Cultivating change talk 5 | Softening sustain talk 4 | Partnership 5 | Empathy 4"),
    (RAW, "  Questions 21 | Simple reflections 16 | Complex reflections 12"),
    (RAW, "  Reflection-to-question ratio 1.33 | Complex reflections 43%"),
    (
        RAW,
        'Client: "Pillows, ramp, telly, bed. Aye." - coded as change talk (commitment), not as sustain talk.',
        "decoy: a line that opens with 'Client:' but is a coding note",
    ),
    (RAW, ""),
    (RAW, "Transcript 42 - COPD and smoking (poor practice example)"),
    (RAW, "  Cultivating change talk 1 | Softening sustain talk 1 | Partnership 1 | Empathy 1"),
    (RAW, "  Questions 6 | Simple reflections 0 | Complex reflections 0 | Confront 5 | Persuade 4"),
    (
        RAW,
        'Therapist: "You need to stop smoking. I can\'t be clearer than that." - coded Confront.',
        "decoy: a line that opens with 'Therapist:' but is a coding note",
    ),
    (RAW, ""),
    (RAW, "Note for next term: ask the crew to leave the camera running between takes, so the timings match."),
]


def f10() -> Doc:
    doc = Doc(NOT_A_TRANSCRIPT, {}, "none")
    doc.whole_file("unparseable_file")
    for _who, text, *tags in SUMMARY_10:
        doc.mark(doc.add(text), *tags)
    return doc


BUILDERS: tuple[Callable[[], Doc], ...] = (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10)
INVALID_UTF8 = {"05_hearthside_peer_room_export.yaml"}


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


TABLE_ROW = re.compile(r"^\| (\d\d:\d\d) \| (\S+) \| (.*) \|$")
CHAT_LINE = re.compile(r"^\*\*(\S+)\*\* \((\d\d:\d\d)\): (.*)$")


def check_format(doc: Doc, data: str, physical: Sequence[str]) -> None:
    """The container reads as its layout says, and gives back exactly the turns written."""
    turns = [t for s in doc.sessions for t in s.turns]
    expected = [(t.label, t.text) for t in turns]
    if doc.layout == "tsv":
        got = []
        for number, line in enumerate(physical, 1):
            fields = line.split("\t")
            if number in doc.line_rows:
                assert len(fields) == 1, (doc.name, number)
                continue
            assert len(fields) == 5, (doc.name, number)
            if number > 1 and fields[3] != SYS:
                got.append((fields[3], fields[4]))
        assert got == expected, doc.name
        for turn in turns:
            assert physical[turn.line - 1].split("\t")[3:] == [turn.label, turn.text], (doc.name, turn.line)
    elif doc.layout == "xml":
        root = ET.fromstring(data.encode("utf-8"))
        chats = root.findall("chat")
        assert len(chats) == len(doc.sessions), doc.name
        for chat, session in zip(chats, doc.sessions, strict=True):
            xml_got = [(msg.get("from"), msg.text or "") for msg in chat.findall("msg")]
            assert xml_got == [(t.label, t.text) for t in session.turns], (doc.name, session.name)
        for turn in turns:
            assert physical[turn.line - 1].strip().startswith("<msg "), (doc.name, turn.line)
    elif doc.layout == "mdtable":
        for turn in turns:
            match = TABLE_ROW.match(physical[turn.line - 1])
            assert match and match.group(2, 3) == (turn.label, turn.text), (doc.name, turn.line)
        rows = [n for n, line in enumerate(physical, 1) if TABLE_ROW.match(line)]
        assert rows == [t.line for t in turns], doc.name
    elif doc.layout == "yaml":
        yaml_got: list[tuple[int, str, str]] = []
        for number, line in enumerate(physical, 1):
            match = YAML_MSG.match(line)
            if match:
                yaml_got.append((number, match.group(3), json.loads(match.group(5))))
        assert yaml_got == [(t.line, t.label, t.text) for t in turns], doc.name
    elif doc.layout == "json-dialogues":
        records = json.loads(data)
        assert len(records) == len(doc.sessions), doc.name
        for record, session in zip(records, doc.sessions, strict=True):
            assert record["dialogue"] == [f"{t.label}: {t.text}" for t in session.turns], (doc.name, session.name)
        for turn in turns:
            value = json.loads(physical[turn.line - 1].strip().rstrip(","))
            assert value == f"{turn.label}: {turn.text}", (doc.name, turn.line)
    elif doc.layout == "jsonl-shared":
        records = [json.loads(line) for line in physical]
        assert len(records) == len(doc.sessions), doc.name
        for session in doc.sessions:
            first_line = session.turns[0].line
            assert all(t.line == first_line for t in session.turns), (doc.name, session.name)
            got = [(m["role"], m["content"]) for m in records[first_line - 1]["messages"]]
            assert got == [(t.label, t.text) for t in session.turns], (doc.name, first_line)
    elif doc.layout == "mdchat":
        chat_rows: list[tuple[int, str, str]] = []
        for number, line in enumerate(physical, 1):
            match = CHAT_LINE.match(line)
            if match:
                chat_rows.append((number, match.group(1), match.group(3)))
        assert chat_rows == [(t.line, t.label, t.text) for t in turns], doc.name
    elif doc.layout == "csv":
        records = list(csv.reader(io.StringIO(data, newline="")))
        assert len(records) == len(physical) and {len(r) for r in records} == {8}, doc.name
        assert [(r[5], r[7]) for r in records[1:]] == expected, doc.name
        for turn in turns:
            assert records[turn.line - 1][5:8:2] == [turn.label, turn.text], (doc.name, turn.line)
    elif doc.layout == "labelled":
        for turn in turns:
            assert physical[turn.line - 1] == f"{turn.label}: {turn.text}".rstrip(), (doc.name, turn.line)
        labels = tuple(f"{label}: " for label in doc.roles)
        assert [n for n, line in enumerate(physical, 1) if line.startswith(labels)] == [t.line for t in turns]
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
            escaped = [probe, json.dumps(probe, ensure_ascii=False)[1:-1], xml_text(probe), probe.replace('"', '""')]
            assert any(form in here for form in escaped), (doc.name, line, kind)


def shown(text: str, width: int = 118) -> str:
    text = "".join(f"\\x{ord(ch) - 0xDC00:02x}" if "\udc80" <= ch <= "\udcff" else ch for ch in text)
    text = " ".join(text.split())
    if len(text) > width:
        text = text[: width - 45] + " ... " + text[-40:]
    return text


def show_row(doc: Doc, physical: Sequence[str], line: int, kind: str) -> str:
    if line == 0:
        return shown(f"[the whole file] {physical[0]}")
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
        print("usage: python blind/twentyfifth_defect_cases.py OUT_DIR [--show]", file=sys.stderr)
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
        if doc.name in CLEAN_FILES:
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
