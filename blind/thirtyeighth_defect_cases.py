# ruff: noqa: E501, RUF001
r"""Thirty-eighth set of blind defect cases for the transcript-cleaning product: COUNSELLING BY E-MAIL, SMS AND IN-APP
MESSAGING, as services export it.

Blind conditions, as followed. The only things read were: ``head -n 15 /work/main/benchmarks/blind_defects.py`` (the
interface); ``ls /work/main/blind``; /work/shared/README.md (``cat``) and /work/shared/corpora/README.md (``cat | head
-100``, the whole file: ``wc -l`` at the end counted 30 lines); ``grep -n -A12 "tool.ruff" /work/main/pyproject.toml``; the docstrings of the earlier writers,
printed with ``ast.get_docstring`` by a ``.venv`` python snippet into /tmp/s28b/docs.txt (5807 lines, measured with ``wc
-l``, its own ``=====`` separators listed with ``grep -n``), of which were paged with ``sed`` only lines 1-11 (the first
writer), 2657-2777 (the thirty-fourth, whole), 1680-1712 (the end of the sixth's), 1800-1835 (the tenth's), 3436-3480
(the twelfth's), 335-360 (the eleventh's), 3850-3870 and 3920-3935 (the twenty-eighth's), 4020-4035 (the twenty-fifth's)
and 4720-4735 (the twenty-ninth's); besides, one ``grep -n -i -E`` over docs.txt for container words (``.eml``, mbox,
e-mail, fhir, Communication, ``wrote:``, pdf, sms, inbound, outbound, quoted, signature, footer; lines cut at 230
characters), to see which containers earlier sets used and how, and one loop of ``grep -ciw NAME docs.txt`` over
candidate names and places (counts only). The code of ONE model writer, blind/thirtyfourth_defect_cases.py, was read
with ``wc -l``, one ``grep -n`` of its top-level ``def``/``class``/constant lines and ``sed`` (lines 1-12, 130-390,
487-530, 1505-1662). No other file of the project was opened or grepped (no transforms, flows, tests, synth, schemas,
sql, docs, README or other benchmarks), nothing under /work/shared/corpora or /work/shared/seeds was read, no search
tool was used, git was run once by mistake near the end (``git --version``, its output discarded, never on the
repository), and the product, its tests and the benchmarks were never run. Every line of text
below was written for this set.

The only things run were: ``date -u``; ``mkdir`` of /tmp/s28b; the snippets above; ``cat`` heredocs writing this
file's parts under /tmp/s28b and ``cat`` joining them into /tmp/s28b/draft.py; system ``python3`` snippets making exact
replacements in the draft and, after it was copied here, in this file (and one ``sed -i`` on this file's pager regex);
runs of the draft and of this file into folders under /tmp/s28b with seeds 38, 1, 7, 99 and 2025 (``--show`` for 38);
probe copies of the draft (/tmp/s28b/probe.py) run with eight page heights for 04, to find one that puts the end of
04's cut message at the foot of page 2; one system ``python3 -c`` import of the draft that failed on its own (a
dataclass in a module loaded by ``exec_module``); ``sed``, ``cut``, ``cat -A``, ``iconv``, ``grep`` and ``wc`` on the
written files; ``cmp`` of truth files between seeds; ``ruff format``, ``ruff check`` and ``mypy`` on this file alone;
the last runs of this file into /tmp/s28b/final38, final1, final7, final99, final2025 and (with ``--show``, its output
in /tmp/s28b/show.log, read with ``cut`` and ``grep``) final_default, their truth files compared with ``cmp``.
The truth tags were written with the text. Fixes before the checks passed: a weekday table that lacked 3-9 March, a
clean turn holding ``suggested`` given its decoy note, 04's page height (the cut message first fell on page 3), the
gateway-retry and offline-queue copies given seconds rather than minutes between them, full nesting of quoted replies
in 01 (the first draft trimmed them below two levels), the Message-Id domain in 10, and four ``mypy`` complaints (a
loop variable reused, the e-mail payload types). No fix changed a truth tag or moved a truth row off its turn. Run as

    python blind/thirtyeighth_defect_cases.py OUT_DIR [--show] [--seed N]

to write 10 files and ``truth.csv`` (``file,line,defect_type`` with a header row) into OUT_DIR. ``--show`` prints every
truth row beside the line it names (and the turn behind it; invalid bytes as ``\xNN``). ``--seed`` (default 38) changes
only ids, message ids, phone numbers, seconds and times within an hour: the text, the layout and the truth lines are
the same for every seed (checked for 38, 1, 7, 99 and 2025).

Emphasis: the DECOYS of written counselling. Quoted earlier messages (``>`` and ``>>`` lines under ``On ..., ...
wrote:``) that repeat earlier turns word for word, a counsellor answering inline between the client's quoted lines,
signatures, sign-offs and confidentiality footers repeated on every message, ``Sent from my iPhone``, the forwarding
note and the From line of a message that only carries others, Gmail's account line and ``[Quoted text hidden]``,
Outlook's rules and header blocks, details fields that look like speaker labels (``Counsellor: Bryony S.``,
``Texter: +44 ...``), delivery-status rows with an empty body, read receipts, system and booking-reminder messages, an
auto-reply sent word for word to two texters, short ``ok``/``Thank you`` repeats, helplines inside signatures and inside
real engagement, counsellors saying what they cannot do and then engaging, a client joking about a "robot" reply, and
Windows-1252 curly quotes that are correct in a Windows-1252 file. Beside them, the real defects of these channels:
gateway retries, segments that never arrived, an app's offline queue, a re-sent e-mail, a writing tool's wrapper or
refusal sent as the counsellor's reply, a third person writing in, a mis-logged direction, and broken export records.

* ``01_saltmarsh_thread_SEC-4471_fwd_as_attachment.eml`` (12 turns, 3 rows, 21 noted decoys): an e-mail counselling
  thread forwarded by the counsellor to the records inbox as attachments: a multipart/mixed message whose first part is
  her note and whose twelve ``message/rfc822`` parts are the messages (UTF-8, 8bit), each quoting the one before with
  full nesting. Iwan, 41, a night-shift lorry driver grieving his father, his sister selling the house; counsellor
  Roisin Hendry. duplicate_turn (the counsellor's reply delivered twice a minute apart, both forwarded); mojibake (his
  paragraph copied from a laptop, ``Iâ€™ve``); unknown_speaker (his partner Nell replying to all). Decoys: the wrapper's
  From line and note, quotes, signatures and footers, ``Thanks Roisin.``, the counsellor's limits and helplines.
* ``02_larkspur_sms_gateway_log_2025-03.csv`` (40 turns, 6 rows, 11 decoys): an SMS gateway's log, one row per message
  and per delivery event: ``logged_at,message_sid,direction,from,to,status,num_segments,num_media,error_code,body``;
  ``inbound``/``received`` rows are the texter's, ``outbound-api``/``queued`` rows the volunteer's (the service's
  auto-reply included), ``sent``/``delivered`` rows repeat the sid with an empty body and are NOT turns. An apprentice
  roofer in debt (volunteer Ossie): truncated_turn (a three-segment SMS of which two arrived, 306 characters, ``...
  now shes barely``), duplicate_turn (a gateway retry three seconds later), empty_turn (a picture message), role_inversion
  (the volunteer's closing message logged as inbound). A mother of four-month-old twins (volunteer Wrenna): mojibake
  (``Itâ€™s``), unparseable_line (a status row cut to four fields by a hand edit; not a turn).
* ``03_greyfriars_bulk_export_Communication.ndjson`` (28 turns, 6 rows): a FHIR Bulk Data export, one ``Communication``
  a line, compact JSON; ``sender`` Practitioner (counsellor role), Patient (client), RelatedPerson (neither) or Device
  (a booking reminder: not a turn). Kit, 15, avoiding school after a panic attack; Dr Mairi Kinnaird. unknown_speaker
  (Kit's mother on Kit's account); meta_text (``Suggested reply (generated, please review before sending): ...`` inside
  a sent message); encoding_error (a Windows-1252 apostrophe byte, invalid UTF-8); truncated_turn (a message cut at 255
  characters, ``... change it toget``); unparseable_line (the first export part ended inside a record); the first
  encounter imported again under a new encounter id (duplicate_session at its first resource; its lines carry no
  other row).
* ``04_wayfarer_gmail_print_all_fennick.txt`` (11 turns, 2 rows, 11 decoys): a Gmail thread printed with "Print all" and
  converted with ``pdftotext``: Chrome's print header and footer (URL, ``n/4``) on every page, form feeds, Gmail's
  account line and message count, per message a sender line, a date line, ``To:``, the wrapped body, ``[Quoted text
  hidden]``. Ada, 58, caring for her husband after a stroke; Tom Cleeve. refusal (an AI writing aid's ``I'm sorry, but I
  can't help with writing a reply to this message ...`` sent as the counsellor's e-mail); truncated_turn (her message
  runs to the foot of page 2 and page 3 is missing, ``... and she thinks``; the footer jumps from 2/4 to 4/4). Decoys:
  his apology for the e-mail sent in error, her joke about a robot, a quoted line that is the only trace of the lost
  page's message.
* ``05_merrow_app_conversation_export.json`` (20 turns, 5 rows, 4 decoys): a therapy app's vendor export, pretty-printed
  with indent 2, a ``messages`` array with ``sender_role`` (therapist, client, admin, system). Jonah, doing exposure
  practice for contamination OCD; Sam Dunmore. repetition_loop + duplicate_turn twice (the offline queue sent one
  message three times, four seconds apart); empty_turn (a voice note, empty body, an audio attachment); unknown_speaker
  (the ``admin`` care team posting into the chat). Decoys: system messages, the therapist naming the three copies,
  ``not able to play voice notes``, ``ok``.
* ``06_lowther_message_history_pdftotext.txt`` (16 turns, 0 rows, 8 decoys): the CLEAN file: an online counselling
  platform's "Download message history" PDF through ``pdftotext``: a details block (``Client: ...``, ``Counsellor:
  Bryony S.``), ``Name (Role) · date`` lines, wrapped bodies, ``Read by Bryony S.`` receipts, page footers and running
  headers after form feeds. Bernard, 71, a retired inshore fisherman whose wife has moved into a care home.
* ``07_saltmarsh_returned_mail_SEC-4502.eml``: a delivery failure notice (multipart/report, the original's headers
  only) saved among the transcripts: no dialogue (unparseable_file, line 0). Decoys: its From lines.
* ``08_ferrol_eap_outlook_thread_RE_work_stuff.txt`` (11 turns, 2 rows, 9 decoys): an Outlook thread saved as "Text
  Only": Windows-1252 (curly apostrophes as single bytes, correct for the file), CR LF, NEWEST FIRST, the top message's
  tab-separated header, then each earlier message under a rule with its own ``From:`` block. Harriet, a ward sister
  burning out on nights; Dev Halyard (employee assistance). near_duplicate_turn (his reply re-sent seven minutes later
  with ``your`` corrected to ``you're``: the later copy, which stands higher in the file); meta_text (``Here's a warmer,
  more concise version of your draft:`` heading a sent reply). Decoys: signatures and disclaimers, the client naming the
  corrected copy, the counsellor's apology naming his writing tool.
* ``09_larkspur_transcript_LTS-250314-0192.eml`` (23 turns, 2 rows, 5 decoys): the text line's transcript e-mail to the
  volunteer, its body ``quoted-printable`` (soft breaks ``=`` at 76 columns, ``=E2=80=99``), a details block whose
  ``Texter:`` and ``Volunteer:`` lines are fields, ``hh:mm Name: text`` lines and ``System:`` lines (not turns). A
  16-year-old shut out of a group chat; Wrenna. role_inversion (the volunteer's reflection under ``Texter``);
  duplicate_turn (a texter message delivered twice in the same minute).
* ``10_tarn_applemail_saved_conversation.txt`` (10 turns, 2 rows, 5 decoys): Apple Mail's "Save As" plain text of a
  selected conversation: messages one after another with ``From:``/``Subject:``/``Date:``/``To:``/``Message-Id:``; the
  counsellor answers inline between the client's quoted lines. Delphine, a teacher waiting for an ultrasound; Anselm
  Ruiz. empty_turn (a photo of her checking diary sent without words); duplicate_turn (his reply selected twice, the Sent
  and the shared-inbox copy with the same Message-Id: the second copy).

Truth rows for the default seed (38): 29 in all: duplicate_session 1, duplicate_turn 6, empty_turn 3, encoding_error 1,
meta_text 2, mojibake 2, near_duplicate_turn 1, refusal 1, repetition_loop 1, role_inversion 2, truncated_turn 3,
unknown_speaker 3, unparseable_file 1, unparseable_line 2. 171 turns, 25 of them with a turn-level row; 77 noted decoys.

WHAT IS COUNTED (the conventions of the earlier writers' docstrings). ``line`` is the 1-based physical line of the
written file split on ``\n`` (08's CR LF lines count once). A turn-level row is at the line of the turn's speaker label
or its equivalent: in the e-mail files (01, 08, 10) the message's ``From:`` header line, the turn being the message's
OWN unquoted words (not its quoted earlier messages, sign-off, signature or footer); in 04 the sender line above the
date line; in 06 the ``Name (Role) · date`` line; in 09 the ``hh:mm Name:`` line (the first physical line of the
quoted-printable line); in 02 the record's line (header = 1); in 03 the resource's line; in 05 the message's
``"sender_role"`` line. A session-level row (03's repeated encounter) is at its first turn; 07's row is at line 0.
meta_text inside a turn is at the turn's line. A repetition loop is ``repetition_loop`` on the first occurrence and a
repeat row on every later copy; near_duplicate_turn and duplicate_turn mark the LATER copy in time (in 08, newest
first, it stands higher). ``encoding_error`` is for bytes invalid in the file's encoding, ``mojibake`` for text that
decodes but was garbled upstream. A speaker outside the counsellor and client roles (01's partner, 03's
RelatedPerson, 05's admin) is ``unknown_speaker``. NOT counted: system, status, reminder and receipt lines; header
blocks and details fields; auto-replies; quoted text; signatures; short repeats; 08's Windows-1252 bytes.

Self-checks (this writer's, not a detector's): a turn is tagged ``mojibake`` exactly when garbled, ``encoding_error``
exactly when it holds invalid bytes, ``empty_turn`` exactly when empty, ``unknown_speaker`` exactly when its speaker is
in neither role; a truncated turn ends in a letter and carries no note; a clean turn holding a refusal-like, AI-like or
helpline word, or ending in a dangling word, carries a decoy note; every same-role close repeat of a substantial turn
in a session is marked or noted as legitimate, every mark is a real repeat and a loop has two marked copies; only the
marked session repeats another; every file is read back by an independent reader (``email`` for 01 and 09 with the
quoted-printable body decoded, ``csv``, ``json`` per line and whole, the label lines of 04, 06, 08 and 10 with page
furniture and quotes skipped) into exactly the turns written, on the lines recorded; the unparseable lines do not
parse; only 03 and 08 fail strict UTF-8, 03 only on its marked line; decoys never stand on a truth line; the clean file
has no row and at least 12 turns; no defective file has truth lines on more than a third of its turns; at most 20% of
all turns carry a row; no row twice. Standard library only."""

