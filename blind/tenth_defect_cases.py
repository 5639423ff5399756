"""Tenth set of blind defect cases for the transcript-cleaning product.

Written without reading any detector, flow, synthetic-data, test or benchmark code (only the docstring at the
top of benchmarks/blind_defects.py, the nine earlier case writers, for the interface and for the export styles
they already used, and /work/shared/README.md). The truth was fixed from the text written here, before any run of
the product, and was never tuned against it. Run as

    python blind/tenth_defect_cases.py OUT_DIR [--show]

to write 14 transcript files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR
(``--show`` also prints every truth row next to the line it names).

This set asks whether the detectors generalise. Half of it (01-07) is in COMMON shapes, plain text, JSON Lines,
CSV and Markdown, but with conventions none of the nine earlier sets used, and it carries most of the defects; the
other half (08-14) is in export layouts none of them used, with a moderate number of defects each.

Common shapes, new conventions:

* ``01_psych_assessment_court_reporter.txt``: a court reporter's transcript (CRLF) of a recorded clinical
  interview for a workers' compensation claim (Oregon): caption, appearances, page numbers between turns,
  ``     Q.   text`` (the examining psychologist, therapist role) and ``     A.   text`` (the examinee, client role),
  colloquy lines ``          DR. HALVORSEN:  text`` / ``MR. WHITCOMB:`` (the examinee) / ``MR. PIKE:`` (the
  examinee's attorney, neither role), ``BY DR. HALVORSEN:`` lines, ``(Recess taken.)`` parentheticals, and a
  reporter's certificate. A long turn wraps onto continuation lines at the left margin. The recording ends in the
  middle of the last answer. Decoys: ``-- `` dashes where one speaker cuts in on the other, one-word answers that
  repeat, ``I can't tell you exactly``, an ``(Inaudible.)`` note, a crisis line inside real engagement, the
  examinee's own colloquy line.
* ``02_generated_counselling_human_assistant.txt``: a synthetic counselling set dumped in the ``Human:`` /
  ``Assistant:`` form (Human = client persona, Assistant = therapist persona), six samples under
  ``<<< sample N/6 | id=... >>>`` lines. A refusal not worded "As an AI", a reply cut at the end of a sample, a
  reply generated three times (loop), a ``Note: ... fictional example`` line between samples, a reply that opens
  with leaked prompt instructions, a client turn in the therapist's voice, a whole sample with the labels swapped,
  and sample 6 a verbatim copy of sample 1. Decoys: a client who says "As an AI engineer myself", ``I can't tell
  you whether...`` from the therapist, a client who complains of the repeat, a client repeating the therapist's
  suggested phrase, the ``# format:`` comment naming both labels.
* ``03_wellbeing_webchat_messages.jsonl``: a university out-of-hours web chat, one message a JSON Lines row with
  the keys ``thread_ref``, ``seq``, ``party`` (``agent``/``visitor``/``system``), ``handle``, ``body_text``,
  ``posted_at`` and ``channel``. One thread imported from an older system (its one non-ASCII message garbled), then
  two threads of one evening interleaved in time order; in one an AI assistant answers first (with a
  hotline-only refusal) before a counsellor joins. A re-sent message with the typos fixed, an empty message, and a
  row cut off in the middle of its ``body_text`` (not valid JSON). Decoys: system rows, the canned greeting in two
  threads, curly quotes, an emoji, a crisis line inside real engagement, ``ok`` twice.
* ``04_mi_coded_utterances.csv``: a motivational-interviewing research export, one utterance a row,
  ``session_id,utt_no,speaker,t_start,t_end,utterance,miti_code,coder,coder_note`` (``THER``/``CLIENT``), Python
  csv quoting, LF; two quoted cells (an utterance and a coder's note) hold line breaks. A client utterance under
  ``THER`` and a therapist question under ``CLIENT``, a row whose unquoted comma gives it ten fields, a row whose
  ``Zoe`` (e with diaeresis) was written as one Latin-1 byte (invalid UTF-8), and a long answer cut in mid-clause.
  Decoys: the multi-line cells, doubled quotes, ``Mm-hmm.`` rows, a coder note that says "possible refusal?", an
  utterance with commas, the same name correctly encoded.
* ``05_cbt_session_notes_export.md``: a practice-notes app's Markdown export, modelled on the seed: ``##`` session
  headings, a quoted ``**Session Summary**`` block with numbered sections, then ``**Th:**`` / ``**Pt:**`` turns,
  a turn's later paragraphs unlabelled after a blank line. Session 5 (typed) is clean; session 6 ("draft completed
  with the notes assistant") has a Windows-1252-garbled em dash, a therapist turn that narrates ("Here's a
  continuation of the therapy session"), a client paragraph repeated three times with small edits, a refusal, a
  client turn in the therapist's voice and a last therapist turn cut after ``when``. Decoys: the summary block
  (with a ``Note:``), a stage direction and a correct em dash, the client quoting the therapist, ``I can't tell you
  whether to take it``, the ``---`` rule.
* ``06_beratungsdialoge_generiert_de.txt``: three generated German counselling dialogues (``Beraterin:`` /
  ``Klientin:``, then ``Berater:`` / ``Klient:``) under ``Dialog N von 3 - Thema: ...`` lines. In dialogue 2 one
  turn is garbled once (UTF-8 read as Windows-1252: ``weiÃŸ``), one twice (``KÃƒÂ¼che``), one holds Latin-1 bytes
  (invalid UTF-8), and the counsellor gives a German AI refusal; dialogue 3 opens with the generator's German
  preamble inside the first turn and ends with a turn cut in the middle of a word. Decoys: correct umlauts and
  German quotation marks, ``Mhm.`` and ``Hm.``, a quoted question, ``Ich kann Ihnen nicht sagen, ob...``, the
  Telefonseelsorge number inside real engagement.
* ``07_bereavement_session_initials_timecoded.txt``: a typed transcript with initials and time codes,
  ``AK (00:03:12): text``, keyed in a ``Participants:`` line. A turn pasted twice by the transcriber, a
  counsellor's question under the client's initials, and the last turn cut by the end of the recording. Decoys:
  em dashes where the client cuts in (declared in the ``Conventions:`` line), ``Mm-hmm.``, ``[laughs]``, an
  ``(inaudible ...)`` note, the client quoting the counsellor, a Welsh endearment, ``I can't do this today``.

New export layouts:

* ``08_zoom_meeting_saved_chat.txt``: a Zoom "save chat" file: ``HH:MM:SS From Name to Everyone:`` (or ``to
  Name(Direct Message):``), the text on tab-indented lines below. A message sent twice and a message from the
  practice's reception account (neither role). Decoys: ``Reacted to "..." with`` lines (not turns), a reply that
  quotes the message above, a link, a direct message, ``ok`` twice.
* ``09_whatsapp_android_orientacion_es.txt``: a WhatsApp export from an Android phone with a Spanish locale,
  ``14/3/24, 17:02 - Name: text``, a school counsellor and a bullied student, in Spanish. Two messages the
  counsellor pasted from the school intranet are garbled (once, and twice). Decoys: the encryption notice, accents
  and inverted marks, an ellipsis, a two-line message, ``vale`` twice, ``no puedo hablar de eso`` and ``No puedo
  decirte qué...``, an emoji.
* ``10_diarised_session_excerpt.TextGrid``: a Praat TextGrid (long text format) from a diarised ASR run, an
  ``IntervalTier`` a speaker (``Therapist``, ``Client``) and an ``events`` ``TextTier``. The recogniser repeated
  one therapist sentence in three consecutive intervals. Decoys: empty intervals (silence), doubled quotes inside
  a Praat string, ``mm-hm`` backchannels, event points.
* ``11_agoraphobia_session_annotated.eaf``: an ELAN annotation document: ``TIME_ORDER``, a ``Counsellor`` and a
  ``Client`` tier of ``ALIGNABLE_ANNOTATION`` elements, and a dependent ``Comments`` tier of ``REF_ANNOTATION``
  elements (not turns). One client utterance was annotated on the counsellor's tier, and the last client
  annotation stops in the middle of a word. Decoys: a Welsh word, ``&amp;`` and ``&quot;`` entities, ``mm``
  twice, the comments tier.
* ``12_synthetic_set_dataframe_to_string.txt``: a pandas DataFrame of a synthetic set printed with
  ``to_string()`` (index, ``dialogue_id``, ``turn``, ``role``, ``content``; values right-aligned, a missing
  ``content`` shown as ``NaN``). Dialogue ``cs-0107`` is sample 1 of 02 again; in ``cs-0233`` a refusal (not
  worded "As an AI") and a ``NaN`` client turn. Decoys: the header row, a quote of the client, an ellipsis inside a
  value, ``Okay.`` twice, ``I'm sorry, I can't explain it better``.
* ``13_fhir_communication_bundle.json``: a FHIR R4 search ``Bundle`` of ``Communication`` resources (secure
  messages between sessions), written by an integration engine that keeps small objects on one line; the
  included ``Practitioner`` and ``Patient`` resources follow. A session is an ``encounter``. One message arrived
  from an SMS gateway that read its UTF-8 as ISO-8859-1 (its apostrophe became an a-circumflex and two C1 control
  characters), one has an empty ``contentString``. Decoys: a read-receipt ``note``, the included resources, ``I
  can't talk properly now`` with correct curly apostrophes, ``Thanks`` twice.
* ``14_google_meet_transcript.txt``: a Google Meet transcript saved from Google Docs as text: title, attendees,
  Meet's computer-generated notice, ``00:05:00`` stamps, ``Name: text`` lines, ``Meeting ended after ...``. The
  captions repeat one client line with small changes across a stamp, a colleague joins the wrong meeting and
  speaks, and the meeting ends in the middle of the client's last sentence. Decoys: the attendee list, Meet's
  notice, a stamp line, ``Yeah.`` twice, two ``I can't ...`` lines that are not refusals, the ``Meeting ended``
  line.

Every line number is a 1-based line of the written file as a UTF-8 decoder sees it (``\\r\\n`` and ``\\n`` each end
one line; an invalid byte in 04 and 06 decodes to one replacement character and does not change the line count)
and is computed while the file is built:

* a turn-level row points at the line holding the turn's speaker label or its equivalent: in 01 the ``Q.``/``A.``
  line or the colloquy ``NAME:`` line (not a continuation line); in 02, 06 and 14 the ``Label:`` line; in 03 the
  message's row; in 04 the line the record starts on, the header being line 1; in 05 the ``**Th:**``/``**Pt:**``
  line; in 07 the ``AK (hh:mm:ss):`` line; in 08 the ``HH:MM:SS From Name to ...:`` line (the text is below it);
  in 09 the ``d/m/yy, H:MM - Name:`` line; in 10 the interval's ``text = "..."`` line (the tier's ``name`` gives
  the speaker); in 11 the annotation's ``<ANNOTATION_VALUE>`` line (the ``TIER_ID`` gives the speaker); in 12 the
  DataFrame row; in 13 the ``"sender": {...}`` line of the ``Communication`` (the ``payload`` follows it);
* meta text inside a turn is marked at the turn's line; an unlabelled line of generator residue between samples
  (02) is a ``meta_text`` row at its own line;
* ``unparseable_line`` is marked at a line that cannot be read as a record of its layout (03's cut JSON row, 04's
  row with ten fields); such a line is not a turn;
* ``encoding_error`` is marked at the turn whose line holds bytes that are not valid UTF-8 (04, 06); text that
  decodes validly but was garbled upstream is ``mojibake`` instead, marked on every garbled turn (cp1252, Latin-1
  and double garbling; each garbled turn is garbled as a whole, the other turns of its session may be clean);
* a session-level row (a whole session written with the labels swapped, a duplicate session) points at the line
  of the session's first turn; a single turn in the other role's voice is ``role_inversion`` at its own line;
* a repetition loop is marked as in the earlier writers: ``repetition_loop`` on the first occurrence of the
  repeated turn, ``duplicate_turn`` or ``near_duplicate_turn`` on every later copy.

Which copy of a duplicated session is marked: the later one, i.e. the later sample in the same file (02's sample 6
repeats sample 1), or the copy in the file whose name sorts later (12's ``cs-0107``, not 02's sample 1).

Not turns: 01's caption, appearances, page numbers, ``EXAMINATION`` and ``BY ...:`` lines, parentheticals and
certificate; 02's ``#`` comments and ``<<< sample >>>`` lines; 03's ``system`` rows; 04's header; 05's title,
headings, summary blocks and rules; 06's title and ``Dialog`` lines; 07's header lines and ``[recording ends]``;
08's ``Reacted to`` entries; 09's encryption notice; 10's header, empty intervals and ``events`` points; 11's
header, time slots and ``Comments`` tier; 12's header row; 13's bundle fields, ``note`` and included resources;
14's title, attendees, notice, stamps and ``Meeting ended`` line. A speaker outside the therapist/client roles (01's
attorney, 08's reception account, 14's colleague) speaking a turn is ``unknown_speaker``. The AI assistant that
answers first in 03 stands in the counsellor's role.

Turns and lines that look suspicious but are clean (decoys) carry a ``decoy: ...`` tag here; the tag never reaches
the truth, and the number of decoys is printed. Standard library only.
"""

from __future__ import annotations

import codecs
import csv
import difflib
import json
import re
import sys
import textwrap
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

KINDS = {
    "mojibake",
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
    "encoding_error",
}
REPEAT_KINDS = {"duplicate_turn", "near_duplicate_turn"}
LINE_KINDS = {"meta_text", "unparseable_line"}  # kinds that may sit on a line that holds no turn

T, C, X = "T", "C", "?"  # therapist role, client role, nobody's role

RSQ = "\u2019"
LSQ = "\u2018"
LDQ = "\u201c"
RDQ = "\u201d"
MDASH = "\u2014"
NDASH = "\u2013"

