# ruff: noqa: E501, RUF001, RUF002, RUF003
r"""Thirty-fourth set of blind defect cases for the transcript-cleaning product: PEER-SUPPORT AND HELPLINE TEXT CHATS.

Blind conditions, as followed. The only things read were: ``head -n 15 /work/main/benchmarks/blind_defects.py`` (the
interface); ``ls /work/main/blind``; /work/shared/README.md (``cat``); ``grep -n -A12 "tool.ruff"
/work/main/pyproject.toml``; the docstrings of the thirty-one earlier case writers, printed with ``ast.get_docstring`` by
a ``.venv`` python snippet into /tmp/s27b/docstrings.txt (5262 lines, located with ``wc -l`` and a ``grep -n`` of the
file's own ``=====`` separator lines), of which only the first writer's (lines 1-11) and the thirty-second writer's whole
docstring (lines 2520-2719 and 2720-2773) were paged with ``sed``; and the code of blind/thirtieth_defect_cases.py, the
model of structure and self-checks, paged with ``sed`` (lines 1-200, 200-420, 420-700, 853-870, 975-1005, 1140-1180,
2025-2040, 2160-2435, which include its docstring), after one ``wc -l`` and one ``grep -n`` of it that listed its
top-level ``def``, ``class`` and constant lines (a slip: the brief asked for ``sed`` only on that file). ``grep`` over
blind/*.py was run only as two loops of ``ls *.py | xargs grep -ilw -- WORD | wc -l``, printing a count of files and
never a name or line, over candidate names, services, places and topics: the names, services and places written here
(Corin, Keturah, Thandiwe, Yusra, Bram, Caspian, Kojo, Mabli, Aurelio, Blessing, Danae, Jules, Kestrel, Driftwood, Pebble,
Beacon, Sidewalk, Lanternline, Wrexham, Truro, Paisley, Stroud) and the topics GCSE, A-levels, Ramadan, care leaver,
bailiff, eviction, stepdad, snapchat, Deliveroo and night bus were found in no earlier file; Shout 85258, 999, 111 and
988 are real services that earlier writers also name. No other file of the project was opened or grepped (no
transforms, flows, tests, synth, schemas, sql, docs, README or other benchmarks), nothing under /work/shared/corpora or
/work/shared/seeds was read, no search tool was used, git was run once by mistake (``git -C /work/main status --short | head -0``, at the very
end, its output discarded unseen), and the product, its tests and the benchmarks
were never run. Every transcript line below was written for this set.

The only things run were: ``mkdir`` of /tmp/s27b and /tmp/s27b/parts; the snippets above; ``cat`` heredocs writing this
file's twelve parts under /tmp/s27b/parts; system ``python3`` snippets making exact replacements in the parts; ``cat``
assembling them into /tmp/s27b/draft.py; ``ast.parse`` of the draft; runs of the draft into /tmp/s27b/out1; a probe copy
(/tmp/s27b/probe.py, this writer's two note checks turned into prints) run into /tmp/s27b/probe_out; ``head``, ``sed``,
``cut`` and ``cat -v`` on written files; ``cp`` to blind/; ``ruff format``, ``ruff check`` and ``mypy`` on this file
alone; a ``.venv`` python snippet putting this docstring in place of a placeholder; and the last runs of this module into
/tmp/s27b/final (with ``--show``) and /tmp/s27b/out, compared with ``cmp``. The truth tags were written with the text.
Before the first run the parts were corrected by hand: 03's garbled message (its ``mojibake`` tag had been left off
while typing), a planned decoy bubble of 03 dropped because it was itself a near copy, 03's broken record given its real
message id, 04's near copy changed from an added comma to the paste's capitalisation, a note taken off the first line of
07's swapped chat (it carries the session row), 09's long SMS reworded so that the 160-character cut ends in a letter,
02's closing line without a time. The first run stopped in ``moji`` (the closing curly quote's byte 0x9D is undefined in
Windows-1252: ``moji`` now keeps the five undefined bytes as Latin-1 controls, as browsers show them); the next stopped in
this writer's check that a clean message ending in a word like ``and`` carries a decoy note (three notes had been put on
the continuing bubble instead of the one that ends in ``and``/``so``/``like``: moved); ``me``, ``it``, ``that``, ``on``
and other natural last words were taken out of that check's list; the probe listed eleven clean turns needing a note
(added). Then every self-check passed; ``mypy`` asked for one variable to be renamed. No fix changed a truth tag or moved
a line. Run as

    python blind/thirtyfourth_defect_cases.py OUT_DIR [--show]

to write 10 files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR (``--show`` also prints
every truth row beside the line it names, invalid bytes as ``\xNN``).

Emphasis: PRECISION in typed peer-support and crisis-helpline chats: lowercase messages, typos, emoji, text-speak
(idk, tbh, rn, lol), no final punctuation (about two clean messages in three), one person sending several bubbles in a
row, a bubble that ends in ``and`` or ``like`` and is continued by the next, ``ok``/``yeah``/``thanks`` again and again,
the same standard opening line in different chats, safety questions and helplines inside real engagement, a texter
quoting an AI (``as an ai would say lol``) and a member quoting a chatbot's refusal. Containers: a chat app's JSON
export with sender ids (01), plain logs ``[hh:mm] Volunteer: text`` (02) and ``TEXTER hh:mm > text`` (09), a CSV of
messages (03), a Markdown copy-paste (04), an LLM-generated "sample helpline chat" (05), a WhatsApp export (06), JSON
Lines (07), an AI-tidied paste (10), and a rota CSV that is no transcript (08). 384 turns, 51 truth rows, 88 noted decoys.

* ``01_kestrel_chat_export_88412.json`` (41 turns, 5 rows): Kestrel peer-support app; a 16-year-old in GCSE mocks whose
  stepdad shouts; listener Corin. mojibake (a message garbled by the web client: ``itâ€™s fine honestly ðŸ˜­ðŸ˜­``),
  empty_turn (``"text": ""``), duplicate_turn (a message delivered twice), unknown_speaker (``s_0011``, the shift
  supervisor, a sender id not in ``participants``), truncated_turn (the listener's last message, ``... and we can``).
* ``02_beacon_text_line_log_BT-0417.txt`` (43 turns, 5 rows): an 18-year-old care leaver with a notice to leave.
  truncated_turn (an SMS cut after ``about the``), meta_text (``Suggested reply (AI assist, edit before sending): ...``
  sent inside the volunteer's message), empty_turn, refusal (``I'm sorry, but I can't assist with that request ...``),
  near_duplicate_turn (the log's second copy of a volunteer message, lower case, double space, no punctuation).
* ``03_pebble_messages_export.csv`` (60 turns, 6 rows): P-3310, a sixth-former fasting in Ramadan through her mocks
  (clean); P-3318, a delivery rider whose e-bike was stolen: mojibake (``donâ€™t``), role_inversion (the listener's
  reflection under ``member``), duplicate_turn, unparseable_line (a record cut off, three fields), truncated_turn
  (``... in the rider app under``); P-3310 exported again: duplicate_session at its first record.
* ``04_driftwood_chat_supervision_note.md`` (34 turns, 7 rows): a carer for her father with dementia; listener Bram.
  Two of her bubbles pasted three times: repetition_loop at the first bubble, duplicate_turn on three later copies and
  near_duplicate_turn on the last (capitalised); unknown_speaker (``Keturah (shift lead)``'s comment typed inline);
  truncated_turn (the copy ends at ``... message us here or``).
* ``05_generated_sample_helpline_chat.txt`` (41 turns, 8 rows): an LLM's sample chat; a print-works redundancy.
  meta_text four times (the leaked ``<think>...</think>`` line, ``Sure! Here's a realistic sample ...``, ``(Note: All
  names and details are fictional.)``, ``[End of chat]``); a volunteer line three times in a row (repetition_loop,
  duplicate_turn, near_duplicate_turn without its full stop); refusal (the model breaking character).
* ``06_buddy_scheme_whatsapp_export.txt`` (43 turns, 0 rows): the CLEAN file, a student buddy scheme's WhatsApp export
  over three evenings (homesick first-year in Wrexham, listener Thandiwe).
* ``07_sidewalk_quality_review_export.jsonl`` (53 turns, 5 rows): sw-5501, a dog walker whose client's dog was hit by a
  van: role_inversion (the volunteer's question under ``texter``), refusal (``As an AI language model, I cannot provide
  counselling ...``), near_duplicate_turn; sw-5502, a panic attack on the night bus, with every role swapped by the export
  (role_inversion, ONE row at its first message) and cut at the end (truncated_turn).
* ``08_kestrel_rota_export_week45.csv``: a volunteer rota, no transcript at all (unparseable_file, line 0).
* ``09_beacon_legacy_sms_transcript.txt`` (33 turns, 7 rows): a farmer's son after the herd failed its TB test.
  truncated_turn (an SMS cut at exactly 160 characters, ``... mum keeps making``), duplicate_turn, encoding_error twice
  (curly quotes stored as lone Windows-1252 bytes 0x92 in the UTF-8 file), unparseable_line (a colleague's note typed
  into the file), mojibake (a pasted template, ``Youâ€™re ... â€“``), near_duplicate_turn (the typed and the delivered copy).
* ``10_lanternline_chat_ai_tidied.txt`` (36 turns, 7 rows): a 24-year-old in Paisley after a break-up, drinking.
  meta_text (the AI tool's preamble, line 1), empty_turn, unknown_speaker (``Guest (2)``, his flatmate), refusal (the
  tool's ``I'm sorry, but I can't help with rewriting this part ...`` in the listener's place), role_inversion (the
  listener's question under ``Visitor``), mojibake (with a Latin-1 control for the closing quote), truncated_turn.

WHAT IS COUNTED. ``line`` is the 1-based physical line of the written file split on ``\n`` (every file LF, no BOM): the
``Label: text`` line; in 01 and 07 the line holding the message object (one message a line; 01's system messages are
no turns); in 03 the record's line (header = 1). A session-level row (07's swapped chat, 03's repeated P-3310) is at its
first turn; 08's row is at line 0. NOT counted, deliberately: a short repeat (``hello??`` ``hello??`` from a texter
waiting in the queue, ``ok``, ``yeah``, ``thanks``: real repeats); a standard opening line used in several chats (02 and
09, 03's two conversations, 07's two chats); 06's listener opening line on another evening and the member's thanks said
again after a reply (real repeats); a bubble ending in a function word that the same sender's next bubble continues; a
message without final punctuation; safety questions, helplines, GP signposting and a peer's honest limits inside
engagement; quotes of AI or chatbot refusals by a member or texter; headers, reference lines, rules, 05's bold title,
system lines (``Member joined the chat``, 06's encryption notice, 02's closing line); WhatsApp's ``<Media omitted>`` and
``this message was deleted`` (not empty). Counted: duplicate_turn for a consecutive copy delivered twice (01, 03, 09)
and for exact later copies in a loop; near_duplicate_turn on the later copy only; a repetition loop is one
``repetition_loop`` row on the first turn of the first occurrence plus a repeat row on every later copy; meta text
inside a message at the message's line and tool residue on its own line at that line; ``encoding_error`` for bytes
invalid in UTF-8, ``mojibake`` for text that decodes but was garbled upstream.

Decoys carry a ``decoy: ...`` tag in the script; the tag never reaches the truth. Self-checks (this writer's, not a
detector's): a turn is tagged ``mojibake`` exactly when it holds garbled text, ``encoding_error`` exactly when it holds
invalid bytes, ``empty_turn`` exactly when empty, ``unknown_speaker`` exactly when its speaker is in neither role; a
truncated turn ends in a letter and carries no decoy note; a clean message ending in a dangling word, or holding a
refusal-like or AI-like word, carries a decoy note; every same-role close repeat of a substantial message in a session
is marked or noted as real, and every mark is real; a loop has two marked later copies; only the marked session repeats
another, exactly; each container parses back (labelled lines, the whole JSON document and each message line, JSON
Lines, CSV) to exactly the turns written, on the lines recorded, and the unparseable record does not; 01's
unknown sender is the one id missing from ``participants``; only 09 fails strict UTF-8 decoding, and only on its two
marked lines; every truth row's line holds its turn's text; decoys never stand on a truth line; every file but 08 has at
least 30 turns and fewer truth lines than a quarter of its turns; at least 65% of all turns are clean; every kind is
present; 45 to 60 rows; no row twice. Standard library only.
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

KINDS = {
    "mojibake",
    "encoding_error",
    "duplicate_turn",
    "near_duplicate_turn",
    "repetition_loop",
    "refusal",
    "truncated_turn",
    "role_inversion",
    "meta_text",
    "empty_turn",
    "unknown_speaker",
    "unparseable_line",
    "duplicate_session",
    "unparseable_file",
}
SESSION_KINDS = {"role_inversion", "duplicate_session"}
LINE_KINDS = {"meta_text", "unparseable_line"}
REPEAT_KINDS = {"duplicate_turn", "near_duplicate_turn"}

T, C, X = "T", "C", "X"  # counsellor role (volunteer, listener), client role (texter, member), neither
RAW = "#"  # a script entry that is a line of its own, not a turn
NEW = "@session"  # a script entry that starts a session: (NEW, name, *session kinds)
LEGIT = "legitimate repeat"  # a decoy note allowing a deliberate same-role repeat of a substantial turn
CLEAN_FILE = "06_buddy_scheme_whatsapp_export.txt"
NOT_A_TRANSCRIPT = "08_kestrel_rota_export_week45.csv"
# a clean message whose last word is one of these LOOKS cut off: it must carry a decoy note (a bubble that the same
# sender's next bubble continues, or a chat habit), so that every such ending is a deliberate decoy
DANGLING = {
    "a", "an", "the", "and", "or", "but", "to", "of", "at", "for", "with", "about", "like", "if", "when", "so",
    "because", "cos", "my", "your", "his", "her", "their", "was", "i", "we", "can", "from", "by", "than", "as",
    "into", "some", "any",
}  # fmt: skip
# words that make a clean turn LOOK like a refusal, an AI artefact or a generation note: such a turn carries a decoy note
SUSPECT = re.compile(
    r"\b(?:sorry|can't|cant|cannot|unable|as an ai|language model|helpline|samaritans|shout|85258|999|111|"
    r"transcript|here's|here is|sample|note|generated?|summar\w*|bot|ai|assist\w*|copied|pasted)\b",
    re.IGNORECASE,
)


# ---------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------
MADE_GARBLED: set[str] = set()


def moji(text: str) -> str:
    """The UTF-8 bytes of ``text`` read as Windows-1252 (text garbled upstream; it decodes validly); the five bytes
    Windows-1252 leaves undefined come out as the Latin-1 control characters, as browsers and Excel show them."""
    out = "".join(sloppy_cp1252(byte) for byte in text.encode("utf-8"))
    assert out != text
    MADE_GARBLED.add(out)
    return out


def sloppy_cp1252(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


def garbled(text: str) -> bool:
    if any(part in text for part in MADE_GARBLED):
        return True
    try:
        return text.encode("cp1252").decode("utf-8") != text
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False


def cp1252_bytes(text: str) -> str:
    """``text`` written as Windows-1252 bytes into a UTF-8 file: each non-ASCII byte is kept as a lone surrogate so that
    it is written back as the raw byte (``surrogateescape``); those bytes are invalid UTF-8."""
    raw = text.encode("cp1252")
    out = raw.decode("utf-8", "surrogateescape")
    assert any(0xDC80 <= ord(ch) <= 0xDCFF for ch in out), text
    return out


def bad_bytes(text: str) -> bool:
    return any(0xDC80 <= ord(ch) <= 0xDCFF for ch in text)


def norm(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, norm(a), norm(b), autojunk=False).ratio()


def similar(a: str, b: str) -> bool:
    """So close that an unmarked copy would be a defect this writer forgot to mark."""
    return ratio(a, b) > 0.85


def related(a: str, b: str) -> bool:
    return ratio(a, b) > 0.6


def substantial(text: str) -> bool:
    """Long enough that a repeat is a defect rather than a backchannel ('ok', 'yeah', 'hello??', 'thanks')."""
    return len(norm(text).replace(" ", "")) >= 12


def last_word(text: str) -> str:
    words = re.findall(r"[a-z']+", text.lower())
    return words[-1] if words else ""


def js(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def csv_line(fields: Sequence[object]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="").writerow(fields)
    return buffer.getvalue()


def clock(start: str, step: int) -> Callable[[int], str]:
    """hh:mm stamps from ``start``, ``step`` seconds a message plus a little for its length."""
    hours, minutes = (int(part) for part in start.split(":"))
    state = [hours * 3600 + minutes * 60]

    def tick(length: int) -> str:
        now = state[0] % 86400
        state[0] += step + length // 3
        return f"{now // 3600:02d}:{now % 3600 // 60:02d}"

    return tick


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
    """Physical lines (LF), the truth rows and decoys, and the sessions and turns behind them."""

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
        where = f"{self.name}:{line}"
        if copy:
            assert not kinds and not notes, f"{where} a row or note inside a repeated session"
        else:
            assert ("unknown_speaker" in kinds) == (role == X), (where, label)
            assert ("mojibake" in kinds) == garbled(text), (where, text[:60])
            assert ("encoding_error" in kinds) == bad_bytes(text), (where, text[:60])
            assert ("empty_turn" in kinds) == (not text.strip()), (where, text[:60])
        if "truncated_turn" in kinds:
            assert text[-1].isalpha(), (where, text[-30:])
            assert not notes, f"{where} a truncated turn with a decoy note"
        elif text.strip() and not kinds and not copy and last_word(text) in DANGLING and text.rstrip()[-1].isalpha():
            assert notes, f"{where} a clean message ending in a dangling word without a decoy note: {text[-40:]!r}"
        if SUSPECT.search(text) and not kinds and not copy:
            assert notes, f"{where} a suspicious-looking clean turn without a decoy note: {text[:60]!r}"
        if session.kinds:
            assert "role_inversion" not in kinds, f"{where} a single inversion inside a swapped session"
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
        return "\n".join(self.out) + "\n"

    def render(self) -> bytes:
        return self.text().encode("utf-8", "surrogateescape")


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
# 01 the Kestrel peer-support app's JSON export of one chat: a metadata block, a participants list mapping sender ids
#    to roles, then ``"messages"`` with ONE message object a line. A 16-year-old member in GCSE mocks week whose
#    stepdad shouts at him; listener Corin. The shift supervisor's message (a sender id not among the participants)
#    got into the chat.
# ---------------------------------------------------------------------------
L1, M1, S1, SYS1 = "v_0219", "u_5f31a", "s_0011", "system"
S01: Script = [
    (SYS1, "Member joined the chat", "decoy: a system message, not a turn"),
    (SYS1, "Corin (listener) joined the chat", "decoy: a system message naming the listener"),
    (L1, "Hi, I'm Corin, one of the listeners at Kestrel. Thanks for messaging tonight. What's on your mind?"),
    (M1, "hi"),
    (M1, "idk where to start tbh"),
    (L1, "That's okay, there's no right place to start. Take your time"),
    (M1, "its mocks week and ive failed like 2 already"),
    (M1, "and my stepdad found out about the maths one and", "decoy: a bubble ending in 'and', continued by the next"),
    (M1, "went off at me"),
    (
        L1,
        "That sounds like a lot landing at once, mocks and then him going off at you. What happened when he found out?",
    ),
    (M1, "he just shouts. not hitting or anything. just shouts and says im lazy and ill end up like my real dad"),
    (L1, "That must really sting, being compared like that."),
    (M1, "yeah"),
    (M1, "mum doesnt say anything she just goes upstairs"),
    (L1, "So it feels like nobody's in your corner at home right now?"),
    (M1, "basically \U0001f614", "decoy: a real emoji, correctly encoded"),
    (M1, "and then my mates made a new snapchat group without me so thats great"),
    (L1, "Ouch. Finding out you've been left out of a group chat, on top of everything at home."),
    (M1, "saw it on jaydens phone lol"),
    # the message as the member typed it (“it’s fine honestly” and two crying faces), garbled by the web client
    (M1, moji("it’s fine honestly \U0001f62d\U0001f62d"), "mojibake"),
    (L1, "It doesn't sound fine, and that's okay too. Can I ask how you've been feeling in yourself this week?"),
    (M1, "tired. revising til 2 and then i just lie there"),
    (M1, "", "empty_turn"),
    (M1, "sometimes i think whats even the point of any of it"),
    (
        L1,
        "Thank you for telling me that. I want to check in properly: when you say what's the point, are you having any thoughts of suicide or of hurting yourself?",
    ),
    (M1, "no not like that"),
    (M1, "more like whats the point of revising if i fail anyway"),
    (
        L1,
        "Okay, thank you for being straight with me. If that ever changes you can message us any time, or text SHOUT to 85258, or call 999 if you're in danger. Is that okay to hold on to?",
        "decoy: helplines offered inside engagement, the chat goes on: not a refusal",
    ),
    (M1, "ok"),
    (L1, "So two mocks down. Which ones are still to come?"),
    (M1, "english and chem. english is ok i actually like english"),
    (M1, "english and chem. english is ok i actually like english", "duplicate_turn"),
    (L1, "It's good to hear there's something in there you actually like. What do you like about English?"),
    (M1, "were doing an inspector calls and mr pryce lets us argue about whos to blame"),
    (
        L1,
        "Arguing about who's to blame sounds like something you might be quite good at",
        "decoy: a complete sentence ending in 'at', no final punctuation",
    ),
    (M1, "haha yeah mum says i should be a lawyer"),
    (S1, "Corin can you start wrapping up in 10 pls, queue is at 14", "unknown_speaker"),
    (
        L1,
        "I'm really glad you messaged tonight. Before we finish, is there one small thing that might make tomorrow a bit easier?",
    ),
    (M1, "maybe going to bed before 2 lol"),
    (M1, "and telling mum i dont want to be in the same room as him when results come out"),
    (
        L1,
        "Both of those sound like really good places to start. It sounds like your mum could be in your corner if she knows what you need. And if things at home get worse, or you ever feel unsafe there, you can talk to a teacher you trust, or message us again and we can",
        "truncated_turn",
    ),
    (M1, "thanks corin"),
    (M1, "ok", "decoy: a second 'ok', a real repeat of a backchannel"),
    (SYS1, "Member left the chat", "decoy: a system message"),
]


def f01() -> Doc:
    doc = Doc("01_kestrel_chat_export_88412.json", {L1: T, M1: C, S1: X}, "json")
    doc.add("{")
    doc.add('  "export_version": "2.3",')
    doc.add('  "app": "Kestrel peer support",')
    doc.add('  "conversation_id": "kc-88412",')
    doc.add('  "started_at": "2024-11-05T21:47:10Z",')
    doc.add('  "participants": [')
    doc.add(f"    {js({'sender_id': M1, 'role': 'member', 'display_name': 'member'})},")
    doc.add(f"    {js({'sender_id': L1, 'role': 'listener', 'display_name': 'Corin'})}")
    doc.add("  ],")
    doc.add('  "messages": [')
    doc.start("kc-88412")
    seconds = 21 * 3600 + 47 * 60 + 10
    last = len(S01)
    for seq, (who, text, *tags) in enumerate(S01, 1):
        minutes, secs = divmod(seconds % 3600, 60)
        stamp = f"2024-11-05T{seconds // 3600:02d}:{minutes:02d}:{secs:02d}Z"
        seconds += 20 + len(text) // 2
        record = {"seq": seq, "sender_id": who, "sent_at": stamp, "text": text}
        if who == SYS1:
            record["type"] = "system"
        line = doc.add(f"    {js(record)}" + ("," if seq < last else ""))
        if who == SYS1:
            doc.mark(line, *tags)
        else:
            doc.turn(who, text, line, tags)
    doc.add("  ]")
    doc.add("}")
    return doc


# ---------------------------------------------------------------------------
# 02 the Beacon Text Line's conversation log as the shift lead exported it: three header lines, a rule, then
#    ``[hh:mm] Volunteer: text`` / ``[hh:mm] Texter: text``. An 18-year-old care leaver whose supported lodgings end and
#    who has a letter about bailiffs. The service's reply-suggestion tool twice got into the log: once its wrapper was
#    sent with the reply, once its refusal went out in the volunteer's place.
# ---------------------------------------------------------------------------
VO2, TX2 = "Volunteer", "Texter"
BEACON_OPENER = "Hi, you've reached the Beacon Text Line. I'm a trained volunteer and I'm here to listen. What's going on for you tonight?"
S02: Script = [
    (RAW, "Beacon Text Line - conversation log", "decoy: a header line"),
    (RAW, "Conversation BT-20241103-0417 | channel: SMS | exported by: shift lead (K.)", "decoy: a header line"),
    (RAW, "Times are UK time. Texter's number removed.", "decoy: a header line"),
    (RAW, "----------------------------------------", "decoy: a rule"),
    (TX2, "hello??"),
    (TX2, "hello??", "decoy: the texter nudging while she waits in the queue, a real repeat of a short message"),
    (VO2, BEACON_OPENER, "decoy: the service's standard opening line, also used in 09"),
    (TX2, "oh sorry didnt think anyone would actually answer", "decoy: the texter's apology"),
    (TX2, "ok so", "decoy: a bubble ending in 'so', continued by the next"),
    (TX2, "i got a letter today and i dont know what to do"),
    (VO2, "I'm glad you texted. Can you tell me a bit about the letter?"),
    (TX2, "its from the housing place. my placement ends when im 18 and 3 months and thats like now"),
    (
        TX2,
        "it says i have to be out by the 28th and if im not out they can send bailiffs and my pa said she would sort it but she's been off sick for weeks and nobody else has rung me back about the",
        "truncated_turn",
    ),
    (
        VO2,
        "Suggested reply (AI assist, edit before sending): It sounds like you're dealing with a lot of uncertainty right now. Would you like to tell me more about how you're feeling?",
        "meta_text",
    ),
    (TX2, "scared tbh"),
    (TX2, "like proper scared. ive got nowhere to go"),
    (VO2, "That sounds really frightening, being told to leave with nowhere lined up and nobody ringing you back."),
    (TX2, "yeah"),
    (TX2, "", "empty_turn"),
    (VO2, "Can I ask where you are right now? Are you safe where you are tonight?"),
    (TX2, "im in my room at the placement. its fine for tonight"),
    (TX2, "i actually thought about just walking into the sea last night"),
    (
        VO2,
        "I'm sorry, but I can't assist with that request. If you are in immediate danger, please contact your local emergency services.",
        "refusal",
    ),
    (TX2, "wtf"),
    (TX2, "was that a bot??", "decoy: the texter asking about the refusal"),
    (
        VO2,
        "I'm so sorry, that message wasn't meant to go. I'm a real person and I'm still here with you. You said you thought about walking into the sea last night. Are you having thoughts of ending your life?",
        "decoy: the volunteer's apology and a direct risk question, not a refusal",
    ),
    (TX2, "kind of. not tonight. last night was bad"),
    (VO2, "Thank you for telling me. What made last night so bad?"),
    (
        TX2,
        "i found out my mate cant have me on her sofa after all cos her mum said no",
        "decoy: the texter's own 'cant'",
    ),
    (VO2, "So the one back-up plan fell through, the same week as the letter."),
    (TX2, "yeah exactly", "decoy: a short reply"),
    (
        VO2,
        "Would it help to think together about who could help with the housing side tomorrow? The council has a duty to help care leavers who are about to become homeless.",
    ),
    (
        VO2,
        "would it help to think together about who could help with the housing side tomorrow?  the council has a duty to help care leavers who are about to become homeless",
        "near_duplicate_turn",
    ),
    (TX2, "really? i thought they just send you to a hostel"),
    (
        VO2,
        "They might offer somewhere temporary, but you should be able to ask for the leaving care team and a personal adviser who's covering. If you ring the council's housing line in the morning and say you're a care leaver with a notice to leave, that's the key bit.",
    ),
    (TX2, "ok"),
    (TX2, "care leaver with a notice to leave", "decoy: the texter saying the words back"),
    (TX2, "ok"),
    (VO2, "And tonight, if the thoughts about the sea come back, what could you do?"),
    (TX2, "text you lot again i guess"),
    (
        TX2,
        "or ring my nan. she doesnt know about any of this but she would want me to",
        "decoy: a complete sentence ending in 'to'",
    ),
    (
        VO2,
        "Both of those sound good. You can text us any time, and if you're ever about to act on those thoughts, call 999. Would ringing your nan tomorrow feel possible too?",
        "decoy: a helpline inside engagement, not a refusal",
    ),
    (TX2, "maybe. yeah"),
    (TX2, "thanks"),
    (TX2, "thank you for not being a bot lol", "decoy: a joke about the refusal, no final punctuation"),
    (VO2, "You're welcome. Take care tonight, and good luck with the council in the morning."),
    (TX2, "thanks"),
    (RAW, "---- conversation closed by volunteer ----", "decoy: a closing system line"),
]


def f02() -> Doc:
    doc = Doc(
        "02_beacon_text_line_log_BT-0417.txt",
        {VO2: T, TX2: C},
        "labelled",
        r"^\[\d\d:\d\d\] (?P<label>Volunteer|Texter):(?: (?P<text>.*))?$",
    )
    tick = clock("21:02", 40)

    def fmt(label: str, text: str) -> str:
        stamp = tick(len(text))
        return f"[{stamp}] {label}: {text}" if text else f"[{stamp}] {label}:"

    return labelled(doc, S02, fmt)


# ---------------------------------------------------------------------------
# 03 the Pebble peer app's message export as CSV, ``conversation_id,message_id,sent_at,sender_role,body``, one message
#    a record: P-3310, a sixth-former fasting in Ramadan through her A-level mocks; P-3318, a food-delivery rider whose
#    e-bike was stolen; then P-3310 again (the export job was run twice and appended). The listener's standard opening
#    line opens both conversations.
# ---------------------------------------------------------------------------
LI3, ME3 = "listener", "member"
PEBBLE_OPENER = "hi, thanks for reaching out to Pebble \U0001f642 i'm a peer listener, here to listen not judge. what's on your mind today?"
S03_A: Script = [
    (LI3, PEBBLE_OPENER, "decoy: the service's standard opening line, the same in both conversations"),
    (ME3, "hiya. its a bit silly really"),
    (LI3, "nothing's silly here. go on"),
    (ME3, "its ramadan and its my a level mocks and im so tired i cant think", "decoy: the member's own 'cant'"),
    (ME3, "like i read a page and its just gone"),
    (LI3, "fasting all day and then trying to revise sounds exhausting. how are you sleeping?"),
    (ME3, "badly. we eat late then suhoor is like 5 so i get maybe 4 hours"),
    (LI3, "4 hours a night and mocks. no wonder the pages aren't going in"),
    (
        ME3,
        "my mum keeps saying i dont have to fast during exams but i want to",
        "decoy: a complete sentence ending in 'to'",
    ),
    (ME3, "its important to me", "decoy: a short message continuing the bubble before"),
    (
        LI3,
        "it sounds like fasting really matters to you, and so do the mocks, and right now they're pulling against each other",
    ),
    (ME3, "yes exactly that"),
    (
        LI3,
        "is there anyone at school you could talk to about timing, like revising in the mornings when you've just eaten?",
    ),
    (ME3, "mrs hameed maybe. she gets it"),
    (LI3, "she sounds like a good person to ask"),
    (ME3, "ok ill ask her tomorrow. thanks for listening \U0001f64f", "decoy: a real emoji"),
    (LI3, "you're welcome. good luck with the mocks, and take care of yourself x"),
]
S03_B: Script = [
    (LI3, PEBBLE_OPENER, "decoy: the service's standard opening line, the same in both conversations"),
    (ME3, "hey"),
    (ME3, "someone nicked my bike outside the station last night"),
    (ME3, "its an ebike i do deliveries on it. its my whole income basically"),
    (LI3, "oh no. that's awful, and it's not just a bike then, it's your work"),
    (ME3, "yeah. £1400 still on finance"),
    (ME3, moji("and the police just gave me a crime number and said they don’t usually get them back"), "mojibake"),
    (
        LI3,
        "so you're still paying for it and you can't earn without it. how are you doing with all that?",
        "decoy: the listener reflecting the member's 'can't'",
    ),
    (ME3, "not great. i moved here in june for the work and i dont really know anyone"),
    (ME3, "the other riders just nod at you at the mcdonalds"),
    (
        ME3,
        "it sounds like the bike was more than a bike, it was the thing holding your week together. what's it been like being on your own with this?",
        "role_inversion",
    ),
    (LI3, "that sounds lonely. does anyone back home know what's happened?"),
    (ME3, "my sister. she said come home but i dont want to go back with nothing"),
    (ME3, "and my mum would be like i told you so", "decoy: a complete sentence ending in 'so'"),
    (LI3, "going home feels like giving up?"),
    (ME3, "kind of. like everyone was right"),
    (ME3, "kind of. like everyone was right", "duplicate_turn"),
    (RAW, "P-3318,m-0018,2024-10-09T19:4", "unparseable_line"),
    (LI3, "that's a heavy thing to carry on top of losing the bike"),
    (ME3, "yeah"),
    (ME3, "sorry im going on", "decoy: the member's apology"),
    (LI3, "you're not going on at all. can i ask, does the finance company or your insurer know yet?"),
    (ME3, "no i didnt think of that"),
    (ME3, "i think theres theft cover actually"),
    (
        LI3,
        "that could be worth a call tomorrow. and some delivery apps have a hardship fund too, it might be worth checking in the rider app under",
        "truncated_turn",
    ),
    (ME3, "ok thanks"),
    (ME3, "thanks for listening honestly"),
]


def f03() -> Doc:
    doc = Doc("03_pebble_messages_export.csv", {LI3: T, ME3: C}, "csv")
    doc.mark(
        doc.add(csv_line(["conversation_id", "message_id", "sent_at", "sender_role", "body"])), "decoy: the header row"
    )
    runs: tuple[tuple[str, str, Script, tuple[str, ...]], ...] = (
        ("P-3310", "2024-03-18T22:", S03_A, ()),
        ("P-3318", "2024-10-09T19:", S03_B, ()),
        ("P-3310", "2024-03-18T22:", S03_A, ("duplicate_session",)),
    )
    for conversation, day, script, kinds in runs:
        doc.start(conversation, *kinds)
        copy = "duplicate_session" in kinds
        for number, (who, text, *tags) in enumerate(script, 1):
            if who == RAW:
                doc.mark(doc.add(text), *tags)
                continue
            minute = min(59, 4 + number * 2)
            record = [conversation, f"m-{number:04d}", f"{day}{minute:02d}:00", who, text]
            doc.turn(who, text, doc.add(csv_line(record)), () if copy else tags)
    return doc


# ---------------------------------------------------------------------------
# 04 a Driftwood peer listener's copy of a chat, pasted from the chat window into a Markdown supervision note: a title,
#    an italic source line, a rule, then ``**Bram:** text`` / ``**Member:** text`` paragraphs with blank lines. A member
#    in her thirties caring for her father, who has dementia. Two of her bubbles were pasted three times; the shift
#    lead's comment was typed inline as if it were a turn; the copy stops where the selection ended.
# ---------------------------------------------------------------------------
BR4, ME4, KS4 = "Bram", "Member", "Keturah (shift lead)"
LOOP4_A = "he asked me who i was this morning. my own dad. i just smiled and said i'm the carer"
LOOP4_B = "and then i went and sat in the car for 20 mins \U0001f602 \U0001f62d"
S04: Script = [
    (RAW, "# Driftwood peer support \u2014 chat copied for supervision", "decoy: the title"),
    (
        RAW,
        "*Copied from the chat window by Bram, 14 Oct, 20:10\u201320:52. Member's details removed.*",
        "decoy: the source line",
    ),
    (RAW, "---", "decoy: a Markdown rule"),
    (BR4, "hey, welcome to driftwood. i'm bram, one of the peer listeners. how are you doing today?"),
    (ME4, "not great tbh"),
    (ME4, "sorry i dont really know how this works", "decoy: the member's apology"),
    (
        BR4,
        "no need to be sorry, there's no wrong way to do it. what's been going on?",
        "decoy: reassurance, not a refusal",
    ),
    (ME4, "i look after my dad. he's got dementia, vascular they think"),
    (ME4, "i moved back in with him in april"),
    (BR4, "that's a big change. how's it been, living with him again?"),
    (ME4, LOOP4_A, "repetition_loop"),
    (ME4, LOOP4_B, "decoy: real emoji, correctly encoded"),
    (ME4, LOOP4_A, "duplicate_turn"),
    (ME4, LOOP4_B, "duplicate_turn"),
    (ME4, LOOP4_A, "duplicate_turn"),
    (ME4, "And then I went and sat in the car for 20 mins \U0001f602 \U0001f62d", "near_duplicate_turn"),
    (BR4, "oh, that sounds so painful. him not knowing you, and you having to hold it together in the moment"),
    (KS4, "good reflection here bram, maybe slow down before the next question", "unknown_speaker"),
    (ME4, "yeah. and my brother lives in stroud and he rings on sundays and says how's dad like its a weather report"),
    (BR4, "so you're doing all of it, and he gets the sunday version"),
    (ME4, "exactly that"),
    (ME4, "sorry for the essay lol", "decoy: the member's apology"),
    (BR4, "honestly don't apologise, this is what i'm here for", "decoy: a complete sentence ending in 'for'"),
    (ME4, "the nights are the worst. he gets up at 3 and tries to go to work. he retired in 2009"),
    (ME4, "so i'm up with him and then i'm a zombie at my job"),
    (BR4, "that sounds exhausting. are you getting any help at all, like carers coming in, or respite?"),
    (ME4, "the gp mentioned a carers assessment but i never rang"),
    (ME4, "felt like admitting i cant do it", "decoy: the member's own 'cant'"),
    (
        BR4,
        "i'm not a professional so i can't tell you what your dad needs medically, but i can tell you a carer's assessment is for you, not him. asking for it isn't admitting you can't cope, it's how you keep coping",
        "decoy: a peer listener's honest limit followed by engagement, not a refusal",
    ),
    (ME4, "huh. never thought of it like that"),
    (ME4, "ok i might ring them on monday"),
    (
        BR4,
        "that sounds like a good step. and how are you doing in yourself, with the nights and everything? any dark thoughts?",
    ),
    (ME4, "no not like that. just tired and angry and then guilty for being angry"),
    (BR4, "tired, angry, and guilty about the angry. that's a lot of feelings for one person at 3am"),
    (ME4, "lol yeah"),
    (ME4, "thank you. genuinely"),
    (
        BR4,
        "anytime. you're doing something really hard, mostly on your own. ring them on monday if you can, and if it all gets too much at 3am you can always message us here or",
        "truncated_turn",
    ),
]


def f04() -> Doc:
    doc = Doc(
        "04_driftwood_chat_supervision_note.md",
        {BR4: T, ME4: C, KS4: X},
        "labelled",
        r"^\*\*(?P<label>Bram|Member|Keturah \(shift lead\)):\*\*(?: (?P<text>.*))?$",
    )
    for who, text, *tags in S04:
        if who == RAW:
            doc.mark(doc.add(text), *tags)
            doc.add("")
        else:
            doc.turn(who, text, doc.add(f"**{who}:** {text}" if text else f"**{who}:**"), tags)
            doc.add("")
    return doc


# ---------------------------------------------------------------------------
# 05 an LLM's answer to "write a realistic sample helpline text chat for volunteer training", saved as it came: its
#    leaked reasoning on one line, its preamble, a fiction note, a bold title, ``Volunteer: text`` / ``Texter: text``
#    with blank lines, a closing marker. The texter lost his job at a print works and cannot sleep. The model broke
#    character once with a refusal and got stuck on one volunteer line.
# ---------------------------------------------------------------------------
VO5, TX5 = "Volunteer", "Texter"
LOOP5 = "I hear you. It sounds like you're carrying a lot on your own right now."
S05: Script = [
    (
        RAW,
        "<think>The user wants a realistic sample crisis text chat for training volunteers. I should make the texter type in lowercase with typos and text-speak, include a risk assessment, and end with a safety plan. Keep the volunteer warm but not scripted.</think>",
        "meta_text",
    ),
    (RAW, "Sure! Here's a realistic sample helpline text chat you can use for volunteer training:", "meta_text"),
    (RAW, "(Note: All names and details are fictional.)", "meta_text"),
    (RAW, '**Sample Chat: "Can\'t Switch Off"**', "decoy: the sample's bold title, a heading"),
    (VO5, "Hi, thanks for texting in. I'm a trained volunteer and I'm here to listen. What's on your mind tonight?"),
    (TX5, "hey. idk really. cant sleep again", "decoy: the texter's 'cant'"),
    (VO5, "I'm glad you reached out. How long has sleep been difficult?"),
    (TX5, "since i lost my job. 3 weeks ago"),
    (TX5, "print works closed down. 19 years i was there"),
    (VO5, "Nineteen years is a long time. That's a huge loss, not just of a job."),
    (TX5, "yeah. its like i dont know what to do with my hands"),
    (TX5, "the wife keeps saying something will turn up"),
    (VO5, "How does it feel when she says that?"),
    (TX5, "like shes not listening tbh. or she doesnt want to hear it"),
    (VO5, LOOP5, "repetition_loop"),
    (VO5, LOOP5, "duplicate_turn"),
    (VO5, "I hear you. It sounds like you're carrying a lot on your own right now", "near_duplicate_turn"),
    (TX5, "yeah"),
    (TX5, "i havent told her about the mortgage letter"),
    (VO5, "That sounds like a heavy thing to be holding by yourself. What's stopping you from telling her?"),
    (TX5, "shes already worried. i dont want to make it worse"),
    (TX5, "and i feel like ive let everyone down"),
    (
        VO5,
        "It sounds like you're feeling a lot of shame right now. Sometimes when people feel like they've let everyone down, they have thoughts of ending their life. Are you having thoughts of suicide?",
        "decoy: a direct risk question, real counselling, not a refusal",
    ),
    (TX5, "sometimes. at night mostly"),
    (TX5, "i wouldnt do anything. i just think they'd get the insurance"),
    (
        VO5,
        "I'm sorry, but I can't continue this roleplay as it involves suicidal ideation. If you or someone you know is struggling, please reach out to a mental health professional or a crisis line such as the 988 Suicide & Crisis Lifeline.",
        "refusal",
    ),
    (
        VO5,
        "Thank you for being honest with me. That sounds really painful. Do you have a plan for how you would end your life?",
        "decoy: the sample's risk assessment going on, not a refusal",
    ),
    (TX5, "no. nothing like that. its just thoughts"),
    (VO5, "Okay. I'm glad you told me. What usually gets you through the nights when the thoughts come?"),
    (TX5, "walking the dog sometimes. shes old now but she likes it"),
    (VO5, "What's her name?"),
    (TX5, "biscuit lol"),
    (VO5, "Biscuit sounds like a good companion for a late-night walk."),
    (TX5, "she is. she doesnt care if i have a job"),
    (VO5, "It sounds like Biscuit is one place where you don't feel judged."),
    (TX5, "yeah. thats true actually"),
    (VO5, "Would it be okay if we thought together about what you could do if the thoughts get stronger tonight?"),
    (TX5, "ok"),
    (VO5, "Who is one person you could talk to about how you're feeling?"),
    (TX5, "my brother maybe. hes been through redundancy too"),
    (
        VO5,
        "That sounds like a good person to reach out to. And if you ever feel you might act on the thoughts, you can text us again any time, or call 999 if you're in immediate danger.",
        "decoy: the sample's safety plan with a helpline inside engagement",
    ),
    (TX5, "ok. thanks"),
    (TX5, "thanks for not making me feel stupid"),
    (
        VO5,
        "You're not stupid at all. You've been through a lot. Take care of yourself tonight, and give Biscuit a pat from me.",
    ),
    (TX5, "will do \U0001f436", "decoy: a real emoji"),
    (RAW, "[End of chat]", "meta_text"),
]


def f05() -> Doc:
    doc = Doc(
        "05_generated_sample_helpline_chat.txt",
        {VO5: T, TX5: C},
        "labelled",
        r"^(?P<label>Volunteer|Texter):(?: (?P<text>.*))?$",
    )
    return labelled(doc, S05, lambda label, text: f"{label}: {text}", blank=True)


# ---------------------------------------------------------------------------
# 06 the CLEAN file: a student buddy scheme's WhatsApp chat exported from the scheme's phone ("Export chat", without
#    media): ``dd/mm/yyyy, hh:mm - Name: text``, the encryption notice first. Three evenings of a first-year in Wrexham
#    who is homesick, skipping lectures and not eating properly, and Thandiwe, a trained peer listener. Every message is
#    real; the repeats are the people's own.
# ---------------------------------------------------------------------------
TH6, JU6 = "Thandiwe (Listener)", "Jules (member)"
MORNING6 = "Evening Jules! How are you doing today?"
S06: Script = [
    (
        RAW,
        "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.",
        "decoy: WhatsApp's encryption notice, a system line",
    ),
    (
        TH6,
        "Hi Jules, it's Thandiwe from the Mates scheme \U0001f44b Your form said evenings are best for you. How are you doing?",
    ),
    (JU6, "hiya"),
    (JU6, "honestly not amazing"),
    (JU6, "i thought uni would be like", "decoy: a bubble ending in 'like', continued by the next"),
    (JU6, "i dunno. fun"),
    (
        TH6,
        "That's a really common feeling in first year, even if it doesn't look like it from the outside. What's it been like for you?",
    ),
    (JU6, "everyone on my corridor already has their group. i just stay in my room mostly"),
    (JU6, "and i havent been to a lecture since tuesday"),
    (TH6, "That sounds lonely. Staying in your room, and then the lectures slipping too"),
    (JU6, "yeah"),
    (JU6, "<Media omitted>", "decoy: a photo left out of the export, not an empty message"),
    (JU6, "thats my tea lol", "decoy: explains the photo"),
    (TH6, "Is that... dry cereal? \U0001f602"),
    (JU6, "i cant be bothered cooking when nobody else is in the kitchen", "decoy: the member's own 'cant'"),
    (
        TH6,
        "I get that. Cooking for one in a shared kitchen can feel weirdly exposed. Can I ask how you're doing in yourself, apart from the food?",
    ),
    (JU6, "just flat. not like in danger or anything. just flat", "decoy: the member's own answer to the check-in"),
    (
        TH6,
        "Thanks for telling me. If flat ever turns into something heavier, you can message me here, and the uni's wellbeing team are there in the day too.",
    ),
    (JU6, "ok"),
    (JU6, "thanks"),
    (TH6, MORNING6),
    (JU6, "better actually!!"),
    (JU6, "went to the 9am"),
    (TH6, "The 9am! That's huge. How was it?"),
    (JU6, "boring lol but a girl from my seminar said hi"),
    (
        JU6,
        "i asked chatgpt how to make friends at uni and it said \"I'm sorry, but I can't help with that\" when i said i wanted to give up on people lmao",
        "decoy: the member quoting a chatbot's refusal",
    ),
    (
        TH6,
        "Ha, well, I'm not a chatbot and I'm not giving up on you. Did you and the girl from the seminar talk at all?",
        "decoy: the listener on the chatbot, not a refusal",
    ),
    (JU6, "a bit. shes from chester so like an hour from home"),
    (JU6, "we might get food after the seminar next week"),
    (TH6, "That sounds really nice. No pressure on it, just food."),
    (JU6, "ok"),
    (JU6, "ok", "decoy: a second 'ok', the member's own"),
    (TH6, MORNING6, "decoy: legitimate repeat, the listener's usual opening on another evening"),
    (JU6, "this message was deleted", "decoy: the member deleted a message, WhatsApp shows this in its place"),
    (JU6, "sorry sent that to the wrong chat haha", "decoy: explains the deleted message"),
    (TH6, "Haha no worries. How did the food after the seminar go?"),
    (JU6, "we went to the chippy and her flatmate came too"),
    (JU6, "and theyve asked me to the pub quiz on thursday"),
    (TH6, "Jules that's brilliant! How are you feeling about it?"),
    (JU6, "scared but like good scared"),
    (JU6, "thank you for checking in on me"),
    (TH6, "Of course. That's what I'm here for. Enjoy the quiz, and message me after if you want to."),
    (
        JU6,
        "thank you for checking in on me honestly",
        "decoy: legitimate repeat, the member's thanks said again after the reply, not a copy",
    ),
    (TH6, "\u2764\ufe0f"),
]


def f06() -> Doc:
    doc = Doc(
        CLEAN_FILE,
        {TH6: T, JU6: C},
        "labelled",
        r"^\d\d/\d\d/\d{4}, \d\d:\d\d - (?P<label>Thandiwe \(Listener\)|Jules \(member\)): (?P<text>.*)$",
    )
    days = iter(("04/11/2024", "06/11/2024", "09/11/2024"))
    day = next(days)
    tick = clock("19:40", 50)
    system = True
    for who, text, *tags in S06:
        if who == TH6 and text == MORNING6:
            day, tick = next(days), clock("19:05", 50)
        stamp = f"{day}, {tick(len(text))}"
        if who == RAW:
            assert system
            doc.mark(doc.add(f"{stamp} - {text}"), *tags)
            continue
        system = False
        doc.turn(who, text, doc.add(f"{stamp} - {who}: {text}"), tags)
    return doc


# ---------------------------------------------------------------------------
# 07 the Sidewalk youth chat service's export for a quality review, JSON Lines, ``{"chat_id", "ts", "role", "text"}``
#    with ``volunteer`` and ``texter``. sw-5501: a 19-year-old dog walker after a client's dog slipped its lead and was
#    hit by a car; the reply-suggestion tool's boilerplate went out once in the volunteer's place. sw-5502: a texter
#    after a panic attack on the night bus, written by the export with the two roles swapped from the first message,
#    and cut where the export stopped.
# ---------------------------------------------------------------------------
VO7, TX7 = "volunteer", "texter"
SIDEWALK_OPENER = "Hi, welcome to Sidewalk. I'm one of the volunteers. You can take your time, what's going on?"
S07: Script = [
    (NEW, "sw-5501"),
    (VO7, SIDEWALK_OPENER, "decoy: the service's standard opening line, the same in both chats"),
    (TX7, "hi um"),
    (TX7, "something bad happened at work today and i cant stop shaking", "decoy: the texter's own 'cant'"),
    (VO7, "I'm really glad you messaged. Can you tell me what happened?"),
    (TX7, "i walk dogs. like as a job"),
    (TX7, "one of them slipped his harness on the main road and a van hit him"),
    (TX7, "hes at the vets now. they dont know if hes going to make it"),
    (VO7, "That sounds so frightening. You saw it happen, and now you're waiting to hear."),
    (TX7, "i keep seeing it"),
    (TX7, "and the owner was so nice about it on the phone which is almost worse"),
    (VO7, "It sounds like you're carrying a lot of guilt about it, even though she was kind."),
    (TX7, "it was MY job to keep him safe"),
    (TX7, "how are you feeling in yourself right now, with all of this going round your head?", "role_inversion"),
    (VO7, "You were the one holding the lead, so it feels like it's all on you."),
    (TX7, "yes"),
    (
        TX7,
        'as an ai would say lol "it\'s important to remember that accidents happen"',
        "decoy: the texter mocking an AI's phrasing",
    ),
    (TX7, "sorry. thats what everyone keeps saying", "decoy: the texter's apology"),
    (VO7, "That's okay. It sounds like people keep saying it and it doesn't touch how you actually feel."),
    (
        VO7,
        "As an AI language model, I cannot provide counselling or emotional support. Please consult a licensed mental health professional.",
        "refusal",
    ),
    (TX7, "???"),
    (
        VO7,
        "I'm so sorry, that was an automated message that shouldn't have been sent. I'm a person, and I'm still here. Can I ask how you're feeling right now?",
        "decoy: the volunteer's apology after the tool's message, engagement goes on",
    ),
    (TX7, "shaky. sick. like i want to go to bed and not wake up til its over"),
    (
        VO7,
        "When you say not wake up, I want to check: are you having any thoughts of ending your life?",
        "decoy: a direct risk question, real counselling",
    ),
    (TX7, "no no. i mean sleep. i just want to skip tonight"),
    (VO7, "Thank you for explaining. That makes sense. Is there someone with you tonight?"),
    (TX7, "my housemate is in. i could tell her", "decoy: a complete sentence ending in 'her'"),
    (VO7, "Would it help to tell her, so you're not waiting for the vet's call on your own?"),
    (VO7, "would it help to tell her so you're not waiting for the vet's call on your own??", "near_duplicate_turn"),
    (TX7, "yeah. ok. ill go and knock"),
    (TX7, "thank you"),
    (NEW, "sw-5502", "role_inversion"),
    (VO7, SIDEWALK_OPENER),
    (
        TX7,
        "hey. i just had a panic attack on the night bus and i'm home now but i cant calm down",
        "decoy: the texter's own 'cant'",
    ),
    (VO7, "I'm glad you're home and that you messaged. Are you somewhere you can sit down?"),
    (TX7, "on the kitchen floor lol", "decoy: lol"),
    (VO7, "The kitchen floor is a fine place to be right now. Can you feel the floor under you?"),
    (TX7, "yeah its cold"),
    (
        VO7,
        "Good. Cold is something real to notice. Can you breathe out slowly, longer than you breathe in, a few times?",
    ),
    (TX7, "ok"),
    (TX7, "ok its a bit better"),
    (VO7, "You're doing really well. What happened on the bus, if you want to say?"),
    (TX7, "a guy was shouting at the driver and then he sat next to me and i couldnt get out"),
    (TX7, "my chest went tight and i thought i was dying"),
    (VO7, "That sounds terrifying, being boxed in next to him with nowhere to go."),
    (TX7, "yeah. i had to get off 3 stops early and walk"),
    (VO7, "Is this the first time you've had a panic attack, or has it happened before?"),
    (TX7, "couple of times since september. never this bad"),
    (
        VO7,
        "It might be worth talking to your GP about them, especially if they're getting worse. And if you ever have chest pain that doesn't settle, call 111 or 999",
        "decoy: medical signposting inside engagement, not a refusal; no final punctuation",
    ),
    (TX7, "ok. i will"),
    (VO7, "How are you feeling now, compared to when you first messaged?"),
    (TX7, "like a 4 out of 10. it was a 9"),
    (VO7, "From a 9 to a 4. That's your breathing and you doing that, on a cold kitchen floor."),
    (TX7, "haha yeah. thank you"),
    (
        VO7,
        "You're welcome. Before you go, could you think of one thing that would make the bus feel safer next time, like sitting near the driver or having",
        "truncated_turn",
    ),
]


def f07() -> Doc:
    doc = Doc("07_sidewalk_quality_review_export.jsonl", {VO7: T, TX7: C}, "jsonl")
    swap = {VO7: TX7, TX7: VO7}
    swapping = False
    chat = ""
    seconds = 0
    for who, text, *tags in S07:
        if who == NEW:
            doc.start(text, *tags)
            chat = text
            swapping = "role_inversion" in tags
            seconds = (20 if chat.endswith("1") else 23) * 3600 + 18 * 60
            continue
        label = swap[who] if swapping else who
        minutes, secs = divmod(seconds % 3600, 60)
        stamp = f"2024-09-{12 if chat.endswith('1') else 14}T{seconds // 3600:02d}:{minutes:02d}:{secs:02d}Z"
        seconds += 25 + len(text) // 2
        record = {"chat_id": chat, "ts": stamp, "role": label, "text": text}
        doc.turn(label, text, doc.add(js(record)), tags)
    return doc


# ---------------------------------------------------------------------------
# 08 NOT A TRANSCRIPT: Kestrel's volunteer rota for one week, exported as CSV by mistake into the folder of chat
#    exports. Its ``role`` column holds ``Listener`` and ``Shift lead`` and its notes mention chats, but there is no
#    message in it (unparseable_file, line 0).
# ---------------------------------------------------------------------------
ROTA8: tuple[tuple[str, ...], ...] = (
    ("shift_date", "start", "end", "role", "volunteer", "notes"),
    ("2024-11-04", "18:00", "22:00", "Shift lead", "Keturah A.", ""),
    ("2024-11-04", "18:00", "22:00", "Listener", "Corin M.", "max 3 chats"),
    ("2024-11-04", "18:00", "22:00", "Listener", "Yusra B.", "first shift after training - pair with Corin"),
    ("2024-11-04", "22:00", "01:00", "Listener", "Aurelio D.", ""),
    ("2024-11-05", "18:00", "22:00", "Shift lead", "Kojo F.", ""),
    ("2024-11-05", "18:00", "22:00", "Listener", "Corin M.", ""),
    ("2024-11-05", "18:00", "22:00", "Listener", "Mabli R.", "leaves at 21:30"),
    ("2024-11-05", "22:00", "01:00", "Listener", "Danae P.", "cover needed 00:00-01:00"),
    ("2024-11-06", "18:00", "22:00", "Shift lead", "Keturah A.", ""),
    ("2024-11-06", "18:00", "22:00", "Listener", "Caspian L.", ""),
    ("2024-11-06", "18:00", "22:00", "Listener", "Yusra B.", ""),
    ("2024-11-07", "18:00", "22:00", "Shift lead", "Kojo F.", "debrief 22:00"),
    ("2024-11-07", "18:00", "22:00", "Listener", "Aurelio D.", ""),
    ("2024-11-07", "18:00", "22:00", "Listener", "Blessing O.", "shadowing"),
    ("2024-11-08", "18:00", "22:00", "Shift lead", "Keturah A.", ""),
    ("2024-11-08", "18:00", "22:00", "Listener", "Corin M.", ""),
    ("2024-11-08", "22:00", "01:00", "Listener", "Danae P.", ""),
)


def f08() -> Doc:
    doc = Doc(NOT_A_TRANSCRIPT, {}, "rota")
    for row in ROTA8:
        doc.add(csv_line(row))
    doc.truth.append((0, "unparseable_file"))
    return doc


# ---------------------------------------------------------------------------
# 09 the Beacon Text Line's LEGACY SMS platform (before 2024), one conversation as its transcript.txt: a banner line,
#    ``VOLUNTEER hh:mm > text`` / ``TEXTER hh:mm > text``. A farmer's son near Truro the night after the herd failed
#    its TB test. The old platform kept the curly quotes of some iPhone messages as Windows-1252 bytes, so the UTF-8 file
#    holds two lines with bytes no UTF-8 reader can decode; the volunteer's pasted template came out garbled; the
#    platform did not join split SMS and wrote the typed and the delivered copy of one message; a colleague typed a
#    note into the file.
# ---------------------------------------------------------------------------
VO9, TX9 = "VOLUNTEER", "TEXTER"
LONG9 = (
    "the vet came back this afternoon and said 11 reactors and that means they all go probably, dad's just sat in the "
    "kitchen with the radio off and mum keeps making tea nobody drinks and im the one whos supposed to ring the "
    "haulier tomorrow"
)
CUT9 = LONG9[:160]
S09: Script = [
    (
        RAW,
        "=== Beacon Text Line | legacy SMS platform | conv 2023-0712-118 | exported 2024-02-01 ===",
        "decoy: the banner line",
    ),
    (VO9, BEACON_OPENER, "decoy: the service's standard opening line, also used in 02"),
    (TX9, "hi. not really sure why im texting"),
    (VO9, "That's okay. You don't need a reason. What's been happening?"),
    (TX9, CUT9, "truncated_turn"),
    (VO9, "That sounds like an awful day for your whole family. Are you all at home tonight?"),
    (TX9, "yeah. dads gone to bed now. first time hes gone before 11 in years"),
    (TX9, "yeah. dads gone to bed now. first time hes gone before 11 in years", "duplicate_turn"),
    (VO9, "It sounds like it's hit him hard. How about you? How are you doing with it?"),
    (
        TX9,
        cp1252_bytes("honestly i don\u2019t know. i keep thinking about the old cow, bramble. she\u2019s 14"),
        "encoding_error",
    ),
    (TX9, "had her since i was a kid"),
    (VO9, "Bramble sounds really special to you. Fourteen years is most of your life with her."),
    (TX9, "yeah"),
    (TX9, "sounds stupid to be this upset about a cow", "decoy: no final punctuation"),
    (VO9, "It doesn't sound stupid to me at all. She's been part of your family."),
    (RAW, "he sent a photo here i think but the old system never showed pictures - Mabli", "unparseable_line"),
    (TX9, "thats her", "decoy: a complete message about the photo, ending in 'her'"),
    (VO9, "She's beautiful. Thank you for showing me."),
    (TX9, "dad says its just business. but i watched him in the parlour and he couldnt look at them"),
    (VO9, "It sounds like everyone's trying to hold it together in their own way, and it's costing all of you."),
    (TX9, "yeah thats it exactly"),
    (
        VO9,
        moji(
            "You\u2019re not alone in this \u2013 a lot of farming families go through TB testing and it\u2019s OK to find it really hard. Are you having any thoughts of harming yourself or ending your life?"
        ),
        "mojibake",
    ),
    (TX9, "no. not that. i just feel useless"),
    (VO9, "Useless how?"),
    (
        TX9,
        cp1252_bytes(
            "like i can\u2019t fix it. i can\u2019t fix anything. i\u2019m just the one who rings the haulier"
        ),
        "encoding_error",
    ),
    (
        VO9,
        "You can't fix it, and you're still the one doing the hardest phone call. That's not useless.",
        "decoy: the volunteer reflecting the texter's 'can't'",
    ),
    (TX9, "didnt think of it like that"),
    (
        VO9,
        "Is there anyone you can talk to about this, other than your family? Some farmers find the farming support charities helpful, they understand TB.",
        "decoy: signposting inside engagement",
    ),
    (
        VO9,
        "Is there anyone you can talk to about this, other than your family? Some farmers find the farming support charities helpful, they understand TB.".replace(
            "family? Some", "family?  some"
        ).replace("TB.", "TB"),
        "near_duplicate_turn",
    ),
    (TX9, "theres a chaplain who comes to the market. he's alright"),
    (VO9, "He sounds like someone who'd get it. Could you talk to him on market day?"),
    (TX9, "maybe. tuesday"),
    (TX9, "ok. thank you. i think im going to try and sleep"),
    (VO9, "That sounds like a good idea. You can text us again any time, day or night. Take care of yourself tonight."),
    (TX9, "thanks. night"),
]


def f09() -> Doc:
    doc = Doc(
        "09_beacon_legacy_sms_transcript.txt",
        {VO9: T, TX9: C},
        "labelled",
        r"^(?P<label>VOLUNTEER|TEXTER) \d\d:\d\d > (?P<text>.*)$",
    )
    assert len(CUT9) == 160 and CUT9[-1].isalpha(), CUT9[-20:]
    tick = clock("23:02", 45)
    return labelled(doc, S09, lambda label, text: f"{label} {tick(len(text))} > {text}")


# ---------------------------------------------------------------------------
# 10 a Lanternline web chat that a supervisor pasted into an AI writing tool to "tidy it up for the case review" and
#    saved as text: the tool's preamble, a reference line, then ``Caspian (listener): text`` / ``Visitor: text``. A
#    24-year-old in Paisley after his girlfriend moved out, drinking alone. The tool refused one passage in the
#    listener's place, garbled one pasted message, lost the text of another; the visitor's flatmate typed on his laptop;
#    one of the listener's questions is under the visitor's label; the paste ends mid-message.
# ---------------------------------------------------------------------------
CA10, VI10, GU10 = "Caspian (listener)", "Visitor", "Guest (2)"
S10: Script = [
    (
        RAW,
        "Here's the cleaned-up version of the chat you asked for, with timestamps removed and the visitor's details redacted:",
        "meta_text",
    ),
    (RAW, "Lanternline web chat \u2014 ref LL-60931 \u2014 Thu 12 Dec, 23:40 to 00:27", "decoy: a reference line"),
    (CA10, "Hi, you're through to Lanternline. My name's Caspian. What's brought you here tonight?"),
    (VI10, "hi mate"),
    (VI10, "bit drunk sorry", "decoy: the visitor's apology"),
    (CA10, "No need to apologise. I'm glad you're here. How are you doing?"),
    (VI10, "shite honestly"),
    (VI10, "my girlfriend moved out on sunday. 4 years"),
    (VI10, "came home and half the flat was just gone"),
    (CA10, "Four years, and coming home to half the flat gone. That must have been a real shock."),
    (VI10, "she'd been saying for ages i drink too much"),
    (VI10, "so obviously im sat here drinking lol", "decoy: lol, no final punctuation"),
    (CA10, "It sounds like part of you can see the irony in that."),
    (VI10, "yeah"),
    (VI10, "", "empty_turn"),
    (CA10, "Can I ask how much you've had tonight?"),
    (VI10, "most of a bottle of vodka. and some cans before"),
    (CA10, "Thanks for being honest with me. Are you on your own in the flat?"),
    (VI10, "my flatmate's in his room"),
    (GU10, "this is his flatmate, he's ok, im keeping an eye on him", "unknown_speaker"),
    (VI10, "lol he's reading over my shoulder", "decoy: the visitor explaining the other voice"),
    (
        CA10,
        "I'm really glad he's there. Can I ask you something directly? Are you having any thoughts of suicide tonight?",
        "decoy: a direct risk question, real counselling",
    ),
    (VI10, "sometimes i think itd be easier. but i wouldnt"),
    (
        CA10,
        "I'm sorry, but I can't help with rewriting this part of the conversation because it involves self-harm. If you or someone you know is in crisis, please contact a crisis helpline.",
        "refusal",
    ),
    (VI10, "i keep thinking i ruined it. like it was all me"),
    (VI10, "do you think some of that might be the drink talking, and the night time?", "role_inversion"),
    (VI10, "maybe"),
    (VI10, "prob the vodka yeah", "decoy: no final punctuation"),
    (
        CA10,
        moji(
            "It makes sense you’d feel like that tonight. A few people have told me things look “less final” in the morning. Is there anyone you could talk to tomorrow, when you’re sober?"
        ),
        "mojibake",
    ),
    (VI10, "my sister. she never liked her anyway lol"),
    (CA10, "Sounds like your sister might be good to have in your corner right now."),
    (VI10, "yeah. shes sound"),
    (CA10, "For tonight, would you be willing to put the vodka away and have some water before bed?"),
    (VI10, "ok. yeah. flatmate says he'll take it"),
    (
        CA10,
        "That's a good idea. And if the thoughts get stronger, you can come back to us, or call 999 if you feel you might act on them.",
        "decoy: a helpline inside engagement, not a refusal",
    ),
    (VI10, "ok"),
    (VI10, "thanks caspian. sorry for rambling", "decoy: the visitor's apology"),
    (
        CA10,
        "You weren't rambling at all. Ring your sister tomorrow, drink some water, and go easy on yourself. You've had an awful week and it makes sense that you",
        "truncated_turn",
    ),
]


def f10() -> Doc:
    doc = Doc(
        "10_lanternline_chat_ai_tidied.txt",
        {CA10: T, VI10: C, GU10: X},
        "labelled",
        r"^(?P<label>Caspian \(listener\)|Visitor|Guest \(2\)):(?: (?P<text>.*))?$",
    )
    return labelled(doc, S10, lambda label, text: f"{label}: {text}" if text else f"{label}:")


BUILDERS: tuple[Callable[[], Doc], ...] = (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10)
# CSV layouts: number of fields, index of the speaker, index of the text
CSV_FIELDS = {"03_pebble_messages_export.csv": (5, 3, 4)}
BAD_BYTES_FILES = {"09_beacon_legacy_sms_transcript.txt"}


# ---------------------------------------------------------------------------
# self-checks (of this writer, not of any detector)
# ---------------------------------------------------------------------------
def all_turns(doc: Doc) -> list[Turn]:
    return [t for s in doc.sessions for t in s.turns]


def check_repeats(doc: Doc) -> None:
    """Every same-role repeat of a substantial turn in a session is marked (or noted as a real repeat)."""
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
            where = f"{doc.name}:{turn.line}"
            if substantial(turn.text) and (exact or close):
                assert marked or legit, f"{where} unmarked repeat {turn.text[:50]!r}"
            if legit:
                assert (exact or close) and not marked, f"{where} a noted repeat that is none"
            if not substantial(turn.text):
                assert not marked, f"{where} a backchannel marked as a repeat"
            if "duplicate_turn" in turn.kinds:
                assert exact, f"{where} duplicate_turn without an exact earlier turn"
            if "near_duplicate_turn" in turn.kinds:
                assert close and not exact, f"{where} bad near duplicate"
            if "repetition_loop" in turn.kinds:
                later = session.turns[index + 1 :]
                copies = [t for t in later if t.role == turn.role and related(t.text, turn.text)]
                assert len(copies) >= 2, f"{where} loop repeated fewer than three times"
                assert all(set(t.kinds) & REPEAT_KINDS for t in copies), f"{where} unmarked copy"
                assert not near, f"{where} a loop marked on a later copy"
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
                assert len({t.role for t in session.turns}) == 2, doc.name


def json_message(here: str) -> dict[str, object]:
    """A message line of 01's JSON export: one object, perhaps followed by a comma."""
    value = json.loads(here.strip().removesuffix(","))
    assert isinstance(value, dict)
    return value