from __future__ import annotations

import csv
import difflib
import email
import email.policy
import io
import json
import quopri
import random
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.message import Message
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
SESSION_KINDS = {"duplicate_session"}
LINE_KINDS = {"meta_text", "unparseable_line"}
REPEAT_KINDS = {"duplicate_turn", "near_duplicate_turn"}
T, C, X = "T", "C", "X"  # counsellor role, client role, neither
LEGIT = "legitimate repeat"  # a decoy note that allows a deliberate same-role repeat of a substantial turn
CLEAN_FILES = {"06_lowther_message_history_pdftotext.txt"}
NOT_A_TRANSCRIPT = "07_saltmarsh_returned_mail_SEC-4502.eml"
# a clean turn holding one of these words LOOKS like a refusal, AI residue or a helpline template: it carries a note
SUSPECT = re.compile(
    r"\b(?:sorry|apologies|can't|cannot|unable|not able|language model|as an ai|ai|copilot|draft|suggested|"
    r"samaritans|999|111|116 123|shout|here's|here is|version)\b",
    re.IGNORECASE,
)
DANGLING = {"a", "an", "the", "and", "or", "but", "to", "of", "at", "for", "with", "about", "if", "so", "my", "i"}

MADE_GARBLED: set[str] = set()


def moji(text: str) -> str:
    """UTF-8 bytes read as Windows-1252 upstream: the text decodes validly but is garbled."""
    out = "".join(_cp1252_char(byte) for byte in text.encode("utf-8"))
    assert out != text
    MADE_GARBLED.add(out)
    return out


def _cp1252_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


def garbled(text: str) -> bool:
    if any(part in text for part in MADE_GARBLED):
        return True
    return bool(
        re.search(
            "[\u00c2\u00c3\u00e2][\u0080-\u00bf\u2018-\u201e\u2020-\u203a\u20ac\u0152\u0153\u0160\u0161\u017d\u017e\u0178\u02c6\u02dc\u2122]",
            text,
        )
    )


def lone_cp1252(text: str) -> str:
    """``text`` stored as Windows-1252 bytes inside a UTF-8 file (lone surrogates written back as raw bytes)."""
    out = text.encode("cp1252").decode("utf-8", "surrogateescape")
    assert bad_bytes(out), text
    return out


def bad_bytes(text: str) -> bool:
    return any(0xDC80 <= ord(ch) <= 0xDCFF for ch in text)


def norm(text: str) -> str:
    text = text.lower().replace("\u2019", "'")
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, norm(a), norm(b), autojunk=False).ratio()


def substantial(text: str) -> bool:
    return len(norm(text).replace(" ", "")) >= 15