# character sequences that only appear in these files when a turn is deliberately garbled
MOJIBAKE_MARKERS = (
    "\u00e2\u20ac",  # UTF-8 read as cp1252: U+2019/U+2014 -> a-circumflex, euro sign, ...
    "\u00e2\u0080",  # UTF-8 read as ISO-8859-1: a-circumflex and a C1 control character
    "\u00c3",  # a two-byte UTF-8 letter read as cp1252/latin-1 (or read so twice)
    "\u00c2",
    "\ufffd",
)


def cp1252_moji(text: str) -> str:
    """UTF-8 bytes read as Windows-1252 (bytes cp1252 leaves undefined kept as the same code point)."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


def latin1_moji(text: str) -> str:
    """UTF-8 bytes read as ISO-8859-1: every byte becomes the code point of the same number (C1 controls included)."""
    return text.encode("utf-8").decode("latin-1")


def double_moji(text: str) -> str:
    """Garbled twice: UTF-8 read as Windows-1252, stored as UTF-8, and read as Windows-1252 again."""
    return cp1252_moji(cp1252_moji(text))


def latin1_bytes(text: str) -> str:
    """``text`` written as ISO-8859-1 into a UTF-8 file: accented letters become lone invalid bytes, which are kept
    here as surrogate escapes (written back as the raw byte)."""
    return text.encode("latin-1").decode("utf-8", errors="surrogateescape")


def has_raw_bytes(text: str) -> bool:
    return any(0xDC80 <= ord(ch) <= 0xDCFF for ch in text)


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------
@dataclass
class Turn:
    label: str
    role: str
    text: str
    line: int
    kinds: tuple[str, ...]
    anchor: str | None = None
    probe: str | None = None


@dataclass
class Session:
    kinds: tuple[str, ...]
    turns: list[Turn] = field(default_factory=list)


def split_tags(tags: Sequence[str]) -> tuple[list[str], list[str]]:
    kinds = [tag for tag in tags if not tag.startswith("decoy:")]
    decoys = [tag for tag in tags if tag.startswith("decoy:")]
    for kind in kinds:
        assert kind in KINDS, kind
    return kinds, decoys


def plain(turns: Sequence[tuple[str, ...]]) -> list[tuple[str, str]]:
    """The same turns without their decoy tags (for verbatim copies: a decoy is counted once)."""
    out: list[tuple[str, str]] = []
    for label, text, *tags in turns:
        assert not split_tags(tags)[0], "a copied session must be defect-free"
        out.append((label, text))
    return out


class Builder:
    """Physical lines, truth rows, decoys and sessions of one file."""

    def __init__(self, name: str, roles: dict[str, str], eol: str = "\n", bom: bool = False) -> None:
        self.name = name
        self.roles = roles
        self.eol = eol
        self.bom = bom
        self.out: list[str] = []
        self.truth: list[tuple[int, str]] = []
        self.decoys: list[tuple[int, str]] = []
        self.sessions: list[Session] = []
        self.keys: dict[Any, Session] = {}
        self.current: Session | None = None
        self.line_rows: set[int] = set()  # lines marked with a line-level kind (no turn on them)

    # -- physical lines
    def add(self, *lines: str) -> int:
        first = len(self.out) + 1
        for line in lines:
            assert "\n" not in line and "\r" not in line, line
            self.out.append(line)
        return first

    def blank(self) -> None:
        if self.out and self.out[-1] != "":
            self.add("")

    @property
    def next_line(self) -> int:
        return len(self.out) + 1

    # -- sessions and truth
    def start(self, kinds: Sequence[str] = (), key: Any = None) -> Session:
        for kind in kinds:
            assert kind in ("role_inversion", "duplicate_session"), kind
        session = Session(tuple(kinds))
        self.sessions.append(session)
        self.current = session
        if key is not None:
            assert key not in self.keys
            self.keys[key] = session
        return session

    def _truth(self, line: int, kind: str) -> None:
        assert (line, kind) not in self.truth, f"{self.name}:{line} {kind} twice"
        self.truth.append((line, kind))

    def record(
        self,
        label: str,
        text: str,
        line: int,
        tags: Sequence[str],
        key: Any = None,
        anchor: str | None = None,
        probe: str | None = None,
    ) -> None:
        """One turn: ``line`` is the line naming its speaker; ``anchor`` must stand on that line and ``probe`` (a
        piece of the text as written in the file) on it or on one of the four lines below it."""
        assert label in self.roles, (self.name, label)
        session = self.keys[key] if key is not None else self.current
        assert session is not None
        kinds, decoys = split_tags(tags)
        assert "duplicate_session" not in kinds, "duplicate_session goes on the session"
        assert not ("role_inversion" in kinds and "role_inversion" in session.kinds)
        if "mojibake" in kinds:
            assert any(marker in text for marker in MOJIBAKE_MARKERS), text
        else:
            assert not any(marker in text for marker in MOJIBAKE_MARKERS), f"unmarked garbling: {text[:60]!r}"
        assert ("encoding_error" in kinds) == has_raw_bytes(text), (self.name, line)
        if "empty_turn" in kinds:
            assert text == ""
        else:
            assert text.strip(), f"{self.name}:{line} empty text without empty_turn"
        assert (self.roles[label] == X) == ("unknown_speaker" in kinds), (self.name, line)
        turn_kinds = tuple(kinds)
        if not session.turns:  # the first turn of a session carries the session-level rows
            kinds = list(session.kinds) + kinds
        for kind in kinds:
            self._truth(line, kind)
        for note in decoys:
            self.decoys.append((line, note))
        session.turns.append(Turn(label, self.roles[label], text, line, turn_kinds, anchor, probe))

    def mark(self, line: int, *tags: str) -> None:
        """A line that is not a turn: a line-level defect (meta text, an unparseable line) or a decoy."""
        kinds, decoys = split_tags(tags)
        assert set(kinds) <= LINE_KINDS, kinds
        for kind in kinds:
            self._truth(line, kind)
            self.line_rows.add(line)
        for note in decoys:
            self.decoys.append((line, note))

    def lines(self) -> list[str]:
        return list(self.out)

    def render(self) -> bytes:
        body = "".join(line + self.eol for line in self.lines())
        data = body.encode("utf-8", errors="surrogateescape")
        return codecs.BOM_UTF8 + data if self.bom else data

    def decode(self, raw: bytes) -> str:
        if self.bom:
            assert raw.startswith(codecs.BOM_UTF8)
            raw = raw[3:]
        return raw.decode("utf-8", errors="surrogateescape")

    def check_file(self, data: str) -> None:
        """A format-specific check of the whole written text (overridden where the layout allows one)."""


def wrap(text: str, width: int) -> list[str]:
    out: list[str] = []
    for para in text.split("\n"):
        out.extend(textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False) or [""])
    return out


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


# ---------------------------------------------------------------------------
# 01 Court-reporter transcript of a recorded clinical interview, Q./A. with colloquy
# ---------------------------------------------------------------------------
class QADoc(Builder):
    """Q./A. lines indented by five spaces, colloquy ``NAME:`` lines indented by ten; long turns run on over
    continuation lines at the left margin."""

    WIDTH = 60

    def __init__(self, name: str, roles: dict[str, str]) -> None:
        super().__init__(name, roles, eol="\r\n")
        self.page = 1

    def qa(self, label: str, text: str, *tags: str) -> int:
        chunks = wrap(text, self.WIDTH)
        line = self.add(f"     {label}   {chunks[0]}", *chunks[1:])
        self.record(label, text, line, tags, anchor=f"     {label}   ", probe=chunks[0])
        return line

    def colloquy(self, label: str, text: str, *tags: str) -> int:
        chunks = wrap(text, self.WIDTH)
        line = self.add(f"          {label}:  {chunks[0]}", *chunks[1:])
        self.record(label, text, line, tags, anchor=f"          {label}:  ", probe=chunks[0])
        return line

    def paren(self, text: str, *tags: str) -> int:
        line = self.add(f"          ({text})")
        self.mark(line, *tags)
        return line

    def page_break(self, *tags: str) -> None:
        self.page += 1
        self.add("")
        line = self.add(" " * 66 + str(self.page))
        self.add("")
        self.mark(line, *tags)


EXAMINER, CLAIMANT, COUNSEL = "DR. HALVORSEN", "MR. WHITCOMB", "MR. PIKE"


def f01() -> Builder:
    doc = QADoc(
        "01_psych_assessment_court_reporter.txt",
        {"Q.": T, "A.": C, EXAMINER: T, CLAIMANT: C, COUNSEL: X},
    )
    doc.add(
        "                  BEFORE THE WORKERS' COMPENSATION BOARD",
        "                          OF THE STATE OF OREGON",
        "",
        "     In the Matter of the Compensation of     )",
        "     DALE R. WHITCOMB, Claimant.              )   WCB Case No. 23-04417",
        "",
        "           TRANSCRIPT OF AUDIO-RECORDED CLINICAL INTERVIEW",
        "                 (Independent Psychological Evaluation)",
        "",
        "                            March 14, 2024",
        "",
        "APPEARANCES:",
        "     Examining psychologist:   Ingrid Halvorsen, PhD",
        "     Examinee:                 Dale R. Whitcomb",
        "     Also present:             Gregory Pike, attorney for the claimant",
        "",
        "     Transcribed from a digital audio recording by Cascade Reporting",
        "     Services, LLC. Speaker identification supplied by the transcriber.",
    )
    doc.page_break("decoy: a page number line between turns, not a turn")
    doc.add("                        P R O C E E D I N G S", "")
    doc.start()
    doc.colloquy(
        EXAMINER,
        "We're recording. It's 9:04 in the morning. Mr. Whitcomb, as we discussed, this interview is part of an "
        "independent evaluation, so what you tell me is not confidential in the way therapy would be. Is that still "
        "okay with you?",
    )
    doc.colloquy(CLAIMANT, "Yeah. Yes, that's fine.")
    doc.add("", "                             EXAMINATION", "BY DR. HALVORSEN:")
    doc.qa("Q.", "Let's start with how you've been sleeping since the accident in August.")
    doc.qa(
        "A.",
        "Not good. I get maybe four hours. I wake up around two or three and I'm soaked, and I can hear the "
        "beeping, the reversing alarm on the forklift, even though there's nothing there.",
    )
    doc.qa("Q.", "How many nights a week does that happen?")
    doc.qa("A.", "Most nights. Five, maybe six.")
    doc.qa("Q.", "Before August, did you ever have trouble sleeping?")
    doc.qa("A.", "No.", "decoy: a one-word answer that repeats below, not a duplicate")
    doc.qa("Q.", "Any nightmares, any periods of feeling low for weeks at a time?")
    doc.qa("A.", "No.")
    doc.qa(
        "Q.",
        "And when you went back to the warehouse for the first time, to pick up your things, did you --",
        "decoy: a question broken off by the answer (court-reporter dashes), not a truncated turn",
    )
    doc.qa(
        "A.",
        "-- I didn't go in. I sat in the truck in the lot for about forty minutes and my wife went in and got my "
        "locker stuff. I couldn't get my hands to stop shaking on the wheel.",
    )
    doc.qa("Q.", "What did you notice in your body while you sat there?")
    doc.qa(
        "A.",
        "My chest was tight, like a strap around it. And I was angry at myself, because it's just a building. I "
        "worked there eleven years.",
    )
    doc.qa(
        "Q.",
        "You said earlier, quote, I'm not the same guy. Can you tell me more about what's different?",
        "decoy: the examiner quotes the examinee's words, not a role inversion",
    )
    doc.qa(
        "A.",
        "I snap at the kids. I used to coach my son's Little League and I quit because I couldn't stand being "
        "around the noise. I don't want to see people. I just sit in the garage.",
    )
    doc.page_break()
    doc.qa("Q.", "When did you last feel like doing something you used to enjoy?")
    doc.qa(
        "A.",
        "I can't tell you exactly. Sometime in the fall, maybe. My brother took me fishing and for a couple hours it "
        "was okay.",
        "decoy: the examinee says I can't tell you, not a refusal",
    )
    doc.qa("Q.", "Have you had any thoughts that life isn't worth living, or of hurting yourself?")
    doc.qa(
        "A.",
        "Not like, a plan. Some nights I think everybody'd be better off with the insurance money. (Inaudible.) "
        "I wouldn't do it, because of the kids.",
        "decoy: an (Inaudible.) note inside an answer",
    )
    doc.qa(
        "Q.",
        "Thank you for telling me that. I'm going to make sure the report recommends you see someone regularly "
        "about those thoughts, and I'll give you the crisis line number before you leave today. Is that all right?",
        "decoy: a crisis line mentioned inside real engagement, not a hotline-only reply",
    )
    doc.qa("A.", "Yeah. My wife would want that.")
    doc.qa("Q.", "Have you been offered a settlement on the claim, and has that added to the stress?")
    doc.colloquy(
        COUNSEL,
        "Doctor, I'm going to ask that we not go into settlement discussions. That's outside the scope of this "
        "evaluation, and I'd like the record to reflect my objection.",
        "unknown_speaker",
    )
    doc.colloquy(EXAMINER, "Noted. We can leave that. Let's take a short break.")
    doc.colloquy(
        CLAIMANT, "Can I get some water?", "decoy: the examinee speaking in colloquy form, not an unknown speaker"
    )
    doc.paren("Recess taken.", "decoy: a parenthetical of the transcriber, not a turn")
    line = doc.add("BY DR. HALVORSEN:")
    doc.mark(line, "decoy: a BY line naming the examiner with nothing after it, not an empty turn")
    doc.qa("Q.", "We're back on the record. Tell me about the nights, what goes through your mind when you wake up.")
    doc.qa(
        "A.",
        "Honestly the worst part is the nights. I lie there and I go over it, where I was standing, whether I "
        "should've heard him coming, and I keep coming back to the sound it made when the",
        "truncated_turn",
    )
    doc.paren("Recording ended.")
    doc.add(
        "",
        "                       REPORTER'S CERTIFICATE",
        "",
        "     I certify that the foregoing is a true and accurate transcription",
        "     of the digital audio recording provided, to the best of my ability.",
        "     The recording ended at 9:51 a.m. before the interview concluded.",
        "",
        "                                   /s/ Marisol Vega, Transcriber",
    )
    return doc


# ---------------------------------------------------------------------------
# 02 Generated counselling set in Human:/Assistant: form, several samples a file
# ---------------------------------------------------------------------------
class HHDoc(Builder):
    """``Human: text`` / ``Assistant: text`` turns, a blank line between turns; a turn's later paragraphs run on
    over unlabelled lines."""

    def sample(self, header: str, turns: Sequence[tuple[str, ...]], kinds: Sequence[str] = ()) -> None:
        self.blank()
        self.add(header, "")
        self.start(kinds)
        for label, text, *tags in turns:
            paras = text.split("\n")
            line = self.add(f"{label}: {paras[0]}", *paras[1:])
            self.add("")
            self.record(label, text, line, tags, anchor=f"{label}: ", probe=paras[0][:40])


HH_INSOMNIA: list[tuple[str, ...]] = [
    (
        "Human",
        "I've been lying awake until three most nights. As an AI engineer myself I know the theory, log off "
        "earlier and all that, but my brain keeps running through the day's code reviews.",
        "decoy: the client says As an AI engineer, not a refusal template",
    ),
    (
        "Assistant",
        "That sounds exhausting, especially when you know the theory and still can't switch off. What usually "
        "happens in the hour before you try to sleep?",
    ),
    ("Human", "I'm usually on my laptop in bed. Then I put it away and stare at the ceiling."),
    (
        "Assistant",
        "So the bed has become a place for work and for worrying. Something we often try is keeping the bed for "
        "sleep only: if you're not asleep after about twenty minutes, you get up and do something calm in another "
        "room until you feel sleepy. How does that sound?",
    ),
    ("Human", "Honestly? Annoying. But I get the logic."),
    (
        "Assistant",
        "Annoying is a fair reaction, and for a lot of people it feels worse before it feels better. Would you be "
        "willing to try it for one week and keep a simple sleep diary?",
    ),
    ("Human", "Should I quit the on-call rota too? It's the nights on call that wreck me."),
    (
        "Assistant",
        "I can't tell you whether to give up the rota; that's your decision, and it depends on things only you "
        "know. What I can do is help you look at what the rota costs you and what it gives you. Shall we do that "
        "next time, with the diary in front of us?",
        "decoy: the therapist says I can't tell you, not a refusal",
    ),
    ("Human", "Yeah, okay. Deal."),
]

HH_LOOP = (
    "When panic builds, it can help to slow your breathing down. Try breathing in for a count of four, holding "
    "for a moment, and breathing out for a count of six. Noticing that the feelings rise, peak and then pass can "
    "make them less frightening over time."
)


def f02() -> Builder:
    doc = HHDoc("02_generated_counselling_human_assistant.txt", {"Human": C, "Assistant": T})
    doc.add("# counsel-synth v0.4 | export of accepted samples | 2024-02-27")
    line = doc.add("# format: Human = client persona, Assistant = therapist persona")
    doc.mark(line, "decoy: a header comment that names both labels, not a turn")
    doc.sample("<<< sample 1/6 | id=cs-0107 | modality=CBT-I | topic=insomnia >>>", HH_INSOMNIA)
    doc.sample(
        "<<< sample 2/6 | id=cs-0112 | modality=grief counselling | topic=loss of a sibling >>>",
        [
            ("Human", "My sister died in November and everyone keeps saying it gets easier. It hasn't."),
            (
                "Assistant",
                "I'm so sorry about your sister. Four months is not long at all, and grief doesn't keep to other "
                "people's timetables. What has it been like for you lately?",
            ),
            (
                "Human",
                "Quiet. She used to ring me every Sunday morning and now Sunday mornings are the worst part of the "
                "week.",
            ),
            ("Assistant", "Sunday mornings carry her absence so clearly. What do you do with that time now?"),
            ("Human", "Mostly I stay in bed. Sometimes I listen to her old voicemails. Is that weird?"),
            (
                "Assistant",
                "I'm really sorry that you're feeling this way, but I'm unable to provide the help that you need. "
                "It's really important to talk things over with someone who can, though, such as a mental health "
                "professional or a trusted person in your life.",
                "refusal",
            ),
            ("Human", "Okay. I just thought listening to them might be a normal thing to do."),
            (
                "Assistant",
                "It is a very common thing to do. Many people keep voicemails, messages and photos, and hearing her "
                "voice can be a way of staying connected to her. What do you notice in yourself when you play them?",
            ),
            ("Human", "I cry, but it's a good cry mostly. Then I feel guilty that I didn't ring her more."),
            (
                "Assistant",
                "Guilt so often comes along with grief, especially about the things we wish we had said. If it feels "
                "right, next time we could try writing her a letter, and when you feel ready we could think together "
                "about what you would most like to say to her about the",
                "truncated_turn",
            ),
        ],
    )
    doc.sample(
        "<<< sample 3/6 | id=cs-0118 | modality=CBT | topic=panic on public transport >>>",
        [
            ("Human", "I had a panic attack on the bus yesterday and had to get off three stops early."),
            (
                "Assistant",
                "That sounds frightening. Can you tell me what you noticed in your body just before you got off?",
            ),
            (
                "Human",
                "My heart was pounding and my hands went numb. I was sure I was going to pass out in front of "
                "everyone.",
            ),
            ("Assistant", HH_LOOP, "repetition_loop"),
            ("Human", "I did try breathing, but it made me more aware of my heart."),
            ("Assistant", HH_LOOP, "duplicate_turn"),
            (
                "Human",
                "You said that already. It doesn't really help me on the bus.",
                "decoy: the client complains of a repeat, itself not a repeat",
            ),
            ("Assistant", HH_LOOP, "duplicate_turn"),
            ("Human", "Okay."),
        ],
    )
    doc.blank()
    line = doc.add(
        "Note: This conversation is a fictional example generated for training purposes and does not constitute "
        "medical advice."
    )
    doc.mark(line, "meta_text")
    doc.sample(
        "<<< sample 4/6 | id=cs-0131 | modality=ACT | topic=work boundaries >>>",
        [
            ("Human", "My head of department keeps giving me extra cover lessons and I never say no."),
            (
                "Assistant",
                "It sounds like you're carrying a lot that isn't really yours. What happens inside you when she asks?",
            ),
            (
                "Human",
                "I feel this jolt of panic, like if I say no she'll think I can't cope. And then I hear myself "
                "saying yes before I've even thought about it.",
            ),
            (
                "Assistant",
                "Remember to stay in character as a warm, non-directive therapist and keep each reply under 80 "
                "words. That jolt sounds like it arrives very fast, faster than you can choose. What do you imagine "
                "she would actually think if you said you couldn't do it this week?",
                "meta_text",
            ),
            (
                "Human",
                "It sounds as though saying yes has become a way of keeping yourself safe. I wonder what it would be "
                "like to notice that jolt and give yourself a moment before you answer. What do you think might help "
                "you pause?",
                "role_inversion",
            ),
            (
                "Assistant",
                "That's a question worth sitting with. A phrase like 'let me check my timetable and get back to you' "
                "might buy you that moment.",
            ),
            (
                "Human",
                "I could try that. Let me check my timetable and get back to you. It feels less like a no.",
                "decoy: the client repeats the therapist's suggested phrase, not a role inversion",
            ),
            (
                "Assistant",
                "It gives you room to choose rather than react. Would you be willing to try it once this week and "
                "notice what happens?",
            ),
            ("Human", "Yes. I'll try it on Monday, she always asks on Mondays."),
        ],
    )
    doc.sample(
        "<<< sample 5/6 | id=cs-0140 | modality=person-centred | topic=loneliness after a move >>>",
        [
            (
                "Human",
                "Welcome back. Last time you mentioned that the evenings have been the hardest since the move. How "
                "have they been this week?",
            ),
            ("Assistant", "About the same. I get home, cook something, and then the flat is silent until I go to bed."),
            ("Human", "That silence sounds heavy. What goes through your mind when it's that quiet?"),
            (
                "Assistant",
                "That I made a mistake moving here. Everyone back home has their own lives and I'm just a face on a "
                "video call now.",
            ),
            (
                "Human",
                "It makes sense you'd question the move when you feel this alone. Has anything, even something small, "
                "felt a bit easier recently?",
            ),
            (
                "Assistant",
                "The climbing wall near work, maybe. I went once and someone lent me chalk. We talked for about ten "
                "minutes.",
            ),
            ("Human", "Ten minutes of real conversation with someone new. How did that feel?"),
            ("Assistant", "Nice, actually. Nervous, but nice."),
        ],
        kinds=("role_inversion",),
    )
    doc.sample(
        "<<< sample 6/6 | id=cs-0155 | modality=CBT-I | topic=insomnia >>>",
        plain(HH_INSOMNIA),
        kinds=("duplicate_session",),
    )
    return doc


# ---------------------------------------------------------------------------
# 03 Web-chat messages as JSON Lines, one message a line, unusual key names
# ---------------------------------------------------------------------------
class ChatJsonlDoc(Builder):
    def __init__(self, name: str, roles: dict[str, str]) -> None:
        super().__init__(name, roles)
        self.seq: dict[str, int] = {}
        self.now = datetime(2000, 1, 1)  # one clock: the export lists messages in the order they were posted

    def thread(self, ref: str, opened: datetime, channel: str) -> None:
        self.start(key=ref)
        self.seq[ref] = 0
        self.now = max(self.now, opened)
        self.channel = channel

    def _obj(self, ref: str, party: str, handle: str, body: str, after: int) -> dict[str, Any]:
        self.seq[ref] += 1
        self.now += timedelta(seconds=after)
        return {
            "thread_ref": ref,
            "seq": self.seq[ref],
            "party": party,
            "handle": handle,
            "body_text": body,
            "posted_at": self.now.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": self.channel if ref != "WC-240202-0064" else "legacy-import",
        }

    def msg(self, ref: str, handle: str, body: str, *tags: str, after: int = 45) -> int:
        party = "visitor" if handle == "visitor" else "agent"
        line = self.add(dumps(self._obj(ref, party, handle, body, after)))
        probe = dumps(body)[1:30] if body else '"body_text": ""'
        self.record(handle, body, line, tags, key=ref, anchor=f'"party": "{party}"', probe=probe)
        return line

    def system(self, ref: str, body: str, *tags: str) -> int:
        line = self.add(dumps(self._obj(ref, "system", "system", body, 5)))
        self.mark(line, *tags)
        return line

    def check_file(self, data: str) -> None:
        for number, line in enumerate(data.splitlines(), 1):
            try:
                json.loads(line)
            except json.JSONDecodeError:
                assert number in self.line_rows, (self.name, number)


IFE, MARCUS, NOVA = "Ife (counsellor)", "Marcus (counsellor)", "Nova (AI assistant)"
WELLBEING_GREETING = (
    "Hi, you're through to Campus Wellbeing out-of-hours chat. My name's Ife and I'm one of the counsellors. What "
    "would you like to talk about tonight?"
)


def f03() -> Builder:
    doc = ChatJsonlDoc("03_wellbeing_webchat_messages.jsonl", {IFE: T, MARCUS: T, NOVA: T, "visitor": C})
    a, b, c = "WC-240202-0064", "WC-240314-0087", "WC-240314-0091"
    # an older thread imported from the previous chat system
    doc.thread(a, datetime(2024, 2, 2, 21, 14, 3), "web")
    doc.msg(a, IFE, WELLBEING_GREETING, "decoy: the canned greeting, used again in another thread")
    doc.msg(
        a,
        "visitor",
        cp1252_moji(f"I don{RSQ}t know if this is the right place to ask but my housemate has stopped eating"),
        "mojibake",
    )
    doc.msg(a, IFE, "It is the right place. It sounds like you're really worried about her. What have you noticed?")
    doc.msg(a, "visitor", "She skips dinner and says she already ate. She's lost a lot of weight since Christmas.")
    doc.msg(
        a,
        IFE,
        "That must be hard to watch, especially living with her. Have you been able to say anything to her about "
        "it yet?",
    )
    doc.msg(a, "visitor", "Once. She laughed it off and then didn't speak to me for two days.")
    doc.msg(
        a,
        IFE,
        "So trying to help came with a cost. It makes sense you'd feel stuck. Would it help to think about how "
        "you could raise it again in a way that feels safer for both of you?",
    )
    doc.msg(a, "visitor", "Yes please.")
    # two threads on the same evening, their messages interleaved in time order
    doc.thread(b, datetime(2024, 3, 14, 22, 31, 40), "web")
    doc.system(b, "Visitor joined the chat", "decoy: a system message, not a turn")
    doc.msg(b, IFE, WELLBEING_GREETING)
    doc.msg(b, "visitor", "i cant sleep before exams and i keep thinking ill fail everything")
    doc.msg(
        b,
        "visitor",
        "i can't sleep before exams and i keep thinking i'll fail everything",
        "near_duplicate_turn",
        after=9,
    )
    doc.thread(c, datetime(2024, 3, 14, 22, 33, 5), "web")
    doc.system(c, "Visitor joined the chat")
    doc.msg(
        c,
        NOVA,
        "Hi, I'm Nova, the Campus Wellbeing virtual assistant. A counsellor will join you shortly. While you wait, "
        "can you tell me a bit about what's going on?",
    )
    doc.msg(
        b,
        IFE,
        "Thanks for reaching out. That sounds like a really tiring place to be, lying awake with those thoughts. "
        "When do your exams start?",
    )
    doc.msg(c, "visitor", "i havent left my room in 4 days and i dont really see the point of anything")
    doc.msg(b, "visitor", "monday. i have 3 in 5 days")
    doc.msg(
        c,
        NOVA,
        "I'm sorry, but I can't help with thoughts like these. If you are in immediate danger, please call 999 or "
        "contact Samaritans on 116 123.",
        "refusal",
        after=3,
    )
    doc.msg(
        b,
        IFE,
        f"Three in five days is a lot. When the {LSQ}I{RSQ}ll fail everything{RSQ} thought shows up at night, "
        f"what does it tell you will happen next?",
        "decoy: curly quotes correctly encoded, the counsellor quoting the student",
    )
    doc.system(c, "Marcus (counsellor) joined the chat")
    doc.msg(
        c,
        MARCUS,
        "Hi, this is Marcus, one of the counsellors. I've read what you wrote and I'm really glad you messaged. Four "
        "days in your room sounds lonely. When you say you don't see the point, what is that like for you?",
    )
    doc.msg(b, "visitor", "", "empty_turn")
    doc.msg(b, IFE, "Take your time, there's no rush. I'm still here.")
    doc.msg(c, "visitor", "like everything is grey. i'm not going to do anything, i just feel nothing")
    doc.msg(
        b,
        "visitor",
        "sorry pressed enter. it says i'm going to let my mum down because she's paying for everything",
    )
    broken = dumps(doc._obj(c, "visitor", "visitor", "", 40))
    broken = broken.split('"body_text": ""')[0] + '"body_text": "and my flatmate says i should just go to the GP but i'
    line = doc.add(broken)
    doc.mark(line, "unparseable_line")
    doc.msg(c, "visitor", "sorry that sent weird. my flatmate thinks i should see the GP", after=20)
    doc.msg(
        b,
        IFE,
        "That's a heavy thing to carry into an exam, feeling like your mum's money rides on it. What would she say "
        "if she could see how you're feeling tonight?",
    )
    doc.msg(
        c,
        MARCUS,
        "That's okay, it came through. Your flatmate sounds like they care about you. How do you feel about seeing "
        "the GP? And if things ever feel unsafe tonight you can come back to this chat or ring Samaritans on "
        "116 123, but I'm here now and I'd like to keep talking with you.",
        "decoy: a helpline given inside real engagement, not a hotline-only reply",
    )
    doc.msg(b, "visitor", "she'd tell me to go to sleep and stop worrying lol")
    doc.msg(c, "visitor", "i'd go if someone came with me \U0001f642", "decoy: an emoji correctly encoded")
    doc.msg(
        b,
        IFE,
        "Let's stay with that for a moment. It sounds like she'd want you to look after yourself. Could we make a "
        "small plan for tonight, to give sleep a better chance?",
    )
    doc.msg(b, "visitor", "ok", "decoy: a short reply that repeats below")
    doc.msg(b, "visitor", "ok", after=6)
    doc.msg(c, MARCUS, "That sounds like a good step. Who could you ask to come with you?")
    return doc


# ---------------------------------------------------------------------------
# 04 CSV of MI-coded utterances with extra columns and quoted multi-line cells
# ---------------------------------------------------------------------------
def csv_record(values: Sequence[str]) -> list[str]:
    """One CSV record as written by Python's csv module (minimal quoting, LF), split into physical lines."""
    buf: list[str] = []

    class _W:
        def write(self, s: str) -> None:
            buf.append(s)

    csv.writer(_W(), lineterminator="\n").writerow(values)
    text = "".join(buf)
    assert text.endswith("\n")
    return text[:-1].split("\n")