def field_text(doc: Doc, here: str) -> str:
    """The words a reader of the layout sees on a line (for the truth-text check)."""
    if doc.layout == "json":
        return str(json_message(here)["text"])
    if doc.layout == "jsonl":
        return str(json.loads(here)["text"])
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
    elif doc.layout == "json":
        whole = json.loads("\n".join(physical))
        messages = whole["messages"]
        roles = {p["sender_id"]: p["role"] for p in whole["participants"]}
        found = 0
        for number, text in enumerate(physical, 1):
            if not text.lstrip().startswith('{"seq"'):
                assert number not in by_line, (doc.name, number)
                continue
            record = json_message(text)
            assert record == messages[found], (doc.name, number)
            found += 1
            if record.get("type") == "system":
                assert number not in by_line, (doc.name, number)
                continue
            turn = by_line[number]
            assert (record["sender_id"], record["text"]) == (turn.label, turn.text), (doc.name, number)
            # a sender the participants list does not name is a speaker in neither role
            assert (turn.label in roles) == (turn.role != X), (doc.name, number)
        assert found == len(messages), doc.name
    elif doc.layout == "jsonl":
        for number, text in enumerate(physical, 1):
            row = json.loads(text)
            turn = by_line[number]
            assert (row["role"], row["text"]) == (turn.label, turn.text), (doc.name, number)
    elif doc.layout == "csv":
        width, speaker, words = CSV_FIELDS[doc.name]
        for number, cells in enumerate(csv.reader(physical), 1):
            if number in unparseable:
                assert len(cells) != width, (doc.name, number)
                continue
            assert len(cells) == width, (doc.name, number)
            if number in by_line:
                turn = by_line[number]
                assert (cells[speaker], cells[words]) == (turn.label, turn.text), (doc.name, number)
            else:
                assert number == 1, (doc.name, number)
    elif doc.layout == "rota":
        # not a transcript: a table of shifts with no message column and no turn
        assert not turns and doc.truth == [(0, "unparseable_file")], doc.name
        rows = list(csv.reader(physical))
        assert rows[0] == list(ROTA8[0]) and all(len(row) == len(rows[0]) for row in rows), doc.name
        assert not any(name in rows[0] for name in ("text", "body", "message", "content")), doc.name
    else:
        raise AssertionError(doc.layout)