def js(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def csv_line(fields: Sequence[object]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="").writerow(fields)
    return buffer.getvalue()


@dataclass
class Turn:
    label: str
    role: str
    text: str
    line: int
    kinds: tuple[str, ...]
    notes: tuple[str, ...]
    order: int  # position in time (files written newest first have the later copies higher up)


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
    """The physical lines of one file, its truth rows and decoys, and the sessions and turns behind them."""

    def __init__(self, name: str, roles: dict[str, str], *, encoding: str = "utf-8", crlf: bool = False) -> None:
        self.name = name
        self.roles = roles
        self.encoding = encoding
        self.crlf = crlf
        self.out: list[str] = []
        self.truth: list[tuple[int, str]] = []
        self.decoys: list[tuple[int, str]] = []
        self.sessions: list[Session] = []
        self.line_rows: set[int] = set()
        self.count = 0

    def add(self, line: str) -> int:
        assert "\n" not in line and "\r" not in line, (self.name, line[:60])
        self.out.append(line)
        return len(self.out)

    def row(self, line: int, kind: str) -> None:
        assert (line, kind) not in self.truth, f"{self.name}:{line} {kind} twice"
        self.truth.append((line, kind))

    def start(self, name: str, *kinds: str) -> None:
        assert set(kinds) <= SESSION_KINDS, kinds
        self.sessions.append(Session(name, tuple(kinds)))

    def turn(self, label: str, text: str, line: int, tags: Sequence[str] = (), order: int | None = None) -> None:
        assert label in self.roles, (self.name, label)
        if not self.sessions:
            self.start("only session")
        role = self.roles[label]
        session = self.sessions[-1]
        kinds, notes = split_tags(tags)
        copy = "duplicate_session" in session.kinds
        where = f"{self.name}:{line}"
        if copy:
            assert not kinds and not notes, f"{where}: a row or note inside a repeated session"
        else:
            assert ("unknown_speaker" in kinds) == (role == X), (where, label)
            assert ("mojibake" in kinds) == garbled(text), (where, text[:60])
            assert ("encoding_error" in kinds) == bad_bytes(text), (where, text[:60])
            assert ("empty_turn" in kinds) == (not text.strip()), (where, text[:60])
            if text.strip() and not kinds and SUSPECT.search(text):
                assert notes, f"{where}: a suspicious-looking clean turn without a decoy note: {text[:70]!r}"
            words = re.findall(r"[a-z']+", text.lower())
            if text.strip() and not kinds and words and words[-1] in DANGLING and text.rstrip()[-1].isalpha():
                assert notes, f"{where}: a clean turn ending in a dangling word without a note"
        if "truncated_turn" in kinds:
            assert text.rstrip() == text and text[-1].isalpha(), (where, text[-30:])
            assert not notes, where
        row_kinds = list(kinds)
        if not session.turns:
            row_kinds = list(session.kinds) + row_kinds
        for kind in row_kinds:
            self.row(line, kind)
        for note in notes:
            self.decoys.append((line, note))
        self.count += 1
        session.turns.append(
            Turn(label, role, text, line, tuple(kinds), tuple(notes), self.count if order is None else order)
        )

    def mark(self, line: int, *tags: str) -> None:
        """A line that is not a turn: meta_text, unparseable_line or a decoy."""
        kinds, notes = split_tags(tags)
        assert set(kinds) <= LINE_KINDS, kinds
        for kind in kinds:
            self.row(line, kind)
            self.line_rows.add(line)
        for note in notes:
            self.decoys.append((line, note))

    def render(self) -> bytes:
        end = "\r\n" if self.crlf else "\n"
        return (end.join(self.out) + end).encode(self.encoding, "surrogateescape")

    def turns(self) -> list[Turn]:
        return [t for s in self.sessions for t in s.turns]


def stamp(rng: random.Random, day: int, hour: int, minute: int) -> tuple[int, int, int]:
    """A time on the given day, shifted by the seed by up to 20 minutes (never across the hour's day)."""
    shift = rng.randrange(0, 20)
    total = hour * 60 + minute + shift
    return day, total // 60, total % 60


WEEKDAY = {
    3: "Mon",
    4: "Tue",
    5: "Wed",
    6: "Thu",
    7: "Fri",
    8: "Sat",
    9: "Sun",
    10: "Mon",
    11: "Tue",
    12: "Wed",
    13: "Thu",
    14: "Fri",
    15: "Sat",
    16: "Sun",
    17: "Mon",
    18: "Tue",
    19: "Wed",
    20: "Thu",
    21: "Fri",
}


def rfc_date(day: int, hour: int, minute: int, second: int = 0) -> str:
    return f"{WEEKDAY[day]}, {day} Mar 2025 {hour:02d}:{minute:02d}:{second:02d} +0000"


def hex_id(rng: random.Random, size: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(size))


# ---------------------------------------------------------------------------
# e-mail helpers: a body is the writer's own paragraphs (the turn), then a sign-off and signature, then the earlier
# message quoted with "> " under an "On ..., ... wrote:" line. Quoted text, sign-offs and signatures are not turns.
# ---------------------------------------------------------------------------
@dataclass
class Mail:
    sender: str
    when: tuple[int, int, int]
    own: tuple[str, ...]
    sign: tuple[str, ...]
    quotes: int | None  # index of the earlier message quoted below, or None
    tags: tuple[str, ...] = ()


def quoted_block(mails: Sequence[Mail], bodies: list[list[str]], index: int | None) -> list[str]:
    if index is None:
        return []
    earlier = mails[index]
    day, hour, minute = earlier.when
    name = earlier.sender.split(" <")[0]
    addr = earlier.sender.split(" <")[1].rstrip(">")
    head = f"On {WEEKDAY[day]}, {day} Mar 2025 at {hour:02d}:{minute:02d}, {name} <{addr}> wrote:"
    out = ["", head]
    for line in bodies[index]:
        out.append((">" + line) if line.startswith(">") else ("> " + line if line else ">"))
    return out


def mail_bodies(mails: Sequence[Mail]) -> list[list[str]]:
    bodies: list[list[str]] = []
    for mail in mails:
        body: list[str] = []
        for number, para in enumerate(mail.own):
            if number:
                body.append("")
            body.append(para)
        if mail.sign:
            body.append("")
            body.extend(mail.sign)
        body.extend(quoted_block(mails, bodies, mail.quotes))
        bodies.append(body)
    return bodies


def own_text(mail: Mail) -> str:
    return "\n".join(mail.own)


SALT = "talk@saltmarsh-counselling.org.uk"
IW = "Iwan Pryce <iwanpryce82@gmail.com>"
RH = f"Roisin Hendry via Saltmarsh <{SALT}>"
NL = "Nell Garside <nellgarside@outlook.com>"
SALT_SIG = (
    "Roisin",
    "",
    "-- ",
    "Roisin Hendry (she/her)",
    "Email counsellor | Saltmarsh Email Counselling",
    "We reply within two working days. This inbox is not watched around the clock: if you are in danger now, call 999; Samaritans are on 116 123, day or night.",
    "",
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended only for the named recipient. If you have received it in error please tell the sender and delete it. Saltmarsh Counselling CIO, registered charity no. 1180000.",
)
IW_SIG = ("Iwan", "", "Sent from my iPhone")
S01 = [
    Mail(
        IW,
        (3, 22, 41),
        (
            "Hi,",
            "My GP gave me your leaflet. I'm not great on the phone so I thought I'd try this. I'm 41, I drive artics on nights out of the depot at Avonmouth, and my dad died in November. His heart, quick, out in his garden.",
            "What I'm struggling with is my sister. She wants the house sold by the summer and she's already had an estate agent round. I still go over there to cut his grass and she thinks I'm being soft. I've started sitting in the cab for an hour at the end of a shift because I don't want to walk in at home.",
            "Not sure what I'm asking for really. Somewhere to put it I suppose.",
        ),
        IW_SIG,
        None,
    ),
    Mail(
        RH,
        (5, 10, 12),
        (
            "Dear Iwan,",
            "Thank you for writing, and for telling me about your dad. Losing him so suddenly in November, and then having the house become a question so soon after, is a lot to carry through night shifts.",
            "You said you sit in the cab for an hour before going home. I wonder what that hour is like for you. Is it a place where you can let yourself think about him, or somewhere to switch off before walking in to a house where it all has to be held together?",
            "How this works: I'll reply within two working days, and you can write as much or as little as you like. There is no right way to do this.",
            "Warm wishes,",
        ),
        SALT_SIG,
        0,
        ("decoy: the service's terms inside a real reply; the helpline sits in the signature",),
    ),
    Mail(
        IW,
        (6, 6, 58),
        (
            "It's both I think. Some nights I put the radio on and some nights I just sit there with the engine off.",
            "The thing I keep coming back to is the shed. He had every tin and jar labelled in his writing, screws, washers, seed packets. My sister says it's all going to the tip. I know it's only a shed.",
        ),
        IW_SIG,
        1,
    ),
    Mail(
        RH,
        (7, 11, 30),
        (
            "Dear Iwan,",
            "\u201cI know it's only a shed\u201d, and yet you wrote about it before anything else. His handwriting on all those jars sounds like it is very much him.",
            "I can't tell you what should happen to the house or the shed; that's for you and your sister to work out between you. What I can do is help you get clearer about what matters to you in it, so that when you talk to her you're not only reacting. Would it help to write down what you'd want to keep, even if it's only a list for yourself?",
            "Warm wishes,",
        ),
        SALT_SIG,
        2,
        ("decoy: the counsellor's honest limit followed by engagement, not a refusal",),
    ),
    Mail(
        RH,
        (7, 11, 31),
        (
            "Dear Iwan,",
            "\u201cI know it's only a shed\u201d, and yet you wrote about it before anything else. His handwriting on all those jars sounds like it is very much him.",
            "I can't tell you what should happen to the house or the shed; that's for you and your sister to work out between you. What I can do is help you get clearer about what matters to you in it, so that when you talk to her you're not only reacting. Would it help to write down what you'd want to keep, even if it's only a list for yourself?",
            "Warm wishes,",
        ),
        SALT_SIG,
        2,
        ("duplicate_turn",),
    ),
    Mail(
        IW,
        (9, 23, 12),
        (
            "Sorry this is late, I wrote it on the laptop in the drivers' room and copied it over so it might look a bit odd.",
            moji(
                "I’ve made the list. The shed, his watch, the Land Rover manual he used to read in the bath. Dad’s chair too, but Rhian says it’s falling apart and she’s right. I don’t want money out of any of it, that’s the bit she doesn’t get."
            ),
        ),
        IW_SIG,
        4,
        ("mojibake",),
    ),
    Mail(
        NL,
        (10, 8, 5),
        (
            "Hello,",
            "I'm Nell, Iwan's partner. He left this open on the laptop and I hope you don't mind me writing. He hasn't slept properly since Christmas and last week he nearly went into the back of a van on the M5, he told me himself. Please don't tell him I wrote.",
        ),
        ("Nell",),
        4,
        ("unknown_speaker",),
    ),
    Mail(
        RH,
        (11, 10, 40),
        (
            "Dear Iwan,",
            "Thank you for the list. The watch and the manual in the bath made me smile; they say a lot about him.",
            "I also need to let you know that Nell wrote to this address yesterday, by replying to one of my emails. I haven't answered her and I won't share anything you write here with her. She said she is worried about your sleep and about a near miss on the M5. I'd like to ask you about that directly, because it matters: how are you sleeping, and how safe do you feel driving at the moment?",
            "Warm wishes,",
        ),
        SALT_SIG,
        5,
        ("decoy: the counsellor naming the third person's email inside a real reply, and a direct safety question",),
    ),
    Mail(
        IW,
        (11, 19, 20),
        (
            "She told me she'd written. I'm not angry with her.",
            "Sleep is bad, four hours if I'm lucky. The van thing was real, I drifted. I've told my manager and I'm on days from Monday while the GP sorts something. I'm not going to do anything stupid if that's what you're asking, but I am tired.",
        ),
        IW_SIG,
        7,
    ),
    Mail(
        RH,
        (13, 9, 55),
        (
            "Dear Iwan,",
            "Thank you for answering so plainly, and for going to your manager; that can't have been an easy conversation. Days from Monday and the GP sound like the right steps.",
            "If there is ever a night when it feels like more than tiredness, Samaritans are on 116 123 at any hour, and in an emergency 999. I'm saying that because you matter, not because I think you aren't coping.",
            "Next time, if you'd like, tell me about the conversation you want to have with Rhian. Not the one you'd have now: the one you'd want to have.",
            "Warm wishes,",
        ),
        SALT_SIG,
        8,
        ("decoy: helplines inside real engagement, and can't in ordinary speech",),
    ),
    Mail(IW, (13, 21, 47), ("Thanks Roisin.",), IW_SIG, 9),
    Mail(
        IW,
        (14, 7, 10),
        ("First day shift done. I'll write about Rhian at the weekend, I've started it in my head already.",),
        IW_SIG,
        9,
    ),
]


def f01(rng: random.Random) -> Doc:
    doc = Doc("01_saltmarsh_thread_SEC-4471_fwd_as_attachment.eml", {IW: C, RH: T, NL: X})
    boundary = f"----=_Part_4471_{hex_id(rng, 12)}"
    head = [
        "Return-Path: <r.hendry@saltmarsh-counselling.org.uk>",
        "From: Roisin Hendry <r.hendry@saltmarsh-counselling.org.uk>",
        "To: Case Records <records@saltmarsh-counselling.org.uk>",
        "Subject: Fwd: SEC-4471 thread for the case file",
        f"Date: {rfc_date(14, 16, 20, 3)}",
        f"Message-ID: <{hex_id(rng, 16)}@saltmarsh-counselling.org.uk>",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/mixed; boundary="{boundary}"',
        "",
        "This is a multi-part message in MIME format.",
        "",
        f"--{boundary}",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: 8bit",
        "",
    ]
    for piece in head:
        here = doc.add(piece)
        if piece.startswith("From: "):
            doc.mark(
                here, "decoy: the forwarding message's own From line (the counsellor to the records inbox), not a turn"
            )
    here = doc.add(
        "SEC-4471 (I.P.) for the file: the thread so far, 12 messages, oldest first, attached as sent. Closing summary to follow when we finish."
    )
    doc.mark(here, "decoy: the forwarding note, not a turn")
    doc.add("Roisin")
    doc.add("")
    bodies = mail_bodies(S01)
    for number, (mail, body) in enumerate(zip(S01, bodies, strict=True)):
        day, hour, minute = mail.when
        to = IW if mail.sender == RH else f"Saltmarsh Email Counselling <{SALT}>"
        doc.add(f"--{boundary}")
        doc.add("Content-Type: message/rfc822")
        doc.add(f'Content-Disposition: attachment; filename="message{number + 1:02d}.eml"')
        doc.add("")
        line = doc.add(f"From: {mail.sender}")
        doc.add(f"To: {to}")
        if mail.sender == NL:
            doc.add(f"Cc: {IW}")
        doc.add("Subject: " + ("first email" if number == 0 else "Re: first email"))
        doc.add(f"Date: {rfc_date(day, hour, minute, rng.randrange(60))}")
        doc.add(f"Message-ID: <{hex_id(rng, 20)}@{mail.sender.split('@')[1].rstrip('>')}>")
        doc.add("MIME-Version: 1.0")
        doc.add('Content-Type: text/plain; charset="UTF-8"')
        doc.add("Content-Transfer-Encoding: 8bit")
        doc.add("")
        first_quote = True
        for body_line in body:
            here = doc.add(body_line)
            if body_line.startswith(">") and first_quote and mail.quotes is not None:
                first_quote = False
                doc.mark(here, "decoy: quoted earlier message (repeats an earlier turn word for word)")
            elif body_line.startswith("CONFIDENTIALITY") and number > 1:
                doc.mark(here, "decoy: the confidentiality footer again")
        doc.turn(mail.sender, own_text(mail), line, mail.tags)
        doc.add("")
    doc.add(f"--{boundary}--")
    return doc


# ---------------------------------------------------------------------------
# 02 an SMS gateway's message log (CSV): one row per message AND per delivery event. Inbound ``received`` rows are the
#    texter's messages, outbound ``queued`` rows the volunteer's; ``sent``/``delivered`` status rows repeat the sid
#    with an empty body and are not turns. Two evenings of Larkspur Text Support.
# ---------------------------------------------------------------------------
IN, OUT = "inbound", "outbound-api"
LARK_AUTO = "Larkspur Text Support: thanks for your message. A trained volunteer will reply soon, usually within 10 minutes. If you are in danger now, call 999. Text STOP to end."
LONG_SMS = (
    "since about september. it started with trainers and then a jacket for site cos its freezing up on roofs and then i was paying "
    "one app off with another one. last week one of them sent a letter to mums house with red writing on it and she opened it cos she "
    "thought it was from the council and now shes barely speaking to me and i feel sick every time my phone buzzes"
)
CUT_SMS = LONG_SMS[:306]
S02A: list[tuple[str, ...]] = [
    (IN, "hi is this the text thing from the poster at college"),
    (OUT, LARK_AUTO, "decoy: the service's auto-reply (sent again word for word to the next texter)"),
    (OUT, "Hi, I'm Ossie, one of the volunteers at Larkspur. Yes, you've found us. What's been going on?"),
    (
        IN,
        "i owe money on like 4 of those pay later apps and my phone contract and i cant look at my banking app anymore",
    ),
    (
        OUT,
        "That sounds really stressful, and it makes sense you'd stop looking when it all piles up. Roughly how much is it all together, if you know?",
    ),
    (IN, "about 1900. im an apprentice i get 900 a month and give mum 200 of it"),
    (
        OUT,
        "Thanks for telling me. So about two months' wages, on top of helping at home. How long has it been building up?",
    ),
    (IN, CUT_SMS, "truncated_turn"),
    (
        OUT,
        "Your last text stopped partway, I think the rest didn't come through. I got the bit about the letter and your mum though, that sounds like a horrible week.",
        "decoy: the volunteer naming the cut message",
    ),
    (IN, "yeah it does that. basically i feel sick whenever my phone goes"),
    (
        OUT,
        "Feeling sick every time your phone buzzes is your body being on high alert. Can I ask, when things feel this heavy, do you ever have thoughts of hurting yourself or ending your life?",
        "decoy: a direct risk question inside engagement",
    ),
    (IN, "no nothing like that. just want it all to stop"),
    (IN, "no nothing like that. just want it all to stop", "duplicate_turn"),
    (
        OUT,
        "Thanks for being straight with me. Wanting it to stop makes complete sense. There are free debt charities that can freeze interest while you sort a plan, StepChange is one. Would it feel okay to look at that tomorrow?",
    ),
    (IN, "maybe. whats the catch"),
    (
        OUT,
        "No catch, they're a charity. They talk to people in exactly your spot every day and they won't judge you. You could ring on your lunch break.",
    ),
    (IN, "", "empty_turn", "@media"),
    (
        OUT,
        "I think a picture tried to come through but I can only see text here. Did you mean to send something?",
        "decoy: the volunteer naming the empty picture message",
    ),
    (IN, "it was the letter. doesnt matter. ill ring them tmrw on my break"),
    (
        IN,
        "That's a really good plan. It took guts to text tonight. You can text us again any evening, we're here from 6 till midnight.",
        "role_inversion",
    ),
    (IN, "thanks ossie"),
    (OUT, "Take care tonight. I'm going to close the conversation now, just text again if you need us."),
]
S02B: list[tuple[str, ...]] = [
    (IN, "Hi. Sorry to bother you. Is anyone there", "decoy: an apology that is only politeness"),
    (OUT, LARK_AUTO, "decoy: the service's auto-reply again, a template (" + LEGIT + ")"),
    (
        OUT,
        "Hi, you're not bothering anyone, that's what we're here for. I'm Wrenna, a volunteer. What's on your mind tonight?",
    ),
    (
        IN,
        "My twins are 4 months. Partner works offshore, 3 weeks on. I haven't slept more than 2 hours in a row since they were born and tonight I just sat on the landing and cried",
    ),
    (
        OUT,
        "That sounds exhausting, on your own with two babies for three weeks at a time. Sitting on the landing crying tells me how much you've been carrying. Are the twins asleep now?",
    ),
    (IN, "Yes finally. Im in the kitchen with the light off so they dont hear me"),
    (OUT, "I'm glad you've got a minute to yourself, even in the dark. What's been the hardest part this week?"),
    (
        IN,
        moji(
            "It’s the feeds at 3am. I look at them and feel nothing, like I’m watching someone else’s life. Then I feel like a terrible mum for even thinking it."
        ),
        "mojibake",
    ),
    (
        OUT,
        "You're not a terrible mum. Feeling flat and far away from your babies when you're this tired happens to lots of new parents, and it can also be a sign of postnatal depression, which is treatable. Have you been able to talk to your health visitor or GP about how you're feeling?",
    ),
    (IN, "Health visitor came last week but I said I was fine"),
    (
        OUT,
        "That's so common, it's hard to say it to someone's face. Would you feel able to ring her tomorrow and tell her what you've told me tonight?",
    ),
    (IN, "Maybe if I write it down first"),
    (OUT, "Writing it down first is a great idea. You could even read it out to her."),
    (IN, "ok"),
    (OUT, "How are you feeling now, compared with when you first texted?"),
    (IN, "Bit calmer. Going to try and sleep before the next feed"),
    (OUT, "That sounds good. Be kind to yourself tonight, and text us any evening you need to."),
    (IN, "ok thank you x"),
]
CSV02_HEADER = [
    "logged_at",
    "message_sid",
    "direction",
    "from",
    "to",
    "status",
    "num_segments",
    "num_media",
    "error_code",
    "body",
]
CUT_ROW_AFTER = 9  # in conversation B, after this many messages a status row was cut short by a hand edit


def f02(rng: random.Random) -> Doc:
    doc = Doc("02_larkspur_sms_gateway_log_2025-03.csv", {IN: C, OUT: T})
    service = "+447700900450"
    here = doc.add(",".join(CSV02_HEADER))
    doc.mark(here, "decoy: the header")
    for conv, (script, day, hour, minute) in enumerate(((S02A, 11, 21, 6), (S02B, 12, 22, 14))):
        texter = f"+44770090{rng.randrange(1000, 9999)}"
        doc.start(f"conversation {conv + 1}")
        seconds = hour * 3600 + minute * 60 + rng.randrange(0, 600)
        for number, (direction, text, *tags) in enumerate(script):
            seconds += 3 if "duplicate_turn" in tags else 40 + len(text) // 3
            when = f"2025-03-{day} {seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
            sid = "SM" + hex_id(rng, 32)
            media = "1" if "@media" in tags else "0"
            tags = [tag for tag in tags if tag != "@media"]
            segments = str(3 if "truncated_turn" in tags else max(1, -(-len(text) // 153)))
            if direction == IN:
                fields = [when, sid, IN, texter, service, "received", segments, media, "", text]
            else:
                fields = [when, sid, OUT, service, texter, "queued", segments, "0", "", text]
            line = doc.add(csv_line(fields))
            doc.turn(direction, text, line, tags)
            if direction == OUT:
                for lag, status in ((2, "sent"), (5, "delivered")):
                    stat = f"2025-03-{day} {(seconds + lag) // 3600:02d}:{(seconds + lag) % 3600 // 60:02d}:{(seconds + lag) % 60:02d}"
                    here = doc.add(csv_line([stat, sid, OUT, service, texter, status, segments, "0", "", ""]))
                    if status == "delivered" and number < 3:
                        doc.mark(here, "decoy: a delivery status row with an empty body, not an empty turn")
            if conv == 1 and number == CUT_ROW_AFTER:
                cut = seconds + 61
                here = doc.add(
                    f"2025-03-{day} {cut // 3600:02d}:{cut % 3600 // 60:02d}:{cut % 60:02d},SM{hex_id(rng, 32)},outbound-api,{service}"
                )
                doc.mark(here, "unparseable_line")
    return doc


# ---------------------------------------------------------------------------
# 03 a FHIR Bulk Data export, ``Communication.ndjson``: one Communication resource a line (secure messages between
#    sessions of Greyfriars CAMHS Digital). ``sender`` is a Practitioner (counsellor role), the Patient (client), a
#    RelatedPerson (neither) or a Device (the booking system's reminder: not a turn). The file was joined from two
#    export parts; the first part ended inside a record. Encounter ``enc-...a`` was imported twice.
# ---------------------------------------------------------------------------
PR, PT, RP, DV = "Practitioner/pr-mkinnaird", "Patient/pt-20931", "RelatedPerson/rp-20931-1", "Device/booking-reminders"
FULL_PLAN = (
    "That's brilliant to hear. Next week the plan is to try two lessons in the library, first and second period, and then on "
    "Thursday to walk past the sports hall on the way in, just past it, without going in. If that feels like too much we can change "
    "it together on Tuesday when we meet, so please don't push yourself on your own."
)
CUT_PLAN = FULL_PLAN[:255]
S03A: list[tuple[str, ...]] = [
    (
        PR,
        "Hi Kit, it's Mairi. As we agreed on Tuesday, this is where you can message me between sessions. I check it on weekdays before 5pm. How did the walk to the school gate go this morning?",
    ),
    (PT, "got to the gate. didnt go in. stood by the bins for 10 mins and then went home"),
    (
        PR,
        "Getting to the gate is further than last week, when you didn't leave the house. What did you notice in your body while you were standing by the bins?",
    ),
    (PT, "heart going mad. hands tingly. like the assembly thing was about to happen again"),
    (
        PR,
        "That sounds frightening. Those are the same signs we drew on the body outline: your alarm system firing even though nothing dangerous is happening. Did you try the slow breathing?",
    ),
    (PT, "a bit. it helped a bit. then a year 7 walked past and looked at me and i left"),
    (
        DV,
        "Reminder: you have an appointment with Dr M. Kinnaird on Tue 11 Mar at 16:00. Reply to this message if you need to change it.",
        "decoy: the booking system's reminder (a Device sender), not a turn",
    ),
    (
        RP,
        "Dr Kinnaird, this is Kit's mum on Kit's account. School have phoned again about attendance and said they may have to involve the education welfare officer. Is there a letter you can send them?",
        "unknown_speaker",
    ),
    (
        PR,
        "Thank you for letting me know. I'm happy to write to the school's SENCo about the plan we're working on, with Kit's agreement. Kit, is that okay with you? We can decide together on Tuesday what goes in it.",
    ),
    (PT, "ok. dont put the bins bit in"),
    (PR, "I won't. Nothing goes in without you seeing it first."),
]
S03B: list[tuple[str, ...]] = [
    (
        PR,
        "Suggested reply (generated, please review before sending): Hi Kit, Mr Okafor told me you made it into the library for first period today. How was it for you?",
        "meta_text",
    ),
    (PT, "it was ok. library is quiet. i sat by the window"),
    (
        PR,
        "A quiet seat by the window sounds like a good choice. On a scale of 0 to 10, how anxious were you when you walked in, and how anxious by the end of the lesson?",
    ),
    (PT, "8 going in. maybe 4 at the end"),
    (
        PR,
        "8 down to 4 without leaving: that's exactly what we talked about, the anxiety coming down on its own when you stay. That's a big deal, Kit.",
    ),
    (PT, lone_cp1252("mum says i should tell you it went well. i didn’t cry which is a first"), "encoding_error"),
    (PR, CUT_PLAN, "truncated_turn"),
    (PT, "ok"),
]


def fhir(rid: str, encounter: str, sent: str, sender: str, text: str) -> str:
    recipient = PT if sender != PT else PR
    resource = {
        "resourceType": "Communication",
        "id": rid,
        "status": "completed",
        "category": [
            {
                "coding": [
                    {
                        "system": "http://terminology.hl7.org/CodeSystem/communication-category",
                        "code": "notification" if sender == DV else "instruction",
                    }
                ]
            }
        ],
        "subject": {"reference": PT},
        "encounter": {"reference": encounter},
        "sent": sent,
        "recipient": [{"reference": recipient}],
        "sender": {"reference": sender},
        "payload": [{"contentString": text}],
    }
    return json.dumps(resource, ensure_ascii=False, separators=(",", ":"))


def f03(rng: random.Random) -> Doc:
    doc = Doc("03_greyfriars_bulk_export_Communication.ndjson", {PR: T, PT: C, RP: X})
    enc_a, enc_b, enc_c = (f"Encounter/enc-{hex_id(rng, 8)}{tail}" for tail in "abc")
    base = rng.randrange(0, 30)
    plan = ((S03A, enc_a, 4, ""), (S03B, enc_b, 12, "cut"), (S03A, enc_c, 4, "copy"))
    for script, encounter, day, what in plan:
        doc.start(encounter, *(("duplicate_session",) if what == "copy" else ()))
        minutes = 15 * 60 + base
        for number, (sender, text, *tags) in enumerate(script):
            minutes += 35 + 7 * number
            sent = f"2025-03-{day + number // 4:02d}T{minutes // 60 % 24:02d}:{minutes % 60:02d}:00Z"
            line = doc.add(fhir(f"comm-{hex_id(rng, 12)}", encounter, sent, sender, text))
            if sender == DV:
                doc.mark(line, *([] if what == "copy" else tags))
            else:
                doc.turn(sender, text, line, [] if what == "copy" else tags)
        if what == "cut":
            record = fhir(
                f"comm-{hex_id(rng, 12)}",
                enc_b,
                "2025-03-14T16:40:00Z",
                PR,
                "Have a restful weekend, Kit. See you on Tuesday.",
            )
            here = doc.add(record[:118])
            doc.mark(here, "unparseable_line")
    return doc


# ---------------------------------------------------------------------------
# 04 a Gmail thread printed with "Print all" to PDF by the counsellor and converted with ``pdftotext``: Chrome's print
#    header (date, title) and footer (the print URL, ``n/N``) on every page, a form feed opening each new page, Gmail's
#    account line and message count, then per message a sender line, a date line, ``To:``, the body wrapped by the
#    PDF's width and ``[Quoted text hidden]``. Page 3 of 4 was missing from the PDF kept on file.
# ---------------------------------------------------------------------------
TC = "Tom Cleeve <tom@wayfarercounselling.co.uk>"
AF = "Ada Fennick <ada.fennick@btinternet.com>"
WAY_SIG = (
    "Tom",
    "--",
    "Tom Cleeve MBACP",
    "Wayfarer Counselling",
    "07700 900817 | wayfarercounselling.co.uk",
    "This email is confidential and meant only for the person it is addressed to. Email is not checked in the evenings or at weekends: if you need help urgently, call 999 or Samaritans on 116 123.",
)
# (sender, day, hh, mm, paragraphs, sign-off lines, quoted lines, tags)
S04: list[tuple[str, int, int, int, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = [
    (
        AF,
        3,
        20,
        14,
        (
            "Dear Tom,",
            "Thank you for the call on Friday. You suggested I write between our sessions when things build up, so here I am. Gareth had a bad day. He threw his beaker at the wall because he couldn't find the word for kettle, and then he cried, and I stood in the kitchen holding a tea towel and felt absolutely nothing. Eleven months since the stroke and I feel like his nurse, not his wife.",
        ),
        ("Ada",),
        (),
        ("decoy: 'suggested' in ordinary speech",),
    ),
    (
        TC,
        4,
        11,
        2,
        (
            "Dear Ada,",
            "Thank you for writing, I'm glad you did. Feeling nothing in that moment, with the tea towel in your hands, may be what happens to someone who has been on alert for eleven months. It doesn't mean you don't care about him.",
            "You wrote that you feel like his nurse, not his wife. What do you miss most about being his wife?",
        ),
        WAY_SIG,
        ("[Quoted text hidden]",),
        (),
    ),
    (
        AF,
        5,
        21,
        30,
        (
            "Talking. We used to do the crossword together, he'd read the clues out in silly voices. Now I do it on my own at the kitchen table after he's in bed and it's the loneliest half hour of the day.",
        ),
        ("Ada",),
        ("[Quoted text hidden]",),
        (),
    ),
    (
        TC,
        6,
        10,
        15,
        (
            "I'm sorry, but I can't help with writing a reply to this message. It sounds like the person is going through a lot. If someone is in crisis, please encourage them to contact a mental health professional or a local helpline.",
        ),
        (),
        ("[Quoted text hidden]",),
        ("refusal",),
    ),
    (
        TC,
        6,
        10,
        24,
        (
            "Dear Ada,",
            "Please ignore my last email, which went out in error before I had written my reply. I'm sorry for the confusion it must have caused.",
            "The crossword. That half hour sounds like the place where the loss is sharpest: the ordinary thing you shared that is now only yours. I wonder whether any part of it could still be his, even if it isn't the clues. Could he fill in the letters while you read them out?",
        ),
        WAY_SIG,
        ("[Quoted text hidden]",),
        ("decoy: the counsellor's apology for the email sent in error, inside a real reply",),
    ),
    (
        AF,
        6,
        19,
        2,
        (
            "I did wonder! I thought you'd been replaced by a robot. No harm done.",
            "I'll try the letters idea. He was always quicker than me at anagrams.",
        ),
        ("Ada",),
        ("[Quoted text hidden]",),
        ("decoy: the client joking about the refusal (a robot)",),
    ),
    (
        TC,
        7,
        9,
        40,
        (
            "Dear Ada,",
            "I'm glad it made you laugh rather than worry. Let me know how the letters go; I'd like to hear about it, whichever way it turns out.",
        ),
        WAY_SIG,
        ("[Quoted text hidden]",),
        (),
    ),
    (
        AF,
        9,
        22,
        11,
        (
            "We tried it on Saturday. He couldn't hold the pen for long but he got BREAD, and then he pointed at 7 down and said 'mine' very clearly, and I laughed so much I had to sit down.",
            "Then on Sunday his daughter from his first marriage came over and told me I'm not letting him do enough for himself, and that she's been reading about stroke recovery online and she thinks",
        ),
        (),
        (),
        ("truncated_turn",),
    ),
    # (the counsellor's reply of 10 March was on the missing page 3)
    (
        AF,
        12,
        20,
        50,
        (
            "Thank you for that, Tom. You're right that I don't have to answer her straight away, or on her terms. I've written her a card instead of ringing, it felt calmer.",
        ),
        ("Ada",),
        (
            "On Mon, 10 Mar 2025 at 10:31, Tom Cleeve <tom@wayfarercounselling.co.uk> wrote:",
            "> You don't have to answer her straight away. It might help to notice what you",
            "> feel when she says it, before deciding what you think.",
            "[Quoted text hidden]",
        ),
        (),
    ),
    (
        TC,
        13,
        10,
        5,
        (
            "Dear Ada,",
            "A card sounds like a thoughtful way to say it at your own pace. We have our call on Friday at 2pm; bring the crossword if you like.",
        ),
        WAY_SIG,
        ("[Quoted text hidden]",),
        (),
    ),
    (AF, 13, 18, 40, ("Thank you. See you Friday.",), ("Ada",), ("[Quoted text hidden]",), ()),
]


def long_date(day: int, hour: int, minute: int) -> str:
    return f"{day} March 2025 at {hour:02d}:{minute:02d}"


def f04(rng: random.Random) -> Doc:
    import textwrap

    doc = Doc("04_wayfarer_gmail_print_all_fennick.txt", {TC: T, AF: C})
    printed = f"14/03/2025, {9 + rng.randrange(3):02d}:{rng.randrange(60):02d}"
    url = f"https://mail.google.com/mail/u/0/?ik={hex_id(rng, 10)}&view=pt&search=all&permthid=thread-f:17{rng.randrange(10**16, 10**17)}"
    pages = 4
    state = {"page": 1, "used": 0}
    capacity = 64

    def header(first: bool) -> None:
        lead = "" if first else "\f"
        here = doc.add(lead + printed)
        doc.mark(here, "decoy: the browser's print header (date)")
        doc.add("Wayfarer Counselling Mail - Re: crossword")
        state["used"] = 2

    def footer() -> None:
        doc.add("")
        here = doc.add(url)
        doc.mark(here, "decoy: the print URL in the page footer")
        doc.add(f"{state['page']}/{pages}")

    def put(line: str) -> int:
        if state["used"] >= capacity:
            footer()
            state["page"] += 1
            header(False)
        state["used"] += 1
        return doc.add(line)

    header(True)
    here = put(TC)
    doc.mark(here, "decoy: Gmail's account line at the top of the print (not a message)")
    put("Re: crossword")
    put(f"{len(S04) + 1} messages")
    for sender, day, hour, minute, paras, sign, quoted, tags in S04:
        put("")
        line = put(sender)
        put(long_date(day, hour, minute))
        put(f"To: {AF if sender == TC else TC}")
        put("")
        for number, para in enumerate(paras):
            if number:
                put("")
            for piece in textwrap.wrap(para, 92):
                put(piece)
        if sign:
            put("")
            for piece in sign:
                for bit in textwrap.wrap(piece, 92) or [piece]:
                    put(bit)
        for piece in quoted:
            here = put(piece)
            if piece.startswith("On Mon"):
                doc.mark(here, "decoy: a quoted reply line, the only copy left of the message on the missing page")
        doc.turn(sender, " ".join(paras), line, tags)
        if "truncated_turn" in tags:
            assert state["page"] == 2 and state["used"] > capacity - 12, state
            footer()
            state["page"] = 4
            header(False)
    assert state["page"] == pages, state
    footer()
    return doc


# ---------------------------------------------------------------------------
# 05 the Merrow therapy app's conversation export (vendor JSON, pretty-printed with indent 2): ``participants`` and a
#    ``messages`` array whose objects carry ``sender_role`` (``therapist``, ``client``, ``admin``, ``system``). The
#    turn's line is its ``"sender_role"`` line. The client's offline queue sent one message three times.
# ---------------------------------------------------------------------------
TH5, CL5, AD5, SY5 = "therapist", "client", "admin", "system"
LOOPED = "Done it. 5 min typing after the handle. Before 90, after 70. Flatmate came in and I didn't warn her about anything which is a first"
S05: list[tuple[str, ...]] = [
    (SY5, "Sam Dunmore started the conversation", "decoy: a system message, not a turn"),
    (
        TH5,
        "Hi Jonah, this is Sam. As we agreed, message me here after each exposure practice with your before and after ratings. I'll reply within a working day.",
    ),
    (CL5, "Did the first one. Touched the lab door handle and didn't wash for 20 min. Before 85, after 60."),
    (
        TH5,
        "That's a strong start, and 85 down to 60 with no washing is exactly what we hoped for. What went through your mind in those 20 minutes?",
    ),
    (CL5, "That I'd spread it to my laptop and then to my flatmate's food. I kept my hands in my lap the whole time"),
    (
        TH5,
        "Keeping your hands in your lap sounds like a way of making things safe. It's understandable, and it's worth noticing, because it might be doing the same job as washing. For the next practice, could you touch the handle and then type on your laptop as usual?",
    ),
    (CL5, "Ok. That's a 90 though"),
    (TH5, "It's okay for it to be a 90. We can start with 5 minutes of typing if that feels more doable."),
    (CL5, LOOPED, "repetition_loop"),
    (CL5, LOOPED, "duplicate_turn"),
    (CL5, LOOPED, "duplicate_turn"),
    (
        TH5,
        "Three copies of that arrived, I think the app was struggling with your signal! 90 to 70 with typing, and not warning your flatmate: that's you choosing to drop a safety behaviour. How did it feel afterwards?",
        "decoy: the therapist naming the three copies",
    ),
    (CL5, "", "empty_turn", "@voice"),
    (
        TH5,
        "I can see you sent a voice note, but I'm not able to play voice notes in here. Could you type the main bits?",
        "decoy: 'not able' about the app, not a refusal",
    ),
    (
        AD5,
        "Hi both, a quick note from the Merrow Care Team: voice notes aren't supported in therapy chats yet, we're working on it. Apologies for the trouble!",
        "unknown_speaker",
    ),
    (CL5, "Basically it felt weird but good. Like I got away with something"),
    (
        TH5,
        "'Got away with something' is interesting. What would it mean if nothing bad happened because nothing bad was ever going to happen?",
    ),
    (CL5, "That the rules are made up. Which I sort of know"),
    (TH5, "Sort of knowing is a good place to work from. Let's pick this up on Thursday."),
    (CL5, "ok"),
    (CL5, "see you thurs"),
    (SY5, "Conversation archived by Sam Dunmore", "decoy: a system message, not a turn"),
]


def f05(rng: random.Random) -> Doc:
    doc = Doc("05_merrow_app_conversation_export.json", {TH5: T, CL5: C, AD5: X})
    ids = {TH5: f"u_{hex_id(rng, 6)}", CL5: f"u_{hex_id(rng, 6)}", AD5: f"u_{hex_id(rng, 6)}", SY5: "system"}
    seconds = 17 * 86400 + 18 * 3600 + rng.randrange(3600)
    messages: list[dict[str, object]] = []
    for number, (role, text, *tags) in enumerate(S05):
        seconds += 4 if "duplicate_turn" in tags else 300 + 97 * number + (3600 * 20 if number in (3, 8, 15) else 0)
        day, rest = divmod(seconds, 86400)
        when = f"2025-03-{day:02d}T{rest // 3600:02d}:{rest % 3600 // 60:02d}:{rest % 60:02d}Z"
        attachments: list[dict[str, object]] = (
            [{"type": "audio", "mime": "audio/aac", "duration_s": 41, "url": None}] if "@voice" in tags else []
        )
        messages.append(
            {
                "id": f"msg_{hex_id(rng, 10)}",
                "sent_at": when,
                "sender_id": ids[role],
                "sender_role": role,
                "body": text,
                "attachments": attachments,
                "delivery": "read" if number < len(S05) - 2 else "delivered",
            }
        )
    export = {
        "export": {
            "app": "Merrow",
            "format": "conversation-v3",
            "exported_at": "2025-03-21T09:00:00Z",
            "exported_by": "Sam Dunmore",
        },
        "conversation_id": f"conv_{hex_id(rng, 12)}",
        "participants": [
            {"user_id": ids[TH5], "role": TH5, "display_name": "Sam Dunmore"},
            {"user_id": ids[CL5], "role": CL5, "display_name": "Jonah"},
            {"user_id": ids[AD5], "role": AD5, "display_name": "Merrow Care Team"},
        ],
        "messages": messages,
    }
    for piece in json.dumps(export, ensure_ascii=False, indent=2).split("\n"):
        doc.add(piece)
    role_lines = [number for number, piece in enumerate(doc.out, 1) if piece.lstrip().startswith('"sender_role": ')]
    assert len(role_lines) == len(S05)
    for line, (role, text, *tags) in zip(role_lines, S05, strict=True):
        tags = [tag for tag in tags if tag != "@voice"]
        if role == SY5:
            doc.mark(line, *tags)
        else:
            doc.turn(role, text, line, tags)
    return doc


# ---------------------------------------------------------------------------
# 06 (CLEAN) an online counselling platform's "Download message history" PDF converted with ``pdftotext``: a details
#    block (``Counsellor: Bryony S.`` is a field), per message a ``Name (Role) · date`` line, the body wrapped by the
#    page, a ``Read ...`` receipt under counsellor messages, page footers and running headers after form feeds.
# ---------------------------------------------------------------------------
BY6, BE6 = "Bryony S. (Counsellor)", "Bernard M. (Client)"
S06: list[tuple[str, ...]] = [
    (
        BY6,
        "Mon 10 Mar 2025, 09:14",
        "Hello Bernard, welcome to your message space. I'm Bryony, and I'll be your counsellor for the next six weeks. You can write here whenever you like and I'll reply on weekday mornings. You mentioned on the phone that Maureen moved into Ashgrove in January. Would you like to tell me a little about how things have been since then?",
    ),
    (
        BE6,
        "Mon 10 Mar 2025, 17:40",
        "Dear Bryony, Thank you. I am not much of a one for writing but my son set this up on the tablet. Maureen has been at Ashgrove since the 14th of January. She has dementia and it got so I could not manage her at night. She is well looked after. The house is very quiet. Regards, Bernard",
    ),
    (
        BY6,
        "Tue 11 Mar 2025, 09:05",
        "Dear Bernard, thank you for writing, and well done to your son for the tablet. 'The house is very quiet' stayed with me. After so many years together, what is the quiet like for you, especially in the evenings?",
    ),
    (
        BE6,
        "Tue 11 Mar 2025, 19:22",
        "The evenings are the worst. She always had the radio on for the shipping forecast, she liked the names. I have not put it on since. I visit every day at two o'clock. Some days she knows me and some days she thinks I am her brother Alec.",
        "decoy: answers a question asked in writing the day before (a long gap is normal here)",
    ),
    (
        BY6,
        "Wed 12 Mar 2025, 09:30",
        "That sounds so painful, Bernard, sitting with her when she isn't sure who you are. I noticed you haven't put the shipping forecast on since. I wonder whether it feels like it belongs to her, or to the two of you.",
    ),
    (
        BE6,
        "Wed 12 Mar 2025, 20:01",
        "Both I suppose. I was at sea forty years, inshore, crab and lobster out of Staithes. I listened to it for work and she listened to it for me. When I was out she said it was her way of knowing where I was.",
    ),
    (
        BY6,
        "Thu 13 Mar 2025, 09:12",
        "What a beautiful way of putting it, her way of knowing where you were. It sounds as though she kept watch for you for a long time. Now it is you doing the visiting and the watching.",
    ),
    (
        BE6,
        "Thu 13 Mar 2025, 18:50",
        "Yes. I had not thought of it like that. The staff at Ashgrove are very good. I feel guilty that I am glad of the sleep.",
    ),
    (
        BY6,
        "Fri 14 Mar 2025, 09:20",
        "Thank you for telling me that, it takes honesty. Many people who have cared for someone feel relief and guilt side by side, and both can be true at once. Being glad of the sleep doesn't mean you love her any less. What does the guilt say to you, if it has words?",
    ),
    (
        BE6,
        "Fri 14 Mar 2025, 21:05",
        "That I should have kept going. That a good husband would have managed. Her sister thinks so, she has not said it but I can tell.",
    ),
    (
        BY6,
        "Mon 17 Mar 2025, 09:10",
        "Those are heavy words to carry alongside the grief. From what you've told me, you managed for a long time, through the nights, until it wasn't safe for either of you. I wonder what Maureen, the Maureen who kept the forecast on for you, would say about it?",
    ),
    (BE6, "Mon 17 Mar 2025, 19:40", "She would tell me not to be so daft. Then she would put the kettle on."),
    (
        BY6,
        "Tue 18 Mar 2025, 09:05",
        "That made me smile, Bernard. It sounds like you know her voice well. Would you like to try something this week? Put the shipping forecast on one evening, just once, and notice what happens. You can turn it off whenever you want.",
    ),
    (
        BE6,
        "Tue 18 Mar 2025, 20:30",
        "I put it on tonight. Cromarty, Forth, Tyne, Dogger. I had a little cry. Then I made a cup of tea, like she would have.",
    ),
    (
        BY6,
        "Wed 19 Mar 2025, 09:00",
        "Thank you for trying it, and for telling me about the tea. That sounds like a tender evening, even with the tears. I'll look forward to hearing how the rest of the week goes.",
    ),
    (BE6, "Wed 19 Mar 2025, 17:15", "Thank you Bryony."),
]


def f06(rng: random.Random) -> Doc:
    import textwrap

    doc = Doc("06_lowther_message_history_pdftotext.txt", {BY6: T, BE6: C})
    ref = f"LOC-{rng.randrange(1000, 9999)}"
    pages = 3
    state = {"page": 1, "used": 0}
    capacity = 40

    def put(line: str) -> int:
        if state["used"] >= capacity:
            doc.add("")
            here = doc.add(f"Page {state['page']} of {pages} · Confidential · Lowther Online Counselling")
            doc.mark(here, "decoy: the page footer")
            state["page"] += 1
            here = doc.add(f"\fMessage history · Bernard M. ({ref})")
            doc.mark(here, "decoy: the running header after a form feed")
            doc.add("")
            state["used"] = 2
        state["used"] += 1
        return doc.add(line)

    for piece, note in (
        ("Lowther Online Counselling", ""),
        ("Message history", ""),
        (f"Client: Bernard M. ({ref})", "decoy: a details field that looks like a speaker label"),
        ("Counsellor: Bryony S.", "decoy: a details field that looks like a speaker label"),
        (f"Exported: 20/03/2025 14:{rng.randrange(10, 60)} by Bryony S.", ""),
        ("", ""),
    ):
        here = put(piece)
        if note:
            doc.mark(here, note)
    for number, (label, when, text, *tags) in enumerate(S06):
        line = put(f"{label} · {when}")
        for piece in textwrap.wrap(text, 88):
            put(piece)
        if label == BE6:
            here = put("Read by Bryony S." if number < len(S06) - 1 else "Not yet read")
            if number == 1:
                doc.mark(here, "decoy: a read receipt, not a turn")
        put("")
        doc.turn(label, text, line, tags)
    assert state["page"] == pages, state["page"]
    doc.add(f"Page {pages} of {pages} · Confidential · Lowther Online Counselling")
    return doc


# ---------------------------------------------------------------------------
# 07 NOT A TRANSCRIPT: a delivery failure notice for a counsellor's reply (another client, a mistyped address),
#    saved into the transcripts folder as .eml. It holds only the original's headers (text/rfc822-headers).
# ---------------------------------------------------------------------------
def f07(rng: random.Random) -> Doc:
    doc = Doc(NOT_A_TRANSCRIPT, {})
    boundary = f"000000000000{hex_id(rng, 16)}"
    lines = [
        "Delivered-To: talk@saltmarsh-counselling.org.uk",
        "Return-Path: <>",
        f"Received: from mail-sor-f69.google.com (mail-sor-f69.google.com. [209.85.220.69]) by mx.saltmarsh-counselling.org.uk; {rfc_date(12, 14, 2, 41)}",
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "To: talk@saltmarsh-counselling.org.uk",
        "Auto-Submitted: auto-replied",
        "Subject: Delivery Status Notification (Failure)",
        f"Date: {rfc_date(12, 14, 2, 41)}",
        f"Message-ID: <{hex_id(rng, 24)}@mx.google.com>",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/report; boundary="{boundary}"; report-type=delivery-status',
        "",
        f"--{boundary}",
        'Content-Type: text/plain; charset="UTF-8"',
        "",
        "** Address not found **",
        "",
        "Your message wasn't delivered to dannii.okoro@hotmial.co.uk because the domain hotmial.co.uk couldn't be found. Check for typos or unnecessary spaces and try again.",
        "",
        "The response was:",
        "",
        "DNS Error: DNS type 'mx' lookup of hotmial.co.uk responded with code NXDOMAIN",
        "",
        f"--{boundary}",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; googlemail.com",
        f"Arrival-Date: {rfc_date(12, 14, 2, 39)}",
        "",
        "Final-Recipient: rfc822; dannii.okoro@hotmial.co.uk",
        "Action: failed",
        "Status: 5.1.2",
        "Diagnostic-Code: smtp; DNS type 'mx' lookup of hotmial.co.uk responded with code NXDOMAIN",
        f"Last-Attempt-Date: {rfc_date(12, 14, 2, 41)}",
        "",
        f"--{boundary}",
        "Content-Type: text/rfc822-headers",
        "",
        f"From: Roisin Hendry via Saltmarsh <{SALT}>",
        "To: Dannii Okoro <dannii.okoro@hotmial.co.uk>",
        "Subject: Re: can I still get a reply if I'm 17",
        f"Date: {rfc_date(12, 14, 2, 38)}",
        f"Message-ID: <{hex_id(rng, 20)}@saltmarsh-counselling.org.uk>",
        "",
        f"--{boundary}--",
    ]
    for piece in lines:
        here = doc.add(piece)
        if piece.startswith("From: "):
            doc.mark(here, "decoy: a From line with no message under it")
    doc.row(0, "unparseable_file")
    return doc


# ---------------------------------------------------------------------------
# 08 an Outlook thread saved with "Save As > Text Only" by an employee-assistance counsellor: Windows-1252 (Outlook's
#    default for text), CR LF, NEWEST FIRST: the top message's tab-separated header, then each earlier message below
#    a rule with its own ``From:``/``Sent:``/``To:``/``Subject:`` block. Every message stands once. Curly apostrophes
#    are single Windows-1252 bytes, correct for this file's encoding.
# ---------------------------------------------------------------------------
DH = "Dev Halyard <d.halyard@ferrol-eap.co.uk>"
HL = "Harriet Lisle <harriet.lisle@nhs.net>"
FERROL_SIG = (
    "Dev Halyard | Counsellor",
    "Ferrol Employee Assistance",
    "Advice line 0808 157 0000, 24 hours a day",
    "This e-mail is confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Ferrol Employee Assistance Ltd is registered in England, no. 09000000.",
)
# (sender, day, hh, mm, paragraphs, sign-off, tags), oldest first
S08: list[tuple[str, int, int, int, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = [
    (
        HL,
        3,
        7,
        55,
        (
            "Hi,",
            "My manager gave me the EAP leaflet and it said I could do this by email, which suits me as I’m on nights. I’m a ward sister on a respiratory ward. I used to love the job. Now I sit in the car park crying before a shift and I’ve started snapping at the students, which isn’t me.",
        ),
        ("Harriet",),
        (),
    ),
    (
        DH,
        4,
        10,
        30,
        (
            "Hi Harriet,",
            "Thank you for getting in touch, and for being so honest about the car park and the students. That sounds like someone who has been running on empty for a while, not someone who has stopped caring.",
            "Can I ask how long you’ve been feeling like this, and what the last few months on the ward have been like?",
        ),
        ("Best wishes,", "Dev", "", *FERROL_SIG),
        (),
    ),
    (
        HL,
        5,
        8,
        10,
        (
            "Since about October. We’ve been two nurses down all winter and I’ve been covering the gaps because I’m the one without kids. I can’t remember the last time I took a break on a night shift. Last week a patient’s daughter shouted at me and I just went blank.",
        ),
        ("H",),
        ("decoy: can't in the client's own account",),
    ),
    (
        DH,
        6,
        11,
        2,
        (
            "Hi Harriet,",
            "Covering the gaps all winter, without breaks, is a lot for anyone. Going blank when someone shouts is often what a very tired nervous system does to protect itself. It doesn’t mean your not good at your job.",
            "I’d like to think with you about what a break could look like, even a small one.",
        ),
        ("Best wishes,", "Dev", "", *FERROL_SIG),
        (),
    ),
    (
        DH,
        6,
        11,
        9,
        (
            "Hi Harriet,",
            "Covering the gaps all winter, without breaks, is a lot for anyone. Going blank when someone shouts is often what a very tired nervous system does to protect itself. It doesn’t mean you’re not good at your job.",
            "I’d like to think with you about what a break could look like, even a small one.",
        ),
        ("Best wishes,", "Dev", "", *FERROL_SIG),
        ("near_duplicate_turn",),
    ),
    (
        HL,
        8,
        9,
        20,
        (
            "Ha, I noticed the typo and then the corrected one, don’t worry! A break. I honestly don’t know. Maybe eating my sandwich in the day room instead of at the desk?",
        ),
        ("H",),
        ("decoy: the client naming the counsellor's re-sent message",),
    ),
    (
        DH,
        10,
        10,
        45,
        (
            "Here’s a warmer, more concise version of your draft:",
            "Hi Harriet,",
            "Eating in the day room, away from the desk and the bleeps, sounds like a real break rather than a pause. Could you try it on your next two nights and let me know how it goes?",
        ),
        ("Dev", "", *FERROL_SIG),
        ("meta_text",),
    ),
    (
        HL,
        11,
        8,
        30,
        ("I did it once. Twenty minutes. A student came to find me after ten but I finished the sandwich first.",),
        ("H",),
        (),
    ),
    (
        DH,
        12,
        10,
        15,
        (
            "Hi Harriet,",
            "Twenty minutes, and you finished the sandwich. That may sound small, but it’s you putting yourself on the list for once.",
            "I’m sorry my last message came with a line at the top that wasn’t meant for you; I use a writing tool and copied too much. How did it feel to finish it?",
        ),
        ("Best wishes,", "Dev", "", *FERROL_SIG),
        ("decoy: the counsellor's apology naming the writing tool's line, inside a real reply",),
    ),
    (
        HL,
        13,
        23,
        40,
        (
            "Strange. Guilty for about five minutes and then actually quite nice. I’ve asked my manager for a meeting about the rota, which I’ve never done before.",
        ),
        ("H",),
        (),
    ),
    (
        DH,
        14,
        12,
        5,
        (
            "Hi Harriet,",
            "Asking for that meeting is a big step, especially for someone who has been the one filling every gap. Would it help to plan together what you want to say to her? We could do that in your next email, or on a phone session if you’d prefer.",
        ),
        ("Best wishes,", "Dev", "", *FERROL_SIG),
        (),
    ),
]


FULL_DAY = {
    "Mon": "Monday",
    "Tue": "Tuesday",
    "Wed": "Wednesday",
    "Thu": "Thursday",
    "Fri": "Friday",
    "Sat": "Saturday",
    "Sun": "Sunday",
}


def f08(rng: random.Random) -> Doc:
    doc = Doc("08_ferrol_eap_outlook_thread_RE_work_stuff.txt", {DH: T, HL: C}, encoding="cp1252", crlf=True)
    newest = len(S08) - 1
    for order in range(newest, -1, -1):
        sender, day, hour, minute, paras, sign, tags = S08[order]
        to = HL if sender == DH else DH
        subject = "work stuff" if order == 0 else ("RE: work stuff" if sender == DH else "Re: work stuff")
        when = f"{FULL_DAY[WEEKDAY[day]]}, {day} March 2025 {hour:02d}:{minute:02d}"
        if order == newest:
            line = doc.add(f"From:\t{sender}")
            doc.add(f"Sent:\t{when}")
            doc.add(f"To:\t{to.split(' <')[0]}")
            doc.add(f"Subject:\t{subject}")
        else:
            doc.add("")
            here = doc.add("________________________________")
            if order == newest - 1:
                doc.mark(here, "decoy: Outlook's rule between messages")
            line = doc.add(f"From: {sender}")
            doc.add(f"Sent: {when}")
            doc.add(f"To: {to}")
            doc.add(f"Subject: {subject}")
        doc.add("")
        for number, para in enumerate(paras):
            if number:
                doc.add("")
            doc.add(para)
        doc.add("")
        for piece in sign:
            here = doc.add(piece)
            if piece.startswith("This e-mail") and order < newest:
                doc.mark(here, "decoy: the disclaimer again")
        doc.turn(sender, "\n".join(paras), line, tags, order=order)
    doc.sessions[0].turns.sort(key=lambda t: t.order)
    return doc


# ---------------------------------------------------------------------------
# 09 the text line's transcript e-mail, sent to the volunteer when a conversation closes, saved as .eml: the body is
#    ``quoted-printable`` (soft line breaks ``=`` at 76 columns, curly apostrophes as ``=E2=80=99``), a details block
#    (its ``Texter:`` line is a field), then ``hh:mm Name: text`` lines and ``System:`` lines (not turns).
# ---------------------------------------------------------------------------
TX9, WR9, SY9 = "Texter", "Wrenna", "System"
S09: list[tuple[str, ...]] = [
    (TX9, "hey"),
    (SY9, "Auto-reply sent."),
    (WR9, "Hi, I’m Wrenna, a volunteer at Larkspur. Thanks for texting. What’s going on tonight?"),
    (
        TX9,
        "my best friend removed me from our group chat and now theyre all posting screenshots of stuff i said about a teacher",
    ),
    (
        WR9,
        "That sounds really hurtful, being shut out and then having your words passed around. How long ago did this happen?",
    ),
    (TX9, "today at lunch. i saw it on my friends phone. everyone was laughing"),
    (WR9, "Seeing it on someone else’s phone while they laughed must have felt awful. How are you feeling right now?"),
    (TX9, "embarrassed. and angry at myself bc i did say it"),
    (
        WR9,
        "It makes sense to feel both. Saying something you regret is human, and it doesn’t mean you deserve to be treated like this.",
    ),
    (TX9, "It sounds like part of you feels you brought this on yourself. Is that right?", "role_inversion"),
    (TX9, "yeah kind of. my mum says just ignore it but its not that easy when its the whole year"),
    (TX9, "yeah kind of. my mum says just ignore it but its not that easy when its the whole year", "duplicate_turn"),
    (
        WR9,
        "It really isn’t that easy. Is there an adult at school you trust, maybe a head of year or a teacher, who you could tell about the screenshots?",
    ),
    (TX9, "mrs achterberg maybe. shes my form tutor"),
    (
        WR9,
        "She sounds like a good start. You could show her what’s been shared, or just tell her what happened. What might make that easier?",
    ),
    (TX9, "if i wrote it down and gave it her"),
    (
        WR9,
        "That’s a really good idea. Would you like to draft a few lines here with me?",
        "decoy: 'draft' of the texter's note, not AI residue",
    ),
    (TX9, "ok. “mrs a, some people shared screenshots of a private chat and im not coping great, can i talk to you”"),
    (WR9, "That’s clear and honest. You don’t have to say more than that to start."),
    (TX9, "ok thanks"),
    (WR9, "How are you feeling now, compared to when you first texted?"),
    (TX9, "bit better. gonna go watch something with my sister"),
    (WR9, "That sounds like a nice plan. Take care tonight, and text again whenever you need us."),
    (TX9, "thanks wrenna x"),
    (SY9, "Conversation closed by Wrenna."),
]


def f09(rng: random.Random) -> Doc:
    doc = Doc("09_larkspur_transcript_LTS-250314-0192.eml", {TX9: C, WR9: T})
    masked = f"+44 7700 9{rng.randrange(10, 99)}***"
    head = [
        f"Date: {rfc_date(14, 21, 22, rng.randrange(60))}",
        "From: Larkspur Transcripts <no-reply@larkspur-text.org.uk>",
        "To: wrenna.v@larkspur-text.org.uk",
        "Subject: Transcript LTS-250314-0192 (closed)",
        f"Message-ID: <{hex_id(rng, 24)}@larkspur-text.org.uk>",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: quoted-printable",
        "",
    ]
    for piece in head:
        doc.add(piece)
    details = [
        ("Conversation transcript", ""),
        ("Conversation: LTS-250314-0192", ""),
        (f"Texter: {masked} (masked)", "decoy: a details field that looks like a texter's message"),
        ("Volunteer: Wrenna", "decoy: a details field that looks like the volunteer's message"),
        ("Opened: 14/03/2025 20:31    Closed: 14/03/2025 21:22", ""),
        ("", ""),
    ]
    for piece, note in details:
        here = doc.add(piece)
        if note:
            doc.mark(here, note)
    minutes = 20 * 60 + 31
    for number, (label, text, *tags) in enumerate(S09):
        if number and "duplicate_turn" not in tags:
            minutes += 1 + (len(text) > 60) + (number % 3 == 0)
        if label == SY9 and number == len(S09) - 1:
            minutes = 21 * 60 + 22
        logical = f"{minutes // 60:02d}:{minutes % 60:02d} {label}: {text}"
        encoded = quopri.encodestring(logical.encode("utf-8")).decode("ascii").split("\n")
        first = doc.add(encoded[0])
        for piece in encoded[1:]:
            if piece:
                doc.add(piece)
        if label == SY9:
            doc.mark(first, "decoy: a system line, not a turn")
        else:
            doc.turn(label, text, first, tags)
    doc.add("")
    doc.add("This transcript is confidential. Please delete it within 7 days.")
    return doc


# ---------------------------------------------------------------------------
# 10 Apple Mail's "Save As... > Plain Text" of a whole conversation selected in the counsellor's shared mailbox: the
#    messages one after another, each with ``From:``/``Subject:``/``Date:``/``To:``/``Message-Id:`` and its body. The
#    counsellor answers INLINE, between the client's quoted lines; only his unquoted lines are his turn. One of his
#    replies was selected twice (the Sent copy and the shared-inbox copy, the same Message-Id).
# ---------------------------------------------------------------------------
DM = "Delphine Marsh <delphine.marsh@icloud.com>"
AR = "Anselm Ruiz <anselm@tarn-counselling.org.uk>"
TARN_SIG = (
    "Anselm",
    "",
    "Anselm Ruiz, Email Counsellor",
    "Tarn Email Counselling, part of Tarn Mind Ltd",
    "Replies within 48 hours on weekdays. Not an emergency service.",
)
# (sender, day, hh, mm, body lines as (kind, text) with kind "own", "quote", "head" or "sign"; tags)
S10: list[tuple[str, int, int, int, tuple[tuple[str, str], ...], tuple[str, ...]]] = [
    (
        DM,
        17,
        21,
        40,
        (
            ("own", "Hi Anselm,"),
            (
                "own",
                "I found a lump under my arm two weeks ago. The GP says it is almost certainly a lymph node from the cold I had, but she has sent me for an ultrasound anyway, on the 24th.",
            ),
            (
                "own",
                "Since then I check it about forty times a day and I have read every forum there is. I can't concentrate in class, and I'm a Year 2 teacher so that matters.",
            ),
            ("own", "My partner says I'm making it worse by checking. He's probably right, which makes it worse."),
            ("sign", ""),
            ("sign", "Delphine"),
        ),
        ("decoy: can't in the client's own account",),
    ),
    (
        AR,
        18,
        10,
        5,
        (
            ("own", "Hi Delphine,"),
            (
                "own",
                "Thank you for writing. As we agreed on the phone, I've answered in between your words; my replies are the lines that aren't quoted.",
            ),
            ("head", "On 17 Mar 2025, at 21:40, Delphine Marsh <delphine.marsh@icloud.com> wrote:"),
            (
                "quote",
                "> I found a lump under my arm two weeks ago. The GP says it is almost certainly a lymph node from the cold I had, but she has sent me for an ultrasound anyway, on the 24th.",
            ),
            ("own", "Waiting ten days for a scan can feel endless, even with a reassuring GP."),
            ("quote", "> Since then I check it about forty times a day and I have read every forum there is."),
            ("own", "Forty times is a lot of checking. What happens inside you just before you check, and just after?"),
            ("quote", "> My partner says I'm making it worse by checking. He's probably right, which makes it worse."),
            (
                "own",
                "It sounds like you end up feeling told off twice, once by him and once by yourself. Would you be willing to keep a simple diary for three days: each time you check, the time and how anxious you were from 0 to 10?",
            ),
            ("sign", ""),
            *(("sign", piece) for piece in TARN_SIG),
        ),
        (),
    ),
    (
        DM,
        18,
        20,
        12,
        (
            (
                "own",
                "Before: a kind of buzzing, like if I don't check something will slip past me. After: relief for about a minute, then I start wondering whether it felt bigger.",
            ),
            ("own", "OK to the diary. I'll do it on the back of my planner so no one at school sees."),
            ("sign", ""),
            ("sign", "D"),
        ),
        (),
    ),
    (DM, 21, 19, 55, (), ("empty_turn", "@attach")),
    (
        DM,
        21,
        19,
        57,
        (
            (
                "own",
                "Oops, that went without any words! That's my diary from Wednesday to Friday. The numbers came down a bit on Friday, from 8 to about 6, and I only checked twelve times.",
            ),
            ("sign", ""),
            ("sign", "D"),
        ),
        ("decoy: the client explaining the empty message",),
    ),
    (
        AR,
        22,
        9,
        50,
        (
            ("own", "Hi Delphine,"),
            ("head", "On 21 Mar 2025, at 19:57, Delphine Marsh <delphine.marsh@icloud.com> wrote:"),
            ("quote", "> The numbers came down a bit on Friday, from 8 to about 6, and I only checked twelve times."),
            (
                "own",
                "From forty to twelve in a few days, while you're still waiting for the scan, is a real change. What do you think made Friday different?",
            ),
            ("sign", ""),
            *(("sign", piece) for piece in TARN_SIG),
        ),
        (),
    ),
    (
        AR,
        22,
        9,
        50,
        (
            ("own", "Hi Delphine,"),
            ("head", "On 21 Mar 2025, at 19:57, Delphine Marsh <delphine.marsh@icloud.com> wrote:"),
            ("quote", "> The numbers came down a bit on Friday, from 8 to about 6, and I only checked twelve times."),
            (
                "own",
                "From forty to twelve in a few days, while you're still waiting for the scan, is a real change. What do you think made Friday different?",
            ),
            ("sign", ""),
            *(("sign", piece) for piece in TARN_SIG),
        ),
        ("duplicate_turn",),
    ),
    (
        DM,
        22,
        13,
        30,
        (
            (
                "own",
                "Friday was sports day so I was outside all afternoon and didn't have a second to check. Which I suppose tells me something.",
            ),
            (
                "own",
                "The scan is on Monday at 8.40. I've told my partner I don't want to talk about it on Sunday night.",
            ),
            ("sign", ""),
            ("sign", "D"),
        ),
        (),
    ),
    (
        AR,
        24,
        16,
        20,
        (
            ("own", "Hi Delphine,"),
            (
                "own",
                "I hope this morning went as well as it could. Whatever the result, you've shown this week that you can ride the urge to check and let it pass. Write whenever you're ready.",
            ),
            ("sign", ""),
            *(("sign", piece) for piece in TARN_SIG),
        ),
        (),
    ),
    (
        DM,
        24,
        18,
        2,
        (
            ("own", "Reactive lymph node, nothing to worry about. I cried in the car park. Thank you for this week."),
            ("sign", ""),
            ("sign", "D"),
        ),
        (),
    ),
]


def f10(rng: random.Random) -> Doc:
    doc = Doc("10_tarn_applemail_saved_conversation.txt", {DM: C, AR: T})
    ids: dict[tuple[str, int, int, int], str] = {}
    seconds: dict[tuple[str, int, int, int], int] = {}
    for number, (sender, day, hour, minute, body, tags) in enumerate(S10):
        key = (sender, day, hour, minute)
        ids.setdefault(
            key,
            f"<{hex_id(rng, 8).upper()}-{hex_id(rng, 4).upper()}-{hex_id(rng, 4).upper()}-{hex_id(rng, 12).upper()}@{sender.split('@')[1].rstrip('>')}>",
        )
        seconds.setdefault(key, rng.randrange(60))
        if number:
            doc.add("")
            doc.add("")
        line = doc.add(f"From: {sender}")
        doc.add("Subject: " + ("Waiting for the scan" if number == 0 else "Re: Waiting for the scan"))
        doc.add(f"Date: {day} March 2025 at {hour:02d}:{minute:02d}:{seconds[key]:02d} GMT")
        doc.add(f"To: {AR if sender == DM else DM}")
        here = doc.add(f"Message-Id: {ids[key]}")
        if "duplicate_turn" in tags:
            doc.mark(here, "decoy: the same Message-Id as the copy above (a header line, not the turn)")
        if "@attach" in tags:
            here = doc.add("Attachment: IMG_4471.jpeg (1.8 MB)")
            doc.mark(here, "decoy: the attachment line of the empty message")
        doc.add("")
        own: list[str] = []
        previous = ""
        for kind, piece in body:
            if kind == "own" and previous == "own":
                doc.add("")
            here = doc.add(piece)
            if kind == "own":
                own.append(piece)
            elif kind == "quote" and number == 1 and previous == "head":
                doc.mark(here, "decoy: the client's quoted words between the counsellor's inline replies")
            previous = kind
        doc.turn(sender, "\n".join(own), line, [tag for tag in tags if tag != "@attach"])
    return doc


# ---------------------------------------------------------------------------
# self-checks: every file is parsed back by an independent reader (the email package, csv, json, quopri, or the
# layout's label lines) into the turns written, on the lines recorded
# ---------------------------------------------------------------------------
BUILDERS = (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10)


def check_repeats(doc: Doc) -> None:
    for session in doc.sessions:
        if "duplicate_session" in session.kinds:
            continue
        turns = sorted(session.turns, key=lambda t: t.order)
        for index, turn in enumerate(turns):
            earlier = [e for e in turns[:index] if e.role == turn.role and e.text.strip()]
            close = [e for e in earlier if ratio(e.text, turn.text) > 0.85]
            where = f"{doc.name}:{turn.line}"
            if "duplicate_turn" in turn.kinds:
                assert any(norm(e.text) == norm(turn.text) for e in close), where
            if "near_duplicate_turn" in turn.kinds:
                assert close and all(norm(e.text) != norm(turn.text) for e in close), where
            if close and substantial(turn.text):
                assert set(turn.kinds) & REPEAT_KINDS or any(LEGIT in note for note in turn.notes), (
                    f"{where}: unmarked repeat"
                )
            if "repetition_loop" in turn.kinds:
                later = [
                    t for t in turns[index + 1 :] if norm(t.text) == norm(turn.text) and set(t.kinds) & REPEAT_KINDS
                ]
                assert len(later) >= 2, where
                assert not close, where


def check_sessions(doc: Doc) -> None:
    seen: list[list[str]] = []
    for session in doc.sessions:
        texts = [t.text for t in sorted(session.turns, key=lambda t: t.order)]
        if "duplicate_session" in session.kinds:
            assert texts in seen, (doc.name, session.name)
        else:
            assert texts not in seen, (doc.name, session.name)
        seen.append(texts)


def parsed_turns(doc: Doc, data: str, lines: list[str]) -> list[tuple[int, str, str]]:
    """(line, label, text) of every turn, read back from the written file without the builder's bookkeeping."""
    found: list[tuple[int, str, str]] = []
    if doc.name.endswith(".csv"):
        for number, text in enumerate(lines, 1):
            if number == 1:
                continue
            fields = next(csv.reader([text]))
            if len(fields) != len(CSV02_HEADER):
                assert number in doc.line_rows, (doc.name, number)
                continue
            if fields[5] in ("received", "queued"):
                found.append((number, fields[2], fields[9]))
    elif doc.name.endswith(".ndjson"):
        for number, text in enumerate(lines, 1):
            try:
                resource = json.loads(text)
            except json.JSONDecodeError:
                assert number in doc.line_rows, (doc.name, number)
                continue
            sender = resource["sender"]["reference"]
            if sender != DV:
                found.append((number, sender, resource["payload"][0]["contentString"]))
    elif doc.name.endswith(".json"):
        export = json.loads(data)
        role_lines = [n for n, text in enumerate(lines, 1) if text.lstrip().startswith('"sender_role": ')]
        for number, message in zip(role_lines, export["messages"], strict=True):
            assert json.loads("{" + lines[number - 1].rstrip(",") + "}")["sender_role"] == message["sender_role"]
            if message["sender_role"] != SY5:
                found.append((number, message["sender_role"], message["body"]))
    elif doc.name.startswith("01_"):
        outer = email.message_from_string(data, policy=email.policy.default)
        parts = [part for part in outer.walk() if part.get_content_type() == "message/rfc822"]
        from_lines = [n for n, text in enumerate(lines, 1) if text.startswith("From: ")][1:]
        for number, part in zip(from_lines, parts, strict=True):
            payload = part.get_payload()
            assert isinstance(payload, list)
            inner = payload[0]
            assert isinstance(inner, Message)
            body = str(inner.get_payload())
            sender = str(inner["From"])
            assert lines[number - 1] == f"From: {sender}"
            own = next(t.text for t in doc.turns() if t.line == number)
            assert body.startswith("\n\n".join(own.split("\n"))), (doc.name, number)
            found.append((number, sender, own))
    elif doc.name.startswith("09_"):
        message = email.message_from_string(data, policy=email.policy.default)
        raw_body = message.get_payload(decode=True)
        assert isinstance(raw_body, bytes)
        logical_lines = raw_body.decode("utf-8").split("\n")
        turn_lines = iter(n for n, text in enumerate(lines, 1) if re.match(rf"\d\d:\d\d ({TX9}|{WR9}): ", text))
        for logical in logical_lines:
            hit = re.match(rf"\d\d:\d\d ({TX9}|{WR9}): (.*)$", logical)
            if hit:
                found.append((next(turn_lines), hit.group(1), hit.group(2)))
    else:
        labels = sorted(doc.roles, key=len, reverse=True)
        starts = []
        for number, text in enumerate(lines, 1):
            for label in labels:
                if text == label or text.startswith(f"{label} · ") or text in (f"From:\t{label}", f"From: {label}"):
                    starts.append((number, label))
                    break
        skip = re.compile(
            r"^(>.*|On .* wrote:|Message-Id: .*|Attachment: .*|Date: .*|\f.*|https://mail\.google\.com/.*|\d/\d|Page \d of \d.*|To:.*|Sent:.*|Subject:.*|\d+ March 2025 at .*|Read by .*|Not yet read)$"
        )
        for index, (number, label) in enumerate(starts):
            if doc.name.startswith("04_") and number == starts[0][0]:
                continue  # Gmail's account line
            end = starts[index + 1][0] if index + 1 < len(starts) else len(lines) + 1
            body = " ".join(text for text in lines[number : end - 1] if not skip.match(text))
            own = next(t.text for t in doc.turns() if t.line == number)
            assert norm(own) in norm(body), (doc.name, number)
            found.append((number, label, own))
    return found


def check_written(doc: Doc, out: Path) -> list[str]:
    raw = (out / doc.name).read_bytes()
    assert raw == doc.render(), doc.name
    try:
        raw.decode("utf-8")
        strict = True
    except UnicodeDecodeError:
        strict = False
    assert strict == (
        doc.name
        not in {"03_greyfriars_bulk_export_Communication.ndjson", "08_ferrol_eap_outlook_thread_RE_work_stuff.txt"}
    ), doc.name
    data = raw.decode(doc.encoding, "surrogateescape")
    assert ("\r\n" in data) == doc.crlf and not data.startswith("\ufeff"), doc.name
    lines = data.split("\n")
    assert lines[-1] == "", doc.name
    lines = [text.removesuffix("\r") for text in lines[:-1]]
    assert lines == doc.out, doc.name
    for number, text in enumerate(lines, 1):
        assert bad_bytes(text) == ((number, "encoding_error") in doc.truth), (doc.name, number)
    turn_lines = {t.line for t in doc.turns()}
    for line, _kind in doc.truth:
        if line:
            assert (line in turn_lines) != (line in doc.line_rows), (doc.name, line)
            assert lines[line - 1].strip(), (doc.name, line)
    truth_lines = {line for line, _ in doc.truth}
    for line, note in doc.decoys:
        assert line not in truth_lines and lines[line - 1].strip(), (doc.name, line, note)
    if doc.name != NOT_A_TRANSCRIPT:
        found = parsed_turns(doc, data, lines)
        written = sorted((t.line, t.label, t.text) for t in doc.turns())
        assert sorted(found) == written, (
            doc.name,
            [w for w in written if w not in found][:2],
            [f for f in found if f not in written][:2],
        )
    return lines


def show_row(doc: Doc, lines: Sequence[str], line: int, kind: str) -> str:
    if line == 0:
        text = f"[whole file] {lines[0]} ... ({len(lines)} lines)"
    else:
        turn = next((t for t in doc.turns() if t.line == line), None)
        here = lines[line - 1]
        text = here if turn is None else f"{here[:60]}  => [{turn.label.split(' <')[0]}] {turn.text or '(nothing)'}"
    text = " ".join(text.split()).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return text if len(text) <= 150 else text[:105] + " ... " + text[-40:]


def main(argv: list[str]) -> int:
    args = list(argv[1:])
    show = "--show" in args
    if show:
        args.remove("--show")
    seed = 38
    if "--seed" in args:
        at = args.index("--seed")
        seed = int(args[at + 1])
        del args[at : at + 2]
    if len(args) != 1:
        print("usage: python blind/thirtyeighth_defect_cases.py OUT_DIR [--show] [--seed N]", file=sys.stderr)
        return 2
    out = Path(args[0])
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    docs = [build(rng) for build in BUILDERS]
    assert len({doc.name for doc in docs}) == len(docs)
    rows: list[tuple[str, int, str]] = []
    turns_total = defective = 0
    for doc in docs:
        (out / doc.name).write_bytes(doc.render())
        check_repeats(doc)
        check_sessions(doc)
        lines = check_written(doc, out)
        turns = doc.turns()
        turns_total += len(turns)
        defective += sum(1 for t in turns if t.kinds)
        truth_lines = {line for line, _ in doc.truth}
        if doc.name == NOT_A_TRANSCRIPT:
            assert not turns and doc.truth == [(0, "unparseable_file")]
        elif doc.name in CLEAN_FILES:
            assert not doc.truth and len(turns) >= 12
        else:
            assert doc.truth and len(truth_lines) * 3 <= len(turns), doc.name
        rows.extend((doc.name, line, kind) for line, kind in doc.truth)
        print(f"{doc.name}: {len(turns)} turns, {len(doc.truth)} truth rows, {len(doc.decoys)} noted decoys")
        if show:
            for line, kind in sorted(doc.truth):
                print(f"  {line:4d} {kind:20s} | {show_row(doc, lines, line, kind)}")
    assert len(set(rows)) == len(rows)
    assert defective * 100 <= turns_total * 20, (defective, turns_total)
    rows.sort()
    with (out / "truth.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "line", "defect_type"])
        writer.writerows(rows)
    counts = Counter(kind for _, _, kind in rows)
    assert set(counts) <= KINDS
    print(
        f"seed {seed}: wrote {len(docs)} files ({turns_total} turns, {defective} with a turn-level row) and {len(rows)} truth rows to {out}"
    )
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