class CodedCsvDoc(Builder):
    HEADER = ("session_id", "utt_no", "speaker", "t_start", "t_end", "utterance", "miti_code", "coder", "coder_note")

    def __init__(self, name: str, roles: dict[str, str]) -> None:
        super().__init__(name, roles)
        self.add(*csv_record(self.HEADER))
        self.utt = 0
        self.clock = 0.0
        self.sid = ""

    def session(self, sid: str, start: float) -> None:
        self.start()
        self.sid = sid
        self.utt = 0
        self.clock = start

    def _values(self, speaker: str, text: str, code: str, coder: str, note: str) -> list[str]:
        self.utt += 1
        t0 = self.clock + 0.4
        self.clock = t0 + max(0.8, len(text) / 14)
        return [self.sid, str(self.utt), speaker, f"{t0:.1f}", f"{self.clock:.1f}", text, code, coder, note]

    def u(self, speaker: str, text: str, code: str, *tags: str, coder: str = "RB", note: str = "") -> int:
        physical = csv_record(self._values(speaker, text, code, coder, note))
        line = self.add(*physical)
        self.record(speaker, text, line, tags, anchor=f",{speaker},", probe=text.split("\n")[0][:30])
        return line

    def check_file(self, data: str) -> None:
        rows = list(csv.reader(data.splitlines(keepends=True)))
        assert rows[0] == list(self.HEADER)
        assert sum(len(row) != len(self.HEADER) for row in rows) == len(self.line_rows), self.name