def check_written(doc: Doc, out: Path) -> list[str]:
    """The file's bytes decode as intended, line for line, and every row and decoy stands where it should."""
    raw = (out / doc.name).read_bytes()
    assert raw == doc.render(), doc.name
    try:
        raw.decode("utf-8")
        strict = True
    except UnicodeDecodeError:
        strict = False
    # only 09 holds bytes no codec of the file explains
    assert strict == (doc.name not in BAD_BYTES_FILES), doc.name
    data = raw.decode("utf-8", "surrogateescape")
    assert "\r" not in data and not data.startswith("\ufeff"), doc.name
    physical = data.split("\n")
    assert physical[-1] == "", doc.name
    lines = physical[:-1]
    assert lines == doc.out, doc.name
    for number, text in enumerate(lines, 1):
        assert bad_bytes(text) == any(line == number and kind == "encoding_error" for line, kind in doc.truth), (
            doc.name,
            number,
        )
    turn_lines = [t.line for t in all_turns(doc)]
    for row_line, _kind in doc.truth:
        if row_line == 0:
            continue
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
        if kind == "unparseable_file":
            assert line == 0 and not all_turns(doc), doc.name
            continue
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
            # cut mid-sentence: the line ends in a letter, and no later turn of the speaker picks the sentence up
            assert here == turn.text and here[-1].isalpha(), (doc.name, line)
        if kind == "role_inversion":
            # a single turn in the other role's voice: its label is the other role's
            assert turn.label in physical[line - 1], (doc.name, line)
        assert turn.text[:40] in here, (doc.name, line, kind)