def f04() -> Builder:
    doc = CodedCsvDoc("04_mi_coded_utterances.csv", {"THER": T, "CLIENT": C})
    doc.session("MI-07", 31.0)
    doc.u(
        "THER",
        "Thanks for coming in, Gareth. Last time you said you'd keep a note of how much you drink in the evenings. "
        "How did that go?",
        "Q",
    )
    doc.u(
        "CLIENT",
        "I did it, actually. I wrote it down like you said:\nMonday 3, Tuesday 4, Wednesday 0, Thursday 5.",
        "FN",
        "decoy: a quoted cell with a line break (the record runs over two lines), not two turns",
    )
    doc.u("THER", "Mm-hmm.", "", "decoy: a backchannel that repeats below, not a duplicate")
    doc.u("CLIENT", "Wednesday was the five-a-side, so I didn't fancy it.", "FN")
    doc.u("THER", "So on the day you had something you enjoy planned, you didn't drink at all.", "CR")
    doc.u(
        "CLIENT",
        "Yeah. My wife calls the other nights \"the wine o'clock thing\", though for me it's mostly cans.",
        "FN",
        "decoy: doubled quotes inside a quoted cell",
    )
    doc.u("THER", "Mm-hmm.", "")
    doc.u(
        "THER",
        "Honestly it's four cans most weeknights, more at the weekend if the football's on, and I don't even enjoy "
        "the last two.",
        "ST",
        "role_inversion",
    )
    doc.u("THER", "You don't even enjoy the last two. What keeps you going past the second one?", "Q")
    doc.u(
        "CLIENT",
        "Habit, mostly. And it shuts my head up after work. I'd rather not get into my dad's drinking today, though.",
        "ST",
        "decoy: the client declines a topic (and the coder's note says refusal?), not a refusal",
        note="possible refusal? client declines topic - his choice, not coded",
    )
    doc.u(
        "THER",
        "That's fine, we'll leave your dad for today. What would be different if your head was quieter without the "
        "cans?",
        "Q",
        coder="JT",
    )
    doc.utt += 1
    t0 = doc.clock + 0.4
    doc.clock = t0 + 3.1
    line = doc.add(f"MI-07,{doc.utt},CLIENT,{t0:.1f},{doc.clock:.1f},Yeah, I suppose I'd sleep better,CT,RB,")
    doc.mark(line, "unparseable_line")
    doc.u("THER", "You'd sleep better. What else?", "SR")
    doc.u(
        "CLIENT",
        latin1_bytes("I'd be less of a grump with Zo\u00eb in the mornings. She's seven, she notices."),
        "CT",
        "encoding_error",
    )
    doc.u(
        "THER",
        "Zo\u00eb notices, and that matters a lot to you.",
        "CR",
        "decoy: the same name with its diaeresis correctly encoded",
    )
    doc.u(
        "CLIENT",
        "It does, because my dad was the same, grumpy every morning and we all tiptoed round him, and the thing is, "
        "when I stop for a few days my hands don't shake and I feel fine, but the evenings feel so long that by "
        "Thursday I've usually talked myself into having just the one, and then the one turns into",
        "CT",
        "truncated_turn",
    )
    doc.session("MI-08", 22.5)
    doc.u("THER", "Welcome back. How has the week been with the plan to keep Wednesdays and Fridays dry?", "Q")
    doc.u(
        "CLIENT",
        "Better than I thought. Friday was hard, I won't lie, I was stood in the Co-op for ages.",
        "CT",
        "decoy: an utterance with commas, correctly quoted",
    )
    doc.u("THER", "Mm-hmm.", "")
    doc.u(
        "CLIENT",
        "It sounds like standing in the shop was the real moment of choice. What helped you walk out without "
        "buying anything?",
        "Q",
        "role_inversion",
    )
    doc.u(
        "CLIENT",
        "I rang my brother from the car park. We talked about the football for twenty minutes and then the urge "
        "had gone.",
        "CT",
    )
    doc.u("THER", "Ringing your brother got you through the urge. That's a strategy you found yourself.", "AF")
    doc.u(
        "CLIENT",
        "I suppose it is, yeah. I didn't think of it like that.",
        "CT",
        "decoy: a coder's note over two lines, not a turn",
        note="CT?\nsecond coder (JT): sustain talk, discuss at consensus meeting",
    )
    doc.u("THER", "What would make it easier to do again next Friday?", "Q")
    doc.u("CLIENT", "Telling him beforehand, so he's expecting the call.", "CT")
    return doc


# ---------------------------------------------------------------------------
# 05 Markdown export of session notes: a summary block, then **Th:**/**Pt:** turns
# ---------------------------------------------------------------------------
class NotesMdDoc(Builder):
    def session(self, heading: str, summary: Sequence[str], *tags: str) -> None:
        self.blank()
        self.add(heading, "")
        first = self.add("> **Session Summary**", *(f"> {item}" for item in summary))
        self.add("")
        self.mark(first, *tags)
        self.start()

    def t(self, label: str, text: str, *tags: str) -> int:
        paras = text.split("\n")
        line = self.add(f"**{label}:** {paras[0]}")
        for para in paras[1:]:
            self.add("", para)
        self.add("")
        self.record(label, text, line, tags, anchor=f"**{label}:** ", probe=paras[0][:40])
        return line


PT_LOOP = (
    "I keep thinking that if I'd just been more organised, the project wouldn't have fallen apart. Everyone was "
    "counting on me and I let them down, and now I can't stop replaying the meeting where my manager asked what "
    "happened.",
    "I keep thinking that if I had just been more organised, the project wouldn't have fallen apart. Everyone was "
    "counting on me and I let them down, and now I can't stop replaying that meeting where my manager asked what "
    "happened.",
    "I keep thinking that if I'd only been more organised, the project wouldn't have fallen apart. Everyone was "
    "counting on me and I let them all down, and now I can't stop replaying the meeting where my manager asked what "
    "happened.",
)


def f05() -> Builder:
    doc = NotesMdDoc("05_cbt_session_notes_export.md", {"Th": T, "Pt": C})
    doc.add(
        f"# J.M. {MDASH} CBT for low mood (anonymised export)",
        "",
        "Exported from the practice notes app on 12 March 2024. Names and places changed.",
    )
    doc.session(
        f"## Session 5 {MDASH} 4 March 2024",
        [
            "1. **Topics discussed:** the promotion at work; weekends alone; sleep",
            "2. **Techniques introduced:** the friend question; activity scheduling",
            "3. **Homework:** schedule two small pleasant activities; notice self-critical thoughts",
            "4. **Note:** client consented to typed transcript for supervision.",
        ],
        "decoy: a session summary block with a Note line, not a turn and not generator text",
    )
    doc.t("Th", "Hi J. How has the week been since we last met?")
    doc.t(
        "Pt",
        f"*[takes a deep breath]* Okay, I think. It{RSQ}s been a rough week {MDASH} work mostly, but I did the "
        f"activity thing.",
        "decoy: a stage direction and a correctly encoded em dash",
    )
    doc.t("Th", "You did the activity scheduling. What did you put in?")
    doc.t(
        "Pt",
        f"A walk on Saturday and ringing my sister. And you asked me last week, {LDQ}what would you say to a "
        f"friend?{RDQ}, so I tried that when I was beating myself up about the report.\nIt sort of worked. I "
        f"wouldn{RSQ}t talk to a friend the way I talk to myself.",
        "decoy: the client quotes the therapist's question, not a role inversion",
    )
    doc.t("Th", "That's a big thing to notice. What would you have said to a friend about the report?")
    doc.t("Pt", f"That one late report doesn{RSQ}t make you useless. Everyone{RSQ}s drowning at the moment.")
    doc.t("Pt", "Should I take the promotion? My manager wants an answer by Friday.")
    doc.t(
        "Th",
        f"I can{RSQ}t tell you whether to take it {MDASH} that{RSQ}s yours to decide {MDASH} but I can help you "
        f"look at what{RSQ}s pulling you each way. Shall we write both sides down?",
        "decoy: the therapist says I can't tell you, not a refusal",
    )
    doc.t("Pt", "Yes. Okay.")
    doc.blank()
    line = doc.add("---")
    doc.mark(line, "decoy: a horizontal rule between sessions, not a turn")
    doc.session(
        f"## Session 6 {MDASH} 11 March 2024 (draft completed with the notes assistant)",
        [
            "1. **Topics discussed:** the failed project; rumination",
            "2. **Techniques introduced:** thought record",
            "3. **Homework:** thought record for 'I ruin everything'",
        ],
    )
    doc.t("Th", "Last week you mentioned the project review. Where would you like to start today?")
    doc.t(
        "Pt",
        cp1252_moji(f"It's everything{MDASH}work, my sister, the flat. I can't keep on top of any of it."),
        "mojibake",
    )
    doc.t(
        "Th",
        "Here's a continuation of the therapy session, picking up from the thought record:\nLet's look at the "
        "thought 'I ruin everything.' What evidence do you have for it, and what evidence against it?",
        "meta_text",
    )
    doc.t("Pt", PT_LOOP[0], "repetition_loop")
    doc.t("Th", "It sounds like that meeting keeps coming back. What did your manager actually say?")
    doc.t("Pt", PT_LOOP[1], "near_duplicate_turn")
    doc.t("Th", "I'm hearing how much weight you're carrying from that. Can we slow down and look at one part of it?")
    doc.t("Pt", PT_LOOP[2], "near_duplicate_turn")
    doc.t(
        "Th",
        "I understand that you're looking for support, but I'm not able to continue with this conversation. A "
        "licensed mental health professional will be able to help you much better than I can.",
        "refusal",
    )
    doc.t(
        "Pt",
        "That's a really important insight. It sounds like the part of you that expects failure is trying to protect "
        "you. What would it be like to thank that part, and still act on what matters to you?",
        "role_inversion",
    )
    doc.t(
        "Th",
        "We're nearly out of time, so for this week I'd like you to notice when the 'I ruin everything' thought "
        "turns up, write down the situation and how strongly you believe it, and that's something we can look at "
        "together when",
        "truncated_turn",
    )
    return doc


# ---------------------------------------------------------------------------
# 06 German generated counselling dialogues (Beraterin/Klientin, Berater/Klient)
# ---------------------------------------------------------------------------
class GermanDoc(Builder):
    def dialog(self, header: Sequence[str]) -> None:
        self.blank()
        self.add(*header, "")
        self.start()

    def t(self, label: str, text: str, *tags: str) -> int:
        paras = text.split("\n")
        line = self.add(f"{label}: {paras[0]}", *paras[1:])
        self.add("")
        self.record(label, text, line, tags, anchor=f"{label}: ", probe=paras[0][:30])
        return line


def f06() -> Builder:
    doc = GermanDoc(
        "06_beratungsdialoge_generiert_de.txt",
        {"Beraterin": T, "Klientin": C, "Berater": T, "Klient": C},
    )
    doc.add(
        "Synthetische Beratungsdialoge (deutsch), Charge 3",
        "Erzeugt f\u00fcr das Projekt KI-gest\u00fctzte Supervision. Nicht f\u00fcr den klinischen Einsatz.",
    )
    doc.dialog(["Dialog 1 von 3 \u2013 Thema: Pr\u00fcfungsangst"])
    doc.t(
        "Beraterin",
        "Sch\u00f6n, dass Sie da sind. Was f\u00fchrt Sie heute zu mir?",
        "decoy: umlauts correctly encoded",
    )
    doc.t(
        "Klientin",
        "Ich habe in drei Wochen mein Staatsexamen und kann seit Tagen kaum schlafen. Sobald ich den Schreibtisch "
        "sehe, wird mir schlecht.",
    )
    doc.t("Beraterin", "Mhm.", "decoy: a backchannel that repeats below")
    doc.t(
        "Klientin",
        "Meine Mutter sagt immer, \u201eDu schaffst das schon\u201c, aber das macht es eigentlich nur schlimmer.",
        "decoy: German quotation marks correctly encoded",
    )
    doc.t("Beraterin", "Mhm.")
    doc.t(
        "Beraterin",
        "Wenn Ihre Mutter das sagt, was passiert dann in Ihnen? Was h\u00f6ren Sie zwischen den Zeilen?",
    )
    doc.t(
        "Klientin",
        "Dass ich es schaffen muss. Dass es keine Alternative gibt. Sie haben letztes Mal gefragt, \u201ewas w\u00e4re "
        "das Schlimmste?\u201c \u2013 und ehrlich gesagt wei\u00df ich es nicht.",
        "decoy: the client quotes the counsellor's question, not a role inversion",
    )
    doc.t(
        "Beraterin",
        "Vielleicht k\u00f6nnen wir uns dieser Frage heute gemeinsam ann\u00e4hern, ganz ohne Druck. W\u00e4re das "
        "in Ordnung f\u00fcr Sie?",
    )
    doc.t("Klientin", "Ja. Das w\u00e4re gut.")
    doc.dialog(["Dialog 2 von 3 \u2013 Thema: Trennung"])
    doc.t(
        "Beraterin",
        "Guten Tag. Sie hatten am Telefon erw\u00e4hnt, dass Ihre Beziehung vor Kurzem zu Ende gegangen ist.",
    )
    doc.t(
        "Klientin",
        cp1252_moji(
            "Ja, nach elf Jahren. Er ist ausgezogen, und ich wei\u00df nicht, wie ich das den Kindern "
            "erkl\u00e4ren soll."
        ),
        "mojibake",
    )
    doc.t(
        "Beraterin",
        "Elf Jahre sind eine lange gemeinsame Zeit. Wie geht es Ihnen damit, wenn Sie abends allein sind?",
    )
    doc.t(
        "Klientin",
        double_moji("Abends ist es am schlimmsten. Dann sitze ich in der K\u00fcche und f\u00fchle gar nichts mehr."),
        "mojibake",
    )
    doc.t(
        "Beraterin",
        "Es tut mir leid, aber als KI-Sprachmodell kann ich keine psychologische Beratung anbieten. Bitte wenden Sie "
        "sich an eine qualifizierte Fachperson.",
        "refusal",
    )
    doc.t(
        "Klientin",
        latin1_bytes("Manchmal denke ich, ich h\u00e4tte fr\u00fcher merken m\u00fcssen, dass etwas nicht stimmt."),
        "encoding_error",
    )
    doc.t(
        "Beraterin",
        "Dieser Gedanke klingt sehr belastend. Viele Menschen suchen nach einer Trennung die Schuld zuerst bei sich "
        "selbst. Was w\u00fcrden Sie einer Freundin in Ihrer Lage sagen?",
    )
    doc.t("Klientin", "Dass es nicht nur an ihr lag. Dass zu einer Beziehung immer zwei geh\u00f6ren.")
    doc.dialog(["Dialog 3 von 3 \u2013 Thema: Ersch\u00f6pfung im Pflegeberuf"])
    doc.t(
        "Berater",
        "Gerne, hier ist ein weiterer Beispieldialog zum Thema Burnout in der Pflege:\nGuten Abend, Herr "
        "Demir. Sie kommen direkt aus der Schicht?",
        "meta_text",
    )
    doc.t(
        "Klient",
        "Ja, Sp\u00e4tdienst. Wir waren wieder nur zu zweit auf der Station, mit vierundzwanzig Patienten.",
    )
    doc.t("Berater", "Hm.", "decoy: a short backchannel")
    doc.t(
        "Klient",
        "Ich frage mich inzwischen, ob ich k\u00fcndigen soll. Aber dann lasse ich die Kolleginnen h\u00e4ngen.",
    )
    doc.t(
        "Berater",
        "Ich kann Ihnen nicht sagen, ob Sie k\u00fcndigen sollen. Aber ich kann mit Ihnen anschauen, was Sie im Beruf "
        "h\u00e4lt und was Sie gerade so ersch\u00f6pft.",
        "decoy: the counsellor says he cannot tell the client what to do, not a refusal",
    )
    doc.t(
        "Klient",
        "Manchmal habe ich nachts Gedanken, dass es allen ohne mich besser ginge.",
    )
    doc.t(
        "Berater",
        "Danke, dass Sie mir das sagen. Das nehme ich ernst. Wenn diese Gedanken st\u00e4rker werden, k\u00f6nnen Sie "
        "jederzeit die Telefonseelsorge unter 0800 111 0 111 anrufen. Und ich m\u00f6chte heute mit Ihnen genauer "
        "dar\u00fcber sprechen. Wie oft kommen diese Gedanken?",
        "decoy: a helpline number inside real engagement, not a hotline-only reply",
    )
    doc.t(
        "Klient",
        "Zwei-, dreimal die Woche. Manchmal sitze ich nach der Nachtschicht im Auto vor dem Haus und kann einfach "
        "nicht aussteigen, weil ich wei\u00df, dass drinnen schon wieder alle etwas von mir wol",
        "truncated_turn",
    )
    return doc


# ---------------------------------------------------------------------------
# 07 Typed transcript with initials and time codes, "AK (00:03:12): text"
# ---------------------------------------------------------------------------
class InitialsDoc(Builder):
    def __init__(self, name: str, roles: dict[str, str]) -> None:
        super().__init__(name, roles)
        self.clock = 0

    def t(self, label: str, text: str, *tags: str, at: int) -> int:
        assert at >= self.clock
        self.clock = at
        stamp = f"{at // 3600:02d}:{at // 60 % 60:02d}:{at % 60:02d}"
        line = self.add(f"{label} ({stamp}): {text}")
        self.record(label, text, line, tags, anchor=f"{label} ({stamp}): ", probe=text[:30])
        return line


def f07() -> Builder:
    doc = InitialsDoc("07_bereavement_session_initials_timecoded.txt", {"AK": T, "RM": C})
    doc.add(
        "Transcript: bereavement counselling, session 4 (video call)",
        "Transcribed by: K. Obi, 18/03/2024",
        "Participants: AK = Anna Kowalczyk (counsellor); RM = Rhys Morgan (client)",
        f"Conventions: [ ] non-verbal; (inaudible hh:mm:ss); {MDASH} interrupted or cut-in speech",
        "",
    )
    doc.start()
    doc.t("AK", "Hi Rhys. Can you hear me okay? You froze for a second there.", at=4)
    doc.t("RM", "Yeah, I've got you now. Sorry, the signal in the kitchen is rubbish.", at=9)
    doc.t("AK", "No problem. Last time we finished talking about your dad's workshop. How has this week been?", at=15)
    doc.t(
        "RM",
        "Hard. Mam wants to start clearing it out and I keep finding reasons not to go in there.",
        at=24,
    )
    doc.t("AK", "Mm-hmm.", "decoy: a backchannel that repeats below", at=31)
    doc.t(
        "RM",
        "It still smells of him. Sawdust and that orange hand cleaner. I stood in the doorway on Sunday and just "
        "couldn't.",
        at=33,
    )
    doc.t("AK", "Mm-hmm.", at=44)
    doc.t("AK", f"So when you say you can't go into the workshop {MDASH}", "decoy: cut in on, not truncated", at=46)
    doc.t(
        "RM",
        f"{MDASH} I mean I physically can't. My legs just stop. It's stupid. [laughs]",
        at=49,
    )
    doc.t(
        "AK",
        "It doesn't sound stupid to me. It sounds like that room holds a lot of him, and going in means facing "
        "that he's not there.",
        at=55,
    )
    doc.t("RM", "Yeah. Yeah, that's it.", at=68)
    doc.t(
        "RM",
        "You said last time that grief is love with nowhere to go. I wrote that on a Post-it and it's on the fridge.",
        "decoy: the client quotes the counsellor, not a role inversion",
        at=75,
    )
    doc.t(
        "RM",
        "You said last time that grief is love with nowhere to go. I wrote that on a Post-it and it's on the fridge.",
        "duplicate_turn",
        at=75,
    )
    doc.t("AK", "I'm glad it stayed with you. What does your mam want to do with the tools?", at=88)
    doc.t(
        "RM",
        "Sell them, mostly. Uncle Gwyn wants the lathe. And I just think, cariad, they're his, you can't just sell "
        "them",
        "decoy: a Welsh endearment inside English speech, and a spoken turn without a full stop, not truncated",
        at=94,
    )
    doc.t(
        "AK",
        "(inaudible 00:01:51) ...keep some of them?",
        "decoy: an inaudible note for the counsellor's words",
        at=107,
    )
    doc.t(
        "RM",
        "Maybe the chisels. He taught me to sharpen them when I was about nine.",
        at=113,
    )
    doc.t(
        "RM",
        "What would it be like to go into the workshop with your mam, just for ten minutes, and choose one thing to "
        "keep?",
        "role_inversion",
        at=121,
    )
    doc.t("RM", "I think I could do ten minutes. Not on my own, though.", at=134)
    doc.t(
        "AK",
        "You don't have to do it on your own. Who else might come with you?",
        at=140,
    )
    doc.t(
        "RM",
        "I can't do this today. Sorry. Can we talk about something else for a bit?",
        "decoy: the client says I can't do this, not a refusal",
        at=151,
    )
    doc.t("AK", "Of course. We can come back to it whenever you're ready. What else is on your mind?", at=157)
    doc.t(
        "RM",
        "My sister, Bethan. She's been great. I think I'll ring her on Sunday and ask if she wants to go up to the",
        "truncated_turn",
        at=163,
    )
    doc.add("[recording ends]")
    return doc


# ---------------------------------------------------------------------------
# 08 Zoom meeting chat saved to text ("HH:MM:SS From Name to Everyone:", tab-indented text)
# ---------------------------------------------------------------------------
class ZoomChatDoc(Builder):
    def __init__(self, name: str, roles: dict[str, str]) -> None:
        super().__init__(name, roles)
        self.clock = datetime(2024, 3, 14, 18, 59, 30)

    def _head(self, sender: str, to: str, after: int) -> str:
        self.clock += timedelta(seconds=after)
        return f"{self.clock:%H:%M:%S} From {sender} to {to}:"

    def msg(self, sender: str, text: str, *tags: str, after: int = 40, to: str = "Everyone") -> int:
        line = self.add(self._head(sender, to, after), *(f"\t{part}" for part in text.split("\n")))
        self.record(sender, text, line, tags, anchor=f" From {sender} to ", probe="\t" + text.split("\n")[0][:30])
        return line

    def reaction(self, sender: str, quoted: str, emoji: str, *tags: str, after: int = 5) -> int:
        line = self.add(self._head(sender, "Everyone", after), f'\tReacted to "{quoted[:20]}..." with {emoji}')
        self.mark(line, *tags)
        return line