def shown(text: str, width: int = 118) -> str:
    text = " ".join(text.split())
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    if len(text) > width:
        text = text[: width - 45] + " ... " + text[-40:]
    return text


def show_row(doc: Doc, physical: Sequence[str], line: int, kind: str) -> str:
    if line == 0:
        return shown(f"[whole file] {physical[0]} ... ({len(physical)} lines)")
    turns = [t for t in all_turns(doc) if t.line == line]
    if not turns:
        return shown(physical[line - 1])
    hits = [t for t in turns if kind in t.kinds]
    if kind in SESSION_KINDS and not hits:
        first = turns[0]
        return shown(f"[session starts] {first.label}: {first.text}")
    turn = hits[0]
    return shown(f"[{turn.label}] {turn.text or '(nothing)'}")


def open_ending(turn: Turn) -> bool:
    """A clean message that ends without final punctuation (most do, in chats): an implicit precision decoy."""
    text = turn.text.rstrip()
    return bool(text) and not turn.kinds and text[-1] not in ".?!\"')]:;*\u2019\u201d\u2026"


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or (len(argv) == 3 and argv[2] != "--show"):
        print("usage: python blind/thirtyfourth_defect_cases.py OUT_DIR [--show]", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    docs = [build() for build in BUILDERS]
    assert len({doc.name for doc in docs}) == len(docs)
    rows: list[tuple[str, int, str]] = []
    decoys = 0
    open_endings = 0
    turns_total = 0
    defective_turns = 0
    for doc in docs:
        (out / doc.name).write_bytes(doc.render())
        check_repeats(doc)
        physical = check_written(doc, out)
        check_truth_text(doc, physical)
        rows.extend((doc.name, line, kind) for line, kind in doc.truth)
        decoys += len(doc.decoys)
        turns = all_turns(doc)
        turns_total += len(turns)
        defective_turns += sum(1 for t in turns if t.kinds)
        open_endings += sum(1 for t in turns if open_ending(t))
        if doc.name == NOT_A_TRANSCRIPT:
            assert not turns, doc.name
        elif doc.name == CLEAN_FILE:
            assert not doc.truth and len(turns) >= 30, (doc.name, len(turns))
        else:
            assert doc.truth and len(turns) >= 30, (doc.name, len(turns))
            # realistic rates: most turns are clean
            assert len({line for line, _ in doc.truth}) * 4 < len(turns), doc.name
        print(f"{doc.name}: {len(turns)} turns, {len(doc.truth)} truth rows, {len(doc.decoys)} decoys")
        if len(argv) == 3:
            for line, kind in sorted(doc.truth):
                print(f"  {doc.name}:{line} {kind:20s} | {show_row(doc, physical, line, kind)}")
    check_sessions(docs)
    assert len(set(rows)) == len(rows), "duplicate truth rows"
    assert 45 <= len(rows) <= 60, len(rows)
    # at least 65% of the turns are clean (in fact far more)
    assert defective_turns * 100 <= turns_total * 35, (defective_turns, turns_total)
    rows.sort()
    with (out / "truth.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "line", "defect_type"])
        writer.writerows(rows)
    counts = Counter(kind for _, _, kind in rows)
    assert set(counts) == KINDS, KINDS ^ set(counts)
    print(
        f"wrote {len(docs)} files ({turns_total} turns, {defective_turns} with a turn-level row) and {len(rows)} truth rows to {out}"
    )
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    print(
        f"decoys: {decoys} noted (all on lines without a truth row), plus {open_endings} clean messages without final punctuation"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