PRIYA, CALLUM, RECEPTION = "Dr Priya Nair", "Callum Reid", "Hilltop Practice Reception"


def f08() -> Builder:
    doc = ZoomChatDoc("08_zoom_meeting_saved_chat.txt", {PRIYA: T, CALLUM: C, RECEPTION: X})
    doc.start()
    doc.msg(
        PRIYA,
        "Hi Callum, your audio has dropped out and mine is echoing. Shall we carry on here in the chat until it "
        "comes back?",
    )
    first = "yeah sorry my mic's gone completely"
    doc.msg(CALLUM, first)
    doc.reaction(PRIYA, first, "\U0001f44d", "decoy: a reaction written under the counsellor's name, not a turn")
    doc.msg(
        PRIYA,
        "No need to apologise. Last week you were going to try staying in the canteen at work for ten minutes at "
        "lunch. How did that go?",
    )
    doc.msg(CALLUM, "i did it twice. the first time i sat by the door and looked at my phone the whole time", after=70)
    second = (
        "the second time one of the lads from the warehouse sat down and asked if the seat was free and i actually "
        "talked to him for a bit"
    )
    doc.msg(CALLUM, second, after=35)
    doc.msg(CALLUM, second, "duplicate_turn", after=1)
    doc.msg(
        RECEPTION,
        f"Hi both, just checking the session is running okay {NDASH} our system flagged a connection warning on "
        f"this room.",
        "unknown_speaker",
        after=20,
    )
    doc.msg(PRIYA, "All fine, thank you, we're using the chat.", after=15)
    doc.msg(
        PRIYA,
        "Callum, that's two times you stayed, and the second time you ended up in a conversation. What did you "
        "notice just before he sat down?",
        after=10,
    )
    doc.msg(CALLUM, "heart going mad. i was sure he could tell", after=50)
    doc.msg(PRIYA, "And afterwards, once you'd talked for a bit?")
    doc.msg(
        CALLUM,
        'Replying to "And afterwards, once yo..."\n\nit was fine. weird. he was nice actually',
        "decoy: a reply that quotes the counsellor's message above it, not a role inversion",
        after=45,
    )
    worksheet = (
        "That's really useful evidence against the 'everyone can tell' prediction. Here's the worksheet we talked "
        "about for this week: https://hilltoppractice.example/worksheets/thought-record.pdf"
    )
    doc.msg(PRIYA, worksheet, "decoy: a message holding a link")
    doc.msg(CALLUM, "ok", "decoy: a short reply that repeats below", after=30)
    doc.reaction(CALLUM, worksheet, "\u2764\ufe0f", "decoy: a reaction written under the client's name, not a turn")
    doc.msg(
        PRIYA,
        "Just to you: if the audio is still down next week we can do the session by phone instead. Would that suit?",
        "decoy: a direct message between the two, still a turn",
        to=f"{CALLUM}(Direct Message)",
    )
    doc.msg(CALLUM, "ok", after=25, to=f"{PRIYA}(Direct Message)")
    doc.msg(PRIYA, "Great. Same time next Thursday, then. Well done this week, Callum.")
    return doc


# ---------------------------------------------------------------------------
# 09 WhatsApp chat exported on Android with a Spanish locale ("14/3/24, 19:04 - Name: text")
# ---------------------------------------------------------------------------
class WhatsAppEsDoc(Builder):
    def __init__(self, name: str, roles: dict[str, str]) -> None:
        super().__init__(name, roles)
        self.clock = datetime(2024, 3, 14, 17, 1)

    def _stamp(self, after: int) -> str:
        self.clock += timedelta(minutes=after)
        return f"{self.clock.day}/{self.clock.month}/{self.clock:%y}, {self.clock.hour}:{self.clock:%M} - "

    def msg(self, sender: str, text: str, *tags: str, after: int = 1) -> int:
        parts = text.split("\n")
        stamp = self._stamp(after)
        line = self.add(f"{stamp}{sender}: {parts[0]}", *parts[1:])
        self.record(sender, text, line, tags, anchor=f"{stamp}{sender}: ", probe=parts[0][:30])
        return line

    def notice(self, text: str, *tags: str) -> int:
        line = self.add(self._stamp(0) + text)
        self.mark(line, *tags)
        return line


LUCIA, DANI = "Luc\u00eda Orientadora IES", "Dani"


def f09() -> Builder:
    doc = WhatsAppEsDoc("09_whatsapp_android_orientacion_es.txt", {LUCIA: T, DANI: C})
    doc.notice(
        "Los mensajes y las llamadas est\u00e1n cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera "
        "WhatsApp, puede leerlos ni escucharlos. Toca para obtener m\u00e1s informaci\u00f3n.",
        "decoy: the encryption notice, not a turn",
    )
    doc.start()
    doc.msg(
        LUCIA,
        "Hola Dani, soy Luc\u00eda, la orientadora. Tu tutora me ha dicho que quer\u00edas hablar conmigo. "
        "\u00bfC\u00f3mo est\u00e1s?",
        "decoy: Spanish accents and an inverted question mark correctly encoded",
    )
    doc.msg(DANI, "hola", after=6)
    doc.msg(DANI, "bien... bueno no mucho", "decoy: an ellipsis inside a message, not a cut")
    doc.msg(LUCIA, "Gracias por escribirme. Cu\u00e9ntame lo que quieras, sin prisa.")
    doc.msg(
        DANI,
        "es que en el recreo unos de 4\u00ba me quitan el bocadillo y se r\u00eden de m\u00ed\ny ya no quiero ir "
        "al instituto",
        "decoy: a message over two lines (the second without a prefix)",
        after=3,
    )
    doc.msg(
        LUCIA,
        "Siento mucho que est\u00e9s pasando por esto. No es culpa tuya, y me alegra que me lo cuentes. \u00bfDesde "
        "cu\u00e1ndo pasa?",
    )
    doc.msg(DANI, "desde despu\u00e9s de navidad", after=2)
    doc.msg(
        LUCIA,
        cp1252_moji(
            "Recuerda que puedes venir al Departamento de Orientaci\u00f3n cuando quieras. El horario de "
            "atenci\u00f3n es de lunes a jueves, de 9:30 a 13:30."
        ),
        "mojibake",
    )
    doc.msg(DANI, "vale", "decoy: a short reply that repeats below")
    doc.msg(
        DANI,
        "no puedo hablar de eso con mis padres todav\u00eda",
        "decoy: the student says he cannot talk about it, not a refusal",
        after=4,
    )
    doc.msg(
        LUCIA,
        "No puedo decirte qu\u00e9 tienes que hacer, pero me gustar\u00eda ayudarte a pensar a qui\u00e9n te "
        "sentir\u00edas c\u00f3modo cont\u00e1ndoselo. \u00bfHay alg\u00fan profesor con quien te sientas bien?",
        "decoy: the counsellor says she cannot tell him what to do, not a refusal",
        after=2,
    )
    doc.msg(DANI, "la de m\u00fasica. Marta", after=3)
    doc.msg(
        LUCIA,
        double_moji(
            "Tambi\u00e9n te dejo el protocolo del centro por si quieres leerlo: cualquier alumno puede pedir que se "
            "abra una investigaci\u00f3n sin que se sepa qui\u00e9n lo ha contado."
        ),
        "mojibake",
        after=2,
    )
    doc.msg(DANI, "vale")
    doc.msg(DANI, "gracias \U0001f60a", "decoy: an emoji correctly encoded")
    doc.msg(
        LUCIA,
        "\u00a1Gracias a ti por confiar en m\u00ed! \u00bfTe parece si ma\u00f1ana en el recreo vienes a mi despacho "
        "y lo hablamos con calma?",
    )
    doc.msg(DANI, "s\u00ed", after=5)
    return doc


# ---------------------------------------------------------------------------
# 10 Praat TextGrid (long text format) from a diarised ASR run, one interval tier a speaker
# ---------------------------------------------------------------------------
def praat_str(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


class TextGridDoc(Builder):
    def build(
        self,
        xmax: float,
        tiers: dict[str, list[tuple[float, float, str, tuple[str, ...]]]],
        points: list[tuple[float, str, tuple[str, ...]]],
        empty_decoys: dict[tuple[str, float], str],
    ) -> None:
        self.add(
            'File type = "ooTextFile"',
            'Object class = "TextGrid"',
            "",
            "xmin = 0 ",
            f"xmax = {xmax:g} ",
            "tiers? <exists> ",
            f"size = {len(tiers) + 1} ",
            "item []: ",
        )
        self.start()
        pending: list[tuple[float, str, str, int, tuple[str, ...]]] = []
        for number, (tier, turns) in enumerate(tiers.items(), 1):
            intervals: list[tuple[float, float, str, tuple[str, ...] | None]] = []
            clock = 0.0
            for start, end, text, tags in turns:
                assert start >= clock
                if start > clock:
                    intervals.append((clock, start, "", None))
                intervals.append((start, end, text, tags))
                clock = end
            if clock < xmax:
                intervals.append((clock, xmax, "", None))
            self.add(
                f"    item [{number}]:",
                '        class = "IntervalTier" ',
                f'        name = "{tier}" ',
                "        xmin = 0 ",
                f"        xmax = {xmax:g} ",
                f"        intervals: size = {len(intervals)} ",
            )
            for index, (start, end, text, tags) in enumerate(intervals, 1):  # type: ignore[assignment]
                self.add(
                    f"        intervals [{index}]:", f"            xmin = {start:g} ", f"            xmax = {end:g} "
                )
                line = self.add(f"            text = {praat_str(text)} ")
                if tags is None:
                    note = empty_decoys.get((tier, start))
                    if note:
                        self.mark(line, note)
                else:
                    pending.append((start, tier, text, line, tags))
        self.add(
            f"    item [{len(tiers) + 1}]:",
            '        class = "TextTier" ',
            '        name = "events" ',
            "        xmin = 0 ",
            f"        xmax = {xmax:g} ",
            f"        points: size = {len(points)} ",
        )
        for index, (when, mark, tags) in enumerate(points, 1):
            self.add(f"        points [{index}]:", f"            number = {when:g} ")
            line = self.add(f"            mark = {praat_str(mark)} ")
            self.mark(line, *tags)
        for _start, tier, text, line, tags in sorted(pending):
            self.record(tier, text, line, tags, anchor="            text = ", probe=praat_str(text)[:30])


TG_LOOP = "So what I'm hearing is that the weekends are the hardest part for you."


def f10() -> Builder:
    doc = TextGridDoc("10_diarised_session_excerpt.TextGrid", {"Therapist": T, "Client": C})
    therapist = [
        (1.2, 6.8, "Okay, so we're recording now. How have things been since the last session?", ()),
        (16.4, 17.3, "mm-hm", ("decoy: a backchannel in its own interval",)),
        (28.3, 33.0, TG_LOOP, ("repetition_loop",)),
        (33.0, 37.7, TG_LOOP, ("duplicate_turn",)),
        (37.7, 42.4, TG_LOOP, ("duplicate_turn",)),
        (45.6, 52.2, "What did the weekends use to look like, before the separation?", ()),
        (65.0, 72.8, "It sounds like part of you believes him, and part of you would like to prove him wrong.", ()),
        (81.5, 88.0, "What would it take to go to one this Saturday, even just to walk it?", ()),
    ]
    client = [
        (
            7.3,
            15.9,
            "Um, up and down. The weekends are the hardest, because the kids are with their dad and the house is "
            "just empty.",
            (),
        ),
        (
            19.5,
            27.8,
            "And I know I should go out, see people, but I end up on the sofa with the telly on and I don't even "
            "watch it.",
            (),
        ),
        (43.1, 44.6, "mm-hm", ()),
        (
            53.9,
            64.3,
            'My ex used to say "you\'ll be bored without us" and he was right, which is the annoying part. [laughs]',
            ("decoy: quotes doubled inside a Praat string, and a [laughs] note",),
        ),
        (73.4, 80.9, "Maybe. I used to do parkrun on Saturdays. I haven't been since October.", ()),
        (88.6, 92.0, "I'd need someone to drag me there, honestly.", ()),
    ]
    doc.build(
        95.2,
        {"Therapist": therapist, "Client": client},
        [
            (24.0, "door closes", ("decoy: a point on the events tier, not a turn",)),
            (61.5, "phone buzz", ()),
        ],
        {
            ("Therapist", 0.0): "decoy: an empty interval (silence before the first words), not an empty turn",
            ("Client", 44.6): "decoy: an empty interval while the therapist speaks, not an empty turn",
        },
    )
    return doc


# ---------------------------------------------------------------------------
# 11 ELAN annotation document (.eaf): a tier per speaker, a dependent comments tier
# ---------------------------------------------------------------------------
def eaf_escape(text: str) -> str:
    return xml_escape(text, {'"': "&quot;"})


class EafDoc(Builder):
    def build(
        self,
        tiers: list[tuple[str, str, list[tuple[int, int, str, tuple[str, ...]]]]],
        comments: list[tuple[str, int, str, tuple[str, ...]]],
    ) -> None:
        slots: list[tuple[int, str, int]] = []  # (time, tier, index*2 + end)
        for tier, _, turns in tiers:
            for index, (start, end, _, _) in enumerate(turns):
                slots.append((start, tier, 2 * index))
                slots.append((end, tier, 2 * index + 1))
        slots.sort()
        slot_id = {(tier, pos): f"ts{n}" for n, (_, tier, pos) in enumerate(slots, 1)}
        count = sum(len(turns) for _, _, turns in tiers) + len(comments)
        self.add(
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<ANNOTATION_DOCUMENT AUTHOR="" DATE="2024-03-19T11:42:07+00:00" FORMAT="3.0" VERSION="3.0" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xsi:noNamespaceSchemaLocation="http://www.mpi.nl/tools/elan/EAFv3.0.xsd">',
            '    <HEADER MEDIA_FILE="" TIME_UNITS="milliseconds">',
            '        <MEDIA_DESCRIPTOR MEDIA_URL="file:///C:/Users/gwen/Documents/recordings/OP_s05.wav" '
            'MIME_TYPE="audio/x-wav" RELATIVE_MEDIA_URL="./OP_s05.wav"/>',
            '        <PROPERTY NAME="URN">urn:nl-mpi-tools-elan-eaf:4f0c2a9e-7d61-4b8e-9a57-2c1d8e6b3f10</PROPERTY>',
            f'        <PROPERTY NAME="lastUsedAnnotationId">{count}</PROPERTY>',
            "    </HEADER>",
            "    <TIME_ORDER>",
            *(f'        <TIME_SLOT TIME_SLOT_ID="ts{n}" TIME_VALUE="{t}"/>' for n, (t, _, _) in enumerate(slots, 1)),
            "    </TIME_ORDER>",
        )
        self.start()
        pending: list[tuple[int, str, str, int, tuple[str, ...]]] = []
        ann = 0
        ann_of: dict[tuple[str, int], str] = {}
        for tier, participant, turns in tiers:
            self.add(f'    <TIER LINGUISTIC_TYPE_REF="default-lt" PARTICIPANT="{participant}" TIER_ID="{tier}">')
            for index, (start, _end, text, tags) in enumerate(turns):
                ann += 1
                ann_of[(tier, start)] = f"a{ann}"
                self.add(
                    "        <ANNOTATION>",
                    f'            <ALIGNABLE_ANNOTATION ANNOTATION_ID="a{ann}" '
                    f'TIME_SLOT_REF1="{slot_id[(tier, 2 * index)]}" TIME_SLOT_REF2="{slot_id[(tier, 2 * index + 1)]}">',
                )
                line = self.add(f"                <ANNOTATION_VALUE>{eaf_escape(text)}</ANNOTATION_VALUE>")
                self.add("            </ALIGNABLE_ANNOTATION>", "        </ANNOTATION>")
                pending.append((start, tier, text, line, tags))
            self.add("    </TIER>")
        self.add('    <TIER LINGUISTIC_TYPE_REF="comment-lt" PARENT_REF="Client" PARTICIPANT="" TIER_ID="Comments">')
        for tier, start, text, tags in comments:
            ann += 1
            self.add(
                "        <ANNOTATION>",
                f'            <REF_ANNOTATION ANNOTATION_ID="a{ann}" ANNOTATION_REF="{ann_of[(tier, start)]}">',
            )
            line = self.add(f"                <ANNOTATION_VALUE>{eaf_escape(text)}</ANNOTATION_VALUE>")
            self.add("            </REF_ANNOTATION>", "        </ANNOTATION>")
            self.mark(line, *tags)
        self.add(
            "    </TIER>",
            '    <LINGUISTIC_TYPE GRAPHIC_REFERENCES="false" LINGUISTIC_TYPE_ID="default-lt" TIME_ALIGNABLE="true"/>',
            '    <LINGUISTIC_TYPE CONSTRAINTS="Symbolic_Association" GRAPHIC_REFERENCES="false" '
            'LINGUISTIC_TYPE_ID="comment-lt" TIME_ALIGNABLE="false"/>',
            "    <CONSTRAINT DESCRIPTION=\"Time subdivision of parent annotation's time interval, no time gaps allowed "
            'within this interval" STEREOTYPE="Time_Subdivision"/>',
            '    <CONSTRAINT DESCRIPTION="1-1 association with a parent annotation" '
            'STEREOTYPE="Symbolic_Association"/>',
            "</ANNOTATION_DOCUMENT>",
        )
        for _start, tier, text, line, tags in sorted(pending):
            self.record(tier, text, line, tags, anchor="<ANNOTATION_VALUE>", probe=eaf_escape(text)[:30])

    def check_file(self, data: str) -> None:
        import xml.etree.ElementTree as ET

        ET.fromstring(data.encode("utf-8"))


def f11() -> Builder:
    doc = EafDoc("11_agoraphobia_session_annotated.eaf", {"Counsellor": T, "Client": C})
    counsellor = [
        (
            1200,
            6400,
            "Diolch for coming in person today, Owen. I know getting here is a big step.",
            ("decoy: a Welsh word opening an English turn",),
        ),
        (13000, 17800, "Three goes, and you still made it. What helped on the third?", ()),
        (27500, 28100, "mm", ("decoy: a backchannel that repeats below",)),
        (
            36900,
            43000,
            "I don't even mind the shop itself, it's the queues mostly. Being stuck in a line with no way out.",
            ("role_inversion",),
        ),
        (
            43500,
            50200,
            "So it's the feeling of being trapped in the queue, more than the shop. What does your body do in that "
            "moment?",
            (),
        ),
        (58500, 59000, "mm", ()),
        (
            59600,
            68900,
            'When you say "everyone will stare", what do you picture them doing?',
            ("decoy: quotation marks written as &quot; entities",),
        ),
        (
            76500,
            86000,
            "It's never actually happened. That's worth holding on to. Shall we plan a short visit to the shop this "
            "week, at a quiet time, and you leave the trolley if you need to?",
            (),
        ),
    ]
    client = [
        (6900, 12500, "It took me three goes to get out of the car. But I'm here.", ()),
        (18300, 27000, "I put the radio on loud and counted the lampposts to the door. Daft, but it works.", ()),
        (
            28700,
            36400,
            "The supermarket's still the big one. Last week I got as far as the trolleys at M&S and turned round.",
            ("decoy: an ampersand written as &amp;",),
        ),
        (50800, 58000, "Chest goes tight, hands go hot. I'm sure I'm going to faint and everyone will stare.", ()),
        (69400, 76000, "Pointing, I suppose. Whispering. It's never actually happened.", ()),
        (
            86500,
            94800,
            "Yeah. Maybe Tuesday morning. My brother could wait in the car park and then I'd only have to manage "
            "twenty min",
            ("truncated_turn",),
        ),
    ]
    doc.build(
        [("Counsellor", "Gwen Rhys", counsellor), ("Client", "Owen Price", client)],
        [
            ("Client", 18300, "laughs", ("decoy: an annotation on the dependent comments tier, not a turn",)),
            ("Client", 50800, "voice shaky", ()),
        ],
    )
    return doc


# ---------------------------------------------------------------------------
# 12 A pandas DataFrame printed with to_string() and saved to a text file
# ---------------------------------------------------------------------------
class PandasDoc(Builder):
    COLUMNS = ("dialogue_id", "turn", "role", "content")

    def build(self, dialogues: list[tuple[str, Sequence[tuple[str, ...]], tuple[str, ...]]]) -> None:
        rows: list[tuple[str, str, str, str, tuple[str, ...], str]] = []
        for dialogue_id, turns, _kinds in dialogues:
            for number, (role, text, *tags) in enumerate(turns):
                shown = "NaN" if text == "" else text
                rows.append((dialogue_id, str(number), role, shown, tuple(tags), text))
        index_width = len(str(len(rows) - 1))
        widths = [max(len(header), *(len(row[n]) for row in rows)) for n, header in enumerate(self.COLUMNS)]
        header = self.add(
            " " * index_width + "".join("  " + h.rjust(w) for h, w in zip(self.COLUMNS, widths, strict=True))
        )
        self.mark(header, "decoy: the column header row (role and content as column names), not a turn")
        lines = []
        for number, row in enumerate(rows):
            cells = "".join("  " + value.rjust(w) for value, w in zip(row[:4], widths, strict=True))
            lines.append(self.add(str(number).ljust(index_width) + cells))
        position = 0
        for dialogue_id, turns, kinds in dialogues:
            self.start(kinds)
            for _ in turns:
                _, _, role, shown, tags, text = rows[position]  # type: ignore[assignment]
                self.record(
                    role,
                    text,
                    lines[position],
                    tags,
                    anchor=f" {dialogue_id}  ",
                    probe=f"{role}  " + " " * (widths[3] - len(shown)) + shown[:30],
                )
                position += 1


def f12() -> Builder:
    doc = PandasDoc("12_synthetic_set_dataframe_to_string.txt", {"client": C, "therapist": T})
    insomnia = [("client" if label == "Human" else "therapist", text) for label, text in plain(HH_INSOMNIA)]
    doc.build(
        [
            ("cs-0107", insomnia, ("duplicate_session",)),
            (
                "cs-0233",
                [
                    (
                        "therapist",
                        "Thanks for coming. You mentioned seminars have been getting harder. What happens when it's "
                        "your turn to speak?",
                    ),
                    ("client", "My face goes red and my mind goes blank. I'm sure everyone is looking at me."),
                    (
                        "therapist",
                        "You said 'everyone is looking at me'. How much do you believe that thought in the moment, "
                        "from zero to a hundred?",
                        "decoy: the therapist quotes the client's words, not a role inversion",
                    ),
                    ("client", "Ninety, probably. Afterwards it drops to about forty."),
                    (
                        "therapist",
                        "Unfortunately, I'm not able to assist with this. For support with anxiety, please contact a "
                        "licensed therapist or your local mental health services.",
                        "refusal",
                    ),
                    ("client", "", "empty_turn"),
                    (
                        "therapist",
                        "Let's look at the gap between ninety in the moment and forty afterwards. What do you think "
                        "makes the difference?",
                    ),
                    (
                        "client",
                        "I just... I don't really know. Maybe that nothing bad actually happened?",
                        "decoy: an ellipsis inside a cell, not pandas' truncation of a long value",
                    ),
                    ("therapist", "That's a really important observation."),
                    ("client", "Okay.", "decoy: a short reply that repeats below"),
                    (
                        "client",
                        "I'm sorry, I can't explain it better than that.",
                        "decoy: the client says sorry, I can't, not a refusal",
                    ),
                    (
                        "therapist",
                        "You explained it really well. Shall we plan a small experiment for next week's seminar?",
                    ),
                    ("client", "Okay."),
                ],
                (),
            ),
        ]
    )
    return doc


# ---------------------------------------------------------------------------
# 13 FHIR R4 search Bundle of Communication resources (secure messages between sessions)
# ---------------------------------------------------------------------------
def fhir_lines(obj: Any, indent: int = 0, key: str | None = None, last: bool = True) -> list[str]:
    """JSON with an indent of two spaces, except that an object holding only scalars and no message text is kept on
    one line (as the integration engine that wrote this export does)."""
    pad = "  " * indent
    head = pad + (json.dumps(key) + ": " if key is not None else "")
    comma = "" if last else ","
    if isinstance(obj, dict):
        if obj and all(not isinstance(v, (dict, list)) for v in obj.values()) and "contentString" not in obj:
            return [head + json.dumps(obj, ensure_ascii=False) + comma]
        out = [head + "{"]
        items = list(obj.items())
        for n, (k, v) in enumerate(items):
            out.extend(fhir_lines(v, indent + 1, k, n == len(items) - 1))
        return [*out, pad + "}" + comma]
    if isinstance(obj, list):
        out = [head + "["]
        for n, v in enumerate(obj):
            out.extend(fhir_lines(v, indent + 1, None, n == len(obj) - 1))
        return [*out, pad + "]" + comma]
    return [head + json.dumps(obj, ensure_ascii=False) + comma]


class FhirDoc(Builder):
    BASE = "https://fhir.northbank-psychology.example/r4"

    def build(
        self,
        patient: tuple[str, str],
        practitioner: tuple[str, str],
        messages: list[tuple[str, str, str, str, tuple[str, ...], str]],
    ) -> None:
        pat_ref, pat_name = patient
        prac_ref, prac_name = practitioner
        entries: list[dict[str, Any]] = []
        for number, (encounter, sent, sender, text, _, note) in enumerate(messages):
            sender_ref = (
                {"reference": prac_ref, "display": prac_name}
                if sender == "T"
                else {
                    "reference": pat_ref,
                    "display": pat_name,
                }
            )
            recipient_ref = (
                {"reference": pat_ref, "display": pat_name}
                if sender == "T"
                else {
                    "reference": prac_ref,
                    "display": prac_name,
                }
            )
            resource: dict[str, Any] = {
                "resourceType": "Communication",
                "id": f"comm-{5501 + number}",
                "meta": {"versionId": "1", "lastUpdated": sent},
                "status": "completed",
                "category": [
                    {
                        "coding": [{"system": "http://snomed.info/sct", "code": "310555002"}],
                        "text": "Psychotherapy secure message",
                    }
                ],
                "subject": {"reference": pat_ref},
                "encounter": {"reference": f"Encounter/{encounter}"},
                "sent": sent,
                "recipient": [recipient_ref],
                "sender": sender_ref,
                "payload": [{"contentString": text}],
            }
            if note:
                resource["note"] = [{"text": note}]
            entries.append(
                {
                    "fullUrl": f"{self.BASE}/Communication/{resource['id']}",
                    "resource": resource,
                    "search": {"mode": "match"},
                }
            )
        for ref, name in (practitioner, patient):
            kind, rid = ref.split("/")
            entries.append(
                {
                    "fullUrl": f"{self.BASE}/{ref}",
                    "resource": {"resourceType": kind, "id": rid, "name": [{"text": name}]},
                    "search": {"mode": "include"},
                }
            )
        bundle = {
            "resourceType": "Bundle",
            "id": "0b6e2f5a-93c4-4d1e-a8f7-5c2b9d41e7a3",
            "meta": {"lastUpdated": "2024-03-20T09:15:02.114+00:00"},
            "type": "searchset",
            "total": len(messages),
            "link": [
                {
                    "relation": "self",
                    "url": f"{self.BASE}/Communication?subject={pat_ref}&_include=Communication:sender&_sort=sent",
                }
            ],
            "entry": entries,
        }
        self.add(*fhir_lines(bundle))
        sender_lines = [n for n, line in enumerate(self.out, 1) if line.lstrip().startswith('"sender": ')]
        assert len(sender_lines) == len(messages)
        for line, (encounter, _, sender, text, tags, _) in zip(sender_lines, messages, strict=True):
            if encounter not in self.keys:
                self.start(key=encounter)
            self.record(sender, text, line, tags, key=encounter, anchor='"sender": {"reference": ')
        return None

    def check_file(self, data: str) -> None:
        json.loads(data)


def f13() -> Builder:
    doc = FhirDoc("13_fhir_communication_bundle.json", {"T": T, "C": C})
    messages: list[tuple[str, str, str, str, tuple[str, ...], str]] = [
        (
            "enc-3390",
            "2024-03-11T18:04:22+00:00",
            "T",
            "Hi Leah, as agreed, here's the link to the checking log. Fill it in whenever you notice the urge to check "
            "your body or search symptoms online. I'll read it before Thursday.",
            (),
            "",
        ),
        (
            "enc-3390",
            "2024-03-11T21:47:09+00:00",
            "C",
            "Thanks. I had a bad one last night, I was convinced the headache was something serious and I spent two "
            "hours reading forums.",
            (),
            "",
        ),
        (
            "enc-3390",
            "2024-03-12T08:15:40+00:00",
            "T",
            "Thank you for logging it. Two hours is a long time to spend in that worry. What did you notice about "
            "your anxiety before and after reading?",
            (),
            "Read receipt received 2024-03-12T08:31:02+00:00",
        ),
        (
            "enc-3390",
            "2024-03-12T12:02:55+00:00",
            "C",
            latin1_moji(
                f"Before maybe 70. After it was worse, like 90. I know that{RSQ}s the opposite of what I want."
            ),
            ("mojibake",),
            "",
        ),
        (
            "enc-3390",
            "2024-03-12T12:30:18+00:00",
            "T",
            "That's a really important observation, and it's exactly what we'll work with on Thursday.",
            (),
            "",
        ),
        ("enc-3390", "2024-03-12T12:41:03+00:00", "C", "Thanks", ("decoy: a short reply that repeats later",), ""),
        (
            "enc-3412",
            "2024-03-18T17:20:11+00:00",
            "T",
            "Hi Leah, checking in after Thursday's session. How has the one-check-a-day experiment gone so far?",
            (),
            "",
        ),
        (
            "enc-3412",
            "2024-03-18T17:26:45+00:00",
            "C",
            f"I can{RSQ}t talk properly now, I{RSQ}m at work, but it{RSQ}s going ok. Will write later.",
            ("decoy: the client can't talk now, not a refusal; curly apostrophes correctly encoded",),
            "",
        ),
        ("enc-3412", "2024-03-18T19:02:30+00:00", "C", "", ("empty_turn",), ""),
        (
            "enc-3412",
            "2024-03-18T19:03:12+00:00",
            "C",
            "Sorry, that sent by mistake. So far I've checked once a day. Yesterday I didn't check at all!",
            (),
            "",
        ),
        (
            "enc-3412",
            "2024-03-19T08:44:50+00:00",
            "T",
            "That's brilliant progress, Leah. Not checking at all yesterday, what was that like?",
            (),
            "",
        ),
        (
            "enc-3412",
            "2024-03-19T12:10:07+00:00",
            "C",
            "Weird. Like I'd forgotten something. But the headache went away by itself.",
            (),
            "",
        ),
        ("enc-3412", "2024-03-19T12:10:31+00:00", "C", "Thanks", (), ""),
    ]
    doc.build(("Patient/pat-1182", "Leah Brennan"), ("Practitioner/prac-okafor", "Dr Chidi Okafor"), messages)
    note_line = next(n for n, line in enumerate(doc.out, 1) if "Read receipt" in line)
    doc.mark(note_line, "decoy: a note on a message (a read receipt), not a turn")
    include_line = next(n for n, line in enumerate(doc.out, 1) if '"resourceType": "Patient"' in line)
    doc.mark(include_line, "decoy: the included Patient resource, not a turn")
    include_line = next(n for n, line in enumerate(doc.out, 1) if '"resourceType": "Practitioner"' in line)
    doc.mark(include_line, "decoy: the included Practitioner resource (the sender's name again), not a turn")
    return doc


# ---------------------------------------------------------------------------
# 14 Google Meet transcript saved from Google Docs as plain text
# ---------------------------------------------------------------------------
class MeetDoc(Builder):
    def t(self, name: str, text: str, *tags: str) -> int:
        line = self.add(f"{name}: {text}")
        self.record(name, text, line, tags, anchor=f"{name}: ", probe=text[:30])
        return line

    def stamp(self, text: str, *tags: str) -> None:
        self.blank()
        line = self.add(text)
        self.add("")
        self.mark(line, *tags)


AISLING, KWAME, GRACE = "Aisling Byrne", "Kwame Asante", "Grace Mulligan"


def f14() -> Builder:
    doc = MeetDoc("14_google_meet_transcript.txt", {AISLING: T, KWAME: C, GRACE: X})
    doc.add(f"Weekly session {NDASH} Kwame A. (2024-03-13 18:00 GMT) - Transcript", "Attendees")
    line = doc.add(f"{AISLING}, {GRACE}, {KWAME}")
    doc.mark(line, "decoy: the attendee list, naming a third person, not a turn")
    doc.add("Transcript")
    line = doc.add(
        "This editable transcript was computer generated and might contain errors. People can also change the text "
        "after it was created."
    )
    doc.mark(line, "decoy: Meet's own notice about the transcript, not generator meta text inside a turn")
    doc.start()
    doc.stamp("00:00:00")
    doc.t(AISLING, "Hi Kwame, can you hear me okay?")
    doc.t(KWAME, "Yeah. Yeah, I can hear you.")
    doc.t(
        AISLING,
        "Good. Last week you said you'd think about whether to say yes to being best man. Where did you land?",
    )
    doc.t(KWAME, "I said yes. Which is mad, because the speech terrifies me.")
    doc.t(AISLING, "Yeah.", "decoy: a backchannel that repeats below")
    doc.t(
        KWAME,
        "It's like when I'm at Sunday dinner, everyone's talking about the wedding and I just nod along and feel "
        "like I'm not really there.",
    )
    doc.stamp("00:05:00", "decoy: a timestamp line between two turns, not a turn")
    doc.t(
        KWAME,
        "It's like when I'm at Sunday dinner everyone is talking about the wedding and I just nod along and feel "
        "like I'm not really there.",
        "near_duplicate_turn",
    )
    doc.t(GRACE, "Oh, sorry! Wrong meeting, I thought this was the practice huddle. Leaving now.", "unknown_speaker")
    doc.t(AISLING, "Sorry about that, Kwame. You were saying you feel like you're not really there at those dinners.")
    doc.t(
        KWAME,
        "Yeah. Tunde's the golden boy. I can't really say that to him, though.",
        "decoy: the client says he can't say it, not a refusal",
    )
    doc.t(
        AISLING,
        "I can't tell you how he'd react if you did. What would you want him to understand?",
        "decoy: the therapist says I can't tell you, not a refusal",
    )
    doc.t(KWAME, "That I'm proud of him. And that sometimes I feel invisible next to him.")
    doc.t(AISLING, "Yeah.")
    doc.t(
        AISLING,
        "Both of those can be true at once. Maybe some of it could even go in the speech, the proud part at least.",
    )
    doc.stamp("00:10:00")
    doc.t(KWAME, "Maybe. I'd have to practise it about a hundred times.")
    doc.t(
        AISLING,
        "Practising is good, and so is letting it be a bit imperfect. Would you be up for reading me a first draft "
        "next week?",
    )
    doc.t(
        KWAME,
        "Yeah, I think so. I'll write something tonight, and I might message Tunde first and just say that I",
        "truncated_turn",
    )
    doc.blank()
    line = doc.add("Meeting ended after 00:12:41 \U0001f44b")
    doc.mark(line, "decoy: the meeting-ended line after a cut turn, not a turn")
    return doc


BUILDERS = [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f14]


# ---------------------------------------------------------------------------
# self-checks (of this writer, not of any detector)
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    text = text.lower().replace(RSQ, "'").replace(LSQ, "'")
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def similar(a: str, b: str) -> bool:
    return difflib.SequenceMatcher(None, norm(a), norm(b), autojunk=False).ratio() > 0.85


def check_repeats(doc: Builder) -> None:
    """Every same-role repeat of a turn longer than three words in a session is marked, and every mark is real."""
    for session in doc.sessions:
        seen: list[Turn] = []
        for turn in session.turns:
            if turn.role == X:
                continue
            earlier = [t for t in seen if t.role == turn.role]
            exact = any(t.text == turn.text for t in earlier)
            close = any(similar(t.text, turn.text) for t in earlier)
            marked = set(turn.kinds) & REPEAT_KINDS
            if len(norm(turn.text).split()) > 3 and (exact or close):
                assert marked, f"{doc.name}:{turn.line} unmarked repeat {turn.text[:50]!r}"
            if "duplicate_turn" in turn.kinds:
                assert exact, f"{doc.name}:{turn.line} duplicate_turn without an exact earlier turn"
            if "near_duplicate_turn" in turn.kinds:
                assert close and not exact, f"{doc.name}:{turn.line} bad near duplicate"
            if "repetition_loop" in turn.kinds:
                later = session.turns[session.turns.index(turn) + 1 :]
                copies = [t for t in later if t.role == turn.role and similar(t.text, turn.text)]
                assert len(copies) >= 2, f"{doc.name}:{turn.line} loop repeated fewer than three times"
                assert all(set(t.kinds) & REPEAT_KINDS for t in copies), f"{doc.name}:{turn.line} unmarked copy"
            seen.append(turn)


def check_sessions(docs: Sequence[Builder]) -> None:
    """Exactly the sessions whose (role, text) sequence already occurred (earlier in the file, or in a file whose
    name sorts earlier) are marked duplicate_session."""
    first_seen: set[tuple[tuple[str, str], ...]] = set()
    for doc in sorted(docs, key=lambda d: d.name):
        for session in doc.sessions:
            content = tuple((t.role, t.text) for t in session.turns)
            assert content, (doc.name, "empty session")
            assert (content in first_seen) == ("duplicate_session" in session.kinds), (doc.name, session.turns[0].line)
            first_seen.add(content)


def check_written(doc: Builder, out: Path) -> list[str]:
    """Re-read the written file and check that every turn's line holds that turn's label (and text)."""
    raw = (out / doc.name).read_bytes()
    data = doc.decode(raw)
    assert data.endswith(doc.eol)
    if doc.eol == "\r\n":
        assert "\n" not in data.replace("\r\n", "")
    else:
        assert "\r" not in data
    physical = data[: -len(doc.eol)].split(doc.eol)
    assert physical == doc.lines(), doc.name
    # the line count is the same however a reader decodes the file (strictly, with replacement, or as Latin-1)
    assert len(data.splitlines()) == len(physical), f"{doc.name}: a character splits lines unexpectedly"
    body = raw.removeprefix(codecs.BOM_UTF8)
    for fallback in (body.decode("utf-8", errors="replace"), body.decode("latin-1"), body.decode("cp1252", "replace")):
        assert len(fallback.splitlines()) == len(physical), f"{doc.name}: the line count depends on decoding"
    # invalid bytes sit exactly on the lines marked encoding_error
    bad_lines = {number for number, line in enumerate(physical, 1) if has_raw_bytes(line)}
    assert bad_lines == {line for line, kind in doc.truth if kind == "encoding_error"}, doc.name
    turn_lines = [t.line for s in doc.sessions for t in s.turns]
    assert len(turn_lines) == len(set(turn_lines)), f"{doc.name}: two turns on one line"
    for line, kind in doc.truth:
        assert line in turn_lines or line in doc.line_rows, (doc.name, line, kind)
        assert line not in turn_lines or line not in doc.line_rows, (doc.name, line, kind)
    for line, _ in doc.decoys:
        assert 1 <= line <= len(physical)
    for session in doc.sessions:
        for turn in session.turns:
            here = physical[turn.line - 1]
            assert turn.anchor is not None and turn.anchor in here, (doc.name, turn.line, turn.anchor, here[:80])
            if turn.probe:
                near = "\n".join(physical[turn.line - 1 : turn.line + 4])
                assert turn.probe in near, (doc.name, turn.line, turn.probe)
    doc.check_file(data)
    return physical


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or (len(argv) == 3 and argv[2] != "--show"):
        print("usage: python blind/tenth_defect_cases.py OUT_DIR [--show]", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    docs: list[Builder] = [build() for build in BUILDERS]
    assert len({doc.name for doc in docs}) == len(docs)
    rows: list[tuple[str, int, str]] = []
    decoys = 0
    for doc in docs:
        (out / doc.name).write_bytes(doc.render())
        check_repeats(doc)
        physical = check_written(doc, out)
        assert len(doc.decoys) >= 5, (doc.name, len(doc.decoys))
        rows.extend((doc.name, line, kind) for line, kind in doc.truth)
        decoys += len(doc.decoys)
        if len(argv) == 3:
            for line, kind in sorted(doc.truth):
                shown = physical[line - 1].encode("utf-8", errors="backslashreplace").decode("utf-8")
                print(f"{doc.name}:{line} {kind:20s} | {shown.strip()[:110]}")
    check_sessions(docs)
    assert len(set(rows)) == len(rows), "duplicate truth rows"
    rows.sort()
    with (out / "truth.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "line", "defect_type"])
        writer.writerows(rows)
    counts = Counter(kind for _, _, kind in rows)
    assert set(counts) == KINDS and min(counts.values()) >= 2, counts
    assert len(docs) == 14 and 48 <= len(rows) <= 60 and decoys >= 70, (len(docs), len(rows), decoys)
    print(f"wrote {len(docs)} files and {len(rows)} truth rows to {out}")
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    print(f"decoys: {decoys}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
